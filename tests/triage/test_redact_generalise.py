"""PHI redaction on phrasings the first rules missed: lower-case and common-word names,
facilities, rural and foreign addresses, spelled ages, cued identifiers; plus floors on the
hand-written training set and checks that ordinary clinical words survive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.metrics.spans import (
    phi_token_precision_score,
    phi_token_recall_score,
    span_f1_score,
)
from pipelines.triage.redact import Redactor
from tests.triage.phi_asserts import covered

DEV = Path(__file__).resolve().parents[2] / "pipelines" / "triage" / "dev"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("my boy kofi fell off his bike", ["kofi"]),
        ("thx, ravi", ["ravi"]),
        ("hi, ana paula again. fever gone!", ["ana paula"]),
        ("Please tell Crystal at the front desk I'm late.", ["Crystal"]),
        ("Autumn has been vomiting since lunch.", ["Autumn"]),
        ("My grandson Rhys ap Gwilym will drive me.", ["Rhys ap Gwilym"]),
        ("pls tell dr. van der Berg my son threw up", ["van der Berg"]),
        ("Both kids (Milo, Juniper) have lice.", ["Milo", "Juniper"]),
        ("Account is under Shane M Culp.", ["Shane M Culp"]),
        ("She's a resident at Maple Grove Nursing Home.", ["Maple Grove Nursing Home"]),
        ("Transfer records from Lakeside Family Clinic please.", ["Lakeside Family Clinic"]),
        ("I'm at Rural Route 3, Hazard, KY.", ["Rural Route 3", "Hazard"]),
        ("Ambulance came to HC 64 Box 1190 last year.", ["HC 64 Box 1190"]),
        ("Forward it to Flat 4B, 22 Marchmont Road, Edinburgh EH9 1HY.", ["Flat 4B", "EH9 1HY"]),
        ("Dexter lives on Ziegelgasse 19.", ["Dexter", "Ziegelgasse 19"]),
        ("My aunt is ninety-seven and lives alone.", ["ninety-seven"]),
        ("Dad, 91, had a fall last night.", ["91"]),
        ("My great-grandmother turns 100 next month!", ["100"]),
        ("Last tetanus shot was around May of 2016.", ["May of 2016"]),
        ("I started the patch in Aug '24.", ["Aug '24"]),
        ("Infusion Tues. 11/24 at 8 am please.", ["Tues. 11/24"]),
        ("Cell is +33 6 12 34 56 78 while I'm away.", ["+33 6 12 34 56 78"]),
        ("Dial (603) 555-0138, extension 4412 for my worker.", ["(603) 555-0138, extension 4412"]),
        ("Call back 555-0191 please.", ["555-0191"]),
        ("my insurance id is yhb882410077", ["yhb882410077"]),
        ("Tag number 8BDX442 on the car.", ["8BDX442"]),
        ("Old chart # CH 99 41 07 from the other hospital.", ["CH 99 41 07"]),
        ("insulin pump serial # PMP 550 193 X", ["PMP 550 193 X"]),
        ("Last four of social: 8820.", ["8820"]),
        ("For identity: SSN ending 6631.", ["6631"]),
        ("ZIP: 3520", ["3520"]),
    ],
)
def test_unseen_phrasings_are_redacted(redactor: Redactor, text: str, phi: list[str]) -> None:
    for value in phi:
        assert covered(redactor, text, value), (value, redactor.redact(text).text)
    red = redactor.redact(text)
    assert red.token_map.restore(red.text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Took 2 Aleve. Labs drawn fine. Started insulin glargine 18 units.", ["Took", "Labs"]),
        ("Temp 100.4 at 9 pm, pulse 95, pain 6/10.", ["100.4", "95", "6/10"]),
        ("Moved from Texas last year, I speak English.", ["Texas", "English"]),
        ("BP 142/88, HR 76, SpO2 97%.", ["SpO2", "142/88"]),
        ("Grace period for the copay? Mark the chart please.", ["Grace", "Mark"]),
        ("Glucose 212 on Monday, 188 on Wednesday.", ["Monday", "Wednesday", "188"]),
        ("She is 88 and on Eliquis.", ["88"]),
    ],
)
def test_clinical_text_survives(redactor: Redactor, text: str, kept: list[str]) -> None:
    red = redactor.redact(text)
    for word in kept:
        assert word in red.text, red.text


def _score(redactor: Redactor, path: Path) -> tuple[float, float, float]:
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    texts = [i["text"] for i in items]
    gold = [[(s["start"], s["end"]) for s in i["spans"]] for i in items]
    pred = [[(s.start, s.end) for s in redactor.redact(t).spans] for t in texts]
    return (
        phi_token_recall_score(texts, gold, pred),
        phi_token_precision_score(texts, gold, pred),
        span_f1_score(gold, pred),
    )


def test_floors_on_the_hand_written_training_set(redactor: Redactor) -> None:
    # measured 0.995 / 0.988 / 0.985 (302 items, round 2); floors just under. Precision 0.974
    # since a state after its city is redacted: this set leaves states unmarked
    recall, precision, f1 = _score(redactor, DEV / "phi_train.jsonl")
    assert recall >= 0.99, recall
    assert precision >= 0.97, precision
    assert f1 >= 0.97, f1


def test_floors_on_the_original_dev_set(redactor: Redactor) -> None:
    # measured 1.0 / 0.968 / 0.945 (70 items, round 2; 1.0 / 0.918 / 0.905 after round 1)
    recall, precision, f1 = _score(redactor, DEV / "phi_dev.jsonl")
    assert recall >= 0.99, recall
    assert precision >= 0.95, precision
    assert f1 >= 0.93, f1
