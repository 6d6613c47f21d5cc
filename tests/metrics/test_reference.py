"""summarize's point values against references on random inputs: scikit-learn for the irAE
patient-level metrics, the array functions for PHI and retrieval (hypothesis-generated cases).
"""

from __future__ import annotations

import string
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import precision_recall_fscore_support

from harness.metrics import (
    ndcg_at_k_score,
    phi_token_precision_score,
    phi_token_recall_score,
    recall_at_k_score,
    score_item,
    span_f1_score,
    summarize,
)


@pytest.mark.parametrize("seed", range(10))
def test_irae_patient_metrics_against_sklearn(seed: int) -> None:
    rng = np.random.default_rng(seed)
    gold = rng.random(80) < 0.4
    pred = rng.random(80) < 0.5
    recs = []
    for i, (g, p) in enumerate(zip(gold.tolist(), pred.tolist(), strict=True)):
        events = [{"ctcae_term": "Colitis", "grade": 2, "quote": "q"}] if g else []
        item = {"id": f"ir-{i:03d}", "gold_irae": g, "gold_events": events}
        recs.append(score_item("irae", item, {"irae": p, "events": []}))
    got = summarize("irae", recs, n_boot=20)
    ref = precision_recall_fscore_support(gold, pred, average="binary", zero_division=0.0)
    assert got["precision"]["value"] == pytest.approx(ref[0])
    assert got["sensitivity"]["value"] == pytest.approx(ref[1])
    assert got["f1"]["value"] == pytest.approx(ref[2])


span_lists = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), max_size=4)


@settings(max_examples=60, deadline=None, database=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet=string.ascii_letters + " @.-", min_size=1, max_size=40),
            span_lists,
            span_lists,
        ),
        min_size=1,
        max_size=6,
    )
)
def test_phi_summary_matches_array_metrics(docs: list[tuple[str, Any, Any]]) -> None:
    texts, gold, pred, recs = [], [], [], []
    for i, (text, g, p) in enumerate(docs):

        def clip(spans: Any, text: str = text) -> list[tuple[int, int]]:
            return [(min(s, len(text) - 1), min(s + w, len(text))) for s, w in spans]

        gs, ps = clip(g), clip(p)
        texts.append(text)
        gold.append(gs)
        pred.append(ps)
        item = {
            "id": f"phi-{i}",
            "text": text,
            "spans": [{"start": a, "end": b, "label": "NAME"} for a, b in gs],
        }
        prediction = {
            "spans": [{"start": a, "end": b, "label": "X"} for a, b in ps],
            "roundtrip_ok": True,
        }
        recs.append(score_item("phi", item, prediction))
    got = summarize("phi", recs, n_boot=10)
    nan = float("nan")
    for key, want in (
        ("token_recall", phi_token_recall_score(texts, gold, pred, zero_division=nan)),
        ("token_precision", phi_token_precision_score(texts, gold, pred, zero_division=nan)),
        ("span_f1", span_f1_score(gold, pred, zero_division=nan)),
    ):
        if np.isnan(want):
            assert got[key]["value"] is None
        else:
            assert got[key]["value"] == pytest.approx(want)


@settings(max_examples=60, deadline=None, database=None)
@given(
    st.lists(st.lists(st.booleans(), min_size=1, max_size=12), min_size=1, max_size=8),
    st.integers(1, 5),
)
def test_retrieval_summary_matches_ranking_metrics(rows: list[list[bool]], n_rel: int) -> None:
    # Each query has n_rel distinct relevant passages; a relevant chunk carries the next one,
    # so every chunk matches at most one passage and the matrix metrics apply exactly. Matrix
    # columns are in rank order: the retrieved chunks, padding up to rank 12, then the relevant
    # passages never retrieved (beyond every cut-off used here).
    width = 12
    rel = np.zeros((len(rows), width + n_rel))
    recs = []
    for q, row in enumerate(rows):
        quotes = [f"passage {j} text" for j in range(n_rel)]
        ranked: list[dict[str, Any]] = []
        used = 0
        for hit in row:
            text = quotes[used] if hit and used < n_rel else "nothing here"
            rel[q, len(ranked)] = 1.0 if text != "nothing here" else 0.0
            used += text != "nothing here"
            ranked.append(
                {"chunk_id": "chunk_" + "c" * 12, "pathway_id": "p", "text": text, "score": 0.0}
            )
        rel[q, width : width + n_rel - used] = 1.0
        item = {"id": f"r-{q}", "relevant": [{"pathway_id": "p", "quote": t} for t in quotes]}
        recs.append(score_item("retrieval", item, {"ranked": ranked}))
    score = np.tile(-np.arange(rel.shape[1], dtype=float), (len(rows), 1))
    got = summarize("retrieval", recs, n_boot=10)
    assert got["recall_at_5"]["value"] == pytest.approx(recall_at_k_score(rel, score, k=5))
    assert got["recall_at_1"]["value"] == pytest.approx(recall_at_k_score(rel, score, k=1))
    assert got["ndcg_at_10"]["value"] == pytest.approx(ndcg_at_k_score(rel, score, k=10))
    # MRR by a slow loop: the matrix version would credit never-retrieved passages at rank 13+.
    rr = []
    for r in rel[:, :width]:
        hits = [i for i, v in enumerate(r.tolist()) if v]
        rr.append(1 / (hits[0] + 1) if hits else 0.0)
    assert got["mrr"]["value"] == pytest.approx(sum(rr) / len(rr))
