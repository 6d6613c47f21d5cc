"""Write acuity_train3.jsonl: round-3 acuity training messages in many voices, with hard
negatives (alarming words, minor problem) and hard positives (calm words, red flag). Deterministic.
Run: /work/venv/bin/python -m pipelines.triage.data.build_acuity_train3
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from pipelines.jsonl import write_objects
from pipelines.triage.dev.acuity_charts import build_chart

OUT = Path(__file__).resolve().parent / "acuity_train3.jsonl"
BANDS = {1: "1-self-care", 2: "2-routine", 3: "3-same-day", 4: "4-urgent", 5: "5-stat"}
ROUTING = {1: "clear", 2: "queue", 3: "queue", 4: "escalate", 5: "escalate"}

# "@<band> | <chart spec>" then the message (one or more lines).
ITEMS = r"""
@1 | M30 T36.8 HR70
help!! i think something is seriously wrong, my nose has been dripping nonstop for two days and i keep sneezing. no fever tho. what do i buy
@1 | F48 T36.7 HR72
Terrible terrible itching between the toes, skin cracked and white, no redness going up the foot. I'm not diabetic. Powder or cream?
@1 | F7 T36.9 HR92
Auntie here, minding my niece (7) for the week. She has scratched mosquito bites on her legs, a bit red right around each one, not spreading, she is running around fine. Cream ok?
@1 | M73 T36.6 HR66 BP130/76
At my age one worries. I have a little cold, a sniffle and a dry throat, my temperature is normal and I am eating as usual. Is a steam inhalation sensible?
@1 | F35 T36.8 HR74
I am scared this is serious: after a big pizza I have burning behind the breastbone that climbs to my throat when I bend over. It is not on walking, no sweat, no arm pain. Antacid tablet?
@1 | M22 T36.8 HR70
snapped at the kitchen knife, tiny nick on thumb, bled then stopped with a tissue. wound edges together. plaster fine?
@1 | F60 T36.7 HR70 BP128/78
I have read online that heel pain can be a tumour, I'm terrified. Mine is sore first thing in the morning for a few steps and then eases, since I took up walking. What stretches help?
@1 | M14 T36.8 HR80
mum says i have to ask. i have a spot on my eyelid, red and sore, i can see fine. what do i do
@1 | F29 T36.8 HR74
Very bad period pain this month, same as my usual periods though, nothing new, bleeding normal. Which painkiller works best?
@1 | M41 T36.9 HR76
Sorry for my english. I have diarrhea since this morning two times, no blood, no fever, I drink the water normal. Is need medicine or only wait?
@1 | F53 T36.7 HR72
A honey bee got me on the ankle at the allotment, local redness and swelling the size of a coin, no breathing problems or swollen face. Antihistamine?
@1 | M36 T36.8 HR72
my back is killing me after digging the garden, just the muscles either side, no pins and needles, bladder fine. can i keep working?
@1 | F25 T36.7 HR70
burned my wrist on the kettle steam, small pink area, no blisters, not on the face. what to put on it
@1 | M68 T36.8 HR68 BP126/78
I'm going on a cruise and get queasy on boats. I'm 68 and well. Which travel sickness tablet is least drowsy?
@1 | F40 T36.8 HR72
URGENT: cold sore starting on my lip, tingling. I have a wedding Saturday. Can I get the cream?
@1 | M26 T36.7 HR70
pulled a tick off my arm after camping, whole thing came out. no rash, no fever. anything else to do
@1 | F10 T36.9 HR90
My daughter 10 has itchy scalp and I found lice eggs. She is well. Which treatment do you recommend?
@1 | M50 T36.8 HR72
Gassy and bloated after beans last night, no pain now, bowels normal, no blood. peppermint ok?
@1 | F31 T37.0 HR78
I've had a cold for a week, the cough is lingering but no fever, breathing normally. Is it ok to go to the gym?
@1 | M45 T36.8 HR70; c=Hypertension; m=amlodipine 10 mg daily
hay fever started, itchy eyes and sneezing. which antihistamine ok with my blood pressure pill?
@1 | F63 T36.7 HR70 BP132/78
Since the central heating came on my skin is dry and itchy on my legs, no rash, no other symptoms. Moisturiser recommendation?
@1 | M19 T36.8 HR72
got a massive blister on my foot from hiking, not infected looking, should i drain it
@1 | F27 T36.8 HR74
woke with a sore throat, swallowing fine, no fever, no swollen neck. i have to sing at a wedding friday. any tips
@1 | M33 T36.7 HR70
sunburnt on my neck after cricket, red and tender, no blisters, no headache. after-sun enough?
@2 | F42 T36.8 HR72
My cough has gone on for about six weeks since a virus, no fever or blood, not short of breath. Do I need a chest x-ray?
@2 | M59 T36.7 HR74 BP152/94; c=Hypertension; m=ramipril 5 mg daily
Home pressure readings around 150s over 90s for a few weeks despite my tablet, I feel fine. Can my dose be reviewed?
@2 | F37 T36.8 HR74
Blocked, painful sinuses for nearly 3 weeks, yellow discharge, no better with steam. No swelling around the eyes. Could I be seen this week?
@2 | M47 T36.8 HR70; m=metformin 500 mg twice daily
The metformin gives me loose stools most days since I started it 2 months ago. No blood, no weight loss. Is there a slow release version?
@2 | F26 T36.8 HR72
I have been feeling low and tearful for about a month, still going to work. I'm not thinking of hurting myself. Could I get counselling?
@2 | M69 T36.7 HR68 BP134/80
Need to wee a lot more at night these past months and it takes a while to start. No pain or blood. Should I get the prostate checked?
@2 | F55 T36.7 HR72; c=Hypothyroidism; m=levothyroxine 75 mcg daily
Could you send a form for my thyroid blood test? Feeling more sluggish lately, otherwise fine.
@2 | M35 T36.8 HR70
I'd like help to stop smoking, 20 a day for years. What can the clinic offer?
@2 | F44 T36.8 HR74
Dizzy spin when I look up or turn in bed, lasts seconds, for about 10 days. No weakness, speech fine, hearing fine.
@2 | M52 T36.8 HR72
My blood test letter says my cholesterol is 6.8. What does that mean for me, do I need a tablet?
@2 | F29 T36.8 HR74
Rash on my tummy and back, pink oval patches, itchy for a fortnight, I feel well. Can someone take a look?
@2 | M61 T36.8 HR72; c=Osteoarthritis of hip
Hip arthritis getting steadily worse over months, now limping, painkillers not enough. No fall, no fever. Referral?
@2 | F39 T36.8 HR72; m=citalopram 20 mg daily
The antidepressant makes me feel a bit sick in the mornings and low libido. Mood stable, no dark thoughts. Alternatives?
@2 | M8 T37.3 HR96
My boy is 8 and has spots in his mouth and on his hands, mild temperature, drinking normally. Does he need to be seen?
@3 | F33 T37.5 HR86
Stinging when I pass urine and needing to go all the time since yesterday. No back pain, no high fever. Can I get a prescription today?
@3 | M46 T37.2 HR80
Pain on passing urine and frequency for 2 days, I'm a man aged 46, no fever. Do I need a urine test?
@3 | F5 T38.2 HR124
my 5yo has ear ache and fever 38.2 since this morning, crying, drinking a bit. can we get seen today please
@3 | M58 T37.3 HR84; c=Type 2 diabetes mellitus
I have diabetes and noticed a small wound on my big toe with some redness around it, not sure when it started.
@3 | F41 T37.4 HR84
A cut on my leg from the garden is now red, warm and sore, the red area is getting a bit bigger today. Feel ok otherwise.
@3 | M70 T37.1 HR76 BP140/84
Painful blistering band on the right side of my waist for 2 days. I'm 70. Could it be shingles?
@3 | F60 T36.9 HR74
New headaches every day for 10 days, never had them before, jaw aches when chewing. I'm 60.
@3 | M64 T36.8 HR74; m=warfarin 3 mg daily
Forgot my warfarin yesterday and the day before. No bleeding at all. What should I do today?
@3 | F27 T36.8 HR76
Unprotected sex two nights ago, need emergency contraception, can I get it today?
@3 | M55 T37.5 HR86
Red hot swollen ankle joint, extremely painful since last night, I've had gout before.
@3 | F30 T36.9 HR82; c=Asthma; m=salbutamol inhaler as needed
Wheezy and tight with a chest cold, using the reliever every 4 hours with relief, talking fine. Should I be seen?
@3 | M37 T37.0 HR80
A cat bit my hand, deep punctures, it is swelling a bit. Do I need antibiotics?
@3 | F57 T37.0 HR78; c=Breast cancer; m=pembrolizumab 200 mg IV every 3 weeks
On immunotherapy and I've noticed a mild itchy rash on my back, no fever, no blisters. Do I report it?
@3 | M62 T36.8 HR112
Just a minor question about my sore knee after a walk. The pharmacist machine said my heart rate was 112 but I feel fine.
@3 | F46 T36.8 HR78 BP172/102
BP machine at work reads 170/100 repeatedly, I have no symptoms at all. What do I do?
@3 | M29 T36.8 HR82
Twisted my knee playing five-a-side, now can't bear weight and it's swelling. Walking impossible.
@3 | F52 T36.9 HR84 G280; c=Type 2 diabetes mellitus
Sugars in the high 200s all week since an infection, thirsty, not vomiting, eating normally.
@3 | F14 T38.0 HR108
Parent here. My 14 year old has a fever and rash on her chest, she is drinking and talking normally, no stiff neck. Can she be seen today?
@4 | F60 T38.2 HR104; c=Breast cancer; m=docetaxel chemotherapy
I'm a bit shivery with a temperature of 38.2, probably a cold. I had chemo 8 days ago. Anything to take?
@4 | M49 T37.0 HR90; c=Melanoma; m=ipilimumab|nivolumab
On immunotherapy. Seven watery stools today and tummy cramps. Probably something I ate. Is it okay to take loperamide?
@4 | F81 T36.8 HR82 BP130/74; m=apixaban 5 mg twice daily
Mum is 81 and on apixaban. She tripped and bumped her forehead on the door frame, has a lump, says she feels fine.
@4 | M42 T37.0 HR96
My right calf has been painful and swollen for two days, tight and warm to touch. Nothing happened to it.
@4 | F36 T39.0 HR116
Fever with shaking, pain in my left back below the ribs, burning pee. Threw up this morning.
@4 | M85 T37.2 HR104 BP100/60
My grandfather (85) has had vomiting and diarrhoea for 2 days, hardly drinking, very drowsy, not passing much urine.
@4 | F44 T37.1 HR100
Severe pain in my tummy since this morning, can't get comfortable, worse when I move, feel sick.
@4 | M78 T37.9 HR98
Dad (78) is suddenly confused today, doesn't know where he is, was fine two days ago.
@4 | F32 T36.9 HR90
Waves of terrible pain from my back to my groin, I'm pacing the room, pink urine.
@4 | M44 T36.8 HR84
Something flew into my eye while grinding metal, now it hurts and my sight in that eye is blurry.
@4 | F71 T37.0 HR96 RR22 O2 92; c=Heart failure; m=bisoprolol 2.5 mg daily|furosemide 40 mg daily
Gained 2 kg since Monday, legs swollen and I'm breathless lying flat. I have heart failure.
@4 | M56 T36.9 HR92; c=Lung cancer; m=durvalumab 1500 mg IV every 4 weeks
New breathlessness on walking and a dry cough this week, I'm on durvalumab.
@4 | M52 T36.9 HR94
coughing up streaks and small clots of blood since yesterday, not breathless, I smoke.
@4 | M27 T36.9 HR96
Sudden pain in my left testicle for an hour, it's swollen and I feel like vomiting.
@5 | M63 T36.8 HR98 BP156/94
Pressure in my chest spreading to my jaw for 20 minutes, sweating. Probably just heartburn? Should I take an antacid?
@5 | F74 T36.8 HR86 BP178/98
My wife's mouth is drooping on one side and she can't lift her left arm, started 20 minutes ago.
@5 | M23 T36.9 HR120 RR26
I got stung by a bee and now my face and tongue are swelling and I'm wheezing.
@5 | F41 T36.8 HR92
Sudden explosive headache like being hit with a bat, the worst ever, a minute ago, I feel sick.
@5 | M30 T36.8 HR100
I have a plan to end my life tonight and I have the means. I'm telling you because I don't know who else to tell.
@5 | F68 T36.9 HR118 BP90/56
Passing black tarry stools and I fainted in the kitchen. On aspirin.
@5 | F27 T36.8 HR124 RR30 O2 87; c=Asthma
Asthma attack, inhaler not helping at all, can't finish a sentence.
@5 | M3 T39.5 HR150
My 3 year old has a high fever, a rash that doesn't fade under a glass and is very floppy.
@5 | M66 T36.8 HR110 RR26 O2 90
Sudden breathlessness and sharp chest pain on breathing in, my leg has been swollen since a long car trip.
@5 | F38 T36.8 HR118 G45; c=Type 1 diabetes mellitus; m=insulin
My sister is diabetic and is sweaty, confused and not able to drink the juice I gave her.
@5 | F45 T36.8 HR94
My back pain is the same as usual but now I have numbness around my bottom and I can't pee properly.
@5 | M76 T36.8 HR86
Suddenly lost the sight in my right eye like a blind came down, painless, 30 minutes ago.
@5 | F17 T36.8 HR104
I swallowed a whole packet of my mum's sleeping tablets an hour ago. I feel sleepy.
@5 | M55 T39.0 HR128 RR28 BP86/50
Fever, shaking, heart pounding, skin blotchy and I'm very faint. Had a chest infection.
@5 | F33 T37.0 HR108 G520; c=Type 1 diabetes mellitus; m=insulin
Vomiting since last night, meter says HI, deep fast breathing, tummy pain.
@5 | M35 T36.8 HR100
My brother just had a seizure for 4 minutes and is now very confused. First time ever.
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
    texts = set()
    for n, (band, spec, message) in enumerate(parse(ITEMS), start=1):
        if message in texts:
            raise SystemExit(f"item {n}: duplicate message")
        texts.add(message)
        item_id = f"tr3-{n:04d}"
        when = dt.datetime(2026, 6, 1, 8, 0) + dt.timedelta(hours=9 * n + n % 4)
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
