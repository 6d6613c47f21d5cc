"""Build phi_holdout3.jsonl: a third held-out PHI set for the redactor, never tuned on.

Written fresh (own wording, 2026-11-23) before the third round of redactor changes; frozen
after its first measurement. Run: /work/venv/bin/python pipelines/triage/dev/phi_make_holdout3.py
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

# Conventions follow README_dev_b.md and phi_README.md: titles and field labels outside spans;
# each address component below state level its own span; a state or country alone, a weekday
# alone, bare years, relative dates and ages of 89 and under are not PHI; an AGE span is the
# number only ("yo", "years old" outside); a highway alone is not PHI. Facility names are
# ADDRESS, IP addresses are URL, fax numbers are PHONE, vehicle/device/licence numbers are ID.
MARKED = [
    # --- names: relatives, nicknames, lower case, hyphenated, many origins, sign-offs
    "hi there, my mother-in-law {NAME|Parveen Chaudhry} is staying with us and her ankles are swollen",
    "its {NAME|lupe} from the third floor, my sugar was 310 this am",
    "My son {NAME|Tadhg} (age 6) has a barky cough tonight",
    "can u ask doctor {NAME|nwosu} if i can split the pills",
    "Warm regards,\n{NAME|Anneliese Brandt-Kühn}",
    "sorry for typos, typing one handed\n- {NAME|Mateus}",
    "Our foster son {NAME|Jaylen} has lice again, do we need to treat the whole house?",
    "mi hija {NAME|yesenia} tiene dolor de oído desde el {DATE|sábado 14}",
    "{NAME|Siosaia Tupou} here, my gout is flaring in the left big toe",
    "Nurse {NAME|Okonjo} said to send a picture of the incision.",
    "please route this to my case manager {NAME|Wren Castellanos-Beck}",
    "ma femme {NAME|Solène} a de la fièvre depuis hier soir",
    "my nephew goes by {NAME|Tink}, real name {NAME|Tobias Ekwueme}, he's the one with asthma",
    "Dr {NAME|Van der Merwe}'s office never called me back about the biopsy",
    "hey doc, {NAME|mohammed al-rashid} here, need a refill on the inhaler",
    "My babysitter {NAME|Krystyna} gave him ibuprofen at 4",
    "Cheers,\n{NAME|Hamish}",
    "from {NAME|Dagny Lindqvist} on behalf of her husband {NAME|Pelle}",
    "we saw Dr. {NAME|Iwasaki-Moreno} last week and she said to message if no better",
    "{NAME|Tito} (my grandfather) won't eat since his fall",
    "I am writing for my brother {NAME|Luka Petrović} who has a bad toothache",
    "ok will do, thx so much - {NAME|shay}",
    "My twins {NAME|Ada} and {NAME|Otis} both have fevers of 102",
    "mein Sohn {NAME|Lukas} hat Fieber und Husten seit gestern",
    "my partner {NAME|Rohan} noticed my lips look bluish when I climb stairs",
    "{NAME|Marguerite-Anne Dubois}, patient of Dr. {NAME|Friedland}, asking for a call back",
    "Meine Mutter {NAME|Hildegard} hat seit Dienstag starke Kopfschmerzen und Schwindel.",
    "meu marido {NAME|Zé} está com tosse e falta de ar",
    "sono {NAME|Giulia Ferraro}, nata il {DATE|3 marzo 1955}, mi serve la ricetta",
    "{NAME|Nguyễn Thị Lan} is my mom's name on the account",
    "it's {NAME|anne-sophie} again, the cough is back",
    'My uncle {NAME|Robert} "{NAME|Bobby}" {NAME|Quintero} needs his oxygen order renewed',
    "Thanks,\nPastor {NAME|Emmanuel Oduya}",
    "mi suegra {NAME|cata} se cayó en la cocina",
    "mon fils {NAME|théo} tousse beaucoup la nuit",
    "The home health aide, {NAME|Precious Dlamini}, says his leg looks worse.",
    "{NAME|Yitzchak Abramowitz} asked me to forward his lab questions",
    "talked to {NAME|Sunita} at the front desk and she said to use the portal",
    "xo {NAME|Marisol}",
    # --- dates in many formats and languages
    "the rash showed up {DATE|Nov 18th} after I started the new soap",
    "I had my gallbladder out on {DATE|3/14/2019} at {ADDRESS|Mercy General}",
    "her booster is due {DATE|12-08} per the card",
    "first shot given {DATE|11-19}, second one due in 4 weeks",
    "Born {DATE|23/04/1952} in {ADDRESS|Lagos}, moved here as a child",
    "fecha de nacimiento: {DATE|5 de enero de 1947}",
    "DOB: {DATE|Sept. 9, 1960}",
    "stitches come out {DATE|Monday 11/30}",
    "I've been off work since the {DATE|2nd} with this back pain",
    "last period was {DATE|October 28}, is that late?",
    "we fly out {DATE|12/19} and come back {DATE|1/3}, will I have enough pills",
    "mammogram booked for {DATE|2026-12-07} at 10:30",
    "my son was born {DATE|Christmas Eve 2019} and has never had a fever this high",
    "Ich hatte am {DATE|3. November} eine Impfung und jetzt ist der Arm rot",
    "visite prévue le {DATE|vendredi 4 décembre} avec le dermatologue",
    "is my appt still on the {DATE|twelfth of January}?",
    "Pt seen {DATE|14-Nov-26} in clinic for the same complaint",
    "the headaches began around {DATE|New Year's} and come every day",
    "Appt for {DATE|Dec. 2} got cancelled, can I rebook?",
    "DOB is {DATE|07/04/49}",
    "Termin am {DATE|Montag, 7. Dezember} bitte bestätigen",
    "date of injury {DATE|11.12.2026}",
    "scan results from {DATE|2026/11/30} please",
    "my last colonoscopy was {DATE|Nov '21}",
    "I picked up the refill {DATE|20 Nov} but the bottle says 30 tabs, not 90",
    # --- ages over 89
    "My grandfather is {AGE|92} and has been very sleepy since {DATE|Thursday 11/19}",
    "my aunt, {AGE|99}, fell in the bathroom and hit her head",
    "Great-grandma just turned {AGE|ninety-eight} and wants the shingles shot",
    "Mr. {NAME|Abernethy}, {AGE|95}, lives alone and missed his pills",
    "he's {AGE|101} years old and still gardens every day",
    "Mom is a {AGE|93} year old with dementia and now a UTI",
    "caring for my {AGE|90}-year-old father who has COPD",
    "Patient age {AGE|104}.",
    "mi abuela tiene {AGE|95} años y no quiere comer",
    "She is 67 and had a knee replacement in the spring.",
    # --- phones and fax
    "call my cell {PHONE|(646) 555-0137} before noon",
    "best number is {PHONE|415.555.0199 ext 22}",
    "fax: {PHONE|1-800-555-0148}",
    "mobile {PHONE|07700 900461}, I'm in the UK till the {DATE|10th}",
    "text me on {PHONE|+44 7700 900812}",
    "work line {PHONE|555-0162}, ask for me",
    "can you fax results to Dr. {NAME|Haddad} at {PHONE|(313) 555-0140}",
    # --- email, url, ip
    "email me at {EMAIL|kiki.nakamura88@gmail.com} instead of mailing",
    "my daughter's email {EMAIL|fatou_diallo@protonmail.ch} gets the reminders",
    "you can see my glucose graphs at {URL|https://share.glucotrack.example/u/marlene-o}",
    "portal says my IP {URL|192.168.14.7} is blocked",
    "I posted the photo on {URL|imgur.com/a/Zx8kP2q}",
    "his profile is {URL|http://www.facebook.com/tasha.pruitt.77} if you need a picture",
    # --- identifiers
    "medical record # {MRN|A4481207}",
    "MRN: {MRN|00-338-4417}",
    "member ID {ID|WXP883104562}, group no {ID|4471-02}",
    "Medicare number {ID|1EG4-TE5-MK73}",
    "my Medicaid id is {ID|QZ55120874}",
    "pacemaker serial # {ID|PJN710443H}",
    "driver's licence {ID|D412-7781-5520}",
    "tag number {ID|7XKD219}, silver toyota, for the handicap placard",
    "hearing aid serial {ID|HA-5520-8817} stopped working",
    "Rx #{ID|4471903} is out of refills",
    "ssn last four {SSN|3318}",
    "social {SSN|412-66-0193}",
    "claim number {ID|CLM-2026-0048812}",
    "vehicle id {ID|3FA6P0H73HR291004} for the accident paperwork",
    # --- addresses, zips, cities, facilities
    "we're at {ADDRESS|732 Sycamore Ct}, {ADDRESS|Bend}, OR {ADDRESS|97701}",
    "my new place is {ADDRESS|19 Harbour View Rd}, {ADDRESS|Wellington} {ADDRESS|6011}",
    "mail it to {ADDRESS|PO Box 2281}, {ADDRESS|Kingman} AZ {ADDRESS|86402}",
    "I'm staying at my sister's in {ADDRESS|Chattanooga} this week",
    "took her to the ER at {ADDRESS|St. Brigid's Medical Center}",
    "he lives at {ADDRESS|Maple Grove Nursing Home} now",
    "the nurse at {ADDRESS|Westfield Elementary} sent him home with a fever",
    "the ambulance went to {ADDRESS|Providence Hospital}, not the closer one",
    "he collapsed jogging in {ADDRESS|Lakewood Park} this morning",
    "{ADDRESS|88 Calle Luna}, {ADDRESS|Santa Fe} NM {ADDRESS|87501}",
    "I live on {ADDRESS|Kestrel Lane} by the water tower",
    "postcode {ADDRESS|LS6 3HN}",
    "I-40 was closed so we missed the appointment, sorry",
    # --- messy and combined
    "pt {NAME|Ngozi Eze} dob {DATE|6-22-1938} ph {PHONE|312 555 0176}",
    "Name: {NAME|Aleksander Wiśniewski}\nDOB: {DATE|1941-08-30}\nAddress: {ADDRESS|5 Linden St}, {ADDRESS|Hamtramck}, MI",
    "hola, soy {NAME|maría josé} la mamá de {NAME|santi}, el niño tiene tos",
    "My name is {NAME|Kaveh Rostami}, my wife {NAME|Shirin} and I both had covid on {DATE|11/2}",
    "this is {NAME|bee} writing for grandpa {NAME|Hollis}, he's {AGE|96} and can't hear on the phone",
    "Resident {NAME|Constance Ivey}, rm 14, {ADDRESS|Briarwood Manor}: new cough since {DATE|11/21}",
    "{NAME|Gaspard Lemaire}, {AGE|96}, MRN {MRN|5512098}, lives in {ADDRESS|Keene}, NH. Daughter {NAME|Ilse} has power of attorney.",
    "we r at the {ADDRESS|Motel 6} in {ADDRESS|Saratoga Springs}, kid threw up twice",
    # --- no PHI
    "Is it ok to take melatonin with sertraline?",
    "My heart rate hit 120 on the treadmill and I got dizzy.",
    "We just got back from Japan and my son has a cough.",
    "Sugar was 98 fasting, 160 after lunch.",
    "Tried the new cream for 2 weeks, rash is 50% better.",
    "Appt reminder said to fast, does black coffee count?",
]


if __name__ == "__main__":
    here = Path(__file__).parent
    items = build(MARKED, "hold3-phi", "held-out dev set 3", "2026-11-23")
    write(here / "phi_holdout3.jsonl", items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans")
