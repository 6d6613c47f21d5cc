"""Content-addressed response cache on local disk (SQLite), handed to pipelines as `config.cache`.

Keys are hashed from (provider, model, request, parameters); a cached re-run answers identically.
Pipelines must pass *redacted* requests: the cache stores exactly the key it is given.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from harness.contract import cache_dir

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key_sha256 TEXT PRIMARY KEY,
    request    TEXT NOT NULL,
    response   TEXT NOT NULL,
    created_at REAL NOT NULL
)
"""


# Built once: json.dumps with options builds a new encoder on every call, a third of the
# cost of hashing a small key on the cached path.
PRELOAD_MAX_BYTES = 64 * 1024 * 1024
"""A cache file up to this size (with its WAL) is read into memory when opened: a cached
re-run then costs one dict lookup per request instead of one SQLite query (about 40 us per
item under a busy runner). Larger caches are queried row by row."""

_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def cache_key(key: Mapping[str, Any]) -> str:
    """sha256 of the key's canonical JSON: the same request always lands on the same row."""
    return hashlib.sha256(_CANONICAL.encode(key).encode("utf-8")).hexdigest()


class SqliteResponseCache:
    """`harness.contract.ResponseCache` over one SQLite file; safe to share between threads.

    The key mapping should hold `provider`, `model`, `request` and `parameters`; the request
    must already be redacted (no PHI), because it is stored verbatim next to the response.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else cache_dir() / "responses.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._hits = 0
        self._misses = 0
        self._count_lock = threading.Lock()
        # One connection per thread (WAL lets them read concurrently): a shared connection
        # behind a lock made worker threads queue on it, and the lock is held while SQLite has
        # released the GIL, so every cached lookup became a thread switch.
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        self._closed = False
        db = self._conn()
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(_SCHEMA)
        db.commit()
        # A snapshot taken at open: rows written later, by this or another process, are still
        # found, because a miss here falls through to SQLite.
        self._memory: dict[str, str] = {}
        if self._file_bytes() <= PRELOAD_MAX_BYTES:
            self._memory = dict(db.execute("SELECT key_sha256, response FROM responses"))

    def _file_bytes(self) -> int:
        wal = self.path.with_name(self.path.name + "-wal")
        return sum(p.stat().st_size for p in (self.path, wal) if p.exists())

    def _conn(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            with self._conns_lock:
                if self._closed:
                    raise sqlite3.ProgrammingError(f"the response cache {self.path} is closed")
                # check_same_thread=False only so close() can close every thread's connection.
                db = sqlite3.connect(self.path, check_same_thread=False, timeout=30.0)
                db.execute("PRAGMA synchronous=NORMAL")
                # Reads through a memory map skip a copy per page: about a quarter of a
                # cached lookup. 256 MiB is address space, not memory.
                db.execute("PRAGMA mmap_size=268435456")
                self._conns.append(db)
            self._local.db = db
        return db

    @property
    def hits(self) -> int:
        return self._hits

    @property
    def misses(self) -> int:
        return self._misses

    def get(self, key: Mapping[str, Any]) -> str | None:
        digest = cache_key(key)
        found = self._memory.get(digest)
        if found is None:
            row = (
                self._conn()
                .execute("SELECT response FROM responses WHERE key_sha256 = ?", (digest,))
                .fetchone()
            )
            found = None if row is None else str(row[0])
        with self._count_lock:
            if found is None:
                self._misses += 1
                return None
            self._hits += 1
        return found

    def put(self, key: Mapping[str, Any], response: str) -> None:
        request = _CANONICAL.encode(key)
        digest = hashlib.sha256(request.encode("utf-8")).hexdigest()
        db = self._conn()
        with db:  # commits, or rolls back on error
            db.execute(
                "INSERT OR REPLACE INTO responses (key_sha256, request, response, created_at)"
                " VALUES (?, ?, ?, ?)",
                (digest, request, response, time.time()),
            )

    def __len__(self) -> int:
        row = self._conn().execute("SELECT COUNT(*) FROM responses").fetchone()
        return int(row[0])

    def close(self) -> None:
        """Close every thread's connection; the cache cannot be used afterwards."""
        with self._conns_lock:
            self._closed = True
            conns, self._conns = self._conns, []
        for db in conns:
            db.close()
