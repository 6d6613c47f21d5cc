"""Build phi_holdout6.jsonl: a sixth held-out PHI set for the redactor, never tuned on.

Written fresh (own wording, 2026-11-23) before the round-6 contextual classifier was added;
frozen after its first measurement. Run: /work/venv/bin/python pipelines/triage/dev/phi_make_holdout6.py
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

# Conventions follow README_dev_b.md and phi_README.md: titles and field labels outside spans;
# each address component below state level its own span; a state or country alone, a weekday
# alone, bare years, relative dates and ages of 89 and under are not PHI; an AGE span is the
# number only. Facility names are ADDRESS, IP addresses are URL, fax numbers are PHONE,
# vehicle/device/licence/card/policy numbers are ID.
MARKED = [
    # --- portal messages: lower-case names that are also words
    "hi, this is {NAME|dawn} again, the rash on my arm is spreading up to the elbow",
    "my husband {NAME|chase} cut his hand on a box cutter, do we need stitches or is glue ok",
    "im writing for my mom {NAME|joy}, she is dizzy when she stands up",
    "{NAME|hunter} (my 6yo) threw up twice after lunch, no fever",
    "its {NAME|summer} from the front desk at the daycare, one of your patients has pink eye",
    "please let {NAME|sky} know her labs are back",
    "my partner {NAME|river} has had a migraine for three days now",
    "this is {NAME|mercy} calling about my fathers catheter",
    "hello my sons name is {NAME|rocky} and he swallowed a button battery maybe??",
    "thanks so much, {NAME|ivy}",
    "grandpa {NAME|bill} is more confused than normal since {DATE|Oct 3}",
    "we left a note with {NAME|penny} at reception about the referral",
    "{NAME|amber} and I both have the same sore throat, can we get tested together",
    "my girlfriend {NAME|storm} fainted in the shower this morning",
    "can {NAME|clay} come in for his booster on {DATE|the 19th}? he is off school",
    "ok this is {NAME|wade} — the swelling in my ankle went down but still bruised",
    "love, {NAME|grace} (his sister)",
    # --- hyphenated, compound and non-Anglo names
    "Message from {NAME|Anne-Sophie Marchetti-Rossi}: my inhaler is almost empty",
    "{NAME|Jean-Baptiste Ndiaye} missed his dialysis session because of the snow",
    "This is {NAME|Nguyễn Thị Hoa}, calling about my mother's blood sugar readings",
    "my nephew {NAME|Oluwaseun Adeyemi-Clarke} has a high fever and a stiff neck",
    "Please send the results to {NAME|Priyanka Raghunathan}, not to me",
    "{NAME|Siobhán Ó Laoghaire} is asking whether she can fly after the surgery",
    "the patient {NAME|Kwame Asante-Boateng} declined the flu shot again",
    "Dad ({NAME|Yusuf al-Hashimi}) has black stools since {DATE|2 Nov}",
    "{NAME|Björn Sigurðsson} says the new CPAP mask leaks",
    "hi its {NAME|Mei-Ling} i need a note for work please",
    "Rx question from {NAME|Thandiwe Mokoena-Dube}",
    "{NAME|van der Berg, Elske} called re: wound dressing supplies",
    "{NAME|Xochitl Huerta} is the new home aide for my grandmother",
    "{NAME|ANTOINETTE DUPRÉ-LAMBERT} - allergy list updated",
    # --- names after foreign relation words
    "mi abuelita {NAME|Refugio} tiene mucha tos desde el domingo",
    "ma belle-mère {NAME|Josiane} a fait une chute dans l'escalier",
    "my lola {NAME|Perla} needs her BP meds refilled, she is out",
    "meine Schwiegermutter {NAME|Gerlinde} hat seit gestern Durchfall",
    "bibi yangu {NAME|Wanjiru} ana homa kali",
    "kuya {NAME|Dodong} brought me to the ER last night",
    "yiayia {NAME|Eleni} keeps asking when the cast comes off",
    "my savta {NAME|Tova} is 88 and fell in the garden",
    "A minha avó {NAME|Conceição} está com falta de ar",
    "mormor {NAME|Ingrid} has a bad cough, she lives alone",
    "la zia {NAME|Carmela} ha la pressione alta",
    "baba {NAME|Tunde} refuses to use his walker",
    "nain {NAME|Gwenllian} is in a lot of pain with her hip",
    "oppa {NAME|Jae-won} says his chest feels tight after running",
    # --- dates in many forms and languages
    "Appointment moved to {DATE|Thurs 12/11} at 3pm",
    "symptoms started {DATE|11.09.26} and are getting worse",
    "she was born {DATE|March 3rd, 1931}",
    "DOB: {DATE|1940-07-22}",
    "el ultrasonido fue el {DATE|14 de febrero}",
    "la dernière dose était le {DATE|3 mars}",
    "der Termin ist am {DATE|5. Juli}",
    "l'intervento è previsto per il {DATE|17 maggio}",
    "a cirurgia foi marcada para {DATE|3 de outubro}",
    "operacja była {DATE|5 listopada}",
    "ameliyat {DATE|12 Şubat} tarihinde",
    "hij is op {DATE|14 juni} gevallen",
    "vaccinated on {DATE|the twenty-first of August}",
    "last seen {DATE|Aug '25}",
    "surgery {DATE|9/9}, follow up {DATE|9/23}",
    "I was discharged on {DATE|Christmas Eve} and the pain came back",
    "DOB {DATE|04JAN1938}",
    # --- phones, emails, URLs
    "call me on {PHONE|+44 7700 900431} after 6",
    "best number is {PHONE|617.555.0199}",
    "you can reach my daughter at {PHONE|(02) 9374 4000}",
    "clinic fax {PHONE|503-555-0162} attn billing",
    "text {PHONE|555 0134} ext 22 if no answer",
    "my email changed, it's now {EMAIL|ranger.mo77@fastmail.com}",
    "send the forms to {EMAIL|k.obi-dlamini@uni-hamburg.de} please",
    "photos of the rash: {URL|https://photos.example.net/a/Qx7T2kLm}",
    "our family update page is {URL|www.carepages.example.org/ruthbyrne}",
    "logged in from {URL|10.44.12.208} and got locked out",
    # --- MRNs and ids of many formats
    "MRN {MRN|A00-771-302}",
    "Med rec #: {MRN|88213409}",
    "Patient ID {MRN|PT-88-0412-K} - please link the two charts",
    "NHS number {ID|485 777 3456}",
    "Medicaid ID {ID|QZ7719-04}",
    "policy no. {ID|AB/77/3310}",
    "health card {ID|4532-281-907-XY} expired",
    "my passport is {ID|K0293847} for the travel letter",
    "plate {ID|7KTR442} was parked in the ambulance bay",
    "pump serial no. {ID|44A-90217} is alarming",
    "SSN {SSN|078-05-1120} for the disability form",
    # --- addresses and facilities
    "new address: {ADDRESS|Apt 4B}, {ADDRESS|1120 Larchmont Ave}, {ADDRESS|Duluth}, MN {ADDRESS|55803}",
    "we moved to {ADDRESS|Flat 2}, {ADDRESS|17 Hollis Road}, {ADDRESS|Norwich} {ADDRESS|NR3 1AB}",
    "mi dirección es {ADDRESS|Calle Mayor 14}, {ADDRESS|Zaragoza}",
    "mail it to {ADDRESS|PO Box 7731}, {ADDRESS|Flagstaff}",
    "she's staying at {ADDRESS|Willow Creek Assisted Living} for now",
    "he was transferred from {ADDRESS|St. Brigid's Hospital} last night",
    "we live out on {ADDRESS|4410 Old Mill Rd}, near {ADDRESS|Sandpoint}",
    "pick up is at {ADDRESS|Riverside Elementary} at 3:15",
    # --- ages over 89
    "my grandmother is {AGE|ninety-three} and very frail",
    "{AGE|94}yo F with new confusion",
    "pt is {AGE|97} years old, DNR on file",
    "Opa wird nächste Woche {AGE|91}",
    # --- nurse notes mixing several
    "RN note {DATE|11/20}: spoke w/ pt's son {NAME|Dariusz Wróbel} at {PHONE|773-555-0190}, pt {AGE|92} eating poorly",
    "TC from {NAME|Marisol} (daughter) re: Mr. {NAME|Okonkwo}'s sliding-scale insulin",
    "Called pt back at {PHONE|(904) 555-0107}, LVM. {NAME|F. Al-Amin}, RN",
    "Seen by Dr. {NAME|Ferreira-Lopes} on {DATE|Nov 2}, plan: repeat CBC",
    "Pt {NAME|LAWAL, IFEOMA} MRN {MRN|5520913} arrived by wheelchair with husband {NAME|Chidi}",
    "per {NAME|joaquin} at the pharmacy the Eliquis is on backorder",
    "{NAME|Hollis} asked if his wife {NAME|June} could pick up the prescription",
    "Pt's caregiver {NAME|Faith} reports Mr. {NAME|Bryce Holloway} slept through the night",
    "spoke to Ms. {NAME|Pearl Lindgren} ({AGE|90}), she lives at {ADDRESS|22 Kestrel Way}",
    # --- PHI-free with tricky words
    "Could this be Bell's palsy? One side of my face feels droopy.",
    "I was diagnosed with Hashimoto's last year and the levothyroxine makes me jittery.",
    "Is the Epley maneuver safe to do at home for vertigo?",
    "My Apgar scores were fine but the baby is jaundiced now.",
    "Does Ozempic interact with Jardiance or Eliquis?",
    "I think I had Lyme disease as a kid, could it come back?",
    "The Holter monitor sticker left a burn mark on my chest.",
    "Can I eat Brussels sprouts while on warfarin?",
    "my mother has Parkinson's and Crohn's and now a UTI",
    "Is German measles the same as rubella?",
    "The Foley catheter is leaking around the sides.",
    "I got a Baker's cyst behind my knee after the hike.",
    "My doctor said it might be Raynaud's because my fingers turn white in the cold.",
    "Took Paxlovid for 5 days, still testing positive.",
    "Had a Whipple procedure two years ago, now I have new belly pain.",
    "Feeling blue, not sleeping, lost my appetite.",
    "She is 85 and walks with a cane.",
    "Pain started on Monday and got worse by Wednesday.",
    "Will the Mounjaro dose go up next month?",
    "Can you fax the form to my work? I'm out of the office until next week.",
]


if __name__ == "__main__":
    here = Path(__file__).parent
    items = build(MARKED, "hold6-phi", "held-out dev set 6", "2026-11-23")
    write(here / "phi_holdout6.jsonl", items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans")
