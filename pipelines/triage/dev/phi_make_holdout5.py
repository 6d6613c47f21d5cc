"""Build phi_holdout5.jsonl: a fifth held-out PHI set for the redactor, never tuned on.

Written fresh (own wording, 2026-11-23) before the round-5 tagger changes; frozen after its
first measurement. Run: /work/venv/bin/python pipelines/triage/dev/phi_make_holdout5.py
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

# Conventions follow README_dev_b.md and phi_README.md: titles, field labels and leading articles
# outside spans; each address component below state level its own span; a state or country
# alone, a weekday alone, bare years, relative dates and ages of 89 and under are not PHI; an AGE
# span is the number only. Facility names are ADDRESS, IP addresses are URL, fax numbers are
# PHONE, vehicle/device/licence/card/policy numbers are ID.
MARKED = [
    # --- names: lower case, word-like, nicknames, relatives, sign-offs, many origins
    "hey its {NAME|hope} again, the rash is spreading to my neck",
    "{NAME|journey} speaking, my son coughs all night",
    "me and my brother {NAME|rocco} both got food poisoning from the same taco truck",
    "My neighbour {NAME|Ngozi Adeyemi-Clarke} drove me to urgent care on Sunday",
    "auntie {NAME|bev} wants to know if she can stop the statin",
    "Warm wishes from {NAME|Henrike} and the kids",
    "Patient is {NAME|Bohdan Kovalenko}, he only speaks Ukrainian",
    "my twin {NAME|Paz} has the same migraine pattern as me",
    "LAST NAME: {NAME|MWANGI}  FIRST: {NAME|ESTHER}",
    "pop-pop {NAME|Lou} fell asleep during dinner and we could not wake him for a minute",
    "ich bin {NAME|Jannik Oberholzer}, ich brauche ein neues Rezept",
    "la señora {NAME|Guadalupe Ortiz} necesita una cita urgente",
    "minha avó {NAME|Conceição} está com tontura desde ontem",
    "mia nonna {NAME|Assunta} non mangia da due giorni",
    "babcia {NAME|Krystyna} spadła ze schodów",
    "this message is from {NAME|Nilufar Rahimova}, I have a question about my iron",
    "Cheers mate, {NAME|Lachlan}",
    "can Dr. {NAME|Feldhaus-Ng} call me back",
    "— {NAME|T. Abernathy}",
    "my wife {NAME|Sunny} is in too much pain to type",
    "ok so {NAME|brooklyn} my daughter has pink eye i think",
    "the coach, Mr {NAME|Delgado-Reyes}, saw him hit his head",
    "{NAME|Faisal} from pharmacy told me to ask you",
    "xoxo {NAME|Mimi}",
    "my foster mom {NAME|Tawanda} is worried about my weight",
    "I'm writing on behalf of my uncle, {NAME|Anselm Brodeur}",
    "{NAME|Ha-eun}'s fever came back after the antibiotics finished",
    "yes this is {NAME|Precious Nkosi} i got the voicemail",
    "Sincerely yours, {NAME|Ebenezer Quaye}",
    "my boyfriend {NAME|Kai} thinks I should go to the ER, do you agree?",
    "Ms {NAME|Ferreira da Silva} from the school nurse office sent us here",
    "mon copain {NAME|Étienne} a une douleur au ventre",
    "the one who answered was {NAME|Shaniqua}, really kind",
    "{NAME|Ruairí Mac Giolla} here, ringing about the MRI",
    # --- dates
    "the pain started on the {DATE|second of March}",
    "follow-up booked for {DATE|11/30}",
    "my last period was {DATE|Oct 3rd}",
    "she was born {DATE|1931-07-14}",
    "seit dem {DATE|12. Oktober} habe ich Husten",
    "desde el {DATE|cinco de mayo} tengo dolor de espalda",
    "depuis le {DATE|3 janvier} je tousse",
    "we fly home on {DATE|Dec 27}",
    "had my booster {DATE|Sept. 9, 2026}",
    "DOB {DATE|02.11.1944}",
    "the scan on {DATE|Thursday 19 Nov} showed nothing",
    "appointment {DATE|Jan 8th} at 10:15 please confirm",
    "he got out of hospital the {DATE|14th}",
    "dal {DATE|4 agosto} ho la pressione alta",
    "op {DATE|6 juni} begon de hoofdpijn",
    # --- ages over 89
    "mom is {AGE|91} and has been very confused today",
    "my grandfather, {AGE|ninety-six}, refuses to use the walker",
    "Pt age: {AGE|97}",
    "meine Oma ist {AGE|93} Jahre alt",
    "a {AGE|103}-year-old resident with a fever",
    # --- contact details and ids
    "text me at {PHONE|(646) 555-0187} if anything changes",
    "call my daughter on {PHONE|+44 7700 900461}",
    "fax the records to {PHONE|503.555.0122}",
    "my email is {EMAIL|rosa.quintero77@examplemail.com}",
    "send it to {EMAIL|j_okonkwo@example.org} please",
    "see {URL|https://example.net/myphotos/rash2} for the pics",
    "portal keeps logging me out from {URL|10.24.188.7}",
    "MRN: {MRN|00882146}",
    "medical record #{MRN|4471093}",
    "Member ID {ID|XHU448812093}",
    "policy no. {ID|BC-5520914}",
    "ssn {SSN|078-05-1120}",
    "my license number is {ID|D4482-11907-2258}",
    "pacemaker serial {ID|PJN7730215}",
    "the plate on the car that hit me was {ID|8KRT442}",
    "Medicaid # {ID|NY88214730}",
    "Rx number {ID|6640157} was denied",
    # --- places and facilities
    "I live at {ADDRESS|42 Maple Terrace}, {ADDRESS|Apt 3B}, {ADDRESS|Dayton}",
    "we moved to {ADDRESS|Flagstaff} last spring and need a new pcp",
    "she is at {ADDRESS|St. Brigid's Nursing Home}",
    "staying at the {ADDRESS|Comfort Suites Airport} until friday",
    "I go to {ADDRESS|Lincoln Middle School}",
    "{ADDRESS|ul. Słoneczna 7}, {ADDRESS|31-008} {ADDRESS|Kraków}",
    "{ADDRESS|Keizersgracht 210}, {ADDRESS|1016 DX} {ADDRESS|Amsterdam}",
    "the postcode is {ADDRESS|EH3 9QF}",
    "{ADDRESS|PO Box 2291}, {ADDRESS|Missoula}, MT {ADDRESS|59806}",
    "he collapsed at {ADDRESS|Harbor Point Marina}",
    "took her to {ADDRESS|Mercy General} last night",
    "we're at the {ADDRESS|Hampton Inn} on Route 40, room 208",
    "Calle {ADDRESS|Alcalá 118}, {ADDRESS|Madrid}",
    # --- messy and combined
    "name: {NAME|Delphine Arceneaux}  dob: {DATE|9/12/1949}  ph: {PHONE|337-555-0164}",
    "{NAME|Yusuf} ({AGE|94}) lives with us in {ADDRESS|Dearborn}, call {PHONE|313 555 0139}",
    "hi im {NAME|cher} mrn {MRN|5502817} need my labs",
    "From: {NAME|Wendell Okafor-Price} <{EMAIL|wop1960@example.com}>",
    "Re: {NAME|Magdalena Wiśniewska}, seen {DATE|Nov 2}, still wheezing",
    "the kid is {NAME|Arlo}, bday {DATE|3-22-2019}, allergic to amox",
    # --- no PHI
    "Is it safe to take ibuprofen with lisinopril?",
    "My sugar was 212 after lunch, should I worry?",
    "The cut is about 2 cm long and still oozing.",
    "Hope you all have a good holiday.",
    "¿Puedo tomar paracetamol con el antibiótico?",
    "I walk 30 minutes every morning but my knee still hurts.",
    "Journey to the clinic takes an hour by bus.",
    "Est-ce que je dois rester à jeun avant la prise de sang?",
]


if __name__ == "__main__":
    here = Path(__file__).parent
    items = build(MARKED, "hold5-phi", "held-out dev set 5", "2026-11-23")
    write(here / "phi_holdout5.jsonl", items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans")
