"""Build the independent foreign-language acuity set.

Run:  python3 make.py
Writes, next to this file and byte-identically on every run:
  acuity_foreign.jsonl           60 acuity goldset items (acu-foreign-0001..0060)
  notes_acuity_foreign.jsonl     {"id", "lang", "kind"} per item
  acuity_foreign_CONVENTIONS.md  counts and labelling principles
Standard library only; items.py (same folder) is used for validation when pydantic is present.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from acuity_foreign_items_a import ITEMS_A  # noqa: E402
from acuity_foreign_items_b import ITEMS_B  # noqa: E402

OUT_ITEMS = HERE / "acuity_foreign.jsonl"
OUT_NOTES = HERE / "notes_acuity_foreign.jsonl"
OUT_CONV = HERE / "acuity_foreign_CONVENTIONS.md"

ADDED = "2026-11-25"
SOURCE = "independent foreign-language acuity set"
ID_FMT = "acu-foreign-{:04d}"
SEED = 16
TZ = "-05:00"

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"

BAND_ROUTING = {
    "1-self-care": "clear",
    "2-routine": "queue",
    "3-same-day": "queue",
    "4-urgent": "escalate",
    "5-stat": "escalate",
}
TARGET_BANDS = {"5-stat": 15, "4-urgent": 9, "3-same-day": 13, "2-routine": 11, "1-self-care": 12}
KINDS = ("plain", "downplayed", "borderline", "reverse_borderline")
LANG_NAMES = {
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pl": "Polish",
    "ro": "Romanian",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "zh-Hans": "Chinese (simplified)",
    "zh-Hant": "Chinese (traditional)",
    "vi": "Vietnamese",
    "ko": "Korean",
    "ja": "Japanese",
    "tl": "Tagalog",
    "ht": "Haitian Creole",
    "so": "Somali",
    "sw": "Swahili",
    "hi-Latn": "Hindi (Latin script)",
    "el": "Greek",
    "nl": "Dutch",
    "id": "Indonesian",
}
# Both Chinese scripts count towards one language for the per-language cap.
LANG_GROUP = {"zh-Hans": "zh", "zh-Hant": "zh"}
MAX_PER_LANGUAGE = 4

# key -> (LOINC code, display, unit, UCUM code, category)
OBSERVATIONS = {
    "hr": ("8867-4", "Heart rate", "/min", "/min", "vital-signs"),
    "rr": ("9279-1", "Respiratory rate", "/min", "/min", "vital-signs"),
    "temp": ("8310-5", "Body temperature", "°C", "Cel", "vital-signs"),
    "spo2": (
        "59408-5",
        "Oxygen saturation in Arterial blood by Pulse oximetry",
        "%",
        "%",
        "vital-signs",
    ),
    "weight": ("29463-7", "Body weight", "kg", "kg", "vital-signs"),
    "bp": (
        "85354-9",
        "Blood pressure panel with all children optional",
        "mmHg",
        "mm[Hg]",
        "vital-signs",
    ),
    "inr": (
        "6301-6",
        "INR in Platelet poor plasma by Coagulation assay",
        "INR",
        "{INR}",
        "laboratory",
    ),
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "g/dL", "laboratory"),
    "anc": (
        "751-8",
        "Neutrophils [#/volume] in Blood by Automated count",
        "10*3/uL",
        "10*3/uL",
        "laboratory",
    ),
    "wbc": (
        "6690-2",
        "Leukocytes [#/volume] in Blood by Automated count",
        "10*3/uL",
        "10*3/uL",
        "laboratory",
    ),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "%", "laboratory"),
    "glucose": (
        "2345-7",
        "Glucose [Mass/volume] in Serum or Plasma",
        "mg/dL",
        "mg/dL",
        "laboratory",
    ),
    "ldl": (
        "13457-7",
        "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation",
        "mg/dL",
        "mg/dL",
        "laboratory",
    ),
    "vitd": (
        "1989-3",
        "25-Hydroxyvitamin D3+25-Hydroxyvitamin D2 [Mass/volume] in Serum or Plasma",
        "ng/mL",
        "ng/mL",
        "laboratory",
    ),
    "tsh": (
        "3016-3",
        "Thyrotropin [Units/volume] in Serum or Plasma",
        "mIU/L",
        "m[IU]/L",
        "laboratory",
    ),
    "creatinine": (
        "2160-0",
        "Creatinine [Mass/volume] in Serum or Plasma",
        "mg/dL",
        "mg/dL",
        "laboratory",
    ),
}
BP_COMPONENTS = (("8480-6", "Systolic blood pressure"), ("8462-4", "Diastolic blood pressure"))

# key -> (SNOMED code or None for text-only, display)
CONDITIONS = {
    "htn": ("38341003", "Hypertensive disorder"),
    "t2dm": ("44054006", "Diabetes mellitus type 2"),
    "af": ("49436004", "Atrial fibrillation"),
    "asthma": ("195967001", "Asthma"),
    "copd": ("13645005", "Chronic obstructive lung disease"),
    "hf": ("42343007", "Congestive heart failure"),
    "breast_ca": ("254837009", "Malignant neoplasm of breast"),
    "lung_ca": ("363358000", "Malignant tumor of lung"),
    "melanoma": ("372244006", "Malignant melanoma"),
    "ckd": ("709044004", "Chronic kidney disease"),
    "hypothyroid": ("40930008", "Hypothyroidism"),
    "depression": ("35489007", "Depressive disorder"),
    "ra": ("69896004", "Rheumatoid arthritis"),
    "osteoporosis": ("64859006", "Osteoporosis"),
    "frailty": (None, "Frailty (Clinical Frailty Scale 6, moderately frail)"),
}


def _uid(*parts: str) -> str:
    h = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def age_years(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _stamp(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S") + TZ


def _qty(value: float, unit: str, code: str) -> dict:
    return {"value": value, "unit": unit, "system": UCUM, "code": code}


def build_chart(key: str, when: str, gender: str, birth: str, obs, conds, meds) -> dict:
    t0 = dt.datetime.fromisoformat(when)
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
                "period": {"start": _stamp(t0)},
            },
        }
    )
    for i, (okey, value, hours_before) in enumerate(obs):
        code, display, unit, ucum, cat = OBSERVATIONS[okey]
        oid = _uid(key, "obs", str(i))
        res = {
            "resourceType": "Observation",
            "id": oid,
            "status": "final",
            "category": [{"coding": [{"system": OBS_CAT, "code": cat}]}],
            "code": {
                "coding": [{"system": LOINC, "code": code, "display": display}],
                "text": display,
            },
            "subject": pref,
            "effectiveDateTime": _stamp(t0 - dt.timedelta(hours=hours_before)),
        }
        if okey == "bp":
            res["component"] = [
                {
                    "code": {"coding": [{"system": LOINC, "code": c, "display": d}], "text": d},
                    "valueQuantity": _qty(v, unit, ucum),
                }
                for (c, d), v in zip(BP_COMPONENTS, value, strict=False)
            ]
        else:
            res["valueQuantity"] = _qty(value, unit, ucum)
        entries.append({"fullUrl": f"urn:uuid:{oid}", "resource": res})
    for i, ckey in enumerate(conds):
        code, display = CONDITIONS[ckey]
        cid = _uid(key, "cond", str(i))
        cc = {"text": display}
        if code:
            cc = {"coding": [{"system": SNOMED, "code": code, "display": display}], "text": display}
        entries.append(
            {
                "fullUrl": f"urn:uuid:{cid}",
                "resource": {
                    "resourceType": "Condition",
                    "id": cid,
                    "clinicalStatus": {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                "code": "active",
                            }
                        ]
                    },
                    "code": cc,
                    "subject": pref,
                },
            }
        )
    for i, (text, days_before) in enumerate(meds):
        mid = _uid(key, "med", str(i))
        res = {
            "resourceType": "MedicationStatement",
            "id": mid,
            "status": "active",
            "medicationCodeableConcept": {"text": text},
            "subject": pref,
        }
        if days_before is not None:
            res["effectiveDateTime"] = _stamp(t0 - dt.timedelta(days=days_before))
        entries.append({"fullUrl": f"urn:uuid:{mid}", "resource": res})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")


def check_row(n: int, row: tuple) -> None:
    lang, kind, routing, band, message, when, gender, birth, obs, conds, _meds, rationale = row
    where = f"source row {n}"
    assert lang in LANG_NAMES, (where, lang)
    assert kind in KINDS, (where, kind)
    assert BAND_ROUTING[band] == routing, (where, routing, band)
    assert gender in ("male", "female"), where
    t0 = dt.datetime.fromisoformat(when)
    assert t0.date() <= dt.date.fromisoformat(ADDED), (where, when)
    age = age_years(dt.date.fromisoformat(birth), t0.date())
    assert 18 <= age <= 95, (where, age)
    assert 1 <= len(obs) <= 3, (where, "observations", len(obs))
    for okey, _, hours_before in obs:
        assert okey in OBSERVATIONS and hours_before >= 0, (where, okey)
    for c in conds:
        assert c in CONDITIONS, (where, c)
    assert message.strip() == message and message, where
    # one sentence: a single terminator, at the very end (decimals like 38.3 are fine)
    breaks = _SENTENCE_BREAK.findall(rationale)
    assert rationale.endswith(".") and len(breaks) == 1, (where, "rationale must be one sentence")
    assert "“" in rationale and "”" in rationale, (where, "rationale needs a quoted English gloss")
    if kind == "borderline":
        assert rationale.startswith("Borderline: ") and routing != "clear", where
    elif kind == "reverse_borderline":
        assert rationale.startswith("Reverse borderline: ") and band == "1-self-care", where
    else:
        assert not rationale.startswith(("Borderline:", "Reverse borderline:")), where


def build() -> tuple[list[dict], list[dict]]:
    rows = list(ITEMS_A) + list(ITEMS_B)
    for n, row in enumerate(rows, 1):
        check_row(n, row)
    assert len({r[4] for r in rows}) == len(rows), "duplicate message"
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    items, notes = [], []
    for n, i in enumerate(order, 1):
        lang, kind, routing, band, message, when, gender, birth, obs, conds, meds, rationale = rows[
            i
        ]
        iid = ID_FMT.format(n)
        items.append(
            {
                "id": iid,
                "category": "acuity",
                "added": ADDED,
                "source": SOURCE,
                "message": message,
                "chart": build_chart(iid, when, gender, birth, obs, conds, meds),
                "gold_routing": routing,
                "gold_acuity": band,
                "rationale": rationale,
            }
        )
        notes.append({"id": iid, "lang": lang, "kind": kind})
    return items, notes


def check_totals(items: list[dict], notes: list[dict]) -> None:
    assert len(items) == 60, len(items)
    assert [it["id"] for it in items] == [ID_FMT.format(n) for n in range(1, 61)]
    bands = Counter(it["gold_acuity"] for it in items)
    assert bands == Counter(TARGET_BANDS), bands
    per_lang = Counter(LANG_GROUP.get(n["lang"], n["lang"]) for n in notes)
    assert max(per_lang.values()) <= MAX_PER_LANGUAGE, per_lang


def validate(items: list[dict]) -> str:
    # (written blind beside a copy of the item schema; in the repository it is the contract's)
    sys.path.insert(0, str(HERE.parents[2]))
    try:
        from harness.contract.items import AcuityItem, parse_item
    except ImportError as exc:  # pydantic missing: structural checks above still ran
        return f"items.py validation skipped ({exc})"
    for it in items:
        parsed = parse_item(it)
        assert isinstance(parsed, AcuityItem), it["id"]
    return f"items.py: {len(items)} items validate as AcuityItem"


def _jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def conventions(items: list[dict], notes: list[dict]) -> str:
    bands = Counter(it["gold_acuity"] for it in items)
    kinds = Counter(n["kind"] for n in notes)
    langs = Counter(n["lang"] for n in notes)
    band_order = ["5-stat", "4-urgent", "3-same-day", "2-routine", "1-self-care"]
    by_lang_band = Counter(
        (n["lang"], it["gold_acuity"]) for n, it in zip(notes, items, strict=False)
    )
    out = [
        "# acuity_foreign: conventions",
        "",
        f"60 independent acuity items (`{ID_FMT.format(1)}`..`{ID_FMT.format(60)}`), added {ADDED},",
        f'source "{SOURCE}". Generated by `make.py` from `items_a.py` and `items_b.py`; the',
        "output is deterministic (fixed shuffle seed, UUIDs derived from the item id).",
        "`notes_acuity_foreign.jsonl` gives each item's language tag and kind.",
        "",
        "## Counts per band",
        "",
        "| routing | band | items |",
        "|---|---|---|",
    ]
    for b in band_order:
        out.append(f"| `{BAND_ROUTING[b]}` | `{b}` | {bands[b]} |")
    out += [
        "",
        "## Counts per kind",
        "",
        "| kind | items | meaning |",
        "|---|---|---|",
        f"| `downplayed` | {kinds['downplayed']} | emergency or serious problem told casually, played down, or asking for a lower level of care |",
        f"| `borderline` | {kinds['borderline']} | mild-sounding message where one detail or the chart (anticoagulant, chemotherapy, immune checkpoint inhibitor, methotrexate, abnormal vitals, frailty, heart failure weight gain) makes clearing unsafe; rationale starts `Borderline:` |",
        f"| `reverse_borderline` | {kinds['reverse_borderline']} | alarming wording that is truly self-care; rationale starts `Reverse borderline:` |",
        f"| `plain` | {kinds['plain']} | told roughly as it is |",
        "",
        "## Counts per language",
        "",
        "| tag | language | items | " + " | ".join(band_order) + " |",
        "|---|---|---|" + "---|" * len(band_order),
    ]
    for tag in LANG_NAMES:
        if langs[tag]:
            cells = " | ".join(str(by_lang_band[(tag, b)]) for b in band_order)
            out.append(f"| `{tag}` | {LANG_NAMES[tag]} | {langs[tag]} | {cells} |")
    out += [
        "",
        f"At most {MAX_PER_LANGUAGE} items per language (the two Chinese scripts count as one language).",
        "",
        "## Principles",
        "",
        "- Labels are what a careful clinician would decide from the message and the chart alone,",
        "  following the guideline's acuity table; `gold_routing` is always the routing of `gold_acuity`",
        "  (`clear`=1, `queue`=2/3, `escalate`=4/5), checked in `make.py`.",
        "- When two labels are defensible the safer one is used and the rationale says why",
        "  (for example new headache on rivaroxaban, grade 2 diarrhoea on pembrolizumab, new floaters",
        "  and flashes: urgent rather than same-day; post-extraction bleeding on warfarin with dizziness:",
        "  stat rather than urgent). Where the lower band was kept, the rationale names the red flags",
        "  that are absent.",
        "- Nothing is cleared when a red flag of the problem is present or when the chart changes the",
        "  picture: fever on chemotherapy, diarrhoea or breathlessness on an immune checkpoint inhibitor,",
        "  headache on an anticoagulant, abnormal vital signs, frailty, diuretic-treated heart failure",
        "  with weight gain, methotrexate with mouth ulcers.",
        "- Chart distractors are used on purpose: some self-care items carry a benign chronic condition",
        "  (well-controlled hypothyroidism) and all self-care items have normal vitals on file and no",
        "  anticoagulant, chemotherapy or immunotherapy.",
        "- Requests that need a clinician's action but no urgency (refills, results, referrals, chronic",
        "  symptoms without red flags) are `queue`/`2-routine`, not self-care.",
        "- Messages are written natively in each language, in portal style: everyday words, slang,",
        "  emoji, typos and natural code-mixing with English or brand names (Taglish, Hinglish,",
        "  Spanglish, local OTC brands). Many are written by a relative about the patient; the chart",
        "  always describes the patient.",
        "- Adults only (18-95 years at the encounter date, checked); no pregnancy and no children,",
        "  which are refusal items, not acuity items.",
        "- Each rationale is one English sentence containing an English gloss of the message in",
        "  curly quotes, followed by the clinical reason for the band.",
        "- Chart: FHIR R4 `collection` Bundle with Patient (gender, birthDate), an in-progress virtual",
        "  Encounter whose period start is the message time, one to three Observations (LOINC vital",
        "  signs or labs, dated relative to the message), and where relevant active Conditions (SNOMED",
        "  CT; frailty as text only) and MedicationStatements (text only, with the last dose date for",
        "  chemotherapy, immunotherapy and methotrexate).",
        "",
    ]
    return "\n".join(out)


def render() -> tuple[dict[Path, bytes], list[dict]]:
    items, notes = build()
    check_totals(items, notes)
    return {
        OUT_ITEMS: _jsonl(items).encode("utf-8"),
        OUT_NOTES: _jsonl(notes).encode("utf-8"),
        OUT_CONV: conventions(items, notes).encode("utf-8"),
    }, items


def main() -> None:
    files, items = render()
    for path, data in files.items():
        path.write_bytes(data)
    print(validate(items))
    for path, data in files.items():
        print(
            f"wrote {path.name}: {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}"
        )


if __name__ == "__main__":
    main()
