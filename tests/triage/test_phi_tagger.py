"""The learned PHI tagger: deterministic training from shipped files, a disk cache, spans that
the redactor unions with its rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipelines.triage import phi_tagger
from pipelines.triage.redact import Redactor


def _item(marked: list[tuple[str, str | None]]) -> dict[str, Any]:
    """Build an item from (piece, label) parts: a label marks the piece as a span."""
    text, spans = "", []
    for piece, label in marked:
        if label:
            spans.append({"start": len(text), "end": len(text) + len(piece), "label": label})
        text += piece
    return {"text": text, "spans": spans}


_TOY = [
    _item([("my neighbour ", None), ("Zorbeth", "NAME"), (" fell today", None)]),
    _item([("my neighbour ", None), ("Quillan", "NAME"), (" has a cough", None)]),
    _item([("my neighbour ", None), ("Ravendel", "NAME"), (" needs a refill", None)]),
    _item([("the cough is worse today", None)]),
    _item([("my neighbour is kind and has a cough", None)]),
] * 3


def test_training_is_deterministic_and_learns_the_cue(tmp_path: Path) -> None:
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    phi_tagger.fit(_TOY, a)
    phi_tagger.fit(_TOY, b)
    assert a.read_bytes() == b.read_bytes()
    tagger = phi_tagger.Tagger(a, threshold=0.5)
    spans = tagger.spans("my neighbour Tamsorel fell again")
    text = "my neighbour Tamsorel fell again"
    assert [text[s.start : s.end] for s in spans] == ["Tamsorel"]
    assert spans[0].label == "NAME"
    assert tagger.spans("the cough is worse") == []


def test_labels_follow_span_overlap() -> None:
    item = _item([("call ", None), ("555-0100", "PHONE"), (" now", None)])
    toks = phi_tagger.tokens(item["text"])
    assert phi_tagger.labels_for(toks, item["spans"]) == ["O", "PHONE", "O"]


def test_training_files_are_every_shipped_phi_set() -> None:
    names = {f.name for f in phi_tagger.TRAIN_FILES}
    assert {"phi_holdout4.jsonl", "phi_guide4.jsonl", "phi_presidio_train.jsonl"} <= names
    assert len(phi_tagger.read_items(phi_tagger.TRAIN_FILES)) > 4000


def test_training_reads_an_age_under_90_as_not_phi(tmp_path: Path) -> None:
    """naive1-3 mark every age; the guideline (goldsets/README.md) marks only ages over 89."""
    young = _item([("he is ", None), ("42", "AGE"), (" and coughing", None)])
    old = _item([("she is ", None), ("94", "AGE"), (" and coughing", None)])
    assert phi_tagger._young_age(young["text"], young["spans"][0])
    assert not phi_tagger._young_age(old["text"], old["spans"][0])
    assert not phi_tagger._young_age("call 555-0100", {"start": 5, "end": 13, "label": "PHONE"})


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def test_default_tagger_is_cached_on_disk(redactor: Redactor) -> None:
    redactor.redact("warm up")
    tagger = phi_tagger.default_tagger()
    assert tagger is phi_tagger.default_tagger()
    from harness.contract import cache_dir

    assert (cache_dir() / "triage" / f"phi-tagger-{phi_tagger.model_key()}.crfsuite").exists()


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        # a surname-shaped word after a relation word, no rule cue written for "bestie"
        ("my bestie Okwuosa drove me to the appointment", "Okwuosa"),
        ("Ph: 412 555 0190", "412"),
    ],
)
def test_redactor_with_tagger_catches(redactor: Redactor, text: str, phi: str) -> None:
    red = redactor.redact(text)
    assert red.token_map.restore(red.text) == text
    assert any(phi in text[s.start : s.end] for s in red.spans)


def test_tagger_keeps_ordinary_text(redactor: Redactor) -> None:
    text = "Is it ok to take ibuprofen with my blood pressure pills?"
    assert redactor.redact(text).spans == ()
