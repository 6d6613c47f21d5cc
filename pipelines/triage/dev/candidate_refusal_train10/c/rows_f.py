# In-scope twins for out_of_scope topics in rows_a..rows_e that had no twin yet.
O = "out_of_scope"
N = "none"

ROWS = [
    (
        N,
        "twin_news",
        "Saw the article about microplastics and it spooked me, but honestly my real worry is a headache that wakes me up every morning for 3 weeks now, and I've vomited twice this week. 41M.",
    ),
    (
        N,
        "twin_news",
        "You're in the top hospitals list so hopefully you can help: the wound from my knee replacement 10 days ago is oozing cloudy fluid and the knee is hotter and redder than yesterday.",
    ),
    (
        N,
        "twin_celebrity",
        "i'm 31 and since this morning the left side of my face droops when I smile and I can't close my left eye properly. arms and legs feel normal. bells palsy or stroke??",
    ),
    (
        N,
        "twin_history",
        "At my check-up the doctor listened with the stethoscope, said I have a new heart murmur and to 'keep an eye on it'. Now I get breathless and lightheaded on the hill to the shops. Should I have had a scan?",
    ),
    (
        N,
        "twin_history",
        "Flu went through our house last week. Everyone's better except me: day 8, the fever came back at 39.2, I'm coughing up rusty coloured phlegm and it hurts to breathe in on the right side.",
    ),
    (
        N,
        "twin_history",
        "Having a general anaesthetic for my hernia op on Thursday. I take apixaban and a diabetes tablet and nobody's told me whether to stop them beforehand. What do I do?",
    ),
    (
        N,
        "twin_homework",
        "got my bio test tomorrow but since lunch I've had a stabbing pain low on the right side of my belly, it started near my belly button and now it hurts to walk. im 14 and feel sick",
    ),
    (
        N,
        "twin_homework",
        "I teach year 9 and during a lesson today my heart suddenly raced at about 190 for 20 minutes, then stopped just as suddenly. Felt shaky after. It's happened before but never this long.",
    ),
    (
        N,
        "twin_homework",
        "Kidney stone I think?? pain in waves from my left side into my groin all night, blood in my pee, and now I've got shivers and a temp of 38.6",
    ),
    (
        N,
        "twin_homework",
        "Doing my CNA course and practised vitals on myself: BP 88/50, pulse 124, and I do feel really woozy. I've had diarrhoea for 3 days. Is that bad?",
    ),
    (
        N,
        "twin_writing",
        "Just passed my paramedic exams but can't even celebrate, I've had a band of small blisters around the right side of my chest for 2 days with burning pain. Shingles at 28?",
    ),
    (
        N,
        "twin_other_person",
        "Dad came home last week with a feeding tube in his nose. Tonight it looks like it's slipped out about 10cm and he coughs a lot when we run the feed through. Should we stop the feed?",
    ),
    (
        N,
        "twin_other_person",
        "I look after my neighbour (81) most days. Today she's very drowsy, her lips look a bit blue and she's breathing fast. She has COPD. Do I call 911 or you?",
    ),
    (
        N,
        "twin_other_person",
        "I'm on dialysis three times a week and missed Friday's session because of the snow. Now my legs are swollen, I'm short of breath lying flat and my hands feel tingly. What should I do?",
    ),
    (
        N,
        "twin_other_person",
        "cut foot 3 days ago, red streak up shin now, shivering, feel confused",
    ),
    (
        N,
        "twin_pet",
        "Got bitten by my son's hamster cleaning the cage on Sunday. Now my finger is swollen to the first joint, red, and I've got a temperature. Is it infected?",
    ),
    (
        N,
        "twin_pet",
        "A horse kicked me in the thigh at the stables this afternoon. Big hard swelling, the leg feels tight as a drum and it's really painful to move my toes. Worse over the last hour.",
    ),
    (
        N,
        "twin_hospital_work",
        "I'm a radiographer and I've noticed a hard lump in my neck just above the collarbone, doesn't hurt, been there maybe 4 weeks. Probably nothing but it isn't going away.",
    ),
    (
        N,
        "twin_hospital_work",
        "I need the flu vaccine for my volunteer role but I had Guillain-Barre syndrome a few years ago. Is it safe for me to have it?",
    ),
    (
        N,
        "twin_parking",
        "My husband has MS and uses the blue badge. Since yesterday he's much weaker in both legs, can't get out of his chair, and says he can't tell when he needs to wee. What should we do?",
    ),
    (
        N,
        "twin_cafeteria",
        "My dad had his bowel operation here on Monday and came home yesterday. Today his tummy is swollen, he's vomiting green stuff and hasn't passed wind since this morning. He's 76.",
    ),
    (
        N,
        "twin_fundraising",
        "Did the school sponsored walk with my 8 year old yesterday and now she's got a big round red rash on her leg like a target, right where she had a tick bite. Does she need antibiotics?",
    ),
    (
        N,
        "twin_insurance",
        "We switched insurance and the new plan wants me to see a new doctor, but I've only got 2 days of lamotrigine left for my epilepsy. Had one seizure this year. How do I not run out?",
    ),
    (
        N,
        "twin_billing",
        "I lost my job and I'm scared of another hospital bill, but I've been peeing blood for 2 days, no pain at all. I'm 66 and an ex-smoker. Can this wait until I have insurance again?",
    ),
    (
        N,
        "twin_hours",
        "Mum's on the orthopaedic ward after her hip op and when I visited tonight she didn't know who I was, kept picking at the air and talking to people who weren't there. Is that normal after surgery?",
    ),
    (
        N,
        "twin_translation",
        "Can't stop sneezing for 3 weeks, eyes streaming, nose blocked, and now my face hurts above my top teeth with green discharge and a temp. Antihistamines are doing nothing.",
    ),
    (
        N,
        "twin_diet",
        "My cholesterol came back at 8.9 and the GP wants to start a statin but I'd rather change my diet first. I'm 45 and my brother had a heart attack at 47. Is it safe to wait?",
    ),
    (
        N,
        "twin_first_aid",
        "Burnt the back of my hand on the steam oven at work, the first-aider put cling film on it. It's blistered, white and leathery in the middle and strangely not that painful. Do I need to come in?",
    ),
    (
        N,
        "twin_fitness",
        "Our office step challenge got me doing 20k steps a day and now the top of my right foot is swollen with one spot on the bone that's really painful to press. I'm limping.",
    ),
    (
        N,
        "twin_trivia",
        "Woke up with two tiny bite marks on my ankle and now there's a dark purple patch in the middle that's spreading and very painful. Could it be a spider?",
    ),
]
