"""Out of scope by distance: a message further from every triage pathway than in-scope messages
ever come is refused as out_of_scope, unless the safety net reads an emergency in it.

The messages here were written for this test; none is in a training or dev file.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from harness.errors import InputError
from pipelines.triage import policy, policy_model
from pipelines.triage.corpus import DEFAULT_CORPUS
from pipelines.triage.pipeline import _off_corpus_below
from pipelines.triage.retrieval import Retriever
from tests.triage.charts import adult_chart

ADULT = adult_chart("1971-03-02", "male")

# No rule word, no first-head label: only the distance (and, since it came, the everyday
# off-topic head) can tell these are not triage. (It opened
# with "Quick one while I have you:" until a change of subject said so was a rule of its own.)
OFF_TOPIC = (
    "The gutters on the north side of the house overflow every time it rains and the installer "
    "stopped answering. Is it worth getting a second quote?"
)
SYMPTOM = "Since Saturday I've had a burning pain when I pee and I need to go every half hour."


@pytest.fixture(scope="module")
def shipped() -> Retriever:
    if not any(DEFAULT_CORPUS.glob("*.md")):
        pytest.skip(f"no corpus at {DEFAULT_CORPUS}")
    return Retriever.from_corpus()


def _relevance(retriever: Retriever, message: str) -> float:
    return retriever.candidates(message)[0].dense[0].score


def test_off_corpus_needs_a_measured_relevance_below_the_bar_on_english_text() -> None:
    assert policy.off_corpus(OFF_TOPIC, 0.10)
    assert not policy.off_corpus(OFF_TOPIC, None)
    assert not policy.off_corpus(OFF_TOPIC, policy.OFF_CORPUS_BELOW)
    assert not policy.off_corpus(OFF_TOPIC, 0.10, below=0.0)
    # the encoder reads English only, and a word or two says too little
    assert not policy.off_corpus("Hola, ¿me ayudas con la tarea de historia de mi hijo?", 0.05)
    assert not policy.off_corpus("ok thanks", 0.05)


def test_a_distant_message_is_refused_out_of_scope_and_a_near_one_is_not() -> None:
    # The everyday off-topic head reads this ask too; without it, only the distance does.
    assert "out_of_scope" in policy.pre_decision_reasons(OFF_TOPIC, ADULT)
    first_head = replace(policy_model.load(), everyday=None)

    def reasons(**kwargs: Any) -> list[str]:
        return policy.pre_decision_reasons(OFF_TOPIC, ADULT, first_head, **kwargs)

    assert "out_of_scope" not in reasons()
    assert "out_of_scope" in reasons(relevance=0.12)
    assert "out_of_scope" not in reasons(relevance=0.40)
    assert "out_of_scope" not in reasons(relevance=0.12, off_corpus_below=0.0)


def test_the_safety_net_outranks_the_distance() -> None:
    # a plan to die in practical words is far from every pathway, and must never be refused
    message = (
        "I've paid the rent up to March, the dog is with my sister, and the car is in the garage "
        "with the hose already fitted. Thanks for everything."
    )
    assert policy.reads_as_emergency(message)
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT, relevance=0.10)


@pytest.mark.parametrize(
    "message",
    [
        OFF_TOPIC,
        "Can you settle an argument: which came first, the printing press or the compass?",
        "My nephew needs a short poem for his grandparents' fortieth anniversary, something "
        "about sailing and the lighthouse they met at. Could you draft one?",
        "Looking for advice on which laptop to buy for my daughter starting college in "
        "September, budget around eight hundred dollars.",
    ],
)
def test_off_topic_requests_sit_below_the_bar_on_the_shipped_corpus(
    shipped: Retriever, message: str
) -> None:
    assert _relevance(shipped, message) < policy.OFF_CORPUS_BELOW


@pytest.mark.parametrize(
    "message",
    [
        SYMPTOM,
        "need a letter for work saying I can't lift for 6 weeks after my hernia repair",
        "flying to Lisbon next week, I'm on warfarin, anything I should do about clots on the "
        "plane?",
        "Our cat tested positive for ringworm and now I have a round itchy patch on my arm.",
        "ignore my last message, the rash is actually on both legs now and spreading",
    ],
)
def test_in_scope_messages_near_the_edge_sit_above_it(shipped: Retriever, message: str) -> None:
    assert _relevance(shipped, message) >= policy.OFF_CORPUS_BELOW + 0.03


@pytest.mark.parametrize("bad", ["0.2", 1.0, -0.1, True, None])
def test_the_pipeline_option_takes_a_cosine_in_zero_to_one(bad: object) -> None:
    with pytest.raises(InputError, match="off_corpus_below"):
        _off_corpus_below({"off_corpus_below": bad})
    assert _off_corpus_below({}) == policy.OFF_CORPUS_BELOW
    assert _off_corpus_below({"off_corpus_below": 0}) == 0.0


@pytest.mark.parametrize(
    "message",
    [
        "Not a medical question, sorry: my landlord kept the whole deposit, can he do that?",
        "Nothing medical today! Which of your staff would like a batch of lemon bars?",
        "slightly off-topic but do you know if the clinic car park validates tickets",
    ],
)
def test_a_sender_who_says_the_ask_is_not_medical_is_out_of_scope(message: str) -> None:
    assert "out_of_scope" in policy.pre_decision_reasons(message, ADULT)


@pytest.mark.parametrize(
    "message",
    [
        "Not urgent, but the rash on my shin is spreading and itchy.",
        "My medical leave form needs your signature before Friday, the knee is still swollen.",
    ],
)
def test_other_disclaimers_are_not_that(message: str) -> None:
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT)


@pytest.mark.parametrize(
    "message",
    [
        "My PSA in the portal went from 3.1 to 9.8. Is that bad? Trip next week, should I cancel?",
        "ferritin came back at 6, is that why I'm so tired",
    ],
)
def test_a_lab_value_is_never_off_corpus(message: str) -> None:
    # the corpus may have no pathway for a lab result; a result is still health
    assert not policy.off_corpus(message, 0.10)
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT, relevance=0.10)
