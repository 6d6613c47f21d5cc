"""A triage decision to hand the floors under the model's decision (net, same day, critical)."""

from __future__ import annotations

from harness.contract import RationaleClaim, TriageDecision


def decision(routing: str, band: str, confidence: float = 0.8) -> TriageDecision:
    claim = RationaleClaim(claim="Pathway text.", evidence_id="chunk_0123456789ab", pathway_id="p")
    return TriageDecision(
        routing=routing,  # type: ignore[arg-type]
        acuity_band=band,  # type: ignore[arg-type]
        confidence=confidence,
        rationale=[claim],
        refused=False,
    )
