"""Benchmark of the triage retrieval stack: per-query latency on the shipped corpus, held-out
reranker recall, and how the lanes scale from 1k to 100k chunks.

Run: /work/venv/bin/python benchmarks/bench_retrieval.py [--sizes 1000,10000,100000] [--queries N]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("HARNESS_CACHE_DIR", str(REPO / ".scratch" / "cache"))


def _pct(values: list[float]) -> str:
    arr = np.asarray(values)
    return f"p50 {np.percentile(arr, 50):7.2f} ms   p95 {np.percentile(arr, 95):7.2f} ms"


def bench_shipped(n_queries: int, holdout: bool) -> list[str]:
    from pipelines.triage.retrieval import Retriever
    from pipelines.triage.retrieval.rerank import load_pairs

    t0 = time.perf_counter()
    retriever = Retriever.from_corpus()
    print(
        f"corpus: {len(retriever.corpus.pathways)} pathways, {len(retriever.chunks)} chunks; "
        f"build (excluded from latency) {time.perf_counter() - t0:.1f} s"
    )
    pairs = load_pairs(known_ids=retriever.corpus.ids)
    queries = [p.query for p in pairs][:n_queries]
    for q in queries[:10]:  # warm-up: first calls allocate onnxruntime buffers
        retriever.search(q)
    lanes_ms: list[float] = []
    rerank_ms: list[float] = []
    stage: dict[str, list[float]] = {"embed": [], "bm25": [], "dense": [], "fuse": []}
    for q in queries:
        t0 = time.perf_counter()
        cand, timings = retriever.candidates(q)
        t1 = time.perf_counter()
        retriever.rerank(q, cand)
        t2 = time.perf_counter()
        lanes_ms.append((t1 - t0) * 1000)
        rerank_ms.append((t2 - t1) * 1000)
        for k in stage:
            stage[k].append(timings[k])
    print(f"\none query, shipped corpus ({len(queries)} queries, load excluded):")
    print(f"  embed + bm25 + dense + fusion : {_pct(lanes_ms)}")
    for k, v in stage.items():
        print(f"    {k:<6}                      : {_pct(v)}")
    print(f"  rerank (features + model)     : {_pct(rerank_ms)}")
    total = [a + b for a, b in zip(lanes_ms, rerank_ms, strict=True)]
    print(f"  total                         : {_pct(total)}")
    p95 = float(np.percentile(lanes_ms, 95))
    print(f"  lanes + fusion p95 < 25 ms    : {'PASS' if p95 < 25 else 'FAIL'} ({p95:.2f} ms)")
    print(f"  load average now              : {os.getloadavg()[0]:.2f} (2 cores)")
    if holdout:
        t0 = time.perf_counter()
        rec = retriever.holdout_recall(pairs, frac=0.2, seed=0, k=5)
        print(
            f"\nheld-out rerank pairs (20%, seed 0; n_train {rec['n_train']:.0f}, "
            f"n_test {rec['n_test']:.0f}), pathway recall@5 [{time.perf_counter() - t0:.0f} s]:"
        )
        for s in ("bm25", "dense", "fused", "reranked"):
            print(f"  {s:<9} {rec[f'{s}_recall_at_5']:.3f}")
    return [c.text for c in retriever.chunks]


def bench_scaling(texts: list[str], sizes: list[int], n_queries: int) -> None:
    from pipelines.triage.chunking import split_sentences
    from pipelines.triage.retrieval.backend import MemoryBackend
    from pipelines.triage.retrieval.dense import Embedder
    from pipelines.triage.retrieval.fusion import reciprocal_rank_fusion
    from pipelines.triage.retrieval.rerank import load_pairs
    from pipelines.triage.retrieval.text import analyze

    rng = np.random.default_rng(0)
    sentences = [t[s:e] for t in texts for s, e in split_sentences(t) if e - s > 20]
    queries = [p.query for p in load_pairs()][:n_queries]
    qvecs = Embedder.load().embed(queries)
    print(
        "\nscaling (synthetic chunks: 3-6 corpus sentences recombined at random; their dense "
        "vectors are RANDOM unit vectors, not embeddings, to skip hours of encoding; query "
        f"vectors are real; {len(queries)} queries, k=40):"
    )
    print(
        f"  {'chunks':>7} | {'index s':>7} | {'bm25 p50/p95 ms':>16} | {'dense p50/p95 ms':>16} "
        f"| {'fuse p50 ms':>11} | {'total p95 ms':>12}"
    )
    for n in sizes:
        docs = [
            " ".join(rng.choice(sentences, size=int(rng.integers(3, 7))).tolist()) for _ in range(n)
        ]
        vecs = rng.standard_normal((n, 384)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        t0 = time.perf_counter()
        backend = MemoryBackend([f"c{i}" for i in range(n)], [analyze(d) for d in docs], vecs)
        build_s = time.perf_counter() - t0
        b, d, f, tot = [], [], [], []
        for q, qv in zip(queries, qvecs, strict=True):
            t0 = time.perf_counter()
            bh = backend.bm25_top(q, 40)
            t1 = time.perf_counter()
            dh = backend.dense_top(qv, 40)
            t2 = time.perf_counter()
            reciprocal_rank_fusion([bh, dh])
            t3 = time.perf_counter()
            b.append((t1 - t0) * 1000)
            d.append((t2 - t1) * 1000)
            f.append((t3 - t2) * 1000)
            tot.append((t3 - t0) * 1000)
        pb, pd = np.percentile(b, [50, 95]), np.percentile(d, [50, 95])
        print(
            f"  {n:>7} | {build_s:>7.1f} | {pb[0]:>7.2f} / {pb[1]:>6.2f}"
            f" | {pd[0]:>7.2f} / {pd[1]:>6.2f} | "
            f"{np.percentile(f, 50):>11.3f} | {np.percentile(tot, 95):>12.2f}"
        )
    print("  (query embedding is not in this table: it does not depend on the corpus size)")


def main() -> None:
    parser = argparse.ArgumentParser(description="triage retrieval benchmark")
    parser.add_argument("--sizes", default="1000,10000,100000", help="synthetic corpus sizes")
    parser.add_argument("--queries", type=int, default=200, help="queries per measurement")
    parser.add_argument("--no-holdout", action="store_true", help="skip the held-out recall")
    args = parser.parse_args()
    texts = bench_shipped(args.queries, not args.no_holdout)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if sizes:
        bench_scaling(texts, sizes, min(args.queries, 100))


if __name__ == "__main__":
    main()
