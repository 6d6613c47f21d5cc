"""Shared fixtures for the irAE tests.

One trained local pipeline per session (training takes a few seconds).
"""

from __future__ import annotations

import datetime as dt

import pytest

from harness.contract import IraeItem, IraeNote, PipelineConfig
from pipelines.irae import IraePipeline, create


@pytest.fixture(scope="session")
def local_pipeline() -> IraePipeline:
    return create(PipelineConfig(provider="local"))


def make_item(*texts: str) -> IraeItem:
    notes = [
        IraeNote(note_id=f"n{i + 1}", date=dt.date(2024, 3, i + 1), type="progress note", text=t)
        for i, t in enumerate(texts)
    ]
    return IraeItem(
        id="test-item-001",
        category="irae",
        added=dt.date(2024, 3, 1),
        source="unit test",
        notes=notes,
        immunotherapy=[],
        gold_irae=False,
        gold_events=[],
    )
