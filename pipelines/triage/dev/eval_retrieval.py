"""Retrieval on the development set (never the goldset): recall@1/5, MRR and per-lane recall@5.

Run from the repository root: `python -m pipelines.triage.dev.eval_retrieval [--set k=v ...]`
(the same `--set` options `harness run` takes, e.g. `--set per_pathway=0`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DEV = Path(__file__).resolve().parent / "retrieval_dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    from harness.metrics import score_item
    from pipelines.triage.retrieval import Retriever
    from pipelines.triage.retrieval.types import Hit

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=Path, default=DEV)
    parser.add_argument("--set", dest="sets", action="append", default=[], metavar="K=V")
    ns = parser.parse_args(argv)
    options = dict(s.split("=", 1) for s in ns.sets)
    retriever = Retriever.from_corpus(options=options)
    items = [json.loads(line) for line in ns.items.read_text(encoding="utf-8").splitlines() if line]

    def ranked(hits: Sequence[Hit]) -> list[dict[str, str]]:
        return [{"pathway_id": h.chunk.pathway_id, "text": h.chunk.text} for h in hits]

    rows = []
    for item in items:
        res = retriever.search(item["query"])
        pred = {
            "ranked": ranked(res.reranked),
            "lanes": {
                "bm25": ranked(res.bm25),
                "dense": ranked(res.dense),
                "fused": ranked(res.fused),
            },
        }
        rows.append(score_item("retrieval", item, pred))
    print(f"{len(rows)} items from {ns.items.name}, options {options or 'default'}")
    for name in ("recall_at_1", "recall_at_5", "rr", "ndcg_at_10"):
        print(f"  {name:<12} {np.mean([r[name] for r in rows]):.3f}")
    for lane in ("bm25", "dense", "fused"):
        print(f"  {lane}_recall_at_5 {np.mean([r['lane_recall_at_5'][lane] for r in rows]):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
