"""Reciprocal-rank fusion of ranked lanes (Cormack et al. 2009): score = sum 1 / (k + rank).

Pure function over lane lists; ties go to the chunk that reached its best rank first.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipelines.triage.retrieval.types import LaneHit

RRF_K = 60


def reciprocal_rank_fusion(lanes: Sequence[Sequence[LaneHit]], *, k: int = RRF_K) -> list[LaneHit]:
    """Fuse ranked lists (best first, rank 1-based); a chunk listed twice in a lane counts once
    (its best rank). Returns every chunk once, by fused score, best first."""
    if k < 0:
        raise ValueError(f"rrf k must be >= 0, got {k}")
    scores: dict[str, float] = {}
    best: dict[str, tuple[int, int]] = {}
    for lane_no, lane in enumerate(lanes):
        seen: set[str] = set()
        for rank, hit in enumerate(lane, start=1):
            if hit.chunk_id in seen:
                continue
            seen.add(hit.chunk_id)
            scores[hit.chunk_id] = scores.get(hit.chunk_id, 0.0) + 1.0 / (k + rank)
            best[hit.chunk_id] = min(best.get(hit.chunk_id, (rank, lane_no)), (rank, lane_no))
    order = sorted(scores, key=lambda cid: (-scores[cid], best[cid], cid))
    return [LaneHit(cid, scores[cid]) for cid in order]
