"""Agreement of the offline groundedness judge with the dev set's human labels.

Reads `judge_dev.jsonl` ({claim, evidence, supported}) and prints agreement and the misses.
Run: /work/venv/bin/python pipelines/triage/dev/eval_judge.py [--misses]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipelines.triage.judge import judge

DEV = Path(__file__).resolve().parent / "judge_dev.jsonl"


def main(argv: list[str]) -> int:
    rows = [
        json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    hits = 0
    fp = fn = 0
    for row in rows:
        j = judge(row["claim"], row["evidence"])
        ok = j.supported is bool(row["supported"])
        hits += ok
        if not ok:
            fp += j.supported
            fn += not j.supported
            if "--misses" in argv:
                print(f"{row['id']} gold={row['supported']} got={j.supported} ({j.reason})")
                print(f"  C: {row['claim']}\n  E: {row['evidence']}")
    n = len(rows)
    print(f"agreement {hits / n:.3f} ({hits}/{n}); wrongly supported {fp}, wrongly rejected {fn}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
