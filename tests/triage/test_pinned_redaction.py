"""The triage model learns from pinned redacted text: every pool message is pinned, a change to
the redactor does not retrain the model, and with nothing pinned it still does."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from harness.errors import InputError
from pipelines.triage import phi_tagger, training


def test_every_pool_message_is_pinned() -> None:
    pinned = training.pinned_redactions()
    rows, _ = training.pool_rows()
    missing = [r["message"][:60] for r in rows if training.message_key(r["message"]) not in pinned]
    assert not missing, f"re-pin with `python -m pipelines.triage.training --pin`: {missing[:3]}"


def test_pinned_text_is_redacted_text() -> None:
    pinned = training.pinned_redactions()
    with_tokens = [t for t in pinned.values() if re.search(r"<[A-Z]+_\d+>", t)]
    # many pool messages name people and dates: a pin of raw text would hold no tokens
    assert len(with_tokens) >= 50


def test_a_redactor_change_does_not_retrain_a_pinned_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    retriever: object = SimpleNamespace(version="r1")
    before = training.data_key(retriever)  # type: ignore[arg-type]
    monkeypatch.setattr(phi_tagger, "model_key", lambda: "another tagger")
    assert training.data_key(retriever) == before  # type: ignore[arg-type]

    # with nothing pinned the live redactor's text is learned, so its tagger counts
    monkeypatch.setattr(training, "PINNED_REDACTION_FILE", tmp_path / "none.jsonl")
    unpinned = training.data_key(retriever)  # type: ignore[arg-type]
    monkeypatch.setattr(phi_tagger, "model_key", lambda: "a third tagger")
    assert training.data_key(retriever) != unpinned  # type: ignore[arg-type]


def test_a_malformed_pin_names_the_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bad = tmp_path / "pin.jsonl"
    bad.write_text('{"sha256": "ab", "redacted": "x"}\n{"sha256": "cd"}\n')
    with pytest.raises(InputError, match=r"pin\.jsonl:2.*re-pin"):
        training.pinned_redactions(bad)
