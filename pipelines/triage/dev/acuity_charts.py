"""Expand a compact chart spec into a FHIR R4 Bundle shaped like the acuity dev items.

Shared by the held-out generator (dev/) and the diverse-voice training generator (data/).
Spec: "F34 T37.0 HR76 RR16 O2 97 BP128/80 G110; c=Asthma|Hypothyroidism; m=apixaban 5 mg daily"
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

_LOINC = {
    "T": ("8310-5", "Body temperature", "Cel"),
    "HR": ("8867-4", "Heart rate", "/min"),
    "RR": ("9279-1", "Respiratory rate", "/min"),
    "O2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
    "G": ("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL"),
    "W": ("29463-7", "Body weight", "kg"),
    "INR": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}"),
    "ANC": ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "10*3/uL"),
}
_ORDER = sorted(_LOINC, key=len, reverse=True)  # "INR" before "..."; longest prefix first


def fhir_instant(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def portal_entries(pid: str, sex: str, birth: dt.date, when: dt.datetime) -> list[dict[str, Any]]:
    """The Patient and the in-progress patient-portal Encounter every generated chart starts with."""
    return [
        {"resourceType": "Patient", "id": pid, "gender": sex, "birthDate": birth.isoformat()},
        {
            "resourceType": "Encounter",
            "id": f"{pid}-enc",
            "status": "in-progress",
            "class": {"code": "VR"},
            "type": [{"text": "Patient portal message"}],
            "period": {"start": fhir_instant(when)},
        },
    ]


def _obs(key: str, value: float, when: dt.datetime) -> dict[str, Any]:
    code, display, unit = _LOINC[key]
    return {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": display}]},
        "effectiveDateTime": fhir_instant(when),
        "valueQuantity": {"value": value, "unit": unit},
    }


def bp_observation(sys_: int, dia: int, when: dt.datetime) -> dict[str, Any]:
    def comp(code: str, display: str, v: int) -> dict[str, Any]:
        return {
            "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": display}]},
            "valueQuantity": {"value": v, "unit": "mm[Hg]"},
        }

    return {
        "resourceType": "Observation",
        "status": "final",
        "code": {
            "coding": [
                {"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}
            ]
        },
        "effectiveDateTime": fhir_instant(when),
        "component": [
            comp("8480-6", "Systolic blood pressure", sys_),
            comp("8462-4", "Diastolic blood pressure", dia),
        ],
    }


def build_chart(item_id: str, spec: str, when: dt.datetime) -> dict[str, Any]:
    """A Bundle with Patient, the in-progress portal Encounter, same-day Observations, and any
    active Conditions / MedicationRequests. Age in the spec is whole years at `when`."""
    parts = [p.strip() for p in spec.split(";")]
    head = parts[0].split()
    sex = {"F": "female", "M": "male"}[head[0][0]]
    age = int(head[0][1:])
    seed = int(hashlib.sha256(item_id.encode()).hexdigest()[:6], 16)
    birth = when.date().replace(year=when.year - age) - dt.timedelta(days=1 + seed % 300)
    pid = f"{item_id}-pt"
    taken = when - dt.timedelta(minutes=10 + seed % 50)
    entries = portal_entries(pid, sex, birth, when)
    vitals = head[1:]
    if not vitals:  # the item schema needs one Observation: a weight from a past visit
        vitals = [f"W{60 + seed % 30}"]
    i = 0
    while i < len(vitals):
        tok = vitals[i]
        if tok.startswith("BP"):
            s, d = tok[2:].split("/")
            entries.append(bp_observation(int(s), int(d), taken))
        else:
            key = next(k for k in _ORDER if tok.startswith(k))
            raw = tok[len(key) :] or vitals[i + 1]
            if not tok[len(key) :]:
                i += 1
            entries.append(_obs(key, float(raw) if "." in raw else int(raw), taken))
        i += 1
    for part in parts[1:]:
        kind, _, body = part.partition("=")
        for text in (t.strip() for t in body.split("|") if t.strip()):
            if kind == "c":
                entries.append(
                    {
                        "resourceType": "Condition",
                        "clinicalStatus": {"coding": [{"code": "active"}]},
                        "code": {"text": text},
                        "onsetDateTime": (
                            when.date() - dt.timedelta(days=400 + seed % 2000)
                        ).isoformat(),
                    }
                )
            elif kind == "m":
                entries.append(
                    {
                        "resourceType": "MedicationRequest",
                        "status": "active",
                        "medicationCodeableConcept": {"text": text},
                    }
                )
            else:
                raise ValueError(f"chart spec {spec!r}: unknown part {kind!r} (use c= or m=)")
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in entries],
    }
