#!/usr/bin/env python3
"""Generate phi_guide15.jsonl: 70 PHI-annotated texts (guideline **phi** rule, set 15).

Emphasis: NAME and DATE as real people write them (portal messages, caregiver notes,
nurse phone notes, referral letters, discharge snippets, pharmacy/insurance notices,
forwarded e-mails, SMS). Annotation calls that the guideline leaves open are written down
in phi_guide15_CONVENTIONS.md next to this file and are enforced by lint checks below.

Offsets are computed by locating each annotated substring in the text, in order (search
starts after the previous span, word-bounded), so repeated strings resolve left to right.

Checks (any failure aborts, nothing is written):
  * exact substring match and word boundaries at both ends,
  * no whitespace at span edges, spans ordered and non-overlapping,
  * every other word-bounded occurrence of a labelled string (case-insensitive) is
    covered by some span, unless explicitly exempted by a context string (each exemption
    must be used exactly once: e.g. the verb "will" next to the name "Will"),
  * known labels only,
  * convention lints: no title or possessive 's inside NAME; no leading "the"/weekday,
    bare year or relative word as DATE; AGE only for numbers over 89,
  * unique ids / texts, exactly 70 items,
  * parse_item (harness/contract/items.py, the brief's items.py) on every item as re-read from the temp file,
  * atomic rename into place.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BRIEF_ITEMS = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(HERE))), "harness", "contract", "items.py"
)
OUT = os.path.join(HERE, "phi_guide15.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ADDED = "2026-11-24"
SOURCE = "guideline PHI annotation set 15"
ID_FMT = "phi15-{:04d}"
N_ITEMS = 70

# Each item: (text, [(substring, label), ...] in text order[, [(substring, context), ...]])
# The optional third element lists occurrences of a labelled string that are NOT PHI
# (homographs such as the verb "will" or "may"); `context` is a unique string of the text
# that contains the exempted occurrence.
ITEMS: list[tuple] = [
    # 1 portal, lowercase, signature "- mo"; date inside a time
    (
        "hi dr okafor, the swelling in my left foot is back since saturday. i have the follow up "
        "on 3/12 at 10:30 but can i come in sooner?? also my sister june said to ask about the "
        "water pill. - mo",
        [("okafor", "NAME"), ("3/12", "DATE"), ("june", "NAME"), ("mo", "NAME")],
    ),
    # 2 caregiver, West African names, weekday + date, age over 89
    (
        "This is Adwoa, I look after my grandfather Kwabena Asante. He turned 91 in the summer and "
        "since Wed 11/18 he is barely eating, just sips of tea. Is this something for the clinic "
        "or the ER?",
        [("Adwoa", "NAME"), ("Kwabena Asante", "NAME"), ("91", "AGE"), ("11/18", "DATE")],
    ),
    # 3 nurse phone note, word-names Hunter / Sky, "the 19th", initial + surname
    (
        "RN phone note 1415: Spoke with pt Hunter Blackwell and his wife Sky re: post-op temp 38.4. "
        "Pt states incision red since the 19th. Advised wound check tomorrow in clinic, ED if "
        "rigors.\n-- L. Ferreira, RN",
        [("Hunter Blackwell", "NAME"), ("Sky", "NAME"), ("19th", "DATE"), ("L. Ferreira", "NAME")],
    ),
    # 4 referral letter, particle "van der", "4th March 1958"
    (
        "Dear Dr. van der Merwe,\n\nThank you for seeing Mr. Oluwaseun Adebayo-Phillips (DOB: 4th "
        "March 1958), whom I reviewed last week with exertional chest pain. His ECG showed a new "
        "LBBB and troponin was 14 ng/L.\n\nYours sincerely,\nDr Harpreet Kaur Sandhu",
        [
            ("van der Merwe", "NAME"),
            ("Oluwaseun Adebayo-Phillips", "NAME"),
            ("4th March 1958", "DATE"),
            ("Harpreet Kaur Sandhu", "NAME"),
        ],
    ),
    # 5 discharge snippet, ISO dates, "Last, First", "de la"
    (
        "DISCHARGE INSTRUCTIONS\nName: Ng, Mei-Ling    Admit: 2026-11-14    D/C: 2026-11-20\n"
        "Follow up with Dr. Arturo de la Fuente in 1-2 weeks. Resume apixaban 5 mg BID tomorrow. "
        "Hgb at discharge 10.9 g/dL.",
        [
            ("Ng, Mei-Ling", "NAME"),
            ("2026-11-14", "DATE"),
            ("2026-11-20", "DATE"),
            ("Arturo de la Fuente", "NAME"),
        ],
    ),
    # 6 pharmacy callback, Bill (name) vs bill (noun), Art, dose 5/325 not PHI
    (
        "Pharmacy callback: Rx #7730214 (oxycodone/APAP 5/325) for Bill Nakashima is ready but his "
        "plan denied it. He asked that the bill go to his son Art. Bill says he has 2 tablets "
        "left. If not picked up by 12/02 it goes back to stock.",
        [
            ("7730214", "ID"),
            ("Bill Nakashima", "NAME"),
            ("Art", "NAME"),
            ("Bill", "NAME"),
            ("12/02", "DATE"),
        ],
        [("bill", "the bill go")],
    ),
    # 7 insurance notice, claim number, "Dec 15"
    (
        "Blue Ridge Health Plan notice: Claim 2026-CL-0098812 for date of service 09/30/2026 was "
        "denied (not medically necessary). Subscriber: Lakshmi Subramanian. You may appeal in "
        "writing by Dec 15.",
        [
            ("2026-CL-0098812", "ID"),
            ("09/30/2026", "DATE"),
            ("Lakshmi Subramanian", "NAME"),
            ("Dec 15", "DATE"),
        ],
    ),
    # 8 forwarded e-mail with headers, sign-off "thx, Deb"
    (
        "---------- Forwarded message ---------\nFrom: Deb Harlan <dharlan58@yahoo.com>\n"
        "Date: Mon, Nov 16, 2026 at 9:12 PM\nSubject: mom's meds\nTo: Clinic Inbox\n\n"
        "can someone check if mom should still take the 25 of metoprolol, her pulse was 52 "
        "tonight and she's woozy.\nthx, Deb",
        [
            ("Deb Harlan", "NAME"),
            ("dharlan58@yahoo.com", "EMAIL"),
            ("Nov 16, 2026", "DATE"),
            ("Deb", "NAME"),
        ],
    ),
    # 9 no PHI: BP, dose, pain scores
    (
        "BP 120/80 this am, 134/86 after lunch. took the 5/325 at 2 and pain went from 7/10 to "
        "3/10. ok to keep taking it every 6 hrs?",
        [],
    ),
    # 10 SMS, lowercase nickname, weekday + date
    (
        "hey its ty. appt w dr reyes got moved to thurs 12/3?? cant do it, work. can i do tues "
        "12/8 instead",
        [("ty", "NAME"), ("reyes", "NAME"), ("12/3", "DATE"), ("12/8", "DATE")],
    ),
    # 11 Hope (name) vs hope (verb)
    (
        "Hope you are well. I'm writing about my daughter Hope Abernathy-Mills, she has had a "
        "migraine since Sunday and the sumatriptan isn't helping. Hope says the light hurts her "
        "eyes. We hope to get in before Friday. Her DOB is Jan 9 2011.",
        [("Hope Abernathy-Mills", "NAME"), ("Hope", "NAME"), ("Jan 9 2011", "DATE")],
        [("Hope", "Hope you are well"), ("hope", "We hope to")],
    ),
    # 12 triage call, Will (name) vs will (verb), Slavic double-barrelled name
    (
        "Triage call 0910: caller is Will, pt's partner. Pt Aleksandra Wójcik-Nowak, 34, c/o RLQ "
        "pain 7/10 since last night, vomited x2. Will will drive her to the ED now; told him to "
        "bring her med list. LMP 10/29.",
        [
            ("Will", "NAME"),
            ("Aleksandra Wójcik-Nowak", "NAME"),
            ("Will", "NAME"),
            ("10/29", "DATE"),
        ],
        [("will", "will drive")],
    ),
    # 13 East Asian name order, yyyy/mm/dd, month/year
    (
        "Interpreter used (Japanese). Pt YAMAMOTO Takeshi seen with his wife. Prior endoscopy "
        "2019; colonoscopy 2026/10/03 showed 2 tubular adenomas. Next surveillance due 10/2029.",
        [
            ("YAMAMOTO Takeshi", "NAME"),
            ("2026/10/03", "DATE"),
            ("10/2029", "DATE"),
        ],
    ),
    # 14 Arabic name with "bin", age 94, "the 2nd", international phone, sign-off
    (
        "Salam, I am writing for my uncle Ahmad bin Yusof Al-Rashidi. He is 94 and since the 2nd "
        "he coughs every night and his ankles are swollen. Should he come before his appointment? "
        "Call me on +971 50 555 0193.\n- Noor",
        [
            ("Ahmad bin Yusof Al-Rashidi", "NAME"),
            ("94", "AGE"),
            ("2nd", "DATE"),
            ("+971 50 555 0193", "PHONE"),
            ("Noor", "NAME"),
        ],
    ),
    # 15 hyphen + O', possessive outside
    (
        "Pt Svetlana Kuznetsova-O'Neill called: her husband Bogdan's INR was 5.2 on 11/20. He "
        "took warfarin 7.5 mg as usual; told to hold tonight's dose and recheck Mon.",
        [
            ("Svetlana Kuznetsova-O'Neill", "NAME"),
            ("Bogdan", "NAME"),
            ("11/20", "DATE"),
        ],
    ),
    # 16 Spanish/English mix, "4 de marzo", nickname sign-off
    (
        "Hola, soy Xiomara de la Peña Villalobos. Mi mamá tiene cita el 4 "
        "de marzo pero ya se siente peor, her sugar was 310 this morning. My cell is "
        "(956) 555-0128. Gracias, Xio",
        [
            ("Xiomara de la Peña Villalobos", "NAME"),
            ("4 de marzo", "DATE"),
            ("(956) 555-0128", "PHONE"),
            ("Xio", "NAME"),
        ],
    ),
    # 17 Pacific names, suffix Jr., full address
    (
        "Talofa, Mele Taufa here. My son Tevita Jr. is 7 and his asthma has been bad since Sat, "
        "using the puffer every 3 hrs. New address for the nebuliser delivery: 45-102 Kamehameha "
        "Hwy Apt 3, Kaneohe HI 96744.",
        [
            ("Mele Taufa", "NAME"),
            ("Tevita Jr.", "NAME"),
            ("45-102 Kamehameha Hwy Apt 3, Kaneohe HI 96744", "ADDRESS"),
        ],
    ),
    # 18 South Asian, dd.mm.yy, lowercase clinician, "-Ravi"; age 88 not PHI
    (
        "sir my father name is Venkatesh Iyer, age 88, he had the angiogram on 14.11.26 at your "
        "hospital and now the groin is swollen and blue. dr. pillai told to come back after 1 week "
        "only. pls advise. -Ravi",
        [("Venkatesh Iyer", "NAME"), ("14.11.26", "DATE"), ("pillai", "NAME"), ("Ravi", "NAME")],
    ),
    # 19 Mc / O' with possessives, weekday + date
    (
        "Ms. McAllister's daughter (Caitlin) called asking whether her mother can shower after the "
        "port placement on Fri 11/20. Per Dr. O'Driscoll's post-op sheet: yes, after 48 h. She "
        "verbalized understanding.",
        [
            ("McAllister", "NAME"),
            ("Caitlin", "NAME"),
            ("11/20", "DATE"),
            ("O'Driscoll", "NAME"),
        ],
    ),
    # 20 no PHI: bare years, weekday, relative dates, age 89, eponym
    (
        "Dad is 89 and was diagnosed with Parkinson's in 2019. He had his flu shot last week and "
        "his covid booster two days ago. Can he get the RSV one on Monday?",
        [],
    ),
    # 21 many written forms of one date
    (
        "my mri got moved from the 4th of march to march fourth?? thats the same day lol. the "
        "letter says 03-04-2027 and the text msg said 2027-03-04. which one is right, its for my "
        "back",
        [
            ("4th of march", "DATE"),
            ("march fourth", "DATE"),
            ("03-04-2027", "DATE"),
            ("2027-03-04", "DATE"),
        ],
    ),
    # 22 lowercase Grace, "the 3rd", street
    (
        "hi its grace again (grace oduya). still having the burning when i pee, started the 3rd. "
        "took the macrobid 3 days, 100mg twice a day. can u send something else to the cvs on elm "
        "st. ty",
        [("grace", "NAME"), ("grace oduya", "NAME"), ("3rd", "DATE"), ("elm st", "ADDRESS")],
    ),
    # 23 May / June as names and a month; may (modal) exempt
    (
        "Nurse note: pt's daughters May and June Castellano at bedside. May reports pt more "
        "confused since Nov 19; June thinks it began after the new bladder pill. Pt may need UA "
        "and CXR. Son (HCP) to be updated by phone.",
        [
            ("May", "NAME"),
            ("June Castellano", "NAME"),
            ("May", "NAME"),
            ("Nov 19", "DATE"),
            ("June", "NAME"),
        ],
        [("may", "Pt may need")],
    ),
    # 24 e-mail style letter, title "Nurse" outside, nickname in parentheses, dd/mm/yyyy DOB
    (
        "Dear Nurse Abimbola,\n\nThank you for arranging the echo for 2 December. I will ask my son "
        "to drive me.\n\nKind regards,\nMargaret (Peggy) Thorne-Whitfield\nDOB 19/06/1936",
        [
            ("Abimbola", "NAME"),
            ("2 December", "DATE"),
            ("Margaret (Peggy) Thorne-Whitfield", "NAME"),
            ("19/06/1936", "DATE"),
        ],
    ),
    # 25 date ranges and weekday-prefixed dates with times
    (
        "Hello, I'll be out of town 12/1-12/3 so I can't do the Tues 12/1 infusion. Can we move it "
        "to Mon 12/7 at 2pm? The oncologist said a few days' delay is ok.",
        [("12/1", "DATE"), ("12/3", "DATE"), ("12/1", "DATE"), ("12/7", "DATE")],
    ),
    # 26 German style "12.03." with the format's own trailing dot, city
    (
        "Guten Tag, my name is Jürgen Hoffmann-Weiß. My cardiologist in Freiburg did a Holter on "
        "12.03. and found runs of AF, HR 48-140. I uploaded the report to your portal.",
        [("Jürgen Hoffmann-Weiß", "NAME"), ("Freiburg", "ADDRESS"), ("12.03.", "DATE")],
    ),
    # 27 front desk, "DOB 1.2.59", MRN, member ID
    (
        "Front desk ID check: Elżbieta Nowicka, DOB 1.2.59, MRN E-2281904. New ins card scanned, "
        "member 8842 1177 30. No address change.",
        [
            ("Elżbieta Nowicka", "NAME"),
            ("1.2.59", "DATE"),
            ("E-2281904", "MRN"),
            ("8842 1177 30", "ID"),
        ],
    ),
    # 28 "born 4/7/1962", "Dec. 2nd"; "#1"/"#2" not PHI
    (
        "I'm Deepika Chaudhary, born 4/7/1962. I had shingles shot #1 on Dec. 2nd of last year and "
        "they said get #2 two to six months later. Did I miss the window? My husband needs "
        "his too.",
        [
            ("Deepika Chaudhary", "NAME"),
            ("4/7/1962", "DATE"),
            ("Dec. 2nd", "DATE"),
        ],
    ),
    # 29 Faith as a name, age 97; facility name not PHI
    (
        "Faith Morrow, 97, resident at Briar Glen, had a witnessed fall at 0300 on 11/22. No LOC, "
        "no head strike. Daughter notified 0315. Vitals: BP 132/74, HR 88.",
        [("Faith Morrow", "NAME"), ("97", "AGE"), ("11/22", "DATE")],
    ),
    # 30 SMS caregiver, lowercase clinician, lowercase address, "-jess"
    (
        "ok so mom fell again. shes ok i think but her hip hurts when she walks. can dr patel see "
        "her tmrw or fri? she's staying at my place, 2217 n albany ave, chicago 60647. -jess",
        [("patel", "NAME"), ("2217 n albany ave, chicago 60647", "ADDRESS"), ("jess", "NAME")],
    ),
    # 31 Vietnamese and Korean names; bare year not PHI
    (
        "Interpreter (Vietnamese) present. Pt Nguyễn Văn Minh with his son. Melena "
        "x3 days, Hgb 8.1. Last colonoscopy 2021 abroad. Case d/w Dr. Seo-yeon Park (GI) at 14:20.",
        [("Nguyễn Văn Minh", "NAME"), ("Seo-yeon Park", "NAME")],
    ),
    # 32 worklist with MRNs
    (
        "Lab callback list:\n1. Haruto Sato  MRN 7720315  K 6.1 - repeat today\n"
        "2. Fatou Diallo  MRN 7719842  INR 3.8 - no change",
        [("Haruto Sato", "NAME"), ("7720315", "MRN"), ("Fatou Diallo", "NAME"), ("7719842", "MRN")],
    ),
    # 33 no PHI: "3/4" as a toxicity grade, bare year, eponym
    (
        "Grade 3/4 neutropenia after cycle 2, ANC 0.8. Dose reduced to 75%. Next cycle in 21 days "
        "if ANC >1.5. Hx Crohn's since 2008, on no biologic.",
        [],
    ),
    # 34 word-name Sky, Hunter; sign-off
    (
        "Sky (my 5yo) has had a temp of 39.4 since yesterday and the rash is on her tummy now. her "
        "dad Hunter is bringing her in at 4. her brother Ashton had hand foot mouth last week. "
        "- Tamsin",
        [("Sky", "NAME"), ("Hunter", "NAME"), ("Ashton", "NAME"), ("Tamsin", "NAME")],
    ),
    # 35 referral: "van den", dd-Mon-yyyy, month + year, "bin"; country and bare year not PHI
    (
        "RE: Pieter van den Heuvel, DOB 22-Jan-1940\nDear colleague, I would be grateful if you "
        "could see this gentleman, who moved here from the Netherlands in March 2025. He was "
        "diagnosed with CLL in 2023 and now has night sweats.\nDr. Ibrahim bin Hassan",
        [
            ("Pieter van den Heuvel", "NAME"),
            ("22-Jan-1940", "DATE"),
            ("March 2025", "DATE"),
            ("Ibrahim bin Hassan", "NAME"),
        ],
    ),
    # 36 Rose (name, possessive) vs rose (verb)
    (
        "Rose's BP rose to 168/100 this morning and she is dizzy. Rose Achterberg, DOB 8/30/1951, "
        "on amlodipine 10 mg.",
        [("Rose", "NAME"), ("Rose Achterberg", "NAME"), ("8/30/1951", "DATE")],
        [("rose", "BP rose")],
    ),
    # 37 pharmacy fax; pharmacy address labelled; count "#90" not PHI
    (
        "FAX to: Prescriber on file\nFrom: Riverbend Pharmacy, 600 Water St, Easton PA 18042\n"
        "Refill request: levothyroxine 88 mcg #90 for Ji-ho Kang, DOB 09/05/1979. Please sign and "
        "return.",
        [
            ("600 Water St, Easton PA 18042", "ADDRESS"),
            ("Ji-ho Kang", "NAME"),
            ("09/05/1979", "DATE"),
        ],
    ),
    # 38 age in words, Serbian names, chart number
    (
        "My grandmother is ninety-two and lives with us. Since the weekend she has been sleeping "
        "most of the day. Her name is Ljubica Marković and her doctor is Dr. Đorđević. Her old "
        "chart number was 004-88-213.",
        [
            ("ninety-two", "AGE"),
            ("Ljubica Marković", "NAME"),
            ("Đorđević", "NAME"),
            ("004-88-213", "MRN"),
        ],
    ),
    # 39 clinician note with yy date, credentials outside
    (
        "Addendum 11/19/26: discussed with attending Dr. Chidinma Anyanwu; plan to switch to "
        "dabigatran Friday. Pt's son agrees with plan.\n— Priscilla Odum-Yeboah, NP",
        [
            ("11/19/26", "DATE"),
            ("Chidinma Anyanwu", "NAME"),
            ("Priscilla Odum-Yeboah", "NAME"),
        ],
    ),
    # 40 lowercase "will" as name and verb; highway "95" not an age
    (
        "hi, its will harrington. i will be late for my 3:15 on the 25th, traffic on 95 is awful. "
        "is that ok or should i reschedule? thx will",
        [("will harrington", "NAME"), ("25th", "DATE"), ("will", "NAME")],
        [("will", "i will be")],
    ),
    # 41 URL, e-mail, date
    (
        "Patient sent photos via https://share.healthbox.example/u/8f3k2q9 - wound from 11/10 looks "
        "clean on my review. Pt (Abdirahman Warsame) asked for results to "
        "abdi.warsame@protonmail.com; told him portal only.",
        [
            ("https://share.healthbox.example/u/8f3k2q9", "URL"),
            ("11/10", "DATE"),
            ("Abdirahman Warsame", "NAME"),
            ("abdi.warsame@protonmail.com", "EMAIL"),
        ],
    ),
    # 42 device serial, IP address
    (
        "Remote monitoring alert: device SN PM-4472-19C81 (pt Hemi Walker) transmitted AF burden "
        "32% on 23 Nov 2026. Upload from 192.168.14.203. Routed to EP pool.",
        [
            ("PM-4472-19C81", "ID"),
            ("Hemi Walker", "NAME"),
            ("23 Nov 2026", "DATE"),
            ("192.168.14.203", "URL"),
        ],
    ),
    # 43 SSN, relative, address with state and ZIP
    (
        "For the Medicaid form: patient Marisol Ortiz-Quiñones, SSN 512-55-0184. Authorized rep is "
        "her grandson, 1408 Cedar Bend Dr, San Antonio, TX 78232.",
        [
            ("Marisol Ortiz-Quiñones", "NAME"),
            ("512-55-0184", "SSN"),
            ("1408 Cedar Bend Dr, San Antonio, TX 78232", "ADDRESS"),
        ],
    ),
    # 44 Punjabi names, possessive, "Mar 4"
    (
        "Gurpreet Singh Dhillon here. My wife Manjit's sugar was 42 this morning, she took her "
        "insulin but skipped breakfast. Her appt w/ endo is Mar 4 but can she be seen sooner?",
        [("Gurpreet Singh Dhillon", "NAME"), ("Manjit", "NAME"), ("Mar 4", "DATE")],
    ),
    # 45 no PHI: fractions of tablets, ratio
    (
        "I take 1/2 tab of the 25 mg in the morning and 3/4 of a tab at night. My insulin to carb "
        "ratio is 1:10 and my last A1c was 7.4. Should I change anything?",
        [],
    ),
    # 46 discharge excerpt, "4 Mar 26"
    (
        "Discharge summary excerpt: Admitted 4 Mar 26 with DKA, discharged 9 Mar 26. Insulin "
        "teaching completed with pt and mother (Ana-Maria Popescu). PCP to see within 1 wk.",
        [("4 Mar 26", "DATE"), ("9 Mar 26", "DATE"), ("Ana-Maria Popescu", "NAME")],
    ),
    # 47 two ages over 89
    (
        "Family meeting: pt Agnes Whitlock (101) and her sister, 98, both long-term "
        "residents. DNR confirmed for both. Niece joined by phone.",
        [("Agnes Whitlock", "NAME"), ("101", "AGE"), ("98", "AGE")],
    ),
    # 48 June as a name and as a month
    (
        "June Okoro called asking about her echo from June 30. She also asked if her son can pick "
        "up her Rx. Told June we need a signed release first. June's callback is 404-555-0158, "
        "after 3pm.",
        [
            ("June Okoro", "NAME"),
            ("June 30", "DATE"),
            ("June", "NAME"),
            ("June", "NAME"),
            ("404-555-0158", "PHONE"),
        ],
    ),
    # 49 faith (noun) not labelled; clinician surname as word; "the 2nd of December"
    (
        "I have faith in the team but I'm scared. My surgery with Dr. Hunter is on the 2nd of "
        "December and I have not had the pre-op call yet. - Kenji",
        [("Hunter", "NAME"), ("2nd of December", "DATE"), ("Kenji", "NAME")],
    ),
    # 50 forwarded e-mail, "Last, First" in header
    (
        'Begin forwarded message:\n\n> From: "Kowalski, Teresa" <tkowalski@lakeridge.k12.example>\n'
        "> Date: November 19, 2026\n>\n> Hi, your daughter was sent home today with a temp of 101.2. "
        "Please keep her home until fever-free for 24h.\n\nCan she go back Monday? - Ngozi Abara",
        [
            ("Kowalski, Teresa", "NAME"),
            ("tkowalski@lakeridge.k12.example", "EMAIL"),
            ("November 19, 2026", "DATE"),
            ("Ngozi Abara", "NAME"),
        ],
    ),
    # 51 reminder: "Thursday, the 3rd", weekday + date, phone with extension
    (
        "Reminder: your colonoscopy is Thursday, the 3rd, arrive 7:15am. Start the prep at 5pm the "
        "day before (Wed 12/2). Questions: endoscopy desk 555-0140 ext. 3. -- Patty, scheduling",
        [("3rd", "DATE"), ("12/2", "DATE"), ("555-0140 ext. 3", "PHONE"), ("Patty", "NAME")],
    ),
    # 52 possessive, URL with query; "4th grade" not a date
    (
        "My son Arjun's school form needs his vaccine record. Can you upload it to "
        "https://forms.maplewoodschools.example/health?id=A77812 please? It's for Arjun Mehta in "
        "4th grade. Thanks, Anjali",
        [
            ("Arjun", "NAME"),
            ("https://forms.maplewoodschools.example/health?id=A77812", "URL"),
            ("Arjun Mehta", "NAME"),
            ("Anjali", "NAME"),
        ],
    ),
    # 53 lowercase art (name) vs art (noun), age 93
    (
        "my husband art has been coughing up blood since the weekend. he's 93 and on eliquis. he "
        "wants to go to his art class tomorrow, should he stay home?? — barb",
        [("art", "NAME"), ("93", "AGE"), ("barb", "NAME")],
        [("art", "his art class")],
    ),
    # 54 licence plate
    (
        "Security report 2340 on 11/16: visitor vehicle (plate 8ABC 219) blocking ambulance bay. "
        "Owner identified as Lorenzo Bianchi-Romano, visiting his father. Towing waived.",
        [("11/16", "DATE"), ("8ABC 219", "ID"), ("Lorenzo Bianchi-Romano", "NAME")],
    ),
    # 55 EOB: member ID, URL; group number not PHI
    (
        "EOB: Member Kwame Asamoah-Gyimah, ID MX9920417753, Group 44018. Service date 10/14/2026. "
        "This is not a bill. Questions? Visit www.meridiancare.example.",
        [
            ("Kwame Asamoah-Gyimah", "NAME"),
            ("MX9920417753", "ID"),
            ("10/14/2026", "DATE"),
            ("www.meridiancare.example", "URL"),
        ],
    ),
    # 56 SMS, kinship word outside, lowercase "mr adeyinka", "sat 11/28"
    (
        "Auntie Bisi says thank u for the call. she will come sat 11/28 for the bloods, her "
        "neighbour mr adeyinka is driving her",
        [("Bisi", "NAME"), ("11/28", "DATE"), ("adeyinka", "NAME")],
    ),
    # 57 no PHI: eponymous institution, combo dose, bare year
    (
        "Quick question - is it ok to take ibuprofen 400 mg with my lisinopril/HCTZ 10/12.5? They "
        "told me at Johns Hopkins years ago to avoid it but that was back in 2015. Thanks!",
        [],
    ),
    # 58 Chinese name order with preferred English name
    (
        "Pt LIU Yang (prefers 'Daisy') seen for 2-wk f/u. Bx from 10/31 benign. RTC 3 mo. No "
        "interpreter needed.",
        [("LIU Yang", "NAME"), ("Daisy", "NAME"), ("10/31", "DATE")],
    ),
    # 59 lowercase May (name) vs may (modal); "3rd ave" street vs "the 3rd" date
    (
        "hi this is may (may ellison). the pharmacy on 3rd ave said my refill is too early but i "
        "run out on the 3rd. can u call them? i may have to go without otherwise",
        [("may", "NAME"), ("may ellison", "NAME"), ("3rd ave", "ADDRESS"), ("3rd", "DATE")],
        [("may", "i may have")],
    ),
    # 60 internal e-mail header, dotted DOB, sign-off first name
    (
        "From: Oksana Melnyk, RN\nSent: Friday, November 20, 2026 4:02 PM\nTo: Triage Pool\n"
        "Subject: RE: pt call\n\nPt (DOB 3.4.1944) called again re: leg swelling, wants a call "
        "before 5. Thx, Oksana",
        [
            ("Oksana Melnyk", "NAME"),
            ("November 20, 2026", "DATE"),
            ("3.4.1944", "DATE"),
            ("Oksana", "NAME"),
        ],
    ),
    # 61 compressed range "Dec 1-5", city
    (
        "Pt Thandiwe Ndlovu traveling to Durban Dec 1-5; needs enoxaparin supply for the flights. "
        "Contact her sister if unreachable.",
        [
            ("Thandiwe Ndlovu", "NAME"),
            ("Durban", "ADDRESS"),
            ("Dec 1-5", "DATE"),
        ],
    ),
    # 62 Irish names with particles, ambiguous dd/mm vs mm/dd DOB, "2 Oct"
    (
        "Referral: Siobhán Ní Bhriain, DOB 07/03/1972, MRN 55-20-1187. Referred by Dr. Cormac "
        "MacGiolla for ?MS after an episode of optic neuritis on 2 Oct. MRI brain pending.",
        [
            ("Siobhán Ní Bhriain", "NAME"),
            ("07/03/1972", "DATE"),
            ("55-20-1187", "MRN"),
            ("Cormac MacGiolla", "NAME"),
            ("2 Oct", "DATE"),
        ],
    ),
    # 63 handoff list with initials; age 91 (67 and 45 not PHI)
    (
        "Handoff: bed 3 - R.J. Castillo (67, M), post-cath; bed 4 - M. Abubakar (91, F), "
        "UTI/delirium; bed 5 - empty, DKA admit (45, F) expected from ED.",
        [
            ("R.J. Castillo", "NAME"),
            ("M. Abubakar", "NAME"),
            ("91", "AGE"),
        ],
    ),
    # 64 lowercase "march 4th", "the 4th of april", lowercase initial + surname sign-off
    (
        "heyyy so the lab said my blood draw is march 4th but my app says the 4th of april?? which "
        "is it. also pls tell dr. fonoti my knee is way worse, like 8/10. - k. hale",
        [("march 4th", "DATE"), ("4th of april", "DATE"), ("fonoti", "NAME"), ("k. hale", "NAME")],
    ),
    # 65 phone note: relative dates and BP not PHI
    (
        "Phone note: Mr. Alhassan Sesay called at 0845. States he stopped metoprolol two days ago "
        "because of dizziness; BP yesterday 92/58. Last seen in clinic 11/14. Advised restart at "
        "half dose (12.5 mg). — D. Whitcombe, LPN",
        [("Alhassan Sesay", "NAME"), ("11/14", "DATE"), ("D. Whitcombe", "NAME")],
    ),
    # 66 birthday with "the 4th of July 1931", age 95
    (
        "my mother-in-law Ines Carvalho was born on the 4th of July 1931 and keeps telling the "
        "nurses she's 95. she is! please stop asking her to repeat it, it upsets her.",
        [("Ines Carvalho", "NAME"), ("4th of July 1931", "DATE"), ("95", "AGE")],
    ),
    # 67 e-mail sign-off with nickname, "the 9th" (but "the 3rd dose" not a date)
    (
        "Good morning Dr. Beaumont-Clarke,\nThe swelling went down after the 3rd dose. See you on "
        "the 9th.\nRespectfully,\nDesmond 'Dez' Fairweather\n(876) 555-0162\n"
        "dez.fairweather@gmail.com",
        [
            ("Beaumont-Clarke", "NAME"),
            ("9th", "DATE"),
            ("Desmond 'Dez' Fairweather", "NAME"),
            ("(876) 555-0162", "PHONE"),
            ("dez.fairweather@gmail.com", "EMAIL"),
        ],
    ),
    # 68 grace (noun) vs Dr. Grace; Hunter as first name
    (
        "By God's grace the surgery on 11/18 went well. Dr. Grace Oyinlola said the drain can come "
        "out at the 2-week visit. My nephew will bring me. God bless, Evangeline",
        [
            ("11/18", "DATE"),
            ("Grace Oyinlola", "NAME"),
            ("Evangeline", "NAME"),
        ],
    ),
    # 69 pharmacy SMS, all-caps name with middle initial
    (
        "CityRx: Rx 0048812 for JENNIFER A. BOUCHARD is ready at 88 Main St. Questions? "
        "1-877-555-0110. Reply STOP to opt out.",
        [
            ("0048812", "ID"),
            ("JENNIFER A. BOUCHARD", "NAME"),
            ("88 Main St", "ADDRESS"),
            ("1-877-555-0110", "PHONE"),
        ],
    ),
    # 70 no PHI: weekdays, score, relative dates, height/weight, edema grade
    (
        "Weds and Fri work best for me. Pain 4/10 since yesterday, temp 37.9. I'm 5'4 and 162 lb. "
        "Last week the ankle swelling was 2+ on both sides, now 1+.",
        [],
    ),
]

# ---------------------------------------------------------------- convention lints
TITLES = {
    "dr",
    "dr.",
    "dra",
    "dra.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "nurse",
    "prof",
    "prof.",
    "father",
    "sister",
    "auntie",
    "aunt",
    "uncle",
    "rn",
    "md",
    "np",
    "lpn",
}
WEEKDAYS = re.compile(
    r"^(mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|"
    r"sat|saturday|sun|sunday)\b",
    re.I,
)
RELATIVE = {"yesterday", "today", "tomorrow", "tmrw", "last week", "next week", "two days ago"}
NUMBER_WORDS_OVER_89 = re.compile(r"^(ninety|one hundred|a hundred)", re.I)


def lint(sub: str, label: str, idx: int) -> None:
    low = sub.lower()
    if label == "NAME":
        first = low.split()[0]
        if first in TITLES:
            raise SystemExit(f"item {idx}: NAME {sub!r} starts with a title")
        if low.endswith("'s") or low.endswith("\u2019s"):
            raise SystemExit(f"item {idx}: NAME {sub!r} includes a possessive 's")
        if low.split()[-1].strip(",") in {"rn", "md", "np", "lpn", "pa-c", "pharmd"}:
            raise SystemExit(f"item {idx}: NAME {sub!r} includes a credential")
    elif label == "DATE":
        if low.startswith("the ") or low.startswith("on "):
            raise SystemExit(f"item {idx}: DATE {sub!r} starts with an article/preposition")
        if WEEKDAYS.match(low):
            raise SystemExit(f"item {idx}: DATE {sub!r} starts with a weekday")
        if re.fullmatch(r"\d{4}", sub):
            raise SystemExit(f"item {idx}: DATE {sub!r} is a bare year")
        if low in RELATIVE:
            raise SystemExit(f"item {idx}: DATE {sub!r} is a relative date")
    elif label == "AGE":
        if sub.isdigit():
            if int(sub) <= 89:
                raise SystemExit(f"item {idx}: AGE {sub!r} is not over 89")
        elif not NUMBER_WORDS_OVER_89.match(sub):
            raise SystemExit(f"item {idx}: AGE {sub!r} is not a number over 89")


def _bounded(text: str, start: int, end: int) -> bool:
    sub = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and sub[0].isalnum()) and not (
        after.isalnum() and sub[-1].isalnum()
    )


def locate(text: str, spans: list[tuple[str, str]], exempt: list[tuple[str, str]], idx: int):
    out, cursor = [], 0
    for sub, label in spans:
        if label not in LABELS:
            raise SystemExit(f"item {idx}: unknown label {label}")
        if not sub or sub != sub.strip():
            raise SystemExit(f"item {idx}: span {sub!r} is empty or has edge whitespace")
        lint(sub, label, idx)
        pos = cursor
        while True:
            start = text.find(sub, pos)
            if start < 0:
                raise SystemExit(f"item {idx}: {sub!r} not found (word-bounded) after {cursor}")
            end = start + len(sub)
            if _bounded(text, start, end):
                break
            pos = start + 1
        assert text[start:end] == sub
        out.append({"start": start, "end": end, "label": label})
        cursor = end
    for a, b in zip(out, out[1:], strict=False):  # noqa: RUF007
        if b["start"] < a["end"]:
            raise SystemExit(f"item {idx}: overlapping spans {a} {b}")
    # exempted (non-PHI) occurrences, each pinned by a unique context string
    exempt_pos: dict[int, str] = {}
    for sub, ctx in exempt:
        if text.count(ctx) != 1:
            raise SystemExit(f"item {idx}: exemption context {ctx!r} is not unique")
        off = ctx.lower().find(sub.lower())
        if off < 0:
            raise SystemExit(f"item {idx}: exemption {sub!r} not inside {ctx!r}")
        exempt_pos[text.find(ctx) + off] = sub.lower()
    used: set[int] = set()
    # every other word-bounded occurrence (case-insensitive) of a labelled string is covered
    low = text.lower()
    for s in out:
        sub = text[s["start"] : s["end"]].lower()
        for m in re.finditer(re.escape(sub), low):
            if not _bounded(text, m.start(), m.end()):
                continue
            if any(o["start"] <= m.start() and m.end() <= o["end"] for o in out):
                continue
            if exempt_pos.get(m.start()) == sub:
                used.add(m.start())
                continue
            raise SystemExit(f"item {idx}: unlabelled occurrence of {sub!r} at {m.start()}")
    unused = set(exempt_pos) - used
    if unused:
        raise SystemExit(f"item {idx}: exemptions never needed at {sorted(unused)}")
    return out, len(used)


def load_parse_item():
    spec = importlib.util.spec_from_file_location("brief_items", BRIEF_ITEMS)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["brief_items"] = mod
    spec.loader.exec_module(mod)
    return mod.parse_item


def main() -> None:
    if len(ITEMS) != N_ITEMS:
        raise SystemExit(f"expected {N_ITEMS} items, have {len(ITEMS)}")
    parse_item = load_parse_item()
    rows, counts, seen, n_exempt = [], collections.Counter(), set(), 0
    for i, item in enumerate(ITEMS, 1):
        text, spans = item[0], item[1]
        exempt = item[2] if len(item) > 2 else []
        if text in seen:
            raise SystemExit(f"item {i}: duplicate text")
        seen.add(text)
        located, used = locate(text, spans, exempt, i)
        n_exempt += used
        counts.update(s["label"] for s in located)
        rows.append(
            {
                "id": ID_FMT.format(i),
                "category": "phi",
                "added": ADDED,
                "source": SOURCE,
                "text": text,
                "spans": located,
            }
        )
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids) == N_ITEMS
    assert ids[0] == "phi15-0001" and ids[-1] == "phi15-0070"

    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide15.", suffix=".jsonl.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        # re-read the written file, re-check offsets and validate every item with parse_item
        n = 0
        with open(tmp, encoding="utf-8") as fh:
            for line, want in zip(fh, rows, strict=True):
                r = json.loads(line)
                assert r == want
                for s in r["spans"]:
                    assert 0 <= s["start"] < s["end"] <= len(r["text"])
                parse_item(r)
                n += 1
        if n != N_ITEMS:
            raise SystemExit(f"re-read {n} lines, expected {N_ITEMS}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    empty = sum(1 for r in rows if not r["spans"])
    print(
        f"wrote {len(rows)} items ({empty} without PHI), {sum(counts.values())} spans, "
        f"{n_exempt} exempted homograph occurrences -> {OUT}"
    )
    for k, v in counts.most_common():
        print(f"  {k:8s} {v}")


if __name__ == "__main__":
    main()
