"""The off-topic head for other languages: read only where the English heads cannot, used as a
union, held back by a health concern the rules name unless confident.

Phrasings here are new (not from any dev, holdout or training file).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from pipelines.triage import policy, policy_model
from pipelines.triage.chart import slice_chart

_CHART = slice_chart(
    {
        "resourceType": "Bundle",
        "entry": [
            {"resource": {"resourceType": "Patient", "birthDate": "1969-07-30", "gender": "male"}},
            {"resource": {"resourceType": "Encounter", "period": {"start": "2026-05-04"}}},
        ],
    }
)
# An everyday ask in Italian after a settled blood pressure, which no rule refuses: a
# restaurant for a first communion.
ITALIAN_ASK = (
    "Buongiorno dottore, la pressione va benissimo adesso. Cerchiamo un ristorante con giardino "
    "per la comunione di mio nipote, una cinquantina di persone, qualche consiglio?"
)
ENGLISH_ASK = "Could you suggest a restaurant with a garden for my nephew's communion lunch?"


@dataclass
class _Fixed:
    """A foreign head that gives every message the same score."""

    value: float
    threshold: float = policy_model.FOREIGN_THRESHOLD

    def score(self, message: str) -> float:
        return self.value


@pytest.fixture(scope="module")
def clf() -> policy_model.RefusalClassifier:
    return policy_model.load()


def _with(clf: policy_model.RefusalClassifier, value: float) -> policy_model.RefusalClassifier:
    return replace(clf, foreign=_Fixed(value))  # type: ignore[arg-type]


def test_rules_alone_leave_the_italian_ask(clf: policy_model.RefusalClassifier) -> None:
    assert policy.pre_decision_reasons(ITALIAN_ASK, _CHART, replace(clf, foreign=None)) == []


def test_the_head_refuses_over_a_named_concern_only_when_confident(
    clf: policy_model.RefusalClassifier,
) -> None:
    # "la pressione" is a health word the rules know: the head needs FOREIGN_OVER_HEALTH
    assert policy._raises_health_concern(ITALIAN_ASK)
    confident = _with(clf, policy.FOREIGN_OVER_HEALTH)
    above_bar = _with(clf, policy_model.FOREIGN_THRESHOLD + 0.01)
    assert "out_of_scope" in policy.pre_decision_reasons(ITALIAN_ASK, _CHART, confident)
    assert "out_of_scope" not in policy.pre_decision_reasons(ITALIAN_ASK, _CHART, above_bar)


def test_the_head_never_reads_english(clf: policy_model.RefusalClassifier) -> None:
    # an English ask is the English heads' to judge; a certain foreign score changes nothing
    first = policy.pre_decision_reasons(ENGLISH_ASK, _CHART, replace(clf, foreign=None))
    assert policy.pre_decision_reasons(ENGLISH_ASK, _CHART, _with(clf, 1.0)) == first
    assert not policy.reads_other_language(ENGLISH_ASK)


@pytest.mark.parametrize(
    ("score", "refused"),
    [(0.75, False), (policy.FOREIGN_OVER_HEALTH, True)],
)
def test_a_named_health_concern_holds_it_back_unless_confident(score: float, refused: bool) -> None:
    # "fever" (fiebre) is a concern the rules name in Spanish
    message = "Hola, tengo fiebre desde ayer y quería saber dónde venden entradas para el fútbol"
    assert policy._raises_health_concern(message)
    assert policy.foreign_off_topic(message, score, policy_model.FOREIGN_THRESHOLD) is refused


def test_short_messages_are_left_to_the_rules() -> None:
    assert not policy.reads_other_language("Hola, ¿qué tal?")
    assert policy.reads_other_language(ITALIAN_ASK)
    assert policy.reads_other_language("请问附近有便宜的搬家公司吗？下个月要搬家。")


@pytest.mark.parametrize(
    "message",
    [
        "Hola doctora, desde el martes tengo mucho dolor al orinar y fiebre, y me duele la "
        "espalda de un lado. ¿Tengo que ir hoy?",
        "Bom dia, minha mãe está com a boca torta de um lado e não consegue levantar o braço "
        "desde agora de manhã.",
        "Chào bác sĩ, con em 6 tuổi sốt cao 40 độ từ tối qua, li bì, không chịu uống nước.",
    ],
)
def test_health_messages_score_below_the_bar(
    message: str, clf: policy_model.RefusalClassifier
) -> None:
    assert clf.foreign is not None
    assert clf.foreign.score(message) < clf.foreign.threshold
    assert "out_of_scope" not in policy.pre_decision_reasons(message, _CHART, clf)


def test_its_rows_are_other_language_and_its_asks_its_own() -> None:
    rows = policy_model.foreign_rows()
    asks = [r for r in rows if r["label"] == "out_of_scope"]
    own = {r["message"] for f in policy_model.FOREIGN_FILES for r in policy_model.read_rows(f)}
    assert asks and {r["message"] for r in asks} <= own
    assert all(policy.reads_other_language(r["message"]) for r in rows if r["message"] not in own)
