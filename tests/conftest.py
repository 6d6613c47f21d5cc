"""Suite-wide setup: keep every cache out of $HOME, no network, live-API tests opt-in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_SCRATCH = Path(os.environ.get("HARNESS_SCRATCH", REPO / ".scratch"))
_SCRATCH.mkdir(parents=True, exist_ok=True)
os.environ.setdefault("HARNESS_CACHE_DIR", str(_SCRATCH / "cache"))
os.environ.setdefault("MPLCONFIGDIR", str(_SCRATCH / "mpl"))
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("XDG_CACHE_HOME", str(_SCRATCH / "xdg"))
os.environ.setdefault("TLDEXTRACT_CACHE", str(_SCRATCH / "tldextract"))
os.environ.setdefault("HF_HOME", str(_SCRATCH / "hf"))
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Provider SDKs must never find a real key in tests unless --live is given.
if not os.environ.get("HARNESS_LIVE"):
    for _key in ("ANTHROPIC_API_KEY", "OPENAI_API_KEY"):
        os.environ.pop(_key, None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--live", action="store_true", help="run tests that call real provider APIs")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--live"):
        return
    skip = pytest.mark.skip(reason="live-API test: pass --live (and set provider keys) to run")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = REPO.parent / "shared" / "data"
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    return path
