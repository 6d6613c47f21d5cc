"""The `harness` command: wires the sub-commands of `harness._cli` into one typer app.

Project errors become their exit codes here (0 pass, 1 fail, 2 bad input) with a readable message.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import typer
from rich.console import Console

from harness.errors import HarnessError

app = typer.Typer(
    name="harness",
    help="Eval-first release gate for clinical LLM agents.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.command("version")
def version() -> None:
    """Print the harness version."""
    from harness import __version__

    typer.echo(__version__)


# Each module defines `register(app)`; listed here so the command tree is visible in one place.
_COMMAND_MODULES = ("goldset", "keys", "run", "compare", "gate", "override", "report", "batch")

for _name in _COMMAND_MODULES:
    try:
        _mod = importlib.import_module(f"harness._cli.{_name}")
    except ModuleNotFoundError as exc:  # a sub-command not built yet must not break the rest
        if exc.name != f"harness._cli.{_name}":
            raise
        continue
    _mod.register(app)


def _usage_error_types() -> tuple[type[Any], ...]:
    """Click's usage-error base class, from click and from typer's vendored copy: recent typer
    releases raise their own, and an unknown option must be exit 2, not a traceback."""
    found: list[type[Any]] = []
    for module in ("click.exceptions", "typer._click.exceptions"):
        try:
            found.append(importlib.import_module(module).ClickException)
        except (ImportError, AttributeError):
            continue
    return tuple(found)


def main() -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    err = Console(stderr=True)
    try:
        # In non-standalone mode click returns (not raises) the code of `typer.Exit(n)`.
        code = app(standalone_mode=False)
    except HarnessError as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(2)
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        if isinstance(exc, _usage_error_types()):
            exc.show()
            sys.exit(2)
        raise
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
