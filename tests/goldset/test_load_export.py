"""load_goldset for the runner, `goldset stats` and `goldset export` in all three formats."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from harness.errors import InputError, VerificationError
from harness.goldset import load_goldset, verify_goldset


def test_load_signed_seed(seed_copy: Path) -> None:
    gs = load_goldset(seed_copy)
    assert gs.signed and gs.head == verify_goldset(seed_copy).head
    assert {i.category for i in gs.items} == {
        "acuity",
        "phi",
        "retrieval",
        "groundedness",
        "refusal",
        "irae",
    }
    only = load_goldset(seed_copy, categories=["irae"])
    assert [i.id for i in only.items] == ["irae-0001", "irae-0002", "irae-0003"]
    with pytest.raises(InputError, match="unknown category vitals"):
        load_goldset(seed_copy, categories=["vitals"])


def test_load_tampered_needs_allow_unsigned(seed_copy: Path) -> None:
    path = seed_copy / "phi" / "0001-seed.jsonl"
    item = json.loads(path.read_text().splitlines()[0])
    with pytest.raises(VerificationError, match=r"phi/0001-seed.jsonl:\d"):
        (seed_copy / "MANIFEST.jsonl").unlink()
        load_goldset(seed_copy)
    gs = load_goldset(seed_copy, allow_unsigned=True)
    assert not gs.signed and gs.head is None
    assert item["id"] in [i.id for i in gs.items]


def test_load_unsigned_folder_reports_malformed_line(tmp_path: Path, seed_copy: Path) -> None:
    folder = tmp_path / "plain"
    (folder / "phi").mkdir(parents=True)
    shutil.copy(seed_copy / "phi" / "0001-seed.jsonl", folder / "phi" / "mine.jsonl")
    assert len(load_goldset(folder, allow_unsigned=True).items) == 3
    with (folder / "phi" / "mine.jsonl").open("a") as fh:
        fh.write(
            '{"id": "phi-x9", "category": "phi", "added": "2026-01-01", "source": "s", '
            '"text": "Ann", "spans": [{"start": 0, "end": 2, "label": "name"}]}\n'
        )
    with pytest.raises(InputError, match=r"plain/phi/mine.jsonl:4: field spans\.0\.label"):
        load_goldset(folder, allow_unsigned=True)


def test_stats_table(seed_copy: Path, cli) -> None:
    res = cli("goldset", "stats", "--goldsets", seed_copy)
    assert res.code == 0, res.text
    assert "│ acuity │ 3 │ 1 │ demo-clinical-lead │" in " ".join(res.out.split()).replace("  ", " ")
    assert f"chain head: {verify_goldset(seed_copy).head}" in res.text
    assert "status: verifies" in res.text


def test_export_jsonl_and_parquet(seed_copy: Path, tmp_path: Path, cli) -> None:
    import pandas as pd

    res = cli(
        "goldset",
        "export",
        "--format",
        "jsonl",
        "--out",
        tmp_path / "g.jsonl",
        "--goldsets",
        seed_copy,
    )
    assert res.code == 0, res.text
    rows = [json.loads(x) for x in (tmp_path / "g.jsonl").read_text().splitlines()]
    assert len(rows) == 17
    assert json.loads(rows[0]["item_json"])["id"] == rows[0]["id"] == "acuity-0001"
    res = cli(
        "goldset",
        "export",
        "--format",
        "parquet",
        "--out",
        tmp_path / "g.parquet",
        "--goldsets",
        seed_copy,
    )
    assert res.code == 0, res.text
    df = pd.read_parquet(tmp_path / "g.parquet")
    assert df["category"].value_counts().to_dict()["groundedness"] == 2
    assert cli("goldset", "export", "--format", "csv", "--goldsets", seed_copy).code == 2


def test_export_hf_offline(seed_copy: Path, tmp_path: Path, cli, monkeypatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    from datasets import load_from_disk

    res = cli(
        "goldset", "export", "--format", "hf", "--out", tmp_path / "hf", "--goldsets", seed_copy
    )
    assert res.code == 0, res.text
    dd = load_from_disk(str(tmp_path / "hf"))
    assert sorted(dd.keys()) == sorted(
        ["acuity", "phi", "retrieval", "groundedness", "refusal", "irae"]
    )
    assert dd["phi"].num_rows == 3
    assert dd["irae"][0]["id"] == "irae-0001"
    head = (tmp_path / "hf" / "GOLDSET_HEAD").read_text().strip()
    assert head == verify_goldset(seed_copy).head
