"""Record live provider answers to JSONL and replay them offline (`--provider replay`).

Lines are `{hash, provider, model, schema_name, text, tokens_in, tokens_out}`; the hash covers
system, user, schema and parameters, not the provider, so any recording replays.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from harness.errors import InputError
from pipelines.llm._types import LLMClient, LLMResponse, request_hash, request_key


def _hash(system: str, user: str, schema: dict[str, Any], schema_name: str, max_tokens: int) -> str:
    return request_hash(
        request_key(
            system=system, user=user, schema=schema, schema_name=schema_name, max_tokens=max_tokens
        )
    )


class ReplayClient:
    """Answers from a recording; a request that was never recorded is an `InputError`."""

    provider = "replay"

    def __init__(self, path: Path, *, model: str | None = None) -> None:
        if not path.is_file():
            raise InputError(
                f"replay file {path} not found: record one with --set record_file=PATH "
                "on a live run, then pass it with --set replay_file=PATH"
            )
        self._answers: dict[str, dict[str, Any]] = {}
        recorded_model = ""
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    self._answers[str(row["hash"])] = row
                    recorded_model = recorded_model or str(row.get("model", ""))
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(
                        f"{path}:{lineno}: not a replay record ({exc}); each line must be "
                        "a JSON object with 'hash' and 'text'"
                    ) from exc
        self._path = path
        self.model = model or recorded_model or "replay"

    def complete_json(
        self,
        *,
        system: str,
        user: str,
        schema: dict[str, Any],
        schema_name: str,
        max_tokens: int = 1024,
    ) -> LLMResponse:
        key = _hash(system, user, schema, schema_name, max_tokens)
        row = self._answers.get(key)
        if row is None:
            raise InputError(
                f"replay file {self._path} has no answer for request {key[:12]} "
                f"(schema {schema_name!r}): the prompt, schema or input changed since it was "
                "recorded; re-record with a live provider and --set record_file=PATH"
            )
        return LLMResponse(
            text=str(row["text"]),
            tokens_in=int(row.get("tokens_in", 0)),
            tokens_out=int(row.get("tokens_out", 0)),
            model=str(row.get("model", self.model)),
            cached=True,
        )


class RecordingClient:
    """Passes calls to `inner` and appends each answer to `path` for a later `ReplayClient`."""

    def __init__(self, inner: LLMClient, path: Path) -> None:
        self._inner = inner
        self._path = path
        self._lock = threading.Lock()
        self.provider = inner.provider
        self.model = inner.model
        path.parent.mkdir(parents=True, exist_ok=True)

    def complete_json(
        self,
        *,
        system: str,
        user: str,
        schema: dict[str, Any],
        schema_name: str,
        max_tokens: int = 1024,
    ) -> LLMResponse:
        resp = self._inner.complete_json(
            system=system, user=user, schema=schema, schema_name=schema_name, max_tokens=max_tokens
        )
        row = {
            "hash": _hash(system, user, schema, schema_name, max_tokens),
            "provider": self.provider,
            "model": resp.model,
            "schema_name": schema_name,
            "text": resp.text,
            "tokens_in": resp.tokens_in,
            "tokens_out": resp.tokens_out,
        }
        line = json.dumps(row, ensure_ascii=False) + "\n"
        # One write per line under a lock so concurrent workers never interleave records.
        with self._lock, self._path.open("a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
        return resp
