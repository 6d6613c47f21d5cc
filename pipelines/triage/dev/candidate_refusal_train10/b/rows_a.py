# Hand-written `none` rows: symptoms noticed during everyday activities, and
# symptoms buried after a long unrelated preamble.
ROWS = [
    # --- activity: chore / hobby / trip / work / party ---
    (
        "activity",
        "was painting the fence this afternoon and my right arm went weird and tingly, like pins and needles, but its not gone off after 2 hours. bit of a headache too. do i need to be seen",
    ),
    (
        "activity",
        "Danced for hours at my cousin's 30th last night and woke up with my left calf swollen, hot and tight. I'm on the pill. Just a pulled muscle do you think?",
    ),
    (
        "activity",
        "Doing the big shop and had to sit on the bench by the tills because everything went grey and my heart was thumping. Fine now after a sandwich. Worth telling the doctor?",
    ),
    (
        "activity",
        "Pottery class tonight. Washing the clay off in cold water and my fingers went white, then blue, then bright red and throbbing. Happens a bit in winter too. Is that a thing?",
    ),
    (
        "activity",
        "stripping old paint off the bannister all day, window sort of open. now got a pounding head and feel sick and a bit drunk. how worried should i be",
    ),
    (
        "activity",
        "Cleaning the oven with that strong foam spray and a bit flicked in my eye. Rinsed it under the tap for ages but it's still stinging and blurry half an hour later.",
    ),
    (
        "activity",
        "On my feet all shift at the warehouse and by home time my ankles are so puffy my socks leave deep dents. Both legs. It's new this month, never had it before.",
    ),
    (
        "activity",
        "Choir practice tonight and I kept running out of puff halfway through lines I used to sing easily. Same on the stairs up to the loft. I'm 67 - is this just age creeping up?",
    ),
    (
        "activity",
        "playing darts down the pub and i couldnt grip the darts with my right hand, kept dropping them. only had 2 pints. its a bit better now but felt weird",
    ),
    (
        "activity",
        "I knit most evenings and lately my thumb and first two fingers go numb, it even wakes me at night. Would a wrist splint from the chemist do or should someone look at it?",
    ),
    (
        "activity",
        "Was up the ladder doing the gutters and got a sudden headache like a thunderclap, worst I've ever had. Climbed down slowly. Still there an hour on.",
    ),
    (
        "activity",
        "DJ'd a wedding last night (it's my job), stood by the speakers 6 hours. This morning one ear is muffled and ringing really loud. Will it come back on its own?",
    ),
    (
        "activity",
        "Drove up to my sister's in Yorkshire yesterday for her fortieth, seven hours in the car with one stop because the motorway was shut and the sat nav sent us round the houses. The service was lovely, lots of food, her in-laws are a laugh. We're staying till Sunday. Only thing is this morning my right leg is tight and aching behind the knee and the calf looks a bit fatter than the other one. I had my hip replaced in the spring if that matters. Can it wait till I'm home?",
    ),
    (
        "activity",
        "Had my granddaughter for the half term, she's mad on jigsaws so we've been doing a 1000 piece one of a steam train on the dining table. Lovely week, we went to the park and fed the ducks too. Yesterday afternoon while we were sorting edge pieces I realised I couldn't see the left side of anything properly, like part of the picture was cut off. It lasted about ten minutes and then came back to normal. I'm 71 and feel fine now. Should I mention it at my next check-up?",
    ),
    (
        "activity",
        "The lift in our block is broken AGAIN, third time since Easter, and the housing association say an engineer is coming next week, which is what they said last week. So I've been carrying the shopping up to the fourth floor, with a rest on every landing. Yesterday I got a tight band across my chest halfway up that went off when I stood still for a few minutes. Happened again today with the bags. I'm 69, never had heart trouble. Probably just unfit, but thought I'd mention it.",
    ),
    (
        "activity",
        "been birdwatching on the marshes most weekends since i retired, saw a marsh harrier on saturday which made my year honestly. long grass everywhere this time of year. anyway found a tick on my thigh monday night and pulled it out with tweezers, think i got it all. there's now a red ring spreading round the spot, size of a saucer, paler in the middle, not itchy. i also feel a bit achy and fluey today. is that anything or just a reaction?",
    ),
    (
        "activity",
        "Been baking for the school fete all week, 12 dozen cupcakes and a tray bake, the kitchen looks like a bomb hit it and I'm sick of the sight of icing. My husband says I should charge. Anyway, the thing I meant to ask, I've been so thirsty the whole time, I must be drinking four litres a day and I'm up to the loo constantly, even at night. My trousers are loose too and I haven't been trying. My mum had diabetes. Could it be my sugar?",
    ),
    (
        "activity",
        "someone's elbow caught my nose at a gig on friday. swollen and looks a bit bent now, no bleeding. do i need an xray or does it sort itself",
    ),
    ("activity", "sawing logs for the fire, now my thumb won't bend"),
    ("activity", "Dizzy every time I bend over to weed. Only lately."),
    (
        "activity",
        "Sanding the floorboards with a mask on but I've been wheezy since Saturday, never had asthma. Coughing at night too. Dust or something else?",
    ),
    # --- preamble: long unrelated lead-in, concern at the end ---
    (
        "preamble",
        "Hi, hope you're all keeping well. What a week. The car broke down on the bypass on Tuesday and we waited three hours for the recovery truck, then the garage rang and said it's the clutch, so that's the holiday money gone. Then the boiler packed in on Thursday, of course. Anyway the reason I'm writing is since about Wednesday it burns when I pee and this morning I've got a dull ache in my right side at the back under the ribs, and I was hot and cold all night. Do I need to be seen today?",
    ),
    (
        "preamble",
        "The wedding was lovely, thank you to whoever at the surgery sorted Dad's tablets in time so he could travel. He gave a speech and didn't cry until the very end, which for him is a record. The hotel was beautiful, we stayed two nights. He's staying with us for a bit now. Only thing is he's been coughing a lot since the flight and this morning there was a bit of blood in the tissue, not much, sort of streaky. He's 78 and says it's nothing. Should he be seen?",
    ),
    (
        "preamble",
        "We finally moved house! Three weeks of boxes, the removal men dropped my mum's china cabinet, and the broadband still doesn't work so I'm on my phone in the garden. Registered with you last month. Anyway I've got a mole on my shoulder that I've had for years but it's changed shape, it's got a sort of notch on one side now and it bled when my bra strap rubbed it. Darker in one corner too. Is that something that needs looking at quickly?",
    ),
    (
        "preamble",
        "Good morning. My granddaughter graduated last Friday, first in the family to go to university, and I went up on the train to see her. Long day, lots of walking round the campus, but I wouldn't have missed it. Her mum made a beautiful cake. Since I got back though my ankles have been very swollen and I find I can't lie flat at night without getting short of breath, I've been propping myself up on three pillows. I am 81 and take tablets for my heart. Regards.",
    ),
    (
        "preamble",
        "Started a new job last month, commute is an hour each way on two buses, and the new team is nice but it's a lot to learn, I'm knackered every night. My manager's lovely though. We're also doing up the bathroom at weekends so no rest. Reason for the message, I noticed a lump in the side of my neck about five weeks ago when I was shaving. Thought it was a cold gland but it hasn't gone down, it's hard and doesn't hurt. Should I wait longer?",
    ),
    (
        "preamble",
        "Our dog had puppies two weeks ago, seven of them, so the house is chaos and nobody's slept. The kids have named them all after cheeses. We've found homes for five already. My husband built a whelping box out of an old wardrobe, very proud of himself. Anyway. For about ten days I've been getting headaches first thing in the morning that are worse when I lie down, and I've been sick twice when I got up. Not sure it's just lack of sleep. Thoughts?",
    ),
    (
        "preamble",
        "Bit of a saga: the allotment committee has decided to raise the fees again and there was a right row at the AGM, voices raised, my neighbour stormed out. I'm the treasurer so it all lands on me. Anyway I got home and while I was putting the kettle on I had a tightness across my chest and it went into my jaw, lasted about fifteen minutes and now it's eased. I'm 63 and I've got high blood pressure. Probably just stress but wanted to ask.",
    ),
    (
        "preamble",
        "Hello, I run the local book club and we've just finished a huge Russian novel, took us four months, half the group gave up. We're doing something lighter next, a detective series. I also help at the food bank on Thursdays. I'm writing because I've lost about a stone since the summer without trying, I eat the same, and I've been sweating through the sheets at night so badly I have to get up and change. Also an itch all over with no rash. Is that worth a blood test?",
    ),
    (
        "preamble",
        "Christmas is at ours this year, both families, fourteen people, I've been writing lists for weeks. My husband's in charge of the turkey which is brave of him. We had the kids' nativity on Tuesday and our youngest was a sheep, loved it. The thing is my husband has been slurring his words on and off since yesterday and dropped his fork at tea, he says he's just tired from work. He's 58. I don't want to overreact. Should he see someone?",
    ),
    (
        "preamble",
        "The builders are finally out after four months, the kitchen extension looks amazing and the dust has nearly gone. We had a row with them over the skylight but it's sorted now. My back garden is a mud pit but that's for the spring. Anyway, unrelated to all that, my left knee has given way twice this week going down the stairs, no warning, I just drop, and it's swollen at the back. No fall or twist I can think of. Worth an appointment?",
    ),
    (
        "preamble",
        "We got back from ten days in Spain on Sunday, it was gorgeous, the villa had a pool and the kids swam every day, we ate way too much paella and I read four books. Flights were delayed both ways but that's life. Since I got home though I've had a temperature, my joints ache really badly especially wrists and ankles, and there's a blotchy rash on my chest and arms. Lots of mosquito bites out there. Is this just a virus?",
    ),
    (
        "preamble",
        "My cat has decided she lives in the airing cupboard now, she's 14 and very set in her ways, the vet says she's healthy for her age which is more than I can say for myself. We've also had a leak under the sink. I'm writing because for about a month I've had blood when I go to the toilet, dark rather than bright, mixed in, and I've been more tired than usual. I'm 66. I put off mentioning it because it's embarrassing. Can you advise?",
    ),
    (
        "preamble",
        "Things have been hard with the neighbour about the fence, we've had solicitors' letters, he plays music at 2am on purpose I think, and my daughter's stopped visiting because of the atmosphere. Work have put me on a warning for being late. I've stopped sleeping more than a couple of hours and honestly I've started to think everyone would be better off if I wasn't around. I don't really know why I'm writing this here. Sorry for the long message.",
    ),
    (
        "preamble",
        "We had a power cut on Friday that lasted nearly two days because of the storm, the whole street was out, we ate everything in the freezer on a camping stove and the kids thought it was an adventure. It's back now. My question is my insulin pens were in the fridge the whole time with no power, it got quite warm in there, and I'm not sure if they're still okay to use or whether my readings being high are because of that.",
    ),
    (
        "preamble",
        "Mum turned 80 on Saturday and we threw her a party in the church hall, all her old friends came, someone brought a photo of her from her wedding and she cried. We had a great day. But she wasn't herself, she called me by my late aunt's name twice and got muddled about where she was, and today she's still confused. She's been weeing a lot and it smells strong. Could it be an infection? She lives with me.",
    ),
    (
        "preamble",
        "I retired in June after 40 years on the railway and I've taken up golf, which my wife says is a good way to ruin a walk. Joined the club, handicap is terrible but the lads are friendly. Only snag is I'm up four or five times a night to pee now, and the flow is weak, sort of stop-start, and I have to wait for it to get going. I'm 64. Should I get that checked or is it just getting older?",
    ),
    (
        "preamble",
        "Planning our daughter's wedding for May and I am in charge of the flowers, the seating plan and apparently also my ex-husband, lovely. Venue's booked, dress is ordered, we had the tasting last week. Very exciting. My heart keeps doing these flip-flops though, skipping then thumping, mostly in the evening, and last night my watch said possible irregular rhythm. I'm 59. Probably stress but should I come in for a tracing?",
    ),
    (
        "preamble",
        "We got a puppy! A little spaniel called Biscuit, he's into everything, ate one of my slippers and half a tea towel. We've started puppy training classes on Saturdays and he is the worst in the class. During play he nipped my hand properly yesterday, broke the skin in two places between my knuckles, and today it's swollen and red and hard to make a fist. Do I need antibiotics for a puppy bite?",
    ),
    (
        "preamble",
        "Hi all. I've been training for the charity 10k for the hospice where my dad was looked after, raised nearly two thousand pounds, and we did it on Sunday, amazing atmosphere, loads of people in fancy dress. The thing is I fainted at the finish line, went down like a sack, the first aiders said I was out for maybe 30 seconds. I felt my heart racing just before. I'm 34 and fit. Do I need to get checked before I run again?",
    ),
    (
        "preamble",
        "Sorry this is long. My son's football team reached the county final on Saturday, we lost on penalties but the boys were brilliant. There was a lot of crying, mostly from the dads. Afterwards we went for pizza. In the second half he clashed heads with a defender and was off for a few minutes but then played on. He's 11. Last night he was sleepy and he's been sick twice this morning and says his head really hurts. Is this normal after a knock?",
    ),
    (
        "preamble",
        "Quick update for the nurse who did my flu jab - my arm was fine, thank you, and the leaflet about the shingles one was really useful, I'll book it. I've also been getting on much better with the new walking stick. One other thing while I'm writing, my right ear has been full of a horrible discharge for a week, it smells, and now the side of my face around it is numb. I'm diabetic. Is that something to worry about?",
    ),
    (
        "preamble",
        "So I've finally finished my dissertation, submitted it at 11:58 pm the night of the deadline, and my flatmates took me out to celebrate which was great apart from the kebab. Exams start next month. Been living on coffee and energy drinks for weeks. I'm writing because I've had a sore throat and felt wiped out for three weeks now, my glands are massive and my tummy on the left side aches. I'm 20. Could it be glandular fever?",
    ),
]
