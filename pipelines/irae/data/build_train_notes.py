"""Writes `train_notes.jsonl`: synthetic irAE training patients in our own wording (not goldset).

Run `python -m pipelines.irae.data.build_train_notes`; seeded, so the file is reproducible.
"""

# Sentence templates are data: long lines keep each one readable and greppable.

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CASES = HERE.parents[2].parent / "shared" / "data" / "oncology_cases" / "irae_merged_cases.csv"
SEED = 20240611
N_PATIENTS = 200

ICI_REGIMENS = [
    ("pembrolizumab", "Keytruda"),
    ("nivolumab", "Opdivo"),
    ("ipilimumab and nivolumab", "Yervoy plus Opdivo"),
    ("atezolizumab", "Tecentriq"),
    ("durvalumab", "Imfinzi"),
    ("avelumab", "Bavencio"),
    ("cemiplimab", "Libtayo"),
    ("durvalumab plus tremelimumab", "Imfinzi/Imjudo"),
    ("dostarlimab", "Jemperli"),
    ("nivolumab-relatlimab", "Opdualag"),
    ("carboplatin, pemetrexed and pembrolizumab", "chemo plus Keytruda"),
]
CHEMO_ONLY = ["FOLFIRI", "capecitabine", "FOLFOX", "carboplatin and paclitaxel", "irinotecan"]
DIAGNOSES = [
    "metastatic melanoma",
    "stage IV non-small cell lung cancer",
    "metastatic renal cell carcinoma",
    "urothelial carcinoma",
    "hepatocellular carcinoma",
    "head and neck squamous cell carcinoma",
    "MSI-high colorectal cancer",
    "endometrial cancer",
    "cutaneous squamous cell carcinoma",
    "small cell lung cancer",
]
NOTE_TYPES = ["oncology progress note", "ED note", "discharge summary", "lab narrative"]


def _case_contexts() -> list[tuple[str, str]]:
    """(diagnosis, regimen) pairs from the public case file when present, else our own list."""
    out: list[tuple[str, str]] = []
    if CASES.is_file():
        with CASES.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                text = row["Extracted_Text"]
                dx = re.search(r"Cancer diagnosis:\s*([^\n]+?)(?:\s+PMH:|\n)", text)
                reg = (row.get("Regime") or "").strip().replace("\n", " ")
                if dx and reg:
                    out.append((dx.group(1).strip(), reg))
    return out


def pick(rng: random.Random, xs: list[Any]) -> Any:
    return xs[rng.randrange(len(xs))]


# --- positive event sentences: (term, grade) -> templates. {d} is a free detail slot. ---------------
EVENTS: dict[tuple[str, int], list[str]] = {
    ("Diarrhea", 1): [
        "Reports 2-3 loose stools per day above her usual baseline since the last infusion.",
        "Mild diarrhea, about three extra bowel movements daily, likely immune-related.",
        "He notes an increase of 2 stools per day over baseline, attributed to checkpoint inhibitor.",
    ],
    ("Diarrhea", 2): [
        "Now having 5 watery stools per day over baseline, consistent with immune-mediated diarrhea.",
        "Diarrhea has increased to 6 bowel movements daily above baseline, limiting errands; started prednisone.",
        "Grade 2 diarrhea on immunotherapy with four to six stools a day; immunotherapy held.",
    ],
    ("Diarrhea", 3): [
        "Admitted with 9 watery stools per day despite loperamide, felt to be immune-related diarrhea.",
        "Severe diarrhea with more than 7 stools daily over baseline requiring hospitalization and IV steroids.",
    ],
    ("Colitis", 2): [
        "Immune-mediated colitis with abdominal pain and blood in the stool; prednisone 1 mg/kg started.",
        "Flexible sigmoidoscopy confirmed checkpoint inhibitor colitis; she reports cramping and mucus in stool.",
        "Assessment: immune-related colitis with abdominal pain, managed with oral steroids as an outpatient.",
    ],
    ("Colitis", 3): [
        "Hospitalized for severe immune-mediated colitis with severe abdominal pain and peritoneal signs; started IV methylprednisolone.",
        "Grade 3 colitis attributed to ipilimumab, admitted for IV steroids and infliximab.",
    ],
    ("Colitis", 4): [
        "CT showed colonic perforation from immune-related colitis requiring emergent colectomy.",
    ],
    ("Alanine aminotransferase increased", 1): [
        "ALT mildly elevated at 1.8 x ULN, likely immune-mediated hepatitis; will recheck next cycle.",
        "Transaminases slightly up with ALT 2 times the upper limit of normal on pembrolizumab.",
    ],
    ("Alanine aminotransferase increased", 2): [
        "ALT rose to 4 x ULN consistent with immune-related hepatitis; treatment held.",
        "Immune-mediated hepatitis with ALT 4.5 times ULN, started prednisone 1 mg/kg.",
    ],
    ("Alanine aminotransferase increased", 3): [
        "ALT 12 x ULN, diagnosed with grade 3 immune-mediated hepatitis and admitted for IV steroids.",
        "Liver enzymes markedly elevated, ALT 8 times the upper limit of normal, consistent with checkpoint inhibitor hepatitis.",
    ],
    ("Alanine aminotransferase increased", 4): [
        "ALT above 25 x ULN with rising bilirubin, life-threatening immune hepatitis; mycophenolate added.",
    ],
    ("Pneumonitis", 1): [
        "CT chest shows new ground-glass opacities concerning for asymptomatic immune-related pneumonitis; no treatment needed.",
        "Incidental radiographic pneumonitis on restaging scan, patient asymptomatic, likely related to durvalumab.",
    ],
    ("Pneumonitis", 2): [
        "New dry cough and dyspnea on exertion with bilateral infiltrates, diagnosed with immune-related pneumonitis and started on prednisone.",
        "Symptomatic checkpoint inhibitor pneumonitis; oral steroids started and immunotherapy held.",
    ],
    ("Pneumonitis", 3): [
        "Admitted with hypoxia requiring 4 L nasal cannula oxygen due to immune-mediated pneumonitis.",
        "Severe pneumonitis attributed to nivolumab with oxygen requirement, started IV methylprednisolone.",
    ],
    ("Pneumonitis", 4): [
        "Transferred to ICU and intubated for respiratory failure from immune checkpoint inhibitor pneumonitis.",
    ],
    ("Hypothyroidism", 1): [
        "TSH elevated at 7.2 with normal free T4, subclinical hypothyroidism from immunotherapy, no treatment indicated.",
    ],
    ("Hypothyroidism", 2): [
        "TSH 48 with low free T4 and fatigue, immune-related hypothyroidism; started levothyroxine.",
        "Symptomatic hypothyroidism secondary to pembrolizumab thyroiditis, levothyroxine 50 mcg daily started.",
        "Primary hypothyroidism after checkpoint blockade; thyroid replacement begun.",
    ],
    ("Hyperthyroidism", 1): [
        "TSH suppressed with high free T4, asymptomatic hyperthyroidism likely from immune thyroiditis; observe.",
    ],
    ("Hyperthyroidism", 2): [
        "Palpitations and tremor with suppressed TSH, immune-related hyperthyroidism; propranolol started.",
        "Thyrotoxic phase of immunotherapy-induced thyroiditis with symptomatic hyperthyroidism treated with a beta blocker.",
    ],
    ("Hypophysitis", 2): [
        "Headache and fatigue with low ACTH and cortisol, MRI consistent with ipilimumab-induced hypophysitis; started hydrocortisone.",
        "Immune-related hypophysitis with central hypothyroidism and secondary adrenal insufficiency, replacement hormones started.",
    ],
    ("Hypophysitis", 3): [
        "Admitted with severe headache and hyponatremia from immune-mediated hypophysitis, high-dose steroids given.",
    ],
    ("Adrenal insufficiency", 2): [
        "AM cortisol low with fatigue and nausea, primary adrenal insufficiency from immunotherapy; hydrocortisone replacement started.",
    ],
    ("Adrenal insufficiency", 3): [
        "Hospitalized with hypotension and vomiting, diagnosed with immune-related adrenal insufficiency and given stress-dose steroids.",
    ],
    ("Adrenal insufficiency", 4): [
        "Presented in adrenal crisis with shock requiring pressors, attributed to checkpoint inhibitor adrenalitis.",
    ],
    ("Rash maculo-papular", 1): [
        "Small maculopapular rash on the chest covering less than 10% BSA, immune-related; topical steroid cream.",
        "Faint erythematous papules on forearms, about 5% BSA, consistent with immunotherapy dermatitis.",
    ],
    ("Rash maculo-papular", 2): [
        "Maculopapular rash over trunk and arms covering about 20% BSA, immune-related; triamcinolone cream.",
        "Immune-mediated rash involving 25% body surface area with itching.",
    ],
    ("Rash maculo-papular", 3): [
        "Diffuse maculopapular rash over 40% BSA with severe itching, limiting self care; oral prednisone started.",
    ],
    ("Pruritus", 1): [
        "Localized itching on the scalp, mild pruritus related to immunotherapy, topical menthol advised.",
    ],
    ("Pruritus", 2): [
        "Widespread intermittent pruritus with excoriations from scratching, immune-related; oral antihistamine started.",
    ],
    ("Pruritus", 3): [
        "Constant generalized pruritus disrupting sleep despite antihistamines, immune-mediated; systemic steroids started.",
    ],
    ("Acute kidney injury", 3): [
        "Admitted for acute kidney injury with creatinine 3.1 from baseline 0.9, biopsy showing immune-related interstitial nephritis.",
        "Immune checkpoint inhibitor nephritis causing acute kidney injury requiring hospitalization and steroids.",
    ],
    ("Acute kidney injury", 4): [
        "Severe acute kidney injury from immune-mediated nephritis requiring dialysis.",
    ],
    ("Myocarditis", 3): [
        "Troponin markedly elevated with new arrhythmia, diagnosed with immune-related myocarditis and started high-dose steroids.",
        "Checkpoint inhibitor myocarditis with chest pain at rest, admitted to cardiology for IV methylprednisolone.",
    ],
    ("Myocarditis", 4): [
        "Fulminant immune-mediated myocarditis with cardiogenic shock requiring mechanical support.",
    ],
    ("Hyperglycemia", 2): [
        "New hyperglycemia with glucose 260 on immunotherapy, started metformin and diabetes workup sent.",
    ],
    ("Hyperglycemia", 3): [
        "New-onset insulin-dependent diabetes from checkpoint inhibitor with glucose 480, insulin therapy initiated.",
        "Immune-related type 1 diabetes with hyperglycemia, admitted and started on basal-bolus insulin.",
    ],
    ("Hyperglycemia", 4): [
        "Presented in diabetic ketoacidosis, new immune-mediated type 1 diabetes, ICU admission for insulin drip.",
    ],
    ("Arthralgia", 1): [
        "Mild joint aches in the hands, immune-related arthralgia, acetaminophen as needed.",
    ],
    ("Arthralgia", 2): [
        "Moderate knee and wrist pain limiting housework, inflammatory arthralgia from immunotherapy; low-dose prednisone.",
    ],
}

# Reworded openers so the same event reads differently across patients.
PREFIXES = ["", "Today: ", "Interval history: ", "Assessment: ", "Update: ", "On review, "]

# --- hard negatives: sentences that mention a term but are NOT an irAE ----------------------------
NEGATED = [
    "Denies diarrhea, abdominal pain or blood in stool.",
    "No cough, shortness of breath or chest pain.",
    "She has no rash and no pruritus.",
    "Negative for colitis on colonoscopy.",
    "Denies palpitations; thyroid function tests within normal limits, no hypothyroidism.",
    "No evidence of pneumonitis on today's CT.",
    "LFTs normal, no hepatitis.",
    "Without diarrhea or nausea since the last cycle.",
    "Creatinine stable, no acute kidney injury.",
    "Troponin negative, myocarditis ruled out.",
]
HYPOTHETICAL = [
    "Counseled on signs of pneumonitis and colitis and when to call.",
    "Will monitor for colitis, hepatitis and thyroid dysfunction with each cycle.",
    "Educated about possible immune-related rash and diarrhea.",
    "Return precautions given for diarrhea, cough or shortness of breath.",
    "Discussed the risk of hypophysitis and adrenal insufficiency with ipilimumab.",
    "If diarrhea develops she should start loperamide and call the clinic.",
    "Plan to check TSH every 6 weeks to watch for hypothyroidism.",
]
FAMILY = [
    "Family history of ulcerative colitis in her mother.",
    "Father had type 1 diabetes; sister with hypothyroidism.",
    "Family history notable for rheumatoid arthritis and psoriasis rash in a brother.",
]
HISTORY = [
    "History of colitis in 2019, resolved.",
    "Past medical history of hypothyroidism on levothyroxine for 15 years.",
    "Prior episode of pneumonitis in 2018 after radiation, resolved.",
    "Remote history of hepatitis A as a child, resolved.",
    "History of rash from sulfa drugs many years ago.",
]
OTHER_CAUSE = [
    (
        "Diarrhea",
        "Stool testing positive for C. difficile toxin; diarrhea with 6 stools per day attributed to C. diff infection, started oral vancomycin.",
    ),
    (
        "Diarrhea",
        "Diarrhea with 5 stools per day began two days after irinotecan and is attributed to chemotherapy.",
    ),
    (
        "Diarrhea",
        "Loose stools, four per day, felt to be capecitabine-related diarrhea rather than immune-mediated.",
    ),
    (
        "Diarrhea",
        "Norovirus PCR positive, diarrhea likely infectious and improving with fluids.",
    ),
    (
        "Pneumonitis",
        "Fever, productive cough and lobar consolidation consistent with bacterial pneumonia, sputum culture growing Streptococcus; started ceftriaxone.",
    ),
    (
        "Pneumonitis",
        "New infiltrate attributed to aspiration pneumonia, not pneumonitis; treated with antibiotics.",
    ),
    (
        "Alanine aminotransferase increased",
        "ALT 4 x ULN in the setting of progressive liver metastases on CT, attributed to disease progression.",
    ),
    (
        "Acute kidney injury",
        "Creatinine up to 2.4 from prerenal acute kidney injury due to dehydration from vomiting, improved with IV fluids.",
    ),
    (
        "Rash maculo-papular",
        "Maculopapular rash on the trunk began after starting amoxicillin, consistent with a drug eruption from the antibiotic.",
    ),
    (
        "Hyperglycemia",
        "Hyperglycemia with glucose 310 attributed to dexamethasone premedication, steroid-induced.",
    ),
]
FILLER = [
    "Tolerating treatment well overall with stable energy.",
    "Appetite fair, weight stable.",
    "ECOG performance status 1.",
    "Vital signs stable, afebrile.",
    "Restaging scans show stable disease.",
    "Labs reviewed: CBC and CMP unremarkable.",
    "Continue current regimen and follow up in three weeks.",
    "Pain well controlled on current regimen.",
    "Discussed goals of care; she wishes to continue therapy.",
    "Mild fatigue, able to work part time.",
]


def _intro(rng: random.Random, dx: str, regimen: str, start: dt.date, ici: bool) -> str:
    age = rng.randint(38, 84)
    sex = pick(rng, ["man", "woman"])
    started = pick(
        rng,
        [
            f"started {regimen} on {start.isoformat()}",
            f"on {regimen} since {start.strftime('%m/%d/%Y')}",
            f"receiving {regimen} (cycle {rng.randint(2, 9)})",
            f"C1D1 {regimen} {start.strftime('%B %d, %Y')}",
        ],
    )
    return f"{age} year old {sex} with {dx}, {started}."


def _note(rng: random.Random, sentences: list[str]) -> str:
    # Join as prose or as a short sectioned note so the wording and layout vary.
    if len(sentences) < 3 or rng.random() < 0.5:
        return " ".join(sentences)
    head = pick(rng, ["HPI: ", "Subjective: ", "Interval history: "])
    return (
        head
        + " ".join(sentences[:2])
        + "\n"
        + pick(rng, ["Plan: ", "A/P: "])
        + " ".join(sentences[2:])
    )


def build(rng: random.Random) -> list[dict[str, Any]]:
    contexts = _case_contexts()
    keys = sorted(EVENTS)
    kinds = (
        ["positive"] * 90
        + ["ici_clean"] * 25
        + ["other_cause"] * 35
        + ["negated_hypo"] * 25
        + ["history_family"] * 15
        + ["chemo_only"] * 10
    )
    rng.shuffle(kinds)
    patients = []
    for i, kind in enumerate(kinds[:N_PATIENTS]):
        if contexts and rng.random() < 0.5:
            dx, regimen = pick(rng, contexts)
        else:
            dx = pick(rng, DIAGNOSES)
            generic, brand = pick(rng, ICI_REGIMENS)
            regimen = generic if rng.random() < 0.6 else brand
        if kind == "chemo_only":
            regimen = pick(rng, CHEMO_ONLY)
        start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(500))
        events: list[dict[str, Any]] = []
        event_sents: list[str] = []
        if kind == "positive":
            for key in rng.sample(keys, 1 if rng.random() < 0.75 else 2):
                sent = pick(rng, PREFIXES) + pick(rng, EVENTS[key])
                event_sents.append(sent)
                events.append({"ctcae_term": key[0], "grade": key[1], "quote": sent})
        distractors: list[str] = []
        if kind == "other_cause" or (kind == "chemo_only" and rng.random() < 0.7):
            distractors.append(pick(rng, OTHER_CAUSE)[1])
        if kind in ("negated_hypo", "positive", "ici_clean"):
            distractors += rng.sample(NEGATED, rng.randint(0, 2)) + rng.sample(
                HYPOTHETICAL, rng.randint(0 if kind != "negated_hypo" else 1, 2)
            )
        if kind == "history_family":
            distractors += rng.sample(HISTORY, 1) + rng.sample(FAMILY, rng.randint(0, 1))
        n_notes = rng.randint(1, 4)
        bodies: list[list[str]] = [[] for _ in range(n_notes)]
        bodies[0].append(_intro(rng, dx, regimen, start, kind != "chemo_only"))
        for s in distractors + event_sents:
            bodies[rng.randrange(n_notes)].append(s)
        for b in bodies:
            b += rng.sample(FILLER, rng.randint(1, 3))
            head, rest = b[:1], b[1:]
            rng.shuffle(rest)
            b[:] = head + rest
        notes = []
        for j, b in enumerate(bodies):
            date = start + dt.timedelta(days=21 * (j + 1) + rng.randrange(7))
            notes.append(
                {
                    "note_id": f"tr{i:03d}-n{j + 1}",
                    "date": date.isoformat(),
                    "type": NOTE_TYPES[j % len(NOTE_TYPES)] if j else "oncology progress note",
                    "text": _note(rng, b),
                }
            )
        for ev in events:
            assert any(ev["quote"] in n["text"] for n in notes), ev
        patients.append(
            {
                "id": f"train-{i:03d}",
                "kind": kind,
                "notes": notes,
                "irae": bool(events),
                "events": events,
            }
        )
    return patients


def main() -> None:
    rng = random.Random(SEED)
    rows = build(rng)
    out = HERE / "train_notes.jsonl"
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(out)
    print(f"wrote {len(rows)} patients to {out}")


if __name__ == "__main__":
    main()
