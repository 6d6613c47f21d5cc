"""Canonical JSON and the hashes the manifest chain is built from.

One definition used by add, verify and export, so a hash computed anywhere matches everywhere.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS_PREV = "0" * 64
"""The `prev` of the first manifest line: there is no line before it."""


def canonical_json(obj: Any) -> str:
    """The one serialisation that is hashed and signed: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(data: bytes | str) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def item_hash(item: dict[str, Any]) -> str:
    """sha256 of an item's canonical JSON as stored (dates already ISO strings)."""
    return sha256_hex(canonical_json(item))


def line_hash(line: str) -> str:
    """Hash of one manifest line (without its newline); the last one is the chain head."""
    return sha256_hex(line.rstrip("\n"))
