#!/usr/bin/env python3
"""Assemble hand-written refusal-classifier training rows into data/offtopic_train11a.jsonl.

Each rows_*.py module defines OOS (label out_of_scope) or NONE (label none) as a list
of (sub_kind, tag, message) tuples. tag: 's' = out_of_scope row that mentions the
sender's own health as settled/past; 'u' = none row with an urgent concern.
"""

import collections
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rows_a
import rows_b
import rows_c
import rows_d
import rows_e
import rows_f
import rows_g

PREFIX = "rtrain11a"
OUT = os.path.join(HERE, "..", "..", "..", "data", "offtopic_train11a.jsonl")
VALID = {"out_of_scope", "none"}
TERSE_OK = {"wifi password pls"}  # deliberately terse, 3 words
OPEN_WORDS = 3

rows = []
for mod in (rows_a, rows_b, rows_c, rows_d):
    for kind, tag, msg in mod.OOS:
        rows.append({"label": "out_of_scope", "kind": kind, "tag": tag, "message": msg})
for mod in (rows_e, rows_f, rows_g):
    for kind, tag, msg in mod.NONE:
        rows.append({"label": "none", "kind": kind, "tag": tag, "message": msg})

errors = []


def words(s):
    return re.findall(r"[a-z0-9']+", s.lower())


seen = {}
openings = collections.defaultdict(list)
for i, r in enumerate(rows):
    m = r["message"]
    if not isinstance(m, str) or not m.strip():
        errors.append(f"row {i}: empty message")
        continue
    if m != m.strip():
        errors.append(f"row {i}: leading/trailing whitespace")
    if r["label"] not in VALID:
        errors.append(f"row {i}: bad label {r['label']}")
    if r["tag"] not in {"", "s", "u"}:
        errors.append(f"row {i}: bad tag {r['tag']}")
    if r["tag"] == "s" and r["label"] != "out_of_scope":
        errors.append(f"row {i}: tag s only for out_of_scope")
    if r["tag"] == "u" and r["label"] != "none":
        errors.append(f"row {i}: tag u only for none")
    n = len(m.split())
    if n < 3 or (n == 3 and m not in TERSE_OK):
        errors.append(f"row {i}: too short ({n} words): {m!r}")
    key = " ".join(words(m))
    if key in seen:
        errors.append(f"row {i}: duplicate of row {seen[key]}: {m[:60]!r}")
    seen[key] = i
    openings[" ".join(words(m)[:OPEN_WORDS])].append(i)

for op, idx in openings.items():
    if len(idx) > 1:
        errors.append(f"shared opening {op!r}: rows {idx}")


# near-duplicate check: word-trigram Jaccard
def tri(s):
    w = words(s)
    return {tuple(w[j : j + 3]) for j in range(len(w) - 2)}


tris = [tri(r["message"]) for r in rows]
for a in range(len(rows)):
    for b in range(a + 1, len(rows)):
        if tris[a] and tris[b]:
            jac = len(tris[a] & tris[b]) / len(tris[a] | tris[b])
            if jac > 0.35:
                errors.append(f"near-duplicate rows {a},{b} (jaccard {jac:.2f})")

for mod in (rows_a, rows_b, rows_c, rows_d, rows_e, rows_f, rows_g):
    size = os.path.getsize(mod.__file__)
    if size > 25 * 1024:
        errors.append(f"{os.path.basename(mod.__file__)} is {size} bytes (> 25 KB)")

if errors:
    print("CHECKS FAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)

fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".rows.", suffix=".tmp")
with os.fdopen(fd, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        f.write(
            json.dumps(
                {"id": f"{PREFIX}-{i:04d}", "message": r["message"], "label": r["label"]},
                ensure_ascii=False,
            )
            + "\n"
        )
os.chmod(tmp, 0o644)
os.replace(tmp, OUT)

by_label = collections.Counter(r["label"] for r in rows)
by_kind = collections.Counter((r["label"], r["kind"]) for r in rows)
n_settled = sum(1 for r in rows if r["tag"] == "s")
n_urgent = sum(1 for r in rows if r["tag"] == "u")
lens = [len(r["message"].split()) for r in rows]
print(f"wrote {len(rows)} rows -> {OUT}")
print("per label:", dict(by_label))
print("per sub-kind:")
for (lab, kind), c in sorted(by_kind.items()):
    print(f"  {lab:13s} {kind:28s} {c}")
print(f"out_of_scope rows mentioning own health as settled/past: {n_settled}")
print(f"none rows with an urgent concern: {n_urgent}")
print(f"length in words: min {min(lens)}, max {max(lens)}, mean {sum(lens) / len(lens):.1f}")
