"""Fitted models kept on disk between runs: load the pickle under its content key, or fit and
store it atomically. Shared by the decider, the refusal classifier and the safety net's scorer.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def load_or_fit(path: Path, fit: Callable[[], T]) -> T:
    """The object pickled at `path`, or `fit()` stored there. The caller holds its own lock, and
    `path` names a content key, so a file that exists is the model for exactly this data."""
    if path.exists():
        try:
            with path.open("rb") as fh:
                cached: T = pickle.load(fh)  # our own cache file, never downloaded
            return cached
        except Exception:  # a stale or torn cache is rebuilt, never trusted
            path.unlink(missing_ok=True)
    model = fit()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{threading.get_ident()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(model, fh)
    tmp.replace(path)
    return model
