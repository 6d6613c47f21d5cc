#!/usr/bin/env python3
"""Generate pipelines/triage/dev/phi_guide8.jsonl: guideline PHI annotation set 8.

Each item is written as (text, spans) where spans are (substring, label[, flags]) in text order.
Offsets are computed by locating each substring after the end of the previous span, then
validated: exact match, no overlap, word boundaries (unless flag "nb"), no leading/trailing
space or punctuation, every other occurrence of a labelled string also labelled (unless the
item lists it in `ok`), allowed labels only. Output is validated with harness.contract.parse_item
and written atomically.

All texts, and every name, date, number and address in them, are fictional and were
written for this project. Licence: Apache-2.0.

Calls made where the labelling guideline (goldsets/README.md) is silent:

# PHI annotation set 8: calls made where the guideline is silent

Source rule: the **phi** paragraph of the labelling guideline (goldsets/README.md) (HIPAA Safe Harbor style). Where it
rules explicitly (titles and possessive 's outside NAME; AGE only over 89, the number only; bare
years, weekdays and relative dates are not PHI; a state or country alone is not PHI; fax and
extensions count as PHONE; IPs count as URL; doses, vitals and counts are not PHI), I followed it
as written. The calls below cover what it leaves open. Where two readings were defensible I took
the one that redacts more (the safer one), as the guideline's opening paragraph asks.

## Spans in general
1. Every occurrence is its own span, including a repeated first name or surname (`Adaeze` after
   `Adaeze Eze`, `Ngata` after `Aroha Ngata`). this script checks that no whole-word occurrence of a
   labelled string is left unlabelled.
2. Field labels and lead-in words stay outside spans: `MRN`, `DOB`, `SSN`, `Rx#`, `Claim #:`,
   `member ID`, `SN:`, `fax`, `tel`, `pager`, `Mom:`, `Patient:`. Letters that belong to the
   identifier itself stay inside (`MH00938271`, `CLM-2026-0884172`, `E-55219`, `HI-8820193`).
3. Surrounding punctuation (brackets, angle brackets round emails, trailing commas and full stops)
   stays outside. Exception: the opening parenthesis of an area code is part of the phone number:
   `(503) 555-0172`.

## NAME
4. A full name is one span. That covers middle names and initials, surname particles (`Pieter van
   Dijk`, `Van der Berg`), hyphenated and multi-word surnames (`Raymond Two Bears`), generational
   suffixes (`Robert L. Haynes Jr.`) and a nickname in quotes inside the name
   (`Bongani 'Bo' Dlamini`, `Eleanor "Ellie" Martinez`).
5. Titles and role words stay outside: Dr., Dr (no stop), Mr., Mrs, Ms., Nurse, PA, Nurse
   Practitioner, "my daughter". So do credentials after the name (`MD`, `RN`, `LVN`, `MA`, `CNM`,
   `PA-C`).
6. Initials used as a signature (`RKP`, `JD`, `—RKP`) and initial-plus-surname forms (`K.
   Abernathy`,
   `Jordan P.`) are NAME. A name's own final full stop stays inside (`Jordan P.`, `Jr.`).
7. Names are labelled whatever the casing (`dr sato`, `DOCTOR GREENE`, `HAZEL`), and also when the
   word is otherwise a month, a city or a common word (`April`, `JUNE`, `Paris`, `Hunter`, `Wren`).
   The same word used as a month is DATE (`since June`).
8. Every person is NAME, not only patients and relatives: clinicians, pharmacy staff (`Pat`),
   school and home-health staff, neighbours, friends.
9. Not NAME: eponyms in diseases (`Crohn's`, `Hashimoto's`, `Parkinson's`), drug and brand names
   (Eliquis, Humira), facility and business names (Lakeside Family Medicine, Bluebird Pharmacy,
   Walgreens), pets (`Pepper` the service dog), role words (`Mom`, `Dad`, `Care Team`, `Intake`).
   A name that appears only inside an email address or URL is covered by that EMAIL/URL span and
   gets no nested NAME span (spans never overlap).

## DATE
10. A weekday written next to a date stays outside the span (`Mon, Nov 16, 2026` gives
    `Nov 16, 2026`; `Wed 12/9` gives `12/9`). Times of day (`9:41 AM`, `0215`, `14:20`) are not PHI.
11. Month plus year (`August 2026`, `May 2025`) is DATE. **A month alone** (`since June`) is also
    DATE: Safe Harbor removes every date element except the year, and the month is one. This is the
    strictest reading of "more specific than a year".
12. A day of the month with no month (`on the 3rd`) is DATE and the span is the ordinal (`3rd`).
    Ordinal and spelled-out forms are one span including `of` and the month
    (`13th of November`, `2nd of December`, `21st of March 1994`, `March the 9th`,
    `fourth of July, 1953`, `Nov. 19th`).
13. A named holiday that fixes a calendar day (`New Year's Day`) is DATE. Seasons ("before winter",
    "since summer") are not.
14. A date range (`11/24-11/26`) gives one span per date, without the dash.
15. European and ISO formats (`14.10.2026`, `17/06/1955`, `2026-11-02`, `02-Nov-1958`) and
    two-digit years (`11/23/26`) are DATE.
16. Ratio-like values that only look like dates are not PHI: pain `6/10`, `3/4` of a tablet,
    carbidopa-levodopa `25/100`, blood pressures.

## AGE
17. Spelled-out ages are AGE (`ninety-one`). Decades and ordinals that show an age over 89 are AGE:
    `90s` in "her late 90s" (the word "late" stays outside) and `90th` in "Dad's 90th birthday"
    (the ordinal suffix stays inside because it is the same token). In `97yo` the span is `97`;
    the number is the AGE and `yo` is the unit.
18. Exactly 89 or under is never labelled (near-misses: 89, 88, 80, 79, 77, 72).

## PHONE
19. Extensions go inside the span (`(503) 555-0172 ext. 14`, `(312) 555-0186 x221`,
    `801-555-0187 ext. 3302`). Fax and pager numbers are PHONE.
20. International numbers keep their prefix (`+44`, `+91`, `+64`, `+234`, `+1`, `0034`) inside
    the span. Seven-digit local numbers (`555-0128`) and dotted or space-separated forms count too.
21. Institutional numbers (clinic lines, toll-free supplier and lab numbers, on-call lines, a
    school or pharmacy fax) are PHONE as well. Safe Harbor lists telephone and fax numbers with no
    exception for them, and they narrow down where the patient gets care.

## EMAIL / URL
22. Every email address is EMAIL, including institutional ones (`portal-support@...`,
    `careteam@...`, a school nurse's address) and obfuscated ones written in words
    (`maria dot lopez1962 at example dot com`, labelled as one span).
23. Every URL is URL, including public sites with no patient data (`www.cdc.gov`) and URLs without
    a scheme. IPv4 addresses are URL (the guideline).

## ADDRESS
24. A contiguous postal address is **one** span from its first element to its last (street number
    to ZIP), and a state sitting inside it is included (`2217 W. Harrison St, Apt 2F, Chicago IL
    60612`, `PO Box 4471, Bemidji, MN 56619`). An address broken up by ordinary words gives
    separate spans (`4410 Kedzie Ave` ... in ... `Skokie`).
25. Each of these on its own is ADDRESS: a city or town (including foreign cities such as
    `Manchester`, `Chennai` or `Lagos`), a street name without a number (`Elm Street`, `Burnside`,
    `FAIRVIEW LANE`, `County Road 14`), an apartment (`apt 5C`), a ZIP alone (`94601`), a PO box, a
    **county** (`Pawnee County`). Counties are not in the guideline's list, but Safe Harbor names
    them as subdivisions smaller than a state.
26. An address is ADDRESS whoever it belongs to: the patient's home, a relative's town, the clinic
    the patient uses (`the one in Shiprock`), a pharmacy's street, a clinician's office in a
    signature block. Any of them narrows down where the patient lives.
27. Not PHI: a state alone (Ohio, Colorado, Georgia, California, Texas, `(NY)`); a country or
    nationality (India, Germany, Jamaica, Spain, "Nigerian"); hospital room, bed and floor numbers
    (`room 418`, `bed 12`, `4th floor`); distances ("6 miles past the church").

## MRN / ID / SSN
28. MRN covers any number labelled as a patient's record number at any facility: `MRN`, a lab's
    "Patient ID" (`QL-2093381`), New Zealand's `NHI`. Hyphenated and letter-prefixed forms count.
29. ID covers every other identifying number: account, guarantor, member, policy, group, claim,
    invoice and payment-confirmation numbers; a Medicare MBI; an insurance card number; device
    serials (pump, CPAP, pacemaker, CGM sensor); licence plates; a disabled-parking placard; a
    driver's licence; prescription numbers; a lab accession number; a guardianship case number;
    student and employee IDs; a clinician's NPI; the last four digits of a payment card.
30. SSN includes partial SSNs: "last 4 of my social" (`4417`), "mine ends in 4328", and the visible
    digits of a masked SSN (`***-**-6021` gives `6021`; the asterisks and dashes stay outside).
31. Not PHI: CPT and ICD-10 codes, drug strengths, lab values, cycle and day labels (C1D1, POD 3),
    dollar amounts, counts of pills and pens.

## Set composition
- 100 items; 10 contain no PHI. Their near-misses are doses, vital signs, counts, an age of 89 and
  other ages under 90, ratio-like numbers, bare years (2019, 2023, the 1970s), weekdays and states
  named alone.
- All people, numbers and addresses are invented. US phone numbers use 555-01xx; the UK mobile is
  from Ofcom's drama range; the other foreign numbers are made up but could belong to real lines.
  SSNs come from the 987-65-432x advertising block and IPs from the documentation ranges. Email and
  URL hosts are example.* domains or invented example-named domains (examplehealth.org and the
  like).
  Every weekday that appears next to a date matches the 2026 calendar.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide8.jsonl")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}

ITEMS: list[dict] = []


def add(text: str, spans: list[tuple], ok: tuple[str, ...] = ()) -> None:
    ITEMS.append({"text": text, "spans": spans, "ok": ok})


# ---------------------------------------------------------------- items
add(
    "Hi Dr. Okonkwo, this is Adaeze Eze. My blood pressure readings this week have been 148/92 and "
    "151/95 in the mornings. I take lisinopril 10 mg. Should I increase it before my appointment on "
    "March 3? Thanks, Adaeze",
    [("Okonkwo", "NAME"), ("Adaeze Eze", "NAME"), ("March 3", "DATE"), ("Adaeze", "NAME")],
)

add(
    "hello i am writing for my mom Rosa Delgado, she is 93 and since yesterday she is more confused "
    "than usual and not eating much. her DOB is 7/19/1933 and her MRN is 00417726. can someone call "
    "me back at 915-555-0143? - Marisol (daughter)",
    [
        ("Rosa Delgado", "NAME"),
        ("93", "AGE"),
        ("7/19/1933", "DATE"),
        ("00417726", "MRN"),
        ("915-555-0143", "PHONE"),
        ("Marisol", "NAME"),
    ],
)

add(
    "I got a bill for $412.60 for the ultrasound on 09/02/2026 but my insurance should have covered "
    "it. Account #: 7741-20938. The EOB shows claim number CLM-2026-0884172 as denied, member ID "
    "W88310274. Please call me at (503) 555-0172 ext. 14, that's my work line, I'm at the front desk. "
    "— Tomasz Wiśniewski",
    [
        ("09/02/2026", "DATE"),
        ("7741-20938", "ID"),
        ("CLM-2026-0884172", "ID"),
        ("W88310274", "ID"),
        ("(503) 555-0172 ext. 14", "PHONE"),
        ("Tomasz Wiśniewski", "NAME"),
    ],
)

add(
    "I've had a dry cough for about 10 days, no fever, temp was 98.9 this morning. I'm taking "
    "Mucinex 600 mg twice a day. Is this something I should worry about or just wait it out? It's "
    "been going around my office since Monday.",
    [],
)

add(
    "RN phone note 11/18/2026 14:20. Pt Harjit Singh Sandhu (MRN 2209-4471) called re: swelling L "
    "ankle x3 days after starting amlodipine 5 mg. Denies SOB, chest pain. Home BP 132/80. Advised "
    "elevation, msg routed to Dr. Lindqvist. Callback 209-555-0198. -- K. Abernathy, RN",
    [
        ("11/18/2026", "DATE"),
        ("Harjit Singh Sandhu", "NAME"),
        ("2209-4471", "MRN"),
        ("Lindqvist", "NAME"),
        ("209-555-0198", "PHONE"),
        ("K. Abernathy", "NAME"),
    ],
)

add(
    "Dear Dr. Fitzgerald,\n\nThank you for seeing Mr. Kwame Asante (DOB 02-Nov-1958; MRN MH00938271), "
    "a 68-year-old man with progressive exertional dyspnea since August 2026. Echo on 10 Oct 2026 "
    "showed an EF of 35% with global hypokinesis. He lives at 88 Larchmont Road, Unit 4, Stamford, CT "
    "06902 with his wife, Efua, who manages his medicines. He can be reached on 203-555-0117.\n\n"
    "Sincerely,\nPriya Raghunathan, MD\nInternal Medicine",
    [
        ("Fitzgerald", "NAME"),
        ("Kwame Asante", "NAME"),
        ("02-Nov-1958", "DATE"),
        ("MH00938271", "MRN"),
        ("August 2026", "DATE"),
        ("10 Oct 2026", "DATE"),
        ("88 Larchmont Road, Unit 4, Stamford, CT 06902", "ADDRESS"),
        ("Efua", "NAME"),
        ("203-555-0117", "PHONE"),
        ("Priya Raghunathan", "NAME"),
    ],
)

add(
    "---------- Forwarded message ---------\nFrom: Lena Hoffmann <lena.hoffmann82@example.com>\n"
    "Date: Mon, Nov 16, 2026 at 9:41 AM\nSubject: lab results\nTo: portal-support@examplehealth.org\n\n"
    "Can you forward this to Dr. Ruiz? I can't open the results link "
    "https://portal.examplehealth.org/results/88213 - it says session expired. My potassium was "
    "flagged at 5.6, should I stop the spironolactone?",
    [
        ("Lena Hoffmann", "NAME"),
        ("lena.hoffmann82@example.com", "EMAIL"),
        ("Nov 16, 2026", "DATE"),
        ("portal-support@examplehealth.org", "EMAIL"),
        ("Ruiz", "NAME"),
        ("https://portal.examplehealth.org/results/88213", "URL"),
    ],
)

add(
    "Hi, I parked in the garage for my MRI and the ticket machine was broken. The attendant wrote "
    "down my plate, 7KDM482 (California), and said billing would sort it out, but now there is a $45 "
    "parking charge on my hospital account 30018845. Can this be removed? Thanks, Beatriz Oliveira",
    [("7KDM482", "ID"), ("30018845", "ID"), ("Beatriz Oliveira", "NAME")],
)

add(
    "My insulin pump keeps alarming 'No Delivery'. Serial number on the back is 1184-2290-X7. I "
    "changed the site twice today and my sugars were 286 and then 301. I'm scared to go to bed like "
    "this. Please call 404-555-0161 - DeShawn Mitchell",
    [("1184-2290-X7", "ID"), ("404-555-0161", "PHONE"), ("DeShawn Mitchell", "NAME")],
)

add(
    "The pharmacy says my refill of sertraline 100mg (Rx# 4829107-03316) needs a new prescription "
    "from Dr. Haddad. Can you send it? I only have 3 pills left. Pharmacy fax is 313-555-0190. "
    "Thanks, Yusuf Al-Masri",
    [
        ("4829107-03316", "ID"),
        ("Haddad", "NAME"),
        ("313-555-0190", "PHONE"),
        ("Yusuf Al-Masri", "NAME"),
    ],
)

add(
    "IT ticket forwarded by portal admin: Patient Eun-ji Park (MRN 55102984) reports repeated "
    "lockouts. Failed logins from 203.0.113.47 and 198.51.100.212 on 11/20/2026, none from her usual "
    "device. Patient email on file ejpark@example.net. Please reset MFA and confirm by phone.",
    [
        ("Eun-ji Park", "NAME"),
        ("55102984", "MRN"),
        ("203.0.113.47", "URL"),
        ("198.51.100.212", "URL"),
        ("11/20/2026", "DATE"),
        ("ejpark@example.net", "EMAIL"),
    ],
)

add(
    "My grandfather is ninety-one and had a fall this morning in the bathroom. He says his hip is "
    "fine but he's walking slower and holding the wall. He's on Eliquis. Do we need to bring him in? "
    "His name is Vo Van Thanh, birthday 3/2/1935.",
    [("ninety-one", "AGE"), ("Vo Van Thanh", "NAME"), ("3/2/1935", "DATE")],
)

add(
    "Question about my mother who is 89. Her doctor started donepezil 5 mg at bedtime two weeks ago "
    "and she's having vivid dreams and some nausea. She weighs 52 kg. Is it OK to give it in the "
    "morning instead?",
    [],
)

add(
    "I saw Dr. Mwangi's PA last Thursday and she said to message if the rash spread. It has spread to "
    "my back now, photos attached. I'm using the triamcinolone 0.1% cream twice a day. — Chloe "
    "Nakamura-Reyes",
    [("Mwangi", "NAME"), ("Chloe Nakamura-Reyes", "NAME")],
)

add(
    "Hello, I'm visiting family in Manchester and ran out of my levothyroxine 75 mcg. Could Dr. "
    "Adeyemi send a letter I can show a chemist here? My UK mobile is +44 7700 900481 and email is "
    "f.bankole@example.co.uk. I fly home on 12/2.\nFunmilayo Bankole, DOB 05/30/1979",
    [
        ("Manchester", "ADDRESS"),
        ("Adeyemi", "NAME"),
        ("+44 7700 900481", "PHONE"),
        ("f.bankole@example.co.uk", "EMAIL"),
        ("12/2", "DATE"),
        ("Funmilayo Bankole", "NAME"),
        ("05/30/1979", "DATE"),
    ],
)

add(
    "Telephone encounter 2026-11-21. Spoke with pt's husband Joaquín Herrera via Spanish "
    "interpreter. Pt Lucía Herrera Castillo has had vomiting since 11/19, unable to keep fluids down, "
    "last voided this morning. Advised ED eval tonight; husband agreed and will drive her. Home phone "
    "956-555-0124. — M. Treviño, LVN",
    [
        ("2026-11-21", "DATE"),
        ("Joaquín Herrera", "NAME"),
        ("Lucía Herrera Castillo", "NAME"),
        ("11/19", "DATE"),
        ("956-555-0124", "PHONE"),
        ("M. Treviño", "NAME"),
    ],
)

add(
    "My son is 7 and weighs 22 kg. He has had a fever of 101.8 since Saturday. Can I alternate "
    "Tylenol 320 mg and Motrin 200 mg? We live in Ohio so the nearest urgent care is 40 minutes away.",
    [],
)

add(
    "I was asked to update my insurance at registration. New plan is a PPO through my husband's "
    "job, policy number PX-4471-9920, group 88213. Subscriber is my husband, Rahul Mehta, SSN "
    "987-65-4321. I'm Ananya Mehta, date of birth Jan 9 1986. Please update it before my 11/30 "
    "appointment.",
    [
        ("PX-4471-9920", "ID"),
        ("88213", "ID"),
        ("Rahul Mehta", "NAME"),
        ("987-65-4321", "SSN"),
        ("Ananya Mehta", "NAME"),
        ("Jan 9 1986", "DATE"),
        ("11/30", "DATE"),
    ],
)

add(
    "the billing lady on the phone asked me to verify with the last 4 of my social which is 4417, "
    "then the call dropped. can someone call me back?? 617-555-0139. thx Siobhan O'Malley",
    [("4417", "SSN"), ("617-555-0139", "PHONE"), ("Siobhan O'Malley", "NAME")],
)

add(
    "Progress note, 11/12/2026. 47M with Crohn's disease on adalimumab, f/u with Dr. Bernstein. "
    "Reports 3-4 BM/day, no blood. Also hx Hashimoto's thyroiditis on levothyroxine 88 mcg. Wt 71.2 "
    "kg, HR 78, BP 118/74. Plan: continue Humira 40 mg q2wk, CRP and fecal calprotectin today.\n"
    "Patient: Arash Tehrani, MRN 7730219.",
    [("11/12/2026", "DATE"), ("Bernstein", "NAME"), ("Arash Tehrani", "NAME"), ("7730219", "MRN")],
)

add(
    "hi i need to reshedule my apt with dr sato on tusday 12/08 at 10:15, my daughter has her "
    "recital. can i do the week after?? my # is 702 555 0156. thnx Keiko Tanaka-Brown",
    [
        ("sato", "NAME"),
        ("12/08", "DATE"),
        ("702 555 0156", "PHONE"),
        ("Keiko Tanaka-Brown", "NAME"),
    ],
)

add(
    "My aunt is in her late 90s and lives with us. Her potassium came back 3.1 on the labs drawn "
    "Nov. 19th and Dr. Kowalczyk wants to recheck. Can the draw be done at home? Our address is 2217 "
    "W. Harrison St, Apt 2F, Chicago IL 60612. Aunt's name is Zofia Kowalski.",
    [
        ("90s", "AGE"),
        ("Nov. 19th", "DATE"),
        ("Kowalczyk", "NAME"),
        ("2217 W. Harrison St, Apt 2F, Chicago IL 60612", "ADDRESS"),
        ("Zofia Kowalski", "NAME"),
    ],
)

add(
    "FAX COVER SHEET\nTo: Cardiology Intake, fax (312) 555-0185\nFrom: Lakeside Family Medicine, tel "
    "(312) 555-0186 x221\nPages: 4 (including cover)\nRe: Gloria Adebayo-Lewis, DOB 08/14/1961\n"
    "Urgent referral for new atrial fibrillation with RVR, HR 132 at visit 11/23/26. Please call our "
    "office to schedule.",
    [
        ("(312) 555-0185", "PHONE"),
        ("(312) 555-0186 x221", "PHONE"),
        ("Gloria Adebayo-Lewis", "NAME"),
        ("08/14/1961", "DATE"),
        ("11/23/26", "DATE"),
    ],
)

add(
    "Is it normal for my INR to go from 2.4 to 3.6 in one week? I'm on warfarin 5 mg daily except "
    "2.5 mg on Tuesdays and Fridays. I've been eating less salad lately. Had a small nosebleed last "
    "night that stopped after 10 minutes.",
    [],
)

add(
    "Writing on behalf of my father-in-law, Bongani 'Bo' Dlamini. He had cataract surgery on Nov 17 "
    "with Dr. Chen and today the eye is red and he says the vision is blurrier than yesterday. My "
    "husband Sipho is driving him over now. I'm Naledi, reachable at naledi.d@example.com.",
    [
        ("Bongani 'Bo' Dlamini", "NAME"),
        ("Nov 17", "DATE"),
        ("Chen", "NAME"),
        ("Sipho", "NAME"),
        ("Naledi", "NAME"),
        ("naledi.d@example.com", "EMAIL"),
    ],
)

add(
    "Pls call me 541-555-0107 re my biopsy results. - Wren",
    [("541-555-0107", "PHONE"), ("Wren", "NAME")],
)

add(
    "I took 2 extra metoprolol 25 mg tablets by accident around 8 pm. Now my pulse is 54 and I feel "
    "a little lightheaded. I'm 72 and had 1 heart attack before. Should I go in?",
    [],
)

add(
    "Discharge summary (excerpt)\nPatient: Marguerite Fontaine-Leclerc\nAdmitted 2026-11-02, "
    "discharged 11/06/2026.\nDx: community-acquired pneumonia, treated with ceftriaxone then "
    "amoxicillin-clavulanate.\nFollow-up with PCP Dr. Olamide Balogun within 7 days; appt booked for "
    "the 13th of November at 09:30. SpO2 95% RA at discharge, no home O2.",
    [
        ("Marguerite Fontaine-Leclerc", "NAME"),
        ("2026-11-02", "DATE"),
        ("11/06/2026", "DATE"),
        ("Olamide Balogun", "NAME"),
        ("13th of November", "DATE"),
    ],
)

add(
    "I paid online at https://pay.examplehealth.org/guest but it still shows a balance of $86.00. "
    "Confirmation number PMT-0093318, guarantor account 4410287. The patient is my son Mateo Vargas. "
    "Can you check what happened?",
    [
        ("https://pay.examplehealth.org/guest", "URL"),
        ("PMT-0093318", "ID"),
        ("4410287", "ID"),
        ("Mateo Vargas", "NAME"),
    ],
)

add(
    "0215 Paged Dr. Ibrahim (pager 617-555-0133) re: bed 12, Moshe Abramowitz, 94 y/o, new O2 "
    "requirement, now on 2L NC, SpO2 89% on RA prior. CXR ordered. MRN 003318842.",
    [
        ("Ibrahim", "NAME"),
        ("617-555-0133", "PHONE"),
        ("Moshe Abramowitz", "NAME"),
        ("94", "AGE"),
        ("003318842", "MRN"),
    ],
)

add(
    "Namaste, I am the son of Kamala Subramanian. She is visiting us from Chennai and her BP tablets "
    "(amlodipine 5 mg) are finishing. Her doctor in India is Dr. Venkatesh, number +91 44 2811 0457. "
    "Can your doctor prescribe for 1 month? My number 848-555-0112. Arjun",
    [
        ("Kamala Subramanian", "NAME"),
        ("Chennai", "ADDRESS"),
        ("Venkatesh", "NAME"),
        ("+91 44 2811 0457", "PHONE"),
        ("848-555-0112", "PHONE"),
        ("Arjun", "NAME"),
    ],
)

add(
    "The video visit link isn't working. I click https://telehealth.example.com/join/AX93-PL2 and it "
    "spins forever (Chrome on a Chromebook). Visit is at 2:40 today with Nurse Practitioner "
    "Gallagher. You can email me at bjorn.halvorsen.77@example.org. Bjørn Halvorsen",
    [
        ("https://telehealth.example.com/join/AX93-PL2", "URL"),
        ("Gallagher", "NAME"),
        ("bjorn.halvorsen.77@example.org", "EMAIL"),
        ("Bjørn Halvorsen", "NAME"),
    ],
)

add(
    "Hello, my GP in Germany gave me these numbers from my blood test on 14.10.2026: TSH 6.2, free T4 "
    "0.9. I'm new to your practice (first appointment 01.12.2026). Name: Katarina Schulz, born "
    "23.04.1990. Do I need medicine?",
    [
        ("14.10.2026", "DATE"),
        ("01.12.2026", "DATE"),
        ("Katarina Schulz", "NAME"),
        ("23.04.1990", "DATE"),
    ],
)

add(
    "Hi Jen - can you squeeze Mr. Tuilagi (MRN 81-220-4471) in tomorrow? Sore throat x5d, temp "
    "102.4, trismus, muffled voice. Worried about peritonsillar abscess. He lives out in Kapolei so "
    "mornings are better. Thx, Marcus",
    [
        ("Jen", "NAME"),
        ("Tuilagi", "NAME"),
        ("81-220-4471", "MRN"),
        ("Kapolei", "ADDRESS"),
        ("Marcus", "NAME"),
    ],
)

add(
    "Hi this is Winona Begay. I got my flu shot and the covid booster on 11/10 and my arm is still "
    "swollen and hot, about the size of my palm. No fever. My clinic is the one in Shiprock but I'm "
    "staying with my sister Darlene in Gallup this week. Phone 505-555-0148",
    [
        ("Winona Begay", "NAME"),
        ("11/10", "DATE"),
        ("Shiprock", "ADDRESS"),
        ("Darlene", "NAME"),
        ("Gallup", "ADDRESS"),
        ("505-555-0148", "PHONE"),
    ],
)

add(
    "Lab called to say my specimen hemolyzed and I have to redo the potassium. They gave me accession "
    "number 26-318-00472. Can I do it at the Elm Street draw station this Saturday? - Hannah Goldberg",
    [("26-318-00472", "ID"), ("Elm Street", "ADDRESS"), ("Hannah Goldberg", "NAME")],
)

add(
    "Reviewed CBC from 11/22: WBC 14.1, ANC 11.2, Hgb 10.9, plt 388. Likely steroid effect "
    "(prednisone 40 mg day 5). No change to plan. Pt notified via portal. —RKP",
    [("11/22", "DATE"), ("RKP", "NAME")],
)

add(
    "Since last Wednesday I've had burning when I pee and now some pain in my right side/back. Temp "
    "100.9 tonight. I had a UTI two months ago too, Dr. Oyelaran treated it with Macrobid. Can "
    "something be called in tonight? -Tamar",
    [("Oyelaran", "NAME"), ("Tamar", "NAME")],
)

add(
    "Medicare denied the claim for my wheelchair cushion. Claim #: 2226310448201. My Medicare number "
    "is 1EG4-TE5-MK73. The supplier told me to have you fax the order to 1-800-555-0199. I'm 90 years "
    "young and would like to get this sorted before winter.\nWalter Pruitt",
    [
        ("2226310448201", "ID"),
        ("1EG4-TE5-MK73", "ID"),
        ("1-800-555-0199", "PHONE"),
        ("90", "AGE"),
        ("Walter Pruitt", "NAME"),
    ],
)

add(
    "Both kids have pink eye now. Aiden (age 6) started Saturday and Sophie (age 4) this morning, "
    "goopy yellow discharge. Their pediatrician Dr. Lam is out this week. Can the covering doctor "
    "send drops to the Walgreens on Burnside? Mom: Kristen Ferreira, 971-555-0126",
    [
        ("Aiden", "NAME"),
        ("Sophie", "NAME"),
        ("Lam", "NAME"),
        ("Burnside", "ADDRESS"),
        ("Kristen Ferreira", "NAME"),
        ("971-555-0126", "PHONE"),
    ],
)

add(
    "Please mail the records release form to PO Box 4471, Bemidji, MN 56619. We don't get delivery at "
    "the house. It's for my late husband Gerald Lussier's records (he passed 6/30/2026). Thank you, "
    "Arlene Lussier",
    [
        ("PO Box 4471, Bemidji, MN 56619", "ADDRESS"),
        ("Gerald Lussier", "NAME"),
        ("6/30/2026", "DATE"),
        ("Arlene Lussier", "NAME"),
    ],
)

add(
    "From: Dana Whitfield <dwhitfield@example.com>\nSent: Thursday, November 19, 2026 4:12 PM\n"
    "To: Care Team <careteam@examplehealth.org>\nSubject: FW: Mom's PT schedule\n\n"
    "Forwarding what the home health agency sent me. Mom is Evelyn Whitfield, 96, MRN 6620-1187.\n\n"
    "> From: Intake <intake@sunrisehomehealth.example>\n> Your mother's physical therapist, Luis "
    "Ocampo, will visit Mondays and Thursdays starting 11/23. Call (919) 555-0103 ext 7 with "
    "questions.\n\nIs twice a week enough after her hip fracture? She lives alone at 41 Birchwood Ct, "
    "Cary.",
    [
        ("Dana Whitfield", "NAME"),
        ("dwhitfield@example.com", "EMAIL"),
        ("November 19, 2026", "DATE"),
        ("careteam@examplehealth.org", "EMAIL"),
        ("Evelyn Whitfield", "NAME"),
        ("96", "AGE"),
        ("6620-1187", "MRN"),
        ("intake@sunrisehomehealth.example", "EMAIL"),
        ("Luis Ocampo", "NAME"),
        ("11/23", "DATE"),
        ("(919) 555-0103 ext 7", "PHONE"),
        ("41 Birchwood Ct, Cary", "ADDRESS"),
    ],
)

add(
    "ED registration note: arrived by private vehicle, no insurance card. Identity verified with "
    "driver's license D4417-88203-11 (NY). Name Oluwaseun Adeniran, DOB 1/4/2001. Emergency contact: "
    "brother, Tunde Adeniran, 347-555-0181.",
    [
        ("D4417-88203-11", "ID"),
        ("Oluwaseun Adeniran", "NAME"),
        ("1/4/2001", "DATE"),
        ("Tunde Adeniran", "NAME"),
        ("347-555-0181", "PHONE"),
    ],
)

add(
    "The home nurse couldn't get in today, the buzzer for apt 5C is broken. Please have her call my "
    "cell 415-555-0152 when she gets here and I'll come down. — Mei-Ling Chow",
    [("apt 5C", "ADDRESS"), ("415-555-0152", "PHONE"), ("Mei-Ling Chow", "NAME")],
)

add(
    "My period has been irregular since June and I've lost 10 lb without trying. Also shaky and my "
    "heart races (HR 112 on my watch while sitting). Could this be my thyroid?\nValentina Russo",
    [("June", "DATE"), ("Valentina Russo", "NAME")],
)

add(
    "My daughter April (she's 9) came home from school with bright red cheeks and a lacy rash on her "
    "arms. No fever. Her teacher said a few kids had fifth disease. Does she need to stay home? Her "
    "brother Hunter has sickle cell, is he at risk? - Crystal Yazzie, 928-555-0177",
    [("April", "NAME"), ("Hunter", "NAME"), ("Crystal Yazzie", "NAME"), ("928-555-0177", "PHONE")],
)

add(
    "We're traveling to see family and will be away from Dec 20 through New Year's Day. I need my "
    "Ozempic 1 mg pens refilled early, I have 1 pen left (4 doses). Rx number 6682013.\nGabriel Moreau",
    [("Dec 20", "DATE"), ("New Year's Day", "DATE"), ("6682013", "ID"), ("Gabriel Moreau", "NAME")],
)

add(
    "Prior auth request: CPT 70553 (MRI brain w/wo contrast), ICD-10 G43.909. Ordering provider: "
    "Samira Haddad-Nassar, MD, NPI 1487720934. Patient: Diego Alarcón, member ID XQK884201773, DOB "
    "10/10/1988. Clinical: migraine with new aura pattern x2 wks, normal neuro exam.",
    [
        ("Samira Haddad-Nassar", "NAME"),
        ("1487720934", "ID"),
        ("Diego Alarcón", "NAME"),
        ("XQK884201773", "ID"),
        ("10/10/1988", "DATE"),
    ],
)

add(
    "Chemo teaching completed with pt Thandiwe Nkosi and her partner, Alex. C1D1 FOLFOX scheduled "
    "12/1/2026. Reviewed fever precautions: call for temp >=100.4. On-call oncology line "
    "720-555-0166 given. Port placed 11/20 by Dr. Varga, site clean.",
    [
        ("Thandiwe Nkosi", "NAME"),
        ("Alex", "NAME"),
        ("12/1/2026", "DATE"),
        ("720-555-0166", "PHONE"),
        ("11/20", "DATE"),
        ("Varga", "NAME"),
    ],
)

add(
    "Pt reports pain 6/10, took oxycodone 5 mg x2 in the last 24h. BM x1 today. Ambulating 150 ft "
    "with walker, 2 laps. Incision C/D/I. Plan unchanged, reassess POD 3.",
    [],
)

add(
    "The pharmacist said to cut the pill so I take 3/4 of a tablet. That's 37.5 mg of the "
    "metoprolol, right? I also take 1/2 of the 10 mg amlodipine. My readings at home are around "
    "128/76.",
    [],
)

add(
    "Sorry my English. My father Li Jianguo (MRN 40019823) had colonoscopy yesterday and now his "
    "belly is bloated and hurts more when he moves. No fever. He is 79. Please call my phone "
    "646.555.0193. Thank you. Li Na",
    [("Li Jianguo", "NAME"), ("40019823", "MRN"), ("646.555.0193", "PHONE"), ("Li Na", "NAME")],
)

add(
    "Good morning po. This is Maricel Dizon, caregiver of Mr. Harold Jenkins, 92 years old. His feet "
    "are more swollen and he is short of breath lying down, he uses 3 pillows now. Weight today 81.4 "
    "kg, 2.5 kg more than on 11/20. His daughter Patricia wants a call back: 850-555-0138.",
    [
        ("Maricel Dizon", "NAME"),
        ("Harold Jenkins", "NAME"),
        ("92", "AGE"),
        ("11/20", "DATE"),
        ("Patricia", "NAME"),
        ("850-555-0138", "PHONE"),
    ],
)

add(
    "The portal upload keeps failing, error says 'Request from 10.42.7.19 rejected'. I'm trying to "
    "upload my CPAP data card, device SN: J2H-448190. My sleep doctor is Dr. Achterberg.\n"
    "- Pieter van Dijk",
    [
        ("10.42.7.19", "URL"),
        ("J2H-448190", "ID"),
        ("Achterberg", "NAME"),
        ("Pieter van Dijk", "NAME"),
    ],
)

add(
    "My disabled parking placard expired and the DMV form needs a doctor's signature. Placard number "
    "8873421, plate BXR-2291 (Texas). Can Dr. Nwosu sign it at my visit on the 3rd? - Eleanor "
    '"Ellie" Martinez',
    [
        ("8873421", "ID"),
        ("BXR-2291", "ID"),
        ("Nwosu", "NAME"),
        ("3rd", "DATE"),
        ('Eleanor "Ellie" Martinez', "NAME"),
    ],
)

add(
    "HPI: 97yo F, Mrs. Adelaide Thornton, from her assisted living facility with 2 days of dysuria "
    "and new confusion. Daughter (HCP) Ruth Thornton-Ames at bedside. T 38.1, HR 104. UA pending.",
    [("97", "AGE", "nb"), ("Adelaide Thornton", "NAME"), ("Ruth Thornton-Ames", "NAME")],
)

add(
    "my great grandma turned 101 on sunday!! but since the party she's been coughing a lot and "
    "sleeping more than usual. Her oxygen on my finger thing says 91%. she's at my uncle Dwayne's "
    "house. what should we do",
    [("101", "AGE"), ("Dwayne", "NAME")],
)

add(
    "We had Dad's 90th birthday party last weekend and now half the family has covid. Dad (Ignatius "
    "Okafor) tested positive this morning. He has COPD. Is he a candidate for Paxlovid? He takes "
    "atorvastatin 40 mg and amiodarone 200 mg.",
    [("90th", "AGE"), ("Ignatius Okafor", "NAME")],
)

add(
    "Can I take ibuprofen 400 mg with my lisinopril? I'm 45, BP usually in the 130s/80s. I live in "
    "Colorado at altitude and have a 5K on Saturday, and my knee hurts after 3 miles.",
    [],
)

add(
    "Dear colleague,\n\nRe: Mrs Aroha Ngata, NHI ZAA0013, DOB 17/06/1955, 12 Kowhai Street, Rotorua "
    "3010\n\nMrs Ngata is travelling in the US until 15 January 2027 and asked me to summarise her "
    "history. She has type 2 diabetes (HbA1c 58 mmol/mol) and stage 3 CKD (eGFR 48). Current "
    "medicines: metformin 500 mg BD, empagliflozin 10 mg mane. Please contact me on +64 7 348 0192 "
    "or hemi.walker@lakesmedical.example.nz.\n\nNgā mihi,\nDr Hemi Walker",
    [
        ("Aroha Ngata", "NAME"),
        ("ZAA0013", "MRN"),
        ("17/06/1955", "DATE"),
        ("12 Kowhai Street, Rotorua 3010", "ADDRESS"),
        ("Ngata", "NAME"),
        ("15 January 2027", "DATE"),
        ("+64 7 348 0192", "PHONE"),
        ("hemi.walker@lakesmedical.example.nz", "EMAIL"),
        ("Hemi Walker", "NAME"),
    ],
)

add(
    "Left VM for pt at 480-555-0119 re: abnormal pap, asked to call back. Will try again tmrw. -JD",
    [("480-555-0119", "PHONE"), ("JD", "NAME")],
)

add(
    "Why does the collection agency have my social wrong? They list 987-65-4325 but mine ends in "
    "4328. Account 00-7719-2284. My name is Reginald Baptiste-Charles and I was seen in the ER on "
    "4/5/2026. I want this fixed before it hits my credit.",
    [
        ("987-65-4325", "SSN"),
        ("4328", "SSN"),
        ("00-7719-2284", "ID"),
        ("Reginald Baptiste-Charles", "NAME"),
        ("4/5/2026", "DATE"),
    ],
)

add(
    "DEAR DOCTOR GREENE I AM HAVING THE DIZZY SPELLS AGAIN WHEN I STAND UP. MY PRESSURE WAS 98/60 "
    "THIS AM. I AM 88 YEARS OLD AND LIVE ALONE ON FAIRVIEW LANE. MY NEIGHBOR JUNE CHECKS ON ME. PLEASE "
    "CALL 608-555-0102. HAZEL",
    [
        ("GREENE", "NAME"),
        ("FAIRVIEW LANE", "ADDRESS"),
        ("JUNE", "NAME"),
        ("608-555-0102", "PHONE"),
        ("HAZEL", "NAME"),
    ],
)

add(
    "Hi, this is Pat at Bluebird Pharmacy calling about a patient, Amaru Quispe, DOB 2/28/1967. Dr. "
    "Ellison wrote hydrochlorothiazide 250 mg, we think she meant 25 mg. Please call us at "
    "559-555-0131 or fax 559-555-0132, reference Rx 0448172.",
    [
        ("Pat", "NAME"),
        ("Amaru Quispe", "NAME"),
        ("2/28/1967", "DATE"),
        ("Ellison", "NAME"),
        ("559-555-0131", "PHONE"),
        ("559-555-0132", "PHONE"),
        ("0448172", "ID"),
    ],
)

add(
    "Salam, I'm Fatima Zahra Benali. I was told my gallbladder surgery is on the 2nd of December but "
    "nobody told me when to stop eating. Also my work needs a note for 2 weeks off, can it be faxed "
    "to HR at 973-555-0144? My employee ID is E-55219.",
    [
        ("Fatima Zahra Benali", "NAME"),
        ("2nd of December", "DATE"),
        ("973-555-0144", "PHONE"),
        ("E-55219", "ID"),
    ],
)

add(
    "My mother Galina Petrovna Sokolova, 90, takes warfarin and has had black stools since yesterday "
    "and she is very pale and weak. What do we do? We are at 1550 Ocean Pkwy, Brooklyn, NY 11230. "
    "— Irina",
    [
        ("Galina Petrovna Sokolova", "NAME"),
        ("90", "AGE"),
        ("1550 Ocean Pkwy, Brooklyn, NY 11230", "ADDRESS"),
        ("Irina", "NAME"),
    ],
)

add(
    "Fwd: Your lab results are ready\n\nHi Samuel Osei, results from your visit on November 20, 2026 "
    "are ready. View them at https://results.examplelabs.com/r/q7Lm20 . Patient ID: QL-2093381. "
    "Questions? Call 1-866-555-0114.\n\n--\nSam's question: is an LDL of 187 bad? I'm 41 and my dad "
    "had a stent at 50.",
    [
        ("Samuel Osei", "NAME"),
        ("November 20, 2026", "DATE"),
        ("https://results.examplelabs.com/r/q7Lm20", "URL"),
        ("QL-2093381", "MRN"),
        ("1-866-555-0114", "PHONE"),
        ("Sam", "NAME"),
    ],
)

add(
    "Remote transmission, dual-chamber pacemaker, serial PXY 600417 H, received 11/22/2026 03:14. "
    "Pt: Bernadette Kilbride. AT/AF burden 12%, longest episode 6 h 40 min. Battery 8.5 yrs. "
    "Dr. Osei-Tutu to review anticoagulation.",
    [
        ("PXY 600417 H", "ID"),
        ("11/22/2026", "DATE"),
        ("Bernadette Kilbride", "NAME"),
        ("Osei-Tutu", "NAME"),
    ],
)

add(
    "Every Monday and Thursday I get blood drawn for the clozapine monitoring. Last ANC was 1.6. The "
    "lab says under 1.5 they stop it. I moved here from Georgia and my old psychiatrist said 1.0 was "
    "the cutoff. Which is right?",
    [],
)

add(
    "I had shingles in 2019 and the first Shingrix shot in 2023 but never got the second one. Do I "
    "have to start over? I'm 63 and had chickenpox as a kid in the 1970s.",
    [],
)

add(
    "Records request: called Dr. Ferreira-Lima's office, 801-555-0187 ext. 3302, to obtain echo "
    "report dated 08/27/2025 for pt Yerlan Abenov (MRN 1002-88-417). Faxed signed release to "
    "801-555-0188 on 11/23/2026. Awaiting records. — T. Okwu, MA",
    [
        ("Ferreira-Lima", "NAME"),
        ("801-555-0187 ext. 3302", "PHONE"),
        ("08/27/2025", "DATE"),
        ("Yerlan Abenov", "NAME"),
        ("1002-88-417", "MRN"),
        ("801-555-0188", "PHONE"),
        ("11/23/2026", "DATE"),
        ("T. Okwu", "NAME"),
    ],
)

add(
    "Can someone email me the colonoscopy prep instructions? My email is maria dot lopez1962 at "
    "example dot com (the portal won't let me change it). Procedure is 12/4. Gracias - María López",
    [
        ("maria dot lopez1962 at example dot com", "EMAIL"),
        ("12/4", "DATE"),
        ("María López", "NAME"),
    ],
)

add(
    "Patient sent a screenshot of her reminder text: 'Reminder: Jordan P. has an appt w/ Dr. "
    "Castellanos on Wed 12/9 at 3:45PM at 500 Main St Suite 210. Reply C to confirm.' She asks if "
    "she can bring her service dog, Pepper, into the exam room.",
    [
        ("Jordan P.", "NAME"),
        ("Castellanos", "NAME"),
        ("12/9", "DATE"),
        ("500 Main St Suite 210", "ADDRESS"),
    ],
)

add(
    "Nurse Becky told me to message if the swelling came back. It did, the whole lower leg is red "
    "and warm again. PA Ortiz had me on Keflex for 10 days which I finished 11/16. — Ifeoma",
    [("Becky", "NAME"), ("Ortiz", "NAME"), ("11/16", "DATE"), ("Ifeoma", "NAME")],
)

add(
    "I am the court-appointed guardian for Raymond Two Bears (DOB 09/09/1949), case number "
    "2026-GU-00418. Please add me to his portal proxy access: Charlene Red Cloud, "
    "charlene.redcloud@example.net. I can bring the letters of guardianship to his next visit.",
    [
        ("Raymond Two Bears", "NAME"),
        ("09/09/1949", "DATE"),
        ("2026-GU-00418", "ID"),
        ("Charlene Red Cloud", "NAME"),
        ("charlene.redcloud@example.net", "EMAIL"),
    ],
)

add(
    "I'm a grad student (student ID 900417733) and the campus clinic told me to message you about my "
    "TB skin test reading. It was placed Monday and I can come Wednesday. The bump is maybe 8 mm? "
    "— Ngozi Uchenna",
    [("900417733", "ID"), ("Ngozi Uchenna", "NAME")],
)

add(
    "Home visit request: pt is bedbound and lives with her son in rural Pawnee County, off County Road "
    "14, no house numbers out there, about 6 miles past the church. Son Dustin Harjo: 918-555-0163.",
    [
        ("Pawnee County", "ADDRESS"),
        ("County Road 14", "ADDRESS"),
        ("Dustin Harjo", "NAME"),
        ("918-555-0163", "PHONE"),
    ],
)

add(
    "Is there a clinic closer to 94601? I don't drive and the bus takes 90 min each way.",
    [("94601", "ADDRESS")],
)

add(
    "Held apixaban 11/24-11/26 for procedure; resume 11/27 if no bleeding, per Dr. Abdi. Pt Sultana "
    "Begum informed in Bengali via interpreter; daughter Rupa repeated plan back correctly.",
    [
        ("11/24", "DATE"),
        ("11/26", "DATE"),
        ("11/27", "DATE"),
        ("Abdi", "NAME"),
        ("Sultana Begum", "NAME"),
        ("Rupa", "NAME"),
    ],
)

add(
    "I read on www.cdc.gov that adults should get the RSV shot at 75. I'm 77 and my husband is 80. "
    "Can we both get it at our visit with Dr. Petrov on Dec 15?",
    [("www.cdc.gov", "URL"), ("Petrov", "NAME"), ("Dec 15", "DATE")],
)

add(
    "My wife Paris had her first Aimovig injection on 11/9 and now her constipation is really bad, "
    "5 days with no BM. She's 38. Can she take Miralax with it? — Devon Clarke",
    [("Paris", "NAME"), ("11/9", "DATE"), ("Devon Clarke", "NAME")],
)

add(
    "Dad was diagnosed with Parkinson's disease last month and started carbidopa-levodopa 25/100 "
    "three times a day. He's nauseated after every dose. His neurologist Dr. Alvarado said to take it "
    "with food but isn't that bad for absorption?",
    [("Alvarado", "NAME")],
)

add(
    "For the form: I was born on the fourth of July, 1953, in Jamaica, and came here in 1979. Name is "
    "Winston Campbell. My knee replacement was March the 9th this year and the other knee is now "
    "going.",
    [("fourth of July, 1953", "DATE"), ("Winston Campbell", "NAME"), ("March the 9th", "DATE")],
)

add(
    "Registration verification call. Caller identified as the patient, Robert L. Haynes Jr., DOB "
    "12/12/1944, SSN on file ***-**-6021 (last four confirmed). Updated mailing address to 3090 "
    "Stonebridge Dr, Apt 114, Lexington, KY 40503.",
    [
        ("Robert L. Haynes Jr.", "NAME"),
        ("12/12/1944", "DATE"),
        ("6021", "SSN"),
        ("3090 Stonebridge Dr, Apt 114, Lexington, KY 40503", "ADDRESS"),
    ],
)

add(
    "I'm in room 418 on the 4th floor since my surgery and the IV site is puffy and sore. The nurse "
    "is busy. My daughter Anjali said to message here. Is that dangerous? -Meenakshi Iyer",
    [("Anjali", "NAME"), ("Meenakshi Iyer", "NAME")],
)

add(
    "Thank you for the referral.\n\nDr. Tomás Echeverría\nPulmonary & Sleep Medicine\n"
    "1200 Alvarado Blvd, Suite 5, Albuquerque, NM 87106\nPhone 505-555-0171 | Fax 505-555-0172\n"
    "techeverria@examplepulm.org | https://www.examplepulm.org/referrals",
    [
        ("Tomás Echeverría", "NAME"),
        ("1200 Alvarado Blvd, Suite 5, Albuquerque, NM 87106", "ADDRESS"),
        ("505-555-0171", "PHONE"),
        ("505-555-0172", "PHONE"),
        ("techeverria@examplepulm.org", "EMAIL"),
        ("https://www.examplepulm.org/referrals", "URL"),
    ],
)

add(
    "Hello doctor, my brother Emeka is diabetic and he cut his foot on a nail 3 days ago. Now the "
    "foot is swollen up to the ankle and he has chills. He doesn't want to go to the hospital. His "
    "MRN is A00-77-2319 and his number is 240-555-0109, mine is 240-555-0110. Chioma",
    [
        ("Emeka", "NAME"),
        ("A00-77-2319", "MRN"),
        ("240-555-0109", "PHONE"),
        ("240-555-0110", "PHONE"),
        ("Chioma", "NAME"),
    ],
)

add(
    "Can I get my COVID and flu vaccine records? I need them for my new job at a hospital. My "
    "previous doses were 10/03/2024 and 9/28/2025. You can email them to "
    "PRIYANKA.NAIR.RN@EXAMPLE.COM. Thank you, Priyanka Nair",
    [
        ("10/03/2024", "DATE"),
        ("9/28/2025", "DATE"),
        ("PRIYANKA.NAIR.RN@EXAMPLE.COM", "EMAIL"),
        ("Priyanka Nair", "NAME"),
    ],
)

add(
    "Oncology nursing note: Pt Ahmad Karimi, 58M, C3 of pembrolizumab on 11/03/2026. Today reports "
    "6 watery stools/day over baseline x2 days, mild cramping. Called Dr. Sørensen who wants same-day "
    "labs and eval. Pt's wife Shirin will drive him in. Pt phone +1 (206) 555-0110.",
    [
        ("Ahmad Karimi", "NAME"),
        ("11/03/2026", "DATE"),
        ("Sørensen", "NAME"),
        ("Shirin", "NAME"),
        ("+1 (206) 555-0110", "PHONE"),
    ],
)

add(
    "Hi, I live in the same building as my patient-friend Mrs. O'Connell, 3rd floor, and she asked "
    "me to write because she doesn't use computers. She's 99 and her legs are weeping clear fluid. "
    "She sees Dr. Van der Berg. Her phone is 555-0128, it's a landline in Ohio. -Bridget",
    [
        ("O'Connell", "NAME"),
        ("99", "AGE"),
        ("Van der Berg", "NAME"),
        ("555-0128", "PHONE"),
        ("Bridget", "NAME"),
    ],
)

add(
    "Subject: question about my bill\n\nI was charged twice for the copay of $30 on my visit from "
    "October 14th. Invoice numbers INV-220871 and INV-220872. I paid with my card ending 4410, "
    "can you refund one? — Malik Johnson",
    [
        ("October 14th", "DATE"),
        ("INV-220871", "ID"),
        ("INV-220872", "ID"),
        ("4410", "ID"),
        ("Malik Johnson", "NAME"),
    ],
)

add(
    "Nurse note: spoke with Ms. Haruka Mori re: positive home pregnancy test. LMP 10/02/2026. No "
    "bleeding, mild nausea. Scheduled first OB visit 12/3 with midwife Ingrid Solberg, CNM. Advised "
    "prenatal vitamin with folic acid 0.4 mg daily.",
    [("Haruka Mori", "NAME"), ("10/02/2026", "DATE"), ("12/3", "DATE"), ("Ingrid Solberg", "NAME")],
)

add(
    "Hello, I need a refill of my inhaler (albuterol 90 mcg, 2 puffs as needed). I use it about 3 "
    "times a week. Please send it to the pharmacy at 4410 Kedzie Ave in Skokie. My date of birth is "
    "the 21st of March 1994. Thanks, Zainab",
    [
        ("4410 Kedzie Ave", "ADDRESS"),
        ("Skokie", "ADDRESS"),
        ("21st of March 1994", "DATE"),
        ("Zainab", "NAME"),
    ],
)

add(
    "ATTN Dr. Szabo: pt Mercedes Ibáñez (MRN 0099-41-377) states her CGM (Dexcom G7, sensor "
    "serial 8DQ4-VX2M) reads 40s overnight but fingersticks are 110-120. Wants to know whether to "
    "trust sensor. Tel. 0034 612 345 678 while in Spain until 12/10.",
    [
        ("Szabo", "NAME"),
        ("Mercedes Ibáñez", "NAME"),
        ("0099-41-377", "MRN"),
        ("8DQ4-VX2M", "ID"),
        ("0034 612 345 678", "PHONE"),
        ("12/10", "DATE"),
    ],
)

add(
    "Forwarded from my son's school nurse: \"Ethan Abernathy-Cole was seen in the health office "
    "today at 1:10 pm for wheezing, given 2 puffs of his albuterol, improved. Please contact the "
    'office at school.nurse@lincolnelem.example.org." Should he see someone today?',
    [("Ethan Abernathy-Cole", "NAME"), ("school.nurse@lincolnelem.example.org", "EMAIL")],
)

add(
    "I got a letter saying my new insurance card number is HXN 044 918 227 and my PCP is now listed "
    "as Dr. Yolanda Pierce-Mbeki. I didn't choose her! I want to stay with Dr. Gutierrez. How do I "
    "fix this? Francisco Paz, 305-555-0120",
    [
        ("HXN 044 918 227", "ID"),
        ("Yolanda Pierce-Mbeki", "NAME"),
        ("Gutierrez", "NAME"),
        ("Francisco Paz", "NAME"),
        ("305-555-0120", "PHONE"),
    ],
)

add(
    "Telehealth note 11/23/2026. Pt (Ivan Petrenko) joined from 192.0.2.146 after connection issues; "
    "audio only. Reports productive cough 5 days, temp max 100.2, SpO2 96% on home oximeter. "
    "Assessment: likely viral bronchitis. Supportive care. RTC prn.",
    [("11/23/2026", "DATE"), ("Ivan Petrenko", "NAME"), ("192.0.2.146", "URL")],
)

add(
    "We just moved to Flagstaff from Lagos and need to set up care for my husband's diabetes. His "
    "Nigerian doctor's number is +234 803 555 0192 if you need the history. What documents should "
    "we bring? - Folake Ogunleye",
    [
        ("Flagstaff", "ADDRESS"),
        ("Lagos", "ADDRESS"),
        ("+234 803 555 0192", "PHONE"),
        ("Folake Ogunleye", "NAME"),
    ],
)

add(
    "Hospice RN visit 11/21/26: Pt Agnes Whitcombe, 103, comfortable, RR 22, intermittent apnea. "
    "Family (granddaughter Molly Whitcombe-Reyes) updated; wishes reviewed, DNR on fridge. "
    "Next visit Tues. On-call 24/7 line 1-877-555-0155.",
    [
        ("11/21/26", "DATE"),
        ("Agnes Whitcombe", "NAME"),
        ("103", "AGE"),
        ("Molly Whitcombe-Reyes", "NAME"),
        ("1-877-555-0155", "PHONE"),
    ],
)

add(
    "Referral: Please evaluate Kalani Kahananui (DOB 2009-05-14, MRN HI-8820193) for recurrent "
    "knee effusion after a volleyball injury on 9/6. MRI 10/1 shows a partial ACL tear. Parents: "
    "Leilani and Keoni Kahananui, 808-555-0175. Referring: A. Nakoa, PA-C",
    [
        ("Kalani Kahananui", "NAME"),
        ("2009-05-14", "DATE"),
        ("HI-8820193", "MRN"),
        ("9/6", "DATE"),
        ("10/1", "DATE"),
        ("Leilani", "NAME"),
        ("Keoni Kahananui", "NAME"),
        ("808-555-0175", "PHONE"),
        ("A. Nakoa", "NAME"),
    ],
)


# ---------------------------------------------------------------- build + validate
_WORD = re.compile(r"\w")


def build() -> list[dict]:
    out = []
    for n, it in enumerate(ITEMS, 1):
        text, cursor, spans = it["text"], 0, []
        iid = f"guide8-phi-{n:04d}"
        for sp in it["spans"]:
            sub, label = sp[0], sp[1]
            flags = sp[2] if len(sp) > 2 else ""
            assert label in LABELS, (iid, label)
            start = text.find(sub, cursor)
            assert start >= 0, f"{iid}: {sub!r} not found after offset {cursor}"
            end = start + len(sub)
            assert text[start:end] == sub
            assert sub[0] not in " \t\n,;:)]>'\"-" and sub[-1] not in " \t\n,;:([<'\"-", (iid, sub)
            if "nb" not in flags:
                if start > 0 and _WORD.match(text[start - 1]):
                    raise AssertionError(f"{iid}: {sub!r} starts inside a word")
                if end < len(text) and _WORD.match(text[end]):
                    raise AssertionError(f"{iid}: {sub!r} ends inside a word")
            spans.append({"start": start, "end": end, "label": label})
            cursor = end
        # every occurrence of a labelled string must be labelled (whole-word occurrences)
        for s in spans:
            sub = text[s["start"] : s["end"]]
            if sub in it["ok"]:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(sub) + r"(?!\w)", text):
                if not any(t["start"] <= m.start() and m.end() <= t["end"] for t in spans):
                    raise AssertionError(f"{iid}: unlabelled occurrence of {sub!r} at {m.start()}")
        out.append(
            {
                "id": iid,
                "category": "phi",
                "added": "2026-11-24",
                "source": "guideline PHI annotation set 8",
                "text": text,
                "spans": spans,
            }
        )
    ids = [o["id"] for o in out]
    assert len(set(ids)) == len(ids)
    texts = [o["text"] for o in out]
    assert len(set(texts)) == len(texts), "duplicate text"
    return out


def main() -> None:
    items = build()
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide8.", suffix=".jsonl.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for o in items:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        check = (
            f"import json,sys; sys.path.insert(0,{ROOT!r}); from harness.contract import "
            "parse_item; [parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; "
            "print('ok')"
        )
        r = subprocess.run([sys.executable, "-c", check, tmp], capture_output=True, text=True)
        if r.returncode != 0 or r.stdout.strip() != "ok":
            raise SystemExit(f"parse_item validation failed:\n{r.stdout}\n{r.stderr}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    c = Counter(s["label"] for o in items for s in o["spans"])
    print(
        f"{len(items)} items, {sum(c.values())} spans, "
        f"{sum(1 for o in items if not o['spans'])} with no PHI"
    )
    for k in sorted(c):
        print(f"  {k:8s} {c[k]}")


if __name__ == "__main__":
    main()
