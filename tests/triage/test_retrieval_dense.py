"""The dense lane's MiniLM encoder: unit vectors, paraphrases closer than unrelated text."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from harness.errors import InputError
from pipelines.triage.retrieval import dense
from pipelines.triage.retrieval.dense import Embedder, cached_vectors, vector_cache_path


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder.load()


def test_unit_vectors_and_paraphrase_ordering(embedder: Embedder) -> None:
    texts = [
        "My throat is sore and it hurts to swallow.",
        "Swallowing is painful because of a scratchy throat.",
        "The quarterly earnings report is due on Friday.",
        "A man is playing a guitar.",
        "Someone is playing an instrument.",
    ]
    v = embedder.embed(texts)
    assert v.shape == (5, 384)
    assert v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    cos = v @ v.T
    assert cos[0, 1] > cos[0, 2] + 0.3
    assert cos[3, 4] > cos[3, 2] + 0.3
    # Known all-MiniLM-L6-v2 behaviour: these paraphrases land well above 0.5.
    assert cos[0, 1] > 0.5
    assert cos[3, 4] > 0.5


def test_batch_order_and_padding_do_not_change_vectors(embedder: Embedder) -> None:
    # Bit for bit, not just close: the process-wide memo hands back a vector encoded in one
    # batch to a caller that would have encoded it in another, so a fit must not see a change.
    texts = [
        "short one",
        "a much longer sentence about ankle swelling after a long flight home",
        "chest pain " * 40,
        "My throat is sore and it hurts to swallow.",
    ]
    together = embedder._embed_batch(texts)
    reversed_ = embedder._embed_batch(texts[::-1])[::-1]
    alone = np.stack([embedder._embed_batch([t])[0] for t in texts])
    np.testing.assert_array_equal(together, alone)
    np.testing.assert_array_equal(together, reversed_)


def test_the_memo_gives_what_encoding_gives_and_keeps_no_text(embedder: Embedder) -> None:
    texts = ["memo check: a rash on both forearms since Sunday", "memo check: a dry cough"]
    first = embedder.embed([texts[0], texts[1], texts[0]])
    np.testing.assert_array_equal(first[0], first[2])
    np.testing.assert_array_equal(first[:2], embedder._embed_batch(texts))
    first[0] += 1.0  # a caller changing its copy changes nothing the next caller reads
    np.testing.assert_array_equal(embedder.embed_one(texts[0]), embedder._embed_batch(texts[:1])[0])
    keys = list(dense._MEMO)
    assert all(isinstance(k[2], bytes) and len(k[2]) == 32 for k in keys)
    assert not any(texts[0] in str(k) for k in keys)


def test_the_memo_is_bounded(embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dense, "MEMO_MAX", 3)
    embedder.embed([f"bounded memo text {i}" for i in range(6)])
    assert len(dense._MEMO) == 3


def test_truncates_at_256_tokens(embedder: Embedder) -> None:
    base = "chest pain " * 200  # far beyond 256 tokens
    a = embedder.embed_one(base)
    b = embedder.embed_one(base + "and a completely different tail about gardening")
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_vector_cache_roundtrip(
    embedder: Embedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARNESS_CACHE_DIR", str(tmp_path))
    texts = ["one", "two"]
    first = cached_vectors(embedder, texts, chunking_key="k", corpus_sha256="c")
    files = list((tmp_path / "vectors").glob("*.npy"))
    assert len(files) == 1
    assert not list((tmp_path / "vectors").glob("*.tmp*"))
    np.save(files[0], first * 0 + 1)  # a marker proves the second call reads the cache
    second = cached_vectors(embedder, texts, chunking_key="k", corpus_sha256="c")
    np.testing.assert_array_equal(second, np.ones_like(first))
    other = vector_cache_path(embedder.model_sha256, "k2", "c", "x")
    assert other.parent == files[0].parent and other != files[0]


def test_missing_model_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        Embedder.load(tmp_path / "missing.onnx")
