"""Build train_messages.jsonl and calibration_messages.jsonl for the triage decision model.

Every message below was written by hand for this project (fictional patients, fictional PHI).
Each record is a header line and the message text:

    @T <pathway_id> | <band 1-5> | <chart spec> | <flags>
    <message, one or more lines>

`@T` goes to the training file, `@C` to the calibration file. Flags: `cd` = chart decides (the
message sounds mild, a chart detail makes clearing unsafe), `as` = alarming-sounding but truly
self-care. The chart spec is compact and expanded here into a FHIR R4 Bundle:

    F34 / M7 / F3y2m     sex and age in years (optionally + months) at the message date
    F@1961-03-14         sex and exact birth date (when the message quotes a DOB)
    T38.4 HR112 RR24 O2 91 BP150/95 G310 W82 PEF210 INR4.8 HB8.9 K5.9 NA127 ANC0.4 TSH12
    ALT240 BILI3.1 A1C9.4 CR1.9 KET3.4 CORT2.1 PAIN7   same-day readings (home device, nurse
                                                      line or clinic lab)
    c:<key>[@days]       active Condition (onset years ago, or N days ago with @N)
    m:<key>              active MedicationRequest
    preg:<weeks>         pregnancy with a recent prenatal visit and gestational age (OB context)
    pp:<days>            postpartum N days (resolved pregnancy, prenatal visits on the chart)

Run:  /work/venv/bin/python pipelines/triage/data/build_messages.py   (deterministic)
It validates every line (JSON, label consistency, pathway ids, Patient/Encounter/Observation,
no policy refusal, no near duplicates) and prints the label distribution.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

Built = dict[str, list[tuple[dict[str, Any], set[str]]]]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = HERE.parent / "corpus"
TRAIN_OUT = HERE / "train_messages.jsonl"
CALIB_OUT = HERE / "calibration_messages.jsonl"

BANDS = {1: "1-self-care", 2: "2-routine", 3: "3-same-day", 4: "4-urgent", 5: "5-stat"}
ROUTING = {1: "clear", 2: "queue", 3: "queue", 4: "escalate", 5: "escalate"}
ROUTING_OF_BAND = {BANDS[k]: v for k, v in ROUTING.items()}

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"

# key -> (SNOMED code or None, display)
CONDITIONS: dict[str, tuple[str | None, str]] = {
    "dm2": ("44054006", "Diabetes mellitus type 2"),
    "dm1": ("46635009", "Diabetes mellitus type 1"),
    "dmneuro": ("230572002", "Diabetic peripheral neuropathy"),
    "hf": ("84114007", "Heart failure"),
    "af": ("49436004", "Atrial fibrillation"),
    "cad": ("53741008", "Coronary arteriosclerosis"),
    "htn": ("38341003", "Hypertensive disorder"),
    "asthma": ("195967001", "Asthma"),
    "copd": ("13645005", "Chronic obstructive lung disease"),
    "ckd": ("709044004", "Chronic kidney disease"),
    "nsclc": ("254637007", "Non-small cell lung cancer"),
    "melanoma": ("372244006", "Malignant melanoma"),
    "breastca": ("254837009", "Malignant neoplasm of breast"),
    "colonca": ("363406005", "Malignant neoplasm of colon"),
    "lymphoma": ("118600007", "Malignant lymphoma"),
    "rcc": ("702391001", "Renal cell carcinoma"),
    "bladderca": (None, "Urothelial carcinoma of bladder"),
    "hnca": (None, "Squamous cell carcinoma of head and neck"),
    "ovarianca": (None, "Malignant neoplasm of ovary"),
    "hypothyroid": ("40930008", "Hypothyroidism"),
    "hyperthyroid": ("34486009", "Hyperthyroidism"),
    "stroke": ("230690007", "Cerebrovascular accident"),
    "dvt": ("128053003", "Deep venous thrombosis"),
    "pe": ("59282003", "Pulmonary embolism"),
    "gout": ("90560007", "Gout"),
    "oa": ("396275006", "Osteoarthritis"),
    "kneeoa": ("239873007", "Osteoarthritis of knee"),
    "migraine": ("37796009", "Migraine"),
    "depression": ("35489007", "Depressive disorder"),
    "anxiety": ("197480006", "Anxiety disorder"),
    "epilepsy": ("84757009", "Epilepsy"),
    "cirrhosis": ("19943007", "Cirrhosis of liver"),
    "hiv": ("86406008", "Human immunodeficiency virus infection"),
    "ra": ("69896004", "Rheumatoid arthritis"),
    "crohn": ("34000006", "Crohn's disease"),
    "renaltx": ("161665007", "History of renal transplant"),
    "mechvalve": (None, "Mechanical aortic valve replacement"),
    "neutropenia": ("165517008", "Neutropenia"),
    "osa": ("78275009", "Obstructive sleep apnea syndrome"),
    "peanut": ("91935009", "Allergy to peanuts"),
    "beesting": (None, "Allergy to bee venom"),
    "dementia": ("52448006", "Dementia"),
    "parkinson": ("49049000", "Parkinson's disease"),
    "sickle": ("417357006", "Sickle cell disease"),
    "pad": ("399957001", "Peripheral arterial disease"),
    "bph": ("266569009", "Benign prostatic hyperplasia"),
    "stone": ("95570007", "Kidney stone"),
    "obesity": ("414916001", "Obesity"),
    "lipids": ("55822004", "Hyperlipidemia"),
    "asplenia": (None, "Asplenia, status post splenectomy"),
    "eczema": ("43116000", "Eczema"),
    "hayfever": ("21719001", "Allergic rhinitis due to pollen"),
    "gerd": ("235595009", "Gastroesophageal reflux disease"),
    "bipolar": ("13746004", "Bipolar disorder"),
    "scd_fam": (None, "Family history of sudden cardiac death"),
    "hcm": ("233873004", "Hypertrophic cardiomyopathy"),
    "addison": ("363732003", "Addison's disease"),
    "smoker": ("77176002", "Smoker"),
    "postop_chole": (None, "Status post laparoscopic cholecystectomy"),
    "postop_appy": (None, "Status post laparoscopic appendectomy"),
    "postop_knee": (None, "Status post total knee replacement"),
    "postop_hernia": (None, "Status post inguinal hernia repair"),
    "postop_csection": (None, "Status post cesarean section"),
    "postop_hip": (None, "Status post total hip replacement"),
    "postop_mastectomy": (None, "Status post lumpectomy and sentinel node biopsy"),
    "postop_skin": (None, "Status post excision of skin lesion"),
    "hypophysitis": (None, "Hypophysitis due to immune checkpoint inhibitor"),
    "ici_thyroiditis": (None, "Thyroiditis due to immune checkpoint inhibitor"),
    "postpartum": ("86569001", "Postpartum state"),
    "rh_neg": (None, "Rh negative blood type"),
    "htn_preg": (None, "Gestational hypertension"),
}

MEDS: dict[str, str] = {
    "pembro": "pembrolizumab 200 mg IV every 3 weeks",
    "pembro400": "pembrolizumab 400 mg IV every 6 weeks",
    "nivo": "nivolumab 480 mg IV every 4 weeks",
    "ipinivo": "ipilimumab 1 mg/kg + nivolumab 3 mg/kg IV every 3 weeks",
    "atezo": "atezolizumab 1200 mg IV every 3 weeks",
    "durva": "durvalumab 1500 mg IV every 4 weeks",
    "cemipl": "cemiplimab 350 mg IV every 3 weeks",
    "dostar": "dostarlimab 500 mg IV every 3 weeks",
    "carbotaxol": "carboplatin AUC 5 + paclitaxel 175 mg/m2 IV every 3 weeks",
    "carbopem": "carboplatin + pemetrexed IV every 3 weeks",
    "folfox": "FOLFOX (oxaliplatin, leucovorin, fluorouracil) every 2 weeks",
    "cape": "capecitabine 1000 mg/m2 twice daily, days 1-14 every 21 days",
    "ac": "doxorubicin + cyclophosphamide (AC) every 2 weeks",
    "docetaxel": "docetaxel 75 mg/m2 IV every 3 weeks",
    "rchop": "R-CHOP (rituximab, cyclophosphamide, doxorubicin, vincristine, prednisone) every 21 days",
    "gemcis": "gemcitabine + cisplatin IV days 1 and 8 every 21 days",
    "warfarin": "warfarin 5 mg tablet daily (dose per INR clinic)",
    "apixaban": "apixaban 5 mg tablet twice daily",
    "rivaroxaban": "rivaroxaban 20 mg tablet daily with evening meal",
    "dabigatran": "dabigatran 150 mg capsule twice daily",
    "enoxaparin": "enoxaparin 40 mg subcutaneous daily",
    "glargine": "insulin glargine 24 units subcutaneous at bedtime",
    "lispro": "insulin lispro per carbohydrate ratio with meals",
    "pump": "insulin aspart via insulin pump",
    "metformin": "metformin 1000 mg tablet twice daily",
    "glipizide": "glipizide 10 mg tablet twice daily",
    "empa": "empagliflozin 10 mg tablet daily",
    "dapa": "dapagliflozin 10 mg tablet daily",
    "lisinopril": "lisinopril 20 mg tablet daily",
    "amlodipine": "amlodipine 10 mg tablet daily",
    "furosemide": "furosemide 40 mg tablet daily",
    "metoprolol": "metoprolol succinate 50 mg tablet daily",
    "carvedilol": "carvedilol 12.5 mg tablet twice daily",
    "sacubitril": "sacubitril/valsartan 49/51 mg tablet twice daily",
    "spironolactone": "spironolactone 25 mg tablet daily",
    "atorvastatin": "atorvastatin 40 mg tablet daily",
    "aspirin": "aspirin 81 mg tablet daily",
    "clopidogrel": "clopidogrel 75 mg tablet daily",
    "nitro": "nitroglycerin 0.4 mg sublingual as needed",
    "levo": "levothyroxine 100 mcg tablet daily",
    "levo50": "levothyroxine 50 mcg tablet daily",
    "methimazole": "methimazole 10 mg tablet daily",
    "hydrocortisone": "hydrocortisone 15 mg morning / 5 mg afternoon",
    "prednisone": "prednisone 10 mg tablet daily",
    "prednisone40": "prednisone 40 mg tablet daily (taper)",
    "methotrexate": "methotrexate 15 mg tablet weekly",
    "adalimumab": "adalimumab 40 mg subcutaneous every 2 weeks",
    "tacrolimus": "tacrolimus 2 mg capsule twice daily",
    "mycophenolate": "mycophenolate mofetil 1000 mg tablet twice daily",
    "sertraline": "sertraline 100 mg tablet daily",
    "fluoxetine": "fluoxetine 20 mg capsule daily",
    "escitalopram": "escitalopram 10 mg tablet daily",
    "venlafaxine": "venlafaxine XR 150 mg capsule daily",
    "bupropion": "bupropion SR 150 mg tablet twice daily",
    "varenicline": "varenicline 1 mg tablet twice daily",
    "nrt": "nicotine patch 21 mg/24 h daily",
    "lithium": "lithium carbonate 300 mg tablet three times daily",
    "quetiapine": "quetiapine 100 mg tablet at bedtime",
    "lamotrigine": "lamotrigine 50 mg tablet daily (titrating)",
    "levetiracetam": "levetiracetam 500 mg tablet twice daily",
    "allopurinol": "allopurinol 100 mg tablet daily (started recently)",
    "colchicine": "colchicine 0.6 mg tablet as directed for gout flares",
    "sumatriptan": "sumatriptan 50 mg tablet as needed for migraine",
    "albuterol": "albuterol HFA 90 mcg 2 puffs every 4-6 hours as needed",
    "budform": "budesonide/formoterol 160/4.5 mcg 2 puffs twice daily",
    "fluticasone": "fluticasone propionate nasal spray 2 sprays daily",
    "tiotropium": "tiotropium 2.5 mcg 2 inhalations daily",
    "epipen": "epinephrine 0.3 mg auto-injector as needed",
    "epipenjr": "epinephrine 0.15 mg auto-injector as needed",
    "oxycodone": "oxycodone 5 mg tablet every 6 hours as needed (post-op, 5 days)",
    "tramadol": "tramadol 50 mg tablet every 6 hours as needed",
    "ondansetron": "ondansetron 8 mg tablet every 8 hours as needed",
    "olanzapine": "olanzapine 5 mg tablet at bedtime days 1-4 of each cycle",
    "cipro": "ciprofloxacin 500 mg tablet twice daily",
    "nitrofurantoin": "nitrofurantoin 100 mg capsule twice daily",
    "amoxicillin": "amoxicillin 500 mg capsule three times daily",
    "augmentin": "amoxicillin/clavulanate 875 mg tablet twice daily",
    "doxy": "doxycycline 100 mg tablet twice daily",
    "cephalexin": "cephalexin 500 mg capsule four times daily",
    "tmpsmx": "trimethoprim/sulfamethoxazole DS tablet twice daily",
    "clinda": "clindamycin 300 mg capsule three times daily",
    "ocp": "levonorgestrel/ethinyl estradiol tablet daily",
    "hrt": "estradiol 1 mg tablet daily",
    "tamsulosin": "tamsulosin 0.4 mg capsule daily",
    "omeprazole": "omeprazole 20 mg capsule daily",
    "ibuprofen": "ibuprofen 400 mg tablet as needed",
    "naproxen": "naproxen 500 mg tablet twice daily",
    "gabapentin": "gabapentin 300 mg capsule three times daily",
    "zolpidem": "zolpidem 5 mg tablet at bedtime as needed",
    "prenatal": "prenatal multivitamin tablet daily",
    "labetalol": "labetalol 200 mg tablet twice daily",
    "hydroxyurea": "hydroxyurea 1000 mg capsule daily",
    "donepezil": "donepezil 10 mg tablet daily",
    "carbidopa": "carbidopa/levodopa 25/100 mg tablet three times daily",
    "oxybutynin": "oxybutynin 5 mg tablet twice daily",
    "ciclosporin_eye": "cyclosporine 0.05% eye drops twice daily",
    "isotretinoin": "isotretinoin 40 mg capsule daily",
    "montelukast": "montelukast 10 mg tablet daily",
    "cetirizine": "cetirizine 10 mg tablet daily",
    "semaglutide": "semaglutide 1 mg subcutaneous weekly",
    "arv": "bictegravir/emtricitabine/tenofovir alafenamide tablet daily",
    "trastuzumab": "trastuzumab IV every 3 weeks",
    "letrozole": "letrozole 2.5 mg tablet daily",
}

# token prefix -> (LOINC, display, unit)
OBS: dict[str, tuple[str, str, str]] = {
    "T": ("8310-5", "Body temperature", "Cel"),
    "HR": ("8867-4", "Heart rate", "/min"),
    "RR": ("9279-1", "Respiratory rate", "/min"),
    "O2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
    "G": ("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL"),
    "W": ("29463-7", "Body weight", "kg"),
    "PEF": (
        "19935-6",
        "Maximum expiratory gas flow Respiratory system airway by Peak flow meter",
        "L/min",
    ),
    "INR": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}"),
    "HB": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL"),
    "K": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "NA": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "ANC": ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "10*3/uL"),
    "TSH": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L"),
    "ALT": (
        "1742-6",
        "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
        "U/L",
    ),
    "BILI": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL"),
    "A1C": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%"),
    "CR": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL"),
    "KET": ("53060-9", "3-Hydroxybutyrate [Moles/volume] in Blood", "mmol/L"),
    "CORT": ("2143-6", "Cortisol [Mass/volume] in Serum or Plasma", "ug/dL"),
    "PAIN": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "{score}"),
}
LAB_KEYS = {"INR", "HB", "K", "NA", "ANC", "TSH", "ALT", "BILI", "A1C", "CR", "KET", "CORT"}
_OBS_RE = re.compile(
    r"^(PEF|INR|HB|K|NA|ANC|TSH|ALT|BILI|A1C|CR|KET|CORT|PAIN|HR|RR|O2|T|G|W)(\d+(?:\.\d+)?)$"
)
_AGE_RE = re.compile(r"^([FMO])(\d{1,3})(?:y(\d{1,2})m)?$")
_DOB_RE = re.compile(r"^([FMO])@(\d{4}-\d{2}-\d{2})$")
SEX = {"F": "female", "M": "male", "O": "other"}

BLOCKS: list[str] = []


def pathway_acuity() -> dict[str, str]:
    out = {}
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---"):
            continue
        front = text.split("---", 2)[1]
        pid = re.search(r"^pathway_id:\s*(\S+)", front, re.M)
        acu = re.search(r"^acuity:\s*(\S+)", front, re.M)
        if pid and acu:
            out[pid.group(1)] = acu.group(1)
    return out


def parse_blocks() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for block in BLOCKS:
        current: dict[str, Any] | None = None
        for line in block.strip("\n").splitlines():
            if line.startswith("@T ") or line.startswith("@C "):
                if current:
                    records.append(current)
                parts = [p.strip() for p in line[3:].split("|")]
                while len(parts) < 4:
                    parts.append("")
                current = {
                    "file": "train" if line[1] == "T" else "calib",
                    "pathway_id": parts[0],
                    "band": int(parts[1]),
                    "spec": parts[2],
                    "flags": set(parts[3].split()),
                    "lines": [],
                }
            elif current is not None:
                current["lines"].append(line)
            elif line.strip():
                raise ValueError(f"text outside a record: {line!r}")
        if current:
            records.append(current)
    for r in records:
        r["message"] = "\n".join(r.pop("lines")).strip()
        if not r["message"]:
            raise ValueError(f"empty message for {r['pathway_id']}")
    return records


def _iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _birth_for_age(enc: dt.date, years: int, months: int | None, rng: random.Random) -> dt.date:
    if months is None:
        extra_days = rng.randint(15, 340)
        anchor = (
            enc.replace(year=enc.year - years)
            if not (enc.month == 2 and enc.day == 29)
            else enc.replace(year=enc.year - years, day=28)
        )
        return anchor - dt.timedelta(days=extra_days)
    total = years * 12 + months
    y, m = divmod((enc.year * 12 + enc.month - 1) - total, 12)
    day = min(enc.day, 28)
    birth = dt.date(y, m + 1, day) - dt.timedelta(days=rng.randint(0, 12))
    return birth


def _obs(rid: str, pid: str, key: str, value: float, when: dt.datetime, category: str) -> dict:
    code, display, unit = OBS[key]
    return {
        "resourceType": "Observation",
        "id": rid,
        "status": "final",
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": category,
                    }
                ]
            }
        ],
        "code": {"coding": [{"system": LOINC, "code": code, "display": display}]},
        "subject": {"reference": f"Patient/{pid}"},
        "effectiveDateTime": _iso(when),
        "valueQuantity": {
            "value": value,
            "unit": unit,
            "system": "http://unitsofmeasure.org",
            "code": unit,
        },
    }


def build_chart(spec: str, rng: random.Random) -> dict:
    tokens = re.sub(r"\bO2 (\d)", r"O2\1", spec).split()
    if not tokens:
        raise ValueError("empty chart spec")
    enc_day = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 295))
    enc_time = dt.datetime(
        enc_day.year,
        enc_day.month,
        enc_day.day,
        rng.randint(0, 23),
        rng.choice([0, 7, 12, 18, 24, 31, 36, 42, 47, 53]),
        rng.randint(0, 59),
    )
    first = tokens.pop(0)
    if m := _DOB_RE.match(first):
        sex, birth = SEX[m.group(1)], dt.date.fromisoformat(m.group(2))
    elif m := _AGE_RE.match(first):
        sex = SEX[m.group(1)]
        birth = _birth_for_age(
            enc_day, int(m.group(2)), int(m.group(3)) if m.group(3) else None, rng
        )
    else:
        raise ValueError(f"bad sex/age token {first!r} in {spec!r}")
    age_years = (enc_day - birth).days / 365.25
    pid = f"pt-{rng.getrandbits(40):010x}"
    entries: list[dict] = [
        {"resourceType": "Patient", "id": pid, "gender": sex, "birthDate": birth.isoformat()}
    ]
    nid = iter(range(1, 1000))

    def rid(kind: str) -> str:
        return f"{kind}-{pid[3:9]}-{next(nid)}"

    readings: dict[str, float] = {}
    conds: list[tuple[str, int | None]] = []
    meds: list[str] = []
    preg_weeks: int | None = None
    pp_days: int | None = None
    for tok in tokens:
        if tok.startswith("c:"):
            key, _, days_s = tok[2:].partition("@")
            if key not in CONDITIONS:
                raise ValueError(f"unknown condition {key!r}")
            conds.append((key, int(days_s) if days_s else None))
        elif tok.startswith("m:"):
            if tok[2:] not in MEDS:
                raise ValueError(f"unknown medication {tok[2:]!r}")
            meds.append(MEDS[tok[2:]])
        elif tok.startswith("preg:"):
            preg_weeks = int(tok[5:])
        elif tok.startswith("pp:"):
            pp_days = int(tok[3:])
        elif tok.startswith("BP"):
            s, d = tok[2:].split("/")
            readings["SBP"], readings["DBP"] = float(s), float(d)
        elif m := _OBS_RE.match(tok):
            readings[m.group(1)] = float(m.group(2))
        elif tok == "O2":
            raise ValueError("write O2 values as O2<value>")
        else:
            raise ValueError(f"bad token {tok!r} in {spec!r}")

    # Earlier office visit with baseline vitals.
    visit_day = enc_day - dt.timedelta(days=rng.randint(21, 260))
    visit = dt.datetime(
        visit_day.year,
        visit_day.month,
        visit_day.day,
        rng.randint(8, 16),
        rng.choice([0, 15, 30, 45]),
    )
    entries.append(
        {
            "resourceType": "Encounter",
            "id": rid("enc"),
            "status": "finished",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
            "type": [{"text": "Office visit"}],
            "subject": {"reference": f"Patient/{pid}"},
            "period": {"start": _iso(visit), "end": _iso(visit + dt.timedelta(minutes=30))},
        }
    )
    keys = {c for c, _ in conds}
    child = age_years < 18
    if child:
        weight = round(2.2 * age_years + 9 + rng.uniform(-2, 3), 1)
        sbp, dbp, hr = rng.randint(92, 112), rng.randint(52, 70), rng.randint(78, 108)
    else:
        weight = round(rng.uniform(54, 104), 1)
        sbp, dbp, hr = rng.randint(108, 138), rng.randint(66, 86), rng.randint(58, 86)
    if keys & {"htn"}:
        sbp += rng.randint(4, 14)
    base = {"SBP": sbp, "DBP": dbp, "HR": hr, "W": weight}
    if rng.random() < 0.6:
        base["T"] = round(rng.uniform(36.4, 37.0), 1)
    if rng.random() < 0.6 or keys & {"copd", "hf", "asthma", "nsclc"}:
        base["O2"] = rng.randint(93, 96) if keys & {"copd", "hf"} else rng.randint(96, 99)
    if keys & {"dm1", "dm2"}:
        base["A1C"] = round(rng.uniform(6.6, 8.9), 1)
    if preg_weeks is not None or pp_days is not None:
        base.pop("A1C", None)
    for key, value in base.items():
        if key == "SBP":
            entries.append(_bp(rid, pid, "8480-6", "Systolic blood pressure", value, visit))
        elif key == "DBP":
            entries.append(_bp(rid, pid, "8462-4", "Diastolic blood pressure", value, visit))
        else:
            entries.append(
                _obs(
                    rid("obs"),
                    pid,
                    key,
                    value,
                    visit,
                    "laboratory" if key in LAB_KEYS else "vital-signs",
                )
            )

    # Pregnancy / postpartum context (always with a recent prenatal encounter: OB context).
    if preg_weeks is not None:
        pv_day = enc_day - dt.timedelta(days=rng.randint(4, 27))
        pv = dt.datetime(pv_day.year, pv_day.month, pv_day.day, rng.randint(8, 15), 30)
        entries.append(_prenatal(rid, pid, pv))
        lmp = enc_day - dt.timedelta(weeks=preg_weeks)
        entries.append(
            _condition(
                rid,
                pid,
                "77386006",
                "Pregnancy",
                lmp + dt.timedelta(days=rng.randint(28, 42)),
                "active",
            )
        )
        ga = round(preg_weeks - (enc_day - pv_day).days / 7, 1)
        obs = _obs(rid("obs"), pid, "T", 0, pv, "exam")
        obs["code"] = {
            "coding": [{"system": LOINC, "code": "49051-6", "display": "Gestational age in weeks"}]
        }
        obs["valueQuantity"] = {
            "value": ga,
            "unit": "wk",
            "system": "http://unitsofmeasure.org",
            "code": "wk",
        }
        entries.append(obs)
        meds.append(MEDS["prenatal"])
    if pp_days is not None:
        delivery = enc_day - dt.timedelta(days=pp_days)
        pv_day = delivery - dt.timedelta(days=rng.randint(5, 12))
        entries.append(
            _prenatal(rid, pid, dt.datetime(pv_day.year, pv_day.month, pv_day.day, 10, 0))
        )
        preg = _condition(
            rid, pid, "77386006", "Pregnancy", delivery - dt.timedelta(days=270), "resolved"
        )
        preg["abatementDateTime"] = delivery.isoformat()
        entries.append(preg)
        entries.append(_condition(rid, pid, "86569001", "Postpartum state", delivery, "active"))

    for key, days in conds:
        ccode, display = CONDITIONS[key]
        if days is not None:
            onset = enc_day - dt.timedelta(days=days)
        else:
            back = max(1, int(min(age_years - 1, 14) * 365))
            onset = enc_day - dt.timedelta(days=rng.randint(min(120, back), max(121, back)))
            onset = max(onset, birth + dt.timedelta(days=200))
        entries.append(_condition(rid, pid, ccode, display, onset, "active"))
    for text in meds:
        entries.append(
            {
                "resourceType": "MedicationRequest",
                "id": rid("med"),
                "status": "active",
                "intent": "order",
                "medicationCodeableConcept": {"text": text},
                "subject": {"reference": f"Patient/{pid}"},
                "authoredOn": (enc_day - dt.timedelta(days=rng.randint(3, 400))).isoformat(),
            }
        )

    # The portal message: the most recent encounter; same-day readings just before it.
    entries.append(
        {
            "resourceType": "Encounter",
            "id": rid("enc"),
            "status": "in-progress",
            "class": {
                "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                "code": "VR",
                "display": "virtual",
            },
            "type": [{"text": "Patient portal message"}],
            "subject": {"reference": f"Patient/{pid}"},
            "period": {"start": _iso(enc_time)},
        }
    )
    when = enc_time - dt.timedelta(minutes=rng.randint(20, 300))
    for key, value in readings.items():
        if key == "SBP":
            entries.append(_bp(rid, pid, "8480-6", "Systolic blood pressure", value, when))
        elif key == "DBP":
            entries.append(_bp(rid, pid, "8462-4", "Diastolic blood pressure", value, when))
        else:
            v = int(value) if key in {"HR", "RR", "O2", "G", "PEF", "NA", "ALT", "PAIN"} else value
            entries.append(
                _obs(
                    rid("obs"),
                    pid,
                    key,
                    v,
                    when,
                    "laboratory" if key in LAB_KEYS else "vital-signs",
                )
            )
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in entries],
    }


def _bp(
    rid: Callable[[str], str], pid: str, code: str, display: str, value: float, when: dt.datetime
) -> dict:
    return {
        "resourceType": "Observation",
        "id": rid("obs"),
        "status": "final",
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": "vital-signs",
                    }
                ]
            }
        ],
        "code": {"coding": [{"system": LOINC, "code": code, "display": display}]},
        "subject": {"reference": f"Patient/{pid}"},
        "effectiveDateTime": _iso(when),
        "valueQuantity": {
            "value": int(value),
            "unit": "mm[Hg]",
            "system": "http://unitsofmeasure.org",
            "code": "mm[Hg]",
        },
    }


def _prenatal(rid: Callable[[str], str], pid: str, when: dt.datetime) -> dict:
    return {
        "resourceType": "Encounter",
        "id": rid("enc"),
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
        "type": [
            {"coding": [{"system": SNOMED, "code": "424619006", "display": "Prenatal visit"}]}
        ],
        "subject": {"reference": f"Patient/{pid}"},
        "period": {"start": _iso(when), "end": _iso(when + dt.timedelta(minutes=20))},
    }


def _condition(
    rid: Callable[[str], str], pid: str, code: str | None, display: str, onset: dt.date, status: str
) -> dict:
    concept: dict = {"text": display}
    if code:
        concept = {
            "coding": [{"system": SNOMED, "code": code, "display": display}],
            "text": display,
        }
    return {
        "resourceType": "Condition",
        "id": rid("cond"),
        "clinicalStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                    "code": status,
                }
            ]
        },
        "code": concept,
        "subject": {"reference": f"Patient/{pid}"},
        "onsetDateTime": onset.isoformat(),
    }


def build() -> Built:
    records = parse_blocks()
    out: Built = {"train": [], "calib": []}
    for name, prefix in (("train", "train"), ("calib", "calib")):
        recs = [r for r in records if r["file"] == name]
        order = list(range(len(recs)))
        random.Random(f"order-{name}").shuffle(order)
        for n, i in enumerate(order, start=1):
            r = recs[i]
            rid = f"{prefix}-{n:04d}"
            rng = random.Random(f"{name}|{r['pathway_id']}|{r['message']}")
            item = {
                "id": rid,
                "message": r["message"],
                "chart": build_chart(r["spec"], rng),
                "gold_routing": ROUTING[r["band"]],
                "gold_acuity": BANDS[r["band"]],
                "pathway_id": r["pathway_id"],
            }
            out[name].append((item, r["flags"]))
    return out


def validate(out: Built) -> None:
    sys.path.insert(0, str(ROOT))
    from harness.goldset.dedup import near_duplicate_pairs
    from pipelines.triage.chart import slice_chart
    from pipelines.triage.policy import pre_decision_reasons

    acuity = pathway_acuity()
    problems: list[str] = []
    ids: set[str] = set()
    for items in out.values():
        for item, flags in items:
            line = json.dumps(item, ensure_ascii=False)
            back = json.loads(line)
            if back["id"] in ids:
                problems.append(f"duplicate id {back['id']}")
            ids.add(back["id"])
            if ROUTING_OF_BAND[back["gold_acuity"]] != back["gold_routing"]:
                problems.append(f"{back['id']}: routing/acuity mismatch")
            if back["pathway_id"] not in acuity:
                problems.append(f"{back['id']}: unknown pathway {back['pathway_id']}")
            kinds = {e["resource"]["resourceType"] for e in back["chart"]["entry"]}
            if not {"Patient", "Encounter", "Observation"} <= kinds:
                problems.append(f"{back['id']}: chart lacks Patient/Encounter/Observation")
            cs = slice_chart(back["chart"])
            if cs.encounter_type != "Patient portal message":
                problems.append(f"{back['id']}: latest encounter is not the portal message")
            if (cs.age_in_months() or 0) < 36:
                problems.append(f"{back['id']}: child under 3")
            reasons = pre_decision_reasons(back["message"], cs)
            if reasons:
                problems.append(
                    f"{back['id']}: policy would refuse ({', '.join(reasons)}): {back['message'][:70]!r}"
                )
            if "cd" in flags and back["gold_routing"] == "clear":
                problems.append(f"{back['id']}: chart-decides case labelled clear")
            if "as" in flags and back["gold_routing"] != "clear":
                problems.append(f"{back['id']}: alarming-self-care case not clear")
    texts = [i["message"] for items in out.values() for i, _ in items]
    names = [i["id"] for items in out.values() for i, _ in items]
    for i, j, score in near_duplicate_pairs(texts, texts, threshold=0.5):
        if i < j:
            problems.append(f"near duplicate {names[i]} ~ {names[j]} ({score:.2f})")
    pairs_file = HERE / "rerank_pairs.jsonl"
    if pairs_file.exists():
        queries = [
            json.loads(x)["query"]
            for x in pairs_file.read_text(encoding="utf-8").splitlines()
            if x.strip()
        ]
        for i, j, score in near_duplicate_pairs(texts, queries, threshold=0.7):
            problems.append(f"{names[i]} is close to rerank_pairs line {j + 1} ({score:.2f})")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(f"{len(problems)} problem(s)")


def report(out: Built) -> None:
    acuity = pathway_acuity()
    per_path: Counter = Counter()
    for name, items in out.items():
        routing = Counter(i["gold_routing"] for i, _ in items)
        bands = Counter(i["gold_acuity"] for i, _ in items)
        n = len(items)
        cd = sum("cd" in f for _, f in items)
        al = sum("as" in f for _, f in items)
        print(f"{name}: {n} messages; chart-decides {cd}; alarming-but-self-care {al}")
        print(
            "  routing: "
            + ", ".join(
                f"{k} {routing[k]} ({100 * routing[k] / n:.0f}%)"
                for k in ("clear", "queue", "escalate")
            )
        )
        print("  acuity:  " + ", ".join(f"{b} {bands[b]}" for b in BANDS.values()))
        ages = [slice_age(i) for i, _ in items]
        print(
            f"  ages: child(3-17) {sum(a < 18 for a in ages)}, 18-64 {sum(18 <= a < 65 for a in ages)}, 65+ {sum(a >= 65 for a in ages)}"
        )
        per_path.update(i["pathway_id"] for i, _ in items)
    missing = sorted(set(acuity) - set(per_path))
    thin = sorted(p for p, c in per_path.items() if c < 3)
    print(
        f"pathways covered: {len(per_path)}/{len(acuity)}; missing: {missing}; fewer than 3: {thin}"
    )


def slice_age(item: dict) -> float:
    entries = [e["resource"] for e in item["chart"]["entry"]]
    birth = dt.date.fromisoformat(
        next(r for r in entries if r["resourceType"] == "Patient")["birthDate"]
    )
    enc = max(
        (r for r in entries if r["resourceType"] == "Encounter"), key=lambda r: r["period"]["start"]
    )
    return (dt.date.fromisoformat(enc["period"]["start"][:10]) - birth).days / 365.25


def main() -> None:
    out = build()
    validate(out)
    for name, path in (("train", TRAIN_OUT), ("calib", CALIB_OUT)):
        with path.open("w", encoding="utf-8") as fh:
            for item, _ in out[name]:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    report(out)


# ----------------------------------------------------------------------------------------------
# Hand-written messages, by pathway (alphabetical). @T = training, @C = calibration.
# ----------------------------------------------------------------------------------------------
BLOCKS.append(r"""
@T acute-confusion-elderly | 4 | F84 T37.9 HR98
My mom is 84 and since last night she's just not making sense. She thinks it's 1990 and keeps asking when my dad is coming home (he passed 6 yrs ago). She was completely sharp on Sunday, doing her crossword. No fall that we know of. What do we do??

@T acute-confusion-elderly | 4 | M79 c:bph m:oxybutynin m:tamsulosin
husband 79 started a new bladder pill last week (oxybutinin?) and tonight he is seeing people in the room that arent there and doesnt know where the bathroom is in our own house. he has never been like this

@T acute-confusion-elderly | 5 | M88 T38.4 HR108 RR24 c:htn | cd
Dad seems a bit off today, muddled with his words and dozy, probably just tired after his week. Anything we should watch for? He's 88 and lives with us.

@T hypoglycemia-severe | 5 | F91 G52 c:dm2 m:glipizide | cd
Grandma has been a bit sleepy and vague since lunch, we think she's just worn out from the family visit yesterday. She's not really answering questions properly. Should we just let her rest?

@C acute-confusion-elderly | 4 | M81 T37.8 HR94 c:bph
My father (81) has been peeing a lot the last couple days and today he is very confused, asking for his mother who died in 1970 and trying to leave the house in his slippers. Never had memory problems before. Is this a UTI thing? Where should we take him?

@T allergic-conjunctivitis | 1 | F29 c:hayfever
itchy watery eyes again, happens every spring when the trees bloom. both eyes, clear watery stuff, no pain. what drops can I get at the pharmacy?

@T allergic-conjunctivitis | 1 | F34 | as
HELP my eyes are SO red and puffy I look like I got punched!!! Itching like crazy. Spent the weekend at my sister's and she has two cats. No pain, vision totally fine, no goop, just swollen and itchy. Is this an emergency??

@T allergic-conjunctivitis | 1 | F22
allergy eye drops - is ketotifen ok if I wear contacts? eyes just itchy, nothing else

@T conjunctivitis-infective | 4 | M31
I thought it was my usual allergy eyes but now the right one actually hurts, kind of a scratchy deep pain, and bright light makes it worse. I wear monthly contacts (prob slept in them twice this week). Left eye is fine.

@T allergic-conjunctivitis | 1 | M8
My son is 8 and keeps rubbing his eyes since soccer season started. Watery, a bit pink, but no yellow stuff and he says they don't hurt, just itchy. Is there something safe for kids?

@C allergic-conjunctivitis | 1 | F41 c:hayfever m:cetirizine
Hay fever eyes are back. Burning itch in both, clear tears, eyelids a little puffy. Zyrtec takes the edge off but not much. Anything stronger over the counter that you'd recommend?

@C allergic-conjunctivitis | 1 | M36
both eyelids are a bit swollen and itchy after mowing the lawn this afternoon and my eyes won't stop watering. no pain at all. normal?

@T allergic-rhinitis-seasonal | 1 | M31
sneezing fits every morning, nose running like a tap, roof of my mouth itches. this happens every May. what's the best thing to take that won't make me sleepy at work?

@T allergic-rhinitis-seasonal | 1 | F45 c:hayfever
Can I use Flonase and Zyrtec together? Hay fever is brutal this year. Just the usual sneezing and stuffy nose.

@T allergic-rhinitis-seasonal | 1 | F10
Our daughter is 10 and she's constantly sniffling and sneezing whenever she's outside, the teacher says she rubs her nose all day. No fever, eating fine. What allergy meds are safe for kids her age?

@T asthma-flare-mild | 3 | F38 c:asthma c:hayfever m:fluticasone PEF260 O2 95
My allergies are acting up - nose totally stuffed, and I've been a bit chesty and wheezy at night this week. Mostly I just need a refill of the nose spray. Peak flow this morning was 260, I think my best is around 400.

@T allergic-rhinitis-seasonal | 1 | M52
ragweed season again. eyes are fine, it's just my nose. is it ok to take claritin every day for 2 months straight?

@C allergic-rhinitis-seasonal | 1 | F27
Pollen count is insane right now and I cannot stop sneezing. Post nasal drip making my throat scratchy in the mornings. No fever at all. Any tips besides staying inside forever lol

@C allergic-rhinitis-seasonal | 2 | M44 c:hayfever m:fluticasone
been on the steroid nose spray every day for 3 weeks like you said, still completely blocked, can't smell anything and I'm sleeping terribly from mouth breathing. what next?

@T anaphylaxis | 5 | F24 c:peanut m:epipen HR118 O2 93
ate pad thai 20 min ago and I think it had peanuts. throat feels tight, hives all over my chest, I used my epipen 5 min ago and I'm still wheezy. boyfriend is with me

@T anaphylaxis | 5 | M12 HR130
My son is 12, he got stung by a bee at baseball practice 15 minutes ago. His face is swelling up, he just threw up and says he feels like he's going to faint. He's never reacted like this before.

@T anaphylaxis | 5 | M47 m:amoxicillin BP88/50 HR120
Took the first amoxicillin pill for my tooth about an hour ago. Now itchy lumps all over, lips tingling and I feel like I'm going to pass out when I stand up.

@C anaphylaxis | 5 | F33 HR112
had shrimp at a wedding (never had a problem with shellfish before??) now my voice is hoarse, chest feels tight and there are hives all up my neck. my husband is asking if we drive to the ER or call someone

@T angioedema | 4 | M61 c:htn m:lisinopril BP148/88
Woke up with my bottom lip swollen huge, like double the size. Doesn't itch. I've been on lisinopril for years. Breathing is fine and I can swallow ok.

@T angioedema | 5 | F58 c:htn m:lisinopril HR104
my tongue feels thick and it's getting harder to swallow, my voice sounds funny. started about an hour ago and it's getting worse. on blood pressure pills

@T angioedema | 4 | F35 m:ibuprofen
Right side of my face and eyelid puffed up since this morning. No rash, breathing fine. It happened once before after I took ibuprofen and I took two last night for cramps.

@C angioedema | 4 | F66 c:htn m:lisinopril
Hi, my upper lip started swelling in the last hour. I started lisinopril 3 weeks ago. No trouble breathing yet. Should I go somewhere or wait and see?

@T animal-bite-broken-skin | 3 | M42
Neighbor's dog bit my forearm when I reached over the fence. Two puncture marks, bleeding stopped after a couple minutes. He says the dog has all its shots. Do I need antibiotics or a tetanus shot?

@T animal-bite-broken-skin | 3 | F29
got scratched and bitten by a stray kitten i was trying to catch for the rescue group. small punctures on my hand near the knuckle, a little red. the kitten got away so no idea about vaccines

@T animal-bite-broken-skin | 4 | M55 c:asplenia | cd
Small nip from a friend's puppy on my shin this morning, barely broke the skin. Washed it with soap. That's probably fine right? Just checking.

@T animal-bite-broken-skin | 4 | F38
a bat got into our bedroom last night and when I woke up it was on my pillow. I can't see any bite marks on me. my husband got it out the window. do I need to do anything?

@C animal-bite-broken-skin | 4 | M7
My boy (7) was bitten on the cheek by a friend's dog at a birthday party, small cut about 1cm, it bled a little. He's calmed down. Does a face bite need stitches?

@C animal-bite-broken-skin | 3 | F51
Bitten by a feral cat at the shelter where I volunteer. Bite is on my thumb and it's getting puffy, 6 hours since. Cleaned it well. Tetanus was 2019.

@T ankle-injury-unable-weight | 3 | F27
Fell off a curb last night, ankle swelled up right away and I can only hop, can't put any weight on it at all. Toes are warm and I can wiggle them.

@T ankle-injury-unable-weight | 3 | M19
playing basketball landed on someones foot. outside of my foot near the little toe is really sore when I press it, limping badly, can do a few steps but it kills

@T ankle-injury-unable-weight | 5 | M34 HR110 PAIN9
motorcycle slid out. my foot is pointing the wrong way and there's something pushing against the skin at the ankle. friend is here. what do i do

@T diabetic-foot-sore | 3 | M63 c:dm2 c:dmneuro m:metformin | cd
twisted my ankle stepping off the porch 3 days ago. It's swollen and warm but honestly doesn't hurt much, just puffy. Figured it'd settle on its own?

@C ankle-injury-unable-weight | 3 | F14
My daughter (14) rolled her ankle at dance class. She won't step on it and says it's the bony bit on the outside that hurts when I touch it. Ice isn't helping much.

@T ankle-sprain-mild | 1 | F33
Rolled my ankle on a trail run this morning. Bit swollen on the outside, I'm walking with a slight limp but ok. Is ice and rest enough?

@T ankle-sprain-mild | 1 | M26
sprained ankle 2 days ago, now the bruising is coming out all purple down the side of my foot. I can walk on it. is the bruise normal?

@T ankle-sprain-mild | 1 | M40
twisted ankle on stairs. walking fine, bit sore. should i get a brace?

@T ankle-sprain-mild | 3 | F79 c:oa m:apixaban | cd
Twisted my ankle on the back step yesterday, it's a bit swollen. I can walk with my stick. Just wondering how long to rest it.

@T ankle-sprain-mild | 1 | M15
My son is 15, rolled his ankle at football. He's walking on it, a little swollen, no limp really. Do we need an xray or just ice?

@C ankle-sprain-mild | 1 | M48
Stepped in a pothole on my walk home and my ankle's puffy on the outside. I walked about a mile back fine. Should I be doing RICE or keep moving it?

@C ankle-sprain-mild | 1 | F21
ankle sprain from volleyball last week, swelling's mostly gone but its still kinda stiff. when can i play again

@T ankle-swelling-mild | 2 | F63 c:htn m:amlodipine BP132/80
Both my ankles get puffy by the end of the day since I started the amlodipine. Goes down overnight. No shortness of breath. Is this a side effect?

@T ankle-swelling-mild | 2 | F50
Flew back from Tokyo yesterday (14 hr flight) and both ankles are swollen. No pain, calves not sore, breathing fine. Should this go down on its own?

@T heart-failure-worsening | 4 | M76 c:hf m:furosemide m:carvedilol O2 91 RR22 HR96 | cd
ankles a bit more puffy this week, probably the heat. otherwise ok, a little more tired.

@C ankle-swelling-mild | 2 | M58 m:naproxen
Swollen feet & ankles, both sides, for about 2 weeks. Socks leave deep dents. Not short of breath. I'm 58, only med is naproxen for my knee.

@C ankle-swelling-mild | 3 | F69 c:ckd CR2.8 K5.7 | cd
Just a bit of ankle swelling, both sides, nothing dramatic. Thought I'd mention it.

@T anticoagulant-missed-dose | 3 | F72 c:af m:apixaban
forgot my eliquis last night, just remembered now at 10am. do I take two this morning?

@T anticoagulant-missed-dose | 3 | M58 c:dvt m:rivaroxaban
Missed 2 days of Xarelto because I left it at home when I went to my brother's. Back now. No symptoms. Just restart?

@T anticoagulant-missed-dose | 4 | M49 c:mechvalve m:warfarin INR1.4
I have a mechanical valve and I missed my warfarin 3 days running because I had a stomach bug and couldn't keep anything down. Feeling ok now. INR from the finger stick today was 1.4.

@C anticoagulant-missed-dose | 3 | F68 c:af m:apixaban
Oops - accidentally took my apixaban twice this morning, forgot I'd already had it with breakfast. Feel fine, no bleeding. What do I do about tonight's dose?

@T anxiety-worsening | 2 | F31 c:anxiety m:sertraline
My anxiety has been creeping back up. Can't switch off at night, worrying about everything at work, heart pounding before meetings. No thoughts of hurting myself. Could we talk about adjusting my meds?

@T anxiety-worsening | 2 | M26
panic attacks are back, 3 this week. last one in the grocery store, had to leave my cart. I know what they are, I'm not in danger, just want to get back into therapy. referral?

@T anxiety-worsening | 2 | F16
My daughter is 16 and her anxiety about school has gotten really bad. Stomach aches every morning, refuses to go some days. She is safe, no self harm, we've talked about it. Who should we see?

@T ici-fatigue-thyroid | 4 | F57 c:melanoma m:nivo HR124 | cd
Feeling anxious and jittery all week, can't sit still, heart racing now and then. Probably stress about scans. Any tips for anxiety?

@C anxiety-worsening | 2 | M@1994-07-22 c:anxiety
Hi Dr. Patel, this is Jordan Ames, DOB 07/22/1994. Since the layoff my anxiety has been through the roof - sleeping maybe 4 hours, snapping at everyone, constant knot in my stomach. Not suicidal at all. Is there something besides the hydroxyzine? Best # 555-0148.

@T asthma-attack-severe | 5 | F23 c:asthma m:albuterol O2 88 HR128 RR32
cant breathe. inhaler every 10 mins not working. can only say few words at a time

@T asthma-attack-severe | 5 | M9 c:asthma m:albuterol O2 89 RR38 HR140
My son is 9, he's wheezing so bad his ribs are sucking in, used his puffer 8 times in the last hour and his lips look grey. What do I do

@T asthma-attack-severe | 5 | M35 c:asthma PEF140 O2 91
peak flow 140, my best is 450. chest so tight. did the nebulizer twice and it did nothing.

@C asthma-attack-severe | 5 | F41 c:asthma O2 90 HR124
Writing for my wife - she's had an asthma attack for 45 min, Ventolin barely helping, she's sitting bent forward and can't finish a sentence. Kids are with her. What now?

@T asthma-flare-mild | 3 | F30 c:asthma m:albuterol PEF320 O2 96
asthma flaring with this cold. using albuterol every 4-5 hrs, bit wheezy, can talk fine. peak flow 320, usual is 420. should I start the prednisone you gave me last time?

@T asthma-flare-mild | 3 | M44 c:asthma m:budform
Wheezy since the wildfire smoke rolled in, needing my inhaler more, maybe 4 times today. Can still walk around and talk normally.

@T asthma-flare-mild | 3 | F6 c:asthma
Our daughter (6) is coughing at night and a little wheezy. Her inhaler helps for a few hours. She's eating and playing ok. Do we need to bring her in?

@T asthma-flare-mild | 4 | F27 c:asthma O2 92 RR24 HR108 | cd
chest a bit tight today, using my puffer a bit more than usual. no biggie, just letting you know

@C asthma-flare-mild | 3 | M52 c:asthma m:albuterol
My asthma is acting up since the cold snap - up at night coughing and using the blue inhaler twice a night. OK in the day mostly. Should I go back on my steroid inhaler?
""")
BLOCKS.append(r"""
@T athletes-foot | 1 | M24
peeling itchy skin between my 4th and 5th toes, smells a bit funky. I'm at the gym most days. what cream do I get?

@T athletes-foot | 1 | M37
Athlete's foot again. Clotrimazole cleared it last time - can I just use the same tube?

@T athletes-foot | 1 | F30 | as
The skin between my toes is cracked, white and soggy and it BURNS when I shower. Is it infected?? No redness going up my foot, no fever, I'm healthy otherwise, just worried because it looks gross.

@T athletes-foot | 3 | M67 c:dm2 c:dmneuro c:pad m:metformin | cd
itchy cracked skin between my toes, pretty sure its athletes foot. which cream is best?

@T athletes-foot | 1 | M13
My 13 yo has itchy flaky feet from his soccer cleats, mostly between the toes. No open sores. Is the spray or the cream better for teens?

@C athletes-foot | 1 | M22
Burning itchy soles and between toes, skin flaking off. I share a shower with 3 roommates lol. Any OTC cream you'd suggest?

@C athletes-foot | 2 | F46
Used the athlete's foot cream for 3 weeks, no better, and now my big toenail is going yellow and thick. Do I need a prescription?

@T bleeding-pregnancy | 4 | F31 preg:9
I'm 9 weeks pregnant and started spotting this morning, brownish, with mild cramps. Nothing heavy. Is this normal or should I be seen?

@T bleeding-pregnancy | 5 | F28 preg:24 HR112 BP100/62
24 weeks. sudden bright red bleeding, soaked a pad in 30 min, my tummy is hard and really hurts

@T bleeding-pregnancy | 4 | F34 preg:14 c:rh_neg
Some pink spotting after sex last night, I'm 14 weeks along. No pain. I know I'm Rh negative, does that matter?

@C bleeding-pregnancy | 4 | F30 preg:11
Hi, 11 wks with our first. Light bleeding since last night plus period-type cramps. The midwife said to message if anything changed.

@T cauda-equina | 5 | M45
back pain for a week, now when I wipe it feels numb between my legs and I can't tell if I need to pee or not. is this a pinched nerve?

@T cauda-equina | 5 | F52
Sciatica is now down BOTH legs and I wet myself this morning without realising it was happening.

@T cauda-equina | 5 | M38
had a disc bulge a few years back. today lower back pain with a weird tingly numb feeling around my bum, and I haven't peed since last night even though I've been drinking lots

@C cauda-equina | 5 | F47
Slipped disc flare - both legs feel heavy and last night I had trouble getting a stream going. Also some numbness "down there". I'm seeing the physio Thursday, is that soon enough?

@T cellulitis-early | 3 | F55 T37.2
Red warm patch on my shin, about the size of my palm, a bit bigger than yesterday and tender to touch. No fever.

@T cellulitis-early | 3 | M47
scraped my arm gardening 3 days ago, now there's a red swollen area around it. drew a line around the edge with pen like the nurse told my wife once and it's gone past the line a bit this morning

@T cellulitis-early | 4 | M33 T38.6 HR104
red streak going up my arm from a cut on my finger (from a fish hook), and I've got chills tonight

@T cellulitis-early | 4 | F66 c:dm2 m:glargine m:metformin T38.3 HR102 | cd
little red sore spot on my calf, warm, probably a bug bite. anything I can put on it?

@C cellulitis-early | 3 | M61 c:obesity
Left lower leg red and hot. Started as a small patch near an old scratch 2 days ago, now maybe 10cm across. Feel fine otherwise. Can I get antibiotics without coming in?

@T chemo-nausea-controlled | 2 | F52 c:breastca m:ac m:ondansetron T36.9
Day 3 after chemo. Queasy all day but the Zofran helps. Drinking water and ginger ale fine, managed some toast. Just checking in.

@T chemo-nausea-controlled | 2 | M60 c:colonca m:folfox m:ondansetron
nausea after FOLFOX is lasting longer this cycle, like 4 days. no vomiting. is there something other than ondansetron I could try?

@T febrile-neutropenia | 5 | F48 c:lymphoma m:rchop T38.4 ANC0.3 HR106 | cd
bit queasy after chemo as usual, keeping water down ok. just feel a bit shivery tonight, probably tired.

@T chemo-nausea-controlled | 4 | M58 c:nsclc m:carbopem HR104
threw up 5 times since last night after my chemo, can't keep the anti sickness pills down. sipping water but it comes back

@C chemo-nausea-controlled | 2 | F63 c:ovarianca m:carbotaxol m:olanzapine
Cycle 2 of carbo/taxol. Nausea manageable with the olanzapine at night but it makes me groggy - can I take it earlier in the evening? Drinking ok, no vomiting.

@T chest-pain-cardiac | 5 | M58 c:htn c:lipids HR102 BP162/98
heavy pressure in my chest for 20 mins now, going down my left arm. sweaty and feel sick.

@T chest-pain-cardiac | 5 | M67 c:cad m:nitro m:aspirin
My husband (67) has tightness in his chest and jaw since shoveling the driveway. He took his nitro and it's still there after 5 minutes. He says not to fuss.

@T chest-pain-cardiac | 5 | F61 c:dm2
Indigestion? Burning in my upper chest came on walking uphill to the bus and now it won't go away even sitting down. Bit breathless.

@T chest-pain-cardiac | 5 | M72 c:cad c:dm2 m:clopidogrel HR104 BP94/60 | cd
bit of heartburn tonight, pressure in middle of chest, took some tums. kinda sweaty but it's warm in here. should I take another?

@C chest-pain-cardiac | 5 | M54 c:smoker
For the past half hour I've had this squeezing feeling in my chest that goes through to my back between the shoulder blades. I'm 54, smoker. Should I drive myself in?

@T common-cold | 1 | F34
stuffy nose, sneezing and a mild sore throat since sunday. no fever. what can I take that works?

@T common-cold | 1 | M29
head cold day 4, lots of snot and a tickly cough. feel meh but working from home fine

@T common-cold | 1 | M5 T37.6
My son is 5. Runny nose and sneezing for 3 days, still playing and eating normally. Temp was 37.6 once. Can he go to school?

@T influenza-high-risk | 3 | M71 c:copd m:tiotropium T38.7 HR104 O2 94 | cd
Just a cold I think, runny nose and achy all over, feel wiped out. Will rest up.

@T common-cold | 1 | F38 T37.1 | as
I feel like DEATH. Nose is a faucet, sneezing nonstop, voice is gone. Temp is normal. Is this the flu?? Do I need to come in?

@T common-cold | 1 | F47
Do zinc lozenges actually do anything for colds? Day 2 of sniffles.

@C common-cold | 1 | M33
Cold since Thursday - congested, dry cough at night, taking DayQuil. Do I need to come in or just ride it out? No fever.

@C common-cold | 1 | F25
my nose is raw from blowing it so much and my ears feel kinda blocked. normal cold stuff otherwise, day 3

@C influenza-high-risk | 3 | M45 c:renaltx m:tacrolimus m:mycophenolate T38.4 | cd
Nasty cold this week, stuffy and coughing, nothing major. Just so you're aware.

@T conjunctivitis-infective | 2 | F28
woke up with my eye glued shut, yellow crust on the lashes, red and gritty. no real pain, vision ok once I clean it

@T conjunctivitis-infective | 2 | M36
pink eye is going round my kid's class and now I've got it. watery and red, sticky in the morning. don't wear contacts

@T conjunctivitis-infective | 2 | F4
Daughter (4) has green goop in both eyes since yesterday plus a cold. No fever. Daycare wants drops before she comes back.

@C conjunctivitis-infective | 2 | M52
Eye #2 is now red too (left started Monday). Crusty lashes every morning. No contacts. Do I need antibiotic drops or does it clear by itself?

@T constipation-adult | 1 | F39
haven't pooped in 4 days, bloated, no pain really. what's a gentle laxative?

@T constipation-adult | 1 | F44
Hard stools since starting iron tablets, straining a lot. Anything I can take alongside?

@T constipation-adult | 1 | F23 | as
I feel like I'm going to EXPLODE. Haven't gone in 5 days and my stomach is so bloated and crampy. Still passing gas, no vomiting, eating ok.

@T constipation-adult | 2 | M68 HB8.9 | cd
constipated for 4 days, bloated, a bit of cramping. prune juice not working. what else?

@T constipation-adult | 1 | M31
traveling and totally backed up. is miralax ok to use for a week?

@T constipation-adult | 2 | M57
I've been constipated on and off for about 2 months which is new for me (I'm 57) and I've lost around 10 pounds without trying.

@C constipation-adult | 1 | F62 c:postop_knee@8 m:oxycodone
Since my knee op I've been on the painkillers and can't go - 3 days now. Uncomfortable but fine. Senna or Colace?

@C constipation-adult | 1 | M35
Question: my stools have been hard and small for a week since I changed my diet (keto). Is a fiber supplement ok?

@T cough-persistent | 2 | F46
cough for 5 weeks now. dry, worse at night, no fever. had a cold before it started. when should I worry?

@T cough-persistent | 2 | M62 c:smoker c:copd
I'm 62, smoked 30 years. My usual morning cough has changed - more often and deeper, going on about a month. No blood.

@T ici-pneumonitis | 4 | F59 c:nsclc m:durva O2 92 RR22 | cd
Still got this cough, maybe 3 weeks. A bit breathless on the stairs. Probably just the tail end of the cold I had.

@T cough-persistent | 2 | M41 c:gerd
cough with phlegm for a month, my partner says I clear my throat constantly. I get heartburn a lot too, related?

@C cough-persistent | 2 | F55 c:htn m:lisinopril
Hi, I've had a tickly cough for about 6 weeks. No fever, no blood, breathing is OK. I take lisinopril - could that be causing it?

@T covid-mild | 3 | M66 T38.0 c:htn m:atorvastatin
Tested positive for covid this morning. Sore throat, achy, temp 38.0. Am I eligible for Paxlovid? I'm 66.

@T covid-mild | 2 | F29
covid positive, day 2, stuffy nose and tired. how long do I isolate?

@T covid-mild | 4 | F54 O2 91 RR24 HR102
covid day 6, my breathing got worse today and the oximeter says 91%. was 97 yesterday

@T covid-mild | 3 | M68 c:renaltx m:tacrolimus | cd
tested positive for covid last night. feels like a normal cold, no big deal. do I need to do anything?

@C covid-mild | 2 | F35
Positive home test :( mild headache, scratchy throat, lost my taste. I'm 35, healthy. When can I go back to work?

@C covid-mild | 3 | F63 c:lymphoma m:rchop | cd
Covid +, just sniffles and a headache so far.

@T croup-mild | 3 | M3y4m T38.1
my 3 year old woke up with a barking seal cough and a hoarse voice. breathing ok when he's calm, slight fever

@T croup-mild | 3 | M4
Son (4) has the croupy cough again tonight. Steamy bathroom helped, he's asleep now and breathing quietly. Does he need to be seen?

@T croup-mild | 5 | F3y6m RR40 O2 92
my daughter (3) has the barky cough and now she's making a high pitched noise breathing in even sitting still, and the skin is sucking in at her neck

@C croup-mild | 3 | M4 T38.2
4yo with a bark like a seal since dinner, voice croaky, temp 38.2. No noisy breathing right now. Should he be seen tonight or tomorrow?
""")
BLOCKS.append(r"""
@T decreased-fetal-movement | 4 | F29 preg:33
33 weeks. Baby hasn't moved much today, normally kicks like crazy after dinner. I drank cold water and lay on my left side, only felt 2 small movements in 2 hours.

@T decreased-fetal-movement | 4 | F32 preg:36
I'm 36 weeks and this is the second time this week she's been really quiet. Monday they put me on the monitor and it was fine. Should I come in again?

@C decreased-fetal-movement | 4 | F27 preg:30
Lauren Hicks here, 30 wks. Haven't felt the baby since this morning. No pain, no bleeding, no fluid. Call me 555-0172.

@T dizziness-positional | 2 | F58
room spins for like 20 seconds when I roll over in bed or look up at the top shelf, then it stops. no headache, hearing fine

@T dizziness-positional | 2 | F64
I had BPPV two years ago and it's back - spinning when I lie down on my right side. Could you send me the exercise sheet again?

@T dizziness-positional | 4 | M61 c:htn
constant spinning since yesterday morning, it doesn't stop even when I keep still. can't walk without holding the wall, vomited 3 times

@T dizziness-positional | 3 | F74 c:htn m:amlodipine m:lisinopril m:furosemide BP88/52 HR92 | cd
Bit dizzy when I stand up or turn my head, probably that ear crystal thing my friend had. Is there an exercise?

@C dizziness-positional | 2 | M49
Every time I tip my head back in the shower the world tilts and spins for a few seconds. No hearing change, no headache. 3 days now. Vertigo?

@T dka-signs | 5 | F22 c:dm1 m:pump G480 KET4.2 RR28 HR118
type 1. sugar 480, ketones 4.2 on my meter, throwing up and breathing really fast. changed my pump site twice

@T dka-signs | 5 | M14 c:dm1 m:pump G390 KET3.6 HR124
My 14 yo son has type 1. His pump site came out overnight, now he's vomiting, tummy pain, very sleepy and his breath smells fruity. Sugar 390.

@T dka-signs | 5 | F49 c:dm2 m:empa m:metformin G260 KET3.8 RR24 HR110 | cd
stomach bug I think. threw up twice, bit of belly ache. sugar a bit high but I'm not eating much so not too worried. ok to keep taking my diabetes pills?

@C dka-signs | 5 | M27 c:dm1 m:glargine m:lispro G600 KET5.1 RR26
BG reading HI on my meter, super thirsty, peeing constantly and now puking. T1D. ran out of lantus 2 days ago

@T drug-rash-mild | 3 | F34 m:cephalexin
Started cephalexin 5 days ago and now there's an itchy red spotty rash on my chest and back. No blisters, mouth is fine, no swelling.

@T drug-rash-mild | 4 | F26 c:bipolar m:lamotrigine
started lamotrigine 3 weeks ago and now I have a red rash on both arms. feel ok otherwise. do I stop it?

@T drug-rash-mild | 3 | M6 m:amoxicillin
Amoxicillin rash on my son (6), day 7 of the course. Flat pink spots on his tummy and back, he's totally fine otherwise. Keep giving it?

@C drug-rash-mild | 4 | M52 c:gout m:allopurinol T38.6
On allopurinol since about 4 weeks ago. Now a rash all over my body plus a fever and my face looks puffy. Glands in my neck swollen.

@C drug-rash-mild | 3 | F41 m:tmpsmx
New itchy bumpy rash across my tummy. I've been on the sulfa antibiotic for a UTI for 4 days. Nothing in my mouth or eyes.

@T dvt-leg-swelling | 4 | F44 m:ocp
Left calf swollen and sore for 2 days, warm, and about 3cm bigger than the right when I measured. Flew back from Sydney last week. On the pill.

@T dvt-leg-swelling | 4 | M68 c:postop_knee@10 m:enoxaparin
Had my knee replaced 10 days ago. Now the whole calf on that side is tight and painful, more than the knee itself.

@T dvt-leg-swelling | 4 | F57 c:breastca m:letrozole | cd
Calf feels like a pulled muscle, bit tight and swollen, but I didn't do anything to it. Stretching?

@C dvt-leg-swelling | 4 | F31 pp:42
Right leg: calf cramp that won't go away, 4 days now. Swollen compared to the left and sore when I flex my foot. I had a baby 6 weeks ago.

@T ear-pain-adult | 2 | M35
right ear aching for 2 days after a cold, feels full and my hearing is a bit muffled on that side. no fever

@T ear-pain-adult | 2 | F28
Swimmer's ear? The ear canal is sore when I pull on my earlobe, itchy too. Been swimming laps every day this month.

@T ear-pain-adult | 4 | M39 T38.7
severe ear pain, and now the bone behind my ear is swollen and red and my ear is sticking out more than the other one

@T ear-pain-adult | 3 | M72 c:dm2 m:glargine G290 | cd
ear sore and a bit of discharge, probably swimmer's ear from the pool. any drops you recommend?

@C ear-pain-adult | 2 | F43
Jaw/ear pain on the left, worse when chewing. No cold, no fever. Dentist says my teeth are fine. I grind my teeth at night - related?

@T ectopic-pregnancy-signs | 5 | F27 preg:6 HR112 BP96/58
I'm 6 weeks pregnant (first prenatal visit was last week) and now I have sharp pain low on the right side and some spotting. I feel lightheaded when I stand.

@T ectopic-pregnancy-signs | 5 | F33 preg:7
positive pregnancy test 10 days ago, now stabbing pain on the left side and a weird pain in the tip of my shoulder. is this normal?

@C ectopic-pregnancy-signs | 5 | F30 preg:7 HR118
7 wks. Cramping on one side only that keeps getting stronger, now brown bleeding, and I nearly fainted in the shower.

@T eczema-mild-flare | 1 | F19 c:eczema
eczema flaring on my inner elbows with the cold weather. itchy dry patches, no weeping. is hydrocortisone ok?

@T eczema-mild-flare | 1 | F5 c:eczema
Daughter (5) has her eczema back behind her knees, scratching at night. No crusting or oozing. What moisturizer do you recommend?

@T eczema-mild-flare | 1 | F38 c:eczema
Hands cracked and itchy. My eczema always gets worse in winter and with all the handwashing at the hospital where I work.

@T eczema-mild-flare | 4 | M7 c:eczema T38.6
my son's eczema (he's 7) suddenly has clusters of little punched out blisters on his neck and he's got a fever and is miserable

@T eczema-mild-flare | 1 | M27 c:eczema | as
My skin is ON FIRE. Eczema all up both arms, itchy raw red patches and I've scratched till it bled in a few spots. No yellow crust, no fever. Just miserable, what can I do tonight?

@C eczema-mild-flare | 1 | F33 c:eczema
Flare on my eyelids and neck, dry and itchy, using vaseline. Is 1% hydrocortisone safe on eyelids for a few days? No eye pain or vision change.

@C eczema-mild-flare | 1 | M24 c:eczema
Eczema on my hands is back (dishwashing job). Cracks on the knuckles but not infected looking. Gloves + cream enough?

@C ici-skin-mild | 3 | M63 c:melanoma m:pembro | cd
itchy red patches on my arms and chest, same as my old eczema I think. any cream I can get?

@T emergency-contraception | 3 | F22
condom broke last night. where can I get the morning after pill and is it too late?

@T emergency-contraception | 3 | F26 m:ocp
missed 3 of my pills this week and had sex 2 days ago. do I need plan B?

@T emergency-contraception | 3 | F19
took plan b this morning and threw up like an hour later. does it still work??

@C emergency-contraception | 3 | F31 W95
Unprotected sex 4 days ago (~96 hours). I weigh 95 kg and read Plan B may not work as well. What are my options, could I get a copper IUD this week?

@T fever-adult-viral | 1 | M34 T38.3
fever 38.3, body aches, headache, day 2. drinking fluids and taking tylenol. anything else I should do?

@T fever-adult-viral | 1 | F26 T37.9
achy and feverish since yesterday, 38.5 last night, now 37.9 after ibuprofen. my roommate had the exact same thing last week.

@T fever-adult-viral | 1 | M31 T37.8 | as
Temp hit 39.1 last night and I was shaking under 3 blankets then sweating buckets, honestly thought I was dying. Woke up a lot better, 37.8 now, drinking fine, no other symptoms. Scared me though.

@T febrile-neutropenia | 5 | F52 c:breastca m:docetaxel T38.2 ANC0.4 | cd
bit of a temperature, 38.2, probably a bug going round the office. otherwise ok

@T fever-adult-viral | 4 | M80 T38.6 HR112 RR24 | cd
running a fever, 38.6, achy. nothing else really. should I just take tylenol?

@T fever-adult-viral | 1 | F41 T38.0
fever since saturday ~38, cough, sore body. flu test at the pharmacy negative. when should I worry?

@T fever-adult-viral | 4 | M47 c:asplenia T38.4 | cd
flu-like symptoms, temp 38.4, muscle aches. going around at work.

@C fever-adult-viral | 1 | F36 T38.1
Mild fever (37.9-38.3) for 2 days, sore muscles, no cough or rash, neck moves fine. Just want to confirm it's ok to alternate Tylenol and Advil.

@C fever-adult-viral | 1 | M40 T38.4
Caught whatever my kids had: fever 38.4, chills, headache, tired. Day 1. I'm 40 and healthy.

@C febrile-neutropenia | 5 | F58 c:colonca m:folfox T38.1 ANC0.6 | cd
Low grade fever since this afternoon, bit tired. I'm on my rest week so not sure why.

@T febrile-neutropenia | 5 | F45 c:breastca m:ac T38.5 HR110
chemo last week, temp 38.5 and shivering

@T febrile-neutropenia | 5 | M62 c:lymphoma m:rchop T37.6 HR112
I'm on chemo for lymphoma and I've been having shaking chills even though my thermometer says 37.6. Feel awful.

@C febrile-neutropenia | 5 | F56 c:breastca m:docetaxel T38.3 ANC0.2
My wife is on chemo (day 9 of her cycle). Temp 38.3, the port site is red and sore. Her last bloods showed low neutrophils.

@T fever-child-over-3-months | 3 | M4 T39.0
my 4 yo has had a fever of 39 since this morning. tylenol brings it down, he's drinking some and watching TV

@T fever-child-over-3-months | 3 | F7 T38.8
Daughter 7, fever 38.8, pulling at her ear and crying. Gave ibuprofen 1 hr ago.

@T meningitis-signs | 5 | M5 T40.0 HR160
my son is 5, fever 40 and he's floppy and hard to wake up, there's a purple rash on his legs that doesn't fade when I press a glass on it

@T fever-child-over-3-months | 3 | F3y6m T38.9
fever 3 days now in my 3 and a half year old, 38.5 to 39.5. happy between doses. does she need to be seen?

@C fever-child-over-3-months | 3 | F6 T39.4
Child 6, temp 39.4 tonight, sore throat, no rash. Drinking juice, peed an hour ago. Urgent care tonight or see you tomorrow?

@T friction-blister | 1 | F30
new hiking boots, big blister on my heel, still intact. pop it or leave it?

@T friction-blister | 1 | M45
blister on my palm from raking leaves, it popped and it's raw underneath

@T diabetic-foot-sore | 3 | M70 c:dm2 c:dmneuro c:pad m:metformin | cd
small blister on my toe from new shoes, just covering it with a plaster. ok?

@T friction-blister | 1 | M20
rowing blisters on both hands, one is torn. how should I tape it for practice tomorrow?

@T friction-blister | 1 | F35 | as
HUGE blister, like 3cm, full of fluid on the back of my heel after the half marathon. It's disgusting and it hurts to walk. No redness around it. Help??

@C friction-blister | 1 | F28
Blister on the ball of my foot after a long day at the theme park. Still intact. Should I drain it with a needle?

@C friction-blister | 3 | M33
blister on my heel burst 4 days ago and now the skin around it is red and warm and there's cloudy stuff coming out

@T gi-bleeding | 5 | M59 c:cirrhosis HR118 BP96/60
threw up blood twice, dark like coffee grounds, feel dizzy

@T gi-bleeding | 5 | M66 m:ibuprofen HR104
black sticky tar like poop this morning and again now. I take ibuprofen every day for my back.

@T gi-bleeding | 5 | F76 c:af m:warfarin HB7.8 HR108 | cd
Noticed my poop is really dark, almost black, past 2 days. Could it be the iron tablets? Feel a bit tired.

@C gi-bleeding | 5 | M71 HR116 BP92/58
Hi it's Frank Delgado, 555-0139. Passed a lot of dark red blood from my back passage twice in the last hour, I feel faint when I stand.
""")
BLOCKS.append(r"""
@T gout-flare | 3 | M52 c:gout m:colchicine
big toe hot red and swollen overnight, can't stand the sheet touching it. had gout before, I have colchicine at home. how much do I take?

@T gout-flare | 3 | M47
First time ever - my ankle is red, hot and swollen since yesterday. No injury I can remember. Had a big weekend of steak and beer.

@C gout-flare | 4 | M63 c:gout T38.5 HR102
Gout in my knee again but this time I've got a fever of 38.5 and chills. Knee is huge.

@T hand-foot-mouth | 2 | F3y2m T38.0
daycare had hand foot mouth going around, now my 3yo has spots on her palms and soles and sores in her mouth. drinking less but still drinking

@T hand-foot-mouth | 2 | F34
I think I caught hand foot and mouth from my kids?? Painful blisters on my fingers and ulcers in my mouth. I'm 34. How long am I contagious?

@C hand-foot-mouth | 4 | M4 HR140
Son (4) with HFMD, now refusing all drinks, no wee since breakfast (10 hrs), very sleepy and floppy.

@T head-injury-red-flags | 5 | M45
fell off a ladder, hit my head, was out for a few seconds. now thrown up twice and the headache is getting worse

@T head-injury-red-flags | 5 | F78 c:af m:warfarin INR2.8 | cd
bumped my head on the kitchen cabinet door this morning, small lump, bit of a headache. ice pack on it. anything else?

@T head-injury-red-flags | 5 | F11
My daughter (11) hit her head on the ice at hockey, she's confused and keeps asking the same questions over and over.

@C head-injury-red-flags | 5 | M81 c:af m:apixaban | cd
Slipped on wet leaves and knocked my head on the step. Just a bump and a bit woozy. I'm fine really, my daughter made me write.

@T head-lice | 1 | F8
School sent a note home, found lice in my daughter's hair (she's 8). Which shampoo works best?

@T head-lice | 1 | F9
lice AGAIN. third time this year. do I really have to wash every stuffed animal in the house?

@T head-lice | 1 | M6 | as
I just found BUGS crawling in my son's hair!!! I'm freaking out, they're tiny and brown and there are little white things stuck near his neck. He's 6. Is this dangerous??

@T head-lice | 2 | F10
Used the lice treatment twice exactly as the box said, 7 days apart, and they are still crawling. What now?

@C head-lice | 1 | F29
Is it ok to use the permethrin lice lotion on myself? Got them from my niece. I'm 29.

@C head-lice | 1 | F12
My 12 yo has lice eggs but we can't find any live ones, combed twice. Does she have to stay home?

@T headache-new-over-50 | 4 | F67
I'm 67 and I never get headaches, but I've had a dull one at my right temple for a week and my scalp is sore when I brush my hair. Jaw gets tired chewing too.

@T headache-new-over-50 | 3 | M58
new headaches over the last 3 weeks, I'm 58, worse in the mornings. never had headaches before in my life.

@T headache-new-over-50 | 4 | F72 c:af m:apixaban | cd
Headache since yesterday, not that bad, Tylenol helps a bit. Probably not sleeping well.

@C headache-new-over-50 | 3 | M61
New type of headache for me at 61 - pressure behind the eyes most afternoons for 2 weeks. No vision problems, no jaw pain.

@T heartburn-occasional | 1 | M38
heartburn after pizza and wine, burning behind my breastbone. tums help. how often can I take them?

@T heartburn-occasional | 1 | F44
Acid reflux at night when I lie down, a couple times a week. Can I just buy omeprazole over the counter?

@T heartburn-occasional | 1 | M29 | as
Burning in my chest like LAVA after a big curry, I honestly thought it was my heart. But it goes away with Gaviscon and it only happens after eating. I'm 29, no heart problems. Should I be worried?

@T chest-pain-cardiac | 5 | M69 c:cad c:dm2 HR106 BP150/92 | cd
bit of indigestion this afternoon, upper stomach and lower chest, burping helps a little. any antacid you prefer?

@T heartburn-occasional | 1 | F35
getting heartburn since I started running in the mornings after my coffee. tips?

@T heartburn-occasional | 2 | M56
heartburn most days for 2 months and lately food feels like it sticks on the way down

@C heartburn-occasional | 1 | F50
Occasional indigestion after big dinners - bloated, burning feeling, lots of burping. Is Pepcid or Tums better?

@C heartburn-occasional | 1 | M42
Reflux flare after the holidays (too much coffee and late meals). No trouble swallowing, no weight loss. Should I raise the head of the bed?

@C heartburn-occasional | 2 | M66 HB10.1 | cd
heartburn the last week or so. never really had it before. what's good to take?

@T hemoptysis | 4 | F42
coughed up some bright red blood in my phlegm this morning, maybe a teaspoon. been coughing with a cold for a week

@T hemoptysis | 5 | M64 c:nsclc O2 90 HR118
coughed up about half a cup of blood, breathless

@C hemoptysis | 4 | M60 c:smoker c:copd
Streaks of blood in my sputum three mornings in a row now. Ex-smoker, 60.

@T hemorrhoids-uncomplicated | 1 | F34
bright red blood on the toilet paper after a hard poop, and my bum is itchy. I think it's piles

@T hemorrhoids-uncomplicated | 1 | M42
hemorrhoid flare, painful little lump outside when I sit. no heavy bleeding. what cream?

@T hemorrhoids-uncomplicated | 1 | F31 | as
There was BLOOD in the toilet bowl!!! Bright red, after I strained. Only a few drops, and some on the paper. I feel totally fine otherwise. I'm 31 and had piles after my first kid.

@T hemorrhoids-uncomplicated | 4 | M73 c:af m:warfarin HB9.2 HR104 | cd
some blood when I wipe, probably my piles again. is there a cream you'd recommend?

@T hemorrhoids-uncomplicated | 2 | M61
bleeding from my piles on and off for 2 months and my bowels have changed - looser and more often. I'm 61.

@C hemorrhoids-uncomplicated | 1 | M39
Itchy, sore bottom + small lump since the long drive last week. A bit of blood on the paper yesterday. Cream recommendations?

@C hemorrhoids-uncomplicated | 1 | F29 pp:21
Sitz baths for hemorrhoids - how often? Had my baby 3 weeks ago and still sore down there. Bleeding is only a few spots on the paper.

@T hives-mild | 1 | F27
itchy welts all over my arms and back since yesterday, no lip swelling, breathing fine. had a cold last week

@T hives-mild | 1 | M35
hives come and go for 3 days, each patch lasts a few hours then moves somewhere else. zyrtec helps. ok to keep taking it?

@T hives-mild | 1 | F24 | as
My whole body is covered in huge raised red blotches and it's SO itchy I want to scream. Lips and tongue normal, breathing normal, no new foods or meds. What do I do??

@T anaphylaxis | 5 | M19 HR120 BP92/58
hives all over after eating cashews at a party, now my lips are swelling and I feel faint

@T hives-mild | 1 | M5
My son (5) has hives on his legs after playing in the grass at the park. He's fine otherwise, running around. Antihistamine ok?

@C hives-mild | 1 | M30
Welts show up after my hot shower, itchy, fade in about an hour. Happened twice. Is this an allergy?

@C drug-rash-mild | 3 | F38 m:amoxicillin | cd
itchy hives on my arms and tummy since this morning, no swelling anywhere. ok to take benadryl?

@T home-bp-elevated | 2 | M49 BP152/94
home bp machine says 152/94, rechecked 148/92. no symptoms. it used to be in the 130s

@T home-bp-elevated | 2 | F57 c:htn m:lisinopril BP146/92
BP has been in the 140s/90s at home all week on the lisinopril. Should we up the dose?

@T home-bp-elevated | 4 | M53 BP186/122
BP 186/122 twice after sitting quietly for 10 min. No headache, no chest pain. Cuff is new.

@C home-bp-elevated | 2 | F62 BP145/88
My new BP cuff gives readings around 145/88 in the evenings. Morning ones are 130/80. No symptoms. Worth bringing in?

@C home-bp-elevated | 4 | F34 pp:5 BP156/102 | cd
bp a little high today, 150 something over 100, feel fine, bit of a headache. probably tired!

@T hyperglycemia-type2-mild | 3 | M57 c:dm2 m:metformin G280
sugars running 250-300 for a week since I got a cold. no vomiting, drinking ok. don't have ketone strips. what do I do?

@T hyperglycemia-type2-mild | 3 | F61 c:dm2 m:metformin G220
Fasting sugar 220 for the past few days. I'm on metformin, feel fine. Should I change something?

@T hyperglycemia-type2-mild | 5 | M82 c:dm2 G600 HR110
my grandpa is type 2, his meter just says HI, he's confused and super thirsty, peeing a lot

@C hyperglycemia-type2-mild | 3 | F66 c:dm2 m:metformin m:prednisone40 G310
Glucose 310 after dinner and 260 this morning. Started prednisone for my back 3 days ago. T2D, no ketone strips at home.

@T hypertensive-urgency | 4 | F58 c:htn BP192/118
BP 192/118 and I have a pounding headache and blurry vision

@T hypertensive-urgency | 5 | M62 c:htn BP210/130 HR104
blood pressure 210/130. chest pain and short of breath.

@C hypertensive-urgency | 4 | M55 c:htn m:amlodipine BP184/121
BP is 184/121, feel awful, throbbing head, nauseous. Ran out of my amlodipine 4 days ago.

@T hypoglycemia-recovered | 3 | F44 c:dm1 m:glargine m:lispro G118
had a low this morning, 52, felt shaky and sweaty, drank juice and now 118. I'm on insulin. why did that happen?

@T hypoglycemia-recovered | 3 | M36 c:dm1 m:glargine G96
sugar dropped to 61 after my run, fixed with glucose tabs. is my lantus dose too high?

@T hypoglycemia-recovered | 4 | M58 c:dm1 m:glargine m:lispro G104
My husband had a low in the night, he was confused and sweaty and I had to give him the glucagon. He's awake and eating now, sugar 104.

@C hypoglycemia-recovered | 3 | M77 c:dm2 m:glipizide G74 | cd
Had a bit of a wobbly shaky spell before lunch, felt better after a sandwich. Just letting you know.

@T hypoglycemia-severe | 5 | F45 c:dm1 m:glargine G38
my wife is type 1 and she's sweaty, confused and won't drink the juice. sugar 38

@T hypoglycemia-severe | 5 | M79 c:dm2 m:glipizide G48
found my dad (he's on glipizide) slumped in his chair not making sense. sugar 41, gave him honey, still 48 after 15 min

@C hypoglycemia-severe | 5 | M16 c:dm1 m:pump G35
Son (16, type 1) had a seizure in his sleep, his meter says 35. He's groggy now. We have glucagon.

@T ici-diarrhea-colitis | 4 | M64 c:melanoma m:pembro
on keytruda, diarrhea 6-7 times today, crampy

@T ici-diarrhea-colitis | 4 | F59 c:nsclc m:pembro | cd
runny tummy since yesterday, 3 or 4 loose ones. probably something I ate at the barbecue. imodium ok?

@T ici-diarrhea-colitis | 5 | M55 c:melanoma m:ipinivo T38.4 HR116
on ipi/nivo. diarrhea 10 times today with blood in it, fever 38.4 and my belly is very sore

@C ici-diarrhea-colitis | 4 | M68 c:rcc m:ipinivo | cd
Loose stools x2 days, maybe 4 a day more than my normal. Imodium helping a bit.

@C ici-diarrhea-colitis | 4 | F71 c:bladderca m:atezo | cd
a bit of diarrhea, nothing dramatic, 3 times today.

@T ici-endocrine-crisis | 5 | M61 c:melanoma m:nivo BP84/50 HR118
on nivolumab. worst headache, dizzy when I stand, vomiting. BP machine says 84/50

@T ici-endocrine-crisis | 5 | F66 c:nsclc m:pembro BP86/54 NA126 HR112 | cd
Feeling wiped out and a bit nauseous, dizzy when I get up. Probably dehydrated, I'll drink more.

@C ici-endocrine-crisis | 5 | M58 c:melanoma m:ipinivo BP82/50
Husband on ipilimumab + nivolumab: today he's so weak he can't stand, vomiting, confused, complaining of a bad headache behind his eyes.

@T ici-fatigue-thyroid | 3 | F62 c:nsclc m:pembro TSH18
on pembro. really tired lately, gained 4 kg and I'm always cold.

@T ici-fatigue-thyroid | 3 | M57 c:rcc m:nivo
Since my last nivolumab infusion I'm exhausted all day, constipated, and my skin is dry. Could it be my thyroid?

@C ici-fatigue-thyroid | 3 | F64 c:melanoma m:pembro400 TSH24 | cd
Just feeling a bit run down lately, sleeping more. Normal I guess?

@T ici-hepatitis | 4 | M66 c:nsclc m:pembro BILI3.4 ALT310
my eyes look yellow and my pee is dark like tea. on keytruda.

@T ici-hepatitis | 4 | F53 c:melanoma m:ipinivo ALT412 | cd
Feel a bit off, tired and a little nauseous this week, no appetite. Just a bug?

@C ici-hepatitis | 4 | M62 c:nsclc m:durva BILI2.6
Pale stools and itchy skin for a few days, urine darker. On durvalumab.

@T ici-myocarditis | 5 | M70 c:melanoma m:nivo HR128
started nivolumab 3 weeks ago, now chest tightness and my heart is racing

@T ici-myocarditis | 5 | F67 c:melanoma m:ipinivo
feeling weak this week, my eyelids are droopy and I'm seeing double sometimes. muscles ache. tired from treatment?

@C ici-myocarditis | 5 | M73 c:nsclc m:pembro HR118 O2 93 | cd
a bit short of breath walking to the mailbox, and my legs are puffy. getting old!

@T ici-pneumonitis | 4 | F61 c:nsclc m:pembro O2 91
on pembro, new dry cough and breathless getting dressed. oximeter 91

@T ici-pneumonitis | 4 | M66 c:melanoma m:nivo O2 93 | cd
little tickly cough the past week, slightly breathless on hills. probably allergies

@C ici-pneumonitis | 4 | F68 c:nsclc m:atezo T38.2 O2 92
Atezolizumab patient: cough with fever 38.2 and I'm breathing harder than usual.

@T ici-severe-skin | 5 | F58 c:melanoma m:pembro T38.3
on pembrolizumab, rash spreading fast, now blisters on my chest and sores in my mouth

@T ici-severe-skin | 5 | M64 c:nsclc m:nivo
skin peeling off in sheets on my back and it's purple and really painful

@C ici-severe-skin | 5 | F70 c:rcc m:pembro T38.6
Rash from the Keytruda now covers most of my body, fever 38.6, and my lips are crusty and sore.

@T ici-skin-mild | 3 | M60 c:melanoma m:nivo
itchy rash on my arms and chest since the 2nd infusion, small red bumps, no blisters

@T ici-skin-mild | 3 | F55 c:nsclc m:pembro
itching all over on immunotherapy, no rash really, keeps me up some nights

@C ici-skin-mild | 3 | M77 c:hnca m:cemipl
Small patch of dry scaly rash on my shins, mildly itchy. On cemiplimab for skin cancer. Can I use hydrocortisone?

@T infant-breathing-difficulty | 5 | F3y1m RR48 O2 90 HR160
my 3 yo is grunting with every breath and her nostrils flare, ribs sucking in. she's had a cold for 2 days

@T infant-breathing-difficulty | 5 | M3y3m O2 92
Grandson is 3. He had pauses in his breathing while asleep, like 20 seconds, and his lips went a bit bluish. Now awake and breathing fast.

@C infant-breathing-difficulty | 5 | M3y0m RR50 O2 91
Toddler (just turned 3) with an RSV-type cold. Breathing fast, head bobbing, too breathless to drink his milk.
""")
BLOCKS.append(r"""
@T insect-bite-sting-local | 1 | M38
got stung by a wasp on my hand, it's swollen and red around the sting and hurts. no other symptoms at all

@T insect-bite-sting-local | 1 | F25
mosquito bites all over my legs from camping, super itchy, one is big and puffy. what helps the itch?

@T insect-bite-sting-local | 1 | M44 | as
My arm is HUGE. Bee sting yesterday on my forearm and now the swelling goes from wrist to elbow, red, hot and itchy. Breathing totally fine, no hives anywhere else, no fever. Should I go to the ER?

@T insect-bite-sting-local | 1 | F9
Daughter (9) came back from summer camp with a bunch of bites, scratching them, one is a bit scabby. Nothing spreading.

@T insect-bite-sting-local | 4 | F52 c:beesting m:epipen | cd
Got stung by a bee in the garden 20 minutes ago, a bit of swelling right where it got me. Put ice on it. That should do it?

@T insect-bite-sting-local | 1 | F31
spider bite?? small red bump with a tiny dot in the middle on my thigh, itchy, not spreading

@C insect-bite-sting-local | 1 | M50
Horsefly bite on my calf yesterday, swollen lump the size of a golf ball, itchy and warm. No streaks, no fever. Anything besides ice?

@C insect-bite-sting-local | 1 | M10
Son (10) was stung by a yellow jacket on the ear at the picnic. Ear is puffy and red, he's otherwise totally fine and eating ice cream.

@C insect-bite-sting-local | 3 | M68 c:dm2 c:pad T38.1 | cd
bitten by something on my ankle while gardening, a bit red and swollen. calamine?

@T insomnia-short-term | 1 | F29
can't sleep since starting the new job, lying awake until 2am. any tips? I don't want pills

@T insomnia-short-term | 1 | M46
jet lag insomnia after flying back from Europe, it's been 4 nights. is melatonin ok?

@T insomnia-short-term | 1 | F20
trouble falling asleep during exam season, my mind is racing. I'm 20. anything safe?

@T insomnia-short-term | 3 | M74 c:hf m:furosemide O2 92 | cd
trouble sleeping lately, I wake up a lot at night and end up in the recliner. anything for sleep?

@T insomnia-short-term | 1 | M34 | as
I haven't slept properly in a week and I'm going INSANE. Worked crazy hours for a deadline, now it's done and my brain won't switch off. No dark thoughts, just exhausted and wired.

@C insomnia-short-term | 1 | F41
Newish night shifts and my sleep is wrecked. Blackout curtains help a bit. Is it safe to take diphenhydramine a few nights a week?

@C insomnia-short-term | 1 | M57
Couldn't sleep since the move, 10 days now. Screens off at 10, no caffeine after noon. What else can I try?

@T kidney-stone-pain | 4 | M41 HR104 PAIN9
worst pain of my life in my right side and back, comes in waves, going into my groin, I can't sit still. threw up once

@T kidney-stone-pain | 4 | F48 c:stone PAIN7
had stones before, same pain on the left now, pee is pinkish. taking ibuprofen, pain 7/10.

@C kidney-stone-pain | 5 | M55 c:stone T38.9 HR118
Kidney stone pain on the right since last night and now a fever of 38.9 with shaking chills.

@T knee-pain-chronic | 2 | F63 c:kneeoa
knees ache after walking more than 20 min, stiff in the mornings. I'm 63. ibuprofen helps. any exercises?

@T knee-pain-chronic | 2 | M55
creaky painful right knee for about a year, worse on stairs. can I get a physio referral?

@T knee-pain-chronic | 3 | M48
my knee locked when I twisted it gardening and I can't straighten it all the way since this morning

@T knee-pain-chronic | 4 | M71 c:kneeoa c:dm2 T38.4 HR104 | cd
my arthritic knee is more swollen and sore this week. more ibuprofen?

@C knee-pain-chronic | 2 | F32
Sore knees from running, around the kneecap, worse going downstairs. No injury. Do I need a physio?

@C knee-pain-chronic | 2 | M69 c:kneeoa
Is a cortisone shot an option for my knee arthritis? Pain is limiting my walks now.

@T lab-result-question | 2 | M52
my cholesterol came back 245, what does that mean? do I need meds?

@T lab-result-question | 2 | F47 A1C6.1
saw my A1c is 6.1 on the portal. is that prediabetes? what should I do?

@T lab-result-question | 2 | F33 HB11.2
My ferritin was flagged low and I've been tired. Should I take iron tablets?

@T lab-result-question | 4 | M70 c:ckd m:lisinopril m:spironolactone K6.4
The lab called and said my potassium is 6.4 and I need to call you right away. I feel ok, maybe a bit weak.

@T lab-result-question | 3 | F64 NA124 | cd
just saw my blood results on the app, anything to worry about? I feel fine

@C lab-result-question | 2 | F39
Vitamin D came back 18. Should I supplement, and how much?

@C warfarin-inr | 3 | M74 c:af m:warfarin INR5.6 | cd
Saw my INR result in the portal, what does it mean?

@T low-back-pain-acute | 1 | M34
pulled my lower back lifting a box yesterday. stiff and sore but I can walk. heat or ice?

@T low-back-pain-acute | 1 | F52
lower back ache since gardening on sunday, no pain down my legs, no numbness. how long will this last?

@T low-back-pain-acute | 1 | M39 | as
My back went out and I literally could not get out of bed this morning, had to roll onto the floor. The pain is insane when I move, ok when still. No numbness, peeing normally, no fever.

@T low-back-pain-acute | 1 | F45
back twinges after long drives. just need some stretches

@T low-back-pain-acute | 3 | F61 c:breastca m:letrozole | cd
lower back pain for a week, dull, can't get comfy at night. what stretches help?

@T pyelonephritis | 4 | F58 T38.7 HR106 | cd
back pain since yesterday, lower back on one side. probably slept funny.

@T low-back-pain-acute | 1 | M58
lumbago flare, had it before and the physio exercises helped. can you send them again?

@C low-back-pain-acute | 1 | M27
Tweaked my lower back at the gym deadlifting. Sore across the belt line, no leg symptoms. OK to keep walking?

@C low-back-pain-acute | 1 | F49 c:gerd
Back pain after helping my son move house, 2 days, a bit better today. Naproxen ok with my reflux?

@C low-back-pain-acute | 3 | M69 c:colonca m:cape | cd
lower back aching the past couple of weeks, a bit worse at night. heat pad?

@T low-mood | 2 | F28
feeling flat and unmotivated for a month, not enjoying things, sleeping a lot. no thoughts of hurting myself. could I talk to someone?

@T low-mood | 2 | M71
since my wife passed 3 months ago I can't sleep and I feel empty. I'm eating, I'm safe, but I'm not myself.

@T low-mood | 2 | F35 c:depression m:sertraline
I think the sertraline stopped working, mood slipping again over the last few weeks

@T low-mood | 3 | F30 pp:120
had a baby 4 months ago and I cry every day, I can't bond with her, I don't feel like myself at all

@C low-mood | 2 | F44
Winter blues are back - low energy, carb cravings, can't get up in the morning. Happens every November. Would a light box help?

@C low-mood | 2 | M17
My son is 17 and has been really withdrawn for 2 months, grades dropping, stays in his room. He says he's not suicidal. Can he see someone?

@T medication-interaction | 2 | M56 c:htn m:lisinopril
can I take ibuprofen with my lisinopril? sore shoulder

@T medication-interaction | 2 | F38 m:sertraline
is it ok to take st john's wort with my sertraline?

@T medication-interaction | 2 | M69 c:af m:warfarin
I'm on warfarin and the dentist prescribed amoxicillin for 7 days. Any problem?

@T overdose-poisoning | 5 | M58 m:oxycodone RR8
husband took his oxycodone and then 2 of my xanax, he's very hard to wake and breathing slowly

@C medication-interaction | 2 | F62 m:atorvastatin
Can I have grapefruit with atorvastatin? I love my morning grapefruit.

@C medication-interaction | 2 | M77 c:ckd m:apixaban c:af CR2.4 | cd
knee's been bugging me after tennis - ok to take advil for a few days?

@T medication-refill | 2 | M60 c:htn m:lisinopril
need a refill of my lisinopril, 5 pills left

@T medication-refill | 2 | F52 c:hypothyroid m:levo
Please renew my levothyroxine 100mcg, pharmacy says no refills left.

@T medication-refill | 3 | M29 c:epilepsy m:levetiracetam
out of my seizure meds (keppra) since yesterday, pharmacy needs a new script

@T medication-refill | 4 | M31 c:dm1 m:glargine G380 KET1.8
ran out of insulin yesterday, sugars 380 and moderate ketones on the strip. can you send a script?

@C medication-refill | 2 | F@1957-02-09 c:dm2 m:metformin m:atorvastatin
Hi - 90-day refill for atorvastatin and metformin please, to the Walgreens on Elm. Thanks! Ruth Okafor, DOB 02/09/1957

@C medication-refill | 3 | F64 c:ra m:prednisone | cd
Could you refill my prednisone please? Ran out on Saturday.

@T medication-side-effect | 2 | M54 c:dm2 m:metformin
started metformin 2 weeks ago, loose stools and upset tummy. is this normal?

@T medication-side-effect | 2 | F24 m:sertraline
sertraline is making me feel jittery and nauseous, it's the first week

@T medication-side-effect | 2 | M61 m:atorvastatin
muscle aches in my thighs since starting the statin. can walk fine, urine normal colour

@T medication-side-effect | 4 | M66 m:atorvastatin
on the statin. my legs are very weak and aching and my pee is dark brown

@C medication-side-effect | 2 | F53 m:amlodipine
New BP pill (amlodipine) gives me flushing and a headache in the afternoons. Normal? Will it pass?

@C medication-side-effect | 4 | F45 c:bipolar m:lithium m:ibuprofen | cd
feeling a bit sick and shaky since yesterday, tummy upset, hands trembling. maybe a bug?

@T menstrual-cramps | 1 | F22
period cramps really bad this month, ibuprofen helps a bit. heat pad? anything else?

@T menstrual-cramps | 1 | F14
My 14 yo daughter has awful cramps the first 2 days of her period and misses school. Safe dose of naproxen for her?

@T menstrual-cramps | 1 | F26 | as
I'm literally curled in a ball on the bathroom floor, period cramps are SO bad. Same as every month honestly, just worse this time. Took 2 Advil 20 min ago. I have an IUD.

@T menstrual-cramps | 1 | F31
cramps + lower back ache on day 1 of my period. is it ok to take naproxen and tylenol together?

@T menstrual-cramps | 4 | F28
bad cramps today but my period's a week late and the cramping is mostly on the left side

@T menstrual-cramps | 2 | F44 HB8.6 | cd
period pain a bit worse than usual this cycle. ibuprofen or naproxen better?

@C menstrual-cramps | 1 | F35
Cramping started this morning with my period, usual stuff. Hot water bottle and ibuprofen - what's the max I can take in a day?

@C menstrual-cramps | 1 | F19
period pain that makes me nauseous on day 1, every month since I was 13. anything stronger over the counter?

@T migraine-known | 2 | F36 c:migraine m:sumatriptan
migraines 3x a week now. sumatriptan works but I'm using it too much. prevention options?

@T migraine-known | 2 | F29 c:migraine m:sumatriptan
usual migraine, zigzags then the headache, 2 days now and the triptan isn't doing much this time

@T migraine-known | 2 | F33 c:migraine
my migraines seem to come with my period every month. ideas?

@T migraine-known | 4 | F40 c:migraine
migraine going 4 days now, can't keep fluids down, nothing is touching it

@C migraine-known | 2 | M41 c:migraine
Migraines are back since I started the new job - twice a week, light sensitive, usual pattern. Rizatriptan helps. Preventive options?

@C preeclampsia-signs | 4 | F36 preg:30 c:htn_preg BP158/104 | cd
one of my usual migraines today, took tylenol, lying in the dark.

@T migraine-vs-stroke-aura | 4 | F52
I'm 52, never had a migraine, and just had zigzag lights in my left eye for 40 minutes but no headache after. Is that normal?

@T migraine-vs-stroke-aura | 5 | M38 c:migraine
my usual aura but now my right hand and face are numb and words are coming out wrong. been 70 minutes

@C migraine-vs-stroke-aura | 4 | F45 c:migraine
Aura has lasted 90 minutes this time (normally 20). Vision still shimmery on the right side. Headache starting.

@T mild-diarrhea-adult | 1 | M31
diarrhea since last night, 4 times, no blood, no fever, keeping water down

@T mild-diarrhea-adult | 1 | F27
travelers diarrhea in mexico, day 2, loose but not crazy. imodium ok?

@T mild-diarrhea-adult | 1 | M25 | as
I've been on the toilet ALL MORNING, like 6 times, it's basically water and I feel awful and crampy. No blood, no fever, I'm drinking Gatorade and keeping it down. I'm 25.

@T mild-diarrhea-adult | 1 | F42
loose stools after the office potluck lol, 3 times today, feel ok

@T mild-diarrhea-adult | 3 | F67 m:augmentin | cd
bit of diarrhea for 2 days, nothing bad. is it from something I ate?

@T ici-diarrhea-colitis | 4 | M72 c:melanoma m:pembro | cd
loose stools since yesterday, maybe 4-5 times. can I take imodium?

@C mild-diarrhea-adult | 1 | M29
Upset stomach and runny stools since the weekend, improving now. Can I go back to work tomorrow? I'm a food handler.

@C mild-diarrhea-adult | 1 | F38
Diarrhea x1 day, 5 episodes, no blood. Took one Imodium. When should I worry?

@C mild-diarrhea-adult | 3 | M56 c:renaltx m:tacrolimus m:mycophenolate | cd
Few days of loose stools, maybe 3-4 a day. Probably the new protein powder.

@T minor-burn | 1 | F34
burned my finger on the oven rack. red and stings, tiny blister

@T minor-burn | 1 | M28
splashed hot coffee on my thigh, red patch about 5cm, no blisters. what do I put on it?

@T minor-burn | 1 | F23 | as
OWW I touched the curling iron to my forearm and there's an angry red stripe and it hurts like crazy!! Ran it under cool water 20 min. No blister yet. Do I need to be seen??

@T severe-burn | 4 | M9
scalded my son's hand with boiling water from the kettle, blisters across the back of his hand and fingers. he's 9. cooled it under the tap

@T minor-burn | 2 | F52 c:dm2 c:dmneuro | cd
small burn on my shin from the motorbike exhaust 4 days ago, a bit red still. aloe?

@C minor-burn | 1 | M47
Little steam burn on my wrist from the kettle, pink, no blister, stings. Aloe or something else?

@C minor-burn | 1 | F31
Sparkler burn on my fingertip (I know, I know). Small blister, already cooled it. Cover it or leave it open?

@T minor-cuts-scrapes | 1 | M36
cut my finger slicing bagels. bled a lot but stopped with pressure after 5 min, edges close together

@T minor-cuts-scrapes | 1 | M8
son (8) fell off his bike, scraped knees and elbow with gravel in it. how do I clean it?

@T minor-cuts-scrapes | 1 | F40 | as
Blood EVERYWHERE, I sliced my thumb on a tin can lid! Ok it stopped now after pressing 5 min and it's maybe 1cm long, not deep, I can move it fine. Do I need stitches??

@T minor-cuts-scrapes | 3 | M30
cut on my palm from broken glass, gaping open about 1cm wide, bleeding slowly. glass out I think

@T minor-cuts-scrapes | 3 | M77 c:af m:warfarin INR3.9 | cd
small cut on my forearm from the garden fence, bleeding keeps starting again. plaster on it

@C minor-cuts-scrapes | 1 | F15
Graze on my shin from the trampoline, oozing a bit of clear stuff, no redness. Bandage or air it out?

@C minor-cuts-scrapes | 2 | M58
Nicked my hand on a rusty nail in the shed, small puncture, cleaned it. I can't remember my last tetanus shot, maybe 15 years?

@T motion-sickness | 1 | F55
going on a cruise next week and I get seasick easily. patch or pills?

@T motion-sickness | 1 | M7
my 7 yo gets carsick on every long drive. what can we give him?

@T motion-sickness | 1 | M38
airsick on every flight, flying to Denver Friday. dramamine makes me too drowsy, alternatives?

@T motion-sickness | 1 | F30 | as
I have been throwing up since we got on this ferry 2 hrs ago and I want to die. Still 1 hour to go. No problems on the way out. Anything I can do right now??

@T motion-sickness | 2 | M74 c:bph m:tamsulosin | cd
Is the scopolamine patch ok for my cruise next month?

@C motion-sickness | 1 | F9
Road trip this weekend, kids (9 and 11) both get queasy in the back seat. Tips and what's safe for them?

@C motion-sickness | 1 | M22
VR games make me nauseous lol, is that motion sickness? anything that helps?

@T mouth-ulcers | 1 | F26
canker sore inside my lip, really painful for 3 days. salt water?

@T mouth-ulcers | 1 | M33
keep getting mouth ulcers when I'm stressed, 2 right now on my tongue

@T mouth-ulcers | 1 | F29 | as
The sore on my tongue is so painful I can barely talk, it's a white crater like 5mm with a red ring around it. Had them before. I can still eat soft things and drink fine.

@T mouth-ulcers | 2 | M58 c:smoker
ulcer on the side of my tongue for 4 weeks, not healing, feels hard at the edge. I smoke.

@T mouth-ulcers | 3 | F51 c:breastca m:ac ANC0.5 | cd
a few mouth sores this week, eating is a bit sore. mouthwash?

@C mouth-ulcers | 1 | M41
Bit my cheek and now it's a yellowish ulcer, 4 days. Orajel ok?

@C mouth-ulcers | 1 | F16
Mouth ulcer from my new braces rubbing. Dental wax helps a bit. How long should it take to heal?
""")
BLOCKS.append(r"""
@T nosebleed-simple | 1 | F33
nosebleed this morning, pinched for 10 min and it stopped. the air in my apartment is super dry

@T nosebleed-simple | 1 | M6
My son (6) gets nosebleeds when he picks his nose, they stop with pressure. Should I put vaseline in there?

@T nosebleed-simple | 1 | M27 | as
My nose just POURED blood, all down my shirt, I totally panicked. Leaned forward and pinched for 15 min and it's stopped completely. Feel fine now. I'm 27, not on any meds. Do I need to go in?

@T nosebleed-simple | 3 | M76 c:af m:apixaban HB9.0 HR106 | cd
had a nosebleed earlier, stopped eventually. a bit tired now. how do I stop them happening?

@T nosebleed-simple | 4 | M64 c:htn BP176/98
nosebleed 30 minutes now and it won't stop even pinching hard, blood going down the back of my throat

@T nosebleed-simple | 1 | F45
winter nosebleeds every few days, small ones, stop quickly. humidifier? nasal gel?

@C nosebleed-simple | 1 | M38
Quick nosebleed after blowing my nose hard with this cold, stopped in 5 minutes. Just checking that's nothing.

@C nosebleed-simple | 1 | F11
Daughter 11 had a nosebleed at school, the nurse pinched it 10 min and it stopped. Third one this month, all since the heating came on. Anything to prevent them?

@C nosebleed-simple | 3 | F70 c:af m:warfarin INR4.6 | cd
little nosebleed this morning that took a while to stop, fine now.

@T overdose-poisoning | 5 | F19
I took like 20 tylenol extra strength 3 hours ago after a fight with my boyfriend. I feel fine now. do I need to do anything

@T overdose-poisoning | 5 | F4
My 4 year old got into grandma's pill organizer, not sure what she swallowed, maybe 2 of the heart pills. She seems ok right now.

@C overdose-poisoning | 5 | M68 c:ra m:methotrexate
Husband accidentally took his whole week of methotrexate at once (7 tabs) this morning - mixed up the boxes. He feels ok so far.

@T palpitations-brief | 3 | F34
heart flutters for a few seconds a few times a day, feels like skipped beats, worse after coffee. no chest pain or dizziness

@T palpitations-brief | 3 | M29
my heart raced for about 5 minutes last night then stopped suddenly, like a switch. felt fine otherwise. 29M

@T palpitations-brief | 5 | F45 HR182
heart going 180 for 30 minutes now, dizzy and my chest feels tight

@T palpitations-brief | 4 | M66 c:hcm m:metoprolol | cd
noticed some skipped beats today, probably too much coffee. cut back?

@C palpitations-brief | 3 | F38
Fluttery feeling in my chest when lying on my left side at night, lasts seconds. Apple watch says sinus rhythm. Anxious about it.

@C ici-myocarditis | 5 | F62 c:melanoma m:ipinivo HR112 | cd
Occasional skipped beats this week, nothing else to report.

@T postop-wound-healing | 1 | F46 c:postop_chole@5
day 5 after gallbladder surgery. incisions a bit pink right at the edges, small amount of clear drainage on the dressing. normal?

@T postop-wound-healing | 1 | M67 c:postop_knee@21
my knee replacement scar itches like crazy at 3 weeks. is that healing?

@T postop-wound-healing | 1 | M52 c:postop_hernia@3
when can I shower after my hernia repair? it's been 3 days, glue on the wound

@T postop-wound-healing | 1 | F32 c:postop_csection@10 pp:10 | as
There's a hard lumpy ridge under my c-section scar and I'm FREAKING OUT that something is wrong inside. It's not red, not hot, no discharge, no fever, and the pain is getting better every day. 10 days post op.

@T postop-wound-healing | 4 | M58 c:postop_appy@6 T38.6 HR108 | cd
incision looks fine mostly, bit sore. just feel tired and hot today. normal after surgery?

@T postop-wound-healing | 1 | F41 c:postop_skin@9
steri strips falling off on my arm where the mole was removed, 9 days. the cut is closed. ok to leave them off?

@C postop-wound-healing | 1 | F72 c:postop_hip@14 m:enoxaparin
Bruising around my hip incision (2 wks post op), yellow and purple, no redness or heat, no drainage. Normal?

@C postop-wound-healing | 1 | F55 c:postop_mastectomy@18 c:breastca
Lumpectomy incision a bit numb around the edges, healing well otherwise. Is numbness expected?

@T postop-wound-infection | 3 | F29 c:postop_csection@8 pp:8 T37.9
my c-section incision is red and there's yellow pus coming out of one end. it's been 8 days

@T postop-wound-infection | 3 | M49 c:postop_hernia@6
hernia repair wound is more red and painful since yesterday, day 6. edges look puffy

@T postop-wound-infection | 4 | M70 c:postop_knee@12 T38.5 HR106
wound from my knee replacement is opening up and oozing cloudy smelly fluid, fever 38.5

@C postop-wound-infection | 3 | F24 c:postop_appy@5 T37.8
Spreading redness around my appendectomy incision - was a thin line, now about 3cm wide - and it's warm. 5 days post op. Temp 37.8.

@T postpartum-bleeding | 5 | F30 pp:5 HR122 BP94/58
I had my baby 5 days ago and today I'm soaking a pad every hour with big clots like golf balls. I feel dizzy.

@C postpartum-bleeding | 5 | F34 pp:9 HR118
Bleeding was settling (brownish) but tonight it's suddenly bright red and heavy again, 9 days after delivery, and my heart is racing.

@T postviral-cough | 1 | F38
cold cleared up 2 weeks ago but I still have a tickly cough, mostly at night. no fever

@T postviral-cough | 1 | M45
lingering cough after the flu, 3 weeks, slowly getting better. honey?

@T postviral-cough | 1 | F36 | as
This cough is going to break my ribs!! Coughing fits every night since my cold 3 weeks ago, I'm SO tired of it. No fever, breathing fine, no blood, getting a tiny bit better each week.

@T postviral-cough | 1 | M31
dry hacking cough after covid 4 weeks ago, otherwise recovered. will it go away?

@T postviral-cough | 4 | F70 c:copd m:tiotropium O2 89 RR24 HR104 | cd
cough hanging on after my cold, bit more breathless than usual. cough syrup?

@T cough-persistent | 2 | F64 c:smoker | cd
cough since a cold about a month ago, just hanging on. cough drops?

@C postviral-cough | 1 | M52
Cold's gone but the cough is hanging around (2.5 wks). Clear phlegm in the morning, otherwise fine. Any syrup worth buying?

@C postviral-cough | 1 | F27
Tickle in my throat that makes me cough after talking a lot, ever since a cold last month. Improving slowly.

@T preeclampsia-signs | 4 | F31 preg:34 BP162/108
34 weeks, bad headache that tylenol isn't helping and I'm seeing sparkly spots. feet and face puffy

@T preeclampsia-signs | 4 | F28 preg:37 BP150/98
I'm 37 weeks and have pain under my right ribs and feel sick. BP at the pharmacy was 150/98.

@T pregnancy-nausea-mild | 2 | F29 preg:8
8 weeks pregnant, nauseous all day, throwing up about once a day but keeping water and crackers down

@T pregnancy-nausea-mild | 2 | F33 preg:10
morning sickness is brutal. is it safe to take unisom and b6? I'm 10 weeks

@T pregnancy-nausea-mild | 4 | F26 preg:11 HR112
11 weeks, can't keep anything down since yesterday, not even water. peeing very little and it's dark

@C pregnancy-nausea-mild | 2 | F31 preg:7
Nauseated most of the day at 7 weeks, ginger helps a bit. Vomit maybe once every other day. Eating small meals. Anything else safe?

@T pulmonary-embolism-signs | 5 | F39 m:ocp HR118 O2 91
sudden short of breath an hour ago, sharp pain on the right side of my chest when I breathe in. my calf has been sore since my flight

@T pulmonary-embolism-signs | 5 | F46 c:breastca m:docetaxel HR114 O2 92 | cd
a bit puffed walking up the stairs today and a funny stitch in my side. probably unfit

@C pulmonary-embolism-signs | 5 | M66 c:postop_hip@14 HR124 O2 90
Had hip surgery 2 weeks ago. Suddenly can't catch my breath and coughed up a bit of pink sputum. Heart pounding.

@T pyelonephritis | 4 | F33 T38.9 HR108
UTI symptoms 3 days, now fever 38.9, pain in my right side of my back, shivery

@C pyelonephritis | 4 | F27 T38.4 m:nitrofurantoin
Burning pee since Tuesday; today pain in my left flank, 38.4, vomited once but keeping the antibiotics down so far.

@T rash-new-nonurgent | 2 | F38
new itchy rash on my wrists and around my waistband for a week. no fever, no new meds. new laundry detergent?

@T rash-new-nonurgent | 2 | M24
round scaly pink patch on my chest, then a bunch of smaller ones came up on my back. a bit itchy, feel fine

@T rash-new-nonurgent | 2 | M45
dry rough red patches on my elbows and scalp for a few months, flaky, itchy sometimes

@T meningitis-signs | 5 | F22 T38.6 HR118
rash on my legs, small purple dots that don't go away when I press a glass on them, and I feel feverish and achy

@T ici-skin-mild | 3 | M63 c:melanoma m:pembro | cd
little rash on my chest, not itchy, came up yesterday. anything to put on it?

@C rash-new-nonurgent | 2 | F51
Red itchy bumps on my forearms since I started a new hand cream 5 days ago. Stopped it yesterday. No fever.

@C rash-new-nonurgent | 2 | M12
My son (12) has a ring-shaped rash on his arm, scaly edge, clear middle, itchy. He's on the wrestling team. Ringworm?

@T sciatica | 2 | M44
pain from my buttock down the back of my left leg to the calf for 10 days, tingling in my foot. can walk ok

@T sciatica | 2 | F51
sciatica flared after moving furniture, shooting pain down my right leg. no numbness down below, peeing fine

@T sciatica | 4 | M56
sciatica down my right leg and now my foot slaps when I walk, can't lift my toes up

@T sciatica | 3 | M59 c:lymphoma | cd
back pain going down my leg for a couple weeks, like my old sciatica. stretches?

@C sciatica | 2 | F38
Pins and needles down the outside of my right leg with a deep ache in the buttock, 2 weeks. Better walking, worse sitting at my desk. Any stretches?

@T seizure-first | 5 | M45
my husband (45) just had a fit, shaking all over for 2 minutes, never happened before. he's confused now

@T seizure-first | 5 | M15
teen son (15) passed out at breakfast and his arms and legs were jerking for a minute, bit his tongue. now sleepy but talking

@C seizure-first | 5 | F24
Roommate (24) collapsed and had a seizure, maybe 3 min, first one ever. She's awake now but very groggy and has a cut on her head.

@T sepsis-signs | 5 | F76 T38.9 HR124 RR28 BP88/50
my mum (76) has been really unwell since yesterday, shivering, breathing fast, confused. BP 88/50. she had a water infection last week

@T sepsis-signs | 5 | M67 c:dm2 m:metformin T39.1 HR122 RR26 BP96/58 | cd
feeling really rough today, a bit muddled. think I've got the flu going around.

@C sepsis-signs | 5 | M58 T38.8 HR126 RR28 BP92/54
Partner has a leg infection (on antibiotics 2 days). Now mottled skin on his knees, breathing fast, hasn't peed since morning, very sleepy.

@T severe-abdominal-pain | 4 | M22 T38.0
sharp pain low on the right side of my belly since last night, worse when I walk or cough. feel sick

@T severe-abdominal-pain | 4 | F78 HR108 | cd
tummy ache since lunch, bit crampy, maybe constipated. prunes?

@T severe-abdominal-pain | 5 | M60 HR124 BP98/60
belly is hard as a board and the pain is unbearable, I threw up green stuff

@C severe-abdominal-pain | 4 | F47 PAIN8
Upper belly pain going through to my back since a big dinner, 8/10, vomiting. Had gallstones before.

@C severe-abdominal-pain | 4 | F71 c:colonca m:folfox | cd
stomach ache and I've not had a poo in 3 days, bit bloated.

@T severe-breathlessness | 5 | M71 c:copd O2 86 RR32
can't catch my breath even sitting still, lips look blue, O2 86

@C severe-breathlessness | 5 | F82 c:hf O2 87 RR34 HR122
Mom (82) struggling to breathe, can only say a word or two at a time, sats 87 on our monitor, she looks grey.

@T severe-burn | 5 | M52
kitchen fire. my husband's face and hands are burned, his voice is hoarse and there's soot around his nose

@C severe-burn | 5 | F13
Boiling oil splashed over my daughter's chest and arm (she's 13), big blisters, area bigger than several of her palms.

@T severe-dehydration | 4 | F35 HR118 BP98/62
stomach bug 2 days, can't keep even sips of water down since last night, haven't peed in 10 hours, dizzy when I stand

@T severe-dehydration | 4 | F88 NA131 CR2.1 HR110 BP96/58 | cd
had a tummy bug, still a bit off, not eating much. she says she's fine - writing for my grandmother

@C severe-dehydration | 4 | M8 HR140
My son (8) has vomited 12 times since midnight, can't keep water down, lips dry, last pee was 9 hours ago, very sleepy.

@T shingles | 3 | F62
burning pain on my left side around my ribs for 3 days and now a blistery rash in a band there

@T shingles | 3 | M58
I think I have shingles on my back, 2 days, painful. am I too late for antivirals?

@T shingles | 4 | F71
shingles rash on my forehead and now near my eye, the eye is red and sore

@C shingles | 4 | F66 c:ra m:methotrexate
Rash with small blisters on one side of my lower back, started yesterday, burning. I'm 66 and on methotrexate for RA.

@C shingles | 3 | M45
Tingling, then a stripe of red bumps around my right side. Pharmacist said shingles. Do I need a prescription today?

@T sinusitis-persistent | 2 | F41
sinus pressure and thick green snot for 12 days, not getting better, upper teeth ache

@T sinusitis-persistent | 2 | M36
got better from a cold then worse again, forehead pressure and yellow discharge, day 11

@T sinusitis-persistent | 5 | M29 T38.5
sinus infection and now my eye is swollen shut and red and it hurts to move it

@C sinusitis-persistent | 2 | F53
Facial pain under my cheekbones and congestion going on 2 weeks, saline rinses not helping. Do I need antibiotics?

@T smoking-cessation | 2 | M44 c:smoker
I want to quit smoking, pack a day for 20 years. what are my options, patches or pills?

@T smoking-cessation | 2 | F37 c:smoker m:nrt
can I use the patch and the gum together? quit date is monday

@T smoking-cessation | 3 | M50 c:smoker m:varenicline
mood is really low and I'm irritable and weepy since starting champix 10 days ago. no thoughts of harming myself. stop it?

@C smoking-cessation | 2 | F23
Vaping for 3 years, want to stop. Does nicotine replacement work for vapes too?

@T sore-throat-uncomplicated | 1 | F27
sore throat 2 days, scratchy, hurts to swallow a bit, runny nose too, no fever

@T sore-throat-uncomplicated | 1 | M32
throat sore after cheering at the game all weekend, voice hoarse lol

@T sore-throat-uncomplicated | 1 | F24 T37.5 | as
It feels like I'm swallowing RAZOR BLADES. Sore throat since yesterday with a stuffy nose and a cough, temp 37.5. Drinking fine, no drooling, can open my mouth fine.

@T sore-throat-uncomplicated | 1 | M9
my 9 yr old has a sore throat and runny nose, no fever, happily eating ice pops

@T thyroid-medication | 4 | F43 c:hyperthyroid m:methimazole | cd
sore throat for 2 days, a bit rough, nothing major. lozenges ok?

@T sore-throat-uncomplicated | 3 | F20 T38.7
sore throat, fever 38.7, white spots on my tonsils, no cough, glands in my neck swollen

@T sore-throat-uncomplicated | 4 | M26 T38.6
throat pain much worse on the right, can barely open my mouth, voice sounds muffled and I'm drooling

@C sore-throat-uncomplicated | 1 | F45
Scratchy sore throat from the dry office air and a mild cold, 3rd day. Lozenges or gargle?

@C sore-throat-uncomplicated | 1 | M39
Sore throat since Sunday along with a cough and sniffles. No fever. My 2 kids had the same. OK to just manage at home?
""")
BLOCKS.append(r"""
@T stroke-signs | 5 | M74 c:af c:htn BP178/96
my dad's face is drooping on the left and his speech is slurred, started about 20 minutes ago

@T stroke-signs | 5 | F66 c:htn
woke up and my right arm feels heavy and clumsy, can't hold my coffee cup, and my words are getting mixed up

@T stroke-signs | 5 | M69 c:af
had a weird spell for 10 min where my left hand went numb and my words came out wrong. all better now, probably a pinched nerve?

@C stroke-signs | 5 | F59
My wife (59) suddenly can't find her words and the right side of her mouth is droopy. She's trying to tell me she's fine.

@T stye | 1 | F26
painful red bump on my lower eyelid near the lashes, 2 days. warm compress?

@T stye | 1 | F31
stye on my upper lid, annoying. can I still wear eye makeup?

@T stye | 1 | M28 | as
My eyelid is SWOLLEN and there's a big angry pimple thing on the edge of it, looks awful and I have a job interview tomorrow!! Eye itself is fine, vision fine, no fever. Emergency??

@T stye | 1 | M7
kid (7) has a stye and keeps rubbing it. how long do they last?

@T stye | 4 | F35 T38.3
the stye turned into my whole eyelid and upper cheek being swollen and red, and now fever 38.3

@T stye | 2 | F48
lump on my eyelid for 4 weeks now, not painful, not going away with warm compresses

@C stye | 1 | M43
Small tender bump at the lash line, right eye, since yesterday. Warm compresses 4x a day? No vision issues.

@C stye | 1 | F37
Recurring styes - 3rd this year. Currently a mild one on the left lower lid. Any tips to prevent them?

@T suicidal-thoughts | 5 | F34 c:depression
I don't want to be alive anymore. I've been saving up my pills and I think tonight is the night.

@T suicidal-thoughts | 5 | M22
My brother (22) texted me goodbye and said he's been giving his stuff away. He has a gun at his place. I'm 2 hours away. I'm writing on his account.

@C suicidal-thoughts | 5 | M41 c:depression m:venlafaxine
I keep thinking everyone would be better off without me and I've looked up how many of my pills it would take. I'm scared of myself.

@T sunburn-mild | 1 | F24
sunburn on my shoulders from the beach, red and sore, no blisters. aloe?

@T sunburn-mild | 1 | F8
My daughter (8) got sunburnt at the pool, pink cheeks and nose, a bit sore. What should I put on it?

@T sunburn-mild | 1 | M30 | as
I'm literally lobster RED from head to toe and it hurts to wear a shirt. Fell asleep on the boat. No blisters, no fever, no headache, drinking loads of water. HELP

@T sunburn-mild | 1 | M22
burned my back at the festival, now peeling and itchy. normal?

@T sunburn-mild | 3 | F27 T38.1
bad sunburn with blisters all over my back and shoulders, chills and I feel sick

@C sunburn-mild | 1 | F41
Sunburnt my legs at the lake, pink and warm, stings in the shower. Ibuprofen and aloe enough?

@C sunburn-mild | 1 | M15
Teen son (15) fell asleep in the sun, red back, no blisters, drinking plenty and acting normal. Anything else we should do?

@T syncope | 4 | M57
fainted at the grocery store, came round in seconds. there was no warning at all. 57M

@T syncope | 5 | M34 c:scd_fam
passed out while jogging, out maybe 30 seconds, my chest felt tight right before. my uncle died suddenly at 40

@T syncope | 4 | M79 c:af m:metoprolol HR42 | cd
felt a bit lightheaded and nearly keeled over getting out of bed, sat down and it passed. just getting up too fast?

@C syncope | 4 | F16
My daughter (16) fainted in class today and hit her head on the desk (small bump). She's fine now but it's the 2nd time this month.

@T tension-headache | 1 | F32
headache like a tight band around my head at the end of the workday, staring at screens. tylenol helps

@T tension-headache | 1 | M41
stress headaches most afternoons this week, neck and shoulders tight. massage?

@T tension-headache | 1 | F29 | as
My head is POUNDING, feels like it's in a vice, been like this all afternoon after a horrible day at work. It built up slowly, no vision changes, no weakness, no fever, and I've had these before. Just the worst one in a while.

@T tension-headache | 1 | M35
dull headache both sides when I skip my coffee. caffeine withdrawal?

@T tension-headache | 4 | F74 c:af m:warfarin | cd
just a mild headache since this morning. ok to take tylenol?

@T tension-headache | 2 | F38
headaches nearly every day for 2 months, taking advil most days to get through

@T preeclampsia-signs | 4 | F38 preg:33 BP164/110 | cd
headache started this afternoon, not terrible, took tylenol. resting.

@C tension-headache | 1 | M49
Headache after a long drive, pressure across the forehead, better with rest and water. Happens when I don't sleep well. Anything besides Tylenol?

@C tension-headache | 1 | F17
Tension headaches during exam week (I'm 17). OK to take ibuprofen 2-3 days in a row?

@C hypertensive-urgency | 4 | M68 c:htn m:amlodipine BP196/118 | cd
slight headache and feel tired, probably the heat.

@T testicular-pain-sudden | 5 | M16
sudden really bad pain in my left testicle woke me up, threw up, and it looks higher than the other one

@T testicular-pain-sudden | 5 | M19
got hit in the groin at soccer an hour ago, still severe pain and swelling in one testicle and I'm nauseous

@C testicular-pain-sudden | 5 | M13
My 13 yo came to me with pain in his lower tummy and his testicle hurts, started 2 hours ago, he's pale.

@T thunderclap-headache | 5 | M42
worst headache of my life came on suddenly while I was lifting weights, like being hit with a bat. neck stiff

@T thunderclap-headache | 5 | F37 BP168/100
sudden explosive headache during sex 30 min ago, vomited once

@C thunderclap-headache | 5 | F51
Headache came on like a thunderclap 20 min ago, 10/10, I've never had anything like it. Feel sick. Home alone.

@T thyroid-medication | 2 | F48 c:hypothyroid m:levo
can I take levothyroxine with my morning coffee? I always forget to wait

@T thyroid-medication | 2 | F56 c:hypothyroid m:levo TSH0.1
TSH came back 0.1 on my levo and I'm a bit jittery. should we lower the dose?

@T thyroid-medication | 2 | M62 c:hypothyroid m:levo50
missed my thyroid pill for 3 days while away. just restart?

@C thyroid-medication | 2 | F34 c:hyperthyroid m:methimazole
On methimazole 10 mg, feeling fine. When is my next blood test due? Also, is biotin ok?

@T tick-bite-no-symptoms | 1 | F33
pulled a tick off my leg after hiking, it was tiny and I got it all out. no rash. do I need antibiotics?

@T tick-bite-no-symptoms | 1 | M9
tick on my son's scalp (he's 9), removed with tweezers, maybe attached a few hours. what do we watch for?

@T tick-bite-no-symptoms | 1 | F27 | as
THERE WAS A TICK IN MY ARMPIT. I'm completely grossed out and terrified of Lyme. Got it out in one piece with tweezers, it was flat not fat, probably attached less than a day. No rash, feel fine.

@T tick-bite-no-symptoms | 2 | F52
tick bite 10 days ago and now there's a red bullseye rash about 7cm across around it

@T tick-bite-no-symptoms | 1 | M54
found a tick on my belly after gardening, removed it, left a small red bump. keep an eye on it?

@C tick-bite-no-symptoms | 1 | M61
Removed a deer tick from behind my knee this morning - maybe attached overnight (< 24h). Red dot where it was, nothing else. Anything to do?

@C tick-bite-no-symptoms | 3 | M47 T38.3 | cd
tick bite last week, feel a bit achy and tired this week. coincidence?

@T urinary-symptoms-men | 2 | M64 c:bph
getting up 3 times a night to pee, weak stream, takes ages to get going. I'm 64

@T urinary-symptoms-men | 2 | M58
dribbling after I pee and some urgency. no pain, no blood. 58

@T urinary-symptoms-men | 3 | M35
burning when I pee and going often for 2 days, no fever, no discharge. 35M

@T urinary-symptoms-men | 4 | M71 c:bph m:tamsulosin
can't pee at all since last night, bladder feels like it's going to burst, really painful

@T urinary-symptoms-men | 4 | M72 c:bph T38.6 HR108 | cd
peeing a bit more often, slight burning. cranberry?

@C urinary-symptoms-men | 2 | M67 c:bph
Stream's gotten weaker over the past year and I feel like I never quite empty. Is there a pill for this?

@C urinary-symptoms-men | 2 | M45
Noticed pink urine once yesterday after a long run, clear since. 45M. Anything to worry about?

@T uti-symptoms-women | 3 | F29
burning when I pee and going every 20 minutes since yesterday, no fever, no back pain. I get these sometimes

@T uti-symptoms-women | 3 | F36
UTI again, third this year, same symptoms. can you send antibiotics?

@T uti-symptoms-women | 3 | F16
my daughter is 16 and says it burns when she pees and she feels like she has to go all the time

@T uti-symptoms-women | 4 | F86 T38.2 HR104 | cd
mum's been weeing a lot and says it stings. she seems ok in herself. cranberry juice?

@C uti-symptoms-women | 3 | F42
Burning + urgency, started this morning, cranberry juice not helping. No fever or back pain. Can I get something prescribed today?

@C uti-symptoms-women | 3 | F24
Waking up to pee with stinging and a bit of blood in my pee, 2 days. 24F.

@T vaccine-reaction-local | 1 | F38
arm sore and a bit swollen where I had my flu shot yesterday. normal?

@T vaccine-reaction-local | 1 | M44 T37.9
after my covid booster I have chills, tired, achy, 37.9. day 1

@T vaccine-reaction-local | 1 | F35 | as
My arm is RED and HOT and SWOLLEN like a softball where I got my tetanus shot 2 days ago!! It's itchy too. No fever, no hives anywhere else, I can move my arm fine.

@T vaccine-reaction-local | 1 | M5 T38.0
son (5) had his kindergarten shots today, low fever 38.0 and cranky. tylenol ok?

@T anaphylaxis | 5 | F29 HR118
20 minutes after my shot at the pharmacy I got hives all over and my throat feels tight

@T vaccine-reaction-local | 4 | M19
after my 2nd covid shot 3 days ago I've had some chest discomfort and my heart flutters. probably anxiety?

@C vaccine-reaction-local | 1 | F61
Shingles vaccine yesterday - arm is sore, felt like I had a mild flu overnight, better today. Expected?

@C vaccine-reaction-local | 1 | F19
Small hard lump at the injection site 5 days after my HPV shot, not red, a little tender. Normal?

@T vaginal-yeast | 2 | F31
itchy down there with thick white discharge, like cottage cheese, after antibiotics. monistat ok?

@T vaginal-yeast | 2 | F27
think I have a yeast infection again, 2nd time in 3 months

@T vaginal-yeast | 2 | F34
itching and a grey discharge that smells fishy, worse after my period

@T vaginal-yeast | 3 | F55 c:dm2 m:metformin G320 | cd
yeast infection again, itching and white discharge. same cream as last time?

@C vaginal-yeast | 2 | F23
Itchy and sore vaginal area, white clumpy discharge, no smell. Never had one before. Is OTC treatment ok to try first?

@T viral-gastroenteritis-adult | 1 | M36
stomach bug, threw up 3 times last night, keeping sips of water down this morning, bit of diarrhea

@T viral-gastroenteritis-adult | 1 | F39
whole family has norovirus. I'm vomiting now but keeping gatorade down, kids are recovering

@T viral-gastroenteritis-adult | 1 | F26 | as
I've been PUKING my guts out since 2am, like 6 times, plus diarrhea. I feel like death. But I've kept down water and ginger ale for the last 3 hours and I peed an hour ago. No blood, no bad pain. Roommate had the same bug.

@T viral-gastroenteritis-adult | 1 | M47
queasy and threw up twice after dinner, feel a bit better now. should I eat?

@T viral-gastroenteritis-adult | 4 | M34 c:dm1 m:glargine m:lispro G310 KET2.1 | cd
tummy bug, vomited a couple times, keeping a bit of water down. skip my insulin since I'm not eating?

@T viral-gastroenteritis-adult | 3 | F81 c:hf m:furosemide m:lisinopril | cd
stomach flu since yesterday, few vomits and loose stools. taking it easy.

@C viral-gastroenteritis-adult | 1 | M31
Vomiting bug, 2 episodes overnight, now just nauseous and sipping an electrolyte drink. When can I eat normally?

@C viral-gastroenteritis-adult | 1 | F44
Stomach flu going through the office, I've got it now. Threw up once, runny stools twice. Hydrating ok.

@C viral-gastroenteritis-adult | 4 | F72 c:addison m:hydrocortisone | cd
24hr bug I think, threw up a few times, a bit better now.

@T vision-loss-sudden | 5 | M68 c:af
lost the vision in my right eye suddenly 30 minutes ago, like a curtain came down. no pain

@T vision-loss-sudden | 5 | F74
I'm 74, blurry vision in one eye since this morning and my jaw hurts when I chew, headache at my temple

@C vision-loss-sudden | 5 | M57
Seeing a dark shadow coming across the left side of the vision in one eye, with lots of new floaters and flashes since an hour ago.

@T warfarin-inr | 3 | F71 c:af m:warfarin INR4.2
INR was 4.2 at the clinic today, no bleeding. they said to call. what dose tonight?

@T warfarin-inr | 3 | M66 c:af m:warfarin m:augmentin
started antibiotics for a chest infection and I'm on warfarin. do I need an INR check?

@T warfarin-inr | 5 | M73 c:af m:warfarin INR6.2 HR112
on warfarin, INR was 6 last week, now black stools and feeling faint

@T warfarin-inr | 2 | F58 c:dvt m:warfarin
can I eat spinach and kale on warfarin? starting a new diet

@C warfarin-inr | 3 | F77 c:af m:warfarin INR3.1
Bruises popping up on my arms without knocking them, on Coumadin. Last INR 2 weeks ago was 3.1.

@C diabetic-foot-sore | 3 | M66 c:dm2 c:dmneuro m:metformin
Found a small sore on the bottom of my big toe - I have neuropathy so I didn't feel it. Clear fluid, no smell.

@T heart-failure-worsening | 4 | M71 c:hf m:furosemide m:sacubitril O2 93
heart failure patient: up 2.5 kg in 3 days, more breathless walking to the bathroom, sleeping on 3 pillows now

@C heart-failure-worsening | 4 | F78 c:hf m:furosemide O2 92
Weight up 4 lb since Monday, ankles fat, couldn't lie flat last night. Took an extra water pill.

@T influenza-high-risk | 3 | M70 c:copd T38.4
flu A positive at urgent care yesterday. I'm 70 with COPD, they said to call you about tamiflu

@C influenza-high-risk | 3 | F52 c:dm2 c:asthma T38.6
Flu symptoms since this morning (fever 38.6, aches). I have type 2 diabetes and asthma. Should I get Tamiflu?

@C meningitis-signs | 5 | M19 T39.5 HR120
Fever 39.5, terrible headache, can't stand the light and it hurts to bend my neck forward. Student, 19.

@T postpartum-bleeding | 5 | F27 pp:14 T38.5 HR114
2 weeks after giving birth, heavy bleeding started again with clots and smelly discharge, fever 38.5

@T severe-breathlessness | 5 | F69 c:copd O2 85 RR30 HR116 | cd
bit more breathless today, slow on the stairs. just my chest again.

@T lab-result-question | 2 | F51 TSH5.2
my TSH is 5.2, flagged slightly high. what now?

@T lab-result-question | 2 | M63 m:lisinopril K5.4
potassium 5.4 on my labs, I'm on lisinopril, feel fine. anything to change?

@T medication-refill | 2 | F29 m:sertraline
refill request: sertraline 100 mg to the CVS on Main St, I have 4 days left

@T medication-refill | 3 | M67 c:htn m:amlodipine BP168/98 | cd
out of my blood pressure pills for 2 days, feel fine, can you send them over

@T medication-side-effect | 2 | F44 m:cipro
Since the antibiotic I have a metallic taste and an upset stomach. normal?

@T medication-interaction | 2 | M30
Can I drink alcohol while on metronidazole? wedding this weekend

@T anxiety-worsening | 2 | F42
health anxiety spiralling again, googling every twinge, checking my pulse all day. I know it's anxiety. can I get back into CBT?

@T low-mood | 2 | M66
since retiring I've felt purposeless and low, not sleeping well, no interest in golf anymore. no thoughts of harming myself

@T conjunctivitis-infective | 2 | F15
red eye with crusty lashes for 3 days, my 15 yo, no contacts, no pain. drops?

@T knee-pain-chronic | 2 | M17
knee swells after soccer games for 3 months, no locking or giving way. I'm 17

@T ear-pain-adult | 2 | F46
ear still blocked 3 days after a flight, muffled hearing, no pain really. anything I can do?

@T cough-persistent | 2 | M58
still coughing 4 weeks after my pneumonia was treated, tired. no fever now. normal?

@T home-bp-elevated | 2 | F59 BP158/96
BP at the dentist was 158/96 and they told me to check with my doctor. No symptoms.

@T hyperglycemia-type2-mild | 3 | M63 c:dm2 m:metformin G262
post-meal sugars over 250 since christmas, fasting about 190. feel ok

@T migraine-known | 2 | F27 c:migraine
my usual migraines with nausea are happening every weekend now. why weekends?

@T palpitations-brief | 3 | M52
heart skips a beat when I lie down at night, 52M, no chest pain or breathlessness

@T covid-mild | 2 | M41 T38.2
covid positive day 3, cough and fever 38.2, taking tylenol. anything else?

@T chemo-nausea-controlled | 2 | F66 c:colonca m:cape
nauseous since this capecitabine cycle started, eating small meals and drinking ok

@T ankle-swelling-mild | 2 | F45
mild swelling of both ankles in the heat, I'm on my feet all day at work. compression socks?

@T gout-flare | 3 | M58 c:gout m:allopurinol
gout in my toe again, I only started allopurinol last month. keep taking it during the flare?

@T drug-rash-mild | 3 | F24 m:doxy
red itchy rash on my arms and neck, only where the sun hits, since starting doxycycline for acne

@T emergency-contraception | 3 | F28
Could I get the copper IUD put in as emergency contraception tomorrow? Sex was 2 nights ago.

@T hand-foot-mouth | 2 | F5
5yo with spots on her hands and feet, fever's gone, eating ok. back to school when?

@T postop-wound-infection | 3 | F68 c:postop_hip@9
little bit of yellow discharge at the bottom end of my hip incision, day 9. not very red

@T smoking-cessation | 2 | M52 c:smoker
relapsed after 6 months smoke-free. want to try varenicline this time

@T asthma-flare-mild | 3 | F13 c:asthma c:hayfever m:albuterol
my 13 yo's asthma is playing up with her hay fever, used her inhaler 3 times today, talking fine

@T common-cold | 1 | M44
cold with ears popping and mild sinus pressure, day 3, no fever. decongestant ok?

@T common-cold | 1 | M12
my 12 yo has a cold, runny nose and cough, no fever. can he play in his soccer game saturday?

@T sore-throat-uncomplicated | 1 | M51
wake up with a sore throat that's gone by lunch, every day this week. snoring?

@T allergic-rhinitis-seasonal | 1 | F37
dust allergy making my nose itchy and runny at home. cleaning tips, antihistamine?

@T insect-bite-sting-local | 1 | M29
fire ant bites on my ankles, little pus-looking bumps, itchy. normal?

@T minor-cuts-scrapes | 1 | F26
slice on my finger from a cardboard box, keeps reopening when I bend it. glue or plaster?

@T heartburn-occasional | 1 | F39
sour taste in my mouth in the mornings and lots of burping. think it's reflux, I eat late

@T constipation-adult | 1 | M44
bunged up since the long-haul trip, 3 days, bloated. fine otherwise
""")
BLOCKS.append(r"""
@T anxiety-worsening | 2 | F@1988-11-02 c:anxiety
Hi, Priya Raman here (DOB 11/02/1988). Racing thoughts at night again and my stomach is in knots whenever I think about work. Not unsafe, just anxious all the time. Can I book with the counsellor again?

@T low-mood | 2 | F49
tired all the time, no motivation, crying for no reason the past few weeks. I'm safe. could it be my hormones? 49F

@T lab-result-question | 2 | M36
Why was my white count flagged low (3.8)? I feel completely normal.

@T lab-result-question | 2 | M44 ALT62
liver enzymes slightly up on my bloods, ALT 62. I drink a few beers on weekends. should I worry?

@T medication-refill | 2 | F33 c:asthma m:budform m:albuterol
need my inhalers renewed before I go abroad for a month in June

@T medication-refill | 2 | F83 c:dementia m:donepezil
Mom needs her donepezil refilled, about 1 week left. Pharmacy is the Rite Aid on 5th. Thank you - her daughter, Carol

@T medication-side-effect | 2 | F68 c:htn m:furosemide
since the new water pill I'm peeing all the time and getting leg cramps at night

@T medication-side-effect | 2 | F52 c:obesity m:semaglutide
semaglutide making me nauseous and constipated the first few weeks, does it settle down?

@T medication-interaction | 2 | M48 c:htn m:amlodipine
is it ok to take sudafed with my blood pressure meds? bad cold

@T sinusitis-persistent | 2 | M58
Blocked sinuses 2 weeks, pressure in my cheeks when I bend over, thick yellow mucus. No fever.

@T ear-pain-adult | 2 | M40
earache on the left after swimming lessons with my kids, itchy, tender when I touch the outer ear

@T conjunctivitis-infective | 2 | F33
eyes sticky and red, both of them, after my son had pink eye. contacts out. need drops?

@T cough-persistent | 2 | M63 c:smoker
my husband's cough is 6 weeks now and his voice has gone hoarse too. he smokes. he won't message himself

@T rash-new-nonurgent | 2 | M27
patches of paler skin on my back since the summer, not itchy, just noticed them

@T rash-new-nonurgent | 2 | M6
bumpy itchy rash on my son's elbows and knees (he's 6), 2 weeks, no fever

@T knee-pain-chronic | 2 | F84 c:kneeoa
My grandmother's knees are getting worse, she's 84 and using a walker now. Could she get a referral to someone?

@T sciatica | 2 | M47
pain shooting down my left leg when I sneeze, 3 weeks, physio helping a bit. something stronger for nights?

@T urinary-symptoms-men | 2 | M73 c:bph
need to pee urgently and sometimes don't make it in time. no burning. 73

@T vaginal-yeast | 2 | F38 m:amoxicillin
on antibiotics and now itchy with discharge. can you send fluconazole?

@T thyroid-medication | 2 | F61 c:hypothyroid m:levo
pharmacy switched me from brand to generic levothyroxine. do I need extra blood tests?

@T smoking-cessation | 2 | F44 c:smoker m:nrt
quit 3 weeks ago with patches, cravings terrible in the evenings. can I add a lozenge?

@T home-bp-elevated | 2 | M44
my readings are 138-145 over 88-92 for 2 weeks, 44M, no meds. lifestyle first?

@T migraine-known | 2 | F35 c:migraine m:sumatriptan
the triptan gives me a tight feeling in my chest and throat for about 10 min after I take it. normal side effect?

@T covid-mild | 2 | F48
day 5 of covid, fever gone, still coughing and tired. when am I not contagious anymore?

@T dizziness-positional | 2 | F55
dizzy spinning for a few seconds when I bend down to tie my shoes, 2 weeks. no other symptoms

@T ankle-swelling-mild | 2 | M66 m:gabapentin
mild puffiness around both ankles since starting gabapentin. no breathing problems

@T palpitations-brief | 3 | M19
heart pounding after two energy drinks last night, fine now. I'm 19, should I get an ECG?

@T uti-symptoms-women | 3 | F62 c:dm2 m:metformin
Burning when I pee since the weekend and going constantly. I'm 62 and diabetic.

@T shingles | 3 | M70
painful blisters on my left buttock in a strip, started yesterday. I'm 70

@T chemo-nausea-controlled | 2 | F44 c:breastca m:ac m:olanzapine
nausea on day 2 after AC, took the olanzapine, managing, but zero appetite. tips to eat something?

@T hyperglycemia-type2-mild | 3 | M59 c:dm2 m:metformin G238
sugars creeping up, 200-240, since the steroid injection in my shoulder. T2. no ketone strips

@T asthma-flare-mild | 3 | M36 c:asthma m:albuterol PEF350
asthma worse this week, peak flow about 70% of my best, using my inhaler around 4 times a day

@T animal-bite-broken-skin | 3 | F62
bitten by the neighbour's cat on the wrist while I was feeding it, two small holes, wrist a bit swollen

@T postop-wound-infection | 3 | M45 c:postop_hernia@7
incision from my hernia op is weeping a little and the skin around it is pink and tender, day 7

@T gout-flare | 3 | M61 c:gout m:colchicine
gout in my right big toe, 2nd day, colchicine not helping much. can I take naproxen too?

@T warfarin-inr | 3 | F69 c:af m:warfarin m:cephalexin
missed my INR check this week and I've been on antibiotics. can I come in tomorrow?

@T common-cold | 1 | F30
Stuffy nose and sore throat since Tuesday, coworker had the same. No fever, eating fine. Can I still go to the gym?

@T allergic-conjunctivitis | 1 | F26
eyes itchy and watery every time I'm at the barn. cool compresses? allergy drops?

@T ankle-sprain-mild | 1 | F36
Rolled my ankle stepping off a curb, puffy but I can walk on it fine. 2 days ago. When can I run again?

@T low-back-pain-acute | 1 | M29
back stiff after sleeping on a friend's couch all weekend, no leg pain, just achy

@T hemorrhoids-uncomplicated | 1 | F37
itchy around my bottom after a bout of diarrhea, a bit of bright blood on the tissue once. cream?

@T menstrual-cramps | 1 | F24
period cramps every month. is it ok to start ibuprofen the day before it comes?

@T mouth-ulcers | 1 | F31
couple of canker sores after eating a whole pineapple lol, sore for 2 days

@T nosebleed-simple | 1 | M10
my 10 year old had a random nosebleed in class, stopped in 5 minutes with pinching. no injury. anything to do?

@T sunburn-mild | 1 | M38
light sunburn on my nose and forehead after a hike, peeling now. moisturiser?

@T viral-gastroenteritis-adult | 1 | F23
threw up twice this morning, cramps and diarrhea, roommate has it too. sipping water fine. 23F

@T vaccine-reaction-local | 1 | M50
red sore patch on my arm from my tetanus booster, about 3cm, no fever. ok?

@T insomnia-short-term | 1 | M33
can't fall asleep before 1am since I started working from home. tips for resetting my sleep?

@T postviral-cough | 1 | M40
cough left over from a cold 2 weeks ago, mostly at night, otherwise well. OTC cough medicine worth it?

@T tick-bite-no-symptoms | 1 | F45
tick crawling on my arm, not attached yet, I flushed it. anything to do?

@C fever-adult-viral | 1 | F28 T37.9 | as
My fever spiked to 39.4 last night and I was sweating through the sheets, it was scary! Today 37.9, eating toast, no stiff neck, no rash, thinking clearly. Do I need to come in?

@C minor-burn | 1 | F34 | as
Burned my forearm on the oven door and it BLISTERED right away, the pain is unreal. Blister is about the size of a quarter. I cooled it under the tap for 20 minutes. Is this an ER thing??

@C hives-mild | 1 | F22 | as
Woke up COVERED in hives, even my cheeks are blotchy!! Lips and tongue not swollen, breathing totally fine. Benadryl helping a bit.

@C insect-bite-sting-local | 1 | M36 | as
Bee stung me on the hand 30 min ago and the whole back of my hand is puffing up!!! No trouble breathing, no hives anywhere else, not dizzy. Never been allergic before.

@C postop-wound-healing | 1 | F44 c:postop_chole@3 | as
My incision is LEAKING!!! Pinkish watery fluid on the dressing, day 3 after gallbladder surgery. Not red, no smell, no fever.

@C low-back-pain-acute | 1 | M41 | as
Back spasm so bad I screamed getting out of the car. Pain only in my lower back, no numbness, no bladder problems, no fever. 41M

@C lab-result-question | 2 | M70 CR1.3
What does "eGFR 58" mean on my results? I'm 70, no symptoms.

@C medication-side-effect | 2 | M34 m:escitalopram
escitalopram making it hard to finish during sex, it's been 2 months. alternatives?

@C rash-new-nonurgent | 2 | F58 c:obesity
Itchy red rash under my breasts, moist, 1 week. No fever.

@C knee-pain-chronic | 2 | F52
Knee clicks and aches after long walks, no swelling. 52.

@C urinary-symptoms-men | 2 | M60
Have to pee every hour during the day, no pain. 60M - is it my prostate?

@C anxiety-worsening | 2 | F15
Teen daughter (15) is having panic attacks before school. No self-harm. She wants to talk to someone - how do we set that up?
""")


if __name__ == "__main__":
    main()
