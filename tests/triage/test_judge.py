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
