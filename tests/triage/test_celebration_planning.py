"""A celebration the sender plans, with no concern now, is off-topic even where the safety net's
scorer reads it as an emergency (it reads "speech" as a stroke word); a celebration with a sign
told now is not, and the net still decides for it.

The messages here were written for these tests; none is in a training or dev file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy, policy_model
from tests.triage.test_off_corpus import ADULT  # an adult chart: only the message decides
from tests.triage.test_policy_model import _FixedScorer

SPEECH = (
    "My son is getting married in June and I'm doing the father-of-the-groom speech. Could you "
    "help me write three minutes that are funny but kind? He met his wife at a pottery class."
)
SEATING = (
    "We're doing the seating chart for our 40th anniversary party, 90 guests, and two of my "
    "cousins haven't spoken in years. How do people usually handle that?"
)
# The same plans, with a sign the sender has now.
SPEECH_WITH_SIGN = (
    "My son is getting married in June and I'm doing the father-of-the-groom speech. Since "
    "yesterday I get a tight pressure in my chest when I climb the stairs. Should I be seen?"
)
SETTLED = (
    "Thanks to the team my bypass healed well last year. Could you help me with a toast for my "
    "daughter's wedding? She's a firefighter and loves sailing."
)


@pytest.fixture(scope="module")
def clf() -> policy_model.RefusalClassifier:
    return policy_model.load()


def test_a_planned_celebration_is_off_topic_whatever_the_net_reads(
    clf: policy_model.RefusalClassifier,
) -> None:
    for net in (_FixedScorer(0.1), _FixedScorer(0.95)):
        assert "out_of_scope" in policy.pre_decision_reasons(SPEECH, ADULT, clf, net)


@pytest.mark.parametrize("message", [SPEECH, SEATING, SETTLED])
def test_plans_told_beside_no_concern_or_a_settled_one_are_planned_celebrations(
    message: str,
) -> None:
    assert policy._plans_an_occasion(message)


def test_a_celebration_with_a_sign_now_is_not_a_planned_celebration() -> None:
    assert not policy._plans_an_occasion(SPEECH_WITH_SIGN)


def test_a_celebration_without_a_task_of_planning_it_is_left_to_the_net() -> None:
    # a date named beside a plan to die is not a planned celebration
    assert not policy._plans_an_occasion(
        "After my daughter's birthday on Saturday I'm going to be done. It's all thought through."
    )
