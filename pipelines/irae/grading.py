"""CTCAE v5 grade from the words around a mention, following each term's grade definitions.

Rules read stool counts, x ULN multiples, %BSA, oxygen, hospitalisation and treatment,
then clamp to the grades CTCAE defines for the term.
"""

from __future__ import annotations

import re

from pipelines.irae.ctcae import clamp_grade

_EXPLICIT = re.compile(r"\bgrade\s*([1-5])\b|\bG([1-5])\b", re.IGNORECASE)
_DEATH = re.compile(r"\b(died|death|fatal|expired)\b", re.I)
_LIFE = re.compile(
    r"\b(life-threatening|ICU|intensive care|intubat\w*|mechanical (?:ventilation|support)|"
    r"pressors?|vasopressors?|shock|perforation|colectomy|(?:hemo)?dialysis|HD|ketoacidosis|DKA|"
    r"fulminant|crisis|respiratory failure|urgent intervention)\b",
    re.I,
)
_HOSP = re.compile(
    r"\b(admit(?:ted)?|admission|hospitali[sz]\w*|inpatient|IV (?:methylprednisolone|steroids)|"
    r"severe|limiting self[- ]care|self care)\b",
    re.I,
)
_TREATED = re.compile(
    r"\b(prednisone|steroids?|methylprednisolone|budesonide|infliximab|started|initiated|"
    r"treated|held|symptomatic)\b",
    re.I,
)
_MILD = re.compile(
    r"\b(mild(?:ly)?|asymptomatic|subclinical|incidental|slight(?:ly)?|no treatment)\b", re.I
)

_WORDNUM = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(_WORDNUM) + r")"
_STOOLS = re.compile(
    _NUM + r"(?:\s*(?:-|to)\s*" + _NUM + r")?\s*(?:extra |additional |loose |watery |liquid )*"
    r"(?:stools?|bowel movements?|BMs?|episodes)",
    re.I,
)
_MORE_THAN = re.compile(r"\b(more than|over|>)\s*" + _NUM + r"\s*(?:stools?|bowel)", re.I)
_ULN = re.compile(_NUM + r"\s*(?:x|times|-fold)\s*(?:the\s*)?(?:ULN|upper limit)", re.I)
_ULN_ABOVE = re.compile(
    r"(?:above|over|>)\s*" + _NUM + r"\s*(?:x|times)\s*(?:the\s*)?(?:ULN|upper limit)", re.I
)
_BSA = re.compile(r"(\d+(?:\.\d+)?)\s*%\s*(?:BSA|body surface|of (?:the )?body)", re.I)
_OXYGEN = re.compile(r"\b(oxygen|O2|nasal cannula|hypoxi\w*|L/min|\d+\s*L\b|desaturat\w*)\b", re.I)


def _num(s: str) -> float:
    return float(_WORDNUM.get(s.lower(), s)) if s.lower() in _WORDNUM else float(s)


def _generic(text: str) -> int | None:
    if _DEATH.search(text):
        return 5
    if _LIFE.search(text):
        return 4
    if _HOSP.search(text):
        return 3
    return None


def _diarrhea(text: str) -> int:
    counts = [
        max(_num(m.group(1)), _num(m.group(2)) if m.group(2) else 0) for m in _STOOLS.finditer(text)
    ]
    counts += [_num(m.group(2)) + 1 for m in _MORE_THAN.finditer(text)]
    if _LIFE.search(text):
        return 4
    if re.search(r"\b(admit\w*|hospitali[sz]\w*)\b", text, re.I):
        return 3
    if counts:
        n = max(counts)
        return 1 if n < 4 else 2 if n <= 6 else 3
    if _MILD.search(text):
        return 1
    return 2 if _TREATED.search(text) else 1


def _uln_grade(text: str) -> int | None:
    above = [_num(m.group(1)) for m in _ULN_ABOVE.finditer(text)]
    mult = [_num(m.group(1)) for m in _ULN.finditer(text)] + above
    if not mult:
        return None
    x = max(mult)
    if above and x >= 20:
        return 4
    return 1 if x <= 3 else 2 if x <= 5 else 3 if x <= 20 else 4


_LAB_NAME = {
    "Alanine aminotransferase increased": (r"ALT|alanine aminotransferase", 40.0),
    "Aspartate aminotransferase increased": (r"AST|aspartate aminotransferase", 40.0),
    "Blood bilirubin increased": (r"(?:t\.? ?|total )?bili(?:rubin)?", 1.2),
}
_VALUE = r"\s*(?:of|was|is|at|:|=)?\s*(\d{1,2},\d{3}|\d+(?:\.\d+)?)"
_ULN_VALUE = re.compile(
    r"\b(?:ULN|ref(?:erence)?(?: range)?|upper limit(?: of normal)?|normal)\s*(?:is|of|=|:)?\s*"
    r"(?:<|up to)?\s*(\d+(?:\.\d+)?)",
    re.I,
)
_CR_VALUE = re.compile(r"\b(?:creatinine|Cr)\b" + _VALUE, re.I)
_CR_BASELINE = re.compile(
    r"\b(?:baseline|bl|from)\s*(?:Cr|creatinine)?\s*(?:of|was|is|:)?\s*(\d+(?:\.\d+)?)|"
    r"(\d+(?:\.\d+)?)\s*\(?(?:at )?baseline",
    re.I,
)


def lab_multiple(term: str, text: str) -> float | None:
    """Highest value of the term's analyte over the written ULN (or a usual adult ULN)."""
    name, default_uln = _LAB_NAME[term]
    values = [
        float(m.group(1).replace(",", ""))
        for m in re.finditer(r"\b(?:" + name + r")\b" + _VALUE, text, re.I)
    ]
    if not values:
        return None
    ulns = [float(m.group(1)) for m in _ULN_VALUE.finditer(text)]
    # A ULN written for another analyte (bilirubin 1.2 next to ALT 40) must not be borrowed.
    ulns = [u for u in ulns if (u < 5) == (default_uln < 5)]
    uln = ulns[0] if ulns else default_uln
    return max(values) / uln


def mild_lab(term: str, text: str) -> bool:
    """A lab value written at or barely over its upper limit (< 1.5 x ULN, creatinine <= 1.3
    with no rise over a written baseline): a reading, not on its own an adverse event."""
    if term in _LAB_NAME:
        x = lab_multiple(term, text)
        return x is not None and x < 1.5
    if term == "Creatinine increased":
        current = [float(m.group(1).replace(",", "")) for m in _CR_VALUE.finditer(text)]
        return bool(current) and max(current) <= 1.3 and (_creatinine(text) or 1) < 2
    return False


def _creatinine(text: str) -> int | None:
    current = [float(m.group(1).replace(",", "")) for m in _CR_VALUE.finditer(text)]
    base = [float(m.group(1) or m.group(2)) for m in _CR_BASELINE.finditer(text)]
    if not current or not base:
        return None
    base_v = min(b for b in base if b > 0) if any(b > 0 for b in base) else 0
    if not base_v:
        return None
    ratio = max(current) / base_v
    if max(current) > 6 * 1.2:
        return 4
    return 1 if ratio < 1.5 else 2 if ratio <= 3 else 3


def grade_in_context(term: str, sentence: str, following: str = "") -> int:
    """Grade from the mention's sentence; the next sentences (often the plan: oxygen, insulin,
    admission) can only raise it, and an explicit grade in the sentence is final."""
    g = grade(term, sentence)
    if not following or _EXPLICIT.search(sentence):
        return g
    return max(g, grade(term, sentence + " " + following))


def grade(term: str, text: str) -> int:
    """Grade for `term` given `text` (the mention's sentence, optionally with its neighbours)."""
    explicit = _EXPLICIT.search(text)
    if explicit:
        return clamp_grade(term, int(explicit.group(1) or explicit.group(2)))
    if term == "Diarrhea":
        return clamp_grade(term, _diarrhea(text))
    if term in (
        "Alanine aminotransferase increased",
        "Aspartate aminotransferase increased",
        "Blood bilirubin increased",
    ):
        g = _uln_grade(text)
        if g is not None:
            return clamp_grade(term, g)
        x = lab_multiple(term, text)
        if x is not None and x > 1:
            if term == "Blood bilirubin increased":
                g = 1 if x <= 1.5 else 2 if x <= 3 else 3 if x <= 10 else 4
            else:
                g = 1 if x <= 3 else 2 if x <= 5 else 3 if x <= 20 else 4
            return clamp_grade(term, g)
        if _LIFE.search(text):
            return clamp_grade(term, 4)
        return clamp_grade(term, 3 if _HOSP.search(text) else 2 if _TREATED.search(text) else 1)
    if term == "Rash maculo-papular":
        m = _BSA.search(text)
        if m:
            pct = float(m.group(1))
            g = 1 if pct < 10 else 2 if pct <= 30 else 3
            return clamp_grade(term, g)
        return clamp_grade(term, 3 if _HOSP.search(text) else 1 if _MILD.search(text) else 2)
    if term == "Pruritus":
        if re.search(r"\b(constant|sleep|systemic steroids?|prednisone)\b", text, re.I):
            return 3
        if re.search(r"\b(widespread|generali[sz]ed|excoriations?|oral)\b", text, re.I):
            return 2
        return 1
    generic = _generic(text)
    if term == "Pneumonitis":
        if generic is not None and generic >= 4:
            return clamp_grade(term, generic)
        if _OXYGEN.search(text) or generic == 3:
            return 3
        if _MILD.search(text) and not re.search(
            r"\b(cough|dyspnea|steroids?|prednisone)\b", text, re.I
        ):
            return 1
        return 2
    if term in ("Hypothyroidism", "Hyperthyroidism"):
        if generic is not None:
            return clamp_grade(term, generic)
        if re.search(
            r"\b(levothyroxine|replacement|propranolol|beta[- ]blocker|methimazole|"
            r"symptomatic|palpitations|tremor|fatigue)\b",
            text,
            re.I,
        ):
            return 2
        return 1 if _MILD.search(text) or re.search(r"\bobserve\b", text, re.I) else 2
    if term in ("Hypophysitis", "Adrenal insufficiency"):
        if generic is not None:
            return clamp_grade(term, generic)
        return 2
    if term == "Colitis":
        if generic is not None:
            return clamp_grade(term, generic)
        if _MILD.search(text):
            return 1
        return 2
    if term == "Hyperglycemia":
        if generic is not None and generic >= 4:
            return clamp_grade(term, generic)
        if re.search(r"\b(insulin|glargine|lispro|basal)\b", text, re.I) or generic == 3:
            return 3
        if re.search(r"\b(metformin|oral|workup)\b", text, re.I):
            return 2
        return 1
    if term == "Arthralgia":
        if re.search(r"\b(severe|self[- ]care)\b", text, re.I):
            return 3
        if re.search(r"\b(moderate|limiting|prednisone)\b", text, re.I):
            return 2
        return 1
    if term == "Creatinine increased":
        g = _creatinine(text)
        if g is not None:
            return clamp_grade(term, g)
    if term == "Uveitis":
        if re.search(r"\b(posterior|pan-?uveitis|intermediate|[34]\+|VKH|20/200)", text, re.I):
            return 3
        if re.search(r"[12]\+", text):
            return 2
        return 1 if re.search(r"\btrace\b", text, re.I) else 2
    if term == "Pancreatitis":
        if generic is not None and generic >= 4:
            return clamp_grade(term, generic)
        if re.search(
            r"\b(severe|pain|vomit\w*|IV fluids|IVF|NPO|opioids?|analgesi\w*)", text, re.I
        ):
            return 3
        return 2
    if term in ("Arthritis", "Myositis", "Bullous dermatitis"):
        m = _BSA.search(text) if term == "Bullous dermatitis" else None
        if m:
            pct = float(m.group(1))
            return 1 if pct < 10 else 2 if pct <= 30 else 3
        if generic is not None and generic >= 4:
            return clamp_grade(term, generic)
        if re.search(r"\b(severe|self[- ]care|cannot|can't|needs help dressing|bed)\b", text, re.I):
            return 3
        if re.search(r"\b(moderate|limiting|housework|shopping|weakness|prednisone)\b", text, re.I):
            return 2
        return 1
    if term == "Acute kidney injury":
        return clamp_grade(term, generic if generic is not None else 3)
    if term == "Myocarditis":
        return clamp_grade(term, generic if generic is not None else 3)
    if generic is not None:
        return clamp_grade(term, generic)
    return clamp_grade(term, 2 if _TREATED.search(text) else 1)
