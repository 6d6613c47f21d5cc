"""Lay the dev sets (or the latest held-out sets) out as an unsigned goldset folder so
`harness run --allow-unsigned` scores a candidate end to end, every component at once.

    python pipelines/triage/dev/build_dev_goldset.py              # dev sets -> dev/goldset/
    python pipelines/triage/dev/build_dev_goldset.py --held-out   # -> dev/goldset_heldout/
    harness run --pipeline triage --goldsets pipelines/triage/dev/goldset_heldout --allow-unsigned

The held-out layout is a pre-gate: run it on main and on a candidate and `harness compare` the two
cuts before the release goldset is touched, so a change in one stage that moves another (a
redactor that hides more words changes what the decider reads) shows up first. Neither layout
gates a release.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pipelines.jsonl import read_objects, write_objects

DEV = Path(__file__).resolve().parent
# Per category, the files each layout holds (the held-out ones: the newest set of each kind that
# no training file reads; refusal_holdout4 has been looked at since, it is the least fresh).
LAYOUTS: dict[str, dict[str, tuple[str, ...]]] = {
    "goldset": {
        "acuity": ("acuity_dev.jsonl",),
        "refusal": ("refusal_dev.jsonl",),
        "phi": ("phi_dev.jsonl",),
        "retrieval": ("retrieval_dev.jsonl",),
    },
    "goldset_heldout": {
        "acuity": ("acuity_holdout2.jsonl",),
        "refusal": ("refusal_holdout4.jsonl",),
        "phi": ("phi_holdout5.jsonl",),
        "retrieval": ("retrieval_holdout.jsonl",),
    },
}


def _rows(name: str, category: str) -> list[dict[str, Any]]:
    rows = [row for _, row in read_objects(DEV / name, what=f"{category} set")]
    if category == "retrieval":
        # the retrieval sets predate the goldset fields; the others carry them already
        rows = [{**r, "category": "retrieval", "added": "2026-11-23", "source": name} for r in rows]
    return rows


def build(layout: str, root: Path = DEV) -> Path:
    """Write `layout` under `root` (one JSONL per category) and return its folder."""
    out = root / layout
    for category, names in LAYOUTS[layout].items():
        folder = out / category
        folder.mkdir(parents=True, exist_ok=True)
        rows = [row for name in names for row in _rows(name, category)]
        tag = "dev" if layout == "goldset" else "heldout"
        write_objects(folder / f"0001-{category}-{tag}.jsonl", rows)
    return out


def main() -> None:
    layout = "goldset_heldout" if "--held-out" in sys.argv[1:] else "goldset"
    print(f"wrote {build(layout)}")


if __name__ == "__main__":
    main()
