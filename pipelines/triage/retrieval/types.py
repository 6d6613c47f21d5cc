"""Values that cross the retrieval stack: lane hits, scored chunks and one query's result.

Frozen dataclasses; `RetrievalResult.to_prediction()` gives the harness's RetrievalPrediction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from harness.contract import RetrievalPrediction, RetrievedChunk
from pipelines.triage.chunking import Chunk

LANE_DEPTH = 10
"""How many chunks of each lane a prediction carries (lanes are scored at recall@5)."""


@dataclass(frozen=True)
class LaneHit:
    """One candidate from one lane: rank is the list position (1-based), best first."""

    chunk_id: str
    score: float


@dataclass(frozen=True)
class Hit:
    """A candidate chunk with the score of the stage that ranked it."""

    chunk: Chunk
    score: float

    def to_contract(self) -> RetrievedChunk:
        return RetrievedChunk(
            chunk_id=self.chunk.chunk_id,
            pathway_id=self.chunk.pathway_id,
            text=self.chunk.text,
            score=float(self.score),
        )


@dataclass(frozen=True)
class RetrievalResult:
    """Every stage's ranked list for one query, and the wall time of each stage."""

    bm25: Sequence[Hit]
    dense: Sequence[Hit]
    fused: Sequence[Hit]
    reranked: Sequence[Hit]
    """The final list (top 12 by default), best first."""
    timings_ms: Mapping[str, float] = field(default_factory=dict)
    """`embed`, `bm25`, `dense`, `fuse`, `rerank`, and `total`."""
    query_vector: np.ndarray | None = None
    """The query's unit embedding from the dense lane's encoder (later stages reuse it)."""

    def to_prediction(self, *, lane_depth: int = LANE_DEPTH) -> RetrievalPrediction:
        """The contract type the harness scores: `ranked` plus the head of each lane.

        Lanes are scored at recall@5, so only their top `lane_depth` chunks travel with the
        prediction; carrying all 40 with their text made every cut's results.jsonl (and the
        promoted baseline) several times larger for nothing the harness reads.
        """
        return RetrievalPrediction(
            ranked=[h.to_contract() for h in self.reranked],
            lanes={
                name: [h.to_contract() for h in hits[:lane_depth]]
                for name, hits in (
                    ("bm25", self.bm25),
                    ("dense", self.dense),
                    ("fused", self.fused),
                )
            },
        )
