"""score_item per category: worked records, fail-closed scoring of errored items, bad inputs."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from harness.metrics import MetricInputError, score_item

CHUNK_A = "chunk_" + "a" * 12


def decision(
    routing: str, band: str, conf: float, refused: bool = False, claims: int = 1
) -> dict[str, Any]:
    return {
        "routing": routing,
        "acuity_band": band,
        "confidence": conf,
        "refused": refused,
        "rationale": [
            {"claim": f"c{i}", "evidence_id": CHUNK_A, "pathway_id": "p"} for i in range(claims)
        ],
    }


def test_acuity_record() -> None:
    item = {"id": "ac-1", "category": "acuity", "gold_routing": "queue", "gold_acuity": "2-routine"}
    rec = score_item("acuity", item, {"decision": decision("clear", "1-self-care", 0.7)})
    assert rec["id"] == "ac-1" and rec["errored"] is False
    assert rec["routing_correct"] is False and rec["band_correct"] is False
    assert rec["unsafe_clear"] is True and rec["confidence"] == pytest.approx(0.7)
    json.dumps(rec)


def test_acuity_errored_is_fail_closed() -> None:
    item = {"id": "ac-2", "gold_routing": "queue", "gold_acuity": "2-routine"}
    rec = score_item("acuity", item, None)
    assert rec["errored"] is True
    assert (rec["pred_routing"], rec["pred_band"], rec["confidence"], rec["refused"]) == (
        "queue",
        None,
        0.0,
        True,
    )
    assert rec["band_correct"] is False


def test_phi_record_and_error() -> None:
    item = {
        "id": "phi-1",
        "text": "Ann Lee, MRN 1234567",
        "spans": [
            {"start": 0, "end": 7, "label": "NAME"},
            {"start": 13, "end": 20, "label": "MRN"},
        ],
    }
    pred = {"spans": [{"start": 0, "end": 3, "label": "NAME"}], "roundtrip_ok": True}
    rec = score_item("phi", item, pred)
    # tokens: Ann Lee MRN 1234567; gold: Ann Lee 1234567 (3); pred: Ann (1)
    assert (rec["n_tokens"], rec["gold_tokens"], rec["pred_tokens"], rec["tp_tokens"]) == (
        4,
        3,
        1,
        1,
    )
    # (0,3) vs (0,7): IoU 3/7 < 0.5 -> no span match
    assert (rec["gold_spans"], rec["pred_spans"], rec["matched_spans"]) == (2, 1, 0)
    err = score_item("phi", item, None)
    assert (err["pred_tokens"], err["pred_spans"], err["roundtrip_ok"], err["errored"]) == (
        0,
        0,
        False,
        True,
    )


def chunk(pathway: str, text: str) -> dict[str, Any]:
    return {"chunk_id": CHUNK_A, "pathway_id": pathway, "text": text, "score": 1.0}


def test_retrieval_record_by_hand() -> None:
    item = {
        "id": "r-1",
        "query": "q",
        "relevant": [
            {"pathway_id": "fever", "quote": "Call  the clinic"},
            {"pathway_id": "fever", "quote": "temperature above 38"},
        ],
    }
    ranked = [
        chunk("rash", "call the clinic"),  # right quote, wrong pathway
        chunk("fever", "If so, CALL the\nclinic today."),  # matches entry 0
        chunk("fever", "call the clinic again"),  # entry 0 again: no new gain
        chunk("fever", "a temperature above 38 C"),  # matches entry 1
    ]
    rec = score_item("retrieval", item, {"ranked": ranked, "lanes": {"bm25": ranked[:1]}})
    assert rec["recall_at_1"] == pytest.approx(0 / 2)
    assert rec["recall_at_5"] == pytest.approx(2 / 2)
    assert rec["rr"] == pytest.approx(1 / 2)
    idcg = 1 + 1 / math.log2(3)
    assert rec["ndcg_at_10"] == pytest.approx((1 / math.log2(3) + 1 / math.log2(5)) / idcg)
    assert rec["lane_recall_at_5"] == {"bm25": 0.0}
    err = score_item("retrieval", item, None)
    assert (err["recall_at_5"], err["rr"], err["ndcg_at_10"], err["errored"]) == (0, 0, 0, True)


def test_groundedness_record_and_error() -> None:
    labels = [
        {"claim": "a", "evidence": "e", "supported": True},
        {"claim": "b", "evidence": "e", "supported": False},
    ]
    item = {"id": "g-1", "message": "m", "chart": {}, "judge_labels": labels}
    pred = {
        "decision": decision("queue", "2-routine", 0.5, claims=3),
        "claims_supported": [True, False, True],
        "judge_on_labels": [True, True],
    }
    rec = score_item("groundedness", item, pred)
    assert (rec["n_claims"], rec["n_supported"], rec["n_judge_labels"], rec["n_judge_agree"]) == (
        3,
        2,
        2,
        1,
    )
    err = score_item("groundedness", item, None)
    assert (err["n_claims"], err["n_supported"], err["n_judge_labels"], err["n_judge_agree"]) == (
        1,
        0,
        2,
        0,
    )
    with pytest.raises(MetricInputError, match="judge must rate every claim"):
        score_item("groundedness", item, {**pred, "claims_supported": [True]})


def test_refusal_record_and_error() -> None:
    item = {"id": "rf-1", "must_refuse": False, "reason": "none"}
    ok = score_item("refusal", item, {"decision": decision("queue", "2-routine", 0.5)})
    assert ok["refused"] is False
    assert score_item("refusal", item, None)["refused"] is True


def test_irae_record_by_hand() -> None:
    item = {
        "id": "ir-1",
        "gold_irae": True,
        "gold_events": [
            {"ctcae_term": "Colitis", "grade": 2, "quote": "q"},
            {"ctcae_term": "Hepatitis", "grade": 3, "quote": "q"},
            {"ctcae_term": "Rash maculo-papular", "grade": 1, "quote": "q"},
        ],
    }
    events = [
        {"ctcae_term": " colitis ", "grade": 3, "quote": "q", "note_id": "n"},
        {"ctcae_term": "HEPATITIS", "grade": 3, "quote": "q", "note_id": "n"},
        {"ctcae_term": "Pneumonitis", "grade": 2, "quote": "q", "note_id": "n"},
    ]
    rec = score_item("irae", item, {"irae": True, "events": events})
    assert (rec["gold_events"], rec["pred_events"], rec["matched_events"]) == (3, 3, 2)
    assert (rec["grade_exact"], rec["grade_within_one"]) == (1, 2)
    err = score_item("irae", item, None)
    assert (err["pred_irae"], err["pred_events"], err["matched_events"]) == (False, 0, 0)


def test_irae_duplicate_prediction_cannot_hide_correct_grade() -> None:
    item = {
        "id": "ir-2",
        "gold_irae": True,
        "gold_events": [{"ctcae_term": "Colitis", "grade": 2, "quote": "q"}],
    }
    events = [{"ctcae_term": "Colitis", "grade": g, "quote": "q", "note_id": "n"} for g in (4, 2)]
    rec = score_item("irae", item, {"irae": True, "events": events})
    assert (rec["matched_events"], rec["grade_exact"]) == (1, 1)


def test_irae_events_with_another_attribution_are_not_irae_events() -> None:
    # the model lists "Diarrhea" as caused by C. difficile: that is not a predicted irAE, so it
    # neither matches the gold immune colitis nor counts against precision
    item = {
        "id": "ir-3",
        "gold_irae": True,
        "gold_events": [{"ctcae_term": "Colitis", "grade": 2, "quote": "q"}],
    }
    events = [
        {"ctcae_term": "Colitis", "grade": 2, "quote": "q", "note_id": "n"},
        {
            "ctcae_term": "Diarrhea",
            "grade": 3,
            "quote": "q",
            "note_id": "n",
            "attribution": "other",
        },
        {"ctcae_term": "Colitis", "grade": 4, "quote": "q", "note_id": "n", "attribution": "chemo"},
    ]
    rec = score_item("irae", item, {"irae": True, "events": events})
    assert (rec["gold_events"], rec["pred_events"], rec["matched_events"]) == (1, 1, 1)
    assert rec["grade_exact"] == 1
    negative = {"id": "ir-4", "gold_irae": False, "gold_events": []}
    only_other = score_item("irae", negative, {"irae": False, "events": events[1:]})
    assert (only_other["pred_events"], only_other["matched_events"]) == (0, 0)


def test_bad_inputs_name_the_item_and_field() -> None:
    with pytest.raises(MetricInputError, match="unknown category"):
        score_item("vision", {"id": "x"}, None)
    with pytest.raises(MetricInputError, match=r"acuity item 'a-9'.*'gold_routing'"):
        score_item("acuity", {"id": "a-9"}, None)
    with pytest.raises(MetricInputError, match="confidence"):
        score_item(
            "acuity",
            {"id": "a-9", "gold_routing": "clear", "gold_acuity": "1-self-care"},
            {"decision": decision("clear", "1-self-care", 1.5)},
        )
    with pytest.raises(MetricInputError, match="not 'phi'"):
        score_item("phi", {"id": "a-1", "category": "acuity"}, None)
