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


class _GoldText(str):
    """Goldset text whose repr names none of it (see _GoldTexts)."""

    def __repr__(self) -> str:
        return f"<{len(self)} characters of goldset text>"


@pytest.fixture(scope="module")
def gold() -> list[tuple[str, str]]:
    loaded = load_goldset(REPO / "goldsets")
    return _GoldTexts((item.id, item_text(item)) for item in loaded.items)


def test_learning_data_exists() -> None:
    names = {p.name for p in _learning_files()}
    assert {"train_messages.jsonl", "calibration_messages.jsonl", "rerank_pairs.jsonl"} <= names
    assert "train_notes.jsonl" in names


def _reused_verbatim(rows: list[tuple[str, str]], gold: list[tuple[str, str]]) -> list[str]:
    """Where a row's normalised text (40+ characters) is a passage of a goldset text."""
    # Normalised text holds no NUL, so a hit in the joined string lies inside one goldset text.
    gold_joined = _GoldText("\x00".join(normalise(t) for _, t in gold))
    return [where for where, t in rows if len(n := normalise(t)) >= 40 and n in gold_joined]


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
    exact = _reused_verbatim(rows, gold_long)
    assert not exact, f"goldset text reused verbatim: {exact[:10]}"


def test_the_check_catches_a_planted_near_duplicate(gold: list[tuple[str, str]]) -> None:
    gid, text = next((g, t) for g, t in gold if len(t.split()) >= 12)
    words = text.split()
    edited = " ".join([*words[:-1], "today"])  # one word changed
    # Evaluated before the assert, so a failure report cannot echo the goldset text.
    caught = bool(near_duplicate_pairs([edited], [text], threshold=THRESHOLD))
    assert caught, f"the planted near duplicate of {gid} was not caught"


def test_the_check_catches_a_planted_verbatim_passage(gold: list[tuple[str, str]]) -> None:
    gid, text = next((g, t) for g, t in gold if len(normalise(t)) >= 80)
    words = text.split()
    passage = " ".join(words[len(words) // 3 :])  # the back two thirds
    # a passage of one item is caught; text spanning the join of two items is not
    caught = _reused_verbatim([("planted:2", passage)], gold)
    gold_pair = [gold[0], gold[1]]
    spanning = normalise(gold_pair[0][1])[-30:] + " " + normalise(gold_pair[1][1])[:30]
    # Evaluated before the asserts, so a failure report cannot echo the goldset text.
    spans = bool(_reused_verbatim([("planted:3", spanning)], gold_pair))
    assert caught == ["planted:2"], f"the planted passage of {gid} was not caught"
    assert not spans, "a text across the join of two goldset items was taken for reuse"
