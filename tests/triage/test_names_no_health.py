"""Out of scope in other languages: a message the English-trained labels cannot read, that names
nothing about health in any of the lexicon's 25 languages nor in English, is an off-topic ask.
Every health message beside it, in the same languages, names something and stays unrefused.

The messages here were written for this test; none is in a training or dev file.
"""

from __future__ import annotations

import pytest

from pipelines.triage import health_lexicon, policy
from tests.triage.test_off_corpus import ADULT  # an adult chart: only the message decides


@pytest.mark.parametrize(
    "message",
    [
        "¿Me pueden recomendar un restaurante bueno y barato cerca del centro para el sábado?",
        "Bonjour, pouvez-vous m'aider à écrire une lettre de motivation pour un poste ?",
        "Kannst du mir bitte erklären, wie ich meine Steuererklärung online abgeben kann?",
        "Oi, qual é o melhor plano de celular pré-pago para quem viaja muito pelo Brasil?",
        "Czy możesz mi pomóc wybrać prezent urodzinowy dla mojej siostry, coś do 200 zł?",
        "Merhaba, İstanbul'dan Antalya'ya en ucuz otobüs bileti nereden alınır?",
        "週末に京都へ旅行に行きます。おすすめの観光地とお土産を教えてください。",
        "مرحبا، ممكن تساعدني أكتب رسالة لصاحب البيت عشان يصلح المكيف؟",
    ],
)
def test_an_ask_naming_no_health_in_another_language_is_out_of_scope(message: str) -> None:
    assert policy.names_no_health(message)
    assert "out_of_scope" in policy.pre_decision_reasons(message, ADULT)


@pytest.mark.parametrize(
    "message",
    [
        "Desde anoche tengo un dolor fuerte en el costado derecho y no puedo comer nada.",
        "Ma mère est tombée dans l'escalier, son poignet est tout gonflé et elle a très mal.",
        "Seit drei Tagen habe ich Fieber und Husten, soll ich in die Praxis kommen?",
        "Meu filho está com manchas vermelhas no corpo depois do antibiótico, é normal?",
        "Od tygodnia bardzo źle śpię i ciągle czuję niepokój, czy mogę dostać coś na sen?",
        "Ayak bileğimi burktum, çok şişti ve basınca acıyor, ne yapmalıyım?",
        "昨日から頭が痛くて、熱が38度あります。病院に行ったほうがいいですか?",
        "دكتور، عندي صداع قوي من يومين وما بقدر أنام",
        "요즘 자꾸 사라지고 싶다는 생각이 들어요",
        # a reading with its unit is a health number in any language
        "Hola, mi glucosa salió 250 mg hoy en la mañana, qué hago",
    ],
)
def test_a_health_message_in_another_language_is_not(message: str) -> None:
    assert not policy.names_no_health(message)
    assert "out_of_scope" not in policy.pre_decision_reasons(message, ADULT)


def test_english_and_short_messages_are_left_to_the_other_rules() -> None:
    # English is read by the learned labels and the corpus distance, not by this rule
    assert not policy.names_no_health("Can you recommend a cheap restaurant near the station?")
    # four words say too little either way
    assert not policy.names_no_health("Hola, ¿cómo están ustedes?")


def test_the_lexicon_matches_words_not_parts_of_other_words() -> None:
    assert health_lexicon.is_health("me duele la cabeza")
    # Romanian "februarie" holds "febr", Turkish "şiş kebap" is food: neither is health
    assert not health_lexicon.is_health("ne vedem în februarie la petrecere")
    assert not health_lexicon.is_health("şiş kebap tarifi lazım")
    # languages written with glued affixes match inside words ("وركبتي": "and my knee")
    assert health_lexicon.is_health("وركبتي منفوخة")


@pytest.mark.parametrize(
    "message",
    [
        "Mi papá no despierta y tiene los labios morados, qué hago?",
        "Mon père ne se réveille pas et il a les lèvres bleues, que faire ?",
        "Mein Vater wacht nicht auf und hat blaue Lippen, was soll ich tun?",
        "Meu pai não acorda e está com os lábios roxos, o que eu faço?",
        "Babam uyanmıyor ve dudakları mor, ne yapmalıyım?",
        "Je ne veux plus vivre, j'ai tout préparé pour ce soir.",
    ],
)
def test_an_emergency_in_another_language_names_health(message: str) -> None:
    # these named no word the lexicon knew and were read as off-topic
    assert not policy.names_no_health(message)


def test_the_lexicon_keeps_french_and_english_apart() -> None:
    # "God bless" is not the French "blessé"
    assert health_lexicon.is_health("je me suis blessé à la main")
    assert not health_lexicon.is_health("God bless")
