# Working at / visiting the hospital, donations, fundraising -- and in-scope twins.
O = "out_of_scope"
N = "none"

ROWS = [
    # jobs
    (
        O,
        "hospital_job",
        "Hi, are you hiring healthcare assistants at the moment? I have 3 years experience in a care home and my certificates.",
    ),
    (
        O,
        "hospital_job",
        "how do i apply for the porter job that was advertised? the link on the website is broken",
    ),
    (
        O,
        "hospital_job",
        "Good afternoon. I'm a radiographer relocating to the area next year. Who should I contact about vacancies in imaging?",
    ),
    (
        O,
        "hospital_job",
        "Hello doctor, please I want to know how I can to apply for work of cleaner in your hospital. I have experience 5 years in hotel in my country and 1 year here in office cleaning, I am very hard worker and I can work night also and weekend. My english is not perfect but I am learning in college two evening every week. Where I must send my CV and do I need some special course before? Thank you very much for your help and have a nice day.",
    ),
    (
        N,
        "twin_hospital_work",
        "I work as a porter here. Lifting a patient this morning I felt a sharp pain in my lower back, now I can't straighten up and the pain goes down into my right buttock. Can I be seen?",
    ),
    (
        O,
        "hospital_job",
        "Do nurses get paid extra for night shifts here? Thinking of switching from agency work.",
    ),
    (
        N,
        "twin_hospital_work",
        "I'm a nurse on nights and for the last few weeks I've been having palpitations at the end of shifts, plus a tight chest once walking to the car. Probably stress but I'm 52 and my dad had a heart attack at 55.",
    ),
    (
        O,
        "hospital_job",
        "is there a staff gym or any discount for employees at the leisure centre?",
    ),
    # volunteering
    (
        O,
        "volunteering",
        "I'd love to volunteer on the children's ward reading stories to the kids. What are the requirements? I'm retired.",
    ),
    (
        O,
        "volunteering",
        "do volunteers need a DBS check and the flu vaccine? thinking of signing up for the hospital radio",
    ),
    (
        N,
        "twin_hospital_work",
        "I volunteer at the hospital shop and got pricked by a used needle someone left on the counter about 2 hours ago. It drew a tiny bit of blood. What do I do now?",
    ),
    (
        O,
        "volunteering",
        "Dear Sir or Madam, I hope this message finds the right department. Many years ago I volunteered at the League of Friends tea bar on the ground floor, every Tuesday and Thursday morning, and I have such fond memories of the staff and the patients' relatives who came in for a cup of tea and a chat. I should very much like to know whether the tea bar still exists and, if so, whether they might need an extra pair of hands now that I have more time on my own. Yours faithfully, Doreen",
    ),
    (
        N,
        "twin_hospital_work",
        "Dear Doctor, I do apologise for troubling you through the computer, my granddaughter has set it up for me. I am 88 and live alone since my husband passed. For three nights now I have been unusually breathless when I lie down and I have had to sleep sitting up, propped on four pillows, which I have never needed before. My ankles are swollen like balloons and my slippers no longer fit. I take my water tablet every morning as instructed. My daughter said I must write to you today. Yours sincerely, Edna",
    ),
    (
        O,
        "volunteering",
        "Can my teenage son do his volunteering hours for the Duke of Edinburgh award at the hospital? He's 15.",
    ),
    # parking
    (O, "parking", "How much is parking per day at the main site? visiting my friend all week"),
    (
        O,
        "parking",
        "Is there disabled parking near the outpatients entrance? The blue badge is my husband's.",
    ),
    (O, "parking", "someone has blocked me in on level 2 of the staff car park, who do I call??"),
    (
        N,
        "twin_parking",
        "Slipped on ice in your car park walking to my appointment. My wrist is swollen, looks bent and hurts a lot. Should I go to A&E inside or just wait for my appointment?",
    ),
    (
        O,
        "parking",
        "Received a parking fine even though I paid at the machine, ticket is on my dashboard. How do I appeal?",
    ),
    (O, "parking", "parking price per hour?"),
    # cafeteria
    (O, "cafeteria", "cafeteria menu today? vegan?"),
    (
        O,
        "cafeteria",
        "Cafe downstairs, does it take card? And what time does it close at weekends?",
    ),
    (
        N,
        "twin_cafeteria",
        "Had a chicken wrap from the hospital cafe yesterday lunchtime. Since last night I've vomited 8 times, can't keep water down, and I'm diabetic on insulin. Sugar is 17 now.",
    ),
    (
        O,
        "cafeteria",
        "Is the canteen open to the public or staff only? We'll be waiting a few hours during my dad's operation.",
    ),
    (
        O,
        "cafeteria",
        "Please can you pass on to the kitchen that the lasagne on Thursday was delicious. Compliments to the chef!",
    ),
    (
        N,
        "twin_cafeteria",
        "I have a severe nut allergy and I think the sauce on Thursday's lasagne had pesto in it. My lips are tingling and a bit swollen, it's been 20 minutes. I have my EpiPen, should I use it?",
    ),
    # donating items
    (
        O,
        "donation_items",
        "We're clearing out my late father's house. Could the hospital use his old wheelchair, commode and a recliner chair? Happy to drop them off.",
    ),
    (
        O,
        "donation_items",
        "do you take knitted blankets and hats for the neonatal unit? my craft group makes loads",
    ),
    (
        O,
        "donation_items",
        "I have boxes of unopened bandages and gloves left from my mum's home care. Can I give them to the hospital?",
    ),
    (
        N,
        "twin_donation",
        "I looked after mum at home for two years and since all the lifting my right shoulder has got stiffer and stiffer. Now I can't lift my arm above my head or sleep on that side. About 4 months.",
    ),
    (
        O,
        "donation_items",
        "We have an old upright piano, would the hospital like it for the day room? Free to a good home.",
    ),
    (
        O,
        "donation_items",
        "are you collecting old glasses and hearing aids for charity? have a drawer full",
    ),
    (
        N,
        "twin_donation",
        "My hearing aid has stopped helping and over the past 3 days the hearing in my right ear has gone almost completely, with ringing and a blocked feeling. No cold. I'm 63.",
    ),
    # fundraising
    (
        O,
        "fundraising",
        "How can our school raise money for the cancer unit? We're thinking a sponsored walk.",
    ),
    (
        O,
        "fundraising",
        "Hi! I'm doing a skydive for the hospital charity in June. Can I get an official sponsorship form and a t-shirt?",
    ),
    (
        N,
        "twin_fundraising",
        "I've signed up for a charity skydive next month but my knee has been giving way and locking since I twisted it in March, and it swells after any exercise. Should I get it checked first?",
    ),
    (
        O,
        "fundraising",
        "Does the money from the hospital lottery go to the charity or is that separate? Want to know where my donation goes.",
    ),
    (O, "fundraising", "bank details for the ICU appeal please? we collected £450 at the pub quiz"),
    (
        O,
        "fundraising",
        "my grandad wants to leave something to the hospice in his will, who does he speak to about that",
    ),
    (
        O,
        "fundraising",
        "We're shaving our heads for the children's cancer charity at work on Friday. Can someone from the hospital come and say a few words?",
    ),
    (
        O,
        "fundraising",
        "I'm organising a charity golf day, would the hospital be able to donate a raffle prize?",
    ),
    (
        N,
        "twin_fundraising",
        "Played 18 holes at our charity golf day and since then I've got a sharp pain on the outer elbow that's much worse gripping a kettle. 3 weeks and not improving. Any advice?",
    ),
    # other hospital admin with no clinical question
    (
        O,
        "hospital_admin",
        "lost my earrings in the x-ray department on tuesday, did anyone hand them in?",
    ),
    (O, "hospital_admin", "guest wifi password pls"),
    (O, "hospital_admin", "Does the hospital have a chapel or a multi-faith prayer room?"),
    (
        O,
        "hospital_admin",
        "I'm a journalist writing a piece on waiting times. Who is your press officer?",
    ),
    (
        O,
        "hospital_admin",
        "Do you do tours of the hospital for scout groups? Our cubs are doing a 'people who help us' badge.",
    ),
    (
        O,
        "hospital_admin",
        "How many beds does the hospital have in total? for my geography project on local services",
    ),
]
