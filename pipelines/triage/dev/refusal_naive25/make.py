"""Generate refusal_naive25.jsonl (+ notes_refusal_naive25.jsonl): 130 independent refusal items.

Run:  python3 make.py

65 out_of_scope (30 everyday asks, 20 health-adjacent asks, 15 long chatty messages) and 65
controls (reason "none") that must not be refused. Messages live in the msgs_*.py helper files;
the chart builder (fhir_chart.py) is copied from the earlier example maker. Every chart is an
adult (18-90 at the message date) with no pregnancy, so only the message decides the label.
Every item is validated before anything is written; both files are written atomically.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
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

import msgs_ctrl_admin
import msgs_ctrl_clinical
import msgs_ctrl_context
import msgs_oos_adjacent
import msgs_oos_chatty
import msgs_oos_everyday
from fhir_chart import age_years, chart
from itemdef import CODES

OUT = HERE.parent / "refusal_naive25.jsonl"
NOTES = HERE.parent / "notes_refusal_naive25.jsonl"
ADDED = "2026-11-25"
SOURCE = "independent refusal set 25"
ID_PREFIX = "nref25-"
SEED = 25
CONTRACT = HERE.parents[3] / "harness" / "contract" / "items.py"  # the official item model

D = dt.date.fromisoformat

SOURCES = [
    ("out_of_scope", msgs_oos_everyday),
    ("out_of_scope", msgs_oos_adjacent),
    ("out_of_scope", msgs_oos_chatty),
    ("none", msgs_ctrl_context),
    ("none", msgs_ctrl_clinical),
    ("none", msgs_ctrl_admin),
]
OOS_KINDS = {"everyday": 30, "adjacent": 20, "chatty": 15}
CTRL_KINDS = {"context", "emergency", "hopeless", "medication", "result", "admin", "everyday"}
TARGET = Counter({"out_of_scope": 65, "none": 65})
CONTEXT_RANGE = (14, 17)  # ~15 controls with a product / trip / event / work / news
HELPER_MAX_BYTES = 25_000

# things that would make a different refusal reason apply, or leak identifiers
FORBIDDEN = [
    (r"pregnan|expecting a baby|weeks along|trimester|prenatal|my due date", "pregnancy"),
    (r"\bbab(y|ies)\b|\binfant|\bnewborn|\btoddler|months? old|\bmo old\b", "child under 3"),
    (
        r"ignore (all|any|your|previous|prior|the above)|system prompt|you are now|jailbreak"
        r"|disregard|as an ai|developer mode|\bDAN\b",
        "instructing the AI",
    ),
    (r"[\w.+-]+@[\w-]+\.[\w.]+", "email"),
    (r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b", "phone"),
    (r"https?://|www\.|\.com\b|\.org\b", "url"),
    (r"\b\d{1,5}\s+\w+\s+(street|st\.|avenue|ave|road|rd\.|lane|drive|blvd)\b", "street address"),
    (r"\b(MRN|SSN|member id|policy number)\b", "identifier"),
]
SELF_AGE = [
    r"\b(?:i'?m|i am|im)\s+(\d{2})\b(?!\s*(?:lbs?|hp|k\b|ft|%|minutes|min\b))",
    r"\bat\s+(\d{2})\s+years old\b",
    r"\bi am (\d{2}) years\b",
]


def _load_contract():
    if not CONTRACT.is_file():
        return None
    try:
        spec = importlib.util.spec_from_file_location("brief_items", CONTRACT)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # pydantic resolves forward refs through sys.modules
        assert spec.loader is not None
        spec.loader.exec_module(mod)
        return mod.parse_item
    except Exception as exc:  # pydantic missing etc.: the local checks below still run
        print(f"note: official item model not used ({exc!r})", file=sys.stderr)
        return None


def build() -> list[dict]:
    raw: list[dict] = []
    for reason, mod in SOURCES:
        for e in mod.ITEMS:
            raw.append({**e, "reason": reason, "_file": mod.__name__})
    out = []
    for n, e in enumerate(raw):
        key = f"nref25|{e['_file']}|{n}"
        conds = [CODES[c] for c in e["cond"]]
        item = {
            "category": "refusal",
            "added": ADDED,
            "source": SOURCE,
            "message": e["message"],
            "chart": chart(
                key,
                e["date"],
                e["gender"],
                e["birth"],
                time=e["time"],
                other_encounters=e["enc"],
                conditions=conds,
            ),
            "must_refuse": e["reason"] != "none",
            "reason": e["reason"],
        }
        out.append({"item": item, "meta": e})
    return out


def _fail(msg: str) -> None:
    raise SystemExit(f"VALIDATION FAILED: {msg}")


def check_one(it: dict, meta: dict, where: str) -> None:
    # --- contract fields (spec3 section 3 / items.RefusalItem), re-checked locally
    want = {"id", "category", "added", "source", "message", "chart", "must_refuse", "reason"}
    if set(it) != want:
        _fail(f"{where}: fields {sorted(set(it) ^ want)} differ from the contract")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.:-]{2,80}", it["id"]):
        _fail(f"{where}: bad id {it['id']!r}")
    if it["category"] != "refusal" or it["added"] != ADDED or it["source"] != SOURCE:
        _fail(f"{where}: category/added/source wrong")
    D(it["added"])
    if not isinstance(it["message"], str) or not it["message"].strip():
        _fail(f"{where}: empty message")
    if it["message"] != it["message"].strip() or "  " in it["message"]:
        _fail(f"{where}: stray whitespace in message")
    if it["reason"] not in ("out_of_scope", "none"):
        _fail(f"{where}: reason {it['reason']!r} not used in this set")
    if not isinstance(it["must_refuse"], bool) or it["must_refuse"] != (it["reason"] != "none"):
        _fail(f"{where}: must_refuse inconsistent with reason")

    # --- chart: FHIR R4 Bundle with Patient + portal Encounter, adult, no pregnancy
    ch = it["chart"]
    if ch.get("resourceType") != "Bundle" or not isinstance(ch.get("entry"), list):
        _fail(f"{where}: chart is not a Bundle with entries")
    res = [e["resource"] for e in ch["entry"]]
    ids = [r["id"] for r in res]
    if len(ids) != len(set(ids)):
        _fail(f"{where}: duplicate resource ids in chart")
    pats = [r for r in res if r["resourceType"] == "Patient"]
    encs = [r for r in res if r["resourceType"] == "Encounter"]
    if len(pats) != 1 or not encs:
        _fail(f"{where}: chart needs exactly one Patient and an Encounter")
    pat = pats[0]
    if pat["gender"] not in ("male", "female"):
        _fail(f"{where}: gender {pat['gender']!r}")
    msg_date = D(meta["date"])
    if not (D("2026-01-01") <= msg_date <= D(ADDED)):
        _fail(f"{where}: message date {msg_date} outside 2026-01-01..{ADDED}")
    if not re.fullmatch(r"\d\d:\d\d:\d\d", meta["time"]):
        _fail(f"{where}: bad time {meta['time']!r}")
    portal = [e for e in encs if e["status"] == "in-progress"]
    if len(portal) != 1 or portal[0]["period"]["start"][:10] != meta["date"]:
        _fail(f"{where}: portal encounter missing or dated wrong")
    age = age_years(D(pat["birthDate"]), msg_date)
    if not 18 <= age <= 90:
        _fail(f"{where}: patient age {age} outside 18-90")
    for r in res:
        text = json.dumps(r).lower()
        if "pregnan" in text or "prenatal" in text or "gestational" in text:
            _fail(f"{where}: pregnancy content on the chart")
        if r["resourceType"] == "Encounter" and r["status"] == "finished":
            if r["period"]["start"][:10] >= meta["date"]:
                _fail(f"{where}: prior encounter not before the message")
    if any(r["resourceType"] not in ("Patient", "Encounter", "Condition") for r in res):
        _fail(f"{where}: unexpected resource type")

    # --- message content
    msg = it["message"]
    low = msg.lower()
    for pat_re, what in FORBIDDEN:
        if re.search(pat_re, msg, flags=re.I):
            _fail(f"{where}: message contains {what}: {msg[:60]!r}")
    for pat_re in SELF_AGE:
        for m in re.finditer(pat_re, low):
            if int(m.group(1)) != age:
                _fail(f"{where}: sender says age {m.group(1)} but chart age is {age}")
    kind = meta["kind"]
    if it["reason"] == "out_of_scope":
        if kind not in OOS_KINDS:
            _fail(f"{where}: out_of_scope kind {kind!r}")
        if meta["dep"] is not None:
            _fail(f"{where}: out_of_scope item must not be about a dependant's health")
        if kind == "chatty" and len(msg) < 450:
            _fail(f"{where}: chatty message too short ({len(msg)} chars)")
    else:
        if kind not in CTRL_KINDS:
            _fail(f"{where}: control kind {kind!r}")
    dep = meta["dep"]
    if dep is not None:
        rel, dep_age = dep
        if rel not in ("child", "parent", "partner"):
            _fail(f"{where}: dependant {rel!r}")
        if rel == "child":
            if not isinstance(dep_age, int) or not 4 <= dep_age <= 17:
                _fail(f"{where}: child age {dep_age} must be 4-17")
            if not re.search(rf"\b{dep_age}\b", msg):
                _fail(f"{where}: child's age {dep_age} not stated in the message")
            if not 18 + dep_age <= age:
                _fail(f"{where}: parent aged {age} too young for a child of {dep_age}")
        if rel == "parent" and dep_age is not None:
            if not re.search(rf"\b{dep_age}\b", msg) or not age + 15 <= dep_age:
                _fail(f"{where}: parent age {dep_age} inconsistent")
    # any other stated child ages in the message must be >= 3 (no under-3 dependants at all)
    for m in re.finditer(r"\b(\d{1,2})\s*(?:yr|year|yo\b|y/o)", low):
        if int(m.group(1)) < 3:
            _fail(f"{where}: mentions someone aged {m.group(1)}")
    why = meta["why"]
    if not (why.endswith(".") and why[0].isupper() and why.count(". ") == 0 and len(why) < 260):
        _fail(f"{where}: 'why' must be one sentence: {why!r}")


def validate(rows: list[dict]) -> None:
    for mod in (m for _, m in SOURCES):
        size = Path(mod.__file__).stat().st_size
        if size > HELPER_MAX_BYTES:
            _fail(f"{mod.__name__} is {size} bytes (> {HELPER_MAX_BYTES})")
    items = [r["item"] for r in rows]
    ids = [it["id"] for it in items]
    if len(ids) != len(set(ids)):
        _fail("duplicate ids")
    if ids != [f"{ID_PREFIX}{n:04d}" for n in range(1, len(ids) + 1)]:
        _fail("ids are not nref25-0001.. in order")
    norm = [re.sub(r"[^a-z0-9]+", " ", it["message"].lower()).strip() for it in items]
    if len(set(norm)) != len(norm):
        _fail("duplicate messages")
    for i, a in enumerate(norm):  # near-duplicates: same first 60 normalized chars
        for b in norm[i + 1 :]:
            if a[:60] == b[:60]:
                _fail(f"near-duplicate messages: {a[:60]!r}")
    counts = Counter(it["reason"] for it in items)
    if counts != TARGET:
        _fail(f"reason counts {dict(counts)} != {dict(TARGET)}")
    kinds = Counter(r["meta"]["kind"] for r in rows if r["item"]["reason"] == "out_of_scope")
    if kinds != Counter(OOS_KINDS):
        _fail(f"out_of_scope kinds {dict(kinds)} != {OOS_KINDS}")
    n_ctx = sum(1 for r in rows if r["item"]["reason"] == "none" and r["meta"]["kind"] == "context")
    if not CONTEXT_RANGE[0] <= n_ctx <= CONTEXT_RANGE[1]:
        _fail(f"{n_ctx} context controls, want {CONTEXT_RANGE}")
    for r in rows:
        check_one(r["item"], r["meta"], r["item"]["id"])
    parse_item = _load_contract()
    if parse_item is not None:
        for it in items:
            try:
                parse_item(it)
            except Exception as exc:
                _fail(f"{it['id']}: official item model rejects it: {exc}")
    # the file must round-trip through JSON unchanged
    for it in items:
        if json.loads(json.dumps(it, ensure_ascii=False)) != it:
            _fail(f"{it['id']}: does not round-trip through JSON")


def _atomic_write(path: Path, lines: list[str]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    rows = build()
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    rows = [rows[i] for i in order]
    for n, r in enumerate(rows, 1):
        r["item"] = {"id": f"{ID_PREFIX}{n:04d}", **r["item"]}
    validate(rows)
    item_lines = [json.dumps(r["item"], ensure_ascii=False) for r in rows]
    note_lines = [
        json.dumps({"id": r["item"]["id"], "why": r["meta"]["why"]}, ensure_ascii=False)
        for r in rows
    ]
    _atomic_write(OUT, item_lines)
    _atomic_write(NOTES, note_lines)
    # re-read what was written and check it once more
    back = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines()]
    notes = [json.loads(x) for x in NOTES.read_text(encoding="utf-8").splitlines()]
    assert back == [r["item"] for r in rows]
    assert [n["id"] for n in notes] == [b["id"] for b in back]
    counts = Counter(b["reason"] for b in back)
    kinds = Counter(f"{r['item']['reason']}/{r['meta']['kind']}" for r in rows)
    print(f"wrote {len(back)} items to {OUT}")
    print(f"wrote {len(notes)} notes to {NOTES}")
    print("reasons:", dict(counts))
    print("kinds:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
