"""Ranking metrics with binary relevance, per query then averaged: recall@k, MRR, nDCG@k.

Inputs follow scikit-learn's `ndcg_score`: y_true and y_score are (n_queries, n_docs) arrays;
documents are ranked by descending score, ties broken by column order (stable).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from harness.metrics._validate import (
    FloatArray,
    MetricInputError,
    ZeroDivision,
    check_k,
    check_zero_division,
    describe,
)


def discounts(k: int) -> FloatArray:
    """1 / log2(rank + 1) for ranks 1..k: the DCG position discount."""
    return 1.0 / np.log2(np.arange(2, k + 2, dtype=np.float64))


def dcg(gains: npt.ArrayLike, k: int) -> float:
    """DCG@k of binary gains given in rank order."""
    g = np.asarray(gains, dtype=np.float64)[:k]
    return float(g @ discounts(k)[: len(g)])


def ideal_dcg(n_relevant: int, k: int) -> float:
    """DCG@k of a perfect ranking: min(n_relevant, k) gains of 1 at the top."""
    return float(discounts(k)[: min(n_relevant, k)].sum())


def _ranked_relevance(y_true: object, y_score: object) -> npt.NDArray[np.float64]:
    """Relevance in rank order, (n_queries, n_docs)."""
    try:
        t = np.asarray(y_true, dtype=np.float64)
        s = np.asarray(y_score, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise MetricInputError(f"y_true / y_score must be numeric 2-D arrays ({exc})") from exc
    if t.ndim != 2 or s.shape != t.shape:
        raise MetricInputError(
            f"y_true and y_score must be 2-D arrays of the same shape (n_queries, n_docs); got "
            f"{describe(t)} and {describe(s)}"
        )
    if t.shape[0] == 0:
        raise MetricInputError("got no queries; a ranking metric over no queries is undefined")
    if not np.isin(t, (0.0, 1.0)).all():
        raise MetricInputError(
            "y_true must hold binary relevance (0/1 or bools); graded relevance is not supported"
        )
    if not np.isfinite(s).all():
        raise MetricInputError("y_score has NaN or infinite values; fix or drop them first")
    order = np.argsort(-s, axis=1, kind="stable")
    return np.take_along_axis(t, order, axis=1)


def _mean_over_queries(
    per_query: FloatArray, defined: npt.NDArray[np.bool_], zero_division: ZeroDivision, what: str
) -> float:
    check_zero_division(zero_division)
    if not defined.all():
        if zero_division == "raise":
            raise MetricInputError(
                f"{what} is undefined for {int((~defined).sum())} query(ies) with no relevant "
                "document; pass zero_division=<value> to score them, or drop those queries"
            )
        per_query = np.where(defined, per_query, float(zero_division))
    return float(np.mean(per_query))


def recall_at_k_score(
    y_true: object, y_score: object, *, k: int, zero_division: ZeroDivision = "raise"
) -> float:
    """Mean over queries of (relevant documents in the top k) / (relevant documents)."""
    k = check_k(k)
    rel = _ranked_relevance(y_true, y_score)
    total = rel.sum(axis=1)
    hits = rel[:, :k].sum(axis=1)
    per_query = np.divide(hits, total, out=np.zeros_like(hits), where=total > 0)
    return _mean_over_queries(per_query, total > 0, zero_division, f"recall@{k}")


def mrr_score(y_true: object, y_score: object, *, zero_division: ZeroDivision = "raise") -> float:
    """Mean reciprocal rank: mean over queries of 1 / rank of the first relevant document."""
    rel = _ranked_relevance(y_true, y_score)
    any_rel = rel.any(axis=1)
    first = np.argmax(rel > 0, axis=1)
    per_query = np.where(any_rel, 1.0 / (first + 1.0), 0.0)
    return _mean_over_queries(per_query, np.asarray(any_rel), zero_division, "MRR")


def ndcg_at_k_score(
    y_true: object, y_score: object, *, k: int, zero_division: ZeroDivision = "raise"
) -> float:
    """Mean over queries of DCG@k / ideal DCG@k with binary gains."""
    k = check_k(k)
    rel = _ranked_relevance(y_true, y_score)
    kk = min(k, rel.shape[1])
    got = rel[:, :kk] @ discounts(k)[:kk]
    total = rel.sum(axis=1).astype(np.int64)
    ideal = np.array([ideal_dcg(int(r), k) for r in total])
    per_query = np.divide(got, ideal, out=np.zeros_like(got), where=ideal > 0)
    return _mean_over_queries(per_query, total > 0, zero_division, f"nDCG@{k}")


__all__ = ["dcg", "discounts", "ideal_dcg", "mrr_score", "ndcg_at_k_score", "recall_at_k_score"]
