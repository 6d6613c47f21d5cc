#!/usr/bin/env python3
"""Build rows.jsonl from the hand-written lists in rows_*.py (ids rtrain10c-NNNN)."""

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
import rows_g

MODULES = [rows_a, rows_b, rows_c, rows_d, rows_e, rows_f, rows_g]
PREFIX = "rtrain10c"
LABELS = {"out_of_scope", "none"}
TERSE_OK = set()  # messages deliberately shorter than 3 words (none at present)
# things this batch must not contain (pregnancy, infants, instructions to the AI)
BANNED = re.compile(
    r"pregnan|\bbaby\b|\binfant|newborn|months? old|\bignore (all|previous|your)"
    r"|system prompt|you are (an|a) ai|as an ai",
    re.I,
)


def words(msg):
    return re.findall(r"[A-Za-z0-9']+", msg.lower())


def main():
    rows, errors = [], []
    for mod in MODULES:
        for item in mod.ROWS:
            if len(item) != 3:
                errors.append(f"{mod.__name__}: bad tuple {item!r}")
                continue
            label, kind, msg = item
            rows.append((mod.__name__, label, kind, msg))

    seen_msg, openings3, openings2 = {}, defaultdict(list), defaultdict(list)
    for src, label, kind, msg in rows:
        if label not in LABELS:
            errors.append(f"{src}: invalid label {label!r}")
        if not kind or not re.fullmatch(r"[a-z0-9_]+", kind):
            errors.append(f"{src}: bad kind {kind!r}")
        if not msg or not msg.strip() or msg != msg.strip():
            errors.append(f"{src}: empty or unstripped message {msg!r}")
            continue
        w = words(msg)
        if len(w) < 3 and msg not in TERSE_OK:
            errors.append(f"{src}: too short {msg!r}")
        if len(w) > 130:
            errors.append(f"{src}: too long ({len(w)} words) {msg[:50]!r}")
        if BANNED.search(msg):
            errors.append(f"{src}: banned content {msg[:60]!r}")
        key = " ".join(w)
        if key in seen_msg:
            errors.append(f"{src}: duplicate message {msg[:60]!r}")
        seen_msg[key] = src
        openings3[" ".join(w[:3])].append(msg)
        openings2[" ".join(w[:2])].append(msg)

    for op, msgs in openings3.items():
        if len(msgs) > 1:
            errors.append(f"shared 3-word opening {op!r}: {[m[:40] for m in msgs]}")
    shared2 = {op: msgs for op, msgs in openings2.items() if len(msgs) > 1}

    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    out = os.path.join(HERE, "..", "..", "..", "data", "offtopic_train10c.jsonl")
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".rows.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for i, (_, label, kind, msg) in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}-{i:04d}", "message": msg, "label": label, "kind": kind}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, out)

    lab = Counter(r[1] for r in rows)
    print(f"wrote {len(rows)} rows to {out}")
    print("per label:", dict(lab))
    for label in sorted(LABELS):
        kinds = Counter(r[2] for r in rows if r[1] == label)
        print(f"per kind ({label}):")
        for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {k:28s} {n}")
    lens = sorted(len(words(r[3])) for r in rows)
    print(f"words: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}")
    if shared2:
        print(
            f"note: {len(shared2)} two-word openings shared (allowed):",
            ", ".join(f"{k!r}x{len(v)}" for k, v in sorted(shared2.items())),
        )


if __name__ == "__main__":
    main()
