"""Run the `harness` command in-process in tests: exit code and output, as a user sees them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        # Joined on single spaces so a wrapped terminal line never splits an assertion.
        return " ".join((self.out + " " + self.err).split())


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., CliResult]]:
    """Run `harness ARGS...` in-process; returns the exit code and output."""
    from harness.cli import main

    monkeypatch.setenv("COLUMNS", "400")

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["harness", *[str(a) for a in args]])
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    yield run
