"""Both official SDK paths end to end against the local stub server.

Valid and invalid output, 429/500/timeout faults, the response cache and replay.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field

from harness.contract import TransientError
from harness.errors import InputError
from pipelines.llm import (
    AnthropicClient,
    CachedClient,
    LLMClient,
    OpenAIClient,
    ProviderError,
    RecordingClient,
    ReplayClient,
    call_validated,
    make_client,
    strict_json_schema,
)
from tests.stubs.llm_server import Reply, StubLLMServer


class Verdict(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str = Field(pattern="^(yes|no)$")
    score: float = Field(ge=0, le=1)


SCHEMA = strict_json_schema(Verdict)


@pytest.fixture()
def stub() -> Iterator[StubLLMServer]:
    with StubLLMServer() as server:
        yield server


def _client(provider: str, stub: StubLLMServer, timeout: float = 5.0) -> LLMClient:
    if provider == "anthropic":
        return AnthropicClient(api_key="k", base_url=stub.anthropic_base_url, timeout=timeout)
    return OpenAIClient(api_key="k", base_url=stub.openai_base_url, timeout=timeout)


PROVIDERS = ["anthropic", "openai"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_valid_output_parses_and_records_usage(provider: str, stub: StubLLMServer) -> None:
    stub.push(Reply.json({"label": "yes", "score": 0.9}))
    call = call_validated(
        _client(provider, stub),
        system="be brief",
        user="is it raining",
        schema_model=Verdict,
        stricter_suffix="JSON only",
    )
    assert call.value == Verdict(label="yes", score=0.9)
    assert call.attempts == 1
    assert call.tokens_in == 5  # "be brief" + "is it raining" = 2 + 3 words
    assert call.tokens_out == 4  # {"label": "yes", "score": 0.9} = 4 words
    body = stub.requests[0].body
    assert body["temperature"] == 0
    if provider == "anthropic":
        assert stub.requests[0].path == "/v1/messages"
        assert body["output_config"] == {"format": {"type": "json_schema", "schema": SCHEMA}}
        assert body["system"] == "be brief"
    else:
        assert stub.requests[0].path == "/v1/chat/completions"
        fmt = body["response_format"]
        assert fmt["type"] == "json_schema"
        assert fmt["json_schema"] == {"name": "Verdict", "schema": SCHEMA, "strict": True}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_schema_invalid_twice_fails_closed(provider: str, stub: StubLLMServer) -> None:
    stub.push(Reply.json({"label": "maybe", "score": 2}), Reply.text("not json at all"))
    call = call_validated(
        _client(provider, stub),
        system="s",
        user="u",
        schema_model=Verdict,
        stricter_suffix="STRICT: answer with the schema only",
    )
    assert call.value is None
    assert call.attempts == 2
    assert call.raw_outputs == ['{"label": "maybe", "score": 2}', "not json at all"]
    assert len(stub.requests) == 2
    assert "STRICT: answer with the schema only" in stub.requests[1].raw
    assert "STRICT" not in stub.requests[0].raw


@pytest.mark.parametrize("provider", PROVIDERS)
def test_invalid_then_valid_succeeds_on_retry(provider: str, stub: StubLLMServer) -> None:
    stub.push(Reply.text("{"), Reply.json({"label": "no", "score": 0.1}))
    call = call_validated(
        _client(provider, stub), system="s", user="u", schema_model=Verdict, stricter_suffix="!"
    )
    assert call.value == Verdict(label="no", score=0.1)
    assert call.attempts == 2


@pytest.mark.parametrize("provider", PROVIDERS)
def test_429_is_transient_with_retry_after(provider: str, stub: StubLLMServer) -> None:
    stub.push(Reply.status(429, retry_after=7))
    with pytest.raises(TransientError) as info:
        _client(provider, stub).complete_json(system="s", user="u", schema=SCHEMA, schema_name="V")
    assert info.value.retry_after == 7.0
    assert len(stub.requests) == 1  # max_retries=0: the SDK did not retry by itself


@pytest.mark.parametrize("provider", PROVIDERS)
def test_500_is_transient(provider: str, stub: StubLLMServer) -> None:
    stub.push(Reply.status(500))
    with pytest.raises(TransientError):
        _client(provider, stub).complete_json(system="s", user="u", schema=SCHEMA, schema_name="V")
    assert len(stub.requests) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_timeout_is_transient(provider: str, stub: StubLLMServer) -> None:
    stub.push(Reply.slow(1.5, Reply.json({"label": "yes", "score": 1})))
    with pytest.raises(TransientError, match="timed out"):
        _client(provider, stub, timeout=0.3).complete_json(
            system="s", user="u", schema=SCHEMA, schema_name="V"
        )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_other_4xx_is_permanent(provider: str, stub: StubLLMServer) -> None:
    stub.push(Reply.status(401, message="bad key"))
    with pytest.raises(ProviderError, match="HTTP 401"):
        _client(provider, stub).complete_json(system="s", user="u", schema=SCHEMA, schema_name="V")


def test_connection_refused_is_transient() -> None:
    with StubLLMServer() as s:
        url = s.anthropic_base_url
    client = AnthropicClient(api_key="k", base_url=url, timeout=1.0)
    with pytest.raises(TransientError):
        client.complete_json(system="s", user="u", schema=SCHEMA, schema_name="V")


def test_missing_key_names_the_variable() -> None:
    with pytest.raises(InputError, match="ANTHROPIC_API_KEY"):
        make_client("anthropic", options={})
    with pytest.raises(InputError, match="OPENAI_API_KEY"):
        make_client("openai", options={})
    with pytest.raises(InputError, match="anthropic, openai, replay"):
        make_client("gemini")


class DictCache:
    def __init__(self) -> None:
        self.store: dict[str, str] = {}

    def get(self, key: Any) -> str | None:
        return self.store.get(json.dumps(key, sort_keys=True))

    def put(self, key: Any, response: str) -> None:
        self.store[json.dumps(key, sort_keys=True)] = response


@pytest.mark.parametrize("provider", PROVIDERS)
def test_cache_answers_without_second_request(
    provider: str, stub: StubLLMServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "k")
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    base = stub.anthropic_base_url if provider == "anthropic" else stub.openai_base_url
    cache = DictCache()
    client = make_client(provider, cache=cache, options={"base_url": base})
    assert isinstance(client, CachedClient)
    stub.push(Reply.json({"label": "yes", "score": 0.5}))
    first = client.complete_json(system="s", user="u", schema=SCHEMA, schema_name="V")
    second = client.complete_json(system="s", user="u", schema=SCHEMA, schema_name="V")
    assert len(stub.requests) == 1
    assert second.text == first.text
    assert (first.cached, second.cached) == (False, True)
    assert (second.tokens_in, second.tokens_out) == (first.tokens_in, first.tokens_out)
    key = json.loads(next(iter(cache.store)))
    assert key["provider"] == provider and key["user"] == "u" and key["schema"] == SCHEMA
    # A different prompt is a miss and goes to the server.
    stub.push(Reply.json({"label": "no", "score": 0.5}))
    client.complete_json(system="s", user="other", schema=SCHEMA, schema_name="V")
    assert len(stub.requests) == 2


def test_record_then_replay_round_trip(stub: StubLLMServer, tmp_path: Path) -> None:
    path = tmp_path / "rec.jsonl"
    live = RecordingClient(_client("openai", stub), path)
    stub.push(Reply.json({"label": "yes", "score": 0.25}))
    rec = call_validated(live, system="s", user="q1", schema_model=Verdict, stricter_suffix="!")
    replay = make_client("replay", options={"replay_file": str(path)})
    assert isinstance(replay, ReplayClient)
    again = call_validated(replay, system="s", user="q1", schema_model=Verdict, stricter_suffix="!")
    assert again.value == rec.value == Verdict(label="yes", score=0.25)
    assert again.raw_outputs == rec.raw_outputs
    assert again.cached is True
    assert len(stub.requests) == 1
    with pytest.raises(InputError, match="no answer for request"):
        replay.complete_json(system="s", user="never asked", schema=SCHEMA, schema_name="Verdict")


def test_replay_needs_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="replay_file"):
        make_client("replay")
    with pytest.raises(InputError, match="not found"):
        make_client("replay", options={"replay_file": str(tmp_path / "missing.jsonl")})
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"hash": "a", "text": "{}"}\nnot json\n')
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        make_client("replay", options={"replay_file": str(bad)})


def test_strict_schema_requires_every_property() -> None:
    class Opt(BaseModel):
        a: int = 1
        b: list[Verdict] = []

    schema = strict_json_schema(Opt)
    assert schema["required"] == ["a", "b"]
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Verdict"]["required"] == ["label", "score"]
    assert "default" not in json.dumps(schema)
