"""No goldset item, nor a near duplicate, appears in any data a pipeline learns or is tuned on.

Training, calibration, reranker pairs, irAE training notes and the development sets are all
compared with every goldset item after normalisation (token-set Jaccard), and for exact
substring reuse of long passages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.goldset import load_goldset
from harness.goldset.dedup import item_text, near_duplicate_pairs, normalise

REPO = Path(__file__).resolve().parents[1]
# Near duplicates: >= 0.6 token-set overlap after normalisation is a copy with edits, not a new
# case (the goldset's own add-time rejection uses 0.9; learning data is held to a stricter bar).
THRESHOLD = 0.6
_MIN_WORDS = 6  # shorter texts ("sore throat") share words by necessity


def _texts_of(path: Path) -> list[tuple[str, str]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if "notes" in row:
            text = "\n".join(note["text"] for note in row["notes"])
        elif "message" in row:
            text = row["message"]
        elif "query" in row:
            text = row["query"]
        elif "text" in row:
            text = row["text"]
        elif "claim" in row:
            text = f"{row['claim']} {row['evidence']}"
        else:
            continue
        out.append((f"{path.relative_to(REPO)}:{n}", text))
    return out


def _learning_files() -> list[Path]:
    roots = [
        REPO / "pipelines" / "triage" / "data",
        REPO / "pipelines" / "irae" / "data",
        REPO / "pipelines" / "triage" / "dev",
    ]
    # dev/goldset/ is derived from the dev files (build_dev_goldset.py), not data of its own
    return sorted(
        p for r in roots if r.exists() for p in r.rglob("*.jsonl") if "goldset" not in p.parts
    )


class _GoldTexts(list[tuple[str, str]]):
    """(id, text) pairs whose repr names no text: a failure report (even with --showlocals)
    must not show goldset content to whoever is fixing their training data."""

    def __repr__(self) -> str:
        return f"<{len(self)} goldset texts>"


@pytest.fixture(scope="module")
def gold() -> list[tuple[str, str]]:
    loaded = load_goldset(REPO / "goldsets")
    return _GoldTexts((item.id, item_text(item)) for item in loaded.items)


def test_learning_data_exists() -> None:
    names = {p.name for p in _learning_files()}
    assert {"train_messages.jsonl", "calibration_messages.jsonl", "rerank_pairs.jsonl"} <= names
    assert "train_notes.jsonl" in names


@pytest.mark.parametrize("path", _learning_files(), ids=lambda p: p.name)
def test_no_goldset_item_or_near_duplicate_in_learning_data(
    path: Path, gold: list[tuple[str, str]]
) -> None:
    rows = [(where, t) for where, t in _texts_of(path) if len(t.split()) >= _MIN_WORDS]
    gold_long = _GoldTexts((gid, t) for gid, t in gold if len(t.split()) >= _MIN_WORDS)
    pairs = near_duplicate_pairs(
        [t for _, t in rows], [t for _, t in gold_long], threshold=THRESHOLD
    )
    found = [f"{rows[i][0]} ~ {gold_long[j][0]} ({score:.2f})" for i, j, score in pairs]
    assert not found, "near duplicates of goldset items:\n" + "\n".join(found[:20])
    gold_norm = _GoldTexts(("", normalise(t)) for _, t in gold_long)
    exact = [
        where
        for where, t in rows
        if len(normalise(t)) >= 40 and any(normalise(t) in g for _, g in gold_norm)
    ]
    assert not exact, f"goldset text reused verbatim: {exact[:10]}"


def test_the_check_catches_a_planted_near_duplicate(gold: list[tuple[str, str]]) -> None:
    gid, text = next((g, t) for g, t in gold if len(t.split()) >= 12)
    words = text.split()
    edited = " ".join([*words[:-1], "today"])  # one word changed
    # Evaluated before the assert, so a failure report cannot echo the goldset text.
    caught = bool(near_duplicate_pairs([edited], [text], threshold=THRESHOLD))
    assert caught, f"the planted near duplicate of {gid} was not caught"
