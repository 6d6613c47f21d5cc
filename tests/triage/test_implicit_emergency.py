"""The implicit-emergency safety net: it fires on emergencies told without the textbook words,
stays quiet on their look-alikes, and leaves every decision it does not fire on untouched."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest

from harness.contract import AcuityItem, PipelineConfig, TriageDecision
from pipelines.triage import implicit_emergency, implicit_emergency_model
from pipelines.triage.dev.acuity_charts import build_chart
from pipelines.triage.implicit_emergency import EMERGENCY_BAND, OVERRIDE_CONFIDENCE, detect
from pipelines.triage.pipeline import TriagePipeline
from tests.stubs.llm_server import Reply, StubLLMServer
from tests.triage.decisions import decision

# Each: a message and the kind it must raise. Written for these tests, in words that differ
# from every development and held-out set.
FIRES = [
    ("I have been keeping back my pills for weeks. Tonight I'll take the lot.", "self_harm_intent"),
    (
        "Put aside enough of my meds now. Going to do it Saturday when the flat is empty.",
        "self_harm_intent",
    ),
    (
        "Nobody will miss me. I've tied a noose and hidden it in the shed.",
        "self_harm_intent",
    ),
    ("I've decided. By Friday I won't be around any more.", "self_harm_intent"),
    (
        "swallowed 25 of my dad's painkillers about an hour ago, feel dizzy",
        "overdose_or_poisoning_taken",
    ),
    ("I took a whole packet of my sleeping tablets with vodka", "overdose_or_poisoning_taken"),
    (
        "took around 40 diazepam this afternoon, can hardly keep my eyes open",
        "overdose_or_poisoning_taken",
    ),
    ("No reason to carry on. The revolver is in the drawer.", "self_harm_intent"),
    ("my toddler has bitten open a washing pod and swallowed some", "overdose_or_poisoning_taken"),
    (
        "Her smile went lopsided all of a sudden and her words are slurring.",
        "stroke_signs",
    ),
    (
        "His arm went limp and useless ten minutes ago and he can't get his words out",
        "stroke_signs",
    ),
    ("Ate a sesame bun and my throat feels tight and my tongue is swelling", "anaphylaxis_signs"),
    ("The cut on my wrist is spurting blood and won't stop bleeding", "heavy_bleeding"),
    ("passing clots bigger than a golf ball and soaking a pad every 10 minutes", "heavy_bleeding"),
    ("My dad collapsed in the kitchen and isn't responding to us", "breathing_or_responsiveness"),
    (
        "baby's ribs are sucking in with each breath and his lips are turning blue",
        "breathing_or_responsiveness",
    ),
    (
        "tightness across my chest and I'm clammy and grey, started at rest",
        "cardiac_chest_discomfort",
    ),
]

# Look-alikes of each kind that are not emergencies now.
QUIET = [
    "I've been saving my tablets for the trip to Canada so I don't run out. Is a letter needed?",
    "I took an overdose years ago and I'm well now. Can I restart counselling?",
    "My friend had a crisis last month and is with the mental health team; how can I help her?",
    "Feeling low since the move. I'm not going to hurt myself, I'd just like a counsellor.",
    "How many ibuprofen can I take in a day without overdoing it?",
    "This commute is going to kill me lol. Any tips for neck ache?",
    "I took all my tablets with breakfast as usual. Should the statin be in the evening?",
    "Finished the whole course of antibiotics. Do I need a retest?",
    "My cheek is still numb from the dentist injection and my smile looks a bit crooked.",
    "Over the last year I sometimes can't find my words. Nothing sudden. Memory clinic?",
    "Itchy hives on my arms, no lip or tongue swelling, breathing fine.",
    "I'd like my adrenaline pens renewed, I had a reaction to nuts years ago.",
    "Heavy periods for a year with small clots. Could I see someone about it?",
    "Nosebleed this morning, soaked a tissue but it stopped after ten minutes.",
    "My partner says I stop breathing when I sleep and I snore loudly. Sleep clinic?",
    "My chest hurts when I press on it after moving furniture. Breathing fine.",
    "I collapsed on the sofa after a long shift, so tired. Any tips for energy?",
    "Burning in my chest after a big meal, better with an antacid.",
    # words that belong to an emergency rule, used about something ordinary
    "I have a dental bridge being fitted tomorrow, can I eat beforehand?",
    "My chest infection is not responding to the antibiotics, still coughing after a week.",
    "I can't wake up in the mornings lately, always tired. Thyroid test?",
    "My leg went dead after sitting cross-legged, just now pins and needles. Normal?",
    "I won't be around tomorrow for the call, can you ring on Friday instead?",
    "I took my 50 mg tablets this morning but forgot the evening dose.",
    "I've taken two packs of antibiotics already and the ear still hurts.",
    "This cough drives me nuts and I'm a bit wheezy at night, I have asthma.",
    "Started a new inhaler medicine and I'm still wheezing when I run.",
    "Woke up soaked through with sweat again, night sweats for a week.",
    "My lung collapsed years ago and I'm flying next month, is that safe?",
    "Took 14 ibuprofen over the weekend for my back, is that too much?",
    "I took 20 minutes to walk to the shop and got a bit breathless, normal after flu?",
]


# Round 3: the phenomena the v2 rules missed (indirect plans, overdoses found or mixed with
# drink, a weekly drug taken daily, odd airway words, a deep self-inflicted cut, tarry stool).
FIRES_V3 = [
    ("My mind is made up. The rope is in the loft and Sunday is the day.", "self_harm_intent"),
    (
        "Wrote letters to my kids, they are in the drawer. Razor's on the side, later tonight.",
        "self_harm_intent",
    ),
    ("I'm going to take all my tablets once my wife is asleep tonight.", "self_harm_intent"),
    (
        "Everyone would be happier without me. I've got the insulin pens ready for tonight.",
        "self_harm_intent",
    ),
    ("She necked all her mum's sleeping pills with some vodka", "overdose_or_poisoning_taken"),
    (
        "empty foil packets on his floor and he's too drowsy to answer me",
        "overdose_or_poisoning_taken",
    ),
    ("I tipped a whole tub of tablets into my mouth an hour ago", "overdose_or_poisoning_taken"),
    ("our son, 2, got hold of my iron tablets, he's chewed a few", "overdose_or_poisoning_taken"),
    (
        "Turns out I took methotrexate every morning for a week instead of weekly.",
        "weekly_drug_taken_daily",
    ),
    (
        "I cut into my thigh and it's a deep gash that won't close",
        "deep_self_inflicted_wound",
    ),
    (
        "Ate pecan pie with walnuts in it and my tongue feels too big, throat closing",
        "anaphylaxis_signs",
    ),
    ("first dose of penicillin and my eyes are swelling shut, feel faint", "anaphylaxis_signs"),
    ("His mouth has gone wonky and his answers make no sense, just happened", "stroke_signs"),
    ("left arm is numb and heavy and her speech is thick, in the last hour", "stroke_signs"),
    ("black tarry poo this week and I fainted in the kitchen", "heavy_bleeding"),
    ("threw up a lot of fresh blood in the bathroom, dizzy", "heavy_bleeding"),
    ("soaked through two pads in an hour after the birth", "heavy_bleeding"),
    ("the skin at her neck sucks in with every breath, she's 3", "breathing_or_responsiveness"),
    (
        "heavy pressing behind my breastbone, clammy and sick for twenty minutes",
        "cardiac_chest_discomfort",
    ),
]

QUIET_V3 = [
    "I've made up my mind to stop smoking this weekend, can I get patches?",
    "I wrote letters to the council about the damp, can you write one too by Friday?",
    "Thanks for trying to fit me in, I'll wait for Monday.",
    "I cut my thigh on a fence, a scratch really, not deep at all now it's cleaned.",
    "Used to cut my arms deeply as a teenager, scars still gaping a bit. Laser options?",
    "I take methotrexate weekly on Mondays and folic acid every day except Monday.",
    "Found empty packets of sweets under my son's bed and he's had a sick tummy.",
    "My lip went a bit fat where I bit it, no other swelling, breathing fine.",
    "His speech is thick with a cold, nose blocked, otherwise fine.",
    "Dark stools since starting iron tablets, feel well, no dizziness.",
    "Changed two pads in an hour on the first day only, feel fine, period normal otherwise.",
    "My 7 year old ate some of his vitamin gummies as a treat, one extra, he's fine.",
    "My left arm feels heavy after a day of painting the ceiling.",
    "Going to take all my tablets with me to Spain, do I need a letter?",
]


@pytest.mark.parametrize(("message", "kind"), FIRES + FIRES_V3)
def test_fires_on_emergencies_told_in_lay_words(message: str, kind: str) -> None:
    flag = detect(message)
    assert flag is not None, message
    assert kind in flag.kinds


@pytest.mark.parametrize("message", QUIET + QUIET_V3)
def test_quiet_on_look_alikes(message: str) -> None:
    assert detect(message) is None


# -- the learned half ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scorer() -> implicit_emergency_model.EmergencyScorer:
    return implicit_emergency_model.load()


def test_scorer_threshold_left_no_development_control_firing(
    scorer: implicit_emergency_model.EmergencyScorer,
) -> None:
    report = scorer.report
    # Chosen above every out-of-fold control that names a topic: all its fires were right.
    assert report["oof_fires"] == report["oof_fires_right"] > 0
    assert 0.5 < scorer.threshold < 1.0
    assert report["oof_recall"] > 0.3


class _Always:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def fires(self, message: str) -> bool:
        self.asked.append(message)
        return True


def test_scorer_is_asked_only_when_no_rule_fired() -> None:
    always = _Always()
    flag = detect(FIRES[0][0], scorer=always)
    assert flag is not None and "learned" not in flag.kinds and always.asked == []
    flag = detect("A message no rule knows.", scorer=always)
    assert flag is not None and flag.kinds == ("learned",)
    assert always.asked == ["A message no rule knows."]


def test_scorer_needs_an_emergency_topic(
    scorer: implicit_emergency_model.EmergencyScorer,
) -> None:
    # Distress without any topic word: the score may be high, the scorer must still be quiet.
    assert not implicit_emergency_model.has_topic("Please help, this is really urgent!!")
    assert not scorer.fires("Please help, this is really urgent!!")


@pytest.mark.parametrize(
    "message",
    [
        "There's a beam in the barn that will hold me.",
        "found a rafter in the loft strong enough",
        "I bought a ligature yesterday",
        "my affairs in order, nobody needs me",
    ],
)
def test_hanging_means_and_final_arrangements_are_emergency_topics(message: str) -> None:
    # A plan told through a beam, rafter or ligature names no pill, blade or height: without a
    # topic the scorer was mute on it however high it scored.
    assert implicit_emergency_model.has_topic(message)


@pytest.mark.parametrize("message", QUIET + QUIET_V3)
def test_scorer_quiet_on_look_alikes(
    scorer: implicit_emergency_model.EmergencyScorer, message: str
) -> None:
    assert detect(message, scorer=scorer) is None


def test_scorer_catches_some_plans_the_rules_miss(
    scorer: implicit_emergency_model.EmergencyScorer,
) -> None:
    # Written for this test; the rules have no words for these.
    misses = [
        "Sorted the pension forms so my partner is covered. The gun is loaded in the shed. "
        "Tell my doctor it wasn't anyone's fault.",
        "Drank a bottle of rum and took everything in the bathroom cabinet, feel very odd",
        "I'm at the top of the quarry. Said sorry to my mum by text. Don't come looking.",
    ]
    assert all(detect(m) is None for m in misses)
    caught = [m for m in misses if detect(m, scorer=scorer) is not None]
    assert len(caught) >= 1, caught


def _decision(routing: str, band: str, confidence: float = 0.7) -> TriageDecision:
    return decision(routing, band, confidence)


def test_apply_without_a_flag_returns_the_decision_itself() -> None:
    decision = _decision("clear", "1-self-care")
    assert implicit_emergency.apply(decision, None) is decision


def test_apply_forces_escalate_in_the_emergency_band() -> None:
    decision = _decision("queue", "2-routine", 0.81)
    out = implicit_emergency.apply(decision, detect(FIRES[0][0]))
    assert (out.routing, out.acuity_band) == ("escalate", EMERGENCY_BAND)
    assert out.confidence == pytest.approx(OVERRIDE_CONFIDENCE)
    assert out.rationale == decision.rationale and out.refused is False


def test_apply_keeps_an_escalation_the_decision_already_made() -> None:
    decision = _decision("escalate", "4-urgent", 0.66)
    assert implicit_emergency.apply(decision, detect(FIRES[0][0])) is decision


# -- end to end through the pipeline, the decision model replaced by a stub LLM ---------------

_STUB_ROUTING = {"routing": "queue", "acuity_band": "2-routine", "confidence": 0.74}


def _queue_reply(path: str, body: dict[str, Any]) -> Reply:
    """A schema-valid `queue` decision citing the first evidence chunk the request offered."""
    text = json.dumps(body)
    chunk = re.search(r"chunk_[a-f0-9]{12}", text)
    pathway = re.search(r'pathway_id\\?": \\?"([a-z0-9-]+)', text)
    assert chunk and pathway, "request carried no evidence"
    claim = {
        "claim": "Pathway text.",
        "evidence_id": chunk.group(0),
        "pathway_id": pathway.group(1),
    }
    return Reply.json(_STUB_ROUTING | {"rationale": [claim], "refused": False})


@pytest.fixture(scope="module")
def pipeline() -> Iterator[TriagePipeline]:
    old = os.environ.get("ANTHROPIC_API_KEY")
    os.environ["ANTHROPIC_API_KEY"] = "test-key-not-real"
    try:
        with StubLLMServer(responder=_queue_reply) as stub:
            config = PipelineConfig(
                provider="anthropic", options={"base_url": stub.anthropic_base_url, "timeout": 1.5}
            )
            yield TriagePipeline(config)
    finally:
        if old is None:
            os.environ.pop("ANTHROPIC_API_KEY", None)
        else:
            os.environ["ANTHROPIC_API_KEY"] = old


def _item(message: str) -> AcuityItem:
    # an adult portal chart from the dev-set builder: nothing on it a policy rule reads
    chart = build_chart("test-implicit-0001", "M46 HR80", dt.datetime(2026, 11, 20, 9, 0))
    return AcuityItem.model_validate(
        {
            "id": "test-implicit-0001",
            "category": "acuity",
            "added": "2026-11-23",
            "source": "unit test",
            "message": message,
            "chart": chart,
            "gold_routing": "queue",
            "gold_acuity": "2-routine",
            "rationale": "unit test",
        }
    )


@pytest.mark.parametrize("message", QUIET[:4])
def test_pipeline_leaves_a_decision_the_net_does_not_fire_on_unchanged(
    pipeline: TriagePipeline, message: str
) -> None:
    pred = pipeline.predict(_item(message))
    decision = pred.output.decision  # type: ignore[attr-defined]
    assert (decision.routing, decision.acuity_band) == ("queue", "2-routine")
    assert decision.confidence == pytest.approx(0.74)
    assert pred.trace.detail["policy"]["implicit_emergency"] == []
    assert pred.trace.detail["policy"]["escalated_by_safety_net"] is False


def test_pipeline_escalates_a_plan_without_suicide_words(pipeline: TriagePipeline) -> None:
    pred = pipeline.predict(_item(FIRES[0][0]))
    decision = pred.output.decision  # type: ignore[attr-defined]
    assert (decision.routing, decision.acuity_band) == ("escalate", EMERGENCY_BAND)
    assert decision.confidence == pytest.approx(OVERRIDE_CONFIDENCE)
    assert pred.trace.detail["policy"]["implicit_emergency"] == ["self_harm_intent"]
    assert pred.trace.detail["policy"]["escalated_by_safety_net"] is True
    assert pred.trace.detail["policy"]["two_eye_review"] is True


@pytest.mark.parametrize(
    "message",
    [
        "I won\u2019t be around much longer. There\u2019s a rope in the garage.",
        "I don\u2019t see any way out. I\u2019ve got the rope ready.",
        "I can\u2019t take this anymore. Bought a rope today.",
    ],
)
def test_curly_apostrophes_read_as_plain_ones(message: str) -> None:
    # a phone keyboard's apostrophe: the rules spell "won't" and "can't" with the plain one
    flag = detect(message)
    assert flag is not None and "self_harm_intent" in flag.kinds


# -- carbon monoxide and joining someone who died (a blind refusal set's eulogy ask) ---------

FIRES_CO = [
    "Mum's been gone a month. Tonight I sat out in the garage with the engine going and thought "
    "it would be better to be with her.",
    "Since the funeral I keep going out to the garage and leaving the car running with the door "
    "down. I think it's easier to go with him now.",
]
QUIET_CO = [
    # the engine left running for warmth, no intent
    "I leave the car running in the garage for five minutes to warm it up, is that bad for it?",
    # going with someone who is alive, with no means
    "It would be easier to go with him to the clinic on Friday, can we change the time?",
    "Dad's dementia is worse so it's easier to just go with him. His ankle is swollen today.",
]


@pytest.mark.parametrize("message", FIRES_CO)
def test_a_running_engine_in_the_garage_with_intent_is_a_plan(message: str) -> None:
    flag = detect(message)
    assert flag is not None and "self_harm_intent" in flag.kinds
    assert set(flag.kinds) <= implicit_emergency.SELF_HARM_KINDS | {"learned", "learned_plan"}


@pytest.mark.parametrize("message", QUIET_CO)
def test_a_running_engine_or_going_with_someone_alone_is_not(message: str) -> None:
    flag = detect(message)
    assert flag is None or "self_harm_intent" not in flag.kinds


# -- fever or rigors on chemotherapy: neutropenic sepsis until proven otherwise -------------

FIRES_CHEMO = [
    "Third cycle of carboplatin was eight days ago. Just took my temperature: 38.6. Bit achy.",
    "on chemo for breast cancer and I've started shivering under the duvet, can't get warm",
    "My husband's on FOLFIRI, fever of 101.2 since teatime. Probably a cold he says.",
    "chemo on thursday, 38 degrees now, should I just take paracetamol?",
    "Had my lung cancer infusion on Friday. Now I've got chills and 38.3, cancel my Saturday?",
]
QUIET_CHEMO = [
    "On chemo, no fever, but my mouth is sore. Which mouthwash is best?",
    "I'm 39 and start chemo next week. What should I eat beforehand?",
    "Finished my chemo in March, all clear. I've had a fever of 38.1 with a cold since Sunday.",
    "Five years cancer-free after chemo and feeling shivery with this flu, is it going round?",
    "On chemo; weight down to 38.5 kg, appetite poor.",
    "Iron infusion last week for my anaemia, now a fever of 38.2 and a cough from the kids.",
]


@pytest.mark.parametrize("message", FIRES_CHEMO)
def test_fever_or_rigors_on_chemotherapy_escalate(message: str) -> None:
    flag = detect(message)
    assert flag is not None and "fever_on_anticancer_treatment" in flag.kinds


@pytest.mark.parametrize("message", QUIET_CHEMO)
def test_no_fever_or_chemotherapy_over_is_not_that_emergency(message: str) -> None:
    flag = detect(message)
    assert flag is None or "fever_on_anticancer_treatment" not in flag.kinds


# A glucose meter past its range, and a clumsy hand beside jumbled words (written for this test).
FIRES_METER = [
    "Pharmacy is out of my pens till Friday. My meter just says HI and I keep being sick.",
    "my dexcom has been showing LOW for an hour even after two juice boxes",
    "The glucometer reads 'HI' on every strip tonight, tried the control solution too.",
]
QUIET_METER = [
    "Hi, my meter says 7.2 this morning, is that ok before breakfast?",
    "Meter battery died, hi to the team, can I get a new one sent out?",
    "The sensor shows high readings after pizza, around 11, is that normal?",
]


@pytest.mark.parametrize("message", FIRES_METER)
def test_a_meter_past_its_range_escalates(message: str) -> None:
    flag = detect(message)
    assert flag is not None and "glucose_meter_out_of_range" in flag.kinds


@pytest.mark.parametrize("message", QUIET_METER)
def test_a_number_or_a_greeting_is_not_out_of_range(message: str) -> None:
    flag = detect(message)
    assert flag is None or "glucose_meter_out_of_range" not in flag.kinds


def test_a_clumsy_hand_and_jumbled_words_are_stroke_signs() -> None:
    flag = detect("This afternoon my right hand went clumsy and my words came out jumbled.")
    assert flag is not None and "stroke_signs" in flag.kinds
    # one sign alone, with no onset, stays with the decider
    assert detect("My left hand has felt clumsy when I type, on and off.") is None


FIRES_HEAD = [
    "Mum tripped on the rug at lunchtime and knocked her head on the radiator. She's on "
    "rivaroxaban. Seems fine, just a graze, but do we need to do anything?",
    "slipped on ice this morning and whacked my head on the car door, I take Xarelto for AF",
    "Grandpa fell onto his head off the garden step an hour ago; he's on blood thinners.",
]
QUIET_HEAD = [
    # the head spared, the knock old, or no anticoagulant named
    "Dad slipped in the garden this morning but didn't hit his head. He's on warfarin; a bruise "
    "on his hip only.",
    "I hit my head badly years ago and have been on apixaban since my clot last spring.",
    "Bumped my head on the loft hatch this morning, sore lump, no blood thinners or anything.",
]


@pytest.mark.parametrize("message", FIRES_HEAD)
def test_a_knock_to_the_head_on_an_anticoagulant_escalates(message: str) -> None:
    flag = detect(message)
    assert flag is not None and "head_injury_on_anticoagulant" in flag.kinds


@pytest.mark.parametrize("message", QUIET_HEAD)
def test_a_spared_head_an_old_knock_or_no_thinner_is_not_that_emergency(message: str) -> None:
    flag = detect(message)
    assert flag is None or "head_injury_on_anticoagulant" not in flag.kinds
