#!/usr/bin/env python3
"""Generate pipelines/triage/dev/phi_naive1.jsonl: independent PHI-annotated texts.

Each item is written as (text, [(substring, LABEL), ...]).  Spans are listed in reading
order; each substring is located with str.find starting after the previous span, so a
repeated name is matched at its next occurrence.  Every span is checked to be exactly the
substring, spans may not overlap, and boundaries glued to letters/digits are reported.
See CONVENTIONS.md for the labelling decisions.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_naive1.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}

ITEMS: list[tuple[str, list[tuple[str, str]]]] = []


def I(text: str, spans: list[tuple[str, str]] | None = None) -> None:  # noqa: E743
    ITEMS.append((text, spans or []))


# ---------------------------------------------------------------- batch 1
I(
    "Hi Dr. Patel, this is Janine Kowalski (DOB 04/12/1961). My BP readings this week have been "
    "around 150/95 even with the lisinopril. Can you call me at 614-555-0142? Thanks, Janine",
    [
        ("Patel", "NAME"),
        ("Janine Kowalski", "NAME"),
        ("04/12/1961", "DATE"),
        ("614-555-0142", "PHONE"),
        ("Janine", "NAME"),
    ],
)

I(
    "Triage call 11/03 14:20. Caller: Mrs. Okafor (mother) re: son Chidi, 7 y/o, fever 102.4 x2 "
    "days, drinking ok, no rash. Advised ibuprofen q6h, f/u with Dr. Reyes tomorrow. Cb # (312) "
    "555-0199. -- L. Brandt RN",
    [
        ("11/03", "DATE"),
        ("Okafor", "NAME"),
        ("Chidi", "NAME"),
        ("7", "AGE"),
        ("Reyes", "NAME"),
        ("(312) 555-0199", "PHONE"),
        ("L. Brandt", "NAME"),
    ],
)

I(
    "Is it normal to feel dizzy for a few days after starting a new blood pressure pill? I stood up "
    "too fast this morning and had to sit back down. No chest pain."
)

I(
    "Dear Mr. Harold Jensen,\n\nWe are writing to confirm your colonoscopy at the Riverside Endoscopy "
    "Center on Thursday, January 15, 2027 at 7:30 AM. Please begin the bowel prep the evening before. "
    "Your medical record number is MRN 00482913. If you need to reschedule call 1-800-555-0163 ext. 4."
    "\n\nSincerely,\nGastroenterology Scheduling",
    [
        ("Harold Jensen", "NAME"),
        ("January 15, 2027", "DATE"),
        ("00482913", "MRN"),
        ("1-800-555-0163 ext. 4", "PHONE"),
    ],
)

I(
    "my dad is 93 and he fell again last night, hes ok but bruised on his hip. his name is Walter "
    "Brennan-Shaw, dob 2/2/33. can someone see him this week? my cell is 555 867 0192 - Denise (daughter)",
    [
        ("93", "AGE"),
        ("Walter Brennan-Shaw", "NAME"),
        ("2/2/33", "DATE"),
        ("555 867 0192", "PHONE"),
        ("Denise", "NAME"),
    ],
)

I(
    "---------- Forwarded message ---------\nFrom: Priya Raman <priya.raman84@gmail.com>\nDate: Mon, "
    "Nov 16, 2026 at 9:02 PM\nSubject: my mom's labs\nTo: <portal-support@northfieldhealth.org>\n\nHi, "
    "forwarding this for my mother Lakshmi Raman (MRN 7719-4402). She got a message saying her "
    "potassium was high and we can't reach anyone. Please advise.",
    [
        ("Priya Raman", "NAME"),
        ("priya.raman84@gmail.com", "EMAIL"),
        ("Nov 16, 2026", "DATE"),
        ("portal-support@northfieldhealth.org", "EMAIL"),
        ("Lakshmi Raman", "NAME"),
        ("7719-4402", "MRN"),
    ],
)

I(
    "Refill request: metformin 500 mg twice daily. I have 3 tablets left. Pharmacy is the same as "
    "last time. Gerald Fitzsimmons, DOB 10/02/1949",
    [("Gerald Fitzsimmons", "NAME"), ("10/02/1949", "DATE")],
)

I(
    "Pt called stating she took 2 extra doses of warfarin by mistake on Sat. INR last checked 10/28 "
    "was 2.6. Pt Rosalind Achebe, 68F, MRN#3301877. Instructed to hold tonight's dose, recheck INR "
    "Mon. Spoke w/ Dr Lindqvist who agreed.",
    [
        ("10/28", "DATE"),
        ("Rosalind Achebe", "NAME"),
        ("68", "AGE"),
        ("3301877", "MRN"),
        ("Lindqvist", "NAME"),
    ],
)

I(
    "Hello, I got a bill for my MRI from September. My insurance is BlueCross PPO, member ID "
    "XJH884721903, group 00917. Can you resubmit? This is Tomás Ibarra, phone 915-555-0178.",
    [
        ("September", "DATE"),
        ("XJH884721903", "ID"),
        ("00917", "ID"),
        ("Tomás Ibarra", "NAME"),
        ("915-555-0178", "PHONE"),
    ],
)

I("What time does the lab open on weekends? I need fasting bloodwork.")

I(
    "hi its me again, the rash is spreading up my arm now and its itchy and hot. i sent pics here: "
    "https://photos.app.goo.gl/Xk29fQaLm8 . should i go to urgent care?? -kayla",
    [("https://photos.app.goo.gl/Xk29fQaLm8", "URL"), ("kayla", "NAME")],
)

I(
    "RE: Eleanor Whitfield\nDOB: 09/30/1931\nDate of visit: 11/19/2026\n\nDear Dr. Amsel,\n\nThank you "
    "for referring Mrs. Whitfield, a 95-year-old woman with worsening exertional dyspnea. Echo showed "
    "severe aortic stenosis (AVA 0.7 cm2, mean gradient 48 mmHg). We discussed TAVR and she would "
    "like to think it over with her family.",
    [
        ("Eleanor Whitfield", "NAME"),
        ("09/30/1931", "DATE"),
        ("11/19/2026", "DATE"),
        ("Amsel", "NAME"),
        ("Whitfield", "NAME"),
        ("95", "AGE"),
    ],
)

I(
    "My son Ethan (he's 15) got hit in the head during soccer practice yesterday and now says he has "
    "a headache and feels foggy. Should he see someone before school tomorrow? - Marcus Delgado",
    [("Ethan", "NAME"), ("15", "AGE"), ("Marcus Delgado", "NAME")],
)

I(
    "For the disability paperwork they need my social, it's 521-47-9083. Also my employer's fax is "
    "317-555-0110. Thank you - Gloria Mbeki",
    [("521-47-9083", "SSN"), ("317-555-0110", "PHONE"), ("Gloria Mbeki", "NAME")],
)

I(
    "Please mail the records to my new address: 4417 Larkspur Ln, Apt 2B, Fort Collins, CO 80525. "
    "I moved out of the place on Birch St so nothing should go there anymore. Thanks, Owen Pryce",
    [
        ("4417 Larkspur Ln, Apt 2B, Fort Collins, CO 80525", "ADDRESS"),
        ("Birch St", "ADDRESS"),
        ("Owen Pryce", "NAME"),
    ],
)

I(
    "S: 54 yo M c/o 3 days of productive cough, subjective fevers, mild SOB on exertion. Denies CP. "
    "Smoker 1ppd.\nO: T 100.9, HR 98, SpO2 94% RA per home monitor.\nA/P: likely CAP vs bronchitis, "
    "offered same-day visit 3:40pm w/ NP Hollis, pt accepted.",
    [("54", "AGE"), ("Hollis", "NAME")],
)

I("Can I take Tylenol with my Eliquis? My knee has been really sore since I started walking more.")

I(
    "This is Bao Nguyen calling about my wife Linh. She's 8 weeks pregnant and has been vomiting "
    "everything since Friday, can't keep water down. Our number is 408.555.0127. Her OB is Dr. "
    "Castellanos but the office is closed.",
    [("Bao Nguyen", "NAME"), ("Linh", "NAME"), ("408.555.0127", "PHONE"), ("Castellanos", "NAME")],
)

I(
    "Good morning,\nI am writing on behalf of my grandmother, Mrs. Ada Fairweather, who is 101 and "
    "lives with us at 88 Quarry Road, Montpelier. Her hearing aid clinic asked for a referral from "
    "her PCP. Could you please fax it to them? Kind regards,\nSimon Fairweather\nsimon.fw@outlook.com",
    [
        ("Ada Fairweather", "NAME"),
        ("101", "AGE"),
        ("88 Quarry Road, Montpelier", "ADDRESS"),
        ("Simon Fairweather", "NAME"),
        ("simon.fw@outlook.com", "EMAIL"),
    ],
)

I(
    "Post-op check call, POD #2 s/p lap chole on 11/21/2026. Pt (J. Mwangi) reports pain 4/10, "
    "tolerating diet, incisions clean/dry. No fever. Reinforced lifting restrictions. Next appt "
    "12/04 with Dr. O'Sullivan-Park.",
    [("11/21/2026", "DATE"), ("J. Mwangi", "NAME"), ("12/04", "DATE"), ("O'Sullivan-Park", "NAME")],
)

I("I had my flu shot in 2025 at the pharmacy, do I need another one this year or is it still good?")

I(
    "ok so my inhaler ran out and the pharmacy says they need a new rx. its the albuterol one. "
    "rx # 6620194-03 at the CVS. pls send asap i have a cold and im wheezing. Darnell Hughes "
    "dob 7-19-1998",
    [("6620194-03", "ID"), ("Darnell Hughes", "NAME"), ("7-19-1998", "DATE")],
)

I(
    "Patient portal message\nFrom: Ingrid Solberg\nSent: 11/22/2026 6:47 AM\n\nI woke up with the "
    "left side of my face drooping and can't close my eye. No weakness in arms. I'm 44. Is this a "
    "stroke?? My husband Rune is driving me to the ER now.",
    [("Ingrid Solberg", "NAME"), ("11/22/2026", "DATE"), ("44", "AGE"), ("Rune", "NAME")],
)

I(
    "Dear Ms. Fontaine,\n\nYour recent lab results from November 2 are within normal limits, "
    "including your hemoglobin A1c of 5.4%. No changes to your plan are needed. Please see "
    "https://portal.lakeviewmedical.org/results for the full report.\n\nDr. Anika Brandvold",
    [
        ("Fontaine", "NAME"),
        ("November 2", "DATE"),
        ("https://portal.lakeviewmedical.org/results", "URL"),
        ("Anika Brandvold", "NAME"),
    ],
)

I(
    "Nurse note: mother calling re: 4 mo old infant, Sofia Marchetti, decreased wet diapers (2 in "
    "24h), fussy, sunken fontanelle per mom. Advised ED now. Mom Giulia verbalized understanding. "
    "Ph 973-555-0114.",
    [("4", "AGE"), ("Sofia Marchetti", "NAME"), ("Giulia", "NAME"), ("973-555-0114", "PHONE")],
)

I(
    "How long should I wait after eating to check my sugar? The booklet says 2 hours but my friend "
    "says 1."
)

I(
    "Hello, my Medicare number is 1EG4-TE5-MK72 and I was told my wheelchair claim was denied. "
    "Claim number 2026-118840-A. Who do I talk to? Frank Castellano, 87 years young, ph 505 555 0186",
    [
        ("1EG4-TE5-MK72", "ID"),
        ("2026-118840-A", "ID"),
        ("Frank Castellano", "NAME"),
        ("87", "AGE"),
        ("505 555 0186", "PHONE"),
    ],
)

I(
    "Hey it's Mia. The swelling in my ankle is way worse since the fall on Tuesday and I can't put "
    "weight on it. Can I just come in or do I need an xray order first",
    [("Mia", "NAME")],
)

I(
    "Message from: caregiver (Hannah Liebowitz, daughter, on file as HIPAA contact)\nPatient: Morris "
    "Liebowitz, MRN 55-20-1187\n\nDad's been more confused the last 2 days, calling me by my "
    "mother's name. He's 89. No fever that we know of. Could this be a UTI again like in August?",
    [
        ("Hannah Liebowitz", "NAME"),
        ("Morris Liebowitz", "NAME"),
        ("55-20-1187", "MRN"),
        ("89", "AGE"),
        ("August", "DATE"),
    ],
)

I(
    "Quick question: is the clinic at 200 Harbor Blvd open on the day after Thanksgiving? I have "
    "an appt that day and never got a reminder.",
    [("200 Harbor Blvd", "ADDRESS"), ("day after Thanksgiving", "DATE")],
)

I(
    "Telephone encounter 11/23/2026. Spoke with pt's husband, Mr. Adebayo, who reports pt (Funmi "
    "Adebayo, 36) has had severe RLQ pain since 0400, vomited x3. Advised ED immediately; declined "
    "ambulance, husband driving. ED charge RN at St. Brigid notified.",
    [("11/23/2026", "DATE"), ("Adebayo", "NAME"), ("Funmi Adebayo", "NAME"), ("36", "AGE")],
)

I(
    "my wife keeps telling me to message you. ive had this mole on my back for years but it got "
    "darker and bigger since summer. she took a pic, not sure how to attach. I'm free after 5 most "
    "days, 480-555-0163 is best.",
    [("480-555-0163", "PHONE")],
)

I(
    "To whom it may concern,\n\nI am requesting a copy of my complete medical records from 2019 to "
    "present. Name: Yusuf Haddad. Date of birth: March 8, 1975. Last 4 of SSN: 6612. Please send "
    "electronically to yhaddad.law@protonmail.com.\n\nThank you,\nYusuf Haddad",
    [
        ("Yusuf Haddad", "NAME"),
        ("March 8, 1975", "DATE"),
        ("6612", "SSN"),
        ("yhaddad.law@protonmail.com", "EMAIL"),
        ("Yusuf Haddad", "NAME"),
    ],
)

I(
    "Pt reports BG readings 240-310 fasting x 1 wk after switching insulin pens. Using Basaglar 22u "
    "qhs. Pt unsure if pen is working. Advised to bring pen and log to appt; endocrine message sent."
)

I(
    "I'm Coach Ramirez with the Westbrook High wrestling team. One of my athletes, Jaylen Torres, "
    "says he was told by your office he's cleared. Can you send the sports physical form to "
    "athletics@westbrookhs.k12.example.us? His DOB is 05/05/2010.",
    [
        ("Ramirez", "NAME"),
        ("Jaylen Torres", "NAME"),
        ("athletics@westbrookhs.k12.example.us", "EMAIL"),
        ("05/05/2010", "DATE"),
    ],
)

I(
    "Hi, Nurse Gwen here from the night shift at Maple Grove Assisted Living. Resident Beatrice "
    "Olander, age 92, room 214, had an unwitnessed fall at about 0230, small skin tear on left "
    "forearm, neuro checks normal. Family (son Pete, 651-555-0133) notified. Requesting PCP review "
    "of whether she should stay on the trazodone.",
    [
        ("Gwen", "NAME"),
        ("Beatrice Olander", "NAME"),
        ("92", "AGE"),
        ("Pete", "NAME"),
        ("651-555-0133", "PHONE"),
    ],
)

I(
    "Thank you all so much for taking care of me last week. The nurses were wonderful. I'm feeling "
    "much better and back to walking the dog."
)

I(
    "Dear Dr. Whitcombe,\nRe: Camille Duchesne (DOB 11/30/1984, MRN 0093312)\n\nI saw Ms. Duchesne "
    "today for evaluation of migraine with aura. She reports 6-8 headache days per month since "
    "starting a new job in June. Neurological exam was normal. I have started topiramate 25 mg qhs "
    "and will see her back on 1/12/27.\n\nWarm regards,\nRajesh Iyer, MD\nNeurology Associates, "
    "tel 212-555-0147",
    [
        ("Whitcombe", "NAME"),
        ("Camille Duchesne", "NAME"),
        ("11/30/1984", "DATE"),
        ("0093312", "MRN"),
        ("Duchesne", "NAME"),
        ("June", "DATE"),
        ("1/12/27", "DATE"),
        ("Rajesh Iyer", "NAME"),
        ("212-555-0147", "PHONE"),
    ],
)

I(
    "can my 3 yr old have benadryl? she got stung by a bee on her hand its swollen but shes "
    "breathing fine and playing",
    [("3", "AGE")],
)

# ---------------------------------------------------------------- batch 2
I(
    "Subject: Fwd: appointment\n\n> On Nov 20, 2026, at 4:15 PM, Scheduling <noreply@cedarhillclinic.org> "
    "wrote:\n> Reminder: Kenji Watanabe has an appointment on 11/30/2026 at 10:00 AM.\n\nThis is the "
    "wrong day, I asked for December 3. Please fix. Kenji",
    [
        ("Nov 20, 2026", "DATE"),
        ("noreply@cedarhillclinic.org", "EMAIL"),
        ("Kenji Watanabe", "NAME"),
        ("11/30/2026", "DATE"),
        ("December 3", "DATE"),
        ("Kenji", "NAME"),
    ],
)

I(
    "Hi Dr. K, my blood pressure cuff reads 180/110 twice tonight and I have a pounding headache and "
    "blurry vision. Should I go in? - Lorraine",
    [("K", "NAME"), ("Lorraine", "NAME")],
)

I(
    "Triage: 71 y/o F w/ hx AFib on apixaban, called re: black tarry stools x2 today, lightheaded "
    "when standing. Advised ED now; pt to call 911 if worse. Daughter Renata to drive. Pt: Mirela "
    "Kovač, MRN 4471902, home 216-555-0161.",
    [
        ("71", "AGE"),
        ("Renata", "NAME"),
        ("Mirela Kovač", "NAME"),
        ("4471902", "MRN"),
        ("216-555-0161", "PHONE"),
    ],
)

I(
    "Does the new RSV vaccine get covered by insurance for people over 60? I'm 66 and my pharmacist "
    "wasn't sure.",
    [("66", "AGE")],
)

I(
    "my name is jose luis ortega i need to change my pharmacy to the walgreens on 5th and Alameda in "
    "san jose. my phone changed too its 669 555 0140",
    [
        ("jose luis ortega", "NAME"),
        ("5th and Alameda", "ADDRESS"),
        ("san jose", "ADDRESS"),
        ("669 555 0140", "PHONE"),
    ],
)

I(
    "Headache for 3 days, worse in the morning, better with ibuprofen. No fever, no stiff neck. "
    "Been staring at screens a lot for work. Do I need to be seen?"
)

I(
    "Clinic letter\n\nNovember 24, 2026\n\nAbigail Thornbury\n1290 Summit Ave, Unit 5\nSt. Paul, MN "
    "55105\n\nDear Ms. Thornbury,\n\nOur records show you are due for a cervical cancer screening. "
    "Your last Pap test was on 10/14/2021. Please call 651-555-0102 to schedule.\n\nWomen's Health "
    "Clinic",
    [
        ("November 24, 2026", "DATE"),
        ("Abigail Thornbury", "NAME"),
        ("1290 Summit Ave, Unit 5\nSt. Paul, MN 55105", "ADDRESS"),
        ("Thornbury", "NAME"),
        ("10/14/2021", "DATE"),
        ("651-555-0102", "PHONE"),
    ],
)

I(
    "Caller is Pastor Eugene Whitlock calling for congregant Mrs. Velma Pruitt who he says is "
    "'not herself' and hasn't eaten in 2 days. Not listed as proxy. Explained we cannot share info; "
    "took his number 803-555-0191 and will call pt directly to assess.",
    [("Eugene Whitlock", "NAME"), ("Velma Pruitt", "NAME"), ("803-555-0191", "PHONE")],
)

I(
    "I keep getting heartburn at night even after taking omeprazole. I stopped coffee. What else "
    "can I try before the appointment?"
)

I(
    "Hey team — Dr. Sato's patient Noor Al-Khatib (DOB 2/14/1990) emailed from noor.alkhatib@yahoo.com "
    "asking to move her 12/9 IUD insertion. I told her we'd call. Her # is +1 (571) 555-0108. Thx, Bri",
    [
        ("Sato", "NAME"),
        ("Noor Al-Khatib", "NAME"),
        ("2/14/1990", "DATE"),
        ("noor.alkhatib@yahoo.com", "EMAIL"),
        ("12/9", "DATE"),
        ("+1 (571) 555-0108", "PHONE"),
        ("Bri", "NAME"),
    ],
)

I(
    "I took my hydrocodone 5/325 at 8 and the pain is still 7/10 after my knee surgery. Is it ok to "
    "take another one before the 6 hours?"
)

I(
    "Dear Parent/Guardian of Lucas Bergstrom,\n\nLucas is due for his 4-year well child visit and "
    "immunizations (DTaP, IPV, MMR, varicella). Our records show his birthday is June 11. Please "
    "log in at www.sunrisepeds.example.com/schedule or call us.\n\nSunrise Pediatrics",
    [
        ("Lucas Bergstrom", "NAME"),
        ("Lucas", "NAME"),
        ("4", "AGE"),
        ("June 11", "DATE"),
        ("www.sunrisepeds.example.com/schedule", "URL"),
    ],
)

I(
    "RN callback: pt Deshawn Miller, 29, MRN 8820143, c/o testicular pain sudden onset 1 hr ago, "
    "8/10, nausea. Advised ED immediately for r/o torsion. Pt agreeable, girlfriend driving.",
    [("Deshawn Miller", "NAME"), ("29", "AGE"), ("8820143", "MRN")],
)

I(
    "hello my mother fatima is 78 she has diabetes and her foot has a wound that smells bad and is "
    "black at the edge. she doesnt want to go to hospital. what do we do. my whatsapp is "
    "+44 7700 900461",
    [("fatima", "NAME"), ("78", "AGE"), ("+44 7700 900461", "PHONE")],
)

I("Could you tell me if my referral to dermatology went through? It's been 3 weeks. Thanks.")

I(
    "From: Greta Lindholm-Achterberg\nTo: Dr. Yolanda Mbatha\nCc: greta.la@fastmail.fm\nDate: "
    "22 Nov 2026\n\nDr. Mbatha, following up on our conversation Tuesday. I've attached the sleep "
    "diary. The CPAP serial is RS2-7734551 if the supplier asks. Greta",
    [
        ("Greta Lindholm-Achterberg", "NAME"),
        ("Yolanda Mbatha", "NAME"),
        ("greta.la@fastmail.fm", "EMAIL"),
        ("22 Nov 2026", "DATE"),
        ("Mbatha", "NAME"),
        ("RS2-7734551", "ID"),
        ("Greta", "NAME"),
    ],
)

I(
    "pt's wife called, states pt (Earl Dubois, 81) 'breathing funny' since lunch, lips look blue per "
    "wife. Instructed to hang up and call 911. Callback 10 min later: EMS on scene. Notified Dr. "
    "Hwang.",
    [("Earl Dubois", "NAME"), ("81", "AGE"), ("Hwang", "NAME")],
)

I(
    "Hi, I'm a new patient. I moved here from Tucson last month. I need my thyroid meds refilled, "
    "levothyroxine 88 mcg. My old doctor was Dr. Feldman at Desert Sky Family Medicine.",
    [("Tucson", "ADDRESS"), ("Feldman", "NAME")],
)

I(
    "Reminder for all clinic staff: flu vaccine clinic is open to employees Monday to Friday from "
    "7 to 9 in the main lobby. Bring your badge. Questions to Lorna Pettibone, "
    "employeehealth@riverbend.example.org.",
    [("Lorna Pettibone", "NAME"), ("employeehealth@riverbend.example.org", "EMAIL")],
)

I(
    "My husband's insulin pump alarm keeps going off saying occlusion. He is 52, type 1. Pump is a "
    "t:slim, serial number 1184529. His sugar is 320. What should we do - Mrs. Carol Anand",
    [("52", "AGE"), ("1184529", "ID"), ("Carol Anand", "NAME")],
)

I(
    "Nurse triage 11/24/26 0812\nPt: Ngozi Eze  DOB: 12/01/1958  MRN: E0077123\nCC: L calf pain & "
    "swelling x2d, recent flight from Lagos 11/18.\nAssessment: possible DVT. Routed to same-day "
    "US; pt aware.\nRN: T. Abernathy",
    [
        ("11/24/26", "DATE"),
        ("Ngozi Eze", "NAME"),
        ("12/01/1958", "DATE"),
        ("E0077123", "MRN"),
        ("Lagos", "ADDRESS"),
        ("11/18", "DATE"),
        ("T. Abernathy", "NAME"),
    ],
)

I(
    "do u guys do std testing? asking for myself lol. i'm 19 and dont want my parents to see it on "
    "the insurance",
    [("19", "AGE")],
)

I(
    "Dear Dr. Zimmerman, I am the daycare director at Little Acorns. One of our kids, Amara (age 2), "
    "had a seizure with fever today; mother Keisha Bell picked her up at 1:15. Mom asked me to send "
    "you a note of what we saw. It lasted about 2 minutes, whole body shaking. — Dana Hollowell",
    [
        ("Zimmerman", "NAME"),
        ("Amara", "NAME"),
        ("2", "AGE"),
        ("Keisha Bell", "NAME"),
        ("Dana Hollowell", "NAME"),
    ],
)

I(
    "Is it safe to get a tattoo while on methotrexate? I have one booked for the 12th. thx, Jess",
    [("12th", "DATE"), ("Jess", "NAME")],
)

I(
    "Patient: Henrietta Vogel-Marsh\nDOB: 01/07/1929\nAge: 97\nAddress: 17 Wren Court, Bar Harbor, "
    "ME 04609\nPhone: 207-555-0155\nInsurance: Medicare A/B, ID 8TR2-PW7-HQ61\nReason for call: "
    "daughter reports new confusion and decreased intake.",
    [
        ("Henrietta Vogel-Marsh", "NAME"),
        ("01/07/1929", "DATE"),
        ("97", "AGE"),
        ("17 Wren Court, Bar Harbor, ME 04609", "ADDRESS"),
        ("207-555-0155", "PHONE"),
        ("8TR2-PW7-HQ61", "ID"),
    ],
)

I(
    "sorry to bother u on a sunday but my sons ear is killing him, hes crying and pulling at it. "
    "temp 101. can he wait till monday? - Ray",
    [("Ray", "NAME")],
)

I(
    "Hello Dr. Nakamura,\n\nI saw on my chart that my ferritin was 6. Does that explain why I've been "
    "so tired? I'm 34 and vegetarian. Also, I'm traveling to Denver Dec 10-14 so I'd need an appt "
    "before or after that.\n\nBest,\nLeah Cohen-Vargas",
    [
        ("Nakamura", "NAME"),
        ("34", "AGE"),
        ("Denver", "ADDRESS"),
        ("Dec 10-14", "DATE"),
        ("Leah Cohen-Vargas", "NAME"),
    ],
)

I(
    "Spoke with pt re: Holter results. Rare PVCs, no sustained arrhythmia. Pt reassured. Will "
    "continue metoprolol and f/u in 6 months."
)

I(
    "Hi im writing for my brother Sergei Volkov hes deaf so cant call. He cut his hand at work on "
    "a saw today, it's deep and still oozing after pressure for 20 min. Can he get stitches at "
    "your walk in? text me 720-555-0137 - Anya",
    [("Sergei Volkov", "NAME"), ("720-555-0137", "PHONE"), ("Anya", "NAME")],
)

I(
    "Department of Cardiology\nDischarge summary excerpt\n\nName: Chen, Wei-Ling  MRN: 3309-118-4\n"
    "Admit: 11/10/2026  Discharge: 11/14/2026\nAttending: M. Oyelaran, MD\n\n62 y.o. woman admitted "
    "with NSTEMI, s/p PCI to LAD on 11/11.",
    [
        ("Chen, Wei-Ling", "NAME"),
        ("3309-118-4", "MRN"),
        ("11/10/2026", "DATE"),
        ("11/14/2026", "DATE"),
        ("M. Oyelaran", "NAME"),
        ("62", "AGE"),
        ("11/11", "DATE"),
    ],
)

I(
    "What's the difference between urgent care and the ER? My copay is different and I never know "
    "which to go to for stuff like a sprain."
)

I(
    "Good evening. I am Mr. Abdirahman Farah. My daughter Hodan got the MMR shot yesterday and now "
    "she has a small rash on her belly. She is 1 year old. My phone 612 555 0129. Thank you.",
    [("Abdirahman Farah", "NAME"), ("Hodan", "NAME"), ("1", "AGE"), ("612 555 0129", "PHONE")],
)

I(
    "Dear Dr Okonkwo, please find enclosed the pathology report for your patient Gordon McAllister "
    "(hospital number RX-2291877), biopsy taken 3rd November 2026. Findings consistent with basal "
    "cell carcinoma, margins clear. Kind regards, Fiona Strachan, Dermatology Secretary",
    [
        ("Okonkwo", "NAME"),
        ("Gordon McAllister", "NAME"),
        ("RX-2291877", "MRN"),
        ("3rd November 2026", "DATE"),
        ("Fiona Strachan", "NAME"),
    ],
)

I(
    "the nurse said to message if my sugars went under 70 again. It was 58 this morning before "
    "breakfast and 64 yesterday at lunch. I'm on glipizide 10 twice a day. -Harvey Lindqvist-Moe",
    [("Harvey Lindqvist-Moe", "NAME")],
)

I(
    "Please note my new email is marcus.oyelowo@icloud.com and cell 347-555-0175 (ext not needed). "
    "Old number 718-555-0120 is disconnected. — Marcus Oyelowo, DOB 9/9/1966",
    [
        ("marcus.oyelowo@icloud.com", "EMAIL"),
        ("347-555-0175", "PHONE"),
        ("718-555-0120", "PHONE"),
        ("Marcus Oyelowo", "NAME"),
        ("9/9/1966", "DATE"),
    ],
)

# ---------------------------------------------------------------- batch 3
I(
    "My daughter Hope has had a barky cough since Christmas Eve and it's worse at night. She's 6. "
    "Will this go away on its own? I really hope so, we're all exhausted. - Faith Morrow",
    [("Hope", "NAME"), ("Christmas Eve", "DATE"), ("6", "AGE"), ("Faith Morrow", "NAME")],
)

I(
    "My neurologist thinks it might be early Parkinson's, not Lewy body. Is a DaTscan covered? "
    "Which is better, Sinemet or a dopamine agonist, for someone still working?"
)

I(
    "Phone note 2026-11-23 16:05\nCaller: Summer Reyes-Whitaker (self)\nDOB 1987-03-22\nReports "
    "positive home pregnancy test, LMP 2026-10-01, mild cramping, no bleeding. Scheduled new OB "
    "intake w/ CNM Bellweather 12/08. Prenatal vitamins advised.",
    [
        ("2026-11-23", "DATE"),
        ("Summer Reyes-Whitaker", "NAME"),
        ("1987-03-22", "DATE"),
        ("2026-10-01", "DATE"),
        ("Bellweather", "NAME"),
        ("12/08", "DATE"),
    ],
)

I(
    "Hi, I'm looking after my neighbour Mr Patrick Doyle while his son is abroad. He's seventy-eight "
    "and lives alone at Flat 3, 21 Kingfisher Row. He's had diarrhoea for 4 days and seems weak. I'm "
    "not family but I'm worried. Regards, Sunita (07700 900318)",
    [
        ("Patrick Doyle", "NAME"),
        ("seventy-eight", "AGE"),
        ("Flat 3, 21 Kingfisher Row", "ADDRESS"),
        ("Sunita", "NAME"),
        ("07700 900318", "PHONE"),
    ],
)

I("Is there an age limit for the shingles vaccine? And do I need two doses?")

I(
    "Attn: Billing\nAccount #: 00441-2298-7\nPatient: Leonard Abernathy-Sykes\nSSN: 398 22 7145\n"
    "Service date: 08/19/2026\n\nI was charged twice for the same echo. Please refund one charge "
    "to the card ending 4412.",
    [
        ("00441-2298-7", "ID"),
        ("Leonard Abernathy-Sykes", "NAME"),
        ("398 22 7145", "SSN"),
        ("08/19/2026", "DATE"),
        ("4412", "ID"),
    ],
)

I(
    "just wanted to say the new blood pressure medicine is working great, readings are all in "
    "the 120s now. thanks doc"
)

I(
    "Pt's mom (Xiomara) called: 6 wk old Mateo with temp 100.6 rectal x1 at 0530, feeding less. "
    "Per protocol fever in infant < 60 days -> ED now. Mom agreed, going to Children's. Callback "
    "786-555-0146. Dr. Ferreira on call notified.",
    [
        ("Xiomara", "NAME"),
        ("6", "AGE"),
        ("Mateo", "NAME"),
        ("786-555-0146", "PHONE"),
        ("Ferreira", "NAME"),
    ],
)

I(
    "Dear Colleague,\n\nRe: Ms. Bridget O'Hanlon, d.o.b. 14/02/1952, NHS no. 485 777 3456\n\nThank "
    "you for seeing this 74 year old lady with a 2-month history of progressive dysphagia to solids "
    "and 5 kg weight loss. I would be grateful for an urgent OGD.\n\nYours sincerely,\nDr Imran "
    "Qureshi\nThe Willows Surgery, 4 Mill Lane, Ashford TN24 8QB",
    [
        ("Bridget O'Hanlon", "NAME"),
        ("14/02/1952", "DATE"),
        ("485 777 3456", "ID"),
        ("74", "AGE"),
        ("Imran Qureshi", "NAME"),
        ("4 Mill Lane, Ashford TN24 8QB", "ADDRESS"),
    ],
)

I("when can i stop the antibiotics if i feel better already? its day 5 of 10.")

I(
    "Hi, this is Will Castaneda. I need a work note for missing Monday and Tuesday (11/16-11/17) "
    "for the stomach flu. Employer wants it faxed to HR at 505-555-0193 attn: Gail. Thanks",
    [
        ("Will Castaneda", "NAME"),
        ("11/16-11/17", "DATE"),
        ("505-555-0193", "PHONE"),
        ("Gail", "NAME"),
    ],
)

I(
    "TRIAGE NOTE — 48M, known CKD3, reports K 6.1 on outside labs drawn today at Quest, faxed. Mild "
    "muscle weakness, no palpitations. Discussed w/ Dr. Aronowitz: ED for ECG + repeat K. Pt "
    "Theodore 'Teddy' Blankenship, MRN 2290-5516, cell 919-555-0168.",
    [
        ("48", "AGE"),
        ("Aronowitz", "NAME"),
        ("Theodore 'Teddy' Blankenship", "NAME"),
        ("2290-5516", "MRN"),
        ("919-555-0168", "PHONE"),
    ],
)

I(
    "Can you please send my allergy list to the dentist? It's penicillin and latex. They said "
    "their fax is on the form I gave the front desk. Dentist is Dr. Felicity Amos.",
    [("Felicity Amos", "NAME")],
)

I(
    "Hello!! My partner Alex (they/them) passed out in the shower about 10 min ago, woke up right "
    "away, now says they feel fine but pale and sweaty. They're 27, no meds. Should we go in?? "
    "Sam — 503-555-0172",
    [("Alex", "NAME"), ("27", "AGE"), ("Sam", "NAME"), ("503-555-0172", "PHONE")],
)

I(
    "From: dr.ellison.rheum@gmail.com\nSent: Friday, November 20, 2026 11:48 AM\nTo: Vanessa "
    "Koenig\nSubject: RE: prednisone taper\n\nVanessa, go down to 10 mg for a week starting "
    "Monday then 7.5. If joint pain flares call my office 303-555-0104 x221. -- Dr. Paul Ellison",
    [
        ("dr.ellison.rheum@gmail.com", "EMAIL"),
        ("November 20, 2026", "DATE"),
        ("Vanessa Koenig", "NAME"),
        ("Vanessa", "NAME"),
        ("303-555-0104 x221", "PHONE"),
        ("Paul Ellison", "NAME"),
    ],
)

I(
    "My son's school nurse says his peak flow was 60% of his best today. He used his inhaler twice "
    "already. He's in 4th grade. What zone is that?"
)

I(
    "I'm 91 and my eyes are getting worse, is there anything to do for macular degeneration "
    "besides the shots? My granddaughter Emily types this for me. - Dorothea Kaminski",
    [("91", "AGE"), ("Emily", "NAME"), ("Dorothea Kaminski", "NAME")],
)

I(
    "Pharmacy called: Rx #RX7731902 for pt Anil Deshpande (DOB 06/23/1970) — dose of "
    "methotrexate written as daily, should be weekly. Clarified with prescriber Dr. Hoffmann-Lee, "
    "corrected to 15 mg once weekly.",
    [
        ("RX7731902", "ID"),
        ("Anil Deshpande", "NAME"),
        ("06/23/1970", "DATE"),
        ("Hoffmann-Lee", "NAME"),
    ],
)

I(
    "How many days should I stay home from work after testing positive for COVID? I work in a "
    "nursing home."
)

I(
    "hola, soy Rosa Elena Gutiérrez, tengo 63 años. Desde ayer tengo dolor en el pecho cuando "
    "camino. Mi hija Daniela me ayuda con el portal. Tel 210-555-0126.",
    [
        ("Rosa Elena Gutiérrez", "NAME"),
        ("63", "AGE"),
        ("Daniela", "NAME"),
        ("210-555-0126", "PHONE"),
    ],
)

I(
    "Clinic letter — Return to work\n\nDate: 11/24/2026\n\nTo whom it may concern:\n\nKwame "
    "Asante-Boateng (DOB 03/03/1979) was seen in our clinic on 11/20/2026 and may return to full "
    "duty on 11/30/2026 without restrictions.\n\nSincerely,\nJennifer Lowry, PA-C\nNorthgate "
    "Occupational Health | 555 Commerce Pkwy, Suite 110, Omaha, NE 68154",
    [
        ("11/24/2026", "DATE"),
        ("Kwame Asante-Boateng", "NAME"),
        ("03/03/1979", "DATE"),
        ("11/20/2026", "DATE"),
        ("11/30/2026", "DATE"),
        ("Jennifer Lowry", "NAME"),
        ("555 Commerce Pkwy, Suite 110, Omaha, NE 68154", "ADDRESS"),
    ],
)

I(
    "Spoke w/ pt, symptoms c/w viral URI. Supportive care reviewed: fluids, rest, saline, honey "
    "for cough. Return precautions given for SOB, fever >3 days. Pt verbalized understanding."
)

I(
    "Hi it's Tiffany from Dr. Gallo's office — we got your message. Dr. Gallo wants you to stop "
    "the amlodipine and check BP twice daily. Call us back at 860-555-0189 or reply here.",
    [("Tiffany", "NAME"), ("Gallo", "NAME"), ("Gallo", "NAME"), ("860-555-0189", "PHONE")],
)

I(
    "my grandpa (Ignatius Obi, 99 years) has not peed since last night and his belly is big and "
    "hurts. he has an enlarged prostate. we live in Brockton. what to do",
    [("Ignatius Obi", "NAME"), ("99", "AGE"), ("Brockton", "ADDRESS")],
)

I("Is there a generic version of Ozempic? My copay went up to $250 this month.")

I(
    "Portal msg from Beatriz Santos-Lima: 'I had the flu shot on Oct 30 and now my arm is still "
    "red, warm and the redness is bigger than my palm, it's been 3 days since it started.' "
    "Routed to RN pool. RN reply: please come in today; slot held 2:15 with PA Whitford.",
    [("Beatriz Santos-Lima", "NAME"), ("Oct 30", "DATE"), ("Whitford", "NAME")],
)

I(
    "Please cancel my appt on Dec. 2nd. I'm feeling better and don't need to come in. Thank you!",
    [("Dec. 2nd", "DATE")],
)

I(
    "Dear Mrs. Liesel Brandauer,\n\nWe were unable to reach you by phone at 414-555-0151 regarding "
    "your recent mammogram of 11/06/2026. Additional imaging is recommended. Please call the Breast "
    "Center at 414-555-0100, option 2, or visit https://mychart.example-health.org to schedule.\n\n"
    "Ref: accession 26-MG-0048812",
    [
        ("Liesel Brandauer", "NAME"),
        ("414-555-0151", "PHONE"),
        ("11/06/2026", "DATE"),
        ("414-555-0100", "PHONE"),
        ("https://mychart.example-health.org", "URL"),
        ("26-MG-0048812", "ID"),
    ],
)

I(
    "Hello, I'm the home health nurse for Mr. Otis Greenlee. Wound vac dressing change today: "
    "wound 4.2 x 3.1 x 1.0 cm, granulating, no odor. He told me he turns 90 on Saturday! "
    "Please renew the wound supply order. - Marisol Pena, RN, Caring Hands HH, 901-555-0117",
    [("Otis Greenlee", "NAME"), ("90", "AGE"), ("Marisol Pena", "NAME"), ("901-555-0117", "PHONE")],
)

I(
    "My brother was diagnosed with Hodgkin lymphoma at 24. Should I get screened for anything since "
    "I'm his sibling?",
    [("24", "AGE")],
)

I(
    "RE: your message about the Holter — this is Dr. Ngata. Your results are fine, only a few "
    "extra beats which are harmless. No changes needed. Take care, Aroha",
    [("Ngata", "NAME"), ("Aroha", "NAME")],
)

I(
    "A1c 8.9 → 7.1 since Jan!! so happy. do i still need to take the jardiance or can i stop?",
    [("Jan", "DATE")],
)

I(
    "Triage — caller: Officer Dwyer, county jail medical liaison, re: inmate Travis Kettleman "
    "(booking #J26-004417), requesting confirmation of his buprenorphine dose. Verified ROI on "
    "file dated 11/02/2026. Confirmed 8 mg BID. Fax to 608-555-0144.",
    [
        ("Dwyer", "NAME"),
        ("Travis Kettleman", "NAME"),
        ("J26-004417", "ID"),
        ("11/02/2026", "DATE"),
        ("608-555-0144", "PHONE"),
    ],
)

# ---------------------------------------------------------------- batch 4
I(
    "Hi, June here (June Albrecht). My June appointment got lost when you switched systems and now "
    "I'm overdue for my B12 shot. Can someone call me? 262-555-0185",
    [("June", "NAME"), ("June Albrecht", "NAME"), ("June", "DATE"), ("262-555-0185", "PHONE")],
)

I(
    "triage: caller Grace (pt's roommate) reports pt Jack Holloway, 22, drank heavily tonight, "
    "vomiting, now hard to wake. Instructed 911 now, place on side. Caller confirmed address "
    "1407 W Hollis St #3. EMS dispatched per caller.",
    [
        ("Grace", "NAME"),
        ("Jack Holloway", "NAME"),
        ("22", "AGE"),
        ("1407 W Hollis St #3", "ADDRESS"),
    ],
)

I(
    "Hello my email is ravi dot menon77 at gmail dot com, please use that for the forms, the one "
    "on file is old. Ravi Menon",
    [("ravi dot menon77 at gmail dot com", "EMAIL"), ("Ravi Menon", "NAME")],
)

I(
    "School form: student Zara Okoro, grade 8, student ID 200781455, DOB 4/27/2013, requires "
    "inhaler at school per Dr. Fenwick. Parent signature: Chinwe Okoro. Contact 470-555-0121.",
    [
        ("Zara Okoro", "NAME"),
        ("200781455", "ID"),
        ("4/27/2013", "DATE"),
        ("Fenwick", "NAME"),
        ("Chinwe Okoro", "NAME"),
        ("470-555-0121", "PHONE"),
    ],
)

I(
    "I work nights at the Amazon warehouse on Route 9 and keep getting these headaches after my "
    "shift. I'm 41, no history of migraines. Is it the lights? - Colm",
    [("Route 9", "ADDRESS"), ("41", "AGE"), ("Colm", "NAME")],
)

I(
    "Dear Dr. Abara,\n\nPlease accept this letter as a formal request to transfer my care and that "
    "of my two children, Malik (DOB 01/19/2016) and Imani (DOB 08/02/2019), to your practice. Our "
    "previous pediatrician was Dr. Harriet Voss in Savannah.\n\nRespectfully,\nTamika Greene\n"
    "912-555-0139 | tamika.greene@me.com",
    [
        ("Abara", "NAME"),
        ("Malik", "NAME"),
        ("01/19/2016", "DATE"),
        ("Imani", "NAME"),
        ("08/02/2019", "DATE"),
        ("Harriet Voss", "NAME"),
        ("Savannah", "ADDRESS"),
        ("Tamika Greene", "NAME"),
        ("912-555-0139", "PHONE"),
        ("tamika.greene@me.com", "EMAIL"),
    ],
)

I(
    "pt states she is 'about 70' but chart DOB 2/29/1956 → 70. Reports new onset palpitations "
    "since Thurs, no syncope. ECG at pharmacy kiosk showed 'possible AFib'. Scheduled w/ cardiology "
    "Dr. Mahmoud tomorrow 9am. Pt: Odile Marchand.",
    [
        ("70", "AGE"),
        ("2/29/1956", "DATE"),
        ("70", "AGE"),
        ("Mahmoud", "NAME"),
        ("Odile Marchand", "NAME"),
    ],
)

I(
    "Your verification code for the patient portal is 482913. If you did not request this, call "
    "us. Do not share this code. Account: h.nakashima",
    [("h.nakashima", "ID")],
)

I(
    "Caller Rev. Thaddeus Moore-Abiola, POA for his aunt Cordelia Moore (DOB 5/17/1930, age 96), "
    "requesting hospice info. Aunt at home, 3318 Magnolia Dr, Jackson MS 39206, bedbound, eating "
    "little. Gave hospice intake # 601-555-0107. Will have Dr. Shultz call him at 601-555-0166.",
    [
        ("Thaddeus Moore-Abiola", "NAME"),
        ("Cordelia Moore", "NAME"),
        ("5/17/1930", "DATE"),
        ("96", "AGE"),
        ("3318 Magnolia Dr, Jackson MS 39206", "ADDRESS"),
        ("601-555-0107", "PHONE"),
        ("Shultz", "NAME"),
        ("601-555-0166", "PHONE"),
    ],
)

I(
    "can you check if my covid booster is in my record? i got it at a pop up clinic in Lowell on "
    "10/4. my vaccine card got wet lol. - Brianna T.",
    [("Lowell", "ADDRESS"), ("10/4", "DATE"), ("Brianna T.", "NAME")],
)

I(
    "From: Dmitri Petrakis <d.petrakis@petrakislaw.example.com>\nTo: records@valleygeneral.example.org\n"
    "Subject: Records request — client Stella Anagnostou\n\nPlease find attached a HIPAA-compliant "
    "authorization signed 11/12/2026 for release of records for my client Stella Anagnostou, DOB "
    "07/07/1968, for dates of service 01/01/2024 through present.",
    [
        ("Dmitri Petrakis", "NAME"),
        ("d.petrakis@petrakislaw.example.com", "EMAIL"),
        ("records@valleygeneral.example.org", "EMAIL"),
        ("Stella Anagnostou", "NAME"),
        ("11/12/2026", "DATE"),
        ("Stella Anagnostou", "NAME"),
        ("07/07/1968", "DATE"),
        ("01/01/2024", "DATE"),
    ],
)

I(
    "i'm 16 and i think im pregnant. can i come in without my mom knowing? please dont call my "
    "house. my cell is 555-0148",
    [("16", "AGE"), ("555-0148", "PHONE")],
)

I(
    "RN note: Rec'd fax from Sunnyvale Dialysis re: pt Arturo Beltrán (MRN 118-22-904), missed "
    "2 sessions this wk, K unknown. Called pt x2 at 408-555-0131, no answer; LVM. Will notify "
    "nephrologist Dr. Kaur and try again at 1500.",
    [
        ("Arturo Beltrán", "NAME"),
        ("118-22-904", "MRN"),
        ("408-555-0131", "PHONE"),
        ("Kaur", "NAME"),
    ],
)

I(
    "Dear Patient,\nOur office will be closed from December 24 through December 26. For urgent "
    "needs call the on-call line. Happy holidays from all of us at Pinecrest Family Practice, "
    "Dr. Miriam Oduya and Dr. Lars Heglund.",
    [
        ("December 24", "DATE"),
        ("December 26", "DATE"),
        ("Miriam Oduya", "NAME"),
        ("Lars Heglund", "NAME"),
    ],
)

I(
    "my dad hassan (70 yrs) has had hiccups for 3 days nonstop, he cant sleep, he had a stroke in "
    "march. is this dangerous? we are in dearborn. -Layla",
    [
        ("hassan", "NAME"),
        ("70", "AGE"),
        ("march", "DATE"),
        ("dearborn", "ADDRESS"),
        ("Layla", "NAME"),
    ],
)

I(
    "Provider-to-provider: Hi Ben, sending over Ms. Pauline Ferris (DOB 12/12/1944) for your "
    "opinion re: 4.1 cm AAA found incidentally on CT 11/09. BP controlled. She prefers morning "
    "appts; her son Curtis brings her. -- Noelle (Dr. Noelle Haverford, IM)",
    [
        ("Ben", "NAME"),
        ("Pauline Ferris", "NAME"),
        ("12/12/1944", "DATE"),
        ("11/09", "DATE"),
        ("Curtis", "NAME"),
        ("Noelle", "NAME"),
        ("Noelle Haverford", "NAME"),
    ],
)

I(
    "I need a prior auth for my Humira. Insurance: Aetna, member ID W228419077, group 8873301-010. "
    "Specialty pharmacy ref # SP-55102. Thanks, Keiko Tanabe",
    [("W228419077", "ID"), ("8873301-010", "ID"), ("SP-55102", "ID"), ("Keiko Tanabe", "NAME")],
)

I(
    "Is it possible to get my records sent to my new doctor in Boise? Her name is Dr. Sheila "
    "Marchetti-Young. My DOB is 11-2-1991 and my name is Cody Paulsen.",
    [
        ("Boise", "ADDRESS"),
        ("Sheila Marchetti-Young", "NAME"),
        ("11-2-1991", "DATE"),
        ("Cody Paulsen", "NAME"),
    ],
)

I(
    "Triage 11/24 2210 — after-hours line. Caller Brenda Lisowski re: husband Stan, 58, crushing "
    "chest pressure radiating to jaw x20 min, sweaty. Instructed to call 911 and chew 325 mg ASA "
    "if not allergic. Caller hung up to call 911. Callback # 440-555-0153 — no answer on recheck.",
    [
        ("11/24", "DATE"),
        ("Brenda Lisowski", "NAME"),
        ("Stan", "NAME"),
        ("58", "AGE"),
        ("440-555-0153", "PHONE"),
    ],
)

I(
    "hey doc its Jimmy Two Feathers, my sugar meter says HI and i feel real thirsty and tired. "
    "I'm out at the ranch, 40 min from town. my wife's number is 406-555-0113",
    [("Jimmy Two Feathers", "NAME"), ("406-555-0113", "PHONE")],
)

I(
    "Clinic letter\n\nPatient: Mr. Reginald Ashworth-Kemp\nHospital No: K0091244\nDOB: 22.06.1947\n\n"
    "Mr Ashworth-Kemp attended the anticoagulation clinic on 18.11.2026. INR 3.4. Warfarin reduced "
    "to 4 mg daily. Next INR on 25.11.2026.",
    [
        ("Reginald Ashworth-Kemp", "NAME"),
        ("K0091244", "MRN"),
        ("22.06.1947", "DATE"),
        ("Ashworth-Kemp", "NAME"),
        ("18.11.2026", "DATE"),
        ("25.11.2026", "DATE"),
    ],
)

I(
    "My husband is a veteran and gets some care at the VA. His VA claim number is C-28 771 402. "
    "Can you coordinate with them about his sleep study? - Patricia Lombardi",
    [("C-28 771 402", "ID"), ("Patricia Lombardi", "NAME")],
)

I(
    "Hi there, I'm Dev. I had a vasectomy on the 17th and there's a golf-ball sized lump on the left "
    "side that's getting bigger and really painful. Is that normal bruising?",
    [("Dev", "NAME"), ("17th", "DATE")],
)

I(
    "Nurse triage (peds): 9 mo F, Aaliyah Brooks, fell off bed ~2 ft onto carpet 30 min ago, cried "
    "immediately, now playing, no vomiting. Home care advice + head injury precautions given to "
    "mother (Shanice Brooks). Callback 678-555-0194.",
    [
        ("9", "AGE"),
        ("Aaliyah Brooks", "NAME"),
        ("Shanice Brooks", "NAME"),
        ("678-555-0194", "PHONE"),
    ],
)

I(
    "I uploaded the video of my tremor to my YouTube as unlisted, link is "
    "youtu.be/q8Zr2LmPx0A — the neurologist asked to see it. Margaret Ellingsen",
    [("youtu.be/q8Zr2LmPx0A", "URL"), ("Margaret Ellingsen", "NAME")],
)

I(
    "Dear Dr. Yilmaz,\n\nI'm writing regarding my father, Mehmet Demir, aged 84. Since his "
    "hospitalisation at Mercy on the 2nd of November he has been sleeping most of the day. His "
    "home address is 56 Orchard Way, Bellevue, WA 98004 if a home visit is possible.\n\nElif Demir",
    [
        ("Yilmaz", "NAME"),
        ("Mehmet Demir", "NAME"),
        ("84", "AGE"),
        ("2nd of November", "DATE"),
        ("56 Orchard Way, Bellevue, WA 98004", "ADDRESS"),
        ("Elif Demir", "NAME"),
    ],
)

I(
    "pls refill my sertraline 100mg. pharmacy: Rite Aid 1521 Main St Duluth. name Kristoffer "
    "Aalto dob 3/3/03",
    [("1521 Main St Duluth", "ADDRESS"), ("Kristoffer Aalto", "NAME"), ("3/3/03", "DATE")],
)

I(
    "Note: Pt's driver license # D120-5584-9921 scanned to chart for ID verification per front "
    "desk (Rhonda). Pt name corrected from 'Jon Smythe' to 'Jonathan Smyth'.",
    [
        ("D120-5584-9921", "ID"),
        ("Rhonda", "NAME"),
        ("Jon Smythe", "NAME"),
        ("Jonathan Smyth", "NAME"),
    ],
)

I(
    "Good afternoon. I received a letter about a data breach and want to know if my SSN "
    "(602-18-4471) was part of it. My name is Winifred Agyeman. Please reply to this portal.",
    [("602-18-4471", "SSN"), ("Winifred Agyeman", "NAME")],
)

I(
    "Phone triage — Pt Esperanza Villalobos, 33, G2P1 at 34 wks, reports decreased fetal movement "
    "since this morning, <10 kicks in 2 hrs. Advised L&D eval now. Pt going to Women's Pavilion. "
    "OB Dr. Greenberg paged 11/24/2026 1342.",
    [
        ("Esperanza Villalobos", "NAME"),
        ("33", "AGE"),
        ("Greenberg", "NAME"),
        ("11/24/2026", "DATE"),
    ],
)

I(
    "I'm caring for my mother-in-law who has dementia. She wanders at night. She is 86. We live "
    "on Pinehurst Drive in Cary. Are there any local programs that can help? — Nadia Rahimi",
    [("86", "AGE"), ("Pinehurst Drive", "ADDRESS"), ("Cary", "ADDRESS"), ("Nadia Rahimi", "NAME")],
)

I(
    "Fwd: lab results\n\n-----Original Message-----\nFrom: LabCorp Patient <noreply@labs.example.com>\n"
    "Sent: 11/21/2026\nTo: jwalsh1962@aol.com\n\nJames Walsh, your results for accession "
    "L2611210987 are ready.\n\n-- Can someone explain what 'eGFR 48' means? Jim",
    [
        ("noreply@labs.example.com", "EMAIL"),
        ("11/21/2026", "DATE"),
        ("jwalsh1962@aol.com", "EMAIL"),
        ("James Walsh", "NAME"),
        ("L2611210987", "ID"),
        ("Jim", "NAME"),
    ],
)

I(
    "Triage addendum: spoke again w/ Mr. Fenwick-Oduya at 1620. Swelling in R knee improved w/ ice. "
    "Keeping appt 11/27 w/ ortho (Dr. Lam). No further action.",
    [("Fenwick-Oduya", "NAME"), ("11/27", "DATE"), ("Lam", "NAME")],
)

I(
    "heyyy so i fainted at the gym and hit my chin, needed to sit for like 15 min. im 23F, on no "
    "meds. is it ok to go back tomorrow? my trainer marco thinks im dehydrated",
    [("23", "AGE"), ("marco", "NAME")],
)

I(
    "Dear Mr. Pham,\n\nThis letter confirms that your son, Tuan Pham (age 12), may participate in "
    "all school sports activities for the 2026-2027 school year.\n\nSincerely,\nEllen Rourke, MD",
    [("Pham", "NAME"), ("Tuan Pham", "NAME"), ("12", "AGE"), ("Ellen Rourke", "NAME")],
)

I(
    "my mri is schedueled for 12/15 at the imaging center on Grand Ave but I have a pacemaker, does "
    "anyone know that?? my name is Clarence Whitby, 76",
    [("12/15", "DATE"), ("Grand Ave", "ADDRESS"), ("Clarence Whitby", "NAME"), ("76", "AGE")],
)

I(
    "Interpreter used: Somali, ID# 40312 (LanguageLine). Pt Abdi Warsame reports 3 wks of night "
    "sweats, cough, weight loss. Recent travel. TB screening ordered; pt given mask. Spoke w/ "
    "Dr. Ngozi Uche.",
    [("40312", "ID"), ("Abdi Warsame", "NAME"), ("Ngozi Uche", "NAME")],
)

I(
    "I need to update my emergency contact to my sister Rachel Feinberg, 917-555-0159, instead of "
    "my ex. Thanks. - Deborah Feinberg-Ross",
    [("Rachel Feinberg", "NAME"), ("917-555-0159", "PHONE"), ("Deborah Feinberg-Ross", "NAME")],
)

I(
    "Pt's portal username is 'cwalker_ga' — locked out. Reset link sent to c.walker.ga@gmail.com "
    "after verifying DOB 10/10/1982 and last 4 SSN 9038. — IT helpdesk (ticket 771245)",
    [
        ("cwalker_ga", "ID"),
        ("c.walker.ga@gmail.com", "EMAIL"),
        ("10/10/1982", "DATE"),
        ("9038", "SSN"),
        ("771245", "ID"),
    ],
)

I(
    "Hi Dr. Castellanos, Linh again (Bao's wife). The nausea meds helped, I can keep crackers "
    "down now. Do I still need the IV fluids appointment Thursday the 26th?",
    [("Castellanos", "NAME"), ("Linh", "NAME"), ("Bao", "NAME"), ("26th", "DATE")],
)

I(
    "Dear Dr. Ferreira,\nFollowing up on baby Mateo seen in the ED on 11/23. LP negative, cultures "
    "pending. Discharged home with mom. PCP follow-up in 24-48 hrs. Contact: ED case manager, "
    "ext. 5527.\nJ. Oyelaran-Smith, MD",
    [
        ("Ferreira", "NAME"),
        ("Mateo", "NAME"),
        ("11/23", "DATE"),
        ("ext. 5527", "PHONE"),
        ("J. Oyelaran-Smith", "NAME"),
    ],
)

I(
    "I am 105 years old and still living in my own home. My doctor retired. Do you take new "
    "patients who are very old? Signed, Florence Abernethy, by her nephew",
    [("105", "AGE"), ("Florence Abernethy", "NAME")],
)

I(
    "Re: Quincy Albright-Navarro\nMRN 6603918 / Acct 4400219873\n\nMr. Albright-Navarro called "
    "after his 11/18 ED visit at Lakeside asking who to follow up with. Gave PCP number "
    "(971) 555-0124 x 3. He is 90 as of last month and lives with his niece Pilar in Gresham.",
    [
        ("Quincy Albright-Navarro", "NAME"),
        ("6603918", "MRN"),
        ("4400219873", "ID"),
        ("Albright-Navarro", "NAME"),
        ("11/18", "DATE"),
        ("(971) 555-0124 x 3", "PHONE"),
        ("90", "AGE"),
        ("Pilar", "NAME"),
        ("Gresham", "ADDRESS"),
    ],
)


# ---------------------------------------------------------------- build
def locate(idx: int, text: str, spans: list[tuple[str, str]]) -> list[dict]:
    out: list[dict] = []
    cursor = 0
    for sub, label in spans:
        if label not in LABELS:
            raise SystemExit(f"item {idx}: bad label {label!r}")
        start = text.find(sub, cursor)
        if start < 0:
            raise SystemExit(f"item {idx}: {sub!r} not found after offset {cursor}")
        end = start + len(sub)
        if text[start:end] != sub:
            raise SystemExit(f"item {idx}: span mismatch for {sub!r}")
        if sub != sub.strip():
            raise SystemExit(f"item {idx}: span {sub!r} has outer whitespace")
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if (before.isalnum() and sub[0].isalnum()) or (after.isalnum() and sub[-1].isalnum()):
            print(
                f"  note item {idx}: {sub!r} glued to neighbour ({before!r}|{after!r})",
                file=sys.stderr,
            )
        out.append({"start": start, "end": end, "label": label})
        cursor = end
    return out


def uncovered_digits(text: str, spans: list[dict]) -> list[str]:
    covered = set()
    for s in spans:
        covered.update(range(s["start"], s["end"]))
    return [
        m.group()
        for m in re.finditer(r"\d[\d/.\-]*", text)
        if not covered.intersection(range(m.start(), m.end()))
    ]


def main() -> None:
    rows = []
    ids = set()
    for n, (text, spans) in enumerate(ITEMS, 1):
        item_id = f"naive1-phi-{n:04d}"
        assert item_id not in ids
        ids.add(item_id)
        located = locate(n, text, spans)
        if "-v" in sys.argv:
            print(item_id, "unlabelled numbers:", uncovered_digits(text, located), file=sys.stderr)
        rows.append(
            {
                "id": item_id,
                "category": "phi",
                "added": "2026-11-24",
                "source": "independent PHI annotation set 1",
                "text": text,
                "spans": located,
            }
        )
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_naive1.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, OUT)
    counts: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    empty = sum(1 for r in rows if not r["spans"])
    print(
        f"wrote {OUT}: {len(rows)} items, {empty} without PHI, "
        f"{sum(counts.values())} spans: {dict(sorted(counts.items()))}"
    )


if __name__ == "__main__":
    main()
