"""Fixtures for runner tests: a synthetic unsigned goldset, an isolated cache, a run helper."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from harness.runner import RetryPolicy, run_cut
from tests.runner.goldset_factory import make_goldset

# Short waits so fault tests finish in well under a second each.
FAST = RetryPolicy(
    max_attempts=4,
    attempt_timeout_s=2.0,
    item_deadline_s=10.0,
    backoff_base_s=0.01,
    backoff_max_s=0.05,
)


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARNESS_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def goldset(tmp_path: Path) -> Path:
    return make_goldset(
        tmp_path / "goldsets",
        {"acuity": 6, "phi": 4, "retrieval": 4, "groundedness": 3, "refusal": 4, "irae": 4},
    )


RunFn = Callable[..., Path]


@pytest.fixture
def run(tmp_path: Path, goldset: Path) -> RunFn:
    """`run(pipeline=..., options=..., **overrides)` -> cut folder, with test defaults."""

    def _run(**kw: Any) -> Path:
        args: dict[str, Any] = {
            "pipeline": "tests.pipelines.echo:create",
            "provider": "local",
            "goldsets": goldset,
            "categories": None,
            "corpus": None,
            "concurrency": 4,
            "out": tmp_path / "cuts",
            "allow_unsigned": True,
            "no_cache": False,
            "options": {},
            "progress": False,
            "policy": FAST,
        }
        args.update(kw)
        return run_cut(**args)

    return _run


def results(cut: Path) -> list[dict[str, Any]]:
    lines = (cut / "results.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def report(cut: Path) -> dict[str, Any]:
    return json.loads((cut / "report.json").read_text(encoding="utf-8"))


def comparable(cut: Path) -> dict[str, tuple[Any, Any, str]]:
    """Per id: (prediction, scores, status) -- what must match between equivalent runs."""
    return {r["id"]: (r["prediction"], r["scores"], r["status"]) for r in results(cut)}


def metric_values(cut: Path) -> dict[str, Any]:
    return {c: body["metrics"] for c, body in report(cut)["categories"].items()}
