"""The report's figures as base64 PNGs (matplotlib Agg, no pyplot state, no files, no network).

Each function takes plain lists and returns a `data:` URI ready for an <img> tag.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping, Sequence
from typing import Any


def _figure(width: float, height: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def _to_uri(fig: Any) -> str:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def reliability_diagram(
    confidence: Sequence[float], correct: Sequence[bool], bins: int = 10
) -> str:
    """Accuracy per confidence bin against the diagonal, with the item count per bin below."""
    import numpy as np

    conf = np.clip(np.asarray(confidence, dtype=float), 0.0, 1.0)
    hit = np.asarray(correct, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    # Right-closed last bin so confidence 1.0 is counted, as in the ECE the metrics compute.
    idx = np.minimum(np.digitize(conf, edges[1:-1], right=True), bins - 1)
    counts = np.bincount(idx, minlength=bins)
    acc = np.divide(
        np.bincount(idx, weights=hit, minlength=bins),
        counts,
        out=np.full(bins, np.nan),
        where=counts > 0,
    )
    mean_conf = np.divide(
        np.bincount(idx, weights=conf, minlength=bins),
        counts,
        out=np.full(bins, np.nan),
        where=counts > 0,
    )
    fig = _figure(6.0, 6.0)
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    centers = (edges[:-1] + edges[1:]) / 2
    width = 1.0 / bins
    top.plot([0, 1], [0, 1], linestyle="--", color="#888888", label="perfect calibration")
    top.bar(
        centers,
        np.nan_to_num(acc),
        width=width * 0.9,
        color="#3b7dd8",
        alpha=0.8,
        label="routing accuracy in bin",
    )
    top.plot(mean_conf, acc, marker="o", color="#d8573b", label="mean confidence vs accuracy")
    top.set_xlim(0, 1)
    top.set_ylim(0, 1)
    top.set_ylabel("routing correct (share)")
    top.set_title(f"Reliability diagram: acuity confidence vs routing (n={len(conf)})")
    top.legend(loc="upper left", fontsize=8)
    bottom.bar(centers, counts, width=width * 0.9, color="#777777")
    bottom.set_xlabel("confidence")
    bottom.set_ylabel("items")
    return _to_uri(fig)


def confusion_matrix(
    gold: Sequence[str], pred: Sequence[str], labels: Sequence[str], title: str
) -> str:
    """Counts with gold labels as rows and predictions as columns."""
    import numpy as np

    index = {label: i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)), dtype=int)
    for g, p in zip(gold, pred, strict=True):
        if g in index and p in index:
            matrix[index[g], index[p]] += 1
    size = min(5.0, 2.4 + 0.55 * len(labels))
    fig = _figure(size, size)
    ax = fig.subplots()
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels=list(labels), rotation=30, ha="right")
    ax.set_yticks(range(len(labels)), labels=list(labels))
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title)
    peak = matrix.max() if matrix.size else 0
    for i in range(len(labels)):
        for j in range(len(labels)):
            colour = "white" if peak and matrix[i, j] > peak / 2 else "black"
            ax.text(j, i, str(matrix[i, j]), ha="center", va="center", color=colour)
    return _to_uri(fig)


def latency_bars(latency: Mapping[str, Mapping[str, float]]) -> str:
    """p50 and p95 per stage, in milliseconds (log scale: stages differ by orders of magnitude)."""
    import numpy as np

    stages = list(latency)
    p50 = [float(latency[s].get("p50") or 0.0) for s in stages]
    p95 = [float(latency[s].get("p95") or 0.0) for s in stages]
    fig = _figure(7.0, 0.9 + 0.45 * max(len(stages), 1))
    ax = fig.subplots()
    y = np.arange(len(stages))
    ax.barh(y - 0.2, p50, height=0.4, label="p50", color="#3b7dd8")
    ax.barh(y + 0.2, p95, height=0.4, label="p95", color="#d8573b")
    ax.set_yticks(y, labels=stages)
    ax.invert_yaxis()
    if any(v > 0 for v in p95):
        ax.set_xscale("log")
    ax.set_xlabel("milliseconds")
    ax.set_title("Latency per stage")
    ax.legend(fontsize=8)
    return _to_uri(fig)
