"""Pipeline loading: short names, import paths, and errors that exit 2 listing valid names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from harness.contract import PipelineConfig
from harness.errors import InputError
from harness.runner import SHORT_NAMES, load_pipeline, resolve_spec


def _cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    from harness.cli import main

    monkeypatch.setattr(sys, "argv", ["harness", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    return int(exc.value.code or 0)


@pytest.mark.parametrize(
    "spec",
    ["nonsense", "no_such_module_xyz:create", "tests.pipelines.echo:missing", "a:"],
)
def test_bad_pipeline_exits_2_listing_names(
    spec: str,
    goldset: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = _cli(
        monkeypatch,
        "run",
        "--pipeline",
        spec,
        "--goldsets",
        str(goldset),
        "--allow-unsigned",
        "--out",
        str(tmp_path / "cuts"),
        "--quiet",
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "valid names: triage, irae, all" in " ".join(err.split())
    assert not (tmp_path / "cuts").exists()


def test_not_a_pipeline_is_named() -> None:
    with pytest.raises(InputError, match="not a Pipeline: it lacks name"):
        load_pipeline("tests.pipelines.echo:NOT_A_PIPELINE", PipelineConfig())


def test_short_names_and_attribute_forms() -> None:
    assert resolve_spec("all") == SHORT_NAMES["triage"] + SHORT_NAMES["irae"]
    assert resolve_spec("triage") == ("pipelines.triage:create",)
    instance = load_pipeline("tests.pipelines.echo:PIPELINE", PipelineConfig())
    assert instance.name == "echo"
    built = load_pipeline("tests.pipelines.echo:create", PipelineConfig(options={"fault": "crash"}))
    assert built.name == "echo" and built.version != instance.version
    from_class = load_pipeline("tests.pipelines.echo:EchoPipeline", PipelineConfig())
    assert not isinstance(from_class, type)


def test_unknown_category_and_empty_goldset_exit_2(
    goldset: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = [
        "run",
        "--pipeline",
        "tests.pipelines.echo:create",
        "--allow-unsigned",
        "--out",
        str(tmp_path / "cuts"),
        "--quiet",
    ]
    assert _cli(monkeypatch, *base, "--goldsets", str(goldset), "--categories", "acuity,bogus") == 2
    assert "unknown bogus" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _cli(monkeypatch, *base, "--goldsets", str(empty)) == 2
    assert "no items" in capsys.readouterr().err
    assert _cli(monkeypatch, *base, "--goldsets", str(goldset), "--set", "novalue") == 2
