"""Tiny helpers shared by the message files (msgs_*.py) and make.py."""

from __future__ import annotations


def o(
    kind,
    value,
    *,
    unit=None,
    days=0,
    flag=None,
    low=None,
    high=None,
    reported=False,
    note=None,
    time="07:40:00",
):
    """One chart Observation.

    kind      key into make.OBS_KINDS (LOINC code, display, category, default unit and range)
    value     number, or (systolic, diastolic) for kind 'bp'
    days      days before the message date
    flag      v3 ObservationInterpretation code (H, L, HH, LL, N, A); computed from the range if None
    reported  True when this is the value the patient is writing about (make.py checks the
              message quotes it, unless the item is flag_only)
    """
    return dict(
        kind=kind,
        value=value,
        unit=unit,
        days=days,
        flag=flag,
        low=low,
        high=high,
        reported=reported,
        note=note,
        time=time,
    )


def med(text, days=None):
    """An active MedicationStatement; days = started this many days before the message date."""
    return (text, days)
