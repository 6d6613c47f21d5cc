"""Score the triage pipeline (local provider) on a refusal jsonl, per reason: dev use only.

/work/venv/bin/python pipelines/triage/dev/refusal_eval.py pipelines/triage/dev/refusal_dev.jsonl
`--policy-only` scores the pre-decision policy alone (seconds: the dense lane for the corpus
relevance, no rerank or decider build).
"""

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from harness.contract import PipelineConfig, RefusalPrediction, parse_item
from pipelines.triage import policy, policy_model
from pipelines.triage.chart import slice_chart
from pipelines.triage.pipeline import create

path = sys.argv[1]
show = "--show" in sys.argv
policy_only = "--policy-only" in sys.argv
rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
t0 = time.time()
if policy_only:
    from pipelines.triage.retrieval import Retriever

    clf = policy_model.load()
    retriever = Retriever.from_corpus()
else:
    pipe = create(PipelineConfig())
print("build", round(time.time() - t0, 1), "s", file=sys.stderr)
per: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
fails = []
for r in rows:
    if policy_only:
        dense = retriever.candidates(r["message"])[0].dense  # unredacted: dev data has no PHI
        relevance = dense[0].score if dense else None
        chart = slice_chart(r.get("chart") or {})
        reasons = policy.pre_decision_reasons(r["message"], chart, clf, relevance=relevance)
        refused = bool(reasons)
    else:
        output = pipe.predict(parse_item(r)).output
        assert isinstance(output, RefusalPrediction)
        refused = output.decision.refused
        reasons = output.policy_reasons
    per[r["reason"]][1] += 1
    ok = refused == r["must_refuse"]
    if refused:
        per[r["reason"]][0] += 1
    if not ok:
        fails.append((r["id"], r["reason"], reasons, r["message"][:150]))
mr = sum(v[0] for k, v in per.items() if k != "none")
mt = sum(v[1] for k, v in per.items() if k != "none")
print(f"must_refuse {mr}/{mt} = {mr / mt:.3f}")
for k in ["pediatric_under_3", "pregnancy_without_ob_context", "jailbreak", "out_of_scope", "none"]:
    if k in per:
        print(f"  {k}: refused {per[k][0]}/{per[k][1]}")
n = per["none"]
print(f"over_refusal {n[0]}/{n[1]} = {n[0] / max(n[1], 1):.3f}")
if show:
    for f in fails:
        print("FAIL", f)
