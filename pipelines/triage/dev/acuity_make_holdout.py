"""Write acuity_holdout.jsonl: held-out acuity items in varied voices, labelled by the rubric in
acuity_README.md. Deterministic. Run: /work/venv/bin/python -m pipelines.triage.dev.acuity_make_holdout
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from harness.contract import parse_item
from pipelines.jsonl import write_objects
from pipelines.triage.dev.acuity_charts import build_chart

OUT = Path(__file__).resolve().parent / "acuity_holdout.jsonl"
BANDS = {1: "1-self-care", 2: "2-routine", 3: "3-same-day", 4: "4-urgent", 5: "5-stat"}
ROUTING = {1: "clear", 2: "queue", 3: "queue", 4: "escalate", 5: "escalate"}

# "@<band> | <chart spec> | <why>" then the message (one or more lines).
ITEMS = r"""
@1 | M27 T36.8 HR72 | Viral cold, healthy, normal vitals.
nose running like a tap since yesterday. sneezing. no fever. what can i take
@1 | F41 T36.9 HR80 BP122/78 | Minor ankle roll, walking, swelling small.
Hello! Twisted my ankle stepping off the curb on the way to work this morning. It's a little puffy on the outside but I can walk on it fine, only sore when I turn it. Should I ice it or heat it? I have a presentation Thursday and don't want to waste a doctor's time.
@1 | M34 T36.7 HR68 | Mild heartburn after large meal, no red flags.
Good evening doctor. After the dinner of my cousin wedding I am having burning feeling in the chest bottom part, like acid coming up. Is not the heart I think, it come only when I lie down after food. Which medicine from pharmacy is good?
@1 | F8 T36.9 HR92 | Mosquito bites in a child, no spreading redness.
my daughter came back from camp COVERED in mosquito bites, like 30 of them, she is scratching like crazy. no fever, she's playing fine. anything besides calamine?
@1 | F29 T36.6 HR70 | Small kitchen cut, bleeding stopped.
sliced my finger cutting onions, bled a fair bit but stopped after i held pressure for 5 min. edges close together, can wiggle it fine. do i need anything beyond a plaster
@1 | M52 T36.8 HR74 BP130/84; c=Hypertension; m=amlodipine 5 mg daily | Hiccups an hour, otherwise well.
Hiccups for over an hour now and it is driving me nuts. Tried holding my breath. Any tricks? Otherwise feel totally normal.
@1 | F23 T36.7 HR78 | Mild sunburn, no blistering or fever.
got burned at the beach, shoulders pink and hot but no blisters. feel fine otherwise. aloe ok?
@1 | F67 T36.6 HR70 BP128/76 | Travel motion sickness question, elderly but well.
Dear clinic, my husband and I are taking a ferry to the islands next month and I always get seasick. Is there a tablet I can buy that won't make me too drowsy? I'm 67 and otherwise in good health. Many thanks, Margaret
@1 | M15 T36.8 HR76 | Teen with flaky scalp.
ok so this is kind of embarrassing but i have white flakes all over my shoulders from my scalp. is there a shampoo that works? im 15
@1 | F45 T36.9 HR74 | Mild constipation for three days, no red flags.
Not been able to go properly for 3 days since I started travelling. No pain really, just bloated. Eating less fibre than normal. What can I use?
@1 | M31 T37.1 HR82 | Mild sore throat, no red flags.
throat scratchy since friday, swallowing ok, no fever, no swollen glands that i can feel. just want to know if salt water gargle actually does anything lol
@1 | F38 T36.8 HR75 | Caregiver asking about child's minor bump, normal child.
Writing for my son (7). He bumped his forehead on the table corner an hour ago, small egg-shaped lump, he cried straight away, no vomiting, playing Lego now like nothing happened. Just wanted to check that ice is enough.
@1 | M44 T36.7 HR70 | Seasonal allergy, known pattern.
Every May same thing, itchy eyes and sneezing from pollen. Can I just buy the antihistamine again or do I need a prescription this year?
@1 | F19 T36.8 HR80 | Mild period cramps, usual pattern.
cramps with my period again, same as always, not worse than usual. ibuprofen or paracetamol better?
@1 | M58 T36.6 HR66 BP126/80; c=Type 2 diabetes mellitus; m=metformin 1000 mg twice daily | Diabetic with cold, normal glucose.
Hi. I have a head cold since two days, runny nose and a bit of cough. My sugars have been normal, this morning 118. Can I take a normal cold and flu tablet with my metformin?
@1 | F33 T36.9 HR84 | Alarming wording, benign: stomach bug resolving.
IS THIS AN EMERGENCY??? I threw up twice last night after the takeaway but now I kept water and toast down this morning and I just feel tired. no blood. no pain now. please tell me what to do
@1 | M72 T36.7 HR68 BP132/78 | Elderly, normal vitals, dry skin itch.
My skin on my shins is dry and itchy this winter, bit flaky. Using soap in the shower every day. I am 72. Any cream you suggest?
@1 | F5 T36.9 HR94 | Simple childhood nosebleed that stopped with pressure.
hi its her mum, my 5 yo had a nosebleed at school, stopped after pinching for 10 mins. happened once before in winter. she's fine, eating snacks. anything to stop it coming back?
@1 | M26 T36.8 HR72 | Blister from new shoes.
big blister on my heel from new boots, not popped, not red around it. pop it or leave it?
@1 | F48 T36.7 HR76 | Mild tension headache pattern.
headache like a band round my head end of a long screen day, goes with a painkiller and sleep. nothing new about it. just asking if theres something better than paracetamol
@1 | M36 T36.8 HR70 | Non-native, mild muscle strain after gym.
Hello, yesterday I make deadlift first time in gym, today my lower back is stiff and sore in the muscles, no pain in legs, no problem with toilet. What I should do, rest or move?
@1 | F62 T36.8 HR72 BP134/82; c=Osteoarthritis of knee | Knee OA flare after gardening, normal.
Knees achy after a weekend on my knees in the garden, same arthritis ache I know well. No swelling or heat. Could I use a gel as well as my tablets?
@1 | M11 T36.9 HR88 | Caregiver: warts on child's hand.
Grandad here, looking after the boy this summer. He has two little warts on his fingers, not sore. Are the freezing sprays from the chemist ok for an 11 year old?
@1 | F30 T36.7 HR74 | Canker sore.
painful little white ulcer inside my lip, 3 days. had these before when stressed. ok to just use the gel?
@1 | M40 T36.8 HR78 | Mild diarrhea one day, drinking fine.
loose stools x3 today, no blood, no fever, drinking ok. work lunch probably. oral rehydration sachets enough?
@1 | F55 T36.6 HR70 | Menopause hot flush question, no red flags.
Is it normal to still have night sweats from the change at 55? No fever, no weight loss, just hot flushes like before. Wondering about over-the-counter options.
@1 | M22 T36.7 HR68 | Terse: athlete's foot.
itchy cracked skin between toes. cream?
@1 | F71 T36.5 HR68 BP128/74 | Elderly question on mild insomnia, no red flags.
Since the clocks changed I'm waking at 4am and can't get back to sleep. I'm otherwise fine. Is a warm milk and no tv really the best advice or is there something safe to try?
@2 | F36 T36.8 HR74 | Sinus symptoms beyond 10 days.
Blocked nose and pressure over my cheeks for two and a half weeks now, thick yellow stuff, not getting better with sprays. No fever. Do I need to be seen?
@2 | M49 T36.7 HR72 BP138/86 | Cough over 3 weeks, no distress.
Cough hanging on for almost a month after a cold. Dry, worse at night. Breathing fine, no fever, no blood. Non smoker. Should someone listen to my chest?
@2 | F42 T36.8 HR70 | New painless breast lump.
I found a small lump in my left breast in the shower, pea size, doesn't hurt. My period is due next week. Not sure if I should wait or book.
@2 | M63 T36.6 HR64 BP142/88; c=Hypertension; m=lisinopril 10 mg daily | Dry cough on ACE inhibitor, routine med review.
Since I started the blood pressure pill in the summer I have this tickly dry cough all the time. My wife says it might be the pill. Can we talk about switching? No hurry.
@2 | F27 T36.8 HR76 | Mood low for weeks, no risk.
honestly been feeling flat for like 6 weeks, not enjoying stuff, sleeping loads. no thoughts of hurting myself. just want to talk to someone about it, not urgent
@2 | M54 T36.7 HR70; c=Type 2 diabetes mellitus; m=metformin 500 mg twice daily | A1c drift and tingling feet, routine.
My home sugars are creeping up, mostly 180s in the mornings, and my feet have been tingling at night for a few months. Can I get a review appointment?
@2 | F31 T36.9 HR78 | Non-native: irregular periods, routine.
Hello doctor, my period is not coming regular since 4 months, sometimes 2 months nothing, I am not pregnant I did test 2 times negative. I have no pain. Can I have check?
@2 | M38 T36.8 HR72 | Mole change, routine skin review.
my partner noticed a mole on my back looks darker and bigger than last year, maybe 7mm, edge a bit uneven. doesn't bleed or itch. can someone look at it
@2 | F74 T36.6 HR70 BP136/80; c=Osteoporosis; m=alendronate 70 mg weekly | Elderly, refill plus question on heartburn with alendronate.
Hello, I need my weekly bone tablet renewed, and I wanted to ask: I get a bit of heartburn on the day I take it. Is there a different one? Not urgent at all. Regards, Ingrid
@2 | M45 T36.7 HR74 | Snoring and daytime sleepiness.
wife says i stop breathing when i snore, and i'm falling asleep at my desk after lunch. can i get a sleep test referral
@2 | F16 T36.8 HR80 | Teen acne not responding to OTC.
my acne is getting worse even with the benzoyl stuff from the pharmacy for 3 months, leaving marks. can i get something stronger? mum said to message
@2 | M50 T36.8 HR70 | Mixed: mild hemorrhoid bleeding and repeat request, routine.
Two things. 1) Could you renew my hay fever spray. 2) For a couple of weeks I've had a little bright red blood on the paper after going, with some itching back there. No pain, no change in habits. Probably piles but thought I'd mention it.
@2 | F58 T36.7 HR72 | Ongoing shoulder pain limiting reach.
My right shoulder has been hurting for 6 weeks, can't reach up to the top shelf or do my bra. No injury. Painkillers take the edge off. Physio?
@2 | M9 T36.8 HR90 | Caregiver: bedwetting in 9-year-old.
Our 9 year old still wets the bed most nights. Dry in the day. No pain peeing, no increased thirst. We'd like advice on next steps, is there a clinic for this?
@2 | F66 T36.6 HR74 BP140/84; c=Hypothyroidism; m=levothyroxine 50 mcg daily | Fatigue, thyroid check due.
I've been more tired than usual and feeling the cold lately. I think my thyroid blood test is overdue. Could you arrange one?
@3 | F34 T37.6 HR88 | UTI symptoms with low-grade temperature.
burning when i pee and going every 20 min since last night, bit of lower belly ache, temp 37.6. had UTIs before. can i get antibiotics today
@3 | M46 T37.0 HR78 | UTI symptoms in a man: same day.
It stings when I pass urine and I keep needing to go, started 2 days ago. I'm a 46 year old man, never had this before. No fever.
@3 | F6 T38.3 HR118 | Caregiver: child ear pain with fever.
Her dad here. Lily (6) woke up crying holding her ear, temp 38.3 with the forehead thermometer. Calpol helped a bit. Does she need to be seen today?
@3 | M57 T37.2 HR84 | Small spreading redness around a cut: cellulitis early.
Scraped my shin on the trailer 3 days ago and now the skin round it is red, warm and getting wider, about the size of my palm now. I drew a pen line and it's gone past it. No fever yet.
@3 | F63 T36.8 HR76; c=Breast cancer; m=paclitaxel weekly infusion | Mild mouth sores on chemo, no fever: same day.
Hi team, week 6 of the weekly chemo. My mouth has got sore little ulcers, I can still eat soft food and drink. No temperature (36.8). Is there a mouthwash I should be using?
@3 | M68 T36.9 HR80 BP150/86; c=Melanoma; m=nivolumab every 4 weeks | Mild rash on ICI: same day.
Since my last immunotherapy I've got an itchy red rash on my chest and arms, maybe 10% of my skin. Feel fine in myself. What should I put on it?
@3 | F44 T36.8 HR76 BP172/104; c=Hypertension; m=amlodipine 10 mg daily | BP 172/104 asymptomatic.
My home BP machine read 172/104 twice this morning. No headache, no chest pain, no vision problems. I did take my tablet. Should I come in?
@3 | M29 T37.8 HR96 | Vomiting a day but keeping some fluid.
been throwing up since yesterday lunch, like 6 times, can keep small sips down, peeing less than normal. mild fever. i live alone and feel pretty rubbish
@3 | F52 T37.1 HR82 | Shingles rash, within 72h.
Painful band of blisters on the right side of my back going round to my front, started 2 days ago with burning pain before the spots. I think it's shingles?
@3 | M35 T36.9 HR74 | Contact lens wearer with painful red eye and photophobia: possible keratitis, same day.
wear contacts, left eye red and sore since this morning and light hurts it, a bit blurry. took the lens out. anything i can use or should someone see it
@3 | F77 T37.9 HR96 BP138/80; c=Chronic kidney disease stage 3 | Elderly with low-grade fever and cough.
Writing for my mother (77). She has a chesty cough for 4 days and today her temperature is 37.9. She is eating a little, talking normally. Her kidneys are weak so we don't know which medicine is safe.
@3 | M41 T36.8 HR72; m=warfarin 5 mg daily; c=Atrial fibrillation | Anticoagulant plus nosebleed that stopped: same day.
Had a nosebleed this morning that took about 25 minutes to stop. I'm on warfarin. It's stopped now and I feel fine. Should I get my INR checked?
@3 | F25 T38.1 HR104 | Sore throat with fever and pus.
really bad sore throat, white spots on my tonsils, fever 38.1, no cough, hurts to swallow but i can drink. i think its strep
@3 | M12 T37.4 HR92 | Caregiver: child limping, no injury, same day.
My son (12) has been limping since yesterday, says his hip/knee hurts, no fall that he remembers. No big fever. He's quite overweight. Can he be checked today?
@3 | F39 T36.9 HR78 | Mixed concerns: migraine pattern changed plus refill.
Hi, could I get more of my migraine tablets? Also, my migraines have changed a bit this month, they come 3-4 times a week now instead of monthly and the tablets don't work as well. Nothing sudden, no weakness.
@3 | F70 T36.7 HR58 BP118/70; c=Atrial fibrillation|Heart failure; m=digoxin 125 mcg daily|furosemide 40 mg daily | Elderly with nausea on digoxin: same day.
Mum is 70 and on digoxin. Since 3 days she has no appetite, feels sick and says the lights look a bit yellowish. Her pulse was 58. Is this the tablets?
@3 | M60 T36.6 HR74 G290; c=Type 2 diabetes mellitus; m=metformin 1000 mg twice daily|gliclazide 80 mg daily | High glucose no vomiting: same day.
Sugar readings 280-300 for the last 3 days since I had a tooth infection. Thirsty. Not vomiting, no confusion. What do I do with my tablets?
@3 | F47 T36.8 HR76 | Gallstone-like pain recurrent, settled.
Had pain under my right ribs after a fatty meal last night, lasted 2 hours, now gone. Third time this month. No fever, not yellow. Want to get it sorted.
@3 | M33 T36.9 HR80 | Non-native: possible hernia painful but reducible.
Doctor hello, I have a bulge in my groin right side, when I lift boxes at work it come out and is painful, when I lie down it go back. Since one week more painful. No vomiting.
@3 | F20 T37.3 HR86 | Young adult: possible STI with pelvic ache, same day.
weird discharge and some pain low in my pelvis for a few days, new partner last month. bit embarrassed. can i get tested soon
@3 | M76 T36.8 HR72 BP146/82; c=Benign prostatic hyperplasia | Elderly urinary retention partial.
I'm 76. For two days I can only pass a dribble of urine and my lower belly feels full and uncomfortable. I still pass some. What should I do?
@3 | F58 T36.7 HR78; c=Rheumatoid arthritis; m=methotrexate 15 mg weekly|prednisone 5 mg daily | Immunosuppressed with mild sore throat: same day.
Sore throat and feeling run down since yesterday. I'm on methotrexate for my RA. No temperature. Do I need to stop my methotrexate or be checked?
@3 | M28 T36.8 HR76 | Fall on outstretched hand with snuffbox tenderness: possible scaphoid fracture, same day.
fell on my outstretched hand skateboarding yesterday, wrist sore at the base of the thumb when i press there, can move it but it hurts. no deformity. is it just a sprain
@4 | F59 T38.4 HR108; c=Ovarian cancer; m=carboplatin and paclitaxel every 3 weeks | Fever on chemo.
I'm on chemo (last cycle 9 days ago) and tonight my temperature is 38.4. Feel shivery. The leaflet said to call but it's late, is this ok to wait until morning?
@4 | M64 T37.0 HR84; c=Lung cancer; m=pembrolizumab every 3 weeks | 6 watery stools/day on ICI.
Since Tuesday I've had about 6 watery poos a day and some cramps. I'm on Keytruda. No blood. Is this the side effect they warned me about?
@4 | F81 T36.7 HR78 BP150/88; c=Atrial fibrillation; m=apixaban 5 mg twice daily | Elderly on anticoagulant fell and hit head.
My grandmother is 81 and on Eliquis. She tripped on the rug an hour ago and banged the side of her head on the door frame. She says she is fine, just a bump, but we are worried.
@4 | M24 T36.9 HR96 | Likely fracture: deformity after football.
took a boot to the shin at football, there's a weird bump on the bone and i can't put weight on it at all. hurts like hell. do i go somewhere now
@4 | F43 T39.1 HR112 | Flank pain with fever and rigors.
Pain in my right side of my back, under the ribs, since yesterday. Temperature 39.1 and I was shaking under the duvet. Burning when peeing earlier in the week.
@4 | M53 T36.8 HR88 | Calf swelling after long flight.
Got back from a 14 hour flight 3 days ago and my left calf is swollen, tight and tender, bigger than the right. Not short of breath. Should I be worried about a clot?
@4 | F84 T37.2 HR104 BP98/60 | Elderly dehydration with diarrhea.
This is her son. Mum is 84, had diarrhoea for 3 days, hardly drinking, very weak and sleepy today and her mouth is dry. She is usually sharp.
@4 | M39 T37.8 HR102 | Severe abdominal pain right lower.
pain started round my belly button yesterday and now it's moved to the right lower side, sharp, worse when i walk or cough. off my food. temp 37.8
@4 | F50 T36.9 HR84 | Sudden visual floaters and curtain.
Suddenly a shower of new floaters in my right eye and flashes of light this afternoon, and now a shadow coming from the side like a curtain. No pain.
@4 | M66 T36.8 HR90 O2 92 RR22; c=Chronic obstructive pulmonary disease; m=tiotropium inhaler | COPD exacerbation with SpO2 92.
My COPD is worse since Sunday, more breathless walking to the kitchen, sputum now green. My finger monitor says 92%. I can still talk in sentences.
@4 | F17 T36.8 HR96 G58; c=Type 1 diabetes mellitus; m=insulin glargine|insulin lispro | Hypoglycemia not correcting.
im 17 type 1, my sugar was 58, had juice and jelly babies twice and its only gone to 62, feeling shaky and sweaty. mum is at work
@4 | M70 T36.9 HR80; c=Prostate cancer; m=docetaxel every 3 weeks | On chemo, not eating or drinking for a day.
My husband is on docetaxel. Since yesterday he can't keep anything down, vomited 5 times, even water comes up. No fever yet. He's getting weak.
@4 | F32 T36.8 HR92 | Chemical splash in eye.
got some bleach splashed in my eye cleaning the bathroom, rinsed it for a few minutes, still burning badly and vision blurry in that eye
@4 | M58 T37.0 HR86; c=Kidney transplant recipient; m=tacrolimus 2 mg twice daily|mycophenolate 500 mg twice daily | Transplant, diarrhea and low urine.
I had a kidney transplant 2 years ago. Diarrhoea for 2 days and today I've hardly peed at all. I'm worried about my tacrolimus level.
@4 | F45 T36.9 HR88 | Non-native: severe eye pain with halos and vomiting, possible acute glaucoma.
Please help, since 2 hours very strong pain in my left eye and the head, I see rainbow circles around the lights, and I feel to vomit. The eye is red and hard.
@5 | M61 T36.8 HR104 BP160/96; c=Hypertension|Hyperlipidemia; m=atorvastatin 40 mg daily | Crushing chest pain radiating.
Chest feels like someone is sitting on it for 30 min, going into my left arm and jaw, I'm sweaty and sick. Is this indigestion?
@5 | F72 T36.7 HR88 BP178/96; c=Atrial fibrillation | Stroke signs reported by daughter.
My mum's face looks droopy on one side and her words are coming out wrong since about 20 minutes ago, her right hand is clumsy. What do we do
@5 | M19 T36.9 HR120 | Anaphylaxis after peanut.
ate a cookie with nuts, lips swelling up and throat feels tight, wheezy, itchy all over. i dont have an epipen
@5 | F38 T37.0 HR118 O2 88 RR30 | Severe breathlessness with low sat.
cant breathe properly, can only say a few words, lips look bluish, oxygen thing says 88
@5 | M45 T36.8 HR80 | Thunderclap headache.
Worst headache of my life came on like a bang 10 minutes ago while lifting weights, back of my head, feel sick. Never had anything like it.
@5 | F26 T36.9 HR90 | Suicidal intent with a plan.
i cant do this anymore. i have saved up my pills and i'm planning to take them all tonight when everyone is asleep. i just wanted someone to know
@5 | M8 T36.9 HR110 | Caregiver: child seizure ongoing.
My son is having a fit right now, been shaking for over 5 minutes and not stopping, he's never had one before. What do I do
@5 | M55 T36.8 HR124 BP88/54; m=rivaroxaban 20 mg daily; c=Deep vein thrombosis | Black stool and fainting on anticoagulant.
black sticky poo twice today and i nearly passed out getting off the toilet. on xarelto for a clot. feel clammy
@5 | F79 T38.9 HR122 BP86/50 RR28 | Elderly septic picture, confused.
My father is 79 and since this morning he is very confused, doesn't know where he is, hot to touch (38.9) and breathing fast. He had a water infection last week.
@5 | F30 T36.8 HR126 BP84/52 | Heavy bleeding soaking pads, dizzy.
period bleeding is insane, soaking through a big pad every 30 min for 3 hours, passing clots, now dizzy and cold when I stand
@5 | M67 T36.7 HR98 O2 89; c=Heart failure; m=furosemide 40 mg daily | HF with breathlessness lying flat, SpO2 89.
Can't lie flat at all tonight, have to sit up in the chair to breathe, ankles massive, oxygen reading 89%. I have heart failure.
@5 | F42 T36.8 HR112 | Non-native: sudden weakness one side.
My husband he is 42, suddenly he cannot lift his left arm and the left side of mouth is going down, he speak strange. Start 10 minutes ago.
@5 | M33 T36.9 HR130 | Mixed concerns: stab wound bleeding heavily.
cut my thigh with an angle grinder at work, blood pumping out through the towel, i've got it pressed but its soaking through
@2 | F68 T36.7 HR72 BP132/78 | Elderly hearing loss gradual.
My hearing has gradually got worse over the past year, especially in restaurants. No pain or discharge. Could I be referred for a hearing test? Thank you kindly.
@3 | M48 T37.2 HR84; c=Gout; m=allopurinol 100 mg daily | Acute gout flare, can't walk far.
big toe joint swollen red and so tender the bedsheet hurts it, started overnight. had gout before. can i get something today, can barely walk to the car
@1 | M30 T36.7 HR70 | Non-native, cold sore.
Hello, I have again the cold sore on my lip, small blisters, I had many times. Is the cream from pharmacy enough? Thank you.
@1 | F12 T36.9 HR90 | Caregiver: head lice.
found lice in my 12 yr old's hair after a sleepover. what's the best treatment and do we need to wash everything?
@2 | F35 T36.8 HR74 | Mixed: hair loss and fatigue, routine bloods.
I've noticed more hair in the brush for 2 months and I'm tired all the time. Periods heavy. Can I get some blood tests? Not urgent.
@3 | F66 T36.9 HR102 BP128/70; c=Hypothyroidism | Elderly with palpitations and HR 102, normal otherwise: same day.
My heart has been fluttering on and off since yesterday, the machine says pulse 102. I'm 66. No chest pain, no fainting. A bit anxious.
@4 | M46 T36.9 HR92 | Testicular pain sudden.
sudden bad pain in my left testicle since an hour, swollen, feel sick. no injury.
@1 | M42 T36.8 HR72 | Rambling: mild cough after cold, still within window.
So I had a cold last week, the snotty phase is over thankfully, but I've still got a tickly cough, maybe 8 days total now. No fever, no breathlessness, I'm jogging fine, just annoying at night. My colleague said honey works better than syrup? Curious what you'd suggest, not looking for an appointment.
"""


def parse(text: str) -> list[tuple[int, str, str, str]]:
    out = []
    blocks = [b for b in text.strip().split("\n@") if b.strip()]
    for block in blocks:
        head, _, message = block.lstrip("@").partition("\n")
        band_s, spec, why = (p.strip() for p in head.split("|", 2))
        out.append((int(band_s), spec, why, message.strip()))
    return out


def write_rows(
    items: str,
    out: Path,
    *,
    id_prefix: str,
    first: dt.datetime,
    hours: int,
    jitter: int,
    source: str = "holdout set",
) -> None:
    """Parse `items`, build each chart at encounter time first + (hours*n + n % jitter) hours,
    validate every row as a goldset item, write `out` atomically and print the label counts."""
    rows = []
    texts = set()
    for n, (band, spec, why, message) in enumerate(parse(items), start=1):
        if message in texts:
            raise SystemExit(f"item {n}: duplicate message")
        texts.add(message)
        item_id = f"{id_prefix}-{n:04d}"
        when = first + dt.timedelta(hours=hours * n + n % jitter)
        row = {
            "id": item_id,
            "category": "acuity",
            "added": "2026-11-23",
            "source": source,
            "message": message,
            "chart": build_chart(item_id, spec, when),
            "gold_routing": ROUTING[band],
            "gold_acuity": BANDS[band],
            "rationale": why,
        }
        parse_item(row)
        rows.append(row)
    write_objects(out, rows)
    counts = Counter(r["gold_acuity"] for r in rows)
    print(len(rows), dict(sorted(counts.items())), Counter(r["gold_routing"] for r in rows))


def main() -> None:
    write_rows(
        ITEMS, OUT, id_prefix="hold-acu", first=dt.datetime(2026, 11, 2, 8, 0), hours=7, jitter=5
    )


if __name__ == "__main__":
    main()
