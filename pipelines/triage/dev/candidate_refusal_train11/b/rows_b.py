# out_of_scope (a), part 2: own health reported as settled/good/past; the ask is unrelated.
# Sub-kind: oos_settled.

ROWS = [
    (
        "oos_settled",
        "Long time no message! I'm doing great, gave back the CPAP after losing the weight and the repeat sleep study was normal. What's the best way to fly with a cat in the cabin? We're moving to Denver in the spring.",
    ),
    (
        "oos_settled",
        "ok so my asthma has been 100% fine all winter, but my kid's leopard gecko wont eat crickets anymore. do I try mealworms or what",
    ),
    (
        "oos_settled",
        "I'd like to thank the whole team for getting my Crohn's into remission, two years without a flare. I'm now writing a cookbook for people with IBD and wondered if I'm allowed to mention the hospital by name in the foreword? Who would I ask?",
    ),
    (
        "oos_settled",
        "Question about my property taxes: the senior exemption, do I apply every year or just once? Sorry, I know this isn't the place. Health wise I'm fine, the heart failure clinic discharged me back to my GP and my weight's stable.",
    ),
    (
        "oos_settled",
        "since the bunion surgery healed i can finally wear heels again lol. prom is in may, silver or gold heels with a navy dress??",
    ),
    (
        "oos_settled",
        "My hearing aids have changed my life, I can hear the birds again. Speaking of birds, what seed brings goldfinches? I've got a feeder but only get sparrows and one fat pigeon.",
    ),
    (
        "oos_settled",
        "Dear all, It has been one year since my breast cancer treatment ended and my scans are clear. We are planning a celebration trip to Italy. Would Florence or Venice be better with limited walking? My husband uses a cane. Warm regards, Patrice",
    ),
    (
        "oos_settled",
        "diabetes totally under control now thanks to you guys. is there a way to get netflix on an old tv without the smart bit",
    ),
    (
        "oos_settled",
        "Does anyone know the rules for bringing a cooler of food into a baseball stadium? Taking my dad for his birthday. PS: the heel pain is gone since the insoles, thank you!",
    ),
    (
        "oos_settled",
        "Bloods normal, blood pressure normal, the lot. My query: my 12 year old has to build a model of a cell for biology. What can we use for the mitochondria? We've got play-doh and a bag of jelly sweets.",
    ),
    (
        "oos_settled",
        "got my A1C back and it's 5.9, doc says no more metformin!! celebrating tonight, what wine goes with roast lamb?",
    ),
    (
        "oos_settled",
        "I wanted to say the lithotripsy worked, I passed the last fragment weeks ago and no pain since. Completely different question: my neighbour's security light shines straight into my bedroom all night. Is there any law about that?",
    ),
    (
        "oos_settled",
        "fibro flare is over and I've had a genuinely good month. anyone have a recommendation for a decent jigsaw puzzle brand? the cheap ones have pieces that don't fit",
    ),
    (
        "oos_settled",
        "Writing on behalf of my dad, who's doing brilliantly since his bypass, he's even back at bowls. He wants to know if he can get a refund on the hospital parking permit he bought and never used. Who do we ask?",
    ),
    (
        "oos_settled",
        "Greetings. Concerning myself, the rheumatologist is satisfied, the arthritis is in remission. Concerning my question: I need a recipe for a gluten-free birthday cake for my colleague. Could you help me?",
    ),
    (
        "oos_settled",
        "im 15 and my acne cleared up on the cream you gave me!! ok random but my dog keeps eating socks how do i train him to stop",
    ),
    (
        "oos_settled",
        "So relieved the stress test was normal. We're looking at buying a bungalow, is it worth paying for a full structural survey on a 1960s house or is the basic one enough?",
    ),
    (
        "oos_settled",
        "Atrial fib controlled on the tablets, no palpitations since Easter. I am setting up a new printer and it prints only blank pages. HP, ink is new. What am I doing wrong?",
    ),
    (
        "oos_settled",
        "vertigo is gone gone gone. thank u. what do I do about aphids on my roses, is dish soap ok",
    ),
    (
        "oos_settled",
        "Brief message. Post-op check went fine, incision healed. I need a recommendation for a good accountant for self-employed people. Any you'd trust?",
    ),
    (
        "oos_settled",
        "My son's scout troop needs a camp dinner that works on a single burner for 8 boys. Thoughts? (Hay fever has been fine this year btw, that nasal spray is great)",
    ),
    (
        "oos_settled",
        "Lupus is quiet for the first time in ages. I'm applying for a remote customer service job and the form asks for my 'salary expectations'. What do I put so I don't price myself out?",
    ),
    (
        "oos_settled",
        "hiya, back is sorted since the physio, can bend and lift fine. whats the best way to get red wine out of a cream sofa",
    ),
    (
        "oos_settled",
        "My husband and I both had the shingles jab and it was no bother at all. Now we're off to Scotland for our 40th anniversary. Is it worth booking the steam train to Mallaig in advance?",
    ),
    (
        "oos_settled",
        "Thank you for the referral to the dietitian, I've lost 18 kilos and my knees feel brand new. Is there a way to take in my trousers without a sewing machine?",
    ),
    (
        "oos_settled",
        "Good evening. My mother, whom I care for, has been stable since her dementia medication was adjusted, sleeping and eating well. I need advice about Power of Attorney forms: do we both have to sign in front of a solicitor?",
    ),
    (
        "oos_settled",
        "Update: ulcer healed, no more pain after meals. How many tea bags would I need for a 2 gallon iced tea dispenser? Garden party Saturday.",
    ),
    (
        "oos_settled",
        "epipen hasnt been needed since the desensitisation worked, i can eat peanut butter now!! best peanut butter cookie recipe go",
    ),
    (
        "oos_settled",
        "I'm writing to say the ear infection cleared up completely after the drops. Separately, does anyone know how to change the clock on a 2012 Corolla? The manual is lost.",
    ),
    (
        "oos_settled",
        "Lungs clear on the follow-up x-ray, pneumonia all gone. My grandson has to interview 'someone old' for a history project (charming). What kind of questions should he ask about growing up in the 1950s?",
    ),
    (
        "oos_settled",
        "no more panic attacks since march. so I want my daughter's name tattooed on my wrist, which font looks better, cursive or typewriter?",
    ),
    (
        "oos_settled",
        "Everything is fine with my blood work. I'm writing to ask whether the hospital gift shop sells flowers, as I want to send some to a friend on ward 6.",
    ),
    (
        "oos_settled",
        "My psoriatic arthritis is in a good place right now. I'm doing a charity walk for arthritis research, how do I set up a fundraising page so people can donate online?",
    ),
    (
        "oos_settled",
        "Ten years cancer free today!!! \U0001f389\U0001f389 I want to throw a party, what's a fun theme that isn't cheesy? Thinking 70s disco",
    ),
    (
        "oos_settled",
        "The stitches came out and the scar looks lovely. Do you know any glue for mending a broken china teapot that can still take hot water?",
    ),
    (
        "oos_settled",
        "My son (7) is over his chickenpox, back at school and bouncing. He wants to do a magic trick for the talent show. Any easy card tricks a kid can manage?",
    ),
    (
        "oos_settled",
        "Writing a maid of honour speech for my sister, she's a nurse on your ward actually! How long should it be? I don't want to bore people. (Also my sinusitis is long gone, thank you for the antibiotics.)",
    ),
    (
        "oos_settled",
        "thank u for sorting my meds, blood sugar steady. can u recommend a crossword app for seniors w big buttons",
    ),
    (
        "oos_settled",
        "Since my stent I've walked 400 miles, I log it all in a notebook. I want to do the Camino de Santiago next year. Which route is the least crowded?",
    ),
    (
        "oos_settled",
        "PSA stable again, the urologist is pleased. I am trying to claim back the sales tax on my hearing aids. Which form?",
    ),
    (
        "oos_settled",
        "My daughter's hamster has escaped somewhere in the house. How do we catch it??? ps my asthma is really good this winter",
    ),
    (
        "oos_settled",
        "Fully recovered from the concussion and back at football training. Coach wants a 500 word essay on teamwork. What should I write about",
    ),
    (
        "oos_settled",
        "been doing great since my last visit. whats the wifi password for the waiting room",
    ),
    (
        "oos_settled",
        "Good day. My cholesterol tablets suit me well and the numbers are fine. I am learning to bake bread but my loaves are very dense. Is it the yeast or the flour?",
    ),
    (
        "oos_settled",
        "The hives never came back after that one time! My parents' 50th anniversary is in June and I need a gift idea that's 'gold' themed but not jewellery. Help!",
    ),
    (
        "oos_settled",
        "since the hysterectomy I've been brilliant, back to zumba twice a week. how do I stop the kids trampoline blowing over in the wind, we've lost it twice",
    ),
    (
        "oos_settled",
        "Is there any way to recover deleted photos from an android phone? Lost all my grandson's baby pictures. On a happier note my leg ulcer has finally healed after 2 years!",
    ),
    (
        "oos_settled",
        "Retired in May and my blood pressure's perfect now, ha. Retirement question: should I take Social Security at 62 or wait to 67?",
    ),
    (
        "oos_settled",
        "The physio exercises worked a treat, my neck is fine now. Our PTA is doing a bake sale, how much should we charge for cupcakes?",
    ),
    (
        "oos_settled",
        "Sleeping great since the CPAP. What's the quietest window AC unit? The CPAP is silent but my air conditioner sounds like a jet engine lol",
    ),
]
