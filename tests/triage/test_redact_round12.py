"""PHI round 12, from short messages typed on phones and from voicemail transcripts: a street
in lower case, a number or a birth date read out in words, a month or a holiday typed in lower
case after a word that dates it, a surname that is also a word after a short title, a
lower-case name after "attn", in brackets after a relation, before "'s mom" or "here", and a
name said a second time. Counts, doses, a doctor who "said", multiple sclerosis,
a drive before its unit and a state named after someone called like it are not PHI."""

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
        ("the bill came to my old address 77 kent rd, i moved", "77 kent rd"),
        ("moved to 450 maple grove rd, room 212 last week", "450 maple grove rd"),
        ("pls use 3309 lakeshore dr unit 12b from now on", "3309 lakeshore dr unit 12b"),
        ("send it to my house 1820 w 33rd st, chicago", "1820 w 33rd st"),
        (
            "my number is four one five, five five five, zero one nine two, thank you",
            "four one five, five five five, zero one nine two",
        ),
        ("pt confirms dob as twelve nine fifty one, husband present", "twelve nine fifty one"),
        ("date of birth oh-five, twenty-three, eighty, callback later", "oh-five, twenty-three"),
        ("can dr green call me back today", "green"),
        ("my boss mr young needs the note by friday", "young"),
        ("ms. green in bed 7 wants her son to stay", "green"),
        ("pls fax the referral to the office attn chidinma", "chidinma"),
        ("send the form to my work, attn: faith in HR", "faith"),
        ("dtr (nkechi) says pt cant do stairs", "nkechi"),
        ("spouse (godfrey) driving after the procedure", "godfrey"),
        ("hey this is gabe's mom. his inhaler ran out", "gabe"),
        ("bill here, bp meds making me cough nonstop", "bill"),
        ("callback 0903 555 781 (she's in vietnam til jan)", "jan"),
        ("my wife has been coughing since thanksgiving, can she be seen", "thanksgiving"),
    ],
)
def test_phone_typed_phi_is_redacted(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_a_repeated_name_keeps_its_offsets_past_a_dotted_capital(redactor: Redactor) -> None:
    text = "İbrahim called. İbrahim's phone is off."
    red = redactor.redact(text)
    assert red.token_map.restore(red.text) == text
    assert "'s phone" in red.text


def test_a_name_said_again_is_redacted_again(redactor: Redactor) -> None:
    text = "spoke w her husband dale. pt confirms dob. dale's cell is 555-410-2273"
    red = redactor.redact(text)
    second = text.rindex("dale")
    assert any(s.start <= second < s.end for s in red.spans)
    assert "'s cell" in red.text  # the possessive stays outside the name


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("took 2 tabs at 8 and 3 times a day after that", {"2", "tabs", "3", "times"}),
        ("pt called asking for dr. o'brien-walsh, told her 2pm", {"asking", "for"}),
        ("the dr said to rest, my ms flare is worse", {"said", "flare"}),
        ("dr appt moved, dr note needed for work", {"appt", "note"}),
        ("walked 3 blocks down the road and back", {"blocks", "road"}),
        ("took one two three deep breaths then the pain eased", {"one", "two", "three"}),
        ("My cousin Georgia says the clinics in Georgia refill by text.", {"clinics"}),
        ("Pt requesting AMA discharge. AMA form signed.", {"AMA"}),
        # from a review of the first version: ECG findings, counts, doses and shorthand
        ("ecg shows 2 mm st elevation in v4 to v6", {"2", "mm", "st", "elevation"}),
        ("ekg 3 lead st changes, trop pending", {"3", "lead", "st"}),
        ("took 4 extra strength tylenol st john's wort too", {"4", "extra", "strength"}),
        ("on 40 units lantus and 10 humalog st", {"10", "humalog"}),
        ("3 enlarged neck ln on ct", {"3", "enlarged", "neck", "ln"}),
        ("bp 130 home ave, fine otherwise", {"130", "home"}),
        ("saw 2 different heart dr this year", {"2", "different", "heart"}),
        ("count backwards seven six five four three two one", {"seven", "six", "one"}),
        ("prednisone taper six six five five four four three three two two one one", {"six"}),
        ("rash began after aug, since aug my diarrhea is bad", {"aug"}),
        ("mr stable overnight, dr black stool since tuesday", {"stable", "black"}),
        ("dr white count high, mrs bland diet ok?", {"white", "bland"}),
        ("I may be late, we march in the parade at noon", {"may", "march"}),
        ("in may we changed nothing, by may i want to run", {"may"}),
    ],
)
def test_look_alikes_are_kept(redactor: Redactor, text: str, kept: set[str]) -> None:
    assert not kept & redacted_words(redactor, text)


def test_a_state_is_not_taken_for_the_person_named_like_it(redactor: Redactor) -> None:
    text = "My cousin Georgia says the clinics in Georgia refill by text."
    red = redactor.redact(text)
    state = text.rindex("Georgia")
    assert covered(redactor, text, "Georgia")  # the cousin
    assert not any(s.start <= state < s.end for s in red.spans)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my number is four one five double five five zero one nine two", "double five"),
        ("call me at triple eight, five five five, zero one four two", "triple eight"),
        ("dob is september twelfth, nineteen fifty one, and she lives alone", "fifty one"),
        ("birthday is march third nineteen forty", "third"),
        ("we moved to 220 birch pl last month", "220 birch pl"),
        ("our new address is 3 park close, leeds", "3 park close"),
    ],
)
def test_more_spoken_and_typed_forms_are_redacted(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("took 3 tabs a day, way too many for me", {"way"}),
        ("walked 5 blocks to the court and back", {"court"}),
        ("she was born in nineteen eighty and is fine", {"nineteen", "eighty"}),
    ],
)
def test_their_look_alikes_are_kept(redactor: Redactor, text: str, kept: set[str]) -> None:
    assert not kept & redacted_words(redactor, text)
