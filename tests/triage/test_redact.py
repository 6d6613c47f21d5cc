"""PHI redaction: exact round trip, recall on hand-written clinical messages and on the shared
synthetic PHI sentences (measured, with a floor that fails if recall regresses)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.triage.redact import Redactor, apply, regex_spans

MESSAGES = [
    (
        "Hi, this is Maria Gonzalez, DOB 03/14/1961, MRN 48213377. Call me at (617) 555-0142 "
        "or maria.g@example.com. I live at 42 Elm Street, Apt 3B, Springfield, MA 01103.",
        [
            "Maria Gonzalez",
            "03/14/1961",
            "48213377",
            "(617) 555-0142",
            "maria.g@example.com",
            "42 Elm Street, Apt 3B",
            "Springfield",
            "01103",
        ],
    ),
    (
        "My dad is a 93-year-old with a pacemaker, serial PM12345678; his insurance member ID "
        "is XKG-448-2931 and his SSN is 123-45-6789. Portal: https://portal.example.org/m/88",
        [
            "93-year-old",
            "PM12345678",
            "XKG-448-2931",
            "123-45-6789",
            "https://portal.example.org/m/88",
        ],
    ),
    (
        "Seen by Dr. Okafor on March 3rd, 2024 and again 2024-04-11. My daughter Keisha has the "
        "same rash.\nThanks,\nDeShawn Whitfield",
        ["Okafor", "March 3rd, 2024", "2024-04-11", "Keisha", "DeShawn Whitfield"],
    ),
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "phi"), MESSAGES)
def test_clinical_phi_is_removed_and_map_round_trips(
    redactor: Redactor, text: str, phi: list[str]
) -> None:
    red = redactor.redact(text)
    for value in phi:
        assert value not in red.text, f"{value!r} leaked into {red.text!r}"
    assert red.token_map.restore(red.text) == text
    assert all(re.fullmatch(r"<[A-Z]+_\d+>", tok) for tok in red.token_map.originals)


def test_clinical_words_survive(redactor: Redactor) -> None:
    text = "Took 500 mg Tylenol at 8am, BP 140/90, temp 101.2 F, on Keytruda since spring."
    red = redactor.redact(text)
    for word in ("500 mg", "Tylenol", "140/90", "101.2", "Keytruda"):
        assert word in red.text


def test_same_value_gets_same_token() -> None:
    red = apply(
        "Ann called. Ann again.",
        [
            *regex_spans("Ann called. Ann again."),
        ],
    )
    red2 = apply("Ann called. Ann again.", [])
    assert red2.text == "Ann called. Ann again."
    from pipelines.triage.redact import Span

    red = apply("Ann called. Ann again.", [Span(0, 3, "NAME"), Span(12, 15, "NAME")])
    assert red.text == "<NAME_1> called. <NAME_1> again."


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=200))
def test_round_trip_is_exact_on_any_text(text: str) -> None:
    red = Redactor(use_ner=False).redact(text)
    assert red.token_map.restore(red.text) == text


def _token_recall(redactor: Redactor, items: list[dict], keep: set[str]) -> float:
    tp = fn = 0
    for x in items:
        text = x["full_text"]
        pred = [(s.start, s.end) for s in redactor.redact(text).spans]
        gold = [
            (s["start_position"], s["end_position"]) for s in x["spans"] if s["entity_type"] in keep
        ]
        for m in re.finditer(r"\w+", text):
            a, b = m.span()
            if any(a < e and s < b for s, e in gold):
                if any(a < e and s < b for s, e in pred):
                    tp += 1
                else:
                    fn += 1
    return tp / (tp + fn)


def test_token_recall_on_shared_synthetic_phi_sentences(
    redactor: Redactor, shared_data: Path
) -> None:
    data = json.loads((shared_data / "phi_presidio" / "synth_dataset_v2.json").read_text())
    sample = random.Random(7).sample(data, 400)
    # Identifier types (general-domain sentences: names, streets, phones, emails, ids).
    # Measured 0.80 on all 1,500 sentences; the misses are mostly multi-line foreign street
    # addresses, which a US patient portal rarely sees. Floor set just under the measurement.
    direct = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "CREDIT_CARD", "IP_ADDRESS"}
    recall_direct = _token_recall(redactor, sample, direct)
    assert recall_direct >= 0.90, recall_direct
    everything = direct | {"STREET_ADDRESS", "ZIP_CODE", "GPE", "IBAN_CODE", "DOMAIN_NAME"}
    recall_all = _token_recall(redactor, sample, everything)
    assert recall_all >= 0.75, recall_all


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("Login came from fe80:0:1f::9c2a:44 at 03:10.", ["fe80:0:1f::9c2a:44"]),
        ("Booked for Friday, 4 December 2026 at noon.", ["Friday", "4 December 2026"]),
        ("Her last period began on the ninth of May.", ["ninth of May"]),
        ("see u saturday the 5th ok", ["saturday the 5th"]),
        ("Follow-up 03-Jan-2027 in clinic.", ["03-Jan-2027"]),
        ("hey its priya ramaswamy, my daughter anouk has a rash", ["priya ramaswamy", "anouk"]),
        ("this is grace again, the migraine one", ["grace"]),
        ("Rose said she would bring the forms.", ["Rose"]),
        ("Grandpa turned 97 on Sunday. DOB 1929 (97). Note: 97M.", ["97", "(97)", "97M"]),
        (
            "Meet me at the pharmacy on Cedar Ave or on E 14th St tomorrow.",
            ["Cedar Ave", "E 14th St"],
        ),
        ("Mi dirección es Calle de Alcalá 45, Madrid.", ["Calle de Alcalá 45"]),
        (
            "Pump serial no. MDT 77120 B and visit encounter V-5512093.",
            ["MDT 77120 B", "V-5512093"],
        ),
    ],
)
def test_new_recognizers_find_the_phi(text: str, phi: list[str]) -> None:
    red = Redactor(use_ner=False).redact(text)
    for value in phi:
        at = text.index(value)
        # the gate's rule: every word token of the PHI must be overlapped by a redacted span
        for m in re.finditer(r"\w+", value):
            a, b = at + m.start(), at + m.end()
            assert any(s.start < b and a < s.end for s in red.spans), (m.group(0), red.text)
    assert red.token_map.restore(red.text) == text


def test_vitals_doses_and_scores_survive() -> None:
    text = "Pulse is 95, temp 99, pain rated 7/10, took 100 mg, BP 150/95, SpO2 at 92."
    red = Redactor(use_ner=False).redact(text)
    for kept in ("95", "99", "7/10", "100 mg", "150/95", "92"):
        assert kept in red.text, red.text
