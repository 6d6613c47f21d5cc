# out_of_scope rows, part C: donations / fundraising / events, complaints about
# the site, scam calls and texts
# tuple: (sub_kind, tag, message)   tag 's' = mentions sender's own health as settled/past

OOS = [
    # ---- donations, knitting, cakes, charity runs, radio requests, chaplaincy, choir, art ----
    (
        "donations_events",
        "",
        "Our knitting group has made about 60 twiddle muffs for the dementia ward. We meet on Tuesdays at the library and the ladies have been working on them since the spring, all in bright colours with buttons and ribbons sewn on the inside, and we've washed them all at 60. Where can we drop them off, and is there someone in charge of donations so we know they'll actually get used rather than sitting in a cupboard? We'd also be happy to make more of anything else the wards need, just tell us what.",
    ),
    (
        "donations_events",
        "s",
        "I'd like to donate my late father's wheelchair and a commode, both barely used. Does the hospital accept equipment donations? I've had a bad year with my own surgery too but I'm well past that now and trying to clear the house.",
    ),
    (
        "donations_events",
        "",
        "hospital radio request for bed 14 on Ward 3 please: Dancing Queen, for my gran from all the grandkids xx",
    ),
    (
        "donations_events",
        "",
        "What time is the carol service in the chapel this year? My mum is on Ward 8 and she'd love to go. Are patients allowed to attend if a nurse says it's OK?",
    ),
    (
        "donations_events",
        "s",
        "Hi! Two years cancer-free this month and I'm running the half marathon in October to raise money for your oncology unit. Is there an official charity page I should link to, and can I get a running vest with the hospital charity logo on it?",
    ),
    (
        "donations_events",
        "",
        "Our Year 4 class baked cakes and raised 312 pounds for the children's ward. How do we hand the money over? The kids would love a photo with someone from the ward if that's allowed.",
    ),
    (
        "donations_events",
        "",
        "Is the choir that sings in the atrium on Thursdays open to new members? I'm an alto, a bit rusty, haven't sung since school.",
    ),
    (
        "donations_events",
        "",
        "I'm a local artist and would like to display a series of landscape watercolours in one of your corridors. There are twelve pieces, mostly of the estuary and the hills behind the town, all framed and ready to hang. I was thinking they might be nice somewhere people wait a long time, like outside the clinics on the first floor. Do you have an arts programme or someone who coordinates the wall space? I'd be happy to donate one of the paintings afterwards to stay permanently, and I don't need them to be for sale. Just let me know who to speak to and what the rules are about hanging things.",
    ),
    (
        "donations_events",
        "",
        "Coffee morning for the hospice ward fund: can we hold it in the hospital's education centre? About 40 people, Saturday 10 till 12, we'll bring everything ourselves and clear up.",
    ),
    (
        "donations_events",
        "",
        "Do you take donations of books and jigsaw puzzles for the day room on the elderly wards? I have two boxes, all complete, I checked every puzzle.",
    ),
    (
        "donations_events",
        "s",
        "After my heart surgery last year I'm fully back to normal and my family want to say thank you by buying something for the cardiac unit, maybe a recliner chair for relatives who stay overnight. Who do we talk to so it's something they actually need rather than what we guess?",
    ),
    (
        "donations_events",
        "",
        "can we put collection tins in our pub for the hospital charity? who sends them out and who empties them",
    ),
    (
        "donations_events",
        "",
        "The chaplaincy leaflet says there's a memorial service for bereaved families in November but there's no date on it. Do you know when it is? We lost my father-in-law on your ward in the summer and the family would like to go together.",
    ),
    (
        "donations_events",
        "",
        "Hello, I would like to leave a gift in my will to the hospital. Is there a legacy officer or someone I can speak to about how to word it?",
    ),
    (
        "donations_events",
        "",
        "Request for the hospital radio Sunday night show: could you play something by Elvis for Arthur on Ward 2? He'll pretend he doesn't like it but he will.",
    ),
    (
        "donations_events",
        "",
        "Our company has a charity day next month and 15 of us want to do something practical, like gardening, painting the family room, anything really. Do you take corporate volunteer groups?",
    ),
    (
        "donations_events",
        "s",
        "Fully recovered from my broken wrist (thank you fracture clinic!!) and to celebrate I've crocheted 30 little octopuses for the children's ward. Do they need to be washed at a certain temperature before I drop them off?",
    ),
    (
        "donations_events",
        "s",
        "Is the Easter egg collection still happening this year? Our office has a box of about 50 eggs. I know where to bring them, I was a regular in the diabetes clinic until they discharged me last year, sugars perfect now!",
    ),
    # ---- complaints about noise, litter, smoking, staff parking, site issues ----
    (
        "complaints_site",
        "",
        "The builders on the new wing start drilling at 6:45 every morning. We live in the street right behind it. Is that even allowed? Nobody sent a letter round.",
    ),
    (
        "complaints_site",
        "",
        "people smoke right outside the main doors every single day, right under the no smoking sign. my mum has to walk through it with her oxygen. can security please do something about it",
    ),
    (
        "complaints_site",
        "",
        "Staff are parking on our residential road all day and we can't get out of our drive. Third time this week. Who do I complain to, the hospital or the council?",
    ),
    (
        "complaints_site",
        "",
        "Litter everywhere along the footpath from the bus stop to the hospital - coffee cups, masks, crisp packets. It's a disgrace for a place that's supposed to be about health.",
    ),
    (
        "complaints_site",
        "",
        "the helicopter landing at 3am, fine, emergencies, I get it. but the generator test alarm at 2am on sunday? was that really necessary",
    ),
    (
        "complaints_site",
        "s",
        "I'm doing great after my stay, but I want to make a formal complaint about the noise on Ward 5 at night: the night staff chatting loudly at the desk until 2am every night I was there. Laughing, phones on speaker, one night someone was watching videos. This is not about my care, which was excellent, and the day team were wonderful. Just the noise, because the other ladies in my bay were much older than me and one of them was in tears from lack of sleep. I don't want anyone disciplined, I just want it raised with the ward manager. How do I submit it properly?",
    ),
    (
        "complaints_site",
        "",
        "Seagulls are ripping open the bins behind the kitchen block and the rubbish is blowing into our back garden. Please can someone sort out lids for those bins.",
    ),
    (
        "complaints_site",
        "",
        "the toilets in the outpatients block have been out of order for a week with a sign saying 'use the ones upstairs'. the lift has been broken too. joke",
    ),
    (
        "complaints_site",
        "",
        "Why are ambulances allowed to sit with their engines running for half an hour in the bay next to our flats? The fumes come straight in through the windows.",
    ),
    (
        "complaints_site",
        "",
        "Formal-ish complaint: a receptionist at the front desk was really rude to my elderly father when he asked for directions. Not a medical matter, just manners. He came home upset.",
    ),
    (
        "complaints_site",
        "s",
        "Can you switch off or angle the new floodlight in the car park? It shines straight into my bedroom all night. I'm not asking anything medical, I was signed off from your clinics ages ago and I'm well. This is purely about the light spilling into the house.",
    ),
    (
        "complaints_site",
        "",
        "Someone keeps leaving hospital wheelchairs in the bus shelter on the main road. Just so you know, they'll get nicked.",
    ),
    (
        "complaints_site",
        "s",
        "My treatment with you finished years ago and I've been fine since, so this isn't about me. The hedge along the hospital boundary on our road is so overgrown you have to walk in the road with a pushchair. Who maintains it?",
    ),
    (
        "complaints_site",
        "",
        "vapes and cig butts all over the play area outside paeds. disgusting. sort it out",
    ),
    # ---- scam calls, texts and emails claiming to be the hospital or Medicare ----
    (
        "scams",
        "",
        "Text message today, supposedly from the hospital, saying I owe 24.99 for a missed appointment fee, with a link to pay. Is this real? I don't remember missing anything.",
    ),
    (
        "scams",
        "",
        "Someone rang claiming to be from Medicare and said they needed my card number to 'update my hospital file'. I hung up. Should I report this to you or to Medicare?",
    ),
    (
        "scams",
        "s",
        "received an email 'Your test results are ready, click here and enter your bank details to verify'. this isnt you right? my actual results came through on here weeks ago and were all normal so i'm guessing fake",
    ),
    (
        "scams",
        "",
        "A man phoned my mother, who is 84, saying he was from the hospital pharmacy and she needed to pay over the phone for home delivery of her tablets. He knew her name and that she'd been an outpatient, which is what frightened me. She nearly gave him her card number, luckily her neighbour was there and told her to hang up. Do you ever do that? And how would someone get her name and know she'd been in? I'd like to know whether to report it to the police, and whether you can put a note on her account so nobody gives out information about her.",
    ),
    (
        "scams",
        "s",
        "Hi, I'm all done with my treatment here and haven't been in for a year, so I was suspicious when I got a voicemail saying I needed to 'confirm my insurance' with a callback number that isn't yours. Can you confirm the hospital didn't call me?",
    ),
    (
        "scams",
        "",
        "Got a WhatsApp from a 'Dr' saying my relative had been admitted and I needed to send money for a private room. Nobody in our family is in hospital. Reporting it so you can warn people.",
    ),
    (
        "scams",
        "",
        "Is it true the hospital is giving out 50 dollar vouchers for completing a survey? Got a text with a short link and it looks dodgy.",
    ),
    (
        "scams",
        "",
        "Text says 'NHS: You are eligible for a refund of prescription charges, claim now'. Legit or scam??",
    ),
    (
        "scams",
        "",
        "a caller said they were from your billing department and threatened to send me to collections unless I paid today with gift cards. gift cards?? pretty sure thats fake but can someone check if i actually owe anything",
    ),
    (
        "scams",
        "",
        "Hello sir, one person call my father and say he is from the hospital and my father must tell the code from the phone message. My father give the code. What we should do now? Is his account safe?",
    ),
    (
        "scams",
        "",
        "Just a heads up, there's a fake Facebook page using the hospital logo offering 'free health checks' and asking people to message their Medicare numbers.",
    ),
    (
        "scams",
        "s",
        "Cataracts done with you last winter and my eyes are perfect now, thank you. But someone emailed me pretending to be your eye clinic, asking me to rate my surgery and enter my card details for a 'free gift'. Is that you? It didn't look right.",
    ),
]
