"""Usage errors from the real entry point: exit 2 with click's message, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["compare", "--bogus", "a", "b"], "No such option: --bogus"),
        (["no-such-command"], "No such command"),
        (["run", "--concurrency", "lots"], "Invalid value for '--concurrency'"),
    ],
)
def test_usage_error_is_exit_2_without_traceback(argv: list[str], expected: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from harness.cli import main; main()", *argv],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2, proc.stderr
    assert expected in proc.stderr
    assert "Traceback" not in proc.stderr
