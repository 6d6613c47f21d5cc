"""Generate pipelines/triage/dev/phi_guide1.jsonl: 100 hand-written PHI items (guideline **phi** rule).

Each item is written as plain text plus the PHI surface strings in order of appearance.
Offsets are computed by locating each string (whole-token match) after the previous span,
then every span is validated against the guideline rules and the item against the contract.
The file is written to a temp file, checked with the project's parse_item command, then
renamed into place (atomic).

Run: python pipelines/triage/dev/phi_make_guide1.py
"""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide1.jsonl")
PY = sys.executable
CHECK = (
    "import json,sys; sys.path.insert(0,'.'); from harness.contract import parse_item; "
    "[parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; print('ok')"
)
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}

N, D, A, P, E, M, S, AD, I, U = (  # noqa: E741
    "NAME",
    "DATE",
    "AGE",
    "PHONE",
    "EMAIL",
    "MRN",
    "SSN",
    "ADDRESS",
    "ID",
    "URL",
)

# Each item: (text, [(surface, label) or (surface, label, "nb")...], allow)
#   "nb": the surface may touch a letter/digit (e.g. "94" in "94F").
#   allow: strings whose other, unlabelled occurrences are deliberate (e.g. the verb "Will").
ITEMS: list[tuple[str, list[tuple], list[str]]] = [
    # 1
    (
        "Hi, this is Rosa Delgado. I've had a cough for 3 days and a low fever, 100.4 last night. "
        "I take lisinopril 10 mg. Can Dr. Feld call me back at 505-555-0148? Thanks",
        [("Rosa Delgado", N), ("Feld", N), ("505-555-0148", P)],
        [],
    ),
    # 2
    (
        "My dad Tadeusz Kowalczyk is 93 and has been more confused since his fall on 11/19. He lives "
        "with us at 2210 Orchard Lane, Apt 4, Kenosha, WI 53140. His MRN is 00739142. Should we bring "
        "him in or wait for his regular visit?",
        [
            ("Tadeusz Kowalczyk", N),
            ("93", A),
            ("11/19", D),
            ("2210 Orchard Lane, Apt 4, Kenosha, WI 53140", AD),
            ("00739142", M),
        ],
        [],
    ),
    # 3 no PHI
    (
        "I've been taking metformin 500 mg twice a day since 2019 and my sugars are running 140-180 "
        "fasting. Is it ok to go up to 1000 mg? I'm 54 and walk 3 miles most mornings. The Texas heat "
        "has been brutal this week so I've been walking at 6am.",
        [],
        [],
    ),
    # 4
    (
        "Hello, I got a bill for $412.60 for my visit on Sept 8, 2026 but my insurance (Aetna member ID "
        "W228491730) should have covered it. Claim # 26-0918-55321. Account number on the statement is "
        "4471-2290. Please advise. -- Kwame Mensah-Boateng",
        [
            ("Sept 8, 2026", D),
            ("W228491730", I),
            ("26-0918-55321", I),
            ("4471-2290", I),
            ("Kwame Mensah-Boateng", N),
        ],
        [],
    ),
    # 5
    (
        "RN phone note 11/21/2026 14:05. Spoke with pt's daughter, Linh Tran, at (714) 555-0193 ext. 22. "
        "Pt Bao Tran, 91 y/o F, reports dizziness x2 days. BP 102/60, HR 88 per home cuff. Advised ED if "
        "syncope. Dr. Oyelaran notified. -- K. Whitfield, RN",
        [
            ("11/21/2026", D),
            ("Linh Tran", N),
            ("(714) 555-0193 ext. 22", P),
            ("Bao Tran", N),
            ("91", A),
            ("Oyelaran", N),
            ("K. Whitfield", N),
        ],
        [],
    ),
    # 6
    (
        "Dear Dr. Haddad,\n\nI am referring Mrs. Amina Yusuf (DOB 03/07/1958, MRN A-2284617) for "
        "evaluation of a 1.8 cm thyroid nodule found on ultrasound 10/30/2026. She lives at 88 Kingfisher "
        "Road, Lowell, MA 01852 and prefers to be reached on her mobile 978-555-0171 or by email at "
        "amina.yusuf58@fastmail.com. Please fax records to 978-555-0190.\n\nSincerely,\n"
        "Dr. Thomas Brennan-Ruiz\nValley Family Practice",
        [
            ("Haddad", N),
            ("Amina Yusuf", N),
            ("03/07/1958", D),
            ("A-2284617", M),
            ("10/30/2026", D),
            ("88 Kingfisher Road, Lowell, MA 01852", AD),
            ("978-555-0171", P),
            ("amina.yusuf58@fastmail.com", E),
            ("978-555-0190", P),
            ("Thomas Brennan-Ruiz", N),
        ],
        [],
    ),
    # 7
    (
        "hi its jenny. my sons inhaler (albuterol) ran out and the pharmacy says rx number 0471823-09 "
        "needs a new refill auth from dr patel. he is 8 yrs old. pls send it to the CVS on main st in "
        "Bellingham not the one by the mall",
        [("jenny", N), ("0471823-09", I), ("patel", N), ("main st", AD), ("Bellingham", AD)],
        [],
    ),
    # 8
    (
        "Hello, I'm travelling in Portugal until Dec 2 and I've run out of my levothyroxine 75 mcg. "
        "Could someone call me on +351 912 555 804? My husband's number back home is +1 (646) 555-0107 "
        "if you can't reach me. -- Farah Siddiqui",
        [("Dec 2", D), ("+351 912 555 804", P), ("+1 (646) 555-0107", P), ("Farah Siddiqui", N)],
        [],
    ),
    # 9 no PHI
    (
        "Question about my results: A1c came back 7.2 and LDL 131. The nurse said to recheck in 3 months. "
        "Should I fast for that one? I usually take my statin at night, 20 mg. Thanks!",
        [],
        [],
    ),
    # 10
    (
        "---------- Forwarded message ---------\nFrom: Grace Okonkwo <grace.okonkwo@yahoo.com>\n"
        "Date: Mon, Nov 17, 2026 at 9:12 AM\nSubject: Mom's scan results\n"
        "To: Chinedu Okonkwo <c.okonkwo@outlook.com>\n\nChinedu, the imaging center said Mom's CT from "
        "11/14 is ready on the portal: https://portal.lakeshorehealth.org/results/ct?id=88412&tok=f93ab2 "
        "Can you ask Dr. Lindqvist about it? Mom is 96 now and I don't want her to worry.\n\nGrace",
        [
            ("Grace Okonkwo", N),
            ("grace.okonkwo@yahoo.com", E),
            ("Nov 17, 2026", D),
            ("Chinedu Okonkwo", N),
            ("c.okonkwo@outlook.com", E),
            ("Chinedu", N),
            ("11/14", D),
            ("https://portal.lakeshorehealth.org/results/ct?id=88412&tok=f93ab2", U),
            ("Lindqvist", N),
            ("96", A),
            ("Grace", N),
        ],
        [],
    ),
    # 11
    (
        "I parked in the garage for my 2pm infusion and got a ticket. Plate is 7KXR214 (California). "
        "Can the cancer center validate it? My name is Mateo Ibarra, chart number 5510387.",
        [("7KXR214", I), ("Mateo Ibarra", N), ("5510387", M)],
        [],
    ),
    # 12
    (
        "My insulin pump (serial number PT-44190-8823B) keeps showing an occlusion alarm. Blood sugar is "
        "287 right now. I changed the site twice already. The manufacturer's support ticket is 04418821 "
        "and they told me to ask my endo for a backup plan.",
        [("PT-44190-8823B", I), ("04418821", I)],
        [],
    ),
    # 13
    (
        'The portal keeps logging me out. The error page said "session blocked from 73.158.22.9". I\'m '
        "on my work laptop. My username is hbergstrom71 if that helps. - Hanna Bergström",
        [("73.158.22.9", U), ("hbergstrom71", I), ("Hanna Bergström", N)],
        [],
    ),
    # 14
    (
        "My grandmother is 89 and her sister is 90. Both had the flu shot last week. Grandma (Esperanza) "
        "now has a sore arm and a low fever of 99.9. Is Tylenol 500 mg ok for her?",
        [("90", A), ("Esperanza", N)],
        [],
    ),
    # 15 no PHI
    (
        "BP readings this week: Mon 142/91, Wed 138/88, Fri 151/95. I take amlodipine 5 mg. Should I "
        "double it? I'm 61 and I had 2 cups of coffee before each reading.",
        [],
        [],
    ),
    # 16
    (
        "Progress note 2026-11-20\nPt: Ahmed Al-Farsi, 47M, MRN 3318204\nCC: chest tightness on exertion "
        "x 1 wk\nPMH: HTN, T2DM dx 2015\nMeds: metformin 1 g BID, losartan 50 mg daily\nPlan: stress test "
        "scheduled 12/03/2026; f/u with Dr. Nakamura-Hill in cardiology. Wife Samira at bedside, cell "
        "313-555-0126.",
        [
            ("2026-11-20", D),
            ("Ahmed Al-Farsi", N),
            ("3318204", M),
            ("12/03/2026", D),
            ("Nakamura-Hill", N),
            ("Samira", N),
            ("313-555-0126", P),
        ],
        [],
    ),
    # 17
    (
        "Dr. O'Sullivan's office told me to message here. My son Declan's rash is spreading, he's 12. "
        "It started Thursday after the camping trip. Little red bumps in lines on his legs, super itchy.",
        [("O'Sullivan", N), ("Declan", N)],
        [],
    ),
    # 18
    (
        "My daughter June has her follow-up on June 9 with Dr. April Sanchez. Can we move it to the 16th? "
        "June's asthma flared again and she's been using the blue inhaler 4x a day.",
        [("June", N), ("June 9", D), ("April Sanchez", N), ("16th", D), ("June", N)],
        [],
    ),
    # 19
    (
        "The billing office asked me to send my SSN to fix the claim. It's 521-44-8813. Is that safe on "
        "here?? Name on the account: Dmitri Volkov, DOB 2/29/1964.",
        [("521-44-8813", S), ("Dmitri Volkov", N), ("2/29/1964", D)],
        [],
    ),
    # 20
    (
        "Verifying identity for records release: Patricia Nwosu, last four of SSN 6620, date of birth "
        "April 3rd 1972. Please mail the records to PO Box 1187, Greenville, SC 29602.",
        [
            ("Patricia Nwosu", N),
            ("6620", S),
            ("April 3rd 1972", D),
            ("PO Box 1187, Greenville, SC 29602", AD),
        ],
        [],
    ),
    # 21
    (
        "Called by Dr. Esi Adjei (pager 4-5512) re: pt Yolanda Reyes-Whitman, rm 612, temp 38.9 on day 8 "
        "post chemo (cycle 3 FOLFOX). ANC pending. Pt's husband, Gerald, updated by phone at 555-0184.",
        [
            ("Esi Adjei", N),
            ("4-5512", P),
            ("Yolanda Reyes-Whitman", N),
            ("Gerald", N),
            ("555-0184", P),
        ],
        [],
    ),
    # 22 no PHI
    (
        "I'm on Keytruda and had 4 loose stools today, more than my usual 1. No blood. Temp 98.9. Should "
        "I start the loperamide? My next infusion is on Friday.",
        [],
        [],
    ),
    # 23
    (
        'I had an MRI at Tacoma General on 10/2 and the report says "small disc bulge L4-5." Can '
        "Dr. Begay look at it before our visit? He still can't sit more than 20 minutes. "
        "-- Marie Whitehorse (wife of Leonard Whitehorse)",
        [
            ("Tacoma", AD),
            ("10/2", D),
            ("Begay", N),
            ("Marie Whitehorse", N),
            ("Leonard Whitehorse", N),
        ],
        [],
    ),
    # 24
    (
        "Can you confirm my mother's chemo dates? I have 2026-12-01, 12/8/26, Dec. 15th and 22 December. "
        "She's Huang Mei-Ling, and I'm her son Kevin Huang, cell 415.555.0133.",
        [
            ("2026-12-01", D),
            ("12/8/26", D),
            ("Dec. 15th", D),
            ("22 December", D),
            ("Huang Mei-Ling", N),
            ("Kevin Huang", N),
            ("415.555.0133", P),
        ],
        [],
    ),
    # 25 no PHI
    (
        "Quick question - can I take ibuprofen 400 mg with my sertraline 50? I have a headache, 6/10, "
        "since this morning. Had 2 glasses of water. Not on any blood thinners.",
        [],
        [],
    ),
    # 26
    (
        "Please fax the prior auth form to Dr. Rahman's office at (212) 555-0166, attention Loretta, or "
        "call 212-555-0160 x 314. Patient: Olusegun Adeyemi, UnitedHealthcare member ID 902 331 774.",
        [
            ("Rahman", N),
            ("(212) 555-0166", P),
            ("Loretta", N),
            ("212-555-0160 x 314", P),
            ("Olusegun Adeyemi", N),
            ("902 331 774", I),
        ],
        [],
    ),
    # 27
    (
        "You can email my lawyer instead of me: dana.whitcomb@whitcomblaw.com. She handles my disability "
        "paperwork. My case number with Social Security is 2026-DI-448120.",
        [("dana.whitcomb@whitcomblaw.com", E), ("2026-DI-448120", I)],
        [],
    ),
    # 28
    (
        "My great-aunt is ninety-four and has barely eaten since Halloween. She lives alone in Bangor "
        "and won't move in with us. Who should we call? I'm her niece, Siobhan.",
        [("ninety-four", A), ("Halloween", D), ("Bangor", AD), ("Siobhan", N)],
        [],
    ),
    # 29
    (
        "Our whole family has the stomach bug - 4 of us, vomiting since Sunday. My 9 yr old is keeping "
        "fluids down now. We're in Ohio, just outside Zanesville. Is there an urgent care open on "
        "weekends? Is Pedialyte ok?",
        [("Zanesville", AD)],
        [],
    ),
    # 30
    (
        "Tele-visit 11/23/2026. Pt (J.M.) reports improvement in cellulitis R lower leg, redness receding "
        "from marked border. Cont. cephalexin 500 mg QID, day 5 of 7. RTC prn. -- A.T., LPN",
        [("11/23/2026", D), ("J.M.", N), ("A.T.", N)],
        [],
    ),
    # 31
    (
        'Why was I charged twice? Invoice 88310-A and invoice 88311-A both say "office visit 10/14/2026". '
        "I already paid one with my card ending 4417. -- Samuel Ben-David",
        [("88310-A", I), ("88311-A", I), ("10/14/2026", D), ("4417", I), ("Samuel Ben-David", N)],
        [],
    ),
    # 32
    (
        "my adress changed!! new one is 1190 n. halsted st #3r chicago il 60642. also new phone "
        "773 555 0119. pls update so i get my lab letters. thx, deshawn",
        [("1190 n. halsted st #3r chicago il 60642", AD), ("773 555 0119", P), ("deshawn", N)],
        [],
    ),
    # 33
    (
        "E-consult: 94F with new AF, CHA2DS2-VASc 5, HAS-BLED 3. Family (son Arturo) asks about apixaban "
        "vs no anticoagulation. Cr 1.3, CrCl ~28. Please advise. -- Dr. Beatriz Folau-Moreno, hospitalist",
        [("94", A, "nb"), ("Arturo", N), ("Beatriz Folau-Moreno", N)],
        [],
    ),
    # 34 no PHI
    (
        "Nurse line: caller reports child (age 4) with fever 102.1 F for 2 days, drinking well, voiding "
        "3 times today. Gave acetaminophen 240 mg at 7pm. No rash. Advised home care and recheck "
        "tomorrow.",
        [],
        [],
    ),
    # 35
    (
        "Referral from Dr Fiona MacLeod, Ashgrove Surgery, 14 Dalry Road, Edinburgh EH11 2BQ. Patient: "
        "Mr Callum Fraser, NHS number 943 476 5919, DOB 12.05.1949. Tel 0131 496 0072. Reason: "
        "progressive dyspnoea, query ILD.",
        [
            ("Fiona MacLeod", N),
            ("14 Dalry Road, Edinburgh EH11 2BQ", AD),
            ("Callum Fraser", N),
            ("943 476 5919", I),
            ("12.05.1949", D),
            ("0131 496 0072", P),
        ],
        [],
    ),
    # 36
    (
        "Walgreens says my Rx #2219843-07721 for Eliquis 5mg is on hold for prior authorization. Please "
        "help, I only have 2 pills left. Phone on file 602-555-0152. -Ruth Yazzie",
        [("2219843-07721", I), ("602-555-0152", P), ("Ruth Yazzie", N)],
        [],
    ),
    # 37
    (
        "Hi nurse, it's Carmen again (Abuela Rosario's granddaughter). Abuela is 97, her BP this morning "
        "was 88/50 and she seems very sleepy. Her primary is Dr. Villanueva. We're at 5 Calle Sol, Apt 2, "
        "Kissimmee FL 34741.",
        [
            ("Carmen", N),
            ("Rosario", N),
            ("97", A),
            ("Villanueva", N),
            ("5 Calle Sol, Apt 2, Kissimmee FL 34741", AD),
        ],
        [],
    ),
    # 38
    (
        "The pacemaker clinic asked for my device info: Model Azure XT DR, serial RNB402117H. Last remote "
        "check 8/5/2026. The transmission said battery 9.5 years. - Walter Schmidt",
        [("RNB402117H", I), ("8/5/2026", D), ("Walter Schmidt", N)],
        [],
    ),
    # 39
    (
        "Is it normal to have a metallic taste after starting metronidazole 500 mg 3x a day? Day 2 of 7. "
        "And no alcohol, right? My follow-up is Tuesday at 10 with Dr. Halvorsen.",
        [("Halvorsen", N)],
        [],
    ),
    # 40
    (
        "FW: from the school nurse\n\n> Hi Mrs. Park, Ji-woo came to my office today (11/18) with a "
        "nosebleed that lasted 25 min. Please have him seen. - Nurse Becky Lowell, Lincoln Elementary, "
        "541-555-0139\n\nCan we get an appointment this week? - Soo-jin Park",
        [
            ("Park", N),
            ("Ji-woo", N),
            ("11/18", D),
            ("Becky Lowell", N),
            ("541-555-0139", P),
            ("Soo-jin Park", N),
        ],
        [],
    ),
    # 41
    (
        "Updating insurance: BlueCross policy # XKJ884201553, group 00471-02, subscriber is my husband "
        "Oluwaseun Bakare (DOB 07-19-1980). Effective 1/1/2027.",
        [
            ("XKJ884201553", I),
            ("00471-02", I),
            ("Oluwaseun Bakare", N),
            ("07-19-1980", D),
            ("1/1/2027", D),
        ],
        [],
    ),
    # 42
    (
        "I found this about my condition: https://www.ncbi.nlm.nih.gov/books/NBK441887/ - does it apply "
        "to me? My rheumatologist Dr. Gupta said my ANA was 1:640 and I'm scared it means lupus.",
        [("https://www.ncbi.nlm.nih.gov/books/NBK441887/", U), ("Gupta", N)],
        [],
    ),
    # 43
    (
        "Hello, I'm writing for my father, Ignatius Mwangi, aged 100 as of last Sunday! He has a UTI "
        "again - burning, going every hour. Last time (Aug 2026) Dr. Cole gave him nitrofurantoin.",
        [("Ignatius Mwangi", N), ("100", A), ("Aug 2026", D), ("Cole", N)],
        [],
    ),
    # 44 no PHI
    (
        "My fitbit says my resting HR went from 62 to 78 over 2 weeks, and I'm more tired. I'm 33, on no "
        "meds except a multivitamin. Ran a 5k in 2024 in 31 minutes, now I can barely do 2 miles.",
        [],
        [],
    ),
    # 45
    (
        "The medical transport driver never came. Confirmation code MTX-55190-K. I was waiting at 3301 "
        "Cedar Springs Rd, Dallas 75219 from 7:30. Dialysis was at 8 and I missed it. Call me "
        "214-555-0190. Earl Jackson Jr.",
        [
            ("MTX-55190-K", I),
            ("3301 Cedar Springs Rd, Dallas 75219", AD),
            ("214-555-0190", P),
            ("Earl Jackson Jr.", N),
        ],
        [],
    ),
    # 46
    (
        "Dx: Hashimoto's thyroiditis, Raynaud's phenomenon. Seen by Dr. Raynor 11/12/26. Pt Zainab "
        "Olatunji to continue levothyroxine 88 mcg. TSH 3.1. Recheck 6 wks.",
        [("Raynor", N), ("11/12/26", D), ("Zainab Olatunji", N)],
        [],
    ),
    # 47
    (
        "Lab draw rescheduled from 03-Dec-2026 08:15 to 05-Dec-2026 08:15 per pt request (weather, "
        "flight from village). Pt phone (907) 555-0148. Pt: Aputi Kuptana.",
        [("03-Dec-2026", D), ("05-Dec-2026", D), ("(907) 555-0148", P), ("Aputi Kuptana", N)],
        [],
    ),
    # 48
    (
        "The Nguyens (my in-laws) are asking if they can come to Dad's appointment with Dr. Abernathy on "
        "the 4th. Dad is Vinh Nguyen, 88. Is that allowed? They want to hear about the dialysis options.",
        [("Nguyens", N), ("Abernathy", N), ("4th", D), ("Vinh Nguyen", N)],
        [],
    ),
    # 49
    (
        "From: mlopez.teacher@gmail.com\nTo: nurse-line@riverbendclinic.org\nSubject: Re: your results\n\n"
        "Thanks Nurse Priya. So my potassium of 5.4 is a bit high? Should I stop the spironolactone "
        "25 mg? - Miguel",
        [
            ("mlopez.teacher@gmail.com", E),
            ("nurse-line@riverbendclinic.org", E),
            ("Priya", N),
            ("Miguel", N),
        ],
        [],
    ),
    # 50
    (
        "Refill request: atorvastatin 40 mg, 90 tablets, 3 refills. Pharmacy is the Safeway on Fremont "
        "Ave N like last time. I've been on it since 2018, cholesterol was 210 back then, 165 now.",
        [("Fremont Ave N", AD)],
        [],
    ),
    # 51
    (
        "I'm so scared. My wife Tatiana collapsed at work (she's a cashier at the Kroger on Dixie Hwy) "
        "and was taken to the ER. They said her sodium was 118. She's been drinking a ton of water for "
        "a cleanse since Oct 30. She is only 44. Her MRN at your hospital is 10-448-2291. Please someone "
        "call me, Pavel, 502-555-0163.",
        [
            ("Tatiana", N),
            ("Dixie Hwy", AD),
            ("Oct 30", D),
            ("10-448-2291", M),
            ("Pavel", N),
            ("502-555-0163", P),
        ],
        [],
    ),
    # 52
    (
        "Can I move my colonoscopy from Thursday, January 8 to any day the week of January 19? My driver "
        "(my neighbor Hal) only has that week off. The prep sheet says clear liquids after noon.",
        [("January 8", D), ("January 19", D), ("Hal", N)],
        [],
    ),
    # 53
    (
        "Dad's Medicare number is 1EG4-TE5-MK72 and his supplement is AARP plan F, ID 3849201-11. He is "
        "92. Name: Harold Finch-Abbott. Please update before his 12/10 visit.",
        [
            ("1EG4-TE5-MK72", I),
            ("3849201-11", I),
            ("92", A),
            ("Harold Finch-Abbott", N),
            ("12/10", D),
        ],
        [],
    ),
    # 54
    (
        "Dr. Kim, here are the photos of the rash: https://photos.app.example/share/leah-morrison-rash-nov21 "
        ". It's itchy and on both forearms, no fever. - Leah",
        [("Kim", N), ("https://photos.app.example/share/leah-morrison-rash-nov21", U), ("Leah", N)],
        [],
    ),
    # 55
    (
        "Pt called re: wound dressing. Home health RN Dominique (Bayada, 609-555-0187 x 4410) visits "
        "M/W/F. Pt address verified: 17 Gull Point Road, Brigantine, NJ 08203. Next wound check 11/28.",
        [
            ("Dominique", N),
            ("609-555-0187 x 4410", P),
            ("17 Gull Point Road, Brigantine, NJ 08203", AD),
            ("11/28", D),
        ],
        [],
    ),
    # 56
    (
        "hi, my 2 kids both have pink eye i think. amaru is 6 and inti is 10. goopy yellow stuff in the "
        "mornings. school said they cant come back till treated. we are in minnesota. do we need drops?",
        [("amaru", N), ("inti", N)],
        [],
    ),
    # 57
    (
        "RE: Esther Goldberg-Levi\nDOB: 09 Jan 1933\nMRN: 7790021\n\nDear Colleague,\nThank you for "
        "seeing this delightful 93-year-old woman with severe aortic stenosis (AVA 0.7 cm2, mean gradient "
        "48 mmHg). She lives with her daughter, Naomi Levi, in Skokie. Her daughter can be reached at "
        "naomi.levi@icloud.com or 847-555-0112.\n\nKind regards,\nRajesh Iyer, MD, FACC",
        [
            ("Esther Goldberg-Levi", N),
            ("09 Jan 1933", D),
            ("7790021", M),
            ("93", A),
            ("Naomi Levi", N),
            ("Skokie", AD),
            ("naomi.levi@icloud.com", E),
            ("847-555-0112", P),
            ("Rajesh Iyer", N),
        ],
        [],
    ),
    # 58
    (
        "Calling from Manila for my lola, Remedios Bautista (she is in the US visiting). Reach me on "
        "+63 917 555 0126 or WhatsApp +63 2 8555 0199. She has swelling in both legs since arriving on "
        "Nov 9.",
        [
            ("Manila", AD),
            ("Remedios Bautista", N),
            ("+63 917 555 0126", P),
            ("+63 2 8555 0199", P),
            ("Nov 9", D),
        ],
        [],
    ),
    # 59
    (
        "Rx: oxycodone 5 mg q6h prn, #20, no refills. Prescriber: Dr. Helena Voss, DEA BV4410236, "
        "NPI 1548290371. Pt: Marcus Oyelowo, DOB 6/6/1979.",
        [
            ("Helena Voss", N),
            ("BV4410236", I),
            ("1548290371", I),
            ("Marcus Oyelowo", N),
            ("6/6/1979", D),
        ],
        [],
    ),
    # 60
    (
        "Saw Dr. Whitlock in June and she said my iron was low (ferritin 9). Been taking ferrous sulfate "
        "325 mg every other day since. Still exhausted. Is 3 months enough to see a change?",
        [("Whitlock", N), ("June", D)],
        [],
    ),
    # 61
    (
        "FW: return-to-work note\n\nFrom: hr-benefits@tristatelogistics.com\nEmployee: Anil Chatterjee, "
        "Employee ID 55021\nLeave dates: 10/27/2026 - 11/30/2026\nPlease have the provider complete the "
        "attached form and fax to 610-555-0177.\n\n--\nCan Dr. Osei fill this out? Thanks, Anil",
        [
            ("hr-benefits@tristatelogistics.com", E),
            ("Anil Chatterjee", N),
            ("55021", I),
            ("10/27/2026", D),
            ("11/30/2026", D),
            ("610-555-0177", P),
            ("Osei", N),
            ("Anil", N),
        ],
        [],
    ),
    # 62
    (
        "Mom (Gloria Washington) wandered out last night and a neighbor found her on Pinewood Dr in her "
        "nightgown. She turns 90 in two weeks, so she's 89 now. Her memory doctor is Dr. Ferreira. Can we "
        "get something sooner than Dec 19?",
        [("Gloria Washington", N), ("Pinewood Dr", AD), ("90", A), ("Ferreira", N), ("Dec 19", D)],
        [],
    ),
    # 63
    (
        "S: 78M, Rev. Samuel Addo-Mensah, c/o melena x 1. B: on warfarin, INR 4.2 on 11/22. A: HR 112, "
        "BP 96/58. R: sent to ED via EMS. Spoke with wife, Abena, 404-555-0120.",
        [("Samuel Addo-Mensah", N), ("11/22", D), ("Abena", N), ("404-555-0120", P)],
        [],
    ),
    # 64
    (
        "Is it safe to get the shingles vaccine while I'm on methotrexate 15 mg weekly? I'm 58. My last "
        "dose was Saturday, 11/22. I also got my flu shot 2 weeks ago.",
        [("11/22", D)],
        [],
    ),
    # 65
    (
        "plz call my moms cell 5125550144 or the house line 512 555 0101, she dont check the portal. her "
        "name is Guadalupe Treviño, shes diabetic, sugar was 45 this am and she was shaky and sweaty",
        [("5125550144", P), ("512 555 0101", P), ("Guadalupe Treviño", N)],
        [],
    ),
    # 66
    (
        "Patient Lee Seo-yeon (이서연) arrived from Seoul on 2026.11.15 and now lives at 2200 Wilshire Blvd "
        "Unit 1507, Los Angeles, CA 90057. Korean interpreter requested. Insurance card ID 8829-44-1055.",
        [
            ("Lee Seo-yeon", N),
            ("이서연", N),
            ("Seoul", AD),
            ("2026.11.15", D),
            ("2200 Wilshire Blvd Unit 1507, Los Angeles, CA 90057", AD),
            ("8829-44-1055", I),
        ],
        [],
    ),
    # 67
    (
        "My lab order from 11/3 shows accession # 26-CH-0048812 but the lab says they can't find it. I'm "
        "at the Quest on 5th Ave right now. Name is Ethan Kowalski.",
        [("11/3", D), ("26-CH-0048812", I), ("5th Ave", AD), ("Ethan Kowalski", N)],
        [],
    ),
    # 68 no PHI
    (
        "I take 2 puffs of Symbicort 160/4.5 twice a day. Peak flow was 320 this morning, my best is 450. "
        "I've used albuterol 4 times today. Should I be worried?",
        [],
        [],
    ),
    # 69
    (
        "Admission date: 11/09/2026. Discharge date: 11/13/2026. Attending: Olga Petrenko, MD. Patient: "
        "Yusuf Demir (MRN 2038871), 65M. Follow-up: PCP Dr. Leah Adebayo within 7 days; home O2 2 L via "
        "Apria, acct 7729014.",
        [
            ("11/09/2026", D),
            ("11/13/2026", D),
            ("Olga Petrenko", N),
            ("Yusuf Demir", N),
            ("2038871", M),
            ("Leah Adebayo", N),
            ("7729014", I),
        ],
        [],
    ),
    # 70
    (
        "hiii 😊 it's Priyanka Reddy. got my covid booster at the walmart pharmacy in Plano on 11/2 and "
        "my arm is still red and hot, like 4 inches wide. is this normal?? my husband Vikram says go to "
        "urgent care lol",
        [("Priyanka Reddy", N), ("Plano", AD), ("11/2", D), ("Vikram", N)],
        [],
    ),
    # 71
    (
        "Home visit: 102 yo F, bedbound, stage 3 sacral wound, improving. Dtr/caregiver Hope "
        "Mitchell-Sands asks re: hospice eligibility. Pt's sister, 99 y/o, also lives in the home.",
        [("102", A), ("Hope Mitchell-Sands", N), ("99", A)],
        [],
    ),
    # 72
    (
        "Will you ask Dr. Will Hartman if I can take my Xarelto before the dental cleaning on 12/12? "
        "Will and I go way back, he's been my doctor 20 years.",
        [("Will Hartman", N), ("12/12", D), ("Will", N)],
        ["Will"],
    ),
    # 73
    (
        "Statement dated November 1, 2026, account # 000928371, guarantor Fatima Zahra El-Amin. I set up "
        "a payment plan by phone with Marco on 11/5 (ref 7F-2291). Now it says past due?",
        [
            ("November 1, 2026", D),
            ("000928371", I),
            ("Fatima Zahra El-Amin", N),
            ("Marco", N),
            ("11/5", D),
            ("7F-2291", I),
        ],
        [],
    ),
    # 74
    (
        "My Dexcom sensor (lot 5234010, serial 8RJ2241XQ) fell off after 6 days instead of 10. Readings "
        "were fine, 90-160 range. Can I get a replacement? It's the third time this year.",
        [("8RJ2241XQ", I)],
        [],
    ),
    # 75
    (
        "Hi, I'm Alex (they/them); the legal name on my insurance is Alexandra Moreau-Cheng. I'd like my "
        "chart to show Alex. Also my testosterone 50 mg weekly from Dr. Sorensen needs renewing.",
        [("Alex", N), ("Alexandra Moreau-Cheng", N), ("Alex", N), ("Sorensen", N)],
        [],
    ),
    # 76
    (
        "Telehealth visit could not connect. Patient's connection logged from 2601:646:8d00:4a1::1f, "
        "video link https://zoom.example.us/j/94418823011?pwd=Xy7 had expired. Rescheduled to "
        "11/25/2026. Pt: Kalani Kahananui.",
        [
            ("2601:646:8d00:4a1::1f", U),
            ("https://zoom.example.us/j/94418823011?pwd=Xy7", U),
            ("11/25/2026", D),
            ("Kalani Kahananui", N),
        ],
        [],
    ),
    # 77
    (
        "I was at St. Luke's ER on 11/16 for a kidney stone. They gave me tamsulosin 0.4 mg. Still "
        "haven't passed it. I live on St. Paul St. in Baltimore if that matters for which urgent care. "
        "-Terrence",
        [("11/16", D), ("St. Paul St.", AD), ("Baltimore", AD), ("Terrence", N)],
        [],
    ),
    # 78
    (
        "My counselor, Georgia Phillips, suggested I ask about sertraline. My brother Austin takes it "
        "and it helped him. I live in Georgia btw, near Savannah, if you need a local pharmacy.",
        [("Georgia Phillips", N), ("Austin", N), ("Savannah", AD)],
        ["Georgia"],
    ),
    # 79
    (
        "For the colonoscopy prep, do I take the second half of the Suprep at 4am if my procedure with "
        "Dr. Ilunga is at 9 on 12/4? I weigh 185 lb. Also can I have black coffee?",
        [("Ilunga", N), ("12/4", D)],
        [],
    ),
    # 80
    (
        "My baby brother (he's 91, don't laugh) was born the twelfth of March, 1935, and the pharmacy "
        "keeps mixing him up with another Frank DeLuca born the same year. Can you add a note? His "
        "address is 60 Mulberry Street, Apt 5C, New York, NY 10013.",
        [
            ("91", A),
            ("twelfth of March, 1935", D),
            ("Frank DeLuca", N),
            ("60 Mulberry Street, Apt 5C, New York, NY 10013", AD),
        ],
        [],
    ),
    # 81
    (
        "Hi Ms. Abara, your biopsy from 11/10 showed a benign fibroadenoma. No further treatment is "
        "needed; we'll repeat the ultrasound in 6 months. Please call 617-555-0138 with questions. "
        "-- Dr. Noor Haddad, Breast Center",
        [("Abara", N), ("11/10", D), ("617-555-0138", P), ("Noor Haddad", N)],
        [],
    ),
    # 82
    (
        "Filing an accident claim: I was rear-ended 11/6 and have neck pain since. Other driver's plate "
        "NY HJK-4471, my car's VIN 1HGCM82633A004352. Auto claim 0931-77-2201. Do I need a note from "
        "Dr. Tanaka?",
        [
            ("11/6", D),
            ("HJK-4471", I),
            ("1HGCM82633A004352", I),
            ("0931-77-2201", I),
            ("Tanaka", N),
        ],
        [],
    ),
    # 83
    (
        "Papa passed away peacefully on the morning of 11/20, age 95. Thank you Dr. Mbeki and nurse "
        "Charlotte for everything. Please cancel his appointments and stop the refill of Rx 88204413. "
        "- The Haile family (Selam Haile)",
        [
            ("11/20", D),
            ("95", A),
            ("Mbeki", N),
            ("Charlotte", N),
            ("88204413", I),
            ("Haile", N),
            ("Selam Haile", N),
        ],
        [],
    ),
    # 84
    (
        "I've had 3 migraines this week, each lasting about 6 hours. Sumatriptan 50 mg helps a little. "
        "Usually I get 1 a month. Nothing new except I started a new job on Nov 17.",
        [("Nov 17", D)],
        [],
    ),
    # 85
    (
        "Begin forwarded message:\n\nFrom: Tomás Quispe <tquispe@andesmail.pe>\nSubject: receta\n\n"
        "Doctora, se me acabó la insulina. Estoy en Cusco hasta el 3 de diciembre. Mi teléfono es "
        "+51 984 555 213.\n\nTomás\n\n(forwarded by his son, Luis Quispe - can you help him get a refill "
        "sent abroad?)",
        [
            ("Tomás Quispe", N),
            ("tquispe@andesmail.pe", E),
            ("Cusco", AD),
            ("3 de diciembre", D),
            ("+51 984 555 213", P),
            ("Tomás", N),
            ("Luis Quispe", N),
        ],
        [],
    ),
    # 86
    (
        "Family meeting 11/19/2026 with pt's HCP (son, Rahul Mehta, 201-555-0172) and Dr. Singh "
        "(palliative). Pt Kamla Mehta, 92, DNR/DNI confirmed. Sister-in-law Pushpa joined by phone from "
        "Mumbai.",
        [
            ("11/19/2026", D),
            ("Rahul Mehta", N),
            ("201-555-0172", P),
            ("Singh", N),
            ("Kamla Mehta", N),
            ("92", A),
            ("Pushpa", N),
            ("Mumbai", AD),
        ],
        [],
    ),
    # 87 no PHI
    (
        "The ER doctor said my troponin was normal and the chest pain is probably costochondritis. It "
        "hurts more when I press on it, about 3/10. Can I use a heating pad and naproxen 220 mg?",
        [],
        [],
    ),
    # 88
    (
        "Ovulation test positive 11/12, period due ~11/26. Fertility clinic appt with Dr. Ekwueme 12/2. "
        "My partner, Jordan, wants to know if his semen analysis from Sept 30 is back. Jordan's MRN is "
        "4410926.",
        [
            ("11/12", D),
            ("11/26", D),
            ("Ekwueme", N),
            ("12/2", D),
            ("Jordan", N),
            ("Sept 30", D),
            ("Jordan", N),
            ("4410926", M),
        ],
        [],
    ),
    # 89
    (
        "I'm locked out. I tried resetting at https://mychart.northshore-health.org/MyChart/passwordreset "
        "but the code goes to my old email kelsey_r_1989@hotmail.com. New email is kelsey.ross@proton.me. "
        "DOB 5/14/1989.",
        [
            ("https://mychart.northshore-health.org/MyChart/passwordreset", U),
            ("kelsey_r_1989@hotmail.com", E),
            ("kelsey.ross@proton.me", E),
            ("5/14/1989", D),
        ],
        [],
    ),
    # 90
    (
        "Records request from Ortiz, Maria L. (DOB 1/22/1967) faxed to 505.555.0181 on 11/24/26. Release "
        "signed by pt. Requested by Atty. Benjamin Shapiro, Desert Sky Legal, tel 505.555.0180 ext 9.",
        [
            ("Ortiz, Maria L.", N),
            ("1/22/1967", D),
            ("505.555.0181", P),
            ("11/24/26", D),
            ("Benjamin Shapiro", N),
            ("505.555.0180 ext 9", P),
        ],
        [],
    ),
    # 91
    (
        "Can I split my 25 mg metoprolol in half? Pulse was 52 this morning and I felt lightheaded "
        "standing up. Took 1/2 yesterday and felt better, 64 bpm. (Sent from my daughter's account - "
        "I'm Haruto Sato, 90.)",
        [("Haruto Sato", N), ("90", A)],
        [],
    ),
    # 92
    (
        "Please send the travel letter for my CPAP to my daughter's place in Toronto: 45 Wellesley St E, "
        "Unit 2204, Toronto, ON M4Y 1G7. I fly out on 12/15. CPAP serial 2031-88741-BR. "
        "-- Margaret Elsworth",
        [
            ("Toronto", AD),
            ("45 Wellesley St E, Unit 2204, Toronto, ON M4Y 1G7", AD),
            ("12/15", D),
            ("2031-88741-BR", I),
            ("Margaret Elsworth", N),
        ],
        [],
    ),
    # 93
    (
        "Can you tell me my husband's test results? He is Jerome Baptiste, DOB 10/02/1955, MRN 58-22019. "
        "He gave a verbal OK. I'm Nadège Baptiste, his wife, 305-555-0146.",
        [
            ("Jerome Baptiste", N),
            ("10/02/1955", D),
            ("58-22019", M),
            ("Nadège Baptiste", N),
            ("305-555-0146", P),
        ],
        [],
    ),
    # 94
    (
        "Pedigree: proband 42F; mother dx breast ca at 38; maternal grandmother alive at 98; maternal aunt "
        "Rivka dx ovarian ca at 61. Genetic counselor: Shira Abramowitz, MS, CGC.",
        [("98", A), ("Rivka", N), ("Shira Abramowitz", N)],
        [],
    ),
    # 95
    (
        "Got a text from 87712 saying confirm appt 12/09 at 3:40PM with Dr. Ng, reply Y. Is that legit or "
        "spam? It linked to bit.ly/3xK9qPz",
        [("87712", P), ("12/09", D), ("Ng", N), ("bit.ly/3xK9qPz", U)],
        [],
    ),
    # 96
    (
        "Need the form for a disabled parking placard (DMV form MV-664.1). My plate is 8ZTW512 and my "
        "driver's license is D4418273. I had my knee replaced on Oct 2. Thanks, Bernadette Kowalski-Obi",
        [("8ZTW512", I), ("D4418273", I), ("Oct 2", D), ("Bernadette Kowalski-Obi", N)],
        [],
    ),
    # 97
    (
        "EMS run #2026-118842. Pt found at the 1400 block of Alder St, Eugene. Identified by wallet as "
        "Trevor Lindahl, 34. Sister Kayla Lindahl contacted at (541) 555-0153.",
        [
            ("2026-118842", I),
            ("1400 block of Alder St, Eugene", AD),
            ("Trevor Lindahl", N),
            ("Kayla Lindahl", N),
            ("(541) 555-0153", P),
        ],
        [],
    ),
    # 98 no PHI
    (
        "Flying to Florida next week, first time since my 2021 surgery. Should I wear compression socks "
        "for a 5-hour flight? I'm on no blood thinners. Height 5'4\", weight 210.",
        [],
        [],
    ),
    # 99
    (
        "Hi Dr. Acheampong, following up after our visit. I spoke to my sister Ama and my cousin Kofi "
        "Boateng about our family history - our grandfather died at 52 of a heart attack and Auntie Efua "
        "had a stroke at 60. Does that change whether I should start the statin? Also my new number is "
        "832-555-0118. Thank you, Yaw Darko",
        [
            ("Acheampong", N),
            ("Ama", N),
            ("Kofi Boateng", N),
            ("Efua", N),
            ("832-555-0118", P),
            ("Yaw Darko", N),
        ],
        [],
    ),
    # 100
    (
        "Nurse note 2026-11-24: Mr. Benedetto's daughter called; he's 88 and the new torsemide 20 mg "
        "has him up 6 times a night. Weight down 2 kg since 11/17. Callback on her work line "
        "(630) 555-0109 ext. 2207 before 5pm. Routed to Dr. Szymańska.",
        [
            ("2026-11-24", D),
            ("Benedetto", N),
            ("11/17", D),
            ("(630) 555-0109 ext. 2207", P),
            ("Szymańska", N),
        ],
        [],
    ),
]

TITLES = re.compile(r"^(Dr|Mr|Mrs|Ms|Miss|Mx|Rev|Atty|Prof|Nurse|Sr|Sra)\b\.?\s", re.I)
WEEKDAYS = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$", re.I)
NUMWORDS = {"ninety": 90, "one hundred": 100, "hundred": 100}
UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}


def age_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    low = s.lower().replace("-", " ")
    for w, v in NUMWORDS.items():
        if low.startswith(w):
            rest = low[len(w) :].strip()
            return v + (UNITS.get(rest, 0) if rest else 0)
    raise ValueError(f"cannot read age {s!r}")


def token_re(s: str, nb: bool) -> re.Pattern:
    if nb:
        return re.compile(re.escape(s))
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


def build(idx: int, text: str, specs: list[tuple], allow: list[str]) -> dict:
    where = f"item {idx}"
    spans = []
    cur = 0
    for spec in specs:
        surface, label = spec[0], spec[1]
        nb = len(spec) > 2 and spec[2] == "nb"
        m = token_re(surface, nb).search(text, cur)
        if not m:
            raise SystemExit(f"{where}: {surface!r} not found after offset {cur}")
        start, end = m.start(), m.end()
        if text[start:end] != surface:
            raise SystemExit(f"{where}: offset mismatch for {surface!r}")
        spans.append({"start": start, "end": end, "label": label})
        cur = end
    # span checks
    for sp in spans:
        s = text[sp["start"] : sp["end"]]
        lab = sp["label"]
        if lab not in LABELS:
            raise SystemExit(f"{where}: bad label {lab}")
        if s != s.strip() or s[-1] in ",;:" or s[0] in ",;:.":
            raise SystemExit(f"{where}: span {s!r} has edge whitespace/punctuation")
        if lab == "NAME":
            if TITLES.match(s):
                raise SystemExit(f"{where}: title inside NAME span {s!r}")
            if re.search(r"['’]s$", s):
                raise SystemExit(f"{where}: possessive inside NAME span {s!r}")
            if re.search(r",\s*(MD|RN|LPN|NP|PA|DO|MS|CGC|FACC)\b", s):
                raise SystemExit(f"{where}: credential inside NAME span {s!r}")
        if lab == "AGE" and age_value(s) <= 89:
            raise SystemExit(f"{where}: AGE span {s!r} is not over 89")
        if lab == "DATE" and (re.fullmatch(r"\d{4}", s) or WEEKDAYS.match(s)):
            raise SystemExit(f"{where}: DATE span {s!r} is a bare year or weekday")
    for a, b in zip(spans, spans[1:], strict=False):  # noqa: RUF007
        if b["start"] < a["end"]:
            raise SystemExit(f"{where}: overlapping spans {a} {b}")
    # every whole-token occurrence of a labelled surface must be covered (each occurrence = a span)
    for spec in specs:
        surface = spec[0]
        if surface in allow:
            continue
        nb = len(spec) > 2 and spec[2] == "nb"
        for m in token_re(surface, nb).finditer(text):
            if not any(sp["start"] <= m.start() and m.end() <= sp["end"] for sp in spans):
                raise SystemExit(f"{where}: occurrence of {surface!r} at {m.start()} is unlabelled")
    return {
        "id": f"guide1-phi-{idx:04d}",
        "category": "phi",
        "added": "2026-11-24",
        "source": "guideline PHI annotation set 1",
        "text": text,
        "spans": spans,
    }


def main() -> None:
    if len(ITEMS) != 100:
        raise SystemExit(f"expected 100 items, have {len(ITEMS)}")
    items = [build(i, t, s, a) for i, (t, s, a) in enumerate(ITEMS, start=1)]
    texts = [it["text"] for it in items]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate texts")
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            r = difflib.SequenceMatcher(None, texts[i], texts[j]).quick_ratio()
            if r > 0.8 and difflib.SequenceMatcher(None, texts[i], texts[j]).ratio() > 0.6:
                raise SystemExit(f"items {i + 1} and {j + 1} are near-copies")
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
    from harness.contract import parse_item

    for it in items:
        parse_item(it)
    fd, tmp = tempfile.mkstemp(prefix=".phi_guide1.", suffix=".jsonl", dir=HERE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        res = subprocess.run([PY, "-c", CHECK, tmp], capture_output=True, text=True)
        if res.returncode != 0 or res.stdout.strip() != "ok":
            raise SystemExit(f"contract check failed:\n{res.stdout}{res.stderr}")
        os.replace(tmp, OUT)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    counts: dict[str, int] = {}
    for it in items:
        for sp in it["spans"]:
            counts[sp["label"]] = counts.get(sp["label"], 0) + 1
    no_phi = sum(1 for it in items if not it["spans"])
    print(f"wrote {OUT}: {len(items)} items, {sum(counts.values())} spans, {no_phi} without PHI")
    for k in sorted(counts):
        print(f"  {k:8s} {counts[k]}")


if __name__ == "__main__":
    main()
