"""Content-addressed response cache on local disk (SQLite), handed to pipelines as `config.cache`.

Keys are hashed from (provider, model, request, parameters); a cached re-run answers identically.
Pipelines must pass *redacted* requests: the cache stores exactly the key it is given.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key_sha256 TEXT PRIMARY KEY,
    request    TEXT NOT NULL,
    response   TEXT NOT NULL,
    created_at REAL NOT NULL
)
"""


def cache_dir() -> Path:
    """`$HARNESS_CACHE_DIR`, or `~/.cache/clinical-eval-gate` when unset."""
    env = os.environ.get("HARNESS_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "clinical-eval-gate"


def cache_key(key: Mapping[str, Any]) -> str:
    """sha256 of the key's canonical JSON: the same request always lands on the same row."""
    canonical = json.dumps(key, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class SqliteResponseCache:
    """`harness.contract.ResponseCache` over one SQLite file; safe to share between threads.

    The key mapping should hold `provider`, `model`, `request` and `parameters`; the request
    must already be redacted (no PHI), because it is stored verbatim next to the response.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else cache_dir() / "responses.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0
        # One connection behind a lock: SQLite calls are microseconds, so contention is cheap
        # and we avoid per-thread connections that outlive the worker threads.
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30.0)
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
            self._db.commit()

    def get(self, key: Mapping[str, Any]) -> str | None:
        digest = cache_key(key)
        with self._lock:
            row = self._db.execute(
                "SELECT response FROM responses WHERE key_sha256 = ?", (digest,)
            ).fetchone()
            if row is None:
                self.misses += 1
                return None
            self.hits += 1
            return str(row[0])

    def put(self, key: Mapping[str, Any], response: str) -> None:
        digest = cache_key(key)
        request = json.dumps(key, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO responses (key_sha256, request, response, created_at)"
                " VALUES (?, ?, ?, ?)",
                (digest, request, response, time.time()),
            )
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT COUNT(*) FROM responses").fetchone()
        return int(row[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()
