"""Write acuity_holdout4.jsonl: a held-out set of implicit emergencies (self-harm plans, overdoses,
lay-worded stroke/anaphylaxis/bleeding) and close non-emergency controls. Deterministic.
Run: /work/venv/bin/python -m pipelines.triage.dev.acuity_make_holdout4
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipelines.triage.dev.acuity_make_holdout import write_rows

OUT = Path(__file__).resolve().parent / "acuity_holdout4.jsonl"

# "@<band> | <chart spec> | <why>" then the message (one or more lines).
ITEMS = r"""
@5 | M29 T36.7 HR92 | Self-harm plan with means, no suicide words.
I've written letters to my kids and my sister and there's a rope in the garage. I only wanted to say thank you to the nurse who was kind to me last spring.
@5 | F34 T36.8 HR96 | Self-harm plan: alcohol plus a relative's sleeping tablets, timed.
Everything's sorted now, the cat is going to next door and I've cleared my desk. I've got a bottle of vodka and all of mum's sleeping pills for after work. Please don't try to talk me round.
@5 | M52 T36.6 HR100 | Self-harm intent at a height, stated indirectly.
Parked up by the bridge over the motorway. Not going home tonight. Just tell Dr Okafor thanks for trying with me.
@5 | F19 T36.9 HR98 | Researched lethal paracetamol amount, timed plan.
i cant keep being a weight round everyones neck. ive looked up how many of my paracetamol it would take and i have enough. doing it this weekend when my flatmates are away
@5 | M41 T36.8 HR88 | Giving away possessions plus method ready.
Gave away my guitar and the dog this week. The hose for the car exhaust is ready. I won't be around for my review so you can cancel it.
@5 | F47 T36.7 HR94 | Intent to swallow every tablet, timed.
I won't be needing the repeat prescription any more. I'm going to swallow every tablet in the house once the kids are at school tomorrow.
@5 | M23 T36.8 HR90 | Blades bought, plan for tonight.
honestly theres no point to any of it now. bought a big pack of razor blades today and im going to run a bath later. just needed someone to know
@5 | M26 T36.7 HR86 | Settled intent, won't be here, no method named.
I've made up my mind, I won't be here by Sunday. It's all planned out and I feel calm about it for the first time in months.
@4 | F33 T36.8 HR84 | Ideation with a method considered, not yet acted on.
Been standing out on the balcony a lot at night thinking how easy it would be to just go over. I haven't done anything. I don't really know why I'm telling you.
@5 | F22 T37.0 HR124 | Antidepressant overdose already taken.
about an hour ago i swallowed the whole box of my antidepressants, im really sleepy and my heart is going crazy. please dont tell my mum
@5 | M37 T36.6 HR52 BP92/58 | Cardiac tablets with alcohol taken on purpose.
Took all of my dad's heart pills with a lot of whisky about 40 minutes ago. Starting to feel strange and dizzy and my hands are cold.
@5 | F16 T36.8 HR96 | Teen paracetamol overdose, feels fine (delayed toxicity).
took like 30 of the paracetamol from the kitchen cupboard after school. i feel fine actually so is that bad or not
@4 | F58 T37.2 HR96; c=Rheumatoid arthritis; m=methotrexate 15 mg weekly | Weekly methotrexate taken daily by mistake, mouth ulcers.
I think I've been taking my methotrexate every morning this week instead of once on a Monday. My mouth is full of ulcers now and I feel washed out.
@5 | M3 T36.9 HR84 | Toddler ingested blood pressure tablets, drowsy.
My toddler got into my handbag and I think he's eaten some of my blood pressure tablets, six are missing from the strip. He seems very sleepy.
@5 | M45 T36.8 HR104 | Deliberate ingestion of a pill organiser's contents, regretful.
After the row with my wife I emptied the whole pill organiser into my mouth on purpose, maybe half an hour ago. I regret it now. What happens?
@5 | F15 T36.7 HR110 | Carer finds teen drowsy with empty blister packs.
Found my daughter with empty blister packs all round her bed, she's really drowsy and slurring. I don't know what she's taken.
@5 | F72 T36.8 HR88 BP184/100 | Stroke: facial droop in lay words.
Mum's face looks lopsided since lunch, one side of her mouth has dropped and her tea keeps dribbling out. Her words are coming out jumbled.
@5 | M64 T36.9 HR90 BP176/98 | Stroke: word-finding trouble and hand not working.
My husband can't find his words, he's talking nonsense and just dropped his cup, his left hand won't do what he tells it. Came on in the last half hour.
@5 | M68 T36.7 HR84 BP168/92; c=Hypertension | Sudden monocular vision loss with heavy leg.
Twenty minutes ago it was like a curtain came down over my right eye and my right leg feels heavy and dead.
@4 | F68 T36.8 HR82 BP158/90; c=Atrial fibrillation; m=apixaban 5 mg twice daily | Transient facial droop, resolved.
For about ten minutes my face went droopy on one side and my speech was thick, then it went back to normal. I feel fine now, do I still need to do anything?
@5 | F30 T36.9 HR118 RR24 | Anaphylaxis after food at a party.
Had a bite of a satay skewer at a party and now my lips are puffing up, my throat feels tight and I'm wheezing. I have one of those pens but don't know if I should use it.
@5 | M9 T37.0 HR134 | Child anaphylaxis after a bee sting.
my son got stung by a bee, now hes covered in blotches, his eyes are swelling shut and theres a whistle when he breathes
@5 | F44 T36.8 HR116 BP96/60 | Drug reaction: tongue swelling and faintness.
Started a new antibiotic this morning. Now I'm itchy all over, my tongue feels too big for my mouth and I keep feeling like I'm going to pass out.
@5 | F31 T36.8 HR118 BP98/62 | Heavy bleeding in early pregnancy with lightheadedness.
I'm 10 weeks pregnant and soaking a pad every fifteen minutes with big clots, I feel lightheaded when I stand.
@5 | M56 T36.7 HR112 BP100/62; c=Atrial fibrillation; m=warfarin as directed | Coffee-ground vomit on warfarin.
Brought up what looks like coffee grounds twice this evening and I feel very woozy. I'm on warfarin.
@5 | M40 T36.6 HR120 | Arterial-looking bleed from a hand wound.
Glass went through my hand at work, it spurts every time my heart beats and the tea towel is red right through.
@5 | F27 T37.1 HR116 BP96/58 | Postpartum haemorrhage.
Two weeks since I gave birth and the bleeding has got heavier again, passing clots the size of a plum and I've soaked two pads in an hour.
@5 | M1 T38.2 HR168 RR62 | Infant with recession, poor feeding, grey lips.
my baby (11 months) is breathing really fast and the skin between his ribs sucks in every breath, he won't take his bottle and his lips look a bit grey
@5 | M4 T36.8 HR140 | Choking episode with floppiness and noisy breathing after.
my little boy went floppy and a bit blue round the mouth after choking on a grape, he's coughing now but his breathing sounds noisy and wet
@5 | F2 T38.9 HR150 | Toddler with stridor at rest and drooling.
toddler is making a high squeaky noise every time she breathes in even sitting still, drooling and won't swallow her drink
@5 | M61 T36.8 HR98 BP150/92; c=Type 2 diabetes mellitus|Hypertension; m=metformin 1000 mg twice daily | Vague chest heaviness with sweating, cardiac risk on chart.
Feel a bit off. Heavy feeling across my chest like a weight, and I'm clammy and sweating though it's cold in here. Started half an hour ago sitting down. Probably indigestion.
@5 | F66 T36.7 HR92 BP146/88; c=Coronary artery disease; m=aspirin 75 mg daily|glyceryl trinitrate spray as needed | Jaw and arm discomfort not settling with GTN.
Squeezing ache in my jaw and down my left arm walking up the hill today, and it hasn't gone fully with my spray. Sitting down now.
@5 | M55 T36.8 HR104 | Chest band with breathlessness and nausea in a smoker.
Tight band round my chest and I'm short of breath, feel sick and my wife says I've gone grey. About twenty minutes now. Smoker. Probably nothing.
@5 | F25 T36.9 HR118 BP94/58 | Possible ectopic: pain, near faint, late period.
Sudden sharp pain low down on my left side and I nearly passed out in the shower. My period is three weeks late.
@5 | M19 T39.4 HR126 | Meningism with non-blanching rash, described by a flatmate.
My flatmate is burning hot, can't stand the light, says his neck is stiff and now there are purple spots that don't fade when I press a glass on them.
@5 | M74 T39.2 HR124 RR28 BP88/50 | Sepsis signs in an older man.
Dad is shaking and muddled, hot then cold, breathing fast and hasn't passed water since yesterday.
@4 | M14 T37.1 HR108 | Sudden testicular pain with vomiting.
son woke up with a sudden terrible pain in one testicle, it's swollen and he's been sick twice
@5 | F35 T37.2 HR118 G480; c=Type 1 diabetes mellitus; m=insulin glargine 20 units daily | DKA-like picture.
Been sick all night, meter just says HI, my breath smells like pear drops and my stomach hurts. Can't keep anything down.
@5 | M50 T36.7 HR64 BP170/96 | Head injury with loss of consciousness and repeated vomiting.
Fell off a ladder onto my head, was knocked out for a minute, now keep being sick and can't remember how I got back indoors.
@5 | F28 T37.3 HR122 RR26 O2 91; m=combined oral contraceptive | Possible PE after a long flight.
Suddenly can't catch my breath, sharp pain when I breathe in and I coughed up a bit of blood. On the pill and just back from a long flight.
@4 | M38 T36.8 HR96 | Deep self-inflicted wound.
I cut my arm deeper than usual tonight and it's gaping open, I can see yellowy stuff inside. The bleeding has slowed.
@5 | M80 T36.5 HR40 | Collapse with agonal breathing.
Grandad just collapsed on the kitchen floor and he's breathing in weird gasps, he's not answering us.
@2 | F45 T36.8 HR72 | Extended supply for travel (saving tablets for a trip).
Going backpacking for three months, can I get enough of my tablets saved up before I go so I don't run out abroad?
@2 | M30 T36.7 HR70 | Past overdose, recovering, wants therapy.
Two years ago I took an overdose and ended up in hospital. I'm doing much better now and back at work. Could I be referred to restart talking therapy to keep on track?
@2 | F27 T36.8 HR74 | Supporting a friend already under a crisis team; sender not at risk.
My friend went through a really dark patch last month and was in hospital; she's home now and the crisis team visit. How can I support her without making things worse?
@2 | M41 T36.7 HR72 | Family member of someone who attempted in the past; support groups.
My brother attempted suicide last year and was sectioned. He's doing ok now. Are there any support groups for families like ours?
@2 | F38 T36.8 HR76 | Low mood, no intent, counselling referral.
Work has flattened me, I cry in the car most mornings. I'm not going to do anything silly, I'd just really like to see a counsellor.
@1 | M60 T36.6 HR68; c=Asthma; m=salbutamol inhaler as needed | Spare inhaler question.
Is it alright to keep a spare box of my inhalers at home in case the pharmacy runs short again?
@1 | F70 T36.7 HR70 | Disposing of a late spouse's medicines.
I've got a drawer full of old tablets from when my husband died, lots of boxes. How do I get rid of them safely?
@1 | M34 T36.8 HR74 | Dark humour about work, tension headache.
this spreadsheet is going to finish me off lol. anyway is ibuprofen ok for a tension headache before a long meeting
@1 | F29 T36.7 HR72 | Figure of speech about food after a stomach bug.
I could murder a pizza! Is it ok to eat normally again now the stomach bug finished two days ago?
@1 | M41 T36.7 HR70 | Joke about boss, eyelid twitch.
My manager will be the death of me, ha. Seriously though, my eyelid twitches when I'm stressed, is that anything?
@1 | F52 T36.8 HR70; c=Osteoarthritis of knee | Safe paracetamol limit question.
How many paracetamol is too many in a day? I have arthritis and want to be sure I'm not overdoing it.
@1 | M25 T36.7 HR66 | Vitamin D dose question.
Bought a big tub of vitamin D at the supermarket, is 4000 units a day ok or is that too much?
@2 | M47 T36.7 HR70 BP136/84; c=Hypertension; m=ramipril 5 mg daily | Stocking up before a pharmacy closure.
The chemist is closing for refurbishment for a month, can you issue my next blood pressure prescription early so I can stock up?
@2 | F33 T36.8 HR74 | Sadness after miscarriage, supported, wants to talk.
Since the miscarriage I feel sad and teary a lot. I'm eating and sleeping ok and my partner is great. Could I speak to someone?
@1 | F55 T36.7 HR72 | Taking all medicines on a cruise, customs letter.
Taking all my tablets with me on a cruise next month, do I need a letter for customs?
@2 | M66 T36.7 HR66 BP128/76; c=Hypertension; m=amlodipine 5 mg daily | Possible double dose of amlodipine, well.
Took my tablets this morning as usual but can't remember if I took the amlodipine twice. I feel normal. Is one extra a problem?
@1 | F24 T36.7 HR72 | Finished antibiotics, feels well.
finished the whole course of antibiotics for my water infection, feel fine now. do i need a test to check its gone?
@1 | M31 T36.6 HR68 | Gums bleed a little when flossing.
Gums bleed a bit when I floss, just some pink in the sink. No pain. Normal?
@2 | F47 T36.8 HR78 | Heavy periods over a year, wants bloods.
Periods have been heavy for about a year, changing every two hours on the first days and I'm tired. Can I get bloods and talk about options?
@1 | M35 T36.7 HR70 | Chest wall soreness after lifting, reproducible.
The right side of my chest is sore when I press on it, since I carried a sofa up two flights yesterday. Breathing fine, no other symptoms.
@2 | M58 T36.7 HR72 BP138/84; c=Hypertension | Brief palpitations at rest, no symptoms; ECG.
Now and then I get a flutter in my chest for a few seconds when I lie down. No pain, no dizziness. Could I get an ECG?
@1 | F6 T36.9 HR96 | Child with blocked nose snoring, well.
my daughter has a runny nose and snores a bit at night because she's bunged up, she's running around and breathing easy in the day
@2 | F37 T36.7 HR72 | Past nut reaction, pen renewal and allergy referral.
Had a reaction to peanuts last year. I'd like my adrenaline pens renewed as they expire next month, and a referral to the allergy clinic.
@1 | M28 T36.8 HR70 | Contact rash from a watch strap.
itchy red patch under my new watch strap, nothing anywhere else, no swelling. cream?
@2 | M71 T36.6 HR68 BP134/80 | Gradual memory concerns over a year.
My wife says over the past year I repeat myself and forget names more than I used to. Could I have a memory check?
@1 | F63 T36.7 HR70 | Numbness wearing off after dental anaesthetic.
My lip and cheek went numb after the dentist injection this morning and it's nearly worn off. Is it normal to dribble a bit of tea?
@2 | M44 T36.7 HR72 | Heavy legs with varicose veins.
Legs feel heavy at the end of the day and I've got some varicose veins. No swelling, no redness. Anything that can be done?
@1 | F40 T36.8 HR76 | Dark joke about a toddler's waking, asks sleep tips.
If this toddler wakes me at 4am once more I'll jump out the window haha. Honestly though, any tips for my own sleep? I'm shattered.
@2 | M22 T36.7 HR70 | Old self-harm scars, wants treatment.
I used to self-harm as a teenager but haven't for five years. The scars on my arms bother me, is there anything to fade them?
@2 | F50 T36.7 HR70; m=sertraline 100 mg daily | Planned antidepressant taper while well.
I feel well now after a year on sertraline and want to come off it slowly. Can we plan that together?
@1 | M39 T36.7 HR70 | Extra paracetamol within daily limit.
Took two paracetamol at 8 and then two more at 11 by mistake. That's all today. Is that ok?
@2 | F26 T36.8 HR74 | Flatmate in therapy, sender asks how to support.
My flatmate has struggled with eating and hurt herself in the past, she's seeing a therapist now. How can I be a good support?
@2 | M33 T36.7 HR70 | Putting affairs in order after a baby: insurance form.
We've had a baby so I'm writing my will and sorting life insurance. Does the practice need to fill anything in for the medical form?
@2 | F61 T36.8 HR72 | Given up on dieting, weight management referral.
I've given up on diets, nothing works for me. I'd like a referral to the weight management service.
@1 | M27 T36.7 HR68 | Taking all vitamins at once.
Going to take all my vitamins together in the morning instead of spreading them out, is that fine?
@2 | F44 T36.8 HR72 | Carer wants blister packs for mother with past overdose.
Mum took too many of her blood pressure tablets years ago. I'm her carer now and want a locked dispenser. Can the pharmacy do weekly blister packs?
@1 | M52 T36.7 HR70 | Saving hay fever tablets for a holiday.
Saving some of my hay fever tablets for our holiday in June, do they go out of date?
@2 | M36 T36.7 HR76 | Feels a burden after job loss, no self-harm thoughts.
I feel like a burden at home since I lost my job, but I'm not thinking of hurting myself. Can I get help with the anxiety and sleep?
@2 | F32 T36.8 HR80 | Recurrent panic attacks, settled.
Had a panic attack at work, heart racing and tingly hands, it settled after twenty minutes. That's the third one this month.
@1 | F19 T36.8 HR74 | Slightly heavier period after starting the pill.
is it normal for my period to be a bit heavier on the first day since I started the pill? no pain
@3 | M57 T37.9 HR90; c=Type 2 diabetes mellitus | Chest pain only on coughing during a chest cold, diabetic.
Sore in my chest when I cough, I've had a cold for a week and my temperature was 37.9 this morning. Breathing ok.
@3 | F8 T37.3 HR104; c=Asthma; m=salbutamol inhaler as needed | Child asthma flare with cold, coping.
My daughter's asthma is worse with her cold, using the blue inhaler every four hours and it helps. She can talk in full sentences and is watching telly.
"""


def main() -> None:
    write_rows(
        ITEMS, OUT, id_prefix="hold4-acu", first=dt.datetime(2026, 11, 16, 7, 0), hours=4, jitter=6
    )


if __name__ == "__main__":
    main()
