"""The local provider's learned part: a logistic-regression mention classifier (scikit-learn).

Trained on `data/train_notes.jsonl` (templated) and `data/train_notes_written.jsonl` (hand-written),
never the goldset; the fitted model is cached on disk keyed by data and code hash.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from harness.contract import cache_dir
from pipelines.irae.ctcae import IRAE_TERMS
from pipelines.irae.extractor import Mention, extract

DATA = Path(__file__).resolve().parent / "data"
TRAIN_NOTES = DATA / "train_notes.jsonl"
TRAIN_FILES = (TRAIN_NOTES, DATA / "train_notes_written.jsonl")
DEV_NOTES = DATA / "dev_notes.jsonl"
HELDOUT_SHARE = 0.2


@dataclass(frozen=True)
class TrainPatient:
    id: str
    notes: list[tuple[str, str]]
    irae: bool
    events: list[dict[str, Any]]
    dates: dict[str, str] = field(default_factory=dict)
    """note_id -> ISO date, when the file gives one (the temporal rules read note dates)."""


def load_train(path: Path = TRAIN_NOTES) -> list[TrainPatient]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                out.append(
                    TrainPatient(
                        id=row["id"],
                        notes=[(n["note_id"], n["text"]) for n in row["notes"]],
                        irae=bool(row["irae"]),
                        events=list(row["events"]),
                        dates={n["note_id"]: n["date"] for n in row["notes"] if n.get("date")},
                    )
                )
    return out


def is_heldout(patient_id: str) -> bool:
    """A fixed 20% of training patients, chosen by hash so the split never drifts."""
    h = int(hashlib.sha256(patient_id.encode()).hexdigest()[:8], 16)
    return (h % 100) < HELDOUT_SHARE * 100


def mention_text(m: Mention) -> str:
    """The sentence with the mention marked and its term named, for the bag of words."""
    rel = m.mention_start - m.start
    masked = m.quote[:rel] + " AEMENTION " + m.quote[rel + len(m.surface) :]
    return f"TERM_{m.term.replace(' ', '_')} {masked}"


def mention_flags(m: Mention) -> list[float]:
    return [
        float(m.negated),
        float(m.hypothetical),
        float(m.family),
        float(m.history),
        float(m.other_cause is not None),
        float(m.ici_in_sentence),
        float(m.immune_words),
        float(m.cause_near is not None),
        float(m.immune_near),
        float(m.immune_dismissed),
        float(m.ruled_out),
    ] + [float(m.term == t) for t in IRAE_TERMS]


def mention_labels(p: TrainPatient, mentions: Sequence[Mention]) -> list[int]:
    """A mention is positive when a gold event of the same term quotes (part of) its sentence."""
    out = []
    for m in mentions:
        hit = any(
            ev["ctcae_term"] == m.term and (ev["quote"] in m.quote or m.quote in ev["quote"])
            for ev in p.events
        )
        out.append(int(hit))
    return out


class MentionModel:
    """P(mention is a current immune-related adverse event)."""

    def __init__(self, vectorizer: TfidfVectorizer, clf: LogisticRegression, data_sha: str) -> None:
        self._vec = vectorizer
        self._clf = clf
        self.data_sha = data_sha

    @classmethod
    def train(cls, patients: Sequence[TrainPatient], data_sha: str = "") -> MentionModel:
        mentions: list[Mention] = []
        labels: list[int] = []
        for p in patients:
            ms = extract(p.notes).mentions
            mentions += ms
            labels += mention_labels(p, ms)
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)
        x_text = vec.fit_transform([mention_text(m) for m in mentions])
        x = sp.hstack([x_text, sp.csr_matrix(np.array([mention_flags(m) for m in mentions]))])
        # Balanced weights: positives are rarer than the many negated/hypothetical mentions.
        clf = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000, random_state=0)
        clf.fit(x.tocsr(), np.array(labels))
        return cls(vec, clf, data_sha)

    def predict_proba(self, mentions: Sequence[Mention]) -> list[float]:
        if not mentions:
            return []
        x_text = self._vec.transform([mention_text(m) for m in mentions])
        x = sp.hstack([x_text, sp.csr_matrix(np.array([mention_flags(m) for m in mentions]))])
        return [float(p) for p in self._clf.predict_proba(x.tocsr())[:, 1]]


_LOCK = threading.Lock()
_MODELS: dict[str, MentionModel] = {}
_CODE = (Path(__file__).resolve().parent / "extractor.py", Path(__file__).resolve())


def data_sha(paths: Sequence[Path] = TRAIN_FILES) -> str:
    """Hash of the training files and of the code that turns them into features."""
    h = hashlib.sha256()
    for path in (*paths, *_CODE):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _cache_file(sha: str) -> Path:
    return cache_dir() / "irae" / f"mention-model-{sha[:24]}.pkl"


def shipped_model(paths: Sequence[Path] = TRAIN_FILES) -> MentionModel:
    """The model trained on every training patient; built once per process (thread-safe) and
    kept on disk keyed by the data-and-code hash, so start-up skips training when unchanged."""
    sha = data_sha(paths)
    with _LOCK:
        model = _MODELS.get(sha)
        if model is None:
            model = _load_cached(sha)
        if model is None:
            model = MentionModel.train([p for path in paths for p in load_train(path)], sha)
            _store_cached(model)
        _MODELS[sha] = model
        return model


def _load_cached(sha: str) -> MentionModel | None:
    path = _cache_file(sha)
    try:
        with path.open("rb") as fh:
            model = pickle.load(fh)  # our own file, written below; never downloaded
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None
    return model if isinstance(model, MentionModel) and model.data_sha == sha else None


def _store_cached(model: MentionModel) -> None:
    path = _cache_file(model.data_sha)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(model, fh)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache only costs start-up time
