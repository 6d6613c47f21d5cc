"""Build phi_presidio_train.jsonl: presidio-research's synthetic sentences in our PHI schema.

Training data for the learned PHI tagger (pipelines/triage/phi_tagger.py). Source: shared/data/
phi_presidio/synth_dataset_v2.json (MIT). Run: /work/venv/bin/python pipelines/triage/dev/phi_make_presidio.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pipelines.triage.dev.phi_markup import write
from pipelines.triage.redact_extra import NOT_PLACES

SOURCE = (
    Path(__file__).resolve().parents[3].parent / "shared/data/phi_presidio/synth_dataset_v2.json"
)
# presidio entity type -> our label; None: not PHI under our conventions (companies, job titles,
# nationalities). AGE, DATE_TIME and places are checked below.
LABELS: dict[str, str | None] = {
    "PERSON": "NAME",
    "STREET_ADDRESS": "ADDRESS",
    "GPE": "ADDRESS",
    "ZIP_CODE": "ADDRESS",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "DOMAIN_NAME": "URL",
    "IP_ADDRESS": "URL",
    "US_SSN": "SSN",
    "US_DRIVER_LICENSE": "ID",
    "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID",
    "DATE_TIME": "DATE",
    "AGE": "AGE",
    "ORGANIZATION": None,
    "TITLE": None,
    "NRP": None,
}
_MONTHS = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}"
)
_PART = re.compile(r"[^,\n]+")


def _spans(text: str, span: dict[str, Any]) -> list[dict[str, Any]]:
    label = LABELS[span["entity_type"]]
    start, end = span["start_position"], span["end_position"]
    value = text[start:end]
    if label is None:
        return []
    if label == "AGE" and not (value.isdigit() and int(value) >= 90):
        return []  # ages of 89 and under are not PHI
    if label == "DATE" and not _MONTHS.search(value):
        return []  # "yesterday", "2019": relative dates and bare years are not PHI
    if label != "ADDRESS":
        return [{"start": start, "end": end, "label": label}]
    # an address: each component below state level is its own span; states and countries go
    out = []
    for m in _PART.finditer(value):
        part = m.group(0).strip()
        words = part.split()
        while words and words[-1].lower().strip(".") in NOT_PLACES:
            words.pop()  # "Denver CO": the state code is not PHI
        while words and words[0].lower().strip(".") in NOT_PLACES:
            words.pop(0)
        if not words:
            continue
        kept = " ".join(words)
        a = text.index(kept, start + m.start()) if kept in text[start + m.start() :] else -1
        if a >= 0 and a + len(kept) <= end:
            out.append({"start": a, "end": a + len(kept), "label": "ADDRESS"})
    return out


def convert(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    items = []
    for n, row in enumerate(rows, start=1):
        text = row["full_text"]
        spans = sorted(
            (s for span in row["spans"] for s in _spans(text, span)), key=lambda s: s["start"]
        )
        items.append(
            {
                "id": f"presidio-phi-{n:04d}",
                "category": "phi",
                "added": "2026-11-23",
                "source": "presidio-research synth_dataset_v2 (MIT), labels mapped",
                "text": text,
                "spans": spans,
            }
        )
    return items


if __name__ == "__main__":
    rows = json.loads(SOURCE.read_text("utf-8"))
    items = convert(rows)
    write(Path(__file__).parent / "phi_presidio_train.jsonl", items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans")
