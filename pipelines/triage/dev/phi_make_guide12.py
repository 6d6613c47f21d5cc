#!/usr/bin/env python3
"""Generate phi_guide12.jsonl: PHI-annotated texts (guideline **phi** rule).

Offsets are computed by locating each annotated substring in the text, in order
(search starts after the previous span), so repeated strings are resolved left to right.
Checks: exact substring match, word boundaries, no whitespace at span edges, no overlaps,
every other occurrence of a labelled string is also labelled (unless explicitly exempted),
known labels only, then the project's parse_item validation on the whole file before an
atomic rename.
"""

from __future__ import annotations

import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
OUT = os.path.join(HERE, "phi_guide12.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ADDED = "2026-11-24"
SOURCE = "guideline PHI annotation set 12"

# (text, [(substring, label), ...] in text order, optional set of strings exempt from the
#  "every occurrence is labelled" check)
ITEMS: list[tuple] = [
    # 1
    (
        "Hi, this is Grace Okonkwo-Bell, DOB 14.03.1961. The pharmacist at the Hollis Rd branch says "
        "refill RX-4471902 is blocked pending review. Could a nurse call me back on "
        "0161 496 0732 after 3pm?",
        [
            ("Grace Okonkwo-Bell", "NAME"),
            ("14.03.1961", "DATE"),
            ("Hollis Rd", "ADDRESS"),
            ("RX-4471902", "ID"),
            ("0161 496 0732", "PHONE"),
        ],
    ),
    # 2
    (
        "My mum turns ninety-four on the 2nd of August and she has been dizzy ever since the fall. "
        "She's under Mr Anand Raghunathan at the Royal, hospital number K0459921, if that helps.",
        [
            ("ninety-four", "AGE"),
            ("2nd of August", "DATE"),
            ("Anand Raghunathan", "NAME"),
            ("K0459921", "MRN"),
        ],
    ),
    # 3
    (
        "Called pt back 11/02 re: rash. Spoke w/ daughter Hope (DPOA on file). Pt Will Foster states "
        "rash started 2 days after amoxicillin 500 mg TID. Advised hold abx, UC today if lip swelling.\n"
        "-- R. Castellanos, RN",
        [("11/02", "DATE"), ("Hope", "NAME"), ("Will Foster", "NAME"), ("R. Castellanos", "NAME")],
    ),
    # 4
    (
        "DISCHARGE SUMMARY - St. Brendan's Hospital\n"
        "Patient: NGUYEN, Thi Lan    MRN: 00738215    DOB: 1957-09-30\n"
        "Admitted: 2026-10-28    Discharged: 2026-11-03\n"
        "Attending: Olusegun Adeyemi, MD\n"
        "Dx: CAP, resolved. Follow up with PCP within 7 days.",
        [
            ("NGUYEN, Thi Lan", "NAME"),
            ("00738215", "MRN"),
            ("1957-09-30", "DATE"),
            ("2026-10-28", "DATE"),
            ("2026-11-03", "DATE"),
            ("Olusegun Adeyemi", "NAME"),
        ],
    ),
    # 5
    (
        "can someone email me the lab results instead of the portal thing? its "
        "jorge.villanueva.72@fastmail.com . also my insurance changed, new member id is XGH 8820 1145 07",
        [("jorge.villanueva.72@fastmail.com", "EMAIL"), ("XGH 8820 1145 07", "ID")],
    ),
    # 6
    (
        "Grandad is a hundred and one (yes really!) and the home says his oxygen was 88% this morning "
        "on room air. The home is at 7 Tannery Lane, Keswick CA12 4NP. Ask for Siobhan on the desk, "
        "she knows him best.",
        [
            ("a hundred and one", "AGE"),
            ("7 Tannery Lane, Keswick CA12 4NP", "ADDRESS"),
            ("Siobhan", "NAME"),
        ],
    ),
    # 7
    (
        "Your after-hours line 1-800-NURSE-4U kept dropping the call. Please have a doctor ring my "
        "mobile, +44 7700 900461. I'm Rhiannon Pryce-Jones, the patient, not my husband.",
        [
            ("1-800-NURSE-4U", "PHONE"),
            ("+44 7700 900461", "PHONE"),
            ("Rhiannon Pryce-Jones", "NAME"),
        ],
    ),
    # 8
    (
        "Visitors authorised (per pt request 3rd Nov):\n"
        "- Tomasz Wiśniewski (son) 07.811.204.339\n"
        "- Father Declan Moriarty (chaplain)\n"
        "No other visitors without pt consent.",
        [
            ("3rd Nov", "DATE"),
            ("Tomasz Wiśniewski", "NAME"),
            ("07.811.204.339", "PHONE"),
            ("Declan Moriarty", "NAME"),
        ],
    ),
    # 9
    (
        "Hi it's Summer. My son Chase has had a fever of 39.2 since Sunday and his older brother had "
        "the same thing last week. We saw Dr. Rose Gardner on Friday and she said viral. Chase is 6 "
        "and he's barely drinking.",
        [("Summer", "NAME"), ("Chase", "NAME"), ("Rose Gardner", "NAME"), ("Chase", "NAME")],
    ),
    # 10
    (
        "Outside lab result (scanned)\nSpecimen ID: LAB-26-0918473   Collected: 9-Nov-2026 08:40\n"
        "Ordering provider: HASHIMOTO, Kenji\nHbA1c 8.9 % (H)   eGFR 54",
        [("LAB-26-0918473", "ID"), ("9-Nov-2026", "DATE"), ("HASHIMOTO, Kenji", "NAME")],
    ),
    # 11
    (
        "I'm 92 and my daughter says I must message you. Since the 14th I get short of breath walking "
        "to the mailbox and my watch says heart rate 112.\nEleanor Vance-Whitaker",
        [("92", "AGE"), ("14th", "DATE"), ("Eleanor Vance-Whitaker", "NAME")],
    ),
    # 12
    (
        "Re: claim CLM-2026-0043317 for the ED visit on 10/17/26. The bill still shows the wrong "
        "plan. Please resend the itemised statement to billing-disputes@harwoodmed.org, I have "
        "already paid the copay.",
        [
            ("CLM-2026-0043317", "ID"),
            ("10/17/26", "DATE"),
            ("billing-disputes@harwoodmed.org", "EMAIL"),
        ],
    ),
    # 13
    (
        "My CPAP (serial 23171844102) has shown leak warnings since October 5 and I wake up gasping. "
        "The equipment tech, Mr. Obi, told me to message you. My portal page is "
        "https://mychart.lakeshorehealth.org/patient/88213 if you need the readings.",
        [
            ("23171844102", "ID"),
            ("October 5", "DATE"),
            ("Obi", "NAME"),
            ("https://mychart.lakeshorehealth.org/patient/88213", "URL"),
        ],
    ),
    # 14
    (
        "Pls advise re INR 4.1 today on warfarin 5 mg daily, no bleeding reported. Next check Thu.\n"
        "K.M. (covering, anticoag clinic)",
        [("K.M.", "NAME")],
    ),
    # 15
    (
        "Message from María José de la Cruz Ortega (58): my appointment with Dra. Itziar Etxeberria "
        "was moved to 3 de diciembre and I cannot make that day because of dialysis.",
        [
            ("María José de la Cruz Ortega", "NAME"),
            ("Itziar Etxeberria", "NAME"),
            ("3 de diciembre", "DATE"),
        ],
    ),
    # 16
    (
        "This is Abdul-Rahman Al-Farsi writing for my father Saeed bin Khalid Al-Farsi, who is 96. He "
        "was discharged from Rashid Hospital on 28/10/2026 and his Emirates ID is 784-1930-4471625-2. "
        "He is more confused since coming home.",
        [
            ("Abdul-Rahman Al-Farsi", "NAME"),
            ("Saeed bin Khalid Al-Farsi", "NAME"),
            ("96", "AGE"),
            ("28/10/2026", "DATE"),
            ("784-1930-4471625-2", "ID"),
        ],
    ),
    # 17
    (
        "Please post the referral letter to my daughter's place, I'm staying with her for chemo: "
        "Flat 3B, 41 Kloof Street, Gardens, Cape Town 8001, South Africa.",
        [("Flat 3B, 41 Kloof Street, Gardens, Cape Town 8001", "ADDRESS")],
    ),
    # 18
    (
        "Portal lockout. Pt Dorota Kowalczyk reports login failing; IT log shows attempts from "
        "203.0.113.47. Identity confirmed with DOB and last four of SSN (6612). Reset link sent to "
        "d.kowalczyk@outlook.com.",
        [
            ("Dorota Kowalczyk", "NAME"),
            ("203.0.113.47", "URL"),
            ("6612", "SSN"),
            ("d.kowalczyk@outlook.com", "EMAIL"),
        ],
    ),
    # 19
    (
        "For the disability form I need you to confirm that SSN 401-73-2286 matches what you have on "
        "file. Name on the form: Terrence 'T.J.' Mabry. The form is due before my next chemo cycle.",
        [("401-73-2286", "SSN"), ("Terrence 'T.J.' Mabry", "NAME")],
    ),
    # 20
    (
        "Hi, I'm Zhang Wei (family name Zhang). My wife Li Na asked me to tell you her blood pressure "
        "was 162/98 twice today. We live at Unit 1207, 88 Harbour Road, Wan Chai.",
        [
            ("Zhang Wei", "NAME"),
            ("Zhang", "NAME"),
            ("Li Na", "NAME"),
            ("Unit 1207, 88 Harbour Road, Wan Chai", "ADDRESS"),
        ],
    ),
    # 21
    (
        "Mrs. Park Ji-yeon called on 2026.11.12 about her mother-in-law, Kim Soon-ja, who is 98 and "
        "has refused fluids for two days. Family declines hospital transfer at this time.",
        [("Park Ji-yeon", "NAME"), ("2026.11.12", "DATE"), ("Kim Soon-ja", "NAME"), ("98", "AGE")],
    ),
    # 22
    (
        "Kia ora, Aroha Te Rangi here. The whanau meeting about Koro's care is set for Tuesday "
        "18 November with Dr Sione Tuilagi. Best number is our home phone (09) 555 0187.",
        [
            ("Aroha Te Rangi", "NAME"),
            ("18 November", "DATE"),
            ("Sione Tuilagi", "NAME"),
            ("(09) 555 0187", "PHONE"),
        ],
    ),
    # 23
    (
        "Message from Faith. My husband Bill fell off a ladder Friday and Dr. Frank's office said "
        "go to urgent care. Is that still right if his pain is 7/10 today?",
        [("Faith", "NAME"), ("Bill", "NAME"), ("Frank", "NAME")],
    ),
    # 24
    (
        "Please fax the prior auth to Dr. Moana Kealoha at (808) 555-0143 ext 22 or fax "
        "808.555.0199. Member # HMA004418827.",
        [
            ("Moana Kealoha", "NAME"),
            ("(808) 555-0143 ext 22", "PHONE"),
            ("808.555.0199", "PHONE"),
            ("HMA004418827", "ID"),
        ],
    ),
    # 25
    (
        "My aunt Dolores Fitzgibbon was born on the twenty-third of May, 1931, so she is ninety-five "
        "and lives alone. She has had black stools since yesterday.",
        [
            ("Dolores Fitzgibbon", "NAME"),
            ("twenty-third of May, 1931", "DATE"),
            ("ninety-five", "AGE"),
        ],
    ),
    # 26
    (
        "May Chen called on May 9 to report new ankle swelling, both legs. Furosemide 40 mg started. "
        "Next INR due 5/16.",
        [("May Chen", "NAME"), ("May 9", "DATE"), ("5/16", "DATE")],
    ),
    # 27
    (
        "REFERRAL - Lakeview Cardiology\nPt: O'Sullivan-Nakamura, Kei   DOB 1949-Feb-07\n"
        "Referring: Dr. Ángel Ruiz Domínguez\nRef #: REF-77120-B\nReason: AF with RVR, rate 130s.",
        [
            ("O'Sullivan-Nakamura, Kei", "NAME"),
            ("1949-Feb-07", "DATE"),
            ("Ángel Ruiz Domínguez", "NAME"),
            ("REF-77120-B", "ID"),
        ],
    ),
    # 28
    (
        "Pt left ED AMA at 02:15. Security noted vehicle plate 7KZP 441 (CA). Brother Marcus "
        "Lindqvist notified at 415 555 0108, will try to bring him back.",
        [("7KZP 441", "ID"), ("Marcus Lindqvist", "NAME"), ("415 555 0108", "PHONE")],
    ),
    # 29
    (
        "Please send the colonoscopy prep instructions to priya.raman+health@proton.me - I'm Priya "
        "Raman, procedure booked for Dec. 4th and I'm on iron tablets.",
        [("priya.raman+health@proton.me", "EMAIL"), ("Priya Raman", "NAME"), ("Dec. 4th", "DATE")],
    ),
    # 30
    (
        "Chart merge: duplicate record MRN 4417-0082 folded into 4417-0093 per HIM. Pt Deshawn "
        "Oyelaran-Brooks notified by phone; allergies reconciled.",
        [("4417-0082", "MRN"), ("4417-0093", "MRN"), ("Deshawn Oyelaran-Brooks", "NAME")],
    ),
    # 31
    (
        "My father, Volodymyr Petrenko, had his pacemaker checked on 04.11.2026 "
        "in Lviv before he flew back. Now he feels his heart skipping.",
        [("Volodymyr Petrenko", "NAME"), ("04.11.2026", "DATE"), ("Lviv", "ADDRESS")],
    ),
    # 32
    (
        "Glucose strips courier should go to: S. Venkataraman, 14/2 Gandhi Nagar 3rd Cross, "
        "Bengaluru 560078. Sugars running 250-300 since the steroid course.",
        [("S. Venkataraman", "NAME"), ("14/2 Gandhi Nagar 3rd Cross, Bengaluru 560078", "ADDRESS")],
    ),
    # 33
    (
        "Twins Jayden and Jaylen Osei-Mensah (age 4) both have the barking cough again, worse at "
        "night. Please call their mum on 020 7946 0315.",
        [("Jayden", "NAME"), ("Jaylen Osei-Mensah", "NAME"), ("020 7946 0315", "PHONE")],
    ),
    # 34
    (
        "Shalom, Yael Ben-David here. My rabbi will drive me to the scan on Thursday. My "
        "DOB is 3/8/55 in case the booking needs it. Is the 8am slot still open?",
        [("Yael Ben-David", "NAME"), ("3/8/55", "DATE")],
    ),
    # 35
    (
        "Mum will be 90 on Saturday. Is she still due the high-dose flu jab, and can "
        "she have it with the shingles one?",
        [("90", "AGE")],
    ),
    # 36
    (
        "Care team for this admission:\n1. Dr Hyun-woo Lim - oncology\n2. Bettina Graf, RN - "
        "infusion\n3. Social work: consult pending\nFamily meeting to be arranged.",
        [("Hyun-woo Lim", "NAME"), ("Bettina Graf", "NAME")],
    ),
    # 37
    (
        "Dad celebrated his 91st birthday on 1 November and since then his ankles have "
        "been like balloons. My brother is worried about his heart tablets.",
        [("91st", "AGE"), ("1 November", "DATE")],
    ),
    # 38
    (
        "I tried the nurse line at 1 (800) 555-CARE but it says closed. Can someone text me at "
        "917 555 0142? Dmitri Sokolov, the one with the drain after the hernia op.",
        [("1 (800) 555-CARE", "PHONE"), ("917 555 0142", "PHONE"), ("Dmitri Sokolov", "NAME")],
    ),
    # 39
    (
        "I moved! New address is 1180 W. Alameda Ave, Apt 7, Denver, CO 80223 - please update before "
        "the next shipment of insulin. Still Gloria Reyes-Blanco, DOB 6-21-1966.",
        [
            ("1180 W. Alameda Ave, Apt 7, Denver, CO 80223", "ADDRESS"),
            ("Gloria Reyes-Blanco", "NAME"),
            ("6-21-1966", "DATE"),
        ],
    ),
    # 40
    (
        "Handoff 0700: Dr. Adaeze Nwosu (nephro) and cardiology both want a K+ "
        "recheck at 1200. Pt's wife at bedside overnight, aware of plan.",
        [("Adaeze Nwosu", "NAME")],
    ),
    # 41
    (
        "Outside imaging available at https://pacs.northridge-img.net/viewer?study=1.2.840.113619.2.55.3 "
        "- CT chest report signed by Dr. Ferhat Yıldız on 11 Nov 2026, no PE.",
        [
            ("https://pacs.northridge-img.net/viewer?study=1.2.840.113619.2.55.3", "URL"),
            ("Ferhat Yıldız", "NAME"),
            ("11 Nov 2026", "DATE"),
        ],
    ),
    # 42
    (
        "The pharmacy says Rx #0629147 is on hold until the prior auth clears. "
        "I have 2 tablets of the seizure med left.\nHamid Rezaei",
        [("0629147", "ID"), ("Hamid Rezaei", "NAME")],
    ),
    # 43
    (
        "Symptoms began the evening of 2 Nov; went to A&E on 3/11 (UK dates); seen by GP Dr Nkechi "
        "Eze yesterday who started antibiotics. Still spiking temps.",
        [("2 Nov", "DATE"), ("3/11", "DATE"), ("Nkechi Eze", "NAME")],
    ),
    # 44
    (
        "Thank you for the quick reply about the methotrexate.\n\nBest,\nHelga Björnsdóttir\n"
        "Hverfisgata 45, 101 Reykjavík\nhelga.bjorns@simnet.is\n+354 555 8821",
        [
            ("Helga Björnsdóttir", "NAME"),
            ("Hverfisgata 45, 101 Reykjavík", "ADDRESS"),
            ("helga.bjorns@simnet.is", "EMAIL"),
            ("+354 555 8821", "PHONE"),
        ],
    ),
    # 45
    (
        "Reviewed. Hold metformin until eGFR rechecked; if under 30 stop.\n--\nTanvir Hossain, PA-C\n"
        "Internal Medicine | Pager 4-7731",
        [("Tanvir Hossain", "NAME"), ("4-7731", "PHONE")],
    ),
    # 46
    (
        "Asking if I am due any boosters. My old record shows last tetanus 17.08.2014 and "
        "last mammogram March 2nd, 2024.",
        [("17.08.2014", "DATE"), ("March 2nd, 2024", "DATE")],
    ),
    # 47
    (
        "Card reads: HEALTHFIRST PLUS / Member: ABIODUN FASHOLA / ID: W2291 004 87 / Group: 70441 / "
        "Rx BIN 610014. Is this plan accepted for the sleep study?",
        [("ABIODUN FASHOLA", "NAME"), ("W2291 004 87", "ID")],
    ),
    # 48
    (
        "Dr. Hart said my heart rhythm was fine at the last visit but the palpitations are back. My "
        "roommate Sunny Baker can pick up the Holter monitor if that's allowed.",
        [("Hart", "NAME"), ("Sunny Baker", "NAME")],
    ),
    # 49
    (
        "Dr. Mark Stone marked the site for the biopsy on 22/11. I will bring my list of meds and "
        "stop the aspirin like he said.\nThanks, Will",
        [("Mark Stone", "NAME"), ("22/11", "DATE"), ("Will", "NAME")],
    ),
    # 50
    (
        "ED triage: Georgios Papadopoulos, 93 y/o, brought in by his son after two days of "
        "vomiting. Lives independently.",
        [("Georgios Papadopoulos", "NAME"), ("93", "AGE")],
    ),
    # 51
    (
        "Please send the biopsy report to Dr. med. Friederike Schönberger, Lindenstraße 12, 80331 "
        "München - she will be doing my follow-up while I am in Germany.",
        [("Friederike Schönberger", "NAME"), ("Lindenstraße 12, 80331 München", "ADDRESS")],
    ),
    # 52
    (
        "Mi hija Camila Restrepo speaks English, please call her instead of me: WhatsApp "
        "+57 310 555 2947. The swelling in my leg is worse.",
        [("Camila Restrepo", "NAME"), ("+57 310 555 2947", "PHONE")],
    ),
    # 53
    (
        "Visit note 2026-11-19. Ayşe Demir, MRN: A00913347, reports 3 days of dysuria and flank pain, "
        "T 38.7. UA sent.",
        [("2026-11-19", "DATE"), ("Ayşe Demir", "NAME"), ("A00913347", "MRN")],
    ),
    # 54
    (
        "Colm Ó Briain is asking whether he should stop his apixaban before the knee surgery booked "
        "for the first of December, and for how many days.",
        [("Colm Ó Briain", "NAME"), ("first of December", "DATE")],
    ),
    # 55
    (
        "Nursing home note: Mrs Euphemia Rattray, age 104, found on floor beside bed, no head strike "
        "per staff, now c/o right hip pain.",
        [("Euphemia Rattray", "NAME"), ("104", "AGE")],
    ),
    # 56
    (
        "Our daughter Precious (16) has period cramps so bad she fainted at school today. Mum is "
        "Patience Mwangi, 0722 555 813.",
        [("Precious", "NAME"), ("Patience Mwangi", "NAME"), ("0722 555 813", "PHONE")],
    ),
    # 57
    (
        "I put photos of the rash at www.dropbox-share.example.com/s/rash-photos-jt - the password "
        "is my birthday, 7 July. It has spread to my back.",
        [("www.dropbox-share.example.com/s/rash-photos-jt", "URL"), ("7 July", "DATE")],
    ),
    # 58
    (
        "My husband lost his hearing aid (S/N 1822A0457) in the waiting room this morning. Has anyone "
        "handed it in?",
        [("1822A0457", "ID")],
    ),
    # 59
    (
        "My Ontario health card 4532-281-947-AB expired last month and my new address is 55 Rue "
        "Sainte-Catherine O, Montréal QC H2X 1K3. - Marie-Ève Tremblay",
        [
            ("4532-281-947-AB", "ID"),
            ("55 Rue Sainte-Catherine O, Montréal QC H2X 1K3", "ADDRESS"),
            ("Marie-Ève Tremblay", "NAME"),
        ],
    ),
    # 60
    (
        "Fwd from son: 'Dad (Bartholomew Oyelowo) was seen at urgent care on the nineteenth of "
        "November, they said pneumonia. Can his own doctor see him this week?'",
        [("Bartholomew Oyelowo", "NAME"), ("nineteenth of November", "DATE")],
    ),
    # --- 10 items without PHI (near-misses) ---
    # 61
    (
        "Took 2 x 500 mg paracetamol at 14:00 and again at 18:00. Temp is still 38.6. Is it safe to "
        "take another dose before bed?",
        [],
    ),
    # 62
    (
        "BP this morning 148/92, pulse 88, sats 96%. Yesterday it was 139/85. Should I go up on the "
        "amlodipine from 5 to 10?",
        [],
    ),
    # 63
    (
        "I've had this cough since 2019 and it gets worse every winter. Smoked from the 1980s until "
        "2015, about 10 a day. Now I'm bringing up green phlegm.",
        [],
    ),
    # 64
    (
        "My physio appointments are Monday and Thursday next week. Can I move the Thursday one to the "
        "afternoon? My knee is still swollen 3 weeks after the op.",
        [],
    ),
    # 65
    (
        "I live in Texas now but my old clinic was out of state. Do I need a new referral for the "
        "endocrinologist or can the old one carry over?",
        [],
    ),
    # 66
    (
        "Percocet 5/325, 1 tab q6h PRN. Pain is 6/10, was 8/10 on day 3 post-op. Constipated since "
        "the surgery.",
        [],
    ),
    # 67
    (
        "Our dog Biscuit knocked me over on the stairs and my wrist is swollen. I weigh 94 kg and "
        "took ibuprofen 400 mg twice. Can I wait until tomorrow?",
        [],
    ),
    # 68
    (
        "Blood sugar readings 7.2, 11.4 and 9.8 mmol/L over the last 3 days. Lantus 22 units at "
        "bedtime. Should I change anything before the weekend?",
        [],
    ),
    # 69
    (
        "Diagnosed with Hashimoto's years ago, now I think I have Bell's palsy on the left side. "
        "Also had a Baker's cyst drained in the spring. Is this related?",
        [],
    ),
    # 70
    (
        "Dad is 89 and still driving. He has had 2 falls in the past 6 months and takes 4 blood "
        "pressure pills. Should he have a bone density scan?",
        [],
    ),
]


def locate(text: str, spans: list[tuple[str, str]], idx: int) -> list[dict]:
    out, cursor = [], 0
    for sub, label in spans:
        if label not in LABELS:
            raise SystemExit(f"item {idx}: unknown label {label}")
        if sub != sub.strip():
            raise SystemExit(f"item {idx}: span {sub!r} has edge whitespace")
        pos = cursor
        while True:
            start = text.find(sub, pos)
            if start < 0:
                raise SystemExit(f"item {idx}: {sub!r} not found after offset {cursor}")
            end = start + len(sub)
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() and sub[0].isalnum()) and not (
                after.isalnum() and sub[-1].isalnum()
            ):
                break
            pos = start + 1
        assert text[start:end] == sub
        out.append({"start": start, "end": end, "label": label})
        cursor = end
    # no overlaps
    for a, b in zip(out, out[1:], strict=False):  # noqa: RUF007
        if b["start"] < a["end"]:
            raise SystemExit(f"item {idx}: overlapping spans {a} {b}")
    # every other word-bounded occurrence of a labelled string must be covered
    for s in out:
        sub = text[s["start"] : s["end"]]
        for m in re.finditer(re.escape(sub), text):
            b = text[m.start() - 1] if m.start() > 0 else " "
            e = text[m.end()] if m.end() < len(text) else " "
            if (b.isalnum() and sub[0].isalnum()) or (e.isalnum() and sub[-1].isalnum()):
                continue
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in out):
                raise SystemExit(f"item {idx}: unlabelled occurrence of {sub!r} at {m.start()}")
    return out


def main() -> None:
    rows, counts, seen = [], collections.Counter(), set()
    for i, (text, spans) in enumerate(ITEMS, 1):
        if text in seen:
            raise SystemExit(f"item {i}: duplicate text")
        seen.add(text)
        located = locate(text, spans, i)
        counts.update(s["label"] for s in located)
        rows.append(
            {
                "id": f"guide12-phi-{i:04d}",
                "category": "phi",
                "added": ADDED,
                "source": SOURCE,
                "text": text,
                "spans": located,
            }
        )
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide12.", suffix=".jsonl.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        # re-read and re-check offsets from the written file
        for line in open(tmp, encoding="utf-8"):  # noqa: SIM115
            r = json.loads(line)
            for s in r["spans"]:
                assert 0 <= s["start"] < s["end"] <= len(r["text"])
        check = subprocess.run(
            [
                sys.executable,
                "-c",
                "import json,sys; sys.path.insert(0,"
                + repr(_ROOT)
                + "); from harness.contract import "
                "parse_item; [parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; "
                "print('ok')",
                tmp,
            ],
            capture_output=True,
            text=True,
        )
        if check.returncode != 0 or check.stdout.strip() != "ok":
            raise SystemExit(f"parse_item validation failed:\n{check.stdout}{check.stderr}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    empty = sum(1 for r in rows if not r["spans"])
    print(f"wrote {len(rows)} items ({empty} without PHI), {sum(counts.values())} spans -> {OUT}")
    for k, v in counts.most_common():
        print(f"  {k:8s} {v}")


if __name__ == "__main__":
    main()
