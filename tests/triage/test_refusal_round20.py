"""Round 20: lost property, puzzles, job enquiries, noise complaints and more animals are
off-topic; a sign the sender has now outranks lost property and a "not medical" preface; food
blamed is not a clinician blamed; a calf is a body part too.

The messages here were written for this test; none is in a training, dev or goldset file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy
from tests.triage.charts import adult_chart

ADULT = adult_chart("1958-07-19", "female", "2026-11-24")


def _refused(message: str) -> bool:
    return "out_of_scope" in policy.pre_decision_reasons(message, ADULT)


@pytest.mark.parametrize(
    "message",
    [
        "I'm fairly sure I dropped my wallet in the lift at the outpatient building on Friday, "
        "brown leather with a bus pass in it. Who do I ask?",
        "Does the hospital have a lost and found? My husband's scarf went missing after his visit.",
        "Has anyone handed in a set of car keys with a red fob? I was at the eye clinic at 10.",
        "Crossword clue stumping me: 'bone of the thigh', five letters. Any ideas?",
        "Are you hiring reception staff at the Hill Road surgery? I have ten years in admin.",
        "The dog next door barks from 5am. Should I complain to the council or talk to him first?",
        "My neighbour's pony is fine but her foal won't feed. What should she try?",
        "Dad wanted me to ask: his parakeet has stopped singing and sits fluffed up. Why?",
    ],
)
def test_off_topic_asks_of_the_round_are_refused(message: str) -> None:
    assert _refused(message)


@pytest.mark.parametrize(
    "message",
    [
        # a sign now beside lost property
        "I think I left my umbrella by the coat rack at the clinic on Monday. Also, since "
        "yesterday my left leg has been swollen and hot below the knee. Should I be seen?",
        # "not medical", then a sign now and a care question
        "Not a medical thing really, I wanted to say the new car park is great. But for about "
        "two weeks I've had a tremor in my left hand when I hold a pen. Worth an appointment?",
        # food blamed for a sickness is not a clinician blamed
        "We ate a chicken salad at a barbecue and since midnight we've both been vomiting and "
        "have cramps. Is the salad to blame? Should we come in?",
        # a calf is a leg as well as an animal
        "Back from a long coach trip and my right calf has been swollen and tender since "
        "Saturday. Should it be looked at?",
        # a puzzle done in passing is not a puzzle asked about
        "Dad is 88 and was doing his crossword fine on Sunday, but since this morning he is "
        "muddled about where he is and can't find his words. What do we do?",
        # the sender's own thank-you note is not a document asked for
        "Just a quick note to say thank you to the ward. Since this week my hands tremble when "
        "I lift a cup and I'm on new tablets. Is that the new pill?",
    ],
)
def test_a_sign_now_beside_the_rounds_asks_is_triaged(message: str) -> None:
    assert not _refused(message)


def test_a_count_of_letters_is_a_clue_only_after_one() -> None:
    assert not policy._OUT_OF_SCOPE_TOPIC.search("The insurer sent me five letters this month.")


def test_a_clinician_blamed_is_still_a_medico_legal_opinion() -> None:
    assert policy._services_asked("Was my surgeon negligent when the wound opened up?")
    assert policy._services_asked("Is the hospital to blame for the infection I caught?")
    assert not policy._services_asked("Is the takeaway curry to blame for my upset stomach?")


def test_lost_property_alone_stays_refused_beside_a_healthy_visit() -> None:
    # a visit named, but no sign now: still lost property
    assert _refused(
        "My mother was in for her eye test yesterday and left her glasses case in the waiting "
        "room, a green one. Could someone put it aside?"
    )
