"""Extractor and local predictor on hand-written notes.

Covers negation, hypotheticals, resolved/family history and other causes.
"""

from __future__ import annotations

from pipelines.irae import IraePipeline
from pipelines.irae.extractor import extract
from tests.irae.conftest import make_item

ON_ICI = "Started Keytruda on 2024-01-05 for metastatic melanoma."


def _terms(pipe: IraePipeline, *texts: str) -> tuple[bool, list[tuple[str, int, str]]]:
    out = pipe.predict(make_item(*texts)).output
    return out.irae, [(e.ctcae_term, e.grade, e.attribution) for e in out.events]  # type: ignore[attr-defined]


def test_exposure_brand_and_generic_with_date() -> None:
    ex = extract([("a", ON_ICI), ("b", "Cycle 3 of Yervoy plus nivolumab given today.")])
    assert [(e.agent, e.note_id, e.date) for e in ex.exposures] == [
        ("pembrolizumab", "a", "2024-01-05"),
        ("ipilimumab", "b", None),
        ("nivolumab", "b", None),
    ]
    e = ex.exposures[0]
    assert ON_ICI[e.start : e.end] == "Keytruda"


def test_negated_mentions_are_not_events(local_pipeline: IraePipeline) -> None:
    irae, events = _terms(
        local_pipeline, ON_ICI + " Denies diarrhea or abdominal pain. No cough or dyspnea."
    )
    assert (irae, events) == (False, [])
    m = extract([("a", "She denies diarrhea.")]).mentions[0]
    assert m.negated and m.term == "Diarrhea"


def test_hypothetical_mentions_are_not_events(local_pipeline: IraePipeline) -> None:
    irae, events = _terms(
        local_pipeline,
        ON_ICI + " Counseled on signs of pneumonitis. Will monitor for colitis with each cycle.",
    )
    assert (irae, events) == (False, [])


def test_resolved_history_and_family_history_are_not_events(local_pipeline: IraePipeline) -> None:
    irae, events = _terms(
        local_pipeline,
        ON_ICI + " History of colitis in 2019, resolved. Mother has hypothyroidism.",
    )
    assert (irae, events) == (False, [])


def test_other_cause_is_attributed_not_counted(local_pipeline: IraePipeline) -> None:
    irae, events = _terms(
        local_pipeline,
        ON_ICI,
        "Stool PCR positive for C. difficile; diarrhea with 6 stools per day attributed to C. diff "
        "infection, started oral vancomycin.",
    )
    assert irae is False
    assert events == [("Diarrhea", 2, "infection")]


def test_chemotherapy_diarrhea_without_ici_is_not_irae(local_pipeline: IraePipeline) -> None:
    irae, events = _terms(
        local_pipeline,
        "On FOLFIRI for colon cancer. Diarrhea with 5 stools per day after irinotecan, "
        "attributed to chemotherapy.",
    )
    assert irae is False
    assert all(a != "immunotherapy" for _, _, a in events)


def test_true_irae_with_distractors(local_pipeline: IraePipeline) -> None:
    irae, events = _terms(
        local_pipeline,
        ON_ICI + " Denies cough.",
        "Now with 8 watery stools per day over baseline; admitted for immune-mediated colitis "
        "and started IV methylprednisolone.",
    )
    assert irae is True
    assert ("Colitis", 3, "immunotherapy") in events
