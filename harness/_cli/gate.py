"""`harness gate`, `harness ci` and `harness promote` (SPEC sections 7-8).

The gate reads a cut folder and decides; only `ci` composes verify + run + gate.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from harness.errors import GateFailed, InputError, VerificationError

if TYPE_CHECKING:
    from harness.gate import GateRun, GoldsetState

_CUTS = Path("reports/cuts")
_BASELINE = Path("reports/baseline")


def _inputs(
    cut: Path | None, prior: Path | None, thresholds: Path, cuts_root: Path
) -> tuple[Path, Path, bool]:
    """The cut folder, the prior report path, and whether the user named the prior."""
    from harness.gate.cuts import cut_dir, newest_cut

    folder = newest_cut(cuts_root) if cut is None else cut_dir(cut, cuts_root)
    prior_path = prior if prior is not None else _BASELINE / "report.json"
    if not thresholds.is_file():
        raise InputError(f"thresholds file {thresholds} not found: pass --thresholds FILE")
    return folder, prior_path, prior is not None


def run_gate(
    cut: Path | None,
    prior: Path | None,
    thresholds: Path,
    changelog: Path,
    goldsets: Path,
    cuts_root: Path,
    *,
    state: GoldsetState | None = None,
) -> GateRun:
    """Evaluate the gate on a cut and write gate.json, gate.md, junit.xml and report.html."""
    from harness.gate import GateInputs, evaluate
    from harness.report import write_reports

    folder, prior_path, required = _inputs(cut, prior, thresholds, cuts_root)
    run = evaluate(
        GateInputs(
            cut=folder,
            prior=prior_path,
            prior_required=required,
            thresholds=thresholds,
            changelog=changelog,
            goldsets=goldsets,
        ),
        state=state,
    )
    write_reports(folder, run.verdict)
    return run


def _print(run: GateRun) -> None:
    from rich.console import Console

    console = Console()
    v = run.verdict
    for note in v.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    for m in v.metrics:
        if m.status == "overridden":
            console.print(f"[yellow]overridden[/] {m.key}: {m.override}", highlight=False)
    for failure in v.failures:
        console.print(f"[red]FAIL[/] {failure}", highlight=False)
    n_pass = sum(1 for m in v.metrics if m.status != "fail") + sum(1 for c in v.checks if c.ok)
    total = len(v.metrics) + len(v.checks)
    word = "[bold green]PASS[/]" if v.passed else "[bold red]FAIL[/]"
    console.print(
        f"gate {word} for cut {v.cut_id} ({n_pass}/{total} checks and metrics pass); "
        f"reports in {run.cut_dir}/ (gate.md, junit.xml, report.html)",
        highlight=False,
    )


def _finish(run: GateRun) -> None:
    _print(run)
    if not run.verdict.passed:
        raise GateFailed(
            f"the release gate fails cut {run.verdict.cut_id} "
            f"({len(run.verdict.failures)} failure(s)); read {run.cut_dir / 'gate.md'}, fix the "
            "regression, or add a signed override (`harness override sign`) for a justified drop"
        )


def _git_ok(*args: str) -> bool:
    try:
        done = subprocess.run(["git", *args], capture_output=True, check=False, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def base_ref() -> tuple[str | None, str]:
    """The git ref the goldset must extend in CI, and a sentence saying how it was chosen."""
    if not _git_ok("rev-parse", "--is-inside-work-tree"):
        return None, "not inside a git work tree: goldset checked without --against"
    base = os.environ.get("GITHUB_BASE_REF", "").strip()
    candidates = [f"origin/{base}", base] if base else ["origin/main"]
    for ref in candidates:
        if _git_ok("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"):
            return ref, f"goldset checked against {ref}"
    tried = " or ".join(candidates)
    return None, f"no {tried} in this clone: goldset checked without --against"


def register(app: typer.Typer) -> None:
    @app.command("gate")
    def gate(
        cut: Path | None = typer.Option(
            None, "--cut", help="cut folder or id (default: newest under reports/cuts)"
        ),
        prior: Path | None = typer.Option(
            None, "--prior", help="prior report.json (default: reports/baseline/report.json)"
        ),
        thresholds: Path = typer.Option(Path("thresholds.yaml"), "--thresholds"),
        changelog: Path = typer.Option(Path("CHANGELOG.md"), "--changelog"),
        goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help="goldset folder"),
        cuts_root: Path = typer.Option(_CUTS, "--cuts", help="folder of cut folders"),
    ) -> None:
        """Pass or fail a cut against thresholds, the prior cut and signed overrides."""
        _finish(run_gate(cut, prior, thresholds, changelog, goldsets, cuts_root))

    @app.command("ci")
    def ci(
        goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help="goldset folder"),
        thresholds: Path = typer.Option(Path("thresholds.yaml"), "--thresholds"),
        changelog: Path = typer.Option(Path("CHANGELOG.md"), "--changelog"),
        prior: Path | None = typer.Option(
            None, "--prior", help="prior report.json (default: reports/baseline/report.json)"
        ),
        cuts_root: Path = typer.Option(_CUTS, "--out", help="folder of cut folders"),
        concurrency: int = typer.Option(4, "--concurrency", min=1, help="items in flight"),
        quiet: bool = typer.Option(False, "--quiet", help="no progress bar"),
    ) -> None:
        """Verify the goldset, run every pipeline with the local provider, and gate the cut."""
        from rich.console import Console

        from harness.gate import goldset_state
        from harness.runner import run_cut

        console = Console(stderr=True)
        if not thresholds.is_file():
            raise InputError(f"thresholds file {thresholds} not found: pass --thresholds FILE")
        ref, how = base_ref()
        console.print(f"[bold]1/3 goldset[/]: {how}", highlight=False)
        state = goldset_state(goldsets, against=ref)
        if not state.ok:
            for problem in state.problems[:50]:
                console.print(f"  {problem}", highlight=False)
            raise VerificationError(
                f"goldset {goldsets} does not verify ({len(state.problems)} problem(s)); "
                "fix the items or sign the batch with `harness goldset add`"
            )
        console.print("[bold]2/3 run[/]: pipeline all, provider local", highlight=False)
        cut = run_cut(
            pipeline="all",
            provider="local",
            goldsets=goldsets,
            categories=None,
            corpus=None,
            concurrency=concurrency,
            out=cuts_root,
            allow_unsigned=False,
            no_cache=False,
            options={},
            progress=not quiet,
        )
        console.print(f"[bold]3/3 gate[/]: {cut}", highlight=False)
        _finish(run_gate(cut, prior, thresholds, changelog, goldsets, cuts_root, state=state))

    @app.command("promote")
    def promote_cmd(
        cut: str = typer.Argument(..., help="cut folder or id under reports/cuts"),
        force: bool = typer.Option(False, "--force", help="promote even a failing or unsigned cut"),
        baseline: Path = typer.Option(_BASELINE, "--baseline", help="where the prior cut lives"),
        thresholds: Path = typer.Option(Path("thresholds.yaml"), "--thresholds"),
        changelog: Path = typer.Option(Path("CHANGELOG.md"), "--changelog"),
        goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help="goldset folder"),
        cuts_root: Path = typer.Option(_CUTS, "--cuts", help="folder of cut folders"),
    ) -> None:
        """Make CUT the prior cut: copy its report.json and results.jsonl into reports/baseline/."""
        from harness.gate import GateInputs, evaluate, promote
        from harness.gate.cuts import cut_dir

        folder = cut_dir(cut, cuts_root)
        # Decided afresh against the current baseline: a stale gate.json must not promote a cut.
        run = evaluate(
            GateInputs(
                cut=folder,
                prior=baseline / "report.json",
                thresholds=thresholds,
                changelog=changelog,
                goldsets=goldsets,
            )
        )
        warnings = promote(folder, baseline, run.verdict, force=force)
        for warning in warnings:
            typer.echo(f"warning: {warning}", err=True)
        typer.echo(f"promoted {run.verdict.cut_id} to {baseline}/")
