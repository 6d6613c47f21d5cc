"""PHI round 16, from an independent set of portal messages (phi_guide18, held out first): people
named where a slot leaves no other reading (a doctor's initial, who to ring on a number, a
name spelt out, a bracketed gloss, a role at a place), and words the guessers read as people or
numbers they read as ages and house numbers that are clinical facts (a dose going up, a list of
dose times, an eponym split at its hyphen, "May I", a language, a state after a journey).

The texts here were written for these tests; none is a dev or goldset item."""

from __future__ import annotations

import pytest

from pipelines.triage.redact import Redactor
from tests.triage.phi_asserts import covered, redacted_words


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("morning dr k, the cough syrup isnt doing much", "k"),
        ("if the results come pls ring tomasz on 07700 900112", "tomasz"),
        ("can u text bill 0161 496 0088 when the script is ready", "bill"),
        ("the form has her name as adwoa, she spells it adjoa", "adwoa"),
        ("mark's been coughing all night and wont eat", "mark"),
        ("Referral for Chen Wei (陈伟) to the chest clinic", "陈伟"),
        ("My aunt, Bridget Walsh (Bridie), fell again", "Bridie"),
        ("its jo (joanna) kowalski-nowak, new patient", "kowalski-nowak"),
        ("Her nurse at Riverside Surgery, Efua, said to rest", "Efua"),
        ("the chemist on 2nd ave has my repeat", "2nd ave"),
    ],
)
def test_people_and_places_in_their_slots_are_redacted(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value), redacted_words(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("dr okoro upped my citalopram to 40 last week", {"upped", "40"}),
        ("He has his levodopa at 6, 10, 2 and 6 every day.", {"10", "2"}),
        ("Our son has Osgood-Schlatter in both knees.", {"Osgood", "Schlatter"}),
        ("Two years after the Guillain-Barré she walks with a stick.", {"Guillain", "Barré"}),
        ("Would a Nissen fundoplication help the reflux?", {"Nissen"}),
        ("Still getting mouth ulcers. May I have a call back?", {"May"}),
        ("Dear Sir or Madam, my mother needs a new walker.", {"Madam"}),
        ("She needs an interpreter (Somali) for the scan.", {"Somali"}),
        ("We just moved here from Ohio and need a new GP.", {"Ohio"}),
        ("I'm flying to Jordan next week, which vaccines?", {"Jordan"}),
        ("call back 0161 496 0732 after 3 please", {"back"}),
        ("I saw dr a week ago about the rash", {"a"}),
        ("Ann Smith (Spouse) will bring him in", {"Spouse"}),
    ],
)
def test_clinical_and_ordinary_words_are_kept(
    redactor: Redactor, text: str, kept: set[str]
) -> None:
    assert not (redacted_words(redactor, text) & kept), redacted_words(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a text from Georgia Mills said the clinic moved", "Georgia"),
        ("my son Jordan has had a fever since Monday", "Jordan"),
        ("I spoke to Virginia at the front desk", "Virginia"),
        ("my daughter May is 4 and has a rash", "May"),
        ("the appointment is on May 3", "May 3"),
    ],
)
def test_people_and_dates_that_look_like_those_words_stay_redacted(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value), redacted_words(redactor, text)
