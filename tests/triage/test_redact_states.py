"""PHI redaction: a state that travels with its city in an address is part of the address, and a
month on its own after a time word is a date, as independent annotators mark them; a state
alone, a credential after a name, "may" and a march are not."""

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
        ("New address: 88 Harbor View Rd, Unit 12, Camden, ME 04843.", "ME"),
        ("She lives in Bozeman, MT now.", "MT"),
        ("Mail it to 2207 Wexford Ct, Ames, IA 50010 please", "IA"),
        ("We are in Dover, DE for the winter.", "DE"),
        ("she lives with me at 2207 Wexford Ct, Ames IA 50010", "IA"),
        ("I was diagnosed with it in March and feel fine", "March"),
        ("he had a stroke in march, is this dangerous", "march"),
    ],
)
def test_a_state_after_its_city_is_redacted(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Signed, Ana Ruiz, MD", {"MD"}),
        ("I moved here from Texas last year", {"Texas"}),
        ("Seen by the nurse, OK to discharge", {"OK"}),
        ("I may come in next week", {"may"}),
        ("We did a march for charity and my knee hurts", {"march"}),
    ],
)
def test_lone_states_and_credentials_are_kept(
    redactor: Redactor, text: str, kept: set[str]
) -> None:
    assert not kept & redacted_words(redactor, text)
