"""Where a cut came from: git commit and dirty flag, thresholds hash, goldset content digest.

Read-only: it asks git about the working tree and never changes it.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel


@dataclass(frozen=True)
class GitState:
    commit: str | None
    dirty: bool | None


def git_state(cwd: Path) -> GitState:
    """HEAD commit and whether tracked files differ from it; (None, None) outside a repo."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, timeout=10
        )
        if commit.returncode != 0:
            return GitState(None, None)
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return GitState(None, None)
    dirty = bool(status.stdout.strip()) if status.returncode == 0 else None
    return GitState(commit.stdout.strip(), dirty)


def file_sha256(path: Path) -> str | None:
    """sha256 hex of a file's bytes, or None when it does not exist."""
    if not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def items_digest(items: Iterable[BaseModel]) -> str:
    """sha256 over the items' canonical JSON sorted by id: changes when any item changes.

    The manifest head already pins a signed goldset; this also pins an unsigned one, so
    `--resume` can refuse a folder that was edited since the cut started.
    """
    h = hashlib.sha256()
    rows = sorted(
        (
            json.dumps(
                item.model_dump(mode="json"),
                sort_keys=True,
                separators=(",", ":"),
                ensure_ascii=False,
            )
            for item in items
        ),
    )
    for row in rows:
        h.update(row.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()
