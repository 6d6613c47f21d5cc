"""Extra PHI recognizers for the triage redactor: facilities, rural addresses, spelled ages,
cued identifiers, given names that are also English words, and NER clean-up lists.

Kept apart from redact.py so each phenomenon has one small, named rule; redact.py calls in.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable
from importlib import resources

# A span found here: (start, end, label). redact.py turns it into its own Span type.
Found = tuple[int, int, str]

_CAP = r"[A-Z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+"

# --- given names ----------------------------------------------------------------------------


class _GivenNames:
    """US census given names (the `names` package's frequency files), loaded once."""

    _lock = threading.Lock()
    _raw: frozenset[str] | None = None
    _names: frozenset[str] | None = None

    @classmethod
    def raw(cls) -> frozenset[str]:
        with cls._lock:
            if cls._raw is None:
                found: set[str] = set()
                for part in ("dist.female.first", "dist.male.first"):
                    text = resources.files("names").joinpath(part).read_text("utf-8")
                    found.update(line.split()[0].lower() for line in text.splitlines() if line)
                cls._raw = frozenset(found)
            return cls._raw

    @classmethod
    def get(cls) -> frozenset[str]:
        """Given names of 3+ letters, less those that are mostly something else."""
        if cls._names is None:
            names = frozenset(w for w in cls.raw() if len(w) >= 3) - _NAME_STOP
            with cls._lock:
                cls._names = names
        return cls._names


# Census given names that are mostly something else in a patient message.
_NAME_STOP = frozenset(
    """an in else long love brain angle carry german china lean loan era echo desire
    will may june april august january christian christmas easter major page mercy
    grant rich sterling king prince queen lady golden hung dung dong bong chin ling
    long lore tory queen junior senior major nurse doctor hospital patient son ace
    angel god lord jesus allah sunday monday tuesday wednesday thursday friday saturday
    more most many much any all our your their they them then than that this what when
    why how who whom were was are has had have not but for and the with from into onto
    can could would should shall must might one two three four five six seven eight nine
    ten med meds pill pills pain care""".split()
)


def is_given_name(word: str) -> bool:
    return word.lower() in _GivenNames.get()


def is_census_name(word: str) -> bool:
    """Any census given name, also those that are common words ("Will", "May")."""
    return word.lower() in _GivenNames.raw()


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    text = resources.files("names").joinpath("dist.all.last").read_text("utf-8")
    return frozenset(line.split()[0].lower() for line in text.splitlines() if line)


def is_surname(word: str) -> bool:
    """A US census surname (also those that are common words: "Baker", "Blood")."""
    return word.lower() in _surnames()


# --- facilities -----------------------------------------------------------------------------

_FAC_HEAD = (
    r"(?:(?:General\s+|Community\s+|Memorial\s+|Regional\s+|Children's\s+|Women's\s+|"
    r"Veterans\s+|University\s+|County\s+)?(?:Hospital|Medical\s+Cent(?:er|re)|"
    r"Health\s+Cent(?:er|re)|Health\s+System|Healthcare|Clinic|Hospice|Infirmary|"
    r"Nursing\s+(?:Home|Center|Facility)|Rehab(?:ilitation)?\s+(?:Center|Hospital)|"
    r"Care\s+Cent(?:er|re)|Senior\s+Living|Assisted\s+Living|Retirement\s+(?:Home|Village)|"
    r"Memory\s+Care|Cancer\s+(?:Center|Institute)|Surgery\s+Center|Surgical\s+Center|"
    r"Endoscopy\s+Center|Imaging(?:\s+Center)?|Dialysis(?:\s+Center)?|Urgent\s+Care|"
    r"Family\s+(?:Medicine|Practice)|Pediatrics|Elementary(?:\s+School)?|Middle\s+School|"
    r"High\s+School|Primary\s+School|Junior\s+High|Academy|College|University|Preschool|"
    r"Day\s*care|(?:State\s+|National\s+|County\s+)?Park|Regional|Memorial|General|Manor|"
    r"Motel|Inn|Hotel|Hostel|Lodge))\b"
)
_FACILITY = re.compile(
    r"\b((?:(?:St\.?|Saint|Mt\.?|Mount)\s+)?"
    + _CAP
    + r"(?:\s+(?:of\s+|&\s+|and\s+)?"
    + _CAP
    + r"){0,3}\s+"
    + _FAC_HEAD
    # a chain's branch word stays with the name: "Holiday Inn Express", "Embassy Hotel & Suites"
    + r"(?:\s+(?:Express|Suites|Resort|(?:&|and)\s+Suites))?"
    + r")"
)
# "St. Agatha", "Saint Vincent": a saint's name right after at/from/to/in is a facility.
_SAINT = re.compile(r"\b(?:St\.|Saint)\s+" + _CAP + r"(?:'s)?(?:\s+" + _CAP + r")?")
_FAC_GENERIC = frozenset(
    "the a an my our your his her their this that at in to from of general community memorial "
    "regional children's women's veterans university county state national family senior "
    "urgent care cancer medical health nursing main new local same other emergency er ed "
    "primary specialty infusion dialysis rehab surgery surgical imaging mental behavioral "
    "walk-in walk".split()
)


_AT_PLACE = re.compile(r"(?i:\b(?:at|to|from|in)\s+(?:the\s+)?)$")


def facilities(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _FACILITY.finditer(text):
        words = m.group(1).split()
        lead = [w for w in words if w.lower().strip(".") not in _FAC_GENERIC]
        # at least one word before the facility word that names it ("Lakeside Family Clinic")
        # or one naming word after a place preposition: "at Mercy General", "to the Motel 6"
        placed = _AT_PLACE.search(text, max(0, m.start(1) - 12), m.start(1))
        if (
            len(lead) >= 2
            or (lead and not re.fullmatch(_FAC_HEAD, " ".join(words[-1:])))
            or (lead and placed)
        ):
            out.append((m.start(1), m.end(1), "ADDRESS"))
    for m in _SAINT.finditer(text):
        out.append((m.start(), m.end(), "ADDRESS"))
    # a chain motel named by a number: "the Motel 6", "Super 8"
    out += [(m.start(), m.end(), "ADDRESS") for m in _NUMBERED_LODGING.finditer(text)]
    return out


_NUMBERED_LODGING = re.compile(r"\b(?:Motel|Super|Inn)\s+\d{1,2}\b")


# --- addresses ------------------------------------------------------------------------------

_ADDRESS_PATTERNS = (
    # rural routes, highway contract and star routes: "RR 2 Box 118", "HC 64 Box 1190"
    r"(?i:\b(?:rural\s+route|r\.?r\.?|hc|h\.c\.|star\s+route|route)\s*\d{1,4}(?:,?\s*box\s+\d{1,6})?)"
    r"(?<=\d)",
    # numbered roads with a house number: "23871 County Road 14", "401 State Route 9"
    r"\b\d{1,6}\s+(?:County\s+(?:Road|Rd)|State\s+(?:Route|Rd|Road|Hwy|Highway)|Route|Rte|"
    r"Highway|Hwy|US|CR|SR|FM|Farm\s+Road)\s*-?\s*\d{1,4}[A-Z]?\b",
    # house number + name + a street word not in the main list ("16 Wexford Gardens")
    r"\b\d{1,6}[A-Z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Gardens|Close|Crescent|Mews|Walk|Heights|"
    r"Alley|Commons|Green|Grove|Point|Ridge|Run|Hollow|Crossing|Landing|Bend|Cove|Glen|Hills?|"
    r"Meadows?|Knoll|Estates|Station|Quay|Rise|Vale|View|Gate|Trace|Pass|Plaza|Park|Center|"
    r"Centre|Bypass|Expressway|Freeway|Turnpike|Causeway)\b",
    # military mail: "PSC 2721, Box 8637 APO AA 06259", "Unit 0822 Box 8858 DPO AE"
    r"(?i:\b(?:psc|unit|cmr)\s+\d{3,5},?\s+box\s+\d{1,5}(?:\s+[adf]po(?:\s+a[aep])?)?)",
    r"\b[ADF]PO\s+A[AEP]\b",
    # streets named by a suffix in other languages, then the number: "Ziegelgasse 19"
    r"\b[A-Z\u00C0-\u024F\u1E00-\u1EFF][\w\u00C0-\u024F\u1E00-\u1EFF-]*(?i:stra\u00dfe|strasse|gasse|weg|katu|kuja|tie|"
    r"gatan|gata|gate|vej|v\u00e4gen|veien|laan|straat|plein|allee|platz|ring|damm|ufer|utca|"
    r"\u00fatja|ulica|cesta|steeg|hove|gracht|kade|dreef|singel)\s+\d{1,5}[a-z]?\b",
    # a zip or postal code after its field label: "ZIP: 3520", "zip code is 94110"
    r"(?i:(?<=zip:\s)|(?<=zip\s)|(?<=zip\scode\s)|(?<=zip\scode:\s)|(?<=zip\scode\sis\s)|"
    r"(?<=postal\scode\s)|(?<=postcode\s)|(?<=postal\scode:\s)|(?<=postcode:\s))"
    r"\d{3,5}(?:[-\s]\d{2,4})?\b",
    # UK and Canadian postcodes
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b",
    r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b",
    # flat / floor / building units
    r"(?i:\b(?:flat|bldg|building|floor|fl|lot|space|trlr|trailer)\.?\s*#?\s*\d+[A-Z]?\b)",
)
_ADDRESS_RES = tuple(re.compile(p) for p in _ADDRESS_PATTERNS)
# Words of a journey before its "to" or "from" ("moved to", "flying back from").
JOURNEY_WORDS = (
    r"(?:moved|moving|move|relocated|relocating|travel(?:l)?ing|flying|flew|driving|drove|headed|"
    r"going|went|trip|vacation|back)"
)
# A place after a living/travel verb: "moved to Flagstaff", "we live in Grand Junction".
_PLACE_CUE = re.compile(
    r"(?i:\b" + JOURNEY_WORDS + r"\s+(?:back\s+)?(?:to|from|in)\s+|"
    r"\b(?:live|lives|living|lived|staying|stay|based|born|grew\s+up|reside|resides|"
    r"vacationing|visiting)\s+(?:in|at|near|outside(?:\s+of)?)\s+|\bvisiting\s+)"
    r"(" + _CAP + r"(?:\s+" + _CAP + r"){0,2})"
)

# States and countries are not PHI on their own (HIPAA keeps the state).
_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming "
    "New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Rhode_Island "
    "South_Carolina South_Dakota West_Virginia Puerto_Rico Ontario Quebec Alberta "
    "British_Columbia Manitoba Saskatchewan Nova_Scotia"
)
_COUNTRIES = (
    "America USA US U.S. U.S.A. United_States UK U.K. United_Kingdom Britain Great_Britain England "
    "Scotland Wales Ireland Northern_Ireland Canada Mexico France Germany Spain Portugal Italy "
    "Greece Netherlands Holland Belgium Switzerland Austria Poland Sweden Norway Denmark Finland "
    "Iceland Russia Ukraine Turkey Israel Egypt Morocco Nigeria Ghana Kenya Ethiopia Somalia "
    "South_Africa India Pakistan Bangladesh Nepal China Japan Korea South_Korea Vietnam "
    "Thailand Philippines Indonesia Malaysia Singapore Australia New_Zealand Brazil Argentina "
    "Chile Peru Colombia Venezuela Cuba Jamaica Haiti Dominican_Republic Guatemala Honduras "
    "El_Salvador Nicaragua Iran Iraq Syria Lebanon Jordan Afghanistan Europe Asia Africa "
    "Caribbean Latin_America Middle_East"
)
STATE_ABBREVIATIONS = tuple(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR ON QC BC AB MB SK NS".split()
)
NOT_PLACES = frozenset(
    w.replace("_", " ").lower()
    for w in (_STATES + " " + _COUNTRIES + " " + " ".join(STATE_ABBREVIATIONS)).split()
)


# house number, unknown street name, building number: "5049 Harjukuja 54"
_NUMBER_NAME_NUMBER = re.compile(r"\b\d{3,5}\s+((?:" + _CAP + r"\.?\s+){1,3})\d{1,5}[A-Za-z]?\b")


# "we moved to tucson": a lower-case place after the same cues, when it is no English word
_PLACE_CUE_LOWER = re.compile(
    r"(?i:\b(?:moved|moving|relocated|relocating|flying|flew|drove|headed)\s+(?:back\s+)?"
    r"(?:to|from)\s+|\b(?:live|lives|living|lived|staying|based|born|reside|resides)\s+"
    r"(?:in|near|outside(?:\s+of)?)\s+)"
    r"(?-i:([a-z][a-z'-]{2,}))\b"
)


# A town and a short postcode or district after a street ("Harbour View Rd, Wellington 6011",
# "Wexford Gardens, Dublin 6"): outside the US the code often has four digits or fewer.
_TOWN_POSTCODE = re.compile(
    r"(?:\b\d{1,5}[A-Za-z]?\s+(?:" + _CAP + r"\s+){1,3}" + _CAP + r"\.?,\s+)"
    r"(" + _CAP + r"(?:\s" + _CAP + r")?)\s+(\d{1,4})\b(?![/.:-]\d)"
)


def addresses(text: str, known: Callable[[str], bool]) -> list[Found]:
    out: list[Found] = [
        (m.start(), m.end(), "ADDRESS") for r in _ADDRESS_RES for m in r.finditer(text)
    ]
    out += lower_case_streets(text)
    for m in _TOWN_POSTCODE.finditer(text):
        out += [(m.start(1), m.end(1), "ADDRESS"), (m.start(2), m.end(2), "ADDRESS")]
    for m in _NUMBER_NAME_NUMBER.finditer(text):
        if any(not known(w.strip(".")) for w in m.group(1).split()):
            out.append((m.start(), m.end(), "ADDRESS"))
    for m in _PLACE_CUE.finditer(text):
        words = m.group(1).split()
        # "moved to Tylenol": stop at the first word that is not a place-like capitalised word
        while words and (words[-1].lower() in NOT_PLACES or words[-1].lower() in _NOT_PLACE_WORDS):
            words.pop()
        if not words or " ".join(words).lower() in NOT_PLACES:
            continue
        if words[0].lower() in _NOT_PLACE_WORDS:
            continue
        start = m.start(1)
        out.append((start, start + len(" ".join(words)), "ADDRESS"))
    for m in _PLACE_CUE_LOWER.finditer(text):
        word = m.group(1)
        if not known(word) and word not in NOT_PLACES and word not in _NOT_PLACE_WORDS:
            out.append((m.start(1), m.end(1), "ADDRESS"))
    return out


_NOT_PLACE_WORDS = frozenset(
    "the a my our i we you he she it they his her their this that monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august "
    "september october november december christmas thanksgiving easter the er ed icu clinic "
    "hospital church work school college home bed town".split()
)

# --- ages -----------------------------------------------------------------------------------

_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# 90 to 119 in words, in any spacing people type: "ninety four", "ninety-four", "ninetyfour",
# "a hundred and twelve", "one-hundred-three"
_SPELLED = (
    r"(?:ninety(?:[-\s]*"
    + _UNIT
    + r")?|(?:a|one)[-\s]+hundred(?:[-\s]+(?:and[-\s]+)?(?:"
    + _UNIT
    + r"|"
    + _TEEN
    + r"))?)"
)
# a unit of measure after a number: "pt ninety minutes late", "92 kg" (a dose or a measurement)
MEASURE_UNITS = (
    r"minutes|mins|seconds|secs|hours|hrs|pounds|lbs|percent|mg|mcg|ml|kg|units|beats|bpm|"
    r"tablets|pills|degrees|%"
)
# A street typed in lower case, as phones write it: "77 kent rd", "1820 w 33rd st", "3309
# lakeshore dr unit 12b", "220 birch pl". Only after words that say an address is coming (see
# `_ADDRESS_LEAD`), since "way", "close" and "court" also end ordinary phrases after a count.
_LOWER_STREET = re.compile(
    r"(?<![\w$.,/-])\d{1,6}[a-z]?\s+(?:(?:[nsew]|ne|nw|se|sw|north|south|east|west)\.?\s+)?"
    r"((?:(?:[a-z][a-z'-]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3})"
    r"(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr(?!\.?\s+(?!apt|unit|ste|suite)"
    r"[a-z])|drive|hwy|highway|pkwy|pl|place|cres|crescent|ter|terrace|close|way|ct|court|cir|"
    r"circle|sq|square)\b\.?"
    r"(?:,?\s*(?:apt|apartment|unit|suite|ste|#)\.?\s*#?\d+[a-z]?\b)?"
)
# words that make "2 tabs ... st" or "3 times a day dr" a count, not a street
_COUNT_WORDS = re.compile(
    r"(?i)^(?:" + MEASURE_UNITS + r"|tabs?|tablet|pill|caps?|capsules?|puffs?|drops?|doses?|"
    r"times|days?|weeks?|months?|years?|yrs?|hours?|hr|mins?|minutes?|weeks?|nights?|cups?|"
    r"glasses|drinks?|beers?|floors?|flights?|steps|blocks?|miles?|km|kids?|of|a|an|the|in|on|"
    r"at|to|and|or|per|x|more|less|am|pm|mm|cm|leads?|meds|strength|extra|units?|different)$"
)


# "st", "ln", "ave" and "dr" are also clinical shorthand ("2 mm st elevation", "3 enlarged neck
# ln", "bp 130 home ave", "saw 2 different heart dr"): a lower-case street needs words before
# it that say an address is coming.
_ADDRESS_LEAD = re.compile(
    r"(?i)\b(?:address|addr|live|lives|living|lived|moved|moving|move|relocated|send|sent|"
    r"mail|mailed|post|ship|shipped|deliver\w*|house|home\s+is|we'?re\s+at|i'?m\s+at|staying|"
    r"stay\s+at|located|located\s+at|pick\s*up|drop\s*off|come\s+to|use|to\s+my|at\s+my|"
    r"is\s+at|now\s+at|new\s+place|old\s+place)\b[^.!?\n]{0,30}$"
)
_ECG_ST = re.compile(r"(?i)\s*(?:elevation|depression|segment|changes?|wave)\b")


# A street named without a number in a lower-case message: "the cvs on elm st", "near oak
# avenue". The name is one word that is no function word; "dr" is left out ("on call dr").
_LOWER_NAMED_STREET = re.compile(
    r"\b(?:on|off|at|near|by|onto|along|down|up|to|from)\s+"
    # ("at no 14 birch lane": the house number goes with it)
    r"((?:(?:no\.?\s*)?\d{1,5}[a-z]?\s+)?"
    r"(?!(?:the|a|an|my|our|your|his|her|their|this|that|same|next|main\s+road)\b)"
    r"(?:[a-z][a-z'-]{2,}|\d{1,2}(?:st|nd|rd|th))\s+(?:st|street|ave|avenue|rd|road|blvd|"
    r"boulevard|ln|lane))\b(?!-)"
)
_NOT_STREET_NAME = frozenset(
    "back side end wrong right left other long high dirt gravel slip ring toll bumpy busy".split()
)


def lower_case_streets(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _LOWER_STREET.finditer(text):
        words = m.group(1).split()
        if any(_COUNT_WORDS.match(w) or w in _NOT_AFTER_RELATION for w in words):
            continue
        if _ECG_ST.match(text, m.end()):
            continue
        if not _ADDRESS_LEAD.search(text, max(0, m.start() - 45), m.start()):
            continue
        out.append((m.start(), m.end(), "ADDRESS"))
    out += [
        (m.start(1), m.end(1), "ADDRESS")
        for m in _LOWER_NAMED_STREET.finditer(text)
        if m.group(1).split()[-2] not in _NOT_STREET_NAME
    ]
    return out


# what a spelled number after a cue counts when it is no age: a unit, a count or a reading ("92
# over 60", "ninety on room air"); a digit age before "over" or "days" is still an age
_NOT_AGE_UNIT = r"(?!\s*(?:" + MEASURE_UNITS + r"|days|weeks|months|steps|times|over|on\s+room))"
# an English age of 20 to 89 in words: not PHI by the labelling guideline
YOUNG_SPELLED_AGE = re.compile(
    r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:[-\s]*" + _UNIT + r")?)"
)
_AGE_PATTERNS = (
    # spelled-out ages with an age cue on either side
    (
        r"(?i:\b(?:is|am|was|turned|turns|turning|aged?|be|he'?s|she'?s|i'?m|now|almost|nearly)"
        r"\s+)(" + _SPELLED + r")\b(?!\s*(?:minutes|mins|seconds|pounds|lbs|percent|mg|days))",
        1,
    ),
    (r"(?i:\b(" + _SPELLED + r")[-\s]+years?[-\s]+old\b)", 1),
    # spelled with an age unit ("ninety four yo", "a hundred and one yrs") or after a note's
    # shorthand for the person ("pt ninety four", "resident aged ninety-six")
    (r"(?i:\b(" + _SPELLED + r")(?=[-\s]*(?:yo|y/o|y\.o\.|yrs?|years?)(?:\b|(?<=\.))))", 1),
    (
        r"(?i:\b(?:pt|patient|resident|client|age|aged)\s*(?:is\s+|aged?\s+|:\s*)?)("
        + _SPELLED
        + r")\b"
        + _NOT_AGE_UNIT,
        1,
    ),
    # "her ninety-fourth birthday", "his hundredth"
    (
        r"(?i:\b((?:ninety|one\s+hundred(?:\s+and)?)[-\s](?:first|second|third|fourth|fifth|"
        r"sixth|seventh|eighth|ninth)|ninetieth|(?:one\s+)?hundredth|"
        r"(?:9\d|1[01]\d)(?:st|nd|rd|th))(?=\s+birthday))",
        1,
    ),
    # "turns 100", "will be 95": the verbs redact.py's age rule does not list
    (
        r"(?i:\b(?:turns|will\s+be|would\s+be|be|now|aged)\s+)(9\d|1[01]\d)\b"
        r"(?!\s*(?:%|mg|mcg|ml|kg|lbs?|pounds|bpm|mmhg|/|\.\d|degrees|\u00b0|minutes|mins))",
        1,
    ),
    # appositive age after a person: "Dad, 91, fell", "Mr. Warsame, 94, is"
    (
        r"(?i:\b(?:[a-z][a-z'-]+)\s*,\s*)(9\d|1[01]\d)(?=\s*(?:[,;)]|\.(?!\d)|$))",
        1,
    ),
    (r"(?i:\b(9\d|1[01]\d)\s*(?:-|\s)\s*(?:yr|y)\.?\s*(?:-|\s)\s*old\b)", 1),
    # the age stated with "now" after it or "years young": "so 100 now", "101 years young"
    (r"(?i:\b(9\d|1[01]\d)(?=\s+now\b|\s+years?\s+(?:young|of\s+age)\b))", 1),
    # a note's shorthand: "pt 92 eating poorly", "resident is 97"
    (
        r"(?i:\b(?:pt|patient|resident|client)\s+(?:is\s+|aged?\s+)?)(9\d|1[01]\d)\b"
        r"(?!\s*(?:%|mg|mcg|ml|kg|lbs?|pounds|bpm|mmhg|/|\.\d|degrees|\u00b0|minutes|mins|"
        r"units|beats|over|on\s+room))",
        1,
    ),
    # German and Dutch "turns": "Opa wird nächste Woche 91", "oma wordt 93"
    (r"(?i:\b(?:wird|wordt)\s+(?:[^\W\d_]+\s+){0,2})(9\d|1[01]\d)\b(?![.,]\d)", 1),
    # in other languages: "tiene 95 años", "a 92 ans", "ha 97 anni", "ist 96 Jahre alt"
    (
        r"(?i:\b(9\d|1[01]\d)(?=\s+(?:a\u00f1os|anos|ans|anni|jahre|jaar|lat|\u00e5r)\b))",
        1,
    ),
)
_AGE_RES = tuple((re.compile(p), g) for p, g in _AGE_PATTERNS)
_VITAL_CUE = re.compile(
    r"(?i)(?:temp\w*|fever|pulse|rate|hr|bp|pressure|sats?|o2|spo2|oxygen|sugar|glucose|"
    r"weight|weighs|reading|level|score|dose|mg|pain|scale|was|readings?)\W*(?:is|was|of|at|=|:)?\W*$"
)


def ages(text: str) -> list[Found]:
    out: list[Found] = []
    for r, g in _AGE_RES:
        for m in r.finditer(text):
            before = text[max(0, m.start(g) - 25) : m.start(g)]
            if m.group(g)[0].isdigit() and _VITAL_CUE.search(before):
                continue
            out.append((m.start(g), m.end(g), "AGE"))
    return out


# --- dates ----------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# a day of the month and a month, as numbers
_DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_HOLIDAY = (
    r"(?:Christmas(?:\s+(?:Eve|Day))?|New\s+Year(?:'?s)?(?:\s+(?:Eve|Day))?|Passover|Thanksgiving(?:\s+Day)?|"
    r"Easter(?:\s+Sunday)?|Valentine'?s\s+Day|Halloween|Independence\s+Day|Labou?r\s+Day(?!\s+\d)|"
    r"Memorial\s+Day|Veterans\s+Day|Mother'?s\s+Day|Father'?s\s+Day|Boxing\s+Day|"
    r"St\.?\s+Patrick'?s\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Remembrance\s+(?:Day|Sunday)|"
    r"Canada\s+Day|Anzac\s+Day|Australia\s+Day|Juneteenth|Good\s+Friday|Easter\s+Monday|"
    r"Presidents'?\s+Day|(?:MLK|Martin\s+Luther\s+King(?:\s+Jr\.?)?)\s+Day|Diwali|"
    r"(?-i:Eid)(?:[-\s]+(?:al|ul)-(?:Fitr|Adha))?|Hanukk?ah|Rosh\s+Hashanah|Yom\s+Kippur|"
    r"(?:Lunar|Chinese)\s+New\s+Year|Mardi\s+Gras|Cinco\s+de\s+Mayo|X-?mas(?:\s+(?:Eve|Day))?|NYE)"
)
_DATE_PATTERNS = (
    r"(?i:\b(?:(?:early|mid|late)[-\s])?" + _MONTH + r"\.?\s+(?:of\s+)?(?:19|20)\d{2}\b)",
    r"(?i:\b" + _MONTH + r"\.?\s*['\u2019]\d{2}\b)",
    r"\b(?:19|20)\d{2}[-/.](?:0[1-9]|1[0-2])\b(?![-/.]\d)",
    r"\b(?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?\b",
    r"(?<![\d/.-])" + _MONTH_NUM + r"/(?:19|20)\d{2}\b",
    r"\b" + _HOLIDAY + r",?\s+(?:of\s+)?(?:19|20)\d{2}\b",
    # "the twenty-first", "on the 3rd": the ordinal without a month
    r"(?i:(?<=\bthe\s)(?:(?:twenty|thirty)[-\s]?)?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth)\b(?=\s*(?:[,.;!?)]|$|of\s+(?:this|next|last|the)\s+month|at\b|"
    r"and\b|or\b|to\b|through\b)))",
    r"(?i:(?<=\bthe\s)(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b)",
    # "on 12Dec", "3jun26": day and month typed together, with or without the year
    r"(?i:\b" + _DAY_NUM + _MONTH + r"(?:\d{2}|\d{4})?\b)",
)
_DATE_RES = tuple(re.compile(p) for p in _DATE_PATTERNS)
_BARE_ORDINAL = re.compile(
    r"(?i:\b(?:on|by|since|until|till|before|after)\s+)(\d{1,2}(?:st|nd|rd|th))\b"
)
_WEEKDAY_LEAD = re.compile(
    r"(?i:(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?|wednesday|thursday|saturday)\.?,?"
)


# Month and weekday names in the other languages patients mix in (es, pt, fr, it, de, nl,
# and Polish in the genitive that dates use: "5 listopada").
_FOREIGN_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre|octubre|"
    r"noviembre|diciembre|janeiro|fevereiro|mar\u00e7o|maio|junho|julho|setembro|outubro|"
    r"novembro|dezembro|janvier|f\u00e9vrier|fevrier|mars|avril|mai|juin|juillet|ao\u00fbt|"
    r"aout|septembre|octobre|novembre|d\u00e9cembre|decembre|gennaio|febbraio|aprile|maggio|"
    r"giugno|luglio|settembre|ottobre|dicembre|januar|februar|m\u00e4rz|maerz|juni|juli|"
    r"oktober|dezember|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|"
    r"maja|czerwca|lipca|sierpnia|wrze\u015bnia|wrzesnia|pa\u017adziernika|pazdziernika|"
    r"listopada|grudnia|"
    # Turkish, Tagalog and Swahili (the ones English or the languages above do not spell alike)
    r"ocak|\u015fubat|subat|mart|nisan|may\u0131s|mayis|haziran|temmuz|a\u011fustos|agustos|"
    r"eyl\u00fcl|eylul|ekim|kas\u0131m|kasim|aral\u0131k|aralik|pebrero|marso|hunyo|hulyo|"
    r"setyembre|oktubre|nobyembre|disyembre|machi|aprili|julai|agosti|septemba|oktoba|novemba|"
    r"desemba)"
)
_FOREIGN_WEEKDAY = (
    r"(?:lunes|martes|mi\u00e9rcoles|miercoles|jueves|viernes|s\u00e1bado|sabado|domingo|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|segunda|ter\u00e7a|quarta|quinta|sexta|"
    r"luned\u00ec|marted\u00ec|mercoled\u00ec|gioved\u00ec|venerd\u00ec|sabato|domenica|"
    # Dutch, Polish, Turkish, Tagalog, Swahili
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedzia\u0142ek|"
    r"poniedzialek|wtorek|\u015broda|sroda|czwartek|pi\u0105tek|piatek|sobota|niedziela|"
    r"pazartesi|sal\u0131|\u00e7ar\u015famba|carsamba|per\u015fembe|persembe|cuma|"
    r"cumartesi|huwebes|biyernes|miyerkules|jumatatu|jumanne|jumatano|alhamisi|ijumaa|"
    r"jumamosi|jumapili)"
)
# One month or weekday name in any of these languages, English included, as a whole word.
_CALENDAR_WORD = re.compile(
    r"(?i:" + _MONTH + r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?|wednesday|thursday|"
    r"saturday|" + _FOREIGN_MONTH + r"|" + _FOREIGN_WEEKDAY + r")"
)


def is_calendar_word(word: str) -> bool:
    """A month or weekday name ("march", "mardi", "listopada"): never trimmed off a date."""
    return _CALENDAR_WORD.fullmatch(word) is not None


# "15 de agosto de 1948", "lundi 9 novembre", "7. Oktober 1939", "1er mars": a day number is
# required, so "mars" or "mayo" alone never match.
_FOREIGN_DATE = re.compile(
    r"(?i:\b(?:"
    + _FOREIGN_WEEKDAY
    + r",?\s+)?(?:ika-?)?\d{1,2}(?:er|\.|\u00ba|o)?\s+(?:de\s+|ng\s+)?"
    + _FOREIGN_MONTH
    + r"(?:,?\s+(?:de\s+)?(?:19|20)\d{2})?\b)"
)
# "started 10-28", "the antibiotic 11-16": month-day with a dash. After a time word any pair
# counts; elsewhere one part must have two digits, and a range of counts ("2-3 days", "about
# 10-12", "sugars run 10-12") is not a date.
_DASH_MONTH_DAY = re.compile(
    r"(?i:(?<![\w/.,:-])(" + _MONTH_NUM + r"-" + _DAY_NUM + r")(?![\w/.-]|,\d)"
    r"(?!\s*(?:days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes|seconds|secs?|"
    r"times|mg|ml|mcg|units|x\b|%|pills?|tabs?|tablets?|caps(?:ules)?|puffs?|drops?|doses?|"
    r"lbs?|kg|pounds|cups|glasses|miles|km|per\s+(?:day|dose|week|hour|night|side|kg)\b|a\s+day|am\b|pm\b|o'?clock|reps?|sets?|"
    r"beats|breaths|points?|servings?|feet|ft|inches|in\b|cm|mm|steps|floors|blocks)))"
)
_DASH_TIME_CUE = re.compile(
    r"(?i:\b(?:on|since|started|starting|start|began|from|until|till|by|before|after|dated?|"
    r"seen|visit|dos|dob)\s*:?\s+$)"
)
_DASH_RANGE_CUE = re.compile(
    r"(?i:\b(?:about|around|roughly|approx\w*|maybe|like|between|every|only|ages?|aged|"
    r"pain|rated?|rating|scale|score|level|run|runs|ran|range|ranges|ranging|usually|sleep|"
    r"slept|lost|gained|take|took|taking|drink|drank|eat|ate|walk|walked|bp|hr|sugars?|"
    r"glucose|readings?|temps?|grade|size|lift|lifted|reps|sets|x)\s*(?:is|was|of|at)?\s*$)"
)
# A holiday is a calendar date: "since Thanksgiving", "over Labor Day weekend".
_HOLIDAY_CUED = re.compile(
    r"(?i:\b(?:since|on|over|around|before|after|until|till|by|during|from|through|at|"
    r"about|near|for)\s+(?:the\s+)?)((?i:" + _HOLIDAY + r"))\b"
)
# A month typed in lower case after a word that dates something: "in vietnam til jan", "since
# march". ("may" and "march" are words too, so the cue is required; "aug" is Augmentin.)
_MONTH_CUED_LOWER = re.compile(
    r"(?i:\b(?:since|until|til|till|by|from|before|after|in|last|next|early|mid|late|"
    r"end\s+of|start\s+of|beginning\s+of)\s+)(?-i:(jan|january|feb|february|march|apr|april|"
    r"may|june|july|august|sept|september|oct|october|nov|november|dec|december))\b"
    r"(?!\s+(?i:be|have|not|need|want|get|go|come|take|help|i|we|you|he|she|they|it)\b)"
)


# "el sábado 14", "am Freitag 6.": a weekday with a bare day number is a calendar date
_FOREIGN_WEEKDAY_DAY = re.compile(
    r"(?i:\b"
    + _FOREIGN_WEEKDAY
    + r",?\s+(?:(?:el|le|den|the)\s+)?"
    + _DAY_NUM
    + r"(?:er|\.|\u00ba)?)(?!\d|[:,.]\d|\s*(?:h\b|horas?|heures?|uhr|ore|hrs?\b|am\b|pm\b|:))"
)


# "I fly home 29.11.": day and month with a dot, after a word that dates it, in a message that
# writes a full date the European way too, and with a two-digit month: "K 5.9", "down from 12.4"
# and "potassium back 5.4" are lab values.
_EURO_FULL_DATE = re.compile(r"\b" + _DAY_NUM + r"\." + _MONTH_NUM + r"\.(?:19|20)?\d{2}\b")
_EURO_DAY_MONTH = re.compile(
    r"(?i:\b(?:on|until|til|till|since|home|back|due|dated|am|vom|bis|le|el)\s+)"
    r"(" + _DAY_NUM + r"\.(?:0[1-9]|1[0-2]))\b(?!\.?\d|\s*(?i:" + MEASURE_UNITS + r"|%))"
)


def dates(text: str) -> list[Found]:
    out = [(m.start(), m.end(), "DATE") for r in _DATE_RES for m in r.finditer(text)]
    if _EURO_FULL_DATE.search(text):
        out += [(m.start(1), m.end(1), "DATE") for m in _EURO_DAY_MONTH.finditer(text)]
    out += [(m.start(), m.end(), "DATE") for m in _FOREIGN_WEEKDAY_DAY.finditer(text)]
    out += [(m.start(), m.end(), "DATE") for m in _FOREIGN_DATE.finditer(text)]
    for m in _DASH_MONTH_DAY.finditer(text):
        before = text[max(0, m.start(1) - 30) : m.start(1)]
        month, day = m.group(1).split("-")
        if _DASH_TIME_CUE.search(before) or (
            max(len(month), len(day)) == 2 and not _DASH_RANGE_CUE.search(before)
        ):
            out.append((m.start(1), m.end(1), "DATE"))
    out += [(m.start(1), m.end(1), "DATE") for m in _HOLIDAY_CUED.finditer(text)]
    out += [(m.start(1), m.end(1), "DATE") for m in _MONTH_CUED_LOWER.finditer(text)]
    return out + [(m.start(1), m.end(1), "DATE") for m in _BARE_ORDINAL.finditer(text)]


# A score out of 10 or 5 in a sentence about pain or a rating: "pain was 7/10", "hurts like 9/10".
_SCORE_CUE = re.compile(
    r"(?i)\b(?:pain\w*|hurts?|hurting|aches?|aching|sore(?:ness)?|scale|rat(?:e|es|ed|ing)|"
    r"score\w*|level|severity|intensity|discomfort|nausea|anxiety|mood|stress|itch\w*|"
    r"out\s+of|like\s+a|about\s+a|was\s+a|is\s+a|at\s+a|down\s+to|up\s+to)\b"
)


_SEVERITY = re.compile(r"(?i)\b(?:worse|better|bad|severe|awful|terrible|horrible|unbearable)\b")


def is_score(text: str, start: int, end: int) -> bool:
    """A score like 8/10 in a sentence about pain or a rating, not the 8th of October."""
    if not re.fullmatch(r"\d{1,2}/(?:10|5)", text[start:end]):
        return False
    sentence = max(text.rfind(ch, 0, start) for ch in ".!?\n")
    before = text[sentence + 1 : start]
    after = text[end : end + 15]
    return bool(
        _SCORE_CUE.search(before)
        # "my knee is way worse, like 8/10" (but "can i come like 3/10" is a day)
        or bool(re.search(r"(?i)\blike\s*$", before) and _SEVERITY.search(before))
        or re.match(r"\s*(?:pain|scale|score)\b", after, re.I)
    )


def glue_spoken_years(spans: list[Found], text: str) -> list[Found]:
    """A date keeps the year read out after it: "september twelfth, nineteen fifty one"."""
    out = []
    for a, b, label in spans:
        if m := _SPOKEN_YEAR_AFTER.match(text, b):
            b = m.end(1)
        out.append((a, b, label))
    return out


def glue_weekday_dates(spans: list[Found], text: str) -> list[Found]:
    """Join a weekday span to the date right after it ("Tues 11/18" is one date)."""
    by_start = sorted(spans)
    out: list[Found] = []
    for s in by_start:
        if (
            out
            and out[-1][2] == "DATE"
            and s[2] == "DATE"
            and _WEEKDAY_LEAD.fullmatch(text[out[-1][0] : out[-1][1]].strip())
            and re.fullmatch(r"[\s,.]*", text[out[-1][1] : s[0]])
        ):
            out[-1] = (out[-1][0], max(out[-1][1], s[1]), "DATE")
        else:
            out.append(s)
    return out


# --- identifiers ----------------------------------------------------------------------------

_ID_CUE = re.compile(
    r"(?i:\b(?:member|subscriber|policy|group|grp|insurance|insurer|plan|medicare|medicaid|"
    r"mbi|hicn|claim|account|acct|card|serial|s/n|sn|tag|plate|license|licence|dl|vin|"
    r"passport|employee|badge|case|ticket|confirmation|reference|ref|tracking|order|invoice|"
    r"rx|prescription|device|pump|pacemaker|implant|lot|visit|encounter|specimen|accession|"
    r"patient|chart|record|mrn|imei|meid|esn|udi|npi|dea|id)\b"
    r"(?:\s+(?:number|no\.?|num|#|id|code))?\s*(?:is|was|:|#|=|-)?\s*)"
    r"(#?[A-Za-z0-9]{1,12}(?:[ -][A-Za-z0-9]{1,12}){0,5})"
)
_MIXED_ID = re.compile(r"\b(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){2})[A-Z0-9]{6,14}\b")
_SPACED_ID = re.compile(r"\b[A-Z]{1,4}(?:[ -]\d{2,5}){2,4}\b")
# Recall first: any one word mixing letters and four or more digits, in any case ("xk48812b",
# "Bd20931"), is an identifier, unless it is a quantity with its unit ("1500mg", "2000iu").
_MIXED_ANY_CASE = re.compile(r"\b(?=[A-Za-z0-9]*[A-Za-z])(?=(?:[A-Za-z]*\d){4})[A-Za-z0-9]{6,20}\b")
_QUANTITY = re.compile(
    r"(?i)\d+(?:mg|mcg|ug|g|kg|ml|l|iu|u|units?|mmhg|mmol|lbs?|cal|kcal|steps|ms|hz|mah|"
    r"am|pm|hrs?|h|min|st|nd|rd|th|s|x|k|m|km|ft|in|cm|mm|px|p)"
)
_PLATE_CUE = re.compile(r"(?i)\b(?:plate|tag|registration|reg)\b")
_FIELD_LABELS = frozenset(
    "mrn ssn id dob npi dea pin acct tel fax ph no num ref rx sn vin dl".split()
)


def identifiers(text: str) -> list[Found]:
    out: list[Found] = []
    pos = 0
    while m := _ID_CUE.search(text, pos):
        # "pump serial # X": a cue whose value is another cue word: search again from there
        pos = m.start(1) if m.start(1) > m.start() else m.end()
        groups = re.split(r"([ -])", m.group(1))
        kept: list[str] = []
        for k, part in enumerate(groups):
            if k % 2:  # separator
                kept.append(part)
                continue
            core = part.lstrip("#")
            if k == 0 and core.lower() in _FIELD_LABELS | {"imei", "meid", "esn", "udi"}:
                break  # "device IMEI 3569...": the next cue starts here
            looks_id = any(ch.isdigit() for ch in core) or (core.isupper() and len(core) <= 4)
            if not looks_id:
                break
            kept.append(part)
        value = "".join(kept).rstrip(" -")
        digits = sum(ch.isdigit() for ch in value)
        # a number plate is short and may hold two digits only: "plate KX19 PZT"
        plate = _PLATE_CUE.search(m.group(0)[: m.start(1) - m.start()])
        if digits >= 4 or (plate and digits >= 1 and sum(ch.isalnum() for ch in value) >= 5):
            out.append((m.start(1), m.start(1) + len(value), "ID"))
            pos = max(pos, m.start(1) + len(value))
    out += [(m.start(), m.end(), "ID") for m in _MIXED_ID.finditer(text)]
    out += [
        (m.start(), m.end(), "ID")
        for m in _MIXED_ANY_CASE.finditer(text)
        if not _QUANTITY.fullmatch(m.group(0))
    ]
    for m in _SPACED_ID.finditer(text):
        prefix = m.group(0).split()[0].split("-")[0]
        start = m.start()
        if prefix.lower() in _FIELD_LABELS:  # "MRN 55-88-3102": the label is not the value
            start += len(prefix)
        if sum(ch.isdigit() for ch in m.group(0)) >= 6:
            out.append((start, m.end(), "ID"))
    return out


_SSN_CUE = re.compile(
    r"(?i:\b(?:(?:ssn|ss#|social(?:\s+security)?(?:\s+(?:number|no\.?|#))?)"
    r"(?:\s+(?:ending|ends|that\s+ends)(?:\s+(?:in|with))?)?|"
    r"last\s+(?:four|4)(?:\s+digits)?(?:\s+of\s+(?:my\s+|the\s+|his\s+|her\s+)?"
    r"(?:ssn|social(?:\s+security)?(?:\s+number)?))?)\s*(?:is|are|:|#|=|-)?\s*)"
    r"(\d{3}[ -]?\d{2}[ -]?\d{4}|\d{4})\b"
)


_SSN_NEAR = re.compile(r"(?i)\b(?:ssn|social)\b")


def ssns(text: str) -> list[Found]:
    out = []
    for m in _SSN_CUE.finditer(text):
        cue = m.group(0).lower()
        near = text[max(0, m.start() - 60) : m.end()]
        # "last four" alone: only when a social security context is near
        if "last" in cue and not ("ss" in cue or "social" in cue) and not _SSN_NEAR.search(near):
            continue
        out.append((m.start(1), m.end(1), "SSN"))
    return out


# --- phones ---------------------------------------------------------------------------------

# Words that say a number to ring comes next ("call back", "my cell", "work", "ext").
_PHONE_CUE = (
    r"(?:call|callback|phone|cell|mobile|text|tel|number|reach|ring|dial|fax|home|work|landline|"
    r"line|contact|extension|ext)"
)
_PHONES = (
    # international with one-digit groups: "+33 6 12 34 56 78"
    re.compile(r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){3,7}(?![\w-])"),
    # seven-digit local numbers after a phone cue: "call back 555-0191"
    re.compile(r"(?i:\b" + _PHONE_CUE + r"\b[^\n\d]{0,20}?)(?<![\w-])(\d{3}[-.\s]\d{4})(?![\w-])"),
)


_EXTENSION = re.compile(r"(?i:,?\s*(?:x|ext\.?|extension|ext\s+no\.?|#)\s*#?\s*\d{1,6}\b)")


def glue_extensions(spans: list[Found], text: str) -> list[Found]:
    """A phone number keeps its extension: "(603) 555-0138, extension 4412"."""
    out = []
    for a, b, label in spans:
        if label == "PHONE" and (m := _EXTENSION.match(text, b)):
            b = m.end()
        out.append((a, b, label))
    return out


# Spelled-out email addresses: "j dot lee at gmail dot com", "kim(at)mail(dot)org"
# (The local part is bounded at 64 characters, as mail addresses are: unbounded, a long run of
# "1.1.1." was scanned to its end from every start, 10 s for 20 KB.)
_EMAIL_SPELLED = re.compile(
    r"(?i:\b[\w.+-]{1,64}(?:\s+dot\s+[\w-]+)*\s*(?:\(at\)|\[at\]|\sat\s)\s*[\w-]+"
    r"(?:\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*[\w-]+)*\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*"
    r"(?:com|org|net|edu|gov|co|us|io|uk|ca|de|fr|es|it|nl|au|nz|ie|in)\b)"
)


def spelled_emails(text: str) -> list[Found]:
    return [(m.start(), m.end(), "EMAIL") for m in _EMAIL_SPELLED.finditer(text)]


# A number read out digit by digit, as a voicemail transcript writes it: "four one five, five
# five five, zero one nine two". Seven digit words or more in a row; a count never runs so long.
_DIGIT_WORD = r"(?:(?:double|triple)\s+)?(?:zero|oh|" + _UNIT + r")"
_SPOKEN_NUMBER = re.compile(
    r"(?i)\b" + _DIGIT_WORD + r"(?:(?:\s*[,.-]\s*|\s+)" + _DIGIT_WORD + r"){6,}\b"
)


# A birth date read out as numbers after its cue: "dob as twelve nine fifty one", "date of
# birth oh-five, twenty-three, eighty", "birthdate six fifteen sixty-two".
_NUMBER_WORD = (
    r"(?:oh|zero|" + _UNIT + r"|" + _TEEN + r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth)"
)
_SPOKEN_WORD = _NUMBER_WORD + r"(?:-" + _NUMBER_WORD + r")?"
_SPOKEN_BIRTH_DATE = re.compile(
    r"(?i)\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on)?)"
    r"(?:\s+(?:is|as|was|of|on))?\s*[:,-]?\s*"
    r"(" + _SPOKEN_WORD + r"(?:(?:\s*,\s*|\s+)" + _SPOKEN_WORD + r"){1,5})\b"
)
# A year read out after a date the recognizers found: "september twelfth, nineteen fifty one".
_SPOKEN_YEAR_AFTER = re.compile(
    r"(?i),?\s+((?:nineteen|twenty|two\s+thousand)(?:[\s-]+(?:and\s+)?"
    + _NUMBER_WORD
    + r"(?:-"
    + _NUMBER_WORD
    + r")?){1,3})\b"
)


def spoken_birth_dates(text: str) -> list[Found]:
    return [(m.start(1), m.end(1), "DATE") for m in _SPOKEN_BIRTH_DATE.finditer(text)]


# ...and a word before it that a number to ring is coming ("my number is", "call me on"), or a
# zero in it: a count ("count backwards seven six five ...") or a taper ("six six five five ...")
# is no phone.
_PHONE_LEAD = re.compile(r"(?i)\b" + _PHONE_CUE + r"\b[^.!?\n]{0,25}$")


def spoken_phone(text: str, start: int, end: int) -> bool:
    """Whether number words at [start, end) are a phone number: a phone cue before them, or a
    zero in them (counts and tapers have no zero: "six six five five ... one one")."""
    return bool(
        _PHONE_LEAD.search(text, max(0, start - 40), start)
        or re.search(r"(?i)\b(?:zero|oh)\b", text[start:end])
    )


def phones(text: str) -> list[Found]:
    out: list[Found] = [
        (m.start(), m.end(), "PHONE")
        for m in _SPOKEN_NUMBER.finditer(text)
        if spoken_phone(text, m.start(), m.end())
    ]
    for r in _PHONES:
        for m in r.finditer(text):
            g = 1 if r.groups else 0
            if sum(ch.isdigit() for ch in m.group(g)) >= 7:
                out.append((m.start(g), m.end(g), "PHONE"))
    # a 7-digit number glued to a person just named: "Rosalind Pike, 555-0133"
    for m in re.finditer(r"(?<=[A-Za-z],\s)(\d{3}-\d{4})(?![\w-])", text):
        out.append((m.start(1), m.end(1), "PHONE"))
    return out


# --- names ----------------------------------------------------------------------------------

# The words of a surname's particle, which no tidy step may strip as a sentence's first word
# ("Dr. de la Cruz") and a chart's name never counts alone unless a name field holds nothing else
# (the Vietnamese family name "Le", the given name "Al"); the patterns below name them with their
# multi-word forms.
NAME_PARTICLES = frozenset(
    "de la del della van von der den da di do du dos das le ter ten al el bin ibn st y e".split()
)
_PARTICLE_NAME = re.compile(
    r"\b(" + _CAP + r"\s+(?:van\s+der|van\s+den|van\s+de|von\s+der|de\s+la|de\s+los|van|von|"
    r"der|den|de|da|di|du|del|della|dos|das|ap|ibn|bin|binti|bint|al|el|la|le|ter|ten|zu|y)\s+"
    + _CAP
    + r")"
)
_TITLE_ANY_CASE = re.compile(
    r"(?i:\b(?:dr|doctor|mr|mrs|ms|miss|mx|nurse|prof|pastor|rev|fr|father|sister|brother|"
    r"rabbi|imam|coach|officer|judge)\.?\s+)"
    r"((?:van\s+der\s+|van\s+den\s+|van\s+|von\s+|de\s+la\s+|de\s+|da\s+|di\s+|du\s+|del\s+|"
    r"le\s+|la\s+|al[-\s]|el[-\s]|o')?[A-Za-z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+)"
)
_RELATION = (
    r"(?:wife|husband|hubby|partner|spouse|son|daughter|boy|girl|kid|kiddo|child|baby|twins?|"
    r"mother|mom|mum|mommy|mama|father|dad|daddy|papa|brother|sister|bro|sis|grandson|"
    r"granddaughter|grandchild|grandma|grandmother|granny|nana|grandpa|grandfather|granddad|"
    r"gramps|aunt|auntie|aunty|uncle|niece|nephew|cousin|friend|neighbou?r|roommate|caregiver|"
    r"carer|fianc[eé]e?|boyfriend|girlfriend|bf|gf|stepson|stepdaughter|stepmom|stepdad|"
    r"mother-in-law|father-in-law|son-in-law|daughter-in-law|sister-in-law|brother-in-law|"
    r"toddler|infant|newborn|teen|teenager|patient|client|resident|oldest|youngest|eldest|"
    r"middle\s+one|little\s+one)"
)
_RELATION_NAME = re.compile(
    r"(?i:\b(?:my|our|his|her|their|the)\s+(?:little\s+|older\s+|younger\s+|oldest\s+|"
    r"youngest\s+|eldest\s+|baby\s+|twin\s+|step)?" + _RELATION + r"\s*,?\s+)"
    r"([A-Za-z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+)(?:\s+([A-Za-z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+))?"
)
_NAMED = re.compile(
    r"(?i:\b(?:name\s+is|named|name's|goes\s+by|called\s+me|ask\s+for|tell|thank|thanks|"
    r"thx|ty|tks|cheers|regards|signed|love|xoxo|sent\s+by)\s*,?\s+)"
    r"([A-Za-z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+)"
    r"(?:\s+([A-Z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+))?"
)
# A word that could follow a relation and is not a name ("my son has", "my wife and I").
_NOT_AFTER_RELATION = frozenset(
    """has had have is was are were will would can could should shall may might must does did
    do and or but with who whom which that this the a an to of in on at for from by as so if
    is's just also still now then too very really already always never not no yes again
    said says told asked wants wanted needs needed thinks thought called keeps kept got gets
    woke fell started stopped seems seemed feels felt looks looked took takes came comes went
    goes isn't wasn't doesn't didn't can't won't hasn't hadn't he she they it we i you him her
    them us me my our your his their hers its one two both""".split()
)


_SHORT_TITLE = re.compile(r"(?i)(?:dr|mr|mrs|ms|mx|prof)\b")
# "3309 lakeshore dr unit": "dr" closing a numbered street is a drive, not a doctor
_STREET_BEFORE = re.compile(r"\b\d{1,6}[a-z]?\s+(?:[a-z'-]+\s+){1,3}$")


def _titled_surname(m: re.Match[str], text: str) -> bool:
    """A lower-case surname that is also a word after a short title: "dr green", "mr young".
    "ms" needs its full stop ("ms flare" is a disease), and the word must not be a verb."""
    title = text[m.start() : m.start(1)].strip()
    word = m.group(1).lower()
    if not _SHORT_TITLE.match(title) or (title.lower() == "ms" and not title.endswith(".")):
        return False
    if _STREET_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return False
    if _FINDING_AFTER.match(text, m.end(1)):
        return False  # "dr black stool", "dr white count", "mrs bland diet", "mr stable overnight"
    return is_surname(word) and not _VERB_AFTER_TITLE.match(word)


# A finding or a state after the word: the word describes it, and "mr" may be mitral regurgitation.
_FINDING_AFTER = re.compile(
    r"(?i)\s+(?:stools?|poo|urine|wee|count|cells?|diet|overnight|"
    r"spots?|patch(?:es)?|discharge|mucus|phlegm|sputum|tongue|skin|area|rash|lump|flare|"
    r"murmur|on\s+echo|grade|moderate|severe|mild|and\s+(?:stable|improving|worse))\b"
)


# What follows a title without being the name, beyond the words `_NOT_AFTER_RELATION` already
# holds ("dr said", "dr will"): "dr appt", "dr visit", "dr note", "dr gave".
_VERB_AFTER_TITLE = re.compile(
    r"(?:want|think|gave|sent|office|appt|ok\w*|note\w*|visit\w*|order\w*)$"
)


def names(text: str, known: Callable[[str], bool]) -> list[Found]:
    """Name rules that need the English word list (`known`) and the given-name list."""
    out: list[Found] = []
    given = _GivenNames.get()
    for m in _PARTICLE_NAME.finditer(text):
        out.append((m.start(1), m.end(1), "NAME"))
    for m in _TITLE_ANY_CASE.finditer(text):
        word = m.group(1)
        if word.lower() in _NOT_AFTER_RELATION:
            continue
        if word.islower() and known(word) and word not in given and not _titled_surname(m, text):
            continue
        out.append((m.start(1), m.end(1), "NAME"))
    for rule in (_RELATION_NAME, _NAMED):
        for m in rule.finditer(text):
            first, second = m.group(1), m.group(2)
            low = first.lower()
            if low in _NOT_AFTER_RELATION or low in _NAME_STOP_CUE:
                continue
            capital = first[0].isupper()
            name_like = low in given or not known(first) or capital
            if rule is _NAMED and not (capital or low in given or not known(first)):
                continue
            if not name_like:
                continue
            end = m.end(1)
            if (
                second
                and second.lower() not in _NOT_AFTER_RELATION
                and (second[0].isupper() if capital else not known(second))
            ):
                end = m.end(2)
            out.append((m.start(1), end, "NAME"))
    for m in _GREETING_NAME.finditer(text):
        words = m.group(1).split()
        if (
            words[0] not in _NOT_AFTER_RELATION
            and words[0] not in _NAME_STOP_CUE
            and (words[0] in given or not known(words[0]))
        ):
            out.append((m.start(1), m.end(1), "NAME"))
    for m in _MIDDLE_INITIAL.finditer(text):
        a, b = m.group(1), m.group(2)
        if any(w.lower() in given or not known(w) for w in (a, b)):
            out.append((m.start(), m.end(), "NAME"))
    for m in _LOWER_WORD.finditer(text):
        word = m.group(0)
        # a lower-case given name that is no English word: "follow up with patricia"
        if word in given and not known(word):
            end = m.end()
            nxt = _LOWER_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
            if nxt and not known(nxt.group(0)) and nxt.group(0) not in _NOT_AFTER_RELATION:
                end = nxt.end()
            out.append((m.start(), end, "NAME"))
    out += _given_name_words(text, given)
    return out


# Initials as a signature or after a sign-off: "- J.T.", "Thanks, MK", "love, A.B."
_INITIALS = re.compile(
    r"(?:(?m:^)[ \t]*[-\u2014~]?[ \t]*|(?i:\b(?:thanks|thank\s+you|thx|regards|cheers|"
    r"best|love|signed|sincerely|from|cc)\b)[ \t]*,?[ \t]*\n?[ \t]*[-\u2014~]?[ \t]*)"
    r"([A-Z]\.?[ ]?[A-Z]\.?(?:[ ]?[A-Z]\.?)?)(?=[ \t]*(?:$|\n))"
)


def initials(text: str) -> list[Found]:
    out = []
    for m in _INITIALS.finditer(text):
        value = m.group(1)
        if value.replace(".", "").replace(" ", "") in _NOT_INITIALS:
            continue
        out.append((m.start(1), m.end(1), "NAME"))
    return out


_NOT_INITIALS = frozenset("OK ER ED MD DO RN NP PA PT OT ICU BP HR UTI".split())

# "Shane M Culp", "Ella H. Snider": a middle initial between two capitalised words
_MIDDLE_INITIAL = re.compile(r"\b(" + _CAP + r")\s+[A-Z]\.?\s+(" + _CAP + r")\b")
_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z\u00C0-\u024F\u1E00-\u1EFF'-]{2,}(?![\w@.-]\w)")


# "hi, ana paula again", "hey its marco here": a lower-case name between greeting and again/here
_GREETING_NAME = re.compile(
    r"(?i:\b(?:hi|hello|hey|hiya|morning|evening)\b\s*,?\s*(?:it'?s\s+|its\s+|this\s+is\s+)?)"
    r"([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)(?=\s*,?\s*(?:again|here)\b)"
)


_NAME_STOP_CUE = frozenset(
    "here there home back out up down over sick ill better worse fine okay ok well today "
    "tonight tomorrow yesterday everyone everybody someone somebody you me him her them us all "
    "god lord jesus".split()
)
_CAP_WORD = re.compile(r"(?<![\w'-])[A-Z][a-z]{2,}(?![\w-])")
_VERB_AFTER = re.compile(
    r"\s+(?:has|had|is|was|keeps|kept|woke|fell|threw|started|got|can't|won't|didn't|doesn't|"
    r"isn't|wasn't|hasn't|and\s+I|and\s+me|says|said|wants|needs|will\s+be|seems|feels|"
    r"has\s+been|'s\s+been|lives|lived|works|worked|went|came|called|texted|asked|told|"
    r"thinks|thought|saw|brought|took|left|shouted|replied|wrote)\b|\s*:(?!\s*\d)"
)
MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)


_SURNAME_NEXT = re.compile(
    r"(?<![.!?])[ ]([A-Z][a-zA-Z\u00C0-\u024F\u1E00-\u1EFF-]+)\b(?!['\u2019])"
)


def extend_surnames(spans: list[Found], text: str, skip: Callable[[str, str], bool]) -> list[Found]:
    """A capitalised word right after a name is its surname, even a word ("Seo-yeon Kang").
    `skip(word, name)` refuses one, knowing the name it would follow."""
    out = []
    for a, b, label in spans:
        if (
            label == "NAME"
            and (m := _SURNAME_NEXT.match(text, b))
            and not skip(m.group(1), text[a:b])
        ):
            b = m.end(1)
        out.append((a, b, label))
    return out


# A name glossed in brackets right after a name: "Pádraig O'Sullivan (Paddy)", "Park Ji-yeon
# (박지연)", "pat (patricia) hughes-ramirez"; the surname may follow the bracket.
_PAREN_GLOSS = re.compile(
    r"[ \t]*\([ \t]*([^\W\d_][^\W\d_'-]*(?:[ \t][^\W\d_][^\W\d_'-]*)?)[ \t]*\)"
)
_HANGUL_OR_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_AFTER_GLOSS = re.compile(r"[ \t]+([^\W\d_][^\W\d_']*(?:-[^\W\d_][^\W\d_']*)*)")


def extend_paren_glosses(spans: list[Found], text: str, skip: Callable[[str], bool]) -> list[Found]:
    """A name's bracketed gloss (a nickname, the name in its own script, the full given name)
    is a name too, and so is a surname right after the bracket. `skip(word)` refuses a word
    that names no one ("(Mom)", "(RN)", "(DOB ...)")."""
    out = list(spans)
    for _, b, label in spans:
        m = _PAREN_GLOSS.match(text, b) if label == "NAME" else None
        if not m:
            continue
        gloss = m.group(1)
        words = gloss.split()
        native = bool(_HANGUL_OR_CJK.fullmatch(gloss.replace(" ", "")))
        if not native and any(skip(w) for w in words):
            continue
        out.append((m.start(1), m.end(1), "NAME"))
        after = _AFTER_GLOSS.match(text, m.end())
        parts = after.group(1).lower().split("-") if after else []
        if after and parts and all(is_surname(p) for p in parts):
            out.append((after.start(1), after.end(1), "NAME"))
    return out


# "Robert Jenkins Sr.", "will rose jr", "Harold Finch, Jr.": a generational suffix tells a father
# from his son, so it is part of the name (every dev annotator puts it inside the span). "IV"
# is left out: after a name it is as likely the drip ("gave Jones IV morphine").
# A grade is no suffix: "Fitzgerald, II/VI murmur", "Kapoor, III nerve palsy", "Fisher III on CT";
# nor a mail address ("John Smith jr.smith@mail.com").
_SUFFIX_NEXT = re.compile(
    r"(?:,[ ]*|[ ]+)((?i:jr|sr)\b\.?(?![\w.@])|(?:II|III)\b(?!\s*/|\s+(?i:nerve|degree|heart|block|"
    r"murmur|fracture|grade|stage|type|class|ulcer|injury|burn|on\s+(?:ct|mri|x-?ray|imaging))\b))"
)


def name_end_with_suffix(text: str, start: int, end: int) -> int:
    """Where the name at `text[start:end]` ends once it takes the generational suffix after it.
    A suffix's case follows the name's: "SR" after "Mrs Vasquez" is sinus rhythm, "sr" after
    "Dr Vasquez" too."""
    m = _SUFFIX_NEXT.match(text, end)
    if not m:
        return end
    suffix, name = m.group(1).rstrip("."), text[start:end]
    same_case = (
        suffix in ("II", "III")
        or suffix.istitle()
        or (suffix.isupper() and name.isupper())
        or (suffix.islower() and name.islower())
    )
    return m.end(1) if same_case else end


_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-zA-Z\u00C0-\u024F\u1E00-\u1EFF-]+)[ ]$")
_GIVEN_BEFORE_LOWER = re.compile(r"(?<![\w'-])([a-z][a-z'-]+)[ ]$")


def extend_given_names(
    spans: list[Found],
    text: str,
    skip: Callable[[str], bool],
    opener: Callable[[int, int], bool],
) -> list[Found]:
    """A capitalised word right before a name is its given name, even a word ("Wren
    Castellanos"), unless it opens the sentence as an ordinary word ("Call Castellanos"). Before
    a lower-case name, a lower-case given name that is no common word ("(grace oduya)")."""
    out = []
    for a, b, label in spans:
        if label == "NAME" and not any(ch.isdigit() for ch in text[a:b]):
            # ("Identifier 1EG4-TE5": no name)
            if m := _GIVEN_BEFORE.search(text, max(0, a - 40), a):
                word = m.group(1)
                if not skip(word) and not opener(m.start(1), b):
                    a = m.start(1)
            elif (
                text[a:b].islower()
                and (m := _GIVEN_BEFORE_LOWER.search(text, max(0, a - 40), a))
                and is_given_name(m.group(1))
                and not skip(m.group(1))
            ):
                a = m.start(1)
        out.append((a, b, label))
    return out


_LIST_BEFORE = re.compile(r"\b(" + _CAP + r")(?:\s*,\s*|\s+(?:and|&)\s+)$")


def extend_name_lists_back(
    spans: list[Found], text: str, skip: Callable[[str], bool]
) -> list[Found]:
    """A capitalised word mid-sentence listed right before a name is a name ("Both Temperance
    and Zainab")."""
    out = list(spans)
    for a, _, label in spans:
        if label != "NAME":
            continue
        m = _LIST_BEFORE.search(text, max(0, a - 40), a)
        if not m or skip(m.group(1)):
            continue
        before = text[: m.start(1)].rstrip(" \t\"'(")
        if not before or before[-1] in ".!?:\n":
            continue  # "Tylenol and Zainab" opening a sentence is too weak a cue
        out.append((m.start(1), m.end(1), "NAME"))
    return out


_LIST_NEXT = re.compile(r"(?:\s*,\s*|\s+(?:and|&|or)\s+|\s*/\s*)(" + _CAP + r")\b")


def extend_name_lists(spans: list[Found], text: str, skip: Callable[[str], bool]) -> list[Found]:
    """A capitalised word listed right after a name is a name too ("Milo, Juniper")."""
    out = list(spans)
    frontier = [s for s in spans if s[2] == "NAME"]
    seen = {(a, b) for a, b, _ in spans}
    while frontier:
        _, end, _ = frontier.pop()
        m = _LIST_NEXT.match(text, end)
        if not m or skip(m.group(1)) or (m.start(1), m.end(1)) in seen:
            continue
        new = (m.start(1), m.end(1), "NAME")
        seen.add((new[0], new[1]))
        out.append(new)
        frontier.append(new)
    return out


def _given_name_words(text: str, given: frozenset[str]) -> list[Found]:
    """Capitalised given names that are also English words ("tell Crystal", "Autumn has ...").

    Mid-sentence capitals are proper nouns; at a sentence start the next word must read like a
    person doing something.
    """
    out: list[Found] = []
    for m in _CAP_WORD.finditer(text):
        word = m.group(0)
        low = word.lower()
        if low not in given or low in MONTH_NAMES or low in NOT_PLACES:
            continue  # "in France", "from Georgia": a country or a state, not a person
        before = text[: m.start()].rstrip(" \t\"'(")
        sentence_start = not before or before[-1] in ".!?:\n-\u2014"
        if sentence_start and not _VERB_AFTER.match(text, m.end()):
            continue
        if not sentence_start and re.search(r"(?i)\b(?:the|a|an)\s*$", before):
            continue
        out.append((m.start(), m.end(), "NAME"))
    return out


# --- NER clean-up -------------------------------------------------------------------------

# Languages a message names ("needs an interpreter (Arabic)"): never a person or a place.
LANGUAGE_NAMES = frozenset(
    """english spanish french german italian portuguese chinese mandarin cantonese russian arabic
    vietnamese korean japanese tagalog hindi urdu polish somali haitian creole asl farsi persian
    turkish swahili amharic tigrinya pashto dari ukrainian romanian greek hebrew yoruba igbo
    hausa twi bengali punjabi""".split()
)
# Words the small NER model tags as people or places in patient messages but that are not PHI.
NER_STOP = LANGUAGE_NAMES | frozenset(
    """god lord jesus christ allah medicare medicaid mychart portal zoom whatsapp facetime
    google gmail iphone android blog warmly cheers regards sincerely respectfully cordially
    blessings xoxo thanks thank best love mon tue tues wed thu thur thurs fri sat sun jan feb
    mar apr jun jul aug sep sept oct nov dec opdivo keytruda yervoy tylenol advil aleve wifi
    tricare cigna aetna humana anthem kaiser ultrasound telehealth covid
    walgreens walmart costco kroger safeway publix cvs""".split()
)
LEAD_TITLES = re.compile(
    r"(?i:^(?:(?:hi|hello|hey|dear|i'?m|it'?s|this\s+is|dr|doctor|mr|mrs|ms|miss|mx|nurse|"
    r"prof|pastor|rev|fr|father|grandma|grandpa|"
    r"granny|nana|aunt|auntie|uncle|mom|dad|baby|patient|pt|sister|brother)\.?\s+)+)"
)


# --- signatures -----------------------------------------------------------------------------

# Short forms of given names that are also English words or abbreviations ("- mo", "- em"):
# names only where a signature stands.
SHORT_FORMS = frozenset("mo em di kat zo fi nat pip kit viv bex roz lou jen".split())
# A name closing the message or a line after a dash: "...on fire -marguerite", "-Yusuf K."
_DASH_SIGNATURE = re.compile(
    r"(?:^|(?<=[\s.!?,]))[-\u2014~]+[ \t]*"
    # an initial may open it: "- k. hale"
    r"((?:[A-Za-z]\.[ \t]*)?[A-Za-z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+"
    r"(?:[ \t]+[A-Z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+)?(?:[ \t]+[A-Z]\.?)?)"
    r"[ \t]*[.!]?[ \t]*$",
    re.M,
)
# "Imelda here.", "hi, Ravi here": a name introducing the writer at the start of a line
_HERE_INTRO = re.compile(
    r"(?m:^[ \t]*(?:(?:hi|hello|hey|morning|evening)\b[ \t]*,?[ \t]*)?)"
    r"([A-Z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+"
    r"(?:[ \t]+[A-Z][a-zA-Z'\u00C0-\u024F\u1E00-\u1EFF-]+)?)(?=[ \t]+here\b)"
)
# "this is grace. my throat...", "hello this is dawn, calling": a given name, even one that is
# also a word, right after the introduction and before a pause
_INTRO_GIVEN = re.compile(
    r"(?i:\b(?:this\s+is|it'?s|its|my\s+name\s+is|name'?s)\s+)"
    r"([a-z][a-z'-]+)(?=\s*(?:[.,;!\n]|$|\s+(?:again|here|calling|writing|from)\b))"
    # "hey its faith can u tell dr kim": the introduction runs straight on into the request
    r"|(?i:\b(?:it'?s|its|this\s+is|im|i'?m)\s+)"
    r"([a-z][a-z'-]+)(?=\s+(?:can|could|would|will|u|you|and|just|with|about|re|regarding|"
    r"checking|asking|wondering|texting|messaging|following|my|i|need|needing)\b)"
)
_NOT_INTRO = frozenset(
    "me him her us them it that this what who everyone nobody not just so very really fine "
    "ok okay good bad better worse urgent important normal serious".split()
)


def signatures(text: str, known: Callable[[str], bool]) -> list[Found]:
    out: list[Found] = []
    given = _GivenNames.raw()
    for m in _DASH_SIGNATURE.finditer(text):
        words = m.group(1).split()
        first = words[0].lower()
        closing = m.end() == len(text.rstrip())
        # ("- will" closing the message: nothing follows that would make it a verb)
        if first in _NOT_AFTER_RELATION and not (closing and first in given):
            continue
        if first in _NAME_STOP_CUE or first in _NOT_INTRO:
            continue
        # a lower-case or one-word sign-off must look like a name, not "- thanks" or "-sorry"
        # ("- yaw", "- doli": in the big word list, but words English hardly uses)
        rare = closing and is_rare_word(first)
        if not (
            first in given or first in SHORT_FORMS or not known(words[0]) or len(words) > 1 or rare
        ):
            continue
        out.append((m.start(1), m.end(1), "NAME"))
    for m in _HERE_INTRO.finditer(text):
        words = m.group(1).split()
        if words[0].lower() in _NOT_INTRO or words[0].lower() in _NOT_AFTER_RELATION:
            continue
        if words[0].lower() in given or not known(words[0]):
            out.append((m.start(1), m.end(1), "NAME"))
    for m in _INTRO_GIVEN.finditer(text):
        g = 1 if m.group(1) else 2
        word = m.group(g).lower()
        if word in _NOT_INTRO or word in MONTH_NAMES or word in _NAME_STOP_CUE:
            continue
        if word in given:
            out.append((m.start(g), m.end(g), "NAME"))
    return out


# --- other languages ------------------------------------------------------------------------

# Common words of patient messages in Spanish, Portuguese, French, Italian and German: not
# names even when capitalised (German nouns, a sentence's first word) or unknown to English.
FOREIGN_WORDS = frozenset(
    """
    a al algo ayer bien buenas buenos cita con consulta contesten cuando de del desde dolor
    doctor doctora dra el ella ellos en es esta está estaba estoy favor fiebre fue gracias
    hace hasta hay hola hoy la las le lo los mal mañana mas más me mi mis muy necesito
    necesita no noche nos para pecho pero por porque presion presión puedo pueden que quiere
    receta se si sí sigue sin su sus tarde tengo tiene tienen toma tomar tos tuvo una uno
    urgente vez y ya ibuprofeno pastillas pastilla medicina dedo cabeza estómago estomago
    garganta oído oido pierna brazo espalda vidrio cortó corto cayó cayo cocina niño niña
    mamá mama papá papa esposo esposa hijo hija hijos abuela abuelo suegra suegro hermano
    hermana tío tio tía tia primo prima nieto nieta novio novia sobrino sobrina amigo amiga
    vecino vecina llamada llamo llamar pide quisiera alta baja dolores pequeño pequeña mayor
    menor también tambien siempre todavía todavia anda ha había habia estuvo amaneció amanecio
    despertó desperto vomitó vomito lleva dice dijo nunca otra otro ahora mucho mucha poco
    ainda aqui com da das desde dor do dos ela ele em estou está febre filha filho isso mãe
    mae marido meu minha muito não nao obrigado obrigada ontem pai para pela pelo por
    preciso quer remédio remedio sua seu tem teve tosse uma avó avo avô irmão irmao irmã irma
    neto neta falta ar
    à au aux avec besoin bonjour bonsoir c'est ce cette chez dans depuis des docteur du elle
    est et était fièvre fievre fille fils hier il je la le les leur lui ma madame mal mari
    merci mes mère mere moi mon monsieur nous nuit ou où par pas père pere peut peux pour
    quand que qui rendez-vous rendez sa ses soir son sont sur toux très tres un une vous
    votre aide dos chute beaucoup tousse boutons partout prévue prevue visite femme frère
    frere sœur soeur copain copine ami amie
    ciao che con della delle dolore febbre figlia figlio grazie ho il io la lo madre mi mia
    mio moglie marito nata nato non padre per perché più sono sta stata stato ricetta nonna
    nonno fratello sorella tosse visita serve
    am an auch auf aus bei bin bitte brauche brauchen danke das dem den der des die doch ein
    eine einen einem einer es für fur geboren gestern guten habe haben hallo hat heute ich
    ihr im in ist ja kann kein keine mein meine meinen meiner mir mit morgen nach nicht noch
    nur oder seit sehr sie sind termin und uns vielen dank von vor war was wegen weil wie
    wir zu zum zur hilfe fieber husten schmerzen kopfschmerzen bauchschmerzen schwindel
    arzt ärztin aerztin rezept tabletten tablette medikament medikamente mutter vater sohn
    tochter bruder schwester oma opa enkel enkelin mann frau herr krankenhaus notaufnahme
    praxis blut blutdruck blutwerte zucker nacht tag woche monat jahr hause problem probleme
    übelkeit durchfall erbrechen ausschlag bauch arm bein rücken kopf hals frage fragen
    antwort grüße gruß gruesse impfung schnelle schlimmer geworden helfen starke starken
    angerufen montag dienstag mittwoch donnerstag freitag samstag sonntag
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo lundi mardi
    mercredi jeudi vendredi samedi dimanche segunda terça terca quarta quinta sexta
    posso prendere della è ho tanta tanto bene dormo notte stomaco vuoto pressione
    estou muita costas consulta preciso com
    ze się nie jest mnie mój moja moje czy jak od już ale że może mogę jestem był była było
    boli ból bardzo dziękuję proszę dni lekarz tabletki mama tata babcia dziadek głowa brzuch
    ik heb het een niet mijn kan dat voor twee dagen wat moet ook nog bij dochter zoon
    hoofdpijn buikpijn koorts keelpijn misselijkheid nemen tijdens
    ve bir bu çok ne için ile yok ağrıyor ağrı ilaç ilacı doktor annem babam ateş öksürük
    tôi bị và có không của là từ hôm qua được đau sốt ho
    """.split()
)
# Common words above that are also English (or English names): they do not mark a language.
_ALSO_ENGLISH = frozenset(
    """a am an arm bin den die do dos hat in me no papa mama per pas sure was will ha son sa
    ma mon la le lo il ear ar tag mann mi es el tia prima mari dona ami nata fur het wat bij
    ne bu ho com""".split()
)
_FOREIGN_MARKERS = FOREIGN_WORDS - _ALSO_ENGLISH


@functools.lru_cache(maxsize=512)
def is_foreign(text: str) -> bool:
    """Most of the message is in Spanish, Portuguese, French, Italian, German, Polish, Dutch,
    Turkish or Vietnamese."""
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    hits = sum(w in _FOREIGN_MARKERS for w in words)
    return hits >= 2 and hits >= 0.25 * len(words)


_GERMAN_MARKERS = frozenset(
    "ich und nicht hat ist mein meine bitte seit habe brauche mit für".split()
)


@functools.lru_cache(maxsize=512)
def is_german(text: str) -> bool:
    """German capitalises every noun, so a capital there says little about a name."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in _GERMAN_MARKERS for w in words) >= 2


_FOREIGN_RELATION_WORDS = (
    r"(?:esposo|esposa|marido|mujer|hijo|hija|hijito|hijita|mam[aá]|pap[aá]|madre|padre|"
    r"abuela|abuelo|abuelita|abuelito|suegra|suegro|hermano|hermana|t[ií]o|t[ií]a|primo|prima|"
    r"nieto|nieta|novio|novia|sobrino|sobrina|amigo|amiga|vecino|vecina|filho|filha|m[aã]e|"
    r"pai|av[óô]|irm[aã]o|irm[aã]|neto|neta|namorado|namorada|mari|femme|fils|fille|m[èe]re|"
    r"p[èe]re|fr[èe]re|s(?:œ|oe)ur|copain|copine|ami|amie|grand-m[èe]re|grand-p[èe]re|marito|"
    r"moglie|figlio|figlia|fratello|sorella|nonna|nonno|mann|frau|sohn|tochter|mutter|vater|"
    r"bruder|schwester|oma|opa|enkel|enkelin|freund|freundin)"
)
_FOREIGN_CUE_NAME = re.compile(
    r"(?i:\b(?:(?:mi|mis|su|tu|meu|minha|seu|sua|mon|ma|son|sa|notre|mein|meine|meinen|meiner|"
    r"unser|unsere|mio|mia|il\s+mio|la\s+mia)\s+" + _FOREIGN_RELATION_WORDS + r"|"
    r"soy|me\s+llamo|"
    r"mi\s+nombre\s+es|je\s+suis|je\s+m'appelle|c'est|sono|mi\s+chiamo|sou|meu\s+nome\s+[ée]|"
    r"aqui\s+[ée]|ich\s+bin|ich\s+hei(?:ß|ss)e|mein\s+name\s+ist|hier\s+ist)\s*,?\s+)"
    r"([^\W\d_][\w'\u00C0-\u024F\u1E00-\u1EFF-]*)(?:\s+([^\W\d_][\w'\u00C0-\u024F\u1E00-\u1EFF-]*))?"
)
# "la mamá de santi", "la mère de Léo": the name after "relation of"
_FOREIGN_OF_RELATION = re.compile(
    r"(?i:\b(?:la|el|le|a|o|der|die)\s+"
    + _FOREIGN_RELATION_WORDS
    + r"\s+(?:de|du|da|do|di|del|von)\s+)([^\W\d_][\w'\u00C0-\u024F\u1E00-\u1EFF-]*)"
)
_FOREIGN_TITLE = re.compile(
    r"\b(?:Herr|Frau|Hr\.|Se\u00f1or|Se\u00f1ora|Sr\.|Sra\.|Srta\.|Sr|Sra|Do\u00f1a|Dona|Mme\.?|"
    r"Madame|Monsieur|Mlle\.?|Signor|Signora|Sig\.|Sig\.ra|Dott\.|Dottor|Dottoressa|Doutor|"
    r"Doutora|Dra\.?|Docteur|Doktor)\s+(" + _CAP + r"(?:\s+" + _CAP + r")?)"
)


def foreign_names(text: str, known: Callable[[str], bool]) -> list[Found]:
    """Names after relation words, introductions and titles in other languages."""
    out: list[Found] = []
    given = _GivenNames.raw()

    def name_like(word: str) -> bool:
        low = word.lower()
        if low in FOREIGN_WORDS or low in _NOT_AFTER_RELATION or low in _NAME_STOP_CUE:
            return False
        return word[0].isupper() or low in given or not known(word)

    for m in _FOREIGN_CUE_NAME.finditer(text):
        first, second = m.group(1), m.group(2)
        # after "mi hijo" any word that is not a common word of the language is the name, even
        # an English word ("nacho"); after "soy" or "je suis" it may be an adjective ("malade")
        relation = re.search(
            _FOREIGN_RELATION_WORDS + r"\s*,?\s+$", m.group(0)[: m.start(1) - m.start()], re.I
        )
        if not (name_like(first) or (relation and first.lower() not in FOREIGN_WORDS)):
            continue
        end = m.end(1)
        if second and name_like(second) and second[0].isupper() == first[0].isupper():
            end = m.end(2)
        out.append((m.start(1), end, "NAME"))
    for m in _FOREIGN_OF_RELATION.finditer(text):
        if m.group(1).lower() not in FOREIGN_WORDS and m.group(1).lower() not in _NAME_STOP_CUE:
            out.append((m.start(1), m.end(1), "NAME"))
    for m in _FOREIGN_TITLE.finditer(text):
        words = m.group(1).split()
        if words[0].lower() in FOREIGN_WORDS:
            continue
        if len(words) > 1 and words[1].lower() in FOREIGN_WORDS:
            out.append((m.start(1), m.start(1) + len(words[0]), "NAME"))
        else:
            out.append((m.start(1), m.end(1), "NAME"))
    return out


# "Client Amadou Keita", "Resident: Ottilie Frank": a person after a role label
_ROLE_NAME = re.compile(
    r"(?:^|(?<=[\n.;:!?]\s)|(?<=[\n(]))(?:Patient|Pt|Client|Resident|Caller|Member|"
    r"Guardian|Subscriber|Insured|Policyholder|Name|Contact|Referral\s+for)\s*:?\s+"
    r"(" + _CAP + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+" + _CAP + r"){0,2})"
)


def role_names(text: str, known: Callable[[str], bool]) -> list[Found]:
    out: list[Found] = []
    for m in _ROLE_NAME.finditer(text):
        words = m.group(1).split()
        # "Patient Is Stable", "Name Unknown": stop at the first ordinary word
        kept: list[str] = []
        for w in words:
            if w.lower() in _NOT_AFTER_RELATION or w.lower() in NOT_PLACES:
                break
            kept.append(w)
        # two or more capitalised words closed by a pause also read as a name: "Client Amadou
        # Keita, 93"
        closed = re.match(r"\s*(?:[,(;]|$|\n)", text[m.start(1) + len(" ".join(kept)) :])
        if kept and (
            not all(known(w) and not is_census_name(w) for w in kept) or (len(kept) >= 2 and closed)
        ):
            out.append((m.start(1), m.start(1) + len(" ".join(kept)), "NAME"))
    return out


# --- long tail (round 9) --------------------------------------------------------------------

# "Ngày 5 tháng 3", "5 tháng 3 năm 2024": a Vietnamese day and month (ngày = day, tháng =
# month, năm = year); the day word is a label, like "date:", and stays out of the span.
_VIETNAMESE_DATE = re.compile(
    r"(?i:(?<![\w/.-])" + _DAY_NUM + r"\s+th\u00e1ng\s+" + _MONTH_NUM + r"\b"
    r"(?:,?\s+n\u0103m\s+(?:19|20)\d{2}\b)?|\bth\u00e1ng\s+" + _MONTH_NUM + r"\s+n\u0103m\s+"
    r"(?:19|20)\d{2}\b)"
)
# Tagalog and Swahili also write the month first: "Marso 5, 2024", "Machi 12"
_MONTH_FIRST_FOREIGN = re.compile(
    r"(?i:\b(?:enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|"
    r"disyembre|januari|februari|machi|aprili|mei|juni|julai|agosti|septemba|oktoba|novemba|"
    r"desemba)\s+" + _DAY_NUM + r"\b(?:,?\s+(?:19|20)\d{2}\b)?)"
    r"(?![.:/]\d|\s*(?:mg|ml|mcg|g|tbsp|tsp|cups?|units?|%|hours?|hrs?|days?|oras|araw|saa|siku)\b)"
)
# "MONDAY 10TH", "Tues the 3rd", "friday the twelfth": a weekday with a day of the month
_WEEKDAY_ORDINAL = re.compile(
    r"(?i:\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+(?:the\s+)?"
    r"(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)|(?:(?:twenty|thirty)[-\s]?)?(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b)"
)


def long_tail_dates(text: str) -> list[Found]:
    out = [(m.start(), m.end(), "DATE") for m in _VIETNAMESE_DATE.finditer(text)]
    out += [(m.start(), m.end(), "DATE") for m in _MONTH_FIRST_FOREIGN.finditer(text)]
    out += [(m.start(), m.end(), "DATE") for m in _WEEKDAY_ORDINAL.finditer(text)]
    return out


# A vehicle named near a number-plate-shaped value: "my car LX19 KPO", "parked the van (B-MW
# 4471)", "truck is 8XKR 442". Plates: UK "AB12 CDE", US "7ABC123" / "ABC-1234", EU "B-MW 1234",
# "12-ABC-3", "AB-123-CD", "AB 123 CD", "WX 12345", "1234 BCD".
_VEHICLE_CUE = re.compile(
    r"(?i:\b(?:car|cars|vehicle|van|truck|pickup|suv|jeep|motorbike|motorcycle|moped|scooter|"
    r"campervan|camper|rv|parking|parked|park|reg|registration|plates?|tag)\b)"
)
_PLATE = re.compile(
    r"(?<![\w-])(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
    r"(?:[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,5}){1,2}|[A-Z0-9]{5,8})(?![\w-])"
    # UK plates typed in lower case: "lx19 kpo"
    r"|(?<![\w-])[a-z]{2}\d{2}\s?[a-z]{3}(?![\w-])"
)
# words that may stand between the vehicle and its plate ("my car's reg is", "the van, plate:")
_PLATE_GAP = re.compile(
    r"(?i:(?:['\u2019]s)?(?:[\s,:(#-]+(?:is|was|number|no\.?|num|plate|plates|reg|"
    r"registration|tag|with|says|reads|the|a|my|its|it's|license|licence|id|=))*[\s,:(#=-]+)$"
)


def vehicle_plates(text: str) -> list[Found]:
    out: list[Found] = []
    for cue in _VEHICLE_CUE.finditer(text):
        m = _PLATE.search(text, cue.end(), cue.end() + 40)
        if not m or not _PLATE_GAP.fullmatch(text, cue.end(), m.start()):
            continue
        value = m.group(0)
        alnum = sum(ch.isalnum() for ch in value)
        if 4 <= alnum <= 9 and not _QUANTITY.fullmatch(value.replace(" ", "")):
            out.append((m.start(), m.end(), "ID"))
    return out


# A practice, surgery or home named where the person is seen or lives: "my GP is at Riverside
# Surgery", "admitted to Oakfield Care Home", "with Brookside Medical Practice". Words that
# name a specialty or a body part before "Surgery" are a department, not a place ("at Cardiac
# Surgery", "from Knee Surgery").
_TIED_FACILITY = re.compile(
    r"(?i:\b(?:at|to|from|with|in|into|of|is)\s+(?:the\s+)?)"
    r"((?:[A-Z][\w'\u2019\u00C0-\u024F-]*\.?\s+){1,3}(?:Medical\s+Practice|Group\s+Practice|"
    r"Family\s+Practice|Practice|Surgery|Care\s+Home|Nursing\s+Home|Residential\s+Home|"
    r"Rest\s+Home|Retirement\s+Home|Hospice|Hospital|Clinic|Medical\s+Cent(?:re|er)|"
    r"Health\s+Cent(?:re|er)|Health\s+Clinic|Medical\s+Group))\b"
)
_DEPARTMENT_WORDS = frozenset(
    """cardiac cardiothoracic thoracic vascular plastic cosmetic general day minor oral dental
    eye knee hip hand foot feet spine spinal back brain neuro neurology bariatric weight loss
    gastric colorectal breast ent orthopaedic orthopedic ortho paediatric pediatric keyhole
    laser same heart lung liver kidney transplant urgent emergency outpatient inpatient
    private nhs walk-in walk dermatology eye ear nose throat womens women's children's mens
    men's sports sleep pain fertility diabetes diabetic asthma allergy memory travel sexual
    health mental antenatal prenatal postnatal maternity vaccine vaccination flu covid
    surgery practice clinic hospital medical my our your his her their the a an this that
    gp doctor doctors doctor's dr""".split()
)


_TWO_WORD_HEAD = frozenset(
    "medical group family care nursing residential rest retirement health".split()
)


def tied_facilities(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _TIED_FACILITY.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        head = 2 if len(words) > 2 and words[-2].group(0).lower() in _TWO_WORD_HEAD else 1
        lead = words[:-head]
        # the naming words start after any department or generic word ("at the Day Surgery")
        while lead and lead[0].group(0).lower().strip(".") in _DEPARTMENT_WORDS | _FAC_GENERIC:
            lead = lead[1:]
        if lead:
            out.append((m.start(1) + lead[0].start(), m.end(1), "ADDRESS"))
    return out


# "WILL (WILLIAM MARSH)", "Bobby (Robert Lee)": a nickname before the full name in brackets
_NICKNAME_FULL = re.compile(
    r"\b(" + _CAP + r")\s*\(\s*(" + _CAP + r")((?:\s+" + _CAP + r"){1,2})\s*\)"
)


def _shortened(nick: str, full: str) -> bool:
    """A nickname of the full name ("Will" of "William", "Pip" of "Philippa"): the same first
    letter, then the nickname's other letters in order inside the full name."""
    nick, full = nick.lower(), full.lower()
    if len(nick) < 2 or nick[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(ch in rest for ch in nick[1:])


def nickname_names(text: str, known: Callable[[str], bool]) -> list[Found]:
    out: list[Found] = []
    for m in _NICKNAME_FULL.finditer(text):
        nick, first = m.group(1), m.group(2)
        # "EPIPEN (EPINEPHRINE AUTO-INJECTOR)": no given name in the brackets; a given name the
        # census lacks ("PHILIPPA") counts when the word before is a short form of it
        shortened = _shortened(nick, first)
        if is_census_name(first):
            nickname = shortened or is_census_name(nick) or not known(nick)
        else:
            nickname = shortened and not known(first)
        if nickname:
            out.append((m.start(1), m.end(1), "NAME"))
            out.append((m.start(2), m.end(3), "NAME"))
    return out


# "Precious's peak flow", "Hope's temperature": a sentence opened by a given name that is also
# a word, then a possessive and something of the body or of care
_BODY_OR_CARE = (
    r"(?:peak\s+flow|inhaler|inhalers|temp|temperature|fever|rash|cough|sugar|sugars|blood|"
    r"bloods|bp|pressure|breathing|asthma|eczema|meds|medicine|medication|medications|"
    r"prescription|prescriptions|appointment|appt|dose|doses|pain|leg|legs|arm|arms|head|"
    r"ear|ears|eye|eyes|throat|tummy|stomach|belly|chest|knee|knees|ankle|wrist|foot|feet|"
    r"hand|hands|back|skin|weight|heart|lungs|test|tests|results|labs|x-ray|xray|scan|wound|"
    r"stitches|cast|seizures|sats|oxygen|insulin|epipen|glucose|levels|nappy|diaper|tooth|"
    r"teeth|nose|mouth|lip|lips|face|neck|shoulder|hip|finger|fingers|toe|toes|swelling|cut|"
    r"bump|bruise|burn|bite|headache|headaches|migraine|migraines|nosebleeds?|heart\s+rate|"
    r"pulse|reading|readings|numbers|infusion|chemo|surgery|operation|referral|vaccine|"
    r"vaccines|shots|jabs|physio|therapy|dressing|catheter|sleep|mood|speech|hearing|vision|"
    r"eyesight|symptoms|condition|diarrh(?:o)?ea|vomiting|temperature|rash|follow-up|"
    r"check-up|checkup|bloodwork|urine|stool|poo|wee|period|periods|cycle|pregnancy|bump|"
    r"baby|tablets|pills|dosage|antibiotics|steroids|spacer|nebuliser|nebulizer|ventolin|"
    r"sat|o2|weight|height|growth|bmi|allergy|allergies|condition|cold|flu|chickenpox)"
)
_POSSESSIVE_OPENER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))([A-Z][a-z]+)['\u2019]s\s+" + _BODY_OR_CARE + r"\b"
)


# Cues that hold a person in a message typed without capitals:
# "attn: chidinma", "dtr (nkechi)", "spouse (godfrey) driving", "gabe's mom", "bill here,".
_LOWER_PERSON_CUES = (
    re.compile(r"(?i:\b(?:attn|attention|c/o)\b\s*:?\s*)(?-i:([a-z][a-z'-]{2,}))\b"),
    re.compile(
        r"(?i:\b(?:" + _RELATION + r"|dtr|dau|spouse|hubby)\s*\(\s*)(?-i:([a-z][a-z'-]{2,}))"
        r"\s*\)"
    ),
    re.compile(
        r"\b(?-i:([a-z][a-z'-]{2,}))['\u2019]s\s+(?i:mom|mum|mother|dad|father|wife|husband|"
        r"partner|son|daughter|grandma|grandpa|nan|carer|caregiver|teacher|coach)\b"
    ),
    re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?-i:([a-z][a-z'-]{2,}))\s+here\s*[,.!-]"),
)


def lower_case_cued_names(text: str, known: Callable[[str], bool]) -> list[Found]:
    """A lower-case word in a person cue is a name when it is a given name or no English word."""
    given = _GivenNames.get()
    out: list[Found] = []
    for rule in _LOWER_PERSON_CUES:
        for m in rule.finditer(text):
            word = m.group(1)
            if word in _NOT_AFTER_RELATION or word in _NAME_STOP_CUE or word in NER_STOP:
                continue
            if word in given or not known(word):
                out.append((m.start(1), m.end(1), "NAME"))
    return out


def possessive_openers(text: str) -> list[Found]:
    return [
        (m.start(1), m.end(1), "NAME")
        for m in _POSSESSIVE_OPENER.finditer(text)
        if is_census_name(m.group(1)) and m.group(1).lower() not in _NAME_STOP_POSSESSIVE
    ]


# census names that open a sentence as a word before a possessive ("Today's", "Mother's")
_NAME_STOP_POSSESSIVE = frozenset(
    "today tomorrow yesterday tonight mother father everyone nobody somebody someone "
    "christmas easter god lord".split()
)


# --- round 11: what annotators working to the labelling guideline mark and we missed --------

# "my card ending 4417", "last four 2281": a payment card's last digits identify the account
_CARD_DIGITS = re.compile(
    r"(?i)\b(?:card|visa|mastercard|amex|discover|debit|credit|account|acct)\b[^.\n]{0,20}?"
    r"\b(?:ending|ends)\s+(?:in\s+|with\s+)?#?\s*(\d{4})\b"
    r"|\blast\s+(?:4|four)(?:\s+digits)?(?:\s+of\s+(?:my|the|his|her)\s+\w+)?\s*(?:is|are|:)?\s*(\d{4})\b"
)
# an age over 89 said as where a life stands: "alive at 98", "died at 92", "in her late 90s"
# (only a life's own verbs: "still running at 101" is a temperature, "living at 94 Elm Street" a
# house number)
_AGE_AT = re.compile(
    r"(?i)\b(?:alive|died|passed(?:\s+away)?|widowed|diagnosed)\s+at\s+(9\d|1[01]\d)\b"
    r"(?!\s*%|[./]\d|\s+[A-Z][a-z]+\s+(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane)\b)"
)
_AGE_DECADE = re.compile(
    r"(?i)\bin\s+(?:her|his|their|my|our)\s+(?:early\s+|mid[-\s]?|late\s+)?(90s|nineties|100s)\b"
)
# an extension on its own identifies a person's line ("— Ravi Subramanian, MD, ext 4471"), when
# it follows a call word or a separator ("knee extension 170" is a range of motion)
_LONE_EXTENSION = re.compile(
    r"(?i)(?:\b(?:call|phone|dial|reach|ring|line|desk|office|at|on|via|tel)|[,;(\u2014\u2013-])\s*"
    r"\b(?:ext|extension)\.?\s*(?:no\.?\s*)?#?\s*(\d{3,6})\b(?!\s*(?:°|deg))"
)
# a block number places an address: "the 1400 block of Alder St"
_BLOCK_OF = re.compile(r"(?i)\b(\d{2,5}\s+block\s+of)\s+(?=[A-Z0-9])")
# a pager number is a phone line: "pager 3321", "beeper #44-1102"
_PAGER = re.compile(r"(?i)\b(?:pager|beeper|bleep)\s*(?:#|no\.?|number)?\s*:?\s*(\d[\d-]{2,8}\d)\b")
# an apartment told on its own: "my apartment is 4B", "unit #12"
_APARTMENT = re.compile(
    r"(?i)\b(?:apartment|apt|flat|unit|suite)\s*(?:is\s+|number\s+|no\.?\s*|#\s*)?(\d{1,4}[a-z]?)\b"
)
# a numbered county road places a home: "County Road 12" (a highway does not: "Hwy 61")
_NUMBERED_ROAD = re.compile(
    r"\b((?:County\s+(?:Road|Rd|Line)|Co\.?\s+Rd|Farm\s+(?:Road|Rd))\s+\d{1,4}[A-Z]?)\b"
)
# an EHR header name in capitals, surname first: "Patient: SMITH, JOHN A", "RE: WASHINGTON, DENZEL"
_CAPS_SURNAME_FIRST = re.compile(
    r"(?i:\b(?:patient|pt|name|re|resident|client|member|insured|subscriber|guarantor)"
    r"(?:\s+name)?\b(?:\s*[:#-]\s*|\s+))"
    r"([A-Z][A-Z'-]+,?\s+[A-Z][A-Z'-]+(?:\s+[A-Z]\b\.?)?)"
)
PROVINCE_ABBREVIATIONS = (
    "AB",
    "BC",
    "MB",
    "NB",
    "NL",
    "NS",
    "NT",
    "NU",
    "ON",
    "PE",
    "QC",
    "SK",
    "YT",
)


def _caps_name(value: str, known: Callable[[str], bool]) -> bool:
    """Some capitalised word is a census given name or surname and the rest are names or no
    English word ("SMITH, JOHN", not "PLEASE CALL", "YOUR APPOINTMENT" or "BP MEDS")."""
    words = [w for w in re.findall(r"[A-Z][A-Z'-]+", value) if len(w) > 1]
    named = [is_census_name(w) or is_surname(w.title()) for w in words]
    # ("RE: BP MEDS": no word of it is anybody's name)
    return any(named) and all(n or not known(w.lower()) for n, w in zip(named, words, strict=True))


# Kin and roles that stand beside a person's name ("grace my carer", "my coworker deepa").
_KIN_WORDS = (
    "son daughter wife husband partner mum mom dad mother father sister brother aunt auntie aunty "
    "uncle cousin niece nephew grandson granddaughter grandma grandpa nan nana gran granny "
    "boyfriend girlfriend fiance fiancee stepdad stepmom stepmum stepson stepdaughter kid child "
    "baby twin bro sis hubby wifey youngest eldest oldest"
).split()
_ROLE_WORDS = (
    r"(?:pharmacist|carer|caregiver|neighbou?r|co-?worker|colleague|boss|manager|teacher|"
    r"landlord|landlady|flatmate|housemate|roommate|mate|friend|bestie|therapist|counsell?or|"
    r"physio|dentist|midwife|doula|interpreter|receptionist|driver|nurse|doctor|gp|consultant|"
    r"surgeon|optician|social\s+worker|"
    r"aide|helper|cleaner|pastor|priest|imam|rabbi|coach|sponsor|" + "|".join(_KIN_WORDS) + r")"
)
_ROLE_WORD = re.compile(_ROLE_WORDS + r"s?")


def is_role_word(word: str) -> bool:
    """A relation or a role a person is named by ("carer", "interpreter", "gp")."""
    return bool(_ROLE_WORD.fullmatch(word.lower()))


# "hi dr b", "Dr K said": a doctor known by an initial ("dr a" is "a doctor" misspelt)
_DR_INITIAL = re.compile(r"(?i:\b(?:dr|doctor)\.?)\s+([B-HJ-Zb-hj-z])\b(?![.'\u2019-]\w)")
# "Her pharmacist at Boots, Ama, had told her": a role at a place, then the person in commas
_ROLE_AT_PLACE_NAME = re.compile(
    r"(?i:\b" + _ROLE_WORDS + r"\s+(?:at|from)\s+)"
    r"(?:the\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3},\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)\s*,"
)


def guideline_extras(text: str, known: Callable[[str], bool]) -> list[Found]:
    """Card digits, ages over 89 told as a stage of life, lone extensions and pagers, block
    numbers, apartments and numbered roads, capitalised surname-first names, a doctor's
    initial, a person named after their role at a place."""
    out: list[Found] = []
    for m in _CARD_DIGITS.finditer(text):
        g = 1 if m.group(1) else 2
        near = text[max(0, m.start() - 40) : m.end()]
        out.append((m.start(g), m.end(g), "SSN" if _SSN_NEAR.search(near) else "ID"))
    for r, label in (
        (_AGE_AT, "AGE"),
        (_AGE_DECADE, "AGE"),
        (_LONE_EXTENSION, "PHONE"),
        (_PAGER, "PHONE"),
        (_APARTMENT, "ADDRESS"),
        (_NUMBERED_ROAD, "ADDRESS"),
        (_BLOCK_OF, "ADDRESS"),
    ):
        out += [(m.start(1), m.end(1), label) for m in r.finditer(text)]
    out += [
        (m.start(1), m.end(1), "NAME")
        for m in _CAPS_SURNAME_FIRST.finditer(text)
        if _caps_name(m.group(1), known)
    ]
    out += [(m.start(1), m.end(1), "NAME") for m in _DR_INITIAL.finditer(text)]
    out += [(m.start(1), m.end(1), "NAME") for m in _ROLE_AT_PLACE_NAME.finditer(text)]
    return out


_REGION_BETWEEN = re.compile(r",?[ \t]+([A-Za-z]{2})\.?,?[ \t]+")
# what follows a region code in an address: a ZIP or a Canadian postcode
_POSTCODE_START = re.compile(r"\d|[A-Za-z]\d[A-Za-z]")


def glue_regions(spans: list[Found], text: str, known: Callable[[str], bool]) -> list[Found]:
    """A state or province code between a town and its postcode is part of the address
    ("Toronto, ON M4Y 1G7"), in lower case too when it is no word ("chicago il 60642", but not
    "the shelter on Main St in Dayton"); alone it is not PHI."""
    codes = {c.lower() for c in (*STATE_ABBREVIATIONS, *PROVINCE_ABBREVIATIONS)}
    places = sorted((a, b) for a, b, label in spans if label == "ADDRESS")
    out = list(spans)
    end = -1  # the furthest end so far: parts of one address may overlap
    for start, stop in places:
        m = _REGION_BETWEEN.fullmatch(text, end, start) if 0 <= end < start else None
        end = max(end, stop)
        if not m or m.group(1).lower() not in codes:
            continue
        code = m.group(1)
        if not _POSTCODE_START.match(text, start):
            continue  # ("Dr. Ames, MD\nFamily Medicine": a credential, not a state)
        if code.isupper() or not known(code):
            out.append((m.start(1), m.end(1), "ADDRESS"))
    return out


# --- lower-case people ----------------------------------------------------------------------

# How common a word is in English (wordfreq's Zipf scale: 7 "the", 5 "doctor", 3 "wheeze").
# The word list `known` asks is a dictionary of every English word ever printed ("yaw", "doli"):
# a lower-case name in a phone-typed message is often in it, and rarely common.
RARE_ZIPF = 3.0
# A census given name this common is an ordinary word first ("hope my son is ok", "will my
# dose change"): it names someone only where nothing else could stand ("will says ...").
COMMON_ZIPF = 5.0


@functools.lru_cache(maxsize=16384)
def english_zipf(word: str) -> float:
    """`word`'s frequency in English on the Zipf scale (0 when unseen)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def is_rare_word(word: str) -> bool:
    return english_zipf(word.lower()) < RARE_ZIPF


# Words in those slots that are never a person ("me and him", "everyone says", "doc said").
_NOT_A_PERSON = frozenset(
    """i im i'm me my mine he him his she her hers they them their we us our you your it its
    it's this that these those there here who whom someone somebody anyone anybody everyone
    everybody nobody noone one ones other others both all each either neither some none doc
    docs dr gp nurse nurses staff reception receptionist pharmacy pharmacist clinic office
    hospital team ward er ed icu school work insurance insurer google app chart portal letter
    form label leaflet box bottle paper papers internet website site mychart also then now
    still just so and but or because cos plus yes no ok okay well oh um hmm lol""".split()
)
_START = r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s)|(?<=\n))"
_LC_NAME = r"([a-z][a-z'-]+)"
# "grace my carer noticed", "yazzie the pharmacist says", "chiamaka my daughter is 3"
_APPOSITION = re.compile(
    _START + _LC_NAME + r",?\s+(?:my|our|the|his|her)\s+(?:lil\s+|little\s+|"
    r"older\s+|younger\s+|big\s+)?" + _ROLE_WORDS + r"s?\b"
)
# "will says", "bill from the pharmacy said", "xu from daycare said"
_SAYS = re.compile(
    _START + _LC_NAME + r"(?:\s+from\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+(?:says|said|"
    r"thinks|thought|reckons|told|tells|noticed|mentioned|wants|asked|texted|called|rang|"
    r"found|took|gave|sent)\b"
)
# "me and faith and obinna", "vi and li both"
_ME_AND = re.compile(r"\bme\s+and\s+" + _LC_NAME + r"(?:\s+and\s+" + _LC_NAME + r")?\b")
_PAIR_BOTH = re.compile(r"\b" + _LC_NAME + r"\s+and\s+" + _LC_NAME + r"\s+(?:both|all)\b")
# "salam, rania here.", "simran here from ..."
_LOWER_HERE = re.compile(
    r"(?:^|(?<=[.!?,;:]\s)|(?<=\n))"
    + _LC_NAME
    + r"\s+here\b(?=\s*[.,!;:]|\s*$|\s+(?:again|from|writing|for|with|about|re)\b)"
)
# "sky's asthma", "noa's allergist": a sentence opened by someone's body or care
_LOWER_POSSESSIVE = re.compile(
    _START
    + r"([a-z][a-z-]+)['\u2019]s\s+(?:[a-z]+\s+)?(?:"
    + _BODY_OR_CARE[3:-1]
    + r"|allergist|doctor|dr|nurse|gp|therapist|school|teacher)\b"
)
# "mark and i (rose) were", "call me (hemi)"; "call me, hemi, on ..."
_SELF_GLOSS = re.compile(r"\b(?:i|me)\s*(?:\(\s*" + _LC_NAME + r"\s*\)|,\s*" + _LC_NAME + r"\s*,)")
# "ty and jo are coming": two people opening a sentence, then what they do
_PAIR_START = re.compile(
    _START + _LC_NAME + r"\s+and\s+" + _LC_NAME + r"\s+(?:are|were|have|had|got|went|came|"
    r"say|said|want|wanted|need|needed)\b"
)
# "my mates al and jo", "my kids lars, astrid and bo": names listed after a plural relation
_PLURAL_KIN_LIST = re.compile(
    r"\bmy\s+(?:mates|friends|kids|sons|daughters|sisters|brothers|aunties|aunts|uncles|"
    r"cousins|grandkids|grandsons|granddaughters|parents|neighbou?rs|roommates|flatmates|"
    r"coworkers|girls|boys|twins|children)\s+((?:[a-z][a-z'-]+,\s*)*[a-z][a-z'-]+,?\s+and\s+"
    r"[a-z][a-z'-]+)\b"
)
# "my coworker deepa found me", "my son chip chipped his tooth"
_ROLE_THEN_NAME = re.compile(r"\b(?:my|our)\s+" + _ROLE_WORDS + r"\s+" + _LC_NAME + r"\b")
# "ty (my son)", "nkem (mum)"
_PAREN_ROLE = re.compile(
    r"\b" + _LC_NAME + r"\s*\(\s*(?:my\s+|our\s+|his\s+|her\s+|the\s+)?" + _ROLE_WORDS + r"s?\s*\)"
)


# "pls call jack 07700 900675", "ring nkem on 0161 496 0732": who to call, then the number
_CALL_THEN_PHONE = re.compile(
    r"\b(?:call|ring|text|phone|reach|ask\s+for)\s+" + _LC_NAME + r"\s+(?:on\s+|at\s+)?"
    r"(?=\+?\(?\d[\d \t().-]{6,}\d)"
)
# "the portal has my name as ambar", "his name is kofi"
_NAME_AS = re.compile(r"\b(?:my|his|her|their)\s+name\s+(?:as|is|spelt|spelled)\s+" + _LC_NAME)
# "will's been skipping his zoloft": a word no modal could be, opening a sentence
_NAME_HAS_BEEN = re.compile(
    _START + _LC_NAME + r"['\u2019]s\s+(?:been|got|gone|had|not\s+been|refusing|skipping)\b"
)


def _a_person(word: str, *, strong: bool, owner: bool = False) -> bool:
    """Whether a lower-case word in a person's slot names one: a census given name (only a
    not-too-common one unless the slot is `strong`) or a word English rarely uses. An `owner`
    of a symptom opening a sentence may be any word short of a common one ("sky's asthma"),
    but not a time ("yesterday's bloods")."""
    low = word.lower()
    if low in _NOT_A_PERSON or low in MONTH_NAMES or len(low) < 2:
        return False
    if low in FOREIGN_WORDS and not strong:  # "al", "de": Spanish words unless a slot insists
        return False
    if is_census_name(low):
        return strong or english_zipf(low) < COMMON_ZIPF
    if owner:
        return english_zipf(low) < COMMON_ZIPF and not low.endswith(_TIME_ENDINGS)
    return len(low) >= 3 and is_rare_word(low)


_TIME_ENDINGS = ("day", "night", "week", "month", "year", "morning", "evening", "time", "end")


def lower_case_people(text: str) -> list[Found]:
    """People named in lower case where the sentence leaves no other reading: beside a relation
    or a role, saying something, listed with the writer, introducing themselves, owning a
    symptom, glossed with a relation in brackets, to be called on a number, or spelt out."""
    out: list[Found] = []
    for pattern, strong in (
        (_APPOSITION, False),
        (_SAYS, True),
        (_LOWER_HERE, False),
        (_LOWER_POSSESSIVE, False),
        (_PAREN_ROLE, True),
        (_ROLE_THEN_NAME, False),
        (_SELF_GLOSS, True),
        (_CALL_THEN_PHONE, True),
        (_NAME_AS, True),
        (_NAME_HAS_BEEN, True),
    ):
        owner = pattern is _LOWER_POSSESSIVE
        for m in pattern.finditer(text):
            g = 1 if m.group(1) else 2
            if _a_person(m.group(g), strong=strong, owner=owner):
                out.append((m.start(g), m.end(g), "NAME"))
    for m in _PLURAL_KIN_LIST.finditer(text):
        names = list(re.finditer(r"[a-z][a-z'-]+", m.group(1)))
        names = [n for n in names if n.group(0) != "and"]
        if all(_a_person(n.group(0), strong=True) for n in names):
            out += [(m.start(1) + n.start(), m.start(1) + n.end(), "NAME") for n in names]
    for pattern, strong in ((_ME_AND, False), (_PAIR_BOTH, False), (_PAIR_START, False)):
        for m in pattern.finditer(text):
            groups = [g for g in (1, 2) if m.group(g)]
            # a pair counts only when both are people: "salt and pepper both" is not
            if pattern is not _ME_AND and not all(
                _a_person(m.group(g), strong=strong) for g in groups
            ):
                continue
            out += [
                (m.start(g), m.end(g), "NAME")
                for g in groups
                if _a_person(m.group(g), strong=strong)
            ]
    return out
