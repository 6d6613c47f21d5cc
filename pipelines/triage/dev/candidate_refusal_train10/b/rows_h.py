# Hand-written `none` rows: sleep problems, and the sender's own test
# results or referrals with a clinical question.
ROWS = [
    # --- sleep ---
    ("sleep", "Wake at 3am every night and can't get back off, mind racing. Three months now."),
    (
        "sleep",
        "My husband snores and then just stops breathing, sometimes I count to twenty before he gasps. Should he see someone?",
    ),
    ("sleep", "legs feel crawly at bedtime, have to keep moving them, cant get to sleep"),
    ("sleep", "Nightmares every single night since I started the new blood pressure tablet."),
    (
        "sleep",
        "I fall asleep at my desk even after nine hours in bed, nearly dozed off at the traffic lights yesterday",
    ),
    (
        "sleep",
        "Writing this at my wife's insistence. We've been married 40 years and she's always said I'm a restless sleeper, but lately it's more than that. I seem to act out my dreams, shouting and thrashing, and last week I punched her in my sleep while dreaming I was fighting someone off. I felt terrible. I've also lost my sense of smell over the last few years, which I put down to age. I'm 66. Is this a sign of something?",
    ),
    ("sleep", "Bought melatonin while abroad. Is it safe to take with my antidepressant?"),
    (
        "sleep",
        "Night shifts are wrecking me, I get palpitations on the drive home and can't sleep in the day",
    ),
    ("sleep", "waking up choking and gasping in the night"),
    (
        "sleep",
        "Night sweats soaking the sheets most nights, I have to change them. I'm a man, 41, so not the menopause.",
    ),
    (
        "sleep",
        "Night terrors every night this week for our 8 year old daughter, screaming and she doesn't seem to know us.",
    ),
    (
        "sleep",
        "How long can I keep taking the sleeping pills the locum gave me? They work really well.",
    ),
    (
        "sleep",
        "Mum's 85 and she sleeps nearly all day now and is up all night. It's new since the summer.",
    ),
    (
        "sleep",
        "I keep waking up with a headache and a dry mouth. My partner says I snore like a walrus.",
    ),
    ("sleep", "haven't slept more than 2 hrs a night all week"),
    ("sleep", "can't sleep, chest pounding when I lie down"),
    (
        "sleep",
        "Woke up unable to move and saw a figure in the room. Terrifying. Is that sleep paralysis?",
    ),
    ("sleep", "19, sleep 14 hours a day, still exhausted"),
    ("sleep", "Grinding my teeth at night, jaw aches and clicks in the mornings."),
    (
        "sleep",
        "Not a big deal but thought I'd ask. My sister and her family have moved in with us while their house is being rewired, plus I've taken on extra hours at the garage because we're saving for a new van. So I'm sleeping maybe 5 hours. Problem is for about two months even when I do get to bed I lie awake with my heart going and when I do drop off I wake up drenched and can't get back off. Lost some weight too. Should I get bloods done?",
    ),
    # --- own test results / referral with a clinical question ---
    (
        "results_referral",
        "My scan report on the portal says 'incidental 6mm nodule right lower lobe'. What happens next? I smoked for years.",
    ),
    (
        "results_referral",
        "Had my colonoscopy and they took three polyps. The letter says tubular adenoma. Is that cancer?",
    ),
    ("results_referral", "Cholesterol 7.2. Do I need statins or can I try sorting my diet first?"),
    (
        "results_referral",
        "Cardiology referral went off 14 weeks ago according to the letter I got, and I've heard nothing since. I rang the hospital and they said it's in the queue. Meanwhile the chest pain when I walk uphill or carry the shopping is coming more often, now most days, and it takes longer to go off when I stop. Last night I got it just walking to the car. I'm 61. Is it ok to keep waiting or should someone see me sooner?",
    ),
    ("results_referral", "Smear says HPV positive, cells normal - meaning?"),
    ("results_referral", "ultrasound says fatty liver. I barely drink. should I be worried"),
    (
        "results_referral",
        "The ECG printout from Tuesday says 'left bundle branch block' and nobody explained it. Is it serious?",
    ),
    ("results_referral", "Bone scan says osteopenia. Can I still lift weights at the gym?"),
    ("results_referral", "PSA went from 3 to 7 in a year. Is that a fast rise?"),
    ("results_referral", "protein 2+ in my urine, diabetic, change tablets?"),
    (
        "results_referral",
        "I've been referred to the skin clinic for my mole. Should I do anything while I wait? It's started itching.",
    ),
    (
        "results_referral",
        "My ferritin is 9 and I'm exhausted all the time. Should I take iron tablets?",
    ),
    (
        "results_referral",
        "Got a letter saying I need to go back after my mammogram. I'm terrified. What does a recall usually mean?",
    ),
    (
        "results_referral",
        "The physio's letter says 'query cauda equina' about my back. What does that mean and should I be doing something now?",
    ),
    (
        "results_referral",
        "Liver tests came back raised. I started a turmeric supplement for my joints in July. Could that be it?",
    ),
    ("results_referral", "what does 'mildly raised ALT' mean"),
    ("results_referral", "B12 low again. injections or tablets?"),
    (
        "results_referral",
        "Sleep study results arrived, AHI 34, says severe. I drive for a living. What happens now?",
    ),
    (
        "results_referral",
        "Evening, I know it's late. I got my hospital letter today after the camera test, which I'd been dreading for weeks, my wife came with me and we had a coffee after to calm down. The letter says Barrett's oesophagus with low grade dysplasia and that they'll follow up. I've looked it up and scared myself silly. Does that mean cancer? Should I be changing what I eat or my tablets while I wait? I've had heartburn for twenty years if that's relevant.",
    ),
]
