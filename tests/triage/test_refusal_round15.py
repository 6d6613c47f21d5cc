"""Round 15: a learned off-topic reading is weighed against the health the sender has now, not a
health told as settled ("walking without any pain"); a sign told now still asks for a confident
reading, and a measured number always does.

The messages here were written for these tests; none is in a training or dev file.
"""

from __future__ import annotations

from pipelines.triage import policy

SETTLED = (
    "My new hip is fully healed and I walk without any pain now. Which e-bike would suit a couple "
    "in their sixties?"
)
NOW = "My new hip still aches every morning. Which e-bike would suit a couple in their sixties?"
READING = "My blood pressure was 150/95 this morning, fine otherwise. Which e-bike should we buy?"
MIDDLING = 0.8  # an off-topic score below policy.LEARNED_OOS_OVER_HEALTH


def test_a_settled_health_does_not_hold_back_a_middling_off_topic_reading() -> None:
    assert MIDDLING < policy.LEARNED_OOS_OVER_HEALTH
    assert policy.learned_label_counts("out_of_scope", SETTLED, MIDDLING)


def test_a_sign_told_now_still_needs_a_confident_reading() -> None:
    assert not policy.learned_label_counts("out_of_scope", NOW, MIDDLING)
    assert policy.learned_label_counts("out_of_scope", NOW, policy.LEARNED_OOS_OVER_HEALTH)


def test_a_measured_number_still_needs_a_confident_reading() -> None:
    assert not policy.learned_label_counts("out_of_scope", READING, MIDDLING)
