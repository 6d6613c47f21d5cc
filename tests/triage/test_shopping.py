"""Out of scope: a product compared on price, brand or shop by a sender with no concern of
their own.

The messages here were written for this test; none is in a training, dev or goldset file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy


@pytest.mark.parametrize(
    "message",
    [
        "Which pulse oximeter is the best value at the moment, the Argos one or the chemist's?",
        "Thinking of a foam roller for the gym, budget around $40. Which brand do people like?",
        "Is the Braun thermometer worth the money or is the cheapest one on Amazon just as good?",
    ],
)
def test_shopping_with_no_stake_is_out_of_scope(message: str) -> None:
    assert policy._shops_for_a_product(message)


@pytest.mark.parametrize(
    "message",
    [
        # what the product treats is the question
        "Which cream works best for athlete's foot, the $12 one or the cheapest own brand?",
        # the sender's own concern
        "My knee swells after every run. Which brace is the best value, Amazon or the pharmacy?",
        # a reading
        "Home monitor says 168/100 again. Is a better one on sale at Costco worth buying?",
        # a question of safety
        "Is it safe to use the cheapest ear wax kit from Amazon after grommets?",
    ],
)
def test_a_stake_of_the_senders_own_is_heard(message: str) -> None:
    assert not policy._shops_for_a_product(message)
