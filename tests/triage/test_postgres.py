"""The postgres retrieval backend against a real PostgreSQL 16 + pgvector started for the session:
schema and ingestion, lane parity with the in-process backend on the shipped goldset, failures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from harness.errors import InputError
from pipelines.triage.chunking import Chunk
from pipelines.triage.corpus import DEFAULT_CORPUS
from pipelines.triage.retrieval import Retriever
from pipelines.triage.retrieval.backend import resolve_backend
from pipelines.triage.retrieval.pgserver_local import LocalServer
from pipelines.triage.retrieval.postgres import (
    PostgresBackend,
    PostgresError,
    connect,
    corpus_key,
    drop_table,
    redact_dsn,
)
from pipelines.triage.retrieval.retriever import bm25_text
from tests.pg import LaneRuns, pg_server, retrieval_items, run_lanes  # noqa: F401

pytestmark = pytest.mark.timeout(120)


@dataclass(frozen=True)
class Shipped:
    """The shipped corpus, in process and in postgres (HNSW and exact), plus goldset queries."""

    memory: Retriever
    texts: list[str]
    hnsw: PostgresBackend
    exact: PostgresBackend
    ts_rank: PostgresBackend
    items: list[dict[str, Any]]
    query_vecs: np.ndarray
    by_id: dict[str, Chunk]

    @property
    def queries(self) -> list[str]:
        return [it["query"] for it in self.items]


@pytest.fixture(scope="module")
def shipped(pg_server: LocalServer) -> Shipped:  # noqa: F811
    if not any(DEFAULT_CORPUS.glob("*.md")):
        pytest.skip(f"no corpus at {DEFAULT_CORPUS}")
    # Lanes only: the reranker is the same code over either backend's candidates.
    memory = Retriever.from_corpus(options={"reranker": "none"})
    keywords = {p.pathway_id: p.keywords for p in memory.corpus.pathways}
    texts = [bm25_text(c, keywords[c.pathway_id]) for c in memory.chunks]
    vectors = memory._vectors
    dsn = pg_server.dsn()
    hnsw = PostgresBackend.build(memory.chunks, texts, vectors, {"dsn": dsn})
    exact = PostgresBackend.build(memory.chunks, texts, vectors, {"dsn": dsn, "pg_exact": "1"})
    ts_rank = PostgresBackend.build(
        memory.chunks, texts, vectors, {"dsn": dsn, "pg_lexical": "ts_rank"}
    )
    items = retrieval_items()
    vecs = np.stack([memory._embedder.embed_one(it["query"]) for it in items])
    by_id = {c.chunk_id: c for c in memory.chunks}
    return Shipped(memory, texts, hnsw, exact, ts_rank, items, vecs, by_id)


# -- schema and ingestion -----------------------------------------------------------------------


def test_schema_and_indexes(shipped: Shipped, pg_server: LocalServer) -> None:  # noqa: F811
    table = shipped.hnsw.table
    with connect(pg_server.dsn()) as conn:
        cols = conn.execute(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
            "WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 ORDER BY a.attnum",
            (table,),
        ).fetchall()
        assert cols == [
            ("chunk_id", "text"),
            ("pathway_id", "text"),
            ("text", "text"),
            ("embedding", "vector(384)"),
            ("tsv", "tsvector"),
        ]
        defs = sorted(
            r[0]
            for r in conn.execute(
                "SELECT indexdef FROM pg_indexes WHERE tablename = %s", (table,)
            ).fetchall()
        )
        assert any("USING hnsw (embedding vector_cosine_ops)" in d for d in defs)
        assert any("USING gin (tsv)" in d for d in defs)
        n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert n is not None and n[0] == len(shipped.memory.chunks)
        # tsv is the server's English analysis of the same text the BM25 lane indexes.
        first = shipped.memory.chunks[0]
        same = conn.execute(
            f"SELECT tsv = to_tsvector('english', %s) FROM {table} WHERE chunk_id = %s",
            (shipped.texts[0], first.chunk_id),
        ).fetchone()
        assert same == (True,)
        # The planner answers the dense lane from the HNSW index, not a full scan.
        conn.execute("SET hnsw.ef_search = 100")
        plan = "\n".join(
            r[0]
            for r in conn.execute(
                f"EXPLAIN SELECT chunk_id FROM {table} ORDER BY embedding <=> %s::vector LIMIT 40",
                (str(shipped.query_vecs[0].tolist()),),
            ).fetchall()
        )
        assert "Index Scan using" in plan


def test_ingestion_is_idempotent_and_keyed_by_corpus(
    shipped: Shipped,
    pg_server: LocalServer,  # noqa: F811
) -> None:
    chunks = shipped.memory.chunks
    again = PostgresBackend.build(
        chunks, shipped.texts, shipped.memory._vectors, {"dsn": pg_server.dsn()}
    )
    assert again.ingest_stats is not None and again.ingest_stats.reused
    assert again.table == shipped.hnsw.table
    # A different corpus (one chunk fewer) is a different key and a table of its own.
    small = PostgresBackend.build(
        chunks[:-1], shipped.texts[:-1], shipped.memory._vectors[:-1], {"dsn": pg_server.dsn()}
    )
    assert small.ingest_stats is not None and not small.ingest_stats.reused
    assert small.table != shipped.hnsw.table and small.n_chunks == len(chunks) - 1
    assert corpus_key(chunks, shipped.texts, shipped.memory._vectors) != corpus_key(
        chunks[:-1], shipped.texts[:-1], shipped.memory._vectors[:-1]
    )
    assert drop_table(pg_server.dsn(), small.table)


def test_backend_is_registered() -> None:
    assert resolve_backend("postgres").__module__ == "pipelines.triage.retrieval.postgres"


# -- parity with the in-process backend ----------------------------------------------------------


def test_dense_lane_parity(shipped: Shipped) -> None:
    backends = {"memory": shipped.memory._backend, "exact": shipped.exact, "hnsw": shipped.hnsw}
    runs = run_lanes(backends, "dense", shipped.queries, shipped.query_vecs)
    assert all(len(ids) == 40 for ids in runs.ids["hnsw"])
    # Exact search in postgres returns the in-process top-40: same ids, same order.
    assert runs.identical("memory", "exact") == 1.0
    # HNSW is approximate: nearly every id agrees, and recall@5 is within the 0.01 tolerance.
    assert runs.overlap("memory", "hnsw") >= 0.99
    r_mem = runs.recall_at_5("memory", shipped.items, shipped.by_id)
    r_hnsw = runs.recall_at_5("hnsw", shipped.items, shipped.by_id)
    r_exact = runs.recall_at_5("exact", shipped.items, shipped.by_id)
    assert r_exact == pytest.approx(r_mem, abs=1e-12)
    assert abs(r_hnsw - r_mem) <= 0.01
    assert r_mem > 0.3  # a real lane, not an empty one that agrees trivially


def test_lexical_lane_reported(shipped: Shipped, capsys: pytest.CaptureFixture[str]) -> None:
    """BM25 in SQL tracks bm25s; ts_rank ranks differently: report all three recalls."""
    runs: LaneRuns = run_lanes(
        {"bm25s": shipped.memory._backend, "pg_bm25": shipped.hnsw, "ts_rank": shipped.ts_rank},
        "bm25",
        shipped.queries,
        shipped.query_vecs,
    )
    mem = runs.recall_at_5("bm25s", shipped.items, shipped.by_id)
    pg = runs.recall_at_5("pg_bm25", shipped.items, shipped.by_id)
    ts = runs.recall_at_5("ts_rank", shipped.items, shipped.by_id)
    with capsys.disabled():
        print(
            f"\nlexical recall@5 on {len(shipped.items)} goldset queries: bm25s {mem:.3f}, "
            f"postgres BM25 {pg:.3f} (delta {pg - mem:+.3f}), ts_rank {ts:.3f} "
            f"(delta {ts - mem:+.3f}); top-40 overlap with bm25s: postgres BM25 "
            f"{runs.overlap('bm25s', 'pg_bm25'):.3f}, "
            f"ts_rank {runs.overlap('bm25s', 'ts_rank'):.3f}"
        )
    assert mem > 0.3 and pg > 0.3 and ts > 0.3
    # Same formula; only the analysers differ (the server's English parser and stopwords).
    assert abs(pg - mem) <= 0.02
    assert runs.overlap("bm25s", "pg_bm25") > runs.overlap("bm25s", "ts_rank")
    # ts_rank is a different ranking: a drop past 0.15 would mean the tsvector lane is broken.
    assert abs(ts - mem) < 0.15
    assert 0.3 < runs.overlap("bm25s", "ts_rank") < 1.0


def test_bm25_impacts_match_the_formula(shipped: Shipped, pg_server: LocalServer) -> None:  # noqa: F811
    """One query scored by hand from the stored tsvectors equals the lane's SQL score."""
    import math

    query = "swelling in my leg and calf pain after a long flight"
    hits = shipped.hnsw.bm25_top(query, 5)
    assert hits
    with connect(pg_server.dsn()) as conn:
        rows = conn.execute(
            f"SELECT chunk_id, u.lexeme, cardinality(u.positions) "
            f"FROM {shipped.hnsw.table}, unnest(tsv) u"
        ).fetchall()
        q_lex = conn.execute(
            "SELECT lexeme, cardinality(positions) FROM unnest(to_tsvector('english', %s))",
            (query,),
        ).fetchall()
    docs: dict[str, dict[str, int]] = {}
    for cid, lexeme, tf in rows:
        docs.setdefault(str(cid), {})[str(lexeme)] = int(tf)
    n = len(docs)
    avgdl = sum(sum(t.values()) for t in docs.values()) / n
    top = hits[0].chunk_id
    doc = docs[top]
    dl = sum(doc.values())
    want = 0.0
    for lexeme, qtf in q_lex:
        tf = doc.get(lexeme, 0)
        if not tf:
            continue
        df = sum(1 for t in docs.values() if lexeme in t)
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        want += qtf * idf * tf / (tf + 1.5 * (1 - 0.75 + 0.75 * dl / avgdl))
    assert hits[0].score == pytest.approx(want, rel=1e-4)


def test_retriever_search_over_postgres(shipped: Shipped, pg_server: LocalServer) -> None:  # noqa: F811
    pg = Retriever.from_corpus(
        backend="postgres", options={"reranker": "none", "dsn": pg_server.dsn()}
    )
    query = "crushing pressure in my chest spreading to my left arm"
    got, want = pg.search(query), shipped.memory.search(query)
    assert [h.chunk.chunk_id for h in got.dense] == [h.chunk.chunk_id for h in want.dense]
    fused = [h.chunk.chunk_id for h in got.fused]
    assert len(fused) == len(set(fused))  # fusion dedups across lanes as in memory
    assert set(fused) == {h.chunk.chunk_id for h in [*got.bm25, *got.dense]}
    assert got.reranked[0].chunk.pathway_id == "chest-pain-cardiac"
    # Lanes are read-only SQL: parallel callers get the sequential answers.
    from concurrent.futures import ThreadPoolExecutor

    queries = shipped.queries[:12]
    seq = [[h.chunk.chunk_id for h in pg.search(q).fused] for q in queries]
    with ThreadPoolExecutor(max_workers=4) as pool:
        par = list(pool.map(lambda q: [h.chunk.chunk_id for h in pg.search(q).fused], queries))
    assert par == seq


# -- failures ------------------------------------------------------------------------------------


def _tiny() -> tuple[list[Chunk], list[str], np.ndarray]:
    rng = np.random.default_rng(0)
    chunks = [
        Chunk(f"chunk_{i:012x}", f"p{i % 3}", f"P{i % 3}", "Overview", f"text number {i}", i)
        for i in range(30)
    ]
    vecs = rng.normal(size=(30, 384)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    return chunks, [c.text for c in chunks], vecs


def test_missing_dsn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HARNESS_PG_DSN", raising=False)
    chunks, texts, vecs = _tiny()
    with pytest.raises(PostgresError, match="needs a DSN: pass --dsn"):
        PostgresBackend.build(chunks, texts, vecs, {})


def test_server_down_names_the_fix() -> None:
    from pipelines.triage.retrieval.pgserver_local import free_port

    chunks, texts, vecs = _tiny()
    dsn = f"postgresql://postgres:s3cret@127.0.0.1:{free_port()}/postgres"
    with pytest.raises(PostgresError, match="not reachable") as err:
        PostgresBackend.build(chunks, texts, vecs, {"dsn": dsn})
    assert "pgserver_local start" in str(err.value)
    assert "s3cret" not in str(err.value)  # the password never reaches a log
    assert redact_dsn(dsn) == dsn.replace("s3cret", "***")


def test_wrong_dsn(pg_server: LocalServer) -> None:  # noqa: F811
    chunks, texts, vecs = _tiny()
    with pytest.raises(PostgresError, match=r"does not exist.*database name in --dsn"):
        PostgresBackend.build(chunks, texts, vecs, {"dsn": pg_server.dsn("no_such_db")})
    with pytest.raises(PostgresError, match="not a valid connection string"):
        PostgresBackend.build(chunks, texts, vecs, {"dsn": "host=127.0.0.1 port"})


def test_missing_extension(pg_server: LocalServer) -> None:  # noqa: F811
    """A database without pgvector, and a user who may not create it (pgvector is untrusted)."""
    with connect(pg_server.dsn()) as admin:
        admin.execute("DROP DATABASE IF EXISTS novector")
        admin.execute("DROP ROLE IF EXISTS app")
        admin.execute("CREATE ROLE app LOGIN")
        admin.execute("CREATE DATABASE novector OWNER app")
    chunks, texts, vecs = _tiny()
    with pytest.raises(PostgresError, match="not enabled in database 'novector'") as err:
        PostgresBackend.build(chunks, texts, vecs, {"dsn": pg_server.dsn("novector", "app")})
    assert "CREATE EXTENSION vector" in str(err.value)
    # A superuser may enable it, so the same database then works.
    tiny = PostgresBackend.build(chunks, texts, vecs, {"dsn": pg_server.dsn("novector")})
    assert tiny.dense_top(vecs[7], 3)[0].chunk_id == chunks[7].chunk_id
    tiny.close()


def test_half_ingested_table(pg_server: LocalServer) -> None:  # noqa: F811
    chunks, texts, vecs = _tiny()
    dsn = pg_server.dsn()
    backend = PostgresBackend.build(chunks, texts, vecs, {"dsn": dsn, "pg_table": "half"})
    with connect(dsn) as conn:
        conn.execute(f"DELETE FROM {backend.table} WHERE chunk_id = %s", (chunks[3].chunk_id,))
    with pytest.raises(PostgresError, match=r"half-ingested \(it holds 29 rows, expected 30") as e:
        PostgresBackend.build(chunks, texts, vecs, {"dsn": dsn, "pg_table": "half"})
    assert f"drop --dsn DSN --table {backend.table}" in str(e.value)
    # A table with no ingestion record (a loader that died outside a transaction).
    assert drop_table(dsn, backend.table)
    with connect(dsn) as conn:
        conn.execute(f"CREATE TABLE {backend.table} (chunk_id text)")
    with pytest.raises(PostgresError, match="no ingestion was recorded"):
        PostgresBackend.build(chunks, texts, vecs, {"dsn": dsn, "pg_table": "half"})
    # The fix the message names works: drop, and the next build ingests afresh.
    assert drop_table(dsn, backend.table)
    fresh = PostgresBackend.build(chunks, texts, vecs, {"dsn": dsn, "pg_table": "half"})
    assert fresh.ingest_stats is not None and not fresh.ingest_stats.reused
    assert isinstance(PostgresError("x"), InputError)  # exit 2 through the CLI


def test_cli_run_fails_before_any_cut(tmp_path: Path) -> None:
    """`harness run --retrieval postgres` with the server down: exit 2, the fix, no cut."""
    import subprocess
    import sys

    from pipelines.triage.retrieval.pgserver_local import free_port

    replay = tmp_path / "replay.jsonl"
    replay.write_text("", encoding="utf-8")
    out = tmp_path / "cuts"
    harness = Path(sys.executable).parent / "harness"
    dsn = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    result = subprocess.run(
        [
            str(harness),
            "run",
            "--pipeline",
            "triage",
            "--provider",
            "replay",
            "--set",
            f"replay_file={replay}",
            "--categories",
            "retrieval",
            "--allow-unsigned",
            "--retrieval",
            "postgres",
            "--dsn",
            dsn,
            "--out",
            str(out),
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 2, result.stdout + result.stderr
    message = " ".join(result.stderr.split())  # the console wraps long lines
    assert "is not reachable" in message and "pgserver_local start" in message
    assert not out.exists() or not any(out.iterdir())


def _run_cut(tmp: Path, cut_id: str, extra: list[str]) -> dict[str, Any]:
    import json
    import subprocess
    import sys

    harness = Path(sys.executable).parent / "harness"
    result = subprocess.run(
        [
            str(harness),
            "run",
            "--pipeline",
            "triage",
            "--provider",
            "replay",
            "--set",
            f"replay_file={tmp / 'replay.jsonl'}",
            "--set",
            "reranker=none",
            "--goldsets",
            str(tmp / "goldsets"),
            "--categories",
            "retrieval",
            "--allow-unsigned",
            "--out",
            str(tmp / "cuts"),
            "--cut-id",
            cut_id,
            "--quiet",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report: dict[str, Any] = json.loads((tmp / "cuts" / cut_id / "report.json").read_text())
    return report


def test_harness_run_cut_matches_memory(
    shipped: Shipped,
    pg_server: LocalServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """`harness run --retrieval postgres --dsn ...` writes a cut; on 30 goldset queries its
    dense lane scores exactly as the in-process cut's, and the other metrics are reported."""
    import json

    folder = tmp_path / "goldsets" / "retrieval"
    folder.mkdir(parents=True)
    lines = [json.dumps(it, sort_keys=True) for it in shipped.items[:30]]
    (folder / "0001-subset.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "replay.jsonl").write_text("", encoding="utf-8")
    mem = _run_cut(tmp_path, "memory", [])
    pg = _run_cut(tmp_path, "postgres", ["--retrieval", "postgres", "--dsn", pg_server.dsn()])
    m = mem["categories"]["retrieval"]["metrics"]
    p = pg["categories"]["retrieval"]["metrics"]
    assert pg["categories"]["retrieval"]["n"] == 30
    assert pg["categories"]["retrieval"]["errors"]["count"] == 0
    assert abs(p["dense_recall_at_5"]["value"] - m["dense_recall_at_5"]["value"]) <= 0.01
    assert p["bm25_recall_at_5"]["value"] is not None
    assert mem["pipeline"]["version"] != pg["pipeline"]["version"]  # the backend is in it
