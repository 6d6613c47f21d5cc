"""gate.md, junit.xml and report.html rendered from a real verdict on a written cut folder;
report.html is opened in headless Chromium (skipped only when /usr/bin/chromium is missing)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from harness.gate import GateInputs, GoldsetState, Verdict, evaluate
from harness.report import render_junit, render_markdown, write_reports
from tests.gate.conftest import HEAD
from tests.gate.cutfolder import acuity_results, write_cut

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def failing_cut(tmp_path: Path, repo_root: Path) -> tuple[Path, Verdict]:
    """A cut that drops routing vs its prior and has one errored item."""
    prior = write_cut(tmp_path, "prior", acuity_results())
    results = acuity_results(wrong=frozenset({5, 12}))
    results[7] = {**results[7], "status": "error", "error": "TransientError: 503 after 5 tries"}
    cut = write_cut(tmp_path, "cut", results, errors={"count": 1, "ids": [results[7]["id"]]})
    run = evaluate(
        GateInputs(
            cut=cut,
            prior=prior / "report.json",
            thresholds=repo_root / "thresholds.yaml",
            changelog=tmp_path / "CHANGELOG.md",
            goldsets=tmp_path / "no-goldsets",
        ),
        state=GoldsetState(ok=True, head=HEAD),
    )
    write_reports(cut, run.verdict)
    return cut, run.verdict


def test_junit_has_one_case_per_gated_metric(failing_cut: tuple[Path, Verdict]) -> None:
    cut, verdict = failing_cut
    root = ET.parse(cut / "junit.xml").getroot()
    metric_cases = [
        c for c in root.iter("testcase") if c.get("classname", "").startswith("gate.metrics.")
    ]
    assert len(metric_cases) == len(verdict.metrics) == 22
    names = {
        f"{c.get('classname', '').removeprefix('gate.metrics.')}.{c.get('name')}"
        for c in metric_cases
    }
    assert names == {m.key for m in verdict.metrics}
    failed = {c.get("name") for c in metric_cases if c.find("failure") is not None}
    assert failed == {m.metric for m in verdict.metrics if m.status == "fail"}
    assert "routing_accuracy" in failed
    failure = next(c for c in metric_cases if c.get("name") == "routing_accuracy").find("failure")
    assert failure is not None and "fell by 0.0333 vs prior prior" in failure.get("message", "")
    # cut-level checks are their own suite; the errored item fails there
    checks = {
        c.get("name"): c for c in root.iter("testcase") if c.get("classname") == "gate.checks"
    }
    assert checks["errors"].find("failure") is not None
    assert root.get("failures") == str(len(verdict.failures))


def test_markdown_reads_verdict_first_then_tables(failing_cut: tuple[Path, Verdict]) -> None:
    cut, verdict = failing_cut
    md = (cut / "gate.md").read_text(encoding="utf-8")
    assert md == render_markdown(verdict)
    assert md.splitlines()[0] == "## ❌ Release gate: FAIL"
    assert md.index("failure(s)") < md.index("### Checks") < md.index("### acuity")
    header = (
        "| metric | value | 95% interval | bound | prior | delta | paired 95% interval "
        "| verdict | reason |"
    )
    assert md.count(header) == 6  # one table per category
    row = next(line for line in md.splitlines() if line.startswith("| routing_accuracy"))
    cells = [c.strip() for c in row.strip("|").split(" | ")]
    assert cells[1] == "0.9667" and cells[4] == "1.0000" and cells[5] == "-0.0333"
    assert re.fullmatch(r"\[-0\.\d{4}, [+-]0\.\d{4}\]", cells[6])
    assert cells[7] == "**FAIL**" and "fell by 0.0333" in cells[8]


def test_junit_of_a_passing_verdict_has_no_failures(failing_cut: tuple[Path, Verdict]) -> None:
    _, verdict = failing_cut
    clean = verdict.model_copy(
        update={
            "passed": True,
            "checks": [c.model_copy(update={"ok": True}) for c in verdict.checks],
            "metrics": [
                m.model_copy(update={"status": "pass", "reasons": []}) for m in verdict.metrics
            ],
        }
    )
    root = ET.fromstring(render_junit(clean))
    assert root.get("failures") == "0"
    assert all(c.find("failure") is None for c in root.iter("testcase"))


def test_html_is_self_contained(failing_cut: tuple[Path, Verdict]) -> None:
    cut, _ = failing_cut
    html = (cut / "report.html").read_text(encoding="utf-8")
    # nothing fetched from anywhere: every image inline, no external scripts or stylesheets
    assert not re.search(r"""(src|href)=["'](https?:|//)""", html)
    assert "<script" not in html
    srcs = re.findall(r'<img id="([\w-]+)"[^>]*src="data:image/png;base64,', html)
    assert srcs == ["reliability-diagram", "confusion-routing", "confusion-band", "latency"]
    assert "Failed items (3)" in html  # two misrouted, one errored
    assert "TransientError: 503 after 5 tries" in html
    assert "&quot;policy&quot;: &quot;pass&quot;" in html  # its trace is shown


def _chromium(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    cmd = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp / 'profile'}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium not installed (CI installs it)"
)
def test_html_renders_in_headless_chromium(
    failing_cut: tuple[Path, Verdict], tmp_path: Path
) -> None:
    cut, _ = failing_cut
    url = (cut / "report.html").resolve().as_uri()
    shot = tmp_path / "report.png"
    done = _chromium(f"--screenshot={shot}", "--window-size=1280,2000", url, tmp=tmp_path)
    assert shot.is_file(), done.stderr[-2000:]
    from PIL import Image

    with Image.open(shot) as img:
        assert img.size == (1280, 2000)
        colours = img.convert("RGB").resize((128, 200)).getcolors(maxcolors=100_000)
    # a blank or error page has a handful of colours; the tables and plots have hundreds
    assert colours is not None and len(colours) > 50
    keep = Path(__file__).resolve().parents[2] / ".scratch" / "report-screenshot.png"
    keep.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, keep)

    dom = _chromium("--dump-dom", url, tmp=tmp_path)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert re.search(
        r'<img id="reliability-diagram" alt="Reliability diagram" src="data:image/png;base64,',
        dom.stdout,
    )
    assert 'id="verdict"' in dom.stdout and "FAIL" in dom.stdout
