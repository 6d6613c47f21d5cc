"""Build diverse_messages.jsonl: decision-model training/calibration messages in voices unlike
the main files (terse, rambling, non-native, caregivers, mixed concerns). Deterministic.

Labels follow the rubric in pipelines/triage/dev/acuity_README.md. Run:
/work/venv/bin/python -m pipelines.triage.data.build_diverse_messages
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from pipelines.jsonl import write_objects
from pipelines.triage.dev.acuity_charts import build_chart

OUT = Path(__file__).resolve().parent / "diverse_messages.jsonl"
BANDS = {1: "1-self-care", 2: "2-routine", 3: "3-same-day", 4: "4-urgent", 5: "5-stat"}
ROUTING = {1: "clear", 2: "queue", 3: "queue", 4: "escalate", 5: "escalate"}

# "@<band> | <chart spec>" then the message (one or more lines).
ITEMS = r"""
@1 | F31 T36.7 HR74
stuffy since monday, sneezy, bit of a headache. no temp. decongestant ok with the pill?
@1 | M47 T36.8 HR70
Good morning, I am writing because I have small pain in my heel when I wake up, first steps only, after it go away. I walk a lot in my new job. Which exercise or shoe I can do?
@1 | F9 T36.8 HR88
Her mum writing. Ella (9) has a wobbly baby tooth that's bleeding a tiny bit when she eats apples. Is that fine to leave?
@1 | M23 T36.9 HR76
so i stubbed my little toe on the bed frame last night, its bruised purple but i can walk in trainers ok. buddy tape it?
@1 | F56 T36.6 HR68 BP124/78
Quick one: is it safe to take an antacid at the same time as my vitamin D? Occasional indigestion only after curry.
@1 | M6 T37.0 HR96
dad here. my boy has a runny nose and mild cough 3 days, eating and playing ok, no fever. nursery says he can come in? what do we give him
@1 | F28 T36.7 HR72
I got a paper cut type slice on my thumb from a box, tiny, stopped bleeding. Want to know if I need a tetanus shot, had one 4 years ago.
@1 | M69 T36.8 HR66 BP130/80
My wife insists I write. I have a little itchy patch on my forearm after gardening, few red bumps, no spreading, no fever. I'm 69, keen gardener. Is a hydrocortisone cream fine?
@1 | F35 T36.7 HR70
Hello doctor, in the flight tomorrow my ears always get pain when landing. Is there something I can do? I have no cold now.
@1 | M18 T36.8 HR72
yo got a bit of a hangover headache and feel sick, drank too much at a party. no injuries. just want to know what helps lol
@1 | F44 T36.9 HR78
I have a bruise on my thigh from walking into the desk corner, it's going green and yellow now, no pain really. Just checking that colour change is normal
@1 | M39 T36.7 HR68
Please advise. Since 2 days dry eyes in the office, they burn at end of day, no pain, vision good. Can I use artificial tears?
@1 | F13 T36.8 HR84
Writing for my daughter (13), she has a few blackheads and spots on her forehead. Nothing painful. What face wash is ok for her age?
@1 | M51 T36.6 HR72 BP128/82; c=Hypertension; m=ramipril 5 mg daily
Had a bit of a gassy bloated tummy after beans yesterday. Otherwise totally fine. Can I take simethicone with my BP tablet?
@1 | F62 T36.7 HR70 BP126/76; c=Hypothyroidism; m=levothyroxine 100 mcg daily
Mild sore throat starting today, no fever, swallowing fine, just a tickle. I'm on thyroxine, any lozenges I should avoid?
@1 | M33 T36.8 HR70
OMG my finger is stuck swollen after I caught it in the car door!!! ok it's not that bad, I can bend it fully, nail is fine, just sore. ice?
@1 | F25 T36.6 HR74
Mild thrush again, same itch and white discharge as the last two times. Can I just buy the pessary again?
@1 | M29 T36.7 HR70
I pulled something in my neck sleeping funny. stiff turning left. no numbness. heat pack?
@1 | F40 T36.8 HR76
Recently travel from the hot country and I have the prickly little red spots on my back with itching, in the heat. Is it the heat rash? What to do?
@1 | M45 T36.8 HR74
Went on a long hike, my thighs and calves are super sore 2 days later, both legs same, no swelling. Normal?
@1 | F37 T36.9 HR80
Asking for my husband who won't message himself: he has a cold sore coming up on his lip, tingling. Any point starting the cream now?
@1 | M60 T36.7 HR68 BP128/80
Earwax blocked feeling in one ear since a swim. No pain, no discharge. Olive oil drops ok?
@1 | F21 T36.8 HR78
got a bee sting on my hand at the picnic, red and swollen only around the sting, about a coin size, no trouble breathing. what now
@1 | M12 T36.9 HR86
Our son (12) got a splinter in his palm, got most of it out with tweezers, tiny bit left, no redness. Leave it?
@1 | F48 T36.7 HR72
Sleeping terribly since I started the new night shift rota. Not depressed, just jet-lagged feeling. Tips?
@1 | M35 T36.8 HR74
really itchy scalp and dandruff on my beard as well. harmless right? shampoo suggestions
@1 | F70 T36.6 HR70 BP132/80
I'm 70 and healthy. Got a little nick shaving my legs, bleeding stopped with a plaster. Not on any blood thinners. Just silly question if I need anything else.
@1 | M27 T36.7 HR66
Mild cramp in my calf at night after football, goes after stretching. Happens once or twice a week. Magnesium?
@2 | F51 T36.8 HR72
The heartburn I get is now most days for about two months even with the pharmacy tablets. No trouble swallowing, no weight loss. Can I see someone?
@2 | M42 T36.7 HR70
ringing in both ears for a few months, worse at night, hearing ok. no dizziness. is there any test?
@2 | F33 T36.8 HR74
Hello, I want to ask about my periods being very heavy, I change pad every 2-3 hours on heavy days, for 6 months, I feel tired. Not urgent but I want to check.
@2 | M58 T36.7 HR68 BP138/84
Getting up 3 times a night to pee for a year now, weak stream. No pain or blood. Worth checking the prostate?
@2 | F45 T36.8 HR76
My knee clicks and aches on stairs for about 2 months, no swelling, no injury, I run 10k a week. Could I get a physio referral
@2 | M61 T36.6 HR70 BP136/84; c=Type 2 diabetes mellitus; m=metformin 1000 mg twice daily
Need my diabetes review booking, also my eyes haven't been checked in 2 years. Sugars ok mostly 140s.
@2 | F19 T36.8 HR78
i keep getting stomach cramps and bloating after meals, on and off for months, sometimes loose sometimes constipated. no blood. maybe IBS?
@2 | M36 T36.7 HR72
Hi, I think my antidepressant isn't working as well as before. Mood a bit lower, sleeping ok, no harmful thoughts. Could we review the dose?
@2 | F67 T36.6 HR68 BP138/80; c=Osteoarthritis; m=paracetamol 1 g four times daily
Dear Doctor, my hip pain stops me walking to the shops now, it has been getting worse over the year. I would like to discuss what can be done. Yours, Dorothy
@2 | M8 T36.8 HR90
Mum here. My son keeps blinking and twitching his nose, like little tics, for 2 months. He's happy otherwise. Should a doctor see?
@2 | F40 T36.8 HR74
small soft lump under skin on my back, moves about, been there a year, maybe grown a bit. not painful. can someone check
@2 | M53 T36.7 HR72
Two questions please. First can I renew my cholesterol tablets. Second I've been getting erection problems the last 6 months, is there something for that?
@2 | F24 T36.8 HR76
my skin has these dry scaly patches on my elbows and knees for months, itchy, moisturiser does nothing. psoriasis? need something prescribed
@2 | M70 T36.6 HR66 BP134/78
I am forgetting names and appointments more than last year, my wife noticed too. Nothing sudden. Could I have a memory check?
@2 | F29 T36.9 HR74
Hello, I am from abroad and new in this city, I need to register and continue my asthma inhaler, I have only 1 left. My asthma is calm now.
@3 | F37 T37.4 HR88
pee burning, blood in it this morning, lower tummy ache, 2nd day. want antibiotics
@3 | M4 T38.5 HR130
Our little boy (4) has had a fever of 38.5 since yesterday, pulling at his ear and grumpy. Drinking ok, wet nappies. Can we get him seen today?
@3 | F60 T36.8 HR80; c=Colon cancer; m=FOLFOX every 2 weeks
On FOLFOX cycle 4, my fingers tingle with cold drinks and I have 3 loose stools today. No fever. Should I tell someone?
@3 | M55 T36.9 HR76; c=Renal cell carcinoma; m=nivolumab every 2 weeks
Bit more tired than usual and itchy skin, started after my last nivolumab. No diarrhoea, no breathlessness. Is this expected?
@3 | F71 T37.0 HR84 BP168/92; c=Hypertension; m=amlodipine 5 mg daily
BP has been 165-170 over 90ish for 3 days. I feel alright except a mild headache in the morning. I'm 71.
@3 | M31 T37.6 HR92
my tooth at the back has been aching for days and now my jaw is swollen a bit on that side, can open mouth fine. dentist is closed
@3 | F26 T36.9 HR82
I think I have conjunctivitis but I wear contact lenses and my eye hurts quite a lot and it's sensitive to light
@3 | M44 T37.2 HR80
Bitten by my neighbour's cat on the hand this morning, two puncture wounds, now a bit swollen and red around them.
@3 | F52 T37.0 HR78; m=warfarin 4 mg daily; c=Mechanical heart valve
Big bruises coming up on my arms without knocking them, and gums bleed when brushing this week. On warfarin.
@3 | M77 T37.8 HR92 BP140/80
Writing for Dad, 77. Burning pee and going often since yesterday, bit more muddled than usual this evening but answers questions fine. Temp 37.8.
@3 | F15 T37.9 HR98
hi its mum. my daughter 15 has sore throat, fever 37.9, neck glands very swollen and she's so tired she sleeps all day, 5 days now
@3 | M48 T36.8 HR76; c=Rheumatoid arthritis; m=adalimumab every 2 weeks
I'm on Humira, I've got a red painful boil on my leg getting bigger over 2 days. No fever so far.
@3 | F43 T37.1 HR84
My back went when lifting my son, pain shooting down the back of my right leg to the foot, painkillers not touching it, can't sleep. Bladder and bowels normal.
@3 | M65 T36.9 HR108 BP136/82
Pulse racing on and off today, watch says 108 sitting. Feel a bit lightheaded but no chest pain. 65 years old.
@3 | F34 T36.8 HR78 BP148/96
Mixed things sorry: my BP was high at the pharmacy 148/96, and also my left eye has been twitching for a week. Which one matters?
@3 | M22 T37.3 HR82
sprained my wrist yesterday falling off bike, swollen and bruised, hurts to grip, can't do pushups. could it be broken
@3 | F58 T36.9 HR76 G320; c=Type 2 diabetes mellitus; m=metformin 1000 mg twice daily|empagliflozin 10 mg daily
My sugar is reading 320 this morning, I feel thirsty and tired, no vomiting. I take empagliflozin.
@3 | M39 T37.5 HR88
Non stop diarrhoea since yesterday after the trip abroad, 7 or 8 times, no blood, keeping fluids down just, tired.
@3 | F80 T36.7 HR76 BP140/78; c=Dementia
Mum (80) with dementia is more agitated and confused than usual the last 2 days. She's eating, no fall. Care home asks if she needs a urine test.
@3 | M50 T36.8 HR74; m=apixaban 5 mg twice daily; c=Atrial fibrillation
I'm on apixaban and my wee looked pink this morning. No pain. Feel normal.
@3 | F63 T36.9 HR72; c=Lung cancer; m=durvalumab every 4 weeks
New dry cough for a week since my durvalumab, walking upstairs a little more puffed than before. Oxygen 95 on my finger thing.
@4 | M62 T38.6 HR110; c=Non-Hodgkin lymphoma; m=R-CHOP chemotherapy cyclophosphamide
On chemo for lymphoma, feeling shivery and hot, thermometer says 38.6, last treatment 8 days ago.
@4 | F57 T37.1 HR90; c=Melanoma; m=ipilimumab and nivolumab
diarrhea 7 times since morning, tummy cramps, on immunotherapy for melanoma. no blood
@4 | M78 T36.8 HR80 BP150/84; m=warfarin 3 mg daily; c=Atrial fibrillation
Dad (78) on warfarin slipped in the bathroom and hit his head on the sink, small cut on his forehead, seems ok but a bit slow to answer.
@4 | F32 T36.9 HR94
My right calf is swollen and painful, hurts to walk, I started the combined pill 2 months ago. No breathlessness.
@4 | M27 T37.0 HR100
fell off ladder onto my arm, forearm looks bent and really painful, can't move my wrist
@4 | F68 T39.0 HR116 BP112/70
Shaking chills, temp 39, pain in my lower back on the left, been peeing a lot and burning. 68 years.
@4 | M45 T37.9 HR104
Severe pain in my belly since 6 hours, worse when I move, I cannot stand straight. Vomited twice.
@4 | F41 T36.9 HR90
Woke up with half my vision in one eye blurred and dark, no pain. No weakness or speech problem.
@4 | M72 T37.3 HR100 O2 92 RR24; c=Chronic obstructive pulmonary disease
Chest more tight, breathless doing anything, using blue inhaler every 2 hours, sats 92. COPD.
@4 | F19 T37.2 HR108 G350; c=Type 1 diabetes mellitus; m=insulin glargine|insulin aspart
Sugar 350 and vomiting since this morning, ketone strip was dark purple. type 1 diabetic. stomach pain
@4 | M30 T36.9 HR96
got some drain cleaner on my forearm, washed it under tap 10 min, skin is white and painful in a patch the size of my palm
@4 | F86 T36.8 HR98 BP100/60
My aunt is 86, she's not eaten or drunk properly for 2 days with a tummy bug, now dizzy when standing and very little urine.
@4 | M16 T37.0 HR104
my son is 16, he got sudden pain in his testicle an hour ago at football, no hit. he's pale and sick
@4 | F55 T36.9 HR88; c=Kidney transplant recipient; m=tacrolimus 3 mg twice daily
I'm a transplant patient, fever started tonight 38 and my wound area around the kidney is sore. I'm on tacrolimus.
@4 | M66 T38.2 HR106; c=Prostate cancer; m=docetaxel every 3 weeks
Since last evening feverish 38.2, chills, had docetaxel 10 days ago.
@5 | M58 T36.8 HR110 BP150/90
Tight heavy chest pain for 20 minutes, spreading to my neck, sweating and short of breath. had it once before on the stairs but it went.
@5 | F76 T36.9 HR92 BP182/100
My mum's speech is slurred and she can't lift her left arm, it started half an hour ago
@5 | F24 T37.0 HR124
I ate shrimp and now my tongue is swelling and my voice sounds weird and I feel faint
@5 | M70 T36.9 HR120 O2 86 RR32; c=Chronic obstructive pulmonary disease
Can't catch breath at all, lips blue, sats 86, inhaler not working
@5 | F35 T36.8 HR88
Sudden explosive headache like being hit with a bat 20 minutes ago, stiff neck, vomited. Never had this.
@5 | M30 T36.9 HR92
I wrote my goodbye notes and I have the rope ready, I don't see a way out. Don't call anyone.
@5 | F7 T38.8 HR140
my daughter's fever and now she has purple spots on her legs that don't fade when i press a glass on them and she's very sleepy
@5 | M64 T36.8 HR128 BP82/50; m=apixaban 5 mg twice daily
vomiting blood, lots, like coffee grounds then bright red. on apixaban. dizzy
@5 | F83 T38.7 HR118 BP88/54 RR26
Grandma 83 won't wake up properly, burning up, breathing fast, she had a chest infection this week.
@5 | M40 T36.8 HR110
My friend took a lot of his sleeping pills and a bottle of vodka an hour ago, he is very drowsy and hard to wake.
@5 | F62 T36.9 HR104 O2 88; c=Heart failure
Breathing got really bad tonight, frothy pink spit coming up, can't lie down, sats 88.
@5 | M25 T36.9 HR134 BP90/58
Crashed my motorbike, my leg is bleeding a lot through my jeans and I feel faint.
@5 | F44 T36.8 HR96
Husband collapsed and shaking all over for 6 minutes now, not answering me, he is not epileptic
@1 | F66 T36.8 HR72 BP130/78
Hi, I'm 66. I've had a bit of a runny nose and cough for 4 days, no fever, eating fine. Do I need anything special at my age or just the usual?
@1 | M10 T36.8 HR84
Writing for our son, he's 10, sprained finger at basketball, swollen a little, can bend it. Coach says strap it. OK?
@1 | F36 T36.7 HR70
Please, I have a little burn on my hand from the oven door, red, small blister size of a coin, not deep. What I put on it?
@1 | M57 T36.7 HR70 BP128/80; c=Asthma; m=salbutamol inhaler as needed
Asthma fine, peak flow normal. Just a blocked nose from hay fever this week. Nasal spray ok with inhalers?
@2 | F72 T36.7 HR70 BP136/80; c=Hypertension; m=amlodipine 5 mg daily
My ankles swell a bit at the end of the day since the blood pressure tablet was increased. Not breathless. Can we discuss at next review?
@2 | M34 T36.8 HR72
i've had a hoarse voice for 4 weeks now, not getting better, smoker. no trouble swallowing or breathing
@3 | F69 T37.0 HR76; c=Breast cancer; m=capecitabine twice daily
Palms and soles are red and sore, peeling a bit, on capecitabine tablets. Walking hurts. No fever.
@3 | M9 T37.8 HR112
My son (9) got hit in the eye by a football an hour ago, eye is red and watering, he says things look a bit blurry. Writing for him.
@4 | F48 T36.9 HR96 O2 93 RR22
Short of breath since yesterday, sharp pain in my chest when I breathe in, I had surgery on my knee 2 weeks ago.
@4 | M81 T37.9 HR104 BP104/62; c=Type 2 diabetes mellitus
My father 81 has vomiting and a temperature since last night, now very weak and hardly drinking, he is diabetic.
"""


def parse(text: str) -> list[tuple[int, str, str]]:
    out = []
    for block in (b for b in text.strip().split("\n@") if b.strip()):
        head, _, message = block.lstrip("@").partition("\n")
        band_s, spec = (p.strip() for p in head.split("|", 1))
        out.append((int(band_s), spec, message.strip()))
    return out


def main() -> None:
    rows = []
    seen: set[str] = set()
    for n, (band, spec, message) in enumerate(parse(ITEMS), start=1):
        if message in seen:
            raise SystemExit(f"item {n}: duplicate message")
        seen.add(message)
        item_id = f"div-{n:04d}"
        when = dt.datetime(2026, 8, 3, 9, 0) + dt.timedelta(hours=11 * n + n % 7)
        rows.append(
            {
                "id": item_id,
                "message": message,
                "chart": build_chart(item_id, spec, when),
                "gold_routing": ROUTING[band],
                "gold_acuity": BANDS[band],
            }
        )
    write_objects(OUT, rows)
    print(len(rows), dict(sorted(Counter(r["gold_acuity"] for r in rows).items())))


if __name__ == "__main__":
    main()
