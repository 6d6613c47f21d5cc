"""The release decision: a pure function from (cut, prior, thresholds, overrides) to a verdict.

No I/O here: callers load files, verify the goldset and compute paired intervals, then pass them in.
"""

from __future__ import annotations

from collections.abc import Mapping

from harness.contract import CATEGORIES
from harness.gate.model import (
    Check,
    CutSummary,
    Direction,
    GoldsetState,
    MetricVerdict,
    PairedDelta,
    Status,
    Verdict,
)
from harness.gate.overrides import OverrideSet
from harness.gate.thresholds import Thresholds, metric_directions, spec_keys

_EPS = 1e-9
"""Float slack so a move of exactly max_drop (0.92 -> 0.91) is not read as larger than it."""


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.4f}"


def _short(head: str | None) -> str:
    return "none" if head is None else head[:12]


def _checks(cut: CutSummary, state: GoldsetState, categories: list[str]) -> list[Check]:
    checks: list[Check] = []
    if state.ok:
        against = f", extends {state.against}" if state.against else ""
        checks.append(Check(name="goldset", ok=True, reason=f"goldset verifies{against}"))
    else:
        shown = "; ".join(state.problems[:5]) or "verification failed"
        more = f" (+{len(state.problems) - 5} more)" if len(state.problems) > 5 else ""
        checks.append(
            Check(name="goldset", ok=False, reason=f"goldset does not verify: {shown}{more}")
        )

    if cut.goldset_signed:
        checks.append(Check(name="signed", ok=True, reason="cut ran on a signed goldset"))
    else:
        checks.append(
            Check(
                name="signed",
                ok=False,
                reason="cut was made with --allow-unsigned (no manifest); the gate refuses "
                "unsigned cuts: sign the goldset and re-run",
            )
        )

    if state.head is None:
        checks.append(
            Check(
                name="goldset_head",
                ok=False,
                reason="today's goldset has no manifest head (not signed): nothing to compare "
                "the cut with; sign the goldset with `harness goldset add`",
            )
        )
    elif cut.goldset_head == state.head:
        checks.append(
            Check(name="goldset_head", ok=True, reason=f"cut head {_short(state.head)} is today's")
        )
    else:
        checks.append(
            Check(
                name="goldset_head",
                ok=False,
                reason=f"cut was made on goldset head {_short(cut.goldset_head)} but today's head "
                f"is {_short(state.head)}: re-run the cut on the current goldset",
            )
        )

    per_category = sum(c.errors.count for c in cut.categories.values())
    n_errors = max(cut.errors.count, per_category)
    if n_errors == 0:
        checks.append(Check(name="errors", ok=True, reason="no item errored"))
    else:
        ids = cut.errors.ids or [i for c in cut.categories.values() for i in c.errors.ids]
        shown = ", ".join(ids[:10]) + (" ..." if len(ids) > 10 else "")
        checks.append(
            Check(
                name="errors",
                ok=False,
                reason=f"{n_errors} item(s) errored (scored fail-closed, never dropped): {shown}",
            )
        )

    for category in categories:
        n = cut.categories[category].n if category in cut.categories else 0
        checks.append(
            Check(
                name=f"category:{category}",
                ok=n > 0,
                reason=f"{n} items" if n > 0 else f"category {category} has no items in this cut",
            )
        )
    return checks


def _order(key: str, directions: Mapping[str, Direction]) -> tuple[int, int, str]:
    category = key.partition(".")[0]
    cat_rank = CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)
    keys = list(directions)
    return (cat_rank, keys.index(key) if key in keys else len(keys), key)


def decide(
    cut: CutSummary,
    prior: CutSummary | None,
    thresholds: Thresholds,
    overrides: OverrideSet,
    goldset_state: GoldsetState,
    *,
    paired: Mapping[str, PairedDelta] | None = None,
    directions: Mapping[str, Direction] | None = None,
) -> Verdict:
    """Pass or fail `cut`, with a reason for every cut-level check and every gated metric.

    A metric is gated when thresholds bound it, or when it is a SPEC section 5 key that both
    this cut and the prior report. It fails when outside
    its bound, or when it moved the wrong way by more than `max_drop` vs the prior, unless a
    valid signed override names this metric and this exact (prior, cut) pair. Overrides waive
    drops only; a bound changes only through a reviewed edit of thresholds.yaml.
    """
    dirs = metric_directions() if directions is None else directions
    paired = paired or {}
    notes: list[str] = []

    cut_keys = {f"{c}.{m}" for c, summary in cut.categories.items() for m in summary.metrics}
    gated = set(thresholds.bounds)
    if prior is None:
        notes.append("No prior cut (no baseline): bounds only, no drop check.")
    else:
        prior_keys = {
            f"{c}.{m}"
            for c, summary in prior.categories.items()
            for m, mv in summary.metrics.items()
            if mv.value is not None
        }
        gated |= {k for k in cut_keys & prior_keys if k in dirs and k in spec_keys()}
    unknown = sorted(k for k in cut_keys if k not in dirs)
    if unknown:
        notes.append(f"Not gated (no known direction): {', '.join(unknown)}.")

    categories = sorted(
        {k.partition(".")[0] for k in gated} | set(cut.categories),
        key=lambda c: (CATEGORIES.index(c) if c in CATEGORIES else len(CATEGORIES), c),
    )
    checks = _checks(cut, goldset_state, categories)

    verdicts: list[MetricVerdict] = []
    for key in sorted(gated, key=lambda k: _order(k, dirs)):
        category, _, name = key.partition(".")
        direction = dirs[key]
        current = cut.metric(key)
        value = current.value if current else None
        reasons: list[str] = []
        override_note: str | None = None
        status: Status = "pass"

        bound = thresholds.bounds.get(key)
        if bound is not None:
            where = f"{thresholds.source}:{bound.line}"
            if value is None:
                reasons.append(
                    f"no value on this cut, so the bound {bound.kind} {bound.value} ({where}) "
                    "cannot be met"
                )
            elif bound.kind == "min" and value < bound.value - _EPS:
                reasons.append(f"{_fmt(value)} is below the min {bound.value} ({where})")
            elif bound.kind == "max" and value > bound.value + _EPS:
                reasons.append(f"{_fmt(value)} is above the max {bound.value} ({where})")

        prior_value: float | None = None
        delta: float | None = None
        pd = paired.get(key)
        if prior is not None:
            prior_mv = prior.metric(key)
            prior_value = prior_mv.value if prior_mv else None
        if prior is not None and prior_value is not None and value is not None:
            delta = value - prior_value
            wrong_way = -delta if direction == "higher" else delta
            if wrong_way > thresholds.max_drop + _EPS:
                verb = "fell" if direction == "higher" else "rose"
                noise = ""
                if pd is not None and pd.ci95 is not None:
                    lo, hi = pd.ci95
                    covers = lo <= 0.0 <= hi
                    noise = f"; paired 95% interval of the change [{lo:+.4f}, {hi:+.4f}]" + (
                        " includes 0 (may be noise)" if covers else " excludes 0"
                    )
                drop = (
                    f"{verb} by {abs(delta):.4f} vs prior {prior.cut_id} "
                    f"({_fmt(prior_value)} -> {_fmt(value)}), more than max_drop "
                    f"{thresholds.max_drop}{noise}"
                )
                found = overrides.check(key, prior.cut_id, cut.cut_id)
                override_note = found.message
                if found.accepted:
                    status = "overridden"
                else:
                    reasons.append(f"{drop}; no valid override: {found.message}")
        elif prior is not None and value is not None and key in thresholds.bounds:
            notes.append(f"{key}: the prior cut has no value, so only the bound is checked.")

        if reasons:
            status = "fail"
        verdicts.append(
            MetricVerdict(
                key=key,
                category=category,
                metric=name,
                direction=direction,
                value=value,
                ci95=current.ci95 if current else None,
                bound_kind=bound.kind if bound else None,
                bound=bound.value if bound else None,
                prior=prior_value,
                delta=delta,
                paired_ci95=pd.ci95 if pd else None,
                n_shared=pd.n_shared if pd else None,
                status=status,
                reasons=reasons,
                override=override_note,
            )
        )

    passed = all(c.ok for c in checks) and all(m.status != "fail" for m in verdicts)
    return Verdict(
        passed=passed,
        cut_id=cut.cut_id,
        prior_id=prior.cut_id if prior else None,
        max_drop=thresholds.max_drop,
        checks=checks,
        metrics=verdicts,
        notes=notes,
    )
