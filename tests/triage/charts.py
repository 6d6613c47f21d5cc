"""A minimal chart for policy tests: a Patient and one Encounter, sliced."""

from __future__ import annotations

from pipelines.triage.chart import ChartSlice, slice_chart


def adult_chart(birth_date: str, gender: str, encounter: str = "2026-11-20") -> ChartSlice:
    """An adult with no conditions, observations or obstetric context."""
    patient = {"resourceType": "Patient", "birthDate": birth_date, "gender": gender}
    visit = {"resourceType": "Encounter", "period": {"start": encounter}}
    return slice_chart(
        {"resourceType": "Bundle", "entry": [{"resource": patient}, {"resource": visit}]}
    )
