"""The cut report: every SPEC field present, deterministic metrics, compare shows flips."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from harness.runner import compare_cuts
from tests.runner.conftest import RunFn, metric_values, report, results


def test_report_has_spec_fields_and_is_deterministic(run: RunFn) -> None:
    a = run(concurrency=8)
    b = run(concurrency=2)
    rep = report(a)
    for key in (
        "schema_version",
        "cut_id",
        "created_at",
        "git_commit",
        "goldset_head",
        "goldset_signed",
        "thresholds_sha256",
        "pipeline",
        "pipelines",
        "categories",
        "latency_ms",
        "cost",
        "errors",
    ):
        assert key in rep, key
    assert rep["pipeline"]["name"] == "echo" and rep["pipeline"]["provider"] == "local"
    assert set(rep["pipeline"]) == {"name", "version", "provider", "model"}
    assert rep["goldset_signed"] is False and rep["goldset_head"] is None
    assert set(rep["categories"]) == {
        "acuity",
        "phi",
        "retrieval",
        "groundedness",
        "refusal",
        "irae",
    }
    assert rep["categories"]["acuity"]["n"] == 6
    for body in rep["categories"].values():
        assert body["metrics"]
        for mv in body["metrics"].values():
            assert set(mv) >= {"value", "ci95"}
    assert {"p50", "p95"} <= set(rep["latency_ms"]["total"])
    assert rep["latency_ms"]["echo"]["p50"] <= rep["latency_ms"]["echo"]["p95"]
    # echo says 10 tokens in, 5 out per item; `local` is free on the price card.
    assert rep["cost"]["tokens_in"] == 250 and rep["cost"]["tokens_out"] == 125
    assert rep["cost"]["usd_total"] == 0.0 and rep["cost"]["tokens_per_decision"] == 15.0
    assert rep["errors"] == {"count": 0, "ids": [], "reasons": {}}
    assert metric_values(a) == metric_values(b)
    run_json = json.loads((a / "run.json").read_text())
    assert run_json["args"]["pipeline"] == "tests.pipelines.echo:create"
    for name in ("report.json", "results.jsonl", "traces.jsonl", "run.json"):
        assert (a / name).is_file()
    assert not list(a.glob("*.tmp")) and not list(a.glob(".*.tmp"))


def test_unpriced_model_is_reported(run: RunFn) -> None:
    cut = run(provider="openai", categories=["phi"])
    cost = report(cut)["cost"]
    assert cost["usd_total"] is None and cost["unpriced_models"] == ["echo-1"]


def test_compare_lists_flips_and_deltas(
    run: RunFn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = run(cut_id="good")
    bad = run(
        cut_id="bad",
        options={"wrong_ids": "acuity-0000,irae-0000", "fault": "crash", "fault_ids": "phi-0001"},
    )
    result = compare_cuts(good, bad)
    flipped = {(f["id"], f["outcome"]) for f in result["flips"]}
    assert ("phi-0001", "status") in flipped
    assert {"acuity-0000", "irae-0000"} <= {f["id"] for f in result["flips"]}
    untouched = {r["id"] for r in results(good)} - {"acuity-0000", "irae-0000", "phi-0001"}
    assert not untouched & {f["id"] for f in result["flips"]}
    rows = {(m["category"], m["metric"]): m for m in result["metrics"]}
    assert rows and all(m["n_shared"] for m in rows.values())
    assert any(m["delta"] not in (0, 0.0, None) for m in rows.values())

    from harness.cli import main

    monkeypatch.setattr(sys, "argv", ["harness", "compare", str(good), str(bad), "--json"])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["flips"] == result["flips"]
