# Hand-written `none` rows: medication questions in plain words, and
# readings from labs, apps, watches and home devices.
ROWS = [
    # --- medication in plain words ---
    (
        "medication",
        "the little white pill made me dizzy. its the new one for blood pressure. can i take it at night instead?",
    ),
    (
        "medication",
        "Started the water tablet and I'm up weeing all night. Can I take it in the morning instead of with my tea?",
    ),
    (
        "medication",
        "took my morning tablets twice by mistake, the heart ones and the thyroid one. feel ok so far",
    ),
    (
        "medication",
        "My sister's 50th is on Saturday, we've booked a tapas place and then apparently there's karaoke, heaven help us. I've been told there'll be prosecco on arrival. I've been on the pink capsule for my stomach for about a month now, omeprazole I think, and the burning has calmed down a lot. Can I have a glass or two of wine with it or will that undo everything? Also do I keep taking it forever or is it a short course?",
    ),
    (
        "medication",
        "Since the new cholesterol tablet my thighs ache like I've run a marathon and my wee has gone the colour of cola.",
    ),
    (
        "medication",
        "The antibiotic from Friday is giving me the runs, eight times today. Should I stop it or carry on?",
    ),
    ("medication", "forgot my blood thinner yesterday. double up today or not?"),
    (
        "medication",
        "My HRT patches keep peeling off in the shower. Does that mean I'm not getting the proper dose? Night sweats are back.",
    ),
    (
        "medication",
        "Is it ok to take ibuprofen with my blood pressure pills? Toothache is killing me and the dentist can't see me till Tuesday.",
    ),
    (
        "medication",
        "the eye drops sting like mad and my lids have gone puffy and red since I started them",
    ),
    (
        "medication",
        "The inhaler with the brown lid - am I meant to take it every day even when I feel fine? I only use it when I'm bad.",
    ),
    (
        "medication",
        "my tongue and lip feel swollen this morning, I started a new blood pressure tablet last month, lisinopril I think",
    ),
    (
        "medication",
        "Been on the steroid tablets for a month for my chest. Can I just stop them now I'm better?",
    ),
    (
        "medication",
        "mum's new memory patch, she's been sick since starting it and is off her food. should we take it off?",
    ),
    ("medication", "grapefruit juice ok with my cholesterol tablet?"),
    (
        "medication",
        "Well, Friday has been a day. Locked myself out this morning, had to wait for my neighbour with the spare key, then the bus was cancelled so I was late for work. To top it off I just dropped my insulin pen on the bathroom floor and the cartridge cracked, the insulin's leaked out. I don't have a spare until the pharmacy opens Monday. It's my long acting one and I take it at night. What should I do for tonight and the weekend?",
    ),
    (
        "medication",
        "Missed two doses of my epilepsy tablets at a festival this weekend, feel a bit spacey now. Anything I should do?",
    ),
    ("medication", "new tablets making me itchy all over"),
    ("medication", "can i drink on amoxicillin"),
    (
        "medication",
        "My mum's got a carrier bag full of tablets from three different doctors over the years and honestly none of us know what she's meant to be on anymore. She's 84, lives on her own, we pop in daily. She's been more wobbly on her feet lately and sleepy in the afternoons, had a near fall last week. Some of the boxes are from ages ago. Could the tablets be doing it? Can someone go through them with us?",
    ),
    # --- readings: lab / app / watch / home device ---
    (
        "reading",
        "my watch keeps saying my heart rate is 38 while I'm asleep. I'm not sporty at all. should I worry",
    ),
    (
        "reading",
        "Went in the chemist for hay fever tablets and they had one of those free blood pressure machines by the door so I thought why not, I'm 52 and never had it checked. It said 189/112. I did it again and it was 184/110. I feel fine apart from a bit of a thick head this week, and I've been stressed with work and drinking too much coffee. The pharmacist said to contact you. Should I be seen today or is this a routine thing?",
    ),
    (
        "reading",
        "App on my phone says my oxygen is 91% since I had covid, it was 98 before. Is that bad?",
    ),
    (
        "reading",
        "Blood results came up on the app, potassium 6.1 in red. Nobody's rung me. Should I be doing something?",
    ),
    ("reading", "finger prick just says HI, wont give a number. i feel rubbish and so thirsty"),
    ("reading", "thermometer says 35.1, cold and shaky, too low?"),
    (
        "reading",
        "Sensor on my arm keeps dropping to 3.2 overnight and I wake up sweaty and shaky. Started after they upped my insulin.",
    ),
    ("reading", "Peak flow is down to 220, I'm usually 450. Blue inhaler only helps for an hour."),
    (
        "reading",
        "Saw on the portal my HbA1c went from 48 to 71. What does that mean for me? I thought I'd been good.",
    ),
    (
        "reading",
        "sleep app reckons I stop breathing 30 times an hour?? is that a real thing or is the app rubbish",
    ),
    (
        "reading",
        "Dad checks his INR at home, it read 6.8 this morning and he's got a nosebleed that's been going 20 minutes.",
    ),
    (
        "reading",
        "The bathroom scale says I've put on 3kg in three days and my ankles are bigger. I have heart failure.",
    ),
    ("reading", "ketone strip went dark purple, sugar 22, been sick twice"),
    ("reading", "BP 82/50 on the home monitor, dizzy"),
    ("reading", "watch says 150 bpm and I'm sat on the sofa"),
    (
        "reading",
        "My thyroid result on the portal says TSH 0.01. It was high before they upped my dose. I've been jittery and losing weight.",
    ),
    ("reading", "eGFR down from 62 to 38. Are my kidneys failing?"),
    (
        "reading",
        "My blood pressure cuff gives different numbers on each arm, about 150 on the right and 120 on the left. Every time.",
    ),
    (
        "reading",
        "OK so my husband bought me one of those fancy rings that tracks everything for my birthday, and I've become a bit obsessed, checking it every morning over coffee. My sleep score is terrible which I knew, but the last fortnight it keeps showing my temperature up about a degree every night, and my heart rate is higher than usual overnight. I also have a cough that won't shift and I'm tired. Is it picking up something real or am I being daft?",
    ),
]
