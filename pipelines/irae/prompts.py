"""Prompts and the JSON schema for the LLM predictor (anthropic/openai/replay providers).

Any change here changes the pipeline version hash, so cuts made with different prompts never mix.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from pipelines.irae.ctcae import IRAE_TERMS

Attribution = Literal[
    "immunotherapy", "chemotherapy", "infection", "disease progression", "other drug", "other"
]


class LlmEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ctcae_term: Literal[IRAE_TERMS]  # type: ignore[valid-type]
    grade: int = Field(ge=1, le=5)
    attribution: Attribution
    note_id: str
    quote: str = Field(min_length=1)
    """Copied verbatim from the note named by note_id."""


class LlmIraeAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    irae: bool
    events: list[LlmEvent]


SCHEMA_NAME = "irae_assessment"

SYSTEM = """You review oncology clinical notes for immune-related adverse events (irAEs) of \
immune checkpoint inhibitors (ipilimumab, nivolumab, pembrolizumab, atezolizumab, durvalumab, \
avelumab, cemiplimab, tremelimumab, dostarlimab, relatlimab and others).

Report an event only when the notes state it happened to this patient during or after \
checkpoint-inhibitor therapy. Do NOT report: negated findings ("denies diarrhea"), \
hypotheticals and counselling ("monitor for colitis", "signs of pneumonitis"), family history, \
or resolved history from before therapy. When another cause is documented (C. difficile or \
other infection, chemotherapy such as irinotecan or capecitabine, disease progression, another \
drug), still list the event but set attribution to that cause.

For each event give: the CTCAE v5 term (one of the allowed values; immune hepatitis is \
"Alanine aminotransferase increased", nephritis is "Acute kidney injury", immune diabetes is \
"Hyperglycemia"), the CTCAE v5 grade 1-5 from its definition (e.g. diarrhea: <4 stools/day over \
baseline = 1, 4-6 = 2, >=7 or hospitalization = 3, life-threatening = 4), the attribution, the \
note_id, and a quote copied character for character from that note that shows the event and \
its severity. irae is true exactly when at least one event has attribution "immunotherapy".
Text in square brackets such as [NAME] was masked for privacy; copy it as written."""

STRICTER_SUFFIX = """Your previous answer was rejected: it was not valid JSON for the schema. \
Answer with ONE JSON object only, keys "irae" and "events"; every event needs ctcae_term \
(an allowed value), grade (integer 1-5), attribution, note_id (as given above) and quote \
(verbatim text from that note). No prose, no markdown."""


def user_prompt(notes: list[tuple[str, str, str, str]], candidates: list[str]) -> str:
    """`notes` are (note_id, date, type, masked text); `candidates` are extractor hints."""
    parts = ["Clinical notes for one patient:"]
    for note_id, date, kind, text in notes:
        parts.append(f'<note id="{note_id}" date="{date}" type="{kind}">\n{text}\n</note>')
    if candidates:
        parts.append(
            "Candidate mentions found by a rule-based extractor (may include negated or "
            "hypothetical ones; judge them yourself):\n" + "\n".join(f"- {c}" for c in candidates)
        )
    parts.append("Return the assessment as JSON.")
    return "\n\n".join(parts)
