"""report.html: one self-contained page per cut (inline CSS, base64 PNGs, no network at all).

Shows the verdict, the gate tables, reliability and confusion plots, latency, cost per decision,
and the failed items with their traces, so a regression can be debugged from the file alone.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from harness.contract import ACUITY_BANDS, ROUTINGS
from harness.gate.model import Verdict
from harness.report import plots

MAX_FAILED_ITEMS = 200
MAX_TRACE_CHARS = 20_000

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:1200px;color:#1d1d1f;padding:0 1rem}
h1{font-size:1.6rem} h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
.verdict{font-size:1.3rem;padding:.8rem 1rem;border-radius:6px;font-weight:600}
.pass{background:#e3f6e8;color:#14532d} .fail{background:#fde8e8;color:#7f1d1d}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f7} td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.fail td{background:#fff4f4} tr.overridden td{background:#fffbe6}
.plots{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.plots img{border:1px solid #eee;max-width:100%}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;max-height:30rem;font-size:.8rem}
.muted{color:#666}
"""


@dataclass(frozen=True)
class AcuityRow:
    id: str
    gold_routing: str | None
    pred_routing: str | None
    gold_band: str | None
    pred_band: str | None
    confidence: float | None

    @property
    def correct(self) -> bool | None:
        if self.gold_routing is None or self.pred_routing is None:
            return None
        return self.gold_routing == self.pred_routing


def acuity_rows(results: Sequence[Mapping[str, Any]]) -> list[AcuityRow]:
    """Gold and predicted routing/band and confidence per acuity item, from results.jsonl.

    Read from the per-item score record (`harness.metrics.score_item`), which carries the gold
    labels: results never hold the goldset item itself.
    """
    rows: list[AcuityRow] = []
    for r in results:
        scores = r.get("scores")
        if r.get("category") != "acuity" or not isinstance(scores, Mapping):
            continue
        confidence = scores.get("confidence")
        rows.append(
            AcuityRow(
                id=str(r.get("id")),
                gold_routing=scores.get("gold_routing"),
                pred_routing=scores.get("pred_routing"),
                gold_band=scores.get("gold_band"),
                pred_band=scores.get("pred_band"),
                confidence=None if confidence is None else float(confidence),
            )
        )
    return rows


def failed_items(results: Sequence[Mapping[str, Any]]) -> list[tuple[Mapping[str, Any], str]]:
    """Items that errored or were routed wrongly, each with a one-line why."""
    out: list[tuple[Mapping[str, Any], str]] = []
    for r in results:
        scores = r.get("scores") or {}
        if r.get("status") != "ok":
            out.append((r, f"error: {r.get('error') or 'unknown'}"))
        elif scores.get("routing_correct") is False:
            why = f"routed {scores.get('pred_routing')}, gold {scores.get('gold_routing')}"
            if scores.get("unsafe_clear"):
                why += " (unsafe clear)"
            out.append((r, why))
    return out


def _num(x: Any, digits: int = 4) -> str:
    return "" if x is None else f"{float(x):.{digits}f}"


def _ci(ci: Sequence[float] | None, signed: bool = False) -> str:
    if not ci:
        return ""
    fmt = "{:+.4f}" if signed else "{:.4f}"
    return f"[{fmt.format(ci[0])}, {fmt.format(ci[1])}]"


def _gate_section(verdict: Verdict) -> list[str]:
    out = ["<h2>Checks</h2>", "<table><tr><th>check</th><th>verdict</th><th>detail</th></tr>"]
    for c in verdict.checks:
        cls = "" if c.ok else ' class="fail"'
        out.append(
            f"<tr{cls}><td>{escape(c.name)}</td><td>{'pass' if c.ok else 'FAIL'}</td>"
            f"<td>{escape(c.reason)}</td></tr>"
        )
    out.append("</table>")
    categories: list[str] = []
    for m in verdict.metrics:
        if m.category not in categories:
            categories.append(m.category)
    for category in categories:
        out.append(f"<h2>{escape(category)}</h2>")
        out.append(
            "<table><tr><th>metric</th><th>value</th><th>95% interval</th><th>bound</th>"
            "<th>prior</th><th>delta</th><th>paired 95% interval</th><th>verdict</th>"
            "<th>reason</th></tr>"
        )
        for m in (x for x in verdict.metrics if x.category == category):
            bound = ""
            if m.bound is not None:
                bound = f"{'≥' if m.bound_kind == 'min' else '≤'} {m.bound:g}"
            reason = "; ".join(m.reasons) if m.status == "fail" else (m.override or "")
            delta = "" if m.delta is None else f"{m.delta:+.4f}"
            arrow = "↑" if m.direction == "higher" else "↓"
            out.append(
                f'<tr class="{m.status}"><td>{escape(m.metric)} {arrow}</td>'
                f'<td class="num">{_num(m.value)}</td><td>{_ci(m.ci95)}</td><td>{bound}</td>'
                f'<td class="num">{_num(m.prior)}</td><td class="num">{delta}</td>'
                f"<td>{_ci(m.paired_ci95, signed=True)}</td><td>{escape(m.status)}</td>"
                f"<td>{escape(reason)}</td></tr>"
            )
        out.append("</table>")
    return out


def _img(uri: str, ident: str, alt: str) -> str:
    return f'<img id="{ident}" alt="{escape(alt)}" src="{uri}">'


def _acuity_section(results: Sequence[Mapping[str, Any]]) -> list[str]:
    out = ["<h2>Acuity calibration and confusion</h2>"]
    rows = acuity_rows(results)
    calib = [r for r in rows if r.confidence is not None and r.correct is not None]
    figures: list[str] = []
    if calib:
        uri = plots.reliability_diagram(
            [r.confidence for r in calib if r.confidence is not None],
            [bool(r.correct) for r in calib],
        )
        figures.append(_img(uri, "reliability-diagram", "Reliability diagram"))
    routed = [r for r in rows if r.gold_routing and r.pred_routing]
    if routed:
        uri = plots.confusion_matrix(
            [str(r.gold_routing) for r in routed],
            [str(r.pred_routing) for r in routed],
            ROUTINGS,
            "Routing",
        )
        figures.append(_img(uri, "confusion-routing", "Confusion matrix: routing"))
    banded = [r for r in rows if r.gold_band and r.pred_band]
    if banded:
        uri = plots.confusion_matrix(
            [str(r.gold_band) for r in banded],
            [str(r.pred_band) for r in banded],
            ACUITY_BANDS,
            "Acuity band",
        )
        figures.append(_img(uri, "confusion-band", "Confusion matrix: acuity band"))
    if figures:
        out.append('<div class="plots">' + "".join(figures) + "</div>")
    else:
        out.append(
            '<p class="muted">No acuity results with gold labels and confidence in this cut.</p>'
        )
    return out


def _runtime_section(report: Mapping[str, Any]) -> list[str]:
    out = ["<h2>Latency per stage</h2>"]
    latency = report.get("latency_ms") or {}
    stages = {k: v for k, v in latency.items() if isinstance(v, Mapping)}
    if stages:
        out.append('<div class="plots">')
        out.append(_img(plots.latency_bars(stages), "latency", "Latency per stage"))
        out.append("</div><table><tr><th>stage</th><th>p50 ms</th><th>p95 ms</th></tr>")
        for stage, v in stages.items():
            out.append(
                f'<tr><td>{escape(stage)}</td><td class="num">{_num(v.get("p50"), 1)}</td>'
                f'<td class="num">{_num(v.get("p95"), 1)}</td></tr>'
            )
        out.append("</table>")
    else:
        out.append('<p class="muted">No latency recorded.</p>')

    out.append("<h2>Cost per decision</h2>")
    cost = report.get("cost") or {}
    if cost:
        out.append("<table>")
        for key in (
            "usd_per_decision",
            "tokens_per_decision",
            "usd_total",
            "tokens_in",
            "tokens_out",
        ):
            value = cost.get(key)
            shown = "not priced" if value is None and key.startswith("usd") else value
            out.append(f'<tr><th>{escape(key)}</th><td class="num">{escape(str(shown))}</td></tr>')
        out.append("</table>")
    else:
        out.append('<p class="muted">No cost recorded.</p>')
    return out


def _breakdown_section(report: Mapping[str, Any]) -> list[str]:
    """Per-slice counts behind the gated metrics (report.json `categories.<c>.breakdown`)."""
    out: list[str] = []
    for category, body in (report.get("categories") or {}).items():
        sliced = body.get("breakdown") if isinstance(body, Mapping) else None
        if not isinstance(sliced, Mapping):
            continue
        out.append(
            f"<h3>{escape(category)}.{escape(str(sliced.get('metric')))}"
            f" by {escape(str(sliced.get('slice_by')))}</h3>"
            f'<p class="muted">{escape(str(sliced.get("counts")))}</p>'
            "<table><tr><th>slice</th><th>hit</th><th>n</th><th>rate</th></tr>"
        )
        for row in sliced.get("rows") or []:
            out.append(
                f"<tr><td>{escape(str(row.get('slice')))}</td>"
                f'<td class="num">{escape(str(row.get("hit")))}</td>'
                f'<td class="num">{escape(str(row.get("n")))}</td>'
                f'<td class="num">{_num(row.get("rate"))}</td></tr>'
            )
        out.append("</table>")
        missed = sliced.get("missed")
        if isinstance(missed, Mapping) and missed:
            out.append(
                "<p>Missed tokens by kind of word:</p>"
                "<table><tr><th>label: kind</th><th>missed</th></tr>"
            )
            out += [
                f'<tr><td>{escape(str(k))}</td><td class="num">{escape(str(v))}</td></tr>'
                for k, v in missed.items()
            ]
            out.append("</table>")
    return ["<h2>Where the misses are</h2>", *out] if out else []


def _failed_section(results: Sequence[Mapping[str, Any]], traces: Mapping[str, Any]) -> list[str]:
    failed = failed_items(results)
    out = [f"<h2>Failed items ({len(failed)})</h2>"]
    if not failed:
        return [*out, '<p class="muted">None.</p>']
    if len(failed) > MAX_FAILED_ITEMS:
        out.append(f'<p class="muted">Showing the first {MAX_FAILED_ITEMS}.</p>')
    for r, why in failed[:MAX_FAILED_ITEMS]:
        ident = str(r.get("id"))
        trace = traces.get(ident)
        body = json.dumps({"result": r, "trace": trace}, indent=2, ensure_ascii=False, default=str)
        if len(body) > MAX_TRACE_CHARS:
            body = body[:MAX_TRACE_CHARS] + "\n... (truncated; see traces.jsonl)"
        out.append(
            f"<details><summary><code>{escape(ident)}</code> ({escape(str(r.get('category')))}):"
            f" {escape(why)}</summary><pre>{escape(body)}</pre></details>"
        )
    return out


def render_html(
    verdict: Verdict,
    report: Mapping[str, Any],
    results: Sequence[Mapping[str, Any]],
    traces: Mapping[str, Any],
) -> str:
    """The whole report.html text for one cut."""
    state = "pass" if verdict.passed else "fail"
    pipeline = report.get("pipeline") or {}
    title = f"Release gate: {'PASS' if verdict.passed else 'FAIL'} for {verdict.cut_id}"
    meta = ", ".join(
        f"{k} {escape(str(pipeline.get(k)))}"
        for k in ("name", "version", "provider", "model")
        if pipeline.get(k)
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Cut {escape(verdict.cut_id)}</h1>",
        f'<p class="muted">pipeline: {meta or "unknown"}; '
        f"created {escape(str(report.get('created_at', '')))}; "
        f"goldset head {escape(str(report.get('goldset_head') or 'none'))[:12]};"
        f" prior {escape(verdict.prior_id or 'none')}</p>",
        f'<div class="verdict {state}" id="verdict">{escape(title)}</div>',
    ]
    if verdict.failures:
        parts.append("<ul>" + "".join(f"<li>{escape(f)}</li>" for f in verdict.failures) + "</ul>")
    if verdict.notes:
        parts.append(
            "<ul class='muted'>" + "".join(f"<li>{escape(n)}</li>" for n in verdict.notes) + "</ul>"
        )
    # Plots sit right under the verdict so the first screen shows calibration at a glance.
    parts += _acuity_section(results)
    parts += _gate_section(verdict)
    parts += _breakdown_section(report)
    parts += _runtime_section(report)
    parts += _failed_section(results, traces)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
