"""The dev and held-out pre-gate layouts load as goldsets the harness can run."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.contract import parse_item
from pipelines.jsonl import read_objects
from pipelines.triage.dev import build_dev_goldset


@pytest.mark.parametrize("layout", sorted(build_dev_goldset.LAYOUTS))
def test_each_layout_writes_every_category_as_valid_items(layout: str, tmp_path: Path) -> None:
    out = build_dev_goldset.build(layout, tmp_path)
    for category, names in build_dev_goldset.LAYOUTS[layout].items():
        files = list((out / category).glob("*.jsonl"))
        assert len(files) == 1
        rows = read_objects(files[0], what=category)
        expected = sum(len(read_objects(build_dev_goldset.DEV / n, what=category)) for n in names)
        assert len(rows) == expected > 0
        for where, row in rows:
            assert parse_item(row).category == category, where
