"""Boundary checks shared by every metric: coerce plain arrays, say what came in and how to fix it.

Each public metric validates its inputs here once; the numeric cores behind it trust their types.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

ZeroDivision = float | Literal["raise"]
"""What a ratio metric returns when its denominator is empty: a number you choose, or "raise"."""

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]


class MetricInputError(ValueError):
    """A metric got inputs it cannot score; the message says what came in and how to fix it."""


class UndefinedMetricError(MetricInputError):
    """A ratio metric's denominator is zero and `zero_division="raise"` (the default)."""


def describe(x: object) -> str:
    """A short description of a value for error messages (type and, for arrays, shape)."""
    if isinstance(x, np.ndarray):
        return f"an array of dtype {x.dtype} and shape {x.shape}"
    if isinstance(x, list | tuple):
        return f"a {type(x).__name__} of length {len(x)}"
    return f"a {type(x).__name__}"


def as_1d(x: object, name: str) -> npt.NDArray[Any]:
    """Coerce a list, tuple or array to a 1-D numpy array."""
    if isinstance(x, str | bytes | dict) or x is None:
        raise MetricInputError(f"{name}: expected a 1-D list or array, got {describe(x)}")
    try:
        arr = np.asarray(x)
    except (TypeError, ValueError) as exc:  # ragged nested lists
        raise MetricInputError(
            f"{name}: could not read {describe(x)} as a 1-D array ({exc})"
        ) from exc
    if arr.ndim != 1:
        raise MetricInputError(
            f"{name}: expected a 1-D list or array, got {describe(arr)}; pass one value per item"
        )
    return arr


def as_bool(x: object, name: str) -> BoolArray:
    """Coerce to a 1-D bool array; accepts bools or the integers 0/1."""
    arr = as_1d(x, name)
    if arr.dtype == np.bool_:
        return arr
    if arr.size == 0:
        return arr.astype(np.bool_)
    if arr.dtype.kind in "iuf" and np.isin(arr, (0, 1)).all():
        return arr.astype(np.bool_)
    bad = [v for v in arr.tolist() if v not in (0, 1, True, False)][:3]
    raise MetricInputError(
        f"{name}: expected booleans (True/False or 0/1), found values such as {bad!r}; "
        "convert labels to booleans before calling the metric"
    )


def as_prob(x: object, name: str) -> FloatArray:
    """Coerce to a 1-D float array of finite values in [0, 1]."""
    arr = as_1d(x, name)
    if arr.dtype.kind not in "biuf":
        raise MetricInputError(f"{name}: expected numbers in [0, 1], got {describe(arr)}")
    out = arr.astype(np.float64)
    bad = out[~np.isfinite(out) | (out < 0.0) | (out > 1.0)]
    if bad.size:
        raise MetricInputError(
            f"{name}: expected probabilities in [0, 1], found {bad[:3].tolist()}; "
            "clip or rescale scores before calling the metric"
        )
    return out


def as_float(x: object, name: str) -> FloatArray:
    """Coerce to a 1-D array of finite floats."""
    arr = as_1d(x, name)
    if arr.dtype.kind not in "biuf":
        raise MetricInputError(f"{name}: expected numbers, got {describe(arr)}")
    out = arr.astype(np.float64)
    if not np.isfinite(out).all():
        raise MetricInputError(f"{name}: found NaN or infinite values; drop or fix them first")
    return out


def same_length(**arrays: npt.NDArray[Any]) -> int:
    """Check that every array has the same length and return it."""
    lengths = {k: len(v) for k, v in arrays.items()}
    if len(set(lengths.values())) > 1:
        shown = ", ".join(f"{k} has {n}" for k, n in lengths.items())
        raise MetricInputError(f"inputs must have one value per item, but {shown}")
    return next(iter(lengths.values()), 0)


def non_empty(n: int, what: str) -> None:
    """Refuse empty inputs for metrics that have no zero_division option."""
    if n == 0:
        raise MetricInputError(f"{what}: got no items; a metric over an empty set is undefined")


def check_zero_division(zero_division: ZeroDivision) -> None:
    """Validate the zero_division option itself."""
    if zero_division == "raise":
        return
    if isinstance(zero_division, bool) or not isinstance(zero_division, int | float):
        raise MetricInputError(
            f"zero_division must be a number (0.0, 1.0, float('nan')) or 'raise', "
            f"got {zero_division!r}"
        )


def ratio(num: float, den: float, zero_division: ZeroDivision, what: str) -> float:
    """num / den, or the caller's explicit choice when den is 0."""
    check_zero_division(zero_division)
    if den == 0:
        if zero_division == "raise":
            raise UndefinedMetricError(
                f"{what} is undefined: its denominator is 0. Pass zero_division=<value> "
                "(for example float('nan') or 0.0) to choose what to report"
            )
        return float(zero_division)
    return float(num) / float(den)


def check_k(k: int, name: str = "k") -> int:
    """A cut-off rank must be a positive integer."""
    if isinstance(k, bool) or not isinstance(k, int | np.integer) or k < 1:
        raise MetricInputError(f"{name} must be a positive integer, got {k!r}")
    return int(k)


def check_fraction(x: float, name: str) -> float:
    """A rate option such as max_fpr must lie in [0, 1]."""
    if isinstance(x, bool) or not isinstance(x, int | float) or not (0.0 <= x <= 1.0):
        raise MetricInputError(f"{name} must be a number in [0, 1], got {x!r}")
    if math.isnan(float(x)):
        raise MetricInputError(f"{name} must be a number in [0, 1], got NaN")
    return float(x)


def as_str_list(x: object, name: str) -> list[str]:
    """Coerce a sequence of labels to a list of str."""
    if isinstance(x, str) or not isinstance(x, Sequence | np.ndarray):
        raise MetricInputError(f"{name}: expected a list of labels, got {describe(x)}")
    out = [str(v) for v in (x.tolist() if isinstance(x, np.ndarray) else x)]
    return out
