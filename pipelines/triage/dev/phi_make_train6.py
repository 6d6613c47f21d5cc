"""Build phi_train6.jsonl: round-6 training items for the PHI tagger and contextual classifier.

Written after phi_holdout6.jsonl was frozen and measured, with other people and wording; never
scored as held-out. Run: /work/venv/bin/python pipelines/triage/dev/phi_make_train6.py
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

# Same span conventions as phi_make_holdout6.py and phi_README.md.
MARKED = [
    # --- lower-case given names that are also English words, in many sentence positions
    "hey its {NAME|brook}, my throat is on fire and i cant swallow",
    "my wife {NAME|hazel} has been coughing up green stuff",
    "{NAME|heath} here. still waiting on the mri results",
    "can you ask {NAME|rosemary} to call me back about the bill",
    "my son {NAME|archer} got stung by a wasp and his lip is swelling",
    "sincerely, {NAME|honor}",
    "our daughter {NAME|willow} wont stop scratching her ears",
    "{NAME|autumn} says the nurse line put her on hold forever",
    "i am {NAME|rusty}, the neighbour, he asked me to write for him",
    "tell {NAME|misty} the pharmacy closed early",
    "my boyfriend {NAME|colt} twisted his knee playing football",
    "this message is from {NAME|faith} about my blood test",
    "her brother {NAME|rocco} drove her in",
    "grandma {NAME|opal} keeps falling asleep at dinner",
    "my mum {NAME|daisy} needs a new walker",
    "from {NAME|miles}: is the clinic doing walk ins today",
    "{NAME|lark} and {NAME|wren} both have lice again",
    "talked to {NAME|ray} at the front desk, he said fridays are full",
    "my aunt {NAME|constance} lives with us now and is very forgetful",
    "yes this is {NAME|sunny}, i got the message about the xray",
    "his carer {NAME|gale} noticed bruises on his legs",
    "thank you {NAME|sage}!",
    # --- hyphenated, particle and non-Anglo names
    "{NAME|Marie-Claude Tremblay-Gagnon} wants to move her appointment",
    "{NAME|Ngozi Okonjo-Eze} says the new pills give her headaches",
    "my cousin {NAME|Abdirahman Warsame} is visiting and has a fever",
    "{NAME|Trần Minh Khôi} could not get the portal to load",
    "on behalf of {NAME|Ólafur Þórsson}, who is in hospital abroad",
    "{NAME|de la Cruz, Milagros} - chart review please",
    "the student {NAME|Aigerim Nurlanovna} has a swollen gland",
    "{NAME|PAPADOPOULOS, STAVROS} needs a new referral",
    "message for Dr. {NAME|Wiśniewska} regarding my thyroid",
    "hi, {NAME|Kai-Lin} again - the cream is not helping",
    # --- names after relation words in other languages
    "mi tía {NAME|Socorro} tiene dolor de pecho",
    "mon beau-frère {NAME|Thierry} s'est coupé le doigt",
    "my lolo {NAME|Ernesto} has trouble peeing",
    "mein Enkel {NAME|Lukas} hat Ausschlag am Bauch",
    "dada yangu {NAME|Achieng} anaumwa tumbo",
    "ate {NAME|Marites} will bring me to the clinic",
    "my nonna {NAME|Assunta} is short of breath when she walks",
    "o meu tio {NAME|Joaquim} tem febre desde ontem",
    "farmor {NAME|Birgitta} has a cut that is not healing",
    "abba {NAME|Rafiq} is diabetic and his sugar is 300",
    "taid {NAME|Emrys} fell in the yard",
    "halmeoni {NAME|Soon-ja} feels dizzy",
    # --- dates in other forms and languages
    "my last period was {DATE|Sept 28th}",
    "blood draw on {DATE|08.10.2026}, please confirm",
    "DOB {DATE|17-Mar-1935}",
    "born {DATE|February 29, 1932}",
    "la cita es el {DATE|22 de diciembre}",
    "il est tombé le {DATE|11 novembre}",
    "seit dem {DATE|3. Oktober} habe ich Schmerzen",
    "la visita è il {DATE|2 aprile}",
    "a consulta é dia {DATE|19 de janeiro}",
    "wizyta {DATE|14 lutego}",
    "kontrol {DATE|3 Mart} tarihinde",
    "de afspraak is op {DATE|9 mei}",
    "it started {DATE|the second of June}",
    "seen {DATE|Jan '26}",
    "DOB {DATE|12DEC1929}",
    "I felt fine until {DATE|New Year's Day}",
    # --- phones, emails, urls, ids
    "ring my landline {PHONE|+61 3 9555 0123}",
    "mobile is {PHONE|0412.555.019}",
    "fax to {PHONE|(212) 555-0177} before noon",
    "my mail is {EMAIL|tilly_brennan42@example.co.uk}",
    "reply to {EMAIL|j.mwangi+health@example.org}",
    "see {URL|https://share.example.com/v/98HqZp}",
    "my blog {URL|www.lifewithlupus.example.net}",
    "ip {URL|172.16.4.31}",
    "MRN: {MRN|B22-403-118}",
    "record number {MRN|77105522}",
    "Hospital no. {MRN|RX-55-9012-Q}",
    "NHS no {ID|943 476 5919}",
    "Medicare # {ID|1EG4-TE5-MK73}",
    "member id {ID|HMO/22/8817}",
    "licence {ID|D4471-22093-55}",
    "plate number {ID|4XYZ821}",
    "pacemaker serial {ID|PMX-7731-09}",
    "SSN {SSN|219-09-9999}",
    # --- addresses
    "please send it to {ADDRESS|Unit 9}, {ADDRESS|48 Quarry Lane}, {ADDRESS|Kendal} {ADDRESS|LA9 4PX}",
    "vivo en {ADDRESS|Avenida Sol 221}, {ADDRESS|Málaga}",
    "{ADDRESS|PO Box 118}, {ADDRESS|Bozeman}, MT {ADDRESS|59715}",
    "she is at {ADDRESS|Maple Grove Nursing Home} this week",
    "they took him to {ADDRESS|Mercy General} by ambulance",
    "we are at {ADDRESS|905 Fox Hollow Dr}, {ADDRESS|Bend}",
    "drop off at {ADDRESS|Lincoln Middle School} office",
    # --- ages over 89
    "he is {AGE|ninety-six} and still drives",
    "{AGE|93}yo M with fall",
    "mother is {AGE|99} years old",
    # --- nurse notes
    "RN note {DATE|12/01}: pt's niece {NAME|Agnieszka Kowal} called from {PHONE|312-555-0143}",
    "TC w/ {NAME|Rosalind} (wife) re: Mr. {NAME|Adebayo}'s dressing change",
    "LVM at {PHONE|(617) 555-0123}. {NAME|K. Haddad}, LPN",
    "Pt {NAME|OSEI, BENEDICTA} MRN {MRN|6631082} here with son {NAME|Kofi}",
    "per {NAME|marisela} in pharmacy the Xarelto is ready",
    "Pt's aide {NAME|Patience} reports Mrs. {NAME|Dorothy Kemp} ate breakfast",
    # --- PHI-free messages with eponyms, drugs and place-like words
    "Is this Guillain-Barre? My legs are getting weaker.",
    "Addison's runs in my family, should I be tested?",
    "Does Xarelto interact with ibuprofen?",
    "I have a Cushing's workup next week, do I fast?",
    "Is Osgood-Schlatter something a 12 year old grows out of?",
    "The Heimlich worked but her ribs hurt now.",
    "Spanish flu was before my time but my cough is bad.",
    "Had a Swan-Ganz line in the ICU and the site itches.",
    "West Nile virus in our area, should I worry about fever?",
    "Turkish coffee makes my reflux worse.",
    "I'm 78 and my knees ache in the morning.",
    "Friday I felt fine, then Saturday I got chills.",
    "My Brilinta refill is due soon.",
    "He has Down syndrome and a new cough.",
    "The Lasix makes me pee all night.",
    "Feeling hopeless and tired lately, is that the dose?",
    "Can I get the shingles shot and the flu shot together?",
    "My grace period for insurance ends soon.",
    "Is it normal to feel joy and then crash after the steroids?",
    "The dawn phenomenon makes my sugars high in the morning.",
    "Rocky mountain spotted fever - could a tick bite do this?",
]


if __name__ == "__main__":
    here = Path(__file__).parent
    items = build(MARKED, "train6-phi", "round-6 training set", "2026-11-23")
    write(here / "phi_train6.jsonl", items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans")
