"""Pure metrics for the eval gate: array metrics, per-item scoring, bootstrap aggregation.

Imports nothing from the rest of the project (stdlib and numpy only), so it can be checked
against scikit-learn and reused by the runner, the gate and the reports alike.
"""

from harness.metrics._validate import MetricInputError, UndefinedMetricError, ZeroDivision
from harness.metrics.aggregate import (
    ACUITY_MAX_FPR,
    ECE_BINS,
    MetricValue,
    PairedDelta,
    bootstrap_weights,
    paired_delta,
    summarize,
)
from harness.metrics.breakdown import Breakdown, SliceCount, breakdown
from harness.metrics.calibration import (
    brier_score_loss,
    calibration_bins,
    expected_calibration_error,
)
from harness.metrics.classification import (
    SAFE_ROUTING,
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
    threshold_at_fpr,
    unsafe_clear_rate,
)
from harness.metrics.latency import latency_summary
from harness.metrics.ranking import dcg, ideal_dcg, mrr_score, ndcg_at_k_score, recall_at_k_score
from harness.metrics.registry import (
    EXTRA_KEYS,
    METRIC_DIRECTIONS,
    METRIC_FUNCTIONS,
    REPORT_KEYS,
    RETRIEVAL_LANES,
    Direction,
    function_direction,
    metric_direction,
    metric_keys,
)
from harness.metrics.scoring import FAIL_CLOSED_ROUTING, Record, normalise_text, score_item
from harness.metrics.spans import (
    match_spans,
    phi_token_precision_score,
    phi_token_recall_score,
    span_f1_score,
    span_iou,
    token_phi_flags,
    tokenize,
)

__all__ = [
    "ACUITY_MAX_FPR",
    "ECE_BINS",
    "EXTRA_KEYS",
    "FAIL_CLOSED_ROUTING",
    "METRIC_DIRECTIONS",
    "METRIC_FUNCTIONS",
    "REPORT_KEYS",
    "RETRIEVAL_LANES",
    "SAFE_ROUTING",
    "Breakdown",
    "Direction",
    "MetricInputError",
    "MetricValue",
    "PairedDelta",
    "Record",
    "SliceCount",
    "UndefinedMetricError",
    "ZeroDivision",
    "accuracy_score",
    "acuity_precision_at_fpr_score",
    "bootstrap_weights",
    "breakdown",
    "brier_score_loss",
    "calibration_bins",
    "dcg",
    "expected_calibration_error",
    "f1_score",
    "function_direction",
    "grade_accuracy_score",
    "grade_within_one_score",
    "ideal_dcg",
    "latency_summary",
    "match_spans",
    "metric_direction",
    "metric_keys",
    "mrr_score",
    "must_refuse_score",
    "ndcg_at_k_score",
    "normalise_text",
    "over_refusal_rate",
    "paired_delta",
    "phi_token_precision_score",
    "phi_token_recall_score",
    "precision_at_fpr_score",
    "precision_score",
    "recall_at_k_score",
    "recall_score",
    "score_item",
    "span_f1_score",
    "span_iou",
    "summarize",
    "threshold_at_fpr",
    "token_phi_flags",
    "tokenize",
    "unsafe_clear_rate",
]
