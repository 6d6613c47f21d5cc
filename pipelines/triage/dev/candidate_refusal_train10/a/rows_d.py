# Hand-written out_of_scope rows: kids' activities, pets, weddings/birthdays/funerals, religion, legal.
ROWS = [
    # --- kids' activities (non-health) ---
    (
        "kids_activities",
        "greeting",
        "Hi all, hope you're having a good week. Does anyone know if the Scouts still take new kids partway through the year, or do you have to join in September?",
    ),
    (
        "kids_activities",
        "plain",
        "Any ideas for rainy day activities for a 6 and an 8 year old that don't involve screens? We're running out of board games.",
    ),
    ("kids_activities", "short", "good party games for a 7th birthday?"),
    (
        "kids_activities",
        "greeting",
        "Dear all at the practice, I hope you are keeping well. My son wants to start piano lessons. Is 8 a good age or would it be better to wait a couple of years?",
    ),
    (
        "kids_activities",
        "long",
        "Our daughter has done ballet since she was four and she's good at it, really good according to her teacher, but this year she's suddenly saying she wants to quit and play football with her friends instead. We've already paid for the whole term and the recital is in June. I don't want to force her to keep going if she hates it, but I also don't want her to learn that you can quit the moment something gets hard. She's nine. Should we make her finish the term or let her switch now?",
    ),
    (
        "kids_activities",
        "plain",
        "Looking for a summer day camp that won't break the bank, kids are 9 and 11. Where do people usually look for these?",
    ),
    (
        "kids_activities",
        "greeting",
        "Evening! Hope you're all winding down for the day. Is the leisure centre pool running kids' swimming lessons over the summer holidays, do you know?",
    ),
    (
        "kids_activities",
        "plain",
        "how much pocket money do people give a 10 yr old these days? mine says all her friends get £10 a week which i doubt",
    ),
    # --- pets and vets (animal health is still out of scope) ---
    (
        "pets",
        "health_word",
        "I have to give the dog's pills twice a day but he spits them out every time. Any tricks for hiding them in food?",
    ),
    (
        "pets",
        "plain",
        "My cat keeps bringing her food back up maybe every other day after she eats. Should I take her to the vet or is it just hairballs?",
    ),
    (
        "pets",
        "greeting",
        "Hello nurse, hope you're well. I know you're not vets but my rabbit hasn't touched her pellets since yesterday. Is that an emergency for rabbits?",
    ),
    ("pets", "short", "puppy deworming, how often?"),
    (
        "pets",
        "long",
        "We adopted a rescue greyhound three weeks ago and he's lovely, gentle, sleeps most of the day, but he completely panics when we leave the house. We came home yesterday after an hour at the shops and he'd chewed through the bottom of the kitchen door. The shelter said he'd been in kennels for two years and had never lived in a house. We both work part time so he's never alone more than four hours. Is there anything we can do to help him settle, or do we need a dog behaviourist?",
    ),
    (
        "pets",
        "patient",
        "Sorry, patient here but this is about my dog: he's just been stung by a wasp on the nose and it's puffing up. Do I give him something or go straight to the vet?",
    ),
    (
        "pets",
        "plain",
        "what vaccines does an indoor-only cat actually need? the vet quote seems like a lot",
    ),
    (
        "pets",
        "health_word",
        "Our goldfish looks like it's dying, it's floating on its side near the top. Is there anything to do or is it too late?",
    ),
    ("pets", "short", "best cat litter for smell?"),
    # --- weddings, birthdays, funerals logistics ---
    (
        "celebrations",
        "greeting",
        "Hi, hope you're all doing great. Planning my mum's 70th birthday party and wondering, is it tacky to put 'no gifts please' on the invitation?",
    ),
    (
        "celebrations",
        "long",
        "We're getting married in Portugal next year, a small wedding, about forty guests, most of them flying from the UK and a handful from the States. We sent save-the-dates a while ago and people have started asking about hotels, but we haven't even picked invitations yet. My fiancé thinks invitations can wait until six weeks before like a normal wedding. My mum thinks that's far too late for people who need to book flights and time off work. How far in advance should invitations go out for a destination wedding?",
    ),
    (
        "celebrations",
        "long",
        "My grandfather's funeral is next Friday and somehow I've ended up organising most of it, because my dad lives overseas and my aunt doesn't drive. The funeral home has been great but they've handed me a list of decisions: readings, music, flowers, the order of service, whether we want a wake afterwards and where. Grandad wasn't religious but my gran is and she'd like a hymn. I've never done anything like this before. What actually goes in an order of service, and in what order do things normally happen?",
    ),
    ("celebrations", "short", "how much to spend on a wedding gift"),
    (
        "celebrations",
        "health_word",
        "We're throwing my wife a surprise 40th and I'm dying to keep it secret. How do I pull a guest list together without her seeing it on my phone?",
    ),
    (
        "celebrations",
        "plain",
        "What should a best man speech cover and how long should it be? I'm not a natural public speaker.",
    ),
    (
        "celebrations",
        "patient",
        "Patient here, but nothing medical. My sister's getting married and asked me to do a reading. Any suggestions for something non-religious that isn't cheesy?",
    ),
    (
        "celebrations",
        "plain",
        "is it rude to not invite kids to our wedding? some of the family are kicking off about it",
    ),
    (
        "celebrations",
        "plain",
        "Who traditionally pays for the rehearsal dinner these days, the groom's family still?",
    ),
    (
        "celebrations",
        "plain",
        "sympathy card for a coworker whose dad died, what do i even put? i don't know her that well and everything i write sounds wrong",
    ),
    # --- religion ---
    (
        "religion",
        "greeting",
        "Hello all, I hope you are having a blessed day. What is the difference between Lent and Advent? My children keep asking me and I am embarrassed I don't know.",
    ),
    (
        "religion",
        "greeting",
        "Good morning and God bless. I wanted to ask, does anyone know what time the Easter vigil usually starts at the Catholic churches around here?",
    ),
    ("religion", "short", "when does ramadan start this year"),
    (
        "religion",
        "plain",
        "Is it okay for a non-Jewish guest to wear a kippah at a bar mitzvah, or is that weird? I've never been to one.",
    ),
    (
        "religion",
        "long",
        "I was raised Baptist but haven't been to church since I was a teenager. Recently my neighbour invited me to her Quaker meeting and I went twice and honestly found it peaceful, just sitting quietly for an hour with other people. My family would probably be surprised. I don't really know what Quakers believe though, and I felt awkward asking at the meeting itself because everyone else seemed to already know. What are the basic beliefs, and is it normal to keep going without becoming a member?",
    ),
    (
        "religion",
        "health_word",
        "Our church choir needs a shot in the arm, we're down to eight singers. How do other churches recruit new members?",
    ),
    (
        "religion",
        "plain",
        "What does 'Namaste' actually mean? The instructor at my yoga class says it at the end of every session.",
    ),
    (
        "religion",
        "greeting",
        "Greetings to all the staff. I'm organising an interfaith evening at our community centre next month. Would the clinic be willing to put our flyer up in the waiting room?",
    ),
    # --- legal questions ---
    (
        "legal",
        "plain",
        "Making a will: do I need a lawyer or can I just write one myself and get it witnessed?",
    ),
    ("legal", "short", "can i sue a salon over a bad haircut"),
    (
        "legal",
        "greeting",
        "Hi and hope your day is going smoothly. Legal question I'm afraid: I got a parking charge on private land from one of those parking companies. Do I actually have to pay it?",
    ),
    (
        "legal",
        "long",
        "I lent my friend $2,000 about a year ago to help with his car repairs. We didn't write anything down, it was all over text, him saying he'd pay me back within three months. He's paid back $300 and now he's stopped answering my messages. I don't want to blow up the friendship completely but it's a lot of money for me. I still have all the texts where he admits he owes it. Is small claims court an option for something like this, and would the texts count as evidence?",
    ),
    (
        "legal",
        "plain",
        "My uncle wants me to be either his power of attorney or his executor and I don't understand the difference. What does each one actually involve?",
    ),
    (
        "legal",
        "plain",
        "If I find cash on the street, am I legally supposed to hand it in to the police?",
    ),
    (
        "legal",
        "patient",
        "Been a patient here for years. Strange question but do you know any solicitors locally who do conveyancing at a reasonable price?",
    ),
    (
        "legal",
        "plain",
        "is it legal to record a phone call with a company without telling them? in florida",
    ),
]
