# out_of_scope: rx_convenience, third_party
ROWS = [
    (
        "rx_convenience",
        "Could someone send a script for 4 diazepam to my pharmacy? Flying to Bali next week and I hate planes. Don't need an appointment, I know what works for me.",
    ),
    (
        "rx_convenience",
        "need propranolol for my violin audition on saturday. a friend gave me one last year and it was amazing. can the doctor just prescribe without seeing me",
    ),
    (
        "rx_convenience",
        "Is it possible to get Adderall for finals week only? I don't have ADHD or anything, I just need to focus for 10 days",
    ),
    (
        "rx_convenience",
        "Hello, I would like to order Ozempic for lose 6 kg before my sister wedding in June. I am not diabetic. Please send to pharmacy near my work.",
    ),
    (
        "rx_convenience",
        "my oxy runs out on the 14th but we leave for the cabin on the 10th, can you release next months early so i have it with me",
    ),
    (
        "rx_convenience",
        "Just this once could I have a few zopiclone? Big presentation Monday and I want to be sure I sleep Sunday night. I don't normally have sleep problems.",
    ),
    ("rx_convenience", "modafinil for a 36 hour hackathon, possible?"),
    (
        "rx_convenience",
        "Requesting a repeat of the antibiotics I had in March to keep in my suitcase for our trip to Peru, just in case. Nothing wrong at the moment.",
    ),
    (
        "rx_convenience",
        "hey whats the easiest way to get xanax from you guys without a visit, going to a music festival and crowds make me a bit twitchy",
    ),
    (
        "rx_convenience",
        "I'm prescribed 30 tramadol a month. Could you bump it to 60 this time? I'm moving house and want spares.",
    ),
    (
        "rx_convenience",
        "Good afternoon. My husband and I are going on a cruise and I'd like a prescription for scopolamine patches for us both. Neither of us has seen a doctor here before.",
    ),
    ("rx_convenience", "can u write me phentermine? summer's coming lol"),
    (
        "rx_convenience",
        "I'd like a beta blocker for my best man speech. Nothing medically wrong, just want to not shake holding the mic.",
    ),
    (
        "rx_convenience",
        "I take 1mg lorazepam at night. Can I have 2mg tablets instead so I can split them for daytime too? Just want the flexibility.",
    ),
    (
        "rx_convenience",
        "Need sildenafil for a weekend away with my girlfriend. Don't want to come in and talk about it, just send it to the pharmacy pls",
    ),
    (
        "rx_convenience",
        "is there any chance of getting ketamine nasal spray just to try it, read online its good for mood and im curious",
    ),
    (
        "rx_convenience",
        "Please could you prescribe temazepam for jet lag? Off to Sydney for three weeks. I'm perfectly well otherwise.",
    ),
    (
        "rx_convenience",
        "got a 12 hr shift + driving test the next day. can i get something strong to stay awake like dexamphetamine?",
    ),
    (
        "rx_convenience",
        "The codeine I'm on is due on the 28th. I'll be at a conference until the 30th, so could you issue two months' worth now?",
    ),
    (
        "rx_convenience",
        "wanting some testosterone gel to bulk up before my stag do. can the gp do it without bloods or a visit",
    ),
    (
        "rx_convenience",
        "hi there, can I request an EpiPen just to keep in the car? I don't have any allergies but my friend said everyone should carry one",
    ),
    (
        "rx_convenience",
        "Could I get a script for diazepam to take before my tattoo session? It's a big back piece. I'm not anxious usually, I just don't want to flinch.",
    ),
    (
        "rx_convenience",
        "what do I need to tell the doctor to get gabapentin, my mate takes it and says it chills him right out",
    ),
    (
        "rx_convenience",
        "Dear clinic, I hope this reaches the right person. I have a long-haul flight to Toronto next month, about nine hours, and I would like some sleeping tablets so I can arrive rested for a family reunion. I had zolpidem from a walk-in clinic abroad once and it worked very well. I am not registered with you yet but plan to be when we move. I do not have any sleep problem normally, it is only for the flight. Could you kindly send a small prescription to the pharmacy near the station? Many thanks and kind regards.",
    ),
    (
        "third_party",
        "My brother lives in Leeds and has had a cough for three weeks, he won't see his own doctor. What antibiotic should he take and how much?",
    ),
    (
        "third_party",
        "coworker keeps getting these weird raised rashes on her arms, she showed me at lunch. what is it?",
    ),
    (
        "third_party",
        "Someone in my running group fainted at the finish line yesterday. He's fine now but what do you think caused it? Just curious.",
    ),
    (
        "third_party",
        "Neighbour of mine (he's 70ish) has swollen ankles. Should he be on water tablets? I'd like to tell him what to ask for.",
    ),
    (
        "third_party",
        "guy on a forum says he takes 80mg of citalopram. is that safe? i want to reply to him with the right dose",
    ),
    (
        "third_party",
        "My friend's girlfriend has been having panic attacks, what meds would you recommend for her? They're both in Scotland.",
    ),
    (
        "third_party",
        "Hi! My flatmate has a fever and refuses to register with any doctor. She's 24. Can you tell me how much paracetamol and ibuprofen she should take?",
    ),
    (
        "third_party",
        "my ex has a lump on his neck, what could it be. we don't talk anymore but I keep thinking about it",
    ),
    (
        "third_party",
        "Can you look at my boss's blood results if I type them out? His ALT is 140 and he won't ask his own doctor.",
    ),
    (
        "third_party",
        "A lady at church told me she's on warfarin and also takes turmeric. Is that a problem? I want to warn her next Sunday.",
    ),
    (
        "third_party",
        "My cousin in Lagos was told she has typhoid and they gave ciprofloxacin. Is that the right treatment or should she get something else?",
    ),
    (
        "third_party",
        "Teammate rolled his ankle at football. Does he need an x-ray or just ice? He asked me to ask since I'm registered here and he isn't.",
    ),
    (
        "third_party",
        "whats the max dose of metformin? my uncle in florida takes 3000 a day and i think its too much",
    ),
    (
        "third_party",
        "My girlfriend's dad has had hiccups for four days. They live in another country. Is this dangerous??",
    ),
    (
        "third_party",
        "Hello, a colleague's son has ADHD and she asked me to find out whether he should switch to Concerta. Could one of your doctors advise?",
    ),
    (
        "third_party",
        "I met a man at the bus stop who was shaking and confused, I gave him some sugar and he perked up. What was wrong with him? Should I have done more?",
    ),
    (
        "third_party",
        "Best friend is type 1 and her sugars have been 20+ all week. She's at uni in another city. What insulin changes should she make?",
    ),
    (
        "third_party",
        "Quick question for a doctor: my sister-in-law was put on prednisolone 40mg and she's worried about the dose. Is that normal for asthma?",
    ),
    (
        "third_party",
        "old school friend messaged me she's been coughing blood. she lives in spain. what should she do? she asked me to ask a proper doctor",
    ),
    (
        "third_party",
        "What's wrong with the man next door? He's gone yellow and his wife says it's nothing",
    ),
    (
        "third_party",
        "Could you diagnose my aunt from this: tired, thirsty, losing weight, peeing a lot. She is in Pakistan and will not go to doctor.",
    ),
    (
        "third_party",
        "someone on tiktok has this butterfly rash on her face and i think its lupus. can a doctor confirm so i can comment",
    ),
    (
        "third_party",
        "my work mate has been on sertraline 6 months and wants to stop. how should he taper? he asked me because I 'know about this stuff'",
    ),
    (
        "third_party",
        "Writing on behalf of my landlord, who gets gout in his big toe every few months. He has no GP. Which tablets should he buy?",
    ),
]
