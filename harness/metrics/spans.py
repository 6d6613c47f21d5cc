"""PHI redaction metrics: word-token recall/precision and span F1 over character spans.

Tokens are `\\w+` runs (symbols such as @ are not tokens); a token is PHI when it overlaps a span.
Span matching is label-agnostic: redaction is about hiding a value, not naming its kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from harness.metrics._validate import (
    BoolArray,
    MetricInputError,
    ZeroDivision,
    describe,
    ratio,
)
from harness.metrics.classification import precision_score, recall_score

TOKEN_PATTERN = re.compile(r"\w+")
MIN_SPAN_IOU = 0.5

Span = tuple[int, int]


def as_spans(spans: object, name: str) -> list[Span]:
    """Read spans given as (start, end) pairs or {start, end, ...} dicts."""
    if isinstance(spans, str | bytes) or not isinstance(spans, Sequence | np.ndarray):
        raise MetricInputError(f"{name}: expected a list of spans, got {describe(spans)}")
    out: list[Span] = []
    for i, s in enumerate(spans):
        try:
            start, end = (s["start"], s["end"]) if isinstance(s, dict) else (s[0], s[1])
            start, end = int(start), int(end)
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise MetricInputError(
                f"{name}[{i}]: expected (start, end) or {{'start', 'end'}}, got {s!r}"
            ) from exc
        if start < 0 or end <= start:
            raise MetricInputError(f"{name}[{i}]: span ({start}, {end}) must have 0 <= start < end")
        out.append((start, end))
    return out


def tokenize(text: str) -> list[Span]:
    """Character offsets of the word tokens of a text."""
    return [m.span() for m in TOKEN_PATTERN.finditer(text)]


def token_phi_flags(text: str, spans: object) -> BoolArray:
    """Per token of `text`: does it overlap any of `spans` (half-open character ranges)?"""
    toks = tokenize(text)
    flags = np.zeros(len(toks), dtype=np.bool_)
    if not toks:
        return flags
    starts = np.fromiter((a for a, _ in toks), dtype=np.int64, count=len(toks))
    ends = np.fromiter((b for _, b in toks), dtype=np.int64, count=len(toks))
    for s, e in as_spans(spans, "spans"):
        flags |= (starts < e) & (ends > s)
    return flags


def span_iou(a: Span, b: Span) -> float:
    """Intersection over union of two half-open character ranges."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union else 0.0


def match_spans(gold: object, pred: object, *, min_iou: float = MIN_SPAN_IOU) -> int:
    """Number of one-to-one gold/predicted pairs with IoU >= min_iou.

    Greedy: pairs are taken in order of decreasing IoU (ties: gold index, then predicted index),
    each span used at most once.
    """
    g = as_spans(gold, "gold spans")
    p = as_spans(pred, "predicted spans")
    pairs = [
        (-iou, i, j)
        for i, a in enumerate(g)
        for j, b in enumerate(p)
        if (iou := span_iou(a, b)) >= min_iou
    ]
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in sorted(pairs):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


def span_f1_score(
    gold_spans: Sequence[object],
    pred_spans: Sequence[object],
    *,
    min_iou: float = MIN_SPAN_IOU,
    zero_division: ZeroDivision = "raise",
) -> float:
    """Micro F1 of span matching over documents: 2 * matched / (gold spans + predicted spans).

    gold_spans / pred_spans hold one list of spans per document.
    """
    if len(gold_spans) != len(pred_spans):
        raise MetricInputError(
            f"gold_spans has {len(gold_spans)} documents but pred_spans has {len(pred_spans)}; "
            "pass one list of spans per document to both"
        )
    matched = n_gold = n_pred = 0
    for i, (g, p) in enumerate(zip(gold_spans, pred_spans, strict=True)):
        matched += match_spans(g, p, min_iou=min_iou)
        n_gold += len(as_spans(g, f"gold_spans[{i}]"))
        n_pred += len(as_spans(p, f"pred_spans[{i}]"))
    return ratio(2 * matched, n_gold + n_pred, zero_division, "span F1 (no spans at all)")


def _token_flags(
    texts: Sequence[str], gold_spans: Sequence[object], pred_spans: Sequence[object]
) -> tuple[BoolArray, BoolArray]:
    if not (len(texts) == len(gold_spans) == len(pred_spans)):
        raise MetricInputError(
            f"texts, gold_spans and pred_spans must have one entry per document; got "
            f"{len(texts)}, {len(gold_spans)} and {len(pred_spans)}"
        )
    gold = [token_phi_flags(t, s) for t, s in zip(texts, gold_spans, strict=True)]
    pred = [token_phi_flags(t, s) for t, s in zip(texts, pred_spans, strict=True)]
    empty = np.zeros(0, dtype=np.bool_)
    return np.concatenate([empty, *gold]), np.concatenate([empty, *pred])


def phi_token_recall_score(
    texts: Sequence[str],
    gold_spans: Sequence[object],
    pred_spans: Sequence[object],
    *,
    zero_division: ZeroDivision = "raise",
) -> float:
    """Share of gold-PHI word tokens that the redactor covered (micro over all documents)."""
    g, p = _token_flags(texts, gold_spans, pred_spans)
    return recall_score(g, p, zero_division=zero_division)


def phi_token_precision_score(
    texts: Sequence[str],
    gold_spans: Sequence[object],
    pred_spans: Sequence[object],
    *,
    zero_division: ZeroDivision = "raise",
) -> float:
    """Share of redacted word tokens that are gold PHI (micro over all documents)."""
    g, p = _token_flags(texts, gold_spans, pred_spans)
    return precision_score(g, p, zero_division=zero_division)


__all__ = [
    "MIN_SPAN_IOU",
    "TOKEN_PATTERN",
    "as_spans",
    "match_spans",
    "phi_token_precision_score",
    "phi_token_recall_score",
    "span_f1_score",
    "span_iou",
    "token_phi_flags",
    "tokenize",
]
