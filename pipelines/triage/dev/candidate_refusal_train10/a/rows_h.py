# Hand-written out_of_scope rows: books/films, science curiosity, volunteering/charity, cleaning/laundry.
ROWS = [
    # --- books and films ---
    (
        "books_movies",
        "plain",
        "Any good audiobook recommendations for a long drive? I like thrillers but nothing too gory.",
    ),
    (
        "books_movies",
        "plain",
        "Looking for films for a family movie night that both a 7 year old and the grandparents will enjoy. Any ideas?",
    ),
    (
        "books_movies",
        "greeting",
        "Warm greetings to the team. Our book club has completely run out of ideas. Any suggestions for something that will get people talking but isn't too long?",
    ),
    (
        "books_movies",
        "health_word",
        "Want a heart-pounding thriller for the beach, the kind you can't put down. Any recommendations?",
    ),
    (
        "books_movies",
        "plain",
        "In what order should someone watch the Star Wars films if they've never seen any of them?",
    ),
    (
        "books_movies",
        "long",
        "My son has never been a reader. We've tried the classics from school, which he hated, and comics, which he liked for a while and then dropped. He's fifteen, loves football and video games, and gets bored if nothing happens in the first few pages. His English teacher says any reading is good reading at this point and I'd just like to see him pick up a book without being nagged. Can you recommend a few books that might actually hook a kid like him?",
    ),
    (
        "books_movies",
        "plain",
        "Does the clinic have a book swap shelf in the waiting room? I've got a box of paperbacks I'd like to donate.",
    ),
    # --- science and general curiosity ---
    ("science", "plain", "How do noise cancelling headphones actually work? It seems like magic."),
    ("science", "short", "why is the moon sometimes orange"),
    (
        "science",
        "greeting",
        "Hello from a curious mum! Hope the week's been kind. My son wants to know how far away the nearest star is, not counting the sun. Can anyone help?",
    ),
    (
        "science",
        "health_word",
        "What stops the heart of a nuclear reactor from overheating and melting down? Watched a documentary and now I can't stop wondering.",
    ),
    ("science", "plain", "why does ice float if it's a solid? doesn't make sense to me"),
    (
        "science",
        "long",
        "We had a power cut last night, and my kids and I ended up sitting in the garden looking at the sky because it was so dark, no street lights for once. We saw what we thought was a satellite moving really steadily across the sky, then another one a few minutes later along the same line, and then a whole row of them like a train. My eight-year-old is convinced it was aliens. My husband says it's those internet satellites. What were we actually looking at?",
    ),
    (
        "science",
        "patient",
        "Patient with a question for anyone who likes science: if you drop a bowling ball and a feather on the moon, do they really land at the same time?",
    ),
    # --- volunteering and charity ---
    (
        "volunteering",
        "plain",
        "I have weekends free and want to volunteer at an animal shelter. Where do you even start looking?",
    ),
    (
        "volunteering",
        "greeting",
        "Happy Friday everyone! Our church is running a food drive. Which items do food banks actually need most?",
    ),
    (
        "volunteering",
        "plain",
        "Which charities for clean water actually get the money to where it's needed? Want to set up a monthly donation.",
    ),
    (
        "volunteering",
        "plain",
        "Our little charity's website hasn't been touched since 2019. What's the cheapest way to get a simple site back up and running?",
    ),
    (
        "volunteering",
        "plain",
        "Can I donate an old car to charity and get a tax deduction, or is that not really worth it?",
    ),
    (
        "volunteering",
        "plain",
        "We're putting together a raffle for the school PTA. Would the clinic be willing to donate a prize? Even a small voucher would be great.",
    ),
    # --- cleaning and laundry ---
    (
        "cleaning",
        "plain",
        "Red wine on a cream carpet, been there since last night. Any hope of getting it out?",
    ),
    (
        "cleaning",
        "plain",
        "Does vinegar actually clean windows or does it just make the house smell like chips?",
    ),
    (
        "cleaning",
        "greeting",
        "Hope everyone's keeping well! Strange question maybe, but how do you clean the inside of a washing machine? Ours has started to smell musty.",
    ),
    (
        "cleaning",
        "health_word",
        "Is there a cure for a shower curtain that's gone pink and slimy at the bottom, or is it time for a new one?",
    ),
    ("cleaning", "plain", "can i put my wool jumper in the dryer on low or will it shrink"),
    (
        "cleaning",
        "long",
        "I've been trying for weeks to get my oven clean and I'm at the end of my rope. The inside glass on the door has a brown baked-on film. I've used the spray foam stuff from the supermarket twice, left it overnight like it says, and scrubbed for an hour each time. It barely shifted. My mother swears by baking soda paste, so I tried that too, nothing. The oven's only four years old and otherwise works perfectly. Is there anything else that works on the glass, or do I need to take the door apart?",
    ),
    ("cleaning", "plain", "What's the best way to get white deodorant marks off a black t-shirt?"),
    (
        "cleaning",
        "greeting",
        "Evening all, hope the clinic had a quiet one. What's the safest way to clean a leather sofa without ruining it?",
    ),
]
