"""PHI redaction: a state that travels with its city in an address is part of the address, as
independent annotators mark it; a state alone, or a credential after a name, is not."""

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
    ],
)
def test_lone_states_and_credentials_are_kept(
    redactor: Redactor, text: str, kept: set[str]
) -> None:
    assert not kept & redacted_words(redactor, text)
