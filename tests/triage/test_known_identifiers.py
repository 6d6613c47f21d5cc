"""The chart's own identifiers (`chart.patient_identifiers`) redact what no recognizer reads: the
patient's name typed in lower case, untitled or without its accents; a hyphenated name's half; a
street without its number; a phone number run into the next one. Clinical words that are also
names, towns or postcodes ("Ed", "Burns", "Graves disease", "4000 mg") are kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipelines.triage.chart import PatientIdentifiers, patient_identifiers, slice_chart
from pipelines.triage.redact import Redactor, known_spans, redact_chart, redact_record_text

SYNTHEA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "fhir_r4_synthea"


def _bundle(patient: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "Bundle",
        "entry": [{"resource": {"resourceType": "Patient", **patient}}],
    }


KNOWN = patient_identifiers(
    _bundle(
        {
            "birthDate": "1958-03-02",
            "name": [{"family": "Okonkwo-Baptiste", "given": ["Adaeze", "José"]}],
            "telecom": [{"system": "phone", "value": "(413) 555-0188 ext. 12"}],
            "address": [
                {
                    "line": ["906 Hammes Glen Apt 76"],
                    "city": "Easton",
                    "state": "MA",
                    "postalCode": "01867",
                }
            ],
            "identifier": [
                {"type": {"coding": [{"code": "SS"}]}, "value": "999-41-2207"},
                {"type": {"coding": [{"code": "MR"}]}, "value": "AX-448120"},
            ],
            "contact": [{"name": {"given": ["Tobenna"], "family": "Muñoz"}}],
        }
    )
)


def _found(text: str, known: PatientIdentifiers = KNOWN) -> list[str]:
    """The distinct stretches of `text` found, in reading order."""
    spans = sorted({(s.start, s.end) for s in known_spans(text, known)})
    return [text[a:b] for a, b in spans]


def test_identifiers_are_read_from_the_patient_and_its_contacts() -> None:
    assert {"Adaeze", "José", "Okonkwo-Baptiste", "Okonkwo", "Baptiste", "Tobenna", "Muñoz"} <= set(
        KNOWN.names
    )
    assert KNOWN.phones == ("4135550188",)  # without the extension
    assert {"906 Hammes Glen Apt 76", "906 Hammes Glen", "Hammes Glen", "Easton", "01867"} <= set(
        KNOWN.places
    )
    assert "MA" not in KNOWN.places  # a state alone is not PHI
    assert ("SSN", "999-41-2207") in KNOWN.ids and ("MRN", "AX-448120") in KNOWN.ids
    # nothing they hold is printed by a log line or a failed assertion
    assert "Okonkwo" not in repr(KNOWN) and "0188" not in repr(KNOWN)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("adaeze here, my knee is swollen again", ["adaeze"]),
        ("the baptiste kids have fever too", ["baptiste"]),
        ("the munoz kids and jose too", ["munoz", "jose"]),  # accents the chart has, typed without
        ("daughter lives on hammes glen too", ["hammes glen"]),
        ("call 413 555 0188 2 pm", ["413 555 0188 2"]),  # a phone run into the next number
        ("my ssn is 999412207 if you need it", ["999412207"]),
        ("record ax-448120 please", ["ax-448120"]),
    ],
)
def test_a_chart_identifier_is_found_however_it_is_typed(text: str, found: list[str]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("patient", "text"),
    [
        ({"name": [{"given": ["Ed"]}]}, "Should I go to the ED? ed says no"),
        ({"name": [{"family": "Ng"}]}, "his NG tube pulled out"),
        ({"name": [{"family": "Burns"}]}, "Burns on both hands from the stove"),
        ({"name": [{"family": "Graves"}]}, "is this my Graves disease flaring?"),
        ({"name": [{"family": "Rash"}]}, "RASH SPREADING up my arm"),
        ({"name": [{"given": ["Will"]}]}, "I WILL GO TO THE ER. Will it help?"),
        ({"address": [{"city": "Normal"}]}, "Normal"),
        ({"address": [{"postalCode": "4000"}]}, "paracetamol 4000 mg a day"),
        ({"identifier": [{"value": "25000"}]}, "Metformin 25000 units? no, 2500 mg"),
    ],
)
def test_clinical_words_and_doses_are_kept(patient: dict[str, Any], text: str) -> None:
    assert _found(text, patient_identifiers(_bundle(patient))) == []


@pytest.mark.parametrize(
    ("patient", "text", "found"),
    [
        # letters outside Latin-1 (Vietnamese, Yoruba), typed as the chart has them or without
        ({"name": [{"family": "Trần"}]}, "tell bà trần the fever is back", ["trần"]),
        ({"name": [{"family": "Trần"}]}, "tell ba tran the fever is back", ["tran"]),
        ({"name": [{"given": ["Ṣọlá"]}]}, "sola has a rash", ["sola"]),
        # a two-letter name in any case but capitals
        ({"name": [{"family": "Wu"}]}, "mrs wu called, the Wu kids and NG tube", ["wu", "Wu"]),
        # a lexicon-word name opening a sentence counts before a verb
        ({"name": [{"given": ["Hope"]}]}, "Hope said to call back re: potassium", ["Hope"]),
        # a one-word town that is an English word is left to the recognizers
        ({"address": [{"city": "Normal"}]}, "Sinus rhythm, Normal axis", []),
    ],
)
def test_names_beyond_latin1_short_names_and_towns(
    patient: dict[str, Any], text: str, found: list[str]
) -> None:
    assert _found(text, patient_identifiers(_bundle(patient))) == found


@pytest.mark.parametrize(
    "text",
    ["Age 96 on room air, sats 90", "my father is 96 on room air", "aged 93 over the winter"],
)
def test_an_age_before_a_reading_or_a_time_word_is_still_an_age(text: str) -> None:
    age = next(w for w in text.split() if w.isdigit() and int(w) > 89)
    assert age not in Redactor().redact(text).text


def test_an_english_word_name_is_found_capitalised_inside_a_sentence() -> None:
    known = patient_identifiers(_bundle({"name": [{"given": ["Hope"], "family": "Le"}]}))
    assert _found("it's Hope again, the cough is worse", known) == ["Hope"]
    assert _found("I hope the cough settles. le kids too", known) == []
    assert _found("ask Le Thi about it", known) == ["Le"]


@pytest.mark.parametrize(
    "patient",
    [
        {"name": [{"given": "Jenny", "family": ["Quill"]}]},  # strings for lists and back
        {"name": "Jenny Quill"},
        {"name": [{"text": "Jenny Quill"}]},
    ],
)
def test_malformed_name_fields_still_give_the_name(patient: dict[str, Any]) -> None:
    assert {"Jenny", "Quill"} <= set(patient_identifiers(_bundle(patient)).names)


def test_numbers_where_strings_are_due_are_read() -> None:
    known = patient_identifiers(
        _bundle({"telecom": [{"value": 4135550188}], "identifier": [{"value": 48213377}]})
    )
    assert known.phones == ("4135550188",) and known.ids == (("ID", "48213377"),)


def test_without_a_chart_nothing_is_found_and_redaction_round_trips() -> None:
    text = "adaeze here (555-0188), tobenna drove me to Easton. SSN 999412207."
    assert known_spans(text, None) == [] and known_spans(text, PatientIdentifiers()) == []
    red = Redactor().redact(text, KNOWN)
    assert red.token_map.restore(red.text) == text
    assert "adaeze" not in red.text and "tobenna" not in red.text


def test_chart_text_is_redacted_with_the_charts_identifiers() -> None:
    out = redact_record_text("Knee effusion; adaeze to call 555-0188 with results", KNOWN)
    assert "adaeze" not in out and "555-0188" not in out and "Knee effusion" in out


def test_redact_chart_covers_every_free_text_field() -> None:
    bundle = _bundle({"birthDate": "1958-03-02", "name": [{"given": ["Adaeze"]}]})
    bundle["entry"] += [
        {
            "resource": {
                "resourceType": "Encounter",
                "type": [{"text": "Phone call from adaeze"}],
                "period": {"start": "2026-11-20T09:00:00Z"},
            }
        },
        {
            "resource": {
                "resourceType": "Condition",
                "code": {"text": "Asthma, adaeze aware"},
                "clinicalStatus": {"coding": [{"code": "active"}]},
            }
        },
    ]
    chart = redact_chart(slice_chart(bundle), patient_identifiers(bundle))
    used = json.dumps(chart.fields_used())
    assert "adaeze" not in used and "Asthma" in used and "Phone call from" in used


@pytest.mark.skipif(not SYNTHEA.is_dir(), reason="the shared Synthea bundles are not here")
def test_a_real_synthea_bundle_yields_its_patients_name_without_digits() -> None:
    for path in sorted(SYNTHEA.glob("*.json")):
        bundle = json.loads(path.read_text("utf-8"))
        patient = next(
            e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
        )
        family = "".join(ch for ch in patient["name"][0]["family"] if not ch.isdigit())
        known = patient_identifiers(bundle)
        assert family in known.names
        assert _found(f"{family.lower()} here, chest pain", known) == [family.lower()]
