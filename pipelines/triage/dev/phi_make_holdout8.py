"""Build phi_holdout8.jsonl: a fresh held-out PHI set (160 fictional portal messages and notes).
Run once to write the file; it is a frozen before/after yardstick, so never edit its items after.

Items are written with inline markup ``{LABEL|value}``; phi_markup strips it, finds each
value's offsets in the plain text by code, checks every span and writes atomically.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

OUT = Path(__file__).with_name("phi_holdout8.jsonl")

# Messages and notes that carry PHI. Conventions (README_dev_b.md): titles, field labels and a
# leading article stay outside a span; each address part below state level is its own span;
# an AGE span is the number only, and only at 90 or over; bare years are not PHI.
WITH_PHI: list[str] = [
    "hi this is {NAME|marisol} again, the swelling in my ankle went down but now it itches like crazy",
    "Message from {NAME|Teodoro Villaseñor}: my wife {NAME|Inés} says I snore and stop breathing at night. Can I get a sleep study?",
    "Nurse note: pt's daughter {NAME|Rosalind} called at 0915, reports pt more confused since yesterday. Callback {PHONE|(614) 555-0182}.",
    "Dear Dr. {NAME|Amankwah}, thank you for seeing my father on {DATE|October 2nd}. He still gets dizzy when he stands up.",
    "my grandson {NAME|buddy} drove me home after the colonoscopy on {DATE|11/09/2026} and i forgot to ask about the biopsy",
    "It's {NAME|Summer}, daughter of the lady in room 4B. Mom is {AGE|97} and refusing her pills again.",
    "Pt {NAME|J. K. Oyelaran}, DOB {DATE|03/14/1931}, MRN {MRN|00482217}, presents for wound check.",
    "call me back at {PHONE|555.204.7731} after 3pm please, my name is {NAME|Hollis Grant}",
    "my email changed, please use {EMAIL|mweatherby.home@example.net} for portal notices from now on",
    "---------- Forwarded message ---------\nFrom: {NAME|Priyanka Subramaniam} <{EMAIL|priya.subra@example.com}>\nDate: {DATE|Tue, Nov 17, 2026}\nSubject: mom's meds\n\nCan someone explain why her metoprolol was stopped?",
    "We moved! New address is {ADDRESS|1187 Larkspur Lane Apt 3C}, {ADDRESS|Bellwood}, IL {ADDRESS|60104}. Please update the chart.",
    "insurance member id {ID|XQH448120937}, group {ID|77410}, it's under my husband {NAME|Deshawn Pryor}",
    "She turned {AGE|ninety-one} last week and is still out gardening every single morning.",
    "I had my knee replaced on the {DATE|twenty-second of August} and the incision is red and warm again",
    "Mi mamá {NAME|Guadalupe} tiene cita el {DATE|3 de diciembre} pero casi no puede caminar.",
    "Bonjour, je suis {NAME|Amélie Fontaine}, ma fille a de la fièvre depuis le {DATE|19 novembre}.",
    "ok so {NAME|grace} (my sister) is driving me to the appt thursday {DATE|12/3}",
    "Your results are ready: {URL|https://portal.northfieldhealth.example/results?patient=88213407}",
    "Hey doc, it's {NAME|Tank}. Well, {NAME|Marcus Bell} on paper lol. The back pain is worse.",
    "RN note {DATE|2026-11-20}: spoke with pt's son {NAME|Oluwaseun} about discharge. Son lives at {ADDRESS|42 Quarry Rd}, {ADDRESS|Millbrook}.",
    "My father {NAME|Hamid Rahimi-Tehrani} fell this morning. He is {AGE|94} and on warfarin, should we go to the ER?",
    "Please fax the records to {PHONE|(503) 555-0148}, attention {NAME|Lorna}.",
    "Thanks for fixing the refill so fast.\n-- {NAME|Bev Kowalczyk}",
    "Policy number {ID|HMO-2231-884-07}, subscriber {NAME|Arturo Lindqvist}. The claim for the MRI was denied.",
    "my wifes name is {NAME|Hope} and her birthday is {DATE|june 5th}, the pharmacy has it wrong",
    "Dr {NAME|von Essen} told me to call if the drain put out more than 50 mL in a day. It's at 65.",
    "Patient {NAME|Ngozi Eze-Okafor} seen {DATE|11/21/26}, left voicemail at {PHONE|212-555-0193}.",
    "can you ask nurse {NAME|bea} to call me, she knows about my dressing",
    "This is {NAME|Wren Castellanos}, SSN ending {SSN|4471}. I got locked out of my account.",
    "They asked for my social on the form, it's {SSN|219-44-6093}, is that safe to send here?",
    "I'm {AGE|102} years old and I have never had a reaction to a flu shot until this one.",
    "grandma {NAME|Lupe} is {AGE|96} and she's been sleeping 18 hrs a day",
    "Visit date: {DATE|Nov. 18, 2026}\nProvider: {NAME|Siobhan McCarthy}, NP\nChief complaint: sore throat x3 days",
    "Pt (initials {NAME|R.T.}) transferred from {ADDRESS|Mercy Ridge Hospital} overnight, on 2L NC.",
    "My daughter {NAME|Ximena} starts daycare on {DATE|Monday the 30th}, does she need her shots first?",
    "Appt moved from {DATE|Dec 1} to {DATE|Dec 8} per {NAME|Kofi} at the front desk.",
    "text me at {PHONE|+1 415 555 0107}, not the home number",
    "hi, {NAME|lily-mae} here. my inhaler ran out and the pharmacy says no refills left",
    "Seen by Dr. {NAME|Haruki Tanabe} on {DATE|10-14-2026} for follow-up of a thyroid nodule.",
    "Please update my mailing address: {ADDRESS|PO Box 2291}, {ADDRESS|Keene}, NH {ADDRESS|03431}",
    "Ich bin {NAME|Jürgen Matthäus}, meine Operation war am {DATE|12. Oktober} und die Narbe ist noch warm.",
    "Born {DATE|2 Feb 1934}. Do I still need the shingles shot at my age?",
    "my Medicare number is {ID|3TW8-QR1-HK52}, the claim got denied again",
    "Contact: {NAME|Mireille Dubois-Clarke}, {EMAIL|mdc.1958@example.org}, {PHONE|(917) 555-0166}",
    "To whoever reads this, it's {NAME|Sunny} ({NAME|Sun-hee Park}). Should I come in or wait?",
    "Pt's wife {NAME|Ebele} at bedside, states pt ({AGE|91} yo) had 2 falls this wk.",
    "Father {NAME|Tomasz} from church visited and said mom looked yellow",
    "My address is {ADDRESS|509 W. Juniper St Unit 12}, {ADDRESS|Tucson}, AZ {ADDRESS|85705} if you need to mail the forms.",
    "The lab called about accession {ID|A26-118804}, they need a new sample",
    "My tita {NAME|Cristina Dela Cruz} will bring me to the follow-up",
    "Hi it's {NAME|Rain}, the new pills make me dizzy in the morning",
    "{NAME|Ivy} and {NAME|Rose} are my twins and both have pink eye now",
    "Mr. {NAME|Abernathy}'s daughter called, wants an update on the scan.",
    "I live at {ADDRESS|88 Rue Saint-Denis}, {ADDRESS|Montréal} QC {ADDRESS|H2X 3K8}",
    "My appointment was on the {DATE|5th} and nobody has called with the results",
    "Discharged {DATE|11/19}. Follow-up with Dr. {NAME|Mbeki-Johnson} in 2 weeks.",
    "I lost my wallet with my license {ID|S530-4418-9921} in it, can I still check in?",
    "Here's the photo of the rash: {URL|https://imgshare.example/u/tbraddock/rash-day3.jpg}",
    "Still coughing up green stuff.\nThanks, {NAME|Delphine}\nSent from my iPhone",
    "The night nurse, {NAME|Chidi}, was amazing on the night of {DATE|November 12}. Please tell her.",
    "Pt {NAME|Yusuf Al-Amin}, {AGE|93} y/o M, c/o chest tightness since this AM.",
    "I'm calling about my mom, {NAME|Dorota Wiśniewska}, she was admitted {DATE|Sunday 22 November}.",
    "next tuesday ({DATE|dec 1}) works for me, any time after lunch",
    "Mi nombre es {NAME|Rafael Quispe Mamani} y mi número es {PHONE|(305) 555-0124}.",
    "The hospice nurse {NAME|Temperance} comes every Tuesday and Friday, but mom needs more help",
    "{NAME|Ahmad}'s blood sugar was 280 after dinner, what do we do?",
    "i'm {NAME|jade}, born {DATE|4/17/1959}, you have my birthday wrong in the system",
    "Coach {NAME|Dewitt} says my son can't play until a doctor clears him",
    "---------- Forwarded message ---------\nFrom: {NAME|Halvard Berg}\nSent: {DATE|Thursday, November 19, 2026}\nTo: {EMAIL|berg.family@example.net}\n\nPlease see the note below from my cardiologist.",
    "{NAME|Anh Thư} is my daughter, she has had a fever since {DATE|Saturday the 21st}",
    "Emergency contact: {NAME|Kwame Asante} (brother) {PHONE|770-555-0139}",
    "Mrs. {NAME|Fairweather} in bed 2 is asking for her hearing aids again.",
    "Rendez-vous le {DATE|2 novembre 2026} avec le Dr {NAME|Lemaire}, mais je suis toujours essoufflé.",
    "consulta marcada para {DATE|15/12/2026} com a Dra. {NAME|Fernanda Lopes}, posso levar meu marido?",
    "Appuntamento il {DATE|7 gennaio} per mio padre {NAME|Gianfranco}, ha ancora la tosse.",
    "my mrn is {MRN|7730-0418-2} if that helps you find me",
    "MRN: {MRN|A00938116} / Acct: {ID|55120048}\nReason: refill request",
    "this is {NAME|bart} on the 3rd floor, mom's room is 314 and she needs a nurse",
    "pls cal me bak at {PHONE|6175550148} thx {NAME|jo}",
    "Dr. {NAME|Adebayo}'s assistant {NAME|Kendra} said the referral was faxed on {DATE|11-16}",
    "{NAME|Siddharth}'s school nurse said his peak flow was low today",
    "I saw Dr {NAME|Patel} at urgent care on the {DATE|2nd} and she said to follow up here",
    "visit summary link: {URL|https://mychart.example.org/visit/2026-11-20/MRN84412}",
    "my mother in law {NAME|Aiyana Whitehorse} lives at {ADDRESS|17 Sagebrush Trail}, {ADDRESS|Kayenta}, and can't drive",
    "Hi, I'm {NAME|Faith}. {NAME|Faith Odum}. Calling again about my pap results.",
    "Pt ambulated in hall with PT {NAME|Gus}, tolerated well, no SOB.",
    "On {DATE|Friday, 6 November} my dad ({AGE|95}) passed out at the dinner table.",
    "I'm a {AGE|ninety-two} year old widow and I live alone, who do I call at night?",
    "Case number {ID|WC-2026-004417} is for my workers comp claim, please put it on the note",
    "Please cancel my appointment on {DATE|December 9}.\nSincerely,\n{NAME|Margarethe Lindholm}\n{ADDRESS|2204 Birch Hollow Ct}\n{ADDRESS|Ames}, IA {ADDRESS|50010}",
    "my partner {NAME|Kai} found me on the bathroom floor last night",
    "Mom was born on {DATE|Christmas Day 1933} and the form keeps rejecting it",
    "Pt {NAME|Esperanza Ruiz} (goes by {NAME|Espy}) asking for a work note.",
    "yesterday ({DATE|Nov 22}) the pain moved to my right side",
    "Afspraak op {DATE|4 januari} voor mijn vader {NAME|Joost}, kan dat ook eerder?",
    "Mama {NAME|Halina} miała zabieg {DATE|17 listopada} i nadal ma gorączkę.",
    "Please reach {NAME|Oksana} at {EMAIL|oksana_h@example.com} or {PHONE|(862) 555-0191}.",
    "CNA {NAME|marco} reports pt refused dinner and breakfast {DATE|11.23.2026}.",
    "Secondary insurance member ID {ID|W883422910}, primary is through my job",
    "The surgery is scheduled for the {DATE|2nd of December}? My daughter {NAME|Pilar} can't come that day.",
]

# Clinical content that must not be redacted: eponyms, devices, tests, brands, food, vitals,
# section headers and ages under 90. The first list has no PHI at all.
NO_PHI: list[str] = [
    "Is Bell's palsy contagious? Half my face has felt droopy since this morning.",
    "My doctor thinks I have Hashimoto's thyroiditis, do I need to avoid soy?",
    "BP 150/95, pulse 104, temp 38.4, RR 22, SpO2 93% on room air.",
    "A1c was 7.2 last time, up from 6.8. Should I go up on the Jardiance?",
    "Took 2 Tylenol 500 mg and one Advil at noon and I still have the headache.",
    "Assessment: Positive Murphy's sign, RUQ tenderness.\nPlan: ultrasound, NPO after midnight.",
    "The Foley catheter is leaking around the insertion site, is that normal?",
    "My Holter monitor came off in the shower, do I need to start over?",
    "The Baker's cyst behind my left knee is bigger and it aches when I walk.",
    "HPI: 67 y/o female with Crohn's disease flare, 6-8 loose stools per day.",
    "Can I eat Brussels sprouts while I'm on Coumadin?",
    "I had Swiss chard and Greek yogurt for lunch and my sugar went up to 210",
    "The Epley maneuver helped my vertigo for a day but now it's back.",
    "Wells score 2, D-dimer ordered, Caprini score reviewed.",
    "The Cardiology clinic said to hold Eliquis 48 hours before the procedure.",
    "MEDICATIONS:\nLisinopril 20 mg daily\nMetformin 1000 mg BID\nALLERGIES: Penicillin (hives)",
    "Tinel's sign positive at the wrist, Phalen's test also positive, likely carpal tunnel.",
    "my 8 year old has Osgood-Schlatter and wants to keep playing soccer, is that ok?",
    "Parkinson's tremor is worse in the mornings since we cut back the Sinemet.",
    "Weight 82.4 kg, up 3 kg since last week, ankles swollen with 2+ pitting edema.",
    "Does Medicare cover Shingrix at the pharmacy or only in the office?",
    "Tourette syndrome tics got worse after starting Ritalin, what should we do?",
    "Could this be Lyme disease if I never saw a tick? We went hiking in Maine.",
    "Had Buffalo wings and a Philly cheesesteak and now there's burning in my chest",
    "Physical Therapy: Lachman test negative, McMurray test equivocal on the right.",
    "Dermatology asked me to send a photo of the mole. Is the upload button under Messages?",
    "I'm 45 and just got my first mammogram callback, should I be worried?",
    "Apgar 8 and 9, Guthrie test sent, Ortolani maneuver negative both hips.",
    "Is Lipitor or Crestor better for someone with a Mediterranean diet?",
    "Wound Care Clinic: Unna boot applied to the left leg, change in 7 days.",
]

# Clinical content mixed with PHI.
MIXED: list[str] = [
    "Dr. {NAME|Harrington} thinks it might be Graves' disease, my TSH was 0.01.",
    "My son {NAME|Eli} was diagnosed with Asperger's in 2019 and now has panic attacks at school.",
    "Pt {NAME|Rosa Delgado} seen {DATE|11/20/2026}. Positive Homans' sign left calf, Doppler ordered.",
    "Hi, {NAME|Wendell} here. My granddaughter's Apgar was 9 and we're home; her newborn screen is pending.",
    "Started Ozempic 0.25 mg on {DATE|Nov 2} and I'm so nauseous. Call me at {PHONE|(480) 555-0115}.",
    "Mrs. {NAME|Appleby} (Alzheimer's, MMSE 18) agitated at 2200, Seroquel 25 mg given with effect.",
    "My mother's Hickman catheter site is oozing. She is {AGE|90} and lives with me at {ADDRESS|63 Orchard View Dr}.",
    "The Glasgow Coma Scale was 15 when {NAME|Tobias} arrived, then 13 an hour later.",
    "Raynaud's is flaring, fingers going white then blue.\n-{NAME|Ottilie}",
    "Saw Dr. {NAME|Castellano} about my Achilles tendon, he wants an MRI on {DATE|December 14}.",
    "Addison's disease, pt {NAME|Carmen Ibáñez}, {AGE|92}, BP 88/50, HR 118, stress-dose hydrocortisone given.",
    "My dad {NAME|Lincoln} has to keep the Holter monitor on until {DATE|Wednesday the 25th}.",
    "I had to do the Heimlich maneuver on my husband {NAME|Stanley} last night and now his ribs hurt.",
    "Swan-Ganz catheter removed, pt {NAME|Li Wei} stable, CVP 8.",
    "Lupus flare? {NAME|Nkechi}, DOB {DATE|9/9/1988}, rash across both cheeks after the beach.",
    "Follow-up in Cardiology with Dr. {NAME|Morrow-Hayes}; echo showed EF 35%.",
    "My brother {NAME|Ollie} has Down syndrome and a bad cough for a week now.",
    "Sjögren's syndrome is making my eyes so dry and Restasis isn't helping. {NAME|Claudette}",
    "Babinski sign present on the right, pt {NAME|Herschel Abrams}, {AGE|96} y/o, neuro consulted.",
    "Please send the Humira prior auth letter to {EMAIL|ramon.tejada77@example.com}",
    "{NAME|Marguerite} ate half a Boston cream pie and her sugar is 310.",
    "Turner syndrome support group contact is {NAME|Ashlyn}, {PHONE|319-555-0172}.",
    "Guillain-Barré was mentioned by Dr. {NAME|Nakamura} on the {DATE|10th}, I'm scared.",
    "EpiPen used at 1430 on {NAME|Mateo}, ambulance called, Benadryl 25 mg given.",
    "Wolff-Parkinson-White pattern on ECG; pt {NAME|Amara Singh} referred to EP. MRN {MRN|3309184}.",
    "SUBJECTIVE: nightly charley horse cramps. OBJECTIVE: pulse 72, calves soft.\n{NAME|K. Brennan}, RN",
    "Aunt {NAME|Philippa} has Ménière's disease and fell in the bath this morning.",
    "{NAME|Noel}'s nose runs every winter since we got a real Christmas tree.",
    "Pt is 88 y/o, Foley in place; daughter {NAME|Renata} at {PHONE|(971) 555-0150} wants updates.",
    "Ask Dr. {NAME|Feld} if the Mohs surgery scar on my nose should still be pink.",
]


def main() -> None:
    items = build(WITH_PHI + NO_PHI + MIXED, "hold8-phi", "held-out dev set 8", "2026-11-23")
    write(OUT, items)
    empty = sum(1 for i in items if not i["spans"])
    print(
        f"{OUT.name}: {len(items)} items, {sum(len(i['spans']) for i in items)} spans, {empty} empty"
    )


if __name__ == "__main__":
    main()
