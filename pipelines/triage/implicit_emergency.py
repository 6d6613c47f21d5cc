"""Safety net for emergencies told in lay words: a narrow, high-precision red-flag detector that
forces `escalate` after decision and policy, and leaves every decision it does not fire on alone.

Each rule needs the parts that together mean "an emergency now" (self-harm intent with a means or
a time, pills already swallowed in quantity, a sudden one-sided face or limb, airway swelling with
an allergic trigger, ...) and is fenced off from look-alikes (history, denials, a trip, figures of
speech). Vocabulary comes from textbook warning signs and the dev/acuity_implicit_*.jsonl and
dev/acuity_holdout4.jsonl development sets. When no rule fires, an optional learned scorer
(implicit_emergency_model) may fire instead, behind the same look-alike fences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from harness.contract import TriageDecision
from pipelines.triage.features import ANTICOAGULANTS
from pipelines.triage.health_lexicon import APOSTROPHES


class Scorer(Protocol):
    """The learned half (implicit_emergency_model.EmergencyScorer), asked when no rule fired."""

    def fires(self, message: str) -> bool: ...


# The confidence an override carries, since then the net alone vouches for the routing: the
# precision of its fires against gold `escalate` on development and training data only. v3
# (dev/implicit_emergency_precision.py, the learned half scored out-of-fold): 217 of 217 fires
# right over 1,194 messages (176 rules, 41 learned), Wilson 95% lower bound 0.983. Kept at 0.95,
# rounded well down, because the rules were written with that data in view and the learned
# threshold was set on those same out-of-fold scores. v2: 101/101 (lower bound 0.963), and no
# false fire on the batches written after it (10/10, 14/14).
OVERRIDE_CONFIDENCE = 0.95
EMERGENCY_BAND = "5-stat"
VERSION = "7"
"""Bumped with any rule change: part of the pipeline's version fingerprint."""

_PARTS = {
    "<PILLS>": r"(?:tablets?|pills?|meds|medicines?|medications?|capsules?|paracetamol|tabs|"
    r"painkillers?|antidepressants?)",
    "<CONTAINER>": r"(?:box(?:es)?|pack(?:et)?s?|bottles?|strips?|tubs?)",
    "<NUM10>": r"(?:[2-9]\d|1\d|\d{3})",
    "<WHO>": r"(?:(?:my\s+)?(?:mum|mom|dad|nan|nanna|gran|granny|grandad|grandma|husband|wife|"
    r"partner)'?s|my|his|her|the|these)",
    # a drug named by its generic ending (co-codamol, diazepam, sertraline, ibuprofen, ...)
    "<DRUG>": r"(?:[a-z]+-)?[a-z]{3,}(?:amol|pam|lam|pine|line|tine|mine|zine|pramine|done|lone|"
    r"clone|fen|xen|rin|cillin|mycin|pril|sartan|statin|olol|azole|barb\w*)s?",
    # an anticoagulant: the decider's list, more brands, and the lay words
    "<THINNER>": r"(?:" + ANTICOAGULANTS + r"|lixiana|savaysa|pradaxa|blood[-\s]thinners?|"
    r"anticoagula\w+)",
    "<HOUSEHOLD>": r"(?:batter(?:y|ies)|bleach|dishwasher\s+(?:tablet|liquid|pod)s?|detergent|"
    r"liquitabs?|laundry\s+(?:capsule|pod|tablet|liquid)s?|washing\s+(?:up\s+)?(?:liquid|pods?|"
    r"tablets?|capsules?)|antifreeze|weed\s?killer)",
}


def _rx(pattern: str) -> re.Pattern[str]:
    """Compile a verbose, case-blind pattern after filling in the shared <PARTS>."""
    for name, part in _PARTS.items():
        pattern = pattern.replace(name, part)
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


# -- self-harm: a finality cue or intent, with a means or a time (warning signs as taught) ------
_SH_INTENT = _rx(r"""
    \b(?:won'?t|will\s+not|not\s+going\s+to)\s+be\s+(?:here|around|alive)\b(?!\s+(?:for|on|at|next|
        this|tomorrow|today|until|till|in|to|when|during|that|after|so|but|and\s+(?:can|could)))
    | \bwon'?t\s+be\s+coming\s+back\b
    | \bno\s+(?:point|reason)\s+(?:in\s+|to\s+)?(?:going\s+on|go\s+on|living|live|being\s+here|
        carrying\s+on|carry\s+on)
    | \bno\s+point\s+(?:to\s+)?any\s+of\s+it\b
    | \b(?:don'?t|can'?t)\s+see\s+(?:a|any)\s+way\s+out\b
    | \b(?:can'?t|cannot)\s+(?:do|go\s+on\s+with|carry\s+on\s+with|take)\s+(?:this|it)\s+
        any\s?more\b
    | \bbetter\s+off\s+without\s+me\b | \bnobody\s+(?:will|would)\s+miss\s+me\b
    | \b(?:a|such\s+a)\s+burden\s+(?:to|on)\s+every\w*\b
    | \bend\s+(?:it|it\s+all|things|my\s+life)\b | \btake\s+my\s+(?:own\s+)?life\b
    | \bmake\s+(?:it\s+all|everything)\s+stop\b | \bwant\s+everything\s+to\s+stop\b
    | \b(?:and|to)\s+(?:never|not)\s+wake\s+up\b | \bkill\s+myself\b | \bsuicid\w*\b
    | \b(?:said|saying)\s+(?:my\s+)?goodbyes?\b | \bleft\s+a\s+note\b | \blast\s+message\b
    | \b(?:gave|given|giving)\s+away\s+(?:all\s+)?my\s+(?:things|stuff|belongings|possessions)\b
    | \bi'?ve\s+decided\b(?!\s+to) | \bi'?m\s+done\b(?!\s+with)
    | \bfinish\s+what\s+i\s+started\b | \bgot\s+it\s+all\s+ready\b
    # joining someone who died ("it would be easier to just go with him"), not a trip with them
    | \b(?:easier|better)\s+(?:for\s+me\s+)?(?:to\s+)?(?:just\s+)?(?:go|be)\s+with\s+
        (?:him|her|them)(?:\s+now)?\s*(?:[.!?]|$)
    | \b(?:going\s+to|gonna)\s+(?:swallow|take)\s+(?:every|all\s+(?:of\s+)?(?:my|the))\b
        (?![^.\n]{0,30}\bwith\s+(?:me|us)\b)
    | \bmade\s+up\s+my\s+mind\b(?!\s+(?:to|about))| \bmy\s+mind\s+is\s+made\s+up\b
    | \bat\s+peace\s+with\s+it\b | \bthis\s+is\s+goodbye\b | \bnobody\s+needs\s+me\b
    | \b(?:tonight|\w+day)(?:'s|\s+is)\s+the\s+(?:night|day)\b
    | \bfor\s+trying\s+with\s+me\b | \bthanks?\s+(?:you\s+)?for\s+trying\W*$
    | \b(?:cope|better|easier|happier)\b[^.\n]{0,20}\bwithout\s+(?:me|dragging\s+me)\b
    | \bweight\s+(?:round|around|on)\s+every\w*(?:'s)?\s+neck\b
    | \bdon'?t\s+send\s+(?:anyone|anybody)\b | \bdon'?t\s+try\s+to\s+(?:talk|stop)\s+me\b
    | \b(?:written|wrote|drafted)\s+(?:\w+\s+)?(?:letters|texts|notes|messages)\s+to\s+(?:my\s+)?
        (?:kids|children|family|parents|wife|husband|partner|sister|brother|mum|dad|son|daughter)\b
""")
# Pills put by: with a time or a way of taking them, a plan even without words of intent.
_SH_STOCKPILE = _rx(r"""
    \b(?:saved|saving|stockpil\w*|hoard\w*|squirrel\w*|stash\w*|putting\s+aside|put\s+aside|
        collect\w*|keeping\s+back|kept\s+back|building\s+up)\b[^.\n]{0,40}\b<PILLS>\b
    | \bthere'?s\s+a\s+good\s+pile\b
""")
# A method or place: only with words of intent (a bridge can be dental, blades can be a razor's).
_SH_MEANS = _rx(r"""
    \b(?:take|taking|swallow|swallowing)\s+(?:them\s+all|the\s+lot|all\s+of\s+them|everything\s+in
        |all\s+(?:of\s+)?(?:my|the|these)\s+(?:\w+\s+)?<PILLS>)
    | \b(?:worked\s+out|know)\s+how\s+many\b[^.\n]{0,60}\b(?:enough|kill|not\s+wake)\b
    | \bnoose\b | \b(?:shot)?gun\b | \b(?:rifle|pistol|revolver|firearm)\b
    | \bblades\b | \brazors?\b | \bgo\s+deep\b | \brope\b | \bbeam\b | \bexhaust\b
    # an engine left running in a shut garage: carbon monoxide
    | \bgarage\b[^.\n]{0,40}\b(?:car|engine|motor)\s+(?:still\s+)?(?:running|on|going)\b
    | \b(?:car|engine|motor)\s+(?:still\s+)?(?:running|on|going)\b[^.\n]{0,40}\bgarage\b
    | \binsulin\s+pens?\b | \bwash\s+(?:them|it)\s+down\b | \b<PILLS>\s+counted\s+out\b
    | \b(?:swallow|take)\s+every\s+(?:\w+\s+)?<PILLS>\b
    | \ball\s+of\s+<WHO>\s+(?:\w+\s+)?<PILLS>\b | \bcar\s+park\b | \btop\s+floor\b
    | \b(?:\w*bridge|cliffs?|ledge|rooftop|railway\s+line|tracks|multi-?storey)\b
    | \b(?:step|steer|drive|jump|walk)\s+(?:out\s+)?(?:in\s*to|in\s+front\s+of|off|into)\b
""")
_SH_TIME = _rx(r"""
    \b(?:tonight|tomorrow|this\s+(?:evening|weekend|afternoon)|(?:on|by|this)\s+(?:mon|tues|wednes|
        thurs|fri|satur|sun)day|friday|saturday|sunday|once\s+(?:the|my|everyone)\b
        |the\s+house\s+will\s+be\s+empty|midnight|after\s+(?:my\s+)?(?:last\s+)?(?:work|shift|lecture)
        |later\s+(?:today|on))\b
""")
# Told as history, denied outright, or about a trip.
_SH_NOT_NOW = _rx(r"""
    \b(?:years?|months?)\s+ago\b | \blast\s+year\b | \bused\s+to\b | \bin\s+the\s+past\b
    | \bstopped\s+(?:cutting|self)
    | \b(?:not|never)\s+(?:going\s+to|gonna)\s+(?:hurt|harm)\b
    | \bwould\s+never\b | \bi'?d\s+never\b
    | \bno\s+(?:thoughts?|plans?|intention)\s+(?:of|to)\s+(?:harm|hurt)\w* | \bnot\s+suicidal\b
    | \b(?:trip|holiday|travel\w*|away\s+for)\b
""")

# A self-inflicted cut that is open deep: it needs closing within hours even once it bleeds less.
_SELF_CUT = _rx(r"""
    \b(?:cut|sliced|slashed)\s+(?:(?:into|open)\s+)?my\s+(?:\w+\s+)?(?:arm|forearm|wrist|thigh|leg)s?\b
""")
_CUT_NOT = _rx(r"""
    \bnot\s+(?:\w+\s+)?deep\b | \bscratch\b
    | \b(?:on|with)\s+(?:a|the|some)\s+(?:fence|glass|knife|tin|nail|wire|metal|branch)\b
""")
_DEEP = _rx(r"""
    \b(?:deep\w*|gaping|gash|wide\s+open|won'?t\s+close|edges\s+(?:are\s+)?apart)\b
    | \bcan\s+see\s+(?:\w+\s+){0,2}(?:fat|bone|tendon|yellow\w*|white)\b | \bwhite\s+stuff\b
""")

# -- overdose or poisoning already taken ---------------------------------------------------
_OD_TAKEN = _rx(r"""
    \b(?:swallowed|downed|necked)\b[^.\n]{0,30}?\ball\s+(?:of\s+)?<WHO>\s+(?:\w+\s+){0,2}<PILLS>
    | \b(?:took|taken|swallowed|downed|necked|ate|eaten)\b[^.\n]{0,30}?
    (?: \b(?:whole|entire|full)\s+(?:\w+\s+){0,2}<CONTAINER>
      | \b(?:two|three|four|several|\d+)\s+whole\s+<CONTAINER>
      | \b(?:about|like|around|over|maybe)?\s*<NUM10>(?!\s*(?:mg|mcg|ml|g|units?|iu|%|micro|milli))
        \s+(?:of\s+<WHO>?\s*)?(?:(?:[\w']+\s+)?<PILLS>|<DRUG>\b)
      | \b(?:a\s+load|loads|a\s+handful|handfuls)\s+of\s+<WHO>\s+\w+
      | \ball\s+of\s+<WHO>\s+\w+\b[^.\n]{0,20}\b<NUM10>\s+of\s+them\b )
    | \b(?:took|taken|swallowed)\s+(?:about\s+|around\s+|like\s+|maybe\s+)?<NUM10>\s+of\s+
        (?:them|those|these)\b
    | \b(?:i'?ve|i\s+have|she'?s|he'?s|i)\s+(?:just\s+)?(?:overdosed|taken\s+an\s+overdose|
        took\s+an\s+overdose)\b
    | \b(?:swallowed|took|taken|downed)\s+(?:all|every\s+one)\s+(?:of\s+)?<WHO>\s+<DRUG>\b
    | \b(?:tipped|emptied|poured)\b[^.\n]{0,40}\b(?:<PILLS>|<CONTAINER>|<DRUG>|pill\s+organi[sz]er|
        dosette)\b[^.\n]{0,40}\b(?:mouth|throat)\b
    | \b(?:took|taken|swallowed)\b[^.\n]{0,40}\b<PILLS>\b[^.\n]{0,40}\bon\s+purpose\b
    | \b(?:took|taken|swallowed)\b[^.\n]{0,30}\b<PILLS>\b[^.\n]{0,30}
        \b(?:about|around|like|maybe)\s+<NUM10>\b
""")
# Empty packets found by someone drowsy or being sick: what was taken is unknown, not its danger.
_OD_FOUND = _rx(r"""
    \bempty\s+(?:blister\s+|foil\s+|pill\s+|tablet\s+|\w+\s+)?(?:packs?|packets?|boxes|bottles?|
        strips?)\b[^.\n]*(?:\.\s*[^.\n]*)?\b(?:drows\w*|sleepy|dozy|slurr\w*|sick|vomit\w*|
        throwing\s+up|won'?t\s+(?:say|tell)|don'?t\s+know\s+what)
""")
# A weekly drug (methotrexate) taken every day by mistake: marrow and gut toxicity within days.
_WEEKLY_DAILY = _rx(r"""
    \bmethotrexate\b[^.\n]{0,60}\bevery\s+(?:day|morning|night|evening)\b
    | \bevery\s+(?:day|morning|night|evening)\b[^.\n]{0,40}\bmethotrexate\b
""")
_WEEKLY_MISTAKE = _rx(r"""
    \b(?:instead|meant|supposed|mistake|muddled|wrong|weekly|once\s+a\s+week|realis\w+)\b
""")
# Pills with alcohol, or a child who got at medicine, batteries or household chemicals.
_OD_MIX = _rx(r"""
    \b(?:took|swallowed|downed|necked)\b[^.\n]{0,50}\b(?:<PILLS>|(?:load|handful|lot|all)\s+of\s+
        <WHO>\s+\w+)\b[^.\n]{0,20}\bwith\s+(?:some\s+|a\s+bottle\s+of\s+)?(?:whisky|whiskey|vodka|
        wine|alcohol|beer|gin|rum|drink)
    | \b(?:eaten|swallowed|drank|drunk|got\s+into|chewed|bit(?:ten)?\s+into|sucked\s+on)\b
        [^.\n]{0,40}\b(?:<HOUSEHOLD>|<WHO>\s+(?:\w+\s+)?<PILLS>|<WHO>\s+pill\s+box)\b
    | \b<HOUSEHOLD>\b[^.\n]{0,30}\b(?:chewed|swallowed|ate|eaten|drank|drunk|sucked|bit)\b
    | \b<PILLS>\b[^.\n]{0,30}\bmissing\b
    | \b(?:toddler|baby|\d+\s*(?:year|yr)s?\s*old|little\s+(?:one|boy|girl|lad)|son|daughter|child)
        \b[^.\n]{0,60}\b(?:got\s+(?:into|at|hold\s+of)|ate|eaten|swallowed|chewed)\b[^.\n]{0,40}
        \b(?:<PILLS>|<DRUG>|iron)\b
    | \b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:of\s+)?(?:\w+\s+){0,3}
        <PILLS>\s+(?:are\s+|have\s+)?(?:missing|gone)\b
""")
_OD_NOT_NOW = _rx(r"""
    \b(?:years?|months?)\s+ago\b | \blast\s+year\b | \bin\s+the\s+past\b | \bused\s+to\b
    | \bas\s+(?:usual|normal|always)\b | \blike\s+always\b | \bwith\s+breakfast\b
    | \b(?:lozenges?|sweets)\b | \bdaily\b | \bper\s+day\b | \ba\s+day\b
    | \bover\s+(?:the\s+|this\s+|a\s+)?(?:last\s+|past\s+)?(?:few\s+|couple\s+of\s+)?
        (?:days?|weeks?|weekend|months?|season)\b
""")

# -- stroke signs in lay words: a sudden one-sided face, limb or speech change ----------------
_FACE = _rx(r"""
    \b(?:face|mouth|smile|side\s+of\s+(?:\w+\s+){0,2}(?:face|mouth))\b[^.\n]{0,40}
        \b(?:droop\w*|slack|sagg\w*|crooked|fallen|lopsided|wonky|dropped|slid\s+down)\b
    | \b(?:droop\w*|crooked|lopsided|wonky)\b[^.\n]{0,20}\b(?:face|mouth|smile|one\s+side)\b
    | \b(?:face|mouth)\b[^.\n]{0,20}\b(?:going|gone|pulled|pulling)\s+to\s+one\s+side\b
""")
_SPEECH = _rx(r"""
    \b(?:speech|words?|talking|voice)\b[^.\n]{0,40}\b(?:slurr\w*|garbled|gibberish)\b
    | \b(?:slurr\w*|garbled|gibberish)\b | \bcan'?t\s+get\s+(?:his|her|my|the)\s+words\s+out\b
    | \b(?:words?|speech|sentences|talking|answers)\b[^.\n]{0,30}\b(?:jumbled|muddled|nonsense|
        wrong\s+order|make\s+no\s+sense)\b
    | \btalking\s+nonsense\b | \bspeech\b[^.\n]{0,15}\bthick\b
    | \bcan'?t\s+(?:find|say)\s+(?:his|her|my|the)\s+words\b
""")
_LIMB = _rx(r"""
    \b(?:arm|leg|hand)\b[^.\n]{0,30}\b(?:went|gone|go|goes|is|feels?)\s+(?:\w+\s+)?(?:dead|floppy|
        limp|useless)\b
    | \bcan'?t\s+(?:lift|move|raise)\s+(?:his|her|my)\s+(?:right\s+|left\s+)?(?:arm|leg|hand)\b
    | \bleg\s+gave\s+way\b
    | \b(?:left|right)\s+(?:arm|leg|hand)\s+(?:(?:and\s+(?:arm|leg|hand)\s+)?
        (?:is|are|feels?|went|has|have)\s+)?(?:gone\s+)?(?:\w+\s+)?(?:numb|weak|heavy|clumsy)\b
    | \b(?:arm|leg)\s+and\s+(?:arm|leg)\s+(?:have|has)\s+gone\s+weak\b
    | \bdropp\w+\s+(?:his|her|my|the)\s+(?:cup|mug|glass|spoon|fork|phone)\b
""")
_SUDDEN = _rx(r"""
    (?<!nothing\s)(?<!not\s)\bsudden\w* | \ball\s+of\s+a\s+sudden\b | \bout\s+of\s+nowhere\b
    | \bcame\s+on\b | \bstarted\s+(?:while|when)\b | \bjust\s+(?:now|happened)\b
    | \b(?:minutes?|mins?)\s+ago\b
    | \bwas\s+fine\s+(?:an?\s+hour\s+ago|half\s+an\s+hour\s+ago|at\s+\w+|this\s+morning|earlier)\b
    | \b(?:in\s+the\s+)?last\s+(?:half\s+)?(?:an\s+)?hour\b | \bjust\s+happened\b
""")
_STROKE_NOT = _rx(r"""
    \b(?:dentist|dental|injection|anaesthetic|anesthetic|filling|gradual\w*)\b
    | \b(?:sitting|sat|slept|lying|lay|kneeling|knelt)\s+(?:on|awkwardly)\b
    | \bpins\s+and\s+needles\b
    | \bcross-?legged\b
    | \b(?:over|for)\s+(?:the\s+)?(?:last|past)\s+(?:few\s+)?(?:years?|months)\b
""")

# -- anaphylaxis: airway or circulation trouble with an allergic trigger ---------------------
_AIRWAY = _rx(r"""
    \b(?:throat|airway)\b[^.\n]{0,20}\b(?:tight\w*|closing|swell\w*|swollen)\b
    | \btongue\b[^.\n]{0,20}\b(?:swell\w*|swollen|too\s+big|thick|huge|fat)\b
    | \bthroat\b[^.\n]{0,25}\b(?:closing|small|narrow\w*)\b
    | \b(?:face|eyes)\b[^.\n]{0,25}\b(?:puffed|ballooned|swelling\s+shut)\b
    | \b(?:lips?|face)\b[^.\n]{0,20}\b(?:swell\w*|swollen|puff\w*)\b
    | \bstruggling\s+to\s+breathe\b | \bcan'?t\s+(?:breathe|swallow)\b
""")
# Wheeze or faintness alone is common in asthma and fainting: allergic only after food or a sting.
_AIRWAY_WEAK = _rx(r"\b(?:wheez\w*|faint|pass\s+out|hoarse|croaky)\b")
_FOOD_OR_STING = _rx(r"""
    \b(?:had|ate|eaten|eating|with|contain\w*|some)\s+(?:\w+\s+){0,2}nuts\b | \bpeanuts?\b
    | \b(?:sesame|satay|shellfish|prawns?|mussels|crab|lobster|stung|bee|wasp|hornet)\b
    | \b(?:wal|hazel|cashew|brazil|pea|pecan\s)nuts?\b | \blumps\s+head\s+to\s+toe\b
""")
_ALLERGIC_TRIGGER = _rx(r"""
    \b(?:hives|welts|(?:new|first)\s+(?:dose\s+of\s+)?(?:antibiotic|medicine|tablet|drug|\w+cillin)s?)\b
""")
_ALLERGY_NOT = _rx(r"""
    \b(?:last\s+year|years?\s+ago|for\s+years|renew\w*|expire\w*|out\s+of\s+date|referral)\b
    | \bno\s+(?:lip|tongue|throat|face|facial)\s+swelling\b | \bnot\s+swollen\b
    | \bbreathing\s+(?:is\s+)?(?:\w+\s+)?(?:fine|ok|okay|normal)\b
""")

# -- heavy bleeding ------------------------------------------------------------------------
_BLEED = _rx(r"""
    \bsoak\w*\s+(?:through\s+)?(?:a|one|two|\d+)?\s*(?:\w+\s+)?(?:pad|towel)s?\s+every\b
    | \b(?:going|gone|bleeding|bled)\s+through\s+(?:a|one)\s+(?:\w+\s+)?(?:pad|towel)\s+every\b
    | \b(?:spurt\w*|pumping|gushing|pouring)\b[^.\n]{0,30}\bblood\b
    | \bblood\b[^.\n]{0,30}\b(?:spurt\w*|pumping|gushing|pouring)\b
    | \bsoaked\s+through\b(?=[^.\n]{0,30}\b(?:blood|pad|towel|bandage|dressing))
    | \b(?:blood|pads?|towel|bandage|dressing|wrapped)\b[^.\n]{0,40}\bsoaked\s+through\b
    | \bclots?\s+(?:the\s+size\s+of|as\s+big\s+as|bigger\s+than)\b
    | \bcoffee[-\s]grounds?\b
    | \b(?:threw|throwing|brought|bringing|vomit\w*|sick)\s+(?:up\s+)?(?:a\s+lot\s+of\s+|
        lots\s+of\s+)?(?:bright\s+red\s+|fresh\s+)?blood\b
    | \bfilling\s+(?:up\s+)?with\s+blood\b | \bwon'?t\s+stop\s+bleeding\b
    | \b(?:vomited|threw\s+up|brought\s+up)\s+(?:a\s+)?(?:\w+\s+){0,3}(?:of\s+)?
        (?:bright\s+red\s+|fresh\s+)blood\b
    | \b(?:spurt\w*|pump\w*)\b[^.\n]{0,40}\bheart\s*beats?\b
    | \b(?:soak\w*|through)\s+(?:through\s+)?(?:a|one|two)\s+pads?\s+in\s+(?:under\s+)?
        (?:an?|half\s+an|one)\s+hour\b
""")
# Black, tarry stool with a faint: a bleed high in the gut.
_MELAENA = _rx(r"\b(?:black|tarry|tar)\b[^.\n]{0,30}\b(?:stools?|poo\w*|motions?)\b")
_FAINT = _rx(r"\b(?:faint\w*|passed\s+out|collapsed|blacked\s+out)\b")
_BLEED_NOT = _rx(r"\b(?:stopped|for\s+(?:a|about\s+a|over\s+a)\s+year|months)\b")

# -- breathing, colour and responsiveness -----------------------------------------------------
_BREATHING = _rx(r"""
    \bribs?\b[^.\n]{0,25}\b(?:suck\w*|pull\w*|sink\w*)\b | \b(?:suck\w*|pull\w*)\s+in\s+under\b
    | \bgrunt\w*\s+(?:with|at)\s+(?:every|each)\b
    | \b(?:lips?|mouth|face|skin)\s+(?:\w+\s+){0,2}(?:look\w*|gone|going|turn\w*|went|is|are)\s+
        (?:\w+\s+){0,2}(?:blue|grey|gray)\b
    | \b(?:blue|grey|gray)\s+(?:round|around)\s+(?:the|his|her)\s+(?:lips|mouth)\b
    | \bstop(?:ped)?\s+breathing\b | \bnot\s+breathing\b
    | \bcan'?t\s+finish\s+a\s+sentence\b | \bfloppy\b | \bsnor\w*\s+and\s+strange\b
    | \b(?:skin|throat|neck|tummy|belly)\b[^.\n]{0,30}
        \b(?:pulls?|pulling|sucks?|sucking|sinks?)\s+in\b
    | \btoo\s+breathless\s+to\s+(?:talk|speak)\b
""")
# No look-alike excuses these.
_UNRESPONSIVE = _rx(r"""
    \b(?:not|isn'?t|wasn'?t|won'?t)\s+respond\w*\b
        (?!\s+(?:well\s+)?to\s+(?!(?:me|us|him|her|them|my\s+voice|(?:his|her)\s+name|touch)\b))
    | (?<!\bi\s)(?<!\bi'll\s)\bwon'?t\s+wake\b
    | \b(?:can'?t|couldn'?t|cannot)\s+(?:wake|rouse)\s+(?:him|her|them|my|mum|mom|dad)\b
    | \bunresponsive\b
    | (?<!lung\s)(?<!lungs\s)\bcollapsed\b(?!\s+(?:on|onto|into)\s+(?:the\s+|my\s+)?(?:sofa|couch|
        bed|chair)|\s+(?:vein|lung|arch))
""")
_BREATHING_NOT = _rx(r"""
    \b(?:snores?|snoring|blocked|bunged|runny\s+nose|apnoea|apnea)\b
    | \b(?:when|while)\s+(?:i|he|she)\s+sleeps?\b | \bin\s+(?:my|his|her)\s+sleep\b
""")

# -- heart attack told vaguely: chest discomfort with sweating, pallor, sickness or spread ----
_CHEST = _rx(r"""
    \bchest\b[^.\n]{0,40}\b(?:heavy|heaviness|tight\w*|squeez\w*|pressure|crush\w*)
    | \b(?:heavy|heaviness|tight\w*|squeez\w*|pressure|crush\w*)\b[^.\n]{0,40}\bchest\b
    | \bsitting\s+on\s+my\s+chest\b
    | \b(?:heav\w+|pressure|tight\w*|ache|aching)\b[^.\n]{0,25}\bbreastbone\b
    | \b(?:ache|pain|discomfort)\b[^.\n]{0,25}\b(?:chest|breastbone)\b[^.\n]{0,40}
        \b(?:jaw|arm|neck)\b
    | \b(?:ache|pain|squeez\w*|tight\w*|pressure)\b[^.\n]{0,20}\bjaw\b[^.\n]{0,30}\bleft\s+arm\b
""")
_AUTONOMIC = _rx(r"""
    \b(?:sweat\w*|clammy|pale|sick|nause\w*|short\s+of\s+breath|breathless|arm|jaw)\b
""")
_CHEST_NOT = _rx(r"""
    \b(?:press\w*\s+on|cough\w*|twist\w*|deep\s+breath|antacid|wheez\w*|inhaler|panic)\b
    | \bafter\s+(?:a|the|my)\s+(?:\w+\s+)?(?:meal|takeaway|food|workout|gym)\b
""")

# -- other emergencies in lay words ----------------------------------------------------------
_OTHER = _rx(r"""
    \b(?:spots|rash|marks)\b[^.\n]{0,40}\b(?:don'?t|doesn'?t|won'?t|do\s+not)\s+(?:go\s+away|fade|
        disappear)\b[^.\n]{0,30}\b(?:press|glass)\w*
    | \b(?:knocked\s+out|out\s+cold|blacked\s+out)\b[^.\n]{0,80}\b(?:sick|vomit\w*|drows\w*)\b
""")

# -- a glucose meter past its range: "HI" is above about 600 mg/dL (33 mmol/L), "LO" below about
# 20 mg/dL (1.1 mmol/L); either is a critical value whatever else the message asks. Case kept:
# the meters print capitals, and "hi" is a greeting.
_METER_OUT_OF_RANGE = re.compile(
    r"\b(?:[Mm]eter|[Mm]onitor|[Ss]ensor|[Gg]lucometer|CGM|[Ll]ibre|[Dd]excom|[Rr]eader)\b"
    r"[^.\n]{0,40}\b(?:says|said|reads|read|shows|showed|showing|reading|displays?|flashing|"
    r"flashes)\s+(?:just\s+|only\s+)?[\"'\u201c]?(?:HI|LO|HIGH|LOW)\b(?![\w-])"
)

# -- a knock to the head on an anticoagulant: bleeding inside the skull is ruled out with a scan
# within hours (NICE head-injury guidance), whatever the sender says of how they feel. Not when
# the head was spared ("didn't hit his head") or the knock is history.
_HEAD_KNOCK = _rx(r"""
    \b(?:banged|bumped|hit|knocked|smacked|whacked|cracked|struck)\s+(?:my|his|her|their)\s+
      (?:\w+\s+)?head\b | \bhead\s+(?:injury|knock|bump)\b
    | \b(?:fell|fall|slipped|tripped)\b[^.\n]{0,60}\b(?:on|onto|against)\s+(?:my|his|her|their)\s+
      head\b
""")
_ANTICOAGULANT = _rx(r"\b<THINNER>\b")
_HEAD_KNOCK_NOT = _rx(r"""
    \b(?:didn'?t|did\s+not|never|without)\s+(?:\w+\s+)?(?:hit|bang|bump|knock|hitting|banging)\w*
      \s+(?:my|his|her|their)\s+head\b | \bno\s+head\s+(?:injury|knock|bump)\b
    | \b(?:no|not\s+on|off|stopped)\s+(?:(?:any|the|his|her|my)\s+)?<THINNER>\b
    | \b(?:years?|months?)\s+ago\b | \blast\s+year\b
""")

# -- fever or rigors on anticancer treatment: neutropenic sepsis until proven otherwise -------
# (oncology acute-care convention: a temperature of 38.0 C / 100.4 F or more, or rigors, during
# anticancer treatment is assessed the same day as an emergency, whatever the sender's guess)
_CHEMO = _rx(r"""
    \bchemo\w* | \b(?:folfox|folfiri|capox|xelox|folfirinox|r-?chop|abvd)\b
    | \b(?:carboplatin|cisplatin|oxaliplatin|docetaxel|paclitaxel|cyclophosphamide|doxorubicin)\b
    | \bac\s+chemo\b | \bcycle\s+\d+\b
    | \b(?:pembrolizumab|keytruda|nivolumab|opdivo|ipilimumab|yervoy|atezolizumab|durvalumab)\b
    | \binfusion\b(?=[\s\S]*\b(?:cancer|oncolog\w*|tumou?r|lymphoma|leuk\w*|myeloma)\b)
    | \b(?:cancer|oncolog\w*|tumou?r|lymphoma|leuk\w*|myeloma)\b[\s\S]*\binfusion\b
""")
_FEVER = _rx(r"""
    \b(?:fever\w*|febrile|rigou?rs|chills|shivery|shivering|shaking\s+chills)\b
    | \b(?:3[89]|4[01])[.,]\d(?!\d)(?!\s*(?:mg|ml|kg|kilos?|lbs?|years?|weeks?|%|mmol|g\b))
    | \b(?:3[89]|4[01])\s*(?:°\s*c?|c\b|degrees)
    | \b10[0-5](?:\.\d)?\s*(?:°\s*f?|f\b|degrees)
    | \b(?:temp\w*|thermometer)\s+(?:\w+\s+){0,3}(?:10[0-5](?:\.\d)?|3[89](?:[.,]\d)?|4[01])\b
""")
_FEVER_NOT = _rx(r"""
    \bno\s+(?:\w+\s+)?(?:fever|temp\w*|chills|shivers)\b | \bwithout\s+(?:a\s+)?(?:fever|temp\w*)\b
    | \b(?:finished|ended|completed|done\s+with|after)\s+(?:my\s+|the\s+)?(?:last\s+)?
        (?:\w+\s+)?chemo\w*\s+(?:in|last)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|
        spring|summer|autumn|fall|winter|year)
    | \bchemo\w*\s+(?:ended|finished)\b | \b(?:years?|months?)\s+(?:ago|out)\b | \bcancer[-\s]free\b
""")

_LEARNED_NOT = _rx(r"""
    \b(?:years?|months?)\s+ago\b | \blast\s+year\b | \bused\s+to\b | \bin\s+the\s+past\b
    | \b(?:not|never)\s+(?:going\s+to|gonna)\s+(?:hurt|harm|do\s+anything)\b | \bwould\s+never\b
    | \bi'?d\s+never\b | \bnot\s+suicidal\b
    | \bno\s+(?:thoughts?|plans?|intention)\s+(?:of|to)\s+(?:harm|hurt)\w*
    | \b(?:trip|holiday|travel\w*|away\s+for|abroad)\b | \b(?:lozenges?|sweets|gummies)\b
""")


@dataclass(frozen=True)
class RedFlag:
    """What fired: machine-readable kinds (no message text, so traces stay PHI-free)."""

    kinds: tuple[str, ...]


# The kinds that are about harming oneself (the policy lets them outrank an off-topic reading).
SELF_HARM_KINDS = frozenset(
    {"self_harm_intent", "overdose_or_poisoning_taken", "deep_self_inflicted_wound"}
)


def detect(
    message: str, scorer: Scorer | None = None, plan_scorer: Scorer | None = None
) -> RedFlag | None:
    """The implicit emergencies the message states, or None when no rule fires (and `scorer`,
    when given, does not fire either; its fire is the kind `learned`; then `plan_scorer`, the
    suicide-plan scorer of suicide_plan_model, whose fire is the kind `learned_plan`)."""
    # curly apostrophes (phone keyboards) read as the plain one the rules spell "can't" with
    text = " ".join(message.translate(APOSTROPHES).split())
    kinds: list[str] = []
    if not _SH_NOT_NOW.search(text):
        intent, means, stock, when = (
            bool(p.search(text)) for p in (_SH_INTENT, _SH_MEANS, _SH_STOCKPILE, _SH_TIME)
        )
        if (intent and (means or stock or when)) or (stock and (means or when)):
            kinds.append("self_harm_intent")
    taken = _OD_TAKEN.search(text) or _OD_MIX.search(text) or _OD_FOUND.search(text)
    if taken and not _OD_NOT_NOW.search(text):
        kinds.append("overdose_or_poisoning_taken")
    if _WEEKLY_DAILY.search(text) and _WEEKLY_MISTAKE.search(text) and "folic" not in text.lower():
        kinds.append("weekly_drug_taken_daily")
    cut = _SELF_CUT.search(text) and _DEEP.search(text)
    if cut and not (_CUT_NOT.search(text) or _SH_NOT_NOW.search(text)):
        kinds.append("deep_self_inflicted_wound")
    signs = sum(bool(p.search(text)) for p in (_FACE, _SPEECH, _LIMB))
    if signs and (signs >= 2 or _SUDDEN.search(text)) and not _STROKE_NOT.search(text):
        kinds.append("stroke_signs")
    allergen = _FOOD_OR_STING.search(text)
    airway = (_AIRWAY.search(text) and (allergen or _ALLERGIC_TRIGGER.search(text))) or (
        _AIRWAY_WEAK.search(text) and allergen
    )
    if airway and not _ALLERGY_NOT.search(text):
        kinds.append("anaphylaxis_signs")
    bleed = _BLEED.search(text) and not _BLEED_NOT.search(text)
    if bleed or (_MELAENA.search(text) and _FAINT.search(text)):
        kinds.append("heavy_bleeding")
    breathing = _BREATHING.search(text) and not _BREATHING_NOT.search(text)
    if breathing or _UNRESPONSIVE.search(text):
        kinds.append("breathing_or_responsiveness")
    if _CHEST.search(text) and _AUTONOMIC.search(text) and not _CHEST_NOT.search(text):
        kinds.append("cardiac_chest_discomfort")
    if _OTHER.search(text):
        kinds.append("other_red_flag")
    if _METER_OUT_OF_RANGE.search(text):
        kinds.append("glucose_meter_out_of_range")
    knock = _HEAD_KNOCK.search(text) and _ANTICOAGULANT.search(text)
    if knock and not _HEAD_KNOCK_NOT.search(text):
        kinds.append("head_injury_on_anticoagulant")
    if _CHEMO.search(text) and _FEVER.search(text) and not _FEVER_NOT.search(text):
        kinds.append("fever_on_anticancer_treatment")
    # The learned half honours the rules' fences: history, denial, a trip, sweets.
    if not kinds and scorer is not None and not _LEARNED_NOT.search(text) and scorer.fires(text):
        kinds.append("learned")
    if (
        not kinds
        and plan_scorer is not None
        and not _LEARNED_NOT.search(text)
        and plan_scorer.fires(text)
    ):
        kinds.append("learned_plan")
    return RedFlag(tuple(kinds)) if kinds else None


def apply(decision: TriageDecision, flag: RedFlag | None) -> TriageDecision:
    """Force `escalate` in the emergency band when the net fired; otherwise return `decision`
    itself. A decision that already escalates keeps its band and confidence (two agreeing
    signals are at least as likely right as the net alone)."""
    if flag is None or decision.routing == "escalate":
        return decision
    return decision.model_copy(
        update={
            "routing": "escalate",
            "acuity_band": EMERGENCY_BAND,
            "confidence": OVERRIDE_CONFIDENCE,
        }
    )
