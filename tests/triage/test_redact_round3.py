"""PHI redaction, third round: dashed month-days after any word, names in other languages,
ages between commas, sentence ends inside capitalised runs, AGE spans hold the number only."""

from __future__ import annotations

import re

import pytest

from pipelines.triage.redact import Redactor
from pipelines.triage.redact_extra import is_foreign


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _values(redactor: Redactor, text: str) -> list[str]:
    red = redactor.redact(text)
    assert red.token_map.restore(red.text) == text
    return [text[s.start : s.end] for s in red.spans]


def _redacted_words(redactor: Redactor, text: str) -> set[str]:
    spans = redactor.redact(text).spans
    return {
        m.group(0)
        for m in re.finditer(r"\w+", text)
        if any(s.start < m.end() and m.start() < s.end for s in spans)
    }


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
    values = _values(redactor, text)
    for p in phi:
        assert any(p in v for v in values), (p, values)


@pytest.mark.parametrize(
    ("text", "not_phi"),
    [
        ("Take 2-3 tabs if needed", {"2", "3"}),
        ("sugars run 10-12 most mornings", {"10", "12"}),
        ("We live in Dover, DE. Sister Carys drives me.", {"DE", "Sister"}),
        ("Appt is still on?", {"Appt"}),
        ("Ich habe seit Sonntag Fieber und brauche einen Termin.", {"Fieber", "Termin"}),
        ("Contesten por favor, es urgente.", {"Contesten"}),
        ("Pt is a 97 y/o male", {"y", "o"}),
        ("Our 91-year-old neighbour fell", {"year", "old"}),
    ],
)
def test_new_precision_cases(redactor: Redactor, text: str, not_phi: set[str]) -> None:
    assert not (_redacted_words(redactor, text) & not_phi)


def test_age_span_is_the_number(redactor: Redactor) -> None:
    assert "97" in _values(redactor, "Pt is a 97 y/o male")


def test_language_detection() -> None:
    assert is_foreign("mi hijo tiene fiebre desde ayer")
    assert is_foreign("ich habe seit Montag Husten und brauche Hilfe")
    assert not is_foreign("my son Diego has a fever since yesterday")
