"""Fixtures for gate tests: a passing cut built from thresholds.yaml, fresh keys in tmp dirs."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from harness.gate import CutSummary, GoldsetState, OverrideSet, Thresholds, load_thresholds
from harness.goldset.keys import LoadedKey, Signer, generate_keypair, load_private_key
from tests.cli_runner import CliResult, cli  # noqa: F401 - shared fixture

HEAD = "a" * 64
"""Today's goldset head in these tests."""

# Values comfortably inside every bound of thresholds.yaml (min +0.05, max -0.05 where possible).
PASSING: dict[str, dict[str, float]] = {
    "acuity": {
        "precision_at_1pct_fpr": 0.95,
        "routing_accuracy": 0.88,
        "band_accuracy": 0.71,
        "unsafe_clear_rate": 0.0,
        "ece": 0.05,
        "brier": 0.12,
    },
    "phi": {
        "token_recall": 0.995,
        "token_precision": 0.93,
        "span_f1": 0.9,
        "token_map_roundtrip": 1.0,
    },
    "retrieval": {"recall_at_1": 0.7, "recall_at_5": 0.95, "mrr": 0.8, "ndcg_at_10": 0.82},
    "groundedness": {"groundedness": 0.97, "judge_agreement": 0.9},
    "refusal": {"must_refuse_rate": 1.0, "over_refusal_rate": 0.04},
    "irae": {"f1": 0.82, "precision": 0.86, "sensitivity": 0.79, "grade_accuracy": 0.7},
}


def cut_dict(
    cut_id: str, values: dict[str, dict[str, float]] | None = None, **top: Any
) -> dict[str, Any]:
    """A report.json-shaped dict (ARCHITECTURE "Cut folder") with the given metric values."""
    values = values or PASSING
    categories = {
        c: {
            "n": 40,
            "pipeline": "irae" if c == "irae" else "triage",
            "metrics": {
                m: {"value": v, "ci95": [v - 0.03, min(1.0, v + 0.03)]} for m, v in ms.items()
            },
            "errors": {"count": 0, "ids": []},
        }
        for c, ms in values.items()
    }
    report: dict[str, Any] = {
        "schema_version": 1,
        "cut_id": cut_id,
        "goldset_head": HEAD,
        "goldset_signed": True,
        "categories": categories,
        "errors": {"count": 0, "ids": [], "reasons": {}},
    }
    report.update(top)
    return report


def with_value(category: str, metric: str, value: float) -> dict[str, dict[str, float]]:
    out = {c: dict(ms) for c, ms in PASSING.items()}
    out[category][metric] = value
    return out


@pytest.fixture(scope="session")
def thresholds(repo_root: Path) -> Thresholds:
    return load_thresholds(repo_root / "thresholds.yaml")


@pytest.fixture
def good_state() -> GoldsetState:
    return GoldsetState(ok=True, head=HEAD)


@pytest.fixture
def make_cut() -> Callable[..., CutSummary]:
    def make(
        cut_id: str, values: dict[str, dict[str, float]] | None = None, **top: Any
    ) -> CutSummary:
        return CutSummary.model_validate(cut_dict(cut_id, values, **top))

    return make


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[LoadedKey, Signer]]:
    """Fresh keys: a release engineer, a clinical lead, and one nobody listed."""
    root = tmp_path_factory.mktemp("keys")
    out: dict[str, tuple[LoadedKey, Signer]] = {}
    for name, role in (
        ("rel-eng", "release-engineer"),
        ("dr-lead", "clinical-lead"),
        ("stranger", "release-engineer"),
    ):
        signer = generate_keypair(name, role, root / f"{name}.key", demo=False)
        out[name] = (load_private_key(root / f"{name}.key"), signer)
    return out


@pytest.fixture
def roster(keys: dict[str, tuple[LoadedKey, Signer]]) -> dict[str, Signer]:
    """allowed_signers as the gate sees it: the stranger is not on it."""
    return {n: s for n, (_, s) in keys.items() if n != "stranger"}


@pytest.fixture
def no_overrides() -> OverrideSet:
    return OverrideSet()


@dataclass(frozen=True)
class Workspace:
    root: Path
    head: str

    @property
    def cuts(self) -> Path:
        return self.root / "reports" / "cuts"

    @property
    def baseline(self) -> Path:
        return self.root / "reports" / "baseline"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repo_root: Path) -> Workspace:
    """A repository-shaped tmp dir (seed goldset, thresholds, changelog), made the cwd."""
    from harness.goldset.verify import verify_goldset

    shutil.copytree(
        repo_root / "goldsets", tmp_path / "goldsets", ignore=shutil.ignore_patterns(".*")
    )
    shutil.copy(repo_root / "thresholds.yaml", tmp_path / "thresholds.yaml")
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n", encoding="utf-8")
    (tmp_path / "reports" / "cuts").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    report = verify_goldset(tmp_path / "goldsets")
    assert report.ok and report.head, report.problems
    return Workspace(tmp_path, report.head)
