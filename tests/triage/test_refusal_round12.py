"""Refusal round 12: asking to be seen, tested or told what to do about a health concern is
triage, so the learned off-topic label may not refuse it whatever else the message talks of;
a third party's symptoms to be diagnosed by description stay off-topic; named conditions
(coeliac, ADHD, a TB test) are health concerns."""

from __future__ import annotations

import pytest

from pipelines.triage import policy


@pytest.mark.parametrize(
    "message",
    [
        "My wife says I work too much at the garage. I've had a cough and night sweats for a "
        "month now, can you get me in next week?",
        "Our cat scratched me at the shelter where I volunteer and the cut is red and hot, do I "
        "need a tetanus shot?",
        "Since the camping trip my stomach has been off, could I have caught something from the "
        "lake water?",
        "The pharmacy plan changed my statin and now my legs ache at night, should I stop it?",
    ],
)
def test_a_care_ask_about_a_health_concern_is_not_counted_off_topic(message: str) -> None:
    assert policy._HEALTH_CONCERN.search(message) and policy._CARE_ASK.search(message)
    # even a confident off-topic score does not refuse it
    assert not policy.learned_label_counts("out_of_scope", message, 0.99)


@pytest.mark.parametrize(
    "message",
    [
        "My coworker has a rash on her arms, what do you think it is? She won't see a doctor.",
        "Can you tell me from my description if my uncle's mole is cancer? He refuses to see "
        "a doctor.",
        "Write me a toast for my dad's retirement, he finally beat his back pain this year.",
    ],
)
def test_a_confident_off_topic_score_still_counts_without_a_care_ask(message: str) -> None:
    assert not policy._CARE_ASK.search(message)
    assert policy.learned_label_counts("out_of_scope", message, 0.99)


@pytest.mark.parametrize(
    ("message", "condition"),
    [
        ("Just diagnosed with coeliac, is oat milk ok?", "coeliac"),
        ("Will my ADHD medicine show on the work drug screen?", "ADHD"),
        ("Nursing school needs my MMR doses and a TB test", "MMR"),
    ],
)
def test_named_conditions_are_health_concerns(message: str, condition: str) -> None:
    m = policy._HEALTH_CONCERN.search(message)
    assert m is not None and m.group(0).lower() == condition.lower()
