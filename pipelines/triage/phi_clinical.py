"""Clinical words that look like PHI: eponyms, drug brands, kinship words and foreign filler.

The redactor drops them from the edges of NAME, ADDRESS and DATE spans ("Bell's palsy", "the
Foley catheter", "Jardiance", "kuya Ben", "dirección es Calle Mayor 14") after all guessers ran.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from pipelines.triage import phi_tagger, redact_extra

_CORPUS = Path(__file__).resolve().parent / "corpus"
_CTCAE = Path(__file__).resolve().parents[1] / "irae" / "data" / "ctcae_v5_clean_copy.csv"

# Eponyms and eponym-like disease words, written for this project (lower case, no "'s").
_EPONYMS = frozenset(
    """addison alzheimer apgar asperger babinski baker barrett bartholin bell behcet bence
    brugada budd buerger chiari colles conn crohn cushing dandy dupuytren ehlers epley erb
    fallot foley gilbert glasgow graves guillain barre hashimoto heberden heimlich hirschsprung
    hodgkin holter horner huntington kaposi kawasaki kegel korsakoff lyme marfan meckel meniere
    murphy osgood schlatter paget parkinson peyronie raynaud reye rinne romberg schatzki sjogren
    stevens tourette trendelenburg valsalva weber wegener wernicke whipple wilms wilson
    wolff zenker bowen charcot kernig brudzinski mallory weiss boerhaave tietze
    kussmaul cheyne stokes korotkoff duchenne becker tay sachs gaucher fabry pompe turner
    klinefelter down patau edwards angelman prader willi rett williams noonan marfan legg
    calve perthes sever scheuermann kienbock osler rendu weber guyon tinel phalen finkelstein
    mcmurray lachman adson spurling neer apley ortolani galeazzi monteggia rolando bankart
    lisfranc maisonneuve german tommy morton ewing burkitt richter beau
    virchow bouchard schmorl lewy sternberg spigelian nissen""".split()
)

# Brand names of common medicines, written for this project (lower case).
_DRUG_BRANDS = frozenset(
    """jardiance farxiga invokana mounjaro ozempic wegovy rybelsus trulicity victoza saxenda
    zepbound januvia janumet glucophage lantus levemir tresiba toujeo humalog novolog basaglar
    eliquis xarelto pradaxa savaysa coumadin plavix brilinta effient entresto lasix bumex
    aldactone lipitor crestor zocor pravachol zetia repatha praluent norvasc lopressor toprol
    coreg zestril prinivil cozaar diovan benicar micardis tylenol advil motrin aleve excedrin
    aspirin bayer ecotrin celebrex mobic voltaren naprosyn ultram tramadol percocet vicodin
    norco oxycontin dilaudid suboxone narcan lyrica neurontin cymbalta zoloft prozac paxil
    lexapro celexa effexor pristiq wellbutrin trazodone desyrel remeron abilify seroquel
    zyprexa risperdal latuda lamictal depakote keppra tegretol topamax xanax ativan klonopin
    valium ambien lunesta adderall ritalin concerta vyvanse strattera synthroid levoxyl
    armour tirosint prednisone medrol decadron humira enbrel remicade stelara skyrizi
    dupixent otezla xeljanz rinvoq cosentyx taltz keytruda opdivo yervoy tecentriq imfinzi
    herceptin avastin rituxan revlimid ibrance tamoxifen arimidex femara zyrtec claritin
    allegra benadryl xyzal singulair flonase nasonex afrin sudafed mucinex robitussin
    delsym ventolin proair albuterol symbicort advair breo trelegy spiriva flovent qvar
    nexium prilosec protonix pepcid zantac tums rolaids maalox imodium miralax colace
    dulcolax senokot linzess amitiza zofran phenergan reglan dramamine bonine antivert
    keflex augmentin amoxil zithromax z-pak cipro levaquin bactrim macrobid flagyl diflucan
    valtrex tamiflu paxlovid xofluza viagra cialis flomax proscar avodart detrol vesicare
    myrbetriq premarin estrace prometrium yaz plan depo-provera nexplanon mirena paragard
    fosamax boniva prolia evista imitrex maxalt nurtec ubrelvy aimovig emgality botox
    epipen auvi-q dexcom libre omnipod medrol sumatriptan zyloprim uloric colcrys
    aricept namenda sinemet requip mirapex""".split()
)

# Head nouns that make the capitalised word before them a clinical name ("Holter monitor").
_HEAD = re.compile(
    r"(?:['\u2019]s?)?[\s-]+(?:disease|syndrome|palsy|phenomenon|maneuver|manoeuvre|catheter|"
    r"monitor|procedure|score|scores|scale|reflex|measles|sign|test|triad|cyst|fracture|"
    r"repair|operation|surgery|ulcer|contracture|neuroma|disorder|diet|esophagus|node|nodes|"
    r"lymphoma|sarcoma|tumou?r|dystrophy|chorea|hernia|lines|bodies|fundoplication)\b",
    re.IGNORECASE,
)
_POSS = re.compile(r"['\u2019]s?(?!\w)")
# the head nouns after which even an unlisted capitalised word is an eponym ("Kikuchi disease")
_STRONG_HEAD = re.compile(
    r"(?:['\u2019]s?)?[\s-]+(?:disease|syndrome|palsy|phenomenon|maneuver|manoeuvre|reflex|"
    r"measles|triad)\b",
    re.IGNORECASE,
)
# kinship words of other languages (and lower-case English ones) that come before a name
KIN_WORDS = frozenset(
    """lola lolo kuya ate tita tito inay itay nanay tatay lolang yiayia yiayiá giagia pappou
    papou thia thios mormor morfar farmor farfar moster faster morbror farbror syster bror
    schwiegermutter schwiegervater schwester bruder tochter sohn onkel tante cousine oma opa
    omi opi zia zio nonna nonno nonnina cugino cugina sorella fratello savta saba ima aba
    bubbe zayde bibi babu mama baba shangazi mjomba halmeoni harabeoji halmoni oppa unnie
    eonni noona hyung umma appa abuelita abuelito abuela abuelo tía tío tia tio prima primo
    suegra suegro hermana hermano avó avô vovó vovô tia titi tatie tonton mémé pépé mamie
    papi nan nana nani dadi dada nanaji dadaji ammi abbu amma appa akka thatha paati
    babcia dziadek ciocia wujek babushka dedushka oba oma opa grootmoeder grootvader
    bestemor bestefar farmor mormor moeder vader zus broer dochter zoon oom""".split()
)
# foreign words that sit next to dates and addresses ("la dernière dose", "mi dirección es")
_FOREIGN_EDGE = frozenset(
    """dernière dernier prochaine prochain dernièrement marcada marcado marcadas prevista
    previsto próxima proxima próximo proximo pasado pasada última ultima último ultimo
    dirección direccion domicilio endereço endereco morada adresse anschrift adres indirizzo
    nächste nächsten nächster letzte letzten letzter gevallen gevalle afspraak volgende
    vorige prossimo prossima scorso scorsa fissata fissato prevista marcou agendada agendado
    programada programado""".split()
)


@functools.lru_cache(maxsize=1)
def harvested_eponyms() -> frozenset[str]:
    """Words before "disease", "syndrome", "sign"... in the pathway corpus and in CTCAE."""
    pat = re.compile(
        r"\b([A-Z][a-z]+)(?:-[A-Z][a-z]+)?(?:['\u2019]s?)?\s+(?:disease|syndrome|sign|palsy|"
        r"phenomenon|maneuver|manoeuvre)\b"
    )
    texts = [p.read_text("utf-8") for p in sorted(_CORPUS.glob("*.md"))]
    if _CTCAE.exists():
        with _CTCAE.open(encoding="utf-8", newline="") as fh:
            texts.extend(f"{r['ctcae_term']} {r['definition']}" for r in csv.DictReader(fh))
    found = {m.group(1).lower() for t in texts for m in pat.finditer(t)}
    # sentence words and adjectives ("The", "Spinal") are not eponyms: keep unknown words only
    return frozenset(w for w in found if w not in _COMMON)


_COMMON = frozenset(
    """the this these an a general battle hunt lymph corneal anal colonic duodenal esophageal
    gastric ileal jejunal periodontal rectal laboratory ankle hip spinal stomal wrist
    myelodysplastic tendon nephrotic fallopian other""".split()
)
_WEEKDAYS_PLURAL = frozenset(
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends".split()
)
# an article right before a listed eponym makes it a thing, not a person ("the Foley")...
_DEVICE_ARTICLE = re.compile(r"(?i:\b(?:the|a|an|my|this|that|her|his|your)\s+)$")
# ...unless a capitalised word follows, a surname going on ("the Foley Smith family")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|named|called)\.?\s+)$")


def _is_eponym(word: str) -> bool:
    low = _unaccented(word.lower())
    return low in _EPONYMS or low in harvested_eponyms()


def _unaccented(word: str) -> str:
    """ "barré" -> "barre": the lists are written without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# the other half of a hyphenated eponym, after or before the word ("Osgood-Schlatter")
_HYPHEN_AFTER = re.compile(r"-([^\W\d_]+)")
_HYPHEN_BEFORE = re.compile(r"([^\W\d_]+)-$")


def clinical(text: str, start: int, end: int, known: Callable[[str], bool]) -> bool:
    """Whether the word at [start, end) names a medicine or an eponymous disease, sign or test."""
    word = text[start:end]
    if not word[:1].isupper() and not word[:1].isalpha():
        return False
    before = text[max(0, start - 12) : start]
    if _TITLE_BEFORE.search(before) or any(
        w.lower() in phi_tagger.RELATION_WORDS or w.lower() in KIN_WORDS
        for w in re.findall(r"[^\W\d_]+", before)[-1:]
    ):
        return False  # "Dr. Foley", "my son Bennett": a person after a title or a relation
    low = word.lower()
    if low in _DRUG_BRANDS or low in _WEEKDAYS_PLURAL:
        return True
    if "-" in low and all(_is_eponym(part) for part in low.split("-")):
        return True  # "Osgood-Schlatter", "Guillain-Barre"
    half = _HYPHEN_AFTER.match(text, end) or _HYPHEN_BEFORE.search(text[max(0, start - 20) : start])
    if half and _is_eponym(word) and _is_eponym(half.group(1)):
        return True  # one half of it, where a guesser split the pair at the hyphen
    after = text[end : end + 24]
    if _is_eponym(word) and _DEVICE_ARTICLE.search(before) and not _NEXT_CAPITAL.match(after):
        return True  # "the Foley was removed", "a Holter and an echo", "is the Heimlich safe"
    if _is_eponym(word) and (
        _HEAD.match(after)
        # "Hashimoto's last year": a possessive alone, unless the word is also a person's name
        or (_POSS.match(after) and not redact_extra.is_census_name(word))
    ):
        return True
    # an unlisted capitalised word before "disease", "syndrome", "maneuver": "Kikuchi disease";
    # an ordinary word there is English ("Lyme" is listed, "heart disease" is lower case)
    return word[:1].isupper() and bool(_STRONG_HEAD.match(after)) and not known(word)


def kin(word: str, label: str, more_after: bool, german: bool) -> bool:
    """A kinship word, not a name: lower case ("my kuya Ben"), or capitalised with more of the
    name after it and not a given name itself ("Kuya Ben"; "Lola Reyes" stays), or any German
    noun ("meine Schwiegermutter"). A lone "Tito" may be what the family calls him."""
    low = word.lower()
    if low not in KIN_WORDS and not (label == "NAME" and low in phi_tagger.RELATION_WORDS):
        return False  # "Dr" closes "Riverside Dr": titles count only inside a NAME
    if word.islower():
        return True
    return (more_after or german) and not redact_extra.is_census_name(word)


def foreign_edge(word: str, label: str, foreign_text: bool, abbreviated: bool) -> bool:
    """A lower-case foreign word at the edge of a span ("dirección", "es", "dernière")."""
    if not word.islower() or abbreviated:
        return False  # "al. Jerozolimskie": an abbreviated street word, not Spanish "al"
    if word in _FOREIGN_EDGE:
        return True
    if word not in redact_extra.FOREIGN_WORDS:
        return False
    # "ella", "ana" are names too: inside an English message only dates and places lose them
    return label in ("DATE", "ADDRESS") or foreign_text
