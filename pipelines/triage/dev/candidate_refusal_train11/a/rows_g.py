# none rows, part G: institutional context (bills/insurance, press/research/surveys,
# portal IT) PLUS a real current health concern a triage nurse must read.
# tuple: (sub_kind, tag, message)   tag 'u' = urgent concern buried in the chat

NONE = [
    # ---- bills / insurance + concern ----
    (
        "billing_insurance+concern",
        "",
        "Billed for my gallbladder scan, which I thought was covered. Also, the pain came back this week, same place under my right ribs, and this time the whites of my eyes have gone a bit yellow.",
    ),
    (
        "billing_insurance+concern",
        "",
        "Is a payment plan possible for the ED bill? I'm asking because I really need to come back. The burn on my hand from last week has blistered and gone cloudy, and it's red around it, but I can't afford another big bill.",
    ),
    (
        "billing_insurance+concern",
        "",
        "Insurance form for my surgery last month needs a signature. And while I'm writing, my incision has opened up a little at the bottom, about 1cm, with clear fluid coming out.",
    ),
    (
        "billing_insurance+concern",
        "",
        "billed twice for the same physio session?? also my shoulder is worse not better since starting the exercises, now it aches all night and I can't lie on that side",
    ),
    (
        "billing_insurance+concern",
        "",
        "Need an itemised bill for my travel insurance after the fall on holiday. The wrist they put in a cast abroad is still really swollen now the cast is off and I'm not sure it was set right, it looks crooked.",
    ),
    (
        "billing_insurance+concern",
        "",
        "Hello, I'm the executor for my late father's estate and we've had a bill from the hospital that I need explaining, I'll send the paperwork separately. Also, and I feel silly mentioning it here, since he died I've had chest tightness every time I walk the dog uphill. It goes into my jaw and stops after a minute or two when I rest. It's been happening for about three weeks, a bit more often this week. I'm 63, I smoke a few a day. My wife says stress. Should someone see me?",
    ),
    (
        "billing_insurance+concern",
        "u",
        "My insurer wants a letter confirming the diagnosis. But right now: the nosebleed has started again and won't stop, it's been pouring for 40 minutes, I'm on warfarin and I feel faint.",
    ),
    (
        "billing_insurance+concern",
        "",
        "What would a follow-up cost without insurance? I ask because the rash on my legs from the new antibiotic has turned into small purple spots that don't fade, and my joints ache.",
    ),
    (
        "billing_insurance+concern",
        "",
        "The estimate for my son's MRI is way more than quoted. Meanwhile he's still getting the headaches (he's 12) and now he's been bumping into things on his left side.",
    ),
    (
        "billing_insurance+concern",
        "",
        "Refund for overpayment please. Also my home blood pressure readings have been around 165/100 all week, I feel fine but the GP said to tell someone if it went over 160.",
    ),
    (
        "billing_insurance+concern",
        "",
        "Who do I talk to about the collections letter? Since losing my job over the hospital stay I've been drinking a lot more than I should, shaking in the mornings until I have one. I know I need help with that too.",
    ),
    (
        "billing_insurance+concern",
        "",
        "Need a receipt for my employer please. Also my INR at the pharmacy today was 6.2 and I've got bruises coming up for no reason.",
    ),
    (
        "billing_insurance+concern",
        "",
        "Medicare question: is the balance clinic covered? Because all week the room spins when I turn over in bed and I've been sick twice, and I'd like to be seen.",
    ),
    (
        "billing_insurance+concern",
        "u",
        "Hi, I get the bill for my daughter's visit to emergency, she is 9. I will pay it. But I want ask, the cough is not better after one week of the antibiotic, and now she breathes very fast and the skin between her ribs pulls in when she breathes.",
    ),
    # ---- press / surveys / research + concern ----
    (
        "press_research+concern",
        "",
        "I'm a student running a survey on waiting rooms, can I put posters up? Also, personally, I've been getting really bad stomach cramps after eating for weeks and I've lost weight. Is there a clinic I can self-refer to?",
    ),
    (
        "press_research+concern",
        "u",
        "Please add me to the stroke research register. Mainly though, I've been getting brief episodes where my left hand goes numb and clumsy and my speech goes funny for ten minutes, three times this week.",
    ),
    (
        "press_research+concern",
        "",
        "The patient survey link expired. In the survey I wanted to say that my pain after the operation was never controlled, and it's still bad now: 8 out of 10 every night, two months on. Can someone help with that?",
    ),
    (
        "press_research+concern",
        "",
        "Press enquiry about A&E waits, but also personal: I was in myself on Tuesday with chest pain they said was muscular, but it's still there and now I get breathless walking to the car.",
    ),
    (
        "press_research+concern",
        "",
        "Our film crew wants to film in the old wing. Also one of our crew (me) got a rusty nail through my boot on the recce there yesterday, it's throbbing now, and my last tetanus was over 10 years ago.",
    ),
    (
        "press_research+concern",
        "",
        "re the hip implant trial questionnaire, happy to fill it in, but I should mention the hip has started squeaking and I've got new groin pain when I walk.",
    ),
    (
        "press_research+concern",
        "",
        "Survey for my nursing masters: can I observe in outpatients? And since my night placement I've had an itchy rash on my hands and wrists that's worst at night, and my flatmate has it too now.",
    ),
    (
        "press_research+concern",
        "",
        "My daughter, 15, wants to do her media project on the hospital. But she's hardly eating lately, she's lost a lot of weight and she's fainted twice at school. I don't know who to talk to.",
    ),
    # ---- portal IT + concern ----
    (
        "portal_it+concern",
        "",
        "Forgot my password and finally got back in. The reason I needed in so badly: I've had a high temperature for 3 days and a painful red lump in my armpit that's getting bigger.",
    ),
    (
        "portal_it+concern",
        "",
        "Text on the portal is too small to read. And my eyesight has got noticeably worse over the last fortnight, straight lines like door frames look wavy in my left eye.",
    ),
    (
        "portal_it+concern",
        "",
        "app keeps crashing on the messages screen so sorry if this sends twice. i'm on methotrexate for psoriasis and i've had a sore throat and mouth ulcers for a week and feel washed out. the leaflet says to tell you.",
    ),
    (
        "portal_it+concern",
        "",
        "Proxy access for my daughter, how? She'll be handling things since I'm getting more breathless and can't manage the computer for long. Walking to the bathroom wipes me out now, that's new since last month.",
    ),
    (
        "portal_it+concern",
        "",
        "Can't download my letters (error 403). I need the one with my blood results because my potassium was high last time and I was told to have a recheck within a week, and nobody has booked it.",
    ),
    (
        "portal_it+concern",
        "",
        "The portal logs me out every 5 minutes so I'll be quick: still pink in my pee 5 days after the prostate biopsy and it stings at the end. No clots. Is that normal?",
    ),
    (
        "portal_it+concern",
        "",
        "dark mode would be nice. anyway, my contact lens eye has been red and painful since yesterday and light is unbearable, and there's a white spot on the coloured part",
    ),
    (
        "portal_it+concern",
        "",
        "Two-factor codes go to my old number, took me ages to get in. My 3 year old has had a temperature of 38.7 for two days, she's drinking OK but off her food and keeps saying her ear hurts.",
    ),
    (
        "portal_it+concern",
        "",
        "Portal went into French somehow, fixed it now. Now that I'm in: my mother (I am her carer) has a swollen, hot, red leg since two days and she has fever.",
    ),
    (
        "portal_it+concern",
        "",
        "Can photos be attached to messages? I want to show the rash that's come up since starting lamotrigine. It's a few spots on my arms at the moment, itchy, nothing in my mouth.",
    ),
    (
        "portal_it+concern",
        "",
        "Account locked for inactivity, finally unlocked. Writing because the lump in my testicle I mentioned last year hasn't gone away, and now it aches.",
    ),
    (
        "portal_it+concern",
        "",
        "The screen reader doesn't read the booking buttons so I can't book. I'm blind and I need an appointment for my insulin pump site, it's red, swollen and sore and my sugars won't come down.",
    ),
    (
        "portal_it+concern",
        "u",
        "App notifications at 3am woke me, which is how I noticed: my husband's breathing is really noisy and slow, maybe 8 a minute, and I can hardly wake him. He took his sleeping tablets and a few drinks.",
    ),
    (
        "portal_it+concern",
        "u",
        "cant get the video link to work for my telehealth with the mental health team tomorrow. it matters. i've been saving up my tablets and i don't trust myself right now.",
    ),
]
