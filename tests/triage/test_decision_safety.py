"""The local decider's safety layer: no `clear` with a chart risk flag or a thin P(clear)."""

from __future__ import annotations

from typing import Any

import numpy as np

from pipelines.triage.chart import slice_chart
from pipelines.triage.decision import Case, LocalDecider
from pipelines.triage.features import risk_flags
from pipelines.triage.training import choose_clear_margin

CLEAR_LIKELY = np.array([0.8, 0.05, 0.1, 0.03, 0.02])  # BANDS order


def _chart(*extra: dict[str, Any], birth: str = "1990-01-01") -> Any:
    entries = [
        {"resource": {"resourceType": "Patient", "birthDate": birth, "gender": "female"}},
        {"resource": {"resourceType": "Encounter", "period": {"start": "2026-01-10T09:00:00Z"}}},
        *({"resource": r} for r in extra),
    ]
    return slice_chart({"resourceType": "Bundle", "type": "collection", "entry": entries})


def _vital(code: str, value: float) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
        "effectiveDateTime": "2026-01-10T08:00:00Z",
        "valueQuantity": {"value": value},
    }


def _med(name: str) -> dict[str, Any]:
    return {"resourceType": "MedicationRequest", "status": "active",
            "medicationCodeableConcept": {"text": name}}  # fmt: skip


def _case(chart: Any, message: str = "I have a runny nose.") -> Case:
    return Case(message, chart, [])


def test_clean_chart_and_confident_clear_stays_clear() -> None:
    case = _case(_chart(_vital("8310-5", 37.0)))
    assert risk_flags(case.chart, case.message) == []
    assert LocalDecider.safe_route(case, CLEAR_LIKELY, 0.6)[0] == "clear"


def test_fever_blocks_clear_and_lowers_confidence() -> None:
    case = _case(_chart(_vital("8310-5", 38.6)))
    routing, band, raw = LocalDecider.safe_route(case, CLEAR_LIKELY, 0.6)
    assert (routing, band) == ("queue", "3-same-day")
    assert abs(raw - 0.15) < 1e-9  # P(queue), not the blocked P(clear)


def test_anticoagulant_blocks_clear_only_with_bleeding_or_head_symptoms() -> None:
    chart = _chart(_med("Apixaban 5 mg tablet"))
    assert LocalDecider.safe_route(_case(chart), CLEAR_LIKELY, 0.6)[0] == "clear"
    bleed = _case(chart, "My gums keep bleeding when I brush.")
    assert "anticoagulant_with_bleeding_or_head_symptoms" in risk_flags(bleed.chart, bleed.message)
    assert LocalDecider.safe_route(bleed, CLEAR_LIKELY, 0.6)[0] != "clear"


def test_checkpoint_inhibitor_blocks_clear() -> None:
    case = _case(_chart(_med("Pembrolizumab 200 mg IV")))
    assert LocalDecider.safe_route(case, CLEAR_LIKELY, 0.6)[0] == "queue"


def test_thin_clear_margin_is_not_enough() -> None:
    probs = np.array([0.45, 0.2, 0.1, 0.2, 0.05])  # clear wins the plurality, not the margin
    case = _case(_chart())
    assert LocalDecider.route(probs)[0] == "clear"
    assert LocalDecider.safe_route(case, probs, 0.6)[0] == "queue"
    assert LocalDecider.safe_route(case, probs, 0.4)[0] == "clear"


def test_margin_is_the_smallest_that_keeps_calibration_unsafe_clears_down() -> None:
    case = _case(_chart())
    probs = np.array([[0.9, 0.1, 0, 0, 0], [0.5, 0.5, 0, 0, 0], [0.72, 0.28, 0, 0, 0]])
    # The two non-clear cases are cleared up to margins 0.5 and 0.72: only 0.75 clears neither.
    margin = choose_clear_margin([case] * 3, probs, ["clear", "queue", "queue"])
    assert margin == 0.75
