"""Out of scope when the sender says their health is settled and asks for something else: the
settled clauses are dropped and what is left raises no concern, medicine, reading or result.

The messages here were written for this test; none is in a training, dev or goldset file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy
from tests.triage.charts import adult_chart

ADULT = adult_chart("1968-07-14", "female")


@pytest.mark.parametrize(
    "message",
    [
        "Shoulder is fully healed after the surgery, no pain at all. Which grout is best for a "
        "shower that gets steamy?",
        "We're both healthy and want a cheap week in Lisbon in April. Where should we stay?",
        "No health problems at all, I just want to know which smartwatch has the best battery.",
        "Annual physical came back all normal, thanks! Also, how do I reset the portal password "
        "on my new phone?",
    ],
)
def test_settled_health_with_another_ask_is_out_of_scope(message: str) -> None:
    assert policy.says_only_settled_health(message)


@pytest.mark.parametrize(
    "message",
    [
        # a new problem in the same breath
        "My knee is fully healed but now the other one is swollen and hot. Can I still hike?",
        # a reading to decide on
        "Feel perfectly fine, but home readings are 150/95 all week. Should we change anything?",
        # a medicine question
        "I'm healthy otherwise, can I take my allergy pills with the new antibiotic?",
        # no settled statement at all
        "Can you suggest a good hotel in Rome? My ankle has been aching since the flight.",
    ],
)
def test_a_concern_beside_the_settled_words_is_heard(message: str) -> None:
    assert not policy.says_only_settled_health(message)


def test_the_policy_refuses_it_and_yields_to_an_emergency() -> None:
    calm = "Blood work all normal, great. Which board game is good for six players?"
    assert "out_of_scope" in policy.pre_decision_reasons(calm, ADULT)
    # settled words do not hide an emergency: the safety net reads it and the refusal yields
    urgent = (
        "Everything came back normal at the check-up. I've written letters to my kids and "
        "tonight I'm going to take all the pills in the cabinet so nobody has to worry again."
    )
    assert "out_of_scope" not in policy.pre_decision_reasons(urgent, ADULT)


@pytest.mark.parametrize(
    "message",
    [
        "The new asthma inhaler is working great, haven't needed the blue one in weeks. Could you "
        "recommend a hotel in Bruges that is close to the canals?",
        "My hip has healed beautifully since the operation, so thank you all! We are finally "
        "redoing the kitchen; can you suggest whether oak or walnut worktops last longer?",
        "Sugars have been behaving since the metformin change. Totally unrelated, but how do I "
        "get my old photos off a broken laptop without paying a repair shop?",
        "Nobody in our family has allergies. Could you give me a birthday cake recipe for forty "
        "children with a chocolate and raspberry filling?",
    ],
)
def test_health_told_as_going_well_then_another_ask_is_out_of_scope(message: str) -> None:
    assert policy.says_only_settled_health(message)


@pytest.mark.parametrize(
    "message",
    [
        # the medicine is the ask
        "I've felt well on sertraline for a year now. I'd like to come off it slowly, can you "
        "help me plan that over the spring?",
        # a question of safety about the trip
        "The knee has healed beautifully after the replacement. Is it ok to take a twelve hour "
        "flight to Singapore next month with the metal in it?",
        # a result to decide on
        "My asthma is well controlled these days. The home kit for my cholesterol came back high "
        "though, could you tell me what the next step would be for me?",
        # going well, then a turn
        "The eczema cream was working great but the patches are back again on both elbows. Can "
        "you suggest what to try next before our holiday?",
        # a short rest that leans on what came before
        "My back is doing great since physio. Can we plan the next bit?",
    ],
)
def test_going_well_beside_a_health_ask_is_heard(message: str) -> None:
    assert not policy.says_only_settled_health(message)
