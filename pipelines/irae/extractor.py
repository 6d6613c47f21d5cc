"""Extractor: immune checkpoint inhibitor exposure and candidate adverse-event mentions per note.

Each mention carries exact character offsets and context cues (negated, hypothetical,
family, history, other cause).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

ICI_AGENTS: dict[str, tuple[str, ...]] = {
    "ipilimumab": ("ipilimumab", "yervoy", "ipi"),
    "nivolumab": ("nivolumab", "opdivo", "nivo"),
    "pembrolizumab": ("pembrolizumab", "keytruda", "pembro"),
    "atezolizumab": ("atezolizumab", "tecentriq", "atezo"),
    "durvalumab": ("durvalumab", "imfinzi", "durva"),
    "avelumab": ("avelumab", "bavencio"),
    "cemiplimab": ("cemiplimab", "libtayo", "cemip"),
    "tremelimumab": ("tremelimumab", "imjudo", "treme"),
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
    r"anti-PD-?1|anti-PD-?L1|anti-CTLA-?4|PD-?L?1 inhibitor|ICIs?|irAEs?|"
    r"immune checkpoint)\b",
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
        r"diarrh(?:o)?ea|loose stools?|watery stools?|liquid stools?|soft stools?|stools? per day|"
        r"stools? (?:a|per) day|stools? daily|BMs?/day|bowel movements (?:daily|a day|per day)",
        "Diarrhea",
    ),
    (
        r"hepatitis|transaminitis|transaminases?|\bALT\b|alanine aminotransferase|"
        r"liver enzymes|\bLFTs?\b|hepatotoxicity",
        "Alanine aminotransferase increased",
    ),
    (r"\bAST\b|aspartate aminotransferase", "Aspartate aminotransferase increased"),
    (r"\b(?:t\.? ?)?bili(?:rubin)?\b|jaundice[d]?|hyperbilirubin\w*", "Blood bilirubin increased"),
    (
        r"pneumonitis|ground[- ]glass(?: opacities)?|\bGGOs?\b|pneumonia|infiltrates?|"
        r"interstitial lung disease|\bILD\b",
        "Pneumonitis",
    ),
    (r"hypothyroid\w*|thyroiditis(?! with symptomatic hyper)", "Hypothyroidism"),
    (r"hyperthyroid\w*|thyrotoxic(?:osis)?", "Hyperthyroidism"),
    (r"hypophysitis|ACTH deficiency", "Hypophysitis"),
    (r"adrenal insufficiency|adrenal crisis|adrenalitis", "Adrenal insufficiency"),
    (
        r"maculo-?papular rash|rash|dermatitis|erythematous papules|drug eruption|"
        r"morbilliform|eruption|macules|(?:red|itchy|pink) (?:bumps|spots|patches)",
        "Rash maculo-papular",
    ),
    (r"bullous \w+|bullae|blisters?|pemphigoid", "Bullous dermatitis"),
    (r"pruritus|pruritic|itch(?:ing|y)?", "Pruritus"),
    (r"acute kidney injury|\bAKI\b|nephritis", "Acute kidney injury"),
    (r"\bcreatinine\b|\bCr\b", "Creatinine increased"),
    (r"myocarditis", "Myocarditis"),
    (
        r"hyperglycemia|type 1 diabetes|insulin-dependent diabetes|diabetic ketoacidosis|\bDKA\b|"
        r"\bdiabetes(?: mellitus)?\b|\bT1DM?\b",
        "Hyperglycemia",
    ),
    (r"arthralgias?|joint (?:aches|pain)|knee and wrist pain|aching in", "Arthralgia"),
    (r"arthritis|synovitis|polyarthritis", "Arthritis"),
    (r"myositis|myopathy", "Myositis"),
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
_NEG_AFTER = re.compile(
    r"^(?:[^.;]{0,25}\b(ruled out|negative|absent|denied|none)|[^.;]{0,60}\b"
    r"(?:resolved|recovered|weaned|normali[sz]ed|subsided|settled))\b",
    re.I,
)
_HYPO = re.compile(
    r"\b(monitor(?:ing)? for|watch(?:ing)? for|signs? of|counsel(?:l)?ed|educat(?:ed|ion)|"
    r"instructed|warned|risk of|possible|potential|precautions?|if\b|should|to watch for|"
    r"discussed|checked for|evaluat\w* for|work-?up for|screen(?:ed|ing)? for|side effects|"
    r"remind\w*|talked about|reviewed|seek care|call(?:s)? for)\b",
    re.IGNORECASE,
)
_FAMILY = re.compile(
    r"\b(family history|FHx?|mother|father|sister|brother|daughter|son|aunt|uncle|grandmother|"
    r"grandfather)\b",
    re.IGNORECASE,
)
_HISTORY = re.compile(
    r"\b(history of|h/o|past medical history|PMH|prior episode|previous(?:ly)?|remote|"
    r"resolved|years ago|as a child|in (?:19|20)\d\d|long-?standing|since (?:age|her|his|"
    r"childhood|(?:19|20)\d\d)|for (?:\d+ )?(?:years|yrs)|x ?\d+ ?yrs|predat\w*|pre-?existing|"
    r"dx (?:19|20)\d\d|(?:19|20)\d\d\)|survivorship|predates?|pre-?dating|"
    r"(?:before|prior to) (?:starting |initiation of |beginning )?(?:immunotherapy|checkpoint|ICI|"
    r"pembro\w*|nivo\w*|ipi\w*|atezo\w*|durva\w*))\b",
    re.IGNORECASE,
)
_NON_ICI_CANCER_DRUGS = (
    r"irinotecan|capecitabine|FOLFIRI|FOLFOX|mFOLFOX6|CAPOX|XELOX|5-FU|fluorouracil|"
    r"fluoropyrimidine|oxaliplatin|cisplatin|carboplatin|pemetrexed|gemcitabine|docetaxel|"
    r"paclitaxel|nab-paclitaxel|taxane|bleomycin|etoposide|cyclophosphamide|doxorubicin|"
    r"osimertinib|erlotinib|gefitinib|afatinib|lorlatinib|alectinib|crizotinib|sunitinib|"
    r"axitinib|cabozantinib|lenvatinib|pazopanib|sorafenib|regorafenib|dabrafenib|trametinib|"
    r"vemurafenib|encorafenib|binimetinib|cobimetinib|cetuximab|panitumumab|bevacizumab|"
    r"ramucirumab|trastuzumab deruxtecan|T-DXd|idelalisib|abemaciclib|palbociclib|TKI|"
    r"EGFR[- ]inhibitor|R-CHOP|CAR-T|axi-cel|BCG|ABVD|7\+3|"
    r"radiation|in[- ]field|RT portal|radiotherapy|radiation-induced|post-radiation|irradiat\w*|"
    r"chemoradiation|lenalidomide|pomalidomide|ibrutinib|imatinib|dasatinib|nilotinib|olaparib|"
    r"niraparib|enfortumab|sacituzumab|everolimus|temozolomide|bortezomib|methotrexate|"
    r"cytarabine|vincristine|ifosfamide|mitomycin|trifluridine|lapatinib|tucatinib|neratinib"
)
OTHER_CAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "infection",
        re.compile(
            r"\b(C\.? ?diff(?:icile)?|clostridi\w*|norovirus|infectious (?:colitis|diarrh\w*)|"
            r"bacterial|sputum (?:culture|cx)|sepsis|septic|viral|virus|COVID(?:-19)?|"
            r"influenza|flu A|RSV|CMV|HSV|herpe\w*|pneumococcal|streptococc\w*|Strep pneumo|"
            r"H\. influenzae|E\. coli|bacteremia|urosepsis|cholangitis|cellulitis|scabies|"
            r"aspiration pneumonia|community-acquired|CAP|lobar|infections?|infectious|"
            r"gastroenteritis|enteritis|campylobacter|salmonella|shigella|giardia\w*|"
            r"rotavirus|adenovirus|parvovirus|PJP|pneumocystis|fungal|aspergill\w*|legionella|"
            r"mycoplasma|tuberculosis|UTI|pyelonephritis|food poisoning|sick contacts?|"
            r"household (?:contacts?|cluster|members?)|"
            r"(?:cultures?|PCR|panel|antigen|toxin)\s+(?:\w+\s+){0,2}positive|positive for)\b",
            re.I,
        ),
    ),
    (
        "other drug",
        re.compile(
            r"\b(amoxicillin|amox-clav|augmentin|sulfa\w*|bactrim|TMP-SMX|cef\w+|clindamycin|"
            r"antibiotics?|"
            r"NSAIDs?|ibuprofen|statins?|\w+statin|amiodarone|acetaminophen|contrast|"
            r"laxatives?|senna|miralax|bowel regimen|drug[- ]induced liver injury|DILI|"
            r"HCTZ|PPI|omeprazole|interferon|drug eruption|poison ivy|contact dermatitis|"
            r"allopurinol|lamotrigine|phenytoin|carbamazepine|vancomycin|piperacillin|pip-tazo|"
            r"levofloxacin|ciprofloxacin|fluoroquinolones?|penicillin|magnesium|sorbitol|"
            r"metformin|lithium|azathioprine|valproate|isoniazid|rifampin|fluconazole|"
            r"voriconazole|tacrolimus|lisinopril|diuretics?|furosemide|dietary|lactose)\b",
            re.I,
        ),
    ),
    (
        "steroids",
        re.compile(
            r"\b(dexamethasone|dex|steroid-induced|glucocorticoid-induced|steroids?|"
            r"glucocorticoids?|prednisone)\b",
            re.I,
        ),
    ),
    ("chemotherapy", re.compile(r"\b(" + _NON_ICI_CANCER_DRUGS + r"|chemotherapy)\b", re.I)),
    (
        "disease progression",
        re.compile(
            r"\b(progressi(?:ve|on)|tumou?r (?:burden|progression|thrombus)|"
            r"(?:liver|hepatic) (?:metastases|mets|lesions)|new (?:\w+ ){0,2}lesions|"
            r"obstruct\w*|hydronephrosis|stent|decompensation|lymphangitic|carcinomatosis|"
            r"(?:adrenal|pituitary|brain|liver|hepatic|leptomeningeal|bone) "
            r"(?:metastas[ie]s|mets)|metastatic (?:replacement|infiltration)|"
            r"tumou?r (?:infiltration|invasion|compression))\b",
            re.I,
        ),
    ),
    (
        "other condition",
        re.compile(
            r"\b(STEMI|NSTEMI|myocardial infarction|coronary|\bCAD\b|LAD|RCA|occlusion|"
            r"atheroscl\w*|pulmonary embol\w*|\bPE\b|heart failure|HFrEF|gallstones?|biliary|"
            r"alcohol\w*|EtOH|drinking|gout|crystals|typhlitis|neutropenic|type 2 diabetes|T2DM|"
            r"Hashimoto\w*|Graves|thyroidectomy|radioactive iodine|RAI|osteoarthritis|"
            r"degenerative|psoriasis|eczema|rosacea|celiac|irritable bowel|IBS|diverticulitis|"
            r"ischemic colitis|fatty liver|NAFLD|cirrhosis|hepatitis [BC]|HBV|HCV|sarcoid\w*)\b",
            re.I,
        ),
    ),
    (
        "dehydration",
        re.compile(
            r"\b(prerenal|dehydrat\w*|hypovolemi\w*|volume depletion|poor (?:PO )?intake)\b", re.I
        ),
    ),
)
# A suspected event the work-up then ruled out ("colitis was considered; colonoscopy normal").
_SUSPICION = re.compile(
    r"\b(considered|consideration|concern(?:ed)? (?:for|about)|on the differential|"
    r"question of|query|r/o|rule out|to exclude|evaluat\w* for|work-?up for|worried about)\b",
    re.I,
)
_WORKUP_NORMAL = re.compile(
    r"\b(colonoscopy|sigmoidoscopy|flex sig|scope|endoscopy|biops\w+|histology|pathology|MRI|"
    r"CT|imaging|echo\w*|bronchoscopy|BAL|cortisol|ACTH|TSH|work-?up|evaluation)\b[^.;]{0,40}?"
    r"\b(normal|unremarkable|without (?:\w+ ){0,2}(?:inflammation|colitis|abnormalit\w+)|"
    r"no evidence|negative for (?:\w+ ){0,2}(?:colitis|pneumonitis|hepatitis|inflammation))\b",
    re.I,
)
_CONCLUSIVE_NEGATION = re.compile(
    r"\b(ruled out|excluded|not consistent with|not supported|not confirmed|"
    r"final (?:diagnosis|impression)|was considered|on the differential|no evidence of)\b",
    re.I,
)
# A cause named only to be dismissed ("C. diff negative", "no infection", "less likely")
# is not a cause: these look for the dismissal right after or before the cause word.
_CAUSE_DISMISSED_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(neg(?:ative)?|not detected|unremarkable|unlikely|less likely|"
    r"ruled out|excluded|not favou?red|stopped|discontinued|not given|held|none|smaller|"
    r"stable|responding|improv\w*|decreas\w*|shrinking)\b",
    re.I,
)
_CAUSE_DISMISSED_BEFORE = re.compile(
    r"\b(no|not|without|negative for|ruled out|rule out|r/o|unlikely|no evidence of|"
    r"previously|prior|stopped|off)\b[^.;,]{0,25}$",
    re.I,
)
# The author tying the finding to the checkpoint inhibitor.
# A drug name alone ("diarrhea in a patient on pembrolizumab") is exposure, not attribution.
_ICI_WORD = (
    r"(?:" + _ICI_RE.pattern[3:-3] + r"|ipi|nivo|pembro|atezo|durva|ipi/nivo|nivo/ipi|"
    r"immunotherapy|checkpoint inhibitors?|ICIs?|anti-PD-?L?1|PD-?L?1 inhibitor|his cancer drug|"
    r"her cancer drug)"
)
_IMMUNE_ATTRIBUTION = re.compile(
    r"\b(immune[- ](?:mediated|related)|immune|irAEs?|ICI|checkpoint|autoimmune|"
    r"anti-PD-?L?1|PD-?L?1 inhibitor|PD-1 inhibitor|anti-CTLA-?4)\b|"
    r"\b" + _ICI_WORD + r"[- ](?:\w+[- ])?(?:induced|related|associated|mediated|toxicity|"
    r"colitis|hepatitis|pneumonitis|hypophysitis|thyroiditis|nephritis|myocarditis|myositis|"
    r"arthritis|dermatitis|pancreatitis|diabetes|rash|diarrhea|uveitis)\b|"
    r"\b(?:due to|from|secondary to|attributed to|related to|caused by|induced by|"
    r"associated with|after|on top of)\s+(?:\w+\s+){0,3}" + _ICI_WORD + r"\b",
    re.IGNORECASE,
)
# ...and dismissing that link ("not ICI related", "rather than ICI", "favor axitinib").
_IMMUNE_DISMISSED = re.compile(
    r"\b(not|non|no|rather than|over|less likely|unlikely|low suspicion for|"
    r"not favou?red|considered)\b\s+(?:[\w/-]+\s+){0,3}(immune|ICI|irAE|checkpoint|"
    r"immunotherapy)\b|"
    r"\b(immune|ICI|irAE|checkpoint)\b[^.;]{0,40}\b(less likely|unlikely|not favou?red|"
    r"not suspected|considered)\b|\bnot an? immune|\bnot (?:\w+ ){0,2}(?:ICI|immune)",
    re.I,
)
_EXPOSURE_DISMISSED = re.compile(
    r"\b(no|not|declined|without|never|yet to|no prior)\b[^.;]{0,30}"
    r"\b(immunotherapy|checkpoint)\b|\b(immunotherapy|checkpoint inhibitor)\b[^.;]{0,20}"
    r"\b(declined|not given|yet)\b",
    re.I,
)


# Causes that only explain some findings: steroids raise glucose, they do not inflame the colon.
_CAUSE_TERMS: dict[str, frozenset[str]] = {"steroids": frozenset({"Hyperglycemia"})}


def other_cause_in(text: str, term: str | None = None) -> str | None:
    """The first other cause named in `text`, not dismissed there, that can explain `term`."""
    for name, rx in OTHER_CAUSES:
        if name in _CAUSE_TERMS and term not in _CAUSE_TERMS[name]:
            continue
        for m in rx.finditer(text):
            if _CAUSE_DISMISSED_AFTER.search(text[m.end() :]):
                continue
            if _CAUSE_DISMISSED_BEFORE.search(text[: m.start()]):
                continue
            return "other drug" if name == "steroids" else name
    return None


_RESOLVED = re.compile(r"\b(resolved|recovered|weaned|normali[sz]ed|subsided)\b", re.I)


def resolved_in(text: str) -> bool:
    """The sentence says an event is over ("axis recovered", "LFTs normalized")."""
    return bool(_RESOLVED.search(text))


def immune_attribution_in(text: str) -> bool:
    return bool(_IMMUNE_ATTRIBUTION.search(text)) and not _IMMUNE_DISMISSED.search(text)


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
    cause_near: str | None = None
    """An undismissed other cause in the neighbouring sentences (two either side, same note)."""
    immune_near: bool = False
    """Immune attribution in the neighbouring sentences, not dismissed there."""
    following: str = ""
    """The next two sentences of the same note (often the plan), for grading."""
    immune_dismissed: bool = False
    """The sentence or its neighbours reject the immune link ("not ICI related", "rather than")."""
    ruled_out: bool = False
    """Suspected and then excluded by the work-up ("considered; colonoscopy normal"), or
    negated in a conclusive statement ("final impression: no colitis")."""


@dataclass(frozen=True)
class Extraction:
    exposures: list[Exposure] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def agents(self) -> list[str]:
        return sorted({e.agent for e in self.exposures})


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])|\n+")
_AGENT_DECLINED = re.compile(r"^[^.;]{0,30}\b(declined|refused|not given|deferred)\b", re.I)


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


def _mentions_in_sentence(
    note_id: str, text: str, s: int, e: int, around: str = "", following: str = ""
) -> list[Mention]:
    """Mentions in sentence text[s:e]; `around` is the neighbouring text for attribution cues."""
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
    ici = bool(_ICI_RE.search(sent))
    immune = immune_attribution_in(sent)
    immune_near = immune_attribution_in(around) if around else False
    dismissed = bool(
        _IMMUNE_DISMISSED.search(sent) or (around and _IMMUNE_DISMISSED.search(around))
    )
    for ms, me, term in kept:
        if term in seen_terms:  # one mention per term per sentence is enough to decide on
            continue
        seen_terms.add(term)
        other = other_cause_in(sent, term)
        cause_near = other_cause_in(around, term) if around else None
        before, after = sent[:ms], sent[me:]
        # A clause break ("but", "however") ends a negation's reach.
        clause = re.split(r"\b(?:but|however|although|though)\b|;", before)[-1]
        negated = bool(_NEG_BEFORE.search(clause[-60:]) or _NEG_AFTER.search(after))
        ruled_out = bool(
            (_SUSPICION.search(sent) and _WORKUP_NORMAL.search(after + " " + following))
            or (negated and _CONCLUSIVE_NEGATION.search(sent))
        )
        out.append(
            Mention(
                note_id=note_id,
                term=term,
                surface=sent[ms:me],
                start=s,
                end=e,
                quote=sent,
                mention_start=s + ms,
                negated=negated,
                hypothetical=bool(_HYPO.search(clause)),
                family=bool(_FAMILY.search(sent)),
                history=bool(_HISTORY.search(sent)),
                other_cause=other,
                ici_in_sentence=ici,
                immune_words=immune,
                cause_near=cause_near,
                immune_near=immune_near,
                immune_dismissed=dismissed,
                following=following,
                ruled_out=ruled_out,
            )
        )
    return out


def extract(notes: Sequence[tuple[str, str]]) -> Extraction:
    """`notes` are (note_id, text) pairs; offsets index into each note's own text."""
    exposures: list[Exposure] = []
    mentions: list[Mention] = []
    for note_id, text in notes:
        spans = sentences(text)
        for i, (s, e) in enumerate(spans):
            sent = text[s:e]
            date_m = _DATE_RE.search(sent)
            for m in _ICI_RE.finditer(sent):
                if _AGENT_DECLINED.search(sent[m.end() :]):
                    continue  # "durvalumab declined by patient": never given
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
            around = " | ".join(
                text[a:b] for j, (a, b) in enumerate(spans) if j != i and abs(j - i) <= 2
            )
            following = " ".join(text[a:b] for a, b in spans[i + 1 : i + 3])
            mentions.extend(_mentions_in_sentence(note_id, text, s, e, around, following))
    return Extraction(exposures, mentions)


def mentions_generic_immunotherapy(texts: Sequence[str]) -> bool:
    """A checkpoint inhibitor named only generically ("immunotherapy", "PD-1 inhibitor") and
    not denied ("no immunotherapy", "immunotherapy declined")."""
    for t in texts:
        for s, e in sentences(t):
            sent = t[s:e]
            if _GENERIC_ICI_RE.search(sent) and not _EXPOSURE_DISMISSED.search(sent):
                return True
    return False


def exposure_dismissed(sentence: str) -> bool:
    return bool(_EXPOSURE_DISMISSED.search(sentence))
