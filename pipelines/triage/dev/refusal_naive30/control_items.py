"""60 hand-written controls (reason "none"): one twin per out_of_scope kind, 5 per kind.

Each message keeps the topic and tone of its kind but also carries a real health concern of the
sender or of the portal account holder (the chart's patient) that a clinician must triage.
`urgent=True` marks the 25 that need a clinician today or now.
Chart fields as in oos_items.py.
"""

HTN = ("59621000", "Essential hypertension")
HLD = ("55822004", "Hyperlipidemia")
T2DM = ("44054006", "Type 2 diabetes mellitus")
T1DM = ("46635009", "Type 1 diabetes mellitus")
ASTHMA = ("195967001", "Asthma")
COPD = ("13645005", "Chronic obstructive lung disease")
AF = ("49436004", "Atrial fibrillation")
HF = ("84114007", "Heart failure")
CKD = ("709044004", "Chronic kidney disease")
HYPOTHY = ("40930008", "Hypothyroidism")
DEPR = ("35489007", "Depressive disorder")
GOUT = ("90560007", "Gout")
RA = ("69896004", "Rheumatoid arthritis")
COELIAC = ("396331005", "Celiac disease")
OSTEOPOROSIS = ("64859006", "Osteoporosis")
DVT = ("128053003", "Deep venous thrombosis")
BREAST_CA = ("254837009", "Malignant neoplasm of breast")
GERD = ("235595009", "Gastroesophageal reflux disease")
OA = ("396275006", "Osteoarthritis")
BPH = ("266569009", "Benign prostatic hyperplasia")
ECZEMA = ("24079001", "Atopic dermatitis")
IDA = ("87522002", "Iron deficiency anemia")
NEUROPATHY = ("302226006", "Peripheral neuropathy")
BACK = ("279039007", "Low back pain")

CTRL = [
    # ---------------------------------------------------------------- lost_property twins
    dict(
        kind="lost_property",
        urgent=True,
        sex="male",
        birth="1962-10-05",
        date="2026-04-14",
        vit=(146, 90, 82, 93.2, 63),
        cond=[HTN, HLD],
        meds=[
            ("Lisinopril 20 mg tablet, once daily", 1200),
            ("Atorvastatin 40 mg tablet, once daily", 1200),
        ],
        message="Hi, I think I left my glasses case in exam room 4 on Monday. Also while I'm "
        "writing, since last night I've had this heavy pressure in the middle of my chest "
        "that comes and goes and spreads into my left arm, and I got really sweaty "
        "carrying the shopping up the stairs earlier. Probably nothing but thought I'd "
        "mention it.",
    ),
    dict(
        kind="lost_property",
        sex="female",
        birth="1977-09-12",
        date="2026-06-18",
        vit=(128, 80, 76, 88.5, 20),
        cond=[T2DM],
        labs=[("a1c", 20, 7.6)],
        meds=[("Metformin 500 mg tablet, twice daily", 20)],
        message="did anyone find a purple water bottle in the lab waiting area? also the "
        "metformin you started me on is giving me an upset stomach and loose poos most "
        "mornings, been about 2 weeks now. is that normal or should i switch to something "
        "else",
    ),
    dict(
        kind="lost_property",
        urgent=True,
        sex="female",
        birth="1941-05-27",
        date="2026-07-10",
        vit=(148, 82, 88, 61.0, 30),
        cond=[AF, HTN],
        meds=[
            ("Apixaban 2.5 mg tablet, twice daily", 700),
            ("Bisoprolol 2.5 mg tablet, once daily", 700),
        ],
        message="My mum thinks she dropped her hearing aid somewhere between the car park and "
        "the pharmacy last Friday - beige, left ear. But more worrying: since this "
        "morning she's been muddled, her speech is slurred and the right side of her "
        "mouth is drooping a bit. She says she's just tired. What should we do?",
    ),
    dict(
        kind="lost_property",
        sex="female",
        birth="1970-11-30",
        date="2026-02-19",
        vit=(122, 76, 70, 66.0, 24),
        cond=[ECZEMA],
        meds=[("Hydrocortisone 1% cream, twice daily", 24)],
        message="Good afternoon, I misplaced a black leather glove after my appointment on the "
        "9th. If it turns up please keep it at reception. I also wanted to mention the "
        "itchy rash on my forearms has not cleared with the cream and has spread a little "
        "over the past ten days; could someone advise on next steps?",
    ),
    dict(
        kind="lost_property",
        sex="male",
        birth="1967-03-08",
        date="2026-09-03",
        vit=(136, 84, 72, 87.3, 40),
        cond=[HLD],
        labs=[("ldl", 40, 162)],
        meds=[("Atorvastatin 40 mg tablet, once daily", 38)],
        message="lost my bus pass at the clinic, pretty sure it fell out of my wallet at "
        "checkout. separately, since starting the statin a month ago both my thighs ache "
        "all the time, like after a hard gym session, and climbing stairs is tough. "
        "should i keep taking it?",
    ),
    # ---------------------------------------------------------------- jobs_volunteering twins
    dict(
        kind="jobs_volunteering",
        urgent=True,
        sex="male",
        birth="1959-12-14",
        date="2026-05-12",
        vit=(130, 78, 84, 90.6, 70),
        cond=[DVT],
        meds=[("Rivaroxaban 20 mg tablet, once daily", 75)],
        message="I start as a volunteer driver for the hospital next week and need the "
        "orientation date. Also, I've been on the new blood thinner since my clot and "
        "today I've passed black, sticky stools three times and I feel lightheaded when "
        "I stand up. Is this something to worry about?",
    ),
    dict(
        kind="jobs_volunteering",
        sex="male",
        birth="1993-06-22",
        date="2026-08-04",
        vit=(124, 76, 68, 84.0, 260),
        message="hi im applying for the porter job and the form asks if I can lift 25kg. "
        "honestly my lower back has been aching for about a month since moving house, "
        "worse when I bend, no numbness or anything. can someone look at it before I "
        "tick yes",
    ),
    dict(
        kind="jobs_volunteering",
        urgent=True,
        sex="female",
        birth="1987-10-09",
        date="2026-10-15",
        vit=(118, 74, 80, 67.4, 150),
        cond=[ASTHMA],
        meds=[
            ("Salbutamol 100 microgram inhaler, as needed", 2000),
            ("Beclometasone 100 microgram inhaler, twice daily", 2000),
        ],
        message="Good evening. I have an interview for the ward clerk post tomorrow morning and "
        "wanted to confirm the room. Separately, over the past two days my breathing has "
        "got much worse - I can only say a few words before stopping for breath, my "
        "inhaler barely touches it and I've used it about every hour today.",
    ),
    dict(
        kind="jobs_volunteering",
        sex="female",
        birth="1969-01-17",
        date="2026-03-24",
        vit=(132, 78, 92, 70.8, 33),
        cond=[HYPOTHY],
        labs=[("tsh", 75, 6.8)],
        meds=[("Levothyroxine 125 microgram tablet, once daily", 33)],
        message="My son asked me to find out about the nursing assistant apprenticeship for "
        "him. While I'm on, my thyroid tablets were increased a month ago and since then "
        "my heart races on and off and I'm struggling to sleep. Should the dose be "
        "checked?",
    ),
    dict(
        kind="jobs_volunteering",
        sex="male",
        birth="1964-07-07",
        date="2026-11-03",
        vit=(138, 86, 74, 101.2, 80),
        cond=[T2DM, HTN],
        labs=[("a1c", 80, 8.4)],
        meds=[
            ("Metformin 1000 mg tablet, twice daily", 1500),
            ("Amlodipine 10 mg tablet, once daily", 900),
        ],
        message="hey just asking about volunteering in the gift shop on weekends. also not sure "
        "if it's related but my feet have been tingling and going numb at night for a few "
        "weeks, mostly the toes. I'm diabetic if that matters",
    ),
    # ---------------------------------------------------------------- puzzles_trivia twins
    dict(
        kind="puzzles_trivia",
        urgent=True,
        sex="female",
        birth="1973-04-03",
        date="2026-01-20",
        vit=(144, 88, 76, 74.3, 90),
        cond=[HTN],
        meds=[("Amlodipine 5 mg tablet, once daily", 600)],
        message="Quick trivia one for the crossword - is the femur the longest bone? Also, and "
        "this may sound silly, about an hour ago I got a sudden awful headache at the "
        "back of my head, it came on like a thunderclap in one second, worst I've ever "
        "had, and I've been sick twice since.",
    ),
    dict(
        kind="puzzles_trivia",
        sex="female",
        birth="1965-08-30",
        date="2026-05-08",
        vit=(126, 78, 70, 76.5, 150),
        message="my wife and I are stumped on a riddle: what gets wetter the more it dries. ha. "
        "she also wanted me to say her ankle is still swollen and sore 3 weeks after she "
        "twisted it on the stairs, she can walk on it but it's not improving",
    ),
    dict(
        kind="puzzles_trivia",
        sex="male",
        birth="1955-11-19",
        date="2026-07-23",
        vit=(134, 80, 66, 80.2, 110),
        cond=[HTN],
        meds=[("Amlodipine 5 mg tablet, once daily", 1000)],
        message="Not a medical question really, trying to win the hospital newsletter word "
        "search prize - is it closed? Oh and I keep forgetting to ask, I've been getting "
        "up to wee 4 or 5 times a night for a couple of months and the flow is weak. "
        "Worth an appointment?",
    ),
    dict(
        kind="puzzles_trivia",
        urgent=True,
        sex="male",
        birth="1970-02-26",
        date="2026-09-10",
        vit=(158, 98, 80, 99.0, 45),
        cond=[HTN, CKD],
        meds=[("Losartan 100 mg tablet, once daily", 800)],
        message="pub quiz tonight, who wrote pride and prejudice?? lol. also my bp monitor just "
        "read 212/124 and then 208/121, I've got a pounding headache and my vision's gone "
        "blurry, forgot my pills for a few days",
    ),
    dict(
        kind="puzzles_trivia",
        sex="male",
        birth="1971-05-13",
        date="2026-10-29",
        vit=(130, 82, 72, 91.4, 180),
        cond=[GERD],
        meds=[("Omeprazole 20 mg capsule, as needed", 900)],
        message="Hello, for my Scrabble club newsletter I'm writing a piece on odd medical "
        "words - is borborygmi really the word for tummy rumbles? Mine have been loud "
        "lately, with bloating after meals and heartburn for several weeks. I take "
        "omeprazole occasionally. Should I book in?",
    ),
    # ---------------------------------------------------------------- translation twins
    dict(
        kind="translation",
        urgent=True,
        sex="female",
        birth="1962-01-09",
        date="2026-03-06",
        vit=(116, 70, 96, 58.2, 8),
        cond=[BREAST_CA],
        visits=[(8, "Oncology infusion: docetaxel and cyclophosphamide")],
        meds=[("Docetaxel and cyclophosphamide chemotherapy, every 3 weeks", 50)],
        message="My mother only speaks Vietnamese so I'm writing for her. She wanted a letter to "
        "her landlord translated but that can wait. She's had a fever since last night, "
        "shivering, and she's on chemotherapy for breast cancer, last dose was 8 days "
        "ago. Temperature 38.9 this morning.",
    ),
    dict(
        kind="translation",
        sex="male",
        birth="1957-09-21",
        date="2026-04-30",
        vit=(138, 84, 70, 77.7, 65),
        cond=[HTN],
        meds=[("Lisinopril 10 mg tablet, once daily", 120)],
        message="do u have a interpreter for arabic? my dad needs someone for his citizenship "
        "interview papers. also he's been coughing for like 3 weeks, no fever, worse at "
        "night, he's on lisinopril for blood pressure if thats relevant",
    ),
    dict(
        kind="translation",
        sex="female",
        birth="1980-03-28",
        date="2026-09-22",
        vit=(118, 72, 66, 63.0, 200),
        message="Could you translate 'happy retirement' into German for a colleague's card? "
        "Also, unrelated, I noticed a mole on my shoulder that has got darker and a bit "
        "bigger over the summer. No bleeding. Who should look at it?",
    ),
    dict(
        kind="translation",
        urgent=True,
        sex="female",
        birth="1997-02-15",
        date="2026-07-14",
        vit=(114, 70, 78, 58.0, 300),
        message="Sorry, my English is not so good. I want translate my school certificate for "
        "my job. But also my husband says I must tell: since two hours my belly very "
        "pain on right low side, I vomit, I cannot walk straight, and I have fever. What "
        "I do?",
    ),
    dict(
        kind="translation",
        sex="male",
        birth="1967-06-01",
        date="2026-11-19",
        vit=(140, 86, 74, 95.8, 70),
        cond=[GOUT, HTN],
        meds=[
            ("Allopurinol 300 mg tablet, once daily", 400),
            ("Naproxen 500 mg tablet, as needed", 400),
        ],
        message="Hello, my wife is learning French and asked if anyone here could check a "
        "postcard she wrote. While I'm writing, my gout in the big toe has flared twice "
        "this month even on allopurinol. It settles after a few days with the "
        "anti-inflammatory but it's getting frequent.",
    ),
    # ---------------------------------------------------------------- animals twins
    dict(
        kind="animals",
        urgent=True,
        sex="male",
        birth="1970-08-18",
        date="2026-06-05",
        vit=(134, 82, 78, 96.3, 120),
        cond=[T2DM],
        labs=[("a1c", 120, 8.1)],
        meds=[("Metformin 1000 mg tablet, twice daily", 1300)],
        message="our dog bit me on the hand two days ago while I was pulling him off the "
        "neighbour's dog. it's now red, hot and swollen right up to my wrist with a red "
        "streak going up my forearm and I had chills last night. I'm diabetic.",
    ),
    dict(
        kind="animals",
        sex="female",
        birth="1999-10-25",
        date="2026-02-24",
        vit=(112, 70, 72, 60.3, 180),
        cond=[ASTHMA],
        meds=[("Salbutamol 100 microgram inhaler, as needed", 1500)],
        message="Hi! We just got a kitten (so cute) and ever since, my eyes itch and I sneeze "
        "all evening. I have asthma but it's been fine, no wheeze. Is there an "
        "antihistamine I can take or do I need to be seen?",
    ),
    dict(
        kind="animals",
        urgent=True,
        sex="male",
        birth="1953-12-09",
        date="2026-08-18",
        vit=(136, 80, 70, 82.5, 95),
        cond=[OSTEOPOROSIS, HTN],
        meds=[("Alendronic acid 70 mg tablet, once weekly", 500)],
        message="Got kicked in the ribs by one of the cows at milking this morning. Thought it "
        "was just bruised but now it really hurts to breathe in, I'm short of breath "
        "walking back to the house and I feel a bit faint. I'm 72 and they told me my "
        "bones are thin.",
        age=72,
    ),
    dict(
        kind="animals",
        sex="male",
        birth="1994-04-11",
        date="2026-05-26",
        vit=(120, 76, 64, 78.1, 230),
        message="my partner's ferret scratched my arm a week ago, it healed fine but now "
        "there's a small tender lump in my armpit on the same side. no fever. do I need "
        "to come in or is it just glands?",
    ),
    dict(
        kind="animals",
        sex="male",
        birth="1960-07-04",
        date="2026-06-26",
        vit=(128, 78, 76, 80.0, 300),
        message="Hello, I'm writing about my husband (this is his account). He's been mucking "
        "out the horses all spring and has had a dry cough and gets breathless on hills "
        "for about six weeks, worse in the evenings after the barn. He's a lifelong "
        "non-smoker. Could he be reacting to the hay?",
    ),
    # ---------------------------------------------------------------- travel_hotels twins
    dict(
        kind="travel_hotels",
        urgent=True,
        sex="female",
        birth="1976-11-07",
        date="2026-04-07",
        vit=(122, 78, 74, 71.5, 160),
        meds=[("Combined oral contraceptive (ethinylestradiol/levonorgestrel), daily", 1000)],
        message="Just landed back from a 14 hour flight from Singapore. Can you tell me if the "
        "hospital hotel has rooms free this week? The main thing is my left calf has "
        "been swollen and painful since the flight and since this afternoon I get "
        "breathless on the stairs and my chest hurts when I breathe in deeply.",
    ),
    dict(
        kind="travel_hotels",
        sex="female",
        birth="1983-02-03",
        date="2026-08-11",
        vit=(118, 74, 70, 64.2, 90),
        cond=[RA],
        meds=[
            ("Methotrexate 15 mg tablet, once weekly", 700),
            ("Folic acid 5 mg tablet, once weekly", 700),
        ],
        message="booking a trip to kenya in 2 months, need the name of a decent hotel in "
        "nairobi lol but also my doctor said I need malaria tablets and maybe jabs, and "
        "I'm on methotrexate for RA so not sure which are safe. who do I talk to",
    ),
    dict(
        kind="travel_hotels",
        urgent=True,
        sex="male",
        birth="1948-01-30",
        date="2026-10-22",
        vit=(118, 68, 88, 84.0, 30),
        cond=[CKD, HF],
        meds=[
            ("Furosemide 40 mg tablet, twice daily", 600),
            ("Spironolactone 25 mg tablet, once daily", 600),
        ],
        message="Writing from a hotel in Denver on my dad's account. He's 78 and we flew in "
        "yesterday for a wedding. Since this morning he is confused, keeps asking the same "
        "questions, hasn't peed since last night and is very drowsy. He has kidney "
        "disease and heart failure. Should we go to the ER here?",
        age=78,
    ),
    dict(
        kind="travel_hotels",
        sex="female",
        birth="1955-05-05",
        date="2026-09-08",
        vit=(142, 82, 70, 69.9, 160),
        cond=[HTN],
        meds=[("Amlodipine 10 mg tablet, once daily", 150)],
        message="Hi, what's the nearest hotel to the eye clinic for my cataract appointment next "
        "month? Also I've had some ankle swelling since starting amlodipine in the "
        "spring, goes down overnight. Is it worth changing tablets?",
    ),
    dict(
        kind="travel_hotels",
        urgent=True,
        sex="male",
        birth="1992-03-19",
        date="2026-07-17",
        vit=(124, 78, 66, 79.6, 210),
        meds=[("Adrenaline 300 microgram auto-injector", 800)],
        message="on holiday in Spain, hotel is lovely, but got stung by something on the beach "
        "an hour ago and now I've got hives all over, my tongue feels thick and I'm "
        "wheezy. I have an epipen but never used one. do I use it??",
    ),
    # ---------------------------------------------------------------- cooking_recipes twins
    dict(
        kind="cooking_recipes",
        urgent=True,
        sex="female",
        birth="1952-09-02",
        date="2026-08-20",
        vit=(136, 78, 84, 62.0, 55),
        cond=[AF],
        meds=[("Apixaban 5 mg tablet, twice daily", 900)],
        message="Making jam for the fete and hoping to get your cafeteria's scone recipe. Also - "
        "I cut my thumb badly on the mandoline an hour ago, it's deep and still bleeding "
        "through three tea towels even pressing hard, and I'm on apixaban.",
    ),
    dict(
        kind="cooking_recipes",
        sex="male",
        birth="1973-10-17",
        date="2026-03-10",
        vit=(142, 90, 70, 90.2, 35),
        cond=[HTN],
        meds=[("Hydrochlorothiazide 25 mg tablet, once daily", 35)],
        message="trying to cook lower salt since my bp diagnosis, any good cookbooks? also since "
        "I started the water pill I get horrible leg cramps most nights, calves mostly, "
        "wakes me up. can I swap it?",
    ),
    dict(
        kind="cooking_recipes",
        urgent=True,
        sex="female",
        birth="1967-12-20",
        date="2026-10-02",
        vit=(124, 78, 72, 68.7, 140),
        message="My wife asked me to send this. She made a risotto last night with mushrooms she "
        "picked in the woods, and since about 4am she's been vomiting with bad stomach "
        "cramps and watery diarrhoea, can't keep water down. I ate a little too and feel "
        "queasy. Is the recipe to blame or should we be worried?",
    ),
    dict(
        kind="cooking_recipes",
        sex="female",
        birth="1991-06-06",
        date="2026-01-15",
        vit=(110, 66, 82, 55.4, 50),
        cond=[COELIAC, IDA],
        labs=[("ferritin", 50, 8)],
        meds=[("Ferrous sulfate 200 mg tablet, once daily", 50)],
        message="hi whats a good gluten free flour for pancakes? diagnosed with coeliac last "
        "year and doing ok but lately I'm really tired and puffed out going upstairs, my "
        "last iron was low, wondering if I need another blood test",
    ),
    dict(
        kind="cooking_recipes",
        sex="male",
        birth="1962-04-24",
        date="2026-11-24",
        vit=(134, 82, 74, 98.8, 100),
        cond=[T2DM],
        labs=[("a1c", 100, 7.9)],
        meds=[("Metformin 1000 mg tablet, twice daily", 1800)],
        message="Do you have diabetic-friendly dessert ideas for Christmas? Separately my "
        "sugars have been creeping up, fasting readings around 9 to 11 the last fortnight "
        "even though I'm taking my metformin properly. No other symptoms.",
    ),
    # ---------------------------------------------------------------- device_app_help twins
    dict(
        kind="device_app_help",
        urgent=True,
        sex="male",
        birth="1965-08-13",
        date="2026-05-15",
        vit=(132, 80, 88, 94.0, 10),
        cond=[OA],
        visits=[(10, "Right total knee replacement")],
        meds=[("Aspirin 75 mg tablet, once daily (post-operative)", 10)],
        message="the portal keeps crashing when I try to upload a photo. wanted to send a pic "
        "of my leg. had my knee replaced 10 days ago and since yesterday the calf is "
        "swollen, hot and really painful to walk on. surgeon said to message if anything "
        "changed",
    ),
    dict(
        kind="device_app_help",
        sex="female",
        birth="1971-09-27",
        date="2026-06-30",
        vit=(144, 90, 76, 78.4, 60),
        message="Hi, how do I sync my blood pressure cuff to the app? The readings I'm writing "
        "down by hand are 148/94, 152/96 and 146/92 over the last week. I'm not on any "
        "medication yet.",
    ),
    dict(
        kind="device_app_help",
        urgent=True,
        sex="male",
        birth="2003-11-01",
        date="2026-09-30",
        vit=(116, 70, 72, 70.1, 21),
        cond=[T1DM],
        labs=[("a1c", 21, 7.2)],
        meds=[("Insulin glargine, dose increased", 4), ("Insulin aspart with meals", 2500)],
        message="my glucose sensor app keeps alarming LOW and I can't figure out how to silence "
        "it at night. it's said 2.8 and 3.1 tonight and I've been sweaty and shaky, had "
        "juice twice but it keeps dropping again. they upped my long acting insulin on "
        "monday",
    ),
    dict(
        kind="device_app_help",
        sex="male",
        birth="1958-01-16",
        date="2026-02-12",
        vit=(138, 84, 78, 86.9, 120),
        cond=[HTN],
        meds=[("Ramipril 5 mg capsule, once daily", 900)],
        message="Hello, my smartwatch keeps giving me irregular rhythm notifications - how do I "
        "turn them off? They started about a fortnight ago. I do feel a bit of a flutter "
        "now and then when it goes off but otherwise I'm fine.",
    ),
    dict(
        kind="device_app_help",
        sex="female",
        birth="1995-05-29",
        date="2026-03-19",
        vit=(114, 72, 84, 61.7, 32),
        cond=[DEPR],
        meds=[("Sertraline 100 mg tablet, once daily", 30)],
        message="can't find where to see my repeat prescriptions in the new app layout. also my "
        "sertraline went up from 50 to 100 last month and I've been really jittery, can't "
        "sleep, and the nausea is back. is that normal at the higher dose?",
    ),
    # ---------------------------------------------------------------- sport_hobby twins
    dict(
        kind="sport_hobby",
        urgent=True,
        sex="male",
        birth="1982-02-07",
        date="2026-04-25",
        vit=(124, 78, 62, 75.0, 400),
        message="Is the hospital 5k route flat? asking because I got dizzy and nearly passed out "
        "at parkrun this morning, heart was pounding super fast and irregular for about "
        "20 minutes, still feels fluttery and I'm a bit breathless now. I'm 44, no heart "
        "history.",
        age=44,
    ),
    dict(
        kind="sport_hobby",
        sex="female",
        birth="1987-03-14",
        date="2026-07-09",
        vit=(116, 72, 60, 63.8, 240),
        message="need new running shoes, any brand recs? my right heel has been killing me first "
        "thing in the morning for about 6 weeks, eases once I walk around. no injury",
    ),
    dict(
        kind="sport_hobby",
        urgent=True,
        sex="male",
        birth="1985-07-21",
        date="2026-08-29",
        vit=(128, 80, 66, 82.3, 330),
        message="Took a tumble mountain biking this afternoon and hit my head on a rock (helmet "
        "cracked). Felt fine at first but now I've got a splitting headache, I've vomited "
        "twice and my wife says I'm repeating myself. Also want to know about the club's "
        "insurance form.",
    ),
    dict(
        kind="sport_hobby",
        sex="male",
        birth="1964-05-02",
        date="2026-06-04",
        vit=(136, 84, 68, 88.0, 150),
        cond=[HLD],
        message="golf question: my club pro wants me to change my grip. but my left elbow has "
        "been sore on the outside for 2 months, worse lifting the kettle. worth seeing a "
        "physio or a doctor first?",
    ),
    dict(
        kind="sport_hobby",
        sex="female",
        birth="1970-01-11",
        date="2026-10-14",
        vit=(124, 76, 74, 69.3, 190),
        message="Hello, I've joined a knitting circle and we'd love to knit hats for the "
        "oncology day unit - who coordinates donations? Also, my hands have been stiff "
        "with swollen finger joints in the mornings for about two months; it takes an "
        "hour to loosen up. Could that be arthritis?",
    ),
    # ---------------------------------------------------------------- forms_paperwork twins
    dict(
        kind="forms_paperwork",
        urgent=True,
        sex="male",
        birth="1949-06-03",
        date="2026-01-27",
        vit=(126, 74, 92, 88.0, 21),
        cond=[HF, HTN],
        meds=[
            ("Furosemide 40 mg tablet, once daily", 800),
            ("Bisoprolol 5 mg tablet, once daily", 800),
        ],
        message="I'm filling out the council tax reduction form for my husband and the printer "
        "won't work. More importantly he's been breathless since the weekend and now he "
        "can't lie flat, he sleeps upright in the chair, his ankles are like balloons "
        "and he's put on about 4kg in a week. He has heart failure.",
    ),
    dict(
        kind="forms_paperwork",
        sex="male",
        birth="1980-02-18",
        date="2026-05-20",
        vit=(128, 80, 70, 86.4, 300),
        message="need to sign a form for my son's school trip to france, which I can sort "
        "myself. but while I'm here - I've noticed bright red blood on the toilet paper a "
        "few times over the last couple of weeks, bit sore down there. I'm 46.",
        age=46,
    ),
    dict(
        kind="forms_paperwork",
        sex="female",
        birth="1962-08-09",
        date="2026-04-01",
        vit=(130, 80, 76, 71.1, 110),
        cond=[NEUROPATHY],
        meds=[("Amitriptyline 25 mg tablet, at night", 150)],
        message="Dear team, I was going to ask for help with my jury service deferral form but "
        "I've sorted it. What I wanted to ask: my mouth and eyes have been very dry for "
        "months and my dentist says it's unusual. Could it be my amitriptyline for the "
        "nerve pain?",
    ),
    dict(
        kind="forms_paperwork",
        urgent=True,
        sex="female",
        birth="2004-03-25",
        date="2026-07-06",
        vit=(112, 70, 76, 57.2, 280),
        cond=[DEPR],
        meds=[("Fluoxetine 20 mg capsule, once daily", 200)],
        message="filling in a housing application and it needs my GP's name, who is it? ALSO "
        "idk if this matters but I took about 20 of my paracetamol last night after a "
        "fight with my boyfriend. I feel ok just a bit sick this morning. I don't want to "
        "die anymore.",
    ),
    dict(
        kind="forms_paperwork",
        sex="female",
        birth="1939-07-15",
        date="2026-09-21",
        vit=(128, 70, 78, 47.5, 170),
        cond=[OSTEOPOROSIS, HTN],
        meds=[("Amlodipine 5 mg tablet, once daily", 2000)],
        message="Our council wants a recent photo for my mother's bus pass renewal - she's very "
        "frail now and can't get to the photo booth. I also wanted to say she's been "
        "losing weight, about 5 kg since the spring, and isn't eating much. She seems "
        "otherwise herself.",
    ),
    # ---------------------------------------------------------------- neighbour_legal twins
    dict(
        kind="neighbour_legal",
        urgent=True,
        sex="male",
        birth="1955-02-22",
        date="2026-03-13",
        vit=(138, 82, 96, 69.0, 60),
        cond=[COPD],
        meds=[
            ("Tiotropium 18 microgram inhaler, once daily", 1500),
            ("Salbutamol via nebuliser, as needed", 1500),
        ],
        message="Our neighbour's builders have been cutting stone all week and the dust is "
        "awful, I want to complain to the council. Worse, my COPD has really flared - "
        "since yesterday I'm very breathless even sitting down, my lips look a bit blue "
        "and the oxygen meter says 86%. Nebuliser isn't helping.",
    ),
    dict(
        kind="neighbour_legal",
        sex="female",
        birth="1981-07-30",
        date="2026-02-26",
        vit=(120, 78, 80, 64.4, 210),
        message="going to small claims court over a fence dispute and the stress is wrecking "
        "me. for about a month I've been waking at 4am and can't get back to sleep, no "
        "appetite, can't concentrate at work. not suicidal or anything just exhausted. "
        "can I talk to someone?",
    ),
    dict(
        kind="neighbour_legal",
        urgent=True,
        sex="male",
        birth="1950-04-08",
        date="2026-06-12",
        vit=(144, 84, 74, 80.7, 14),
        cond=[AF, HTN],
        labs=[("inr", 14, 3.1)],
        meds=[("Warfarin, dose per INR clinic", 1200)],
        message="Had a shouting match with the neighbour over parking and he shoved me, I fell "
        "and banged my head on the kerb about an hour ago. I'm on warfarin. Got a lump "
        "and a headache that's getting worse. Should I report him to the police first?",
    ),
    dict(
        kind="neighbour_legal",
        sex="female",
        birth="1967-01-04",
        date="2026-06-24",
        vit=(126, 80, 70, 72.3, 100),
        visits=[(100, "Emergency department, wrist injury")],
        message="My lawyer says I need my records for the personal injury claim after the "
        "neighbour's dog knocked me over in March - how do I request them? Also my wrist "
        "still aches and clicks when I turn a door handle, 3 months on. Should it be "
        "looked at again?",
    ),
    dict(
        kind="neighbour_legal",
        sex="male",
        birth="1993-09-15",
        date="2026-01-30",
        vit=(122, 76, 78, 80.8, 120),
        cond=[ASTHMA],
        meds=[("Salbutamol 100 microgram inhaler, as needed", 2200)],
        message="hi, my landlord keeps ignoring the damp and mould in the bedroom, is there "
        "anyone who writes letters for housing? my asthma has got worse since winter, "
        "using the blue inhaler most days now and waking at night coughing",
    ),
    # ---------------------------------------------------------------- compliments_chitchat twins
    dict(
        kind="compliments_chitchat",
        urgent=True,
        sex="female",
        birth="1968-05-19",
        date="2026-02-09",
        vit=(124, 80, 78, 67.0, 90),
        cond=[DEPR],
        meds=[("Mirtazapine 30 mg tablet, at night", 400)],
        message="Just wanted to say thanks to Dr Lin for being so kind over the years. I don't "
        "think I'll need appointments anymore. I've been saving up my tablets and I've "
        "decided tonight's the night, everyone will be better off. Please tell her she "
        "was lovely.",
    ),
    dict(
        kind="compliments_chitchat",
        sex="male",
        birth="1999-04-27",
        date="2026-03-27",
        vit=(120, 74, 70, 76.9, 260),
        message="hi all! loving the new waiting room plants haha. one small thing while I'm "
        "here, I've had a sore throat and blocked ears for 10 days now, no fever, just "
        "not shifting. worth getting checked?",
    ),
    dict(
        kind="compliments_chitchat",
        urgent=True,
        sex="female",
        birth="1957-10-31",
        date="2026-11-24",
        vit=(130, 76, 90, 72.6, 120),
        cond=[BACK, OA],
        meds=[("Ibuprofen 400 mg tablet, three times daily", 700)],
        message="Happy Thanksgiving to all the staff! You've been wonderful this year. My "
        "husband says I should mention I've thrown up blood twice this evening, dark with "
        "bits like coffee grounds, and I feel weak and clammy. I take ibuprofen for my "
        "back most days.",
    ),
    dict(
        kind="compliments_chitchat",
        sex="male",
        birth="1951-01-12",
        date="2026-08-07",
        vit=(134, 78, 68, 77.4, 95),
        visits=[(95, "Right cataract surgery")],
        message="Dear all, a note of thanks for the lovely care during my husband's cataract "
        "surgery in May. While I'm writing on his account, he's mentioned the operated "
        "eye has been a little gritty and watery for the past week but his vision is "
        "good and there's no pain.",
    ),
    dict(
        kind="compliments_chitchat",
        sex="female",
        birth="1959-09-09",
        date="2026-05-29",
        vit=(138, 80, 72, 65.5, 130),
        cond=[HTN],
        meds=[("Candesartan 8 mg tablet, once daily", 1000)],
        message="Hello lovely people, just a note to say the flowers in reception cheered me "
        "up. I'm a bit worried though, I've had a tremor in my right hand for a few "
        "months, noticeable when I hold a cup or write. I'm 66 and on blood pressure "
        "pills.",
        age=66,
    ),
]
