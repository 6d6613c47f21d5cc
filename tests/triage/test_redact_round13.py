"""PHI round 13, from the dev sets' missed names: a generational suffix ("Sr.", "jr") is part of
the name, also of a name found again later; a rare word before a surname is its given name after
a field label that names a person ("Pt: Yaw Boateng") and as a message's closing words ("...
resend. Nils Johansson"); a state that is also a surname after a given name ("Brianna
Washington"); a name after "aunty"; a holiday the writer is away "for" and more holidays; a day
and month typed together ("12Dec"); a dotted day and month after a dating word in a message with
a European full date. A word that asks someone to act ("Plan: Call Okafor"), a role after a
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
        ("Results went to my mum. Thanks, Shanice Washington", "Washington"),
        ("my aunty Losaline is here with me, she is confused", "Losaline"),
        # dates: a holiday the patient is away "for", more holidays, day and month typed together,
        # and a dotted day and month in a message that dates things the European way
        ("we are driving to my in-laws for Thanksgiving, can I skip one dose", "Thanksgiving"),
        ("the cough started around Diwali and is no better", "Diwali"),
        ("the blister from Bonfire Night is oozing", "Bonfire Night"),
        ("coughing since NYE and now green phlegm", "NYE"),
        # the review's close variants
        ("Next of kin: Yaw Mensah, 555-201-3390", "Yaw"),
        ("NOK: Anil Kapoor (son)", "Anil"),
        ("Pt. Amani Wekesa seen in clinic today", "Amani"),
        ("sick since New Year, still coughing", "New Year"),
        ("the rash started over Passover", "Passover"),
        ("Robert Jenkins,Sr. called about his statin", "Sr"),
        ("on xmas eve i slipped on the ice", "xmas eve"),
        ("pls move my bloods to 14Nov, thx", "14Nov"),
        ("Operated in Lyon on 03.10.2026, staples out on 17.10 they said", "17.10"),
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
        ("my sister Keisha moved to Washington last year", {"Washington"}),
        ("on 05.08.2026 my K was 5.9, down from 6.2, dose now 12.4 mg", {"5", "9", "6", "2", "12"}),
        ("K was 5.9 on Monday, recheck on 7.8 they said", {"7", "8"}),
        # from a review of the first version: lab values, doses, grades, rhythms, mail addresses,
        # an infant HIV test, a labour, field words and state codes
        (
            "DOB 12.04.1961. My sugar came back 6.8 and my INR is due 2.5 on Friday.",
            {"6", "8", "2", "5"},
        ),
        ("Bloods 01.02.2026: eGFR 54, potassium back 5.4, sodium 138", {"5", "4"}),
        ("Discharged 02.03.2026 from Berlin. I am on 7.5 warfarin", {"7", "5"}),
        ("Mr Daniel Fitzgerald, II/VI ejection systolic murmur", {"II", "VI"}),
        ("Dr Kapoor, III nerve palsy on the left", {"III"}),
        ("Mrs Vasquez SR, rate controlled", {"SR"}),
        ("DBS for EID sent today", {"EID"}),
        ("came in for labour day 2 of induction", {"labour", "day"}),
        ("Pt: Declines Morrison's referral", {"Declines"}),
        ("Pt: Elderly Jenkins, fell at home", {"Elderly"}),
        ("Caller: Pharmacist Okafor re refill", {"Pharmacist"}),
        ("Referral sent next week. Cardiology Okafor", {"Cardiology"}),
        ("Tell Anna Ok to come in at 3", {"Ok"}),
        ("Happy New Year to the whole team", {"New", "Year"}),
    ],
)
def test_acts_roles_and_drips_are_kept(redactor: Redactor, text: str, kept: set[str]) -> None:
    assert not kept & redacted_words(redactor, text)
