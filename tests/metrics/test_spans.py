"""PHI tokenisation, token flags, span IoU matching and span F1, on tiny worked examples."""

from __future__ import annotations

import pytest

from harness.metrics import (
    MetricInputError,
    UndefinedMetricError,
    match_spans,
    phi_token_precision_score,
    phi_token_recall_score,
    span_f1_score,
    span_iou,
    token_phi_flags,
    tokenize,
)

TEXT = "Call Ann Lee at ann@x.org"
#       0    5   9  12 15  19 21   (tokens: Call, Ann, Lee, at, ann, x, org)


def test_tokenize_drops_symbols() -> None:
    assert [TEXT[a:b] for a, b in tokenize(TEXT)] == ["Call", "Ann", "Lee", "at", "ann", "x", "org"]


def test_token_flags_use_overlap() -> None:
    # Span (6, 10) covers "nn L": it overlaps both Ann and Lee.
    assert token_phi_flags(TEXT, [(6, 10)]).tolist() == [
        False,
        True,
        True,
        False,
        False,
        False,
        False,
    ]
    assert token_phi_flags(TEXT, [{"start": 16, "end": 25, "label": "EMAIL"}]).sum() == 3


def test_token_recall_and_precision_micro() -> None:
    texts = [TEXT, "MRN 1234567"]
    gold = [[(5, 12), (16, 25)], [(4, 11)]]  # Ann Lee + email (3 tokens) ; 1234567
    pred = [[(5, 8), (0, 4)], []]  # Ann, and a false positive on Call
    # gold tokens: 2 + 3 + 1 = 6; predicted: Ann, Call = 2; true positives: Ann = 1
    assert phi_token_recall_score(texts, gold, pred) == pytest.approx(1 / 6)
    assert phi_token_precision_score(texts, gold, pred) == pytest.approx(1 / 2)


def test_span_iou_and_greedy_matching() -> None:
    assert span_iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert span_iou((0, 10), (0, 10)) == pytest.approx(1.0)
    # gold (0,10) vs pred (0,8): IoU 0.8; vs pred (2,10): IoU 0.8; only one may match.
    assert match_spans([(0, 10)], [(0, 8), (2, 10)]) == 1
    # IoU exactly 0.5 counts.
    assert match_spans([(0, 10)], [(0, 5)]) == 1
    assert match_spans([(0, 10)], [(0, 4)]) == 0


def test_span_f1_micro_by_hand() -> None:
    gold = [[(0, 10), (20, 30)], [(5, 9)]]
    pred = [[(0, 9)], [(5, 9), (12, 14)]]
    # matched: (0,10)~(0,9) IoU 0.9, (5,9)=(5,9) -> 2; gold 3, predicted 3
    assert span_f1_score(gold, pred) == pytest.approx(2 * 2 / (3 + 3))
    with pytest.raises(UndefinedMetricError):
        span_f1_score([[]], [[]])
    assert span_f1_score([[]], [[]], zero_division=1.0) == 1.0


def test_span_input_errors() -> None:
    with pytest.raises(MetricInputError, match="start < end"):
        span_f1_score([[(5, 5)]], [[]])
    with pytest.raises(MetricInputError, match="one list of spans per document"):
        span_f1_score([[]], [])
