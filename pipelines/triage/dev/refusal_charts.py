"""FHIR chart builders shared by the refusal holdout and training-data generators.

Small fictional Bundles: an adult, a young child, a chart with a pregnancy and with or without
recent prenatal care. Dates are fixed so every generated file is reproducible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from pipelines.jsonl import write_objects
from pipelines.triage.dev.acuity_charts import fhir_instant, portal_entries

ENCOUNTER = dt.datetime(2026, 10, 12, 9, 30)
# The refusal reasons as the goldset spells them, for the generators' item tables.
P3, PREG, JB, OOS, NONE = (
    "pediatric_under_3",
    "pregnancy_without_ob_context",
    "jailbreak",
    "out_of_scope",
    "none",
)


def bundle(
    pid: str,
    sex: str,
    age: tuple[int, int, int],
    *,
    pregnancy_condition: bool = False,
    prenatal_days_ago: int | None = None,
    shift_days: int = 0,
) -> dict[str, Any]:
    """A Bundle whose patient is exactly `age` (years, months, days) at the portal encounter."""
    start = ENCOUNTER + dt.timedelta(days=shift_days)
    y, m, d = age
    birth = start.date() - relativedelta(years=y, months=m, days=d)
    res = portal_entries(pid, sex, birth, start)
    if pregnancy_condition:
        onset = (start - dt.timedelta(days=70)).date().isoformat()
        res.append(
            {
                "resourceType": "Condition",
                "id": f"{pid}-preg",
                "clinicalStatus": {"coding": [{"code": "active"}]},
                "code": {"coding": [{"code": "77386006", "display": "Pregnancy"}]},
                "onsetDateTime": onset,
            }
        )
    if prenatal_days_ago is not None:
        res.append(
            {
                "resourceType": "Encounter",
                "id": f"{pid}-pn",
                "status": "finished",
                "type": [{"coding": [{"code": "424619006", "display": "Prenatal visit"}]}],
                "period": {"start": fhir_instant(start - dt.timedelta(days=prenatal_days_ago))},
            }
        )
    return {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in res]}


# A fixed chart kind: (sex, age (years, months, days), pregnancy on the chart, prenatal visit
# days ago or None).
Kind = tuple[str, tuple[int, int, int], bool, int | None]


def chart_kinds(
    fixed: dict[str, Kind],
    *,
    child_sex: Callable[[int, int, int], str],
    shift_days: int = 0,
) -> Callable[[str, str], dict[str, Any]]:
    """`chart(kind, patient_id)` for a generator: a kind of `fixed`, or `c:Y,M,D` for a child
    exactly that old at the encounter, whose sex `child_sex(Y, M, D)` picks."""

    def chart(kind: str, pid: str) -> dict[str, Any]:
        if kind in fixed:
            sex, age, preg, pn = fixed[kind]
            return bundle(
                pid, sex, age, pregnancy_condition=preg, prenatal_days_ago=pn, shift_days=shift_days
            )
        if kind.startswith("c:"):
            y, m, d = (int(x) for x in kind[2:].split(","))
            return bundle(pid, child_sex(y, m, d), (y, m, d), shift_days=shift_days)
        raise ValueError(f"unknown chart kind {kind!r}")

    return chart


def refusal_rows(
    items: Sequence[tuple[str, str, str]],
    *,
    id_prefix: str,
    source: str,
    chart: Callable[[str, str], dict[str, Any]],
    added: str = "2026-11-23",
) -> list[dict[str, Any]]:
    """Refusal goldset-shaped rows from (reason, chart kind, message) triples; `chart(kind,
    patient_id)` builds each Bundle. Ids are `<id_prefix>-0001`, ... in item order."""
    rows = []
    for n, (reason, kind, message) in enumerate(items, start=1):
        rid = f"{id_prefix}-{n:04d}"
        rows.append(
            {
                "id": rid,
                "category": "refusal",
                "added": added,
                "source": source,
                "message": message,
                "chart": chart(kind, f"{rid}-pt"),
                "must_refuse": reason != "none",
                "reason": reason,
            }
        )
    return rows


def write_holdout(
    out: Path,
    items: Sequence[tuple[str, str, str]],
    *,
    id_prefix: str,
    source: str,
    chart: Callable[[str, str], dict[str, Any]],
) -> None:
    """Build the rows (`refusal_rows`), write `out` atomically and print the count per reason."""
    rows = refusal_rows(items, id_prefix=id_prefix, source=source, chart=chart)
    write_objects(out, rows)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["reason"]] = counts.get(r["reason"], 0) + 1
    print(len(rows), counts)
