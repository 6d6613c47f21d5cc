"""Hybrid retrieval for the triage pipeline: BM25 + MiniLM dense lanes, RRF fusion, rerank.

Entry point: `Retriever.from_corpus(path, backend="memory", options=...)`, then `search(query)`.
Heavy libraries (onnxruntime, bm25s, scikit-learn) load only when a retriever is built.
"""

from pipelines.triage.retrieval.backend import BACKENDS, MemoryBackend, RetrievalBackend
from pipelines.triage.retrieval.fusion import reciprocal_rank_fusion
from pipelines.triage.retrieval.retriever import Retriever, RetrieverOptions
from pipelines.triage.retrieval.types import Hit, LaneHit, RetrievalResult

__all__ = [
    "BACKENDS",
    "Hit",
    "LaneHit",
    "MemoryBackend",
    "RetrievalBackend",
    "RetrievalResult",
    "Retriever",
    "RetrieverOptions",
    "reciprocal_rank_fusion",
]
