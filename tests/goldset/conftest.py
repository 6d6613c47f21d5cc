"""Fixtures for the goldset tests: a temporary copy of the seed store and an in-process CLI."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.seed_goldset import copy_seed_goldset

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "goldsets"
DEMO_LEAD = REPO / "keys" / "demo" / "DEMO-ONLY-clinical-lead.key"
DEMO_RELEASE = REPO / "keys" / "demo" / "DEMO-ONLY-release-engineer.key"


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
def seed_copy(tmp_path: Path) -> Path:
    """A private copy of the repository's signed seed goldset (the seed batches only)."""
    return copy_seed_goldset(SEED, tmp_path / "goldsets")


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., CliResult]]:
    """Run `harness ARGS...` in-process and return its exit code and output."""
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
