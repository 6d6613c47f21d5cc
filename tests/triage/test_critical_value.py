"""Tests for critical_value.find_critical.

Each threshold has firing examples and near-miss examples; each fence has examples
that would fire without it.  Messages use real-world phrasing: lower case, typos,
abbreviations ("K 6.2", "na 121", "bs 32", "O2 88%", "Hgb 6.8", "plt 15k").
"""

import pytest

from pipelines.triage import critical_value
from pipelines.triage.critical_value import ANALYTES, Critical, find_critical
from tests.triage.decisions import decision


def analytes(message: str) -> list[tuple[str, str]]:
    return [(c.analyte, c.value) for c in find_critical(message)]


# --------------------------------------------------------------------------- #
# Firing: (message, analyte, value)
# --------------------------------------------------------------------------- #

FIRES = [
    # potassium >= 6.0 or < 2.8 mmol/L
    ("the portal says my potassium is 6.4", "potassium", "6.4"),
    ("K+ 6.1 flagged HH", "potassium", "6.1"),
    ("K 6.2", "potassium", "6.2"),
    ("k 6.0 on the bloods from this morning", "potassium", "6.0"),
    ("Potasium came back at 6.8 mmol/L", "potassium", "6.8"),
    ("pottasium 7,1 they said", "potassium", "7,1"),
    ("my K was 2.6 meq/l", "potassium", "2.6"),
    ("K:2.7", "potassium", "2.7"),
    ("hgb ok but potassium up to 6.3 and I feel weird", "potassium", "6.3"),
    ("potassium went from 4.5 to 6.4 in two days", "potassium", "6.4"),
    ("they said my potassium is above 6", "potassium", "6"),
    ("Dr. Smith said my potassium is 6.5", "potassium", "6.5"),
    ("my mum's potassium is 6.6, she is on dialysis", "potassium", "6.6"),
    ("last week my potassium was 6.9", "potassium", "6.9"),
    ("not sure if this matters but my potassium is 6.2", "potassium", "6.2"),
    ("last year it was fine but now my potassium is 6.5", "potassium", "6.5"),
    ("K 6.4 (3.5-5.1)", "potassium", "6.4"),
    ("K=6.1", "potassium", "6.1"),
    ("Potassium <2.5", "potassium", "2.5"),
    # sodium < 125 or > 155 mmol/L
    ("sodium came back 118", "sodium", "118"),
    ("na 121", "sodium", "121"),
    ("Na+ 124 mmol/l", "sodium", "124"),
    ("my dad's sodum is 160 and he is confused", "sodium", "160"),
    ("NA 156", "sodium", "156"),
    # glucose mmol/L < 3.0 or > 25; mg/dL < 54 or > 450; meter HI/LO
    ("sugar 2.1", "glucose", "2.1"),
    ("bs 32", "glucose", "32"),
    ("bg 38 mg/dl", "glucose", "38"),
    ("blood sugar reading HI / 480", "glucose", "HI"),
    ("my sugar meter says LO and I'm shaky", "glucose", "LO"),
    ("glucometer reads LO", "glucose", "LO"),
    ("Blood sugar was 2.9 mmol this morning", "glucose", "2.9"),
    ("glucose 25.1", "glucose", "25.1"),
    ("glucose 53 mg/dL at the clinic", "glucose", "53"),
    ("fingerstick 451", "glucose", "451"),
    ("BG 600!!", "glucose", "600"),
    ("my sugar was 600 on the meter yesterday", "glucose", "600"),
    ("hi my sugar is 2.1", "glucose", "2.1"),
    ("SUGAR IS HI", "glucose", "HI"),
    ("my sugar at 3am was 2.4", "glucose", "2.4"),
    ("sugars have been 2.1-2.8 all day", "glucose", "2.1-2.8"),
    ("son's blood sugar is 28 mmol/L", "glucose", "28"),
    ("dexcom says 2.2", "glucose", "2.2"),
    ("Sugar came back as 47", "glucose", "47"),
    # INR > 5.0
    ("my INR is 7.2", "inr", "7.2"),
    ("inr 5.1 from the pharmacy machine", "inr", "5.1"),
    ("PT/INR 8.4", "inr", "8.4"),
    ("INR today was over 6", "inr", "6"),
    ("INR >5 on the home machine", "inr", "5"),
    ("INR 6.5 - should I skip warfarin tonight?", "inr", "6.5"),
    # haemoglobin < 7.0 g/dL or < 70 g/L
    ("hb 6.4", "haemoglobin", "6.4"),
    ("haemoglobin 64 g/L", "haemoglobin", "64"),
    ("Hgb 6.8", "haemoglobin", "6.8"),
    ("hemoglobin 6.9 g/dl", "haemoglobin", "6.9"),
    ("my hb came back 62", "haemoglobin", "62"),
    ("hemaglobin is 5.5 after the bleed", "haemoglobin", "5.5"),
    # platelets < 20 x10^9/L
    ("platelets 12", "platelets", "12"),
    ("plt 15k", "platelets", "15"),
    ("platlets are 9 x10^9/L", "platelets", "9"),
    ("platelet count 12,000", "platelets", "12,000"),
    ("plts 19 k/uL", "platelets", "19"),
    ("platelets were 8 thousand", "platelets", "8"),
    # neutrophils < 0.5 x10^9/L or < 500 /uL
    ("neutrophils 0.3", "neutrophils", "0.3"),
    ("ANC 300 after chemo", "neutrophils", "300"),
    ("neuts 0.1", "neutrophils", "0.1"),
    ("absolute neutrophil count 450 cells/uL", "neutrophils", "450"),
    ("neutrophils on day 10 of cycle 3 were 0.2", "neutrophils", "0.2"),
    ("neutrophils .4", "neutrophils", ".4"),
    ("ANC 0.4 day 10", "neutrophils", "0.4"),
    # SpO2 < 90 %
    ("sats 86%", "spo2", "86"),
    ("oxygen 87 on the finger thing", "spo2", "87"),
    ("O2 88%", "spo2", "88"),
    ("SpO2 89", "spo2", "89"),
    ("pulse ox reading 84 percent", "spo2", "84"),
    ("oxygen saturation dropped below 90", "spo2", "90"),
    ("sats 85-88% on room air", "spo2", "85-88"),
    ("my sats on the pulse oximeter keep dropping to 88 when I walk", "spo2", "88"),
    # blood pressure systolic >= 180 or diastolic >= 120
    ("BP 192/124", "blood_pressure", "192/124"),
    ("blood pressure 180/95", "blood_pressure", "180/95"),
    ("bp 150 / 120 mmHg", "blood_pressure", "150 / 120"),
    ("my blood pressure is 210 over 110 and I have a headache", "blood_pressure", "210 over 110"),
    ("b/p at 7am 185/100", "blood_pressure", "185/100"),
    ("my pressure was 190/110", "blood_pressure", "190/110"),
    ("My BP cuff shows 195/125", "blood_pressure", "195/125"),
    # calcium > 3.0 or < 1.8 mmol/L; > 12 or < 7 mg/dL
    ("corrected calcium 3.3", "calcium", "3.3"),
    ("adjusted calcium 1.7 mmol/L", "calcium", "1.7"),
    ("calcium 12.5 mg/dl", "calcium", "12.5"),
    ("Ca 6.8", "calcium", "6.8"),
    ("calcium 4.5", "calcium", "4.5"),
    # explicitly flagged by the lab / app
    ("troponin flagged critical", "troponin", "critical"),
    ("my potassium was 5.9 but it was flagged critical", "potassium", "5.9"),
    ("the lab called about a critical result", "flagged", "critical"),
    ("my sodium was critically low", "sodium", "critically low"),
    ("lactate 4.1 (critical)", "lactate", "4.1"),
    ("Na 126 LL", "sodium", "126"),
    ("the app shows a panic value for my magnesium", "magnesium", "panic"),
]


@pytest.mark.parametrize("message,analyte,value", FIRES)
def test_fires(message, analyte, value):
    assert (analyte, value) in analytes(message), find_critical(message)


# --------------------------------------------------------------------------- #
# Near misses: normal or mildly abnormal values, one step inside each threshold
# --------------------------------------------------------------------------- #

NEAR_MISSES = [
    "potassium 5.9",
    "K 2.8",
    "K+ 5.6 H",
    "sodium 125",
    "na 155",
    "Na 130 L",
    "sugar 3.0",
    "sugar 25",
    "glucose 54 mg/dl",
    "bg 450",
    "bs 12.4 after dinner",
    "sugar 38",  # between 35 and 40: unit undecidable
    "INR 5.0",
    "inr 3.4",
    "hb 7.0",
    "haemoglobin 70 g/L",
    "Hgb 7.1",
    "hb 72",
    "platelets 20",
    "plt 21k",
    "platelet count 150,000",
    "neutrophils 0.5",
    "ANC 500",
    "neutrophils 65",  # a differential percentage written without %
    "neutrophils 45%",
    "sats 90",
    "O2 94%",
    "BP 179/119",
    "bp 120/80",
    "blood pressure 190",  # a single number is not read
    "calcium 3.0",
    "calcium 1.8 mmol/L",
    "calcium 12 mg/dl",
    "calcium 7 mg/dL",
    "Ca 9.4",
    "calcium 2.4",
    "temp 39.5",
    "troponin 0.5",
    "heart rate 130",
    "my K is low at 2.9",
    "INR over 4.5",
    "sats under 92",
    "sugar 15 after lunch, 22 after dinner",
    "Sugars running 18-24",
    "sugar hi 8.2 lo 3.1 today",
    "Hb 13.5, WBC 2.1, ANC 1.2, plt 98",
    "tyre pressure 32",
    "Labs: Na 138, K 4.1, Cl 101, HCO3 24, BUN 20, Cr 1.1, glucose 95, Ca 9.4, Hgb 13.2, plt 250",
]


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_near_misses_do_not_fire(message):
    assert find_critical(message) == []


# --------------------------------------------------------------------------- #
# Fences: each message would fire without the fence
# --------------------------------------------------------------------------- #

HISTORY = [
    "last year my potassium was 6.5",
    "my potassium was 6.5 last year",
    "Back in 2019 my sodium was 118",
    "In 2021 my INR was 9",
    "A few months ago my hb was 6.2",
    "3 years ago my platelets were 10",
    "I used to have sats around 86%",
    "previously my sugar was 2.0",
    "I have a history of potassium 6.8 when I was pregnant",
    "When I was a kid my blood sugar went to 1.9",
    "Last year, my sodium was 120.",
    "BP 180/120 was my reading last year",
    "potassium 5.5 today, last month it was 6.2",
]

TARGETS_AND_RANGES = [
    "keep INR 2-3",
    "my INR target is 2.5-3.5",
    "range 3.5-5.1",
    "potassium range 3.5-5.1",
    "normal potassium is 3.5 to 5.1",
    "the nurse wants my INR below 3",
    "sats should be above 94",
    "keep your sugars between 4 and 10",
    "my goal is to keep bp under 130/80",
    "INR 2 to 3 is what they want",
    "INR 3.2 today, target 2-3",
    "Call us if your potassium is over 6",
    "if sats below 90 go to A&E",
    "what happens if my INR goes above 5?",
]

DOSES = [
    "potassium 20 mEq tablets",
    "potassium 8 meq tablet twice a day",
    "I take potassium 8 twice daily",
    "insulin 12 units",
    "insulin 12 units and my sugar is fine",
    "calcium 600 mg supplement",
    "they prescribed potassium 6 meq",
    "glucose tablets 4 when low",
    "sodium chloride 0.9% drip",
    "I'm on calcium carbonate 1250 mg and vitamin D",
    "blood pressure meds 10 mg, bp 130/85",
]

OTHER_QUANTITY = [
    "sodium intake 2000 mg",
    "potassium-rich foods",
    "potassium-rich foods like 2 bananas",
    "I need to watch my sodium intake, under 1500 a day",
    "sugar free drinks 0 calories",
    "calcium score 400",
    "calcium channel blocker 5 mg",
    "urine sodium 20",
    "ionised calcium 1.1",
    "hba1c 6.4",
    "hb a1c 6.4",
    "my A1c is 6.4%",
    "hb 6.4%",
    "sugar 30 g per day",
    "sugar 2 teaspoons in my tea",
    "oxygen 2 litres",
    "CA 19-9 is 35",
    "CA-125 was 40",
    "vitamin K 10 mg",
    "transferrin saturation 15%",
    "I ran a 5 K 32 minutes",
    "plt 150 k, na 130",
]

OTHER_PEOPLE_AND_GENERAL = [
    "my friend's potassium was 6.5",
    "my neighbour's INR was 8",
    "my coworker has sats of 85",
    "can someone with potassium 6.4 die?",
    "I read that a potassium of 6.5 is dangerous",
    "Is a potassium of 6.5 dangerous?",
    "In general, sodium 120 is low",
    "for example a sugar of 2.0 would be low",
    "is 6.4 a critical value for potassium?",
    "what counts as a critical result?",
]

NEGATION = [
    "INR not above 5",
    "my INR is not above 5",
    "potassium isn't 6.4, it's 4.6",
    "no potassium of 6.4 on the new report",
    "sodium wasn't 118, that was a typo",
    "the potassium wasn't flagged critical",
    "no critical values on my labs",
    "it says non-critical",
]

OTHER_WORDS = [
    "my dad is in critical condition",
    "he is critical",
    "I had a panic attack and my heart was racing",
    "I sat down for 5 minutes",
    "my 5k run was 32 minutes",
    "see you at 3",
    "N/A",
    "Sat 14 June appointment",
    "The nurse said K 6.4 was haemolysed",
]


@pytest.mark.parametrize(
    "message",
    HISTORY
    + TARGETS_AND_RANGES
    + DOSES
    + OTHER_QUANTITY
    + OTHER_PEOPLE_AND_GENERAL
    + NEGATION
    + OTHER_WORDS,
)
def test_fences(message):
    assert find_critical(message) == []


# --------------------------------------------------------------------------- #
# Behaviour details
# --------------------------------------------------------------------------- #


def test_empty_and_plain_messages():
    assert find_critical("") == []
    assert find_critical("Can I get a repeat prescription please?") == []


def test_result_fields_and_reason():
    [c] = find_critical("the portal says my potassium is 6.4")
    assert c == Critical("potassium", "6.4", "potassium 6.4 >= 6.0 mmol/L")
    [c] = find_critical("sodium came back 118")
    assert c.reason == "sodium 118 < 125 mmol/L"
    [c] = find_critical("sats 86%")
    assert c.reason == "spo2 86% < 90%"
    [c] = find_critical("my INR is 7.2")
    assert c.reason == "inr 7.2 > 5.0"
    [c] = find_critical("BP 192/124")
    assert c.reason == "blood_pressure systolic 192 >= 180 and diastolic 124 >= 120 mmHg"


def test_unit_inferred_from_magnitude_is_noted():
    [c] = find_critical("sugar 2.1")
    assert "unit from magnitude" in c.reason and "mmol/L" in c.reason
    [c] = find_critical("glucose 480")
    assert "mg/dL" in c.reason
    [c] = find_critical("calcium 4.5")
    assert "either unit" in c.reason


def test_several_values_in_one_message():
    message = "Labs back: K 6.3, Na 121, Hgb 12.9. Also my sats were 88% this morning!"
    assert analytes(message) == [("potassium", "6.3"), ("sodium", "121"), ("spo2", "88")]


def test_history_then_present_in_one_message():
    message = "Last year my potassium was 6.5. Today my potassium is 6.2."
    assert analytes(message) == [("potassium", "6.2")]


def test_flag_does_not_duplicate_a_threshold_hit():
    assert analytes("K+ 6.1 flagged HH") == [("potassium", "6.1")]


def test_value_must_be_close_to_the_name():
    assert find_critical("potassium, which I have asked about many many times before, 6.4") == []


def test_value_does_not_cross_a_sentence_end():
    assert find_critical("I got my potassium results. 6.4 hours later I am still waiting") == []
    assert find_critical("My sugar.\n2.1") == []


def test_value_belongs_to_the_nearest_name():
    # "sugar" has no value of its own before the next analyte name
    assert analytes("sugar fine, K 6.5") == [("potassium", "6.5")]


def test_every_threshold_analyte_has_units():
    thresholded = {a.name for a in ANALYTES if a.units}
    assert thresholded == {
        "potassium",
        "sodium",
        "glucose",
        "inr",
        "haemoglobin",
        "platelets",
        "neutrophils",
        "spo2",
        "blood_pressure",
        "calcium",
    }


# --- fences added when the module joined the pipeline (dev refusal sets, 2026-11-25) ---------


def test_a_short_abbreviation_needs_its_value_at_once() -> None:
    # Hindi "na" (a tag word) before a head count is not sodium
    hindi = "koi accha banquet hall bataiye na jo 200 logon ke liye ho. Budget thoda kam hai."
    assert find_critical(hindi) == []
    assert analytes("Na: 119") == [("sodium", "119")]
    assert analytes("my K came back at 6.3") == [("potassium", "6.3")]


def test_oxygen_read_in_sleep_is_not_an_emergency_now() -> None:
    assert find_critical("my sleep ring says my oxygen drops to 82% a few times a night") == []
    assert analytes("pulse ox says 86% and I can't finish a sentence") == [("spo2", "86")]


# --- the floor -------------------------------------------------------------------------------


def test_the_floor_escalates_below_escalation_and_hands_it_to_a_nurse() -> None:
    found = find_critical("The portal says my potassium is 6.4, flagged HH.")
    queued = critical_value.apply(decision("queue", "2-routine", 0.91), found)
    assert (queued.routing, queued.acuity_band) == ("escalate", "4-urgent")
    assert queued.confidence == critical_value.FLOOR_CONFIDENCE


def test_the_floor_leaves_an_escalation_and_a_message_without_critical_values_alone() -> None:
    stat = decision("escalate", "5-stat", 0.97)
    assert critical_value.apply(stat, find_critical("sats 84% and lips blue")) is stat
    cleared = decision("clear", "1-self-care", 0.8)
    assert critical_value.apply(cleared, find_critical("potassium 4.6, all normal")) is cleared


@pytest.mark.parametrize(
    "message",
    [
        # a full stop right after the pair ends the sentence, not the number
        "blood pressure 204/126. Headache and I feel sick.",
        # two readings, not a dose
        "BP 188/121 twice this evening, sitting down both times",
        # the cuff names the reading
        "the pharmacy cuff read 192/114 and my vision is blurry",
    ],
)
def test_a_blood_pressure_pair_is_read_at_a_sentence_end_twice_or_from_a_cuff(message):
    assert [c.analyte for c in find_critical(message)] == ["blood_pressure"]


@pytest.mark.parametrize(
    "message",
    [
        "blood pressure 132/84. Is that fine for my age?",
        "BP 150/95 twice this week, a bit high for me",
        "the cuff read 128/79 this morning",
        # a decimal after the pair is not a pair
        "blood pressure 190/120.5 is not a real reading",
    ],
)
def test_ordinary_or_malformed_pairs_stay_quiet(message):
    assert find_critical(message) == []
