"""Everyday words for emergency signs in other languages (health_lexicon_signs): a message that
tells one names health, so it is never refused as naming none; everyday asks still name none.

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
    # "Her lips went blue and she is gasping"
    "Os lábios dela ficaram roxos e ela está puxando o ar com força",
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
