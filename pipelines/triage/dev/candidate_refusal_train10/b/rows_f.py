# Hand-written `none` rows: wounds, bites and burns after everyday accidents,
# and food / drink problems.
ROWS = [
    # --- wound / bite / burn ---
    (
        "wound_bite_burn",
        "Grabbed the pan handle without the oven glove, palm's blistered up about the size of a 50p",
    ),
    (
        "wound_bite_burn",
        "Neighbour's dog bit my calf while I was doing the leaflet round, two puncture marks, bled a bit. Do I need anything?",
    ),
    (
        "wound_bite_burn",
        "burnt my forearm on the oven shelf yesterday and now the skin is white and leathery and weirdly doesn't hurt much",
    ),
    (
        "wound_bite_burn",
        "Cat bit my hand last night, now it's puffy and red right up to the wrist and throbbing.",
    ),
    (
        "wound_bite_burn",
        "stood on a rusty nail in the shed, went straight through my trainer. do I need a tetanus jab?",
    ),
    (
        "wound_bite_burn",
        "Cut my finger chopping onions, it gapes when I bend it and I can't feel the tip properly.",
    ),
    ("wound_bite_burn", "boiling kettle water down my thigh, blistering, bigger than my hand"),
    (
        "wound_bite_burn",
        "Sliced my shin on the trampoline spring. There's a flap of skin. Can I just steri-strip it?",
    ),
    (
        "wound_bite_burn",
        "hair straighteners caught the side of my neck, theres a line of blister now, what do i put on it",
    ),
    (
        "wound_bite_burn",
        "My partner splashed bleach in his face cleaning the bathroom, eyes burning, we've rinsed them 10 mins",
    ),
    (
        "wound_bite_burn",
        "Fell off my bike, gravel rash all down my hip and there's still bits of grit in it I can't get out.",
    ),
    (
        "wound_bite_burn",
        "Rat bit me in the barn when I moved a feed sack. Small wound but it bled.",
    ),
    (
        "wound_bite_burn",
        "The graze on my knee from last week is weeping yellow stuff and there's a red line going up my thigh now.",
    ),
    (
        "wound_bite_burn",
        "Odd question, this. We've been clearing out the loft to sell the house, decades of junk, my dad's old model railway, boxes of my school reports. Yesterday evening a bat flew out from behind the water tank and when I was shooing it towards the window it brushed my arm. I didn't feel a bite and I can't see a mark, but my friend says bats can have rabies even here and you don't always notice. Does this matter? Do I need anything?",
    ),
    (
        "wound_bite_burn",
        "Hit my thumb with the hammer putting up shelves, nail's gone black and it's throbbing like mad.",
    ),
    (
        "wound_bite_burn",
        "Bonfire mishap: my 9 year old daughter touched the embers and her fingertips have blistered. Cold water done. What next?",
    ),
    ("wound_bite_burn", "dog bite on my face, bleeding"),
    ("wound_bite_burn", "superglued my fingers together lol. now what"),
    (
        "wound_bite_burn",
        "cut my head on the cupboard door, bled loads. how do I know if it needs stitches?",
    ),
    (
        "wound_bite_burn",
        "So we'd been at the beach all day, kids building sandcastles, me reading, perfect weather, had an ice cream on the way back to the car. Then while paddling at the end I got stung by a jellyfish on my lower leg. It's all raised welts in lines and stinging like anything, and now an hour later the skin around it is going blotchy and my leg feels a bit heavy. We rinsed it with sea water. Is vinegar a thing or is that a myth? Do I need to be seen?",
    ),
    # --- food and drink ---
    (
        "food_drink",
        "Had the prawn curry at a new place tonight, lips and tongue tingling and a few hives on my neck. Took an antihistamine. Anything else I should do?",
    ),
    (
        "food_drink",
        "BBQ on saturday, the chicken was a bit pink. since sunday i've been up all night both ends and now there's blood in it",
    ),
    (
        "food_drink",
        "Drank way too much at the works do, vomited loads, and after the retching there were some streaks of blood in it.",
    ),
    (
        "food_drink",
        "Ate wild mushrooms my neighbour picked and cooked, now got bad tummy cramps about eight hours later.",
    ),
    (
        "food_drink",
        "After every meal with bread or pasta I blow up like a balloon and I'm running to the loo. Could it be an intolerance? Is there a test?",
    ),
    (
        "food_drink",
        "Went to my cousin's engagement party on Saturday, lovely speeches, her dad went on a bit, and then a big buffet in the function room. Coronation chicken, prawn vol au vents, trifle, the works, and it was a warm day and the food was out for hours. Three of us have had the runs since Sunday, but I'm the only one with a fever, 38.6 this morning, and cramps that come in waves. How long should this last, and is there a point I need to be seen?",
    ),
    (
        "food_drink",
        "Within 20 mins of eating tuna steak my face went red hot, pounding headache, heart racing. Settling now. What was that?",
    ),
    ("food_drink", "fishbone stuck in my throat since dinner"),
    ("food_drink", "had sushi yesterday, now really itchy all over with raised blotches"),
    (
        "food_drink",
        "Food feels like it sticks halfway down my chest when I eat meat or bread. Been getting worse for a few months.",
    ),
    (
        "food_drink",
        "had four energy drinks today revising for my exam, hands are shaking and my chest feels weird and tight",
    ),
    (
        "food_drink",
        "Our lad's got a peanut allergy, he's 12, and he ate a cookie at his mate's house that turned out to have peanuts in. Throat is itchy and he keeps coughing.",
    ),
    (
        "food_drink",
        "Is it normal to get a pounding headache and a red face after red wine every single time? Only started this year.",
    ),
    (
        "food_drink",
        "My husband had a takeaway and now he's got awful pain under his right ribs going through to his back, and he's being sick.",
    ),
    ("food_drink", "food poisoning day 3, still can't keep water down"),
    ("food_drink", "ate something at the restaurant, throat swelling"),
    (
        "food_drink",
        "Had an oat latte at the new cafe and my tongue went numb and my face is puffy. Never reacted to oats before.",
    ),
    (
        "food_drink",
        "I've been drinking a bottle of wine a night to get to sleep for a while now. I want to stop, but I read it can be dangerous to stop suddenly. Is that true for me?",
    ),
    (
        "food_drink",
        "Took my father-in-law out for a carvery lunch for his 77th on Sunday, then a walk by the river, lovely day. Since Monday night he's had bad diarrhoea, must be ten times a day, and he's had dizzy spells when he stands up. He's on blood pressure tablets and a water tablet and he's still taking them. Nobody else is ill. Should he stop any of his tablets while he's like this, or does he need seeing?",
    ),
]
