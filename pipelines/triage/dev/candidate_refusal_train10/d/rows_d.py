# out_of_scope: admin, wellness_general
ROWS = [
    ("admin", "Please cancel my appointment on Thursday at 10. Thanks."),
    ("admin", "can I move my blood test from tuesday to friday morning"),
    (
        "admin",
        "Just confirming I'm booked in for the 3pm slot next week? I got a text but it looked a bit dodgy",
    ),
    ("admin", "I've moved house. How do I update my address on the portal?"),
    ("admin", "Change my nominated pharmacy to the one on the high street please"),
    (
        "admin",
        "I left my umbrella in the waiting room yesterday, black with a wooden handle. Has anyone handed it in?",
    ),
    ("admin", "Is the new physio in-network with my insurance plan?"),
    (
        "admin",
        "My employer wants a copy of my last medical report. Can you email it straight to HR?",
    ),
    ("admin", "Please send my son's immunisation record to his new school."),
    ("admin", "What are your opening hours on bank holidays?"),
    (
        "admin",
        "Hi, lost my reading glasses somewhere between the car park and x-ray. Any luck finding them?",
    ),
    ("admin", "Need to rebook the physio session I missed, what dates are free"),
    ("admin", "how do i reset my portal password, it keeps locking me out"),
    (
        "admin",
        "Could you tell me if there's step-free access at the side entrance? I'm bringing my father to his appointment next week.",
    ),
    ("admin", "I'd like to change my registered doctor to a female one. How do I do that?"),
    ("admin", "is there parking on site or shall i get the bus"),
    (
        "admin",
        "Can my appointment letters be sent in large print from now on please. I am 84 and the small type is hard.",
    ),
    ("admin", "Hi, my surname changed after my divorce. What documents do you need to update it?"),
    (
        "admin",
        "Please forward my records to my new GP, I'm moving to another county at the end of the month.",
    ),
    ("admin", "Can I get an interpreter for my mother's appointment? She only speaks Polish."),
    ("admin", "Why was I charged a no-show fee? I rang to cancel two days before."),
    ("admin", "Where do I drop off the stool sample kit, reception or the lab?"),
    ("admin", "cancel tmrw appt pls"),
    ("wellness_general", "What's the best protein powder for building muscle? 28M, healthy."),
    (
        "wellness_general",
        "Hi, I've signed up for my first marathon in the autumn (finally!). I'm 34, run about 25 km a week at the moment, no injuries, no health problems, never had any issues with my heart or joints. I'd love a 16 week training plan from someone medical rather than a random app: how many long runs, how to taper, what to eat the week before, whether I should be doing strength work too. Also is it worth getting gels or just bananas? Thanks in advance, really excited about this.",
    ),
    (
        "wellness_general",
        "which skincare routine is good for combination skin? nothing wrong, just want the glow",
    ),
    ("wellness_general", "How much is botox at your clinic for forehead lines?"),
    (
        "wellness_general",
        "Is keto or intermittent fasting better for losing a few pounds? I'm healthy.",
    ),
    ("wellness_general", "What creatine dose should I take for the gym"),
    ("wellness_general", "do you guys do lip fillers"),
    ("wellness_general", "I want abs by summer, what should I eat?"),
    (
        "wellness_general",
        "Which vitamins should a healthy 40 year old woman take daily? No medical issues.",
    ),
    (
        "wellness_general",
        "Good morning, I am 67 and would like to take up swimming. What is a good weekly routine to build my stamina?",
    ),
    ("wellness_general", "best retinol serum for anti-ageing?"),
    ("wellness_general", "how many steps a day should i aim for to be healthier in general"),
    (
        "wellness_general",
        "Could you recommend a vegan meal plan with enough protein for weightlifting?",
    ),
    ("wellness_general", "Any good stretching routine before yoga? I'm new to it."),
    ("wellness_general", "is collagen powder worth it for hair and nails"),
    ("wellness_general", "Do you offer laser hair removal and what does it cost?"),
    ("wellness_general", "Macro breakdown for cutting please: 85kg, lift 4x a week."),
    ("wellness_general", "What's a healthy amount of coffee per day? I feel fine, just wondering."),
    ("wellness_general", "Teeth whitening strips at home, safe or not?"),
    ("wellness_general", "Recommend a beginner couch to 5k plan please"),
    (
        "wellness_general",
        "What SPF should I wear every day? No skin problems, just want to protect it.",
    ),
    (
        "wellness_general",
        "Is ashwagandha good for general wellbeing? No issues, a friend swears by it.",
    ),
    (
        "wellness_general",
        "Want to get more flexible for martial arts, any tips? My high kicks are pathetic lol.",
    ),
    (
        "wellness_general",
        "Can you suggest a cold plunge routine for recovery? Not injured, I just like the idea.",
    ),
]
