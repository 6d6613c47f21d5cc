"""The CTCAE v5 table shipped in `data/` and the subset of terms this pipeline reports as irAEs.

Term spellings here are checked against the CSV at import, so a typo fails loudly.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CTCAE_CSV = DATA / "ctcae_v5_clean_copy.csv"

IRAE_TERMS: tuple[str, ...] = (
    "Colitis",
    "Diarrhea",
    "Alanine aminotransferase increased",
    "Aspartate aminotransferase increased",
    "Blood bilirubin increased",
    "Pneumonitis",
    "Hypothyroidism",
    "Hyperthyroidism",
    "Hypophysitis",
    "Adrenal insufficiency",
    "Rash maculo-papular",
    "Pruritus",
    "Acute kidney injury",
    "Creatinine increased",
    "Myocarditis",
    "Hyperglycemia",
    "Arthralgia",
    "Arthritis",
    "Bullous dermatitis",
    "Myositis",
    "Pancreatitis",
    "Uveitis",
)
"""CTCAE v5 has no 'Hepatitis' or 'Nephritis' term: immune hepatitis is graded as
'Alanine aminotransferase increased', nephritis as 'Acute kidney injury' (or 'Creatinine
increased' when only the lab moved), and immune type 1 diabetes as 'Hyperglycemia'."""


@dataclass(frozen=True)
class CtcaeTerm:
    term: str
    soc: str
    grades: tuple[str, str, str, str, str]
    """Grade 1..5 definitions; '-' where CTCAE defines no such grade."""

    def valid_grades(self) -> tuple[int, ...]:
        return tuple(g for g in range(1, 6) if self.grades[g - 1].strip() not in ("", "-"))


@lru_cache(maxsize=1)
def load_ctcae() -> dict[str, CtcaeTerm]:
    out: dict[str, CtcaeTerm] = {}
    with CTCAE_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[row["ctcae_term"]] = CtcaeTerm(
                term=row["ctcae_term"],
                soc=row["meddra_soc"],
                grades=(
                    row["grade_1"],
                    row["grade_2"],
                    row["grade_3"],
                    row["grade_4"],
                    row["grade_5"],
                ),
            )
    missing = [t for t in IRAE_TERMS if t not in out]
    if missing:
        raise RuntimeError(f"{CTCAE_CSV}: terms missing from the CTCAE table: {missing}")
    return out


def clamp_grade(term: str, grade: int) -> int:
    """Nearest grade that CTCAE defines for `term` (e.g. acute kidney injury starts at 3)."""
    valid = load_ctcae()[term].valid_grades()
    if grade in valid:
        return grade
    return min(valid, key=lambda g: (abs(g - grade), g))
