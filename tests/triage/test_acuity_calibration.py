"""The local decider's confidence head and data plumbing: Platt calibration, diverse-voice
weighting, the cache key, and the held-out acuity set's shape."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from harness.contract import parse_item
from harness.metrics import expected_calibration_error
from pipelines.triage import training
from pipelines.triage.training import calibration_weights, data_key, fit_calibrator

HOLDOUT = Path(training.__file__).resolve().parent / "dev" / "acuity_holdout.jsonl"
HOLDOUT2 = Path(training.__file__).resolve().parent / "dev" / "acuity_holdout2.jsonl"


def test_platt_head_fixes_overconfidence_and_keeps_many_levels() -> None:
    rng = np.random.default_rng(0)
    raw = rng.uniform(0.4, 0.99, 4000)
    # An overconfident model: the true chance of being right is sigmoid(0.5 logit(raw) - 0.6).
    truth = 1 / (1 + np.exp(-(0.5 * np.log(raw / (1 - raw)) - 0.6)))
    correct = rng.uniform(size=raw.size) < truth
    cal = fit_calibrator(raw, correct)
    calibrated = np.array([cal(r) for r in raw])
    assert expected_calibration_error(correct, raw) > 0.15
    assert expected_calibration_error(correct, calibrated) < 0.03
    levels = np.unique(np.round(calibrated, 4))
    assert len(levels) > 50  # isotonic steps would leave a handful
    assert np.all(np.diff([cal(x) for x in np.linspace(0, 1, 21)]) > 0)


def test_single_outcome_gives_identity() -> None:
    cal = fit_calibrator(np.array([0.6, 0.7]), np.array([True, True]))
    assert cal(0.65) == pytest.approx(0.65)


def test_diverse_file_gets_its_share_of_calibration_weight() -> None:
    diverse = training.POOL_FILES.index(training.DIVERSE_FILE)
    source = np.array([0] * 60 + [1] * 20 + [diverse] * 20)
    w = calibration_weights(source)
    assert w[source == diverse].sum() / w.sum() == pytest.approx(training.DIVERSE_CALIBRATION_SHARE)
    assert w.sum() == pytest.approx(100.0)


def test_data_key_changes_with_any_pooled_file(tmp_path: Path) -> None:
    files = [tmp_path / n for n in ("a.jsonl", "b.jsonl", "c.jsonl")]
    for f in files:
        f.write_text("{}\n")
    retriever: object = SimpleNamespace(version="r1")
    before = data_key(retriever, files)  # type: ignore[arg-type]
    files[2].write_text('{"changed": 1}\n')
    assert data_key(retriever, files) != before  # type: ignore[arg-type]
    assert training.DIVERSE_FILE in training.POOL_FILES


def test_context_head_lowers_confidence_where_the_safety_layer_overrode() -> None:
    rng = np.random.default_rng(1)
    n = 3000
    raw = rng.uniform(0.4, 0.95, n)
    routing = rng.choice(["clear", "queue", "escalate"], n)
    blocked = (routing != "clear") & (rng.uniform(size=n) < 0.3)
    # Overridden items are right far less often than their raw probability says.
    truth = np.where(blocked, 0.35, raw)
    correct = rng.uniform(size=n) < truth
    cal = fit_calibrator(raw, correct, routing=list(routing), blocked=list(blocked))
    assert cal.in_context(0.7, "queue", True) < cal.in_context(0.7, "queue", False) - 0.2
    assert abs(cal.in_context(0.7, "queue", True) - 0.35) < 0.08
    # Still strictly increasing in raw within a context (ranking is kept).
    levels = [cal.in_context(x, "escalate", False) for x in np.linspace(0.05, 0.95, 19)]
    assert np.all(np.diff(levels) > 0)
    # Unknown context or a plain call falls back to the context-free map.
    assert cal.in_context(0.7, "other", False) == pytest.approx(cal(0.7))


def test_shrink_pulls_toward_the_base_rate() -> None:
    rng = np.random.default_rng(2)
    raw = rng.uniform(0.3, 0.99, 2000)
    correct = rng.uniform(size=raw.size) < raw
    plain = fit_calibrator(raw, correct)
    shrunk = fit_calibrator(raw, correct, shrink=0.5)
    base = correct.mean()
    assert shrunk(0.99) == pytest.approx(0.5 * plain(0.99) + 0.5 * base, abs=1e-6)
    assert shrunk(0.99) < plain(0.99)


def test_retired_acuity_sets_are_pooled_and_holdout2_is_not() -> None:
    assert training.ACUITY_DEV_FILE in training.POOL_FILES
    assert training.ACUITY_HOLDOUT_FILE in training.POOL_FILES
    assert all(f.name != HOLDOUT2.name for f in training.POOL_FILES)


@pytest.mark.parametrize(("path", "minimum"), [(HOLDOUT, 90), (HOLDOUT2, 80)])
def test_holdout_is_valid_and_covers_every_band(path: Path, minimum: int) -> None:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    assert len(rows) >= minimum
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        parse_item(row)
    bands = {r["gold_acuity"] for r in rows}
    assert bands == {"1-self-care", "2-routine", "3-same-day", "4-urgent", "5-stat"}
