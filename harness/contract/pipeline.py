"""The pipeline protocol and the values that cross it (SPEC section 4).

A pipeline is loaded by short name or `module:attr`; the attribute is a `Pipeline` or a factory
taking a `PipelineConfig`. The runner calls `predict` from worker threads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

from harness.contract.items import GoldItem


class TransientError(Exception):
    """A fault worth retrying (429, 5xx, timeout); `retry_after` seconds when the server said."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Trace:
    """What happened inside one prediction. Redacted: never holds PHI."""

    stages_ms: Mapping[str, float] = field(default_factory=dict)
    """Wall time per stage, e.g. `redact`, `retrieve`, `rerank`, `decide`, `policy`."""
    tokens_in: int = 0
    tokens_out: int = 0
    model: str = ""
    detail: Mapping[str, Any] = field(default_factory=dict)
    """JSON-serialisable: candidates with scores, raw and parsed output, policy verdict."""


@dataclass(frozen=True)
class Prediction:
    """One item's output plus its trace."""

    output: BaseModel
    """One of the `*Prediction` models for the item's category."""
    trace: Trace


class ResponseCache(Protocol):
    """Content-addressed store of provider responses (redacted requests only)."""

    def get(self, key: Mapping[str, Any]) -> str | None: ...

    def put(self, key: Mapping[str, Any], response: str) -> None: ...


@dataclass(frozen=True)
class PipelineConfig:
    """What the runner passes to a pipeline factory."""

    provider: str = "local"
    model: str | None = None
    corpus: Path | None = None
    cache: ResponseCache | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@runtime_checkable
class Pipeline(Protocol):
    name: str
    version: str
    """A hash of prompts and config: a change to either is a new version."""
    provider: str
    model: str
    categories: frozenset[str]
    """The goldset categories this pipeline answers."""

    def predict(self, item: GoldItem) -> Prediction: ...


PipelineFactory = Callable[[PipelineConfig], Pipeline]
