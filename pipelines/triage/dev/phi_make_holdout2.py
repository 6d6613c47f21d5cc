"""Build phi_holdout2.jsonl: a second held-out PHI set for the redactor, never tuned on.

Written fresh (own wording, 2026-11-23) before the second round of redactor changes; frozen
after its first measurement. Run: /work/venv/bin/python pipelines/triage/dev/phi_make_holdout2.py
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

# Conventions follow README_dev_b.md and phi_README.md: titles and field labels outside spans;
# each address component below state level its own span; a state or country alone, a weekday
# alone, bare years, relative dates and ages of 89 and under are not PHI. Facility names are
# ADDRESS, IP addresses are URL, fax numbers are PHONE, vehicle/device/licence numbers are ID.
MARKED = [
    # --- names: unusual, non-English, lower case, nicknames, signatures, relatives
    "good evening, my father {NAME|Oluwaseun Adebayo-Okonkwo} keeps coughing at night and his inhaler isnt helping",
    "hello doc its {NAME|tariq} again, the stitches on my thumb look red and puffy",
    "my grand daughter {NAME|Ximena} is staying with us and has pink eye, can she use my drops?",
    "Question from {NAME|Bjørn Halvorsen}: is it ok to fly 10 days after knee surgery?",
    "I am {NAME|Thandiwe Mthembu}'s aunt and her guardian while her mom is deployed. She sprained her wrist.",
    "we called the after hours line and spoke to a nurse named {NAME|Gretchen}, she said to message here",
    "sent on behalf of Mr. {NAME|Ho-seong Park}, who doesn't use email",
    "Best,\n{NAME|Ifeoma}",
    "thx\n-- {NAME|Radek Nowicki}",
    "Regards, Sister {NAME|Bernadette Kowalczyk}",
    "My boyfriend {NAME|Dashiell} says I should ask about the birth control pill interactions with my seizure med",
    "{NAME|Beau} (my stepson) got stung by a bee and his lip is swelling a bit",
    "this is {NAME|kwame} writing for my mom {NAME|abena}, she cant log into the portal",
    "My neighbour {NAME|Fenella Cartwright-Hughes} drove me home after the procedure, all fine",
    "hi its {NAME|Bubba} lol my real name is {NAME|Clarence Tibbs}, the pharmacy has the old one",
    "Our nanny, {NAME|Marisela}, noticed a rash on the baby's back this afternoon.",
    "Dr. {NAME|Achterberg} told me to stop the blood thinner before the dental work, is that still right?",
    "Can Nurse {NAME|Pilar} call me back about the wound vac?",
    "My wife {NAME|Ngaio} and I both have the stomach bug.",
    "please let {NAME|zhou mei} know her x-ray came back clear, she's my roommate and asked me to check",
    "Kind regards\n{NAME|Eamon Ó Súilleabháin}",
    "hey it's {NAME|Jo-Jo} from the dialysis group, my fistula arm is numb",
    # --- dates in many formats
    "my last tetanus shot was {DATE|Feb 2019} I think",
    "Surgery is booked for {DATE|the 4th of December}, do I stop aspirin before?",
    "DOB {DATE|04.11.1961}",
    "started the antibiotic {DATE|11-16}, still burning when I pee",
    "Appt moved to {DATE|Friday 12/4} at 2pm",
    "born on {DATE|30 septiembre 1958}, por favor necesito mi receta",
    "her birthday is {DATE|July 4th} so easy to remember",
    "We'll be away from {DATE|Dec 20} to {DATE|Jan 2nd}.",
    "Date of birth: {DATE|1949/03/17}",
    "I fell on {DATE|Nov. 14, 2026} and the bruise is still huge",
    "the swelling began around {DATE|Halloween} and has not gone down",
    "colonoscopy was done {DATE|08/2024}",
    "can you move my mri from {DATE|Tuesday the 1st} to later that week",
    "I was admitted {DATE|2026-10-02} through {DATE|2026-10-05} for pneumonia.",
    # --- ages over 89
    "My great-aunt turned {AGE|97} last month and now refuses her walker",
    "patient is a {AGE|94} y/o female with new confusion per the daughter",
    "Pop is {AGE|ninety one} and he fell again",
    "she will be {AGE|103} in the spring, is the rsv vaccine still recommended?",
    "Grandma ({AGE|96}) has a cough and no fever",
    "He's 58 and healthy otherwise, just the back pain.",
    # --- phones and fax
    "call me at {PHONE|617 555 0183} after 5",
    "Fax the forms to {PHONE|(919) 555-0117}, attn billing",
    "my cell is {PHONE|555-867-0142} but texts are better",
    "The number on file is wrong, use {PHONE|801.555.0138} instead",
    "you can reach my daughter on {PHONE|+61 412 555 019}",
    "home {PHONE|(505)555-0191} cell {PHONE|505-555-0172}",
    "my fax number is {PHONE|+1 415 555 0104}",
    # --- emails and urls
    "send the letter to {EMAIL|tbone_fischer77@yahoo.com} please",
    "My new email: {EMAIL|ana.lucia.mendes@outlook.com.br}",
    "the pharmacy portal at {URL|www.greenvalleyrx.com/refills} keeps timing out",
    "I uploaded the photo to {URL|https://photos.example.org/s/hx81Qz} since the portal wont take it",
    "my blog {URL|mylupusjourney.net} has my full history if that helps",
    "the thermostat log shows my IP as {URL|10.0.4.221}, not sure why the app asked",
    # --- identifiers
    "MRN {MRN|40071823}",
    "my medical record number is {MRN|H0029981} at the old hospital",
    "Insurance: BlueCross, member {ID|XKP402991187}, group {ID|88120}",
    "policy number {ID|PL-7730-1942}",
    "my drivers license is {ID|S530-4418-2291} if you need it for the form",
    "the insulin pump serial is {ID|SN44710-2B}",
    "our car is a grey honda, plate {ID|8BDF447}, for the parking pass",
    "VIN {ID|1HGCM82633A004352} is on the accident report for the claim",
    "Rx number {ID|6620194} needs a refill",
    "account no. {ID|000457-22193} on the statement",
    "my last 4 of social is {SSN|7720}",
    "SSN {SSN|532-44-9081}",
    "her social security number is {SSN|601 22 7734} for the disability paperwork",
    "NPI {ID|1487652390} for Dr. {NAME|Lindgren}'s referral",
    "CPAP device number {ID|23114088512}, the supply company needs it",
    # --- addresses, cities, zips, facilities
    "I live at {ADDRESS|4417 Cottonwood Dr}, {ADDRESS|Abilene} TX {ADDRESS|79606}",
    "please mail it to {ADDRESS|88 Rue Sainte-Catherine}, {ADDRESS|Montréal}, QC {ADDRESS|H2X 1L4}",
    "We just moved to {ADDRESS|Kalamazoo} and need a new PCP",
    "I was seen at {ADDRESS|Bayside Urgent Care} on {DATE|Sunday the 15th}",
    "the ambulance took him to {ADDRESS|Holy Redeemer Hospital}",
    "my mom is at {ADDRESS|Willowbrook Assisted Living}, she has a UTI again",
    "new address {ADDRESS|1250 Magnolia Blvd Apt 3C}, {ADDRESS|Tarzana}, CA {ADDRESS|91356}",
    "zip is {ADDRESS|02139}",
    "I'm a teacher at {ADDRESS|Lincoln Middle School} and several kids have strep",
    "we live out on {ADDRESS|Old Mill Road} past the church",
    "im in {ADDRESS|Duluth} visiting family until the {DATE|30th}",
    "Got my flu shot at the Walgreens on {ADDRESS|Fremont Ave}",
    # --- messy, no punctuation, mixed languages
    "hola soy {NAME|rosa elena} mi esposo {NAME|chuy} tiene fiebre desde ayer y tos",
    "ich bin {NAME|Jürgen Vogel}, geboren {DATE|12.05.1940}, ich brauche einen Termin",
    "pls call {PHONE|2125550164} asap my baby has 103 fever",
    "nm {NAME|leticia ramos} dob {DATE|2/9/87} need refill metformin",
    "bonjour c'est {NAME|Aurélie}, ma fille a des boutons partout depuis {DATE|lundi 9 novembre}",
    "its {NAME|deshawn} my ankle still swollen from the game",
    "yo this is {NAME|Big Mike} the pharmacy said call u",
    # --- combinations
    "Patient {NAME|Yevgenia Sokolova}, {AGE|91}, DOB {DATE|1935-02-27}, MRN {MRN|771203}, lives at {ADDRESS|19 Birch Lane}, {ADDRESS|Nashua}, NH. Son {NAME|Dmitri} is the contact: {PHONE|603-555-0129}.",
    "On {DATE|11/20} my dad {NAME|Ferdinand} had chest tightness walking up the stairs at {ADDRESS|Elmwood Senior Center}",
    "This is {NAME|Priscilla Dunmore}, email {EMAIL|pdunmore@frontiernet.net}, phone {PHONE|(802) 555-0110}. I need my records faxed.",
    # --- no PHI
    "Is it normal to feel tired for a week after the covid booster?",
    "My blood pressure was 150/95 this morning and 142/90 tonight.",
    "I moved here from Ohio last year and need a new dermatologist.",
    "Took 2 Advil at 3pm, pain is 6/10 now",
    "Can I take Tylenol with the new antibiotic?",
]


if __name__ == "__main__":
    here = Path(__file__).parent
    items = build(MARKED, "hold2-phi", "held-out dev set 2", "2026-11-23")
    write(here / "phi_holdout2.jsonl", items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans")
