"""`harness goldset ...`: verify, add, roster, stats and export for the signed goldset.

Thin wrappers over harness.goldset; heavy libraries are imported only by `export`.
"""

from __future__ import annotations

from pathlib import Path

import typer

goldset_app = typer.Typer(help="The signed, append-only goldset (goldsets/).")

_ROOT_HELP = "Goldset folder (holds MANIFEST.jsonl and one folder per category)."
_MAX_SHOWN = 200


@goldset_app.command("verify")
def verify(
    against: str | None = typer.Option(
        None, "--against", help="Also prove the goldset at this git ref is a prefix of today's."
    ),
    strict: bool = typer.Option(False, "--strict", help="Reject DEMO-ONLY signing keys."),
    goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help=_ROOT_HELP),
) -> None:
    """Check hashes, the chain, signatures and the roster; exit 1 naming each problem."""
    from rich.console import Console
    from rich.markup import escape

    from harness.errors import VerificationError
    from harness.goldset import verify_goldset

    report = verify_goldset(goldsets, against=against, strict=strict)
    out = Console(highlight=False, soft_wrap=True)
    if report.ok:
        total = sum(report.counts.values())
        suffix = f", prefix of {against}" if against else ""
        out.print(f"[green]goldset verifies[/]: {total} items, head {report.head}{suffix}")
        return
    err = Console(stderr=True, highlight=False)
    for p in report.problems[:_MAX_SHOWN]:
        err.print(f"[red]FAIL[/] {escape(str(p))}", soft_wrap=True)
    if len(report.problems) > _MAX_SHOWN:
        err.print(f"... and {len(report.problems) - _MAX_SHOWN} more")
    # A project error, not typer.Exit: harness.cli maps it to exit 1 (click swallows Exit codes
    # when run with standalone_mode=False).
    raise VerificationError(f"goldset does not verify: {len(report.problems)} problem(s)")


@goldset_app.command("add")
def add(
    category: str = typer.Argument(..., help="acuity, phi, retrieval, groundedness, refusal, irae"),
    file: Path = typer.Argument(..., help="JSONL file of new items (ids may be left out)."),
    key: Path = typer.Option(..., "--key", help="Your clinical-lead private key file."),
    goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help=_ROOT_HELP),
    threshold: float = typer.Option(
        0.9, "--threshold", help="Token-set Jaccard at or above which items are near duplicates."
    ),
    slug: str | None = typer.Option(None, "--slug", help="Batch file name part (default: FILE's)."),
) -> None:
    """Validate, de-duplicate and append a batch, signed, in one atomic step."""
    from harness.goldset import add_batch
    from harness.goldset.keys import load_private_key

    result = add_batch(
        goldsets, category, file, load_private_key(key), threshold=threshold, slug=slug
    )
    if result.genesis:
        typer.echo("wrote the genesis roster line (allowed_signers.yaml, trusted on first use)")
    typer.echo(f"added {len(result.ids)} item(s) to {result.file}; head {result.head}")


@goldset_app.command("roster")
def roster(
    key: Path = typer.Option(..., "--key", help="A key that is already a clinical lead."),
    goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help=_ROOT_HELP),
) -> None:
    """Attest the current allowed_signers.yaml in the manifest chain."""
    from harness.goldset import sign_roster
    from harness.goldset.keys import load_private_key

    head = sign_roster(goldsets, load_private_key(key))
    if head is None:
        typer.echo("allowed_signers.yaml already matches the attested roster; nothing to sign")
    else:
        typer.echo(f"roster attested; head {head}")


@goldset_app.command("stats")
def stats(goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help=_ROOT_HELP)) -> None:
    """Items per category, signers and the chain head, as a table."""
    from collections import Counter

    from rich.console import Console
    from rich.table import Table

    from harness.goldset import verify_goldset
    from harness.goldset.verify import _scan

    report = verify_goldset(goldsets)
    st = _scan(goldsets)
    batches = Counter(entry.category for _, entry in st.batches.values())
    signers_by_cat: dict[str, set[str]] = {}
    for _, entry in st.batches.values():
        signers_by_cat.setdefault(entry.category, set()).add(entry.signer)

    table = Table(title=f"goldset {goldsets}")
    table.add_column("category")
    table.add_column("items", justify="right")
    table.add_column("batches", justify="right")
    table.add_column("signers")
    for cat, n in report.counts.items():
        table.add_row(
            cat, str(n), str(batches.get(cat, 0)), ", ".join(sorted(signers_by_cat.get(cat, ())))
        )
    table.add_section()
    table.add_row("total", str(sum(report.counts.values())), str(sum(batches.values())), "")
    out = Console(highlight=False, soft_wrap=True)
    out.print(table)
    roster = st.roster or {}
    for name in sorted(roster):
        s = roster[name]
        demo = " [yellow]DEMO-ONLY[/]" if s.demo_only else ""
        out.print(f"signer {name}: {s.role}, {report.signers.get(name, 0)} item(s) signed{demo}")
    out.print(f"chain head: {report.head or '(no manifest)'} ({len(st.manifest_lines)} lines)")
    status = (
        "[green]verifies[/]"
        if report.ok
        else f"[red]does not verify[/] ({len(report.problems)} problem(s))"
    )
    out.print(f"status: {status}")


@goldset_app.command("export")
def export(
    fmt: str = typer.Option(..., "--format", help="jsonl, parquet or hf (a datasets folder)."),
    out: Path | None = typer.Option(
        None, "--out", help="Output path (default: reports/goldset.<ext>)."
    ),
    goldsets: Path = typer.Option(Path("goldsets"), "--goldsets", help=_ROOT_HELP),
    allow_unsigned: bool = typer.Option(
        False, "--allow-unsigned", help="Export even if the goldset does not verify."
    ),
) -> None:
    """Export the verified goldset for analysis or sharing."""
    from harness.goldset.export import export_goldset

    default = {"jsonl": "goldset.jsonl", "parquet": "goldset.parquet", "hf": "goldset_hf"}
    target = out or Path("reports") / default.get(fmt, "goldset")
    path, n = export_goldset(goldsets, target, fmt, allow_unsigned=allow_unsigned)
    typer.echo(f"exported {n} item(s) to {path}")


def register(app: typer.Typer) -> None:
    app.add_typer(goldset_app, name="goldset")
