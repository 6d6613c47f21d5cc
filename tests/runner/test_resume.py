"""The journal survives `kill -9`: a resumed run finishes with no item lost or duplicated."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.errors import InputError
from tests.runner.conftest import RunFn, comparable, metric_values, report, results

REPO = Path(__file__).resolve().parents[2]


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_sigkill_midway_then_resume_matches_uninterrupted(
    run: RunFn, goldset: Path, tmp_path: Path
) -> None:
    out = tmp_path / "cuts"
    cmd = [
        sys.executable,
        "-m",
        "harness.cli",
        "run",
        "--pipeline",
        "tests.pipelines.echo:create",
        "--goldsets",
        str(goldset),
        "--allow-unsigned",
        "--out",
        str(out),
        "--cut-id",
        "killed",
        "--concurrency",
        "2",
        "--set",
        "sleep_ms=60",
        "--set",
        "wrong_ids=acuity-0001,phi-0002",
        "--quiet",
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    journal = out / "killed" / "results.jsonl"
    deadline = time.monotonic() + 30
    while _lines(journal) < 8 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = _lines(journal)
    assert 8 <= done_before < 25, proc.stderr.read().decode() if proc.stderr else ""
    assert not (out / "killed" / "report.json").exists()

    resumed = run(resume="killed", pipeline="ignored", options={})
    rows = results(resumed)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 25
    traces = [json.loads(x) for x in (resumed / "traces.jsonl").read_text().splitlines()]
    assert sorted(t["id"] for t in traces) == sorted(ids)
    assert report(resumed)["run"]["resumed_items"] == done_before

    whole = run(options={"sleep_ms": 60, "wrong_ids": "acuity-0001,phi-0002"}, concurrency=8)
    assert comparable(resumed) == comparable(whole)
    assert metric_values(resumed) == metric_values(whole)
    assert report(resumed)["pipeline"] == report(whole)["pipeline"]


def test_torn_last_line_is_redone(run: RunFn) -> None:
    cut = run(cut_id="torn", categories=["phi"])
    journal = cut / "results.jsonl"
    lines = journal.read_text().splitlines(keepends=True)
    # Drop the last two results; leave half of one as a torn write.
    journal.write_text("".join(lines[:2]) + lines[2][: len(lines[2]) // 2])
    (cut / "report.json").unlink()
    resumed = run(resume="torn")
    assert sorted(r["id"] for r in results(resumed)) == [f"phi-{i:04d}" for i in range(4)]
    assert report(resumed)["run"]["items_this_session"] == 2


def test_resume_refuses_changed_goldset(run: RunFn, goldset: Path) -> None:
    run(cut_id="c1", categories=["phi"])
    batch = goldset / "phi" / "0001-test.jsonl"
    first, *rest = batch.read_text().splitlines()
    item = json.loads(first)
    item["text"] = item["text"].replace("review", "a check")
    batch.write_text("\n".join([json.dumps(item), *rest]) + "\n")
    with pytest.raises(InputError, match="goldset changed"):
        run(resume="c1")


def test_resume_refuses_changed_pipeline(run: RunFn, monkeypatch: pytest.MonkeyPatch) -> None:
    run(cut_id="c2", categories=["phi"])
    monkeypatch.setenv("ECHO_PIPELINE_VERSION", "2")
    with pytest.raises(InputError, match="pipeline changed"):
        run(resume="c2")


def test_resume_needs_a_run_file(run: RunFn) -> None:
    with pytest.raises(InputError, match=r"run\.json does not exist"):
        run(resume="nope")


def test_new_run_refuses_existing_cut(run: RunFn) -> None:
    run(cut_id="same", categories=["phi"])
    with pytest.raises(InputError, match="--resume same"):
        run(cut_id="same", categories=["phi"])
