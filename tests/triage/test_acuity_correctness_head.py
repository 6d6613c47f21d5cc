"""The local decider's second-stage correctness head: its features, its fit, how the pipeline
asks it for a confidence, and the round-3 data files (held-out set kept out of the pool)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from harness.contract import parse_item
from pipelines.triage import training
from pipelines.triage.chart import slice_chart
from pipelines.triage.chunking import Chunk
from pipelines.triage.decision import (
    CORRECTNESS_FEATURES,
    Case,
    calibrated_confidence,
    correctness_features,
    section_features,
)
from pipelines.triage.retrieval.types import Hit
from pipelines.triage.training import (
    Calibrator,
    choose_head_c,
    fit_correctness_head,
    head_out_of_file,
    platt_out_of_file,
)

HOLDOUT3 = Path(training.__file__).resolve().parent / "dev" / "acuity_holdout3.jsonl"
ACUITY: dict[str, str | None] = {
    "common-cold": "1-self-care",
    "stroke-signs": "5-stat",
    "sciatica": "2-routine",
}
CLEAR_LIKELY = np.array([0.8, 0.05, 0.1, 0.03, 0.02])


def _chart() -> Any:
    entries = [
        {"resource": {"resourceType": "Patient", "birthDate": "1990-01-01", "gender": "male"}},
        {"resource": {"resourceType": "Encounter", "period": {"start": "2026-01-10T09:00:00Z"}}},
    ]
    return slice_chart({"resourceType": "Bundle", "type": "collection", "entry": entries})


def _case(*pathways: str, heading: str = "Overview") -> Case:
    hits = [
        Hit(Chunk(f"chunk_{i}", p, p, heading, f"## {heading}\ntext", 0), 1.0 - i / 10)
        for i, p in enumerate(pathways)
    ]
    return Case("my face feels a bit odd", _chart(), hits, ACUITY)


def test_section_features_say_when_the_message_reads_like_red_flags() -> None:
    danger = section_features(_case("stroke-signs", "common-cold", heading="Red flags"))
    assert danger["sec_danger"] == pytest.approx(1.0)
    assert danger["sec_danger_urgent"] == pytest.approx(1.0 / 1.5)  # rank weights 1 and 1/2
    mild = section_features(_case("common-cold", heading="Self-care"))
    assert mild == {
        "sec_danger": 0.0,
        "sec_selfcare": 1.0,
        "sec_clinic": 0.0,
        "sec_danger_urgent": 0.0,
    }
    assert section_features(_case())["sec_danger"] == 0.0


def _feature(row: np.ndarray, name: str) -> float:
    return float(row[CORRECTNESS_FEATURES.index(name)])


def test_features_flag_a_clear_next_to_an_urgent_pathway() -> None:
    suspect = correctness_features(
        _case("stroke-signs", "common-cold"), CLEAR_LIKELY, "clear", False
    )
    agreed = correctness_features(_case("common-cold", "sciatica"), CLEAR_LIKELY, "clear", False)
    assert suspect.shape == (len(CORRECTNESS_FEATURES),)
    assert _feature(suspect, "clear_with_urgent_pathway") == 1.0
    assert _feature(suspect, "top1_pathway_agrees") == 0.0
    assert _feature(suspect, "max_band_top3") == 1.0
    assert _feature(agreed, "clear_with_urgent_pathway") == 0.0
    assert _feature(agreed, "top1_pathway_agrees") == 1.0
    assert _feature(agreed, "top3_pathways_agree") == pytest.approx(0.5)
    assert _feature(agreed, "routing_margin") == pytest.approx(0.8 - 0.15)


def _synthetic(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 3))
    # Feature 0 helps, feature 1 (a "suspect clear" flag) hurts, feature 2 is noise.
    truth = 1 / (1 + np.exp(-(1.5 * x[:, 0] - 2.0 * x[:, 1] + 0.5)))
    return x, rng.uniform(size=n) < truth


def test_head_learns_which_features_predict_a_wrong_routing() -> None:
    x, correct = _synthetic(3000, 0)
    head = fit_correctness_head(x, correct, np.ones(len(x)), c=1.0, shrink=0.0)
    assert head is not None
    assert head(np.array([0.0, 2.0, 0.0])) < 0.1 < 0.9 < head(np.array([0.0, -2.0, 0.0]))
    assert head.coef[0] > 1.0 and head.coef[1] < -1.0 and abs(head.coef[2]) < 0.2
    shrunk = fit_correctness_head(x, correct, np.ones(len(x)), c=1.0, shrink=0.5)
    assert shrunk is not None
    top = np.array([3.0, -3.0, 0.0])
    assert shrunk(top) == pytest.approx(0.5 * head(top) + 0.5 * shrunk.base, abs=1e-3)


def test_head_c_is_chosen_out_of_file_and_single_outcome_gives_no_head() -> None:
    x, correct = _synthetic(600, 1)
    source = np.repeat(np.arange(3), 200)
    c, losses = choose_head_c(x, correct, np.ones(600), source, 0.0)
    assert c in training.HEAD_CS and set(losses) == {str(v) for v in training.HEAD_CS}
    assert losses[str(c)] == min(losses.values()) < 0.6
    held = head_out_of_file(x, correct, np.ones(600), source, c=c, shrink=0.0)
    assert np.corrcoef(held, correct)[0, 1] > 0.4
    assert fit_correctness_head(x[:5], np.ones(5, dtype=bool), np.ones(5), c=1.0, shrink=0) is None


def test_platt_out_of_file_ranks_and_calibrates_unseen_files() -> None:
    rng = np.random.default_rng(3)
    n = 900
    raw = rng.uniform(0.4, 0.99, n)
    correct = rng.uniform(size=n) < raw
    source = np.repeat(np.arange(3), n // 3)
    routing = list(rng.choice(["clear", "queue", "escalate"], n))
    conf = platt_out_of_file(raw, correct, np.ones(n), source, routing, [False] * n)
    assert np.corrcoef(conf, raw)[0, 1] > 0.9
    assert abs(conf.mean() - correct.mean()) < 0.05


def test_pipeline_confidence_comes_from_the_head_when_there_is_one() -> None:
    x, correct = _synthetic(500, 2)
    head = fit_correctness_head(x, correct, np.ones(500), c=1.0, shrink=0.0)
    plain = Calibrator((0.0, 1.0), (0.2, 0.4))
    with_head = Calibrator((0.0, 1.0), (0.2, 0.4), head=head)
    features = np.array([2.0, -2.0, 0.0])
    assert calibrated_confidence(plain, 0.5, "queue", False, features) == pytest.approx(0.3)
    assert calibrated_confidence(with_head, 0.5, "queue", False, features) > 0.9
    assert calibrated_confidence(with_head, 0.5, "queue", False) == pytest.approx(0.3)
    assert with_head.sha256 != plain.sha256


def test_holdout3_is_valid_covers_every_band_and_stays_out_of_the_pool() -> None:
    rows = [json.loads(line) for line in HOLDOUT3.read_text("utf-8").splitlines() if line]
    assert len(rows) >= 90
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        parse_item(row)
    assert {r["gold_acuity"] for r in rows} == {
        "1-self-care",
        "2-routine",
        "3-same-day",
        "4-urgent",
        "5-stat",
    }
    assert all(f.name != HOLDOUT3.name for f in training.POOL_FILES)
    assert training.TRAIN3_FILE in training.POOL_FILES
    pooled = {r["message"] for f in training.POOL_FILES for r in training.read_messages(f)}
    assert not pooled & {r["message"] for r in rows}
