"""recall@k, MRR and nDCG@k with binary relevance: hand-worked, scikit-learn, slow references."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import ndcg_score

from harness.metrics import (
    MetricInputError,
    dcg,
    ideal_dcg,
    mrr_score,
    ndcg_at_k_score,
    recall_at_k_score,
)

# Two queries over four documents. Scores rank documents 0, 1, 2, 3 in that order.
SCORES = [[0.9, 0.8, 0.7, 0.6], [0.9, 0.8, 0.7, 0.6]]
# q1: relevant at ranks 1 and 3; q2: relevant at rank 3 only.
REL = [[1, 0, 1, 0], [0, 0, 1, 0]]


def test_recall_at_k_by_hand() -> None:
    assert recall_at_k_score(REL, SCORES, k=1) == pytest.approx((1 / 2 + 0 / 1) / 2)
    assert recall_at_k_score(REL, SCORES, k=3) == pytest.approx((2 / 2 + 1 / 1) / 2)


def test_mrr_by_hand() -> None:
    assert mrr_score(REL, SCORES) == pytest.approx((1 / 1 + 1 / 3) / 2)


def test_ndcg_by_hand() -> None:
    q1 = (1 + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    q2 = (1 / math.log2(4)) / 1
    assert ndcg_at_k_score(REL, SCORES, k=10) == pytest.approx((q1 + q2) / 2)
    assert dcg([1, 0, 1], 10) == pytest.approx(1 + 1 / math.log2(4))
    assert ideal_dcg(5, 2) == pytest.approx(1 + 1 / math.log2(3))


def test_queries_without_relevant_documents_need_zero_division() -> None:
    rel = [[0, 0], [1, 0]]
    with pytest.raises(MetricInputError, match="zero_division"):
        recall_at_k_score(rel, [[1, 0], [1, 0]], k=1)
    assert recall_at_k_score(rel, [[1, 0], [1, 0]], k=1, zero_division=0.0) == pytest.approx(
        (0 + 1) / 2
    )


def test_ranking_input_errors() -> None:
    with pytest.raises(MetricInputError, match="same shape"):
        mrr_score([[1, 0]], [[1, 0, 0]])
    with pytest.raises(MetricInputError, match="binary"):
        ndcg_at_k_score([[2, 0]], [[1, 0]], k=1)
    with pytest.raises(MetricInputError, match="positive integer"):
        recall_at_k_score([[1]], [[1]], k=0)


def _random_case(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    rel = (rng.random((30, 25)) < 0.15).astype(int)
    rel[np.arange(30), rng.integers(0, 25, 30)] = 1  # every query has a relevant document
    return rel, rng.random((30, 25))  # continuous scores: no ties


@pytest.mark.parametrize("k", [1, 3, 5, 10, 40])
@pytest.mark.parametrize("seed", range(8))
def test_ndcg_against_sklearn(seed: int, k: int) -> None:
    rel, score = _random_case(seed)
    assert ndcg_at_k_score(rel, score, k=k) == pytest.approx(ndcg_score(rel, score, k=k))


@pytest.mark.parametrize("seed", range(8))
def test_recall_and_mrr_against_slow_reference(seed: int) -> None:
    rel, score = _random_case(seed)
    recalls, rrs = [], []
    for t, s in zip(rel, score, strict=True):
        ranked = [int(t[j]) for j in sorted(range(len(s)), key=lambda j: -s[j])]
        recalls.append(sum(ranked[:5]) / sum(ranked))
        rrs.append(1 / (ranked.index(1) + 1))
    assert recall_at_k_score(rel, score, k=5) == pytest.approx(sum(recalls) / len(recalls))
    assert mrr_score(rel, score) == pytest.approx(sum(rrs) / len(rrs))
