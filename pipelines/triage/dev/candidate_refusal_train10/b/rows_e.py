# Hand-written `none` rows: should I come in / go to A&E / wait, and mental
# health in everyday words.
ROWS = [
    # --- come in, A&E or wait ---
    (
        "come_in_or_wait",
        "A&E or wait for my GP on Monday? Cough and fever four days, now a sharp pain when I breathe in.",
    ),
    (
        "come_in_or_wait",
        "come in or just rest it? went over on my ankle on a kerb, can walk but limping, bruised on the outside",
    ),
    (
        "come_in_or_wait",
        "Walk-in centre or call an ambulance? My partner's hand is blue and cold since he fell on it.",
    ),
    ("come_in_or_wait", "Worth coming in for a sore throat, no temp?"),
    (
        "come_in_or_wait",
        "worth waiting till the morning? bad tummy pain on the right since teatime, no appetite, bit sick",
    ),
    (
        "come_in_or_wait",
        "Can I wait for my appointment next Thursday or should it be sooner? The lump in my breast feels bigger than last week.",
    ),
    ("come_in_or_wait", "urgent care or GP for cat scratch on my face?"),
    ("come_in_or_wait", "A&E for a fish hook in my thumb?"),
    (
        "come_in_or_wait",
        "Do I need antibiotics or will this go by itself? Green snot for ten days and my face aches when I bend down.",
    ),
    (
        "come_in_or_wait",
        "Nosebleed for 45 minutes, pinching hasn't stopped it, I take aspirin. Do I go to the emergency department?",
    ),
    (
        "come_in_or_wait",
        "Can this wait? There was blood in my wee this morning, just the once, no pain at all.",
    ),
    (
        "come_in_or_wait",
        "hi is this one for the nurse or the doctor, got a boil on my bum thats huge and really sore",
    ),
    (
        "come_in_or_wait",
        "My partner says go to A&E, I say it's nothing and I've got a big work presentation this afternoon. This morning I was in the shower, felt a bit hot and light-headed, and next thing I was on the floor. Came round straight away, no injury apart from a bump on my elbow. I've had a couple of flutters in my chest lately too but put it down to coffee. I'm 45. Who's right? Can I go to work and come in later?",
    ),
    (
        "come_in_or_wait",
        "ok to wait till after the bank holiday? pain in my ear since swimming, hearing's muffled",
    ),
    (
        "come_in_or_wait",
        "Should I be seen today? Big toe is red hot and swollen, woke me up, can't bear the sheet on it.",
    ),
    ("come_in_or_wait", "dry cough three weeks, otherwise ok. need a doctor?"),
    (
        "come_in_or_wait",
        "Can the chest pain wait till I finish work at 6? It's a dull ache and I'm a bit sweaty.",
    ),
    (
        "come_in_or_wait",
        "Wife's having a bad asthma attack, ten puffs of the blue inhaler and she's still struggling. Drive her in or ambulance?",
    ),
    (
        "come_in_or_wait",
        "Right, so I'm on holiday at my brother's for the week, two hours from home, and I didn't want to bother a hospital here if it's nothing. We've been out walking a lot and last night I noticed my right calf is swollen, warm, and it hurts when I flex my foot up. No injury. I'm on HRT and I'm a bit overweight. Can I wait until I get home on Sunday to see you, or should I go somewhere here?",
    ),
    # --- mental health in everyday words ---
    ("mental_health", "can't get out of bed most days. no point really"),
    ("mental_health", "just feel flat. nothing's fun anymore, not even the footy"),
    (
        "mental_health",
        "It sounds daft written down. I used to do the weekly shop no problem, I like a wander round, but since about March every time I go to the supermarket my heart pounds, my hands go sweaty and I feel like I'm going to pass out, and I have to leave the trolley and get out. Then it started happening on the bus. Now I don't go out at all if I can help it, my husband does the shopping. I'm 38. Is this something you can help with?",
    ),
    (
        "mental_health",
        "I cry in the car before work every morning. Is that normal burnout or something more?",
    ),
    (
        "mental_health",
        "can't stop checking the door's locked, like 30 times, makes me late for everything and I know it's daft",
    ),
    (
        "mental_health",
        "My husband's been drinking more since he lost his job, half a bottle of whisky a night, and now he's shaky in the mornings until he has one. He'd never ask for help himself.",
    ),
    (
        "mental_health",
        "brain won't switch off, thoughts racing, haven't needed sleep for three days and I've spent loads of money on stuff online. feel amazing but my partner is freaked out",
    ),
    (
        "mental_health",
        "Since the car accident in the autumn, nothing major, I was rear-ended at the lights and the insurance has finally sorted it all out, which is a relief. I've been back at work, I've been fine physically. But I feel like I'm watching myself from outside, like it's a film, and things around me don't seem real. I'm also jumpy at every car horn and I've stopped driving, I get lifts. It's been about three months. Is this a thing, and can it be treated?",
    ),
    (
        "mental_health",
        "Our son is 16 and barely leaves his room, stopped seeing his mates, eating at strange times, grades have dropped off a cliff. How do we get him help?",
    ),
    (
        "mental_health",
        "I've been snapping at everyone, can't concentrate, and feel like I'm drowning. Is this my menopause or is it my head?",
    ),
    (
        "mental_health",
        "Lost my wife in the spring and I'm not coping. Is there anyone I can talk to?",
    ),
    ("mental_health", "hearing someone whisper my name when nobody's there"),
    (
        "mental_health",
        "I've been eating loads then making myself sick after, a few times a week. Embarrassed to even type this.",
    ),
    ("mental_health", "feel like a ghost in my own life"),
    ("mental_health", "Anxiety through the roof, can't breathe properly"),
    (
        "mental_health",
        "Came off my antidepressants two weeks ago on my own and now I get electric zaps in my head and I'm weepy all the time.",
    ),
    (
        "mental_health",
        "cut myself last night. not deep. first time in years. don't really know why I'm telling you.",
    ),
    (
        "mental_health",
        "I'm having days where I can't function at all, sitting in the car outside the school unable to go in. Struggling to hold it together for the kids.",
    ),
    (
        "mental_health",
        "We've had a rough year, my mum died in January and then I got made redundant in the summer and we had to sell the car. My wife's been amazing. I put on a brave face for the kids. But honestly I've been waking at four every morning with my heart going, I've stopped enjoying anything, even the allotment, and I've lost my appetite. I'm not in danger or anything like that. I just don't feel like me. Could it be depression?",
    ),
]
