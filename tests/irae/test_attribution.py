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


def test_cause_in_a_later_note_takes_back_the_event(local_pipeline: IraePipeline) -> None:
    irae, _ = _run(
        local_pipeline,
        "On nivolumab for melanoma. Six watery stools a day since Monday; stool tests sent.",
        "Stool culture grew Shigella. Diarrhea from Shigella gastroenteritis; ciprofloxacin.",
    )
    assert irae is False


def test_suspected_then_ruled_out_is_no_event(local_pipeline: IraePipeline) -> None:
    irae, _ = _run(
        local_pipeline,
        "On pembrolizumab. Concern for immune colitis, so colonoscopy was done: normal mucosa, "
        "biopsies without inflammation. Final impression: no colitis.",
    )
    assert irae is False


def test_mild_lab_value_without_immune_link_is_no_event(local_pipeline: IraePipeline) -> None:
    irae, _ = _run(
        local_pipeline, "Cycle 5 pembrolizumab. ALT 46 (ULN 40), AST 30. Proceed with treatment."
    )
    assert irae is False


def test_resolved_past_irae_is_no_event(local_pipeline: IraePipeline) -> None:
    irae, _ = _run(
        local_pipeline,
        "History of ipilimumab hepatitis in 2021; LFTs normalized and steroids weaned in 2022.",
    )
    assert irae is False


def test_event_before_first_checkpoint_note_is_vetoed() -> None:
    import datetime as dt

    from harness.contract import IraeNote
    from pipelines.irae.predictor import patient_level_vetoes

    texts = [
        ("a", dt.date(2023, 1, 5), "Pruritic maculopapular rash on trunk, about 15% BSA."),
        ("b", dt.date(2023, 6, 1), "Starting pembrolizumab for NSCLC next week."),
    ]
    notes = [IraeNote(note_id=i, date=d, type="note", text=t) for i, d, t in texts]
    mentions = extract([(n.note_id, n.text) for n in notes]).mentions
    forced = ["immunotherapy"] * len(mentions)  # as if the classifier had said yes
    vetoes = patient_level_vetoes(notes, mentions, forced, dt.date(2023, 6, 1))
    assert mentions and set(vetoes) == {"predates exposure"}
    assert patient_level_vetoes(notes, mentions, forced, dt.date(2022, 6, 1)) == [""] * len(
        mentions
    )
