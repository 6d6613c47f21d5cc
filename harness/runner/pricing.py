"""The price card (`pricing.yaml`): dollars per million input/output tokens per model.

Turns a cut's token counts into dollars per decision; free providers (`local`) cost 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from harness.errors import InputError


class _Price(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input: float = Field(ge=0)
    """Dollars per million input tokens."""
    output: float = Field(ge=0)
    """Dollars per million output tokens."""


class _Card(BaseModel):
    model_config = ConfigDict(extra="forbid")

    free_providers: list[str] = Field(default_factory=lambda: ["local", "replay"])
    models: dict[str, _Price] = Field(default_factory=dict)


@dataclass(frozen=True)
class PriceCard:
    free_providers: frozenset[str] = frozenset({"local", "replay"})
    models: dict[str, tuple[float, float]] = field(default_factory=dict)

    def usd(self, provider: str, model: str, tokens_in: int, tokens_out: int) -> float | None:
        """Dollars for one call's tokens, or None when the model is not on the card."""
        if provider in self.free_providers:
            return 0.0
        price = self.models.get(model)
        if price is None:
            return None
        return (tokens_in * price[0] + tokens_out * price[1]) / 1_000_000


def load_price_card(path: Path) -> PriceCard:
    """Read `pricing.yaml`; a missing file means only free providers are priced."""
    if not path.exists():
        return PriceCard()
    import yaml

    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        card = _Card.model_validate(raw)
    except (yaml.YAMLError, ValidationError) as exc:
        raise InputError(
            f"{path}: not a valid price card ({exc}); expected 'models: {{name: {{input: "
            "USD per 1M tokens, output: USD per 1M tokens}}}'"
        ) from exc
    return PriceCard(
        free_providers=frozenset(card.free_providers),
        models={name: (p.input, p.output) for name, p in card.models.items()},
    )
