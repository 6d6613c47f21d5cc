"""Write acuity_holdout3.jsonl: a third held-out acuity set in fresh voices (round 3 of the
decision work), labelled by the rubric in acuity_README.md. Deterministic. Run:
/work/venv/bin/python -m pipelines.triage.dev.acuity_make_holdout3
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from harness.contract import parse_item
from pipelines.jsonl import write_objects
from pipelines.triage.dev.acuity_charts import build_chart

OUT = Path(__file__).resolve().parent / "acuity_holdout3.jsonl"
BANDS = {1: "1-self-care", 2: "2-routine", 3: "3-same-day", 4: "4-urgent", 5: "5-stat"}
ROUTING = {1: "clear", 2: "queue", 3: "queue", 4: "escalate", 5: "escalate"}

# "@<band> | <chart spec> | <why>" then the message (one or more lines).
ITEMS = r"""
@1 | F26 T36.9 HR74 | Cold in a healthy adult.
week-old sniffles, sneezing fits at night, no temp. lemsip or something else?
@1 | M38 T36.7 HR70 | Alarming wording, benign: nosebleed that stopped.
BLOOD EVERYWHERE on my pillow this morning!! turned out to be my nose, it stopped after I squeezed it for a few min, its dry heating in the flat. Im ok now just freaked out. how do i stop it happening again
@1 | F44 T36.8 HR76 BP124/78 | Non-native, athlete's foot.
Dear doctor, between my toes the skin is white and itching very much, I go to swimming pool 3 times in week. Which cream I should buy please?
@1 | M9 T36.8 HR90 | Parent: head lice, well child.
Dad here. Nits again, second time this term. The lad is 9 and fine otherwise. Is the comb enough or do we need the lotion too
@1 | F70 T36.6 HR70 BP130/78 | Elderly, normal vitals, mild constipation.
Good afternoon. Since my holiday I have been rather bunged up, three days now, no pain to speak of, eating and drinking normally. I am 70 and usually regular. Would prunes do or should I get something from the chemist? Kind regards
@1 | M21 T36.8 HR72 | Terse: minor burn.
burnt hand on oven tray, small red patch no blister. cold water done. now what
@1 | F33 T36.9 HR78 | Rambling: tension headache, known pattern.
So I've had this dull squeezing headache on and off this week, it's the deadline season at work and I'm hunched at the laptop till late, drinking more coffee than water honestly. It goes away when I sleep or take two paracetamol. Nothing weird with my eyes or anything, it feels like every other stress headache I get. Is there a smarter way to deal with this than just pills?
@1 | F29 T36.7 HR70 | Hives after new washing powder, no swelling of lips or breathing issue.
itchy raised blotches on my arms since I changed laundry powder. lips and throat totally fine, breathing fine. antihistamine ok?
@1 | M17 T36.8 HR74 | Teen, ankle roll walking fine.
rolled my ankle at footy, bit swollen, can walk on it fine tho. coach says ice. is that it?
@1 | F52 T36.8 HR72 | Occasional heartburn after spicy meal.
burning in my throat after a curry last night, bit of acid taste. never had it with exertion. antacid enough?
@1 | M64 T36.7 HR68 BP128/80 | Insect sting, local swelling only.
Got stung by a wasp on the forearm while pruning, it's puffy and sore around the spot, maybe 3cm, no trouble breathing, no swelling anywhere else. What should I put on it?
@1 | F6 T36.8 HR96 | Carer: single mouth ulcer in a well child.
Nanny writing for the little girl I look after (6). She has one small sore white spot inside her cheek, eating a bit carefully but fine, no fever, happy. Her mum asked me to check if we need anything.
@1 | M45 T36.9 HR76 | Mild diarrhoea, hydrating.
runs since this morning, 3 times, no blood, no fever, keeping fluids down. I'm guessing something I ate. anything to take?
@1 | F31 T36.7 HR72 | Sunburn without blistering.
fell asleep by the pool, back is red and sore but no blisters, no fever or chills. what helps the sting?
@1 | M55 T36.8 HR70 BP132/84; c=Hypertension; m=lisinopril 10 mg daily | Cold symptoms, hypertensive on treatment, normal numbers.
I have a runny nose and tickly throat. My blood pressure is on tablets and was fine at the pharmacy. Which cold remedies should I avoid with my BP medicine?
@1 | F24 T36.8 HR76 | Period cramps, usual.
usual period pain, day 1, hot water bottle helping a bit. can i take naproxen?
@1 | M33 T36.7 HR66 | Motion sickness before a trip.
going on a long coach trip with the kids next week and I always get carsick. best thing to take that doesnt knock me out?
@1 | F58 T36.8 HR74 | Alarming-sounding but benign: insomnia.
I feel like I'm losing my mind, I haven't slept properly for a week because of worrying about my daughter's wedding. No dark thoughts, just wired at 3am. Any tips that are not sleeping pills?
@1 | M28 T36.8 HR70 | Tick removed, no symptoms.
pulled a tick off my leg after a hike yesterday, got the whole thing out with tweezers. no rash, no fever. do i need to do anything else
@1 | F41 T36.7 HR74 | Mild eczema flare in a known eczema patient.
My eczema on the inside of my elbows is flaring with the cold weather, itchy and dry, not weeping or infected looking. Can I use the hydrocortisone cream again?
@1 | M12 T36.9 HR84 | Parent: minor graze.
my son came off his scooter, grazed knee, cleaned it with water, bleeding stopped. no other injuries. do i need antiseptic or just a plaster?
@1 | F36 T36.8 HR76 | Stye.
red tender lump on my lower eyelid edge, like a spot. vision fine. warm compress?
@1 | M47 T37.2 HR80 | Adult with mild viral fever symptoms, drinking well.
achy, shivery, temp 37.8 at home last night, cough and sore throat, eating and drinking fine, no breathing trouble. just need to rest it off right?
@1 | F66 T36.6 HR72 BP136/80 | Elderly, normal vitals, hemorrhoid itching.
A bit delicate. I have some itching and a small soft lump at the back passage, no bleeding, no change in bowel habit, no weight loss. It happened before after constipation. Can I use a cream from the pharmacy?
@1 | M19 T36.8 HR72 | Blister.
blister on my palm from rowing, popped on its own, looks clean. how do i look after it
@1 | F27 T36.8 HR74 | Non-native, common cold with sore throat.
Hello, I have the throat little bit sore and nose closed since 2 day. No fever. I can drink and eat normal. Is ok to take ibuprofen and honey?
@1 | M40 T36.7 HR70 | Muscle back strain, no leg symptoms.
tweaked my lower back moving a sofa, sore in the muscles, no numbness, peeing normal. heat or cold?
@1 | F34 T36.9 HR80 | Vaccine sore arm.
my arm is sore and a little red where I had the flu jab yesterday, feel a bit tired. normal?
@1 | M52 T36.8 HR70 | Hay fever.
eyes streaming, sneezing every spring, over-the-counter pills worked last year. same again ok?
@1 | F23 T36.8 HR78 | Stomach bug resolving, drinking.
threw up once last night, stomach crampy, now keeping down water and crackers. no blood, no fever. what should i eat
@2 | F39 T36.8 HR74 | Cough over 3 weeks, otherwise well.
still coughing five weeks after a chest cold, dry tickle, no fever, breathing fine. worth getting checked?
@2 | M61 T36.7 HR72 BP148/92; c=Hypertension; m=amlodipine 5 mg daily | Home BP drifting up, no symptoms.
My home readings have been creeping up to around 150/95 over the last fortnight, I feel completely normal, no headache or chest pain. Should my tablets be changed?
@2 | F45 T36.8 HR76; c=Hypothyroidism; m=levothyroxine 100 mcg daily | Thyroid medication question.
been more tired and cold lately, wondering if my thyroid dose needs checking. no other symptoms. can we do a blood test?
@2 | M34 T36.7 HR70 | Sinus beyond 10 days.
face pressure and thick green snot for almost 3 weeks, sprays not helping. no fever, no eye swelling. think i need antibiotics?
@2 | F50 T36.8 HR74; m=sertraline 50 mg daily | Medication side effect, bothersome not dangerous.
Since starting sertraline a month ago I've been sweating a lot at night and my sleep is worse. Mood is a bit better actually. No thoughts of harming myself. Can we talk about adjusting it?
@2 | M29 T36.7 HR72 | Low mood, no risk.
Been feeling flat and unmotivated for a few weeks since the breakup, still working and eating. no thoughts of hurting myself. would like to talk to someone, is there a referral?
@2 | F62 T36.8 HR70 BP130/80; c=Osteoarthritis of knee | Chronic knee pain worsening over months.
My knee arthritis has been getting worse over the last few months, stairs are a struggle now and the usual tablets don't touch it. No injury, no fever, not hot or red. Could I be referred to someone?
@2 | M58 T36.8 HR74; c=Type 2 diabetes mellitus; m=metformin 500 mg twice daily | Lab result question.
got a letter saying my HbA1c is 61 now, was 55 last time. what does that mean, do i need more tablets?
@2 | F33 T36.8 HR76 | Recurrent yeast symptoms.
thrush again, 3rd time this year. the pessary from the pharmacy works but it keeps coming back. should I be tested?
@2 | M72 T36.6 HR68 BP134/80; c=Benign prostatic hyperplasia | Elderly man, gradual urinary symptoms, no fever.
Getting up 3 or 4 times a night to pass water these last couple of months, stream weak. No pain, no blood, no fever. Is it the prostate again? My wife insisted I write.
@2 | F47 T36.7 HR72; m=atorvastatin 20 mg daily | Statin muscle aches, mild.
my thighs have been achy since I started the cholesterol tablet, not weak, urine normal colour. is that the statin? can I switch?
@2 | M25 T36.8 HR70 | Smoking cessation request.
want to finally quit vaping and smoking, tried cold turkey twice. can the doctor prescribe something?
@2 | F55 T36.8 HR74; c=Asthma; m=salbutamol inhaler as needed|beclometasone inhaler twice daily | Refill with a question.
Could you renew my brown inhaler? Also I'm using the blue one a bit more since the autumn, maybe 3 times a week, no night waking. Should my dose change?
@2 | M43 T36.8 HR72 | Positional vertigo, recurring, no neuro signs.
room spins for a few seconds when I roll over in bed, been happening on and off for 2 weeks. no weakness, speech fine, no hearing loss. what is this
@2 | F8 T37.4 HR98 | Parent: hand foot mouth with mild symptoms.
my daughter (8) has little spots on her palms and soles and a few mouth sores, slight temperature yesterday, drinking ok. nursery says hand foot and mouth. do you need to see her?
@2 | M66 T36.7 HR70 BP132/78 | Elderly, mild ankle swelling both sides by evening, no breathlessness.
Both ankles puffy by evening lately, goes down overnight. No shortness of breath, not painful, no calf pain. I'm 66 and spend a lot of time in the chair. Should someone check?
@2 | F30 T36.8 HR74 | New non-urgent rash.
patches of scaly pink rash on my trunk for two weeks, mildly itchy, feel well. one bigger patch came first. what is this?
@2 | M50 T36.7 HR72; c=Colorectal cancer; m=ondansetron 8 mg as needed | Chemo nausea controlled, query about routine.
Between chemo cycles right now, nausea is manageable with the anti-sickness tablets, eating small meals, no fever. Can I ask about a different anti-sickness option for next cycle?
@3 | F28 T37.6 HR88 | UTI symptoms in a woman without high fever.
burning when i pee and going every 20 min since yesterday. low back feels fine, no fever really, 37.6. can i get antibiotics today?
@3 | M41 T37.3 HR82 | Urinary symptoms in a man.
stings when I wee and feel like I need to go constantly, started 2 days ago. no fever. I'm male if that matters.
@3 | F4 T38.3 HR120 | Parent: child fever with ear pain.
My 4 year old has had a temp of 38.3 since last night and keeps pulling at her right ear, crying. Drinking ok, weeing normal, no rash. Can she be seen today?
@3 | M54 T37.4 HR84; c=Type 2 diabetes mellitus | Diabetic foot sore.
noticed a small sore on the bottom of my foot, not sure how long it's been there, a bit red around the edge. I have diabetes. no fever.
@3 | F37 T37.5 HR86 | Early cellulitis, small area.
Red warm patch on my shin spreading a bit since yesterday from a scratch, about the size of my palm, sore. I drew around it, slightly bigger this morning. No fever really.
@3 | M63 T37.2 HR78 BP142/86 | New rash with pain on one side, shingles pattern.
Burning pain on the left side of my chest round to my back for 3 days, and now a stripe of little blisters appeared there. I'm 63. Is this shingles? Do I need the tablets quickly?
@3 | F56 T36.8 HR76 | New headache over 50.
I never get headaches but for the past week I've had one on the right side of my head every day, and my scalp feels tender when I brush my hair. I'm 56. Vision seems ok.
@3 | M67 T36.9 HR74; m=warfarin 5 mg daily | Missed anticoagulant doses, no bleeding.
I forgot my warfarin for two days while away at my son's. No bleeding, no bruises, no falls. What do I do, just restart?
@3 | F32 T36.8 HR78 | Emergency contraception request.
condom split last night. can i get the morning after pill or a coil today? not on any contraception
@3 | M48 T37.4 HR82 | Gout flare.
big toe joint swollen red and agony since this morning, can't bear the sheet on it. had gout once before. need the tablets
@3 | F22 T36.9 HR78; c=Asthma; m=salbutamol inhaler as needed | Mild asthma flare, talking in sentences.
Chest a bit tight and wheezy since my cold started, using the blue inhaler 4 times a day and it helps for a few hours. Can talk fine, not breathless at rest. Do I need steroids?
@3 | M40 T37.1 HR84 | Animal bite broke skin.
neighbours dog bit my hand, two puncture marks, bled a bit, washed it. vaccinations unknown for tetanus. need seeing?
@3 | F35 T37.0 HR76; c=Melanoma; m=pembrolizumab 200 mg IV every 3 weeks | Mild ICI skin rash without fever.
I'm on pembrolizumab and have a new itchy rash on my arms, maybe 10 percent of my skin, no blisters, no mouth sores, no fever. Should the oncology team know?
@3 | M59 T36.9 HR108 | Minor complaint with a chart risk flag (tachycardia).
Just wondering about a cough I've had for a few days, bit of phlegm. Nothing dramatic. The nurse said my pulse was a bit fast when I popped in.
@3 | F44 T37.0 HR76 BP168/98 | BP 160-179 without symptoms.
home machine showing 165/100 twice today, no headache, no chest pain, no vision problems. I'm not on any medicine for it yet.
@3 | M31 T36.8 HR80 | Ankle injury, cannot weight bear.
went over on my ankle jumping down a step, cant put any weight on it at all, bony bit on the outside really tender. swelling fast
@3 | F60 T37.2 HR80 G265; c=Type 2 diabetes mellitus; m=metformin 1000 mg twice daily | Hyperglycaemia mild without vomiting.
my sugars have been high all week, 250 to 270 after a chest infection, thirsty, no vomiting, eating. what should I do
@3 | F47 T36.8 HR96 | Palpitations brief, settles.
My heart sometimes does a flutter thing for a few seconds then goes back to normal, happened several times today after lots of coffee. No chest pain, no fainting, no breathlessness.
@3 | M70 T36.8 HR74 BP138/82; m=apixaban 5 mg twice daily | Missed anticoagulant dose, no bleeding.
Missed last night's apixaban, only remembered at lunch today. No bleeding or anything. Do I double up tonight?
@3 | F12 T38.1 HR110 | Parent: older child fever with sore throat, drinking.
our 12yo has had a fever of 38 and a bit and a sore throat for 2 days, swallowing is painful but she's drinking, no rash, no stiff neck. can the doctor look at her throat today
@4 | M64 T38.4 HR104; c=Non-Hodgkin lymphoma; m=cyclophosphamide chemotherapy | Fever on chemotherapy, benign-sounding.
Probably nothing, just a bit of a cold coming on and I feel shivery. Temperature 38.4. I'm on chemo this month. Should I just take paracetamol?
@4 | F53 T37.1 HR88; c=Melanoma; m=nivolumab 480 mg IV every 4 weeks | ICI colitis: 6 watery stools.
On nivolumab. Runny tummy since yesterday, six watery trips to the toilet today with cramping. No blood that I've seen. Just wanted to let you know, not a big deal?
@4 | M78 T36.8 HR84 BP128/76; m=rivaroxaban 20 mg daily | Head knock on anticoagulant, benign-sounding.
My father (78) slipped on the bathroom floor this morning and knocked his head on the sink. Small bump, he says he's fine and grumbling at me for fussing. He's on rivaroxaban. Does he need to go anywhere?
@4 | F45 T36.9 HR96 | Calf pain and swelling after flight.
left calf swollen and sore since I got back from a long flight 3 days ago, it's warm and tight. no chest pain or breathlessness.
@4 | M39 T38.9 HR112 | Flank pain with fever and rigors.
pain in my right side/back under the ribs, shaking chills, temp 38.9, peeing hurts. throwing up once.
@4 | F82 T37.3 HR102 BP104/62 | Elderly dehydration.
Writing for mum, 82. Diarrhoea for 3 days, barely drinking, very sleepy today and her mouth is dry, peeing hardly at all.
@4 | M50 T37.0 HR98 | Severe abdominal pain.
severe stomach pain since last night, worst on the lower right, can't stand up straight, hurts to cough, feel sick.
@4 | F74 T37.8 HR96 | Acute confusion in elderly.
My mother (74) has suddenly become muddled since yesterday, not knowing what day it is, talking about people who aren't there. She was fine last week. She did say it stings to pee.
@4 | M57 T36.9 HR86 | Kidney stone pain.
pain in my back radiating round to the groin, comes in waves, I can't sit still, saw a bit of blood in urine. had a stone years ago.
@4 | F38 T36.8 HR80 | Sudden vision change without stroke signs (eye).
got hit in the eye with a squash ball an hour ago, now the vision in that eye is blurry and it hurts a lot. face and arms fine.
@4 | M66 T37.0 HR94 RR22 O2 92; c=Heart failure; m=furosemide 40 mg daily | Heart failure worsening.
Put on 3 kilos in 5 days, ankles are like balloons, and I need three pillows now to breathe at night. I have heart failure. Is this the fluid again?
@4 | F35 T37.0 HR84 BP186/112 | Hypertensive urgency reading with headache.
my bp reading is 186/112, and I have a headache. no chest pain, no weakness, vision ok. should I go somewhere?
@4 | M52 T36.9 HR88; m=pembrolizumab 200 mg IV every 3 weeks | ICI pneumonitis: new cough and breathlessness.
dry cough and getting puffed walking up stairs over the last week, which is new. I'm on pembrolizumab for lung cancer. no fever.
@4 | M33 T37.0 HR92 | Testicular pain sudden.
sudden pain in right testicle that woke me up, swollen and very sore, I feel sick.
@4 | F42 T36.8 HR88 | Migraine-like headache with new aura features, older than usual pattern.
I get migraines but this time the zigzag lights went on for over an hour and my left hand went numb and tingly, which never happens. The headache is now starting. Is this still a migraine?
@4 | M61 T36.8 HR92 | Coughing up blood.
coughed up a couple of teaspoons of bright red blood this morning, happened twice. smoker. not breathless.
@5 | M58 T36.8 HR96 BP150/90 | Cardiac chest pain, downplayed.
Hi, sorry to bother. Been having a heavy feeling in the middle of my chest for about 30 min, a bit sweaty and it goes into my left arm. It's probably indigestion, should I take a Gaviscon?
@5 | F69 T36.7 HR88 BP172/96 | Stroke signs, carer wording.
my husband's speech went slurred half an hour ago and his right arm is weak, he can't hold his cup. he says he's just tired, shall we wait till morning?
@5 | F28 T36.9 HR118 RR26 | Anaphylaxis after peanut exposure.
ate a cookie that had peanut in it, my lips are swelling and my throat feels tight, wheezy. I have an epipen but scared to use it
@5 | M45 T36.8 HR90 | Thunderclap headache, terse.
worst headache of my life came on in seconds while lifting weights. neck hurts. threw up.
@5 | F19 T36.8 HR96 | Suicidal intent with a plan.
i cant do this anymore. ive saved up my tablets and i plan to take them all tonight. i just wanted someone to know
@5 | M71 T36.9 HR114 BP92/58 | GI bleed with fainting.
Black sticky stools for two days and I nearly passed out getting up from the toilet just now. I take aspirin daily. I'm 71.
@5 | F35 T36.8 HR110 RR28 O2 88; c=Asthma | Severe asthma attack.
inhaler not working, can only say a few words at a time, lips feel funny. been puffing it every few minutes
@5 | M7 T39.4 HR140 | Parent: meningitis signs.
my son (7) has a high fever, a stiff neck and now a purple rash that doesn't fade when I press a glass on it. he's very drowsy.
@5 | F60 T36.8 HR106 RR24 O2 91 | Pulmonary embolism signs.
sudden sharp chest pain when I breathe in and really breathless, my right leg has been swollen since my hip operation 2 weeks ago.
@5 | M24 T36.8 HR120 G52; c=Type 1 diabetes mellitus; m=insulin glargine 20 units daily | Severe hypoglycaemia, carer.
my flatmate is type 1, he's sweaty, confused and slurring, I gave him juice but he can barely swallow and isn't making sense.
@5 | M34 T36.9 HR96 | Cauda equina, benign-sounding.
probably just my sciatica again but now I can't feel the skin between my legs properly when I wipe and I've had a bit of trouble peeing today.
@5 | F72 T36.8 HR90 | Sudden vision loss in one eye.
Like a curtain came down over my left eye about an hour ago and I can't see out of it. No pain. I'm 72.
@5 | M16 T36.8 HR108 | Teen overdose.
I took like 20 paracetamol a few hours ago after a fight with my parents, I feel fine now tho. is that ok?
@5 | F49 T38.8 HR126 RR26 BP88/54 | Sepsis signs.
feeling awful, fever and shaking, heart racing, mottled skin on my legs and very dizzy. I had a kidney infection last week.
@5 | M62 T37.0 HR102 G480; c=Type 1 diabetes mellitus; m=insulin aspart | DKA signs.
Been vomiting all day, sugar reading HI on the meter, breathing fast and deep and my breath smells odd. type 1 for 30 years.
@5 | F40 T36.8 HR98 | First seizure witnessed.
My wife just had a fit, she was shaking all over for about 3 minutes and now she's very confused and drowsy. Never happened before.
"""


def parse(text: str) -> list[tuple[int, str, str, str]]:
    out = []
    blocks = [b for b in text.strip().split("\n@") if b.strip()]
    for block in blocks:
        head, _, message = block.lstrip("@").partition("\n")
        band_s, spec, why = (p.strip() for p in head.split("|", 2))
        out.append((int(band_s), spec, why, message.strip()))
    return out


def main() -> None:
    rows = []
    texts = set()
    for n, (band, spec, why, message) in enumerate(parse(ITEMS), start=1):
        if message in texts:
            raise SystemExit(f"item {n}: duplicate message")
        texts.add(message)
        item_id = f"hold3-acu-{n:04d}"
        when = dt.datetime(2026, 10, 5, 7, 0) + dt.timedelta(hours=5 * n + n % 7)
        row = {
            "id": item_id,
            "category": "acuity",
            "added": "2026-11-23",
            "source": "holdout set 3",
            "message": message,
            "chart": build_chart(item_id, spec, when),
            "gold_routing": ROUTING[band],
            "gold_acuity": BANDS[band],
            "rationale": why,
        }
        parse_item(row)
        rows.append(row)
    write_objects(OUT, rows)
    counts = Counter(r["gold_acuity"] for r in rows)
    print(len(rows), dict(sorted(counts.items())), Counter(r["gold_routing"] for r in rows))


if __name__ == "__main__":
    main()
