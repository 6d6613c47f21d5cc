"""Out of scope: curiosity about the illness of someone the sender only watches or works beside
(the news, a celebrity, a stranger, a colleague), with no stake of the sender's own.

The messages here were written for this test; none is in a training, dev or goldset file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy
from tests.triage.test_off_corpus import ADULT  # an adult chart: only the message decides


@pytest.mark.parametrize(
    "message",
    [
        "Did you catch the snooker final? The commentator kept coughing on TV and then left. Was "
        "that a heart thing, do you reckon?",
        "A colleague of mine keeps yawning all day and her hands shake at lunch. Is that anaemia?",
        "There was a woman on the bus this morning who was covered in purple blotches. What kind "
        "of disease makes skin look like that?",
        "The news says a measles outbreak has started in a town up north. How many people have "
        "caught it so far?",
    ],
)
def test_curiosity_about_an_onlooker_is_out_of_scope(message: str) -> None:
    assert policy._asks_about_an_onlooker(message)


@pytest.mark.parametrize(
    "message",
    [
        # the sender's own exposure
        "My colleague has been off with whooping cough and I sat next to her all week. Should I "
        "get checked?",
        # the sender's own symptom told beside the story
        "Saw a documentary about Lyme disease last night. My knee has been swollen for a week "
        "since a camping trip, is that a sign of it?",
        # a neighbour's accident the sender is helping with now, no curiosity asked
        "My neighbour fell off his ladder and is lying on the patio, he can't move his legs. "
        "What do I do?",
        # the sender's own worry in the first person
        "The presenter on channel 4 said bowel cancer is rising in young people. I've had blood "
        "in my stool twice this month, is that true for someone my age?",
    ],
)
def test_a_stake_of_the_senders_own_is_heard(message: str) -> None:
    assert not policy._asks_about_an_onlooker(message)


def test_the_policy_refuses_it() -> None:
    message = (
        "Saw that a famous footballer retired with a heart condition. What could have caused it?"
    )
    assert "out_of_scope" in policy.pre_decision_reasons(message, ADULT)
