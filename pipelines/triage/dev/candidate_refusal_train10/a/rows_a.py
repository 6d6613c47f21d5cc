# Hand-written out_of_scope rows: home repair, landlords/neighbours, gardening, cars.
# Each row: (domain, kind, message). kinds: greeting, health_word, short, long, patient, plain
ROWS = [
    # --- home repair / DIY ---
    (
        "home_repair",
        "greeting",
        "Hi there, hope everyone at the clinic is having a good week! Random one for you: what's the best way to fix a dripping kitchen tap? It's the single-lever kind and it's been going for days.",
    ),
    (
        "home_repair",
        "health_word",
        "our bathroom fan is basically dead, it grinds for a few seconds then stops. is it worth replacing just the motor or should i buy a whole new unit",
    ),
    ("home_repair", "short", "how do i unclog a shower drain without chemicals"),
    (
        "home_repair",
        "long",
        "So we bought this house last spring and the previous owners clearly did a lot of the work themselves, which I'm only now discovering. Half the outlets in the back bedroom aren't grounded, the closet door is hung crooked, and yesterday I found that someone had patched a hole in the hallway drywall with what looks like cardboard and spackle. My husband wants to hire someone for all of it but I'd like to at least try the drywall myself first. What do I actually need to buy to patch a hole about the size of a fist?",
    ),
    (
        "home_repair",
        "plain",
        "What kind of caulk should I use around a bathtub? The old stuff has gone black and is peeling off in strips.",
    ),
    (
        "home_repair",
        "plain",
        "Can I paint straight over wallpaper or does it all have to come off first? It's old vinyl stuff in the dining room.",
    ),
    (
        "home_repair",
        "health_word",
        "Bleeding the radiators this weekend. Do I start with the one closest to the boiler or the one furthest away?",
    ),
    (
        "home_repair",
        "patient",
        "I'm a patient at your practice, not writing about anything medical though. The front step outside my house has cracked right across. Does the concrete patch from the hardware store hold up through winter or will it just pop out again?",
    ),
    (
        "home_repair",
        "plain",
        "squeaky floorboard in the upstairs hall, carpet on top. any trick to stop it without pulling the carpet up??",
    ),
    (
        "home_repair",
        "greeting",
        "Good afternoon nurses. Sorry, I know this probably isn't the right place but you lot seem to know everything. How long should I wait before putting a second coat of gloss on a door?",
    ),
    ("home_repair", "short", "What size wall anchor holds a 40 lb mirror?"),
    # --- landlords and neighbours ---
    (
        "landlord_neighbours",
        "plain",
        "My landlord keeps letting himself into the flat without warning. Is 24 hours notice an actual legal requirement or just a courtesy? Renting in England if that matters.",
    ),
    (
        "landlord_neighbours",
        "greeting",
        "Hello, hope all's well with you and the team. Bit of an odd question: my neighbour's security light shines straight into our bedroom all night. How would you bring that up without starting a feud?",
    ),
    (
        "landlord_neighbours",
        "health_word",
        "Apparently the party next door last night was sick, going by the noise until 4am. What's a polite but firm note to leave on their door?",
    ),
    ("landlord_neighbours", "short", "can my landlord keep my deposit for nail holes"),
    (
        "landlord_neighbours",
        "long",
        "Okay this is going to sound petty but hear me out. The guy in the flat above has a treadmill, fine, people like to run. But he uses it at half five every single morning and the whole ceiling thumps like a drum. I've left two notes, I've knocked once, and the building manager just says to sort it out between ourselves. I'm on a month-to-month lease and really don't want to move. Is there usually anything in a standard lease about quiet hours that I could point to, or am I stuck with it?",
    ),
    (
        "landlord_neighbours",
        "plain",
        "Neighbour's apple tree hangs over my fence and drops rotten apples all over the driveway. Am I allowed to cut the branches on my side myself?",
    ),
    (
        "landlord_neighbours",
        "patient",
        "Been with this surgery about ten years so hope you don't mind a non-medical question. Our landlord says he can put the rent up twice in one year. Is that actually allowed?",
    ),
    (
        "landlord_neighbours",
        "plain",
        "need to write a letter to my landlord asking him to fix the black mould on the bathroom ceiling, how do i word it? he never answers texts",
    ),
    (
        "landlord_neighbours",
        "health_word",
        "There's a total dead spot for wifi in my unit and the landlord says the building internet isn't his problem. Who's right here?",
    ),
    (
        "landlord_neighbours",
        "greeting",
        "Hiya, hope you're all surviving Monday. neighbours dog barks literally all day while they're at work, who am i even supposed to call about that, the council?",
    ),
    # --- gardening and trees ---
    (
        "gardening",
        "health_word",
        "My lemon tree is dying, the leaves keep going yellow and dropping off. It's in a pot on the balcony. Too much water or too little?",
    ),
    ("gardening", "short", "When do I plant garlic?"),
    (
        "gardening",
        "greeting",
        "Morning all! Hope the clinic isn't too hectic today. Totally unrelated, but does anyone there know if it's too late to prune hydrangeas in September?",
    ),
    (
        "gardening",
        "plain",
        "Something is eating holes in my hostas overnight. Slugs or something else? I never see anything during the day.",
    ),
    (
        "gardening",
        "long",
        "My dad always grew the best tomatoes on our street and since he passed I've been trying to keep his vegetable patch going, mostly out of stubbornness. The first two years went fine. This year a lot of them got black, leathery patches on the bottom of the fruit and half the crop went in the compost. I water every evening, I use the same feed he used, same sunny spot by the fence. My sister reckons it's the soil. Any idea what causes the black bottoms and how I stop it next year?",
    ),
    (
        "gardening",
        "health_word",
        "theres some kind of fungus killing the lawn in big brown circles. what do i treat it with",
    ),
    (
        "gardening",
        "health_word",
        "Is it safe to cut down a small tree myself, maybe 15 feet tall, or do I really need to pay a tree surgeon?",
    ),
    (
        "gardening",
        "patient",
        "I'm registered with you lot but this is a gardening question, sorry! Which hedge grows fastest for privacy, laurel or leylandii?",
    ),
    (
        "gardening",
        "plain",
        "ok so raised beds. treated timber or untreated? dont want chemicals anywhere near the veg",
    ),
    ("gardening", "short", "best grass seed for a shady lawn?"),
    # --- cars and driving ---
    (
        "cars",
        "health_word",
        "My car battery died twice this week. Is it the battery itself or the alternator? It's a 2014 Civic.",
    ),
    ("cars", "short", "how often should I rotate my tires"),
    (
        "cars",
        "greeting",
        "Hi Doctor, hope you had a nice weekend. I know this is the wrong inbox but my check engine light came on this morning. Is it okay to drive to work or should I get it towed?",
    ),
    (
        "cars",
        "long",
        "I've been going back and forth on this for weeks so maybe a fresh pair of eyes will help. My current car is a 2011 with 160k miles on it. It runs okay but needs new brakes and tires soon, probably $1,200 between them. My brother-in-law says sink the money in and drive it till the wheels fall off. My coworker says lease something new because the old one will nickel and dime me forever. I drive about 40 miles a day, mostly highway. Would you fix the old car or get rid of it?",
    ),
    (
        "cars",
        "plain",
        "What does it mean when the car pulls to the right when I brake? Just had new tyres put on last week.",
    ),
    ("cars", "plain", "Do I actually need winter tires in Ohio or are all-seasons fine"),
    (
        "cars",
        "health_word",
        "The engine's been coughing and sputtering on cold mornings, then runs fine once it's warmed up. What would cause that?",
    ),
    (
        "cars",
        "plain",
        "Somebody dinged my parked car and didn't leave a note. Worth claiming on insurance for a dent this size, or will my premium go up more than the repair costs?",
    ),
    (
        "cars",
        "greeting",
        "Hello! Trust you're all well over there. My teenage son is learning to drive. How many practice hours do most states want before the road test?",
    ),
    (
        "cars",
        "plain",
        "is it actually bad to let the car idle to warm up in winter or is that a myth",
    ),
    ("cars", "short", "cheapest way to get a windshield chip fixed?"),
]
