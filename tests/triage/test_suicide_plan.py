"""The safety net's suicide-plan scorer: preparations, goodbyes and chosen times that no rule names
escalate; passive wishes, admin and medication questions do not.

The messages here were written for these tests; none is in a training or dev file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import implicit_emergency, implicit_emergency_model, suicide_plan_model
from pipelines.triage.implicit_emergency import EMERGENCY_BAND, detect
from pipelines.triage.pipeline import TriagePipeline
from tests.triage.test_implicit_emergency import _item, pipeline  # noqa: F401 (fixture)


@pytest.fixture(scope="module")
def scorers() -> tuple[implicit_emergency_model.EmergencyScorer, suicide_plan_model.PlanScorer]:
    return implicit_emergency_model.load(), suicide_plan_model.load()


def test_the_threshold_holds_out_of_fold_controls_to_half_a_percent(
    scorers: tuple[implicit_emergency_model.EmergencyScorer, suicide_plan_model.PlanScorer],
) -> None:
    report = scorers[1].report
    assert report["oof_control_fpr"] <= suicide_plan_model.MAX_CONTROL_FPR + 0.002
    assert report["oof_recall"] >= 0.5


PLANS = [
    "Paid the rent up to March, left instructions for the cat with my neighbour. After my "
    "shift on Friday that's it for me. Just wanted someone to know.",
    "I have written to each of the kids and left the letters in the drawer. Thank you all for "
    "trying with me, it is decided now.",
]
NOT_PLANS = [
    "Cancelling my physio next week please, I'm moving to Leeds and have given my sofa away.",
    "Can I take all my tablets together at night instead of morning and evening?",
    "Some days I wish I could just not wake up. I'm not going to do anything. Can someone call?",
    "Mum is in the hospice now and we've sorted her will. Can we get more morphine for her?",
]


@pytest.mark.parametrize("message", PLANS)
def test_a_plan_no_rule_names_is_escalated_by_the_scorer(
    scorers: tuple[implicit_emergency_model.EmergencyScorer, suicide_plan_model.PlanScorer],
    message: str,
) -> None:
    net, plans = scorers
    assert detect(message, net) is None  # neither the rules nor the first learned half
    flag = detect(message, net, plans)
    assert flag is not None and flag.kinds == ("learned_plan",)


@pytest.mark.parametrize("message", NOT_PLANS)
def test_look_alikes_do_not_fire_the_scorer(
    scorers: tuple[implicit_emergency_model.EmergencyScorer, suicide_plan_model.PlanScorer],
    message: str,
) -> None:
    net, plans = scorers
    assert detect(message, net, plans) is None


def test_the_scorer_reads_english_only(
    scorers: tuple[implicit_emergency_model.EmergencyScorer, suicide_plan_model.PlanScorer],
) -> None:
    # its encoder reads English, and a fire escalates: another language is left to the rules
    plans = scorers[1]
    assert not plans.fires("Ya lo tengo todo decidido, el viernes después del trabajo se acaba.")


def test_the_pipeline_escalates_what_the_scorer_reads(
    pipeline: TriagePipeline,  # noqa: F811 (the imported fixture)
) -> None:
    pred = pipeline.predict(_item(PLANS[0]))
    decision = pred.output.decision  # type: ignore[attr-defined]
    assert (decision.routing, decision.acuity_band) == ("escalate", EMERGENCY_BAND)
    assert pred.trace.detail["policy"]["implicit_emergency"]
    assert pred.trace.detail["policy"]["escalated_by_safety_net"] is True
    assert implicit_emergency.VERSION == "7"
