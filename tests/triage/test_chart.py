"""Chart slice over the shared synthetic FHIR R4 bundles and tiny hand-made ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from harness.errors import InputError
from pipelines.triage.chart import slice_chart


def _bundle(birth: str, encounter: str, *extra: dict) -> dict:
    entries = [
        {"resource": {"resourceType": "Patient", "birthDate": birth, "gender": "female"}},
        {
            "resource": {
                "resourceType": "Encounter",
                "period": {"start": encounter},
                "type": [{"text": "Patient portal message"}],
            }
        },
        *({"resource": r} for r in extra),
    ]
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def test_every_shared_bundle_parses(shared_data: Path) -> None:
    files = sorted((shared_data / "fhir_r4_synthea").glob("*.json"))
    assert len(files) == 8
    for f in files:
        chart = slice_chart(json.loads(f.read_text()))
        assert chart.birth_date is not None and chart.encounter_date is not None
        assert chart.age_days is not None and chart.age_days > 0


def test_infant_age_is_computed_at_the_encounter_not_today(shared_data: Path) -> None:
    infant = next((shared_data / "fhir_r4_synthea").glob("Luigi_Wiegand_*.json"))
    chart = slice_chart(json.loads(infant.read_text()))
    # born 2020-10-20, last encounter 2021-03-30: 5 whole months
    assert chart.birth_date == dt.date(2020, 10, 20)
    assert chart.age_in_months() == 5
    later = slice_chart(json.loads(infant.read_text()), as_of=dt.date(2023, 10, 19))
    assert later.age_in_months() == 35  # one day short of 3 years


def test_age_in_months_counts_calendar_months() -> None:
    chart = slice_chart(_bundle("2021-06-15", "2024-06-14T10:00:00Z"))
    assert chart.age_in_months() == 35
    chart = slice_chart(_bundle("2021-06-15", "2024-06-15T10:00:00Z"))
    assert chart.age_in_months() == 36


def test_pregnancy_with_and_without_obstetric_context() -> None:
    pregnancy = {
        "resourceType": "Condition",
        "code": {
            "coding": [{"system": "http://snomed.info/sct", "code": "77386006"}],
            "text": "Pregnancy",
        },
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "onsetDateTime": "2024-02-01",
    }
    prenatal = {
        "resourceType": "Encounter",
        "period": {"start": "2024-03-01T09:00:00Z"},
        "type": [{"coding": [{"code": "424619006", "display": "Prenatal visit"}]}],
    }
    no_ob = slice_chart(_bundle("1994-01-01", "2024-04-02T08:00:00Z", pregnancy))
    assert no_ob.pregnancy_recorded and not no_ob.ob_context
    with_ob = slice_chart(_bundle("1994-01-01", "2024-04-02T08:00:00Z", pregnancy, prenatal))
    assert with_ob.pregnancy_recorded and with_ob.ob_context


def test_resolved_pregnancy_is_not_current() -> None:
    resolved = {
        "resourceType": "Condition",
        "code": {"text": "Normal pregnancy"},
        "onsetDateTime": "2016-05-09",
        "abatementDateTime": "2016-12-01",
    }
    chart = slice_chart(_bundle("1994-01-01", "2024-04-02T08:00:00Z", resolved))
    assert not chart.pregnancy_recorded


def test_bundle_without_patient_is_a_clear_input_error() -> None:
    with pytest.raises(InputError, match="no Patient"):
        slice_chart({"resourceType": "Bundle", "entry": []})


def _encounter(start: str, status: str, display: str = "Prenatal visit") -> dict:
    return {
        "resourceType": "Encounter",
        "status": status,
        "period": {"start": start},
        "type": [{"coding": [{"code": "424619006", "display": display}]}],
    }


def test_a_planned_future_encounter_is_not_the_message_encounter() -> None:
    bundle = _bundle(
        "1995-01-01", "2026-11-06T09:00:00Z", _encounter("2026-11-18T09:00:00Z", "planned")
    )
    chart = slice_chart(bundle)
    assert chart.encounter_date == dt.date(2026, 11, 6)
    assert chart.encounter_type == "Patient portal message"
    # a visit only planned for later is not obstetric care yet
    assert not chart.ob_context


def test_prenatal_context_counts_only_in_the_300_days_before_the_message() -> None:
    recent = slice_chart(
        _bundle("1995-01-01", "2026-11-06T09:00:00Z", _encounter("2026-03-01", "finished"))
    )
    assert recent.ob_context
    stale = slice_chart(
        _bundle("1995-01-01", "2026-11-06T09:00:00Z", _encounter("2025-12-01", "finished"))
    )
    assert not stale.ob_context
    after = slice_chart(
        _bundle("1995-01-01", "2026-11-06T09:00:00Z", _encounter("2026-12-01", "finished")),
        as_of=dt.date(2026, 11, 6),
    )
    assert not after.ob_context and after.encounter_date == dt.date(2026, 11, 6)


def test_a_stale_gestational_age_observation_is_not_obstetric_context() -> None:
    gestational = {
        "resourceType": "Observation",
        "code": {"coding": [{"code": "49051-6", "display": "Gestational age in weeks"}]},
        "effectiveDateTime": "2025-12-20T09:00:00Z",
        "valueQuantity": {"value": 20, "unit": "wk"},
    }
    chart = slice_chart(_bundle("1995-01-01", "2026-11-06T09:00:00Z", gestational))
    assert not chart.ob_context and not chart.pregnancy_recorded


def test_a_partial_birth_date_reads_as_the_youngest_age_it_allows() -> None:
    # FHIR `date` may be "YYYY-MM" or "YYYY"; the under-3 refusal must still see a toddler.
    month = slice_chart(_bundle("2023-06", "2026-05-31"))
    assert month.birth_date == dt.date(2023, 6, 30)
    assert month.age_in_months() == 35
    year = slice_chart(_bundle("2023", "2026-06-15"))
    assert year.birth_date == dt.date(2023, 12, 31)
    assert year.age_in_months() == 29
    assert slice_chart(_bundle("2023-13", "2026-06-15")).birth_date is None


def _undated_bundle(birth: str, *extra: dict, timestamp: str | None = None) -> dict:
    entries = [
        {"resource": {"resourceType": "Patient", "birthDate": birth, "gender": "male"}},
        {"resource": {"resourceType": "Encounter", "type": [{"text": "Portal message"}]}},
        *({"resource": r} for r in extra),
    ]
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    if timestamp:
        bundle["timestamp"] = timestamp
    return bundle


def test_without_an_encounter_date_the_latest_recorded_date_stands_in() -> None:
    weight = {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"code": "29463-7", "display": "Body weight"}]},
        "effectiveDateTime": "2025-02-10T09:00:00Z",
        "valueQuantity": {"value": 11.2, "unit": "kg"},
    }
    older = dict(weight, effectiveDateTime="2024-12-01")
    planned = {"resourceType": "Encounter", "status": "planned", "period": {"end": "2026-01-01"}}
    chart = slice_chart(_undated_bundle("2023-09-14", weight, older, planned))
    assert chart.encounter_date == dt.date(2025, 2, 10)
    assert chart.age_in_months() == 16


def test_the_bundle_timestamp_is_the_last_resort_and_no_dates_leave_age_unknown() -> None:
    stamped = slice_chart(_undated_bundle("2024-03-01", timestamp="2026-02-28T12:00:00Z"))
    assert stamped.age_in_months() == 23
    assert slice_chart(_undated_bundle("2024-03-01")).age_in_months() is None


def _visit(start: str, **fields: object) -> dict:
    return {"resourceType": "Encounter", "period": {"start": start}, **fields}


def test_obstetric_care_is_read_from_service_and_reason_not_only_the_visit_type() -> None:
    general = {"type": [{"text": "Outpatient visit"}]}
    by_service = _visit("2024-03-01", serviceType={"text": "Maternity services"}, **general)
    by_reason = _visit(
        "2024-03-01",
        reasonCode=[{"coding": [{"code": "72892002"}], "text": "Pregnancy"}],
        **general,
    )
    antepartum = _visit("2024-03-01", type=[{"text": "Antepartum check"}])
    unrelated = _visit("2024-03-01", serviceType={"text": "Dermatology"}, **general)
    for visit in (by_service, by_reason, antepartum):
        assert slice_chart(_bundle("1994-01-01", "2024-04-02", visit)).ob_context
    assert not slice_chart(_bundle("1994-01-01", "2024-04-02", unrelated)).ob_context


def _pregnancy_status(answer: str, day: str = "2024-03-20") -> dict:
    return {
        "resourceType": "Observation",
        "code": {"coding": [{"system": "http://loinc.org", "code": "82810-3"}]},
        "effectiveDateTime": day,
        "valueCodeableConcept": {"text": answer},
    }


def test_a_pregnancy_status_observation_records_a_pregnancy_only_when_it_says_pregnant() -> None:
    assert slice_chart(
        _bundle("1994-01-01", "2024-04-02", _pregnancy_status("Pregnant"))
    ).pregnancy_recorded
    for answer in ("Not pregnant", "Non-pregnant", "Unknown"):
        chart = slice_chart(_bundle("1994-01-01", "2024-04-02", _pregnancy_status(answer)))
        assert not chart.pregnancy_recorded, answer
    # an answer from before the current pregnancy window is history
    stale = _pregnancy_status("Pregnant", day="2023-05-01")
    assert not slice_chart(_bundle("1994-01-01", "2024-04-02", stale)).pregnancy_recorded


def _icd_condition(code: str, **fields: object) -> dict:
    coding = {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code}
    return {"resourceType": "Condition", "code": {"coding": [coding]}, **fields}


def test_icd10_codes_of_a_pregnancy_under_way_record_one_without_a_display() -> None:
    for code in ("Z33.1", "Z34.01", "Z3A.12", "O09.511", "O21.0", "O26.851"):
        chart = slice_chart(_bundle("1994-01-01", "2024-04-02", _icd_condition(code)))
        assert chart.pregnancy_recorded, code
        assert not chart.ob_context, code
    # an ended pregnancy (O03 a miscarriage), the puerperium (O86) and a refuted entry do not
    refuted = {"coding": [{"code": "refuted"}]}
    for cond in (
        _icd_condition("O03.9"),
        _icd_condition("O86.0"),
        _icd_condition("Z34.01", verificationStatus=refuted),
    ):
        assert not slice_chart(_bundle("1994-01-01", "2024-04-02", cond)).pregnancy_recorded
    # a visit held for the supervision of a pregnancy is obstetric care, coded or not
    visit = _visit("2024-03-01", reasonCode=[{"coding": [{"code": "Z34.01"}]}])
    assert slice_chart(_bundle("1994-01-01", "2024-04-02", visit)).ob_context


def _lab(code: str, day: str = "2024-03-20", **value: object) -> dict:
    return {
        "resourceType": "Observation",
        "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
        "effectiveDateTime": day,
        **value,
    }


def test_a_positive_hcg_or_a_due_date_ahead_records_a_pregnancy() -> None:
    positive = _lab("2106-3", valueCodeableConcept={"text": "Positive"})
    quantitative = _lab("21198-7", valueQuantity={"value": 1840, "unit": "m[IU]/mL"})
    due = _lab("11778-8", valueDateTime="2024-10-30")
    for obs in (positive, quantitative, due):
        chart = slice_chart(_bundle("1994-01-01", "2024-04-02", obs))
        assert chart.pregnancy_recorded and not chart.ob_context
    negative = _lab("2106-3", valueCodeableConcept={"text": "Negative"})
    low = _lab("21198-7", valueQuantity={"value": 3, "unit": "m[IU]/mL"})
    past_due = _lab("11778-8", valueDateTime="2023-11-30")
    stale = _lab("2106-3", day="2023-04-01", valueCodeableConcept={"text": "Positive"})
    for obs in (negative, low, past_due, stale):
        assert not slice_chart(_bundle("1994-01-01", "2024-04-02", obs)).pregnancy_recorded


def test_a_gestational_age_behind_many_newer_observations_still_counts() -> None:
    gestational = _lab("49051-6", day="2024-02-01", valueQuantity={"value": 20, "unit": "wk"})
    vitals = [
        _lab("8867-4", day=f"2024-03-{d:02d}", valueQuantity={"value": 80, "unit": "/min"})
        for d in range(1, 31)
    ]
    chart = slice_chart(_bundle("1994-01-01", "2024-04-02", gestational, *vitals))
    assert chart.ob_context and chart.pregnancy_recorded
    assert len(chart.observations) < 31  # the slice the model sees stays short


def test_a_male_charts_hcg_a_puerperal_code_and_a_far_due_date_are_no_pregnancy() -> None:
    """hCG is a tumour marker too; O24.43 is diabetes after the birth; a due date years away
    or on an undated chart records nothing current."""
    marker = _lab("21198-7", valueQuantity={"value": 150, "unit": "m[IU]/mL"})
    male = _bundle("1980-01-01", "2024-04-02", marker)
    male["entry"][0]["resource"]["gender"] = "male"
    assert not slice_chart(male).pregnancy_recorded
    not_positive = _lab("2106-3", valueCodeableConcept={"text": "Not positive"})
    assert not slice_chart(_bundle("1994-01-01", "2024-04-02", not_positive)).pregnancy_recorded
    puerperal = _icd_condition("O24.430")
    hypertension_after = _icd_condition("O10.03")
    labelled = {
        "resourceType": "Condition",
        "code": {"coding": [{"code": "O99.43"}], "text": "Circulatory disease in the puerperium"},
    }
    for cond in (puerperal, hypertension_after, labelled):
        assert not slice_chart(_bundle("1994-01-01", "2024-04-02", cond)).pregnancy_recorded
    far = _lab("11778-8", valueDateTime="2026-10-30")
    assert not slice_chart(_bundle("1994-01-01", "2024-04-02", far)).pregnancy_recorded
