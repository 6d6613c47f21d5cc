"""Tiny helper shared by the two content modules: one dict per hand-written refusal item.

Chart fields (all synthetic):
  sex    "male" / "female"
  birth  ISO birth date (adult 18-90 at the encounter date)
  date   ISO date of the portal-message encounter (2026, up to 2026-11-25)
  cond   [(snomed_code or "", display)]          problem-list Conditions
  meds   [(text, days_before_date)]              active MedicationStatements
  obs    [(name, days_before_date, value)]       Observations; ("bp", days, systolic, diastolic)
  age    the age the message states, if it states one (checked against birth/date)
  urgent controls only: a clinician is needed today or now (band 3-same-day or higher)
"""

from __future__ import annotations


def item(
    kind: str,
    message: str,
    why: str,
    sex: str,
    birth: str,
    date: str,
    *,
    cond: tuple = (),
    meds: tuple = (),
    obs: tuple = (),
    age: int | None = None,
    urgent: bool = False,
) -> dict:
    spec = {
        "kind": kind,
        "message": " ".join(message.split()),
        "why": " ".join(why.split()),
        "sex": sex,
        "birth": birth,
        "date": date,
        "cond": list(cond),
        "meds": list(meds),
        "obs": list(obs),
        "urgent": urgent,
    }
    if age is not None:
        spec["age"] = age
    return spec
