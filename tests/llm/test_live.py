"""Opt-in checks against the real Anthropic and OpenAI APIs: the triage decision schema goes out
through the official SDKs and a valid decision comes back.

Run with `HARNESS_LIVE=1 ANTHROPIC_API_KEY=... OPENAI_API_KEY=... pytest tests/llm/test_live.py
--live`; without `--live` they are skipped, and a provider without a key is skipped. The text
sent is fictional and already redacted (no PHI).
"""

from __future__ import annotations

import os

import pytest

from harness.contract import TriageDecision
from pipelines.llm.factory import make_client
from pipelines.llm.validated import call_validated, strict_json_schema
from pipelines.triage.decision import STRICTER_SUFFIX, SYSTEM_PROMPT

CASE = """Message (redacted): Hi, this is <NAME_1>. Scratchy throat since yesterday, no fever,
eating and drinking fine. Can I just gargle salt water?

Patient: 34 years, female. Latest observations: temperature 36.9 C, heart rate 74.

Evidence:
[chunk_aaaaaaaaaaaa] (sore-throat-uncomplicated, Self-care) Warm salt-water gargles, fluids and
lozenges ease an uncomplicated sore throat; most settle within a week.
[chunk_bbbbbbbbbbbb] (sore-throat-uncomplicated, When to contact the clinic) Contact the clinic
if the sore throat lasts more than a week or a fever above 38.3 C develops."""


@pytest.mark.live
@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_live_provider_returns_a_valid_triage_decision(provider: str) -> None:
    if not os.environ.get(f"{provider.upper()}_API_KEY"):
        pytest.skip(f"{provider.upper()}_API_KEY is not set")
    client = make_client(provider)
    call = call_validated(
        client,
        system=SYSTEM_PROMPT,
        user=CASE,
        schema_model=TriageDecision,
        stricter_suffix=STRICTER_SUFFIX,
        schema=strict_json_schema(TriageDecision),
        schema_name="triage_decision",
    )
    assert call.value is not None, call.errors
    assert call.value.routing in ("clear", "queue", "escalate")
    assert 0.0 <= call.value.confidence <= 1.0
    cited = {c.evidence_id for c in call.value.rationale}
    assert cited <= {"chunk_aaaaaaaaaaaa", "chunk_bbbbbbbbbbbb"}, cited
    assert call.tokens_in > 0 and call.tokens_out > 0
