"""Everyday words for emergency signs in other languages (health_lexicon_signs): a message that
tells one names health, so it is never refused as naming none; everyday asks still name none.
A clinician or a place of care greeted before a question about something else names no health;
in a message that asks nothing it still keeps the message in scope.

The messages here were written for these tests; none is in a training or dev file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import health_lexicon, policy

EMERGENCIES = [
    # "My father's face is twisted and he can't speak"
    "Ang tatay ko ay tabingi ang mukha at hindi makapagsalita kanina pa",
    # "Grandma collapsed and won't wake up, foam at the mouth"
    "Mi abuela se desplomó y no se puede despertar, tiene espuma por la boca",
    # "He fell down the stairs and hit his head, he can't get up"
    "Il est tombé dans l'escalier, il s'est cogné la tête et n'arrive pas à se lever",
    # "My son swallowed a button battery an hour ago"
    "Mein Sohn hat vor einer Stunde eine Knopfzelle verschluckt und weint",
    # "Mum's mouth went crooked and the words won't come out" (Latin American Spanish)
    "A mi mamá se le puso la boca chueca y no le salen las palabras, ¿qué hago?",
    # "Her lips went blue and she is gasping"
    "Os lábios dela ficaram roxos e ela está puxando o ar com força",
    # "Since lunch grandpa's words are slurred, he can't hold his cup steady and he veers to the
    # left when he walks; should we wait?" (round 16: a blind set's stroke was read as no health)
    "爷爷从中午开始讲话含糊不清，杯子也拿不稳，走路往左边歪，要不要再等等看？",
]
EVERYDAY = [
    "¿A qué hora sale el autobús para Sevilla el domingo por la mañana, por favor?",
    "Anong oras aalis ang bus papuntang Baguio bukas ng umaga? Salamat po.",
    "Pourriez-vous m'aider à remplir le formulaire de la caisse d'allocations familiales ?",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_an_emergency_told_in_everyday_words_names_health(message: str) -> None:
    assert health_lexicon.is_health(message)
    assert not policy.names_no_health(message)


@pytest.mark.parametrize("message", EVERYDAY)
def test_an_everyday_ask_still_names_no_health(message: str) -> None:
    assert policy.names_no_health(message)


def test_every_language_of_the_lexicon_has_its_signs() -> None:
    from pipelines.triage.health_lexicon_signs import SIGNS

    assert set(SIGNS) == set(health_lexicon.HEALTH_STEMS)


# A greeting to the clinician, then a question about something else: off-topic.
GREETING_THEN_OTHER_ASK = [
    # "Hello doctor, which bus goes to the airport from the clinic?"
    "Hola doctora, ¿qué autobús va al aeropuerto desde la clínica? Gracias de antemano.",
    # "Hello doctor, can you recommend a good kindergarten near the hospital?"
    "医生您好，请问医院附近有没有好一点的幼儿园可以推荐？谢谢。",
]
# The same greeting with no question: a feeling or a sign the lists may miss keeps it in scope.
GREETING_AND_A_FEELING = [
    # "Doctor, lately nothing has any flavour for me and I would rather not wake up."
    "Doctora, últimamente nada me sabe a nada y preferiría no despertar mañana por la mañana.",
]


@pytest.mark.parametrize("message", GREETING_THEN_OTHER_ASK)
def test_a_clinician_greeted_before_another_question_names_no_health(message: str) -> None:
    assert health_lexicon.is_health(message)
    assert not health_lexicon.is_health_beyond_care(message)
    assert policy.names_no_health(message)


@pytest.mark.parametrize("message", GREETING_AND_A_FEELING)
def test_a_clinician_greeted_in_a_message_that_asks_nothing_keeps_it_in_scope(
    message: str,
) -> None:
    assert not policy.names_no_health(message)


def test_care_words_are_whole_words_never_a_stem_that_names_being_ill() -> None:
    # "enferm*" in the Spanish care list also reads "enferma" (ill): not a care word
    assert health_lexicon.is_health_beyond_care("Hola doctora, ¿estoy enferma o solo cansada?")
    assert all("*" not in w for w in health_lexicon.CARE_WORDS)


@pytest.mark.parametrize(
    "message",
    [
        # Hindi: "Doctor, since yesterday my chest feels heavy and I get breathless on the stairs."
        "डॉक्टर साहब, कल से मेरी छाती भारी लग रही है और सीढ़ियाँ चढ़ते ही सांस फूल जाती है।",
        # Urdu: "Since morning my father's hand has been numb and his speech is unclear."
        "صبح سے میرے والد کا ہاتھ سن ہے اور ان کی بات سمجھ نہیں آ رہی۔",
    ],
)
def test_a_script_the_lists_do_not_cover_is_never_read_as_naming_no_health(message: str) -> None:
    assert not policy.names_no_health(message)


def test_a_short_arabic_word_is_read_whole_not_inside_another() -> None:
    # "I want to book a plane ticket" / "I need to renew my passport": "يد" (hand) and "دم"
    # (blood) sit inside the words for "want" and "renew"
    assert not health_lexicon.is_health("أريد حجز تذكرة طيران", ["ar"])
    assert not health_lexicon.is_health("أحتاج تجديد جواز السفر", ["ar"])
    # ...and are still read with the clitics glued on: "my hand hurts", "and my foot is swollen"
    assert health_lexicon.is_health("يدي تؤلمني", ["ar"])
    assert health_lexicon.is_health("وقدمي منتفخة", ["ar"])
