"""The chart's own identifiers (`chart.patient_identifiers`) redact what no recognizer reads: the
patient's name typed in lower case or untitled, their town, their phone number without its area
code, an SSN without dashes. English-word names ("Hope") only when capitalised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.triage.chart import PatientIdentifiers, patient_identifiers
from pipelines.triage.redact import Redactor, known_spans, redact_record_text

SYNTHEA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "fhir_r4_synthea"
BUNDLE = {
    "resourceType": "Bundle",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "birthDate": "1958-03-02",
                "name": [{"family": "Okonkwo-Baptiste", "given": ["Hope", "Adaeze"]}],
                "telecom": [
                    {"system": "phone", "value": "(413) 555-0188"},
                    {"system": "email", "value": "h.okonkwo@example.org"},
                ],
                "address": [
                    {
                        "line": ["12 Larkspur Lane"],
                        "city": "Reading",
                        "state": "MA",
                        "postalCode": "01867",
                    }
                ],
                "identifier": [
                    {"type": {"coding": [{"code": "SS"}]}, "value": "999-41-2207"},
                    {"type": {"coding": [{"code": "MR"}]}, "value": "AX-448120"},
                ],
                "contact": [{"name": {"given": ["Tobenna"], "family": "Okonkwo"}}],
            }
        }
    ],
}
KNOWN = patient_identifiers(BUNDLE)


def _redacted(text: str) -> str:
    return Redactor().redact(text, KNOWN).text


def test_identifiers_are_read_from_the_patient_and_its_contacts() -> None:
    assert {"Hope", "Adaeze", "Okonkwo-Baptiste", "Tobenna", "Okonkwo"} <= set(KNOWN.names)
    assert KNOWN.phones == ("4135550188",)
    assert KNOWN.places == ("12 Larkspur Lane", "Reading", "01867")  # not the state
    assert ("SSN", "999-41-2207") in KNOWN.ids and ("MRN", "AX-448120") in KNOWN.ids
    # nothing they hold is printed by a log line or a failed assertion
    assert "Okonkwo" not in repr(KNOWN) and "0188" not in repr(KNOWN)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("adaeze here, my knee is swollen again", "adaeze"),
        ("tobenna says the rash spread", "tobenna"),
        ("okonkwo-baptiste household, flu symptoms", "okonkwo-baptiste"),
        ("call me on 555-0188 after 5", "555-0188"),
        ("my ssn is 999412207 if you need it", "999412207"),
        ("we moved to reading last spring", None),  # "reading" is a word: only capitalised
        ("we moved to Reading last spring", "Reading"),
        ("I live at 12 larkspur lane", "larkspur"),
        ("email H.Okonkwo@example.org please", "H.Okonkwo@example.org"),
        ("record ax-448120", "ax-448120"),
    ],
)
def test_a_chart_identifier_is_redacted_however_it_is_typed(text: str, gone: str | None) -> None:
    out = _redacted(text)
    if gone is None:
        assert out == Redactor().redact(text).text  # the chart adds nothing here
    else:
        assert gone not in out, out


def test_an_english_word_name_is_taken_only_capitalised() -> None:
    assert "hope" in _redacted("I hope the cough settles")
    assert "Hope" not in _redacted("Hope here again, the cough is worse")


def test_without_a_chart_nothing_changes_and_the_state_is_kept() -> None:
    text = "adaeze here, in Massachusetts, cough for 3 days"
    assert known_spans(text, None) == [] and known_spans(text, PatientIdentifiers()) == []
    assert "Massachusetts" in _redacted(text)


def test_the_token_map_still_round_trips() -> None:
    text = "adaeze here (555-0188), tobenna drove me to Reading. SSN 999412207."
    red = Redactor().redact(text, KNOWN)
    assert red.token_map.restore(red.text) == text


def test_chart_text_is_redacted_with_the_charts_identifiers() -> None:
    out = redact_record_text("Knee effusion; adaeze to call 555-0188 with results", KNOWN)
    assert "adaeze" not in out and "555-0188" not in out and "Knee effusion" in out


def test_a_real_synthea_bundle_yields_its_patients_name_without_digits() -> None:
    path = sorted(SYNTHEA.glob("*.json"))[0]
    bundle = json.loads(path.read_text("utf-8"))
    patient = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    family = "".join(ch for ch in patient["name"][0]["family"] if not ch.isdigit())
    known = patient_identifiers(bundle)
    assert family in known.names
    assert family not in Redactor().redact(f"{family.lower()} here, chest pain", known).text.lower()
