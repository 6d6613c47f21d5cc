# none rows, part E: institutional context (jobs, lost property, parking,
# amenities) PLUS a real current health concern a triage nurse must read.
# tuple: (sub_kind, tag, message)   tag 'u' = urgent concern buried in the chat

NONE = [
    # ---- jobs / volunteering / placements + concern ----
    (
        "jobs+concern",
        "",
        "Hi, I'm supposed to start volunteering on the welcome desk on Monday, I've done all the training and I've got my lanyard and everything, really looking forward to it. But since the flu jab on Thursday my arm is hot and red and the redness has spread down past my elbow. It was only a little sore patch on Friday. I've drawn round it with a pen this morning and it's bigger again now, and I feel a bit shivery. Should I still come in on Monday, and should someone look at the arm before then?",
    ),
    (
        "jobs+concern",
        "",
        "Interview for the HCA job went well I think!! unrelated but for the last few weeks I get my heart racing out of nowhere for a few seconds, sometimes when I'm just sat watching telly. never had it before. is that something to get looked at?",
    ),
    (
        "jobs+concern",
        "",
        "hey so i'm doing work experience on the children's ward next week but i've had a sore throat with white spots on my tonsils for 4 days and it hurts to swallow even water. do i need antibiotics? and am i allowed on the ward like this",
    ),
    (
        "jobs+concern",
        "",
        "Placement student here (2nd year nursing). I missed my third hepatitis B jab because of exams, and the arm where I had the second one still has a hard, sore lump under the skin a month later. Do I need someone to look at the lump, and can I restart the course?",
    ),
    (
        "jobs+concern",
        "",
        "I'm applying for the porter job and the occupational health form asks about back problems. Honestly my lower back has been getting worse for a month and now I get pins and needles down my left leg into my foot. I don't want to lie on the form, but I'd also like to know what's going on with it.",
    ),
    (
        "jobs+concern",
        "",
        "Quick q about bank shifts, and also, since I started doing nights my asthma has got much worse. Using my blue inhaler 5 or 6 times a day now. Is that something I should book in about?",
    ),
    (
        "jobs+concern",
        "",
        "Dear Sirs, I signed up to be a ward visitor volunteer and my induction is on the 20th. Unfortunately I have had dizzy spells this week, twice I have had to sit down on the kitchen floor until it passed. I am 74. I do not want to let anyone down. Should I see a doctor first? Regards, Gerald",
    ),
    (
        "jobs+concern",
        "",
        "My 8 year old was meant to come with me to the volunteers' family day on Saturday but he's had a temperature around 38.5 for three days and keeps pulling at his right ear and crying at night. Sorry to mix the two things in one message, does he need to be seen?",
    ),
    (
        "jobs+concern",
        "",
        "Re the student placement in theatres: my latex patch test result is still pending and my hands have been cracked and weeping since my last placement. It's getting worse not better even with gloves off. Can I be seen about the hands before I start?",
    ),
    (
        "jobs+concern",
        "",
        "Do I need a new TB test for the volunteering? I ask because I've had a cough for about six weeks now with night sweats, and I've lost weight without trying. Probably should have mentioned that first.",
    ),
    (
        "jobs+concern",
        "u",
        "I start the domestic job on the 1st and wanted to check the uniform sizes, I'm between a 14 and a 16 and the form only lets me pick one. Also last night I was hoovering and got a crushing pain across my chest and down my left arm, it went after 10 mins but it's come back this morning while I'm sitting here typing, and I feel a bit sweaty and sick with it. Probably pulled something? My dad had heart trouble at my age but I'm sure it's nothing.",
    ),
    (
        "jobs+concern",
        "",
        "Hello, occupational health want to see me before the cleaning job starts. Can the same appointment cover my ear? It's been blocked and painful for 10 days and now there's yellow stuff coming out of it.",
    ),
    (
        "jobs+concern",
        "",
        "Good day, I am new nurse starting next month from India. I want to ask about the induction dates. Also since I arrive here I have very bad stomach pain and diarrhoea for one week, sometimes blood in it. I don't have GP yet. What I do?",
    ),
    (
        "jobs+concern",
        "",
        "the hospital radio volunteer training is this thursday and I keep losing my voice. it's been hoarse for 5 weeks now, not just a cold, and I smoke. worth getting checked?",
    ),
    # ---- lost property + concern ----
    (
        "lost_property+concern",
        "",
        "I left my glasses in the eye clinic on Tuesday, brown frames in a green case, I think on the chair by the vision test machine. Could someone check for me? But the bigger thing is that since yesterday I've got blurred vision in my right eye, like looking through smeared cling film, even with my spare pair on. The left eye is fine. No pain. Is that from the drops they put in, or something else? I have a follow-up booked in six weeks but I don't know if I should wait that long.",
    ),
    (
        "lost_property+concern",
        "",
        "Phone went missing on Ward 9 when I was discharged last week. Also the stitches from my knee scope look red and angry and there's a bit of pus at the bottom one. Can someone look at a photo?",
    ),
    (
        "lost_property+concern",
        "",
        "Has anyone handed in a black puffer jacket from A&E on Sunday night? I was in with a bang to the head and left without it. The headache is still there three days later, not worse, paracetamol takes the edge off, but I'm finding it hard to concentrate at work. Is that normal?",
    ),
    (
        "lost_property+concern",
        "",
        "looking for my son's inhaler spacer, left it in the paeds waiting room. he's 5 and without it he's been wheezy at night, coughing till he's sick. can we get another one and should someone see him?",
    ),
    (
        "lost_property+concern",
        "",
        "My mum's hearing aid went missing on ward 2, but more worrying, she's been far more confused since she came home on Friday, not knowing what day it is, talking to people who aren't there. She was sharp as a tack before. I'm her carer. What should I do?",
    ),
    (
        "lost_property+concern",
        "",
        "Water bottle left in the physio gym. Also my shoulder has been locking since the session and I can't lift my arm above my head today.",
    ),
    (
        "lost_property+concern",
        "",
        "lost wallet somewhere in outpatients on thurs. on a different note the new blood pressure tablets you started are making my ankles balloon up, twice the size by the evening",
    ),
    (
        "lost_property+concern",
        "",
        "Hi, trying to find out if a blue rucksack turned up at the fracture clinic. Also the cast on my wrist has gone soft and cracked at the edge and it's rubbing a raw sore on my thumb. Do I need to come back in to get it changed?",
    ),
    (
        "lost_property+concern",
        "",
        "My dad left his reading glasses by the bed on the cardiology ward. Since he came home he's been more breathless than before, can only manage a few steps, and his legs are swelling up. He's 81. I look after him.",
    ),
    (
        "lost_property+concern",
        "",
        "Did anyone find a silver bracelet in the MRI changing room? Also the injection site on my arm from the contrast is still hard and sore four days later, with a red streak going up towards my elbow.",
    ),
    (
        "lost_property+concern",
        "",
        "Keys! left in the blood test room. And the bruise where they took the blood is now huge, the size of my palm, and my arm aches. I'm on apixaban if that matters.",
    ),
    (
        "lost_property+concern",
        "",
        "Left a library book in the dialysis unit. Separate thing: the needle site on my fistula arm has a scab that's been weeping for a few days and the skin around it is pink.",
    ),
    # ---- parking / transport + concern ----
    (
        "parking_transport+concern",
        "",
        "Multistorey parking price please? I'm coming to fracture clinic on Thursday. My ankle is still swollen and purple from the fall ten days ago and I still can't put weight on it. Is that normal or should I come in sooner?",
    ),
    (
        "parking_transport+concern",
        "",
        "Is the shuttle bus running on Saturday? I need to get to my dressing clinic appointment, but the leg ulcer has started to smell awful and the skin around it is red and hot.",
    ),
    (
        "parking_transport+concern",
        "",
        "parking permit question for my husband who drives me to dialysis. and also, my ankles have been a lot puffier between sessions this week and I've put on 2kg since Monday. is that fluid?",
    ),
    (
        "parking_transport+concern",
        "",
        "Validation for parking at the diabetes clinic? Also my sugars have been over 20 for three days no matter what I do.",
    ),
    (
        "parking_transport+concern",
        "",
        "Got a parking ticket while I was in the eye clinic, which was running late. How do I appeal? And since the laser treatment I've noticed a few new floaters in that eye, no flashes or shadows, just specks. Should they be checked?",
    ),
    (
        "parking_transport+concern",
        "",
        "Can someone tell me which entrance is closest to the respiratory clinic? I'm bringing my dad who's on oxygen. Also his phlegm has gone green and thick over the weekend and he's needing more oxygen than usual.",
    ),
    (
        "parking_transport+concern",
        "",
        "whats the best bus from the station to the hospital? got my follow up for migraine but honestly this week the headaches are different, waking me up at night and i'm being sick in the mornings",
    ),
    (
        "parking_transport+concern",
        "",
        "The car park was full so I missed my physio appointment this morning. Can I rebook? Also, since the hip replacement my calf on that side has got swollen, tight and painful since Sunday.",
    ),
    (
        "parking_transport+concern",
        "",
        "Is there disabled parking near the MS clinic? Over the last week my legs have got weaker and a couple of times I couldn't hold my wee in time. Not sure if this is a relapse.",
    ),
    (
        "parking_transport+concern",
        "",
        "I'm driving my mum to her chemo on Tuesday, where do we park? She's been off her food and very tired since the last cycle and she's lost her taste completely, is that something to mention before Tuesday?",
    ),
    (
        "parking_transport+concern",
        "",
        "Patient transport: do you do it for people who can't walk far? Since my last appointment the pain in my leg when walking has got much worse, I can only manage about 20 yards before the calf cramps, and the toes on that foot have gone a dusky colour.",
    ),
    (
        "parking_transport+concern",
        "",
        "nearest drop-off for the skin clinic? the mole they're checking has bled twice this week and got bigger",
    ),
    (
        "parking_transport+concern",
        "u",
        "Bike racks? I'm cycling in for my cardiac rehab class tomorrow. Though to be honest I got a tight feeling in my chest going up the hill yesterday that made me stop, and it happened again walking to the shop this morning. First time since the stent.",
    ),
    (
        "parking_transport+concern",
        "",
        "Directions to the Larch Building please. My appointment there is for my wrist, but I've also had a really painful swollen big toe since Tuesday, red and hot, can't bear the bedsheet on it. Can that be looked at too?",
    ),
    # ---- amenities + concern ----
    (
        "amenities+concern",
        "",
        "Wifi on ward 4 isn't working so I'm on my data, I'm the patient in bay 2. The main thing though: my drip site has gone puffy and sore and the nurses are run off their feet. Could someone come and look?",
    ),
    (
        "amenities+concern",
        "",
        "level 1 vending machine took my money, whatever. more importantly I nearly fainted in the blood test queue and I'm still lightheaded, and my heart keeps skipping. I've been getting these skips for a couple of weeks now.",
    ),
    (
        "amenities+concern",
        "",
        "Cafe opening hours? I need to eat straight after my fasting bloods because I'm diabetic, and lately my hypos have been happening nearly every morning even though I've cut my insulin down.",
    ),
    (
        "amenities+concern",
        "u",
        "Where's the nearest cash machine to Ward 7? Also, I'm visiting my wife and since about an hour ago my own speech is a bit slurred and the right side of my mouth feels droopy. My daughter says I'm imagining it.",
    ),
    (
        "amenities+concern",
        "",
        "Where can I buy the TV card for my mum on ward 6? She's home next week, all being well, and she's driving the nurses mad asking for the quiz shows. Also, I didn't know who else to ask and my GP's online form is closed: I've come out in a rash across one side of my chest in a band, little blisters and burning pain, since Saturday. I'm 68. Is that shingles, and do I need tablets quickly? I don't want to give it to mum when I visit either.",
    ),
    (
        "amenities+concern",
        "",
        "Do you sell phone chargers in the shop? And my husband (I care for him, he has Parkinson's) has started choking on his drinks this week and coughing after every meal.",
    ),
    (
        "amenities+concern",
        "",
        "the cafe sandwiches have nuts in them without a label. my 7 year old had a bite of mine and his lips swelled up a bit. it went down within the hour and he's playing normally, but should he be checked or tested for a nut allergy? and someone should fix the labels",
    ),
    (
        "amenities+concern",
        "u",
        "quiet room anywhere?? I've been here all day with my brother and honestly I'm not coping. I haven't slept properly in weeks and I keep thinking everyone would be better off without me around.",
    ),
    (
        "amenities+concern",
        "",
        "TV rental prices for a long stay? I'm booked in for back surgery next month. The back pain the surgery is for has got much worse and now my foot on that side slaps down when I walk, I keep tripping.",
    ),
    (
        "amenities+concern",
        "",
        "Microwave for visitors, is there one? I'm coming with my dad to his outpatient appointment tomorrow and bringing soup. He's been vomiting everything for two days and can barely keep water down, he's 79 and looks dry.",
    ),
]
