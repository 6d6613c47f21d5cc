#!/usr/bin/env python3
"""Assemble hand-written out_of_scope rows into rows.jsonl (atomic write) and report counts."""

import collections
import importlib
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "rtrain10a"
MODULES = ["rows_a", "rows_b", "rows_c", "rows_d", "rows_e", "rows_f", "rows_g", "rows_h"]
if os.environ.get("ROWS_MODULES"):
    MODULES = os.environ["ROWS_MODULES"].split(",")
KINDS = {"greeting", "health_word", "short", "long", "patient", "plain"}
LABELS = {"out_of_scope", "none"}
MAX_PER_DOMAIN = 15
MIN_DOMAINS = 30


def words(s):
    return len(s.split())


def opening(s, n=3):
    toks = re.findall(r"[a-z0-9']+", s.lower())
    return " ".join(toks[:n])


def main():
    rows, errors = [], []
    for m in MODULES:
        mod = importlib.import_module(m)
        for r in mod.ROWS:
            if len(r) == 3:
                domain, kind, msg = r
                label = "out_of_scope"
            else:
                domain, kind, msg, label = r
            rows.append((m, domain, kind, msg, label))

    seen_msg, seen_open = {}, {}
    for i, (m, domain, kind, msg, label) in enumerate(rows):
        where = f"{m} row {i}"
        if not msg or not msg.strip():
            errors.append(f"{where}: empty message")
            continue
        if msg != msg.strip():
            errors.append(f"{where}: leading/trailing whitespace")
        if label not in LABELS:
            errors.append(f"{where}: bad label {label}")
        if kind not in KINDS:
            errors.append(f"{where}: bad kind {kind}")
        key = re.sub(r"\s+", " ", msg.lower()).strip()
        if key in seen_msg:
            errors.append(f"{where}: duplicate message (also {seen_msg[key]})")
        seen_msg[key] = where
        op = opening(msg)
        if op in seen_open:
            errors.append(f"{where}: shared opening '{op}' (also {seen_open[op]})")
        seen_open[op] = where
        w = words(msg)
        if w < 3:
            errors.append(f"{where}: shorter than 3 words")
        if kind == "short" and not (3 <= w <= 10):
            errors.append(f"{where}: short row has {w} words")
        if kind == "long" and not (60 <= w <= 120):
            errors.append(f"{where}: long row has {w} words")
        if kind != "short" and w <= 10:
            errors.append(f"{where}: non-short row kind={kind} has only {w} words")
        if kind != "long" and w > 120:
            errors.append(f"{where}: row over 120 words")
        if re.search(r"https?://|www\.|@[a-z]|\b\d{3}[-. ]\d{3,4}[-. ]\d{4}\b", msg, re.I):
            errors.append(f"{where}: looks like contact details/URL")

    dom = collections.Counter(r[1] for r in rows)
    for d, c in dom.items():
        if c > MAX_PER_DOMAIN:
            errors.append(f"domain {d} has {c} rows (> {MAX_PER_DOMAIN})")
    if len(dom) < MIN_DOMAINS:
        errors.append(f"only {len(dom)} domains (< {MIN_DOMAINS})")

    kinds = collections.Counter(r[2] for r in rows)
    labels = collections.Counter(r[4] for r in rows)
    print(f"rows: {len(rows)}")
    print("labels:", dict(labels))
    print("kinds:", dict(sorted(kinds.items())))
    print(f"domains ({len(dom)}):", dict(sorted(dom.items())))
    wc = [words(r[3]) for r in rows]
    print(f"words: min {min(wc)} max {max(wc)} mean {sum(wc) / len(wc):.1f}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    out = os.path.join(HERE, "..", "..", "..", "data", "offtopic_train10a.jsonl")
    meta = os.path.join(HERE, "rows_meta.jsonl")
    for path, build in (
        (out, lambda rid, r: {"id": rid, "message": r[3], "label": r[4]}),
        (meta, lambda rid, r: {"id": rid, "domain": r[1], "kind": r[2], "source": r[0]}),
    ):
        fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".tmp_", suffix=".jsonl")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for n, r in enumerate(rows, 1):
                f.write(json.dumps(build(f"{PREFIX}-{n:04d}", r), ensure_ascii=False) + "\n")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    print(f"\nwrote {out} and {meta}")


if __name__ == "__main__":
    main()
