# Hand-written out_of_scope rows: etiquette/relationships, hobbies, moving house, utilities and bills.
ROWS = [
    # --- relationships and etiquette (non-mental-health) ---
    (
        "etiquette",
        "plain",
        "Would it be rude to bring a shop-bought dessert to a dinner party? I can't bake to save my life.",
    ),
    (
        "etiquette",
        "greeting",
        "Hi nurses, hope you're all doing okay. Awkward question: my friend still owes me money from our holiday and keeps 'forgetting'. How do I bring it up without it being weird?",
    ),
    ("etiquette", "short", "tipping a hairdresser, how much?"),
    (
        "etiquette",
        "long",
        "My best friend from university is getting married and she's asked me to be a bridesmaid, which is lovely, but the costs are adding up fast. A hen weekend abroad, the dress we have to buy ourselves, hair and makeup on the day, plus a gift. I've added it up and it's close to £1,500. I earn decent money but I'm saving for a house deposit. I don't want to hurt her feelings or look like I don't care. Is it acceptable to say yes to the wedding but skip the hen do abroad?",
    ),
    (
        "etiquette",
        "health_word",
        "Having the in-laws drop round unannounced every weekend has become a real headache. How do we set some boundaries without offending them?",
    ),
    (
        "etiquette",
        "greeting",
        "Good afternoon from a very confused Brit, hope you're well! When someone says 'we should get coffee sometime', do they actually mean it or is it just a thing people say?",
    ),
    (
        "etiquette",
        "plain",
        "what's the etiquette for splitting the bill when one person ordered way more than everyone else",
    ),
    (
        "etiquette",
        "plain",
        "Is regifting ever okay if you're certain the original giver will never find out?",
    ),
    (
        "etiquette",
        "plain",
        "Do thank-you notes for graduation gifts still need to be handwritten, or is a text fine nowadays?",
    ),
    # --- hobbies (knitting, fishing, music...) ---
    (
        "hobbies",
        "plain",
        "What's the easiest knitting project for a complete beginner? I've got needles and some chunky wool and that's it.",
    ),
    ("hobbies", "short", "best bait for river trout?"),
    (
        "hobbies",
        "greeting",
        "Good afternoon, hope everyone's well. I've just started learning guitar. Is it normal for the strings to go out of tune every single day?",
    ),
    (
        "hobbies",
        "health_word",
        "Bought a second-hand sewing machine and the motor sounds wheezy, like it's on its last legs. Oil it myself or take it in for a service?",
    ),
    (
        "hobbies",
        "long",
        "I retired in January and everyone keeps telling me I need a hobby or I'll drive my wife mad. I've tried birdwatching, which I liked but it's hard going in winter, and I did a woodturning class at the community college, which was great fun but the lathe costs a fortune. I like working with my hands, I don't mind getting dirty, and I'd prefer something I can do in the garage. What are some hobbies like that which don't need thousands of pounds of equipment?",
    ),
    (
        "hobbies",
        "plain",
        "Acrylic or oil paints for someone just starting out? I'd like to do landscapes eventually.",
    ),
    (
        "hobbies",
        "plain",
        "Got a ukulele for Christmas and have no idea what I'm doing. Can you tune one without a tuner?",
    ),
    (
        "hobbies",
        "patient",
        "Patient here, hello! Totally unrelated, but do you know any crochet groups that meet locally? I've just moved to the area and don't know anyone.",
    ),
    (
        "hobbies",
        "plain",
        "fishing licence for the whole year or just buy day passes? i only go maybe 6 times a summer",
    ),
    ("hobbies", "short", "how to start a stamp collection"),
    (
        "hobbies",
        "greeting",
        "yo, hope everyone's chilling. my chess rating online has been stuck at 1200 for months, what should i actually study to get better",
    ),
    # --- moving house ---
    (
        "moving",
        "plain",
        "How far in advance should I book movers for an end-of-the-month move? Is three weeks cutting it fine?",
    ),
    (
        "moving",
        "plain",
        "Removal company wants £400 to move an upright piano across town. Is there a cheaper way?",
    ),
    (
        "moving",
        "greeting",
        "Hello, I hope the practice is well. We're moving house in a few weeks. Do I have to tell the electricity company myself or does the new owner do that?",
    ),
    (
        "moving",
        "long",
        "We've been in this house 31 years and we're finally downsizing to a two-bedroom flat near our daughter. The problem is the loft, the garage and the spare room, which are all full of thirty years of stuff: the kids' old toys, my husband's records, boxes from my mother's house we never unpacked. The flat has a fraction of the storage and the move is in ten weeks. My husband says we'll sort it as we go. I know that won't work. How do people realistically tackle clearing a whole house in that time?",
    ),
    (
        "moving",
        "health_word",
        "Our moving quote was painful, $2,800 for a two-bedroom going 200 miles. Is that normal or are we being ripped off?",
    ),
    (
        "moving",
        "plain",
        "Do I still need to change my address with the post office if I've already updated it with the bank and everyone else?",
    ),
    (
        "moving",
        "long",
        "We're moving from Ohio to Arizona next month and driving the whole way ourselves, which is about 1,800 miles, so three or four days on the road. Our two cats are coming with us. They've only ever been in the car for short trips and they yowl the entire time. The movers are taking the furniture, so it's just us, the cats and a car full of boxes. Do hotels generally take cats, and how do people handle litter trays on a long road trip?",
    ),
    (
        "moving",
        "greeting",
        "Hey there, hope the week's been good to you. Renting a truck ourselves vs hiring movers for a studio apartment, which is actually cheaper once you add everything up?",
    ),
    (
        "moving",
        "plain",
        "what should go in the 'first night box' when you move? want to get it right this time",
    ),
    # --- utilities and bills (non-medical) ---
    (
        "utilities",
        "plain",
        "Our electric bill jumped $90 this month and nothing in the house changed. How do I figure out what's using so much power?",
    ),
    ("utilities", "short", "reading a gas meter, which numbers count?"),
    (
        "utilities",
        "greeting",
        "Hi again from me, hope you're all having a good week. Bit random, but do you know if the water company does payment plans? My bill's much higher than usual this quarter.",
    ),
    (
        "utilities",
        "health_word",
        "Our internet keeps flatlining every evening around 8. Is that the provider or is our router on its way out?",
    ),
    (
        "utilities",
        "long",
        "So the energy company sent a letter saying my direct debit is going up from £85 to £160 a month because I'm 'in debit' on the account. I've paid every month without fail and nothing in the house has changed, same two people, same boiler. I rang them and was on hold for fifty minutes before getting cut off. I've got my meter readings from the past year written down in a notebook. Can they just double it like that, and what do I say to get it lowered?",
    ),
    (
        "utilities",
        "plain",
        "Is it cheaper to leave the heating on low all day or only put it on when we need it? Getting different answers everywhere.",
    ),
    (
        "utilities",
        "plain",
        "fixed rate vs variable rate energy tariff, which one should i pick right now",
    ),
    (
        "utilities",
        "greeting",
        "Morning, hope all's well in the surgery. Does anyone know if the phone line outage round here has been fixed yet? My landline's been dead since Tuesday.",
    ),
    (
        "utilities",
        "plain",
        "Can my water company charge me for a leak that's on the street side of the meter? Pretty sure that's their pipe.",
    ),
]
