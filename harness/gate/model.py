"""The values the gate reads and writes: a cut's summary, the goldset's state, the verdict.

Read at the boundary (pydantic, lenient about fields the gate does not use); `decide` trusts them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Direction = Literal["higher", "lower"]
Status = Literal["pass", "fail", "overridden"]


class _Lenient(BaseModel):
    # The runner owns report.json; the gate reads only what it needs and ignores the rest.
    model_config = ConfigDict(extra="ignore", frozen=True)


class MetricValue(_Lenient):
    value: float | None = None
    ci95: tuple[float, float] | None = None


class ErrorSummary(_Lenient):
    count: int = 0
    ids: list[str] = Field(default_factory=list)


class CategorySummary(_Lenient):
    n: int = 0
    metrics: dict[str, MetricValue] = Field(default_factory=dict)
    errors: ErrorSummary = Field(default_factory=ErrorSummary)


class CutSummary(_Lenient):
    """The parts of a cut's report.json (ARCHITECTURE "Cut folder") the gate decides on."""

    cut_id: str
    goldset_head: str | None = None
    goldset_signed: bool = False
    categories: dict[str, CategorySummary] = Field(default_factory=dict)
    errors: ErrorSummary = Field(default_factory=ErrorSummary)

    def metric(self, key: str) -> MetricValue | None:
        category, _, name = key.partition(".")
        cat = self.categories.get(category)
        return None if cat is None else cat.metrics.get(name)


class PairedDelta(_Lenient):
    """cut minus prior on the items both scored, with a paired-bootstrap 95% interval."""

    delta: float | None = None
    ci95: tuple[float, float] | None = None
    n_shared: int = 0


class GoldsetState(_Lenient):
    """What verifying today's goldset said; the gate compares the cut against it."""

    ok: bool
    head: str | None = None
    problems: list[str] = Field(default_factory=list)
    against: str | None = None
    """The git ref the goldset was proven to extend, when one was checked."""


class Check(BaseModel):
    """A cut-level condition (goldset, head, signature, errors, empty categories)."""

    model_config = ConfigDict(frozen=True)

    name: str
    ok: bool
    reason: str


class MetricVerdict(BaseModel):
    """One gated metric: its value, bound, move vs the prior, and why it passed or failed."""

    model_config = ConfigDict(frozen=True)

    key: str
    category: str
    metric: str
    direction: Direction
    value: float | None
    ci95: tuple[float, float] | None = None
    bound_kind: Literal["min", "max"] | None = None
    bound: float | None = None
    prior: float | None = None
    delta: float | None = None
    paired_ci95: tuple[float, float] | None = None
    n_shared: int | None = None
    status: Status
    reasons: list[str] = Field(default_factory=list)
    """Why it failed (empty when it passed cleanly)."""
    override: str | None = None
    """What the CHANGELOG said about an override for this metric (accepted or why not)."""


class Verdict(BaseModel):
    """The gate's answer for one cut: passed, plus every check and metric with its reason."""

    model_config = ConfigDict(frozen=True)

    schema_version: int = 1
    passed: bool
    cut_id: str
    prior_id: str | None
    max_drop: float
    checks: list[Check]
    metrics: list[MetricVerdict]
    notes: list[str] = Field(default_factory=list)

    @property
    def failures(self) -> list[str]:
        out = [f"{c.name}: {c.reason}" for c in self.checks if not c.ok]
        out += [f"{m.key}: {'; '.join(m.reasons)}" for m in self.metrics if m.status == "fail"]
        return out
