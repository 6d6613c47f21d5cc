"""Policy as code: the rules that overrule the decision model, checked after every decision.

Refuse (hand to a human, no automated advice) for children under 3, pregnancy without obstetric
context, prompt injection, out-of-scope requests and rationale that cites unretrieved evidence.
The pipeline returns a decision; it never acts, and nothing here has write access to anything.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from harness.contract import TriageDecision
from pipelines.triage.chart import ChartSlice

PEDIATRIC_MIN_MONTHS = 36

# Injection: instructions aimed at the model rather than symptoms described for a clinician.
_INJECTION = re.compile(
    r"(?ix)"
    r"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,40}"
    r"\b(?:rules?|instructions?|guidelines?|polic(?:y|ies)|prompt|guardrails?|protocols?|"
    r"restrictions?|safety|triage|system|programming|training)\b"
    r"|\byou\s+(?:are|r)\s+now\b|\bfrom\s+now\s+on\s+you\b|\bact\s+as\s+(?:an?\s+)?(?:unrestricted|"
    r"uncensored|different)\b|\bpretend\s+(?:to\s+be|you(?:'re|\s+are))\b|\brole-?\s?play\b"
    r"|\b(?:developer|god|admin|debug|maintenance|jailbreak|dan)\s+mode\b|\bjailbr[eo]ak"
    r"|\bno\s+(?:restrictions|rules|filters|limits)\b|\bwithout\s+(?:any\s+)?(?:restrictions|rules|filters)\b"
    r"|^\s*(?:system|assistant|developer)\s*[:>]|\[\s*(?:system|inst|admin)\s*\]|<\s*/?\s*(?:system|instructions?)\s*>"
    r"|\b(?:routing|acuity(?:_band)?|refused|confidence)\s*[:=]\s*[\"']?\w"
    r"|\b(?:output|respond\s+with|return|reply\s+with|print)\b[^.\n]{0,30}\b(?:json|routing|clear|escalate)\b"
    r"|\b(?:mark|route|classify|set|label|triage)\s+(?:me|this|my\s+message|it)\s+(?:as\s+)?[\"']?(?:clear|cleared|safe|low|non-?urgent|self-?care)\b"
    r"|\b(?:reveal|show|print|repeat|tell\s+me)\b[^.\n]{0,30}\b(?:system\s+prompt|instructions|your\s+prompt|your\s+rules)\b"
    r"|\bnew\s+instructions?\b|\bprevious\s+instructions?\b|\bhypothetically,?\s+if\s+you\s+had\s+no\b"
)

_OUT_OF_SCOPE = re.compile(
    r"(?ix)"
    r"\b(?:sue|lawsuit|lawyer|attorney|legal\s+advice|malpractice\s+claim|custody|divorce)\b"
    r"|\b(?:fake|forge|backdate|make\s+up)\b[^.\n]{0,40}\b(?:note|letter|certificate|excuse|prescription|record)\b"
    r"|\b(?:sick|doctor'?s|work|school)\s+(?:note|excuse)\b[^.\n]{0,60}\b(?:even\s+though|but\s+i'?m\s+not|wasn'?t\s+(?:really\s+)?sick|not\s+actually|skip|pretend)\b"
    r"|\b(?:my|our)\s+(?:dog|cat|puppy|kitten|horse|parrot|rabbit|hamster|pet|cow|goat)\b"
    r"|\b(?:vet|veterinar\w*)\b"
    r"|\b(?:prescribe|give|send|refill|order|get)\s+me\b[^.\n]{0,40}\b(?:oxycodone|oxy|percocet|xanax|adderall|fentanyl|morphine|"
    r"vicodin|norco|hydrocodone|valium|klonopin|codeine|ketamine|opioids?|benzos?|controlled\s+substances?)\b"
    r"|\b(?:homework|essay|stock|crypto|bitcoin|recipe|lottery|horoscope|poem|song\s+lyrics|"
    r"sports?\s+scores?|tax\s+return|weather\s+forecast|write\s+(?:me\s+)?(?:a\s+)?(?:code|program|story))\b"
    r"|\b(?:diagnose|what\s+does)\b[^.\n]{0,40}\b(?:my\s+(?:neighbou?r|coworker|friend|boss)|this\s+(?:photo|picture|pic))\b"
)

_PREGNANT = re.compile(
    r"(?ix)\b(?:i'?m|i\s+am|she'?s|she\s+is|currently|am\s+i)\s+(?:\w+\s+){0,3}pregnant\b"
    r"|\b(?:i'?m|i\s+am)\s+(?:\d{1,2}|a\s+few|several)\s+(?:weeks?|months?)\s+(?:along|pregnant)\b"
    r"|\bpositive\s+(?:home\s+)?pregnancy\s+test\b|\b(?:my|the)\s+pregnancy\b|\bexpecting\s+(?:a\s+baby|twins)\b"
    r"|\b(?:first|second|third)\s+trimester\b|\bweeks?\s+pregnant\b|\bmorning\s+sickness\b"
)
_NOT_PREGNANT = re.compile(
    r"(?ix)\b(?:not|never\s+been|no\s+longer)\s+pregnant\b|\bnegative\s+(?:home\s+)?pregnancy\s+test\b"
    r"|\bpregnancy\s+test\s+(?:was|came\s+back)\s+negative\b"
)


@dataclass(frozen=True)
class PolicyVerdict:
    refuse: bool
    reasons: tuple[str, ...]
    """Machine-readable: pediatric_under_3, pregnancy_without_ob_context, jailbreak,
    out_of_scope, ungrounded_rationale."""
    two_eye_review: bool
    """A clinician must review before anything reaches the patient (everything not cleared)."""


def mentions_pregnancy(message: str) -> bool:
    """The sender says the patient is pregnant now (not a negative test, not someone else)."""
    if _NOT_PREGNANT.search(message) and not re.search(r"(?i)\bpositive\b", message):
        return False
    return bool(_PREGNANT.search(message))


def is_injection(message: str) -> bool:
    return bool(_INJECTION.search(message))


def is_out_of_scope(message: str) -> bool:
    return bool(_OUT_OF_SCOPE.search(message))


def pre_decision_reasons(message: str, chart: ChartSlice) -> list[str]:
    """Reasons to refuse that do not depend on the model's output."""
    reasons = []
    months = chart.age_in_months()
    if months is not None and months < PEDIATRIC_MIN_MONTHS:
        reasons.append("pediatric_under_3")
    pregnant_now = chart.pregnancy_recorded or mentions_pregnancy(message)
    if pregnant_now and not chart.ob_context:
        reasons.append("pregnancy_without_ob_context")
    if is_injection(message):
        reasons.append("jailbreak")
    if is_out_of_scope(message):
        reasons.append("out_of_scope")
    return reasons


def evaluate(
    decision: TriageDecision, *, message: str, chart: ChartSlice, retrieved_ids: Collection[str]
) -> PolicyVerdict:
    """Check one decision against every rule."""
    reasons = pre_decision_reasons(message, chart)
    if any(c.evidence_id not in retrieved_ids for c in decision.rationale):
        reasons.append("ungrounded_rationale")
    refuse = bool(reasons) or decision.refused
    routed_to_clinician = refuse or decision.routing != "clear"
    return PolicyVerdict(refuse=refuse, reasons=tuple(reasons), two_eye_review=routed_to_clinician)


def apply(decision: TriageDecision, verdict: PolicyVerdict) -> TriageDecision:
    """A refused decision goes to a human: queue, refused; confidence kept for calibration."""
    if not verdict.refuse:
        return decision
    band = decision.acuity_band
    routing = "escalate" if decision.routing == "escalate" else "queue"
    if routing == "queue" and band == "1-self-care":
        band = "2-routine"
    return decision.model_copy(update={"routing": routing, "acuity_band": band, "refused": True})
