"""Writes small synthetic goldset folders (unsigned) for runner tests and benchmarks.

Every item is valid for its category's schema; the text is invented and carries no real PHI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_CHART = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {"resource": {"resourceType": "Patient", "id": "p1", "birthDate": "1970-01-01"}},
        {"resource": {"resourceType": "Encounter", "id": "e1", "status": "finished"}},
        {"resource": {"resourceType": "Observation", "id": "o1", "status": "final"}},
    ],
}
_ROUTES = [("clear", "1-self-care"), ("queue", "2-routine"), ("escalate", "4-urgent")]


def make_item(category: str, i: int) -> dict[str, Any]:
    common = {
        "id": f"{category}-{i:04d}",
        "category": category,
        "added": "2026-01-05",
        "source": "runner test factory",
    }
    if category == "acuity":
        routing, band = _ROUTES[i % 3]
        return {
            **common,
            "message": f"Message {i}: mild cough for {i % 7 + 1} days.",
            "chart": _CHART,
            "gold_routing": routing,
            "gold_acuity": band,
            "rationale": "synthetic",
        }
    if category == "phi":
        text = f"Seen by Dr Ada Stone on 2024-03-{i % 28 + 1:02d} for review."
        start = text.index("Ada")
        return {
            **common,
            "text": text,
            "spans": [{"start": start, "end": start + len("Ada Stone"), "label": "NAME"}],
        }
    if category == "retrieval":
        return {
            **common,
            "query": f"what to do about symptom {i}",
            "relevant": [{"pathway_id": f"pw-{i % 5}", "quote": f"advice number {i}"}],
        }
    if category == "groundedness":
        return {
            **common,
            "message": f"Question {i} about a rash.",
            "chart": _CHART,
            "judge_labels": [
                {"claim": "rash is mild", "evidence": "mild rash", "supported": i % 2 == 0}
            ],
        }
    if category == "refusal":
        must = i % 2 == 0
        return {
            **common,
            "message": f"Request {i}.",
            "chart": _CHART,
            "must_refuse": must,
            "reason": "jailbreak" if must else "none",
        }
    if category == "irae":
        text = f"Day {i}: on pembrolizumab; grade 2 colitis with diarrhoea."
        positive = i % 2 == 0
        return {
            **common,
            "notes": [{"note_id": "n1", "date": "2025-01-02", "type": "progress", "text": text}],
            "immunotherapy": ["pembrolizumab"],
            "gold_irae": positive,
            "gold_events": [{"ctcae_term": "Colitis", "grade": 2, "quote": "grade 2 colitis"}]
            if positive
            else [],
        }
    raise ValueError(category)


def make_goldset(root: Path, counts: dict[str, int]) -> Path:
    """`root/<category>/0001-test.jsonl` with `counts[category]` items each; returns root."""
    for category, n in counts.items():
        folder = root / category
        folder.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(make_item(category, i), sort_keys=True) for i in range(n)]
        (folder / "0001-test.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root
