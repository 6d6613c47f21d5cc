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
