"""Cross-language false friends (health_lexicon.FALSE_FRIENDS): an everyday word of the language a
message is written in does not count as another language's health word ("hasta" in Spanish is
"until", not Turkish "ill"); in the language where it is health, or beside that language's own
health word, the message still names health.

The messages here were written for these tests; none is in a training or dev file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import health_lexicon, policy

EVERYDAY = [
    # Spanish "until": "the landlord won't fix the heating until Monday, what do I do?"
    "Buenas, el casero no quiere arreglar la calefacción hasta el lunes y tengo frío en casa, "
    "¿qué hago con el contrato?",
    # Vietnamese "sang" (over to): "what papers do I need to bring my parents over to the US?"
    "Cho em hỏi muốn đưa ba mẹ sang Mỹ thì cần những giấy tờ gì ạ? Em cảm ơn nhiều.",
    # Italian "sono" (I have never been): "we are six and I have never been here: a good pizzeria
    # for Saturday?"
    "Buongiorno, siamo in sei e non sono mai stato in zona: conoscete una buona pizzeria "
    "per sabato?",
    # Dutch "kan" (can): "can someone tell me where I can park my bike?"
    "Hallo, kan iemand mij zeggen waar ik mijn fiets kan parkeren bij het station?",
]
HEALTH = [
    # Turkish "ill": "my mother is very ill, she has a high fever"
    "Annem çok hasta, ateşi çok yüksek ve titriyor.",
    # French "blood": "there is blood in my urine since this morning"
    "Bonjour, il y a du sang dans mes urines depuis ce matin.",
    # Spanish "until" beside a Spanish sign: "the pain lasted until this morning"
    "Me duele el pecho desde anoche hasta esta mañana, ¿qué hago?",
]


@pytest.mark.parametrize("message", EVERYDAY)
def test_an_everyday_word_of_the_message_language_names_no_health(message: str) -> None:
    assert not health_lexicon.is_health(message)
    assert policy.names_no_health(message)


@pytest.mark.parametrize("message", HEALTH)
def test_the_word_still_names_health_where_it_is_health(message: str) -> None:
    assert health_lexicon.is_health(message)
    assert not policy.names_no_health(message)


def test_reads_as_needs_two_marker_words() -> None:
    assert health_lexicon.reads_as("Tengo una pregunta para usted", "es")
    assert not health_lexicon.reads_as("hasta", "es")
    assert health_lexicon.reads_as("Chào bác sĩ, cho em hỏi", "vi")
    assert not health_lexicon.reads_as("Annem çok hasta", "es")


def test_every_false_friend_language_has_a_reading() -> None:
    for lang in health_lexicon.FALSE_FRIENDS:
        assert lang == "vi" or lang in health_lexicon._MARKERS
