"""The contextual PHI classifier (round 6): wordpiece alignment, a numpy-only MLP that saves and
loads exactly, the veto, a disk cache of weights only, and names that are also words."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from harness.contract import cache_dir
from pipelines.triage import phi_context, phi_tagger
from pipelines.triage.redact import Redactor
from tests.triage.phi_asserts import covered, redacted_values


@pytest.fixture(scope="module")
def encoder() -> phi_context.Encoder:
    return phi_context.Encoder()


def test_every_tagger_token_gets_the_mean_of_its_wordpieces(encoder: phi_context.Encoder) -> None:
    text = "hi its Nguyễn Thị Hoa, call 617.555.0199"
    toks = phi_tagger.tokens(text)
    vecs = encoder.token_vectors(text, toks)
    assert vecs.shape == (len(toks), 384)
    assert np.all(np.linalg.norm(vecs, axis=1) > 0.1)  # no token fell between wordpieces


def test_a_message_longer_than_the_encoder_window_is_covered(encoder: phi_context.Encoder) -> None:
    text = " ".join(["the cough is worse at night"] * 80) + " ask Tamsin"
    toks = phi_tagger.tokens(text)
    vecs = encoder.token_vectors(text, toks)
    assert len(toks) > 300
    assert np.all(np.linalg.norm(vecs, axis=1) > 0.1)


def test_classifier_learns_saves_and_loads_exactly(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(4000, 6)).astype(np.float32)
    y = (x[:, 0] + x[:, 1] > 0).astype(np.int64)
    clf = phi_context.Classifier.fit(x, y)
    p = clf.prob(x)
    assert ((p >= 0.5) == (y == 1)).mean() > 0.9
    path = tmp_path / "c.npz"
    clf.save(path)
    assert np.array_equal(phi_context.Classifier.load(path).prob(x), p)


def test_veto_needs_every_word_token_below_it(encoder: phi_context.Encoder) -> None:
    ctx = phi_context.ContextTagger(encoder, phi_context.Classifier.__new__(phi_context.Classifier))
    toks = phi_tagger.tokens("Dr Guillain-Barre, Ann")
    probs = np.array([0.01, 0.02, 0.01, 0.9])
    assert phi_context.vetoed(3, 17, toks, probs, ctx)  # "Guillain-Barre"
    assert not phi_context.vetoed(0, 22, toks, probs, ctx)  # any strong token keeps the span
    ctx.veto = 0.0
    assert not phi_context.vetoed(3, 17, toks, probs, ctx)


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("faith", True),
        ("Okwuosa", True),
        ("1942", False),
        ("A12", False),
        ("of", False),
        ("MRN", False),
        ("hija", False),
        ("nephew", False),
        ("x", False),
    ],
)
def test_the_classifier_alone_adds_words_not_numbers_or_cues(word: str, ok: bool) -> None:
    assert phi_context.may_add(word) is ok


def test_training_files_exclude_the_held_out_sets() -> None:
    names = {f.name for f in phi_context.TRAIN_FILES}
    assert "phi_train6.jsonl" in names
    assert "phi_holdout5.jsonl" not in names
    assert "phi_holdout6.jsonl" not in names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def test_weights_are_cached_and_run_time_text_is_never_written(redactor: Redactor) -> None:
    redactor.redact("warm up")
    ctx = phi_context.default_context_tagger()
    assert ctx is phi_context.default_context_tagger()
    folder = cache_dir() / "triage"
    assert (folder / f"phi-context-{phi_context.model_key(ctx.encoder.model_sha256)}.npz").exists()
    before = {p: p.stat().st_mtime_ns for p in cache_dir().rglob("*") if p.is_file()}
    redactor.redact("my nana Philippa Quarrington called from 07700 900555")
    after = {p: p.stat().st_mtime_ns for p in cache_dir().rglob("*") if p.is_file()}
    assert after == before


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("could you ask heather to ring me when the results are in", "heather"),
        ("hi doc, it's dusty again, the inhaler still isn't working", "dusty"),
        ("cheers, robin", "robin"),
    ],
)
def test_names_that_are_also_words_are_hidden(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Could the ringing and the spinning be Meniere's disease?",
        "Is it safe to take Entresto with spironolactone?",
    ],
)
def test_eponyms_and_drugs_are_left_alone(redactor: Redactor, text: str) -> None:
    assert redacted_values(redactor, text) == []
