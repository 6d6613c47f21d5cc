"""ECE (equal-width and equal-mass bins) and Brier score: hand-worked and against scikit-learn."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.calibration import calibration_curve
from sklearn.metrics import brier_score_loss as sk_brier

from harness.metrics import (
    MetricInputError,
    brier_score_loss,
    calibration_bins,
    expected_calibration_error,
)


def test_ece_uniform_by_hand() -> None:
    # Two bins in play with 10 bins: (0.2, 0.3] holds 0.25, 0.25; (0.8, 0.9] holds 0.85, 0.85, 0.85.
    y = [0, 1, 1, 1, 0]
    p = [0.25, 0.25, 0.85, 0.85, 0.85]
    # bin A: mean conf 0.25, accuracy 1/2; bin B: mean conf 0.85, accuracy 2/3
    want = (2 / 5) * abs(0.25 - 1 / 2) + (3 / 5) * abs(0.85 - 2 / 3)
    assert expected_calibration_error(y, p) == pytest.approx(want)


def test_ece_quantile_by_hand() -> None:
    # Equal mass with 2 bins: edges at the median 0.3 -> [0.1, 0.2, 0.3] and [0.8, 0.9].
    y = [0, 0, 1, 1, 1]
    p = [0.1, 0.2, 0.3, 0.8, 0.9]
    want = (3 / 5) * abs(0.2 - 1 / 3) + (2 / 5) * abs(0.85 - 1.0)
    assert expected_calibration_error(y, p, n_bins=2, strategy="quantile") == pytest.approx(want)


def test_bins_are_right_closed_and_keep_ties_together() -> None:
    assert calibration_bins(np.array([0.0, 0.1, 0.1000001, 1.0]), n_bins=10).tolist() == [
        0,
        0,
        1,
        9,
    ]
    tied = np.array([0.5] * 6 + [0.9, 0.95])
    bins = calibration_bins(tied, n_bins=4, strategy="quantile")
    assert len(set(bins[:6].tolist())) == 1


def _sk_ece(y: np.ndarray, p: np.ndarray, n_bins: int, strategy: str) -> float:
    """ECE from scikit-learn's calibration_curve; bin sizes use its documented binning rule."""
    prob_true, prob_pred = calibration_curve(y, p, n_bins=n_bins, strategy=strategy)
    if strategy == "quantile":
        edges = np.percentile(p, np.linspace(0, 100, n_bins + 1))
    else:
        edges = np.linspace(0.0, 1.0 + 1e-8, n_bins + 1)
    ids = np.searchsorted(edges[1:-1], p)
    counts = np.bincount(ids, minlength=n_bins)
    counts = counts[counts > 0]
    return float(np.sum(counts / len(p) * np.abs(prob_true - prob_pred)))


@pytest.mark.parametrize("strategy", ["uniform", "quantile"])
@pytest.mark.parametrize("seed", range(15))
def test_ece_against_sklearn(strategy: str, seed: int) -> None:
    rng = np.random.default_rng(seed)
    p = rng.random(300)
    y = rng.random(300) < p**1.5  # miscalibrated on purpose
    got = expected_calibration_error(y, p, n_bins=10, strategy=strategy)  # type: ignore[arg-type]
    assert got == pytest.approx(_sk_ece(y, p, 10, strategy), abs=1e-12)


def test_perfect_calibration_has_zero_ece() -> None:
    assert expected_calibration_error([1, 1, 0, 0], [1.0, 1.0, 0.0, 0.0]) == pytest.approx(0.0)


def test_brier_by_hand_and_against_sklearn() -> None:
    assert brier_score_loss([1, 0], [0.8, 0.3]) == pytest.approx((0.2**2 + 0.3**2) / 2)
    rng = np.random.default_rng(7)
    p = rng.random(200)
    y = rng.random(200) < 0.4
    assert brier_score_loss(y, p) == pytest.approx(sk_brier(y, p))


def test_calibration_input_errors() -> None:
    with pytest.raises(MetricInputError, match="probabilities"):
        brier_score_loss([1], [1.5])
    with pytest.raises(MetricInputError, match="strategy"):
        expected_calibration_error([1], [0.5], strategy="kmeans")  # type: ignore[arg-type]
    with pytest.raises(MetricInputError, match="n_bins"):
        expected_calibration_error([1], [0.5], n_bins=0)
    with pytest.raises(MetricInputError, match="no items"):
        expected_calibration_error([], [])
