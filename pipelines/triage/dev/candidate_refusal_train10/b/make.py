#!/usr/bin/env python3
"""Assemble hand-written `none` rows into rows.jsonl (atomic write)."""

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
import rows_h

PREFIX = "rtrain10b"
LABELS = {"none", "out_of_scope"}
KINDS = {
    "activity",
    "preamble",
    "emergency",
    "veiled_suicidal",
    "carer_elderly",
    "child_4plus",
    "medication",
    "reading",
    "come_in_or_wait",
    "mental_health",
    "wound_bite_burn",
    "food_drink",
    "travel",
    "exercise",
    "sleep",
    "results_referral",
}
# Deliberately terse rows (under 3 words) would be listed here; none so far.
TERSE_OK = set()


def nwords(s):
    return len(s.split())


def band(n):
    if n <= 12:
        return "short(3-12)"
    if n >= 60:
        return "long(60+)"
    return "medium"


def main():
    raw = []
    for mod in (rows_a, rows_b, rows_c, rows_d, rows_e, rows_f, rows_g, rows_h):
        for kind, msg in mod.ROWS:
            raw.append((mod.__name__, kind, msg))

    errors = []
    seen = {}
    openings = collections.defaultdict(list)
    for src, kind, msg in raw:
        label = "none"
        if kind not in KINDS:
            errors.append(f"{src}: unknown kind {kind!r}")
        if label not in LABELS:
            errors.append(f"{src}: bad label {label!r}")
        if not msg or not msg.strip():
            errors.append(f"{src}: empty message")
            continue
        if msg != msg.strip():
            errors.append(f"{src}: leading/trailing whitespace: {msg[:40]!r}")
        key = re.sub(r"\W+", " ", msg.lower()).strip()
        if key in seen:
            errors.append(f"{src}: duplicate message: {msg[:60]!r} (also {seen[key]})")
        seen[key] = src
        if nwords(msg) < 3 and msg not in TERSE_OK:
            errors.append(f"{src}: shorter than 3 words: {msg!r}")
        if nwords(msg) > 125:
            errors.append(f"{src}: longer than 125 words ({nwords(msg)}): {msg[:40]!r}")
        op = " ".join(re.findall(r"[a-z0-9']+", msg.lower())[:3])
        openings[op].append(msg[:50])

    dup_open = {k: v for k, v in openings.items() if len(v) > 1}
    for k, v in dup_open.items():
        errors.append(f"shared 3-word opening {k!r}: {v}")

    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    rows = []
    for i, (src, kind, msg) in enumerate(raw, 1):
        rows.append({"id": f"{PREFIX}-{i:04d}", "message": msg, "label": "none"})

    out = os.path.join(HERE, "..", "..", "..", "data", "offtopic_train10b.jsonl")
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".rows.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise

    by_label = collections.Counter(r["label"] for r in rows)
    by_kind = collections.Counter(k for _, k, _ in raw)
    by_band = collections.Counter(band(nwords(m)) for _, _, m in raw)
    kind_band = collections.defaultdict(collections.Counter)
    for _, k, m in raw:
        kind_band[k][band(nwords(m))] += 1
    print(f"wrote {out}: {len(rows)} rows")
    print("per label:", dict(by_label))
    print("per length band:", dict(by_band))
    print("per sub-kind (total / short / medium / long):")
    for k in sorted(by_kind):
        c = kind_band[k]
        print(
            f"  {k:18s} {by_kind[k]:4d}  {c['short(3-12)']:3d} {c['medium']:3d} {c['long(60+)']:3d}"
        )
    lens = sorted(nwords(m) for _, _, m in raw)
    print(f"words: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}")


if __name__ == "__main__":
    main()
