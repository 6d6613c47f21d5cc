#!/usr/bin/env python3
"""Generate phi_guide14.jsonl: 100 PHI-annotated texts (guideline **phi** rule), NAME-heavy.

Patient-portal messages to a clinic triage inbox plus some clinician-written notes.

Mechanics
---------
* Offsets are computed by locating each annotated substring in the text, in order (the search
  starts after the previous span). A span may carry a context string: the context is located
  first (after the previous span) and the substring is then located inside it, which lets a
  later occurrence be chosen when an earlier identical string is deliberately NOT PHI
  (e.g. "Hashimoto's" the disease before "Hashimoto" the doctor).
* Checks: exact substring match, word boundaries, no whitespace at span edges, no overlaps,
  known labels only, and a case-insensitive "every occurrence" check: every word-bounded
  occurrence of a labelled string, and of every token (>= 2 letters, name particles excepted)
  of a NAME span, must be covered by some span, unless the item declares exactly how many
  unlabelled occurrences of that string are intended (the ordinary word "hope", the disease
  "Parkinson's", the drug "Allegra", ...). The declared count must match exactly.
* The whole file is validated field by field against the phi item model (items.py) by this
  script itself (no project import), re-read from the temporary file, then atomically renamed.
* CONVENTIONS.md is written next to the output, with the number of items each convention
  affects (computed from the data: partly detected from the text, partly from per-item tags).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import re
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide14.jsonl")
CONV_OUT = os.path.join(HERE, "phi_guide14_CONVENTIONS.md")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ADDED = "2026-11-24"
SOURCE = "guideline PHI annotation set 14"
ID_PREFIX = "guide14-phi-"
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{2,80}$")
LABEL_RE = re.compile(r"^[A-Z_]+$")
N_EXPECTED = 100

# Name particles that are part of a name span but are ordinary words/letters elsewhere;
# they are skipped by the token-level occurrence check.
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "la",
    "del",
    "dela",
    "dos",
    "da",
    "bin",
    "binti",
    "bint",
    "al",
    "el",
    "le",
    "du",
    "von",
    "te",
    "nic",
    "ah",
}

# Per-item tags for conventions that cannot be detected from the spans themselves.
# Keys are used in the CONVENTIONS table below.
#   kin    kin word used alone or as a title (mum, nana, Nonna, Lola, Tita, Mama, Aunt) is not a name
#   word   a string that is a labelled name elsewhere in the item is also an ordinary word
#   epon   eponymous disease/sign/test/procedure/herb is not PHI
#   brand  brand drug / product / voice assistant that looks like a name is not PHI
#   org    organisation/facility name is not PHI (street or city inside it still is ADDRESS)
#   place  name-like word inside a street or city name is ADDRESS, not NAME
#   city   city/town/suburb named alone is ADDRESS
#   fam    family surname as a group ("the Kowalczyks", "Beaumont-Ng family") is NAME
#   contact contact number/email/URL of a clinic, pharmacy or staff member is still labelled
#   user   portal username is ID
#   embed  a name inside an email address or URL is covered by the EMAIL/URL span only
#   order  family-name-first or "Surname, Given" order: one span incl. the comma
#   part   name particles (van der, de la, bin/binti, al-, Nic, dela) inside the span
#   nick   nickname / short form / quoted nickname labelled as NAME
#   init   initials (with their periods) labelled as NAME, incl. lower-case sign-offs
#   gen    generational suffix (Jr., III) inside the span
#   ssn4   last four digits of an SSN are SSN
#   anyone bystanders (neighbours, carers, interpreters, other staff, deceased relatives,
#          church/sports contacts) are labelled like patients
#   addr   full postal address as one span (state abbreviation inside it included)
#   age    an age of 89 or under is present and deliberately not labelled
#   meta   a name-like word that refers to no person or place of the individual is not PHI
#   cap    ALL-CAPS or all-lower-case names labelled exactly as written
#   hdr    names in email-like headers / fax covers / greetings / sign-offs labelled

ITEMS: list[dict] = []


def item(
    text: str, spans: list[tuple], exempt: dict[str, int] | None = None, tags: str = ""
) -> None:
    ITEMS.append({"text": text, "spans": spans, "exempt": exempt or {}, "tags": set(tags.split())})


# ---------------------------------------------------------------------------------------------
# 1
item(
    "hi its Hope again, Hope Nwachukwu-Clarke. i hope someone can look at my inhaler request "
    "today, the pharmacy (Grant at the Carter St Walgreens) said they never got it. thx",
    [
        ("Hope", "NAME"),
        ("Hope Nwachukwu-Clarke", "NAME"),
        ("Grant", "NAME"),
        ("Carter St", "ADDRESS"),
    ],
    {"hope": 1},
    "word org place anyone",
)
# 2
item(
    "TC to pt 06/03/2026. Pt states her daughter June is now her HCP. Pt (Margaret Price) c/o "
    "incr SOB on exertion x1 wk, no CP. Rx refill lisinopril sent. Plan: echo, f/u Dr. Young "
    "in June.\n-dk RN",
    [
        ("06/03/2026", "DATE"),
        ("June", "NAME"),
        ("Margaret Price", "NAME"),
        ("Young", "NAME"),
        ("June", "DATE"),
        ("dk", "NAME"),
    ],
    {},
    "init cap",
)
# 3
item(
    "my neighbour sandy (sandy o'brien next door) found me on the floor tues and called 911. "
    "they said i have a uti and let me go home. can dr patel call me? 555-0143 is the wrong "
    "number now, use 617-555-0188",
    [
        ("sandy", "NAME"),
        ("sandy o'brien", "NAME"),
        ("patel", "NAME"),
        ("555-0143", "PHONE"),
        ("617-555-0188", "PHONE"),
    ],
    {},
    "cap anyone",
)
# 4
item(
    "PHARMACY CALLBACK\nPATIENT: DOE-MARTINEZ, ROSALIND   DOB: 02/29/1952\n"
    "PHARMACIST: BILL NAKASHIMA, PHARMD\nREQ: PA FOR OZEMPIC 0.5 MG. PT ALSO ON JARDIANCE. "
    "CALL BACK 503-555-0171 EXT. 3",
    [
        ("DOE-MARTINEZ, ROSALIND", "NAME"),
        ("02/29/1952", "DATE"),
        ("BILL NAKASHIMA", "NAME"),
        ("503-555-0171 EXT. 3", "PHONE"),
    ],
    {},
    "cap order hdr brand contact",
)
# 5
item(
    "Dr. Parkinson wants me to keep a symptom diary for my Parkinson's, but my hands shake too "
    "much to write. can my husband Ray fill it in for me? \u2014 Lorna",
    [("Parkinson", "NAME"), ("Ray", "NAME"), ("Lorna", "NAME")],
    {"Parkinson": 1},
    "epon hdr",
)
# 6
item(
    "Hello, I'm writing for my grandmother Nguy\u1ec5n Th\u1ecb Hoa, she is 93 and came from "
    "Da Nang to stay with us. she has a cough with blood since 11/20. my name is Tran Minh "
    "Khoa, phone 714-555-0126.",
    [
        ("Nguy\u1ec5n Th\u1ecb Hoa", "NAME"),
        ("93", "AGE"),
        ("Da Nang", "ADDRESS"),
        ("11/20", "DATE"),
        ("Tran Minh Khoa", "NAME"),
        ("714-555-0126", "PHONE"),
    ],
    {},
    "order city",
)
# 7 (no PHI)
item(
    "Is it ok to take Tylenol with my Eliquis? Also my Apple Watch keeps saying AFib at night. "
    "Should I do the Valsalva thing the ER showed me?",
    [],
    {},
    "brand epon",
)
# 8
item(
    "Endo e-consult reply (Dr. Farah Addison): pt's AM cortisol 2.1, consistent w/ primary "
    "adrenal insufficiency (Addison's). Start hydrocortisone 15/5. Sick-day rules given to pt "
    "and partner Mx. Jordan Kealoha-Smith by phone 11/14.",
    [("Farah Addison", "NAME"), ("Jordan Kealoha-Smith", "NAME"), ("11/14", "DATE")],
    {"Addison": 1},
    "epon",
)
# 9
item(
    "My son Will's asthma is worse since the weather changed. He will be 7 in March. Nurse "
    "Bridget's advice last time was to double the Flovent but I want to check. Will uses a "
    "spacer.",
    [("Will", "NAME"), ("March", "DATE"), ("Bridget", "NAME"), ("Will", "NAME")],
    {"will": 1},
    "word brand",
)
# 10
item(
    "Pastor Hunter from our church drove me home from the infusion on Monday and says I looked "
    "grey. Aunt Bea is staying with me this week. Is it normal to be this tired after Keytruda? "
    "- Dolores W.",
    [("Hunter", "NAME"), ("Bea", "NAME"), ("Dolores W.", "NAME")],
    {},
    "kin brand init anyone hdr",
)
# 11
item(
    "From: Mark Hendricks <mhendricks77@gmail.com>\nTo: Triage Inbox\nSent: Wed 11/12/2026 "
    "9:14 PM\nSubject: question abt my mom\n\nMom (Irene Hendricks) has a red streak going up "
    "her arm from the IV site. She was discharged from St. Vincent's on 11/10. Should she come "
    "back in?\nMark",
    [
        ("Mark Hendricks", "NAME"),
        ("mhendricks77@gmail.com", "EMAIL"),
        ("11/12/2026", "DATE"),
        ("Irene Hendricks", "NAME"),
        ("11/10", "DATE"),
        ("Mark", "NAME"),
    ],
    {},
    "hdr embed org kin",
)
# 12 (no PHI)
item(
    "Can I still take my Allegra and Zyrtec together? The Benadryl makes me too sleepy for "
    "work. Grass pollen is awful this year.",
    [],
    {},
    "brand",
)
# 13
item(
    "Salam, this is Khadija bint Yusuf al-Amin. My husband Omar al-Amin is diabetic and his "
    "foot wound smells bad since Saturday. Dr. al-Masri saw it last on 9 Nov. Our number "
    "313-555-0162.",
    [
        ("Khadija bint Yusuf al-Amin", "NAME"),
        ("Omar al-Amin", "NAME"),
        ("al-Masri", "NAME"),
        ("9 Nov", "DATE"),
        ("313-555-0162", "PHONE"),
    ],
    {},
    "part",
)
# 14
item(
    "Appointment change request from Pieter van der Merwe: his wife Annelies van der Merwe-de "
    "Vries will bring him on 2 December instead of 25 November. He is 91 and uses a wheelchair.",
    [
        ("Pieter van der Merwe", "NAME"),
        ("Annelies van der Merwe-de Vries", "NAME"),
        ("2 December", "DATE"),
        ("25 November", "DATE"),
        ("91", "AGE"),
    ],
    {},
    "part",
)
# 15
item(
    "S: Pt reports 3 loose stools/day since starting Ozempic.\nO: wt 102.4 kg, BP 128/76.\n"
    "A/P: GI side effects, reduce to 0.25 mg. D/w Dr. J. Okafor. RTC 4 wks.\n\u2014 JR",
    [("J. Okafor", "NAME"), ("JR", "NAME")],
    {},
    "init brand",
)
# 16
item(
    "Hi, Siobhan O'Neill here. My pharmacist Mr D'Souza said my new blood thinner clashes with "
    "the St John's wort I take for my mood. Do I have to stop it? Also please let Dr "
    "O'Neill-Barrett know.",
    [("Siobhan O'Neill", "NAME"), ("D'Souza", "NAME"), ("O'Neill-Barrett", "NAME")],
    {},
    "epon",
)
# 17
item(
    "Hello, my name is Nagy Zs\u00f3fia (Nagy is my family name). I had the mammogram at the "
    "Budapest clinic on 2026.10.03 and they found a spot. I have the CD, can I bring it to Dr "
    "Kov\u00e1cs?",
    [
        ("Nagy Zs\u00f3fia", "NAME"),
        ("Nagy", "NAME"),
        ("Budapest", "ADDRESS"),
        ("2026.10.03", "DATE"),
        ("Kov\u00e1cs", "NAME"),
    ],
    {},
    "order city org",
)
# 18 (no PHI)
item(
    "I read that Crohn's and Hashimoto's can run together. My gastro started me on Stelara and "
    "my thyroid is on Synthroid 88 mcg. Any reason to check my TSH sooner?",
    [],
    {},
    "epon brand",
)
# 19
item(
    "nana Win's been really off since her fall, grandpa says she keeps calling him Bert which was "
    "her brother's name. Her name is Winifred Ashby but everyone calls her Winnie. She's 96. "
    "Can someone call my mom Kayleigh on 0412 555 019?",
    [
        ("Win", "NAME"),
        ("Bert", "NAME"),
        ("Winifred Ashby", "NAME"),
        ("Winnie", "NAME"),
        ("96", "AGE"),
        ("Kayleigh", "NAME"),
        ("0412 555 019", "PHONE"),
    ],
    {},
    "kin nick anyone",
)
# 20
item(
    "Discharge meds reconciled with pharmacist Precious Dlamini. Follow-up:\n- Dr. Ioana "
    "Popescu (cardiology) 12/03\n- Dr. Ravi Shankar (nephrology) 12/10\n- home health: Sandy "
    "Brook RN, starting Monday\nPt's son Kwame to drive.",
    [
        ("Precious Dlamini", "NAME"),
        ("Ioana Popescu", "NAME"),
        ("12/03", "DATE"),
        ("Ravi Shankar", "NAME"),
        ("12/10", "DATE"),
        ("Sandy Brook", "NAME"),
        ("Kwame", "NAME"),
    ],
    {},
    "",
)
# 21
item(
    "my daughter Paris is flying back from Paris on the 28th to help me after the op. can she "
    "be listed as my contact? her cell is +33 6 12 34 56 78 until then.",
    [("Paris", "NAME"), ("Paris", "ADDRESS"), ("28th", "DATE"), ("+33 6 12 34 56 78", "PHONE")],
    {},
    "place city",
)
# 22
item(
    "Hospice visit 11/21: Sister Bernadette (pt's friend from the convent) present. Pt Agnes "
    "Mulcahy-Ryan comfortable on morphine SL, RR 14. Agnes' niece Fionnuala to call on-call RN "
    "overnight at 02 9555 0137 if distress.",
    [
        ("11/21", "DATE"),
        ("Bernadette", "NAME"),
        ("Agnes Mulcahy-Ryan", "NAME"),
        ("Agnes", "NAME"),
        ("Fionnuala", "NAME"),
        ("02 9555 0137", "PHONE"),
    ],
    {},
    "anyone",
)
# 23
item(
    "Rose here (Rose Delacroix-Baptiste). My BP rose to 170 this morning and my faith in these "
    "pills is gone lol. Dr Faith Oyelaran said to message if it was over 160.",
    [("Rose", "NAME"), ("Rose Delacroix-Baptiste", "NAME"), ("Faith Oyelaran", "NAME")],
    {"rose": 1, "faith": 1},
    "word",
)
# 24
item(
    "Med rec: Lyrica 75 mg BID, Valium 5 mg PRN, Allegra 180 mg daily. Pt Lyric Henderson "
    "confirms she stopped Celexa in Oct.",
    [("Lyric Henderson", "NAME"), ("Oct", "DATE")],
    {},
    "brand",
)
# 25
item(
    "Buenas tardes, soy Guadalupe de la Fuente Ibarra, mam\u00e1 de Santi (Santiago Ibarra de la "
    "Fuente, 4 a\u00f1os). Tiene fiebre de 39 desde el domingo. \u00bfPueden llamarme al 55 5555 "
    "0148? La Dra. Mendoza lo vio el 12 de noviembre.",
    [
        ("Guadalupe de la Fuente Ibarra", "NAME"),
        ("Santi", "NAME"),
        ("Santiago Ibarra de la Fuente", "NAME"),
        ("55 5555 0148", "PHONE"),
        ("Mendoza", "NAME"),
        ("12 de noviembre", "DATE"),
    ],
    {},
    "part nick",
)
# 26 (no PHI)
item(
    "Had the Epley maneuver done for vertigo, then a Holter monitor and a Doppler of my legs. "
    "Still dizzy when I roll over in bed. What next?",
    [],
    {},
    "epon",
)
# 27
item(
    "Got a bill for $340 for the flu shot?? Bill (my husband, William Tate Jr.) says it should "
    "be free under Medicare. Our account number is 00448213-7.",
    [("Bill", "NAME"), ("William Tate Jr.", "NAME"), ("00448213-7", "ID")],
    {"bill": 1},
    "word gen nick",
)
# 28
item(
    "Interpreter (Korean) used: Ms. Yoon Seo-yeon. Pt Choi Min-jun, 90 y/o, reports dark urine "
    "x3 days. Son Choi Dong-hyun at bedside.",
    [
        ("Yoon Seo-yeon", "NAME"),
        ("Choi Min-jun", "NAME"),
        ("90", "AGE"),
        ("Choi Dong-hyun", "NAME"),
    ],
    {},
    "order anyone",
)
# 29
item(
    "sorry to bother again but the cream dr brown gave me for the brown patches on my face is "
    "burning. stop or keep going? -jt",
    [("brown", "NAME"), ("jt", "NAME")],
    {"brown": 1},
    "word cap init",
)
# 30
item(
    "To: Triage Inbox\nCc: Dr. Amara Okeke; Nurse Kim; Tom\u00e1s Herrera-Vidal (son)\n"
    "Re: Dad's wound check\n\nDad's dressing fell off overnight. Tom\u00e1s can bring him in "
    "after 4. Pt DOB 1939-04-17.",
    [
        ("Amara Okeke", "NAME"),
        ("Kim", "NAME"),
        ("Tom\u00e1s Herrera-Vidal", "NAME"),
        ("Tom\u00e1s", "NAME"),
        ("1939-04-17", "DATE"),
    ],
    {},
    "hdr kin",
)
# 31
item(
    "This is Malee Jaidee writing for my husband Somchai. Since he started the Keppra he is very "
    "angry and can't sleep. Dr. Wongsakul said to write if side effects. Somchai's MRN is "
    "20-558417.",
    [
        ("Malee Jaidee", "NAME"),
        ("Somchai", "NAME"),
        ("Wongsakul", "NAME"),
        ("Somchai", "NAME"),
        ("20-558417", "MRN"),
    ],
    {},
    "brand",
)
# 32
item(
    "Phone note 4/28: May Kowalski called re: worsening hip pain. Advised ice, APAP. Will see "
    "Dr. Grant in May if not improved. - Tess, MA",
    [
        ("4/28", "DATE"),
        ("May Kowalski", "NAME"),
        ("Grant", "NAME"),
        ("May", "DATE"),
        ("Tess", "NAME"),
    ],
    {},
    "hdr",
)
# 33
item(
    "My insurance denied the MRI again, claim # 8827-115-0093. Policy is BCBS, member ID "
    "XJQ448201773. I've had this back pain since 8/14 and it's not getting better.",
    [("8827-115-0093", "ID"), ("XJQ448201773", "ID"), ("8/14", "DATE")],
    {},
    "",
)
# 34
item(
    "Good afternoon. My mother, Mrs Olufunmilayo Adebayo-Ogunleye (we call her Mama Funmi), is "
    "92 and arrived from Lagos on 16/11. Her legs are swollen from the flight. Please can Dr. "
    "Eze see her? - Tunde",
    [
        ("Olufunmilayo Adebayo-Ogunleye", "NAME"),
        ("Funmi", "NAME"),
        ("92", "AGE"),
        ("Lagos", "ADDRESS"),
        ("16/11", "DATE"),
        ("Eze", "NAME"),
        ("Tunde", "NAME"),
    ],
    {},
    "kin nick city hdr",
)
# 35 (no PHI)
item(
    "Neuro checks q2h. Glasgow Coma Scale 15, negative Babinski, pupils PERRL. Continue Keppra "
    "500 mg BID. Foley removed, voiding. Plan discussed with team.",
    [],
    {},
    "epon brand",
)
# 36
item(
    "I'm the carer for Mr. Hamish MacLeod at 14 Birch Crescent, Inverness IV2 3QR. Hamish has "
    "had no bowel movement for 5 days. His daughter Catriona asked me to message. - Joy (carer, "
    "Highland Home Care)",
    [
        ("Hamish MacLeod", "NAME"),
        ("14 Birch Crescent, Inverness IV2 3QR", "ADDRESS"),
        ("Hamish", "NAME"),
        ("Catriona", "NAME"),
        ("Joy", "NAME"),
    ],
    {},
    "anyone org hdr addr",
)
# 37
item(
    "Please add to my release of info: my husband Dev Malhotra, my sister-in-law Priyanka "
    "'Pinky' Malhotra, and my neighbour Mrs. Hughes. Patient: Anjali Malhotra, DOB 07/07/1981.",
    [
        ("Dev Malhotra", "NAME"),
        ("Priyanka 'Pinky' Malhotra", "NAME"),
        ("Hughes", "NAME"),
        ("Anjali Malhotra", "NAME"),
        ("07/07/1981", "DATE"),
    ],
    {},
    "nick anyone",
)
# 38
item(
    "Thyroid clinic. Pt seen by Dr. Keiko Hashimoto for f/u of Hashimoto's thyroiditis. TSH "
    "6.8. Increase levothyroxine to 100 mcg. Hashimoto to recheck in 6 wks.",
    [("Keiko Hashimoto", "NAME"), ("Hashimoto", "NAME", "Hashimoto to recheck")],
    {"Hashimoto": 1},
    "epon",
)
# 39
item(
    "Tanaka-san at the front desk told me to write here. My father, Haruki Yamamoto, 95, fell "
    "on 11/19 and now his hip hurts when he stands.",
    [("Tanaka", "NAME"), ("Haruki Yamamoto", "NAME"), ("95", "AGE"), ("11/19", "DATE")],
    {},
    "anyone",
)
# 40
item(
    "Namaste. Sharma-ji from the temple gave me your number. My mother-in-law Kamala Devi is "
    "having chest tightness when she climbs stairs, she is 78. Can I bring her today? My mobile "
    "98450 55512.",
    [("Sharma", "NAME"), ("Kamala Devi", "NAME"), ("98450 55512", "PHONE")],
    {},
    "anyone age",
)
# 41 (no PHI)
item(
    "May I ask if the Pfizer booster is ok after having Guillain-Barr\u00e9 years ago? I'd like "
    "to get it before winter. Will it interfere with my Humira?",
    [],
    {},
    "epon brand org",
)
# 42
item(
    "Cleared by anesthesia (Dr. Will Hunter). Hope Sandoval, pt's daughter, to sign consent as "
    "HCP. Hope aware of NPO after midnight.",
    [("Will Hunter", "NAME"), ("Hope Sandoval", "NAME"), ("Hope", "NAME")],
    {},
    "",
)
# 43
item(
    "back from the beach and my eyes are red and gritty, like sandy. Sandy (my partner) thinks "
    "its pink eye. i wear contacts. is it ok to wait till monday?",
    [("Sandy", "NAME")],
    {"sandy": 1},
    "word",
)
# 44
item(
    "June Okafor-Hale DOB June 3, 1958. I need my colonoscopy report from June 2021 sent to Dr. "
    "Lindqvist at Westside GI, fax 206-555-0199.",
    [
        ("June Okafor-Hale", "NAME"),
        ("June 3, 1958", "DATE"),
        ("June 2021", "DATE"),
        ("Lindqvist", "NAME"),
        ("206-555-0199", "PHONE"),
    ],
    {},
    "org contact",
)
# 45
item(
    "Social work note: Pt Desmond Price concerned about the price of his inhalers; enrolled in "
    "manufacturer assistance. Wife Sharon Price to bring income docs 11/26. Call SW Ngozi at "
    "x4412.",
    [
        ("Desmond Price", "NAME"),
        ("Sharon Price", "NAME"),
        ("11/26", "DATE"),
        ("Ngozi", "NAME"),
        ("x4412", "PHONE"),
    ],
    {"price": 1},
    "word contact",
)
# 46
item(
    "Hello, my grandson Carter (9) got stung by a bee at practice and Coach Bryce said his lip "
    "swelled up. he has an EpiPen from Dr Young but didnt need it. should we still come in?",
    [("Carter", "NAME"), ("Bryce", "NAME"), ("Young", "NAME")],
    {},
    "brand anyone",
)
# 47 (no PHI)
item(
    "Feeling really low since the move, and the Grief Support group at Sunrise Centre is full. "
    "Is there a Mental Health nurse I can talk to? I was on Prozac and Wellbutrin before. Not "
    "in danger, just sad.",
    [],
    {},
    "brand org",
)
# 48
item(
    "hi dr chen this is li xiaoming's mom. xiaoming has had diarrhea 6x today since eating at "
    "grandma's. he is 5. his sister mei is sick too. can we get an appt tmr?",
    [("chen", "NAME"), ("li xiaoming", "NAME"), ("xiaoming", "NAME"), ("mei", "NAME")],
    {},
    "cap kin order hdr",
)
# 49
item(
    "FAX COVER\nTO: DR. HENRIK VAN DEN BERG   FAX: (312) 555-0175\nFROM: SUNNYSIDE PHARMACY, "
    "RPH ALI HASSAN-MOHAMUD\nRE: PT ABDI, FARHIYA   DOB 03/15/1990\nRX# 7730418 - DOSE "
    "CLARIFICATION, LEVETIRACETAM",
    [
        ("HENRIK VAN DEN BERG", "NAME"),
        ("(312) 555-0175", "PHONE"),
        ("ALI HASSAN-MOHAMUD", "NAME"),
        ("ABDI, FARHIYA", "NAME"),
        ("03/15/1990", "DATE"),
        ("7730418", "ID"),
    ],
    {},
    "cap hdr order part org contact",
)
# 50
item(
    "Hi it's Niamh Nic Giolla Ph\u00e1draig (the long name lol, Niamh Fitzpatrick on the old "
    "chart). The physio Eoin said to ask about a knee brace.",
    [("Niamh Nic Giolla Ph\u00e1draig", "NAME"), ("Niamh Fitzpatrick", "NAME"), ("Eoin", "NAME")],
    {},
    "part",
)
# 51 (no PHI)
item(
    "I may need a new Mirena soon, mine is nearly out of date. Does it need a Pap smear first? "
    "Also we had an accident, is ella or Plan B better? And can I get the Hep B shot at the "
    "same visit?",
    [],
    {},
    "brand epon",
)
# 52
item(
    "Sports clinic: 16 y/o seen w/ mother after concussion at Friday's game. Coach Ruiz\u2019s "
    "sideline notes: LOC ~10 sec. Pt Mateo Ruiz-Alvarado (no relation to coach) cleared for "
    "school 11/24, no sport until SCAT normal.",
    [("Ruiz", "NAME"), ("Mateo Ruiz-Alvarado", "NAME"), ("11/24", "DATE")],
    {},
    "anyone",
)
# 53
item(
    "Selam, I am Tigist Haile Mariam. My son Dawit (Dawit Tesfaye) has the asthma pump from Dr. "
    "Bekele but it is empty. Pharmacy is the CVS on Grant Ave. Thank you. Tigist",
    [
        ("Tigist Haile Mariam", "NAME"),
        ("Dawit", "NAME"),
        ("Dawit Tesfaye", "NAME"),
        ("Bekele", "NAME"),
        ("Grant Ave", "ADDRESS"),
        ("Tigist", "NAME"),
    ],
    {},
    "place org hdr",
)
# 54
item(
    "Case conf: Mrs. Beaumont-Ng (pt) wants full code; her son Leo Beaumont-Ng disagrees. "
    "Beaumont-Ng family meeting with Dr. Osei on 12/01. Mrs Beaumont-Ng is 97.",
    [
        ("Beaumont-Ng", "NAME"),
        ("Leo Beaumont-Ng", "NAME"),
        ("Beaumont-Ng", "NAME"),
        ("Osei", "NAME"),
        ("12/01", "DATE"),
        ("Beaumont-Ng", "NAME"),
        ("97", "AGE"),
    ],
    {},
    "fam",
)
# 55
item(
    "I can't log in to https://portal.mercyvalley.org, it says my account (username "
    "kpatterson61) is locked. Kevin Patterson, MRN 000778415.",
    [
        ("https://portal.mercyvalley.org", "URL"),
        ("kpatterson61", "ID"),
        ("Kevin Patterson", "NAME"),
        ("000778415", "MRN"),
    ],
    {},
    "user contact embed",
)
# 56
item(
    "Started Farxiga on the 10th and since then I pee a lot and feel thirsty. Sugar 14 this "
    "morning. Is that the medicine or my sugar? I set Alexa to remind me about the Metformin "
    "and Januvia.",
    [("10th", "DATE")],
    {},
    "brand",
)
# 57
item(
    "my husband Hunter was out deer hunting sat and found a tick on his leg today, bullseye rash "
    "around it. Hunter's allergic to doxycycline (hives). what else can he take? -Kelsey Boone",
    [("Hunter", "NAME"), ("Hunter", "NAME"), ("Kelsey Boone", "NAME")],
    {},
    "hdr",
)
# 58
item(
    "Outside records request: fax to (415) 555-0166 attn HIM. Dates of service 10/02/2026\u2013"
    "10/06/2026. Acct # 7781-00235.",
    [
        ("(415) 555-0166", "PHONE"),
        ("10/02/2026", "DATE"),
        ("10/06/2026", "DATE"),
        ("7781-00235", "ID"),
    ],
    {},
    "contact",
)
# 59
item(
    "Please send the new CPAP mask to 2291 Willow Bend Rd, Apt 3C, Durham NC 27713. The old one "
    "cracked on 11/02. Device serial on the machine says E1D2-44731.",
    [
        ("2291 Willow Bend Rd, Apt 3C, Durham NC 27713", "ADDRESS"),
        ("11/02", "DATE"),
        ("E1D2-44731", "ID"),
    ],
    {},
    "addr",
)
# 60
item(
    "Dear Dr. S\u00f8rensen,\nThank you for seeing me on 17 November. The new eye drops "
    "(Xalatan) sting a lot. Should I keep using them?\nKind regards,\nBirgitte Ravn-Olsen",
    [("S\u00f8rensen", "NAME"), ("17 November", "DATE"), ("Birgitte Ravn-Olsen", "NAME")],
    {},
    "hdr brand",
)
# 61
item(
    "Pt goes by 'Bubba' (legal name Ernest Thibodeaux III). Bubba reports chest pressure 4/10 "
    "since 0500. ECG done, given ASA 324. Wife Marie-Claire at bedside.",
    [
        ("Bubba", "NAME"),
        ("Ernest Thibodeaux III", "NAME"),
        ("Bubba", "NAME"),
        ("Marie-Claire", "NAME"),
    ],
    {},
    "nick gen",
)
# 62
item(
    "Hi po, this is Maria Theresa dela Cruz-Santos, granddaughter of Lola Corazon. Lola has "
    "fever since yesterday and her sugar is 320. Tita Baby is with her now, number 0917 555 "
    "0193.",
    [
        ("Maria Theresa dela Cruz-Santos", "NAME"),
        ("Corazon", "NAME"),
        ("Baby", "NAME"),
        ("0917 555 0193", "PHONE"),
    ],
    {},
    "kin part nick",
)
# 63 (no PHI)
item(
    "Is the Hope Centre support group open to carers as well? My insurance Grace Period ends "
    "soon so I want to sort the lupus meds first. Still taking Plaquenil.",
    [],
    {},
    "org brand",
)
# 64
item(
    "Llamada: Sra. Alvarez's daughter Roc\u00edo called 11/23 \u2014 Sra. Alvarez (Carmen "
    "Alvarez Ortiz) is 91 and not eating since the new Aricept dose.",
    [
        ("Alvarez", "NAME"),
        ("Roc\u00edo", "NAME"),
        ("11/23", "DATE"),
        ("Alvarez", "NAME"),
        ("Carmen Alvarez Ortiz", "NAME"),
        ("91", "AGE"),
    ],
    {},
    "brand",
)
# 65
item(
    "Hi this is Will's dad. Will (William Okwuosa, 14) came off his bike and we will need a note "
    "for school. His wrist is swollen. Can Dr Mehta see him? my number 832-555-0117 - Chike",
    [
        ("Will", "NAME"),
        ("Will", "NAME"),
        ("William Okwuosa", "NAME"),
        ("Mehta", "NAME"),
        ("832-555-0117", "PHONE"),
        ("Chike", "NAME"),
    ],
    {"will": 1},
    "word nick hdr",
)
# 66
item(
    "r/c pt re K 5.9 from this am, advised ED now. pt agreed, dtr Lucy driving.\n-a.b. rn",
    [("Lucy", "NAME"), ("a.b.", "NAME")],
    {},
    "init cap",
)
# 67
item(
    "My neighbours, the Kowalczyks, saw me fall and Mr K says I blacked out for a few seconds. "
    "I'm fine now but a bit bruised. Do I need to be seen? I take Eliquis.",
    [("Kowalczyks", "NAME"), ("K", "NAME")],
    {},
    "fam init anyone brand",
)
# 68
item(
    "Mum is 99 and has had diarrhoea since Tuesday the 18th. The care home want to know if she "
    "should stop her Movicol.",
    [("99", "AGE"), ("18th", "DATE")],
    {},
    "kin brand",
)
# 69
item(
    "Billing: pt's SSN on file 412-55-8091 doesn't match card (ends 6621). Member ID UHC "
    "9904418273. Pt notified via portal 11/20.",
    [("412-55-8091", "SSN"), ("6621", "SSN"), ("9904418273", "ID"), ("11/20", "DATE")],
    {},
    "ssn4",
)
# 70
item(
    "Talofa, it's Losa Faleolo. My aunty Mele is staying with us in \u014ctara and her foot "
    "ulcer is black at the edges. She is type 2. Our GP is Dr Sione Vaifale but he's away until "
    "the 5th.",
    [
        ("Losa Faleolo", "NAME"),
        ("Mele", "NAME"),
        ("\u014ctara", "ADDRESS"),
        ("Sione Vaifale", "NAME"),
        ("5th", "DATE"),
    ],
    {},
    "kin city",
)
# 71 (no PHI)
item(
    "I have brown discharge after the Depo shot and some spotting. Is that normal? Also I read "
    "about Sheehan's syndrome online and got scared.",
    [],
    {},
    "brand epon",
)
# 72
item(
    "Pharmacist note (Grant Liu, PharmD): interchanged Advair to Wixela per formulary. Pt "
    "Faith-Ann Morrison informed. Prescriber Dr. Abimbola Cole notified by fax 11/18.",
    [
        ("Grant Liu", "NAME"),
        ("Faith-Ann Morrison", "NAME"),
        ("Abimbola Cole", "NAME"),
        ("11/18", "DATE"),
    ],
    {},
    "brand",
)
# 73
item(
    "Dr. D\u2019Angelo said my A1c is 9.4 and I need to start insulin. I'm scared of needles. "
    "Can Nurse Marguerite show me again this week? - N\u2019Golo Diarra",
    [("D\u2019Angelo", "NAME"), ("Marguerite", "NAME"), ("N\u2019Golo Diarra", "NAME")],
    {},
    "hdr",
)
# 74
item(
    "Uploaded my glucose log to the portal and also here: https://docs.example.net/d/7Kq2x9 . If "
    "that doesn't open, email me at sugarlog.2019@yahoo.com and I'll send the PDF.",
    [("https://docs.example.net/d/7Kq2x9", "URL"), ("sugarlog.2019@yahoo.com", "EMAIL")],
    {},
    "",
)
# 75
item(
    "Interpreter: Malay. Pt Ahmad Faizal bin Abdul Rahman, 58, here with wife Siti Aminah binti "
    "Ismail. C/o epigastric pain, melena x2 since 22/11. Hb 8.1.",
    [
        ("Ahmad Faizal bin Abdul Rahman", "NAME"),
        ("Siti Aminah binti Ismail", "NAME"),
        ("22/11", "DATE"),
    ],
    {},
    "part age",
)
# 76
item(
    "People who can pick up my meds: 1) my son Jacob Levi 2) my daughter-in-law Esther 3) Mrs. "
    "Goldberg next door. No one else please. - Ruth Levi, 90",
    [
        ("Jacob Levi", "NAME"),
        ("Esther", "NAME"),
        ("Goldberg", "NAME"),
        ("Ruth Levi", "NAME"),
        ("90", "AGE"),
    ],
    {},
    "anyone hdr",
)
# 77 (no PHI)
item(
    "Reminder for pts on warfarin: keep greens steady, report Cushing-type weight gain on "
    "steroids, and keep the Tuesday INR slots. Raynaud's and Sj\u00f6gren's pts: gloves in "
    "winter.",
    [],
    {},
    "epon",
)
# 78
item(
    "Hello, I am Parisa Hosseini-Tabrizi. Parisa, like Paris with an a :) My cardiologist Dr. "
    "Konstantinos Papadakis wants a stress test but I can't get off work before December 9.",
    [
        ("Parisa Hosseini-Tabrizi", "NAME"),
        ("Parisa", "NAME"),
        ("Konstantinos Papadakis", "NAME"),
        ("December 9", "DATE"),
    ],
    {},
    "meta",
)
# 79
item(
    "ADMISSION H&P\nName: WOJCIECHOWSKI, Halina   MRN 0092-44817   Age: 102\nPCP: Dr. Tomasz "
    "Nowak\nHPI: 102 y/o F from nursing home w/ fever, confusion. Granddaughter Kasia is "
    "contact: 773-555-0140.",
    [
        ("WOJCIECHOWSKI, Halina", "NAME"),
        ("0092-44817", "MRN"),
        ("102", "AGE"),
        ("Tomasz Nowak", "NAME"),
        ("102", "AGE"),
        ("Kasia", "NAME"),
        ("773-555-0140", "PHONE"),
    ],
    {},
    "order cap hdr",
)
# 80
item(
    "Dr Mark said to mark the edge of the redness with a pen and it's gone past the line now. "
    "Mark also said to call if it spread. Hi, I'm Delphine (Delphine Rousseau-Mbeki).",
    [("Mark", "NAME"), ("Mark", "NAME"), ("Delphine", "NAME"), ("Delphine Rousseau-Mbeki", "NAME")],
    {"mark": 1},
    "word",
)
# 81
item(
    "I got a parking ticket in your lot while in the ER on 11/09, plate 8XYR 227. Can the ER "
    "note prove I was there? Account 55-019283.",
    [("11/09", "DATE"), ("8XYR 227", "ID"), ("55-019283", "ID")],
    {},
    "",
)
# 82
item(
    "My daughter is only young (19) but her periods are so heavy she's dizzy. Dr. Young said "
    "iron tablets but they make her sick. Can we try something else?",
    [("Young", "NAME")],
    {"young": 1},
    "word",
)
# 83
item(
    "Home visit 11/17 with carer Bronwyn Pryce. Pt's wife (Gwen) reports he forgets the "
    "Aricept. Dosette box set up. Next visit Nurse Llewellyn 11/24.",
    [
        ("11/17", "DATE"),
        ("Bronwyn Pryce", "NAME"),
        ("Gwen", "NAME"),
        ("Llewellyn", "NAME"),
        ("11/24", "DATE"),
    ],
    {},
    "anyone brand",
)
# 84
item(
    "DOB 1971-12-05 for verification. I changed my number, it's now (646) 555-0124. Please "
    "update before my stress test next Friday.",
    [("1971-12-05", "DATE"), ("(646) 555-0124", "PHONE")],
    {},
    "",
)
# 85
item(
    "Habari, it's Wanjiru Ng'ang'a. My husband Kamau Ng'ang'a has the BP machine reading "
    "185/110 now and a headache. He stopped the amlodipine last week. Should he go to the ER?",
    [("Wanjiru Ng'ang'a", "NAME"), ("Kamau Ng'ang'a", "NAME")],
    {},
    "",
)
# 86
item(
    "---------- Forwarded message ---------\nFrom: Xiomara Quintero "
    "<xquintero@lakeshorefamilymed.com>\nDate: Mon, Nov 17, 2026 at 4:52 PM\nTo: Dr. Benedikt "
    "Aigner\n\nBen \u2014 your pt Mr. Dubois called again about the Cialis prior auth. Can you "
    "sign?",
    [
        ("Xiomara Quintero", "NAME"),
        ("xquintero@lakeshorefamilymed.com", "EMAIL"),
        ("Nov 17, 2026", "DATE"),
        ("Benedikt Aigner", "NAME"),
        ("Ben", "NAME"),
        ("Dubois", "NAME"),
    ],
    {},
    "hdr embed nick brand contact",
)
# 87
item(
    "we said grace at dinner and then Mom (Grace Whitfield) just slumped in her chair for a "
    "minute, no response, then came back. she's 88. Is that a stroke? should we go now?",
    [("Grace Whitfield", "NAME")],
    {"grace": 1},
    "word kin age",
)
# 88
item(
    "I'm visiting family at 88 Rue des Lilas, 69003 Lyon until the 30th. If the biopsy result "
    "comes back, can you call the French number +33 4 72 55 01 92?",
    [("88 Rue des Lilas, 69003 Lyon", "ADDRESS"), ("30th", "DATE"), ("+33 4 72 55 01 92", "PHONE")],
    {},
    "addr",
)
# 89
item(
    "Pt's sister (Sr. Mary Immaculata, a nun) and brother Ignatius at bedside. Consent by pt "
    "herself. Procedure 11/25 w/ Dr. Oyelowo.",
    [("Mary Immaculata", "NAME"), ("Ignatius", "NAME"), ("11/25", "DATE"), ("Oyelowo", "NAME")],
    {},
    "kin",
)
# 90
item(
    "I'm Hunter Crowe, I have Crohn's and I'm on Humira. Since Sunday I've had 8 bloody stools a "
    "day. Dr. Bashir's nurse Kiri said to message.",
    [("Hunter Crowe", "NAME"), ("Bashir", "NAME"), ("Kiri", "NAME")],
    {},
    "epon brand",
)
# 91
item(
    "Re: MRN 44-918-302 \u2014 results from 11/15 still not showing in my portal. It's been 10 "
    "days.",
    [("44-918-302", "MRN"), ("11/15", "DATE")],
    {},
    "",
)
# 92
item(
    "Hi Dr. Bianchi, Nonna (Giuseppina Russo) is 94 and since Saturday she won't eat. Nonna "
    "keeps asking for Enzo, my late grandpa. I'm Francesca, her granddaughter, 347-555-0152.",
    [
        ("Bianchi", "NAME"),
        ("Giuseppina Russo", "NAME"),
        ("94", "AGE"),
        ("Enzo", "NAME"),
        ("Francesca", "NAME"),
        ("347-555-0152", "PHONE"),
    ],
    {},
    "kin anyone hdr",
)
# 93
item(
    "Cardiology consult for K. Thirunavukkarasu (pt prefers 'Mr. Arasu'). Echo EF 35%. D/w Dr. "
    "R. Subramaniam. Family (son Arun) updated 11/20.",
    [
        ("K. Thirunavukkarasu", "NAME"),
        ("Arasu", "NAME"),
        ("R. Subramaniam", "NAME"),
        ("Arun", "NAME"),
        ("11/20", "DATE"),
    ],
    {},
    "init nick",
)
# 94
item(
    "My insulin pump (SN PB-4471-99812) alarmed 'no delivery' at 3am on Nov 22. Call me on "
    "07700 900 284, I'm changing the site now.",
    [("PB-4471-99812", "ID"), ("Nov 22", "DATE"), ("07700 900 284", "PHONE")],
    {},
    "",
)
# 95
item(
    "My daughter Allegra is 12 and she took two of my Allegra by mistake this morning (180 mg "
    "each). She seems ok. Do we need to do anything? - Ilse",
    [("Allegra", "NAME"), ("Ilse", "NAME")],
    {"Allegra": 1},
    "brand hdr",
)
# 96
item(
    "Ward 7 handover: Sister Okonjo in charge tonight. Bed 4 (Mr. Fairweather) desaturated to "
    "88% at 01:30, now on 2L. Son Callum to be called at 07:00 on 07911 555 318.",
    [("Okonjo", "NAME"), ("Fairweather", "NAME"), ("Callum", "NAME"), ("07911 555 318", "PHONE")],
    {},
    "",
)
# 97
item(
    "Booster given 2026-10-30 at the Walgreens, next dose due 30 Nov. Can I get it early because "
    "I travel on the 29th?",
    [("2026-10-30", "DATE"), ("30 Nov", "DATE"), ("29th", "DATE")],
    {},
    "org",
)
# 98
item(
    "Hi, Ah Kow's daughter here (Tan Ah Kow, 91). He had a fall yesterday at Toa Payoh market. "
    "My brother Jun Jie is bringing him to A&E. Can Dr. Lim see him after? - Wei Ling",
    [
        ("Ah Kow", "NAME"),
        ("Tan Ah Kow", "NAME"),
        ("91", "AGE"),
        ("Toa Payoh", "ADDRESS"),
        ("Jun Jie", "NAME"),
        ("Lim", "NAME"),
        ("Wei Ling", "NAME"),
    ],
    {},
    "order city hdr",
)
# 99
item(
    "Pls call pt re: abn Pap, needs colpo. Pt prefers text 929-555-0137. Thx, J.",
    [("929-555-0137", "PHONE"), ("J.", "NAME")],
    {},
    "init epon hdr",
)
# 100
item(
    "my email changed to r.k.bhatt_1959@hotmail.co.uk \u2014 same DOB 22/03/1959. please send "
    "the sleep study letter there.",
    [("r.k.bhatt_1959@hotmail.co.uk", "EMAIL"), ("22/03/1959", "DATE")],
    {},
    "embed",
)


# ---------------------------------------------------------------------------------------------
def _bounded(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to a letter/digit on either word-like edge."""
    sub = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and sub[0].isalnum()) and not (
        after.isalnum() and sub[-1].isalnum()
    )


def _bounded_finds(
    text: str, sub: str, lo: int = 0, hi: int | None = None, ci: bool = False
) -> list[int]:
    hi = len(text) if hi is None else hi
    hay, needle = (text.lower(), sub.lower()) if ci else (text, sub)
    out, pos = [], lo
    while True:
        k = hay.find(needle, pos, hi)
        if k < 0:
            return out
        if _bounded(text, k, k + len(sub)):
            out.append(k)
        pos = k + 1


def locate(text: str, spans: list[tuple], idx: int) -> list[dict]:
    out, cursor = [], 0
    for sp in spans:
        sub, label = sp[0], sp[1]
        ctx = sp[2] if len(sp) > 2 else None
        if label not in LABELS:
            raise SystemExit(f"item {idx}: unknown label {label}")
        if not sub or sub != sub.strip():
            raise SystemExit(f"item {idx}: span {sub!r} is empty or has edge whitespace")
        if ctx is None:
            hits = _bounded_finds(text, sub, cursor)
            if not hits:
                raise SystemExit(f"item {idx}: {sub!r} not found after offset {cursor}")
            start = hits[0]
        else:
            c = text.find(ctx, cursor)
            if c < 0:
                raise SystemExit(f"item {idx}: context {ctx!r} not found after offset {cursor}")
            inner = _bounded_finds(text, sub, c, c + len(ctx))
            if len(inner) != 1:
                raise SystemExit(f"item {idx}: {sub!r} not exactly once in context {ctx!r}")
            start = inner[0]
        end = start + len(sub)
        assert text[start:end] == sub
        out.append({"start": start, "end": end, "label": label})
        cursor = end
    for a, b in zip(out, out[1:], strict=False):  # noqa: RUF007
        if b["start"] < a["end"]:
            raise SystemExit(f"item {idx}: overlapping spans {a} {b}")
    return out


def check_occurrences(text: str, located: list[dict], exempt: dict[str, int], idx: int) -> None:
    """Every occurrence of a labelled string / NAME token is covered, or exactly as exempted."""

    def covered(s: int, e: int) -> bool:
        return any(o["start"] <= s and e <= o["end"] for o in located)

    needles: set[str] = set()
    for s in located:
        sub = text[s["start"] : s["end"]]
        needles.add(sub.lower())
        if s["label"] == "NAME":
            for tok in re.split(r"[^\w]+", sub):
                if len(tok) >= 2 and not tok.isdigit() and tok.lower() not in PARTICLES:
                    needles.add(tok.lower())
    ex = {k.lower(): v for k, v in exempt.items()}
    for k in ex:
        if k not in needles:
            raise SystemExit(f"item {idx}: exemption {k!r} is not a labelled string or name token")
    for needle in sorted(needles):
        unl = [m for m in _bounded_finds(text, needle, ci=True) if not covered(m, m + len(needle))]
        if len(unl) != ex.get(needle, 0):
            raise SystemExit(
                f"item {idx}: {needle!r} has {len(unl)} unlabelled occurrence(s) at {unl}, "
                f"expected {ex.get(needle, 0)}"
            )


# ---------------------------------------------------------------------------------------------
# Independent field-by-field validation of a decoded item against the phi item model.
TOP_KEYS = {"id", "category", "added", "source", "text", "spans"}
SPAN_KEYS = {"start", "end", "label"}


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def validate_item(r: object, where: str) -> None:
    def fail(msg: str) -> None:
        raise SystemExit(f"{where}: {msg}")

    if not isinstance(r, dict):
        fail("item is not a JSON object")
    if set(r) != TOP_KEYS:
        fail(f"keys {sorted(r)} != {sorted(TOP_KEYS)}")
    if not isinstance(r["id"], str) or not ID_RE.match(r["id"]):
        fail(f"bad id {r['id']!r}")
    if r["category"] != "phi":
        fail("category must be 'phi'")
    if not isinstance(r["added"], str):
        fail("added must be an ISO date string")
    try:
        if dt.date.fromisoformat(r["added"]).isoformat() != r["added"]:
            fail("added is not canonical ISO")
    except ValueError:
        fail(f"added {r['added']!r} is not an ISO date")
    if not isinstance(r["source"], str) or not r["source"]:
        fail("source must be a non-empty string")
    text = r["text"]
    if not isinstance(text, str) or not text:
        fail("text must be a non-empty string")
    if not isinstance(r["spans"], list):
        fail("spans must be a list")
    prev_end = -1
    for i, s in enumerate(r["spans"]):
        if not isinstance(s, dict) or set(s) != SPAN_KEYS:
            fail(f"spans[{i}] must have exactly {sorted(SPAN_KEYS)}")
        st, en, lab = s["start"], s["end"], s["label"]
        if not (_is_int(st) and _is_int(en)):
            fail(f"spans[{i}] start/end must be integers")
        if st < 0 or en <= 0 or en <= st:
            fail(f"spans[{i}] bad range {st}-{en}")
        if en > len(text):
            fail(f"spans[{i}] end {en} beyond text length {len(text)}")
        if not isinstance(lab, str) or not LABEL_RE.match(lab) or lab not in LABELS:
            fail(f"spans[{i}] bad label {lab!r}")
        frag = text[st:en]
        if frag != frag.strip():
            fail(f"spans[{i}] {frag!r} has edge whitespace")
        if st < prev_end:
            fail(f"spans[{i}] overlaps or is out of order")
        prev_end = en


# ---------------------------------------------------------------------------------------------
TITLE_RE = re.compile(
    r"(?:\b(?:dr|dra|mr|mrs|ms|mx|sra|sr|nurse|sister|pastor|coach|aunt|tita|lola|mama|rph|"
    r"pharmacist|nana|med)\.?)\s+$",
    re.I,
)
SUFFIX_RE = re.compile(r"^-(?:san|ji)\b")
CRED_RE = re.compile(r"^,?\s*(?:RN|MD|PharmD|PHARMD|PA-C|MA)\b", re.I)
MONTH_ALONE_RE = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.I
)
DAY_ALONE_RE = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
WEEKDAY_RE = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|fri|sat|sun)[a-z]*\b", re.I)
TIME_RE = re.compile(r"\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\d{1,2}:\d{2}", re.I)

CONVENTIONS: list[tuple[str, str]] = [
    (
        "title",
        "Titles, honorifics and role words before a name (Dr, Dra., Mr/Mrs/Ms/Mx, Sra., "
        "Sr./Sister, Nurse, Pastor, Coach, RPH, pharmacist, Aunt/Nana/Tita/Lola/Mama) and "
        "honorific suffixes (-san, -ji) are outside the NAME span.",
    ),
    (
        "cred",
        "Post-nominal credentials (RN, MD, PharmD, PA-C, MA) and the comma before them are "
        "outside the NAME span.",
    ),
    (
        "poss",
        "Possessive 's / \u2019s, and the bare apostrophe after a name ending in s "
        "(Agnes'), are outside the NAME span.",
    ),
    (
        "repeat",
        "Every mention is its own span: a full name and a later first name, surname or "
        "nickname of the same person are all labelled.",
    ),
    (
        "word",
        "When a labelled name is also an ordinary word in the same message (hope, will, "
        "bill, rose, faith, grace, mark, sandy, young, brown, price), only the name use is "
        "labelled; capitalisation is not the test, reference to a person is.",
    ),
    (
        "epon",
        "Eponymous diseases, signs, tests, scales, procedures and herbs (Parkinson's, "
        "Addison's, Hashimoto's, Crohn's, Sheehan's, Raynaud's, Sj\u00f6gren's, "
        "Guillain-Barr\u00e9, Cushing, Babinski, Glasgow Coma Scale, Epley, Holter, "
        "Doppler, Valsalva, Foley, Pap, St John's wort) are not PHI, including when the "
        "same surname is a labelled clinician's name in the same message.",
    ),
    (
        "brand",
        "Brand drugs, devices, products and voice assistants are not PHI even when they "
        "look like given names (Allegra, Lyrica, Valium, Keppra, Aricept, Alexa, ella, "
        "Mirena, Depo, EpiPen, Apple Watch); a person with the same name is labelled.",
    ),
    (
        "org",
        "Organisation, pharmacy, clinic and hospital names (Walgreens, CVS, St. Vincent's, "
        "Westside GI, Highland Home Care, Hope Centre, Pfizer) are not labelled; a street or "
        "city named with them is still ADDRESS (Carter St, Grant Ave, Budapest).",
    ),
    (
        "place",
        "A name-like word that is part of a street or city name is ADDRESS, not NAME "
        "(Carter St, Grant Ave, Paris the city vs. Paris the daughter).",
    ),
    (
        "city",
        "A city, town, suburb or neighbourhood named on its own (Da Nang, Budapest, Lagos, "
        "Paris, \u014ctara, Toa Payoh) is ADDRESS (geographic subdivision smaller than a "
        "state); a country or state alone is not.",
    ),
    (
        "kin",
        "Kin words alone (mum, mom, dad, nana, grandpa, grandma, Nonna, Lola) are not names; "
        "used as a title before a name (nana Win, Aunt Bea, Lola Corazon, Tita Baby, Mama "
        "Funmi) they stay outside the span like Dr.",
    ),
    (
        "nick",
        "Nicknames, short forms and pet names of people (Bubba, Winnie, Funmi, Santi, Ben, "
        "Baby, Bill, Will, 'Mr. Arasu') are NAME; a quoted nickname inside a full name is one "
        "span with it (Priyanka 'Pinky' Malhotra).",
    ),
    (
        "init",
        "Initials are NAME and include their periods (J., a.b., Dolores W., J. Okafor); "
        "bare initials (JR, jt, dk, Mr K) are NAME even in lower case or in a sign-off.",
    ),
    ("gen", "Generational suffixes (Jr., III) are part of the name and inside the span."),
    (
        "order",
        "Family-name-first and 'SURNAME, Given' forms are one span including the comma "
        "(NGUYEN-style headers, Nagy Zs\u00f3fia, Choi Min-jun, Tan Ah Kow).",
    ),
    (
        "part",
        "Name particles and connectors (van der, van den, de la, dela, bin/binti/bint, "
        "al-, Nic) are inside the span.",
    ),
    ("cap", "ALL-CAPS and all-lower-case names are labelled exactly as written."),
    (
        "hdr",
        "Names in greetings, sign-offs, email headers (From/To/Cc), fax covers and chart "
        "headers are labelled like names in running text.",
    ),
    (
        "fam",
        "A surname used for a family ('the Kowalczyks', 'Beaumont-Ng family') is NAME; a "
        "plural -s stays inside the span because it is one word.",
    ),
    (
        "anyone",
        "Bystanders are labelled like patients: neighbours, carers, interpreters, "
        "front-desk and pharmacy staff, coaches, clergy, and deceased relatives.",
    ),
    (
        "contact",
        "Phone/fax numbers, extensions, emails and URLs are labelled whoever owns them "
        "(clinic fax, pharmacy call-back line, staff extension x4412, portal URL): the "
        "safer call.",
    ),
    ("user", "A portal username is an account identifier: ID."),
    (
        "embed",
        "A name inside an email address or URL is covered by that EMAIL/URL span only (no "
        "nested NAME).",
    ),
    ("ssn4", "The last four digits of an SSN are labelled SSN."),
    (
        "meta",
        'A name-like word that refers to no person or place of the individual ("like '
        'Paris with an a") is not labelled.',
    ),
    (
        "datepart",
        "A month or month abbreviation alone (in March, in Oct, in May) and a day of the "
        "month alone (the 28th, the 5th) tied to the individual are DATE (Safe Harbor "
        "removes every date element except the year).",
    ),
    (
        "dateedge",
        "Weekdays and clock times next to a date stay outside the DATE span (Wed "
        "11/12/2026 9:14 PM, Mon, Nov 17, 2026 at 4:52 PM, Tuesday the 18th).",
    ),
    (
        "addr",
        "A postal address is one contiguous ADDRESS span from house/flat number to "
        "postcode, including a state abbreviation that sits inside it (Durham NC 27713); a "
        "country after it would stay outside.",
    ),
    (
        "age",
        "AGE is the number only, over 89 only, every occurrence (Age: 102 and 102 y/o); "
        "ages of 89 and under (88, 78, 58) are not labelled.",
    ),
]


def detect(text: str, located: list[dict], tags: set[str], exempt: dict[str, int]) -> set[str]:
    found = set(tags)
    names = [text[s["start"] : s["end"]] for s in located if s["label"] == "NAME"]
    for s in located:
        frag = text[s["start"] : s["end"]]
        before, after = text[: s["start"]], text[s["end"] :]
        if s["label"] == "NAME":
            if TITLE_RE.search(before) or SUFFIX_RE.match(after):
                found.add("title")
            if CRED_RE.match(after):
                found.add("cred")
            if after[:2] in ("'s", "\u2019s") or (
                frag.endswith("s") and after[:1] in "'\u2019" and after[1:2] in (" ", "")
            ):
                found.add("poss")
            if re.search(r"\b(?:Jr\.|III)$", frag):  # noqa: SIM102
                if "gen" not in tags:
                    raise SystemExit(f"gen tag missing for {frag!r}")
        if s["label"] == "DATE":
            if MONTH_ALONE_RE.match(frag) or DAY_ALONE_RE.match(frag):
                found.add("datepart")
            if (
                WEEKDAY_RE.search(before[-12:])
                or WEEKDAY_RE.search(after[:12])
                or TIME_RE.search(before[-12:])
                or TIME_RE.search(after[:12])
            ):
                found.add("dateedge")
        if s["label"] == "AGE":
            found.add("age")
    toks = collections.Counter()
    for n in set(names):
        for t in {t.lower() for t in re.split(r"[^\w]+", n) if len(t) >= 2}:
            toks[t] += 1
    if len(names) != len(set(names)) or any(v > 1 for v in toks.values()):
        found.add("repeat")
    return found


def main() -> None:
    if len(ITEMS) != N_EXPECTED:
        raise SystemExit(f"expected {N_EXPECTED} items, have {len(ITEMS)}")
    known_tags = {k for k, _ in CONVENTIONS}
    rows, counts, seen = [], collections.Counter(), set()
    conv_items: dict[str, list[int]] = collections.defaultdict(list)
    for i, it in enumerate(ITEMS, 1):
        text = it["text"]
        if text in seen:
            raise SystemExit(f"item {i}: duplicate text")
        seen.add(text)
        bad = it["tags"] - known_tags
        if bad:
            raise SystemExit(f"item {i}: unknown tags {bad}")
        located = locate(text, it["spans"], i)
        check_occurrences(text, located, it["exempt"], i)
        for c in detect(text, located, it["tags"], it["exempt"]):
            conv_items[c].append(i)
        counts.update(s["label"] for s in located)
        row = {
            "id": f"{ID_PREFIX}{i:04d}",
            "category": "phi",
            "added": ADDED,
            "source": SOURCE,
            "text": text,
            "spans": located,
        }
        validate_item(row, f"item {i}")
        rows.append(row)

    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide14.", suffix=".jsonl.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        # re-read the written file and validate it independently of the in-memory rows
        ids: set[str] = set()
        n = 0
        with open(tmp, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                r = json.loads(line)
                validate_item(r, f"{os.path.basename(tmp)}:{ln}")
                if r["id"] in ids:
                    raise SystemExit(f"line {ln}: duplicate id {r['id']}")
                ids.add(r["id"])
                src = ITEMS[ln - 1]
                want = [sp[0] for sp in src["spans"]]
                got = [r["text"][s["start"] : s["end"]] for s in r["spans"]]
                if got != want or r["text"] != src["text"]:
                    raise SystemExit(f"line {ln}: span text mismatch {got} != {want}")
                n += 1
        if n != N_EXPECTED:
            raise SystemExit(f"wrote {n} lines, expected {N_EXPECTED}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)

    write_conventions(rows, conv_items, counts)
    empty = sum(1 for r in rows if not r["spans"])
    with_name = sum(1 for r in rows if any(s["label"] == "NAME" for s in r["spans"]))
    print(
        f"wrote {len(rows)} items ({with_name} with NAME, {empty} without PHI), "
        f"{sum(counts.values())} spans -> {OUT}"
    )
    for k, v in counts.most_common():
        print(f"  {k:8s} {v}")


def write_conventions(
    rows: list[dict], conv_items: dict[str, list[int]], counts: collections.Counter
) -> None:
    empty = sum(1 for r in rows if not r["spans"])
    with_name = sum(1 for r in rows if any(s["label"] == "NAME" for s in r["spans"]))
    lines = [
        "# Conventions for phi_guide14.jsonl",
        "",
        "Annotated by the guideline's **phi** paragraph (HIPAA Safe Harbor style). Where the "
        "guideline leaves a call open, the call below was made and applied to every item. "
        '"Items" is the number of the 100 items the convention affects (generated by '
        "`make_phi_guide14.py`; item numbers are the last four digits of the id).",
        "",
        f"Totals: {len(rows)} items, {with_name} with at least one NAME, {empty} with no PHI; "
        + ", ".join(f"{k} {v}" for k, v in counts.most_common())
        + ".",
        "",
        "| # | convention | items | which |",
        "|---|---|---|---|",
    ]
    for n, (key, desc) in enumerate(CONVENTIONS, 1):
        its = sorted(set(conv_items.get(key, [])))
        if not its:
            raise SystemExit(f"convention {key} affects no item")
        lines.append(f"| {n} | **{key}**: {desc} | {len(its)} | {', '.join(map(str, its))} |")
    lines.append("")
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".CONVENTIONS.", suffix=".md.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        os.chmod(tmp, 0o644)
        os.replace(tmp, CONV_OUT)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


if __name__ == "__main__":
    main()
