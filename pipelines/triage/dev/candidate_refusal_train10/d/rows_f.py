# none: in-scope twins (injury with claim/money context, student/writer own symptom, admin + symptom, fitness/cosmetic complication)
ROWS = [
    (
        "none_claim_context",
        "Car accident on Tuesday, I'm putting in a claim, but right now my neck is getting stiffer and I have pins and needles in my left hand. Should I be seen?",
    ),
    (
        "none_claim_context",
        "fell at work on a wet floor, manager says fill in the accident book but my hip hurts so much i can barely walk",
    ),
    (
        "none_claim_context",
        "Insurance company wants a medical, fine, but the real issue is I've been getting chest tightness when I climb the stairs this month.",
    ),
    (
        "none_claim_context",
        "We're taking the landlord to court over the damp, but my daughter's (7) cough has got much worse this week and she's wheezing at night.",
    ),
    (
        "none_claim_context",
        "Can't afford my inhaler this month and I'm running low. Used it 5 times today already, chest is tight.",
    ),
    (
        "none_claim_context",
        "hit my head on a shelf in the supermarket, they said get it checked for their incident report. headache and feeling sick ever since.",
    ),
    (
        "none_claim_context",
        "Insurance still hasn't approved my MRI. Meanwhile the numbness in my legs is spreading and I had an accident with my bladder yesterday.",
    ),
    (
        "none_claim_context",
        "After the whiplash claim settled I thought I was fine, but the headaches at the back of my head are daily now and painkillers don't touch them.",
    ),
    (
        "none_claim_context",
        "Insurance form asked about blood pressure so I checked it at home: 185/115 twice tonight, with a headache. Is that dangerous?",
    ),
    (
        "none_claim_context",
        "Work injury last Friday, cut my palm on a machine. Stitched at urgent care but now it's swollen and red round the stitches and I feel feverish.",
    ),
    (
        "none_claim_context",
        "Off work with my back and money is tight, so I haven't been back to the doctor, I've just been managing with what I've got in the house. The thing is I've been taking more paracetamol than the box says because two at a time does nothing, so it's been about 12 a day for a week now, sometimes with a couple of co-codamol as well. Today I feel a bit sick and there's a dull ache under my ribs on the right side. Is that ok or have I overdone it?",
    ),
    (
        "none_student_self",
        "Nursing student on placement, I got a needlestick from a used needle about an hour ago. What do I do?",
    ),
    (
        "none_student_self",
        "Revising for finals and I've had a pounding headache for 3 days, light hurts my eyes and my neck is stiff.",
    ),
    (
        "none_student_self",
        "writing my dissertation and for about two weeks i've had pain in my right wrist and tingling fingers from typing all day",
    ),
    (
        "none_student_self",
        "Im a med student and found a lump in my own testicle, hard and painless. probably nothing but i've read too much",
    ),
    (
        "none_student_self",
        "Actor here. I've lost my voice for 3 weeks now and it isn't coming back. I do smoke a bit.",
    ),
    (
        "none_student_self",
        "Been drinking too much while finishing my novel, I think. I'm shaking in the mornings and need a drink to stop it.",
    ),
    (
        "none_student_self",
        "Debate tournament is next week but my chest has been tight and wheezy since my cold, and the inhaler isn't helping much.",
    ),
    (
        "none_student_self",
        "our biology teacher said blood in pee isnt normal. im 16 and i noticed it twice this week, no pain",
    ),
    (
        "none_student_self",
        "Studying for the bar exam I've barely eaten, lost 8kg in a month, and I'm dizzy every time I stand up.",
    ),
    (
        "none_student_self",
        "Three times this week I've seen zigzag lines in my vision followed by a bad headache. Never had it before.",
    ),
    (
        "none_student_self",
        "Hi, PhD student, I work with lab mice and I've developed an itchy rash and now sneezing and wheezing at work.",
    ),
    (
        "none_admin_symptom",
        "I was going to cancel my Thursday appointment, but the swelling in my leg is worse and now it's hot and painful to walk on. Should I be seen sooner?",
    ),
    (
        "none_admin_symptom",
        "moved house last week, lots of boxes, and since then im more breathless than normal, cant lie flat at night without 3 pillows and my ankles are swollen up to the shins. I have heart failure and take furosemide but I think I missed a few doses in the chaos of the move. weight is up about 3kg on the bathroom scale. what should i do",
    ),
    (
        "none_admin_symptom",
        "Can't make my diabetes review, but also my sugars have been over 20 for three days and I'm peeing loads.",
    ),
    (
        "none_admin_symptom",
        "Lost my inhaler on the train yesterday and I've been wheezy since this morning. What should I do?",
    ),
    (
        "none_admin_symptom",
        "i'm on the waiting list for my hernia op but since last night it's gone hard and really painful and i've been sick twice",
    ),
    (
        "none_admin_symptom",
        "The new address is far from the pharmacy and I've missed 4 days of my epilepsy tablets. I had a small seizure this morning.",
    ),
    (
        "none_admin_symptom",
        "My appointment isn't till next month but the mole on my back has started bleeding and got bigger.",
    ),
    (
        "none_admin_symptom",
        "Portal won't let me book. Burning when I pee, pain in my lower back on the right since yesterday, and a temperature.",
    ),
    (
        "none_admin_symptom",
        "The receptionist said no slots till the 20th. My eye has been red and painful since yesterday and light really hurts it. I wear contacts.",
    ),
    (
        "none_admin_symptom",
        "Transferring to the new surgery soon. Meanwhile the tablets the old GP started make me cough constantly, is that the medicine?",
    ),
    (
        "none_admin_symptom",
        "hello, my hearing aid appointment got cancelled and now my ear is leaking yellow fluid and hurts a lot",
    ),
    ("none_fitness_injury", "fell running this am, wrist swollen cant grip"),
    (
        "none_fitness_injury",
        "Training for a marathon, pain on the front of my shin for 2 weeks and now it's sore even walking.",
    ),
    (
        "none_fitness_injury",
        "started creatine and high protein a month ago and my last urine sample apparently had protein in it. should I worry?",
    ),
    (
        "none_fitness_injury",
        "i've been doing intermittent fasting and today got really shaky, sweaty and nearly passed out at work. im diabetic on gliclazide",
    ),
    (
        "none_fitness_injury",
        "Heavy leg day 2 days ago, thighs are super swollen and my pee is dark brown like cola.",
    ),
    (
        "none_fitness_injury",
        "Had botox in my forehead at a salon on Saturday and now my left eyelid is drooping over my eye.",
    ),
    (
        "none_fitness_injury",
        "Bought a fat burner online. Since yesterday my heart is racing and I feel very hot and jittery.",
    ),
    (
        "none_fitness_injury",
        "Got chest pain and felt faint during spin class, went away after 10 mins. I'm 52 and never had that before.",
    ),
    (
        "none_fitness_injury",
        "New retinol made my face burn, now it's red, swollen and weeping, around my eyes too.",
    ),
    (
        "none_fitness_injury",
        "Pulled something in my calf at squash 3 days ago, now the calf is swollen, warm and hurting more. I'm on the pill.",
    ),
    (
        "none_fitness_injury",
        "knee gave way at football, heard a pop and it swelled straight away. cant straighten it",
    ),
]
