"""Write refusal_naive30.jsonl: 120 independent, hand-written refusal goldset items.

    python3 make.py

60 out_of_scope items (oos_items.py, 12 kinds x 5) and 60 controls with reason "none"
(control_items.py, one 5-item twin set per kind, 25 flagged urgent), each with a synthetic
FHIR R4 chart built here. Before anything is written every item is checked (counts, ages,
dates, message length, near-duplicate rule, urgent-control count) and validated with the
official item model (harness/contract/items.py). Output is deterministic and written atomically
(temp file in the same folder, fsync, os.replace). Everything stays in this folder.
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

sys.dont_write_bytecode = True  # keep the folder clean: no __pycache__
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from control_items import CTRL
from oos_items import OOS

ITEMS_PY = HERE.parents[3] / "harness" / "contract" / "items.py"  # the official item model
OUT = HERE.parent / "refusal_naive30.jsonl"
NOTES = HERE.parent / "notes_refusal_naive30.jsonl"
ID_PREFIX = "nref30"
ADDED = "2026-11-25"
SOURCE = "independent refusal set 30"

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"

KINDS = (
    "lost_property",
    "jobs_volunteering",
    "puzzles_trivia",
    "translation",
    "animals",
    "travel_hotels",
    "cooking_recipes",
    "device_app_help",
    "sport_hobby",
    "forms_paperwork",
    "neighbour_legal",
    "compliments_chitchat",
)
PER_KIND = 5
N_OOS = N_CTRL = len(KINDS) * PER_KIND  # 60 each
N_URGENT = 25  # exactly this many urgent controls
MIN_WORDS, MAX_WORDS = 8, 120
MAX_SHARED = 0.5  # no two messages share more than half their words
ADULT_MIN, ADULT_MAX = 18, 90

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
    """US Eastern offset for a calendar day (DST from 2nd Sunday of March to 1st Sunday of Nov)."""
    start, end = nth_sunday(day.year, 3, 2), nth_sunday(day.year, 11, 1)
    return "-04:00" if start <= day < end else "-05:00"


def stamp(day: dt.date, time: str) -> str:
    return f"{day.isoformat()}T{time}{tz_offset(day)}"


WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("\u2019", "'"))


# ------------------------------------------------------------------------------------ chart
def obs_resource(key: str, i: int, kind: tuple, day: dt.date, pref: dict, enc_ref: dict) -> dict:
    name = kind[0]
    base = {
        "resourceType": "Observation",
        "id": uid(key, "obs", str(i)),
        "status": "final",
        "subject": pref,
        "encounter": enc_ref,
        "effectiveDateTime": stamp(day, "09:40:00"),
    }

    def cat(code: str, display: str) -> list:
        return [{"coding": [{"system": OBS_CAT, "code": code, "display": display}]}]

    def qty(value, unit: str, code: str) -> dict:
        return {"value": value, "unit": unit, "system": UCUM, "code": code}

    def code(loinc: str, display: str, text: str) -> dict:
        return {"coding": [{"system": LOINC, "code": loinc, "display": display}], "text": text}

    if name == "bp":
        _, _, sys_v, dia_v = kind
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
    table = {
        "hr": ("vital-signs", "8867-4", "Heart rate", "Heart rate", "beats/minute", "/min"),
        "wt": ("vital-signs", "29463-7", "Body weight", "Weight", "kg", "kg"),
        "a1c": (
            "laboratory",
            "4548-4",
            "Hemoglobin A1c/Hemoglobin.total in Blood",
            "HbA1c",
            "%",
            "%",
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
    category, loinc, display, text, unit, ucum = table[name]
    base["category"] = cat(category, "Vital Signs" if category == "vital-signs" else "Laboratory")
    base["code"] = code(loinc, display, text)
    base["valueQuantity"] = qty(kind[2], unit, ucum)
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
    visit_days: dict[int, str] = {}
    for days, text in spec.get("visits", []):
        visit_days[days] = text
    for ob in spec.get("obs", []):
        visit_days.setdefault(ob[1], "Office visit")
    visit_ref: dict[int, dict] = {}
    for n, days in enumerate(sorted(visit_days, reverse=True)):
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
    for i, (code, display) in enumerate(spec.get("cond", [])):
        cid = uid(key, "cond", str(i))
        status = "remission" if "remission" in display.lower() else "active"
        concept: dict = {"text": display}
        if code:
            concept = {
                "coding": [{"system": SNOMED, "code": code, "display": display}],
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


def expand_obs(s: dict) -> list[tuple]:
    """Vital signs (blood pressure, heart rate, weight) from `vit`, plus any `labs`."""
    sys_v, dia_v, hr, wt, days = s["vit"]
    obs = [("bp", days, sys_v, dia_v), ("hr", days, hr), ("wt", days, wt)]
    obs += [(name, d, value) for name, d, value in s.get("labs", [])]
    return obs


# ------------------------------------------------------------------------------------ checks
PREG_WORDS = re.compile(
    r"pregnan|expecting a baby|weeks along|trimester|prenatal|antenatal|\bdue date\b|"
    r"\bmidwife\b|\bobstetric",
    re.I,
)
INJECTION_WORDS = re.compile(r"ignore (all|previous|the above)|system prompt|jailbreak", re.I)
AGE_IN_MSG = re.compile(r"\bI'm (\d{2})\b|\b(?:He|She)'s (\d{2})\b|^(\d{2}), ")


def check_spec(s: dict, problems: list[str]) -> None:
    tag = f"[{s['reason']}/{s['kind']}] {s['message'][:50]!r}"
    date, birth = D(s["date"]), D(s["birth"])
    if s["kind"] not in KINDS:
        problems.append(f"{tag}: unknown kind")
    if not (dt.date(2026, 1, 1) <= date <= D(ADDED)):
        problems.append(f"{tag}: encounter date {date} outside 2026-01-01..{ADDED}")
    age = age_years(birth, date)
    if not ADULT_MIN <= age <= ADULT_MAX:
        problems.append(f"{tag}: age {age} outside {ADULT_MIN}-{ADULT_MAX}")
    if "age" in s and s["age"] != age:
        problems.append(f"{tag}: message states age {s['age']} but chart age is {age}")
    for m in AGE_IN_MSG.finditer(s["message"]):
        stated = int(next(g for g in m.groups() if g))
        if s.get("age") != stated:
            problems.append(f"{tag}: stated age {stated} not declared/checked")
    if s["sex"] not in ("male", "female"):
        problems.append(f"{tag}: bad sex {s['sex']}")
    n = len(s["message"].split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        problems.append(f"{tag}: {n} words, outside {MIN_WORDS}-{MAX_WORDS}")
    if PREG_WORDS.search(s["message"]):
        problems.append(f"{tag}: mentions pregnancy (would change the refusal reason)")
    if INJECTION_WORDS.search(s["message"]):
        problems.append(f"{tag}: looks like prompt injection (would change the refusal reason)")
    letters = [ch for ch in s["message"] if ch.isalpha()]
    if sum(ch.isascii() for ch in letters) < 0.98 * len(letters):
        problems.append(f"{tag}: does not look like English text")
    for _, days in s.get("meds", []):
        if days < 0:
            problems.append(f"{tag}: medication starts after the message")
    for ob in expand_obs(s):
        if ob[1] < 0:
            problems.append(f"{tag}: observation after the message")
    if s["reason"] == "out_of_scope" and s.get("urgent"):
        problems.append(f"{tag}: an out_of_scope item is marked urgent")


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


def max_shared(messages: list[str]) -> float:
    sets = [set(words(m)) for m in messages]
    return max(len(a & b) / min(len(a), len(b)) for a, b in itertools.combinations(sets, 2))


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
    want = {k: PER_KIND for k in KINDS}
    oos_kinds = Counter(s["kind"] for s in OOS)
    ctrl_kinds = Counter(s["kind"] for s in CTRL)
    if dict(oos_kinds) != want:
        problems.append(f"out_of_scope kinds {dict(oos_kinds)} != {want}")
    if dict(ctrl_kinds) != want:
        problems.append(f"control kinds {dict(ctrl_kinds)} != {want}")
    if len(OOS) != N_OOS or len(CTRL) != N_CTRL:
        problems.append(f"need {N_OOS}/{N_CTRL}, have {len(OOS)}/{len(CTRL)}")
    n_urgent = sum(bool(s.get("urgent")) for s in CTRL)
    if n_urgent != N_URGENT:
        problems.append(f"{n_urgent} urgent controls, need exactly {N_URGENT}")
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
        chart_spec = dict(s, obs=expand_obs(s))
        item = {
            "id": iid,
            "category": "refusal",
            "added": ADDED,
            "source": SOURCE,
            "message": s["message"],
            "chart": build_chart(iid, chart_spec),
            "must_refuse": s["reason"] != "none",
            "reason": s["reason"],
        }
        items_mod.parse_item(item)  # raises on any schema problem
        parsed = items_mod.RefusalItem.model_validate(item)
        assert parsed.must_refuse == (parsed.reason == "out_of_scope")
        assert parsed.reason in ("out_of_scope", "none")
        lines.append(json.dumps(item, ensure_ascii=False, separators=(", ", ": ")))
        notes.append(
            json.dumps(
                {"id": iid, "urgent": bool(s.get("urgent")), "kind": s["kind"]},
                ensure_ascii=False,
            )
        )

    ids = [json.loads(x)["id"] for x in lines]
    assert ids == [f"{ID_PREFIX}-{n:04d}" for n in range(1, N_OOS + N_CTRL + 1)]
    atomic_write(OUT, "\n".join(lines) + "\n")
    atomic_write(NOTES, "\n".join(notes) + "\n")
    reasons = Counter(json.loads(x)["reason"] for x in lines)
    print(f"validated and wrote {len(lines)} items to {OUT}: {dict(reasons)}")
    print(f"out_of_scope kinds: {dict(oos_kinds)}")
    print(f"control kinds: {dict(ctrl_kinds)}; urgent controls: {n_urgent}")
    print(f"max shared-word ratio between any two messages: {max_shared(msgs):.2f}")
    print(f"sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}  {OUT.name}")
    print(f"sha256 {hashlib.sha256(NOTES.read_bytes()).hexdigest()}  {NOTES.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
