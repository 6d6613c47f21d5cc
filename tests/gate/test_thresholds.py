"""thresholds.yaml parsing: the shipped seed values, and typos as exit-2 errors with lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.errors import InputError
from harness.gate import Thresholds, parse_thresholds


def test_shipped_thresholds_hold_the_seed_values(thresholds: Thresholds) -> None:
    expected = {
        "acuity.precision_at_1pct_fpr": ("min", 0.90),
        "phi.token_recall": ("min", 0.99),
        "retrieval.recall_at_5": ("min", 0.90),
        "groundedness.groundedness": ("min", 0.93),
        "refusal.must_refuse_rate": ("min", 1.0),
        "irae.f1": ("min", 0.75),
        "irae.precision": ("min", 0.80),
        "acuity.ece": ("max", 0.10),
    }
    for key, (kind, value) in expected.items():
        assert (thresholds.bounds[key].kind, thresholds.bounds[key].value) == (
            kind,
            pytest.approx(value),
        )
    assert thresholds.max_drop == pytest.approx(0.01)


def test_bound_lines_point_at_the_key(repo_root: Path, thresholds: Thresholds) -> None:
    lines = (repo_root / "thresholds.yaml").read_text(encoding="utf-8").splitlines()
    for key, bound in thresholds.bounds.items():
        assert lines[bound.line - 1].startswith(f"{key}:")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("max_drop: 0.01\nacuity.eec:\n  max: 0.1\n", "t.yaml:2: unknown metric key 'acuity.eec'"),
        (
            "max_drop: 0.01\nacuity.ece:\n  maximum: 0.1\n",
            "t.yaml:3: acuity.ece: unknown key 'maximum'",
        ),
        ("max_drop: 0.01\nirae.f1: {}\n", "t.yaml:2: irae.f1 has neither `min` nor `max`"),
        ("max_drop: 0.01\nirae.f1:\n", "t.yaml:2: irae.f1 needs a mapping"),
        (
            "max_drop: 0.01\nirae.f1:\n  min: high\n",
            "t.yaml:3: irae.f1.min must be a number, got 'high'",
        ),
        (
            "max_drop: 0.01\nacuity.ece:\n  min: 0.1\n",
            "t.yaml:2: acuity.ece is lower-is-better, so its bound is `max`",
        ),
        ("max_drop: 0.01\nirae.f1:\n  min: 0.7\n  max: 0.9\n", "t.yaml:2: irae.f1 has both"),
        (
            "max_drop: 0.01\nirae.f1:\n  min: 0.7\nirae.f1:\n  min: 0.8\n",
            "t.yaml:4: irae.f1 is given twice (also line 2)",
        ),
        ("irae.f1:\n  min: 0.7\n", "t.yaml: `max_drop:` is missing"),
        ("max_drop: 1.5\n", "t.yaml:1: max_drop must be in [0, 1)"),
        ("max_drop: [0.01\n", "t.yaml: not valid YAML"),
        ("mxa_drop: 0.01\n", "t.yaml:1: unknown metric key 'mxa_drop'"),
    ],
)
def test_typos_are_input_errors_naming_the_line(text: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_thresholds(text, "t.yaml")
    assert message in str(info.value)
    assert info.value.exit_code == 2


def test_registered_extra_metrics_are_valid_keys() -> None:
    t = parse_thresholds("max_drop: 0\nretrieval.bm25_recall_at_5:\n  min: 0.5\n", "t.yaml")
    assert t.bounds["retrieval.bm25_recall_at_5"].value == pytest.approx(0.5)
