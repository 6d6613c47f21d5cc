"""Paperwork asked beside a symptom the sender (or someone in their care) has now and a question
about that care is triaged; without the question, or for a prescribing act, it stays out of scope.
Plus three misses of the session-14 held-out refusal set: plural body parts, Arabic stroke signs,
a birth already past.

The messages here were written for these tests; none is in a training or dev file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import policy
from tests.triage.test_off_corpus import ADULT

TRIAGED = [
    "Can you fill out the DVLA medical form for my licence? Also I blacked out twice this month "
    "while standing in the queue at the bank. Should I still be driving?",
    "Work wants a form saying I'm fit to return after my fall. My wrist still swells and aches "
    "by lunchtime though. Can I be seen before anyone signs it?",
    # someone in the sender's care has the symptom and the question is about their care
    "The football club needs a medical form. Can you fill out the form? My son has been wheezing "
    "after every practice this week and woke up coughing twice. Should he still play on Saturday?",
]
STILL_OUT = [
    # the paperwork is the whole ask: no question about care
    "Please fill out my gym membership form, my knee still aches a bit but I want to start.",
    # paperwork for someone else, or stating what did not happen
    "Can you write a sick note saying my husband was ill on Monday? He wasn't, he was at a "
    "wedding. My back hurts though, is that serious?",
    # a form for someone in the sender's care with a sign that is settled, and no care question
    "The swimming club needs a form filled out. Can you fill out the form? My daughter's asthma "
    "has been fine all year, no wheezing at all.",
    # a prescribing act stays refused whatever the symptom
    "My tramadol ran out early because my back pain flared, could you authorise a new batch?",
]


@pytest.mark.parametrize("message", TRIAGED)
def test_paperwork_beside_a_symptom_and_a_question_is_triaged(message: str) -> None:
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT)


@pytest.mark.parametrize("message", STILL_OUT)
def test_paperwork_alone_or_a_prescribing_act_stays_out_of_scope(message: str) -> None:
    assert "out_of_scope" in policy.pre_decision_reasons(message, ADULT)


def test_plural_body_parts_are_a_concern_beside_an_off_topic_word() -> None:
    message = (
        "Any tips for a low-fat lasagne recipe? And my knees have been puffy since the new "
        "water tablet started, is that the tablet?"
    )
    assert not policy._off_topic_words(message)
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT)


def test_arabic_stroke_signs_name_health() -> None:
    # "My mother can't move her left arm since this morning and her speech is slurred."
    message = "أمي لا تستطيع تحريك ذراعها اليسرى منذ الصباح وكلامها ثقيل."
    assert not policy.names_no_health(message)
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT)


def test_a_birth_already_past_is_not_a_current_pregnancy() -> None:
    message = "Since the baby arrived I leak a little when I cough or laugh. Is that normal?"
    assert "pregnancy_without_ob_context" not in policy.pre_decision_reasons(message, ADULT)
