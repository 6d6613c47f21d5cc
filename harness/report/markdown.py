"""gate.md: the verdict as Markdown that reads well in a CI job summary.

Overall verdict first, then failures, the cut-level checks, and one table per category.
"""

from __future__ import annotations

from harness.gate.model import MetricVerdict, Verdict

_MARK = {"pass": "pass", "fail": "**FAIL**", "overridden": "overridden"}


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:.4f}"


def _ci(ci: tuple[float, float] | None, signed: bool = False) -> str:
    if ci is None:
        return ""
    fmt = "{:+.4f}" if signed else "{:.4f}"
    return f"[{fmt.format(ci[0])}, {fmt.format(ci[1])}]"


def _cell(text: str) -> str:
    # A pipe or newline inside a cell would break the table.
    return text.replace("|", "\\|").replace("\n", " ")


def _bound(m: MetricVerdict) -> str:
    if m.bound_kind is None or m.bound is None:
        return ""
    return f"{'≥' if m.bound_kind == 'min' else '≤'} {m.bound:g}"


def _reason(m: MetricVerdict) -> str:
    if m.status == "fail":
        return "; ".join(m.reasons)
    if m.status == "overridden":
        return m.override or ""
    return ""


def render_markdown(verdict: Verdict) -> str:
    """The whole gate.md text."""
    head = "PASS" if verdict.passed else "FAIL"
    icon = "✅" if verdict.passed else "❌"
    prior = f"`{verdict.prior_id}`" if verdict.prior_id else "no prior cut (bounds only)"
    lines = [
        f"## {icon} Release gate: {head}",
        "",
        f"Cut `{verdict.cut_id}` vs prior {prior}; max drop {verdict.max_drop:g}.",
        "",
    ]
    failures = verdict.failures
    if failures:
        lines += [f"**{len(failures)} failure(s):**", ""]
        lines += [f"- {_cell(f)}" for f in failures]
        lines.append("")
    overridden = [m for m in verdict.metrics if m.status == "overridden"]
    if overridden:
        lines += ["**Overridden by signed CHANGELOG.md blocks:**", ""]
        lines += [f"- `{m.key}`: {_cell(m.override or '')}" for m in overridden]
        lines.append("")
    for note in verdict.notes:
        lines.append(f"> {_cell(note)}")
    if verdict.notes:
        lines.append("")

    lines += ["### Checks", "", "| check | verdict | detail |", "|---|---|---|"]
    for c in verdict.checks:
        lines.append(f"| {c.name} | {'pass' if c.ok else '**FAIL**'} | {_cell(c.reason)} |")
    lines.append("")

    categories: list[str] = []
    for m in verdict.metrics:
        if m.category not in categories:
            categories.append(m.category)
    header = (
        "| metric | value | 95% interval | bound | prior | delta | paired 95% interval "
        "| verdict | reason |"
    )
    for category in categories:
        lines += [f"### {category}", "", header, "|---|---:|---|---|---:|---:|---|---|---|"]
        for m in (x for x in verdict.metrics if x.category == category):
            arrow = "↑" if m.direction == "higher" else "↓"
            delta = "" if m.delta is None else f"{m.delta:+.4f}"
            lines.append(
                f"| {m.metric} {arrow} | {_num(m.value)} | {_ci(m.ci95)} | {_bound(m)} | "
                f"{_num(m.prior)} | {delta} | {_ci(m.paired_ci95, signed=True)} | "
                f"{_MARK[m.status]} | {_cell(_reason(m))} |"
            )
        lines.append("")
    lines.append(
        "↑ higher is better, ↓ lower is better. Paired interval: bootstrap over items both "
        "cuts scored; one that includes 0 means the move may be noise."
    )
    return "\n".join(lines) + "\n"
