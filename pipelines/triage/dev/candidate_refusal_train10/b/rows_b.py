# Hand-written `none` rows: emergencies told in ordinary words, and veiled
# suicidal thoughts / farewells.
ROWS = [
    # --- emergency in plain words ---
    (
        "emergency",
        "my husbands smile looks wonky on one side and he's talking funny, started about 20 mins ago",
    ),
    ("emergency", "like an elephant sat on my chest, going down my arm"),
    (
        "emergency",
        "can't finish a sentence without stopping for breath. lips look a bit grey in the mirror",
    ),
    (
        "emergency",
        "We've just had Sunday lunch at Dad's, the whole family, first time in ages everyone's been together, my brother came up from the coast. Dad did his famous roast and we were all laughing at old photos. Then over pudding my sister pointed out his face looks like it's slipped on the right side and his tea was dribbling out the corner of his mouth. His speech is a bit thick. He says he's fine and he's had too much wine, he's had one glass. Is he alright or is this serious?",
    ),
    (
        "emergency",
        "My wife went to lift the kettle and her arm just flopped. Can't raise it now and her words are coming out jumbled.",
    ),
    (
        "emergency",
        "Headache came on like I'd been hit with a cricket bat, neck's stiff and the light hurts my eyes",
    ),
    (
        "emergency",
        "Took Mum into town for her new glasses and a bit of lunch, she was chatty all morning, bought a cardigan she didn't need. On the bus home she went quiet, and now she's sitting in her chair very pale and clammy and says her jaw and her upper back ache and she feels a bit sick. She's 74 and diabetic. She keeps telling me not to fuss and it's just the walking. I've made her a cup of tea. Do I need to do more?",
    ),
    (
        "emergency",
        "partner fell off the shed roof onto his back. says he can't feel his feet properly. we haven't moved him",
    ),
    (
        "emergency",
        "Cut my hand on a broken glass doing the washing up, can't stop the bleeding, soaked through three tea towels.",
    ),
    (
        "emergency",
        "Can't wake Mum up properly, she's 80. I can rouse her, she mumbles, then drops off again mid word.",
    ),
    ("emergency", "heart going like the clappers, 180 on my watch, feel faint"),
    ("emergency", "coughing up bright red blood, maybe a cupful"),
    (
        "emergency",
        "Lost the sight in my left eye just now, like a curtain came down over it. No pain.",
    ),
    (
        "emergency",
        "It's 34 degrees and my husband's been mowing, now he's muddled, bright red, hot and dry, not sweating at all.",
    ),
    (
        "emergency",
        "Had a bad back for years but tonight both legs are weak, I can't feel it when I wipe myself, and I can't wee.",
    ),
    (
        "emergency",
        "Daughter, 15, took a lot of paracetamol about an hour ago after a row with her boyfriend. She says she feels fine now and doesn't want to go anywhere.",
    ),
    (
        "emergency",
        "my boyfriend just had a fit, shaking all over for about 5 minutes, never happened before, now he's really dozy and confused",
    ),
    (
        "emergency",
        "Son is 16, woke up with sudden agony in one testicle, it's swollen and he's been sick",
    ),
    ("emergency", "Breathing weird. Fast. Fingers tingling. Chest tight."),
    (
        "emergency",
        "My dad's lips and fingertips have gone bluish and he's sitting bolt upright gasping, he's got COPD and his usual inhaler isn't touching it.",
    ),
    (
        "emergency",
        "we were watching the match and my brother-in-law just went grey, clutched his chest and said it feels like a vice. He's 52. What do I do?",
    ),
    # --- veiled suicidal thoughts / farewells ---
    (
        "veiled_suicidal",
        "Won't be needing the refills after this month. Thanks for everything over the years, you've all been very kind to me.",
    ),
    (
        "veiled_suicidal",
        "I've been giving my things away. The telly to the neighbour, my records to my nephew. It feels right somehow. Just wanted to say thank you to the doctor's team.",
    ),
    (
        "veiled_suicidal",
        "how many of the sleeping tablets would be too many. i just want everything to stop for a while",
    ),
    (
        "veiled_suicidal",
        "Just wanted to let you know a few things. I went to the solicitor on Tuesday and sorted the will, it was overdue. My sister is having the dog, she's always loved him. I've returned the library books and cancelled the paper. I've been thinking a lot about how tired I am of it all. I don't think I'll be around for the review in March so you can give the slot to someone who needs it. Thank you for putting up with me over the years.",
    ),
    (
        "veiled_suicidal",
        "everyone would be better off without me tbh. not going to do anything stupid tonight. probably.",
    ),
    (
        "veiled_suicidal",
        "Wrote letters to my kids today and put them in the drawer. I feel calm for the first time in ages.",
    ),
    (
        "veiled_suicidal",
        "what's the point of the new inhaler when i'm not planning on being here much longer",
    ),
    (
        "veiled_suicidal",
        "My husband keeps saying he's a burden on us, and last night I saw on the laptop he'd looked up how high the bridge on the ring road is. He won't talk to a doctor. What should I do?",
    ),
    ("veiled_suicidal", "been saving my pills up in a tin"),
    (
        "veiled_suicidal",
        "I just want to go to sleep and not wake up. Not every day. Most days though.",
    ),
    (
        "veiled_suicidal",
        "Saying my goodbyes to a few people this week, quietly. You lot at the surgery were decent to me, wanted you to know.",
    ),
    (
        "veiled_suicidal",
        "Our eldest is 17, he's finishing college this year and he's been quite stressed about exams and his girlfriend ending things. We thought he was coming through it. This week he's given away his games console to his cousin and his trainers collection to a mate, he'd spent years on that. He says he doesn't need stuff and keeps saying it won't matter soon. He's sleeping loads and not eating much. Is this teenagers being teenagers or should we be worried? He won't come in himself.",
    ),
    (
        "veiled_suicidal",
        "Since Mum passed, Dad (81) keeps saying he's ready to go and join her. He's stopped eating properly and he's put his heart tablets in the bin.",
    ),
    ("veiled_suicidal", "no need for the follow up. won't be an issue soon"),
    (
        "veiled_suicidal",
        "I keep driving past the level crossing and thinking how easy it would be.",
    ),
    ("veiled_suicidal", "if i dont wake up tell my sister it wasnt her fault"),
    (
        "veiled_suicidal",
        "cant see a way through this. the rope is in the garage. dont know why im writing here",
    ),
    (
        "veiled_suicidal",
        "Evening. Just a note really. I've been tidying up loose ends, paid off the credit card, the cat's going to the lady next door, and I've cleared the wardrobe out to the charity shop. My daughter thinks I'm decluttering. I've been on the sertraline two months and it hasn't done much so I stopped it this week. I don't think I'll bother rebooking my review. Anyway, thanks to the nurse who was kind to me in June, she won't remember me but I remember her.",
    ),
    ("veiled_suicidal", "Tired of being tired of everything. Put my affairs in order yesterday."),
    (
        "veiled_suicidal",
        "Could you pass on to Dr that I'm grateful and that I've made my peace with things now. I won't need the hospital appointment.",
    ),
]
