"""Learned refusal detectors: jailbreak, out-of-scope and pregnancy-mention classifiers.

Logistic regressions over char/word n-grams plus MiniLM sentence vectors (meaning, not spelling),
trained from data/refusal_train.jsonl, thresholds from out-of-fold scores; cached on disk.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from harness.contract import cache_dir
from harness.errors import InputError
from pipelines.jsonl import read_objects
from pipelines.triage.model_cache import load_or_fit

TRAIN_FILE = Path(__file__).resolve().parent / "data" / "refusal_train.jsonl"
# Later passes write their rows to siblings (refusal_train4.jsonl, ...) read with the main file.
# The decider's training, calibration and varied messages are ordinary triage traffic: more
# controls ("none") for free. (Round 5 took the last two out: they halved the out-of-fold
# control FPR but cost out-of-scope recall. Round 6 brought them back next to
# refusal_train6.jsonl, off-topic asks in health words and pregnancy in many languages, which
# restore that recall.)
_DATA = Path(__file__).resolve().parent / "data"
TRIAGE_FILES = (
    _DATA / "train_messages.jsonl",
    _DATA / "calibration_messages.jsonl",
    _DATA / "diverse_messages.jsonl",
)
# A second off-topic head, used only next to the first (either one may refuse, neither can take
# back the other's refusal). The first learned from 279 off-topic rows, mostly short commands,
# and a chatty everyday ask ("a neighbour's tree hangs over our fence, who pays to cut it?")
# scores below its bar. Adding such asks to its rows widened its score spread until it refused
# more in-scope dev messages than before (dev/README_refusal.md); a head of their own does not.
# It learns the everyday asks of two later passes against every control the project has: the
# controls of those passes, the first head's rows that are not off-topic, the triage messages.
# (The passes' off-topic rows in health words or clinical acts are left out: the first head and
# the rules read those.)
EVERYDAY_ASK_FILES = (
    _DATA / "offtopic_train10a.jsonl",
    _DATA / "offtopic_train9.jsonl",
    _DATA / "offtopic_train11a.jsonl",
    _DATA / "offtopic_train11b.jsonl",
)
EVERYDAY_CONTROL_FILES = (
    _DATA / "offtopic_train10b.jsonl",
    _DATA / "offtopic_train10c.jsonl",
    _DATA / "offtopic_train10d.jsonl",
    _DATA / "offtopic_train9_controls.jsonl",
)
# Its bar, set on the refusal and acuity dev sets by a rule fixed before the goldset was run:
# the lowest of 0.65, 0.75, 0.85, 0.9, 0.95, 0.97 at which the union refuses no more acuity dev
# messages than the first head alone and at most two more of the 1,611 dev controls. At 0.95:
# off-topic dev asks refused 947 -> 989 of 1,143, controls 38 -> 40, acuity messages 83 -> 83.
# (Its out-of-fold recall at 0.65 is 0.92: the bar trades recall for the controls' sake.)
EVERYDAY_THRESHOLD = 0.95
# A third off-topic head, for messages in other languages: the English heads and the sentence
# encoder never read those (`policy.learned_reads`), and the rules name a few words per language.
# Character n-grams, language by language, learned from off-topic asks written in 22 languages
# against their health twins and every non-English health message the project has (the triage
# messages, the pregnancy rows, the death-wish and suicide-plan rows). Used like the everyday
# head: a union, only where the English heads cannot read.
FOREIGN_FILES = (_DATA / "offtopic_train12a.jsonl", _DATA / "offtopic_train12b.jsonl")
FOREIGN_CONTROL_FILES = (_DATA / "deathwish_train.jsonl", _DATA / "plan_train.jsonl")
# Its bar, by a rule fixed before the fit (the most other-language off-topic dev asks refused
# among bars of 0.5-0.9 that refuse at most two more other-language dev controls and no more
# acuity messages): off-topic 188 -> 207 of 258, controls 4 -> 5 of 348, acuity 4 -> 4 of 74.
# Held out (`refusal_naive27`, 12 languages, written blind): off-topic 23 -> 30 of 48, controls
# 2 -> 2 of 48. Its out-of-fold recall at 0.5 is 0.76: a weak reader, kept for the union only.
FOREIGN_THRESHOLD = 0.7
# Bump when normalisation, features or threshold selection change: invalidates cached models.
CODE_VERSION = "refusal-clf-v6"
LABELS = ("jailbreak", "out_of_scope", "pregnancy")
EVERYDAY = "everyday"  # the second off-topic head's key in `RefusalClassifier.scores`
# Share of out-of-fold positives each threshold must catch; refusal is the safe side, so the
# threshold sits at the weakest positive short of this share rather than at a balanced point.
RECALL_TARGET = 0.98
# ...but never so low that more than this share of out-of-fold controls would be refused. Counted
# after the policy's own checks on a learned label (English only, a past or someone else's
# pregnancy, a health concern against a middling off-topic score, a correction of the sender's
# own text): a control those checks clear is never refused, so it does not hold a threshold up.
MAX_CONTROL_FPR = 0.02
# Short requests of a kind the training controls rarely show ("refill my lisinopril") score up
# to 0.6; the learned layer only adds a refusal above that, the rules cover the rest.
MIN_THRESHOLD = 0.65
# Weight of the sentence-vector block next to the tf-idf blocks (each row of those has unit
# norm); the vectors carry what a request is about when its words are new to the n-grams.
EMBEDDING_WEIGHT = 1.5
_FOLDS = 5
_SEED = 0
_LOCK = threading.Lock()

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
# Latin look-alikes from Cyrillic and Greek, used to slip words past keyword filters.
_CONFUSABLE = str.maketrans("аеорсухіјѕԁɡοντΑΕΟΡСΤΥΧΙΚΜΗВ", "aeopcyxijsdgovtAEOPCTYXIKMHB")
# Single letters joined by dots, dashes or spaces ("i.g.n.o.r.e", "I-G-N-O-R-E").
_SPELLED = re.compile(r"\b(?:[A-Za-z][.\-_* ]){3,}[A-Za-z]\b")
_LEET = str.maketrans("013457@$", "oieastas")


# Characters written as code points or entities ("U+0049", "\\u0049", "&#73;", "&#x49;"); a run
# of them separated by spaces spells one word.
_CODEPOINT = r"(?:(?:u\+|\\u|&#x)[0-9a-f]{2,5};?|&#\d{2,6};)"
_CODEPOINT_RUN = re.compile(rf"(?i){_CODEPOINT}(?:\s*{_CODEPOINT})*")


def _decode_codepoints(text: str) -> str:
    def char(token: str) -> str:
        digits = re.sub(r"(?i)^(?:u\+|\\u|&#x|&#)|;$", "", token)
        value = int(digits) if token.startswith("&#") and token[2] not in "xX" else int(digits, 16)
        return chr(value) if 32 <= value < 0x110000 else token

    def run(m: re.Match[str]) -> str:
        return "".join(char(t) for t in re.findall(rf"(?i){_CODEPOINT}", m.group(0)))

    return _CODEPOINT_RUN.sub(run, text)


def normalise(message: str) -> str:
    """The text both the rules' second pass and the classifiers read: obfuscation undone."""
    text = unicodedata.normalize("NFKC", _decode_codepoints(message))
    text = _ZERO_WIDTH.sub("", text).translate(_CONFUSABLE)
    text = _SPELLED.sub(lambda m: re.sub(r"[.\-_* ]", "", m.group(0)), text)

    def unleet(m: re.Match[str]) -> str:
        return m.group(0).translate(_LEET)

    # Digits inside letter words read as letters; plain numbers (doses, temperatures) stay.
    return re.sub(r"\b(?=\w*[A-Za-z])(?=\w*\d)\w+\b", unleet, text).lower()


@dataclass
class RefusalClassifier:
    """One binary classifier per label over shared n-gram features, with its threshold."""

    vectorizer: Any
    models: dict[str, Any]
    thresholds: dict[str, float]
    key: str
    report: dict[str, Any] = field(default_factory=dict)
    # the everyday off-topic head (see EVERYDAY_ASK_FILES), scored as "everyday"
    everyday: RefusalClassifier | None = None
    # the off-topic head for other languages (see FOREIGN_FILES)
    foreign: ForeignHead | None = None

    def scores(self, message: str) -> dict[str, float]:
        x = _features(self.vectorizer, [normalise(message)])
        out = {k: float(m.predict_proba(x)[0, 1]) for k, m in self.models.items()}
        if self.everyday is not None:
            out[EVERYDAY] = self.everyday.scores(message)["out_of_scope"]
        return out

    def labels(self, message: str) -> list[str]:
        """Labels whose score reaches its threshold (jailbreak, out_of_scope, pregnancy)."""
        return list(self.reached(self.scores(message)))

    def labels_of(self, scores: dict[str, float]) -> list[str]:
        """`labels` from scores already computed (one encode serves both)."""
        return list(self.reached(scores))

    def reached(self, scores: dict[str, float]) -> dict[str, float]:
        """Each label reaching its threshold, with its score. Off-topic is the union of the two
        heads, at the higher score of those that reach their bars (the policy's checks on a
        learned label ask for a score, and a higher one never refuses less)."""
        out = {k: scores[k] for k in LABELS if k in scores and scores[k] >= self.thresholds[k]}
        head = self.everyday
        if head is not None and scores.get(EVERYDAY, 0.0) >= head.thresholds["out_of_scope"]:
            out["out_of_scope"] = max(out.get("out_of_scope", 0.0), scores[EVERYDAY])
        return out


@dataclass
class ForeignHead:
    """Off-topic in other languages: character n-grams and a logistic regression."""

    vectorizer: Any
    model: Any
    threshold: float
    key: str
    report: dict[str, Any] = field(default_factory=dict)

    def score(self, message: str) -> float:
        x = self.vectorizer.transform([normalise(message)])
        return float(self.model.predict_proba(x)[0, 1])


def foreign_vectorizer() -> Any:
    """Character 1-4-grams within words: shared stems and endings across spellings, any script."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, min_df=2)


def foreign_rows(path: Path = TRAIN_FILE) -> list[dict[str, str]]:
    """The foreign head's rows: its files, and every other-language message of the rest as a
    control (none of them asks for something off-topic)."""
    from pipelines.triage.policy import reads_other_language

    rows = [
        {"message": r["message"], "label": r["label"]} for f in FOREIGN_FILES for r in read_rows(f)
    ]
    others = [r for r in training_rows(path) if r["label"] != "out_of_scope"]
    for f in FOREIGN_CONTROL_FILES:
        others += [
            {"message": str(r.get("message", "")), "label": "none"}
            for _, r in read_objects(f, what="foreign head controls")
        ]
    rows += [
        {"message": r["message"], "label": "none"}
        for r in others
        if r["message"] and reads_other_language(r["message"])
    ]
    return rows


def fit_foreign(path: Path = TRAIN_FILE, key: str = "") -> ForeignHead:
    rows = foreign_rows(path)
    texts = [normalise(r["message"]) for r in rows]
    y = np.array([r["label"] == "out_of_scope" for r in rows])
    oof = out_of_fold(texts, y, vectorizer=foreign_vectorizer)
    vec = foreign_vectorizer().fit(texts)
    model = logistic_model().fit(vec.transform(texts), y)
    report = {
        "train_n": len(rows),
        "asks": int(y.sum()),
        "oof_recall": float((oof[y] >= FOREIGN_THRESHOLD).mean()),
        "oof_control_fpr": float((oof[~y] >= FOREIGN_THRESHOLD).mean()),
    }
    return ForeignHead(vec, model, FOREIGN_THRESHOLD, key, report)


def read_rows(path: Path = TRAIN_FILE) -> list[dict[str, str]]:
    rows = []
    for where, row in read_objects(path, what="refusal training data"):
        if row.get("label") not in (*LABELS, "none") or not isinstance(row.get("message"), str):
            raise InputError(
                f"{where}: needs 'message' and 'label' in {(*LABELS, 'none')}; fix the line"
            )
        rows.append(row)
    return rows


def ngram_vectorizer() -> Any:
    """Character 2-5-grams within words next to word uni- and bigrams, tf-idf."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion(
        [
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
                ),
            ),
            ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
        ]
    )


_EMBEDDER: Any = None
_EMBEDDER_LOCK = threading.Lock()


def _embedder() -> Any:
    """The dense lane's MiniLM encoder (loaded once per process, one thread: cores are shared)."""
    global _EMBEDDER
    with _EMBEDDER_LOCK:  # not _LOCK: load() holds that one while it fits
        if _EMBEDDER is None:
            from pipelines.triage.retrieval.dense import Embedder

            _EMBEDDER = Embedder.load(threads=1, max_tokens=128)
    return _EMBEDDER


def embed(texts: list[str]) -> np.ndarray:
    """Unit sentence vectors, (n, 384). The encoder remembers what it has encoded in this
    process (`dense._MEMO`): the refusal labels and the same-day floor's scorer
    (death_wish_model) read the same normalised message, and the pipeline encodes it once."""
    out: np.ndarray = _embedder().embed(texts)
    return out


def stacked_features(vectorizer: Any, texts: list[str], vectors: np.ndarray, weight: float) -> Any:
    """tf-idf n-grams (fitted `vectorizer`) next to the sentence vectors times `weight`."""
    from scipy.sparse import csr_matrix, hstack

    return hstack([vectorizer.transform(texts), csr_matrix(weight * vectors)]).tocsr()


def out_of_fold(
    texts: list[str],
    labels: np.ndarray,
    vectors: np.ndarray | None = None,
    weight: float = 0.0,
    vectorizer: Callable[[], Any] | None = None,
) -> Any:
    """Each text's score from a binary model (`vectorizer`'s n-grams, by default
    `ngram_vectorizer`, and `vectors` times `weight` when given; `logistic_model`) that did not
    see it: the safety scorers' and the heads' threshold selection."""
    from sklearn.model_selection import StratifiedKFold

    make = vectorizer or ngram_vectorizer
    oof = np.zeros(len(texts))
    folds = StratifiedKFold(n_splits=_FOLDS, shuffle=True, random_state=_SEED)
    for tr, te in folds.split(texts, labels):
        train, test = [texts[i] for i in tr], [texts[i] for i in te]
        vec = make().fit(train)
        if vectors is None:
            xtr, xte = vec.transform(train), vec.transform(test)
        else:
            xtr = stacked_features(vec, train, vectors[tr], weight)
            xte = stacked_features(vec, test, vectors[te], weight)
        oof[te] = logistic_model().fit(xtr, labels[tr]).predict_proba(xte)[:, 1]
    return oof


def _features(vectorizer: Any, texts: list[str], vectors: np.ndarray | None = None) -> Any:
    """The refusal classifier's features: n-grams and its weighted sentence vectors."""
    dense = embed(texts) if vectors is None else vectors
    return stacked_features(vectorizer, texts, dense, EMBEDDING_WEIGHT)


def logistic_model() -> Any:
    """The linear model both text classifiers fit (balanced classes)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear")


def choose_threshold(pos: np.ndarray, neg: np.ndarray) -> float:
    """Lowest score still catching RECALL_TARGET of positives, raised if controls would pay."""
    t = float(np.quantile(pos, 1.0 - RECALL_TARGET)) if len(pos) else 0.5
    cap = float(np.quantile(neg, 1.0 - MAX_CONTROL_FPR)) if len(neg) else 0.0
    return round(max(t, cap, MIN_THRESHOLD), 4)


def fit(
    rows: list[dict[str, str]], key: str = "", labels_to_fit: tuple[str, ...] = LABELS
) -> RefusalClassifier:
    from sklearn.model_selection import StratifiedKFold

    texts = [normalise(r["message"]) for r in rows]
    labels = np.array([r["label"] for r in rows])
    # Sentence vectors do not depend on the labels: computed once, shared by every fold.
    vectors = embed(texts)
    oof = {k: np.zeros(len(rows)) for k in labels_to_fit}
    folds = StratifiedKFold(n_splits=_FOLDS, shuffle=True, random_state=_SEED)
    for tr, te in folds.split(texts, labels):
        vec = ngram_vectorizer().fit([texts[i] for i in tr])
        xtr = _features(vec, [texts[i] for i in tr], vectors[tr])
        xte = _features(vec, [texts[i] for i in te], vectors[te])
        for k in labels_to_fit:
            oof[k][te] = logistic_model().fit(xtr, labels[tr] == k).predict_proba(xte)[:, 1]
    none = labels == "none"
    counted = _counted_controls(rows, oof, none, labels_to_fit)
    thresholds = {k: choose_threshold(oof[k][labels == k], counted[k]) for k in labels_to_fit}
    vec = ngram_vectorizer().fit(texts)
    x = _features(vec, texts, vectors)
    models = {k: logistic_model().fit(x, labels == k) for k in labels_to_fit}
    report = {
        "train_n": len(rows),
        "thresholds": thresholds,
        "oof_recall": {
            k: float((oof[k][labels == k] >= thresholds[k]).mean()) for k in labels_to_fit
        },
        "oof_control_fpr": {
            k: float((oof[k][none] >= thresholds[k]).mean()) for k in labels_to_fit
        },
        # the share the pipeline would refuse: the policy's checks on learned labels applied
        "oof_control_fpr_after_checks": {
            k: float((counted[k] >= thresholds[k]).mean()) for k in labels_to_fit
        },
    }
    return RefusalClassifier(vec, models, thresholds, key, report)


def _counted_controls(
    rows: list[dict[str, str]],
    oof: dict[str, np.ndarray],
    none: np.ndarray,
    labels: tuple[str, ...] = LABELS,
) -> dict[str, np.ndarray]:
    """Out-of-fold control scores per label, 0 where the policy would not let the label refuse."""
    from pipelines.triage.policy import learned_label_counts, learned_reads

    idx = np.flatnonzero(none)
    reads = np.array([learned_reads(rows[i]["message"]) for i in idx], dtype=bool)
    out = {}
    for k in labels:
        keep = np.array(
            [
                r and learned_label_counts(k, rows[i]["message"], float(oof[k][i]))
                for i, r in zip(idx, reads, strict=True)
            ],
            dtype=bool,
        )
        out[k] = np.where(keep, oof[k][idx], 0.0)
    return out


def data_key(path: Path = TRAIN_FILE) -> str:
    h = hashlib.sha256(CODE_VERSION.encode())
    h.update(Path(__file__).read_bytes())
    # The controls borrowed from the decider's data are filtered with the policy's rules, which
    # ask the redactor's word list whether a message is English: that list, not the redactor's
    # code, is what they depend on (a PHI change does not refit the refusal labels).
    here = Path(__file__)
    for f in (*train_files(path), *TRIAGE_FILES, here.with_name("policy.py")):
        h.update(f.read_bytes() if f.exists() else b"-")
    from pipelines.triage.redact import lexicon_key

    h.update(lexicon_key().encode())
    from pipelines.triage.retrieval.dense import default_model_path, file_sha256

    h.update(file_sha256(default_model_path()).encode())
    return h.hexdigest()[:16]


def load(path: Path = TRAIN_FILE) -> RefusalClassifier:
    """Fit (or load from the disk cache) the refusal classifiers, the everyday head beside."""
    key = data_key(path)
    everyday_key = _head_key(key, EVERYDAY_THRESHOLD, EVERYDAY_ASK_FILES + EVERYDAY_CONTROL_FILES)
    with _LOCK:
        main = load_or_fit(
            cache_dir() / "triage" / f"refusal-{key}.pkl", lambda: fit(training_rows(path), key)
        )
        head = load_or_fit(
            cache_dir() / "triage" / f"refusal-everyday-{everyday_key}.pkl",
            lambda: fit_everyday(path, everyday_key),
        )
        foreign_key = _head_key(key, FOREIGN_THRESHOLD, FOREIGN_FILES + FOREIGN_CONTROL_FILES)
        foreign = load_or_fit(
            cache_dir() / "triage" / f"refusal-foreign-{foreign_key}.pkl",
            lambda: fit_foreign(path, foreign_key),
        )
    # the key that provenance records names every head's data
    return replace(main, everyday=head, foreign=foreign, key=f"{key}+{everyday_key}+{foreign_key}")


def _head_key(main_key: str, bar: float, files: tuple[Path, ...]) -> str:
    """A second or third head's cache key: the first head's key (its code and rows, which the
    heads share as controls), the head's bar and its own files."""
    h = hashlib.sha256(f"{main_key}:{bar}".encode())
    for f in files:
        h.update(f.read_bytes() if f.exists() else b"-")
    return h.hexdigest()[:16]


def everyday_rows(path: Path = TRAIN_FILE) -> list[dict[str, str]]:
    """The everyday head's rows: the everyday asks and every control (see EVERYDAY_ASK_FILES)."""
    rows = []
    for f in EVERYDAY_ASK_FILES:
        rows += read_rows(f)
    for f in EVERYDAY_CONTROL_FILES:
        rows += [r for r in read_rows(f) if r["label"] == "none"]
    return rows + [r for r in training_rows(path) if r["label"] != "out_of_scope"]


def fit_everyday(path: Path = TRAIN_FILE, key: str = "") -> RefusalClassifier:
    """The everyday off-topic head, its bar at EVERYDAY_THRESHOLD (chosen on the dev sets)."""
    head = fit(everyday_rows(path), key, labels_to_fit=("out_of_scope",))
    # (the report keeps the out-of-fold choice for comparison; the bar in use is the constant)
    report = {**head.report, "threshold_in_use": EVERYDAY_THRESHOLD}
    return replace(head, thresholds={"out_of_scope": EVERYDAY_THRESHOLD}, report=report)


_DEFAULT: RefusalClassifier | None = None


def default() -> RefusalClassifier:
    """The process-wide classifier (trained or loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load()
    return _DEFAULT


def train_files(path: Path = TRAIN_FILE) -> list[Path]:
    """`path` and its later-pass siblings (`<stem>?*.jsonl`, e.g. refusal_train4.jsonl)."""
    return [path, *sorted(path.parent.glob(f"{path.stem}?*.jsonl"))]


def training_rows(path: Path = TRAIN_FILE) -> list[dict[str, str]]:
    """The refusal files plus the decider's triage messages as controls.

    Triage messages the rules would refuse (a pregnancy, a refill order, an injection) are left
    out: they carry no refusal label, and a control must be something never refused.
    """
    from pipelines.triage.policy import is_injection, is_out_of_scope, mentions_pregnancy

    rows = [row for f in train_files(path) for row in read_rows(f)]
    for triage_file in TRIAGE_FILES:
        if not triage_file.exists():
            continue
        for _, row in read_objects(triage_file, what="triage training data"):
            message = str(row.get("message", ""))
            ruled = mentions_pregnancy(message) or is_out_of_scope(message) or is_injection(message)
            if message and not ruled:
                rows.append({"message": message, "label": "none"})
    return rows
