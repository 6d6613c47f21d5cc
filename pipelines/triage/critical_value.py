"""Spot CRITICAL (panic) lab results and home readings quoted in patient messages.

A triage agent calls ``find_critical(message)`` on a free-text patient message
("the portal says my potassium is 6.4", "sats 86%", "BP 192/124") and gets back
the values that cross widely used adult laboratory critical-value conventions,
so it can escalate them to a nurse within hours.

Design goal: precision over recall.  A value is only reported when

* an analyte name is followed, within ``WINDOW`` characters of the same sentence,
  by a plausible value in an accepted unit (or a unitless value whose unit can be
  decided from its magnitude), and
* none of the fences apply: history ("last year"), targets / ranges / reference
  intervals ("keep INR 2-3"), doses ("potassium 20 mEq tablets"), a different
  quantity ("sodium intake", "potassium-rich"), other people or general talk
  ("my friend's", "I read that"), conditionals ("call if sats below 90") and
  negation ("INR not above 5").

A floor under the triage decision (`apply`): a critical value the sender quotes escalates, in
the urgent band. Thresholds are the adult critical-value conventions in `ANALYTES`, not fitted
to any data set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harness.contract import TriageDecision
from pipelines.triage.health_lexicon import APOSTROPHES

__all__ = ["ANALYTES", "WINDOW", "Analyte", "Critical", "Unit", "apply", "find_critical"]


@dataclass(frozen=True)
class Critical:
    analyte: str  # canonical name, e.g. "potassium"; "flagged" for an unnamed flagged result
    value: str  # the text of the value as written ("6.4", "192/124", "HI", "critical")
    reason: str  # e.g. "potassium 6.4 >= 6.0 mmol/L"


# --------------------------------------------------------------------------- #
# Units
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Unit:
    label: str  # shown in reasons
    written: str | None  # regex for the unit written right after the number; None = never written
    plausible: tuple[float, float]  # values outside this (inclusive) range are ignored
    bare: tuple[float, float] | None = (
        None  # a value with no unit in this range is read in this unit
    )
    low: float | None = None  # critical if value < low
    high: float | None = None  # critical if value > high (>= when high_inclusive)
    high_inclusive: bool = False


_L = r"(?:/|per)\s*l(?:it(?:re|er))?\b"
MMOL_L = rf"mmol\s*{_L}|mmol\b|mm/l\b"
MEQ_L = rf"m?eq\s*{_L}|meq\b"
MG_DL = r"mgs?\s*(?:/|per)\s*dl\b|mg\s*%|mgdl\b"
G_DL = r"g(?:m|ms|rams?)?\s*(?:/|per)\s*dl\b|g\s*/\s*100\s*ml\b"
G_L = rf"g(?:m|ms|rams?)?\s*{_L}"
_UL = r"(?:ul|µl|μl|mcl|mm3|cumm|cmm|microlit(?:re|er)s?|cubic\s+mm)\b"
PER_NL = (  # x10^9/L, and its many spellings (k/uL, thousand, G/L, /nL)
    r"x\s*10\s*(?:\^|\*|e|\s)?\s*9\s*(?:/\s*l\b)?|10\s*(?:\^|\*)\s*9\s*/\s*l\b"
    rf"|(?:bil(?:lion)?|g)\s*/\s*l\b|/\s*nl\b|(?:k|thou(?:sand)?)\s*(?:/|per)\s*{_UL}"
    r"|thousand\b|k\b"
)
PER_UL = rf"(?:cells\s*)?(?:/|per)\s*{_UL}"
PERCENT = r"%|per\s*cent\b"
MMHG = r"mm\s*hg\b|mm\s+of\s+mercury\b"

# Units that mean "this number is something else" (a dose, a weight, a time...).
FOREIGN_UNIT_RE = re.compile(
    r"\s*(?:mg|mcg|µg|μg|ug|g|gm|grams?|kg|kgs|lbs?|pounds?|oz|ounces?|ml|mls|cc|litres?|liters?"
    r"|l/min|lpm|iu|units?|meq|mmol|mm\s*hg|tabs?|tablets?|pills?|caps?|capsules?|tsp|teaspoons?"
    r"|tbsp|tablespoons?|cups?|servings?|cal|kcal|calories|%|percent|times|(?:days?|weeks?)(?!\s*\d)|wks?"
    r"|hours?|hrs?|mins?|minutes?|secs?|seconds?|years?|yrs?|months?|steps|bpm|beats|degrees?|°|x)"
    r"(?![a-z])",
    re.I,
)

# --------------------------------------------------------------------------- #
# Analytes and thresholds (adult critical-value conventions)
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Analyte:
    name: str  # canonical name reported in Critical.analyte
    names: str  # regex of the ways patients write it
    units: tuple[Unit, ...] = ()  # empty = flag-only (reported only if the lab flags it critical)
    pair: bool = False  # value is a pair "192/124" (blood pressure)
    diastolic_high: float | None = None  # pair only: second value critical if >= this
    medicine_too: bool = False  # also a drug/supplement: "taking potassium 8" is a dose
    meter_hi_lo: bool = False  # a meter can display "HI" / "LO"
    # name forms that are everyday words too ("bataiye na jo 200 logon" is Hindi, not sodium;
    # "ok k"): their value must follow at once or after a linking word ("na 121", "K: 6.2")
    terse: str | None = None
    # a sentence context in which a reading is no result of now (oxygen read in sleep)
    not_now: str | None = None


ANALYTES: tuple[Analyte, ...] = (
    # potassium: critical < 2.8 or >= 6.0 mmol/L (mEq/L is numerically identical)
    Analyte(
        "potassium",
        r"pot+a?s+i?u?m|kalium|(?<!vitamin )(?<!vit )(?<!\d )k\+?",
        (
            Unit(
                "mmol/L",
                rf"{MMOL_L}|{MEQ_L}",
                (1.0, 10.0),
                bare=(1.0, 10.0),
                low=2.8,
                high=6.0,
                high_inclusive=True,
            ),
        ),
        medicine_too=True,
        terse=r"k\+?",
    ),
    # sodium: critical < 125 or > 155 mmol/L
    Analyte(
        "sodium",
        r"sodium|sodum|sodiem|na\+?",
        (Unit("mmol/L", rf"{MMOL_L}|{MEQ_L}", (90, 200), bare=(90, 200), low=125, high=155),),
        medicine_too=True,
        terse=r"na\+?",
    ),
    # glucose: critical < 3.0 or > 25 mmol/L; < 54 or > 450 mg/dL.  No unit: <= 35 is mmol/L,
    # >= 40 is mg/dL (35-40 is left alone).  A meter showing "HI" / "LO" is critical too.
    Analyte(
        "glucose",
        r"blood\s+glucose|glucose|glucos|gluocse|glucoes|blood\s+sugars?|sugar\s+levels?|sugars?"
        r"|bgl?|bs|cbg|fsbg|finger\s*sticks?|glucometer|dexcom|libre|cgm",
        (
            Unit("mmol/L", MMOL_L, (0.5, 60), bare=(0.5, 35), low=3.0, high=25),
            Unit("mg/dL", MG_DL, (10, 2000), bare=(40, 1500), low=54, high=450),
        ),
        meter_hi_lo=True,
        terse=r"bs",
    ),
    # INR: critical > 5.0 (unitless)
    Analyte(
        "inr",
        r"pt\s*/\s*inr|pt\s+inr|inr|i\.n\.r\.?|protime",
        (Unit("", None, (0.5, 20), bare=(0.5, 20), high=5.0),),
    ),
    # haemoglobin: critical < 7.0 g/dL = < 70 g/L.  No unit: <= 25 is g/dL, above is g/L.
    Analyte(
        "haemoglobin",
        r"ha?em[oa]glob[ie]ne?|hgb|hb(?!\s*a1c)",
        (
            Unit("g/dL", G_DL, (1.0, 25), bare=(1.0, 25), low=7.0),
            Unit("g/L", G_L, (10, 250), bare=(25.01, 250), low=70),
        ),
    ),
    # platelets: critical < 20 x10^9/L (= 20 k = 20,000 per microlitre)
    Analyte(
        "platelets",
        r"platelets?(?:\s+count)?|platlets?|plateletts?|plts?(?:\s+count)?|thrombocytes",
        (
            Unit("x10^9/L", PER_NL, (0.5, 2000), bare=(0.5, 999), low=20),
            Unit("/uL", PER_UL, (500, 3_000_000), bare=(1000, 3_000_000), low=20_000),
        ),
    ),
    # neutrophils (ANC): critical < 0.5 x10^9/L (= 500 per microlitre).  No unit: <= 40 is x10^9/L,
    # above 100 is per microlitre (40-100 could be a differential percentage, so it is left alone).
    Analyte(
        "neutrophils",
        r"absolute\s+neutrophil\s+count|(?:absolute\s+)?neutrophils?(?:\s+count)?|neutrofils?|neuts?|anc",
        (
            Unit("x10^9/L", PER_NL, (0.0, 60), bare=(0.0, 40), low=0.5),
            Unit("/uL", PER_UL, (0, 100_000), bare=(100.01, 100_000), low=500),
        ),
    ),
    # SpO2 / oxygen saturation: critical < 90 %
    Analyte(
        "spo2",
        r"spo2|sp02|sp\s+o2|sao2|o2\s+sat(?:uration)?s?|o2\s+levels?|oxygen\s+sat(?:uration)?s?"
        r"|oxygen\s+levels?|oxygen\s+reading|oxygen|sats|saturations?|pulse\s*ox(?:imeter)?(?:\s+reading)?"
        r"|oximeter|o2",
        (Unit("%", PERCENT, (50, 100), bare=(50, 100), low=90),),
        # a ring or a watch in sleep: a sleep study's question, not an emergency now
        not_now=r"\b(?:night|nights|nightly|asleep|sleep\w*|overnight|snor\w*)\b",
    ),
    # blood pressure: critical systolic >= 180 or diastolic >= 120 mmHg (needs a pair "192/124")
    Analyte(
        "blood_pressure",
        r"blood\s+pressures?|b\.?p\.?s?|b/p|pressure|(?:bp\s+|pressure\s+)?cuff",
        (Unit("mmHg", MMHG, (50, 300), bare=(50, 300), high=180, high_inclusive=True),),
        pair=True,
        diastolic_high=120,
    ),
    # calcium (total / corrected / adjusted): critical < 1.8 or > 3.0 mmol/L; < 7 or > 12 mg/dL.
    # No unit: 1-5 could be mmol/L, 4-20 mg/dL; 4-5 fires only because it is critical either way.
    Analyte(
        "calcium",
        r"(?:corrected|adjusted|total|serum)\s+calcium|calcium|calcuim|calcum"
        r"|ca(?![\d+])(?!\s*-?\s*(?:125|19|15|27|72|242)\b)",
        (
            Unit("mmol/L", MMOL_L, (0.8, 5.0), bare=(1.0, 5.0), low=1.8, high=3.0),
            Unit("mg/dL", MG_DL, (3.0, 20), bare=(4.0, 20), low=7, high=12),
        ),
        medicine_too=True,
        terse=r"ca",
    ),
    # flag-only analytes: reported only when the lab/app flags them critical
    Analyte("troponin", r"(?:hs-?)?troponin(?:\s*[it])?|(?:hs-?)?trop|tn[it]"),
    Analyte("lactate", r"lactate|lactic\s+acid"),
    Analyte("magnesium", r"magnesium"),
    Analyte("phosphate", r"phosphate|phosphorus"),
    Analyte("creatinine", r"creatinine"),
    Analyte("white_cells", r"white\s+(?:blood\s+)?(?:cell\s+)?count|white\s+cells|wbc"),
)

WINDOW = 40  # the value must start within this many characters after the analyte name
# What may stand between a terse name and its value ("K: 6.2", "k was 6.1", "na came back 121").
_LINK_ONLY = re.compile(
    r"(?i)^(?:\s|[:=\-]|\b(?:is|was|of|at|level|lvl|now|today|came|back|as|reads?|read)\b)*$"
)

# --------------------------------------------------------------------------- #
# Fences (regexes are matched case-insensitively on one sentence)
# --------------------------------------------------------------------------- #


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# Words that put a sentence in the past ("clearly history").
HISTORY_RE = _rx(
    r"\b(?:last|past|previous)\s+(?:year|month|summer|winter|spring|autumn|fall|christmas|admission"
    r"|pregnancy|hospital\s+stay)\b"
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|few|several|couple(?:\s+of)?|many)\s+"
    r"(?:weeks?|months?|years?|yrs?|wks?)\s+(?:ago|back|earlier)\b"
    r"|\b(?:weeks?|months?|years?)\s+ago\b|\bin\s+(?:19|20)\d\d\b|\bback\s+in\b|\bpreviously\b"
    r"|\bused\s+to\b|\bin\s+the\s+past\b|\bhistory\s+of\b|\bonce\s+had\b|\bat\s+one\s+point\b"
    r"|\bas\s+a\s+(?:kid|child|teen(?:ager)?|baby)\b"
    r"|\bwhen\s+i\s+was\s+(?:younger|little|a\s+kid|a\s+child|pregnant)\b"
    r"|\blong\s+time\s+ago\b"
)
# Words after a history marker that bring the sentence back to the present.
PRESENT_RE = _rx(
    r"\b(?:now|today|tonight|currently|this\s+(?:morning|afternoon|evening|week)|yesterday"
    r"|last\s+night|latest|again|but|however)\b"
)
# A result the lab itself calls invalid.
INVALID_SAMPLE_RE = _rx(r"\bha?emoly[sz](?:ed|is)\b|\bspurious\b|\bclotted\b|\blab\s+error\b")
# General discussion / teaching material rather than the sender's own result.
GENERAL_RE = _rx(
    r"\b(?:i\s+read|read\s+(?:that|online|somewhere)|article|googled?|googling|textbook|lecture|exam"
    r"|homework|quiz|studying|nursing\s+school|in\s+general|generally|typically|hypothetical(?:ly)?"
    r"|for\s+example|for\s+instance|such\s+as|let'?s\s+say|dangerous\s+levels?)\b|\be\.g\."
)
# Someone who is neither the sender nor a person in their care.
OTHER_PERSON_RE = _rx(
    r"\b(?:friend|neighbou?r|co-?worker|colleague|boss|classmate|room-?mate|flat-?mate|someone"
    r"|somebody|anyone|anybody|people|person|patients|others|celebrity)(?:'?s)?\b"
)
FIRST_PERSON_RE = _rx(r"\b(?:i|i'm|im|i've|ive|my|me|mine|we|our|us)\b")
NEGATION_RE = _rx(
    r"\b(?:not|no|never|none|nothing|neither|nor|without|denies|denied|ruled\s+out"
    r"|isn'?t|wasn'?t|aren'?t|weren'?t|haven'?t|hasn'?t|hadn'?t|don'?t|doesn'?t|didn'?t"
    r"|won'?t|can'?t|couldn'?t|wouldn'?t)\b"
)
# A negation that governs the next few words ("no potassium result", "don't think my K").
NEGATION_BEFORE_RE = _rx(rf"(?:{NEGATION_RE.pattern})(?:\s+\S+){{0,3}}\s*$")
HEDGE_RE = _rx(  # "not sure", "don't know": hedges, not negations
    r"\b(?:not\s+sure|not\s+certain|don'?t\s+know|do\s+not\s+know|no\s+idea|dunno|not\s+100%)"
)
# Targets, goals and reference ranges.
TARGET_RE = _rx(
    r"\b(?:targets?|goals?|aim(?:ing)?|keep(?!s?\s+\w+ing\b)|kept|maintain|range|ref(?:erence)?|normal|between"
    r"|should\s+(?:be|stay|go|get|remain)|supposed\s+to|ideal(?:ly)?|needs?\s+to\s+be|must\s+be"
    r"|wants?\s+(?:it|my|your|the|his|her|their|them|us)|limit|therapeutic)\b"
)
CONDITIONAL_RE = _rx(r"\b(?:if|unless|in\s+case|whenever)\b")
INDIRECT_QUESTION_RE = _rx(  # "not sure if", "wondering if": an indirect question, not a condition
    r"\b(?:know|wonder|wondering|wondered|sure|ask|asking|asked|see|check|checking|tell|curious|unsure)\s+$"
)
# A different quantity named next to the analyte ("sodium intake", "potassium-rich foods").
OTHER_QUANTITY_RE = _rx(
    r"\b(?:intake|rich|diet(?:ary)?|foods?|supplements?|tablets?|tabs?|pills?|capsules?|chloride"
    r"|citrate|bicarbonate|bicarb|gluconate|carbonate|acetate|sparing|free|restrict(?:ed|ion)?"
    r"|allowance|content|servings?|drip|infusion|sliding|strips?|meds?|medications?|medicines?"
    r"|doses?|dosage|gel|drinks?|juice|packets?|sachets?|channel|blockers?|binders?|salt|grams?"
    r"|mg|teaspoons?|cubes?|water|bath|tank|concentrator|flow|score|scan|a1c|goal|target)\b"
)
# Laboratory qualifiers right before the name that change what is measured
# ("urine sodium", "urine dip glucose", "ionised calcium", "transferrin saturation").
QUALIFIER_RE = _rx(
    r"\b(?:urine|urinary|ioni[sz]ed|csf|sweat|stool|dialysate|glycated|glycosylated|transferrin|iron"
    r"|vitamin|vit)(?:\s+(?:dip(?:stick)?|test|sample))?[\s:-]*$"
)
# Taking a medicine ("I take potassium 8"): only for analytes that are also medicines.
DOSE_VERB_RE = _rx(
    r"\b(?:take|takes|taking|took|prescribed|prescription|started|starting|increased?|decreased?"
    r"|reduced?|doubled?|dose|iv)\b"
)
# Dose words right after the value ("potassium 8 tablets", "20 daily").
DOSE_AFTER_RE = _rx(
    r"\s*(?:of\s+)?(?:tabs?|tablets?|pills?|capsules?|caps?|supplements?|doses?|daily|a\s+day|per\s+day"
    r"|/\s*day|twice|bid|tid|qid|bd|od|by\s+mouth|iv|drip|infusion|units?|prescribed)\b"
)
# "over 6", "below 90": the value is a bound, critical only if everything beyond it is.
COMPARATOR_HIGH_RE = _rx(
    r"(?:\bover|\babove|\bgreater\s+than|\bmore\s+than|\bhigher\s+than|\bat\s+least|>=?|≥)\s*$"
)
COMPARATOR_LOW_RE = _rx(r"(?:\bunder|\bbelow|\bless\s+than|\blower\s+than|\bat\s+most|<=?|≤)\s*$")
INDEFINITE_RE = _rx(r"\b(?:a|an)\s+(?:(?:serum|blood|high|low)\s+)?$")
CLAUSE_CUT_RE = _rx(r"[,;:()\[\]]|\b(?:but|however|although|though|and|so|because)\b")
TAIL_CUT_RE = _rx(r"[,;(\[]|\b(?:but|and|now|today|however|whereas|while|compared)\b")

NUMBER_BODY = r"(?:\d{1,3}(?:,\d{3})+(?!\d|\.\d)|\d+(?:[.,]\d+)?|\.\d+)"  # 6.4, 6,4, 12,000, .3
NUMBER = r"(?<![\d.,])(?<!\d[:/\-–])" + NUMBER_BODY  # not the tail of 3:30, 3/4, 3.5-5.1
CANDIDATE_RE = re.compile(NUMBER + r"|(?<![a-z])(?:hi|lo)(?![a-z])", re.I)
SKIP_BEFORE_RE = _rx(  # "day 3", "cycle 2", "#4": a counter, not the value
    r"\b(?:day|week|cycle|dose|round|visit|room|bed|ward|number|no\.|type|stage|grade|step|page"
    r"|version)\s*#?\s*$|#\s*$"
)
TIME_AFTER_RE = _rx(r":\d|\s*[ap]\.?m\b\.?|(?:st|nd|rd|th)\b|\s*o'?clock\b")  # 3:30, 7am, 2nd
DATE_AFTER_RE = _rx(r"/\d")  # 3/4 (but 192/124 is a blood pressure)
YEAR_RE = re.compile(r"(?:19|20)\d\d")
# (a full stop may end the sentence after the pair: "blood pressure 210/130.")
PAIR_AFTER_RE = _rx(r"\s*(?:/|\\|over)\s*(\d{2,3})(?!\d|[.,]\d)")
RANGE_AFTER_RE = _rx(r"\s*(?:-|–|—|to)\s*(" + NUMBER_BODY + r")")
METER_WORD_RE = _rx(  # "meter says lo": a display, not a greeting
    r"(?:says|say|shows|showing|showed|reads|reading|read|displays?|displaying|screen|meter|just)\W*$"
)

FLAG_RE = re.compile(
    r"\bcritical(?:ly)?[\s-]+(?:high|low|values?|results?|levels?|labs?|alerts?|flags?|range)\b"
    r"|\bflag(?:ged)?\s+(?:as\s+)?(?:critical|panic|crit)\b"
    r"|\bmarked\s+(?:as\s+)?(?:critical|panic)\b"
    r"|\bpanic[\s-]+(?:values?|levels?|results?|range|flags?|high|low|alerts?)\b"
    r"|[(\[]\s*(?:critical|crit|panic)\s*[)\]]"
    r"|(?P<state>\b(?:was|is|came\s+back|came\s+up|showed|shows|showing|reported|listed)\s+(?:as\s+)?critical\b)"
    r"|(?P<letters>(?-i:\b(?:HH|LL)\b))",
    re.I,
)
FLAG_WORD_RE = re.compile(  # the flag itself, reported as the value
    r"critical(?:ly)?(?:[\s-]+(?:high|low))?|panic(?:[\s-]+(?:high|low))?|crit|HH|LL", re.I
)
RESULT_WORD_RE = _rx(
    r"\b(?:results?|values?|levels?|labs?|tests?|bloods?|blood\s*work|panel|reading)\b"
)
QUESTION_START_RE = _rx(
    r"^\W*(?:is|are|does|do|would|could|can|what|what's|whats|how|which|at\s+what)\b"
)
SOURCE_VERB_RE = _rx(
    r"\b(?:flag|flagged|marked|called|rang|phoned|says|said|shows|showed|came\s+back|portal|app|lab"
    r"|report|letter|message|highlighted)\b"
)

_MENTION_RE = [(a, re.compile(rf"(?<![a-z0-9])(?:{a.names})(?![a-z])", re.I)) for a in ANALYTES]
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "vs", "approx", "appt", "e.g", "i.e", "eg", "ie"}


# --------------------------------------------------------------------------- #
# Sentences and mentions
# --------------------------------------------------------------------------- #


def _sentences(text: str) -> list[str]:
    """Split on sentence ends (. ! ? followed by space), newlines and semicolons."""
    out, start = [], 0
    for m in re.finditer(r"[.!?]+\s+|\n+|;", text):
        word = re.search(r"(\S+)$", text[start : m.start()])
        if m.group()[0] == "." and word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        out.append(text[start : m.start() + 1])
        start = m.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]


@dataclass(frozen=True)
class _Mention:
    analyte: Analyte
    start: int
    end: int


def _mentions(sentence: str) -> list[_Mention]:
    found = [
        _Mention(a, m.start(), m.end()) for a, rx in _MENTION_RE for m in rx.finditer(sentence)
    ]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    for m in found:  # drop overlaps, keeping the earliest/longest ("blood sugar" over "sugar")
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


# --------------------------------------------------------------------------- #
# Fences
# --------------------------------------------------------------------------- #


def _clause_before(sentence: str, pos: int) -> str:
    """Up to WINDOW characters before pos, cut at the last comma / 'but' / 'and'."""
    pre = sentence[max(0, pos - WINDOW) : pos]
    cuts = list(CLAUSE_CUT_RE.finditer(pre))
    return pre[cuts[-1].end() :] if cuts else pre


def _is_conditional(text: str) -> bool:
    return any(
        not INDIRECT_QUESTION_RE.search(text[: m.start()]) for m in CONDITIONAL_RE.finditer(text)
    )


def _is_negated(text: str) -> bool:
    return bool(NEGATION_RE.search(HEDGE_RE.sub(" ", text)))


def _is_history(prefix: str, tail: str) -> bool:
    marks = list(HISTORY_RE.finditer(prefix))
    if marks and not PRESENT_RE.search(prefix, marks[-1].end()):
        return True
    cut = TAIL_CUT_RE.search(tail)
    return bool(HISTORY_RE.search(tail[: cut.start()] if cut else tail))


def _about_someone_else(before: str) -> bool:
    """'my friend's potassium' - but not 'my friend said my potassium'."""
    others = list(OTHER_PERSON_RE.finditer(before))
    return bool(others) and not FIRST_PERSON_RE.search(before, others[-1].end())


def _context_fence(
    sentence: str, analyte: Analyte | None, name_start: int, value_start: int, value_end: int
) -> str | None:
    """Name of the fence that applies to a value (or a flag when analyte is None), else None."""
    before = _clause_before(sentence, name_start)
    if analyte is not None and analyte.not_now and re.search(analyte.not_now, sentence, re.I):
        return "not now"
    if QUALIFIER_RE.search(sentence[max(0, name_start - 30) : name_start]):
        return "qualifier"
    if NEGATION_BEFORE_RE.search(HEDGE_RE.sub(" ", before)):
        return "negation"
    if TARGET_RE.search(before):
        return "target"
    if _is_conditional(before):
        return "conditional"
    if _about_someone_else(before):
        return "other person"
    if (
        analyte is not None
        and INDEFINITE_RE.search(before)
        and not FIRST_PERSON_RE.search(sentence)
    ):
        return "general"
    if analyte is not None and analyte.medicine_too and DOSE_VERB_RE.search(before):
        return "dose"
    if INVALID_SAMPLE_RE.search(sentence):
        return "invalid sample"
    if GENERAL_RE.search(sentence[:value_start]):
        return "general"
    if _is_history(sentence[:value_start], sentence[value_end:]):
        return "history"
    return None


def _gap_fence(gap: str) -> str | None:
    """Fences on the words between the analyte name and its value."""
    if OTHER_QUANTITY_RE.search(gap):
        return "other quantity"
    if _is_negated(gap):
        return "negation"
    if TARGET_RE.search(gap):
        return "target"
    if _is_conditional(gap):
        return "conditional"
    return None


# --------------------------------------------------------------------------- #
# Values
# --------------------------------------------------------------------------- #


def _to_float(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _limit(x: float, u: Unit) -> str:
    """A threshold with its unit: "6.0 mmol/L", "90%", "5.0"."""
    sep = "" if u.label in ("", "%") else " "
    return f"{x}{sep}{u.label}"


def _read_unit(analyte: Analyte, after: str) -> tuple[Unit | None, int] | None:
    """Unit written right after a number: (unit or None if none written, length consumed).

    Returns None when the number is followed by a unit that is not a concentration of
    this analyte (a dose, a weight, a time, or stray glued letters such as "80s").
    """
    for unit in analyte.units:
        if unit.written:
            m = re.match(rf"\s*(?:{unit.written})", after, re.I)
            if m:
                return unit, m.end()
    if FOREIGN_UNIT_RE.match(after) or re.match(r"[a-z]", after, re.I):
        return None
    return None, 0


def _units_for(analyte: Analyte, value: float, unit: Unit | None) -> list[Unit]:
    """The unit(s) a value can be read in; an empty list means not a plausible result."""
    if unit is not None:
        lo, hi = unit.plausible
        return [unit] if lo <= value <= hi else []
    return [u for u in analyte.units if u.bare and u.bare[0] <= value <= u.bare[1]]


def _crosses(u: Unit, value: float) -> str | None:
    """Threshold text if value is critical in unit u."""
    if u.low is not None and value < u.low:
        return f"< {_limit(u.low, u)}"
    if u.high is not None and (value >= u.high if u.high_inclusive else value > u.high):
        return f"{'>=' if u.high_inclusive else '>'} {_limit(u.high, u)}"
    return None


def _bound_crosses(u: Unit, bound: float, direction: str) -> str | None:
    """'over 6' / 'below 90': critical only if every value beyond the bound is critical."""
    if direction == ">" and u.high is not None and bound >= u.high:
        return f"{'>=' if u.high_inclusive else '>'} {_limit(u.high, u)}"
    if direction == "<" and u.low is not None and bound <= u.low:
        return f"< {_limit(u.low, u)}"
    return None


def _judge(
    analyte: Analyte, values: list[float], unit: Unit | None, direction: str | None
) -> str | None:
    """Reason text if every value is critical under every plausible unit reading, else None."""
    parts: list[str] = []
    for value in values:
        units = _units_for(analyte, value, unit)
        if not units:
            return None
        verdicts = [
            _bound_crosses(u, value, direction) if direction else _crosses(u, value) for u in units
        ]
        if not all(verdicts):
            return None
        parts.append(str(verdicts[0]))
    note = ""
    if unit is None and len(analyte.units) > 1:
        units = _units_for(analyte, values[0], None)
        note = " (unit from magnitude" + (", critical in either unit)" if len(units) > 1 else ")")
    return parts[0] + note


@dataclass(frozen=True)
class _Reading:
    text: str  # the value as written
    reason: str | None  # None: a usable value, but not critical


def _read_value(sentence: str, mention: _Mention, limit: int) -> _Reading | None:
    """Find the value that belongs to a mention and judge it.  None: no usable value."""
    analyte = mention.analyte
    for m in CANDIDATE_RE.finditer(sentence, mention.end):
        if m.start() >= limit:
            return None
        token = m.group()
        before = sentence[mention.end : m.start()]
        name = sentence[mention.start : mention.end]
        terse = analyte.terse and re.fullmatch(analyte.terse, name, re.I)
        if terse and not _LINK_ONLY.match(before):
            return None
        if token.lower() in ("hi", "lo"):
            if analyte.meter_hi_lo and (token in ("HI", "LO") or METER_WORD_RE.search(before)):
                return _judge_meter(sentence, mention, m)
            continue
        after = sentence[m.end() :]
        if SKIP_BEFORE_RE.search(before) or YEAR_RE.fullmatch(token):
            continue
        if TIME_AFTER_RE.match(after) or (not analyte.pair and DATE_AFTER_RE.match(after)):
            continue
        return _judge_number(sentence, mention, m)
    return None


def _judge_meter(sentence: str, mention: _Mention, m: re.Match[str]) -> _Reading | None:
    if _gap_fence(sentence[mention.end : m.start()]) or _context_fence(
        sentence, mention.analyte, mention.start, m.start(), m.end()
    ):
        return None
    word = m.group().upper()
    meaning = "above" if word == "HI" else "below"
    return _Reading(m.group(), f"meter shows {word} ({meaning} the meter's measurable range)")


def _judge_number(sentence: str, mention: _Mention, m: re.Match[str]) -> _Reading | None:
    analyte = mention.analyte
    gap = sentence[mention.end : m.start()]
    if _gap_fence(gap):
        return None
    if not analyte.units:  # flag-only analyte: a value, never critical by itself
        return _Reading(m.group(), None)
    direction = (
        ">" if COMPARATOR_HIGH_RE.search(gap) else "<" if COMPARATOR_LOW_RE.search(gap) else None
    )
    start, end = m.start(), m.end()
    values = [_to_float(m.group())]

    if analyte.pair:
        pair = PAIR_AFTER_RE.match(sentence, end)
        if not pair:
            return None
        values.append(float(pair.group(1)))
        end = pair.end()
    else:
        rng = RANGE_AFTER_RE.match(sentence, end)
        if rng:
            if re.search(
                r"\bfrom\s*$", gap, re.I
            ):  # "went from 4.5 to 6.4": the latest value counts
                values = [_to_float(rng.group(1))]
                start = rng.start(1)
            else:  # "2.1-2.8": both ends must be critical
                values.append(_to_float(rng.group(1)))
            end = rng.end()

    read = _read_unit(analyte, sentence[end:])
    if read is None:
        return None
    unit, length = read
    text = sentence[start:end].strip()
    end += length
    written = sentence[start:end].strip()  # value with its unit, for the reason
    # (a pair is never a dose: "BP 186/122 twice" is two readings)
    if not analyte.pair and DOSE_AFTER_RE.match(sentence, end):
        return None
    if _context_fence(sentence, analyte, mention.start, start, end):
        return None

    if analyte.pair:
        systolic, diastolic = values
        if not (50 <= systolic <= 300 and 20 <= diastolic <= 200 and systolic > diastolic):
            return None
        reasons = []
        if direction == "<":
            return _Reading(text, None)
        high, diastolic_high = analyte.units[0].high, analyte.diastolic_high
        assert high is not None and diastolic_high is not None  # a pair analyte has both
        if systolic >= high:
            reasons.append(f"systolic {systolic:g} >= {high:g}")
        if diastolic >= diastolic_high:
            reasons.append(f"diastolic {diastolic:g} >= {diastolic_high:g}")
        reason = " and ".join(reasons) + " mmHg" if reasons else None
        return _Reading(text, reason)

    if not _units_for(analyte, values[0], unit):
        return None
    verdict = _judge(analyte, values, unit, direction)
    if verdict:
        word = {">": "over ", "<": "under ", None: ""}[direction]
        verdict = f"{word}{written} {verdict}"
    return _Reading(text, verdict)


# --------------------------------------------------------------------------- #
# Flags ("critical", "panic value", "HH")
# --------------------------------------------------------------------------- #


def _flags(
    sentence: str, mentions: list[_Mention], readings: dict[int, _Reading | None], fired: set[str]
) -> list[Critical]:
    """Results the lab/app flagged critical; analytes already in `fired` are not repeated."""
    out = []
    for f in FLAG_RE.finditer(sentence):
        before = sentence[: f.start()]
        if re.search(r"\bnon-?\s*$", before, re.I):
            continue
        if _is_negated(_clause_before(sentence, f.start())[-25:]):
            continue
        if QUESTION_START_RE.search(before) and not SOURCE_VERB_RE.search(before):
            continue
        nearest = _nearest(mentions, f.start())
        if f.group("state") or f.group(
            "letters"
        ):  # "is critical", "HH": needs a subject just before
            subject = nearest is not None and f.start() - WINDOW <= nearest.end <= f.start()
            zone = sentence[max(0, f.start() - WINDOW) : f.start()]
            if not subject and (f.group("letters") or not RESULT_WORD_RE.search(zone)):
                continue
        if _context_fence(sentence, None, f.start(), f.start(), f.end()):
            continue
        word = FLAG_WORD_RE.search(f.group())
        if word is None:
            continue
        flag = word.group()
        if nearest is None:
            out.append(Critical("flagged", flag, f"result flagged {flag!r} by lab/app"))
            continue
        name = nearest.analyte.name
        if name in fired:
            continue
        if _context_fence(sentence, nearest.analyte, nearest.start, nearest.end, nearest.end):
            continue
        reading = readings.get(nearest.start)
        value = reading.text if reading else flag
        out.append(Critical(name, value, f"{name} flagged {flag!r} by lab/app"))
        fired.add(name)
    return out


def _nearest(mentions: list[_Mention], pos: int) -> _Mention | None:
    """The analyte a flag belongs to: the closest mention before it, else the first after it."""
    before = [m for m in mentions if m.end <= pos]
    if before:
        return before[-1]
    after = [m for m in mentions if m.start >= pos]
    return after[0] if after else None


# --------------------------------------------------------------------------- #
# Public API
# --------------------------------------------------------------------------- #


def find_critical(message: str) -> list[Critical]:
    """Critical values quoted in a patient message, in order of appearance ([] if none)."""
    results: list[Critical] = []
    # one character for one (curly apostrophes, no-break space): positions stay valid
    for sentence in _sentences(message.translate(APOSTROPHES)):
        mentions = _mentions(sentence)
        fired: set[str] = set()
        readings: dict[int, _Reading | None] = {}
        for i, mention in enumerate(mentions):
            limit = mention.end + WINDOW
            if i + 1 < len(mentions):
                limit = min(limit, mentions[i + 1].start)
            reading = _read_value(sentence, mention, limit)
            readings[mention.start] = reading
            if reading and reading.reason:
                name = mention.analyte.name
                results.append(Critical(name, reading.text, f"{name} {reading.reason}"))
                fired.add(name)
        results.extend(_flags(sentence, mentions, readings, fired))
    unique: list[Critical] = []
    for c in results:
        if all((c.analyte, c.value) != (u.analyte, u.value) for u in unique):
            unique.append(c)
    return unique


# --------------------------------------------------------------------------- #
# The floor under the decision
# --------------------------------------------------------------------------- #

VERSION = "2"
"""Bumped with any threshold, pattern or fence change: part of the pipeline's fingerprint."""
FLOOR_BAND = "4-urgent"
# An escalation the floor makes is routed to a nurse, not auto-routed: the model's certainty was
# about another routing, and 15 fires on dev and training data (all right) are too few to vouch
# for a confidence of their own.
FLOOR_CONFIDENCE = 0.5


def apply(decision: TriageDecision, found: list[Critical]) -> TriageDecision:
    """Escalate (urgent band) a decision below escalation when a critical value was found;
    otherwise return `decision` itself. An escalation keeps its band and confidence."""
    if not found or decision.routing == "escalate":
        return decision
    return decision.model_copy(
        update={
            "routing": "escalate",
            "acuity_band": FLOOR_BAND,
            "confidence": min(decision.confidence, FLOOR_CONFIDENCE),
        }
    )
