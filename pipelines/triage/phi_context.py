"""A contextual PHI token classifier: a small MLP over MiniLM's per-token hidden states.

Catches names that are also words ("ask faith to call") from context the CRF's word features
cannot see; trained on the tagger's files at first use and cached on disk (weights only).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from harness.contract import cache_dir
from pipelines.triage import phi_tagger, redact_extra

# The CRF's training files; phi_train6.jsonl (round 6) joined both models together.
TRAIN_FILES = phi_tagger.TRAIN_FILES
# A token is PHI when the classifier gives it at least this probability. Chosen by
# leave-one-file-out cross-validation over the hand-written TRAIN_FILES, unioned with the rules
# and the CRF (dev/phi_context_cv.py; numbers in dev/phi_README.md, round 6).
THRESHOLD = 0.5
# A capitalised-word or NER span is dropped when every token in it scores below this (0 = never).
# Chosen by the same cross-validation.
VETO = 0.2
HIDDEN, ALPHA, EPOCHS = (64,), 1e-3, 12
_WINDOW = 254  # wordpieces per encoder pass, leaving room for [CLS] and [SEP]
_CLS, _SEP = 101, 102
_LOCK = threading.Lock()

_WORD_FLAGS = (
    "title",
    "upper",
    "alpha",
    "digit",
    "eng",
    "given",
    "surname",
    "foreign",
    "place",
    "month",
    "weekday",
    "nonascii",
)
_CONTEXT_FLAGS = ("line_start", "sent_start", "line_end", "after_relation", "after_intro")


class Encoder:
    """MiniLM (the dense lane's ONNX file) giving one 384-d vector per tagger token."""

    def __init__(self, threads: int = 1) -> None:
        from tokenizers import Tokenizer

        from pipelines.triage.retrieval import dense

        # one intra-op thread at run time: the redactor runs beside other work on two cores, and
        # a short message gains little from a second one (training asks for two)
        self._embedder = dense.Embedder.load(threads=threads)
        tok = Tokenizer.from_file(str(dense.TOKENIZER_PATH))
        tok.no_padding()
        tok.no_truncation()
        self._tok = tok
        self.model_sha256 = self._embedder.model_sha256

    def token_vectors(self, text: str, toks: Sequence[tuple[int, int, str]]) -> np.ndarray:
        """(len(toks), 384): the mean hidden state of the wordpieces inside each token."""
        enc = self._tok.encode(text, add_special_tokens=False)
        ids, offsets = enc.ids, enc.offsets
        hidden = np.zeros((len(ids), 384), dtype=np.float32)
        # long messages go through in windows; MiniLM saw at most 256 positions in training
        for start in range(0, len(ids), _WINDOW):
            piece = [_CLS, *ids[start : start + _WINDOW], _SEP]
            arr = np.array([piece], dtype=np.int64)
            (out,) = self._embedder.session.run(
                ["last_hidden_state"],
                {
                    "input_ids": arr,
                    "attention_mask": np.ones_like(arr),
                    "token_type_ids": np.zeros_like(arr),
                },
            )
            hidden[start : start + len(piece) - 2] = out[0, 1:-1]
        vecs = np.zeros((len(toks), 384), dtype=np.float32)
        j = 0
        for i, (a, b, _) in enumerate(toks):
            while j < len(offsets) and offsets[j][1] <= a:
                j += 1
            k = j
            while k < len(offsets) and offsets[k][0] < b:
                k += 1
            if k > j:
                vecs[i] = hidden[j:k].mean(axis=0)
        return vecs


def _design(text: str, toks: Sequence[tuple[int, int, str]], vecs: np.ndarray) -> np.ndarray:
    """Rows of [contextual vector, word and context flags, neighbours' flags].

    The CRF's marginal is left out on purpose: on its own training text it is near perfect, so a
    model fitted on it would learn to trust it far more than it deserves on new writing."""
    feats = phi_tagger.features(text, toks)
    flags = np.array(
        [[float(bool(f.get(k))) for k in _WORD_FLAGS + _CONTEXT_FLAGS] for f in feats],
        dtype=np.float32,
    ).reshape(len(toks), -1)
    n = len(toks)
    nb = np.zeros((n, 2 * len(_WORD_FLAGS)), dtype=np.float32)
    if n > 1:
        nb[1:, : len(_WORD_FLAGS)] = flags[:-1, : len(_WORD_FLAGS)]
        nb[:-1, len(_WORD_FLAGS) :] = flags[1:, : len(_WORD_FLAGS)]
    return np.hstack([vecs, flags, nb])


def labels01(toks: Sequence[tuple[int, int, str]], spans: Sequence[dict[str, Any]]) -> np.ndarray:
    return np.array([lab != "O" for lab in phi_tagger.labels_for(toks, spans)], dtype=np.int64)


class Classifier:
    """Standardised features -> one ReLU hidden layer -> P(PHI); numpy only at run time."""

    def __init__(self, mean: np.ndarray, scale: np.ndarray, weights: Sequence[np.ndarray]) -> None:
        self.mean, self.scale = mean, scale
        self.w1, self.b1, self.w2, self.b2 = weights

    @classmethod
    def fit(cls, x: np.ndarray, y: np.ndarray) -> Classifier:
        import warnings

        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier

        mean = x.mean(axis=0)
        scale = x.std(axis=0) + 1e-6
        # a small MLP, not a linear model: at the same recall it is 5-7 points more precise on
        # unseen sets (leave-one-file-out, round 6); a fixed number of epochs keeps training
        # under half a minute and deterministic
        model = MLPClassifier(HIDDEN, alpha=ALPHA, batch_size=256, max_iter=EPOCHS, random_state=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(((x - mean) / scale).astype(np.float32), y)
        weights = [a.astype(np.float32) for a in (*model.coefs_, *model.intercepts_)]
        return cls(mean, scale, [weights[0], weights[2], weights[1], weights[3]])

    def prob(self, x: np.ndarray) -> np.ndarray:
        h = np.maximum(((x - self.mean) / self.scale) @ self.w1 + self.b1, 0.0)
        z = (h @ self.w2 + self.b2)[:, 0]
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez(
            tmp, mean=self.mean, scale=self.scale, w1=self.w1, b1=self.b1, w2=self.w2, b2=self.b2
        )
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> Classifier:
        with np.load(path) as z:
            return cls(z["mean"], z["scale"], [z["w1"], z["b1"], z["w2"], z["b2"]])


def training_matrix(
    items: Sequence[dict[str, Any]], encoder: Encoder
) -> tuple[np.ndarray, np.ndarray]:
    """Design rows and 0/1 labels for every token of items (training-set text only)."""
    xs, ys = [], []
    for item in items:
        text = item["text"]
        toks = phi_tagger.tokens(text)
        if not toks:
            continue
        xs.append(_design(text, toks, encoder.token_vectors(text, toks)))
        ys.append(labels01(toks, item["spans"]))
    return np.vstack(xs), np.concatenate(ys)


def model_key(encoder_sha: str, files: Sequence[Path] = TRAIN_FILES) -> str:
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(phi_tagger.model_key(files).encode())  # the word features and the files
    h.update(Path(redact_extra.__file__).read_bytes())
    h.update(encoder_sha.encode())
    return h.hexdigest()[:16]


class ContextTagger:
    """P(PHI) per tagger token from the encoder's hidden states and word flags."""

    def __init__(
        self,
        encoder: Encoder,
        classifier: Classifier,
        threshold: float = THRESHOLD,
        veto: float = VETO,
    ) -> None:
        self.encoder, self.classifier = encoder, classifier
        self.threshold, self.veto = threshold, veto

    def probs(self, text: str, toks: Sequence[tuple[int, int, str]]) -> np.ndarray:
        if not toks:
            return np.zeros(0)
        # vectors live only in memory: nothing derived from a run-time message is written
        vecs = self.encoder.token_vectors(text, toks)
        return self.classifier.prob(_design(text, toks, vecs))


# Words the classifier may never add on its own. Its vectors smear a span's PHI-ness onto the
# words around it ("mi hija Lucía", "refill 2 of 5", "MRN: ..."), and number-shaped PHI is the
# rules' job, where a token mixing digits reads as PHI to the encoder in any clinical context.
_NEVER_ALONE = frozenset(
    """of the and or to in on at for with by from is was are be been it this that these my your
    his her our their me him them we you they he she i a an as if so but not no yes ok am pm
    pt rn md np mrn dob acct ssn id re fax tel ph cell mob email dear hi hello hey thanks""".split()
)


def may_add(word: str) -> bool:
    """Whether the classifier alone may mark this token: a word, not a number or a cue word."""
    low = word.lower()
    return (
        len(word) > 1
        and any(ch.isalpha() for ch in word)
        and not any(ch.isdigit() for ch in word)
        and low not in _NEVER_ALONE
        and low not in redact_extra.FOREIGN_WORDS
        and low not in phi_tagger.RELATION_WORDS
    )


def vetoed(
    start: int,
    end: int,
    toks: Sequence[tuple[int, int, str]],
    probs: np.ndarray,
    ctx: ContextTagger,
) -> bool:
    """True when the classifier puts every word token of [start, end) below ctx.veto."""
    inside = [
        p
        for (a, b, w), p in zip(toks, probs, strict=True)
        if a < end and start < b and any(ch.isalnum() for ch in w)
    ]
    return bool(inside) and max(inside) < ctx.veto


_CONTEXT: ContextTagger | None = None


def default_context_tagger() -> ContextTagger:
    """Trained on TRAIN_FILES once (about a minute on two cores), then loaded from disk."""
    global _CONTEXT
    with _LOCK:
        if _CONTEXT is None:
            encoder = Encoder()
            path = cache_dir() / "triage" / f"phi-context-{model_key(encoder.model_sha256)}.npz"
            clf: Classifier | None = None
            if path.exists():
                try:
                    clf = Classifier.load(path)
                except Exception:  # a torn cache file is rebuilt, never trusted
                    path.unlink(missing_ok=True)
            if clf is None:
                x, y = training_matrix(phi_tagger.read_items(TRAIN_FILES), Encoder(threads=2))
                clf = Classifier.fit(x, y)
                clf.save(path)
            _CONTEXT = ContextTagger(encoder, clf)
        return _CONTEXT
