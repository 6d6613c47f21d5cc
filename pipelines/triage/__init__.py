"""The triage pipeline: chart slice, PHI redaction, retrieval, rerank, decision, policy.

`create(config)` builds the pipeline the harness loads by the short name `triage`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from harness.contract import PipelineConfig
    from pipelines.triage.pipeline import TriagePipeline


def create(config: PipelineConfig | None = None) -> TriagePipeline:
    from pipelines.triage.pipeline import create as _create

    return _create(config)


__all__ = ["create"]
