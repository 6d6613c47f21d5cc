#!/usr/bin/env python3
"""Generate phi_guide18.jsonl: 70 hand-written, hand-annotated PHI items (guideline **phi** rule).

Each item is written as (text, [(substring, LABEL), ...] in text order[, exemptions]).
Offsets are computed by locating each annotated substring in the text, left to right (the
search for a span starts after the previous span ends), so repeated strings resolve in order.

Exemptions are (substring, n) pairs: the n-th (1-based, case-insensitive, word-bounded)
occurrence of that substring is deliberately NOT PHI, e.g. "bill" the invoice when "bill"
the person is labelled in the same message.  Every exemption must point at a real,
unlabelled occurrence, so stale exemptions fail too.

Checks: known labels only; exact substring match at word boundaries; no whitespace at span
edges; spans strictly ordered and non-overlapping; every other case-insensitive, word-bounded
occurrence of a labelled string is also covered by a span (unless exempted); unique ids and
texts; the written file is re-read and every span re-checked; when pydantic is available the
file is also validated with the brief's schema (harness/contract/items.py, PhiItem).
Output is written atomically and is byte-identical across runs.
"""

from __future__ import annotations

import collections
import importlib.util
import itertools
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide18.jsonl")
SCHEMA = os.path.join(HERE, "..", "..", "..", "harness", "contract", "items.py")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ADDED = "2026-11-24"
SOURCE = "independent PHI set 18"
ID_FMT = "phig18-{:04d}"

ITEMS: list[tuple] = [
    # 1 casual
    (
        "hi its rose again. dr kaur upped my sertraline to 100 but the walgreens on hawthorne blvd "
        "says they never got it?? can someone call me 503 555 0148 before friday",
        [
            ("rose", "NAME"),
            ("kaur", "NAME"),
            ("hawthorne blvd", "ADDRESS"),
            ("503 555 0148", "PHONE"),
        ],
    ),
    # 2
    (
        "Good morning. My father, Nguyen Van Minh, is 91 and has been coughing since the 3rd. His GP, "
        "Dr. Ellie Park-Whitfield, is away until 12 December. Could someone look at the chest X-ray "
        "he had on Oct 30?",
        [
            ("Nguyen Van Minh", "NAME"),
            ("91", "AGE"),
            ("3rd", "DATE"),
            ("Ellie Park-Whitfield", "NAME"),
            ("12 December", "DATE"),
            ("Oct 30", "DATE"),
        ],
    ),
    # 3 casual
    (
        "this is about my mum may o'brien, dob 14/07/1938. she may need more insulin pens, shes out "
        "by tues 3/3 and the chemist says the script ran out",
        [("may o'brien", "NAME"), ("14/07/1938", "DATE"), ("3/3", "DATE")],
    ),
    # 4
    (
        'Phone note 11/18 14:20 - Pt\'s daughter Folasade ("Fola") Adebayo-Cole called re: her '
        "mother Mrs. Bisi Adebayo, 93, confused since the weekend. Advised ED if any new weakness. "
        "Callback 020 7946 0521. -- T. Lindgren, RN",
        [
            ("11/18", "DATE"),
            ("Folasade", "NAME"),
            ("Fola", "NAME"),
            ("Adebayo-Cole", "NAME"),
            ("Bisi Adebayo", "NAME"),
            ("93", "AGE"),
            ("020 7946 0521", "PHONE"),
            ("T. Lindgren", "NAME"),
        ],
    ),
    # 5 casual
    (
        "hey its bill, just wanted to ask about the bill i got for my colonoscopy on march 3. it says "
        "i owe $412 but my plan should cover it. member id 448201773-01",
        [("bill", "NAME"), ("march 3", "DATE"), ("448201773-01", "ID")],
        [("bill", 2)],
    ),
    # 6
    (
        "Dear Dr. Oyelaran, I am writing for my grandfather, Chukwuemeka Obi (we call him Papa "
        "Emeka). He turned 96 on the 2nd of November and since then he has refused his Eliquis. My "
        "aunt Ngozi gives him his tablets each morning. Her number is +234 803 555 0192.",
        [
            ("Oyelaran", "NAME"),
            ("Chukwuemeka Obi", "NAME"),
            ("Emeka", "NAME"),
            ("96", "AGE"),
            ("2nd of November", "DATE"),
            ("Ngozi", "NAME"),
            ("+234 803 555 0192", "PHONE"),
        ],
    ),
    # 7 casual
    (
        "can u tell nurse baptiste the swelling in my legs went down w the lasix. been patting the "
        "blisters dry like she said. my sister pat wants to come w me to the appt on 12/9 is that ok",
        [("baptiste", "NAME"), ("pat", "NAME"), ("12/9", "DATE")],
    ),
    # 8 no PHI
    (
        "I was diagnosed with Crohn's in my twenties and I'm now on Humira. Since last Tuesday I've "
        "had mouth ulcers and the pharmacist said they might be unrelated. May I move my "
        "Gastroenterology appointment forward?",
        [],
    ),
    # 9
    (
        "Hi, this is Grace Liu. My son Jack (ZHANG Jiahao on his school forms) had a seizure in class "
        "today and Dr. Amber Holloway in the ED started him on Keppra. Will he need to stay off "
        "school until he sees neurology? His MRN is 00417729.",
        [
            ("Grace Liu", "NAME"),
            ("Jack", "NAME"),
            ("ZHANG Jiahao", "NAME"),
            ("Amber Holloway", "NAME"),
            ("00417729", "MRN"),
        ],
    ),
    # 10 casual
    (
        "whoever is on call tonite pls ring me back on 07700 900318 its about my dad frank, hes 89 "
        "and his wee is frank blood since this morning. hes on warfarin. im his carer, name's dawn",
        [("07700 900318", "PHONE"), ("frank", "NAME"), ("dawn", "NAME")],
        [("frank", 2)],
    ),
    # 11
    (
        "Please note my new address for correspondence: Flat 3B, 27 Kingsland Road, London E2 8AA. "
        "My mobile has also changed to 07700 900 764. Siobhán Ní Bhriain (formerly Siobhán Walsh)",
        [
            ("Flat 3B, 27 Kingsland Road, London E2 8AA", "ADDRESS"),
            ("07700 900 764", "PHONE"),
            ("Siobhán Ní Bhriain", "NAME"),
            ("Siobhán Walsh", "NAME"),
        ],
    ),
    # 12 no PHI
    (
        "My husband has Parkinson's and his hands shake more in the mornings. He takes Sinemet at 7, "
        "11, 3 and 7. He is 78. Is it okay to give him Benadryl to help him sleep?",
        [],
    ),
    # 13 casual
    (
        "omg so sorry i missed my apt on the 14th!! babysitter cancelled. can i rebook w dr "
        "okafor-mensah? shes the only one who gets my migraines. any day but wednesday. -amaka",
        [("14th", "DATE"), ("okafor-mensah", "NAME"), ("amaka", "NAME")],
    ),
    # 14
    (
        "Interpreter needed (Arabic) for Mr. Yousef Haddad, DOB 02/11/1947, MRN 7730-2291-4. His son "
        "Karim will attend the 9 Dec visit; his wife, Umm Karim, prefers a female interpreter. "
        "Contact: yhaddad.family@examplemail.com",
        [
            ("Yousef Haddad", "NAME"),
            ("02/11/1947", "DATE"),
            ("7730-2291-4", "MRN"),
            ("Karim", "NAME"),
            ("9 Dec", "DATE"),
            ("Umm Karim", "NAME"),
            ("yhaddad.family@examplemail.com", "EMAIL"),
        ],
    ),
    # 15 casual
    (
        "my daughter hope has had a rash since sat, its on her tummy n back. shes 7. we been using "
        "hope's old eczema cream but its not helping. is hydrocortisone ok? we live in ohio now so "
        "cant see dr fitzgerald",
        [("hope", "NAME"), ("hope", "NAME"), ("fitzgerald", "NAME")],
    ),
    # 16
    (
        "Hello, I'm Rajesh Subramaniam's wife, Lakshmi. Raj had his angioplasty at St. Vincent's on "
        "28 October and Dr. Deshpande told us to keep his Brilinta going without a break. The "
        "pharmacy says the repeat prescription Rx 7712093 needs a new approval. Could you send it "
        "today?",
        [
            ("Rajesh Subramaniam", "NAME"),
            ("Lakshmi", "NAME"),
            ("Raj", "NAME"),
            ("28 October", "DATE"),
            ("Deshpande", "NAME"),
            ("7712093", "ID"),
        ],
    ),
    # 17 casual
    (
        "hi dr b its sunny. the new inhaler is great but my hands get shaky after. is that normal? "
        "also is it ok to go running when its sunny and hot out lol",
        [("b", "NAME"), ("sunny", "NAME")],
        [("sunny", 2)],
    ),
    # 18
    (
        "Re: appointment for Park Ji-yeon (박지연), date of birth 1984-05-17. She would like to move "
        "her ultrasound from Friday 4 December to any morning the following week. Please reach her "
        "husband, Daniel Choi, at (213) 555-0187 ext. 204.",
        [
            ("Park Ji-yeon", "NAME"),
            ("박지연", "NAME"),
            ("1984-05-17", "DATE"),
            ("4 December", "DATE"),
            ("Daniel Choi", "NAME"),
            ("(213) 555-0187 ext. 204", "PHONE"),
        ],
    ),
    # 19 casual, no PHI
    (
        "is it bad to drink dr pepper with my metformin?? also i may have forgot my jardiance "
        "yesterday should i double up today",
        [],
    ),
    # 20
    (
        "Dear Sir or Madam, I am the son of Mrs. Oksana Kovalenko (born 9 March 1930). She is 96 and "
        "lives with me at 14 Elm Grove, Harrogate HG1 4DT. Her cardiologist, Dr. Wojciech Kamiński, "
        "asked us to record her weight daily. It has gone up 3 kg since the 20th.",
        [
            ("Oksana Kovalenko", "NAME"),
            ("9 March 1930", "DATE"),
            ("96", "AGE"),
            ("14 Elm Grove, Harrogate HG1 4DT", "ADDRESS"),
            ("Wojciech Kamiński", "NAME"),
            ("20th", "DATE"),
        ],
    ),
    # 21 casual
    (
        "its chip. mark from the front desk said to message here. i chipped my tooth on the 22nd and "
        "now my jaw is swollen. dentist cant see me til dec 2nd",
        [("chip", "NAME"), ("mark", "NAME"), ("22nd", "DATE"), ("dec 2nd", "DATE")],
    ),
    # 22
    (
        "Ms. Faith Adeyemi-Brown called at 09:10 asking whether she can take ibuprofen with her "
        "Xarelto. Advised no; paracetamol OK. Her pharmacist at Boots, Ama, had told her the same. "
        "Will follow up Monday. - J. Rich, RN",
        [("Faith Adeyemi-Brown", "NAME"), ("Ama", "NAME"), ("J. Rich", "NAME")],
    ),
    # 23 casual
    (
        "me n my wife both got the flu shot on 10/28 and shes been dizzy ever since. her name is "
        "xochitl ramirez, dob 3-12-59. im jose luis ramirez. pls call 915-555-0163",
        [
            ("10/28", "DATE"),
            ("xochitl ramirez", "NAME"),
            ("3-12-59", "DATE"),
            ("jose luis ramirez", "NAME"),
            ("915-555-0163", "PHONE"),
        ],
    ),
    # 24 no PHI
    (
        "Is there any problem taking Allegra and Lyrica together? I also wear a Dexcom and an Omnipod, "
        "in case antihistamines affect the readings. I am seeing Endocrinology next month.",
        [],
    ),
    # 25
    (
        "Patient: Mohammed Rafiq Chowdhury. NHS no. 943 476 5919. He has had Bell's palsy since "
        "16/11/2026 and is under Mr. Hale (ENT). His son, Tariq, is the main contact: "
        "tariq.chowdhury@example.co.uk.",
        [
            ("Mohammed Rafiq Chowdhury", "NAME"),
            ("943 476 5919", "ID"),
            ("16/11/2026", "DATE"),
            ("Hale", "NAME"),
            ("Tariq", "NAME"),
            ("tariq.chowdhury@example.co.uk", "EMAIL"),
        ],
    ),
    # 26 casual
    (
        "hey so grace said i shud message u. i think my stitches r infected, its red n hot n theres "
        "yellow stuff. surgery was 3rd of march? no wait nov 3rd lol. im at 1427 sycamore st apt 2 "
        "if someone can come",
        [
            ("grace", "NAME"),
            ("3rd of march", "DATE"),
            ("nov 3rd", "DATE"),
            ("1427 sycamore st apt 2", "ADDRESS"),
        ],
    ),
    # 27
    (
        "To the renal team: my husband Bob Mwangi-Kariuki is 90 years old today, 21 November, and he "
        "is refusing to go to dialysis this afternoon. His nephrologist is Dr. Tigist Alemayehu. I "
        "can be reached on 0412 555 019. Wanjiru",
        [
            ("Bob Mwangi-Kariuki", "NAME"),
            ("90", "AGE"),
            ("21 November", "DATE"),
            ("Tigist Alemayehu", "NAME"),
            ("0412 555 019", "PHONE"),
            ("Wanjiru", "NAME"),
        ],
    ),
    # 28 casual
    (
        "amber adderall refill pls, cvs on 3rd st. dob 8/8/01. the portal has my name as ambar, its "
        "amber",
        [
            ("amber", "NAME"),
            ("3rd st", "ADDRESS"),
            ("8/8/01", "DATE"),
            ("ambar", "NAME"),
            ("amber", "NAME"),
        ],
    ),
    # 29
    (
        "Fax to Dr. Priyanka Venkatesh, Lakeside Family Practice, fax (617) 555-0110, attn: Sue. "
        "Results for patient LEE, Min-jun, DOB 12/30/1950, collected 11/20/26: HbA1c 7.9%. "
        "Specimen ID QX-22019384.",
        [
            ("Priyanka Venkatesh", "NAME"),
            ("(617) 555-0110", "PHONE"),
            ("Sue", "NAME"),
            ("LEE, Min-jun", "NAME"),
            ("12/30/1950", "DATE"),
            ("11/20/26", "DATE"),
            ("QX-22019384", "ID"),
        ],
    ),
    # 30 casual
    (
        "will's been skipping his zoloft again, he says it makes him feel flat. will it be ok if he "
        "stops for a few days? his psych dr moreno-vidal is away til the 1st",
        [("will", "NAME"), ("moreno-vidal", "NAME"), ("1st", "DATE")],
        [("will", 2)],
    ),
    # 31 no PHI
    (
        "I'm flying home to Nigeria next week and want to take my Ozempic pens. Do they need to stay "
        "cold the whole journey? Can I keep taking Tylenol for my back while I'm away?",
        [],
    ),
    # 32
    (
        "Hello Nurse Joy, thank you for calling back. The name on my insurance is Abdoulaye Diallo "
        "but everyone calls me Abdou. Policy number BCX-9920-33817. Date of surgery was 7 Nov 2026 "
        "and the claim number is 2026-110-48813.",
        [
            ("Joy", "NAME"),
            ("Abdoulaye Diallo", "NAME"),
            ("Abdou", "NAME"),
            ("BCX-9920-33817", "ID"),
            ("7 Nov 2026", "DATE"),
            ("2026-110-48813", "ID"),
        ],
    ),
    # 33 casual
    (
        "hi its sue. my husband wants to sue the nursing home bc mum fell again. anyway she is 94 now "
        "and her hip hurts, can dr o'connell see her thurs? she lives at 8 cedar close newbury",
        [
            ("sue", "NAME"),
            ("94", "AGE"),
            ("o'connell", "NAME"),
            ("8 cedar close newbury", "ADDRESS"),
        ],
        [("sue", 2)],
    ),
    # 34
    (
        "My son, Tomás Gutiérrez Rojas, is 17 and has had Osgood-Schlatter knee pain for months. Dr. "
        "Mark Feldman suggested physio. Could the referral go to the clinic at 400 Mission Bay Blvd, "
        "San Francisco, CA 94158? I'm his mother, María José Rojas.",
        [
            ("Tomás Gutiérrez Rojas", "NAME"),
            ("Mark Feldman", "NAME"),
            ("400 Mission Bay Blvd, San Francisco, CA 94158", "ADDRESS"),
            ("María José Rojas", "NAME"),
        ],
    ),
    # 35 casual
    (
        "im the patient, kwame asante, mrn 55-0183-77. had my knee replaced 11/4 and now my left calf "
        "is swollen and tight. physio ama said to message u. i live at 22 accra rd wolverhampton",
        [
            ("kwame asante", "NAME"),
            ("55-0183-77", "MRN"),
            ("11/4", "DATE"),
            ("ama", "NAME"),
            ("22 accra rd wolverhampton", "ADDRESS"),
        ],
    ),
    # 36 no PHI
    (
        "Since starting Eliquis I bruise easily. I have Raynaud's, and my fingers go white in the "
        "cold waiting room at Cardiology. I've just moved here from Virginia. Should I mention this "
        "at the Heart Failure clinic on Monday?",
        [],
    ),
    # 37
    (
        "Dr. Young, my mother Betty Achterberg (age 99) has stopped eating since her fall on the "
        "11th. Her care home is Rosewood House, 3 Mill Lane, Alton GU34 1XY, phone 01420 555 832. "
        "Please advise. Rich Achterberg",
        [
            ("Young", "NAME"),
            ("Betty Achterberg", "NAME"),
            ("99", "AGE"),
            ("11th", "DATE"),
            ("3 Mill Lane, Alton GU34 1XY", "ADDRESS"),
            ("01420 555 832", "PHONE"),
            ("Rich Achterberg", "NAME"),
        ],
    ),
    # 38 casual
    (
        "hey dr sandhu its priya. sorry to bug u, the 3/3 labs came back and my ferritin is 6?? is "
        "that low. ive been so tired at work. can u send the sick note to priya.s.menon@example.com",
        [
            ("sandhu", "NAME"),
            ("priya", "NAME"),
            ("3/3", "DATE"),
            ("priya.s.menon@example.com", "EMAIL"),
        ],
    ),
    # 39
    (
        "Message left for Kateryna Horvat-Lewis at 07700 900 412 re: results. Second attempt 24/11, "
        "no answer. Mother (Dragana Horvat) listed as NOK, tel. 01632 960 118. Will try again "
        "tomorrow. P. Ó Súilleabháin, HCA",
        [
            ("Kateryna Horvat-Lewis", "NAME"),
            ("07700 900 412", "PHONE"),
            ("24/11", "DATE"),
            ("Dragana Horvat", "NAME"),
            ("01632 960 118", "PHONE"),
            ("P. Ó Súilleabháin", "NAME"),
        ],
    ),
    # 40 casual
    (
        "my son has a fever of 101 and a rash that looks like little dots. hes 4. his dr is dr patel "
        "at the crown point office. do i take him to er? im at 219 555 0137",
        [("patel", "NAME"), ("crown point", "ADDRESS"), ("219 555 0137", "PHONE")],
    ),
    # 41 no PHI
    (
        "I keep getting heartburn after Sunday lunch even though I'm on Nexium. My gastro said my "
        "Barrett's was stable at the last scope in 2023. Is it worth asking about a Nissen "
        "fundoplication?",
        [],
    ),
    # 42 casual
    (
        "this is ray douglas, my wife rose fell getting out of the bath last nite and hit her head. "
        "shes on warfarin. she rose up fine but theres a big lump. we're at 41 oak st fall river ma, "
        "508 555 0199",
        [
            ("ray douglas", "NAME"),
            ("rose", "NAME"),
            ("41 oak st fall river ma", "ADDRESS"),
            ("508 555 0199", "PHONE"),
        ],
        [("rose", 2)],
    ),
    # 43
    (
        "Dear Dr. Nakamura, I am Tanaka Hiroshi, your patient since 2019. My wife (Tanaka Keiko) and "
        "I will be in Osaka from 5 January to 2 February. Can I get three months of Crestor before "
        "we leave? My account number is 00-4471-829.",
        [
            ("Nakamura", "NAME"),
            ("Tanaka Hiroshi", "NAME"),
            ("Tanaka Keiko", "NAME"),
            ("Osaka", "ADDRESS"),
            ("5 January", "DATE"),
            ("2 February", "DATE"),
            ("00-4471-829", "ID"),
        ],
    ),
    # 44 casual
    (
        "lost my hearing aid at the clinic today, serial is 2209kx4471, its beige. i was seeing "
        "audiology w the nice lady dr abu-bakr? if found pls call jack 07700 900675. thx jack",
        [
            ("2209kx4471", "ID"),
            ("abu-bakr", "NAME"),
            ("jack", "NAME"),
            ("07700 900675", "PHONE"),
            ("jack", "NAME"),
        ],
    ),
    # 45
    (
        "Good afternoon. I'd like to update the emergency contact for Shirin Farahani-Moore (DOB "
        "19/04/1962) to her brother Babak Farahani, mobile +44 7700 900 883, email "
        "b.farahani@example.org.",
        [
            ("Shirin Farahani-Moore", "NAME"),
            ("19/04/1962", "DATE"),
            ("Babak Farahani", "NAME"),
            ("+44 7700 900 883", "PHONE"),
            ("b.farahani@example.org", "EMAIL"),
        ],
    ),
    # 46 casual
    (
        "this is tendai's mum writing on his account bc i cant log into mine. pls tell dr reyes my bp "
        "was 182/104 this morning n my head is pounding. took my amlodipine at 6. my name is chipo "
        "moyo",
        [("tendai", "NAME"), ("reyes", "NAME"), ("chipo moyo", "NAME")],
    ),
    # 47
    (
        "Pharmacy call 11/21: Dr. Fernández-Castro's script for amoxicillin 500 mg was sent for the "
        "wrong patient (Gabriel Santos vs. Gabriela Santos). Corrected; Gabriela's Rx #5519023 "
        "released. Notified mother, Luz Santos, at 786-555-0124.",
        [
            ("11/21", "DATE"),
            ("Fernández-Castro", "NAME"),
            ("Gabriel Santos", "NAME"),
            ("Gabriela Santos", "NAME"),
            ("Gabriela", "NAME"),
            ("5519023", "ID"),
            ("Luz Santos", "NAME"),
            ("786-555-0124", "PHONE"),
        ],
    ),
    # 48 casual, no PHI
    (
        "does the flu jab have egg in it?? grandson has an egg allergy, hes 10 and stays w us in "
        "florida over the holidays. can walgreens do it or does it have to be his peds dr. our "
        "insurance is in a grace period so hoping its cheap",
        [],
    ),
    # 49
    (
        "I'm writing about my brother, Pádraig O'Sullivan (Paddy). He was discharged from the Mater "
        "on 19 November after the Guillain-Barré flare and his legs are weaker again. Our GP, Dr. "
        "Aoife Ní Dhomhnaill, is on leave. I'm at 087 555 0163. Niamh O'Sullivan",
        [
            ("Pádraig O'Sullivan", "NAME"),
            ("Paddy", "NAME"),
            ("19 November", "DATE"),
            ("Aoife Ní Dhomhnaill", "NAME"),
            ("087 555 0163", "PHONE"),
            ("Niamh O'Sullivan", "NAME"),
        ],
    ),
    # 50 casual
    (
        "its 2am n i cant sleep my chest feels tight. im 34, no history. is this anxiety or should i "
        "go in? dont want to wake my gf amira, her bday is the 25th and i dont want to ruin it",
        [("amira", "NAME"), ("25th", "DATE")],
    ),
    # 51
    (
        "Hello, this is Hodan Warsame calling for my father Abdirahman Warsame, 92. His eye doctor, "
        "Dr. Bishop, changed his drops on Wed 11/11 and since then the eye is red. His MRN is "
        "W-00291183 and our address is 2210 Cedar Ave S, Apt 14, Minneapolis, MN 55404.",
        [
            ("Hodan Warsame", "NAME"),
            ("Abdirahman Warsame", "NAME"),
            ("92", "AGE"),
            ("Bishop", "NAME"),
            ("11/11", "DATE"),
            ("W-00291183", "MRN"),
            ("2210 Cedar Ave S, Apt 14, Minneapolis, MN 55404", "ADDRESS"),
        ],
    ),
    # 52 casual
    (
        "this is pat (patricia) hughes-ramirez, new pt. i need my records transferred from dr black's "
        "office in tucson. my ssn is 078-05-1120 if u need it. their fax is 520 555 0177",
        [
            ("pat", "NAME"),
            ("patricia", "NAME"),
            ("hughes-ramirez", "NAME"),
            ("black", "NAME"),
            ("tucson", "ADDRESS"),
            ("078-05-1120", "SSN"),
            ("520 555 0177", "PHONE"),
        ],
    ),
    # 53 no PHI
    (
        "My doctor wants me to try Lexapro but I've read it causes weight gain. Would Wellbutrin be "
        "better? I have Hashimoto's and I'm travelling to Jordan in the spring, so I'd rather not "
        "start something that makes me feel sick. May I book a call with Behavioral Health?",
        [],
    ),
    # 54 casual
    (
        "hey its will again. dr frank said to taper the prednisone slowly but i ran out. can u send "
        "more to the rite aid on main st? dob 1/2/88. will check the portal tonite",
        [("will", "NAME"), ("frank", "NAME"), ("main st", "ADDRESS"), ("1/2/88", "DATE")],
        [("will", 2)],
    ),
    # 55
    (
        "Referral letter received from Prof. Olumide Bankole-Hart (St. Nicholas Hospital) re: Mrs. "
        "Adwoa Boateng, DOB 01-Feb-1934. Scanned to chart 11/24/2026. Please book with Dr. Sandy "
        "Kowalczyk, next available.",
        [
            ("Olumide Bankole-Hart", "NAME"),
            ("Adwoa Boateng", "NAME"),
            ("01-Feb-1934", "DATE"),
            ("11/24/2026", "DATE"),
            ("Sandy Kowalczyk", "NAME"),
        ],
    ),
    # 56
    (
        "Hi, I uploaded photos of my wound to https://photos.example-share.net/a/8KzQ2 because the "
        "portal wouldn't take them. The surgery was on 11/12/26 with Dr. Hope Adjei and the edges "
        "look pink.",
        [
            ("https://photos.example-share.net/a/8KzQ2", "URL"),
            ("11/12/26", "DATE"),
            ("Hope Adjei", "NAME"),
        ],
    ),
    # 57 casual
    (
        "portal keeps logging me out, says my ip 203.0.113.45 is blocked?? i just want to see my "
        "biopsy results from the 19th. acct # is 3302-118-45",
        [("203.0.113.45", "URL"), ("19th", "DATE"), ("3302-118-45", "ID")],
    ),
    # 58
    (
        "For the disability form: claimant Marisol Peña-Ortiz, SSN 219-09-9999, date of onset June "
        "2025. Treating physician Dr. Kenji Watanabe, NPI 1932005118. Please fax completed pages to "
        "1-888-555-0102 by December 5, 2026.",
        [
            ("Marisol Peña-Ortiz", "NAME"),
            ("219-09-9999", "SSN"),
            ("June 2025", "DATE"),
            ("Kenji Watanabe", "NAME"),
            ("1932005118", "ID"),
            ("1-888-555-0102", "PHONE"),
            ("December 5, 2026", "DATE"),
        ],
    ),
    # 59 casual, no PHI
    (
        "can i take advil w my lisinopril? back is killing me since i moved the couch sunday and "
        "theres a big purple mark on it. also is it normal to get dizzy when i stand up fast. im 45 "
        "if that matters",
        [],
    ),
    # 60
    (
        "My grandmother turned one hundred and two on Sunday! She lives with us in Kettering. She's "
        "been coughing a lot at night; is it safe to give her Robitussin with her heart pills? - Daisy",
        [("one hundred and two", "AGE"), ("Kettering", "ADDRESS"), ("Daisy", "NAME")],
    ),
    # 61
    (
        "Voicemail 11/24 08:55 from pharmacy re: Rx 88120476 (Eliquis 5 mg) for pt J.M., DOB "
        "2/29/1948: quantity exceeds plan limit. Callback 800-555-0147 x3312, ref PA-55710.",
        [
            ("11/24", "DATE"),
            ("88120476", "ID"),
            ("J.M.", "NAME"),
            ("2/29/1948", "DATE"),
            ("800-555-0147 x3312", "PHONE"),
            ("PA-55710", "ID"),
        ],
    ),
    # 62 casual
    (
        "hi its faith, got a letter saying my appt is 12/15 at 3 but i work then. can i do dec 17 or "
        "18? also my new email is faithnwachukwu88@example.net",
        [
            ("faith", "NAME"),
            ("12/15", "DATE"),
            ("dec 17", "DATE"),
            ("18", "DATE"),
            ("faithnwachukwu88@example.net", "EMAIL"),
        ],
    ),
    # 63 no PHI
    (
        "The Cushing's specialist asked me to collect urine for 24 hours starting on a weekday. I'm "
        "in Georgia visiting family until the end of the month; can I drop the container at any "
        "Quest lab there? I take Synthroid and Prilosec.",
        [],
    ),
    # 64
    (
        "Security note: vehicle with plate 8KXM 271 has been in the disabled bay outside Radiology "
        "since this morning. Reception believes it belongs to a relative of the patient in bay 4. "
        "Please ask at the front desk.",
        [("8KXM 271", "ID")],
    ),
    # 65 casual
    (
        "dad is ninety three and hes not making sense tonite, keeps calling me by my mums name. we're "
        "at 5 birch rd apt 1a, stockton. should i call 911 or wait for dr hassan tmrw",
        [
            ("ninety three", "AGE"),
            ("5 birch rd apt 1a, stockton", "ADDRESS"),
            ("hassan", "NAME"),
        ],
    ),
    # 66
    (
        "Please correct my date of birth in the portal: it shows 03/07/1961 but it should be "
        "07/03/1961 (3rd July). My driving licence number for ID verification is "
        "PETRE657031O99XY. Thank you, Olena Petrenko-Wright.",
        [
            ("03/07/1961", "DATE"),
            ("07/03/1961", "DATE"),
            ("3rd July", "DATE"),
            ("PETRE657031O99XY", "ID"),
            ("Olena Petrenko-Wright", "NAME"),
        ],
    ),
    # 67 casual
    (
        "hi um my mom is in the er at st joseph's and they want her old records. mrn is 00882713 i "
        "think. her name is nguyen thi hoa. can someone send them to the er",
        [("00882713", "MRN"), ("nguyen thi hoa", "NAME")],
    ),
    # 68
    (
        "The link in your text, https://myhealth.example-clinic.org/reset?token=7fa9c2, does not "
        "work. I'm trying to reset my password before my video visit on 2 December at 10:30.",
        [("https://myhealth.example-clinic.org/reset?token=7fa9c2", "URL"), ("2 December", "DATE")],
    ),
    # 69 casual
    (
        "my email changed to fbrennan@example.net, its frankie brennan dob 10-14-1975. can u update "
        "it pls i keep missing the appt reminders",
        [("fbrennan@example.net", "EMAIL"), ("frankie brennan", "NAME"), ("10-14-1975", "DATE")],
    ),
    # 70
    (
        "Phone note: caller (pt's wife) reports pt, age 89, had a fall at home today, no LOC. "
        "Identity confirmed with last four of SSN, 4471. Advised urgent care. Callback 412-555-0196.",
        [("4471", "SSN"), ("412-555-0196", "PHONE")],
    ),
]


def _bounded(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to letters/digits on either side."""
    sub = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and sub[0].isalnum()) and not (
        after.isalnum() and sub[-1].isalnum()
    )


def _occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    """Case-insensitive, word-bounded occurrences of sub (overlapping matches allowed)."""
    out = []
    for m in re.finditer("(?=" + re.escape(sub.lower()) + ")", text.lower()):
        s, e = m.start(), m.start() + len(sub)
        if _bounded(text, s, e):
            out.append((s, e))
    return out


def locate(text: str, spans: list[tuple[str, str]], exempt: list[tuple[str, int]], idx: int):
    out, cursor = [], 0
    for sub, label in spans:
        if label not in LABELS:
            raise SystemExit(f"item {idx}: unknown label {label}")
        if not sub or sub != sub.strip():
            raise SystemExit(f"item {idx}: span {sub!r} is empty or has edge whitespace")
        pos = cursor
        while True:
            start = text.find(sub, pos)
            if start < 0:
                raise SystemExit(f"item {idx}: {sub!r} not found after offset {cursor}")
            if _bounded(text, start, start + len(sub)):
                break
            pos = start + 1
        end = start + len(sub)
        assert text[start:end] == sub
        out.append({"start": start, "end": end, "label": label})
        cursor = end
    for a, b in itertools.pairwise(out):
        if b["start"] < a["end"]:
            raise SystemExit(f"item {idx}: overlapping spans {a} {b}")
    covered = lambda s, e: any(o["start"] <= s and e <= o["end"] for o in out)  # noqa: E731
    exempt_pos = set()
    for sub, n in exempt:
        occ = _occurrences(text, sub)
        if n < 1 or n > len(occ):
            raise SystemExit(f"item {idx}: exemption ({sub!r}, {n}) points at no occurrence")
        s, e = occ[n - 1]
        if covered(s, e):
            raise SystemExit(f"item {idx}: exemption ({sub!r}, {n}) is inside a labelled span")
        exempt_pos.add((s, e))
    for o in out:
        sub = text[o["start"] : o["end"]]
        for s, e in _occurrences(text, sub):
            if not covered(s, e) and (s, e) not in exempt_pos:
                raise SystemExit(f"item {idx}: unlabelled occurrence of {sub!r} at {s}")
    return out


def build() -> tuple[list[dict], collections.Counter]:
    rows, counts, seen = [], collections.Counter(), set()
    for i, item in enumerate(ITEMS, 1):
        text, spans = item[0], item[1]
        exempt = item[2] if len(item) > 2 else []
        if text in seen:
            raise SystemExit(f"item {i}: duplicate text")
        seen.add(text)
        located = locate(text, spans, exempt, i)
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
    if len(rows) != 70:
        raise SystemExit(f"expected 70 items, got {len(rows)}")
    return rows, counts


def recheck(path: str, rows: list[dict]) -> None:
    with open(path, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != rows:
        raise SystemExit("written file does not round-trip")
    ids = [r["id"] for r in back]
    if len(set(ids)) != len(ids) or not all(re.fullmatch(r"phig18-\d{4}", x) for x in ids):
        raise SystemExit("bad or duplicate ids")
    for r in back:
        if set(r) != {"id", "category", "added", "source", "text", "spans"}:
            raise SystemExit(f"{r['id']}: unexpected keys {sorted(r)}")
        prev_end = 0
        for s in r["spans"]:
            if set(s) != {"start", "end", "label"} or s["label"] not in LABELS:
                raise SystemExit(f"{r['id']}: bad span {s}")
            if not (prev_end <= s["start"] < s["end"] <= len(r["text"])):
                raise SystemExit(f"{r['id']}: span out of order/range {s}")
            prev_end = s["end"]
    # schema validation with the brief's pydantic models, when pydantic is installed
    try:
        import pydantic  # noqa: F401
    except ImportError:
        print("  (pydantic not installed: schema validation skipped)")
        return
    spec = importlib.util.spec_from_file_location("brief_items", SCHEMA)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["brief_items"] = mod
    spec.loader.exec_module(mod)
    for r in back:
        item = mod.parse_item(r)
        if not isinstance(item, mod.PhiItem):
            raise SystemExit(f"{r['id']}: not parsed as PhiItem")
    print("  schema: all items validate as PhiItem")


def main() -> None:
    rows, counts = build()
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide18.", suffix=".jsonl.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        recheck(tmp, rows)
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    empty = sum(1 for r in rows if not r["spans"])
    casual = sum(1 for r in rows if not any(c.isupper() for c in r["text"]))
    print(
        f"wrote {len(rows)} items ({empty} without PHI, {casual} all-lower-case casual), "
        f"{sum(counts.values())} spans -> {OUT}"
    )
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:8s} {v}")


if __name__ == "__main__":
    main()
