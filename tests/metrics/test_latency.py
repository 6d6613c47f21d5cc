"""Latency percentiles per stage."""

from __future__ import annotations

import pytest

from harness.metrics import MetricInputError, latency_summary


def test_latency_summary_by_hand() -> None:
    got = latency_summary({"retrieve": [10.0, 20.0, 30.0, 40.0, 50.0], "decide": []})
    # linear interpolation: p50 is the middle value; p95 sits 0.95 * 4 = 3.8 steps in: 40 + 0.8*10
    assert got["retrieve"]["p50"] == pytest.approx(30.0)
    assert got["retrieve"]["p95"] == pytest.approx(40.0 + 0.8 * 10.0)
    assert got["decide"] == {"p50": None, "p95": None}
    assert list(got) == ["decide", "retrieve"]


def test_latency_rejects_negative_values() -> None:
    with pytest.raises(MetricInputError, match="negative"):
        latency_summary({"x": [1.0, -2.0]})
