"""A floor under the decision: passive thoughts of death go to a clinician the same day.

The suicidal-thoughts pathway asks for same-day contact for "passive thoughts of death with no
plan or intent"; with a plan, means or a time the safety net (`implicit_emergency`) escalates.
The decider, trained mostly on physical complaints, read "I don't see the point in going on" as
routine low mood. This floor only ever raises a band, never lowers one or touches an escalation.
Patterns first; a learned scorer (death_wish_model) reads the wordings no pattern names.
"""

from __future__ import annotations

import re
from typing import Protocol

from harness.contract import ACUITY_BANDS, TriageDecision
from pipelines.triage.health_lexicon import APOSTROPHES, normalize

SAME_DAY_BAND = "3-same-day"
VERSION = "1"
"""Bumped with any pattern change: part of the pipeline's version fingerprint."""

# What the thoughts are of: suicide, not being alive, harming oneself (not "dying" or "death":
# after a diagnosis those are as often fear of the illness).
_DEATH = (
    r"(?:suicide(?!\s+(?:prevention|awareness|training|hotline|line|rates?))|killing\s+myself|"
    r"ending\s+(?:it|it\s+all|my\s+life|things)(?!\s+with)|taking\s+my\s+(?:own\s+)?life|"
    r"not\s+being\s+(?:here|around|alive)(?!\s+(?:for|at|on|when|in|to|during|next|this))|"
    r"hurting\s+myself|harming\s+myself|self[-\s]?harm\w*|being\s+dead)"
)
# Waking up is a wish only when it is not about when or how ("wake up at 4am", "during surgery").
_WAKE_NOT_WHEN = (
    r"(?:\s+up)?(?!\s+up\b)(?!\s+(?:at|during|in|with|every|so|until|before|early|without|after))"
)
# The sender's own thoughts of death, in the first person (someone else's are a carer's
# question, routine when that person already has help). Read on `_text` (apostrophes folded).
_DEATH_WISH = re.compile(
    r"""(?ix)
    \b(?:don't|do\s+not|can't|cannot|can\s+not)\s+see\s+(?:the|any|a)\s+point\s+(?:in|of|to)\s+
        (?:going\s+on|go\s+on|living|life|carrying\s+on|being\s+(?:here|alive|around)|
        (?:anything|it\s+all)\s+any\s?more|waking\s+up)(?!\s+with)
    | \bno\s+(?:point|reason)\s+(?:in\s+|to\s+|for\s+me\s+to\s+)?(?:going\s+on|go\s+on|living|live|
        carrying\s+on|carry\s+on|being\s+(?:here|alive|around)|be\s+(?:here|alive|around))
        (?!\s+with)
    | \bwish(?:ing)?\s+(?:i|that\s+i)\s+(?:was|were|could\s+be)\s+(?:dead|gone|not\s+here)
        (?!\s+(?:in|at|with|for|today|tonight|waiting))
    | \bwish(?:ing)?\s+(?:i|that\s+i)\s+(?:could|would)\s+(?:just\s+)?
        (?:die|disappear|not\s+wake<WAKE>|go\s+to\s+sleep\s+and\s+(?:never|not)\s+wake)
    | \bwish(?:ing)?\s+(?:i|that\s+i)\s+(?:wouldn't|didn't|won't)\s+wake<WAKE>
    | \bwish(?:ing)?\s+i\s+(?:had\s+)?(?:never\s+been\s+born|wasn't\s+(?:here|alive|around)|
        didn't\s+exist)
    | \b(?:hope|hoping|pray|praying)\s+(?:that\s+)?i\s+
        (?:don't|do\s+not|won't|will\s+not|never)\s+wake<WAKE>
    | \b(?:better|easier|happier|lighter)\s+off\s+without\s+me\b
    | \b(?:nobody|no\s+one|no-one)\s+(?:would|will|'d)\s+(?:miss\s+me|notice\s+if\s+i\s+
        (?:was|were|wasn't|died|disappeared)|care\s+if\s+i\s+(?:was|were|wasn't|died))
    | \b(?:i'm|i\s+am|i\s+feel\s+like|feel\s+like)\s+(?:just\s+|such\s+)?a\s+burden\s+(?:to|on)\s+
        (?:every\w*|my\s+family|my\s+kids|them\s+all|all\s+of\s+them)
    | \btired\s+of\s+(?:living|being\s+alive|life|existing|being\s+here)\b(?!\s+with)
    | \b(?:life|living|my\s+life)\s+(?:just\s+|really\s+|simply\s+)?(?:isn't|is\s+not|'s\s+not|
        is\s+no\s+longer|no\s+longer\s+(?:feels|seems)|doesn't\s+(?:feel|seem))\s+worth\s+
        (?:living|it)\b
    | \bnot\s+worth\s+living\b
    | (?:\bi|^|[.!?]\s*)\s*(?:just\s+|really\s+|honestly\s+|sometimes\s+|kind\s+of\s+|kinda\s+)?
        (?:want|wanna)\s+to\s+(?:die|disappear|not\s+(?:exist|be\s+here|wake\s+up))\b
        (?!\s+(?:of|from|laughing|at\s+home|peacefully|with\s+dignity|when|in\s+my\s+own))
    | \b(?:don't|do\s+not)\s+want\s+to\s+(?:live|exist|wake\s+up|be\s+alive|be\s+(?:here|around)\s+
        any\s?more)\b(?!\s+with)
    # first person only: a friend's or a relative's thoughts are a carer's question
    | \bi(?:'ve|'m|\s+have|\s+am|\s+keep|\s+still|\s+get|\s+had|\s+often)?\s+(?:\w+\s+){0,3}
        (?:suicidal\b|(?:thoughts?|thinking|thought)\s+(?:of|about)\s+<DEATH>)
    | \bmy\s+(?:own\s+)?(?:suicidal\s+(?:thoughts?|feelings?|urges?)|thoughts?\s+(?:of|about)\s+
        <DEATH>)
    | (?:^|[.!?]\s*)(?:been|feeling|feel|having|had|keep\s+having)\s+(?:\w+\s+){0,2}
        (?:suicidal\b|thoughts?\s+(?:of|about)\s+<DEATH>)
    | \burges?\s+to\s+(?:hurt|harm|cut)\s+myself\b
    | (?:^|[.!?]\s*)suicidal\b(?:\s+again|\s+today|\s+tonight|\s+now|\W*$)
    """.replace("<DEATH>", _DEATH).replace("<WAKE>", _WAKE_NOT_WHEN)
)
# Told as over, denied, asked as a screening question, quoted from someone else, or a leaflet's
# warning: read in the clause of the match only, so a fence elsewhere in the message ("the
# lowest I've ever been", "since he died last year") does not silence a wish.
_NOT_NOW = re.compile(
    r"""(?ix)
    \b(?:years?|months?)\s+ago\b | \bback\s+(?:then|when|in\s+(?:19|20)\d\d)\b
    | \bwhen\s+i\s+was\s+(?:younger|a\s+teen\w*|at\s+(?:school|uni))
    | \bused\s+to\s+(?:have|feel|get|think|wish|be)\b | \bnone\s+since\b
    | \b\w+\s+years?\s+back\b | \ball\s+(?:fine|good|ok|okay|well)\s+now\b
    | \b(?:that's|it's|they're|they\s+are|those\s+are|it\s+is)\s+(?:completely\s+|all\s+|long\s+)?
        (?:gone|passed|over)\b
    | \b(?:not|never|no\s+longer|don't|do\s+not|haven't|have\s+not)\b[^.,;!?\n]{0,20}\bsuicidal\b
    | \b(?:no|never\s+had|don't\s+have|do\s+not\s+have)\s+(?:any\s+)?(?:suicidal\s+)?
        (?:thoughts?|ideas?|urges?)\s+(?:of|about|to)\b
    | \bhave\s+you\s+ever\b | \b(?:asks?|asked)\s+(?:me\s+)?(?:if|whether)\b
    | \b(?!i\b)\w+\s+(?:said|says|texted|wrote)\s*[:,]?\s*["'\u201c\u2018]
    | \b(?:die|died|dying)\s+(?:of|from)\s+(?:embarrassment|shame|boredom|laughing|laughter)\b
    | \b(?:leaflets?|labels?|warnings?|side[-\s]effects?)\s+(?:says?|said|mentions?|lists?|warns?|
        includes?|about)\b
    """
)
_CLAUSE = re.compile(r"[^.;!?\n]+")


def _text(message: str) -> str:
    """What the patterns read: the refusal labels' normalised text (zero-width characters,
    look-alike letters and digits-for-letters undone), apostrophes folded."""
    from pipelines.triage.policy_model import normalise

    return normalise(message.translate(APOSTROPHES))


# The same in other languages, matched after health_lexicon.normalize (accents folded), as
# phrases: not wanting to live, wanting to die, life without meaning, dark thoughts.
_OTHER_LANGUAGES = (
    # es
    "no quiero vivir",
    "no quiero seguir viviendo",
    "sin ganas de vivir",
    "ganas de morir",
    "quiero morir",
    "me quiero morir",
    "quisiera no despertar",
    "no tiene sentido vivir",
    "no le veo sentido a la vida",
    "mejor sin mi",
    # pt
    "nao quero viver",
    "nao quero mais viver",
    "quero morrer",
    "vontade de morrer",
    "queria nao acordar",
    "melhor sem mim",
    # fr
    "envie de mourir",
    "je veux mourir",
    "plus envie de vivre",
    "ne veux plus vivre",
    "idees noires",
    "mieux sans moi",
    "ne plus me reveiller",
    # it
    "voglio morire",
    "non voglio piu vivere",
    "meglio senza di me",
    # de
    "will sterben",
    "mochte sterben",
    "moechte sterben",
    "nicht mehr leben",
    "lebensmude",
    "lebensmuede",
    "besser ohne mich",
    "nicht mehr aufwachen",
    # pl
    "chce umrzec",
    "nie chce zyc",
    "nie chce juz zyc",
    "lepiej beze mnie",
    # ru
    "не хочу жить",
    "хочу умереть",
    "лучше без меня",
    # tr
    "olmek istiyorum",
    "yasamak istemiyorum",
    # tl
    "gusto ko nang mamatay",
    "ayoko nang mabuhay",
    "sana hindi na ako magising",
    # hi (Latin script)
    "marna chahta",
    "marna chahti",
    "jeene ka mann nahi",
    "jeene ki ichha nahi",
    "jeena nahi chahta",
    "jeena nahi chahti",
    # vi (normalize folds the tone marks, so one spelling serves both)
    "muốn chết",
    "không muốn sống",
    # zh, ja, ko, ar: substrings
    "不想活",
    "想死",
    "活着没意思",
    "活著沒意思",
    "死にたい",
    "消えたい",
    "生きていたくない",
    "죽고 싶",
    "살기 싫",
    "أريد أن أموت",
    "اريد ان اموت",
    "لا اريد ان اعيش",
    "بدي موت",
    "لا أريد أن أعيش",
    "ما بدي عيش",
)
_OTHER_RX = re.compile(
    "|".join(
        rf"\b{re.escape(normalize(p))}\b" if p[0].isascii() else re.escape(normalize(p))
        for p in sorted(_OTHER_LANGUAGES, key=len, reverse=True)
    )
)
# "I don't want to die" is fear of an illness, not a wish: a negation in the two words before.
_NEGATED = re.compile(
    r"\b(?:no|nao|non|nie|nicht|kein\w*|pas|khong|nahi|nahin|hindi)\b|\bне\b|不|没"
)
_TWO_WORDS_BEFORE = re.compile(r"(?:\S+\s+){0,2}\S*$")
# "想死你了" is "miss you terribly", not a wish to die.
_MISSING_SOMEONE = re.compile(r"想死(?:你|他|她|我了|了)")


def says_death_wish(message: str) -> bool:
    """Whether the patterns read the sender's own thoughts of death now (passive or not)."""
    text = _text(message)
    for sentence in _CLAUSE.finditer(text):
        if _DEATH_WISH.search(sentence.group(0)) and not _NOT_NOW.search(sentence.group(0)):
            return True
    # (the other languages on their own letters: the English reading maps Cyrillic look-alikes)
    norm = normalize(" ".join(message.split()))
    for m in _OTHER_RX.finditer(norm):
        before = _TWO_WORDS_BEFORE.search(norm[max(0, m.start() - 30) : m.start()])
        if before and _NEGATED.search(before.group(0)):
            continue
        if _MISSING_SOMEONE.match(norm, m.start()):
            continue
        return True
    return False


class Scorer(Protocol):
    """The learned half (death_wish_model.DeathWishScorer)."""

    def fires(self, message: str) -> bool: ...


def thinks_of_death(message: str, scorer: Scorer | None = None) -> bool:
    """The patterns, or else the learned scorer when given. The scorer learned the look-alikes
    (history, denials, jest) itself, so the patterns' fences do not bind it; it reads only where
    its encoder reads (`TextScorer.english_only`), since on other languages it took ordinary
    symptoms for wishes."""
    if says_death_wish(message):
        return True
    return scorer is not None and scorer.fires(message)


def apply(decision: TriageDecision, fired: bool) -> TriageDecision:
    """Raise `decision` to a same-day queue when `fired` and it sits lower; otherwise return it
    (an escalation, whatever its band, is never turned into a queue).

    A cleared decision that is raised loses its confidence: the model's certainty was about
    clearing. It carries 0.5, which no auto-routing threshold at 1% FPR reaches on this model.
    """
    if not fired or decision.routing == "escalate":
        return decision
    if ACUITY_BANDS.index(decision.acuity_band) >= ACUITY_BANDS.index(SAME_DAY_BAND):
        return decision
    update: dict[str, object] = {"routing": "queue", "acuity_band": SAME_DAY_BAND}
    if decision.routing == "clear":
        update["confidence"] = min(decision.confidence, 0.5)
    return decision.model_copy(update=update)
