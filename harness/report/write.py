"""Writes a verdict's reports beside its cut: gate.json, gate.md, junit.xml, report.html.

Reads the cut folder (report.json, results.jsonl, traces.jsonl) for the HTML plots and traces.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from harness.errors import InputError
from harness.gate._files import write_atomic
from harness.gate.cuts import REPORT, RESULTS, TRACES, read_jsonl, read_report
from harness.gate.model import Verdict
from harness.report.html import render_html
from harness.report.junit import render_junit
from harness.report.markdown import render_markdown

GATE_JSON = "gate.json"
GATE_MD = "gate.md"
JUNIT = "junit.xml"
HTML = "report.html"


def write_reports(cut_dir: Path, verdict: Verdict) -> dict[str, Path]:
    """Render and write every report file; returns their paths by kind."""
    report = read_report(cut_dir / REPORT)
    results = read_jsonl(cut_dir / RESULTS)
    traces: dict[str, Any] = {
        str(t.get("id")): t.get("trace") for t in read_jsonl(cut_dir / TRACES)
    }
    paths = {
        "json": cut_dir / GATE_JSON,
        "md": cut_dir / GATE_MD,
        "junit": cut_dir / JUNIT,
        "html": cut_dir / HTML,
    }
    write_atomic(paths["json"], verdict.model_dump_json(indent=2) + "\n")
    write_atomic(paths["md"], render_markdown(verdict))
    write_atomic(paths["junit"], render_junit(verdict))
    write_atomic(paths["html"], render_html(verdict, report, results, traces))
    return paths


def read_verdict(cut_dir: Path) -> Verdict | None:
    """The verdict stored in a cut's gate.json, or None when the gate has not run on it."""
    path = cut_dir / GATE_JSON
    if not path.exists():
        return None
    try:
        return Verdict.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(f"{path}: not a gate verdict ({exc}); re-run `harness gate`") from exc
