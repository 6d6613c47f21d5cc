"""Write refusal_naive29.jsonl: 100 independent, hand-written refusal goldset items.

    python3 make.py

50 out_of_scope items (oos_items.py) and 50 controls with reason "none" (control_items.py), each
with a small synthetic FHIR R4 chart built here. Before anything is written every item is checked
(kind counts, urgent controls, ages, dates, message length, forbidden confounders, near-duplicate
rule) and validated with the official item model (harness/contract/items.py). Output is
deterministic and written atomically (temp file in the same folder, fsync, os.replace).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import itertools
import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

# the content modules sit next to this file (the script's folder is on sys.path when run)
from control_items import CTRL
from oos_items import OOS

HERE = Path(__file__).resolve().parent
ITEMS_PY = HERE.parents[3] / "harness" / "contract" / "items.py"  # the official item model
OUT = HERE.parent / "refusal_naive29.jsonl"
NOTES = HERE.parent / "notes_refusal_naive29.jsonl"
ID_PREFIX = "nref29"
ADDED = "2026-11-25"
SOURCE = "independent refusal set 29"

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"

OOS_TARGET = {
    "billing_insurance": 5,
    "portal_tech": 5,
    "facilities_logistics": 5,
    "records_admin": 4,
    "gratitude_feedback": 5,
    "general_knowledge": 5,
    "writing_task": 5,
    "pet_health": 4,
    "legal_financial": 4,
    "local_recommendations": 4,
    "jobs_sales_donations": 4,
}
CTRL_TARGET = {f"{k}_twin": n for k, n in OOS_TARGET.items()}
N_EACH = 50
MIN_URGENT = 10
MIN_WORDS, MAX_WORDS = 8, 150
MAX_SHARED = 0.5  # no two messages share more than half their words
ADULT_MIN, ADULT_MAX = 18, 90
FIRST_DAY, LAST_DAY = dt.date(2026, 1, 1), dt.date.fromisoformat(ADDED)

D = dt.date.fromisoformat


# ------------------------------------------------------------------------------------ helpers
def load_items_module():
    spec = importlib.util.spec_from_file_location("brief_items", ITEMS_PY)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["brief_items"] = mod  # pydantic resolves postponed annotations via sys.modules
    spec.loader.exec_module(mod)
    return mod


def uid(*parts: str) -> str:
    h = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def age_years(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def nth_sunday(year: int, month: int, n: int) -> dt.date:
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def tz_offset(day: dt.date) -> str:
    """US Eastern offset (DST from the 2nd Sunday of March to the 1st Sunday of November)."""
    start, end = nth_sunday(day.year, 3, 2), nth_sunday(day.year, 11, 1)
    return "-04:00" if start <= day < end else "-05:00"


def stamp(day: dt.date, time: str) -> str:
    return f"{day.isoformat()}T{time}{tz_offset(day)}"


WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("\u2019", "'"))


# ------------------------------------------------------------------------------------ chart
# name: (category, LOINC, LOINC display, text, unit, UCUM code)
OBS_TABLE = {
    "hr": ("vital-signs", "8867-4", "Heart rate", "Heart rate", "beats/minute", "/min"),
    "rr": (
        "vital-signs",
        "9279-1",
        "Respiratory rate",
        "Respiratory rate",
        "breaths/minute",
        "/min",
    ),
    "temp": ("vital-signs", "8310-5", "Body temperature", "Temperature", "C", "Cel"),
    "spo2": (
        "vital-signs",
        "59408-5",
        "Oxygen saturation in Arterial blood by Pulse oximetry",
        "SpO2",
        "%",
        "%",
    ),
    "wt": ("vital-signs", "29463-7", "Body weight", "Weight", "kg", "kg"),
    "bmi": ("vital-signs", "39156-5", "Body mass index (BMI) [Ratio]", "BMI", "kg/m2", "kg/m2"),
    "a1c": ("laboratory", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c", "%", "%"),
    "glucose": (
        "laboratory",
        "2345-7",
        "Glucose [Mass/volume] in Serum or Plasma",
        "Glucose",
        "mg/dL",
        "mg/dL",
    ),
    "inr": (
        "laboratory",
        "6301-6",
        "INR in Platelet poor plasma by Coagulation assay",
        "INR",
        "INR",
        "{INR}",
    ),
    "tsh": (
        "laboratory",
        "3016-3",
        "Thyrotropin [Units/volume] in Serum or Plasma",
        "TSH",
        "mIU/L",
        "m[IU]/L",
    ),
    "ldl": (
        "laboratory",
        "13457-7",
        "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation",
        "LDL cholesterol",
        "mg/dL",
        "mg/dL",
    ),
    "creat": (
        "laboratory",
        "2160-0",
        "Creatinine [Mass/volume] in Serum or Plasma",
        "Creatinine",
        "mg/dL",
        "mg/dL",
    ),
    "egfr": (
        "laboratory",
        "62238-1",
        (
            "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, "
            "Plasma or Blood by Creatinine-based formula (CKD-EPI)"
        ),
        "eGFR",
        "mL/min/1.73m2",
        "mL/min/{1.73_m2}",
    ),
    "k": (
        "laboratory",
        "2823-3",
        "Potassium [Moles/volume] in Serum or Plasma",
        "Potassium",
        "mmol/L",
        "mmol/L",
    ),
    "hgb": (
        "laboratory",
        "718-7",
        "Hemoglobin [Mass/volume] in Blood",
        "Hemoglobin",
        "g/dL",
        "g/dL",
    ),
    "wbc": (
        "laboratory",
        "6690-2",
        "Leukocytes [#/volume] in Blood by Automated count",
        "WBC",
        "10*3/uL",
        "10*3/uL",
    ),
    "anc": (
        "laboratory",
        "751-8",
        "Neutrophils [#/volume] in Blood by Automated count",
        "Neutrophils (absolute)",
        "10*3/uL",
        "10*3/uL",
    ),
    "vitd": (
        "laboratory",
        "62292-8",
        "25-Hydroxyvitamin D2+25-Hydroxyvitamin D3 [Mass/volume] in Serum or Plasma",
        "Vitamin D, 25-hydroxy",
        "ng/mL",
        "ng/mL",
    ),
}


def obs_resource(key: str, i: int, ob: tuple, day: dt.date, pref: dict, enc_ref: dict) -> dict:
    base = {
        "resourceType": "Observation",
        "id": uid(key, "obs", str(i)),
        "status": "final",
        "subject": pref,
        "encounter": enc_ref,
        "effectiveDateTime": stamp(day, "09:40:00"),
    }

    def cat(code: str) -> list:
        display = "Vital Signs" if code == "vital-signs" else "Laboratory"
        return [{"coding": [{"system": OBS_CAT, "code": code, "display": display}]}]

    def qty(value, unit: str, code: str) -> dict:
        return {"value": value, "unit": unit, "system": UCUM, "code": code}

    def code(loinc: str, display: str, text: str) -> dict:
        return {"coding": [{"system": LOINC, "code": loinc, "display": display}], "text": text}

    if ob[0] == "bp":
        _, _, sys_v, dia_v = ob
        base["category"] = cat("vital-signs")
        base["code"] = code(
            "85354-9", "Blood pressure panel with all children optional", "Blood pressure"
        )
        base["component"] = [
            {
                "code": code("8480-6", "Systolic blood pressure", "Systolic"),
                "valueQuantity": qty(sys_v, "mmHg", "mm[Hg]"),
            },
            {
                "code": code("8462-4", "Diastolic blood pressure", "Diastolic"),
                "valueQuantity": qty(dia_v, "mmHg", "mm[Hg]"),
            },
        ]
        return base
    category, loinc, display, text, unit, ucum = OBS_TABLE[ob[0]]
    base["category"] = cat(category)
    base["code"] = code(loinc, display, text)
    base["valueQuantity"] = qty(ob[2], unit, ucum)
    return base


def build_chart(key: str, spec: dict) -> dict:
    date = D(spec["date"])
    pid = uid(key, "patient")
    pref = {"reference": f"urn:uuid:{pid}"}
    entries: list[dict] = [
        {
            "fullUrl": f"urn:uuid:{pid}",
            "resource": {
                "resourceType": "Patient",
                "id": pid,
                "active": True,
                "gender": spec["sex"],
                "birthDate": spec["birth"],
            },
        }
    ]
    eid = uid(key, "encounter")
    entries.append(
        {
            "fullUrl": f"urn:uuid:{eid}",
            "resource": {
                "resourceType": "Encounter",
                "id": eid,
                "status": "in-progress",
                "class": {"system": ACT, "code": "VR", "display": "virtual"},
                "type": [{"text": "Patient portal message"}],
                "subject": pref,
                "period": {"start": stamp(date, "10:15:00")},
            },
        }
    )
    # one earlier office visit per observation day; observations hang off it
    visit_ref: dict[int, dict] = {}
    for days in sorted({ob[1] for ob in spec["obs"]}, reverse=True):
        day = date - dt.timedelta(days=days)
        vid = uid(key, "visit", str(days))
        visit_ref[days] = {"reference": f"urn:uuid:{vid}"}
        entries.append(
            {
                "fullUrl": f"urn:uuid:{vid}",
                "resource": {
                    "resourceType": "Encounter",
                    "id": vid,
                    "status": "finished",
                    "class": {"system": ACT, "code": "AMB", "display": "ambulatory"},
                    "type": [{"text": "Office visit"}],
                    "subject": pref,
                    "period": {"start": stamp(day, "09:20:00"), "end": stamp(day, "10:05:00")},
                },
            }
        )
    for i, (snomed, display) in enumerate(spec["cond"]):
        cid = uid(key, "cond", str(i))
        concept: dict = {"text": display}
        if snomed:
            concept = {
                "coding": [{"system": SNOMED, "code": snomed, "display": display}],
                "text": display,
            }
        entries.append(
            {
                "fullUrl": f"urn:uuid:{cid}",
                "resource": {
                    "resourceType": "Condition",
                    "id": cid,
                    "clinicalStatus": {"coding": [{"system": COND_CLIN, "code": "active"}]},
                    "verificationStatus": {"coding": [{"system": COND_VER, "code": "confirmed"}]},
                    "category": [
                        {
                            "coding": [
                                {
                                    "system": COND_CAT,
                                    "code": "problem-list-item",
                                    "display": "Problem List Item",
                                }
                            ]
                        }
                    ],
                    "code": concept,
                    "subject": pref,
                },
            }
        )
    for i, (text, days) in enumerate(spec["meds"]):
        mid = uid(key, "med", str(i))
        start = date - dt.timedelta(days=days)
        entries.append(
            {
                "fullUrl": f"urn:uuid:{mid}",
                "resource": {
                    "resourceType": "MedicationStatement",
                    "id": mid,
                    "status": "active",
                    "medicationCodeableConcept": {"text": text},
                    "subject": pref,
                    "effectivePeriod": {"start": start.isoformat()},
                    "dateAsserted": start.isoformat(),
                },
            }
        )
    for i, ob in enumerate(spec["obs"]):
        day = date - dt.timedelta(days=ob[1])
        res = obs_resource(key, i, ob, day, pref, visit_ref[ob[1]])
        entries.append({"fullUrl": f"urn:uuid:{res['id']}", "resource": res})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


# ------------------------------------------------------------------------------------ checks
# anything that would make another refusal reason apply, or muddy out_of_scope
PREG_WORDS = re.compile(
    r"pregnan|expecting|weeks along|trimester|prenatal|\bdue date\b|\bmiscarr", re.IGNORECASE
)
CHILD_WORDS = re.compile(
    r"\bbab(y|ies)\b|\binfant|\bnewborn|\btoddler|\bmonths? old\b", re.IGNORECASE
)
INJECTION_WORDS = re.compile(
    r"\bignore\b|\bdisregard|\bpretend|system prompt|\bjailbreak|\byou are now\b|\brules\b",
    re.IGNORECASE,
)
STATED_AGE = re.compile(
    r"\b(?:is|I'm|he's|she's|who's|aged|turned)\s+(\d{2})(?![\d.]\d)\b"
    r"|\b(\d{2})[- ]years?[- ]old\b",
    re.IGNORECASE,
)


def check_spec(s: dict, problems: list[str]) -> None:
    tag = f"[{s['kind']}] {s['message'][:50]!r}"
    date, birth = D(s["date"]), D(s["birth"])
    if not FIRST_DAY <= date <= LAST_DAY:
        problems.append(f"{tag}: encounter date {date} outside {FIRST_DAY}..{LAST_DAY}")
    age = age_years(birth, date)
    if not ADULT_MIN <= age <= ADULT_MAX:
        problems.append(f"{tag}: age {age} outside {ADULT_MIN}-{ADULT_MAX}")
    if "age" in s and s["age"] != age:
        problems.append(f"{tag}: message states age {s['age']} but chart age is {age}")
    for m in STATED_AGE.finditer(s["message"]):
        stated = int(m.group(1) or m.group(2))
        if s.get("age") != stated:
            problems.append(f"{tag}: stated age {stated} not declared/checked")
    if s["sex"] not in ("male", "female"):
        problems.append(f"{tag}: bad sex {s['sex']}")
    n = len(s["message"].split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        problems.append(f"{tag}: {n} words, outside {MIN_WORDS}-{MAX_WORDS}")
    if PREG_WORDS.search(s["message"]):
        problems.append(f"{tag}: mentions pregnancy (would change the refusal reason)")
    if CHILD_WORDS.search(s["message"]):
        problems.append(f"{tag}: mentions a small child (would muddy the refusal reason)")
    if s["reason"] == "out_of_scope" and INJECTION_WORDS.search(s["message"]):
        problems.append(f"{tag}: injection-like wording in an out_of_scope item")
    letters = [ch for ch in s["message"] if ch.isalpha()]
    if sum(ch.isascii() for ch in letters) < 0.98 * len(letters):
        problems.append(f"{tag}: does not look like English text")
    if not s["why"]:
        problems.append(f"{tag}: empty why")
    for _, days in s["meds"]:
        if days < 0:
            problems.append(f"{tag}: medication starts after the message")
    for ob in s["obs"]:
        if ob[1] < 0:
            problems.append(f"{tag}: observation after the message")
        if ob[0] != "bp" and ob[0] not in OBS_TABLE:
            problems.append(f"{tag}: unknown observation {ob[0]}")
    if not s["obs"]:
        problems.append(f"{tag}: chart has no Observation")


def near_duplicates(messages: list[str]) -> list[tuple[int, int, float]]:
    """Pairs sharing more than MAX_SHARED of the smaller message's distinct words."""
    sets = [set(words(m)) for m in messages]
    bad = []
    for i, j in itertools.combinations(range(len(sets)), 2):
        a, b = sets[i], sets[j]
        shared = len(a & b) / min(len(a), len(b))
        if shared > MAX_SHARED:
            bad.append((i, j, shared))
    return bad


def atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# ------------------------------------------------------------------------------------ main
def main() -> int:
    items_mod = load_items_module()
    specs = [dict(s, reason="out_of_scope") for s in OOS] + [dict(s, reason="none") for s in CTRL]

    problems: list[str] = []
    oos_kinds = Counter(s["kind"] for s in OOS)
    ctrl_kinds = Counter(s["kind"] for s in CTRL)
    if dict(oos_kinds) != OOS_TARGET:
        problems.append(f"out_of_scope kinds {dict(oos_kinds)} != {OOS_TARGET}")
    if dict(ctrl_kinds) != CTRL_TARGET:
        problems.append(f"control kinds {dict(ctrl_kinds)} != {CTRL_TARGET}")
    if len(OOS) != N_EACH or len(CTRL) != N_EACH:
        problems.append(f"need {N_EACH}/{N_EACH}, have {len(OOS)}/{len(CTRL)}")
    if any(not 4 <= n <= 6 for n in OOS_TARGET.values()):
        problems.append("every kind needs 4-6 items")
    if any(s["urgent"] for s in OOS):
        problems.append("an out_of_scope item is marked urgent")
    n_urgent = sum(bool(s["urgent"]) for s in CTRL)
    if n_urgent < MIN_URGENT:
        problems.append(f"only {n_urgent} urgent controls, need >= {MIN_URGENT}")
    for s in specs:
        check_spec(s, problems)
    msgs = [s["message"] for s in specs]
    if len(set(msgs)) != len(msgs):
        problems.append("exact duplicate messages")
    for i, j, r in near_duplicates(msgs):
        problems.append(f"near-duplicate ({r:.2f}): {msgs[i][:60]!r} ~ {msgs[j][:60]!r}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1

    # deterministic interleaving: order by a hash of the message text
    specs.sort(key=lambda s: hashlib.sha256((ID_PREFIX + "|" + s["message"]).encode()).hexdigest())
    lines, notes = [], []
    for n, s in enumerate(specs, 1):
        iid = f"{ID_PREFIX}-{n:04d}"
        item = {
            "id": iid,
            "category": "refusal",
            "added": ADDED,
            "source": SOURCE,
            "message": s["message"],
            "chart": build_chart(iid, s),
            "must_refuse": s["reason"] != "none",
            "reason": s["reason"],
        }
        items_mod.parse_item(item)  # raises on any schema problem
        parsed = items_mod.RefusalItem.model_validate(item)
        assert parsed.must_refuse == (parsed.reason == "out_of_scope")
        lines.append(json.dumps(item, ensure_ascii=False, separators=(", ", ": ")))
        note = {"id": iid, "kind": s["kind"], "why": s["why"], "urgent": bool(s["urgent"])}
        notes.append(json.dumps(note, ensure_ascii=False))

    ids = [json.loads(x)["id"] for x in lines]
    expected = [f"{ID_PREFIX}-{n:04d}" for n in range(1, 2 * N_EACH + 1)]
    assert ids == expected, f"ids must be {expected[0]}..{expected[-1]}"
    atomic_write(OUT, "\n".join(lines) + "\n")
    atomic_write(NOTES, "\n".join(notes) + "\n")
    reasons = Counter(json.loads(x)["reason"] for x in lines)
    print(f"wrote {len(lines)} items to {OUT}: {dict(reasons)}")
    print(f"out_of_scope kinds: {dict(oos_kinds)}")
    print(f"control kinds: {dict(ctrl_kinds)}; urgent controls: {n_urgent}")
    print(f"sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}  {OUT.name}")
    print(f"sha256 {hashlib.sha256(NOTES.read_bytes()).hexdigest()}  {NOTES.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
