"""`harness run`: run a pipeline over the goldset and write a cut folder (SPEC sections 6 and 8).

Thin wrapper over `harness.runner.run_cut`; heavy imports stay inside the command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from harness.errors import InputError


def parse_sets(pairs: list[str]) -> dict[str, Any]:
    """`--set key=value` pairs as a dict; values that parse as JSON (numbers, true) are typed."""
    import json

    options: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--set {pair!r} must look like key=value (e.g. --set top_k=20)")
        try:
            options[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            options[key.strip()] = value
    return options


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run(
        pipeline: str = typer.Option(
            "triage", "--pipeline", help="triage, irae, all, or module:attribute"
        ),
        provider: str = typer.Option(
            "local", "--provider", help="local, anthropic, openai or replay"
        ),
        goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help="goldset folder"),
        categories: str | None = typer.Option(
            None, "--categories", help="comma-separated; default: all the pipeline answers"
        ),
        corpus: Path | None = typer.Option(
            None, "--corpus", help="pathway corpus: Markdown folder or JSONL file"
        ),
        concurrency: int = typer.Option(8, "--concurrency", min=1, help="items in flight"),
        resume: str | None = typer.Option(
            None, "--resume", help="finish the cut CUT_ID with its saved arguments"
        ),
        allow_unsigned: bool = typer.Option(
            False, "--allow-unsigned", help="run a goldset that does not verify (cut is unsigned)"
        ),
        out: Path = typer.Option(Path("reports/cuts"), "--out", help="folder of cut folders"),
        no_cache: bool = typer.Option(False, "--no-cache", help="bypass the response cache"),
        retrieval: str | None = typer.Option(
            None, "--retrieval", help="memory or postgres (pipeline option)"
        ),
        dsn: str | None = typer.Option(None, "--dsn", help="Postgres DSN (pipeline option)"),
        sets: list[str] = typer.Option([], "--set", help="key=value pipeline option; repeatable"),
        cut_id: str | None = typer.Option(None, "--cut-id", help="name of the new cut folder"),
        max_attempts: int = typer.Option(5, "--max-attempts", min=1, help="calls per item"),
        timeout: float = typer.Option(
            120.0, "--timeout", help="seconds per predict() call before it counts as failed"
        ),
        quiet: bool = typer.Option(False, "--quiet", help="no progress bar"),
    ) -> None:
        """Run the pipeline over the goldset and write reports/cuts/<cut_id>/."""
        from harness.runner import RetryPolicy, run_cut

        if retrieval is not None and retrieval not in ("memory", "postgres"):
            raise InputError(f"--retrieval {retrieval!r}: use memory or postgres")
        if provider not in ("local", "anthropic", "openai", "replay"):
            raise InputError(f"--provider {provider!r}: use local, anthropic, openai or replay")
        options = parse_sets(sets)
        if retrieval is not None:
            options["retrieval"] = retrieval
        if dsn is not None:
            options["dsn"] = dsn
        cats = [c.strip() for c in categories.split(",") if c.strip()] if categories else None
        policy = RetryPolicy(
            max_attempts=max_attempts,
            attempt_timeout_s=timeout,
            item_deadline_s=max(600.0, timeout * max_attempts),
        )
        cut = run_cut(
            pipeline=pipeline,
            provider=provider,
            goldsets=goldsets,
            categories=cats,
            corpus=corpus,
            concurrency=concurrency,
            out=out,
            allow_unsigned=allow_unsigned,
            no_cache=no_cache,
            options=options,
            resume=resume,
            cut_id=cut_id,
            progress=not quiet,
            policy=policy,
        )
        _print_summary(cut)


def _print_summary(cut: Path) -> None:
    import json

    from rich.console import Console
    from rich.table import Table

    report = json.loads((cut / "report.json").read_text(encoding="utf-8"))
    console = Console()
    table = Table(title=f"cut {report['cut_id']}", show_lines=False)
    for col in ("category", "n", "errors", "metric", "value", "ci95"):
        table.add_column(col)
    for category, body in report["categories"].items():
        first = True
        for metric, mv in body["metrics"].items():
            value = mv.get("value")
            ci = mv.get("ci95")
            table.add_row(
                category if first else "",
                str(body["n"]) if first else "",
                str(body["errors"]["count"]) if first else "",
                metric,
                "-" if value is None else f"{value:.4f}",
                "-" if not ci else f"[{ci[0]:.3f}, {ci[1]:.3f}]",
            )
            first = False
    console.print(table)
    errors = report["errors"]["count"]
    signed = "signed" if report.get("goldset_signed") else "UNSIGNED"
    console.print(f"{report['n']} items, {errors} errors, goldset {signed}; wrote {cut}")
