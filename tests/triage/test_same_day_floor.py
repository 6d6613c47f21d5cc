"""The same-day floor: the sender's own thoughts of death reach a clinician today, never later.

The messages here were written for these tests; none is in a training or dev file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import death_wish_model, policy, same_day_floor
from pipelines.triage.pipeline import TriagePipeline
from pipelines.triage.same_day_floor import SAME_DAY_BAND, says_death_wish, thinks_of_death
from tests.triage.decisions import decision as _decision
from tests.triage.test_implicit_emergency import _item, pipeline  # noqa: F401 (fixture)
from tests.triage.test_off_corpus import ADULT

WISHES = [
    "Honestly I don't see the point in going on since the redundancy. Can someone call me?",
    "most nights i wish i could go to sleep and not wake up. no plan, just tired",
    "My family would be better off without me. I won't do anything, my brother is here.",
    "Life isn't worth living since the divorce. I just lie in bed all day.",
    "Refill for my sertraline please. Also I've been having suicidal thoughts again this week.",
    "tired of living tbh. can I get an appointment with someone",
    "Últimamente no quiero vivir, no le veo sentido a nada.",
    "最近总是想死，但我不会做什么。",
]
NOT_WISHES = [
    "I had suicidal thoughts years ago but I'm well now; can I lower my sertraline?",
    "No thoughts of harming myself, just low mood and poor sleep for a month.",
    "This cold is killing me, any tips for the blocked nose?",
    "I could die of embarrassment, I fainted at the school gate. Is that my blood pressure?",
    "My friend told me he has had suicidal thoughts. How can I support him?",
    "The screening form asked if I ever wished I was dead. I ticked no.",
    "No quiero morir de este cáncer, tengo mucho miedo.",
    "I keep thinking about dying since the diagnosis. Is that anxiety?",
]


@pytest.mark.parametrize("message", WISHES)
def test_the_patterns_read_a_death_wish_in_its_plain_forms(message: str) -> None:
    assert says_death_wish(message)


@pytest.mark.parametrize("message", NOT_WISHES)
def test_past_denied_jesting_or_someone_elses_thoughts_are_not_a_wish(message: str) -> None:
    assert not says_death_wish(message)


def test_the_floor_raises_a_routine_queue_and_keeps_its_confidence() -> None:
    out = same_day_floor.apply(_decision("queue", "2-routine", 0.8), True)
    assert (out.routing, out.acuity_band, out.confidence) == ("queue", SAME_DAY_BAND, 0.8)


def test_a_raised_clear_gives_up_its_confidence() -> None:
    out = same_day_floor.apply(_decision("clear", "1-self-care", 0.93), True)
    assert (out.routing, out.acuity_band) == ("queue", SAME_DAY_BAND)
    assert out.confidence == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("routing", "band"), [("queue", "3-same-day"), ("escalate", "4-urgent"), ("escalate", "5-stat")]
)
def test_the_floor_never_lowers_or_touches_a_higher_band(routing: str, band: str) -> None:
    decision = _decision(routing, band)
    assert same_day_floor.apply(decision, True) is decision


def test_the_floor_does_nothing_when_no_wish_was_read() -> None:
    decision = _decision("clear", "1-self-care")
    assert same_day_floor.apply(decision, False) is decision


@pytest.fixture(scope="module")
def scorer() -> death_wish_model.DeathWishScorer:
    return death_wish_model.load()


def test_the_scorer_threshold_holds_out_of_fold_controls_to_the_bar(
    scorer: death_wish_model.DeathWishScorer,
) -> None:
    report = scorer.report
    assert report["oof_control_fpr"] <= death_wish_model.MAX_CONTROL_FPR + 0.005
    # half the wishes out of fold, or the scorer adds little to the patterns
    assert report["oof_recall"] >= 0.6


# Wordings no pattern names: the learned half reads them.
UNNAMED = [
    "Ever since Margaret passed I pray each night the Lord takes me too. The children visit.",
    "If the cancer came back I think I'd feel relieved, honestly. That's where I'm at.",
]


@pytest.mark.parametrize("message", UNNAMED)
def test_the_scorer_reads_wishes_the_patterns_miss(
    scorer: death_wish_model.DeathWishScorer, message: str
) -> None:
    assert not says_death_wish(message)
    assert thinks_of_death(message, scorer)


@pytest.mark.parametrize("message", NOT_WISHES[:4])
def test_the_scorer_does_not_read_these_look_alikes_as_wishes(
    scorer: death_wish_model.DeathWishScorer, message: str
) -> None:
    assert not thinks_of_death(message, scorer)


# A review's probes (session 14): a fence word elsewhere in the message, a phone's curly
# apostrophe, "lol" masking distress.
STILL_WISHES = [
    "This is the lowest I\u2019ve ever been. I don\u2019t see the point in going on.",
    "Since my husband died last year, I don't want to live any more.",
    "I\u2019ve been having suicidal thoughts since the new tablets. What should I do?",
    "i want to die lol but seriously can someone talk to me",
]


@pytest.mark.parametrize("message", STILL_WISHES)
def test_a_fence_elsewhere_or_a_curly_apostrophe_does_not_hide_a_wish(message: str) -> None:
    assert says_death_wish(message)


def test_an_ordinary_symptom_in_another_language_is_not_read_as_a_wish(
    scorer: death_wish_model.DeathWishScorer,
) -> None:
    # the scorer's encoder reads English; on other languages it took symptoms for wishes
    for message in ("Od tygodnia mam katar i kaszel.", "Mi fa male la schiena da ieri."):
        assert not thinks_of_death(message, scorer)


@pytest.mark.parametrize(
    "message",
    [
        "Je n'ai pas envie de mourir, mais j'ai peur de cette opération.",
        "No tengo ganas de morir, solo estoy cansada.",
        "妈妈想死你了，什么时候回家？",
    ],
)
def test_a_negated_phrase_or_missing_someone_is_not_a_wish(message: str) -> None:
    assert not says_death_wish(message)


def test_a_wish_outranks_a_service_request_in_the_policy() -> None:
    message = "Please fill in my PIP form. I wish I was dead most days."
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT)
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT, death_wish=True)


def test_a_wish_beside_off_topic_words_is_not_refused_as_out_of_scope() -> None:
    # "divorce" is an off-topic word; the thoughts of death make the message a clinician's
    assert "out_of_scope" not in policy.pre_decision_reasons(WISHES[3], ADULT)


def test_the_pipeline_raises_a_routine_decision_to_same_day(
    pipeline: TriagePipeline,  # noqa: F811 (the imported fixture)
) -> None:
    pred = pipeline.predict(_item(WISHES[0]))
    decision = pred.output.decision  # type: ignore[attr-defined]
    assert (decision.routing, decision.acuity_band) == ("queue", SAME_DAY_BAND)
    assert decision.confidence == pytest.approx(0.74)
    assert pred.trace.detail["policy"]["thoughts_of_death"] is True
    assert pred.trace.detail["policy"]["raised_to_same_day"] is True
    assert pred.trace.detail["policy"]["implicit_emergency"] == []


def test_the_pipeline_leaves_a_message_without_a_wish_alone(
    pipeline: TriagePipeline,  # noqa: F811 (the imported fixture)
) -> None:
    pred = pipeline.predict(_item(NOT_WISHES[1]))
    decision = pred.output.decision  # type: ignore[attr-defined]
    assert (decision.routing, decision.acuity_band) == ("queue", "2-routine")
    assert pred.trace.detail["policy"]["raised_to_same_day"] is False
