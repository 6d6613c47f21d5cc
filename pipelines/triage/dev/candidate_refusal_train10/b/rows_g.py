# Hand-written `none` rows: the sender's own travel health, and exercise
# injuries.
ROWS = [
    # --- travel health ---
    (
        "travel",
        "Back from Kenya ten days ago, now fever, shivers and a headache. I did take the malaria tablets, most days anyway.",
    ),
    (
        "travel",
        "Flying to Thailand in three weeks. Do I need any jabs? I'm on methotrexate for my arthritis so my immune system's not great.",
    ),
    (
        "travel",
        "long haul home from Australia on Tuesday, left calf swollen and sore and I'm a bit breathless on the stairs",
    ),
    (
        "travel",
        "Got the runs in Mexico and now I'm home and it's still going a week later, lost about 3 kilos.",
    ),
    (
        "travel",
        "Writing from Cusco, we flew in from Lima yesterday to start the Inca trail tour on Thursday. Amazing city, we've been walking round the markets and drinking coca tea like they told us. We're at about 3500m. I've got a pounding headache, couldn't sleep last night, feel sick and really breathless walking up the steep streets. My friend's fine. Is this normal altitude stuff that will settle, or do I need to go back down? I'm 44 and otherwise well.",
    ),
    (
        "travel",
        "Scuba holiday, did two dives yesterday and flew home this morning. Now achy joints and my skin is tingly and blotchy.",
    ),
    ("travel", "Flying on warfarin next week, anything to know?"),
    (
        "travel",
        "came back from the philippines with a rash on my foot that moves?? like a wiggly red line that's in a different place each day",
    ),
    (
        "travel",
        "Just back from a cruise where half the ship had norovirus. I'm over the sickness but still dizzy and weak three days later. Drinking fine.",
    ),
    (
        "travel",
        "Swam in a lake in Malawi on my gap year, now home, I've had an itchy rash and there's blood at the end of my wee.",
    ),
    (
        "travel",
        "I get horrendous seasickness and we've a ferry crossing next month. What can I take that's safe with my heart tablets?",
    ),
    (
        "travel",
        "My dad (76) had a stroke while visiting family in India and is flying home next week. What should we watch for during the flight?",
    ),
    (
        "travel",
        "A monkey bit me at a temple in Bali two days ago, just a scratch, I cleaned it. I'm home now. Do I need anything?",
    ),
    (
        "travel",
        "On a boat trip in Greece all day. Now headache, sick, hot and shivery. Sunstroke or something else?",
    ),
    (
        "travel",
        "On a work trip and I've run out of my thyroid tablets, back in nine days. Will I be alright without them?",
    ),
    ("travel", "back from ghana, fever 39, aching all over"),
    ("travel", "jet lag or something else? a week of exhaustion"),
    (
        "travel",
        "My ears didn't pop after landing and they're still blocked and sore three days later.",
    ),
    (
        "travel",
        "Going trekking in Nepal in May. I have asthma. Should I change my inhalers or take anything extra?",
    ),
    (
        "travel",
        "The holiday was a mixed bag: the hotel lost our booking, my suitcase went to Frankfurt without me, and it rained four days out of seven in what's meant to be the sunniest place in Portugal. We made the best of it, lots of museums. Since I got back on Thursday I've had a bad cough and I'm really short of breath, and I've got a fever. The hotel had a spa with a hot tub that looked a bit grim. I'm 68 and I smoked until last year. Should I be worried?",
    ),
    # --- exercise injuries ---
    (
        "exercise",
        "parkrun this morning, felt a pop in the back of my ankle like someone kicked me. can't push up on my toes",
    ),
    (
        "exercise",
        "Tore something in my shoulder bench pressing, can't lift my arm out to the side now.",
    ),
    (
        "exercise",
        "Knee's swelled up like a balloon after I twisted it at 5-a-side, heard a pop when it went.",
    ),
    ("exercise", "started couch to 5k and my shins are killing me"),
    (
        "exercise",
        "During spin class my heart went super fast and I nearly passed out, had to get off the bike. I'm 54, male.",
    ),
    (
        "exercise",
        "Felt a sharp twinge in my lower back in downward dog and now I'm stuck bent over.",
    ),
    ("exercise", "Calf cramps every night since I upped my running mileage. Magnesium?"),
    (
        "exercise",
        "Took a bang to the head at rugby on Saturday, went into a tackle wrong, saw stars for a bit and the ref sent me off which annoyed me at the time. Went for a couple of pints after with the team, felt ok. Today I've got a headache that won't shift, I feel foggy, and the light in the office is bugging me. We've got the cup semi this Saturday and I really want to play. Is that ok or do I need to sit it out?",
    ),
    (
        "exercise",
        "Outside of my elbow is sore when I lift the kettle. I play tennis three times a week. Tennis elbow?",
    ),
    ("exercise", "wee went brown after a huge leg day at the gym. legs really sore and swollen"),
    (
        "exercise",
        "Climbing wall last night, felt a pop in my ring finger, it's swollen and hurts to bend.",
    ),
    ("exercise", "Dizzy and sick after hot yoga, still wobbly"),
    (
        "exercise",
        "My partner collapsed at the end of the 10k. He's awake now but grey and says his chest hurts.",
    ),
    ("exercise", "rolled ankle on a hike, swollen, can just about walk"),
    ("exercise", "pulled hamstring, ice or heat?"),
    ("exercise", "lump in groin after lifting heavy weights"),
    (
        "exercise",
        "I cycle about 50 miles a week and my privates go numb on longer rides. Is that doing damage?",
    ),
    (
        "exercise",
        "Gymnastics four times a week for my 14 year old daughter and her heels have been hurting for weeks and now she limps after training.",
    ),
    (
        "exercise",
        "Been getting back into fitness after the lockdown years, joined the gym with a mate from work, signed up for a bootcamp class on Tuesdays which is brutal, the instructor shouts a lot but it's fun. I'm 47. Last two sessions I've had a heavy ache in my chest and left arm during the burpees that goes away after a few minutes of rest. Also a bit sick with it. I assumed it was just being unfit. Do I need to stop?",
    ),
]
