"""Binary, routing and fixed-FPR metrics: hand-worked fixtures and scikit-learn on random inputs."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import precision_recall_fscore_support, roc_curve

from harness.metrics import (
    MetricInputError,
    UndefinedMetricError,
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

# y_true: 1 1 0 0 1 ; y_pred: 1 0 1 0 1  -> tp=2 fp=1 fn=1
T = [1, 1, 0, 0, 1]
P = [1, 0, 1, 0, 1]


def test_precision_recall_f1_by_hand() -> None:
    assert precision_score(T, P) == pytest.approx(2 / (2 + 1))
    assert recall_score(T, P) == pytest.approx(2 / (2 + 1))
    assert f1_score(T, P) == pytest.approx(2 * 2 / (2 * 2 + 1 + 1))


def test_zero_division_is_explicit() -> None:
    with pytest.raises(UndefinedMetricError, match="zero_division"):
        precision_score([1, 0], [0, 0])
    assert precision_score([1, 0], [0, 0], zero_division=0.0) == 0.0
    assert math.isnan(recall_score([0, 0], [1, 0], zero_division=float("nan")))
    with pytest.raises(MetricInputError, match="zero_division must be"):
        f1_score([0], [0], zero_division="warn")  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", range(20))
def test_against_sklearn(seed: int) -> None:
    rng = np.random.default_rng(seed)
    t = rng.random(50) < 0.4
    p = rng.random(50) < 0.5
    ref_p, ref_r, ref_f, _ = precision_recall_fscore_support(
        t, p, average="binary", zero_division=0.0
    )
    assert precision_score(t, p, zero_division=0.0) == pytest.approx(ref_p)
    assert recall_score(t, p, zero_division=0.0) == pytest.approx(ref_r)
    assert f1_score(t, p, zero_division=0.0) == pytest.approx(ref_f)


def test_input_errors_say_what_came_in() -> None:
    with pytest.raises(MetricInputError, match="y_pred has 2"):
        precision_score([1, 0, 1], [1, 0])
    with pytest.raises(MetricInputError, match="booleans"):
        recall_score([1, 2], [1, 0])
    with pytest.raises(MetricInputError, match="1-D"):
        f1_score([[1, 0]], [[1, 0]])
    with pytest.raises(MetricInputError, match="1-D"):
        f1_score("10", "10")


def test_accuracy_and_grades() -> None:
    assert accuracy_score(["a", "b", "c"], ["a", "x", "c"]) == pytest.approx(2 / 3)
    with pytest.raises(UndefinedMetricError):
        accuracy_score([], [])
    assert grade_accuracy_score([1, 2, 3, 4], [1, 3, 3, 1]) == pytest.approx(2 / 4)
    assert grade_within_one_score([1, 2, 3, 4], [1, 3, 3, 1]) == pytest.approx(3 / 4)


def test_routing_rates_by_hand() -> None:
    gold = ["clear", "queue", "escalate", "queue", "clear"]
    pred = ["clear", "clear", "escalate", "clear", "queue"]
    # negatives: queue, escalate, queue (3); of these predicted clear: 2
    assert unsafe_clear_rate(gold, pred) == pytest.approx(2 / 3)
    with pytest.raises(UndefinedMetricError):
        unsafe_clear_rate(["clear"], ["clear"])


def test_refusal_rates_by_hand() -> None:
    must = [True, True, True, False, False]
    refused = [True, False, True, True, False]
    assert must_refuse_score(must, refused) == pytest.approx(2 / 3)
    assert over_refusal_rate(must, refused) == pytest.approx(1 / 2)
    assert over_refusal_rate([True], [True], zero_division=0.0) == 0.0


# --- precision at fixed FPR ------------------------------------------------------------------


def test_acuity_precision_at_fpr_by_hand() -> None:
    # 8 items, by confidence. Negatives (gold != clear): b, c, d, f, g, h -> 6; the cap is
    # 0.34 * 6 = 2.04 cleared negatives. Cleared negatives (pred clear, gold not): c (0.8), f (0.5),
    # h (0.3). At t=0.5: c and f cleared = 2 <= 2.04; at t=0.4: still 2; at t=0.3: 3 > 2.04.
    # So t = 0.4: routed a..g (7 items) of which correct a, b, d, e, g -> 5/7.
    gold = ["clear", "queue", "queue", "escalate", "clear", "queue", "escalate", "queue"]
    pred = ["clear", "queue", "clear", "escalate", "clear", "clear", "escalate", "clear"]
    conf = [0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3]
    assert acuity_precision_at_fpr_score(gold, pred, conf, max_fpr=0.34) == pytest.approx(5 / 7)
    neg = [g != "clear" for g in gold]
    flagged = [p == "clear" for p in pred]
    assert threshold_at_fpr(neg, flagged, conf, max_fpr=0.34) == pytest.approx(0.4)
    # At 1% FPR no cleared negative is allowed: t must be above 0.8 -> routed a, b -> 2/2.
    assert acuity_precision_at_fpr_score(gold, pred, conf) == pytest.approx(2 / 2)
    assert threshold_at_fpr(neg, flagged, conf, max_fpr=0.01) == pytest.approx(0.85)


def test_precision_at_fpr_empty_routed_set_is_zero_not_undefined() -> None:
    # The top item is a cleared negative: even the highest threshold breaks a 0% cap.
    gold = ["queue", "clear"]
    pred = ["clear", "clear"]
    assert acuity_precision_at_fpr_score(gold, pred, [0.9, 0.5], max_fpr=0.0) == 0.0
    assert threshold_at_fpr([True, False], [True, True], [0.9, 0.5], max_fpr=0.0) == math.inf


def test_precision_at_fpr_ties_route_together() -> None:
    # Two items at 0.7: one is a cleared negative, so the tie cannot be split: t = 0.9.
    gold = ["clear", "queue", "clear"]
    pred = ["clear", "clear", "clear"]
    conf = [0.9, 0.7, 0.7]
    assert acuity_precision_at_fpr_score(gold, pred, conf, max_fpr=0.0) == pytest.approx(1 / 1)


def test_precision_at_fpr_without_negatives_routes_everything() -> None:
    assert acuity_precision_at_fpr_score(
        ["clear", "clear"], ["clear", "queue"], [0.9, 0.2]
    ) == pytest.approx(1 / 2)


def _slow_precision_at_fpr(
    neg: np.ndarray, flagged: np.ndarray, correct: np.ndarray, score: np.ndarray, max_fpr: float
) -> tuple[float, float]:
    n_neg = neg.sum()
    for t in sorted({*score.tolist(), math.inf}):  # lowest first
        routed = score >= t
        fp = (routed & neg & flagged).sum()
        fpr = fp / n_neg if n_neg else 0.0
        if fpr <= max_fpr:
            prec = correct[routed].sum() / routed.sum() if routed.any() else 0.0
            return float(prec), float(t)
    raise AssertionError("unreachable: +inf always qualifies")


@pytest.mark.parametrize("seed", range(25))
def test_precision_at_fpr_against_slow_reference(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 120))
    neg = rng.random(n) < 0.6
    flagged = rng.random(n) < 0.4
    correct = rng.random(n) < 0.7
    score = rng.integers(0, 20, n) / 20  # coarse scores make ties common
    max_fpr = float(rng.choice([0.0, 0.01, 0.05, 0.2]))
    want_p, want_t = _slow_precision_at_fpr(neg, flagged, correct, score, max_fpr)
    got_t = threshold_at_fpr(neg, flagged, score, max_fpr=max_fpr)
    got_p = precision_at_fpr_score(neg, flagged, correct, score, max_fpr=max_fpr)
    assert got_t == pytest.approx(want_t)
    assert got_p == pytest.approx(want_p)


@pytest.mark.parametrize("seed", range(10))
def test_threshold_is_the_lowest_with_roc_fpr_within_cap(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    n = 400
    neg = rng.random(n) < 0.5
    flagged = rng.random(n) < 0.3
    score = rng.random(n)
    max_fpr = 0.05
    # roc_curve's negatives are y_true == 0; only flagged negatives can become false positives,
    # so unflagged items get a score below every real threshold.
    fpr, _, thr = roc_curve(
        (~neg).astype(int), np.where(flagged, score, -1.0), drop_intermediate=False
    )

    def fpr_at(t: float) -> float:
        return float(fpr[thr >= t][-1]) if (thr >= t).any() else 0.0

    t = threshold_at_fpr(neg, flagged, score, max_fpr=max_fpr)
    assert fpr_at(t) <= max_fpr
    lower = np.sort(score[score < t])
    if lower.size:  # the next observed score down would break the cap
        assert fpr_at(float(lower[-1])) > max_fpr


def test_precision_at_fpr_validates_inputs() -> None:
    with pytest.raises(MetricInputError, match="max_fpr"):
        precision_at_fpr_score([True], [True], [True], [0.5], max_fpr=1.5)
    with pytest.raises(MetricInputError, match="no items"):
        precision_at_fpr_score([], [], [], [], max_fpr=0.01)
    with pytest.raises(MetricInputError, match=r"\[0, 1\]"):
        acuity_precision_at_fpr_score(["clear"], ["clear"], [1.2])


@pytest.mark.parametrize("max_fpr", [0.01, 0.03, 0.07, 0.1, 0.3])
def test_fpr_exactly_at_the_cap_is_allowed(max_fpr: float) -> None:
    # 300 negatives; exactly max_fpr * 300 of them are cleared, all at the top of the ranking.
    n_fp = round(max_fpr * 300)
    neg = [True] * 300
    flagged = [True] * n_fp + [False] * (300 - n_fp)
    score = [1.0 - i / 1000 for i in range(300)]
    assert threshold_at_fpr(neg, flagged, score, max_fpr=max_fpr) == pytest.approx(min(score))
