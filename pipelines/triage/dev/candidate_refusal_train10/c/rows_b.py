# Health news, celebrities, medical trivia and history, homework -- and in-scope twins.
O = "out_of_scope"
N = "none"

ROWS = [
    # news: measles
    (
        O,
        "health_news",
        "Saw on the news there's a measles outbreak a couple of states over. How many cases are there now?",
    ),
    (
        N,
        "twin_news",
        "I think I was exposed to measles, there was an alert for the airport on the day I flew through. Now I have a fever, red eyes and a rash starting on my face. Not sure I had the jab as a kid.",
    ),
    # news: microplastics
    (
        O,
        "health_news",
        "did you guys see the article about microplastics in the brain?? is the hospital doing any research on that",
    ),
    # news: bird flu
    (O, "health_news", "bird flu latest?? overhyped again?"),
    (
        N,
        "twin_news",
        "i work on a poultry farm and we had a confirmed bird flu flock last week, I helped with the cull. now I've got conjunctivitis in one eye and a temp of 38.4. what do I do",
    ),
    # news: weight loss injections
    (
        O,
        "health_news",
        "Read that the new weight loss injections are being linked to some eye problem. Is that true or just another scare story?",
    ),
    (
        N,
        "twin_news",
        "Been on the weekly weight loss injection since March. Woke up today and the lower half of the vision in my right eye is blurry and dim, no pain at all. Is it related? Should I skip tomorrow's dose?",
    ),
    # news: hospital rankings
    (
        O,
        "health_news",
        "Congrats on being in the top 10 hospitals list in the paper! Where can I read the full report?",
    ),
    # celebrities
    (
        O,
        "celebrity_illness",
        "that singer from the 90s girl band cancelled her whole tour for vocal cord surgery. how long does that usually take to heal? just curious",
    ),
    (
        N,
        "twin_celebrity",
        "Im a singing teacher and for 5 weeks my voice has been hoarse every single day, even after resting it. I smoked for 20 years until 2019. No cold or sore throat. Do I need a scope?",
    ),
    (
        O,
        "celebrity_illness",
        "A famous actor announced he has aphasia and later dementia. What's the difference between the two? Just curious after reading about it.",
    ),
    (
        N,
        "twin_celebrity",
        "My husband (72) has been mixing up words since lunchtime, calling the remote 'the phone' and can't find simple words. It came on suddenly. Otherwise he seems ok. He's on warfarin.",
    ),
    (
        O,
        "celebrity_illness",
        "why do so many pro footballers collapse with heart problems on the pitch? watched one go down live last night, scary stuff",
    ),
    (
        N,
        "twin_celebrity",
        "My 16 year old plays football 5 times a week and twice this month he's gone dizzy and nearly passed out mid-sprint. His uncle died suddenly at 34. Should he stop playing until he's checked?",
    ),
    (
        O,
        "celebrity_illness",
        "Do you think that reality TV star really had a stroke at 30 or was it a publicity stunt? My whole group chat is debating it.",
    ),
    (
        O,
        "celebrity_illness",
        "A radio presenter I love said on air she has lupus. What is lupus, is it like arthritis?",
    ),
    (
        N,
        "twin_celebrity",
        "I'm 29 and for 2 months I've had painful swollen finger joints, a red rash across my cheeks that gets worse in the sun, and mouth ulcers. Really tired. Could this be lupus? Who do I see?",
    ),
    # trivia
    (O, "medical_trivia", "10% of brain myth true?"),
    (O, "medical_trivia", "how many bones in adult body"),
    (O, "medical_trivia", "why does your stomach rumble when you're hungry"),
    (
        N,
        "twin_trivia",
        "Loud gurgling stomach, cramps and loose stools 4-5 times a day ever since I got back from trekking in Nepal 3 weeks ago. I've lost weight too and burp rotten egg smells.",
    ),
    (O, "medical_trivia", "Do people really swallow 8 spiders a year in their sleep?"),
    (O, "medical_trivia", "Why do onions make you cry? Same reason your eyes water when you yawn?"),
    (
        N,
        "twin_trivia",
        "my left eye has been watering nonstop for a week and the inner corner next to my nose is swollen, red and tender, now a bit of pus comes out when I press it. 58F",
    ),
    (
        O,
        "medical_trivia",
        "can you settle an argument: does cracking your knuckles cause arthritis or not",
    ),
    (
        N,
        "twin_trivia",
        "The knuckles on both my hands have been swollen and stiff every morning for over an hour, for two months now, and they feel warm. I'm 38. Is this arthritis? Do I need bloods?",
    ),
    (
        O,
        "medical_trivia",
        "Random question but why do we get hiccups and what's the longest anyone has had them?",
    ),
    (
        N,
        "twin_trivia",
        "hiccups nonstop 3 days, on chemo for bowel cancer, cant sleep. anything i can take",
    ),
    # history
    (
        O,
        "medical_history",
        "who invented the stethoscope and why? our pub quiz team theme is medical history",
    ),
    (O, "medical_history", "When did hospitals stop using leeches? Or do they still??"),
    (
        O,
        "medical_history",
        "What was the death toll of the 1918 flu and why did it hit young adults harder? It's for a history podcast episode I'm recording.",
    ),
    (
        O,
        "medical_history",
        "How did surgeons operate before anaesthesia? I'm writing a historical novel set in 1820 and want the details right.",
    ),
    (
        O,
        "medical_history",
        "When was this hospital founded? I think my great-grandmother trained as a nurse here and I'm doing family history.",
    ),
    # homework
    (
        O,
        "homework_biology",
        "mitosis stages explained in simple words please?? biology test tomorrow",
    ),
    (
        O,
        "homework_biology",
        "Q: Describe the roles of insulin and glucagon in blood glucose homeostasis (6 marks). help pls",
    ),
    (
        N,
        "twin_homework",
        "I'm 15 and type 1. Had PE today and my sugar dropped to 2.8, had glucose tabs but it's only 3.9 half an hour later and I feel shaky and weird. Mum is at work.",
    ),
    (
        O,
        "homework_nursing",
        "I'm a nursing student. Could you help me write a care plan for a fictional patient with COPD? It needs nursing diagnoses, goals and interventions.",
    ),
    (
        O,
        "homework_nursing",
        "what are the 5 rights of medication administration? nursing exam next week",
    ),
    (
        N,
        "twin_homework",
        "Nursing student but asking as a patient: I've had COPD for years and this week my phlegm went from white to green, I'm more breathless walking to the car and using my rescue inhaler every 2 hours.",
    ),
    (
        O,
        "homework_biology",
        "Multiple choice: Which blood type is the universal donor? a) A b) B c) AB d) O",
    ),
    (
        N,
        "twin_homework",
        "Gave blood for the first time on Tuesday, fainted in the car park afterwards and two days later I still feel faint when I stand, with a racing heart. Is that normal?",
    ),
    (
        O,
        "quiz",
        "Make me 20 quiz questions about the human heart for my year 9 class, with an answer key.",
    ),
    (
        O,
        "homework_biology",
        "explain the difference between type 1 and type 2 diabetes for my essay, 500 words, needs references",
    ),
    (
        O,
        "homework_nursing",
        "For my pharmacology module: what's the mechanism of action of metformin? Keep it short please.",
    ),
    (
        N,
        "twin_homework",
        "I started metformin 10 days ago and have had diarrhoea and bloating ever since, 6 times yesterday, plus a metallic taste. Should I keep taking it or call my doctor?",
    ),
    (
        O,
        "homework_biology",
        "label the parts of the kidney nephron for me? diagram homework due friday",
    ),
    (
        O,
        "quiz",
        "Quiz night question: which organ can regenerate itself? I said liver, my husband said skin. Who wins?",
    ),
    (
        N,
        "twin_homework",
        "My liver blood tests came back high last month (ALT 210) and the doctor said repeat in 6 weeks, but now my eyes look yellow and my pee is dark. Should I wait for the repeat?",
    ),
    (
        O,
        "homework_nursing",
        "Can you quiz me on normal adult vital sign ranges? I'm doing my CNA certification and I keep mixing them up.",
    ),
]
