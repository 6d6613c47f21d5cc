# out_of_scope (a), part 1: own health reported as settled/good/past; the ask is unrelated.
# Hand-written, one message per line. Sub-kind: oos_settled.

ROWS = [
    (
        "oos_settled",
        "Sugars have been great since the dose change, so thanks for that. Totally unrelated but does anyone there know how long to rest a brisket after smoking it? Family bbq Saturday.",
    ),
    (
        "oos_settled",
        "knee replacement 8 months out and walking 3 miles a day now!! what should I get my physio as a thank you, is a bottle of wine weird",
    ),
    (
        "oos_settled",
        "Hello. I quit smoking 9 months ago and I feel amazing. My question is about my pension. If I take the lump sum at 60 do I pay tax on it? My son says no.",
    ),
    (
        "oos_settled",
        "migraines basically gone on the new shot. unrelated - my iphone wont open the portal app since the update, it just spins. any fix?",
    ),
    (
        "oos_settled",
        "Dear team, I wanted to say my blood pressure readings have all been in the normal range since March and I am very grateful. I am writing because my husband and I are planning a cruise to Norway and I would like to know which month gives the best chance of seeing the northern lights. We are flexible on dates because we are both retired now, and my husband has always wanted to see them before he turns eighty. Some websites say February and others say late September, and the travel agent was no help at all. Also, is it very cold on deck at night? I do not want to overpack. Thank you all again for looking after me so well this past year. Kind regards, Maureen",
    ),
    (
        "oos_settled",
        "thyroid levels came back perfect at my last check. does anybody know what eats hosta leaves overnight? they look like lace by morning",
    ),
    (
        "oos_settled",
        "Six weeks post gallbladder and eating normally, no issues at all. My car makes a whining noise when I turn the wheel all the way, is that the power steering? Sorry, I know you're not mechanics lol",
    ),
    (
        "oos_settled",
        "My daughter has a school project on volcanoes due Friday and we need a baking soda recipe that actually erupts properly. (Asthma has been totally quiet since the new inhaler by the way, I haven't needed the blue one in months.)",
    ),
    (
        "oos_settled",
        "hi! cholesterol down to 4.1 \U0001f389 anyway im writing a best man speech and need a clean joke about golf. any ideas",
    ),
    (
        "oos_settled",
        "Good morning, I am 78 years old and since my cataract operation in the spring I can read everything, even the small print on tins. Could somebody tell me how to download audiobooks onto my new Kindle? My granddaughter lives far away and I don't like to keep phoning her.",
    ),
    (
        "oos_settled",
        "Weight down 30 lbs since starting the program and my A1c is normal now. What should I feed a 10 week old lab puppy, dry or wet? Breeder said one thing, the pet shop said another.",
    ),
    (
        "oos_settled",
        "Can you recommend a good pasta salad for a church potluck, something that travels in a hot car? ps. hip is doing wonderful, 1 year anniversary of the surgery last week",
    ),
    (
        "oos_settled",
        "Back on my bike after the shoulder repair, full range of motion, physio discharged me. I'm applying for a warehouse supervisor job and wondered should my cover letter mention the 4 months I was off? It leaves a gap on my CV.",
    ),
    (
        "oos_settled",
        "Anxiety is so much better since I started therapy, honestly a different person. Question: I want to propose at a restaurant, is it tacky to put the ring in the dessert?",
    ),
    (
        "oos_settled",
        "All clear on the colonoscopy, no polyps, thank you doctor! Where do I find the form to claim medical expenses on my tax return, is it schedule A?",
    ),
    (
        "oos_settled",
        "wedding is in 3 weeks and I need to know how to stop peonies drooping in the bouquet. eczema has cleared up completely btw so no worries about the strapless dress",
    ),
    (
        "oos_settled",
        "My iron came back normal on the last bloods and the tiredness is gone, which is lovely. I'm taking the grandkids to Disney in February. Is it cheaper to buy park tickets in advance or at the gate?",
    ),
    (
        "oos_settled",
        "Since the pacemaker went in last year I've had so much energy that I've taken up woodworking. Which wood is best for a beginner's cutting board, oak or maple?",
    ),
    (
        "oos_settled",
        "Thank you thank you thank you for everything. Depression has lifted, I'm back at work and sleeping well. Random but does anyone have a good name for a pet tortoise? He's very slow and very grumpy.",
    ),
    (
        "oos_settled",
        "I've been sober 14 months now and feeling strong. My niece is getting married and asked me to give a toast. Any tips for toasting when you're not drinking? Like what do I even hold up lol",
    ),
    (
        "oos_settled",
        "Gout hasn't flared once since I went on allopurinol. Now the question. My tomato plants have yellow leaves at the bottom working their way up. Too much water??",
    ),
    (
        "oos_settled",
        "My laptop keeps saying the battery is 'plugged in, not charging'. Dell, about 3 yrs old. Sorry maybe wrong place but you guys are always helpful. Psoriasis by the way, clear since the injections!",
    ),
    (
        "oos_settled",
        "Post-COVID fatigue finally resolved, ran a 5k on Sunday. What are the rules for claiming mileage as a volunteer driver for the hospital? I'd like to sign up.",
    ),
    (
        "oos_settled",
        "Hey doc, the new BP pill works great, 120/78 this morning. Wife and I want to drive Route 66 in October, how many days should we give it?",
    ),
    (
        "oos_settled",
        "Hello. My english not so good. My sugar very good now, the doctor say keep same medicine. I want to ask how I send money to my mother in Philippines without big fee. Which company is best?",
    ),
    (
        "oos_settled",
        "Just wanted to say my ankle's completely healed, ran a half marathon last weekend! What's a good gift for a 16 year old boy who's into gaming? My nephew, I'm totally clueless",
    ),
    (
        "oos_settled",
        "Kidney function stable two checks in a row, the nephrologist is happy. Is the hospital cafeteria open on weekends for visitors? Bringing my mum in to see my aunt on Sunday.",
    ),
    (
        "oos_settled",
        "my migraines are way better!! anyway my son's science fair is about plants and music, does classical music actually make them grow faster or is that a myth",
    ),
    (
        "oos_settled",
        "Dear Doctor, the hernia repair went perfectly and I'm back to lifting sacks of flour. I run a small bakery. Would it be better to register as an LLC or stay a sole proprietor for taxes? Thank you for any thoughts.",
    ),
    ("oos_settled", "rash gone. thx. also how do i get candle wax out of carpet"),
    (
        "oos_settled",
        "Since stopping the sleeping tablets I'm sleeping fine on my own, a good 7 hours. I'm writing a eulogy for my father-in-law, a fisherman for 50 years. Could someone suggest a short poem to end with? Something about the sea but not too gloomy. He was a funny man, he'd hate anything sad, and the family wants me to keep it under five minutes. I've got the stories about the boat and the time he fell in at the harbour, I just need a good closing line or two. Any ideas welcome, even from the nurses!",
    ),
    (
        "oos_settled",
        "Sandra here. Graduated cardiac rehab last month and I walk every day. My cat is 14 and won't eat her dry food anymore, only licks the gravy off the wet. Is there a senior food cats actually like?",
    ),
    (
        "oos_settled",
        "Breathing tests were normal, the COPD nurse says I'm stable. My grandson asked me to teach him cribbage and I've forgotten how you score a flush in the crib. Can anyone remind me?",
    ),
    (
        "oos_settled",
        "im 4 months off the antidepressants with no problems, tapered exactly like you said. quick q is it worth upgrading from iphone 11 to 15 or wait for the next one",
    ),
    (
        "oos_settled",
        "Good afternoon. Now that my husband has passed, do I need to tell his pension office myself or does the death certificate do it automatically? Personally I am keeping well, my blood tests were all normal in June.",
    ),
    (
        "oos_settled",
        "Allergy shots finished and this spring was the first in years with zero hay fever. Which tent would you go with for a family of five, cabin style or dome? First ever camping trip!",
    ),
    (
        "oos_settled",
        "B12 injections have sorted my energy out completely. My garden is overrun with slugs, are copper rings any good or is that an old wives tale?",
    ),
    (
        "oos_settled",
        "HELLO FROM TED. CATARACTS DONE BOTH EYES, SEE LIKE A HAWK. MY TV REMOTE SAYS 'INPUT' AND I CANT GET BACK TO THE CHANNELS. HOW DO I FIX",
    ),
    (
        "oos_settled",
        "We're hosting Thanksgiving for 22 people and I need a turkey timeline, the bird is 20 lb and we eat at 3. (My reflux has been fine since cutting coffee, thanks for that tip.)",
    ),
    (
        "oos_settled",
        "Quick heads up that the Achilles is fully healed and I'm back to tennis. Not medical at all, but do you know any good dog trainers nearby? Our rescue pulls like a train on the lead.",
    ),
    (
        "oos_settled",
        "vitamin D back in range!! so happy. can you freeze cooked rice and reheat it or is that a no",
    ),
    (
        "oos_settled",
        "The mole you removed came back benign, what a relief, thank you. I'm helping my daughter with her college essay, she wants to write about her grandmother. Is 650 words the hard limit?",
    ),
    (
        "oos_settled",
        "My blood pressure has been really good. I would like to know how to make my own laundry soap. Thank you. Gladys",
    ),
    (
        "oos_settled",
        "quit vaping in jan and haven't looked back, lungs feel great. car question tho, clicking noise when i turn left sharply, 2014 civic. CV joint?",
    ),
    (
        "oos_settled",
        "Twelve months seizure-free and the neurologist signed the form saying I can drive again. Does anyone know how long the DMV usually takes to process the medical review part?",
    ),
    (
        "oos_settled",
        "Ever since the ablation my heart's been steady as a rock. My granddaughter turns 8 next week and wants a unicorn cake. Can you buy fondant horns or do people make them?",
    ),
    (
        "oos_settled",
        "Good news: the H. pylori breath test after treatment was negative! Bad news: my Samsung won't connect to the home wifi anymore but everyone else's phones do. Tried restarting both. Ideas?",
    ),
    (
        "oos_settled",
        "Hope you're all well. Since the thyroidectomy healed up I've been singing in the choir again, voice fully back. We're putting on a fundraising concert, is it legal to sell homemade cakes at a church event without a food licence?",
    ),
    (
        "oos_settled",
        "what's a realistic budget for 10 days in Portugal for 2 people, mid range hotels? fyi my a1c was 6.1 last month, best it's ever been",
    ),
    (
        "oos_settled",
        "Tennis elbow totally settled after the injection in spring. Can you suggest some easy houseplants for a dark bathroom? Nothing I buy survives in there.",
    ),
]
