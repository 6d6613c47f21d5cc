"""Near-duplicate join: hand-worked values, and the fast join against a brute-force reference."""

from __future__ import annotations

import random

import pytest

from harness.contract.items import parse_item
from harness.goldset.dedup import item_text, jaccard, near_duplicate_pairs, normalise


def test_normalise_folds_case_punctuation_and_width() -> None:
    assert normalise("  Chest PAIN -- since 3am!! ") == "chest pain since 3am"
    assert normalise("ＡＢＣ café") == "abc café"


def test_hand_worked_scores() -> None:
    a = "the cat sat on the mat"  # tokens {the, cat, sat, on, mat}: 5
    b = "The cat sat on the mat today"  # adds "today": 5 shared of 6
    c = "a dog ran"
    assert jaccard(a, b) == pytest.approx(5 / 6)
    pairs = near_duplicate_pairs([a, c], [b, c, ""], threshold=0.8)
    assert pairs == [(0, 0, pytest.approx(5 / 6)), (1, 1, 1.0)]
    assert near_duplicate_pairs([a], [b], threshold=0.9) == []


def test_fast_join_matches_brute_force() -> None:
    rng = random.Random(3)
    vocab = [f"t{k}" for k in range(60)]
    base = [" ".join(rng.sample(vocab, rng.randint(3, 25))) for _ in range(150)]
    # Mutate some texts slightly so there are pairs near every threshold.
    other = []
    for text in base[:100]:
        toks = text.split()
        if rng.random() < 0.5 and len(toks) > 2:
            toks[rng.randrange(len(toks))] = rng.choice(vocab)
        if rng.random() < 0.3:
            toks.append(rng.choice(vocab))
        other.append(" ".join(toks))
    scores = [(i, j, jaccard(a, b)) for i, a in enumerate(base) for j, b in enumerate(other)]
    for threshold in (0.5, 0.75, 0.9, 1.0):
        expected = [(i, j, s) for i, j, s in scores if s >= threshold - 1e-12]
        got = near_duplicate_pairs(base, other, threshold=threshold)
        assert [(i, j) for i, j, _ in got] == [(i, j) for i, j, _ in expected]
        assert [s for *_, s in got] == pytest.approx([s for *_, s in expected])
        assert expected, "the fixture should produce pairs at every threshold"


def test_item_text_per_category() -> None:
    irae = parse_item(
        {
            "id": "irae-x1",
            "category": "irae",
            "added": "2026-01-01",
            "source": "t",
            "notes": [
                {"note_id": "a", "date": "2026-01-01", "type": "clinic", "text": "first note"},
                {"note_id": "b", "date": "2026-01-02", "type": "clinic", "text": "second note"},
            ],
            "immunotherapy": [],
            "gold_irae": False,
            "gold_events": [],
        }
    )
    assert item_text(irae) == "first note\nsecond note"
    assert item_text({"query": "where is it"}) == "where is it"
    assert item_text({"message": "help", "chart": {}}) == "help"


def test_bad_threshold() -> None:
    with pytest.raises(ValueError, match="threshold"):
        near_duplicate_pairs(["a"], ["a"], threshold=0)
