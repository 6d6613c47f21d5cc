"""The `postgres` retrieval backend on a user's PostgreSQL: pgvector (HNSW, cosine) for the dense
lane; an English `tsvector` (GIN-indexed) lexical lane ranked by BM25 in SQL, or by `ts_rank`.

Chunks are ingested once per corpus key into their own table, in one transaction; later runs
reuse it. Maintenance: `python -m pipelines.triage.retrieval.postgres list|drop --dsn DSN`.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from harness.contract import TransientError
from harness.errors import InputError
from pipelines.triage.chunking import Chunk
from pipelines.triage.retrieval.dense import DIM
from pipelines.triage.retrieval.types import LaneHit

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = "pg-v2"
"""Part of the corpus key: bump when the table layout or the tsvector recipe changes."""
REGISTRY = "triage_corpora"
DEFAULT_PREFIX = "triage_chunks"
DEFAULT_EF_SEARCH = 100
"""HNSW candidate list at query time (pgvector's default is 40, exactly our lane depth, which
leaves no slack for the graph's misses); raised to k when a lane asks for more."""
MIN_PGVECTOR = (0, 5, 0)  # the first release with HNSW
DSN_ENV = "HARNESS_PG_DSN"
LEXICAL_RANKINGS = ("bm25", "ts_rank")
BM25_K1, BM25_B = 1.5, 0.75
"""bm25s's defaults (Lucene idf, Robertson term saturation), so both backends rank alike."""
START_HINT = "python -m pipelines.triage.retrieval.pgserver_local start"
_PREFIX_RE = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


class PostgresError(InputError):
    """The store cannot be used as configured; the message says what to do (exit 2)."""


# -- options and keys ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PostgresOptions:
    """Backend knobs, read from `PipelineConfig.options` (`--dsn`, `--set pg_...=...`)."""

    dsn: str
    table_prefix: str = DEFAULT_PREFIX
    exact: bool = False
    """Dense lane by sequential scan (exact cosine) instead of the HNSW index."""
    ef_search: int = DEFAULT_EF_SEARCH
    maintenance_work_mem: str = "1GB"
    """For the HNSW build: a graph that outgrows it is built far more slowly."""
    lexical: str = "bm25"
    """How the lexical lane ranks the tsvector matches: `bm25` (the in-process lane's formula
    over the server's English lexemes) or `ts_rank` (PostgreSQL's own, which ranks differently)."""

    @classmethod
    def from_mapping(cls, options: Mapping[str, Any]) -> PostgresOptions:
        dsn = str(options.get("dsn") or os.environ.get(DSN_ENV) or "")
        if not dsn:
            raise PostgresError(
                "the postgres retrieval backend needs a DSN: pass --dsn "
                f"postgresql://USER@HOST:PORT/DB (or --set dsn=..., or set {DSN_ENV}); for a "
                f"local server run `{START_HINT}`, which prints one"
            )
        prefix = str(options.get("pg_table") or DEFAULT_PREFIX)
        if not _PREFIX_RE.match(prefix):
            raise PostgresError(
                f"option pg_table={prefix!r}: use lower-case letters, digits and _ (max 41)"
            )
        exact_raw = str(options.get("pg_exact") or "0").strip().lower()
        if exact_raw not in ("0", "1", "true", "false", "yes", "no"):
            raise PostgresError(f"option pg_exact={exact_raw!r}: use 1 or 0")
        try:
            ef = int(options.get("pg_ef_search") or DEFAULT_EF_SEARCH)
        except (TypeError, ValueError) as exc:
            raise PostgresError(
                f"option pg_ef_search={options.get('pg_ef_search')!r}: expected a whole number"
            ) from exc
        if not 1 <= ef <= 1000:
            raise PostgresError(f"option pg_ef_search={ef}: use 1..1000 (pgvector's range)")
        lexical = str(options.get("pg_lexical") or "bm25").strip().lower()
        if lexical not in LEXICAL_RANKINGS:
            raise PostgresError(
                f"option pg_lexical={lexical!r}: use one of {', '.join(LEXICAL_RANKINGS)}"
            )
        return cls(
            dsn=dsn,
            lexical=lexical,
            table_prefix=prefix,
            exact=exact_raw in ("1", "true", "yes"),
            ef_search=ef,
            maintenance_work_mem=str(options.get("pg_maintenance_work_mem") or "1GB"),
        )


def redact_dsn(dsn: str) -> str:
    """The DSN with any password replaced, fit for an error message."""
    out = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", dsn)
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", out, flags=re.IGNORECASE)


def corpus_key(chunks: Sequence[Chunk], index_texts: Sequence[str], vectors: np.ndarray) -> str:
    """What ingestion is keyed by: every stored column's input. Vectors are rounded so that
    bit-level noise between machines does not force a re-ingest; a model change still does."""
    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for c, t in zip(chunks, index_texts, strict=True):
        for part in (c.chunk_id, c.pathway_id, c.text, t):
            h.update(part.encode())
            h.update(b"\x00")
    h.update(np.round(np.asarray(vectors, dtype=np.float64), 4).astype("<f4").tobytes())
    return h.hexdigest()


def _unique(
    chunks: Sequence[Chunk], index_texts: Sequence[str], vectors: np.ndarray
) -> tuple[list[Chunk], list[str], np.ndarray]:
    """Drop repeated chunk ids, keeping the first, as the in-process lanes' fusion does."""
    seen: set[str] = set()
    keep: list[int] = []
    for i, c in enumerate(chunks):
        if c.chunk_id not in seen:
            seen.add(c.chunk_id)
            keep.append(i)
    return [chunks[i] for i in keep], [index_texts[i] for i in keep], vectors[keep]


def _ids_md5(ids: Sequence[str]) -> str:
    # Same recipe as the SQL check: md5 of the sorted ids joined by commas.
    return hashlib.md5(",".join(sorted(ids)).encode()).hexdigest()


# -- connecting -------------------------------------------------------------------------------


def connect(dsn: str) -> psycopg.Connection[Any]:
    """An autocommit connection, or a PostgresError that names the fix."""
    import psycopg

    shown = redact_dsn(dsn)
    try:
        return psycopg.connect(dsn, autocommit=True, connect_timeout=10)
    except psycopg.ProgrammingError as exc:
        raise PostgresError(
            f"--dsn {shown!r} is not a valid connection string ({_first_line(exc)}); use "
            "postgresql://USER@HOST:PORT/DBNAME"
        ) from exc
    except psycopg.OperationalError as exc:
        msg = _first_line(exc)
        low = str(exc).lower()
        if "refused" in low or "timeout" in low or "could not translate" in low:
            raise PostgresError(
                f"PostgreSQL at {shown} is not reachable ({msg}); start the server (for a local "
                f"one: `{START_HINT}`) or fix the host and port in --dsn"
            ) from exc
        raise PostgresError(
            f"PostgreSQL at {shown} refused the connection ({msg}); fix the user, password or "
            "database name in --dsn (the database must exist: CREATE DATABASE ...)"
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else type(exc).__name__


def ensure_pgvector(conn: psycopg.Connection[Any]) -> str:
    """The pgvector version enabled in this database, enabling it when we may."""
    import psycopg

    row = conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'vector'").fetchone()
    if row is None:
        available = conn.execute(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'"
        ).fetchone()
        db, user = conn.info.dbname, conn.info.user
        if available is None:
            raise PostgresError(
                f"the PostgreSQL server behind --dsn has no pgvector extension; install pgvector "
                f"(>= 0.5) on it, or use a local server with pgvector: `{START_HINT}`"
            )
        try:
            conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
        except psycopg.Error as exc:
            raise PostgresError(
                f"pgvector is installed on the server but not enabled in database {db!r}, and "
                f"user {user!r} may not enable it ({_first_line(exc)}); have a superuser run "
                f"`CREATE EXTENSION vector;` in {db!r}"
            ) from exc
        row = conn.execute(
            "SELECT extversion FROM pg_extension WHERE extname = 'vector'"
        ).fetchone()
        assert row is not None
    version = str(row[0])
    parts = tuple(int(p) for p in re.findall(r"\d+", version)[:3])
    if parts < MIN_PGVECTOR:
        raise PostgresError(
            f"pgvector {version} has no HNSW index; upgrade it to >= 0.5 "
            "(`ALTER EXTENSION vector UPDATE;` after installing the new release)"
        )
    return version


# -- ingestion --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IngestStats:
    """What building the table took; zeros when an existing table was reused."""

    table: str
    n_chunks: int
    reused: bool
    load_s: float = 0.0
    gin_s: float = 0.0
    hnsw_s: float = 0.0
    bm25_s: float = 0.0
    """Precomputing the BM25 impact table and its index."""


def _registry_sql() -> str:
    return (
        f"CREATE TABLE IF NOT EXISTS {REGISTRY} ("
        " corpus_key text PRIMARY KEY, table_name text NOT NULL UNIQUE,"
        " n_chunks integer NOT NULL, ids_md5 text NOT NULL, status text NOT NULL,"
        " created_at timestamptz NOT NULL DEFAULT now())"
    )


def _half_ingested(table: str, why: str, dsn: str) -> PostgresError:
    return PostgresError(
        f"table {table} in PostgreSQL at {redact_dsn(dsn)} is half-ingested ({why}); drop it "
        f"with `python -m pipelines.triage.retrieval.postgres drop --dsn DSN --table {table}` "
        "and run again: the next run ingests it afresh"
    )


def verify_table(
    conn: psycopg.Connection[Any], key: str, dsn: str, prefix: str = DEFAULT_PREFIX
) -> tuple[str, int] | None:
    """(table, n_chunks) when this corpus key is fully ingested; None when there is no trace
    of it; PostgresError when a table is there but does not hold exactly what the registry
    says (rows missing or added, an index missing, a load that never finished)."""
    from psycopg import sql

    reg = conn.execute("SELECT to_regclass(%s)", (REGISTRY,)).fetchone()
    row = None
    if reg is not None and reg[0] is not None:
        row = conn.execute(
            f"SELECT table_name, n_chunks, ids_md5, status FROM {REGISTRY} WHERE corpus_key = %s",
            (key,),
        ).fetchone()
    table = row[0] if row else table_name(prefix, key)
    exists = conn.execute("SELECT to_regclass(%s)", (table,)).fetchone()
    if row is None:
        if exists is not None and exists[0] is not None:
            raise _half_ingested(table, "the table exists but no ingestion was recorded", dsn)
        return None
    name, n_chunks, ids_md5, status = str(row[0]), int(row[1]), str(row[2]), str(row[3])
    if exists is None or exists[0] is None:
        raise _half_ingested(name, f"{REGISTRY} lists it but the table is gone", dsn)
    if status != "complete":
        raise _half_ingested(name, f"ingestion status is {status!r}", dsn)
    got = conn.execute(
        sql.SQL(
            "SELECT count(*), md5(coalesce(string_agg(chunk_id, ',' ORDER BY chunk_id), '')) "
            "FROM {}"
        ).format(sql.Identifier(name))
    ).fetchone()
    assert got is not None
    if int(got[0]) != n_chunks or str(got[1]) != ids_md5:
        raise _half_ingested(
            name, f"it holds {got[0]} rows, expected {n_chunks} with the recorded chunk ids", dsn
        )
    methods = {
        str(r[0])
        for r in conn.execute(
            "SELECT am.amname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am am ON am.oid = c.relam WHERE i.indrelid = to_regclass(%s) "
            "AND i.indisvalid",
            (name,),
        ).fetchall()
    }
    missing = {"hnsw", "gin"} - methods
    if missing:
        raise _half_ingested(name, f"index missing: {', '.join(sorted(missing))}", dsn)
    impacts = conn.execute("SELECT to_regclass(%s)", (bm25_table(name),)).fetchone()
    if impacts is None or impacts[0] is None:
        raise _half_ingested(name, f"its BM25 table {bm25_table(name)} is gone", dsn)
    return name, n_chunks


def table_name(prefix: str, key: str) -> str:
    return f"{prefix}_{key[:16]}"


def bm25_table(table: str) -> str:
    """The table of BM25 impacts beside a chunk table (63 characters at most, like the name)."""
    return f"{table}_bm25"


def ingest(
    conn: psycopg.Connection[Any],
    chunks: Sequence[Chunk],
    index_texts: Sequence[str],
    vectors: np.ndarray,
    opts: PostgresOptions,
) -> IngestStats:
    """Make sure the table for this corpus exists, complete; build it when missing. One
    transaction under an advisory lock: a crash leaves nothing behind, two runs build once."""
    from pgvector.psycopg import register_vector
    from psycopg import sql

    chunks, index_texts, vectors = _unique(chunks, index_texts, vectors)
    if vectors.ndim != 2 or vectors.shape[1] != DIM:
        raise PostgresError(
            f"the postgres backend stores vector({DIM}); got vectors of shape {vectors.shape}"
        )
    key = corpus_key(chunks, index_texts, vectors)
    found = verify_table(conn, key, opts.dsn, opts.table_prefix)
    if found is not None:
        return IngestStats(found[0], found[1], reused=True)
    name = table_name(opts.table_prefix, key)
    t_name = sql.Identifier(name)
    register_vector(conn)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (REGISTRY,))
        conn.execute(_registry_sql())
        # Another run may have finished while we waited for the lock.
        found = verify_table(conn, key, opts.dsn, opts.table_prefix)
        if found is not None:
            return IngestStats(found[0], found[1], reused=True)
        t0 = time.perf_counter()
        conn.execute(
            sql.SQL(
                "CREATE TABLE {} (chunk_id text PRIMARY KEY, pathway_id text NOT NULL,"
                " text text NOT NULL, embedding vector({}) NOT NULL, tsv tsvector NOT NULL)"
            ).format(t_name, sql.Literal(DIM))
        )
        conn.execute(
            sql.SQL(
                "CREATE TEMP TABLE staging (chunk_id text, pathway_id text, text text,"
                " index_text text, embedding vector({})) ON COMMIT DROP"
            ).format(sql.Literal(DIM))
        )
        vecs = np.ascontiguousarray(vectors, dtype=np.float32)
        with (
            conn.cursor() as cur,
            cur.copy(
                "COPY staging (chunk_id, pathway_id, text, index_text, embedding) "
                "FROM STDIN WITH (FORMAT BINARY)"
            ) as copy,
        ):
            copy.set_types(["text", "text", "text", "text", "vector"])
            for c, t, v in zip(chunks, index_texts, vecs, strict=True):
                copy.write_row([c.chunk_id, c.pathway_id, c.text, t, v])
        # The lexical lane indexes the same text as BM25 (title, keywords, chunk), analysed by
        # the server's own English configuration, as a production store would be.
        conn.execute(
            sql.SQL(
                "INSERT INTO {} SELECT chunk_id, pathway_id, text, embedding,"
                " to_tsvector('english', index_text) FROM staging"
            ).format(t_name)
        )
        t1 = time.perf_counter()
        _build_bm25(conn, name)
        t_bm25 = time.perf_counter()
        conn.execute(sql.SQL("CREATE INDEX ON {} USING gin (tsv)").format(t_name))
        t2 = time.perf_counter()
        conn.execute(
            sql.SQL("SET LOCAL maintenance_work_mem = {}").format(
                sql.Literal(opts.maintenance_work_mem)
            )
        )
        conn.execute(
            sql.SQL("CREATE INDEX ON {} USING hnsw (embedding vector_cosine_ops)").format(t_name)
        )
        t3 = time.perf_counter()
        conn.execute(sql.SQL("ANALYZE {}").format(t_name))
        conn.execute(
            f"INSERT INTO {REGISTRY} (corpus_key, table_name, n_chunks, ids_md5, status) "
            "VALUES (%s, %s, %s, %s, 'complete')",
            (key, name, len(chunks), _ids_md5([c.chunk_id for c in chunks])),
        )
    return IngestStats(name, len(chunks), False, t1 - t0, t2 - t_bm25, t3 - t2, bm25_s=t_bm25 - t1)


def _build_bm25(conn: psycopg.Connection[Any], table: str) -> None:
    """Precompute each (lexeme, chunk) BM25 impact from the stored tsvectors.

    The corpus is fixed once ingested, so idf and length normalisation are known up front and
    a query is one index lookup per query lexeme and a sum: the same formula as bm25s
    (Lucene idf, k1=1.5, b=0.75), over the lexemes PostgreSQL's English configuration made.
    A chunk's length is its count of non-stopword tokens, as bm25s counts it.
    """
    from psycopg import sql

    conn.execute(
        sql.SQL(
            "CREATE TABLE {imp} AS "
            "WITH tf AS (SELECT c.chunk_id, u.lexeme, cardinality(u.positions) AS tf "
            "  FROM {t} c, unnest(c.tsv) u), "
            "dl AS (SELECT chunk_id, sum(tf)::float8 AS dl FROM tf GROUP BY chunk_id), "
            "df AS (SELECT lexeme, count(*)::float8 AS df FROM tf GROUP BY lexeme), "
            "n AS (SELECT count(*)::float8 AS n FROM {t}), "
            "avgdl AS (SELECT avg(dl) AS avgdl FROM dl) "
            "SELECT tf.lexeme, tf.chunk_id, "
            "  (ln(1 + (n.n - df.df + 0.5) / (df.df + 0.5)) * tf.tf "
            "   / (tf.tf + {k1} * (1 - {b} + {b} * dl.dl / avgdl.avgdl)))::float4 AS w "
            "FROM tf JOIN dl USING (chunk_id) JOIN df USING (lexeme), n, avgdl"
        ).format(
            imp=sql.Identifier(bm25_table(table)),
            t=sql.Identifier(table),
            k1=sql.Literal(BM25_K1),
            b=sql.Literal(BM25_B),
        )
    )
    conn.execute(
        sql.SQL("CREATE INDEX ON {} (lexeme) INCLUDE (chunk_id, w)").format(
            sql.Identifier(bm25_table(table))
        )
    )


# -- the backend ------------------------------------------------------------------------------

# BM25: the query's lexemes (repeats count, as in bm25s) looked up in the impact table.
_BM25_SQL = (
    "WITH q AS (SELECT u.lexeme, cardinality(u.positions) AS qtf "
    "FROM unnest(to_tsvector('english', %(text)s)) u) "
    "SELECT i.chunk_id, sum(i.w * q.qtf) AS score FROM {impacts} i JOIN q USING (lexeme) "
    "GROUP BY i.chunk_id ORDER BY score DESC, i.chunk_id LIMIT %(k)s"
)
# ts_rank over an OR of the query's lexemes: plainto_tsquery ANDs every word, and a patient
# message never has all its words in one chunk. plainto_tsquery quotes each lexeme, so
# swapping its ' & ' separators for ' | ' is safe.
_LEXICAL_SQL = (
    "WITH q AS (SELECT replace(plainto_tsquery('english', %(text)s)::text, ' & ', ' | ')"
    "::tsquery AS q) "
    "SELECT chunk_id, ts_rank(tsv, q.q) AS score FROM {table}, q "
    "WHERE tsv @@ q.q ORDER BY score DESC, chunk_id LIMIT %(k)s"
)
# Ordering by the distance alone is what lets the planner use the HNSW index.
_DENSE_SQL = (
    "SELECT chunk_id, 1 - (embedding <=> %(q)s) AS score FROM {table} "
    "ORDER BY embedding <=> %(q)s LIMIT %(k)s"
)
_DENSE_EXACT_SQL = (
    "SELECT chunk_id, 1 - (embedding <=> %(q)s) AS score FROM {table} "
    "ORDER BY embedding <=> %(q)s, chunk_id LIMIT %(k)s"
)


class PostgresBackend:
    """Both lanes answered by SQL over one ingested table; one connection per thread."""

    def __init__(self, opts: PostgresOptions, table: str, n_chunks: int) -> None:
        from psycopg import sql

        self.options = opts
        self.table = table
        self.n_chunks = n_chunks
        ident = sql.Identifier(table)
        if opts.lexical == "bm25":
            self._lexical = sql.SQL(_BM25_SQL).format(impacts=sql.Identifier(bm25_table(table)))
        else:
            self._lexical = sql.SQL(_LEXICAL_SQL).format(table=ident)
        self._dense = sql.SQL(_DENSE_EXACT_SQL if opts.exact else _DENSE_SQL).format(table=ident)
        self.scoring = f"{opts.lexical}:{'exact' if opts.exact else 'hnsw'}"
        """How the lanes score (part of the reranker's cache key)."""
        self._local = threading.local()
        self._all: list[psycopg.Connection[Any]] = []
        self._lock = threading.Lock()
        self.ingest_stats: IngestStats | None = None

    @classmethod
    def build(
        cls,
        chunks: Sequence[Chunk],
        index_texts: Sequence[str],
        vectors: np.ndarray,
        options: Mapping[str, Any],
    ) -> PostgresBackend:
        """Connect, check pgvector, ingest unless this corpus is already in, and check the
        table is complete; every failure is a PostgresError naming the fix."""
        opts = PostgresOptions.from_mapping(options)
        try:
            import pgvector.psycopg  # noqa: F401
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise PostgresError(
                f"the postgres backend needs psycopg and pgvector ({exc}); "
                "pip install 'psycopg[binary]' pgvector"
            ) from exc
        conn = connect(opts.dsn)
        try:
            ensure_pgvector(conn)
            stats = ingest(conn, chunks, index_texts, vectors, opts)
            if not stats.reused:
                # Outside the ingest transaction (VACUUM cannot run in one): marks the new
                # pages all-visible, so the BM25 lane's index-only scans skip the heap.
                from psycopg import sql

                conn.execute(
                    sql.SQL("VACUUM (ANALYZE) {}").format(sql.Identifier(bm25_table(stats.table)))
                )
        finally:
            conn.close()
        backend = cls(opts, stats.table, stats.n_chunks)
        backend.ingest_stats = stats
        return backend

    def _conn(self) -> psycopg.Connection[Any]:
        conn: psycopg.Connection[Any] | None = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            from pgvector.psycopg import register_vector

            conn = connect(self.options.dsn)
            register_vector(conn)
            ef = max(self.options.ef_search, 40)
            conn.execute(f"SET hnsw.ef_search = {int(ef)}")
            # A generic plan for `LIMIT $k` may prefer a full sort to the HNSW index.
            conn.execute("SET plan_cache_mode = force_custom_plan")
            if self.options.exact:
                # No index scans for this session: the dense lane is an exact sequential scan.
                # The lexical lane's GIN index is used through bitmap scans, which stay on.
                conn.execute("SET enable_indexscan = off")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def _query(self) -> Iterator[psycopg.Connection[Any]]:
        import psycopg

        try:
            yield self._conn()
        except psycopg.OperationalError as exc:
            # The server went away mid-run: drop this thread's connection and let the
            # runner retry; a later attempt reconnects or fails with the reason.
            bad = getattr(self._local, "conn", None)
            self._local.conn = None
            if bad is not None:
                bad.close()
            raise TransientError(f"postgres retrieval: {_first_line(exc)}") from exc

    def bm25_top(self, query: str, k: int) -> list[LaneHit]:
        """Lexical lane: BM25 over the server's lexemes, or ts_rank (`pg_lexical`)."""
        with self._query() as conn:
            rows = conn.execute(self._lexical, {"text": query, "k": k}).fetchall()
        return [LaneHit(str(cid), float(score)) for cid, score in rows if score > 0]

    def dense_top(self, query_vec: np.ndarray, k: int) -> list[LaneHit]:
        q = np.asarray(query_vec, dtype=np.float32)
        with self._query() as conn:
            if not self.options.exact and k > self.options.ef_search:
                conn.execute(f"SET hnsw.ef_search = {min(int(k), 1000)}")
            rows = conn.execute(self._dense, {"q": q, "k": k}).fetchall()
        return [LaneHit(str(cid), float(score)) for cid, score in rows]

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()


def build_backend(
    chunks: Sequence[Chunk],
    index_texts: Sequence[str],
    vectors: np.ndarray,
    options: Mapping[str, Any],
) -> PostgresBackend:
    """The factory `BACKENDS["postgres"]` names."""
    return PostgresBackend.build(chunks, index_texts, vectors, options)


# -- maintenance CLI --------------------------------------------------------------------------


def drop_table(dsn: str, table: str) -> bool:
    """Drop an ingested table and its registry line; True when there was something to drop."""
    from psycopg import sql

    conn = connect(dsn)
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (REGISTRY,))
            existed = conn.execute("SELECT to_regclass(%s)", (table,)).fetchone()
            conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(table)))
            conn.execute(
                sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(bm25_table(table)))
            )
            reg = conn.execute("SELECT to_regclass(%s)", (REGISTRY,)).fetchone()
            n = 0
            if reg is not None and reg[0] is not None:
                n = conn.execute(f"DELETE FROM {REGISTRY} WHERE table_name = %s", (table,)).rowcount
        return bool((existed is not None and existed[0] is not None) or n)
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines.triage.retrieval.postgres",
        description="List or drop the chunk tables the postgres retrieval backend ingested.",
    )
    parser.add_argument("action", choices=["list", "drop"])
    parser.add_argument("--dsn", default=os.environ.get(DSN_ENV))
    parser.add_argument("--table", help="table to drop (from `list` or the error message)")
    args = parser.parse_args(argv)
    if not args.dsn:
        print(f"pass --dsn or set {DSN_ENV}", file=sys.stderr)
        return 2
    try:
        if args.action == "drop":
            if not args.table:
                print("drop needs --table NAME", file=sys.stderr)
                return 2
            dropped = drop_table(args.dsn, args.table)
            print(f"{'dropped' if dropped else 'nothing to drop:'} {args.table}")
            return 0
        conn = connect(args.dsn)
        try:
            reg = conn.execute("SELECT to_regclass(%s)", (REGISTRY,)).fetchone()
            if reg is None or reg[0] is None:
                print("no ingested corpora")
                return 0
            for row in conn.execute(
                f"SELECT table_name, n_chunks, status, created_at, corpus_key FROM {REGISTRY} "
                "ORDER BY created_at"
            ).fetchall():
                print("\t".join(str(x) for x in row))
        finally:
            conn.close()
    except InputError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return 0


__all__ = [
    "IngestStats",
    "PostgresBackend",
    "PostgresError",
    "PostgresOptions",
    "build_backend",
    "connect",
    "corpus_key",
    "drop_table",
    "ensure_pgvector",
    "ingest",
    "redact_dsn",
    "verify_table",
]

if __name__ == "__main__":
    raise SystemExit(main())
