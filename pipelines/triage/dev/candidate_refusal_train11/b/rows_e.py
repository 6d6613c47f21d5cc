# none: near-twins of the curiosity/trivia messages that also carry a real, current health
# concern of the sender (or a child aged 3+, or a relative they care for).
# Sub-kind: none_trivia_twin.

ROWS = [
    (
        "none_trivia_twin",
        "Saw that a famous actor has Parkinson's and they showed his hand shaking. My own right hand has had that same tremor for about a month, mostly when it's resting in my lap. Should I get it checked?",
    ),
    (
        "none_trivia_twin",
        "crossword clue 'voice box' 6 letters, larynx I think. while I wait for the kettle, my chest has been tight and wheezy since breakfast, I have asthma. use the inhaler more or call someone?",
    ),
    (
        "none_trivia_twin",
        "that hospital drama last night had a woman with an inner ear thing making her dizzy. is that what my dizzy spells could be? the room spins when I roll over in bed, lasts under a minute, been 2 weeks",
    ),
    (
        "none_trivia_twin",
        "Silly question first: why green scrubs? Asking because my hernia op is next month and now I'm nervous. Also the bulge has got bigger and aches more the last few days, is it ok to wait till then?",
    ),
    (
        "none_trivia_twin",
        "Hiccups: how long can they go on? Mine started Thursday and keep coming back, I can't sleep. I'm on chemo if that matters.",
    ),
    (
        "none_trivia_twin",
        "Read that astronauts lose bone in space. I'm 67 and last week I broke my wrist just catching myself on a kerb. Does that mean my bones are thin? Do I need a scan?",
    ),
    (
        "none_trivia_twin",
        "Sat next to a man on the bus coughing his lungs up, and now 3 days later I've got a fever of 38.9, shivers and a cough bringing up green stuff. Did I catch it off him? What should I do?",
    ),
    (
        "none_trivia_twin",
        "Germs are my son's science homework topic (he's 7). Real question though: he's had a sore ear and a temperature for 2 days and now there's yellow goo coming out of it. Does he need to be seen?",
    ),
    (
        "none_trivia_twin",
        "pub quiz bet: can the liver regrow? asking because my liver bloods came back high last week and nobody has called me about them. should I be worried?",
    ),
    (
        "none_trivia_twin",
        "Documentary about sleep said snoring can mean your breathing stops. My wife says I stop breathing at night and I fall asleep at my desk every afternoon. Could that be me?",
    ),
    (
        "none_trivia_twin",
        "my book's heroine dies of consumption lol. but also I've had night sweats soaking the sheets for 3 weeks, a cough and I've lost weight. I volunteer at a shelter. is it worth a TB test?",
    ),
    (
        "none_trivia_twin",
        "Yawning's contagious, right? I can't stop yawning lately and I'm exhausted all the time, even after 9 hours in bed. A couple of months now. Could it be my thyroid?",
    ),
    (
        "none_trivia_twin",
        "Curious why fingers wrinkle in water. Mine also go white, then blue, then red when it's cold, really painful, and the tips have been numb all winter. Is that circulation?",
    ),
    (
        "none_trivia_twin",
        "That 10% of the brain thing, true or not? Partly a bet, partly because for the last couple of months I keep losing words mid-sentence and I'm only 52. Should I see someone?",
    ),
    (
        "none_trivia_twin",
        "Granddad (87, lives with us) has the biggest ears you've ever seen lol, but more importantly he's been more confused than usual for 2 days, keeps needing the toilet and it smells strong. Could it be a water infection?",
    ),
    (
        "none_trivia_twin",
        "My daughter, 4, asked me why blood is red. I'm asking why her nose has bled three times this week, about 10 minutes each. Anything to worry about?",
    ),
    (
        "none_trivia_twin",
        "Watching a paramedic show, they talk about the golden hour. I fell off a ladder yesterday and hit my head. Felt fine, but today I've got a headache and I've been sick twice. Does that need looking at?",
    ),
    (
        "none_trivia_twin",
        "chem 7, what is it? My results from last week say BMP and potassium 5.8 in red. Is that bad?",
    ),
    (
        "none_trivia_twin",
        "Music in the operating theatre, is that a real thing? Just curious, my op is on Thursday. Also I've had a cold since the weekend with a temp of 38, will they still operate?",
    ),
    (
        "none_trivia_twin",
        "why's it called the funny bone? because I've had pins and needles in my little and ring finger for weeks and the hand is getting weaker, can't open jars",
    ),
    (
        "none_trivia_twin",
        "My neighbour has Lyme disease and now I'm paranoid: I pulled a tick off my thigh 5 days ago and there's a red ring spreading around the spot, about 6 cm now. Do I need antibiotics?",
    ),
    (
        "none_trivia_twin",
        "Watched a programme about heart attacks in women. Sometimes when I climb stairs I get a heaviness in my chest and it goes when I stop. Couple of weeks now. I'm 61.",
    ),
    (
        "none_trivia_twin",
        "I found grandad's war letters about trench foot. Funny thing, my own feet have been numb and tingling for months and there's a sore on the sole that won't heal. I'm diabetic.",
    ),
    (
        "none_trivia_twin",
        "The TV presenter who had a mini stroke got me thinking. My home BP has been 160s over 100 all week and my dad had a stroke at 60. What's my risk, should my tablets change?",
    ),
    (
        "none_trivia_twin",
        "Ears popping on planes, why does it happen? Mine hasn't unpopped since my flight 10 days ago, muffled hearing and a bit of pain on the left. Anything I can do?",
    ),
    (
        "none_trivia_twin",
        "kids say you can't tickle yourself, true? anyway my 6yo has little red spots all over his tummy since this morning, no fever, still bouncing around. do I need to bring him in",
    ),
    (
        "none_trivia_twin",
        "Brain freeze from ice cream, why? Also my teeth hurt with anything cold the last few weeks, one back tooth especially, and now my jaw aches on that side.",
    ),
    (
        "none_trivia_twin",
        "Biology quiz says the body is 60% water. I've been drinking loads but still only pee tiny amounts, dark orange, and my back is sore on one side. Kidney stone?",
    ),
    (
        "none_trivia_twin",
        "Saw a man on the train with a seizure alert dog. On Saturday I had a strange episode where I lost a couple of minutes, and my partner says I was smacking my lips and staring. Never happened before. Should I be worried?",
    ),
    (
        "none_trivia_twin",
        "A coworker told me her husband has shingles. I've now got a burning band of blisters on one side of my back. Did I catch it from her?? It really burns.",
    ),
    (
        "none_trivia_twin",
        "In a pub quiz we argued about pink eye. My own eyes have been red, sticky and glued shut in the mornings for 3 days. Pink eye? Can I still go to work at the nursery?",
    ),
    (
        "none_trivia_twin",
        "Why does your leg fall asleep? My left foot has been numb and slapping on the floor when I walk for a week, since a day of gardening. Back's been sore too.",
    ),
    (
        "none_trivia_twin",
        "Doc, quick one. Is it true the full moon makes the ER busier? I'm a nurse so I'm curious. Separately, my own BP at work was 165/100 twice this week. What do I do?",
    ),
    (
        "none_trivia_twin",
        "Whats the record for loudest snore? asking for my son lol. real question: he's 10, snores really loud, stops breathing for a few seconds and his teachers say he's sleepy in class. tonsils?",
    ),
    (
        "none_trivia_twin",
        "Helping with homework on the heart got me thinking. A few times a day this last month my heart does a flip-flop and then pounds for a few seconds. I'm 45, no chest pain. Is that ok?",
    ),
    (
        "none_trivia_twin",
        "Crossword clue 'short of breath', is it dyspnoea? That's me lately: I can't get up the stairs without stopping and my ankles are swollen by the evening. I have heart failure.",
    ),
    (
        "none_trivia_twin",
        "The hiccup record holder had them 60 years! Mine are only a few days, but I've also got heartburn every night and meat keeps sticking when I swallow. 58 and never had this before.",
    ),
    (
        "none_trivia_twin",
        "History of medicine question: did they really treat syphilis with mercury? Also, unrelated, I've had a painless sore down below for a week and I'm a bit scared to ask.",
    ),
    (
        "none_trivia_twin",
        "Why do old people shrink? My mother, 84, whom I look after, has lost height and since lifting a pot yesterday has sudden bad back pain and can hardly stand. Could she have broken something?",
    ),
    (
        "none_trivia_twin",
        "TV doctor said 'stat', what does that mean? Also my wee has been burning and I need to go every 20 minutes since yesterday. 34, female.",
    ),
    (
        "none_trivia_twin",
        "Can you die of a broken heart? My mum died last month and since then I can't sleep, can't eat and I've lost half a stone. Is this normal grief or should I see someone? I'm not going to do anything silly, I just feel hollow. My sister says give it time, my husband says go to the doctor, and I keep going back and forth. I'm back at work but I sit at my desk and read the same email five times. I'm 49 and I've never been like this before, even when dad died. Is there anything that helps with the sleep at least?",
    ),
    (
        "none_trivia_twin",
        "goosebumps, why do they happen? been getting shaking chills, a fever of 39.4 and pain in my lower back on the right since yesterday, and my wee has blood in it",
    ),
    (
        "none_trivia_twin",
        "Sneezes go 100 mph, apparently. I sneezed hard yesterday, felt something go in my lower back and now I can't straighten up. Pain doesn't go down the leg.",
    ),
    (
        "none_trivia_twin",
        "Do twins have the same fingerprints? My twin has just been diagnosed with type 1 diabetes at 30. Should I be tested too? I've been more thirsty lately and lost a bit of weight.",
    ),
    (
        "none_trivia_twin",
        "my history class is doing the 1918 flu. meanwhile I've had flu for 5 days, the fever went and came back today, and now it hurts on the left when I breathe in. I'm 17",
    ),
    (
        "none_trivia_twin",
        "First transplant ever, anyone know? I had my kidney transplant in 2019, and since yesterday the area over it is tender and I've got a temperature of 38.2. Should I call?",
    ),
    (
        "none_trivia_twin",
        "Grandson's homework asked how many bones are in a hand. Counting mine, I noticed a hard lump on the back of my wrist that has grown over 2 months. Not painful. What could it be?",
    ),
    (
        "none_trivia_twin",
        "A doctor on TV said lots of people have silent high blood pressure, so I bought a cuff. I'm 39 and getting 150/95 most days this week. Should I book in?",
    ),
    (
        "none_trivia_twin",
        "Do doctors really have bad handwriting? I can't read my prescription label and I think I doubled up my metoprolol this morning. Feeling a bit lightheaded.",
    ),
    (
        "none_trivia_twin",
        "random q, what's the difference between a cold and flu? my son is 3 and has had a runny nose for 10 days, now a fever again and he keeps pulling at his ear",
    ),
    (
        "none_trivia_twin",
        "The heroine in my novel gets 'brain fever', what is that really? Also I've had a stiff neck since sleeping funny on the sofa, sore when I turn left, no fever. Heat or ice?",
    ),
    (
        "none_trivia_twin",
        "Onions always make me cry, but now my right eye has been watering nonstop for 2 days, it's red and feels like there's sand in it even after rinsing. I wear contacts.",
    ),
    (
        "none_trivia_twin",
        "Quiz night question: largest organ? The skin! Speaking of skin, my husband says a mole on my back has got bigger and darker with a ragged edge. Can I get it looked at?",
    ),
    (
        "none_trivia_twin",
        "Watching a docu about leeches reminded me, I've got a red hot streak going up my arm from a cat scratch two days ago. Is that infected?",
    ),
    (
        "none_trivia_twin",
        "Quiz team argument: why does cramp come at night? I've had cramps every night in both calves since they started my new water tablet. Is it the tablet?",
    ),
    (
        "none_trivia_twin",
        "My 12yo's science homework on bacteria got me looking at the cut on her knee from Saturday. It's swollen now, the redness is spreading and she has a temperature. Should she be seen today?",
    ),
    (
        "none_trivia_twin",
        "Reading about astronauts getting kidney stones in space. I had one last year, and the same pain is back on the left tonight, coming in waves, I've been sick with it.",
    ),
]
