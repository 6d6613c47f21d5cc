"""Make and check `rerank_more.jsonl`: more hand-written messages -> the corpus passages answering them.

Training data for the reranker (about 5 per pathway); quotes are copied from the corpus by sentence key.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pipelines.triage.corpus import load_corpus
from pipelines.triage.dev.retrieval_make_holdout import build, check_file, write_jsonl

OUT = Path(__file__).resolve().parent / "rerank_more.jsonl"
# shorter passages than the held-out set allows, as in rerank_chunks.jsonl (5-20 words)
MIN_WORDS = 5


def main(argv: list[str]) -> int:
    corpus = load_corpus()
    rows, problems = build(ITEMS, "rm-", corpus, MIN_WORDS)
    if problems or argv[:1] == ["--check"]:
        print("\n".join(problems))
        print(f"{len(rows)} items, {len(problems)} problems")
        return 1 if problems else 0
    write_jsonl(rows, OUT)
    problems = check_file(OUT, corpus, MIN_WORDS)
    print("\n".join(problems))
    print(f"wrote {len(rows)} items to {OUT.name}; re-read problems: {len(problems)}")
    return 1 if problems else 0


# Hand-written training messages (fictional), grouped by the pathway they belong to, and the
# sentence keys (see retrieval_make_holdout.quote_for) of the passages that answer them.
ITEMS: list[tuple[str, list[str]]] = [
    # acute-confusion-elderly
    (
        "my grandma has been really quiet and sleepy the last two days, barely talking, staring at the telly. the carers say she's just tired but this isn't her at all",
        ["acute-confusion-elderly:OV2"],
    ),
    (
        "Dad (86) suddenly doesn't know where he is since last night. Temp is only 37.3 so the home says it can't be an infection. Is that true for old people?",
        ["acute-confusion-elderly:OV7"],
    ),
    (
        "Mother in law very confused tonight and now she fell and hit her head, she is on apixaban. Do we wait for the GP tomorrow?",
        ["acute-confusion-elderly:ES2"],
    ),
    (
        "Mum's mind has been going slowly for about a year, forgetting names and appointments, nothing sudden. Who do I book with to get her memory checked?",
        ["acute-confusion-elderly:CC5"],
    ),
    (
        "auntie is muddled and agitated this evening, can i give her one of her sleeping tablets to settle her until the doctor comes tomorrow",
        ["acute-confusion-elderly:SC6", "acute-confusion-elderly:SC1"],
    ),
    # allergic-conjunctivitis
    (
        "red itchy eyes every june, can I just keep using the visine type get-the-red-out drops? been using them about a week",
        ["allergic-conjunctivitis:SC6"],
    ),
    (
        "Both eyes itchy and watery with the pollen but I wear contacts for work. When can I put them back in after the drops?",
        ["allergic-conjunctivitis:SC8"],
    ),
    (
        "hay fever eyes all spring but this morning one eye really hurts and the light is too bright to bear. still allergies?",
        ["allergic-conjunctivitis:RF1"],
    ),
    (
        "been using the ketotifen drops for 3 weeks and my eyes are still itchy and streaming, can barely drive to work. what next",
        ["allergic-conjunctivitis:CC1"],
    ),
    (
        "my daughter's eyes get itchy and puffy whenever she plays with the neighbours' rabbit, how long does it last after she's been near it?",
        ["allergic-conjunctivitis:OV6"],
    ),
    # allergic-rhinitis-seasonal
    (
        "Hayfever every year, grass pollen season is a nightmare. When's the best time to start the nasal spray, before or once it kicks off?",
        ["allergic-rhinitis-seasonal:SC1"],
    ),
    (
        "my asthma goes wonky in hay fever season, coughing at night and tight chest. do I just up the antihistamine?",
        ["allergic-rhinitis-seasonal:RF1"],
    ),
    (
        "Been using Afrin decongestant spray every day for 2 weeks and now my nose is permanently blocked, worse than before. Help",
        ["allergic-rhinitis-seasonal:CC2"],
    ),
    (
        "is hayfever or a cold? sneezing and itchy nose but no temperature and no aches at all",
        ["allergic-rhinitis-seasonal:OV4"],
    ),
    (
        "I'm 70 and the chemist offered me diphenhydramine for my hay fever at night. Is that a good idea?",
        ["allergic-rhinitis-seasonal:SC5"],
    ),
    # anaphylaxis
    (
        "My son is 25kg and allergic to peanuts. Which epipen dose should he have, the junior or the adult one?",
        ["anaphylaxis:SC4"],
    ),
    (
        "Husband ate prawns and now has hives everywhere, his voice has gone croaky and he says his throat is swelling",
        ["anaphylaxis:RF2", "anaphylaxis:ES1"],
    ),
    (
        "after the epi shot I feel better and want to stand up and walk around to shake it off, ambulance is 10 min away. ok?",
        ["anaphylaxis:SC7"],
    ),
    (
        "Had anaphylaxis to a bee last month and was treated in A&E. What follow up do I need, do I need my own pens?",
        ["anaphylaxis:CC2", "anaphylaxis:CC3"],
    ),
    (
        "gave my daughter her epipen 10 minutes ago for a nut reaction, she's still wheezy and blotchy. we have a second pen. use it?",
        ["anaphylaxis:SC5"],
    ),
    # angioedema
    (
        "my tongue feels thick and my voice sounds weird, swallowing my spit is hard. I take ramipril. its getting bigger",
        ["angioedema:ES1"],
    ),
    (
        "Lips swelled up again for the 4th time since the summer, no idea what sets it off. Its gone down now. Should someone look into it?",
        ["angioedema:CC3"],
    ),
    (
        "My mom and my aunt both get these big swellings of face and hands that last days, now it's happening to me. Is it genetic?",
        ["angioedema:CC5"],
    ),
    (
        "Eyelid and cheek puffed up overnight, no itching, breathing normal, I can swallow. How quickly do I need to be seen?",
        ["angioedema:CC1"],
    ),
    (
        "face swollen and itchy hives on my arms after a new shampoo, throat fine. can i take a cetirizine?",
        ["angioedema:SC4"],
    ),
    # animal-bite-broken-skin
    (
        "got bitten on the knuckle by a stray cat, now 12 hours later my whole hand is puffy and I cant bend my finger properly",
        ["animal-bite-broken-skin:RF2"],
    ),
    (
        "We're renting a cabin by the lake and found a bat flapping around the kids' room at 5am. Shooed it out. Nobody remembers being bitten. My wife says forget it, I'm not so sure",
        ["animal-bite-broken-skin:RF3"],
    ),
    (
        "Punched a guy in a fight and cut my knuckle on his teeth. Its just a little cut. Do I need to do anything",
        ["animal-bite-broken-skin:RF6"],
    ),
    (
        "they started me on rabies shots after a fox bite, I missed the day 7 one because of work. does that matter?",
        ["animal-bite-broken-skin:CC4"],
    ),
    (
        "dog bite on my arm, can I close it up with the steri strips from my first aid kit?",
        ["animal-bite-broken-skin:SC3"],
    ),
    # ankle-injury-unable-weight
    (
        "My son jumped off a wall and his ankle looks bent the wrong way, he's screaming. What do we do?",
        ["ankle-injury-unable-weight:RF1"],
    ),
    (
        "hurt my foot playing footie, since then my lower leg is super tight and shiny and the pain is unbearable, way worse when I move my toes",
        ["ankle-injury-unable-weight:RF3"],
    ),
    (
        "I'm in a cast for a broken ankle and today I got really short of breath and chest hurts when I breathe",
        ["ankle-injury-unable-weight:ES2"],
    ),
    (
        "sprained my ankle 5 days ago, thought it was fine but still can't walk on it at all. Is that normal for a sprain?",
        ["ankle-injury-unable-weight:CC2"],
    ),
    (
        "can't walk on my ankle after a fall, waiting for an xray tomorrow. what do i do tonight? ice? heat?",
        ["ankle-injury-unable-weight:SC4", "ankle-injury-unable-weight:SC3"],
    ),
    # ankle-sprain-mild
    (
        "rolled my ankle 2 days ago, walking ok-ish. When should I start moving it properly and what exercises?",
        ["ankle-sprain-mild:SC7"],
    ),
    (
        "Keep spraining the same ankle every few months playing basketball, it just gives way. Anything I can do?",
        ["ankle-sprain-mild:CC2"],
    ),
    (
        "sprained ankle 4 days ago was improving, now suddenly more painful and i can hardly put weight on it. why",
        ["ankle-sprain-mild:CC3"],
    ),
    (
        "Lunged for a drop shot at padel, felt like someone kicked me in the back of the ankle, snap sound. Walking flat-footed ok-ish but standing on my toes on that side is impossible",
        ["ankle-sprain-mild:RF4"],
    ),
    (
        "got a sprained ankle, should I keep the bandage on all the time? its got quite tight and my toes tingle",
        ["ankle-sprain-mild:SC4"],
    ),
    # ankle-swelling-mild
    (
        "My ankles swell on long flights and hot days but are fine by morning, both the same. Should I be worried?",
        ["ankle-swelling-mild:OV4"],
    ),
    (
        "ankles puffy and now i also get breathless in bed and need 3 pillows to sleep",
        ["ankle-swelling-mild:RF2"],
    ),
    (
        "Put on 3 kilos this week and my legs are swollen. I'm not eating more. what's going on?",
        ["ankle-swelling-mild:RF3"],
    ),
    (
        "Swollen ankles and my wee has been very frothy for a couple of weeks",
        ["ankle-swelling-mild:RF5", "ankle-swelling-mild:OV7"],
    ),
    (
        "what can I do at home for swollen ankles from standing all day at the shop?",
        ["ankle-swelling-mild:SC1"],
    ),
    # anticoagulant-missed-dose
    (
        "I take dabigatran twice a day and forgot the morning one, its 4pm now and next dose is at 8pm. take it?",
        ["anticoagulant-missed-dose:OV6"],
    ),
    (
        "took my rivaroxaban twice this morning by mistake, what should I do?",
        ["anticoagulant-missed-dose:SC2"],
    ),
    (
        "on the 15mg twice daily rivaroxaban for my new clot, missed last night's dose",
        ["anticoagulant-missed-dose:OV8"],
    ),
    (
        "I've got a mechanical heart valve and I've missed 2 doses of my blood thinner this week",
        ["anticoagulant-missed-dose:RF5"],
    ),
    (
        "I keep forgetting my edoxaban since I retired and lost my routine, tips?",
        ["anticoagulant-missed-dose:SC3", "anticoagulant-missed-dose:SC4"],
    ),
    # anxiety-worsening
    (
        "Having full blown panic attacks on the bus, heart pounding, can't breathe, feel like I'm dying. What can I do in the moment?",
        ["anxiety-worsening:SC2"],
    ),
    (
        "my anxiety is through the roof, i've been drinking most nights to calm down and now I can't leave the flat",
        ["anxiety-worsening:CC3"],
    ),
    (
        "Stopped my drinking cold turkey 2 days ago, now shaking, sweating buckets and seeing things at the edge of my vision. Is this just anxiety?",
        ["anxiety-worsening:RF5"],
    ),
    (
        "52M, I get anxious a lot but this chest tightness came on walking up a hill and it's a new thing for me",
        ["anxiety-worsening:OV7"],
    ),
    (
        "drinking like 6 coffees and 2 energy drinks a day to get through uni and my anxiety is awful. related?",
        ["anxiety-worsening:SC3"],
    ),
    # asthma-attack-severe
    (
        "my peak flow is 180 and my best is 450, inhaler barely touching it",
        ["asthma-attack-severe:RF3", "asthma-attack-severe:ES1"],
    ),
    (
        "daughter's asthma attack, ambulance called. How should she take her inhaler while we wait? we have a spacer",
        ["asthma-attack-severe:SC4"],
    ),
    (
        "was in hospital with asthma 2 days ago, discharged, now it's getting tight again tonight",
        ["asthma-attack-severe:ES2"],
    ),
    (
        "Just back from A&E after a bad asthma attack. Do I need to see my GP?",
        ["asthma-attack-severe:CC3"],
    ),
    (
        "dad's asthma is bad and now he's gone really drowsy and his lips are greyish, he's stopped wheezing - is that good?",
        ["asthma-attack-severe:OV3"],
    ),
    # asthma-flare-mild
    (
        "My asthma nurse set me up on the one-inhaler plan (budesonide/formoterol for everything). Chesty this week with a cold. Is there a ceiling on how many extra puffs I can have in 24h?",
        ["asthma-flare-mild:SC3"],
    ),
    (
        "since using my ventolin more often I'm shaky and my heart races. is that dangerous?",
        ["asthma-flare-mild:SC7"],
    ),
    (
        "chest is a bit wheezy with this cold, I feel better so can I stop my brown inhaler for now?",
        ["asthma-flare-mild:SC4"],
    ),
    (
        "on keytruda for lung cancer, and now i'm a bit breathless and wheezy, i do have mild asthma though",
        ["ici-pneumonitis:CC1"],
    ),
    (
        "asthma flare for 2 days now, still needing extra puffs and not any better",
        ["asthma-flare-mild:CC2"],
    ),
    # athletes-foot
    (
        "diabetic with athlete's foot, the cracks between my toes are now red and sore",
        ["athletes-foot:RF1", "athletes-foot:CC4"],
    ),
    (
        "Two big toenails now crumbly, thickened and a horrible yellow colour, had itchy feet for ages. The pharmacy cream for between the toes isn't touching the nails. Do I need something stronger?",
        ["athletes-foot:CC2"],
    ),
    (
        "How do I stop getting athlete's foot back every summer?",
        ["athletes-foot:SC4", "athletes-foot:SC5"],
    ),
    ("whole family has itchy peeling feet, do we all need treating?", ["athletes-foot:SC8"]),
    (
        "been using clotrimazole on my feet 2 weeks, looks clear now, can I stop?",
        ["athletes-foot:SC2"],
    ),
    # bleeding-pregnancy
    (
        "24 weeks pregnant and noticed bright red bleeding, no pain at all",
        ["bleeding-pregnancy:ES4", "bleeding-pregnancy:OV6"],
    ),
    (
        "I'm Rh negative and had some spotting at 10 weeks. Does that matter?",
        ["bleeding-pregnancy:OV9"],
    ),
    (
        "bleeding at 11 weeks and I'm soaking a pad every hour, passing clots",
        ["bleeding-pregnancy:RF1", "bleeding-pregnancy:ES2"],
    ),
    (
        "spotting at 7 weeks pregnant and I had an ectopic in my last pregnancy",
        ["bleeding-pregnancy:CC3"],
    ),
    (
        "some bleeding at 9 weeks, waiting to be seen, can I take something for the cramps?",
        ["bleeding-pregnancy:SC5"],
    ),
    # cauda-equina
    (
        "wet myself this morning without realising and my back has been killing me for days",
        ["cauda-equina:RF3"],
    ),
    (
        "Disc problem for years. Now both legs are numb and weak, can barely walk",
        ["cauda-equina:RF4", "cauda-equina:ES2"],
    ),
    (
        "weird thing, since my back went I can't feel much down there during sex, is that related?",
        ["cauda-equina:RF5"],
    ),
    (
        "my back pain is actually better today but the numbness in my bum cheeks is worse. Good sign?",
        ["cauda-equina:OV6"],
    ),
    (
        "I had surgery for cauda equina last week. Who do I contact about bladder problems and rehab?",
        ["cauda-equina:CC3"],
    ),
    # cellulitis-early
    (
        "started antibiotics yesterday for cellulitis on my leg and it's gone past the line the nurse drew",
        ["cellulitis-early:CC2"],
    ),
    (
        "red hot swollen lower leg, and now I'm shivering with a temperature of 38.7 and feel faint",
        ["cellulitis-early:RF1"],
    ),
    (
        "cellulitis for the third time this year, why does it keep coming back",
        ["cellulitis-early:CC3", "cellulitis-early:SC6"],
    ),
    ("the redness on my arm went up in a red line towards my armpit", ["cellulitis-early:ES2"]),
    (
        "red sore area on my calf, doc thinks cellulitis, what can I do at home?",
        ["cellulitis-early:SC2"],
    ),
    # chemo-nausea-controlled
    (
        "i get sick just thinking about my chemo, even before going into the hospital",
        ["chemo-nausea-controlled:CC4"],
    ),
    (
        "the anti sickness pills after chemo have totally blocked me up, no poo for 3 days",
        ["chemo-nausea-controlled:SC4"],
    ),
    (
        "on chemo and threw up 4 times today even after the rescue tablet",
        ["chemo-nausea-controlled:RF1"],
    ),
    (
        "Feeling a bit sick after chemo, how much should I try to drink?",
        ["chemo-nausea-controlled:SC3"],
    ),
    ("lost 3kg since my last chemo cycle, not eating much", ["chemo-nausea-controlled:CC5"]),
    # chest-pain-cardiac
    (
        "I have chest pain and my GTN spray, but I took viagra last night",
        ["chest-pain-cardiac:SC6"],
    ),
    (
        "Sharp chest pain that's worse when I breathe in, and my calf is swollen",
        ["chest-pain-cardiac:OV6"],
    ),
    (
        "my husband's collapsed, not breathing right, ambulance on the way. what do I do?",
        ["chest-pain-cardiac:SC8"],
    ),
    ("sudden tearing pain through my chest to my back", ["chest-pain-cardiac:ES2"]),
    (
        "Had a heart attack 10 days ago, home now. Have questions about my new pills",
        ["chest-pain-cardiac:CC4", "chest-pain-cardiac:CC3"],
    ),
    # common-cold
    ("sudsy nose and stuffy, can I take sudafed? i have high blood pressure", ["common-cold:SC5"]),
    ("how long will this cold last? day 3 and feel rubbish", ["common-cold:OV6"]),
    ("took a cold and flu sachet and then paracetamol, is that ok?", ["common-cold:SC4"]),
    ("cold for 4 days, fever 39.3 today", ["common-cold:RF2", "common-cold:CC1"]),
    (
        "I'm 72 with COPD and this came on suddenly with fever and aches everywhere, is it just a cold?",
        ["common-cold:RF4"],
    ),
    # conjunctivitis-infective
    ("my 2 week old baby has sticky discharge from her eye", ["conjunctivitis-infective:RF6"]),
    (
        "Granddad, 77: right eye pink and weepy since yesterday, and there's a crop of painful little blisters on his forehead above the same eye",
        ["conjunctivitis-infective:RF5"],
    ),
    ("how do I clean my toddler's crusty pink eye?", ["conjunctivitis-infective:SC1"]),
    (
        "conjunctivitis for 10 days now, still yellow gunk, getting worse",
        ["conjunctivitis-infective:CC1"],
    ),
    (
        "pink eye, can I still go swimming and share my towel with my partner?",
        ["conjunctivitis-infective:SC4"],
    ),
    # constipation-adult
    (
        "haven't been to the toilet for 4 days, belly swollen, throwing up and can't pass wind",
        ["constipation-adult:RF1", "constipation-adult:ES1"],
    ),
    (
        "55 and my bowels have changed over the last 2 months and i've lost weight",
        ["constipation-adult:RF5"],
    ),
    ("I'm pregnant and constipated, what laxatives are ok?", ["constipation-adult:CC4"]),
    ("What's the best way to take senna?", ["constipation-adult:SC7"]),
    (
        "Started eating lots of fibre suddenly and now I'm bloated and gassy",
        ["constipation-adult:SC1"],
    ),
    # cough-persistent
    ("smoker, 58, my cough has changed and I've been hoarse for a month", ["cough-persistent:RF4"]),
    (
        "cough for 6 weeks with night sweats soaking the sheets and losing weight",
        ["cough-persistent:CC3", "cough-persistent:RF3"],
    ),
    (
        "cough for 2 months and a lot of mucus dripping down the back of my throat",
        ["cough-persistent:SC3"],
    ),
    ("cough at night and sour taste in my mouth after dinner", ["cough-persistent:SC4"]),
    ("my little one has whooping coughing fits that make him vomit", ["cough-persistent:CC4"]),
    # covid-mild
    ("covid positive, how long do I stay home?", ["covid-mild:SC3"]),
    ("covid, oximeter says 93-94 sitting down", ["covid-mild:CC3"]),
    ("had covid 6 weeks ago and still so tired and foggy", ["covid-mild:CC5"]),
    ("covid and now my oxygen is 91 and I'm out of breath talking", ["covid-mild:ES1"]),
    ("covid positive, missed the 5 day window for paxlovid, anything else?", ["covid-mild:OV7"]),
    # croup-mild
    (
        "toddler barking cough at night, does the steam shower help?",
        ["croup-mild:SC4", "croup-mild:SC5"],
    ),
    (
        "doc gave my son a steroid for croup, will it help and how long will it take?",
        ["croup-mild:OV6"],
    ),
    ("croup for 6 days and the cough keeps coming back", ["croup-mild:CC3"]),
    (
        "my child has a high fever, drooling, and is sitting forward looking very ill, it's not like his croup before",
        ["croup-mild:OV8"],
    ),
    (
        "our son was in hospital with croup last winter and now has the barking cough again",
        ["croup-mild:CC5"],
    ),
    # decreased-fetal-movement
    (
        "36 weeks with my first and everyone says babies move less near the end because there's no room. Mine's been quieter today. Is that normal?",
        ["decreased-fetal-movement:OV4"],
    ),
    (
        "Pregnant with no. 2 and anxious after a loss last time - my cousin lent me her at-home fetal heart monitor so I can listen whenever the bump goes quiet. Is that a sensible way to reassure myself?",
        ["decreased-fetal-movement:OV7"],
    ),
    (
        "29 weeks and i was checked for reduced movements 3 days ago, all fine, now she's quiet again. will they think I'm wasting their time?",
        ["decreased-fetal-movement:CC5"],
    ),
    (
        "lying on my side counting kicks like the leaflet said. How many do I need and for how long?",
        ["decreased-fetal-movement:SC2"],
    ),
    (
        "slipped on the ice and landed on my bump at 31 weeks, baby seems to be moving ok",
        ["decreased-fetal-movement:ES2"],
    ),
    # diabetic-foot-sore
    (
        "My husband's diabetic and one foot has gone hot, red and swollen, not much pain, no cut, he's got neuropathy",
        ["diabetic-foot-sore:OV6"],
    ),
    (
        "diabetes. sore on my toe has gone black at the edges and smells bad",
        ["diabetic-foot-sore:ES2"],
    ),
    (
        "type 1, there's a cut under my foot that's been dressed by the nurse for 3 weeks and it's not any smaller",
        ["diabetic-foot-sore:CC4"],
    ),
    (
        "how should I dress a small sore on my diabetic foot until the podiatrist sees me?",
        ["diabetic-foot-sore:SC2"],
    ),
    (
        "diabetic with a foot ulcer and now a fever of 38.5 and my sugars have gone over 300",
        ["diabetic-foot-sore:RF3"],
    ),
    # dizziness-positional
    (
        "Constant spinning since yesterday, I can't stand without holding on, throwing up. It's not stopping",
        ["dizziness-positional:RF1", "dizziness-positional:ES2"],
    ),
    (
        "vertigo when i turn over in bed, can i take those travel sickness tablets?",
        ["dizziness-positional:SC6"],
    ),
    (
        "Diagnosed with crystals in the ear (BPPV) last year, it's come back. There are youtube tutorials for the head-turning exercise, ok to just follow one on my own at home?",
        ["dizziness-positional:SC7"],
    ),
    (
        "dizzy spells with a ringing in my left ear and it sounds muffled",
        ["dizziness-positional:RF4", "dizziness-positional:CC3"],
    ),
    (
        "room spins when I look up but it also happened with double vision and slurred words this morning",
        ["dizziness-positional:RF2"],
    ),
    # dka-signs
    (
        "type 1, my pump tubing was kinked all night. Sugar 380, ketones 0.9, not sick. what now?",
        ["dka-signs:SC4", "dka-signs:CC3"],
    ),
    (
        "my 6 year old is type 1 and has been sick twice this afternoon, sugars 17",
        ["dka-signs:ES2"],
    ),
    ("I'm type 1 with a tummy bug and can't eat - should I skip my lantus?", ["dka-signs:SC3"]),
    (
        "my teenager has been drinking loads, weeing all the time, lost weight and now vomiting and breathing deep. no diabetes as far as we know",
        ["dka-signs:OV2", "dka-signs:OV7"],
    ),
    ("ketones 2.1 and not coming down after my correction dose", ["dka-signs:RF1"]),
    # drug-rash-mild
    ("Started lamotrigine 3 weeks ago and now a rash on my chest", ["drug-rash-mild:RF4"]),
    (
        "rash after amoxicillin and my skin is peeling and I have sores in my mouth",
        ["drug-rash-mild:RF1", "drug-rash-mild:ES2"],
    ),
    (
        "I'm labelled penicillin allergic since a rash as a kid. Can I get tested?",
        ["drug-rash-mild:CC3"],
    ),
    ("Got a rash after my antibiotics, should I take today's dose?", ["drug-rash-mild:SC1"]),
    (
        "They gave me amoxicillin for a sore throat that turned out to be glandular fever and now I'm covered in a rash",
        ["drug-rash-mild:OV4"],
    ),
    # dvt-leg-swelling
    (
        "suspected blood clot in my leg, booked for scan tomorrow. Can I go to the gym?",
        ["dvt-leg-swelling:SC3"],
    ),
    (
        "My whole leg is massive, turned blueish and feels cold",
        ["dvt-leg-swelling:RF2", "dvt-leg-swelling:ES2"],
    ),
    (
        "diagnosed with DVT last week, on apixaban, my gums bleed when I brush",
        ["dvt-leg-swelling:CC5"],
    ),
    ("painful swollen calf, can I wear my flight socks to help it?", ["dvt-leg-swelling:SC7"]),
    ("how long will I need blood thinners for my DVT?", ["dvt-leg-swelling:OV8"]),
    # ear-pain-adult
    (
        "earache 3 days, this morning I can't close my left eye properly, the corner of my mouth sags, and there are sore little bubbles inside my ear hole",
        ["ear-pain-adult:RF2"],
    ),
    (
        "Overnight the hearing went in my right ear, like cotton wool, started Tuesday. Not sore, no sniffles. Should I just buy wax drops and give it a week?",
        ["ear-pain-adult:RF3", "ear-pain-adult:CC3"],
    ),
    ("blocked ears after the flight yesterday, how do I pop them?", ["ear-pain-adult:SC5"]),
    (
        "diabetic and my ear canal infection is getting worse and more painful, lots of discharge",
        ["ear-pain-adult:RF5"],
    ),
    ("my ear has started leaking pus, can I use the drops my friend had?", ["ear-pain-adult:SC6"]),
    # ectopic-pregnancy-signs
    (
        "positive test and sharp pain at the top of my shoulder when I lie down, low tummy ache",
        ["ectopic-pregnancy-signs:RF2"],
    ),
    ("had methotrexate for ectopic, when can we try again?", ["ectopic-pregnancy-signs:CC6"]),
    (
        "pregnant and pain and faint. should I drive myself to hospital?",
        ["ectopic-pregnancy-signs:SC2"],
    ),
    (
        "What are my chances, I had a chlamydia infection years ago and IVF now",
        ["ectopic-pregnancy-signs:OV5"],
    ),
    (
        "i just got a positive test, i had surgery on my tubes before, a bit of spotting but no pain",
        ["ectopic-pregnancy-signs:CC3"],
    ),
    # eczema-mild-flare
    (
        "eczema suddenly covered in painful little punched out blisters and I have a fever",
        ["eczema-mild-flare:RF1", "eczema-mild-flare:ES1"],
    ),
    ("how long after moisturiser do I put on the steroid cream?", ["eczema-mild-flare:SC7"]),
    ("yellow crusty oozing patches on my son's eczema", ["eczema-mild-flare:RF2"]),
    (
        "my eczema keeps me up at night scratching, will an antihistamine help?",
        ["eczema-mild-flare:SC11"],
    ),
    ("What's the best way to bath with eczema?", ["eczema-mild-flare:SC3"]),
    # emergency-contraception
    (
        "Took the levonorgestrel morning-after tablet at 9am, had a hangover and was sick at about 10. Do I need another one?",
        ["emergency-contraception:RF4"],
    ),
    (
        "used emergency contraception last month after a condom slipped, period should have come over a week ago and still nothing, bit of spotting only",
        ["emergency-contraception:CC2"],
    ),
    ("took ella yesterday, when can I restart my pill?", ["emergency-contraception:SC2"]),
    ("I'm on carbamazepine for epilepsy, does plan B still work?", ["emergency-contraception:OV9"]),
    ("condom broke last night, what's the most effective option?", ["emergency-contraception:OV3"]),
    # febrile-neutropenia
    ("on chemo and my temp is 37.8, no other symptoms", ["febrile-neutropenia:CC4"]),
    (
        "chemo patient, can I take my temperature rectally? oral thermometer broke",
        ["febrile-neutropenia:SC4"],
    ),
    ("day 10 after chemo, my port site is red and sore", ["febrile-neutropenia:RF4"]),
    ("my dad's on chemo and has a fever and is very confused", ["febrile-neutropenia:ES1"]),
    ("when is my blood count at its lowest after chemo?", ["febrile-neutropenia:OV2"]),
    # fever-adult-viral
    (
        "Temp 38.2 for the 4th day now, I thought it would be gone by now. 29 and otherwise healthy",
        ["fever-adult-viral:CC1"],
    ),
    ("I had a fever, felt better for a day and now it's back, 38.8", ["fever-adult-viral:CC1"]),
    (
        "Just back from Kenya 3 weeks ago and now high temperature and shivering",
        ["fever-adult-viral:RF6", "fever-adult-viral:CC3"],
    ),
    (
        "ear thermometer says 38.4 but the one under my tongue says 37.7. which is right?",
        ["fever-adult-viral:OV8"],
    ),
    (
        "should I have a cold bath to bring my fever down? it's 39",
        ["fever-adult-viral:SC7", "fever-adult-viral:SC5"],
    ),
    # fever-child-over-3-months
    (
        "my 4 month old has a temp of 38.3",
        ["fever-child-over-3-months:CC2", "fever-child-over-3-months:OV6"],
    ),
    (
        "my 2 year old had a fit with her fever, lasted a minute, she's back to normal now",
        ["fever-child-over-3-months:OV7"],
    ),
    (
        "pharmacy closed, no children's paracetamol in the house, just my own adult aspirin. My boy is 8 and has 38.6. Half a tablet alright?",
        ["fever-child-over-3-months:SC5"],
    ),
    (
        "kid with fever and I pressed a glass on the spots and they don't fade",
        ["fever-child-over-3-months:RF1", "fever-child-over-3-months:ES2"],
    ),
    (
        "My son is feverish and hasn't had a wet nappy since this morning, 9 hours, and won't drink",
        ["fever-child-over-3-months:ES5"],
    ),
    # fever-infant-under-3-months
    (
        "my 5 week old feels cold, 36.1 rectally, not feeding well",
        ["fever-infant-under-3-months:OV7"],
    ),
    (
        "Baby had her 8 week jabs yesterday, temperature 38.2 tonight",
        ["fever-infant-under-3-months:OV8"],
    ),
    (
        "new baby, 3 weeks, temp 38.4 rectal, otherwise seems fine and feeding",
        ["fever-infant-under-3-months:OV4", "fever-infant-under-3-months:ES1"],
    ),
    ("6 week old, temperature 37.8 rectally, feeding well", ["fever-infant-under-3-months:CC3"]),
    (
        "baby is 2 months, temperature 38.1, he's wrapped in 3 blankets",
        ["fever-infant-under-3-months:SC5"],
    ),
    # friction-blister
    ("blood blister on my toe from running, should I drain it?", ["friction-blister:SC6"]),
    ("how do I stop getting blisters on long hikes?", ["friction-blister:SC7"]),
    (
        "blister on my heel popped and the skin is hanging off, what do I do with it?",
        ["friction-blister:SC5"],
    ),
    (
        "Blister on my foot is now red, warm and oozing pus, I'm feeling a bit feverish",
        ["friction-blister:RF2"],
    ),
    (
        "got blisters on my hands and in my mouth for no reason, haven't been using any tools",
        ["friction-blister:RF3"],
    ),
    # gi-bleeding
    ("i have cirrhosis and noticed a little bit of blood when i vomited", ["gi-bleeding:ES2"]),
    (
        "black sticky tar like poo this morning, on clopidogrel",
        ["gi-bleeding:RF2", "gi-bleeding:RF4"],
    ),
    ("Vomiting blood, waiting for an ambulance, can I have water?", ["gi-bleeding:SC4"]),
    ("just came home after a GI bleed in hospital, when's my follow up?", ["gi-bleeding:CC4"]),
    ("dark red poo, ate a lot of beetroot yesterday", ["gi-bleeding:OV7"]),
    # gout-flare
    (
        "knee swollen hot and red and i have fever and chills, I have gout",
        ["gout-flare:RF1", "gout-flare:ES1"],
    ),
    ("first time ever my ankle is hot and swollen, never had gout", ["gout-flare:RF2"]),
    ("gout flare - how do I take colchicine?", ["gout-flare:SC3"]),
    (
        "gout in my ankle flared after a wedding, all I have at home is a packet of aspirin - is that ok to take for it, and how much water should I be drinking?",
        ["gout-flare:SC5"],
    ),
    ("third gout attack this year, lumps on my ears too", ["gout-flare:CC3"]),
    # hand-foot-mouth
    (
        "my toddler had hand foot and mouth last month and now his nails are coming off",
        ["hand-foot-mouth:OV7"],
    ),
    ("HFMD and my son is now twitching and jerking and walking wobbly", ["hand-foot-mouth:ES4"]),
    (
        "Due in under 2 weeks and my 2 year old has just come out in spots on his hands and mouth ulcers (nursery says HFMD going round). Any risk to the new baby?",
        ["hand-foot-mouth:CC7"],
    ),
    ("How long is my child contagious with hand foot and mouth?", ["hand-foot-mouth:OV8"]),
    ("hand foot and mouth, can she go to nursery?", ["hand-foot-mouth:SC7"]),
    # head-injury-red-flags
    (
        "kid fell off the climbing frame, hit his head, vomited twice",
        ["head-injury-red-flags:RF2", "head-injury-red-flags:ES1"],
    ),
    (
        "hit my head a week ago and now headaches and can't concentrate at work",
        ["head-injury-red-flags:CC4"],
    ),
    (
        "granddad fell 2 weeks ago, now he's more confused and unsteady",
        ["head-injury-red-flags:OV5"],
    ),
    (
        "my son bumped his head at rugby and there's clear fluid coming out of his nose",
        ["head-injury-red-flags:OV6"],
    ),
    ("Fell off a ladder, neck hurts and my arms are tingling", ["head-injury-red-flags:SC2"]),
    # head-lice
    ("found lice on my 6 week old baby", ["head-lice:RF1"]),
    ("treated lice twice and they're still there", ["head-lice:CC1"]),
    ("Lice: should I use mayonnaise overnight like my mum did?", ["head-lice:SC9"]),
    (
        "nits found far down the hair, more than a cm from the scalp, are they still alive?",
        ["head-lice:OV6"],
    ),
    ("do i need to wash the bedding and hats for lice?", ["head-lice:SC7"]),
    # headache-new-over-50
    (
        "I'm 72, temple headache and my vision went blurry in one eye for a few minutes earlier",
        ["headache-new-over-50:ES2", "headache-new-over-50:RF1"],
    ),
    (
        "new headaches at 65 that wake me up at night and I've been sick with them",
        ["headache-new-over-50:RF4"],
    ),
    (
        "67, new headache. Can I take something while waiting to be seen? I'm on warfarin",
        ["headache-new-over-50:SC2", "headache-new-over-50:SC3"],
    ),
    (
        "doctor suspects GCA, will they wait for a biopsy before starting steroids?",
        ["headache-new-over-50:CC5"],
    ),
    (
        "55 and had a fall last week, now a headache that's getting worse",
        ["headache-new-over-50:RF3"],
    ),
    # heart-failure-worsening
    (
        "heart failure, coughing up pink frothy stuff and can't lie down",
        ["heart-failure-worsening:RF2", "heart-failure-worsening:ES1"],
    ),
    (
        "mum has heart failure and a bad tummy bug with diarrhoea, still taking her water tablets",
        ["heart-failure-worsening:CC5"],
    ),
    (
        "My ICD shocked me this morning while I was gardening and then again an hour ago sitting down. I have heart failure. I feel shaky but ok",
        ["heart-failure-worsening:ES3"],
    ),
    (
        "heart failure, how much water can I drink and how much salt?",
        ["heart-failure-worsening:SC3"],
    ),
    (
        "I have heart failure and my knee is sore, can I take ibuprofen?",
        ["heart-failure-worsening:SC4"],
    ),
    # heartburn-occasional
    ("I'm pregnant and have heartburn, what can I take?", ["heartburn-occasional:CC4"]),
    (
        "heartburn nearly every night for a month now",
        ["heartburn-occasional:OV6", "heartburn-occasional:CC1"],
    ),
    ("burning in my chest when I walk uphill, goes when I stop", ["heartburn-occasional:OV7"]),
    (
        "62, for a month now bread and meat seem to get stuck halfway down my chest, I've been having soup instead and my trousers are loose",
        ["heartburn-occasional:RF3", "heartburn-occasional:CC3"],
    ),
    (
        "I took omeprazole for 2 weeks and the heartburn came back, can I do another course?",
        ["heartburn-occasional:SC7"],
    ),
    # hemoptysis
    ("coughing up blood, I'm on apixaban for AF", ["hemoptysis:ES2"]),
    (
        "coughed up about a tablespoon of pure blood twice in an hour",
        ["hemoptysis:RF1", "hemoptysis:ES1"],
    ),
    (
        "is this blood from my lungs or my nose? I had a nosebleed last night and now there's blood when I cough",
        ["hemoptysis:OV7"],
    ),
    ("smoker, 55, a bit of blood in my phlegm last week, stopped now", ["hemoptysis:CC5"]),
    ("coughing up blood, can I take ibuprofen for the chest ache?", ["hemoptysis:SC6"]),
    # hemorrhoids-uncomplicated
    (
        "since straining on the loo yesterday there's a swollen bluish lump at my back passage, hard as a marble and so sore I can't sit",
        ["hemorrhoids-uncomplicated:OV6", "hemorrhoids-uncomplicated:CC1"],
    ),
    (
        "I've been putting the chemist's hydrocortisone haemorrhoid ointment on 4 times a day for nearly 2 weeks. Is it ok to keep going?",
        ["hemorrhoids-uncomplicated:SC6"],
    ),
    ("first time I've seen blood from my bottom, I'm 52", ["hemorrhoids-uncomplicated:RF5"]),
    ("hemorrhoids, can I take my co-codamol for the pain?", ["hemorrhoids-uncomplicated:SC8"]),
    ("piles, what's a sitz bath and how often?", ["hemorrhoids-uncomplicated:SC3"]),
    # hives-mild
    ("hives for 2 months, on and off, every day", ["hives-mild:OV8", "hives-mild:CC3"]),
    ("hives and my tongue feels swollen", ["hives-mild:RF1"]),
    ("hives, the antihistamine has done nothing after 2 days", ["hives-mild:CC1"]),
    ("hives that last for days in the same place, leave bruises and burn", ["hives-mild:RF5"]),
    ("hives, should I take the antihistamine only when it's itchy?", ["hives-mild:SC2"]),
    # home-bp-elevated
    (
        "My wrist cuff says 148/92 this morning but the GP machine was normal last month. Which do I trust? Should I get a different one?",
        ["home-bp-elevated:SC2"],
    ),
    (
        "bp 185/122 on my home machine, sat quietly 5 minutes and rechecked, still 182/120. I feel fine, no headache or anything",
        ["home-bp-elevated:RF4", "home-bp-elevated:CC2"],
    ),
    (
        "5 weeks after having my baby, blood pressure reading 146/94 at home",
        ["home-bp-elevated:RF3"],
    ),
    (
        "got a reading of 160 over 95 so I took an extra amlodipine to bring it down, was that ok?",
        ["home-bp-elevated:SC5"],
    ),
    (
        "doctor wants me to do a week of home BP readings, how exactly should I do them?",
        ["home-bp-elevated:SC4"],
    ),
    # hyperglycemia-type2-mild
    (
        "on prednisone for my chest and my sugars are 280-310, I'm type 2 on metformin, feel ok",
        ["hyperglycemia-type2-mild:CC2", "hyperglycemia-type2-mild:OV3"],
    ),
    (
        "Type 2 on jardiance, sugar 260 and i feel a bit off, should i check something else?",
        ["hyperglycemia-type2-mild:SC6"],
    ),
    (
        "My meter just says HI and my dad (type 2) is very drowsy and confused",
        ["hyperglycemia-type2-mild:RF2", "hyperglycemia-type2-mild:ES1"],
    ),
    (
        "type 2, morning sugars have been about 200 every day this week. Is that something to see the doctor about?",
        ["hyperglycemia-type2-mild:CC3"],
    ),
    ("high sugar 290, should I go for a run to bring it down?", ["hyperglycemia-type2-mild:SC8"]),
    # hypertensive-urgency
    (
        "pressure 190/115 and my nose has been bleeding for 20 minutes and won't stop, pounding headache",
        ["hypertensive-urgency:RF4", "hypertensive-urgency:ES3"],
    ),
    (
        "I stopped my clonidine 3 days ago because I ran out and now my BP is 200/110",
        ["hypertensive-urgency:OV5"],
    ),
    (
        "BP 165/105 the last 3 times I checked, no symptoms. Need to be seen?",
        ["hypertensive-urgency:CC2"],
    ),
    (
        "my blood pressure is 210/125 and my speech is slurred, left arm numb",
        ["hypertensive-urgency:ES1"],
    ),
    (
        "BP 185/118, feel a bit anxious, what can I do while I wait for my doctor to call back?",
        ["hypertensive-urgency:SC6", "hypertensive-urgency:SC5"],
    ),
    # hypoglycemia-recovered
    (
        "had a hypo at 3am, 3.1, treated it with juice and now 6.5, what should I do next?",
        ["hypoglycemia-recovered:SC4"],
    ),
    ("had a hypo and ate a chocolate bar, is that ok?", ["hypoglycemia-recovered:SC3"]),
    ("Lows keep happening in the night this week, I'm on insulin", ["hypoglycemia-recovered:CC2"]),
    (
        "I live alone and had a bad low earlier, I'm fine now but scared about tonight",
        ["hypoglycemia-recovered:RF5"],
    ),
    (
        "sugar was 3.5 before lunch, treated with juice, back to 6. Should I skip my lunch insulin?",
        ["hypoglycemia-recovered:SC8"],
    ),
    # hypoglycemia-severe
    (
        "my son is type 1 and he's passed out, we have the nasal glucagon",
        ["hypoglycemia-severe:SC6"],
    ),
    (
        "My daughter (T1) went unconscious, I used the glucagon pen about a quarter of an hour ago, she is breathing but won't rouse",
        ["hypoglycemia-severe:ES1"],
    ),
    (
        "My dad has diabetes and his face is drooping and he is slurring. Sugar is 2.6",
        ["hypoglycemia-severe:OV6", "hypoglycemia-severe:RF5"],
    ),
    (
        "wife had a severe hypo last night, needed me to give her sugar, she's ok now. do we need to tell someone?",
        ["hypoglycemia-severe:CC2"],
    ),
    (
        "diabetic, drank a lot last night and my sugar dropped very low, friend had to help",
        ["hypoglycemia-severe:RF4", "hypoglycemia-severe:ES2"],
    ),
    # ici-diarrhea-colitis
    (
        "On nivolumab, my stools have blood in them and stomach cramps",
        ["ici-diarrhea-colitis:RF2", "ici-diarrhea-colitis:ES1"],
    ),
    (
        "I'm on immunotherapy and I've stopped treatment 2 months ago, now diarrhoea, is it related?",
        ["ici-diarrhea-colitis:OV5"],
    ),
    (
        "I'm on steroids for immunotherapy colitis and the diarrhoea has come back as they reduce the dose",
        ["ici-diarrhea-colitis:CC3"],
    ),
    (
        "immunotherapy, loose stools a few extra a day, what can I eat?",
        ["ici-diarrhea-colitis:SC3"],
    ),
    (
        "on ipilimumab and nivolumab, 8 more poos than normal today, had an accident",
        ["ici-diarrhea-colitis:RF1"],
    ),
    # ici-endocrine-crisis
    (
        "I take hydrocortisone after immunotherapy damaged my pituitary, I have a fever of 38.5",
        ["ici-endocrine-crisis:CC2"],
    ),
    (
        "On immunotherapy, vomiting repeatedly, tummy pain and very weak, I have an emergency injection kit",
        ["ici-endocrine-crisis:SC3"],
    ),
    (
        "immunotherapy and a bad headache and I can't see things at the side",
        ["ici-endocrine-crisis:RF4"],
    ),
    (
        "on ipilimumab, feel a bit more tired and nauseous lately, no dizziness",
        ["ici-endocrine-crisis:CC1"],
    ),
    (
        "The oncologist said the ipilimumab inflamed my pituitary and I'm now on hydrocortisone tablets. Will my glands recover so I can come off them one day?",
        ["ici-endocrine-crisis:OV5"],
    ),
    # ici-fatigue-thyroid
    (
        "started on levothyroxine after my immunotherapy affected my thyroid, how should I take it?",
        ["ici-fatigue-thyroid:SC3"],
    ),
    ("immunotherapy, heart racing and sweating and losing weight", ["ici-fatigue-thyroid:OV4"]),
    ("on pembro, extremely thirsty, weeing a lot and losing weight", ["ici-fatigue-thyroid:RF5"]),
    (
        "Will I have to stop immunotherapy because of an underactive thyroid?",
        ["ici-fatigue-thyroid:OV5"],
    ),
    (
        "I'm on keytruda, felt faint when I stood up and nearly passed out",
        ["ici-fatigue-thyroid:ES2"],
    ),
    # ici-hepatitis
    (
        "I'm on immunotherapy and my liver tests are up, can I still take turmeric?",
        ["ici-hepatitis:SC5"],
    ),
    (
        "on nivolumab, yellow eyes and now very sleepy and confused",
        ["ici-hepatitis:RF2", "ici-hepatitis:ES1"],
    ),
    ("On immunotherapy, how much paracetamol can I take?", ["ici-hepatitis:SC4"]),
    (
        "blood test shows raised liver enzymes on my immunotherapy but no one has told me what to do",
        ["ici-hepatitis:CC3"],
    ),
    ("can I drink alcohol on immunotherapy with liver inflammation?", ["ici-hepatitis:SC3"]),
    # ici-myocarditis
    ("on pembro, muscle aches and weakness, no chest pain", ["ici-myocarditis:CC4"]),
    ("on immunotherapy, chest pain. Should I take aspirin?", ["ici-myocarditis:SC4"]),
    ("my dad collapsed, he's on immunotherapy, not breathing properly", ["ici-myocarditis:SC6"]),
    (
        "How common is heart inflammation from immunotherapy and when does it happen?",
        ["ici-myocarditis:OV4"],
    ),
    ("On nivolumab, double vision and droopy eyelids, trouble swallowing", ["ici-myocarditis:RF4"]),
    # ici-pneumonitis
    (
        "on steroids for pneumonitis from immunotherapy, still short of breath after 2 days",
        ["ici-pneumonitis:CC3"],
    ),
    (
        "immunotherapy, oxygen reading 91 and breathless getting dressed",
        ["ici-pneumonitis:RF1", "ici-pneumonitis:ES1"],
    ),
    ("I'm on durvalumab and have a cough, can I take cough syrup?", ["ici-pneumonitis:SC5"]),
    ("how long does a steroid course for immunotherapy pneumonitis last?", ["ici-pneumonitis:CC4"]),
    (
        "I had chest radiotherapy and now on immunotherapy, am I at higher risk of lung problems?",
        ["ici-pneumonitis:OV4"],
    ),
    # ici-severe-skin
    (
        "on immunotherapy and my skin is blistering, should I take my leftover steroid tablets?",
        ["ici-severe-skin:SC8"],
    ),
    (
        "big blisters popping on my skin, on pembrolizumab, what should I do with them?",
        ["ici-severe-skin:SC3"],
    ),
    (
        "on immunotherapy, flu-like with sore eyes and throat and now a rash starting",
        ["ici-severe-skin:OV5"],
    ),
    (
        "on opdivo, noticed 3 or 4 firm fluid bubbles on my forearms that itch, skin otherwise ok, mouth and eyes fine, no temperature",
        ["ici-severe-skin:CC4"],
    ),
    ("I'm also on allopurinol and started immunotherapy, now a bad rash", ["ici-severe-skin:OV8"]),
    # ici-skin-mild
    ("on nivolumab, got white patches on my skin, I have melanoma", ["ici-skin-mild:OV8"]),
    ("on keytruda and itchy rash, should I skip my next dose?", ["ici-skin-mild:SC7"]),
    (
        "rash on immunotherapy, treated with cream but no better after 2 weeks",
        ["ici-skin-mild:CC4"],
    ),
    (
        "itchy rash covering a lot of my body on immunotherapy, keeping me awake",
        ["ici-skin-mild:CC3"],
    ),
    (
        "what skin care should I do on immunotherapy to prevent rash?",
        ["ici-skin-mild:SC1", "ici-skin-mild:SC4"],
    ),
    # infant-breathing-difficulty
    (
        "My 10 month old suddenly started coughing and choking while eating grapes, no cold before, now wheezy",
        ["infant-breathing-difficulty:OV5"],
    ),
    (
        "my 6 week old has a blocked nose and struggling to feed, what can I do",
        ["infant-breathing-difficulty:SC4"],
    ),
    (
        "HELP baby (9mo) put something in her mouth off the floor and now she's silent, going red, no sound coming out",
        ["infant-breathing-difficulty:SC7"],
    ),
    (
        "my baby was born premature, now 2 months and has a cold, breathing a bit fast but feeding ok and no sucking in",
        ["infant-breathing-difficulty:OV6", "infant-breathing-difficulty:CC3"],
    ),
    (
        "my baby stopped breathing for 20 seconds and went a bit blue",
        ["infant-breathing-difficulty:RF2", "infant-breathing-difficulty:ES1"],
    ),
    # influenza-high-risk
    (
        "I'm pregnant and have flu symptoms, fever and aches since this morning",
        ["influenza-high-risk:CC3", "influenza-high-risk:OV4"],
    ),
    (
        "my husband has flu and I'm on chemo, how do I protect myself?",
        ["influenza-high-risk:SC4", "influenza-high-risk:CC4"],
    ),
    (
        "flu for 5 days, was getting better, now worse cough and fever again",
        ["influenza-high-risk:RF3"],
    ),
    ("How long is flu contagious for? my elderly mum lives with us", ["influenza-high-risk:OV7"]),
    (
        "I'm diabetic and have the flu, what should I do about my sugars?",
        ["influenza-high-risk:SC6"],
    ),
    # insect-bite-sting-local
    ("stung in the mouth by a wasp in my drink", ["insect-bite-sting-local:RF3"]),
    (
        "fire ant stings turned into little pus spots, should I pop them?",
        ["insect-bite-sting-local:OV2"],
    ),
    (
        "lots of itchy bites in a row on my legs every morning, I think it's something in the bed",
        ["insect-bite-sting-local:CC3"],
    ),
    ("bee sting, how do I get the stinger out?", ["insect-bite-sting-local:SC1"]),
    (
        "had a whole-body reaction to a bee sting last summer, what should I do before this summer?",
        ["insect-bite-sting-local:CC2"],
    ),
    # insomnia-short-term
    (
        "hardly sleeping but full of energy, talking fast, spent loads of money this week",
        ["insomnia-short-term:RF2"],
    ),
    (
        "cant sleep, lying there for hours. should I stay in bed or get up?",
        ["insomnia-short-term:SC3"],
    ),
    (
        "my partner says I snore and stop breathing at night and I'm always tired",
        ["insomnia-short-term:RF4"],
    ),
    ("jet lag, can melatonin help?", ["insomnia-short-term:SC11"]),
    ("insomnia for 2 months now, 4 nights a week", ["insomnia-short-term:CC1"]),
    # kidney-stone-pain
    (
        "kidney stone pain and now fever 38.9 and shivering",
        ["kidney-stone-pain:RF1", "kidney-stone-pain:ES1"],
    ),
    (
        "A+E confirmed a small kidney stone, sent me home. My mum says I need to down litres and litres of water to push it out, is that right?",
        ["kidney-stone-pain:SC4"],
    ),
    ("told I have a 4mm stone, will it pass on its own?", ["kidney-stone-pain:OV6"]),
    (
        "had stones before, pain is back but mild, no fever, I have my tablets",
        ["kidney-stone-pain:CC3"],
    ),
    ("how do I stop getting more kidney stones?", ["kidney-stone-pain:SC7"]),
    # knee-pain-chronic
    ("osteoarthritis in my knee, can i use voltaren gel and how much?", ["knee-pain-chronic:SC3"]),
    (
        "my dodgy arthritic knee blew up overnight - hot, red, fat as a melon, and I'm burning up at 38.7 with the shivers",
        ["knee-pain-chronic:RF1", "knee-pain-chronic:ES1"],
    ),
    (
        "Physio waiting list is 4 months. 66F with knee osteoarthritis, what strengthening can I start at home meanwhile?",
        ["knee-pain-chronic:SC2"],
    ),
    (
        "my doctor keeps going on about weight for my knee arthritis, I'm 110kg. does losing a few kilos honestly make any difference to the pain?",
        ["knee-pain-chronic:OV6"],
    ),
    (
        "pain at the front of my knee going downstairs and after sitting in the cinema, I'm 24",
        ["knee-pain-chronic:OV4"],
    ),
    # lab-result-question
    (
        "my potassium came back 6.4 on the portal flagged critical and no one has called",
        ["lab-result-question:CC2"],
    ),
    ("my haemoglobin is low and I've been having black stools", ["lab-result-question:RF3"]),
    ("my creatinine was slightly high, but I was dehydrated that day", ["lab-result-question:SC4"]),
    (
        "lab results are back 10 days now and still no comment from my doctor",
        ["lab-result-question:CC1"],
    ),
    ("why is my result flagged high when I feel perfectly well?", ["lab-result-question:OV2"]),
    # low-back-pain-acute
    ("Back pain, fever 38.5, I inject drugs", ["low-back-pain-acute:RF2"]),
    ("I'm 68 and suddenly severe back and tummy pain, I smoke", ["low-back-pain-acute:RF6"]),
    (
        "Back pain, which painkiller is best, paracetamol or ibuprofen?",
        ["low-back-pain-acute:SC4", "low-back-pain-acute:SC3"],
    ),
    ("back pain 3 weeks, how long till it gets better?", ["low-back-pain-acute:OV4"]),
    ("back hurts, do I need an xray?", ["low-back-pain-acute:OV6"]),
    # low-mood
    ("had my baby 4 months ago and I feel so low and can't enjoy anything", ["low-mood:RF5"]),
    ("been on sertraline 8 weeks, not feeling any better", ["low-mood:CC2"]),
    ("Want to stop my antidepressants, can I just stop?", ["low-mood:SC6"]),
    ("I lost my husband 3 months ago and the sadness comes in waves", ["low-mood:OV6"]),
    ("feeling down, should I have a few drinks to relax in the evenings?", ["low-mood:SC4"]),
    # medication-interaction
    ("taking St John's wort and the pill, is that ok?", ["medication-interaction:OV6"]),
    (
        "My dad is on oxycodone and diazepam and now he's very sleepy and breathing slowly",
        ["medication-interaction:RF1", "medication-interaction:ES1"],
    ),
    ("Been prescribed clarithromycin and I take simvastatin", ["medication-interaction:CC3"]),
    (
        "just started tramadol on top of my antidepressant and now I'm sweating, shivering and twitchy",
        ["medication-interaction:RF2", "medication-interaction:ES2"],
    ),
    ("I take Lemsip and paracetamol, is that too much?", ["medication-interaction:OV7"]),
    # medication-refill
    ("I'm out of insulin and won't get a new prescription until Monday", ["medication-refill:RF1"]),
    (
        "Going abroad for a month, how do I make sure I have enough tablets?",
        ["medication-refill:SC6"],
    ),
    ("can I get an early refill of my oxycodone, going away", ["medication-refill:OV5"]),
    ("when should I ask for a repeat prescription?", ["medication-refill:SC1"]),
    (
        "pharmacy says my lisinopril can't be renewed until I have blood tests",
        ["medication-refill:OV3"],
    ),
    # medication-side-effect
    (
        "on a statin and my pee is dark like cola and my muscles hurt a lot",
        ["medication-side-effect:RF4"],
    ),
    ("new blood pressure tablets and I get dizzy when I stand up", ["medication-side-effect:SC5"]),
    (
        "stopped my beta blocker because of tiredness, was that ok?",
        ["medication-side-effect:CC3", "medication-side-effect:OV4"],
    ),
    ("on lisinopril for 3 years and now my lips are swelling up", ["medication-side-effect:RF1"]),
    ("my sertraline is keeping me awake at night", ["medication-side-effect:SC4"]),
    # meningitis-signs
    (
        "my flatmate at college was diagnosed with meningococcal meningitis, I shared a room with him",
        ["meningitis-signs:CC3"],
    ),
    ("How do I do the glass test for a rash?", ["meningitis-signs:SC5"]),
    (
        "baby 7 months, fever, floppy, soft spot on head is bulging",
        ["meningitis-signs:RF5", "meningitis-signs:ES1"],
    ),
    (
        "My daughter has a fever and spots, I have dark skin, where should I look for the rash?",
        ["meningitis-signs:OV7"],
    ),
    (
        "gave my son calpol and his fever came down, does that mean it's not serious?",
        ["meningitis-signs:SC6"],
    ),
    # menstrual-cramps
    (
        "period cramps, can I use heat instead of pills? I hate taking tablets",
        ["menstrual-cramps:SC5"],
    ),
    (
        "My periods were fine in my 20s but the cramps have got worse every year since, now I get pain with intercourse too. 31. Just endure it?",
        ["menstrual-cramps:OV6", "menstrual-cramps:CC2"],
    ),
    ("Cramps since I had my coil fitted 2 months ago", ["menstrual-cramps:CC3"]),
    ("Heavy period soaking a tampon every hour for 3 hours, big clots", ["menstrual-cramps:RF4"]),
    (
        "sudden severe pain on my left side low down and vomiting, period due",
        ["menstrual-cramps:RF5"],
    ),
    # migraine-known
    (
        "migraines getting more frequent, 6 days a month now and I take painkillers most days",
        ["migraine-known:SC6", "migraine-known:CC1"],
    ),
    (
        "I get the zigzag vision before my migraines and I've been on microgynon for years. Someone at work said that's a bad combo?",
        ["migraine-known:CC2"],
    ),
    (
        "my migraine has lasted 4 days now and nothing is working",
        ["migraine-known:RF7", "migraine-known:CC3"],
    ),
    ("can I take sumatriptan? I have high blood pressure", ["migraine-known:SC4"]),
    ("what triggers migraines? mine seem to come before my period", ["migraine-known:OV4"]),
    # migraine-vs-stroke-aura
    (
        "first ever aura at 45, zigzags lasted 20 minutes and went, then a headache, no weakness",
        ["migraine-vs-stroke-aura:CC2"],
    ),
    (
        "Zigzag lines in my vision again, same as always with my migraines, gone now",
        ["migraine-vs-stroke-aura:SC1"],
    ),
    ("migraine aura has lasted 2 hours now and not going away", ["migraine-vs-stroke-aura:RF3"]),
    (
        "Shimmery patch in my vision just now, how do I work out if it's one eye or both, and does it matter?",
        ["migraine-vs-stroke-aura:SC4"],
    ),
    (
        "I get auras with migraines and use the ring for contraception",
        ["migraine-vs-stroke-aura:SC6"],
    ),
    # mild-diarrhea-adult
    ("runs for 2 days and I had antibiotics last month", ["mild-diarrhea-adult:RF5"]),
    ("diarrhoea, I'm 74 and on water tablets", ["mild-diarrhea-adult:CC2"]),
    ("diarrhoea for 10 days, keeps waking me at night", ["mild-diarrhea-adult:CC3"]),
    ("can I go to work in the kitchen with diarrhoea?", ["mild-diarrhea-adult:SC8"]),
    (
        "what to drink with diarrhoea? sports drinks?",
        ["mild-diarrhea-adult:SC1", "mild-diarrhea-adult:SC3"],
    ),
    # minor-burn
    (
        "burned my arm on the iron 2 hours ago, forgot to cool it, is it too late?",
        ["minor-burn:SC1"],
    ),
    ("my burn from last week still hasn't started to heal", ["minor-burn:CC1"]),
    ("small burn on my hand, I'm diabetic", ["minor-burn:CC2"]),
    ("burn blister popped, what do I do?", ["minor-burn:SC5"]),
    ("my burn healed but the skin is darker, how do I protect it?", ["minor-burn:SC8"]),
    # minor-cuts-scrapes
    ("cut my hand on glass and now my finger won't bend and is numb", ["minor-cuts-scrapes:RF2"]),
    (
        "my 6 year old skinned both knees on the playground, my mum swears by pouring peroxide or iodine on grazes. yes or no?",
        ["minor-cuts-scrapes:SC3"],
    ),
    ("cut on my face yesterday, is it too late for stitches?", ["minor-cuts-scrapes:OV6"]),
    (
        "gravel stuck in my knee after falling off my bike, I can't get it out",
        ["minor-cuts-scrapes:RF4"],
    ),
    ("diabetic and cut my foot on a shell", ["minor-cuts-scrapes:CC3"]),
    # motion-sickness
    (
        "Got off a 2-week cruise over a month ago and I still feel like the floor is swaying, especially sitting still. Normal?",
        ["motion-sickness:OV7", "motion-sickness:CC3"],
    ),
    ("what's the best seat in a car or plane for motion sickness?", ["motion-sickness:SC1"]),
    ("can I get a patch for seasickness for my cruise?", ["motion-sickness:CC1"]),
    (
        "I'm 78 and going on a coach trip, can I take travel sickness tablets?",
        ["motion-sickness:SC7", "motion-sickness:SC6"],
    ),
    ("is ginger any good for travel sickness?", ["motion-sickness:SC8"]),
    # mouth-ulcers
    ("mouth ulcer for 5 weeks, not healing, I smoke", ["mouth-ulcers:OV7", "mouth-ulcers:RF3"]),
    ("mouth ulcers with diarrhoea and weight loss", ["mouth-ulcers:CC2"]),
    (
        "mouth sores and my skin is blistering after starting a new medicine",
        ["mouth-ulcers:RF1", "mouth-ulcers:ES1"],
    ),
    ("what mouthwash is good for mouth ulcers?", ["mouth-ulcers:SC3"]),
    ("cold sore on my lip or ulcer?", ["mouth-ulcers:OV6"]),
    # nosebleed-simple
    ("on warfarin and nosebleed for 20 minutes", ["nosebleed-simple:RF4"]),
    (
        "My 15 yo son has had nosebleeds every 2-3 days this month, always stop with pinching within 10 min. Anything we should get checked?",
        ["nosebleed-simple:CC1"],
    ),
    ("after a nosebleed, what should I avoid?", ["nosebleed-simple:SC7"]),
    ("How do I stop getting nosebleeds in winter?", ["nosebleed-simple:SC8"]),
    (
        "old man nosebleed, blood running down the back of his throat, very heavy",
        ["nosebleed-simple:OV4", "nosebleed-simple:RF2"],
    ),
    # overdose-poisoning
    ("my friend took heroin and is unresponsive, I have naloxone", ["overdose-poisoning:SC3"]),
    ("My toddler drank some bleach, should I make him sick?", ["overdose-poisoning:SC6"]),
    (
        "several of us at home have headaches and feel sick, the dog is sleepy too",
        ["overdose-poisoning:OV9", "overdose-poisoning:RF5"],
    ),
    (
        "gave naloxone, he woke up, can we go home now?",
        ["overdose-poisoning:OV7", "overdose-poisoning:ES2"],
    ),
    (
        "Need the poison helpline number to stick on the fridge, we've got a crawling baby now and cleaning stuff under the sink",
        ["overdose-poisoning:OV4"],
    ),
    # palpitations-brief
    ("palpitations and my mum died suddenly at 35", ["palpitations-brief:RF5"]),
    ("How do I check my pulse during palpitations?", ["palpitations-brief:SC1"]),
    ("palpitations, losing weight and feeling hot all the time", ["palpitations-brief:CC2"]),
    ("My apple watch said possible AF", ["palpitations-brief:OV6", "palpitations-brief:CC1"]),
    ("heart racing at 170 for 20 minutes", ["palpitations-brief:RF4", "palpitations-brief:ES1"]),
    # postop-wound-healing
    (
        "Had my C-section 5 days ago. When am I allowed to shower and can I have a proper bath yet? The midwife said something but I was too tired to remember.",
        ["postop-wound-healing:SC2", "postop-wound-healing:SC3"],
    ),
    (
        "My knee op wound has a little bit of pinky clear fluid on the dressing, it's day 2. Is that pus??",
        ["postop-wound-healing:OV2"],
    ),
    (
        "when do the staples in my tummy come out? op was 8 days ago, nobody gave me a date",
        ["postop-wound-healing:OV6", "postop-wound-healing:CC2"],
    ),
    (
        "the wound from my bowel surgery has opened up a bit and I can see something pinkish inside",
        ["postop-wound-healing:RF2"],
    ),
    (
        "2 weeks after my hysterectomy. My son wants me to lift my grandkid, how heavy can I lift?",
        ["postop-wound-healing:SC7"],
    ),
    # postop-wound-infection
    (
        "I had a hip replacement 3 weeks ago and the wound looks a little redder today, nothing much",
        ["postop-wound-infection:CC5"],
    ),
    (
        "surgery wound is red and sore, i have some leftover antibiotics from last year, can I take them?",
        ["postop-wound-infection:SC8"],
    ),
    (
        "My husband's surgical wound is black around the edges and crackles when pressed, he's in agony",
        ["postop-wound-infection:RF5", "postop-wound-infection:ES4"],
    ),
    ("how do I know if my wound is infected or just healing?", ["postop-wound-infection:OV6"]),
    (
        "wound is red and getting worse, its saturday night, surgeon's office is closed. wait till monday?",
        ["postop-wound-infection:CC6"],
    ),
    # postpartum-bleeding
    (
        "2 days after delivery and the clots are about the size of a grape, is this ok?",
        ["postpartum-bleeding:OV3"],
    ),
    (
        "gave birth 3 hours ago at home and now bleeding through a pad every 20 minutes, feeling faint",
        ["postpartum-bleeding:RF1", "postpartum-bleeding:ES1"],
    ),
    ("6 weeks after birth and still bleeding on and off", ["postpartum-bleeding:CC3"]),
    (
        "my discharge smells awful 10 days after birth and I have a fever and tummy pain",
        ["postpartum-bleeding:ES2"],
    ),
    (
        "so tired and out of breath walking up stairs since my baby came 3 weeks ago, I lost a lot of blood in labour",
        ["postpartum-bleeding:CC6"],
    ),
    # postviral-cough
    ("can I take dextromethorphan cough medicine with my sertraline?", ["postviral-cough:SC3"]),
    (
        "the cough after my flu has lasted 10 weeks now",
        ["postviral-cough:OV7", "postviral-cough:CC1"],
    ),
    ("coughing fits after cold with a whoop and I have a newborn at home", ["postviral-cough:RF4"]),
    ("how much honey should I take for my cough?", ["postviral-cough:SC1"]),
    (
        "post-cold cough, and now a fever again and chest pain when breathing in",
        ["postviral-cough:RF3"],
    ),
    # preeclampsia-signs
    ("36 weeks and BP 142/92, checked twice 15 min apart, I feel fine", ["preeclampsia-signs:CC2"]),
    (
        "Had my baby 2 weeks ago and I've got a terrible headache and swollen face",
        ["preeclampsia-signs:OV2", "preeclampsia-signs:ES3"],
    ),
    ("my wife is pregnant and having a fit", ["preeclampsia-signs:ES2"]),
    ("pregnant 30 weeks and pain under my right ribs and being sick", ["preeclampsia-signs:RF4"]),
    ("first pregnancy, twins, am I at risk of preeclampsia?", ["preeclampsia-signs:OV4"]),
    # pregnancy-nausea-mild
    (
        "11 weeks with my first and the nausea is relentless, mostly evenings actually. When does it usually ease off?",
        ["pregnancy-nausea-mild:OV2"],
    ),
    (
        "pregnant and vomiting constantly, can't keep anything down since yesterday, not weeing",
        ["pregnancy-nausea-mild:ES1"],
    ),
    ("my prenatal vitamins make me feel sick", ["pregnancy-nausea-mild:SC8"]),
    (
        "pregnant, vomiting started at 14 weeks, plus a burning when I wee",
        ["pregnancy-nausea-mild:OV8", "pregnancy-nausea-mild:RF5"],
    ),
    ("are those wristbands for sickness any good in pregnancy?", ["pregnancy-nausea-mild:SC9"]),
    # pulmonary-embolism-signs
    (
        "Month 2 of apixaban for a PE. Breathing fine. Noticed today my pee looks pinkish and I've got bruises I don't remember getting",
        ["pulmonary-embolism-signs:CC4"],
    ),
    (
        "My wife just collapsed, she had a C-section 2 weeks ago",
        ["pulmonary-embolism-signs:SC7", "pulmonary-embolism-signs:OV5"],
    ),
    (
        "suspected PE, waiting for ambulance, when did I last take my apixaban matter?",
        ["pulmonary-embolism-signs:SC5"],
    ),
    ("after the PE diagnosis, when do I see my doctor?", ["pulmonary-embolism-signs:CC3"]),
    (
        "my oxygen is 92 and heart 110, chest hurts when breathing in",
        ["pulmonary-embolism-signs:RF4"],
    ),
    # pyelonephritis
    (
        "on antibiotics for kidney infection 3 days, still feverish and back pain",
        ["pyelonephritis:CC3"],
    ),
    (
        "I'm 26 weeks pregnant, temperature 38.4, pain in my right side of back and burning wee. The GP surgery can't see me till tomorrow",
        ["pyelonephritis:RF4"],
    ),
    ("kidney infection, the lab says resistant to my antibiotic", ["pyelonephritis:CC4"]),
    ("kidney infection symptoms and I have a catheter", ["pyelonephritis:RF4"]),
    ("kidney infection, what painkillers can I take?", ["pyelonephritis:SC3"]),
    # rash-new-nonurgent
    ("ring shaped rash with a scaly edge on my arm", ["rash-new-nonurgent:SC4"]),
    ("poison ivy rash, do I need to wash my clothes?", ["rash-new-nonurgent:SC2"]),
    ("rash on my palms and soles, new partner", ["rash-new-nonurgent:CC2"]),
    ("New widespread rash and fever 38.6", ["rash-new-nonurgent:RF3"]),
    (
        "the mole on my back my husband says has got bigger and one edge is now darker and irregular, not itchy",
        ["rash-new-nonurgent:CC4"],
    ),
    # sciatica
    (
        "leg pain down to my foot for weeks, now my right foot drags and slaps on the floor when I walk, I keep tripping on the kerb",
        ["sciatica:RF3"],
    ),
    ("sciatica 6 weeks, not improving, can't sleep", ["sciatica:CC2", "sciatica:CC3"]),
    ("sciatica, is sitting at my desk ok?", ["sciatica:SC3"]),
    ("sciatica, I'm on blood thinners, can I take ibuprofen?", ["sciatica:SC6"]),
    (
        "I use (inject) and have had bad back and leg pain, now temperature and sweats. clinic says its just sciatica, should I be worried",
        ["sciatica:ES3"],
    ),
    # seizure-first
    ("after seizure, when can I drive again?", ["seizure-first:CC4"]),
    (
        "My friend is having a seizure, what do I do? Should I put something in his mouth?",
        ["seizure-first:SC4", "seizure-first:SC3"],
    ),
    ("he's stopped jerking but he's not waking up", ["seizure-first:RF2"]),
    (
        "collapsed and twitched for a few seconds then came round straight away",
        ["seizure-first:OV7"],
    ),
    ("after a seizure, can he have a bath on his own?", ["seizure-first:ES2"]),
    # sepsis-signs
    (
        "I had a baby 5 days ago and I'm shivering and feel like I might die",
        ["sepsis-signs:OV4", "sepsis-signs:OV7"],
    ),
    (
        "on antibiotics for 2 days for a chest infection, not improving, no other issues",
        ["sepsis-signs:CC3"],
    ),
    ("since my sepsis hospital stay I'm exhausted and low", ["sepsis-signs:CC4"]),
    ("child with fever, very lethargic, cold hands and feet", ["sepsis-signs:ES2"]),
    ("what is sepsis and how fast does it develop?", ["sepsis-signs:OV1", "sepsis-signs:OV3"]),
    # severe-abdominal-pain
    (
        "Im 70, sudden awful pain in my belly going through to my back and I nearly fainted in the bathroom",
        ["severe-abdominal-pain:OV8", "severe-abdominal-pain:ES1"],
    ),
    (
        "pain under my right ribs after a fry up, been going for 8 hours now with a temperature",
        ["severe-abdominal-pain:OV3"],
    ),
    (
        "I'm constipated with tummy pain, can I take a laxative and put a hot water bottle on it?",
        ["severe-abdominal-pain:SC5"],
    ),
    (
        "my belly is swollen, I haven't passed wind since yesterday and I keep throwing up green stuff",
        ["severe-abdominal-pain:RF4", "severe-abdominal-pain:RF3"],
    ),
    (
        "moderate tummy ache since yesterday, no fever or vomiting, just uncomfortable",
        ["severe-abdominal-pain:CC3"],
    ),
    # severe-breathlessness
    (
        "my mum can't breathe properly and she's on home oxygen, what flow rate?",
        ["severe-breathlessness:SC5"],
    ),
    (
        "i get breathless walking up stairs, it's been getting worse over a week, oxygen 96 at rest",
        ["severe-breathlessness:CC4"],
    ),
    ("can't breathe after eating a new curry, lips tingling", ["severe-breathlessness:RF6"]),
    (
        "Husband's breathing badly and now he's very drowsy and confused",
        ["severe-breathlessness:OV3"],
    ),
    (
        "breathing difficulty, ambulance on the way, what else can I do to help?",
        ["severe-breathlessness:SC7"],
    ),
    # severe-burn
    (
        "my son got an electric shock from a socket and has a small burn on his hand",
        ["severe-burn:SC3", "severe-burn:RF3"],
    ),
    ("chemical powder from a drain cleaner on my arm", ["severe-burn:SC7"]),
    ("clothes caught fire at the barbecue", ["severe-burn:ES2"]),
    ("burn from a house fire, hoarse voice and soot around his nose", ["severe-burn:OV8"]),
    ("large burn, ambulance coming, how do I cover it?", ["severe-burn:SC8"]),
    # severe-dehydration
    ("baby hasn't had a wet nappy in 7 hours and won't feed, vomiting", ["severe-dehydration:OV4"]),
    (
        "I'm vomiting and can't keep anything down, how do I take small sips?",
        ["severe-dehydration:SC3"],
    ),
    (
        "vomiting bug and I take metformin and ramipril, should I stop them?",
        ["severe-dehydration:SC7", "severe-dehydration:OV7"],
    ),
    (
        "finished clindamycin for a tooth infection last week and now 5 days of watery diarrhoea, managing to drink but exhausted",
        ["severe-dehydration:CC4"],
    ),
    (
        "teenage daughter vomiting since lunch, now complaining of a pounding headache and that her neck hurts to bend forward",
        ["severe-dehydration:RF5"],
    ),
    # shingles
    (
        "Shingles started on my forehead, today there are blisters on the end of my nose as well and the eye on that side is watery",
        ["shingles:RF1"],
    ),
    ("shingles, can I be around my pregnant sister?", ["shingles:SC5"]),
    ("pain still there 2 months after shingles cleared", ["shingles:OV6", "shingles:CC3"]),
    (
        "Had shingles in the spring, all healed. I'm 58. Is there any point getting the shingles jab now or am I immune?",
        ["shingles:SC6"],
    ),
    (
        "I'm mid-way through chemo for breast cancer and have a painful blistery band across my back. oncology nurse line busy",
        ["shingles:RF3"],
    ),
    # sinusitis-persistent
    (
        "Sinus infection for 8 days, now the skin around my left eye is puffy and red and looking sideways hurts",
        ["sinusitis-persistent:RF1", "sinusitis-persistent:ES1"],
    ),
    (
        "Bought one of those squeezy sinus rinse bottles. The packet says use sterile water, is it fine straight from the kitchen sink? We're on a well",
        ["sinusitis-persistent:SC2"],
    ),
    (
        "sinus problems for 4 months, can't smell anything",
        ["sinusitis-persistent:CC4", "sinusitis-persistent:OV5"],
    ),
    ("on antibiotics for sinusitis for 5 days, no better", ["sinusitis-persistent:CC3"]),
    (
        "blocked nose and facial pain, what can I do at home?",
        ["sinusitis-persistent:SC1", "sinusitis-persistent:SC6"],
    ),
    # smoking-cessation
    (
        "my brother is on clozapine for schizophrenia and has just stopped smoking after 20 years, his care coordinator doesn't know yet. anything to worry about?",
        ["smoking-cessation:CC5"],
    ),
    ("how do I handle cravings when I quit?", ["smoking-cessation:SC3"]),
    ("on bupropion to quit smoking and feeling suicidal", ["smoking-cessation:ES2"]),
    (
        "Ex-smoker, pack a day from 20 to 55, gave up 5 years back. Now 60. Heard there's a yearly lung scan programme, am I eligible?",
        ["smoking-cessation:OV8"],
    ),
    (
        "quit 2 days ago, so irritable and can't focus, when does this get better?",
        ["smoking-cessation:OV3"],
    ),
    # sore-throat-uncomplicated
    (
        "sore throat and i can't open my mouth fully, voice muffled",
        ["sore-throat-uncomplicated:RF1"],
    ),
    ("diagnosed with glandular fever, can I play rugby?", ["sore-throat-uncomplicated:SC7"]),
    (
        "throat like razor blades since yesterday, 38.5, tonsils have white dots, neck glands like golf balls, no cough or runny nose at all",
        ["sore-throat-uncomplicated:RF4", "sore-throat-uncomplicated:CC1"],
    ),
    ("sore throat, what painkiller dose can I take?", ["sore-throat-uncomplicated:SC2"]),
    ("hoarse voice for 5 weeks, I smoke", ["sore-throat-uncomplicated:CC2"]),
    # stroke-signs
    (
        "my dad had weakness in his arm for 10 minutes yesterday, gone now, no one checked him",
        ["stroke-signs:CC5"],
    ),
    (
        "husband collapsed and his face is droopy, he's diabetic",
        ["stroke-signs:SC6", "stroke-signs:ES1"],
    ),
    ("stroke symptoms, how long do they have to treat?", ["stroke-signs:OV6"]),
    ("mum had a TIA last week and now it's happened again", ["stroke-signs:ES3"]),
    (
        "Our work first aid poster says BE FAST for stroke, what does each letter stand for?",
        ["stroke-signs:OV3"],
    ),
    # stye
    ("stye for 2 weeks, the warm compresses haven't worked", ["stye:CC2"]),
    ("eyelid swollen and red all over, can't open my eye", ["stye:RF1", "stye:CC1"]),
    (
        "There's a pea-sized firm bump in my lower lid that doesn't hurt, it's been there about 6 weeks and is slowly getting bigger",
        ["stye:OV5", "stye:CC3"],
    ),
    (
        "stye on my lower lid for 3 days, warm compresses going ok. Boss says I should get antibiotic drops from the doctor, necessary?",
        ["stye:SC9"],
    ),
    ("stye and it hurts to move my eye, I have a fever", ["stye:RF2", "stye:ES1"]),
    # suicidal-thoughts
    (
        "my son is talking about ending his life and has access to my husband's guns",
        ["suicidal-thoughts:SC6"],
    ),
    (
        "I keep thinking I'd be better off dead but I have no plan, my partner is with me",
        ["suicidal-thoughts:CC4"],
    ),
    (
        "Is it ok to ask my friend directly if she is thinking about suicide? I'm scared I'll give her the idea",
        ["suicidal-thoughts:OV5"],
    ),
    ("just out of the psych ward yesterday", ["suicidal-thoughts:CC3"]),
    (
        "my daughter took a bunch of pills an hour ago and says she feels fine",
        ["suicidal-thoughts:ES1"],
    ),
    # sunburn-mild
    ("sunburn and now I feel sick with fever and chills", ["sunburn-mild:RF2"]),
    (
        "sunburned really badly after only 20 min in the sun, started doxycycline last week",
        ["sunburn-mild:OV6", "sunburn-mild:CC2"],
    ),
    ("got sunburned on a cloudy day, how?", ["sunburn-mild:OV5"]),
    (
        "Burnt lobster red at the pool yesterday, no blisters but sore, which tablet works best for the pain and inflammation?",
        ["sunburn-mild:SC5"],
    ),
    ("sunburn peeling, can I pull it off?", ["sunburn-mild:SC8"]),
    # syncope
    (
        "My 17 yo son collapsed during a football match, no warning beforehand, came round quickly. Coach says dehydration",
        ["syncope:RF1", "syncope:ES1"],
    ),
    ("I feel faint when I stand up, what can I do?", ["syncope:SC2", "syncope:SC4"]),
    (
        "I've fainted before at the sight of blood, same thing happened today, fine now",
        ["syncope:CC3"],
    ),
    ("My dad fainted while lying in bed", ["syncope:ES2"]),
    (
        "Fainted at home yesterday for the first time ever, feel totally fine today. I need to drive to work tomorrow - allowed?",
        ["syncope:SC6"],
    ),
    # tension-headache
    (
        "headache every day for 10 days, tight band, painkillers not working",
        ["tension-headache:CC2"],
    ),
    (
        "headaches worse when I cough or lie down, getting worse over weeks",
        ["tension-headache:CC3"],
    ),
    (
        "I get these pressure headaches a lot and tend to pop paracetamol or nurofen at the first hint. Is there a limit on how many days a week I should?",
        ["tension-headache:SC2"],
    ),
    ("is my headache a migraine or tension?", ["tension-headache:OV7"]),
    ("desk job, headaches every afternoon, what can I change?", ["tension-headache:SC6"]),
    # testicular-pain-sudden
    (
        "testicle pain, it's come on over a few days with burning when I wee",
        ["testicular-pain-sudden:CC3"],
    ),
    (
        "Doing a self-check in the shower and felt a hard pea-sized lump on my left ball. Doesn't hurt at all. 29",
        ["testicular-pain-sudden:CC4"],
    ),
    (
        "my son complained of lower tummy pain and vomiting, only now says his testicle hurts",
        ["testicular-pain-sudden:OV5"],
    ),
    ("sudden testicle pain, it's easing a bit now, can I wait?", ["testicular-pain-sudden:SC3"]),
    ("I've had brief testicle pains that come and go before", ["testicular-pain-sudden:RF4"]),
    # thunderclap-headache
    (
        "embarrassing but during sex last night I got an instant crushing headache at the back of my head, worst ever. Still aching this morning",
        ["thunderclap-headache:RF2"],
    ),
    ("had a sudden severe headache 3 days ago, never got it checked", ["thunderclap-headache:CC5"]),
    (
        "my mum and aunt both had brain aneurysms, should I be screened?",
        ["thunderclap-headache:CC4"],
    ),
    ("sudden bad headache, can I take aspirin?", ["thunderclap-headache:SC4"]),
    (
        "Husband was hanging a picture, yelled out, said it felt like being smacked on the back of the skull, now stiff neck and vomited",
        ["thunderclap-headache:ES1"],
    ),
    # thyroid-medication
    (
        "on the overactive-thyroid tablets (carbimazole/methimazole) since August, now a bad throat, mouth ulcers and 38.3",
        ["thyroid-medication:RF1"],
    ),
    (
        "Completely forgot my thyroxine tablet yesterday, only noticed the blister pack this morning. Double up today?",
        ["thyroid-medication:SC3"],
    ),
    (
        "Positive pregnancy test this morning!! I take thyroxine 100mcg for Hashimoto's. Do I change anything?",
        ["thyroid-medication:RF4", "thyroid-medication:CC4"],
    ),
    (
        "My chemist has given me a different make of levothyroxine this month, tablets look different. Does it matter?",
        ["thyroid-medication:SC4"],
    ),
    (
        "I take biotin for my hair, and have a thyroid blood test next week",
        ["thyroid-medication:SC5"],
    ),
    # tick-bite-no-symptoms
    (
        "found an engorged tick on me, been on for maybe 2 days",
        ["tick-bite-no-symptoms:CC1", "tick-bite-no-symptoms:CC2"],
    ),
    (
        "red ring rash spreading around where I had a tick bite 10 days ago",
        ["tick-bite-no-symptoms:RF1"],
    ),
    (
        "There's a tick stuck on my daughter's scalp after the woods, do I burn it off or smother it with vaseline like my dad used to?",
        ["tick-bite-no-symptoms:SC1"],
    ),
    (
        "tick bite 2 weeks ago, now fever and aches",
        ["tick-bite-no-symptoms:RF2", "tick-bite-no-symptoms:CC3"],
    ),
    (
        "Took a tick off my ankle 2 days ago, there's a small pink raised spot at the bite about the size of a pea, not spreading",
        ["tick-bite-no-symptoms:OV5"],
    ),
    # urinary-symptoms-men
    (
        "can't pee for 6 hours and my lower belly is swollen and painful",
        ["urinary-symptoms-men:RF1", "urinary-symptoms-men:ES1"],
    ),
    ("started a cold medicine and now I can't pee properly", ["urinary-symptoms-men:CC3"]),
    (
        "63 and after I pee I keep dribbling a bit into my pants a minute later. Embarrassing. Any tricks?",
        ["urinary-symptoms-men:SC3", "urinary-symptoms-men:SC4"],
    ),
    ("man, burning when peeing and fever and pain between my legs", ["urinary-symptoms-men:RF2"]),
    (
        "My dad had prostate cancer. I'm 52 with no symptoms. Should I be asking for the PSA blood test and what are the downsides?",
        ["urinary-symptoms-men:CC4"],
    ),
    # uti-symptoms-women
    (
        "16 weeks pregnant and stinging when I wee and going constantly, no fever. Can I just drink loads of water and wait?",
        ["uti-symptoms-women:RF2"],
    ),
    ("UTIs keep coming back, 3 this year", ["uti-symptoms-women:CC3"]),
    ("can I take something to numb the burning?", ["uti-symptoms-women:SC3"]),
    ("on antibiotics for a UTI for 2 days and no better", ["uti-symptoms-women:CC2"]),
    ("my elderly mother has a UTI and is now confused and falling", ["uti-symptoms-women:RF3"]),
    # vaccine-reaction-local
    (
        "red itchy patch on my arm a week after my vaccine",
        ["vaccine-reaction-local:OV4", "vaccine-reaction-local:SC4"],
    ),
    (
        "chest pain and heart racing 3 days after my covid vaccine, I'm 17",
        ["vaccine-reaction-local:RF2"],
    ),
    (
        "shoulder pain since my flu jab 3 weeks ago, can't lift my arm",
        ["vaccine-reaction-local:CC3"],
    ),
    ("how common are serious allergic reactions to vaccines?", ["vaccine-reaction-local:OV5"]),
    ("arm reaction after the first dose, should I get the second?", ["vaccine-reaction-local:CC4"]),
    # vaginal-yeast
    ("thin grey discharge with a fishy smell", ["vaginal-yeast:OV5", "vaginal-yeast:RF3"]),
    (
        "pregnant 20 weeks, itchy with cottage cheese discharge, I have fluconazole left from before. ok to take one?",
        ["vaginal-yeast:RF2"],
    ),
    (
        "this is my fifth bout of thrush since January, I'm sick of buying canesten. Is something else going on?",
        ["vaginal-yeast:CC3"],
    ),
    ("does my partner need treating for thrush?", ["vaginal-yeast:SC8"]),
    ("using clotrimazole cream, is it safe with condoms?", ["vaginal-yeast:SC4"]),
    # viral-gastroenteritis-adult
    ("stomach bug, when can I go back to work?", ["viral-gastroenteritis-adult:SC9"]),
    ("norovirus in the house, does hand gel work?", ["viral-gastroenteritis-adult:SC7"]),
    ("vomiting bug, when can I eat again?", ["viral-gastroenteritis-adult:SC4"]),
    ("vomiting green bile and tummy rigid", ["viral-gastroenteritis-adult:RF3"]),
    ("I'm 78 with a stomach bug and on water tablets", ["viral-gastroenteritis-adult:CC2"]),
    # vision-loss-sudden
    (
        "lost vision in one eye for a few minutes like a curtain, back now",
        ["vision-loss-sudden:OV3", "vision-loss-sudden:RF1"],
    ),
    ("painful red eye, blurry with halos and vomiting", ["vision-loss-sudden:OV6"]),
    ("a few new floaters, no flashes", ["vision-loss-sudden:CC3"]),
    (
        "sudden loss of vision, should I use eye drops?",
        ["vision-loss-sudden:SC1", "vision-loss-sudden:SC2"],
    ),
    ("vision loss over a few days and pain when moving my eye", ["vision-loss-sudden:OV7"]),
    # warfarin-inr
    ("on warfarin, what do I do about greens and salad?", ["warfarin-inr:SC2"]),
    (
        "Toothache and I'm on warfarin for AF. Paracetamol ok? How much a day and for how long?",
        ["warfarin-inr:SC4"],
    ),
    (
        "finger prick INR machine at home reads 11.2!! rechecked and similar. no bleeding, no bruising. I'm on warfarin for a valve",
        ["warfarin-inr:RF5"],
    ),
    ("tooth extraction coming up, I'm on warfarin", ["warfarin-inr:CC4"]),
    (
        "Since starting warfarin in March my periods have become much heavier and I'm bruising easily on my legs",
        ["warfarin-inr:CC3"],
    ),
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
