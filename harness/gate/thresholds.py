"""thresholds.yaml (SPEC section 7): the max drop vs the prior cut and a bound per metric.

Parsed with YAML node marks so every mistake is reported with its line; a typo is exit 2.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from harness.errors import InputError
from harness.gate.model import Direction


def metric_directions() -> dict[str, Direction]:
    """Every known `<category>.<metric>` key (SPEC section 5 plus registered extras) and its way."""
    from harness.metrics import METRIC_DIRECTIONS

    return dict(METRIC_DIRECTIONS)


def spec_keys() -> frozenset[str]:
    """SPEC section 5 keys; extras (per-lane recalls...) are diagnostics, gated only if bound."""
    from harness.metrics import REPORT_KEYS

    return frozenset(f"{c}.{m}" for c, ms in REPORT_KEYS.items() for m in ms)


@dataclass(frozen=True)
class Bound:
    kind: Literal["min", "max"]
    value: float
    line: int
    """1-based line in the thresholds file, so a verdict can point at it."""


@dataclass(frozen=True)
class Thresholds:
    max_drop: float
    bounds: Mapping[str, Bound]
    source: str = "thresholds.yaml"


def _number(node: yaml.Node, source: str, what: str) -> float:
    line = node.start_mark.line + 1
    # The resolver has already tagged plain scalars; only ints and floats are numbers here.
    numeric = isinstance(node, yaml.ScalarNode) and node.tag.rsplit(":", 1)[-1] in ("int", "float")
    try:
        number = float(str(node.value).replace("_", "")) if numeric else math.nan
    except ValueError:
        number = math.nan
    if math.isnan(number) or math.isinf(number):
        shown = node.value if isinstance(node, yaml.ScalarNode) else "a collection"
        raise InputError(f"{source}:{line}: {what} must be a number, got {shown!r}")
    return number


def parse_thresholds(
    text: str, source: str = "thresholds.yaml", directions: Mapping[str, Direction] | None = None
) -> Thresholds:
    """Parse thresholds text; raise InputError naming the line for any key the gate cannot use."""
    known = metric_directions() if directions is None else directions
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise InputError(f"{source}: not valid YAML: {exc}") from exc
    if root is None:
        raise InputError(f"{source}: the file is empty; it needs `max_drop:` and metric bounds")
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{source}:{root.start_mark.line + 1}: expected a mapping of keys")

    max_drop: float | None = None
    bounds: dict[str, Bound] = {}
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 1
        key = str(key_node.value)
        if key == "max_drop":
            max_drop = _number(value_node, source, "max_drop")
            if not 0.0 <= max_drop < 1.0:
                raise InputError(f"{source}:{line}: max_drop must be in [0, 1), got {max_drop}")
            continue
        if key not in known:
            category = key.partition(".")[0]
            near = sorted(k for k in known if k.startswith(category + "."))
            hint = f" Known {category} metrics: {', '.join(near)}." if near else ""
            raise InputError(
                f"{source}:{line}: unknown metric key {key!r}; keys are `max_drop` or "
                f"`<category>.<metric>` from SPEC section 5.{hint}"
            )
        if key in bounds:
            raise InputError(
                f"{source}:{line}: {key} is given twice (also line {bounds[key].line})"
            )
        if not isinstance(value_node, yaml.MappingNode):
            raise InputError(f"{source}:{line}: {key} needs a mapping with `min:` or `max:`")
        found: dict[str, float] = {}
        for sub_key, sub_value in value_node.value:
            sub_line = sub_key.start_mark.line + 1
            if sub_key.value not in ("min", "max"):
                raise InputError(
                    f"{source}:{sub_line}: {key}: unknown key {sub_key.value!r}; use `min` or `max`"
                )
            found[sub_key.value] = _number(sub_value, source, f"{key}.{sub_key.value}")
        if not found:
            raise InputError(f"{source}:{line}: {key} has neither `min` nor `max`; give one")
        if len(found) == 2:
            raise InputError(f"{source}:{line}: {key} has both `min` and `max`; give one bound")
        kind, value = next(iter(found.items()))
        wanted = "min" if known[key] == "higher" else "max"
        if kind != wanted:
            better = "higher" if known[key] == "higher" else "lower"
            raise InputError(
                f"{source}:{line}: {key} is {better}-is-better, so its bound is `{wanted}`, "
                f"not `{kind}`"
            )
        bounds[key] = Bound(kind="min" if kind == "min" else "max", value=value, line=line)
    if max_drop is None:
        raise InputError(f"{source}: `max_drop:` is missing (SPEC section 7 uses 0.01)")
    return Thresholds(max_drop=max_drop, bounds=bounds, source=source)


def load_thresholds(path: Path) -> Thresholds:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read thresholds file {path}: {exc.strerror}") from exc
    return parse_thresholds(text, str(path))
