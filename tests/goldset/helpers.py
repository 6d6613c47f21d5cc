"""Helpers that forge manifest lines the way an attacker (or a careless edit) would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from harness.goldset import canonical_json, item_hash, line_hash
from harness.goldset.keys import LoadedKey
from harness.goldset.manifest import BatchEntry, ItemRef, now_iso, signed

PHI_ITEM: dict[str, Any] = {
    "id": "phi-9001",
    "category": "phi",
    "added": "2026-11-23",
    "source": "test",
    "text": "Call Ada Byron on 555-0100 about the results.",
    "spans": [{"start": 5, "end": 13, "label": "NAME"}, {"start": 17, "end": 25, "label": "PHONE"}],
}


def manifest_lines(root: Path) -> list[str]:
    return (root / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()


def write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def append_signed_batch(
    root: Path, key: LoadedKey, items: list[dict[str, Any]], rel: str, *, signer: str | None = None
) -> int:
    """Write a batch file and a correctly chained line signed by `key`; returns its line number."""
    lines = manifest_lines(root)
    (root / rel).write_text("".join(canonical_json(d) + "\n" for d in items), encoding="utf-8")
    entry = BatchEntry(
        seq=len(lines) + 1,
        prev=line_hash(lines[-1]),
        time=now_iso(),
        signer=signer or key.name,
        file=rel,
        category=rel.split("/", 1)[0],
        items=[ItemRef(id=d["id"], sha256=item_hash(d)) for d in items],
    )
    write_lines(root / "MANIFEST.jsonl", [*lines, signed(entry, key.private_key).line()])
    return len(lines) + 1


def resign_line(root: Path, lineno: int, key: LoadedKey, **changes: Any) -> None:
    """Change fields of one manifest line and sign it again with `key` (chain left as is)."""
    lines = manifest_lines(root)
    data = json.loads(lines[lineno - 1])
    data.update(changes)
    data["sig"] = ""
    from harness.goldset.manifest import parse_entry

    entry = parse_entry(data)
    lines[lineno - 1] = signed(entry, key.private_key).line()
    write_lines(root / "MANIFEST.jsonl", lines)
