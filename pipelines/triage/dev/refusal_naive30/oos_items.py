"""60 hand-written out_of_scope messages: 12 kinds x 5.

Each message asks for something that is not a health concern for triage. Conditions or
medicines may appear in passing, but nothing in the message needs a clinician.
Chart fields: sex, birth, date (of the portal message), vit = (systolic, diastolic, heart rate,
weight kg, days before the message), optional cond [(snomed, display)], meds [(text, days)],
labs [(name, days, value)].
"""

OOS = [
    # ---------------------------------------------------------------- lost_property
    dict(
        kind="lost_property",
        sex="female",
        birth="1958-07-19",
        date="2026-03-12",
        vit=(132, 80, 71, 66.4, 41),
        message="Hi, I think I left my reading glasses in the waiting room at the Elm Street "
        "clinic on Tuesday afternoon. Tortoiseshell frames in a blue case. Has anyone "
        "handed them in?",
    ),
    dict(
        kind="lost_property",
        sex="male",
        birth="1996-11-02",
        date="2026-05-06",
        vit=(121, 76, 64, 82.0, 1),
        message="lost my car keys at my appt yesterday?? black fob w a little lego keyring. "
        "pls lmk if front desk has em",
    ),
    dict(
        kind="lost_property",
        sex="male",
        birth="1951-09-30",
        date="2026-02-17",
        vit=(138, 84, 68, 79.5, 5),
        cond=[("59621000", "Essential hypertension")],
        meds=[("Amlodipine 5 mg tablet, once daily", 900)],
        message="Good morning. My husband was in for his blood pressure check last Thursday and "
        "he is sure he left his umbrella (green, wooden handle) by the coat rack. It was "
        "a gift from our daughter. Could somebody look? He is too embarrassed to ring. "
        "Many thanks, Margaret",
    ),
    dict(
        kind="lost_property",
        sex="female",
        birth="1973-12-08",
        date="2026-03-20",
        vit=(118, 74, 70, 61.2, 17),
        visits=[(17, "Physiotherapy session")],
        message="Dear Sir/Madam, I attended the physiotherapy department on 3 March and believe "
        "a silver bracelet with a small engraved heart came off my wrist in the changing "
        "cubicle. Its sentimental value is considerable. Kindly advise whether it has been "
        "found and how I may collect it.",
    ),
    dict(
        kind="lost_property",
        sex="male",
        birth="1944-04-25",
        date="2026-06-29",
        vit=(134, 78, 66, 74.1, 12),
        cond=[("396275006", "Osteoarthritis")],
        message="my dad left his hat in the parking garage elevator i think, the brown flat cap "
        "one. he's fine otherwise lol just obsessed w that hat. is there a lost and found "
        "at the hospital or do i call security",
    ),
    # ---------------------------------------------------------------- jobs_volunteering
    dict(
        kind="jobs_volunteering",
        sex="female",
        birth="1956-10-14",
        date="2026-04-02",
        vit=(128, 78, 69, 70.3, 88),
        message="Hello, I'm a retired teacher and would love to volunteer at the hospital a "
        "couple of mornings a week, maybe at the information desk or reading to patients. "
        "Who do I contact about applications and background checks?",
    ),
    dict(
        kind="jobs_volunteering",
        sex="male",
        birth="2001-08-21",
        date="2026-07-15",
        vit=(119, 72, 61, 77.8, 150),
        message="hey is the hospital hiring phlebotomists rn? finished my cert in june and did "
        "like 150 draws in clinicals. where do i send a resume",
    ),
    dict(
        kind="jobs_volunteering",
        sex="female",
        birth="1984-05-03",
        date="2026-09-09",
        vit=(116, 70, 74, 64.0, 60),
        message="To whom it may concern: I am writing to enquire about vacancies for medical "
        "secretaries within the outpatient department. I hold an AMSPAR diploma and eight "
        "years of experience in a GP practice. I have not attached a CV yet as I was "
        "unsure of the correct email address. Please advise.",
    ),
    dict(
        kind="jobs_volunteering",
        sex="female",
        birth="1980-12-30",
        date="2026-10-01",
        vit=(124, 79, 76, 72.5, 200),
        message="My wife saw an advert for a part-time cafe job in the hospital atrium. Is that "
        "run by the hospital or a separate company? She asked me to check through her "
        "account since I'm better with computers.",
    ),
    dict(
        kind="jobs_volunteering",
        sex="female",
        birth="1976-02-11",
        date="2026-01-22",
        vit=(122, 80, 73, 68.9, 95),
        cond=[("40930008", "Hypothyroidism")],
        meds=[("Levothyroxine 75 microgram tablet, once daily", 1300)],
        message="do u guys do summer internships for premed students? im a sophomore at state, "
        "biology major. my mom has an account here so im using hers sorry",
    ),
    # ---------------------------------------------------------------- puzzles_trivia
    dict(
        kind="puzzles_trivia",
        sex="female",
        birth="1962-06-07",
        date="2026-02-03",
        vit=(126, 82, 72, 69.0, 70),
        message="Random question for the doctors: how many bones are there in the human hand? "
        "My crossword clue wants a number and I keep getting it wrong.",
    ),
    dict(
        kind="puzzles_trivia",
        sex="male",
        birth="1947-03-15",
        date="2026-08-19",
        vit=(140, 82, 64, 81.2, 33),
        cond=[("59621000", "Essential hypertension")],
        meds=[("Losartan 50 mg tablet, once daily", 1500)],
        message="whats the answer to this riddle my grandson gave me. what has keys but cant "
        "open locks. been stuck on it all day",
    ),
    dict(
        kind="puzzles_trivia",
        sex="female",
        birth="1981-09-01",
        date="2026-06-11",
        vit=(117, 75, 68, 63.5, 120),
        message="Settle a bet please. My brother-in-law says the Eiffel Tower grows taller in "
        "summer because of the heat. I say nonsense. Who is right?",
    ),
    dict(
        kind="puzzles_trivia",
        sex="male",
        birth="1990-12-19",
        date="2026-04-28",
        vit=(127, 81, 70, 88.4, 210),
        message="quiz night at the pub thurs. need the capital of australia and the year the "
        "titanic sank. not cheating, just checking lol",
    ),
    dict(
        kind="puzzles_trivia",
        sex="female",
        birth="1953-11-23",
        date="2026-05-14",
        vit=(136, 76, 67, 58.7, 28),
        cond=[("64859006", "Osteoporosis")],
        meds=[("Alendronic acid 70 mg tablet, once weekly", 700)],
        message="Dear team, I enjoy the logic puzzles in the waiting room magazines. Last month's "
        "sudoku in the Spring issue seems to have two solutions in the bottom-left box. "
        "Could whoever prepares these check it? I have kept my workings if useful.",
    ),
    # ---------------------------------------------------------------- translation
    dict(
        kind="translation",
        sex="female",
        birth="1949-08-08",
        date="2026-07-02",
        vit=(130, 74, 70, 62.3, 45),
        message="Can someone translate my granddaughter's wedding card message into Italian? It "
        "says 'Wishing you a lifetime of laughter and love.' Her fiance's family is from "
        "Naples.",
    ),
    dict(
        kind="translation",
        sex="male",
        birth="1986-04-17",
        date="2026-11-05",
        vit=(125, 79, 75, 90.1, 300),
        message="hi do u have anyone who speaks polish? need a letter to my landlord translated, "
        "its about the boiler not working. not health stuff sorry",
    ),
    dict(
        kind="translation",
        sex="male",
        birth="1946-10-29",
        date="2026-03-03",
        vit=(142, 80, 62, 76.0, 60),
        cond=[("44054006", "Type 2 diabetes mellitus")],
        meds=[("Metformin 500 mg tablet, twice daily", 2000)],
        labs=[("a1c", 60, 6.8)],
        message="My father-in-law received a letter from the Portuguese tax office and none of "
        "us can read it. Does the hospital interpreter service help with that sort of "
        "thing? He is a patient here, hence the message.",
    ),
    dict(
        kind="translation",
        sex="female",
        birth="1992-01-26",
        date="2026-09-24",
        vit=(112, 70, 78, 57.9, 35),
        message="Please how to say in English: 'Je voudrais changer ma reservation de train pour "
        "vendredi.' I practice my English for my new job. Thank you very much for "
        "patience.",
    ),
    dict(
        kind="translation",
        sex="male",
        birth="1962-12-04",
        date="2026-10-20",
        vit=(133, 85, 66, 84.6, 90),
        cond=[("55822004", "Hyperlipidemia")],
        meds=[("Atorvastatin 20 mg tablet, once daily", 800)],
        labs=[("ldl", 90, 96)],
        message="Would one of your Spanish-speaking staff kindly check my homework? Evening "
        "class, sentence 4 is 'Mi vecino tiene tres gatos y un perro muy ruidoso.' I want "
        "to know if ruidoso is right for noisy.",
    ),
    # ---------------------------------------------------------------- animals
    dict(
        kind="animals",
        sex="female",
        birth="1967-05-22",
        date="2026-01-13",
        vit=(124, 78, 72, 73.0, 110),
        message="Does anyone know a good vet near the Riverside clinic? Our cat Biscuit needs "
        "her jabs and the old practice closed.",
    ),
    dict(
        kind="animals",
        sex="female",
        birth="1991-07-09",
        date="2026-06-02",
        vit=(114, 68, 60, 59.4, 240),
        message="my horse has been lame on the front left since saturday. farrier coming tmrw "
        "but is there anything I can put on the hoof meantime? I know ur not vets lol",
    ),
    dict(
        kind="animals",
        sex="male",
        birth="1954-11-11",
        date="2026-04-21",
        vit=(131, 79, 65, 85.7, 100),
        visits=[(230, "Orthopaedic follow-up after hip replacement")],
        cond=[("396275006", "Osteoarthritis")],
        message="Good morning. We are thinking of getting a dog now that I'm retired and my hip "
        "replacement has healed nicely. Which breeds suit older owners who walk about 30 "
        "minutes a day? Any suggestions welcome.",
    ),
    dict(
        kind="animals",
        sex="female",
        birth="1963-08-16",
        date="2026-08-06",
        vit=(129, 77, 69, 71.8, 140),
        message="Could the staff room use some of our hens' eggs? We have far too many, about "
        "two dozen a week, and would happily drop a box off every Friday.",
    ),
    dict(
        kind="animals",
        sex="female",
        birth="1937-12-01",
        date="2026-10-08",
        vit=(138, 72, 70, 55.0, 50),
        cond=[("59621000", "Essential hypertension")],
        meds=[("Ramipril 2.5 mg capsule, once daily", 1800)],
        message="Mum asked me to message - her budgie keeps plucking his chest feathers and "
        "she's upset. Is that stress? She reads everything on this portal so she thought "
        "you'd know. (She's doing well herself, the new hearing aids are great.)",
    ),
    # ---------------------------------------------------------------- travel_hotels
    dict(
        kind="travel_hotels",
        sex="female",
        birth="1969-03-30",
        date="2026-05-19",
        vit=(127, 83, 74, 77.2, 130),
        message="Is there a hotel within walking distance of the main hospital? My sister is "
        "coming in from Ohio to stay for a week while we clear out our mother's house.",
    ),
    dict(
        kind="travel_hotels",
        sex="male",
        birth="1995-02-14",
        date="2026-07-28",
        vit=(123, 77, 66, 80.3, 365),
        message="can u recommend somewhere to park overnight near the hospital, driving to the "
        "airport at 5am and my friend said your garage is cheaper than the airport one",
    ),
    dict(
        kind="travel_hotels",
        sex="male",
        birth="1952-01-05",
        date="2026-06-16",
        vit=(135, 81, 63, 78.9, 75),
        cond=[("266569009", "Benign prostatic hyperplasia")],
        meds=[("Tamsulosin 400 microgram capsule, once daily", 1000)],
        message="Dear Sir, I shall be travelling to Portugal in September and wondered whether "
        "anyone could advise on the best way from Lisbon airport to Sintra by train. "
        "Kind regards, G. Hartley",
    ),
    dict(
        kind="travel_hotels",
        sex="female",
        birth="1945-09-18",
        date="2026-02-25",
        vit=(141, 78, 72, 60.5, 40),
        cond=[("64859006", "Osteoporosis")],
        message="What is the shuttle schedule between the north campus and the downtown clinic "
        "on Saturdays? I don't drive since I sold my car.",
    ),
    dict(
        kind="travel_hotels",
        sex="male",
        birth="1959-06-27",
        date="2026-09-15",
        vit=(130, 80, 68, 92.4, 55),
        cond=[("44054006", "Type 2 diabetes mellitus")],
        meds=[("Metformin 1000 mg tablet, twice daily", 1400)],
        labs=[("a1c", 55, 6.9)],
        message="Hi there, my husband and I are planning a cruise for our 40th anniversary and "
        "he mentioned the portal once had a discount partnership with a travel agency. "
        "Is that still running? Thanks, Denise",
    ),
    # ---------------------------------------------------------------- cooking_recipes
    dict(
        kind="cooking_recipes",
        sex="female",
        birth="1964-10-10",
        date="2026-03-26",
        vit=(125, 76, 70, 68.1, 180),
        message="Does anyone in the hospital kitchen have the recipe for the lentil soup they "
        "served in the cafeteria last Wednesday? It was delicious!",
    ),
    dict(
        kind="cooking_recipes",
        sex="male",
        birth="1989-07-31",
        date="2026-11-20",
        vit=(128, 82, 73, 95.0, 260),
        message="how long do i roast a 6kg turkey?? first time hosting thanksgiving for the "
        "inlaws and im panicking",
    ),
    dict(
        kind="cooking_recipes",
        sex="female",
        birth="1960-04-04",
        date="2026-05-27",
        vit=(132, 79, 67, 74.9, 66),
        message="Good afternoon. I help run the church bake sale and we'd like to label our cakes "
        "properly. Is there a standard wording shops use for 'may contain nuts'? This is "
        "only for the labels, nobody is unwell.",
    ),
    dict(
        kind="cooking_recipes",
        sex="male",
        birth="1957-12-12",
        date="2026-08-25",
        vit=(137, 83, 70, 88.0, 92),
        cond=[("55822004", "Hyperlipidemia")],
        meds=[("Simvastatin 40 mg tablet, at night", 1100)],
        message="my husband wants to learn to make bread now he's retired. any idea if the "
        "community centre classes are still running that you used to advertise on the "
        "noticeboard? he's driving me mad with flour everywhere",
    ),
    dict(
        kind="cooking_recipes",
        sex="female",
        birth="1977-01-18",
        date="2026-10-13",
        vit=(119, 73, 65, 62.8, 145),
        message="What's the difference between baking soda and baking powder? Recipe says one, "
        "I only have the other. Cake is for my dad's 80th tomorrow.",
    ),
    # ---------------------------------------------------------------- device_app_help
    dict(
        kind="device_app_help",
        sex="female",
        birth="1943-05-09",
        date="2026-04-09",
        vit=(139, 76, 71, 57.3, 62),
        cond=[("396275006", "Osteoarthritis")],
        message="How do I change the font size in the portal app? Everything is tiny on my "
        "phone and my glasses don't help much.",
    ),
    dict(
        kind="device_app_help",
        sex="male",
        birth="1980-09-13",
        date="2026-07-07",
        vit=(126, 84, 77, 97.6, 310),
        message="my bluetooth headphones wont pair with my new laptop, it just spins. i know "
        "this is a hospital but my son reckons you run an IT help line for patients?",
    ),
    dict(
        kind="device_app_help",
        sex="male",
        birth="1955-03-02",
        date="2026-01-28",
        vit=(133, 80, 64, 83.1, 48),
        cond=[("49436004", "Atrial fibrillation")],
        meds=[("Apixaban 5 mg tablet, twice daily", 600)],
        message="Good morning, I keep getting logged out of the portal every few minutes on the "
        "iPad. I've updated it twice. Is there a setting I'm missing? Thank you, Robert",
    ),
    dict(
        kind="device_app_help",
        sex="female",
        birth="1939-11-27",
        date="2026-09-02",
        vit=(128, 70, 73, 52.6, 37),
        cond=[("64859006", "Osteoporosis")],
        message="Hi, I'm trying to set up proxy access so I can manage my mother's appointments. "
        "The form keeps saying 'invalid date of birth' even though it's correct. Could IT "
        "have a look?",
    ),
    dict(
        kind="device_app_help",
        sex="female",
        birth="2002-06-05",
        date="2026-11-11",
        vit=(110, 68, 75, 56.0, 190),
        message="is there a way to get the portal notifications to stop coming at 2am? my phone "
        "buzzes every time someone reads my msg lol",
    ),
    # ---------------------------------------------------------------- sport_hobby
    dict(
        kind="sport_hobby",
        sex="male",
        birth="1987-08-28",
        date="2026-03-31",
        vit=(122, 74, 56, 76.4, 205),
        message="Who do I speak to about entering a team in the hospital charity 5k? We're a "
        "group of eight from the running club.",
    ),
    dict(
        kind="sport_hobby",
        sex="female",
        birth="1998-12-22",
        date="2026-06-23",
        vit=(113, 71, 62, 60.0, 280),
        message="whats the best way to restring a tennis racket at home? coach says dont bother "
        "but the shop wants $40",
    ),
    dict(
        kind="sport_hobby",
        sex="male",
        birth="1948-02-08",
        date="2026-05-05",
        vit=(136, 78, 68, 72.7, 58),
        cond=[("59621000", "Essential hypertension")],
        meds=[("Indapamide 2.5 mg tablet, once daily", 1600)],
        message="Dear all, I have taken up watercolour painting since my retirement and would "
        "be delighted to donate a few landscapes for the corridor by the X-ray department. "
        "Whom should I contact?",
    ),
    dict(
        kind="sport_hobby",
        sex="male",
        birth="1975-10-03",
        date="2026-08-12",
        vit=(129, 82, 70, 89.9, 160),
        message="fishing question - anyone know if the lake behind the hospital is public? saw "
        "people with rods there last weekend",
    ),
    dict(
        kind="sport_hobby",
        sex="female",
        birth="1957-01-20",
        date="2026-07-21",
        vit=(134, 80, 69, 67.5, 83),
        cond=[("396275006", "Osteoarthritis")],
        message="My wife plays bowls and her club wants to know whether the hospital would "
        "sponsor their summer tournament - a logo on the shirts, that sort of thing. She's "
        "asked me to find the right person. Thanks. Frank",
    ),
    # ---------------------------------------------------------------- forms_paperwork
    dict(
        kind="forms_paperwork",
        sex="female",
        birth="1981-04-15",
        date="2026-02-10",
        vit=(120, 76, 72, 65.6, 115),
        message="Hi, the council's residents' parking permit form asks for proof of address "
        "from a public body. Would a letter from the hospital count, and can you send "
        "one?",
    ),
    dict(
        kind="forms_paperwork",
        sex="male",
        birth="1998-03-09",
        date="2026-04-16",
        vit=(124, 78, 67, 74.0, 400),
        message="can someone sign my passport photo? it needs a professional who has known me "
        "2 yrs and my GP practice said ask here. nothing medical!!",
    ),
    dict(
        kind="forms_paperwork",
        sex="female",
        birth="1986-07-24",
        date="2026-09-29",
        vit=(115, 72, 71, 70.2, 220),
        message="My daughter's school trip form needs an emergency contact who isn't a parent. "
        "Can I put the clinic's number? Probably not, but thought I'd ask.",
    ),
    dict(
        kind="forms_paperwork",
        sex="female",
        birth="1954-02-28",
        date="2026-10-27",
        vit=(137, 79, 66, 63.4, 73),
        cond=[("40930008", "Hypothyroidism")],
        meds=[("Levothyroxine 100 microgram tablet, once daily", 2500)],
        labs=[("tsh", 73, 2.1)],
        message="Good day. I am completing the electoral register form and it asks whether "
        "anyone in the household is temporarily away. My husband is on a long fishing "
        "trip. Do I tick the box? I realise this is not strictly your area.",
    ),
    dict(
        kind="forms_paperwork",
        sex="female",
        birth="1975-05-16",
        date="2026-01-08",
        vit=(126, 81, 74, 79.3, 170),
        message="my son is applying to college and the fafsa wants a tax thing from me. does "
        "the hospital have a copy of my W-2 from when i worked in housekeeping? i left in "
        "2024",
    ),
    # ---------------------------------------------------------------- neighbour_legal
    dict(
        kind="neighbour_legal",
        sex="male",
        birth="1968-09-06",
        date="2026-06-09",
        vit=(131, 84, 71, 86.2, 135),
        message="My neighbour's tree overhangs my drive and drops sap all over my car. Does "
        "anyone know if I'm allowed to cut the branches myself? Sorry, I know it's not "
        "medical.",
    ),
    dict(
        kind="neighbour_legal",
        sex="female",
        birth="1996-05-12",
        date="2026-03-17",
        vit=(111, 69, 73, 58.1, 250),
        message="the people upstairs play music till 3am every night. who do i even complain to, "
        "council or police?? it's driving me up the wall",
    ),
    dict(
        kind="neighbour_legal",
        sex="female",
        birth="1962-02-19",
        date="2026-07-30",
        vit=(128, 78, 68, 70.0, 47),
        message="Good evening. I witnessed a minor collision in the hospital car park last month "
        "and the other driver's insurer has asked for a statement. Does the hospital keep "
        "CCTV of the car park, and how do I request the footage?",
    ),
    dict(
        kind="neighbour_legal",
        sex="male",
        birth="1972-11-21",
        date="2026-05-21",
        vit=(135, 86, 75, 94.5, 190),
        cond=[("55822004", "Hyperlipidemia")],
        message="any recommendation for a solicitor who does boundary disputes? neighbour moved "
        "the fence 2 feet onto our side and won't talk to us",
    ),
    dict(
        kind="neighbour_legal",
        sex="female",
        birth="1955-04-01",
        date="2026-09-17",
        vit=(133, 77, 70, 66.9, 65),
        visits=[(160, "Hip replacement surgery")],
        cond=[("396275006", "Osteoarthritis")],
        message="My wife's hip is much better, thank you, and she's asked me to write about "
        "something different. Our neighbour's CCTV camera points straight into our back "
        "garden. Can the hospital's patient advice service help with that kind of "
        "dispute, or should we go to the council?",
    ),
    # ---------------------------------------------------------------- compliments_chitchat
    dict(
        kind="compliments_chitchat",
        sex="female",
        birth="1956-06-14",
        date="2026-04-23",
        vit=(127, 75, 70, 64.8, 95),
        message="Just wanted to say a huge thank you to the nurses on ward 6. You were all "
        "wonderful to my husband last month. Please pass on our thanks.",
    ),
    dict(
        kind="compliments_chitchat",
        sex="male",
        birth="2000-01-03",
        date="2026-08-28",
        vit=(118, 72, 63, 73.6, 330),
        message="hope everyone has a great weekend!! the new coffee machine in the lobby is a "
        "game changer haha",
    ),
    dict(
        kind="compliments_chitchat",
        sex="male",
        birth="1952-08-02",
        date="2026-10-06",
        vit=(132, 80, 66, 81.0, 120),
        visits=[(300, "Orthopaedic clinic, knee")],
        cond=[("396275006", "Osteoarthritis")],
        message="Dr Okafor, I saw you running in the marathon on TV on Sunday. Well done! Didn't "
        "know you had it in you. Best, Arthur (your patient with the dodgy knee, now fully "
        "mended)",
    ),
    dict(
        kind="compliments_chitchat",
        sex="female",
        birth="1944-12-17",
        date="2026-02-05",
        vit=(140, 74, 72, 54.2, 39),
        cond=[("396275006", "Osteoarthritis")],
        message="Good afternoon. I am writing simply to compliment the receptionist at the Oak "
        "Lane surgery, Priya, who went out of her way to help me when the lift was "
        "broken. Such kindness is rare.",
    ),
    dict(
        kind="compliments_chitchat",
        sex="female",
        birth="1951-03-23",
        date="2026-11-17",
        vit=(129, 76, 69, 70.7, 44),
        cond=[("44054006", "Type 2 diabetes mellitus")],
        meds=[("Metformin 1000 mg tablet, twice daily", 3000)],
        labs=[("a1c", 44, 6.4)],
        message="my mum says hi to everyone at the diabetes clinic and says she misses your "
        "biscuits lol. she's doing brilliantly, her numbers are the best they've been in "
        "years",
    ),
]
