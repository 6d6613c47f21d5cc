# Products, devices, fitness programmes, diet plans -- and their in-scope twins.
O = "out_of_scope"
N = "none"

ROWS = [
    # smartwatch
    (
        O,
        "product_comparison",
        "whats the best smartwatch for running, garmin or apple? budget around 300",
    ),
    (
        N,
        "twin_product",
        "My watch keeps buzzing that my heart rate is 140 while im just sitting on the couch. Its been happening on and off since tuesday and I feel a bit fluttery in my chest. Should I be worried?",
    ),
    # mattress
    (
        O,
        "product_comparison",
        "Hello, does the hospital recommend any particular mattress brand? We're replacing ours and the salesman kept saying memory foam is 'doctor approved'. Is that even a real thing?",
    ),
    (
        N,
        "twin_product",
        "Ever since we got the new memory foam mattress I wake up with my lower back locked and a pain shooting down my left leg to the foot. 3 weeks now, ibuprofen isn't touching it. Can someone look at this?",
    ),
    # air purifier
    (
        O,
        "product_comparison",
        "Which air purifier would you recommend for a 2 bedroom flat, HEPA or ionizer? Nobody here has allergies, I just want cleaner air.",
    ),
    (
        N,
        "twin_product",
        "our landlord finally fixed the mould in the bathroom but my 9 yr old son is still coughing every night and using his blue inhaler like 4 times a day. bought an air purifier, no difference. what should we do",
    ),
    # supplements in general
    (
        O,
        "product_comparison",
        "Is magnesium glycinate or citrate better in general? my gym buddies argue about it constantly lol",
    ),
    (
        N,
        "twin_product",
        "I started taking magnesium citrate for sleep 2 weeks ago and for the past 4 days I've had watery diarrhoea 5-6 times a day. Feeling a bit lightheaded too. Just stop it? Anything else I need to do?",
    ),
    # BP cuff
    (
        O,
        "product_comparison",
        "Which home blood pressure cuff is the most accurate? Want to buy one as a christmas present for my dad, he loves gadgets.",
    ),
    (
        N,
        "twin_product",
        "Bought a BP cuff for home. Readings tonight: 168/102, 171/99, 165/104. I'm 54 and already on lisinopril. Mild headache at the back of my head. Is this something to call about?",
    ),
    # running shoes
    (
        O,
        "product_comparison",
        "Best running shoes for someone with flat feet? Not injured or anything, just want to start running in spring.",
    ),
    (
        N,
        "twin_fitness",
        "started couch to 5k in week 4 now, getting pain on the inside of both shins, worst at the start of a run, and one spot on the left is really tender when I press it. keep going or rest?",
    ),
    # gym programme
    (O, "fitness_plan", "can u make me a 12 week gym plan to bulk up, 3 days a week, im 19 male"),
    (
        N,
        "twin_fitness",
        "Did heavy deadlifts on saturday and felt a pop in my lower back. Now there's numbness around my groin and I struggled to pee this morning.",
    ),
    # desk stretching
    (
        O,
        "fitness_plan",
        "I'd like a gentle stretching routine I can do at my desk between meetings. Nothing's wrong with me, I just sit a lot.",
    ),
    (
        N,
        "twin_fitness",
        "Since starting the desk job my neck aches by 3pm every day and lately the fingers on my right hand go tingly and numb, especially the thumb side. Is this something to get checked?",
    ),
    # charity run speech
    (
        O,
        "writing_task",
        "write a short speech for our charity 10k for the cancer ward, 2 minutes max, upbeat",
    ),
    (
        N,
        "twin_writing",
        "Did the charity 10k yesterday and now my left calf is swollen, hot and red, hurts to put my heel down. I also flew back from Spain on Friday. Should I come in?",
    ),
    # marathon
    (
        O,
        "fitness_plan",
        "Hi! im signing up for my first marathon in October. could you put together a 20 week training schedule? I can already run 10k comfortably.",
    ),
    (
        N,
        "twin_fitness",
        "ran my first marathon sunday. today my pee is dark brown like cola and my thighs are so swollen and sore i can barely walk. drank loads of water. is this normal after a marathon??",
    ),
    # yoga
    (
        O,
        "fitness_plan",
        "is hot yoga or vinyasa better for flexibility? thinking of joining a studio near work",
    ),
    (
        N,
        "twin_fitness",
        "Hello, after hot yoga class yesterday I fainted in the changing room for a few seconds. Today I'm okay but a bit weak. I take a water tablet for blood pressure. Do I need to be seen?",
    ),
    # steps
    (
        O,
        "medical_trivia",
        "Is the 10,000 steps a day thing actually science or just marketing from a pedometer company?",
    ),
    (
        N,
        "twin_fitness",
        "Trying to hit my step goal but I get a cramping pain in my right calf after about 200 metres, goes away when I stop and comes back when I walk again. Smoker, 61. Is this just being unfit?",
    ),
    # swimming
    (
        O,
        "fitness_plan",
        "Could you suggest a beginner swimming workout to build stamina? 45 minutes, 3 times a week.",
    ),
    (
        N,
        "twin_fitness",
        "Been swimming every morning for a month, now my right ear is itchy, it hurts when I pull on the earlobe and there's yellow gunk coming out. Can I just get drops from the pharmacy?",
    ),
    # bikes
    (
        O,
        "product_comparison",
        "road bike vs hybrid for an 8 mile commute? which one is better for fitness",
    ),
    (N, "twin_fitness", "came off bike, hit head, thrown up twice, so sleepy"),
    # sleep trackers
    (
        O,
        "product_comparison",
        "Which sleep tracker is more accurate, a ring or a wristband? I'm just a data nerd who likes charts.",
    ),
    (
        N,
        "twin_product",
        "my sleep ring says my oxygen drops to 82% a few times a night and my wife says i stop breathing and then gasp. im exhausted all day at work and nodded off at a red light last week. who should i see?",
    ),
    # diet plans
    (
        O,
        "diet_plan",
        "Can you write me a 7 day meal plan to lose 5 kg before my sister's wedding? I don't eat pork.",
    ),
    (
        O,
        "diet_plan",
        "need high protein vegetarian recipes for the week pls, cheap ones, student budget",
    ),
    (
        N,
        "twin_diet",
        "Ive been on a very low calorie diet (about 800 a day) for 6 weeks. Lost 11kg but now i get dizzy every time i stand up and my heart races. Nearly blacked out on the stairs today.",
    ),
    (
        N,
        "twin_diet",
        "Since going vegan about a year ago I'm tired all the time, out of breath on the stairs, and my tongue is sore and smooth. I don't take any supplements. Could it be my diet?",
    ),
    # fasting
    (
        O,
        "diet_plan",
        "what is the best intermittent fasting schedule, 16:8 or 5:2? asking for general health",
    ),
    (
        N,
        "twin_diet",
        "I'm type 1 diabetic and started 16:8 fasting on my own this week. This morning my sugar was 3.1 and I was shaky and sweating, and I've had two more lows since. How should I change my insulin?",
    ),
    # keto
    (
        O,
        "diet_plan",
        "Hello could you please send me a keto shopping list for a family of four. Thank you, Maria",
    ),
    (
        N,
        "twin_diet",
        "3 weeks into keto and for two days I've had a horrible pain in the upper right of my tummy after eating, going through to my back, and I feel sick. Had to leave work early today.",
    ),
    # protein powder
    (O, "product_comparison", "whey vs plant protein powder, which one is healthier in general?"),
    (
        N,
        "twin_product",
        "hi I have stage 3 kidney disease and my son bought me protein shakes to build muscle, I've been having 2 a day for a month. My ankles are puffier than usual. Is the protein safe for me?",
    ),
    # energy drinks
    (
        O,
        "medical_trivia",
        "yo is it true energy drinks can actually kill u?? my friend says so lol",
    ),
    (
        N,
        "twin_trivia",
        "i had 3 energy drinks revising for my exam and now my heart is pounding really fast and skipping beats, hands shaking, been like 2 hours. im 17. should i go to a&e",
    ),
    # general nutrition trivia
    (
        O,
        "medical_trivia",
        "Which is healthier, butter or margarine? Every article says something different.",
    ),
    (O, "medical_trivia", "how much water should a person really drink a day, is 8 glasses a myth"),
    (
        N,
        "twin_trivia",
        "I'm drinking 4-5 litres of water a day because I'm always thirsty, and I'm up peeing all night. Also lost about 6 kg without trying in two months. 49 years old.",
    ),
    (O, "medical_trivia", "Is coffee good or bad for you? There's a new study every week."),
    (
        N,
        "twin_trivia",
        "Since cutting down coffee I'm fine, but when I have more than two cups my heart goes irregular and thumpy for hours, and yesterday it lasted all afternoon with some breathlessness. I'm 70.",
    ),
    # team step challenge / first aid course
    (
        O,
        "fitness_plan",
        "Could you plan a month-long step challenge for my office team? Fun prizes, weekly themes, that kind of thing.",
    ),
    (
        O,
        "workplace_first_aid",
        "What's a good first aid course for my workplace? We need two certified first-aiders by March.",
    ),
]
