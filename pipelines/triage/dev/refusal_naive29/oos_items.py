"""50 hand-written out_of_scope items: the message asks for something that is not a health
concern for triage. Conditions or medicines may be mentioned in passing, but nothing in the
message needs a clinician's judgement. Relatives sometimes write for the patient; the chart is
always the person the portal account belongs to.
"""

from __future__ import annotations

from itemspec import item

T2DM = ("44054006", "Diabetes mellitus type 2")
HTN = ("38341003", "Hypertensive disorder, systemic arterial")
AFIB = ("49436004", "Atrial fibrillation")
COPD = ("13645005", "Chronic obstructive lung disease")
HYPOTHY = ("40930008", "Hypothyroidism")
RA = ("69896004", "Rheumatoid arthritis")
KNEE_OA = ("239873007", "Osteoarthritis of knee")
HIP_OA = ("239872002", "Osteoarthritis of hip")
CAD = ("53741008", "Coronary arteriosclerosis")
LIPID = ("55822004", "Hyperlipidemia")
PARK = ("49049000", "Parkinson's disease")
STROKE = ("230690007", "Cerebrovascular accident")
ASTHMA = ("195967001", "Asthma")

OOS = [
    # ------------------------------------------------------------ billing_insurance
    item(
        "billing_insurance",
        """Hi there, hope everyone at the clinic is having a good week. Dr. Okafor's team has been
        wonderful with my diabetes this year and my numbers are the best they've been in a long
        time, so thank you. My question today is about a bill, not about my health. I got a
        statement for $312 for the March 4 visit, but my insurance card changed in February and I
        think the claim went to my old plan by mistake. Could someone in billing resubmit it to the
        new insurer? I can send a photo of the card front and back if that helps. Thanks so much,
        and sorry to bother you with paperwork.""",
        "Claim resubmission to a new insurer; diabetes mentioned only as going well. Billing.",
        "female",
        "1961-08-22",
        "2026-04-20",
        cond=(T2DM,),
        meds=(("Metformin 1000 mg tablet twice daily", 900),),
        obs=(("a1c", 47, 6.6), ("bp", 47, 126, 78), ("wt", 47, 74.5)),
    ),
    item(
        "billing_insurance",
        "Any chance of paying off my August ER visit in monthly installments?",
        "One-line payment plan request. Billing only.",
        "male",
        "1994-05-03",
        "2026-10-02",
        obs=(("hr", 55, 88), ("bp", 55, 128, 80), ("temp", 55, 36.9)),
    ),
    item(
        "billing_insurance",
        """I'm writing for my father, who is 81 and doesn't use computers. He takes warfarin and his
        INR checks have all been in range, so this isn't a medical question. He received two bills
        for the same lab draw on June 12, one for $48.00 and one for $48.60. Is one of them a
        duplicate? He is worried he'll be sent to collections. Please let me know who to call. I'm
        his daughter and I'm listed on his release form.""",
        "Daughter asks about a possible duplicate lab bill; warfarin mentioned, INR stated stable "
        "and chart INR in range. Billing.",
        "male",
        "1945-02-17",
        "2026-07-09",
        age=81,
        cond=(AFIB, HTN),
        meds=(("Warfarin 5 mg tablet daily", 2100),),
        obs=(("inr", 27, 2.4), ("bp", 27, 134, 76), ("hr", 27, 72)),
    ),
    item(
        "billing_insurance",
        """Does my Medicare plan cover the shingles shot if I get it at the pharmacy, or only in
        your office? Trying to work out where it's cheaper before I book it.""",
        "Coverage/cost question about where to get a vaccine, not whether to get it. Billing.",
        "female",
        "1955-11-30",
        "2026-05-11",
        cond=(LIPID,),
        meds=(("Atorvastatin 20 mg tablet daily", 1500),),
        obs=(("ldl", 120, 92), ("bp", 120, 122, 74)),
    ),
    item(
        "billing_insurance",
        """hello i need an itemized receipt for my physical therapy sessions from january to may for
        my HSA account. the knee is doing great now btw, PT really helped. can you email it or do i
        have to come pick it up""",
        "Receipt for a health savings account; knee explicitly fine. Billing.",
        "male",
        "1979-01-14",
        "2026-06-15",
        cond=(("", "Tear of medial meniscus of right knee"),),
        obs=(("wt", 160, 88.0), ("bp", 160, 124, 82)),
    ),
    # ------------------------------------------------------------ portal_tech
    item(
        "portal_tech",
        """Sorry if this is the wrong place to ask, but I can't log in to the app since the update.
        It keeps saying my password is wrong even after I reset it twice, and the little code it
        texts me expires before I can type it. My granddaughter usually sorts this kind of thing out
        but she's away at college until the summer. I'm on an iPhone, the older kind with the home
        button, if that matters. Everything else with me is fine, I just like being able to read my
        visit notes.""",
        "Login problem with the portal app. Technical support.",
        "female",
        "1988-09-09",
        "2026-02-26",
        obs=(("bp", 210, 114, 70), ("wt", 210, 63.2)),
    ),
    item(
        "portal_tech",
        """My mother is 77 and has early Parkinson's, and I help her keep track of appointments. How
        do I get proxy access to her portal account so I can see her upcoming visits and messages?
        She is happy to sign whatever form is needed. She's doing well at the moment, this is purely
        paperwork so I'm ready before her next neurology visit.""",
        "Proxy-access setup for a parent; Parkinson's named, stated stable. Portal administration.",
        "female",
        "1948-12-01",
        "2026-03-17",
        age=77,
        cond=(PARK,),
        meds=(("Carbidopa-levodopa 25-100 mg tablet three times daily", 700),),
        obs=(("bp", 90, 128, 74), ("hr", 90, 70), ("wt", 90, 58.1)),
    ),
    item(
        "portal_tech",
        """Why do I keep getting text alerts at 3am saying I have a new message, and then there's
        nothing in my inbox? Four nights in a row now. How do I switch the texts off or change them
        to email only?""",
        "Notification settings. Technical support.",
        "male",
        "1970-07-25",
        "2026-08-04",
        cond=(HTN,),
        meds=(("Lisinopril 10 mg tablet daily", 1200),),
        obs=(("bp", 60, 128, 82), ("hr", 60, 66)),
    ),
    item(
        "portal_tech",
        """The portal has my name spelled wrong, it's missing the hyphen between my two last names,
        and the preferred name field won't save. Where do I fix those? It's small but it bugs me
        every time I log on.""",
        "Demographic/profile correction in the portal. Technical/administrative.",
        "female",
        "1992-04-18",
        "2026-09-21",
        obs=(("bp", 300, 110, 68), ("hr", 300, 64)),
    ),
    item(
        "portal_tech",
        """Tried to upload a photo of my new insurance card but it says the file is too large. What
        size does it need to be? My COPD has actually been behaving lately, I just want the
        paperwork sorted before my check-in next month.""",
        "File upload limit; COPD mentioned as stable, chart SpO2 at baseline. Technical support.",
        "male",
        "1952-10-06",
        "2026-01-28",
        cond=(COPD,),
        meds=(("Tiotropium 18 mcg inhalation capsule daily", 1100),),
        obs=(("spo2", 75, 95), ("rr", 75, 16), ("hr", 75, 78)),
    ),
    # ------------------------------------------------------------ facilities_logistics
    item(
        "facilities_logistics",
        """Where is the best place to park for the Eastside imaging center? Last time I circled for
        twenty minutes and nearly missed my slot.""",
        "Parking directions. Facilities.",
        "female",
        "1966-03-12",
        "2026-05-28",
        obs=(("bp", 140, 118, 76), ("wt", 140, 70.4)),
    ),
    item(
        "facilities_logistics",
        """What time does the cafeteria close on weekends? I'm spending the days with my husband on
        the fifth floor while he recovers from his hip replacement, and the vending machines are all
        that's open after six. Is there also a quiet room where I can make phone calls without
        disturbing the other patients?""",
        "Wife on the husband's account asks cafeteria hours and a quiet room; the hip recovery is "
        "context, no concern raised. Facilities.",
        "male",
        "1950-06-19",
        "2026-10-17",
        cond=(HIP_OA,),
        meds=(("Acetaminophen 500 mg tablet as needed", 400),),
        obs=(("bp", 3, 132, 78), ("hr", 3, 74), ("temp", 3, 36.8)),
    ),
    item(
        "facilities_logistics",
        """I think I left my reading glasses in exam room 4 yesterday afternoon. Tortoiseshell
        frames in a navy case. Has anyone turned them in?""",
        "Lost property. Facilities.",
        "male",
        "1958-02-08",
        "2026-07-22",
        cond=(LIPID,),
        meds=(("Rosuvastatin 10 mg tablet daily", 800),),
        obs=(("bp", 1, 130, 80), ("ldl", 1, 88)),
    ),
    item(
        "facilities_logistics",
        """Is the guest wifi password still the same as last year? And is there somewhere in the
        lobby to charge a phone? I'll be waiting several hours during my sister's operation on
        Friday.""",
        "Wifi and charging while a relative has surgery. Facilities.",
        "female",
        "1983-11-23",
        "2026-06-30",
        obs=(("bp", 250, 116, 72), ("hr", 250, 70)),
    ),
    item(
        "facilities_logistics",
        """Good morning! I've been a patient at your Maple Street clinic for nearly twenty years and
        I was sad to read that it's moving. Will the new building on Harbor Road have the same early
        lab hours, and is there a bus stop close by? I gave up my car last year and I rely on the
        number 12 bus. My blood pressure tablets keep me steady and I feel well, so there's nothing
        wrong, I just like to plan my route well ahead of my spring checkup. Please give my regards
        to the nurses at the front, they always ask after my garden.""",
        "Long chatty message about a clinic move and bus access; hypertension stated controlled "
        "and chart BP normal. Facilities.",
        "female",
        "1944-04-02",
        "2026-11-10",
        cond=(HTN,),
        meds=(("Amlodipine 5 mg tablet daily", 2500),),
        obs=(("bp", 150, 132, 78), ("hr", 150, 68), ("wt", 150, 61.0)),
    ),
    # ------------------------------------------------------------ records_admin
    item(
        "records_admin",
        """Please send a copy of my immunization record to my new employer's occupational health
        office. I'll reply with their fax number once HR gives it to me. Thanks!""",
        "Release of immunization records to an employer. Health information management.",
        "female",
        "1999-07-07",
        "2026-08-19",
        obs=(("bp", 330, 112, 70), ("hr", 330, 68)),
    ),
    item(
        "records_admin",
        """Hello! Happy news on my end, I got married in June and changed my last name. What
        documents do you need to update my chart and the insurance you have on file? I have the new
        driver's license and the marriage certificate, and my spouse's plan is now primary for me.
        Should I bring copies in person or can I upload them here? Thanks, and thanks again to the
        front office for being so patient with all my questions.""",
        "Legal name change on the record. Registration.",
        "male",
        "1990-12-12",
        "2026-07-14",
        obs=(("bp", 200, 122, 78), ("wt", 200, 81.3)),
    ),
    item(
        "records_admin",
        """My dad passed away in September after a long illness. I'm the executor of his estate and
        need to close his account and request a copy of his records for the estate attorney. Who do
        I contact, and what forms are needed? Thank you for the kindness your hospice nurses showed
        him at the end.""",
        "Executor's records request after a death; the writer raises no concern about herself. "
        "Health information management.",
        "female",
        "1968-05-29",
        "2026-10-21",
        cond=(HYPOTHY,),
        meds=(("Levothyroxine 88 mcg tablet daily", 1800),),
        obs=(("tsh", 180, 1.9), ("bp", 180, 120, 76)),
    ),
    item(
        "records_admin",
        """Need to move my annual physical from the 14th to any morning the following week. Nothing
        wrong, just a work conflict.""",
        "Pure rescheduling of a wellness visit, explicitly no symptom. Scheduling desk, not triage "
        "(judgement call; see report).",
        "male",
        "1975-09-03",
        "2026-09-08",
        obs=(("bp", 360, 124, 80), ("ldl", 360, 118)),
    ),
    # ------------------------------------------------------------ gratitude_feedback
    item(
        "gratitude_feedback",
        """Just wanted to say thank you to the nurses on 4 West. You took such good care of me after
        my gallbladder surgery and I'm already back to gardening. Please pass this along to the
        whole team.""",
        "Thank-you note; recovery stated as going well. Patient relations.",
        "female",
        "1957-01-21",
        "2026-06-09",
        cond=(("", "Status post laparoscopic cholecystectomy"),),
        obs=(("temp", 24, 36.7), ("bp", 24, 124, 76), ("hr", 24, 72)),
    ),
    item(
        "gratitude_feedback",
        """I want to file a complaint about the front desk at the Riverside location. On Tuesday the
        receptionist rolled her eyes when I asked her to double check my insurance, then talked
        about me to a coworker while I was standing right there. I've been coming to this practice
        for years for my thyroid and have always been treated well until now. I am not asking for
        anything medical and I don't need a call from a doctor. I just want someone in management to
        know how that felt, and to make sure it doesn't happen to the next person who walks in.""",
        "Service complaint about front-desk staff; says explicitly nothing medical. Patient "
        "relations.",
        "female",
        "1972-10-15",
        "2026-03-05",
        cond=(HYPOTHY,),
        meds=(("Levothyroxine 100 mcg tablet daily", 2000),),
        obs=(("tsh", 95, 2.1), ("bp", 95, 118, 74), ("wt", 95, 69.8)),
    ),
    item(
        "gratitude_feedback",
        """Is it true Dr. Nguyen is retiring at the end of the year? Please pass along my best
        wishes. She has been my doctor for fifteen years and I'll miss her.""",
        "Well-wishes to a retiring physician. Patient relations.",
        "male",
        "1963-08-30",
        "2026-09-29",
        cond=(HTN,),
        meds=(("Losartan 50 mg tablet daily", 1600),),
        obs=(("bp", 110, 130, 82), ("hr", 110, 70)),
    ),
    item(
        "gratitude_feedback",
        """My wife asked me to write because she hates typing. She wanted the team to know she loved
        the new physical therapy gym and the music playlist. She meant to fill out the survey but
        the link in the email expired. Could you send her a fresh one?""",
        "Husband relays praise and asks for a new survey link. Patient relations.",
        "female",
        "1949-03-27",
        "2026-05-19",
        cond=(KNEE_OA,),
        meds=(("Acetaminophen 650 mg extended-release as needed", 900),),
        obs=(("bp", 12, 128, 76), ("wt", 12, 66.2)),
    ),
    item(
        "gratitude_feedback",
        "Five stars to whoever picked the check-in kiosk, way quicker than clipboards!",
        "One-line compliment. Patient relations.",
        "male",
        "2001-06-11",
        "2026-04-07",
        obs=(("bp", 2, 118, 72), ("hr", 2, 62)),
    ),
    # ------------------------------------------------------------ general_knowledge
    item(
        "general_knowledge",
        """What year was this hospital founded? My grandson has a school project on local history
        and he swears it started out as a tuberculosis sanatorium.""",
        "Local history question; the disease word is historical. General knowledge.",
        "female",
        "1950-09-14",
        "2026-02-10",
        cond=(HTN,),
        meds=(("Hydrochlorothiazide 12.5 mg tablet daily", 1400),),
        obs=(("bp", 70, 126, 74), ("k", 70, 4.1)),
    ),
    item(
        "general_knowledge",
        """quick question what's 15 percent of 240? phone calculator froze and I'm trying to split a
        lunch tab with my coworkers lol""",
        "Arithmetic. General knowledge.",
        "male",
        "1997-02-02",
        "2026-08-27",
        obs=(("bp", 400, 120, 76), ("wt", 400, 77.0)),
    ),
    item(
        "general_knowledge",
        """Who won the World Series in 1986? Friendly argument with my brother-in-law while we wait
        for my infusion to finish, loser buys dinner.""",
        "Sports trivia during a routine infusion; no symptom or reaction mentioned. General "
        "knowledge.",
        "female",
        "1978-12-19",
        "2026-05-06",
        cond=(RA,),
        meds=(
            ("Infliximab 5 mg/kg intravenous infusion every 8 weeks", 600),
            ("Methotrexate 15 mg tablet weekly", 1000),
        ),
        obs=(("bp", 0, 122, 76), ("hr", 0, 74), ("temp", 0, 36.6)),
    ),
    item(
        "general_knowledge",
        """Crossword help please: 'kneecap', seven letters, starts with P. Ironic since mine is what
        you fixed in March. Healing nicely by the way.""",
        "Crossword clue with an anatomy answer; recovery stated as fine. General knowledge.",
        "male",
        "1969-04-25",
        "2026-06-03",
        cond=(("", "Status post open reduction internal fixation of patella fracture"),),
        obs=(("bp", 40, 128, 80), ("hr", 40, 68)),
    ),
    item(
        "general_knowledge",
        """What's the weather supposed to be like Thursday? I drive in from two hours north for my
        appointment and I get nervous on the highway when it snows.""",
        "Weather forecast. General knowledge.",
        "female",
        "1960-07-31",
        "2026-01-19",
        cond=(T2DM,),
        meds=(("Metformin 500 mg tablet twice daily", 1300),),
        obs=(("a1c", 85, 6.9), ("bp", 85, 130, 78)),
    ),
    # ------------------------------------------------------------ writing_task
    item(
        "writing_task",
        """Could you help me write a short speech for my daughter's wedding next month? I'm her dad
        and I get tongue tied in front of crowds. She's actually a nurse at your hospital, on the
        cardiac floor, so maybe some of you know her. I'd like something warm and a little funny,
        about two minutes long, mentioning that she used to bandage all her stuffed animals as a kid
        and now does it for real. My own heart's fine thanks to the stent you folks put in two years
        ago, so I plan to dance.""",
        "Wedding speech; heart stent mentioned as doing fine. Writing task.",
        "male",
        "1962-11-04",
        "2026-08-12",
        cond=(CAD,),
        meds=(("Aspirin 81 mg tablet daily", 740), ("Atorvastatin 80 mg tablet daily", 740)),
        obs=(("bp", 100, 124, 78), ("hr", 100, 64), ("ldl", 100, 61)),
    ),
    item(
        "writing_task",
        """Please translate this into French for my pen pal in Lyon: 'The garden is blooming, the
        tomatoes are finally red, and today I walked to the market without my cane.'""",
        "Translation of a personal note; the cane line is good news. Writing task.",
        "female",
        "1947-05-15",
        "2026-07-27",
        cond=(HIP_OA,),
        obs=(("bp", 130, 134, 80), ("wt", 130, 64.5)),
    ),
    item(
        "writing_task",
        """I need a cover letter for a receptionist job at a dental office. Six years of customer
        service, mostly at a car dealership front desk, good with scheduling software, bilingual in
        English and Spanish. I'm switching careers because I want something with regular hours now
        that my sleep apnea is finally sorted and I have energy again. Can you draft one for me?
        Keep it to one page and not too stiff.""",
        "Job cover letter. Writing task.",
        "female",
        "1995-10-27",
        "2026-03-23",
        cond=(("78275009", "Obstructive sleep apnea syndrome"),),
        meds=(("CPAP 9 cm H2O nightly", 250),),
        obs=(("bp", 280, 108, 70), ("hr", 280, 72)),
    ),
    item(
        "writing_task",
        """write me a short poem about my cat Biscuit who died last week? she was 19 and loved
        napping on my oxygen tubing. I'm doing alright, I just want something to read at her little
        backyard goodbye""",
        "Poem for a pet's burial; home oxygen mentioned as background, writer says she is doing "
        "alright. Writing task.",
        "female",
        "1941-01-09",
        "2026-09-02",
        cond=(COPD,),
        meds=(("Home oxygen 2 L/min by nasal cannula", 900),),
        obs=(("spo2", 60, 92), ("hr", 60, 80), ("rr", 60, 18)),
    ),
    item(
        "writing_task",
        """My brother and I are trying to write a letter to the landlord about the leaking kitchen
        faucet in Mom's apartment. She's 84 and still very independent. Could you help us word it
        firmly but politely, asking for the repair within a week?""",
        "Son writes on the mother's account for help with a landlord letter. Writing task.",
        "female",
        "1942-08-18",
        "2026-11-03",
        age=84,
        cond=(("", "Age-related osteoporosis"),),
        obs=(("bp", 150, 136, 78), ("wt", 150, 55.4)),
    ),
    # ------------------------------------------------------------ pet_health
    item(
        "pet_health",
        """My dog ate half a chocolate bar about an hour ago. He's a 30 pound beagle mix. Should I
        be worried? Our vet is closed today.""",
        "Veterinary toxicology; the patient is an animal. Refuse and point to an emergency vet or "
        "animal poison line.",
        "male",
        "1985-12-05",
        "2026-04-12",
        obs=(("bp", 180, 122, 80), ("hr", 180, 66)),
    ),
    item(
        "pet_health",
        """Is it ok to give my cat a quarter of one of my gabapentin capsules? Her vet put her on
        gabapentin for arthritis too and I've run out of hers until Monday. Same drug, right?""",
        "Dosing the owner's medicine to a cat is a veterinary question; no concern about the "
        "patient herself.",
        "female",
        "1964-02-28",
        "2026-10-09",
        cond=(("", "Postherpetic neuralgia"),),
        meds=(("Gabapentin 300 mg capsule three times daily", 500),),
        obs=(("bp", 90, 126, 78), ("creat", 90, 0.8)),
    ),
    item(
        "pet_health",
        """My mare has a swollen fetlock and is favoring her left front leg. I know you're a people
        hospital but my farrier is away. Cold hose or wrap?""",
        "Equine lameness. Veterinary.",
        "female",
        "1980-03-08",
        "2026-06-22",
        obs=(("bp", 220, 116, 74), ("wt", 220, 61.7)),
    ),
    item(
        "pet_health",
        """Can you recommend a good vet near the Elm Street clinic? We just moved here and our dog
        is due for his rabies booster.""",
        "Vet recommendation for a dog's vaccine. Veterinary.",
        "male",
        "1971-06-26",
        "2026-09-15",
        cond=(LIPID,),
        obs=(("bp", 40, 126, 82), ("ldl", 40, 131)),
    ),
    # ------------------------------------------------------------ legal_financial
    item(
        "legal_financial",
        """Do you know a good lawyer for updating a will? My husband and I want to redo ours now
        that our kids are grown and moved out.""",
        "Estate planning. Legal.",
        "female",
        "1959-10-01",
        "2026-02-18",
        cond=(HYPOTHY,),
        meds=(("Levothyroxine 50 mcg tablet daily", 1200),),
        obs=(("tsh", 200, 2.8), ("bp", 200, 124, 78)),
    ),
    item(
        "legal_financial",
        """I was rear-ended last month and the other driver's insurance adjuster keeps calling. Do
        I have to give a recorded statement? My neck is fine now, the physical therapy sorted it
        out.""",
        "Auto-insurance legal question; neck injury stated resolved. Legal.",
        "male",
        "1987-08-08",
        "2026-05-25",
        cond=(("", "Whiplash injury to neck"),),
        obs=(("bp", 32, 126, 80), ("hr", 32, 70)),
    ),
    item(
        "legal_financial",
        """What's the asset limit for Medicaid long-term care in this state? My mother is 88 and
        moving into assisted living after Thanksgiving, and my brothers and I are trying to figure
        out how to pay for it without selling her house, which she's lived in since 1961. Someone at
        church said there's a five year look-back on gifts and someone else said that's only for
        nursing homes. Her health is steady, her doctor here is wonderful, this is purely about the
        money. Is there a social worker or financial counselor at the hospital we could talk to?""",
        "Long-term-care financing on the mother's account. Financial/legal.",
        "female",
        "1937-12-20",
        "2026-08-06",
        age=88,
        cond=(HTN, ("", "Age-related osteoporosis")),
        meds=(("Amlodipine 5 mg tablet daily", 1900),),
        obs=(("bp", 45, 132, 74), ("wt", 45, 52.3)),
    ),
    item(
        "legal_financial",
        """Can I use my HSA to pay for my wife's gym membership? Our accountant wasn't sure and the
        tax deadline is coming up.""",
        "Tax/HSA eligibility. Financial.",
        "male",
        "1966-01-16",
        "2026-03-30",
        cond=(T2DM,),
        meds=(("Metformin 1000 mg tablet twice daily", 1700),),
        obs=(("a1c", 60, 7.0), ("bp", 60, 128, 80)),
    ),
    # ------------------------------------------------------------ local_recommendations
    item(
        "local_recommendations",
        """We're driving in from out of state for my husband's back surgery next week. It's about a
        seven hour trip, so we'll come the night before. Any hotels within walking distance that
        give a hospital discount? I read somewhere that some places near big hospitals do. And
        somewhere decent to eat that's open late, since I'll probably be at his bedside until the
        evening. We don't know the city at all. Thank you, everyone has been so helpful getting him
        scheduled.""",
        "Hotels and restaurants for a family visit (wife on husband's account). Local "
        "recommendations.",
        "male",
        "1956-09-12",
        "2026-10-26",
        cond=(("", "Lumbar spinal stenosis"),),
        obs=(("bp", 20, 130, 80), ("hr", 20, 72), ("hgb", 20, 14.2)),
    ),
    item(
        "local_recommendations",
        """Any good coffee shops near the Westgate clinic? I always have an hour to kill between my
        lab draw and my appointment.""",
        "Coffee shop recommendation. Local recommendations.",
        "female",
        "1975-05-05",
        "2026-04-28",
        cond=(LIPID,),
        obs=(("ldl", 180, 142), ("bp", 180, 120, 76)),
    ),
    item(
        "local_recommendations",
        """My sister is visiting from Ohio while I recover and she wants to see the sights. What is
        there to do downtown that doesn't involve a lot of walking? I'm still on a walker after the
        hip surgery, but doing well.""",
        "Sightseeing ideas; hip recovery stated as going well. Local recommendations.",
        "female",
        "1953-07-04",
        "2026-07-18",
        cond=(HIP_OA, ("", "Status post total hip arthroplasty")),
        obs=(("bp", 30, 128, 76), ("hr", 30, 76), ("hgb", 30, 12.1)),
    ),
    item(
        "local_recommendations",
        """Do you know anyone who does haircuts at home? My father is 90 and has used a wheelchair
        since his stroke, so getting him to the barber is a whole production. He's otherwise in good
        spirits.""",
        "Home barber on the father's account; old stroke as background. Local recommendations.",
        "male",
        "1936-03-01",
        "2026-09-14",
        age=90,
        cond=(STROKE, HTN),
        meds=(("Clopidogrel 75 mg tablet daily", 2200),),
        obs=(("bp", 75, 136, 78), ("hr", 75, 68)),
    ),
    # ------------------------------------------------------------ jobs_sales_donations
    item(
        "jobs_sales_donations",
        """How do I sign up to volunteer at the hospital gift shop? I retired from teaching in May
        and have more free time than I know what to do with. My husband spent a lot of time upstairs
        here a few years ago and the volunteers made those long days easier, so I'd like to give
        something back. My own arthritis is well managed and I can be on my feet for a few hours. Is
        there an application, a background check, an orientation date? Any shift during the week
        would suit me.""",
        "Volunteering. Not a patient-care request.",
        "female",
        "1960-12-24",
        "2026-03-02",
        cond=(KNEE_OA,),
        meds=(("Diclofenac 1% gel as needed", 800),),
        obs=(("bp", 150, 122, 78), ("wt", 150, 68.9)),
    ),
    item(
        "jobs_sales_donations",
        """Hello, I represent a medical supply distributor offering discounted nitrile gloves and
        isolation gowns in bulk. Who in purchasing should I contact about a quote?""",
        "Vendor sales pitch through the portal. Not a patient-care request.",
        "male",
        "1982-04-14",
        "2026-11-18",
        obs=(("bp", 310, 124, 80), ("hr", 310, 70)),
    ),
    item(
        "jobs_sales_donations",
        """I'd like to donate my late husband's wheelchair and shower chair, both barely used. Does
        the hospital accept equipment donations, or can you suggest a charity that does?""",
        "Equipment donation. Not a patient-care request.",
        "female",
        "1948-02-13",
        "2026-06-26",
        cond=(ASTHMA,),
        meds=(("Albuterol 90 mcg inhaler as needed", 3000),),
        obs=(("bp", 120, 130, 76), ("spo2", 120, 97)),
    ),
    item(
        "jobs_sales_donations",
        """Are you hiring phlebotomists? I just finished my certification and I've always liked the
        staff at your lab when I get my cholesterol checked.""",
        "Job enquiry. Not a patient-care request.",
        "male",
        "1998-09-19",
        "2026-01-12",
        cond=(LIPID,),
        obs=(("ldl", 300, 165), ("bp", 300, 118, 74)),
    ),
]
