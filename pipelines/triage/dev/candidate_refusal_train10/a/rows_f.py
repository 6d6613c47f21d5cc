# Hand-written out_of_scope rows: translation, maths/coding, weather, local events, government services.
ROWS = [
    # --- translation of non-medical text ---
    (
        "translation",
        "plain",
        "Polish for 'happy birthday, grandma'? Writing it in a card and want to get the spelling right.",
    ),
    (
        "translation",
        "greeting",
        "Hope you are all well there. My new neighbours are from Brazil. Could you translate 'welcome to the street, let us know if you need anything' into Portuguese for a card?",
    ),
    ("translation", "short", "what does 'hasta luego' mean exactly"),
    (
        "translation",
        "plain",
        "Can you translate this line from an Italian recipe for me? 'Aggiungere la farina poco alla volta e mescolare bene.'",
    ),
    (
        "translation",
        "long",
        "My father-in-law is visiting from Korea for the first time next month and he speaks almost no English, and my Korean stops at hello, thank you and delicious. My husband will be at work during the day for most of the visit so it'll mostly be the two of us at home. I want to learn a few phrases so I can at least be a good host. Could you tell me how to say 'would you like some tea', 'are you hungry' and 'let's go for a walk' in Korean?",
    ),
    (
        "translation",
        "health_word",
        "The Spanish song my daughter has on repeat says 'me muero por ti'. Does that literally mean 'I'm dying for you'?",
    ),
    (
        "translation",
        "patient",
        "One of your patients here with a language question. Could you translate my wedding invitation into French for my husband's side of the family? It's about five lines.",
    ),
    (
        "translation",
        "greeting",
        "Hi lovely people, hope you're well. My friend in Osaka has university exams soon. What's the Japanese for 'good luck on your exams'?",
    ),
    # --- maths and coding ---
    ("maths_coding", "short", "what's 15% of 240"),
    (
        "maths_coding",
        "plain",
        "How would I calculate compound interest on a 5000 loan at 6% over 3 years? Need to show the working for class.",
    ),
    (
        "maths_coding",
        "greeting",
        "Hey folks, hope you're having a good one. Any chance someone could look at my Python? It says 'IndentationError: unexpected indent' and I can't see what's wrong.",
    ),
    (
        "maths_coding",
        "plain",
        "In Excel, how do I make a cell turn red automatically if the date in it is before today?",
    ),
    (
        "maths_coding",
        "health_word",
        "my javascript is bleeding memory somewhere, the tab gets slower the longer it's open. how do i track down the leak",
    ),
    (
        "maths_coding",
        "long",
        "I'm 43 and went back to college this year to finish the degree I dropped out of twenty years ago. Everything is going better than I expected except statistics, which is compulsory for my program. I follow the concepts when the lecturer explains them, but when I sit down to do the homework on my own I get completely stuck. This week it's standard deviation. I've watched three videos and still don't get why you square the differences and then take the square root at the end, it feels like undoing itself. Could you explain it like I'm five?",
    ),
    (
        "maths_coding",
        "plain",
        "What's the formula for the area of a trapezium? Helping my niece with her homework and I've forgotten.",
    ),
    (
        "maths_coding",
        "plain",
        "SQL question: how do I get the second highest salary from an employees table without using LIMIT?",
    ),
    (
        "maths_coding",
        "patient",
        "First-year computer science student here, and also one of the clinic's patients. Is Java or Python the better first language to learn properly?",
    ),
    (
        "maths_coding",
        "greeting",
        "Dear Sir or Madam, I hope you are well. Please could you tell me how to work out the percentage increase from 180 to 225? I am checking the figures on my rent letter.",
    ),
    # --- weather ---
    ("weather", "short", "gonna rain tomorrow or not?"),
    (
        "weather",
        "greeting",
        "Top of the morning to you all, stay dry out there! Do you know if the storm warning for this weekend is still on? Trying to decide whether to cancel our camping trip.",
    ),
    ("weather", "plain", "Why do they give hurricanes names, and who actually picks them?"),
    (
        "weather",
        "health_word",
        "Forecast says there's a cold snap coming next week. How cold does it have to get before outside pipes freeze?",
    ),
    (
        "weather",
        "plain",
        "tornado watch vs tornado warning, which one means it's actually happening? i always mix them up",
    ),
    (
        "weather",
        "long",
        "We've got our daughter's outdoor graduation party planned for late June, tent rented, food ordered, the whole thing. My mother-in-law keeps sending me long-range forecasts from some website showing thunderstorms, and my husband says you can't trust a forecast more than a week out. The rental company needs a final decision by Monday on whether we want the tent sides added, which is an extra $200. How accurate are forecasts three weeks ahead, really?",
    ),
    (
        "weather",
        "patient",
        "I'm on your patient list, nothing medical. When is the snow supposed to clear? Our road still hasn't been gritted and I need to get the car out.",
    ),
    (
        "weather",
        "greeting",
        "Howdy y'all, hope the clinic's staying cool in this heat. What does a 30% chance of rain actually mean? Rain on 30% of the area, or what?",
    ),
    # --- local events ---
    (
        "local_events",
        "plain",
        "Anyone know if the Saturday farmers' market is still running in November or does it stop for winter?",
    ),
    ("local_events", "short", "Bonfire night fireworks displays near here?"),
    (
        "local_events",
        "greeting",
        "Hi everyone, hope the day's treating you kindly. Do you know if the Christmas lights switch-on in town is this Friday or next?",
    ),
    (
        "local_events",
        "health_word",
        "Heard the new food truck festival downtown is sick. Do you know if the trucks take cards or is it cash only?",
    ),
    (
        "local_events",
        "plain",
        "Are there any free concerts in the park this summer? Saw a poster at the library but can't remember the dates.",
    ),
    (
        "local_events",
        "long",
        "My parents are coming to stay with us for a week in August and they're not big on sightseeing. They like low-key things, a walk somewhere pretty, a nice lunch, maybe a local fair or a craft market. Last time they came I took them to a museum and my dad was bored within twenty minutes. We live about fifteen minutes from the town centre and they don't mind a short drive. Do you know of any local events or fairs that month that might suit them?",
    ),
    (
        "local_events",
        "greeting",
        "Hello team! Saw the poster for the charity 5k on your noticeboard. Is it still going ahead next month? I'd like to volunteer at one of the water stations.",
    ),
    (
        "local_events",
        "plain",
        "whens the next car boot sale at the racecourse? missed the last one",
    ),
    # --- government services (passport, DMV, voting) ---
    (
        "government",
        "plain",
        "How long does a passport renewal take at the moment? We're travelling in 8 weeks and I've only just noticed mine's expired.",
    ),
    ("government", "short", "where do i register to vote"),
    (
        "government",
        "greeting",
        "Hello and hope you're having a lovely day. My driving licence photo is ten years old. Do I need to renew it now or only when the card expires?",
    ),
    (
        "government",
        "long",
        "I moved to this state in March and I've been putting off switching my driver's license because every time I look at the DMV website I get confused about the documents. It says two proofs of residency, but the lease is only in my partner's name, my bank statements still go to my old address, and the only thing with my name and the new address is the electric bill. I've already been turned away once and waited three hours. What else would count as proof of residency?",
    ),
    (
        "government",
        "health_word",
        "Need new passport photos and the booth at the post office is dead again. Can I just take them on my phone?",
    ),
    (
        "government",
        "plain",
        "Can I vote by mail if I'm going to be away on election day? Never done it before and don't know where to start.",
    ),
    (
        "government",
        "patient",
        "I'm registered at the clinic and I need someone to countersign my passport application. Is that something one of the doctors can do?",
    ),
    (
        "government",
        "plain",
        "born in a different state from where i live now, so how do i get a copy of my birth certificate",
    ),
    (
        "government",
        "long",
        "I got married in the summer and I'm finally getting round to changing my surname on everything, and it's turning into a bigger job than the wedding. Bank, work, pension, the car registration, my passport, the voting register, the doctor, the dentist, the gym. I started with the bank and they wanted the marriage certificate in person, which meant taking a morning off. I don't want to do that fifteen times. Is there a sensible order to do it in, and which ones need the original certificate?",
    ),
    (
        "government",
        "plain",
        "Do I have to tell the council myself that I'm living alone now to get the single person discount, or does it happen automatically?",
    ),
]
