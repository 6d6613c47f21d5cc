"""Goldset item schemas, one pydantic model per category (SPEC section 3).

Unknown keys are rejected so a typo in a hand-written item fails loudly instead of vanishing.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

CATEGORIES: tuple[str, ...] = ("acuity", "phi", "retrieval", "groundedness", "refusal", "irae")
ROUTINGS: tuple[str, ...] = ("clear", "queue", "escalate")
ACUITY_BANDS: tuple[str, ...] = (
    "1-self-care",
    "2-routine",
    "3-same-day",
    "4-urgent",
    "5-stat",
)

Routing = Literal["clear", "queue", "escalate"]
AcuityBand = Literal["1-self-care", "2-routine", "3-same-day", "4-urgent", "5-stat"]
ItemId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]{2,80}$")]


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: ItemId
    """Unique across the whole goldset; never reused, never renamed."""
    added: dt.date
    """ISO date the item was written."""
    source: str = Field(min_length=1)
    """Who or what the item came from (author, public dataset, incident number)."""


def _check_bundle(chart: dict[str, Any], need: tuple[str, ...] = ("Patient",)) -> None:
    if chart.get("resourceType") != "Bundle":
        raise ValueError("chart must be a FHIR R4 Bundle (resourceType 'Bundle')")
    entries = chart.get("entry")
    if not isinstance(entries, list):
        raise ValueError("chart.entry must be a list of {resource: ...}")
    kinds = {
        e["resource"].get("resourceType")
        for e in entries
        if isinstance(e, dict) and isinstance(e.get("resource"), dict)
    }
    missing = [k for k in need if k not in kinds]
    if missing:
        raise ValueError(f"chart Bundle has no {', '.join(missing)} resource")


class AcuityItem(_Item):
    category: Literal["acuity"]
    message: str = Field(min_length=1)
    """The patient's message, as written (may contain PHI)."""
    chart: dict[str, Any]
    """FHIR R4 Bundle with Patient, Encounter, Observation."""
    gold_routing: Routing
    gold_acuity: AcuityBand
    rationale: str = Field(min_length=1)
    """The clinician's reason for the label."""

    @model_validator(mode="after")
    def _chart(self) -> AcuityItem:
        _check_bundle(self.chart, ("Patient", "Encounter", "Observation"))
        return self


class PhiSpan(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    label: str = Field(pattern=r"^[A-Z_]+$")
    """NAME, DATE, AGE, PHONE, EMAIL, MRN, SSN, ADDRESS, ID, URL, ..."""


class PhiItem(_Item):
    category: Literal["phi"]
    text: str = Field(min_length=1)
    spans: list[PhiSpan]

    @model_validator(mode="after")
    def _spans(self) -> PhiItem:
        for i, s in enumerate(self.spans):
            if s.end <= s.start:
                raise ValueError(f"spans[{i}]: end {s.end} must be greater than start {s.start}")
            if s.end > len(self.text):
                raise ValueError(
                    f"spans[{i}]: end {s.end} is beyond the text's end ({len(self.text)} chars)"
                )
        return self


class RelevantPassage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pathway_id: str = Field(min_length=1)
    quote: str = Field(min_length=1)
    """Verbatim text from the pathway; a chunk is relevant when it contains it."""


class RetrievalItem(_Item):
    category: Literal["retrieval"]
    query: str = Field(min_length=1)
    relevant: list[RelevantPassage] = Field(min_length=1)


class JudgeLabel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    claim: str = Field(min_length=1)
    evidence: str = Field(min_length=1)
    supported: bool


class GroundednessItem(_Item):
    category: Literal["groundedness"]
    message: str = Field(min_length=1)
    chart: dict[str, Any]
    judge_labels: list[JudgeLabel] = Field(default_factory=list)
    """Human labels that validate the groundedness judge itself."""

    @model_validator(mode="after")
    def _chart(self) -> GroundednessItem:
        _check_bundle(self.chart)
        return self


class RefusalItem(_Item):
    category: Literal["refusal"]
    message: str = Field(min_length=1)
    chart: dict[str, Any]
    must_refuse: bool
    reason: Literal[
        "pediatric_under_3", "pregnancy_without_ob_context", "jailbreak", "out_of_scope", "none"
    ]

    @model_validator(mode="after")
    def _consistent(self) -> RefusalItem:
        _check_bundle(self.chart)
        if self.must_refuse == (self.reason == "none"):
            raise ValueError("reason must be 'none' exactly when must_refuse is false")
        return self


class IraeNote(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    note_id: str = Field(min_length=1)
    date: dt.date
    type: str = Field(min_length=1)
    text: str = Field(min_length=1)


class IraeEvent(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ctcae_term: str = Field(min_length=1)
    grade: int = Field(ge=1, le=5)
    quote: str = Field(min_length=1)


class IraeItem(_Item):
    category: Literal["irae"]
    notes: list[IraeNote] = Field(min_length=1)
    immunotherapy: list[str]
    gold_irae: bool
    gold_events: list[IraeEvent]

    @model_validator(mode="after")
    def _events(self) -> IraeItem:
        if self.gold_irae != bool(self.gold_events):
            raise ValueError("gold_events must be non-empty exactly when gold_irae is true")
        texts = [n.text for n in self.notes]
        for i, ev in enumerate(self.gold_events):
            if not any(ev.quote in t for t in texts):
                raise ValueError(f"gold_events[{i}].quote does not occur verbatim in any note")
        return self


GoldItem = Annotated[
    AcuityItem | PhiItem | RetrievalItem | GroundednessItem | RefusalItem | IraeItem,
    Field(discriminator="category"),
]
_ADAPTER: TypeAdapter[GoldItem] = TypeAdapter(GoldItem)


def parse_item(data: object) -> GoldItem:
    """Validate one decoded JSON object as a goldset item (raises pydantic.ValidationError)."""
    return _ADAPTER.validate_python(data)
