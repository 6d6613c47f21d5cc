# none rows, part F: institutional context (donations/events, site complaints,
# scams, thank-yous) PLUS a real current health concern a triage nurse must read.
# tuple: (sub_kind, tag, message)   tag 'u' = urgent concern buried in the chat

NONE = [
    # ---- donations / events + concern ----
    (
        "donations_events+concern",
        "u",
        "I've signed up to the charity fun run on Sunday and wanted a sponsorship form. But since yesterday I've had a sharp pain on the right side of my chest when I breathe in, and I'm puffed out walking up the stairs. I got back from a long flight from Australia on Tuesday. Should I still run?",
    ),
    (
        "donations_events+concern",
        "",
        "Our knitting circle wants to donate twiddle muffs to the dementia ward, who should we contact? Also I've personally had a tremor in my right hand that makes knitting hard these last few months, getting worse, and the GP waiting list is weeks.",
    ),
    (
        "donations_events+concern",
        "",
        "song request for the hospital radio, for my husband on ward 7. separately, I've been getting bad headaches on the left side with pain in my jaw when I chew, and my scalp is too tender to brush my hair. I'm 71.",
    ),
    (
        "donations_events+concern",
        "",
        "Mum's old wheelchair: we'd like to donate it. She's had a fall at home though and her hip hurts when she moves it, she can't put weight on it but insists she's fine. She's 86 and lives with me.",
    ),
    (
        "donations_events+concern",
        "",
        "Do you still want cake donations for the staff room? I'm a keen baker. Also, I've had bad heartburn for two months now and food feels like it gets stuck halfway down, and I've lost half a stone.",
    ),
    (
        "donations_events+concern",
        "u",
        "When is the chaplaincy's remembrance service? My wife died on your ward in the spring. I've been struggling, not eating much and sleeping all day, and some days I honestly don't see the point in carrying on.",
    ),
    (
        "donations_events+concern",
        "",
        "can i put a charity collection tin in my shop? also need to ask - my 4 yr old has had ear pain and a fever for 3 days and now there's a swelling behind his ear that's pushing it forward",
    ),
    (
        "donations_events+concern",
        "",
        "Our choir would like to sing in the atrium at Christmas - who arranges it? I'm the conductor, and I should say I've had a sore throat and a lump on the side of my neck for six weeks now that isn't going away.",
    ),
    (
        "donations_events+concern",
        "",
        "The art display in corridor B is mine and I need to pick the frames up on Friday. Separate issue: the cut on my finger from hanging them got infected, it's swollen and throbbing and I can't bend the finger.",
    ),
    (
        "donations_events+concern",
        "",
        "We're holding a coffee morning for the cancer unit on the 12th, could any of the nurses come along? Also my own lymphoma follow-up isn't for 3 months, but I've found new lumps under my arm and the drenching night sweats are back.",
    ),
    (
        "donations_events+concern",
        "",
        "Sponsorship form for the 10k please. I'm diabetic and since I upped my training my feet have gone numb, and I found a blister on my heel that has turned black in the middle.",
    ),
    (
        "donations_events+concern",
        "",
        "Which entrance for the Easter egg drop-off? Also, I'm asthmatic and since we moved into a flat with black mould I've been needing my reliever every night and waking up coughing.",
    ),
    # ---- site complaints + concern ----
    (
        "complaints_site+concern",
        "",
        "The drilling from the building site wakes me every morning at 7, I'm complaining about that. But also, since last week my left ear has gone muffled with a ringing in it, it came on suddenly one morning.",
    ),
    (
        "complaints_site+concern",
        "u",
        "Smokers outside the main entrance AGAIN. I have COPD and walking through it set off a coughing fit yesterday that hasn't really stopped. I'm more breathless than I've ever been today, can't finish a sentence, and my lips looked a bit blue in the mirror.",
    ),
    (
        "complaints_site+concern",
        "",
        "Staff parking on our street again. Also unrelated: my husband, who I care for, has a pressure sore on his bottom. It was red last week and now it's an open wound. The district nurses haven't been.",
    ),
    (
        "complaints_site+concern",
        "",
        "I was discharged yesterday after three nights of noise on the ward kept me up (complaint to follow). Since getting home the pain round my wound has got much worse and I've got a temperature of 38.6.",
    ),
    (
        "complaints_site+concern",
        "",
        "Broken vapes and litter in the play area outside children's outpatients. My daughter (she's 5) stepped on one and cut her foot. Two days later it's red round the cut and she's limping.",
    ),
    (
        "complaints_site+concern",
        "",
        "Yes the receptionist was rude and I'll complain separately, but honestly the main reason I'm writing is I was turned away from the walk-in for being late and I still have the problem: burning when I wee, pain in my side, and I was shivering all night.",
    ),
    (
        "complaints_site+concern",
        "",
        "That floodlight from the car park keeps me awake and I'm exhausted. On top of that I've got palpitations most nights and I've felt faint twice on the stairs this week.",
    ),
    (
        "complaints_site+concern",
        "",
        "bins overflowing behind the kitchen, rats everywhere. one of them bit my son (he's 10) on the finger when he was getting his football back. small puncture but it bled. does he need a tetanus or antibiotics?",
    ),
    (
        "complaints_site+concern",
        "u",
        "Complaint about the lifts being out again. I had to take the stairs three weeks after my heart op and got really breathless, and since then I can't lie flat and I'm coughing up pink frothy spit.",
    ),
    (
        "complaints_site+concern",
        "",
        "Ambulance engines idling outside our flat all day, fumes come in. My 6 year old's asthma has been worse since this started, she's wheezing every evening and her inhaler only helps for an hour.",
    ),
    # ---- scams + concern ----
    (
        "scams+concern",
        "",
        "Got a text saying it's from the hospital telling me to pay a missed appointment fee. Is it real? Also, I did genuinely miss my appointment for the breast lump because I was scared, and the lump is still there and seems bigger.",
    ),
    (
        "scams+concern",
        "",
        "Someone called pretending to be from Medicare asking for my details, I hung up. But it reminded me: the new tablets you started me on last week have given me an itchy rash of raised welts on my arms and back. Should I stop them?",
    ),
    (
        "scams+concern",
        "",
        "fake email saying my test results are ready? real ones would be on here right? I'm anxious because I'm actually waiting on my biopsy and there's been more blood in my stool this week.",
    ),
    (
        "scams+concern",
        "",
        "My mum got a scam call saying she had to pay for her medication delivery. She didn't pay. But in the last few days she's been nodding off mid-sentence and her speech is slurred, I think the new painkillers might be too strong. She's 83 and I look after her.",
    ),
    (
        "scams+concern",
        "",
        "Is this text from you legit? 'Your prescription is ready, confirm your details'. I'm asking because I genuinely need my epilepsy tablets and I've run out, and I had a seizure last night for the first time in two years.",
    ),
    (
        "scams+concern",
        "",
        "a 'nurse' rang saying my surgery date was cancelled and I should pay to rebook. I don't trust it. I do need that operation though, the hernia is bulging more and aches by the evening, though it still goes back in when I lie down.",
    ),
    (
        "scams+concern",
        "",
        "Scam alert: fake facebook page with your logo. Also since I'm on here, my 4 year old's eczema has flared massively and there are now yellow crusty weepy patches on her face and hands.",
    ),
    (
        "scams+concern",
        "",
        "someone texted pretending to be the hospital with a link about covid boosters, not clicking it. side note: my covid test is positive today, mild so far, but I'm on tacrolimus after my kidney transplant. do I need antivirals?",
    ),
    (
        "scams+concern",
        "",
        "Hello, a man call me and say he is from the hospital billing, I don't believe him. Also please, my father's sugar was very low this morning, 2.8, he was shaky and sweating, we gave him juice and now it is 4.1. Is he OK to stay at home? This is the second time this week.",
    ),
    (
        "scams+concern",
        "",
        "Please can you confirm you didn't ring me about 'updating my insurance'? Also, my pacemaker wound has gone red and thin-looking and I think I can see something shiny under the skin.",
    ),
    # ---- thank-you cards and gifts + concern ----
    (
        "thanks_gifts+concern",
        "",
        "Please pass this thank-you card to Nurse Bridget on the day surgery unit, she was wonderful, and the lady who made me a cup of tea when I came round too. I was so nervous and they made it easy. Sadly the wound has started oozing again since Saturday, yellowish, and it smells. The skin around it is pinker than it was. I've been changing the dressing twice a day like they showed me. Should I be seen, or can I send a photo?",
    ),
    (
        "thanks_gifts+concern",
        "",
        "Would love to send chocolates to the ward 5 team. Also since discharge my stoma output has gone really high and watery, I'm emptying the bag more than ten times a day and I feel dizzy when I stand up.",
    ),
    (
        "thanks_gifts+concern",
        "",
        "Thank you to the physio Dev for getting me back on my feet! Quick question though: over the last 3 days the new knee has swollen right up and it feels hot to touch.",
    ),
    (
        "thanks_gifts+concern",
        "u",
        "Nominating Hannah on the stroke unit for an award, how do I do that? Also my gran, who I care for, has had new weakness in her left arm since this morning, she can't lift her cup, and her face looks different. She had her stroke 3 months ago. Is this the same thing?",
    ),
    (
        "thanks_gifts+concern",
        "u",
        "Huge thanks to the lovely team who did my son's tonsillectomy (he's 7). We're on day 6 and he's just coughed up bright red blood, a couple of tablespoons, and it's still trickling from his mouth.",
    ),
    (
        "thanks_gifts+concern",
        "",
        "thank you card for the ED nurse who stitched my head on friday. also, the headache hasn't gone, and now my neck is stiff and light hurts my eyes",
    ),
    (
        "thanks_gifts+concern",
        "",
        "Can you pass my thanks to Dr Ayo and the team? Separately, since finishing the antibiotics you gave me I've had watery diarrhoea eight times a day for four days.",
    ),
    (
        "thanks_gifts+concern",
        "u",
        "Dear Ward 3, thank you for caring for me after my operation. I'm home now but I have a problem: the pain in my calf that started two days ago is worse and now I'm short of breath just sitting here, which I wasn't before.",
    ),
    (
        "thanks_gifts+concern",
        "",
        "Hi, I'd like to bring a cake for the dermatology nurses as a thank you. And could someone look at my photos? The place where they removed the mole has opened up at one end.",
    ),
    (
        "thanks_gifts+concern",
        "",
        "Big thank you to the porter who helped my mum. Mum's doing OK, but I'm the one struggling. Since her illness I've been having panic attacks most days and I can't stop crying. I'd like to talk to someone.",
    ),
    (
        "thanks_gifts+concern",
        "",
        "Hello! I'd like to get a card to the radiotherapy team, my last session was Friday. The skin on my chest where they treated has gone raw and is weeping now, and it's very painful. Is that expected?",
    ),
    (
        "thanks_gifts+concern",
        "",
        "Thanks to everyone in the fracture clinic. One thing though, the boot they gave me is rubbing and there's a blister on my heel that's gone black in the middle. I'm diabetic.",
    ),
]
