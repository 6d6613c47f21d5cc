"""The reranker's query memory: votes from the nearest labelled messages, leave-one-out, and a
held-out split that cannot find its own labels."""

from __future__ import annotations

import numpy as np
import pytest

from pipelines.triage.retrieval.rerank import MEMORY_NEIGHBOURS, QueryMemory


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


@pytest.fixture()
def memory() -> QueryMemory:
    return QueryMemory(
        ["burn a", "burn b", "sting a", "sting b"],
        [
            frozenset({"minor-burn"}),
            frozenset({"minor-burn"}),
            frozenset({"insect-sting"}),
            frozenset({"insect-sting", "anaphylaxis"}),
        ],
        [
            frozenset({("minor-burn", "Self-care")}),
            frozenset(),  # a message -> pathway pair: no section label
            frozenset({("insect-sting", "Red flags")}),
            frozenset({("anaphylaxis", "When to escalate")}),
        ],
        np.stack([_unit(1, 0, 0), _unit(1, 0.1, 0), _unit(0, 1, 0), _unit(0, 1, 0.2)]),
    )


def test_best_cosine_per_pathway_and_zero_for_unseen(memory: QueryMemory) -> None:
    q = _unit(1, 0, 0)
    votes = memory.votes(q, ["minor-burn", "insect-sting", "never-seen"])
    assert votes.best["minor-burn"] == pytest.approx(1.0, abs=1e-6)
    assert votes.best["insect-sting"] == pytest.approx(float(_unit(0, 1, 0.2) @ q), abs=1e-6)
    assert votes.best["never-seen"] == 0.0


def test_votes_are_shares_that_favour_the_nearest(memory: QueryMemory) -> None:
    assert len(memory) <= MEMORY_NEIGHBOURS
    votes = memory.votes(_unit(1, 0.05, 0), ["minor-burn"])
    # Every message names minor-burn or insect-sting, so their shares sum to 1; "sting b"
    # also counts its weight towards anaphylaxis.
    assert votes.pathway["minor-burn"] > 0.99
    assert votes.pathway["minor-burn"] + votes.pathway["insect-sting"] == pytest.approx(1.0)
    # Sections come only from messages with passage labels ("burn b" has none).
    assert votes.section[("minor-burn", "Self-care")] > 0.99
    assert votes.heading["Self-care"] == pytest.approx(votes.section[("minor-burn", "Self-care")])


def test_leave_one_out_drops_the_message_itself(memory: QueryMemory) -> None:
    q = memory.vectors[2]  # exactly "sting a"
    assert memory.votes(q, ["insect-sting"]).best["insect-sting"] == pytest.approx(1.0, abs=1e-6)
    left_out = memory.votes(q, ["insect-sting"], exclude="sting a")
    assert left_out.best["insect-sting"] == pytest.approx(float(memory.vectors[3] @ q), abs=1e-6)
    assert left_out.best["insect-sting"] < 0.99
    # "sting b" is now the nearest labelled message: its section wins.
    assert max(left_out.section, key=lambda k: left_out.section[k]) == (
        "anaphylaxis",
        "When to escalate",
    )


def test_without_removes_messages_and_their_labels(memory: QueryMemory) -> None:
    smaller = memory.without({"sting a", "sting b"})
    assert smaller.queries == ["burn a", "burn b"]
    votes = smaller.votes(_unit(0, 1, 0), ["insect-sting", "minor-burn"])
    assert votes.best["insect-sting"] == 0.0
    assert "insect-sting" not in votes.pathway
    assert votes.pathway["minor-burn"] == pytest.approx(1.0)
