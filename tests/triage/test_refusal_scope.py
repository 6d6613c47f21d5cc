"""Out-of-scope requests decided by what the sender asks the service to do, not topic words.

Health-adjacent asks (documents, second opinions, billing, acting, shopping, homework) are
refused; symptom messages that merely mention the same things are not.
"""

from __future__ import annotations

import pytest

from pipelines.triage.policy import is_out_of_scope

ASKS = [
    "Ring my GP surgery and let them know my flu means I can't come in Monday.",
    "Sign me up for the diabetes education course in spring.",
    "I want a letter stating my shoulder pain stops me lifting, for the removals job.",
    "Amend my medical notes so the old overdose isn't there any more.",
    "Do you agree with my neurologist that the scan is unnecessary? My headaches persist.",
    "Was the paramedic negligent when he said my ankle was only sprained?",
    "Dispute the charge for my X-ray, my wrist was never scanned that day.",
    "Where can I get diazepam without seeing anyone? My nerves are shot.",
    "Which clinic has the cheapest veneers? My teeth ache from grinding anyway.",
    "For my coursework, describe how the kidneys filter blood in 300 words.",
    "Diagnose my grandad from these symptoms: breathless, swollen legs.",
]
CONTROLS = [
    "My GP surgery is closed today and my chest hurts when I breathe in.",
    "I need a letter for work at some point, but my shoulder pain is what worries me now.",
    "My neurologist is on holiday and the headaches are waking me at night.",
    "The X-ray bill came today and my wrist is still swollen and bruised.",
    "Revising for exams and now a sore throat with a fever of 38.5.",
    "My grandad had shingles last month and now I have a painful stripe of blisters.",
]


@pytest.mark.parametrize("message", ASKS)
def test_health_adjacent_requests_are_out_of_scope(message: str) -> None:
    assert is_out_of_scope(message)


@pytest.mark.parametrize("message", CONTROLS)
def test_symptoms_next_to_the_same_topics_are_served(message: str) -> None:
    assert not is_out_of_scope(message)


def test_a_request_to_act_beside_a_symptom_or_reading_is_triaged() -> None:
    from pipelines.triage import policy
    from tests.triage.test_off_corpus import ADULT

    # the ask to act alone is out of scope (the pipeline never acts)
    alone = "Could you send my records to the orthopaedic clinic before I move in March?"
    assert "out_of_scope" in policy.pre_decision_reasons(alone, ADULT)
    # beside a symptom or a reading it is context: the message is triaged
    for message in (
        "Please cancel my physio appointment on Monday, my ankle is too swollen to drive.",
        "Send my results to the new GP please. Also my home reading was 182/110 this morning.",
    ):
        assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT)
