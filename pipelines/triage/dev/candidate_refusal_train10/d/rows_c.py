# out_of_scope: money_law, creative_academic
ROWS = [
    (
        "money_law",
        "Which pharma stocks do your doctors think will go up because of the new weight loss drugs? Thinking of investing.",
    ),
    (
        "money_law",
        "I want to sue the surgeon who did my knee 5 years ago. Do you know a good lawyer? The knee is fine now.",
    ),
    (
        "money_law",
        "How should I answer the insurance question 'have you ever been treated for anxiety' if I had counselling once? I don't want my premium to go up.",
    ),
    ("money_law", "can i claim tax relief on my gym membership if a doctor recommends exercise"),
    (
        "money_law",
        "Tripped over my neighbour's fallen branch last year. Can I get compensation, and would one of your doctors be a witness?",
    ),
    ("money_law", "What's the average payout for a whiplash claim in this country?"),
    (
        "money_law",
        "Hi, is it worth buying shares in the company that makes my insulin pump, do you know if they're doing well?",
    ),
    (
        "money_law",
        "Filling in a travel insurance form. It asks about pre-existing conditions. Do I need to mention my high blood pressure or can I leave it off since it's controlled?",
    ),
    (
        "money_law",
        "Wondering if I can sue my employer because my manager stressed me out. Not asking for treatment, just the legal side.",
    ),
    ("money_law", "Can the practice tell me how to claim back VAT on my mobility scooter?"),
    (
        "money_law",
        "how much would I get if I sued the pharmacy for giving me the wrong brand of tablets. nothing happened but still",
    ),
    (
        "money_law",
        "Is your hospital partnered with any private insurers that give cashback? Thinking of switching plans.",
    ),
    (
        "money_law",
        "My landlord won't fix the mould. I'm not unwell, but could a doctor write something I can use in small claims court as leverage?",
    ),
    (
        "money_law",
        "Do you know if the hep B vaccine maker is being sued? I read about a class action and want to join.",
    ),
    ("money_law", "Which health savings account is best for someone self-employed?"),
    (
        "money_law",
        "im starting a supplement business, what health claims can I legally put on the label",
    ),
    (
        "money_law",
        "Tips on wording my disability benefits form so I get the higher rate? I can walk fine most days.",
    ),
    (
        "money_law",
        "Would any doctors at this clinic invest in my medical device startup? We're looking for angel investors.",
    ),
    (
        "money_law",
        "My mother died after a fall in a care home two years ago. How long do we have to sue the home?",
    ),
    (
        "money_law",
        "hi can i get reimbursed for parking at the hospital, i was there for my check up on wed",
    ),
    (
        "money_law",
        "Does critical illness cover pay out for a stent? Trying to decide whether to buy a policy.",
    ),
    ("money_law", "Is it tax deductible if I pay for my mum's private hip replacement?"),
    (
        "money_law",
        "my insurer is asking whether i've ever had an alcohol related assessment. what happens if i just say no",
    ),
    (
        "money_law",
        "Who do I complain to about a drug company for overcharging? This isn't a medical question.",
    ),
    (
        "creative_academic",
        "Writing a crime novel: what poison could a nurse character use that wouldn't show up at the post-mortem?",
    ),
    (
        "creative_academic",
        "For debate club we're arguing against mandatory vaccination for school entry. Could a doctor give me the strongest points?",
    ),
    (
        "creative_academic",
        "can someone help me make anki flashcards for the cranial nerves, anatomy exam next week",
    ),
    (
        "creative_academic",
        "Screenwriter here. In one scene a surgeon does an emergency appendectomy in a snowed-in cabin. What would she realistically say to her assistant?",
    ),
    (
        "creative_academic",
        "Could you write 10 multiple choice questions on diabetes for my nursing students?",
    ),
    (
        "creative_academic",
        "what would happen to a body stuck in a walk-in freezer for 6 hours? it's for my short story",
    ),
    (
        "creative_academic",
        "Hi, I'm doing a dissertation on GP waiting times and wondered if any of your clinicians would fill in my survey.",
    ),
    (
        "creative_academic",
        "Playwright here. A character overdoses on digoxin in act two. How long would she have before collapsing on stage?",
    ),
    (
        "creative_academic",
        "For our school biology project we need a quote from a doctor about antibiotic resistance. Could someone give us one?",
    ),
    ("creative_academic", "explain the krebs cycle simply pls for a level revision"),
    (
        "creative_academic",
        "I'm designing a board game about pandemics. What's a realistic R number for a made-up flu strain?",
    ),
    (
        "creative_academic",
        "Our book club is reading a novel where a character has porphyria. Is it realistic that she'd burn in sunlight?",
    ),
    (
        "creative_academic",
        "Can a doctor peer review my essay on the ethics of opt-out organ donation?",
    ),
    (
        "creative_academic",
        "For my podcast episode on historic medicine, how did doctors treat cholera in the 1850s?",
    ),
    (
        "creative_academic",
        "What's the medical word for not being able to recognise faces? Crossword clue, 13 letters.",
    ),
    (
        "creative_academic",
        "Im making a zombie film on a tiny budget, what should fake gangrene look like so it seems real",
    ),
    (
        "creative_academic",
        "Could I interview one of your night nurses for my journalism course? It's about shift work.",
    ),
    (
        "creative_academic",
        "what are the arguments for and against a sugar tax, for my economics essay",
    ),
    (
        "creative_academic",
        "I'm writing fan fiction and one character is a paramedic. What would she carry in her bag?",
    ),
    (
        "creative_academic",
        "Hello there, I'm a volunteer leader with our local scout group and every spring I run a first aid evening for the older lot (they're 11 to 14). This year I want to do a proper quiz on burns: how long to cool them, what not to put on them, when it's a hospital job, that kind of thing. I'm not medical myself and I'd hate to teach them something out of date. Could one of your nurses put together ten questions with answers? Happy to credit the clinic on the handout. Thanks so much, Gwen",
    ),
    ("creative_academic", "how did they do brain surgery in ancient egypt? for history homework"),
    (
        "creative_academic",
        "For a murder mystery party I'm hosting, what symptoms should the 'arsenic victim' act out so guests can guess?",
    ),
    (
        "creative_academic",
        "Need help with the medical terms in my French pharmacology textbook. Could someone check my glossary translations?",
    ),
]
