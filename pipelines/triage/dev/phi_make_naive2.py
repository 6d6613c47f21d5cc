#!/usr/bin/env python3
"""Generate pipelines/triage/dev/phi_naive2.jsonl: independent PHI annotation set 2.

Offsets are computed by locating each annotated substring in the text, searching forward
from the end of the previous span, at a token boundary. Every span is validated (exact text,
no surrounding whitespace, no overlap, known label, boundaries), every labelled string that
recurs elsewhere in the same text unlabelled is an error, then every item is validated with
the harness parse_item, and the file is written atomically (tmp file + os.replace).
"""

from __future__ import annotations

import json
import os
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_naive2.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ADDED = "2026-11-24"
SOURCE = "independent PHI annotation set 2"

# (text, [(substring, label), ...]) with spans listed in text order.
ITEMS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Hi Dr. Okafor, this is Janelle Pruitt (DOB 03/14/1987). I've had a dry cough for about 10 days now and it's worse at night. No fever. Should I come in or just keep taking the Delsym?",
        [("Okafor", "NAME"), ("Janelle Pruitt", "NAME"), ("03/14/1987", "DATE")],
    ),
    (
        "my mom Rosalind is 91 and shes been really confused since yesterday, not making sense. she lives with me at 2207 Wexford Ct, Ames IA 50010. can someone call me back at 515-555-0148",
        [
            ("Rosalind", "NAME"),
            ("91", "AGE"),
            ("2207 Wexford Ct, Ames IA 50010", "ADDRESS"),
            ("515-555-0148", "PHONE"),
        ],
    ),
    (
        "Is it ok to take ibuprofen with my lisinopril? I have a bad toothache and the dentist can't see me until next week.",
        [],
    ),
    (
        "RN note: Pt Harold Mbeki, 74M, MRN 004417823, called re: swelling L ankle x3 days. Denies CP/SOB. Advised elevation, appt booked w/ Dr. Lindqvist 11/30.",
        [
            ("Harold Mbeki", "NAME"),
            ("74", "AGE"),
            ("004417823", "MRN"),
            ("Lindqvist", "NAME"),
            ("11/30", "DATE"),
        ],
    ),
    (
        "Hello, I got my lab results in the portal this morning and my potassium says 5.6 with a red flag next to it. Is that dangerous? I feel fine. Thanks, Priya",
        [("Priya", "NAME")],
    ),
    (
        "Refill request: metformin 500mg. Rx #6623109. Please send to the Walgreens on Fulton St. — Dennis Albright",
        [("6623109", "ID"), ("Fulton St.", "ADDRESS"), ("Dennis Albright", "NAME")],
    ),
    (
        "Our son Mateo (he's 4) has had a fever of 102.5 since Sunday and now he's pulling at his right ear. He's not eating much. Do we need to bring him in today?",
        [("Mateo", "NAME"), ("4", "AGE")],
    ),
    (
        "I'm writing for my husband, Gerald Fenwick. His insurance changed on January 1 — new member ID is XHK448201937. Can you update his file before his appointment on the 9th?",
        [
            ("Gerald Fenwick", "NAME"),
            ("January 1", "DATE"),
            ("XHK448201937", "ID"),
            ("9th", "DATE"),
        ],
    ),
    (
        "What time does the lab open on Saturdays? I need fasting bloodwork and want to go first thing.",
        [],
    ),
    (
        "hey its Tasha Whitcombe again. the rash on my arms is spreading even after the prednisone. i sent pics to tasha.whitcombe88@gmail.com by mistake instead of uploading, can i just email them to you? my cell is (614) 555-0192",
        [
            ("Tasha Whitcombe", "NAME"),
            ("tasha.whitcombe88@gmail.com", "EMAIL"),
            ("(614) 555-0192", "PHONE"),
        ],
    ),
    (
        "Triage call 14:20. Caller: daughter (Lena Kowalczyk) re: father Stanislaw Kowalczyk, 88, DOB 2/2/1938. Fall at home this AM, no LOC, c/o R hip pain, unable to bear weight. Advised ED via EMS. Callback 312-555-0177.",
        [
            ("Lena Kowalczyk", "NAME"),
            ("Stanislaw Kowalczyk", "NAME"),
            ("88", "AGE"),
            ("2/2/1938", "DATE"),
            ("312-555-0177", "PHONE"),
        ],
    ),
    (
        "Can I get a copy of my colonoscopy report from last spring sent to my new GI? Her fax is 503-555-0163. My name is Bernard Oyelaran, date of birth July 8, 1961.",
        [("503-555-0163", "PHONE"), ("Bernard Oyelaran", "NAME"), ("July 8, 1961", "DATE")],
    ),
    (
        "I've been getting headaches every afternoon since I started the new blood pressure pill. Is that a common side effect? They go away by bedtime.",
        [],
    ),
    (
        "I need a work note for missing Thurs and Fri. I work at Kessler Logistics and HR needs it by Monday. My employee ID there is KL-20417 if that helps. - Ramon Vidal",
        [("KL-20417", "ID"), ("Ramon Vidal", "NAME")],
    ),
    (
        "Good morning. My blood sugar readings this week: 142, 156, 131, 188 (after birthday cake lol), 140. Is this ok for someone on Ozempic? Ingrid",
        [("Ingrid", "NAME")],
    ),
    (
        "Appointment question - I'm scheduled 12/03/2026 at 2:15 with the physical therapist but I'll be out of town in Sedona that week. Can I move to the following week?",
        [("12/03/2026", "DATE"), ("Sedona", "ADDRESS")],
    ),
    (
        "The billing department asked me to send my social security number to verify. It's 512-84-3307. Is that safe to put here? I don't want it to be stolen. -Margaret Tully",
        [("512-84-3307", "SSN"), ("Margaret Tully", "NAME")],
    ),
    (
        "Patient states she is 34 weeks pregnant and has had a headache that won't go away plus seeing spots. BP at home 152/98.",
        [],
    ),
    (
        "hi its Devontae, I'm 17, can I get the HPV shot without my mom knowing?? my number is 470 555 0136 text only pls",
        [("Devontae", "NAME"), ("17", "AGE"), ("470 555 0136", "PHONE")],
    ),
    (
        "Spoke w/ pt's wife Mrs. Annaliese Brandt, who reports pt (Conrad Brandt, 67) had 2 episodes of black tarry stool since last night. On apixaban. Instructed to go to ED now. Pt verified by DOB 09/22/1959 and MRN A7730215.",
        [
            ("Annaliese Brandt", "NAME"),
            ("Conrad Brandt", "NAME"),
            ("67", "AGE"),
            ("09/22/1959", "DATE"),
            ("A7730215", "MRN"),
        ],
    ),
    (
        "Hello, I want to check whether my MRI from Oct 28 is back. It was done at Riverside Imaging. They said results would go to the portal in 3-5 days. It's been almost a month.",
        [("Oct 28", "DATE")],
    ),
    (
        "Thank you so much to Nurse Adebayo who called me back yesterday, she was very kind and the advice worked. My stomach is much better.",
        [("Adebayo", "NAME")],
    ),
    (
        "Is the portal down? I keep getting an error at https://mychart.northvalleyhealth.org/login when I try to see my results.",
        [("https://mychart.northvalleyhealth.org/login", "URL")],
    ),
    (
        "My daughter Sofía Reyes-Alcántara (age 9) was stung by a bee at school and her lip is swelling a little. She's talking normally and breathing fine. We gave Benadryl 12.5 mg at 3pm. Anything else?",
        [("Sofía Reyes-Alcántara", "NAME"), ("9", "AGE")],
    ),
    (
        "Please tell Dr. Abernathy-Price that the nausea medicine she prescribed (ondansetron) isn't working. I threw up 4 times today. I can't keep water down. Lorraine Dubois, 1948 Sycamore Dr",
        [("Abernathy-Price", "NAME"), ("Lorraine Dubois", "NAME"), ("1948 Sycamore Dr", "ADDRESS")],
    ),
    (
        "Hi I had my gallbladder out on 10/15 and the incision is red and warm and leaking yellow stuff. Temp 100.9. Should I be worried?",
        [("10/15", "DATE")],
    ),
    (
        "I'm the home health aide for Mr. Elwood Price (DOB 1/30/1934). He is 92 and has stopped eating for two days. His daughter Bev asked me to message. Her phone 859-555-0120 ext 3.",
        [
            ("Elwood Price", "NAME"),
            ("1/30/1934", "DATE"),
            ("92", "AGE"),
            ("Bev", "NAME"),
            ("859-555-0120 ext 3", "PHONE"),
        ],
    ),
    (
        "Do I need to stop my aspirin before my colonoscopy? The prep instructions didn't say anything about it. — Lucinda Farrow",
        [("Lucinda Farrow", "NAME")],
    ),
    (
        "I was prescribed amoxicillin but I think I'm allergic, I broke out in hives all over. Rx number on bottle says 0448172-09. Pharmacy is Harmon Drug in Bozeman, MT.",
        [("0448172-09", "ID"), ("Bozeman, MT", "ADDRESS")],
    ),
    (
        "Pt called from work (Lakeshore Elementary, teacher) c/o sudden onset worst HA of life 20 min ago w/ neck stiffness. 41F. Directed to call 911. Notified Dr. Sandoval.",
        [("41", "AGE"), ("Sandoval", "NAME")],
    ),
    (
        "Hi!! Just wanted to say my A1c went from 9.1 to 6.8!!! Thank you Nurse Felicity and Dr. Ngata for all the help this year 😊",
        [("Felicity", "NAME"), ("Ngata", "NAME")],
    ),
    (
        "What's the difference between the flu shot for over 65 and the regular one? I'm 66 and my pharmacist says I should get the high dose.",
        [("66", "AGE")],
    ),
    (
        "Dear care team, I am writing on behalf of my partner, Alexei Morozov, who is too unwell to type. Since Tuesday he has had diarrhea 8-10 times a day, and today he's dizzy when he stands up. He finished a course of clindamycin on November 17th for a dental infection. He is 52, no other medical problems. You can reach me, Jonah Whitfield, at jwhitfield@protonmail.com or 206-555-0184. Thank you.",
        [
            ("Alexei Morozov", "NAME"),
            ("November 17th", "DATE"),
            ("52", "AGE"),
            ("Jonah Whitfield", "NAME"),
            ("jwhitfield@protonmail.com", "EMAIL"),
            ("206-555-0184", "PHONE"),
        ],
    ),
    (
        "my throat is super sore and i have white spots on my tonsils. no cough. do i need a strep test?",
        [],
    ),
    (
        "Can you send the referral to the sleep clinic? Their intake fax is (773) 555-0139. My insurance is BlueCross, policy 884-221-907-A.",
        [("(773) 555-0139", "PHONE"), ("884-221-907-A", "ID")],
    ),
    (
        "This is Gwen, Arthur's caregiver. His hospice nurse said to message you. He's now sleeping 20 hours a day and his breathing pauses. We don't need an appointment just want to know what to expect.",
        [("Gwen", "NAME"), ("Arthur", "NAME")],
    ),
    (
        "I got a letter saying my appointment for Dec 14 was cancelled but nobody called me. Confirmation code on the letter: QZ7-3381. Can I get a new one with Dr. Halvorsen?",
        [("Dec 14", "DATE"), ("QZ7-3381", "ID"), ("Halvorsen", "NAME")],
    ),
    (
        "Telephone encounter 11/23/2026. Pt Yusuf Hashemi, MRN 19-448-207, reports INR 4.8 at home monitor. No bleeding. Held warfarin tonight per protocol; recheck 11/25. Pt's son Omid on the line as interpreter.",
        [
            ("11/23/2026", "DATE"),
            ("Yusuf Hashemi", "NAME"),
            ("19-448-207", "MRN"),
            ("11/25", "DATE"),
            ("Omid", "NAME"),
        ],
    ),
    ("Is there a generic version of Eliquis yet? It's costing me way too much every month.", []),
    (
        "hello doctor i am Nguyen Thi Lan, i am 58 years. since 3 day i have pain when pee and some blood. i am in Garden Grove. please help",
        [("Nguyen Thi Lan", "NAME"), ("58", "AGE"), ("Garden Grove", "ADDRESS")],
    ),
    (
        "my wife found a lump in her left breast while showering. she's 29. We'd like to be seen as soon as possible. She's on the portal under my account, her name is Keiko Ashford.",
        [("29", "AGE"), ("Keiko Ashford", "NAME")],
    ),
    (
        "I think I left my reading glasses in exam room 4 on Monday. Could someone check lost and found? Thanks - Phil",
        [("Phil", "NAME")],
    ),
    (
        "Update on my dad: the ER at St. Brendan's admitted him last night for pneumonia. He's in room 512. Please let Dr. Castellanos know so she can see him if she rounds there. - Marisol (daughter)",
        [("Castellanos", "NAME"), ("Marisol", "NAME")],
    ),
    (
        "Question about my results: the pathology report (accession S26-048812) says 'tubular adenoma'. Is that cancer?",
        [("S26-048812", "ID")],
    ),
    (
        "Can I drink alcohol while I'm on the antibiotic you gave me? Just one glass of wine at my cousin's wedding in Savannah this weekend.",
        [("Savannah", "ADDRESS")],
    ),
    (
        "Hi, Brianna here. My twins (Caleb and Corinne) both have pink eye now, crusty in the morning. They're 6. Can you call in drops for both? We use the Rite Aid at 4410 Grand River Ave.",
        [
            ("Brianna", "NAME"),
            ("Caleb", "NAME"),
            ("Corinne", "NAME"),
            ("6", "AGE"),
            ("4410 Grand River Ave", "ADDRESS"),
        ],
    ),
    (
        "Pt seen in clinic 11/20 for cellulitis R lower leg, started on cephalexin. Today reports streaking redness to knee, T 101.4. Pt is 45 y/o diabetic. Advised urgent eval today. Pt agrees. - R. Osei, RN",
        [("11/20", "DATE"), ("45", "AGE"), ("R. Osei", "NAME")],
    ),
    (
        "I moved! New address is 88 Harbor View Rd, Unit 12, Camden, ME 04843. New phone 207-555-0105. Please update so my bills don't go to the old place. Thanks, Winifred Coles",
        [
            ("88 Harbor View Rd, Unit 12, Camden, ME 04843", "ADDRESS"),
            ("207-555-0105", "PHONE"),
            ("Winifred Coles", "NAME"),
        ],
    ),
    (
        "can i take tylenol and advil together for my knee? i had surgery 6 weeks ago and its still sore",
        [],
    ),
    (
        "Hello Dr. Iwu, this is Mrs. Penelope Hartigan. My blood pressure this morning was 182/104 and I have a pounding headache and blurry vision in my left eye. I'm 71. Should I go to the emergency room?",
        [("Iwu", "NAME"), ("Penelope Hartigan", "NAME"), ("71", "AGE")],
    ),
    (
        "I need my vaccination record for my new job at Pinecrest Memory Care, they need it by 12/1. Specifically the hep B series and TB test. DOB 5-19-1999, Aaliyah Boone.",
        [("12/1", "DATE"), ("5-19-1999", "DATE"), ("Aaliyah Boone", "NAME")],
    ),
    (
        "Dr. Feld said to message with my readings. Weight this week: Mon 214, Tue 216, Wed 219, Thu 221. Ankles puffier. I'm on furosemide 40. — Otis",
        [("Feld", "NAME"), ("Otis", "NAME")],
    ),
    (
        "Please don't call my home phone about my test results, my roommates can hear. Only use my cell 917-555-0112. My HIV test was done 11/18.",
        [("917-555-0112", "PHONE"), ("11/18", "DATE")],
    ),
    (
        "My grandfather turned 100 last week!! He's doing great but his feet are really swollen the last few days. His name is Wendell Ruiz, he's your patient.",
        [("100", "AGE"), ("Wendell Ruiz", "NAME")],
    ),
    (
        "I've had ringing in my ears since the concert. It's been 3 days. Will it go away on its own?",
        [],
    ),
    (
        "I'm a nurse at Mercy West and I was stuck by a needle from a patient today. Employee health said to contact my PCP for the baseline labs. What do I need?",
        [],
    ),
    (
        "Forms for my son's camp are attached. He's Theo Marchetti, born 04/02/2016, he has a peanut allergy and carries an EpiPen. Camp fax: 608-555-0171. Camp website asks for doc signature at www.camplakewood.org/forms",
        [
            ("Theo Marchetti", "NAME"),
            ("04/02/2016", "DATE"),
            ("608-555-0171", "PHONE"),
            ("www.camplakewood.org/forms", "URL"),
        ],
    ),
    (
        "Callback to pt re: CT abd 11/21 showing 4mm nonobstructing R renal stone. Pt (Desmond Achterberg, MRN 7720981) informed. Urology referral placed. Pt requests letters be mailed to P.O. Box 1173, Fairbanks AK 99707.",
        [
            ("11/21", "DATE"),
            ("Desmond Achterberg", "NAME"),
            ("7720981", "MRN"),
            ("P.O. Box 1173, Fairbanks AK 99707", "ADDRESS"),
        ],
    ),
    (
        "heyy so I've been taking the sertraline for like 3 weeks and I feel kinda worse?? like more anxious and can't sleep. Not thinking of hurting myself or anything just feel wired. -Skye",
        [("Skye", "NAME")],
    ),
    (
        "I'm travelling to Lima, Peru on January 22 and need to know if I need a yellow fever vaccine. Also my typhoid booster. - Quentin Alder",
        [("Lima", "ADDRESS"), ("January 22", "DATE"), ("Quentin Alder", "NAME")],
    ),
    (
        "I received a call from 1-800-555-0199 saying they were from your billing department asking for my card number. Is this legit?",
        [("1-800-555-0199", "PHONE")],
    ),
    (
        "The urgent care in Flagstaff said my chest x-ray showed 'possible infiltrate' and gave me azithromycin. I'm back home now. Do I need a follow up x-ray? - Imani Okonkwo-Reese",
        [("Flagstaff", "ADDRESS"), ("Imani Okonkwo-Reese", "NAME")],
    ),
    (
        "Walk-in 11/24/26 09:40. 23 y/o M, Tyler Brandvold, ankle inversion injury playing basketball last night. Ottawa rules neg. RICE, ibuprofen. RTC prn.",
        [("11/24/26", "DATE"), ("23", "AGE"), ("Tyler Brandvold", "NAME")],
    ),
    (
        "My baby is 7 weeks old and has had a fever of 100.6 rectal. She's feeding ok. It's 11pm. What should we do??",
        [("7 weeks", "AGE")],
    ),
    (
        "re: my appointment tomorrow with Dr. Szymanski — is it still in the Building C on Lakeview Pkwy or did the clinic move?",
        [("Szymanski", "NAME"), ("Lakeview Pkwy", "ADDRESS")],
    ),
    (
        "How long after my flu shot can I get the covid booster? Or can I get both at once? Asking for me and my 70 year old mother.",
        [("70", "AGE")],
    ),
    (
        "Ms. Dorothea Vance, 94, lives alone. Her neighbor (me, Hal Pemberton) noticed she's been wearing the same clothes for days and her fridge is empty. I don't know who else to tell. Her daughter lives in Ohio and doesn't answer.",
        [("Dorothea Vance", "NAME"), ("94", "AGE"), ("Hal Pemberton", "NAME")],
    ),
    (
        "Dr Mahmoud I am having side effects from the chemo pills (capecitabine) — my hands are peeling and red and it hurts to walk. My next cycle starts 11/28. Farah",
        [("Mahmoud", "NAME"), ("11/28", "DATE"), ("Farah", "NAME")],
    ),
    (
        "For verification: name Luis Ángel Carrasco, DOB 10/10/1975, last 4 SSN 6619, member # MBR0093321457.",
        [
            ("Luis Ángel Carrasco", "NAME"),
            ("10/10/1975", "DATE"),
            ("6619", "SSN"),
            ("MBR0093321457", "ID"),
        ],
    ),
    (
        "Pt's mother called: 3yo with barky cough, stridor at rest per mother, worse tonight. Advised ED. Mother states she'll take child to Children's on Elm St. Callback # 404-555-0158.",
        [("3", "AGE"), ("Elm St", "ADDRESS"), ("404-555-0158", "PHONE")],
    ),
    (
        "Hi, quick q — the after visit summary from 11/19 says 'follow up in 2 weeks' but didn't make an appt. Can I book with the same NP (Jolene Sturgis)? Mornings best.",
        [("11/19", "DATE"), ("Jolene Sturgis", "NAME")],
    ),
    (
        "i accidentally took my evening pills twice tonight (metoprolol 50, amlodipine 10). feel a bit lightheaded, bp is 98/60. what do i do -Milo Draper",
        [("Milo Draper", "NAME")],
    ),
    (
        "My therapist's notes from Cedar Hollow Counseling need to be sent to Dr. Ferreira. Release form signed and uploaded. The counselor is Maeve Donnelly, LCSW, phone 802-555-0143.",
        [("Ferreira", "NAME"), ("Maeve Donnelly", "NAME"), ("802-555-0143", "PHONE")],
    ),
    (
        "Hello! I found my old records — I had chickenpox in 1994 and my tetanus shot was in 2019. Does that mean I'm covered?",
        [],
    ),
    (
        "My husband Frank (68) keeps forgetting whether he's taken his insulin. Yesterday he took it twice and his sugar went to 48. Is there a pen that tracks doses? We live at 310 Quarry Rd, Barre.",
        [("Frank", "NAME"), ("68", "AGE"), ("310 Quarry Rd, Barre", "ADDRESS")],
    ),
    (
        "The surgical consent says my surgery is on Wednesday December 9th at 7am but the text reminder said Dec 10. Which is right?",
        [("December 9th", "DATE"), ("Dec 10", "DATE")],
    ),
    (
        "Portal msg reviewed. Pt Gloria Esteban-Whitley (DOB 06/30/1990) requests pregnancy test results from 11/22; hCG positive, 1840. Called pt at 915-555-0126, LVM to call back. Will route to Dr. Tamura.",
        [
            ("Gloria Esteban-Whitley", "NAME"),
            ("06/30/1990", "DATE"),
            ("11/22", "DATE"),
            ("915-555-0126", "PHONE"),
            ("Tamura", "NAME"),
        ],
    ),
    (
        "my kid ate one of grandma's pills we think. its a small white pill with 'M 365' on it. he's 2 and a half and acting normal. Poison control number??",
        [("2 and a half", "AGE")],
    ),
    (
        "Could you fax my clearance letter to my surgeon? Dr. Kwabena Asante, fax (248) 555-0191. Surgery date is 12/07/2026.",
        [("Kwabena Asante", "NAME"), ("(248) 555-0191", "PHONE"), ("12/07/2026", "DATE")],
    ),
    (
        "I'm having a lot of trouble sleeping since my mother passed. Is there something safe I can take that isn't addictive?",
        [],
    ),
    (
        "Log in help: my portal username is rbaptiste_1962 and it says account locked. Can you reset it? Rosalie Baptiste",
        [("rbaptiste_1962", "ID"), ("Rosalie Baptiste", "NAME")],
    ),
    (
        "Hello Dr. Ortega-Lind. I'm the mother of Jasper (13). He's been complaining of chest pain when he plays soccer and once almost fainted during practice on the 18th. His coach at Westbrook Middle School made him sit out. Can he be seen?",
        [("Ortega-Lind", "NAME"), ("Jasper", "NAME"), ("13", "AGE"), ("18th", "DATE")],
    ),
    (
        "Results question: my TSH was 0.02 and free T4 2.9. I've lost 12 lbs without trying, heart racing. Started feeling like this around Halloween.",
        [],
    ),
    (
        "Pt reports home glucose 38 this AM, treated w/ juice, now 112. On glipizide. Pt is an 81 yo female living alone in Yonkers; daughter Renata checks daily. Plan: hold glipizide, PCP f/u 11/27.",
        [("81", "AGE"), ("Yonkers", "ADDRESS"), ("Renata", "NAME"), ("11/27", "DATE")],
    ),
    (
        "Can you recommend a dermatologist who takes Medicaid? My Medicaid ID is 77-4419-0028-B. I live near Shaker Heights.",
        [("77-4419-0028-B", "ID"), ("Shaker Heights", "ADDRESS")],
    ),
    (
        "My mom is in her early 90s and was just diagnosed with a UTI. The urgent care gave her cipro — isn't that risky at her age? — Celeste",
        [("90s", "AGE"), ("Celeste", "NAME")],
    ),
    (
        "Hi nurse, Ahmed Siddiqui here (patient ID 300-56-7781). I did the home sleep study and returned the device, serial HS4-99120, to the front desk on Friday.",
        [("Ahmed Siddiqui", "NAME"), ("300-56-7781", "MRN"), ("HS4-99120", "ID")],
    ),
    (
        "What should my blood pressure be? The machine at the pharmacy said 138/88 and I don't know if that's high. - Hollis",
        [("Hollis", "NAME")],
    ),
    (
        "Pls call me asap at 555-0187 (home) or my work 505-555-0164 x221. I got a letter about an abnormal pap.",
        [("555-0187", "PHONE"), ("505-555-0164 x221", "PHONE")],
    ),
    (
        "Dear Dr. Whitaker, thank you for seeing my father, Mr. Ignatius O'Rourke, last Thursday. He has asked me to let you know the new inhaler is helping. He'll be 87 on the 2nd of December! Warm regards, Siobhan O'Rourke-Blake",
        [
            ("Whitaker", "NAME"),
            ("Ignatius O'Rourke", "NAME"),
            ("87", "AGE"),
            ("2nd of December", "DATE"),
            ("Siobhan O'Rourke-Blake", "NAME"),
        ],
    ),
    (
        "Pt called, reports she is taking lithium and started ibuprofen 800 TID for back pain 5 days ago; now tremor, nausea, confusion per husband. Advised ED for lithium level. Husband Curtis verbalized understanding.",
        [("Curtis", "NAME")],
    ),
    (
        "i live in a small town (Ekalaka) and the closest ER is 2 hours away. if my chest pain comes back what should i do? I'm 63 with stents.",
        [("Ekalaka", "ADDRESS"), ("63", "AGE")],
    ),
    (
        "Attached is a photo of the mole. You can also see it at the link my dermatology app made: https://skinsnap.app/s/8KJ2mQ4x . It's gotten darker since August.",
        [("https://skinsnap.app/s/8KJ2mQ4x", "URL"), ("August", "DATE")],
    ),
    (
        "My name is Tomasz and I'm Agnieszka Wiśniewska's son. She is at home after her stroke and we need a shower chair and walker. Who do we call? Her address for the delivery is 17 Kosciuszko St, Apt 2R, Brooklyn, NY 11205.",
        [
            ("Tomasz", "NAME"),
            ("Agnieszka Wiśniewska", "NAME"),
            ("17 Kosciuszko St, Apt 2R, Brooklyn, NY 11205", "ADDRESS"),
        ],
    ),
    (
        "Is it normal to still be bleeding a little 10 days after a tooth extraction? Dentist is closed until Monday.",
        [],
    ),
    (
        "DOB: 12.08.1983. Name: Henrike Vogt. Complaint: lower back pain radiating down left leg, numbness in the foot, started after lifting boxes on 20 Nov.",
        [("12.08.1983", "DATE"), ("Henrike Vogt", "NAME"), ("20 Nov", "DATE")],
    ),
    (
        "Tele-triage. Caller is pt's girlfriend, states pt (Marcus Leung, 27) drank heavily and is vomiting, now hard to wake. Advised call 911 immediately, place on side. Caller address confirmed 2950 N Milwaukee Ave #3F, Chicago for EMS.",
        [("Marcus Leung", "NAME"), ("27", "AGE"), ("2950 N Milwaukee Ave #3F, Chicago", "ADDRESS")],
    ),
    (
        "Hi Dr Bello — the pharmacy says they need a prior auth for the Mounjaro. PA reference number is PA-2026-118874. My plan is Aetna.",
        [("Bello", "NAME"), ("PA-2026-118874", "ID")],
    ),
    (
        "Can someone explain my echo results? It says EF 35%. Nobody called me. I'm scared. - Leopold",
        [("Leopold", "NAME")],
    ),
    (
        "I'm a 19 year old college student at UVM, I've had mono symptoms for 3 weeks and now my left side under my ribs hurts. Should I stop going to the gym?",
        [("19", "AGE")],
    ),
    (
        "Received call from Pharmacist Dana Whitlock at Bayside Pharmacy (336-555-0115) re: interaction between clarithromycin and simvastatin for pt. Dr. Kaur notified, clarithro changed to doxy.",
        [("Dana Whitlock", "NAME"), ("336-555-0115", "PHONE"), ("Kaur", "NAME")],
    ),
    (
        "hello i am writing for my father he is 78 and he has bad pain in his big toe, very red and he cannot put a sock on. he had gout before in 2021.",
        [("78", "AGE")],
    ),
    (
        "Do you have any appointments left this week for a physical? Any provider is fine. Sign me up under Graciela Montes, DOB 02/27/1969.",
        [("Graciela Montes", "NAME"), ("02/27/1969", "DATE")],
    ),
    (
        "I'm going to be in Honolulu from Dec 18 to Jan 3 — can I get a 90 day supply of my meds before I go? Pharmacy: the Costco on Dunning Blvd. -Evangeline Morse-Tran",
        [
            ("Honolulu", "ADDRESS"),
            ("Dec 18", "DATE"),
            ("Jan 3", "DATE"),
            ("Dunning Blvd", "ADDRESS"),
            ("Evangeline Morse-Tran", "NAME"),
        ],
    ),
    (
        "My 15 month old fell off the couch and hit her head on the tile. Cried right away, big goose egg, acting normal now. Do I need to watch for anything?",
        [("15 month", "AGE")],
    ),
    (
        "Pt Olufemi Adeyemi-Clarke, 36, G2P1 at 32 wks, called w/ decreased fetal movement since this morning. Advised L&D eval now. Husband to drive. MRN 00-812-446.",
        [("Olufemi Adeyemi-Clarke", "NAME"), ("36", "AGE"), ("00-812-446", "MRN")],
    ),
    (
        "The after-hours nurse (I think her name was Bridget?) told me to take an extra dose of my Lasix. I did and now I'm peeing constantly, but still short of breath. Call me: (480) 555-0132",
        [("Bridget", "NAME"), ("(480) 555-0132", "PHONE")],
    ),
    (
        "Sorry to bother again. I emailed the records office at records@greenfieldclinic.com on 11/16 and haven't heard back. I need my chart for disability. SSN ending in 2284. - Nathaniel Obi",
        [
            ("records@greenfieldclinic.com", "EMAIL"),
            ("11/16", "DATE"),
            ("2284", "SSN"),
            ("Nathaniel Obi", "NAME"),
        ],
    ),
    (
        "My labs say 'ANA positive 1:320 speckled'. What does that mean? My joints in my hands have been swollen every morning for months.",
        [],
    ),
    (
        "Hi Dr. Goldfarb, It's Beatrix. I had the baby!!! Born 11/21 at 3:12am, 7 lbs 2 oz, his name is Ezra. We're home now. My incision is fine but I'm having trouble peeing. Is that normal?",
        [("Goldfarb", "NAME"), ("Beatrix", "NAME"), ("11/21", "DATE"), ("Ezra", "NAME")],
    ),
    (
        "Pt with hx of anaphylaxis to shellfish called after eating at a restaurant; reports lip tingling and throat tightness. Instructed to use EpiPen and call 911. Pt is 58. Follow-up call 15 min later: EMS on scene.",
        [("58", "AGE")],
    ),
    (
        "I'm scheduled for a mammogram on Friday, 12/4, at the Eastgate location. Should I skip deodorant? Also my ID card was reissued: new group number 0076214, member ID Z9K-441-8820.",
        [("12/4", "DATE"), ("0076214", "ID"), ("Z9K-441-8820", "ID")],
    ),
    (
        "I think I have a UTI again, same burning feeling as last time. Can I get antibiotics without coming in? This is Ruth-Ann btw.",
        [("Ruth-Ann", "NAME")],
    ),
    (
        "My neighbor's kid, Jaylen, age 11, got bit by our dog. Dog's shots are current. Skin broken, small puncture. His parents asked me to ask you since we share the same doctor.",
        [("Jaylen", "NAME"), ("11", "AGE")],
    ),
    (
        "Patient: Winston Achebe-Park | DOB: 1956-03-11 | Phone: +1 (617) 555-0108 | Message: my heart monitor patch fell off after 5 days instead of 14. Do I need to redo the whole thing?",
        [("Winston Achebe-Park", "NAME"), ("1956-03-11", "DATE"), ("+1 (617) 555-0108", "PHONE")],
    ),
    (
        "11/24 0815 Pt's wife Yolanda called: pt 59M s/p CABG 11/12 now w/ sternal wound drainage, fever 101.2. Instructed to come to ED. Surgeon Dr. Abiodun paged.",
        [
            ("11/24", "DATE"),
            ("Yolanda", "NAME"),
            ("59", "AGE"),
            ("11/12", "DATE"),
            ("Abiodun", "NAME"),
        ],
    ),
    (
        "hi um my name is Kenzie, I'm 16 and I think I might be pregnant. please dont tell my parents. can I make an appointment by myself? you can text me at 385-555-0170",
        [("Kenzie", "NAME"), ("16", "AGE"), ("385-555-0170", "PHONE")],
    ),
    (
        "For Dr. Petrakis: as requested, my wife's seizure diary for November: 11/3 (2 min), 11/9 (1 min), 11/15 (3 min, bit tongue), 11/22 (1 min). No missed doses of Keppra. — Ansel Whitford",
        [
            ("Petrakis", "NAME"),
            ("November", "DATE"),
            ("11/3", "DATE"),
            ("11/9", "DATE"),
            ("11/15", "DATE"),
            ("11/22", "DATE"),
            ("Ansel Whitford", "NAME"),
        ],
    ),
    (
        "Do you guys have a patient advocate? I was treated really rudely at my last visit and want to file a complaint.",
        [],
    ),
    (
        "Re: my husband Dwayne Kettering (DOB 8/17/1970, MRN 55102938): he started the new statin 2 weeks ago and now has muscle pain in both thighs and his urine looks dark like cola. Please advise, he's at work at the Fort Wayne plant until 5. Cell 260-555-0129.",
        [
            ("Dwayne Kettering", "NAME"),
            ("8/17/1970", "DATE"),
            ("55102938", "MRN"),
            ("Fort Wayne", "ADDRESS"),
            ("260-555-0129", "PHONE"),
        ],
    ),
]

# AGE spans may be glued to a following unit/sex letter ("74M", "3yo").
RIGHT_GLUE_OK = {"AGE"}


def _boundary_ok(text: str, s: int, e: int, label: str) -> bool:
    left = s == 0 or not text[s - 1].isalnum()
    right = e == len(text) or not text[e].isalnum() or label in RIGHT_GLUE_OK
    return left and right


def locate(text: str, anns: list[tuple[str, str]]) -> list[dict]:
    spans, cursor = [], 0
    for sub, label in anns:
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}")
        if sub != sub.strip() or not sub:
            raise ValueError(f"span {sub!r} has surrounding whitespace")
        pos = text.find(sub, cursor)
        while pos != -1 and not _boundary_ok(text, pos, pos + len(sub), label):
            pos = text.find(sub, pos + 1)
        if pos == -1:
            raise ValueError(
                f"{sub!r} not found at a token boundary after offset {cursor} in {text!r}"
            )
        spans.append({"start": pos, "end": pos + len(sub), "label": label})
        cursor = pos + len(sub)
    return spans


def validate(text: str, spans: list[dict], anns: list[tuple[str, str]]) -> None:
    prev_end = -1
    for sp, (sub, _) in zip(spans, anns, strict=False):
        assert text[sp["start"] : sp["end"]] == sub, (sub, sp)
        assert sp["start"] >= prev_end, f"overlap at {sp}"
        prev_end = sp["end"]
        assert text[sp["end"] - 1] not in ".,;:!?" or sub.endswith(("St.",)), (
            f"trailing punct {sub!r}"
        )
    # any labelled string (3+ chars) that recurs unlabelled at a token boundary is an error
    covered = {(sp["start"], sp["end"]) for sp in spans}
    for sub, label in anns:
        if len(sub) < 3:
            continue
        pos = text.find(sub)
        while pos != -1:
            e = pos + len(sub)
            if _boundary_ok(text, pos, e, label) and not any(
                a <= pos and e <= b for a, b in covered
            ):
                raise ValueError(f"{sub!r} also occurs unlabelled at {pos} in {text!r}")
            pos = text.find(sub, pos + 1)


def main() -> None:
    texts = [t for t, _ in ITEMS]
    assert len(ITEMS) == 120, len(ITEMS)
    assert len(set(texts)) == len(texts), "duplicate text"
    rows = []
    for i, (text, anns) in enumerate(ITEMS, 1):
        spans = locate(text, anns)
        validate(text, spans, anns)
        rows.append(
            {
                "id": f"naive2-phi-{i:04d}",
                "category": "phi",
                "added": ADDED,
                "source": SOURCE,
                "text": text,
                "spans": spans,
            }
        )
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_naive2.", suffix=".jsonl.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        from harness.contract import parse_item

        with open(tmp, encoding="utf-8") as fh:
            for line in fh:
                parse_item(json.loads(line))
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    from collections import Counter

    c = Counter(s["label"] for r in rows for s in r["spans"])
    print(
        f"wrote {len(rows)} items to {OUT}; no-PHI items: {sum(1 for r in rows if not r['spans'])}"
    )
    print("spans per label:", dict(sorted(c.items())), "total", sum(c.values()))


if __name__ == "__main__":
    main()
