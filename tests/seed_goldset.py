"""A copy of the repository goldset cut back to its seed batches, for tests that need a small,
fixed, validly signed store however much content the real goldset has gained since."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

SEED_SUFFIX = "/0001-seed.jsonl"


def copy_seed_goldset(src: Path, dst: Path) -> Path:
    """Copy `src` to `dst` keeping the manifest prefix that ends with the last seed batch.

    The manifest is a hash chain, so a prefix of it is itself a valid, verifiable store.
    """
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".goldset.lock", ".*.tmp"))
    lines = (dst / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    keep = 0
    for n, line in enumerate(lines, start=1):
        entry = json.loads(line)
        if entry.get("kind") == "roster" or str(entry.get("file", "")).endswith(SEED_SUFFIX):
            keep = n
        else:
            break
    (dst / "MANIFEST.jsonl").write_text("".join(lines[:keep]), encoding="utf-8")
    for batch in dst.glob("*/*.jsonl"):
        if not str(batch.relative_to(dst)).endswith(SEED_SUFFIX.lstrip("/")):
            batch.unlink()
    return dst
