"""Reciprocal-rank fusion against hand-computed scores (k = 60), and top-k selection."""

from __future__ import annotations

import numpy as np
import pytest

from pipelines.triage.retrieval.backend import top_k
from pipelines.triage.retrieval.fusion import reciprocal_rank_fusion
from pipelines.triage.retrieval.types import LaneHit


def _lane(*ids: str) -> list[LaneHit]:
    return [LaneHit(cid, 1.0) for cid in ids]


def test_rrf_hand_computed() -> None:
    bm25 = _lane("a", "b", "c")
    dense = _lane("c", "a", "d")
    fused = reciprocal_rank_fusion([bm25, dense], k=60)
    got = {h.chunk_id: h.score for h in fused}
    expected = {
        "a": 1 / (60 + 1) + 1 / (60 + 2),
        "c": 1 / (60 + 3) + 1 / (60 + 1),
        "b": 1 / (60 + 2),
        "d": 1 / (60 + 3),
    }
    assert got.keys() == expected.keys()
    for cid, value in expected.items():
        assert got[cid] == pytest.approx(value, rel=1e-12)
    assert [h.chunk_id for h in fused] == ["a", "c", "b", "d"]


def test_rrf_dedups_within_a_lane_and_breaks_ties_by_best_rank() -> None:
    # "x" twice in one lane counts once, at its best rank.
    fused = reciprocal_rank_fusion([_lane("x", "y", "x")], k=60)
    assert [(h.chunk_id, h.score) for h in fused] == [("x", 1 / 61), ("y", 1 / 62)]
    # "p" and "q" tie (1/61 + 1/62 each); "p" reached rank 1 in the first lane, so it leads.
    tie = reciprocal_rank_fusion([_lane("p", "q"), _lane("q", "p")], k=60)
    assert [h.chunk_id for h in tie] == ["p", "q"]
    assert tie[0].score == pytest.approx(1 / 61 + 1 / 62)


def test_rrf_other_k_and_empty_lanes() -> None:
    fused = reciprocal_rank_fusion([_lane("a"), [], _lane("b", "a")], k=0)
    assert {h.chunk_id: h.score for h in fused} == pytest.approx({"a": 1 / 1 + 1 / 2, "b": 1.0})
    assert reciprocal_rank_fusion([[], []]) == []


def test_top_k_is_sorted_and_stable() -> None:
    scores = np.array([0.1, 0.9, 0.5, 0.9, 0.0], dtype=np.float32)
    assert top_k(scores, 3).tolist() == [1, 3, 2]
    assert top_k(scores, 10).tolist() == [1, 3, 2, 0, 4]
