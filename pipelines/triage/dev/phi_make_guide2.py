"""Generate pipelines/triage/dev/phi_guide2.jsonl (guideline PHI annotation set 2).

Each item is (text, spans[, allow]) where spans is a list of (substring, label) in text order.
Offsets are computed by locating each substring after the previous span (Python str, i.e.
Unicode code-point offsets). `allow` lists strings that also occur un-annotated on purpose
(e.g. "Georgia" the state after "Georgia" the sister).
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
OUT = os.path.join(HERE, "phi_guide2.jsonl")
LABELS = {
    "N": "NAME",
    "D": "DATE",
    "A": "AGE",
    "P": "PHONE",
    "E": "EMAIL",
    "M": "MRN",
    "S": "SSN",
    "AD": "ADDRESS",
    "I": "ID",
    "U": "URL",
}

ITEMS: list[tuple] = [
    # 1
    (
        "Hi Dr. Okafor, this is Lucia Mendes (DOB 03/14/1961). Since last Tuesday I've had a dry "
        "cough and a low fever, 100.2 this morning. I take lisinopril 10 mg. Can I get seen before "
        "my appt on 12/2? My cell is 937-555-0142. Thanks, Lucia",
        [
            ("Okafor", "N"),
            ("Lucia Mendes", "N"),
            ("03/14/1961", "D"),
            ("12/2", "D"),
            ("937-555-0142", "P"),
            ("Lucia", "N"),
        ],
    ),
    # 2
    (
        "My father Harold Brennan is 94 and since yesterday he's been more confused than usual and "
        "not eating. His nursing home (Linden Court, 1180 Wexford Ln, Carmel) called me this morning. "
        "He's on warfarin. Can someone call me, his daughter Denise, at (317) 555-0199 ext 3? "
        "His MRN is 00731594.",
        [
            ("Harold Brennan", "N"),
            ("94", "A"),
            ("1180 Wexford Ln", "AD"),
            ("Carmel", "AD"),
            ("Denise", "N"),
            ("(317) 555-0199 ext 3", "P"),
            ("00731594", "M"),
        ],
    ),
    # 3 no PHI
    (
        "I've been taking metformin 500 mg twice a day since 2019 and my sugars are running 180-220 "
        "in the mornings. BP was 142/90 on Monday. I walk about 4,000 steps a day. Should the dose "
        "go up?",
        [],
    ),
    # 4
    (
        "Hello, I got a bill for $1,240.18 for my colonoscopy on Sept 9, 2026, but my insurance "
        "should have covered it. Account number 4471-20983, claim # CLM88201934, member ID "
        "XQB902114857. Please advise. - Tomasz Kowalczyk",
        [
            ("Sept 9, 2026", "D"),
            ("4471-20983", "I"),
            ("CLM88201934", "I"),
            ("XQB902114857", "I"),
            ("Tomasz Kowalczyk", "N"),
        ],
    ),
    # 5
    (
        "RN phone note 11/18/2026 14:20. Spoke w/ pt's wife, Mrs. Aiko Tanaka-Rowe, re: husband "
        "Kenji's post-op swelling R knee. Afebrile per wife, T 98.9. Advised elevation, ice 20 min "
        "q2h. Callback 503-555-0178. Appt w/ Dr. Feldman 11/20. -- J. Ortiz, RN",
        [
            ("11/18/2026", "D"),
            ("Aiko Tanaka-Rowe", "N"),
            ("Kenji", "N"),
            ("503-555-0178", "P"),
            ("Feldman", "N"),
            ("11/20", "D"),
            ("J. Ortiz", "N"),
        ],
    ),
    # 6
    (
        "Hi, I'm travelling in the UK until the 30th and ran out of my levothyroxine 75 mcg. Can you "
        "send a refill to a pharmacy here? It's the Boots on Argyle Street in Glasgow. You can reach "
        "me on +44 7700 900461 (WhatsApp too). — Priya Raman",
        [
            ("30th", "D"),
            ("Argyle Street", "AD"),
            ("Glasgow", "AD"),
            ("+44 7700 900461", "P"),
            ("Priya Raman", "N"),
        ],
    ),
    # 7
    (
        "Not a medical question sorry - I got towed from your parking garage during my infusion "
        "today even though I had the blue pass on the dash. Silver Civic, California plate 7KXR219. "
        "Tow receipt no. TR-22-004519. Who do I talk to? Marcus Bell",
        [("7KXR219", "I"), ("TR-22-004519", "I"), ("Marcus Bell", "N")],
    ),
    # 8
    (
        "My son's insulin pump started alarming 'occlusion' overnight, sugar 312 at 3am. Pump serial "
        "NG1473302H (780G). We changed the site twice but it keeps happening. Do we need to go to "
        "the ER? This is the mom of Ezra Goldfarb, he's 16.",
        [("NG1473302H", "I"), ("Ezra Goldfarb", "N")],
    ),
    # 9
    (
        "Walgreens says my sertraline 50mg needs a new authorization. Rx# 0382215-07419. The "
        "pharmacist gave me this reference: PA-5531907. I'm almost out, 2 pills left. "
        "Nomvula Dlamini, DOB 7/22/88",
        [("0382215-07419", "I"), ("PA-5531907", "I"), ("Nomvula Dlamini", "N"), ("7/22/88", "D")],
    ),
    # 10
    (
        "---------- Forwarded message ---------\nFrom: Rebecca Stein <rstein.home@example.net>\n"
        "Date: Mon, Nov 16, 2026 at 9:42 PM\nSubject: portal won't load\n"
        "To: help@riverbendhealth.example.org\n\nEvery time I click "
        "https://portal.riverbendhealth.example.org/results?id=88213 it says access denied from "
        "73.162.40.118. I just want to see my thyroid results from Nov 12.\nRebecca",
        [
            ("Rebecca Stein", "N"),
            ("rstein.home@example.net", "E"),
            ("Nov 16, 2026", "D"),
            ("help@riverbendhealth.example.org", "E"),
            ("https://portal.riverbendhealth.example.org/results?id=88213", "U"),
            ("73.162.40.118", "U"),
            ("Nov 12", "D"),
            ("Rebecca", "N"),
        ],
    ),
    # 11
    (
        "My grandmother turned 100 last week!! She's had a cough for 3 days, no fever, eating ok. "
        "She lives with us at 22 Pell Street, Apt 5, Providence. Grandma's name is Esperanza "
        "Villanueva. Do we need to bring her in or just watch it?",
        [
            ("100", "A"),
            ("22 Pell Street, Apt 5", "AD"),
            ("Providence", "AD"),
            ("Esperanza Villanueva", "N"),
        ],
    ),
    # 12 no PHI (89 is not over 89)
    (
        "My mom is 89 and has had loose stools 4 times today. She takes 2 tablets of loperamide "
        "after each one but it isn't helping much. She's drinking about 6 cups of fluid. Temp 99.1. "
        "What should we watch for?",
        [],
    ),
    # 13
    (
        "The billing office asked for my social to set up a payment plan. It's 512-44-9087. Is it "
        "safe to send it here? Also my balance shows $86.40 from the 10/03 visit. — Gwen Albright",
        [("512-44-9087", "S"), ("10/03", "D"), ("Gwen Albright", "N")],
    ),
    # 14
    (
        "Pt called re: lab results. Identity verified (DOB 1947-02-11, SSN last four 6621). "
        "Reviewed A1c 7.9%. Pt Ramón Echeverría, 79 y/o, agrees to increase glipizide to 10 mg. "
        "F/u with PCP Dr. Whitfield in 3 mo.",
        [("1947-02-11", "D"), ("6621", "S"), ("Ramón Echeverría", "N"), ("Whitfield", "N")],
    ),
    # 15
    (
        "Re: Ngozi Adeyemi, DOB 5 June 1972, MRN RB-2048817\n\nDear Dr. Lindqvist,\n\nThank you "
        "for seeing Ms. Adeyemi, a 54-year-old woman with progressive exertional dyspnoea since "
        "August. Echo on 28/10/2026 showed LVEF 35%. She is on sacubitril/valsartan 24/26 mg BID "
        "and metoprolol succinate 25 mg. Please contact me on 614-555-0123 or fax 614-555-0190.\n\n"
        "Kind regards,\nDr. Samuel Osei-Bonsu\nScioto Heart Associates, 400 W Nationwide Blvd, "
        "Suite 210, Columbus, OH 43215",
        [
            ("Ngozi Adeyemi", "N"),
            ("5 June 1972", "D"),
            ("RB-2048817", "M"),
            ("Lindqvist", "N"),
            ("Adeyemi", "N"),
            ("August", "D"),
            ("28/10/2026", "D"),
            ("614-555-0123", "P"),
            ("614-555-0190", "P"),
            ("Samuel Osei-Bonsu", "N"),
            ("400 W Nationwide Blvd, Suite 210", "AD"),
            ("Columbus", "AD"),
            ("43215", "AD"),
        ],
    ),
    # 16 no PHI
    (
        "is it normal to get a headache on day 2 of the new blood pressure pill? I take it at 8pm. "
        "pain is like 4/10, BP tonight 118/76, pulse 64. took 1 tylenol.",
        [],
    ),
    # 17
    (
        "Hi, this is Fatima Al-Sayed, Yusuf's mom. Yusuf (age 7) has had ear pain since Saturday "
        "and a fever of 101.8. Our pediatrician Dr. Haddad is off until 11/30. Can we get a "
        "same-day visit with someone else? Email me at fatima.alsayed82@gmail.com if easier.",
        [
            ("Fatima Al-Sayed", "N"),
            ("Yusuf", "N"),
            ("Yusuf", "N"),
            ("Haddad", "N"),
            ("11/30", "D"),
            ("fatima.alsayed82@gmail.com", "E"),
        ],
    ),
    # 18
    (
        "hi its jamal from the diabetes class. my feet r tingling bad at nite and i think the "
        "gabapentin aint working. also need to resked my appt from dec 3 cuz i got work. call "
        "2155550167 thx",
        [("jamal", "N"), ("dec 3", "D"), ("2155550167", "P")],
    ),
    # 19
    (
        "Remote monitoring alert 2026-11-21 02:14. Patient: Leilani Kahale (MRN 5520118). ICD "
        "transmission from device SN PJN604417S via home monitor at IP 10.44.7.19: 3 episodes of "
        "VT, longest 22 beats, 1 ATP therapy delivered successfully. No shocks. Notify EP, "
        "Dr. Mahoney.",
        [
            ("2026-11-21", "D"),
            ("Leilani Kahale", "N"),
            ("5520118", "M"),
            ("PJN604417S", "I"),
            ("10.44.7.19", "U"),
            ("Mahoney", "N"),
        ],
    ),
    # 20 no PHI (state alone)
    (
        "We just moved here from Texas and I need to establish care. I have type 2 diabetes, "
        "hypothyroidism and high cholesterol. Meds: metformin 1000 mg BID, levothyroxine 88 mcg, "
        "atorvastatin 40 mg. Last A1c was 6.8 in the spring.",
        [],
    ),
    # 21
    (
        "Can I move my mammogram from Thursday 12/10 at 9:15 to sometime the week after? Mornings "
        "work best. Thank you! Beatriz Oliveira-Santos, phone 508 555 0134",
        [("12/10", "D"), ("Beatriz Oliveira-Santos", "N"), ("508 555 0134", "P")],
    ),
    # 22
    (
        "My dog Biscuit knocked me over on the stairs yesterday and now my wrist is swollen and I "
        "can't turn it. Took 2 ibuprofen 200mg. Do I need an x-ray? — Ruth Abernathy",
        [("Ruth Abernathy", "N")],
    ),
    # 23 no PHI (eponyms)
    (
        "The neurologist thinks it's Bell's palsy and not a stroke, but the left side of my face is "
        "still droopy after 3 days on prednisone 60 mg. Also, does Parkinson's run in families? My "
        "dad had it and so did his brother.",
        [],
    ),
    # 24
    (
        "Dr. May told me back in May that the spot on my back was nothing, but it's bigger and "
        "darker now and bleeds a little when my shirt rubs it. Can I see her again or someone else? "
        "The Aug biopsy on my arm was benign. — Theo Papadakis",
        [("May", "N"), ("May", "D"), ("Aug", "D"), ("Theo Papadakis", "N")],
    ),
    # 25
    (
        "Will you pass this to Hope in billing? She said she'd fix my statement but it still shows "
        "the $40 copay twice. Acct 0091-337-42. Thanks, Will Forsythe",
        [("Hope", "N"), ("0091-337-42", "I"), ("Will Forsythe", "N")],
    ),
    # 26
    (
        "Call from son, Dev, re: his mother Kamala Iyer, in her late 90s, lives alone in Edison. "
        "Reports fall this AM, able to stand, c/o L hip pain 6/10. No anticoagulants per son. "
        "Advised ED eval; son will drive her. Son's cell 732-555-0116.",
        [("Dev", "N"), ("Kamala Iyer", "N"), ("90s", "A"), ("Edison", "AD"), ("732-555-0116", "P")],
    ),
    # 27
    (
        "Got my flu shot on 10-Nov-2026 and the covid booster on the 14th and my left arm is still "
        "red and hot, about the size of a palm. Is this cellulitis? Jorge Castañeda",
        [("10-Nov-2026", "D"), ("14th", "D"), ("Jorge Castañeda", "N")],
    ),
    # 28
    (
        "Got a lab results notification dated 11.19.2026 but the portal still says 'pending'. My "
        "potassium was 5.9 last time which scared me. Can someone tell me if it's normal now? "
        "Thanks, Olumide Bakare, acct #A-77120934",
        [("11.19.2026", "D"), ("Olumide Bakare", "N"), ("A-77120934", "I")],
    ),
    # 29
    (
        "Fwd: message from Dr. Chen's office\n\n> On 11/20/2026, Angela Ruiz, MA "
        "<aruiz@lakeshorefm.example.com> wrote:\n> Hi Mr. Kowalski, Dr. Chen reviewed your "
        "ultrasound and would like to discuss. Please call 773-555-0152 x2205 to schedule.\n\n"
        "What does this mean?? Is it cancer? I'm freaking out. - Pete",
        [
            ("Chen", "N"),
            ("11/20/2026", "D"),
            ("Angela Ruiz", "N"),
            ("aruiz@lakeshorefm.example.com", "E"),
            ("Kowalski", "N"),
            ("Chen", "N"),
            ("773-555-0152 x2205", "P"),
            ("Pete", "N"),
        ],
    ),
    # 30 no PHI (weekday, relative)
    (
        "Since Monday I've had burning when I pee and I'm going like every hour. No fever, no back "
        "pain. I had the same thing last year and nitrofurantoin worked. Can I get that again? "
        "Thanh Huong",
        [("Thanh Huong", "N")],
    ),
    # 31
    (
        "Home visit note. 91 yo F with CHF, NYHA III. Wt 61.2 kg (up 2.1 kg since 11/17). BNP "
        "pending. Daughter Marisol present; prefers calls at 956-555-0181. Pt lives at 3417 Calle "
        "Roble, Brownsville, TX 78521. Plan: furosemide 40 mg PO BID x3d, recheck 11/27. "
        "Signed: Hector Garza, MD",
        [
            ("91", "A"),
            ("11/17", "D"),
            ("Marisol", "N"),
            ("956-555-0181", "P"),
            ("3417 Calle Roble", "AD"),
            ("Brownsville", "AD"),
            ("78521", "AD"),
            ("11/27", "D"),
            ("Hector Garza", "N"),
        ],
    ),
    # 32
    (
        "Xin chào, tôi là Nguyễn Thị Lan. My husband Trần Văn Minh has chest tightness when he "
        "walks up stairs since last week. He is 67. He has appointment on 2/12/2027 but that is too "
        "far. Please call my son Kevin Tran 408-555-0127, he speaks English.",
        [
            ("Nguyễn Thị Lan", "N"),
            ("Trần Văn Minh", "N"),
            ("2/12/2027", "D"),
            ("Kevin Tran", "N"),
            ("408-555-0127", "P"),
        ],
    ),
    # 33
    (
        "CVS says they faxed you twice about my amlodipine refill. Their fax is 1-800-555-0148 and "
        "my Rx number is 7731948. Please send it today, I have 1 pill left. —Lorraine "
        "Whitcomb-Hayes",
        [("1-800-555-0148", "P"), ("7731948", "I"), ("Lorraine Whitcomb-Hayes", "N")],
    ),
    # 34 no PHI (counts, doses, bare year)
    (
        "I've had 3 nosebleeds in the last 2 days, each lasting about 10-15 minutes. I'm on aspirin "
        "81 mg and clopidogrel 75 mg since my stent in 2024. Should I stop one of them or wait "
        "for Dr. Farouk?",
        [("Farouk", "N")],
    ),
    # 35
    (
        "New insurance starting 1/1/2027: member ID W284471093, group 0098421-011. Please update my "
        "file before my physical on Jan 6. The policy holder is my wife, Dana Kowalski-Pierce. I'm "
        "Brian Pierce.",
        [
            ("1/1/2027", "D"),
            ("W284471093", "I"),
            ("0098421-011", "I"),
            ("Jan 6", "D"),
            ("Dana Kowalski-Pierce", "N"),
            ("Brian Pierce", "N"),
        ],
    ),
    # 36
    (
        "Yá'át'ééh. This is Loretta Begay writing for my uncle Wilson Tsosie. He got his CPAP "
        "machine but it leaks all night. Serial number on the bottom says 23181547092. We are out "
        "at HC 61 Box 412, Chinle, AZ 86503, no phone at the house, please email "
        "lbegay.chinle@example.com",
        [
            ("Loretta Begay", "N"),
            ("Wilson Tsosie", "N"),
            ("23181547092", "I"),
            ("HC 61 Box 412", "AD"),
            ("Chinle", "AD"),
            ("86503", "AD"),
            ("lbegay.chinle@example.com", "E"),
        ],
    ),
    # 37
    (
        "Telehealth consent obtained verbally. Provider: Rosa Delgado-Fuentes, MD, NPI 1487392015, "
        "WA licence MD60812234. Patient joined video from 1920 NE 47th St, Seattle. Visit date "
        "11/23/2026, 16:05-16:25.",
        [
            ("Rosa Delgado-Fuentes", "N"),
            ("1487392015", "I"),
            ("MD60812234", "I"),
            ("1920 NE 47th St", "AD"),
            ("Seattle", "AD"),
            ("11/23/2026", "D"),
        ],
    ),
    # 38 no PHI
    (
        "What's the max acetaminophen I can take in 24 hours? I weigh 132 lbs and I'm 5'4\". I've "
        "been taking 2 x 500 mg every 6 hours since Friday for a toothache.",
        [],
    ),
    # 39
    (
        "My son Mateo García López (DOB 2014-08-30) needs his school form signed for his asthma "
        "inhaler. The school fax is 602 555 0163. Can Dr. Begaye do it by Friday? Mateo's student "
        "ID is 2208174 if they need it.",
        [
            ("Mateo García López", "N"),
            ("2014-08-30", "D"),
            ("602 555 0163", "P"),
            ("Begaye", "N"),
            ("Mateo", "N"),
            ("2208174", "I"),
        ],
    ),
    # 40
    (
        "Claim 2026-11-0458812 was denied as 'not medically necessary' for my MRI on October 30th. "
        "EOB ref EOB77310. Dr. Petrov ordered it for my back, I can barely walk some days. Who do "
        "I talk to? Anya",
        [
            ("2026-11-0458812", "I"),
            ("October 30th", "D"),
            ("EOB77310", "I"),
            ("Petrov", "N"),
            ("Anya", "N"),
        ],
    ),
    # 41
    (
        "I'm the healthcare proxy for my aunt, Geraldine Fox (she's 97). I uploaded the POA "
        "paperwork to https://share.example.com/f/9Xk2Lm but the portal says proxy access isn't set "
        "up. Her MRN is 10088342. Please contact me, Paula Fox-Ingram, at paula.fi@example.org or "
        "919-555-0175.",
        [
            ("Geraldine Fox", "N"),
            ("97", "A"),
            ("https://share.example.com/f/9Xk2Lm", "U"),
            ("10088342", "M"),
            ("Paula Fox-Ingram", "N"),
            ("paula.fi@example.org", "E"),
            ("919-555-0175", "P"),
        ],
    ),
    # 42 no PHI (typos, relative date)
    (
        "my back is killing me since tues, cant sleep, tylenol not helping. took 3 at once last "
        "nite (500mg each). is that bad?? pls help",
        [],
    ),
    # 43
    (
        "REFERRAL - Gastroenterology\nDate: 24 Nov 2026\nPatient: Mr. Oluwaseun Adebayo-Smith\n"
        "DOB: 09/01/1959   MRN: 3318420\nAddress: 77 Kingsbridge Terrace, Apt 12C, Bronx, NY 10463\n"
        "Phone: (718) 555-0138\nReason: iron-deficiency anaemia (Hb 9.1), positive FIT on 11/02/26. "
        "Colonoscopy 2019 normal per patient.\nReferring: Dr. Miriam Goldschmidt, fax (718) 555-0199",
        [
            ("24 Nov 2026", "D"),
            ("Oluwaseun Adebayo-Smith", "N"),
            ("09/01/1959", "D"),
            ("3318420", "M"),
            ("77 Kingsbridge Terrace, Apt 12C", "AD"),
            ("Bronx", "AD"),
            ("10463", "AD"),
            ("(718) 555-0138", "P"),
            ("11/02/26", "D"),
            ("Miriam Goldschmidt", "N"),
            ("(718) 555-0199", "P"),
        ],
    ),
    # 44
    (
        "When I was discharged from St. Vincent's on the 15th, Dr. Abara said to stop the Eliquis "
        "for 5 days before my tooth extraction, but the nurse Kayleigh told me to keep taking it. "
        "Which is right? — Hank Lundgren",
        [("15th", "D"), ("Abara", "N"), ("Kayleigh", "N"), ("Hank Lundgren", "N")],
    ),
    # 45
    (
        "I saw Dr. Williams' PA, Jess, on 11/9 and she said my knee MRI would be read in 48 hours. "
        "It's been almost two weeks. Could someone look? Thank you, Connor O'Brien",
        [("Williams", "N"), ("Jess", "N"), ("11/9", "D"), ("Connor O'Brien", "N")],
    ),
    # 46
    (
        "Nursing note: Pt J.M., 45M, seen in clinic for wound check L shin. Wound 2.5 x 1.0 cm, "
        "clean, no erythema. Sutures out, 9 removed. Pt's partner Sione Fifita drove; he asked that "
        "results go to sfifita@example.net.",
        [("J.M.", "N"), ("Sione Fifita", "N"), ("sfifita@example.net", "E")],
    ),
    # 47
    (
        "Hello, I'm writing from Toronto for my brother Amir Hosseini who is a patient of yours. "
        "Our address here is 58 Bathurst St, Unit 904, Toronto, ON M5V 2T6 and my number is "
        "+1 416 555 0192. He is having bad side effects from the chemo, vomiting 6 times today.",
        [
            ("Toronto", "AD"),
            ("Amir Hosseini", "N"),
            ("58 Bathurst St, Unit 904", "AD"),
            ("Toronto", "AD"),
            ("M5V 2T6", "AD"),
            ("+1 416 555 0192", "P"),
        ],
    ),
    # 48
    (
        "Dr. Schäfer in Munich changed my blood thinner while I was visiting family. The letter "
        'says "Beginn Apixaban 5 mg 2x täglich ab 03.11.2026". His office number is '
        "+49 (0)89 2180 7745. Should I keep taking it now that I'm home? Ingrid Halvorsen",
        [
            ("Schäfer", "N"),
            ("Munich", "AD"),
            ("03.11.2026", "D"),
            ("+49 (0)89 2180 7745", "P"),
            ("Ingrid Halvorsen", "N"),
        ],
    ),
    # 49
    (
        "Patient is a ninety-three year old retired teacher, lives with her niece Carolyn. "
        "Presents for BP follow-up: 138/72 seated, HR 70. Gait steady with cane. Next visit "
        "the twenty-second of December.",
        [("ninety-three", "A"), ("Carolyn", "N"), ("twenty-second of December", "D")],
    ),
    # 50
    (
        "Need to update my card on file, the old one ending 4417 expired. Also the autopay took "
        "$212 on 11/05 for a visit I already paid. Confirmation # 88310-QX. - Shirin",
        [("4417", "I"), ("11/05", "D"), ("88310-QX", "I"), ("Shirin", "N")],
    ),
    # 51
    (
        "My Medicare number is 1EG4-TE5-MK73 (the old card had my social on it, 531724406) and my supplement policy is POL-339018827. The front "
        "desk said they couldn't find me in the system for my cataract surgery consult on "
        "December 1. I was born 4/30/1938. Elmer Haugen",
        [
            ("1EG4-TE5-MK73", "I"),
            ("531724406", "S"),
            ("POL-339018827", "I"),
            ("December 1", "D"),
            ("4/30/1938", "D"),
            ("Elmer Haugen", "N"),
        ],
    ),
    # 52
    (
        "Lab callback. Specimen accession 26-LB-0093317 hemolyzed, potassium 6.1 not reliable. "
        "Left VM for pt (Delphine Moreau) at 504-555-0126 to return for redraw tomorrow. "
        "Ordering: Dr. Thibodeaux.",
        [
            ("26-LB-0093317", "I"),
            ("Delphine Moreau", "N"),
            ("504-555-0126", "P"),
            ("Thibodeaux", "N"),
        ],
    ),
    # 53 no PHI ("Dr. Google", weekdays, vitals)
    (
        "I know I shouldn't ask Dr. Google but it says a resting heart rate of 48 is dangerous. "
        "I run 30 miles a week, feel fine, and my BP is 112/70. My watch buzzed twice on Sunday. "
        "Do I need to worry?",
        [],
    ),
    # 54
    (
        "My sister Georgia drove me up from Georgia for my surgery and she has been helping with "
        "my drain. It's putting out about 40 mL a day of yellowish fluid. Is that ok? Lakeisha "
        "Freeman",
        [("Georgia", "N"), ("Lakeisha Freeman", "N")],
        {"Georgia"},
    ),
    # 55
    (
        "Hello the link for my video visit isn't working: "
        "https://meet.example-telehealth.com/j/8841207733?pwd=Zk91 . My appt is 11/25 at 2pm with "
        "Dr. Nakamura-Lee. I'm on my phone, my IPv6 shows 2001:db8:85a3::8a2e:370:7334 if that "
        "helps IT. Vanessa",
        [
            ("https://meet.example-telehealth.com/j/8841207733?pwd=Zk91", "U"),
            ("11/25", "D"),
            ("Nakamura-Lee", "N"),
            ("2001:db8:85a3::8a2e:370:7334", "U"),
            ("Vanessa", "N"),
        ],
    ),
    # 56
    (
        "My username is gracie_h1954 and it keeps locking me out. I need to see the results from "
        "my stress test on Nov. 2nd before my cardiology appt. Grace Holloway, 928-555-0114",
        [("gracie_h1954", "I"), ("Nov. 2nd", "D"), ("Grace Holloway", "N"), ("928-555-0114", "P")],
    ),
    # 57
    (
        "Good morning. My mother-in-law, Mrs. Zhang Wei, has had a swollen left calf since our "
        "flight from Beijing on 18 November. She is 72 and takes tamoxifen. Her calf is 3 cm bigger "
        "than the right one. Please advise urgently. Li Na (daughter-in-law)",
        [("Zhang Wei", "N"), ("Beijing", "AD"), ("18 November", "D"), ("Li Na", "N")],
    ),
    # 58
    (
        'Triage note. Caller: Robert "Bobby" Chanthavong, 58, c/o worsening SOB x2 days, SpO2 '
        "91% RA on home pulse ox, speaking in full sentences. Hx COPD. Advised ED now. Wife "
        "Malee will drive. Pt phone (651) 555-0133.",
        [('Robert "Bobby" Chanthavong', "N"), ("Malee", "N"), ("(651) 555-0133", "P")],
    ),
    # 59
    (
        "I'm getting my results from the hospital in Dublin sent to you. Their records office "
        "email is records@stjamesclinic.example.ie and fax +353 1 555 0147. My hospital number "
        "there was 0084431. Can you confirm when you have them? Siobhán Ní Bhriain",
        [
            ("Dublin", "AD"),
            ("records@stjamesclinic.example.ie", "E"),
            ("+353 1 555 0147", "P"),
            ("0084431", "M"),
            ("Siobhán Ní Bhriain", "N"),
        ],
    ),
    # 60
    (
        "Dear Nurse Patel, thank you for calling back yesterday. The rash is spreading to my neck "
        "now, and I stopped the amoxicillin like you said. I took 25 mg Benadryl at 7. Should I go "
        "to urgent care? Hui Min Goh",
        [("Patel", "N"), ("Hui Min Goh", "N")],
    ),
    # 61 no PHI (clinical note, no identifiers)
    (
        "Progress note: afebrile, T 37.1, HR 88, BP 124/78, RR 16, SpO2 97% RA. Day 3 of "
        "ceftriaxone 1 g IV q24h. WBC down from 14.2 to 9.8. Tolerating diet. Plan: switch to "
        "oral cefpodoxime, discharge tomorrow if stable.",
        [],
    ),
    # 62
    (
        "My wife Oksana's blood sugar dropped to 48 at 2 am. I gave her juice and now she is 104. "
        "She took her Lantus 22 units at 10pm like usual. Do we need to change the dose? "
        "Dmytro Shevchenko, ph 347-555-0161",
        [("Oksana", "N"), ("Dmytro Shevchenko", "N"), ("347-555-0161", "P")],
    ),
    # 63
    (
        "Hey it's Tavita again. Can you send my work note to my supervisor Mr. Leota? His email is "
        "p.leota@harborfreightlines.example.com. I was out Nov 17 through Nov 20 with the flu.",
        [
            ("Tavita", "N"),
            ("Leota", "N"),
            ("p.leota@harborfreightlines.example.com", "E"),
            ("Nov 17", "D"),
            ("Nov 20", "D"),
        ],
    ),
    # 64
    (
        "Sorry to bother you. I'm 90 tomorrow and my kids want a big party, but I've been dizzy "
        "when I stand up since they started the new water pill. Is it safe for me to travel to "
        "Asheville on Saturday? Mildred Pruitt",
        [("90", "A"), ("Asheville", "AD"), ("Mildred Pruitt", "N")],
    ),
    # 65
    (
        "Patient portal message forwarded by front desk (K. Brandt): caller states her son "
        "Aarav Mehta, MRN 00455201, has vomited 5 times since midnight and cannot keep water "
        "down. Callback 201-555-0105. Please triage.",
        [("K. Brandt", "N"), ("Aarav Mehta", "N"), ("00455201", "M"), ("201-555-0105", "P")],
    ),
    # 66
    (
        "hello doctor. i am Kwame Mensah-Bonsu, I come last wk for the cough. The medicine from "
        "the pharmacy on Lincoln Avenue is giving me stomach pain. Rx 550-8812947. Can I take with "
        "food? tel 240 555 0174",
        [
            ("Kwame Mensah-Bonsu", "N"),
            ("Lincoln Avenue", "AD"),
            ("550-8812947", "I"),
            ("240 555 0174", "P"),
        ],
    ),
    # 67
    (
        "Reminder from Riverbend Health: your appointment with Dr. Alisha Raman is on Tue, Dec 1, "
        "2026 at 10:40 AM at 2200 Riverside Dr, Building B, Dayton. Reply C to confirm. Questions? "
        "Call (937) 555-0100.",
        [
            ("Alisha Raman", "N"),
            ("Dec 1, 2026", "D"),
            ("2200 Riverside Dr, Building B", "AD"),
            ("Dayton", "AD"),
            ("(937) 555-0100", "P"),
        ],
    ),
    # 68
    (
        "I got a letter about a data breach saying my info was exposed. It listed my account "
        "number 3390017245, the last 4 of my social (0917) and my date of birth, October 8, 1966. What should I do? Is my medical "
        "info out there? Consuelo Ibarra",
        [("3390017245", "I"), ("0917", "S"), ("October 8, 1966", "D"), ("Consuelo Ibarra", "N")],
    ),
    # 69
    (
        "Discharge summary addendum. 96-year-old male, admitted 11/14/2026, discharged 11/19/2026 "
        "to Cedar Hill SNF. Diagnoses: aspiration pneumonia, resolved. Son Gerald "
        "Whitaker is HCPOA. PCP: Dr. Imani Oduya.",
        [
            ("96", "A"),
            ("11/14/2026", "D"),
            ("11/19/2026", "D"),
            ("Gerald Whitaker", "N"),
            ("Imani Oduya", "N"),
        ],
    ),
    # 70
    (
        "my CGM says sensor error every day. its a Dexcom G7, serial number 4M8K21TQ9. the "
        "sensor code is 5517. I'm on day 4 of 10. Do I need to call Dexcom or you? -Nadia",
        [("4M8K21TQ9", "I"), ("Nadia", "N")],
    ),
    # 71 no PHI (doses, counts, times)
    (
        "How long after my last dose of Ozempic 0.5 mg should I stop before a colonoscopy? I "
        "inject on Sundays. The prep instructions say clear liquids for 24 hours and 2 bottles of "
        "the solution. The procedure is 12/14.",
        [("12/14", "D")],
    ),
    # 72
    (
        "Hi, this is Jasmine from Dr. Rivera's office at Westside Pediatrics, calling about "
        "your daughter's lab results. Please call us at 555-0143, option 2. Our fax for the "
        "school forms is 555-0144.",
        [("Jasmine", "N"), ("Rivera", "N"), ("555-0143", "P"), ("555-0144", "P")],
    ),
    # 73
    (
        "Patient is Adaeze Okonkwo-Harris, born 2/29/1984. She emailed from "
        "adaeze.oh@example.com on 11/21 reporting 3 days of severe migraine, not responding to "
        "sumatriptan 100 mg (max 200 mg/24h). Neuro: Dr. Baptiste.",
        [
            ("Adaeze Okonkwo-Harris", "N"),
            ("2/29/1984", "D"),
            ("adaeze.oh@example.com", "E"),
            ("11/21", "D"),
            ("Baptiste", "N"),
        ],
    ),
    # 74
    (
        "For the hospice intake: patient lives at 610 Magnolia Ave, Lot 14, Hattiesburg 39401. "
        "Primary caregiver: granddaughter Brianna Lott, 601-555-0168. "
        "Patient DOB 1929-05-17.",
        [
            ("610 Magnolia Ave, Lot 14", "AD"),
            ("Hattiesburg", "AD"),
            ("39401", "AD"),
            ("Brianna Lott", "N"),
            ("601-555-0168", "P"),
            ("1929-05-17", "D"),
        ],
    ),
    # 75
    (
        "Can you send my immunization records to my new job? Fax 312.555.0187 attn: Occupational "
        "Health. I had my hep B series in 2003 and a TB test on 9/15/2026. Thanks, Ahmed Qureshi",
        [("312.555.0187", "P"), ("9/15/2026", "D"), ("Ahmed Qureshi", "N")],
    ),
    # 76
    (
        "Cardiology e-consult reply to Dr. Vasquez: Agree with holding metoprolol for HR 46. "
        "Recommend 14-day patch monitor; device ZIO-XT SN 48820193A has been mailed to the "
        "patient. Review when back. — Ravi Subramanian, MD, ext. 4471",
        [("Vasquez", "N"), ("48820193A", "I"), ("Ravi Subramanian", "N"), ("4471", "P")],
    ),
    # 77
    (
        "My mom, Mrs. Rahima Begum, age 91, speaks only Sylheti. She has had pain in her belly "
        "since Friday night and threw up twice. Her GP in Bradford is Dr. Akhtar. I am her son "
        "Rashid, please call +44 1274 555 0109.",
        [
            ("Rahima Begum", "N"),
            ("91", "A"),
            ("Bradford", "AD"),
            ("Akhtar", "N"),
            ("Rashid", "N"),
            ("+44 1274 555 0109", "P"),
        ],
    ),
    # 78 no PHI (state alone, bare year, count)
    (
        "I'll be in Florida for the winter. Can my warfarin INR checks be done down there? I've "
        "been on it since 2017, target 2-3, last INR 2.4. I usually go every 4 weeks.",
        [],
    ),
    # 79
    (
        "please cancel the 1:30 on 12-03 for Tomás Reyes, he's in the hospital at Mercy since "
        "sunday. This is his wife Graciela. our home number is (915) 555-0136",
        [("12-03", "D"), ("Tomás Reyes", "N"), ("Graciela", "N"), ("(915) 555-0136", "P")],
    ),
    # 80
    (
        "Re: Claim No. 7734-A-229015 / DOS 09/22/2026 / Patient: Oyelaran, Bisi\nYour payment of "
        "$0.00 does not match the EOB. Please resubmit with modifier 25. Contact Heidi at "
        "(800) 555-0121 ext. 31077.",
        [
            ("7734-A-229015", "I"),
            ("09/22/2026", "D"),
            ("Oyelaran, Bisi", "N"),
            ("Heidi", "N"),
            ("(800) 555-0121 ext. 31077", "P"),
        ],
    ),
    # 81
    (
        "My daughter Keala (15) got her period for the first time on Oct 28th and it hasn't "
        "stopped, she's going through a pad every 2 hours and feels lightheaded. Our address for "
        "the visit is 88-1247 Mamalahoa Hwy, Captain Cook, HI 96704. - Noelani Kahananui",
        [
            ("Keala", "N"),
            ("Oct 28th", "D"),
            ("88-1247 Mamalahoa Hwy", "AD"),
            ("Captain Cook", "AD"),
            ("96704", "AD"),
            ("Noelani Kahananui", "N"),
        ],
    ),
    # 82
    (
        "Hi team, Dr. Bergström here. Please add my cell to the on-call list: 617-555-0189. My "
        "pager is 617-555-0102 #4418. Starting 12/01 through 12/07.",
        [
            ("Bergström", "N"),
            ("617-555-0189", "P"),
            ("617-555-0102 #4418", "P"),
            ("12/01", "D"),
            ("12/07", "D"),
        ],
    ),
    # 83
    (
        "I need a letter for my landlord about my service dog. I live at 5021 Alcott St #2, "
        "Denver, CO 80221-4402. Landlord is Mr. Travis Kemper. My diagnosis is PTSD from my 2 "
        "deployments. Thank you, SSgt (ret.) Darnell Hughes",
        [
            ("5021 Alcott St #2", "AD"),
            ("Denver", "AD"),
            ("80221-4402", "AD"),
            ("Travis Kemper", "N"),
            ("Darnell Hughes", "N"),
        ],
    ),
    # 84
    (
        "Message on behalf of Dr. Ifeoma Chukwu: your biopsy from 11/16 is benign. No further "
        "action needed. If you have questions reply here or visit www.riverbendhealth.example.org/"
        "pathology.",
        [
            ("Ifeoma Chukwu", "N"),
            ("11/16", "D"),
            ("www.riverbendhealth.example.org/pathology", "U"),
        ],
    ),
    # 85
    (
        "I was in a car accident on 11/11 (the other driver ran a red light) and my neck has been "
        "stiff since. The police report number is 2026-118447 and my auto claim is "
        "AUTO-5529031-01. My car plate is ZRT 4410. Do I bill my health insurance or theirs? "
        "Marguerite Dubois",
        [
            ("11/11", "D"),
            ("2026-118447", "I"),
            ("AUTO-5529031-01", "I"),
            ("ZRT 4410", "I"),
            ("Marguerite Dubois", "N"),
        ],
    ),
    # 86
    (
        "Urgent!!! My father Ebenezer Asante (age 99) is breathing fast and his lips look blue. "
        "The home oxygen says 84%. Should I call 911? He has an appointment with Dr. Kline on the "
        "3rd of December.",
        [("Ebenezer Asante", "N"), ("99", "A"), ("Kline", "N"), ("3rd of December", "D")],
    ),
    # 87
    (
        "Telephone encounter 11/22/26: Pt's husband (Joaquín) reports pt fell at home, hit head, "
        "on apixaban 5 mg BID. No LOC. Advised ED for CT head. Husband agrees. Documented by "
        "Marta Lindqvist-Berg, RN.",
        [("11/22/26", "D"), ("Joaquín", "N"), ("Marta Lindqvist-Berg", "N")],
    ),
    # 88 no PHI (near-miss numbers)
    (
        "After my kidney stone I was told to drink 2.5-3 liters a day and cut salt to under 2,300 "
        "mg. I'm 34 and this is my 2nd stone. The stone was 6 mm, calcium oxalate. Are there "
        "foods I should avoid?",
        [],
    ),
    # 89
    (
        "Hi Dr. Abernathy's team, I got my colonoscopy prep kit but the instructions are for a "
        "procedure on 1 December and my procedure is on 8 December? Confirmation code "
        "GI-77Q2. Please clarify. Wen Jie Lim",
        [
            ("Abernathy", "N"),
            ("1 December", "D"),
            ("8 December", "D"),
            ("GI-77Q2", "I"),
            ("Wen Jie Lim", "N"),
        ],
    ),
    # 90
    (
        "I think someone else's results are in my chart. There's a lab from 2026/11/10 for "
        '"Marcus A. Delacroix" and I am Marcia Delacroix. My MRN is 8841-2290. Please fix this.',
        [
            ("2026/11/10", "D"),
            ("Marcus A. Delacroix", "N"),
            ("Marcia Delacroix", "N"),
            ("8841-2290", "M"),
        ],
    ),
    # 91
    (
        "Good evening. Our grandfather Isaac Rosenbaum (102 years old!) has a pressure sore on his "
        "heel, about the size of a quarter, black in the middle. He lives in the Brookline house, "
        "14 Winthrop Rd. His aide is Fatou.",
        [
            ("Isaac Rosenbaum", "N"),
            ("102", "A"),
            ("Brookline", "AD"),
            ("14 Winthrop Rd", "AD"),
            ("Fatou", "N"),
        ],
    ),
    # 92
    (
        "Hi, quick question for Dr. Ngata. My son Tane was bitten by our neighbour's cat this "
        "morning on his hand. He's 11, up to date with shots (last tetanus 03/2021). Is it "
        "swollen enough to need antibiotics? Aroha Ngata-Williams",
        [("Ngata", "N"), ("Tane", "N"), ("03/2021", "D"), ("Aroha Ngata-Williams", "N")],
    ),
    # 93
    (
        "Forwarding this from my email:\n\nFrom: no-reply@labresults-mail.example.com\n"
        "Sent: 11/21/2026 6:03 AM\nTo: samir.haddad77@example.net\nYour results are ready. View "
        "at https://results.example.com/r/Q7XW22. Ref # LR-99201457.\n\nCan Dr. Elkins explain "
        "the LDL?",
        [
            ("no-reply@labresults-mail.example.com", "E"),
            ("11/21/2026", "D"),
            ("samir.haddad77@example.net", "E"),
            ("https://results.example.com/r/Q7XW22", "U"),
            ("LR-99201457", "I"),
            ("Elkins", "N"),
        ],
    ),
    # 94
    (
        "This is Rev. Thomas Mbeki. I visit parishioner Mr. Ambrose Kallon every week and he "
        "seems much more short of breath than when I saw him on Wednesday. He's on Lasix. He "
        "asked me to write since his hands shake. He's in apartment 3F at 455 Dorset Ave, "
        "Silver Spring.",
        [
            ("Thomas Mbeki", "N"),
            ("Ambrose Kallon", "N"),
            ("apartment 3F", "AD"),
            ("455 Dorset Ave", "AD"),
            ("Silver Spring", "AD"),
        ],
    ),
    # 95
    (
        "Op note excerpt: 67 y/o M, lap chole 11/23/2026. Surgeon: Dr. Yetunde Balogun. "
        "Assistant: Dr. Kyle Brandt. EBL 20 mL. 4 ports. Specimen to path. Pt's daughter "
        "Chioma updated by phone at 16:40.",
        [("11/23/2026", "D"), ("Yetunde Balogun", "N"), ("Kyle Brandt", "N"), ("Chioma", "N")],
    ),
    # 96 no PHI (weekday, state alone, dose)
    (
        "Every Wednesday after my methotrexate 15 mg I feel nauseated and wiped out until Friday. "
        "My rheumatologist back in Ohio, Dr. Kaminski, had me take folic acid 1 mg daily. Is there "
        "anything else that helps?",
        [("Kaminski", "N")],
    ),
    # 97
    (
        "Pharmacy note: Rx #RX-4410937 for oxycodone 5 mg #20 filled 11/19/2026 at the pharmacy "
        "on Main Street in Zanesville. Prescriber DEA AB1234563. Early refill request denied. Pt Cody "
        "Rasmussen notified.",
        [
            ("RX-4410937", "I"),
            ("11/19/2026", "D"),
            ("Main Street", "AD"),
            ("Zanesville", "AD"),
            ("AB1234563", "I"),
            ("Cody Rasmussen", "N"),
        ],
    ),
    # 98
    (
        "Hi Nurse Ama, Mom's oxygen concentrator (serial 1127-CX-30948) keeps beeping and won't "
        "make oxygen. The supplier said call your office for a new order. Her name is Grace "
        "Boateng and her date of birth is Jan 3 1941. I'm Kofi, 267-555-0153.",
        [
            ("Ama", "N"),
            ("1127-CX-30948", "I"),
            ("Grace Boateng", "N"),
            ("Jan 3 1941", "D"),
            ("Kofi", "N"),
            ("267-555-0153", "P"),
        ],
    ),
    # 99
    (
        "Re: Erin MacAllister (MRN 6602917), 38 y/o G2P1 at 31 wks. BP 152/98 at clinic on "
        "November 23rd; repeat 148/96. Urine protein 2+. Sent to L&D for eval per Dr. Hollis. "
        "Husband Callum aware.",
        [
            ("Erin MacAllister", "N"),
            ("6602917", "M"),
            ("November 23rd", "D"),
            ("Hollis", "N"),
            ("Callum", "N"),
        ],
    ),
    # 100
    (
        "Hola, soy Rosario Quispe. Necesito cambiar mi cita del 9 de diciembre, tengo que viajar a "
        "Lima. Mi teléfono es 786-555-0117. Sorry my English is not good. Gracias.",
        [("Rosario Quispe", "N"), ("9 de diciembre", "D"), ("Lima", "AD"), ("786-555-0117", "P")],
    ),
]

# ---------------------------------------------------------------- validation helpers

SWEEPS = [  # things that must always be inside a span if they appear
    ("email", re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")),
    ("url", re.compile(r"(https?://\S+|www\.\S+)")),
    ("ipv4", re.compile(r"\b\d{1,3}(\.\d{1,3}){3}\b")),
    ("long digits", re.compile(r"\d[\d -]{5,}\d")),
]


def locate(text: str, spans: list[tuple[str, str]]) -> list[dict]:
    out, cursor = [], 0
    for sub, lab in spans:
        i = text.find(sub, cursor)
        if i < 0:
            raise SystemExit(f"span {sub!r} not found after offset {cursor} in {text[:60]!r}")
        out.append({"start": i, "end": i + len(sub), "label": LABELS[lab]})
        cursor = i + len(sub)
    return out


def check(n: int, text: str, spans: list[dict], allow: set[str]) -> None:
    where = f"item {n}"
    for s in spans:
        frag = text[s["start"] : s["end"]]
        assert frag == frag.strip(), f"{where}: span {frag!r} has outer whitespace"
        initials = re.fullmatch(r"(?:[A-Z]\.)+", frag) is not None
        assert initials or frag[-1] not in ".,;:!?)'", f"{where}: span {frag!r} ends in punctuation"
        assert not frag.endswith("'s"), f"{where}: possessive inside {frag!r}"
        assert s["label"] in LABELS.values()
    for a, b in zip(spans, spans[1:], strict=False):  # noqa: RUF007
        assert a["end"] <= b["start"], f"{where}: overlapping spans"

    def covered(i: int, j: int) -> bool:
        return any(s["start"] <= i and j <= s["end"] for s in spans)

    # every word-bounded occurrence of an annotated string must be annotated
    for s in spans:
        frag = text[s["start"] : s["end"]]
        if frag in allow:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(frag) + r"(?!\w)", text):
            assert covered(m.start(), m.end()), f"{where}: un-annotated repeat of {frag!r}"
    for what, rx in SWEEPS:
        for m in rx.finditer(text):
            frag = m.group(0).rstrip(".,)")
            if (
                what == "long digits"
                and sum(c.isdigit() for c in frag) >= 7
                and not any(
                    s["start"] < m.start() + len(frag) and m.start() < s["end"] for s in spans
                )
            ):
                raise AssertionError(f"{where}: uncovered {what} {frag!r}")
            if what != "long digits":
                assert covered(m.start(), m.start() + len(frag)), (
                    f"{where}: uncovered {what} {frag!r}"
                )


def main() -> None:
    assert len(ITEMS) == 100, len(ITEMS)
    rows, texts = [], []
    for n, item in enumerate(ITEMS, 1):
        text, raw = item[0], item[1]
        allow = item[2] if len(item) > 2 else set()
        spans = locate(text, raw)
        check(n, text, spans, allow)
        texts.append(text)
        rows.append(
            {
                "id": f"guide2-phi-{n:04d}",
                "category": "phi",
                "added": "2026-11-24",
                "source": "guideline PHI annotation set 2",
                "text": text,
                "spans": spans,
            }
        )
    assert len(set(texts)) == len(texts), "duplicate text"
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            r = difflib.SequenceMatcher(None, texts[i], texts[j]).ratio()
            assert r < 0.6, f"near-duplicate items {i + 1} and {j + 1} ({r:.2f})"

    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide2.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    check_cmd = [
        sys.executable,
        "-c",
        "import json,sys; sys.path.insert(0,'.'); from harness.contract import "
        "parse_item; [parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; "
        "print('ok')",
        tmp,
    ]
    res = subprocess.run(check_cmd, capture_output=True, text=True)
    if res.returncode != 0 or res.stdout.strip() != "ok":
        os.unlink(tmp)
        raise SystemExit(f"contract validation failed:\n{res.stdout}\n{res.stderr}")
    os.chmod(tmp, 0o644)
    os.replace(tmp, OUT)

    counts: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    empty = sum(1 for r in rows if not r["spans"])
    print(f"wrote {len(rows)} items to {OUT}; {empty} with no PHI; {sum(counts.values())} spans")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
