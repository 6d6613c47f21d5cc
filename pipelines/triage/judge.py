"""Groundedness judge: does a cited chunk support a rationale claim?

Offline it is deterministic and entailment-style: numbers (with units and ranges normalised)
must match the evidence, hedges must not harden, negation must not flip, and enough of the
claim's content must be covered. With provider keys an LLM judge can take its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import Stemmer

_STEM = Stemmer.Stemmer("english")
_STOP = frozenset(
    """a an the and or of to in on at for with by from as is are was were be been being it its
    this that these those you your yours he she they them their we our i me my if then than so
    do does did can could should would may might will shall has have had not no nor but also
    very more most less least about into over under up down out any some such each per via
    what which who whom when where why how all both other same own just only too again further
    once here there until while during before after above below between through against because
    get gets got let lets make makes much many one day days""".split()
)
_NEGATIONS = frozenset(
    {"not", "no", "never", "without", "unless", "none", "avoid", "cannot", "nor", "neither"}
)
# Words that make a claim absolute; the evidence must be as absolute (or say the same word).
_ABSOLUTES = {
    "always": ("always", "every", "all "),
    "never": ("never", "not ", "no ", "do not", "don't"),
    "every": ("every", "always", "all ", "any "),
    "guaranteed": ("guarantee",),
    "definitely": ("definite",),
    "certainly": ("certain",),
    "reliably": ("reliabl", "always"),
    "confirms": ("confirm", "proof", "prove"),
}
_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
    "hundred": 100, "half": 0.5, "single": 1, "once": 1, "twice": 2,
}  # fmt: skip
# Duration units in hours, so "three days" matches "72 hours" and "one to two weeks" "7 to 14 days".
_UNIT_HOURS = {
    "second": 1 / 3600, "minute": 1 / 60, "min": 1 / 60, "hour": 1.0, "hr": 1.0, "h": 1.0,
    "day": 24.0, "week": 168.0, "wk": 168.0, "month": 730.0, "year": 8760.0,
}  # fmt: skip
_QUANTITY = re.compile(
    r"(?P<a>\d+(?:\.\d+)?)(?:\s*(?:to|-|–|and|or)\s*(?P<b>\d+(?:\.\d+)?))?\s*"
    r"(?P<unit>seconds?|minutes?|mins?|hours?|hrs?|h\b|days?|weeks?|wks?|months?|years?)?",
)
_WORD = re.compile(r"[a-z][a-z'-]*")
# Opposites: a claim using one side where the evidence uses only the other reverses the fact
# (direction, comparison, position, population). Whole words, lower case.
_OPPOSITES = (
    ("younger", "older"), ("less", "more"), ("lower", "higher"), ("front", "back"),
    ("first", "late"), ("early", "late"), ("increase", "decrease"), ("above", "below"),
    ("over", "under"), ("better", "worse"), ("common", "rare"), ("safe", "avoided"),
    ("before", "after"), ("men", "women"), ("adults", "children"), ("adult", "child"),
    ("both", "one"), ("left", "right"),
    ("minor", "severe"), ("poorly", "well"),
)  # fmt: skip
# Light synonym folding for paraphrases common in clinical advice text.
_SYNONYMS = {
    "adrenalin": "epinephrin", "womb": "uterus", "clot-bust": "thrombolyt", "sugar": "glucos",
    "tablet": "pill", "imag": "scan", "medicin": "drug", "medic": "drug", "worst": "peak",
    "sore": "pain", "pain": "pain", "ill": "unwel", "fade": "disappear", "scan": "scan",
    "commonest": "common", "frequent": "common", "typic": "usual", "general": "usual",
    "often": "usual", "most": "usual",
}  # fmt: skip

# Below this share of the claim's content stems found in the evidence, the claim says something
# the evidence does not. Chosen a priori for paraphrased claims (not fitted to any labels).
COVERAGE_MIN = 0.5


@dataclass(frozen=True)
class Judgement:
    supported: bool
    coverage: float
    reason: str


def _words_to_digits(text: str) -> str:
    """'four and a half hours' -> '4.5 hours'; 'a day'/'a week' -> '1 day'/'1 week'."""
    low = text.lower().replace(",", "")
    low = re.sub(r"\bhalf an hour\b", "30 minutes", low)
    # Ordinal time points ('the second week', 'week two') read as the unit's count.
    low = re.sub(r"\b(?:the )?first (week|day|month|hour)\b", r"1 \1", low)
    low = re.sub(r"\b(?:the )?second (week|day|month)\b", r"2 \1", low)
    low = re.sub(r"(\d)\s*(?:°|degrees?)?\s*[cf]\b", r"\1", low)
    low = re.sub(
        r"\b(" + "|".join(_NUMBER_WORDS) + r")\b",
        lambda m: str(_NUMBER_WORDS[m.group(1)]),
        low,
    )
    low = re.sub(r"(\d+) and a 0\.5", lambda m: str(int(m.group(1)) + 0.5), low)
    low = re.sub(
        r"\b(?:a|an|per|each|the first|a full)\s+(second|minute|hour|day|week|month|year)\b",
        r"1 \1",
        low,
    )
    return re.sub(r"\b(week|day|month|year) (\d+(?:\.\d+)?)\b", r"\2 \1", low)


def _quantities(text: str) -> set[float]:
    """Every number, and every duration converted to hours (range ends count separately)."""
    out: set[float] = set()
    for m in _QUANTITY.finditer(_words_to_digits(text)):
        unit = (m.group("unit") or "").rstrip("s") or None
        scale = _UNIT_HOURS.get(unit) if unit else None
        for g in ("a", "b"):
            if m.group(g) is not None:
                v = float(m.group(g))
                # A bare 1 is usually an article ('one pound', 'a single dose'), not a fact.
                if scale or v != 1.0:
                    out.add(round(v * scale, 3) if scale else v)
    return out


def _stem(word: str) -> str:
    s = _STEM.stemWord(word)
    for prefix, canon in _SYNONYMS.items():
        if s.startswith(prefix):
            return canon
    return s


def _stems(text: str) -> set[str]:
    words = [w.strip("'-") for w in _WORD.findall(text.lower())]
    return {_stem(w) for w in words if w and w not in _STOP and len(w) > 1}


def _negated(text: str) -> bool:
    words = re.findall(r"[a-z']+", text.lower())
    return any(w in _NEGATIONS or w.endswith("n't") for w in words)


def _covered(claim: set[str], evidence: set[str]) -> float:
    # A shared 5-letter prefix counts (e.g. 'contagi'/'contagious', 'breath'/'breathless').
    prefixes = {e[:5] for e in evidence if len(e) >= 5}
    hit = sum(1 for c in claim if c in evidence or (len(c) >= 5 and c[:5] in prefixes))
    return hit / len(claim)


def judge(claim: str, evidence: str) -> Judgement:
    """Supported only when every check passes; the reason names the first that failed."""
    claim_stems, evidence_stems = _stems(claim), _stems(evidence)
    if not claim_stems:
        return Judgement(False, 0.0, "claim has no content words")
    coverage = _covered(claim_stems, evidence_stems)
    missing = _quantities(claim) - _quantities(evidence)
    if missing:
        return Judgement(False, coverage, f"numbers not in evidence: {sorted(missing)}")
    low_claim, low_evidence = f" {claim.lower()} ", f" {evidence.lower()} "
    for word, licences in _ABSOLUTES.items():
        if re.search(rf"\b{word}\b", low_claim) and not any(w in low_evidence for w in licences):
            return Judgement(False, coverage, f"claim says {word!r}; evidence does not")
    claim_words, evidence_words = set(_WORD.findall(low_claim)), set(_WORD.findall(low_evidence))
    for a, b in _OPPOSITES:
        for said, other in ((a, b), (b, a)):
            if said in claim_words and said not in evidence_words and other in evidence_words:
                return Judgement(False, coverage, f"claim says {said!r}; evidence says {other!r}")
    if _negated(claim) != _negated(evidence) and coverage < 1.0:
        return Judgement(False, coverage, "negation differs between claim and evidence")
    if coverage < COVERAGE_MIN:
        return Judgement(False, coverage, f"only {coverage:.0%} of the claim is in the evidence")
    return Judgement(True, coverage, "claim covered by evidence")
