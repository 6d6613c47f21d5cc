"""The pipelines' JSONL reader and atomic writer: a round trip, errors naming path:line, and a
failed write that leaves the old file whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.errors import InputError
from pipelines.jsonl import read_objects, write_objects


def test_round_trip_keeps_non_ascii_text(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    rows: list[dict[str, Any]] = [
        {"id": "a", "message": "fièvre depuis lundi"},
        {"id": "b", "n": 2},
    ]
    write_objects(path, rows)
    assert "fièvre" in path.read_text(encoding="utf-8")
    assert [row for _, row in read_objects(path, what="rows")] == rows
    assert [where for where, _ in read_objects(path, what="rows")] == [f"{path}:1", f"{path}:2"]


def test_a_failed_write_leaves_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    write_objects(path, [{"id": "old"}])

    def rows() -> Iterator[dict[str, Any]]:
        yield {"id": "new"}
        raise RuntimeError("generator failed half way")

    with pytest.raises(RuntimeError):
        write_objects(path, rows())
    assert [row for _, row in read_objects(path, what="rows")] == [{"id": "old"}]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.jsonl"]


def test_bad_line_names_path_and_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": "a"}\n\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError, match=rf"{path.name}:3: expected a JSON object"):
        read_objects(path, what="rows")
