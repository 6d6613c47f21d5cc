# Writing tasks, curiosity about other people's illness, pets -- and in-scope twins.
O = "out_of_scope"
N = "none"

ROWS = [
    # writing tasks
    (
        O,
        "writing_task",
        "Could you write a thank you card message for the nurses on ward 7? They looked after my grandad last month. Something warm but not too long.",
    ),
    (
        N,
        "twin_writing",
        "My grandad came home from ward 7 last week after his pneumonia and he was doing really well at first, walking to the kitchen with his frame and doing the crossword. Since yesterday he's been confused, he thought my mum was his sister and he got up at 3am trying to go to work. He's not eating, only sipping tea, and his pee smells really strong and looks dark. He's 84 and lives with us. No fever that we can tell but he feels a bit clammy. What should we do?",
    ),
    (
        O,
        "writing_task",
        "I run a wellness blog. Write 800 words on the benefits of cold water swimming, with a catchy title and some subheadings.",
    ),
    (
        N,
        "twin_writing",
        "Joined a cold water swimming club. After yesterday's dip my fingers went completely white and numb for an hour, then purple and throbbing. Second time it's happened. Anything to worry about?",
    ),
    (
        O,
        "writing_task",
        "need an instagram caption for our breast cancer awareness bake sale, something punny",
    ),
    (
        N,
        "twin_writing",
        "Found a hard lump in my left breast about the size of a pea in the shower last night. It doesn't hurt. I'm 44 and my last mammogram was 2 years ago. How soon should I be seen?",
    ),
    (
        O,
        "writing_task",
        "Please help me write a retirement speech for our head nurse, 30 years on the same ward. Funny but kind.",
    ),
    (
        O,
        "writing_task",
        "Write a poem about a doctor who saves lives, it's for my mum's birthday, she's a GP",
    ),
    (
        O,
        "writing_task",
        "We're making a leaflet for our church about keeping healthy in winter. Can you write the text? General stuff, flu jabs, wrapping up warm, checking on neighbours.",
    ),
    (
        N,
        "twin_writing",
        "Had my flu jab on Monday and now the whole upper arm is red, swollen and hot, about the size of my palm and getting bigger. Temp 37.9. Normal reaction or not?",
    ),
    (
        O,
        "writing_task",
        "Help me write a eulogy for my aunt please. She died of ALS last month after a long illness and the funeral is on Friday. She was a keen gardener, grew prize dahlias for thirty years, adored her two scruffy terriers and never missed a quiz night at the village hall. She could be blunt but she was the first to turn up with soup when anyone was poorly. About four minutes long, a bit of humour is fine, the family would like that.",
    ),
    (
        N,
        "twin_writing",
        "Since my aunt died last month I can't sleep more than 2 or 3 hours a night, I've stopped eating properly and some days I don't see the point of anything. I don't really know who to talk to.",
    ),
    (
        O,
        "writing_task",
        "can you draft a letter to the council complaining about the hospital car park fees going up again",
    ),
    (
        O,
        "writing_task",
        "Write a LinkedIn post announcing I passed my paramedic exams, humble but proud.",
    ),
    (
        O,
        "writing_task",
        "My book club is reading a novel about a surgeon. Could you write 5 discussion questions for us?",
    ),
    # curiosity about other people
    (
        O,
        "other_person_curious",
        "My coworker came back from sick leave and said she'd had 'a TIA'. What is that exactly? Didn't want to ask her.",
    ),
    (
        N,
        "twin_other_person",
        "For about 10 minutes this morning my right arm went weak and my speech was slurred, then it all cleared up. Feel fine now. 67 and on blood pressure pills. Do I still need to do something?",
    ),
    (
        O,
        "other_person_curious",
        "Saw a man on the bus with a thin tube going into his nose, taped to his cheek. What would that be for?",
    ),
    (
        O,
        "other_person_curious",
        "our neighbour gets taken away by ambulance every few weeks. what are the usual reasons for that? nosy I know",
    ),
    (
        O,
        "other_person_curious",
        "a guy in my class has white patches on his skin, what's that called? is it like albinism",
    ),
    (
        N,
        "twin_other_person",
        "Over the last few months I've got white patches on both hands and around my mouth and they're spreading. They don't itch. Is it vitiligo, and is there any treatment?",
    ),
    (
        O,
        "other_person_curious",
        "My boss mentioned he's on dialysis three times a week. How does dialysis actually work? Fascinating.",
    ),
    (
        O,
        "other_person_curious",
        "What's it mean when someone's 'in remission'? A lady at my knitting group said it and I didn't want to seem ignorant.",
    ),
    (
        N,
        "twin_other_person",
        "My mum is in remission from lymphoma and lives with me. Tonight she's had drenching night sweats again and there's a lump in her neck she says wasn't there before. Should she be seen before her next scan?",
    ),
    (
        O,
        "other_person_curious",
        "The footballer in my fantasy team tore his ACL. How long is recovery usually, will he be back before the season ends?",
    ),
    (
        N,
        "twin_other_person",
        "Twisted my knee at 5-a-side on Thursday, heard a pop, it swelled up within an hour and now it gives way when I turn. Can I get it looked at this week?",
    ),
    (
        O,
        "other_person_curious",
        "Heard my colleague's husband has sepsis. How do people even get that? Asking out of curiosity, I barely know them.",
    ),
    (
        O,
        "other_person_curious",
        "There's a lady at church who always wears a mask and gloves, someone said she had a transplant. Why would she need those?",
    ),
    (
        N,
        "twin_other_person",
        "I had a kidney transplant 8 months ago. Since yesterday I've got a temp of 38.3, aching all over and the transplant site feels tender. What should I do?",
    ),
    # pets
    (
        O,
        "pet_illness",
        "my dog has been limping on his back leg for 2 days, should I take him to the vet or wait and see",
    ),
    (
        N,
        "twin_pet",
        "My dog bit me on the hand yesterday when I pulled him out of a fight. Today the bite is swollen, red and throbbing and I can't make a fist. Do I need antibiotics?",
    ),
    (
        O,
        "pet_illness",
        "Our cat keeps sneezing and has gooey eyes. Is there a human medicine I can give her?",
    ),
    (
        N,
        "twin_pet",
        "since we got a kitten i've had a scratch on my forearm that won't heal, and now there's a swollen tender lump in my armpit on the same side plus a low fever. could it be from the cat?",
    ),
    (
        O,
        "pet_illness",
        "hello my rabbit isn't eating and hasn't pooped since yesterday, is that an emergency?? which vet is open sunday",
    ),
    (O, "pet_illness", "Can dogs have ibuprofen? Mine seems stiff and sore after our long hike."),
    (
        N,
        "twin_pet",
        "Accidentally took my dog's tablet instead of mine this morning, it was carprofen 100mg. I'm on blood thinners. Do I need to do anything?",
    ),
    (
        O,
        "pet_illness",
        "my hamster has a lump on his belly, could it be cancer? how long do they live with it",
    ),
    (
        O,
        "pet_illness",
        "The vet says my horse has laminitis. What does that mean and is it painful for him?",
    ),
    (
        O,
        "pet_illness",
        "Our parrot keeps plucking out her feathers. Is it a stress thing? Any tips?",
    ),
    (
        N,
        "twin_pet",
        "We've kept parrots for years and I've now had a dry cough, fevers and aches for 10 days, getting more breathless. GP gave amoxicillin, not helping. Could it be from the birds?",
    ),
    (
        O,
        "hospital_admin",
        "Can I bring my dog in to visit my nan on the ward? He's very calm and she misses him.",
    ),
    (
        O,
        "pet_illness",
        "our old labrador has diabetes now. how do I give him insulin injections without him freaking out?",
    ),
    (
        N,
        "twin_pet",
        "I'm diabetic and injecting insulin twice a day. For a week I've had lumpy hard patches on my tummy where I inject and my sugars are all over the place. Is the insulin not working?",
    ),
    (
        O,
        "pet_illness",
        "My cat ate a lily leaf this morning, I read that's toxic? She seems fine for now.",
    ),
    (
        N,
        "twin_pet",
        "While pruning the garden I got sap from some plant on my arms and now there are big blisters in streaks where it touched, burning like mad. Also a bit on my face near my eye.",
    ),
]
