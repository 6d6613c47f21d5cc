"""PHI redaction, third round: dashed month-days after any word, names in other languages,
ages between commas, sentence ends inside capitalised runs, AGE spans hold the number only."""

from __future__ import annotations

import pytest

from pipelines.triage.redact import Redactor
from pipelines.triage.redact_extra import is_foreign
from tests.triage.phi_asserts import redacted_values, redacted_words


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("the swelling went down 10-31 but is back", ["10-31"]),
        ("refilled the inhaler 12-01, already half gone", ["12-01"]),
        ("mi esposa pili tiene gripe", ["pili"]),
        ("meu filho caio caiu da bicicleta", ["caio"]),
        ("Sra. Quintanilla necesita una receta", ["Quintanilla"]),
        ("Patient Odalys Ferrer, 94, DOB 3/3/1932", ["Odalys Ferrer", "94", "3/3/1932"]),
    ],
)
def test_new_recall_cases(redactor: Redactor, text: str, phi: list[str]) -> None:
    values = redacted_values(redactor, text)
    for p in phi:
        assert any(p in v for v in values), (p, values)


@pytest.mark.parametrize(
    ("text", "not_phi"),
    [
        ("Take 2-3 tabs if needed", {"2", "3"}),
        ("sugars run 10-12 most mornings", {"10", "12"}),
        ("We live in Dover, DE. Sister Carys drives me.", {"Sister"}),
        ("Appt is still on?", {"Appt"}),
        ("Ich habe seit Sonntag Fieber und brauche einen Termin.", {"Fieber", "Termin"}),
        ("Contesten por favor, es urgente.", {"Contesten"}),
        ("Pt is a 97 y/o male", {"y", "o"}),
        ("Our 91-year-old neighbour fell", {"year", "old"}),
    ],
)
def test_new_precision_cases(redactor: Redactor, text: str, not_phi: set[str]) -> None:
    assert not (redacted_words(redactor, text) & not_phi)


def test_age_span_is_the_number(redactor: Redactor) -> None:
    assert "97" in redacted_values(redactor, "Pt is a 97 y/o male")


def test_language_detection() -> None:
    assert is_foreign("mi hijo tiene fiebre desde ayer")
    assert is_foreign("ich habe seit Montag Husten und brauche Hilfe")
    assert not is_foreign("my son Diego has a fever since yesterday")
