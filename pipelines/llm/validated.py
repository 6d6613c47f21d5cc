"""One JSON decision call with validation, one stricter retry, then fail-closed (`value=None`).

Also turns a pydantic model into a strict JSON schema that both providers accept.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from pipelines.llm._types import LLMClient

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class ValidatedCall(Generic[M]):
    value: M | None
    """The validated decision, or None when both attempts failed (the caller fails closed)."""
    attempts: int
    raw_outputs: list[str] = field(default_factory=list)
    tokens_in: int = 0
    tokens_out: int = 0
    model: str = ""
    errors: list[str] = field(default_factory=list)
    """Why each failed attempt was rejected (short, no model text)."""
    cached: bool = False


def strict_json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema in the strict subset: every property required, no extras.

    OpenAI's strict mode rejects optional properties and defaults; Anthropic accepts the same
    subset, so one schema serves both.
    """
    schema = copy.deepcopy(model.model_json_schema())

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            node.pop("title", None)
            node.pop("default", None)
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return schema


def call_validated(
    client: LLMClient,
    *,
    system: str,
    user: str,
    schema_model: type[M],
    stricter_suffix: str,
    schema: dict[str, Any] | None = None,
    schema_name: str | None = None,
    max_tokens: int = 1024,
    check: Callable[[M], str | None] | None = None,
) -> ValidatedCall[M]:
    """Ask for `schema_model`; on a parse/validation failure retry once with `stricter_suffix`.

    `check` adds a semantic test after validation (returns a reason to reject, or None).
    Provider faults (`TransientError`, `ProviderError`) propagate: they are not bad output.
    """
    schema = schema if schema is not None else strict_json_schema(schema_model)
    name = schema_name or schema_model.__name__
    raws: list[str] = []
    errors: list[str] = []
    tokens_in = tokens_out = 0
    model = client.model
    cached = True
    for attempt in (1, 2):
        prompt = user if attempt == 1 else f"{user}\n\n{stricter_suffix}"
        resp = client.complete_json(
            system=system, user=prompt, schema=schema, schema_name=name, max_tokens=max_tokens
        )
        raws.append(resp.text)
        tokens_in += resp.tokens_in
        tokens_out += resp.tokens_out
        model = resp.model or model
        cached = cached and resp.cached
        try:
            value = schema_model.model_validate(json.loads(resp.text))
        except json.JSONDecodeError as exc:
            errors.append(f"attempt {attempt}: not JSON ({exc.msg} at char {exc.pos})")
            continue
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"]) or "<root>"
            errors.append(f"attempt {attempt}: schema: {loc}: {first['msg']}")
            continue
        reason = check(value) if check is not None else None
        if reason:
            errors.append(f"attempt {attempt}: check: {reason}")
            continue
        return ValidatedCall(value, attempt, raws, tokens_in, tokens_out, model, errors, cached)
    return ValidatedCall(None, 2, raws, tokens_in, tokens_out, model, errors, cached)
