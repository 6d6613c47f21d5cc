"""Which metrics exist and which way is better: report keys per category (SPEC section 5), their
directions for the gate, and the plain array functions the invariance tests run over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from harness.metrics._validate import MetricInputError
from harness.metrics.calibration import brier_score_loss, expected_calibration_error
from harness.metrics.classification import (
    accuracy_score,
    acuity_precision_at_fpr_score,
    f1_score,
    grade_accuracy_score,
    grade_within_one_score,
    must_refuse_score,
    over_refusal_rate,
    precision_at_fpr_score,
    precision_score,
    recall_score,
    unsafe_clear_rate,
)
from harness.metrics.ranking import mrr_score, ndcg_at_k_score, recall_at_k_score
from harness.metrics.spans import (
    phi_token_precision_score,
    phi_token_recall_score,
    span_f1_score,
)

Direction = Literal["higher", "lower"]

REPORT_KEYS: dict[str, tuple[str, ...]] = {
    "acuity": (
        "precision_at_1pct_fpr",
        "routing_accuracy",
        "band_accuracy",
        "unsafe_clear_rate",
        "ece",
        "brier",
    ),
    "phi": ("token_recall", "token_precision", "span_f1", "token_map_roundtrip"),
    "retrieval": ("recall_at_1", "recall_at_5", "mrr", "ndcg_at_10"),
    "groundedness": ("groundedness", "judge_agreement"),
    "refusal": ("must_refuse_rate", "over_refusal_rate"),
    "irae": ("f1", "precision", "sensitivity", "grade_accuracy"),
}
"""Exactly the SPEC section 5 keys, always present in `summarize` output."""

RETRIEVAL_LANES: tuple[str, ...] = ("bm25", "dense", "fused")

EXTRA_KEYS: dict[str, tuple[str, ...]] = {
    "retrieval": tuple(f"{lane}_recall_at_5" for lane in RETRIEVAL_LANES),
    "irae": ("grade_within_one", "event_f1"),
}
"""Diagnostics beside the SPEC keys. Lane recalls appear only when some prediction has that lane."""

METRIC_DIRECTIONS: dict[str, Direction] = {
    "acuity.precision_at_1pct_fpr": "higher",
    "acuity.routing_accuracy": "higher",
    "acuity.band_accuracy": "higher",
    "acuity.unsafe_clear_rate": "lower",
    "acuity.ece": "lower",
    "acuity.brier": "lower",
    "phi.token_recall": "higher",
    "phi.token_precision": "higher",
    "phi.span_f1": "higher",
    "phi.token_map_roundtrip": "higher",
    "retrieval.recall_at_1": "higher",
    "retrieval.recall_at_5": "higher",
    "retrieval.mrr": "higher",
    "retrieval.ndcg_at_10": "higher",
    "retrieval.bm25_recall_at_5": "higher",
    "retrieval.dense_recall_at_5": "higher",
    "retrieval.fused_recall_at_5": "higher",
    "groundedness.groundedness": "higher",
    "groundedness.judge_agreement": "higher",
    "refusal.must_refuse_rate": "higher",
    "refusal.over_refusal_rate": "lower",
    "irae.f1": "higher",
    "irae.precision": "higher",
    "irae.sensitivity": "higher",
    "irae.grade_accuracy": "higher",
    "irae.grade_within_one": "higher",
    "irae.event_f1": "higher",
}
"""Keyed `<category>.<metric>`; the gate reads a `max` bound for "lower", a `min` for "higher"."""


def metric_keys(category: str) -> tuple[str, ...]:
    """Every key `summarize` may report for a category: SPEC keys, then extras."""
    if category not in REPORT_KEYS:
        raise MetricInputError(
            f"unknown category {category!r}; expected one of {', '.join(REPORT_KEYS)}"
        )
    return REPORT_KEYS[category] + EXTRA_KEYS.get(category, ())


def metric_direction(key: str) -> Direction:
    """Direction of a `<category>.<metric>` key; the error lists the valid keys."""
    try:
        return METRIC_DIRECTIONS[key]
    except KeyError:
        raise MetricInputError(
            f"unknown metric {key!r}; expected one of {', '.join(sorted(METRIC_DIRECTIONS))}"
        ) from None


METRIC_FUNCTIONS: dict[str, Callable[..., float]] = {
    f.__name__: f
    for f in (
        precision_score,
        recall_score,
        f1_score,
        accuracy_score,
        grade_accuracy_score,
        grade_within_one_score,
        unsafe_clear_rate,
        must_refuse_score,
        over_refusal_rate,
        precision_at_fpr_score,
        acuity_precision_at_fpr_score,
        expected_calibration_error,
        brier_score_loss,
        recall_at_k_score,
        mrr_score,
        ndcg_at_k_score,
        phi_token_recall_score,
        phi_token_precision_score,
        span_f1_score,
    )
}
"""The plain array metrics; their direction is in their name (see `function_direction`)."""

_SUFFIX_DIRECTIONS: tuple[tuple[str, Direction], ...] = (
    ("_score", "higher"),
    ("_loss", "lower"),
    ("_error", "lower"),
    ("_rate", "lower"),
)


def function_direction(name: str) -> Direction:
    """Direction of an array metric from its name: *_score higher; *_loss/_error/_rate lower."""
    for suffix, direction in _SUFFIX_DIRECTIONS:
        if name.endswith(suffix):
            return direction
    raise MetricInputError(
        f"metric function {name!r} has no direction suffix; name it *_score (higher is better) "
        "or *_loss / *_error / *_rate (lower is better)"
    )


__all__ = [
    "EXTRA_KEYS",
    "METRIC_DIRECTIONS",
    "METRIC_FUNCTIONS",
    "REPORT_KEYS",
    "RETRIEVAL_LANES",
    "Direction",
    "function_direction",
    "metric_direction",
    "metric_keys",
]
