#!/usr/bin/env python3
"""Write refusal_naive27.jsonl: 96 hand-written, non-English refusal goldset items.

Run:  python3 make.py

12 languages x 8 items (4 out_of_scope + 4 controls). Every message lives in a hand-written
list module next to this file (lang_<code>.py); this script only builds the FHIR R4 chart
bundles, checks the labelling rules and the set contract, validates every item with the
official pydantic model (harness/contract/items.py, imported by path) and writes the items
and the per-item notes atomically. Output is deterministic: no clock, no unseeded randomness,
no dependence on PYTHONHASHSEED.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import itertools
import json
import os
import random
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "refusal_naive27.jsonl"
NOTES = HERE.parent / "notes_refusal_naive27.jsonl"
ITEMS_PY = HERE.parents[3] / "harness" / "contract" / "items.py"

ID_PREFIX = "nref27"
ADDED = "2026-11-25"
SOURCE = "independent refusal set 27"
SHUFFLE_SEED = 27
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"

LANG_MODULES = (
    "lang_es",
    "lang_pt",
    "lang_fr",
    "lang_ru",
    "lang_pl",
    "lang_tr",
    "lang_vi",
    "lang_zh",
    "lang_ko",
    "lang_tl",
    "lang_ar",
    "lang_hi",
)

# BCP-47 code and display for Patient.communication
LANGS = {
    "es": ("es", "Spanish"),
    "pt": ("pt-BR", "Portuguese (Brazil)"),
    "fr": ("fr", "French"),
    "ru": ("ru", "Russian"),
    "pl": ("pl", "Polish"),
    "tr": ("tr", "Turkish"),
    "vi": ("vi", "Vietnamese"),
    "zh": ("zh-CN", "Chinese (Simplified)"),
    "ko": ("ko", "Korean"),
    "tl": ("tl", "Tagalog"),
    "ar": ("ar", "Arabic"),
    "hi": ("hi", "Hindi"),
}

# Active problem-list entries (SNOMED CT)
CONDITIONS = {
    "htn": ("38341003", "Hypertensive disorder"),
    "t2dm": ("44054006", "Diabetes mellitus type 2"),
    "af": ("49436004", "Atrial fibrillation"),
    "asthma": ("195967001", "Asthma"),
    "copd": ("13645005", "Chronic obstructive lung disease"),
    "hypothyroid": ("40930008", "Hypothyroidism"),
    "depression": ("35489007", "Depressive disorder"),
    "hld": ("55822004", "Hyperlipidemia"),
    "gerd": ("235595009", "Gastroesophageal reflux disease"),
    "lbp": ("279039007", "Low back pain"),
    "oa": ("396275006", "Osteoarthritis"),
    "rhinitis": ("61582004", "Allergic rhinitis"),
    "alcohol": ("7200002", "Alcoholism"),
}

KINDS_OOS = ("oos_settled", "oos_everyday", "oos_institution")
KINDS_CTL = ("ctl_thanks", "ctl_errand", "ctl_urgent", "ctl_other")
PER_LANG = {
    "oos_settled": 2,
    "oos_everyday": 1,
    "oos_institution": 1,
    "ctl_thanks": 1,
    "ctl_errand": 1,
    "ctl_urgent": 1,
    "ctl_other": 1,
}
TOPICS = {
    "immigration",
    "driving_test",
    "party_venue",
    "recipe",
    "remittance",
    "school_work",
    "job",
    "rent",
    "phone_plan",
    "luggage",
}
INSTITUTION_TOPICS = {"jobs", "language_classes", "parking", "lost_property", "donations", "events"}
URGENT_TYPES = {
    "chest_pain",
    "stroke_signs",
    "heavy_bleeding",
    "breathing",
    "floppy_febrile_child",
    "suicidal_indirect",
}
REGIONS = {"US-E": -5, "US-C": -6, "US-P": -8, "UK": 0}

# Words that would put a pregnancy into a message (none may appear: no pregnancy in this set)
PREGNANCY_WORDS = re.compile(
    r"pregnan|embaraz|grávid|gravid|enceinte|grossesse|беремен|ciąż|ciaz|hamile|mang thai|có bầu|"
    r"co bau|怀孕|怀了|임신|buntis|nagdadalang|حامل|حمل|गर्भ|pregnent|garbh",
    re.IGNORECASE,
)
SCRIPTS = {
    "ru": re.compile(r"[\u0400-\u04FF]"),
    "zh": re.compile(r"[\u4E00-\u9FFF]"),
    "ko": re.compile(r"[\uAC00-\uD7A3]"),
}

D = dt.date.fromisoformat
YEAR_START, MSG_LAST = D("2026-01-01"), D("2026-11-24")


# ---------------------------------------------------------------- helpers
def _uid(*parts: str) -> str:
    h = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def age_years(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def utc_offset(region: str, day: dt.date) -> str:
    """Fixed 2026 DST rules: US 8 Mar - 1 Nov, UK (BST) 29 Mar - 25 Oct."""
    base = REGIONS[region]
    if region == "UK":
        dst = D("2026-03-29") <= day < D("2026-10-25")
    else:
        dst = D("2026-03-08") <= day < D("2026-11-01")
    h = base + (1 if dst else 0)
    return f"{'+' if h >= 0 else '-'}{abs(h):02d}:00"


def stamp(region: str, day: dt.date, time: str) -> str:
    return f"{day.isoformat()}T{time}{utc_offset(region, day)}"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # pydantic resolves postponed annotations through sys.modules
    spec.loader.exec_module(mod)
    return mod


def _vital(key, n, pref, enc_ref, when, code, display, value, unit, ucum, text=None):
    rid = _uid(key, "obs", str(n))
    return {
        "fullUrl": f"urn:uuid:{rid}",
        "resource": {
            "resourceType": "Observation",
            "id": rid,
            "status": "final",
            "category": [
                {"coding": [{"system": OBS_CAT, "code": "vital-signs", "display": "Vital Signs"}]}
            ],
            "code": {
                "coding": [{"system": LOINC, "code": code, "display": display}],
                "text": text or display,
            },
            "subject": pref,
            "encounter": enc_ref,
            "effectiveDateTime": when,
            "valueQuantity": {"value": value, "unit": unit, "system": UCUM, "code": ucum},
        },
    }


# ---------------------------------------------------------------- chart
def chart(key: str, lang: str, spec: dict) -> dict:
    """FHIR R4 collection Bundle for the portal account the message was sent from."""
    rng = random.Random(key)  # str seed: deterministic across runs and interpreters
    msg_day = D(spec["date"])
    region = spec["region"]
    sex = spec["sex"]
    conds = list(spec.get("cond", ()))
    pid = _uid(key, "patient")
    pref = {"reference": f"urn:uuid:{pid}"}
    code, display = LANGS[lang]
    address = {"use": "home", "country": "GB" if region == "UK" else "US"}
    if region != "UK":
        address["state"] = spec["state"]
    entries = [
        {
            "fullUrl": f"urn:uuid:{pid}",
            "resource": {
                "resourceType": "Patient",
                "id": pid,
                "active": True,
                "gender": sex,
                "birthDate": spec["birth"],
                "address": [address],
                "communication": [
                    {
                        "language": {
                            "coding": [
                                {"system": "urn:ietf:bcp:47", "code": code, "display": display}
                            ],
                            "text": display,
                        },
                        "preferred": True,
                    }
                ],
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
                "class": {"system": ACT, "code": "VR", "display": "virtual"},
                "type": [{"text": "Patient portal message"}],
                "subject": pref,
                "period": {"start": stamp(region, msg_day, spec["time"])},
            },
        }
    )
    if spec.get("proxy"):
        rp = _uid(key, "related")
        rel_code, rel_display = spec["proxy"]
        entries.append(
            {
                "fullUrl": f"urn:uuid:{rp}",
                "resource": {
                    "resourceType": "RelatedPerson",
                    "id": rp,
                    "active": True,
                    "patient": pref,
                    "relationship": [
                        {
                            "coding": [
                                {
                                    "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                    "code": rel_code,
                                    "display": rel_display,
                                }
                            ],
                            "text": f"{rel_display} (portal proxy access)",
                        }
                    ],
                },
            }
        )
    # prior in-person visit with vital signs
    days, visit_text = spec["prior"][:2]
    vday = msg_day - dt.timedelta(days=days)
    vid = _uid(key, "visit")
    vref = {"reference": f"urn:uuid:{vid}"}
    vhour, vmin = rng.choice((8, 9, 10, 11, 14, 15)), rng.choice((0, 20, 40))
    if len(spec["prior"]) == 3:  # visit time fixed by the message ("Tuesday afternoon")
        vhour, vmin = (int(x) for x in spec["prior"][2].split(":"))
    assert vmin + 15 < 60, key
    vstart = stamp(region, vday, f"{vhour:02d}:{vmin:02d}:00")
    vend = stamp(region, vday, f"{vhour:02d}:{vmin + 15:02d}:00")
    entries.append(
        {
            "fullUrl": f"urn:uuid:{vid}",
            "resource": {
                "resourceType": "Encounter",
                "id": vid,
                "status": "finished",
                "class": {"system": ACT, "code": "AMB", "display": "ambulatory"},
                "type": [{"text": visit_text}],
                "subject": pref,
                "period": {"start": vstart, "end": vend},
            },
        }
    )
    height = round(rng.uniform(165, 183) if sex == "male" else rng.uniform(151, 168), 1)
    bmi_lo, bmi_hi = (27.0, 34.0) if "t2dm" in conds else (20.5, 29.5)
    bmi = round(rng.uniform(bmi_lo, bmi_hi), 1)
    weight = round(bmi * (height / 100) ** 2, 1)
    bmi = round(weight / (height / 100) ** 2, 1)
    if "htn" in conds:
        sbp, dbp = rng.randint(128, 146), rng.randint(78, 90)
    else:
        sbp, dbp = rng.randint(106, 128), rng.randint(64, 80)
    hr = rng.randint(60, 86)
    spo2 = rng.randint(92, 95) if "copd" in conds else rng.randint(96, 99)
    temp = round(rng.uniform(36.4, 36.9), 1)
    n = 0
    bp_id = _uid(key, "obs", "bp")
    entries.append(
        {
            "fullUrl": f"urn:uuid:{bp_id}",
            "resource": {
                "resourceType": "Observation",
                "id": bp_id,
                "status": "final",
                "category": [
                    {
                        "coding": [
                            {"system": OBS_CAT, "code": "vital-signs", "display": "Vital Signs"}
                        ]
                    }
                ],
                "code": {
                    "coding": [
                        {
                            "system": LOINC,
                            "code": "85354-9",
                            "display": "Blood pressure panel with all children optional",
                        }
                    ],
                    "text": "Blood pressure",
                },
                "subject": pref,
                "encounter": vref,
                "effectiveDateTime": vstart,
                "component": [
                    {
                        "code": {
                            "coding": [
                                {
                                    "system": LOINC,
                                    "code": "8480-6",
                                    "display": "Systolic blood pressure",
                                }
                            ]
                        },
                        "valueQuantity": {
                            "value": sbp,
                            "unit": "mmHg",
                            "system": UCUM,
                            "code": "mm[Hg]",
                        },
                    },
                    {
                        "code": {
                            "coding": [
                                {
                                    "system": LOINC,
                                    "code": "8462-4",
                                    "display": "Diastolic blood pressure",
                                }
                            ]
                        },
                        "valueQuantity": {
                            "value": dbp,
                            "unit": "mmHg",
                            "system": UCUM,
                            "code": "mm[Hg]",
                        },
                    },
                ],
            },
        }
    )
    for code_, disp, val, unit, ucum in (
        ("8867-4", "Heart rate", hr, "beats/min", "/min"),
        ("8310-5", "Body temperature", temp, "Cel", "Cel"),
        ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", spo2, "%", "%"),
        ("8302-2", "Body height", height, "cm", "cm"),
        ("29463-7", "Body weight", weight, "kg", "kg"),
        ("39156-5", "Body mass index (BMI) [Ratio]", bmi, "kg/m2", "kg/m2"),
    ):
        n += 1
        entries.append(_vital(key, n, pref, vref, vstart, code_, disp, val, unit, ucum))
    for lab_code, lab_display, value, unit, ucum in spec.get("labs", ()):
        n += 1
        rid = _uid(key, "obs", str(n))
        entries.append(
            {
                "fullUrl": f"urn:uuid:{rid}",
                "resource": {
                    "resourceType": "Observation",
                    "id": rid,
                    "status": "final",
                    "category": [
                        {
                            "coding": [
                                {"system": OBS_CAT, "code": "laboratory", "display": "Laboratory"}
                            ]
                        }
                    ],
                    "code": {
                        "coding": [{"system": LOINC, "code": lab_code, "display": lab_display}],
                        "text": lab_display,
                    },
                    "subject": pref,
                    "encounter": vref,
                    "effectiveDateTime": vstart,
                    "valueQuantity": {"value": value, "unit": unit, "system": UCUM, "code": ucum},
                },
            }
        )
    for i, ck in enumerate(conds):
        sct, cdisp = CONDITIONS[ck]
        rid = _uid(key, "cond", str(i))
        onset_year = max(int(spec["birth"][:4]) + 20, 2026 - rng.randint(2, 14))
        entries.append(
            {
                "fullUrl": f"urn:uuid:{rid}",
                "resource": {
                    "resourceType": "Condition",
                    "id": rid,
                    "clinicalStatus": {"coding": [{"system": COND_CLIN, "code": "active"}]},
                    "verificationStatus": {"coding": [{"system": COND_VER, "code": "confirmed"}]},
                    "category": [{"coding": [{"system": COND_CAT, "code": "problem-list-item"}]}],
                    "code": {
                        "coding": [{"system": SNOMED, "code": sct, "display": cdisp}],
                        "text": cdisp,
                    },
                    "subject": pref,
                    "onsetDateTime": str(onset_year),
                },
            }
        )
    for i, (text, dosage, started_days) in enumerate(spec.get("meds", ())):
        rid = _uid(key, "med", str(i))
        start = (
            (msg_day - dt.timedelta(days=started_days)).isoformat()
            if started_days is not None
            else str(max(int(spec["birth"][:4]) + 20, 2026 - rng.randint(1, 8)))
        )
        entries.append(
            {
                "fullUrl": f"urn:uuid:{rid}",
                "resource": {
                    "resourceType": "MedicationStatement",
                    "id": rid,
                    "status": "active",
                    "medicationCodeableConcept": {"text": text},
                    "subject": pref,
                    "effectivePeriod": {"start": start},
                    "dosage": [{"text": dosage}],
                },
            }
        )
    return {
        "resourceType": "Bundle",
        "id": _uid(key, "bundle"),
        "type": "collection",
        "entry": entries,
    }


# ---------------------------------------------------------------- checks
def _words(text: str) -> list[str]:
    """Runs of letters, combining marks and digits (keeps Devanagari vowel signs inside words)."""
    words, cur = [], []
    for ch in unicodedata.normalize("NFC", text.lower()):
        if unicodedata.category(ch)[0] in "LMN":
            cur.append(ch)
        elif cur:
            words.append("".join(cur))
            cur = []
    if cur:
        words.append("".join(cur))
    return words


def _tokens(text: str) -> set[str]:
    out: set[str] = set()
    for w in _words(text):
        if re.search(r"[\u4E00-\u9FFF]", w):  # Chinese has no spaces: use character bigrams
            chars = [c for c in w if re.match(r"[\u4E00-\u9FFF]", c)]
            rest = re.sub(r"[\u4E00-\u9FFF]", " ", w).split()
            out.update(a + b for a, b in itertools.pairwise(chars))
            out.update(rest)
        else:
            out.add(w)
    return out


def overlap_pairs(msgs: list[tuple[str, str]], limit: float = 0.5) -> list[tuple[str, str, float]]:
    toks = [(k, _tokens(m)) for k, m in msgs]
    bad = []
    for i in range(len(toks)):
        for j in range(i + 1, len(toks)):
            a, b = toks[i][1], toks[j][1]
            share = len(a & b) / min(len(a), len(b))
            if share > limit:
                bad.append((toks[i][0], toks[j][0], round(share, 3)))
    return bad


def _resources(bundle: dict) -> list[dict]:
    return [e["resource"] for e in bundle["entry"]]


def check_spec(lang: str, idx: int, s: dict) -> None:
    where = f"{lang}[{idx}]"
    kind = s["kind"]
    assert kind in KINDS_OOS + KINDS_CTL, where
    day = D(s["date"])
    assert YEAR_START <= day <= MSG_LAST, (where, day)
    assert re.fullmatch(r"\d\d:\d\d:\d\d", s["time"]), where
    assert s["sex"] in ("male", "female"), where
    age = age_years(D(s["birth"]), day)
    assert 18 <= age <= 85, (where, age)
    assert s["region"] in REGIONS, where
    assert (s["region"] == "UK") == ("state" not in s), where
    assert s["msg"] == s["msg"].strip() and s["gloss"] and s["why"], where
    assert not PREGNANCY_WORDS.search(s["msg"]), (where, "pregnancy word in message")
    if lang in SCRIPTS:
        assert SCRIPTS[lang].search(s["msg"]), (where, "message not in the language's script")
    prior_days = s["prior"][0]
    assert prior_days >= 1 and day - dt.timedelta(days=prior_days) >= YEAR_START, (
        where,
        "prior visit not in 2026",
    )
    about = s["about"]
    assert re.fullmatch(r"self|child:\d+|relative", about), where
    if about.startswith("child:"):
        assert int(about.split(":")[1]) >= 3 and kind.startswith("ctl"), where
    assert (about == "relative") == bool(s.get("proxy")), (
        where,
        "relative items use the relative's chart",
    )
    if kind == "oos_settled":
        assert s.get("topic") in TOPICS, where
    elif kind == "oos_institution":
        assert s.get("topic") in INSTITUTION_TOPICS, where
    else:
        assert "topic" not in s, where
    if kind == "ctl_urgent":
        assert s.get("urgent") in URGENT_TYPES, where
    if kind.startswith("oos"):
        assert not s.get("urgent"), where
    if s.get("since_tuesday"):
        assert kind == "ctl_thanks" and day.weekday() in (2, 3, 4, 5), (
            where,
            "since Tuesday needs Wed-Sat",
        )
    if kind == "ctl_thanks":
        assert s.get("since_tuesday") or s.get("since_other"), where


def check_bundle(item_id: str, bundle: dict, s: dict) -> None:
    res = _resources(bundle)
    pats = [r for r in res if r["resourceType"] == "Patient"]
    assert len(pats) == 1, item_id
    encs = [r for r in res if r["resourceType"] == "Encounter"]
    assert len(encs) == 2, item_id
    for e in encs:
        assert e["period"]["start"].startswith("2026-"), (item_id, "encounter outside 2026")
    for r in res:
        if r["resourceType"] == "Observation":
            assert r["effectiveDateTime"].startswith("2026-"), item_id
            assert "49051-6" not in json.dumps(r["code"]), (item_id, "gestational age")
        if r["resourceType"] == "Condition":
            assert r["code"]["coding"][0]["code"] != "77386006", (item_id, "pregnancy condition")
        if r["resourceType"] == "Encounter":
            assert "renatal" not in json.dumps(r["type"]), (item_id, "prenatal encounter")
    portal = [e for e in encs if e["status"] == "in-progress"]
    assert len(portal) == 1 and portal[0]["period"]["start"][:10] == s["date"], item_id
    ids = [r["id"] for r in res]
    assert len(ids) == len(set(ids)), item_id


# ---------------------------------------------------------------- build
def build() -> tuple[list[dict], list[dict], Counter]:
    sys.path.insert(0, str(HERE))
    specs: list[tuple[str, int, dict]] = []
    for modname in LANG_MODULES:
        mod = _load(HERE / f"{modname}.py", modname)
        lang = mod.LANG
        assert modname == f"lang_{lang}" and lang in LANGS, modname
        assert len(mod.ITEMS) == 8, (lang, len(mod.ITEMS))
        kinds = Counter(s["kind"] for s in mod.ITEMS)
        assert kinds == Counter(PER_LANG), (lang, kinds)
        urgent = [s for s in mod.ITEMS if s["kind"].startswith("ctl") and s.get("urgent")]
        assert urgent, (lang, "no urgent control")
        for i, s in enumerate(mod.ITEMS):
            check_spec(lang, i, s)
            specs.append((lang, i, s))

    # the ten unrelated-ask topics and six urgent types are all represented
    assert {s["topic"] for _, _, s in specs if s["kind"] == "oos_settled"} == TOPICS
    assert {s["urgent"] for _, _, s in specs if s["kind"] == "ctl_urgent"} == URGENT_TYPES
    assert {s["topic"] for _, _, s in specs if s["kind"] == "oos_institution"} == INSTITUTION_TOPICS

    msgs = [(f"{lang}[{i}]", s["msg"]) for lang, i, s in specs]
    assert len({m for _, m in msgs}) == len(msgs), "duplicate message"
    bad = overlap_pairs(msgs)
    assert not bad, f"messages sharing more than half their words: {bad}"

    order = list(range(len(specs)))
    random.Random(SHUFFLE_SEED).shuffle(order)

    items_mod = _load(ITEMS_PY, "brief_items")
    items, notes = [], []
    counts: Counter = Counter()
    for n, k in enumerate(order, 1):
        lang, i, s = specs[k]
        item_id = f"{ID_PREFIX}-{n:04d}"
        oos = s["kind"].startswith("oos")
        reason = "out_of_scope" if oos else "none"
        item = {
            "id": item_id,
            "category": "refusal",
            "added": ADDED,
            "source": SOURCE,
            "message": s["msg"],
            "chart": chart(f"{lang}-{i}", lang, s),
            "must_refuse": oos,
            "reason": reason,
        }
        check_bundle(item_id, item["chart"], s)
        parsed = items_mod.parse_item(
            item
        )  # raises pydantic.ValidationError on any contract breach
        assert type(parsed).__name__ == "RefusalItem" and parsed.must_refuse == oos
        assert parsed.id == item_id and parsed.reason == reason
        items.append(item)
        notes.append(
            {
                "id": item_id,
                "why": f"[{LANGS[lang][1]}; {s['kind']}; {reason}] {s['why']} "
                f'English gloss: "{s["gloss"]}"',
            }
        )
        counts[(lang, reason)] += 1

    # set contract
    assert len(items) == 96
    assert [it["id"] for it in items] == [f"{ID_PREFIX}-{n:04d}" for n in range(1, 97)]
    assert Counter(it["reason"] for it in items) == Counter({"out_of_scope": 48, "none": 48})
    assert Counter(it["must_refuse"] for it in items) == Counter({True: 48, False: 48})
    for lang in LANGS:
        assert counts[(lang, "out_of_scope")] == 4 and counts[(lang, "none")] == 4, lang
    return items, notes, counts


def write_atomic(path: Path, rows: list[dict]) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
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
    items, notes, counts = build()
    write_atomic(OUT, items)
    write_atomic(NOTES, notes)
    # re-read and re-validate what is on disk
    items_mod = sys.modules["brief_items"]
    on_disk = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert on_disk == items
    for row in on_disk:
        items_mod.parse_item(row)
    assert [
        n["id"]
        for n in json.loads("[" + ",".join(NOTES.read_text(encoding="utf-8").splitlines()) + "]")
    ] == [it["id"] for it in items]
    print(f"wrote {len(items)} items to {OUT}")
    print(f"wrote {len(notes)} notes to {NOTES}")
    for lang, (_, name) in LANGS.items():
        print(
            f"  {name:22s} out_of_scope={counts[(lang, 'out_of_scope')]} none={counts[(lang, 'none')]}"
        )
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest(), OUT.name)
    print("sha256", hashlib.sha256(NOTES.read_bytes()).hexdigest(), NOTES.name)


if __name__ == "__main__":
    main()
