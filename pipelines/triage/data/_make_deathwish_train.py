#!/usr/bin/env python3
"""Generate deathwish_train.jsonl (run from this folder): training data for the `death_wish` triage classifier.

Question the classifier answers: does the sender say that they THEMSELVES have thoughts of
death or of not being alive NOW (passive wish, indifference, intrusive thoughts, or active
intent/plan)?  -> label "death_wish"; everything else -> "none".

Every message below was written individually (no templates / slot filling).
Standard library only. Output is deterministic: one random.Random(11) shuffle, then ids.
"""

import json
import os
import random
import re
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_JSONL = os.path.join(HERE, "deathwish_train.jsonl")
OUT_README = os.path.join(HERE, "README_deathwish.md")

DATA = []  # (label, kind, lang, message)


def en(label, kind, texts):
    for t in texts:
        DATA.append((label, kind, "en", t))


def ml(label, lang, pairs):
    for kind, t in pairs:
        DATA.append((label, kind, lang, t))


DW = "death_wish"
NO = "none"

# =====================================================================================
# death_wish - English
# =====================================================================================

en(
    DW,
    "direct",
    [
        "I wish I was dead. That's the honest answer to how I'm doing.",
        "i want to die. not going to do anything but i needed to tell someone",
        "Some days I just want to be dead and I don't know how to stop feeling that way.",
        "Been wanting to die most of this week. Can I get an appointment?",
        "To be honest with you doctor, I would rather be dead than keep going like this.",
        "i keep thinking id be better off dead",
        "Dr Okafor, you asked me to tell you if the dark thoughts came back. They have. I've been wishing I was dead most nights since Sunday. I'm still taking the venlafaxine every morning and my wife knows, but I promised you I'd say something, so here it is.",
        "I have been having thoughts of killing myself again. No plan. My sister is staying with me this week.",
        "Suicidal thoughts are back. The passive kind, wishing I'd just die.",
        "I don't want to be alive anymore and I don't know who else to say it to.",
        "honestly i'm at the point where dying seems better than this",
        "I think about ending my life every day now. I'm safe for the moment, my husband is home.",
        "Writing this because I can't say it out loud: I want to stop living.",
        "Life isn't worth living for me at the moment. I keep thinking about death as a way out.",
        "I'd like to be dead. I'm not going to act on it, but that's how I feel right now.",
        "cant stop thinking about wanting to die",
        "Thoughts of suicide nearly every day for two weeks. I am not in danger right now but I need help.",
        "Part of me wants to die and part of me wants help, so I'm sending this.",
        "my brain keeps saying just die already and some days i agree with it",
        "I have started to want to die. Never felt like this before the divorce.",
        "Death would be a relief at this point. I mean that literally.",
        "Feeling suicidal again. Nothing planned. Can someone call me back today.",
        "I'm a 19yo uni student and I've wanted to die for a few weeks now. I don't have a plan, I just think about it constantly.",
        "Me again. The wanting-to-be-dead feeling hasn't gone away like I hoped it would. It's there every morning.",
        "I am wanting to die. Sorry my english. I am not do anything, my wife is with me.",
    ],
)

en(
    DW,
    "euphemism",
    [
        "I keep thinking it would be easier to just check out of life for good.",
        "I'd happily go to sleep and never wake up. That's where my head is.",
        "Not sure how much longer I want to be around on this earth tbh.",
        "Sometimes I want to just fade away and not come back, like I was never here.",
        "i want to sleep forever and not wake up",
        "Some nights I want to close my eyes and for it all to be over, permanently.",
        "Been thinking about not being here anymore. The thought of it is a comfort, which scares me.",
        "I keep wishing my heart would just stop.",
        "I want out. Not out of my job, out of everything, out of being alive.",
        "It would be nice to be done with life. Just done.",
        "Some days I want the lights to go out for me and stay out. I don't mean sleep.",
        "i think about not waking up a lot lately, it sounds peaceful",
        "I keep thinking about the long sleep. I'm not going to do anything, my partner is here with me.",
        "I just want to be at peace permanently, and lately that means dead.",
        "Feel like I've reached the end of the road. I'd like to leave this world quietly.",
        "I'm ready to be gone. Not in a dramatic way, I just don't want to be in this world anymore.",
        "been thinking about permanently logging off from life. not joking this time",
        "want to stop waking up",
        "It'd be easier if I just wasn't on this earth any longer.",
        "Honestly I'd be glad to be six feet under.",
        "Most nights I think about how restful the grave would be.",
        "Part of me wants to just switch off, like a light, and never be switched back on.",
        "I'm done with this life and I'd like to leave it.",
        "Kind of want to call it a day on life if I'm honest.",
        "I'd like to just slip away in the night. I won't do anything, but I think it every night.",
        "i just want to not be here. like at all. ever. not alive.",
        "I'd rather be pushing up daisies than face another year like this one.",
        "It'd be a mercy if I just didn't wake up one morning.",
        "I've been wanting to bow out of life, quietly, so no one fusses.",
        "Lately I just want my life to end. Not doing anything about it, just want it to.",
        "I want to go where the pain can't follow me, and I mean dying.",
    ],
)

en(
    DW,
    "burden",
    [
        "Everyone would be better off without me. My family would be free of the cost and the worry if I died.",
        "I'm just a burden to my kids. They'd be relieved if I died, I'm sure of it.",
        "My wife would be better off with the life insurance than with me. I think that a lot.",
        "If I died my parents wouldn't have to keep paying for everything. It keeps going round my head.",
        "i feel like a weight on everyone and the world would be lighter without me alive in it",
        "The kindest thing I could do for my family is not be alive. I haven't done anything, I'm just telling you what I think about.",
        "My carers would have one less job if I was dead. That's how I see it at 91.",
        "I'm costing the health service a fortune and my daughter her career. Better all round if I died.",
        "I don't want to be the reason my husband can't live his life. If I wasn't alive he'd be free.",
        "They'd all get on fine without me, probably better. I think about dying every night.",
        "Everyone has to tiptoe around me. I'd rather be dead than be this much trouble.",
        "I'm a drain on everyone. Death would fix that.",
        "I'm no use to anyone since the stroke, I'd rather be dead than be looked after like a baby.",
        "my kids deserve a better mum than me, sometimes i think they'd be better off if i died",
        "Feel like I'm just taking up space and air. Someone who deserves to be alive could have my spot.",
        "If I was dead nobody would have to deal with my moods. I keep thinking that.",
        "My partner works two jobs to support me being sick, and he never complains, which somehow makes it worse. I lie on the sofa listening to him come in at midnight and I think he'd be better off if I died, so he could move on and have a normal life.",
        "I ruin everything I touch. It'd be better for the world if I wasn't alive.",
        "I keep thinking my debts would die with me, and honestly dying is starting to look like the easiest way out for everyone.",
        "The team would be better off if I didn't exist. I've thought about being dead every day since the redundancy.",
        "Nobody would miss me if I died, they'd just be relieved.",
        "I'm so much trouble to the people who love me. I wish I'd die and give them a break.",
        "my mum says i'm the reason she's stressed. i think if i died she'd finally be happy and i'd like that",
        "Being alive is just making everyone else's life harder. I'd rather not be alive.",
        "Grandkids shouldn't have to visit an old woman in a care home. I'd rather be dead and spare them.",
        "I'm the problem in every situation. Removing myself permanently, I mean dying, feels like the answer some days. No plan, just the thought.",
    ],
)

en(
    DW,
    "indifference",
    [
        "I wouldn't mind if I didn't wake up tomorrow.",
        "Don't really care whether I live or die at this point.",
        "If I died tonight I'd be fine with it.",
        "Living, dying, it's all the same to me right now.",
        "I wouldn't be sad if my life ended. That's new for me and I don't like it.",
        "i dont care if i die anymore. ive stopped looking when i cross roads",
        "Wouldn't bother me if I died in my sleep to be honest.",
        "I've stopped caring about staying alive. I eat if I remember.",
        "I'm not scared of dying anymore, I'd actually welcome it.",
        "I don't fight the thoughts of dying anymore, I kind of lean into them.",
        "Nothing would be lost if I died today. I don't mind either way.",
        "If someone told me I had a week to live I'd be relieved.",
        "i really wouldnt mind being dead",
        "Not fussed about living anymore. I go through the motions until it's over, and I'd like it over sooner.",
        "I'd be okay with dying. More than okay some days.",
        "Don't really see the point in being alive and wouldn't mind if I wasn't.",
        "I used to want a long life. Now I'd be fine if it ended at 34.",
        "dying doesnt scare me anymore it sounds like a holiday",
        "Some mornings I'm disappointed that I woke up at all.",
        "Life or death, it's a coin toss I don't care about anymore.",
        "Can't say I'd mind being dead. Feels like it'd be quiet.",
        "I don't really want to be alive, I'm not brave enough to be dead, but if it happened I wouldn't mind.",
        "whatever happens happens, if i die i die, i honestly couldnt care less about staying alive",
        "At 79 I've stopped caring whether I see another birthday. I'd rather not, if I'm truthful.",
    ],
)

en(
    DW,
    "intrusive",
    [
        "I keep getting pictures in my head of my own funeral and I feel relieved when I see them.",
        "Thoughts of being dead pop into my head all day long. I don't want them but part of me agrees with them.",
        "Every time I drive over the bridge I think about going over the edge, and part of me wants to.",
        "My mind keeps telling me to kill myself. I'm scared of it.",
        "Constant thoughts about dying. Can't switch them off, they're there when I wake up.",
        "I keep imagining stepping in front of the train on my commute. It's every single morning now.",
        "There's a voice in my head that says I should just be dead. It's been louder this week.",
        "I can't stop thinking about being dead, it's on a loop.",
        "im so tired of the thoughts about ending it that keep popping up. they're not stopping",
        "At night the thought 'just die' keeps repeating. I'm not going to act on it.",
        "Thoughts of death are constantly in my head lately. Not fear, more like longing.",
        "Whenever I'm on the balcony I get the urge to jump. Been happening since the miscarriage.",
        "Suicidal thoughts keep intruding into everything, work, TV, even when I'm playing with my kids.",
        "I picture myself dead a lot and it feels peaceful rather than scary.",
        "The thought of not being alive keeps creeping in, even on good days.",
        "Every time I take my tablets I think about taking the whole box to end it. I haven't, and I've asked my husband to keep them.",
        "My brain won't stop showing me ways to die. I need help with these thoughts.",
        "in the shower i keep thinking about just not existing anymore. it's constant",
    ],
)

en(
    DW,
    "accident_illness",
    [
        "I hope I get hit by a bus on the way home. I wouldn't step in front of one, but I'd be glad if it happened.",
        "When the plane hit turbulence I caught myself hoping it would go down.",
        "Honestly hoping the scan shows something terminal so this can all end.",
        "If I got covid and didn't make it I'd be relieved.",
        "Every time I drive I half hope someone crashes into me and that's the end.",
        "i keep wishing id get some illness and just die from it",
        "I'm not taking my heart tablets anymore. I'd rather let nature take its course and be dead.",
        "I hope my diabetes gets me sooner rather than later. I've stopped checking my sugars.",
        "When they found the lump I felt relieved. If it's cancer, that's my way out.",
        "I find myself wishing I'd have a heart attack in my sleep.",
        "I'd be grateful for a stroke that finished me off, that's how I feel most days.",
        "Hoping the storm brings the roof down on me tbh. I'm that done with being alive.",
        "I've been skipping my inhalers hoping the asthma gets me.",
        "Part of me hopes this chest pain is the big one and that'd be the end of it.",
        "I find myself hoping for a fatal accident, car, ladder, anything, so it wouldn't be my fault.",
        "Was hoping the surgery would go wrong and I wouldn't wake up. I was disappointed when I did.",
        "Every time I feel a twinge I hope it's something that'll kill me.",
        "I'd welcome cancer right now. That's a terrible thing to say but it's true.",
        "If I fell down the stairs tonight and that was it, I wouldn't mind one bit.",
        "Sometimes I hope the antibiotics don't work and the infection finishes me off.",
        "i pray the chemo doesnt work. im ready to die and want this to be what does it",
    ],
)

en(
    DW,
    "not_exist",
    [
        "I wish I'd never been born, and I wish I wasn't alive now.",
        "I want to stop existing. Not hurt myself, just not be.",
        "If there was a button to erase me from existence I'd press it right now.",
        "dont want to exist anymore",
        "I wish I could vanish completely, not go somewhere else, just stop existing.",
        "I'd like to be unmade, like I'd never been here at all.",
        "I wish I could just cease to be. Quietly. No drama.",
        "Every day I wake up wishing I didn't exist.",
        "Wish I could delete myself like an account",
        "I'd rather not exist than feel like this for another month.",
        "tired of existing. genuinely want to not exist.",
        "Existence feels like a punishment and I want out of it.",
        "I want to not be a living thing anymore.",
        "Sometimes I wish I could just un-exist. I'm safe, my roommate is home.",
        "I'd give anything to not exist anymore.",
        "Whenever I'm alone I wish I could just stop being, like a sentence that's finished.",
    ],
)

en(
    DW,
    "reunion_faith",
    [
        "Since Jim died I just want to be with him. I'd go tomorrow if I could.",
        "I keep asking God to take me. I'm 88 and I've had enough of living.",
        "I pray every night for the Lord to call me home. I'm ready and I want to go.",
        "My wife's been gone two years. I'd like to join her now, I don't see the point in staying alive.",
        "I wish God would just take me in my sleep.",
        "Since my son passed I want to be where he is. I know that means dying and I'm okay with that.",
        "Every night I tell my late husband I'll be with him soon and I mean it.",
        "Every prayer I make now, I ask Allah to let me die. I am so tired of this life.",
        "The only thing I look forward to is seeing my Harold again, and I wish it would hurry up.",
        "My twin died in March. I feel like I'm supposed to be dead too, and I want to be.",
        "I hope the Lord takes me before Christmas. I can't face another one without Edna.",
        "Been praying to die. I know that sounds awful coming from a churchgoer.",
        "My dog died last week and she was all I had. I don't want to be alive without her.",
        "I miss my wife so much I'd rather be dead and with her.",
        "I keep thinking God has forgotten to take me. Everyone else my age has gone and I want to go too.",
        "I want to be reunited with my baby girl. I think about dying so I can see her.",
        "Since Dad's funeral I keep thinking I want to be buried next to him, sooner rather than later.",
    ],
)

en(
    DW,
    "embedded_other_topic",
    [
        "Hi, could I get my sertraline refilled? I ran out on Friday. Also I've been wishing I was dead again since I stopped it, not going to do anything, just thought you should know.",
        "BP readings this week: 148/92, 151/95, 139/88. Taking amlodipine every morning. Honestly I've been thinking it wouldn't be the worst thing if my heart just gave out and I died. My wife is home with me.",
        "Still not sleeping, maybe 3 hours a night. Lying there I keep thinking I'd rather not wake up at all. Could the doctor look at changing the mirtazapine dose?",
        "The back pain is worse, 8/10 most days. I can't see the point in carrying on living like this and sometimes wish I'd just die. Can I have a review of my painkillers?",
        "I need a letter for the council about my mum's care package, I'm her full time carer. I'm so worn down that I've started wishing I'd die before she does. I'm not going to do anything.",
        "exams start monday, need a note for extenuating circumstances. i've been having thoughts about killing myself over the stress but no plan, my housemates are around",
        "Since the breakup I haven't been eating. Could I see someone about the weight loss? I also keep thinking I don't want to be alive without her.",
        "Lost my job on Tuesday after 22 years. I need a sick note for the jobcentre. Truthfully I've been wishing I'd die in my sleep every night since.",
        "Sick note please, off work with stress, my fit note ran out yesterday. Still having the thoughts about being better off dead but my partner is here.",
        "Asthma's been bad with the pollen, can I get another blue inhaler? Feeling pretty low too, like I wouldn't care if I stopped breathing one night and never started again.",
        "Hi, checking results of my blood test from last week. Also wanted to mention I've been having thoughts of wanting to be dead since the miscarriage.",
        "Could you change my appointment to Thursday? I've got a double shift. Also I know I said I was fine last time but I wasn't honest, I've been thinking about suicide most days.",
        "Repeat prescription for levothyroxine 100mcg please. And, I don't really know how to say this, I wish I wasn't alive. I'm at my sister's and I'm safe tonight.",
        "period pain so bad im missing uni. also lowkey want to die half the time and its not just the pain. is there something stronger than naproxen",
        "My husband has dementia and I look after him alone. Can someone review his medication? I'm fine, just tired. Actually I'm not fine, I keep wishing I could die and be done with it.",
        "Can you send my migraine tablets to the new pharmacy on High St? Also my mood is awful, some days I think I'd be better off dead. Not going to do anything about it.",
        "Glucose readings attached. They've been all over the place because I haven't been bothering. I don't much care if I live or die at the moment.",
        "Need my HRT patches renewed. The night sweats are back and so is the feeling that I'd rather not be alive. I've not felt like this since my 20s.",
        "Landlord is evicting me end of month. Can you write a supporting letter? I'm in a bad way, I keep thinking about ending it all. My brother is staying with me.",
        "Hi, I need my fit note extending, knee surgery recovery is slow. Being stuck at home I've started having thoughts that I'd like to die. My mum comes round every day.",
        "Toddler won't sleep, I'm on 2 hours a night. I love her but I keep having thoughts that they'd be better off if I was dead. Health visitor is coming Tuesday, can the GP call sooner?",
        "I'm 6 weeks postpartum and I keep thinking about not being alive anymore. I'd never hurt the baby. My partner is home with us.",
        "Could I get my ADHD meds reviewed, the dose isn't working. Also since losing my apprenticeship I've been having thoughts about wanting to die. No plan.",
        "Re my son's asthma review: can we move it to the afternoon? Separately, I've been struggling myself and having thoughts of not wanting to live. My mum is with us this week.",
        "Hi doctor, my ankles are swelling again. Also since the funeral I don't want to go on living. My daughter is staying with me.",
        "My cholesterol came back high again. Honestly what's the point of statins when I'd rather be dead sooner anyway. I mean that, I'm not joking.",
        "The tinnitus is constant. Some nights I genuinely want to die because of it, I'm not exaggerating. Is there anything else to try?",
        "I need a copy of my vaccination record for the new job. Also, I know this isn't the place, but I've been having suicidal thoughts. Safe for now.",
        "Sorry to bother you, my eczema is flaring all over my hands. I've been so low I've been thinking about not being alive anymore. My partner is here.",
        "Can I get the results of my MRI? If it's bad news I think I'd be relieved, I don't want to be alive anyway.",
        "Physio says I need another 6 weeks off, can you extend my fit note? Since the accident I keep wishing I had died in it.",
        "uni counselling waitlist is 8 weeks, can the gp see me sooner? i've been wanting to die every day since results day",
        "Can I order more stoma bags please. Also, my mood is very low and I keep wishing I hadn't survived the operation. I think that most days.",
        "My mother-in-law moved in with us and I'm her carer now. Could I get a carers assessment? I'm at the point of wishing I was dead, which I know isn't right.",
        "Hello, my payday loan company keeps ringing and I can't cope. I need a letter about my mental health. I'm having thoughts of wanting to die all the time now.",
        "Could you check if my referral to gastro was sent? Been waiting 4 months. The pain and the waiting have got me to the point I'd prefer to be dead.",
        "Need to cancel my smear appointment. Don't see the point in screening when I don't want to be alive in five years anyway.",
        "my gf left and i failed my driving test and lost my job all in one week lol. i keep thinking how i'd rather be dead. can i get an appointment",
        "Is the flu clinic still on Saturday? And a personal thing: since my wife died I've been thinking I'd like to follow her. I'm not going to do anything silly.",
        "Blood pressure 162/101 this morning, the doctor said to message if over 160. I'm also not doing well in myself, thinking I'd be better off dead. Husband is here.",
        "Quick one: the pharmacy said my naproxen needs a new script. Also I'm having thoughts that I want to die again. I've had them before and they pass, but they're here now.",
        "The new job is a nightmare and my contract ends in June. I need a note for two weeks off. The thought of being dead has become comforting and that frightens me.",
        "Hiya, can I get the morning after pill? Also been low since the weekend, like properly wanting to be dead. My flatmate is home.",
        "I need help with my visa medical form. I am far from my family and I think often that I want to die here. I will not do anything.",
        "Knee injection wore off. Can't walk the dog, can't do anything. Started thinking I'd rather be dead than live like this for another 20 years.",
        "Please could I have my inhaler sent to my new address. On another subject, since the eviction I've had thoughts of ending my life. I'm at a friend's.",
        "Acne is worse than ever and everyone at school stares. I'm 17. Most mornings I wish I was dead so I wouldn't have to go in.",
        "My husband's dialysis transport needs rebooking for the new times. I'm tired of all of it. If I'm honest I wish I wouldn't wake up some mornings.",
        "can u prescribe something stronger than cetirizine for hayfever. also been feeling like i dont want to be alive which is probably a separate convo",
        "Sorry this is long. I'm 71, I look after my husband since his stroke, and I need his blood pressure tablets sorting because the chemist gave the wrong strength. I'm managing, more or less. But I'll be honest because you always ask: lately I go to bed hoping I don't wake up. I'd never leave him on purpose, I wouldn't do anything, but I think it most nights.",
        "ok so basically my landlord is selling, my hours got cut and my car failed its MOT all in the same week lol. im not writing for sympathy, i need a letter for universal credit saying i cant work at the moment. but also when im on my own i keep thinking itd be easier to not be alive. not gonna do anything. just dont know who else to tell",
        "Dear Doctor, I am writing in English, sorry for mistakes. I am living here two years, my family is in Syria. I work in the factory nights and I cannot sleep in the day. My head is always full. Some times I think it is better if I die and I do not wake up. I will not do something, my cousin lives with me. Can I see a doctor who speaks Arabic?",
        "I've had menopause symptoms for two years now and I keep putting off coming in because it felt like moaning. Hot flushes, no sleep, brain fog so bad I forgot my daughter's name mid-sentence last week, and my joints ache like I'm 80. I've been snappy with everyone at work and at home. The bit I haven't told anyone is that some nights I lie there wishing I wasn't alive. I'm not going to do anything. I just need help.",
        "Hi its me again about my knee. Physio cancelled again so Im back on the waiting list. Ive been off work 4 months now and the money is a nightmare. Honestly Ive got to a point where if I didnt wake up one morning Id be fine with it. Not going to do anything, my wife is with me, but thought I should say.",
        "I am 86 years of age and have lived alone since my wife Margaret passed in 2019. The district nurse comes on Tuesdays for my legs. I do not wish to make a fuss, but I find I am praying each evening to be taken in the night, and I am disappointed each morning. I still do the crossword and keep the house tidy, so please do not think I am not coping. My son says I should tell you. My legs are also weeping again.",
        "honestly idk why im even messaging the gp about this but my uni counsellor said to. ive been skipping lectures for like a month, i sleep til 3pm, and i keep having this thought that i should just stop existing, like itd be so much easier for everyone. i dont have a plan or anything and my housemate knows. can i get an appointment that isnt at 8:30am lol",
    ],
)

en(
    DW,
    "plan_means",
    [
        "I've been saving up my tablets. I have enough now. I think I'll take them all this weekend.",
        "I've written letters to my kids. I know how I'm going to kill myself and when.",
        "There's a bridge near my house and I've decided that's where I'll end it. Maybe Friday.",
        "I have my husband's shotgun in the house and I keep thinking about using it on myself.",
        "I bought a rope yesterday to hang myself with. I'm not sure why I'm telling you.",
        "I've got two boxes of paracetamol and a bottle of vodka on the table. I want to die tonight.",
        "i've picked a date to end it. the 14th. after my mum's birthday so i don't ruin it",
        "Going to drive into a wall on the motorway when I'm next alone in the car. I've thought it through.",
        "I've stockpiled three months of my amitriptyline. I'm planning to take it all when my wife is away next week.",
        "I took a lot of pills an hour ago, I'm not sure how many. I wanted to die. I don't know what to do now.",
        "Said goodbye to my friends tonight without them knowing. I'm going to end it once the house is empty.",
        "I have a plan to kill myself. I've worked out when and how. Please can someone call.",
        "I keep looking at the train times for the line behind my flat. I think tomorrow morning is when I'll do it.",
        "I've given my cat to my neighbour and sorted my will. I'm ready to die and I know how.",
        "i cut deeper than usual last night and i wanted it to kill me. thinking about doing it again tonight",
        "I have insulin and I know how much it would take to kill me. I've been thinking about doing it on Sunday.",
        "I've been researching ways to kill myself online and I've decided on one.",
        "There's a loaded gun in my nightstand. I've been holding it at night thinking about ending my life.",
        "I'm at the top of the multi-storey car park right now. I don't want to be alive anymore.",
        "Planning to take all my dad's heart medication after my exams finish on Thursday. I don't want to be here after that.",
        "I've drafted my suicide note. I'm going to finish it tonight and then I'm done.",
        "Drinking tonight and I've got all my mum's sleeping tablets. Don't want to wake up.",
        "I'm going to hang myself. I've worked out where. I haven't told anyone else.",
        "I've decided to end my life on the anniversary of my son's death, which is next month.",
        "i sat in the garage with the engine running last night for a bit, wanting to die. i'm going to do it properly next time",
        "I've given away most of my things this week. I've got a plan to kill myself on Saturday.",
        "Bought a lot of pills from different shops so they wouldn't ask questions. I'm going to take them all to end it, probably soon.",
        "I'm going to walk into the river tonight and not come out. I just wanted someone to know.",
        "I've stopped my diabetes meds on purpose and I'm going to keep going until it kills me. Decided on Monday.",
        "my ex took the kids. i have the pills ready. tonight im ending it",
        "Have a plan to end my life. Have the means. Not sure I can keep myself safe much longer.",
        "I keep sitting by the edge of the cliff path on my walks, working out when I'll jump. I think it'll be soon.",
        "I have my methadone saved up. Planning to take it all once my partner is at work, so I don't wake up.",
        "I'm going to kill myself when my husband goes to his mum's on the 3rd. Everything's organised.",
        "I can't promise I'll be safe tonight. I've got the knife and I want to die.",
        "I've been planning my suicide for weeks. I have everything I need.",
        "Sorted my bank passwords for my sister and wrote a letter. I'm planning to end things on Friday after work, for good.",
        "I'm a farmer, there's a rifle in the cabinet, and I've been thinking about going out to the far field with it and not coming back. Can someone ring me.",
        "Last night I took about 20 of my tablets wanting to die but I woke up. I'm going to try again.",
        "I've booked a hotel room for Saturday so I can kill myself where my kids won't find me.",
        "Got a full bottle of my old antidepressants. Been carrying it around. Thinking about taking the lot tonight and not waking up.",
        "Voices are telling me to kill myself and I think I'm going to listen to them this time.",
        "gonna jump off the pier after the pub tonight. had a few already. just saying bye",
        "I've written my goodbye messages and scheduled them to send tomorrow morning, after I'm dead.",
        "I'm 74, my wife has passed, and I've gathered all my tablets in one place. I intend to take them to end my life once my brother's funeral is over.",
        "I looked up how many of my tablets would be fatal. I have more than that and I'm going to use them.",
        "I know exactly where I'll kill myself and I've been there twice to check. I just need to pick the day.",
        "I tried to hang myself on Tuesday and it didn't work. I still want to die.",
        "I'm sitting in my car with a hosepipe in the boot. I don't want to go home, I want to die.",
        "I've planned to overdose on my birthday. It feels like the right day to end it.",
        "I cleaned my flat, paid my rent and left the keys for the landlord. Tonight's the night I end my life.",
        "My carer doesn't know I've been hiding my morphine. I've got enough now to die and I want it to be over.",
        "I need to tell someone before I lose my nerve. I've been collecting my co-codamol and my wife's sleeping tablets for two months. They're in a tin in the shed. I've picked next Sunday to take them, when she's at her sister's. I've sorted the insurance papers so she'll be alright. Part of me wants you to stop me, which is why I'm writing this.",
    ],
)

# =====================================================================================
# death_wish - other languages
# =====================================================================================

ml(
    DW,
    "es",
    [
        (
            "burden",
            "Últimamente pienso que mi familia estaría mejor si yo me muriera. No voy a hacer nada, mi marido está en casa.",
        ),
        ("euphemism", "Ojalá me durmiera y no despertara mañana. Estoy cansada de vivir."),
        (
            "embedded_other_topic",
            "Necesito la receta de la metformina. También quería decirle que desde que murió mi esposa le pido a Dios que me lleve con ella.",
        ),
        (
            "plan_means",
            "He guardado pastillas y pienso tomármelas todas el sábado, cuando mis hijos no estén, para no despertar.",
        ),
        (
            "direct",
            "no quiero seguir viviendo, lo pienso todos los dias desde que me quede sin trabajo",
        ),
    ],
)

ml(
    DW,
    "fr",
    [
        (
            "euphemism",
            "J'aimerais m'endormir et ne jamais me réveiller. Je ne ferai rien, mais j'y pense tous les soirs.",
        ),
        (
            "embedded_other_topic",
            "Bonjour docteur, pouvez-vous renouveler mon ordonnance de Lexomil ? Et je dois vous dire que j'ai envie de mourir depuis quelques semaines.",
        ),
        (
            "burden",
            "Je suis un poids pour mes enfants, ils seraient soulagés si je mourais. Je veux mourir.",
        ),
        (
            "plan_means",
            "J'ai écrit des lettres d'adieu et j'ai prévu de me jeter du pont dimanche.",
        ),
        (
            "indifference",
            "ça me serait égal de mourir demain, vraiment, je n'ai plus envie de vivre",
        ),
    ],
)

ml(
    DW,
    "pt",
    [
        (
            "direct",
            "Tenho pensado que seria melhor não estar mais vivo. Minha esposa está comigo, não vou fazer nada.",
        ),
        ("euphemism", "Queria dormir e não acordar mais. Penso nisso todas as noites."),
        (
            "embedded_other_topic",
            "Desde que perdi o emprego penso em morrer todos os dias. Também preciso de um atestado médico.",
        ),
        (
            "burden",
            "Se eu morresse, minha família ficaria livre das minhas dívidas. Penso nisso toda hora e queria mesmo morrer.",
        ),
        ("reunion_faith", "Peço a Deus todas as noites que me leve. Já não aguento mais viver."),
    ],
)

ml(
    DW,
    "de",
    [
        ("euphemism", "Ich wünschte, ich würde morgens einfach nicht mehr aufwachen."),
        (
            "burden",
            "Meine Familie wäre ohne mich besser dran. Ich denke jeden Tag daran, nicht mehr zu leben.",
        ),
        (
            "embedded_other_topic",
            "Ich brauche ein neues Rezept für Ramipril. Außerdem habe ich seit Wochen den Wunsch, tot zu sein. Mein Mann ist aber bei mir.",
        ),
        (
            "plan_means",
            "Ich habe Tabletten gesammelt und will sie am Wochenende alle nehmen, um zu sterben.",
        ),
        ("indifference", "Mir ist es egal, ob ich lebe oder sterbe. Am liebsten wäre ich tot."),
    ],
)

ml(
    DW,
    "it",
    [
        (
            "euphemism",
            "Vorrei addormentarmi e non svegliarmi più. Non farò niente, ma ci penso sempre.",
        ),
        (
            "reunion_faith",
            "Da quando è morta mia moglie voglio solo raggiungerla. Prego Dio di prendermi.",
        ),
        ("burden", "Sono un peso per tutti, sarebbe meglio se morissi."),
        (
            "embedded_other_topic",
            "Dottore, ho bisogno del certificato di malattia. E devo dirle che penso spesso di togliermi la vita, non ho un piano.",
        ),
        ("indifference", "non mi importa più di vivere, se morissi domani andrebbe bene così"),
    ],
)

ml(
    DW,
    "pl",
    [
        (
            "euphemism",
            "Chciałabym zasnąć i się nie obudzić. Mąż jest w domu, nic sobie nie zrobię.",
        ),
        ("burden", "Myślę, że wszystkim byłoby lepiej beze mnie. Chcę umrzeć."),
        (
            "embedded_other_topic",
            "Proszę o receptę na sertralinę. Od tygodnia znowu mam myśli samobójcze.",
        ),
        (
            "plan_means",
            "Mam odłożone tabletki i zamierzam je wszystkie wziąć w piątek, żeby się zabić.",
        ),
        ("indifference", "nie obchodzi mnie czy zyje czy nie, wolalbym juz nie zyc"),
    ],
)

ml(
    DW,
    "ru",
    [
        (
            "euphemism",
            "Хочу уснуть и не проснуться. Ничего делать не буду, просто очень устал жить.",
        ),
        ("burden", "Всем было бы лучше без меня. Думаю о смерти каждый день и хочу умереть."),
        (
            "embedded_other_topic",
            "Мне нужен больничный. И ещё: после увольнения у меня постоянно мысли о том, что не хочу жить.",
        ),
        ("plan_means", "Я решил, что в субботу прыгну с моста. Просто хотел, чтобы кто-то знал."),
        ("indifference", "мне всё равно, жить или умереть, лучше бы умереть"),
    ],
)

ml(
    DW,
    "ar",
    [
        ("euphemism", "أتمنى أن أنام ولا أستيقظ أبداً. لن أفعل شيئاً، زوجي معي."),
        ("reunion_faith", "أدعو الله كل ليلة أن يأخذني. لم أعد أريد الحياة."),
        (
            "embedded_other_topic",
            "أحتاج إلى تجديد وصفة الإنسولين. وأيضاً أفكر كثيراً أن الموت أفضل لي من هذه الحياة.",
        ),
        ("burden", "عائلتي ستكون أفضل بدوني. أتمنى أن أموت."),
        ("indifference", "لا يهمني إن عشت أو مت، وأفضّل أن أموت."),
    ],
)

ml(
    DW,
    "zh",
    [
        ("direct", "我最近常常想，如果我死了就好了。我不会做什么，我老公在家。"),
        ("euphemism", "真希望睡着了就再也不要醒来。"),
        ("burden", "我觉得自己是家人的负担，他们没有我会过得更好。我不想活了。"),
        ("embedded_other_topic", "医生，我需要续开降压药。另外，我最近一直有想死的念头。"),
        ("plan_means", "我已经攒了很多安眠药，打算这个周末全部吃掉，不想再活了。"),
    ],
)

ml(
    DW,
    "ja",
    [
        (
            "direct",
            "最近、消えてしまいたい、死にたいと毎日思っています。何かするつもりはありません。",
        ),
        ("euphemism", "朝、目が覚めなければいいのにと思いながら毎晩寝ています。"),
        ("burden", "家族にとって私はいない方がいいと思う。死んだほうが楽になれる。"),
        (
            "embedded_other_topic",
            "睡眠薬の処方をお願いします。それと、ここ数週間、死にたい気持ちが続いています。夫は家にいます。",
        ),
        ("indifference", "生きていても死んでもどうでもいい。むしろ死にたい。"),
    ],
)

ml(
    DW,
    "ko",
    [
        ("direct", "요즘 그냥 죽고 싶다는 생각이 자주 들어요. 실행할 생각은 없어요."),
        ("euphemism", "자고 나서 다시는 깨어나지 않았으면 좋겠어요."),
        ("burden", "제가 없으면 가족들이 더 편할 것 같아요. 죽고 싶어요."),
        (
            "reunion_faith",
            "혈압약 처방 부탁드립니다. 그리고 남편이 세상을 떠난 후로 저도 따라 죽고 싶다는 생각이 들어요.",
        ),
        ("indifference", "사는 게 의미가 없어요. 지금 죽어도 상관없어요."),
    ],
)

ml(
    DW,
    "vi",
    [
        (
            "direct",
            "Dạo này tôi hay nghĩ giá mà mình chết đi cho xong. Tôi sẽ không làm gì đâu, chồng tôi ở nhà.",
        ),
        ("euphemism", "Tôi ước gì ngủ một giấc rồi không bao giờ tỉnh dậy nữa."),
        ("burden", "Tôi là gánh nặng cho con cái. Tôi chết đi thì chúng nó đỡ khổ."),
        (
            "embedded_other_topic",
            "Bác sĩ ơi, cho tôi xin đơn thuốc ngủ. Mấy tuần nay tôi cứ muốn chết.",
        ),
    ],
)

ml(
    DW,
    "tl",
    [
        ("direct", "Gusto ko nang mamatay. Hindi ko gagawin, pero lagi kong naiisip."),
        ("euphemism", "Sana hindi na ako magising bukas."),
        ("burden", "Pabigat lang ako sa pamilya ko, mas mabuti kung patay na lang ako."),
        (
            "embedded_other_topic",
            "Doc, kailangan ko ng refill ng gamot ko sa high blood. Saka, ayoko na talagang mabuhay, lagi kong iniisip na mamatay na lang.",
        ),
    ],
)

ml(
    DW,
    "hi",
    [
        (
            "direct",
            "Mujhe ab jeene ka mann nahi karta. Kabhi kabhi lagta hai mar jaun toh achha hai.",
        ),
        (
            "euphemism",
            "Raat ko sochti hoon ki subah uthun hi na. Main kuch karungi nahi, pati ghar pe hain.",
        ),
        ("burden", "Sab log mere bina zyada khush rahenge. Main marna chahta hoon."),
        (
            "embedded_other_topic",
            "Doctor sahab, meri BP ki dawai ka refill chahiye. Aur sach bataun toh aajkal marne ke khayal aate rehte hain.",
        ),
        (
            "plan_means",
            "Maine neend ki goliyan jama kar li hain, shanivar ko sab kha lunga taaki subah na uthun.",
        ),
    ],
)

ml(
    DW,
    "tr",
    [
        ("direct", "Son zamanlarda ölmek istiyorum. Bir şey yapmayacağım, eşim yanımda."),
        ("euphemism", "Keşke uyusam ve bir daha hiç uyanmasam."),
        ("burden", "Herkes bensiz daha iyi olurdu. Her gün ölmeyi düşünüyorum."),
        (
            "reunion_faith",
            "Tansiyon ilacımın reçetesini yeniler misiniz? Bir de, eşim öldüğünden beri ben de ölüp onun yanına gitmek istiyorum.",
        ),
        ("indifference", "Yaşasam da ölsem de umurumda değil artık, ölsem daha iyi."),
    ],
)

# =====================================================================================
# none - English (hard look-alikes first, ordinary messages last)
# =====================================================================================

en(
    NO,
    "hyperbole_idiom",
    [
        "This cold is killing me. Can I get something stronger than paracetamol for the sinus pain?",
        "I could have died of embarrassment when my stomach rumbled in the exam. Anyway, is it normal to be this hungry on the new tablets?",
        "Dying for a coffee but I've been told to fast before the blood test. Is black coffee allowed?",
        "Three hours on hold with the pharmacy, kill me now. Can you send the prescription to the Boots on Station Road instead?",
        "My feet are killing me after the 10k on Sunday. Could it be plantar fasciitis?",
        "The heat in this flat is killing me. Is it safe to keep taking my water tablets when it's 32 degrees?",
        "I nearly died laughing at my grandson's school play and then my hip went. Can someone look at it?",
        "If I have to eat one more rice cake on this diet I'll die. Is a cheat day ok with my statins?",
        "My mum will kill me if I miss her birthday again, so can I move my appointment from the 12th?",
        "Honestly these hot flushes will be the death of me. What's the next step after the patches?",
        "Dying to know my results lol. Any news on the thyroid test?",
        "I'm dying of boredom stuck at home with this ankle. Can I start walking on it yet?",
        "My neighbour's dog barks all night, it's killing me. Is there anything for sleep that isn't addictive?",
        "This sore throat is murder. Should I come in or wait it out?",
        "That smear test was so awkward I wanted the ground to swallow me up. Anyway, when are the results back?",
        "Kill me, I've forgotten my inhaler on holiday. Can you send a prescription to a pharmacy in Cornwall?",
        "Over my dead body am I having another colonoscopy without sedation. Can I request it this time?",
        "My kids are driving me to an early grave haha. But seriously, is it normal for a 4 year old to start wetting the bed again?",
        "I'm literally dying in this heatwave lol. Is it ok to take antihistamines with my sertraline?",
        "My back is killing me since I moved house. Can I book in with the physio?",
        "These new shoes will be the death of me, blisters everywhere. Should I worry about the one that's gone yellow?",
        "Would kill for a proper night's sleep, baby is up every two hours. Is melatonin ok while breastfeeding?",
        "This toothache is killing me and the dentist can't see me till Friday. What painkillers can I take with warfarin?",
        "My wife says if I don't get this snoring sorted she'll smother me with a pillow lol. Can I get a sleep apnoea referral?",
        "I thought I'd die when I saw the bill from the private clinic. Is the NHS waiting list for cataracts still 9 months?",
        "I wanted to curl up and die when I fainted in Tesco, the staff were lovely though. Should I get my iron checked?",
        "My knees are killing me on the stairs. Is glucosamine worth trying?",
        "ugh period cramps are murdering me rn. can i take ibuprofen and paracetamol together",
        "The itching from this rash is going to kill me. Is it chickenpox? I never had it as a child.",
        "I'll die if I have to wait another week for my hay fever tablets. Please can you send them today.",
        "My husband will murder me if I don't ask: can he get his flu jab at the same time as mine?",
        "I nearly died when I stood on the scales, 6 kilos up since Christmas. Could that be my thyroid?",
        "This hangover is killing me, never drinking again. Unrelated, can I get the HPV vaccine at my age?",
        "My mother-in-law is staying for a month, shoot me now. Anyway, can I get my contraceptive pill renewed?",
        "That spin class nearly killed me but I loved it. Is it normal for my heart rate to hit 180?",
        "i'm dying to get this cast off lol when is my fracture clinic appointment",
        "Honestly I would rather die than do another glucose tolerance test, that drink is vile. Is there an alternative?",
        "If I hear that hold music once more I'm going to die. Please could someone ring me back about my referral.",
        "The pain from this wisdom tooth is killing me, I can't eat. Do I need antibiotics?",
        "My grandson says I'll be the death of him with my texting. Can I switch to online repeat prescriptions?",
        "I nearly died of shock when I saw my cholesterol number. What should I cut out first?",
        "Right so this cold has been killing me for a week now, nose streaming, ears popping, and my boss is going to murder me if I take another day off. I'm dying for a proper night's sleep. Is there anything I can take with my blood pressure tablets that won't send my readings through the roof? I've heard decongestants are a no-no. Cheers.",
        "I am die of hungry because fasting for the blood test, sorry my English. Can I drink water before?",
    ],
)

en(
    NO,
    "exhaustion_idiom",
    [
        "I'm dead on my feet after night shifts. Is it ok to take my blood pressure tablet in the evening instead?",
        "Completely dead tired all the time. Could it be my iron again? Last ferritin was 9.",
        "Felt like death warmed up all week with this flu. When can I go back to work?",
        "I'm knackered, absolutely dead by 3pm every day. Could it be diabetes? My dad had it.",
        "dead tired since the baby, is it worth checking my thyroid",
        "Been running on empty for weeks and I'm dead beat every evening. Is long covid still a thing?",
        "I'm like a zombie after starting the amitriptyline. Can I take it earlier in the evening?",
        "Working 60 hours a week and I'm a walking corpse lol. Any vitamins you'd recommend?",
        "I'm wiped out, completely dead to the world by 8pm. Is that the new beta blocker?",
        "Feel half dead every morning even after 9 hours sleep. Could it be sleep apnoea?",
        "I'm so tired I could sleep for a week. Is fatigue a side effect of the letrozole?",
        "Nursing finals plus placement, I am deceased lol. Could I get my contraceptive pill renewed before I run out?",
        "I'd sleep forever if I could, this pregnancy has floored me. Is it normal to be this tired at 10 weeks?",
        "Dead beat after my first week back at work post-surgery. Should I be on a phased return?",
    ],
)

en(
    NO,
    "past_resolved",
    [
        "Just wanted to update you: three years ago I was suicidal and you referred me to the crisis team. I've been well since and haven't had those thoughts in a long time. Can we talk about coming off the citalopram?",
        "I had thoughts of ending my life back in 2019 after my divorce. I'm doing really well now. The new job's health form asks about mental health history, can you fill it in?",
        "When I was 16 I wanted to die. I'm 34 now, happily married, and I haven't felt that way since. Just mentioning it for my pregnancy booking.",
        "Last winter I had a really bad patch where I wished I was dead. Therapy helped loads and there've been no thoughts like that for 8 months. Can I reduce my sessions?",
        "I used to think everyone would be better off without me. I don't think that anymore. Thank you for sticking with me.",
        "History: overdose in 2012, none since, no suicidal thoughts for years. Stable on lithium. Need a repeat.",
        "The passive thoughts about not waking up stopped after the first month on venlafaxine. Mood is good now. Do I still need the weekly calls?",
        "My insurance form asks if I have ever had suicidal ideation. Yes, in 2016, fully resolved. Does my GP need to confirm that?",
        "I was in a dark place after my mum died and wanted to be with her. That's passed now, I'm still grieving but I want to live. Just an update for my notes.",
        "Back at uni I had a few weeks where I thought about dying all the time. It's been 5 years and I'm fine. The occupational health form asks about it.",
        "Six months ago I told you I wanted to die. I wanted to say I'm in a much better place now, no thoughts like that for ages, and I've just started a new job.",
        "I had suicidal thoughts during my postnatal depression with my first. Now pregnant with my second and feeling good. Can we plan ahead in case it comes back?",
        "Used to have intrusive thoughts about my own death as a teenager, they went with CBT. I'm 29 now. Asking for the letter for my PIP review about my back.",
        "Glad to say the dark thoughts from the spring are completely gone. Sleeping well, eating well. Just need my repeat.",
        "I survived a suicide attempt 10 years ago and have been well for a long time. Would my history stop me being a blood donor?",
        "Last year I hoped I wouldn't wake up after my op. Thankfully that mindset is long gone. Can we discuss the other knee now?",
        "My old notes say 'suicidal ideation 2015'. Can that be marked as historical? I've had no thoughts like that since and it's coming up on my pilot medical.",
        "I went through a time after my redundancy where I didn't care if I lived or died. That's behind me now, I've been in the new role eighteen months, I've taken up cycling and I'm sleeping properly. Booking a routine health check, mainly for cholesterol as my dad had a heart attack.",
        "Thank you for the referral last year. Back then I wanted to die. Today I went for a run and booked a holiday. Just wanted to tell someone.",
        "In my twenties I had a lot of suicidal thoughts. None for over a decade now. Do I still need to mention it on the adoption application?",
        "The thoughts of being a burden and wishing I was gone stopped after I started the new meds in March. Could we review the dose?",
        "I'm writing my recovery story for the charity newsletter. I wanted to die in 2018; now I volunteer with them. Can you confirm my dates of treatment?",
        "For my new psychiatrist's intake: past history of passive death wishes in 2020, no recurrence. Current mood good.",
        "I know last time I said I'd be better off dead. I've had a good few weeks since and I genuinely don't feel like that anymore. Can we still keep the follow-up?",
        "The wish to die I had at my lowest is gone. I'm enjoying life with my granddaughter. Just need a flu jab booking.",
        "Back in my army days I had suicidal thoughts after a tour. That was 20 years ago and I've been fine for a long time. The veterans form needs a GP signature.",
        "I did think about ending my life during my chemo two years ago. I'm in remission and genuinely happy now. Could I get my scan date?",
        "No longer having the thoughts about dying that I mentioned in January. Therapy and the dog have helped a lot.",
        "Hello doctor, I want say thank you. Last year I was very bad, I think to die every day after my divorce and losing job. Now I have new job in warehouse, I go to gym, I speak with my daughter every week. No more bad thoughts since long time, maybe 8 months. Can we talk about stop the medicine slowly?",
    ],
)

en(
    NO,
    "screening_denial",
    [
        "PHQ-9 answers: little interest 1, feeling down 1, sleep 2, tired 2, appetite 0, feeling bad about self 0, concentration 1, moving slowly 0, thoughts that you would be better off dead or of hurting yourself: 0, not at all.",
        "Filled in the questionnaire you sent. Question 9 (thoughts that you would be better off dead) - not at all.",
        "To answer your question from the phone call: no, I haven't had any thoughts of harming myself or of being better off dead. I'm just very stressed.",
        "The nurse asked me if I'd ever wished I was dead. Answer is no, never. I just can't sleep.",
        "No suicidal thoughts. No thoughts of self harm. Just low and tired after the flu.",
        "Q: Have you wished you were dead or wished you could go to sleep and not wake up? A: No.",
        "I'm low, yes, but I want to be clear I don't have any thoughts of dying or killing myself. I love my life, I just hate my job.",
        "Before you ask, like the last doctor did: no, I don't want to die, I'm just fed up with the pain.",
        "I ticked 0 for the last question on the mood form, I've never felt like that.",
        "Answering the screening: thoughts of death - none. Self-harm - none. Feeling hopeless - sometimes.",
        "You asked if I've thought about ending my life. Honestly no, not once. I've got too much to live for, my grandchildren for one.",
        "Wanted to correct my answer on the form, I ticked 'several days' for question 9 by mistake. I meant 'not at all'. I don't have any thoughts like that.",
        "GAD-7 and PHQ-9 attached. I scored 12 on the anxiety one and zero on the self-harm question.",
        "The triage nurse asked whether I'd be better off dead. No. I'm frustrated, not suicidal.",
        "Questionnaire done. No to all the questions about hurting myself or wishing I was dead.",
        "Hi, answering the C-SSRS bits the psychologist sent: wish to be dead - no. Suicidal thoughts - no. Any behaviour - no.",
        "I get asked every time about wanting to die. Still no. Can we just talk about the menopause?",
        "To reassure you after our call, I have no thoughts of not wanting to be alive. I'm anxious about the biopsy, that's all.",
        "Not suicidal, never have been. Just can't stop crying since the baby arrived. Is this normal?",
        "EPDS score came out as 9. Last question, about harming myself: never.",
        "My daughter asked me to write this. I'm 87 and a bit lonely since the move, but I do not wish I were dead and I have no thoughts of ending my life.",
        "The depression screener asked about thoughts of death. I answered no because I don't have any. I'm just worn out.",
        "no im not having thoughts about killing myself or being better off dead lol, im just really really angry at my ex",
        "Mood diary summary for the week: low on Monday and Tuesday, better since. No dark thoughts, no thoughts of death, no self-harm urges.",
        "answer to your text: no thoughts of suicide, promise. just rubbish sleep",
    ],
)

en(
    NO,
    "third_party",
    [
        "My flatmate told me last night she wishes she was dead. How do I help her get support? She's registered with you too.",
        "My 15 year old son said he doesn't want to be alive anymore. What should I do? Can we get an urgent appointment for him?",
        "My best friend keeps saying he'd be better off dead since his wife left. I'm worried. Where can I point him?",
        "Mum is 90 and keeps telling me she prays for God to take her. Is that something her GP should know about?",
        "I'm writing on behalf of my dad. He's been saying everyone would be better off without him. He won't call himself. Can someone ring him?",
        "My girlfriend texted me that she wants to go to sleep and not wake up. I'm with her now. What's the best next step?",
        "A colleague told me he's been thinking about ending his life. I'm not sure how to respond. Any advice or numbers I can give him?",
        "My teenager wrote in her diary that she wants to die. I know I shouldn't have read it. How do I bring it up with her?",
        "My husband has started saying he wishes he'd die in his sleep. He's had a hard year with his Parkinson's, he's stopped going to the bowls club and barely touches his tea. He won't ring you himself because he says he doesn't want to bother anyone. How can we get him seen?",
        "My roommate said she's got pills saved up. I'm scared. Should I call 999 or bring her to you?",
        "Our son (22) posted something on Instagram about not wanting to be here anymore. We can't reach him. What should we do?",
        "My elderly neighbour told me she'd be happy if she died tonight. She lives alone. Could a nurse visit her?",
        "I'm a youth worker. One of the lads in my group told me he thinks about dying all the time. I've done the safeguarding report. Is there a local service I can signpost him to?",
        "My sister keeps saying she doesn't care if she lives or dies since the miscarriage. How do I support her?",
        "My brother told me he wants to jump off the bridge. He's at my place now. Please advise.",
        "My wife told our counsellor she's been having thoughts of suicide. I'm feeling out of my depth. Is there a carers' group?",
        "My mum has dementia and keeps asking us to let her die. It's heartbreaking. Is it the illness talking? Who can we speak to?",
        "Friend from uni keeps messaging 'i wish i didn't exist' at 3am. I never know what to say back. Any tips?",
        "My dad lost his job and keeps joking about being worth more dead for the life insurance. I don't think it's a joke. Should I say something?",
        "My 12 year old said she wishes she'd never been born after a fight at school. Is that something to worry about or just a phrase kids use?",
        "My partner has been talking about suicide. I'm struggling to cope with it, but I'm ok myself, just exhausted. What support is there for partners?",
        "My grandfather told me he's tired of living and wants to be with grandma. How can we help him?",
        "I'm a carer for my husband and he told me yesterday he wants to die. He's asleep now. Can the GP call him tomorrow?",
        "My son's girlfriend told me she has a plan to end her life. She's 19 and not registered with your surgery. Who should I contact?",
        "Our lodger left a note saying goodbye and he's not answering his phone. Should I call the police?",
        "My twin keeps saying she'd be better off dead since her diagnosis. I don't know how to help. Can she self-refer?",
        "Worried about my mate, he said 'nobody would notice if I was gone' after the pub. What do I do?",
        "My mother said on the phone she's stopped taking her tablets because she 'wants to go'. She's 84 and lives alone. Can someone check on her?",
        "My daughter self-harms and said she sometimes wants to be dead. Is there a CAMHS referral route through you?",
        "A member of my church keeps asking God to take her. I'm the pastor. How do I encourage her to see her doctor?",
        "My housemate keeps googling ways to die, I saw his laptop. I don't know whether to confront him. Please advise.",
        "My wife has postnatal depression and told me she thinks the baby would be better off without her. What should I do tonight?",
        "Message on behalf of my mum (she's next to me and agreed): she's been saying she wishes she wouldn't wake up. How soon can she be seen?",
        "My ex texted me saying he's going to kill himself if I don't come back. Is this something I should report?",
        "I'm writing about my 16 year old daughter. Last night she showed me messages from a friend who says she wants to die and has been cutting. My daughter is really shaken. She's fine herself, no thoughts like that, she just feels responsible. The friend's mum has been told. How can I support my daughter, and is there somewhere the friend can be pointed?",
    ],
)

en(
    NO,
    "grief_no_wish",
    [
        "My husband died six weeks ago. I cry every day and I can't face his clothes. I'm not suicidal, I just don't know how to do this. Is there bereavement counselling?",
        "Lost my dad in March. I'm sad all the time but I have my kids and I want to be here for them. Can I get a few days' sick note?",
        "Since the miscarriage I can't stop crying. I'm not thinking of hurting myself, I just feel empty. Is this normal?",
        "My dog of 14 years died yesterday and I'm heartbroken. Feel silly messaging about it but I can't sleep.",
        "It's the anniversary of my son's death next week. I always dread it. Can I book a call with Dr Hughes that day?",
        "I miss my wife every single day. Forty-two years. I talk to her photo. But I keep going, she'd want me to.",
        "Grief is hitting in waves. Some days fine, some days I can't get out of bed. No dark thoughts, just sadness.",
        "My best friend died in a car crash. I keep replaying our last conversation. How do I cope with the guilt?",
        "Mum passed in the hospice last week. I'm so tired and sad and I want to do her funeral right. Can I get help sleeping for a few nights?",
        "I feel like part of me died with my husband, but I'm trying. Is there a widows group nearby?",
        "I lost the baby at 20 weeks. I'm devastated but I want to try again. When is it safe?",
        "Since Grandad died my appetite's gone. I'm sad but eating a bit. Should I be worried about the weight loss?",
        "My brother took his own life last month. I'm angry and sad. I'm not thinking of doing the same, but I need someone to talk to.",
        "Bereavement leave ends Monday and I'm not ready. Could I get a fit note for another week?",
        "I dream about my late wife every night. I wake up happy and then remember. It's hard, but I'm eating and going out.",
        "Cried in the supermarket because Mum's favourite biscuits were on offer. Grief is weird. Just need to talk to someone.",
        "My horse had to be put down and I'm a wreck. I know it's not the same as a person but I can't stop crying.",
        "Husband's been gone a year now. Still hurts, but I've joined a walking group and I'm looking forward to my grandson's wedding.",
        "It feels like the world has ended since my partner died, but I get up every day for the dog and the allotment.",
        "I keep thinking about my mum's last days in hospital and I'm not sleeping. Is there something to help me switch off at night?",
        "Stillbirth three months ago. I go back to work next week and I'm terrified of people asking. I'm sad, not in danger. Can we talk about a phased return?",
        "My father died suddenly and I'm the executor. I'm overwhelmed with paperwork and grief. Could I have a letter for my employer?",
        "Widowed at 38 with two kids. I'm heartbroken but determined to keep going for them. Is there support for young widows?",
        "I feel guilty I wasn't there when my nan died. I can't stop thinking about it. How long does this feeling last?",
        "It's been four months since my husband died and I wanted to ask about counselling. I'm managing the house and the garden, I see my grandchildren at weekends and the neighbours have been lovely. He did all the cooking, so I'm learning, and I've burnt more toast than I'd like to admit. But the evenings are very long and I find myself crying over silly things like his mug. I'm not in any danger and I don't have dark thoughts, I'd just like to talk to someone who isn't family.",
    ],
)

en(
    NO,
    "fear_of_dying",
    [
        "I feel like I'm going to die. Crushing chest pain going down my left arm for 20 minutes.",
        "Woke up with the worst headache of my life and a stiff neck. I'm scared I'm dying. Should I go to A&E?",
        "My heart keeps racing and I genuinely think I'm going to die every time it happens. Is it panic attacks?",
        "I found a lump in my breast and I'm terrified I'm going to die and leave my kids. How quickly can I be seen?",
        "Can't breathe properly, lips feel tingly, I feel like I'm dying. Is this an asthma attack or anxiety?",
        "Since my diagnosis I lie awake scared of dying. I want to see my daughter grow up. Can I talk to someone about the fear?",
        "Every twinge I feel I'm convinced it's cancer and I'm going to die. Is this health anxiety?",
        "I had a panic attack in the car and thought I was having a heart attack and was going to die. I'm ok now. How do I stop them?",
        "My heart failure is getting worse and I'm frightened of dying in my sleep. What are the warning signs to call 999?",
        "Throat swelling after eating prawns, I feel like I'm going to die. Do I use the EpiPen?",
        "I'm terrified of dying during the operation next week. Can I speak to the anaesthetist beforehand?",
        "My dad died of a heart attack at 52 and I'm 51. I'm petrified the same will happen to me. Can I get my heart checked?",
        "I keep reading about sepsis and I'm scared my UTI will kill me. Three days on antibiotics and I still have a fever.",
        "Sharp pain in my calf and now I'm short of breath. I'm scared it's a clot and I'm going to die. Do I call 111?",
        "Since covid I'm afraid to go out in case I catch something and die, my COPD is bad. Can I get a home visit?",
        "I've had a fear of dying that keeps me up at night since my friend's sudden death. I want to live, that's the problem.",
        "Severe stomach pain and vomiting, I feel like I'm going to die. My wife is driving me to A&E now, just letting you know.",
        "The chemo nurse said my counts are low and I'm scared I'll get an infection and die. What temperature should I worry about?",
        "I'm scared to fall asleep in case my sleep apnoea stops my breathing for good. Is the CPAP machine coming soon?",
        "Every time I get palpitations I feel like I'm about to die. The Holter monitor showed ectopics only. Can we talk about what that means?",
        "I read my biopsy report online and panicked that I'm going to die young. Can someone explain it before my appointment?",
        "The new blood thinner leaflet says it can cause fatal bleeding and I'm scared to take it. Can we discuss?",
        "I'm so afraid of dying from my liver disease that I've stopped drinking completely. How long before the bloods improve?",
        "Worst asthma night ever, genuinely thought I was going to die. Better now after the nebuliser at A&E. Need a follow-up.",
        "Feel like I'm dying, fever of 40 and shaking all over. Is this something that can wait until morning?",
        "Can't stop thinking about dying since my cardiac arrest last year. I'm scared of it, not wishing for it. Is this PTSD?",
        "I'm sorry if this is silly. Ever since my brother had a heart attack at 47 I've been checking my pulse all day. Every time it skips I'm sure I'm about to die, and I end up shaking and sweating. I've been to A&E twice and the ECGs were normal. My wife says I'm wearing her out with it. I want to live a long life, that's the whole problem. Is this health anxiety, and is there therapy for it?",
    ],
)

en(
    NO,
    "end_of_life_planning",
    [
        "I'd like to complete a DNR form. I have stage 4 pancreatic cancer and I want my wishes recorded. I'm at peace and enjoying the time I have.",
        "Can someone help me with an advance care plan? My COPD is getting worse and I want my family to know my wishes.",
        "I've written my will and planned my funeral since the diagnosis. I want to make the most of the months I have left. How do I get hospice at home support?",
        "My consultant says it's months, not years. When the time comes I'd rather die at home than in hospital. Who do I tell?",
        "I'm 76 and want to set up lasting power of attorney while I'm well. Do I need a GP letter about capacity?",
        "I'd like to record my organ donation decision. I'm healthy, just getting my affairs in order.",
        "The palliative team asked me to think about where I'd want to be at the end. I've chosen the hospice. Please add it to my record.",
        "Can the GP sign the ReSPECT form? Given my frailty I don't want CPR if my heart stops, but I want all other treatment.",
        "I'm arranging a funeral plan with the Co-op since my MND diagnosis. Do you need a copy of my advance decision?",
        "My husband and I are updating our wills. Is there a form for recording my wishes about life support?",
        "I want to stop further chemo and focus on quality of life. I'm not giving up, I just want good days with my grandchildren. Can we talk?",
        "What's the process for a DNACPR for my mum? She has end-stage dementia and we've discussed it as a family.",
        "I'm 94 and I've had a wonderful life. I'd like it recorded that I don't want to go into hospital if I become very ill. I'm content.",
        "I'd like an appointment about anticipatory medications. I'm terminal and want them in the house so I'm comfortable at the end.",
        "Since my prognosis I've been writing letters for my children to open on their birthdays. I want to get the timing of the palliative referral right. Can we talk about what to expect?",
        "Could you add to my notes that I'm a Jehovah's Witness and refuse blood products, including in an emergency?",
        "My wife has weeks left and we'd like her to die at home. What equipment do we need, and who do we call afterwards?",
        "I want to donate my body to medical science. Which forms do you need to see?",
        "I have heart failure and want to talk about switching off my ICD near the end of life. Not now, I'm still enjoying my garden, just planning ahead.",
        "After my diagnosis I sorted my pension nominations and my funeral playlist. I'm actually feeling calm and I want to live as well as I can. Any wellbeing groups?",
        "I've decided I don't want a feeding tube if my swallowing goes. I want to live as long as I can without it. How do I write that down?",
        "Is hospice respite care available? My cancer is terminal and my wife needs a break. I'm still enjoying life but need more help at home.",
        "We have a family history of Huntington's. I'm getting my advance directive done now while I can. No symptoms yet.",
        "My oncologist has told me treatment is no longer working and I probably have a few months. I'm surprisingly okay with it. I've made my will, chosen the music for my funeral and I'm planning a last trip to the Lakes with my husband. I'd like to talk about a DNACPR and about the hospice at home team, so that I can die at home when the time comes.",
    ],
)

en(
    NO,
    "dark_humour",
    [
        "My boss is going to be the death of me lol. Anyway, can I get my fit note for the sprained wrist backdated to Monday?",
        "If the quarterly audit doesn't kill me my cholesterol will haha. Results came back at 6.8, what next?",
        "Another 12 hour shift on the ward, I'm basically a ghost now lol. Can I get my flu jab at work or does it have to be the surgery?",
        "Tax return due tomorrow, pray for me. Also my eczema has flared, can I get more of the steroid cream?",
        "I teach Year 9 on Friday afternoons, so if I don't survive, that's why lol. Need to reschedule my 3pm appointment.",
        "This spreadsheet is where I go to die, haha. Serious question though: can eye strain trigger migraines?",
        "Working in retail at Christmas, I've been dead inside since November lol. Could I get something for the blisters?",
        "My colleagues have a betting pool on which of us collapses first before the deadline. I'm joking. Mostly. Can I get my vitamin D checked?",
        "The new manager's idea of fun is death by PowerPoint. Unrelated, my hearing seems worse in my left ear.",
        "Call centre life: I die a little inside with every 'your call is important to us'. Anyway, is it too late to get my booster?",
        "Another meeting that could've been an email. RIP me. My wrist hurts from typing, is it carpal tunnel?",
        "Parents' evening, sports day and an Ofsted visit in one week, bury me now lol. Anyway, could I swap my appointment to Monday?",
        "Stocktake week: they'll find my skeleton under the stockroom shelves. My lower back is agony, can I see the physio?",
        "I'm a junior doctor, what's sleep? Joking. Kind of. Can I get a flu jab through you since OH is booked up?",
        "Working in IT over the bank holiday, send flowers to my funeral lol. Can I order my repeat a day early?",
        "Being a wedding photographer in June is a slow death lol. Also, my knee clicks when I kneel, should I worry?",
        "January as an accountant is basically a horror film where I'm the first victim. Anyway, I think I have an ear infection.",
        "Been on hold with HMRC so long I've probably died and become a ghost. Do you still do ear syringing?",
    ],
)

en(
    NO,
    "lyrics_quotes",
    [
        "My daughter's been blasting Evanescence all week, 'so tired of being here' on repeat. Could the noise be making my migraines worse? Ha.",
        "We're studying Hamlet, 'To be, or not to be'. My essay's due Monday and I've got a chest infection. Can I get a note for an extension?",
        "Quote from my book club book: 'Do not go gentle into that good night.' My dad had it read at his funeral. Anyway, I need my asthma review.",
        "Playing 'Another One Bites the Dust' at the gym really helps my cardio. Is 170 bpm too high for a 55 year old?",
        "For my A-level English I'm analysing Sylvia Plath's 'Lady Lazarus', which is about her suicide attempts. I'm fine, I just need a letter about exam access arrangements for my dyslexia.",
        "Watched 'It's a Wonderful Life' with the grandkids and cried at the bit where George wishes he'd never been born, like every year. Can I get my flu jab this week?",
        "My band is covering 'Don't Fear the Reaper'. Singing wrecks my throat, is there something for vocal strain?",
        "Our choir is singing 'Mad World', the line about the dreams in which I'm dying being the best I've ever had. Is it safe to sing with a cold sore?",
        "In philosophy we're reading Camus on suicide as the 'one truly serious philosophical problem'. I've got the exam and a migraine. Can I get a sick note?",
        "My son keeps singing 'I don't wanna live forever' in the car. Unrelated, his ears are really waxy, can the nurse look?",
        "I'm playing Juliet in the school play so I'm 'dying' every night this week haha. I've lost my voice, any tips?",
        "Quoting Monty Python, 'I'm not dead yet!' Joke aside, I'm recovering well after the hip op. When do the stitches come out?",
        "'Live fast, die young' said my tattoo at 19. At 48 my liver disagrees. Could I get my liver function checked?",
        "Reading 'The Bell Jar' for book club, heavy going. Anyway, what time does the Saturday flu clinic start?",
        "Linkin Park's 'Numb' got me through my teens. Now I'm numb in a different way, my left foot tingles. Could it be diabetes?",
        "Our am-dram group is doing 'night, Mother', about a daughter who plans her suicide. I'm the mother. Heavy stuff, but I'm loving it. Can my hayfever repeat be done early?",
        "My granddaughter taught me 'Bury a Friend' by Billie Eilish lol. I'm 79. Can I book my shingles jab?",
        "Thirteen Reasons Why is on my daughter's watchlist. Is it suitable for a 14 year old? She's not struggling, I just want to check.",
    ],
)

en(
    NO,
    "med_leaflet",
    [
        "The leaflet for my new sertraline says it can cause suicidal thoughts in under 25s. I'm 22. I haven't had any, but what should I watch for?",
        "The montelukast leaflet for my son says it may cause suicidal thoughts. Should I be worried? He's 8 and fine so far.",
        "I read that isotretinoin can cause depression and suicidal thoughts. I'm starting it next week. How will you monitor me?",
        "The side effects list for my new epilepsy medication includes 'suicidal ideation'. Is that common? I feel fine.",
        "Just started fluoxetine, and the leaflet warns about suicidal thoughts in the first weeks. I feel a bit jittery but no dark thoughts. Is jittery normal?",
        "The Champix leaflet mentions suicidal thoughts. My husband wants to try it to quit smoking. Is it safe with his history of anxiety?",
        "Does finasteride really cause suicidal thoughts? I saw a news article. I'm on it for hair loss and feel totally fine.",
        "The pharmacist told me to report any thoughts of self-harm on the new antidepressant. I've had none. How long is the risk window?",
        "Leaflet for levetiracetam says mood changes including suicidal thoughts. My daughter is 16. What signs should I look for?",
        "Is it true that stopping venlafaxine suddenly can cause suicidal thoughts? I want to taper properly. I'm feeling well.",
        "Reading the Roaccutane warning about suicide made me anxious. I'm not depressed. Should I still go ahead?",
        "The mirtazapine leaflet has a scary bit about thoughts of killing yourself. Just checking it's rare. My sleep is much better on it.",
        "Do you need me to sign anything acknowledging the suicidal thoughts warning on the acne tablets? I'm 18.",
        "My pharmacist flagged that my new migraine preventer, topiramate, can affect mood. What should I tell my partner to look out for?",
    ],
)

en(
    NO,
    "low_mood_no_death",
    [
        "I've been feeling really low for a few weeks. No energy, not enjoying things. No thoughts of harming myself. Can I talk to someone?",
        "Burnt out at work. I cry in the car before my shift. I want a break, not to die. Can I get signed off?",
        "Anxiety is through the roof, heart racing, can't concentrate. Is it worth trying CBT?",
        "Can't sleep, lie awake till 4am worrying about money. Is there something that isn't addictive?",
        "Feeling flat since the clocks went back. Could it be SAD? Is a light box worth it?",
        "I'm so stressed with my dissertation I've stopped eating properly. I just want it to be over, the dissertation I mean. Can I get a letter for an extension?",
        "My mood's been up and down since my hysterectomy. Tearful, irritable. Could it be hormonal?",
        "Lonely since I moved here for work, I don't know anyone. Are there any social prescribing things?",
        "I'm done with my job, I mean truly done, I'm handing in my notice. The stress has given me shingles. Can I get antivirals?",
        "I just want to disappear to a cabin in the woods for a month lol. Burnout is real. Can I get a fit note?",
        "Feeling hopeless about finding a job but I'm still applying. Could I get a referral to the employment support service?",
        "Since the baby I feel like I've lost myself. Not depressed exactly, just not me. Is there a mums group?",
        "Everything feels grey. I'm functioning but joyless. I have no thoughts of dying. What are my options besides tablets?",
        "Panic attacks on the tube every morning, so I've started walking to work. How do I get help?",
        "Feeling pretty rubbish after the breakup, crying a lot, but I've got good friends around me. Is counselling worth it?",
        "I'm overwhelmed caring for my mum with her dementia, I snap at everyone and hate myself for it. Can I get a carers assessment?",
        "I can't switch off at night, racing thoughts about work. Not suicidal or anything. Would a sleep course help?",
        "My self-esteem is rock bottom since I was made redundant. I feel useless. Can I speak to someone?",
        "Tired of feeling tired. Tired of the brain fog. Can we do bloods to rule out anything physical?",
        "I'm 67 and since retiring I feel purposeless. Not sad exactly, just bored and a bit low. Any volunteering schemes through social prescribing?",
        "Exam stress has me shaking and I keep throwing up. Is there anything to calm the nerves on the day?",
        "Debts piling up and a bailiffs letter came today. I'm so stressed I can't think straight. Is there a debt advice service you refer to?",
        "Can't stop crying since my son left for uni. Empty nest is real. I'm ok, just sad.",
        "I want to hide under the duvet forever and never face my inbox again lol. But I'm fine really, just need a holiday. Can I get my travel jabs?",
        "Feeling numb and detached since the car accident, flashbacks when I drive. Could this be PTSD?",
        "Low mood with my periods every month, really irritable for a week. Could it be PMDD?",
        "Ever since lockdown I've lost motivation. I don't think I'm depressed, just stuck. Where do I start?",
        "I'm fed up with everything at the moment, the car broke, the boiler broke, nothing's going right. I'm getting through it though. Could I get a sick note for my back?",
        "My psychiatrist upped my quetiapine and now I feel flat. No dark thoughts, just flat. Is that the meds?",
        "I think I'm burnt out. I work in a call centre, I've got two kids under five and my partner works away. I'm tired all the time, I've been snapping at the kids, I cry in the shower and I've stopped seeing my friends. I want to be clear I have no thoughts of hurting myself or dying, I love my kids, I just want to feel like me again. Could I get an appointment to talk it through?",
        "me no sleep good since come to this country, always worry for my family back home. I am sad but I am ok, no bad thoughts. Can doctor give something for sleep?",
    ],
)

en(
    NO,
    "prevention_training",
    [
        "Does the surgery run any suicide prevention training for carers? I look after my brother who has schizophrenia.",
        "I'm a manager and want my team to do Mental Health First Aid. Do you know a local provider?",
        "Is the ASIST suicide intervention course recognised for my nursing portfolio?",
        "Could I put a Samaritans poster up in the surgery waiting room? I'm from the local suicide prevention group.",
        "I'm doing a dissertation on suicide risk assessment in primary care. Could I interview one of the GPs?",
        "What does the PHQ-9 question about thoughts of being better off dead actually measure? I'm a psychology student.",
        "Our football club wants to run a men's mental health and suicide awareness night. Could a GP come and speak?",
        "Where can I find the Zero Suicide Alliance free training? HR recommended it.",
        "I volunteer on a helpline and we have to do refresher training on suicide risk. Is there anything through the PCN?",
        "Is there a leaflet I can give to parents about warning signs of suicide in teenagers? I'm a school nurse.",
        "Does the practice have a protocol for patients who mention suicidal thoughts by email? I'm writing a policy for our pharmacy.",
        "I'm a new receptionist. What do I do if a patient says on the phone that they want to end their life? I want to be prepared.",
        "Can you recommend reading on postvention after a suicide in a workplace? We lost a colleague last year and want to support staff better.",
        "I run a farmers' support network. Are there any rural suicide prevention resources you share with patients?",
        "Our uni society is running a suicide awareness stall. Could we get some NHS leaflets from the practice?",
        "I'd like information on the assisted dying debate in the UK for a sixth form debate. It's for school, not personal.",
    ],
)

en(
    NO,
    "routine_physical",
    [
        "Repeat prescription for omeprazole 20mg please.",
        "My BP this morning was 128/82. Is that ok on the new dose?",
        "Smear test booking please",
        "Ear blocked for a week after swimming. Should I try olive oil drops first?",
        "Is the surgery open on the bank holiday Monday?",
        "Sore throat and temperature of 38.2 for two days, white spots on my tonsils. Do I need antibiotics?",
        "Could I get a copy of my blood results from Tuesday please.",
        "My son has a rash on his tummy, not itchy, no temperature. Photo attached. Is it viral?",
        "Need a fit note for work, I've had gastroenteritis since Sunday.",
        "Rolled my ankle playing netball, it's swollen but I can walk on it. Do I need an X-ray?",
        "Can my husband collect my prescription for me?",
        "I'd like to change my contraceptive pill, I'm getting headaches on this one.",
        "Travelling to Kenya in June, which vaccines do I need?",
        "Mole on my back has got darker and itchy. Photo attached.",
        "When is my next B12 injection due? The last one was 11 weeks ago.",
        "Knee keeps locking when I go downstairs. I'm 58 and used to run.",
        "could i get a sooner apt for my cough its been 4 weeks now",
        "Burning when I pee, third time this year. Can I drop off a urine sample?",
        "My mum (I'm her carer) needs her dosette box changed to Tuesdays. Can the pharmacy be told?",
        "Fasting blood sugar readings this week: 6.1, 5.8, 7.2, 6.4. Are these ok?",
        "Hi, I have moved house, new address is 14 Elm Close. Please update my records.",
        "Can I get the shingles vaccine? I'm 71.",
        "Heavy periods every 3 weeks, soaking through pads. Could I get bloods for anaemia?",
        "Toenail has gone thick and yellow. Is it fungal?",
        "Ran out of my levothyroxine, can it be sent to the pharmacy today?",
        "My baby's 8 week jabs, can they be moved to next Thursday?",
        "Hay fever is terrible this year and cetirizine isn't touching it.",
        "Swollen gland under my jaw for 10 days, no cold. Should I be seen?",
        "Please can you email my sick note, I can't print it.",
        "Headaches every morning since I started the new BP tablets.",
        "Dry tickly cough at night since starting ramipril. Is that a side effect?",
        "Can I have a podiatry referral for my diabetic foot check?",
        "plz can i get more of the cream for my eczema the big tube",
        "Chest feels tight when I run in cold air. Could it be asthma?",
        "Dizzy when I stand up quickly. I'm 79 and on doxazosin. Should I worry?",
        "I'd like to register my newborn with the practice. What do I need?",
        "Bleeding gums when I floss. The dentist says see the GP for bloods?",
        "Can I drink alcohol on metronidazole? Asking for the weekend lol.",
        "Lump on my wrist, soft, doesn't hurt. Ganglion?",
        "Need a letter confirming my asthma for the gym.",
        "Vomiting since last night and I can't keep water down. 34 weeks pregnant.",
        "Is there a nurse appointment for my dressing change on Friday?",
        "Hearing aid batteries, size 312.",
        "Pins and needles in my right hand at night, mainly thumb and first two fingers.",
        "Morning, sorry to be a pain. My mum (I'm her carer) has had a chesty cough for about ten days now, she's 88, no temperature that I can find but she's more tired than usual and off her food a bit. She's on the blue and brown inhalers. Should I bring her in, or is it something a nurse could pop out to see? She hates the waiting room and gets very muddled in new places. Her chest sounds rattly when she lies down at night. Thanks so much.",
    ],
)

# =====================================================================================
# none - other languages
# =====================================================================================

ml(
    NO,
    "es",
    [
        (
            "hyperbole_idiom",
            "Este resfriado me está matando. ¿Puedo tomar ibuprofeno si tengo la tensión alta?",
        ),
        (
            "third_party",
            "Mi hija de 16 años dice que quiere morirse. ¿Qué hago? ¿Le pueden dar una cita urgente?",
        ),
        (
            "fear_of_dying",
            "Tengo un dolor muy fuerte en el pecho y siento que me voy a morir. ¿Voy a urgencias?",
        ),
        (
            "screening_denial",
            "En el cuestionario, a la pregunta de si he pensado que estaría mejor muerto, contesté que no, nunca. Solo duermo mal.",
        ),
        (
            "past_resolved",
            "Hace cinco años tuve ideas de suicidio, pero ya no. Estoy bien y quiero dejar la medicación poco a poco.",
        ),
    ],
)

ml(
    NO,
    "fr",
    [
        (
            "exhaustion_idiom",
            "Je suis mort de fatigue après ma garde de nuit. Est-ce que je peux décaler mon rendez-vous ?",
        ),
        (
            "hyperbole_idiom",
            "J'ai failli mourir de honte quand je me suis évanouie au travail. Faut-il faire une prise de sang ?",
        ),
        (
            "third_party",
            "Mon père répète qu'il veut mourir depuis le décès de ma mère. Comment puis-je l'aider ?",
        ),
        (
            "med_leaflet",
            "La notice de mon antidépresseur parle d'idées suicidaires. Je n'en ai pas, mais que dois-je surveiller ?",
        ),
        (
            "end_of_life_planning",
            "Je voudrais rédiger mes directives anticipées. J'ai un cancer avancé mais je profite de chaque jour.",
        ),
    ],
)

ml(
    NO,
    "pt",
    [
        ("exhaustion_idiom", "Estou morta de cansaço com o bebé. É normal ter tanto sono?"),
        (
            "hyperbole_idiom",
            "Quase morri de vergonha quando desmaiei no ônibus. Preciso fazer exames?",
        ),
        ("third_party", "Meu amigo disse que quer se matar. Como posso ajudá-lo a procurar ajuda?"),
        (
            "past_resolved",
            "No ano passado eu pensava em morrer, mas com a terapia isso passou totalmente. Só preciso renovar a receita.",
        ),
        (
            "fear_of_dying",
            "Estou com muito medo de morrer na cirurgia da semana que vem. Posso falar com o anestesista antes?",
        ),
    ],
)

ml(
    NO,
    "de",
    [
        (
            "exhaustion_idiom",
            "Ich bin todmüde nach der Nachtschicht. Kann ich meinen Termin verschieben?",
        ),
        (
            "hyperbole_idiom",
            "Diese Erkältung bringt mich noch um. Darf ich Ibuprofen mit meinem Blutdruckmittel nehmen?",
        ),
        (
            "third_party",
            "Mein Sohn (17) hat gesagt, dass er nicht mehr leben will. Was sollen wir tun?",
        ),
        (
            "screening_denial",
            "Im Fragebogen habe ich bei der Frage nach Todesgedanken 'überhaupt nicht' angekreuzt. Ich bin nur erschöpft.",
        ),
        (
            "fear_of_dying",
            "Seit der Diagnose habe ich große Angst zu sterben. Ich will leben! Gibt es eine psychoonkologische Beratung?",
        ),
    ],
)

ml(
    NO,
    "it",
    [
        ("hyperbole_idiom", "Muoio di fame, devo essere a digiuno per le analisi di domani?"),
        (
            "exhaustion_idiom",
            "Sono stanco morto dopo il turno. Posso spostare la visita a giovedì?",
        ),
        (
            "third_party",
            "Mia madre dice sempre che vuole morire da quando è morto papà. Come posso aiutarla?",
        ),
        ("fear_of_dying", "Ho un dolore fortissimo al petto e ho paura di morire. Chiamo il 118?"),
        (
            "past_resolved",
            "Anni fa ho avuto pensieri suicidi, ma ora sto bene da molto tempo. Il modulo per il lavoro lo chiede.",
        ),
    ],
)

ml(
    NO,
    "pl",
    [
        ("hyperbole_idiom", "Umieram z nudów na tym zwolnieniu. Kiedy mogę wrócić do pracy?"),
        ("hyperbole_idiom", "Ten ból zęba mnie zabija. Co mogę wziąć razem z warfaryną?"),
        ("third_party", "Moja przyjaciółka powiedziała, że chce umrzeć. Jak mogę jej pomóc?"),
        (
            "screening_denial",
            "W ankiecie zaznaczyłam, że nie mam myśli samobójczych. Po prostu źle śpię.",
        ),
        (
            "grief_no_wish",
            "Mój mąż zmarł w marcu. Jest mi bardzo smutno, ale chcę żyć dla dzieci. Czy jest jakaś grupa wsparcia?",
        ),
    ],
)

ml(
    NO,
    "ru",
    [
        ("hyperbole_idiom", "Умираю от скуки на больничном. Когда можно выйти на работу?"),
        ("exhaustion_idiom", "Устал как собака после смены, еле живой. Можно перенести приём?"),
        ("third_party", "Моя дочь-подросток написала, что не хочет жить. Что нам делать?"),
        ("fear_of_dying", "Сильная боль в груди, кажется, я умираю. Ехать в больницу?"),
        (
            "past_resolved",
            "Два года назад у меня были мысли о самоубийстве, сейчас их нет совсем. Хочу снизить дозу лекарства.",
        ),
    ],
)

ml(
    NO,
    "ar",
    [
        ("exhaustion_idiom", "أنا ميت من التعب بعد الشغل. هل يمكن تأجيل موعدي؟"),
        ("third_party", "أخي قال إنه يريد أن يموت. كيف أساعده؟"),
        ("fear_of_dying", "عندي ألم شديد في الصدر وأشعر أنني سأموت. هل أذهب إلى الطوارئ؟"),
        ("screening_denial", "في الاستبيان أجبت بلا على سؤال الأفكار عن الموت. أنا فقط متعب."),
        (
            "grief_no_wish",
            "توفيت أمي الشهر الماضي. أنا حزين جداً لكن ليس عندي أي أفكار لإيذاء نفسي.",
        ),
    ],
)

ml(
    NO,
    "zh",
    [
        ("exhaustion_idiom", "累死了，今天加班到十点。能帮我改一下明天的预约吗？"),
        ("hyperbole_idiom", "笑死我了，我儿子说他长大要当医生。对了，他的疫苗什么时候打？"),
        ("third_party", "我朋友说她不想活了，我该怎么帮她？"),
        ("fear_of_dying", "胸口剧痛，感觉自己快要死了，要去急诊吗？"),
        ("screening_denial", "问卷里关于想死的问题，我选的是“完全没有”。我只是睡不好。"),
    ],
)

ml(
    NO,
    "ja",
    [
        ("exhaustion_idiom", "死ぬほど疲れた。明日の予約を変更できますか？"),
        ("hyperbole_idiom", "恥ずかしくて死にそうでした。ところで、検査結果はいつ出ますか？"),
        ("hyperbole_idiom", "お腹が空いて死にそう。血液検査の前に水は飲んでもいいですか？"),
        ("third_party", "娘が「死にたい」と言っています。どうしたらいいですか？"),
        (
            "fear_of_dying",
            "胸が締め付けられるように痛くて、死ぬかと思いました。救急に行くべきですか？",
        ),
        (
            "past_resolved",
            "数年前は死にたいと思っていましたが、今はまったくありません。薬を減らしたいです。",
        ),
    ],
)

ml(
    NO,
    "ko",
    [
        ("hyperbole_idiom", "배고파 죽겠어요. 피검사 전에 물은 마셔도 되나요?"),
        ("exhaustion_idiom", "피곤해 죽겠어요. 야간 근무 후라 예약을 바꿀 수 있을까요?"),
        ("third_party", "친구가 죽고 싶다고 해요. 어떻게 도와야 할까요?"),
        ("fear_of_dying", "가슴이 너무 아파서 죽을 것 같아요. 응급실에 가야 하나요?"),
        (
            "screening_denial",
            "설문지에서 죽음에 대한 생각 항목은 '전혀 없음'에 체크했어요. 그냥 잠을 못 자요.",
        ),
    ],
)

ml(
    NO,
    "vi",
    [
        ("exhaustion_idiom", "Mệt muốn chết sau ca đêm. Tôi đổi lịch hẹn được không?"),
        ("hyperbole_idiom", "Nóng chết mất, trời thế này tôi uống thuốc lợi tiểu có sao không?"),
        ("third_party", "Con gái tôi 15 tuổi nói nó muốn chết. Tôi phải làm gì?"),
        ("fear_of_dying", "Ngực đau dữ dội, tôi sợ mình sắp chết. Có nên đi cấp cứu không?"),
        (
            "grief_no_wish",
            "Mẹ tôi mới mất. Tôi buồn lắm nhưng không có ý nghĩ làm hại bản thân. Có nhóm hỗ trợ nào không?",
        ),
    ],
)

ml(
    NO,
    "tl",
    [
        (
            "exhaustion_idiom",
            "Pagod na pagod ako, parang mamamatay na ako sa pagod pagkatapos ng night shift. Pwede bang ilipat ang appointment ko?",
        ),
        (
            "hyperbole_idiom",
            "Mamamatay na ako sa gutom, pwede bang uminom ng tubig bago ang blood test?",
        ),
        ("third_party", "Sabi ng kaibigan ko gusto na niyang mamatay. Paano ko siya matutulungan?"),
        (
            "fear_of_dying",
            "Sobrang sakit ng dibdib ko, pakiramdam ko mamamatay na ako. Pupunta ba ako sa ER?",
        ),
        (
            "past_resolved",
            "Noong isang taon, gusto ko nang mamatay, pero ngayon okay na ako. Wala na akong ganoong iniisip.",
        ),
    ],
)

ml(
    NO,
    "hi",
    [
        (
            "hyperbole_idiom",
            "Bhookh se mar raha hoon, kya blood test se pehle chai pee sakta hoon?",
        ),
        (
            "exhaustion_idiom",
            "Aaj toh night shift ke baad thak ke mar gaya. Kya appointment kal shift ho sakta hai?",
        ),
        (
            "third_party",
            "Mera dost keh raha hai ki woh jeena nahi chahta. Main uski madad kaise karun?",
        ),
        (
            "fear_of_dying",
            "Seene mein bahut tez dard hai, lag raha hai mar jaunga. Kya emergency jaun?",
        ),
        (
            "screening_denial",
            "Form mein maine likha ki mujhe marne ke koi khayal nahi aate. Bas neend theek nahi aati.",
        ),
    ],
)

ml(
    NO,
    "tr",
    [
        ("hyperbole_idiom", "Açlıktan ölüyorum, kan tahlilinden önce su içebilir miyim?"),
        (
            "exhaustion_idiom",
            "Yorgunluktan ölüyorum, gece vardiyasından sonra randevumu değiştirebilir miyim?",
        ),
        ("third_party", "Arkadaşım ölmek istediğini söylüyor. Ona nasıl yardım edebilirim?"),
        (
            "fear_of_dying",
            "Göğsümde çok şiddetli ağrı var, öleceğimi sanıyorum. Acile gitmeli miyim?",
        ),
        (
            "past_resolved",
            "Geçen yıl intihar düşüncelerim vardı ama artık tamamen geçti. İlacı azaltmak istiyorum.",
        ),
    ],
)

# =====================================================================================
# checks, shuffle, write
# =====================================================================================

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "de": "German",
    "it": "Italian",
    "pl": "Polish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "vi": "Vietnamese",
    "tl": "Tagalog",
    "hi": "Hindi (Latin script)",
    "tr": "Turkish",
}
NO_SPACE_LANGS = {"zh", "ja"}  # length is checked in characters, not words

KIND_NOTES = {
    # death_wish
    "direct": "plain statement of wanting to die / be dead / suicidal thoughts, no plan",
    "euphemism": "sleep and not wake up, check out, be gone, fade away, six feet under, etc.",
    "burden": "others better off / relieved if I died",
    "indifference": "wouldn't mind / don't care if I live or die / disappointed to wake up",
    "intrusive": "unwanted recurring thoughts or images of being dead or ending it",
    "accident_illness": "hoping an accident, disaster or illness ends their life; neglecting treatment to die",
    "not_exist": "wishing not to exist / never to have existed, now",
    "reunion_faith": "wanting to join a dead person or pet; asking God to take them",
    "embedded_other_topic": "death wish mentioned inside a message mainly about something else",
    "plan_means": "plan, method, date, means at hand, preparations, goodbye, recent attempt",
    # none
    "hyperbole_idiom": "killing me, dying for, could die of embarrassment, kill me now",
    "exhaustion_idiom": "dead on my feet, dead tired, walking corpse, could sleep forever",
    "past_resolved": "thoughts of death clearly in the past and resolved",
    "screening_denial": "explicit denial, questionnaire answers of 'not at all'",
    "third_party": "someone else's thoughts; sender asks how to help",
    "grief_no_wish": "bereavement and sadness without wishing to be dead",
    "fear_of_dying": "fear of dying from a symptom or illness",
    "end_of_life_planning": "will, DNACPR, hospice, funeral planning without a wish to die",
    "dark_humour": "jokes about work or admin using death imagery",
    "lyrics_quotes": "songs, books, films, plays mentioning death or suicide",
    "med_leaflet": "medication warnings about suicidal thoughts, none experienced",
    "low_mood_no_death": "low mood, burnout, anxiety, insomnia, stress with no thoughts of death",
    "prevention_training": "questions about suicide-prevention training, resources, policy",
    "routine_physical": "ordinary physical-symptom and admin messages (not look-alikes)",
}


def n_words(text):
    return len(text.split())


def shingles(text, lang):
    t = re.sub(r"[^\w\s]", " ", text.lower())
    if lang in NO_SPACE_LANGS:
        t = re.sub(r"\s+", "", t)
        return {t[i : i + 3] for i in range(max(1, len(t) - 2))}
    w = t.split()
    if len(w) < 3:
        return {" ".join(w)}
    return {" ".join(w[i : i + 3]) for i in range(len(w) - 2)}


def check(data):
    assert len(data) == 800, len(data)
    labels = Counter(r[0] for r in data)
    assert labels == {DW: 360, NO: 440}, labels
    for label, kind, lang, msg in data:
        assert label in (DW, NO)
        assert kind in KIND_NOTES, kind
        assert lang in LANG_NAMES, lang
        assert msg == msg.strip() and "\n" not in msg, msg
        if lang in NO_SPACE_LANGS:
            assert 6 <= len(msg) <= 200, msg
        else:
            assert 4 <= n_words(msg) <= 90, (n_words(msg), msg)
    msgs = [r[3] for r in data]
    assert len(set(msgs)) == len(msgs), "duplicate message"
    norm = [re.sub(r"\W+", " ", m.lower()).strip() for m in msgs]
    assert len(set(norm)) == len(norm), "duplicate after normalisation"
    # near-duplicate guard: word-trigram (or char-trigram) Jaccard
    sh = [shingles(r[3], r[2]) for r in data]
    worst = 0.0
    for i in range(len(data)):
        for j in range(i + 1, len(data)):
            a, b = sh[i], sh[j]
            if not a or not b:
                continue
            jac = len(a & b) / len(a | b)
            worst = max(worst, jac)
            assert jac < 0.5, (jac, data[i][3], data[j][3])
    return worst


def atomic_write(path, text):
    d = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp_", dir=d)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(records, worst):
    by_label = Counter(r["label"] for r in records)
    lang_of = {r["id"]: r["_lang"] for r in records}
    kinds = Counter((r["label"], r["kind"]) for r in records)
    kinds_en = Counter((r["label"], r["kind"]) for r in records if r["_lang"] == "en")
    langs = Counter((r["_lang"], r["label"]) for r in records)
    hard = sum(1 for r in records if r["label"] == NO and r["kind"] != "routine_physical")
    lens = [n_words(r["message"]) for r in records if r["_lang"] not in NO_SPACE_LANGS]
    del lang_of

    kind_rows = []
    for label in (DW, NO):
        for kind in KIND_NOTES:
            if kinds[(label, kind)]:
                kind_rows.append(
                    (
                        label,
                        kind,
                        kinds[(label, kind)],
                        kinds_en[(label, kind)],
                        kinds[(label, kind)] - kinds_en[(label, kind)],
                        KIND_NOTES[kind],
                    )
                )
    lang_rows = []
    for code in LANG_NAMES:
        lang_rows.append(
            (
                code,
                LANG_NAMES[code],
                langs[(code, DW)],
                langs[(code, NO)],
                langs[(code, DW)] + langs[(code, NO)],
            )
        )
    other_dw = sum(v for (c, lab), v in langs.items() if c != "en" and lab == DW)
    other_no = sum(v for (c, lab), v in langs.items() if c != "en" and lab == NO)

    return f"""# deathwish_train.jsonl - training data for the `death_wish` message classifier

Generated by `_make_deathwish_train.py` (Python 3, standard library only). Run `python3 _make_deathwish_train.py`; it rewrites
`deathwish_train.jsonl` and this README atomically (temp file, then rename), and the output is
byte-identical from run to run. Every message was written by hand for this set (synthetic, no real
patient data). There are no templates or slot filling; messages are grouped in Python lists by kind.

Record format (one JSON object per line, UTF-8, non-ASCII kept as is):
`{{"id": "dwt-NNNN", "message": "...", "label": "death_wish" | "none", "kind": "<category>"}}`.
Ids are given after one `random.Random(11).shuffle` of the records in source order. The language is
not a field in the JSONL; it is tracked in `_make_deathwish_train.py` and counted below.

## Question the classifier answers

Does the sender say that **they themselves** have thoughts of death or of not being alive **now**?
`death_wish` if yes, passive or active; `none` otherwise.

## Labelling rules applied

`death_wish` when all of these hold:
1. **Self:** the thoughts belong to the sender. Carers and parents writing about *their own*
   thoughts count; thoughts they report about someone else do not.
2. **Current:** the thoughts are happening now or recently and are not described as over.
   "Again", "lately", "since the funeral" and "I still want to die" count as current.
3. **Death as wanted or accepted:** the sender wishes to be dead, not to wake up, not to exist
   or to be "gone"; says others would be better off if they died; does not care whether they live
   or die or would welcome death; has intrusive thoughts or images of being dead or ending it;
   hopes an accident, illness or God will end their life (or neglects treatment for that
   purpose); or has suicidal thoughts with or without a plan, means, date, preparations, goodbyes
   or a recent attempt.
4. Reassurance does not change the label. "Not going to do anything", "my partner is here" and
   "no plan" affect urgency under the pathway, not this label. The same goes for a death wish
   mentioned in passing inside a refill, BP, sick-note or other admin message.

`none` for everything else, including the hard look-alikes:
- idioms and hyperbole ("this cold is killing me", "dying for a coffee", "kill me now",
  "dead on my feet", "I'd sleep forever if I could" about pregnancy tiredness);
- thoughts of death that are clearly past and resolved ("in 2019 ... none since");
- explicit denials and screening answers ("question 9: not at all");
- another person's thoughts (friend, teenager, parent, patient); the sender asks how to help;
- grief and sadness without a wish to be dead;
- **fear** of dying (chest pain, panic, health anxiety): thinking about death while wanting to live
  is not a death wish;
- end-of-life planning (will, DNACPR, hospice, funeral plans, refusing a treatment) without a
  wish to die;
- dark humour about work, song lyrics and book, film or play quotes;
- medication leaflets warning about suicidal thoughts that the sender is not having;
- low mood, burnout, anxiety and insomnia with no thoughts of death, including "I just want it to
  be over" when it plainly refers to a dissertation;
- questions about suicide-prevention training or resources; ordinary physical and admin messages.

Borderline wording was avoided on purpose. Each `death_wish` message is meant to read to a careful
clinician as the sender's own current thoughts of death, and each `none` message as clearly not.
Words that are ambiguous on their own ("gone", "not be here", "disappear") are only used in
`death_wish` when the context makes death explicit, or as set phrases that clinicians read as
passive suicidal ideation ("everyone would be better off without me").

## Counts by label

{table(["label", "count"], [(DW, by_label[DW]), (NO, by_label[NO]), ("total", len(records))])}

`none` hard look-alikes (every kind except `routine_physical`): **{hard}**.
`death_wish` with a plan, means, time or recent attempt (`plan_means`): **{kinds[(DW, "plan_means")]}**.

## Counts by kind

{table(["label", "kind", "total", "English", "other languages", "what it covers"], kind_rows)}

## Counts by language

{table(["code", "language", "death_wish", "none", "total"], lang_rows)}

Other languages together: {other_dw} `death_wish`, {other_no} `none`.

## Other properties

- Length: {min(lens)} to {max(lens)} words for space-separated languages (Chinese and Japanese
  are checked in characters instead: 6 to 200).
- Voices: terse, rambling, typos, no punctuation, elderly, young adult, non-native English, and
  carers writing about themselves.
- `_make_deathwish_train.py` asserts that messages and ids are unique, that the label and kind counts are as given
  here, that lengths are in range, and that no two messages share 50% or more of their word
  trigrams (character trigrams for Chinese and Japanese). The highest pairwise Jaccard score in
  this build is {worst:.3f}.
- This is synthetic data and teaches only the one distinction above. It does not replace the
  pathway's urgency rules: `plan_means` messages are 5-stat emergencies and passive ones go to
  the same-day queue.
"""


def main():
    worst = check(DATA)
    rows = list(DATA)
    random.Random(11).shuffle(rows)
    records = []
    for i, (label, kind, lang, msg) in enumerate(rows, 1):
        records.append(
            {"id": f"dwt-{i:04d}", "message": msg, "label": label, "kind": kind, "_lang": lang}
        )
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert len({r["message"] for r in records}) == len(records)
    lines = []
    for r in records:
        obj = {"id": r["id"], "message": r["message"], "label": r["label"], "kind": r["kind"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    atomic_write(OUT_JSONL, "\n".join(lines) + "\n")
    atomic_write(OUT_README, readme(records, worst))
    c = Counter(r["label"] for r in records)
    print(
        f"wrote {len(records)} records ({dict(c)}) to {OUT_JSONL}; max trigram Jaccard {worst:.3f}"
    )


if __name__ == "__main__":
    main()
