"""`harness report CUT`: re-render gate.md, junit.xml and report.html for a cut.

Uses the cut's gate.json when the gate has run on it; otherwise evaluates the gate first.
"""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("report")
    def report(
        cut: str = typer.Argument(..., help="cut folder or id under reports/cuts"),
        thresholds: Path = typer.Option(Path("thresholds.yaml"), "--thresholds"),
        changelog: Path = typer.Option(Path("CHANGELOG.md"), "--changelog"),
        goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help="goldset folder"),
        prior: Path = typer.Option(Path("reports/baseline/report.json"), "--prior"),
        cuts_root: Path = typer.Option(Path("reports/cuts"), "--cuts"),
    ) -> None:
        """Write gate.md, junit.xml and report.html (and gate.json) beside the cut."""
        from harness.gate import GateInputs, evaluate
        from harness.gate.cuts import cut_dir
        from harness.report import read_verdict, write_reports

        folder = cut_dir(cut, cuts_root)
        verdict = read_verdict(folder)
        if verdict is None:
            verdict = evaluate(
                GateInputs(
                    cut=folder,
                    prior=prior,
                    thresholds=thresholds,
                    changelog=changelog,
                    goldsets=goldsets,
                )
            ).verdict
        paths = write_reports(folder, verdict)
        state = "PASS" if verdict.passed else "FAIL"
        typer.echo(
            f"gate {state} for {verdict.cut_id}; wrote " + ", ".join(str(p) for p in paths.values())
        )
