"""Wraps any `LLMClient` with the harness's content-addressed `ResponseCache`.

A hit returns the stored answer without a request, so re-running a cut costs nothing.
"""

from __future__ import annotations

import json
from typing import Any

from harness.contract import ResponseCache
from pipelines.llm._types import LLMClient, LLMResponse, request_key


class CachedClient:
    """Answers from `cache` when it can, else asks `inner` and stores the answer.

    Callers must pass redacted text only: `system` and `user` become part of the cache key
    and are stored on disk by the cache. The key holds provider, model, system, user,
    schema and parameters, so a change to any of them is a miss.
    """

    def __init__(self, inner: LLMClient, cache: ResponseCache) -> None:
        self._inner = inner
        self._cache = cache
        self.provider = inner.provider
        self.model = inner.model

    def complete_json(
        self,
        *,
        system: str,
        user: str,
        schema: dict[str, Any],
        schema_name: str,
        max_tokens: int = 1024,
    ) -> LLMResponse:
        key = {
            "provider": self.provider,
            "model": self.model,
            **request_key(
                system=system,
                user=user,
                schema=schema,
                schema_name=schema_name,
                max_tokens=max_tokens,
            ),
        }
        hit = self._cache.get(key)
        if hit is not None:
            try:
                stored = json.loads(hit)
                return LLMResponse(
                    text=str(stored["text"]),
                    tokens_in=int(stored["tokens_in"]),
                    tokens_out=int(stored["tokens_out"]),
                    model=str(stored["model"]),
                    cached=True,
                )
            except (ValueError, KeyError, TypeError):
                pass  # an entry from another writer's format: treat as a miss and overwrite
        resp = self._inner.complete_json(
            system=system, user=user, schema=schema, schema_name=schema_name, max_tokens=max_tokens
        )
        self._cache.put(
            key,
            json.dumps(
                {
                    "text": resp.text,
                    "tokens_in": resp.tokens_in,
                    "tokens_out": resp.tokens_out,
                    "model": resp.model,
                }
            ),
        )
        return resp
