"""`harness override sign`: append a signed gate-override block to CHANGELOG.md (SPEC section 7).

Refuses keys the gate would not accept, so a block that is written is a block that counts.
"""

from __future__ import annotations

from pathlib import Path

import typer

from harness.errors import InputError


def _cut_id(arg: str, cuts_root: Path) -> str:
    """A cut id as given, or read from a cut folder / report.json the user pointed at."""
    from harness.gate.cuts import REPORT, load_summary

    path = Path(arg)
    for candidate in (path, path / REPORT, cuts_root / arg / REPORT):
        if candidate.is_file() and candidate.name == REPORT:
            return load_summary(candidate).cut_id
    if "/" in arg or arg.endswith(".json"):
        raise InputError(f"{arg}: no cut report there; give a cut id, folder or report.json")
    return arg


def register(app: typer.Typer) -> None:
    override_app = typer.Typer(help="Signed gate overrides in CHANGELOG.md.", no_args_is_help=True)
    app.add_typer(override_app, name="override")

    @override_app.command("sign")
    def sign(
        metric: str = typer.Option(..., "--metric", help="<category>.<metric>, e.g. irae.f1"),
        prior: str = typer.Option(..., "--prior", help="prior cut id (or its folder)"),
        cut: str = typer.Option(..., "--cut", help="new cut id (or its folder)"),
        reason: str = typer.Option(..., "--reason", help="why this drop is acceptable"),
        key: Path = typer.Option(..., "--key", help="your release-engineer private key file"),
        changelog: Path = typer.Option(Path("CHANGELOG.md"), "--changelog"),
        signers: Path = typer.Option(
            Path("goldsets/allowed_signers.yaml"), "--signers", help="the signer roster"
        ),
        cuts_root: Path = typer.Option(Path("reports/cuts"), "--cuts"),
    ) -> None:
        """Sign an override for one metric and one (prior, cut) pair and append it."""
        from harness.gate.overrides import SIGNING_ROLE, append_block, make_block
        from harness.gate.thresholds import metric_directions
        from harness.goldset.keys import load_private_key, load_signers

        known = metric_directions()
        if metric not in known:
            raise InputError(
                f"--metric {metric!r} is not a gated metric; use <category>.<metric> from "
                f"SPEC section 5, e.g. {', '.join(sorted(known)[:3])}"
            )
        loaded = load_private_key(key)
        roster = load_signers(signers)
        entry = roster.get(loaded.name)
        if entry is None:
            raise InputError(
                f"key {key} belongs to {loaded.name!r}, who is not in {signers}; the gate would "
                "ignore this override. Ask a clinical lead to add you to the roster."
            )
        if entry.public_key_b64 != loaded.public_key_b64:
            raise InputError(
                f"key {key} does not match {loaded.name!r}'s public key in {signers}; "
                "use the key that roster entry was made from"
            )
        if entry.role != SIGNING_ROLE:
            raise InputError(
                f"{loaded.name!r} has role {entry.role} in {signers}; overrides need a "
                f"{SIGNING_ROLE} key"
            )
        prior_id = _cut_id(prior, cuts_root)
        cut_id = _cut_id(cut, cuts_root)
        block = make_block(loaded, metric, prior_id, cut_id, reason)
        append_block(
            changelog, block, heading=f"### Gate override: {metric} ({prior_id} -> {cut_id})"
        )
        demo = " with a DEMO-ONLY key" if loaded.demo else ""
        typer.echo(f"appended a signed override for {metric} to {changelog}{demo}")
