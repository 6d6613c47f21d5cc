"""LLM provider clients shared by both pipelines: anthropic, openai, replay, cache, validation.

Every client returns one JSON document per call through the same `LLMClient` interface.
"""

from pipelines.llm._types import (
    TEMPERATURE,
    LLMClient,
    LLMResponse,
    ProviderError,
    request_hash,
    request_key,
)
from pipelines.llm.anthropic_client import AnthropicClient
from pipelines.llm.cache import CachedClient
from pipelines.llm.factory import PROVIDERS, make_client
from pipelines.llm.openai_client import OpenAIClient
from pipelines.llm.replay import RecordingClient, ReplayClient
from pipelines.llm.validated import ValidatedCall, call_validated, strict_json_schema

__all__ = [
    "PROVIDERS",
    "TEMPERATURE",
    "AnthropicClient",
    "CachedClient",
    "LLMClient",
    "LLMResponse",
    "OpenAIClient",
    "ProviderError",
    "RecordingClient",
    "ReplayClient",
    "ValidatedCall",
    "call_validated",
    "make_client",
    "request_hash",
    "request_key",
    "strict_json_schema",
]
