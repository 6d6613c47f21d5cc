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
from pipelines.triage.health_lexicon import normalize

SAME_DAY_BAND = "3-same-day"
VERSION = "1"
"""Bumped with any pattern change: part of the pipeline's version fingerprint."""

# What the thoughts are of: suicide, not being alive, harming oneself (not "dying" or "death":
# after a diagnosis those are as often fear of the illness).
_DEATH = (
    r"(?:suicide|killing\s+myself|ending\s+(?:it|it\s+all|my\s+life|things)|taking\s+my\s+"
    r"(?:own\s+)?life|not\s+being\s+(?:here|around|alive)|hurting\s+myself|harming\s+myself|"
    r"self[-\s]?harm\w*|being\s+dead)"
)
# The sender's own thoughts of death, in the first person (someone else's are a carer's
# question, routine when that person already has help).
_DEATH_WISH = re.compile(
    r"""(?ix)
    \b(?:don'?t|do\s+not|can'?t|cannot|can\s+not)\s+see\s+(?:the|any|a)\s+point\s+(?:in|of|to)\s+
        (?:going\s+on|go\s+on|living|life|carrying\s+on|being\s+(?:here|alive|around)|
        (?:anything|it\s+all)\s+any\s?more|waking\s+up)
    | \bno\s+(?:point|reason)\s+(?:in\s+|to\s+|for\s+me\s+to\s+)?(?:going\s+on|go\s+on|living|live|
        carrying\s+on|carry\s+on|being\s+(?:here|alive|around)|be\s+(?:here|alive|around))
    | \bwish\s+(?:i|that\s+i)\s+(?:was|were|could\s+be)\s+(?:dead|gone|not\s+here)
    | \bwish\s+(?:i|that\s+i)\s+(?:could|would|wouldn'?t|didn'?t|won'?t)\s+(?:just\s+)?
        (?:die|disappear|not\s+wake(?:\s+up)?|wake\s+up|go\s+to\s+sleep\s+and\s+(?:never|not))
    | \bwish\s+i\s+(?:had\s+)?(?:never\s+been\s+born|wasn'?t\s+(?:here|alive|around)|
        didn'?t\s+exist)
    | \b(?:hope|hoping|pray|praying)\s+(?:that\s+)?i\s+
        (?:don'?t|do\s+not|won'?t|will\s+not|never)\s+wake\s+up
    | \b(?:better|easier|happier|lighter)\s+off\s+without\s+me\b
    | \b(?:nobody|no\s+one|no-one)\s+(?:would|will|'?d)\s+(?:miss|notice|care)\b[^.\n]{0,20}
        \b(?:me|i\s+(?:was|were)\s+gone|if\s+i\b)
    | \b(?:i'?m|i\s+am|i\s+feel\s+like|feel\s+like)\s+(?:just\s+|such\s+)?a\s+burden\s+(?:to|on)\s+
        (?:every\w*|my\s+family|my\s+kids|them\s+all|all\s+of\s+them)
    | \btired\s+of\s+(?:living|being\s+alive|life|existing|being\s+here)\b
    | \b(?:life|living|my\s+life)\s+(?:isn'?t|is\s+not|'?s\s+not|is\s+no\s+longer|no\s+longer\s+
        (?:feels|seems)|doesn'?t\s+(?:feel|seem))\s+worth\s+(?:living|it)\b
    | \bnot\s+worth\s+living\b
    | (?:\bi|^|[.!?]\s*)\s*(?:just\s+|really\s+|honestly\s+|sometimes\s+|kind\s+of\s+|kinda\s+)?
        (?:want|wanna|wanted)\s+to\s+(?:die|disappear|not\s+(?:exist|be\s+here|wake\s+up))\b
        (?!\s+(?:of|from|laughing))
    | \b(?:don'?t|do\s+not)\s+want\s+to\s+(?:live|exist|wake\s+up|be\s+alive|be\s+(?:here|around)\s+
        any\s?more)\b
    # first person only: a friend's or a relative's thoughts are a carer's question
    | \bi(?:'?ve|'?m|\s+have|\s+am|\s+keep|\s+still|\s+get|\s+had|\s+often)?\s+(?:\w+\s+){0,3}
        (?:suicidal\b|(?:thoughts?|thinking|thought)\s+(?:of|about)\s+<DEATH>)
    | \bmy\s+(?:\w+\s+)?(?:suicidal\s+(?:thoughts?|feelings?|urges?)|thoughts?\s+(?:of|about)\s+
        <DEATH>)
    | (?:^|[.!?]\s*)(?:been|feeling|feel|having|had|keep\s+having)\s+(?:\w+\s+){0,2}
        (?:suicidal\b|thoughts?\s+(?:of|about)\s+<DEATH>)
    | \burges?\s+to\s+(?:hurt|harm|cut)\s+myself\b
    """.replace("<DEATH>", _DEATH)
)
# Past and settled, denied, or said in jest: no same-day review on the words alone.
_NOT_NOW = re.compile(
    r"""(?ix)
    \b(?:years?|months?)\s+ago\b | \blast\s+year\b | \bused\s+to\b | \bin\s+the\s+past\b
    | \bback\s+(?:then|when|in\s+(?:19|20)\d\d)\b | \bwhen\s+i\s+was\s+(?:younger|a\s+teen\w*|
        at\s+(?:school|uni))
    | \bnot\s+(?:feeling\s+)?suicidal\b | \bnever\s+(?:been|felt)\s+suicidal\b
    # a screening question ("have you ever...") and its answer, or someone else's words quoted
    | \bever\s+(?:had|been|felt|wish\w*|thought|think)\b
    | \b(?!i\b)\w+\s+(?:said|says|texted|wrote)\s*[:,]?\s*["'\u201c\u2018]
    | \bno\s+(?:suicidal\s+)?(?:thoughts?|ideas?|urges?)\s+(?:of|about|to)\s+(?:suicide|harm|hurt|
        dying|death|ending|killing|self)\w*
    | \bno\s+suicidal\b | \bwithout\s+(?:any\s+)?(?:suicidal|dark)\s+thoughts\b
    | \b(?:lol|lmao|haha\w*|jk|just\s+kidding|joking)\b | [\U0001F602\U0001F923]
    | \b(?:die|died|dying)\s+(?:of|from)\s+(?:embarrassment|shame|boredom|laughing|laughter)\b
    | \b(?:leaflet|label|warning|side[-\s]effects?\s+(?:list|sheet))\b[^.\n]{0,60}\bsuicid\w*
    | \bsuicid\w*[^.\n]{0,60}\b(?:leaflet|label|warning)\b
    """
)
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
    # vi (accents folded by normalize only where it strips them; both spellings)
    "muon chet",
    "muốn chết",
    "khong muon song",
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
# "I don't want to die" is fear of an illness, not a wish: a negation just before the phrase.
_NEGATED = re.compile(r"(?:\b(?:no|nao|non|nie|nicht|ne|khong)|не|不)\s*$")


def says_death_wish(message: str) -> bool:
    """Whether the patterns read the sender's own thoughts of death now (passive or not)."""
    text = " ".join(message.split())
    if _DEATH_WISH.search(text):
        return not _NOT_NOW.search(text)
    norm = normalize(text)
    return any(not _NEGATED.search(norm[: m.start()]) for m in _OTHER_RX.finditer(norm))


class Scorer(Protocol):
    """The learned half (death_wish_model.DeathWishScorer)."""

    def fires(self, message: str) -> bool: ...


def thinks_of_death(message: str, scorer: Scorer | None = None) -> bool:
    """The patterns, or else the learned scorer when given; the patterns' fences (past,
    denied, in jest) hold for both."""
    if says_death_wish(message):
        return True
    if scorer is None or _NOT_NOW.search(" ".join(message.split())):
        return False
    return scorer.fires(message)


def apply(decision: TriageDecision, fired: bool) -> TriageDecision:
    """Raise `decision` to a same-day queue when `fired` and it sits lower; otherwise return it.

    A cleared decision that is raised loses its confidence: the model's certainty was about
    clearing. It carries 0.5, which no auto-routing threshold at 1% FPR reaches on this model.
    """
    if not fired or ACUITY_BANDS.index(decision.acuity_band) >= ACUITY_BANDS.index(SAME_DAY_BAND):
        return decision
    update: dict[str, object] = {"routing": "queue", "acuity_band": SAME_DAY_BAND}
    if decision.routing == "clear":
        update["confidence"] = min(decision.confidence, 0.5)
    return decision.model_copy(update=update)
