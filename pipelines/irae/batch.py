"""The daily batch: run the irAE pipeline over notes outside the goldset and write JSONL results.

`python -m pipelines.irae.batch --notes FOLDER_OR_JSONL --out results.jsonl [--provider local]`
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from harness.contract import IraeNote, PipelineConfig, TransientError
from harness.errors import HarnessError, InputError


def _note(raw: dict[str, Any], where: str) -> IraeNote:
    try:
        return IraeNote.model_validate(
            {k: raw[k] for k in ("note_id", "date", "type", "text") if k in raw}
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise InputError(
            f"{where}: note field {field!r}: {first['msg']}; each note needs note_id, date "
            "(YYYY-MM-DD), type and text"
        ) from exc


def load_patients(path: Path) -> dict[str, list[IraeNote]]:
    """Patients from a JSONL file or a folder.

    JSONL lines are either a patient `{patient_id, notes: [{note_id, date, type, text}]}` or
    one note `{patient_id, note_id, date, type, text}` (grouped by patient_id). A folder holds
    `*.jsonl` files of the same kind and/or `<patient_id>/<note_id>.txt` files (date = the
    file's modification date, type = "note").
    """
    patients: dict[str, list[IraeNote]] = {}
    if path.is_file():
        files = [path]
    elif path.is_dir():
        files = sorted(path.rglob("*.jsonl"))
        for txt in sorted(path.glob("*/*.txt")):
            date = dt.date.fromtimestamp(txt.stat().st_mtime).isoformat()
            patients.setdefault(txt.parent.name, []).append(
                _note(
                    {
                        "note_id": txt.stem,
                        "date": date,
                        "type": "note",
                        "text": txt.read_text(encoding="utf-8"),
                    },
                    str(txt),
                )
            )
    else:
        raise InputError(f"--notes {path}: no such file or folder")
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                where = f"{f}:{lineno}"
                try:
                    row = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"{where}: not JSON ({exc})") from exc
                pid = row.get("patient_id") or row.get("id")
                if not pid:
                    raise InputError(f"{where}: missing 'patient_id'")
                if "notes" in row:
                    notes = [_note(n, where) for n in row["notes"]]
                else:
                    notes = [_note(row, where)]
                patients.setdefault(str(pid), []).extend(notes)
    if not patients:
        raise InputError(f"--notes {path}: no notes found (expected JSONL or <patient>/<note>.txt)")
    return patients


def run_batch(
    notes_path: Path,
    out: Path,
    *,
    provider: str = "local",
    model: str | None = None,
    options: dict[str, Any] | None = None,
) -> dict[str, int]:
    from pipelines.irae import create

    patients = load_patients(notes_path)
    pipe = create(PipelineConfig(provider=provider, model=model, options=options or {}))
    counts = {"patients": 0, "notes": 0, "irae": 0, "needs_review": 0, "errors": 0}
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for pid, notes in patients.items():
                counts["patients"] += 1
                counts["notes"] += len(notes)
                row: dict[str, Any] = {
                    "patient_id": pid,
                    "pipeline": pipe.name,
                    "version": pipe.version,
                    "provider": pipe.provider,
                    "model": pipe.model,
                }
                try:
                    pred, result, trace = pipe.run_notes(notes)
                except (TransientError, HarnessError) as exc:
                    # A failed patient is written as an error line, never dropped.
                    counts["errors"] += 1
                    row.update(
                        status="error", error=str(exc), irae=None, needs_review=True, events=[]
                    )
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    continue
                counts["irae"] += pred.irae
                counts["needs_review"] += pred.needs_review
                row.update(
                    status="ok",
                    irae=pred.irae,
                    needs_review=pred.needs_review,
                    agents=sorted({e["agent"] for e in trace.detail["exposures"]}),
                    events=[
                        {
                            "ctcae_term": e.event.ctcae_term,
                            "grade": e.event.grade,
                            "attribution": e.event.attribution,
                            "note_id": e.event.note_id,
                            "start": e.start,
                            "end": e.end,
                            "quote": e.event.quote,
                        }
                        for e in result.events
                    ],
                    dropped_events=trace.detail["n_dropped_events"],
                    latency_ms=dict(trace.stages_ms),
                )
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp_name, out)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipelines.irae.batch", description=__doc__)
    ap.add_argument("--notes", required=True, type=Path, help="JSONL file or folder of notes")
    ap.add_argument("--out", required=True, type=Path, help="results JSONL (written atomically)")
    ap.add_argument(
        "--provider", default="local", choices=["local", "anthropic", "openai", "replay"]
    )
    ap.add_argument("--model", default=None)
    ap.add_argument(
        "--set",
        dest="sets",
        action="append",
        default=[],
        metavar="K=V",
        help="provider option, e.g. base_url=..., replay_file=..., timeout=30",
    )
    args = ap.parse_args(argv)
    options: dict[str, Any] = {}
    try:
        for kv in args.sets:
            if "=" not in kv:
                raise InputError(f"--set {kv!r}: expected KEY=VALUE")
            k, v = kv.split("=", 1)
            options[k.strip()] = v
        t0 = time.perf_counter()
        counts = run_batch(
            args.notes, args.out, provider=args.provider, model=args.model, options=options
        )
    except HarnessError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    secs = time.perf_counter() - t0
    print(
        f"{counts['patients']} patients, {counts['notes']} notes in {secs:.1f} s: "
        f"{counts['irae']} flagged irAE ({counts['needs_review']} need review), "
        f"{counts['errors']} errors -> {args.out}"
    )
    return 1 if counts["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
