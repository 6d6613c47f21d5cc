"""Generate pipelines/triage/dev/phi_guide5.jsonl: 100 hand-written PHI-annotated texts.

Each item is (text, [(substring, LABEL), ...], options). Spans are listed in order of
appearance; each substring is located by searching forward from the end of the previous span,
so character offsets are computed, never typed.

All texts, and every name, date, number and address in them, are fictional and were
written for this project. Licence: Apache-2.0.

Calls made where the labelling guideline (goldsets/README.md) is silent:

# PHI annotation set 5 -- conventions where the guideline is silent

The guideline's **phi** paragraph is followed as written: titles (Dr., Mr., Mrs., Ms., Nurse, Aunt)
and possessive 's stay outside NAME spans; DATE only when more specific than a year; AGE only for
ages over 89, number only; bare years, weekdays, relative dates, doses, vital signs, counts and a
state or country standing alone are not PHI. Where it says nothing, these calls were made. When
both choices were defensible, I took the safer one (redact), as the guideline's general rule says.

## NAME
1. Credentials after a name (MD, RN, NP, CNM, PA-C) are outside the span, like titles.
   Generational suffixes (Jr., Sr.) are part of the name and inside the span (item 45).
2. Possessive after a plural surname: only the name is labelled, the apostrophe is outside
   ("the [Johnsons]'"). An apostrophe inside a name stays in the span ([O'Brien]'s).
3. First names alone, nicknames, initials and sign-off initials ("-- MK", "J. Ferreira",
   "K. Thompson") are NAME. A nickname in parentheses is its own span: [Walter] ([Wally])
   [Kozlowski].
4. Relationship words (Dad, Grandpa, mom, niece, Aunt) are never NAME on their own; "Aunt" and
   "Grandpa" before a name are treated as titles.
5. Names that are also words are labelled when they are names (Hope, Faith, Grace, June as a
   month is DATE); lower-case or ALL-CAPS names are labelled the same way.
6. Eponyms (Hashimoto's, Addison's, Cushing's, Crohn's, Down syndrome), drug, device and brand
   names (Coumadin, Dexcom, MiniMed 780G, ResMed), facility and company names (CVS, Apex Medical
   Supply, Lincoln Elementary, BrightPath, Clínica Vida) and pet names (Biscuit) are not PHI.
   Facility names get no label because the set has no ORG label; a street, intersection or city
   inside or next to one is still ADDRESS ("the CVS at [Route 9 and Elm] in [Framingham]").
7. A name that is part of an email address or URL is not also a NAME; the whole string gets the
   one EMAIL/URL label. No span is nested in another.

## DATE
8. A month alone (in [March], since [Oct]), a day-of-month alone (the [14th]) and month/year
   ([05/2026]) are DATE: each is more specific than a year (Safe Harbor removes every date
   element except the year).
9. Holidays that fix a calendar day are DATE ([Christmas Eve], [Christmas], [Veterans Day]).
   Seasons ("the spring", "the summer") are not.
10. A weekday next to a date stays outside the span ("Monday, [11/24]", "Thu [12/04/2026]");
    times of day are never part of the span or PHI ("[Nov 17, 2026] at 9:14 PM").
11. Ranges: when both ends are full date expressions they are two spans ([12/22]-[1/3],
    [10/28] to [11/3]); a compressed range whose second end is a bare day number is one span
    ([Dec 2-4]).
12. Expiry and effective dates on cards, placards and prior authorisations are DATE.
13. Fractions and ratios that look like dates are not: BP 138/86, pain 3/10, Percocet 5/325.

## AGE
14. "89 and a half" is not over 89 (the person's age in years is 89); 90 is the first labelled age.
15. An age written in words is labelled ([ninety-two]); a decade over 89 is labelled ([90s]).
    Only the number or word is in the span, never "-year-old", "yo" or "y/o".

## PHONE
16. Every full phone or fax number is PHONE whoever it belongs to (patient, relative, clinic,
    insurer, supplier, toll-free), because a clinic or clinician's number identifies a named
    clinician. The extension is inside the span ([212-555-0100 ext. 4]); a bare internal
    extension or pager number is PHONE with its marker ([x2261], pager [3-4417], [5-2291]).
    Labels such as "Fax", "cell", "tel." are outside.
17. Three-digit service numbers (911) and SMS short codes (88022) are not PHONE.

## MRN, SSN, ID
18. A medical record, chart or file number from any facility, including abroad, is MRN
    ("chart number [00551872]", "file number there is [DXB-88213]"). Only the number is in the
    span; "MRN", "#", "acc#" are outside.
19. Partial SSNs (last four) are SSN.
20. ID also covers identifiers the guideline does not list but which identify a person or their
    record: group numbers, statement, order, confirmation and lab accession numbers, employee and
    school IDs, hospice patient IDs, legal case numbers, passport numbers, VINs, parking-placard
    numbers, portal usernames, and clinician NPI and DEA numbers. Vaccine lot numbers and device
    model numbers (W1DR01, 780G) are not PHI because they are shared by many people; device serial
    numbers and transmitter IDs are ID.
21. A licence plate is ID without its state prefix ("NY [JHM-4472]"; state alone is not PHI).

## ADDRESS
22. A postal address written in one run is one span from the house number to the ZIP, including
    the state (or country) between or after its parts ([2207 Larchmont Ave, Apt 4, Cleveland
    Heights, OH 44118], [Rua Augusta 1500, São Paulo, Brazil], [PO Box 2281, Jackson, MS 39225]).
    Parts separated by other words are separate spans ([San Jose], zip [95122]).
23. Street names, intersections, neighbourhoods, counties and foreign cities are ADDRESS
    ([5th street], [Hidalgo County], [Dubai]); a hospital room or bed ("room 12B") is not.

## URL
24. Every URL and IP address (IPv4 and IPv6) is URL, including public information sites, since
    the guideline does not limit URL to the patient's own. A URL is one span even when it
    contains an account number or username that is also labelled elsewhere in the text.
25. An email address spelled out to get past filters ("leroy dot jenkins dot family at example
    dot com") is one EMAIL span.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide5.jsonl")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
TITLES = re.compile(
    r"^(Dr|Dr\.|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Mx\.|Nurse|Aunt|Uncle|Prof\.|Sr\.|Fr\.)\s", re.I
)

# (text, spans, opts) -- opts may hold "allow" = surface strings that legitimately also occur
# unlabeled elsewhere in the text (e.g. a name that is also an ordinary word).
ITEMS: list[tuple[str, list[tuple[str, str]], dict]] = []


def add(text: str, spans: list[tuple[str, str]], **opts) -> None:
    ITEMS.append((text, spans, opts))


# ---------------------------------------------------------------- 1
add(
    "Hi, this is Rosa Delgado (DOB 07/22/1961). I've been on the metformin 500 mg twice a day "
    "since my visit on 10/14 but my stomach is a mess, diarrhea 4-5 times a day. Can Dr. Okafor's "
    "nurse call me back at 414-555-0172? Thanks, Rosa",
    [
        ("Rosa Delgado", "NAME"),
        ("07/22/1961", "DATE"),
        ("10/14", "DATE"),
        ("Okafor", "NAME"),
        ("414-555-0172", "PHONE"),
        ("Rosa", "NAME"),
    ],
)
# ---------------------------------------------------------------- 2
add(
    "My mother Eleanor Whitcomb is 93 and has been more confused since Sunday, not eating much, "
    "and she fell once in the bathroom. Her MRN is 00738215. She lives with me at 2207 Larchmont "
    "Ave, Apt 4, Cleveland Heights, OH 44118. Should I bring her in or wait for her appointment? "
    "- Diane (daughter)",
    [
        ("Eleanor Whitcomb", "NAME"),
        ("93", "AGE"),
        ("00738215", "MRN"),
        ("2207 Larchmont Ave, Apt 4, Cleveland Heights, OH 44118", "ADDRESS"),
        ("Diane", "NAME"),
    ],
)
# ---------------------------------------------------------------- 3 (no PHI)
add(
    "I took 2 tablets of ibuprofen 200 mg at 8 this morning and my temp is still 101.4. BP was "
    "138/86, pulse 104. Is it ok to take more on Tuesday if it's still high? I've had this cough "
    "on and off since 2019.",
    [],
)
# ---------------------------------------------------------------- 4
add(
    "---------- Forwarded message ---------\n"
    "From: Kwame Asante <kwame.asante82@example.com>\n"
    "Date: Mon, Nov 17, 2026 at 9:14 PM\n"
    "Subject: Fwd: lab results\n"
    "To: <portal-support@example.org>\n\n"
    "Please see below, these are my father's results. His name is Kofi Asante, MRN 5521-0094. "
    "The lab order number was LB-7730214. Is the creatinine of 1.9 something to worry about?",
    [
        ("Kwame Asante", "NAME"),
        ("kwame.asante82@example.com", "EMAIL"),
        ("Nov 17, 2026", "DATE"),
        ("portal-support@example.org", "EMAIL"),
        ("Kofi Asante", "NAME"),
        ("5521-0094", "MRN"),
        ("LB-7730214", "ID"),
    ],
)
# ---------------------------------------------------------------- 5
add(
    "RN phone note 11/20/2026 14:35. Spoke with pt's husband, Tomasz Wójcik, at (312) 555-0148. "
    "Pt Agnieszka Wójcik c/o 3 days of dysuria, no fever, T 98.9, HR 88. No flank pain. Advised "
    "UA at the downstairs lab today. Callback number for Dr. Huang's office given as x2261. "
    "- J. Ferreira, RN",
    [
        ("11/20/2026", "DATE"),
        ("Tomasz Wójcik", "NAME"),
        ("(312) 555-0148", "PHONE"),
        ("Agnieszka Wójcik", "NAME"),
        ("Huang", "NAME"),
        ("x2261", "PHONE"),
        ("J. Ferreira", "NAME"),
    ],
)
# ---------------------------------------------------------------- 6
add(
    "I got a bill for $412.50 for the visit on Sept 3rd but my insurance should have covered it!! "
    "Account number 88123-4410, member ID XGH448201937. The claim number on the EOB was "
    "2026-CL-0093318. Please fix this before it goes to collections. Marcus Bell",
    [
        ("Sept 3rd", "DATE"),
        ("88123-4410", "ID"),
        ("XGH448201937", "ID"),
        ("2026-CL-0093318", "ID"),
        ("Marcus Bell", "NAME"),
    ],
)
# ---------------------------------------------------------------- 7
add(
    "Hello, I am travelling in Portugal until 12 December and I have run out of my lisinopril "
    "10 mg. My pharmacy Rx # is 6620187. You can reach me on WhatsApp at +351 912 345 678 or on "
    "my UK mobile +44 7700 900123. Many thanks, Siobhan Gallagher",
    [
        ("12 December", "DATE"),
        ("6620187", "ID"),
        ("+351 912 345 678", "PHONE"),
        ("+44 7700 900123", "PHONE"),
        ("Siobhan Gallagher", "NAME"),
    ],
)
# ---------------------------------------------------------------- 8
add(
    "My insulin pump keeps alarming 'motor error'. Serial number NG2741903H, it's the MiniMed 780G. "
    "I'm using about 42 units a day and my sugar is 260 right now. The pump company told me to "
    "message you. - Dev Patel, DOB 2/9/1988",
    [("NG2741903H", "ID"), ("Dev Patel", "NAME"), ("2/9/1988", "DATE")],
)
# ---------------------------------------------------------------- 9
add(
    "I parked in the patient garage on level 3 and my car got TOWED while I was getting my "
    "infusion. Plate is 7KPL392 (California). My appointment was with Dr. Ramos at 10:30 and I was "
    "in the chair for 4 hours. Who do I talk to?? Jenna",
    [("7KPL392", "ID"), ("Ramos", "NAME"), ("Jenna", "NAME")],
)
# ---------------------------------------------------------------- 10
add(
    "Dad turned 89 in June and his sister, Aunt Beatrice, is 94. They both live with us now and "
    "both are on warfarin. Can they get the RSV shot on the same day as their INR check?",
    [("June", "DATE"), ("Beatrice", "NAME"), ("94", "AGE")],
)
# ---------------------------------------------------------------- 11
add(
    'I keep getting locked out of the portal. The error page said "request blocked from '
    '203.0.113.47" and then told me to go to https://portal.example-health.org/reset?user=lchen1979 '
    "which doesn't load. My username is lchen1979 in case that helps. Linda Chen",
    [
        ("203.0.113.47", "URL"),
        ("https://portal.example-health.org/reset?user=lchen1979", "URL"),
        ("lchen1979", "ID"),
        ("Linda Chen", "NAME"),
    ],
)
# ---------------------------------------------------------------- 12
add(
    "Dear Dr. Nakamura,\n\n"
    "Re: Harold J. Finch, DOB 01/30/1934, MRN 330-18-552\n\n"
    "Thank you for seeing this 92-year-old gentleman for evaluation of progressive dyspnea on "
    "exertion. He lives alone at 48 Orchard Road, Bedford, NH 03110, and his niece, Ms. Carla "
    "Finch-Morgan, is his health care proxy (cell 603-555-0117). Echo on 2026-10-02 showed an EF "
    "of 35% with moderate MR. He walks about 2 blocks before stopping.\n\n"
    "Sincerely,\nRebecca Osei, MD\nFax 603-555-0190",
    [
        ("Nakamura", "NAME"),
        ("Harold J. Finch", "NAME"),
        ("01/30/1934", "DATE"),
        ("330-18-552", "MRN"),
        ("92", "AGE"),
        ("48 Orchard Road, Bedford, NH 03110", "ADDRESS"),
        ("Carla Finch-Morgan", "NAME"),
        ("603-555-0117", "PHONE"),
        ("2026-10-02", "DATE"),
        ("Rebecca Osei", "NAME"),
        ("603-555-0190", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 13 (no PHI)
add(
    "Quick question - the new amlodipine 5 mg is making my ankles swell. I've only had 3 pills so "
    "far. Should I keep taking it until my next appointment? I live in Texas if that matters for "
    "which pharmacy carries the other one.",
    [],
)
# ---------------------------------------------------------------- 14
add(
    "The billing office asked for my SSN to process the financial assistance form. It is "
    "912-55-0374. Also my daughter Amara's is 912-55-0391, she's on my plan. I don't feel great "
    "about putting this in a message but they said it was fine. — Chidinma Eze",
    [("912-55-0374", "SSN"), ("Amara", "NAME"), ("912-55-0391", "SSN"), ("Chidinma Eze", "NAME")],
)
# ---------------------------------------------------------------- 15
add(
    "hi its jose martinez again, my sugar was 312 this am and 287 last nite. i ran out of the "
    "glipizide. walgreens on 5th street said the rx 1184423 needs refill aproval from dr kim. "
    "my # 956 555 0133",
    [
        ("jose martinez", "NAME"),
        ("5th street", "ADDRESS"),
        ("1184423", "ID"),
        ("kim", "NAME"),
        ("956 555 0133", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 16
add(
    "I was diagnosed with Hashimoto's years ago and now my endocrinologist thinks I might have "
    "Addison's too. Dr. Graves (yes, really) wants me to do a cosyntropin stimulation test. Is "
    "that the same thing as the Cushing's testing my sister had?",
    [("Graves", "NAME")],
)
# ---------------------------------------------------------------- 17
add(
    "ED note 11/22/26: 96 yo F from assisted living brought by EMS after unwitnessed fall. "
    "Daughter Mei-Ling Zhou at bedside (415-555-0166). Home meds incl apixaban 2.5 mg BID. "
    "Hgb 10.1. CT head neg. Hip XR: nondisplaced fx. Dispo: admit to Dr. Abernathy.",
    [
        ("11/22/26", "DATE"),
        ("96", "AGE"),
        ("Mei-Ling Zhou", "NAME"),
        ("415-555-0166", "PHONE"),
        ("Abernathy", "NAME"),
    ],
)
# ---------------------------------------------------------------- 18
add(
    "Please fax the prior auth form to our office at 1-888-555-0143, attn: Lupe. If questions, "
    "page Dr. Iyer at 5-2291 or call the main line 212-555-0100 ext. 4. Patient: Oluwaseun "
    "Adeyemi, member ID W2208841763, drug requested: dupilumab 300 mg q2wk.",
    [
        ("1-888-555-0143", "PHONE"),
        ("Lupe", "NAME"),
        ("Iyer", "NAME"),
        ("5-2291", "PHONE"),
        ("212-555-0100 ext. 4", "PHONE"),
        ("Oluwaseun Adeyemi", "NAME"),
        ("W2208841763", "ID"),
    ],
)
# ---------------------------------------------------------------- 19 (no PHI)
add(
    "My son is 7 and weighs 52 lbs. How much children's Tylenol (160 mg/5 mL) can he have? He's "
    "had 2 doses today, the last one at 3 pm. Fever 102.1 since Friday night.",
    [],
)
# ---------------------------------------------------------------- 20
add(
    "I'm scheduled for my colonoscopy on the 3rd of December but I also got jury duty Dec 2-4 "
    "and they won't excuse me. Could we move it to sometime after 12.15? The prep sheet dated "
    "2026/11/10 says to stop my iron pills 7 days before, which I already did.",
    [("3rd of December", "DATE"), ("Dec 2-4", "DATE"), ("12.15", "DATE"), ("2026/11/10", "DATE")],
)
# ---------------------------------------------------------------- 21
add(
    "Mrs. Okonkwo's home blood pressure readings this week: 152/94, 148/90, 160/98. Her son "
    "Chukwuemeka asked whether Dr. Lindqvist's team could adjust the losartan, she's on 50 mg "
    "now. She has a headache today but says it's her usual one.",
    [("Okonkwo", "NAME"), ("Chukwuemeka", "NAME"), ("Lindqvist", "NAME")],
)
# ---------------------------------------------------------------- 22
add(
    "Please send my visit summaries to my new email, t.bergstrom.home@example.net, instead of "
    "the old work one. I no longer have access to that. Thanks! Tove",
    [("t.bergstrom.home@example.net", "EMAIL"), ("Tove", "NAME")],
)
# ---------------------------------------------------------------- 23
add(
    "Hi Mr. Haddad, your lab results from 11/18 are back. Your potassium was 5.4, which is "
    "slightly high. Dr. Sato would like you to repeat the test on or after Monday, 11/24, and to "
    "hold the potassium supplement until then. Please call 602-555-0129 with questions. "
    "— Nurse Kelsey",
    [
        ("Haddad", "NAME"),
        ("11/18", "DATE"),
        ("Sato", "NAME"),
        ("11/24", "DATE"),
        ("602-555-0129", "PHONE"),
        ("Kelsey", "NAME"),
    ],
)
# ---------------------------------------------------------------- 24 (no PHI)
add("refill pls. lipitor 40. thx", [])
# ---------------------------------------------------------------- 25
add(
    "Hope and Faith (my twin girls) both have the stomach bug. Hope threw up 4 times since "
    "midnight, Faith twice. They're 9. Can they have the Zofran left over from last year? "
    "— their mom, Grace Abernathy-Lowe",
    [
        ("Hope", "NAME"),
        ("Faith", "NAME"),
        ("Hope", "NAME"),
        ("Faith", "NAME"),
        ("Grace Abernathy-Lowe", "NAME"),
    ],
)
# ---------------------------------------------------------------- 26
add(
    "My grandmother is 89 and a half and my grandfather is 90. Both got their flu shots at the "
    "senior center. Grandpa's memory has been slipping since the summer and he repeats the same "
    "question 10 times an hour. Who should we see about that?",
    [("90", "AGE")],
)
# ---------------------------------------------------------------- 27
add(
    "I looked up my A1c of 8.1 on https://www.example-diabetes.org/a1c-chart and it says I'm "
    "'uncontrolled'. That scared me. Is that right? My last one in March was 7.4.",
    [("https://www.example-diabetes.org/a1c-chart", "URL"), ("March", "DATE")],
)
# ---------------------------------------------------------------- 28
add(
    "Rx: nitrofurantoin monohydrate/macrocrystals 100 mg PO BID x 5 days, #10, no refills.\n"
    "Patient: Fatima Al-Sayed  DOB: 1990-05-17\n"
    "Prescriber: Ana Lucía Restrepo, NP  NPI 1928374650  DEA MR4412873\n"
    "Pharmacy: call 313-555-0194 if substitution needed.",
    [
        ("Fatima Al-Sayed", "NAME"),
        ("1990-05-17", "DATE"),
        ("Ana Lucía Restrepo", "NAME"),
        ("1928374650", "ID"),
        ("MR4412873", "ID"),
        ("313-555-0194", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 29
add(
    "Appointment confirmed: Thu 12/04/2026 @ 9:40am with Dr. Farah Siddiqui, 1500 Kingsway Blvd, "
    "Suite 210, Columbus. Confirmation # QX7H2K. Please arrive 15 minutes early and bring your "
    "medication list. Reply C to confirm or R to reschedule.",
    [
        ("12/04/2026", "DATE"),
        ("Farah Siddiqui", "NAME"),
        ("1500 Kingsway Blvd, Suite 210, Columbus", "ADDRESS"),
        ("QX7H2K", "ID"),
    ],
)
# ---------------------------------------------------------------- 30 (no PHI)
add(
    "Is it normal to be this tired 3 weeks after chemo? I'm sleeping 12 hours a night and still "
    "wiped. My counts last time were WBC 3.2, platelets 140. I start cycle 4 next Wednesday.",
    [],
)
# ---------------------------------------------------------------- 31
add(
    "To whom it may concern, I am writing on behalf of my uncle, Seamus O'Brien, who does not "
    "use the computer. Mr. O'Brien's hearing aids (serial numbers 2231-RX-77814 and "
    "2231-RX-77815) were lost during his hospital stay from 10/28 to 11/3. He is 91 and cannot "
    "hear on the phone without them. Patricia O'Brien-Walsh, 781.555.0152",
    [
        ("Seamus O'Brien", "NAME"),
        ("O'Brien", "NAME"),
        ("2231-RX-77814", "ID"),
        ("2231-RX-77815", "ID"),
        ("10/28", "DATE"),
        ("11/3", "DATE"),
        ("91", "AGE"),
        ("Patricia O'Brien-Walsh", "NAME"),
        ("781.555.0152", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 32
add(
    "Dr Mensah - the Johnsons' son (Tyler Johnson, 16) came in with his mom today asking about "
    "the sports physical form. I told them you'd sign it by Friday. Mom's cell is 770-555-0108 "
    "if you need her. -Bri",
    [
        ("Mensah", "NAME"),
        ("Johnsons", "NAME"),
        ("Tyler Johnson", "NAME"),
        ("770-555-0108", "PHONE"),
        ("Bri", "NAME"),
    ],
)
# ---------------------------------------------------------------- 33
add(
    "Good afternoon. I am Nguyen Thi Lan, and I translate for my father Nguyen Van Hung. He has "
    "pain in the chest when he walk up stairs, 2 or 3 minute then it stop. He is 78. We live in "
    "San Jose, zip 95122. Please can doctor call us at 408-555-0137 after 5pm.",
    [
        ("Nguyen Thi Lan", "NAME"),
        ("Nguyen Van Hung", "NAME"),
        ("San Jose", "ADDRESS"),
        ("95122", "ADDRESS"),
        ("408-555-0137", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 34 (no PHI)
add(
    "My INR was 3.4 on the fingerstick this morning. Coumadin dose is 5 mg Mon/Wed/Fri and 2.5 mg "
    "the other days. Should I skip tonight's dose? No bleeding, just a small bruise on my arm.",
    [],
)
# ---------------------------------------------------------------- 35
add(
    "Subject: CGM not reading\n\nMy Dexcom transmitter (ID 8G4M2X) stopped talking to my phone on "
    "the 14th. I've restarted it 3 times. The Dexcom rep said the warranty claim is #DX-55012977 "
    "and that you have to fax them a new order at (877) 555-0161. Thank you - Keanu Kahananui",
    [
        ("8G4M2X", "ID"),
        ("14th", "DATE"),
        ("DX-55012977", "ID"),
        ("(877) 555-0161", "PHONE"),
        ("Keanu Kahananui", "NAME"),
    ],
)
# ---------------------------------------------------------------- 36
add(
    "Discharge summary excerpt. Admitted 10/30/2026, discharged 11/06/2026. Patient: Dolores "
    "Ybarra, 101-year-old woman with CHF exacerbation. Diuresed 6 L. Discharged to home with "
    "grandson (Ernesto Ybarra, 505-555-0184). Follow up with Dr. Begay within 7 days.",
    [
        ("10/30/2026", "DATE"),
        ("11/06/2026", "DATE"),
        ("Dolores Ybarra", "NAME"),
        ("101", "AGE"),
        ("Ernesto Ybarra", "NAME"),
        ("505-555-0184", "PHONE"),
        ("Begay", "NAME"),
    ],
)
# ---------------------------------------------------------------- 37
add(
    "I think someone used my insurance. The EOB shows a claim for an MRI on August 9 at a place "
    "I've never been. My policy number is PLC-20931877 and group number 004412. My name is "
    "Yusuf Demir and my date of birth is March 2, 1975.",
    [
        ("August 9", "DATE"),
        ("PLC-20931877", "ID"),
        ("004412", "ID"),
        ("Yusuf Demir", "NAME"),
        ("March 2, 1975", "DATE"),
    ],
)
# ---------------------------------------------------------------- 38 (no PHI)
add(
    "Been using my albuterol 6-8 puffs a day for the last 4 days. Peak flow 310 this morning "
    "(my best is 450). Worse at night and I can't finish a sentence going up 1 flight of stairs.",
    [],
)
# ---------------------------------------------------------------- 39
add(
    "Ms. Rahman called re: her husband Anwar Rahman (DOB 12/12/1950). He was seen at an urgent "
    "care in Paterson on Saturday and was told his sodium is 127. She wants to know if the "
    "hydrochlorothiazide should be stopped. Best # 973-555-0121. -- MK",
    [
        ("Rahman", "NAME"),
        ("Anwar Rahman", "NAME"),
        ("12/12/1950", "DATE"),
        ("Paterson", "ADDRESS"),
        ("973-555-0121", "PHONE"),
        ("MK", "NAME"),
    ],
)
# ---------------------------------------------------------------- 40
add(
    "Thank you for the great care at the infusion center! Nurse Priyanka and Dr. Thibodeaux "
    "really took their time with me. My next infusion is 1/7 and I'll bring cookies. "
    "- Walter (Wally) Kozlowski",
    [
        ("Priyanka", "NAME"),
        ("Thibodeaux", "NAME"),
        ("1/7", "DATE"),
        ("Walter", "NAME"),
        ("Wally", "NAME"),
        ("Kozlowski", "NAME"),
    ],
)
# ---------------------------------------------------------------- 41
add(
    "Can someone help me read my results? It says glucose 104, LDL 162, TSH 2.1. I'm 45 and my "
    "dad had a heart attack at 52. I walk 30 minutes most days. Do I need a statin? Thx, Oksana",
    [("Oksana", "NAME")],
)
# ---------------------------------------------------------------- 42
add(
    "From: Dr. Aisha Bello <abello@northside-cardio.example.com>\nSent: 11/21/2026 7:02 AM\n"
    "To: Triage Pool\n\nFYI - pt Giovanni Russo (MRN 41-227-0930) called my cell overnight with "
    "palpitations. HR 140s on his watch. I told him to go to the ED. Can someone f/u today? His "
    "wife Lucia's number is 347-555-0153.",
    [
        ("Aisha Bello", "NAME"),
        ("abello@northside-cardio.example.com", "EMAIL"),
        ("11/21/2026", "DATE"),
        ("Giovanni Russo", "NAME"),
        ("41-227-0930", "MRN"),
        ("Lucia", "NAME"),
        ("347-555-0153", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 43
add(
    "my wifes name is Esperanza, shes the one who usually writes these. Im Rigoberto. I need to "
    "know if I can drive after the eye shot on thursday. last time my vision was blurry for like "
    "2 hrs. we live out in Hidalgo County so its a long drive",
    [("Esperanza", "NAME"), ("Rigoberto", "NAME"), ("Hidalgo County", "ADDRESS")],
)
# ---------------------------------------------------------------- 44
add(
    "Re: statement #ST-0048812 dated 10/31/2026. I already paid $85 by phone on 11/12 and the "
    "confirmation number was 7731-AZ. Please update the account (guarantor: Hyun-woo Park, "
    "account 300194576). I also need an itemized bill mailed to 19 Cedar Ct, Fort Lee, NJ 07024.",
    [
        ("ST-0048812", "ID"),
        ("10/31/2026", "DATE"),
        ("11/12", "DATE"),
        ("7731-AZ", "ID"),
        ("Hyun-woo Park", "NAME"),
        ("300194576", "ID"),
        ("19 Cedar Ct, Fort Lee, NJ 07024", "ADDRESS"),
    ],
)
# ---------------------------------------------------------------- 45
add(
    "Triage note. Caller: Jamal Washington Jr., states his father Jamal Washington Sr. (MRN "
    "70018342) has new left arm weakness that started about 40 min ago. Advised call 911 now. "
    "Caller agreed. Time of call 08:12. RN: D. Okafor-Lee",
    [
        ("Jamal Washington Jr.", "NAME"),
        ("Jamal Washington Sr.", "NAME"),
        ("70018342", "MRN"),
        ("D. Okafor-Lee", "NAME"),
    ],
)
# ---------------------------------------------------------------- 46
add(
    "Hi! Just checking my appointment is still on for Christmas Eve? The reminder text came from "
    "a number I don't recognize (202-555-0176) so I wanted to make sure it's legit. Thanks, Noor",
    [("Christmas Eve", "DATE"), ("202-555-0176", "PHONE"), ("Noor", "NAME")],
)
# ---------------------------------------------------------------- 47
add(
    "The pharmacy says my prescription RX# 0419923-07 for the sertraline was transferred to the "
    "store at 880 Main St in Springfield but that store closed. Can it go to the one on Wilbraham "
    "Rd instead? I have 2 pills left. - K. Thompson",
    [
        ("0419923-07", "ID"),
        ("880 Main St", "ADDRESS"),
        ("Springfield", "ADDRESS"),
        ("Wilbraham Rd", "ADDRESS"),
        ("K. Thompson", "NAME"),
    ],
)
# ---------------------------------------------------------------- 48 (no PHI)
add(
    "Can I take Tylenol with the Percocet 5/325 they gave me? I had knee surgery back in 2024 "
    "and this is the other knee. They gave me 20 tabs and I've taken 6. Pain is about 6/10.",
    [],
)
# ---------------------------------------------------------------- 49
add(
    "Referral: Wiremu Tane, 58M, to Pulmonology. Dx: suspected OSA. STOP-BANG 6. Works as a "
    "long-haul driver, CDL. Home: 3 Kauri Place, Unit 12, Anchorage, AK 99508. Preferred contact "
    "w.tane@example.co.nz or +64 21 555 0198 (on NZ roaming). Referring: Dr. Hollis Greer.",
    [
        ("Wiremu Tane", "NAME"),
        ("3 Kauri Place, Unit 12, Anchorage, AK 99508", "ADDRESS"),
        ("w.tane@example.co.nz", "EMAIL"),
        ("+64 21 555 0198", "PHONE"),
        ("Hollis Greer", "NAME"),
    ],
)
# ---------------------------------------------------------------- 50
add(
    "PLEASE HELP. MY MOTHER ROSEMARY FITZGERALD IS 97 AND HASNT PEED SINCE YESTERDAY MORNING. "
    "HER BELLY IS HARD. DR PATEL SAW HER 11-19-2026. CALL ME 504 555 0147",
    [
        ("ROSEMARY FITZGERALD", "NAME"),
        ("97", "AGE"),
        ("PATEL", "NAME"),
        ("11-19-2026", "DATE"),
        ("504 555 0147", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 51
add(
    "Follow-up on the sleep study: your CPAP (ResMed AirSense 11, serial 23163049871) has been "
    "ordered through Apex Medical Supply. They will call you from 1-800-555-0112 to set up "
    "delivery. Your pressure is 9 cm H2O. - Sleep Medicine, Dr. Eun-ji Seo",
    [("23163049871", "ID"), ("1-800-555-0112", "PHONE"), ("Eun-ji Seo", "NAME")],
)
# ---------------------------------------------------------------- 52
add(
    "I need a letter for my employer saying I was out sick from Nov. 10 through Nov. 14. "
    "My supervisor is Brenda Kaczmarek and her email is bkaczmarek@example-logistics.com. Employee "
    "ID 00-448712 if they need it. Thanks, Andre Lefebvre",
    [
        ("Nov. 10", "DATE"),
        ("Nov. 14", "DATE"),
        ("Brenda Kaczmarek", "NAME"),
        ("bkaczmarek@example-logistics.com", "EMAIL"),
        ("00-448712", "ID"),
        ("Andre Lefebvre", "NAME"),
    ],
)
# ---------------------------------------------------------------- 53
add(
    "Clinic note 2026-11-23. S: 34yo G2P2 here for IUD check. Strings visible. O: BP 118/72, "
    "HR 76, BMI 27.4. A/P: doing well. Pt asks that results go to her sister Imani Brooks only, "
    "not to her home at 612 Delancey St, Philadelphia. Signed: Ruth Abramowitz, CNM",
    [
        ("2026-11-23", "DATE"),
        ("Imani Brooks", "NAME"),
        ("612 Delancey St, Philadelphia", "ADDRESS"),
        ("Ruth Abramowitz", "NAME"),
    ],
)
# ---------------------------------------------------------------- 54
add(
    "yo its Deshawn. the urgent care gave me keflex for the cut on my hand (7 stitches) but now "
    "theres a red streak going up my arm like 3 inches. started last night. do i need to come in",
    [("Deshawn", "NAME")],
)
# ---------------------------------------------------------------- 55
add(
    "My father, Mr. Hamid Karimi, is ninety-two and on hospice at home. The hospice nurse, "
    "Svetlana, asked me to message you for a morphine refill. Pharmacy is the CVS at Route 9 and "
    "Elm in Framingham. Hospice patient ID HSP-38820.",
    [
        ("Hamid Karimi", "NAME"),
        ("ninety-two", "AGE"),
        ("Svetlana", "NAME"),
        ("Route 9 and Elm", "ADDRESS"),
        ("Framingham", "ADDRESS"),
        ("HSP-38820", "ID"),
    ],
)
# ---------------------------------------------------------------- 56
add(
    "Server log excerpt attached to ticket: login failures for portal user mgarcia.62 from IP "
    "198.51.100.23 and 2001:db8:4::1b at 02:14 UTC on 2026-11-22. Account locked after 5 attempts. "
    "Patient called the help desk from 915-555-0140 to unlock.",
    [
        ("mgarcia.62", "ID"),
        ("198.51.100.23", "URL"),
        ("2001:db8:4::1b", "URL"),
        ("2026-11-22", "DATE"),
        ("915-555-0140", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 57
add(
    "I had my Tdap at the pharmacy on 9/30 - lot number AC52B112BA - but it doesn't show in my "
    "chart. Can you add it? I'm 31 weeks... sorry, I mean I'm 31, not pregnant lol. - Olga "
    "Petrenko",
    [("9/30", "DATE"), ("Olga Petrenko", "NAME")],
)
# ---------------------------------------------------------------- 58
add(
    "Dear Patient Services,\nI am the legal guardian for my brother, Luis Ángel Cordero (born "
    "4 Feb 1969), who has Down syndrome. I attach the guardianship order, case no. "
    "PR-2019-004471. Please add me to his portal proxy. I am Marisol Cordero, tel. "
    "787-555-0119, email marisol.cordero@example.com.",
    [
        ("Luis Ángel Cordero", "NAME"),
        ("4 Feb 1969", "DATE"),
        ("PR-2019-004471", "ID"),
        ("Marisol Cordero", "NAME"),
        ("787-555-0119", "PHONE"),
        ("marisol.cordero@example.com", "EMAIL"),
    ],
)
# ---------------------------------------------------------------- 59 (no PHI)
add(
    "Pt reports pain 3/10, down from 7/10 overnight. Ambulated 2x in hall with walker. "
    "Tolerating clears. Foley out at 0600, voided 350 mL. Plan: advance diet, PT eval, "
    "recheck BMP in AM.",
    [],
)
# ---------------------------------------------------------------- 60
add(
    "My son Mateo (he's 14) was bit by the neighbor's dog Biscuit yesterday on his calf. Skin is "
    "broken, 2 puncture marks. The dog's owner, Mr. Halvorsen, says it's vaccinated but he can't "
    "find the paper. We're at 4417 W Grace St, Chicago 60641 if animal control needs it.",
    [("Mateo", "NAME"), ("Halvorsen", "NAME"), ("4417 W Grace St, Chicago 60641", "ADDRESS")],
)
# ---------------------------------------------------------------- 61
add(
    "Hello doctor, I am Ahmed bin Rashid Al-Mansoori. I was in Dubai until 11 Nov and had a "
    "kidney stone there. The hospital gave me a report, my file number there is DXB-88213. Their "
    "phone +971 4 555 0123. Now I am back and the pain is coming again.",
    [
        ("Ahmed bin Rashid Al-Mansoori", "NAME"),
        ("Dubai", "ADDRESS"),
        ("11 Nov", "DATE"),
        ("DXB-88213", "MRN"),
        ("+971 4 555 0123", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 62
add(
    "Nurse: can you tell me when my Prolia shot is due? Last one was 05/2026. I also want to "
    "know if Dr. Van der Berg is still seeing patients or if I need a new endo.",
    [("05/2026", "DATE"), ("Van der Berg", "NAME")],
)
# ---------------------------------------------------------------- 63
add(
    "Hi there, my husband (Chen Wei) and I are flying to Chengdu on the 20th and he needs a "
    "letter saying he can carry his insulin pens and needles in his hand luggage. Passport no. "
    "E12345678. Flight is on Tuesday. Thank you! Jiang Min",
    [
        ("Chen Wei", "NAME"),
        ("Chengdu", "ADDRESS"),
        ("20th", "DATE"),
        ("E12345678", "ID"),
        ("Jiang Min", "NAME"),
    ],
)
# ---------------------------------------------------------------- 64
add(
    "Lab critical value call 11/23/2026 16:48: K 6.8 on pt Bartholomew Nwachukwu, acc# "
    "C26-114502, MRN 9930221. Read back by Tamsin Hale RN to Dr. Oyelaran, who will call the "
    "patient at 240-555-0174.",
    [
        ("11/23/2026", "DATE"),
        ("Bartholomew Nwachukwu", "NAME"),
        ("C26-114502", "ID"),
        ("9930221", "MRN"),
        ("Tamsin Hale", "NAME"),
        ("Oyelaran", "NAME"),
        ("240-555-0174", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 65
add(
    "I'm worried about my mom's memory. She's in her 90s and keeps leaving the stove on. Her "
    "neighbour in Coral Gables called me twice this week. She sees Dr. Acosta next month.",
    [("90s", "AGE"), ("Coral Gables", "ADDRESS"), ("Acosta", "NAME")],
)
# ---------------------------------------------------------------- 66
add(
    "Our Medicaid changed. New ID is 1147-2230-98 and the card says effective 12-01-26. Old one "
    "ended 11/30. Please update it for me and my kids, Aaliyah and Jaylen. - Tasha Greene, "
    "PO Box 2281, Jackson, MS 39225",
    [
        ("1147-2230-98", "ID"),
        ("12-01-26", "DATE"),
        ("11/30", "DATE"),
        ("Aaliyah", "NAME"),
        ("Jaylen", "NAME"),
        ("Tasha Greene", "NAME"),
        ("PO Box 2281, Jackson, MS 39225", "ADDRESS"),
    ],
)
# ---------------------------------------------------------------- 67 (no PHI)
add(
    "The pharmacy in Ohio says my insurance won't cover the Ozempic 0.5 mg pen anymore. What are "
    "my options? I've lost 14 lbs since the spring and my A1c went from 9.2 to 7.1. - Harpreet",
    [("Harpreet", "NAME")],
)
# ---------------------------------------------------------------- 68
add(
    "Hello, this is Sipho Dlamini. The visiting nurse said my wound vac (serial KCI-V7730218) is "
    "leaking. Also can you please note my new number +27 21 555 0190 is my South African one, "
    "for when I am home over Christmas. The local one is still 646-555-0102.",
    [
        ("Sipho Dlamini", "NAME"),
        ("KCI-V7730218", "ID"),
        ("+27 21 555 0190", "PHONE"),
        ("Christmas", "DATE"),
        ("646-555-0102", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 69
add(
    "I'm writing about my grandson Ezekiel. He's 4 and has had a barky cough since Saturday, worse "
    "at night, no trouble breathing. His mom (my daughter Rachel) is working doubles. His chart "
    "number is 00551872. Thank you, Ruth Feldman",
    [("Ezekiel", "NAME"), ("Rachel", "NAME"), ("00551872", "MRN"), ("Ruth Feldman", "NAME")],
)
# ---------------------------------------------------------------- 70
add(
    "Pre-op call 11/24/2026: pt Tavita Faleolo for lap chole 12/01/2026. NPO after midnight. "
    "Hold metformin AM of surgery. Ride home: cousin Sione (808) 555-0133. Pt asked about parking, "
    "gave garage info. Tavita's questions answered.",
    [
        ("11/24/2026", "DATE"),
        ("Tavita Faleolo", "NAME"),
        ("12/01/2026", "DATE"),
        ("Sione", "NAME"),
        ("(808) 555-0133", "PHONE"),
        ("Tavita", "NAME"),
    ],
)
# ---------------------------------------------------------------- 71
add(
    "Can you please send my immunization record to the school? It's Lincoln Elementary, their "
    "fax is 651-555-0188. Student is Oskar Lindgren, DOB 08.03.2018. My contact is "
    "ingrid.lindgren@example.se.",
    [
        ("651-555-0188", "PHONE"),
        ("Oskar Lindgren", "NAME"),
        ("08.03.2018", "DATE"),
        ("ingrid.lindgren@example.se", "EMAIL"),
    ],
)
# ---------------------------------------------------------------- 72
add(
    "Subject: Re: Re: pacemaker check\n\nThe remote monitor keeps saying 'no connection'. The "
    "pacemaker card says Model W1DR01, SN RNB448201S, implanted 3/15/2022 by Dr. Castellanos. "
    "I'm 88 and my daughter set this up but she lives in Oregon.",
    [("RNB448201S", "ID"), ("3/15/2022", "DATE"), ("Castellanos", "NAME")],
)
# ---------------------------------------------------------------- 73
add(
    "Hey, quick one. I saw a video at http://198.51.100.77/detox-tea saying this tea cures "
    "fatty liver. My liver numbers were ALT 88, AST 61. Is it safe with my atorvastatin 20? "
    "- Bryce",
    [("http://198.51.100.77/detox-tea", "URL"), ("Bryce", "NAME")],
)
# ---------------------------------------------------------------- 74
add(
    "We were in a car accident on 11/16 (I was driving, my husband Dariusz was in the passenger "
    "seat). The other driver's plate was NY JHM-4472. Our auto claim number is AC-2026-774190. "
    "The insurance adjuster, Colleen Mahoney, needs his ED records. Dariusz's neck still hurts.",
    [
        ("11/16", "DATE"),
        ("Dariusz", "NAME"),
        ("JHM-4472", "ID"),
        ("AC-2026-774190", "ID"),
        ("Colleen Mahoney", "NAME"),
        ("Dariusz", "NAME"),
    ],
)
# ---------------------------------------------------------------- 75
add(
    "Good morning, I just wanted to say the new dose (sertraline 100 mg) is working much better. "
    "Sleeping 7 hours, appetite back. No side effects except some vivid dreams. See you in 3 "
    "months! Thank you Dr. Abiodun. - Keisha",
    [("Abiodun", "NAME"), ("Keisha", "NAME")],
)
# ---------------------------------------------------------------- 76
add(
    "Patient: Kateri Two Bears   DOB: 06-21-1983   MRN: A0093341\nChief complaint: migraine x 3 "
    "days, usual pattern, took sumatriptan 50 mg x2. No focal sx. Lives in Rapid City, works at "
    "the tribal health office. PCP Dr. Yazzie. Contact 605-555-0125.",
    [
        ("Kateri Two Bears", "NAME"),
        ("06-21-1983", "DATE"),
        ("A0093341", "MRN"),
        ("Rapid City", "ADDRESS"),
        ("Yazzie", "NAME"),
        ("605-555-0125", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 77
add(
    "If anyone needs to reach me about Grandpa Leroy's discharge, my email is "
    "leroy dot jenkins dot family at example dot com (spelled out because the portal keeps "
    "blocking it). He's 99 and wants to go home, not to rehab.",
    [
        ("Leroy", "NAME"),
        ("leroy dot jenkins dot family at example dot com", "EMAIL"),
        ("99", "AGE"),
    ],
)
# ---------------------------------------------------------------- 78
add(
    "Second notice: account 7720-13305 has a balance of $1,240.00 for services on 08/14/2026 and "
    "08/21/2026. Pay online at https://pay.example-billing.com/acct/7720-13305 or call our billing "
    "office at 855-555-0166, Mon-Fri 8-5.",
    [
        ("7720-13305", "ID"),
        ("08/14/2026", "DATE"),
        ("08/21/2026", "DATE"),
        ("https://pay.example-billing.com/acct/7720-13305", "URL"),
        ("855-555-0166", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 79
add(
    "Hi Dr. Mukherjee - Arjun here (Priya's husband). Priya's BP at home is 168/104 this evening "
    "and she has a headache and sees spots. She's 6 weeks postpartum. Should we go to the ER?",
    [("Mukherjee", "NAME"), ("Arjun", "NAME"), ("Priya", "NAME"), ("Priya", "NAME")],
)
# ---------------------------------------------------------------- 80
add(
    "I want to make a complaint about the front desk lady on the 4th floor, her badge said "
    "Marguerite. She told everyone in the waiting room why I was there. That was on Oct 8. "
    "I expect a call back. Reginald Oduya, 832-555-0193",
    [
        ("Marguerite", "NAME"),
        ("Oct 8", "DATE"),
        ("Reginald Oduya", "NAME"),
        ("832-555-0193", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 81 (no PHI)
add(
    "Does the flu shot have egg in it? I'm allergic to eggs, I get hives. Last year I skipped it. "
    "I work at a hospital so they want me to get it by Friday.",
    [],
)
# ---------------------------------------------------------------- 82
add(
    "Consult note. Reason: hyponatremia. 90 y/o man, Na 124 (was 131 on 11/02). Daughter Ngozi "
    "reports poor intake x 1 wk. On sertraline since Oct. Plan: fluid restrict 1.2 L, repeat BMP "
    "in 6h. D/w primary team (Dr. Fairweather). — Hamza Qureshi, MD, Nephrology, pager 3-4417",
    [
        ("90", "AGE"),
        ("11/02", "DATE"),
        ("Ngozi", "NAME"),
        ("Oct", "DATE"),
        ("Fairweather", "NAME"),
        ("Hamza Qureshi", "NAME"),
        ("3-4417", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 83
add(
    "Forwarding this from my mom's phone.\n\n> On Nov 20, 2026, at 6:41 PM, Gloria Mendez "
    "<gmendez1948@example.net> wrote:\n> mija tell the doctor my feet are swollen again and I "
    "gained 4 pounds since sunday. the water pill isnt working\n\n-Valeria",
    [
        ("Nov 20, 2026", "DATE"),
        ("Gloria Mendez", "NAME"),
        ("gmendez1948@example.net", "EMAIL"),
        ("Valeria", "NAME"),
    ],
)
# ---------------------------------------------------------------- 84
add(
    "Please note my SSN on file is wrong. The last four should be 6619 not 6691. Name: Ilse "
    "Brandt-Hoffmann. DOB 11 March 1959.",
    [("6619", "SSN"), ("6691", "SSN"), ("Ilse Brandt-Hoffmann", "NAME"), ("11 March 1959", "DATE")],
)
# ---------------------------------------------------------------- 85
add(
    "I'm a home health aide for Mr. Abernathy-Cole on Thursdays. Today (the 20th) his oxygen "
    "was 86% on 2 L and he was breathing fast, 28 a minute. Agency is BrightPath, my employee "
    "badge 55-7102. The family can be reached at 919-555-0131 ext 22.",
    [
        ("Abernathy-Cole", "NAME"),
        ("20th", "DATE"),
        ("55-7102", "ID"),
        ("919-555-0131 ext 22", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 86
add(
    "hello i am Thu Trang. my baby is 4 month old, he has fever 38.9 since this morning and not "
    "want to drink milk. i am scared. my husband Duc work night. phone 714-555-0187",
    [("Thu Trang", "NAME"), ("Duc", "NAME"), ("714-555-0187", "PHONE")],
)
# ---------------------------------------------------------------- 87
add(
    "Records request: Please release all records from 01/01/2020 to present for patient "
    "Beatriz Oliveira Santos (DOB 23/09/1985, MRN 1188-4402) to Dr. Fernando Mota, Clínica Vida, "
    "Rua Augusta 1500, São Paulo, Brazil. Fax +55 11 5555 0123.",
    [
        ("01/01/2020", "DATE"),
        ("Beatriz Oliveira Santos", "NAME"),
        ("23/09/1985", "DATE"),
        ("1188-4402", "MRN"),
        ("Fernando Mota", "NAME"),
        ("Rua Augusta 1500, São Paulo, Brazil", "ADDRESS"),
        ("+55 11 5555 0123", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 88
add(
    "Just a heads up that I moved. New address: 77 Ridgeview Terrace #3B, Asheville NC 28806. "
    "Same phone. Also I'll be out of town 12/22-1/3 so please don't schedule the echo then. "
    "Thanks, Cormac",
    [
        ("77 Ridgeview Terrace #3B, Asheville NC 28806", "ADDRESS"),
        ("12/22", "DATE"),
        ("1/3", "DATE"),
        ("Cormac", "NAME"),
    ],
)
# ---------------------------------------------------------------- 89
add(
    "Is Dr. Nowak's office open on Veterans Day? My refill of levothyroxine 88 mcg runs out on "
    "Wednesday and the mail order (order #MO-6612093) is delayed.",
    [("Nowak", "NAME"), ("Veterans Day", "DATE"), ("MO-6612093", "ID")],
)
# ---------------------------------------------------------------- 90
add(
    "TO: Dr. Lorraine Whitfield, Rheumatology\nFROM: Dr. Kofi Mensah-Bonsu, Family Medicine\n"
    "RE: Pilar Etxeberria, 67F, DOB 1959-02-11\nNew inflammatory arthritis, CRP 48, RF positive. "
    "Please see within 2 weeks. Pt prefers Spanish; husband Iñaki interprets (cell 208-555-0159).",
    [
        ("Lorraine Whitfield", "NAME"),
        ("Kofi Mensah-Bonsu", "NAME"),
        ("Pilar Etxeberria", "NAME"),
        ("1959-02-11", "DATE"),
        ("Iñaki", "NAME"),
        ("208-555-0159", "PHONE"),
    ],
)
# ---------------------------------------------------------------- 91
add(
    "Hello, my late husband Bernard Lévesque died on 2026-09-14 and I keep getting appointment "
    "reminders for him. Please remove him. His MRN was 60318827. It's very upsetting. "
    "Monique Lévesque",
    [
        ("Bernard Lévesque", "NAME"),
        ("2026-09-14", "DATE"),
        ("60318827", "MRN"),
        ("Monique Lévesque", "NAME"),
    ],
)
# ---------------------------------------------------------------- 92
add(
    "Telehealth link for your visit with Dr. Osagie: https://meet.example-telehealth.com/j/88213004"
    "?pwd=Xk2 — if the video fails we'll call you at 317-555-0138. Your visit is on 12/2 at 1:15.",
    [
        ("Osagie", "NAME"),
        ("https://meet.example-telehealth.com/j/88213004?pwd=Xk2", "URL"),
        ("317-555-0138", "PHONE"),
        ("12/2", "DATE"),
    ],
)
# ---------------------------------------------------------------- 93
add(
    "I need a form filled out for my disability parking placard. Placard number DP-4471029, "
    "it expires 01/31. My plate is 8XYZ441 and the car is registered to my son, Thomas Greaves. "
    "VIN 1HGCM82633A004352 if the DMV asks.",
    [
        ("DP-4471029", "ID"),
        ("01/31", "DATE"),
        ("8XYZ441", "ID"),
        ("Thomas Greaves", "NAME"),
        ("1HGCM82633A004352", "ID"),
    ],
)
# ---------------------------------------------------------------- 94
add(
    "I have Crohn's and my GI Dr. Ferreira-Lopes started me on Humira in May. Now I have a rash "
    "on my shins that looks like bruises. Temp 99.1. I'm 26. Should I skip this week's shot?",
    [("Ferreira-Lopes", "NAME"), ("May", "DATE")],
)
# ---------------------------------------------------------------- 95
add(
    "Nursing home report: resident Ida Mae Pruitt, 104, room 12B, had 2 loose stools today, "
    "afebrile, eating 50% of meals. Facility ph 478-555-0177, fax 478-555-0178. Family "
    "(grandniece Shonda) notified.",
    [
        ("Ida Mae Pruitt", "NAME"),
        ("104", "AGE"),
        ("478-555-0177", "PHONE"),
        ("478-555-0178", "PHONE"),
        ("Shonda", "NAME"),
    ],
)
# ---------------------------------------------------------------- 96
add(
    "Portal message from parent: My daughter Zoe Kaplan-Rivera (7th grade) had a concussion at "
    "soccer on 11-08. The school nurse, Mrs. Donnelly, says she needs a return-to-play note. "
    "Her ID at school is 2031447. Thanks, Dana",
    [
        ("Zoe Kaplan-Rivera", "NAME"),
        ("11-08", "DATE"),
        ("Donnelly", "NAME"),
        ("2031447", "ID"),
        ("Dana", "NAME"),
    ],
)
# ---------------------------------------------------------------- 97 (no PHI)
add(
    "After the 2nd Shingrix dose I've had chills and a sore arm for 2 days, temp 100.2. I took "
    "acetaminophen 650 mg every 6 hours. Is this normal or should I be seen? I'm in Arizona.",
    [],
)
# ---------------------------------------------------------------- 98
add(
    "Hi, Mohammed Farouk here. My mom's name on the appointment is spelled wrong, it should be "
    "Khadija Farouk not Khadija Farook. Her appt is Tuesday 12/9 at the Brookline office, "
    "1 Harvard St. Her insurance subscriber ID is FRK900214556.",
    [
        ("Mohammed Farouk", "NAME"),
        ("Khadija Farouk", "NAME"),
        ("Khadija Farook", "NAME"),
        ("12/9", "DATE"),
        ("Brookline", "ADDRESS"),
        ("1 Harvard St", "ADDRESS"),
        ("FRK900214556", "ID"),
    ],
)
# ---------------------------------------------------------------- 99
add(
    "Progress note, day 3 of admission. Pt (Mr. Achterberg) afebrile x 48h, WBC 14 -> 9.8. "
    "Switched to oral amoxicillin-clavulanate 875 mg BID. Anticipate discharge tomorrow to "
    "daughter's home in Grand Rapids. Follow-up w/ ID clinic 12/08. - Sunita Raghavan, PA-C",
    [
        ("Achterberg", "NAME"),
        ("Grand Rapids", "ADDRESS"),
        ("12/08", "DATE"),
        ("Sunita Raghavan", "NAME"),
    ],
)
# ---------------------------------------------------------------- 100
add(
    "ugh so the pharmacy texted me from 88022 (short code) that my rx is ready but when I got "
    "there they said my prior auth expired 10/31. Rx number 3308871. Can Dr. Bergqvist "
    "resubmit? I'm out of Xarelto and I had a PE 8 weeks ago. - Paloma",
    [("10/31", "DATE"), ("3308871", "ID"), ("Bergqvist", "NAME"), ("Paloma", "NAME")],
)


# ------------------------------------------------------------------------------------------
def locate(idx: int, text: str, spans: list[tuple[str, str]]) -> list[dict]:
    out, cur = [], 0
    for sub, label in spans:
        if label not in LABELS:
            raise SystemExit(f"item {idx}: bad label {label}")
        pos = text.find(sub, cur)
        if pos < 0:
            raise SystemExit(f"item {idx}: {sub!r} not found after offset {cur}")
        out.append({"start": pos, "end": pos + len(sub), "label": label})
        cur = pos + len(sub)
    return out


def check(idx: int, text: str, spans: list[dict], allow: list[str]) -> None:
    prev_end = -1
    for s in spans:
        frag = text[s["start"] : s["end"]]
        assert frag and frag == frag.strip(), f"item {idx}: whitespace at span edge {frag!r}"
        assert s["start"] >= prev_end, f"item {idx}: overlapping spans at {frag!r}"
        prev_end = s["end"]
        if s["label"] == "NAME":
            assert not TITLES.match(frag + " "), f"item {idx}: title inside NAME {frag!r}"
            assert not frag.endswith(("'s", "’s", "'")), f"item {idx}: possessive in NAME {frag!r}"
        # span boundaries must fall on token boundaries
        if s["start"] > 0:
            assert not (text[s["start"] - 1].isalnum() and frag[0].isalnum()), (
                f"item {idx}: {frag!r} starts mid-token"
            )
        if s["end"] < len(text):
            assert not (text[s["end"]].isalnum() and frag[-1].isalnum()), (
                f"item {idx}: {frag!r} ends mid-token"
            )
    # every occurrence of a labelled surface string must itself be labelled
    covered = {(s["start"], s["end"]) for s in spans}
    for s in spans:
        frag = text[s["start"] : s["end"]]
        if frag in allow:
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(frag) + r"(?![\w])", text):
            inside = any(a <= m.start() and m.end() <= b for a, b in covered)
            assert inside, f"item {idx}: unlabelled repeat of {frag!r} at {m.start()}"


def main() -> None:
    assert len(ITEMS) == 100, len(ITEMS)
    rows, seen = [], set()
    for i, (text, spans, opts) in enumerate(ITEMS, 1):
        assert text not in seen, f"duplicate text {i}"
        seen.add(text)
        located = locate(i, text, spans)
        check(i, text, located, opts.get("allow", []))
        rows.append(
            {
                "id": f"guide5-phi-{i:04d}",
                "category": "phi",
                "added": "2026-11-24",
                "source": "guideline PHI annotation set 5",
                "text": text,
                "spans": located,
            }
        )
    # no templated near-copies: word-set Jaccard between any two texts stays low
    words = [set(re.findall(r"[a-z]+", r["text"].lower())) for r in rows]
    for a in range(len(rows)):
        for b in range(a + 1, len(rows)):
            j = len(words[a] & words[b]) / max(1, len(words[a] | words[b]))
            assert j < 0.5, f"near-copy {rows[a]['id']} {rows[b]['id']} {j:.2f}"

    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide5.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    validate = (
        f"import json,sys; sys.path.insert(0,{ROOT!r}); from harness.contract import parse_item; "
        "[parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; print('ok')"
    )
    res = subprocess.run([sys.executable, "-c", validate, tmp], capture_output=True, text=True)
    if res.returncode != 0 or res.stdout.strip() != "ok":
        os.unlink(tmp)
        raise SystemExit(f"validation failed:\n{res.stdout}\n{res.stderr}")
    os.chmod(tmp, 0o644)
    os.replace(tmp, OUT)

    counts: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    empty = sum(1 for r in rows if not r["spans"])
    print(f"wrote {len(rows)} items to {OUT}; {empty} without PHI; {sum(counts.values())} spans")
    for k in sorted(counts):
        print(f"  {k:8s} {counts[k]}")


if __name__ == "__main__":
    main()
