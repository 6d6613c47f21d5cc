"""Shared helper for the message files: one E(...) call per item.

E(message, date, gender, birth, why, kind=..., cond=[...], enc=[...], dep=(...), time=...)

kind  out_of_scope: "everyday" | "adjacent" | "chatty"
      controls:     "context" (product/trip/event/work/news next to a real concern),
                    "emergency", "hopeless", "medication", "result", "admin", "everyday"
cond  keys of CODES below -> active Conditions on the sender's chart
enc   (days before the message, encounter text) -> finished ambulatory Encounters
dep   who the message is about when not the sender: ("child", age) with age >= 4,
      ("parent", age or None), ("partner", None)
"""

from __future__ import annotations

CODES: dict[str, tuple[str, str]] = {
    "htn": ("38341003", "Hypertensive disorder"),
    "dm2": ("44054006", "Diabetes mellitus type 2"),
    "hypothyroid": ("40930008", "Hypothyroidism"),
    "asthma": ("195967001", "Asthma"),
    "copd": ("13645005", "Chronic obstructive lung disease"),
    "afib": ("49436004", "Atrial fibrillation"),
    "hf": ("84114007", "Heart failure"),
    "depression": ("35489007", "Depressive disorder"),
    "anxiety": ("197480006", "Anxiety disorder"),
    "oa": ("396275006", "Osteoarthritis"),
    "ra": ("69896004", "Rheumatoid arthritis"),
    "migraine": ("37796009", "Migraine"),
    "ckd": ("709044004", "Chronic kidney disease"),
    "gerd": ("235595009", "Gastroesophageal reflux disease"),
    "epilepsy": ("84757009", "Epilepsy"),
    "hld": ("55822004", "Hyperlipidemia"),
    "osteoporosis": ("64859006", "Osteoporosis"),
    "cad": ("53741008", "Coronary arteriosclerosis"),
    "prostate_ca": ("399068003", "Malignant tumor of prostate"),
    "gout": ("90560007", "Gout"),
    "osa": ("78275009", "Obstructive sleep apnea syndrome"),
    "obesity": ("414916001", "Obesity"),
    "rhinitis": ("367498001", "Seasonal allergic rhinitis"),
    "lbp": ("279039007", "Low back pain"),
    "bph": ("266569009", "Benign prostatic hyperplasia"),
    "eczema": ("24079001", "Atopic dermatitis"),
}


def E(
    message: str,
    date: str,
    gender: str,
    birth: str,
    why: str,
    *,
    kind: str,
    cond: tuple[str, ...] | list[str] = (),
    enc: tuple[tuple[int, str], ...] | list[tuple[int, str]] = (),
    dep: tuple[str, int | None] | None = None,
    time: str = "09:12:00",
) -> dict:
    return {
        "message": message,
        "date": date,
        "gender": gender,
        "birth": birth,
        "why": why,
        "kind": kind,
        "cond": list(cond),
        "enc": list(enc),
        "dep": dep,
        "time": time,
    }
