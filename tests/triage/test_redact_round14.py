"""PHI round 14, from what a new annotator's set (phi_guide15) found: lower-case sign-offs ("thx
will", "- mo", "- k. hale"), a lower-case given name before a surname already found ("(grace
oduya)"), a street named without a number ("the cvs on elm st"). And what must stay for the
clinician: slashed numbers no calendar holds ("the 5/325") and pain scores ("from 7/10 to 3/10",
"way worse, like 8/10"), which the learned tagger read as dates, and a closing "ty".

The texts here were written for these tests; none is a dev or goldset item."""

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
        ("can i move my bloods to friday instead? thx will", "will"),
        ("ok that makes sense. thanks, mark", "mark"),
        ("my ankle is still puffy after the sprain. - mo", "mo"),
        ("the cream isn't helping at all, still itchy\n- em", "em"),
        ("the rash is back on my arms, worse at night. - r. okonjo", "r. okonjo"),
        ("sorry its joy again (joy adeyemi). the cough is no better", "joy adeyemi"),
        ("can you fax it to the walgreens on cedar st please", "cedar st"),
        ("my new place is off willow avenue, near the school", "willow avenue"),
    ],
)
def test_lower_case_names_and_streets_are_redacted(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value), redacted_words(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("took the 5/325 at 2 and the pain went from 7/10 to 3/10 by 4", {"5", "325", "3", "10"}),
        ("my back is way worse, like 8/10 when i bend", {"8", "10"}),
        ("is it ok to take the 7.5/325 with ibuprofen?", {"7", "5", "325"}),
        ("please send it to the pharmacy. ty", {"ty"}),
        ("is that ok? thanks so much", {"so", "much"}),
        ("see you soon, thanks love", {"love"}),
        ("we were on a long road trip when it started", {"long", "road"}),
        ("it happened driving on the main road", {"main", "road"}),
        ("2 mm st elevation on the ecg", {"st"}),
        ("i will be late, thanks in advance", {"in", "advance"}),
    ],
)
def test_doses_scores_and_closing_words_are_kept(
    redactor: Redactor, text: str, kept: set[str]
) -> None:
    assert not (redacted_words(redactor, text) & kept)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a date typed with slashes still goes, near a score or a dose alike
        ("pain was 6/10 on 3/14 and worse since 11/18/2026", "11/18/2026"),
        ("i started the 5/325 on 3/14", "3/14"),
        ("can i come like 3/10 instead? work is busy", "3/10"),
        ("seen on 12/03/26 for the same pain", "12/03/26"),
    ],
)
def test_real_slashed_dates_beside_them_are_still_dates(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value), redacted_words(redactor, text)
