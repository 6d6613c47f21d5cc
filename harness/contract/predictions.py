"""What a pipeline returns per category (SPEC section 4); the runner scores these.

The triage decision is the forced-JSON shape every provider must produce; anything else is a
failed decision that the pipeline retries once and then fails closed (`queue`, refused).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from harness.contract.items import AcuityBand, Routing

EVIDENCE_ID_PATTERN = r"^chunk_[a-f0-9]{12}$"


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RationaleClaim(_Out):
    claim: str = Field(min_length=1)
    evidence_id: str = Field(pattern=EVIDENCE_ID_PATTERN)
    """The chunk id the claim rests on; must be one the pipeline retrieved."""
    pathway_id: str = Field(min_length=1)


class TriageDecision(_Out):
    routing: Routing
    acuity_band: AcuityBand
    confidence: float = Field(ge=0.0, le=1.0)
    """Calibrated probability that `routing` is right."""
    rationale: list[RationaleClaim] = Field(min_length=1, max_length=8)
    refused: bool


class AcuityPrediction(_Out):
    category: Literal["acuity"] = "acuity"
    decision: TriageDecision
    failed_closed: bool = False
    """True when the decision is the fail-closed default after invalid model output."""


class PredictedSpan(_Out):
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    label: str


class PhiPrediction(_Out):
    category: Literal["phi"] = "phi"
    spans: list[PredictedSpan]
    """Character spans the redactor replaced with tokens."""
    roundtrip_ok: bool
    """Restoring the token map reproduces the input exactly."""


class RetrievedChunk(_Out):
    chunk_id: str = Field(pattern=EVIDENCE_ID_PATTERN)
    pathway_id: str
    text: str
    score: float


class RetrievalPrediction(_Out):
    category: Literal["retrieval"] = "retrieval"
    ranked: list[RetrievedChunk]
    """The final (reranked) list, best first."""
    lanes: dict[str, list[RetrievedChunk]] = Field(default_factory=dict)
    """Per-stage lists (e.g. `bm25`, `dense`, `fused`) so a regression points at a stage."""


class GroundednessPrediction(_Out):
    category: Literal["groundedness"] = "groundedness"
    decision: TriageDecision
    claims_supported: list[bool]
    """The judge's verdict for each rationale claim, in order."""
    judge_on_labels: list[bool]
    """The judge's verdict on each of the item's `judge_labels`, in order."""


class RefusalPrediction(_Out):
    category: Literal["refusal"] = "refusal"
    decision: TriageDecision
    policy_reasons: list[str] = Field(default_factory=list)


class PredictedEvent(_Out):
    ctcae_term: str
    grade: int = Field(ge=1, le=5)
    quote: str
    note_id: str
    attribution: str = "immunotherapy"


class IraePrediction(_Out):
    category: Literal["irae"] = "irae"
    irae: bool
    events: list[PredictedEvent]
    needs_review: bool = False
    """Fail-closed flag: the model output could not be validated."""
