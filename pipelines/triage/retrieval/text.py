"""Text analysis shared by the BM25 lane and the reranker's overlap features.

English Snowball stemmer and bm25s's English stopwords, so both see the same terms.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache
from typing import Any

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_LOCK = threading.Lock()


@cache
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


# Lucene's 33 English stopwords miss the pronouns and auxiliaries that fill patient messages
# ("I have had my ..."); pathway text rarely uses them, so BM25 would give them a high idf.
_PATIENT_STOPWORDS = frozenset(
    "i im ive id me my myself we our us you your yours he him his she her hers its they them "
    "am been being have has had having do does did doing done can could would should shall may "
    "might must so just very really also too get got getting go going gone what which who whom "
    "this those am was were from about any some all up out over than only own same other now "
    "hi hello dear thanks thank please doctor dr nurse".split()
)


@cache
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN) | _PATIENT_STOPWORDS


def analyze(text: str) -> list[str]:
    """Lower-cased word tokens (bm25s's token pattern), stopwords removed, stemmed."""
    stop = _stopwords()
    words = [w for w in _TOKEN.findall(text.lower()) if w not in stop]
    # PyStemmer objects are not safe to share between threads.
    with _LOCK:
        return list(_stemmer().stemWords(words))


def analyze_many(texts: Sequence[str]) -> list[list[str]]:
    return [analyze(t) for t in texts]
