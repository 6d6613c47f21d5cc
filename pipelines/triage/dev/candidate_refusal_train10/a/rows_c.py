# Hand-written out_of_scope rows: phones/computers, cooking, travel, school/college.
ROWS = [
    # --- phones, computers, passwords, smart TVs ---
    ("tech", "short", "router keeps dropping. how do i reset it"),
    (
        "tech",
        "greeting",
        "Hi folks, hope everyone's good. I've forgotten my Gmail password and the recovery goes to an old number I don't have any more. Any idea how to get back in?",
    ),
    (
        "tech",
        "health_word",
        "My laptop screen has a dead pixel right in the middle. Is that covered under warranty or is one pixel considered 'acceptable'?",
    ),
    (
        "tech",
        "long",
        "I'm not a tech person at all, my kids set everything up and then moved out. Now the smart TV in the living room keeps showing a message about a software update, and when I press yes it goes to a black screen for ages and then comes back to the same message. I've unplugged it, I've pressed every button on the remote, I've even tried the buttons on the back of the set. It's about five years old. Ordinary channels still work but the streaming apps won't open. Is it worth fixing or should I just buy one of those streaming sticks?",
    ),
    (
        "tech",
        "plain",
        "What's the difference between iCloud storage and the storage on the phone itself? It keeps telling me storage is full.",
    ),
    (
        "tech",
        "plain",
        "password manager recommendations? im so tired of resetting everything every month",
    ),
    (
        "tech",
        "patient",
        "Long-time patient here, not a medical question. How do I move my WhatsApp chats from an old Android to a new iPhone without losing the photos?",
    ),
    (
        "tech",
        "plain",
        "Printer says 'offline' even though it's on the wifi and the light is green. Windows 11. Help?",
    ),
    (
        "tech",
        "health_word",
        "My phone's battery health is down to 79%. Replace the battery or just get a new phone?",
    ),
    (
        "tech",
        "long",
        "My dad is eighty-one and lives on his own about two hours from me. He's perfectly capable, but he's never owned a smartphone, and I'd love for him to be able to video call the grandkids on a Sunday without me having to drive up and set it up every time. He gets impatient with small buttons and hates anything with lots of menus. He already has broadband for his TV. What's the simplest device out there that can just do video calls with one press?",
    ),
    (
        "tech",
        "greeting",
        "Hello doc, hope you're keeping well. Is it safe to use the free wifi at the airport to check my bank account, or should I wait until I'm home?",
    ),
    ("tech", "short", "how to screenshot on a chromebook"),
    (
        "tech",
        "plain",
        "my grandson set up two-factor on my email and now it asks for a code every single time. can i turn that off",
    ),
    # --- cooking and recipes ---
    (
        "cooking",
        "greeting",
        "Good morning, hope you're all well! Completely off topic, but what temperature do I roast a whole chicken at and for how long? It's about 2kg.",
    ),
    ("cooking", "short", "substitute for buttermilk in pancakes?"),
    (
        "cooking",
        "health_word",
        "Making blood orange marmalade for the first time. Do I need to add pectin or is there enough in the peel?",
    ),
    (
        "cooking",
        "long",
        "Every Christmas my grandmother made this fruit cake that was so dark it was almost black, fed with brandy for weeks and wrapped in cloth in a tin at the back of the pantry. She never wrote the recipe down and my mum only remembers bits of it: black treacle, loads of mixed peel, and she swore by baking it really low for hours. I'd love to try recreating it this year for the whole family. Do you have a good traditional dark fruit cake recipe I could use as a starting point?",
    ),
    (
        "cooking",
        "plain",
        "Why does my homemade bread always come out so dense? I knead it for 10 minutes and let it rise for an hour.",
    ),
    ("cooking", "plain", "how do you stop rice sticking to the bottom of the pot every time"),
    (
        "cooking",
        "patient",
        "Patient at your clinic here and I know you're not chefs haha but has anyone got a good slow cooker chili recipe? Feeding 10 people on Saturday.",
    ),
    (
        "cooking",
        "greeting",
        "Hi, hope it's a quiet day in the office for you. Can I freeze a lasagne before baking it, or is it better to bake it and then freeze?",
    ),
    (
        "cooking",
        "health_word",
        "Need a killer side dish for a barbecue that isn't potato salad. Ideas?",
    ),
    (
        "cooking",
        "plain",
        "What's the ratio for cold brew coffee? I've got a big jar and some coarse ground beans.",
    ),
    ("cooking", "short", "how many cups in a pound of flour"),
    (
        "cooking",
        "health_word",
        "My sourdough starter looks dead, no bubbles in three days. Can it be brought back or do I start over?",
    ),
    # --- travel and flights ---
    (
        "travel",
        "plain",
        "Do I need a visa to visit Canada on a UK passport or is it just the eTA thing online?",
    ),
    (
        "travel",
        "greeting",
        "Hello, hope you're having a good day. I'm flying for the first time in 20 years next month. Can I take a full-size shampoo in my hand luggage or is it still the 100ml rule?",
    ),
    ("travel", "short", "cheapest day of the week to fly?"),
    (
        "travel",
        "long",
        "So my partner and I have been saving for two years for a proper trip and we finally have the time off booked, three weeks in October. We just can't agree on where. She wants Japan, all the food and the temples and the trains. I want to do a road trip around New Zealand. We've got about eight thousand dollars total for the two of us, including flights. We're in our forties, past the hostel stage, but not fussy either. Which one makes more sense for three weeks on that budget?",
    ),
    (
        "travel",
        "plain",
        "Our flight got cancelled and the airline is offering a voucher. Is it worth fighting for a cash refund or is that a lost cause?",
    ),
    (
        "travel",
        "plain",
        "What's the cheapest way to get from Heathrow into central London without spending a fortune on a taxi?",
    ),
    (
        "travel",
        "greeting",
        "Morning Dr, hope clinic life is treating you well. Do you still need to print boarding passes or is the one on your phone always fine?",
    ),
    ("travel", "plain", "is travel insurance worth it for a 4 day trip inside Europe"),
    (
        "travel",
        "long",
        "Last month we flew home with a connection in Frankfurt, and the first leg was delayed by almost two hours because of a technical problem with the plane. We ran through the airport but the gate had closed, and the airline put us on a flight the next afternoon. We had to pay for our own hotel and dinner because the transfer desk was closed by then. I kept all the receipts. The airline's website just says to 'submit a claim'. Are we entitled to compensation on top of the hotel costs, and how much?",
    ),
    (
        "travel",
        "health_word",
        "Staying right in the heart of the city vs a cheaper hotel out by the airport: which would you pick for two nights in Chicago?",
    ),
    # --- school homework and college applications ---
    (
        "school",
        "greeting",
        "Hello dear, I hope you are well. My granddaughter has a test on photosynthesis and I can't remember any of it from school. Could you explain it in simple words so I can help her?",
    ),
    (
        "school",
        "greeting",
        "Hey, hope all's good at the surgery. My daughter's doing her college applications and the personal statement limit is 650 words. Would you read hers and give feedback if I paste it in?",
    ),
    ("school", "short", "can someone check my year 9 algebra homework"),
    (
        "school",
        "long",
        "My son is in his last year of high school and he's got offers from two colleges. One is a state school about an hour away, cheaper, and most of his friends are going there. The other is a private college three states away with a stronger engineering program, which is what he wants to study, but even with the scholarship it's about twelve thousand more a year. He's leaning toward the private one and I'm worried about the loans. How do families usually weigh up this kind of decision?",
    ),
    (
        "school",
        "plain",
        "whats the difference between a simile and a metaphor?? need it for english homework lol",
    ),
    (
        "school",
        "health_word",
        "We have a frog dissection in biology next week and I really don't want to do it. Can I ask the teacher for an alternative assignment?",
    ),
    ("school", "plain", "Is FAFSA due at the same time as college applications or later on?"),
    (
        "school",
        "plain",
        "APA question: what's the right way to cite a website when there's no author listed?",
    ),
    (
        "school",
        "patient",
        "My family's all registered here so hoping someone can help with this: what's a good science fair project for a 7th grader that isn't a baking soda volcano?",
    ),
    ("school", "short", "what exactly is a thesis statement"),
]
