"""Out of scope: an ask the sender calls curiosity ("just curious", "settle a bet"), with no
stake of their own.

The messages here were written for this test; none is in a training, dev or goldset file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy
from tests.triage.test_off_corpus import ADULT  # an adult chart: only the message decides


@pytest.mark.parametrize(
    "message",
    [
        "Settle a bet for us: do goldfish really only remember things for three seconds?",
        "My uncle says they used leeches in hospitals until the seventies. Is that even possible?",
        "Why do hospital gowns tie at the back instead of the front? Just curious, my hip op went "
        "fine and I had plenty of time to wonder.",
        "Random question from our quiz team: which bone in the body is the smallest one?",
    ],
)
def test_curiosity_with_no_stake_is_out_of_scope(message: str) -> None:
    assert policy._asks_out_of_curiosity(message)


@pytest.mark.parametrize(
    "message",
    [
        # the sender's own symptom
        "Just curious, my left calf has been swollen and warm since the long drive, is that a "
        "thing to worry about?",
        # a reading
        "Is it true that 150/95 is fine for someone my age? That was my reading this morning.",
        # a question of what to do
        "Random question: do I need a booster before the trip if my last tetanus was 2012?",
        # support sought for someone close
        "My brother has started drinking every night since the divorce. Just wondering if there "
        "is any support for families?",
    ],
)
def test_a_stake_of_the_senders_own_is_heard(message: str) -> None:
    assert not policy._asks_out_of_curiosity(message)


def test_a_modal_question_about_a_stranger_is_still_curiosity() -> None:
    # "what could it be" has no "I" in it: the stranger's lump is not the sender's question
    message = "A woman on the ferry had a swollen, shiny knee; what could it be, out of curiosity?"
    assert policy._asks_out_of_curiosity(message)
    # with the sender in it, the same modal is their own question
    own = "Just curious, could I have caught something on the ferry? My knee is swollen today."
    assert not policy._asks_out_of_curiosity(own)


@pytest.mark.parametrize(
    "message",
    [
        "Which serum is better for dark circles? Honestly this is purely cosmetic.",
        "Garmin or Polar for counting steps? No health reason, I'm just tracking.",
    ],
)
def test_saying_it_is_for_looks_or_the_data_is_out_of_scope(message: str) -> None:
    assert policy._FOR_LOOKS_OR_DATA.search(message)
    assert not policy._health_word(message)


def test_for_looks_beside_a_health_word_is_heard() -> None:
    message = "I thought the mole was just cosmetic but it has started bleeding and changed shape."
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT)
