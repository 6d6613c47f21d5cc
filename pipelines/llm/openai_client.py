"""`LLMClient` over the official `openai` SDK: chat completions with strict JSON-schema output.

The SDK never retries (`max_retries=0`); the harness runner owns retries and rate limits.
"""

from __future__ import annotations

from typing import Any

from pipelines.llm._errors import map_sdk_error
from pipelines.llm._types import TEMPERATURE, LLMResponse, resolve_connection

DEFAULT_MODEL = "gpt-4o-mini"


class OpenAIClient:
    """Calls `chat.completions.create(response_format={"type": "json_schema", ...strict})`."""

    provider = "openai"

    def __init__(
        self,
        *,
        model: str | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        import openai

        key, url = resolve_connection("openai", api_key, base_url)
        self.model = model or DEFAULT_MODEL
        self._sdk = openai
        self._client = openai.OpenAI(api_key=key, base_url=url, max_retries=0, timeout=timeout)

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
            resp = self._client.chat.completions.create(
                model=self.model,
                max_tokens=max_tokens,
                temperature=TEMPERATURE,
                messages=[
                    {"role": "system", "content": system},
                    {"role": "user", "content": user},
                ],
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": schema_name, "schema": schema, "strict": True},
                },
            )
        except self._sdk.APIError as exc:
            raise map_sdk_error(self.provider, exc, self._sdk) from exc
        choice = resp.choices[0] if resp.choices else None
        text = (choice.message.content or "") if choice is not None else ""
        usage = resp.usage
        return LLMResponse(
            text=text,
            tokens_in=int(usage.prompt_tokens) if usage else 0,
            tokens_out=int(usage.completion_tokens) if usage else 0,
            model=resp.model or self.model,
        )
