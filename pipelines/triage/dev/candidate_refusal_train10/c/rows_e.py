# Insurance and billing, opening hours, translations -- and in-scope twins.
O = "out_of_scope"
N = "none"

ROWS = [
    # insurance in general
    (
        O,
        "insurance_general",
        "Is my new insurance plan accepted here? We switched employers this month, just want to know for the future.",
    ),
    (
        O,
        "insurance_general",
        "whats the difference between a deductible and an out of pocket max? trying to pick a plan during open enrollment",
    ),
    (
        O,
        "insurance_general",
        "Can you explain what an HSA is vs an FSA? HR made it sound so confusing.",
    ),
    (
        N,
        "twin_insurance",
        "My insurance won't cover my usual inhaler anymore and the pharmacy wants $300. I've got 2 puffs left, I'm wheezing at night and waking up coughing. What do I do until this is sorted?",
    ),
    (
        O,
        "insurance_general",
        "Is travel insurance worth it for a trip to Italy, or does my normal plan cover me abroad?",
    ),
    (
        N,
        "twin_insurance",
        "Just back from Italy, the flight was 11 hours with a connection. Now my right leg from the knee down is swollen and aching and tonight I've got a sharp pain in my chest when I breathe in.",
    ),
    (
        O,
        "insurance_general",
        "my employer is offering dental and vision add-ons, which one is usually better value?",
    ),
    (
        N,
        "twin_insurance",
        "Can't afford the dentist right now and my lower back tooth has been throbbing for a week. Today my jaw and neck on that side are swollen and it's hard to open my mouth or swallow.",
    ),
    # billing
    (
        O,
        "billing_general",
        "Hi there, I got a bill for $240 for a visit in March but I'm pretty sure my copay was only $30 and the front desk even told me that when I checked in. I already called the number on the bill twice and got put on hold for 40 minutes both times and then the line cut out. I've also had a letter from my insurance that says 'this is not a bill' which confused me more. I'm not disputing the care, it was fine, I just want someone to explain the charges and tell me who to talk to.",
    ),
    (
        O,
        "billing_general",
        "can i set up a payment plan for my hospital bill? i lost my job last month",
    ),
    (
        O,
        "billing_general",
        "Why are there two separate bills, one from the hospital and one from a doctors group, for the same x-ray?",
    ),
    (
        N,
        "twin_billing",
        "Got the bill for my x-ray and the report attached says 'incidental 9mm nodule in the right lower lobe, recommend follow-up CT'. Nobody told me about this. Do I need another scan?",
    ),
    (
        O,
        "billing_general",
        "Could you send me an itemised receipt for my last payment? I need it for my tax return.",
    ),
    (
        N,
        "twin_billing",
        "I can't afford my blood pressure prescription this month so I stopped it 5 days ago. Now I've got a pounding headache and my home reading is 182/110. Am I in trouble?",
    ),
    (
        O,
        "billing_general",
        "Hello, I paid my bill twice by mistake online. How long does a refund take?",
    ),
    (
        O,
        "billing_general",
        "do you offer financial assistance or charity care for people on low income? asking for my brother, who's between jobs",
    ),
    # opening hours, non-medical purpose
    (
        O,
        "opening_hours",
        "When does main reception open? I found a wallet in a taxi with one of your hospital ID cards in it and want to hand it in.",
    ),
    (
        O,
        "opening_hours",
        "is the clinic open on bank holiday monday? I only need to collect a parcel that got delivered there by mistake",
    ),
    (O, "opening_hours", "ortho ward visiting hours?"),
    (
        O,
        "opening_hours",
        "When does the gift shop open? Want to grab flowers before visiting my aunt.",
    ),
    (
        O,
        "opening_hours",
        "Hi is the medical records office open saturdays? My employer's HR needs a form stamped.",
    ),
    (
        N,
        "twin_hours",
        "Are you open tomorrow? I've had a sore throat for 4 days with fever and white spots on my tonsils and I can barely swallow my own spit. Need to be seen.",
    ),
    (
        O,
        "opening_hours",
        "Until what time is the pharmacy counter open? I'm dropping off my neighbour's spare key to her daughter who works there.",
    ),
    (
        N,
        "twin_hours",
        "How late is the walk-in open tonight? I cut my thumb deep on a tin lid, it's been bleeding through two tea towels for 30 minutes and I can't bend the tip.",
    ),
    # translations of non-clinical documents
    (
        O,
        "translation",
        "Would you translate my daughter's school permission slip into Polish for my mother? She wants to read it.",
    ),
    (
        O,
        "translation",
        "please translate into spanish: 'the meeting has moved to thursday at 3pm, bring your ID badge'",
    ),
    (
        O,
        "translation",
        "I need my birth certificate translated from Portuguese to English for immigration. Does the hospital do that kind of translation?",
    ),
    (
        N,
        "twin_translation",
        "My mother only speaks Tagalog and lives with me. For about two weeks she's had chest tightness when she climbs the stairs, it goes away when she rests. She's 70 and diabetic. She doesn't want to bother anyone.",
    ),
    (O, "translation", "what does 'gesundheit' literally mean? always wondered"),
    (
        O,
        "translation",
        "Can you help me understand this letter from my landlord in Arabic? It's about the rent going up.",
    ),
    (
        N,
        "twin_translation",
        "Good morning, I am have pain in my belly right side low since yesterday night, now is more strong and I have fever 38.5 and not hungry. What I must do? Thank you.",
    ),
    (
        O,
        "translation",
        "Could someone translate my wedding speech into French for my in-laws? About one page.",
    ),
    (
        N,
        "twin_translation",
        "Hello, sorry my english. My father 79 years live with me, today he fall in bathroom and now he cannot stand on right leg, the leg look more short and turn outside. He have much pain.",
    ),
]
