"""The release gate: thresholds, signed overrides in CHANGELOG.md, the pure `decide`, promote.

`decide` takes values; `evaluate` reads a cut folder and the repository files around it.
"""

from harness.gate.decide import decide
from harness.gate.evaluate import GateInputs, GateRun, evaluate, goldset_state
from harness.gate.model import (
    Check,
    CutSummary,
    GoldsetState,
    MetricVerdict,
    PairedDelta,
    Verdict,
)
from harness.gate.overrides import (
    OverrideBlock,
    OverrideCheck,
    OverrideSet,
    check_override,
    load_overrides,
    parse_overrides,
    signed_payload,
)
from harness.gate.promote import promote
from harness.gate.thresholds import Bound, Thresholds, load_thresholds, parse_thresholds

__all__ = [
    "Bound",
    "Check",
    "CutSummary",
    "GateInputs",
    "GateRun",
    "GoldsetState",
    "MetricVerdict",
    "OverrideBlock",
    "OverrideCheck",
    "OverrideSet",
    "PairedDelta",
    "Thresholds",
    "Verdict",
    "check_override",
    "decide",
    "evaluate",
    "goldset_state",
    "load_overrides",
    "load_thresholds",
    "parse_overrides",
    "parse_thresholds",
    "promote",
    "signed_payload",
]
