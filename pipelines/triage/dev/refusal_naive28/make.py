"""Write refusal_naive28.jsonl: 120 independent, hand-written refusal goldset items.

    python3 make.py

60 out_of_scope items (oos_items.py, twelve kinds of five) and 60 look-alike controls with
reason "none" (control_items.py, one twin kind per out_of_scope kind), each with a synthetic
FHIR R4 chart built here. Before anything is written every item is checked (counts per kind,
ages, dates, message length, near-duplicate rule, urgent-control count, words that would change
the refusal reason) and validated with the official item model (../brief/items.py). Output is
deterministic and written atomically (temp file in the same folder, fsync, os.replace), together
with notes_refusal_naive28.jsonl (id, kind, why, urgent for every item).
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
from types import ModuleType

from control_items import CTRL
from kinds import CTRL_KINDS, OOS_KINDS, PER_KIND
from oos_items import OOS

HERE = Path(__file__).resolve().parent
ITEMS_PY = HERE.parents[3] / "harness" / "contract" / "items.py"  # the official item model
OUT = HERE.parent / "refusal_naive28.jsonl"
NOTES = HERE.parent / "notes_refusal_naive28.jsonl"
ID_PREFIX = "nref28"
ADDED = "2026-11-25"
SOURCE = "independent refusal set 28"
N_EACH = 60

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"

OOS_TARGET = {k: PER_KIND for k in OOS_KINDS}
CTRL_TARGET = {k: PER_KIND for k in CTRL_KINDS}
MIN_URGENT = 10
MIN_WORDS, MAX_WORDS = 8, 120
MAX_SHARED = 0.5  # no two messages share more than half their words
ADULT_MIN, ADULT_MAX = 18, 85
FIRST_DAY = dt.date(2026, 1, 1)
SPEC_KEYS = {
    "kind",
    "message",
    "sex",
    "birth",
    "date",
    "obs",
    "cond",
    "meds",
    "visits",
    "why",
    "urgent",
    "reason",
}

D = dt.date.fromisoformat

# name: (category, LOINC, display, text, unit, UCUM code)
OBS_TABLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "hr": ("vital-signs", "8867-4", "Heart rate", "Heart rate", "beats/minute", "/min"),
    "rr": (
        "vital-signs",
        "9279-1",
        "Respiratory rate",
        "Respiratory rate",
        "breaths/minute",
        "/min",
    ),
    "temp": ("vital-signs", "8310-5", "Body temperature", "Temperature", "Cel", "Cel"),
    "spo2": (
        "vital-signs",
        "59408-5",
        "Oxygen saturation in Arterial blood by Pulse oximetry",
        "SpO2",
        "%",
        "%",
    ),
    "wt": ("vital-signs", "29463-7", "Body weight", "Weight", "kg", "kg"),
    "a1c": ("laboratory", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c", "%", "%"),
    "glucose": (
        "laboratory",
        "2339-0",
        "Glucose [Mass/volume] in Blood",
        "Glucose",
        "mg/dL",
        "mg/dL",
    ),
    "hgb": (
        "laboratory",
        "718-7",
        "Hemoglobin [Mass/volume] in Blood",
        "Hemoglobin",
        "g/dL",
        "g/dL",
    ),
    "anc": (
        "laboratory",
        "751-8",
        "Neutrophils [#/volume] in Blood by Automated count",
        "Neutrophils",
        "10*3/uL",
        "10*3/uL",
    ),
    "egfr": (
        "laboratory",
        "62238-1",
        "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, "
        "Plasma or Blood by Creatinine-based formula (CKD-EPI)",
        "eGFR",
        "mL/min/1.73m2",
        "mL/min/{1.73_m2}",
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
    "ferritin": (
        "laboratory",
        "2276-4",
        "Ferritin [Mass/volume] in Serum or Plasma",
        "Ferritin",
        "ng/mL",
        "ng/mL",
    ),
    "ldl": (
        "laboratory",
        "13457-7",
        "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation",
        "LDL cholesterol",
        "mg/dL",
        "mg/dL",
    ),
}


# ------------------------------------------------------------------------------------ helpers
def load_items_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("brief_items", ITEMS_PY)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the item model from {ITEMS_PY}")
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
    """US Eastern offset for a calendar day (DST from 2nd Sunday of March to 1st Sunday of Nov)."""
    start, end = nth_sunday(day.year, 3, 2), nth_sunday(day.year, 11, 1)
    return "-04:00" if start <= day < end else "-05:00"


def stamp(day: dt.date, time: str) -> str:
    return f"{day.isoformat()}T{time}{tz_offset(day)}"


WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("\u2019", "'"))


# ------------------------------------------------------------------------------------ chart
def obs_resource(key: str, i: int, ob: tuple, day: dt.date, pref: dict, enc_ref: dict) -> dict:
    name = ob[0]
    base: dict = {
        "resourceType": "Observation",
        "id": uid(key, "obs", str(i)),
        "status": "final",
        "subject": pref,
        "encounter": enc_ref,
        "effectiveDateTime": stamp(day, "09:40:00"),
    }

    def cat(code: str, display: str) -> list:
        return [{"coding": [{"system": OBS_CAT, "code": code, "display": display}]}]

    def qty(value: float, unit: str, code: str) -> dict:
        return {"value": value, "unit": unit, "system": UCUM, "code": code}

    def code(loinc: str, display: str, text: str) -> dict:
        return {"coding": [{"system": LOINC, "code": loinc, "display": display}], "text": text}

    if name == "bp":
        _, _, sys_v, dia_v = ob
        base["category"] = cat("vital-signs", "Vital Signs")
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
    category, loinc, display, text, unit, ucum = OBS_TABLE[name]
    base["category"] = cat(category, "Vital Signs" if category == "vital-signs" else "Laboratory")
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
                "period": {"start": stamp(date, spec.get("time", "10:15:00"))},
            },
        }
    )
    # earlier visits: explicit ones plus one office visit per observation day
    visit_days: dict[int, str] = dict(spec.get("visits", []))
    for ob in spec.get("obs", []):
        visit_days.setdefault(ob[1], "Office visit")
    visit_ref: dict[int, dict] = {}
    for days in sorted(visit_days, reverse=True):
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
                    "type": [{"text": visit_days[days]}],
                    "subject": pref,
                    "period": {"start": stamp(day, "09:20:00"), "end": stamp(day, "10:05:00")},
                },
            }
        )
    for i, (snomed, display) in enumerate(spec.get("cond", [])):
        cid = uid(key, "cond", str(i))
        status = "remission" if "remission" in display.lower() else "active"
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
                    "clinicalStatus": {"coding": [{"system": COND_CLIN, "code": status}]},
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
    for i, (text, days) in enumerate(spec.get("meds", [])):
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
    for i, ob in enumerate(spec.get("obs", [])):
        day = date - dt.timedelta(days=ob[1])
        res = obs_resource(key, i, ob, day, pref, visit_ref[ob[1]])
        entries.append({"fullUrl": f"urn:uuid:{res['id']}", "resource": res})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


# ------------------------------------------------------------------------------------ checks
PREG_WORDS = re.compile(
    r"pregnan|expecting a baby|weeks along|trimester|prenatal|\bdue date\b|\bgestation", re.I
)
SMALL_CHILD_WORDS = re.compile(r"\bbab(y|ies)\b|\binfant|\bnewborn|\btoddler|month-old", re.I)
INJECTION_WORDS = re.compile(
    r"\bignore\b|\binstructions?\b|system prompt|\bpretend\b|\bjailbreak|\brules\b", re.I
)
AGE_IN_MSG = re.compile(r"\bI'm (\d{2})\b|^(\d{2}), ")


def check_spec(s: dict, problems: list[str]) -> None:
    tag = f"[{s['kind']}] {s['message'][:50]!r}"
    unknown = set(s) - SPEC_KEYS
    if unknown:
        problems.append(f"{tag}: unknown spec keys {sorted(unknown)}")
    date, birth = D(s["date"]), D(s["birth"])
    if not (FIRST_DAY <= date <= D(ADDED)):
        problems.append(f"{tag}: encounter date {date} outside {FIRST_DAY}..{ADDED}")
    age = age_years(birth, date)
    if not ADULT_MIN <= age <= ADULT_MAX:
        problems.append(f"{tag}: age {age} outside {ADULT_MIN}-{ADULT_MAX}")
    for m in AGE_IN_MSG.finditer(s["message"]):
        stated = int(m.group(1) or m.group(2))
        if stated != age:
            problems.append(f"{tag}: message states age {stated} but chart age is {age}")
    if s["sex"] not in ("male", "female"):
        problems.append(f"{tag}: bad sex {s['sex']}")
    n = len(s["message"].split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        problems.append(f"{tag}: {n} words, outside {MIN_WORDS}-{MAX_WORDS}")
    if PREG_WORDS.search(s["message"]):
        problems.append(f"{tag}: mentions pregnancy (would change the refusal reason)")
    if SMALL_CHILD_WORDS.search(s["message"]):
        problems.append(f"{tag}: mentions a small child (could suggest pediatric_under_3)")
    if INJECTION_WORDS.search(s["message"]):
        problems.append(f"{tag}: injection-like wording (could suggest jailbreak)")
    letters = [ch for ch in s["message"] if ch.isalpha()]
    if sum(ch.isascii() for ch in letters) < 0.98 * len(letters):
        problems.append(f"{tag}: does not look like English text")
    if len(s.get("obs", [])) < 2:
        problems.append(f"{tag}: chart needs at least two observations")
    for ob in s.get("obs", []):
        if ob[0] != "bp" and ob[0] not in OBS_TABLE:
            problems.append(f"{tag}: unknown observation {ob[0]}")
        if ob[1] < 0:
            problems.append(f"{tag}: observation after the message")
    for _, days in s.get("meds", []):
        if days < 0:
            problems.append(f"{tag}: medication starts after the message")
    if s["reason"] == "none" and not isinstance(s.get("urgent"), bool):
        problems.append(f"{tag}: control without an urgent flag")
    if not s.get("why"):
        problems.append(f"{tag}: no rationale")


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
    if any(s.get("urgent") for s in OOS):
        problems.append("an out_of_scope item is marked urgent")
    n_urgent = sum(bool(s.get("urgent")) for s in CTRL)
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
    specs.sort(key=lambda s: hashlib.sha256(f"{ID_PREFIX}|{s['message']}".encode()).hexdigest())
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
        urgent = bool(s.get("urgent"))
        why = f"URGENT: {s['why']}" if urgent else s["why"]
        note = {"id": iid, "kind": s["kind"], "why": why, "urgent": urgent}
        notes.append(json.dumps(note, ensure_ascii=False))

    ids = [json.loads(x)["id"] for x in lines]
    want = [f"{ID_PREFIX}-{n:04d}" for n in range(1, 2 * N_EACH + 1)]
    assert ids == want, f"ids must be {want[0]}..{want[-1]}"
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
