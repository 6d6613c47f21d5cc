"""Checks over every registered metric: a direction for each, invariance to item order and to
list-vs-array inputs, and that harness.metrics imports nothing else of the project.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from harness.metrics import (
    EXTRA_KEYS,
    METRIC_DIRECTIONS,
    METRIC_FUNCTIONS,
    REPORT_KEYS,
    MetricInputError,
    function_direction,
    metric_direction,
)

Case = tuple[tuple[Any, ...], dict[str, Any]]
"""Positional inputs (one value per item, or per query/document) and keyword options."""


def _rng(seed: int) -> np.random.Generator:
    return np.random.default_rng(seed)


def _binary(seed: int) -> Case:
    r = _rng(seed)
    return (r.random(40) < 0.5, r.random(40) < 0.5), {"zero_division": 0.0}


def _labels(seed: int) -> Case:
    r = _rng(seed)
    routes = np.array(["clear", "queue", "escalate"])
    return (routes[r.integers(0, 3, 40)], routes[r.integers(0, 3, 40)]), {"zero_division": 0.0}


def _grades(seed: int) -> Case:
    r = _rng(seed)
    return (r.integers(1, 6, 40), r.integers(1, 6, 40)), {"zero_division": 0.0}


def _probs(seed: int) -> Case:
    r = _rng(seed)
    return (r.random(40) < 0.6, r.random(40).round(2)), {}


def _fpr(seed: int) -> Case:
    r = _rng(seed)
    args = (r.random(40) < 0.6, r.random(40) < 0.4, r.random(40) < 0.7, r.random(40).round(1))
    return args, {"max_fpr": 0.1}


def _acuity(seed: int) -> Case:
    (gold, pred), _ = _labels(seed)
    return (gold, pred, _rng(seed + 1).random(40).round(1)), {"max_fpr": 0.05}


def _ranking(seed: int) -> Case:
    r = _rng(seed)
    rel = (r.random((12, 8)) < 0.3).astype(int)
    rel[:, 0] = 1
    return (rel, r.random((12, 8))), {"zero_division": 0.0}


def _ranking_k(seed: int) -> Case:
    args, kw = _ranking(seed)
    return args, {**kw, "k": 3}


def _docs(seed: int) -> Case:
    r = _rng(seed)
    texts, gold, pred = [], [], []
    for _ in range(10):
        words = ["w" * int(r.integers(1, 6)) for _ in range(8)]
        text = " ".join(words)
        texts.append(text)

        def spans(n: int = len(text)) -> list[tuple[int, int]]:
            starts = sorted(r.choice(n - 1, size=2, replace=False).tolist())
            return [(s, min(n, s + int(r.integers(1, 6)))) for s in starts]

        gold.append(spans())
        pred.append(spans())
    return (texts, gold, pred), {"zero_division": 0.0}


def _span_docs(seed: int) -> Case:
    (_, gold, pred), kw = _docs(seed)
    return (gold, pred), kw


CASES: dict[str, Callable[[int], Case]] = {
    "precision_score": _binary,
    "recall_score": _binary,
    "f1_score": _binary,
    "accuracy_score": _labels,
    "grade_accuracy_score": _grades,
    "grade_within_one_score": _grades,
    "unsafe_clear_rate": _labels,
    "must_refuse_score": _binary,
    "over_refusal_rate": _binary,
    "precision_at_fpr_score": _fpr,
    "acuity_precision_at_fpr_score": _acuity,
    "expected_calibration_error": _probs,
    "brier_score_loss": _probs,
    "recall_at_k_score": _ranking_k,
    "mrr_score": _ranking,
    "ndcg_at_k_score": _ranking_k,
    "phi_token_recall_score": _docs,
    "phi_token_precision_score": _docs,
    "span_f1_score": _span_docs,
}


def test_every_report_key_has_a_direction() -> None:
    keys = {f"{c}.{m}" for c, ms in REPORT_KEYS.items() for m in ms}
    keys |= {f"{c}.{m}" for c, ms in EXTRA_KEYS.items() for m in ms}
    assert keys - set(METRIC_DIRECTIONS) == set(), "registered metric without a direction"
    assert set(METRIC_DIRECTIONS) - keys == set(), "direction for a metric nobody reports"
    assert set(METRIC_DIRECTIONS.values()) <= {"higher", "lower"}
    assert metric_direction("acuity.ece") == "lower"
    assert metric_direction("refusal.must_refuse_rate") == "higher"
    with pytest.raises(MetricInputError, match=r"acuity\.ece"):
        metric_direction("acuity.eec")


def test_every_metric_function_is_classified_and_has_a_case() -> None:
    for name in METRIC_FUNCTIONS:
        function_direction(name)  # raises when the name carries no direction
    assert set(METRIC_FUNCTIONS) == set(CASES), "add an input case for each registered metric"
    with pytest.raises(MetricInputError, match="direction suffix"):
        function_direction("calibration")


def _permute(args: tuple[Any, ...], perm: np.ndarray) -> tuple[Any, ...]:
    return tuple([a[i] for i in perm] if isinstance(a, list) else np.asarray(a)[perm] for a in args)


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("seed", range(3))
def test_invariant_to_item_order(name: str, seed: int) -> None:
    fn = METRIC_FUNCTIONS[name]
    args, kw = CASES[name](seed)
    perm = _rng(seed + 50).permutation(len(args[0]))
    assert fn(*_permute(args, perm), **kw) == pytest.approx(fn(*args, **kw))


@pytest.mark.parametrize("name", sorted(CASES))
def test_lists_and_arrays_agree(name: str) -> None:
    fn = METRIC_FUNCTIONS[name]
    args, kw = CASES[name](11)
    as_lists = tuple(a.tolist() if isinstance(a, np.ndarray) else a for a in args)
    as_tuples = tuple(tuple(a) for a in as_lists)
    value = fn(*args, **kw)
    assert fn(*as_lists, **kw) == pytest.approx(value)
    assert fn(*as_tuples, **kw) == pytest.approx(value)
    assert isinstance(value, float)


def test_metrics_import_nothing_else_of_the_project() -> None:
    code = (
        "import sys, harness.metrics\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'scipy', 'sklearn', 'pandas', 'pipelines') or "
        "(m.startswith('harness.') and not m.startswith('harness.metrics')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
