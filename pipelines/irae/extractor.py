"""Extractor: immune checkpoint inhibitor exposure and candidate adverse-event mentions per note.

Each mention carries exact character offsets and context cues (negated, hypothetical,
family, history, other cause).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

ICI_AGENTS: dict[str, tuple[str, ...]] = {
    "ipilimumab": ("ipilimumab", "yervoy"),
    "nivolumab": ("nivolumab", "opdivo"),
    "pembrolizumab": ("pembrolizumab", "keytruda"),
    "atezolizumab": ("atezolizumab", "tecentriq"),
    "durvalumab": ("durvalumab", "imfinzi"),
    "avelumab": ("avelumab", "bavencio"),
    "cemiplimab": ("cemiplimab", "libtayo"),
    "tremelimumab": ("tremelimumab", "imjudo"),
    "dostarlimab": ("dostarlimab", "jemperli"),
    "relatlimab": ("relatlimab", "opdualag"),
    "tislelizumab": ("tislelizumab", "tevimbra"),
    "toripalimab": ("toripalimab", "loqtorzi"),
    "retifanlimab": ("retifanlimab", "zynyz"),
    "serplulimab": ("serplulimab",),
}
_ICI_RE = re.compile(
    r"\b("
    + "|".join(sorted({n for ns in ICI_AGENTS.values() for n in ns}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_GENERIC_ICI_RE = re.compile(
    r"\b(checkpoint inhibitor|checkpoint blockade|immunotherapy|"
    r"anti-PD-?1|anti-PD-?L1|anti-CTLA-?4)\b",
    re.IGNORECASE,
)
_DATE_RE = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.? \d{1,2},? \d{4})\b"
)

# Surface forms -> CTCAE v5 term. Order matters only for overlapping matches (longest wins).
AE_LEXICON: tuple[tuple[str, str], ...] = (
    (r"colitis|enterocolitis|colonic perforation", "Colitis"),
    (
        r"diarrh(?:o)?ea|loose stools?|watery stools?|stools? per day|"
        r"bowel movements (?:daily|a day|per day)",
        "Diarrhea",
    ),
    (
        r"hepatitis|transaminitis|transaminases?|\bALT\b|alanine aminotransferase|"
        r"liver enzymes|\bLFTs?\b",
        "Alanine aminotransferase increased",
    ),
    (r"pneumonitis|ground-glass opacities|pneumonia|infiltrates?", "Pneumonitis"),
    (r"hypothyroidism|thyroiditis(?! with symptomatic hyper)", "Hypothyroidism"),
    (r"hyperthyroidism|thyrotoxic(?:osis)?", "Hyperthyroidism"),
    (r"hypophysitis", "Hypophysitis"),
    (r"adrenal insufficiency|adrenal crisis|adrenalitis", "Adrenal insufficiency"),
    (
        r"maculo-?papular rash|rash|dermatitis|erythematous papules|drug eruption",
        "Rash maculo-papular",
    ),
    (r"pruritus|itching|itchy", "Pruritus"),
    (r"acute kidney injury|\bAKI\b|nephritis", "Acute kidney injury"),
    (r"myocarditis", "Myocarditis"),
    (
        r"hyperglycemia|type 1 diabetes|insulin-dependent diabetes|diabetic ketoacidosis|\bDKA\b",
        "Hyperglycemia",
    ),
    (r"arthralgia|arthritis|joint (?:aches|pain)|knee and wrist pain", "Arthralgia"),
    (r"myositis", "Myositis"),
    (r"pancreatitis", "Pancreatitis"),
    (r"uveitis", "Uveitis"),
)
_AE_RES = tuple((re.compile(p, re.IGNORECASE), t) for p, t in AE_LEXICON)

# Cue lists: why a mention may not be a current event. Kept short and readable; the classifier
# weighs them together with the words around the mention.
_NEG_BEFORE = re.compile(
    r"\b(no|not|denies|denied|denying|negative for|without|free of|absence of|resolved|"
    r"no evidence of|no signs of|ruled out)\b[^.;:]*$",
    re.IGNORECASE,
)
_NEG_AFTER = re.compile(r"^[^.;]{0,25}\b(ruled out|resolved|negative|absent|denied|none)\b", re.I)
_HYPO = re.compile(
    r"\b(monitor(?:ing)? for|watch(?:ing)? for|signs? of|counsel(?:l)?ed|educat(?:ed|ion)|"
    r"instructed|warned|risk of|possible|potential|precautions?|if\b|should|to watch for|"
    r"discussed)\b",
    re.IGNORECASE,
)
_FAMILY = re.compile(
    r"\b(family history|FHx?|mother|father|sister|brother|daughter|son|aunt|uncle|grandmother|"
    r"grandfather)\b",
    re.IGNORECASE,
)
_HISTORY = re.compile(
    r"\b(history of|h/o|past medical history|PMH|prior episode|previous(?:ly)?|remote|"
    r"resolved|years ago|as a child|in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
OTHER_CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "other drug",
        re.compile(
            r"\b(amoxicillin|sulfa|dexamethasone|steroid-induced|drug eruption from the antibiotic|"
            r"NSAID)\b",
            re.I,
        ),
    ),
    (
        "infection",
        re.compile(
            r"\b(C\. ?diff(?:icile)?|clostridi\w*|norovirus|infectious|bacterial|sputum culture|"
            r"antibiotics?|ceftriaxone|vancomycin|aspiration|sepsis|viral)\b",
            re.I,
        ),
    ),
    (
        "chemotherapy",
        re.compile(
            r"\b(irinotecan|capecitabine|FOLFIRI|FOLFOX|5-FU|fluorouracil|chemotherapy[- ]"
            r"(?:induced|related)|attributed to chemotherapy)\b",
            re.I,
        ),
    ),
    (
        "disease progression",
        re.compile(
            r"\b(progressi(?:ve|on) (?:liver )?(?:metastases|disease)|disease progression|"
            r"tumou?r progression)\b",
            re.I,
        ),
    ),
    ("dehydration", re.compile(r"\b(prerenal|dehydration|hypovolemi\w*)\b", re.I)),
)


@dataclass(frozen=True)
class Exposure:
    agent: str
    """Generic name of the checkpoint inhibitor."""
    note_id: str
    start: int
    end: int
    surface: str
    date: str | None
    """A date written in the same sentence (start date), when there is one."""


@dataclass(frozen=True)
class Mention:
    note_id: str
    term: str
    surface: str
    start: int
    """Offsets of the quote (the sentence holding the mention) in the note text."""
    end: int
    quote: str
    mention_start: int
    negated: bool
    hypothetical: bool
    family: bool
    history: bool
    other_cause: str | None
    ici_in_sentence: bool
    immune_words: bool
    """'immune', 'checkpoint', an ICI name... in the sentence: the author linked it to therapy."""


@dataclass(frozen=True)
class Extraction:
    exposures: list[Exposure] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def agents(self) -> list[str]:
        return sorted({e.agent for e in self.exposures})


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])|\n+")
_IMMUNE = re.compile(
    r"\b(immune|immuno\w*|checkpoint|irAE|autoimmune)\b|" + _ICI_RE.pattern, re.IGNORECASE
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _surface_agent(surface: str) -> str:
    low = surface.lower()
    return next(g for g, names in ICI_AGENTS.items() if low in names)


def _mentions_in_sentence(note_id: str, text: str, s: int, e: int) -> list[Mention]:
    sent = text[s:e]
    found: list[tuple[int, int, str]] = []
    for rx, term in _AE_RES:
        for m in rx.finditer(sent):
            found.append((m.start(), m.end(), term))
    # Longest match wins where matches overlap ("acute kidney injury" over "AKI" inside it).
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, str]] = []
    for f in found:
        if any(f[0] < k[1] and k[0] < f[1] and k[2] == f[2] for k in kept):
            continue
        kept.append(f)
    seen_terms: set[str] = set()
    out = []
    other = next((name for name, rx in OTHER_CAUSES if rx.search(sent)), None)
    ici = bool(_ICI_RE.search(sent))
    immune = bool(_IMMUNE.search(sent))
    for ms, me, term in kept:
        if term in seen_terms:  # one mention per term per sentence is enough to decide on
            continue
        seen_terms.add(term)
        before, after = sent[:ms], sent[me:]
        # A clause break ("but", "however") ends a negation's reach.
        clause = re.split(r"\b(?:but|however|although|though)\b|;", before)[-1]
        out.append(
            Mention(
                note_id=note_id,
                term=term,
                surface=sent[ms:me],
                start=s,
                end=e,
                quote=sent,
                mention_start=s + ms,
                negated=bool(_NEG_BEFORE.search(clause[-60:]) or _NEG_AFTER.search(after)),
                hypothetical=bool(_HYPO.search(clause)),
                family=bool(_FAMILY.search(sent)),
                history=bool(_HISTORY.search(sent)),
                other_cause=other,
                ici_in_sentence=ici,
                immune_words=immune,
            )
        )
    return out


def extract(notes: Sequence[tuple[str, str]]) -> Extraction:
    """`notes` are (note_id, text) pairs; offsets index into each note's own text."""
    exposures: list[Exposure] = []
    mentions: list[Mention] = []
    for note_id, text in notes:
        for s, e in sentences(text):
            sent = text[s:e]
            date_m = _DATE_RE.search(sent)
            for m in _ICI_RE.finditer(sent):
                exposures.append(
                    Exposure(
                        agent=_surface_agent(m.group(1)),
                        note_id=note_id,
                        start=s + m.start(),
                        end=s + m.end(),
                        surface=m.group(1),
                        date=date_m.group(1) if date_m else None,
                    )
                )
            mentions.extend(_mentions_in_sentence(note_id, text, s, e))
    return Extraction(exposures, mentions)


def mentions_generic_immunotherapy(texts: Sequence[str]) -> bool:
    return any(_GENERIC_ICI_RE.search(t) for t in texts)
