"""The scope rules never refuse a message that tells an urgent sign of the sender's own or of
someone in their care, whatever off-topic words sit beside it (a review of the session-13 rules
found each of these refused; each line is one such probe).

The messages here were written for this test; none is in a training, dev or goldset file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy
from tests.triage.test_off_corpus import ADULT  # an adult chart: only the message decides


@pytest.mark.parametrize(
    "message",
    [
        # settled words beside a symptom, or a symptom joined by "and"
        "No medication has touched the crushing pain in my chest since last night. Could you "
        "recommend a good film on Netflix for the family tonight please?",
        "My asthma is poorly controlled and I am wheezing at night. Can you suggest a good recipe "
        "for a vegetarian lasagne that feeds eight people?",
        "My sugars have been well controlled and I accidentally injected my insulin twice tonight. "
        "Could you recommend a film for the family to watch?",
        # curiosity, onlookers and shopping beside someone in the sender's care
        "Just wondering, my daughter has a fever and a purple rash and she is very floppy. What "
        "causes that?",
        "Saw an article on sepsis. Mum has a fever, is confused and her hands are mottled. Is it "
        "sepsis?",
        "My colleague found me confused and slurring at my desk. Is that a sign of stroke?",
        "Bad news from the biopsy, they found a lump in my breast. Is it cancer?",
        "My dad says he has crushing chest pain. Which aspirin is cheapest at Walmart or Costco?",
        # a request to act beside a sign the concern list did not know
        "Can you reschedule my check-up for next week? My husband collapsed and is unconscious.",
        # "just cosmetic" beside a change in a mole
        "I thought the mole was just cosmetic but it has started bleeding and changed shape.",
        # an emergency in another language, greeted
        "Doctora, mi papá no despierta y tiene los labios morados, qué hago?",
    ],
)
def test_an_urgent_sign_is_never_refused_as_off_topic(message: str) -> None:
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT)
