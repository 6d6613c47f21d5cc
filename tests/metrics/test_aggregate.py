"""summarize and paired_delta: report keys, micro ratios from resampled sums, the bootstrap."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest

from harness.metrics import (
    EXTRA_KEYS,
    REPORT_KEYS,
    MetricInputError,
    acuity_precision_at_fpr_score,
    brier_score_loss,
    expected_calibration_error,
    paired_delta,
    score_item,
    summarize,
    unsafe_clear_rate,
)

ROUTES = ["clear", "queue", "escalate"]
BANDS = {"clear": "1-self-care", "queue": "2-routine", "escalate": "4-urgent"}


def _ci(interval: list[float] | None) -> list[float]:
    assert interval is not None
    return interval


def acuity_records(n: int, seed: int, *, skill: float = 0.8) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        gold = rng.choice(ROUTES)
        pred = gold if rng.random() < skill else rng.choice(ROUTES)
        item = {"id": f"ac-{i:05d}", "gold_routing": gold, "gold_acuity": BANDS[gold]}
        conf = round(rng.uniform(0.3, 1.0), 4)
        prediction = {
            "decision": {
                "routing": pred,
                "acuity_band": BANDS[pred],
                "confidence": conf,
                "refused": False,
                "rationale": [],
            }
        }
        out.append(score_item("acuity", item, None if rng.random() < 0.02 else prediction))
    return out


def refusal_records(pairs: list[tuple[bool, bool]]) -> list[dict[str, Any]]:
    return [
        {"id": f"rf-{i:04d}", "errored": False, "must_refuse": m, "refused": r, "reason": None}
        for i, (m, r) in enumerate(pairs)
    ]


def test_keys_are_exactly_the_spec_keys() -> None:
    assert set(summarize("acuity", acuity_records(50, 0), n_boot=50)) == set(REPORT_KEYS["acuity"])
    irae = [score_item("irae", {"id": "ir-1", "gold_irae": False, "gold_events": []}, None)]
    assert set(summarize("irae", irae, n_boot=20)) == set(REPORT_KEYS["irae"] + EXTRA_KEYS["irae"])
    for category in REPORT_KEYS:
        assert set(summarize(category, [], n_boot=10)) == set(REPORT_KEYS[category])


def test_acuity_point_values_match_the_array_metrics() -> None:
    recs = acuity_records(400, 1)
    got = summarize("acuity", recs, n_boot=100)
    gold = [r["gold_routing"] for r in recs]
    pred = [r["pred_routing"] for r in recs]
    conf = [r["confidence"] for r in recs]
    correct = [g == p for g, p in zip(gold, pred, strict=True)]
    assert got["precision_at_1pct_fpr"]["value"] == pytest.approx(
        acuity_precision_at_fpr_score(gold, pred, conf, max_fpr=0.01)
    )
    assert got["unsafe_clear_rate"]["value"] == pytest.approx(unsafe_clear_rate(gold, pred))
    assert got["ece"]["value"] == pytest.approx(expected_calibration_error(correct, conf))
    assert got["brier"]["value"] == pytest.approx(brier_score_loss(correct, conf))
    assert got["routing_accuracy"]["value"] == pytest.approx(np.mean(correct))


def test_micro_ratio_is_not_a_mean_of_item_ratios() -> None:
    # Item 1: 1 of 1 claim supported; item 2: 1 of 3. Micro = 2/4, the item mean would be 2/3.
    recs = [
        {
            "id": "g1",
            "errored": False,
            "n_claims": 1,
            "n_supported": 1,
            "n_judge_labels": 0,
            "n_judge_agree": 0,
        },
        {
            "id": "g2",
            "errored": False,
            "n_claims": 3,
            "n_supported": 1,
            "n_judge_labels": 0,
            "n_judge_agree": 0,
        },
    ]
    got = summarize("groundedness", recs, n_boot=200)
    assert got["groundedness"]["value"] == pytest.approx(2 / 4)
    assert got["judge_agreement"] == {"value": None, "ci95": None}  # no labels anywhere


def test_undefined_metric_is_none_not_zero() -> None:
    got = summarize("refusal", refusal_records([(True, True), (True, False)]), n_boot=100)
    assert got["must_refuse_rate"]["value"] == pytest.approx(1 / 2)
    assert got["over_refusal_rate"] == {"value": None, "ci95": None}


def test_errored_items_count_as_fail_closed() -> None:
    item = {"id": "rf-x", "must_refuse": False, "reason": "none"}
    recs = [score_item("refusal", item, None)]
    assert summarize("refusal", recs, n_boot=10)["over_refusal_rate"]["value"] == pytest.approx(1.0)


def test_interval_contains_point_and_shrinks_with_n() -> None:
    widths = []
    for n in (100, 1600):
        got = summarize("acuity", acuity_records(n, 3), n_boot=400)
        for key, mv in got.items():
            assert mv["value"] is not None and mv["ci95"] is not None, key
            lo, hi = mv["ci95"]
            assert lo - 1e-6 <= mv["value"] <= hi + 1e-6, key
        lo, hi = _ci(got["routing_accuracy"]["ci95"])
        widths.append(hi - lo)
    # Standard error scales as 1/sqrt(n): 16x the items should give about a quarter of the width.
    assert widths[1] < widths[0] / 2.5


def test_deterministic_for_a_seed_and_independent_of_order() -> None:
    recs = acuity_records(300, 4)
    a = summarize("acuity", recs, n_boot=200, seed=7)
    shuffled = list(recs)
    random.Random(0).shuffle(shuffled)
    assert summarize("acuity", shuffled, n_boot=200, seed=7) == a
    assert summarize("acuity", recs, n_boot=200, seed=8) != a


def test_grouped_and_per_item_resampling_agree_in_distribution() -> None:
    # 2,000 refusal items have 4 distinct rows (grouped draw); acuity items are all distinct.
    pairs = [(i % 2 == 0, i % 3 == 0) for i in range(2000)]
    got = summarize("refusal", refusal_records(pairs), n_boot=2000)
    p = 334 / 1000  # must-refuse items (even i) refused when i % 6 == 0: 334 of 1000
    se = np.sqrt(p * (1 - p) / 1000)
    lo, hi = _ci(got["must_refuse_rate"]["ci95"])
    assert got["must_refuse_rate"]["value"] == pytest.approx(p)
    assert hi - lo == pytest.approx(2 * 1.96 * se, rel=0.15)


def test_duplicate_ids_and_foreign_records_are_rejected() -> None:
    recs = refusal_records([(True, True)])
    with pytest.raises(MetricInputError, match="repeat item ids"):
        summarize("refusal", recs + recs)
    with pytest.raises(MetricInputError, match="score_item"):
        summarize("acuity", recs)
    with pytest.raises(MetricInputError, match="n_boot"):
        summarize("refusal", recs, n_boot=0)


def test_retrieval_lane_keys_only_when_present() -> None:
    item = {"id": "r-1", "relevant": [{"pathway_id": "p", "quote": "x"}]}
    ch = {"chunk_id": "chunk_" + "b" * 12, "pathway_id": "p", "text": "x", "score": 1.0}
    with_lanes = score_item("retrieval", item, {"ranked": [ch], "lanes": {"bm25": [ch]}})
    errored = score_item("retrieval", {**item, "id": "r-2"}, None)
    got = summarize("retrieval", [with_lanes, errored], n_boot=50)
    assert got["bm25_recall_at_5"]["value"] == pytest.approx((1 + 0) / 2)
    assert "dense_recall_at_5" not in got
    assert got["mrr"]["value"] == pytest.approx((1 + 0) / 2)


def test_paired_delta_of_a_cut_with_itself_is_zero() -> None:
    recs = acuity_records(300, 5)
    for metric in REPORT_KEYS["acuity"]:
        d = paired_delta("acuity", metric, recs, list(reversed(recs)), n_boot=200)
        assert d == {"delta": 0.0, "ci95": [0.0, 0.0], "n_shared": 300}


def test_paired_delta_uses_shared_ids_and_detects_a_change() -> None:
    prior = refusal_records([(True, i % 2 == 0) for i in range(200)])  # must_refuse 1/2
    cut = refusal_records([(True, True) for _ in range(150)])  # 150 shared, all refused now
    d = paired_delta("refusal", "must_refuse_rate", prior, cut, n_boot=500)
    assert d["n_shared"] == 150
    assert d["delta"] == pytest.approx(1.0 - 75 / 150)
    assert d["ci95"] is not None and d["ci95"][0] > 0
    nothing = paired_delta("refusal", "must_refuse_rate", prior, refusal_records([]))
    assert nothing == {"delta": None, "ci95": None, "n_shared": 0}
    with pytest.raises(MetricInputError, match="unknown refusal metric"):
        paired_delta("refusal", "ece", prior, cut)


def test_paired_interval_is_narrower_than_unpaired() -> None:
    # The cut fixes 10 of the prior's 500 errors; item difficulty is shared, so pairing helps.
    base = acuity_records(500, 6, skill=0.6)
    fixed = [dict(r) for r in base]
    wrong = [r for r in fixed if not r["routing_correct"]][:10]
    for r in wrong:
        r["pred_routing"] = r["gold_routing"]
        r["routing_correct"] = True
    d = paired_delta("acuity", "routing_accuracy", base, fixed, n_boot=500)
    assert d["delta"] == pytest.approx(10 / 500)
    lo, hi = _ci(d["ci95"])
    s = _ci(summarize("acuity", base, n_boot=500)["routing_accuracy"]["ci95"])
    assert hi - lo < (s[1] - s[0]) / 3


def test_grouped_resampling_gives_the_same_point_values() -> None:
    # 40 distinct items are drawn per item; the same items repeated 25 times (1,000 records,
    # 40 distinct rows) are drawn per group. Ratio metrics do not change under replication.
    base = acuity_records(40, 9)
    copies = [{**r, "id": f"{r['id']}-{k:02d}"} for r in base for k in range(25)]
    once = summarize("acuity", base, n_boot=50)
    many = summarize("acuity", copies, n_boot=400)
    for key in REPORT_KEYS["acuity"]:
        assert many[key]["value"] == pytest.approx(once[key]["value"]), key
        lo, hi = _ci(many[key]["ci95"])
        lo1, hi1 = _ci(once[key]["ci95"])
        assert hi - lo <= hi1 - lo1 + 1e-9, key  # 25x the items: no wider
