"""Fixtures for the goldset tests: a temporary copy of the seed store and an in-process CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import CliResult, cli  # noqa: F401 - shared fixture
from tests.seed_goldset import copy_seed_goldset

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "goldsets"
DEMO_LEAD = REPO / "keys" / "demo" / "DEMO-ONLY-clinical-lead.key"
DEMO_RELEASE = REPO / "keys" / "demo" / "DEMO-ONLY-release-engineer.key"


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A private copy of the repository's signed seed goldset (the seed batches only)."""
    return copy_seed_goldset(SEED, tmp_path / "goldsets")
