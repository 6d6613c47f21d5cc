"""PHI round 15, from a set of phone-typed, lower-case messages (phi_guide16): a person named in
lower case where the sentence leaves no other reading -- beside a relation or a role ("grace my
carer", "my coworker deepa"), saying something ("will says", "bill from the pharmacy said"),
listed with the writer ("me and faith and obinna", "vi and li both"), introducing themselves
("salam, rania here"), owning a symptom ("sky's asthma"), glossed in brackets ("nkem (mum)"), or
signing with a word English hardly uses ("- yaw"). How common a word is comes from wordfreq.

The texts here were written for these tests; none is a dev or goldset item."""

from __future__ import annotations

import pytest

from pipelines.triage import redact_extra
from pipelines.triage.redact import Redactor
from tests.triage.phi_asserts import covered, redacted_words


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("faith my sister drove me home, the stitches are oozing a bit", "faith"),
        ("tupac the pharmacist says the two pills clash", "tupac"),
        ("my coworker ngozi found me dizzy in the break room", "ngozi"),
        ("will says i should ask before taking more ibuprofen", "will"),
        ("joy from the front desk said to message here about the rash", "joy"),
        ("me and esi and kwame all have the same cough since sunday", "kwame"),
        ("tomasz and wojtek both got the rash after the camping trip", "wojtek"),
        ("my twins amara and chidi are both wheezy tonight", "chidi"),
        ("hi, oksana here. the new tablets make me dizzy", "oksana"),
        ("laleh's fever is 39.1 this morning and she wont eat", "laleh"),
        ("sky's inhaler is nearly empty, can u send a refill", "sky"),
        ("can the nurse call back? bisi (my aunt) is still vomiting", "bisi"),
        ("the swelling is back in both ankles. - yaw", "yaw"),
        # from phi_guide17 (a second annotator): glosses, pairs, lists, footers, house numbers
        ("kofi and i (adjoa) both have the rash now", "adjoa"),
        ("pls ring me, tane, after 3 on 022 555 0191", "tane"),
        ("femi and tolu are coming with me to the scan", "tolu"),
        ("the forms can go to my kids ingrid, soren and bo", "soren"),
        ("thank you, marisol\nSent from my phone", "marisol"),
        ("still coughing at night, no fever xx tereza", "tereza"),
        ("the lump hasn't gone down. pls call me back. - will", "will"),
        ("pls update my file with the new pharmacy. ottoline", "ottoline"),
        ("the carer is at no 12 willow lane most mornings", "12 willow lane"),
    ],
)
def test_lower_case_people_are_redacted(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value), redacted_words(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("hope my son is ok, his temp is 38.5", {"hope"}),
        ("will my dose change after the scan?", {"will"}),
        ("everyone says the flu is going round", {"everyone"}),
        ("yesterday's bloods came back fine", {"yesterday"}),
        ("salt and pepper both make my mouth sting", {"salt", "pepper"}),
        ("me and my wife both have a cough", {"wife"}),
        ("metformin makes me feel sick in the mornings", {"metformin"}),
        ("the doctor said the rash is viral", {"doctor"}),
        ("sorry here is the photo of the rash", {"sorry"}),
        ("my son is 6 and has had a fever since friday", {"is"}),
        ("3... 2... 1... liftoff!", {"liftoff"}),
        ("bread and butter are all i can keep down", {"bread", "butter"}),
        ("i will be there at 3 pills a day", {"pills"}),
    ],
)
def test_ordinary_words_in_those_slots_are_kept(
    redactor: Redactor, text: str, kept: set[str]
) -> None:
    assert not (redacted_words(redactor, text) & kept)


def test_word_frequency_separates_names_in_the_dictionary_from_common_words() -> None:
    # all in the project's big word list; only the common ones are words a message uses
    assert redact_extra.is_rare_word("yaw") and redact_extra.is_rare_word("doli")
    assert not redact_extra.is_rare_word("thanks") and not redact_extra.is_rare_word("urgent")
