"""Fifth refusal pass: care that was given is told, not asked for ("they put me on metformin"),
and the learned out-of-scope label learns ordinary traffic from the decider's calibration and
varied messages. New phrasings, no holdout text.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy, policy_model


@pytest.mark.parametrize(
    "message",
    [
        "On Tuesday the ward put me on a heart monitor overnight and it was normal.",
        "My GP put me on sertraline and now I sweat at night, is that the tablets?",
        "They signed me up for physio but my shoulder is worse after each session.",
        "The surgeon already put me on the list, meanwhile the hernia aches more.",
        "You put me on this inhaler last winter and it barely helps now.",
    ],
)
def test_care_that_was_given_is_not_a_service_request(message: str) -> None:
    assert not policy.is_out_of_scope(message)


@pytest.mark.parametrize(
    "message",
    [
        "Can you put me on the list for the travel clinic?",
        "Please sign me up for the smoking cessation group.",
        "Register me with the new practice near my flat, thanks.",
    ],
)
def test_asking_for_the_service_is_still_one(message: str) -> None:
    assert policy.is_out_of_scope(message)


def test_controls_come_from_every_decider_message_file_and_are_never_ruled() -> None:
    rows = policy_model.training_rows()
    controls = [r["message"] for r in rows if r["label"] == "none"]
    borrowed = {
        str(obj["message"])
        for f in policy_model.TRIAGE_FILES
        for _, obj in policy_model.read_objects(f, what="triage data")
    }
    taken = [m for m in controls if m in borrowed]
    # all three files contribute (each has messages the others lack)
    for f in policy_model.TRIAGE_FILES:
        own = {str(o["message"]) for _, o in policy_model.read_objects(f, what="triage data")}
        assert own & set(taken), f.name
    # and none of them is a message the rules would refuse
    assert not any(
        policy.mentions_pregnancy(m) or policy.is_out_of_scope(m) or policy.is_injection(m)
        for m in taken
    )
