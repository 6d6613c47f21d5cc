"""Pipeline contract (name, version, categories, trace) and the batch command's output."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from harness.contract import Pipeline, PipelineConfig
from pipelines.irae import IraePipeline, create
from pipelines.irae.batch import main as batch_main
from tests.irae.conftest import make_item

POS = "On Opdivo since 2024-02-01. Now 5 watery stools per day, immune-mediated diarrhea."
NEG = "On Opdivo since 2024-02-01. Denies diarrhea. Counseled on signs of colitis."


def test_contract_shape(local_pipeline: IraePipeline) -> None:
    assert isinstance(local_pipeline, Pipeline)
    assert local_pipeline.name == "irae"
    assert local_pipeline.categories == frozenset({"irae"})
    assert len(local_pipeline.version) == 16
    assert create(PipelineConfig(provider="local")).version == local_pipeline.version
    trace = local_pipeline.predict(make_item(POS)).trace
    assert set(trace.stages_ms) == {"extract", "predict"}
    assert trace.detail["exposures"][0]["agent"] == "nivolumab"
    assert "watery" not in json.dumps(trace.detail)  # no note text in the trace


def test_thread_safe_same_answers(local_pipeline: IraePipeline) -> None:
    items = [make_item(POS if i % 2 else NEG) for i in range(16)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        outs = list(pool.map(lambda it: local_pipeline.predict(it).output.irae, items))  # type: ignore[attr-defined]
    assert outs == [bool(i % 2) for i in range(16)]


def test_batch_writes_evidence_links(tmp_path: Path, local_pipeline: IraePipeline) -> None:
    src = tmp_path / "notes.jsonl"
    src.write_text(
        json.dumps(
            {"patient_id": "p1", "note_id": "a", "date": "2024-03-01", "type": "onc", "text": POS}
        )
        + "\n"
        + json.dumps(
            {
                "patient_id": "p2",
                "notes": [{"note_id": "b", "date": "2024-03-02", "type": "onc", "text": NEG}],
            }
        )
        + "\n"
    )
    out = tmp_path / "out" / "results.jsonl"
    assert batch_main(["--notes", str(src), "--out", str(out)]) == 0
    rows = {r["patient_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert (rows["p1"]["irae"], rows["p2"]["irae"]) == (True, False)
    ev = rows["p1"]["events"][0]
    assert POS[ev["start"] : ev["end"]] == ev["quote"]
    assert (ev["note_id"], ev["ctcae_term"], ev["grade"]) == ("a", "Diarrhea", 2)
    assert [p.name for p in out.parent.iterdir()] == ["results.jsonl"]  # no temp file left


def test_batch_bad_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"patient_id": "p1", "note_id": "a", "text": "x"}\n')
    out = tmp_path / "r.jsonl"
    assert batch_main(["--notes", str(bad), "--out", str(out)]) == 2
    assert not out.exists()
