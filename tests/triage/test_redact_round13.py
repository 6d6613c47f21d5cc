"""PHI round 13, from the dev sets' missed names: a generational suffix ("Sr.", "jr") is part of
the name, also of a name found again later; a rare word before a surname is its given name after
a field label that names a person ("Pt: Yaw Boateng") and as a message's closing words ("...
resend. Nils Johansson"). A word that asks someone to act ("Plan: Call Okafor"), a role after a
label that names no person ("Re: Juror Okafor", "attn: Case Manager Okafor") and a Roman
numeral that is no suffix ("Type II") are not PHI."""

from __future__ import annotations

import pytest

from pipelines.triage.redact import Redactor
from tests.triage.phi_asserts import covered, redacted_words


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my dad Curtis Oyelaran Sr. takes the same statin as me", "Curtis Oyelaran Sr."),
        ("this is dwayne pruitt jr, my knee is swollen again", "jr"),
        ("Grandson: Tobias Marchetti III, 24, will drive her", "Tobias Marchetti III"),
        ("Signed, Lorraine Abernathy, Jr.", "Jr"),
        (
            "Caller Desmond Achebe Jr. says his father Desmond Achebe Sr. fell twice",
            "Desmond Achebe Sr.",
        ),
        ("Pt: Yaw Mensah-Darko, 58 M, CKD 3", "Yaw"),
        ("Assist: Anil Raghunathan, PA-C. EBL minimal.", "Anil"),
        ("Caller: Raj Bhattacharya, son of the patient", "Raj"),
        ("Guardian: Amani Wekesa, 206-555-0148", "Amani"),
        ("The invoice has the wrong dates, please correct it. Nils Fredriksen", "Nils"),
    ],
)
def test_suffixes_and_labelled_given_names_are_redacted(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Plan: Call Okafor tomorrow about the echo.", {"Call"}),
        ("Thanks for sorting the refill. Ask Okafor", {"Ask"}),
        ("Re: Juror Okafor, summons 5521", {"Juror"}),
        ("Fax to 555-201-3390 attn: Case Manager Okafor", {"Case"}),
        ("Pharmacy: Rite Aid on Fulton, Pt: Okafor", {"Rite"}),
        ("Type II diabetes, seen by Dr Okafor today", {"Type", "II"}),
    ],
)
def test_acts_roles_and_drips_are_kept(redactor: Redactor, text: str, kept: set[str]) -> None:
    assert not kept & redacted_words(redactor, text)
