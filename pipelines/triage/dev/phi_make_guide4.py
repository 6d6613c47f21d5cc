"""Generate pipelines/triage/dev/phi_guide4.jsonl: 100 PHI-annotated texts (guideline **phi** rule).

Each item is written as plain text plus its spans as (substring, LABEL) pairs listed in text
order; offsets are computed by locating each substring after the previous span's end. Every span
is validated (exact substring, word boundaries, no surrounding whitespace/punctuation, no
overlap, label-specific checks) and every occurrence of an annotated surface string must be
covered by a span unless explicitly listed in `ignore`. The file is written atomically and then
checked with the harness's parse_item. Calls where the guideline is silent: CONVENTIONS.md.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide4.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
TITLES = (
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Nurse",
    "Prof",
    "Prof.",
    "Aunt",
    "Uncle",
    "Doctor",
    "Pastor",
    "Pharmacist",
    "Grandma",
    "Grandpa",
    "Sister",
    "Father",
    "Mx.",
)
NUM_WORDS = {"ninety", "hundred"}

ITEMS: list[tuple[str, list[tuple[str, str]], list[str]]] = []


def P(text: str, *spans: tuple[str, str], ignore: tuple[str, ...] = ()) -> None:
    ITEMS.append((text, list(spans), list(ignore)))


# ---------------------------------------------------------------- items (text, spans in order)

P(
    "Hi, this is Marisol Etxeberria (DOB 04/17/1962). My lisinopril 20 mg ran out and the pharmacy "
    "says Rx #6120448 has no refills left. Can Dr. Okafor send a new one to the Walgreens on "
    "Fenwick Ave? My cell is 312-555-0148. Thanks!",
    ("Marisol Etxeberria", "NAME"),
    ("04/17/1962", "DATE"),
    ("6120448", "ID"),
    ("Okafor", "NAME"),
    ("Fenwick Ave", "ADDRESS"),
    ("312-555-0148", "PHONE"),
)

P(
    "my dad Tomasz Wiśniewski is 94 and hes been more confused since sunday, not eating much. he "
    "lives with me at 88 Larkspur Ln Apt 3B, Hamtramck MI 48212. is this a UTI thing again?? last "
    "time Dr Haddad gave him cipro. -Agnieszka",
    ("Tomasz Wiśniewski", "NAME"),
    ("94", "AGE"),
    ("88 Larkspur Ln Apt 3B, Hamtramck MI 48212", "ADDRESS"),
    ("Haddad", "NAME"),
    ("Agnieszka", "NAME"),
)

P(
    "Quick question - I take metformin 500 mg twice a day and my sugar this morning was 142. I've "
    "had 3 episodes of loose stool since Tuesday. Should I hold the dose? I've been on it since "
    "2019 and never had this."
)

P(
    "RN telephone note 11/03/2026 14:20. Spoke with pt Keanu Kahananui (MRN 00731592) re: swelling "
    "L ankle x2 days. Denies SOB, chest pain. BP per home cuff 138/86, HR 78. Advised elevation, "
    "ice, f/u with PCP Dr. Lindqvist on 11/05. Pt verbalized understanding. -- S. Brennan, RN",
    ("11/03/2026", "DATE"),
    ("Keanu Kahananui", "NAME"),
    ("00731592", "MRN"),
    ("Lindqvist", "NAME"),
    ("11/05", "DATE"),
    ("S. Brennan", "NAME"),
)

P(
    "---------- Forwarded message ---------\nFrom: Priya Raghunathan <priya.raghu@example.com>\n"
    "Date: Mon, Oct 12, 2026 at 9:14 AM\nSubject: my mom's lab results\nTo: Patient Messages "
    "<messages@clinic.example.org>\n\nPlease see below, my mother Lakshmi Raghunathan got her A1c "
    "back at 8.9 and nobody called her. Her number is (408) 555-0172.",
    ("Priya Raghunathan", "NAME"),
    ("priya.raghu@example.com", "EMAIL"),
    ("Oct 12, 2026", "DATE"),
    ("messages@clinic.example.org", "EMAIL"),
    ("Lakshmi Raghunathan", "NAME"),
    ("(408) 555-0172", "PHONE"),
)

P(
    "Hello, I got a bill for $412.60 for my visit on Sept 9 but my insurance should have covered "
    "it. Account number 88-204-7713, claim # CLM2026-0093318. My member ID on my Aetna card is "
    "W284019377. You can reach me on my work line 617-555-0134 ext. 209 or just email "
    "d.mbeki.home@example.net.\nDumisani Mbeki",
    ("Sept 9", "DATE"),
    ("88-204-7713", "ID"),
    ("CLM2026-0093318", "ID"),
    ("W284019377", "ID"),
    ("617-555-0134 ext. 209", "PHONE"),
    ("d.mbeki.home@example.net", "EMAIL"),
    ("Dumisani Mbeki", "NAME"),
)

P(
    "Hi Dr. Ferreira, I'm in Porto visiting family until 12 December and I've had a cough with "
    "green phlegm for 5 days, temp 38.2. Can someone call me on my Portuguese number +351 912 345 "
    "678? Or WhatsApp. Obrigado, João Pedro Alves",
    ("Ferreira", "NAME"),
    ("Porto", "ADDRESS"),
    ("12 December", "DATE"),
    ("+351 912 345 678", "PHONE"),
    ("João Pedro Alves", "NAME"),
)

P(
    "I was rear-ended in the clinic parking garage on 10/28 - the other driver's plate was 7KXR392 "
    "(California). My neck has been stiff ever since and turning left hurts. Do I need an x-ray? "
    "My own car is plate 8BFT114 if the garage needs it for the incident report. Mei-Ling Chou",
    ("10/28", "DATE"),
    ("7KXR392", "ID"),
    ("8BFT114", "ID"),
    ("Mei-Ling Chou", "NAME"),
)

P(
    "My insulin pump keeps alarming 'occlusion detected'. Model MMT-780G, serial NG4471902K on the "
    "back. I changed the site twice today already. Blood sugar 287 and climbing. Who do I call??",
    ("NG4471902K", "ID"),
)

P(
    "Geriatrics consult 2026-11-02. 91 y/o F, Ms. Eleanor Whitcombe-Hayes, admitted 2026-10-30 "
    "after a fall at home in Brattleboro. Lives alone; daughter Ruth Whitcombe (HCP) reachable at "
    "802-555-0161. Plan: PT/OT, orthostatic vitals, hold zolpidem.",
    ("2026-11-02", "DATE"),
    ("91", "AGE"),
    ("Eleanor Whitcombe-Hayes", "NAME"),
    ("2026-10-30", "DATE"),
    ("Brattleboro", "ADDRESS"),
    ("Ruth Whitcombe", "NAME"),
    ("802-555-0161", "PHONE"),
)

P(
    "Dear Dr. Abernathy-Singh,\n\nThank you for seeing Mr. Olusegun Adeyemi (DOB 3 March 1971, "
    "MRN 4410-2297) for evaluation of suspected obstructive sleep apnea. His Epworth score is 16 "
    "and BMI 34. He can be reached at 713-555-0103 or oadeyemi71@example.com. His address is 4120 "
    "Bellfort Ave, Houston, TX 77051.\n\nSincerely,\nCatalina Restrepo, MD\nFax 713-555-0190",
    ("Abernathy-Singh", "NAME"),
    ("Olusegun Adeyemi", "NAME"),
    ("3 March 1971", "DATE"),
    ("4410-2297", "MRN"),
    ("713-555-0103", "PHONE"),
    ("oadeyemi71@example.com", "EMAIL"),
    ("4120 Bellfort Ave, Houston, TX 77051", "ADDRESS"),
    ("Catalina Restrepo", "NAME"),
    ("713-555-0190", "PHONE"),
)

P(
    "Is it ok to take ibuprofen 400mg with my amoxicillin 875? Dentist said 2 tabs every 8 hrs. "
    "I'm 67 and have high blood pressure (usually around 130/80). I live in Ohio if that matters "
    "for which urgent care I should use."
)

P(
    "my son Jaylen Brooks-Whitaker (hes 7) got hit w a soccer ball at Roosevelt Elementary today, "
    "nose bled for like 20 min. hes ok now but kinda dizzy?? his pedi is dr. nwosu. call "
    "404.555.0187 plz",
    ("Jaylen Brooks-Whitaker", "NAME"),
    ("nwosu", "NAME"),
    ("404.555.0187", "PHONE"),
)

P(
    "Hi, I need to move my colonoscopy from the twenty-third of January to sometime in February if "
    "possible. The prep sheet says clear liquids the day before. My husband Rafael will drive me. "
    "Confirmation # is APT-558201. Thank you, Guadalupe Serrano",
    ("twenty-third of January", "DATE"),
    ("February", "DATE"),
    ("Rafael", "NAME"),
    ("APT-558201", "ID"),
    ("Guadalupe Serrano", "NAME"),
)

P(
    "I keep getting locked out of the portal. The error page says 'Access denied for 203.0.113.47' "
    "and gives a ticket link https://support.example-health.org/t/88213 . My username is "
    "bobbyk1948. Robert Kowalczyk",
    ("203.0.113.47", "URL"),
    ("https://support.example-health.org/t/88213", "URL"),
    ("bobbyk1948", "ID"),
    ("Robert Kowalczyk", "NAME"),
)

P(
    "Dr. Seo, my thyroid ultrasound on 2026.10.19 said 'hypoechoic nodule 1.4 cm, TI-RADS 4'. What "
    "does that mean? Do I need a biopsy? 감사합니다. - Park Ji-hoon",
    ("Seo", "NAME"),
    ("2026.10.19", "DATE"),
    ("Park Ji-hoon", "NAME"),
)

P(
    "Hospice RN visit note. Pt Mrs. Beatrice Okonkwo-Lamb, 102, resting comfortably, RR 14, SpO2 "
    "93% RA. Granddaughter Chidinma present, asks about the morphine schedule. Next visit Thu "
    "11/20. Hospice on-call line 1-800-555-0142.",
    ("Beatrice Okonkwo-Lamb", "NAME"),
    ("102", "AGE"),
    ("Chidinma", "NAME"),
    ("11/20", "DATE"),
    ("1-800-555-0142", "PHONE"),
)

P(
    "My BP log this week: Mon 142/91, Tue 138/88, Wed 151/95 (forgot my pill), Thu 135/84. Pulse "
    "72-80. Took amlodipine 5 mg every day except Wednesday. Should I go up to 10?"
)

P(
    "Registration note: patient Hamid Sultani reports his SSN was entered wrong at the 10/14/2026 "
    "encounter. Correct SSN 921-47-0386; incorrect one on file 921-74-0386. Insurance policy # "
    "HMO-77231948. Forwarded to billing to reprocess.",
    ("Hamid Sultani", "NAME"),
    ("10/14/2026", "DATE"),
    ("921-47-0386", "SSN"),
    ("921-74-0386", "SSN"),
    ("HMO-77231948", "ID"),
)

P(
    "They asked for the last 4 of my social to verify - it's 6620. My name is Yolanda Pierre-Louis, "
    "born 9/2/58. I need my Eliquis prior auth redone, the CVS #2231 on Flatbush says it expired "
    "11/01.",
    ("6620", "SSN"),
    ("Yolanda Pierre-Louis", "NAME"),
    ("9/2/58", "DATE"),
    ("Flatbush", "ADDRESS"),
    ("11/01", "DATE"),
)

P(
    "This is Nkechi, Emeka Obi's wife. Emeka's blood sugar has been in the 300s since his steroid "
    "shot on Friday. Dr. Lam's nurse told us to message here. He is 58 and on insulin glargine "
    "24 units at night.",
    ("Nkechi", "NAME"),
    ("Emeka Obi", "NAME"),
    ("Emeka", "NAME"),
    ("Lam", "NAME"),
)

P(
    "Please fax the report from my 6/30/2026 knee MRI to Dr. Haruka Tanaka's office at Summit "
    "Orthopedics, fax (503) 555-0117, attention Colleen, or call them at 503-555-0110 x4412 if "
    "it doesn't go through. - Brent Oyelaran",
    ("6/30/2026", "DATE"),
    ("Haruka Tanaka", "NAME"),
    ("(503) 555-0117", "PHONE"),
    ("Colleen", "NAME"),
    ("503-555-0110 x4412", "PHONE"),
    ("Brent Oyelaran", "NAME"),
)

P(
    "I haven't been sleeping since my brother Desmond passed on Nov. 3rd. The sertraline 50 isn't "
    "touching it. I don't want to hurt myself but I'm really struggling. - Tanisha",
    ("Desmond", "NAME"),
    ("Nov. 3rd", "DATE"),
    ("Tanisha", "NAME"),
)

P(
    "Here's the link to the photo of the rash since the portal won't take attachments: "
    "https://photos.example.com/s/kB7qLx2 - it started on my forearm on 10/31 after hiking near "
    "Sedona. Jorge Castañeda Ruiz, 520-555-0126",
    ("https://photos.example.com/s/kB7qLx2", "URL"),
    ("10/31", "DATE"),
    ("Sedona", "ADDRESS"),
    ("Jorge Castañeda Ruiz", "NAME"),
    ("520-555-0126", "PHONE"),
)

P(
    "Triage call. Caller: Fatuma Warsame (mother) for pt Abdirahman Warsame, DOB 2019-06-14, "
    "MRN# 0092281. 2 episodes emesis, tolerating sips, no blood. Advised ORS, call back if no wet "
    "diaper in 8 h. Callback 612-555-0175.",
    ("Fatuma Warsame", "NAME"),
    ("Abdirahman Warsame", "NAME"),
    ("2019-06-14", "DATE"),
    ("0092281", "MRN"),
    ("612-555-0175", "PHONE"),
)

P(
    "Mum turned ninety-three last week and since then she's had swollen ankles. She's on "
    "furosemide 40mg. Could Dr. Achterberg see her before Christmas Eve? Her name is Winifred "
    "Osei. I'm her son Kwabena, 07700 900461 (UK mobile, I'm over visiting).",
    ("ninety-three", "AGE"),
    ("Achterberg", "NAME"),
    ("Christmas Eve", "DATE"),
    ("Winifred Osei", "NAME"),
    ("Kwabena", "NAME"),
    ("07700 900461", "PHONE"),
)

P(
    "Refill request: Rx 0349921-07 (atorvastatin 40) and Rx 0349922-03 (metoprolol succinate 25). "
    "Pharmacy: Rite Aid, 1900 E Main St, Ventura. Pt: Shira Levinson-Katz DOB 1/8/1979.",
    ("0349921-07", "ID"),
    ("0349922-03", "ID"),
    ("1900 E Main St, Ventura", "ADDRESS"),
    ("Shira Levinson-Katz", "NAME"),
    ("1/8/1979", "DATE"),
)

P(
    "My rheumatologist thinks it might be Sjögren's rather than just Hashimoto's. Can I keep "
    "taking levothyroxine 75 mcg with the new hydroxychloroquine 200 mg twice daily? My last eye "
    "exam was in 2024 and my grandmother had Parkinson's, if that matters."
)

P(
    "Xin chào, tôi là Nguyễn Thị Hoa. Sorry my English. I get bill for ER visit August 2, 2026 but "
    "I have Medi-Cal, ID 91234567A. Bill say I owe $1,280. Please help me. Phone 714-555-0131.",
    ("Nguyễn Thị Hoa", "NAME"),
    ("August 2, 2026", "DATE"),
    ("91234567A", "ID"),
    ("714-555-0131", "PHONE"),
)

P(
    "Oncology progress note 11/10/2026. Ms. Aroha Ngata, C3D1 pembrolizumab. Reports 4 loose "
    "stools/day over baseline since 11/06. Discussed with Dr. Ng; Dr. Ng's plan: hold cycle, start "
    "prednisone 1 mg/kg. Son Wiremu updated by phone (021 555 0193, NZ mobile).",
    ("11/10/2026", "DATE"),
    ("Aroha Ngata", "NAME"),
    ("11/06", "DATE"),
    ("Ng", "NAME"),
    ("Ng", "NAME"),
    ("Wiremu", "NAME"),
    ("021 555 0193", "PHONE"),
)

P(
    "FYI from my HR lady --\n> From: Kristen Albrecht <kalbrecht@hr.example-logistics.com>\n"
    "> Sent: 11/17/2026 4:02 PM\n> Dominic, we still need your return-to-work note from Dr. "
    "Vasquez before Monday. Fax it to 216-555-0108.\nCan you guys send that? I'm cleared right? "
    "Back surgery was 9/15. - Dominic Ferraro",
    ("Kristen Albrecht", "NAME"),
    ("kalbrecht@hr.example-logistics.com", "EMAIL"),
    ("11/17/2026", "DATE"),
    ("Dominic", "NAME"),
    ("Vasquez", "NAME"),
    ("216-555-0108", "PHONE"),
    ("9/15", "DATE"),
    ("Dominic Ferraro", "NAME"),
)

P(
    "Yá'át'ééh. My grandmother Lorraine Begay needs her dialysis transport moved. She lives at "
    "HC 61 Box 218, Chinle, AZ 86503. Her dialysis days are Mon/Wed/Fri. She turns 90 in January "
    "and gets tired easy. -Tyrell Yazzie",
    ("Lorraine Begay", "NAME"),
    ("HC 61 Box 218, Chinle, AZ 86503", "ADDRESS"),
    ("90", "AGE"),
    ("January", "DATE"),
    ("Tyrell Yazzie", "NAME"),
)

P(
    "Called pt back re: cough. 3rd day of symptoms, afebrile, SpO2 97%, no dyspnea, speaking full "
    "sentences. Advised honey, fluids, return precautions reviewed. Pt agrees with plan. 12 min "
    "call."
)

P(
    "The urgent care scanned my driver's license instead of my insurance card, so the claim got "
    "denied. License # D441-9288-1703 (IL). Real member ID is XJH820014593. Can you fix it on "
    "your end? Thx, Anton Petrenko",
    ("D441-9288-1703", "ID"),
    ("XJH820014593", "ID"),
    ("Anton Petrenko", "NAME"),
)

P(
    "I need a letter for my flight to Manila on 12/19 saying I can carry insulin pens and needles. "
    "Passport no. P4820193A. Name exactly as on passport: MARIA CONCEPCION DELA CRUZ. Thank you "
    "po!",
    ("Manila", "ADDRESS"),
    ("12/19", "DATE"),
    ("P4820193A", "ID"),
    ("MARIA CONCEPCION DELA CRUZ", "NAME"),
)

P(
    "Lab result notification\nAccession: 26-CH-0048812\nCollected: Oct-07-2026 07:45\nPatient: "
    "Halvorsen, Ingrid M.\nTSH 6.8 mIU/L (H) [ref 0.4-4.5]\nFree T4 0.9 ng/dL\nOrdering: "
    "Imani Okafor-Reyes, NP (NPI 1467583920)",
    ("26-CH-0048812", "ID"),
    ("Oct-07-2026", "DATE"),
    ("Halvorsen, Ingrid M.", "NAME"),
    ("Imani Okafor-Reyes", "NAME"),
    ("1467583920", "ID"),
)

P(
    "hey its me again lol. pls call me 2065550143 i cant get thru on the main line. my throat is "
    "killing me and theres white spots. Sione Fifita",
    ("2065550143", "PHONE"),
    ("Sione Fifita", "NAME"),
)

P(
    "Hola, soy Rosa Elvira Quispe. Mi hijo Mateo tiene fiebre de 39 desde el martes y no quiere "
    "comer. Vivimos en calle Arbor 1520, apto 4, Salinas. Mi teléfono es 831 555 0152. Gracias.",
    ("Rosa Elvira Quispe", "NAME"),
    ("Mateo", "NAME"),
    ("calle Arbor 1520, apto 4, Salinas", "ADDRESS"),
    ("831 555 0152", "PHONE"),
)

P(
    "SW note: Pt is an 89 yo M with moderate dementia. Wife Dolores (age 90) is primary caregiver "
    "and reports caregiver strain. Adult son lives in Oregon. Referred to adult day program; "
    "respite info given.",
    ("Dolores", "NAME"),
    ("90", "AGE"),
)

P(
    "My husband is 89 and his INR was 3.4 yesterday. He's on warfarin 5 mg except 2.5 on Sundays. "
    "Should we skip tonight's dose? He had a small nosebleed that stopped after 10 minutes."
)

P(
    "Can the nurse email me the after-visit summary instead? my email is jlee dot kpop at example "
    "dot com (the portal keeps timing out). - Jae-won Lee",
    ("jlee dot kpop at example dot com", "EMAIL"),
    ("Jae-won Lee", "NAME"),
)

P(
    "ED to floor handoff 14-Nov-2026 0830: Mr. Anand Krishnamurthy's K was 6.1, repeat pending. "
    "On lisinopril + spironolactone, both held. Cardiology (Dr. Beaulieu) aware. Family: wife "
    "Meenakshi at bedside.",
    ("14-Nov-2026", "DATE"),
    ("Anand Krishnamurthy", "NAME"),
    ("Beaulieu", "NAME"),
    ("Meenakshi", "NAME"),
)

P(
    "Hello, I was born 12th of May 1947 and I want to know if I'm due for the new pneumonia shot. "
    "I had Pneumovax in 2015 I think. Regards, Gerald Ashworth-Moore",
    ("12th of May 1947", "DATE"),
    ("Gerald Ashworth-Moore", "NAME"),
)

P(
    "I'm getting Lasik on the 5th and the eye surgeon wants me off my Latisse and eye drops a week "
    "before. Is it ok to stop the Restasis too? My appointment with Dr. Bianchi was at 2:30 on "
    "Monday.",
    ("5th", "DATE"),
    ("Bianchi", "NAME"),
)

P(
    "Dear colleague,\n\nRe: Ms. Svetlana Morozova, DOB 22.07.1985, 27 Kingsway Court, Flat 12, "
    "Leeds LS6 2PQ.\n\nI would be grateful if you could review this lady, who has moved to the "
    "US, with relapsing-remitting MS on natalizumab. Her last infusion was on 01/11/2026 (UK date "
    "format). She can be contacted on +44 113 496 0734.\n\nYours sincerely,\nDr Alasdair "
    "McKenzie-Grant\nConsultant Neurologist",
    ("Svetlana Morozova", "NAME"),
    ("22.07.1985", "DATE"),
    ("27 Kingsway Court, Flat 12, Leeds LS6 2PQ", "ADDRESS"),
    ("01/11/2026", "DATE"),
    ("+44 113 496 0734", "PHONE"),
    ("Alasdair McKenzie-Grant", "NAME"),
)

P(
    "Hi, Mrs. Jones's daughter here (Tamsin). Mom fell last night getting up to pee, no head "
    "strike, but her left wrist is swollen and purple. Should we go to urgent care or wait for "
    "Dr. Adebayo-Cole on Thursday?",
    ("Jones", "NAME"),
    ("Tamsin", "NAME"),
    ("Adebayo-Cole", "NAME"),
)

P(
    "Re Mr. Davis' CPAP: he says the machine (ResMed AirSense 11, SN 23201455871) is blowing air "
    "out the mask and his AHI went from 3 to 19. Supplier is Pacific Home Medical. Eli Davis, "
    "Apt 5C.",
    ("Davis", "NAME"),
    ("23201455871", "ID"),
    ("Eli Davis", "NAME"),
    ("Apt 5C", "ADDRESS"),
)

P(
    "my zip is 60608 but the portal says no in-network urgent care near me?? I need a strep test "
    "for my kid, she's 9. Nearest one it shows is 40 miles away. what gives",
    ("60608", "ADDRESS"),
)

P(
    "Note to file: Spoke to Pharmacist Ahmed Al-Sayegh at Kroger Pharmacy re: duplicate "
    "oxycodone fills. Pt Cheyenne Whitehorse, PDMP shows fills 10/02 and 10/09. Rx #RX8830041 "
    "cancelled. Dr. Ostrowski notified.",
    ("Ahmed Al-Sayegh", "NAME"),
    ("Cheyenne Whitehorse", "NAME"),
    ("10/02", "DATE"),
    ("10/09", "DATE"),
    ("RX8830041", "ID"),
    ("Ostrowski", "NAME"),
)

P(
    "Just got back from Nigeria 2 weeks ago and now fever 39.4, chills, headache. Took my malaria "
    "pills (Malarone) but missed a few days. 3 of us went, the other 2 are fine. Is this urgent?"
)

P(
    "Hi there, I'm Ngozi Chukwuemeka-Bello and my MRN is 55-192-774. My CT from November 4th "
    "mentions an 'incidental adrenal nodule'. My sister Adaeze had adrenal cancer so I'm scared. "
    "Can Dr. Rosenblum call me at 267-555-0114 ext 3?",
    ("Ngozi Chukwuemeka-Bello", "NAME"),
    ("55-192-774", "MRN"),
    ("November 4th", "DATE"),
    ("Adaeze", "NAME"),
    ("Rosenblum", "NAME"),
    ("267-555-0114 ext 3", "PHONE"),
)

P(
    "Patient Portal Message\nFrom: HASSAN, YOUSSEF\nDOB: 03/09/1934\nSubject: knee pain\n\nMy knee "
    "is worse. I am 92 years old and can not do the stairs. My grandson Karim brings me. Please "
    "make the appointment in the morning.",
    ("HASSAN, YOUSSEF", "NAME"),
    ("03/09/1934", "DATE"),
    ("92", "AGE"),
    ("Karim", "NAME"),
)

P(
    "Good afternoon. Medicare beneficiary ID 1EG4-TE5-MK72 for my mother, Consuelo Ibarra. She got "
    "a letter that her wheelchair claim (claim no. 22611-40098-27) was denied because there's no "
    "face-to-face note. The visit was on 9.22.2026 with Dr. Oyelowo.",
    ("1EG4-TE5-MK72", "ID"),
    ("Consuelo Ibarra", "NAME"),
    ("22611-40098-27", "ID"),
    ("9.22.2026", "DATE"),
    ("Oyelowo", "NAME"),
)

P(
    "Nurse Okonjo said to message if the swelling came back. It did, both legs, since Saturday. "
    "I gained 4 lbs in 3 days. Weight today 212. I take Lasix 20 every morning. - Walter Lindgren",
    ("Okonjo", "NAME"),
    ("Walter Lindgren", "NAME"),
)

P(
    "Hi, I'm writing for my grandpa, he's ninety eight and lives with us in Fall River. He's "
    "coughing more and his oxygen on the finger thing says 89. Is that low?? His name is "
    "Manuel Medeiros. - Ana Medeiros",
    ("ninety eight", "AGE"),
    ("Fall River", "ADDRESS"),
    ("Manuel Medeiros", "NAME"),
    ("Ana Medeiros", "NAME"),
)

P(
    "From: Dr. Tomás Villanueva\nTo: Dr. Kiri Aperahama\nCc: Leah Gottlieb, RN\nSent: "
    "Wednesday, November 18, 2026 7:12 AM\n\nKiri - can you see Hyun-woo Baek in clinic this "
    "week? New LFTs: ALT 312. On nivolumab. Cell 415-555-0165.",
    ("Tomás Villanueva", "NAME"),
    ("Kiri Aperahama", "NAME"),
    ("Leah Gottlieb", "NAME"),
    ("November 18, 2026", "DATE"),
    ("Kiri", "NAME"),
    ("Hyun-woo Baek", "NAME"),
    ("415-555-0165", "PHONE"),
)

P(
    "So the hospital billing office at 1-888-555-0121 says I have to get an itemized bill from "
    "you first. Invoice #INV-0042-7719, date of service 07/14/26. Pt name on bill is wrong, should "
    "be Siobhán Ní Bhriain not Siobhan Brian.",
    ("1-888-555-0121", "PHONE"),
    ("INV-0042-7719", "ID"),
    ("07/14/26", "DATE"),
    ("Siobhán Ní Bhriain", "NAME"),
    ("Siobhan Brian", "NAME"),
)

P(
    "Hello doctor, my wife Farzana is 34 weeks pregnant and her OB Dr. Castellanos is on leave. "
    "She has a headache and sees spots. BP at the pharmacy was 152/101. We live near Sugar Land. "
    "Our number 281 555 0137.",
    ("Farzana", "NAME"),
    ("Castellanos", "NAME"),
    ("Sugar Land", "ADDRESS"),
    ("281 555 0137", "PHONE"),
)

P(
    "Can you send my records to my new doctor? Her office portal is https://portal.example-"
    "familymed.com/records-request and the fax is 919-555-0170. My old address was 512 Maple Ridge "
    "Dr, Cary NC 27513 but I moved to Durham. - Deshawn Pettaway",
    ("https://portal.example-familymed.com/records-request", "URL"),
    ("919-555-0170", "PHONE"),
    ("512 Maple Ridge Dr, Cary NC 27513", "ADDRESS"),
    ("Durham", "ADDRESS"),
    ("Deshawn Pettaway", "NAME"),
)

P(
    "Post-op check by phone 11/21. Pt Giuseppina Russo-Caruso, 96, POD 5 s/p hip hemiarthroplasty, "
    "pain 3/10, ambulating 20 ft with walker. Niece Francesca (cell +39 347 555 0198, Italy) asks "
    "re: travel clearance.",
    ("11/21", "DATE"),
    ("Giuseppina Russo-Caruso", "NAME"),
    ("96", "AGE"),
    ("Francesca", "NAME"),
    ("+39 347 555 0198", "PHONE"),
)

P(
    "Hi. My teenager has had diarrhea 6 times today, no blood, still drinking. We're in Florida "
    "for the winter and don't have a doctor here. She's 15, about 110 lbs. What should we watch "
    "for?"
)

P(
    "Hope you can help. Will the new Ozempic dose (1 mg) make my nausea worse? Dr. Hope Willoughby "
    "started it on 10/20. - Faith",
    ("Hope Willoughby", "NAME"),
    ("10/20", "DATE"),
    ("Faith", "NAME"),
    ignore=("Hope",),
)

P(
    "Remote monitoring alert: Pacemaker (Medtronic Azure, serial RNB402117S) transmitted 11/22/2026 "
    "23:14 from IP 198.51.100.23. AT/AF burden 14%. Pt: Olumide Balogun, MRN 00918273. Device "
    "clinic to call pt.",
    ("RNB402117S", "ID"),
    ("11/22/2026", "DATE"),
    ("198.51.100.23", "URL"),
    ("Olumide Balogun", "NAME"),
    ("00918273", "MRN"),
)

P(
    "I got a text saying my appointment is 'tomorrow at 9' but I thought it was next week. Also "
    "the text came from 555-0100 which looks fake? Is that really you guys?",
    ("555-0100", "PHONE"),
)

P(
    "Dear Dr. Kowalski, I am writing on behalf of my mother, Mrs. Hoang Thi Mai, who is 97 years "
    "of age. She was discharged from St. Vincent's on 11/12 and we still have not heard about the "
    "home health nurse. Our address is 3307 Alameda St Unit 2, Oakland CA 94601. Sincerely, "
    "Tran Van Duc",
    ("Kowalski", "NAME"),
    ("Hoang Thi Mai", "NAME"),
    ("97", "AGE"),
    ("11/12", "DATE"),
    ("3307 Alameda St Unit 2, Oakland CA 94601", "ADDRESS"),
    ("Tran Van Duc", "NAME"),
)

P(
    "Nurse note: Called pt's daughter-in-law, Mrs. Adekunle, at 718-555-0156 re: missed INR "
    "check. States pt has been at her sister's in Yonkers since the 10th. Will recheck on "
    "11/25.",
    ("Adekunle", "NAME"),
    ("718-555-0156", "PHONE"),
    ("Yonkers", "ADDRESS"),
    ("10th", "DATE"),
    ("11/25", "DATE"),
)

P(
    "Why was I charged a no-show fee?? I called on 10/6 to cancel my 10/8 appt and spoke to "
    "someone named Trevor. Patient account # 004471236. Name: Ximena Huerta Olvera.",
    ("10/6", "DATE"),
    ("10/8", "DATE"),
    ("Trevor", "NAME"),
    ("004471236", "ID"),
    ("Ximena Huerta Olvera", "NAME"),
)

P(
    "Discharge summary excerpt. Admit: 2026-11-09. Discharge: 2026-11-13. Dx: CAP, RLL. Pt: "
    "Yaw Boateng, 63 M. PCP: Dr. Sigrid Haugen. F/u chest x-ray in 6 weeks. Discharged to home, "
    "1147 Greenwood Ave N, Seattle.",
    ("2026-11-09", "DATE"),
    ("2026-11-13", "DATE"),
    ("Yaw Boateng", "NAME"),
    ("Sigrid Haugen", "NAME"),
    ("1147 Greenwood Ave N, Seattle", "ADDRESS"),
)

P(
    "I am writing to complain about Dr. Pham. He was rude to my father Hector Villalobos at his "
    "visit on the 2nd of November. Dad is ninety and deserves respect. I want a call back at "
    "956-555-0181. Maribel Villalobos-Garza",
    ("Pham", "NAME"),
    ("Hector Villalobos", "NAME"),
    ("2nd of November", "DATE"),
    ("ninety", "AGE"),
    ("956-555-0181", "PHONE"),
    ("Maribel Villalobos-Garza", "NAME"),
)

P(
    "Tele-visit link for your appointment: https://meet.example-telehealth.net/j/8841207733?pwd=Q7"
    "xv. If video fails, dial +1 (646) 555-0149 and enter meeting ID 884 120 7733. Patient: "
    "Bartholomew Nwachukwu.",
    ("https://meet.example-telehealth.net/j/8841207733?pwd=Q7xv", "URL"),
    ("+1 (646) 555-0149", "PHONE"),
    ("884 120 7733", "ID"),
    ("Bartholomew Nwachukwu", "NAME"),
)

P(
    "idk if this matters but my apple watch said my heart rate was 148 sitting on the couch for "
    "like 10 min then went back to 80. happened 2x this week. im 29, no meds, 2 coffees a day."
)

P(
    "Hi, new address for my records: 19 Rue Saint-Denis, Apt 402, Montréal, QC H2X 3K8 (moved "
    "for work). Still want to keep Dr. Lefebvre as PCP for now. My Quebec health card is "
    "LEFM 8506 1219. Marc-André Lefebvre",
    ("19 Rue Saint-Denis, Apt 402, Montréal, QC H2X 3K8", "ADDRESS"),
    ("Lefebvre", "NAME"),
    ("LEFM 8506 1219", "ID"),
    ("Marc-André Lefebvre", "NAME"),
)

P(
    "Behavioral health intake note: Pt Zainab Hussaini, DOB 5/17/2001, self-referred. Lives with "
    "roommate on Halsted St. Works at a call center. Emergency contact: Omar Hussaini (brother), "
    "773-555-0129. PHQ-9 = 17.",
    ("Zainab Hussaini", "NAME"),
    ("5/17/2001", "DATE"),
    ("Halsted St", "ADDRESS"),
    ("Omar Hussaini", "NAME"),
    ("773-555-0129", "PHONE"),
)

P(
    "Please update my pharmacy to the Costco at 4401 Fourth Ave S. Also my phone changed, new "
    "one is (206) 555-0190, old one 206-555-0111 can be deleted. DOB Jan 30 1988. Thank you! "
    "Kalani Akana",
    ("4401 Fourth Ave S", "ADDRESS"),
    ("(206) 555-0190", "PHONE"),
    ("206-555-0111", "PHONE"),
    ("Jan 30 1988", "DATE"),
    ("Kalani Akana", "NAME"),
)

P(
    "Pt's wife called: Mr. Rasmussen (Niels) had black stool x2 today, dizzy on standing. On "
    "aspirin + clopidogrel since stent 08/2026. Advised ED now. Wife: Birgitte, 651-555-0133.",
    ("Rasmussen", "NAME"),
    ("Niels", "NAME"),
    ("08/2026", "DATE"),
    ("Birgitte", "NAME"),
    ("651-555-0133", "PHONE"),
)

P(
    "I'm 91 and my daughter set up this computer thing. My legs are cramping at night. I take "
    "the water pill and potassium. Doctor Marchetti knows me. Thank you. Edith",
    ("91", "AGE"),
    ("Marchetti", "NAME"),
    ("Edith", "NAME"),
)

P(
    "Hi, my Dexcom receiver (SN 8AB71-220394) keeps saying 'sensor error' and the trasmitter ID "
    "is 8G4KP2. Support case # 03391847. Can you put in an order for new sensors? Liesel "
    "Vanderbeek",
    ("8AB71-220394", "ID"),
    ("8G4KP2", "ID"),
    ("03391847", "ID"),
    ("Liesel Vanderbeek", "NAME"),
)

P(
    "we got a letter that our son's MRI was sent to collections. it was on 4/3 and insurance paid. "
    "acct 7719-0042-3. I'm so frustrated. His name is Kaden O'Brien-Nakamura. I'm Shannon O'Brien.",
    ("4/3", "DATE"),
    ("7719-0042-3", "ID"),
    ("Kaden O'Brien-Nakamura", "NAME"),
    ("Shannon O'Brien", "NAME"),
)

P(
    "Clinic note: 93yo woman seen with her niece. Pt: Ms. Florence Adjei-Mensah. Lives at "
    "Sunrise Assisted Living, 800 Lakeview Pkwy, Room 214, Vernon Hills IL 60061. HCPOA niece "
    "Abena Mensah, abena.mensah@example.org.",
    ("93", "AGE"),
    ("Florence Adjei-Mensah", "NAME"),
    ("800 Lakeview Pkwy, Room 214, Vernon Hills IL 60061", "ADDRESS"),
    ("Abena Mensah", "NAME"),
    ("abena.mensah@example.org", "EMAIL"),
)

P(
    "Good morning. I live in Kent County and there's no dermatologist taking Medicaid within an "
    "hour. The mole on my back changed color since August 2026. Can I get a telehealth visit? "
    "Rivka Abramowitz",
    ("Kent County", "ADDRESS"),
    ("August 2026", "DATE"),
    ("Rivka Abramowitz", "NAME"),
)

P(
    "Message from Dr. Anjali Deshpande: 'Please ask Mr. Kiprotich to repeat his BMP on "
    "Thursday 11/26 - creatinine 1.9 (baseline 1.1). Hold metformin.' Pt phone 240-555-0104, "
    "alt 240-555-0105.",
    ("Anjali Deshpande", "NAME"),
    ("Kiprotich", "NAME"),
    ("11/26", "DATE"),
    ("240-555-0104", "PHONE"),
    ("240-555-0105", "PHONE"),
)

P(
    "My son Jamal just turned 18 and wants to see his own records. How does he set up his own "
    "portal? His new email is jamal.okoro.2008@example.com. He's away at college in Ann Arbor.",
    ("Jamal", "NAME"),
    ("jamal.okoro.2008@example.com", "EMAIL"),
    ("Ann Arbor", "ADDRESS"),
)

P(
    "tried calling 3 times, on hold 45 min each. I need my blood pressure med refilled, losartan "
    "50, I have 2 pills left. Pharmacy is the Walmart in Bakersfield on Panama Ln. Rx# 7004418-2. "
    "Delfina",
    ("Bakersfield", "ADDRESS"),
    ("Panama Ln", "ADDRESS"),
    ("7004418-2", "ID"),
    ("Delfina", "NAME"),
)

P(
    "Referral: Please evaluate Ms. Aigerim Nurlanovna Seitkali (DOB 1990-02-28) for persistent "
    "iron deficiency despite oral iron. Ferritin 6. Interpreter: Kazakh/Russian. Contact via "
    "daughter's email aika.s@example.net or 507-555-0168. Referring: Dr. Henrik Solberg.",
    ("Aigerim Nurlanovna Seitkali", "NAME"),
    ("1990-02-28", "DATE"),
    ("aika.s@example.net", "EMAIL"),
    ("507-555-0168", "PHONE"),
    ("Henrik Solberg", "NAME"),
)

P(
    "Caller (Ms. Tuilagi) reports son Leilani... correction: daughter Leilani Tuilagi, 16, "
    "stepped on a rusty nail at the beach in Laie. Last tetanus per chart 3/14/2016. Advised "
    "Td today. Mom cell 808-555-0147.",
    ("Tuilagi", "NAME"),
    ("Leilani", "NAME"),
    ("Leilani Tuilagi", "NAME"),
    ("Laie", "ADDRESS"),
    ("3/14/2016", "DATE"),
    ("808-555-0147", "PHONE"),
)

P(
    "FW: results\n\n-----Original Message-----\nFrom: noreply@results.example-lab.com\nSent: "
    "Friday, 20 November 2026 06:00\nTo: b.oconnell@example.com\nSubject: Your results are ready "
    "- view at https://results.example-lab.com/r/5F2Z9\n\nWhat does 'anisocytosis' mean?? - "
    "Brigid O'Connell",
    ("noreply@results.example-lab.com", "EMAIL"),
    ("20 November 2026", "DATE"),
    ("b.oconnell@example.com", "EMAIL"),
    ("https://results.example-lab.com/r/5F2Z9", "URL"),
    ("Brigid O'Connell", "NAME"),
)

P(
    "My dad is 95, born in 1931, and he keeps refusing his Eliquis because of bruising. Dr. "
    "Zhou's office said talk to the nurse. Can someone call him, he only has a landline: "
    "(541) 555-0112. His name is Chen Wei-Ming.",
    ("95", "AGE"),
    ("Zhou", "NAME"),
    ("(541) 555-0112", "PHONE"),
    ("Chen Wei-Ming", "NAME"),
)

P(
    "Charge nurse note 2300: Pt in bed 4 requesting AMA discharge. Pt A&Ox4, capacity assessed "
    "by Dr. Kaplan-Reyes. Risks explained incl. 2 pending blood cultures. Pt signed AMA form. "
    "Security escorted. -M. Oyelaran-Diaz RN",
    ("Kaplan-Reyes", "NAME"),
    ("M. Oyelaran-Diaz", "NAME"),
)

P(
    "Hello, my daughter Amara's 12-month shots - she got them 11/2 at the pediatric clinic and "
    "now has a fever of 102.1. She is acting fine. The lot number on the card is U7462AA. Is "
    "this normal? -Chioma",
    ("Amara", "NAME"),
    ("11/2", "DATE"),
    ("Chioma", "NAME"),
)

P(
    "Patient requests change of PCP from Dr. Abubakar to Dr. Sørensen. Reason: moving to "
    "Minneapolis 12/01/2026. New address: 2815 Bryant Ave S #3, Minneapolis, MN 55408. "
    "Pt: Layla Abdi-Farah, cell 612 555 0193, layla.af@example.com.",
    ("Abubakar", "NAME"),
    ("Sørensen", "NAME"),
    ("Minneapolis", "ADDRESS"),
    ("12/01/2026", "DATE"),
    ("2815 Bryant Ave S #3, Minneapolis, MN 55408", "ADDRESS"),
    ("Layla Abdi-Farah", "NAME"),
    ("612 555 0193", "PHONE"),
    ("layla.af@example.com", "EMAIL"),
)

P(
    "I keep getting bounced between the Bell's palsy clinic and neurology. My face drooped 3 "
    "weeks ago. Prednisone done, 60 mg x 7 days. Eye still won't close all the way. Who owns "
    "this? I'm 42."
)

P(
    "This is Pastor Emmanuel Asante calling on behalf of Sister Grace Owusu from our church - she "
    "is 99 and lives alone at 45 Clinton Pl, Newark. She has not answered her door since Sunday. "
    "Please check her records for next of kin.",
    ("Emmanuel Asante", "NAME"),
    ("Grace Owusu", "NAME"),
    ("99", "AGE"),
    ("45 Clinton Pl, Newark", "ADDRESS"),
)

P(
    "Need a work note for Nov 16-18, I was out with the flu. Employer's fax is 312-555-0197 "
    "Attn: Benefits. Employee ID 00E-48812. thx. - Luis Alberto Montañez",
    ("Nov 16", "DATE"),
    ("18", "DATE"),
    ("312-555-0197", "PHONE"),
    ("00E-48812", "ID"),
    ("Luis Alberto Montañez", "NAME"),
)

P(
    "Admin note: Duplicate chart found. MRN 7731005 (Abernathy, Colette J, 06/11/1979) and MRN "
    "7731929 (Abernathy, Colette, 6/11/79). Merge request submitted to HIM.",
    ("7731005", "MRN"),
    ("Abernathy, Colette J", "NAME"),
    ("06/11/1979", "DATE"),
    ("7731929", "MRN"),
    ("Abernathy, Colette", "NAME"),
    ("6/11/79", "DATE"),
)

P(
    "hi i am writing for my friend because her english is not good. her name Thida Soe, she is "
    "from Myanmar, 31 years old. she have pain in stomach 2 weeks and black stool 1 time. she "
    "live in Fort Wayne. my number 260-555-0109, I am Htet Aung.",
    ("Thida Soe", "NAME"),
    ("Fort Wayne", "ADDRESS"),
    ("260-555-0109", "PHONE"),
    ("Htet Aung", "NAME"),
)

P(
    "Mr. Iwu, pt of Dr. Ezeh, calling from a Lagos number (+234 803 555 0176) - traveling. Had "
    "chest tightness on the plane on 17/11/2026, now resolved. Advised urgent local evaluation; "
    "pt to send ECG to cardiology@example-heart.org.",
    ("Iwu", "NAME"),
    ("Ezeh", "NAME"),
    ("Lagos", "ADDRESS"),
    ("+234 803 555 0176", "PHONE"),
    ("17/11/2026", "DATE"),
    ("cardiology@example-heart.org", "EMAIL"),
)

P(
    "Okay so the new allergist (Dr. Greenbaum - the one at the Mayo Clinic satellite) wants "
    "records of my epi pen use. I used it 10/24/25 and 3/2/26. Both times peanuts. Also my "
    "daughter Sunny used hers once in 2023. - Ha-eun",
    ("Greenbaum", "NAME"),
    ("10/24/25", "DATE"),
    ("3/2/26", "DATE"),
    ("Sunny", "NAME"),
    ("Ha-eun", "NAME"),
)

P(
    "Wound care RN note: Pt Bogdan Kravets, 72 M, L heel stage 3 pressure injury, 2.1 x 1.8 x 0.4 "
    "cm. Photo uploaded to the wound app, record https://wounds.example-hh.com/p/1188/bkravets. "
    "Wife Oksana does dressing changes. Next visit 11/27.",
    ("Bogdan Kravets", "NAME"),
    ("https://wounds.example-hh.com/p/1188/bkravets", "URL"),
    ("Oksana", "NAME"),
    ("11/27", "DATE"),
)

P(
    "I read on https://www.cdc.gov/flu that people over 65 should get the high dose shot. I'm "
    "66. Can I get it at my 12/3 appointment with Dr. Mbatha?",
    ("https://www.cdc.gov/flu", "URL"),
    ("12/3", "DATE"),
    ("Mbatha", "NAME"),
)

P(
    "To whom it may concern: my late husband Raymond Thibodeaux (SSN 933-08-1147, died 10/29/2026) "
    "still has a balance on his account. I am the executor. Please send statements to me, Claudette "
    "Thibodeaux, PO Box 772, Houma LA 70361.",
    ("Raymond Thibodeaux", "NAME"),
    ("933-08-1147", "SSN"),
    ("10/29/2026", "DATE"),
    ("Claudette Thibodeaux", "NAME"),
    ("PO Box 772, Houma LA 70361", "ADDRESS"),
)

# ---------------------------------------------------------------- build + validate


def _bounded(text: str, s: int, e: int, label: str = "") -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if label == "AGE" and text[e : e + 2] in ("yo", "y/"):  # "93yo": the number only
        after = " "
    return not (before.isalnum() and text[s].isalnum()) and not (
        after.isalnum() and text[e - 1].isalnum()
    )


def _check_span(idx: int, text: str, s: int, e: int, label: str) -> None:
    sub = text[s:e]
    where = f"item {idx}: {label} {sub!r}"
    assert label in LABELS, f"{where}: unknown label"
    assert (
        sub == sub.strip()
        and (sub[0] not in ".,;:()<>'\"" or (label == "PHONE" and sub[0] == "("))
        and sub[-1] not in ",;:()<>'\""
    ), f"{where}: whitespace/punctuation at edge"
    assert _bounded(text, s, e, label), f"{where}: cuts a word"
    if label == "NAME":
        assert not sub.endswith("'s") and not sub.endswith("’s"), f"{where}: possessive inside"
        assert sub.split()[0] not in TITLES, f"{where}: title inside"
        assert not re.search(r"\d", sub), f"{where}: digit in name"
    if label == "AGE":
        if sub.isdigit():
            assert int(sub) > 89, f"{where}: age not over 89"
        else:
            assert any(w in sub.lower() for w in NUM_WORDS), f"{where}: spelled age?"
    if label == "DATE":
        assert not re.fullmatch(r"\d{4}", sub), f"{where}: bare year"
    if label == "PHONE":
        assert len(re.sub(r"\D", "", sub)) >= 7, f"{where}: too few digits"
    if label == "EMAIL":
        assert "@" in sub or " at " in sub, f"{where}: not an email"
    if label == "SSN":
        assert len(re.sub(r"\D", "", sub)) in (4, 9), f"{where}: SSN digits"
    if label == "URL":
        assert re.match(r"(https?://|www\.|\d+\.\d+\.\d+\.\d+)", sub), f"{where}: not URL/IP"


def build() -> list[dict]:
    out = []
    for n, (text, spans, ignore) in enumerate(ITEMS, 1):
        cur = 0
        got = []
        for sub, label in spans:
            s = text.find(sub, cur)
            while s >= 0 and not _bounded(text, s, s + len(sub), label):
                s = text.find(sub, s + 1)
            assert s >= 0, f"item {n}: {sub!r} not found after offset {cur}"
            e = s + len(sub)
            _check_span(n, text, s, e, label)
            got.append({"start": s, "end": e, "label": label})
            cur = e
        # every word-bounded occurrence of an annotated surface string must be covered
        for sub in {text[g["start"] : g["end"]] for g in got}:
            if sub in ignore:
                continue
            for m in re.finditer(re.escape(sub), text):
                if not _bounded(text, m.start(), m.end()):
                    continue
                assert any(g["start"] <= m.start() and m.end() <= g["end"] for g in got), (
                    f"item {n}: unannotated occurrence of {sub!r} at {m.start()}"
                )
        out.append(
            {
                "id": f"guide4-phi-{n:04d}",
                "category": "phi",
                "added": "2026-11-24",
                "source": "guideline PHI annotation set 4",
                "text": text,
                "spans": got,
            }
        )
    assert len(out) == 100, f"expected 100 items, have {len(out)}"
    assert len({o["text"] for o in out}) == len(out), "duplicate text"
    return out


def main() -> None:
    items = build()
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide4.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    check = (
        "import json,sys; sys.path.insert(0,'.'); from harness.contract import "
        "parse_item; [parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; "
        "print('ok')"
    )
    r = subprocess.run([sys.executable, "-c", check, tmp], capture_output=True, text=True)
    if r.returncode != 0 or r.stdout.strip() != "ok":
        os.unlink(tmp)
        sys.exit(f"parse_item validation failed:\n{r.stdout}{r.stderr}")
    os.chmod(tmp, 0o644)
    os.replace(tmp, OUT)
    counts: dict[str, int] = {}
    for it in items:
        for s in it["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    nophi = sum(1 for it in items if not it["spans"])
    print(f"wrote {len(items)} items to {OUT}; no-PHI items: {nophi}")
    print(json.dumps(dict(sorted(counts.items())), indent=None), "total", sum(counts.values()))


if __name__ == "__main__":
    main()
