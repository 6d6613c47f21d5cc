"""The cut folder's journal: results.jsonl and traces.jsonl, appended and fsynced in groups.

After a crash (even `kill -9`) the journal is read back, a torn last line is cut off, and a
resumed run finishes only the items that are missing, so none is lost or written twice.
"""

from __future__ import annotations

import json
import os
import queue
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic_core import to_json

from harness.errors import InputError

RESULTS = "results.jsonl"
TRACES = "traces.jsonl"


def dumps_line(obj: Any) -> bytes:
    """One compact UTF-8 JSON line. Keys stay in insertion order (records are built in a fixed
    order); pydantic-core's encoder is used because this runs twice per item and is about three
    times faster than the stdlib's. NaN/Infinity are written as the stdlib writes them."""
    return to_json(obj) + b"\n"


def _complete_lines(path: Path) -> tuple[list[dict[str, Any]], int]:
    """Parsed lines up to the last intact one, and the byte length of that intact prefix."""
    if not path.exists():
        return [], 0
    data = path.read_bytes()
    records: list[dict[str, Any]] = []
    good = 0
    pos = 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        if end < 0:
            break  # a torn write: no newline yet
        line = data[pos:end]
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            if data.find(b"\n", end + 1) >= 0:
                # Damage before the last line is not a crash artefact; refuse to guess.
                raise InputError(
                    f"{path}: line {len(records) + 1} is not valid JSON ({exc}); the journal "
                    "is damaged before its end, so start a new cut instead of resuming"
                ) from exc
            break
        if isinstance(rec, dict):
            records.append(rec)
        pos = end + 1
        good = pos
    return records, good


def recover(cut_dir: Path) -> dict[str, dict[str, Any]]:
    """Repair the journal in place and return the finished results by item id.

    Cuts a torn tail off results.jsonl, keeps the first result per id, and rewrites
    traces.jsonl so it holds exactly one trace per finished result.
    """
    results_path = cut_dir / RESULTS
    records, good = _complete_lines(results_path)
    done: dict[str, dict[str, Any]] = {}
    for rec in records:
        done.setdefault(str(rec["id"]), rec)
    if results_path.exists() and (good != results_path.stat().st_size or len(done) != len(records)):
        _rewrite(results_path, done.values())

    traces_path = cut_dir / TRACES
    traces, _ = _complete_lines(traces_path)
    kept: dict[str, dict[str, Any]] = {}
    for tr in traces:
        tid = str(tr.get("id"))
        if tid in done:
            kept.setdefault(tid, tr)
    if traces_path.exists():
        _rewrite(traces_path, kept.values())
    return done


def _rewrite(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("wb") as fh:
        for row in rows:
            fh.write(dumps_line(row))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Every intact line of a journal file (a torn tail is skipped, not an error)."""
    records, _ = _complete_lines(path)
    yield from records


class JournalWriter:
    """Appends (trace, result) pairs from any thread; one writer thread commits them in groups.

    Every `sync_interval_s` at most, the writer writes and fsyncs the traces queued so far,
    then their results: a result on disk always has its trace, and `recover` drops traces
    whose result never made it. A result is only written once its trace is durable, so after
    a crash an item is either fully journalled or re-run on resume. Grouping fsyncs keeps a
    millisecond fsync (and the thread waking for it) off the per-item path; every line is
    durable before `close` returns.
    """

    def __init__(self, cut_dir: Path, *, sync_interval_s: float = 0.05) -> None:
        self._results = (cut_dir / RESULTS).open("ab")
        self._traces = (cut_dir / TRACES).open("ab")
        self._interval = sync_interval_s
        self._queue: queue.SimpleQueue[tuple[bytes, bytes] | None] = queue.SimpleQueue()
        self._closing = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._loop, name="journal", daemon=True)
        self._thread.start()

    def append(self, result: dict[str, Any], trace: dict[str, Any]) -> None:
        if self._error is not None:
            raise OSError(f"the journal writer failed: {self._error}") from self._error
        # Serialised here, on the caller's thread: a writer thread busy encoding a big batch
        # would hold the GIL for milliseconds while the workers wait on every SQLite read.
        self._queue.put((dumps_line(result), dumps_line(trace)))

    def _loop(self) -> None:
        last_sync = 0.0
        stop = False
        while not stop:
            batch = [self._queue.get()]
            # Gather what arrives until the next group commit is due (or close is called).
            self._closing.wait(max(0.0, last_sync + self._interval - time.monotonic()))
            while True:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            pairs = [b for b in batch if b is not None]
            stop = len(pairs) != len(batch)
            try:
                if pairs:
                    self._traces.write(b"".join([trace for _, trace in pairs]))
                    self._traces.flush()
                    os.fsync(self._traces.fileno())
                    self._results.write(b"".join([result for result, _ in pairs]))
                    self._results.flush()
                    os.fsync(self._results.fileno())
            except BaseException as exc:  # surfaced to the runner on the next append/close
                self._error = exc
                return
            last_sync = time.monotonic()

    def close(self) -> None:
        """Flush everything queued, fsync, and close the files."""
        self._closing.set()
        self._queue.put(None)
        self._thread.join()
        self._results.close()
        self._traces.close()
        if self._error is not None:
            raise OSError(f"the journal writer failed: {self._error}") from self._error
