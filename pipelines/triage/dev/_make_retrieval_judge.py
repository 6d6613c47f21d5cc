#!/usr/bin/env python3
"""Generate the retrieval and judge DEVELOPMENT sets for the triage pipeline.

Written for this project from the pathway corpus (pipelines/triage/corpus/*.md) only.
All queries and claims are fictional. Licence: Apache-2.0.

Outputs (next to this script):
  retrieval_dev.jsonl  {"id", "query", "relevant": [{"pathway_id", "quote"}]}
  judge_dev.jsonl      {"id", "claim", "evidence", "supported"}

Every quote / evidence passage is checked to be a verbatim substring of the named
pathway file body (front matter stripped). The script fails loudly otherwise.
Run:  python3 _make_retrieval_judge.py
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"


def load_bodies():
    bodies = {}
    for p in sorted(CORPUS.glob("*.md")):
        if p.name == "README.md":
            continue
        text = p.read_text(encoding="utf-8")
        m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
        assert m, p
        pid = re.search(r"^pathway_id:\s*(\S+)", m.group(1), re.M).group(1)
        assert pid == p.stem, (pid, p.stem)
        bodies[pid] = text[m.end() :]
    return bodies


# --------------------------------------------------------------------------------------
# Retrieval items: (query, [(pathway_id, quote), ...], tags)
# tags: "fact" = needs a specific number / dose / window (section matters);
#       "conf" = confusable neighbour where a query detail decides relevance.
# --------------------------------------------------------------------------------------
RET = [
    (
        "my mom is 84 and since yesterday shes been seeing bugs on the walls and doesnt know where she is. shes usually sharp as a tack. is this just her dementia getting worse??",
        [
            (
                "acute-confusion-elderly",
                "Delirium is a sudden change in attention and thinking that develops over hours to a few days",
            ),
            (
                "acute-confusion-elderly",
                "delirium differs from dementia, which progresses slowly over months to years",
            ),
        ],
        "conf",
    ),
    (
        "Grandpa has gotten really muddled and sleepy this afternoon. He has sugar diabetes and his finger stick says 58. He can still swallow ok - what do I give him while we wait for the nurse to call back?",
        [
            (
                "acute-confusion-elderly",
                "if under 70 mg/dL and they can swallow safely, give 15 g of fast sugar",
            )
        ],
        "fact",
    ),
    (
        "both my eyes itch like crazy every spring, watery and puffy lids but i can see fine. is this pink eye? can my kids catch it from me",
        [
            (
                "allergic-conjunctivitis",
                "Both eyes are usually affected at the same time, with redness, watering, a stringy clear mucus and puffy eyelids",
            ),
            (
                "allergic-conjunctivitis",
                "in hay fever season (allergic-rhinitis-seasonal) and is not contagious",
            ),
        ],
        "conf",
    ),
    (
        "How often am I allowed to put in the ketotifen itchy-eye drops? The box instructions are in another language lol",
        [
            (
                "allergic-conjunctivitis",
                "1 drop in each affected eye every 8 to 12 hours, no more than twice a day",
            )
        ],
        "fact",
    ),
    (
        "woke up with my eye crusted shut with yellow goo and now the other eye feels gritty too. i work at a daycare, when can i go back?",
        [
            (
                "conjunctivitis-infective",
                "Bacterial conjunctivitis produces thick yellow or green discharge that glues the lids together in the morning",
            ),
            (
                "conjunctivitis-infective",
                "stay home until discharge stops, or 24 hours after starting antibiotic drops",
            ),
        ],
        "conf",
    ),
    (
        "When should I start the flonase for my fall ragweed allergy and how many squirts is it?",
        [
            (
                "allergic-rhinitis-seasonal",
                "2 sprays in each nostril once a day, ideally 1 to 2 weeks before the usual season begins",
            )
        ],
        "fact",
    ),
    (
        "been using afrin spray for about a week for my hayfever and now my nose is blocked ALL the time, even worse than before",
        [
            (
                "allergic-rhinitis-seasonal",
                "over-the-counter decongestant sprays have been used for more than 3 days in a row",
            )
        ],
        "fact",
    ),
    (
        "My son is about 25 kilos. He ate a cookie with peanuts, he's wheezy and throwing up with hives everywhere. Which epipen, the junior one??",
        [
            ("anaphylaxis", "0.15 mg for children 15 to 30 kg"),
            ("anaphylaxis", "This is not a self-care situation: epinephrine first, then 911."),
        ],
        "fact",
    ),
    (
        "I used my epipen about 20 mins ago after a bee sting and honestly I feel fine now. Do I still really have to go to the ER?",
        [
            ("anaphylaxis", "anyone who has had epinephrine should be observed in hospital"),
            (
                "anaphylaxis",
                "Call emergency services for every episode in which epinephrine is used",
            ),
        ],
        "conf",
    ),
    (
        "I take lisinopril for blood pressure and my bottom lip blew up this morning. No itching, no rash, breathing is ok. Should I still take my pill today?",
        [
            (
                "angioedema",
                "If you take an ACE inhibitor, do not take the next dose and never restart it",
            ),
            (
                "angioedema",
                "if you are on an ACE inhibitor and the lips or tongue are involved, even without breathing trouble",
            ),
        ],
        "conf",
    ),
    (
        "itchy raised welts all over my back and arms that keep moving around. no swelling in my face, breathing fine. what can i take for it?",
        [
            (
                "hives-mild",
                "Take a non-sedating antihistamine once daily: cetirizine 10 mg, loratadine 10 mg or fexofenadine 180 mg.",
            )
        ],
        "conf",
    ),
    (
        "been taking zyrtec every day for 2 days for these hives and theyre still spreading. when do I need to call?",
        [
            (
                "hives-mild",
                "Same day if hives are not controlled after 48 hours of a daily non-sedating antihistamine",
            )
        ],
        "fact",
    ),
    (
        "Broke out in hives an hour ago and now my eyelids and my lips are starting to puff up. Is that still just hives?",
        [
            ("hives-mild", "Swelling of the lips, tongue, face or throat"),
            (
                "angioedema",
                "It commonly affects the lips, eyelids, tongue, face, hands, feet or genitals",
            ),
        ],
        "conf",
    ),
    (
        "the neighbours cat bit my hand, two tiny puncture holes, doesnt look like much. do i actually need to be seen?",
        [
            ("animal-bite-broken-skin", "cat bites become infected far more often"),
            (
                "animal-bite-broken-skin",
                "Same day for every bite that broke the skin, ideally within 8 hours",
            ),
        ],
        "",
    ),
    (
        "We woke up and there was a bat flying around our bedroom. Nobody thinks they got bitten. Do we need to do anything?",
        [
            (
                "animal-bite-broken-skin",
                "Any contact with a bat (including waking with a bat in the room)",
            )
        ],
        "",
    ),
    (
        "twisted my foot stepping off a curb, can't put any weight on it, and the knobbly bone on the outside edge of my foot really hurts when I press it",
        [
            (
                "ankle-injury-unable-weight",
                "the base of the fifth metatarsal, the knobby bone on the outer edge of the foot",
            ),
            (
                "ankle-injury-unable-weight",
                "Same day for any injury where four steps are not possible",
            ),
        ],
        "conf",
    ),
    (
        "rolled my ankle at soccer, I can walk on it with a limp. how long should I ice it for and how often?",
        [
            (
                "ankle-sprain-mild",
                "Ice wrapped in a towel for 15 to 20 minutes every 2 to 3 hours while awake",
            )
        ],
        "fact",
    ),
    (
        "sprained ankle 6 days ago, still limping and it's still puffy, not really getting better. do I need an xray or just keep waiting",
        [("ankle-sprain-mild", "pain and swelling are not clearly improving after 5 to 7 days")],
        "fact",
    ),
    (
        "both my ankles puff up by evening ever since the doctor raised my amlodipine to 10. its gone by morning. should I stop it?",
        [
            (
                "ankle-swelling-mild",
                "The calcium channel blocker amlodipine does so in a substantial minority of users, especially at 10 mg",
            ),
            (
                "ankle-swelling-mild",
                "Do not stop a prescribed medicine on your own; ask whether it could be the cause.",
            ),
        ],
        "conf",
    ),
    (
        "just flew back from australia and my left calf is swollen, warm and sore. the right one is fine. im breathing normally",
        [
            (
                "dvt-leg-swelling",
                "swelling of one calf or leg, aching or cramping pain, tenderness along the vein",
            ),
            (
                "dvt-leg-swelling",
                "A suspected clot needs a scan or blood test the same day, ideally within 4 hours.",
            ),
        ],
        "conf",
    ),
    (
        "had my knee replaced 3 weeks ago, now all of a sudden I'm short of breath and get a stabbing pain in my side when I breathe in",
        [
            (
                "pulmonary-embolism-signs",
                "sharp chest pain that worsens with a deep breath (pleuritic pain)",
            ),
            (
                "pulmonary-embolism-signs",
                "Suspected lung clot is an emergency, and home care is not appropriate.",
            ),
        ],
        "conf",
    ),
    (
        "my leg's swollen and they booked the ultrasound for tomorrow. can I take advil for the ache, and should I put on my compression socks meanwhile?",
        [
            (
                "dvt-leg-swelling",
                "Avoid ibuprofen and aspirin until assessed in case blood thinners are started.",
            ),
            (
                "dvt-leg-swelling",
                "Do not start a compression stocking on a painful swollen leg until a clot has been assessed.",
            ),
        ],
        "fact",
    ),
    (
        "My dad takes eliquis twice a day and forgot his morning one. It's 3pm now. Should he take it now or just double up tonight?",
        [
            (
                "anticoagulant-missed-dose",
                "take it as soon as remembered on the same day, then resume the usual schedule",
            )
        ],
        "fact",
    ),
    (
        "on pradaxa, missed my 8am capsule, the next one is due at 8pm and it's 4pm now. take it or skip it?",
        [
            (
                "anticoagulant-missed-dose",
                "take it if at least 6 hours remain before the next dose; otherwise skip it",
            )
        ],
        "fact",
    ),
    (
        "Out of nowhere my heart pounds, I shake and feel like I'm about to die, it lasts maybe 15 min then goes. No thoughts of hurting myself. Any tips for when it happens?",
        [
            (
                "anxiety-worsening",
                "they peak within about 10 minutes and usually pass within 20 to 30 minutes",
            ),
            ("anxiety-worsening", "name 5 things you can see, 4 you can hear, 3 you can touch"),
        ],
        "",
    ),
    (
        "my asthma's playing up with this cold, peak flow is about 65% of my best. how many puffs of the blue inhaler can I do?",
        [
            (
                "asthma-flare-mild",
                "take 2 to 4 puffs through a spacer, one puff at a time with 4 slow breaths each",
            )
        ],
        "fact",
    ),
    (
        "my daughter (19) can only get out a word or two at a time, her ventolin isnt doing anything and her lips look kinda grey",
        [
            ("asthma-attack-severe", "Speaking only in single words or short phrases."),
            (
                "asthma-attack-severe",
                "Reliever gives little or no benefit, or is needed more often than every 4 hours.",
            ),
        ],
        "conf",
    ),
    (
        "skin between my little toes is white, soggy and peeling and it itches. I use the gym showers. what cream and for how long?",
        [
            (
                "athletes-foot",
                "Terbinafine 1% cream or gel applied between the toes twice a day for 1 week",
            )
        ],
        "fact",
    ),
    (
        "I'm 9 weeks pregnant and have some light pink spotting, no real cramps, I feel fine otherwise. do I go to the ER or call someone?",
        [
            (
                "bleeding-pregnancy",
                "Under 20 weeks, with light spotting, mild or no cramps and feeling well",
            ),
            ("bleeding-pregnancy", "you are Rh negative and have any bleeding"),
        ],
        "conf",
    ),
    (
        "how much bleeding in pregnancy is too much to wait on? I'm on my second pad this hour and there was a clot",
        [
            (
                "bleeding-pregnancy",
                "bleeding soaks a pad an hour for 2 hours, or there are clots larger than a golf ball",
            )
        ],
        "fact",
    ),
    (
        "positive test last week, no scan yet. now sharp pain low down on the left and the tip of my shoulder aches for no reason",
        [
            (
                "ectopic-pregnancy-signs",
                "pain at the tip of the shoulder caused by blood irritating the diaphragm",
            ),
            (
                "ectopic-pregnancy-signs",
                "Positive pregnancy test with pain low on one side, especially if sharp, persistent or worsening.",
            ),
        ],
        "conf",
    ),
    (
        "bad back for a week and now it feels numb when I wipe and I can't really tell when I need to pee",
        [
            ("cauda-equina", "often first noticed when wiping"),
            (
                "cauda-equina",
                "Go to the emergency department immediately for any saddle numbness, bladder or bowel change",
            ),
        ],
        "conf",
    ),
    (
        "shooting pain from my butt down the back of my right leg into my foot. nothing numb down below and peeing fine. how long does this usually last?",
        [("sciatica", "most people improve substantially within 4 to 6 weeks without surgery")],
        "conf",
    ),
    (
        "threw my back out lifting the couch, hurts to bend over, nothing going down my legs. should I just stay in bed for a few days?",
        [
            (
                "low-back-pain-acute",
                "Staying active speeds recovery; bed rest for more than a day or two slows it.",
            )
        ],
        "conf",
    ),
    (
        "a red warm patch on my shin is getting bigger and it's tender, bigger than a golf ball now. it started from a scratch",
        [
            (
                "cellulitis-early",
                "Draw around the edge of the redness with a pen and write the date and time",
            ),
            (
                "cellulitis-early",
                "Same day for any warm, tender, spreading red area, especially larger than about 2 inches (5 cm).",
            ),
        ],
        "",
    ),
    (
        "started antibiotics for my leg infection yesterday and the red looks like its gone past the line i drew. is that normal?",
        [
            (
                "cellulitis-early",
                "Redness may briefly look worse in the first 24 hours of treatment.",
            ),
            (
                "cellulitis-early",
                "Same day if redness spreads beyond the pen line 24 hours after starting antibiotics",
            ),
        ],
        "fact",
    ),
    (
        "had chemo 3 days ago, I'm queasy but drinking and keeping my pills down. the ondansetron has me totally bunged up though",
        [
            (
                "chemo-nausea-controlled",
                "Ondansetron often causes constipation; use the bowel plan your team gave you.",
            )
        ],
        "conf",
    ),
    (
        "My wife is 10 days after her chemo and has a temp of 100.6, otherwise says she feels ok. Can I give her tylenol and see how she is in the morning?",
        [
            (
                "febrile-neutropenia",
                "Do not take acetaminophen, ibuprofen or aspirin before calling; they can hide a fever and some affect platelets.",
            ),
            ("febrile-neutropenia", "Temperature of 100.4 F (38 C) or higher on any reading."),
        ],
        "conf",
    ),
    (
        "my husband has had a crushing feeling in his chest for 10 minutes going up into his jaw and he's sweaty. ambulance is coming - anything I should give him?",
        [("chest-pain-cardiac", "chew one regular aspirin 325 mg, or four low-dose 81 mg tablets")],
        "fact",
    ),
    (
        "I've got nitro spray for angina but I took viagra last night. chest is tight now - can I use the nitro?",
        [
            (
                "chest-pain-cardiac",
                "Do not use nitroglycerin if you have taken sildenafil or vardenafil in the past 24 hours",
            )
        ],
        "fact",
    ),
    (
        "burning behind my breastbone after big spicy dinners a few times a month, tums fix it. best way to sleep so it doesn't happen?",
        [
            (
                "heartburn-occasional",
                "Raise the head of the bed 6 to 8 inches (15 to 20 cm) on blocks or a wedge",
            ),
            ("heartburn-occasional", "leave 3 hours between the last meal and lying down"),
        ],
        "conf",
    ),
    (
        "how long am I supposed to take the omeprazole I bought at the drugstore?",
        [("heartburn-occasional", "omeprazole 20 mg once daily before breakfast for 14 days")],
        "fact",
    ),
    (
        "3 days into a cold and my snot is green now. do i need antibiotics?",
        [
            (
                "common-cold",
                "Thick yellow or green mucus is part of the normal course and does not by itself mean a bacterial infection",
            )
        ],
        "conf",
    ),
    (
        "Can I take sudafed for my stuffed up nose? My blood pressure isn't very well controlled",
        [
            (
                "common-cold",
                "avoid it with uncontrolled high blood pressure, heart disease or an enlarged prostate",
            )
        ],
        "",
    ),
    (
        "caught a cold 2 weeks ago, was getting better then got worse again, and my cheeks hurt when I bend over",
        [
            ("sinusitis-persistent", "a cold starts to improve and then worsens again"),
            (
                "sinusitis-persistent",
                "symptoms lasting more than 10 days without improvement, or worsening after initial improvement",
            ),
        ],
        "conf",
    ),
    (
        "haven't pooped in 5 days. can I use miralax and how much do I mix?",
        [
            (
                "constipation-adult",
                "Polyethylene glycol 3350, 17 g dissolved in 4 to 8 oz (120 to 240 mL) of liquid once a day",
            )
        ],
        "fact",
    ),
    (
        "dry cough for 2 months now, never smoked, no cold before it started. I did start a new blood pressure pill (lisinopril) in the spring",
        [
            (
                "cough-persistent",
                "ACE inhibitor blood pressure medicines (lisinopril, ramipril and others) cause a dry cough",
            )
        ],
        "conf",
    ),
    (
        "had covid a month ago, feel totally fine now, no fever, but still a tickly cough when I laugh or talk. it's slowly getting less. normal?",
        [("postviral-cough", "It commonly lasts 3 to 8 weeks and slowly gets less frequent.")],
        "conf",
    ),
    (
        "how much robitussin DM (the dextromethorphan kind) can i take in a day for a lingering cough",
        [("postviral-cough", "maximum 120 mg in 24 hours, can calm a dry cough")],
        "fact",
    ),
    (
        "tested positive for covid yesterday, symptoms started 4 days ago. I'm 71 with diabetes. Is it too late for paxlovid?",
        [
            (
                "covid-mild",
                "Nirmatrelvir with ritonavir (Paxlovid) must start within 5 days of symptom onset",
            ),
            (
                "covid-mild",
                "you are 65 or older, pregnant, immunocompromised, or have a chronic condition",
            ),
        ],
        "fact",
    ),
    (
        "my pulse ox says 93 sitting still, I have covid. is that an ER number or a call-the-office number?",
        [("covid-mild", "oxygen readings are 93 to 94% at rest")],
        "fact",
    ),
    (
        "my 2 year old has a barky cough like a seal tonight, breathing quietly when he's calm and still playing. what do we do?",
        [
            (
                "croup-mild",
                "your child has a barking cough and is under 3 years old, or it is the first episode",
            )
        ],
        "conf",
    ),
    (
        "my 4 month old is breathing really fast, the skin is sucking in under her ribs and she's grunting, barely feeding",
        [
            (
                "infant-breathing-difficulty",
                "Retractions, grunting, nasal flaring or head bobbing.",
            ),
            (
                "infant-breathing-difficulty",
                "A child who is working to breathe needs emergency care, not home treatment.",
            ),
        ],
        "conf",
    ),
    (
        "34 wks and baby has been really quiet today. should i drink something cold and sugary and wait till tomorrow?",
        [
            (
                "decreased-fetal-movement",
                "Do not rely on cold drinks, sugary food or prodding the bump to wake the baby",
            ),
            (
                "decreased-fetal-movement",
                "Reduced movements are never something to sleep on; do not wait until the next day.",
            ),
        ],
        "",
    ),
    (
        "my husband is diabetic and found a blister on his heel from new shoes, he didnt even feel it. can it wait till his appointment next week?",
        [
            (
                "diabetic-foot-sore",
                "Any new break in the skin, blister, or area of redness on a diabetic foot should be seen",
            )
        ],
        "conf",
    ),
    (
        "got a big blister on my heel from hiking, skin still on top. I'm not diabetic. should I pop it?",
        [
            (
                "friction-blister",
                "The blister roof is the best natural dressing, protecting against infection.",
            ),
            ("friction-blister", "Leave small, intact blisters alone"),
        ],
        "conf",
    ),
    (
        "the room spins for like 15 seconds when I roll over in bed or look up at a shelf, then stops. hearing is fine",
        [
            (
                "dizziness-positional",
                "Each episode lasts less than 1 minute, usually 10 to 20 seconds, and settles if the head is kept still.",
            )
        ],
        "conf",
    ),
    (
        "type 1 here, ketone meter says 2.1 and I've thrown up twice. what do I do",
        [
            ("dka-signs", "1.6 to 2.9 indicates high risk"),
            (
                "dka-signs",
                "any vomiting with raised ketones, fast or labored breathing, confusion, or abdominal pain",
            ),
        ],
        "fact",
    ),
    (
        "type 2, my sugar has been 310 on two checks today but I feel totally fine, no throwing up. call today or wait for my appointment?",
        [
            (
                "hyperglycemia-type2-mild",
                "Same day for readings above 300 mg/dL (16.7 mmol/L) on 2 checks a few hours apart",
            )
        ],
        "fact",
    ),
    (
        "started amoxicillin 8 days ago and now I have a pink spotty itchy rash on my chest spreading to my arms. no blisters",
        [
            ("drug-rash-mild", "It typically appears 4 to 14 days after starting a new medicine"),
            (
                "drug-rash-mild",
                "Do not take the next dose until you have spoken with the clinic the same day",
            ),
        ],
        "conf",
    ),
    (
        "went swimming every day on vacation, now my ear hurts when I pull on the earlobe and it's itchy inside",
        [("ear-pain-adult", "the ear hurts when the outer ear is tugged or the tragus pressed")],
        "",
    ),
    (
        "woke up and can't hear out of my left ear at all. no pain, no cold. can it wait for an appointment next week?",
        [
            ("ear-pain-adult", "Same day for sudden hearing loss in one ear, even without pain."),
            ("ear-pain-adult", "because steroid treatment works best early"),
        ],
        "fact",
    ),
    (
        "condom broke 4 days ago. is it too late for plan b? i weigh about 180 lbs if that matters",
        [
            (
                "emergency-contraception",
                "it can be used up to 120 hours but becomes less reliable each day",
            ),
            (
                "emergency-contraception",
                "may work less well in people weighing more than about 70 kg (155 lb)",
            ),
        ],
        "fact",
    ),
    (
        "my eczema flared on my elbows with the cold weather, itchy dry patches. how much hydrocortisone and for how long?",
        [
            (
                "eczema-mild-flare",
                "Hydrocortisone 1% cream or ointment up to twice a day on affected areas for up to 7 days.",
            )
        ],
        "fact",
    ),
    (
        "34M, fever 102 for 2 days with body aches, drinking fine. whats the most tylenol i can take in a day?",
        [
            (
                "fever-adult-viral",
                "Acetaminophen 650 to 1,000 mg every 6 hours, no more than 3,000 mg in 24 hours",
            )
        ],
        "fact",
    ),
    (
        "my 8 month old has had a 101 fever for 2 days, no cold symptoms, otherwise happy and eating. does she need to be seen?",
        [
            (
                "fever-child-over-3-months",
                "fever has lasted more than 24 hours in a child under 2 without an obvious cause",
            )
        ],
        "fact",
    ),
    (
        "my 6 week old feels warm, rectal temp 100.5, but she's eating and looks fine. can i give baby tylenol and watch her?",
        [
            (
                "fever-infant-under-3-months",
                "a rectal temperature of 100.4 F (38 C) or higher is a medical emergency, even if the baby looks well",
            ),
            (
                "fever-infant-under-3-months",
                "Do not give acetaminophen unless a clinician tells you to",
            ),
        ],
        "conf",
    ),
    (
        "how much children's motrin for my 10 kg toddler and how often can i give it",
        [
            (
                "fever-child-over-3-months",
                "From 6 months, ibuprofen 10 mg per kg every 6 to 8 hours with food",
            )
        ],
        "fact",
    ),
    (
        "my poop is black and sticky like tar and I get lightheaded when I stand up. I take naproxen for my knees",
        [
            ("gi-bleeding", "melena: black, sticky, tar-like and very foul-smelling stool"),
            (
                "gi-bleeding",
                "Phone for an ambulance or have someone take you to the emergency department now.",
            ),
        ],
        "conf",
    ),
    (
        "started iron pills last week and now my stool is really dark, but I feel completely fine. is that bleeding?",
        [
            (
                "gi-bleeding",
                "Iron tablets and bismuth (Pepto-Bismol) make stool dark or black but not sticky or tarry",
            ),
            (
                "gi-bleeding",
                "same day if stool has turned dark after starting iron or bismuth and you feel well, to confirm",
            ),
        ],
        "conf",
    ),
    (
        "bright red blood on the tp when i wipe after straining, and a little itchy lump back there. no pain otherwise",
        [
            (
                "hemorrhoids-uncomplicated",
                "they are usually painless and show up as bright red blood on the toilet paper",
            )
        ],
        "conf",
    ),
    (
        "my big toe is on fire again - gout. doc gave me colchicine for flares, how do I take it?",
        [("gout-flare", "low-dose colchicine (1.2 mg, then 0.6 mg an hour later, on day one)")],
        "fact",
    ),
    (
        "I take allopurinol every day - should I stop it while this gout flare is going on?",
        [("gout-flare", "keep taking it at the same dose during a flare")],
        "",
    ),
    (
        "my 3 year old has spots on his hands and feet and sores in his mouth and wont drink much. how many wet diapers should worry me?",
        [
            (
                "hand-foot-mouth",
                "Not drinking, and fewer than 3 wet diapers in 24 hours or no urine for 8 hours.",
            )
        ],
        "fact",
    ),
    (
        "my 78 year old mum slipped and bumped her head, she's on warfarin but seems fine. do we really need to go in tonight?",
        [
            (
                "head-injury-red-flags",
                "should have a CT scan after a head injury even if they feel fine",
            ),
            (
                "head-injury-red-flags",
                "Go to the emergency department today for any head injury in someone on a blood thinner",
            ),
        ],
        "conf",
    ),
    (
        "found live lice in my 7yo's hair and did the permethrin rinse. do I have to do it again?",
        [("head-lice", "Repeat on day 9 to 10 to kill newly hatched lice.")],
        "fact",
    ),
    (
        "I'm 72, new headache at my temple this week, and my jaw aches when I chew steak. my scalp is sore when I brush my hair",
        [
            (
                "headache-new-over-50",
                "pain in the jaw or tongue when chewing that eases with rest (jaw claudication)",
            ),
            (
                "headache-new-over-50",
                "Without prompt steroid treatment, GCA can cause sudden, permanent blindness in one or both eyes.",
            ),
        ],
        "conf",
    ),
    (
        "was lifting weights and suddenly got the worst headache of my life, like being whacked on the back of the head, came on in seconds",
        [
            ("thunderclap-headache", "often described as being hit on the back of the head"),
            (
                "thunderclap-headache",
                "Onset during exercise, sex, coughing, lifting or straining on the toilet.",
            ),
        ],
        "conf",
    ),
    (
        "dull tight band around my head on both sides most afternoons at work. no nausea, walking around doesnt make it worse",
        [
            (
                "tension-headache",
                "It feels like a dull, pressing or tightening band around the forehead, temples or back of the head and neck",
            )
        ],
        "conf",
    ),
    (
        "how many days a week can I take advil for my headaches without getting rebound headaches?",
        [("tension-headache", "Limit pain relievers to no more than 2 or 3 days a week.")],
        "fact",
    ),
    (
        "one of my usual migraines - sumatriptan 50 helped but it came back. can I take another one and what's the most in a day?",
        [
            (
                "migraine-known",
                "repeated once after at least 2 hours if the headache returns, maximum 200 mg in 24 hours",
            )
        ],
        "fact",
    ),
    (
        "my normal migraine has now gone on for 4 days straight, my meds aren't touching it",
        [("migraine-known", "Same day if an attack lasts more than 72 hours")],
        "conf",
    ),
    (
        "I'm 45 and for the first time ever I saw zigzag lights in my vision, it went away after 30 min and now a mild headache. no weakness, talking fine",
        [
            (
                "migraine-vs-stroke-aura",
                "you have had your first aura, it fully resolved within 60 minutes, and there was no weakness or speech problem",
            ),
            ("migraine-vs-stroke-aura", "First-ever aura after about age 40"),
        ],
        "conf",
    ),
    (
        "my dad's face looks droopy on one side and his words are slurred, started 20 min ago. should I give him an aspirin?",
        [
            ("stroke-signs", "Do not give aspirin, food, drink or tablets"),
            ("stroke-signs", "Dial 911 straight away, even if the symptoms seem to be fading."),
        ],
        "conf",
    ),
    (
        "I have heart failure. my weight is up 4 lbs since yesterday and my ankles are puffier, breathing ok sitting down",
        [("heart-failure-worsening", "weight has risen 2 to 3 lb (1 to 1.5 kg) in a day")],
        "fact",
    ),
    (
        "coughed up about a tablespoon of bright red blood this morning. i'm on xarelto",
        [
            (
                "hemoptysis",
                "Go to the emergency department now if any blood is coughed up while on an anticoagulant",
            )
        ],
        "conf",
    ),
    (
        "my home blood pressure machine just said 185/122 but I feel completely fine, no headache. what now?",
        [
            (
                "home-bp-elevated",
                "With no symptoms it should be rechecked after 5 minutes of quiet rest",
            )
        ],
        "fact",
    ),
    (
        "bp reading is 190/125 and I have a pounding headache and my vision is blurry",
        [
            ("hypertensive-urgency", "Blurred or lost vision, confusion, drowsiness or seizure."),
            (
                "home-bp-elevated",
                "180/120 mmHg or higher with chest pain, breathlessness, severe headache, blurred vision, confusion",
            ),
        ],
        "conf",
    ),
    (
        "had a low of 55 this morning, fixed it with juice, now I'm at 110. how soon can I drive to work?",
        [
            (
                "hypoglycemia-recovered",
                "Do not drive until you have eaten and at least 45 minutes have passed with glucose back above 90 mg/dL",
            )
        ],
        "fact",
    ),
    (
        "my husband is diabetic and passed out, he won't wake up properly. I have the nasal glucagon thing - what do I do?",
        [
            (
                "hypoglycemia-severe",
                "If the person cannot swallow safely or is unconscious, do not put food or drink in the mouth.",
            ),
            ("hypoglycemia-severe", "nasal glucagon 3 mg into one nostril"),
        ],
        "conf",
    ),
    (
        "I'm on keytruda and have had about 3 extra runny poops a day since Tuesday. Can I just take imodium?",
        [
            (
                "ici-diarrhea-colitis",
                "Do not take loperamide (Imodium), bismuth or other anti-diarrheal medicines unless your oncology team tells you to",
            ),
            (
                "ici-diarrhea-colitis",
                "for any new diarrhea or increase in stools on or after immunotherapy, even 1 to 3 extra a day",
            ),
        ],
        "conf",
    ),
    (
        "runny poops since yesterday after some sketchy takeout. no blood, no fever, eating ok. how much imodium can i take?",
        [
            (
                "mild-diarrhea-adult",
                "Loperamide: 4 mg after the first loose stool, then 2 mg after each further loose stool",
            )
        ],
        "conf",
    ),
    (
        "my mum finished her ipilimumab months ago and now she has headaches, is exhausted, dizzy when she stands and always cold",
        [
            (
                "ici-endocrine-crisis",
                "Early symptoms are headache, profound fatigue, nausea, loss of appetite, lightheadedness and feeling cold",
            ),
            ("ici-endocrine-crisis", "can arise much later or after stopping treatment"),
        ],
        "conf",
    ),
    (
        "I'm on hydrocortisone since my immunotherapy pituitary problem and I've got a fever of 101. what do I do with my dose?",
        [
            (
                "ici-endocrine-crisis",
                "double the daily dose for fever of 100.4 F (38 C) or higher, or illness needing bed rest",
            )
        ],
        "fact",
    ),
    (
        "been on nivolumab for 2 months, so tired all the time, always cold and put on 3kg. probably just the cancer right?",
        [
            (
                "ici-fatigue-thyroid",
                "fatigue on immunotherapy always needs a call rather than assumptions",
            )
        ],
        "conf",
    ),
    (
        "on opdivo and the whites of my eyes look yellowish and my pee is dark like tea",
        [
            (
                "ici-hepatitis",
                "Call the oncology team the same day, within hours, if you notice yellow skin or eyes, dark urine",
            )
        ],
        "conf",
    ),
    (
        "had my second immunotherapy dose 3 weeks ago, now my chest feels tight and my heart keeps fluttering",
        [
            (
                "ici-myocarditis",
                "Call emergency services for any chest pain, palpitations, fainting, or breathlessness during or after immunotherapy",
            )
        ],
        "conf",
    ),
    (
        "on durvalumab and i have a new dry cough and get winded on the stairs. no fever",
        [
            (
                "ici-pneumonitis",
                "for any new cough, breathlessness or chest discomfort during or after immunotherapy",
            )
        ],
        "conf",
    ),
    (
        "on keytruda and got itchy little red spots on my tummy and arms. no blisters, mouth is fine",
        [
            (
                "ici-skin-mild",
                "a new rash or itch appears at any point during or after immunotherapy",
            )
        ],
        "conf",
    ),
    (
        "I'm on immunotherapy and my skin is blistering and peeling off, my mouth is full of sores and I have a fever",
        [("ici-severe-skin", "Blistering skin on immunotherapy is not appropriate for self-care.")],
        "conf",
    ),
    (
        "I'm 7 months pregnant, woke up with fever and body aches like the flu. can I wait a few days before asking about tamiflu?",
        [
            ("influenza-high-risk", "works best if started within 48 hours of symptom onset"),
            ("influenza-high-risk", "is pregnant or recently gave birth"),
        ],
        "fact",
    ),
    (
        "wasp got my wrist yesterday and today my whole forearm is swollen and red. no hives anywhere else and breathing fine",
        [
            (
                "insect-bite-sting-local",
                "Although dramatic, it stays connected to the sting site and is not anaphylaxis.",
            )
        ],
        "conf",
    ),
    (
        "cant sleep since my new job started a month ago. is it ok to take benadryl every night?",
        [("insomnia-short-term", "for no more than a few nights and not beyond 2 weeks")],
        "fact",
    ),
    (
        "excruciating pain in my side coming in waves down into my groin, can't sit still, pee looks pinkish",
        [
            (
                "kidney-stone-pain",
                "Pain starts suddenly in one flank or the back under the ribs, comes in waves",
            )
        ],
        "conf",
    ),
    (
        "burning when I pee for 3 days and now I've got a fever of 102, chills and an ache in my right back under the ribs",
        [
            (
                "pyelonephritis",
                "Kidney infection needs antibiotics within hours, not days, because it can spread to the bloodstream",
            )
        ],
        "conf",
    ),
    (
        "burning when I pee and going every 10 minutes, no fever or back pain. can I get antibiotics without coming in?",
        [
            (
                "uti-symptoms-women",
                "which the clinic can arrange the same day, sometimes without a visit",
            )
        ],
        "conf",
    ),
    (
        "how much voltaren gel am I allowed to put on my arthritic knee?",
        [
            (
                "knee-pain-chronic",
                "4 g on the knee up to 4 times a day (maximum 32 g a day across all joints)",
            )
        ],
        "fact",
    ),
    (
        "portal shows my ALT slightly high in red and nobody has called me. should I be worried?",
        [
            (
                "lab-result-question",
                "roughly 1 in 20 healthy results lands just outside the range by chance",
            )
        ],
        "",
    ),
    (
        "been feeling flat and can't enjoy anything for about a month, sleeping loads. no thoughts of hurting myself",
        [
            (
                "low-mood",
                "Routine appointment (within 1 to 2 weeks) if low mood has lasted more than 2 weeks",
            )
        ],
        "conf",
    ),
    (
        "my brother just texted me that he has a plan to end it and he's been saving up his pills",
        [
            ("suicidal-thoughts", "has a plan and means, is violent or cannot be kept safe"),
            (
                "suicidal-thoughts",
                "Remove or lock away firearms (ideally stored outside the home), medicines, blades and ligatures.",
            ),
        ],
        "conf",
    ),
    (
        "I'm on warfarin and my dentist just prescribed metronidazole. is that ok together?",
        [
            (
                "medication-interaction",
                "warfarin with NSAIDs, aspirin, or antibiotics such as metronidazole, trimethoprim-sulfamethoxazole or fluconazole (bleeding)",
            ),
            (
                "warfarin-inr",
                "Same day when starting or stopping an antibiotic or other interacting medicine",
            ),
        ],
        "",
    ),
    (
        "only 2 days of insulin left and the pharmacy says they need a new script from you",
        [("medication-refill", "fewer than 3 days remaining of a critical medicine")],
        "fact",
    ),
    (
        "started metformin last week and now i have the runs and feel queasy. should i stop it?",
        [
            (
                "medication-side-effect",
                "Metformin: take with meals; GI upset usually eases within 2 weeks.",
            )
        ],
        "",
    ),
    (
        "my son at college has a high fever, a bad headache and purple spots that don't go away when I press a glass on them",
        [("meningitis-signs", "if they can still be seen, treat it as an emergency")],
        "conf",
    ),
    (
        "really bad period cramps every month. when should I start taking the ibuprofen?",
        [
            (
                "menstrual-cramps",
                "Start an anti-inflammatory at the first sign of the period or pain",
            )
        ],
        "",
    ),
    (
        "splashed hot coffee on my forearm an hour ago, it's red and sore, no blisters. is it too late to run it under the tap?",
        [
            ("minor-burn", "This still helps if started up to 3 hours after the injury."),
            (
                "minor-burn",
                "Cool the burn under cool (not ice-cold) running tap water for 20 minutes.",
            ),
        ],
        "fact",
    ),
    (
        "my toddler pulled a pot of boiling water onto himself, there are blisters all over his chest and arm",
        [
            (
                "severe-burn",
                "Partial-thickness burns over 10 percent of TBSA in adults, or smaller areas in young children and older adults",
            ),
            (
                "severe-burn",
                "Blistered area larger than about 3 inches (8 cm) or larger than the palm; any deep burn.",
            ),
        ],
        "conf",
    ),
    (
        "cut my hand on a rusty nail in the garden. my last tetanus shot was 7 years ago, do I need one?",
        [("minor-cuts-scrapes", "more than 5 years ago for a dirty or puncture wound")],
        "fact",
    ),
    (
        "when do i take the dramamine before my ferry trip and how much?",
        [("motion-sickness", "Dimenhydrinate 50 to 100 mg taken 30 to 60 minutes before travel")],
        "fact",
    ),
    (
        "I've had a sore on the side of my tongue for 4 weeks now, it doesn't hurt. I smoke.",
        [
            (
                "mouth-ulcers",
                "An ulcer that does not heal within 3 weeks, especially a painless one with hard edges in a smoker",
            )
        ],
        "fact",
    ),
    (
        "nose is bleeding, how do i stop it? should i tilt my head back?",
        [
            (
                "nosebleed-simple",
                "Do not lie flat or tilt the head back, and do not pack the nose with tissue.",
            )
        ],
        "",
    ),
    (
        "my teenager took a bunch of tylenol about 3 hours ago after a fight, she says she feels fine",
        [
            (
                "overdose-poisoning",
                "people may feel normal for 24 hours while liver damage develops",
            ),
            (
                "overdose-poisoning",
                "for any acetaminophen overdose above the labeled maximum even if the person feels well",
            ),
        ],
        "conf",
    ),
    (
        "think my 2 year old swallowed a button battery from the tv remote. he's acting normal",
        [
            (
                "overdose-poisoning",
                "A swallowed button battery can burn through the esophagus in 2 hours.",
            ),
            ("overdose-poisoning", "10 mL of honey every 10 minutes for up to 6 doses"),
        ],
        "fact",
    ),
    (
        "sometimes my heart skips a beat then gives a big thump, just a second or two, usually after lots of coffee. no chest pain",
        [("palpitations-brief", "feel like a pause followed by a hard thump")],
        "",
    ),
    (
        "5 days after my hernia operation there's a hard ridge under the scar. is that an infection?",
        [
            ("postop-wound-healing", "a firm ridge forms under the scar"),
            ("postop-wound-healing", "which is a normal sign of new tissue"),
        ],
        "conf",
    ),
    (
        "6 days post op and the cut is getting redder and wider, thick yellow stuff coming out and it smells",
        [
            (
                "postop-wound-infection",
                "redness that widens, warmth, thick yellow or green discharge, a bad smell",
            )
        ],
        "conf",
    ),
    (
        "gave birth 10 days ago and the bleeding has turned bright red again and got heavier",
        [("postpartum-bleeding", "Bright red bleeding returning or increasing after day 4.")],
        "fact",
    ),
    (
        "I'm 32 weeks, bad headache that tylenol isn't helping and I keep seeing sparkly spots",
        [
            (
                "preeclampsia-signs",
                "Severe headache that does not ease with acetaminophen and rest.",
            ),
            ("preeclampsia-signs", "Flashing lights, spots, blurring, or loss of vision."),
        ],
        "conf",
    ),
    (
        "10 weeks pregnant, puking every morning but keeping water down. anything safe from the pharmacy?",
        [
            (
                "pregnancy-nausea-mild",
                "Vitamin B6 (pyridoxine) 10 to 25 mg three or four times daily is safe in pregnancy",
            )
        ],
        "fact",
    ),
    (
        "my roommate just had a fit, shaking all over for about 2 minutes, never happened before. now she's confused. what do I do?",
        [
            (
                "seizure-first",
                "A first seizure in an adult always needs emergency assessment to look for a cause",
            ),
            (
                "seizure-first",
                "roll them onto their side (recovery position) and stay until they are fully awake",
            ),
        ],
        "",
    ),
    (
        "my dad has a bladder infection and now he's confused, breathing fast and his skin looks blotchy",
        [("sepsis-signs", "Suspected sepsis needs hospital treatment, not home care.")],
        "conf",
    ),
    (
        "pain started around my belly button yesterday and has moved down to the lower right. hurts when I cough and I don't want to eat",
        [
            (
                "severe-abdominal-pain",
                "vague pain around the navel that moves to the lower right abdomen over 12 to 24 hours",
            )
        ],
        "",
    ),
    (
        "my mom has been throwing up since last night and hasn't kept even water down for 10 hours, and hasn't peed all day",
        [
            (
                "severe-dehydration",
                "Go to the emergency department now if no fluid has stayed down for 8 to 12 hours",
            )
        ],
        "conf",
    ),
    (
        "stomach bug, threw up this morning but I can keep little sips down. how much should I drink and how often?",
        [
            (
                "viral-gastroenteritis-adult",
                "take 1 to 2 tablespoons (15 to 30 mL) of oral rehydration solution or water every 5 to 10 minutes",
            )
        ],
        "fact",
    ),
    (
        "burning pain on one side of my back for 3 days and now a stripe of little blisters. how fast do I need to get meds?",
        [("shingles", "work best when started within 72 hours of the rash appearing")],
        "fact",
    ),
    (
        "want to quit, I smoke about a pack a day. which strength of patch should I get?",
        [
            (
                "smoking-cessation",
                "People smoking more than 10 cigarettes a day usually start on a 21 mg patch",
            )
        ],
        "fact",
    ),
    (
        "sore throat, fever of 101.5, white spots on my tonsils and swollen glands in my neck, no cough at all",
        [
            (
                "sore-throat-uncomplicated",
                "Fever of 101°F (38.3°C) or higher with white tonsil patches, tender front-of-neck glands and no cough",
            )
        ],
        "",
    ),
    (
        "red painful bump on the edge of my eyelid with a little yellow head. can I squeeze it?",
        [("stye", "Do not squeeze or pop the stye; this can spread the infection.")],
        "",
    ),
    (
        "got burnt at the beach, bright red and sore but no blisters. can I put vaseline on it?",
        [("sunburn-mild", "Avoid petroleum jelly on fresh sunburn, which traps heat.")],
        "",
    ),
    (
        "I'm 67 and passed out for a few seconds sitting at dinner, no warning at all. I feel fine now",
        [("syncope", "if the person is over 60, has heart disease, is pregnant, had no warning")],
        "conf",
    ),
    (
        "my 15 yo woke up with really bad pain in one testicle and threw up. can we wait till the morning?",
        [
            (
                "testicular-pain-sudden",
                "the testicle can usually be saved if surgery happens within 6 hours of pain starting",
            )
        ],
        "fact",
    ),
    (
        "I take my levothyroxine with my coffee and my calcium pill first thing in the morning. is that ok?",
        [
            (
                "thyroid-medication",
                "Separate it by 4 hours from calcium, iron, multivitamins with minerals, antacids and sucralfate.",
            )
        ],
        "fact",
    ),
    (
        "just found out I'm pregnant and I'm on levothyroxine for my thyroid",
        [
            (
                "thyroid-medication",
                "the dose usually needs to rise by about 25 to 30 percent as soon as pregnancy is confirmed",
            )
        ],
        "fact",
    ),
    (
        "pulled a deer tick off my leg, it was fat, probably on there 2 days. we live in lyme country. do I need an antibiotic?",
        [
            (
                "tick-bite-no-symptoms",
                "A single dose of doxycycline may be offered if it can be started within that 72-hour window.",
            )
        ],
        "fact",
    ),
    (
        "I'm 64, get up 3 times a night to pee and the stream is weak",
        [
            (
                "urinary-symptoms-men",
                "Routine appointment for new or worsening stream problems, nocturia 2 or more times a night",
            )
        ],
        "",
    ),
    (
        "got my covid booster yesterday, arm is sore and swollen and I feel achy all over",
        [
            (
                "vaccine-reaction-local",
                "usually start within 6 to 24 hours and ease within 1 to 3 days",
            )
        ],
        "",
    ),
    (
        "itchy down there with thick white cottage cheese discharge. I'm 20 weeks pregnant - can I take diflucan?",
        [
            (
                "vaginal-yeast",
                "topical treatment for 7 days is preferred; oral fluconazole is avoided",
            )
        ],
        "fact",
    ),
    (
        "seeing a bunch of new floaters and flashes, and now a dark curtain is coming across my right eye",
        [
            (
                "vision-loss-sudden",
                "Retinal detachment produces a sudden shower of floaters, flashes of light and then a shadow or curtain",
            )
        ],
        "",
    ),
    (
        "my INR came back 4.2, no bleeding. should I skip tonight's dose?",
        [
            (
                "warfarin-inr",
                "Same day for an INR result above or below the target range without bleeding",
            ),
            ("warfarin-inr", "do not change doses on your own"),
        ],
        "fact",
    ),
    (
        "my dad has COPD and can barely get words out, his pulse ox says 85",
        [("severe-breathlessness", "under 88% for someone with COPD who usually runs low")],
        "fact",
    ),
    (
        "new itchy red rash only where my new watch strap touches my wrist",
        [("rash-new-nonurgent", "confined to where skin touched a trigger such as nickel")],
        "",
    ),
]

# --------------------------------------------------------------------------------------
# Judge items: (pathway_id of evidence, evidence, claim, supported, kind)
# --------------------------------------------------------------------------------------
S, U = True, False
JUD = [
    (
        "anaphylaxis",
        "Epinephrine (adrenaline) injected into the outer thigh muscle is the only first-line treatment; antihistamines and inhalers do not stop the reaction.",
        "First-line treatment for anaphylaxis is an adrenaline injection into the thigh muscle; antihistamines will not halt the reaction.",
        S,
        "paraphrase",
    ),
    (
        "anaphylaxis",
        "A second (biphasic) reaction can occur hours later, most often within 12 hours, in a small percentage of patients, so anyone who has had epinephrine should be observed in hospital.",
        "A second reaction can follow hours later, usually within 24 hours, so anyone given epinephrine should be observed in hospital.",
        U,
        "wrong time window",
    ),
    (
        "angioedema",
        "It commonly affects the lips, eyelids, tongue, face, hands, feet or genitals, tends to be uneven, and feels tight or painful rather than itchy. Attacks usually last 24 to 72 hours.",
        "Angioedema swelling tends to feel tight or sore rather than itchy, and episodes typically settle within one to three days.",
        S,
        "paraphrase",
    ),
    (
        "angioedema",
        "Bradykinin-type angioedema has no hives or itch and responds poorly to those treatments.",
        "Bradykinin-type angioedema usually comes with hives and responds well to antihistamines.",
        U,
        "reversed",
    ),
    (
        "hives-mild",
        "Take a non-sedating antihistamine once daily: cetirizine 10 mg, loratadine 10 mg or fexofenadine 180 mg.",
        "Hives with tongue swelling can be handled with a once-daily non-sedating antihistamine such as cetirizine 10 mg.",
        U,
        "neighbouring pathway",
    ),
    (
        "hives-mild",
        "A key feature is that each welt moves: it fades within 24 hours, usually in a few hours, while new ones appear elsewhere.",
        "Individual hive welts usually disappear within a few hours while fresh ones crop up in other places.",
        S,
        "paraphrase",
    ),
    (
        "hives-mild",
        "Acute hives last less than 6 weeks and are often triggered by a viral infection, a food, a medicine, an insect sting, heat, pressure, cold or exercise; in many cases no cause is found.",
        "Acute hives always have an identifiable trigger such as a food or a medicine.",
        U,
        "always vs often",
    ),
    (
        "dvt-leg-swelling",
        "A suspected clot needs a scan or blood test the same day, ideally within 4 hours.",
        "Someone with a possible leg clot should have imaging or bloodwork that same day, preferably inside four hours.",
        S,
        "paraphrase",
    ),
    (
        "dvt-leg-swelling",
        "Treatment is typically anticoagulation for at least 3 months.",
        "DVT is typically treated with blood thinners for about 6 weeks.",
        U,
        "wrong number",
    ),
    (
        "dvt-leg-swelling",
        "Raise the leg when sitting, and avoid sitting still for long periods.",
        "A patient with a swollen calf and new chest pain can keep the leg raised and wait for a routine scan.",
        U,
        "neighbouring pathway",
    ),
    (
        "pulmonary-embolism-signs",
        "Coughing up blood, even a small amount.",
        "With a suspected lung clot, even a little coughed-up blood counts as a red flag.",
        S,
        "paraphrase",
    ),
    (
        "pulmonary-embolism-signs",
        "Fainting, near-fainting, heart rate over 100, or oxygen saturation under 94%.",
        "In suspected PE, oxygen saturation only becomes a red flag once it falls below 90%.",
        U,
        "wrong number",
    ),
    (
        "tension-headache",
        "Pain is mild to moderate, lasts from 30 minutes to several days, and is not made worse by climbing stairs or walking.",
        "Tension-type headache isn't aggravated by walking or stairs and can last anywhere from half an hour to several days.",
        S,
        "paraphrase",
    ),
    (
        "tension-headache",
        "There is no vomiting; at most, mild sensitivity to either light or noise.",
        "Tension headaches commonly bring vomiting and sensitivity to both light and sound.",
        U,
        "reversed",
    ),
    (
        "migraine-known",
        "An attack typically lasts 4 to 72 hours, with moderate to severe, often one-sided throbbing pain that worsens with routine activity, plus nausea or vomiting and sensitivity to light and sound.",
        "A migraine attack typically lasts no more than 24 hours.",
        U,
        "wrong number",
    ),
    (
        "migraine-known",
        "To avoid medication-overuse headache, limit triptans or combination pain relievers to fewer than 10 days a month, and simple pain relievers to fewer than 15.",
        "To prevent rebound headaches, triptans should be used on under 10 days a month and plain painkillers on under 15.",
        S,
        "paraphrase",
    ),
    (
        "thunderclap-headache",
        "A thunderclap headache is a severe headache that reaches its peak intensity within about 60 seconds, often described as being hit on the back of the head.",
        "A headache that hits maximum severity in roughly a minute, like a blow to the back of the head, fits a thunderclap headache.",
        S,
        "paraphrase",
    ),
    (
        "thunderclap-headache",
        "A CT scan within 6 hours of onset is very sensitive for bleeding; later, a lumbar puncture or vessel imaging may be needed.",
        "A CT scan within 24 hours of onset reliably rules out bleeding, so no further tests are needed.",
        U,
        "wrong time window",
    ),
    (
        "tension-headache",
        "Apply a warm pack to the neck and shoulders or a cool cloth on the forehead for 10 to 15 minutes.",
        "A sudden explosive headache that started during exercise can be eased with a warm neck pack while waiting to see if it settles.",
        U,
        "neighbouring pathway",
    ),
    (
        "headache-new-over-50",
        "Clinicians often start prednisone the same day when GCA is suspected rather than waiting for biopsy.",
        "When giant cell arteritis is suspected, steroids are frequently begun that day without waiting for biopsy results.",
        S,
        "paraphrase",
    ),
    (
        "headache-new-over-50",
        "The most important treatable cause is giant cell arteritis (GCA, also called temporal arteritis), an inflammation of medium and large arteries that almost never occurs before 50, is two to three times more common in women, and is most frequent in people in their 70s.",
        "Giant cell arteritis is more common in men and is most frequent in people in their 50s.",
        U,
        "wrong population",
    ),
    (
        "stroke-signs",
        "Clot-busting medicine (alteplase or tenecteplase) works best within 4.5 hours of when the person was last known well, and removal of a clot by catheter (thrombectomy) can help selected patients up to 24 hours.",
        "Clot-dissolving drugs are most effective within four and a half hours of last-known-well, and some patients can still benefit from thrombectomy up to a day later.",
        S,
        "paraphrase",
    ),
    (
        "stroke-signs",
        "A transient ischemic attack (TIA) has the same symptoms but resolves, often within minutes; it is still an emergency, because the risk of a full stroke is highest in the first 48 hours.",
        "Because TIA symptoms resolve on their own, a routine appointment within the week is adequate.",
        U,
        "reversed",
    ),
    (
        "chest-pain-cardiac",
        "While waiting, chew one regular aspirin 325 mg, or four low-dose 81 mg tablets, unless you are allergic, have been told not to take aspirin, or have active bleeding.",
        "A patient with sudden face droop and slurred speech should chew a 325 mg aspirin while waiting for the ambulance.",
        U,
        "neighbouring pathway",
    ),
    (
        "chest-pain-cardiac",
        "Women, people with diabetes and adults over 75 more often have breathlessness, fatigue, indigestion-like discomfort or no chest pain at all.",
        "In women, diabetics and people over 75, a heart attack may show up as breathlessness, tiredness or indigestion-type discomfort with no chest pain.",
        S,
        "paraphrase",
    ),
    (
        "chest-pain-cardiac",
        "If pain is not better 5 minutes later, make sure emergency services have been called; up to 3 doses, 5 minutes apart, can be taken.",
        "Up to 3 nitroglycerin doses can be taken, spaced 15 minutes apart.",
        U,
        "wrong number",
    ),
    (
        "heartburn-occasional",
        "Heartburn on two or more days a week for several weeks suggests gastroesophageal reflux disease (GERD) and deserves a routine review.",
        "Heartburn on at least two days a week over several weeks points to reflux disease and should get a routine review.",
        S,
        "paraphrase",
    ),
    (
        "heartburn-occasional",
        "Do not repeat a 14-day course more often than every 4 months without talking to a clinician.",
        "A 14-day over-the-counter omeprazole course can be repeated monthly without talking to a clinician.",
        U,
        "wrong number",
    ),
    (
        "ici-diarrhea-colitis",
        "It is more frequent and severe with ipilimumab, especially combined with nivolumab, than with PD-1 or PD-L1 drugs alone.",
        "Immune-related colitis is commoner and worse with ipilimumab, particularly alongside nivolumab, than with PD-1 or PD-L1 drugs on their own.",
        S,
        "paraphrase",
    ),
    (
        "ici-diarrhea-colitis",
        "Severity is graded by the number of stools above the person's normal daily baseline: grade 1 is fewer than 4 extra stools a day; grade 2 is 4 to 6 extra stools, or abdominal pain or mucus; grade 3 is 7 or more extra stools, incontinence, or severe pain limiting self-care; grade 4 is life-threatening, such as perforation.",
        "Five extra stools a day above baseline on immunotherapy is grade 1 diarrhea.",
        U,
        "wrong threshold",
    ),
    (
        "mild-diarrhea-adult",
        "Loperamide: 4 mg after the first loose stool, then 2 mg after each further loose stool, no more than 8 mg in 24 hours for over-the-counter use, and for no longer than 2 days.",
        "A patient on pembrolizumab with new diarrhea may take loperamide 4 mg, then 2 mg after each loose stool.",
        U,
        "neighbouring pathway",
    ),
    (
        "mild-diarrhea-adult",
        "Acute diarrhea means three or more loose or watery stools in 24 hours for less than 14 days.",
        "Acute diarrhea is at least three loose or watery stools in a day, lasting under two weeks.",
        S,
        "paraphrase",
    ),
    (
        "mild-diarrhea-adult",
        "Fever of 101°F (38.3°C) or higher, six or more stools a day, or antibiotics within the last 3 months (possible C. difficile): same-day clinic contact.",
        "Antibiotic use any time in the last 6 months makes diarrhea a same-day contact because of possible C. difficile.",
        U,
        "wrong time window",
    ),
    (
        "febrile-neutropenia",
        "The lowest point (nadir) usually comes 7 to 14 days after a dose, though timing varies by regimen.",
        "White cell counts typically bottom out one to two weeks after a chemotherapy dose, although this depends on the regimen.",
        S,
        "paraphrase",
    ),
    (
        "febrile-neutropenia",
        "Febrile neutropenia is defined as a single oral temperature of 101 F (38.3 C) or higher, or 100.4 F (38.0 C) or higher lasting an hour, in someone whose absolute neutrophil count (ANC) is below 500 cells per microliter or expected to fall below that within 48 hours.",
        "Febrile neutropenia requires an absolute neutrophil count below 1,000 cells per microliter.",
        U,
        "wrong number",
    ),
    (
        "febrile-neutropenia",
        "Guidelines call for intravenous antibiotics within 60 minutes of arrival, before test results return.",
        "IV antibiotics should be given within an hour of arrival, once the blood count has confirmed neutropenia.",
        U,
        "reversed",
    ),
    (
        "fever-infant-under-3-months",
        "In a baby younger than 3 months (90 days), a rectal temperature of 100.4 F (38 C) or higher is a medical emergency, even if the baby looks well.",
        "Any rectal reading of 38 C or more in an infant under 90 days old is an emergency, even when the baby seems well.",
        S,
        "paraphrase",
    ),
    (
        "fever-child-over-3-months",
        "Acetaminophen (paracetamol) 15 mg per kg every 4 to 6 hours, no more than 5 doses in 24 hours.",
        "A feverish 6-week-old can be given acetaminophen 15 mg/kg every 4 to 6 hours at home.",
        U,
        "other population",
    ),
    (
        "fever-child-over-3-months",
        "From 6 months to 5 years, about 2 to 4 in 100 children will have a febrile seizure, usually brief and harmless, but a first one needs assessment.",
        "A few percent of children aged 6 months to 5 years have a febrile seizure; they are generally short and benign, but a first one should be assessed.",
        S,
        "paraphrase",
    ),
    (
        "fever-child-over-3-months",
        "Do not give aspirin to anyone under 18 because of the risk of Reye syndrome.",
        "Aspirin is acceptable for feverish teenagers over 12.",
        U,
        "other population",
    ),
    (
        "fever-adult-viral",
        "In healthy adults, viral fevers typically run for 2 to 3 days and rarely exceed 103°F (39.4°C).",
        "A viral fever in a healthy adult usually lasts a couple of days and seldom goes above 103 F.",
        S,
        "paraphrase",
    ),
    (
        "fever-adult-viral",
        "A forehead or ear reading can differ from an oral one by about 0.5 to 1°F, so an oral digital thermometer is preferred; wait 15 minutes after hot or cold drinks.",
        "Forehead readings match oral readings closely, so either thermometer is equally good.",
        U,
        "reversed",
    ),
    (
        "dka-signs",
        "People taking SGLT2 inhibitors (empagliflozin, dapagliflozin, canagliflozin) can develop euglycemic DKA with glucose under 250 mg/dL, so ketones must be checked whenever they feel unwell.",
        "Patients on drugs like empagliflozin can be in DKA even with glucose below 250, so their ketones need checking whenever they feel ill.",
        S,
        "paraphrase",
    ),
    (
        "dka-signs",
        "Blood ketone meters help grade risk: below 0.6 mmol/L is normal, 0.6 to 1.5 is raised, 1.6 to 2.9 indicates high risk, and 3.0 or above suggests DKA.",
        "A blood ketone reading of 1.2 mmol/L indicates high risk of DKA.",
        U,
        "wrong threshold",
    ),
    (
        "hyperglycemia-type2-mild",
        "A short walk can lower glucose, but avoid vigorous exercise if ketones are present or you feel unwell.",
        "A person with type 1 diabetes, ketones of 3.2 and vomiting can take a short walk to bring their sugar down.",
        U,
        "neighbouring pathway",
    ),
    (
        "hyperglycemia-type2-mild",
        "Wash and dry hands and recheck; sugar on the fingers gives falsely high readings.",
        "An unexpectedly high reading should be repeated after washing hands, because sugar residue on the fingers can inflate the result.",
        S,
        "paraphrase",
    ),
    (
        "hypoglycemia-recovered",
        "Sulfonylurea lows can last or return for 24 hours or more, and long-acting insulin continues to act through the night.",
        "Low blood sugar caused by a sulfonylurea can persist or come back for a day or longer.",
        S,
        "dropping detail",
    ),
    (
        "hypoglycemia-recovered",
        "Rule of 15: if glucose is below 70 mg/dL, take 15 g of fast sugar (4 glucose tablets, 4 oz / 120 mL of juice or regular soda, or 1 tablespoon of sugar or honey), wait 15 minutes and recheck; repeat until above 70 mg/dL.",
        "For a low under 70 mg/dL, take 15 g of fast sugar and recheck after 30 minutes.",
        U,
        "wrong time window",
    ),
    (
        "hypoglycemia-recovered",
        "Metformin alone rarely causes them.",
        "Metformin on its own never causes low blood sugar.",
        U,
        "never vs rarely",
    ),
    (
        "hypoglycemia-severe",
        "Level 3, or severe hypoglycemia, is defined not by a number but by needing another person's help because of confusion, odd behavior, seizures or unconsciousness.",
        "Severe (level 3) hypoglycemia is defined by needing someone else's help rather than by a particular glucose value.",
        S,
        "paraphrase",
    ),
    (
        "hypoglycemia-severe",
        "Give glucagon: nasal glucagon 3 mg into one nostril, or a glucagon injection of 1 mg (0.5 mg for children under about 25 kg), or dasiglucagon 0.6 mg, as prescribed.",
        "The glucagon injection dose is 1 mg for everyone, including small children.",
        U,
        "other population",
    ),
    (
        "covid-mild",
        "Stay home and away from others until you have been fever-free for 24 hours without fever-reducing medicine and your symptoms are improving; then for 5 more days wear a mask indoors around others and keep distance, especially from older or vulnerable people.",
        "With COVID, stay home until a full day without fever (off fever reducers) and improving, then mask indoors around others for another five days.",
        S,
        "paraphrase",
    ),
    (
        "covid-mild",
        "Remdesivir (3 days of infusions, within 7 days) and molnupiravir (within 5 days) are alternatives.",
        "Molnupiravir can be started up to 7 days after symptoms begin.",
        U,
        "wrong time window",
    ),
    (
        "influenza-high-risk",
        "Oseltamivir (Tamiflu) 75 mg twice daily for 5 days in adults, with kidney dose adjustment, works best if started within 48 hours of symptom onset but still helps hospitalized or very high-risk patients later.",
        "The adult oseltamivir course is 75 mg once daily for 10 days.",
        U,
        "wrong number",
    ),
    (
        "influenza-high-risk",
        "People are contagious from about 1 day before symptoms to 5 to 7 days after.",
        "Someone with flu can spread it from roughly a day before feeling ill until about a week afterwards.",
        S,
        "paraphrase",
    ),
    (
        "common-cold",
        "Most colds peak around day 2 to 4 and clear in 7 to 10 days, although a tail of cough can persist for up to 3 weeks (see postviral-cough).",
        "A cold is usually worst in the first few days and gone within about a week to ten days, though a cough can hang on for up to three weeks.",
        S,
        "paraphrase",
    ),
    (
        "common-cold",
        "Pseudoephedrine 60 mg every 4 to 6 hours (maximum 240 mg a day) relieves a blocked nose but can raise blood pressure and heart rate; avoid it with uncontrolled high blood pressure, heart disease or an enlarged prostate. Oral phenylephrine has been judged ineffective.",
        "Oral phenylephrine is an effective decongestant alternative for people with uncontrolled high blood pressure.",
        U,
        "reversed",
    ),
    (
        "sinusitis-persistent",
        "Almost all cases start with a cold virus and improve within 7 to 10 days without antibiotics.",
        "Nearly all sinus infections begin as a viral cold and get better within about ten days without antibiotics.",
        S,
        "paraphrase",
    ),
    (
        "sinusitis-persistent",
        "Green mucus alone is not proof of bacterial infection.",
        "Green nasal mucus confirms a bacterial sinus infection.",
        U,
        "reversed",
    ),
    (
        "sore-throat-uncomplicated",
        'Group A streptococcus ("strep throat") causes roughly 5 to 15 percent of adult cases.',
        "Only a small share of adult sore throats, roughly 5 to 15 percent, are due to group A strep.",
        S,
        "paraphrase",
    ),
    (
        "sore-throat-uncomplicated",
        "If mononucleosis is diagnosed, avoid contact sports and heavy lifting for at least 3 to 4 weeks because the spleen can rupture.",
        "After a mono diagnosis, contact sports can resume after one week.",
        U,
        "wrong time window",
    ),
    (
        "ear-pain-adult",
        "Most adult middle-ear infections improve within 2 to 3 days and resolve within 1 week, and eustachian tube blockage after a cold or flight can leave fullness for up to 2 weeks.",
        "Ear fullness from a blocked eustachian tube after a flight can last as long as two weeks.",
        S,
        "dropping detail",
    ),
    (
        "ear-pain-adult",
        "Keep the ear dry: plug it with cotton wool coated in petroleum jelly when showering; no swimming until 7 to 10 days after pain resolves.",
        "With swimmer's ear, swimming can resume as soon as the pain has gone.",
        U,
        "wrong time window",
    ),
    (
        "conjunctivitis-infective",
        "Viral conjunctivitis, the most common type in adults, produces watery discharge, often starts in one eye and spreads to the other within a few days, may follow a cold, and is very contagious; it usually worsens for 3 to 5 days and clears in 1 to 2 weeks, sometimes 3.",
        "Viral pink eye is the commonest adult type; it is highly contagious, gives a watery discharge and usually clears in one to two weeks.",
        S,
        "dropping detail",
    ),
    (
        "allergic-conjunctivitis",
        "Both eyes are usually affected at the same time, with redness, watering, a stringy clear mucus and puffy eyelids.",
        "Thick green discharge that glues the lashes shut is typical of allergic conjunctivitis.",
        U,
        "neighbouring pathway",
    ),
    (
        "allergic-rhinitis-seasonal",
        "A nasal corticosteroid spray is the single most effective treatment, but it needs several days of regular use to work and up to 2 weeks for the full effect.",
        "Steroid nose sprays are the most effective hay fever treatment, though the full benefit can take two weeks of daily use.",
        S,
        "paraphrase",
    ),
    (
        "allergic-rhinitis-seasonal",
        "Cetirizine causes drowsiness in about 1 in 7 users.",
        "Cetirizine makes about half of users drowsy.",
        U,
        "wrong number",
    ),
    (
        "asthma-flare-mild",
        "If you use a budesonide-formoterol inhaler as both preventer and reliever, take 1 inhalation as needed, up to a maximum of 12 inhalations in a day.",
        "People using budesonide-formoterol as both preventer and reliever can take one puff as needed, up to 12 puffs a day.",
        S,
        "paraphrase",
    ),
    (
        "asthma-flare-mild",
        'A mild flare means the person can talk in full sentences, can walk and lie down, their reliever helps and the relief lasts at least 4 hours, and, if they measure it, their peak flow is 50 to 80 percent of their personal best (the "yellow zone" of an asthma action plan).',
        "A mild asthma flare is one where peak flow is 30 to 50 percent of personal best.",
        U,
        "wrong number",
    ),
    (
        "asthma-attack-severe",
        'A life-threatening attack is marked by peak flow under 33%, oxygen saturation under 92%, a "silent chest" (so little air moving that wheeze disappears), blue lips, exhaustion, confusion or a falling heart rate.',
        "Loud wheezing is the key sign that an asthma attack has become life-threatening.",
        U,
        "reversed",
    ),
    (
        "asthma-attack-severe",
        "Most asthma deaths occur in people who delayed seeking help or who relied on reliever inhalers alone.",
        "Asthma deaths mostly occur in people who put off getting help or who used only their rescue inhaler.",
        S,
        "paraphrase",
    ),
    (
        "severe-breathlessness",
        "Drowsiness or confusion is a late sign meaning the body is tiring or carbon dioxide is building up.",
        "Becoming drowsy or confused while breathless is a late warning that the patient is tiring or retaining carbon dioxide.",
        S,
        "paraphrase",
    ),
    (
        "heart-failure-worsening",
        "Keep sodium under about 2,000 mg a day and follow any fluid limit you have been given, often 1.5 to 2 liters (about 6 to 8 cups) a day.",
        "Heart failure patients should keep sodium under about 3,000 mg a day.",
        U,
        "wrong number",
    ),
    (
        "heart-failure-worsening",
        "Worsening (decompensation) usually builds over days, and the earliest sign is often weight gain from retained fluid before breathlessness is noticed.",
        "When heart failure is worsening, fluid weight gain often shows up before the person notices being breathless.",
        S,
        "paraphrase",
    ),
    (
        "home-bp-elevated",
        "In adults, a home average of 130/80 mmHg or more is considered elevated (stage 1 hypertension), and 135/85 or more is the usual threshold that confirms high blood pressure on home monitoring.",
        "A home average of 140/90 is the usual threshold that confirms hypertension on home monitoring.",
        U,
        "wrong number",
    ),
    (
        "home-bp-elevated",
        "Use a validated upper-arm cuff of the right size on bare skin; wrist devices are less reliable.",
        "Home readings should come from a properly sized, validated upper-arm cuff on bare skin rather than a wrist monitor.",
        S,
        "paraphrase",
    ),
    (
        "hypertensive-urgency",
        "When it occurs without signs of organ damage it is hypertensive urgency; it needs assessment and medication adjustment within hours, with pressure lowered gradually over 24 to 48 hours, because dropping it too fast can reduce blood flow to the brain and heart.",
        "In hypertensive urgency, blood pressure should be brought back to normal as quickly as possible.",
        U,
        "reversed",
    ),
    (
        "preeclampsia-signs",
        "Preeclampsia is a pregnancy disorder of the placenta and blood vessels that causes high blood pressure, defined as 140/90 or higher on two readings at least 4 hours apart, after 20 weeks of pregnancy, with protein in the urine or signs of organ strain.",
        "Preeclampsia means blood pressure of 140/90 or more on two readings at least four hours apart after week 20, with proteinuria or signs of organ strain.",
        S,
        "paraphrase",
    ),
    (
        "preeclampsia-signs",
        "It affects about 5 to 8 percent of pregnancies and can also start up to 6 weeks after delivery.",
        "Preeclampsia cannot begin once the baby has been delivered.",
        U,
        "reversed",
    ),
    (
        "ankle-swelling-mild",
        "Swelling that goes down overnight and is the same on both sides is usually not dangerous.",
        "A woman 34 weeks pregnant with sudden facial swelling and a headache can be reassured if her ankles go down overnight.",
        U,
        "neighbouring pathway",
    ),
    (
        "postpartum-bleeding",
        "Primary PPH happens within 24 hours of birth; secondary PPH occurs from 24 hours up to 12 weeks, often around the second week.",
        "Heavy bleeding after the first day and up to twelve weeks postpartum is called secondary PPH, and it often happens around week two.",
        S,
        "paraphrase",
    ),
    (
        "postpartum-bleeding",
        "Small clots, up to about the size of a plum stone, are common in the first days.",
        "Clots the size of a golf ball are normal in the first few days after birth.",
        U,
        "wrong number",
    ),
    (
        "bleeding-pregnancy",
        "Rh-negative people usually need Rho(D) immune globulin within 72 hours of a bleed to prevent antibodies.",
        "After bleeding in pregnancy, Rh-negative patients generally need anti-D immune globulin within three days.",
        S,
        "paraphrase",
    ),
    (
        "bleeding-pregnancy",
        "Vaginal bleeding occurs in about 1 in 4 pregnancies during the first trimester, and many of these pregnancies continue normally.",
        "Bleeding in the first trimester usually means a miscarriage.",
        U,
        "reversed",
    ),
    (
        "ectopic-pregnancy-signs",
        "Until an ultrasound shows the pregnancy inside the uterus, any pain with a positive test must be treated as possibly ectopic.",
        "With a positive pregnancy test and pain, ectopic pregnancy must be considered until a scan shows the pregnancy in the womb.",
        S,
        "paraphrase",
    ),
    (
        "ectopic-pregnancy-signs",
        "Avoid pregnancy for at least 3 months after methotrexate, and avoid folic acid supplements and alcohol during treatment unless advised.",
        "During methotrexate treatment for ectopic pregnancy, folic acid supplements should be started straight away.",
        U,
        "reversed",
    ),
    (
        "decreased-fetal-movement",
        "It is a myth that babies move less toward the end of pregnancy: movements change in character as space runs out, but they should continue right up to and during labor.",
        "Babies do not normally move less late in pregnancy; the type of movement changes but it should continue through labor.",
        S,
        "paraphrase",
    ),
    (
        "decreased-fetal-movement",
        "Fewer than 10 movements in 2 hours while lying on your side and paying attention.",
        "Reduced fetal movement means fewer than 10 movements in 12 hours.",
        U,
        "wrong number",
    ),
    (
        "emergency-contraception",
        "Ulipristal acetate 30 mg (brand ella) is a prescription tablet that works up to 120 hours and stays effective across that whole window.",
        "Ulipristal (ella) stays effective throughout the five days after unprotected sex.",
        S,
        "paraphrase",
    ),
    (
        "emergency-contraception",
        "Levonorgestrel 1.5 mg (Plan B and generics) is sold over the counter with no age limit and is best taken within 72 hours; it can be used up to 120 hours but becomes less reliable each day.",
        "Plan B is sold over the counter only to people aged 17 and older.",
        U,
        "added fact",
    ),
    (
        "pregnancy-nausea-mild",
        "It usually starts around 6 weeks of pregnancy, peaks between 8 and 12 weeks, and settles by 16 to 20 weeks for most.",
        "Morning sickness usually begins near week 6, is worst around weeks 8 to 12, and settles by about weeks 16 to 20 for most people.",
        S,
        "paraphrase",
    ),
    (
        "pregnancy-nausea-mild",
        "The severe form, hyperemesis gravidarum, affects about 1 to 3 percent of pregnancies.",
        "Hyperemesis gravidarum affects about 10 to 15 percent of pregnancies.",
        U,
        "wrong number",
    ),
    (
        "cauda-equina",
        "Back pain may actually ease as nerve damage progresses.",
        "In cauda equina syndrome, back pain can get better even while the nerve damage is getting worse.",
        S,
        "paraphrase",
    ),
    (
        "sciatica",
        "The outlook is good: most people improve substantially within 4 to 6 weeks without surgery, and around 9 in 10 recover without an operation.",
        "About half of people with sciatica end up needing an operation to recover.",
        U,
        "wrong number",
    ),
    (
        "low-back-pain-acute",
        "X-rays and scans are not helpful in the first 6 weeks unless red flags are present.",
        "Imaging doesn't help acute low back pain in the first six weeks unless there are red flags.",
        S,
        "paraphrase",
    ),
    (
        "low-back-pain-acute",
        "Acetaminophen alone helps little for back pain but can be combined, up to 3,000 mg a day.",
        "Acetaminophen on its own is the most effective medicine for acute back pain.",
        U,
        "reversed",
    ),
    (
        "kidney-stone-pain",
        "Stones smaller than 5 mm pass on their own in most cases, often within 2 to 4 weeks; those of 5 to 10 mm are less likely to pass and may be helped by tamsulosin, and larger stones often need a procedure.",
        "Most kidney stones under 5 mm pass by themselves, frequently within two to four weeks.",
        S,
        "dropping detail",
    ),
    (
        "kidney-stone-pain",
        "Drink normally; forcing large volumes does not speed passage.",
        "Drinking large volumes of water helps a kidney stone pass faster.",
        U,
        "reversed",
    ),
    (
        "uti-symptoms-women",
        "Uncomplicated cystitis in non-pregnant women usually responds within 24 to 48 hours to a short antibiotic course (often 3 to 5 days), which the clinic can arrange the same day, sometimes without a visit.",
        "A woman with painful urination plus fever and flank pain can be treated with a 3-day antibiotic course arranged without a visit.",
        U,
        "neighbouring pathway",
    ),
    (
        "pyelonephritis",
        "Healthy non-pregnant adults who can drink and take tablets may be treated at home, for example with ciprofloxacin for 7 days, but need review within 48 to 72 hours.",
        "Healthy, non-pregnant adults who can keep fluids and tablets down may be treated at home for a kidney infection, with a review within two to three days.",
        S,
        "paraphrase",
    ),
    (
        "uti-symptoms-women",
        "Cranberry products do not treat an active infection.",
        "Cranberry juice or capsules won't cure a bladder infection that is already under way.",
        S,
        "paraphrase",
    ),
    (
        "urinary-symptoms-men",
        "Urinary symptoms with fever in men are different: any urinary infection in a man is considered complicated and may involve the prostate (prostatitis).",
        "A simple bladder infection in a young man counts as uncomplicated.",
        U,
        "reversed",
    ),
    (
        "cellulitis-early",
        "Early cellulitis needs a same-day assessment because it requires oral antibiotics, typically for 5 to 7 days, and improvement is expected within 48 to 72 hours.",
        "Early cellulitis is usually treated with five to seven days of oral antibiotics, and it should start improving within two to three days.",
        S,
        "paraphrase",
    ),
    (
        "cellulitis-early",
        "It most often affects one lower leg.",
        "Cellulitis most often affects both legs at the same time.",
        U,
        "reversed",
    ),
    (
        "animal-bite-broken-skin",
        "Tetanus: a booster is needed if more than 5 years have passed since the last dose.",
        "After a bite, a tetanus booster is required if the last shot was over five years ago.",
        S,
        "paraphrase",
    ),
    (
        "minor-cuts-scrapes",
        "Tetanus: a booster is needed if the last one was more than 10 years ago for a clean minor wound, or more than 5 years ago for a dirty or puncture wound.",
        "For a clean minor cut, a tetanus booster is needed if the last one was more than 5 years ago.",
        U,
        "wrong number",
    ),
    (
        "minor-burn",
        "Superficial burns look red, hurt, blanch when pressed and do not blister; they heal in 3 to 6 days, sometimes with peeling.",
        "First-degree burns are red, painful and not blistered, and heal in under a week, sometimes peeling.",
        S,
        "paraphrase",
    ),
    (
        "severe-burn",
        "Full-thickness burns destroy all skin layers and look white, leathery, brown or charred, and may be painless because nerves are damaged.",
        "A painless burn is reassuring because it shows the burn is only superficial.",
        U,
        "reversed",
    ),
    (
        "sunburn-mild",
        "Burning can happen on cloudy days (up to 80 percent of UV penetrates light cloud), near water, snow or sand, and at altitude.",
        "You can still get sunburned on an overcast day, because most UV passes through light cloud.",
        S,
        "paraphrase",
    ),
    (
        "sunburn-mild",
        "Redness, warmth and tenderness appear 2 to 6 hours after exposure, peak at 12 to 24 hours, and begin to fade after 2 to 3 days.",
        "Sunburn redness peaks 2 to 6 hours after sun exposure.",
        U,
        "wrong time window",
    ),
    (
        "shingles",
        "Shingles cannot be caught as shingles, but the blister fluid can give chickenpox to someone who has never had it or been vaccinated.",
        "Blister fluid from shingles can give chickenpox, not shingles, to a person who has neither had chickenpox nor been vaccinated.",
        S,
        "paraphrase",
    ),
    (
        "shingles",
        "The most common complication is postherpetic neuralgia, pain lasting 3 months or more after the rash heals, more likely in older adults.",
        "Postherpetic neuralgia is more likely in younger adults.",
        U,
        "other population",
    ),
    (
        "eczema-mild-flare",
        "Use a fingertip unit (a line squeezed from the tip to the first crease of an adult finger, about 0.5 g), which covers an area the size of two adult palms.",
        "One fingertip unit, roughly half a gram, is enough to cover skin the size of two adult hands.",
        S,
        "paraphrase",
    ),
    (
        "eczema-mild-flare",
        "A non-sedating antihistamine does little for eczema itch; a sedating one at night may help sleep briefly but is not advised in older adults.",
        "Non-drowsy antihistamines such as cetirizine work well for eczema itch.",
        U,
        "reversed",
    ),
    (
        "drug-rash-mild",
        "Amoxicillin given during glandular fever causes a rash in many people without true allergy.",
        "Many people who get a rash from amoxicillin during mono are not truly allergic to it.",
        S,
        "paraphrase",
    ),
    (
        "drug-rash-mild",
        "Same day for any new rash within 8 weeks of starting a medicine, including antibiotics that have already finished.",
        "A rash only needs a same-day call if the suspected medicine is still being taken.",
        U,
        "reversed",
    ),
    (
        "ici-skin-mild",
        "Patients with melanoma may develop patches of pale skin (vitiligo), which is harmless.",
        "Melanoma patients can develop harmless pale patches of skin (vitiligo).",
        S,
        "reordering",
    ),
    (
        "ici-pneumonitis",
        "It affects roughly 3 to 5 percent of people on single-agent PD-1 or PD-L1 drugs and more with combination immunotherapy.",
        "Pneumonitis is less common with combination immunotherapy than with a single PD-1 drug.",
        U,
        "reversed",
    ),
    (
        "ici-myocarditis",
        "It usually appears early, with a median onset of about 30 days and most cases within the first 3 months, often after the first one or two doses, but later cases and cases after stopping treatment occur.",
        "Immunotherapy myocarditis tends to start early, with a median onset of about a month, though late cases and cases after stopping treatment do happen.",
        S,
        "dropping detail",
    ),
    (
        "ici-hepatitis",
        "Do not exceed 2,000 mg of acetaminophen a day without advice, and check combination cold and pain products for hidden acetaminophen.",
        "Patients with immune hepatitis can take up to 4,000 mg of acetaminophen a day.",
        U,
        "wrong number",
    ),
    (
        "ici-fatigue-thyroid",
        "Hypothyroidism is usually permanent but is easily treated with levothyroxine tablets, and immunotherapy can generally continue.",
        "An underactive thyroid from immunotherapy is usually lifelong but easily managed with levothyroxine, and the cancer treatment can usually carry on.",
        S,
        "paraphrase",
    ),
    (
        "ici-endocrine-crisis",
        "This cortisol deficiency is usually permanent and needs lifelong hydrocortisone replacement.",
        "Cortisol deficiency from immunotherapy hypophysitis usually recovers within a few months, so hydrocortisone can then be stopped.",
        U,
        "reversed",
    ),
    (
        "thyroid-medication",
        "It has a long half-life of about 7 days, so the effect of a dose change takes 6 to 8 weeks to show in the TSH blood test; that is why TSH is rechecked 6 to 8 weeks after any change, and every 6 to 12 months once stable.",
        "After a levothyroxine dose change, TSH should be rechecked in about six to eight weeks.",
        S,
        "dropping detail",
    ),
    (
        "thyroid-medication",
        "Antithyroid medicines for an overactive thyroid (methimazole, propylthiouracil) have a rare but serious side effect: a sudden drop in white blood cells (agranulocytosis), usually in the first 3 months.",
        "Agranulocytosis on methimazole is a common side effect that usually appears after the first year.",
        U,
        "wrong time window",
    ),
    (
        "warfarin-inr",
        "Keep vitamin K intake steady rather than avoiding greens; a sudden large salad binge or stopping greens both move the INR.",
        "People on warfarin don't need to avoid leafy greens; they should keep their vitamin K intake consistent.",
        S,
        "paraphrase",
    ),
    (
        "warfarin-inr",
        "For most people, such as those with atrial fibrillation or a previous deep vein thrombosis, the target INR is 2.0 to 3.0; some mechanical heart valves, especially in the mitral position, need 2.5 to 3.5.",
        "The target INR for someone with atrial fibrillation is 2.5 to 3.5.",
        U,
        "other population",
    ),
    (
        "anticoagulant-missed-dose",
        "Rivaroxaban 15 mg and 20 mg tablets should be taken with food to be absorbed properly.",
        "The 15 mg and 20 mg rivaroxaban tablets need to be taken with a meal to be absorbed properly.",
        S,
        "paraphrase",
    ),
    (
        "anticoagulant-missed-dose",
        "Rivaroxaban once daily and edoxaban – take as soon as remembered the same day; if the next day has arrived, skip and continue.",
        "If a once-daily rivaroxaban dose is missed and the next day has already arrived, take two tablets together.",
        U,
        "reversed",
    ),
    (
        "medication-interaction",
        "St John's wort can make birth control pills and transplant drugs fail.",
        "St John's wort can stop oral contraceptives and anti-rejection medicines from working.",
        S,
        "paraphrase",
    ),
    (
        "medication-interaction",
        "Hidden duplicates are common: many cold and flu products contain acetaminophen, and adults should not exceed 4,000 mg a day in total, or 3,000 mg if older, drinking regularly or with liver disease.",
        "Older adults and people who drink regularly can safely take up to 4,000 mg of acetaminophen a day.",
        U,
        "other population",
    ),
    (
        "medication-side-effect",
        "Metformin: take with meals; GI upset usually eases within 2 weeks.",
        "Stomach upset from metformin generally settles within a couple of weeks, and taking it with food helps.",
        S,
        "reordering",
    ),
    (
        "medication-refill",
        "Many pharmacists can supply a short emergency supply of an essential maintenance medicine (often up to 72 hours' worth, depending on local rules) when the prescriber cannot be reached.",
        "Pharmacists can always hand out a 30-day emergency supply when the prescriber can't be reached.",
        U,
        "wrong number",
    ),
    (
        "meningitis-signs",
        "Classic features are fever, headache, stiff neck and sensitivity to light, but all three core signs appear together in fewer than half of adults; most have at least two of headache, fever, neck stiffness and altered mental state.",
        "Under half of adults with meningitis show all the classic core signs together, although most have at least two of headache, fever, stiff neck and altered mental state.",
        S,
        "paraphrase",
    ),
    (
        "meningitis-signs",
        "The rash is often a late sign and may be harder to see on darker skin, so check palms, soles and inside the eyelids.",
        "The meningococcal rash is usually the first sign to appear.",
        U,
        "reversed",
    ),
    (
        "sepsis-signs",
        "Do not wait for a fever; some people, particularly older adults, have a normal or low temperature.",
        "Sepsis can occur without a fever, especially in older adults, whose temperature may be normal or even low.",
        S,
        "paraphrase",
    ),
    (
        "sepsis-signs",
        "A quick screening score (qSOFA) flags higher risk when two of three are present: breathing at 22 or more per minute, new confusion, and systolic blood pressure of 100 or lower.",
        "qSOFA only flags higher risk when all three criteria are present.",
        U,
        "wrong number",
    ),
    (
        "seizure-first",
        "A seizure lasting 5 minutes or more, or repeated seizures without recovery, is status epilepticus and is life-threatening.",
        "A seizure going on for five minutes or longer, or seizures repeating without recovery, is status epilepticus and can kill.",
        S,
        "paraphrase",
    ),
    (
        "seizure-first",
        "Do not hold the person down and never put anything in the mouth.",
        "Place something soft between the teeth during a seizure to protect the tongue.",
        U,
        "reversed",
    ),
    (
        "syncope",
        "Orthostatic hypotension causes fainting on standing, defined as a fall in blood pressure of at least 20 systolic or 10 diastolic within 3 minutes of standing, and is often due to dehydration, blood pressure medicines or diuretics, or nerve damage.",
        "Orthostatic hypotension is a blood pressure drop of 20 systolic or 10 diastolic or more within three minutes of standing, often caused by dehydration or blood pressure drugs.",
        S,
        "dropping detail",
    ),
    (
        "syncope",
        "Warning features are fainting during exertion or while lying down, sudden collapse without warning, palpitations or chest pain beforehand, a family history of sudden unexplained death under 50, and known heart failure or heart attack.",
        "Fainting during exercise is usually a harmless vasovagal faint.",
        U,
        "reversed",
    ),
    (
        "palpitations-brief",
        "Palpitations during anxiety are common, but should not be attributed to anxiety until the heart has been checked.",
        "Even in an anxious patient, palpitations shouldn't be put down to anxiety until the heart has been checked.",
        S,
        "paraphrase",
    ),
    (
        "palpitations-brief",
        "A racing heartbeat that lasts more than 15 minutes, or a resting pulse over 150 beats per minute, or below 40 with dizziness: escalate.",
        "Palpitations only need escalation if the racing lasts more than an hour.",
        U,
        "wrong time window",
    ),
    (
        "suicidal-thoughts",
        'Asking directly "Are you thinking about killing yourself?" does not plant the idea and often brings relief.',
        "Asking someone outright about suicidal thoughts doesn't put the idea in their head and often comes as a relief.",
        S,
        "paraphrase",
    ),
    (
        "low-mood",
        "Mild to moderate depression often improves with talking therapies, activity and social contact; antidepressants are added for moderate to severe cases and usually take 4 to 6 weeks for full effect.",
        "Antidepressants usually reach their full effect within about a week.",
        U,
        "wrong time window",
    ),
    (
        "anxiety-worsening",
        "Continue prescribed medicines; SSRIs can briefly increase anxiety in the first 1 to 2 weeks and take 4 to 6 weeks to work.",
        "SSRIs may make anxiety briefly worse in the first week or two, and they take four to six weeks to work.",
        S,
        "paraphrase",
    ),
    (
        "insomnia-short-term",
        "Melatonin 1 to 3 mg, 1 to 2 hours before bed, mainly helps jet lag and shifted sleep timing.",
        "Melatonin is the most effective treatment for chronic insomnia.",
        U,
        "added fact",
    ),
    (
        "insomnia-short-term",
        "No caffeine after noon (its effect lasts 6 hours or more), limit alcohol, and avoid nicotine near bedtime.",
        "Cut out caffeine after midday, since its effect lasts at least six hours.",
        S,
        "dropping detail",
    ),
    (
        "overdose-poisoning",
        "Opioid overdose causes pinpoint pupils, slow or stopped breathing and unresponsiveness; naloxone reverses it but lasts only 30 to 90 minutes, so breathing can stop again when it wears off.",
        "Once naloxone has revived someone from an opioid overdose, they no longer need to be watched.",
        U,
        "reversed",
    ),
    (
        "overdose-poisoning",
        "After an acetaminophen (paracetamol) overdose people may feel normal for 24 hours while liver damage develops; the antidote acetylcysteine works best when started within 8 hours.",
        "People can feel fine for a day after a paracetamol overdose while the liver is being damaged, and the antidote works best if started within 8 hours.",
        S,
        "paraphrase",
    ),
    (
        "head-injury-red-flags",
        "In older adults a subdural hematoma can appear days to weeks after a minor fall, with headache, confusion or unsteadiness.",
        "A subdural bleed after a minor fall in an older adult always shows symptoms within 24 hours.",
        U,
        "wrong time window",
    ),
    (
        "head-injury-red-flags",
        "People taking anticoagulants (warfarin, apixaban, rivaroxaban, dabigatran) or antiplatelets such as clopidogrel should have a CT scan after a head injury even if they feel fine, and adults 65 and older need same-day assessment with a low threshold for scanning, as bleeding can develop slowly over hours.",
        "Anyone on a blood thinner who hits their head should have a CT scan even if they feel fine.",
        S,
        "dropping detail",
    ),
    (
        "vision-loss-sudden",
        "Transient loss of vision in one eye lasting minutes, like a curtain coming down (amaurosis fugax), is a warning sign of stroke.",
        "A brief, curtain-like loss of sight in one eye lasting minutes can be a warning sign of a stroke.",
        S,
        "paraphrase",
    ),
    (
        "vision-loss-sudden",
        "A migraine aura differs: zigzag or shimmering lines spread across the vision of both eyes over 5 to 20 minutes and resolve within an hour (see migraine-vs-stroke-aura).",
        "A migraine aura typically affects the vision of only one eye.",
        U,
        "reversed",
    ),
    (
        "migraine-vs-stroke-aura",
        "A typical aura develops gradually over at least 5 minutes, each symptom lasts 5 to 60 minutes, and symptoms follow one another rather than starting together.",
        "A typical aura builds up over five minutes or more, its symptoms come one after another, and each lasts from 5 minutes up to an hour.",
        S,
        "paraphrase",
    ),
    (
        "migraine-vs-stroke-aura",
        "Migraine with aura modestly raises stroke risk, and combined estrogen-containing birth control is generally avoided for people who have it.",
        "Combined estrogen pills are a safe choice for people who have migraine with aura.",
        U,
        "reversed",
    ),
    (
        "dizziness-positional",
        "Meclizine and similar antihistamines do not cure BPPV and can slow adaptation and cause drowsiness, especially in older adults; use them only briefly if nausea is severe.",
        "Meclizine doesn't fix BPPV and may slow recovery, so it should only be used briefly for severe nausea.",
        S,
        "paraphrase",
    ),
    (
        "motion-sickness",
        "Meclizine 25 to 50 mg taken 1 hour before travel; one dose lasts about 24 hours.",
        "Meclizine has to be repeated every 4 to 6 hours during travel.",
        U,
        "wrong number",
    ),
    (
        "gout-flare",
        "Pain peaks within 12 to 24 hours and, without treatment, a flare usually settles in 7 to 14 days.",
        "An untreated gout attack typically peaks within a day and subsides in one to two weeks.",
        S,
        "paraphrase",
    ),
    (
        "gout-flare",
        "A hot, swollen joint with fever may be a septic (infected) joint, which can destroy cartilage within days and must not be assumed to be gout.",
        "In someone with known gout, a hot swollen joint with fever can safely be treated as another gout flare.",
        U,
        "reversed",
    ),
    (
        "knee-pain-chronic",
        "Each pound (0.45 kg) of body weight lost takes roughly 4 pounds of load off the knee with each step.",
        "Losing one pound of body weight takes about four pounds of load off the knee with every step.",
        S,
        "paraphrase",
    ),
    (
        "ankle-sprain-mild",
        "Most mild sprains allow normal walking within 1 to 2 weeks, and full return to sport in 2 to 4 weeks.",
        "Most mild ankle sprains allow a full return to sport within 3 to 5 days.",
        U,
        "wrong time window",
    ),
    (
        "constipation-adult",
        "Most adults get only about 15 g of fibre a day, while recommendations are roughly 25 g for women and 38 g for men.",
        "Typical adult fibre intake is around 15 g a day, well short of the roughly 25 g for women and 38 g for men that is recommended.",
        S,
        "paraphrase",
    ),
    (
        "hemorrhoids-uncomplicated",
        "A clinician can sometimes remove the clot if seen within about 72 hours of onset.",
        "A thrombosed hemorrhoid clot can be removed up to two weeks after it appears.",
        U,
        "wrong time window",
    ),
    (
        "gi-bleeding",
        "People with cirrhosis or on anticoagulants should call even for small amounts, because bleeding can become heavy quickly.",
        "Patients with cirrhosis or on blood thinners should call emergency services even for a small GI bleed, since it can quickly turn heavy.",
        S,
        "paraphrase",
    ),
    (
        "gi-bleeding",
        "Melena usually means at least 50 to 100 mL of blood has been digested.",
        "Black tarry stool means at least 500 mL of blood has been lost.",
        U,
        "wrong number",
    ),
    (
        "severe-abdominal-pain",
        "In older adults, a leaking abdominal aortic aneurysm may cause sudden abdominal or back pain with fainting; mesenteric ischemia, often in people with atrial fibrillation, causes pain far worse than the examination suggests.",
        "Mesenteric ischemia, often seen in people with atrial fibrillation, can cause pain far more severe than the exam findings suggest.",
        S,
        "dropping detail",
    ),
    (
        "severe-dehydration",
        "In infants and young children, look for no wet diaper in 6 to 8 hours, no tears, sunken eyes or a sunken soft spot, and unusual sleepiness.",
        "In a dehydrated infant, the soft spot on the head typically bulges.",
        U,
        "reversed",
    ),
    (
        "viral-gastroenteritis-adult",
        "Norovirus resists alcohol hand gel; wash hands with soap and water for 20 seconds.",
        "Alcohol hand gel doesn't reliably kill norovirus, so washing with soap and water is needed.",
        S,
        "paraphrase",
    ),
    (
        "croup-mild",
        "It usually affects children between 6 months and 3 years, with a peak around age 2, and is most common in autumn.",
        "Croup most commonly affects children aged 5 to 10.",
        U,
        "other population",
    ),
    (
        "hand-foot-mouth",
        "Peeling skin or fingernails and toenails shedding can appear 3 to 8 weeks later and regrow without treatment.",
        "Weeks after hand, foot and mouth disease, nails may fall off, but they grow back without treatment.",
        S,
        "paraphrase",
    ),
    (
        "infant-breathing-difficulty",
        "Normal breathing rates are higher in children, so fast breathing is judged by age: more than 60 breaths a minute under 2 months, more than 50 from 2 to 12 months, and more than 40 from 1 to 5 years, counted for a full minute while the child is calm.",
        "For a 6-month-old, breathing only counts as fast above 60 breaths a minute.",
        U,
        "other population",
    ),
    (
        "tick-bite-no-symptoms",
        "For Lyme disease, spread by the blacklegged (deer) tick, transmission is unusual if the tick is removed within 24 hours and becomes more likely after 36 to 48 hours of attachment.",
        "Lyme disease is unlikely to be passed on if a deer tick is removed within a day of attaching.",
        S,
        "paraphrase",
    ),
    (
        "tick-bite-no-symptoms",
        "A small red bump up to about 3/4 inch (2 cm) at the bite that appears within 1 to 2 days and fades is a normal skin reaction, not Lyme disease.",
        "Any red bump at a tick bite within 2 days is an early sign of Lyme disease.",
        U,
        "reversed",
    ),
    (
        "insect-bite-sting-local",
        "Fire ant stings often form small pus-filled pimples within 24 hours that are sterile and should be left alone.",
        "The little pus bumps from fire ant stings are not infected and should not be popped.",
        S,
        "paraphrase",
    ),
    (
        "insect-bite-sting-local",
        "More than about 10 stings at once in an adult, or multiple stings in an older adult: go to the emergency department because venom load can cause toxicity.",
        "An adult with up to 50 stings can be managed at home if there is no allergic reaction.",
        U,
        "wrong number",
    ),
    (
        "vaccine-reaction-local",
        "Serious allergic reactions are rare, about 1 to 5 per million doses, and almost always happen within 15 to 30 minutes, which is why clinics observe people after vaccination.",
        "Severe allergic reactions to vaccines are rare and nearly always start within half an hour, which is why people are observed afterwards.",
        S,
        "paraphrase",
    ),
    (
        "vaccine-reaction-local",
        'Acetaminophen up to 3,000 mg in 24 hours or ibuprofen 400 mg every 6 to 8 hours (maximum 1,200 mg a day) can be taken after vaccination for discomfort; taking them beforehand "to prevent" symptoms is not recommended.',
        "Taking ibuprofen before a vaccine is recommended to prevent side effects.",
        U,
        "reversed",
    ),
    (
        "vaginal-yeast",
        "Self-treatment with an over-the-counter antifungal is reasonable only for someone who has had a diagnosed yeast infection before and recognises the same symptoms.",
        "OTC antifungal self-treatment is appropriate only for people who have had a diagnosed yeast infection before and recognise the same symptoms.",
        S,
        "paraphrase",
    ),
    (
        "vaginal-yeast",
        "Sexual partners do not usually need treatment unless symptomatic.",
        "Partners of someone with trichomoniasis don't need treatment unless they have symptoms.",
        U,
        "neighbouring condition",
    ),
    (
        "smoking-cessation",
        "Nicotine withdrawal symptoms (irritability, poor concentration, restlessness, hunger, low mood, sleep disturbance) peak in the first 3 days and usually ease over 2 to 4 weeks.",
        "Nicotine withdrawal is worst in the first few days and usually fades over two to four weeks.",
        S,
        "dropping detail",
    ),
    (
        "smoking-cessation",
        "Adults aged 50 to 80 with 20 pack-years of smoking who smoke now or quit within 15 years qualify for annual lung cancer screening with low-dose CT.",
        "Adults aged 40 to 80 with 20 pack-years of smoking qualify for yearly low-dose CT lung screening.",
        U,
        "other population",
    ),
    (
        "testicular-pain-sudden",
        "Teenagers may describe only lower abdominal pain, out of embarrassment, so the scrotum should always be asked about.",
        "Teenage boys with torsion may only mention lower belly pain, so always ask about the scrotum.",
        S,
        "paraphrase",
    ),
    (
        "testicular-pain-sudden",
        "Surgery should not be delayed for ultrasound when the story is typical.",
        "Suspected torsion always needs an ultrasound before surgery is considered.",
        U,
        "reversed",
    ),
    (
        "lab-result-question",
        "Critical results, values that could be dangerous right away (for example potassium above about 6.0 mmol/L, sodium below about 120 mmol/L, or a very low hemoglobin), are telephoned directly to the clinician or patient by the lab, usually the same day.",
        "Labs usually phone dangerous results, such as a potassium above about 6.0 mmol/L, straight to the clinician or patient on the same day.",
        S,
        "dropping detail",
    ),
    (
        "postop-wound-healing",
        "Sutures and staples are typically removed at 5 to 7 days on the face, 7 to 10 days on the scalp, and 10 to 14 days on the trunk and limbs, depending on the surgeon.",
        "Stitches on the face usually stay in for 10 to 14 days.",
        U,
        "wrong number",
    ),
    (
        "postop-wound-infection",
        "Most appear 3 to 7 days after the operation, though they can arise up to 30 days later, or up to 90 days when an implant such as a joint replacement or mesh is in place.",
        "Surgical wound infections usually show up 3 to 7 days after the operation, but with an implant they can emerge up to 90 days later.",
        S,
        "dropping detail",
    ),
    (
        "diabetic-foot-sore",
        "Roughly 1 in 4 people with diabetes will have a foot ulcer at some point, and most diabetes-related amputations begin with an ulcer.",
        "About 1 in 20 people with diabetes will ever develop a foot ulcer.",
        U,
        "wrong number",
    ),
    (
        "friction-blister",
        "Left intact, the fluid is reabsorbed and new skin forms beneath in about 3 to 7 days.",
        "If a blister is left unbroken, the fluid is reabsorbed and new skin grows underneath within about a week.",
        S,
        "paraphrase",
    ),
    (
        "athletes-foot",
        "Routine for toenail involvement; nail infections rarely respond to creams and may need oral treatment after a blood test.",
        "Fungal toenail infections usually clear with an antifungal cream.",
        U,
        "reversed",
    ),
    (
        "head-lice",
        "Off the head, lice die within 1 to 2 days.",
        "Head lice can't survive more than a couple of days away from the scalp.",
        S,
        "paraphrase",
    ),
    (
        "head-lice",
        "No need to fumigate the house or keep children home from school.",
        "Children with head lice should be kept home from school until treated.",
        U,
        "reversed",
    ),
    (
        "mouth-ulcers",
        "Minor ulcers are under 1 cm (about 3/8 inch) and heal without scarring in 7 to 14 days.",
        "Small canker sores under a centimetre across heal without scarring in one to two weeks.",
        S,
        "paraphrase",
    ),
    (
        "nosebleed-simple",
        "Most nosebleeds (epistaxis) come from a web of small vessels at the front of the nasal septum, just inside the nostril.",
        "Most nosebleeds come from deep vessels at the back of the nose.",
        U,
        "reversed",
    ),
    (
        "stye",
        "A chalazion looks similar but is a painless, firm, slowly enlarging lump further from the lid edge, due to a blocked gland without acute infection; it can last weeks to months.",
        "A chalazion is a firm, painless eyelid lump from a blocked gland without acute infection, and it can persist for weeks or months.",
        S,
        "paraphrase",
    ),
    (
        "rash-new-nonurgent",
        "Hydrocortisone 1% cream thinly up to twice a day for up to 7 days on itchy, non-infected patches; avoid the face for more than 5 days and do not use it on suspected fungal rashes without advice, as it can make them spread.",
        "Hydrocortisone cream is a good first choice for a ring-shaped fungal rash.",
        U,
        "reversed",
    ),
    (
        "acute-confusion-elderly",
        "Older adults often have little or no fever with infection; a rise of about 2 F (1.1 C) above their normal temperature can be significant.",
        "Older people with an infection may have little or no fever, so even a rise of about 2 F above their baseline can matter.",
        S,
        "paraphrase",
    ),
    (
        "acute-confusion-elderly",
        "The person may be agitated, restless and seeing things (hyperactive delirium), or quiet, withdrawn and sleepy (hypoactive delirium), which is the more common and more often missed form.",
        "Hyperactive, agitated delirium is the most common form.",
        U,
        "reversed",
    ),
    (
        "chemo-nausea-controlled",
        "Nausea has three patterns: acute, in the first 24 hours after treatment; delayed, from day 2 to about day 5, often peaking 48 to 72 hours after drugs such as cisplatin, carboplatin or the doxorubicin-cyclophosphamide (AC) combination; and anticipatory, triggered by sights or smells before a cycle in people who had bad nausea before.",
        "Delayed chemotherapy nausea usually peaks within the first 12 hours after treatment.",
        U,
        "wrong time window",
    ),
    (
        "cough-persistent",
        "ACE inhibitor blood pressure medicines (lisinopril, ramipril and others) cause a dry cough that may take 1 to 4 weeks, sometimes up to 3 months, to settle after stopping.",
        "An ACE-inhibitor cough always stops within a few days of stopping the drug.",
        U,
        "wrong time window",
    ),
    (
        "hemoptysis",
        "Massive hemoptysis, often defined as more than about 100 to 600 mL in 24 hours (a cup is about 240 mL), is life-threatening mainly because blood floods the airways and causes suffocation rather than blood loss.",
        "The main danger of massive coughing up of blood is suffocation from blood in the airways, not the blood loss itself.",
        S,
        "dropping detail",
    ),
    (
        "pulmonary-embolism-signs",
        "This pathway differs from dvt-leg-swelling, where only the leg is affected and there is no breathlessness, chest pain or fainting; and from chest-pain-cardiac, where pressure-like pain often spreads to the arm or jaw.",
        "A swollen calf with no breathlessness, chest pain or fainting belongs in the DVT pathway rather than the PE pathway.",
        S,
        "reordering",
    ),
    (
        "dvt-leg-swelling",
        "A difference of 3 cm or more in calf circumference, measured 10 cm below the kneecap, increases the likelihood.",
        "A calf circumference difference of 1 cm, measured below the kneecap, makes a DVT more likely.",
        U,
        "wrong number",
    ),
    (
        "home-bp-elevated",
        "Pregnant, or within 6 weeks after birth, with a reading of 140/90 mmHg or higher: preeclampsia-signs.",
        "A reading of 140/90 or more in pregnancy or the six weeks after birth should be handled under the preeclampsia pathway.",
        S,
        "paraphrase",
    ),
    (
        "hypoglycemia-recovered",
        "Do not drive until you have eaten and at least 45 minutes have passed with glucose back above 90 mg/dL (5 mmol/L); check before every drive.",
        "After a treated low, wait at least 45 minutes with glucose above 90 mg/dL, and after eating, before driving.",
        S,
        "reordering",
    ),
    (
        "anaphylaxis",
        "Skin signs are absent in about 1 in 10 cases, and low blood pressure can occur alone after a known trigger.",
        "Anaphylaxis always involves hives or other skin signs.",
        U,
        "always vs most",
    ),
    (
        "kidney-stone-pain",
        "People with renal colic typically cannot get comfortable and keep moving, unlike those with peritonitis, who lie still.",
        "Someone with kidney stone pain usually can't settle and keeps moving around, whereas peritonitis makes people lie still.",
        S,
        "paraphrase",
    ),
    (
        "preeclampsia-signs",
        "Gradual ankle swelling alone is common in healthy pregnancy (see ankle-swelling-mild) and is not by itself a sign.",
        "Gradual ankle swelling in pregnancy is an early sign of preeclampsia.",
        U,
        "reversed",
    ),
]


BAD_CHARS = set("#*`_[]|>")


def words(s):
    return len(s.split())


def validate(bodies):
    """Re-read the written files: every line JSON, ids unique, passages verbatim."""
    alltext = "\n".join(bodies.values())
    for name, key in (("retrieval_dev.jsonl", "ret"), ("judge_dev.jsonl", "judge")):
        ids = set()
        for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            obj = json.loads(line)
            assert obj["id"] not in ids, (name, obj["id"])
            ids.add(obj["id"])
            if key == "ret":
                assert set(obj) == {"id", "query", "relevant"}, obj["id"]
                for r in obj["relevant"]:
                    assert r["pathway_id"] in bodies and r["quote"] in bodies[r["pathway_id"]], obj[
                        "id"
                    ]
            else:
                assert set(obj) == {"id", "claim", "evidence", "supported"}, obj["id"]
                assert isinstance(obj["supported"], bool)
                assert obj["evidence"] in alltext, obj["id"]


def main():
    bodies = load_bodies()
    errors = []

    ret_lines = []
    pathways = Counter()
    ntags = Counter()
    seen_queries = set()
    for i, (query, rel, tags) in enumerate(RET, 1):
        rid = f"dev-ret-{i:04d}"
        if query in seen_queries:
            errors.append(f"{rid}: duplicate query")
        seen_queries.add(query)
        if not (1 <= len(rel) <= 3):
            errors.append(f"{rid}: {len(rel)} relevant passages")
        for pid, quote in rel:
            if pid not in bodies:
                errors.append(f"{rid}: unknown pathway {pid}")
                continue
            if quote not in bodies[pid]:
                errors.append(f"{rid}: quote not verbatim in {pid}: {quote!r}")
            if "\n" in quote or BAD_CHARS & set(quote) or quote.startswith("- "):
                errors.append(f"{rid}: markdown/newline in quote {quote!r}")
            if not (5 <= words(quote) <= 20):
                errors.append(f"{rid}: quote has {words(quote)} words: {quote!r}")
            if re.search(r"[.!?] [A-Z]", quote.rstrip(".")):
                errors.append(f"{rid}: quote may span sentences: {quote!r}")
            pathways[pid] += 1
        for t in tags.split():
            ntags[t] += 1
        ret_lines.append(
            {"id": rid, "query": query, "relevant": [{"pathway_id": p, "quote": q} for p, q in rel]}
        )

    jud_lines = []
    jpath = Counter()
    kinds = Counter()
    for i, (pid, ev, claim, sup, kind) in enumerate(JUD, 1):
        jid = f"dev-judge-{i:04d}"
        if pid not in bodies:
            errors.append(f"{jid}: unknown pathway {pid}")
            continue
        if ev not in bodies[pid]:
            errors.append(f"{jid}: evidence not verbatim in {pid}: {ev[:80]!r}")
        if "\n" in ev:
            errors.append(f"{jid}: newline in evidence")
        nsent = len(re.findall(r"[.!?](?:\s+(?=[A-Z\"])|$)", ev.strip())) or 1
        if nsent > 3:
            errors.append(f"{jid}: evidence has {nsent} sentences")
        if claim.strip() == ev.strip() or claim in ev:
            errors.append(f"{jid}: claim copies evidence")
        jpath[pid] += 1
        kinds[(sup, kind)] += 1
        jud_lines.append({"id": jid, "claim": claim, "evidence": ev, "supported": sup})

    if errors:
        print("\n".join(errors))
        sys.exit(1)

    with open(HERE / "retrieval_dev.jsonl", "w", encoding="utf-8") as f:
        for r in ret_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "judge_dev.jsonl", "w", encoding="utf-8") as f:
        for r in jud_lines:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    validate(bodies)
    nsup = sum(1 for r in jud_lines if r["supported"])
    print(
        f"retrieval: {len(ret_lines)} items, {len(pathways)} pathways, "
        f"{sum(len(r['relevant']) for r in ret_lines)} passages, tags={dict(ntags)}"
    )
    print(
        f"judge: {len(jud_lines)} items, supported={nsup}, unsupported={len(jud_lines) - nsup}, "
        f"{len(jpath)} pathways"
    )
    print("unsupported kinds:", Counter(k for (s, k) in kinds.elements() if not s))
    print("supported kinds:", Counter(k for (s, k) in kinds.elements() if s))
    missing = sorted(set(bodies) - set(pathways) - set(jpath))
    print("pathways in neither set:", missing)


if __name__ == "__main__":
    main()
