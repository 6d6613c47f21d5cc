"""PHI redaction, eighth round (found by the format probe, dev/phi_probe.py): lower-case names
in person slots, names alone on a header or signature line, two-word lower-case sign-offs,
shouted ALL-CAPS sentences, short number plates and more top-level domains."""

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
        ("i spoke to gwendolyn ferreira at the desk about my bill", "ferreira"),
        ("please let odalys know the scan is booked", "odalys"),
        ("can you fax the letter to bronwyn instead", "bronwyn"),
        ("thaddeus said the rash is spreading", "thaddeus"),
        ("cheers, anneliese kowalczyk", "kowalczyk"),
        ("From: Wren Fairbanks\nTo: Nephrology", "Wren"),
        ("Both Temperance and Zofia have the flu.", "Temperance"),
        ("HORATIO QUIGLEY CALLED ABOUT HIS REFILL", "QUIGLEY"),
        ("My licence plate is LM62 RTX if the car park asks.", "LM62"),
        ("I put the photos on bit.ly/4kQw9z for you.", "bit.ly/4kQw9z"),
    ],
)
def test_probe_holes_are_redacted(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("HORATIO QUIGLEY CALLED ABOUT HIS REFILL", {"CALLED", "ABOUT", "HIS", "REFILL"}),
        ("Patient: Ottoline Brandt\nComplaint: sore ear", {"Complaint"}),
        ("Call Rosa Delgado at 555-201-3344 about the forms.", {"Call"}),
        ("Onkel Reinhard hat seit Montag Fieber", {"Onkel"}),
        ("i talked to derm about switching to metoprolol", {"derm", "metoprolol"}),
        ("can you come in today or should i wait", {"you", "i"}),
    ],
)
def test_ordinary_words_next_to_names_are_kept(
    redactor: Redactor, text: str, kept: set[str]
) -> None:
    assert not kept & redacted_words(redactor, text)
