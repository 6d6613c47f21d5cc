"""Promoting a cut: its report.json and results.jsonl become the prior cut in reports/baseline/.

Refuses a failing or unsigned cut unless forced; files are replaced atomically, one by one.
"""

from __future__ import annotations

from pathlib import Path

from harness.errors import GateFailed, InputError
from harness.gate._files import write_atomic
from harness.gate.cuts import REPORT, RESULTS, load_summary
from harness.gate.model import Verdict


def promote(cut_dir: Path, baseline: Path, verdict: Verdict | None, *, force: bool) -> list[str]:
    """Copy the cut into `baseline`; returns warnings (what --force let through)."""
    summary = load_summary(cut_dir / REPORT)
    if not (cut_dir / RESULTS).is_file():
        raise InputError(f"{cut_dir}: no {RESULTS}; a baseline needs per-item results")
    problems: list[str] = []
    if not summary.goldset_signed:
        problems.append("the cut is unsigned (made with --allow-unsigned)")
    if verdict is not None and not verdict.passed:
        problems.append("the gate fails it: " + "; ".join(verdict.failures[:5]))
    if problems and not force:
        raise GateFailed(
            f"refusing to promote {summary.cut_id}: {' and '.join(problems)}. "
            "Fix it, or pass --force to promote anyway."
        )
    baseline.mkdir(parents=True, exist_ok=True)
    # results first: a reader that sees the new report.json then also finds its results.
    write_atomic(baseline / RESULTS, (cut_dir / RESULTS).read_bytes())
    write_atomic(baseline / REPORT, (cut_dir / REPORT).read_bytes())
    return [f"--force: promoted although {p}" for p in problems]
