"""Cause-attribution rules of the local provider: other causes, dismissed causes, exposure,
non-immunotherapy regimens, pre-existing and resolved conditions, and context grading."""

from __future__ import annotations

from pipelines.irae import IraePipeline
from pipelines.irae.extractor import extract, immune_attribution_in, other_cause_in
from pipelines.irae.grading import grade, grade_in_context
from tests.irae.conftest import make_item


def _run(pipe: IraePipeline, *texts: str) -> tuple[bool, set[tuple[str, str]]]:
    out = pipe.predict(make_item(*texts)).output
    return out.irae, {(e.ctcae_term, e.attribution) for e in out.events}  # type: ignore[attr-defined]


def test_dismissed_cause_is_not_a_cause() -> None:
    assert other_cause_in("Stool C. diff PCR positive.") == "infection"
    assert other_cause_in("C. diff PCR and GI panel negative.") is None
    assert other_cause_in("Infectious workup negative.") is None
    assert other_cause_in("MRI: liver mets smaller, no new lesions.") is None


def test_steroids_explain_glucose_only() -> None:
    text = "Glucose 300 since dexamethasone was started for brain mets."
    assert other_cause_in(text, "Hyperglycemia") == "other drug"
    assert other_cause_in("On prednisone for pembrolizumab pneumonitis.", "Pneumonitis") is None


def test_drug_name_alone_is_exposure_not_attribution() -> None:
    assert not immune_attribution_in("Asked to see for diarrhea in a patient on pembrolizumab.")
    assert immune_attribution_in("Pneumonitis secondary to pembrolizumab.")
    assert immune_attribution_in("A/P: immune-mediated pancreatitis.")
    assert not immune_attribution_in("C. difficile colitis, not ICI related.")
    assert not immune_attribution_in("Immune pneumonitis considered; infection more likely.")


def test_neighbouring_sentence_cause_wins_without_immune_link(local_pipeline: IraePipeline) -> None:
    irae, events = _run(
        local_pipeline,
        "Pembrolizumab for NSCLC. Now 6 liquid stools daily. C. difficile toxin positive; "
        "oral vancomycin started.",
    )
    assert irae is False
    assert ("Diarrhea", "immunotherapy") not in events


def test_negative_infectious_workup_keeps_immune_colitis(local_pipeline: IraePipeline) -> None:
    irae, events = _run(
        local_pipeline,
        "On ipi/nivo. 8 watery stools per day. Stool C. diff and GI panel negative. "
        "Assessment: immune-mediated colitis, admitted for IV steroids.",
    )
    assert irae is True
    assert ("Colitis", "immunotherapy") in events


def test_abbreviated_agent_counts_as_exposure() -> None:
    ex = extract([("a", "Pt on pembro q3w, C5 given.")])
    assert [e.agent for e in ex.exposures] == ["pembrolizumab"]
    declined = extract([("a", "Gem/cis; durvalumab declined by patient.")])
    assert declined.exposures == []


def test_non_ici_regimen_toxicity_is_not_irae(local_pipeline: IraePipeline) -> None:
    irae, _ = _run(
        local_pipeline,
        "EGFR-mutant NSCLC on osimertinib. New bilateral ground-glass opacities; "
        "osimertinib-induced pneumonitis, prednisone started.",
    )
    assert irae is False


def test_preexisting_and_resolved_conditions_are_not_irae(local_pipeline: IraePipeline) -> None:
    irae, _ = _run(
        local_pipeline,
        "Long-standing hypothyroidism since 2009 on levothyroxine. Starting nivolumab today.",
        "Had immune hepatitis during treatment in 2022 which resolved with steroids.",
    )
    assert irae is False


def test_late_event_after_ici_stopped_is_caught(local_pipeline: IraePipeline) -> None:
    irae, events = _run(
        local_pipeline,
        "Completed adjuvant pembrolizumab in 9/2023.",
        "ALT 210 (ULN 40) on surveillance labs, no new medications. Impression: late-onset "
        "checkpoint inhibitor hepatitis, prednisone started.",
    )
    assert irae is True
    assert ("Alanine aminotransferase increased", "immunotherapy") in events


def test_grades_from_lab_values_and_plan() -> None:
    assert grade("Alanine aminotransferase increased", "ALT 256 U/L (ref <41)") == 3
    assert grade("Creatinine increased", "Creatinine 2.0, baseline 0.9") == 2
    assert grade("Uveitis", "Slit lamp: 2+ anterior chamber cells") == 2
    assert grade("Acute kidney injury", "nephritis; emergent hemodialysis") == 4
    assert grade_in_context("Pneumonitis", "Pneumonitis from pembrolizumab.") == 2
    assert (
        grade_in_context(
            "Pneumonitis", "Pneumonitis from pembrolizumab.", "Requires ambulatory oxygen."
        )
        == 3
    )
