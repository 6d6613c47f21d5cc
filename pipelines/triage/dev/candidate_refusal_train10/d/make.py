#!/usr/bin/env python3
"""Assemble hand-written training rows into rows.jsonl (atomic write)."""

import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rows_a
import rows_b
import rows_c
import rows_d
import rows_e
import rows_f

PREFIX = "rtrain10d"
LABELS = {"out_of_scope", "none"}
OOS_KINDS = {
    "rx_convenience",
    "third_party",
    "records_falsify",
    "veterinary",
    "money_law",
    "creative_academic",
    "admin",
    "wellness_general",
}
TERSE_OK = 3  # minimum words
BANNED = re.compile(
    r"\b(pregnan\w*|baby|babies|newborn|infant|toddler|months? old|weeks? pregnant|"
    r"ignore (all|previous|the above)|system prompt|you are an ai)\b",
    re.I,
)


def norm(m):
    return re.sub(r"[^a-z0-9 ]", "", m.lower()).split()


rows = []
for mod in (rows_a, rows_b, rows_c, rows_d, rows_e, rows_f):
    for kind, msg in mod.ROWS:
        label = "none" if kind.startswith("none_") else "out_of_scope"
        if label == "out_of_scope":
            assert kind in OOS_KINDS, kind
        rows.append((kind, msg.strip(), label))

errors = []
seen = {}
open3 = defaultdict(list)
open2 = defaultdict(list)
for i, (kind, msg, label) in enumerate(rows):
    if not msg:
        errors.append(f"empty message at {i}")
    if label not in LABELS:
        errors.append(f"bad label {label}")
    key = " ".join(norm(msg))
    if key in seen:
        errors.append(f"duplicate message: {msg!r}")
    seen[key] = i
    w = norm(msg)
    if len(w) < TERSE_OK:
        errors.append(f"too short: {msg!r}")
    if BANNED.search(msg):
        errors.append(f"banned term: {msg!r}")
    open3[" ".join(w[:3])].append((label, msg))
    open2[" ".join(w[:2])].append((label, msg))
for k, v in open3.items():
    if len(v) > 1:
        errors.append(f"shared 3-word opening {k!r}: {[m for _, m in v]}")
# cross-label 2-word openings are reported (twins must not share openings)
cross2 = {k: v for k, v in open2.items() if len({l for l, _ in v}) > 1}

if errors:
    print("\n".join(errors))
    sys.exit(1)

out = os.path.join(HERE, "..", "..", "..", "data", "offtopic_train10d.jsonl")
fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".rows.", suffix=".tmp")
with os.fdopen(fd, "w", encoding="utf-8") as f:
    for n, (kind, msg, label) in enumerate(rows, 1):
        f.write(
            json.dumps(
                {"id": f"{PREFIX}-{n:04d}", "message": msg, "label": label, "kind": kind},
                ensure_ascii=False,
            )
            + "\n"
        )
os.chmod(tmp, 0o644)
os.replace(tmp, out)

print("wrote", out, len(rows), "rows")
print("per label:", dict(Counter(l for _, _, l in rows)))
for kd, c in sorted(Counter((l, k) for k, _, l in rows).items()):
    print(f"  {kd[0]:13s} {kd[1]:20s} {c}")
lens = [len(m.split()) for _, m, _ in rows]
print("words min/median/max:", min(lens), sorted(lens)[len(lens) // 2], max(lens))
if cross2:
    print("cross-label shared 2-word openings:")
    for k, v in cross2.items():
        print(" ", repr(k), [m[:50] for _, m in v])
