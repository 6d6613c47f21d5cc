"""The CI workflow file: it parses, triggers on the right paths, and calls `harness ci`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml


@pytest.fixture(scope="module")
def workflow(repo_root: Path) -> dict[Any, Any]:
    data = yaml.safe_load(
        (repo_root / ".github/workflows/eval-gate.yml").read_text(encoding="utf-8")
    )
    assert isinstance(data, dict)
    return data


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    jobs = workflow["jobs"]
    assert len(jobs) == 1
    steps = next(iter(jobs.values()))["steps"]
    assert isinstance(steps, list)
    return steps


def test_triggers_on_pull_requests_touching_gated_paths(workflow: dict[Any, Any]) -> None:
    # YAML 1.1 reads a bare `on` key as True; GitHub reads it as "on".
    on = workflow.get("on", workflow.get(True))
    paths = on["pull_request"]["paths"]
    for needed in (
        "pipelines/**",
        "**/prompts/**",
        "goldsets/**",
        "thresholds.yaml",
        "CHANGELOG.md",
    ):
        assert needed in paths


def test_installs_runs_harness_ci_and_publishes(workflow: dict[Any, Any]) -> None:
    steps = _steps(workflow)
    runs = [str(s.get("run", "")) for s in steps]
    install = next(i for i, r in enumerate(runs) if "pip install -e ." in r)
    gate = next(i for i, r in enumerate(runs) if r.strip().startswith("harness ci"))
    summary = next(i for i, r in enumerate(runs) if "gate.md" in r and "$GITHUB_STEP_SUMMARY" in r)
    upload = next(
        i
        for i, s in enumerate(steps)
        if str(s.get("uses", "")).startswith("actions/upload-artifact")
    )
    assert install < gate < summary < upload
    # the summary and the artifact are published even when the gate fails the job
    assert "always()" in steps[summary]["if"] and "always()" in steps[upload]["if"]
    checkout = next(s for s in steps if str(s.get("uses", "")).startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # history for `goldset verify --against`
