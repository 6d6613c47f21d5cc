"""Calibration metrics over plain arrays: expected calibration error (equal-width or equal-mass
bins) and the Brier score; both lower-is-better, both checked against scikit-learn.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import numpy.typing as npt

from harness.metrics._validate import (
    FloatArray,
    MetricInputError,
    as_bool,
    as_prob,
    non_empty,
    same_length,
)

BinStrategy = Literal["uniform", "quantile"]


def calibration_bins(
    y_prob: FloatArray, *, n_bins: int = 10, strategy: BinStrategy = "uniform"
) -> npt.NDArray[np.intp]:
    """The bin index of each probability.

    `uniform`: equal-width bins over [0, 1]; `quantile`: equal-mass bins whose edges are the
    quantiles of y_prob (tied probabilities always share a bin, so bins may be uneven or empty).
    Bins are right-closed, (lo, hi], with the first one [0, hi] -- scikit-learn's
    `calibration_curve` convention, so the two can be compared exactly.
    """
    if isinstance(n_bins, bool) or not isinstance(n_bins, int) or n_bins < 1:
        raise MetricInputError(f"n_bins must be a positive integer, got {n_bins!r}")
    if strategy == "uniform":
        edges = np.linspace(0.0, 1.0, n_bins + 1)
    elif strategy == "quantile":
        edges = np.quantile(y_prob, np.linspace(0.0, 1.0, n_bins + 1))
    else:
        raise MetricInputError(f"strategy must be 'uniform' or 'quantile', got {strategy!r}")
    return np.searchsorted(edges[1:-1], y_prob, side="left").astype(np.intp)


def expected_calibration_error(
    y_correct: object,
    y_prob: object,
    *,
    n_bins: int = 10,
    strategy: BinStrategy = "uniform",
) -> float:
    """ECE = sum over bins of (n_b / N) * |mean confidence_b - accuracy_b| (lower is better).

    y_correct: whether each prediction was right; y_prob: the confidence the model gave it.
    Written as sum_b |sum_{i in b} (p_i - y_i)| / N, which is what the bootstrap resamples.
    """
    y = as_bool(y_correct, "y_correct")
    p = as_prob(y_prob, "y_prob")
    n = same_length(y_correct=y, y_prob=p)
    non_empty(n, "expected calibration error")
    bins = calibration_bins(p, n_bins=n_bins, strategy=strategy)
    gaps = np.bincount(bins, weights=p - y, minlength=n_bins)
    return float(np.abs(gaps).sum() / n)


def brier_score_loss(y_true: object, y_prob: object) -> float:
    """Mean squared difference between the probability and the 0/1 outcome (lower is better)."""
    y = as_bool(y_true, "y_true")
    p = as_prob(y_prob, "y_prob")
    n = same_length(y_true=y, y_prob=p)
    non_empty(n, "Brier score")
    return float(np.mean((p - y) ** 2))


__all__ = ["BinStrategy", "brier_score_loss", "calibration_bins", "expected_calibration_error"]
