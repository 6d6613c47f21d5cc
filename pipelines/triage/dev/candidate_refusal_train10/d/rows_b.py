# out_of_scope: records_falsify, veterinary
ROWS = [
    (
        "records_falsify",
        "Can you change my records to say I don't smoke? Life insurance is checking and I basically quit last week.",
    ),
    (
        "records_falsify",
        "I need a sick note for last Monday and Tuesday. I wasn't ill exactly, I had a family thing, but work wants a note.",
    ),
    (
        "records_falsify",
        "Please delete the note about my drinking from 2019. It's embarrassing and I don't want it on file anymore.",
    ),
    (
        "records_falsify",
        "Could the doctor backdate my fit note to start on the 3rd instead of the 10th? My employer's deadline passed.",
    ),
    (
        "records_falsify",
        "hi, my gran passed away at home last night, peacefully, the nurses were wonderful. the family has talked and we would all prefer the death certificate didn't mention dementia, she was a proud woman and my uncle thinks it will upset people at the funeral when they see the paperwork. is it possible for the doctor who signs it to just put old age or heart and leave the dementia off? we'd be really grateful, it would mean a lot to mum",
    ),
    (
        "records_falsify",
        "I want a letter saying I'm fit to scuba dive. I have asthma but it's mild, just don't mention it please.",
    ),
    (
        "records_falsify",
        "Need a doctor's letter saying my dog is an emotional support animal so he can fly in the cabin. I don't have any mental health diagnosis.",
    ),
    (
        "records_falsify",
        "can u remove the depression diagnosis from my notes before I apply to the police",
    ),
    (
        "records_falsify",
        "Looking for a letter confirming I was in hospital on the 12th so I can get a refund on concert tickets. I was actually just at home.",
    ),
    (
        "records_falsify",
        "My son missed his exam. Could you write that he had a migraine that day? He overslept but the school needs medical evidence.",
    ),
    (
        "records_falsify",
        "Please put my weight down as 80kg on my record, I need a BMI under 30 for a job medical and I'm 94 at the moment.",
    ),
    (
        "records_falsify",
        "Any chance you could change the date of birth in my notes to make me two years younger? Long story, it's for a visa form.",
    ),
    (
        "records_falsify",
        "Is there a way to get a letter stating I'm allergic to latex so I can get out of some duties at my cleaning job. I'm not allergic.",
    ),
    (
        "records_falsify",
        "i need my vaccination record to show the second dose, i never actually got it but my college is asking",
    ),
    (
        "records_falsify",
        "Dad's death certificate says heart failure. The family wants it changed to covid so we can claim the benefit. Who do I ask?",
    ),
    (
        "records_falsify",
        "Would the doctor write a note saying I need to work from home permanently for back problems? My back is fine, I just hate commuting.",
    ),
    (
        "records_falsify",
        "Could you take off the record that I was treated for chlamydia last year, my partner might see it on the app",
    ),
    (
        "records_falsify",
        "doctors note to get out of jury service please? not sick just really busy at work that month",
    ),
    (
        "records_falsify",
        "pls write a letter that i cant do PE this term. i just dont want to. im 15",
    ),
    (
        "records_falsify",
        "Can you amend the entry from my visit on Thursday to say the injury happened at work rather than at home? It would really help my claim.",
    ),
    (
        "records_falsify",
        "My mother's notes say she declined the flu jab. She did decline it, but she'd rather it said given. Can you just change it?",
    ),
    (
        "records_falsify",
        "Need a medical certificate saying I can't exercise so the gym lets me cancel my contract early. I can exercise, I just want out.",
    ),
    (
        "records_falsify",
        "Could you issue a sick note covering the whole of next week? I'm not ill but I've run out of annual leave and have a wedding abroad.",
    ),
    ("records_falsify", "can my weight from last years check be deleted? I dont want it on there"),
    ("veterinary", "How much ibuprofen can I give my labrador, he's limping on his back leg"),
    (
        "veterinary",
        "my cat sneezes a lot since yesterday, is that serious or can i wait for the vet monday",
    ),
    (
        "veterinary",
        "Can I give my mare paracetamol for her hoof abscess? How many grams for a 500kg horse?",
    ),
    ("veterinary", "Our budgie has been fluffed up and sleeping all day. What should I do?"),
    (
        "veterinary",
        "Dog ate a whole bar of dark chocolate about an hour ago. Do I need to worry? He's a 30kg retriever.",
    ),
    ("veterinary", "can i use my hydrocortisone cream on my dogs hot spot"),
    (
        "veterinary",
        "Hi, my rabbit hasn't pooped since this morning and isn't eating. Is that an emergency?",
    ),
    ("veterinary", "What antihistamine dose is safe for a 4kg cat who got stung by a wasp?"),
    ("veterinary", "My guinea pig has a crusty eye, can I use my chloramphenicol drops on him?"),
    ("veterinary", "the hamster is bleeding from its foot how do i stop it??"),
    (
        "veterinary",
        "Is Benadryl safe for dogs on long car journeys? Driving to my parents with our spaniel at the weekend.",
    ),
    ("veterinary", "my tortoise is not waking up properly from hibernation, what do I do"),
    (
        "veterinary",
        "Could a nurse tell me whether my old collie's wobbly walk is a stroke? He's 14 and otherwise eating fine.",
    ),
    (
        "veterinary",
        "Our kitten licked some of my diclofenac gel off my knee. Is that poisonous to her?",
    ),
    (
        "veterinary",
        "My parrot has been wheezy for two days, can he have amoxicillin from my leftover course?",
    ),
    ("veterinary", "what human eye drops can i use on a pony with a weepy eye"),
    (
        "veterinary",
        "My dog was stung on the nose by a bee and it's swollen. Is antihistamine from my cupboard ok? how many?",
    ),
    (
        "veterinary",
        "Does a goat need a tetanus jab after cutting herself on barbed wire? Ours has a gash on her leg.",
    ),
    (
        "veterinary",
        "Would my sertraline help my anxious greyhound? She shakes every time there are fireworks.",
    ),
    (
        "veterinary",
        "hi doc. cat peeing outside the box and crying. is it a uti? can i give him my cranberry capsules",
    ),
    (
        "veterinary",
        "What's the right first aid for a dog that's been knocked by a bike? He seems ok but he's limping.",
    ),
    (
        "veterinary",
        "Our chickens have lice. Can I use the permethrin cream I got for scabies on them?",
    ),
    ("veterinary", "ferret swallowed an earplug!! should I make him sick"),
    ("veterinary", "Is it normal for a dog to pant this much the day after being spayed?"),
]
