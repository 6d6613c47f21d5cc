"""Reading and writing the pipelines' own JSONL data files (training pairs, messages, labels).

One object per line, blank lines skipped; every read fault is an InputError naming `path:line`.
Writes are atomic, so a generator that fails half way leaves the previous file in place.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from harness.errors import InputError


def read_objects(path: Path, *, what: str) -> list[tuple[str, dict[str, Any]]]:
    """(`path:line`, object) for every non-blank line of `path`.

    `what` names the file in the error for a missing file ("refusal training data").
    """
    if not path.is_file():
        raise InputError(f"{what} {path}: no such file; it ships with the project")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{where}: not valid JSON ({exc.msg}); fix or remove the line"
            ) from exc
        if not isinstance(row, dict):
            raise InputError(f"{where}: expected a JSON object; fix or remove the line")
        rows.append((where, row))
    return rows


def write_objects(path: Path, rows: Iterable[Mapping[str, Any]]) -> None:
    """One JSON object per line (UTF-8, non-ASCII kept as is), via a temporary file and a rename."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
