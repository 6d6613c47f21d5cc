"""`harness gate`, `override sign`, `promote`, `report` and `ci` end to end on tmp workspaces.

Cut folders are written by tests/gate/cutfolder.py; the goldset is a copy of the signed seed.
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import CliResult
from tests.gate.conftest import Workspace
from tests.gate.cutfolder import acuity_results, write_cut

Cli = Callable[..., CliResult]
DEMO_RELEASE = Path(__file__).resolve().parents[2] / "keys/demo/DEMO-ONLY-release-engineer.key"
DEMO_LEAD = Path(__file__).resolve().parents[2] / "keys/demo/DEMO-ONLY-clinical-lead.key"


def _baseline(ws: Workspace, results: list[dict[str, Any]] | None = None) -> Path:
    """Write a cut 'base' and promote it by copying (promote itself is tested below)."""
    folder = write_cut(
        ws.root / "reports" / "archive", "base", results or acuity_results(), goldset_head=ws.head
    )
    ws.baseline.mkdir(parents=True, exist_ok=True)
    for name in ("report.json", "results.jsonl"):
        shutil.copy(folder / name, ws.baseline / name)
    return folder


def _gate_json(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "gate.json").read_text(encoding="utf-8"))


def _metric(folder: Path, key: str) -> dict[str, Any]:
    return next(m for m in _gate_json(folder)["metrics"] if m["key"] == key)


def test_gate_passes_and_writes_reports(workspace: Workspace, cli: Cli) -> None:
    _baseline(workspace)
    cut = write_cut(workspace.cuts, "new", acuity_results(), goldset_head=workspace.head)
    result = cli("gate")
    assert result.code == 0, result.text
    assert "gate PASS for cut new" in result.text
    for name in ("gate.json", "gate.md", "junit.xml", "report.html"):
        assert (cut / name).is_file(), name
    assert (cut / "gate.md").read_text(encoding="utf-8").startswith("## ✅ Release gate: PASS")
    routing = _metric(cut, "acuity.routing_accuracy")
    assert routing["prior"] == pytest.approx(1.0) and routing["delta"] == pytest.approx(0.0)
    assert routing["n_shared"] == 60


def test_gate_without_baseline_says_bounds_only(workspace: Workspace, cli: Cli) -> None:
    cut = write_cut(workspace.cuts, "new", acuity_results(), goldset_head=workspace.head)
    result = cli("gate", "--cut", cut)
    assert result.code == 0, result.text
    assert "No baseline at reports/baseline/report.json: bounds only" in result.text
    assert _gate_json(cut)["prior_id"] is None


def test_drop_fails_with_paired_interval_then_signed_override_passes(
    workspace: Workspace, cli: Cli
) -> None:
    _baseline(workspace)
    # one misrouted item out of 60: routing accuracy 1.0 -> 0.9833, a 1.67-point drop
    cut = write_cut(
        workspace.cuts, "new", acuity_results(wrong=frozenset({5})), goldset_head=workspace.head
    )
    result = cli("gate")
    assert result.code == 1, result.text
    m = _metric(cut, "acuity.routing_accuracy")
    assert m["status"] == "fail"
    assert m["delta"] == pytest.approx(-1 / 60)
    lo, hi = m["paired_ci95"]
    assert lo < 0 <= hi  # one flipped item: the paired interval includes no change
    assert "fell by 0.0167 vs prior base" in m["reasons"][0]
    md = (cut / "gate.md").read_text(encoding="utf-8")
    assert md.startswith("## ❌ Release gate: FAIL")
    assert "| routing_accuracy ↑ | 0.9833 |" in md

    # a clinical lead's key is refused at signing time (exit 2), and nothing is appended
    refused = cli(
        "override",
        "sign",
        "--metric",
        "acuity.routing_accuracy",
        "--prior",
        "base",
        "--cut",
        "new",
        "--reason",
        "x",
        "--key",
        DEMO_LEAD,
        "--signers",
        "goldsets/allowed_signers.yaml",
    )
    assert refused.code == 2 and "overrides need a release-engineer key" in refused.text
    assert "gate-override" not in Path("CHANGELOG.md").read_text(encoding="utf-8")

    # the one misrouted item moves three acuity metrics; each needs its own signed block
    failing = [m["key"] for m in _gate_json(cut)["metrics"] if m["status"] == "fail"]
    assert failing == [
        "acuity.precision_at_1pct_fpr",
        "acuity.routing_accuracy",
        "acuity.band_accuracy",
    ]
    for key in failing:
        signed = cli(
            "override",
            "sign",
            "--metric",
            key,
            "--prior",
            "base",
            "--cut",
            cut,
            "--reason",
            "acu-005 relabelled as queue in goldset batch 0002",
            "--key",
            DEMO_RELEASE,
            "--signers",
            "goldsets/allowed_signers.yaml",
        )
        assert signed.code == 0, signed.text
    assert Path("CHANGELOG.md").read_text(encoding="utf-8").count("```gate-override") == 3
    again = cli("gate")
    assert again.code == 0, again.text
    m = _metric(cut, "acuity.routing_accuracy")
    assert m["status"] == "overridden"
    assert "overridden by demo-release-engineer (DEMO-ONLY key)" in m["override"]

    # editing the first block's reason afterwards invalidates its signature, and only its
    text = Path("CHANGELOG.md").read_text(encoding="utf-8").replace("batch 0002", "batch 0003", 1)
    Path("CHANGELOG.md").write_text(text, encoding="utf-8")
    edited = cli("gate")
    assert edited.code == 1
    assert "does not verify" in _metric(cut, "acuity.precision_at_1pct_fpr")["reasons"][0]
    assert _metric(cut, "acuity.routing_accuracy")["status"] == "overridden"


def test_tampered_goldset_fails(workspace: Workspace, cli: Cli) -> None:
    cut = write_cut(workspace.cuts, "new", acuity_results(), goldset_head=workspace.head)
    batch = workspace.root / "goldsets" / "acuity" / "0001-seed.jsonl"
    lines = batch.read_text(encoding="utf-8").splitlines()
    item = json.loads(lines[0])
    item["gold_routing"] = "clear" if item["gold_routing"] != "clear" else "queue"
    lines[0] = json.dumps(item, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("gate", "--cut", cut)
    assert result.code == 1
    check = next(c for c in _gate_json(cut)["checks"] if c["name"] == "goldset")
    assert not check["ok"] and "goldset does not verify" in check["reason"]
    assert "0001-seed.jsonl" in check["reason"]


def test_unsigned_cut_on_other_head_fails(workspace: Workspace, cli: Cli) -> None:
    cut = write_cut(
        workspace.cuts, "new", acuity_results(), goldset_head=None, goldset_signed=False
    )
    assert cli("gate", "--cut", cut).code == 1
    failed = {c["name"] for c in _gate_json(cut)["checks"] if not c["ok"]}
    assert failed == {"signed", "goldset_head"}


def test_thresholds_typo_is_exit_2_naming_the_line(workspace: Workspace, cli: Cli) -> None:
    write_cut(workspace.cuts, "new", acuity_results(), goldset_head=workspace.head)
    text = (
        Path("thresholds.yaml")
        .read_text(encoding="utf-8")
        .replace("irae.precision:", "irae.precison:")
    )
    Path("bad.yaml").write_text(text, encoding="utf-8")
    line = text.splitlines().index("irae.precison:") + 1
    result = cli("gate", "--thresholds", "bad.yaml")
    assert result.code == 2
    assert f"bad.yaml:{line}: unknown metric key 'irae.precison'" in result.text


def test_missing_explicit_prior_is_exit_2(workspace: Workspace, cli: Cli) -> None:
    write_cut(workspace.cuts, "new", acuity_results(), goldset_head=workspace.head)
    result = cli("gate", "--prior", "nope/report.json")
    assert result.code == 2 and "--prior nope/report.json: file not found" in result.text


def test_promote_refuses_failing_and_unsigned_cuts(workspace: Workspace, cli: Cli) -> None:
    _baseline(workspace)
    write_cut(
        workspace.cuts, "bad", acuity_results(wrong=frozenset({5})), goldset_head=workspace.head
    )
    result = cli("promote", "bad")
    assert result.code == 1 and "refusing to promote bad" in result.text
    assert json.loads((workspace.baseline / "report.json").read_text())["cut_id"] == "base"

    unsigned = write_cut(
        workspace.cuts,
        "unsigned",
        acuity_results(),
        goldset_head=workspace.head,
        goldset_signed=False,
    )
    assert cli("promote", unsigned).code == 1

    good = write_cut(workspace.cuts, "good", acuity_results(), goldset_head=workspace.head)
    result = cli("promote", "good")
    assert result.code == 0, result.text
    assert (workspace.baseline / "report.json").read_bytes() == (good / "report.json").read_bytes()
    assert (workspace.baseline / "results.jsonl").read_bytes() == (
        good / "results.jsonl"
    ).read_bytes()

    forced = cli("promote", "bad", "--force")
    assert forced.code == 0 and "--force: promoted although" in forced.text
    assert json.loads((workspace.baseline / "report.json").read_text())["cut_id"] == "bad"


def test_report_rerenders_from_gate_json(workspace: Workspace, cli: Cli) -> None:
    cut = write_cut(workspace.cuts, "new", acuity_results(), goldset_head=workspace.head)
    assert cli("report", "new").code == 0  # no gate.json yet: evaluates first
    (cut / "junit.xml").unlink()
    (cut / "report.html").unlink()
    result = cli("report", str(cut))
    assert result.code == 0, result.text
    assert ET.parse(cut / "junit.xml").getroot().tag == "testsuites"
    assert (cut / "report.html").stat().st_size > 10_000


def test_ci_verifies_runs_and_gates(
    workspace: Workspace, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import harness.runner

    calls: list[dict[str, Any]] = []

    def fake_run_cut(**kwargs: Any) -> Path:
        calls.append(kwargs)
        return write_cut(kwargs["out"], "ci-cut", acuity_results(), goldset_head=workspace.head)

    monkeypatch.setattr(harness.runner, "run_cut", fake_run_cut)
    result = cli("ci", "--quiet")
    assert result.code == 0, result.text
    assert calls[0]["pipeline"] == "all" and calls[0]["provider"] == "local"
    assert calls[0]["allow_unsigned"] is False
    assert "not inside a git work tree: goldset checked without --against" in result.text
    assert (workspace.cuts / "ci-cut" / "gate.md").is_file()


def test_ci_stops_on_a_goldset_that_does_not_verify(
    workspace: Workspace, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import harness.runner

    monkeypatch.setattr(harness.runner, "run_cut", lambda **_: pytest.fail("must not run"))
    (workspace.root / "goldsets" / "MANIFEST.jsonl").write_text("", encoding="utf-8")
    result = cli("ci", "--quiet")
    assert result.code == 1
    assert "does not verify" in result.text


def test_base_ref_prefers_the_pull_requests_base(monkeypatch: pytest.MonkeyPatch) -> None:
    from harness._cli import gate as gate_cli

    known = {
        "rev-parse --is-inside-work-tree",
        "rev-parse --verify --quiet origin/release^{commit}",
    }
    monkeypatch.setattr(gate_cli, "_git_ok", lambda *args: " ".join(args) in known)
    monkeypatch.setenv("GITHUB_BASE_REF", "release")
    assert gate_cli.base_ref() == ("origin/release", "goldset checked against origin/release")
    monkeypatch.delenv("GITHUB_BASE_REF")
    ref, how = gate_cli.base_ref()
    assert ref is None and how == "no origin/main in this clone: goldset checked without --against"
