"""Inline span markup for hand-written PHI items: "{LABEL|value}" becomes text plus offsets.

Shared by the PHI set builders in this folder so every offset is computed, never typed by hand.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from harness.contract.items import PhiItem
from pipelines.jsonl import write_objects

_MARK = re.compile(r"\{([A-Z]+)\|([^{}|]+)\}")
LABELS = frozenset({"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"})


def parse(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """Strip the markup; return the plain text and its spans (start, end, label)."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = length = 0
    for m in _MARK.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        label, value = m.group(1), m.group(2)
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r} in {marked!r}")
        spans.append({"start": length, "end": length + len(value), "label": label})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "{" in text or "}" in text or "|" in text:
        raise ValueError(f"unbalanced markup in {marked!r}")
    return text, spans


def build(marked_items: list[str], prefix: str, source: str, added: str) -> list[dict[str, Any]]:
    """Items in the goldset's phi schema, each validated by the contract model."""
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, marked in enumerate(marked_items, start=1):
        text, spans = parse(marked)
        if text in seen:
            raise ValueError(f"duplicate item {n}: {text!r}")
        seen.add(text)
        for s in spans:
            value = text[s["start"] : s["end"]]
            if value != value.strip() or not value:
                raise ValueError(f"item {n}: span {value!r} has outer whitespace")
        item = {
            "id": f"{prefix}-{n:04d}",
            "category": "phi",
            "added": added,
            "source": source,
            "text": text,
            "spans": spans,
        }
        PhiItem.model_validate(item)
        items.append(item)
    return items


def write(path: Path, items: list[dict[str, Any]]) -> None:
    write_objects(path, items)
    # re-read: every line parses and every span's text matches what the markup said
    for line in path.read_text("utf-8").splitlines():
        PhiItem.model_validate_json(line)
