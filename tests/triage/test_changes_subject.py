"""A sender who changes the subject in so many words ("Totally unrelated question:") after a
health that is settled, and names no health after it, asks something else; a concern on either
side of the change keeps the message in scope.

The messages here were written for these tests; none is in a training or dev file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy, policy_model
from tests.triage.test_off_corpus import ADULT  # an adult chart: only the message decides
from tests.triage.test_policy_model import _FixedScorer

OFF_TOPIC = [
    "The new blood pressure tablets are working well, thank you. Totally unrelated question: "
    "what's the best way to get candle wax off a wool rug?",
    "Knee is all healed up now. On a different note, does anyone know a good removal company "
    "for a two-bedroom flat?",
]
IN_SCOPE = [
    # the concern after the change
    "Which hotel near the river would you recommend for our anniversary? Unrelated, but it "
    "burns when I pee since Sunday and my back hurts on the right.",
    # the concern before the change
    "I've had a cough with green phlegm for ten days now. Totally unrelated question: when does "
    "the pharmacy close on Sundays?",
    # a medicine named after the change
    "Thanks for the help last month. Random question: can I take ibuprofen with my lisinopril?",
]


@pytest.fixture(scope="module")
def clf() -> policy_model.RefusalClassifier:
    return policy_model.load()


@pytest.mark.parametrize("message", OFF_TOPIC)
def test_a_change_of_subject_after_settled_health_is_off_topic(
    message: str, clf: policy_model.RefusalClassifier
) -> None:
    assert policy._changes_the_subject(message)
    assert "out_of_scope" in policy.pre_decision_reasons(message, ADULT, clf, _FixedScorer(0.1))


@pytest.mark.parametrize("message", IN_SCOPE)
def test_a_concern_or_a_medicine_beside_the_change_keeps_it_in_scope(message: str) -> None:
    assert not policy._changes_the_subject(message)


def test_the_net_still_outranks_a_change_of_subject(
    clf: policy_model.RefusalClassifier,
) -> None:
    reasons = policy.pre_decision_reasons(OFF_TOPIC[0], ADULT, clf, _FixedScorer(0.95))
    assert "out_of_scope" not in reasons
