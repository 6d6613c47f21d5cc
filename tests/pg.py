"""A real PostgreSQL + pgvector for tests (the `pg_server` fixture) and the lane-parity helper
that the postgres tests and benchmarks/bench_postgres.py share.

Import the fixture into a test module: `from tests.pg import pg_server  # noqa: F401`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from harness.metrics import score_item
from pipelines.triage.chunking import Chunk
from pipelines.triage.retrieval.backend import RetrievalBackend
from pipelines.triage.retrieval.pgserver_local import LocalServer
from pipelines.triage.retrieval.types import LaneHit

REPO = Path(__file__).resolve().parents[1]
GOLDSETS = REPO / "goldsets"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[LocalServer]:
    """A fresh server for the session (about 1-2 s to start), stopped and removed at the end;
    atexit stops it too if the session dies first."""
    try:
        server = LocalServer.start()
    except Exception as exc:  # a machine without pgserver cannot run these tests at all
        pytest.fail(f"could not start a local PostgreSQL: {exc}")
    try:
        yield server
    finally:
        server.stop()


def retrieval_items() -> list[dict[str, Any]]:
    """The shipped goldset's retrieval items as plain dicts (unsigned folders allowed: parity
    does not depend on the signatures)."""
    from harness.goldset import load_goldset

    loaded = load_goldset(GOLDSETS, categories=["retrieval"], allow_unsigned=True)
    return [item.model_dump(mode="json") for item in loaded.items]


@dataclass(frozen=True)
class LaneRuns:
    """Per query, each backend's lane as chunk ids, best first."""

    ids: dict[str, list[list[str]]]

    def recall_at_5(
        self, name: str, items: Sequence[dict[str, Any]], by_id: dict[str, Chunk]
    ) -> float:
        """Mean recall@5 by the harness's own scoring (quote in a chunk of the pathway)."""
        values = []
        for item, ids in zip(items, self.ids[name], strict=True):
            ranked = [{"pathway_id": by_id[c].pathway_id, "text": by_id[c].text} for c in ids]
            values.append(score_item("retrieval", item, {"ranked": ranked})["recall_at_5"])
        return float(np.mean(values))

    def overlap(self, a: str, b: str) -> float:
        """Mean share of a's ids that b also returned (top-k set agreement)."""
        return float(
            np.mean(
                [
                    len(set(x) & set(y)) / max(len(x), 1)
                    for x, y in zip(self.ids[a], self.ids[b], strict=True)
                ]
            )
        )

    def identical(self, a: str, b: str) -> float:
        """Share of queries whose two lists are the same ids in the same order."""
        return float(np.mean([x == y for x, y in zip(self.ids[a], self.ids[b], strict=True)]))


def run_lanes(
    backends: dict[str, RetrievalBackend],
    lane: str,
    queries: Sequence[str],
    query_vecs: np.ndarray,
    k: int = 40,
) -> LaneRuns:
    out: dict[str, list[list[str]]] = {}
    for name, backend in backends.items():
        hits: list[list[LaneHit]]
        if lane == "dense":
            hits = [backend.dense_top(v, k) for v in query_vecs]
        else:
            hits = [backend.bm25_top(q, k) for q in queries]
        out[name] = [[h.chunk_id for h in hs] for hs in hits]
    return LaneRuns(out)
