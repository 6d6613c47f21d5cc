"""Builds the configured `LLMClient` by provider name, wrapped with cache and recorder.

The `local` provider is not here: each pipeline answers it with its own offline model.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from harness.contract import ResponseCache
from harness.errors import InputError
from pipelines.llm._types import LLMClient
from pipelines.llm.cache import CachedClient
from pipelines.llm.replay import RecordingClient, ReplayClient

PROVIDERS: tuple[str, ...] = ("anthropic", "openai", "replay")


def _opt(options: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        if options.get(name) not in (None, ""):
            return options[name]
    return None


def make_client(
    provider: str,
    *,
    model: str | None = None,
    cache: ResponseCache | None = None,
    options: Mapping[str, Any] | None = None,
) -> LLMClient:
    """Options (all optional, e.g. from `--set k=v`): `base_url`, `timeout` (seconds),
    `replay_file` (required for `replay`), `record_file` (append live answers for replay).
    """
    opts = dict(options or {})
    base_url = _opt(opts, "base_url", f"{provider}_base_url")
    timeout_raw = _opt(opts, "timeout", "llm_timeout")
    try:
        timeout = float(timeout_raw) if timeout_raw is not None else 60.0
    except ValueError as exc:
        raise InputError(f"option timeout={timeout_raw!r} is not a number of seconds") from exc

    client: LLMClient
    if provider == "anthropic":
        from pipelines.llm.anthropic_client import AnthropicClient

        client = AnthropicClient(model=model, base_url=base_url, timeout=timeout)
    elif provider == "openai":
        from pipelines.llm.openai_client import OpenAIClient

        client = OpenAIClient(model=model, base_url=base_url, timeout=timeout)
    elif provider == "replay":
        path = _opt(opts, "replay_file", "replay")
        if path is None:
            raise InputError(
                "provider 'replay' needs a recording: pass --set replay_file=PATH "
                "(a JSONL written by a live run with --set record_file=PATH)"
            )
        # Replay answers are already offline and deterministic; caching them adds nothing.
        return ReplayClient(Path(str(path)), model=model)
    else:
        raise InputError(
            f"unknown LLM provider {provider!r}: choose one of {', '.join(PROVIDERS)} "
            "(or 'local' for the pipeline's offline model)"
        )
    record = _opt(opts, "record_file")
    if record is not None:
        client = RecordingClient(client, Path(str(record)))
    if cache is not None:
        client = CachedClient(client, cache)
    return client
