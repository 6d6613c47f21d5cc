"""The provider-neutral interface every LLM client implements, and its response/error types.

Both pipelines talk to `LLMClient` only; SDK details stay inside the provider modules.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from harness.errors import InputError

TEMPERATURE = 0.0
"""Every decision call is greedy so the same request gives the same answer where possible."""


class ProviderError(InputError):
    """A permanent provider fault (bad key, bad request, unknown model): retrying will not help."""


@dataclass(frozen=True)
class LLMResponse:
    text: str
    """The model's raw output (expected to be one JSON document)."""
    tokens_in: int
    tokens_out: int
    model: str
    cached: bool = False
    """True when the answer came from the response cache or a replay file, not a live call."""


@runtime_checkable
class LLMClient(Protocol):
    """One JSON decision per call. Implementations must be thread-safe."""

    provider: str
    model: str

    def complete_json(
        self,
        *,
        system: str,
        user: str,
        schema: dict[str, Any],
        schema_name: str,
        max_tokens: int = 1024,
    ) -> LLMResponse: ...


def request_key(
    *,
    system: str,
    user: str,
    schema: Mapping[str, Any],
    schema_name: str,
    max_tokens: int,
) -> dict[str, Any]:
    """The provider-independent part of a request, used for cache keys and replay hashes."""
    return {
        "system": system,
        "user": user,
        "schema": dict(schema),
        "schema_name": schema_name,
        "max_tokens": max_tokens,
        "temperature": TEMPERATURE,
    }


def canonical_json(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def request_hash(key: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(key).encode("utf-8")).hexdigest()


def resolve_connection(
    provider: str, api_key: str | None, base_url: str | None
) -> tuple[str, str | None]:
    """The API key and base URL for an SDK client: arguments first, then `<PROVIDER>_API_KEY`
    and `<PROVIDER>_BASE_URL` from the environment. A missing key is bad input (exit 2)."""
    env = provider.upper()
    key = api_key or os.environ.get(f"{env}_API_KEY")
    if not key:
        raise InputError(
            f"provider {provider!r} needs an API key: set the {env}_API_KEY environment "
            "variable (or use --provider local for the offline model)"
        )
    return key, base_url or os.environ.get(f"{env}_BASE_URL") or None
