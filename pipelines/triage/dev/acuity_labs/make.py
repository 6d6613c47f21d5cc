"""Generate acuity_labs.jsonl: 70 independent acuity goldset items about numbers patients saw
(portal lab results and home readings), plus notes_acuity_labs.jsonl ({"id", "why"}).

Run:  python3 make.py
Messages and labels live in msgs_critical.py, msgs_abnormal.py, msgs_borderline.py and
msgs_normal.py. The FHIR chart builder is adapted from the example refusal maker. Every item is
validated (item model, routing/band agreement, ages 18-90, no pregnancy, chart and message
consistency, label rules from the guideline) before both files are written atomically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[3]))

import msgs_abnormal
import msgs_borderline
import msgs_critical
import msgs_normal

from harness.contract.items import AcuityItem, parse_item

OUT = HERE.parent / "acuity_labs.jsonl"
NOTES = HERE.parent / "notes_acuity_labs.jsonl"
ADDED = "2026-11-25"
SOURCE = "independent acuity set: lab and home readings"
ID_PREFIX = "labs"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP_DISPLAY = {
    "H": "High",
    "L": "Low",
    "HH": "Critical high",
    "LL": "Critical low",
    "N": "Normal",
    "A": "Abnormal",
}

D = dt.date.fromisoformat

# kind: (LOINC code or None, display, category, unit, (low, high) or {gender: (low, high)})
OBS_KINDS: dict[str, tuple] = {
    "k": (
        "2823-3",
        "Potassium [Moles/volume] in Serum or Plasma",
        "laboratory",
        "mmol/L",
        (3.5, 5.1),
    ),
    "na": (
        "2951-2",
        "Sodium [Moles/volume] in Serum or Plasma",
        "laboratory",
        "mmol/L",
        (135, 145),
    ),
    "glu_mmol": (
        "14749-6",
        "Glucose [Moles/volume] in Serum or Plasma",
        "laboratory",
        "mmol/L",
        (3.9, 5.5),
    ),
    "creat": (
        "2160-0",
        "Creatinine [Mass/volume] in Serum or Plasma",
        "laboratory",
        "mg/dL",
        {"male": (0.7, 1.3), "female": (0.5, 1.1)},
    ),
    "egfr": (
        "98979-8",
        "Glomerular filtration rate/1.73 sq M.predicted (CKD-EPI 2021)",
        "laboratory",
        "mL/min/{1.73_m2}",
        (60, None),
    ),
    "uacr": (
        "9318-7",
        "Albumin/Creatinine [Mass Ratio] in Urine",
        "laboratory",
        "mg/g",
        (None, 30),
    ),
    "hb_gdl": (
        "718-7",
        "Hemoglobin [Mass/volume] in Blood",
        "laboratory",
        "g/dL",
        {"male": (13.5, 17.5), "female": (12.0, 15.5)},
    ),
    "hb_gl": (
        "718-7",
        "Hemoglobin [Mass/volume] in Blood",
        "laboratory",
        "g/L",
        {"male": (130, 180), "female": (115, 160)},
    ),
    "plt": (
        "777-3",
        "Platelets [#/volume] in Blood by Automated count",
        "laboratory",
        "10*9/L",
        (150, 400),
    ),
    "wbc": (
        "6690-2",
        "Leukocytes [#/volume] in Blood by Automated count",
        "laboratory",
        "10*9/L",
        (4.0, 10.5),
    ),
    "anc": (
        "751-8",
        "Neutrophils [#/volume] in Blood by Automated count",
        "laboratory",
        "10*9/L",
        (2.0, 7.5),
    ),
    "inr": (
        "6301-6",
        "INR in Platelet poor plasma by Coagulation assay",
        "laboratory",
        "{INR}",
        (0.8, 1.2),
    ),
    "tsh": (
        "3016-3",
        "Thyrotropin [Units/volume] in Serum or Plasma",
        "laboratory",
        "m[IU]/L",
        (0.4, 4.0),
    ),
    "ft4": (
        "3024-7",
        "Thyroxine (T4) free [Mass/volume] in Serum or Plasma",
        "laboratory",
        "ng/dL",
        (0.8, 1.8),
    ),
    "alt": (
        "1742-6",
        "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
        "laboratory",
        "U/L",
        (7, 41),
    ),
    "ast": (
        "1920-8",
        "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
        "laboratory",
        "U/L",
        (8, 40),
    ),
    "alp": (
        "6768-6",
        "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma",
        "laboratory",
        "U/L",
        (44, 147),
    ),
    "bili": (
        "1975-2",
        "Bilirubin.total [Mass/volume] in Serum or Plasma",
        "laboratory",
        "mg/dL",
        (0.1, 1.2),
    ),
    "ck": (
        "2157-6",
        "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma",
        "laboratory",
        "U/L",
        (39, 308),
    ),
    "trop_t": (
        "67151-1",
        "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method",
        "laboratory",
        "ng/L",
        (None, 14),
    ),
    "ca_mmol": (
        "2000-8",
        "Calcium [Moles/volume] in Serum or Plasma",
        "laboratory",
        "mmol/L",
        (2.15, 2.55),
    ),
    "ca_mgdl": (
        "17861-6",
        "Calcium [Mass/volume] in Serum or Plasma",
        "laboratory",
        "mg/dL",
        (8.6, 10.3),
    ),
    "mg_mgdl": (
        "19123-9",
        "Magnesium [Mass/volume] in Serum or Plasma",
        "laboratory",
        "mg/dL",
        (1.7, 2.2),
    ),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "laboratory", "%", (4.0, 5.6)),
    "chol_mmol": (
        "14647-2",
        "Cholesterol [Moles/volume] in Serum or Plasma",
        "laboratory",
        "mmol/L",
        (None, 5.0),
    ),
    "ldl_mmol": (
        "22748-8",
        "Cholesterol in LDL [Moles/volume] in Serum or Plasma",
        "laboratory",
        "mmol/L",
        (None, 3.0),
    ),
    "hdl_mmol": (
        "14646-4",
        "Cholesterol in HDL [Moles/volume] in Serum or Plasma",
        "laboratory",
        "mmol/L",
        (1.0, 2.0),
    ),
    "tg_mmol": (
        "14927-8",
        "Triglyceride [Moles/volume] in Serum or Plasma",
        "laboratory",
        "mmol/L",
        (None, 1.7),
    ),
    "vitd": (
        "62292-8",
        "25-hydroxyvitamin D2+25-hydroxyvitamin D3 [Mass/volume] in Serum or Plasma",
        "laboratory",
        "ng/mL",
        (30, 100),
    ),
    "psa": (
        "2857-1",
        "Prostate specific Ag [Mass/volume] in Serum or Plasma",
        "laboratory",
        "ng/mL",
        (None, 4.0),
    ),
    "ferritin": (
        "2276-4",
        "Ferritin [Mass/volume] in Serum or Plasma",
        "laboratory",
        "ng/mL",
        (15, 150),
    ),
    "bp": (
        "85354-9",
        "Blood pressure panel with all children optional",
        "vital-signs",
        "mm[Hg]",
        None,
    ),
    "hr": ("8867-4", "Heart rate", "vital-signs", "/min", (60, 100)),
    "spo2": (
        "59408-5",
        "Oxygen saturation in Arterial blood by Pulse oximetry",
        "vital-signs",
        "%",
        (94, 100),
    ),
    "temp": ("8310-5", "Body temperature", "vital-signs", "Cel", (36.0, 37.9)),
    "rr": ("9279-1", "Respiratory rate", "vital-signs", "/min", (12, 20)),
    "weight": ("29463-7", "Body weight", "vital-signs", "kg", None),
}


def _uid(*parts: str) -> str:
    h = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def age_years(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _range(kind: str, gender: str, ob: dict) -> tuple:
    rng = OBS_KINDS[kind][4]
    if isinstance(rng, dict):
        rng = rng[gender]
    low, high = rng if rng else (None, None)
    if ob["low"] is not None:
        low = ob["low"]
    if ob["high"] is not None:
        high = ob["high"]
    return low, high


def _flag(kind: str, gender: str, ob: dict) -> str | None:
    if kind in ("bp", "weight"):
        return ob["flag"]
    low, high = _range(kind, gender, ob)
    v = ob["value"]
    computed = "L" if low is not None and v < low else "H" if high is not None and v > high else "N"
    if ob["flag"] is None:
        return computed
    # an explicit flag must point the same way as the reference range
    want = {"H": "H", "HH": "H", "L": "L", "LL": "L", "N": "N", "A": computed}[ob["flag"]]
    if want != computed:
        raise ValueError(f"flag {ob['flag']} contradicts range for {kind}={v} ({low}-{high})")
    return ob["flag"]


def _qty(value, unit: str) -> dict:
    return {"value": value, "unit": unit, "system": UCUM, "code": unit}


def observation(key: str, i: int, date: dt.date, gender: str, pref: dict, ob: dict) -> dict:
    kind = ob["kind"]
    code, display, cat, unit, _ = OBS_KINDS[kind]
    unit = ob["unit"] or unit
    when = (date - dt.timedelta(days=ob["days"])).isoformat()
    rid = _uid(key, "obs", str(i))
    coding = {"system": LOINC, "code": code, "display": display}
    res: dict = {
        "resourceType": "Observation",
        "id": rid,
        "status": "final",
        "category": [{"coding": [{"system": OBS_CAT, "code": cat}]}],
        "code": {"coding": [coding], "text": display},
        "subject": pref,
        "effectiveDateTime": f"{when}T{ob['time']}-05:00",
    }
    if kind == "bp":
        sys_, dia = ob["value"]
        res["component"] = [
            {
                "code": {
                    "coding": [
                        {"system": LOINC, "code": "8480-6", "display": "Systolic blood pressure"}
                    ]
                },
                "valueQuantity": _qty(sys_, "mm[Hg]"),
            },
            {
                "code": {
                    "coding": [
                        {"system": LOINC, "code": "8462-4", "display": "Diastolic blood pressure"}
                    ]
                },
                "valueQuantity": _qty(dia, "mm[Hg]"),
            },
        ]
    else:
        res["valueQuantity"] = _qty(ob["value"], unit)
        low, high = _range(kind, gender, ob)
        if low is not None or high is not None:
            rr: dict = {}
            if low is not None:
                rr["low"] = _qty(low, unit)
            if high is not None:
                rr["high"] = _qty(high, unit)
            res["referenceRange"] = [rr]
    flag = _flag(kind, gender, ob)
    if flag:
        res["interpretation"] = [
            {"coding": [{"system": INTERP, "code": flag, "display": INTERP_DISPLAY[flag]}]}
        ]
    if ob["note"]:
        res["note"] = [{"text": ob["note"]}]
    return {"fullUrl": f"urn:uuid:{rid}", "resource": res}


def chart(
    key: str,
    date: str,
    gender: str,
    birth: str,
    *,
    time: str = "09:12:00",
    obs: list = (),
    conditions: list = (),  # (SNOMED code, display), active
    meds: list = (),  # (text, days since start or None), active MedicationStatement
    encounters: list = (),  # (days before, type text), finished
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
    for i, (days, text) in enumerate(encounters):
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
                        "code": "IMP"
                        if text.startswith("Inpatient")
                        else "EMER"
                        if text.startswith("Emergency")
                        else "AMB",
                    },
                    "type": [{"text": text}],
                    "subject": pref,
                    "period": {"start": f"{d}T08:30:00-05:00", "end": f"{d}T11:15:00-05:00"},
                },
            }
        )
    for i, ob in enumerate(obs):
        entries.append(observation(key, i, msg_date, gender, pref, ob))
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
    for i, (text, days) in enumerate(meds):
        rid = _uid(key, "med", str(i))
        res = {
            "resourceType": "MedicationStatement",
            "id": rid,
            "status": "active",
            "medicationCodeableConcept": {"text": text},
            "subject": pref,
        }
        if days is not None:
            res["effectivePeriod"] = {"start": (msg_date - dt.timedelta(days=days)).isoformat()}
        entries.append({"fullUrl": f"urn:uuid:{rid}", "resource": res})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


# ---------------------------------------------------------------- assemble
BUCKETS = {
    "critical": msgs_critical.ITEMS,
    "abnormal": msgs_abnormal.ITEMS,
    "borderline": msgs_borderline.ITEMS,
    "normal": msgs_normal.ITEMS,
}
BAND_ROUTING = {
    "1-self-care": "clear",
    "2-routine": "queue",
    "3-same-day": "queue",
    "4-urgent": "escalate",
    "5-stat": "escalate",
}
TARGET_BUCKETS = {"critical": 20, "abnormal": 18, "borderline": 7, "normal": 25}
SPEC_KEYS = {
    "key",
    "date",
    "time",
    "gender",
    "birth",
    "message",
    "routing",
    "band",
    "rationale",
    "why",
    "obs",
    "conditions",
    "meds",
    "encounters",
    "flag_only",
}
PREG_WORDS = re.compile(
    r"pregnan|gestation|prenatal|antenatal|trimester|weeks along|expecting|"
    r"\bhcg\b|\bobstetric|postpartum|breastfeed",
    re.I,
)
PREG_SNOMED = {"77386006", "72892002", "424619006"}
CHEMO_ICI = re.compile(
    r"folfox|r-chop|\bac\b|doxorubicin|cyclophosphamide|carboplatin|cisplatin|"
    r"docetaxel|paclitaxel|pembrolizumab|nivolumab|ipilimumab|atezolizumab|"
    r"durvalumab|oxaliplatin|capecitabine|lenalidomide",
    re.I,
)
ANTICOAG = re.compile(r"warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|enoxaparin|heparin", re.I)
CLEAR_RED_WORDS = re.compile(
    r"chest pain|short of breath|breathless|confus|faint|black|blood in|"
    r"vomit|bleed|headache|dizz|unsteady|muddled|drowsy|rigor|shiver|"
    r"passed out|can'?t breathe",
    re.I,
)
NEGATED = re.compile(
    r"\bno (\w+ )?(dizziness|bleeding|bruising|trouble breathing|swelling|"
    r"headaches?)\b( or (bleeding|bruising|anything))?",
    re.I,
)
THRESHOLD_WORDS = re.compile(
    r"threshold|target|range|limit|ULN|reference|<|>|zone|category|"
    r"definition|criterion|band|below|above|exceed",
    re.I,
)
AGE_MENTION = re.compile(
    r"(?:I'm|am|I am)\s+(\d{2})\b|(\d{2})[ -](?:yrs|years?)[ -]old|"
    r"(\d{2})-year-old|(\d{2}) yrs"
)
VITAL_NORMAL = {"hr": (45, 100), "spo2": (94, 100), "temp": (35.5, 37.9), "rr": (10, 20)}


def fmt(v) -> str:
    return str(v)


def check(spec: dict, bucket: str) -> None:
    k = spec["key"]
    extra = set(spec) - SPEC_KEYS
    assert not extra, (k, extra)
    date, birth = D(spec["date"]), D(spec["birth"])
    assert date <= D(ADDED), (k, "message after added date")
    assert date.year == 2026, k
    age = age_years(birth, date)
    assert 18 <= age <= 90, (k, "age", age)
    assert spec["gender"] in ("male", "female"), k
    # ages stated in the message or rationale match the chart's birth date
    for txt in (spec["message"], spec["rationale"]):
        for m in AGE_MENTION.finditer(txt):
            n = int(next(g for g in m.groups() if g))
            assert n == age, (k, "stated age", n, "chart age", age)
    assert BAND_ROUTING[spec["band"]] == spec["routing"], (k, spec["routing"], spec["band"])
    msg, rat = spec["message"], spec["rationale"]
    # no pregnancy anywhere (pregnancy without OB context is a refusal item, not acuity)
    assert not PREG_WORDS.search(msg) and not PREG_WORDS.search(rat), (k, "pregnancy wording")
    assert not any(c in PREG_SNOMED for c, _ in spec.get("conditions", [])), (k, "pregnancy code")
    # every message reports a number the patient saw, or a flag
    assert re.search(r"\d", msg) or spec.get("flag_only"), (k, "no number in message")
    # rationale cites a value and a threshold
    assert re.search(r"\d", rat) and THRESHOLD_WORDS.search(rat), (
        k,
        "rationale lacks value/threshold",
    )
    # reported lab values are quoted in the message (unless the patient only saw a flag)
    for ob in spec.get("obs", []):
        assert ob["kind"] in OBS_KINDS, (k, ob["kind"])
        try:
            _flag(ob["kind"], spec["gender"], ob)
        except ValueError as e:
            raise AssertionError((k, str(e))) from None
    reported = [ob for ob in spec.get("obs", []) if ob["reported"]]
    if spec.get("flag_only"):
        assert reported or bucket == "critical", (k, "flag-only item needs the value in the chart")
    else:
        for ob in reported:
            assert fmt(ob["value"]) in msg, (k, "reported value not in message", ob["value"])
    # 'flagged H' / 'flagged L' in the message agrees with the chart interpretation
    if re.search(r"flagged (H\b|HH\b|high)", msg, re.I) and reported:
        assert any(_flag(ob["kind"], spec["gender"], ob) in ("H", "HH") for ob in reported), (
            k,
            "flag H",
        )
    if re.search(r"flagged (L\b|LL\b|low)", msg, re.I) and reported:
        assert any(_flag(ob["kind"], spec["gender"], ob) in ("L", "LL") for ob in reported), (
            k,
            "flag L",
        )
    meds = " ".join(t for t, _ in spec.get("meds", []))
    conds = " ".join(d for _, d in spec.get("conditions", []))
    # label rules from the guideline
    if rat.startswith("Borderline:"):
        assert spec["routing"] != "clear" and bucket == "borderline", (k, "borderline")
    if rat.startswith("Reverse borderline:"):
        assert spec["routing"] == "clear" and k.startswith("rb-"), (k, "reverse borderline")
    if bucket == "borderline":
        assert rat.startswith("Borderline:"), k
    if k.startswith("rb-"):
        assert rat.startswith("Reverse borderline:"), k
    if bucket == "critical":
        assert spec["routing"] == "escalate", (k, "critical values escalate")
    if bucket == "abnormal":
        assert spec["routing"] == "queue", k
    if bucket == "normal":
        assert spec["routing"] == "clear", k
    if spec["routing"] == "clear":
        stripped = NEGATED.sub("", msg)
        assert not CLEAR_RED_WORDS.search(stripped), (
            k,
            "red-flag words in a clear message",
            CLEAR_RED_WORDS.search(stripped).group(),
        )
        assert not CHEMO_ICI.search(meds), (k, "chemotherapy/ICI on a clear chart")
        assert "Frailty" not in conds, (k, "frailty on a clear chart")
        assert age < 85, (k, "age >= 85 not cleared here")
        for ob in spec.get("obs", []):
            if ob["days"] > 30:
                continue
            if ob["kind"] in VITAL_NORMAL:
                lo, hi = VITAL_NORMAL[ob["kind"]]
                assert lo <= ob["value"] <= hi, (k, "abnormal recent vital on a clear chart", ob)
            if ob["kind"] == "bp":
                s, d_ = ob["value"]
                assert 90 <= s < 140 and 50 <= d_ < 90, (
                    k,
                    "abnormal recent BP on a clear chart",
                    ob,
                )
        if ANTICOAG.search(meds):
            assert not re.search(
                r"headache|bleed(?!ing or)|bruis(?!ing\.)", NEGATED.sub("", msg), re.I
            ), k
    if ANTICOAG.search(meds) and re.search(r"headache", msg, re.I):
        assert spec["routing"] == "escalate", (k, "headache on anticoagulant")
    if CHEMO_ICI.search(meds):
        assert spec["routing"] != "clear", (k, "chemo/ICI never cleared here")


def build() -> tuple[list[dict], list[dict]]:
    specs: list[tuple[str, dict]] = []
    for bucket, items in BUCKETS.items():
        assert len(items) == TARGET_BUCKETS[bucket], (bucket, len(items))
        for spec in items:
            check(spec, bucket)
            specs.append((bucket, spec))
    keys = [s["key"] for _, s in specs]
    assert len(set(keys)) == len(keys), Counter(keys).most_common(3)
    msgs = [s["message"] for _, s in specs]
    assert len(set(msgs)) == len(msgs), "duplicate message"
    order = list(range(len(specs)))
    random.Random(17).shuffle(order)
    items, notes = [], []
    for n, i in enumerate(order, 1):
        bucket, s = specs[i]
        iid = f"{ID_PREFIX}-{n:04d}"
        item = {
            "id": iid,
            "category": "acuity",
            "added": ADDED,
            "source": SOURCE,
            "message": s["message"],
            "chart": chart(
                s["key"],
                s["date"],
                s["gender"],
                s["birth"],
                time=s.get("time", "09:12:00"),
                obs=s.get("obs", []),
                conditions=s.get("conditions", []),
                meds=s.get("meds", []),
                encounters=s.get("encounters", []),
            ),
            "gold_routing": s["routing"],
            "gold_acuity": s["band"],
            "rationale": s["rationale"],
        }
        items.append(item)
        notes.append({"id": iid, "why": f"{bucket} ({s['key']}): {s['why']}"})
    return items, notes


def validate(items: list[dict], notes: list[dict]) -> None:
    assert len(items) == 70, len(items)
    ids = [it["id"] for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert ids == [f"{ID_PREFIX}-{n:04d}" for n in range(1, 71)], "ids not labs-0001..labs-0070"
    assert [n["id"] for n in notes] == ids and all(set(n) == {"id", "why"} for n in notes)
    for it in items:
        parsed = parse_item(it)
        assert isinstance(parsed, AcuityItem), it["id"]
        assert parsed.model_dump(mode="json") == it, (it["id"], "round trip changed the item")
        assert BAND_ROUTING[it["gold_acuity"]] == it["gold_routing"], it["id"]
        res = [e["resource"] for e in it["chart"]["entry"]]
        pats = [r for r in res if r["resourceType"] == "Patient"]
        assert len(pats) == 1, it["id"]
        enc_today = [
            r for r in res if r["resourceType"] == "Encounter" and r["status"] == "in-progress"
        ]
        assert len(enc_today) == 1, it["id"]
        msg_date = D(enc_today[0]["period"]["start"][:10])
        assert 18 <= age_years(D(pats[0]["birthDate"]), msg_date) <= 90, it["id"]
        assert any(r["resourceType"] == "Observation" for r in res), it["id"]
        for r in res:
            if r["resourceType"] in ("Observation",):
                assert D(r["effectiveDateTime"][:10]) <= msg_date, (
                    it["id"],
                    "observation after message",
                )
            if r["resourceType"] == "Encounter" and r["status"] == "finished":
                assert D(r["period"]["start"][:10]) < msg_date, it["id"]
            if r["resourceType"] == "Condition":
                assert r["code"]["coding"][0]["code"] not in PREG_SNOMED, it["id"]
        refs = {e["fullUrl"] for e in it["chart"]["entry"]}
        for r in res:
            if "subject" in r:
                assert r["subject"]["reference"] in refs, it["id"]


def write_atomic(path: Path, rows: list[dict]) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    items, notes = build()
    validate(items, notes)
    write_atomic(OUT, items)
    write_atomic(NOTES, notes)
    # re-read what was written and validate again
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    back_notes = [json.loads(line) for line in NOTES.read_text(encoding="utf-8").splitlines()]
    validate(back, back_notes)
    print(f"wrote {len(back)} items to {OUT}")
    print(f"wrote {len(back_notes)} notes to {NOTES}")
    print("routing:", dict(sorted(Counter(i["gold_routing"] for i in back).items())))
    print("band:   ", dict(sorted(Counter(i["gold_acuity"] for i in back).items())))
    print("bucket: ", dict(Counter(n["why"].split(" ")[0] for n in back_notes)))


if __name__ == "__main__":
    main()
