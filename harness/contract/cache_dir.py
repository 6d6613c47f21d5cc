"""Where the harness and pipelines keep disk caches (vectors, trained models, responses).

One place, so `HARNESS_CACHE_DIR` moves every cache at once (CI and tests point it at a scratch
folder so nothing writes to $HOME).
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`$HARNESS_CACHE_DIR`, or `~/.cache/clinical-eval-gate` when unset."""
    env = os.environ.get("HARNESS_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "clinical-eval-gate"
