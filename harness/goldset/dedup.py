"""Near-duplicate detection between item texts: normalised token sets compared by Jaccard.

Used by `harness goldset add` and by the test that keeps training data apart from the goldset.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

_NON_WORD = re.compile(r"[\W_]+")


def item_text(item: Any) -> str:
    """The text that identifies an item: message, text, query or its notes joined.

    Accepts a goldset item model or a plain dict (training files are read as dicts).
    """
    data: Mapping[str, Any] = item if isinstance(item, Mapping) else item.model_dump(mode="json")
    parts: list[str] = []
    for key in ("message", "text", "query"):
        value = data.get(key)
        if isinstance(value, str):
            parts.append(value)
    notes = data.get("notes")
    if isinstance(notes, list):
        parts.extend(n["text"] for n in notes if isinstance(n, Mapping) and "text" in n)
    return "\n".join(parts)


def normalise(text: str) -> str:
    """Case-folded, NFKC-normalised, punctuation removed (any script kept), single spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def _tokens(text: str) -> frozenset[str]:
    return frozenset(normalise(text).split())


def jaccard(a: str, b: str) -> float:
    """Token-set Jaccard similarity of two texts after normalisation (the reference version)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def near_duplicate_pairs(
    texts_a: Sequence[str], texts_b: Sequence[str], *, threshold: float = 0.9
) -> list[tuple[int, int, float]]:
    """All (i, j, score) with Jaccard(texts_a[i], texts_b[j]) >= threshold, sorted by (i, j).

    Exact, not approximate: a prefix-filter set-similarity join. Tokens are ordered rarest
    first; two sets with Jaccard >= t must share a token among the first |s| - ceil(t|s|) + 1
    of each, so only pairs sharing such a prefix token are compared. Empty texts never match.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    sets_a = [_tokens(t) for t in texts_a]
    sets_b = [_tokens(t) for t in texts_b]
    freq: Counter[str] = Counter()
    for s in (*sets_a, *sets_b):
        freq.update(s)

    def ordered(s: frozenset[str]) -> list[str]:
        return sorted(s, key=lambda tok: (freq[tok], tok))

    def prefix_len(n: int) -> int:
        # Small epsilon so a float like 0.9 * 10 = 9.000000000000002 does not round up to 10.
        return n - math.ceil(threshold * n - 1e-9) + 1

    index: dict[str, list[int]] = defaultdict(list)
    for j, s in enumerate(sets_b):
        if s:
            for tok in ordered(s)[: prefix_len(len(s))]:
                index[tok].append(j)

    pairs: list[tuple[int, int, float]] = []
    for i, sa in enumerate(sets_a):
        if not sa:
            continue
        seen: set[int] = set()
        na = len(sa)
        for tok in ordered(sa)[: prefix_len(na)]:
            for j in index.get(tok, ()):
                if j in seen:
                    continue
                seen.add(j)
                sb = sets_b[j]
                nb = len(sb)
                # Size filter: Jaccard <= min/max, so lopsided pairs cannot reach the threshold.
                if min(na, nb) < threshold * max(na, nb) - 1e-9:
                    continue
                score = len(sa & sb) / len(sa | sb)
                if score >= threshold - 1e-12:
                    pairs.append((i, j, score))
    pairs.sort()
    return pairs
