"""Build phi_holdout4.jsonl: a fourth held-out PHI set for the redactor, never tuned on.

Written fresh (own wording, 2026-11-23) before the learned PHI tagger was added; frozen after its
first measurement. Run: /work/venv/bin/python pipelines/triage/dev/phi_make_holdout4.py
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

# Conventions follow README_dev_b.md and phi_README.md: titles and field labels outside spans;
# each address component below state level its own span; a state or country alone, a weekday
# alone, bare years, relative dates and ages of 89 and under are not PHI; an AGE span is the
# number only. Facility names are ADDRESS, IP addresses are URL, fax numbers are PHONE,
# vehicle/device/licence/card numbers are ID.
MARKED = [
    # --- names: relatives, carers, sign-offs, particles, all caps, many origins
    "my stepdad {NAME|Aurelio Benavídez} started shaking last night and wont drink anything",
    "Could someone ring Mrs {NAME|Oyelowo}? She has no internet at home",
    "I'm messaging for {NAME|Dương Văn Tùng}, he doesn't read English well",
    "our exchange student {NAME|Haruki} fainted at practice",
    "PATIENT: {NAME|DELACROIX, MAURICE}",
    "big {NAME|mike} from the shelter said you do walk-ins on fridays?",
    "Kind thanks,\n{NAME|Saoirse Ní Bhriain}",
    "my roommate {NAME|Kesha} found me on the floor, I think I passed out",
    "this is {NAME|Ahmad bin Yusof} again about the knee injection",
    "Grandma {NAME|Wilhelmina} keeps forgetting if she took her heart pill",
    "Stepdaughter {NAME|Ines} has bad period cramps, can she take two naproxen?",
    "Talked with {NAME|Bartholomew} at the lab, he said results take 3 days",
    "i am {NAME|destiny} and my baby has green poop is that normal",
    "mijn dochter {NAME|Fenna} heeft koorts en keelpijn",
    "moja mama {NAME|Halina} ma wysokie ciśnienie od rana",
    "hi this is {NAME|Tupac Mamani} following up on the ultrasound",
    "Regards,\nDr. {NAME|Kalinda Marsh} (covering for Dr. {NAME|Oduya})",
    "ask {NAME|Marguerite} in billing about it, she knows the story",
    "{NAME|Zhang Wei}'s inhaler prescription ran out yesterday",
    "the visiting nurse {NAME|Folasade} thinks the wound is infected",
    "sent by {NAME|Lior Ben-David} on his phone",
    "mi esposo {NAME|Chuy} tiene la presión muy alta hoy",
    "sorry, my English not good. I am {NAME|Mehmet Yıldırım}, knee pain two weeks",
    "Love you guys, Granny {NAME|Pearl}",
    "my sponsor {NAME|Dewitt} says I should tell you about the cravings",
    "{NAME|aaliyah} here, still spotting after the iud insert",
    "Thanks again!\n~{NAME|Cosima}",
    "it's about my foster daughter {NAME|Makayla Rhodes-Ferreira}, age 9",
    "Dr {NAME|O'Shaughnessy} wanted me to report any dizziness",
    "I work with {NAME|Thulani} and he gave me his strep, I think",
    "ton fils {NAME|Mathis} a vomi deux fois ce matin",
    "{NAME|Kalani Akana} checking in after the colonoscopy, feeling fine",
    "can dr {NAME|ramaswamy} look at the mole photo i sent",
    "Tía {NAME|Remedios} se cayó ayer y le duele la cadera",
    "my name is {NAME|Sven-Erik Lundgren} and I need a travel letter for my insulin",
    "per {NAME|Yolanda} at the front desk, I'm writing here instead",
    "My caseworker is {NAME|Ibrahim Touré}, you can copy him",
    "mein Vater {NAME|Klaus-Dieter} hat Brustschmerzen beim Treppensteigen",
    "the sitter, {NAME|Ludmila}, gave Tylenol at 3",
    "hugs, nana {NAME|jo}",
    # --- dates
    "the cough started {DATE|Tues 11/17} and is getting worse",
    "next infusion is {DATE|Dec 15th}, can I still get my flu shot before?",
    "DOB {DATE|02.29.1944}",
    "I was admitted {DATE|30 October} and discharged {DATE|2 November}",
    "el viernes {DATE|27} tengo la cita con el cardiólogo",
    "surgery date: {DATE|2026.12.09}",
    "born {DATE|the fifth of June 1939}",
    "her last dose was {DATE|Friday the 20th}",
    "je suis née le {DATE|12 juillet 1950}",
    "my period was due {DATE|11-14} per my tracker and still nothing",
    "fell down the stairs on {DATE|Thanksgiving}",
    "we come back on {DATE|Jan. 4} if that works for a follow up",
    "blood draw {DATE|Wed., Dec 2}",
    "am {DATE|24.11.} habe ich einen Termin beim Hausarzt",
    "Cut my foot on {DATE|Nov 19 '26} at the beach",
    "labs from {DATE|9th Nov} show low iron?",
    "il {DATE|18 novembre} ho fatto la risonanza",
    "I had the shingles vaccine {DATE|8/2026}",
    "DOS {DATE|11/20/26}",
    "the bleeding began {DATE|Halloween} night",
    "{DATE|December 1st} is the earliest I can get off work",
    "data de nascimento {DATE|14/02/1961}",
    # --- ages over 89
    "my great uncle turned {AGE|94} in the summer and now has a bedsore",
    "Pt is a {AGE|97} yo female with confusion",
    "grandpa ({AGE|91}) keeps falling asleep at dinner",
    "she is nearly {AGE|100} and sharp as a tack but her hip hurts",
    "my father, aged {AGE|93}, needs help with his pill box",
    "{AGE|ninety-one} years old and still drives, should he stop?",
    "mein Opa ist {AGE|96} Jahre alt und hat Fieber",
    "a {AGE|102}-year-old resident with a cough",
    "I am 44 and pregnant for the first time",
    # --- phones
    "call me on {PHONE|+33 6 12 48 90 17} when you can",
    "landline {PHONE|(02) 9876 5432}, mobile {PHONE|0412 556 901}",
    "my number changed to {PHONE|773-555-0184}",
    "can the pharmacy call {PHONE|+1 (206) 555-0122}?",
    "office fax {PHONE|503.555.0111}",
    "pls text {PHONE|917 555 0166} not my home",
    "Tel. {PHONE|030 4471 2290}",
    # --- email, url, ip
    "reply to {EMAIL|j.okoro-bell@outlook.com} please",
    "send the forms to {EMAIL|grandmaruth1932@yahoo.com}",
    "my blog has the food diary {URL|https://fooddiary.example.net/wk47}",
    "our router log showed {URL|10.0.0.254} when the portal failed",
    "the video is at {URL|youtu.be/q8Lk2mXa9} if you want to see the tremor",
    # --- identifiers
    "MRN {MRN|77-0418-2}",
    "record no. {MRN|K00938251}",
    "my insurance card number is {ID|BCX 4418 2290 01}",
    "passport {ID|X04419827} for the travel letter",
    "the CPAP serial number is {ID|22ZB0917HX}",
    "licence plate {ID|KVR 4471}",
    "prescription number {ID|RX-600218-3}",
    "SSN {SSN|532 88 1047}",
    "Bill ref {ID|INV-88217-C}",
    "NHS number {ID|485 777 3456}",
    "policy #{ID|PLC55820194}",
    # --- addresses, postcodes, cities, facilities
    "I moved to {ADDRESS|Flat 3, 27 Marlowe Terrace}, {ADDRESS|Brighton} {ADDRESS|BN2 1PG}",
    "new address {ADDRESS|Keizersgracht 112}, {ADDRESS|1015 CW} {ADDRESS|Amsterdam}",
    "ship to {ADDRESS|4410 W Ridge Rd Apt 7C}, {ADDRESS|Toledo}, OH {ADDRESS|43614}",
    "we live in {ADDRESS|Kingsport} near the lake",
    "She's at {ADDRESS|Good Samaritan Regional} in the ICU",
    "he goes to {ADDRESS|Roosevelt Middle School}, the nurse called",
    "ER at {ADDRESS|Kaiser Oakland} gave her fluids",
    "I'm at the {ADDRESS|Holiday Inn Express} by the airport",
    "{ADDRESS|ul. Kwiatowa 15}, {ADDRESS|31-002} {ADDRESS|Kraków}",
    "my mom lives in {ADDRESS|Oaxaca} and wants to visit",
    "postal code {ADDRESS|K2P 1L4}",
    "the ambulance took him to {ADDRESS|Sunnybrook}",
    "we're staying at {ADDRESS|Casa del Sol Assisted Living}, room 12",
    "{ADDRESS|12 Rue des Lilas}, {ADDRESS|75011} {ADDRESS|Paris}",
    "I got hurt at {ADDRESS|Riverside Skate Park}",
    "{ADDRESS|RR 2 Box 88} is the old one, new is {ADDRESS|551 Cedar Hollow Dr}",
    # --- messy and combined
    "name {NAME|Odalys Fuentes} dob {DATE|4/4/58} cell {PHONE|305-555-0150}",
    "Pt: {NAME|Ramón Esteban Villalobos}, {AGE|90}, hx CHF, lives w/ daughter {NAME|Lucía} in {ADDRESS|Hialeah}",
    "hey its {NAME|Quinn} my dad {NAME|Gerald} is {AGE|92} and has the runs since {DATE|Sat the 21st}",
    "{NAME|Tomasz} here (MRN {MRN|3390217}) need a refill",
    "Dear team, I am {NAME|Amara Osei-Bonsu}, I live at {ADDRESS|8 Birch Row}, {ADDRESS|Leeds}. My GP is Dr {NAME|Patel}.",
    # --- no PHI
    "Can I take Zyrtec and Benadryl on the same day?",
    "My blood pressure was 142/91 this morning after coffee.",
    "We went to Mexico for a week and now I have diarrhea.",
    "The pain is about 6/10 and worse at night.",
    "Ist es normal, dass die Narbe juckt?",
    "Took 2 tabs at 8 and 1 more at noon.",
    "Is the clinic open on Saturday?",
]


if __name__ == "__main__":
    here = Path(__file__).parent
    items = build(MARKED, "hold4-phi", "held-out dev set 4", "2026-11-23")
    write(here / "phi_holdout4.jsonl", items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans")
