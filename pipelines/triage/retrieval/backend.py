"""The lane interface a retrieval backend implements, and the in-memory backend (bm25s + numpy).

A Postgres/pgvector backend plugs in by implementing `RetrievalBackend` and registering a
factory under its name in `BACKENDS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from harness.errors import InputError
from pipelines.triage.chunking import Chunk
from pipelines.triage.retrieval.text import analyze
from pipelines.triage.retrieval.types import LaneHit


@runtime_checkable
class RetrievalBackend(Protocol):
    """Two lanes over one fixed set of chunks; both return hits best first, at most k."""

    def bm25_top(self, query: str, k: int) -> list[LaneHit]:
        """Lexical lane: BM25 over the chunks' index text; hits with score 0 are left out."""
        ...

    def dense_top(self, query_vec: np.ndarray, k: int) -> list[LaneHit]:
        """Dense lane: cosine of a unit query vector against the chunk vectors."""
        ...


BackendFactory = Callable[
    [Sequence[Chunk], Sequence[str], np.ndarray, Mapping[str, Any]], RetrievalBackend
]
"""`(chunks, index_texts, unit vectors (n, 384), options) -> backend`."""

# Factories by name, as "module:attr", so a backend's heavy imports load only when chosen.
BACKENDS: dict[str, str] = {
    "memory": "pipelines.triage.retrieval.backend:MemoryBackend.build",
    "postgres": "pipelines.triage.retrieval.postgres:build_backend",
}


def resolve_backend(name: str) -> BackendFactory:
    if name not in BACKENDS:
        raise InputError(
            f"retrieval backend {name!r} is unknown; use one of {', '.join(sorted(BACKENDS))}"
        )
    module_name, attr = BACKENDS[name].split(":")
    try:
        obj: Any = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise InputError(
            f"retrieval backend {name!r} is not available ({exc}); use --set retrieval=memory"
        ) from exc
    for part in attr.split("."):
        obj = getattr(obj, part)
    factory: BackendFactory = obj
    return factory


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest scores, best first; ties by index so results are stable."""
    n = scores.shape[0]
    idx = np.arange(n) if k >= n else np.argpartition(-scores, k - 1)[:k]
    order = np.lexsort((idx, -scores[idx]))
    result: np.ndarray = idx[order]
    return result


class MemoryBackend:
    """Both lanes in process: a bm25s index and a numpy matrix of unit vectors."""

    def __init__(
        self, chunk_ids: Sequence[str], index_tokens: Sequence[list[str]], vectors: np.ndarray
    ) -> None:
        import bm25s

        if len(chunk_ids) != len(index_tokens) or len(chunk_ids) != vectors.shape[0]:
            raise ValueError("chunk ids, index texts and vectors must have the same length")
        self._ids = list(chunk_ids)
        # An empty token list would make bm25s index nothing for that chunk; keep a placeholder.
        self._bm25 = bm25s.BM25()
        self._bm25.index([t or ["_"] for t in index_tokens], show_progress=False)
        self._vectors = np.ascontiguousarray(vectors, dtype=np.float32)

    @classmethod
    def build(
        cls,
        chunks: Sequence[Chunk],
        index_texts: Sequence[str],
        vectors: np.ndarray,
        options: Mapping[str, Any],
    ) -> MemoryBackend:
        return cls([c.chunk_id for c in chunks], [analyze(t) for t in index_texts], vectors)

    def bm25_top(self, query: str, k: int) -> list[LaneHit]:
        return self.bm25_top_tokens(analyze(query), k)

    def bm25_top_tokens(self, tokens: list[str], k: int) -> list[LaneHit]:
        if not tokens:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)
        return [LaneHit(self._ids[i], float(scores[i])) for i in top_k(scores, k) if scores[i] > 0]

    def dense_top(self, query_vec: np.ndarray, k: int) -> list[LaneHit]:
        scores = self._vectors @ np.asarray(query_vec, dtype=np.float32)
        return [LaneHit(self._ids[i], float(scores[i])) for i in top_k(scores, k)]
