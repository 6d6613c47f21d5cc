# Hand-written out_of_scope rows: shopping, sports/fantasy, trivia, writing/editing.
ROWS = [
    # --- shopping and product comparisons ---
    (
        "shopping",
        "plain",
        "Dyson or Shark? Need a cordless vacuum for a house with two shedding dogs and mostly hard floors.",
    ),
    (
        "shopping",
        "health_word",
        "Prices on TVs are mental this week. Is a 65 inch too big for a living room about 12 feet across or will it be fine?",
    ),
    ("shopping", "short", "air fryer or instant pot?"),
    (
        "shopping",
        "greeting",
        "Hello! Hope the clinic's having a calm day. I'm trying to buy a new mattress and I'm drowning in options. Memory foam or hybrid, which one lasts longer?",
    ),
    (
        "shopping",
        "long",
        "Okay so my washing machine finally gave up after eleven years, which honestly is impressive. I've been reading reviews for three days straight and every single model seems to have someone saying it flooded their kitchen. There are five of us in this house, so it runs at least once a day, often twice. I've got about $900 to spend. Front loader or top loader, and are the expensive brands actually more reliable or are you just paying for the name on the front?",
    ),
    (
        "shopping",
        "plain",
        "is it worth paying extra for the extended warranty on a laptop or is that a rip off",
    ),
    (
        "shopping",
        "greeting",
        "Hope you're well, whoever is on messages today! I'm after a recommendation of a different sort: what's a decent budget coffee machine that does proper espresso?",
    ),
    (
        "shopping",
        "plain",
        "Returned a jacket 3 weeks ago and still no refund on my card. How long are shops allowed to take?",
    ),
    (
        "shopping",
        "long",
        "We've been going back and forth about a warehouse club membership for months now. There are four of us, two teenagers who eat like it's a competition, and we mostly buy groceries, cleaning stuff and paper towels in bulk. The nearest Costco is a 25 minute drive and the Sam's Club is about ten minutes away but my husband says the quality isn't as good. We'd probably go twice a month. Which one is actually better value for a family like ours once you count the fee and the petrol?",
    ),
    (
        "shopping",
        "plain",
        "Any good hiking boot brands that come in wide sizes? I always struggle to find a pair that fits properly.",
    ),
    # --- sports and fantasy leagues ---
    ("sports", "short", "who won the super bowl last year"),
    (
        "sports",
        "plain",
        "Need help with my fantasy football lineup this week. Start the Bengals defense or the Jets?",
    ),
    (
        "sports",
        "health_word",
        "My fantasy QB is on injured reserve again. Drop him or stash him for the playoffs?",
    ),
    (
        "sports",
        "greeting",
        "Hi doc! Hope you're well. Settle an argument for us: in cricket, can you be out LBW if the ball hits the pad outside the line of off stump?",
    ),
    (
        "sports",
        "long",
        "Our pub quiz team has been talking about forming a five-a-side team for the local Sunday league, mostly for a laugh. None of us has played properly since school, we're all in our thirties, and one of the lads wants us to go all in with matching kits. The league fee is £300 for the season and I've somehow been volunteered as organiser. I've never run anything like this. What do I actually need to sort out before we sign up: referees, pitch bookings, insurance?",
    ),
    (
        "sports",
        "plain",
        "whats the offside rule in simple words, my girlfriend asked and i realised i cant explain it",
    ),
    (
        "sports",
        "plain",
        "Is golf or tennis easier to pick up as an adult beginner? Looking for something social to do on weekends.",
    ),
    (
        "sports",
        "patient",
        "Also a patient here, but writing as the under-12s rugby coach: do you know anywhere that sells cheap tackle bags for training?",
    ),
    (
        "sports",
        "plain",
        "How does the NBA draft lottery work? My son keeps explaining it and I still don't get it.",
    ),
    (
        "sports",
        "health_word",
        "The Lakers' offense was on life support in the fourth quarter last night. Who should they be trying to trade for?",
    ),
    # --- trivia and general knowledge ---
    ("trivia", "short", "how tall is the eiffel tower"),
    (
        "trivia",
        "greeting",
        "Good day to you all. My grandson asked me why the sky is blue and I gave him a rubbish answer. What is the proper explanation?",
    ),
    (
        "trivia",
        "greeting",
        "Hello to whoever reads these! Hope your week's going well. Can you settle a bet for us: is a tomato a fruit or a vegetable?",
    ),
    (
        "trivia",
        "plain",
        "How many countries are there in Africa? We're arguing over 54 vs 55 at the dinner table.",
    ),
    (
        "trivia",
        "health_word",
        "Crossword clue: 'heart of the matter', 4 letters, third letter R. Any ideas?",
    ),
    (
        "trivia",
        "plain",
        "What's the longest river in the world, the Nile or the Amazon? I've seen both answers online.",
    ),
    (
        "trivia",
        "long",
        "So there's a running argument in our family that's been going since last Christmas dinner. My uncle insists that goldfish have a three second memory and that's why they're happy going round and round in a bowl. My daughter, who's twelve and currently obsessed with animal facts, says that's a total myth and they can remember things for months. It got heated enough that my aunt has banned the topic at family meals until somebody can prove it one way or the other. Who's right?",
    ),
    (
        "trivia",
        "plain",
        "where does the phrase 'the whole nine yards' come from? nobody at work knows",
    ),
    (
        "trivia",
        "plain",
        "Quick one for a quiz tonight: the capital of Australia is Canberra, not Sydney, right?",
    ),
    (
        "trivia",
        "patient",
        "Patient of yours here, random question: are there really more stars in the universe than grains of sand on Earth?",
    ),
    # --- writing and editing tasks ---
    (
        "writing",
        "greeting",
        "Hey hey, hope all is well at your end. Could you help me write a short retirement speech for a colleague who's been at our firm 30 years? Something warm and a little bit funny.",
    ),
    (
        "writing",
        "plain",
        "Can you write a poem for my wife's 50th birthday? She loves gardening and the sea, and hates anything soppy.",
    ),
    (
        "writing",
        "long",
        "I'm the secretary of our residents' association and every month I write up the minutes, which is normally fine, but this month's meeting was a disaster. Two members had a shouting match about the car park, someone walked out, and we never actually voted on the thing we were meant to vote on, which was the new bins. I need minutes that are accurate but don't make anyone look bad or restart the whole argument. How would you word the part about the disagreement?",
    ),
    (
        "writing",
        "plain",
        "Help me write a complaint email to the airline about my lost suitcase. I want it firm but polite, it's been 9 days.",
    ),
    (
        "writing",
        "health_word",
        "My toast for my brother's wedding is on its deathbed, it's basically a list of in-jokes nobody else will get. How do I rescue it?",
    ),
    (
        "writing",
        "plain",
        "could you make this sound more professional: 'hey, just checking if you got my invoice, its been a month'",
    ),
    (
        "writing",
        "plain",
        "Write a limerick about a cat who hates Mondays, please. It's for my niece's birthday card.",
    ),
    (
        "writing",
        "plain",
        "I need to write a reference letter for our former nanny who's applying for a new family. What should it include?",
    ),
    (
        "writing",
        "long",
        "I've run a little bakery on our high street for nine years and we're finally opening on Sundays. I want to put a short post on our social media page and a notice in the window, something warm that thanks the regulars who've been asking for this for ages, gives the new hours, and hints at a couple of Sunday-only bakes without sounding like a cheesy advert. I'm good with flour and terrible with words. Could you draft something short for me?",
    ),
    (
        "writing",
        "plain",
        "Would someone be able to proofread my cover letter? It's for a library assistant job and I've read it so many times I can't see mistakes any more.",
    ),
    (
        "writing",
        "greeting",
        "Good day Doctor, I hope you are fine. I am needing help to write email to my son's teacher to say he will miss school on Friday for a family wedding. My English is not so good. Can you write it for me?",
    ),
]
