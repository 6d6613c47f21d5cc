"""The retrieval stack end to end: a tiny corpus written here, and the shipped corpus."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from harness.contract import EVIDENCE_ID_PATTERN, RetrievalPrediction
from harness.errors import InputError
from pipelines.triage.corpus import DEFAULT_CORPUS
from pipelines.triage.retrieval import Retriever, RetrieverOptions
from pipelines.triage.retrieval.types import LANE_DEPTH

TINY = {
    "sore-throat": (
        "Sore throat",
        "Throat pain and scratchiness with painful swallowing, usually from a virus.",
        "Gargle warm salt water and take paracetamol for throat pain.",
    ),
    "ankle-sprain": (
        "Ankle sprain",
        "A twisted ankle with swelling and bruising after rolling the foot.",
        "Rest, ice, compression and elevation for the swollen ankle.",
    ),
    "chest-pain": (
        "Chest pain that may be the heart",
        "Crushing central chest pressure spreading to the left arm or jaw, with sweating.",
        "Call emergency services now; chew aspirin unless allergic.",
    ),
    "head-lice": (
        "Head lice",
        "Itchy scalp with small insects and eggs (nits) stuck to the hair near the roots.",
        "Comb wet hair with a fine-toothed lice comb every few days for two weeks.",
    ),
}
PAIRS = [
    ("my throat is raw and it hurts to swallow", "sore-throat"),
    ("swallowing food is painful, scratchy throat", "sore-throat"),
    ("rolled my foot and the ankle is puffy", "ankle-sprain"),
    ("twisted ankle playing football, bruised", "ankle-sprain"),
    ("heavy pressure in my chest going into my arm", "chest-pain"),
    ("sweaty with crushing chest pain", "chest-pain"),
    ("tiny bugs in my kid's hair", "head-lice"),
    ("nits near the roots of her hair, itchy", "head-lice"),
]


def _write_tiny(root: Path) -> tuple[Path, Path]:
    corpus = root / "corpus"
    corpus.mkdir()
    for pid, (title, overview, care) in TINY.items():
        (corpus / f"{pid}.md").write_text(
            f"---\npathway_id: {pid}\ntitle: {title}\nkeywords: [{pid.replace('-', ' ')}]\n---\n"
            f"# {title}\n\n## Overview\n{overview}\n\n## Self-care\n{care}\n",
            encoding="utf-8",
        )
    pairs = root / "pairs.jsonl"
    pairs.write_text(
        "".join(json.dumps({"query": q, "pathway_id": p}) + "\n" for q, p in PAIRS),
        encoding="utf-8",
    )
    return corpus, pairs


def test_tiny_corpus_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARNESS_CACHE_DIR", str(tmp_path / "cache"))
    corpus, pairs = _write_tiny(tmp_path)
    options = {"rerank_pairs": str(pairs), "top_n": "3", "lane_k": 5, "dsn": "ignored"}
    retriever = Retriever.from_corpus(corpus, options=options)
    assert retriever.options == RetrieverOptions(top_n=3, lane_k=5, rerank_pairs=pairs)
    assert len(retriever.chunks) == 8
    assert retriever.reranker.name == "learned-logreg"

    result = retriever.search("I sprained my ankle and it is swollen")
    assert result.reranked[0].chunk.pathway_id == "ankle-sprain"
    assert result.dense[0].chunk.pathway_id == "ankle-sprain"
    assert result.bm25[0].chunk.pathway_id == "ankle-sprain"
    assert len(result.reranked) == 3
    assert len(result.dense) == 5  # the dense lane always fills k
    assert len(result.bm25) <= 5
    fused_ids = [h.chunk.chunk_id for h in result.fused]
    assert len(fused_ids) == len(set(fused_ids))
    assert set(fused_ids) == {h.chunk.chunk_id for h in [*result.bm25, *result.dense]}
    assert {"embed", "bm25", "dense", "fuse", "rerank", "total"} <= set(result.timings_ms)

    pred = result.to_prediction()
    assert isinstance(pred, RetrievalPrediction)
    assert set(pred.lanes) == {"bm25", "dense", "fused"}
    assert all(0 < len(chunks) <= LANE_DEPTH for chunks in pred.lanes.values())
    assert [c.chunk_id for c in pred.lanes["fused"]] == fused_ids[:LANE_DEPTH]
    assert all(re.match(EVIDENCE_ID_PATTERN, c.chunk_id) for c in pred.ranked)

    # The second build reads vectors and reranker from the cache and ranks identically.
    cached = list((tmp_path / "cache").rglob("*"))
    again = Retriever.from_corpus(corpus, options=options)
    assert list((tmp_path / "cache").rglob("*")) == cached
    assert again.version == retriever.version
    same = again.search("I sprained my ankle and it is swollen")
    assert [h.chunk.chunk_id for h in same.reranked] == [h.chunk.chunk_id for h in result.reranked]


def test_options_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cross_encoder_path"):
        Retriever.from_corpus(tmp_path, options={"cross_encoder_path": str(tmp_path / "nope")})
    with pytest.raises(InputError, match="lane_k"):
        RetrieverOptions.from_mapping({"lane_k": "many"})
    with pytest.raises(InputError, match="reranker"):
        RetrieverOptions.from_mapping({"reranker": "magic"})
    with pytest.raises(InputError, match="unknown"):
        Retriever.from_corpus(tmp_path, backend="elastic")


# -- the shipped corpus -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def shipped() -> Retriever:
    if not any(DEFAULT_CORPUS.glob("*.md")):
        pytest.skip(f"no corpus at {DEFAULT_CORPUS}")
    return Retriever.from_corpus()


@pytest.mark.parametrize(
    ("query", "pathway"),
    [
        ("crushing pressure in my chest spreading to my left arm", "chest-pain-cardiac"),
        ("my face is drooping on one side and my speech is slurred", "stroke-signs"),
        ("bee sting and now my throat feels tight and I am wheezing", "anaphylaxis"),
    ],
)
def test_shipped_corpus_finds_the_obvious_pathway(
    shipped: Retriever, query: str, pathway: str
) -> None:
    if pathway not in shipped.corpus.ids:
        pytest.skip(f"{pathway} is not in the corpus yet")
    result = shipped.search(query)
    assert pathway in [h.chunk.pathway_id for h in result.reranked[:5]]
    assert pathway in [h.chunk.pathway_id for h in result.fused[:5]]
    assert len(result.reranked) == 12
    assert len(result.bm25) <= 40 and len(result.dense) == 40


def test_shipped_corpus_search_is_thread_safe(shipped: Retriever) -> None:
    queries = [
        "I twisted my ankle and cannot walk on it",
        "itchy watery eyes every spring",
        "fever while on chemotherapy",
        "my baby has a temperature and is 5 weeks old",
    ] * 3
    sequential = [[h.chunk.chunk_id for h in shipped.search(q).reranked] for q in queries]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(
            pool.map(lambda q: [h.chunk.chunk_id for h in shipped.search(q).reranked], queries)
        )
    assert parallel == sequential


def test_shipped_chunks_fit_the_config(shipped: Retriever) -> None:
    from pipelines.triage.chunking import count_tokens

    ids = [c.chunk_id for c in shipped.chunks]
    assert len(ids) == len(set(ids))
    assert all(count_tokens(c.text) <= 480 for c in shipped.chunks)
    assert {c.pathway_id for c in shipped.chunks} == set(shipped.corpus.ids)
