"""Write acuity_implicit_dev.jsonl and _val.jsonl: development phrasings for the implicit-emergency safety net
(emergencies told without textbook words, and look-alike non-emergencies). Deterministic.
Run: /work/venv/bin/python -m pipelines.triage.dev.acuity_make_implicit_dev
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipelines.triage.dev.acuity_make_holdout import write_rows

OUT = Path(__file__).resolve().parent / "acuity_implicit_dev.jsonl"
VAL_OUT = Path(__file__).resolve().parent / "acuity_implicit_val.jsonl"
VAL2_OUT = Path(__file__).resolve().parent / "acuity_implicit_val2.jsonl"

# "@<band> | <chart spec> | <why>" then the message, as in the acuity holdout makers.
ITEMS = r"""
@5 | M33 T36.8 HR94 | Stockpiled tablets, intends to take them when alone.
Been putting aside a few of my pills each week for months. There's a good pile now. The house will be empty Friday and that's when I'll finish it.
@5 | F41 T36.7 HR90 | Goodbye messages and a planned time.
I've said my goodbyes to the people who matter. Tonight after the kids go to their dad's I'm taking the lot. This is the last message I'll send.
@5 | M58 T36.6 HR88 | Going to a cliff, will not come back.
Driving up to the cliffs at the headland this evening. I won't be coming back down. Sorry to leave it with you.
@5 | F24 T36.9 HR102 | Plans to step in front of a train.
i know which train goes through without stopping at half eleven. im going to be on the tracks. nobody will miss me
@5 | M46 T36.7 HR86 | Firearm access with intent.
My brother's shotgun is in the cabinet and I know where the key is. I don't see a way out of this debt except that. Probably this weekend.
@5 | F29 T36.8 HR96 | Research of a lethal amount, has enough.
I've worked out how many of my sleeping tablets would be enough and I've got more than that in the drawer. I just want everything to stop.
@5 | M37 T36.7 HR84 | Noose prepared.
tied a noose this afternoon and put it in the loft. haven't gone up yet. everyone would be better off without me
@5 | F52 T36.8 HR92 | Final arrangements, will end it.
My will is done, the dog is booked into kennels long term and I've left a note for my son. I'm going to end it tomorrow morning.
@5 | M21 T36.9 HR100 | Intends to cut deeply tonight.
bought new blades and im going to go deep this time, properly, once my parents are asleep. no point being here
@4 | F36 T36.7 HR82 | Thoughts of driving into a wall, not acted.
When I'm driving home I keep thinking how easy it would be to steer into the wall on the bypass and make it all stop. I haven't done it.
@5 | M27 T36.8 HR88 | Plans to never wake up.
I'm going to take everything in the medicine cabinet tonight and go to sleep and not wake up. I'm done.
@5 | F63 T36.6 HR80 | Settled decision to die by drowning.
I've decided. I'll walk into the sea on Saturday. I feel at peace about it and wanted someone to know why.
@5 | F18 T37.0 HR118 | Deliberate overdose of paracetamol already taken.
I swallowed two whole packets of paracetamol about three hours ago. I'm feeling sick now. I didn't tell anyone.
@5 | M44 T36.6 HR56 BP90/56 | Took a whole bottle of tablets on purpose.
Took a whole bottle of my beta blockers on purpose an hour ago and now I'm dizzy and my heart feels slow.
@5 | F33 T36.8 HR110 | Overdose with alcohol, drowsy.
I downed a load of my diazepam with wine after the argument. I'm so sleepy I can barely type.
@5 | M17 T36.9 HR120 | Teen took many tablets at a party.
my mate took about 20 pills someone gave him at a party, hes sweating loads and jaw clenching and not making sense
@5 | F39 T36.7 HR106 | Took the entire pack of antidepressants.
I've just taken my entire pack of amitriptyline. I don't know why I did it. My mouth is dry and my heart is pounding.
@5 | M2 T37.0 HR130 | Toddler swallowed a button battery.
My little one has just swallowed one of those round flat batteries from the remote. He's coughing a bit.
@5 | F4 T36.9 HR120 | Child drank a chemical.
my 4 year old drank some of the dishwasher liquid from under the sink, shes crying and dribbling a lot
@5 | M5 T36.8 HR110 | Child ate grandparent's pills.
Found my son with granny's pill box open and several of her heart tablets missing. He's a bit pale and sleepy.
@5 | M70 T36.8 HR90 BP188/104; c=Hypertension | Sudden drooping face and slurred speech.
The side of my dad's face has gone slack and his words are slurred, started while we were eating dinner.
@5 | F59 T36.7 HR86 BP172/96 | Sudden arm weakness, speech garbled.
Suddenly my arm went dead and floppy and when I tried to phone my daughter my speech came out garbled.
@5 | M76 T36.8 HR88 | Sudden one-sided weakness described by wife.
My husband can't lift his right arm and his leg gave way under him on the same side about twenty minutes ago.
@5 | F65 T36.7 HR84 | Mouth crooked, drooling suddenly.
Her mouth has gone crooked all of a sudden and she's drooling from one corner. She seems confused.
@5 | F26 T36.8 HR122 RR26 | Throat closing after nuts.
Ate a cookie that must have had nuts, my throat is closing up and I'm struggling to breathe.
@5 | M48 T36.7 HR118 BP88/52 | Wasp sting with generalised reaction.
Stung by a wasp in the garden, now I'm covered in lumps head to toe, my lips are swelling and I feel faint.
@5 | F12 T36.9 HR128 | Child with swelling face after new medicine.
our daughter started a new medicine for her ear today and now her face and lips are swelling up and she's wheezing
@5 | M35 T36.6 HR126 BP90/58 | Severe bleeding from leg wound.
Cut my leg on a sheet of metal and it's pumping blood, I've wrapped it but it's soaked through already.
@5 | F38 T36.8 HR120 BP92/60 | Very heavy vaginal bleeding with clots.
My bleeding has gone crazy, I'm going through a super pad every 20 minutes and passing clots as big as my fist. I feel faint.
@5 | M67 T36.7 HR114 BP96/58 | Vomiting blood.
Threw up a lot of bright red blood just now, about a mugful, and I feel cold and shaky.
@5 | F45 T36.8 HR108 | Blood won't stop after a tooth extraction, feeling weak.
Had a tooth out this morning and the socket won't stop bleeding, my mouth keeps filling up with blood and I feel weak.
@5 | M1 T38.0 HR170 RR64 | Infant breathing with grunting and ribs pulling.
our baby is grunting with every breath and you can see his ribs pulling in, he's not feeding at all
@5 | F3 T37.2 HR150 | Child went blue briefly.
my daughter went blue around her lips after a coughing fit and seemed to stop breathing for a few seconds
@5 | M6 T38.6 HR142 RR36 | Child can't talk because of breathlessness.
my son cant finish a sentence without stopping for breath, his tummy is sucking in under his ribs and the inhaler isnt helping
@5 | F85 T36.4 HR44 | Collapsed and not responding.
Mum has slumped in her chair and won't wake up properly, her breathing sounds snorey and strange.
@5 | M42 T36.6 HR50 | Found unresponsive.
Came home and found my partner on the floor, he's not responding when I shake him and his lips look blue.
@5 | M59 T36.8 HR102 BP160/94; c=Hypercholesterolaemia | Chest pressure spreading to arm, sweating.
Pressure in the middle of my chest going into my left arm, I'm sweating buckets and feel sick. Came on while I was gardening.
@5 | F71 T36.7 HR96; c=Type 2 diabetes mellitus | Vague chest tightness with breathlessness in an older diabetic.
Just don't feel right. Tightness across my chest and a bit breathless, clammy skin. I thought it was wind but it's not going.
@5 | M49 T36.8 HR100 | Crushing discomfort with nausea.
It feels like someone is sitting on my chest and I've gone pale and sweaty and want to be sick.
@5 | F20 T39.6 HR130 | Rash that does not fade under a glass.
I've got a temperature and a headache and these dark red spots on my legs don't go away when I press a glass on them.
@5 | M31 T36.8 HR58 BP168/98 | Head injury, knocked out, repeated vomiting.
Got hit on the head at rugby and was out cold for a bit, now I've been sick three times and I feel really drowsy.
@1 | F44 T36.7 HR72 | Saving prescription for a long holiday.
I'm away for two months in the summer. Can I get my pills early and save them up so I have enough for the whole trip?
@2 | M36 T36.8 HR74 | Overdose years ago, now well, wants medication review.
I took an overdose about six years ago. I've been well for a long time now and I'd like a review of my medication.
@2 | F31 T36.7 HR72 | Friend struggling, sender is fine.
My colleague told me she's been having a really hard time and has seen her GP. I'm fine myself, but what's the best way to check in on her?
@2 | F42 T36.8 HR76 | Low mood, explicitly no plans, asks for therapy.
I've been low since the divorce, crying a lot. I have no plans to hurt myself at all. Could I be put on the waiting list for therapy?
@1 | M50 T36.6 HR70 | How to store medicines safely.
Where's the best place to keep a big supply of medicines at home? The kids are visiting for a week.
@1 | M38 T36.7 HR70 | Dark joke about a sore back at work.
If I have to lift one more box at work I'll die, haha. Just a stiff back really, what stretches help?
@1 | F27 T36.8 HR74 | Figure of speech: dying for a coffee, headache.
Dying for a coffee but I've given up caffeine this week and have a dull headache. Is that withdrawal?
@1 | M45 T36.7 HR70 | Took all morning tablets as usual.
I took all my morning tablets at once with breakfast like always. Should the statin be at night instead?
@1 | F35 T36.8 HR72 | Finished a whole pack of throat lozenges.
I've got through a whole pack of throat sweets in two days for this sore throat. Is that too many?
@2 | F56 T36.7 HR74 | Numb hand at night, gradual.
My hand goes numb and tingly at night and I have to shake it out. Been like this for a couple of months.
@1 | M30 T36.6 HR68 | Mild face swelling after dental work.
My cheek is a bit swollen after a filling yesterday. Breathing fine, eating soft food. Normal?
@1 | F22 T36.8 HR76 | Itchy lips after a new lip balm, no breathing issue.
My lips are a bit itchy and dry since I tried a new lip balm. No swelling, breathing normal. Should I stop using it?
@2 | F34 T36.7 HR80 | Known peanut allergy, pen renewal.
Please can I have two new adrenaline pens, mine run out of date next month. I've not had a reaction for years.
@1 | M40 T36.7 HR70 | Nosebleed that stopped.
Had a nosebleed that lasted ten minutes this morning, stopped with pinching. Feel fine.
@2 | F39 T36.8 HR78 | Heavy periods, wants a review.
My periods have been much heavier for six months, I need to change every couple of hours on day one. I'd like to talk about it.
@1 | F7 T37.1 HR100 | Child with a cold and snuffly breathing, otherwise fine.
My daughter's nose is so blocked she breathes through her mouth at night. She's eating and playing as normal.
@2 | M62 T36.7 HR72 BP140/86; c=Hypertension | Chest ache only with a twisting movement.
Chest twinges on the left when I twist or reach up, I can press on the exact spot and it hurts. Otherwise fine.
@1 | M29 T36.7 HR70 | Heartburn after a big meal.
Burning in the chest after a takeaway and lying down, better with an antacid. No other symptoms.
@2 | M68 T36.6 HR68 BP132/78 | Forgetful over months.
I'm misplacing my keys and forgetting appointments more this year. Could I have a memory test?
@2 | F30 T36.7 HR72 | Past self-harm, now wants scar advice.
I stopped cutting years ago and I'm in a good place now. Are there creams or treatments for the old scars?
@1 | M33 T36.7 HR70 | Dark humour about exams.
This revision is killing me lol. Any tips to stop tension headaches when studying?
@2 | F48 T36.8 HR72; m=citalopram 20 mg daily | Wants to reduce antidepressant.
I'd like to reduce my citalopram now things are better. What's the safest way to cut down?
@2 | M55 T36.7 HR70 | Writing a will, form for life insurance.
Sorting my will and a new life insurance policy. The insurer needs a report from my doctor. How do I arrange that?
@1 | F26 T36.7 HR72 | Took two ibuprofen more than intended.
I took an extra two ibuprofen by accident this afternoon, so six today. Is that ok?
@2 | F60 T36.8 HR72 | Carer asks for a pill dispenser for a forgetful parent.
My dad keeps forgetting whether he's had his tablets. Can the pharmacy put them in a dosette box for him?
@1 | M24 T36.7 HR70 | Bumped head, no loss of consciousness, well.
Banged my head on a cupboard door, small bump, didn't black out, no sickness. Just a bit sore.
@2 | F37 T36.8 HR78 | Tired, given up on the gym, weight question.
I've given up on the gym and my weight's creeping up. Can I get advice on a healthy weight plan?
@2 | M43 T36.7 HR76 | Stress and feeling like a burden, no self-harm thoughts.
Money worries have got on top of me and I feel useless, but I'd never do anything to myself. Could I talk to someone about stress?
@1 | F32 T36.7 HR70 | Spots on legs that fade when pressed, no fever.
Little red spots on my shins after shaving, they go white when I press them. No fever, feel well.
@2 | F66 T36.7 HR70 BP130/78 | Face twitch intermittently.
The corner of my eye twitches now and then for a few weeks. No weakness, my smile is normal.
@3 | M52 T37.4 HR88; c=Type 2 diabetes mellitus | Chest pain on breathing deeply with a cold.
Sharp pain on the right of my chest when I take a deep breath, I've had a heavy cold. Breathing fine otherwise.
"""

# Written after the rules, to measure them on wording they were not written from: the override's
# confidence comes from the net's precision here and on the training data.
VAL_ITEMS = r"""
@5 | F43 T36.7 HR92 | Intends to use stored pills this weekend.
I've been squirrelling away my tablets since the summer. This weekend while he's away I'm going to finish what I started.
@5 | M36 T36.8 HR90 | Goodbye to a clinician, intent for tonight.
Thanks for everything you tried, honestly. Tonight I'm going to end it, I've got it all ready.
@5 | F55 T36.6 HR84 | Plans to jump from a multi-storey car park.
I keep going up to the top of the multi-storey car park in town. Tomorrow I'm going to jump. I can't carry on with this anymore.
@4 | M19 T36.8 HR88 | Ideation with a method, not acted on.
i keep thinking about the bridge on my walk home and how quick it would be. nobody would miss me tbh
@5 | F28 T36.9 HR116 | Overdose of sertraline just taken.
I've just swallowed all of my sertraline, about 40 of them. My hands are shaking and I feel hot.
@5 | M62 T36.6 HR58 BP94/60 | Took a whole box of sleeping pills.
Took a whole box of zopiclone about an hour ago. Getting really woozy now.
@5 | M3 T36.9 HR126 | Toddler chewed a dishwasher tablet.
My boy got hold of a dishwasher tablet and chewed it, his mouth is red and he keeps being sick.
@5 | F77 T36.8 HR90 BP190/100 | Sudden speech and face change.
Gran suddenly started talking gibberish at lunch and the left side of her face looks droopy.
@5 | M53 T36.7 HR88 | Sudden leg and arm weakness one side.
Out of nowhere my left arm has gone floppy and I can't lift it, and my leg feels odd. Just happened.
@5 | F35 T36.8 HR124 RR28 | Anaphylaxis after prawns.
Had prawns at a restaurant and now my throat is swelling and I'm wheezy, lips going puffy.
@5 | M29 T36.7 HR130 BP86/50 | Bleeding heavily after a fall through glass.
Fell through the greenhouse glass, there's blood pouring out of my thigh and I can't stop it.
@5 | F30 T37.0 HR118 BP92/58 | Heavy postnatal bleeding.
Had my baby ten days ago and now I'm bleeding through a thick pad every half hour with big clots.
@5 | F1 T38.4 HR172 RR66 | Infant blue lips and grunting.
Baby is grunting with every breath and his lips look a bit blue, he's very sleepy.
@5 | M71 T36.5 HR46 | Collapsed and unresponsive.
My husband collapsed in the garden and isn't responding, he's making a strange snoring noise.
@5 | M57 T36.8 HR104 BP156/94; c=Hypertension | Chest heaviness with sweating and jaw ache.
Heavy ache in my chest since I got up, spreading to my jaw, and I'm sweaty and sick. Probably nothing.
@1 | F40 T36.7 HR72 | Saving tablets for a holiday.
We're off to Spain for a month so I've been saving up my allergy tablets. Will customs be ok with them?
@2 | M46 T36.8 HR74 | Past suicide attempt, now stable.
I attempted to end my life ten years ago. I'm stable now and would like to renew my therapy referral.
@2 | F25 T36.7 HR72 | Partner's crisis already handled, sender fine.
My boyfriend had a breakdown last month and is with the home treatment team now. I'm ok, just wondering if there's support for partners.
@2 | M33 T36.8 HR76 | Low mood, clear denial of intent.
Feeling grey and flat for weeks. I'd never hurt myself but I'd like to talk to a counsellor.
@1 | F51 T36.7 HR70 | Taking all tablets at the same time of day.
Is it fine to take all my tablets together at night rather than in the morning?
@1 | M40 T36.7 HR72 | Figure of speech: work will kill me, tired.
This job will be the end of me, honestly. Just tired all the time, any tips for energy?
@1 | F34 T36.8 HR74 | Finished a whole box of antihistamines over the season.
I've used up a whole box of antihistamines over the hay fever season. Can I buy more or should I see you?
@2 | F58 T36.7 HR70 | Slowly worsening word finding over a year.
Over the past year I've noticed I can't find words as easily as before. Nothing sudden. Should I be checked?
@1 | M27 T36.8 HR70 | Mild rash after new washing powder, no swelling.
Itchy rash on my chest after changing washing powder. No swelling of the lips or tongue, breathing fine.
@1 | F33 T36.7 HR74 | Nosebleed, stopped.
Nosebleed for fifteen minutes this morning, dripping onto my shirt, but it stopped with pressure.
@2 | F45 T36.8 HR78 | Heavy periods, not acute.
Heavy periods for months with some clots, I'm tired. Could I have a blood test for iron?
@1 | M8 T36.9 HR94 | Child with a cold, breathing easily.
My son has a runny nose and a cough, but he's breathing easily and running around.
@1 | M37 T36.7 HR70 | Chest sore after a workout, tender on pressing.
Did push-ups yesterday and today my chest aches when I press on it or move my arms.
@2 | M44 T36.7 HR72 | Past overdose, wants medication safety plan.
After my overdose a few years ago my GP keeps my prescriptions weekly. I'm well now; can we go to monthly?
@1 | F29 T36.8 HR72 | Joke about exams, tension headache.
Exams are going to be the death of me haha. Tension headaches every evening, any tips?
"""

# A second batch written after the rules had settled, in other voices (non-native, text-speak,
# carers, typos), measured once before any rule change for an honest estimate on new wording.
VAL2_ITEMS = r"""
@5 | M40 T36.7 HR90 | Non-native writer, tablets collected, plan for Sunday.
Doctor I am very tired of life. I collect my sleeping tablets many weeks, now I have enough. On Sunday when my wife visit her mother I will take all.
@5 | F17 T36.8 HR96 | Teen text-speak, intends to end it tonight.
cant do this anymore tbh. gonna end it tonight after everyone goes to bed. sorry
@5 | M61 T36.6 HR84 | Older man, gun and intent, told flatly.
Since my wife died there's no reason to go on. I've got my old service pistol cleaned and ready. Thought someone should know.
@4 | F22 T36.8 HR88 | Ideation with railway, no time.
honestly keep looking at the railway line on my way to uni thinking nobody would miss me if i stepped out. not done anything
@5 | F45 T36.7 HR118 | Took many co-codamol on purpose.
I took about 30 co-codamol an hour ago because I couldn't cope. Now I feel sick and scared.
@5 | M16 T36.9 HR124 | Teen overdose told by a sibling.
my brother just told me he swallowed a whole strip of our mums pills, hes 16 and going really sleepy
@5 | F2 T37.0 HR140 | Toddler and liquid capsules.
my 2yo bit into a laundry capsule, blue stuff all round her mouth and shes coughing and gagging
@5 | M81 T36.9 HR92 BP186/98 | Carer: sudden slurred speech and weak hand.
Dad (81) suddenly slurring his words and his right hand keeps dropping things, it started about 15 minutes ago.
@5 | F49 T36.8 HR84 BP170/96 | Sudden face sagging in a typo-heavy message.
my face gone saggy on the left side suddenly, cant smile proper and my arm feels weak n heavy
@5 | M33 T36.8 HR128 RR26 BP92/58 | Anaphylaxis after a takeaway with nuts.
had a takeaway with cashew nuts, now my lips and tongue are swelling and I'm struggling to breathe
@5 | F8 T37.0 HR138 | Child stung, wheezy and blotchy.
my daughter got stung by a wasp at school, now shes wheezing and has itchy lumps all over
@5 | M52 T36.7 HR122 BP94/60 | Blood pouring from a wound that won't stop.
Sliced my forearm with a Stanley knife, blood keeps pouring out through the bandage, feel lightheaded.
@5 | F34 T36.8 HR120 BP90/56 | Heavy bleeding after miscarriage.
After my miscarriage last week I've started bleeding really heavily, soaking a pad every half an hour and dizzy.
@5 | M1 T38.1 HR180 RR70 | Infant grey and grunting, not feeding.
baby is grunting and his lips have gone a grey colour, he won't feed
@5 | F79 T36.4 HR42 | Elderly woman found collapsed.
Found my nan collapsed on the bathroom floor, she's breathing but not responding to us
@5 | M63 T36.8 HR106 BP158/96; c=Type 2 diabetes mellitus | Vague chest pressure with sweating in a diabetic.
Not feeling right. Pressure in my chest and I'm sweating and a bit sick. Maybe just indigestion?
@5 | F21 T39.5 HR132 | Non-blanching rash with fever.
Fever, bad headache and now a purple rash on my belly that doesn't fade when I press a glass on it.
@2 | F38 T36.8 HR72 | Non-native, saving medicine for a visit home.
Hello doctor, I go to my country for two months, can I collect my tablets for this time so I have enough?
@2 | M27 T36.7 HR76 | Text-speak low mood, denies intent.
feeling proper low lately, not gonna do anything stupid, just want to talk to someone. can i get a referral
@2 | F64 T36.7 HR72 | Widow grieving, no intent, wants bereavement help.
Since my husband died I don't see much point in cooking or going out. I'm not suicidal, but I'd like bereavement counselling.
@2 | M35 T36.8 HR74 | Friend's crisis in the past, asks for training.
My mate attempted last year and is doing well now. I want to do a mental health first aid course, any recommendations?
@1 | F30 T36.7 HR70 | Medication storage: pills kept out of reach.
Where should I keep all my tablets now the toddler can climb? Top cupboard ok?
@1 | M44 T36.7 HR70 | Took all antibiotics, finished course.
I took all of the antibiotics you gave me, feeling better. Do I need a follow-up?
@1 | F26 T36.8 HR72 | Mild drooping eyelid after botox, cosmetic.
After my botox yesterday one eyebrow looks a bit droopy. Is that normal?
@2 | M70 T36.7 HR70 BP136/80 | Slight hand tremor over months.
My hand has a slight shake when I hold a cup, it's been getting more noticeable over the past few months.
@1 | F33 T36.7 HR72 | Hay fever itchy eyes, no airway signs.
Itchy puffy eyes and sneezing with the pollen, breathing fine, no swelling elsewhere.
@1 | M25 T36.8 HR72 | Nosebleed after picking, stopped.
Nose bled quite a lot this morning after I knocked it but it stopped after ten minutes.
@1 | F5 T36.9 HR98 | Child breath-holding when crying, well.
my 5 year old holds her breath when she has a tantrum and goes a bit red, then she's fine. is that normal
@1 | M48 T36.7 HR72 | Chest tightness from a cold, coughing.
Bit of chest tightness with this cold and coughing up clear stuff, no fever.
@1 | F36 T36.7 HR70 | Dark humour: dying of boredom, headache.
Dying of boredom at home with this sprained ankle lol, is it ok to walk on it yet?
@2 | M50 T36.8 HR74 | Pills in the cupboard for years, disposal and review.
I've got years of old painkillers piling up in the cupboard. Can someone review what I actually need?
"""


def write(items: str, out: Path, prefix: str, first: dt.datetime) -> None:
    """The implicit-emergency dev batches: charts 3 hours apart, as `write_rows` builds them."""
    write_rows(
        items,
        out,
        id_prefix=prefix,
        first=first,
        hours=3,
        jitter=4,
        source="dev set (implicit emergencies)",
    )


def main() -> None:
    write(ITEMS, OUT, "implicit-dev", dt.datetime(2026, 11, 18, 6, 0))
    write(VAL_ITEMS, VAL_OUT, "implicit-val", dt.datetime(2026, 11, 20, 6, 0))
    write(VAL2_ITEMS, VAL2_OUT, "implicit-val2", dt.datetime(2026, 11, 21, 6, 0))


if __name__ == "__main__":
    main()
