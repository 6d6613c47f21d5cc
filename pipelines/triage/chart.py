"""Chart slice: the part of a FHIR R4 Bundle the triage decision may see.

Keeps the Patient, the most recent Encounter and its recent Observations, and pregnancy / obstetric
context; computes age at the encounter date (never against today, so results are reproducible).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from harness.errors import InputError
from pipelines.triage import redact_extra

# SNOMED CT codes for pregnancy states and obstetric care; text matching backs them up because
# charts from other EHRs often carry only a display string.
_PREGNANCY_CODES = frozenset({"72892002", "77386006", "47200007", "314204000"})
_OB_ENCOUNTER_CODES = frozenset({"424441002", "424619006", "169762003", "386216000"})
_OB_WORDS = (
    "prenatal",
    "pre-natal",
    "antenatal",
    "ante-natal",
    "antepartum",
    "obstetric",
    "midwife",
    "midwifery",
    "gestation",
    "maternity",
    "perinatal",
    "maternal fetal",
    "maternal-fetal",
)
_PREGNANCY_WORDS = ("pregnan", "gravid")
# ICD-10-CM, as charts from other EHRs code it: Z33.1 pregnant state, Z34 supervision of a normal
# pregnancy, Z3A weeks of gestation, O09 supervision of a high-risk one, O20-O23, O25-O26 and
# O30-O48 conditions of a pregnancy under way. Not O00-O08 (a pregnancy that ended early), not
# O10-O16 nor O24 (their subcodes cover childbirth and the puerperium too), not O60 on (labour,
# delivery, the puerperium); a display naming the puerperium or childbirth never counts.
_ICD_PREGNANCY = re.compile(r"(?i)^(?:Z33\.?1|Z34|Z3A|O09|O2[0-35-9]|O[34]\d)")
_AFTER_BIRTH_WORDS = ("puerper", "postpartum", "post-partum", "childbirth", "delivered")
# hCG, qualitative (urine, serum) or quantitative: positive, or at least 25 mIU/mL
_HCG_LOINC = frozenset({"2106-3", "2118-8", "2110-5", "19080-1", "21198-7", "2119-6"})
_HCG_POSITIVE_IU = 25.0
# an estimated delivery date still to come records a pregnancy under way
_EDD_LOINC = frozenset({"11778-8", "11779-6", "11780-4", "53692-0"})
_GESTATIONAL_AGE_LOINC = frozenset({"11884-4", "11885-1", "18185-9", "49051-6"})
# "Pregnancy status" observations: a screening answer, not obstetric care; "Pregnant" records a
# pregnancy the way a condition does, "Not pregnant" does not.
_PREGNANCY_STATUS_LOINC = frozenset({"82810-3", "11449-6"})
_OBS_WINDOW_DAYS = 365
_OB_WINDOW_DAYS = 300
# Encounters that did not (or not yet) happen: never the message encounter, never OB context.
_NOT_HAPPENED = frozenset({"planned", "cancelled", "entered-in-error", "unknown"})
_MAX_OBSERVATIONS = 24


@dataclass(frozen=True)
class Observation:
    code: str
    display: str
    value: float | str | None
    unit: str
    date: dt.date | None


@dataclass(frozen=True)
class ChartSlice:
    """Chart facts used by the decision and the policy. Holds no names or identifiers."""

    sex: str
    birth_date: dt.date | None
    encounter_date: dt.date | None
    """Start of the most recent encounter: the 'as of' date of the message."""
    age_days: int | None
    encounter_type: str
    observations: tuple[Observation, ...]
    conditions: tuple[str, ...]
    medications: tuple[str, ...]
    """Active MedicationRequest / MedicationStatement names (e.g. a checkpoint inhibitor)."""
    pregnancy_recorded: bool
    """An active pregnancy condition (or a gestational-age observation) is on the chart."""
    ob_context: bool
    """Obstetric care is documented: a prenatal encounter, an OB condition or gestational age."""

    @property
    def age_years(self) -> float | None:
        return None if self.age_days is None else self.age_days / 365.25

    def age_in_months(self) -> int | None:
        """Whole months of age at the encounter date (calendar months, as a clinician counts)."""
        if self.birth_date is None or self.encounter_date is None:
            return None
        b, e = self.birth_date, self.encounter_date
        months = (e.year - b.year) * 12 + (e.month - b.month)
        if e.day < b.day:
            months -= 1
        return months

    def fields_used(self) -> dict[str, Any]:
        """The chart facts as a JSON-able dict for traces. Call it on a redacted chart
        (`redact.redact_chart`): conditions, medications and the encounter type are free text."""
        return {
            "sex": self.sex,
            "age_months": self.age_in_months(),
            "encounter_type": self.encounter_type,
            "n_observations": len(self.observations),
            "conditions": list(self.conditions),
            "medications": list(self.medications),
            "pregnancy_recorded": self.pregnancy_recorded,
            "ob_context": self.ob_context,
        }


@dataclass(frozen=True)
class PatientIdentifiers:
    """What the chart itself says identifies the patient: the names of the patient and of their
    contacts, phone numbers, address lines, town and postcode, and record identifiers (MRN, SSN,
    licence...).

    Kept apart from `ChartSlice`, which holds none of them, and used only to redact
    (`redact.known_spans`): a message or a chart note that spells the patient's own name ("hi its
    jenny") is redacted even where no recognizer would read it as a name. Never traced, cached,
    sent, or given to a decider.
    """

    names: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    """The last ten digits, without an extension."""
    places: tuple[str, ...] = ()
    ids: tuple[tuple[str, str], ...] = ()
    """(label, value): MRN, SSN or ID."""

    def __repr__(self) -> str:  # a log line or a failed assertion must not print them
        return (
            f"PatientIdentifiers({len(self.names)} names, {len(self.phones)} phones, "
            f"{len(self.places)} places, {len(self.ids)} ids)"
        )


_ID_LABELS = {"MR": "MRN", "SS": "SSN"}
# what follows the street in an address line: "906 Hammes Glen Apt 76"
_UNIT_IN_LINE = re.compile(
    r"(?i)[\s,]+(?:apt|apartment|unit|suite|ste|flat|room|rm|#)\b.*$|\s*#.*$"
)


def _as_list(value: object) -> list[Any]:
    """A FHIR repeating field, also when it was sent as a single value; [] when absent."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _strings(value: object) -> list[str]:
    """A FHIR string field as sent, or as it is mis-sent: a list where one string was due, a
    number where a string was due."""
    return [
        unicodedata.normalize("NFC", str(v)).strip()
        for v in _as_list(value)
        if isinstance(v, str | int | float) and not isinstance(v, bool) and str(v).strip()
    ]


def _name_parts(name: object) -> list[str]:
    """A HumanName's given names, family name and text, whole and word by word, without the
    digits Synthea appends ("Darin123")."""
    if isinstance(name, str):
        name = {"text": name}
    if not isinstance(name, Mapping):
        return []
    out: list[str] = []
    for field_value in (name.get("family"), name.get("text"), name.get("given")):
        for value in _strings(field_value):
            value = re.sub(r"(?<=[^\W\d_])\d+\b", "", value).strip()
            words = [w for w in re.split(r"[\s,\-\u2010\u2011]+", value) if w.strip(".")]
            if len(words) == 1 and len(value) > 1:
                out.append(value)  # a whole field, particle or not
                continue
            out += [value] if words else []
            out += [
                w
                for w in words
                if len(w) > 1 and w.lower().strip(".") not in redact_extra.NAME_PARTICLES
            ]
    return out


def _address_parts(address: object) -> list[str]:
    """Lines (also without their flat number, and the street without its house number), town and
    postcode; the state and the country alone are not PHI (goldsets/README.md), the town is."""
    if not isinstance(address, Mapping):
        return _strings(address)
    out: list[str] = []
    for line in _strings(address.get("line")) + _strings(address.get("text")):
        street = _UNIT_IN_LINE.sub("", line).strip()
        out += [line, street]
        bare = re.sub(r"^\d+[A-Za-z]?\s+", "", street)
        if len(bare.split()) >= 2:
            out.append(bare)
    out += _strings(address.get("city")) + _strings(address.get("postalCode"))
    return [p for p in out if len(p) > 1]


def patient_identifiers(bundle: Mapping[str, Any]) -> PatientIdentifiers:
    """The identifiers of the bundle's Patients (and their contacts and RelatedPersons); empty
    when there is none. It reads what it can and skips the rest: `slice_chart` validates."""
    people = _resources(bundle, "Patient") + _resources(bundle, "RelatedPerson")
    for patient in _resources(bundle, "Patient"):
        people += [c for c in _as_list(patient.get("contact")) if isinstance(c, Mapping)]
    names: list[str] = []
    phones: list[str] = []
    places: list[str] = []
    ids: list[tuple[str, str]] = []
    for person in people:
        for name in _as_list(person.get("name")):
            names += _name_parts(name)
        for point in _as_list(person.get("telecom")):
            for value in _strings(point.get("value") if isinstance(point, Mapping) else None):
                digits = re.sub(r"\D", "", re.split(r"(?i)\s*(?:ext\.?|x|#)\s*\d", value)[0])
                if "@" not in value and len(digits) >= 7:
                    phones.append(digits[-10:])
        for address in _as_list(person.get("address")):
            places += _address_parts(address)
        for ident in _as_list(person.get("identifier")):
            if not isinstance(ident, Mapping):
                continue
            codes = {c.upper() for c in _codes(ident.get("type"))}
            label = next((_ID_LABELS[c] for c in sorted(codes) if c in _ID_LABELS), "ID")
            ids += [(label, v) for v in _strings(ident.get("value")) if len(v) >= 5]
    return PatientIdentifiers(
        names=tuple(dict.fromkeys(names)),
        phones=tuple(dict.fromkeys(phones)),
        places=tuple(dict.fromkeys(places)),
        ids=tuple(dict.fromkeys(ids)),
    )


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _birth_date(value: object) -> dt.date | None:
    """A FHIR `date` may be a year or a year and month: take the last day it allows.

    That is the youngest the patient can be, the safe reading for the under-3 refusal; the age
    features move by at most the span left open.
    """
    if not isinstance(value, str):
        return None
    full = _date(value)
    if full is not None:
        return full
    try:
        if len(value) == 7 and value[4] == "-":
            year, month = int(value[:4]), int(value[5:7])
            if not 1 <= month <= 12:
                return None
            first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
            return first_of_next - dt.timedelta(days=1)
        if len(value) == 4:
            return dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _start(encounter: Mapping[str, Any]) -> dt.date | None:
    period = encounter.get("period")
    return _date(period.get("start")) if isinstance(period, Mapping) else None


# Where a resource records when it happened, for charts whose encounters carry no start date.
_WHEN_FIELDS = {
    "Encounter": ("period.end",),
    "Observation": ("effectiveDateTime", "effectivePeriod.start", "issued"),
    "Condition": ("recordedDate", "onsetDateTime"),
    "MedicationRequest": ("authoredOn",),
    "Procedure": ("performedDateTime", "performedPeriod.start"),
}


def _latest_recorded(bundle: Mapping[str, Any]) -> dt.date | None:
    """The latest date the chart records anything on, else the Bundle's own timestamp.

    Stands in for the message date when no encounter has a start, so age is still known and the
    under-3 rule can still fire; a chart with no dates at all leaves it unknown.
    """
    days: list[dt.date] = []
    for kind, fields in _WHEN_FIELDS.items():
        for res in _resources(bundle, kind):
            if str(res.get("status") or "").lower() in _NOT_HAPPENED:
                continue
            for f in fields:
                head, _, tail = f.partition(".")
                value = res.get(head)
                if tail:
                    value = value.get(tail) if isinstance(value, Mapping) else None
                day = _date(value)
                if day is not None:
                    days.append(day)
                    break
    if days:
        return max(days)
    return _date(bundle.get("timestamp"))


def _codings(concept: object) -> list[Mapping[str, Any]]:
    if isinstance(concept, Mapping):
        codings = concept.get("coding")
        return [c for c in codings if isinstance(c, Mapping)] if isinstance(codings, list) else []
    return []


def _display(concept: object) -> str:
    if isinstance(concept, Mapping):
        if isinstance(concept.get("text"), str):
            return str(concept["text"])
        for c in _codings(concept):
            if isinstance(c.get("display"), str):
                return str(c["display"])
    return ""


def _codes(concept: object) -> set[str]:
    return {str(c.get("code")) for c in _codings(concept) if c.get("code") is not None}


def _pregnancy_coded(concept: object) -> bool:
    """A SNOMED pregnancy state or an ICD-10-CM code of a pregnancy under way."""
    codes = _codes(concept)
    if codes & _PREGNANCY_CODES:
        return True
    after_birth = any(w in _display(concept).lower() for w in _AFTER_BIRTH_WORDS)
    return not after_birth and any(_ICD_PREGNANCY.match(c) for c in codes)


def _resources(bundle: Mapping[str, Any], kind: str) -> list[Mapping[str, Any]]:
    out = []
    for entry in bundle.get("entry") or []:
        res = entry.get("resource") if isinstance(entry, Mapping) else None
        if isinstance(res, Mapping) and res.get("resourceType") == kind:
            out.append(res)
    return out


def _is_active(condition: Mapping[str, Any], as_of: dt.date | None) -> bool:
    status = _codes(condition.get("clinicalStatus"))
    if status & {"resolved", "inactive", "remission"}:
        return False
    if _codes(condition.get("verificationStatus")) & {"refuted", "entered-in-error"}:
        return False
    abated = _date(condition.get("abatementDateTime"))
    return not (abated is not None and (as_of is None or abated <= as_of))


def _observation(res: Mapping[str, Any]) -> Observation:
    value: float | str | None = None
    unit = ""
    if isinstance(res.get("valueQuantity"), Mapping):
        q = res["valueQuantity"]
        raw = q.get("value")
        value = float(raw) if isinstance(raw, int | float) else None
        unit = str(q.get("unit") or q.get("code") or "")
    elif isinstance(res.get("valueCodeableConcept"), Mapping):
        value = _display(res["valueCodeableConcept"])
    elif isinstance(res.get("valueString"), str):
        value = res["valueString"]
    elif isinstance(res.get("valueDateTime"), str):
        value = res["valueDateTime"]
    code = next(iter(sorted(_codes(res.get("code")))), "")
    return Observation(
        code=code,
        display=_display(res.get("code")),
        value=value,
        unit=unit,
        date=_date(res.get("effectiveDateTime") or res.get("issued")),
    )


def _observations(
    resources: Iterable[Mapping[str, Any]], as_of: dt.date | None
) -> list[Observation]:
    """Every observation in the year before `as_of`, newest first."""
    obs = [_observation(r) for r in resources]
    if as_of is not None:
        lo = as_of - dt.timedelta(days=_OBS_WINDOW_DAYS)
        obs = [o for o in obs if o.date is None or lo <= o.date <= as_of]
    obs.sort(key=lambda o: (o.date or dt.date.min, o.code), reverse=True)
    return obs


def _hcg_positive(o: Observation) -> bool:
    if o.code not in _HCG_LOINC:
        return False
    if isinstance(o.value, float):
        return o.value >= _HCG_POSITIVE_IU
    return isinstance(o.value, str) and bool(
        re.search(r"(?i)\b(?:positive|detected|reactive)\b", o.value)
        and not re.search(
            r"(?i)\b(?:not|non|un)[- ]?(?:detected|reactive|positive)\b|negative", o.value
        )
    )


def _edd_ahead(o: Observation, when: dt.date | None) -> bool:
    """A due date within a pregnancy's length after the message date."""
    due = _date(o.value) if o.code in _EDD_LOINC else None
    return due is not None and when is not None and when < due <= when + dt.timedelta(days=300)


def slice_chart(bundle: Mapping[str, Any], *, as_of: dt.date | None = None) -> ChartSlice:
    """Read a FHIR R4 Bundle into a `ChartSlice`.

    `as_of` defaults to the most recent Encounter's start; age is computed at that date.
    Raises `InputError` when the bundle has no Patient.
    """
    if bundle.get("resourceType") != "Bundle":
        raise InputError("chart: expected a FHIR R4 Bundle (resourceType 'Bundle')")
    patients = _resources(bundle, "Patient")
    if not patients:
        raise InputError("chart: the Bundle has no Patient resource; add one with birthDate")
    patient = patients[0]
    birth = _birth_date(patient.get("birthDate"))
    sex = str(patient.get("gender") or "unknown")

    encounters = sorted(
        (
            e
            for e in _resources(bundle, "Encounter")
            if str(e.get("status") or "").lower() not in _NOT_HAPPENED
            and (as_of is None or (_start(e) or dt.date.min) <= as_of)
        ),
        key=lambda e: str((e.get("period") or {}).get("start") or ""),
    )
    latest = encounters[-1] if encounters else None
    enc_date = _start(latest) if latest else None
    when = as_of or enc_date or _latest_recorded(bundle)
    enc_type = ""
    if latest is not None:
        types = latest.get("type")
        enc_type = _display(types[0]) if isinstance(types, list) and types else ""

    conditions = [c for c in _resources(bundle, "Condition") if _is_active(c, when)]
    onset_ok = [
        c
        for c in conditions
        if when is None or (_date(c.get("onsetDateTime")) or dt.date.min) <= when
    ]
    names = tuple(sorted({_display(c.get("code")) for c in onset_ok if _display(c.get("code"))}))
    # (the slice shows the newest few; the pregnancy rules read them all, so a gestational age
    # behind two dozen vitals still counts)
    every_observation = _observations(_resources(bundle, "Observation"), when)
    observations = every_observation[:_MAX_OBSERVATIONS]

    def mentions(text: str, words: tuple[str, ...]) -> bool:
        low = text.lower()
        return any(w in low for w in words)

    # Obstetric context: prenatal care during the current pregnancy, i.e. in the 300 days
    # BEFORE the message; a visit years ago or one only planned for later does not count.
    recent = when - dt.timedelta(days=_OB_WINDOW_DAYS) if when else None

    def in_ob_window(day: dt.date | None) -> bool:
        if when is None or recent is None:
            return True
        return day is not None and recent <= day <= when

    gestational = any(
        o.code in _GESTATIONAL_AGE_LOINC and (o.date is None or in_ob_window(o.date))
        for o in every_observation
    )
    status_pregnant = any(
        o.code in _PREGNANCY_STATUS_LOINC
        and isinstance(o.value, str)
        and "pregnant" in o.value.lower()
        and not re.search(r"\b(?:not|non)[- ]?pregnant\b", o.value.lower())
        and (o.date is None or in_ob_window(o.date))
        for o in every_observation
    )
    # a positive hCG in the window, or a due date still to come: a pregnancy on the chart,
    # though not obstetric care (hCG is a tumour marker too: a male chart's hCG is no pregnancy)
    lab_pregnant = any(
        (sex != "male" and _hcg_positive(o) and (o.date is None or in_ob_window(o.date)))
        or _edd_ahead(o, when)
        for o in every_observation
    )
    pregnancy = (
        gestational
        or status_pregnant
        or lab_pregnant
        or any(
            _pregnancy_coded(c.get("code")) or mentions(_display(c.get("code")), _PREGNANCY_WORDS)
            for c in onset_ok
        )
    )

    def care_concepts(encounter: Mapping[str, Any]) -> list[object]:
        # What the visit was: its type, the service that held it, and the reason it was for
        # (a visit held for the pregnancy is care of the pregnancy, whatever it was called).
        reasons = encounter.get("reasonCode")
        return [
            *(encounter.get("type") or []),
            encounter.get("serviceType"),
            *(reasons if isinstance(reasons, list) else []),
        ]

    ob_encounter = any(
        _codes(t) & _OB_ENCOUNTER_CODES
        or _pregnancy_coded(t)
        or mentions(_display(t), _OB_WORDS + _PREGNANCY_WORDS)
        for e in encounters
        if in_ob_window(_start(e))
        for t in care_concepts(e)
    )
    ob_condition = any(mentions(n, _OB_WORDS) for n in names)
    age_days = (when - birth).days if (when and birth) else None
    meds = []
    for kind in ("MedicationRequest", "MedicationStatement"):
        for m in _resources(bundle, kind):
            if str(m.get("status") or "active") not in ("active", "on-hold", "intended"):
                continue
            name = _display(m.get("medicationCodeableConcept"))
            if name:
                meds.append(name)
    return ChartSlice(
        sex=sex,
        birth_date=birth,
        encounter_date=when,
        age_days=age_days,
        encounter_type=enc_type,
        observations=tuple(observations),
        conditions=names,
        medications=tuple(sorted(set(meds))),
        pregnancy_recorded=bool(pregnancy),
        ob_context=bool(ob_encounter or ob_condition or gestational),
    )
