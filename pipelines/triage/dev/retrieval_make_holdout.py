"""Make and check the retrieval held-out set (`retrieval_holdout.jsonl`) from hand-written messages.

Quotes are named by sentence keys (`pathway:SC3`) and copied verbatim from the loaded corpus.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from harness.metrics.scoring import normalise_text
from pipelines.jsonl import write_objects
from pipelines.triage.chunking import sections, split_sentences
from pipelines.triage.corpus import Corpus, load_corpus

OUT = Path(__file__).resolve().parent / "retrieval_holdout.jsonl"
SECTION_CODES = {
    "Overview": "OV",
    "Red flags": "RF",
    "Self-care": "SC",
    "When to contact the clinic": "CC",
    "When to escalate": "ES",
}
_KEY = re.compile(
    r"^(?P<pid>[a-z0-9-]+):(?P<sec>OV|RF|SC|CC|ES)(?P<n>\d+)(?:\+(?P<skip>\d+))?"
    r"(?:/(?P<take>\d+))?$"
)
_MARKDOWN = re.compile(r"[*#`\[\]|_]")
MIN_WORDS, MAX_WORDS, DEFAULT_TAKE = 10, 25, 20


def sentence_index(corpus: Corpus) -> dict[str, dict[str, str]]:
    """pathway id -> {"SC3": sentence text, ...}: list markers stripped, numbered from 1."""
    index: dict[str, dict[str, str]] = {}
    for p in corpus.pathways:
        keys: dict[str, str] = {}
        for sec in sections(p.text):
            code = SECTION_CODES.get(sec.heading)
            if code is None:
                continue
            n = 0
            for s, e in split_sentences(sec.body):
                sent = re.sub(r"^[-*]\s+|^\d+\.\s+", "", sec.body[s:e].strip())
                if sent:
                    n += 1
                    keys[f"{code}{n}"] = sent
        index[p.pathway_id] = keys
    return index


def section_of(key: str) -> str:
    m = _KEY.match(key)
    if not m:
        raise ValueError(f"bad quote key {key!r}")
    return {v: k for k, v in SECTION_CODES.items()}[m.group("sec")]


def quote_for(key: str, index: dict[str, dict[str, str]]) -> tuple[str, str]:
    """(pathway id, verbatim quote) for a key like `minor-burn:SC1`, `x:RF2+3` or `x:ES1+2/15`."""
    m = _KEY.match(key)
    if not m:
        raise ValueError(f"bad quote key {key!r}: use pathway:SEC<n>[+skip][/take]")
    pid = m.group("pid")
    if pid not in index:
        raise ValueError(f"{key}: unknown pathway {pid!r}")
    sent = index[pid].get(m.group("sec") + m.group("n"))
    if sent is None:
        raise ValueError(f"{key}: no such sentence in {pid}")
    words = sent.split()
    skip = int(m.group("skip") or 0)
    take = int(m.group("take") or DEFAULT_TAKE)
    piece = words[skip : skip + take]
    # a fragment that ends on a dangling connector reads badly; trim those and punctuation
    while piece and piece[-1].lower().strip(",;:") in {
        "and",
        "or",
        "the",
        "a",
        "of",
        "to",
        "with",
        "for",
        "in",
        "if",
        "than",
        "but",
        "by",
    }:
        piece = piece[:-1]
    quote = " ".join(piece).rstrip(",;:.")
    if quote.endswith(("(", "-")):
        quote = quote[:-1].rstrip()
    if quote.count("(") != quote.count(")"):
        # cut before the last, unclosed bracket
        quote = (
            quote[: quote.rfind("(")].rstrip(" ,;:")
            if quote.rfind("(") > quote.rfind(")")
            else quote
        )
    return pid, quote


def check_quote(
    pid: str, quote: str, corpus: Corpus, where: str, min_words: int = MIN_WORDS
) -> list[str]:
    problems = []
    n = len(quote.split())
    if not min_words <= n <= MAX_WORDS:
        problems.append(f"{where}: quote has {n} words (want {min_words}-{MAX_WORDS}): {quote!r}")
    if _MARKDOWN.search(quote):
        problems.append(f"{where}: quote holds markdown: {quote!r}")
    if normalise_text(quote) not in normalise_text(corpus.get(pid).text):
        problems.append(f"{where}: quote not verbatim in {pid}: {quote!r}")
    return problems


def build(
    items: list[tuple[str, list[str]]],
    prefix: str,
    corpus: Corpus,
    min_words: int = MIN_WORDS,
) -> tuple[list[dict[str, object]], list[str]]:
    index = sentence_index(corpus)
    rows: list[dict[str, object]] = []
    problems: list[str] = []
    seen_q: set[str] = set()
    for n, (query, keys) in enumerate(items, start=1):
        iid = f"{prefix}{n:04d}"
        if normalise_text(query) in seen_q:
            problems.append(f"{iid}: duplicate query")
        seen_q.add(normalise_text(query))
        rel = []
        for key in keys:
            try:
                pid, quote = quote_for(key, index)
            except ValueError as exc:
                problems.append(f"{iid}: {exc}")
                continue
            problems += check_quote(pid, quote, corpus, f"{iid} {key}", min_words)
            rel.append({"pathway_id": pid, "quote": quote})
        if not rel:
            problems.append(f"{iid}: no relevant passages")
        rows.append({"id": iid, "query": query, "relevant": rel})
    return rows, problems


def check_file(path: Path, corpus: Corpus, min_words: int = MIN_WORDS) -> list[str]:
    """Re-read a written file: JSON per line, unique ids, exact fields, verbatim quotes."""
    problems = []
    ids: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        if set(row) != {"id", "query", "relevant"}:
            problems.append(f"{path.name}:{n}: fields {sorted(row)}")
        if row["id"] in ids:
            problems.append(f"{path.name}:{n}: duplicate id {row['id']}")
        ids.add(row["id"])
        for rel in row["relevant"]:
            if rel["pathway_id"] not in corpus.ids:
                problems.append(f"{path.name}:{n}: unknown pathway {rel['pathway_id']}")
                continue
            where = f"{path.name}:{n}"
            problems += check_quote(rel["pathway_id"], rel["quote"], corpus, where, min_words)
    return problems


def dump(corpus: Corpus) -> None:
    for pid, keys in sentence_index(corpus).items():
        print(f"### {pid}")
        for k, s in keys.items():
            print(f"{k} {s}")


def main(argv: list[str]) -> int:
    corpus = load_corpus()
    if argv[:1] == ["--dump"]:
        dump(corpus)
        return 0
    rows, problems = build(ITEMS, "ho-ret-", corpus)
    if problems or argv[:1] == ["--check"]:
        print("\n".join(problems))
        print(f"{len(rows)} items, {len(problems)} problems")
        if problems:
            return 1
        return 0
    write_objects(OUT, rows)
    problems = check_file(OUT, corpus)
    print("\n".join(problems))
    print(f"wrote {len(rows)} items to {OUT.name}; re-read problems: {len(problems)}")
    return 1 if problems else 0


# Hand-written held-out messages (fictional) and the sentence keys of the passages answering them.
ITEMS: list[tuple[str, list[str]]] = [
    (
        "my dad (79) was fine at breakfast, now he keeps pulling at his blanket, thinks its 1985 and wont settle. he had a water infection last month. nurse at the home says its probably the UTI again, is that right?",
        ["acute-confusion-elderly:OV8", "acute-confusion-elderly:OV1"],
    ),
    (
        "Mum's care home started her on a new bladder pill last week (oxybutynin I think) and now she's foggy and muddled, didn't recognise me today. Could it be the tablet?",
        ["acute-confusion-elderly:OV6", "acute-confusion-elderly:CC4"],
    ),
    (
        "eyes sooo itchy every time i visit my sisters cat, watering, lids puffy. no goop. what drops can i use and how often",
        ["allergic-conjunctivitis:SC4", "allergic-conjunctivitis:SC3"],
    ),
    (
        "sneezing nonstop since the trees came out, nose runs like a tap, roof of my mouth itches. no temp. whats the best thing to take, i hate feeling drowsy at work",
        ["allergic-rhinitis-seasonal:SC3", "allergic-rhinitis-seasonal:OV7"],
    ),
    (
        "Started the fluticasone nose spray 3 days ago for hayfever and honestly nothing. Is it a dud? Also I get nosebleeds with it",
        ["allergic-rhinitis-seasonal:OV7", "allergic-rhinitis-seasonal:SC2"],
    ),
    (
        "son ate a cookie at a party 20 min ago, now covered in hives, keeps coughing and says his throat feels funny. we have his epipen jr. do we use it or give benadryl first??",
        ["anaphylaxis:OV5", "anaphylaxis:SC1"],
    ),
    (
        "Used my EpiPen for a wasp sting an hour ago, feel totally normal now. Do I really need to go to hospital? Hate wasting their time.",
        ["anaphylaxis:ES1", "anaphylaxis:OV7"],
    ),
    (
        "Woke up with my top lip huge and lopsided, not itchy at all. I take lisinopril for pressure. Breathing fine. Can I just take an antihistamine and go to work?",
        ["angioedema:OV7", "angioedema:SC2"],
    ),
    (
        "hi, our cat bit my hand this evening, two little holes by the knuckle, they've already closed up and don't look like much. do I need to bother anyone tonight",
        ["animal-bite-broken-skin:OV1", "animal-bite-broken-skin:CC1"],
    ),
    (
        "Neighbour's dog nipped my daughter's calf, it broke the skin a bit. The dog has had its shots supposedly. What should I clean it with and does she need anything for rabies?",
        ["animal-bite-broken-skin:SC1", "animal-bite-broken-skin:OV8"],
    ),
    (
        "fell off the curb, foot rolled under me. cant put any weight on it at all, had to hop to the car. the bony bit on the outside is really tender. is it ok to wait and see?",
        ["ankle-injury-unable-weight:OV2", "ankle-injury-unable-weight:CC1"],
    ),
    (
        "Twisted my ankle at netball yesterday. Bit swollen and bruised on the outside but I can walk on it, just sore. How long before I can play again?",
        ["ankle-sprain-mild:OV4", "ankle-sprain-mild:SC2"],
    ),
    (
        "Since the doctor bumped my amlodipine up to 10mg in spring, my feet and ankles swell like balloons by dinner time, you can see the sock lines. Normal size when I wake. Can I just quit the tablet?",
        ["ankle-swelling-mild:OV6", "ankle-swelling-mild:SC5"],
    ),
    (
        "Missed last night's apixaban - was at my daughter's wedding and completely forgot. It's now mid-morning. My husband says take two now to make up for it, is he right?",
        ["anticoagulant-missed-dose:OV4", "anticoagulant-missed-dose:SC1"],
    ),
    (
        "My heart races and I can't stop worrying about everything, work, money, my kids. Been like this for months and getting worse, barely sleeping. No thoughts of hurting myself. Any tips while I wait for an appointment?",
        ["anxiety-worsening:SC1", "anxiety-worsening:CC1"],
    ),
    (
        "Started sertraline 10 days ago for anxiety and honestly I feel MORE on edge. Is this normal or should I quit it?",
        ["anxiety-worsening:SC7", "anxiety-worsening:CC2"],
    ),
    (
        "my husband has asthma, he's used his blue inhaler like 12 times in the last hour and it's doing nothing, he can only say a couple of words at a time and his lips look greyish",
        ["asthma-attack-severe:ES1", "asthma-attack-severe:SC2"],
    ),
    (
        "asthma playing up since I caught a cold. wheezy at night, using the ventolin 3 or 4 times a day and it does help for a few hours. can still talk fine. what should I be doing",
        ["asthma-flare-mild:SC2", "asthma-flare-mild:CC1"],
    ),
    (
        "Between my 4th and 5th toes it's soggy white skin that peels off and itches terribly, I swim at the leisure centre 3x a week. What should I buy at the chemist and for how long?",
        ["athletes-foot:SC1", "athletes-foot:OV2"],
    ),
    (
        "I'm 8 weeks pregnant and had a little pink spotting after sex last night, no cramps, feel ok. Is the baby ok? What should I do?",
        ["bleeding-pregnancy:OV2", "bleeding-pregnancy:CC1"],
    ),
    (
        "Bad back for a week, now it's gone weird down below, like numb when i wipe, and i didnt feel the need to pee all morning. Physio appt is friday, can it wait?",
        ["cauda-equina:ES1", "cauda-equina:SC3"],
    ),
    (
        "red hot patch on my shin, started around a scratch, seems to be getting bigger since this morning. no fever. how do i tell if it's spreading",
        ["cellulitis-early:SC1", "cellulitis-early:CC1"],
    ),
    (
        "Had chemo on monday, its wednesday and im queasy but keeping fluids and the ondansetron down. Is this the delayed sickness thing? what can I eat",
        ["chemo-nausea-controlled:OV2", "chemo-nausea-controlled:SC2"],
    ),
    (
        "Crushing feeling in my chest for 15 minutes, going into my left arm, sweaty and sick. I'm 58. Should I drive to the ER?",
        ["chest-pain-cardiac:SC2", "chest-pain-cardiac:SC3"],
    ),
    (
        "my mum says she has 'indigestion' and feels breathless and wiped out since lunch, she's diabetic and 77. she doesnt want a fuss",
        ["chest-pain-cardiac:OV3", "chest-pain-cardiac:ES1"],
    ),
    (
        "Runny nose, scratchy throat, sneezing, temp 37.4. Day 2. Snot is going green - do I need antibiotics?",
        ["common-cold:OV7", "common-cold:RF3"],
    ),
    (
        "both eyes red and gunky, woke up with lashes glued shut with yellow stuff. my kid had it last week. can I still go to work at the daycare?",
        ["conjunctivitis-infective:OV4", "conjunctivitis-infective:SC7"],
    ),
    (
        "I sleep in my monthly lenses sometimes (I know). Left eye went red today and it properly aches, squinting in daylight. Just get conjunctivitis drops from the pharmacy ok?",
        ["conjunctivitis-infective:RF1", "conjunctivitis-infective:CC3"],
    ),
    (
        "havent pooped in 5 days since they put me on codeine after my knee op, belly is bloated but im passing wind and not sick. what can i take thats gentle",
        ["constipation-adult:SC6", "constipation-adult:CC2"],
    ),
    (
        "Cough that won't quit, going on 10 weeks now. Never smoked. Dr put me on ramipril in the spring, could that be it??",
        ["cough-persistent:OV4", "cough-persistent:SC5"],
    ),
    (
        "Tested positive for covid this morning, day 2 of symptoms, sore throat and aches. I'm 71 and on a statin and blood thinner. Do I qualify for the antiviral pill?",
        ["covid-mild:OV6", "covid-mild:CC2"],
    ),
    (
        "my 2yo woke up at midnight barking like a seal and hoarse, but now hes calm and breathing quiet. do I need to take him in or what can I do at home",
        ["croup-mild:SC1", "croup-mild:CC2"],
    ),
    (
        "toddler has croup, just now he's making a squeaky noise breathing in even though he's sitting quietly on my lap and the skin under his neck is sucking in",
        ["croup-mild:ES2", "croup-mild:ES3"],
    ),
    (
        "34 weeks, baby usually goes crazy after dinner but tonight barely anything. I drank ice water and poked my belly, a couple of little flutters. Should I just sleep and see in the morning?",
        ["decreased-fetal-movement:SC1", "decreased-fetal-movement:SC3"],
    ),
    (
        "type 2 diabetic, noticed a blister on the ball of my foot from new shoes. doesnt hurt at all, I cant feel much down there anyway. is it ok to pop it and put a plaster on?",
        ["diabetic-foot-sore:CC2", "diabetic-foot-sore:SC3"],
    ),
    (
        "Every morning when I lie back or tip my head to put in eye drops the ceiling whirls around for a few seconds, then it's gone. Ears fine, no weakness. 58F. What is this?",
        ["dizziness-positional:OV2", "dizziness-positional:OV3"],
    ),
    (
        "My 15 year old is type 1, had a stomach bug, thrown up 3 times, breathing heavy and fast, his breath smells weird fruity and the ketone meter says 3.4",
        ["dka-signs:ES1", "dka-signs:RF3"],
    ),
    (
        "on dapagliflozin, feel awful, vomiting, sugar only 190 so can't be anything diabetic right?",
        ["dka-signs:OV8", "dka-signs:SC6"],
    ),
    (
        "Finished amoxicillin 3 days ago for an ear infection and now a blotchy pink rash all over my tummy and back. Itchy but I feel fine otherwise, no blisters, mouth ok.",
        ["drug-rash-mild:OV2", "drug-rash-mild:CC1"],
    ),
    (
        "flew back from australia 2 days ago, left calf is swollen and tight and hurts when i walk, bit warm too. no breathing problems. how urgent is this?",
        ["dvt-leg-swelling:SC1", "dvt-leg-swelling:RF3"],
    ),
    (
        "ear has been killing me since my holiday, lots of swimming. hurts when i tug the earlobe and the canal feels blocked. can i use the olive oil drops i have at home?",
        ["ear-pain-adult:OV2", "ear-pain-adult:OV6"],
    ),
    (
        "positive test last week, about 7 weeks since my period. today sharp pain low on my right side and a bit of brown spotting. no scan yet. is this a miscarriage?",
        ["ectopic-pregnancy-signs:OV7", "ectopic-pregnancy-signs:ES2"],
    ),
    (
        "Winter has set off my eczema again, rough itchy patches inside my elbows and behind my knees, not oozing. Pharmacist sold me hydrocortisone 1% - how thick and how many days can I use it?",
        ["eczema-mild-flare:SC4", "eczema-mild-flare:SC1"],
    ),
    (
        "condom split saturday night, its now tuesday afternoon. pharmacy only has plan b. is it too late? i weigh about 90kg if that matters",
        ["emergency-contraception:OV8", "emergency-contraception:OV4"],
    ),
    (
        "My wife had her chemo 9 days ago. Tonight she's shivery and the thermometer says 38.4. She wants to take paracetamol and sleep it off and call in the morning.",
        ["febrile-neutropenia:SC3", "febrile-neutropenia:OV7"],
    ),
    (
        "Temp 38.9 since yesterday, aches everywhere, shivers, I'm 34 and normally healthy. Drinking ok. How much paracetamol can I take and do I need to be seen?",
        ["fever-adult-viral:SC2", "fever-adult-viral:OV3"],
    ),
    (
        "my 18 month old has 39.5 fever, had a runny nose. she's still playing and drinking between naps once the calpol kicks in. how often can i give it and should i be worried",
        ["fever-child-over-3-months:OV4", "fever-child-over-3-months:SC2"],
    ),
    (
        "baby is 6 weeks old, felt hot so I checked under his arm: 37.9. he's feeding ok. can I give baby paracetamol and see how he goes tonight?",
        ["fever-infant-under-3-months:OV6", "fever-infant-under-3-months:SC3"],
    ),
    (
        "big fluid blister on my heel from hiking boots, it's tight and sore and I've got 3 more days of walking. do I pop it?",
        ["friction-blister:SC4", "friction-blister:OV5"],
    ),
    (
        "been on iron tablets for a week and my poop is really dark now, almost black. I feel totally normal. should I worry?",
        ["gi-bleeding:OV7", "gi-bleeding:CC3"],
    ),
    (
        "Threw up twice this morning and it looked like coffee grounds, I'm a bit lightheaded. I take aspirin and ibuprofen for my back",
        ["gi-bleeding:RF3", "gi-bleeding:ES1"],
    ),
    (
        "big toe swelled up overnight, red hot, cant even have the duvet on it. had gout before and i'm on allopurinol - should I stop the allopurinol while its flaring?",
        ["gout-flare:SC2", "gout-flare:OV2"],
    ),
    (
        "daycare called, my 3 yr old has spots on her palms and soles and ulcers in her mouth. she won't drink anything because it hurts. what can i give her to drink and for the pain",
        ["hand-foot-mouth:SC2", "hand-foot-mouth:OV5"],
    ),
    (
        "Grandma (81) tripped over the rug and banged her forehead on the table about an hour ago. Big egg lump, seems herself. She takes warfarin. Ice it and keep an eye?",
        ["head-injury-red-flags:OV4", "head-injury-red-flags:ES2"],
    ),
    (
        "school sent a note home, found lice on my son. which shampoo do I use and do I really have to wash every single thing in the house?",
        ["head-lice:SC2", "head-lice:SC10"],
    ),
    (
        "I'm 68, never really had headaches, but for 2 weeks a nagging pain at my right temple, my scalp hurts when I comb my hair and my jaw aches when I chew steak.",
        ["headache-new-over-50:OV4", "headache-new-over-50:CC3"],
    ),
    (
        "Dad has heart failure, his scale shows up 4 pounds since monday and his ankles are bigger, he's a bit more puffed climbing stairs but ok sitting in his chair.",
        ["heart-failure-worsening:CC2", "heart-failure-worsening:OV2"],
    ),
    (
        "burning behind my breastbone after a big curry and a few beers, happens maybe once every couple weeks. what can I take to stop it happening at night?",
        ["heartburn-occasional:SC1", "heartburn-occasional:SC5"],
    ),
    (
        "chest cold for a week and this morning there were a few red streaks in my phlegm. I'm 29, don't smoke, breathing ok. Do I need to go in?",
        ["hemoptysis:CC3", "hemoptysis:CC1"],
    ),
    (
        "Bright red blood on the toilet paper after I strain, itchy around my bum, no pain. Happened a few times this week. Embarrassed to ask, what do I do",
        ["hemorrhoids-uncomplicated:OV2", "hemorrhoids-uncomplicated:SC1"],
    ),
    (
        "welts all over my arms and belly that come and go, each one disappears in a few hours then pops up somewhere else. no swelling of my face, breathing normal.",
        ["hives-mild:OV2", "hives-mild:SC1"],
    ),
    (
        "got a home blood pressure machine and it said 152/94 after i ran up the stairs with a coffee. feel totally fine. do I need medication?",
        ["home-bp-elevated:OV3", "home-bp-elevated:SC1"],
    ),
    (
        "type 2, sugar reading 287 this morning and 270 after lunch, feel fine apart from being thirsty. on metformin. I did have a big slice of cake with my fingers just before testing lol",
        ["hyperglycemia-type2-mild:SC1", "hyperglycemia-type2-mild:OV5"],
    ),
    (
        "My BP monitor says 196/118, checked 3 times. I have a pounding headache and my vision is a bit blurry. Ran out of my pills 4 days ago. Should I just take a double dose tonight?",
        ["hypertensive-urgency:ES1", "hypertensive-urgency:SC4"],
    ),
    (
        "went low at the gym, 52, had juice and jelly babies, now 6.1 / feel normal. on gliclazide (a sulfonylurea). ok to drive home now?",
        ["hypoglycemia-recovered:SC5", "hypoglycemia-recovered:OV8"],
    ),
    (
        "my husband is diabetic on insulin and he's slurring, sweating, acting drunk but hasnt had a drink. he can't really hold the cup. meter says 2.4",
        ["hypoglycemia-severe:SC5", "hypoglycemia-severe:SC6"],
    ),
    (
        "on keytruda + yervoy since september. last 2 days i've had 5 or 6 more loose stools than normal, bit crampy. can i take imodium?",
        ["ici-diarrhea-colitis:SC1", "ici-diarrhea-colitis:CC1"],
    ),
    (
        "Im on nivolumab. This week: awful headache, wiped out, no appetite, dizzy when I stand up from the couch, nearly passed out this morning.",
        ["ici-endocrine-crisis:RF1", "ici-endocrine-crisis:ES1"],
    ),
    (
        "3 months into pembrolizumab and I'm exhausted, cold all the time, put on 4 kilos and constipated. Is this the cancer or the treatment?",
        ["ici-fatigue-thyroid:OV4", "ici-fatigue-thyroid:CC2"],
    ),
    (
        "my mother is on opdivo and her eyes look a bit yellow today and her pee is like tea. she feels tired but ok otherwise. can it wait till her appointment next week?",
        ["ici-hepatitis:CC1", "ici-hepatitis:SC1"],
    ),
    (
        "second dose of immunotherapy 3 weeks ago, since yesterday my heart keeps fluttering and I get chest tightness walking to the kitchen. also my eyelids droop in the evening",
        ["ici-myocarditis:ES1", "ici-myocarditis:RF4"],
    ),
    (
        "on durvalumab after lung radiotherapy. new dry cough for a week and I'm puffing going up stairs which I wasnt before. oxygen 95. I have some old amoxicillin should I take it?",
        ["ici-pneumonitis:SC3", "ici-pneumonitis:CC1"],
    ),
    (
        "husband on ipilimumab, rash got much worse overnight, skin on his back is blistering and coming off, mouth full of sores, temp 38.6",
        ["ici-severe-skin:SC2", "ici-severe-skin:ES1"],
    ),
    (
        "few weeks into keytruda, itchy pink spots on my chest and arms, maybe 5% of my skin, no blisters no fever. can I use my hydrocortisone cream?",
        ["ici-skin-mild:SC6", "ici-skin-mild:CC2"],
    ),
    (
        "4-month-old diagnosed with RSV yesterday. Tonight her tummy is heaving, I can see little dips between her ribs each breath and she's only managed a couple of ounces of milk since lunch",
        ["infant-breathing-difficulty:OV3/21", "infant-breathing-difficulty:ES2"],
    ),
    (
        "I'm 72 with COPD and since this morning sudden high fever, shivers and aching all over, my grandson had flu last week. Do I need Tamiflu? How soon?",
        ["influenza-high-risk:OV4", "influenza-high-risk:OV5"],
    ),
    (
        "got stung by a wasp on the hand yesterday and now my whole forearm is swollen up to the elbow, red and itchy. no trouble breathing, no hives anywhere else. is this anaphylaxis??",
        ["insect-bite-sting-local:OV4", "insect-bite-sting-local:OV6"],
    ),
    (
        "cant sleep since my divorce started, lying awake for hours, up at 4am. Ive been napping in the afternoon to cope. Can I take benadryl every night?",
        ["insomnia-short-term:SC9", "insomnia-short-term:SC1"],
    ),
    (
        "sudden agonising pain in my right side under the ribs going down to my groin, comes in waves, cant sit still, pee looks pinkish. no fever.",
        ["kidney-stone-pain:OV3", "kidney-stone-pain:SC1"],
    ),
    (
        "knees ache after walking the dog, stiff in the morning for 10 min, 61 years old. friend said I need an MRI. do I? what actually helps",
        ["knee-pain-chronic:OV7", "knee-pain-chronic:OV5"],
    ),
    (
        "Portal shows my ALT flagged H at 48 (range up to 45). Nobody's called me. Do I have liver disease??",
        ["lab-result-question:OV3", "lab-result-question:SC1"],
    ),
    (
        "put my back out lifting a box on sunday. hurts to bend but no numbness, no pain down my legs. should i stay in bed till it settles?",
        ["low-back-pain-acute:OV5", "low-back-pain-acute:SC1"],
    ),
    (
        "just feel flat and empty for the last month, can't enjoy anything, dragging myself to work. not thinking of hurting myself. what can I actually do about it day to day?",
        ["low-mood:SC1", "low-mood:CC1"],
    ),
    (
        "I take warfarin and my back is killing me - is it ok to take ibuprofen or naproxen with it? also I started some fish oil capsules",
        ["medication-interaction:OV5", "medication-interaction:CC4"],
    ),
    (
        "only 2 of my levetiracetam (keppra) tablets left and the pharmacy says the doctor hasn't approved the refill. what do I do",
        ["medication-refill:CC2", "medication-refill:SC3"],
    ),
    (
        "started metformin last week and my stomach is a mess, loose stools and queasy. is this going to last? tempted to just stop it",
        ["medication-side-effect:SC3", "medication-side-effect:OV1"],
    ),
    (
        "My 19yo at uni texted that she has a bad headache, fever, light hurts her eyes and her legs ache and her hands are freezing. She's going to sleep it off. Should I be worried",
        ["meningitis-signs:OV8", "meningitis-signs:ES2"],
    ),
    (
        "period cramps are brutal every month, day 1 and 2 I'm curled up. I'm 17. what's the best way to take ibuprofen for it",
        ["menstrual-cramps:SC1", "menstrual-cramps:SC2"],
    ),
    (
        "usual migraine came on this morning, same as always, one side throbbing, feel sick. I have sumatriptan - the first one wore off, can I take another?",
        ["migraine-known:SC3", "migraine-known:OV5"],
    ),
    (
        "I'm 46, never had migraines. 30 min ago my vision went sparkly on the left and my left hand went numb and clumsy all at once. Now headache. is this a migraine aura?",
        ["migraine-vs-stroke-aura:OV6", "migraine-vs-stroke-aura:ES1"],
    ),
    (
        "dodgy takeaway last night, runs about 5 times today, no blood, no temp, eating a bit of toast. how much imodium can I take",
        ["mild-diarrhea-adult:SC5", "mild-diarrhea-adult:SC6"],
    ),
    (
        "grabbed the oven tray without a mitt, two fingers red and stinging, a small blister on one. its about the size of a coin. what do i put on it, my nan says butter",
        ["minor-burn:SC1", "minor-burn:SC4"],
    ),
    (
        "kid spilled a whole kettle of boiling water down his chest and arm, big area, skin looks white in places and he says part of it doesn't hurt",
        ["severe-burn:OV4", "severe-burn:ES1"],
    ),
    (
        "sliced my thumb cutting a bagel, bled a lot but stopped after pressing for 10 min. edges stay together. do I need stitches? last tetanus maybe 12 years ago",
        ["minor-cuts-scrapes:OV2", "minor-cuts-scrapes:SC9"],
    ),
    (
        "going on a ferry next week and I get horribly seasick. what can I take and when, I'll need to drive off the boat after",
        ["motion-sickness:SC5", "motion-sickness:SC6"],
    ),
    (
        "painful white ulcer inside my lower lip, red edge, stings with orange juice, had it 4 days. is it contagious? anything to numb it",
        ["mouth-ulcers:OV1", "mouth-ulcers:SC2"],
    ),
    (
        "nosebleed from nowhere while watching tv, i tipped my head back and stuffed tissue up it, still dripping down my throat after 5 mins. doing it wrong?",
        ["nosebleed-simple:SC6", "nosebleed-simple:SC1"],
    ),
    (
        "my teenager just told me she swallowed about 20 paracetamol 2 hours ago after a fight with her boyfriend. she says she feels totally fine and doesnt want to go to hospital",
        ["overdose-poisoning:OV6", "overdose-poisoning:ES1"],
    ),
    (
        "toddler might have swallowed one of those flat round batteries from the tv remote, it's missing and he's got drool. what do i do??",
        ["overdose-poisoning:OV8", "overdose-poisoning:SC7"],
    ),
    (
        "sometimes when i lie down at night my heart does a flip then a thud, few seconds, then normal. drink a lot of energy drinks for shifts. no pain or fainting. 26F",
        ["palpitations-brief:OV2", "palpitations-brief:SC3"],
    ),
    (
        "day 6 after my hernia op, there's a hard lumpy ridge under the scar and it itches. No redness or pus. Is the hardness an infection?",
        ["postop-wound-healing:OV3", "postop-wound-healing:OV4"],
    ),
    (
        "had my gallbladder out a week ago, one of the keyhole cuts is now red around it, hot, and leaking some yellowish smelly stuff. temp 37.9. the others look fine",
        ["postop-wound-infection:OV7", "postop-wound-infection:CC3"],
    ),
    (
        "gave birth 12 days ago, bleeding had gone brownish but today it's bright red again and heavier, a couple of clots, feel ok though. is this normal?",
        ["postpartum-bleeding:CC3", "postpartum-bleeding:OV5"],
    ),
    (
        "had a cold 4 weeks ago, everything else cleared but I still have this tickly dry cough esp at night and when I laugh. No fever, not breathless. can I get antibiotics to knock it out",
        ["postviral-cough:OV3", "postviral-cough:OV2"],
    ),
    (
        "34 weeks pregnant, headache all day that paracetamol isnt touching, seeing sparkly spots, and my rings dont fit anymore. BP cuff says 158/104",
        ["preeclampsia-signs:RF2", "preeclampsia-signs:ES1"],
    ),
    (
        "9 weeks pregnant and nauseous all day, threw up twice today but keeping water and crackers down. what's safe to take?",
        ["pregnancy-nausea-mild:SC6", "pregnancy-nausea-mild:SC1"],
    ),
    (
        "Sudden shortness of breath today and a stabbing pain when I breathe in, heart racing at 115. I had knee replacement 3 weeks ago and my calf has been sore",
        ["pulmonary-embolism-signs:OV2", "pulmonary-embolism-signs:ES1"],
    ),
    (
        "had a bladder infection with burning, now 39 fever, chills and a deep ache in my right side of my back. throwing up. should i just drink cranberry juice",
        ["pyelonephritis:OV5", "pyelonephritis:OV3"],
    ),
    (
        "Itchy red rash on my wrist exactly where my new watch strap sits. Nothing anywhere else, feel fine, no fever. Cream recommendations?",
        ["rash-new-nonurgent:SC1", "rash-new-nonurgent:SC3"],
    ),
    (
        "shooting pain from my bum down the back of my left leg to my foot, worse when i sneeze or sit at my desk. back only a bit sore. bladder fine. how long does this last?",
        ["sciatica:OV3", "sciatica:OV5"],
    ),
    (
        "My brother (32) just had a fit at dinner, shaking all over for maybe 2 minutes, bit his tongue, now he's groggy but talking. He's never had one. He says don't call anyone, he's fine",
        ["seizure-first:OV5", "seizure-first:ES1"],
    ),
    (
        "Mum is 80 and has had a chest infection, today she's confused, breathing fast, skin looks blotchy and she hasn't peed since last night. No temperature though",
        ["sepsis-signs:SC3", "sepsis-signs:RF5"],
    ),
    (
        "19M. Ache started around my navel yesterday evening, overnight it shifted to the bottom right and now every bump in the car is agony. Can't face food, nauseous. Can I take ibuprofen and sleep?",
        ["severe-abdominal-pain:OV2", "severe-abdominal-pain:SC4"],
    ),
    (
        "my dad has copd, he's sitting forward gasping and can only get a couple words out, his fingertips look bluish and the oximeter says 84",
        ["severe-breathlessness:SC1", "severe-breathlessness:SC2"],
    ),
    (
        "Shooting pain and tingling on one side of my ribs for 3 days, now a strip of blisters has come up in a band just on the right. I'm 63. Is it too late for the antiviral?",
        ["shingles:OV5", "shingles:CC1"],
    ),
    (
        "stuffed up for nearly 2 weeks now, thought the cold was getting better then it got worse again, face aches over my cheeks when I bend down, green snot. Do I need antibiotics now?",
        ["sinusitis-persistent:OV3", "sinusitis-persistent:OV4"],
    ),
    (
        "want to quit, smoke about 20 a day, first one within 10 minutes of waking. tried cold turkey twice. what patch strength should I be on?",
        ["smoking-cessation:OV7", "smoking-cessation:OV6"],
    ),
    (
        "sore throat 2 days, runny nose and a cough too, no fever. work want me to get antibiotics so i can come back quicker lol. is that a thing",
        ["sore-throat-uncomplicated:OV4", "sore-throat-uncomplicated:OV2"],
    ),
    (
        "My wife's speech went garbled at breakfast and her right arm is weak, it seems to be coming back a bit now. Should I give her an aspirin and drive her to the ER?",
        ["stroke-signs:SC5", "stroke-signs:SC2"],
    ),
    (
        "red sore pimple thing on the edge of my upper eyelid, yellow top on it. can i squeeze it? i wear mascara every day",
        ["stye:SC5", "stye:SC6"],
    ),
    (
        "honestly im done. got a bottle of my mums tablets hidden in my room and im taking them after everyone's asleep. just needed to tell someone",
        ["suicidal-thoughts:RF1", "suicidal-thoughts:SC3"],
    ),
    (
        "fell asleep at the beach, back and shoulders bright red and sore, no blisters, i feel fine. what helps? someone said vaseline",
        ["sunburn-mild:SC2", "sunburn-mild:SC1"],
    ),
    (
        "my 16 yo fainted at church standing for a long time, was warm and she went pale and sweaty first, out for a few seconds and fine after. first time",
        ["syncope:OV2", "syncope:CC1"],
    ),
    (
        "tight band round my forehead most afternoons at my desk, both sides, no sick feeling, I take ibuprofen most days now. Is that ok?",
        ["tension-headache:SC3", "tension-headache:OV2"],
    ),
    (
        "my 14 yo woke at 3am with really bad pain in one testicle and he's been sick once. he's embarrassed and says to wait till morning",
        ["testicular-pain-sudden:OV6", "testicular-pain-sudden:ES1"],
    ),
    (
        "got the worst headache of my life out of nowhere while lifting weights, like being hit with a bat, it's easing a little now, I usually get migraines so is it just one of those?",
        ["thunderclap-headache:OV8", "thunderclap-headache:SC2"],
    ),
    (
        "I take my levothyroxine with my morning coffee and calcium tablet, is that why my TSH keeps being off?",
        ["thyroid-medication:OV5", "thyroid-medication:SC2"],
    ),
    (
        "pulled a tiny tick off my son's leg after our camping trip, flat, probably on there less than a day. head might still be in. what now?",
        ["tick-bite-no-symptoms:OV3", "tick-bite-no-symptoms:SC3"],
    ),
    (
        "I am 67 years, at night I wake up 3 or 4 time for the toilet and the stream is very weak, take long time to start. No pain no fever. It is the prostate? Is dangerous?",
        ["urinary-symptoms-men:OV3", "urinary-symptoms-men:CC1"],
    ),
    (
        "burning when i pee and going every 10 minutes, tiny amounts, no fever no back pain. not pregnant. can i just wait it out with cranberry juice",
        ["uti-symptoms-women:OV6", "uti-symptoms-women:CC1"],
    ),
    (
        "had my shingles jab yesterday (first dose), arm is sore and red and I feel like I've been hit by a bus, bit shivery. normal? should I skip the second one?",
        ["vaccine-reaction-local:OV3", "vaccine-reaction-local:OV2"],
    ),
    (
        "after my course of antibiotics I have the itching again down there and thick white discharge, like the thrush I had last year. which cream and how many days",
        ["vaginal-yeast:SC1", "vaginal-yeast:OV9"],
    ),
    (
        "whole family has the vomiting bug, I've been sick 4 times since midnight but can keep small sips down, still peeing. how do I get fluids in without throwing up again",
        ["viral-gastroenteritis-adult:SC1", "viral-gastroenteritis-adult:SC3"],
    ),
    (
        "Saw a bunch of flashing lights in my right eye last night and now there's a grey shadow creeping in from the side. No pain. Can I get an optician appointment next week?",
        ["vision-loss-sudden:OV5", "vision-loss-sudden:ES2"],
    ),
    (
        "anticoag clinic says INR 4.6 (mine should be 2 to 3). The dentist put me on metronidazole for an abscess 5 days ago. No bleeding at all. Do I take my warfarin tonight or not?",
        ["warfarin-inr:CC1", "warfarin-inr:OV6"],
    ),
    (
        "Hello, my father 75 years old on warfarin, he fall in the bathroom and hit the head on the sink. He say he is ok, no vomit. We must go hospital or only watch him?",
        ["warfarin-inr:RF1", "head-injury-red-flags:ES2"],
    ),
    (
        "mi hijo tiene 4 años, fever 39 since 3 days, he drink a little, play a little. the ibuprofen help. when i need to bring him?",
        ["fever-child-over-3-months:CC3", "fever-child-over-3-months:SC3"],
    ),
    (
        "Sugar 320 at breakfast and 340 now, type 1 on a pump, feel sick and my stomach hurts, ketones 1.8. pump site looks a bit red",
        ["dka-signs:SC4", "dka-signs:OV6"],
    ),
    (
        "I get panic attacks with racing heart but this time it lasted 40 minutes and my pulse was 160 and I felt like I might pass out. Its gone now. Anxiety again right?",
        ["palpitations-brief:OV7", "palpitations-brief:ES2"],
    ),
    (
        "my 80 yr old aunt has had diarrhoea and vomiting for 2 days, cant keep even water down since this morning, hasnt peed since yesterday and she's dizzy when she stands",
        ["severe-dehydration:ES1", "severe-dehydration:OV6"],
    ),
    (
        "Bad stomach bug - I've been vomiting for 14 hours but the last hour small sips of rehydration drink have stayed down. On lithium and a water pill. Do I need to call someone?",
        ["severe-dehydration:CC3", "severe-dehydration:CC5"],
    ),
]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
