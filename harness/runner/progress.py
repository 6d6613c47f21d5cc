"""A rich progress bar for long runs: items done, items/s and the error count, on stderr.

Quiet when stderr is not a terminal (CI logs) or when the caller turns it off.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class ProgressBar:
    """Counts finished items and errors; redraws the rich bar when there is one."""

    def __init__(self, progress: Any = None, task: Any = None) -> None:
        self._progress = progress
        self._task = task
        self._start = time.monotonic()
        self.done = 0
        self.errors = 0

    def advance(self, *, error: bool) -> None:
        self.done += 1
        self.errors += int(error)
        if self._progress is not None:
            rate = self.done / max(time.monotonic() - self._start, 1e-9)
            self._progress.update(
                self._task, advance=1, errors=self.errors, rate=f"{rate:7.1f} items/s"
            )


@contextmanager
def progress_bar(total: int, already_done: int, *, enabled: bool) -> Iterator[ProgressBar]:
    """Yields a ProgressBar; draws only when enabled and stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield ProgressBar()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn("[bold]run"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("[red]{task.fields[errors]} errors"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )
    with progress:
        task = progress.add_task("run", total=total, completed=already_done, errors=0, rate="")
        yield ProgressBar(progress, task)
