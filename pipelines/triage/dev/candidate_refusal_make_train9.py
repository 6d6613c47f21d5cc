#!/usr/bin/env python3
"""Generate data/offtopic_train9.jsonl (rows for the everyday off-topic head): portal-style out_of_scope messages + chatty 'none' hard
controls, ids rtrain9-NNNN. All messages hand-written. Writes atomically.
Run: python pipelines/triage/dev/candidate_refusal_make_train9.py"""

import json
import os
import random
import re
import sys
import tempfile
from collections import Counter

OOS = {
    "taxes_money": [
        "hi there, hope you're all well. quick question, I'm doing my taxes this weekend and can't figure out if I should itemize or take the standard deduction, we paid about 9k in mortgage interest. what would you do? thanks, Marisol",
        "so my husband and I just got married in the summer and now we're arguing about filing jointly vs seperately lol. which one usually saves more money?",
        "Hello, I got a letter from the IRS saying I owe $412 from two years ago and I don't understand it. Is this a scam or real? How do I check",
        "is it better to pay off my car loan early or put the extra into my 401k? I have about 3k sitting in savings doing nothing",
        "hey sorry to bug you guys with this but you're the only chat I have open lol. whats a good budgeting app that actually links to a credit union? mine shut down and im lost",
        "can you help me understand what a roth ira conversion is? my brother keeps telling me to do one before the end of the year and I dont want to look dumb asking him again",
        "Good morning. My credit score dropped 40 points after I closed an old card. How long until it comes back up, and should I reopen it?",
        "whats the going interest rate on a 5 yr CD right now, and is it worth it vs a high yield savings acct?",
        "hi!! my daughter just started her first job and asked me how to fill out her W-4. I honestly don't remember either 😅 can you walk me through the withholding part?",
        "quick one - if I sell my late father's house do I pay capital gains on the whole sale price or just the difference from when he bought it? thx",
        "how do i split a dinner bill of 247.80 between 7 people with a 20 percent tip, my math is not mathing tonight",
    ],
    "cooking_recipes": [
        "Hi! Hosting thanksgiving for 14 this year and I've never done a turkey that big. How many hours for a 22 lb bird and do I need to brine it? thanks so much, Jo",
        "ok so this is kind of embarrassing but it's saturday morning, the kids are already sitting at the table chanting pancakes, and I just realized I'm out of buttermilk and the store down the road doesn't open till 9. what can I sub for it?? I have regular milk, lemons, and some plain yogurt that's maybe still good lol. thanks in advance",
        "hey so my sourdough starter smells like nail polish remover?? is it dead or can i save it. been feeding it every day i swear",
        "Could you give me a good recipe for chicken tikka masala that isn't too spicy? My kids are picky but I want to try something new this week.",
        "my grandma used to make these potato dumplings, kluski, and she never wrote it down. anybody know how? would love to make them for christmas",
        "What temp do I set the air fryer for frozen salmon? the bag just says 'cook thoroughly' which is super helpful 🙄",
        "I need a vegetarian main dish that can feed 30 people for a church potluck on sunday, cheap ideas?",
        "converting a cake recipe from a 9 inch round to a 9x13 pan, do I double it or what? baking is not my strong suit",
        "hello, my slow cooker recipe says 8 hrs on low but I only have 5. can I just do high instead? its a pot roast",
        "whats the difference between baking soda and baking powder, and can i use one instead of the other in cookies",
        "can you make me a weekly meal prep grocery list for two people under $80? we eat chicken and rice mostly, getting boring",
    ],
    "sport_fantasy": [
        "Yo, fantasy draft is tonight and I have the 3rd pick. RB or WR first? league is half ppr",
        "hi, who won the world series in 1986? my dad and I have a bet going and loser does dishes for a month",
        "should i start my backup TE this week or... wait he's on bye. ok who's the best waiver pickup at TE then lol",
        "My son wants to try out for travel soccer next year. What drills can we do in the backyard to improve his first touch? Thanks, Priya",
        "How does the offside rule actually work in hockey? Watching with my in-laws and nodding like I get it",
        "hello, is there a good app for tracking pickleball scores and setting up round robins for our seniors group? we have 16 people every tuesday",
        "what's a realistic training plan to go from couch to a half marathon in 16 weeks? I can run about 2 miles now and I'm feeling good",
        "hey, so my brother-in-law is a huge basketball guy and every spring he goes on and on about the play-in and I just nod. this year I want to actually understand it before the family group chat explodes again. how many teams get in, and how does the 7th seed thing work? no rush, thx",
        "trade offer in my dynasty league: my Justin Jefferson for his two 1st round picks. accept or nah?",
        "Hi team, our bowling league needs a new name for the winter season. Something funny but clean please, we're all retired teachers.",
        "Good afternoon, how are handicap strokes calculated in golf now? My club just switched systems and nobody can explain it.",
    ],
    "cars_repairs": [
        "my check engine light came on this morning and the car shakes a little at red lights. is it safe to drive to work or should I get it towed? sorry i know this isn't a car forum lol",
        "Hi, what's the right tire pressure for a 2016 Honda CR-V? the sticker on my door is peeled off",
        "how often do you really need an oil change with synthetic? the dealer says 5k but my manual says 7500",
        "hey! thinking about trading in my minivan for a hybrid. is a used prius or a new corolla hybrid better value? thanks, Gina",
        "car makes a grinding noise when i brake, mostly in the morning. is that the pads or the rotors? how much should that cost",
        "Can you tell me how to jump start a car? My battery died in the parking garage and I've got cables but no idea which goes where.",
        "hi, sorry this is random. I was at the dealership all afternoon (my feet are killing me lol) and the finance guy kept saying i have negative equity on my trade in and that they can just roll it into the new loan. what does that actually mean and is rolling it in a bad idea? I didn't sign anything yet",
        "windshield has a little chip from a rock on the highway, will insurance cover it or should I just use one of those DIY kits",
        "My teenager just got his learner's permit. How many supervised hours does he need before the road test in Ohio?",
        "AC in my truck blows warm air after like 10 min of driving, is that a freon thing or the compressor?",
    ],
    "travel_bookings": [
        "Hi, I need to change my flight to Denver from Friday to Sunday, can you rebook it for me? the confirmation is in my email. thanks",
        "what's the cheapest way to get from JFK to Manhattan late at night? landing around 11:40pm",
        "Hello! My husband and I finally booked our dream trip to Japan for ten days, we've been saving for it since he retired. I keep reading different things online about whether we need a visa with US passports, and now something about registering online before we land? Could you explain what we need to do? Thank you so much, Helen",
        "hey! planning a girls trip to nashville in the spring, what neighborhood should we stay in if we want to walk to bars but still sleep lol",
        "Can you recommend a good travel insurance company for a cruise to Alaska? We're both in our 70s and want something that covers cancellations.",
        "how early should I get to the airport for an international flight out of Atlanta on a monday morning",
        "my passport expires in 4 months, can I still travel to Mexico or do I have to renew first?",
        "hello could you find me a pet friendly hotel near yellowstone for 3 nights, we have a big lab",
        "Is it worth getting TSA precheck if I only fly like twice a year?",
        "we're driving from chicago to florida with 3 kids, where's a good halfway point to stop overnight? 🚗",
    ],
    "tech_support": [
        "Hi, my wifi keeps dropping every evening around 8pm. I've restarted the router a million times. Any idea what's going on? -Ray",
        "how do i get my printer to print in black and white only, it keeps refusing because the color cartridge is empty which is ridiculous",
        "my iphone storage is full and says photos are taking 40gb but I have them on icloud?? how do i free up space without losing pics",
        "can you help me reset my gmail password?? i switched carriers last year and dont have the old phone number anymore, and the recovery email is an old work one i cant get into. every time i try it says it can't verify it's me. i've been locked out for 3 days and all my bills go to that email 😩",
        "hello, my laptop fan is super loud all the time now and it gets really hot. is it a virus? it's a 4 year old dell",
        "How do I set up video calling on my mom's tablet so she can just press one button to call me? She gets confused with all the apps.",
        "Hello. The smart TV won't connect to the new router, it sees the network but says wrong password and I know the password is right.",
        "how do I transfer everything from my old android to a new samsung without losing my texts",
        "ugh, excel question: how do i make a column add up automatically when i type new numbers in? it's for my church budget sheet",
        "someone texted me saying my amazon account was locked and to click a link. is this a scam? i didnt click yet",
    ],
    "homework_essays": [
        "hi can you help me write a 5 paragraph essay on the causes of the civil war, due tomorrow 😬",
        "my son's 6th grade math homework: a train leaves at 3:15 going 60 mph... honestly how do you even set these up? we're both about to cry",
        "I'm in nursing school and have to write a care plan paper on a made up patient with COPD for class. Can you write the nursing diagnoses section for me?",
        "what's the difference between mitosis and meiosis, need it in simple words for a quiz tmrw",
        "Can you proofread my college application essay? It's about my grandma's garden and how it taught me patience. About 600 words, I can paste it in.",
        "write me a book report on to kill a mockingbird, 2 pages, high school level pls",
        "help w chem",
        "hi my daughter has a science fair project on whether plants grow better with music. how should she set up the control group?",
        "for my public health class I need 3 peer reviewed sources about vaping in teens. can you find some and format them in APA?",
        "what does 'the mitochondria is the powerhouse of the cell' actually mean lol my kid asked and i blanked",
        "Hello, I'm taking an online Spanish course and need to conjugate 'tener' in the preterite. Could you double check my answers if I send them?",
    ],
    "shopping_products": [
        "whats the best robot vacuum for a house with 2 dogs and alot of hair, under 300?",
        "looking for a good winter coat that isn't super bulky, any brands you'd recommend?",
        "hi! is a costco membership worth it for just me and my husband? we dont have a big freezer",
        "need a gift idea for my dad's 70th, he has everything and says he wants nothing lol",
        "which mattress is better, purple or casper? mine is 12 yrs old and sagging in the middle",
        "Could you compare the new iPhone to the Pixel for me? Mainly care about camera and battery life.",
        "Hi there, my mother-in-law is coming to stay for the holidays and she already told me she'll be doing all the cooking (fine by me honestly). Problem is she only cooks with cast iron and I own exactly zero. What's a good brand that won't break the bank, and do I need to season it before she gets here? Thanks!",
    ],
    "shopping_health_products": [
        "which BP monitor is the best deal right now? the ones at walgreens vs amazon all look the same to me",
        "hi there, what's the best brand of compression socks for flying? I want cute ones not the beige hospital kind 😂 thanks, Lou",
        "Is the Oura ring or the Apple Watch better for tracking sleep? trying to decide before black friday",
        "where can I buy a cheap walker with a seat for my mom, the pharmacy one is $180 which seems insane",
        "Which electric toothbrush do dentists actually recommend, Oral-B or Sonicare? mine just died",
        "what's the best air purifier for a small apartment? I keep seeing ads for Levoit but idk",
        "Hello, does anyone know a coupon code for the pulse oximeters on that medical supply website? buying a couple for the family",
        "best yoga mat for someone who's 6'4? the normal ones are too short and my feet hang off",
        "is it cheaper to buy contact lens solution in bulk at costco or online? I go through a ton of it",
        "which multivitamin brand is the best value, kirkland or centrum? just want the cheapest one that's legit",
    ],
    "news_trivia": [
        "who won the governor race in Virginia? didn't get to see the news last night",
        "hey random question but how tall is the Eiffel tower? settling an argument at dinner",
        "what's going on with the stock market today, why is everything down",
        "Good morning! Do you know when the new season of that baking show starts? my sister and I watch it together every week",
        "how many people live in canada compared to california? someone at work said california has more and I dont believe it",
        "which planet has the most moons now?",
        "who wrote the song Hallelujah? we are arguing about it in the car right now",
    ],
    "health_news_trivia": [
        "how many people have died of the new flu strain overseas? the news keeps saying different numbers",
        "hi, is it true the FDA just approved some new weight loss pill? saw it on tiktok, just curious what it's called",
        "What was the deadliest pandemic in history? My book club is reading a novel about the 1918 flu and we got curious.",
        "how many doctors are there in the US? doing a trivia night and that's one of the questions",
        "Who invented the polio vaccine, Salk or Sabin? my husband insists it was Sabin",
        "saw a headline that measles cases are up in some state, which state was it and how many cases?",
        "is it true that hospitals in the UK are all free? my cousin in london says so but i dont beleive it",
        "random but what's the most common cause of death worldwide? trivia night again lol, we're on a streak",
        "whats the name of that virus in the news that bats are spreading in some country? trying to remember it for a conversation",
        "Hi, how many countries still have wild polio? my kid's geography teacher asked the class to find out",
    ],
    "legal": [
        "hi, how do I get out of a speeding ticket? it was 14 over in a school zone but school was out for the summer",
        "do i need a lawyer to write a will or can i just use one of those online templates? I'm 68 and finally getting around to it",
        "Hello, my ex isn't paying child support again. What's the process in Texas to get it enforced?",
        "got a jury duty summons for next month but I have a work trip, how do I postpone it",
        "what's the difference between a power of attorney and a living trust? my financial guy keeps using both words",
        "my neighbor's tree fell on my fence in the storm, who's legally responsible for paying for it?",
        "Can I sue a company for selling my email address? I've been getting tons of spam ever since I signed up for their rewards thing",
        "hi, how do I change my last name back after the divorce? not sure if it's the court or the DMV first",
        "small claims court question: a contractor took a $2000 deposit and never showed up. how do i file?",
        "is it legal to record a phone call with my boss without telling him? I'm in California",
    ],
    "housing": [
        "my landlord hasn't fixed the broken heater in 3 weeks. can I withhold rent until he does? thanks, Terrence",
        "is it better to rent or buy right now with interest rates where they are? we have about 40k saved",
        "how do i get rid of the musty smell in my basement, dehumidifier or something else?",
        "hi, we're moving across town next month. how far ahead should I book movers and is it rude not to tip them?",
        "What's the process to apply for section 8 housing? My rent just went up $300 and I can't keep up.",
        "upstairs neighbors stomp around at 2am every night, how do I bring it up without starting a war",
        "our HOA wants to fine us for painting the front door blue lol, can they actually do that?",
        "how do you unclog a bathtub drain without calling a plumber? drano didn't do anything",
        "Hello, I'm looking to downsize to a 55+ community. What questions should I ask on the tour?",
        "water heater is making a popping noise, is that dangerous or just sediment?",
    ],
    "pets_vets": [
        "my dog ate a whole bag of grapes about an hour ago, what do I do?? is he going to be ok",
        "hi, my cat keeps peeing outside the litter box. the vet is booked for 2 weeks. any ideas? -Megan",
        "can i give my dog some of my ibuprofen for his limp? he's about 60 lbs",
        "what vaccines does a new puppy need and when? just adopted a lab mix from the shelter 🐶",
        "is it normal for a rabbit to stop eating for a day? she seems kind of quiet and hunched",
        "Hello, does anyone know a good low-cost spay clinic? A stray cat just had kittens in our shed.",
        "our old dog is 14 and struggling to get up the stairs. how do you know when it's time? sorry this is a sad one",
        "can my cat catch a cold from me? I had one last week and now she's been sneezing",
        "what's the best food for a senior cat with kidney issues, the prescription stuff is so expensive",
        "my parakeet is pulling out his feathers, is he stressed? we just moved",
    ],
    "relationships_party": [
        "Planning a surprise 40th for my wife, need theme ideas that aren't 'over the hill' stuff. she loves the 80s and gardening",
        "how do i tell my best friend i don't want to be a bridesmaid without ruining the friendship 😬",
        "hi! need a good icebreaker game for a bridal shower, about 20 women and most of them don't know each other",
        "how do I get my teenage son to do his chores without me nagging every single day",
        "what's the etiquette on plus ones for a small wedding? my cousin is mad we didn't invite her new boyfriend",
        "Can you help me write a toast for my brother's wedding? He's a firefighter, loves fishing, and met his wife at a bowling alley.",
        "my girlfriend and I keep fighting about whose family to visit for the holidays, how do other couples decide this",
        "how much food do i need for a graduation party with 60 people, mostly finger foods",
        "hey, is it weird to go on a first date at a museum? i'm 58 and haven't dated in 20 years lol",
        "what should I write in a sympathy card for a coworker whose dad passed? I don't know her super well",
    ],
    "job_applications": [
        "hi, can you look over my resume? I'm applying for a warehouse supervisor job and I don't know if I should put my old retail jobs on it",
        "how do I answer 'what's your greatest weakness' in an interview without sounding fake",
        "Hello, I'm a medical assistant looking to move into billing and coding. Which certification is better, CPC or CCS?",
        "should i follow up after an interview if they said they'd get back to me in a week and it's been 10 days?",
        "write me a cover letter for a barista job pls",
        "how do I negotiate salary when they already gave me a number? it's 52k and I was hoping for 58",
        "is it bad to leave a job after 4 months? my new boss is awful. like, yells-in-front-of-customers awful. I have another offer from a place closer to home that pays about the same, but I'm worried it'll look like job hopping on my resume since I also left my last place after a year. what would you do? be honest lol",
        "Hi, what's the best way to explain a 3 year gap on my resume? I was home taking care of my dad.",
        "hi! do you know if this clinic is hiring? I'm a new grad RN and would love to work here, who do I send my resume to",
        "what should I wear to a job interview at a tech startup? a suit feels like too much",
    ],
    "others_illness": [
        "my coworker has had a fever for 3 days and keeps coming into the office. what disease do you think she has?",
        "hey so my neighbor has been looking really yellow lately, like his eyes too. what would cause that? just curious, we're not close",
        "What disease does Celine Dion have? I read about it and it sounded terrifying",
        "my boss keeps coughing in meetings and says it's allergies but I think it's whooping cough. what do you think he really has?",
        "so a guy at my gym passed out on the treadmill last week, right next to me. staff called 911 and he was back the next day like nothing happened, he says he's fine. I don't really know him but I can't stop thinking about it. what usually causes that in a young fit person? been wondering all week",
        "my friend's husband was just diagnosed with ALS. how long do people usually live with it? I just want to understand what she's facing",
        "the lady in the apartment below mine has a bad rash all over her arms. what do you think it is? I see her at the mailbox and I'm curious",
        "my sister-in-law (she lives in another state) says her doctor thinks she has lupus. what even is that? she's not asking me for help, just trying to understand",
        "One of the kids on my son's team keeps missing practice and the parents mentioned Crohn's. what is that exactly?",
        "my uncle in Florida got told he has afib, is that the same thing as a heart attack? family gossip is confusing lol",
        "My coworker came back from vacation with a huge bandage on his nose and won't say why. Skin cancer maybe? What does that surgery even look like?",
        "what illness did Lou Gehrig actually have? my husband says the disease is named after him but doesn't know what it does",
    ],
    "creative_writing": [
        "can you write a funny poem for my husband's retirement card? he was a mail carrier for 32 years and hates dogs lol",
        "I'm writing a mystery novel and need a clever way for the detective to figure out the butler did it. any ideas?",
        "hi! could you help me come up with a name for my etsy shop? i sell crocheted plant hangers 🌿",
        "write a short bedtime story about a dragon who's afraid of the dark, my 5 yr old requested it specifically",
        "need a catchy slogan for our church bake sale, something with a pun about pie",
        "Could you write a limerick about my cat knocking things off the counter? It's for my sister's birthday card.",
        "im writing a fanfic where two characters from star wars run a bakery. can you write the opening scene",
        "what rhymes with orange? asking for a song I'm writing for my niece 🎵",
        "I'm writing a screenplay with an ER doctor character. What would she realistically shout when a patient codes? Want it to sound authentic.",
    ],
    "games": [
        "stuck on today's wordle, I have _RA_E and already tried grade and brace, hints?",
        "what's a good board game for 6 adults that isn't monopoly? game night is saturday",
        "hey, how do I beat the water temple in zelda? been stuck for literally a week lol",
        "crossword clue: 'bone-related prefix', 5 letters, starts with O. help",
        "in Uno can you stack a draw 4 on a draw 2? my family is about to riot",
        "Hi, what's the best chess opening for a beginner? my grandson keeps beating me in 10 moves",
        "is there a way to get more lives in candy crush without paying? asking for my mom 😅",
    ],
    "weather": [
        "is it going to rain this weekend in Portland? trying to decide if the bbq is a go",
        "hi, how cold is it supposed to get tonight? need to know if I should cover my tomatoes",
        "when does hurricane season officially end? we're thinking about a trip to the gulf coast",
        "what's the difference between a tornado watch and a tornado warning, I always forget",
        "Hello! Will the snowstorm hit tomorrow morning or afternoon? I'm trying to figure out when to drive to my daughter's.",
        "uv index today?",
        "how do they decide the names of hurricanes? my kid asked and i had no clue",
    ],
    "religion": [
        "when does Ramadan start this year and when is Eid? want to plan my time off work",
        "hi, can you recommend a bible verse about patience for a card i'm sending my sister",
        "what's the difference between Catholic and Episcopalian? my fiance's family is one and mine is the other",
        "Does anyone know what Lent actually is and why people give things up? Coworker asked me and I was raised without religion.",
        "hi, this might be an odd place to ask but I don't know where else. my partner is jewish and I was raised methodist, and we're getting more serious, and she'd love for us to find a community together. how do we find a synagogue near us that's welcoming to interfaith couples, and is it weird to just show up on a friday night?",
        "is it ok to wear black to a hindu funeral? I've never been to one and don't want to be disrespectful",
        "Hello, could you add my grandson to your prayer list? he's starting college next week and he's nervous. thank you, Ruth",
    ],
    "gardening": [
        "my tomato leaves are getting yellow spots from the bottom up, what's wrong with them? 🍅",
        "when should i plant tulip bulbs in zone 6?",
        "Good morning! My late husband planted a row of roses along the fence and I've been trying so hard to keep them going for him. This year they are covered in aphids, little green ones all over the new buds. How do I get rid of them without hurting the bees? I'd rather not use anything harsh. Thank you, June",
        "Hi, my hydrangeas were blue last year and now they're pink. What happened?",
        "is it too late to overseed my lawn in october? it's all patchy from the dog",
        "best low-maintenance plants for a shady north-facing porch? I kill everything lol",
        "what's eating my hostas at night",
        "how often should I water a fiddle leaf fig? it keeps dropping leaves and I'm about to give up on it",
    ],
    "own_health_smalltalk_then_offtopic": [
        "my knee is fine now thanks! anyway, can you help me pick a fantasy QB for this week? mahomes or hurts",
        "Hi, just wanted to say the new blood pressure pill is working great, no problems at all. Also random but do you know a good Italian place near the clinic for lunch after my next appt?",
        "thank you so much for getting me in last week, the antibiotics did the trick and I feel 100%. completely unrelated but my printer won't connect to my laptop, any ideas? lol",
        "all healed up from the surgery 💪 back to work monday! quick q, how do i fill out direct deposit for a new job, they gave me a form and i dont get the routing number part",
        "hello! sugar numbers have been good all month. while I have you, can you recommend a good book for a long flight? I like thrillers",
        "hi, the physical therapy is going well and my back feels way better. my wife and I want to plan a 25th anniversary trip - hawaii or italy?",
        "got my flu shot at the pharmacy, arm is barely sore, all good. btw what's a good name for a golden retriever puppy? we pick her up saturday!",
        "cough is totally gone, thanks for the inhaler. now for a totally diffrent question, how do I get candle wax out of carpet??",
        "feeling great since cardiac rehab ended, walking 3 miles a day! my grandson's birthday is next week, what's a good gift for a 10 year old who's into dinosaurs?",
        "Hello, my cholesterol recheck came back normal so no questions there! Could you help me figure out how to cancel my gym membership without paying the fee? They keep giving me the runaround.",
        "thx for the refill last month, meds are fine. my real question is do you know where to get something notarized for free? need it for a car title",
        "hi! no health stuff today, promise 😂 who sings that song that goes 'i wanna dance with somebody'? it's been stuck in my head since the waiting room",
    ],
}

NONE = {
    "money_work_context": [
        "was doing my taxes at the kitchen table when my chest started to hurt, kind of a squeezing feeling going into my left arm. it's been about 20 min. probably stress right?",
        "I lost my job last month and can't afford my insulin anymore so I've been stretching it with half doses. my sugars are in the 300s this week",
        "i have a job interview on friday and my anxiety is through the roof. my propranolol ran out, could I get a refill? no chest pain or anything, just jittery",
        "starting a new warehouse job on monday lifting boxes. I had a hernia repair 5 weeks ago. is it okay to lift 50 lbs yet?",
        "job interview tomorrow and I've got a cold sore coming up, ugh. can you call in the antiviral I had last time? thanks, Ellie",
        "I started the new job's health plan and need to move my levothyroxine to a new pharmacy. also been feeling really tired and cold lately, could my dose be off?",
        "im a truck driver and my DOT physical is coming up. my BP has been running 150s/95 at home. can we adjust my meds before the exam?",
        "I spend all day on my laptop for work and lately my right wrist tingles at night and my fingers go numb. any exercises or should I come in?",
        "I got a paper cut opening mail at work and it won't stop bleeding after 15 minutes of pressure. I'm on warfarin",
    ],
    "food_cooking": [
        "Hi, I cooked thanksgiving dinner yesterday and grabbed the roasting pan without a mitt. Now my palm has 3 big blisters and one popped. Should I keep it covered? thanks, Ana",
        "ate some rice that was in the fridge like 5 days, now I've been throwing up since midnight and can't keep water down. dizzy when I stand up",
        "should I take fish oil with my warfarin? saw a big bottle at costco on sale and my friend swears by it",
        "I cut my finger slicing bagels this morning, it's about half an inch and kept bleeding for 20 min but stopped now. do I need stitches?",
        "hi, cleaning the oven with that spray stuff and some got in my eye. rinsed it for like 5 min but it still burns and it's blurry",
        "church potluck yesterday, and about 6 of us are sick now with diarrhea and cramps. I'm on day 2, watery, maybe 8 times today. I'm diabetic",
        "bbq at my place saturday, the grill flared up while I was flipping burgers. my eyebrows are singed and my face is red and stings like a sunburn, no blisters",
        "hi! at my brother's 50th I ate some shrimp thing and now my lips are swelling and my throat feels scratchy and tight. never been allergic before. took a benadryl 10 min ago",
        "trying keto for new years and my breath smells wierd and I'm peeing a lot and so thirsty. I'm type 1, sugar is 290 right now",
        "Went to a wine tasting for my friend's birthday and my gout flared up bad, big toe red and so swollen. can I get my colchicine refilled? only 2 left",
    ],
    "sport_exercise": [
        "fantasy draft night got out of hand, I drank way too much and this morning I've thrown up twice and there was blood in it, dark red. what should i do",
        "my daughter's coach says she can't play until a doctor clears her concussion symptoms. she hit heads with another girl saturday, she's 13, still gets headaches when she reads. how do we get her seen?",
        "hey, went for my first run in years training for a 5k and now my calf is swollen and hot and hurts when I walk, it's been 2 days. just a pulled muscle?",
        "ok so my fantasy team is trash this year but that's not why i'm writing lol. I've had heartburn every night for 3 weeks even with tums. is omeprazole ok to take long term?",
        "Hi, my knee's been swelling again since tuesday after the pickleball tournament. also unrelated, anyone know a good mechanic? mostly the knee though, it's warm and I can't bend it all the way",
        "playing basketball with my teenager, I jammed my finger and now it's swollen and a little crooked at the top joint. just buddy tape it?",
        "training for a marathon and after an 18 mile run my pee was dark brown, like cola. my legs are super sore. I drank water after but it's still dark",
        "playing pickleball and I fell on my outstretched hand. wrist is swollen and it hurts on the thumb side. I can move it but it hurts",
        "I'm playing in a golf tournament this weekend. Started amoxicillin yesterday for a sinus infection and now I have a few hives on my chest. ok to keep taking it?",
        "had a couple beers watching the game and forgot I'd already taken my tramadol. now I'm really drowsy. my wife is here with me. is this dangerous?",
        "went skiing and fell and hit my head, no helmet (I know). I didn't pass out but I've thrown up twice and I feel really sleepy",
    ],
    "cars_driving_travel": [
        "can I drive on the new gabapentin? kinda woozy",
        "flying to my sister's in Phoenix next week, about 5 hours. I had knee surgery 3 weeks ago, do I need anything for blood clots on the plane?",
        "Hi there, while I was changing a tire on the highway my back went out. Can't stand up straight, pain is bad but no numbness. What can I take with my blood pressure meds?",
        "got rear ended at a stoplight this morning, felt fine at first but now my neck is stiff and I've got a headache that keeps getting worse. I'm on eliquis",
        "drove 8 hours to visit my kids and now my right leg is swollen from the ankle to the knee and it aches. also a bit short of breath on the stairs",
        "Hi there! I'm traveling to Peru in 6 weeks. Do I need any vaccines or malaria pills? I have a seizure disorder if that matters.",
        "Hi, I'm going on a cruise next month and get terribly seasick. Can I get a scopolamine patch? I'm 72 and use drops for glaucoma.",
        "hiking in Colorado this week and I've had a pounding headache and nausea ever since we got up to 10,000 ft. is that normal?",
        "hey, sorry for the late message. on my way back from a work conference and my left eye suddenly has like a curtain over the top half of my vision. no pain",
        "my wife and i are planning a trip to Italy but I just got diagnosed with afib. is it safe to fly? I'm on diltiazem and my heart still flutters sometimes",
        "my wife says my snoring shakes the house lol, and honestly I've nodded off at red lights a couple times. should I get a sleep study?",
    ],
    "tech_devices_products": [
        "my BP monitor from amazon says 188/112 this morning, took it 3 times. I have a bit of a headache too. is the machine broken or is this real?",
        "the printer at work uses this toner and every time I change it my eyes itch and I start wheezing. I have asthma. inhaler helps a bit. should I be worried?",
        "my phone's step counter says I'm walking way less and honestly it's because I get out of breath after one block now. never used to. I have a heart history",
        "bought one of those home covid tests at the pharmacy and it came up positive. I'm 67 with COPD. are there pills I should be taking?",
        "Hi, got a new glucose monitor synced to my phone and it keeps saying LOW 52 overnight but I feel ok when I wake up. Is it the sensor or am I really going low?",
        "trying to lose weight for my daughter's wedding, been on a diet pill from a website for 2 weeks and my heart races a lot at night. should I stop?",
        "hi, booked a tattoo for next month. I'm on eliquis for afib, is that a bad idea? will I bleed a lot?",
        "scratched my eye taking my contacts out before bed, now it's super red and watering and I can't open it in the light",
        "My son (12) was playing fortnite till 2am and says his eyes hurt and he has a headache. just screen time or something else?",
    ],
    "school_kids": [
        "my son is 9, was doing homework and suddenly said his vision went blurry and now he has a bad headache and threw up. he never gets headaches",
        "helped my son study for his biology test and realized I haven't had a tetanus shot since the 90s lol. I stepped on a rusty nail in the garden yesterday, do I need one?",
        "lol my kid's science project was about germs and now the whole house has pink eye. mine is goopy in one eye and crusted shut in the morning. drops?",
        "I'm a teacher and a kid in my class has strep. Now my throat is killing me, fever 101 and white spots on my tonsils. can I get a test?",
        "my daughter (15) got her ears pierced at the mall last week and one lobe is now really swollen with yellow stuff coming out",
        "my teenager has been vaping alot and now she has chest pain and is coughing up a little blood. she's 16",
        "my son is 7 and swallowed a small button battery from the tv remote about 30 min ago. he's acting totally fine",
        "my 4 yr old got into the cleaning cabinet and I think he bit into a dishwasher pod, he's coughing and drooling a lot",
        "my neighbour's kid had hand foot and mouth and now my son (5) has sores in his mouth and won't drink much. last pee was this morning",
        "got my 6 yr old a trampoline for her birthday and she landed on her arm wrong. it looks bent above the wrist and she's screaming",
    ],
    "news_prompted_own": [
        "saw on the news the new flu is going around. I've had a fever of 102 for 3 days with chills and my chest hurts when I breathe in. I'm 71",
        "heard on the radio about the measles outbreak. my 6 year old has a rash, fever and red eyes. she had her first MMR but not the second yet",
        "reading about that actor's heart attack made me realize I've had jaw pain when I walk uphill for about a month. goes away when I rest. should I get checked?",
        "watching the Olympics and realized I can't remember my last mammogram. am I due? I'm 52",
        "my coworker had covid last week and now I have a sore throat and fever. I take methotrexate. should I test, and do I stop the methotrexate?",
    ],
    "faith_weather_seasonal": [
        "I've been fasting for Ramadan and I take metformin twice a day. Should I change when I take it? Felt really shaky yesterday before iftar",
        "ash wednesday service this morning and I fainted in the pew. came to right away but my heart was racing and I felt funny. I'm on a new water pill",
        "hot as heck this week and I mow lawns for a living. today I stopped sweating, got a pounding headache and felt confused, my buddy made me sit in the truck with AC. still feel off",
        "with this cold snap my fingers turn white then blue when I go outside, and they hurt when they warm up. is that normal?",
        "the rain and cold make my arthritis so bad. tylenol isn't cutting it. can I take ibuprofen with my kidney problems?",
        "flonase not cutting it this allergy season. anything stronger?",
        "Hi, I was shoveling snow and got really sweaty and short of breath, had to sit down, my chest felt heavy. went away after 10 min. I'm 64. should I worry?",
        "Hey there, doing a sober october challenge with friends. I usually drink 8-10 beers a night. Day 2 now and my hands are shaking and it feels like bugs are crawling on me",
    ],
    "garden_home_pets": [
        "my dog bit me on the hand while I was breaking up a fight with the neighbor's dog, that was 2 days ago and now it's red and warm and the redness is spreading up my wrist",
        "gardening all weekend and now I have lines of itchy blisters on both forearms, I think poison ivy. it's spreading to my face a bit. anything OTC?",
        "was pruning roses and a thorn went deep into my thumb. now it's swollen and throbbing and there's a red streak going up my arm",
        "my cat scratched me last week and now there's a tender lump under my armpit on the same side. also feel kind of tired. is that cat scratch thing real?",
        "I'm allergic to cats and we just adopted one (oops). I take zyrtec but my chest feels tight at night. can I add something?",
        "new puppy is great but I think I'm allergic? eyes swollen, sneezing nonstop, no breathing problems. ok to take claritin with my lexapro?",
        "tick bite at the lake, now bullseye rash around it. no fever",
        "I got stung by a wasp cleaning the gutters and now my whole arm is swollen from elbow to hand, itchy but I'm breathing fine",
        "was building ikea furniture and dropped the dresser on my foot. big toe is black and blue and throbbing, the nail looks lifted",
        "we're renovating and there's drywall dust everywhere. my 10 year old has asthma and has used his inhaler 5 times today, still wheezy, and his ribs pull in when he breathes",
        "cleaning out the garage I found mouse droppings everywhere. a few days later I've got fever, body aches and now it's getting harder to breathe",
        "rearranging the living room and I got a sudden sharp pain in my lower right back that goes to my groin, comes in waves, I'm sweating. kidney stone?",
        "I was helping my buddy move a couch and felt a pop in my shoulder, now I can't lift my arm over my head. been 3 days",
    ],
    "family_party_caregiving": [
        "my mom lives with me, she's 82. since yesterday she's confused and keeps asking the same questions, and she's peeing a lot and it smells strong. she was fine before",
        "my dad (I manage his meds) accidentally took his evening pills twice tonight - metoprolol and amlodipine. he seems ok but sleepy. what should I do?",
        "hello, I'm driving my mom to chemo tomorrow morning. she's had diarrhea 6 times today and she's on keytruda. should she still wait for the appointment or go somewhere tonight?",
        "My dad lives with us and has dementia. He keeps refusing his evening pills. Is it ok to crush them in applesauce? he's on donepezil and a blood thinner",
        "the heat wave knocked out our AC and my mom (87, she lives with me) is on a water pill. she's dizzy and hasn't peed much today",
        "we were playing board games and my husband suddenly couldn't find his words, talking gibberish for like 5 min, now he's back to normal. he's 70",
        "planning my daughter's wedding and I'm so stressed I haven't slept more than 3 hrs a night for two weeks. is there something safe to help me sleep? I take sertraline",
        "my face drooped on one side when I smiled at my grandson on facetime, he noticed it. my arm feels weak too. started about 30 min ago",
        "bachelor party in vegas next weekend, I'm on metronidazole. can I drink?",
        "went to a music festival this weekend and now I have a fever, stiff neck and the light hurts my eyes. started this morning",
        "since I lost my husband in the spring I don't see the point of anything. some days I think everyone would be better off if I wasn't here. sorry to put this in a message",
        "I've been stuck inside writing my thesis, barely sleeping, and now I'm having panic attacks every day, heart pounding, can't catch my breath. what can I do?",
    ],
    "results_refills_followup": [
        "Hi, I need a refill on my lisinopril, I run out Thursday. Also been getting a dry cough the last couple weeks that won't quit, is that from the pill?",
        "Got my A1c result on the portal, it says 8.9. what does that mean? last time it was 7.1. thx, Hector",
        "my lab results say potassium 6.1 with a red flag and nobody has called yet. I feel kinda weak. should I do something?",
        "my blood pressure med refill got denied by insurance and I've been off it 4 days now. my head is pounding. what do I do?",
        "sorry, ignore my last message, I found the pharmacy hours. real question: my prednisone is making my sugars high, like 250 after meals. is that normal?",
        "my dentist wants me to take antibiotics before my cleaning because of my heart valve. can you send amoxicillin to my pharmacy?",
        "do i need to fast for my blood test thursday? coffee ok?",
        "I booked my colonoscopy for next week. I take Ozempic, do I need to stop it before the prep?",
        "my hearing aids are fine but my left ear has been ringing and feels full since the concert saturday. sounds are muffled on that side",
        "I'm on chemo and went to my grandson's soccer game in the cold. now my temp is 100.8 and I have chills",
        "thanks for the advice last week about the rash, it's way better! one more thing though - I started the new blood pressure pill and my ankles are really puffy. normal?",
        "I'm a nurse myself lol, but now I'm the patient: my incision from last week's gallbladder surgery is red and leaking cloudy fluid and I have a fever of 101.2",
    ],
}


def norm(s):
    return set(re.findall(r"[a-z0-9']+", s.lower()))


def main():
    rows = []
    for dom, msgs in OOS.items():
        rows += [(m, "out_of_scope", dom) for m in msgs]
    for dom, msgs in NONE.items():
        rows += [(m, "none", dom) for m in msgs]
    # validation
    msgs = [r[0] for r in rows]
    dup = [m for m, c in Counter(m.strip().lower() for m in msgs).items() if c > 1]
    assert not dup, dup
    bad = [m for m in msgs if not m.strip() or m != m.strip()]
    assert not bad, bad
    # near-duplicate check (token Jaccard)
    toks = [norm(m) for m in msgs]
    near = []
    for i in range(len(toks)):
        for j in range(i + 1, len(toks)):
            a, b = toks[i], toks[j]
            jac = len(a & b) / max(1, len(a | b))
            if jac > 0.5:
                near.append((round(jac, 2), msgs[i][:60], msgs[j][:60]))
    if near:
        print("NEAR-DUPLICATES:", *near, sep="\n  ")
        sys.exit(1)
    for dom, msgs_ in OOS.items():
        assert len(msgs_) <= 12, dom
    lab = Counter(r[1] for r in rows)
    assert lab["out_of_scope"] == 220 and lab["none"] == 110, lab
    random.Random(9).shuffle(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "data", "offtopic_train9.jsonl")
    fd, tmp = tempfile.mkstemp(dir=here, prefix=".tmp_", suffix=".jsonl")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for i, (m, l, _) in enumerate(rows, 1):  # noqa: E741
            row = {"id": f"rtrain9-{i:04d}", "message": m, "label": l}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, out)
    # re-validate written file
    seen = set()
    n = Counter()
    with open(out, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            o = json.loads(line)
            assert set(o) == {"id", "message", "label"}, i
            assert o["label"] in ("out_of_scope", "none"), i
            assert isinstance(o["message"], str) and o["message"] not in seen, i
            seen.add(o["message"])
            n[o["label"]] += 1
    print("wrote", out, dict(n), "total", sum(n.values()))
    for name, d in (("out_of_scope", OOS), ("none", NONE)):
        print(f"-- {name} by domain")
        for dom, ms in d.items():
            print(f"   {dom:36s} {len(ms)}")


if __name__ == "__main__":
    main()
