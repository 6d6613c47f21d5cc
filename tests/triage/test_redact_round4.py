"""PHI redaction, fourth round: the round-3 leftovers (a dashed date before "per", weekday and
bare day in Spanish, German "3. November", ages in other languages, letters of Vietnamese names,
"la mamá de santi", facilities like "X General" and "Motel 6", short foreign postcodes)."""

from __future__ import annotations

import pytest

from pipelines.triage.redact import Redactor
from tests.triage.phi_asserts import redacted_values


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    # rules and NER only: these are rule fixes, and must hold without the learned tagger
    return Redactor(use_tagger=False)


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("the second dose is due 11-27 per the pharmacist", "11-27"),
        ("nos vemos el martes 9 en la clínica", "martes 9"),
        ("el jueves 23 me toca el análisis", "jueves 23"),
        ("Am 5. Dezember ist die OP", "5. Dezember"),
        ("Der Befund kam am 17. November", "17. November"),
        ("mi tío tiene 97 años y se cayó", "97"),
        ("ma grand-mère a 93 ans", "93"),
        ("please call Trần Thị Huệ about the results", "Trần Thị Huệ"),
        ("soy la abuela de mateo, tiene fiebre", "mateo"),
        ("she was taken to Riverside General after the fall", "Riverside General"),
        ("we're at the Motel 6 off the highway", "Motel 6"),
        ("1 Kauri Close, Nelson 7010", "7010"),
    ],
)
def test_round3_leftovers_are_redacted(redactor: Redactor, text: str, phi: str) -> None:
    values = redacted_values(redactor, text)
    assert any(phi in v for v in values), values
    assert not any(v.endswith(phi[:-1]) and v != phi and phi.endswith(v) for v in values)


@pytest.mark.parametrize(
    "text",
    [
        "take 1-2 per day with food",
        "general malaise since the weekend",
        "the pain is 6/10 and worse at night",
    ],
)
def test_no_new_false_positives(redactor: Redactor, text: str) -> None:
    values = redacted_values(redactor, text)
    assert values == [], values
