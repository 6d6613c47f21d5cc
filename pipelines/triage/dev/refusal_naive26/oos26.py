"""Hand-written out_of_scope refusal messages for refusal_naive26 (65 items).

Every message is fictional. Each entry: kind, message, encounter date, sex, birth date, why,
plus optional chart details (cond, meds, obs, visits, time) and `age` when the message states
the sender's age (checked against the chart in make.py).

Kinds: everyday (15), institution (15), settled (15), curiosity (10), adjacent (10).
"""

from __future__ import annotations

HTN = ("38341003", "Hypertensive disorder")
T2DM = ("44054006", "Diabetes mellitus type 2")
HYPOTHY = ("40930008", "Hypothyroidism")
ASTHMA = ("195967001", "Asthma")
HLD = ("55822004", "Hyperlipidemia")
AF = ("49436004", "Atrial fibrillation")
GERD = ("235595009", "Gastroesophageal reflux disease")
MIGRAINE = ("37796009", "Migraine")
DEPRESSION = ("35489007", "Depressive disorder")
OSA = ("78275009", "Obstructive sleep apnea syndrome")
PSORIASIS = ("9014002", "Psoriasis")
GOUT = ("90560007", "Gout")
OA_KNEE = ("239873007", "Osteoarthritis of knee")
IDA = ("87522002", "Iron deficiency anemia")
RHINITIS = ("61582004", "Allergic rhinitis")
ECZEMA = ("24079001", "Atopic dermatitis")
OBESITY = ("414916001", "Obesity")
INSOMNIA = ("193462001", "Insomnia")
IBS = ("10743008", "Irritable bowel syndrome")

OOS: list[dict] = []


def o(kind: str, message: str, date: str, sex: str, birth: str, why: str, **kw) -> None:
    OOS.append(
        {
            "kind": kind,
            "message": message,
            "date": date,
            "sex": sex,
            "birth": birth,
            "why": why,
            **kw,
        }
    )


# ------------------------------------------------------------------ everyday, no health content (15)
E = "everyday"
o(
    E,
    "hi there, sorry if this is the wrong place but does anyone know a good plumber near the clinic?? "
    "our kitchen sink has been backing up since sunday and the landlord is useless 🙄",
    "2026-03-17",
    "female",
    "1991-06-04",
    "Home repair: asks for a plumber recommendation; no health content at all.",
    time="19:42:00",
)
o(
    E,
    "When is the right time of year to prune an old apple tree? Branches are crossing everywhere",
    "2026-02-03",
    "male",
    "1957-10-21",
    "Gardening question (pruning an apple tree); nothing about the sender's health.",
)
o(
    E,
    "Good morning!! I'm hosting 14 people for Thanksgiving and my oven only fits one tray at a time. "
    "Could you suggest a timeline for roasting a 20lb turkey and still getting the stuffing, sweet "
    "potatoes and rolls done before everyone arrives at 3? Thank you so much, you folks always seem "
    "to know everything 😊",
    "2026-11-16",
    "female",
    "1968-08-30",
    "Cooking logistics for a holiday dinner; no symptom or health question.",
    cond=[HTN],
    meds=[("lisinopril 10 mg oral tablet", 400)],
    obs=[("bp", 61, 128, 80)],
)
o(
    E,
    "car makes a grinding noise when i brake, front left i think. safe to drive to work till payday or "
    "do i need new pads now",
    "2026-06-09",
    "male",
    "1999-01-12",
    "Car maintenance question; outside health triage.",
    time="07:18:00",
)
o(
    E,
    "Is it smarter to pay off my credit card or put extra into my 401k? I've got about $4,000 saved and "
    "keep going back and forth. My brother says index funds but he also bought crypto at the top lol",
    "2026-01-22",
    "male",
    "1986-04-15",
    "Personal finance advice; no health content.",
)
o(
    E,
    "how do i get my iphone photos onto my laptop without paying for icloud. its windows 11. ty",
    "2026-04-28",
    "female",
    "1979-12-02",
    "Tech support question about photo transfer; not triage.",
    time="22:05:00",
)
o(
    E,
    "We're going to Kyoto in March for our 25th anniversary 🥂 any tips on which area to stay in? We "
    "aren't big on crowds but love gardens and good food. Also is 5 nights enough or should we add a "
    "day trip to Nara?",
    "2026-01-09",
    "female",
    "1972-05-19",
    "Travel planning (where to stay, itinerary); no health question or travel-medicine ask.",
)
o(
    E,
    "our new puppy is 4 months old, lab mix. how many cups of kibble a day should she be getting? the "
    "bag says one thing and the breeder told us another 🐶",
    "2026-05-06",
    "female",
    "1995-09-27",
    "Pet feeding question; outside human health triage.",
)
o(
    E,
    "Does anyone there know a decent dog trainer? My rescue greyhound pulls like a freight train on the "
    "leash and I'm at my wits end. Tried clicker training, no luck.",
    "2026-08-12",
    "male",
    "1963-03-08",
    "Pet training recommendation; no health content.",
    cond=[HLD],
    meds=[("atorvastatin 20 mg oral tablet", 700)],
)
o(
    E,
    "my daughter has a history essay due friday on the causes of ww1 and shes totally stuck, could you "
    "give her an outline with 3 main points?? thanks a million",
    "2026-10-07",
    "female",
    "1981-07-11",
    "School homework help for a child; no health question.",
    time="20:51:00",
)
o(
    E,
    "Stuck on what to get my father-in-law for his 70th. He likes fishing, jazz and old westerns. Budget "
    "is around $100. Any ideas??",
    "2026-09-01",
    "male",
    "1976-02-26",
    "Gift ideas; nothing health related.",
)
o(
    E,
    "My landlord is keeping my entire security deposit, says the carpet was stained, but it was like "
    "that when I moved in and I have photos with dates on them. Is he allowed to do that? Should I take "
    "him to small claims court or is it not worth the hassle",
    "2026-07-14",
    "female",
    "1997-11-30",
    "Tenant/legal dispute; outside health triage.",
)
o(
    E,
    "how do u make a will without a lawyer. is an online one legal in ohio. just want to leave the "
    "house to my 2 kids",
    "2026-03-31",
    "male",
    "1955-06-17",
    "Legal question about writing a will; no health content.",
    cond=[T2DM],
    meds=[("metformin 1000 mg oral tablet", 1500)],
    obs=[("a1c", 90, 6.9)],
)
o(
    E,
    "Sorry to bother you all. My printer keeps showing 'offline' even though it's connected to wifi. "
    "HP Envy. I've restarted it 3 times and reinstalled the driver. What else can I try? Need to print "
    "tax forms tomorrow.",
    "2026-04-13",
    "female",
    "1960-01-05",
    "Printer troubleshooting; not a health question.",
)
o(
    E,
    "hiya! whats a good swap for buttermilk in scones, ran out and shops are shut 🙃",
    "2026-10-25",
    "female",
    "1988-03-14",
    "Baking substitution question; no health content.",
    time="16:20:00",
)

# ------------------------------------------------------------------ the hospital as an institution (15)
I = "institution"
o(
    I,
    "Hello, I saw a posting for a unit secretary position on your careers page but the apply link is "
    "broken. Is the job still open and who do I send my resume to? I have 6 years of front desk "
    "experience at a dental office.",
    "2026-02-18",
    "female",
    "1990-10-09",
    "Job application question to the hospital as an employer; not triage.",
)
o(
    I,
    "hi!! im 19 and thinking about going into nursing, do u guys take volunteers? like in the gift "
    "shop or pushing wheelchairs or whatever. i can do weekends 😊",
    "2026-06-23",
    "female",
    "2007-01-30",
    "Volunteering enquiry; no health concern.",
    age=19,
)
o(
    I,
    "I believe I left my reading glasses in the 2nd floor waiting room last Thursday, brown tortoiseshell "
    "frames in a navy case. Has anyone handed them in? They were a gift from my late husband so I'd "
    "really like them back.",
    "2026-03-10",
    "female",
    "1949-08-22",
    "Lost property enquiry; no symptom or health question.",
    cond=[HYPOTHY],
    meds=[("levothyroxine 50 mcg oral tablet", 2000)],
)
o(
    I,
    "do i have to pay for parking if im just dropping my mom at the main entrance? last time i got a "
    "ticket for 5 mins 😤",
    "2026-05-19",
    "male",
    "1984-12-13",
    "Parking rules question; not a triage request.",
    time="08:02:00",
)
o(
    I,
    "Is there still a shuttle from the park and ride lot to the hospital on Saturdays? The timetable "
    "online says 2024 so I'm not sure it's current.",
    "2026-07-02",
    "male",
    "1958-09-03",
    "Bus/shuttle timetable question; institutional, not clinical.",
)
o(
    I,
    "cafe closing time?? and do they take card",
    "2026-09-15",
    "male",
    "2001-05-28",
    "Hospital café opening hours; no health content.",
    time="12:37:00",
)
o(
    I,
    "My dad passed last spring and we still have his hospital bed, a walker and a shower chair, all in "
    "good shape. Does the hospital accept donated equipment like that, or can you point me to somewhere "
    "that does? Seems a shame to throw them out.",
    "2026-01-27",
    "female",
    "1966-04-02",
    "Donation of equipment; no current health concern of the sender.",
)
o(
    I,
    "When is the holiday craft fair in the main lobby this year? I'd love to book a table to sell my "
    "knitted hats, I did it two years ago and it was lovely",
    "2026-10-13",
    "female",
    "1953-12-19",
    "Hospital event enquiry; not triage.",
    cond=[OA_KNEE],
)
o(
    I,
    "Could the hospital radio station play 'Dancing Queen' for my husband Sunday evening? He's on the "
    "ortho floor recovering nicely after his hip op and he loves ABBA. From all of us at home xx",
    "2026-08-27",
    "female",
    "1956-07-07",
    "Radio request; the inpatient is said to be recovering and nothing is asked about his care.",
)
o(
    I,
    "Hi, I'm doing the 5K fun run in October for the children's ward appeal 🏃‍♀️ how do I get a charity "
    "shirt and where do I send the sponsorship money? Raised $340 so far!",
    "2026-08-05",
    "female",
    "1993-02-11",
    "Charity run logistics; no health question.",
)
o(
    I,
    "The vending machine by the radiology waiting area ate my $2 AGAIN. Second time this month. Who do I "
    "complain to and can I get my money back?",
    "2026-04-21",
    "male",
    "1975-03-25",
    "Complaint about a vending machine; not clinical.",
)
o(
    I,
    "Got a call this morning from someone saying they were from your billing department, that I owed "
    "$480 and had to pay today with gift cards or my appointment would be cancelled. Thats a scam right?? "
    "Do I report it to you or the police",
    "2026-06-30",
    "female",
    "1947-11-08",
    "Scam call claiming to be the hospital; a fraud/admin question, no health concern.",
    cond=[HTN, HLD],
    meds=[("amlodipine 5 mg oral tablet", 900), ("simvastatin 20 mg oral tablet", 1200)],
    obs=[("bp", 45, 132, 78)],
)
o(
    I,
    "Does your hospital sponsor visas for internationally trained nurses? I'm an RN in Manila with five "
    "years ICU experience and hoping to relocate next year. Thank you po.",
    "2026-02-25",
    "female",
    "1994-06-16",
    "Employment/visa enquiry; no health question.",
)
o(
    I,
    "Our knitting circle made 40 preemie hats and 12 lap blankets for the NICU 🧶 who do we contact to "
    "drop them off and is there a best time of day?",
    "2026-11-04",
    "female",
    "1961-09-29",
    "Donation of knitted items; institutional, no health concern.",
)
o(
    I,
    "Can I order flowers through the gift shop and have them delivered to a friend's room? Or is that "
    "not allowed on every unit",
    "2026-05-27",
    "male",
    "1969-08-18",
    "Gift shop delivery question; not triage.",
)

# ------------------------------------------------------------------ own health settled, then off-topic (15)
S = "settled"
o(
    S,
    "My BP has been great since the new tablets, 120s over 70s every morning 👍 totally off topic but "
    "does anyone know if the farmers market by the clinic still runs on Saturdays?",
    "2026-06-13",
    "female",
    "1962-02-09",
    "BP reported well controlled; the actual ask is about a farmers market.",
    cond=[HTN],
    meds=[("amlodipine 5 mg oral tablet", 75)],
    obs=[("bp", 30, 124, 76)],
)
o(
    S,
    "sugars are finally behaving, a1c came back 6.4!! so proud of myself. random q, how do you get red "
    "wine out of a beige couch",
    "2026-01-04",
    "male",
    "1970-07-24",
    "Diabetes reported improved with a good A1c; the question is stain removal.",
    cond=[T2DM],
    meds=[("metformin 1000 mg oral tablet", 900)],
    obs=[("a1c", 12, 6.4)],
)
o(
    S,
    "Thyroid levels came back perfect according to the letter, thank you. I feel back to my old self. My "
    "question is about something else entirely: my grandson wants to learn chess and I've forgotten how "
    "castling works. Could you explain it?",
    "2026-03-04",
    "female",
    "1951-05-15",
    "Thyroid settled and feeling well; the ask is how castling works in chess.",
    cond=[HYPOTHY],
    meds=[("levothyroxine 88 mcg oral tablet", 1100)],
    obs=[("tsh", 21, 2.1)],
)
o(
    S,
    "knee is healed up great after physio, walking 3 miles a day no pain at all. know any good hiking "
    "trails around here that arent too steep?",
    "2026-09-19",
    "male",
    "1959-12-01",
    "Knee recovered and pain-free; wants hiking trail suggestions.",
    cond=[OA_KNEE],
    visits=[(120, "Physical therapy visit")],
)
o(
    S,
    "Hi team, asthma's been completely under control all year, haven't needed the blue inhaler since "
    "spring. Unrelated: my son's applying to college and we're confused by the FAFSA. Do you know if the "
    "deadline moved?",
    "2026-01-15",
    "female",
    "1978-10-17",
    "Asthma reported controlled; the ask is a college financial-aid deadline.",
    cond=[ASTHMA],
    meds=[("fluticasone 110 mcg inhaler", 1300), ("albuterol 90 mcg inhaler", 1300)],
)
o(
    S,
    "Just wanted to say the reflux is gone since I stopped the late coffee, sleeping like a baby. Now, "
    "could anyone recommend a good cozy mystery series? I've worked through all the Agatha Christie ones.",
    "2026-02-06",
    "female",
    "1965-03-23",
    "Reflux resolved; asks for book recommendations.",
    cond=[GERD],
)
o(
    S,
    "Cholesterol numbers were way down at my last check, statin's doing its job and no muscle aches. "
    "Could you share a good slow cooker chili recipe? Making it for the church potluck Sunday.",
    "2026-10-29",
    "male",
    "1957-04-11",
    "Lipids improved, explicitly no side effects; wants a chili recipe.",
    cond=[HLD],
    meds=[("atorvastatin 40 mg oral tablet", 400)],
    obs=[("ldl", 40, 88)],
)
o(
    S,
    "two years cancer free as of this month 🎉 feeling strong and back at work. my question: whats the "
    "best way to start a vegetable garden in raised beds, total first timer here",
    "2026-04-08",
    "female",
    "1974-08-08",
    "In remission and feeling well; asks for gardening advice.",
    cond=[(None, "History of malignant neoplasm of breast, in remission")],
    visits=[(60, "Oncology survivorship visit")],
)
o(
    S,
    "Hello, the CPAP has changed my life, I'm not nodding off at my desk anymore and my wife says the "
    "snoring is gone. Unrelated, but do you know whether the DMV lets you renew a license online once "
    "you're over 70?",
    "2026-07-21",
    "male",
    "1954-01-19",
    "Sleep apnea well treated; the question is DMV licence renewal (administrative, not health).",
    age=72,
    cond=[OSA],
)
o(
    S,
    "gout hasnt flared once since the allopurinol, 10 months now. does the pool at the Y open on "
    "holidays? want to go labor day",
    "2026-08-29",
    "male",
    "1967-06-06",
    "Gout quiescent; asks about pool opening hours.",
    cond=[GOUT],
    meds=[("allopurinol 300 mg oral tablet", 300)],
)
o(
    S,
    "Migraines are down to maybe one a month on the new preventive, which is amazing. Could you help me "
    "word an email to my boss asking to work from home on Fridays? Nothing medical, I just have a brutal "
    "commute.",
    "2026-05-12",
    "female",
    "1985-11-02",
    "Migraine improved; the request is help writing a non-medical work email.",
    cond=[MIGRAINE],
    meds=[("topiramate 50 mg oral tablet", 150)],
)
o(
    S,
    "Psoriasis is totally clear, the cream worked a treat. My question: is it worth getting a heat pump "
    "or should we stick with the gas furnace? House was built in the 70s.",
    "2026-09-24",
    "male",
    "1980-09-12",
    "Skin condition cleared; asks about home heating.",
    cond=[PSORIASIS],
    meds=[("calcipotriene 0.005% topical cream", 200)],
)
o(
    S,
    "Depression has been well managed for a good while now, sertraline and therapy did the trick and I "
    "genuinely feel like me again. Slightly odd ask: can you recommend a beginner camera for wildlife "
    "photography? Mostly birds.",
    "2026-11-10",
    "male",
    "1988-02-28",
    "Mood reported stable and well; the ask is a camera recommendation.",
    cond=[DEPRESSION],
    meds=[("sertraline 100 mg oral tablet", 800)],
    visits=[(35, "Behavioral health follow-up")],
)
o(
    S,
    "AFib has stayed in rhythm since the ablation, cardiology is happy and so am I ❤️ what's the best "
    "way to ship a box of homemade cookies overseas to my granddaughter so they don't arrive as crumbs?",
    "2026-11-18",
    "female",
    "1950-03-03",
    "Arrhythmia settled after ablation; asks about shipping cookies.",
    cond=[AF],
    meds=[("apixaban 5 mg oral tablet", 500)],
    visits=[(50, "Cardiology follow-up")],
)
o(
    S,
    "Iron levels back to normal and my energy's back! ok totally unrelated but my cat keeps shredding the "
    "sofa, tips please 🐱",
    "2026-07-08",
    "female",
    "1996-04-25",
    "Anaemia resolved, feels well; asks about cat behaviour.",
    cond=[IDA],
    obs=[("ferritin", 28, 64)],
)

# ------------------------------------------------------------------ curiosity / trivia (10)
C = "curiosity"
o(
    C,
    "crossword: 'inflammation of a tendon', 10 letters, starts with T 😂",
    "2026-02-14",
    "female",
    "1948-05-05",
    "Crossword clue about a medical word; no personal concern.",
    time="21:10:00",
    cond=[HTN],
    meds=[("losartan 50 mg oral tablet", 1000)],
)
o(
    C,
    "In last night's episode of that hospital drama the surgeon restarted a man's heart by thumping him "
    "in the chest. Is that a real thing or TV nonsense? My wife and I argued about it all through dinner",
    "2026-03-26",
    "male",
    "1971-01-29",
    "Curiosity about a TV drama scene; no one's health at stake.",
)
o(
    C,
    "Did you hear the lead singer from that old 90s boy band has 'broken heart syndrome' now? Is that "
    "even a real diagnosis? Just being nosy lol",
    "2026-05-03",
    "female",
    "1983-10-06",
    "Gossip/curiosity about a celebrity's illness; no personal concern.",
)
o(
    C,
    "Settle a bet pls: my buddy says humans only use 10% of their brains. I say thats a myth. loser buys "
    "pizza 🍕",
    "2026-06-19",
    "male",
    "1998-08-21",
    "Trivia to settle a bet; not triage.",
    time="23:48:00",
)
o(
    C,
    "I'm writing a novel set in 1850s Vermont and need my heroine to catch something that keeps her in "
    "bed for a month but lets her recover. What illness would be realistic for the era? Purely fiction, "
    "I promise!",
    "2026-09-09",
    "female",
    "1964-11-14",
    "Research for a novel about a fictional character; no personal health content.",
)
o(
    C,
    "Random one from pub quiz night: how many bones are in the adult human body? We said 206, the "
    "quizmaster said 208. Who's right?",
    "2026-10-16",
    "male",
    "1977-07-31",
    "Pub quiz trivia; no personal concern.",
)
o(
    C,
    "Was watching a documentary about scurvy on old sailing ships. Is it true limes fixed it and that's "
    "why British sailors got called limeys?",
    "2026-01-31",
    "male",
    "1952-12-24",
    "Medical history trivia; nothing about the sender.",
    cond=[HLD],
)
o(
    C,
    "That tennis player who pulled out of the final with a 'grade 2 hamstring strain', how long are "
    "people usually out with that? I've got her on my fantasy team 🎾",
    "2026-07-11",
    "female",
    "1990-04-03",
    "Curiosity about an athlete's injury for a fantasy league; not the sender's health.",
)
o(
    C,
    "my great-grandfather's death certificate says he died of 'dropsy' in 1911. what did that actually "
    "mean back then? doing the family tree",
    "2026-04-18",
    "female",
    "1959-09-16",
    "Genealogy curiosity about an old diagnosis; no current concern.",
)
o(
    C,
    "Is it true you can't sneeze with your eyes open? My kids dared me to try and now we're all googling "
    "at 11pm instead of sleeping",
    "2026-08-20",
    "male",
    "1982-06-10",
    "Trivia dare; no symptom or health question.",
    time="23:04:00",
)

# ------------------------------------------------------------------ health-adjacent acts triage does not do (10)
A = "adjacent"
o(
    A,
    "Hi, I'm a nursing student and need a 1500 word essay on the history of hand hygiene, Semmelweis "
    "etc. Could you write it for me? Due monday 🙏",
    "2026-03-13",
    "female",
    "2003-05-21",
    "Asks triage to write a school essay; health-adjacent task, not triage.",
    time="23:31:00",
)
o(
    A,
    "My grandmother died last week at 94, peacefully, after a wonderful long life. I've been asked to "
    "give the eulogy and I'm hopeless at writing. She was a school nurse for forty years and grew "
    "prize dahlias. Could you help me put together something about 3 minutes long?",
    "2026-06-02",
    "male",
    "1987-03-09",
    "Eulogy writing request; bereavement described without distress or any concern of the sender.",
)
o(
    A,
    "26, healthy. write me a 4 day gym split?",
    "2026-02-21",
    "male",
    "1999-10-01",
    "Fitness programme for a healthy person; not triage.",
    age=26,
)
o(
    A,
    "Could you put together a week of meal plans for my husband and me? We're both fit and healthy with "
    "no allergies, we just want to eat more vegetables and spend less on takeout. Budget about $120 a week.",
    "2026-08-17",
    "female",
    "1989-01-18",
    "Meal plan for healthy people; no clinical need.",
)
o(
    A,
    "Which smartwatch is more accurate for counting steps, Garmin or Fitbit? Nothing wrong with me, I "
    "just like data 🤓",
    "2026-09-28",
    "male",
    "1973-04-27",
    "Gadget recommendation; explicitly no health problem.",
)
o(
    A,
    "whats a good retinol serum for fine lines? I'm 45 and my skin is fine, just want to look less tired "
    "in photos. drugstore budget pls",
    "2026-04-02",
    "female",
    "1980-11-23",
    "Cosmetic product recommendation; skin described as healthy.",
    age=45,
)
o(
    A,
    "How much Benadryl can I give my cat for the car ride to my sister's? She's 11 pounds and yowls the "
    "whole way. Vet is closed till Monday",
    "2026-11-21",
    "female",
    "1992-08-13",
    "Medication dose for a pet; veterinary, not human triage.",
)
o(
    A,
    "I work billing at a small physical therapy practice. What's the right CPT code for a 45 min "
    "therapeutic exercise session, is it 97110 x3 units? Supervisor is out this week.",
    "2026-05-14",
    "female",
    "1970-02-16",
    "Medical coding help for the sender's job; not triage.",
)
o(
    A,
    "not gonna lie im not sick at all, i just need friday off for a concert and my job wants a doctors "
    "note. can u send me one 🙏",
    "2026-07-29",
    "male",
    "2002-12-07",
    "Sick note requested while explicitly not ill; not a triage matter.",
    time="17:55:00",
)
o(
    A,
    "Could someone write a short piece for our gym newsletter on why stretching matters? About 300 words, "
    "friendly tone, nothing too technical. Happy to credit the clinic!",
    "2026-10-02",
    "male",
    "1966-05-30",
    "Writing task (newsletter article) on a general health topic; no personal concern.",
)
