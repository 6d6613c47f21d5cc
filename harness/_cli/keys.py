"""`harness keys new`: create an Ed25519 signing key and, optionally, list it in the roster.

Private keys go outside the repository (0600); only --demo keys may live inside it.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

keys_app = typer.Typer(help="Signing keys for goldset additions and gate overrides.")


def _default_key_path(name: str, demo: bool) -> Path:
    if demo:
        return Path("keys/demo") / f"DEMO-ONLY-{name}.key"
    base = os.environ.get("HARNESS_KEYS_DIR") or "~/.config/clinical-eval-gate/keys"
    return Path(base).expanduser() / f"{name}.key"


@keys_app.command("new")
def new(
    name: str = typer.Argument(..., help="Signer name, e.g. dr-okafor."),
    role: str = typer.Option(..., "--role", help="clinical-lead or release-engineer."),
    out: Path | None = typer.Option(
        None,
        "--out",
        help="Private key file (default: $HARNESS_KEYS_DIR or ~/.config/clinical-eval-gate/keys/).",
    ),
    demo: bool = typer.Option(
        False, "--demo", help="A published DEMO-ONLY key; may be written inside the repository."
    ),
    signers: Path | None = typer.Option(
        None,
        "--signers",
        help="Also add the public key to this allowed_signers.yaml file.",
    ),
) -> None:
    """Create a key pair; print the public key entry for allowed_signers.yaml."""
    from harness.errors import InputError
    from harness.goldset.keys import generate_keypair, load_signers, write_signers

    existing = load_signers(signers) if signers else {}
    if name in existing:
        raise InputError(f"{signers} already lists a signer named {name!r}; choose another name")
    signer = generate_keypair(name, role, out or _default_key_path(name, demo), demo=demo)
    path = (out or _default_key_path(name, demo)).expanduser().resolve()
    typer.echo(f"private key: {path} (mode 0600){'  DEMO-ONLY' if demo else ''}")
    typer.echo(f"public key:  {signer.public_key_b64}")
    if signers is None:
        typer.echo("add this entry to goldsets/allowed_signers.yaml under `signers:`")
        typer.echo(f"  - name: {signer.name}\n    role: {signer.role}")
        typer.echo(f"    public_key: {signer.public_key_b64}\n    demo_only: {str(demo).lower()}")
    else:
        write_signers(signers, {**existing, signer.name: signer})
        typer.echo(f"added {signer.name} ({signer.role}) to {signers}")
        if (signers.parent / "MANIFEST.jsonl").exists():
            typer.echo(
                "the roster changed: an existing clinical lead must attest it with "
                "`harness goldset roster --key THEIR_KEY` before the goldset verifies again"
            )


def register(app: typer.Typer) -> None:
    app.add_typer(keys_app, name="keys")
