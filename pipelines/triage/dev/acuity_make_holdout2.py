"""Write acuity_holdout2.jsonl: a second held-out acuity set (written before the calibration round)
in varied voices, labelled by the rubric in acuity_README.md. Deterministic.
Run: /work/venv/bin/python -m pipelines.triage.dev.acuity_make_holdout2
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipelines.triage.dev.acuity_make_holdout import write_rows

OUT = Path(__file__).resolve().parent / "acuity_holdout2.jsonl"

# "@<band> | <chart spec> | <why>" then the message (one or more lines).
ITEMS = r"""
@1 | F36 T36.7 HR74 | Common cold, two days, well.
stuffy nose and sneezy for 2 days, kids brought it home from nursery. no temp. can i use the nasal spray from last winter?
@1 | M61 T36.8 HR70 BP134/82; c=Hyperlipidemia; m=atorvastatin 20 mg daily | Heartburn after spicy food, no exertional pain.
Afternoon. Bit of a burning feeling behind the breastbone after a curry last night, eased when I sat up and had a glass of milk. Walked the dog this morning no problem at all. Is an antacid ok with my cholesterol tablet?
@1 | F10 T36.8 HR88 | Child wasp sting, local only.
Hi, my girl (10) got stung by a wasp on her hand at the park. Little red bump, a bit puffy round the sting, she's breathing fine and chatting away. Do we need antihistamine or just a cold pack?
@1 | M24 T36.6 HR66 | Shaving nick, stopped bleeding.
cut myself shaving pretty deep on the chin, bled loads for a bit but its stopped now with tissue. should i put anything on it
@1 | F53 T36.9 HR72 | Dry eyes from screens.
My eyes feel gritty and dry by the end of the working day, staring at spreadsheets. Vision is fine. Are the lubricating drops from the chemist ok to use every day?
@1 | M38 T36.7 HR76 | Mild sprain of wrist, full movement.
fell off skateboard w my son (showing off lol) wrist a bit sore but can move it all ways, grip ok, no swelling really. just rest?
@1 | F71 T36.6 HR68 BP128/74 | Elderly, normal vitals, simple constipation question.
Good morning. Since my knee operation recovery I have been less active and my bowels are slow, every three days. No pain, no bleeding. Would prune juice be sensible or is there something gentle I can buy? Regards, Edith
@1 | M20 T36.9 HR80 | Cold sore returning.
cold sore on my lip again, same spot as usual, tingling started this morning. the cream from the pharmacy worked last time. fine to use again?
@1 | F27 T36.8 HR78 | Hay fever, known pattern.
Sneezing nonstop and itchy throat since the grass got cut at work. Happens every summer. Which antihistamine doesn't make you sleepy?
@1 | M46 T36.7 HR72 | Non-native writer, mild back ache after lifting, no red flags.
Hello sir, I am moving furnitures on weekend and now my lower back is stiff and aching. Legs is ok, no numb, toilet is normal. I can walk but slowly. What is good to do at home please?
@1 | F16 T36.8 HR82 | Teen, mild acne question.
spots on my chin and forehead are getting worse before exams. nothing painful just annoying. is benzoyl peroxide ok to try?
@1 | M33 T37.0 HR78 | Mild sore throat, eating fine.
Throat bit rough since Sunday, I think from shouting at the football match. No fever, eating and drinking ok. Honey and lemon enough?
@1 | F42 T36.8 HR74 | Alarming capitals but minor: splinter removed.
HELP!!! got a big wood splinter in my palm from the garden fence, got most of it out with tweezers, tiny red dot left, no pus, not hot. DO I NEED A TETANUS THING. last booster was 3 years ago
@1 | M6 T36.9 HR96 | Child with mild cough, well, playing.
Dad here. My 6 year old has a little dry cough at night for 3 days, no fever, eating normally, running about at school. Is honey ok at his age?
@1 | F58 T36.7 HR70 BP124/78; c=Hypothyroidism; m=levothyroxine 75 mcg daily | Motion sickness before a trip.
Flying to see my sister next week and I always feel queasy on the little plane for the connection. Anything I can take with my thyroid tablet?
@1 | M29 T36.8 HR70 | Athlete's foot.
itchy peeling skin between my toes, gym showers probably. no redness spreading, no diabetes. which cream?
@1 | F35 T36.7 HR76 | Mild sunburn on face.
fell asleep in the garden, face is pink and a bit tight. no blisters, no headache, drinking lots of water. best after-sun?
@1 | M49 T36.9 HR72 | Hiccups after a fizzy drink.
Silly question but these hiccups started after a can of soda 40 minutes ago and wont quit. Anything that actually works?
@1 | F4 T36.9 HR102 | Preschooler with a minor bruise from a fall, playing normally; normal child heart rate.
my daughter is 4, tripped at the playground and has a bruise on her shin. walking and running fine, laughing. arnica cream safe for her age?
@1 | M40 T36.6 HR68 | Question about ibuprofen dose for toothache while waiting for dentist appointment.
Got a dentist appointment on Thursday for a sore tooth, no swelling in the face, no fever. How much ibuprofen can I safely take till then?
@1 | F22 T36.8 HR80 | Mild period pain.
usual period pain, day 1, hot water bottle helping. can i take naproxen i have at home?
@1 | M55 T36.7 HR74 BP130/80; c=Type 2 diabetes mellitus; m=metformin 500 mg twice daily | Diabetic, mild cold, glucose normal.
Cold with a runny nose and sore head, sugars 126 this morning. Do I need to change anything with the metformin while I am sick? Eating ok.
@1 | F31 T36.8 HR72 | Insect bite, small ring, no spread.
Bite on my ankle from gardening yesterday, itchy little bump about the size of a coin, not spreading, no fever. Just want to know if hydrocortisone cream is fine.
@1 | M68 T36.6 HR66 BP126/78 | Elderly, normal vitals, earwax question.
My ears feel a bit blocked, I think it is wax as it's happened before. Hearing slightly muffled, no pain, no discharge. Olive oil drops again?
@1 | F26 T36.7 HR74 | Mild diarrhoea after travel, drinking well.
Back from a city break, a bit of loose stool twice a day since yesterday, no blood, no fever, keeping fluids down fine. Just rehydration sachets?
@2 | F44 T36.8 HR76 | Cough more than three weeks, no red flags.
I've had a tickly cough that just won't go since early October, maybe four weeks now. Not coughing anything up, no fever, no weight loss that I can tell. Probably nothing but my partner says get it looked at.
@2 | M57 T36.7 HR70 BP142/88; c=Hypertension; m=lisinopril 10 mg daily | Home BP drifting up, asymptomatic.
Home readings have crept up the last fortnight, mostly 140s over high 80s. Feel perfectly fine, no headache. Should the dose go up? Happy to book in.
@2 | F39 T36.6 HR72 | New painless breast lump.
I found a small lump in my left breast in the shower. It doesn't hurt, about pea size. No nipple changes. I know I need to be seen, how soon can I get an appointment?
@2 | M63 T36.8 HR68 BP130/76; c=Type 2 diabetes mellitus; m=metformin 1000 mg twice daily | Glucose trending higher, no acute symptoms.
My morning sugars have been drifting up to 180-200 over the last month. No thirst or weight loss, feel fine. Maybe I need my medicine looked at?
@2 | F29 T36.7 HR74; m=sertraline 50 mg daily | Medication side effect, bothersome not dangerous.
Since starting the sertraline 3 weeks ago I've had trouble sleeping and feel a bit jittery in the mornings. Mood maybe slightly better. No thoughts of harming myself. Can we talk about timing or the dose?
@2 | M35 T36.9 HR74 | Sinus symptoms beyond ten days.
blocked nose and pressure over my cheeks for nearly 2 weeks now, green stuff. no fever now. not getting better with steam. do i need something stronger
@2 | F50 T36.7 HR70 | Low mood, no risk.
Struggling a bit since my mum passed in the summer. Sleeping badly and don't enjoy much. I'm not going to hurt myself, but I think I'd like to talk to someone about it.
@2 | M42 T36.8 HR72 | Form request with clinical question.
Need a fitness-to-work form filled for my new driving job. Also wanted to ask whether my sleep apnoea machine needs to be mentioned on it.
@2 | F66 T36.6 HR70 BP136/80; c=Osteoarthritis of knee | Chronic knee pain worsening slowly.
My knee arthritis is a lot stiffer this autumn and the paracetamol isn't doing much now. No new injury, not hot or swollen. Could I be referred for an injection or physio?
@2 | M30 T36.7 HR68 | Mole changed slightly.
the mole on my back looks a bit darker than it was last year according to my girlfriend. not bleeding or itchy. worth a check?
@2 | F47 T36.8 HR76 | Perimenopausal symptoms bothersome.
Hot flushes and night sweats for months now, waking me three times a night. Periods all over the place. I'd like to discuss HRT when there's a slot.
@2 | M71 T36.7 HR70 BP132/78; c=Benign prostatic hyperplasia; m=tamsulosin 400 mcg daily | Urinary frequency creeping up, no fever.
Getting up to pee three or four times a night now, used to be once. Stream is weak. No pain, no blood, no fever. My tablet doesn't seem to do so much anymore.
@2 | F33 T36.8 HR72; c=Asthma; m=salbutamol inhaler as needed | Asthma review, using reliever more, no acute distress.
Using my blue inhaler maybe 4 times a week lately instead of once, mostly cold mornings. Not short of breath at rest and can talk fine. Think I need my asthma plan reviewed.
@2 | M52 T36.8 HR72 | Refill with a question.
Repeat for my omeprazole please. Also, I've been on it two years now, is it ok to keep taking it long term or should I try coming off?
@3 | F34 T37.8 HR92 | Urinary infection symptoms with low fever.
Burning when I pee since yesterday and going every half hour, now a bit hot and shivery, thermometer said 37.8. No back pain. Can I get something today?
@3 | M45 T37.2 HR80 | Urinary symptoms in a man.
I'm a man in my 40s and for two days it stings when I pass water and I feel like I need to go all the time. No fever I think. Never had this before.
@3 | F5 T38.4 HR118 | Child earache with fever.
my 5yo has been pulling at her right ear and crying all night, temp 38.4 this morning. gave calpol. she's drinking but grumpy. can she be seen today
@3 | M39 T37.3 HR84 | Small spreading cellulitis.
Scratch on my forearm from the cat on Saturday, now there's a red warm patch about 4 cm round it and it's got bigger since last night. No fever. Draw a line round it?
@3 | F61 T36.9 HR78; c=Breast cancer; m=capecitabine 1000 mg twice daily | Mild symptom on chemotherapy without fever.
Hello team, I'm on my capecitabine cycle and my palms and soles are red and a bit sore, also slightly loose stools twice today. No temperature. Should I carry on with the tablets?
@3 | M64 T36.8 HR76 BP172/98; c=Hypertension; m=amlodipine 10 mg daily | BP 160-179 without symptoms.
Pharmacy machine gave 172 over 98 this morning, I feel completely normal, no headache or chest pain. Should I do anything today?
@3 | F28 T37.9 HR96 | New rash with mild fever.
came out in a blotchy red rash on my tummy and back this morning, temp 37.9, feel a bit achy. no breathing problems, lips fine. not on any new meds.
@3 | M50 T37.1 HR86 | Moderate pain not controlled: renal colic history? No, gout flare.
Gout in my big toe flared again last night, it's red and I can't put a sock on, painkillers aren't touching it. Had this before. Need something stronger today if possible.
@3 | F24 T37.2 HR90 | Vomiting for a day, keeping fluids down.
been sick 4 times since yesterday lunchtime, sipping water and that's staying down now, peeing ok but feel rough. no blood. not pregnant.
@3 | M58 T36.8 HR78; c=Melanoma; m=pembrolizumab every 3 weeks | Checkpoint inhibitor with mild new symptom, no fever.
Had my pembrolizumab 10 days ago. Since then a new itchy rash on my arms and chest, and loose stools twice a day. No fever, eating ok. Is this something to flag?
@3 | F74 T36.9 HR102 BP138/80 | Elderly with minor complaint but HR 102 (chart risk flag).
My daughter is typing for me. I have had a bit of a chesty cold for four days and feel tired. The nurse machine at the chemist said my pulse was 102. I don't feel too bad.
@3 | M12 T38.3 HR112 | Child sore throat with fever and difficulty eating.
our son (12) has a really sore throat, white spots on tonsils, 38.3 fever and won't eat, drinking a little. breathing fine. can a doctor see him today?
@3 | F45 T37.0 HR80; c=Atrial fibrillation; m=apixaban 5 mg twice daily | Anticoagulant, minor nosebleed stopped, no fall/head.
I'm on apixaban and had a nosebleed this morning that took about 15 minutes to stop with pressure. Stopped now. Do I need a check today?
@3 | M36 T37.4 HR84 | Eye red and painful with discharge, contact lens wearer.
contact lens wearer, left eye went red and sore overnight, sticky yellow stuff, light a bit annoying. vision ok-ish. took lenses out.
@3 | F53 T37.0 HR82 | Back pain after lifting with pain not controlled, no neurological signs.
Did something to my back gardening, it's spasming and I can barely get out of a chair, the tablets I have aren't helping. Legs normal, toilet normal. Can I get something for the pain today?
@3 | M8 T37.6 HR104 | Child vomiting a day, fluids staying down.
my boy (8) threw up 3 times last night and once this morning, now keeping down diluted juice, weeing normally, tired. low temperature. does he need seeing today?
@3 | F40 T36.9 HR78 | Painful swollen gum/dental abscess with facial swelling starting.
Tooth at the back is throbbing and my cheek is starting to swell a little. Dentist can't see me till next week. No fever, swallowing fine. What should I do?
@3 | M67 T37.0 HR80 BP176/94 | Elderly with BP 176 but no symptoms; same-day.
Hello, my wife insisted I write. BP at home 176/94 twice this evening, I'm 67, no chest pain, no dizziness, no weakness. Do I need to go in?
@4 | F57 T38.4 HR108; c=Ovarian cancer; m=carboplatin and paclitaxel every 3 weeks | Fever on chemotherapy.
Day 9 after my chemo. Temperature just went to 38.4 and I'm shivery. Otherwise just tired. The leaflet says to call, so I'm writing as well.
@4 | M66 T36.9 HR84 BP150/84; c=Atrial fibrillation; m=warfarin as directed | Head knock on anticoagulant.
Slipped on the ice and banged the back of my head on the step about an hour ago. I'm on warfarin. Bit of a headache, no sickness so far. My wife thinks I should get it checked.
@4 | F30 T37.0 HR94 | Calf swelling with pain.
my right calf is swollen and tight and it hurts to walk, started 2 days ago after a long drive back from holiday. on the pill. left one looks normal.
@4 | M48 T38.9 HR112 | Flank pain with fever and rigors.
Pain in my right side under the ribs round to the back, peeing hurts, and I've had shaking chills this afternoon, 38.9. Feeling really unwell.
@4 | F62 T37.1 HR96; c=Lung cancer; m=nivolumab every 2 weeks | 4+ watery stools on checkpoint inhibitor.
I'm on nivolumab. Since yesterday I've had six watery stools and cramps, no blood. No fever. Drinking what I can.
@4 | M26 T36.8 HR100 | Suspected fracture.
came off my bike and landed on my arm, forearm looks bent and its really swollen, cant turn my hand over. pain 8/10
@4 | F83 T37.4 HR108 BP102/60 | Dehydration in the elderly.
Writing about my grandmother, 83. Diarrhoea for two days, barely drinking, very sleepy today and her mouth is dry. She's passed very little urine. She knows who we are.
@4 | M44 T37.6 HR104 | Severe abdominal pain.
Terrible pain low down on the right of my belly since this morning, started near my belly button, worse when I walk or cough. Threw up once. Can't get comfy.
@4 | F69 T37.2 HR98 RR22 O2 92; c=COPD; m=tiotropium inhaler daily | SpO2 90-93 with breathlessness.
My breathing is worse than usual the last two days, more phlegm, my oximeter says 92%. I can talk but walking to the kitchen wears me out.
@4 | M35 T37.4 HR106 G340; c=Type 1 diabetes mellitus; m=insulin glargine|insulin aspart | Glucose >= 300 with vomiting.
Type 1 here. Sugars 340 and climbing since I got a stomach bug, and I've been sick three times, can't keep food in. Ketone strip went purple.
@4 | F41 T36.9 HR82 | Sudden vision change without stroke signs.
Lots of new floaters and flashing lights in my left eye since this morning, and now it's like a grey curtain at the top of the vision. No headache, face and arms fine.
@4 | M9 T36.9 HR100 | Child eye injury.
My son got poked in the eye with a stick playing in the woods. It's very red, watering, he won't open it and says it's blurry.
@4 | F55 T38.2 HR104; c=Rheumatoid arthritis; m=pembrolizumab every 3 weeks|methotrexate weekly | Fever on checkpoint inhibitor.
I got fever 38.2 since this afternoon and cough little bit. I am having the pembrolizumab infusion. Please tell me what I should do.
@4 | M73 T37.0 HR88 BP144/82; c=Atrial fibrillation; m=rivaroxaban 20 mg daily | Fall with bleeding on anticoagulant.
I had a fall in the garden and my elbow cut is still oozing after 30 minutes of pressing on it, and there's a big bruise coming up on my hip. I take rivaroxaban.
@5 | M59 T36.9 HR110 BP150/92; c=Hypertension | Crushing chest pain radiating.
at my desk, like an elephant sat on me, squeezing behind the sternum spreading up to my jaw and down the left arm, drenched in sweat and queasy. started quarter of an hour back
@5 | F76 T37.0 HR92 BP182/100 | Stroke signs.
This is her son. Mum's words came out jumbled at lunch and the left side of her mouth is drooping, and she dropped her cup with her left hand. Started about 30 minutes ago.
@5 | M22 T37.0 HR124 RR28 O2 91 | Anaphylaxis after peanut.
ate something w peanuts at a party, lips swelling up and throat feels tight, wheezing. i have an epipen
@5 | F38 T36.8 HR118 RR30 O2 88; c=Asthma | Severe breathlessness, SpO2 < 90.
Asthma attack, inhaler isn't working, can only say a few words at a time, my finger monitor says 88. Husband is with me.
@5 | M45 T36.7 HR126 BP96/58 | Heavy bleeding.
Cut my thigh badly with a chainsaw, blood is soaking through the towel and won't stop. I'm feeling faint.
@5 | F80 T37.6 HR104 BP108/62 | Confused and hard to wake.
Neighbour here. I checked on the old lady next door and she is very drowsy, hard to wake up, and when she talks it makes no sense. She was fine yesterday.
@5 | M31 T36.8 HR90 | Suicidal intent with a plan.
I can't do this anymore. I've saved up my tablets and I'm going to take them all tonight when everyone's asleep. I'm only writing so someone knows.
@5 | F7 T38.5 HR140 | Seizure not stopping.
my daughter is having a fit, shaking all over, its been going 6 minutes and not stopping, she has a temperature
@5 | M50 T36.9 HR88 BP168/96 | Thunderclap headache.
Out of nowhere the worst headache of my life hit me like a bang at the back of my head while lifting at the gym, a minute ago it peaked. Feel sick and my neck is stiff.
@5 | F64 T36.8 HR116 BP94/56; m=ibuprofen 400 mg three times daily | Black tarry stool with fainting.
Passed black, sticky stool this morning and again now, then I went dizzy and fainted in the bathroom. Been taking ibuprofen a lot for my hip.
@5 | M70 T37.1 HR104 RR26 O2 89; c=Heart failure; m=furosemide 40 mg daily | Severe breathlessness, SpO2 < 90.
I can't breathe lying down at all tonight, had to sit up in the chair, my legs are more swollen, oxygen 89 on my machine. Coughing up frothy stuff.
@5 | F27 T36.9 HR120 RR24 O2 95 | Anaphylaxis after antibiotic.
Took the first amoxicillin tablet an hour ago and now I've got hives all over, my tongue feels thick and my voice is going hoarse. Getting hard to swallow.
@5 | M55 T36.8 HR98 BP190/110 | Stroke signs with sudden arm weakness.
my husband suddenly can't lift his right arm and his speech is slurred, started 15 mins ago while watching tv. he's 55
"""


def main() -> None:
    write_rows(
        ITEMS, OUT, id_prefix="hold2-acu", first=dt.datetime(2026, 11, 9, 7, 30), hours=5, jitter=7
    )


if __name__ == "__main__":
    main()
