"""Reading JSONL item files line by line, and turning pydantic errors into file:line:field text.

Both `add` (input batches) and `verify`/`load` (stored batches) read items through here.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from harness.contract.items import CATEGORIES, GoldItem, parse_item
from harness.goldset._canonical import item_hash

_FIELD_IN_MESSAGE = re.compile(r"^([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+)?)(?=[:\s]|$)")


@dataclass(frozen=True)
class RawLine:
    """One non-blank line of a JSONL file: decoded object, or why it could not be decoded."""

    lineno: int
    text: str
    data: dict[str, Any] | None
    error: str | None

    @property
    def item_id(self) -> str | None:
        value = self.data.get("id") if self.data is not None else None
        return value if isinstance(value, str) else None

    @property
    def sha256(self) -> str | None:
        return item_hash(self.data) if self.data is not None else None


def read_lines(path: Path) -> list[RawLine]:
    """Decode every non-blank line; a line that is not a JSON object keeps its error text."""
    out: list[RawLine] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                out.append(
                    RawLine(lineno, text, None, f"not valid JSON ({exc.msg}, col {exc.colno})")
                )
                continue
            if not isinstance(data, dict):
                out.append(RawLine(lineno, text, None, "not a JSON object"))
                continue
            out.append(RawLine(lineno, text, data, None))
    return out


def validation_problem(exc: ValidationError) -> tuple[str, str]:
    """(field, message) of the first error, with the discriminator tag stripped from the path."""
    err = exc.errors()[0]
    loc = [str(p) for p in err["loc"]]
    msg = str(err["msg"]).removeprefix("Value error, ")
    if err["type"].startswith("union_tag"):
        return "category", f"{msg} (known categories: {', '.join(CATEGORIES)})"
    if loc and loc[0] in CATEGORIES:
        loc = loc[1:]
    field = ".".join(loc)
    if not field:
        # Cross-field checks raise with the field at the start of their message.
        m = _FIELD_IN_MESSAGE.match(msg)
        field = m.group(1) if m else "(item)"
    return field, msg


def parse_data(data: dict[str, Any]) -> tuple[GoldItem | None, tuple[str, str] | None]:
    """Validate one decoded object: (item, None) or (None, (field, message))."""
    try:
        return parse_item(data), None
    except ValidationError as exc:
        return None, validation_problem(exc)


def atomic_write(path: Path, text: str) -> Path:
    """Write `text` to a temporary file beside `path`; the caller renames it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes 0600 files; goldset files are public data, so use the usual umask mode.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
