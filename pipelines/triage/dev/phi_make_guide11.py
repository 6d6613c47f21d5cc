"""Generate pipelines/triage/dev/phi_guide11.jsonl: PHI-annotated triage messages.

Each item is (text, spans); a span is (surface, LABEL) or (surface, LABEL, "nb").
Spans are listed in text order and located by searching forward from the end of the
previous span, so repeated strings resolve to the intended occurrence. "nb" skips the
word-boundary check (Hangul particles, ISO date-times, possessive without apostrophe).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
OUT = os.path.join(HERE, "phi_guide11.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}

ITEMS = [
    # 1
    (
        "Hi Dr. Okonkwo, this is Adaeze Nwosu (DOB 07/22/1961). I've been on the lisinopril 20 mg since my last visit and my BP at home is still 152/94. Can you call me back at the number on file? Thanks",
        [("Okonkwo", "NAME"), ("Adaeze Nwosu", "NAME"), ("07/22/1961", "DATE")],
    ),
    # 2
    (
        "My grandmother Rosalind Whitcombe is 94 and has been more confused since Sunday. She lives alone at 88 Larkspur Court, Bend, OR 97701 and a neighbor checks on her most days. Could this be a UTI thing again? She had one in August 2025 and was like this.",
        [
            ("Rosalind Whitcombe", "NAME"),
            ("94", "AGE"),
            ("88 Larkspur Court, Bend, OR 97701", "ADDRESS"),
            ("August 2025", "DATE"),
        ],
    ),
    # 3
    (
        "refill pls metformin 500 rx# 4471203 walgreens. thx - D. Kowalczyk",
        [("4471203", "ID"), ("D. Kowalczyk", "NAME")],
    ),
    # 4
    (
        "---------- Forwarded message ---------\nFrom: Priya Raghunathan <priya.r.1984@gmail.com>\nDate: Mon, Nov 17, 2026 at 9:12 PM\nSubject: Fwd: lab results\n\nHi, forwarding my husband's results from the outside lab. Sanjay's potassium was 5.9 and they said to contact his PCP. His MRN at your clinic is 20391847.",
        [
            ("Priya Raghunathan", "NAME"),
            ("priya.r.1984@gmail.com", "EMAIL"),
            ("Nov 17, 2026", "DATE"),
            ("Sanjay", "NAME"),
            ("20391847", "MRN"),
        ],
    ),
    # 5
    (
        "RN note 14:05: Spoke w/ pt's daughter Mei-Ling Chou by phone re: mother's (Chou Shu-fen, MRN 7730-1182) increased ankle swelling. Wt up 2.1 kg in 3 days. Advised to bring pt to clinic tomorrow AM. Daughter's callback 415-555-0199 x3.",
        [
            ("Mei-Ling Chou", "NAME"),
            ("Chou Shu-fen", "NAME"),
            ("7730-1182", "MRN"),
            ("415-555-0199 x3", "PHONE"),
        ],
    ),
    # 6 (no PHI)
    (
        "Took 2 tylenol 500mg at 6am and 2 more at noon, temp still 101.4. Is it ok to alternate with ibuprofen 400? I weigh about 70 kg and I'm not on any other meds.",
        [],
    ),
    # 7
    (
        "I got a bill for $412.60 for the visit on Sept 9 but my insurance (Aetna, member ID W228461093) should have covered it. Who do I talk to? -- Marcus Bellweather",
        [("Sept 9", "DATE"), ("W228461093", "ID"), ("Marcus Bellweather", "NAME")],
    ),
    # 8
    (
        "My CPAP (ResMed AirSense 11, serial 23221456789) keeps showing a mask leak error since 11/02 and I wake up with a dry mouth. The sleep clinic said to message here. Best phone is +1 313 555 0162.",
        [("23221456789", "ID"), ("11/02", "DATE"), ("+1 313 555 0162", "PHONE")],
    ),
    # 9
    (
        "Hola, soy Guadalupe Herrera Ruiz. Estoy en Guadalajara visitando a mi hermana hasta el 15 de diciembre y me quedé sin insulina glargina (uso 30 unidades en la noche). Mi número aquí es +52 33 1234 5678. ¿Pueden mandar la receta a una farmacia de aquí?",
        [
            ("Guadalupe Herrera Ruiz", "NAME"),
            ("Guadalajara", "ADDRESS"),
            ("15 de diciembre", "DATE"),
            ("+52 33 1234 5678", "PHONE"),
        ],
    ),
    # 10
    (
        "Dad (Harold Fennimore, 91) has his cardiology appt Thursday. We'll be in the blue Buick, plate 8FRT392 -- can the valet desk be told? He can't walk far from the garage. My number is on file.",
        [("Harold Fennimore", "NAME"), ("91", "AGE"), ("8FRT392", "ID")],
    ),
    # 11 (no PHI)
    (
        "My blood sugar was 243 this morning and 198 after lunch. I took 14 units of Humalog with breakfast. Been like this since Monday. Should I go up on the Lantus from 22 units?",
        [],
    ),
    # 12
    (
        "REFERRAL\nPatient: Tomasz Wiśniewski   DOB: 1949-03-28   MRN: 004417726\nReferring: Dr. Lucia Ferraro, Internal Medicine\nReason: progressive dyspnea on exertion, recent echo EF 35%, NYHA II-III.\nPlease fax notes to referring office: 312-555-0111.",
        [
            ("Tomasz Wiśniewski", "NAME"),
            ("1949-03-28", "DATE"),
            ("004417726", "MRN"),
            ("Lucia Ferraro", "NAME"),
            ("312-555-0111", "PHONE"),
        ],
    ),
    # 13
    (
        "dr patel said call if teh rash spreads. it spread. can sombody call 347 555 0122",
        [("patel", "NAME"), ("347 555 0122", "PHONE")],
    ),
    # 14
    (
        "I can't log into the portal. It keeps bouncing me back to the login page and then says my IP 73.158.22.104 is blocked. I need to see my biopsy result. Brianna Washington",
        [("73.158.22.104", "URL"), ("Brianna Washington", "NAME")],
    ),
    # 15
    (
        "Walgreens says Rx 0683219-04512 for my son's amoxicillin needs a new authorization from the doctor. Jayden is 7 and has had ear pain since the weekend, still 102 last night.",
        [("0683219-04512", "ID"), ("Jayden", "NAME")],
    ),
    # 16
    (
        "Question about a bill. My husband Bill Adeyemi-Hart was seen in the ER last month and we were charged twice for the same CT. Will someone look at it?",
        [("Bill Adeyemi-Hart", "NAME")],
    ),
    # 17
    (
        "My daughter April (14) started the new inhaler April 2. She's still waking up coughing 3-4 nights a week. Peak flow 280 this am.",
        [("April", "NAME"), ("April 2", "DATE")],
    ),
    # 18 (no PHI)
    (
        "I'm 67, had my flu shot in 2024 but not this year yet. Live in Texas. Do I need the RSV vaccine too or just the updated covid one? I have COPD and use 2 L oxygen at night.",
        [],
    ),
    # 19
    (
        "From: Nkechi Obi, NP <nobi@riverbendpeds.com>\nSent: 11/18/2026\nRe: Ifeoma Obi-Daniels\n\nHi team -- sending over the growth chart. Mom reports 3 days of vomiting and weight is down 0.4 kg. Pls call me directly 919-555-0176 ext 204.",
        [
            ("Nkechi Obi", "NAME"),
            ("nobi@riverbendpeds.com", "EMAIL"),
            ("11/18/2026", "DATE"),
            ("Ifeoma Obi-Daniels", "NAME"),
            ("919-555-0176 ext 204", "PHONE"),
        ],
    ),
    # 20
    (
        "Nursing home update: resident Mrs. Evangeline Rutherford-Boyce, age 103, fell 11/22/26 around 0300. No head strike per staff, on apixaban. Her son asks if she needs an x-ray of the left hip. Please call the Sunrise Meadows front desk back.",
        [("Evangeline Rutherford-Boyce", "NAME"), ("103", "AGE"), ("11/22/26", "DATE")],
    ),
    # 21
    (
        "Is it normal to still have a headache 5 days after a concussion? Pain is about 4/10, worse with screens. Took 2 advil at 8 and it helped some. Going back to practice Wednesday and Coach Ramírez wants a note from you guys.",
        [("Ramírez", "NAME")],
    ),
    # 22
    (
        "The billing office asked for my SSN to set up a payment plan. It's 512-44-8390. Please don't share it with anyone else. My name is Dolores Quintanilla and my DOB is 2/9/1957.",
        [("512-44-8390", "SSN"), ("Dolores Quintanilla", "NAME"), ("2/9/1957", "DATE")],
    ),
    # 23
    (
        "Phone verification: caller gave last 4 of SSN 7712 and DOB 12 Jan 1980. Caller identified as Ruairí Mac Giolla Phádraig, calling about his hydrocodone refill (#60, last filled early).",
        [("7712", "SSN"), ("12 Jan 1980", "DATE"), ("Ruairí Mac Giolla Phádraig", "NAME")],
    ),
    # 24
    (
        "Please update my address: 1407 W. Cortland Ave Apt 2R, Chicago, IL 60614. Same phone as before. Tamsin Oduya",
        [("1407 W. Cortland Ave Apt 2R, Chicago, IL 60614", "ADDRESS"), ("Tamsin Oduya", "NAME")],
    ),
    # 25
    (
        "Con gái tôi viết giúp: my mother Nguyễn Thị Hoa has had black stools since Wednesday. She takes aspirin 81 and warfarin. Her INR last week was 3.4. Call me at 408-555-0153.",
        [("Nguyễn Thị Hoa", "NAME"), ("408-555-0153", "PHONE")],
    ),
    # 26 (no PHI)
    (
        "BP log this week: Mon 138/86, Tue 141/90, Wed 129/82, Thu 150/95, Fri 135/84. HR in the 70s. Taking amlodipine 5 mg. Should I be worried about Thursday's number?",
        [],
    ),
    # 27
    (
        "Dr. Reyes' nurse told me to message if the incision got red. It's red and warm now, about 3 cm around, no pus. Surgery was 11/12.",
        [("Reyes", "NAME"), ("11/12", "DATE")],
    ),
    # 28
    (
        "I have Hashimoto's and my endo Dr. Tanaka-Wells switched me to levothyroxine 88 mcg. Since then my heart races at night. Is this related? I also have Raynaud's. My TSH last month was 0.2.",
        [("Tanaka-Wells", "NAME")],
    ),
    # 29
    (
        "Prior auth for Ozempic was denied again. Policy # BCX-448-290-117. Prescriber is Dr. Anand Subramaniam; patient is his wife Kaveri Subramaniam. We already tried metformin for 2 years.",
        [("BCX-448-290-117", "ID"), ("Anand Subramaniam", "NAME"), ("Kaveri Subramaniam", "NAME")],
    ),
    # 30
    ("cant breathe good since 2day. inhaler not helping. -Keisha", [("Keisha", "NAME")]),
    # 31
    (
        "Hey it's Bobby from the Tuesday pickup league. My knee is swollen again after the cortisone shot on the 14th. Hurts to bend it past 90 degrees.",
        [("Bobby", "NAME"), ("14th", "DATE")],
    ),
    # 32 (no PHI)
    (
        "How long should I wait after the colonoscopy prep to eat normally? I had 4 bowel movements overnight and feel dizzy standing up. Pulse 96 sitting, 118 standing.",
        [],
    ),
    # 33
    (
        "Hello, I'm visiting from the UK and staying with family. NHS number 943 476 5919 if you need it. I've run out of my sertraline 100mg. Home address 14 Dalry Road, Edinburgh EH11 2BQ. - Callum Drummond",
        [
            ("943 476 5919", "ID"),
            ("14 Dalry Road, Edinburgh EH11 2BQ", "ADDRESS"),
            ("Callum Drummond", "NAME"),
        ],
    ),
    # 34
    (
        "Got a notification that results are in for accession no. 26-CH-0049182 but I can't see them. It's the thyroid panel drawn 11/13/2026. I'm Esperanza Villanueva-Cruz.",
        [("26-CH-0049182", "ID"), ("11/13/2026", "DATE"), ("Esperanza Villanueva-Cruz", "NAME")],
    ),
    # 35
    (
        "My son Kofi Asante-Boateng was born on the twenty-third of June 2019 and the school needs his vaccine record before winter break. Can you send it to asanteboateng.fam@yahoo.com? Thank you",
        [
            ("Kofi Asante-Boateng", "NAME"),
            ("twenty-third of June 2019", "DATE"),
            ("asanteboateng.fam@yahoo.com", "EMAIL"),
        ],
    ),
    # 36
    (
        "After starting metoprolol my heart rate dropped to 52 and I feel wiped out. Dose is 25 mg twice a day. I walked 2 miles yesterday fine. I'm 58 and otherwise healthy. Cardiology can't see me until Dec 15.",
        [("Dec 15", "DATE")],
    ),
    # 37
    (
        "Assalamualaikum doctor. Writing for my father Abdul Rahman bin Yusof who is 90 this year. Coughing green phlegm for a week, fever 38.6 last night, eating less. Home phone 703-555-0164.",
        [("Abdul Rahman bin Yusof", "NAME"), ("90", "AGE"), ("703-555-0164", "PHONE")],
    ),
    # 38
    (
        "Correction please: my mother Gertrude Albrecht is 89, not 90 like the after-visit summary says. Her birthday is 3/3/1937. The wrong age is also on her pharmacy labels.",
        [("Gertrude Albrecht", "NAME"), ("90", "AGE"), ("3/3/1937", "DATE")],
    ),
    # 39
    (
        "Paged Dr. Oyelaran-Smith (pager 555-0182) at 22:10 re: K 6.1. Orders: repeat BMP, ECG. Pt aware. Recheck in 4 h.",
        [("Oyelaran-Smith", "NAME"), ("555-0182", "PHONE")],
    ),
    # 40 (no PHI)
    (
        "Is it safe to take 1000 mg of vitamin C with my chemo? Cycle 3 starts next Tuesday. My ANC last time was 1.2 and platelets 98. Temp this morning 99.1.",
        [],
    ),
    # 41
    (
        "I'm getting married in Savannah on October 10th and my wrist cast is supposed to come off the week before. Can we move the x-ray earlier so I'm not in a cast in the photos?",
        [("Savannah", "ADDRESS"), ("October 10th", "DATE")],
    ),
    # 42
    (
        '"Your statement is ready. Guarantor: Dmitri Volkov. Date of service 09/30/2026. Pay online at https://pay.northfieldmedcenter.com/acct/4400-218-7790 today."\n\nI got this text but I never went there on that date?? Is this a scam?',
        [
            ("Dmitri Volkov", "NAME"),
            ("09/30/2026", "DATE"),
            ("https://pay.northfieldmedcenter.com/acct/4400-218-7790", "URL"),
        ],
    ),
    # 43
    (
        "sorry wrong # earlier. correct is 773-555-0138. still need the callback re my moms meds",
        [("773-555-0138", "PHONE")],
    ),
    # 44
    (
        "Refill request for my mother-in-law Ingrid Solberg, who is ninety-three: atorvastatin 40 mg, 90 tabs, 3 refills. Also the albuterol inhaler, 2 puffs q4h prn. Same pharmacy as last time. Thanks!",
        [("Ingrid Solberg", "NAME"), ("ninety-three", "AGE")],
    ),
    # 45
    (
        "Dr. Han, 저는 박서연입니다. Sorry for English. My biopsy was 2026.11.05 and nobody call me yet. Very worried. My phone 010-5555-2871 (Korea).",
        [
            ("Han", "NAME"),
            ("박서연", "NAME", "nb"),
            ("2026.11.05", "DATE"),
            ("010-5555-2871", "PHONE"),
        ],
    ),
    # 46
    (
        "FAX COVER -- To: Bayview Sleep Center, fax (510) 555-0124. From: Dr. Olusegun Bakare, NPI 1467583920. Re: Harriet Lindgren-Okoye, DOB 05-Feb-1952, referral for polysomnography. Pages: 3.",
        [
            ("(510) 555-0124", "PHONE"),
            ("Olusegun Bakare", "NAME"),
            ("1467583920", "ID"),
            ("Harriet Lindgren-Okoye", "NAME"),
            ("05-Feb-1952", "DATE"),
        ],
    ),
    # 47
    (
        "This is Earl Duchesne III. Started the Eliquis 5 mg on Monday and now I have bruises on both arms and my gums bleed when I brush. Should I stop it? My wife can answer if I don't pick up.",
        [("Earl Duchesne III", "NAME")],
    ),
    # 48 (no PHI)
    (
        "Can I drive after the cataract surgery? The sheet says wait 24 hours. I live alone in rural Montana and the nearest store is 30 miles away. I'm 72 and my eye pressure was 18.",
        [],
    ),
    # 49
    (
        "Need to reschedule my MRI from Fri 12/4 to the week after. I work nights so mornings after 10 are best. Siddharth Venkataraman",
        [("12/4", "DATE"), ("Siddharth Venkataraman", "NAME")],
    ),
    # 50
    (
        "My aunt, Zuzana Horváthová, just moved in with us (zip 85719) and needs a new PCP here. Her old doctor was back home in Czechia. Her med list is attached. I'm her healthcare proxy -- Petra Nováková, petra.novakova@seznam.cz",
        [
            ("Zuzana Horváthová", "NAME"),
            ("85719", "ADDRESS"),
            ("Petra Nováková", "NAME"),
            ("petra.novakova@seznam.cz", "EMAIL"),
        ],
    ),
    # 51 (no PHI)
    (
        "My feet hurt all the time. I've been using Dr. Scholl's inserts and Epsom salt soaks. Is that OK with diabetes? A1c was 8.1 last check. I look at my feet every Sunday like the nurse said.",
        [],
    ),
    # 52
    (
        "Telehealth note -- Pt: Lucía Paredes Quispe. Visit 2026-11-19T15:30. Pt reports 2 wk of dysuria and frequency, no fever. Prior UTI last winter. Plan: UA/culture. Pt prefers WhatsApp +51 984 555 210.",
        [
            ("Lucía Paredes Quispe", "NAME"),
            ("2026-11-19", "DATE", "nb"),
            ("+51 984 555 210", "PHONE"),
        ],
    ),
    # 53
    (
        "School nurse here (Lincoln Elementary). Student Mateo Ríos-Delgado, 2nd grade, had a nosebleed that lasted 25 min today. His mom asked us to message his pediatrician about it.",
        [("Mateo Ríos-Delgado", "NAME")],
    ),
    # 54
    (
        "It's Sunny Kapoor again lol. The rash is way better thanks to the cream you gave me at my last visit. Can I stop it now or finish the tube?",
        [("Sunny Kapoor", "NAME")],
    ),
    # 55 (no PHI)
    (
        "Question about my results: LDL 162, HDL 38, triglycerides 240. Is that bad? My dad had a heart attack at 55. I've been walking 30 min 5 days a week since 2023.",
        [],
    ),
    # 56
    (
        "I was rear-ended on I-84 on 11/08 (my plate: ZXN 4471, the other driver's plate 5HGD812). My auto insurer needs the ER records. Neck is still stiff.",
        [("11/08", "DATE"), ("ZXN 4471", "ID"), ("5HGD812", "ID")],
    ),
    # 57
    (
        "My husband, Ichiro Watanabe, passed on 9/17. Please cancel his appointments and close his portal. I'm his widow. Send the final bill to 2290 Kalakaua Ave #1204, Honolulu, HI 96815.",
        [
            ("Ichiro Watanabe", "NAME"),
            ("9/17", "DATE"),
            ("2290 Kalakaua Ave #1204, Honolulu, HI 96815", "ADDRESS"),
        ],
    ),
    # 58
    (
        "hi its me again. my son Youssef is still throwing up, 6 times since last nite, cant keep water down. my husband Karim took him to urgent care on tuesday they said virus. now hes very sleepy and hasnt peed since 7am. our # 617-555-0165 or Karims cell",
        [
            ("Youssef", "NAME"),
            ("Karim", "NAME"),
            ("617-555-0165", "PHONE"),
            ("Karim", "NAME", "nb"),
        ],
    ),
    # 59
    (
        "Pls cancel appt 11/30 w Dr Nakashima-Lee. Will rebook.",
        [("11/30", "DATE"), ("Nakashima-Lee", "NAME")],
    ),
    # 60 (no PHI)
    (
        "Both my kids have pink eye, ages 4 and 9. Does the whole family need drops? There are 5 of us in a 2 bedroom. Daycare said they can't come back until 24 hours on treatment.",
        [],
    ),
    # 61
    (
        "I've been tracking my symptoms on my blog https://lenasjourneywithms.blogspot.com -- Dr. Pohlmann suggested I share it with the team. The fatigue got much worse after the infusion on 10/21/2026.",
        [
            ("https://lenasjourneywithms.blogspot.com", "URL"),
            ("Pohlmann", "NAME"),
            ("10/21/2026", "DATE"),
        ],
    ),
    # 62
    (
        "My hearing aid (left one, S/N HA-2291-77834) was lost at the clinic at my last visit. Can someone check lost and found? - Mr. Bartholomew Oyelowo-Finch, 92",
        [("HA-2291-77834", "ID"), ("Bartholomew Oyelowo-Finch", "NAME"), ("92", "AGE")],
    ),
    # 63
    (
        "Pump alarmed occlusion 3 times today. BG 312. Changed site twice, still high. Do I go to the ER or switch to shots? I'm Aaliyah Brooks-Tate, 19.",
        [("Aaliyah Brooks-Tate", "NAME")],
    ),
    # 64
    (
        "Medicaid ID changed: new number YH44821930A, effective 12/01/2026. Please update so my refills don't get rejected at the pharmacy.",
        [("YH44821930A", "ID"), ("12/01/2026", "DATE")],
    ),
    # 65
    (
        "Saw the rheumatologist on Friday. Dr. Mbeki-Larsen wants me on methotrexate 15 mg weekly plus folic acid 1 mg daily. Is it ok to drink 1-2 beers on weekends? I'm also going to Canada in June for 2 weeks.",
        [("Mbeki-Larsen", "NAME"), ("June", "DATE")],
    ),
    # 66
    (
        "Grandpa Joe (Joseph Mbatha) fell again last night getting to the bathroom. He's on the blood thinner. Auntie Thandiwe was looking after him at 31 Protea Street, Durban until he flew over; now he's staying with us this month. Her number is +27 82 555 0144 if you need his history.",
        [
            ("Joe", "NAME"),
            ("Joseph Mbatha", "NAME"),
            ("Thandiwe", "NAME"),
            ("31 Protea Street, Durban", "ADDRESS"),
            ("+27 82 555 0144", "PHONE"),
        ],
    ),
    # 67
    (
        "Hi. My period has been irregular since Nov '25 and the last one started 3rd Nov. Pregnancy test was negative twice. Dr. Quarshie ordered labs -- do I need to fast?",
        [("Nov '25", "DATE"), ("3rd Nov", "DATE"), ("Quarshie", "NAME")],
    ),
    # 68
    (
        "Namaste, my father-in-law Raghavendra Iyer (age 96) is visiting from Chennai till 20/01/2027 and ran out of his tamsulosin. His Indian number doesn't work here; use mine, 732-555-0127.",
        [
            ("Raghavendra Iyer", "NAME"),
            ("96", "AGE"),
            ("Chennai", "ADDRESS"),
            ("20/01/2027", "DATE"),
            ("732-555-0127", "PHONE"),
        ],
    ),
    # 69
    (
        'Begin forwarded message:\n> From: "Hollis, Graham" <ghollis@fastmail.com>\n> Date: November 21, 2026\n> Pls send my colonoscopy path report, MRN 55120094, to my new GI Dr. Afolabi-Kerr.\n\nStaff note: pt called to confirm request, identity verified.',
        [
            ("Hollis, Graham", "NAME"),
            ("ghollis@fastmail.com", "EMAIL"),
            ("November 21, 2026", "DATE"),
            ("55120094", "MRN"),
            ("Afolabi-Kerr", "NAME"),
        ],
    ),
    # 70
    (
        "The swelling in my left ankle is 2+ and I gained 4 lbs since yesterday. I'm on furosemide 40 mg once a day. O2 sat 93%. Should I take an extra dose? - Marisol (Abuela's caregiver)\n\nSent from my iPhone",
        [("Marisol", "NAME")],
    ),
]

WORD = re.compile(r"\w", re.UNICODE)


def locate(text: str, spans: list[tuple], idx: int) -> list[dict]:
    out, cursor = [], 0
    for sp in spans:
        surface, label = sp[0], sp[1]
        nb = len(sp) > 2 and sp[2] == "nb"
        assert label in LABELS, (idx, label)
        pos = text.find(surface, cursor)
        if not nb:  # advance past occurrences embedded in a larger word
            while pos != -1 and (
                (pos > 0 and WORD.match(text[pos - 1]))
                or (pos + len(surface) < len(text) and WORD.match(text[pos + len(surface)]))
            ):
                pos = text.find(surface, pos + 1)
        if pos == -1:
            raise SystemExit(f"item {idx}: {surface!r} not found after offset {cursor}")
        end = pos + len(surface)
        seg = text[pos:end]
        if (
            seg != seg.strip()
            or (not WORD.match(seg[0]) and seg[0] not in "+(")
            or not WORD.match(seg[-1])
        ):
            raise SystemExit(f"item {idx}: span {seg!r} has bad edges")
        out.append({"start": pos, "end": end, "label": label})
        cursor = end
    # no overlaps
    for a, b in zip(out, out[1:], strict=False):  # noqa: RUF007
        assert a["end"] <= b["start"], (idx, a, b)
    # every whole-word occurrence of a labelled surface must be covered by some span
    for sp in spans:
        s = sp[0]
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in out):
                raise SystemExit(f"item {idx}: unlabelled occurrence of {s!r} at {m.start()}")
    return out


def suspicious(text: str, out: list[dict]) -> list[str]:
    """Digit runs of 4+, emails and URLs not inside a span: printed for review."""
    flags = []
    for m in re.finditer(
        r"\d[\d\-. ]{3,}\d|[^\s<>]+@[^\s<>]+|https?://\S+|\d+\.\d+\.\d+\.\d+", text
    ):
        if not any(o["start"] <= m.start() < o["end"] for o in out):
            flags.append(m.group())
    return flags


def main() -> None:
    rows, counts = [], Counter()
    texts = set()
    for i, (text, spans) in enumerate(ITEMS, 1):
        assert text not in texts, i
        texts.add(text)
        out = locate(text, spans, i)
        for o in out:
            counts[o["label"]] += 1
        flags = suspicious(text, out)
        if flags:
            print(f"review item {i}: unlabelled {flags}", file=sys.stderr)
        rows.append(
            {
                "id": f"guide11-phi-{i:04d}",
                "category": "phi",
                "added": "2026-11-24",
                "source": "guideline PHI annotation set 11",
                "text": text,
                "spans": out,
            }
        )
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json,sys; sys.path.insert(0,"
            + repr(_ROOT)
            + "); from harness.contract import parse_item; "
            "[parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; print('ok')",
            tmp,
        ],
        capture_output=True,
        text=True,
    )
    if check.returncode != 0 or check.stdout.strip() != "ok":
        os.unlink(tmp)
        raise SystemExit("contract validation failed:\n" + check.stderr[-3000:])
    os.replace(tmp, OUT)
    empty = sum(1 for r in rows if not r["spans"])
    print(
        f"wrote {len(rows)} items ({empty} without PHI), {sum(counts.values())} spans: "
        + ", ".join(f"{k} {v}" for k, v in counts.most_common())
    )


if __name__ == "__main__":
    main()
