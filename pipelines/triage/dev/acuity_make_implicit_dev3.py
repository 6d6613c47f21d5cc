"""Write acuity_implicit_dev3.jsonl: a third batch of development phrasings for the safety net
(emergencies in lay words and their look-alikes), for its rules and its learned scorer. Deterministic.
Run: /work/venv/bin/python -m pipelines.triage.dev.acuity_make_implicit_dev3
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipelines.triage.dev.acuity_make_implicit_dev import write

OUT = Path(__file__).resolve().parent / "acuity_implicit_dev3.jsonl"

# "@<band> | <chart spec> | <why>" then the message, as in the acuity holdout makers.
ITEMS = r"""
@5 | M44 T36.7 HR92 | Farewell arrangements and a ligature point chosen.
The will is signed and the mortgage papers are on the table for my brother. There's a beam in the barn that will hold me. Thank the surgery for everything.
@5 | F29 T36.8 HR96 | Plan to drink with stored tablets after a shift.
I've kept a carrier bag of tablets under the bed since summer. After my last shift on Thursday I'm going to wash them down with gin. Don't send anyone.
@5 | M19 T36.7 HR98 | Student with a bridge plan, goodbye texts written.
drafted texts to my parents, they'll send on a timer. walking down to the river footbridge after my last lecture
@5 | F52 T36.6 HR88 | Hose and car plan, affairs in order.
The funeral plan is paid for and I've cancelled the milk. The tube is fitted to the exhaust and the car is in the lock-up. I'm at peace with it.
@5 | M37 T36.8 HR94 | Intends to use stored insulin tonight.
Mum's old insulin pens are still in the fridge. I've read what a lot of it does to someone who isn't diabetic. Tonight is the night.
@5 | F46 T36.7 HR90 | Feels a weight on family, has the means, set date.
My family would cope better without dragging me along. I've got the tablets counted out and Saturday is the day.
@5 | M61 T36.7 HR86 | Elderly man with a shotgun, settled affairs.
I've told the solicitor what I want done with the farm. The gun cabinet key is in my pocket. I'm not waiting for the results.
@5 | F24 T36.8 HR100 | Plan at a height, tonight.
can't do another day of this. going up to the top floor of the hospital car park tonight, sorry
@4 | M28 T36.8 HR98 | Self-inflicted deep cut, gaping.
Sliced my forearm with a razor tonight, it's a proper gash, the edges are apart and there's white stuff showing. Bleeding has eased off.
@5 | F33 T36.7 HR60 RR10 | Sleeping tablets and wine taken, drowsy.
Had a bottle of red and then swallowed all my zopiclone about an hour ago. I'm so sleepy I can hardly type.
@5 | M17 T36.6 HR102 | Teen found with empty packets, vomiting.
My son's bedroom bin is full of empty paracetamol packets and he's been throwing up since this morning.
@5 | F49 T36.8 HR104 | Emptied a pill bottle into herself on purpose.
I tipped the entire bottle of my amitriptyline down my throat after he left. My mouth is dry and my heart is banging.
@5 | M3 T36.9 HR124 | Toddler chewed into a grandparent's tablets.
Just caught my 3 year old with Grandad's tablet box open, there are at least eight of his blood pressure pills gone.
@5 | F2 T36.8 HR128 | Child got at iron or vitamin tablets, vomiting.
My little girl ate a load of the iron tablets off the kitchen side, maybe ten, now she's vomiting.
@4 | F74 T37.2 HR94; c=Psoriasis; m=methotrexate 12.5 mg weekly | Weekly methotrexate taken every day, mouth sores.
Realised I've been taking my methotrexate every day since last Tuesday, it's meant to be a weekly one. My gums are bleeding and my mouth is full of sores.
@5 | M39 T36.6 HR52 BP90/56 | Overdose of heart tablets with beer.
Took a load of my bisoprolol with about eight cans of lager. Feel really woozy and my pulse is slow.
@5 | F31 T36.7 HR110 | Partner swallowed the medicine cabinet after an argument.
my husband just swallowed everything in the medicine cabinet after we rowed, he's slurring and stumbling
@5 | M20 T36.7 HR96 | Many paracetamol taken deliberately, feels fine.
took a big pile of paracetamol last night on purpose, about 32, i feel okay now but my stomach aches
@5 | F70 T36.8 HR88 BP186/98 | Sudden face droop and slurred speech in an older woman.
My nan's mouth has gone all wonky on the left and she can't say her words properly, it just happened while she was knitting.
@5 | M67 T36.8 HR86 BP178/96 | Sudden leg and arm weakness on one side.
Husband's right arm and leg have gone weak, he keeps falling to that side, and his talking is muddled. Started twenty minutes ago.
@5 | F58 T36.7 HR84 BP170/92 | Drops things, one hand numb and heavy, confused words.
Suddenly dropped my mug, my left hand is numb and heavy and my sentences are coming out in the wrong order.
@5 | M75 T36.7 HR80 BP172/90 | Face dropped and can't lift arm.
Grandad's face has dropped on one side and he can't lift his arm above his head, he was fine an hour ago.
@5 | F38 T36.9 HR120 BP92/58 | Tongue swelling and wheeze after nuts.
Ate a brownie with walnuts, now my tongue feels thick and huge and I'm wheezy.
@5 | M12 T37.0 HR130 | Child stung, hives, lips swelling, breathing noisy.
my son was stung by a wasp on the football pitch, he's got hives all over, his lips are swelling and his breathing is noisy
@5 | F47 T36.8 HR122 BP86/54 | New antibiotic, face swelling, faint.
Took my first amoxicillin an hour ago and my face and eyes have puffed right up and I feel like I'm going to faint.
@5 | M26 T36.9 HR118 | Seafood, throat closing.
Had mussels at dinner, my throat feels like it's closing and my voice is hoarse, lips tingling.
@5 | M43 T36.7 HR126 BP94/58 | Arterial bleed from a work injury.
Cut my wrist on a sheet of metal at work, blood is pumping out with my heartbeat and won't stop.
@5 | F55 T36.8 HR116 BP96/60 | Vomiting fresh blood, dizzy.
Just vomited a big amount of bright red blood into the sink and I feel faint and cold.
@5 | M71 T36.7 HR112 BP98/60; m=apixaban 5 mg twice daily | Black tarry stools with fainting on an anticoagulant.
Passing black, tarry stools since yesterday and I passed out in the bathroom this morning.
@5 | F35 T37.1 HR120 BP94/56 | Heavy bleeding after childbirth.
Had my baby ten days ago, bleeding suddenly heavier, passing huge clots and soaking through a pad in under an hour.
@5 | M6 T38.2 HR148 RR44 | Child struggling to breathe, tugging in at the throat.
my son's breathing is fast and hard, the skin at the bottom of his throat pulls in and he's too breathless to talk
@5 | F42 T36.8 HR126 RR30 O2 89; c=Asthma; m=salbutamol inhaler as needed | Severe asthma, inhaler no help.
Using my blue inhaler every few minutes and it's not working, I can't finish a sentence and I'm getting drowsy.
@5 | M78 T36.5 HR52 RR8 | Can't rouse an elderly man, noisy breathing.
Can't rouse my husband properly from his nap, he's breathing very slowly with a rattle.
@5 | M57 T36.8 HR106 BP150/90 | Crushing chest discomfort, sick and sweaty.
Feels like a tight band crushing my chest, started while I was digging the garden. Sweating and feel sick.
@5 | M62 T36.7 HR100; c=Type 2 diabetes mellitus | Chest ache spreading to jaw and arm.
Ache in the middle of my chest going up into my jaw and down my left arm for forty minutes, I feel clammy.
@5 | F68 T36.6 HR54 BP92/60 | Vague chest discomfort in an older woman, grey.
Mum says there's a heaviness behind her breastbone, she's pale and sweaty and short of breath.
@5 | M45 T36.7 HR102 | Heavy pressure in the chest with breathlessness at rest.
There's a heavy pressure in my chest that came on while watching telly, I'm breathless and have broken out in a sweat.
@5 | F36 T36.8 HR98 | Stored sleeping tablets, timed plan.
I've been saving up my sleeping tablets since the summer. When the children are at their dad's on Sunday I'm taking them all.
@5 | M30 T36.7 HR96 | Walking onto a motorway tonight.
I'm sat in the car near the motorway bridge. I've decided tonight's the night, nobody needs me.
@5 | F26 T36.7 HR104 | Razor and a plan tonight, goodbye.
I've got the blades out and the bath running. This is goodbye, thanks for trying.
@2 | M41 T36.7 HR70 | Attempt years ago, stable, asks for therapy continuation.
Four years ago I took an overdose and spent a week on a ward. I'm in a good place now and want to keep seeing my therapist.
@2 | F34 T36.8 HR72 | Friend recovering after an attempt, sender asks for advice.
My sister tried to end her life in the spring and is now doing much better with support. How do I talk to her about it?
@2 | F50 T36.7 HR70; c=Hypothyroidism; m=levothyroxine 75 micrograms daily | Six months abroad, wants supply.
Spending six months in Spain from January. Can I get my thyroid tablets to last the whole stay?
@2 | M55 T36.7 HR72; c=Type 2 diabetes mellitus; m=insulin glargine 24 units daily | Spare insulin for travel.
Going to India for two months, can I get extra insulin pens to take with me?
@1 | F28 T36.8 HR70 | Dark humour about exams, headache question.
These exams are going to be the death of me haha. Can I take paracetamol and ibuprofen together for a headache?
@1 | M36 T36.7 HR72 | Figure of speech about work, back ache.
my boss wants me dead I swear, three late shifts in a row. anyway what's best for a stiff lower back?
@2 | F44 T36.8 HR72 | Low mood, no harm, counselling.
I've been tearful since the divorce but I'm safe and have no thoughts of hurting myself. Could I be referred for talking therapy?
@1 | F60 T36.7 HR70 | Old bruise fading.
I have a fading greenish bruise on my arm from bumping the door a week ago. No pain now. Normal?
@1 | M30 T36.8 HR72 | Hay fever itchy lips, no swelling.
My lips and throat get itchy in the grass pollen season but nothing swells and I can breathe fine. Is a nasal spray better than tablets?
@1 | F12 T36.8 HR86 | Nosebleed settled.
My daughter had a nosebleed this morning, it stopped after pinching for ten minutes. She's fine. Should I worry?
@1 | M31 T36.7 HR68 | Chest muscle ache after a workout, tender to touch.
My chest muscles are sore and tender to press after doing press-ups yesterday. Otherwise totally fine.
@1 | F27 T36.7 HR70 | Local sting reaction.
Wasp sting on my ankle, red and swollen around the sting only, itchy. No other symptoms.
@1 | M66 T36.7 HR68 | Disposing of old medicines.
We found boxes of old tablets when clearing Mum's house. Where do we take them?
@1 | F39 T36.7 HR70 | Missed dose question.
I forgot my contraceptive pill this morning and remembered at lunch. Do I take it now?
@1 | M24 T36.7 HR70 | Small cut, stopped.
Caught my thumb on a tin lid, it bled a bit but stopped after pressure. Do I need a tetanus jab?
@1 | F35 T36.8 HR70 | Dead arm from sleeping awkwardly.
Woke up with pins and needles in my arm after lying on it, it's back to normal now.
@1 | M48 T36.7 HR70 | Numb lip after dental work.
My lip is still numb and my smile is a bit wonky after a filling this afternoon. Normal?
@2 | F46 T36.8 HR74 | Heavier period with small clots, well.
My period is heavier this month with some small clots. I change pads every four hours and feel fine.
@1 | M21 T36.8 HR70 | Bitten cheek, sore, swelling small.
Bit the inside of my cheek and it's a bit puffy and sore. Eating and breathing fine.
@2 | F33 T36.7 HR70; m=adrenaline auto-injector 300 micrograms as needed | Pen renewal.
My adrenaline pens expire next month, could I get new ones? Haven't needed them for years.
@2 | F80 T36.7 HR72 BP136/80 | Organised elderly woman, prepaid funeral, routine review.
I've paid for my funeral plan so the family won't have the bother, I'm 80 and very well. Can I book my annual blood test?
@2 | M53 T36.7 HR70 | Fed up with knee pain.
I've had enough of this knee, it's been months. Could I be referred to physio?
@2 | F29 T36.7 HR70 | Saw a sad programme, low, no plans.
I've been down since a documentary about grief, but I'm not at risk. Is there any counselling locally?
@1 | M42 T36.7 HR70 | Extra paracetamol within daily limit.
I had two paracetamol at 9 and two more at 1 for a headache. Is that alright?
@1 | F25 T36.6 HR72 | Fainted at the sight of a needle, recovered.
Went woozy at my blood test and nearly fainted, fine after a sit down. Is that normal?
@1 | M33 T36.8 HR74 | Scratchy throat, swallowing fine.
Scratchy throat for two days, voice a bit croaky, swallowing normally, no fever.
@2 | M62 T36.7 HR70 | Leftover opioids, review.
I've still got a lot of oxycodone left from my knee operation. I don't need them now, what should I do?
@1 | F38 T36.7 HR72 | Dark joke about the school run.
If the school run gets any worse I'm moving to the moon lol. Anyway, what helps with mild hay fever?
@2 | M35 T36.7 HR70 | Wants a will witnessed, routine.
I'm writing my will and need a doctor's letter about capacity, nothing wrong, just organising.
@1 | F41 T36.7 HR72 | Stiff neck after sleeping badly, no fever.
Neck is stiff from sleeping awkwardly, no fever, no rash, I can touch my chin to my chest.
@2 | M58 T36.7 HR72 BP138/84 | Occasional chest flutter, no pain.
Odd flutter in my chest for a few seconds at night, no pain or dizziness. Could I have an ECG?
@1 | F9 T36.8 HR90 | Child swallowed a small bit of toothpaste.
My daughter swallowed a bit of toothpaste while brushing. She's fine. Is that harmful?
@2 | F57 T36.7 HR70; c=Depression; m=citalopram 20 mg daily | Wants to reduce antidepressant while well.
I've been well on citalopram for two years and want to reduce it. Can we plan that?
@1 | M28 T36.7 HR70 | Gym chest soreness.
Chest feels tight and achy where the muscles are after a heavy upper body session at the gym, sore to touch, otherwise fine.
"""


def main() -> None:
    write(ITEMS, OUT, "implicit-dev3", dt.datetime(2026, 11, 22, 6, 0))


if __name__ == "__main__":
    main()
