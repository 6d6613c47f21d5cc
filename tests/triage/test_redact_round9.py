"""PHI redaction, ninth round (long-tail phenomena): day/month words in more languages, ages in
words in any spacing, plates after a vehicle, practices and homes where a person is seen or
lives, lower-case subjects and introductions, one-word sign-offs, possessive openers,
nicknames before a bracketed full name and a weekday with an ordinal."""

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
        # dates with day and month words
        ("Ngày 18 tháng 9, cháu bị sốt.", "18 tháng 9"),
        ("Termin: 6 Kasım 2024 saat 10.", "6 Kasım 2024"),
        ("Babalik kami sa ika-9 ng Hulyo.", "9 ng Hulyo"),
        ("Alilazwa tarehe 11 Oktoba.", "11 Oktoba"),
        ("Checked in Setyembre 4, 2025 for the review.", "Setyembre 4, 2025"),
        ("THE REVIEW IS THURSDAY 22ND", "THURSDAY 22ND"),
        ("Could we do weds the fourteenth instead?", "weds the fourteenth"),
        # ages in words
        ("resident ninety seven, eating less", "ninety seven"),
        ("nan is ninetythree and still gardening", "ninetythree"),
        ("one hundred and sixteen y/o woman, confused", "one hundred and sixteen"),
        # plates after a vehicle
        ("A lorry clipped my car GY08 TLN on the ring road.", "GY08 TLN"),
        ("The van's reg is HK-441-ZB if security asks.", "HK-441-ZB"),
        # facilities where a person is seen or lives
        ("My GP is at Thornbury Surgery in town.", "Thornbury"),
        ("Gran moved into Beechwood Care Home after the fall.", "Beechwood Care Home"),
        ("We are registered with Hartfield Medical Practice.", "Hartfield"),
        # lower-case names and sign-offs
        ("i think wojciech gave me the old leaflet", "wojciech"),
        ("hey its ivy can u move my appt", "ivy"),
        ("the new strips work much better. dara", "dara"),
        # possessive opener, nickname
        ("Summer's temperature was 38.9 this morning.", "Summer"),
        ("PIP (PHILIPPA GRAYSON) HAS A RASH", "PIP"),
        ("Teddy (Edmund Kowalski) missed his dose.", "Teddy"),
    ],
)
def test_long_tail_phi_is_redacted(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_a_vietnamese_date_is_redacted_and_the_sentence_kept(redactor: Redactor) -> None:
    # Whether the day word "Ngày" sits inside the span our own dev sets do not agree (holdout10
    # and 11 put it inside) and the guideline is silent; the date itself must go, the rest stay.
    text = "Ngày 18 tháng 9, cháu bị sốt."
    assert covered(redactor, text, "18 tháng 9")
    assert not {"cháu", "bị", "sốt"} & redacted_words(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I was seen at Cardiac Surgery for the review.", {"Cardiac", "Surgery"}),
        ("pt ninety minutes late, seen by the nurse", {"ninety"}),
        ("The car park charges 3 pounds an hour.", {"car", "park", "3"}),
        ("because mum said the rash would fade", {"mum"}),
        ("Today's readings were all under 140.", {"Today"}),
        ("Bell's palsy is slowly improving on the left.", {"Bell"}),
        ("EPIPEN (EPINEPHRINE AUTO INJECTOR) EXPIRED LAST MONTH", {"EPIPEN", "EPINEPHRINE"}),
        ("the cough is worse at night. thanks", {"thanks"}),
        ("my leg is still swollen and hot. ugh", {"hot"}),
    ],
)
def test_look_alikes_are_kept(redactor: Redactor, text: str, kept: set[str]) -> None:
    assert not kept & redacted_words(redactor, text)
