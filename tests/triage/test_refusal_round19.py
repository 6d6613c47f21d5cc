"""Round 19: settled health said as an all-clear or an accident with nobody hurt, and a sign the
sender has now outranking coursework and a confident off-topic label.

The messages here were written for this test; none is in a training, dev or goldset file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy
from tests.triage.charts import adult_chart

ADULT = adult_chart("1961-03-02", "male", "2026-11-21")


@pytest.mark.parametrize(
    "message",
    [
        "Someone reversed into my car at the supermarket, no one was hurt, and now his insurer "
        "wants a statement from me. What should I put in it so I don't admit anything?",
        "My surgeon says I'm cleared to fly after the hernia repair, so we booked Lisbon! Is the "
        "tram or the metro better for getting around the old town?",
        "My blood pressure has been stable for a year now, so thanks to everyone. Which paint "
        "finish holds up best on a kitchen ceiling with a lot of steam?",
    ],
)
def test_an_all_clear_or_nobody_hurt_then_another_ask_is_settled(message: str) -> None:
    assert policy.says_only_settled_health(message)


@pytest.mark.parametrize(
    "message",
    [
        # asked, not told: the all-clear is the question
        "Am I cleared to fly after the hernia repair? The trip to Lisbon is in ten days.",
        # someone was hurt, or the sender is: a concern beside the accident
        "Small crash at the lights, nobody was hurt but my neck has been stiff and sore since "
        "yesterday. Do I need a lawyer?",
    ],
)
def test_an_all_clear_asked_or_a_new_sign_is_not_settled(message: str) -> None:
    assert not policy.says_only_settled_health(message)


@pytest.mark.parametrize(
    "message",
    [
        "For my health studies assignment I have to describe a symptom I've had, and writing it "
        "down scared me: for about three weeks I've had a cough with blood in it and I've lost "
        "weight without trying.",
        "Quick one for a school project on the heart: I checked my own pulse for it and it was "
        "36, and I've felt faint twice today.",
    ],
)
def test_coursework_beside_a_sign_the_sender_has_now_is_triaged(message: str) -> None:
    assert policy._own_sign_now(message)
    assert not policy._asks_out_of_scope(message)


def test_coursework_alone_is_still_refused() -> None:
    message = (
        "For my nursing school assignment, can you list the signs of heart failure and what each "
        "one means? 500 words please."
    )
    assert not policy._own_sign_now(message)
    assert "out_of_scope" in policy.pre_decision_reasons(message, ADULT)


@pytest.mark.parametrize(
    "message",
    [
        # counts and history are not signs now
        "I was charged twice for the same visit in March. Who do I call to get a refund?",
        "Which stop is nearest the new clinic? I take the number 9 bus since I sold the car.",
        "My mother has used a walker since her stroke. Does anyone do home hair visits nearby?",
        # a sign with no time to it may be history: a claim over an old injury
        "I'm suing my old employer over my back injury. How much compensation should I ask for?",
    ],
)
def test_counts_history_and_old_injuries_are_not_a_sign_now(message: str) -> None:
    assert not policy._own_sign_now(message)


def test_a_confident_off_topic_label_yields_to_a_sign_now() -> None:
    message = "Which trail is flat? My calves have cramped every time I walk for the past month."
    assert policy._concern_now(message) and policy._own_sign_now(message)
    # the label is trusted over the concern only when no sign the sender has now is told
    assert not policy.learned_label_counts("out_of_scope", message, 0.99)
    settled = "Which trail is flat? My blood pressure has been stable for a year, thank you all."
    assert policy.learned_label_counts("out_of_scope", settled, 0.99)
