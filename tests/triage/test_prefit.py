"""prefit runs every chain to the end, in separate processes when asked, and a bad input in any
chain is exit 2 with its message, not a traceback."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from harness.errors import InputError
from pipelines.triage import prefit


def _mark(folder: Path, name: str) -> None:
    (folder / name).write_text(str(os.getpid()), encoding="utf-8")


def _bad_input() -> None:
    raise InputError("data/example.jsonl:3: needs 'message'; fix the line")


def test_serial_chains_run_in_order_in_this_process(tmp_path: Path) -> None:
    order: list[str] = []
    took = prefit.run([lambda: order.append("a"), lambda: order.append("b")], jobs=1)
    assert order == ["a", "b"]
    assert len(took) == 2 and all(t >= 0 for t in took)


def test_parallel_chains_each_run_in_a_process_of_their_own(tmp_path: Path) -> None:
    chains = [functools.partial(_mark, tmp_path, name) for name in ("a", "b")]
    prefit.run(chains, jobs=2)
    pids = {(tmp_path / name).read_text(encoding="utf-8") for name in ("a", "b")}
    assert len(pids) == 2 and str(os.getpid()) not in pids


def test_an_error_in_a_parallel_chain_reaches_the_caller_after_the_other_finishes(
    tmp_path: Path,
) -> None:
    with pytest.raises(InputError, match=r"example\.jsonl:3"):
        prefit.run([_bad_input, functools.partial(_mark, tmp_path, "done")], jobs=2)
    assert (tmp_path / "done").is_file()


def test_bad_input_is_exit_2_with_its_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(prefit, "CHAINS", (_bad_input,))
    assert prefit.main(["--jobs", "1"]) == 2
    assert "example.jsonl:3: needs 'message'" in capsys.readouterr().err


def test_jobs_below_one_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        prefit.main(["--jobs", "0"])
    assert exc.value.code == 2


def test_the_chains_cover_every_model_the_pipeline_fits_at_build() -> None:
    # every loader TriagePipeline.__init__ calls for a cached model is in a chain
    import inspect

    from pipelines.triage import pipeline

    build = inspect.getsource(pipeline.TriagePipeline.__init__)
    chains = inspect.getsource(prefit)
    for loader in (
        "policy_model.load()",
        "implicit_emergency_model.load()",
        "death_wish_model.load()",
        "suicide_plan_model.load()",
        "Retriever.from_corpus(",
        "train(",
    ):
        assert loader in build and loader in chains, loader
