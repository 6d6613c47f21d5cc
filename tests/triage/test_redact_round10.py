"""PHI redaction, tenth round (long-tail phenomena): ages 90+ in words or digits with an age unit
in other languages, named wards, named homes tied to a stay, foreign facility names with a
joining word, door numbers and compass points after a street, lower-case surnames after mr/mrs,
"it's me X", shouted hyphenated names after an introduction, lower-case possessives, a name
repeated in the message, a pair of given names, care roles and a header label before a name."""

from __future__ import annotations

import pytest

from pipelines.triage import redact_extra
from pipelines.triage.redact import Redactor, _known
from tests.triage.phi_asserts import covered, redacted_words


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("El abuelo tiene noventa y ocho años.", "noventa y ocho"),
        ("Meu pai fez noventa e dois anos ontem.", "noventa e dois"),
        ("La zia ha novantaquattro anni.", "novantaquattro"),
        ("Il a quatre-vingt-dix-neuf ans.", "quatre-vingt-dix-neuf"),
        ("Opa ist einundneunzig Jahre alt.", "einundneunzig"),
        ("Dziadek skończył dziewięćdziesiąt pięć lat.", "dziewięćdziesiąt pięć"),
        ("Annem doksan dört yaşında.", "doksan dört"),
        ("Ông tôi 97 tuổi.", "97"),
        ("Babu ana miaka tisini na saba.", "tisini na saba"),
    ],
)
def test_foreign_ages_are_found_by_the_rule(text: str, value: str) -> None:
    start = text.index(value)
    assert (start, start + len(value), "AGE") in redact_extra.foreign_ages(text)


@pytest.mark.parametrize(
    "text",
    ["Tomó noventa pastillas en total.", "Cent grammes de riz.", "Zapłacił dziewięćdziesiąt zł."],
)
def test_foreign_numbers_without_an_age_unit_are_no_age(text: str) -> None:
    assert redact_extra.foreign_ages(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ward: Sycamore Ward, Eastfield General", "Sycamore Ward"),
        ("Moved up to Kingfisher Ward overnight.", "Kingfisher Ward"),
        ("OT asked about respite at Poplar House next week.", "Poplar House"),
        ("Alilazwa Hospitali ya Pwani tangu Jumatatu.", "Hospitali ya Pwani"),
        ("Adres: Menekşe Sokak No: 9 D: 4, Üsküdar", "Menekşe Sokak No: 9 D: 4"),
        ("Clinic at 40 Elm St W, Hamilton.", "40 Elm St W"),
    ],
)
def test_tied_places_are_redacted(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ot note - mrs baker managed the stairs with one stick", "baker"),
        ("hiya its me drew, the cough is back", "drew"),
        ("hello its JO-ANNE again, the cream stings", "JO-ANNE"),
        ("ok so tendai's rash is spreading", "tendai"),
        ("please send it to yusuf's email", "yusuf"),
        ("my daughter is Hope. Hope has a temperature of 39", "Hope"),
        ("Grace and Ivy (twins) are due their jabs", "Grace"),
        ("can my interpreter Bilal come in with me?", "Bilal"),
        ("Re: Yaw Mensah - repeat bloods please", "Yaw"),
    ],
)
def test_long_tail_names_are_redacted(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_a_repeated_name_is_redacted_every_time(redactor: Redactor) -> None:
    text = "my son is Chase. Chase has had a rash since friday"
    red = redactor.redact(text)
    assert red.text.count("<NAME_") == 2


def test_lower_case_names_joined_by_and(redactor: Redactor) -> None:
    assert {"femi", "abena"} <= redacted_words(
        redactor, "ok so femi and abena both have a cough. femi's chest is worse"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Echo: moderate mr and trace tr, normal LV.", {"mr", "tr", "trace"}),
        ("grade 2 mr on the last echo", {"mr", "echo"}),
        ("it's me again, still wheezing at night", {"again", "wheezing"}),
        ("Weight 71 kg, up 2 kg this month.", {"kg"}),
        ("Will it hurt? I will ring later.", {"Will"}),
    ],
)
def test_look_alikes_are_kept(redactor: Redactor, text: str, kept: set[str]) -> None:
    assert not kept & redacted_words(redactor, text)


def test_named_wards_skip_service_wards() -> None:
    assert redact_extra.named_wards("on the Respiratory Ward and then Stroke Ward") == []


def test_named_homes_need_a_stay_cue() -> None:
    # the NER still reads "the Town Hall" as a place now and then; this rule adds nothing there
    assert redact_extra.named_homes("She moved to a job at the Town Hall.") == []
    assert redact_extra.named_homes("We had dinner at Maple House last night.") == []
    text = "Discharged to Maple House for rehab."
    assert redact_extra.named_homes(text) == [(14, 25, "ADDRESS")]


def test_formal_title_skips_mitral_regurgitation() -> None:
    assert redact_extra.formal_title_lower("severe mr with dilated LA") == []
    assert redact_extra.formal_title_lower("mr brown walked well") == [(3, 8, "NAME")]


def test_lower_possessive_needs_a_non_english_word() -> None:
    assert redact_extra.lower_possessives("the baby's rash is worse", _known) == []
