"""PHI redaction, sixth round: clinical words kept (eponyms, drug brands, devices named after
people), lower-case names that are also words found from the relation before them, sign-offs,
ages of 90 and over in note shorthand, Dutch and Polish dates."""

from __future__ import annotations

import pytest

from pipelines.triage.redact import Redactor
from tests.triage.phi_asserts import covered, redacted_words


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    # the full redactor: the clinical-word trim runs after every guesser, the tagger included
    return Redactor()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Could this be Bell's palsy? One side of my face droops.", "Bell"),
        ("The Foley was taken out and I still cannot pee properly.", "Foley"),
        ("They said Osgood-Schlatter, he is 13 and plays football.", "Osgood"),
        ("Does Jardiance interact with my blood pressure tablets?", "Jardiance"),
        ("My cardiologist wants a Holter and an echo first.", "Holter"),
        ("The pharmacy is shut on Sundays so I ran out.", "Sundays"),
    ],
)
def test_clinical_words_are_not_redacted(redactor: Redactor, text: str, word: str) -> None:
    assert word not in redacted_words(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Foley asked me to send my sugar readings", "Foley"),
        ("my partner river has had a migraine since Sunday", "river"),
        ("grandpa bill is more muddled than usual", "bill"),
        ("my wife grace cannot keep fluids down", "grace"),
        ("the rash is spreading, thanks so much, ivy", "ivy"),
    ],
)
def test_people_stay_redacted(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "my husband will call you after lunch",
        "my son also has a cough now",
        "my daughter may need a school note",
        "thanks again, doctor",
    ],
)
def test_words_after_a_relation_that_are_the_sentence(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == ()


@pytest.mark.parametrize(
    ("text", "age", "redacted"),
    [
        ("RN note: pt 92 eating poorly, son visiting", "92", True),
        ("Opa wird nächste Woche 91 und hustet", "91", True),
        ("pt 92 kg, weight stable", "92", False),
        ("patient 94% on room air", "94", False),
    ],
)
def test_ages_of_90_and_over_in_note_shorthand(
    redactor: Redactor, text: str, age: str, redacted: bool
) -> None:
    assert (age in redacted_words(redactor, text)) is redacted


@pytest.mark.parametrize(
    ("text", "date"),
    [("operacja była 5 listopada", "5 listopada"), ("mijn moeder is op 2 mei opgenomen", "2 mei")],
)
def test_dutch_and_polish_dates(redactor: Redactor, text: str, date: str) -> None:
    assert covered(redactor, text, date)
