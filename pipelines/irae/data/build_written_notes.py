"""Build the hand-written note sets (train, dev and held-out `*_notes*.jsonl`) from `written/`.

The sources are plain text so notes stay readable and easy to edit; this only checks and converts.
Run: python -m pipelines.irae.data.build_written_notes
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from pipelines.irae.ctcae import load_ctcae

HERE = Path(__file__).resolve().parent
SOURCES = {
    "train_notes_written.jsonl": sorted((HERE / "written").glob("train_*.txt")),
    "dev_notes.jsonl": sorted((HERE / "written").glob("dev_*.txt")),
    "holdout_notes.jsonl": sorted((HERE / "written").glob("holdout_*.txt")),
}


def parse(path: Path) -> list[dict[str, Any]]:
    """`@ id kind` starts a patient, `> note_id | date | type` a note, `! term | grade | quote` an
    event; other lines are note text (blank lines and `#` comments between patients are skipped)."""
    terms = load_ctcae()
    patients: list[dict[str, Any]] = []
    note: dict[str, Any] | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if raw.startswith("@ "):
            pid, _, kind = raw[2:].strip().partition(" ")
            patients.append({"id": pid, "kind": kind.strip(), "notes": [], "events": []})
            note = None
        elif raw.startswith("> "):
            nid, date, ntype = (x.strip() for x in raw[2:].split("|"))
            note = {"note_id": nid, "date": date, "type": ntype, "text": ""}
            patients[-1]["notes"].append(note)
        elif raw.startswith("! "):
            term, grade, quote = (x.strip() for x in raw[2:].split("|", 2))
            if term not in terms:
                sys.exit(f"{where}: unknown CTCAE term {term!r}")
            if int(grade) not in terms[term].valid_grades():
                sys.exit(f"{where}: grade {grade} not defined for {term}")
            patients[-1]["events"].append({"ctcae_term": term, "grade": int(grade), "quote": quote})
            note = None
        elif note is not None and (raw.strip() or note["text"]):
            note["text"] += ("\n" if note["text"] else "") + raw.rstrip()
    for p in patients:
        for n in p["notes"]:
            n["text"] = n["text"].strip()
        p["irae"] = bool(p["events"])
        for ev in p["events"]:
            if not any(ev["quote"] in n["text"] for n in p["notes"]):
                sys.exit(f"{path.name}: {p['id']}: quote not verbatim: {ev['quote']!r}")
    return patients


def main() -> None:
    for out_name, paths in SOURCES.items():
        rows = [p for path in paths for p in parse(path)]
        ids = [r["id"] for r in rows]
        if len(ids) != len(set(ids)):
            sys.exit(f"{out_name}: duplicate patient ids")
        fd, tmp = tempfile.mkstemp(dir=HERE, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        os.replace(tmp, HERE / out_name)
        pos = sum(r["irae"] for r in rows)
        print(f"{out_name}: {len(rows)} patients ({pos} irAE, {len(rows) - pos} not)")


if __name__ == "__main__":
    main()
