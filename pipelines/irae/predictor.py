"""Predictor: per patient, decide irAE yes/no and list CTCAE events with grade, attribution, quote.

`LocalPredictor` is the offline model (rules + classifier); `LlmPredictor` asks a provider
through pipelines.llm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.contract import IraeNote, PredictedEvent
from pipelines.irae.ctcae import IRAE_TERMS, clamp_grade
from pipelines.irae.extractor import (
    Extraction,
    Mention,
    mentions_generic_immunotherapy,
    resolved_in,
)
from pipelines.irae.grading import grade_in_context, mild_lab
from pipelines.irae.model import MentionModel
from pipelines.irae.prompts import (
    SCHEMA_NAME,
    STRICTER_SUFFIX,
    SYSTEM,
    LlmIraeAnswer,
    user_prompt,
)
from pipelines.irae.redact import Redacted, redact
from pipelines.llm import LLMClient, call_validated, strict_json_schema

THRESHOLD = 0.5
"""Mention probability above which the local model calls it a current irAE."""


@dataclass(frozen=True)
class LocatedEvent:
    event: PredictedEvent
    start: int
    end: int
    """Character offsets of `event.quote` in note `event.note_id`."""


@dataclass
class PredictorResult:
    irae: bool
    events: list[LocatedEvent]
    needs_review: bool = False
    tokens_in: int = 0
    tokens_out: int = 0
    model: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


def _exposed(notes: Sequence[IraeNote], extraction: Extraction) -> bool:
    return bool(extraction.exposures) or mentions_generic_immunotherapy([n.text for n in notes])


# Terms that describe one organ's problem: a cause or a ruled-out work-up found for one of them
# ("C. difficile colitis") speaks for the others ("6 liquid stools a day") too.
_ORGAN: dict[str, str] = {
    "Diarrhea": "gut",
    "Colitis": "gut",
    "Alanine aminotransferase increased": "liver",
    "Aspartate aminotransferase increased": "liver",
    "Blood bilirubin increased": "liver",
    "Hypothyroidism": "thyroid",
    "Hyperthyroidism": "thyroid",
    "Hypophysitis": "pituitary-adrenal",
    "Adrenal insufficiency": "pituitary-adrenal",
    "Rash maculo-papular": "skin",
    "Bullous dermatitis": "skin",
    "Pruritus": "skin",
    "Acute kidney injury": "kidney",
    "Creatinine increased": "kidney",
    "Arthralgia": "joints",
    "Arthritis": "joints",
}


def _organ(term: str) -> str:
    return _ORGAN.get(term, term)


def _explicit_immune(m: Mention) -> bool:
    affirmed = not (m.negated or m.hypothetical or m.family or m.history)
    return m.immune_words and not m.immune_dismissed and affirmed and not m.ruled_out


def _first_exposure(notes: Sequence[IraeNote], extraction: Extraction) -> dt.date | None:
    """Date of the first note naming a checkpoint inhibitor (given or planned), if any."""
    with_agent = {e.note_id for e in extraction.exposures}
    dates = [
        n.date for n in notes if n.note_id in with_agent or mentions_generic_immunotherapy([n.text])
    ]
    return min(dates) if dates else None


def patient_level_vetoes(
    notes: Sequence[IraeNote],
    mentions: Sequence[Mention],
    attributions: Sequence[str],
    first_exposure: dt.date | None,
) -> list[str]:
    """Patient-level reasons to take back an immunotherapy attribution, one per mention ("" = keep).

    The mention-level rules see one sentence and its neighbours; these look across the notes:
    an organ problem another note blames on a named cause, with no note linking it to the
    checkpoint inhibitor ("other cause"); an organ problem suspected and later ruled out
    ("ruled out"); an event written before any note names a checkpoint inhibitor ("predates");
    a lab value at or barely over its limit with no immune link ("mild lab value").
    """
    order = {n.note_id: (n.date, i) for i, n in enumerate(notes)}
    by_organ: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_organ.setdefault(_organ(m.term), []).append(i)
    out = [""] * len(mentions)
    for idxs in by_organ.values():
        explicit = [i for i in idxs if _explicit_immune(mentions[i])]
        caused = [
            i
            for i in idxs
            if mentions[i].other_cause is not None
            and attributions[i] not in ("", "immunotherapy")
            and not (mentions[i].negated or mentions[i].hypothetical or mentions[i].family)
        ]
        ruled = [i for i in idxs if mentions[i].ruled_out]

        def pos(i: int) -> tuple[dt.date, int, int]:
            d, k = order.get(mentions[i].note_id, (dt.date.min, 0))
            return (d, k, mentions[i].start)

        last_ruled = max((pos(i) for i in ruled), default=None)
        for i in idxs:
            if attributions[i] != "immunotherapy":
                continue
            note_date = order.get(mentions[i].note_id, (None, 0))[0]
            if not _explicit_immune(mentions[i]) and mild_lab(mentions[i].term, mentions[i].quote):
                out[i] = "mild lab value"
            elif (
                first_exposure is not None and note_date is not None and note_date < first_exposure
            ):
                out[i] = "predates exposure"
            elif last_ruled is not None and not any(pos(j) > last_ruled for j in explicit):
                out[i] = "ruled out"
            elif caused and not explicit:
                out[i] = "other cause"
    return out


def attribute(m: Mention, p: float, exposed: bool, threshold: float = THRESHOLD) -> str:
    """Who the note blames for mention `m` ("" when it is no current event).

    Cause-attribution rules sit on top of the classifier's probability `p`: an undismissed
    other cause in the sentence wins unless the author also links the finding to immunotherapy
    there; a cause in the neighbouring sentences wins unless an immune link is written nearby;
    a rejected immune link ("not ICI related") never counts; no checkpoint inhibitor, no irAE.
    """
    affirmed = not (m.negated or m.hypothetical or m.family or m.history)
    immune_link = (m.immune_words or m.immune_near) and not m.immune_dismissed
    cause = m.other_cause
    if cause is None and m.cause_near is not None and not immune_link:
        cause = m.cause_near
    blamed_elsewhere = cause is not None and not (m.immune_words and not m.immune_dismissed)
    if m.history and (m.negated or resolved_in(m.quote)):
        return ""  # "had immune hepatitis in 2022 which resolved": over before these notes
    explicit = m.immune_words and not m.immune_dismissed and affirmed
    if exposed and (p >= threshold or explicit) and not blamed_elsewhere and not m.immune_dismissed:
        return "immunotherapy"
    if affirmed and cause is not None:
        return cause
    return ""


class LocalPredictor:
    model_name = "irae-local-logreg"

    def __init__(self, model: MentionModel, threshold: float = THRESHOLD) -> None:
        self._model = model
        self._threshold = threshold

    def predict(self, notes: Sequence[IraeNote], extraction: Extraction) -> PredictorResult:
        mentions = extraction.mentions
        probs = self._model.predict_proba(mentions)
        exposed = _exposed(notes, extraction)
        best: dict[tuple[str, str], tuple[int, float, Mention]] = {}
        scored = []
        attributions = [
            attribute(m, p, exposed, self._threshold) for m, p in zip(mentions, probs, strict=True)
        ]
        vetoes = patient_level_vetoes(
            notes, mentions, attributions, _first_exposure(notes, extraction)
        )
        for m, p, attribution, veto in zip(mentions, probs, attributions, vetoes, strict=True):
            if veto:
                attribution = ""
            scored.append(
                {
                    "note_id": m.note_id,
                    "term": m.term,
                    "start": m.start,
                    "end": m.end,
                    "p": round(p, 4),
                    "cues": [
                        c
                        for c, on in (
                            ("negated", m.negated),
                            ("hypothetical", m.hypothetical),
                            ("family", m.family),
                            ("history", m.history),
                        )
                        if on
                    ]
                    + ([f"other_cause:{m.other_cause}"] if m.other_cause else []),
                    "attribution": attribution or None,
                    "veto": veto or None,
                }
            )
            if not attribution:
                continue
            g = grade_in_context(m.term, m.quote, m.following)
            key = (m.term, attribution)
            if key not in best or (g, p) > best[key][:2]:
                best[key] = (g, p, m)
        events = [
            LocatedEvent(
                PredictedEvent(
                    ctcae_term=term,
                    grade=g,
                    quote=m.quote,
                    note_id=m.note_id,
                    attribution=attribution,
                ),
                m.start,
                m.end,
            )
            for (term, attribution), (g, _p, m) in sorted(best.items())
        ]
        irae = any(e.event.attribution == "immunotherapy" for e in events)
        return PredictorResult(
            irae=irae,
            events=events,
            model=self.model_name,
            detail={"mentions": scored, "exposed": exposed},
        )


class LlmPredictor:
    """One schema-constrained call per patient over masked notes; fails closed to human review."""

    def __init__(self, client: LLMClient, max_tokens: int = 1500) -> None:
        self._client = client
        self._max_tokens = max_tokens
        self._schema = strict_json_schema(LlmIraeAnswer)

    def predict(self, notes: Sequence[IraeNote], extraction: Extraction) -> PredictorResult:
        masked: dict[str, Redacted] = {n.note_id: redact(n.text) for n in notes}
        candidates = []
        for m in extraction.mentions:
            r = masked[m.note_id]
            # Hints quote the masked text so no identifier leaks through them.
            s, e = _to_masked(r, m.start), _to_masked(r, m.end)
            cues = [
                c
                for c, on in (
                    ("negated", m.negated),
                    ("hypothetical", m.hypothetical),
                    ("family", m.family),
                    ("history", m.history),
                )
                if on
            ]
            cause = f"; possible other cause: {m.other_cause}" if m.other_cause else ""
            candidates.append(
                f'{m.term} in {m.note_id}: "{r.text[s:e]}" ({", ".join(cues) or "affirmed"}{cause})'
            )
        prompt = user_prompt(
            [(n.note_id, n.date.isoformat(), n.type, masked[n.note_id].text) for n in notes],
            candidates,
        )
        call = call_validated(
            self._client,
            system=SYSTEM,
            user=prompt,
            schema_model=LlmIraeAnswer,
            schema=self._schema,
            schema_name=SCHEMA_NAME,
            stricter_suffix=STRICTER_SUFFIX,
            max_tokens=self._max_tokens,
        )
        detail: dict[str, Any] = {
            "attempts": call.attempts,
            "raw_outputs": call.raw_outputs,
            "validation_errors": call.errors,
            "cached": call.cached,
        }
        if call.value is None:
            # Fail closed: an unreadable answer is flagged as a possible irAE for a human to
            # review, so a model fault can never silently hide an event (costs precision only).
            detail["failed_closed"] = True
            return PredictorResult(
                irae=True,
                events=[],
                needs_review=True,
                tokens_in=call.tokens_in,
                tokens_out=call.tokens_out,
                model=call.model,
                detail=detail,
            )
        detail["parsed"] = call.value.model_dump()
        events: list[LocatedEvent] = []
        dropped: list[dict[str, Any]] = []
        for ev in call.value.events:
            located = _locate(masked, ev.note_id, ev.quote)
            if located is None:
                dropped.append(
                    {
                        "ctcae_term": ev.ctcae_term,
                        "note_id": ev.note_id,
                        "reason": "quote not found verbatim in the note",
                    }
                )
                continue
            note_id, start, end = located
            original = masked[note_id].original[start:end]
            events.append(
                LocatedEvent(
                    PredictedEvent(
                        ctcae_term=ev.ctcae_term,
                        grade=clamp_grade(ev.ctcae_term, ev.grade),
                        quote=original,
                        note_id=note_id,
                        attribution=ev.attribution,
                    ),
                    start,
                    end,
                )
            )
        detail["dropped_events"] = dropped
        irae = any(e.event.attribution == "immunotherapy" for e in events)
        return PredictorResult(
            irae=irae,
            events=events,
            tokens_in=call.tokens_in,
            tokens_out=call.tokens_out,
            model=call.model,
            detail=detail,
        )


def _to_masked(r: Redacted, orig_pos: int) -> int:
    """Inverse of `Redacted.to_original` for offsets outside masks (extractor sentence ends)."""
    shift = 0
    for rs, re_, os_, oe in r.spans:
        if orig_pos < os_:
            break
        if orig_pos < oe:
            return rs
        shift = re_ - oe
    return orig_pos + shift


def _locate(masked: dict[str, Redacted], note_id: str, quote: str) -> tuple[str, int, int] | None:
    """Find `quote` in the named note's masked text (else in any note); offsets in the original."""
    quote = quote.strip()
    if not quote:
        return None
    order = [note_id] + [k for k in masked if k != note_id] if note_id in masked else list(masked)
    for nid in order:
        r = masked[nid]
        i = r.text.find(quote)
        if i >= 0:
            return nid, r.to_original(i), r.to_original(i + len(quote), end=True)
    return None


__all__ = ["IRAE_TERMS", "LlmPredictor", "LocalPredictor", "LocatedEvent", "PredictorResult"]
