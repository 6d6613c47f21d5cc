"""FHIR R4 chart builder for the independent refusal set 25.

Copied from the earlier example refusal maker (same Bundle shape: Patient, the portal-message
Encounter, optional prenatal encounters / gestational-age observations, other encounters and
active Conditions). Set 25 never uses the pregnancy options; make.py asserts that.
"""

from __future__ import annotations

import datetime as dt
import hashlib

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
OB_WINDOW_DAYS = 300

D = dt.date.fromisoformat


def _uid(*parts: str) -> str:
    h = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def age_years(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def chart(
    key: str,
    date: str,
    gender: str,
    birth: str,
    *,
    time: str = "09:12:00",
    preg: str | None = None,  # "active" | "resolved" | None
    preg_onset: str | None = None,
    preg_abated: str | None = None,
    prenatal_days: list[int] = (),  # prenatal visits N days before the message date
    ga: list[tuple[int, float]] = (),  # (days before, gestational age in weeks)
    other_encounters: list[tuple[int, str]] = (),  # (days before, type text)
    conditions: list[tuple[str, str]] = (),  # (SNOMED code, display), active
) -> dict:
    msg_date = D(date)
    pid = _uid(key, "patient")
    pref = {"reference": f"urn:uuid:{pid}"}
    entries = [
        {
            "fullUrl": f"urn:uuid:{pid}",
            "resource": {
                "resourceType": "Patient",
                "id": pid,
                "gender": gender,
                "birthDate": birth,
            },
        }
    ]
    eid = _uid(key, "encounter")
    entries.append(
        {
            "fullUrl": f"urn:uuid:{eid}",
            "resource": {
                "resourceType": "Encounter",
                "id": eid,
                "status": "in-progress",
                "class": {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                    "code": "VR",
                    "display": "virtual",
                },
                "type": [{"text": "Patient portal message"}],
                "subject": pref,
                "period": {"start": f"{date}T{time}-05:00"},
            },
        }
    )
    for i, days in enumerate(prenatal_days):
        d = (msg_date - dt.timedelta(days=days)).isoformat()
        rid = _uid(key, "prenatal", str(i))
        entries.append(
            {
                "fullUrl": f"urn:uuid:{rid}",
                "resource": {
                    "resourceType": "Encounter",
                    "id": rid,
                    "status": "finished",
                    "class": {
                        "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                        "code": "AMB",
                        "display": "ambulatory",
                    },
                    "type": [
                        {
                            "coding": [
                                {"system": SNOMED, "code": "424619006", "display": "Prenatal visit"}
                            ],
                            "text": "Prenatal visit",
                        }
                    ],
                    "subject": pref,
                    "period": {"start": f"{d}T10:00:00-05:00", "end": f"{d}T10:40:00-05:00"},
                },
            }
        )
    for i, (days, text) in enumerate(other_encounters):
        d = (msg_date - dt.timedelta(days=days)).isoformat()
        rid = _uid(key, "other-enc", str(i))
        entries.append(
            {
                "fullUrl": f"urn:uuid:{rid}",
                "resource": {
                    "resourceType": "Encounter",
                    "id": rid,
                    "status": "finished",
                    "class": {
                        "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                        "code": "AMB",
                        "display": "ambulatory",
                    },
                    "type": [{"text": text}],
                    "subject": pref,
                    "period": {"start": f"{d}T08:30:00-05:00", "end": f"{d}T09:15:00-05:00"},
                },
            }
        )
    for i, (days, weeks) in enumerate(ga):
        d = (msg_date - dt.timedelta(days=days)).isoformat()
        rid = _uid(key, "ga", str(i))
        entries.append(
            {
                "fullUrl": f"urn:uuid:{rid}",
                "resource": {
                    "resourceType": "Observation",
                    "id": rid,
                    "status": "final",
                    "code": {
                        "coding": [
                            {
                                "system": LOINC,
                                "code": "49051-6",
                                "display": "Gestational age in weeks",
                            }
                        ],
                        "text": "Gestational age",
                    },
                    "subject": pref,
                    "effectiveDateTime": f"{d}T10:20:00-05:00",
                    "valueQuantity": {
                        "value": weeks,
                        "unit": "wk",
                        "system": "http://unitsofmeasure.org",
                        "code": "wk",
                    },
                },
            }
        )
    if preg:
        rid = _uid(key, "pregnancy")
        res = {
            "resourceType": "Condition",
            "id": rid,
            "clinicalStatus": {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                        "code": preg,
                    }
                ]
            },
            "verificationStatus": {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                        "code": "confirmed",
                    }
                ]
            },
            "code": {
                "coding": [{"system": SNOMED, "code": "77386006", "display": "Pregnancy"}],
                "text": "Pregnancy",
            },
            "subject": pref,
        }
        if preg_onset:
            res["onsetDateTime"] = preg_onset
        if preg_abated:
            res["abatementDateTime"] = preg_abated
        entries.append({"fullUrl": f"urn:uuid:{rid}", "resource": res})
    for i, (code, display) in enumerate(conditions):
        rid = _uid(key, "cond", str(i))
        entries.append(
            {
                "fullUrl": f"urn:uuid:{rid}",
                "resource": {
                    "resourceType": "Condition",
                    "id": rid,
                    "clinicalStatus": {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                "code": "active",
                            }
                        ]
                    },
                    "code": {
                        "coding": [{"system": SNOMED, "code": code, "display": display}],
                        "text": display,
                    },
                    "subject": pref,
                },
            }
        )
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}
