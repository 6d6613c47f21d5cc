"""Reading cut folders for the gate: find the newest cut, load report.json and results.jsonl.

Everything read from disk is validated here, once, with messages that name the file and line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from harness.errors import InputError
from harness.gate.model import CutSummary

REPORT = "report.json"
RESULTS = "results.jsonl"
TRACES = "traces.jsonl"


def newest_cut(cuts_root: Path) -> Path:
    """The cut folder under `cuts_root` whose report.json was written last."""
    cuts_root = Path(cuts_root)
    found = [p.parent for p in cuts_root.glob(f"*/{REPORT}") if not p.parent.name.startswith(".")]
    if not found:
        raise InputError(
            f"no finished cut under {cuts_root} (no */{REPORT}): run `harness run` first, "
            "or pass --cut DIR"
        )
    return max(found, key=lambda d: ((d / REPORT).stat().st_mtime_ns, d.name))


def cut_dir(arg: str | Path, cuts_root: Path) -> Path:
    """A cut named by folder path or by id (a folder under `cuts_root`)."""
    path = Path(arg)
    if path.is_file() and path.name == REPORT:
        path = path.parent
    if not path.is_dir() and (Path(cuts_root) / str(arg)).is_dir():
        path = Path(cuts_root) / str(arg)
    if not (path / REPORT).is_file():
        raise InputError(
            f"{arg}: not a finished cut (no {REPORT} in {path}); give a folder under "
            f"{cuts_root} or its cut id"
        )
    return path


def read_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a JSON object (a cut's report.json)")
    return data


def summarize_report(data: dict[str, Any], source: str) -> CutSummary:
    try:
        return CutSummary.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise InputError(
            f"{source}: field {field}: {err['msg']}; is this a report.json written by "
            "`harness run`?"
        ) from exc


def load_summary(report_path: Path) -> CutSummary:
    return summarize_report(read_report(report_path), str(report_path))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSON Lines file; a missing file is no rows, a torn last line is skipped."""
    path = Path(path)
    if not path.exists():
        return []
    rows: list[dict[str, Any]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            # The journal is appended as items finish; only its last line may be half-written.
            if lineno == len(lines):
                continue
            raise InputError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
        if isinstance(row, dict):
            rows.append(row)
    return rows


def score_records(results: list[dict[str, Any]], category: str) -> list[dict[str, Any]]:
    """Per-item score records of one category, each carrying its id, for paired comparison."""
    return [
        {**(r.get("scores") or {}), "id": r.get("id")}
        for r in results
        if r.get("category") == category and isinstance(r.get("scores"), dict)
    ]
