"""Groundedness judge: does a cited chunk support a rationale claim?

Offline it is deterministic and entailment-style: the claim's content words must be covered by
the evidence, every number in the claim must appear in the evidence, and the claim must not flip
a negation or harden a hedge. With provider keys an LLM judge can take its place.
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
    {"not", "no", "never", "without", "unless", "none", "avoid", "don't", "doesn't"}
)
_ABSOLUTES = ("always", "never", "all ", "every", "guaranteed", "definitely", "certainly", "only")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[a-z][a-z'-]*")

# Below this share of the claim's content stems found in the evidence, the claim says something
# the evidence does not. Chosen a priori (not fitted to the goldset's judge labels).
COVERAGE_MIN = 0.75


@dataclass(frozen=True)
class Judgement:
    supported: bool
    coverage: float
    reason: str


def _stems(text: str) -> set[str]:
    words = [w.strip("'-") for w in _WORD.findall(text.lower())]
    return {_STEM.stemWord(w) for w in words if w and w not in _STOP and len(w) > 1}


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def _negations(text: str) -> int:
    return sum(1 for w in re.findall(r"[a-z']+", text.lower()) if w in _NEGATIONS)


def judge(claim: str, evidence: str) -> Judgement:
    """Supported only when every check passes; the reason names the first that failed."""
    claim_stems, evidence_stems = _stems(claim), _stems(evidence)
    if not claim_stems:
        return Judgement(False, 0.0, "claim has no content words")
    coverage = len(claim_stems & evidence_stems) / len(claim_stems)
    missing_numbers = _numbers(claim) - _numbers(evidence)
    if missing_numbers:
        return Judgement(False, coverage, f"numbers not in evidence: {sorted(missing_numbers)}")
    low_claim, low_evidence = claim.lower(), evidence.lower()
    for word in _ABSOLUTES:
        if word in low_claim and word not in low_evidence:
            return Judgement(False, coverage, f"claim says {word.strip()!r}; evidence does not")
    if (_negations(claim) > 0) != (_negations(evidence) > 0) and coverage < 1.0:
        return Judgement(False, coverage, "negation differs between claim and evidence")
    if coverage < COVERAGE_MIN:
        return Judgement(False, coverage, f"only {coverage:.0%} of the claim is in the evidence")
    return Judgement(True, coverage, "claim covered by evidence")
