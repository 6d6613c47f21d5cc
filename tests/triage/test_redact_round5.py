"""PHI redaction, fifth round: the round-4 leftovers (Polish "ul." streets, hotel branch words,
the article before a spelled date, lower-case letter-and-digit ids, ordinary words in Polish,
Dutch, Turkish and Vietnamese read as names)."""

from __future__ import annotations

import pytest

from pipelines.triage import phi_tagger
from pipelines.triage.redact import Redactor
from tests.triage.phi_asserts import redacted_values


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    # rules and NER only: these are rule fixes, and must hold without the learned tagger
    return Redactor(use_tagger=False)


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("adres: ul. Kwiatowa 15, Poznań", "ul. Kwiatowa 15"),
        ("we booked the Holiday Inn Express by the airport", "Holiday Inn Express"),
        ("she was born the fifth of June", "fifth of June"),
        ("the card says member id xk4481b2", "xk4481b2"),
        ("my code is Bd20931 on the letter", "Bd20931"),
    ],
)
def test_round5_phi_is_found_without_its_article(redactor: Redactor, text: str, phi: str) -> None:
    assert phi in redacted_values(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "I took 1500mg of tylenol and 2000iu of vitamin d",
        "Czy mogę brać ten lek rano, czy wieczorem?",
        "Ik heb sinds gisteren koorts, moet ik langskomen?",
        "Tôi bị đau bụng từ sáng nay.",
    ],
)
def test_round5_ordinary_words_are_left_alone(redactor: Redactor, text: str) -> None:
    assert redacted_values(redactor, text) == []


def test_a_number_hyphenated_to_a_word_is_its_own_tagger_token() -> None:
    words = [w for _, _, w in phi_tagger.tokens("a 96-year-old, seen 12-08, id D4482-11907")]
    assert words == ["a", "96", "-", "year-old", ",", "seen", "12-08", ",", "id", "D4482-11907"]
