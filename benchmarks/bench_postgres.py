"""Benchmark of the postgres retrieval backend beside the in-process one, in one run: lane parity
on the shipped corpus and goldset, then query latency, ingestion rate and index builds at scale.

Run: /work/venv/bin/python benchmarks/bench_postgres.py [--sizes 2000,20000,200000] [--queries N]
     [--dsn DSN]   (default: a throwaway local server, started and removed by the script)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.pg, the parity helper the tests use too
os.environ.setdefault("HARNESS_CACHE_DIR", str(REPO / ".scratch" / "cache"))


def _p(values: Sequence[float]) -> tuple[float, float]:
    p50, p95 = np.percentile(np.asarray(values), [50, 95])
    return float(p50), float(p95)


def _timed(fn: Callable[[Any, int], Any], args: Sequence[Any]) -> list[float]:
    """Wall ms of fn(arg, 40) per arg, after two untimed warm-up calls."""
    for a in args[:2]:
        fn(a, 40)
    out = []
    for a in args:
        t0 = time.perf_counter()
        fn(a, 40)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def bench_parity(dsn: str) -> tuple[list[str], np.ndarray]:
    from pipelines.triage.retrieval import Retriever
    from pipelines.triage.retrieval.postgres import PostgresBackend
    from pipelines.triage.retrieval.retriever import bm25_text
    from tests.pg import retrieval_items, run_lanes

    mem = Retriever.from_corpus(options={"reranker": "none"})
    kw = {p.pathway_id: p.keywords for p in mem.corpus.pathways}
    texts = [bm25_text(c, kw[c.pathway_id]) for c in mem.chunks]
    vecs = mem._vectors
    hnsw = PostgresBackend.build(mem.chunks, texts, vecs, {"dsn": dsn})
    exact = PostgresBackend.build(mem.chunks, texts, vecs, {"dsn": dsn, "pg_exact": "1"})
    ef40 = PostgresBackend.build(mem.chunks, texts, vecs, {"dsn": dsn, "pg_ef_search": "40"})
    ts_rank = PostgresBackend.build(mem.chunks, texts, vecs, {"dsn": dsn, "pg_lexical": "ts_rank"})
    items = retrieval_items()
    queries = [it["query"] for it in items]
    qv = np.stack([mem._embedder.embed_one(q) for q in queries])
    by_id = {c.chunk_id: c for c in mem.chunks}
    backends: dict[str, Any] = {
        "memory": mem._backend,
        "exact": exact,
        "hnsw": hnsw,
        "hnsw_ef40": ef40,
    }
    dense = run_lanes(backends, "dense", queries, qv)
    print(
        f"parity on the shipped corpus ({len(mem.chunks)} chunks), {len(items)} goldset "
        "retrieval queries (raw query text, no PHI redaction), top-40 per lane:"
    )
    print(
        "  dense recall@5:  "
        + ", ".join(f"{n} {dense.recall_at_5(n, items, by_id):.4f}" for n in backends)
    )
    for n in ("exact", "hnsw", "hnsw_ef40"):
        print(
            f"  {n:<10} vs in-process top-40: id overlap {dense.overlap('memory', n):.4f}, "
            f"identical lists {dense.identical('memory', n):.3f}"
        )
    lex = run_lanes(
        {"bm25s": mem._backend, "pg_bm25": hnsw, "ts_rank": ts_rank}, "bm25", queries, qv
    )
    b = lex.recall_at_5("bm25s", items, by_id)
    for name, label in (("pg_bm25", "BM25 in SQL (tsvector lexemes)"), ("ts_rank", "ts_rank")):
        r = lex.recall_at_5(name, items, by_id)
        print(
            f"  lexical recall@5: bm25s {b:.4f}, {label} {r:.4f}, delta {r - b:+.4f}; "
            f"top-40 id overlap {lex.overlap('bm25s', name):.3f}"
        )
    for be in (hnsw, exact, ef40, ts_rank):
        be.close()
    return [c.text for c in mem.chunks], vecs


def bench_scale(
    dsn: str, texts: list[str], base_vecs: np.ndarray, sizes: list[int], n_queries: int
) -> None:
    from pipelines.triage.chunking import Chunk, split_sentences
    from pipelines.triage.retrieval.backend import MemoryBackend
    from pipelines.triage.retrieval.dense import Embedder
    from pipelines.triage.retrieval.postgres import PostgresBackend, drop_table
    from pipelines.triage.retrieval.rerank import load_pairs
    from pipelines.triage.retrieval.text import analyze

    rng = np.random.default_rng(0)
    sentences = [t[s:e] for t in texts for s, e in split_sentences(t) if e - s > 20]
    queries = [p.query for p in load_pairs()][:n_queries]
    qvecs = Embedder.load().embed(queries)
    print(
        "\nscale (synthetic chunks: 3-6 shipped-corpus sentences recombined at random; vectors "
        "are real chunk vectors plus Gaussian noise (norm ~0.7), re-normalised, so they cluster "
        f"as text does; {len(queries)} rerank-pair queries with real vectors; k=40; "
        "HNSW m=16, ef_construction=64, ef_search=100):"
    )
    head = (
        f"  {'chunks':>7} | {'backend':<8} | {'load s':>6} | {'rows/s':>7} | {'gin s':>5} | "
        f"{'hnsw s':>6} | {'lexical p50/p95 ms':>18} | {'dense p50/p95 ms':>16} | "
        f"{'exact p50/p95':>14} | {'hnsw@40 vs exact':>16}"
    )
    print(head)
    for n in sizes:
        # Draw indices, not strings: choice() over a list converts it to an array each call.
        docs = [
            " ".join(sentences[j] for j in rng.integers(0, len(sentences), int(m)))
            for m in rng.integers(3, 7, n)
        ]
        vecs = base_vecs[rng.integers(0, len(base_vecs), n)] + rng.normal(
            scale=0.7 / np.sqrt(384), size=(n, 384)
        ).astype(np.float32)
        vecs = (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)
        ids = [f"chunk_{i:012x}" for i in range(n)]

        t0 = time.perf_counter()
        mem = MemoryBackend(ids, [analyze(d) for d in docs], vecs)
        mem_s = time.perf_counter() - t0
        lex_m = _p(_timed(mem.bm25_top, queries))
        den_m = _p(_timed(mem.dense_top, list(qvecs)))
        print(
            f"  {n:>7} | {'memory':<8} | {mem_s:>6.1f} | {n / mem_s:>7.0f} | {'-':>5} | "
            f"{'-':>6} | {lex_m[0]:>8.2f} / {lex_m[1]:>7.2f} | {den_m[0]:>7.2f} / {den_m[1]:>6.2f}"
            f" | {'':>14} |"
        )

        chunks = [
            Chunk(cid, f"p{i % 500}", "synthetic", "Overview", d, 0)
            for i, (cid, d) in enumerate(zip(ids, docs, strict=True))
        ]
        t0 = time.perf_counter()
        pg = PostgresBackend.build(chunks, docs, vecs, {"dsn": dsn, "pg_table": "bench"})
        total_s = time.perf_counter() - t0
        st = pg.ingest_stats
        assert st is not None and not st.reused, "bench table left over: drop it first"
        exact = PostgresBackend.build(
            chunks, docs, vecs, {"dsn": dsn, "pg_table": "bench", "pg_exact": "1"}
        )
        ts = PostgresBackend.build(
            chunks, docs, vecs, {"dsn": dsn, "pg_table": "bench", "pg_lexical": "ts_rank"}
        )
        for q, v in zip(queries[:5], qvecs[:5], strict=True):  # warm the buffer cache
            pg.bm25_top(q, 40)
            ts.bm25_top(q, 40)
            pg.dense_top(v, 40)
            exact.dense_top(v, 40)
        lex_p = _p(_timed(pg.bm25_top, queries))
        lex_ts = _p(_timed(ts.bm25_top, queries))
        den_p = _p(_timed(pg.dense_top, list(qvecs)))
        ex_p = _p(_timed(exact.dense_top, list(qvecs[:30])))
        agree = np.mean(
            [
                len(
                    {h.chunk_id for h in pg.dense_top(v, 40)}
                    & {h.chunk_id for h in exact.dense_top(v, 40)}
                )
                / 40
                for v in qvecs[:30]
            ]
        )
        print(
            f"  {n:>7} | {'postgres':<8} | {st.load_s:>6.1f} | {n / st.load_s:>7.0f} | "
            f"{st.gin_s:>5.1f} | {st.hnsw_s:>6.1f} | {lex_p[0]:>8.2f} / {lex_p[1]:>7.2f} | "
            f"{den_p[0]:>7.2f} / {den_p[1]:>6.2f} | {ex_p[0]:>6.1f} / {ex_p[1]:>5.1f} | "
            f"{agree:>16.3f}"
        )
        print(
            f"  {'':>7} | {'':<8} | whole build incl. connect + checks {total_s:.1f} s, of "
            f"which BM25 impacts {st.bm25_s:.1f} s; lexical by ts_rank p50/p95 "
            f"{lex_ts[0]:.2f} / {lex_ts[1]:.2f} ms"
        )
        pg.close()
        exact.close()
        ts.close()
        drop_table(dsn, pg.table)
    print(
        "  load = COPY (binary) into a staging table + INSERT with to_tsvector; rows/s = chunks "
        "per second of load (memory: bm25s index + stemming)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="postgres retrieval backend benchmark")
    parser.add_argument("--sizes", default="2000,20000,200000", help="synthetic corpus sizes")
    parser.add_argument("--queries", type=int, default=100, help="queries per measurement")
    parser.add_argument("--dsn", default=None, help="use this server instead of a local one")
    args = parser.parse_args()
    from pipelines.triage.retrieval.pgserver_local import LocalServer

    server = None
    dsn = args.dsn
    if dsn is None:
        t0 = time.perf_counter()
        server = LocalServer.start()
        dsn = server.dsn()
        print(f"local PostgreSQL 16 + pgvector started in {time.perf_counter() - t0:.1f} s")
    try:
        texts, vecs = bench_parity(dsn)
        sizes = [int(s) for s in args.sizes.split(",") if s]
        if sizes:
            bench_scale(dsn, texts, vecs, sizes, args.queries)
        print(f"load average now: {os.getloadavg()[0]:.2f} (2 cores)")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
