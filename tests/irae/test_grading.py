"""CTCAE v5 grades from text, against the grade definitions in the shipped CSV."""

from __future__ import annotations

import pytest

from pipelines.irae.ctcae import IRAE_TERMS, clamp_grade, load_ctcae
from pipelines.irae.grading import grade


def test_every_reported_term_is_spelled_as_in_ctcae() -> None:
    table = load_ctcae()
    assert len(table) == 837
    assert all(t in table for t in IRAE_TERMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 loose stools per day over baseline", 1),  # <4 over baseline
        ("5 watery stools per day over baseline", 2),  # 4-6
        ("six bowel movements daily", 2),
        ("9 stools per day", 3),  # >=7
        ("diarrhea, admitted for IV fluids", 3),  # hospitalization
        ("diarrhea with septic shock requiring pressors", 4),
    ],
)
def test_diarrhea_grades(text: str, expected: int) -> None:
    assert grade("Diarrhea", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ALT 2 x ULN", 1), ("ALT 4.5 times ULN", 2), ("ALT 12 x ULN", 3), ("ALT above 25 x ULN", 4)],
)
def test_alt_grades_by_uln_multiple(text: str, expected: int) -> None:
    assert grade("Alanine aminotransferase increased", text) == expected


def test_rash_bsa_and_clamps() -> None:
    assert grade("Rash maculo-papular", "rash covering 5% BSA") == 1
    assert grade("Rash maculo-papular", "rash over 20% BSA") == 2
    assert grade("Rash maculo-papular", "rash over 40% BSA") == 3
    # CTCAE defines no grade 1-2 for acute kidney injury and no grade 4 for rash.
    assert clamp_grade("Acute kidney injury", 1) == 3
    assert clamp_grade("Rash maculo-papular", 4) == 3
    assert grade("Acute kidney injury", "nephritis requiring dialysis") == 4
    assert grade("Pneumonitis", "pneumonitis with hypoxia on 3 L nasal cannula") == 3
    assert grade("Hypothyroidism", "started levothyroxine") == 2
    assert grade("Colitis", "grade 3 colitis") == 3
