"""Generate pipelines/triage/dev/phi_naive3.jsonl (independent PHI annotation set 3).

Each item is written as text plus a list of (substring, LABEL) or (substring, LABEL, nth).
Offsets are computed by locating the substring in the text at a token boundary
(the character before/after the match must not continue the same run of letters or digits).
Without nth, EVERY boundary occurrence of the substring is labelled; with nth, only that
0-based occurrence. Every span is validated, then every item is validated with the harness
contract, and the file is written atomically (temp file + os.replace).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_naive3.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ADDED = "2026-11-24"
SOURCE = "independent PHI annotation set 3"

N, D, A, P, E, M, S, AD, I, U = (  # noqa: E741 (one-letter label aliases keep the item table readable)
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

ITEMS: list[tuple[str, list[tuple]]] = [
    # 1
    (
        "Hi, this is Linda Marsh. I've had a dry cough since my last visit on 10/28 and now some "
        "wheezing at night. Is it ok to use my albuterol more than 4 times a day? My cell is "
        "614-555-0192 if easier.",
        [("Linda Marsh", N), ("10/28", D), ("614-555-0192", P)],
    ),
    # 2
    (
        "My dad, Walter Pruitt (DOB 02/14/1941), fell in the bathroom this morning. He says he's "
        "fine but his left hip is bruised and he's walking slower. He's 84 and on Eliquis. Should "
        "he be seen today? — Karen (daughter)",
        [("Walter Pruitt", N), ("02/14/1941", D), ("84", A), ("Karen", N)],
    ),
    # 3 no PHI
    (
        "what dose of tylenol can i give for a fever of 101? i weigh about 150 lbs and i'm already "
        "taking ibuprofen every 6 hours",
        [],
    ),
    # 4
    (
        "Pt called re: INR result 4.2 drawn 11/18/2026. Warfarin held x1 per Dr. Okafor. Recheck "
        "INR 11/21. Pt (MRN 00482913) verbalized understanding. -- S. Brennan RN",
        [("11/18/2026", D), ("Okafor", N), ("11/21", D), ("00482913", M), ("S. Brennan", N)],
    ),
    # 5
    (
        "hey its jaylen again. rash on my arms is spreading after starting the amoxicilin, itchy "
        "as heck. no trouble breathing. should i stop it??",
        [("jaylen", N)],
    ),
    # 6
    (
        "Good afternoon. I need to reschedule my colonoscopy prep appointment from December 2 to "
        "sometime the week after. My member ID is XQH482917305 and I'm at 2231 Birchwood Lane, "
        "Fort Collins, CO 80521 in case you need to mail the new prep kit. Thanks, Harold Ng",
        [
            ("December 2", D),
            ("XQH482917305", I),
            ("2231 Birchwood Lane, Fort Collins, CO 80521", AD),
            ("Harold Ng", N),
        ],
    ),
    # 7
    (
        "My son Mateo is 3 and has had a fever of 103.1 since yesterday, pulling at his right ear. "
        "He's eating less but drinking ok. Can we get a same day appt? Call me at (505) 555-0148. "
        "- Ana Villanueva",
        [("Mateo", N), ("3", A), ("(505) 555-0148", P), ("Ana Villanueva", N)],
    ),
    # 8 no PHI (BP reading looks like a date)
    (
        "Is it normal to feel dizzy when I stand up after starting lisinopril? It's been about a "
        "week. BP at home has been 108/66 in the mornings.",
        [],
    ),
    # 9
    (
        "Results question: my A1c from the lab on Nov 3 was 7.9, up from 7.1 in July. Dr. Hannah "
        "Feld said we might add something. Do I need a visit or can she just send a script to the "
        "Walgreens? thx, Pete Ruiz (pete.ruiz77@gmail.com)",
        [
            ("Nov 3", D),
            ("July", D),
            ("Hannah Feld", N),
            ("Pete Ruiz", N),
            ("pete.ruiz77@gmail.com", E),
        ],
    ),
    # 10
    (
        "Telephone encounter 11/20/2026 14:05. Spoke with pt's wife, Debra Kowalski, re: pt Stan "
        "Kowalski (72 y/o M, MRN 7719-0042). Reports new confusion since AM, temp 38.6. Advised ED "
        "eval at St. Vincent's. Wife agreed to drive him. Callback 419-555-0177.",
        [
            ("11/20/2026", D),
            ("Debra Kowalski", N),
            ("Stan Kowalski", N),
            ("72", A),
            ("7719-0042", M),
            ("419-555-0177", P),
        ],
    ),
    # 11
    (
        "I got my flu shot and covid booster on the same day and now my arm is really sore and I "
        "have chills. Is that expected? How long does it usually last? -Corinne",
        [("Corinne", N)],
    ),
    # 12
    (
        "Hello Dr. Abernathy, I am writing for my mother Mrs. Eun-ji Park who is 91 years old. Her "
        "legs swelled a lot this week and she is more short of breath lying down. She takes "
        "furosemide 20mg. Her chart number is 55120987. Please advise. Daniel Park",
        [("Abernathy", N), ("Eun-ji Park", N), ("91", A), ("55120987", M), ("Daniel Park", N)],
    ),
    # 13
    (
        "Pharmacy says my prior auth for Ozempic was denied again. Ref # PA-2026-0419-8832. My "
        "insurance is Aetna, policy W2284019-01. Can the office resubmit? I'm almost out. — Tamika "
        "Johnson, DOB 6/9/1979",
        [("PA-2026-0419-8832", I), ("W2284019-01", I), ("Tamika Johnson", N), ("6/9/1979", D)],
    ),
    # 14
    (
        "my knee is still swollen 2 wks after the cortisone injection, is that normal or should i "
        "come in. this is Ray Dubois btw",
        [("Ray Dubois", N)],
    ),
    # 15
    (
        "I can't get into my video visit for 3:30 today. The link you sent, "
        "https://telehealth.northbaymed.org/join/r7Kx92pQ?pt=448120 just spins. My name is Olivia "
        "Brandt, phone 707-555-0133.",
        [
            ("https://telehealth.northbaymed.org/join/r7Kx92pQ?pt=448120", U),
            ("Olivia Brandt", N),
            ("707-555-0133", P),
        ],
    ),
    # 16
    (
        "Registration note: pt presented without insurance card. Identity verified with SSN last 4 "
        "(6620) and DOB 09/30/1988. Name on file: Marcus T. Whitfield. Updated address to 88 "
        "Harbor View Rd, Unit 12, Portland, ME 04101.",
        [
            ("6620", S),
            ("09/30/1988", D),
            ("Marcus T. Whitfield", N),
            ("88 Harbor View Rd, Unit 12, Portland, ME 04101", AD),
        ],
    ),
    # 17
    (
        "URGENT? my husband Raj (58) has crushing chest pressure going into his jaw for 20 min, "
        "sweaty. he says it's heartburn. what do i do",
        [("Raj", N), ("58", A)],
    ),
    # 18 no PHI
    (
        "Can I take my metformin with the new antibiotic the urgent care gave me (cipro 500)? Also "
        "should I still take it if I'm not eating much because of the stomach bug?",
        [],
    ),
    # 19
    (
        "Hi, I'm a new patient and I never got the intake forms. I'm Brianna Costa-Lindqvist, born "
        "3/22/2001. Email is bcl.designs@outlook.com. My appointment is Tuesday Dec 9 at 10am with "
        "Dr. Mehta.",
        [
            ("Brianna Costa-Lindqvist", N),
            ("3/22/2001", D),
            ("bcl.designs@outlook.com", E),
            ("Dec 9", D),
            ("Mehta", N),
        ],
    ),
    # 20
    (
        "Lab called critical K+ 6.1 on specimen accession 26-CH-0918274, collected 11/23/2026 0710. "
        "Notified Dr. Lisa Chang at 0742, read back confirmed. Pt Gloria Espinoza, 67F, to be "
        "contacted for repeat BMP and ECG.",
        [
            ("26-CH-0918274", I),
            ("11/23/2026", D),
            ("Lisa Chang", N),
            ("Gloria Espinoza", N),
            ("67", A),
        ],
    ),
    # 21
    (
        "Refill request: levothyroxine 88 mcg, 90 day supply. Rx #6612043 at the Kroger pharmacy. "
        "Last TSH was in September I think. Thanks - Ellen",
        [("6612043", I), ("September", D), ("Ellen", N)],
    ),
    # 22 no PHI
    (
        "Does the office do walk-in strep tests or do I need an appointment? My throat is super "
        "sore and I have white spots on my tonsils.",
        [],
    ),
    # 23
    (
        "Dear nurse, my daughter Sophie Tran (age 16) got her period for the first time in 5 months "
        "and it's extremely heavy, soaking a pad every hour since this morning. She looks pale and "
        "felt faint at school. Our number (832) 555-0107. Thank you, Mai Tran",
        [("Sophie Tran", N), ("16", A), ("(832) 555-0107", P), ("Mai Tran", N)],
    ),
    # 24
    (
        "hi its geraldine frm the wed. dialysis group, my fistula arm is numb and cold since last "
        "nite, fingers kinda blue. do i go to er or wait til dialysis tmrw? 555 0199",
        [("geraldine", N), ("555 0199", P)],
    ),
    # 25
    (
        "I had my mammogram at the Lakeside Imaging Center on 11/12 and got a letter saying I need "
        "more images. I'm scared. Can someone explain what BI-RADS 0 means? Patient: Rosa Melendez, "
        "MRN M00913352.",
        [("11/12", D), ("Rosa Melendez", N), ("M00913352", M)],
    ),
    # 26 no PHI (nurse note)
    (
        "Returned call to pt regarding medication question. Reviewed that ondansetron may be taken "
        "every 8 hours as needed for nausea. Pt verbalized understanding, no further questions.",
        [],
    ),
    # 27
    (
        "Hello, I am Dr. Farah Siddiqui's patient. I was discharged from Mercy General on November "
        "19th after pneumonia and was told to follow up in 1 week, but the earliest slot online is "
        "Dec 15. Is that ok? I still get winded on stairs. — Thomas Oyelaran, 412-555-0163",
        [
            ("Farah Siddiqui", N),
            ("November 19th", D),
            ("Dec 15", D),
            ("Thomas Oyelaran", N),
            ("412-555-0163", P),
        ],
    ),
    # 28
    (
        "My baby girl Ava is 7 weeks old and has been really sleepy today, not waking for feeds, "
        "feels warm (100.8 rectal). Is this an emergency?",
        [("Ava", N), ("7", A)],
    ),
    # 29
    (
        "For the billing issue, my social is 531-88-4472 and the account number on the statement is "
        "100394827. Please stop sending it to collections, I already paid on 9/15/2026. Jorge "
        "Alvarado",
        [("531-88-4472", S), ("100394827", I), ("9/15/2026", D), ("Jorge Alvarado", N)],
    ),
    # 30
    (
        "how long after a tetanus shot can i go swimming? got it on 11/21 at urgent care. also the "
        "spot is red and warm, about the size of a quarter.",
        [("11/21", D)],
    ),
    # 31
    (
        "Triage call from pt's mother. Child Liam O'Connor, 5 y/o, swallowed a button battery approx "
        "30 min ago per mom. No distress currently. Instructed to go to ED immediately, do not "
        "induce vomiting. Mom (Siobhan O'Connor) states she is leaving now. Call back # "
        "617-555-0128.",
        [("Liam O'Connor", N), ("5", A), ("Siobhan O'Connor", N), ("617-555-0128", P)],
    ),
    # 32
    (
        "My wife and I both got the stomach flu. I'm fine but she's 89 and can't keep water down "
        "since Saturday. She's on lithium for years. Her name is Margaret Hale. Should I bring her "
        "in?",
        [("89", A), ("Margaret Hale", N)],
    ),
    # 33
    (
        "Re: CT results posted 11/21 — it says 'incidental 6 mm pulmonary nodule, follow-up per "
        "Fleischner'. Nobody has called me. What does that mean? I smoked for 30 years. - Dennis "
        "Hulme",
        [("11/21", D), ("Dennis Hulme", N)],
    ),
    # 34 no PHI
    (
        "is it ok to drink alcohol while on the fluconazole? just one glass of wine at a wedding "
        "this weekend",
        [],
    ),
    # 35
    (
        "Hi Nurse Becky, thanks for calling me back yesterday. The blood pressure readings you asked "
        "for: 142/91, 138/88, 151/94. I forgot to say I also take naproxen for my back. Yours, "
        "Alfred Simmons",
        [("Becky", N), ("Alfred Simmons", N)],
    ),
    # 36
    (
        "I need a letter for my employer saying I was sick from 11/10/2026 to 11/14/2026. Please "
        "send to my email, kiana.w@protonmail.com. Employee ID if they need it is 48-22917. Kiana "
        "Whitaker",
        [
            ("11/10/2026", D),
            ("11/14/2026", D),
            ("kiana.w@protonmail.com", E),
            ("48-22917", I),
            ("Kiana Whitaker", N),
        ],
    ),
    # 37
    (
        "Post-op call day 2 s/p lap chole 11/22/2026 (Dr. Ibrahim). Pt Carla Nunes reports pain "
        "4/10, tolerating liquids, incisions clean/dry. Reminded of f/u 12/05 with surgery. No "
        "concerns.",
        [("11/22/2026", D), ("Ibrahim", N), ("Carla Nunes", N), ("12/05", D)],
    ),
    # 38
    (
        "hi, my grandson (he's 19, lives with me at 17 Oak St in Millbrook) took a bunch of my "
        "sleeping pills, he's awake but slurring. I don't know how many. His name is Tyler Booth",
        [("19", A), ("17 Oak St", AD), ("Millbrook", AD), ("Tyler Booth", N)],
    ),
    # 39 no PHI
    (
        "I'm having a hard time affording my inhalers. Are there any generic options or patient "
        "assistance programs you can recommend?",
        [],
    ),
    # 40
    (
        "Follow-up on my biopsy (pathology #SP26-44718). The portal shows 'final' but I can't open "
        "the PDF. Also my new phone is 971.555.0114 — please update. Grace Okonkwo-Reyes",
        [("SP26-44718", I), ("971.555.0114", P), ("Grace Okonkwo-Reyes", N)],
    ),
    # 41
    (
        "Patient portal message: I'm 34 weeks pregnant and my feet and face are puffy, headache that "
        "won't go away with tylenol, seeing spots. My OB is Dr. Quentin Hale but he's not "
        "answering. — Destiny M.",
        [("Quentin Hale", N), ("Destiny M.", N)],
    ),
    # 42
    (
        "Faxed records request to Dr. Amir Haddad's office, fax 303-555-0170, for pt Nadia Petrov "
        "DOB 1/3/1962, MRN 33019847, re: echo from 2024.",
        [
            ("Amir Haddad", N),
            ("303-555-0170", P),
            ("Nadia Petrov", N),
            ("1/3/1962", D),
            ("33019847", M),
        ],
    ),
    # 43 no PHI
    (
        "Side effects question — since increasing sertraline to 100 mg I've had really vivid "
        "dreams and some jaw clenching. Not suicidal or anything, just annoying. Worth talking "
        "about at my next visit or sooner?",
        [],
    ),
    # 44
    (
        "My mom's name is Dolores Vega and she's in your system. She was told to stop her Plavix 5 "
        "days before her procedure on December 8. Does that mean she stops on the 3rd? Her "
        "pharmacy is confused too. - Isabel",
        [("Dolores Vega", N), ("December 8", D), ("3rd", D), ("Isabel", N)],
    ),
    # 45
    (
        "ok so the urgent care did a strep test for my son Eli on 11/19 it was negative but now he "
        "has a sandpaper rash on his chest?? he's 6. do we need another test",
        [("Eli", N), ("11/19", D), ("6", A)],
    ),
    # 46
    (
        "I'm trying to pick up my husband's controlled meds (oxycodone) since he's bedbound. "
        "Pharmacy wants his license number which is D4418-20931-77. Can the doctor add me as "
        "authorized? I'm Patricia Lam, he is Kevin Lam.",
        [("D4418-20931-77", I), ("Patricia Lam", N), ("Kevin Lam", N)],
    ),
    # 47
    (
        "The automated text said my appointment was cancelled but I didn't cancel it. Can someone "
        "check? It's the one for my annual physical on January 6.",
        [("January 6", D)],
    ),
    # 48
    (
        "Spoke w/ pt re: positive COVID home test today. Sx onset 2 days ago: fever, myalgias. Age "
        "71, hx CKD3. Discussed Paxlovid eligibility; renal dosing needed, routed to Dr. Wen. "
        "Pharmacy on file: CVS #4412.",
        [("71", A), ("Wen", N)],
    ),
    # 49
    (
        "Hi there! Quick q: my daughter Harper (20 months) has a little rash after her MMR shot on "
        "11/17, just some pink spots on her trunk, no fever, acting totally normal. Normal?? "
        "thanks! Jess Whitman, jess.whitman@icloud.com",
        [
            ("Harper", N),
            ("20", A),
            ("11/17", D),
            ("Jess Whitman", N),
            ("jess.whitman@icloud.com", E),
        ],
    ),
    # 50
    (
        "I'm writing about my brother, Thaddeus Okoro. He lives with us at 5521 W. Division St., "
        "Apt 2R, Chicago, IL 60651. Since his seizure meds were changed on 10/30 he has had 3 more "
        "seizures. His neurologist is Dr. Paulina Wrzesniewski. Our home phone is 773-555-0181.",
        [
            ("Thaddeus Okoro", N),
            ("5521 W. Division St., Apt 2R, Chicago, IL 60651", AD),
            ("10/30", D),
            ("Paulina Wrzesniewski", N),
            ("773-555-0181", P),
        ],
    ),
    # 51 no PHI
    (
        "Got my lipid panel back. LDL 162, HDL 41, triglycerides 210. I've been doing the diet thing "
        "for 3 months. Do I need a statin now?",
        [],
    ),
    # 52
    (
        "Can u pls resend the link to fill out the pre-visit questionnaire? the one at "
        "https://portal.ridgewayhealth.com/forms/pvq?token=a83kd92mZ expired. - Nick",
        [("https://portal.ridgewayhealth.com/forms/pvq?token=a83kd92mZ", U), ("Nick", N)],
    ),
    # 53
    (
        "Walk-in, 16:20. Pt Hamid Rahimi, 45 y/o, presents w/ R eye pain after metal grinding at "
        "work without goggles. VA 20/40 OD. Irrigated. Referred to ophthalmology same day, Dr. "
        "Chen's office notified. Interpreter (Dari) used.",
        [("Hamid Rahimi", N), ("45", A), ("Chen", N)],
    ),
    # 54
    (
        "I received a bill for a visit on 8/2/2026 that I never had. Claim number 7730019824X. My "
        "patient number is 0090331. Please look into it. Roberta Finch, 22 Quarry Rd, Barre VT "
        "05641",
        [
            ("8/2/2026", D),
            ("7730019824X", I),
            ("0090331", M),
            ("Roberta Finch", N),
            ("22 Quarry Rd, Barre VT 05641", AD),
        ],
    ),
    # 55 no PHI
    (
        "I keep getting headaches in the afternoon ever since I stopped drinking coffee. Could that "
        "be caffeine withdrawal? How long does it last?",
        [],
    ),
    # 56
    (
        "hello its Mr. Baptiste, Jean-Claude Baptiste. I am 77 yrs. The new water pill make me go "
        "to bathroom all night and now I am very dizzy in morning. My daughter Mireille help me "
        "write this.",
        [("Baptiste", N, 0), ("Jean-Claude Baptiste", N), ("77", A), ("Mireille", N)],
    ),
    # 57
    (
        "Call from Sunrise Home Health RN (Tasha) re: pt Irving Feldman, 88, wound on L heel now "
        "with foul odor and surrounding erythema 3 cm. Temp 99.9. Order for wound culture "
        "requested; will route to PCP Dr. Nora Blake. Agency phone 480-555-0155 ext. 12.",
        [
            ("Tasha", N),
            ("Irving Feldman", N),
            ("88", A),
            ("Nora Blake", N),
            ("480-555-0155 ext. 12", P),
        ],
    ),
    # 58
    (
        "My appt confirmation number is QX7-22R9 for Dec 3rd 9:15 AM. I need to cancel because I "
        "have covid. Can I do a phone visit instead? My symptoms are mild.",
        [("QX7-22R9", I), ("Dec 3rd", D)],
    ),
    # 59
    (
        "Ever since my last infusion with Dr. Whitcombe's team I've had this metallic taste and "
        "nothing tastes right. Is there anything that helps with that?",
        [("Whitcombe", N)],
    ),
    # 60
    (
        "My father was seen in your ER last night (11/23) for a nosebleed and they packed it. The "
        "packing is supposed to come out in 3 days but he's 94 and can't really get in. Can a nurse "
        "come to the house? Name: Herbert Lindgren, address 901 Elm Ridge Dr, Naperville, IL. Me: "
        "Sue Lindgren-Park 630-555-0102",
        [
            ("11/23", D),
            ("94", A),
            ("Herbert Lindgren", N),
            ("901 Elm Ridge Dr, Naperville, IL", AD),
            ("Sue Lindgren-Park", N),
            ("630-555-0102", P),
        ],
    ),
    # 61
    (
        "Pt's daughter Amelia Ross (HCP) called. Pt Frank Ross, MRN 40021776, on hospice, increased "
        "agitation overnight. Haloperidol 0.5 mg given x2 per protocol. Hospice RN visit scheduled "
        "11/25.",
        [("Amelia Ross", N), ("Frank Ross", N), ("40021776", M), ("11/25", D)],
    ),
    # 62
    (
        "im 23 and been having panic attacks almost every day, cant sleep, lost 10lbs. not thinking "
        "of hurting myself. can i get in with someone who does therapy? - Chloe",
        [("23", A), ("Chloe", N)],
    ),
    # 63
    (
        "Do I need to fast before my blood work tomorrow (Nov 25)? It's a CMP and a lipid panel I "
        "think.",
        [("Nov 25", D)],
    ),
    # 64
    (
        "Message for Dr. Yusuf: the dermatologist you referred me to (Dr. Kimberly Stroud) wants the "
        "path report from my mole removal on 4/17/2026 faxed to 212-555-0139. Thanks so much, "
        "Benjamin Adeyemi",
        [
            ("Yusuf", N),
            ("Kimberly Stroud", N),
            ("4/17/2026", D),
            ("212-555-0139", P),
            ("Benjamin Adeyemi", N),
        ],
    ),
    # 65
    (
        "Good morning. I am 102 years young and my grandaughter set up this portal for me. My "
        "hearing aids whistle and my ears feel blocked. Could it be wax? Warmly, Evelyn Harcourt",
        [("102", A), ("Evelyn Harcourt", N)],
    ),
    # 66
    (
        "Medication reconciliation via phone with pt Luis Ortega (DOB 12/01/1970). Pt reports taking "
        "metoprolol succinate 50 mg daily, not 25 mg as listed. Updated list. Pt also started OTC "
        "turmeric. Insurance ID on file confirmed: HMN88210473.",
        [("Luis Ortega", N), ("12/01/1970", D), ("HMN88210473", I)],
    ),
    # 67
    (
        "My twins Noah and Ella (both 4) have pink eye, crusted shut this morning. Can you call in "
        "drops for both or do they need to be seen? Dad here, Chris Delaney.",
        [("Noah", N), ("Ella", N), ("4", A), ("Chris Delaney", N)],
    ),
    # 68
    (
        "After my knee replacement Dr. Alvarez said no driving for 6 weeks. Does that apply if it "
        "was my left knee and I have an automatic car?",
        [("Alvarez", N)],
    ),
    # 69
    (
        "To whoever reads this: I was diagnosed with HIV in March and I'm doing fine on Biktarvy, "
        "but I'm moving to Tucson next month and need my records transferred. My new address will "
        "be 3340 E Speedway Blvd #114, Tucson, AZ 85716. Please don't call my work number. Cell "
        "only: 520-555-0193. -A. Castillo",
        [
            ("March", D),
            ("Tucson", AD, 0),
            ("3340 E Speedway Blvd #114, Tucson, AZ 85716", AD),
            ("520-555-0193", P),
            ("A. Castillo", N),
        ],
    ),
    # 70
    (
        "11/24/2026 0815 — Voicemail from pt (call back 860-555-0147) requesting results of thyroid "
        "US. Results reviewed: 1.2 cm TI-RADS 4 nodule, FNA recommended per Dr. Arjun Pillai. LM "
        "for pt to call back. —M. Ferreira, LPN",
        [("11/24/2026", D), ("860-555-0147", P), ("Arjun Pillai", N), ("M. Ferreira", N)],
    ),
    # 71
    (
        "hi my name is Brooklyn im 15 and i think i have a uti it burns when i pee. do my parents "
        "have to know??",
        [("Brooklyn", N), ("15", A)],
    ),
    # 72 no PHI
    (
        "Question about the new diabetes drug: the pharmacist said take it 30 minutes before "
        "breakfast with a full glass of water and stay upright. Is that right? The bottle just says "
        "once daily.",
        [],
    ),
    # 73
    (
        "Hello, I'm a caregiver for Mr. Winston Achebe at Greenbrook Assisted Living, room 214. He "
        "is 86 and his blood sugar was 48 at 6am, we gave juice and it's 92 now. Is his glipizide "
        "dose too high? — Fatima (CNA)",
        [("Winston Achebe", N), ("room 214", AD), ("86", A), ("Fatima", N)],
    ),
    # 74
    (
        "My lab results from 11/14: ALT 210, AST 180. That seems really high?? I did drink a lot at "
        "a bachelor party on the 8th. I'm 31, male, no other issues. Email me back at "
        "dj.kovac@yahoo.com rather than calling. Dario Kovac",
        [("11/14", D), ("8th", D), ("31", A), ("dj.kovac@yahoo.com", E), ("Dario Kovac", N)],
    ),
    # 75 no PHI (nurse note)
    (
        "Called pharmacy to clarify sig on amoxicillin-clavulanate; corrected to 875 mg BID x 10 "
        "days. Pharmacist confirmed. No patient contact needed.",
        [],
    ),
    # 76
    (
        "This is Pastor Glenn Hughes writing on behalf of a member of our church, Mrs. Abena Mensah, "
        "who doesn't use computers. She was at your clinic on Monday and was told to get an x-ray "
        "but doesn't have a ride. Can transport be arranged? She can be reached at 336-555-0125.",
        [("Glenn Hughes", N), ("Abena Mensah", N), ("336-555-0125", P)],
    ),
    # 77
    (
        "Need a new referral to PT. My insurance (UnitedHealthcare, member #914 228 3371, group "
        "70442) requires it. The therapist is at Peak Motion on 4th Ave. Diagnosis is rotator cuff "
        "tendinitis. Thanks, Monique Baptiste",
        [("914 228 3371", I), ("70442", I), ("4th Ave", AD), ("Monique Baptiste", N)],
    ),
    # 78
    (
        "Pt Yolanda Greer, 52, calling about new onset R-sided facial droop noticed by coworker 40 "
        "min ago, slurred speech. Advised call 911 immediately. Pt's coworker Dave on line, calling "
        "911 now. Last known well 13:10.",
        [("Yolanda Greer", N), ("52", A), ("Dave", N)],
    ),
    # 79 no PHI
    ("my toddler swallowed some of the toothpaste, like a pea size amount. is that dangerous?", []),
    # 80
    (
        "Hi, I'm Ms. Wu's neighbor. Li Na Wu is 79 and lives alone at 48 Cedar Court. I haven't "
        "seen her come out since Thursday and she isn't answering the door. She's your patient. Who "
        "do I contact?? My # is 425-555-0186, Henry Blackwood",
        [
            ("Wu", N, 0),
            ("Li Na Wu", N),
            ("79", A),
            ("48 Cedar Court", AD),
            ("425-555-0186", P),
            ("Henry Blackwood", N),
        ],
    ),
    # 81
    (
        "Following up on my MRI (order #ORD-55829013) scheduled 12/11/2026 — I have a pacemaker, "
        "model Medtronic Azure, serial PZR602118H. Is it MRI safe? Nobody asked me. Eleanor "
        "Stroud-Mills",
        [("ORD-55829013", I), ("12/11/2026", D), ("PZR602118H", I), ("Eleanor Stroud-Mills", N)],
    ),
    # 82
    (
        "bp 190/110 this am and my head is pounding. i ran out of amlodipine on the 20th. - t. "
        "nguyen, 64",
        [("20th", D), ("t. nguyen", N), ("64", A)],
    ),
    # 83 no PHI
    (
        "Is the clinic open on Thanksgiving? If not, where should I go if I need something over the "
        "long weekend?",
        [],
    ),
    # 84
    (
        "Pediatric call. Pt Zoe Lindqvist, 14 mo, fever x4 days, today developed red cracked lips "
        "and peeling fingertips per mom (Karin). Concern for Kawasaki. Instructed to ED. "
        "Pediatrician Dr. Samuel Oduya informed. Mom's cell 651-555-0119.",
        [("Zoe Lindqvist", N), ("14", A), ("Karin", N), ("Samuel Oduya", N), ("651-555-0119", P)],
    ),
    # 85
    (
        "Can I get a copy of my immunization record? I need it for nursing school. My birthday is "
        "July 4, 1999 and my old last name was Harrington, now Emily Sato.",
        [("July 4, 1999", D), ("Harrington", N), ("Emily Sato", N)],
    ),
    # 86
    (
        "hello doctor, i am writing for my wife Fatemeh. She is 41. She had a miscarriage last week "
        "and today has high fever and bad smell discharge. we have no car. our address 77 Linden Ave "
        "apt 4, Yonkers NY. phone 914-555-0172. thank you Reza Karimi",
        [
            ("Fatemeh", N),
            ("41", A),
            ("77 Linden Ave apt 4, Yonkers NY", AD),
            ("914-555-0172", P),
            ("Reza Karimi", N),
        ],
    ),
    # 87
    (
        "The patch for my blood pressure keeps falling off in the shower. Can I tape over it or is "
        "there a different brand?\n\nSent from my iPhone - Gordon",
        [("Gordon", N)],
    ),
    # 88
    (
        "Pt left VM 11/22 asking for early refill of alprazolam, states lost bottle while traveling. "
        "Last filled 11/08 (#30). Per controlled substance policy, routed to Dr. Greta Holm for "
        "review. Pt Ronald Vasquez, MRN 51198032, PDMP checked.",
        [("11/22", D), ("11/08", D), ("Greta Holm", N), ("Ronald Vasquez", N), ("51198032", M)],
    ),
    # 89
    (
        "I'm the mother of Aiden Brooks, 11. He was at the soccer field when he got hit in the head "
        "with a ball on Saturday Nov 22 and since then he has a headache and vomited twice this "
        "morning. Should I worry? My cell 303.555.0166. Thank you, Rachel",
        [("Aiden Brooks", N), ("11", A), ("Nov 22", D), ("303.555.0166", P), ("Rachel", N)],
    ),
    # 90
    (
        "Need my surgery paperwork sent to my disability insurer. Claim # LTD-448210. Fax: (877) "
        "555-0104 attn: Case Manager Teresa Gonzaga. Surgery was 10/6/2026. - Wade Carrington",
        [
            ("LTD-448210", I),
            ("(877) 555-0104", P),
            ("Teresa Gonzaga", N),
            ("10/6/2026", D),
            ("Wade Carrington", N),
        ],
    ),
    # 91
    (
        "my period is 10 days late and i took 2 tests that were negative. I'm on the pill and I'm "
        "17. Should I test again or come in?",
        [("17", A)],
    ),
    # 92
    (
        "Hi, I'm the patient's husband. Joyce (DOB 5-14-1958) has had black tarry stools since "
        "yesterday and felt lightheaded in the shower. She takes aspirin and Xarelto. What should we "
        "do? — Bill Carter, 248-555-0140",
        [("Joyce", N), ("5-14-1958", D), ("Bill Carter", N), ("248-555-0140", P)],
    ),
    # 93
    (
        "Follow-up call, pt Shirin Farahani (MRN 62027719), 38F, re: home BP log. Readings "
        "128-136/80-86. Continue current regimen. Next visit 1/12/2027 with NP Adriana Solis.",
        [
            ("Shirin Farahani", N),
            ("62027719", M),
            ("38", A),
            ("1/12/2027", D),
            ("Adriana Solis", N),
        ],
    ),
    # 94
    (
        "Please update my contact info. New email: ohara.tim+health@fastmail.com. New phone: +1 "
        "(206) 555-0131. Address unchanged. Timothy O'Hara",
        [("ohara.tim+health@fastmail.com", E), ("+1 (206) 555-0131", P), ("Timothy O'Hara", N)],
    ),
    # 95
    (
        "My 68 yr old mother is visiting from Manila and fell ill — high fever, joint pain, rash. "
        "She's not a patient but I am (Carmela Reyes, MRN 10048822). Can she be seen under my "
        "account? She arrived 11/16.",
        [("68", A), ("Manila", AD), ("Carmela Reyes", N), ("10048822", M), ("11/16", D)],
    ),
    # 96 no PHI (public, non-personal URL)
    (
        "I want to get the shingles vaccine. The page at https://www.cdc.gov/shingles/vaccines says "
        "two doses. Do I need an appointment or can I get it at a pharmacy? Is it covered by "
        "Medicare?",
        [],
    ),
    # 97
    (
        "RN phone assessment: pt Beatrice Koenig, 81, c/o increasing SOB, 3 lb wt gain since 11/20, "
        "+2 pedal edema. Per CHF protocol, extra furosemide 40 mg x1 today, daily weights, callback "
        "tomorrow. Spoke also with son Klaus Koenig at 312-555-0157.",
        [("Beatrice Koenig", N), ("81", A), ("11/20", D), ("Klaus Koenig", N), ("312-555-0157", P)],
    ),
    # 98
    (
        "Question about my Holter monitor results — study ID HM-26-03318. The report said 'NSVT 4 "
        "beats' — what does that mean and is it dangerous? I'm 57. Dr. Banerjee ordered it. "
        "-Victor Sato",
        [("HM-26-03318", I), ("57", A), ("Banerjee", N), ("Victor Sato", N)],
    ),
    # 99
    (
        "cant log in to my chart. username is mbellamy84 and it says account locked. i need to see "
        "my pap results from 11/7 before my trip. Megan Bellamy",
        [("mbellamy84", I), ("11/7", D), ("Megan Bellamy", N)],
    ),
    # 100
    (
        "Short of breath since my flight from Denver on the 21st, right calf is swollen and tender. "
        "I'm on birth control. I'm 29. Is this something I can wait on? Naomi Rich, 720-555-0198",
        [("Denver", AD), ("21st", D), ("29", A), ("Naomi Rich", N), ("720-555-0198", P)],
    ),
]


def _cls(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if ch.isalpha():
        return "a"
    return "o"


def occurrences(text: str, sub: str) -> list[int]:
    """Start offsets of sub in text at a token boundary."""
    out, i = [], text.find(sub)
    while i != -1:
        j = i + len(sub)
        ok_l = i == 0 or _cls(sub[0]) == "o" or _cls(text[i - 1]) != _cls(sub[0])
        ok_r = j == len(text) or _cls(sub[-1]) == "o" or _cls(text[j]) != _cls(sub[-1])
        if ok_l and ok_r:
            out.append(i)
        i = text.find(sub, i + 1)
    return out


def build_spans(idx: int, text: str, marks: list[tuple]) -> list[dict]:
    spans = []
    for m in marks:
        sub, label = m[0], m[1]
        if label not in LABELS:
            raise SystemExit(f"item {idx}: bad label {label}")
        occ = occurrences(text, sub)
        if not occ:
            raise SystemExit(f"item {idx}: {sub!r} not found")
        if len(m) > 2:
            occ = [occ[m[2]]]
        for s in occ:
            spans.append({"start": s, "end": s + len(sub), "label": label})
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(spans):
        if b["start"] < a["end"]:
            raise SystemExit(f"item {idx}: overlapping spans {a} {b} in {text!r}")
    for s in spans:
        frag = text[s["start"] : s["end"]]
        if frag != frag.strip() or not frag:
            raise SystemExit(f"item {idx}: span has edge whitespace {frag!r}")
        edge = frag[-1] in ",;:)(" or frag[0] in ",;:)(#"
        if edge and not frag.startswith(("(", "+")):
            raise SystemExit(f"item {idx}: span has edge punctuation {frag!r}")
    return spans


def main() -> None:
    if len(ITEMS) != 100:
        raise SystemExit(f"expected 100 items, have {len(ITEMS)}")
    texts = set()
    lines = []
    for n, (text, marks) in enumerate(ITEMS, 1):
        if text in texts:
            raise SystemExit(f"item {n}: duplicate text")
        texts.add(text)
        spans = build_spans(n, text, marks)
        item = {
            "id": f"naive3-phi-{n:04d}",
            "category": "phi",
            "added": ADDED,
            "source": SOURCE,
            "text": text,
            "spans": spans,
        }
        lines.append(json.dumps(item, ensure_ascii=False))
    fd, tmp = tempfile.mkstemp(prefix=".phi_naive3.", suffix=".jsonl", dir=HERE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        from harness.contract import parse_item

        with open(tmp, encoding="utf-8") as fh:
            for line in fh:
                parse_item(json.loads(line))
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    print(f"wrote {len(lines)} items to {OUT}")
    if "-v" in sys.argv:
        for line in lines:
            it = json.loads(line)
            print(it["id"], [(it["text"][s["start"] : s["end"]], s["label"]) for s in it["spans"]])


if __name__ == "__main__":
    main()
