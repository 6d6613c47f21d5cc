"""The implicit-emergency safety net: it fires on emergencies told without the textbook words,
stays quiet on their look-alikes, and leaves every decision it does not fire on untouched."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest

from harness.contract import AcuityItem, PipelineConfig, RationaleClaim, TriageDecision
from pipelines.triage import implicit_emergency
from pipelines.triage.implicit_emergency import EMERGENCY_BAND, OVERRIDE_CONFIDENCE, detect
from pipelines.triage.pipeline import TriagePipeline
from tests.stubs.llm_server import Reply, StubLLMServer

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


@pytest.mark.parametrize(("message", "kind"), FIRES)
def test_fires_on_emergencies_told_in_lay_words(message: str, kind: str) -> None:
    flag = detect(message)
    assert flag is not None, message
    assert kind in flag.kinds


@pytest.mark.parametrize("message", QUIET)
def test_quiet_on_look_alikes(message: str) -> None:
    assert detect(message) is None


def _decision(routing: str, band: str, confidence: float = 0.7) -> TriageDecision:
    claim = RationaleClaim(
        claim="Some pathway text.", evidence_id="chunk_0123456789ab", pathway_id="p"
    )
    return TriageDecision(
        routing=routing,  # type: ignore[arg-type]
        acuity_band=band,  # type: ignore[arg-type]
        confidence=confidence,
        rationale=[claim],
        refused=False,
    )


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
    return AcuityItem.model_validate(
        {
            "id": "test-implicit-0001",
            "category": "acuity",
            "added": "2026-11-23",
            "source": "unit test",
            "message": message,
            "chart": {
                "resourceType": "Bundle",
                "entry": [
                    {
                        "resource": {
                            "resourceType": "Patient",
                            "birthDate": "1980-03-02",
                            "gender": "male",
                        }
                    },
                    {
                        "resource": {
                            "resourceType": "Encounter",
                            "period": {"start": "2026-11-20T09:00:00Z"},
                        }
                    },
                    {
                        "resource": {
                            "resourceType": "Observation",
                            "code": {"coding": [{"code": "8867-4", "display": "Heart rate"}]},
                            "effectiveDateTime": "2026-11-20T09:00:00Z",
                            "valueQuantity": {"value": 80, "unit": "/min"},
                        }
                    },
                ],
            },
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
