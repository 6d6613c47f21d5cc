"""The triage pipeline's Anthropic and OpenAI paths end to end, through the official SDKs,
against the stub server on 127.0.0.1: valid output, schema-invalid output (one stricter retry,
then fail closed), 429, 500, timeout -- and no PHI from the message or the chart (typed text,
result dates) in any request body."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest

from harness.contract import AcuityItem, PipelineConfig, TransientError
from pipelines.triage.pipeline import TriagePipeline
from tests.stubs.llm_server import Reply, StubLLMServer

# (the last four are in the chart, whose text and dates reach the prompt as well; "quintanilla"
# is typed there untitled and in lower case, found only because the Patient resource names her)
PHI = (
    "Marisol Quintanilla",
    "617-555-0142",
    "04/12/1961",
    "MRN 48213377",
    "Ingrid Solberg",
    "11/18/2026",
    "2026-11-19",
    "quintanilla",
)
MESSAGE = (
    "Hi, this is Marisol Quintanilla (DOB 04/12/1961, MRN 48213377). I have had a sore throat "
    "for two days, no fever, swallowing is fine. Call me at 617-555-0142. What can I take?"
)
ITEM = AcuityItem.model_validate(
    {
        "id": "test-llm-0001",
        "category": "acuity",
        "added": "2026-11-23",
        "source": "unit test",
        "message": MESSAGE,
        "chart": {
            "resourceType": "Bundle",
            "entry": [
                {
                    "resource": {
                        "resourceType": "Patient",
                        "birthDate": "1961-04-12",
                        "gender": "female",
                        "name": [{"family": "Quintanilla", "given": ["Marisol"]}],
                        "telecom": [{"system": "phone", "value": "617-555-0142"}],
                    }
                },
                {
                    "resource": {
                        "resourceType": "Encounter",
                        "period": {"start": "2026-11-20T09:00:00Z"},
                    }
                },
                {
                    "resource": {
                        "resourceType": "Condition",
                        "code": {
                            "text": "Pharyngitis, seen by Dr. Ingrid Solberg on 11/18/2026; "
                            "quintanilla to call back"
                        },
                        "clinicalStatus": {"coding": [{"code": "active"}]},
                    }
                },
                {
                    "resource": {
                        "resourceType": "Observation",
                        "code": {"coding": [{"code": "2160-0", "display": "Creatinine"}]},
                        "effectiveDateTime": "2026-11-19T08:00:00Z",
                        "valueQuantity": {"value": 0.9, "unit": "mg/dL"},
                    }
                },
                {
                    "resource": {
                        "resourceType": "Observation",
                        "code": {"coding": [{"code": "8310-5", "display": "Body temperature"}]},
                        "effectiveDateTime": "2026-11-20T09:00:00Z",
                        "valueQuantity": {"value": 36.9, "unit": "Cel"},
                    }
                },
            ],
        },
        "gold_routing": "clear",
        "gold_acuity": "1-self-care",
        "rationale": "uncomplicated sore throat",
    }
)


def _valid_reply(path: str, body: dict[str, Any]) -> Reply:
    """A schema-valid decision citing the first evidence chunk the request offered."""
    text = json.dumps(body)
    chunk = re.search(r"chunk_[a-f0-9]{12}", text)
    pathway = re.search(r'pathway_id\\?": \\?"([a-z0-9-]+)', text)
    assert chunk and pathway, "request carried no evidence"
    return Reply.json(
        {
            "routing": "clear",
            "acuity_band": "1-self-care",
            "confidence": 0.83,
            "rationale": [
                {
                    "claim": "Sore throat self-care.",
                    "evidence_id": chunk.group(0),
                    "pathway_id": pathway.group(1),
                }
            ],
            "refused": False,
        }
    )


@pytest.fixture(scope="module")
def stub() -> Iterator[StubLLMServer]:
    with StubLLMServer(responder=_valid_reply) as server:
        yield server


@pytest.fixture(scope="module", params=["anthropic", "openai"])
def pipeline(request: pytest.FixtureRequest, stub: StubLLMServer) -> Iterator[TriagePipeline]:
    provider = request.param
    key = f"{provider.upper()}_API_KEY"
    old = os.environ.get(key)
    os.environ[key] = "test-key-not-real"
    base = stub.anthropic_base_url if provider == "anthropic" else stub.openai_base_url
    config = PipelineConfig(provider=provider, options={"base_url": base, "timeout": 1.5})
    try:
        yield TriagePipeline(config)
    finally:
        if old is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = old


def _no_phi_sent(stub: StubLLMServer) -> None:
    sent = "\n".join(stub.request_texts())
    for value in PHI:
        assert value not in sent, f"{value!r} reached the provider"


def test_valid_output_is_the_decision(pipeline: TriagePipeline, stub: StubLLMServer) -> None:
    before = len(stub.requests)
    prediction = pipeline.predict(ITEM)
    out = prediction.output
    assert out.decision.routing == "clear" and not out.failed_closed  # type: ignore[attr-defined]
    assert out.decision.confidence == pytest.approx(0.83)  # type: ignore[attr-defined]
    assert len(stub.requests) == before + 1
    _no_phi_sent(stub)
    # the trace (written beside the cut, shown in report.html) carries the chart's text too
    trace = json.dumps(prediction.trace.detail)
    for value in PHI:
        assert value not in trace, f"{value!r} reached the trace"
    assert "Pharyngitis" in trace


def test_schema_invalid_output_retries_once_then_fails_closed(
    pipeline: TriagePipeline, stub: StubLLMServer
) -> None:
    before = len(stub.requests)
    stub.push(Reply.json({"routing": "maybe"}), Reply.text("not json at all"))
    prediction = pipeline.predict(ITEM)
    out = prediction.output
    assert len(stub.requests) == before + 2
    assert out.failed_closed  # type: ignore[attr-defined]
    assert out.decision.routing == "queue" and out.decision.refused  # type: ignore[attr-defined]
    assert prediction.trace.detail["attempts"] == 2
    _no_phi_sent(stub)


@pytest.mark.parametrize(
    "reply",
    [Reply.status(429, retry_after=3), Reply.status(500), Reply.slow(4.0, Reply.json({}))],
    ids=["429", "500", "timeout"],
)
def test_faults_are_transient_for_the_runner(
    pipeline: TriagePipeline, stub: StubLLMServer, reply: Reply
) -> None:
    stub.push(reply)
    with pytest.raises(TransientError) as err:
        pipeline.predict(ITEM)
    if reply.http_status == 429:
        assert err.value.retry_after == pytest.approx(3)


def test_the_charts_text_is_redacted_and_its_clinical_terms_kept() -> None:
    from pipelines.triage.chart import patient_identifiers, slice_chart
    from pipelines.triage.decision import Case, render_case
    from pipelines.triage.redact import redact_chart, redact_record_text

    chart = redact_chart(slice_chart(ITEM.chart), patient_identifiers(ITEM.chart))
    prompt = render_case(Case("msg", chart, []))
    assert "Ingrid Solberg" not in prompt and "2026-11-19" not in prompt
    assert '"name": "Creatinine"' in prompt and '"days_before_message": 1' in prompt
    for kept in (
        "allopurinol 100 mg daily",
        "capecitabine 1000 mg/m2 twice daily, days 1-14 every 21 days",
        "Hyperlipidemia",
        "nivolumab 480 mg IV every 4 weeks",
    ):
        assert redact_record_text(kept) == kept
