"""PHI round 11, from annotators who worked to the goldset's labelling guideline: a card's last
digits, an age over 89 told as a stage of life, a lone phone extension, a block number and a
state or province code between a town and its postcode are PHI, and so are a pager, an
apartment, a county road, a month's part and a capitalised surname-first header; a state or a
preposition elsewhere, a saturation, a credential, a highway and a shouted sentence are not."""

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
        ("I already paid it with my card ending 6602, can you check?", "6602"),
        ("The visa ends in 3190 if billing needs it.", "3190"),
        ("His grandfather is still alive at 97 and sharp as a tack.", "97"),
        ("Her aunt died at 94 of a stroke.", "94"),
        ("My mother, in her late 90s, lives alone.", "90s"),
        ("Questions to the ward clerk, ext 5527.", "5527"),
        ("Found at the 2300 block of Fenwick Ave by a neighbour.", "2300 block of"),
        ("new address 77 lakeview dr apt 2 duluth mn 55802 thanks", "mn"),
        ("Send it to 18 Rue Laval, Montréal, QC H2X 1Y5 please", "QC"),
        # from a probe of the guideline's own list: pagers, apartments, a month's part, EHR
        # headers in capitals, name particles after a title
        ("Page the resident on pager 4471 if it drops.", "4471"),
        ("My apartment is 4B, the buzzer is broken.", "4B"),
        ("We're out on County Road 12 past the grain elevator.", "12"),
        ("The cough has been there since mid-October.", "October"),
        ("Patient: SMITH, JOHN A  DOB 02/11/1950", "SMITH"),
        ("Seen today by Dr. de la Cruz in clinic.", "de"),
    ],
)
def test_guideline_phi_is_redacted(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We're at the urgent care on Pine St in Dayton 45402, room 4", {"in"}),
        ("Sats at 94 on room air, pulse at 96.", {"94", "96"}),
        ("Signed, Dr. Lena Ames, MD\nFamily Medicine, 4th floor", {"MD"}),
        ("I moved from Ontario in 2019 and my card is expired", {"Ontario"}),
        ("We took 90 steps at the 1400 meter mark", {"1400"}),
        ("Traffic on Hwy 101 was terrible so I missed the slot.", {"101"}),
        ("RE: YOUR APPOINTMENT ON MONDAY", {"YOUR", "APPOINTMENT"}),
        ("CAN I SPEAK TO A REAL PERSON", {"PERSON"}),
        # from the review: vital signs, a range of motion, "may" the verb, an all-caps subject
        ("My temp is still running at 101 and heart rate still sitting at 112", {"101", "112"}),
        ("Knee extension 170 degrees now, hip extension 110", {"170", "110"}),
        ("I'm running late may I still come in at 3?", {"may"}),
        ("Re: BP MEDS", {"BP", "MEDS"}),
        # a dose's number is no age, even where the tagger guessed one
        ("Started levothyroxine 100 mcg daily last month", {"100"}),
        ("allopurinol 100 mg daily", {"100"}),
    ],
)
def test_look_alikes_are_kept(redactor: Redactor, text: str, kept: set[str]) -> None:
    assert not kept & redacted_words(redactor, text)
