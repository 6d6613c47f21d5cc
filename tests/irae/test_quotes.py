"""Every emitted quote is a verbatim substring of its note at the reported offsets.

A hypothesis property test over random notes, plus every training note.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.irae import IraePipeline
from pipelines.irae.model import TRAIN_NOTES
from tests.irae.conftest import make_item

FRAGMENTS = [
    "On nivolumab since 03/02/2024.",
    "Denies diarrhea.",
    "Now 5 watery stools per day, immune-mediated diarrhea.",
    "Counseled on signs of pneumonitis.",
    "ALT 6 x ULN, immune hepatitis.",
    "Rash over 20% BSA from Opdivo.",
    "History of colitis in 2019, resolved.",
    "C. diff positive diarrhea.",
    "Mr. Jones, MRN 12345678.",
    "TSH 40, hypothyroidism; levothyroxine started.",
    "\n",
    "  ",
]
note_text = (
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(min_size=1, max_size=40)),
        min_size=1,
        max_size=8,
    )
    .map(" ".join)
    .filter(lambda s: s.strip() != "")
)


def _check(pipe: IraePipeline, texts: list[str]) -> None:
    item = make_item(*texts)
    pred = pipe.predict(item)
    notes = {n.note_id: n.text for n in item.notes}
    for ev in pred.output.events:  # type: ignore[attr-defined]
        assert ev.quote and ev.quote in notes[ev.note_id]
    for ev in pred.trace.detail["events"]:
        text = notes[ev["note_id"]]
        assert 0 <= ev["start"] < ev["end"] <= len(text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(note_text, min_size=1, max_size=3))
def test_random_notes_quotes_are_verbatim(local_pipeline: IraePipeline, texts: list[str]) -> None:
    _check(local_pipeline, texts)


def test_training_notes_quotes_are_verbatim(local_pipeline: IraePipeline) -> None:
    n_events = 0
    for line in TRAIN_NOTES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        item = make_item(*[n["text"] for n in row["notes"]])
        pred = local_pipeline.predict(item)
        notes = {n.note_id: n.text for n in item.notes}
        for ev, located in zip(pred.output.events, pred.trace.detail["events"], strict=True):  # type: ignore[attr-defined]
            assert notes[ev.note_id][located["start"] : located["end"]] == ev.quote
            n_events += 1
    assert n_events > 100
