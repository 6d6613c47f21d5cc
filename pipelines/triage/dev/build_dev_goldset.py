"""Lay the dev sets out as an unsigned goldset folder so `harness run --allow-unsigned` scores them.

    python pipelines/triage/dev/build_dev_goldset.py   # writes pipelines/triage/dev/goldset/
    harness run --pipeline triage --goldsets pipelines/triage/dev/goldset --allow-unsigned

Dev numbers guide design choices; they never gate a release.
"""

from __future__ import annotations

import json
from pathlib import Path

DEV = Path(__file__).resolve().parent
OUT = DEV / "goldset"


def _rows(name: str) -> list[dict]:
    return [
        json.loads(x) for x in (DEV / name).read_text(encoding="utf-8").splitlines() if x.strip()
    ]


def main() -> None:
    sets = {
        "acuity": _rows("acuity_dev.jsonl"),
        "refusal": _rows("refusal_dev.jsonl"),
        "phi": _rows("phi_dev.jsonl"),
        "retrieval": [
            {**r, "category": "retrieval", "added": "2026-11-23", "source": "dev set"}
            for r in _rows("retrieval_dev.jsonl")
        ],
    }
    for category, rows in sets.items():
        folder = OUT / category
        folder.mkdir(parents=True, exist_ok=True)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (folder / f"0001-{category}-dev.jsonl").write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
