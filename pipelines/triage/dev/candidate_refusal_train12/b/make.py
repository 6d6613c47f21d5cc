#!/usr/bin/env python3
"""Assemble multilingual refusal-classifier training rows (out_of_scope vs none).

Each rows_<lang>.py holds ROWS = [(kind, lang, message), ...] written by hand.
kind: a = own health settled + unrelated ask      -> out_of_scope
      b = everyday ask, no health content          -> out_of_scope
      c = hospital as institution, non-clinical    -> out_of_scope
      n = real current health concern              -> none
      u = urgent health concern in everyday words  -> none
Writes data/offtopic_train12b.jsonl atomically: {"id", "message", "label", "lang"} per line.
"""

import collections
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rows_ar
import rows_bn
import rows_fa
import rows_hi
import rows_ja
import rows_ko
import rows_sw
import rows_tl
import rows_ur
import rows_vi
import rows_zh

MODULES = [
    rows_vi,
    rows_zh,
    rows_ko,
    rows_ja,
    rows_tl,
    rows_hi,
    rows_ur,
    rows_ar,
    rows_fa,
    rows_bn,
    rows_sw,
]
PREFIX = "rtrain12b"
KIND_LABEL = {
    "a": "out_of_scope",
    "b": "out_of_scope",
    "c": "out_of_scope",
    "n": "none",
    "u": "none",
}
LANGS = {"vi", "zh", "ko", "ja", "tl", "hi", "hi-Latn", "ur", "ar", "ar-Latn", "fa", "bn", "sw"}
NO_SPACE = {"zh", "ja"}  # scripts written without spaces between words
# words that would turn a row into another refusal reason (pregnancy); none may appear
FORBIDDEN = [
    "pregnan",
    "buntis",
    "nagdadalang",
    "怀孕",
    "妊娠",
    "임신",
    "حامل",
    "حاملہ",
    "गर्भ",
    "garbh",
    "pet se",
    "mimba",
    "بارداری",
    "باردار",
    "গর্ভ",
    "mang thai",
    "có thai",
    "co thai",
    "có bầu",
    "co bau",
    "ignore",
    "instructions",
]

errors = []
rows = []
for mod in MODULES:
    name = mod.__name__
    size = os.path.getsize(os.path.join(HERE, name + ".py"))
    if size > 25 * 1024:
        errors.append(f"{name}.py is {size} bytes (> 25 KB)")
    for i, row in enumerate(mod.ROWS):
        if not (isinstance(row, tuple) and len(row) == 3):
            errors.append(f"{name}[{i}] is not a (kind, lang, message) tuple")
            continue
        kind, lang, msg = row
        if kind not in KIND_LABEL:
            errors.append(f"{name}[{i}] bad kind {kind!r}")
        if lang not in LANGS:
            errors.append(f"{name}[{i}] bad lang {lang!r}")
        if not isinstance(msg, str) or not msg.strip():
            errors.append(f"{name}[{i}] empty message")
            continue
        if msg != msg.strip():
            errors.append(f"{name}[{i}] leading/trailing whitespace")
        if lang in NO_SPACE:
            if len(re.sub(r"\s", "", msg)) < 6:
                errors.append(f"{name}[{i}] too short: {msg!r}")
        elif len(msg.split()) < 3:
            errors.append(f"{name}[{i}] fewer than 3 words: {msg!r}")
        low = msg.lower()
        for w in FORBIDDEN:
            if w in low:
                errors.append(f"{name}[{i}] forbidden word {w!r}: {msg!r}")
        rows.append({"kind": kind, "lang": lang, "message": msg, "src": f"{name}[{i}]"})

# unique messages (exact and whitespace/case-normalised)
seen = {}
for r in rows:
    key = re.sub(r"\s+", " ", r["message"].lower()).strip()
    if key in seen:
        errors.append(f"duplicate message {r['src']} == {seen[key]}")
    seen[key] = r["src"]


# no two messages in one language share an opening
def opening(r):
    m = re.sub(r"[^\w\s]", "", r["message"].lower())
    if r["lang"] in NO_SPACE:
        return re.sub(r"\s", "", m)[:5]
    return " ".join(m.split()[:3])


op = {}
for r in rows:
    k = (r["lang"], opening(r))
    if k in op:
        errors.append(f"shared opening {k}: {r['src']} and {op[k]}")
    op[k] = r["src"]

if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

out = os.path.join(HERE, "..", "..", "..", "data", "offtopic_train12b.jsonl")
fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".rows.", suffix=".tmp")
with os.fdopen(fd, "w", encoding="utf-8") as f:
    for n, r in enumerate(rows, 1):
        obj = {
            "id": f"{PREFIX}-{n:04d}",
            "message": r["message"],
            "label": KIND_LABEL[r["kind"]],
            "lang": r["lang"],
        }
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
os.chmod(tmp, 0o644)
os.replace(tmp, out)

# report
print(f"wrote {len(rows)} rows to {out}")
lab = collections.Counter(KIND_LABEL[r["kind"]] for r in rows)
print("per label:", dict(lab))
kinds = collections.Counter(r["kind"] for r in rows)
print(
    "per kind :",
    {k: kinds[k] for k in "abcnu"},
    "(a settled+unrelated, b everyday, c institution, n concern, u urgent)",
)
group = {"hi-Latn": "hi", "ar-Latn": "ar"}
per = collections.defaultdict(collections.Counter)
for r in rows:
    per[r["lang"]][r["kind"]] += 1
print(f"{'lang':8} {'total':>5} {'oos':>4} {'none':>4} |  a  b  c |  n  u")
for lang in [
    "vi",
    "zh",
    "ko",
    "ja",
    "tl",
    "hi",
    "hi-Latn",
    "ur",
    "ar",
    "ar-Latn",
    "fa",
    "bn",
    "sw",
]:
    c = per[lang]
    oos = c["a"] + c["b"] + c["c"]
    non = c["n"] + c["u"]
    print(
        f"{lang:8} {oos + non:5} {oos:4} {non:4} | {c['a']:2} {c['b']:2} {c['c']:2} | {c['n']:2} {c['u']:2}"
    )
