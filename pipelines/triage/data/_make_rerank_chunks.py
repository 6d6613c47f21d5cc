#!/usr/bin/env python3
"""Generate and validate the chunk-level reranker TRAINING set (rerank_chunks.jsonl).

Written for this project from the pathway corpus only (never the goldset); fictional. Apache-2.0.

Output (next to this script):
  rerank_chunks.jsonl  {"id": "rc-NNNN", "query", "relevant": [{"pathway_id", "quote"}]}

Checks (the script exits non-zero on any failure):
  - every pathway id exists and every quote is a verbatim substring of that pathway's body as
    pipelines/triage/corpus.py loads it (front matter removed);
  - every quote lies inside ONE sentence or list item of ONE section, as split by
    pipelines/triage/chunking.py, so it can never straddle a chunk boundary;
  - quotes are 5 to 20 words, with no markdown symbols or line breaks;
  - queries are unique and not near duplicates (token-set Jaccard >= 0.5) of each other, of the
    retrieval dev set or of rerank_pairs.jsonl;
  - every pathway has 3 to 5 items.
Run:  /work/venv/bin/python pipelines/triage/data/_make_rerank_chunks.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from harness.goldset.dedup import near_duplicate_pairs  # noqa: E402
from pipelines.triage.chunking import sections, split_sentences  # noqa: E402
from pipelines.triage.corpus import load_corpus  # noqa: E402

OUT = HERE / "rerank_chunks.jsonl"
DEV = REPO / "pipelines" / "triage" / "dev" / "retrieval_dev.jsonl"
PAIRS = HERE / "rerank_pairs.jsonl"
# Stricter than the goldset separation test (0.6): these items must be new cases, not rewordings.
NEAR_DUP = 0.5
_MARKDOWN = re.compile(r"[*#`_|\[\]\n\r]|^\s*-\s")

# Items: (query, [(pathway_id, quote), ...], tag)
# tag: "conf" = confusable neighbour, one detail in the message decides the pathway;
#      "fact" = needs a specific passage (dose, days, threshold, red-flag sign, self-care step);
#      ""     = general.
ITEMS: list[tuple[str, list[tuple[str, str]], str]] = []

# --- acute-confusion-elderly .. ear-pain-adult -------------------------------------------------
ITEMS += [
    (
        "My dad (79) was totally fine on Sunday. Since this morning he keeps dozing off mid-sentence and doesnt know what day it is. He started a new bladder pill last week, oxybutynin I think - could that do it?",
        [
            (
                "acute-confusion-elderly",
                "Medicines are a leading cause, especially anticholinergics such as diphenhydramine, oxybutynin and some older antidepressants",
            ),
            (
                "acute-confusion-elderly",
                "for review of any medicine started or changed in the past 2 weeks",
            ),
        ],
        "fact",
    ),
    (
        "nana lives with us, she's 88. her temp is only 99.6 but she's way more muddled than usual and keeps picking at the sheets. her normal is like 97.5 so is that even a fever??",
        [
            (
                "acute-confusion-elderly",
                "a rise of about 2 F (1.1 C) above their normal temperature can be significant",
            )
        ],
        "fact",
    ),
    (
        "My mother-in-law has been getting more forgetful bit by bit over the past year - losing her keys, telling the same stories twice. Nothing sudden at all. Who should we see about it?",
        [
            (
                "acute-confusion-elderly",
                "when memory has worsened slowly over weeks or months, for a routine cognitive assessment",
            )
        ],
        "conf",
    ),
    (
        "grandad is agitated and confused tonight and just won't settle. can i give him one of my benadryl so he sleeps? the visiting nurse comes tomorrow",
        [
            ("acute-confusion-elderly", "Do not give sleeping pills or sedating antihistamines."),
            (
                "acute-confusion-elderly",
                "Sudden confusion is not something to manage at home; a clinician should examine the person within hours today.",
            ),
        ],
        "fact",
    ),
    (
        "eyes went red and itchy after a weekend at my sister's (she has two cats). I wear contacts, ok to put them back in?",
        [
            (
                "allergic-conjunctivitis",
                "Leave contact lenses out until the eyes are white and comfortable",
            )
        ],
        "fact",
    ),
    (
        "Been using get-the-red-out drops every day this week for my allergy eyes and now they look redder than ever. what gives",
        [
            (
                "allergic-conjunctivitis",
                "drops containing naphazoline or tetrahydrozoline for more than 3 days; they cause rebound redness",
            )
        ],
        "fact",
    ),
    (
        "Bathroom cleaner with bleach splashed in my eye while I was scrubbing the tub. Burns. I rinsed it for maybe a minute - enough?",
        [
            (
                "allergic-conjunctivitis",
                "after flushing the eye with running water for at least 15 minutes",
            ),
            (
                "conjunctivitis-infective",
                "Chemical splash or injury: flush for 15 minutes and go to the emergency department.",
            ),
        ],
        "fact",
    ),
    (
        "only my right eye ever gets itchy and the skin on that eyelid has gone flaky and cracked. on and off for months.",
        [
            (
                "allergic-conjunctivitis",
                "Routine if only one eye is ever affected, or the eyelid skin becomes scaly and cracked.",
            )
        ],
        "",
    ),
    (
        "sneezing nonstop, itchy roof of my mouth, nose running like a tap, clear stuff. No temperature, no aches. Cold or allergies? This happens every May",
        [
            (
                "allergic-rhinitis-seasonal",
                "It does not cause fever or body aches, which helps separate it from a cold or flu.",
            )
        ],
        "conf",
    ),
    (
        "Which allergy tablet won't make me drowsy? I drive a forklift at work. My wife takes benadryl and it knocks her flat.",
        [
            (
                "allergic-rhinitis-seasonal",
                "Avoid diphenhydramine for regular use; it sedates, impairs driving and can cause confusion in people over 65.",
            ),
            ("allergic-rhinitis-seasonal", "Cetirizine causes drowsiness in about 1 in 7 users."),
        ],
        "fact",
    ),
    (
        "my steroid nose spray keeps giving me nosebleeds. am i using it wrong?",
        [
            (
                "allergic-rhinitis-seasonal",
                "Aim the nozzle toward the outer wall of the nostril, away from the septum, to reduce nosebleeds.",
            )
        ],
        "fact",
    ),
    (
        "Six springs in a row now I've been miserable with hay fever. Tried every spray and pill at the pharmacy. Is there anything beyond that, like allergy shots?",
        [
            (
                "allergic-rhinitis-seasonal",
                "Ask about allergy testing or immunotherapy if seasonal symptoms recur for several years despite treatment.",
            )
        ],
        "",
    ),
    (
        "only my left nostril is blocked, always, sometimes a bit bloody and it smells off. right side totally fine. is that my allergies?",
        [
            (
                "allergic-rhinitis-seasonal",
                "A persistently blocked nostril on one side only, with bleeding or a foul discharge",
            )
        ],
        "conf",
    ),
    (
        "Ate shrimp at a wedding, now hives and my throat feels tight and my voice is croaky. I took a benadryl - do I need the epipen or wait for the benadryl to kick in?",
        [
            ("anaphylaxis", "antihistamines and inhalers do not stop the reaction"),
            (
                "anaphylaxis",
                "Antihistamines can be taken after epinephrine for itch, never instead of it.",
            ),
        ],
        "conf",
    ),
    (
        "used my sons epipen for a wasp sting about 10 min ago, ambulance on the way, he's still wheezy and pale. we have a 2nd pen in the bag",
        [
            (
                "anaphylaxis",
                "If symptoms do not improve or return after 5 to 15 minutes, give a second dose if available.",
            )
        ],
        "fact",
    ),
    (
        "After the adrenaline shot my husband wants to get up and walk out to the car, he says he feels better. Is it ok for him to stand?",
        [
            (
                "anaphylaxis",
                "Do not stand or walk, even if feeling better, because sudden standing has caused collapse.",
            )
        ],
        "fact",
    ),
    (
        "We got home from the ER yesterday after my daughter's reaction to peanut butter. What do we need to sort out with our own doctor now?",
        [
            (
                "anaphylaxis",
                "get a prescription for two epinephrine auto-injectors and an anaphylaxis action plan",
            ),
            ("anaphylaxis", "arrange referral to an allergist for testing"),
        ],
        "",
    ),
    (
        "ER treated my allergic reaction 2 days ago and this morning the itchy skin and lip tingling are back. is that a second reaction?",
        [
            (
                "anaphylaxis",
                "Go back to the emergency department if symptoms return in the next 24 to 72 hours.",
            )
        ],
        "fact",
    ),
    (
        "My eyelid and one side of my upper lip swelled up overnight. Feels tight, not itchy, no rash anywhere, breathing and swallowing normal. Not on any blood pressure pills.",
        [
            ("angioedema", "feels tight or painful rather than itchy"),
            (
                "angioedema",
                "Swelling of lips or face that is stable, with normal breathing and swallowing, needs urgent same-day review within hours",
            ),
        ],
        "conf",
    ),
    (
        "my lips keep swelling up every couple of weeks for 2 months now, no idea why. my aunt apparently had the same thing",
        [
            ("angioedema", "swelling keeps recurring without a clear trigger over 6 weeks or more"),
            (
                "angioedema",
                "family members have had similar episodes, to arrange testing for hereditary angioedema",
            ),
        ],
        "fact",
    ),
    (
        "tongue feels thick and I'm having a hard time swallowing my own spit",
        [
            ("angioedema", "Change in voice, difficulty swallowing saliva, drooling."),
            (
                "angioedema",
                "Call emergency services immediately for tongue or throat swelling, voice change, drooling, noisy or difficult breathing, or fainting.",
            ),
        ],
        "conf",
    ),
    (
        "Face is puffy, sitting in urgent care waiting room. Should I lie down on the bench? And can I eat the sandwich I brought?",
        [
            ("angioedema", "Sit upright; do not lie flat."),
            ("angioedema", "Avoid eating until the swelling is assessed."),
        ],
        "fact",
    ),
    (
        "Our dog nipped my 7 year old on the calf, broke the skin a little. I washed it with soap for maybe 30 seconds. How long are you supposed to clean it?",
        [
            (
                "animal-bite-broken-skin",
                "Rinse the wound under running water and wash with soap for at least 5 minutes",
            )
        ],
        "fact",
    ),
    (
        "a stray cat in the alley behind work bit my finger. no clue if its had shots and it ran off",
        [
            (
                "animal-bite-broken-skin",
                "Same day if the animal cannot be found or observed, or its vaccination status is unknown.",
            )
        ],
        "fact",
    ),
    (
        "Friend's dog bit me 2 days ago and now it's throbbing, red and hot around the holes. My last tetanus was maybe 8 years back?",
        [
            (
                "animal-bite-broken-skin",
                "Same day if the wound becomes more painful, swollen or red within 24 to 48 hours.",
            ),
            (
                "animal-bite-broken-skin",
                "a booster is needed if more than 5 years have passed since the last dose",
            ),
        ],
        "fact",
    ),
    (
        "punched a guy at a bar (not proud) and split my knuckle on his tooth. it's swelling up. it's just a cut right",
        [
            (
                "animal-bite-broken-skin",
                "Human bite, including a knuckle cut on teeth in a fight: same day, high infection risk.",
            )
        ],
        "conf",
    ),
    (
        "they started me on rabies shots after the raccoon got me. when am i due for the rest?",
        [
            (
                "animal-bite-broken-skin",
                "keep every scheduled dose (for example days 0, 3, 7 and 14)",
            )
        ],
        "fact",
    ),
    (
        "fell off a ladder, about 8 feet. ankle is bent the wrong way and I banged my head on the way down",
        [
            (
                "ankle-injury-unable-weight",
                "High-energy injury (fall from height, car or motorcycle crash), or other injuries such as head or back: escalate.",
            )
        ],
        "fact",
    ),
    (
        "My husband hurt his foot at basketball and we wrapped it up tight with an ace bandage. Now his toes are tingly and kind of purple.",
        [
            (
                "ankle-injury-unable-weight",
                "A loose elastic wrap can help; loosen it at once if toes tingle, go numb or change colour.",
            )
        ],
        "fact",
    ),
    (
        "I have type 2 and can't feel my feet much. Tripped on a step and now my foot is red, hot and puffy but it barely hurts. Probably just a sprain?",
        [
            (
                "ankle-injury-unable-weight",
                "a hot, swollen, red foot after minor injury, even with little pain",
            ),
            (
                "diabetic-foot-sore",
                "A related emergency is Charcot foot, in which the bones of a numb foot weaken and collapse",
            ),
        ],
        "conf",
    ),
    (
        "I thought I'd just sprained my ankle on Friday but it's Tuesday and I still can't walk on it at all",
        [("ankle-injury-unable-weight", "still prevents walking after 3 to 5 days")],
        "conf",
    ),
    (
        "It's my right foot that's hurt, I'm on crutches waiting for the x-ray. Can I drive myself to the appointment? Took a couple of my leftover percocets.",
        [
            (
                "ankle-injury-unable-weight",
                "Do not drive if the right foot is injured or if taking sedating pain medicines.",
            )
        ],
        "fact",
    ),
    (
        "rolled my ankle on a trail run yesterday. swollen and bruised but i can hobble around ok. when can I get back to running? training for a half in 5 weeks",
        [("ankle-sprain-mild", "full return to sport in 2 to 4 weeks")],
        "fact",
    ),
    (
        "Sprained my ankle 3 days ago. When am I supposed to start moving it? It feels really stiff.",
        [
            (
                "ankle-sprain-mild",
                "After 48 hours, start gentle ankle circles and tracing the alphabet with the big toe",
            )
        ],
        "fact",
    ),
    (
        "Felt a pop at the back of my heel playing squash, like someone kicked me, and now I can't go up on my toes on that side",
        [
            (
                "ankle-sprain-mild",
                "A pop felt at the back of the heel with inability to rise on tiptoe: possible Achilles rupture, same day.",
            )
        ],
        "conf",
    ),
    (
        "this is my 4th sprain on the same ankle in 2 years, it just keeps giving out on me. anything I can do?",
        [
            (
                "ankle-sprain-mild",
                "Routine if the ankle keeps giving way or you have had several sprains on the same side",
            ),
            (
                "ankle-sprain-mild",
                "A lace-up brace or tape for sports over the next 6 months reduces re-sprains.",
            ),
        ],
        "",
    ),
    (
        "Both ankles swell up by the end of my shift (cashier, on my feet all day). What actually helps?",
        [
            (
                "ankle-swelling-mild",
                "Raise your legs above the level of your heart for 20 to 30 minutes, three or four times a day.",
            )
        ],
        "fact",
    ),
    (
        "ankles puffy and i'm up 3 pounds since yesterday. also needed 2 extra pillows to breathe last night",
        [
            (
                "ankle-swelling-mild",
                "Rapid weight gain: more than 2 lb (1 kg) in a day or 5 lb (2 kg) in a week.",
            ),
            (
                "ankle-swelling-mild",
                "Breathlessness, cough at night, or needing extra pillows to sleep.",
            ),
        ],
        "conf",
    ),
    (
        "Should I buy compression socks for my swollen ankles? I'm diabetic and my toes are a bit numb.",
        [
            (
                "ankle-swelling-mild",
                "check with a clinician first if you have diabetes, numb feet or poor circulation",
            )
        ],
        "fact",
    ),
    (
        "34 weeks pregnant, my ankles always swell, but today my face and hands puffed up all of a sudden and I've got a headache",
        [
            (
                "ankle-swelling-mild",
                "Pregnancy beyond 20 weeks with sudden swelling of face or hands, headache or vision changes.",
            )
        ],
        "conf",
    ),
    (
        "my ankles have been swollen for about 3 weeks and it doesn't go down overnight anymore. also my pee has gotten really foamy, weird",
        [("ankle-swelling-mild", "Swelling with dark or foamy urine, or passing much less urine.")],
        "",
    ),
    (
        "I take xarelto once a day with dinner and totally forgot last night's. It's now the next morning. Do I take 2 tonight?",
        [("anticoagulant-missed-dose", "if the next day has arrived, skip and continue")],
        "fact",
    ),
    (
        "oops I think I took my apixaban twice this morning, I was distracted with the kids. what now",
        [
            (
                "anticoagulant-missed-dose",
                "If two doses were taken by mistake, do not take the next dose early",
            )
        ],
        "fact",
    ),
    (
        "Mom is on coumadin and missed Monday AND Tuesday, I only just noticed looking at her pill box.",
        [
            (
                "anticoagulant-missed-dose",
                "Same day if you are on warfarin and missed doses on 2 or more days",
            )
        ],
        "fact",
    ),
    (
        "I take my xarelto 20 first thing in the morning before I eat anything. does that matter?",
        [
            (
                "anticoagulant-missed-dose",
                "Rivaroxaban 15 mg and 20 mg tablets should be taken with food to be absorbed properly.",
            )
        ],
        "fact",
    ),
    (
        "Honestly I've been skipping my blood thinner some days because the copay is so high. Is that bad?",
        [
            (
                "anticoagulant-missed-dose",
                "Same day if doses are missed because of side effects, cost or difficulty swallowing.",
            )
        ],
        "",
    ),
    (
        "my anxiety has been creeping up and now I'm having a couple of glasses of wine every night to calm down, plus a few of my roommate's xanax",
        [("anxiety-worsening", "you are using alcohol or non-prescribed drugs to cope")],
        "fact",
    ),
    (
        "Started sertraline 10 days ago and honestly I feel MORE anxious, jittery. Should I stop taking it?",
        [
            (
                "anxiety-worsening",
                "SSRIs can briefly increase anxiety in the first 1 to 2 weeks and take 4 to 6 weeks to work.",
            )
        ],
        "fact",
    ),
    (
        "i drink like 5 coffees a day and I'm on edge constantly. how much caffeine is actually ok?",
        [
            (
                "anxiety-worsening",
                "Limit caffeine to under 200 mg a day (about 2 cups of coffee) and avoid energy drinks",
            )
        ],
        "fact",
    ),
    (
        "I'm 52, I smoke, and I had what I think was a panic attack climbing stairs at work - chest went tight and I couldn't catch my breath. Never had one before.",
        [
            (
                "anxiety-worsening",
                "Chest pain, pressure or breathlessness, particularly a first episode or with exertion",
            )
        ],
        "conf",
    ),
    (
        "Gave my 16 year old 10 puffs of the blue inhaler through the spacer and he's still struggling and can barely talk. Ambulance called. What do I do while we wait?",
        [
            (
                "asthma-attack-severe",
                "Repeat every 20 minutes for up to 1 hour while help is on the way",
            )
        ],
        "fact",
    ),
    (
        "finger pulse ox says 90% and I'm wheezing bad even after my inhaler",
        [
            (
                "asthma-attack-severe",
                "A life-threatening attack is marked by peak flow under 33%, oxygen saturation under 92%",
            )
        ],
        "fact",
    ),
    (
        "Was in the ER last night with asthma, they gave me steroids and sent me home. Am I supposed to follow up with anyone?",
        [
            (
                "asthma-attack-severe",
                "within 2 working days after any emergency visit or hospital stay for asthma",
            )
        ],
        "fact",
    ),
    (
        "her wheezing has gone quiet but she looks worse, really worn out and hardly moving air. quiet is good isn't it??",
        [("asthma-attack-severe", "so little air moving that wheeze disappears")],
        "conf",
    ),
    (
        "I've been on prednisone twice this year for my asthma and I'm using my rescue puffer a few times every week. Not in trouble right now, just wondering if that's a problem.",
        [
            (
                "asthma-attack-severe",
                "if you have used oral steroids twice or more in 12 months or a reliever more than twice a week",
            )
        ],
        "",
    ),
    (
        "I use symbicort for everything, daily and as rescue. how many puffs max in a day when I'm flaring?",
        [
            (
                "asthma-flare-mild",
                "take 1 inhalation as needed, up to a maximum of 12 inhalations in a day",
            )
        ],
        "fact",
    ),
    (
        "After my albuterol my hands shake and my heart races. Is that an allergic reaction to it?",
        [
            (
                "asthma-flare-mild",
                "Shaking, a fast heartbeat and jitteriness after albuterol are expected side effects.",
            )
        ],
        "fact",
    ),
    (
        "asthma's been acting up since I caught a cold but I'm better now, can I take a break from the steroid inhaler?",
        [
            (
                "asthma-flare-mild",
                "Keep taking your preventer (inhaled steroid) every day; do not stop it because you feel better.",
            )
        ],
        "fact",
    ),
    (
        "Been following the yellow zone on my plan for 2 days and I'm still waking up at night coughing and wheezy.",
        [
            (
                "asthma-flare-mild",
                "if symptoms are not better after 48 hours of the yellow-zone plan",
            )
        ],
        "fact",
    ),
    (
        "been putting clotrimazole on my athletes foot and the skin looks normal now. ok to stop?",
        [
            (
                "athletes-foot",
                "continue for 1 to 2 weeks after the skin looks clear, typically about 4 weeks in total",
            )
        ],
        "fact",
    ),
    (
        "My big toenails have gone thick, yellow and crumbly. Will the foot cream fix them too?",
        [
            (
                "athletes-foot",
                "nail infections rarely respond to creams and may need oral treatment after a blood test",
            )
        ],
        "fact",
    ),
    (
        "Itchy cracks between my toes and now the top of my foot is red and warm, and there's a red line going up toward my ankle",
        [
            (
                "athletes-foot",
                "Spreading redness, warmth, swelling or red streaks up the foot or leg, or fever",
            )
        ],
        "conf",
    ),
    (
        "our whole family keeps getting foot fungus - me, my husband, both teenage boys. how do we stop passing it around??",
        [
            (
                "athletes-foot",
                "Treat everyone in the household who has symptoms to avoid passing it back and forth.",
            ),
            ("athletes-foot", "Wear sandals in communal showers, locker rooms and around pools."),
        ],
        "",
    ),
    (
        "I'm 27 weeks and just had some painless bright red bleeding, not much. Baby is moving. Can I just call the office in the morning?",
        [
            ("bleeding-pregnancy", "Bleeding at 20 weeks or later, with or without pain."),
            (
                "bleeding-pregnancy",
                "you are 20 weeks or more pregnant and have any bleeding, leaking fluid, contractions or reduced baby movements",
            ),
        ],
        "conf",
    ),
    (
        "spotting at 8 weeks with some cramps. can I take advil for the cramping?",
        [
            (
                "bleeding-pregnancy",
                "Acetaminophen can be used for cramps; avoid ibuprofen and aspirin unless prescribed.",
            )
        ],
        "fact",
    ),
    (
        "I had a miscarriage last week and a D&C. Now I'm bleeding again and have a fever of 101.",
        [("bleeding-pregnancy", "you have fever with bleeding after a miscarriage or procedure")],
        "fact",
    ),
    (
        "I'm O negative and 11 weeks along, had a little brown spotting today. does my blood type matter for this?",
        [
            (
                "bleeding-pregnancy",
                "Rh-negative people usually need Rho(D) immune globulin within 72 hours of a bleed to prevent antibodies.",
            )
        ],
        "fact",
    ),
    (
        "low back pain for weeks, now both legs are tingling and weak and my right foot slaps the floor when I walk",
        [("cauda-equina", "Pain or numbness in both legs, or progressive weakness or foot drop.")],
        "conf",
    ),
    (
        "Weirdly my back pain is better, but I can barely tell when I need to pee and I had a small accident today. Strange that the back improved?",
        [
            ("cauda-equina", "Back pain may actually ease as nerve damage progresses."),
            (
                "cauda-equina",
                "New difficulty urinating, inability to pass urine, or loss of urge sensation.",
            ),
        ],
        "conf",
    ),
    (
        "I'm on oxycodone for a slipped disc and now I'm having trouble getting my pee started. Is that just the pills?",
        [
            (
                "cauda-equina",
                "opioid pain relievers, which can also cause urinary retention but do not explain saddle numbness",
            )
        ],
        "conf",
    ),
    (
        "Heading to the ER now, my bum and inner thighs went numb with my bad disc. Should I grab something to eat first since it'll be a long wait?",
        [("cauda-equina", "Avoid eating in case surgery is needed.")],
        "fact",
    ),
    (
        "red, swollen, hot patch on my cheek right by my eye since yesterday and it's spreading",
        [
            (
                "cellulitis-early",
                "Redness around the eye or on the face: escalate for urgent assessment.",
            )
        ],
        "conf",
    ),
    (
        "My leg infection hurts WAY more than it looks and now there are purple blotches and a blister. Antibiotics started yesterday.",
        [
            (
                "cellulitis-early",
                "Pain out of proportion to the redness, rapidly spreading dusky or purple skin, blisters",
            )
        ],
        "conf",
    ),
    (
        "third time this year I've had cellulitis in the same leg. is there anything that stops it coming back?",
        [
            (
                "cellulitis-early",
                "Routine appointment for 2 or more episodes in a year, to discuss preventing recurrence.",
            ),
            (
                "cellulitis-early",
                "Once healed, treat athlete's foot, moisturise dry cracked skin, and wear compression stockings if advised",
            ),
        ],
        "fact",
    ),
    (
        "Red streaks going up from the infected cut on my hand towards my armpit, and I feel shivery",
        [("cellulitis-early", "red streaks running toward the armpit or groin")],
        "fact",
    ),
    (
        "Both my lower legs are red, scaly and itchy, pretty much the same on each side, been like that a while. Is that cellulitis?",
        [("cellulitis-early", "both legs red and scaly is often stasis dermatitis")],
        "conf",
    ),
    (
        "I'm taking my prochlorperazine rescue pill 4 or 5 times a day to get through the nausea after chemo. Keeping water down fine.",
        [("chemo-nausea-controlled", "you need the rescue medicine more than 3 times a day")],
        "fact",
    ),
    (
        "chemo (cisplatin) was monday, today is thursday and the nausea is worse than day one. is that normal??",
        [
            (
                "chemo-nausea-controlled",
                "delayed, from day 2 to about day 5, often peaking 48 to 72 hours after drugs such as cisplatin",
            )
        ],
        "fact",
    ),
    (
        "I start feeling sick in the car on the way to my infusion, before they've even hooked me up to anything.",
        [
            (
                "chemo-nausea-controlled",
                "anticipatory, triggered by sights or smells before a cycle in people who had bad nausea before",
            ),
            ("chemo-nausea-controlled", "anticipatory nausea starts before treatment days"),
        ],
        "fact",
    ),
    (
        "queasy ever since chemo and I've dropped about 6 lbs since my last cycle, barely eating. still drinking ok",
        [
            (
                "chemo-nausea-controlled",
                "if you have lost more than 2 kg (about 5 lb) since your last cycle",
            )
        ],
        "fact",
    ),
    (
        "On keytruda for 2 months and I have new nausea this week. Is this the same chemo sickness thing?",
        [
            (
                "chemo-nausea-controlled",
                "new nausea weeks into immunotherapy may signal hepatitis or a hormone problem",
            )
        ],
        "conf",
    ),
    (
        "my mom is 68 and diabetic, she says she's just super tired, short of breath and has indigestion. no real chest pain. should I worry?",
        [
            (
                "chest-pain-cardiac",
                "more often have breathlessness, fatigue, indigestion-like discomfort or no chest pain at all",
            )
        ],
        "conf",
    ),
    (
        "Had a pressure in my chest this morning for maybe 15 minutes and it's gone now. Should I just book a regular appointment?",
        [
            (
                "chest-pain-cardiac",
                "for chest pain that has eased but lasted more than 5 minutes in the past few hours",
            ),
            (
                "chest-pain-cardiac",
                "The clinic is not the right place for possible cardiac chest pain, even if it has eased.",
            ),
        ],
        "fact",
    ),
    (
        "HE COLLAPSED not breathing right, 911 on speaker. how fast do I push on his chest",
        [
            (
                "chest-pain-cardiac",
                "pushing hard and fast in the center of the chest at 100 to 120 compressions per minute",
            )
        ],
        "fact",
    ),
    (
        "I put a nitro under my tongue 5 minutes ago and the pain is still there. How many more can I take?",
        [("chest-pain-cardiac", "up to 3 doses, 5 minutes apart, can be taken")],
        "fact",
    ),
    (
        "Ripping pain right through to my back between the shoulder blades, came out of nowhere while I was lifting",
        [
            (
                "chest-pain-cardiac",
                "Pain that tears through to the back may be an aortic dissection and is also an emergency.",
            )
        ],
        "conf",
    ),
    (
        "got a cold and I have high blood pressure that isn't great. Ok to take sudafed for my stuffy nose?",
        [
            (
                "common-cold",
                "can raise blood pressure and heart rate; avoid it with uncontrolled high blood pressure",
            )
        ],
        "fact",
    ),
    (
        "Snot has gone thick and green, day 4 of this cold. Do I need antibiotics now?",
        [
            (
                "common-cold",
                "Thick yellow or green mucus is part of the normal course and does not by itself mean a bacterial infection",
            )
        ],
        "fact",
    ),
    (
        "cold started 12 days ago, got better, and this week I'm worse again with pain in my cheeks and forehead",
        [("common-cold", "Symptoms that improve and then worsen")],
        "conf",
    ),
    (
        "I have a cold. When am I not contagious anymore? My sister is bringing her newborn over this weekend.",
        [("common-cold", "People are most contagious in the first 2 to 3 days.")],
        "",
    ),
    (
        "I was fine yesterday, today it hit me like a truck: 103 fever, shaking chills, every muscle aching. Just a bad cold?",
        [
            (
                "common-cold",
                "influenza, which starts abruptly with high fever, shaking chills and strong body aches",
            )
        ],
        "conf",
    ),
    (
        "my 2 week old has yellow goopy stuff coming out of one eye",
        [("conjunctivitis-infective", "Baby under 4 weeks old with eye discharge: same day.")],
        "conf",
    ),
    (
        "Caught pink eye from my kid. How do I clean the gunk off properly without spreading it?",
        [
            (
                "conjunctivitis-infective",
                "Clean discharge from the inner corner outward with cotton pads soaked in cooled boiled water",
            )
        ],
        "fact",
    ),
    (
        "I wear monthly contacts and my eye is red and really hurts, light bothers it a lot",
        [
            (
                "conjunctivitis-infective",
                "Contact lens wearer with a red, painful eye: possible corneal infection (keratitis)",
            )
        ],
        "conf",
    ),
    (
        "Watery pink eye going on two and a half weeks, still red. How long is this supposed to last?",
        [
            (
                "conjunctivitis-infective",
                "it usually worsens for 3 to 5 days and clears in 1 to 2 weeks, sometimes 3",
            )
        ],
        "fact",
    ),
    (
        "red eye plus a blistery rash on my forehead and on the tip of my nose",
        [
            (
                "conjunctivitis-infective",
                "Red eye with a blistering rash on the forehead or tip of the nose: shingles of the eye, same day.",
            )
        ],
        "conf",
    ),
    (
        "how much miralax do I take and how long till it works",
        [
            (
                "constipation-adult",
                "Polyethylene glycol 3350, 17 g dissolved in 4 to 8 oz (120 to 240 mL) of liquid once a day",
            ),
            ("constipation-adult", "softens stools within 1 to 3 days"),
        ],
        "fact",
    ),
    (
        "no poop in 4 days, belly is swollen and hard, I've been throwing up and I'm not even passing gas",
        [
            (
                "constipation-adult",
                "No stool and no passing of gas, with vomiting, cramping pain and a swollen belly",
            )
        ],
        "conf",
    ),
    (
        "I'm 58 and my bowels changed in the last 2 months, never been constipated in my life, and I've lost some weight without dieting",
        [
            ("constipation-adult", "a first change in habit after age 50"),
            (
                "constipation-adult",
                "Weight loss without trying, a persistent change in bowel habit over 6 weeks",
            ),
        ],
        "fact",
    ),
    (
        "Started tramadol for my knee and haven't had a proper BM since. Anything regular I should be taking?",
        [
            (
                "constipation-adult",
                "Routine review of medicines when constipation began after a new prescription, especially an opioid",
            )
        ],
        "fact",
    ),
    (
        "I started eating a ton of bran and beans to fix my constipation and now I'm so gassy and bloated lol",
        [
            ("constipation-adult", "Increase fibre gradually over 1 to 2 weeks"),
            ("constipation-adult", "a sudden jump causes gas and bloating"),
        ],
        "fact",
    ),
    (
        "Dry tickly cough for 2 months. I take ramipril for my blood pressure - could they be related?",
        [
            (
                "cough-persistent",
                "ACE inhibitor blood pressure medicines (lisinopril, ramipril and others) cause a dry cough",
            )
        ],
        "conf",
    ),
    (
        "60 y/o ex-smoker (quit 10 yrs ago), been coughing for 5 weeks and my voice has gone hoarse",
        [
            (
                "cough-persistent",
                "Smoker or ex-smoker over 40 with a new or changed cough, or a hoarse voice for more than 3 weeks",
            )
        ],
        "fact",
    ),
    (
        "coughing fits so bad I throw up and there's a whooping noise when I breathe back in. we have a 2 month old at home",
        [
            (
                "cough-persistent",
                "Same day for coughing fits ending in a whoop or vomiting, especially with infants at home.",
            )
        ],
        "conf",
    ),
    (
        "Cough for 6 weeks, I'm always clearing my throat and can feel mucus dripping down the back. What can I try at home?",
        [
            (
                "cough-persistent",
                "try saline nasal rinses and a steroid nasal spray for 2 to 4 weeks",
            )
        ],
        "fact",
    ),
    (
        "keep coughing, waking up drenched in sweat, and I've lost 10 lbs without trying",
        [
            (
                "cough-persistent",
                "Weight loss, night sweats, fever, or recent contact with tuberculosis: same day or early routine.",
            )
        ],
        "",
    ),
    (
        "Tested positive for covid this morning. I'm 71 and on a statin. My sister says there's a pill I can get?",
        [
            (
                "covid-mild",
                "Nirmatrelvir with ritonavir (Paxlovid) must start within 5 days of symptom onset",
            ),
            (
                "covid-mild",
                "interacts with many medicines, including some statins, blood thinners and heart drugs",
            ),
        ],
        "fact",
    ),
    (
        "when can I go back to the office after covid? no fever since tuesday, still a bit of a cough",
        [
            (
                "covid-mild",
                "until you have been fever-free for 24 hours without fever-reducing medicine and your symptoms are improving",
            )
        ],
        "fact",
    ),
    (
        "My oximeter keeps reading 93 or 94 while resting. Covid day 3, I feel ok-ish.",
        [("covid-mild", "oxygen readings are 93 to 94% at rest")],
        "fact",
    ),
    (
        "had covid 6 weeks ago and I'm still exhausted, my brain feels foggy at work",
        [
            (
                "covid-mild",
                "Book a routine visit if cough, fatigue, breathlessness or brain fog last more than 4 weeks (possible long COVID).",
            )
        ],
        "fact",
    ),
    (
        "Covid positive, and out of nowhere I'm breathless and my left calf is swollen and sore",
        [("covid-mild", "Sudden breathlessness with a swollen calf suggests a clot")],
        "conf",
    ),
    (
        "Toddler has that seal bark cough tonight for the first time. Breathing is quiet when she settles and she's still playing. Wait till morning?",
        [
            (
                "croup-mild",
                "Mild croup means the bark is present but the child breathes quietly at rest",
            ),
            (
                "croup-mild",
                "your child has a barking cough and is under 3 years old, or it is the first episode",
            ),
        ],
        "conf",
    ),
    (
        "should I put my 2yo in the bathroom with the hot shower going? my mom says boil a kettle next to his bed",
        [("croup-mild", "Never use boiling water or hot steam near a child.")],
        "fact",
    ),
    (
        "croupy kid, I counted 48 breaths in a minute and the skin is sucking in under his ribs",
        [
            ("croup-mild", "breathing is very fast (over 40 breaths a minute in a toddler)"),
            (
                "croup-mild",
                "Retractions: the skin sinks in above the breastbone or between the ribs.",
            ),
        ],
        "fact",
    ),
    (
        "My son's barky cough is on day 6 now. I thought it would be gone by now.",
        [("croup-mild", "the bark lasts more than 3 to 5 days or keeps coming back")],
        "fact",
    ),
    (
        "daughter is 4, high fever, drooling, won't swallow, sitting leaning forward, voice sounds muffled. croup?",
        [
            (
                "croup-mild",
                "Croup differs from epiglottitis (high fever, drooling, a child sitting forward who looks very ill)",
            )
        ],
        "conf",
    ),
    (
        "33 weeks and the baby has been less wiggly today. I drank ice cold orange juice to wake him up and got a couple of kicks. We're fine then?",
        [
            (
                "decreased-fetal-movement",
                "Do not rely on cold drinks, sugary food or prodding the bump to wake the baby",
            )
        ],
        "fact",
    ),
    (
        "I bought a heartbeat doppler online. Can I just use that to check on her when she's quiet?",
        [
            (
                "decreased-fetal-movement",
                "Home Doppler heartbeat monitors are not recommended, because hearing a heartbeat does not mean the baby is well",
            )
        ],
        "fact",
    ),
    (
        "38 weeks and movements have slowed. I figured they move less at the end because there's no room?",
        [
            (
                "decreased-fetal-movement",
                "It is a myth that babies move less toward the end of pregnancy",
            )
        ],
        "fact",
    ),
    (
        "I'm 31 weeks, slipped on the ice and landed on my belly. She's kicking like normal though.",
        [
            (
                "decreased-fetal-movement",
                "After a fall, car crash or blow to the abdomen, be assessed the same day even if movements seem normal.",
            )
        ],
        "conf",
    ),
    (
        "How many kicks am I supposed to count and for how long? First baby, no idea what's normal",
        [
            (
                "decreased-fetal-movement",
                "Fewer than 10 movements in 2 hours while lying on your side and paying attention.",
            )
        ],
        "fact",
    ),
    (
        "I'm diabetic and found a blister on my heel from new shoes. Doesn't hurt at all. Just put a bandaid on it?",
        [
            (
                "diabetic-foot-sore",
                "should be seen by a clinician or foot protection team within one working day",
            )
        ],
        "fact",
    ),
    (
        "dad is diabetic and the callus on the ball of his foot went dark, like there's blood under it",
        [("diabetic-foot-sore", "a callus turns dark or has blood under it")],
        "fact",
    ),
    (
        "Can I soak my feet in epsom salts and file the hard skin off myself? Type 2 diabetic.",
        [
            (
                "diabetic-foot-sore",
                "Do not soak the foot, use corn plasters, acid treatments or heating pads, or cut skin yourself.",
            )
        ],
        "fact",
    ),
    (
        "podiatry has been treating a sore on my foot for 3 weeks and it's not getting any smaller, and there's some new ooze",
        [
            (
                "diabetic-foot-sore",
                "a wound already being treated is not smaller after 2 weeks, or new drainage appears",
            )
        ],
        "fact",
    ),
    (
        "Diabetic with a foot wound, and my sugars have been over 300 for 2 days. Haven't changed anything else.",
        [
            (
                "diabetic-foot-sore",
                "blood glucose staying above 300 mg/dL (16.7 mmol/L) without another reason",
            )
        ],
        "fact",
    ),
    (
        "ENT says my dizziness is the crystal thing in the ear. Does it go away by itself or am I stuck with it? Started 2 weeks ago.",
        [
            (
                "dizziness-positional",
                "Untreated, BPPV often resolves within a few weeks, but it commonly recurs.",
            )
        ],
        "fact",
    ),
    (
        "Nonstop spinning since yesterday, I can't walk straight and I keep throwing up.",
        [
            ("dizziness-positional", "Constant spinning that lasts hours or days is not BPPV"),
            (
                "dizziness-positional",
                "Go to the emergency department for continuous vertigo lasting more than a few hours with vomiting",
            ),
        ],
        "conf",
    ),
    (
        "doc says I have BPPV. should I take meclizine every day until it goes away?",
        [
            (
                "dizziness-positional",
                "Meclizine and similar antihistamines do not cure BPPV and can slow adaptation and cause drowsiness",
            )
        ],
        "fact",
    ),
    (
        "I get spinning when I look up, and yesterday my left ear suddenly went muffled and started ringing",
        [
            (
                "dizziness-positional",
                "Sudden hearing loss or ringing in one ear with vertigo: same day.",
            )
        ],
        "conf",
    ),
    (
        "Saw a youtube video of the Epley thing. Can I just do it myself at home?",
        [
            (
                "dizziness-positional",
                "Only try a home repositioning manoeuvre after a clinician has confirmed which ear is affected and shown you how.",
            )
        ],
        "fact",
    ),
    (
        "my 14 yo is type 1 and has been vomiting since this morning, ketones 1.2, she's still sipping some water",
        [
            (
                "dka-signs",
                "Children with diabetes who are vomiting need assessment urgently, because DKA develops faster in them.",
            ),
            ("dka-signs", "any vomiting with raised ketones"),
        ],
        "conf",
    ),
    (
        "I'm on jardiance and feel awful, nauseous, but my sugar is only 190 so it can't be DKA, right?",
        [
            ("dka-signs", "can develop euglycemic DKA with glucose under 250 mg/dL"),
            ("dka-signs", "Stop SGLT2 inhibitor tablets when unwell and tell the team."),
        ],
        "conf",
    ),
    (
        "sick with the flu and not eating. should i skip my lantus?",
        [("dka-signs", "Never stop basal (long-acting) insulin, even if not eating.")],
        "fact",
    ),
    (
        "I think my pump site came loose overnight, sugar is 340 and ketones 0.9. Not vomiting.",
        [
            (
                "dka-signs",
                "give a correction dose by pen or syringe as your sick-day plan says and change the infusion set",
            )
        ],
        "fact",
    ),
    (
        "How often should I check my sugar and ketones when I'm sick?",
        [("dka-signs", "Recheck glucose and ketones every 2 to 4 hours during illness.")],
        "fact",
    ),
    (
        "Rash came up on day 9 of amoxicillin - flat pink spots on my belly spreading to my arms, itchy, no blisters. I have 1 more day of pills.",
        [
            ("drug-rash-mild", "It typically appears 4 to 14 days after starting a new medicine"),
            (
                "drug-rash-mild",
                "Do not take the next dose until you have spoken with the clinic the same day",
            ),
        ],
        "fact",
    ),
    (
        "I finished my antibiotics last week and now I've got a rash. The course is over so does it even matter?",
        [
            (
                "drug-rash-mild",
                "Same day for any new rash within 8 weeks of starting a medicine, including antibiotics that have already finished.",
            )
        ],
        "fact",
    ),
    (
        "I'm on lamotrigine and just noticed a small rash on my chest",
        [
            (
                "drug-rash-mild",
                "Any rash on lamotrigine, or on carbamazepine or allopurinol in the first 2 months",
            )
        ],
        "fact",
    ),
    (
        "3 weeks on a new seizure med and now fever 101, my face is puffy, neck glands swollen and a rash everywhere",
        [
            (
                "drug-rash-mild",
                "DRESS (2 to 8 weeks after starting, with fever, facial swelling, widespread rash and swollen glands)",
            )
        ],
        "conf",
    ),
    (
        "I've been told I'm allergic to penicillin since I was little. Can I get tested to see if it's real?",
        [
            (
                "drug-rash-mild",
                "since most people labelled penicillin-allergic can later take it safely",
            ),
            (
                "drug-rash-mild",
                "Routine follow-up to discuss allergy testing, especially for penicillin",
            ),
        ],
        "",
    ),
    (
        "My right calf has been sore and swollen since the cast came off. I measured and it's 4 cm bigger than the left one.",
        [
            (
                "dvt-leg-swelling",
                "A difference of 3 cm or more in calf circumference, measured 10 cm below the kneecap, increases the likelihood.",
            )
        ],
        "fact",
    ),
    (
        "just got diagnosed with a clot in my leg and started eliquis. now my gums bleed when I brush",
        [
            (
                "dvt-leg-swelling",
                "the same day for minor bleeding on treatment such as gum bleeding or bruising",
            )
        ],
        "fact",
    ),
    (
        "my whole leg is swollen huge and it's turned a bluish colour and feels cold to touch",
        [("dvt-leg-swelling", "The whole leg is massively swollen, blue or white and cold.")],
        "fact",
    ),
    (
        "Sudden pain behind my knee, now the calf is puffy. I've had a Baker's cyst there before.",
        [("dvt-leg-swelling", "a ruptured Baker's cyst, which causes sudden pain behind the knee")],
        "conf",
    ),
    (
        "I'm on the pill and one calf has been swollen and achy for 2 days. Can I massage it out?",
        [
            ("dvt-leg-swelling", "Do not massage the calf or use vigorous exercise on the leg."),
            ("dvt-leg-swelling", "Known previous clot, or taking estrogen."),
        ],
        "fact",
    ),
    (
        "Urgent care gave me drops for swimmer's ear on Saturday. It's Monday and still sore - how long before they kick in?",
        [
            (
                "ear-pain-adult",
                "Swimmer's ear usually needs prescription drops and improves within 48 to 72 hours of starting them.",
            )
        ],
        "fact",
    ),
    (
        "Bad earache all night then a pop and pus came out. Pain is actually much better now. Can I put some drops in?",
        [
            (
                "ear-pain-adult",
                "if the eardrum ruptures, pus may leak and the pain often suddenly eases",
            ),
            (
                "ear-pain-adult",
                "Do not use any drops if there is discharge or a suspected perforated eardrum unless a clinician prescribes them.",
            ),
        ],
        "conf",
    ),
    (
        "woke up basically deaf in my right ear. no pain, no cold, it's just gone",
        [("ear-pain-adult", "Same day for sudden hearing loss in one ear, even without pain.")],
        "fact",
    ),
    (
        "ear pain and now half my face is drooping and there are blisters in my ear",
        [
            (
                "ear-pain-adult",
                "Weakness of one side of the face, or painful blisters in or around the ear",
            )
        ],
        "conf",
    ),
    (
        "Flew back from Denver 4 days ago and my ears still feel plugged. Any tricks?",
        [
            (
                "ear-pain-adult",
                "For pressure after a cold or flight, yawn, swallow, or gently pinch the nose and blow with the mouth closed",
            ),
            (
                "ear-pain-adult",
                "eustachian tube blockage after a cold or flight can leave fullness for up to 2 weeks",
            ),
        ],
        "fact",
    ),
]

# --- ectopic-pregnancy-signs .. ici-endocrine-crisis -------------------------------------------
ITEMS += [
    (
        "Positive test 5 days ago and I have an IUD in!! Now crampy on the right side. Is that even possible?",
        [
            ("ectopic-pregnancy-signs", "becoming pregnant with an IUD in place"),
            (
                "ectopic-pregnancy-signs",
                "Positive pregnancy test with pain low on one side, especially if sharp, persistent or worsening.",
            ),
        ],
        "conf",
    ),
    (
        "I got the methotrexate shot for an ectopic last week. How long until we can try again?",
        [("ectopic-pregnancy-signs", "Avoid pregnancy for at least 3 months after methotrexate")],
        "fact",
    ),
    (
        "about 6 weeks pregnant, no scan yet. pain low on the left and now this weird pressure in my bottom like I need to go constantly",
        [
            (
                "ectopic-pregnancy-signs",
                "Feeling of pressure in the rectum, or diarrhea-like urge with pain.",
            )
        ],
        "fact",
    ),
    (
        "Had an ectopic two years ago. Just got a positive test - no pain, tiny bit of spotting. Anything I should be doing?",
        [
            (
                "ectopic-pregnancy-signs",
                "mild spotting and no pain, and a previous ectopic or tubal surgery, for an early scan",
            )
        ],
        "conf",
    ),
    (
        "How much hydrocortisone cream am I meant to squeeze out? The tube doesn't say.",
        [
            (
                "eczema-mild-flare",
                "a line squeezed from the tip to the first crease of an adult finger",
            )
        ],
        "fact",
    ),
    (
        "My son's eczema suddenly has little punched-out blisters and crusty sores on it, and he's running a fever",
        [
            (
                "eczema-mild-flare",
                "Clusters of small, painful, punched-out blisters or crusted sores over eczema, often with fever and feeling unwell",
            )
        ],
        "conf",
    ),
    (
        "do I put the moisturizer on first or the steroid cream? does the order matter at all",
        [("eczema-mild-flare", "Apply moisturiser and steroid about 15 to 30 minutes apart.")],
        "fact",
    ),
    (
        "Eczema in the crook of both elbows. 10 days of the 1% cream plus lotion and it's still angry and red.",
        [
            (
                "eczema-mild-flare",
                "Routine appointment if the flare has not improved after 7 days of hydrocortisone and moisturiser",
            )
        ],
        "fact",
    ),
    (
        "does zyrtec help with eczema itch? my 9 year old is scratching all night",
        [("eczema-mild-flare", "A non-sedating antihistamine does little for eczema itch")],
        "fact",
    ),
    (
        "Condom broke 4 days ago. Is it too late for the morning after pill?",
        [
            (
                "emergency-contraception",
                "it can be used up to 120 hours but becomes less reliable each day",
            ),
            (
                "emergency-contraception",
                "Ulipristal acetate 30 mg (brand ella) is a prescription tablet that works up to 120 hours",
            ),
        ],
        "fact",
    ),
    (
        "took plan b about an hour ago and just threw up :(",
        [
            (
                "emergency-contraception",
                "Vomiting within 2 hours of levonorgestrel or within 3 hours of ulipristal (the dose may need repeating).",
            )
        ],
        "fact",
    ),
    (
        "I weigh around 90 kg. Does the over the counter morning after pill still work for me?",
        [
            (
                "emergency-contraception",
                "Levonorgestrel may work less well in people weighing more than about 70 kg (155 lb)",
            )
        ],
        "fact",
    ),
    (
        "Took ella on Tuesday. When can I go back on my regular birth control pill?",
        [
            (
                "emergency-contraception",
                "After ulipristal, wait 5 days before restarting hormonal birth control",
            )
        ],
        "fact",
    ),
    (
        "took the morning-after pill 2 weeks ago and now my period is 9 days late",
        [
            (
                "emergency-contraception",
                "If your period is more than 7 days late or is unusually light, take a pregnancy test and call.",
            )
        ],
        "",
    ),
    (
        "I'm on chemo. Temp was 99.8 this afternoon, no other symptoms, I feel ok.",
        [
            (
                "febrile-neutropenia",
                "for a temperature of 99.5 to 100.3 F (37.5 to 38.2 C) with no other symptoms",
            )
        ],
        "conf",
    ),
    (
        "My husband is on chemo and the skin around his port is red and sore. His temperature is normal though.",
        [("febrile-neutropenia", "pain, redness or swelling at a port, PICC line or wound")],
        "fact",
    ),
    (
        "can I use the rectal thermometer? the oral one broke. I'm between chemo cycles",
        [
            (
                "febrile-neutropenia",
                "Use an oral thermometer; do not take rectal temperatures or use suppositories during chemotherapy.",
            )
        ],
        "fact",
    ),
    (
        "It's 2am, I'm on chemo and my temp is 100.8. Do I really need to go in at this hour or can I call the clinic when it opens?",
        [
            (
                "febrile-neutropenia",
                "every patient on chemotherapy is told to treat a fever as an emergency, at any hour",
            )
        ],
        "conf",
    ),
    (
        "32F, flu-ish, fever 101.5 for 2 days. Can I do 1000 of tylenol every 6 hours? I'll be honest, I drink quite a lot most nights.",
        [
            (
                "fever-adult-viral",
                "no more than 3,000 mg in 24 hours (2,000 mg if you drink alcohol heavily or have liver disease)",
            )
        ],
        "fact",
    ),
    (
        "Got back from visiting family in Ghana 2 months ago and now I'm having high fevers and chills.",
        [
            (
                "fever-adult-viral",
                "Recent travel to a malaria area within the past 12 months: same day at minimum.",
            )
        ],
        "conf",
    ),
    (
        "the forehead thermometer says 100.1 but I feel like I'm burning up. which reading do I trust",
        [
            (
                "fever-adult-viral",
                "so an oral digital thermometer is preferred; wait 15 minutes after hot or cold drinks",
            )
        ],
        "fact",
    ),
    (
        "fever went away for a day and now it's back at 102, day 5 overall. I'm 27, normally healthy",
        [("fever-adult-viral", "or returns after a day or two of feeling better")],
        "fact",
    ),
    (
        "Should I get in a cold bath to get my 102 fever back down to normal?",
        [
            (
                "fever-adult-viral",
                "Treating fever is for comfort; it is not necessary to bring the temperature to normal.",
            ),
            ("fever-adult-viral", "Avoid cold baths or alcohol rubs."),
        ],
        "fact",
    ),
    (
        "My 18 month old has had a fever around 102 since yesterday afternoon. No runny nose, no cough, nothing obvious. Still playing.",
        [
            (
                "fever-child-over-3-months",
                "fever has lasted more than 24 hours in a child under 2 without an obvious cause",
            )
        ],
        "conf",
    ),
    (
        "4 month old with a fever of 101 rectal. She seems fine and is feeding normally.",
        [("fever-child-over-3-months", "the child is 3 to 6 months old with any fever")],
        "conf",
    ),
    (
        "How much tylenol can I give a 12 kg toddler and how often?",
        [
            (
                "fever-child-over-3-months",
                "Acetaminophen (paracetamol) 15 mg per kg every 4 to 6 hours, no more than 5 doses in 24 hours.",
            )
        ],
        "fact",
    ),
    (
        "She had a seizure with her fever, it lasted about a minute. It's been an hour and a half and she's still not herself.",
        [
            (
                "fever-child-over-3-months",
                "a first febrile seizure if the child is not fully back to normal within an hour",
            )
        ],
        "fact",
    ),
    (
        "We're out of everything except baby aspirin. Can I give some to my 8 year old for his fever?",
        [
            (
                "fever-child-over-3-months",
                "Do not give aspirin to anyone under 18 because of the risk of Reye syndrome.",
            )
        ],
        "fact",
    ),
    (
        "my 6 week old felt warm so I checked under her arm, 99.3. is that a fever?",
        [
            (
                "fever-infant-under-3-months",
                "if an armpit reading is 99 F (37.2 C) or higher, confirm it rectally",
            )
        ],
        "fact",
    ),
    (
        "Baby is 7 weeks, had her shots yesterday and now 100.6 rectally. That's just the vaccines, right?",
        [
            (
                "fever-infant-under-3-months",
                "Fever within 48 hours of the 2-month vaccines still needs a call for advice.",
            ),
            (
                "fever-infant-under-3-months",
                "Go to the emergency department now for any rectal temperature of 100.4 F (38 C) or above",
            ),
        ],
        "conf",
    ),
    (
        "Newborn, 10 days old, feels cool, rectal temp 97.0, very sleepy and not feeding well",
        [
            (
                "fever-infant-under-3-months",
                "A temperature that is too low, below 97.5 F (36.4 C), can also signal infection in a newborn.",
            )
        ],
        "fact",
    ),
    (
        "2 month old read 100.5 rectal but he'd been bundled in 3 layers in his car seat. Should I recheck?",
        [
            (
                "fever-infant-under-3-months",
                "If the baby was heavily bundled, remove extra layers and recheck rectally after 15 to 30 minutes",
            )
        ],
        "fact",
    ),
    (
        "Can I give my 5 week old some infant motrin for her temperature?",
        [("fever-infant-under-3-months", "Never give ibuprofen under 6 months or aspirin.")],
        "fact",
    ),
    (
        "Huge tense blister on my heel and I have 10 more miles of hiking tomorrow. Pop it or leave it?",
        [
            (
                "friction-blister",
                "Drain only a large, tense, painful blister in a place that will keep rubbing",
            )
        ],
        "fact",
    ),
    (
        "the top of my blister ripped off and there's raw pink skin underneath. what do I put on it",
        [
            (
                "friction-blister",
                "If the roof tears, wash with soap and water, trim only loose dead skin with clean scissors",
            )
        ],
        "fact",
    ),
    (
        "Blood blister on my palm from raking leaves all Saturday. Can I lance it with a pin?",
        [("friction-blister", "Do not drain blood blisters yourself.")],
        "fact",
    ),
    (
        "my blister from the new work boots is now red all around, warm, and there's some pus in it",
        [
            (
                "friction-blister",
                "Increasing pain, redness spreading from the edge, warmth, pus, red streaks",
            )
        ],
        "conf",
    ),
    (
        "Had a big beet salad last night and this morning the toilet water looked reddish. Should I panic? No pain, feel normal.",
        [("gi-bleeding", "beets or red food coloring can mimic blood")],
        "conf",
    ),
    (
        "Threw up a bunch after a big night out and the last one had streaks of bright red blood in it.",
        [
            ("gi-bleeding", "torn esophageal lining after forceful vomiting (Mallory-Weiss tear)"),
            ("gi-bleeding", "Any vomiting of blood or coffee-ground material."),
        ],
        "conf",
    ),
    (
        "I'm on eliquis and had sticky black stool today. Should I still take tonight's dose?",
        [
            (
                "gi-bleeding",
                "Do not take the next dose of a blood thinner until a clinician advises, and bring the packaging.",
            )
        ],
        "fact",
    ),
    (
        "My dad has cirrhosis and saw a small amount of blood in his stool. He says it's nothing and to wait and see.",
        [
            (
                "gi-bleeding",
                "People with cirrhosis or on anticoagulants should call even for small amounts, because bleeding can become heavy quickly.",
            )
        ],
        "fact",
    ),
    (
        "Woke up with my big toe on fire, even the bedsheet touching it is agony. I've had gout before and have colchicine at home. How do I take it?",
        [
            ("gout-flare", "low-dose colchicine (1.2 mg, then 0.6 mg an hour later, on day one)"),
            ("gout-flare", "best started within 12 hours of onset"),
        ],
        "fact",
    ),
    (
        "I take allopurinol every day and now I'm having a gout attack. Should I stop the allopurinol until it passes?",
        [("gout-flare", "keep taking it at the same dose during a flare")],
        "fact",
    ),
    (
        "My knee is hot and swollen and I have a fever of 101. Had gout in my toe years ago so probably that again?",
        [
            (
                "gout-flare",
                "Fever of 100.4°F (38°C) or higher, shivering or feeling very unwell with a hot joint: possible septic arthritis",
            )
        ],
        "conf",
    ),
    (
        "can I take aspirin for the gout pain? it's all we have in the cabinet",
        [("gout-flare", "Avoid aspirin for pain, as it changes uric acid levels.")],
        "fact",
    ),
    (
        "Third gout attack this year and I've got a chalky lump on my elbow now. Is there a daily pill for this?",
        [
            (
                "gout-flare",
                "Routine appointment once settled if you have had 2 or more flares a year, lumps (tophi) under the skin",
            )
        ],
        "fact",
    ),
    (
        "Daycare says HFMD is going around. My 3 year old has mouth sores and won't drink, only 2 wet diapers since yesterday morning.",
        [
            (
                "hand-foot-mouth",
                "Not drinking, and fewer than 3 wet diapers in 24 hours or no urine for 8 hours.",
            )
        ],
        "fact",
    ),
    (
        "A month after my daughter had hand foot and mouth, her fingernails are coming off!! is this normal?",
        [
            (
                "hand-foot-mouth",
                "Peeling skin or fingernails and toenails shedding can appear 3 to 8 weeks later and regrow without treatment.",
            )
        ],
        "fact",
    ),
    (
        "my son has HFMD and now he's having jerky movements in his sleep and is wobbly when he walks",
        [("hand-foot-mouth", "Muscle jerks, trembling, weakness of a limb, or trouble walking.")],
        "conf",
    ),
    (
        "I'm 38 weeks pregnant and my toddler just got hand foot mouth. Should I be worried for the baby?",
        [
            (
                "hand-foot-mouth",
                "a pregnant person near her due date has been exposed or is ill, since newborns can get severe infection",
            )
        ],
        "fact",
    ),
    (
        "what can my 2yo eat or drink with these mouth blisters, she screams when she has orange juice",
        [
            (
                "hand-foot-mouth",
                "Avoid acidic juices and salty or spicy foods, which sting the sores.",
            )
        ],
        "fact",
    ),
    (
        "Mom is 82, fell 2 weeks ago and bumped her head, seemed fine. Now she's confused and unsteady on her feet.",
        [
            (
                "head-injury-red-flags",
                "In older adults a subdural hematoma can appear days to weeks after a minor fall",
            )
        ],
        "fact",
    ),
    (
        "hit my head on a kitchen cabinet door. I'm on warfarin but I feel totally fine, no headache. Ok to skip going in?",
        [
            (
                "head-injury-red-flags",
                "should have a CT scan after a head injury even if they feel fine",
            )
        ],
        "conf",
    ),
    (
        "My son took a hit at football on Saturday, didn't black out, but he still has headaches and can't focus in class (it's Thursday). When can he play again?",
        [
            (
                "head-injury-red-flags",
                "within 1 to 2 weeks if concussion symptoms (poor concentration, headache, fatigue) persist, or before returning to contact sport",
            )
        ],
        "fact",
    ),
    (
        "After the car accident my husband has clear watery fluid dripping from his nose and bruises around both eyes",
        [
            ("head-injury-red-flags", "clear fluid leaking from the nose or ears"),
            ("head-injury-red-flags", "bruising around both eyes (raccoon eyes)"),
        ],
        "fact",
    ),
    (
        "my 14 month old rolled off our bed onto the wood floor, now there's a big squishy lump on the back of his head",
        [
            (
                "head-injury-red-flags",
                "a large swelling on the side or back of the head, or not acting normally, is a warning sign",
            )
        ],
        "fact",
    ),
    (
        "I don't want to put chemicals on my 4 year old's head for nits. Is there a combing method and how often do we do it?",
        [
            (
                "head-lice",
                "repeat every 3 to 4 days for at least 2 weeks, until no live lice are found on 3 checks",
            )
        ],
        "fact",
    ),
    (
        "My mother-in-law swears by mayo under a shower cap overnight for lice. Does that actually work?",
        [
            (
                "head-lice",
                "Do not use kerosene, gasoline, mayonnaise under a shower cap overnight, or pet lice treatments",
            )
        ],
        "fact",
    ),
    (
        "We've done two treatments 9 days apart and I'm STILL seeing live bugs crawling",
        [
            (
                "head-lice",
                "Routine if live lice are still present after two correct treatments 9 days apart, as resistance is common",
            )
        ],
        "fact",
    ),
    (
        "do I have to bag up every stuffed animal and bomb the house? and the school says she can't come back until she's clear",
        [("head-lice", "No need to fumigate the house or keep children home from school.")],
        "fact",
    ),
    (
        "I can see nits in my eyelashes, gross. Is the lice shampoo ok to use there?",
        [
            (
                "head-lice",
                "Lice or nits in the eyelashes: clinic review, as scalp products must not be used near the eyes.",
            )
        ],
        "fact",
    ),
    (
        "I'm 72. New headache at my temple for a week and it hurts to chew - my jaw gets tired halfway through a meal.",
        [
            (
                "headache-new-over-50",
                "pain in the jaw or tongue when chewing that eases with rest (jaw claudication)",
            )
        ],
        "conf",
    ),
    (
        "70 yo, temple headache for days, and this morning the vision in one eye went grey for a few minutes then came back",
        [
            (
                "headache-new-over-50",
                "any change in vision, even if it has come back, because the other eye can be affected within days",
            )
        ],
        "fact",
    ),
    (
        "Headaches for a month now. I'm 61. They wake me up at night and keep getting worse.",
        [
            (
                "headache-new-over-50",
                "Headache that wakes you from sleep, worsens steadily, or comes with vomiting.",
            )
        ],
        "conf",
    ),
    (
        "My scalp is so tender it hurts to brush my hair, and my shoulders are stiff every morning. I'm 68, never had headaches before.",
        [
            ("headache-new-over-50", "tenderness when brushing the hair"),
            ("headache-new-over-50", "shoulder and hip stiffness of polymyalgia rheumatica"),
        ],
        "conf",
    ),
    (
        "I have CHF. Weight is up 4 lb since yesterday. Breathing about the same. Do I need to call?",
        [("heart-failure-worsening", "weight has risen 2 to 3 lb (1 to 1.5 kg) in a day")],
        "fact",
    ),
    (
        "my defibrillator gave me one shock about an hour ago. I feel a bit off.",
        [
            (
                "heart-failure-worsening",
                "if an implanted defibrillator has fired once and you feel unwell",
            )
        ],
        "fact",
    ),
    (
        "Heart failure patient here. Took advil for my back for a few days and now my ankles are huge.",
        [
            (
                "heart-failure-worsening",
                "Avoid NSAIDs, decongestants and salt substitutes containing potassium unless approved.",
            )
        ],
        "fact",
    ),
    (
        "Dad has heart failure and a stomach bug with diarrhea for 2 days now. Does he keep taking his water pill?",
        [
            (
                "heart-failure-worsening",
                "you have vomiting or diarrhea, as diuretic doses may need reducing",
            )
        ],
        "fact",
    ),
    (
        "When exactly should I weigh myself for my heart failure? Does the time of day matter?",
        [
            (
                "heart-failure-worsening",
                "Weigh yourself every morning after emptying your bladder, before breakfast, in similar clothes, and record it.",
            )
        ],
        "fact",
    ),
    (
        "I get heartburn when I walk uphill and it goes away when I stop. Tums help kinda.",
        [
            (
                "heartburn-occasional",
                "burning chest discomfort that comes with exertion must not be assumed to be reflux",
            )
        ],
        "conf",
    ),
    (
        "Going out for pizza and beer tonight - can I take pepcid ahead of time so I don't get the burn?",
        [("heartburn-occasional", "take it 15 to 60 minutes before a trigger meal")],
        "fact",
    ),
    (
        "I've already done the 14-day omeprazole twice this year. Ok to start another round?",
        [
            (
                "heartburn-occasional",
                "Do not repeat a 14-day course more often than every 4 months without talking to a clinician.",
            )
        ],
        "fact",
    ),
    (
        "feels like food gets stuck on the way down lately and i've lost weight. heartburn too",
        [
            (
                "heartburn-occasional",
                "Food sticking on the way down, pain when swallowing, weight loss, persistent vomiting, or iron-deficiency anemia",
            )
        ],
        "fact",
    ),
    (
        "I'm 64 and just started getting indigestion for the first time in my life. Been living on tums.",
        [("heartburn-occasional", "if you are over 60 with new indigestion")],
        "",
    ),
    (
        "Got a chest cold and coughed up some phlegm with little streaks of blood. I'm 28, don't smoke, breathing fine.",
        [
            (
                "hemoptysis",
                "for a few streaks of blood in mucus with a chest infection in someone under 40 who does not smoke",
            )
        ],
        "fact",
    ),
    (
        "I think I coughed up blood but it might be from my nosebleed earlier, it was running down the back of my throat",
        [
            (
                "hemoptysis",
                "blood dripping down the back of the throat from a nosebleed, bleeding gums, and vomited blood",
            )
        ],
        "conf",
    ),
    (
        "How much blood is too much? Twice this morning I've coughed up what looks like 2 teaspoons of pure blood. Not on any thinners.",
        [("hemoptysis", "More than about 1 to 2 teaspoons (5 to 10 mL) of pure blood at a time")],
        "fact",
    ),
    (
        "I know the bleeding is coming from my left lung (I have bronchiectasis). Which way should I lie while I wait?",
        [
            (
                "hemoptysis",
                "If you know which lung is bleeding, lie on that side so blood does not spill into the good lung.",
            )
        ],
        "fact",
    ),
    (
        "Suddenly a super painful hard purple lump by my bum since yesterday. Can't sit.",
        [
            (
                "hemorrhoids-uncomplicated",
                "A hard, exquisitely painful purple lump that appeared in the last 72 hours: same-day clinic visit.",
            ),
            (
                "hemorrhoids-uncomplicated",
                "A clinician can sometimes remove the clot if seen within about 72 hours of onset.",
            ),
        ],
        "fact",
    ),
    (
        "How long can I keep using the hydrocortisone hemorrhoid cream?",
        [
            (
                "hemorrhoids-uncomplicated",
                "Hydrocortisone 1% cream or ointment up to 3 to 4 times a day for no more than 7 days",
            )
        ],
        "fact",
    ),
    (
        "I'm 52 and saw bright red blood on the toilet paper for the first time ever. No pain at all.",
        [("hemorrhoids-uncomplicated", "first-ever rectal bleeding over age 45")],
        "conf",
    ),
    (
        "i scroll on my phone on the toilet for like 20 min every morning, is that why i have piles lol",
        [
            (
                "hemorrhoids-uncomplicated",
                "Do not strain or sit on the toilet for more than about 5 minutes; leave phones outside the bathroom.",
            )
        ],
        "fact",
    ),
    (
        "throbbing hot lump right next to my anus and now a fever",
        [
            (
                "hemorrhoids-uncomplicated",
                "Fever, throbbing pain and a hot swelling beside the anus: possible abscess, same day.",
            )
        ],
        "conf",
    ),
    (
        "Each welt sticks around for 2 days and leaves a bruise when it goes. My joints ache too and I have a low fever.",
        [
            (
                "hives-mild",
                "Welts that each last more than 24 hours, burn rather than itch, or leave bruising",
            )
        ],
        "conf",
    ),
    (
        "I've had hives on and off for 2 months now, a new crop every few days",
        [("hives-mild", "Routine appointment if hives keep returning for more than 6 weeks")],
        "fact",
    ),
    (
        "Can I take ibuprofen for a headache while I've got hives?",
        [
            (
                "hives-mild",
                "Avoid aspirin, ibuprofen, naproxen and alcohol while hives are active, as they can worsen them",
            )
        ],
        "fact",
    ),
    (
        "Hives popped up 30 minutes after I ate a new protein bar. Just itchy, breathing fine, no swelling.",
        [
            (
                "hives-mild",
                "Hives starting within minutes to 2 hours of a food, sting or medicine, even if mild now",
            )
        ],
        "conf",
    ),
    (
        "hives are gone this morning, do i keep taking the claritin or stop?",
        [
            (
                "hives-mild",
                "Continue daily for several days after the rash clears rather than only when itching.",
            )
        ],
        "fact",
    ),
    (
        "My wrist blood pressure monitor keeps giving me readings in the 150s. Is it accurate?",
        [
            (
                "home-bp-elevated",
                "Use a validated upper-arm cuff of the right size on bare skin; wrist devices are less reliable.",
            )
        ],
        "fact",
    ),
    (
        "got 185/118 on the pharmacy machine, rested and did it again, still 182/121. No symptoms at all, feel great.",
        [
            (
                "home-bp-elevated",
                "Still 180/120 mmHg or higher after 5 minutes' rest, even without symptoms: same-day contact.",
            )
        ],
        "conf",
    ),
    (
        "Blood pressure 142/92 this morning. I'm 3 weeks postpartum.",
        [
            (
                "home-bp-elevated",
                "Pregnant, or within 6 weeks after birth, with a reading of 140/90 mmHg or higher",
            )
        ],
        "conf",
    ),
    (
        "BP was high this morning so I took an extra lisinopril. Was that the right thing?",
        [("home-bp-elevated", "do not double a dose because of one high reading")],
        "fact",
    ),
    (
        "Doctor wants a home BP log. How many readings and for how many days?",
        [
            (
                "home-bp-elevated",
                "Take 2 readings 1 minute apart, morning before medicines and evening, for 7 days, and record them all.",
            )
        ],
        "fact",
    ),
    (
        "My sugar read 310 right after I peeled an orange. Feel completely fine.",
        [
            (
                "hyperglycemia-type2-mild",
                "Wash and dry hands and recheck; sugar on the fingers gives falsely high readings.",
            )
        ],
        "fact",
    ),
    (
        "Started prednisone for my knee and my sugars are in the 280s now. Type 2. Feel fine.",
        [
            (
                "hyperglycemia-type2-mild",
                "Same day if high sugars began after starting a steroid, or during an infection.",
            )
        ],
        "fact",
    ),
    (
        "type 2, my meter just says HI and I'm really thirsty and kind of out of it",
        [("hyperglycemia-type2-mild", "Confusion, drowsiness, severe thirst with very dry mouth")],
        "conf",
    ),
    (
        "Type 2 on metformin and I've got a stomach bug, can't keep food down. Do I keep taking the metformin?",
        [
            (
                "hyperglycemia-type2-mild",
                "many plans pause metformin, SGLT2 inhibitors, diuretics and ACE inhibitors or ARBs until eating and drinking again",
            )
        ],
        "fact",
    ),
    (
        "fasting numbers have been 190-200 every morning this week. I feel normal.",
        [
            (
                "hyperglycemia-type2-mild",
                "Routine appointment if fasting readings are consistently above 180 mg/dL for a week",
            )
        ],
        "fact",
    ),
    (
        "BP 192/124 with a bit of a headache, nothing else. I ran out of my clonidine 3 days ago.",
        [
            ("hypertensive-urgency", "especially clonidine or beta-blockers stopped suddenly"),
            (
                "hypertensive-urgency",
                "Call the clinic for same-day assessment, within hours, if readings stay at or above 180/120 after resting",
            ),
        ],
        "fact",
    ),
    (
        "My BP is 210/125. Should I take a few extra of my pills to get it down fast?",
        [
            (
                "hypertensive-urgency",
                "do not take extra doses or someone else's tablets to bring it down fast",
            ),
            (
                "hypertensive-urgency",
                "dropping it too fast can reduce blood flow to the brain and heart",
            ),
        ],
        "fact",
    ),
    (
        "BP 188/122 and my vision is blurry and I feel kind of confused",
        [("hypertensive-urgency", "Blurred or lost vision, confusion, drowsiness or seizure.")],
        "conf",
    ),
    (
        "repeated readings around 168/104 over the past couple of days. no symptoms. how soon should I be seen?",
        [
            (
                "hypertensive-urgency",
                "if readings are 160 to 179 systolic or 100 to 119 diastolic on repeated checks",
            )
        ],
        "conf",
    ),
    (
        "Went low (60) just before dinner, all fixed now. How often should I be checking tonight?",
        [
            ("hypoglycemia-recovered", "Recheck glucose every 1 to 2 hours for the next 4 hours"),
            ("hypoglycemia-recovered", "and once overnight if the low was in the evening"),
        ],
        "fact",
    ),
    (
        "sugar dropped to 62 so I ate a snickers bar. why is it still low 20 minutes later?",
        [
            (
                "hypoglycemia-recovered",
                "Avoid chocolate or fatty foods to treat a low; fat slows sugar absorption.",
            )
        ],
        "fact",
    ),
    (
        "I'm on glipizide and had a low at lunch. I'm fine now. Anything I should watch for?",
        [
            ("hypoglycemia-recovered", "Sulfonylurea lows can last or return for 24 hours or more"),
            (
                "hypoglycemia-recovered",
                "A low on a sulfonylurea or after an intentional or accidental insulin overdose",
            ),
        ],
        "fact",
    ),
    (
        "Had a bad low at 3am, treated it, fine now. But I never felt it coming - my CGM alarm woke me up.",
        [
            (
                "hypoglycemia-recovered",
                "Same day if lows occur more than twice a week, at night, or without warning symptoms (hypoglycemia unawareness).",
            )
        ],
        "fact",
    ),
    (
        "how much juice do I drink for a low? I'm at 64",
        [
            (
                "hypoglycemia-recovered",
                "take 15 g of fast sugar (4 glucose tablets, 4 oz / 120 mL of juice",
            ),
            ("hypoglycemia-recovered", "wait 15 minutes and recheck; repeat until above 70 mg/dL"),
        ],
        "fact",
    ),
    (
        "daughter's sugar is 45, she's confused and weepy but can still swallow. what do I give her and how much??",
        [
            (
                "hypoglycemia-severe",
                "If the person can swallow safely, give 15 to 20 g of fast sugar",
            )
        ],
        "fact",
    ),
    (
        "I have to give my son a glucagon injection, he's about 20 kg. Do I give the whole syringe?",
        [("hypoglycemia-severe", "0.5 mg for children under about 25 kg")],
        "fact",
    ),
    (
        "gave her the glucagon 15 minutes ago and she's still not waking up properly",
        [("hypoglycemia-severe", "does not wake within 10 to 15 minutes after glucagon")],
        "fact",
    ),
    (
        "Dad's diabetic and he's slurring his words and acting drunk but he doesn't drink. His left side seems weak too.",
        [
            (
                "hypoglycemia-severe",
                "Confusion, slurred speech, or one-sided weakness can look exactly like a stroke or being drunk",
            )
        ],
        "conf",
    ),
    (
        "On ipi/nivo and I'm going about 5 more times a day than normal, a bit crampy. Can I take imodium?",
        [
            (
                "ici-diarrhea-colitis",
                "Do not take loperamide (Imodium), bismuth or other anti-diarrheal medicines unless your oncology team tells you to",
            )
        ],
        "fact",
    ),
    (
        "I finished immunotherapy 3 months ago and now I have diarrhea. Probably unrelated?",
        [
            (
                "ici-diarrhea-colitis",
                "can appear at any point, months after starting, and even after immunotherapy has stopped",
            )
        ],
        "conf",
    ),
    (
        "Pembrolizumab patient. Started steroids for colitis 2 days ago and I'm still going just as much.",
        [
            (
                "ici-diarrhea-colitis",
                "Call back within 24 hours if symptoms are not improving after starting steroids",
            )
        ],
        "fact",
    ),
    (
        "on opdivo, 8 more loose stools today than I usually have and some blood in it",
        [
            (
                "ici-diarrhea-colitis",
                "Seven or more stools a day above your baseline, or any incontinence.",
            ),
            ("ici-diarrhea-colitis", "Blood, black color or mucus in stool."),
        ],
        "conf",
    ),
    (
        "Just found out my pituitary got damaged by the immunotherapy and I'll be on hydrocortisone for good. Do I need one of those medical bracelets?",
        [("ici-endocrine-crisis", "Wear medical ID stating adrenal insufficiency.")],
        "fact",
    ),
    (
        "I have the emergency hydrocortisone injection kit. He's vomiting and nearly fainted. Do I inject now?",
        [
            (
                "ici-endocrine-crisis",
                "inject 100 mg into the thigh muscle now, then call emergency services",
            )
        ],
        "fact",
    ),
    (
        "On ipilimumab plus nivolumab. Awful headache for 3 days, exhausted, lightheaded when I stand up.",
        [
            (
                "ici-endocrine-crisis",
                "Hypophysitis is most linked to ipilimumab, especially when combined with nivolumab",
            ),
            (
                "ici-endocrine-crisis",
                "Dizziness or fainting on standing, or systolic blood pressure below 90.",
            ),
        ],
        "conf",
    ),
    (
        "Finished keytruda a while ago, now on steroid replacement. Bad headache and I'm losing my side vision.",
        [("ici-endocrine-crisis", "New severe headache, especially with loss of side vision.")],
        "fact",
    ),
]

# --- ici-fatigue-thyroid .. overdose-poisoning -------------------------------------------------
ITEMS += [
    (
        "Started levothyroxine after my keytruda messed up my thyroid. Can I take it with my calcium and coffee at breakfast?",
        [
            (
                "ici-fatigue-thyroid",
                "30 to 60 minutes before breakfast, and 4 hours apart from calcium or iron",
            )
        ],
        "fact",
    ),
    (
        "On nivolumab. I've been really tired and cold all the time and gained 6 pounds without changing anything.",
        [
            (
                "ici-fatigue-thyroid",
                "you have new tiredness, feel cold, have gained or lost more than 2 to 3 kg (5 lb) without trying",
            )
        ],
        "conf",
    ),
    (
        "I take a big biotin supplement for my hair and nails. On immunotherapy and my thyroid numbers look weird - connected?",
        [("ici-fatigue-thyroid", "high-dose biotin (biotin can distort thyroid test results)")],
        "fact",
    ),
    (
        "A few weeks ago on immunotherapy my heart was racing, I was sweaty and dropping weight. Now I'm exhausted and sluggish. Is this all one thing?",
        [
            (
                "ici-fatigue-thyroid",
                "commonly causes a short overactive phase lasting a few weeks, with palpitations, heat intolerance, weight loss, anxiety or tremor",
            )
        ],
        "fact",
    ),
    (
        "On pembrolizumab and lately I'm getting nosebleeds and big bruises on my arms I don't remember getting. Itchy all over too.",
        [("ici-hepatitis", "Vomiting blood, black stools, nosebleeds or widespread bruising.")],
        "fact",
    ),
    (
        "I'm on immunotherapy and have a headache. How much tylenol is ok? My last liver numbers were up a bit.",
        [("ici-hepatitis", "Do not exceed 2,000 mg of acetaminophen a day without advice")],
        "fact",
    ),
    (
        "I've been taking turmeric capsules and green tea extract to support my immune system while on keytruda. That's fine, right?",
        [
            (
                "ici-hepatitis",
                "Stop herbal and dietary supplements, such as green tea extract or turmeric, until reviewed",
            )
        ],
        "fact",
    ),
    (
        "Portal shows my ALT is high before my next immunotherapy dose but nobody has told me what to do about it",
        [
            (
                "ici-hepatitis",
                "Also call if a blood test result shows raised liver enzymes and you have not been given a plan",
            )
        ],
        "fact",
    ),
    (
        "Had my 2nd dose of ipi + nivo 2 weeks ago. Now my eyelids are droopy, I'm seeing double and my legs ache.",
        [
            (
                "ici-myocarditis",
                "muscle weakness with droopy eyelids, double vision, or swallowing or breathing difficulty",
            ),
            ("ici-myocarditis", "It usually appears early, with a median onset of about 30 days"),
        ],
        "conf",
    ),
    (
        "Just called 911 for my husband's chest pain, he's on keytruda. Is there anyone else I should ring?",
        [
            (
                "ici-myocarditis",
                "as soon as you have called emergency services, so they can advise the emergency department",
            )
        ],
        "fact",
    ),
    (
        "On pembrolizumab, muscles a bit achy and I'm tired. No chest pain, breathing fine, eyes fine.",
        [
            (
                "ici-myocarditis",
                "the same day for mild muscle aches or fatigue without chest, breathing, eye or swallowing symptoms",
            )
        ],
        "conf",
    ),
    (
        "I have leftover prednisone from before. My heart has been fluttering since immunotherapy - can I take some while I wait to be seen?",
        [
            (
                "ici-myocarditis",
                "Do not take leftover steroids or other medicines to treat symptoms yourself",
            )
        ],
        "fact",
    ),
    (
        "On durvalumab after chest radiation for lung cancer. New dry cough this week and more winded on the stairs.",
        [
            (
                "ici-pneumonitis",
                "Risk is higher in lung cancer, pre-existing lung disease such as COPD or fibrosis, and after chest radiotherapy.",
            ),
            (
                "ici-pneumonitis",
                "for any new cough, breathlessness or chest discomfort during or after immunotherapy",
            ),
        ],
        "conf",
    ),
    (
        "my oximeter normally reads 97, today it's 94. on nivolumab and a bit short of breath",
        [
            (
                "ici-pneumonitis",
                "Oximeter reading of 92% or lower, or 3 or more points below your usual.",
            )
        ],
        "fact",
    ),
    (
        "The doctor put me on prednisone for pneumonitis. How long will I be on it?",
        [("ici-pneumonitis", "Steroid courses usually taper over at least 4 to 6 weeks.")],
        "fact",
    ),
    (
        "I have some amoxicillin left from last winter. New cough on keytruda - should I just start those?",
        [("ici-pneumonitis", "Do not start leftover antibiotics or steroids on your own.")],
        "fact",
    ),
    (
        "On immunotherapy and my rash now has blisters, my mouth is full of sores and my eyes are red and sore",
        [
            (
                "ici-severe-skin",
                "Ulcers or crusting in the mouth or lips, red painful eyes, or genital sores.",
            )
        ],
        "conf",
    ),
    (
        "My dad is on keytruda and skin is peeling off his back in sheets. What do we do before the ambulance gets here?",
        [
            (
                "ici-severe-skin",
                "Do not pop blisters or peel skin; cover raw areas loosely with clean, non-stick dressings or a clean sheet.",
            ),
            ("ici-severe-skin", "Keep warm, because damaged skin loses heat quickly."),
        ],
        "fact",
    ),
    (
        "A few tense itchy blisters on my shins, months into immunotherapy. No mouth sores, no fever.",
        [
            (
                "ici-severe-skin",
                "the same day for a few small tense blisters without mucosal sores or fever (possible early pemphigoid)",
            )
        ],
        "conf",
    ),
    (
        "Had a flu-like thing with sore eyes for 2 days and now a painful dusky rash is appearing. I'm on opdivo.",
        [
            (
                "ici-severe-skin",
                "A flu-like illness with fever and sore eyes or throat often precedes the rash by 1 to 3 days.",
            )
        ],
        "fact",
    ),
    (
        "On keytruda, itchy red spotty rash on my chest and arms, maybe the area of 3 or 4 of my hands. No blisters.",
        [
            ("ici-skin-mild", "your palm with fingers is roughly 1 percent"),
            ("ici-skin-mild", "Grade 1 covers under 10 percent of the body"),
        ],
        "fact",
    ),
    (
        "I have melanoma and I'm on immunotherapy. Now I'm getting white patches on my hands.",
        [
            (
                "ici-skin-mild",
                "Patients with melanoma may develop patches of pale skin (vitiligo), which is harmless.",
            )
        ],
        "conf",
    ),
    (
        "Itchy rash from my immunotherapy. Should I skip next week's infusion until it clears?",
        [("ici-skin-mild", "Do not stop or delay an immunotherapy dose on your own.")],
        "fact",
    ),
    (
        "on opdivo with a rash. can I just use the hydrocortisone cream and benadryl we have at home?",
        [("ici-skin-mild", "Ask the oncology team before using antihistamines or steroid creams")],
        "fact",
    ),
    (
        "My 4 month old is breathing 56 times a minute, I counted. She has a cold. Is that fast for her age?",
        [("infant-breathing-difficulty", "more than 50 from 2 to 12 months")],
        "fact",
    ),
    (
        "8 month old with RSV, day 4, and he seems to be getting worse not better",
        [("infant-breathing-difficulty", "it typically worsens over days 3 to 5")],
        "fact",
    ),
    (
        "My toddler was eating grapes and suddenly started coughing and wheezing. No cold before this.",
        [
            (
                "infant-breathing-difficulty",
                "A sudden onset of coughing or choking while playing or eating, without a preceding cold, suggests an inhaled object",
            )
        ],
        "conf",
    ),
    (
        "BABY 9 MONTHS CHOKING on something, can't cry or cough!!",
        [
            (
                "infant-breathing-difficulty",
                "If a baby under 1 is choking and cannot cry or cough: 5 back blows then 5 chest thrusts, repeated.",
            )
        ],
        "fact",
    ),
    (
        "Baby's nose is so stuffy she struggles to feed. Cold for 2 days, otherwise breathing seems ok and she's pink.",
        [
            (
                "infant-breathing-difficulty",
                "a few saline drops and gentle bulb suction may help a baby breathe and feed",
            ),
            (
                "infant-breathing-difficulty",
                "is feeding at least half of normal, and has good color",
            ),
        ],
        "conf",
    ),
    (
        "I'm 70 with COPD and woke up with fever and body aches. Do I need Tamiflu even before a test?",
        [
            (
                "influenza-high-risk",
                "antiviral treatment is recommended as soon as flu is suspected, without waiting for a test",
            )
        ],
        "fact",
    ),
    (
        "2 weeks postpartum and I think I have the flu - fever, body aches, exhausted",
        [("influenza-high-risk", "pregnant people and those up to 2 weeks after delivery")],
        "conf",
    ),
    (
        "My grandson has the flu and he's staying with me. I'm 78. Is there something I can take so I don't catch it?",
        [
            (
                "influenza-high-risk",
                "household contacts at high risk may be offered preventive antivirals",
            )
        ],
        "fact",
    ),
    (
        "Had the flu, was getting better, now the fever is back and my cough is worse. I'm 68.",
        [
            (
                "influenza-high-risk",
                "Fever or cough that improves and then comes back worse, suggesting secondary bacterial pneumonia.",
            )
        ],
        "fact",
    ),
    (
        "diabetic and down with the flu. how often should I be checking my sugars?",
        [
            (
                "influenza-high-risk",
                "People with diabetes should follow sick-day rules and check glucose every 4 hours.",
            )
        ],
        "fact",
    ),
    (
        "Bee sting on my ankle 3 days ago. The swelling kept growing for 2 days and it's still big. When does it go down? Nothing else going on.",
        [
            (
                "insect-bite-sting-local",
                "It builds over 24 to 48 hours and can take 5 to 10 days to fade.",
            )
        ],
        "fact",
    ),
    (
        "bee stinger still stuck in my kid's arm - do I pull it out with tweezers?",
        [
            (
                "insect-bite-sting-local",
                "Remove a bee stinger within seconds by scraping sideways with a fingernail or card edge",
            )
        ],
        "fact",
    ),
    (
        "My son stood on a fire ant nest and now has little white pus bumps. Should I pop them?",
        [
            (
                "insect-bite-sting-local",
                "Fire ant stings often form small pus-filled pimples within 24 hours that are sterile and should be left alone.",
            )
        ],
        "fact",
    ),
    (
        "got stung ON MY TONGUE by a bee that was in my soda can",
        [
            (
                "insect-bite-sting-local",
                "Sting inside the mouth or throat: escalate because swelling can block the airway.",
            )
        ],
        "conf",
    ),
    (
        "I keep waking up with itchy bites in a line on my legs since we moved into the new apartment",
        [
            (
                "insect-bite-sting-local",
                "Routine if many itchy bites keep appearing at home in rows or clusters (possible bed bugs or fleas).",
            )
        ],
        "fact",
    ),
    (
        "can't sleep since my new job started, I lie there for hours. should I just stay in bed until I drop off?",
        [
            (
                "insomnia-short-term",
                "If awake for more than about 20 minutes, get up, do something calm in dim light, and return when sleepy.",
            )
        ],
        "fact",
    ),
    (
        "How long can I keep taking unisom to sleep?",
        [("insomnia-short-term", "for no more than a few nights and not beyond 2 weeks")],
        "fact",
    ),
    (
        "My husband snores like a freight train, stops breathing at night, and nodded off at a red light last week",
        [
            (
                "insomnia-short-term",
                "Loud snoring, witnessed breathing pauses, morning headaches, or dozing at the wheel",
            )
        ],
        "conf",
    ),
    (
        "Does melatonin actually work? Just flew back from Tokyo and I'm wide awake at 3am.",
        [
            (
                "insomnia-short-term",
                "Melatonin 1 to 3 mg, 1 to 2 hours before bed, mainly helps jet lag and shifted sleep timing.",
            )
        ],
        "fact",
    ),
    (
        "haven't needed sleep for 4 days, I feel amazing, super productive, I've started 3 businesses this week",
        [
            (
                "insomnia-short-term",
                "Sleeping very little yet feeling unusually energetic, talkative or reckless for several days: possible mania, same day.",
            )
        ],
        "conf",
    ),
    (
        "Worst pain of my life in my right side going down into my groin, I can't sit still, and my pee is pink",
        [
            (
                "kidney-stone-pain",
                "People with renal colic typically cannot get comfortable and keep moving",
            )
        ],
        "conf",
    ),
    (
        "had a kidney stone last year, now the same pain again plus a fever of 101.5 and chills",
        [
            (
                "kidney-stone-pain",
                "fever with a blocked kidney can lead to sepsis within hours and needs urgent drainage",
            )
        ],
        "conf",
    ),
    (
        "The ER said I have a 4 mm stone and sent me home. How long does it take to pass?",
        [
            (
                "kidney-stone-pain",
                "Stones smaller than 5 mm pass on their own in most cases, often within 2 to 4 weeks",
            )
        ],
        "fact",
    ),
    (
        "Should I chug gallons of water to flush the stone out faster?",
        [("kidney-stone-pain", "Drink normally; forcing large volumes does not speed passage.")],
        "fact",
    ),
    (
        "I'm 67 and never had a kidney stone. Sudden severe pain in my back and side and I feel faint.",
        [
            (
                "kidney-stone-pain",
                "in anyone over 50 with a first attack, a leaking abdominal aortic aneurysm can mimic renal colic",
            )
        ],
        "conf",
    ),
    (
        "My knees ache when I walk and are stiff for about 15 minutes in the morning. I'm 58. Should I get an MRI?",
        [
            (
                "knee-pain-chronic",
                "Imaging is not needed to diagnose typical osteoarthritis in people over 45.",
            )
        ],
        "fact",
    ),
    (
        "What exercises should I actually be doing for my arthritic knees, and how many reps?",
        [
            (
                "knee-pain-chronic",
                "straight-leg raises, sit-to-stands from a chair, and mini-squats, 10 to 15 repetitions, once or twice a day",
            )
        ],
        "fact",
    ),
    (
        "My knee got stuck bent this morning and I can't straighten it",
        [("knee-pain-chronic", "Knee locked so it cannot straighten: same day.")],
        "conf",
    ),
    (
        "which hand do I hold the cane in? it's my right knee that's bad",
        [("knee-pain-chronic", "a cane in the hand opposite the painful knee unloads it")],
        "fact",
    ),
    (
        "The cortisone shot in my knee 6 weeks ago helped a lot. Can I get another one now?",
        [("knee-pain-chronic", "steroid injections are usually limited to every 3 months")],
        "fact",
    ),
    (
        "My portal flagged my potassium LOW at 3.4 (range 3.5-5). Should I be worried? Nobody's called.",
        [
            (
                "lab-result-question",
                "roughly 1 in 20 healthy results lands just outside the range by chance",
            )
        ],
        "fact",
    ),
    (
        "My CK came back high. I did a crossfit competition the day before the blood draw, does that matter?",
        [
            (
                "lab-result-question",
                "Hard exercise in the day before a test can raise CK and liver enzymes",
            )
        ],
        "fact",
    ),
    (
        "Had blood work done 9 business days ago and still no one has said anything about the results.",
        [
            (
                "lab-result-question",
                "if no comment on a result has been received after 7 business days",
            )
        ],
        "fact",
    ),
    (
        "My glucose on the lab report was 130 but I'd had breakfast before I went in. Does that count?",
        [
            (
                "lab-result-question",
                "Note whether the test was fasting; a non-fasting glucose or triglyceride is often higher.",
            )
        ],
        "fact",
    ),
    (
        "Hurt my back shoveling snow. What's the best way to sleep?",
        [
            (
                "low-back-pain-acute",
                "Sleep on the side with a pillow between the knees, or on the back with a pillow under the knees.",
            )
        ],
        "fact",
    ),
    (
        "back pain and a fever of 101. I had a steroid injection in my spine 2 weeks ago.",
        [
            (
                "low-back-pain-acute",
                "back pain with a history of IV drug use or recent spinal procedure: possible spinal infection",
            )
        ],
        "conf",
    ),
    (
        "I'm 66, a smoker, and suddenly have severe pain in my lower back and belly",
        [
            (
                "low-back-pain-acute",
                "Sudden severe back or abdominal pain in someone over 60, especially a smoker: possible aortic aneurysm",
            )
        ],
        "conf",
    ),
    (
        "Back's been sore 3 weeks, better but not gone. Do I need an x-ray?",
        [
            (
                "low-back-pain-acute",
                "X-rays and scans are not helpful in the first 6 weeks unless red flags are present.",
            )
        ],
        "fact",
    ),
    (
        "Does tylenol work for back pain? I can't take advil because of my stomach.",
        [
            (
                "low-back-pain-acute",
                "Acetaminophen alone helps little for back pain but can be combined, up to 3,000 mg a day.",
            )
        ],
        "fact",
    ),
    (
        "My 22 year old son started an antidepressant 2 weeks ago and he seems worse, more down and withdrawn. He says he's safe.",
        [("low-mood", "after starting or changing an antidepressant (especially under age 25)")],
        "fact",
    ),
    (
        "I had my baby 4 months ago and I feel flat and tearful most days. No thoughts of hurting anyone.",
        [
            (
                "low-mood",
                "Low mood in pregnancy or within 12 months of giving birth: same day, as perinatal depression needs prompt support.",
            )
        ],
        "conf",
    ),
    (
        "Been on citalopram 8 weeks now at the same dose and I honestly feel no different.",
        [
            (
                "low-mood",
                "Routine if an antidepressant has not helped after 6 to 8 weeks at a steady dose",
            )
        ],
        "fact",
    ),
    (
        "I want to come off my antidepressant, I feel better now. Can I just quit?",
        [
            (
                "low-mood",
                "if stopping, it should be tapered with advice to avoid discontinuation symptoms such as dizziness",
            )
        ],
        "fact",
    ),
    (
        "My mom died 3 months ago. Some days I'm ok, then I see her coat in the hall and fall apart. Is that depression?",
        [
            (
                "low-mood",
                "Grief can look similar but typically comes in waves linked to reminders of the loss.",
            )
        ],
        "conf",
    ),
    (
        "I'm on warfarin and the urgent care doctor just prescribed me bactrim for a UTI.",
        [
            (
                "medication-interaction",
                "warfarin with NSAIDs, aspirin, or antibiotics such as metronidazole, trimethoprim-sulfamethoxazole or fluconazole (bleeding)",
            )
        ],
        "fact",
    ),
    (
        "I take sertraline and the ER gave me tramadol for my back. Now I'm sweating, shaky and my legs keep twitching.",
        [
            (
                "medication-interaction",
                "Shivering, sweating, fever, diarrhea, agitation, jerking muscles after adding a serotonergic drug.",
            )
        ],
        "conf",
    ),
    (
        "I'm on the pill. Is it ok to take St John's wort for my mood?",
        [
            (
                "medication-interaction",
                "St John's wort can make birth control pills and transplant drugs fail.",
            )
        ],
        "fact",
    ),
    (
        "Dad took his oxycodone with his sleeping pill and a beer. He's very hard to wake and breathing really slow.",
        [
            (
                "medication-interaction",
                "Call emergency services if someone is unresponsive, breathing fewer than 8 to 10 times a minute, or has blue lips",
            )
        ],
        "fact",
    ),
    (
        "My mom is on about 9 different prescriptions plus vitamins and herbal stuff from the health store. How do we keep track so nothing clashes?",
        [
            (
                "medication-interaction",
                "Keep an up-to-date list of every prescription, over-the-counter medicine, vitamin and herbal product",
            ),
            (
                "medication-interaction",
                "Use one pharmacy where possible so its system can flag interactions.",
            ),
        ],
        "fact",
    ),
    (
        "only 2 days of my keppra left and the pharmacy says there are no refills on file",
        [("medication-refill", "fewer than 3 days remaining of a critical medicine")],
        "fact",
    ),
    (
        "Going abroad for a month in the spring. When should I ask for my meds?",
        [
            (
                "medication-refill",
                "For travel, request supplies at least 2 weeks before departure and carry medicines in hand luggage.",
            )
        ],
        "fact",
    ),
    (
        "The office is closed all weekend and I just ran out of my blood pressure pill. Can the pharmacy give me some?",
        [
            (
                "medication-refill",
                "Many pharmacists can supply a short emergency supply of an essential maintenance medicine",
            )
        ],
        "fact",
    ),
    (
        "Ran out of my prednisone 2 days ago (been on it for years) and now I'm dizzy and throwing up.",
        [
            (
                "medication-refill",
                "Out of long-term prednisone or hydrocortisone for more than 24 hours, with dizziness, vomiting or weakness",
            )
        ],
        "conf",
    ),
    (
        "Why won't you renew my lisinopril without a blood test first?",
        [
            (
                "medication-refill",
                "blood tests for kidney function and potassium with ACE inhibitors or diuretics",
            )
        ],
        "fact",
    ),
    (
        "new on metformin and I've had the runs for a week. normal?",
        [
            (
                "medication-side-effect",
                "Metformin: take with meals; GI upset usually eases within 2 weeks.",
            )
        ],
        "fact",
    ),
    (
        "On atorvastatin and now my legs ache badly and my pee is the colour of coke",
        [
            (
                "medication-side-effect",
                "Dark, cola-coloured urine with severe muscle pain or weakness on a statin",
            )
        ],
        "conf",
    ),
    (
        "I get dizzy when I stand up ever since they added a second blood pressure pill",
        [
            (
                "medication-side-effect",
                "stand up slowly, sit on the bed edge for 1 minute first, and drink enough fluid",
            )
        ],
        "fact",
    ),
    (
        "I stopped my metoprolol last week because it made me tired. That's ok, right?",
        [
            (
                "medication-side-effect",
                "beta-blockers, clonidine, anti-seizure medicines, steroids and benzodiazepines can cause withdrawal or rebound",
            ),
            ("medication-side-effect", "it is one that should not be stopped abruptly"),
        ],
        "fact",
    ),
    (
        "On my heart meds my pulse is 46 and I nearly passed out in the shower",
        [
            (
                "medication-side-effect",
                "fainting or a pulse below 50 beats a minute on heart medicines",
            )
        ],
        "fact",
    ),
    (
        "My college roommate was just diagnosed with meningococcal meningitis. We share a room. I feel totally fine.",
        [
            (
                "meningitis-signs",
                "preventive antibiotics are best given within 24 hours of the case being diagnosed",
            )
        ],
        "fact",
    ),
    (
        "My 5 month old has a fever, won't feed, and the soft spot on top of his head looks puffed up",
        [
            (
                "meningitis-signs",
                "In infants: bulging fontanelle, floppiness, refusing feeds, or high-pitched crying.",
            )
        ],
        "conf",
    ),
    (
        "Teenager with a fever says her legs really hurt and her hands and feet are ice cold. No rash though.",
        [
            ("meningitis-signs", "Early clues are leg pain, cold hands and feet and pale skin."),
            ("meningitis-signs", "Do not wait for a rash to appear before seeking help."),
        ],
        "conf",
    ),
    (
        "Her fever came down with tylenol so it can't be anything serious, right? Still a bad headache and she can't stand the light.",
        [("meningitis-signs", "fever coming down does not mean the illness is mild")],
        "fact",
    ),
    (
        "How do I check for that meningitis rash on dark skin? My daughter has a fever and headache.",
        [("meningitis-signs", "so check palms, soles and inside the eyelids")],
        "fact",
    ),
    (
        "When should I take ibuprofen for period cramps? I usually wait until it's really bad.",
        [
            (
                "menstrual-cramps",
                "Start an anti-inflammatory at the first sign of the period or pain",
            ),
            (
                "menstrual-cramps",
                "take it regularly for the first 2 to 3 days rather than waiting for pain to build",
            ),
        ],
        "fact",
    ),
    (
        "I'm 31 and my period pain has got worse every year, and now sex hurts too",
        [
            (
                "menstrual-cramps",
                "Routine for pain starting after age 25, pain between periods or with sex",
            )
        ],
        "conf",
    ),
    (
        "soaking a pad every hour for the last 3 hours and passing clots the size of a quarter. just my period?",
        [
            (
                "menstrual-cramps",
                "Soaking through a pad or tampon every hour for 2 or more hours in a row",
            )
        ],
        "fact",
    ),
    (
        "Got my IUD put in 6 weeks ago and now I'm getting cramps I never used to have",
        [
            (
                "menstrual-cramps",
                "Routine if you have had an IUD inserted within the past few months and cramps are new.",
            )
        ],
        "fact",
    ),
    (
        "Is it ok to fall asleep on my heating pad for cramps?",
        [("menstrual-cramps", "do not sleep on an electric pad")],
        "fact",
    ),
    (
        "I took sumatriptan 50 at 2pm and the migraine came back at 5. Can I take another one?",
        [
            (
                "migraine-known",
                "repeated once after at least 2 hours if the headache returns, maximum 200 mg in 24 hours",
            )
        ],
        "fact",
    ),
    (
        "My usual migraine has now lasted 4 days even with my meds",
        [
            (
                "migraine-known",
                "An attack lasting more than 72 hours despite treatment (status migrainosus): same day",
            )
        ],
        "fact",
    ),
    (
        "I get migraines with aura and I'm on the combined pill. Is that ok?",
        [
            (
                "migraine-known",
                "to review contraception if you have migraine with aura (combined estrogen pills raise stroke risk)",
            )
        ],
        "fact",
    ),
    (
        "Getting migraines about 6 days a month now and I'm taking excedrin a lot of days",
        [
            ("migraine-known", "Routine appointment if migraines occur on 4 or more days a month"),
            (
                "migraine-known",
                "limit triptans or combination pain relievers to fewer than 10 days a month",
            ),
        ],
        "fact",
    ),
    (
        "I'm on the combined pill and had my very first migraine aura last night. It's gone now, no weakness. Do I need to do anything?",
        [
            (
                "migraine-vs-stroke-aura",
                "use another method of contraception and discuss switching",
            ),
            ("migraine-vs-stroke-aura", "you have aura and use estrogen-containing contraception"),
        ],
        "conf",
    ),
    (
        "my aura started 75 minutes ago and the flickering is still there",
        [("migraine-vs-stroke-aura", "any aura still present after 60 minutes")],
        "fact",
    ),
    (
        "The sparkly blind spot in my vision - how do I tell if it's in one eye or both?",
        [
            (
                "migraine-vs-stroke-aura",
                "cover each eye in turn to see if a visual disturbance affects one eye or both",
            )
        ],
        "fact",
    ),
    (
        "My aura came with my right arm going weak. It's passing now. Can I take my sumatriptan?",
        [
            (
                "migraine-vs-stroke-aura",
                "Avoid triptans for an aura that involves weakness, until a clinician has assessed it.",
            )
        ],
        "fact",
    ),
    (
        "Tingling started in my fingers and slowly crept up my arm to my face over about 10 minutes, then a headache came",
        [
            (
                "migraine-vs-stroke-aura",
                "Sensory aura causes tingling that marches from the fingers up the arm to the face over several minutes.",
            )
        ],
        "conf",
    ),
    (
        "imodium dose? I have the runs, no fever no blood, need to get through a work meeting",
        [
            (
                "mild-diarrhea-adult",
                "Loperamide: 4 mg after the first loose stool, then 2 mg after each further loose stool",
            )
        ],
        "fact",
    ),
    (
        "Took pepto for my upset stomach and now my tongue is black?!",
        [("mild-diarrhea-adult", "expect a harmless black tongue or stool")],
        "fact",
    ),
    (
        "diarrhea for 3 days. I finished antibiotics for a sinus infection 2 weeks ago.",
        [("mild-diarrhea-adult", "antibiotics within the last 3 months (possible C. difficile)")],
        "conf",
    ),
    (
        "I'm a line cook. Had diarrhea, last loose stool was yesterday morning. When can I go back to work?",
        [
            (
                "mild-diarrhea-adult",
                "do not prepare food for others until 48 hours after the last loose stool",
            )
        ],
        "fact",
    ),
    (
        "I'm 74 and on a water pill. Diarrhea since yesterday.",
        [
            (
                "mild-diarrhea-adult",
                "Same day if you are over 70, pregnant, have kidney disease, or take diuretics",
            )
        ],
        "fact",
    ),
    (
        "Grabbed a hot pan handle and put ice on it right away. Is that right? How long?",
        [
            (
                "minor-burn",
                "Cool the burn under cool (not ice-cold) running tap water for 20 minutes.",
            ),
            ("minor-burn", "Do not apply ice, butter, oil, toothpaste or egg white."),
        ],
        "fact",
    ),
    (
        "burned my hand about an hour ago and never cooled it. too late to run it under water now?",
        [("minor-burn", "This still helps if started up to 3 hours after the injury.")],
        "fact",
    ),
    (
        "My little girl touched the curling iron. The burn on her palm is small but it's blistered.",
        [("minor-burn", "any burn on the face, hands, feet, genitals, or across a major joint")],
        "conf",
    ),
    (
        "The burn on my arm has healed. How long do I need to keep sunscreen on it?",
        [
            (
                "minor-burn",
                "Protect healed skin from sun with SPF 30 or higher for at least 6 months to prevent darkening.",
            )
        ],
        "fact",
    ),
    (
        "got a shock from a frayed lamp cord, tiny black mark on my fingertip. i feel fine",
        [
            (
                "minor-burn",
                "Electrical injury, even if the skin mark is small, or a chemical burn: escalate.",
            )
        ],
        "conf",
    ),
    (
        "Cut my finger slicing a bagel about 10 hours ago and it's gaping a bit. Is there still time for stitches?",
        [
            (
                "minor-cuts-scrapes",
                "Closure works best within 6 to 8 hours of injury, and up to about 24 hours for the face",
            )
        ],
        "fact",
    ),
    (
        "Should I pour hydrogen peroxide on my kid's scraped knee?",
        [
            (
                "minor-cuts-scrapes",
                "Skip hydrogen peroxide and iodine in the wound; they damage healing tissue.",
            )
        ],
        "fact",
    ),
    (
        "stepped on a rusty nail, went through my shoe. last tetanus was maybe 7 years ago",
        [("minor-cuts-scrapes", "or more than 5 years ago for a dirty or puncture wound")],
        "fact",
    ),
    (
        "Tiny hole in my finger from a grease gun at work. Barely bleeding, doesn't look like much.",
        [
            (
                "minor-cuts-scrapes",
                "a high-pressure injection injury from paint or grease guns, even if it looks tiny",
            )
        ],
        "conf",
    ),
    (
        "cut my thumb on a broken glass and now the tip is numb and I can't bend it",
        [
            (
                "minor-cuts-scrapes",
                "Numbness beyond the cut, or inability to bend or straighten a finger or toe",
            )
        ],
        "conf",
    ),
    (
        "Going on a cruise next month and I get seasick. Which cabin should I book?",
        [("motion-sickness", "a midship cabin on a lower deck of a boat")],
        "fact",
    ),
    (
        "Can I drive after taking meclizine for car sickness? I'm the only driver on our road trip.",
        [("motion-sickness", "do not drive or operate machinery after taking them")],
        "fact",
    ),
    (
        "Got off a cruise 6 weeks ago and I still feel like I'm rocking on the boat",
        [
            (
                "motion-sickness",
                "A feeling of rocking that lasts more than a month after leaving a boat is a separate condition",
            )
        ],
        "conf",
    ),
    (
        "Wearing a scopolamine patch for the ferry and now my eye hurts and I can't pee",
        [
            (
                "motion-sickness",
                "if confusion, eye pain or difficulty urinating develops after using a scopolamine patch",
            )
        ],
        "fact",
    ),
    (
        "There's been a sore in my mouth for 4 weeks now. Doesn't hurt. I smoke.",
        [
            (
                "mouth-ulcers",
                "especially a painless one with hard edges in a smoker or heavy drinker",
            )
        ],
        "fact",
    ),
    (
        "Are canker sores contagious? My girlfriend won't kiss me lol",
        [
            (
                "mouth-ulcers",
                "they form grouped blisters on the outside of the lips and are contagious",
            )
        ],
        "conf",
    ),
    (
        "I keep getting mouth ulcers. Could my toothpaste be the problem?",
        [("mouth-ulcers", "Use a soft toothbrush and a toothpaste free of sodium lauryl sulfate.")],
        "fact",
    ),
    (
        "Mouth ulcers keep coming, plus I've had diarrhea and lost weight lately",
        [
            (
                "mouth-ulcers",
                "Routine if ulcers come with diarrhea, weight loss, joint pains, tiredness, or genital sores",
            )
        ],
        "fact",
    ),
    (
        "nosebleed, I tilted my head back and stuffed tissue up there. that's right isn't it",
        [
            (
                "nosebleed-simple",
                "Do not lie flat or tilt the head back, and do not pack the nose with tissue.",
            )
        ],
        "fact",
    ),
    (
        "Nosebleed finally stopped. Anything I should avoid for the rest of the day?",
        [
            (
                "nosebleed-simple",
                "For 24 hours afterwards: no nose blowing, picking, heavy lifting, straining, hot drinks or alcohol.",
            )
        ],
        "fact",
    ),
    (
        "I get nosebleeds every winter, like weekly, the heating in my apartment is super dry",
        [
            (
                "nosebleed-simple",
                "Routine appointment if nosebleeds happen more than once a week, or more than 4 times in a month.",
            ),
            (
                "nosebleed-simple",
                "Prevent recurrence with a thin layer of petroleum jelly or saline gel inside the nostrils twice a day",
            ),
        ],
        "fact",
    ),
    (
        "My 80 year old dad's nose is pouring blood down the back of his throat from both sides. Pinched 15 minutes, no change.",
        [
            (
                "nosebleed-simple",
                "tends to be heavy, run down the back of the throat from both sides, and fail to stop with pressure",
            )
        ],
        "conf",
    ),
    (
        "On eliquis and had a nosebleed that stopped after 10 min. Should I skip tonight's dose?",
        [
            (
                "nosebleed-simple",
                "Keep taking prescribed blood thinners unless a clinician advises otherwise.",
            )
        ],
        "fact",
    ),
    (
        "My brother swallowed maybe 20 extra strength pills around noon, it's 5pm now. He refuses to go in because he feels normal. Is there some kind of deadline?",
        [
            (
                "overdose-poisoning",
                "the antidote acetylcysteine works best when started within 8 hours",
            )
        ],
        "fact",
    ),
    (
        "My 3 yo may have swallowed a button battery from the remote about an hour ago, we're driving to the ER now",
        [
            (
                "overdose-poisoning",
                "10 mL of honey every 10 minutes for up to 6 doses on the way to hospital",
            )
        ],
        "fact",
    ),
    (
        "Kid drank some dish soap. Should I make him throw up?",
        [
            (
                "overdose-poisoning",
                "Do not make the person vomit, and do not give salt water, milk or oils",
            )
        ],
        "fact",
    ),
    (
        "The whole family has headaches and nausea today and even the dog is sluggish. We just turned the furnace on.",
        [
            (
                "overdose-poisoning",
                "Carbon monoxide causes headache, nausea and confusion, often in several people or pets in one building at once.",
            )
        ],
        "conf",
    ),
    (
        "I gave narcan to my brother, he's awake now and wants to leave before the ambulance comes",
        [
            (
                "overdose-poisoning",
                "naloxone reverses it but lasts only 30 to 90 minutes, so breathing can stop again when it wears off",
            )
        ],
        "fact",
    ),
]

# --- palpitations-brief .. tick-bite-no-symptoms -----------------------------------------------
ITEMS += [
    (
        "My heart does a skip and then a big thump a few times in the evening, mostly lying on my left side. No pain, not dizzy. I'm 29.",
        [
            ("palpitations-brief", "which feel like a pause followed by a hard thump"),
            (
                "palpitations-brief",
                "They are more noticeable at rest, lying on the left side, or at night",
            ),
        ],
        "fact",
    ),
    (
        "heart has been racing for 20 minutes now and isn't slowing down even though I'm sitting still",
        [
            (
                "palpitations-brief",
                "Go to the emergency department for a rapid heartbeat lasting more than 15 minutes that does not settle with rest",
            )
        ],
        "fact",
    ),
    (
        "How do I take my pulse properly when the fluttering starts? The doctor wants to know.",
        [
            (
                "palpitations-brief",
                "count beats for 30 seconds at the wrist and double it; note whether the rhythm is regular or irregular",
            )
        ],
        "fact",
    ),
    (
        "fluttery heartbeat on and off, plus I've been losing weight, feel hot all the time and my hands shake",
        [
            (
                "palpitations-brief",
                "palpitations began after a new medicine, or come with weight loss, heat intolerance and tremor",
            )
        ],
        "conf",
    ),
    (
        "One week after my c-section there's a firm ridge under the scar. Is that bad?",
        [("postop-wound-healing", "By around days 5 to 9 a firm ridge forms under the scar")],
        "conf",
    ),
    (
        "When can I have a proper bath after my hernia repair? Showering is fine apparently.",
        [
            (
                "postop-wound-healing",
                "Avoid soaking in baths, pools or hot tubs until the wound is fully closed",
            )
        ],
        "fact",
    ),
    (
        "I have staples down my knee. When do they usually come out?",
        [("postop-wound-healing", "10 to 14 days on the trunk and limbs")],
        "fact",
    ),
    (
        "How much can I lift after my tummy surgery? My toddler is 25 lb and wants to be carried.",
        [
            (
                "postop-wound-healing",
                "Avoid lifting more than about 10 lb (4.5 kg) after abdominal surgery",
            )
        ],
        "fact",
    ),
    (
        "Had my hip replaced 7 weeks ago and now the scar is a bit red and warm. Surely too late for infection?",
        [
            (
                "postop-wound-infection",
                "or up to 90 days when an implant such as a joint replacement or mesh is in place",
            ),
            (
                "postop-wound-infection",
                "you have a joint replacement, heart valve, mesh or other implant and the wound changes at all",
            ),
        ],
        "conf",
    ),
    (
        "day 5 after appendix surgery, thick yellowish stuff is coming out of the incision and it smells",
        [
            (
                "postop-wound-infection",
                "new drainage appears after day 2, especially if thick or smelly",
            )
        ],
        "conf",
    ),
    (
        "My belly incision just split open and I can see stuff inside!!",
        [("postop-wound-infection", "cover it with a clean, moist dressing and lie still")],
        "fact",
    ),
    (
        "It's Saturday night and my surgical wound looks worse than this morning. The clinic is closed till Monday.",
        [
            (
                "postop-wound-infection",
                "Out of hours, use the surgeon's on-call number rather than waiting for the next clinic day.",
            )
        ],
        "fact",
    ),
    (
        "I'm 2 weeks after delivery and the bleeding has turned bright red again and got heavier.",
        [("postpartum-bleeding", "Bright red bleeding returning or increasing after day 4.")],
        "fact",
    ),
    (
        "Had the baby 5 days ago and passed a clot about the size of a plum pit. Is that normal?",
        [
            (
                "postpartum-bleeding",
                "Small clots, up to about the size of a plum stone, are common in the first days.",
            )
        ],
        "conf",
    ),
    (
        "4 weeks postpartum and the discharge smells really bad. No fever though.",
        [("postpartum-bleeding", "discharge smells bad, even without fever")],
        "fact",
    ),
    (
        "I'm soaking a maxi pad every 40 minutes, 3 days after giving birth, and feel woozy. Ambulance called - what do I do now?",
        [
            ("postpartum-bleeding", "Lie down flat with legs raised, and keep warm."),
            (
                "postpartum-bleeding",
                "Empty your bladder if you can, since a full bladder stops the uterus contracting.",
            ),
        ],
        "fact",
    ),
    (
        "Had a cold a month ago and everything's gone except this tickly cough that gets me when I laugh or lie down. It is slowly getting better.",
        [("postviral-cough", "It commonly lasts 3 to 8 weeks and slowly gets less frequent.")],
        "conf",
    ),
    (
        "what's the most dextromethorphan I can take in a day? I'm also on sertraline if that matters",
        [
            ("postviral-cough", "maximum 120 mg in 24 hours"),
            ("postviral-cough", "check with a pharmacist if you take an SSRI antidepressant"),
        ],
        "fact",
    ),
    (
        "Can I give honey to my 9 month old for her cough after a cold?",
        [("postviral-cough", "never for babies under 1 year")],
        "fact",
    ),
    (
        "My cough after the flu was getting better but now I've got a fever of 101 again and it hurts to breathe in.",
        [
            (
                "postviral-cough",
                "A new fever of 100.4°F (38°C) or higher after initial improvement, or chest pain on breathing in",
            )
        ],
        "fact",
    ),
    (
        "36 weeks. Home BP 148/94, and again 15 minutes later 146/95. I feel completely fine.",
        [
            (
                "preeclampsia-signs",
                "home blood pressure is 140/90 or higher on two readings 15 minutes apart, with no symptoms",
            )
        ],
        "fact",
    ),
    (
        "Had my baby 10 days ago and now I have a pounding headache and I'm seeing spots.",
        [("preeclampsia-signs", "These symptoms apply in the 6 weeks after birth as well.")],
        "conf",
    ),
    (
        "32 weeks pregnant, pain under my right ribs and I threw up. Thought it was just heartburn?",
        [
            (
                "preeclampsia-signs",
                "Upper abdominal or right upper quadrant pain, or new vomiting after 20 weeks.",
            )
        ],
        "conf",
    ),
    (
        "First pregnancy, 10 weeks. My sister had preeclampsia with both of hers. Should I be taking baby aspirin?",
        [
            (
                "preeclampsia-signs",
                "high-risk people are usually advised to take low-dose aspirin 81 mg daily from 12 to 16 weeks",
            )
        ],
        "fact",
    ),
    (
        "9 weeks and throwing up every morning, but water stays down. Anything over the counter I can take?",
        [
            (
                "pregnancy-nausea-mild",
                "Vitamin B6 (pyridoxine) 10 to 25 mg three or four times daily is safe in pregnancy",
            )
        ],
        "fact",
    ),
    (
        "my prenatal vitamin makes me gag and throw up every single time",
        [
            (
                "pregnancy-nausea-mild",
                "If iron-containing prenatal vitamins worsen nausea, take them at night or ask about switching to a folic-acid-only product",
            )
        ],
        "fact",
    ),
    (
        "11 weeks pregnant and I haven't kept anything down, even water, since last night - about 14 hours now",
        [("pregnancy-nausea-mild", "Cannot keep down any liquid for 12 hours or more.")],
        "conf",
    ),
    (
        "I'm 14 weeks and just started vomiting for the first time this pregnancy. Also a fever and it stings when I pee.",
        [
            (
                "pregnancy-nausea-mild",
                "Vomiting that starts for the first time after 10 weeks, or comes with pain or fever, points to another cause.",
            )
        ],
        "conf",
    ),
    (
        "Drove 9 hours to my parents' yesterday. Today suddenly short of breath, sharp pain when I breathe in, heart racing.",
        [
            ("pulmonary-embolism-signs", "Chest pain that is sharp and catches on breathing in."),
            ("pulmonary-embolism-signs", "Breathlessness that starts suddenly or at rest."),
        ],
        "conf",
    ),
    (
        "6 weeks postpartum, suddenly out of breath and I coughed up a little blood",
        [
            ("pulmonary-embolism-signs", "pregnancy and the 6 weeks after birth"),
            ("pulmonary-embolism-signs", "Coughing up blood, even a small amount."),
        ],
        "conf",
    ),
    (
        "I'm on xarelto for a clot in my lung and noticed my pee looks pink. Breathing is fine.",
        [
            (
                "pulmonary-embolism-signs",
                "the same day if, while on treatment, you notice easy bruising, nosebleeds lasting over 10 minutes, or pink urine",
            )
        ],
        "fact",
    ),
    (
        "911 is on the way for a suspected lung clot. Should I take an extra dose of my blood thinner meanwhile?",
        [
            (
                "pulmonary-embolism-signs",
                "tell the dispatcher when you last took it; do not take extra doses",
            )
        ],
        "fact",
    ),
    (
        "They think I have a kidney infection. I'm 30, healthy, not pregnant, keeping water down. Can this be done with pills at home or is it hospital?",
        [
            (
                "pyelonephritis",
                "Healthy non-pregnant adults who can drink and take tablets may be treated at home",
            )
        ],
        "fact",
    ),
    (
        "On cipro for a kidney infection since Monday. It's Thursday and I'm still feverish.",
        [
            (
                "pyelonephritis",
                "you are on antibiotics and fever or pain is not improving after 48 to 72 hours",
            )
        ],
        "fact",
    ),
    (
        "I'm 24 weeks pregnant with a fever, one side of my back hurts and it burns when I pee",
        [
            (
                "pyelonephritis",
                "Pregnancy, diabetes, immunosuppression, a single kidney, kidney transplant, or a urinary catheter.",
            )
        ],
        "conf",
    ),
    (
        "Do I need to give a urine sample before I start the antibiotics for my kidney infection?",
        [
            (
                "pyelonephritis",
                "Collect a midstream urine sample in a clean container if asked, before antibiotics.",
            )
        ],
        "fact",
    ),
    (
        "One big oval scaly patch on my chest last week, now lots of little ones on my back in a kind of christmas tree pattern. Itch a bit, feel fine.",
        [("rash-new-nonurgent", "followed by smaller patches on the trunk, lasting 6 to 8 weeks")],
        "conf",
    ),
    (
        "Ring-shaped rash on my forearm with a scaly edge that's getting bigger. Can I put hydrocortisone on it?",
        [
            (
                "rash-new-nonurgent",
                "do not use it on suspected fungal rashes without advice, as it can make them spread",
            ),
            (
                "rash-new-nonurgent",
                "Clotrimazole 1% cream twice daily for 2 to 4 weeks for a ring-shaped rash with a scaly, advancing edge.",
            ),
        ],
        "conf",
    ),
    (
        "My poison ivy rash keeps coming back even though I haven't been near the woods since",
        [
            (
                "rash-new-nonurgent",
                "Wash clothes after contact with poison ivy; the plant oil (urushiol) stays on fabric and tools.",
            )
        ],
        "fact",
    ),
    (
        "Switched laundry detergent and now I've got an itchy red rash wherever my clothes sit tight. Feel fine otherwise. How do I treat it?",
        [
            (
                "rash-new-nonurgent",
                "Stop any new soap, cosmetic, detergent or jewellery that might be the trigger",
            )
        ],
        "fact",
    ),
    (
        "sciatica down my left leg - how long can I sit at my desk before I should get up?",
        [("sciatica", "avoid sitting for more than 30 minutes at a stretch")],
        "fact",
    ),
    (
        "Sciatica for a week and now I can't walk on my heels on that side",
        [
            (
                "sciatica",
                "Call the same day for new mild weakness, such as difficulty walking on your heels or tiptoes",
            )
        ],
        "conf",
    ),
    (
        "Sciatic pain for 7 weeks now and it's not getting any better",
        [("sciatica", "pain is not improving after 4 to 6 weeks")],
        "fact",
    ),
    (
        "I inject drugs and now I have back pain with a fever, and pain running down one leg",
        [
            (
                "sciatica",
                "Also go now if back pain comes with fever and you inject drugs or are immunosuppressed",
            )
        ],
        "conf",
    ),
    (
        "My husband just had his first ever seizure, he's confused now. Should I put something in his mouth so he doesn't bite his tongue if it happens again?",
        [("seizure-first", "Do not hold the person down and never put anything in the mouth.")],
        "fact",
    ),
    (
        "Had my first seizure last month. When am I allowed to drive again?",
        [("seizure-first", "most US states require 3 to 12 months seizure-free")],
        "fact",
    ),
    (
        "My friend fainted at a concert and jerked for a few seconds, then came round right away and was totally fine",
        [
            (
                "seizure-first",
                "Fainting (see syncope) can cause a few seconds of jerking but recovery is quick",
            )
        ],
        "conf",
    ),
    (
        "HE'S BEEN SEIZING FOR 6 MINUTES",
        [
            (
                "seizure-first",
                "A seizure lasting 5 minutes or more, or repeated seizures without recovery, is status epilepticus and is life-threatening.",
            )
        ],
        "fact",
    ),
    (
        "My 80 year old mum has a UTI. No fever, temp is normal, but she's confused and breathing fast.",
        [
            (
                "sepsis-signs",
                "Do not wait for a fever; some people, particularly older adults, have a normal or low temperature.",
            )
        ],
        "fact",
    ),
    (
        "On antibiotics for pneumonia 2 days now. Not better but not worse, thinking clearly, peeing ok.",
        [
            (
                "sepsis-signs",
                "same day for a known infection that is not improving after 48 hours of antibiotics, with no sepsis signs",
            )
        ],
        "conf",
    ),
    (
        "Dad was in hospital with sepsis last month. He's still exhausted and can't sleep. Is that normal?",
        [
            (
                "sepsis-signs",
                "many survivors have fatigue, poor sleep, weakness or low mood for months (post-sepsis syndrome)",
            )
        ],
        "fact",
    ),
    (
        "Cellulitis on my leg and now I feel like I'm dying, my skin looks blotchy and I haven't peed all day",
        [
            ("sepsis-signs", "Passing no urine for 12 hours (or in a day), or very little."),
            ("sepsis-signs", "Skin that is mottled, blotchy, bluish or very pale"),
        ],
        "fact",
    ),
    (
        "I'm 70 and have had a bad pain low on the left side of my belly for 2 days, with a low fever",
        [("severe-abdominal-pain", "Diverticulitis causes lower left pain, usually after 50.")],
        "conf",
    ),
    (
        "Pain under my right ribs after a fried chicken dinner, going on 7 hours now, and a fever",
        [
            (
                "severe-abdominal-pain",
                "Gallbladder inflammation (cholecystitis) causes pain under the right ribs, often after fatty meals, lasting more than 6 hours",
            )
        ],
        "conf",
    ),
    (
        "Really bad stomach pain. Should I take a laxative? Haven't gone in 2 days.",
        [
            (
                "severe-abdominal-pain",
                "Do not take laxatives or enemas, and do not apply heat to a painful area for long periods.",
            )
        ],
        "fact",
    ),
    (
        "I have afib and suddenly have horrible belly pain, but it doesn't even hurt much when I press on it",
        [
            (
                "severe-abdominal-pain",
                "mesenteric ischemia, often in people with atrial fibrillation, causes pain far worse than the examination suggests",
            )
        ],
        "conf",
    ),
    (
        "I'm 22, tall, I smoke. Sudden sharp pain on one side of my chest and I can't get my breath.",
        [
            (
                "severe-breathlessness",
                "typically sudden one-sided chest pain in tall young adults, smokers or people with lung disease",
            )
        ],
        "conf",
    ),
    (
        "COPD here, my oximeter usually sits at 89, now 86 and I'm really short of breath",
        [("severe-breathlessness", "or under 88% for someone with COPD who usually runs low")],
        "fact",
    ),
    (
        "How should I sit while I wait for the ambulance? Can't breathe well.",
        [
            (
                "severe-breathlessness",
                "Sit upright, leaning slightly forward with arms resting on a table or knees.",
            )
        ],
        "fact",
    ),
    (
        "Been getting breathless only on stairs for a few days. Oxygen 96% resting. Fine sitting down.",
        [
            (
                "severe-breathlessness",
                "if breathlessness is only on exertion, has built gradually over days, and oxygen is 94% or above at rest",
            )
        ],
        "conf",
    ),
    (
        "My son spilled boiling water down his whole arm, it's blistering. Ambulance coming. How do I cover it?",
        [
            (
                "severe-burn",
                "Cover loosely with plastic cling film laid in strips (not wrapped tightly) or a clean non-fluffy cloth.",
            )
        ],
        "fact",
    ),
    (
        "We got out of a kitchen fire. My husband's voice is hoarse and there's black stuff around his nose.",
        [
            (
                "severe-burn",
                "Signs of smoke inhalation are singed nose hairs, soot around the mouth or nose, hoarse voice",
            ),
            ("severe-burn", "the airway can swell over hours"),
        ],
        "conf",
    ),
    (
        "Got dry drain cleaner powder on my arm. Rinse it right away?",
        [
            (
                "severe-burn",
                "For dry chemical powder, brush it off first, then flush with running water for at least 20 minutes.",
            )
        ],
        "fact",
    ),
    (
        "How big a burn is too big for home? Mine is about the size of both my palms.",
        [("severe-burn", "the person's palm including fingers is about 1 percent")],
        "fact",
    ),
    (
        "My 3 yo has been throwing up all day, no wet diaper since 7am and it's 3pm, and she cries without tears",
        [
            (
                "severe-dehydration",
                "no wet diaper in 6 to 8 hours, no tears, sunken eyes or a sunken soft spot",
            )
        ],
        "fact",
    ),
    (
        "can't keep anything down, I throw up every time I drink a glass. what am I even supposed to try?",
        [
            (
                "severe-dehydration",
                "1 to 2 teaspoons (5 to 10 mL) of oral rehydration solution every 2 to 5 minutes",
            )
        ],
        "fact",
    ),
    (
        "Stomach bug. I take lisinopril and a water pill - keep taking them or not?",
        [
            (
                "severe-dehydration",
                "Pause metformin, SGLT2 inhibitors, diuretics, ACE inhibitors or ARBs, and NSAIDs only if your care team's sick-day plan says so",
            )
        ],
        "fact",
    ),
    (
        "Vomiting for 12 hours, but now I'm keeping small sips down.",
        [
            (
                "severe-dehydration",
                "vomiting has lasted more than 12 hours but small sips are now staying down",
            )
        ],
        "conf",
    ),
    (
        "Blisters popped up on my forehead and down the side of my nose, only on the left, and that eye is going red",
        [("shingles", "Rash on the forehead, around the eye, or on the tip or side of the nose")],
        "conf",
    ),
    (
        "I have shingles and my daughter-in-law is pregnant and never had chickenpox. Can I still visit?",
        [
            (
                "shingles",
                "Until all blisters have crusted, avoid contact with pregnant people who have not had chickenpox",
            )
        ],
        "fact",
    ),
    (
        "My shingles healed 2 months ago but that area still burns like crazy",
        [
            (
                "shingles",
                "Routine appointment for nerve pain persisting more than 4 weeks after the rash has healed.",
            )
        ],
        "fact",
    ),
    (
        "I'm 62 and just got over shingles. Do I still need the vaccine?",
        [
            (
                "shingles",
                "the recombinant shingles vaccine (2 doses, 2 to 6 months apart) for adults 50 and over",
            )
        ],
        "fact",
    ),
    (
        "Using the fluticasone for my sinus pressure for 2 days and honestly nothing yet. Is it a dud?",
        [("sinusitis-persistent", "reduces swelling; it takes a few days to help")],
        "fact",
    ),
    (
        "Sinus infection, started amoxicillin 4 days ago and I'm no better at all",
        [
            (
                "sinusitis-persistent",
                "Routine if no improvement 3 to 5 days after starting antibiotics",
            )
        ],
        "fact",
    ),
    (
        "Stuffy nose and pressure in my face for 14 days straight, not improving even a little",
        [("sinusitis-persistent", "symptoms lasting more than 10 days without any improvement")],
        "conf",
    ),
    (
        "sinus infection and now my eyelid is swollen and it hurts to move my eye",
        [
            (
                "sinusitis-persistent",
                "Swelling, redness or pain around the eye, double vision, reduced vision, or a bulging eye: possible orbital spread, escalate.",
            )
        ],
        "conf",
    ),
    (
        "Quit cigarettes 2 days ago and I'm snapping at everyone and can't concentrate at work. When does this part end?",
        [("smoking-cessation", "peak in the first 3 days and usually ease over 2 to 4 weeks")],
        "fact",
    ),
    (
        "Started varenicline to quit and I'm having crazy vivid dreams and nausea",
        [
            (
                "smoking-cessation",
                "Call sooner if vivid dreams, nausea or insomnia make you want to stop a quit medicine.",
            )
        ],
        "fact",
    ),
    (
        "I take clozapine and want to quit smoking next week. Anything I should know?",
        [
            (
                "smoking-cessation",
                "you take clozapine, olanzapine, theophylline or warfarin, since stopping smoking raises their blood levels",
            )
        ],
        "fact",
    ),
    (
        "I'm 62, smoked for 30 years, quit 5 years ago. Should I be getting lung screening?",
        [
            (
                "smoking-cessation",
                "Adults aged 50 to 80 with 20 pack-years of smoking who smoke now or quit within 15 years qualify",
            )
        ],
        "fact",
    ),
    (
        "Sudden sore throat, fever 101.8, white spots on my tonsils, glands at the front of my neck are sore, and no cough",
        [
            (
                "sore-throat-uncomplicated",
                "Fever of 101°F (38.3°C) or higher with white tonsil patches, tender front-of-neck glands and no cough",
            )
        ],
        "conf",
    ),
    (
        "My throat is so bad on one side I can't open my mouth all the way and my voice sounds muffled",
        [
            (
                "sore-throat-uncomplicated",
                "jaw that will not open fully (trismus): possible peritonsillar abscess or epiglottitis",
            )
        ],
        "conf",
    ),
    (
        "Throat has been raw for 8 days now and the urgent care strep swab was negative. Still not easing - I'm a teacher and need my voice back.",
        [
            (
                "sore-throat-uncomplicated",
                "Routine appointment: sore throat not improving after 7 days",
            )
        ],
        "fact",
    ),
    (
        "how do I make the salt water gargle and how often should I do it?",
        [("sore-throat-uncomplicated", "half a teaspoon of salt in 8 oz / 240 mL of warm water")],
        "fact",
    ),
    (
        "My mom's face drooped and her words were slurred for about 10 minutes, now she's completely back to normal. Do we still need to go in?",
        [
            (
                "stroke-signs",
                "it is still an emergency, because the risk of a full stroke is highest in the first 48 hours",
            )
        ],
        "conf",
    ),
    (
        "Husband woke up with a weak arm and can't get his words out. Should I give him an aspirin while we wait?",
        [("stroke-signs", "Do not give aspirin, food, drink or tablets")],
        "fact",
    ),
    (
        "Last week my dad couldn't see out of one eye for a few minutes. It went away and he never got checked. Book him in?",
        [
            (
                "stroke-signs",
                "arrange same-day emergency or TIA clinic evaluation, not a routine booking",
            )
        ],
        "fact",
    ),
    (
        "Why do the paramedics keep asking what time his symptoms started?",
        [
            (
                "stroke-signs",
                "Note the exact time symptoms started or when the person was last seen normal; this decides treatment.",
            )
        ],
        "fact",
    ),
    (
        "Stye on my lower lid. Should I squeeze it like a pimple?",
        [("stye", "Do not squeeze or pop the stye; this can spread the infection.")],
        "fact",
    ),
    (
        "Hard painless lump on my eyelid for 6 weeks, not red at all",
        [("stye", "Routine for a painless lump persisting more than 1 month (chalazion)")],
        "conf",
    ),
    (
        "My whole eyelid is puffy and red now and the eye is nearly swollen shut. It started as a little stye.",
        [
            (
                "stye",
                "Swelling and redness spreading over the whole eyelid or onto the cheek, or the eye swelling shut",
            )
        ],
        "conf",
    ),
    (
        "How long and how often should I do the warm compress on my stye?",
        [("stye", "for 10 to 15 minutes, 3 to 4 times a day")],
        "fact",
    ),
    (
        "Sometimes I think everyone would be better off if I just didn't wake up. I'm not going to do anything. My wife is home with me.",
        [
            (
                "suicidal-thoughts",
                "same day for passive thoughts of death with no plan or intent, where the person is safe with others present",
            )
        ],
        "conf",
    ),
    (
        "My son has been talking about ending it and we have a hunting rifle in the closet",
        [
            (
                "suicidal-thoughts",
                "Remove or lock away firearms (ideally stored outside the home), medicines, blades and ligatures.",
            )
        ],
        "fact",
    ),
    (
        "I'm scared to ask my sister if she's suicidal, I don't want to put the idea in her head",
        [("suicidal-thoughts", "does not plant the idea and often brings relief")],
        "fact",
    ),
    (
        "My daughter was discharged from the psych unit yesterday. When should she be seen?",
        [
            (
                "suicidal-thoughts",
                "within 24 to 72 hours after an emergency or crisis visit or psychiatric discharge, when risk is highest",
            )
        ],
        "fact",
    ),
    (
        "Should I put vaseline on my sunburn?",
        [("sunburn-mild", "Avoid petroleum jelly on fresh sunburn, which traps heat.")],
        "fact",
    ),
    (
        "Burned after 20 minutes outside, way worse than ever before. I started doxycycline for acne last week.",
        [
            (
                "sunburn-mild",
                "Some medicines, including doxycycline, hydrochlorothiazide, certain acne treatments and St John's wort, make skin burn more easily.",
            )
        ],
        "fact",
    ),
    (
        "sunburned and now I have chills, I'm nauseous and threw up once",
        [("sunburn-mild", "Fever, chills, nausea or vomiting with sunburn")],
        "conf",
    ),
    (
        "Can I use the numbing spray with lidocaine on my sunburn?",
        [
            (
                "sunburn-mild",
                "Avoid products with benzocaine or lidocaine, which can irritate or cause allergy.",
            )
        ],
        "fact",
    ),
    (
        "My dad is 67 and blacked out in the kitchen this morning with no warning at all. First time ever. He's up and chatting now.",
        [
            ("syncope", "Age over 60 with a first faint, or known heart disease or abnormal ECG."),
            ("syncope", "No warning, or significant injury from the fall."),
        ],
        "conf",
    ),
    (
        "I always pass out at blood draws, I can feel it coming on. Anything I can do?",
        [
            (
                "syncope",
                "Physical counter-pressure moves (crossing legs and tensing, clenching fists) can abort a vasovagal faint.",
            )
        ],
        "fact",
    ),
    (
        "Fainted at church standing for a long time, felt hot and sweaty first. I'm 19 and healthy. Never happened before.",
        [
            (
                "syncope",
                "Arrange same-day assessment, including an ECG, for any first or unexplained faint.",
            )
        ],
        "conf",
    ),
    (
        "My uncle died suddenly at 40 and today I fainted for no reason",
        [("syncope", "a family history of sudden unexplained death under 50")],
        "fact",
    ),
    (
        "Headache like a tight band across my forehead every afternoon at my desk job. No nausea, light doesn't bother me.",
        [
            (
                "tension-headache",
                "Take a 5-minute break from screens every hour; check desk and monitor height.",
            )
        ],
        "conf",
    ),
    (
        "I've been taking advil for headaches almost every day this month",
        [
            (
                "tension-headache",
                "Using them on 15 or more days a month can cause medication-overuse headache.",
            )
        ],
        "fact",
    ),
    (
        "My tension headache has gone on 9 days in a row now",
        [
            (
                "tension-headache",
                "Routine if a tension headache lasts more than 7 days in a row despite self-care.",
            )
        ],
        "fact",
    ),
    (
        "my headaches get worse when I cough or strain on the toilet and they've been getting worse over the last few weeks",
        [
            (
                "tension-headache",
                "headaches are steadily worsening over weeks, wake you from sleep, or are worse when lying down, coughing or straining",
            )
        ],
        "conf",
    ),
    (
        "My 14 yo woke up with terrible pain in one testicle and he's throwing up",
        [
            (
                "testicular-pain-sudden",
                "the testicle can usually be saved if surgery happens within 6 hours of pain starting",
            )
        ],
        "conf",
    ),
    (
        "Dull ache in my testicle that came on slowly over 2 days, burning when I pee, some discharge",
        [
            (
                "testicular-pain-sudden",
                "a dull ache that came on gradually over days with urinary symptoms or discharge and no vomiting",
            )
        ],
        "conf",
    ),
    (
        "Found a painless lump on my testicle in the shower",
        [
            (
                "testicular-pain-sudden",
                "routinely for a painless lump or swelling in a testicle, which needs examination within 2 weeks",
            )
        ],
        "fact",
    ),
    (
        "My teen says his stomach hurts low down, came on suddenly, and he won't say anything more",
        [
            (
                "testicular-pain-sudden",
                "Teenagers may describe only lower abdominal pain, out of embarrassment, so the scrotum should always be asked about.",
            )
        ],
        "conf",
    ),
    (
        "Got a sudden explosive headache during sex last night, the worst ever. It's a bit better today so probably fine?",
        [
            (
                "thunderclap-headache",
                "Onset during exercise, sex, coughing, lifting or straining on the toilet.",
            ),
            (
                "thunderclap-headache",
                "A sudden severe headache from days ago that has not been assessed still needs same-day emergency evaluation.",
            ),
        ],
        "conf",
    ),
    (
        "I have migraines but this one hit like a bat to the back of my head within seconds",
        [
            (
                "thunderclap-headache",
                "Even people with migraine must treat a sudden, different, explosive headache as thunderclap.",
            )
        ],
        "conf",
    ),
    (
        "My mom and her sister both had brain aneurysms. Should I get checked?",
        [
            (
                "thunderclap-headache",
                "to discuss screening if two or more first-degree relatives have had a brain aneurysm",
            )
        ],
        "fact",
    ),
    (
        "I'm on methimazole and have a sore throat and a temperature of 100.8",
        [
            (
                "thyroid-medication",
                "Sore throat, mouth ulcers or fever of 100.4°F (38°C) or higher on methimazole or propylthiouracil",
            )
        ],
        "fact",
    ),
    (
        "Been on levothyroxine for years and this month the pharmacy gave me a different generic. Anything I need to do?",
        [("thyroid-medication", "if the pharmacy switches it, request a TSH check after 6 weeks")],
        "fact",
    ),
    (
        "TSH blood draw on Friday. I take a hair-skin-nails gummy with biotin every day - do I need to pause it?",
        [("thyroid-medication", "stop them for at least 2 days before a test")],
        "fact",
    ),
    (
        "They changed my thyroid dose 3 weeks ago. When do I get my TSH rechecked?",
        [("thyroid-medication", "that is why TSH is rechecked 6 to 8 weeks after any change")],
        "fact",
    ),
    (
        "Pulled a tick off my kid and the head is still stuck in the skin",
        [
            (
                "tick-bite-no-symptoms",
                "If mouthparts remain in the skin and cannot be lifted out easily, leave them; the skin will shed them.",
            )
        ],
        "fact",
    ),
    (
        "Found a fat engorged deer tick on me, probably on for 2 days. We live in Connecticut. Do I need antibiotics?",
        [
            (
                "tick-bite-no-symptoms",
                "A single dose of doxycycline may be offered if it can be started within that 72-hour window.",
            )
        ],
        "fact",
    ),
    (
        "Small red bump where the tick was, came up the next day, about the size of a pea. Lyme?",
        [("tick-bite-no-symptoms", "fades is a normal skin reaction, not Lyme disease")],
        "conf",
    ),
    (
        "Should I burn the tick off with a match first so it lets go?",
        [
            (
                "tick-bite-no-symptoms",
                "Do not use a hot match, nail polish or petroleum jelly; these delay removal.",
            )
        ],
        "fact",
    ),
    (
        "10 days after a tick bite there's a red rash that keeps getting bigger, about 3 inches across now",
        [
            (
                "tick-bite-no-symptoms",
                "Expanding rash 2 inches (5 cm) or larger at or away from the bite",
            )
        ],
        "conf",
    ),
]

# --- urinary-symptoms-men .. warfarin-inr ------------------------------------------------------
ITEMS += [
    (
        "I'm 67 and haven't been able to pee since this morning. My lower belly is swollen and it hurts.",
        [
            (
                "urinary-symptoms-men",
                "Unable to pass urine for several hours with a painful, swollen lower belly: acute urinary retention",
            )
        ],
        "conf",
    ),
    (
        "took sudafed for a cold and now I can barely pee. I'm 72 and I know my prostate is big.",
        [
            (
                "urinary-symptoms-men",
                "Avoid over-the-counter decongestants (pseudoephedrine) and sedating antihistamines (diphenhydramine), which can trigger retention.",
            ),
            (
                "urinary-symptoms-men",
                "Same day if a new medicine (especially a decongestant, antihistamine or antidepressant) is followed by difficulty passing urine.",
            ),
        ],
        "fact",
    ),
    (
        "Annoying dribble after I go that ends up on my trousers, and I never feel fully emptied. Man, 63. Any tricks?",
        [
            (
                "urinary-symptoms-men",
                "Double voiding: after urinating, wait 30 seconds and try again.",
            ),
            ("urinary-symptoms-men", "Gently press behind the scrotum to clear dribbling."),
        ],
        "fact",
    ),
    (
        "45M, burning when I pee, fever of 101, and a deep ache between my balls and my backside",
        [
            (
                "urinary-symptoms-men",
                "Fever of 100.4°F (38°C) or chills with burning, frequency, or pain between the scrotum and anus: possible acute prostatitis",
            )
        ],
        "conf",
    ),
    (
        "Started tamsulosin last week and I get lightheaded when I stand up",
        [("urinary-symptoms-men", "tamsulosin can cause dizziness on standing, so rise slowly")],
        "fact",
    ),
    (
        "Took AZO for my bladder infection and my pee is bright orange. Can I keep taking it? It's day 3.",
        [
            (
                "uti-symptoms-women",
                "numbs burning but does not treat infection, turns urine orange-red and can stain contact lenses",
            )
        ],
        "fact",
    ),
    (
        "35F, bladder infection symptoms since yesterday and I took the first antibiotic this morning. How soon should the stinging ease off?",
        [
            (
                "uti-symptoms-women",
                "Uncomplicated cystitis in non-pregnant women usually responds within 24 to 48 hours to a short antibiotic course",
            )
        ],
        "fact",
    ),
    (
        "Will cranberry juice cure my UTI?",
        [("uti-symptoms-women", "Cranberry products do not treat an active infection.")],
        "fact",
    ),
    (
        "This is my 3rd bladder infection since January and it's only June",
        [
            (
                "uti-symptoms-women",
                "Routine appointment for 2 or more infections in 6 months, or 3 or more in a year, to discuss prevention.",
            )
        ],
        "fact",
    ),
    (
        "Burning and peeing all the time. I'm 20 weeks pregnant. Can I just drink lots of water and wait?",
        [
            (
                "uti-symptoms-women",
                "Pregnancy with urinary symptoms: same day clinician review (never self-treat, and do not wait for symptoms to pass).",
            )
        ],
        "conf",
    ),
    (
        "A week after my vaccine my arm has a red, itchy, warm patch around where the shot went. Is it infected?",
        [("vaccine-reaction-local", "fades over 4 to 5 days; it is not an infection")],
        "conf",
    ),
    (
        "Should I take tylenol before my shingles shot so I don't get the side effects?",
        [("vaccine-reaction-local", "can be taken after vaccination for discomfort")],
        "fact",
    ),
    (
        "Had dose one of the shingles vaccine yesterday and I've spent today in bed, achy and shivery. Is that expected?",
        [
            (
                "vaccine-reaction-local",
                "roughly 1 in 6 people feel unwell enough to limit normal activity for a day or two",
            )
        ],
        "fact",
    ),
    (
        "My shoulder has hurt and I can't lift my arm properly for 3 weeks since my flu shot. They gave it really high up.",
        [
            (
                "vaccine-reaction-local",
                "Routine appointment for shoulder pain and limited movement lasting more than 2 weeks after a shot",
            )
        ],
        "fact",
    ),
    (
        "fever of 102.4 the day after my kid's vaccines, otherwise playing",
        [("vaccine-reaction-local", "or any fever reaches 102°F (38.9°C)")],
        "fact",
    ),
    (
        "Thin grey discharge that smells fishy, worse after sex, not really itchy. Can I just use the yeast cream?",
        [
            (
                "vaginal-yeast",
                "Bacterial vaginosis causes a thin grey-white discharge with a fishy smell, often stronger after sex, and little itch.",
            )
        ],
        "conf",
    ),
    (
        "I'm using monistat and we use condoms for birth control. Is that a problem?",
        [
            (
                "vaginal-yeast",
                "Oil-based creams and suppositories can weaken latex condoms and diaphragms for several days",
            )
        ],
        "fact",
    ),
    (
        "I'm pregnant and pretty sure I have a yeast infection. Can I take the diflucan pill?",
        [
            (
                "vaginal-yeast",
                "topical treatment for 7 days is preferred; oral fluconazole is avoided",
            )
        ],
        "fact",
    ),
    (
        "5th yeast infection this year. I'm so done with this.",
        [("vaginal-yeast", "Routine for 4 or more episodes in 12 months (recurrent candidiasis)")],
        "fact",
    ),
    (
        "Started jardiance for my diabetes a month ago and now I've got a yeast infection. Coincidence?",
        [
            (
                "vaginal-yeast",
                "Triggers include antibiotics, pregnancy, uncontrolled diabetes, SGLT2 inhibitor diabetes medicines",
            )
        ],
        "fact",
    ),
    (
        "Norovirus is going through our house. Does hand sanitizer work against it?",
        [
            (
                "viral-gastroenteritis-adult",
                "Norovirus resists alcohol hand gel; wash hands with soap and water for 20 seconds.",
            )
        ],
        "fact",
    ),
    (
        "Threw up about an hour ago. When can I start drinking again and how much?",
        [
            (
                "viral-gastroenteritis-adult",
                "Rest the stomach for 30 to 60 minutes after vomiting, then take 1 to 2 tablespoons (15 to 30 mL)",
            )
        ],
        "fact",
    ),
    (
        "Stomach bug, I've been vomiting on and off for 30 hours now, but small sips do stay down and I'm peeing",
        [
            (
                "viral-gastroenteritis-adult",
                "Same day if vomiting continues beyond 24 hours even though small sips stay down",
            )
        ],
        "conf",
    ),
    (
        "can I take ibuprofen for the aches with this stomach flu? still throwing up a bit",
        [
            (
                "viral-gastroenteritis-adult",
                "avoid ibuprofen while dehydrated because it can strain the kidneys",
            )
        ],
        "fact",
    ),
    (
        "All of a sudden a shower of floaters and flashes in my right eye, and now a shadow is creeping in from the side",
        [
            (
                "vision-loss-sudden",
                "a sudden shower of floaters, flashes of light and then a shadow or curtain spreading across the vision",
            )
        ],
        "conf",
    ),
    (
        "My eye is red and really painful, I see rainbow halos around the lights and I just threw up",
        [
            (
                "vision-loss-sudden",
                "Acute angle-closure glaucoma causes a painful red eye, blurred vision with halos around lights, headache and vomiting",
            )
        ],
        "conf",
    ),
    (
        "Noticed 2 new floaters today. No flashes, no shadow, vision otherwise normal.",
        [
            (
                "vision-loss-sudden",
                "the same day for a few new floaters without flashes or shadow, or gradual blurring over weeks",
            )
        ],
        "conf",
    ),
    (
        "Went blind in my left eye for about 2 minutes, like a blind being pulled down, then it came back fine",
        [
            (
                "vision-loss-sudden",
                "like a curtain coming down (amaurosis fugax), is a warning sign of stroke",
            )
        ],
        "fact",
    ),
    (
        "Finger-stick INR says 7.8 and my gums have been bleeding a little when I brush.",
        [
            (
                "warfarin-inr",
                "INR above 10, or above range with any bleeding: escalate for immediate clinician review.",
            )
        ],
        "fact",
    ),
    (
        "I'm on warfarin and I'm starting a new diet with a big salad every day",
        [("warfarin-inr", "Keep vitamin K intake steady rather than avoiding greens")],
        "fact",
    ),
    (
        "I have a tooth pulled in 2 weeks and I take warfarin. Who do I tell?",
        [
            (
                "warfarin-inr",
                "Routine for planned procedures or dental extraction, at least 1 week before, to plan any interruption.",
            )
        ],
        "fact",
    ),
    (
        "I have a mechanical mitral valve and my INR today was 1.6",
        [
            (
                "warfarin-inr",
                "INR well below range in someone with a mechanical valve: same day, within hours.",
            ),
            (
                "warfarin-inr",
                "some mechanical heart valves, especially in the mitral position, need 2.5 to 3.5",
            ),
        ],
        "fact",
    ),
    (
        "On warfarin, bumped my head on the car door frame. Feel completely fine.",
        [("warfarin-inr", "Any blow to the head, even minor, while on warfarin")],
        "conf",
    ),
]


def load_bodies() -> dict[str, str]:
    """Pathway bodies exactly as pipelines/triage/corpus.py loads them (front matter removed)."""
    return {p.pathway_id: p.text for p in load_corpus().pathways}


def section_of(body: str, quote: str) -> str | None:
    """The heading of the section whose single sentence / list item holds `quote`, else None."""
    for sec in sections(body):
        for s, e in split_sentences(sec.body):
            if quote in sec.body[s:e]:
                return sec.heading
    return None


def check(bodies: dict[str, str]) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    for n, (query, rel, tag) in enumerate(ITEMS, 1):
        where = f"item {n} ({query[:40]!r})"
        if query in seen:
            errors.append(f"{where}: duplicate query")
        seen.add(query)
        if tag not in {"conf", "fact", ""}:
            errors.append(f"{where}: bad tag {tag!r}")
        if not 1 <= len(rel) <= 3:
            errors.append(f"{where}: {len(rel)} passages (want 1 to 3)")
        if len(set(rel)) != len(rel):
            errors.append(f"{where}: repeated passage")
        for pid, quote in rel:
            if pid not in bodies:
                errors.append(f"{where}: unknown pathway {pid!r}")
                continue
            if quote not in bodies[pid]:
                errors.append(f"{where}: quote not verbatim in {pid}: {quote!r}")
                continue
            words = len(quote.split())
            if not 5 <= words <= 20:
                errors.append(f"{where}: quote has {words} words: {quote!r}")
            if _MARKDOWN.search(quote) or quote != quote.strip():
                errors.append(f"{where}: markdown or padding in quote {quote!r}")
            if section_of(bodies[pid], quote) is None:
                errors.append(f"{where}: quote spans sentences or sections in {pid}: {quote!r}")
    return errors


def near_duplicates() -> list[str]:
    """Queries too close to each other, to the dev set or to rerank_pairs.jsonl."""
    ours = [q for q, _, _ in ITEMS]
    errors = [
        f"items {i + 1} and {j + 1} near duplicates ({s:.2f})"
        for i, j, s in near_duplicate_pairs(ours, ours, threshold=NEAR_DUP)
        if i < j
    ]
    for path in (DEV, PAIRS):
        if not path.exists():
            continue
        other = [json.loads(line)["query"] for line in path.read_text().splitlines() if line]
        for i, j, s in near_duplicate_pairs(ours, other, threshold=NEAR_DUP):
            errors.append(f"item {i + 1} ~ {path.name}:{j + 1} ({s:.2f})")
    return errors


def stats(bodies: dict[str, str]) -> dict[str, object]:
    per_pathway = Counter(pid for _, rel, _ in ITEMS for pid in {p for p, _ in rel})
    primary = Counter(rel[0][0] for _, rel, _ in ITEMS)
    by_section = Counter(section_of(bodies[p], q) for _, rel, _ in ITEMS for p, q in rel)
    dev_quotes = set()
    if DEV.exists():
        for line in DEV.read_text().splitlines():
            dev_quotes |= {(r["pathway_id"], r["quote"]) for r in json.loads(line)["relevant"]}
    ours = [(p, q) for _, rel, _ in ITEMS for p, q in rel]
    return {
        "items": len(ITEMS),
        "passages": len(ours),
        "pathways_covered": len(per_pathway),
        "pathways_missing": sorted(set(bodies) - set(per_pathway)),
        "primary_items_per_pathway": dict(sorted(Counter(primary.values()).items())),
        "tags": dict(Counter(t or "general" for _, _, t in ITEMS)),
        "quotes_by_section": dict(by_section.most_common()),
        "quotes_shared_with_dev": sum(1 for x in ours if x in dev_quotes),
    }


def main() -> int:
    bodies = load_bodies()
    errors = check(bodies) + near_duplicates()
    primary = Counter(rel[0][0] for _, rel, _ in ITEMS)
    errors += [
        f"pathway {p}: {primary[p]} items (want 3 to 5)" for p in bodies if not 3 <= primary[p] <= 5
    ]
    if "--check" in sys.argv:
        print("\n".join(errors))
        print(json.dumps(stats(bodies), indent=1))
        return 1 if errors else 0
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    tmp = OUT.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for n, (query, rel, _tag) in enumerate(ITEMS, 1):
            row = {
                "id": f"rc-{n:04d}",
                "query": query,
                "relevant": [{"pathway_id": p, "quote": q} for p, q in rel],
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(OUT)
    # Re-read what was written: JSON per line, exact fields, unique ids, quotes verbatim.
    ids = set()
    for line in OUT.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert set(row) == {"id", "query", "relevant"}, row
        assert row["id"] not in ids, row["id"]
        ids.add(row["id"])
        for r in row["relevant"]:
            assert set(r) == {"pathway_id", "quote"} and r["quote"] in bodies[r["pathway_id"]], r
    print(json.dumps(stats(bodies), indent=1))
    print(f"wrote {OUT.relative_to(REPO)} ({len(ids)} items)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
