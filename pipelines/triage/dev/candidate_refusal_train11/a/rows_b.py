# out_of_scope rows, part B: parking / transport / directions, amenities
# tuple: (sub_kind, tag, message)   tag 's' = mentions sender's own health as settled/past

OOS = [
    # ---- parking, permits, validation, buses, shuttles, taxis, directions ----
    (
        "parking_transport",
        "",
        "How much is parking for 3 hours? Coming to visit my nan on Ward 4 on Saturday afternoon.",
    ),
    (
        "parking_transport",
        "",
        "blue badge holder - is disabled parking free here or do I still pay at the machine?",
    ),
    (
        "parking_transport",
        "",
        "I'm going to be visiting my husband every day for what sounds like a few weeks while he's on the rehab ward. Is there a weekly or concession parking permit for long-stay visitors? Nine pounds a day is going to add up fast on a pension, and the bus from our village only runs every two hours so that's not really an option. I did ask at the main desk but the lady wasn't sure and said to message on here. If there's a form, could someone tell me where to get it, and whether I need to bring anything like proof that he's an inpatient?",
    ),
    (
        "parking_transport",
        "",
        "Your car park was full AGAIN at 10am today and I drove round for 25 minutes. Is there an overflow car park anywhere nearby? I nearly missed my appointment and the receptionist looked at me like it was my fault.",
    ),
    (
        "parking_transport",
        "s",
        "Hello, I'm coming in next week purely for my final sign-off appointment (the surgeon already told me on the phone everything has healed perfectly). Does the clinic stamp parking tickets for validation or do I need to pay the full rate?",
    ),
    (
        "parking_transport",
        "",
        "What time does the first shuttle bus leave the park and ride in the morning?",
    ),
    (
        "parking_transport",
        "",
        "is the number 42 bus still stopping right outside the hospital or has the stop moved because of the roadworks",
    ),
    (
        "parking_transport",
        "",
        "Could you please give me directions to the Rosewood Building from the main car park? I'm visiting my uncle and the signs only mention ward numbers. I'll be on foot and I'm hopeless with maps.",
    ),
    (
        "parking_transport",
        "s",
        "I got a parking charge notice in the post for overstaying by 12 minutes. The clinic was running an hour late, which wasn't my fault. My hand has healed nicely by the way, so at least the appointment was good news. How do I appeal the charge?",
    ),
    (
        "parking_transport",
        "",
        "Good morning, I am visiting my brother in the hospital but I don't drive. From the train station is there a bus or I must take taxi? How long it takes? Thank you.",
    ),
    (
        "parking_transport",
        "",
        "Is there somewhere to charge an electric car on site? I'm driving up from the coast to visit my mum and I won't make it home without a top-up. The app shows two chargers in your car park but the reviews say one has been broken for months and the other needs a special card. Do I need to register for something in advance? I'll be staying around four hours so even a slow charger would do. If there's nothing on site, does anyone know of one within walking distance?",
    ),
    ("parking_transport", "", "do u have bike racks"),
    (
        "parking_transport",
        "",
        "Which taxi firm has the rank contract at the hospital? Last time the driver wouldn't take card and there's no cash machine anywhere near the rank.",
    ),
    (
        "parking_transport",
        "s",
        "My recovery from the bypass has gone brilliantly and I'm driving again with the all-clear from my GP. I've signed up as a volunteer driver to take patients to appointments. Can I apply for a space in the staff car park, or do volunteers use the public one?",
    ),
    (
        "parking_transport",
        "",
        "The parking app says my session expired but I paid for 4 hours and was only inside for 2. Came back to a ticket under my wiper. Who do I contact about this?",
    ),
    (
        "parking_transport",
        "",
        "Is the hospital transport minibus something I can book myself for my dad, or does his GP have to do it? He doesn't drive and otherwise it's two buses each way for a 10 minute appointment.",
    ),
    (
        "parking_transport",
        "",
        "Where is the drop off point for the eye clinic? I'm bringing my neighbour and I can't leave the car for long.",
    ),
    (
        "parking_transport",
        "",
        "The barrier at the south car park exit has been stuck up for days and people are driving straight out without paying. Just thought someone should know before it costs you a fortune.",
    ),
    (
        "parking_transport",
        "s",
        "Hello! I finished chemo in the spring, scans all clear (yay), and I'm coming in only to return the loan wheelchair. Is there a loading bay near the equipment store where I can pull up for five minutes?",
    ),
    (
        "parking_transport",
        "s",
        "visiting times on ward 6 pls and is there parking at night? heard the gates close at 10. I'm fine myself now, my hernia repair healed up lovely, but my brother's in for a while",
    ),
    # ---- cafe, vending, cash machines, wifi, TV, chargers, other facilities ----
    (
        "amenities",
        "",
        "Does the coffee shop in the main atrium take cards only, or cash too? And is it open on Sundays?",
    ),
    (
        "amenities",
        "",
        "the vending machine on level 2 outside radiology ate 2.50 and gave me nothing. how do i get a refund",
    ),
    ("amenities", "", "Is there a cash machine inside the hospital? Need to pay the taxi back."),
    ("amenities", "", "wifi password pls"),
    (
        "amenities",
        "",
        "My dad is on Ward 11 and the bedside TV needs a card. Where do you buy the cards and how much for a week? He's doing well but they're keeping him in for physio and he's bored out of his mind.",
    ),
    (
        "amenities",
        "",
        "anywhere on the wards to borrow a phone charger? mum's phone died and she's panicking that she can't ring us. iphone, the newer plug",
    ),
    (
        "amenities",
        "s",
        "Morning! I'm fit as a fiddle these days after my op, but now my wife is in for a few days. Does the restaurant do vegetarian hot meals for visitors, or just sandwiches?",
    ),
    (
        "amenities",
        "",
        "Could I use a quiet room or prayer room while I wait for my brother's surgery to finish? I'll be there most of the day.",
    ),
    (
        "amenities",
        "s",
        "I'm going home tomorrow, the op went fine and the team are happy with me, but I'm stuck on the ward till then. Does the shop on the ground floor sell newspapers and puzzle books, and can someone from the shop bring them up?",
    ),
    (
        "amenities",
        "",
        "When will the wifi on the children's ward be fixed? My nephew is on the mend and basically just needs to watch his cartoons, but his tablet won't connect at all.",
    ),
    (
        "amenities",
        "",
        "Do you have lockers for visitors? I'm coming straight from the airport with a suitcase and don't want to drag it onto the ward.",
    ),
    (
        "amenities",
        "",
        "cafe prices have gone up again, 4 quid for a sandwich. is there anywhere cheaper on site or can we bring our own food into the waiting areas",
    ),
    (
        "amenities",
        "s",
        "My knee's completely better and I'm back at work, so this is just me being nosy: is the piano in the atrium free for anyone to play? I'd love to do half an hour on Saturday for the people waiting.",
    ),
    (
        "amenities",
        "",
        "Do the TV units on the wards take headphones with a normal jack? I'm bringing some in for my grandad and don't want to buy the wrong ones.",
    ),
    (
        "amenities",
        "",
        "Can visitors use a microwave anywhere? I'm bringing homemade food for my mum because she won't touch the hospital menu, she says everything tastes of cardboard.",
    ),
    (
        "amenities",
        "",
        "Are dogs allowed in the hospital gardens? I'd like to bring my mum's spaniel to the grass outside her ward window so she can see him. He's very well behaved.",
    ),
]
