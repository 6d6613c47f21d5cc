"""The cut folder's journal: results.jsonl and traces.jsonl appended and fsynced per item.

After a crash (even `kill -9`) the journal is read back, a torn last line is cut off, and a
resumed run finishes only the items that are missing, so none is lost or written twice.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from harness.errors import InputError

RESULTS = "results.jsonl"
TRACES = "traces.jsonl"


def dumps_line(obj: Any) -> str:
    # No sort_keys: records are built in a fixed key order already, and this runs per item.
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False) + "\n"


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
    with tmp.open("w", encoding="utf-8") as fh:
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
    """Appends (trace, result) pairs from any thread; one writer thread fsyncs in batches.

    The trace goes first so that a result on disk always has its trace; `recover` drops
    traces whose result never made it. Batching fsyncs (group commit) keeps a 2.6 ms fsync
    from serialising the whole run, while every line is durable before `close` returns.
    """

    def __init__(self, cut_dir: Path) -> None:
        self._results = (cut_dir / RESULTS).open("a", encoding="utf-8")
        self._traces = (cut_dir / TRACES).open("a", encoding="utf-8")
        self._queue: queue.Queue[tuple[dict[str, Any], dict[str, Any]] | None] = queue.Queue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._loop, name="journal", daemon=True)
        self._thread.start()

    def append(self, result: dict[str, Any], trace: dict[str, Any]) -> None:
        if self._error is not None:
            raise OSError(f"the journal writer failed: {self._error}") from self._error
        self._queue.put((result, trace))

    def _loop(self) -> None:
        stop = False
        while not stop:
            batch = [self._queue.get()]
            while True:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            pairs = [b for b in batch if b is not None]
            stop = len(pairs) != len(batch)
            try:
                for _, trace in pairs:
                    self._traces.write(dumps_line(trace))
                self._traces.flush()
                os.fsync(self._traces.fileno())
                for result, _ in pairs:
                    self._results.write(dumps_line(result))
                self._results.flush()
                os.fsync(self._results.fileno())
            except BaseException as exc:  # surfaced to the runner on the next append/close
                self._error = exc
                return

    def close(self) -> None:
        """Flush everything queued, fsync, and close the files."""
        self._queue.put(None)
        self._thread.join()
        self._results.close()
        self._traces.close()
        if self._error is not None:
            raise OSError(f"the journal writer failed: {self._error}") from self._error
