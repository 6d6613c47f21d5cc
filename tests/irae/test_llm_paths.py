"""The irae LLM path through both official SDKs against the stub server, including fail-closed."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from harness.contract import PipelineConfig
from pipelines.irae import create
from tests.irae.conftest import make_item
from tests.stubs.llm_server import Reply, StubLLMServer

NOTE = (
    "Mr. Alan Hughes, MRN: 48213377. On pembrolizumab since 2024-01-05. "
    "Now 6 watery stools per day over baseline, consistent with immune-mediated diarrhea. "
    "Denies cough."
)
QUOTE = "Now 6 watery stools per day over baseline, consistent with immune-mediated diarrhea."


@pytest.fixture()
def stub() -> Iterator[StubLLMServer]:
    with StubLLMServer() as server:
        yield server


def _pipe(provider: str, stub: StubLLMServer, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    base = stub.anthropic_base_url if provider == "anthropic" else stub.openai_base_url
    return create(PipelineConfig(provider=provider, options={"base_url": base, "timeout": 5}))


def _answer(events: list[dict[str, object]]) -> Reply:
    return Reply.json({"irae": bool(events), "events": events})


EVENT = {
    "ctcae_term": "Diarrhea",
    "grade": 2,
    "attribution": "immunotherapy",
    "note_id": "n1",
    "quote": QUOTE,
}


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_valid_answer_becomes_grounded_events(
    provider: str, stub: StubLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipe = _pipe(provider, stub, monkeypatch)
    stub.push(_answer([EVENT]))
    pred = pipe.predict(make_item(NOTE))
    out = pred.output
    assert out.irae is True and out.needs_review is False
    assert [(e.ctcae_term, e.grade, e.quote) for e in out.events] == [("Diarrhea", 2, QUOTE)]
    ev = pred.trace.detail["events"][0]
    assert NOTE[ev["start"] : ev["end"]] == QUOTE
    assert pred.trace.tokens_in > 0 and pred.trace.tokens_out > 0
    assert set(pred.trace.stages_ms) == {"extract", "predict"}
    # Only masked text reached the provider.
    sent = stub.request_texts()[0]
    assert "48213377" not in sent and "Hughes" not in sent
    assert "[MRN]" in sent and "immune-mediated diarrhea" in sent


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_malformed_output_fails_closed_to_review(
    provider: str, stub: StubLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipe = _pipe(provider, stub, monkeypatch)
    bad = dict(EVENT, ctcae_term="Hepatitis")  # not a CTCAE v5 term: fails the schema
    stub.push(_answer([bad]), Reply.text("Sure! Here is the JSON: {"))
    pred = pipe.predict(make_item(NOTE))
    out = pred.output
    assert (out.irae, out.needs_review, out.events) == (True, True, [])
    assert pred.trace.detail["attempts"] == 2
    assert len(pred.trace.detail["raw_outputs"]) == 2
    assert len(stub.requests) == 2


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_ungrounded_quote_is_dropped_and_counted(
    provider: str, stub: StubLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipe = _pipe(provider, stub, monkeypatch)
    invented = dict(EVENT, ctcae_term="Colitis", quote="Severe colitis with bloody stools.")
    stub.push(_answer([EVENT, invented]))
    pred = pipe.predict(make_item(NOTE))
    assert [e.ctcae_term for e in pred.output.events] == ["Diarrhea"]
    assert pred.trace.detail["n_dropped_events"] == 1
    json.dumps(pred.trace.detail)  # the trace must be JSON-serialisable


def test_masked_quote_maps_back_to_original(
    stub: StubLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipe = _pipe("openai", stub, monkeypatch)
    masked_quote = "[NAME], [MRN]. On pembrolizumab"
    stub.push(_answer([dict(EVENT, quote=masked_quote)]))
    ev = pipe.predict(make_item(NOTE)).output.events[0]
    assert ev.quote == "Mr. Alan Hughes, MRN: 48213377. On pembrolizumab"
    assert ev.quote in NOTE
