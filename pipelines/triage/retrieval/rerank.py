"""Rerank fused candidates: a learned scikit-learn model over lane and text features, or a local
ONNX cross-encoder when the user has one. Training data: `data/rerank_pairs.jsonl` (message ->
pathway) and `data/rerank_chunks.jsonl` (message -> the passages that answer it).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import tempfile
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from harness.errors import InputError
from pipelines.triage.chunking import Chunk
from pipelines.triage.retrieval.types import LaneHit

DEFAULT_PAIRS = Path(__file__).resolve().parents[1] / "data" / "rerank_pairs.jsonl"
DEFAULT_CHUNK_PAIRS = Path(__file__).resolve().parents[1] / "data" / "rerank_chunks.jsonl"
DEFAULT_MORE_PAIRS = Path(__file__).resolve().parents[1] / "data" / "rerank_more.jsonl"
FEATURE_VERSION = "f5"
SECTION_WEIGHT = 0.5
"""How far the section model may demote a pathway's other sections below its best one. Chosen on
the development set (0.5, 1 and 2 tried): larger weights lift recall@1 a little further but let
a strong section of a wrong pathway push the right pathway's sections out of the top 5."""
SEED = 0
HEADINGS = ("overview", "red flags", "self-care", "when to contact the clinic", "when to escalate")
FEATURE_NAMES: tuple[str, ...] = (
    "fused_rr",
    "fused_score",
    "bm25_in",
    "bm25_rr",
    "bm25_norm",
    "dense_in",
    "dense_rr",
    "cosine",
    "cosine_gap",
    "q_chunk_overlap",
    "q_title_overlap",
    "title_coverage",
    "keyword_hits",
    "keyword_phrase",
    "red_flag_best",
    "pathway_count",
    "pathway_best_rr",
    "pathway_best_cosine",
    "pathway_best_bm25",
    *(f"heading={h}" for h in HEADINGS),
    "heading=other",
    # Against the best candidate of the same pathway: which of a pathway's sections answers.
    "cosine_below_pathway_best",
    "bm25_below_pathway_best",
    "overlap_below_pathway_best",
    "fused_rr_within_pathway",
    # Against labelled training messages (the query memory): how close the nearest message
    # that this pathway answered is, and that pathway's share of the nearest messages.
    "memory_best_cosine",
    "memory_gap",
    "memory_vote",
    # Which section answered the nearest messages with known passages: of this pathway, and of
    # any pathway (messages as urgent as this one needed the same kind of section).
    "memory_section_vote",
    "memory_heading_vote",
)
_MEMORY = len(FEATURE_NAMES) - 5
_WITHIN = _MEMORY - 4
_HEADING_COL = _WITHIN - len(HEADINGS) - 1
MEMORY_NEIGHBOURS = 10
MEMORY_TEMPERATURE = 0.05


@dataclass(frozen=True)
class RerankPair:
    """One training example: a patient-style message and the pathway that answers it, and,
    when known, the passages (pathway id, verbatim quote) that answer it."""

    query: str
    pathway_id: str
    passages: tuple[tuple[str, str], ...] = ()

    @property
    def pathway_ids(self) -> frozenset[str]:
        return frozenset([self.pathway_id, *(pid for pid, _ in self.passages)])

    def holds_passage(self, chunk: Chunk) -> bool:
        """Whether `chunk` contains one of this pair's passages (compared as the retrieval
        metric compares them: whitespace-collapsed and case-folded)."""
        from harness.metrics import normalise_text

        text = normalise_text(chunk.text)
        return any(
            pid == chunk.pathway_id and normalise_text(quote) in text
            for pid, quote in self.passages
        )


def load_pairs(
    path: Path = DEFAULT_PAIRS, known_ids: Sequence[str] | None = None
) -> list[RerankPair]:
    """Read `{query, pathway_id}` lines, or `{query, relevant: [{pathway_id, quote}]}` lines
    (passage-level); InputError names the line and field at fault."""
    from pipelines.jsonl import read_objects

    known = set(known_ids) if known_ids is not None else None
    pairs = []
    for where, rec in read_objects(path, what="rerank pairs"):
        if "relevant" in rec:
            pair = _passage_pair(rec, where)
        else:
            for name in ("query", "pathway_id"):
                if not isinstance(rec.get(name), str) or not rec[name]:
                    raise InputError(f"{where}: missing or empty field '{name}'")
            pair = RerankPair(rec["query"], rec["pathway_id"])
        if known is not None and not pair.pathway_ids <= known:
            continue  # a pair for a pathway this corpus lacks teaches nothing here
        pairs.append(pair)
    return pairs


def _passage_pair(rec: dict[str, Any], where: str) -> RerankPair:
    query, relevant = rec.get("query"), rec.get("relevant")
    if not isinstance(query, str) or not query:
        raise InputError(f"{where}: missing or empty field 'query'")
    if not isinstance(relevant, list) or not relevant:
        raise InputError(f"{where}: 'relevant' must be a non-empty list of {{pathway_id, quote}}")
    passages = []
    for j, r in enumerate(relevant):
        for name in ("pathway_id", "quote"):
            if not isinstance(r, dict) or not isinstance(r.get(name), str) or not r[name]:
                raise InputError(f"{where}: missing or empty field 'relevant[{j}].{name}'")
        passages.append((r["pathway_id"], r["quote"]))
    return RerankPair(query, passages[0][0], tuple(passages))


def pairs_sha256(pairs: Sequence[RerankPair]) -> str:
    h = hashlib.sha256()
    for p in pairs:
        row = [p.query, p.pathway_id, *([list(x) for x in p.passages] if p.passages else [])]
        h.update(json.dumps(row, ensure_ascii=False).encode() + b"\n")
    return h.hexdigest()


@dataclass(frozen=True)
class Candidates:
    """One query's lanes, as the reranker sees them."""

    query_tokens: list[str]
    bm25: Sequence[LaneHit]
    dense: Sequence[LaneHit]
    fused: Sequence[LaneHit]
    cosines: np.ndarray
    """Cosine of the query with every fused candidate, in fused order."""
    query_vector: np.ndarray | None = None
    """The query's unit-length embedding (for the query memory)."""


@dataclass(frozen=True)
class MemoryVotes:
    """What the nearest training messages say about one query (see `QueryMemory.votes`)."""

    best: dict[str, float]
    """Per candidate pathway: the best cosine of a message it answered (0 when none did)."""
    pathway: dict[str, float]
    """Softmax-weighted share of the nearest messages that the pathway answered."""
    section: dict[tuple[str, str], float]
    """Share of the nearest passage-labelled messages answered by (pathway, heading)."""
    heading: dict[str, float]
    """Share of the nearest passage-labelled messages answered by a section with that heading."""


class QueryMemory:
    """Labelled training messages, embedded: which pathways (and sections) answered the messages
    most like a new one. Patients phrase a complaint like other patients, not like a clinical
    pathway, so a near neighbour among past messages is evidence the passage text cannot give."""

    def __init__(
        self,
        queries: Sequence[str],
        pathways: Sequence[frozenset[str]],
        sections: Sequence[frozenset[tuple[str, str]]],
        vectors: np.ndarray,
    ) -> None:
        self.queries = list(queries)
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self._pathways = list(pathways)
        self._sections = list(sections)
        self._labelled = np.array([bool(s) for s in self._sections])
        self._index = {q: i for i, q in enumerate(self.queries)}
        rows: dict[str, list[int]] = {}
        for i, pids in enumerate(self._pathways):
            for pid in pids:
                rows.setdefault(pid, []).append(i)
        self._rows = {pid: np.array(r, dtype=np.int64) for pid, r in rows.items()}

    def __len__(self) -> int:
        return len(self.queries)

    def without(self, queries: Collection[str]) -> QueryMemory:
        """This memory minus some messages (a held-out split must not find its own labels)."""
        keep = [i for i, q in enumerate(self.queries) if q not in queries]
        return QueryMemory(
            [self.queries[i] for i in keep],
            [self._pathways[i] for i in keep],
            [self._sections[i] for i in keep],
            self.vectors[keep],
        )

    def votes(
        self, qvec: np.ndarray, pathways: Sequence[str], exclude: str | None = None
    ) -> MemoryVotes:
        """The MEMORY_NEIGHBOURS nearest messages' votes, weighted by a softmax of cosine.
        `exclude` leaves that message out (leave-one-out while the memory's own messages
        train the reranker)."""
        cos = self.vectors @ qvec
        skip = self._index.get(exclude) if exclude is not None else None
        if skip is not None:
            cos[skip] = -np.inf
        best = {}
        for pid in pathways:
            rows = self._rows.get(pid)
            top = float(cos[rows].max()) if rows is not None else 0.0
            best[pid] = top if np.isfinite(top) else 0.0
        pathway: dict[str, float] = {}
        for i, w in self._nearest(cos, np.isfinite(cos)):
            for pid in self._pathways[i]:
                pathway[pid] = pathway.get(pid, 0.0) + w
        section: dict[tuple[str, str], float] = {}
        heading: dict[str, float] = {}
        for i, w in self._nearest(cos, np.isfinite(cos) & self._labelled):
            for key in self._sections[i]:
                section[key] = section.get(key, 0.0) + w
            for h in {h for _, h in self._sections[i]}:
                heading[h] = heading.get(h, 0.0) + w
        return MemoryVotes(best, pathway, section, heading)

    @staticmethod
    def _nearest(cos: np.ndarray, usable: np.ndarray) -> list[tuple[int, float]]:
        idx = np.flatnonzero(usable)
        if not len(idx):
            return []
        near = idx[np.argsort(-cos[idx])[:MEMORY_NEIGHBOURS]]
        w = np.exp((cos[near] - cos[near].max()) / MEMORY_TEMPERATURE)
        return [(int(i), float(v)) for i, v in zip(near, w / w.sum(), strict=True)]


class FeatureBuilder:
    """Turns a query's candidates into a feature matrix (rows in fused order)."""

    def __init__(
        self,
        chunks: Sequence[Chunk],
        chunk_tokens: Sequence[list[str]],
        title_tokens: Mapping[str, list[str]],
        keyword_tokens: Mapping[str, list[list[str]]],
        red_flag_tokens: Mapping[str, list[list[str]]],
        memory: QueryMemory | None = None,
    ) -> None:
        self.memory = memory
        self._chunk = {c.chunk_id: c for c in chunks}
        self._stems = {c.chunk_id: frozenset(t) for c, t in zip(chunks, chunk_tokens, strict=True)}
        self._title = {k: frozenset(v) for k, v in title_tokens.items()}
        self._keywords = {k: [frozenset(p) for p in v if p] for k, v in keyword_tokens.items()}
        self._red_flags = {k: [frozenset(p) for p in v if p] for k, v in red_flag_tokens.items()}

    def with_memory(self, memory: QueryMemory | None) -> FeatureBuilder:
        """The same builder over another query memory."""
        clone = copy.copy(self)
        clone.memory = memory
        return clone

    def features(self, cand: Candidates, *, exclude: str | None = None) -> np.ndarray:
        """`exclude`: a training message, left out of the query memory while it is scored."""
        q = frozenset(cand.query_tokens)
        nq = max(len(q), 1)
        n = len(cand.fused)
        x = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float32)
        if n == 0:
            return x
        bm25_rank = {h.chunk_id: r for r, h in enumerate(cand.bm25, start=1)}
        bm25_score = {h.chunk_id: h.score for h in cand.bm25}
        bm25_top = max((h.score for h in cand.bm25), default=1.0) or 1.0
        dense_rank = {h.chunk_id: r for r, h in enumerate(cand.dense, start=1)}
        top_cos = float(cand.cosines.max())
        pathway_rows: dict[str, list[int]] = {}
        for i, h in enumerate(cand.fused):
            pathway_rows.setdefault(self._chunk[h.chunk_id].pathway_id, []).append(i)
        for i, h in enumerate(cand.fused):
            chunk = self._chunk[h.chunk_id]
            pid = chunk.pathway_id
            title = self._title.get(pid, frozenset())
            keywords = self._keywords.get(pid, [])
            flags = self._red_flags.get(pid, [])
            br = bm25_rank.get(h.chunk_id)
            dr = dense_rank.get(h.chunk_id)
            kw_stems = frozenset().union(*keywords) if keywords else frozenset()
            x[i, :19] = (
                1.0 / (i + 1),
                h.score * 60.0,
                br is not None,
                1.0 / br if br else 0.0,
                bm25_score.get(h.chunk_id, 0.0) / bm25_top,
                dr is not None,
                1.0 / dr if dr else 0.0,
                cand.cosines[i],
                top_cos - cand.cosines[i],
                len(q & self._stems[h.chunk_id]) / nq,
                len(q & title) / nq,
                len(q & title) / max(len(title), 1),
                len(q & kw_stems) / nq,
                float(any(p <= q for p in keywords)),
                max((len(q & p) / len(p) for p in flags), default=0.0),
                0.0,
                0.0,
                0.0,
                0.0,
            )
            heading = chunk.heading.lower()
            col = HEADINGS.index(heading) if heading in HEADINGS else len(HEADINGS)
            x[i, _HEADING_COL + col] = 1.0
        for rows in pathway_rows.values():
            x[rows, 15] = len(rows) / 5.0
            x[rows, 16] = x[rows, 0].max()
            x[rows, 17] = x[rows, 7].max()
            x[rows, 18] = x[rows, 4].max()
            x[rows, _WITHIN] = x[rows, 7] - x[rows, 17]
            x[rows, _WITHIN + 1] = x[rows, 4] - x[rows, 18]
            x[rows, _WITHIN + 2] = x[rows, 9] - x[rows, 9].max()
            # rows are in fused order, so this is 1 / (rank among the pathway's candidates)
            x[rows, _WITHIN + 3] = 1.0 / np.arange(1, len(rows) + 1)
        if self.memory is not None and cand.query_vector is not None:
            votes = self.memory.votes(cand.query_vector, list(pathway_rows), exclude)
            top = max(votes.best.values())
            for pid, rows in pathway_rows.items():
                x[rows, _MEMORY] = votes.best[pid]
                x[rows, _MEMORY + 1] = top - votes.best[pid]
                x[rows, _MEMORY + 2] = votes.pathway.get(pid, 0.0)
            for i, h in enumerate(cand.fused):
                chunk = self._chunk[h.chunk_id]
                x[i, _MEMORY + 3] = votes.section.get((chunk.pathway_id, chunk.heading), 0.0)
                x[i, _MEMORY + 4] = votes.heading.get(chunk.heading, 0.0)
        return x


class Reranker(Protocol):
    @property
    def name(self) -> str: ...

    def score(self, query: str, chunks: Sequence[Chunk], features: np.ndarray) -> np.ndarray:
        """One score per candidate, higher is better."""
        ...


@dataclass(frozen=True)
class LearnedReranker:
    """Two logistic regressions on standardised features, weights kept as plain arrays: is the
    candidate from the right pathway, and (when passage-level data trained it) is it the section
    of that pathway that answers. The score is the pathway log-odds, minus SECTION_WEIGHT times
    how far the candidate's section log-odds fall below its pathway's best candidate: sections
    are ordered within a pathway, while pathways are still compared by the pathway model."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    section_coef: np.ndarray | None = None
    section_intercept: float = 0.0
    name: str = "learned-logreg"

    def score(self, query: str, chunks: Sequence[Chunk], features: np.ndarray) -> np.ndarray:
        std = (features - self.mean) / self.scale
        z: np.ndarray = std @ self.coef + self.intercept
        if self.section_coef is not None and len(chunks):
            section = std @ self.section_coef
            best: dict[str, float] = {}
            for c, v in zip(chunks, section, strict=True):
                best[c.pathway_id] = max(best.get(c.pathway_id, -np.inf), float(v))
            below = section - np.array([best[c.pathway_id] for c in chunks], dtype=section.dtype)
            z = z + SECTION_WEIGHT * below
        return z

    def to_json(self) -> str:
        return json.dumps(
            {
                "feature_names": list(FEATURE_NAMES),
                "mean": self.mean.tolist(),
                "scale": self.scale.tolist(),
                "coef": self.coef.tolist(),
                "intercept": self.intercept,
                "section_coef": None if self.section_coef is None else self.section_coef.tolist(),
                "section_intercept": self.section_intercept,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> LearnedReranker:
        d = json.loads(text)
        if d.get("feature_names") != list(FEATURE_NAMES):
            raise ValueError("stale reranker: feature names differ")
        section = d.get("section_coef")
        return cls(
            np.array(d["mean"], dtype=np.float32),
            np.array(d["scale"], dtype=np.float32),
            np.array(d["coef"], dtype=np.float32),
            float(d["intercept"]),
            None if section is None else np.array(section, dtype=np.float32),
            float(d.get("section_intercept", 0.0)),
        )


def fit_learned(
    x: np.ndarray,
    y: np.ndarray,
    *,
    pathway_rows: np.ndarray | None = None,
    section_rows: np.ndarray | None = None,
    section_y: np.ndarray | None = None,
    seed: int = SEED,
) -> LearnedReranker:
    """Fit the pathway model on `x[pathway_rows]` (every row when None; `y`: from the right
    pathway) and, when given, the section model on `x[section_rows]` (`section_y`: holds an
    answering passage). Both share one standardisation over every row.

    Deterministic: lbfgs is deterministic for fixed data; the seed pins the rest.
    """
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    std = (x - mean) / scale

    def fit(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, float]:
        model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced", random_state=seed)
        model.fit(xs, ys)
        return model.coef_[0].astype(np.float32), float(model.intercept_[0])

    rows = slice(None) if pathway_rows is None else pathway_rows
    coef, intercept = fit(std[rows], y[rows])
    section_coef, section_intercept = None, 0.0
    if section_rows is not None and section_y is not None and len(set(section_y.tolist())) == 2:
        section_coef, section_intercept = fit(std[section_rows], section_y)
    return LearnedReranker(
        mean.astype(np.float32),
        scale.astype(np.float32),
        coef,
        intercept,
        section_coef,
        section_intercept,
    )


def load_or_fit(path: Path, fit: Any) -> LearnedReranker:
    """The persisted model at `path`, or `fit()` now and save it atomically (JSON, no pickle)."""
    if path.is_file():
        try:
            return LearnedReranker.from_json(path.read_text(encoding="utf-8"))
        except (ValueError, KeyError):
            pass  # stale or damaged: refit below
    model: LearnedReranker = fit()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(model.to_json())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return model


class CrossEncoderReranker:
    """A local ONNX cross-encoder: `model.onnx` and `tokenizer.json` in one folder (or the model
    file with `tokenizer.json` beside it). Scores (query, chunk text) pairs; output logit 0 (or
    the last logit when the model has two classes)."""

    name = "cross-encoder"

    def __init__(self, path: Path | str, *, threads: int = 2, max_tokens: int = 512) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        p = Path(path)
        model = p / "model.onnx" if p.is_dir() else p
        tok = model.parent / "tokenizer.json"
        for need in (model, tok):
            if not need.is_file():
                raise InputError(
                    f"cross_encoder_path {path}: {need} does not exist; give a folder holding "
                    "model.onnx and tokenizer.json, or unset cross_encoder_path"
                )
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(model), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tok = Tokenizer.from_file(str(tok))
        self._tok.enable_truncation(max_length=max_tokens)
        self._tok.enable_padding(pad_id=0, pad_token="[PAD]")
        self.sha256 = hashlib.sha256(model.read_bytes()).hexdigest()

    def score(self, query: str, chunks: Sequence[Chunk], features: np.ndarray) -> np.ndarray:
        if not chunks:
            return np.zeros(0, dtype=np.float32)
        encs = self._tok.encode_batch([(query, c.text) for c in chunks])
        feed = {
            "input_ids": np.array([e.ids for e in encs], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encs], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encs], dtype=np.int64),
        }
        (logits,) = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})
        logits = np.asarray(logits, dtype=np.float32).reshape(len(chunks), -1)
        out: np.ndarray = logits[:, -1]
        return out


def recall_at(ranked_pathways: Sequence[Sequence[str]], gold: Sequence[str], k: int) -> float:
    """Share of queries whose gold pathway has a chunk in the top k (pathway-level recall)."""
    if not gold:
        return float("nan")
    hits = sum(g in list(r)[:k] for r, g in zip(ranked_pathways, gold, strict=True))
    return hits / len(gold)
