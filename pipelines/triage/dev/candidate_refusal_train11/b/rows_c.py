# out_of_scope (b): curiosity / trivia about medicine, the body or someone else's illness,
# no ask about the sender's own health. Sub-kind: oos_trivia.

ROWS = [
    (
        "oos_trivia",
        "Saw on the news that a famous singer has Bell's palsy. Is that the same thing as a stroke? Was arguing with my sister about it.",
    ),
    ("oos_trivia", "why do surgeons wear green and not white"),
    (
        "oos_trivia",
        "Pub quiz last night: which organ can regrow itself? We said liver, the quizmaster said skin. Who's right? There's a pint riding on it.",
    ),
    ("oos_trivia", "Crossword clue 'bone of the forearm', 4 letters, starts with U. Ulna?"),
    (
        "oos_trivia",
        "Watching a hospital drama and they shocked someone who was flatlining. My husband says you can't do that in real life. Is he right?",
    ),
    (
        "oos_trivia",
        "My 10 year old has homework: 'How many bones are in the adult body and why do babies have more?' Could you help us explain it simply?",
    ),
    ("oos_trivia", "Why do we yawn when other people yawn? Even typing this made me yawn."),
    (
        "oos_trivia",
        "What's the longest anyone has ever had hiccups? My mate claims a man had them for 60 years and I think he's making it up.",
    ),
    (
        "oos_trivia",
        "I read that astronauts lose bone density in space. How much do they lose, and do they get it back when they come home?",
    ),
    (
        "oos_trivia",
        "On the bus this morning a man was coughing so hard he went purple. Made me wonder, can you actually break a rib from coughing?",
    ),
    (
        "oos_trivia",
        "Reading a Victorian novel where the heroine dies of 'consumption'. Was that TB? And why was it called that?",
    ),
    ("oos_trivia", "who invented the stethoscope and what did doctors use before it"),
    (
        "oos_trivia",
        "Documentary last night said leeches are still used in hospitals. Is that real??",
    ),
    (
        "oos_trivia",
        "My book club is reading a novel where the main character has locked-in syndrome. Does that really exist, and can people really write a whole book by blinking?",
    ),
    (
        "oos_trivia",
        "For a trivia night: which blood type is the universal donor? I always mix up O negative and AB positive.",
    ),
    ("oos_trivia", "Random question while I'm logged in: what actually makes a stomach growl?"),
    (
        "oos_trivia",
        "History teacher here, settling a debate in class: did the French emperor who was exiled to that island really die of stomach cancer, or was it arsenic in the wallpaper?",
    ),
    (
        "oos_trivia",
        "An actor on a soap I watch announced he has Parkinson's at 49. I thought it was an old person's disease. How common is it that young?",
    ),
    (
        "oos_trivia",
        "Quick one for my nephew's school poster: how fast does a sneeze travel? He wants a number.",
    ),
    ("oos_trivia", "What does the snake on a stick on ambulances mean?"),
    (
        "oos_trivia",
        "In the show I'm binging a doctor yells 'get me a CBC, chem 7 and a chest film, stat'. What's a chem 7?",
    ),
    (
        "oos_trivia",
        "is it true we only use 10% of our brains? my coworker swears by it and it's driving me nuts",
    ),
    (
        "oos_trivia",
        "I found my grandfather's letters from the First World War. He writes about 'trench foot'. What actually was that? Fascinating stuff.",
    ),
    (
        "oos_trivia",
        "Why do ears and noses keep growing as you get older? My grandad's ears are enormous and he jokes about it at every family dinner.",
    ),
    ("oos_trivia", "crossword 7 letters 'kneecap' P_T_LL_ ?"),
    (
        "oos_trivia",
        "My daughter (9) asked why veins look blue when blood is red. I had no idea. Help me sound smart at bedtime?",
    ),
    (
        "oos_trivia",
        "How did they do surgery before anaesthetic? Watched a film about a Civil War field surgeon and it was horrific.",
    ),
    (
        "oos_trivia",
        "Is it possible to sneeze with your eyes open? Bet with my brother, loser does the dishes for a week.",
    ),
    (
        "oos_trivia",
        "A footballer collapsed on the pitch last weekend and they said it was his heart, he's only 28. How does that happen to someone so fit?",
    ),
    (
        "oos_trivia",
        "Does hair really keep growing after death or is that a myth? The murder mystery I'm reading says it does.",
    ),
    (
        "oos_trivia",
        "what are those sticky pads on peoples chests in hospital shows, the ones with wires",
    ),
    (
        "oos_trivia",
        "Question from a care-home volunteer: why did old hospitals have such high ceilings? Someone told me it was to do with germs.",
    ),
    ("oos_trivia", "Why do fingers go wrinkly in the bath but not the rest of you?"),
    (
        "oos_trivia",
        "Reading a biography of a president who had polio. How did polio spread, and why don't we see it any more?",
    ),
    (
        "oos_trivia",
        "Is the heart really on the left? My kid drew it in the middle of the chest and insists her teacher said so.",
    ),
    (
        "oos_trivia",
        "My neighbour says her brother has 'situs inversus' where all his organs are on the wrong side. Is that even real? Sounds made up.",
    ),
    (
        "oos_trivia",
        "Hello. I am a student of English. In my textbook is the word 'hypochondriac'. What does it mean exactly, and is it rude?",
    ),
    (
        "oos_trivia",
        "whats the difference between a virus and bacteria? me and my husband argued about it at dinner",
    ),
    ("oos_trivia", "Most babies ever born at once, what's the record?"),
    (
        "oos_trivia",
        "Dear nurse, my granddaughter is doing a presentation on the history of nursing. When did nurses start wearing those white caps, and why did they stop?",
    ),
    (
        "oos_trivia",
        "For a children's picture book I'm writing, I want the science right: why does a leg 'fall asleep' and get pins and needles?",
    ),
    (
        "oos_trivia",
        "How long can a person go without sleep? There's a guy on youtube trying to break the record and it looks dangerous.",
    ),
    (
        "oos_trivia",
        "My husband fell asleep halfway through a documentary about the appendix, so now I want to know: what does the appendix actually do?",
    ),
    ("oos_trivia", "Why is it called the funny bone when it's not a bone?"),
    ("oos_trivia", "In that surgeon drama they keep saying 'he's coding'. What does coding mean?"),
    (
        "oos_trivia",
        "Doing a pub quiz round on the human body, could someone check my answers? Smallest bone: stirrup in the ear. Largest organ: skin. Strongest muscle: jaw.",
    ),
    ("oos_trivia", "Do identical twins have the same fingerprints?"),
    (
        "oos_trivia",
        "Saw a lady on the train with a dog in a vest that said 'medical alert'. What kinds of illness can dogs actually detect?",
    ),
    ("oos_trivia", "why do onions make you cry?? chopping for 30 people today lol"),
    (
        "oos_trivia",
        "Our local history society is doing a talk on the 1918 flu. Roughly how many people died worldwide? I've seen numbers from 17 to 100 million.",
    ),
    (
        "oos_trivia",
        "A TV presenter I like said she had a 'mini stroke'. Is a TIA a real stroke or not? Just curious what it means.",
    ),
    ("oos_trivia", "Humans can't tickle themselves, true? Why not?"),
    (
        "oos_trivia",
        "Son's homework: name the four chambers of the heart. We got left and right ventricle, what are the other two?",
    ),
    ("oos_trivia", "Why do doctors have such bad handwriting? Genuine question, not being rude."),
    (
        "oos_trivia",
        "In the mystery I'm reading the victim is poisoned with foxglove and the detective mentions heart medicine. Is there really a heart drug that comes from foxglove?",
    ),
    (
        "oos_trivia",
        "Why does ice cream give you brain freeze? Kids want to know and I said I'd ask the experts",
    ),
    (
        "oos_trivia",
        "Sort of random: my friend's an ER nurse and swears the full moon makes shifts busier. Any truth in that or just superstition?",
    ),
    ("oos_trivia", "can you actually die from laughing? read it in a book of weird facts"),
    (
        "oos_trivia",
        "Playing Operation with the grandkids and they asked if 'water on the knee' is a real thing. Is it?",
    ),
    (
        "oos_trivia",
        "What was the first organ ever successfully transplanted? Curious after a podcast on the drive home.",
    ),
    ("oos_trivia", "Crossword: 'voice box', 6 letters?"),
    (
        "oos_trivia",
        "My coworker's husband has Lyme disease. She said it comes from ticks. How does a tick actually give you a disease?",
    ),
    ("oos_trivia", "Why do your ears pop on a plane but not in a car?"),
    (
        "oos_trivia",
        "I am a retired engineer with an interest in the history of medicine. When was the first X-ray taken, and of what? I believe it was a hand.",
    ),
    (
        "oos_trivia",
        "Our quiz team is called 'The Hippocratic Oafs'. Do doctors still actually swear the Hippocratic oath these days?",
    ),
    (
        "oos_trivia",
        "What is the 'golden hour' they always talk about on those paramedic reality shows?",
    ),
    (
        "oos_trivia",
        "Teenage daughter's biology quiz: what percentage of the body is water? She says 60, her app says 70. Settle it please.",
    ),
    (
        "oos_trivia",
        "Why do some people sneeze when they look at the sun? Half my family does it and we think it's hilarious.",
    ),
    ("oos_trivia", "do surgeons really play music in the operating room like on tv"),
    (
        "oos_trivia",
        "A man on my street was taken away by ambulance yesterday with lights and sirens. Why do they sometimes switch the siren off halfway down the road?",
    ),
]
