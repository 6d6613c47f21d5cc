"""Write refusal_train7.jsonl: the refusal dev sets' off-topic asks and controls, as training
rows for the learned off-topic label (policy_model).

Up to round 14 these sets measured the rules; from round 15 the learned label trains on them too
(leave-set-group-out on the sets themselves first: see README.md). Their figures are no longer
held out: blind sets written later measure the label. Labels map as the pipeline reads them:
`out_of_scope` stays, a control (`none`) and a child under 3 (refused by the chart, not the words)
are `none`; jailbreaks and pregnancies are left out (their labels have their own files).

Run: python pipelines/triage/data/_make_refusal_train7.py   (byte-identical on every run)
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parent / "dev"
OUT = HERE / "refusal_train7.jsonl"
# The sets written before round 15; a set written later is a held-out measure, not a source.
SETS = (
    "refusal_dev.jsonl",
    "refusal_dev2.jsonl",
    "refusal_dev6.jsonl",
    "refusal_dev7.jsonl",
    "refusal_holdout.jsonl",
    *(f"refusal_holdout{n}.jsonl" for n in range(2, 10)),
    *(f"refusal_naive{n}.jsonl" for n in range(1, 21)),
)
LABEL = {"out_of_scope": "out_of_scope", "none": "none", "pediatric_under_3": "none"}


def rows() -> list[dict[str, str]]:
    out = []
    for name in SETS:
        for line in (DEV / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            label = LABEL.get(item["reason"])
            if label is not None:
                out.append(
                    {
                        "id": f"rtrain7-{item['id']}",
                        "message": item["message"],
                        "label": label,
                        "from": f"dev/{name}",
                    }
                )
    return out


def main() -> None:
    data = rows()
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data)
    OUT.write_text(text, encoding="utf-8")
    counts: dict[str, int] = {}
    for r in data:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(f"wrote {len(data)} rows to {OUT.name}: {counts}")


if __name__ == "__main__":
    main()
