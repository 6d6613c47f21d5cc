# Hand-written `none` rows: carers worried about an elderly relative or
# partner, and children aged 4 and over.
ROWS = [
    # --- carer: elderly parent / partner, confusion, falls ---
    (
        "carer_elderly",
        "mum is 83 and keeps getting up at 3am to go to work, she retired 20 years ago. new this week. weeing a lot too",
    ),
    (
        "carer_elderly",
        "Dad fell again last night, that's three times this month. He lives on his own two streets away, won't hear of moving in with us, and he's stubborn as a mule about the alarm pendant, keeps it in the drawer. No injuries this time thank goodness but he couldn't get himself up and lay on the kitchen floor for two hours before I found him. He's 84 and on tablets for blood pressure and his prostate. Is there anything the GP can check to find out why he keeps falling?",
    ),
    (
        "carer_elderly",
        "My nan has started seeing little children in the corner of the room who aren't there. She's more muddled since they started her on the new bladder tablet.",
    ),
    (
        "carer_elderly",
        "Grandad banged his head when he slipped in the bathroom yesterday. He's on warfarin. Seems ok but sleepier than usual today and a bit vague.",
    ),
    (
        "carer_elderly",
        "Bit of background, my father is 79, widowed five years, still does his crossword every day and takes the bus into town on Wednesdays. We've been noticing things creeping up over about a year. He's put the kettle in the fridge, he's got lost coming back from the shops once, and a couple of times he's called me by my brother's name. He gets cross if we mention it. No sudden change. How do we go about getting his memory looked at, and is there anything that could be treatable?",
    ),
    (
        "carer_elderly",
        "mams legs are all red and weeping and there's a smell, she wont let me have a proper look. shes 88 and diabetic",
    ),
    (
        "carer_elderly",
        "Mum suddenly can't remember anything from this morning. She keeps asking the same questions every couple of minutes but otherwise she's herself. Started at lunchtime.",
    ),
    (
        "carer_elderly",
        "My husband is 79 and has Parkinson's. He's choked on his tea three times this week and now he's got a rattly cough and a temperature.",
    ),
    (
        "carer_elderly",
        "dad's stopped eating, just drinks tea, lost loads of weight since the summer. he's 90. is that just old age or should someone see him",
    ),
    (
        "carer_elderly",
        "My mother-in-law lives with us and I think some days she's been taking her water tablet twice, she's very dizzy when she stands. How dangerous is that?",
    ),
    (
        "carer_elderly",
        "Granddad rolled off the bed and his right leg looks shorter and turned outwards. He won't let us move it at all.",
    ),
    (
        "carer_elderly",
        "Mum's in a care home and I noticed bruises on her arms at the visit today that no one can explain. She's on a blood thinner. Could that be the cause or should she be checked?",
    ),
    (
        "carer_elderly",
        "My wife has dementia and since yesterday she's much worse, agitated, pulling at her clothes, and she feels hot. Not herself at all.",
    ),
    (
        "carer_elderly",
        "My partner (72) keeps nodding off mid conversation and snores like a train. Last week he dozed off at the wheel at a red light. I'm worried.",
    ),
    (
        "carer_elderly",
        "My aunt who I care for hasn't opened her bowels for 8 days and her tummy is swollen and tight. She's being sick a little.",
    ),
    (
        "carer_elderly",
        "I've looked after my dad since his stroke two years ago and mostly we manage, he does his exercises, I do his tablets in the dosette box, the carers come twice a day. We had his 85th last week. But the last few days he's been coughing whenever he eats, his voice sounds wet and gurgly, and today he seemed breathless just sitting in his chair. Temperature 37.9. Is this something the GP should see today or can it wait?",
    ),
    ("carer_elderly", "Mum fell. Can't bear weight. She's 86."),
    ("carer_elderly", "grandma confused and feverish since tuesday"),
    (
        "carer_elderly",
        "The pressure sore on my dad's bottom has gone black in the middle and there's a smell now.",
    ),
    (
        "carer_elderly",
        "Mum's hearing aids don't seem to help anymore and she's withdrawn, stopped going to her lunch club and sits in silence. Could it be more than her hearing?",
    ),
    (
        "carer_elderly",
        "hi, i do my gran's shopping on saturdays, we usually have a natter and a biscuit and she tells me off about my hair. she's 91 and sharp as anything usually, does her own pension stuff. today she didnt recognise her own kitchen and kept talking to my grandad who died years ago as if he was in the next room. she seemed totally fine last week. she said it stings when she pees but she says that a lot. is this urgent or can it wait till monday?",
    ),
    # --- child aged 4 and over ---
    ("child_4plus", "6yo, temp 39.4, floppy, won't drink"),
    (
        "child_4plus",
        "Rash on my 8 year old since the school trip, little purple dots that don't fade when I press a glass on them, and he's hot.",
    ),
    (
        "child_4plus",
        "My 5 year old fell off the monkey bars, wrist is swollen and looks bent, she won't stop crying",
    ),
    (
        "child_4plus",
        "My 4 year old swallowed a button battery from the TV remote maybe twenty minutes ago. She seems completely fine.",
    ),
    (
        "child_4plus",
        "12 yr old has had a cough for six weeks, worse at night and after football, sort of whistly when he breathes out",
    ),
    (
        "child_4plus",
        "bed wetting again for my 7 year old after being dry for years. he's also drinking loads and looks thinner. coincidence?",
    ),
    (
        "child_4plus",
        "Worried about our 14 year old daughter. She's stopped eating properly, exercises for hours in her room, and her periods have stopped. She says she's fine.",
    ),
    (
        "child_4plus",
        "hi my lad is 9, he got hit in the eye with a tennis ball at after school club, eye is red and he says everything's blurry",
    ),
    (
        "child_4plus",
        "Bead stuck up my 4yo's nose, we can see it. Should we try and get it out ourselves?",
    ),
    (
        "child_4plus",
        "daughter is 6, tummy pain started round her belly button and now it's down on the bottom right, she won't jump or walk properly",
    ),
    (
        "child_4plus",
        "The twins are 11 and both have chickenpox, caught it off a kid at the holiday club. We've been doing calamine and oatmeal baths and board games and the dog's been keeping them company. One of them is over the worst and bouncing off the walls. The other has a spot on his leg that's gone really red, hot and swollen, bigger than a coin now, and he's more poorly today with a temperature of 39 when he'd been getting better. Is that normal or does he need seeing?",
    ),
    (
        "child_4plus",
        "my 13 year old keeps getting bad headaches at school with sickness, misses about a day a week. teacher suggested I ask you",
    ),
    (
        "child_4plus",
        "Sixteen year old son vapes a lot. Last night he said his chest hurt on one side and he couldn't catch his breath. Seems ok this morning.",
    ),
    (
        "child_4plus",
        "my boy's 8, stung by a wasp at a picnic, his whole arm is swollen up to the elbow now. no breathing problems, just puffy and itchy",
    ),
    (
        "child_4plus",
        "Teenager (15), really sore throat on one side, can barely open his mouth and he talks like he's got a hot potato in there.",
    ),
    (
        "child_4plus",
        "Grandson is 7 and staying with me this week while his mum's working abroad, we've been to the zoo and the cinema and he's beaten me at every board game going. Since last night he's had diarrhoea, six times today, and he's been sick twice. He's a bit quiet and pale, wants to lie on the sofa. He's having sips of squash. I've not done this for a while and I'm nervous. How do I know if he's drying out, and when do I bring him in?",
    ),
    ("child_4plus", "7yo, earache, screaming, 38.9"),
    ("child_4plus", "son 10 bumped his head, now vomiting"),
    (
        "child_4plus",
        "Four and a half year old daughter has been limping since yesterday. No fall that we know of. She had a cold last week.",
    ),
    (
        "child_4plus",
        "Parents evening was fine, he's doing well with reading and his teacher says he's very kind to the younger ones, which made my day. He's 6. The teacher did mention that our son squints at the board a lot and holds books really close to his face. Now I think about it he sits right up close to the telly at home too and rubs his eyes and complains of headaches after school. Does he need to be seen here or should we just go to an optician?",
    ),
    (
        "child_4plus",
        "We were at a kids party at the soft play and my 5 year old came home with a high temp, sore throat and a sandpapery rash on her tummy. Tongue looks red and bumpy.",
    ),
]
