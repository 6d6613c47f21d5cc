#!/usr/bin/env python3
"""Assemble hand-written training rows into data/offtopic_train11b.jsonl (atomic write) and print counts."""

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

PREFIX = "rtrain11b"
OUT = os.path.join(HERE, "..", "..", "..", "data", "offtopic_train11b.jsonl")
LABEL_OF = {
    "oos_settled": "out_of_scope",
    "oos_trivia": "out_of_scope",
    "none_health_twin": "none",
    "none_trivia_twin": "none",
    "none_urgent": "none",
}
VALID_LABELS = {"out_of_scope", "none"}
# messages allowed to be under 3 words on purpose (none here, kept for the contract)
TERSE_OK = set()


def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", " ", s.lower())).strip()


def main():
    rows = []
    for mod in (rows_a, rows_b, rows_c, rows_d, rows_e, rows_f):
        for sub, msg in mod.ROWS:
            rows.append((mod.__name__, sub, msg))

    errors = []
    seen_msg, seen_norm, seen_open = {}, {}, {}
    for i, (src, sub, msg) in enumerate(rows):
        if sub not in LABEL_OF:
            errors.append(f"{src}[{i}]: unknown sub-kind {sub!r}")
        if not isinstance(msg, str) or not msg.strip():
            errors.append(f"{src}[{i}]: empty message")
            continue
        if msg != msg.strip():
            errors.append(f"{src}[{i}]: leading/trailing whitespace")
        if len(msg.split()) < 3 and msg not in TERSE_OK:
            errors.append(f"{src}[{i}]: shorter than 3 words: {msg!r}")
        if msg in seen_msg:
            errors.append(f"{src}[{i}]: duplicate message (first at {seen_msg[msg]})")
        seen_msg.setdefault(msg, f"{src}[{i}]")
        n = norm(msg)
        if n in seen_norm and seen_norm[n] != f"{src}[{i}]":
            errors.append(f"{src}[{i}]: near-duplicate (normalised) of {seen_norm[n]}")
        seen_norm.setdefault(n, f"{src}[{i}]")
        opening = " ".join(n.split()[:3])
        if opening in seen_open:
            errors.append(
                f"{src}[{i}]: shares 3-word opening {opening!r} with {seen_open[opening]}"
            )
        seen_open.setdefault(opening, f"{src}[{i}]")

    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    out_rows = []
    for k, (src, sub, msg) in enumerate(rows, 1):
        label = LABEL_OF[sub]
        assert label in VALID_LABELS
        out_rows.append({"id": f"{PREFIX}-{k:04d}", "message": msg, "label": label})

    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".rows.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, OUT)

    by_label = collections.Counter(LABEL_OF[s] for _, s, _ in rows)
    by_sub = collections.Counter(s for _, s, _ in rows)
    words = [len(m.split()) for _, _, m in rows]
    print(f"wrote {len(out_rows)} rows -> {OUT}")
    print("per label:", dict(by_label))
    print("per sub-kind:", dict(by_sub))
    print(
        f"words per message: min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.1f}"
    )


if __name__ == "__main__":
    main()
