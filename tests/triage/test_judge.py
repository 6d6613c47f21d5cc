"""The offline groundedness judge on hand-made claim/evidence pairs (not goldset labels)."""

from __future__ import annotations

import pytest

from pipelines.triage.judge import judge

EVIDENCE = (
    "Adults can take acetaminophen up to 3,000 mg a day unless a clinician has advised "
    "otherwise. Most sore throats improve within 7 days without antibiotics."
)


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Adults may take up to 3000 mg of acetaminophen a day.", True),
        ("Most sore throats get better within 7 days without antibiotics.", True),
        ("Adults may take up to 4000 mg of acetaminophen a day.", False),  # wrong number
        ("Sore throats always improve within 7 days.", False),  # hardened hedge
        ("Sore throats improve within 10 days.", False),  # wrong window
        ("Antibiotics speed recovery from a sore throat by two days.", False),  # added fact
        ("Children should gargle salt water every hour.", False),  # not in evidence
    ],
)
def test_judge(claim: str, supported: bool) -> None:
    assert judge(claim, EVIDENCE).supported is supported


def test_empty_claim_is_unsupported() -> None:
    assert not judge("the", EVIDENCE).supported


@pytest.mark.parametrize(
    ("claim", "evidence", "supported"),
    [
        # Durations are compared in one unit, ranges by their ends.
        ("Improvement is expected within two to three days.",
         "Improvement is expected within 48 to 72 hours.", True),
        ("Improvement is expected within two to four days.",
         "Improvement is expected within 48 to 72 hours.", False),
        ("Clot-busting drugs work best within four and a half hours.",
         "Clot-busting drugs work best within 4.5 hours.", True),
        # A reversed comparison or population is not support.
        ("Complications are more likely in younger adults.",
         "Complications are more likely in older adults.", False),
        ("The rash is usually an early sign.", "The rash is usually a late sign.", False),
        # A claim may not harden 'usually' into 'never'.
        ("Metformin alone never causes low blood sugar.",
         "Metformin alone rarely causes low blood sugar.", False),
    ],
)  # fmt: skip
def test_judge_paraphrase_rules(claim: str, evidence: str, supported: bool) -> None:
    assert judge(claim, evidence).supported is supported
