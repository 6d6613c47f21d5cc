"""`harness compare CUT_A CUT_B`: paired metric deltas and flipped items between two cuts.

Prints a rich table, or the comparison as JSON with `--json`.
"""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("compare")
    def compare(
        cut_a: str = typer.Argument(..., help="the earlier cut: folder or id under --cuts"),
        cut_b: str = typer.Argument(..., help="the later cut: folder or id under --cuts"),
        as_json: bool = typer.Option(False, "--json", help="print JSON instead of tables"),
        cuts: Path = typer.Option(Path("reports/cuts"), "--cuts", help="folder of cut folders"),
        max_flips: int = typer.Option(50, "--max-flips", help="flipped items to list (table)"),
    ) -> None:
        """Per-metric deltas (B - A) with paired 95% intervals, and items whose outcome flipped."""
        import json

        from harness.runner.compare import compare_cuts, resolve_cut

        result = compare_cuts(resolve_cut(cut_a, cuts), resolve_cut(cut_b, cuts))
        if as_json:
            typer.echo(json.dumps(result, indent=2))
            return
        _print_tables(result, max_flips)


def _fmt(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def _print_tables(result: dict[str, object], max_flips: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    a, b = result["a"], result["b"]
    assert isinstance(a, dict) and isinstance(b, dict)
    table = Table(title=f"{a['cut_id']} -> {b['cut_id']}")
    table.add_column("metric", no_wrap=True)
    for col in ("A", "B", "delta", "ci95", "n", "change"):
        table.add_column(col)
    colour = {"better": "green", "worse": "red", "same": "dim"}
    metrics = result["metrics"]
    assert isinstance(metrics, list)
    for row in metrics:
        ci = row["ci95"]
        delta = row["delta"]
        table.add_row(
            f"{row['category']}.{row['metric']}",
            _fmt(row["a"]),
            _fmt(row["b"]),
            "-" if delta is None else f"{delta:+.4f}",
            "-" if not ci else f"[{ci[0]:+.3f}, {ci[1]:+.3f}]",
            _fmt(row["n_shared"]),
            f"[{colour[row['change']]}]{row['change']}[/]",
        )
    console.print(table)
    flips = result["flips"]
    assert isinstance(flips, list)
    if flips:
        ft = Table(title=f"flipped outcomes ({len(flips)})")
        for col in ("id", "category", "outcome", "A", "B"):
            ft.add_column(col)
        for f in flips[:max_flips]:
            ft.add_row(f["id"], f["category"], f["outcome"], str(f["a"]), str(f["b"]))
        console.print(ft)
        if len(flips) > max_flips:
            console.print(f"... and {len(flips) - max_flips} more (use --json for all)")
    else:
        console.print("no item changed outcome")
