"""Gathers what `decide` needs from disk (cut, prior, thresholds, changelog, goldset) and calls it.

The only place the gate touches files; `decide` itself stays pure and is tested on hand-made values.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.errors import InputError
from harness.gate.cuts import REPORT, RESULTS, load_summary, read_jsonl, score_records
from harness.gate.decide import decide
from harness.gate.model import CutSummary, GoldsetState, PairedDelta, Verdict
from harness.gate.overrides import OverrideSet, load_overrides
from harness.gate.thresholds import load_thresholds, metric_directions, spec_keys

SIGNERS_FILE = "allowed_signers.yaml"


@dataclass(frozen=True)
class GateInputs:
    """Where the gate reads from; defaults are the repository layout of SPEC section 2."""

    cut: Path
    prior: Path | None = Path("reports/baseline/report.json")
    prior_required: bool = False
    """True when the user named --prior: a missing file is then bad input, not 'no baseline'."""
    thresholds: Path = Path("thresholds.yaml")
    changelog: Path = Path("CHANGELOG.md")
    goldsets: Path = Path("goldsets")


@dataclass(frozen=True)
class GateRun:
    verdict: Verdict
    cut_dir: Path


def goldset_state(goldsets: Path, *, against: str | None = None) -> GoldsetState:
    """Verify today's goldset and keep what the gate compares against."""
    from harness.goldset.verify import verify_goldset

    if not Path(goldsets).is_dir():
        raise InputError(f"goldset folder {goldsets} not found: pass --goldsets DIR")
    report = verify_goldset(Path(goldsets), against=against)
    return GoldsetState(
        ok=report.ok,
        head=report.head,
        problems=[str(p) for p in report.problems],
        against=against if report.ok else None,
    )


def paired_deltas(
    cut: CutSummary,
    prior: CutSummary,
    cut_results: list[dict[str, Any]],
    prior_results: list[dict[str, Any]],
    keys: frozenset[str],
) -> tuple[dict[str, PairedDelta], list[str]]:
    """Paired-bootstrap change for each of `keys` both cuts report, on the items both scored."""
    from harness.metrics import paired_delta

    out: dict[str, PairedDelta] = {}
    notes: list[str] = []
    for category, summary in cut.categories.items():
        if category not in prior.categories:
            continue
        now = score_records(cut_results, category)
        before = score_records(prior_results, category)
        if not now or not before:
            continue
        for metric in summary.metrics:
            key = f"{category}.{metric}"
            if key not in keys or metric not in prior.categories[category].metrics:
                continue
            try:
                result = paired_delta(category, metric, before, now)
            except (KeyError, ValueError) as exc:
                # A paired interval explains a move; lacking one must not block the decision.
                notes.append(f"{key}: no paired interval ({exc})")
                continue
            out[key] = PairedDelta.model_validate(dict(result))
    return out, notes


def evaluate(inputs: GateInputs, *, state: GoldsetState | None = None) -> GateRun:
    """Load everything, verify the goldset (unless `state` is given) and decide."""
    thresholds = load_thresholds(inputs.thresholds)
    cut = load_summary(inputs.cut / REPORT)
    notes: list[str] = []

    prior: CutSummary | None = None
    prior_results: list[dict[str, Any]] = []
    if inputs.prior is not None and inputs.prior.is_file():
        prior = load_summary(inputs.prior)
        prior_results = read_jsonl(inputs.prior.parent / RESULTS)
    elif inputs.prior is not None and inputs.prior_required:
        raise InputError(f"--prior {inputs.prior}: file not found; give a cut's report.json")
    else:
        where = inputs.prior if inputs.prior is not None else "reports/baseline/report.json"
        notes.append(
            f"No baseline at {where}: bounds only, no drop check "
            "(make one with `harness promote CUT`)."
        )

    signers_path = inputs.goldsets / SIGNERS_FILE
    from harness.goldset.keys import load_signers

    overrides = OverrideSet(
        blocks=load_overrides(inputs.changelog), signers=load_signers(signers_path)
    )
    if state is None:
        state = goldset_state(inputs.goldsets)

    directions = metric_directions()
    paired: dict[str, PairedDelta] = {}
    if prior is not None:
        cut_results = read_jsonl(inputs.cut / RESULTS)
        if prior_results and cut_results:
            keys = (spec_keys() | frozenset(thresholds.bounds)) & frozenset(directions)
            paired, paired_notes = paired_deltas(cut, prior, cut_results, prior_results, keys)
            notes += paired_notes
        else:
            notes.append("Per-item results missing for the cut or the prior: no paired intervals.")

    verdict = decide(cut, prior, thresholds, overrides, state, paired=paired, directions=directions)
    if notes:
        # The prior's absence is already said once by decide; keep the file path version only.
        kept = [n for n in verdict.notes if not n.startswith("No prior cut")]
        verdict = verdict.model_copy(update={"notes": notes + kept})
    return GateRun(verdict=verdict, cut_dir=inputs.cut)
