"""Generate pipelines/triage/dev/phi_guide6.jsonl (guideline PHI annotation set 6).

Each item is (text, [(substring, LABEL), ...]) with the spans listed in order of appearance.
Offsets are computed by locating each substring with str.find from the end of the previous
span, then validated (word boundaries, no titles / possessive 's / field labels inside,
no overlaps, unlabelled repeats of a labelled string reported) and each item is parsed with
harness.contract.parse_item before the file is written atomically.

All texts, and every name, date, number and address in them, are fictional and were
written for this project. Licence: Apache-2.0.

Calls made where the labelling guideline (goldsets/README.md) is silent:

# PHI annotation set 6 -- calls where the guideline is silent

Source rule: the **phi** paragraph of the labelling guideline (goldsets/README.md). It was followed as written; the calls
below cover only what it does not say. Items: phi_guide6.jsonl (guide6-phi-0001..0100), built by
this script. The item numbers in brackets are examples.

## Span boundaries
1. **One span per contiguous mention.** A full name with middle name/initial is one NAME span
   ("Ana Beatriz Fonseca"), as are inverted and surname-first names ("Okonkwo, Chidi A.",
   "HALVORSEN, INGRID", "Zhang Xiuying", "Tanaka, Hiro") and a name with a quoted nickname
   and suffix ("Robert 'Bobby' Tillman Jr.") [36, 60, 65, 73, 52].
2. **Initials and suffixes belong to the name**, including their periods ("K. Albright",
   "T. Nakamura-Hill", "Jr."). Credentials after the name (", RN", ", MD") and role words
   ("Nurse", "SW", "Professor", "pt") stay outside, like titles [4, 98, 24, 82, 83].
3. **Field labels stay outside** ("DOB", "MRN:", "MRN#", "Rx #", "Fax:", "SN", "NPI", "DEA",
   "policy", "claim #", "ID #"). A prefix that is part of the identifier itself stays in
   ("RX-0938271", "E-55820193", "PT-8830192", "APT-7719203") [22, 74, 80, 99].
4. **Weekdays and times next to a date stay outside** the DATE span ("Mon, [Nov 16, 2026] at
   9:42 PM", "[11/20/2026] at 07:45") [6, 53].
5. **Date ranges are two DATE spans** ("[11/12]-[11/13/2026]") [68].
6. **Phone extensions are part of the PHONE span** ("(408) 555-0147 ext 2", "x221"), and an
   extension written alone ("x4471", "ext. 5512") is a PHONE span of its own. An international
   number includes its "+" and country code [4, 22, 39, 91, 41, 83, 87].
7. **Addresses:** one ADDRESS span for the run from the first to the last sub-state component;
   a state between city and ZIP is inside ("88 Cherry Hill Road, Apt 2, Newton, MA 02459"). A
   state or country at the edge of a run, or alone, stays outside ("Plate is TX [LKM-4821]",
   "Portugal", "Jamaica", "UK", "Texas").
8. **An EMAIL or URL that contains a name** is one EMAIL/URL span; no NAME span is nested
   inside it (spans never overlap) [6, 38, 55].
9. **The AGE span is the number only**, also when written in words ("[Ninety-four]-year-old",
   "[102]-year-old", "age [99]") [79, 42, 86].

## What counts as PHI
10. **Any person's name is NAME**, not only patients, relatives and clinicians: friends,
    neighbours, interpreters, aides, caseworkers, colleagues named in staff messages, and
    first names or lowercase names ("jamal", "dr obi", "kai", "Hope", "June", "Rose") [81, 93,
    65, 95, 91, 30, 15, 78, 44]. Old names (deadnames) are NAME too [47].
11. **Not NAME:** pet names ("Bella"), eponyms in disease names ("Parkinson's", "Hashimoto's",
    "Crohn's"), drug brands, and kinship words alone ("Mom", "Dad") [75, 13, 83].
12. **Organisation and facility names are not PHI** (clinics, pharmacies, insurers, schools,
    care homes, employers: "Harbor Family Medicine", "Greenleaf Pharmacy", "Aetna",
    "Lincoln Elementary", "Sunrise Senior Living", "Mercy"). The set avoids facility names that
    embed a town; where a town is mentioned on its own it is ADDRESS.
13. **All phone numbers are PHONE and all email addresses are EMAIL**, including clinic,
    pharmacy, billing and HR lines and mailboxes: a redactor cannot tell them apart and they
    point to the person's care.
14. **All URLs are URL**, including public ones (a YouTube link), as the guideline lists URLs
    without a qualifier; IP addresses, private ones included, are URL; a URL whose host is an
    IP is one URL span [85, 12, 51, 90].
15. **City alone, foreign city, lowercase city, street name without number, ZIP alone,
    apartment/unit number alone and rural-route boxes are ADDRESS** ("Yuma", "Manila",
    "dubai", "flagstaff", "Elm Street", "Butler Ave", "ZIP [60623]", "Apt 214",
    "RR 2 Box 118, ...") [21, 33, 87, 78, 7, 89, 79, 67].
16. **Hospital room and bed numbers are not PHI** ("room 412", "Room 12", "3B") -- the
    guideline's ADDRESS is the person's address, and a room identifies nobody on its own
    [10, 57, 86].
17. **DATE covers any day or month element:** a day-of-month alone ("the [30th]", "the
    [19th]", "the [25th]"), month with year ("[Feb 2025]", "[9/2026]"), and a month name alone
    that dates an event ("since [March]"), since Safe Harbor removes every date element except
    the year. Seasons ("in the spring", "last fall") are not PHI [7, 33, 78, 38, 43, 94].
18. **Bare years stay unlabelled even when they imply an age over 89** ("I was born in 1931"),
    because the guideline says bare years are not PHI. This differs from strict Safe Harbor,
    which also removes years that show an age over 89; flagged for the guideline owner [63].
    A full DOB that implies an age over 89 is DATE as usual [60, 96].
19. **Ages of exactly 89 or below are not PHI** ("89 years young", "He's 88", "I'm 81").
    "Turns 90" is AGE [32, 46, 81, 16].
20. **ID covers any other number that points to one person or one record:** Medicare/Medicaid
    and NHS numbers, health-plan group numbers, guarantor accounts, statement numbers,
    lab accession numbers, encounter numbers, appointment confirmation codes, court case
    numbers, employee IDs, interpreter badge numbers, passport numbers, prescriber NPI and
    DEA numbers, portal user account numbers, and the last four digits of a payment card
    [32, 70, 41, 48, 61, 26, 60, 74, 19, 59, 71, 65, 83, 77, 12].
21. **MRN is for numbers issued by a care provider for its chart** ("MRN", "chart number",
    "MRN#"); payer and other numbers are ID [6, 100].
22. **A partial SSN is SSN** ("last four of SSN ([6620])"). A number shown as an SSN is SSN
    even when it looks fake or was entered in error ("123-45-6789") [91, 100].
23. **Not PHI (near-misses):** doses, vital signs, lab values, counts, cycle/day codes
    ("C3D1"), "#20" tablet counts, percentages, money amounts, clock times, weekdays,
    relative dates ("yesterday", "next Thursday"), gestational age ("32 weeks"), nationality
    and language words. 10 items carry no PHI at all: 3, 9, 23, 35, 45, 58, 66, 72, 84, 92.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, ROOT)
from harness.contract import parse_item  # noqa: E402

OUT = os.path.join(HERE, "phi_guide6.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "Nurse", "RN", "MD")

ITEMS: list[tuple[str, list[tuple[str, str]]]] = [
    # 1 portal: new med side effect
    (
        "Hi, this is Rosa Gutierrez, DOB 04/17/1961. I've had a dry cough for 3 weeks since "
        "starting lisinopril 10 mg. Can Dr. Patel switch me to something else? Best number is "
        "(614) 555-0182.",
        [
            ("Rosa Gutierrez", "NAME"),
            ("04/17/1961", "DATE"),
            ("Patel", "NAME"),
            ("(614) 555-0182", "PHONE"),
        ],
    ),
    # 2 caregiver, age over 89
    (
        "My dad Walter Kowalski is 93 and has been more confused since Sunday. His UTI was "
        "treated on 11/2 with Macrobid. Is it normal for delirium to last this long?\n"
        "- his daughter, Janine Kowalski-Reed",
        [
            ("Walter Kowalski", "NAME"),
            ("93", "AGE"),
            ("11/2", "DATE"),
            ("Janine Kowalski-Reed", "NAME"),
        ],
    ),
    # 3 no PHI: doses, vitals, weekday, state alone
    (
        "took 2 tylenol 500mg at 6am and my temp is still 101.4, heart rate 104 on my watch. "
        "been like this since Monday. is this something to come in for or just ride it out? "
        "I'm in Ohio if that matters for the urgent care list",
        [],
    ),
    # 4 nurse phone note
    (
        "RN phone note 2026-11-18 14:05. Spoke with pt Mr. Tuan Nguyen (MRN 00482913) re: INR "
        "4.2. Holding warfarin x1 dose per Dr. Hassan's protocol. Pt's wife Linh confirmed "
        "understanding. Callback (408) 555-0147 ext 2. -- K. Albright, RN",
        [
            ("2026-11-18", "DATE"),
            ("Tuan Nguyen", "NAME"),
            ("00482913", "MRN"),
            ("Hassan", "NAME"),
            ("Linh", "NAME"),
            ("(408) 555-0147 ext 2", "PHONE"),
            ("K. Albright", "NAME"),
        ],
    ),
    # 5 bill
    (
        "I got a bill for $487.20 for my visit on Sept 9 but my insurance should have covered "
        "it. Member ID is XQH884210377, claim # 2026-0915-33817. Can someone in billing look at "
        "this? Account 7781-2290. Thanks, Deshawn Miller",
        [
            ("Sept 9", "DATE"),
            ("XQH884210377", "ID"),
            ("2026-0915-33817", "ID"),
            ("7781-2290", "ID"),
            ("Deshawn Miller", "NAME"),
        ],
    ),
    # 6 forwarded email
    (
        """---------- Forwarded message ---------
From: Priya Raman <priya.raman@example.com>
Date: Mon, Nov 16, 2026 at 9:42 PM
Subject: Fwd: lab results
To: Clinic Front Desk <frontdesk@harborfamily.example.org>

Please see below from my mom's endocrinologist. Her A1c was 8.9 on 10/28. Mom is Lakshmi Raman, her chart number at your clinic is HFM-220417.""",
        [
            ("Priya Raman", "NAME"),
            ("priya.raman@example.com", "EMAIL"),
            ("Nov 16, 2026", "DATE"),
            ("frontdesk@harborfamily.example.org", "EMAIL"),
            ("10/28", "DATE"),
            ("Lakshmi Raman", "NAME"),
            ("HFM-220417", "MRN"),
        ],
    ),
    # 7 international phone, prescription number, street name without number
    (
        "Hello, I am travelling in Portugal until the 30th and ran out of my levothyroxine "
        "75 mcg. Can you send the prescription to a pharmacy here or call me on "
        "+351 912 345 678? My name is Ana Beatriz Fonseca. Rx number 6620418 at the CVS on "
        "Elm Street.",
        [
            ("30th", "DATE"),
            ("+351 912 345 678", "PHONE"),
            ("Ana Beatriz Fonseca", "NAME"),
            ("6620418", "ID"),
            ("Elm Street", "ADDRESS"),
        ],
    ),
    # 8 clinician note, age over 89, no name
    (
        "Pt is a 91 y/o female, lives alone, daughter visits weekly. Fall at home 11/20/26, no "
        "LOC. Hx AF on apixaban 2.5 mg BID. BP 142/80, HR 88.",
        [("91", "AGE"), ("11/20/26", "DATE")],
    ),
    # 9 no PHI: doses, glucose values, counts, weekday
    (
        "Question about my metformin: I take 1000 mg twice a day and my sugars have been "
        "180-220 in the mornings. I had 3 low readings last week (around 62). I walk 30 minutes "
        "every day. Should the dose change before my appointment next Thursday?",
        [],
    ),
    # 10 security note, licence plate, room number not PHI
    (
        "Security note forwarded to clinic: a patient's relative, Mr. Haddad, left his car in "
        "the ambulance bay on 24 Nov. Plate 7KQP219 (CA). Patient is Samira Haddad, room 412. "
        "Please ask the family to move it. Contact son Karim at 310.555.0193.",
        [
            ("Haddad", "NAME"),
            ("24 Nov", "DATE"),
            ("7KQP219", "ID"),
            ("Samira Haddad", "NAME"),
            ("Karim", "NAME"),
            ("310.555.0193", "PHONE"),
        ],
    ),
    # 11 device serial
    (
        "My CPAP (ResMed AirSense 11, serial 23172938461) is making a whistling noise and the "
        "app shows leak 40 L/min. I'm Harold Begay, DOB 2/9/1958. The DME company is asking "
        "for a new order from Dr. Whitfield.",
        [
            ("23172938461", "ID"),
            ("Harold Begay", "NAME"),
            ("2/9/1958", "DATE"),
            ("Whitfield", "NAME"),
        ],
    ),
    # 12 IT ticket, IP address
    (
        "IT incident ticket: patient portal login failures for user account 55102938 from IP "
        "203.0.113.47 on 2026-11-21 between 02:10 and 02:40. Account holder: Grace Oyelaran. "
        "Password reset link sent to g.oyelaran@example.net.",
        [
            ("55102938", "ID"),
            ("203.0.113.47", "URL"),
            ("2026-11-21", "DATE"),
            ("Grace Oyelaran", "NAME"),
            ("g.oyelaran@example.net", "EMAIL"),
        ],
    ),
    # 13 referral letter
    (
        """Dear Dr. Lindqvist,

Thank you for seeing Mr. Ephraim Rosenberg (DOB 12 March 1949, MRN 7730-4412) for evaluation of a new right-sided resting tremor. He was first seen in our clinic on 3 September 2026; his wife Miriam noticed the tremor in the summer. His brother has Parkinson's disease. Current meds: amlodipine 5 mg daily, atorvastatin 40 mg. BP 128/76.

He lives at 88 Cherry Hill Road, Apt 2, Newton, MA 02459 and prefers calls on his mobile 617-555-0120.

Yours sincerely,
Dr. Adaeze Okafor
Harbor Family Medicine
Tel 617-555-0100 | Fax 617-555-0109""",
        [
            ("Lindqvist", "NAME"),
            ("Ephraim Rosenberg", "NAME"),
            ("12 March 1949", "DATE"),
            ("7730-4412", "MRN"),
            ("3 September 2026", "DATE"),
            ("Miriam", "NAME"),
            ("88 Cherry Hill Road, Apt 2, Newton, MA 02459", "ADDRESS"),
            ("617-555-0120", "PHONE"),
            ("Adaeze Okafor", "NAME"),
            ("617-555-0100", "PHONE"),
            ("617-555-0109", "PHONE"),
        ],
    ),
    # 14 SSN
    (
        "I'm filling out the financial assistance form and it asks for SSN. Is it safe to send "
        "here? It's 512-44-8190. My husband's is on the form too. -- Mei-Ling Chu",
        [("512-44-8190", "SSN"), ("Mei-Ling Chu", "NAME")],
    ),
    # 15 lowercase, typos, unformatted phone
    (
        "hi its jamal again. the rash from the amoxicilin is worse, its on my chest and arms "
        "now and itchy. no trouble breathing. dr obi said to msg if it spread. my cell "
        "2145550166",
        [("jamal", "NAME"), ("obi", "NAME"), ("2145550166", "PHONE")],
    ),
    # 16 turning 90
    (
        "Mom turns 90 on Friday and we were hoping to get her flu shot before the party. She's "
        "on prednisone 5 mg. Is that okay? Her name is Dorothy Abernathy.",
        [("90", "AGE"), ("Dorothy Abernathy", "NAME")],
    ),
    # 17 oncology note, dotted date, hyphenated clinician
    (
        "Onc clinic note. Seen 11.19.2026. C3D1 pembrolizumab given 10/29. Pt reports 4-5 loose "
        "stools/day over baseline since 11/14. Sister Farah accompanied. Plan: hold C4, stool "
        "studies, f/u with Dr. Meyer-Strand in 1 wk.",
        [
            ("11.19.2026", "DATE"),
            ("10/29", "DATE"),
            ("11/14", "DATE"),
            ("Farah", "NAME"),
            ("Meyer-Strand", "NAME"),
        ],
    ),
    # 18 age under 90 is not PHI; first-name signature
    (
        "Is it normal to feel dizzy when standing up after starting tamsulosin 0.4 mg? It "
        "happened twice today. BP at the pharmacy was 104/62. I'm 67. -Sanjay",
        [("Sanjay", "NAME")],
    ),
    # 19 appointment, confirmation code, non-ASCII name
    (
        "Need to reschedule my colonoscopy from Dec 3rd. Prep instructions say stop iron 7 days "
        "before but I already took it this morning. Confirmation code ZK7-44QP. -- Tomasz "
        "Wiśniewski, 773-555-0138",
        [
            ("Dec 3rd", "DATE"),
            ("ZK7-44QP", "ID"),
            ("Tomasz Wiśniewski", "NAME"),
            ("773-555-0138", "PHONE"),
        ],
    ),
    # 20 portal URL
    (
        "I got a notification to view my results at "
        "https://portal.example-health.org/results/8841920?token=aa91f but the link says "
        "expired. Can you resend? Lab was drawn Nov 20. - Beatriz Santos",
        [
            ("https://portal.example-health.org/results/8841920?token=aa91f", "URL"),
            ("Nov 20", "DATE"),
            ("Beatriz Santos", "NAME"),
        ],
    ),
    # 21 child, cities
    (
        "My son Mateo (DOB 06-02-2019) has had a barky cough since last night and a temp of "
        "100.8. He's 7 and otherwise eating ok. His pediatrician is Dr. Rivera-Castillo. We "
        "live in Yuma now, moved from Tucson in the spring.",
        [
            ("Mateo", "NAME"),
            ("06-02-2019", "DATE"),
            ("Rivera-Castillo", "NAME"),
            ("Yuma", "ADDRESS"),
            ("Tucson", "ADDRESS"),
        ],
    ),
    # 22 pharmacy fax, prior auth
    (
        "FAX to: Dr. Ingrid Solberg, fax (503) 555-0174. From: Greenleaf Pharmacy, tel "
        "(503) 555-0170 x221. RE: Patient Marcus Oduya, DOB 07/30/1984. Rx #RX-0938271 "
        "(sertraline 100 mg) requires prior authorization. Plan member ID: ANT447120985. "
        "Please respond by 11/26/2026.",
        [
            ("Ingrid Solberg", "NAME"),
            ("(503) 555-0174", "PHONE"),
            ("(503) 555-0170 x221", "PHONE"),
            ("Marcus Oduya", "NAME"),
            ("07/30/1984", "DATE"),
            ("RX-0938271", "ID"),
            ("ANT447120985", "ID"),
            ("11/26/2026", "DATE"),
        ],
    ),
    # 23 no PHI: BP readings, bare year, weight
    (
        "My blood pressure readings this week: 138/88, 142/90, 151/94, 135/85. I've cut salt "
        "and I'm down 4 lbs since 2024. Do I need to increase the losartan from 25 to 50?",
        [],
    ),
    # 24 pregnancy, nurse by first name
    (
        "Hi Nurse Tamika, it's Keisha Brown. Blood sugar 1 hour after lunch was 152. My OB "
        "appt is 12/1 with Dr. Lam. Should I call before then?",
        [("Tamika", "NAME"), ("Keisha Brown", "NAME"), ("12/1", "DATE"), ("Lam", "NAME")],
    ),
    # 25 email + address change
    (
        "please email my results to me at kofi.mensah1987@example.com instead of mailing them, "
        "my address changed. New address: 4410 W. Garfield Ave #12, Milwaukee, WI 53208.",
        [
            ("kofi.mensah1987@example.com", "EMAIL"),
            ("4410 W. Garfield Ave #12, Milwaukee, WI 53208", "ADDRESS"),
        ],
    ),
    # 26 angry billing message
    (
        "This is the THIRD time Im writing. I was charged twice for the MRI on 10/07/26 "
        "(statement #55410-B and #55411-B). I called 800-555-0199 and sat on hold 45 min. My "
        "insurence (BlueCross, policy H7729104) says they paid. Fix this or I'm going to the "
        "state attorney general. Frank DeLuca",
        [
            ("10/07/26", "DATE"),
            ("55410-B", "ID"),
            ("55411-B", "ID"),
            ("800-555-0199", "PHONE"),
            ("H7729104", "ID"),
            ("Frank DeLuca", "NAME"),
        ],
    ),
    # 27 triage note, age 97
    (
        "Caller: granddaughter (Aisha) for pt Fatima Al-Sayed, 97 yo F. Decreased PO intake x3 "
        "days, 1 wet brief today. Last BMP 11/10: Na 131. Advised ED eval at Mercy. Pt's PCP: "
        "Dr. Younis.",
        [
            ("Aisha", "NAME"),
            ("Fatima Al-Sayed", "NAME"),
            ("97", "AGE"),
            ("11/10", "DATE"),
            ("Younis", "NAME"),
        ],
    ),
    # 28 inhalers; apostrophe surname
    (
        "what's the difference between the 2 inhalers? the orange one (Flovent 110) twice a day "
        "and the blue one as needed? Dr. D'Souza explained but I forgot. I used the blue one 6 "
        "times yesterday. no fever.",
        [("D'Souza", "NAME")],
    ),
    # 29 Spanish message
    (
        "Hola, soy Guadalupe Herrera. Mi presión está en 160/100 desde el lunes y tengo dolor "
        "de cabeza. Tomo losartán 50 mg. Mi número es 915-555-0127. Gracias.",
        [("Guadalupe Herrera", "NAME"), ("915-555-0127", "PHONE")],
    ),
    # 30 staff message, possessive on apostrophe surname
    (
        "Hi Jen -- can you add a note to Mr. O'Connell's chart (MRN 10293847)? His daughter "
        "Siobhan called on 11/22 saying he fell again. He's on the waitlist for PT downstairs. "
        "Thanks, Raj",
        [
            ("Jen", "NAME"),
            ("O'Connell", "NAME"),
            ("10293847", "MRN"),
            ("Siobhan", "NAME"),
            ("11/22", "DATE"),
            ("Raj", "NAME"),
        ],
    ),
    # 31 home health, apartment
    (
        "My home health nurse hasn't come since Nov. 10. I'm at 22 Bayview Terrace, Unit 5C -- "
        "the buzzer is broken so she has to call my daughter Lin (646-555-0112) to let her in. "
        "Can you check with the agency? -Helen Zhao",
        [
            ("Nov. 10", "DATE"),
            ("22 Bayview Terrace, Unit 5C", "ADDRESS"),
            ("Lin", "NAME"),
            ("646-555-0112", "PHONE"),
            ("Helen Zhao", "NAME"),
        ],
    ),
    # 32 Medicare number; age 89 is not PHI
    (
        "My new Medicare card came. The number is 1EG4-TE5-MK73. Please update my file. Also my "
        "secondary insurance is AARP, policy 0074812256. -- Bernard Thibodeaux, 89 years young!",
        [("1EG4-TE5-MK73", "ID"), ("0074812256", "ID"), ("Bernard Thibodeaux", "NAME")],
    ),
    # 33 dates in words, foreign city
    (
        "I was told to come back on the twenty-third of December for my stitches out but I'll "
        "be in Manila visiting family. Can it be the 19th instead? Ramon Dizon",
        [
            ("twenty-third of December", "DATE"),
            ("Manila", "ADDRESS"),
            ("19th", "DATE"),
            ("Ramon Dizon", "NAME"),
        ],
    ),
    # 34 insulin pump serial
    (
        "My insulin pump (Tandem t:slim X2, SN 1193847) gave an occlusion alarm 3 times "
        "tonight. BG 287. I changed the site. Endo is Dr. Kaur. I'm Leilani Kahananui.",
        [("1193847", "ID"), ("Kaur", "NAME"), ("Leilani Kahananui", "NAME")],
    ),
    # 35 no PHI: dose, weekday, age under 90
    (
        "can I take ibuprofen 400mg with my sertraline? I've got a bad toothache and the "
        "dentist can't see me till Wednesday. I'm 34, no stomach problems.",
        [],
    ),
    # 36 discharge summary, inverted name
    (
        """DISCHARGE SUMMARY
Patient: Okonkwo, Chidi A.
MRN: 004471-22
Admit: 2026-11-14  Discharge: 2026-11-19
Attending: Sarah Feldman, MD
Dx: Community-acquired pneumonia, RLL.
Follow-up: PCP Dr. Nkemelu within 7 days; repeat CXR in 6 weeks.
Home: 1719 Fairmount Ave, Philadelphia, PA 19130. Emergency contact: Ngozi Okonkwo (wife) 215-555-0134.""",
        [
            ("Okonkwo, Chidi A.", "NAME"),
            ("004471-22", "MRN"),
            ("2026-11-14", "DATE"),
            ("2026-11-19", "DATE"),
            ("Sarah Feldman", "NAME"),
            ("Nkemelu", "NAME"),
            ("1719 Fairmount Ave, Philadelphia, PA 19130", "ADDRESS"),
            ("Ngozi Okonkwo", "NAME"),
            ("215-555-0134", "PHONE"),
        ],
    ),
    # 37 possessive first name of a grandchild
    (
        "Ollie's inhaler ran out and the pharmacy says the script expired. He's my grandson, I "
        "look after him on weekdays. Can Dr. Marsh renew it? Albuterol HFA 2 puffs q4h prn.",
        [("Ollie", "NAME"), ("Marsh", "NAME")],
    ),
    # 38 personal blog URL, month-year
    (
        "I wrote up my whole symptom timeline on my blog so I don't have to type it again: "
        "www.lucyslongcovid.example.net/timeline -- basically fatigue since Feb 2025, POTS "
        "diagnosed 8/14/2025.",
        [
            ("www.lucyslongcovid.example.net/timeline", "URL"),
            ("Feb 2025", "DATE"),
            ("8/14/2025", "DATE"),
        ],
    ),
    # 39 extension alone
    (
        "Pt Greta Hoffmann called re: CT contrast allergy prep. Forwarded to Dr. Achterberg's "
        "nurse at x4471. Pt requests callback after 3 pm at 847-555-0153.",
        [
            ("Greta Hoffmann", "NAME"),
            ("Achterberg", "NAME"),
            ("x4471", "PHONE"),
            ("847-555-0153", "PHONE"),
        ],
    ),
    # 40 sore throat, initial in signature
    (
        "Hello, my throat has been sore for 2 days, no fever, I can swallow fine. Just wanted "
        "to know if I need a strep test or can wait. My kids (3 of them) all had colds last "
        "week.\n- Ingrid B",
        [("Ingrid B", "NAME")],
    ),
    # 41 UK visitor, DD/MM date, NHS number
    (
        "Dear clinic, I'm a UK resident visiting my sister in Denver. I'm Oliver "
        "Pennington-Smythe and I've had chest tightness on and off since the flight on "
        "20/11/2026. My GP in Leeds is Dr. Fiona McAllister, +44 113 496 0781. My NHS number "
        "is 943 476 5919 if that helps.",
        [
            ("Denver", "ADDRESS"),
            ("Oliver Pennington-Smythe", "NAME"),
            ("20/11/2026", "DATE"),
            ("Leeds", "ADDRESS"),
            ("Fiona McAllister", "NAME"),
            ("+44 113 496 0781", "PHONE"),
            ("943 476 5919", "ID"),
        ],
    ),
    # 42 age 102
    (
        "HPI: 102-year-old man brought in by his great-grandson for cough x 4 days. Lives in "
        "assisted living. Baseline ambulates with walker. SpO2 91% RA.",
        [("102", "AGE")],
    ),
    # 43 records, month/year date
    (
        "Received records from Dr. Ileana Popescu's office on 11/03/2026. Echo 9/2026 showed EF "
        "35%. Referred to HF clinic. Pt: Viktor Ivanov, 58M.",
        [
            ("Ileana Popescu", "NAME"),
            ("11/03/2026", "DATE"),
            ("9/2026", "DATE"),
            ("Viktor Ivanov", "NAME"),
        ],
    ),
    # 44 names that are also words / months
    (
        "Hi, this is Hope. My mother, June Castillo, had her hip replaced on June 12 and still "
        "can't bear weight. The surgeon Dr. Rose said that's normal but I'm worried.",
        [("Hope", "NAME"), ("June Castillo", "NAME"), ("June 12", "DATE"), ("Rose", "NAME")],
    ),
    # 45 no PHI: vaccines, age, temperature, relative time
    (
        "How long after my flu shot can I get the COVID booster? I'm 72 and had both last fall. "
        "Also is it okay if I have a cold right now, temp 99.1?",
        [],
    ),
    # 46 email thread
    (
        """From: Daniel Abebe <dabebe@example.org>
Sent: Thursday, November 19, 2026 7:03 AM
To: Dr. Helen Marsh <hmarsh@clinic.example.com>
Cc: Selam Abebe <selam.a@example.org>
Subject: RE: Dad's blood thinner

Dr. Marsh, following up on Dad's apixaban question. He's 88, weighs 58 kg and his creatinine was 1.6 last week. Should he be on the 2.5 mg dose?""",
        [
            ("Daniel Abebe", "NAME"),
            ("dabebe@example.org", "EMAIL"),
            ("November 19, 2026", "DATE"),
            ("Helen Marsh", "NAME"),
            ("hmarsh@clinic.example.com", "EMAIL"),
            ("Selam Abebe", "NAME"),
            ("selam.a@example.org", "EMAIL"),
            ("Marsh", "NAME"),
        ],
    ),
    # 47 name change, old and new names
    (
        "hey, it's Rowan (they/them). my chart still says my deadname, can you update? legal "
        "name change went through 10/15/2026. New name: Rowan Ellis-Park. Old: Rebecca Park. "
        "Also my new phone is 503 555 0161",
        [
            ("Rowan", "NAME"),
            ("10/15/2026", "DATE"),
            ("Rowan Ellis-Park", "NAME"),
            ("Rebecca Park", "NAME"),
            ("503 555 0161", "PHONE"),
        ],
    ),
    # 48 referral form with fax, member and group numbers
    (
        """REFERRAL -- Pulmonology
To: Dr. Anil Mehta, Fax: (312) 555-0190
Patient: Consuela Ortiz-Vega   DOB: 1955-08-21   MRN: CV00918273
Insurance: Aetna, member W2048837160, group 0088321
Reason: progressive dyspnea, PFTs 10/30/26 FEV1 58% pred.
Referring: Dr. Nadia Petrova, ph (312) 555-0145 ext. 30""",
        [
            ("Anil Mehta", "NAME"),
            ("(312) 555-0190", "PHONE"),
            ("Consuela Ortiz-Vega", "NAME"),
            ("1955-08-21", "DATE"),
            ("CV00918273", "MRN"),
            ("W2048837160", "ID"),
            ("0088321", "ID"),
            ("10/30/26", "DATE"),
            ("Nadia Petrova", "NAME"),
            ("(312) 555-0145 ext. 30", "PHONE"),
        ],
    ),
    # 49 supplements, day-month date
    (
        "Is 7 hours of sleep enough? I've been tired on weekdays, I take vitamin D 2000 IU and "
        "iron 65 mg every other day. My ferritin was 18 when they checked on 8/30.",
        [("8/30", "DATE")],
    ),
    # 50 licence plate with state outside
    (
        "I parked in the 2-hour spot in the garage for my infusion and got a ticket. Plate is "
        "TX LKM-4821, it was on 11/17 from 9 to 2. Can the infusion center validate? "
        "--Esperanza Ruiz",
        [("LKM-4821", "ID"), ("11/17", "DATE"), ("Esperanza Ruiz", "NAME")],
    ),
    # 51 telehealth note with IP
    (
        "Tele-visit 11/23/2026. Pt connected from IP 198.51.100.23 (audit). Pt Noor Rahimi, "
        "45F, reports migraine 3x/wk. On topiramate 50 mg. Plan: increase to 75 mg. Next visit "
        "in 6 wk.",
        [("11/23/2026", "DATE"), ("198.51.100.23", "URL"), ("Noor Rahimi", "NAME")],
    ),
    # 52 nickname and suffix, prescription number
    (
        "My husband Robert 'Bobby' Tillman Jr. was discharged yesterday after his stent. The "
        "discharge papers say Brilinta 90 mg twice a day but the pharmacy gave 60 mg. Rx "
        "4471093. What should he take?",
        [("Robert 'Bobby' Tillman Jr.", "NAME"), ("4471093", "ID")],
    ),
    # 53 lab result with time
    (
        "My potassium came back 5.9 on 11/20/2026 at 07:45. The portal flagged it HIGH. I'm on "
        "spironolactone 25 and lisinopril 20. Should I stop one? -- Yusuf Adeyemi",
        [("11/20/2026", "DATE"), ("Yusuf Adeyemi", "NAME")],
    ),
    # 54 NPO question
    (
        "Quick question - the instructions say NPO after midnight before surgery. Can I still "
        "take my blood pressure pill (amlodipine 10) with a sip of water? Surgery is Dec 8 at "
        "7:30 am with Dr. Goldfarb.",
        [("Dec 8", "DATE"), ("Goldfarb", "NAME")],
    ),
    # 55 son who is a physician, hospice address
    (
        "Late entry for 11/21. Spoke w/ pt's son, Dr. Emeka Obi (he is a physician himself), "
        "who requests all updates go to his email emeka.obi.md@example.com. Pt Mrs. Obi, 94, "
        "remains on hospice at home, 5 Willow Ct, Plano TX 75023.",
        [
            ("11/21", "DATE"),
            ("Emeka Obi", "NAME"),
            ("emeka.obi.md@example.com", "EMAIL"),
            ("Obi", "NAME"),
            ("94", "AGE"),
            ("5 Willow Ct, Plano TX 75023", "ADDRESS"),
        ],
    ),
    # 56 Jamaican English, international number without +
    (
        "Good day. Mi name is Marcia Campbell-Lewis. The doctor change mi pressure tablet to "
        "hydrochlorothiazide 12.5 and since then mi foot cramping at night. Mi last appointment "
        "was 5th November. Please call 876 555 0142, that's mi Jamaica number, I'm here till "
        "month end.",
        [("Marcia Campbell-Lewis", "NAME"), ("5th November", "DATE"), ("876 555 0142", "PHONE")],
    ),
    # 57 consult note, two ages of 90
    (
        "Consult: 90 yo M with hip fracture, POD1. Cognitive baseline per daughter (Ruth): "
        "independent ADLs. Surgeon: Dr. Kwame Asante. Anticoag held. Note: the roommate in 3B, "
        "also 90, is a different pt -- avoid chart mix-up.",
        [("90", "AGE"), ("Ruth", "NAME"), ("Kwame Asante", "NAME"), ("90", "AGE")],
    ),
    # 58 no PHI: weight loss, state alone
    (
        "I've lost 12 lbs in 2 months without trying, and I'm thirsty all the time, drinking "
        "like 4 liters a day. I'm 52. Is this diabetes? I live in Texas so my insurance is "
        "through my job.",
        [],
    ),
    # 59 guardian, court case number
    (
        "I am the legal guardian for my brother Tevita Fifita (DOB 3/3/1990). His seizure meds "
        "(levetiracetam 750 mg BID) ran out. Guardianship paperwork case no. GC-2023-00417. "
        "Call me, Losana, at 801-555-0118.",
        [
            ("Tevita Fifita", "NAME"),
            ("3/3/1990", "DATE"),
            ("GC-2023-00417", "ID"),
            ("Losana", "NAME"),
            ("801-555-0118", "PHONE"),
        ],
    ),
    # 60 forwarded lab text, uppercase inverted name
    (
        "Fwd from lab: Specimen accession 2611-4872-099, collected 11/19/26, patient "
        "HALVORSEN, INGRID, DOB 01/05/1937. Result: TSH 7.8 (H). Can someone tell me if I need "
        "a higher dose?",
        [
            ("2611-4872-099", "ID"),
            ("11/19/26", "DATE"),
            ("HALVORSEN, INGRID", "NAME"),
            ("01/05/1937", "DATE"),
        ],
    ),
    # 61 card last four, guarantor account
    (
        "I paid by card ending 4417 on 10/31 but the portal still shows a balance of $120. "
        "Guarantor account 300918472. -- Sung-min Park",
        [("4417", "ID"), ("10/31", "DATE"), ("300918472", "ID"), ("Sung-min Park", "NAME")],
    ),
    # 62 pulse ox; clinician with hyphenated name
    (
        "My pulse ox says 93% when I walk upstairs and 97% at rest. Is 93 bad? I have COPD, "
        "using Trelegy once daily. No change in sputum color. Dr. Asante-Boateng wanted me to "
        "report anything under 92.",
        [("Asante-Boateng", "NAME")],
    ),
    # 63 bare birth year (not PHI under the guideline)
    (
        "I was born in 1931 so the nurse said I'm one of her oldest patients! Anyway my ankles "
        "are swelling more, up to mid shin by evening. Furosemide 20 mg. -- Mrs. Evelyn "
        "Hartwell",
        [("Evelyn Hartwell", "NAME")],
    ),
    # 64 school note, school name not PHI
    (
        "My daughter Amara needs a note for school saying she can go back after strep. She's "
        "been on amoxicillin since 11/20 and no fever for 2 days. Her school is Lincoln "
        "Elementary.",
        [("Amara", "NAME"), ("11/20", "DATE")],
    ),
    # 65 interpreter, surname-first name, slashed ISO date
    (
        "Pt seen with interpreter (Mandarin, ID #40921, Ms. Wei). Pt Zhang Xiuying, 76F, DOB "
        "1950/04/12. Presents with L knee pain x 6 mo. XR today: moderate OA.",
        [("40921", "ID"), ("Wei", "NAME"), ("Zhang Xiuying", "NAME"), ("1950/04/12", "DATE")],
    ),
    # 66 no PHI: UTI, weekday, counts
    (
        "Since Saturday I've had burning when I pee and need to go every 30 min. No fever, no "
        "back pain. I've had 2 UTIs this year. Can you send something in? I'm allergic to "
        "sulfa.",
        [],
    ),
    # 67 rural route address
    (
        "We're out past the county line, RR 2 Box 118, Hollister, MO 65672, and the ambulance "
        "took 40 minutes last time. Dad (Earl Pruitt) had another spell of chest pressure "
        "tonight that went away with 1 nitro.",
        [("RR 2 Box 118, Hollister, MO 65672", "ADDRESS"), ("Earl Pruitt", "NAME")],
    ),
    # 68 sleep study, date range
    (
        "Pls send the sleep study to Dr. Jae-won Shin at shin.sleep@example.org or fax "
        "1-888-555-0102. Study date 11/12-11/13/2026. Patient: Miguel Ángel Torres.",
        [
            ("Jae-won Shin", "NAME"),
            ("shin.sleep@example.org", "EMAIL"),
            ("1-888-555-0102", "PHONE"),
            ("11/12", "DATE"),
            ("11/13/2026", "DATE"),
            ("Miguel Ángel Torres", "NAME"),
        ],
    ),
    # 69 pregnancy, midwife
    (
        "I'm 32 weeks and my feet are very swollen since Tuesday, BP at home 138/92 twice. My "
        "midwife is Saoirse at the birthing center, her cell is 978-555-0107. Should I go in? "
        "-- Priya",
        [("Saoirse", "NAME"), ("978-555-0107", "PHONE"), ("Priya", "NAME")],
    ),
    # 70 Medicaid ID
    (
        "Medicaid ID 91837465A verified 11/24/2026. Pt Kateri Whitehorse, 29F, presents for "
        "contraception counseling. Pt's partner Dale present for part of visit.",
        [
            ("91837465A", "ID"),
            ("11/24/2026", "DATE"),
            ("Kateri Whitehorse", "NAME"),
            ("Dale", "NAME"),
        ],
    ),
    # 71 forwarded HR email
    (
        """Begin forwarded message:
> From: HR Benefits <benefits@acme-logistics.example.com>
> Date: 11/18/2026
> Re: FMLA certification for employee Tran Van Duc (Emp ID 00873)
> Please have the physician complete pages 2-3 and fax to 562-555-0177 by 12/2.

Can Dr. Nguyen fill this out? My surgery was 10/26. Thanks, Duc""",
        [
            ("benefits@acme-logistics.example.com", "EMAIL"),
            ("11/18/2026", "DATE"),
            ("Tran Van Duc", "NAME"),
            ("00873", "ID"),
            ("562-555-0177", "PHONE"),
            ("12/2", "DATE"),
            ("Nguyen", "NAME"),
            ("10/26", "DATE"),
            ("Duc", "NAME"),
        ],
    ),
    # 72 no PHI: caregiver glucose log, weekdays
    (
        "Mom's blood sugar readings: 98 fasting Monday, 143 after dinner, 110 fasting Tuesday. "
        "She takes glipizide 5 mg in the morning. Does that look okay to you?",
        [],
    ),
    # 73 terse refill
    (
        "Dr. Yamamoto -- refill pls. Tanaka, Hiro. 1/22/54.",
        [("Yamamoto", "NAME"), ("Tanaka, Hiro", "NAME"), ("1/22/54", "DATE")],
    ),
    # 74 encounter number, DD-Mon-YYYY
    (
        "Encounter #E-55820193. 24-Nov-2026. Pt Abdirahman Warsame seen for f/u of latent TB on "
        "rifampin (started 02-Oct-2026). LFTs wnl. Wife Hodan translated. Next labs "
        "22-Dec-2026.",
        [
            ("E-55820193", "ID"),
            ("24-Nov-2026", "DATE"),
            ("Abdirahman Warsame", "NAME"),
            ("02-Oct-2026", "DATE"),
            ("Hodan", "NAME"),
            ("22-Dec-2026", "DATE"),
        ],
    ),
    # 75 pet name and eponym are not PHI
    (
        "My dog Bella knocked me over and now my wrist hurts when I twist it. I have "
        "Hashimoto's and take Synthroid 88 mcg. Could this be a break? Swelling is mild. "
        "- Carmen Delgado",
        [("Carmen Delgado", "NAME")],
    ),
    # 76 diuretic timing, age 94 in signature
    (
        "The Lasix is making me pee 10 times a night. Can I take it at 8 am instead of noon? "
        "Dose is 40 mg. My weight is stable at 172 lb.\n-- Vernon Leighton, 94",
        [("Vernon Leighton", "NAME"), ("94", "AGE")],
    ),
    # 77 prescriber NPI / DEA
    (
        "Prescriber: Dr. Lucía Fernández, NPI 1598764302, DEA BF4419283. Patient: Andre "
        "Baptiste, DOB 09/14/1972. Oxycodone 5 mg #20 for post-op pain, dated 11/24/2026.",
        [
            ("Lucía Fernández", "NAME"),
            ("1598764302", "ID"),
            ("BF4419283", "ID"),
            ("Andre Baptiste", "NAME"),
            ("09/14/1972", "DATE"),
            ("11/24/2026", "DATE"),
        ],
    ),
    # 78 teen, lowercase city and street
    (
        "yo can i get my ADHD meds early?? going to my dad's in flagstaff for break (leaving "
        "the 25th). pharmacy is the walgreens on Butler Ave. - kai",
        [("flagstaff", "ADDRESS"), ("25th", "DATE"), ("Butler Ave", "ADDRESS"), ("kai", "NAME")],
    ),
    # 79 age in words, apartment in a facility
    (
        "Ninety-four-year-old woman from Sunrise Senior Living, Apt 214, referred by Dr. "
        "Chaudhry for worsening dysphagia. Daughter-in-law Patrice at bedside. Admitted 11/22.",
        [
            ("Ninety-four", "AGE"),
            ("Apt 214", "ADDRESS"),
            ("Chaudhry", "NAME"),
            ("Patrice", "NAME"),
            ("11/22", "DATE"),
        ],
    ),
    # 80 payment plan
    (
        "Hi, can I set up a payment plan? Statement date 11/01/2026, amount due $2,314.56, "
        "account no. PT-8830192. I can do $100/month. My wife Yesenia usually handles this but "
        "she's in the hospital. Luis Ocampo, (956) 555-0131",
        [
            ("11/01/2026", "DATE"),
            ("PT-8830192", "ID"),
            ("Yesenia", "NAME"),
            ("Luis Ocampo", "NAME"),
            ("(956) 555-0131", "PHONE"),
        ],
    ),
    # 81 friend's name
    (
        "Is it safe to take 2 Benadryl 25 mg for sleep every night? I'm 81. My daughter says "
        "it's bad for old people but my friend Gladys at church takes it.",
        [("Gladys", "NAME")],
    ),
    # 82 family meeting, many relatives and clinicians
    (
        "Family meeting 11/20/2026: present -- pt Mr. Giovanni Bellini-Russo, wife Teresa, son "
        "Marco, Dr. Amira Khalil (palliative), SW Joanne Pike. Decision: DNR/DNI. Code status "
        "updated. Marco's number: 917-555-0163.",
        [
            ("11/20/2026", "DATE"),
            ("Giovanni Bellini-Russo", "NAME"),
            ("Teresa", "NAME"),
            ("Marco", "NAME"),
            ("Amira Khalil", "NAME"),
            ("Joanne Pike", "NAME"),
            ("Marco", "NAME"),
            ("917-555-0163", "PHONE"),
        ],
    ),
    # 83 international referral letter
    (
        """Dear Professor Müller,

I am writing regarding Ms. Elif Yıldız, a 38-year-old woman (DOB 14.02.1988) who will be relocating to Munich on 1 January 2027 and needs ongoing care for her Crohn's disease (on adalimumab 40 mg every 2 weeks). Her US passport no. is 548812937 should your registration office need it.

Kind regards,
Dr. Samuel Whitaker
samuel.whitaker@example.org | +1 (206) 555-0114""",
        [
            ("Müller", "NAME"),
            ("Elif Yıldız", "NAME"),
            ("14.02.1988", "DATE"),
            ("Munich", "ADDRESS"),
            ("1 January 2027", "DATE"),
            ("548812937", "ID"),
            ("Samuel Whitaker", "NAME"),
            ("samuel.whitaker@example.org", "EMAIL"),
            ("+1 (206) 555-0114", "PHONE"),
        ],
    ),
    # 84 no PHI: CBC values, cycle number, weekday
    (
        "Got my CBC back: WBC 3.1, ANC 1.4, Hgb 10.2, plt 98. Chemo cycle 4 is scheduled for "
        "Thursday. No fever. Should I still go?",
        [],
    ),
    # 85 video URL
    (
        "Here's a video of my tremor: https://youtu.be/Xk9q2LmR7tA - it's worse in the evening. "
        "Started primidone 50 mg 11/9. Thank you Dr. Baptiste! -Hank",
        [
            ("https://youtu.be/Xk9q2LmR7tA", "URL"),
            ("11/9", "DATE"),
            ("Baptiste", "NAME"),
            ("Hank", "NAME"),
        ],
    ),
    # 86 care home note, age 99
    (
        "Resident: Lillian Mae Foster, age 99, Room 12. PRN lorazepam given 0.5 mg at 21:00 for "
        "agitation. Family (niece Beverly Foster-Grant) notified by phone 11/23 at 21:30.",
        [
            ("Lillian Mae Foster", "NAME"),
            ("99", "AGE"),
            ("Beverly Foster-Grant", "NAME"),
            ("11/23", "DATE"),
        ],
    ),
    # 87 Gulf traveller, WhatsApp number
    (
        "salam, my name is Mohammed Al-Farsi, my sugar test yesterday 312!! i took insulin "
        "novorapid 8 units, now 260. i am in dubai for work until 30 nov, whatsapp "
        "+971 50 555 0173",
        [
            ("Mohammed Al-Farsi", "NAME"),
            ("dubai", "ADDRESS"),
            ("30 nov", "DATE"),
            ("+971 50 555 0173", "PHONE"),
        ],
    ),
    # 88 heartburn, text number
    (
        "I've been getting heartburn 4-5 nights a week. Omeprazole 20 mg helps but only for a "
        "couple hours. I'm 45, no weight loss, no trouble swallowing. Is it worth bumping to "
        "40 mg? text me at 720-555-0189",
        [("720-555-0189", "PHONE")],
    ),
    # 89 ZIP alone
    (
        "SDOH screen: pt reports food insecurity; lives in ZIP 60623 with 3 children. Referred "
        "to pantry. Pt: Rosa Delgado-Mendez.",
        [("60623", "ADDRESS"), ("Rosa Delgado-Mendez", "NAME")],
    ),
    # 90 internal IP URL with study UID
    (
        "FYI - the imaging viewer at http://10.42.8.17:8080/viewer?study=1.2.840.113619.2.55.3 "
        "won't load from home. Study is Mrs. Ashworth's CT chest from 11/16. Can someone burn a "
        "CD? - Pamela Ashworth (daughter)",
        [
            ("http://10.42.8.17:8080/viewer?study=1.2.840.113619.2.55.3", "URL"),
            ("Ashworth", "NAME"),
            ("11/16", "DATE"),
            ("Pamela Ashworth", "NAME"),
        ],
    ),
    # 91 SSN last four, extension alone
    (
        "Verified identity using DOB 5/19/1967 and last four of SSN (6620). Pt Terrence "
        "Jackson-Bey requests help with disability paperwork. Caseworker: Monique Dubois, "
        "ext. 5512.",
        [
            ("5/19/1967", "DATE"),
            ("6620", "SSN"),
            ("Terrence Jackson-Bey", "NAME"),
            ("Monique Dubois", "NAME"),
            ("ext. 5512", "PHONE"),
        ],
    ),
    # 92 no PHI: nosebleeds, dose, BP, weekday
    (
        "I've had 3 nosebleeds since Sunday, each stops in about 10 minutes with pressure. I'm "
        "on aspirin 81 mg. BP 132/84. Is this worth an appointment?",
        [],
    ),
    # 93 ED triage, plate with space
    (
        "ED triage: pt arrived by private vehicle (NY plate HJK 4402) driven by neighbor, Mr. "
        "Desmond Achebe. Pt Olga Kuznetsova, 67F, c/o slurred speech onset 10:15. Last known "
        "well 09:30 on 11/24/2026. Stroke alert called.",
        [
            ("HJK 4402", "ID"),
            ("Desmond Achebe", "NAME"),
            ("Olga Kuznetsova", "NAME"),
            ("11/24/2026", "DATE"),
        ],
    ),
    # 94 bare year vs month alone
    (
        "I had my gallbladder out in 2019 and since March I get this pain on the right side "
        "after fatty meals, mostly on weekends. Is that possible without a gallbladder? -- Nadia "
        "Haddad",
        [("March", "DATE"), ("Nadia Haddad", "NAME")],
    ),
    # 95 long caregiver message
    (
        """Hello Dr. Feldstein,
I'm writing on behalf of my grandmother, Mrs. Perpetua Nwosu, 96, who lives with us at 310 Magnolia Street, Savannah, GA 31401. Since her fall on 11/08 she has been sleeping most of the day. Her home health aide, Rosalind, says she's eating half her meals. Her BP this morning was 98/60, pulse 96. Her Medicare ID is 3KT9-AW2-JN48. She sees Dr. Osei for her heart. Please call me (Chiamaka) at 912-555-0125 or email chi.nwosu@example.com.
Thank you,
Chiamaka Nwosu""",
        [
            ("Feldstein", "NAME"),
            ("Perpetua Nwosu", "NAME"),
            ("96", "AGE"),
            ("310 Magnolia Street, Savannah, GA 31401", "ADDRESS"),
            ("11/08", "DATE"),
            ("Rosalind", "NAME"),
            ("3KT9-AW2-JN48", "ID"),
            ("Osei", "NAME"),
            ("Chiamaka", "NAME"),
            ("912-555-0125", "PHONE"),
            ("chi.nwosu@example.com", "EMAIL"),
            ("Chiamaka Nwosu", "NAME"),
        ],
    ),
    # 96 pre-op H&P, ordinal date, DOB implying age over 89
    (
        "Pre-op H&P, Nov 24th, 2026. Pt: Ernesto Villanueva, DOB Jan. 3, 1931 (age 95). "
        "Scheduled for TURP 12/04/2026 with Dr. Ahn. Cleared by cardiology (Dr. Petersen, note "
        "11/10/2026).",
        [
            ("Nov 24th, 2026", "DATE"),
            ("Ernesto Villanueva", "NAME"),
            ("Jan. 3, 1931", "DATE"),
            ("95", "AGE"),
            ("12/04/2026", "DATE"),
            ("Ahn", "NAME"),
            ("Petersen", "NAME"),
            ("11/10/2026", "DATE"),
        ],
    ),
    # 97 work phone with extension plus cell
    (
        "Best to reach me at work 212-555-0150 ext. 4432 between 9 and 5 or my cell "
        "347-555-0179 after. This is about my wife, Ayesha Siddiqui, her migraine meds "
        "(sumatriptan 50 mg) aren't working. -- Imran Siddiqui",
        [
            ("212-555-0150 ext. 4432", "PHONE"),
            ("347-555-0179", "PHONE"),
            ("Ayesha Siddiqui", "NAME"),
            ("Imran Siddiqui", "NAME"),
        ],
    ),
    # 98 triage RN, only the documenting nurse is PHI
    (
        "Triage RN note: caller reports chest pain 7/10 radiating to L arm x 20 min, "
        "diaphoretic. Advised 911. EMS dispatched. Documented by T. Nakamura-Hill, RN.",
        [("T. Nakamura-Hill", "NAME")],
    ),
    # 99 telehealth link, appointment ID
    (
        "I booked a telehealth visit for 2026-12-02 but the Zoom link "
        "(https://zoom.example.us/j/84429910332?pwd=Qm9ZUk) doesn't work on my phone. "
        "Appointment ID APT-7719203. My name is Gabriela Stoica.",
        [
            ("2026-12-02", "DATE"),
            ("https://zoom.example.us/j/84429910332?pwd=Qm9ZUk", "URL"),
            ("APT-7719203", "ID"),
            ("Gabriela Stoica", "NAME"),
        ],
    ),
    # 100 registration correction, two SSNs
    (
        "Registration correction: pt Jerome Washington's SSN was entered as 123-45-6789 in "
        "error; correct SSN 219-09-9999 per card. MRN# 66019284. Address updated to 1450 N. "
        "Lake Shore Dr, Apt 3302, Chicago, IL 60610. Registered by D. Kim, 11/24/2026.",
        [
            ("Jerome Washington", "NAME"),
            ("123-45-6789", "SSN"),
            ("219-09-9999", "SSN"),
            ("66019284", "MRN"),
            ("1450 N. Lake Shore Dr, Apt 3302, Chicago, IL 60610", "ADDRESS"),
            ("D. Kim", "NAME"),
            ("11/24/2026", "DATE"),
        ],
    ),
]


def locate(idx: int, text: str, subs: list[tuple[str, str]]) -> list[dict]:
    spans: list[dict] = []
    cursor = 0
    for sub, label in subs:
        where = f"item {idx} span {sub!r}"
        if label not in LABELS:
            raise SystemExit(f"{where}: unknown label {label}")
        start = text.find(sub, cursor)
        if start < 0:
            raise SystemExit(f"{where}: not found after offset {cursor}")
        end = start + len(sub)
        if text[start:end] != sub:
            raise SystemExit(f"{where}: offset mismatch")
        if sub != sub.strip() or sub[-1] in ",;:" or sub[0] in ",;:.":
            raise SystemExit(f"{where}: whitespace or punctuation at span edge")
        if start > 0 and text[start - 1].isalnum():
            raise SystemExit(f"{where}: starts inside a word")
        if end < len(text) and text[end].isalnum():
            raise SystemExit(f"{where}: ends inside a word")
        first = re.split(r"[\s.]", sub)[0]
        if label == "NAME" and first in TITLES:
            raise SystemExit(f"{where}: title inside NAME span")
        if label == "NAME" and (sub.endswith("'s") or sub.endswith("\u2019s")):
            raise SystemExit(f"{where}: possessive inside NAME span")
        if label != "URL" and re.match(r"(?i)(mrn|ssn|rx|fax|tel|ph|dob|id)\s*[#:]?\s", sub):
            raise SystemExit(f"{where}: field label inside span")
        spans.append({"start": start, "end": end, "label": label})
        cursor = end
    # every other word-bounded occurrence of a labelled string should be labelled too
    for s in spans:
        val = text[s["start"] : s["end"]]
        for m in re.finditer(re.escape(val), text):
            a, b = m.start(), m.end()
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                continue
            if not any(t["start"] <= a and b <= t["end"] for t in spans):
                print(f"WARNING item {idx}: unlabelled repeat of {val!r} at {a}", file=sys.stderr)
    return spans


def main() -> None:
    if len(ITEMS) != 100:
        raise SystemExit(f"expected 100 items, have {len(ITEMS)}")
    texts = [t for t, _ in ITEMS]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate texts")
    lines = []
    for i, (text, subs) in enumerate(ITEMS, 1):
        item = {
            "id": f"guide6-phi-{i:04d}",
            "category": "phi",
            "added": "2026-11-24",
            "source": "guideline PHI annotation set 6",
            "text": text,
            "spans": locate(i, text, subs),
        }
        parse_item(item)
        lines.append(json.dumps(item, ensure_ascii=False))
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(OUT), prefix=".phi_guide6.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o644)
    os.replace(tmp, OUT)
    counts: dict[str, int] = {}
    for _, subs in ITEMS:
        for _, label in subs:
            counts[label] = counts.get(label, 0) + 1
    empty = sum(1 for _, subs in ITEMS if not subs)
    print(f"wrote {len(lines)} items to {OUT}; spans {sum(counts.values())}; no-PHI items {empty}")
    for k in sorted(counts, key=lambda k: -counts[k]):
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
