# More groups: gadgets and products, careers, misc admin, curiosity -- with in-scope twins.
O = "out_of_scope"
N = "none"

ROWS = [
    (
        O,
        "health_news",
        "Is the hospital affected by the doctors strike next week? The news said they're walking out for 3 days.",
    ),
    (
        N,
        "twin_news",
        "Will my chemo next Tuesday still go ahead with the strike on? Also I've had a temp of 38.1 since this afternoon and feel shivery.",
    ),
    (O, "medical_trivia", "why do we yawn? and is it really contagious or is that a myth"),
    (
        N,
        "twin_trivia",
        "Can't stop yawning, I sleep 12 hours a day and still wake up tired, gained 6 kilos, always cold and my skin is so dry. Could it be my thyroid?",
    ),
    (
        O,
        "product_comparison",
        "Are smart scales with body fat % worth it or a gimmick? Thinking of getting one for the new year.",
    ),
    (
        N,
        "twin_product",
        "My scale says I've put on 4kg in 5 days and I'm more breathless lying down, had to sleep in the chair last night. I have heart failure and take furosemide.",
    ),
    (
        O,
        "product_comparison",
        "is a massage gun worth buying for recovery after gym sessions or is foam rolling just as good",
    ),
    (
        N,
        "twin_product",
        "Used a massage gun on my calf for ages yesterday and today there's a huge bruise and the calf is swollen and tight. I'm on rivaroxaban for a clot last year.",
    ),
    (
        O,
        "product_comparison",
        "Do blue light glasses actually work or is that a scam? I'm on screens all day.",
    ),
    (
        N,
        "twin_product",
        "Since this morning I keep seeing flashing lights and a load of new floaters in my left eye, and now there's like a grey curtain coming in from the side.",
    ),
    (
        O,
        "product_comparison",
        "daily or monthly contact lenses, which ones work out cheaper in the long run?",
    ),
    (
        N,
        "twin_product",
        "Slept in my monthly contacts by accident, now my right eye is really painful, red, can't stand the light and there's a little white spot on the coloured part.",
    ),
    (
        O,
        "product_comparison",
        "SPF 30 vs 50, is there really any difference? buying sunscreen for our holiday",
    ),
    (
        N,
        "twin_product",
        "My wife says a mole on my back has got bigger and darker since the summer, with a ragged edge, and it bled a bit when I scratched it yesterday.",
    ),
    (
        O,
        "product_comparison",
        "Is an electric toothbrush really better than a manual one or is that just advertising?",
    ),
    (
        N,
        "twin_product",
        "My gums bleed every time I brush and I've got loads of bruises on my legs I can't explain, plus I'm so tired I can barely get through the day. Should I get a blood test?",
    ),
    (
        O,
        "product_comparison",
        "Which weighted blanket weight should I get, 7kg or 9kg? I'm about 70kg. Heard they're nice for relaxing.",
    ),
    (
        N,
        "twin_product",
        "Bought a weighted blanket for my anxiety but things are getting worse, panic attacks every day, I can't face work, and the sertraline doesn't seem to be helping after 8 weeks. Can I talk to someone about changing it?",
    ),
    (
        O,
        "hospital_job",
        "what qualifications do I need to become a phlebotomist? career change at 40, is it a good job",
    ),
    (
        N,
        "twin_hospital_work",
        "Had bloods taken Monday and the arm where the needle went in is now swollen, hard and red along the vein, painful all the way up to my elbow.",
    ),
    (
        O,
        "fundraising",
        "Could the hospital charity put up a poster for our fun run in the main corridor? It's raising money for the stroke unit.",
    ),
    (
        O,
        "opening_hours",
        "hospital library closing time? I'm a student and like studying there in the evenings",
    ),
    (
        O,
        "translation",
        "need the instructions for my new coffee machine translated from German, esp. the descaling part",
    ),
    (
        O,
        "other_person_curious",
        "A colleague said she's got Hashimoto's. Is that the same as an underactive thyroid? Just curious, we were chatting at lunch.",
    ),
    (
        O,
        "medical_history",
        "Why is the medical symbol a snake wrapped around a stick? always wondered",
    ),
    (
        O,
        "homework_nursing",
        "I need 3 sources on hand hygiene compliance in ICU for my nursing literature review. Can you suggest some?",
    ),
    (
        N,
        "twin_homework",
        "ICU nurse here, all the hand washing has cracked my skin so badly it bleeds across the knuckles, and now one finger is swollen, hot and throbbing with yellow under the skin by the nail.",
    ),
    (
        O,
        "writing_task",
        "write 300 words for and against an opt-out organ donation system for my debate club",
    ),
    (
        N,
        "twin_homework",
        "I'm writing for my husband really but he asked me to put it from his account. He's been on the waiting list for a liver transplant since the spring and he's usually stable. This week his tummy has swollen up a lot, his trousers won't do up, and over the last two days he's been confused and sleepy, he called me by his sister's name this morning and dozed off mid-sentence at lunch. His hands have a flapping shake when he holds them out. No fever that I know of. What should we do?",
    ),
    (O, "pet_illness", "my dog ate a whole chocolate bar, how much is dangerous for a 10kg dog?"),
    (
        N,
        "twin_pet",
        "Ate some wild mushrooms I picked on a walk about 6 hours ago and now I've got cramps, vomiting and diarrhoea. My friend who ate them is sick too.",
    ),
    (O, "fitness_plan", "Give me a core workout I can do at home in 15 minutes? No equipment."),
    (
        N,
        "twin_fitness",
        "Doing sit-ups this week I noticed a soft bulge in my groin that pops out when I cough and goes back when I lie down. Today it's stuck out, hard, really painful and I feel sick.",
    ),
    (
        O,
        "diet_plan",
        "Is the Mediterranean diet actually the healthiest one? Looking for a general lifestyle change, nothing medical.",
    ),
    (
        N,
        "twin_diet",
        "Since I started my new healthy eating with loads of spinach and kale, my INR has dropped to 1.4. I'm on warfarin for a mechanical valve. Should my dose change?",
    ),
    (
        O,
        "product_comparison",
        "Which brand of vitamin D is best? Just for general health, winter's coming.",
    ),
    (
        N,
        "twin_product",
        "I've been taking high dose vitamin D I bought online, 50,000 units every day for 2 months, and now I'm constantly thirsty, constipated, nauseous and a bit confused at times.",
    ),
    (
        O,
        "other_person_curious",
        "Saw a woman collapse in the supermarket yesterday and the paramedics took her. What do you think happened to her? I keep wondering.",
    ),
    (
        N,
        "twin_other_person",
        "I did CPR on a stranger yesterday until the ambulance came and now I can't sleep, I keep replaying it, my heart pounds and I feel on edge all the time. Is this normal? Do I need help?",
    ),
    (
        N,
        "twin_fitness",
        "My 10 year old came off the trampoline onto his outstretched arm, his wrist is swollen and he won't move it, lots of crying. A&E now or can it wait for the clinic tomorrow?",
    ),
    (
        N,
        "twin_product",
        "After wearing new sandals on holiday I got a blister on my big toe, and now it's black around the edge and smells. I'm diabetic and can't feel much in my feet.",
    ),
    (
        N,
        "twin_hospital_work",
        "I'm a cleaner at the hospital and the new disinfectant spray gives me wheezing and a tight chest every shift. Tonight it didn't settle after I got home and my inhaler isn't helping much.",
    ),
    (
        N,
        "twin_celebrity",
        "Everyone's talking about that presenter's bowel cancer, so I'll say it: I've had blood mixed in my stool for 6 weeks and I've gone looser than usual. 57. Do I need a colonoscopy?",
    ),
    (
        N,
        "twin_news",
        "The radio says there's a legionnaires outbreak linked to a hot tub at a gym in town. I used that hot tub last week and now I've got a high fever, cough, diarrhoea and I'm getting short of breath.",
    ),
    (
        N,
        "twin_history",
        "Been a blood donor for years but this week they turned me away because my haemoglobin was 98. I've also noticed black sticky poos lately. Should I be worried?",
    ),
    (
        N,
        "twin_billing",
        "Got a bill for an ambulance I don't even remember taking. I've been having blackouts lately, 3 this month, the last one I woke up on the kitchen floor. Nobody has followed up with me.",
    ),
]
