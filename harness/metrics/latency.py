"""Latency percentiles per pipeline stage for the cut report (`latency_ms.<stage>.{p50, p95}`).

Percentiles use numpy's default linear interpolation; a stage with no samples reports None.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from harness.metrics._validate import MetricInputError, as_float


def latency_summary(
    values_by_stage: Mapping[str, Sequence[float]],
) -> dict[str, dict[str, float | None]]:
    """{stage: {"p50", "p95"}} in the unit given (milliseconds in the report), stages sorted."""
    out: dict[str, dict[str, float | None]] = {}
    for stage in sorted(values_by_stage):
        v = as_float(list(values_by_stage[stage]), f"latency of stage {stage!r}")
        if (v < 0).any():
            raise MetricInputError(
                f"latency of stage {stage!r} has negative values {v[v < 0][:3].tolist()}; "
                "measure with a monotonic clock (time.perf_counter)"
            )
        if v.size == 0:
            out[stage] = {"p50": None, "p95": None}
        else:
            p50, p95 = np.percentile(v, [50, 95])
            out[stage] = {"p50": float(p50), "p95": float(p95)}
    return out


__all__ = ["latency_summary"]
