"""Numeric features of a triage case for the local decision model: chart signals and what the
retrieved pathways imply. No identifiers: ages, vitals and flags only."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pipelines.triage.chart import ChartSlice

BANDS = ("1-self-care", "2-routine", "3-same-day", "4-urgent", "5-stat")
ROUTING_OF_BAND = {
    "1-self-care": "clear",
    "2-routine": "queue",
    "3-same-day": "queue",
    "4-urgent": "escalate",
    "5-stat": "escalate",
}

_LOINC = {
    "temp": {"8310-5", "8331-1"},
    "hr": {"8867-4"},
    "rr": {"9279-1"},
    "spo2": {"59408-5", "2708-6"},
    "sbp": {"8480-6"},
    "glucose": {"2339-0", "2345-7"},
}
# Anticoagulants by generic and brand name (the safety net's head-knock rule reads them too).
ANTICOAGULANTS = (
    r"warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|edoxaban|enoxaparin|heparin"
)
_MED_CLASSES = {
    "ici": r"pembrolizumab|nivolumab|ipilimumab|atezolizumab|durvalumab|avelumab|cemiplimab|"
    r"tremelimumab|dostarlimab|relatlimab|keytruda|opdivo|yervoy|tecentriq|imfinzi|bavencio|"
    r"libtayo|jemperli|opdualag|checkpoint",
    "chemo": r"carboplatin|cisplatin|oxaliplatin|paclitaxel|docetaxel|gemcitabine|folfox|folfiri|"
    r"capecitabine|cyclophosphamide|doxorubicin|etoposide|pemetrexed|fluorouracil|5-fu|chemo",
    "anticoagulant": ANTICOAGULANTS,
    "insulin": r"insulin|glargine|lispro|aspart|lantus|humalog|novolog",
    "immunosuppressant": r"prednisone|methotrexate|tacrolimus|mycophenolate|azathioprine|"
    r"adalimumab|infliximab|dexamethasone",
}
_CONDITIONS = {
    "diabetes": r"diabet",
    "heart": r"heart failure|coronary|myocardial|atrial fibrillation|cardiomyopathy",
    "lung": r"copd|asthma|emphysema|pulmonary",
    "cancer": r"cancer|carcinoma|malignan|lymphoma|leukemia|melanoma|neoplasm|tumou?r",
    "kidney": r"kidney|renal",
}


def _latest(chart: ChartSlice, codes: set[str]) -> float | None:
    for o in chart.observations:  # newest first
        if o.code in codes and isinstance(o.value, float):
            return o.value
    return None


def chart_features(chart: ChartSlice) -> dict[str, float]:
    age = chart.age_years
    temp = _latest(chart, _LOINC["temp"])
    if temp is not None and temp > 50:  # Fahrenheit charted as a number
        temp = (temp - 32) * 5 / 9
    hr = _latest(chart, _LOINC["hr"])
    rr = _latest(chart, _LOINC["rr"])
    spo2 = _latest(chart, _LOINC["spo2"])
    sbp = _latest(chart, _LOINC["sbp"])
    glucose = _latest(chart, _LOINC["glucose"])
    meds = " ".join(chart.medications).lower()
    conds = " ".join(chart.conditions).lower()
    f = {
        "age_decades": (age or 40.0) / 10.0,
        "age_child": float(age is not None and age < 18),
        "age_65": float(age is not None and age >= 65),
        "age_80": float(age is not None and age >= 80),
        "fever": float(temp is not None and temp >= 38.0),
        "high_fever": float(temp is not None and temp >= 39.5),
        "tachycardia": float(hr is not None and hr >= 100),
        "severe_tachycardia": float(hr is not None and hr >= 120),
        "tachypnea": float(rr is not None and rr >= 24),
        "low_spo2": float(spo2 is not None and spo2 < 94),
        "very_low_spo2": float(spo2 is not None and spo2 < 90),
        "hypertensive": float(sbp is not None and sbp >= 180),
        "hypotensive": float(sbp is not None and sbp < 90),
        "hyperglycemia": float(glucose is not None and glucose >= 300),
        "hypoglycemia": float(glucose is not None and glucose < 70),
        "pregnant": float(chart.pregnancy_recorded),
    }
    for name, pattern in _MED_CLASSES.items():
        f[f"med_{name}"] = float(bool(re.search(pattern, meds)))
    for name, pattern in _CONDITIONS.items():
        f[f"cond_{name}"] = float(bool(re.search(pattern, conds)))
    return f


def retrieval_features(
    pathway_ids: Sequence[str], acuity_of: Mapping[str, str | None]
) -> dict[str, float]:
    """What the reranked pathways imply: the top pathway's band and a rank-weighted mix."""
    f = {f"top1_{b}": 0.0 for b in BANDS} | {f"mix_{b}": 0.0 for b in BANDS}
    seen: list[str] = []
    for pid in pathway_ids:
        if pid not in seen:
            seen.append(pid)
    if seen and acuity_of.get(seen[0]) in BANDS:
        f[f"top1_{acuity_of[seen[0]]}"] = 1.0
    weights = [1.0 / (rank + 1) for rank in range(min(5, len(seen)))]
    total = sum(weights) or 1.0
    for w, pid in zip(weights, seen[:5], strict=False):
        band = acuity_of.get(pid)
        if band in BANDS:
            f[f"mix_{band}"] += w / total
    levels = [BANDS.index(b) for p in seen[:3] if (b := acuity_of.get(p)) in BANDS]
    f["max_band_top3"] = max(levels) / 4.0 if levels else 0.0
    return f


# Message words that, with an anticoagulant on the chart, make a bleed or head injury possible.
_BLEED_OR_HEAD = re.compile(
    r"bleed|blood|bruis|black stool|tarry|nosebleed|head|fell|fall|hit my|vomit|dizz|faint",
    re.IGNORECASE,
)


def risk_flags(chart: ChartSlice, message: str) -> list[str]:
    """Chart facts under which self-care advice alone is never safe (a clinician must look).

    Chosen a priori from clinical triage practice, not fitted: abnormal vitals, immune checkpoint
    inhibitors, chemotherapy, an anticoagulant with bleeding or head symptoms, pregnancy, glucose
    extremes, and age 65 or over with any abnormal vital sign.
    """
    f = chart_features(chart)
    vitals = [
        k
        for k in ("fever", "tachycardia", "tachypnea", "low_spo2", "hypotensive", "hypertensive")
        if f[k]
    ]
    flags = list(vitals)
    flags += [k for k in ("hyperglycemia", "hypoglycemia", "pregnant") if f[k]]
    flags += [k for k in ("med_ici", "med_chemo") if f[k]]
    if f["med_anticoagulant"] and _BLEED_OR_HEAD.search(message):
        flags.append("anticoagulant_with_bleeding_or_head_symptoms")
    if f["age_65"] and vitals:
        flags.append("age_65_with_abnormal_vitals")
    return flags
