"""`LLMClient` over the official `anthropic` SDK: Messages API with JSON-schema structured output.

The SDK never retries (`max_retries=0`); the harness runner owns retries and rate limits.
"""

from __future__ import annotations

from typing import Any

from pipelines.llm._errors import map_sdk_error
from pipelines.llm._types import TEMPERATURE, LLMResponse, resolve_connection

# claude-sonnet-4-5 reaches end of life on 2026-11-30 (the SDK warns on every call).
DEFAULT_MODEL = "claude-sonnet-4-6"


class AnthropicClient:
    """Calls `messages.create(..., output_config={"format": {"type": "json_schema", ...}})`.

    Why `output_config` rather than forced tool use: the installed SDK (>= 0.7x, here 2.x) types
    `output_config` natively, so no `extra_body` is needed; the answer arrives as one text block
    that is parsed exactly like the OpenAI path, and the schema constrains decoding instead of
    being advisory as a tool's `input_schema` is.
    """

    provider = "anthropic"

    def __init__(
        self,
        *,
        model: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        import anthropic

        key, url = resolve_connection("anthropic", api_key, base_url)
        self.model = model or DEFAULT_MODEL
        self._sdk = anthropic
        self._client = anthropic.Anthropic(
            api_key=key, base_url=url, max_retries=0, timeout=timeout
        )

    def complete_json(
        self,
        *,
        system: str,
        user: str,
        schema: dict[str, Any],
        schema_name: str,
        max_tokens: int = 1024,
    ) -> LLMResponse:
        try:
            msg = self._client.messages.create(
                model=self.model,
                max_tokens=max_tokens,
                system=system,
                messages=[{"role": "user", "content": user}],
                output_config={"format": {"type": "json_schema", "schema": schema}},
                # This SDK version no longer types `temperature`; the API still takes it, and
                # greedy decoding keeps decisions repeatable, so it goes in the raw body.
                extra_body={"temperature": TEMPERATURE},
            )
        except self._sdk.APIError as exc:
            raise map_sdk_error(self.provider, exc, self._sdk) from exc
        text = "".join(getattr(block, "text", "") for block in msg.content if block.type == "text")
        return LLMResponse(
            text=text,
            tokens_in=int(msg.usage.input_tokens or 0),
            tokens_out=int(msg.usage.output_tokens or 0),
            model=msg.model or self.model,
        )
