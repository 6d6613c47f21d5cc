# out_of_scope rows, part D: thank-you cards and gifts, past bills / insurance
# paperwork, press / filming / surveys / research, portal IT help
# tuple: (sub_kind, tag, message)   tag 's' = mentions sender's own health as settled/past

OOS = [
    # ---- thank-you cards, gifts, compliments for named staff ----
    (
        "thanks_gifts",
        "",
        "Would someone kindly pass a thank-you card to Nurse Bridget on the day surgery unit? She was so kind to my husband last Tuesday. I can drop it at reception if that's easier.",
    ),
    (
        "thanks_gifts",
        "",
        "I want to send a hamper to the night team on Ward 7 to say thank you for looking after my dad in his last days. They let us stay with him, brought us tea at 4 in the morning, and one of the nurses held his hand when we'd popped out for air. We will never forget it. We were thinking of a hamper from the farm shop, with cheese and biscuits and some treats, nothing alcoholic. Are staff allowed to accept food gifts? I don't want to get anyone in trouble, and if it's easier we could give a donation to the ward fund instead. What would they prefer?",
    ),
    (
        "thanks_gifts",
        "s",
        "Hello, I'm now six months post-op and doing great, back gardening and everything. I've written a letter to the surgeon, I think his first name was Oskar. Is there an address for sending letters to consultants, or will the portal forward it to him?",
    ),
    (
        "thanks_gifts",
        "s",
        "pls tell the lovely physio called Dev that I finally made it up the stairs at home without the rail!! he said to let him know when I did. no need to reply",
    ),
    (
        "thanks_gifts",
        "",
        "I've made a donation in honour of Nurse Amara on the children's ward and the charity said they'd send her a card about it. Could you check she got it? It would mean a lot to our family.",
    ),
    (
        "thanks_gifts",
        "",
        "Is it OK to nominate a staff member for an award? Hannah on the stroke unit deserves one for the way she treated my gran. How do I do it?",
    ),
    (
        "thanks_gifts",
        "",
        "Chocolates for the A&E reception team - can I just leave them at the desk or is there a rule against it?",
    ),
    (
        "thanks_gifts",
        "s",
        "Dear all at the Orthopaedic Ward, I have fully recovered and I am walking my dog again every day. I have knitted a blanket for the nurse who looked after me, her name is Priya. Could somebody make sure it reaches her? With warmest wishes, Dorothy (aged 78)",
    ),
    (
        "thanks_gifts",
        "",
        "Hi, my son (he's 9) drew a picture for the radiographer who was so patient with him when he wouldn't keep still. Her name was Jess, I think. How can we get it to her?",
    ),
    (
        "thanks_gifts",
        "",
        "Compliments: where do I write one so it actually gets back to the staff involved? Not a complaint, the opposite!",
    ),
    (
        "thanks_gifts",
        "",
        "thank u to the porter with the beard who sang to my nan in the lift, she still talks about it. no idea of his name, tuesday afternoon, taking her up to ward 10",
    ),
    (
        "thanks_gifts",
        "",
        "We'd like to give a small gift voucher to the nurse who looked after our grandson, but we know there might be rules about gifts over a certain amount. What's the policy?",
    ),
    (
        "thanks_gifts",
        "s",
        "Finished radiotherapy three months ago and just had the all clear. The radiographers on machine 4 made every single day bearable. Could someone pass on a card? I'll bring it to main reception on Friday.",
    ),
    (
        "thanks_gifts",
        "s",
        "Can I bring a homemade thank you cake for the ward 3 staff, or do you only accept shop-bought with the ingredients listed? I'm back on my feet properly now and baking is how I say thanks.",
    ),
    # ---- past bills, insurance paperwork (no clinical ask) ----
    (
        "billing_insurance",
        "",
        "I received an invoice for an appointment from March that I thought was covered by my insurance. The reference on it doesn't match anything I have. Who in billing can explain it?",
    ),
    (
        "billing_insurance",
        "",
        "My insurer says they need an itemised bill with the procedure codes before they'll reimburse me. How do I request one?",
    ),
    (
        "billing_insurance",
        "s",
        "I'm completely recovered from my appendix surgery in January, thank goodness, but I'm still getting statements for it. I paid the balance in full in April. Could someone check the account and stop the letters please?",
    ),
    (
        "billing_insurance",
        "",
        "Can I set up a payment plan for the emergency department bill? It's more than I can pay in one go.",
    ),
    (
        "billing_insurance",
        "",
        "need a letter confirming the dates i was admitted in may for my travel insurance claim. whats the fastest way to get one",
    ),
    (
        "billing_insurance",
        "s",
        "Why was I charged a facility fee on top of the doctor's fee for a ten minute telehealth call? Nobody mentioned that. The call itself was fine, my thyroid levels are sorted, I just want the charge explained.",
    ),
    (
        "billing_insurance",
        "",
        "The bill has my surname spelled wrong and my insurer rejected it because it doesn't match my policy. Can you reissue it with the correct spelling?",
    ),
    (
        "billing_insurance",
        "",
        "My late mother's estate has received a bill from your hospital for her stay two years ago. I'm the executor. I'm a bit confused because I thought everything was settled at the time, and the amount doesn't match the letter we had back then. I've got copies of everything in a folder. Who do I send the death certificate and grant of probate to, and can someone explain what this bill is actually for before the estate pays it? I'd rather sort it by post or email than phone, I find the phone queues very hard at the moment.",
    ),
    (
        "billing_insurance",
        "",
        "Hi, do you accept Medicare assignment for outpatient physio? Trying to work out what I'll owe before I book anything.",
    ),
    (
        "billing_insurance",
        "",
        "I was sent to collections for a 40 dollar copay that I never got a bill for. I've moved house since. Can this be reversed if I pay now?",
    ),
    (
        "billing_insurance",
        "s",
        "Everything went fine with my colonoscopy (all clear, nothing to worry about) but my insurer is asking for a form from the hospital saying it was a screening and not diagnostic. Who fills that in?",
    ),
    (
        "billing_insurance",
        "",
        "Overpaid by 85 on my last bill, how do I get a refund? I paid twice by accident through the app.",
    ),
    (
        "billing_insurance",
        "",
        "Could you send me a receipt for the parking and the invoice for my son's ED visit last month? I need both for my employer's health spending account.",
    ),
    (
        "billing_insurance",
        "s",
        "To billing department, I am foreign student, my insurance company ask a document in English with a stamp showing the cost of my treatment last month. I am good now, no more problem. How I can get this document? Thank you",
    ),
    # ---- press, filming, surveys, research recruitment ----
    (
        "press_research",
        "",
        "I'm a journalist with a local paper writing a piece about waiting times in A&E. Who is your press contact?",
    ),
    (
        "press_research",
        "",
        "Hi, I'm a final-year psychology student and for my dissertation I'm recruiting adults who have been hospital outpatients in the last year to fill in a ten-minute anonymous survey about waiting room design (seating, lighting, noise, that sort of thing). Could the hospital share my link on the portal or let me put a poster up in the outpatient area? I have ethics approval from my university and can send the approval letter and a copy of the questions. No names or health details are collected. My supervisor is happy to be contacted too. Who would be the right person to ask about this?",
    ),
    (
        "press_research",
        "",
        "Our film society would like to shoot a short scene in an empty corridor for a student film. Two actors, no patients in shot, one afternoon. Who handles filming permissions?",
    ),
    (
        "press_research",
        "s",
        "Got a feedback survey from you about my last visit but the link expired before I could fill it in. Can you resend? It was my last follow-up and I've been discharged, so I'd like to say how well it all went.",
    ),
    (
        "press_research",
        "s",
        "I'm one year on from my stroke and doing remarkably well, back at work part-time. I'd really like to take part in any research studies you're running on stroke recovery. Is there a register I can sign up to?",
    ),
    (
        "press_research",
        "",
        "podcast request: could we interview one of your ICU nurses about what working nights is really like? happy to work round their shifts, 30 mins max",
    ),
    (
        "press_research",
        "",
        "Are you taking part in the national patient experience survey this year? I'd like to make sure I'm sent one, I have a lot to say (mostly good).",
    ),
    (
        "press_research",
        "",
        "We're a Year 12 media studies group making a documentary about the history of the hospital building. Do you have archive photos we could use, or someone who knows the history?",
    ),
    (
        "press_research",
        "",
        "I am a nursing masters student doing a project on hand hygiene compliance and I would like to observe in your outpatient department for two days. Who do I ask for permission?",
    ),
    (
        "press_research",
        "",
        "FOI request: how many parking charge notices did the hospital issue last year, and how much money did they bring in? Where do I send this?",
    ),
    (
        "press_research",
        "s",
        "Hello, I was in your trial for the new hip implant back in 2019, all still working beautifully. I've moved house and want to update my contact details with the research team so they can keep sending the annual questionnaire. Who do I tell?",
    ),
    (
        "press_research",
        "",
        "do you let youtubers film inside the hospital? my channel is about old buildings and i heard the victorian wing is closing down next year",
    ),
    # ---- IT help with the portal itself ----
    ("portal_it", "", "forgot password and the reset email never comes. checked spam. twice."),
    (
        "portal_it",
        "",
        "The writing on this portal is tiny on my iPad and there's no option to make it bigger. I'm 76 and I can't read half of it. I've tried pinching the screen like my granddaughter showed me but then the page jumps about and I lose my place, and the buttons at the bottom are so close together I keep pressing the wrong one. It took me twenty minutes to find where to write this message. Could whoever looks after the website add a setting for larger print, or tell me if there's one I've missed? Thank you, it's a very useful thing when it works.",
    ),
    (
        "portal_it",
        "s",
        "App crashes every time I open the messages tab. Android 14, reinstalled twice. Not urgent as I'm fully recovered, I just want to read my old letters.",
    ),
    (
        "portal_it",
        "",
        "How do I give my daughter proxy access to my portal account? She helps me with appointments and the forms.",
    ),
    (
        "portal_it",
        "s",
        "Hello there, I'm all sorted health-wise, discharged from the clinic in the summer, so I'd like to close my portal account altogether. How do I delete it and my login?",
    ),
    (
        "portal_it",
        "",
        "the 2-factor codes go to my old phone number which i dont have anymore. how do i change it without logging in",
    ),
    (
        "portal_it",
        "",
        "Any chance of a dark mode? The white screen is so bright when I check messages at night.",
    ),
    (
        "portal_it",
        "",
        "I can't download the letter PDFs, it just says 'error 403'. Using Chrome on a Mac, tried Safari too.",
    ),
    (
        "portal_it",
        "",
        "Why does the portal log me out after 5 minutes? I'm a slow typer and keep losing my message halfway through. This is my third go at this one.",
    ),
    (
        "portal_it",
        "",
        "portal is in spanish for some reason and i cant find the setting to change it back to english lol. help",
    ),
    (
        "portal_it",
        "",
        "Can I link my wife's account and mine so we see both calendars in one place? We're both patients at the same clinic.",
    ),
    (
        "portal_it",
        "s",
        "My recovery's been smooth sailing so I haven't logged in for months, and now it says my account is locked due to inactivity. How do I unlock it?",
    ),
    (
        "portal_it",
        "",
        "screen reader doesnt read the buttons on the booking page, they just say 'button button button'. I'm blind, please pass this to whoever builds the site.",
    ),
    (
        "portal_it",
        "",
        "Notifications from the app come through at 3am. Can I set quiet hours somewhere?",
    ),
]
