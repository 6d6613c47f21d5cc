"""The triage reference pipeline: one object answering the acuity, phi, retrieval,
groundedness and refusal categories through the same stages production runs.

message -> chart slice -> PHI redaction -> hybrid retrieval -> rerank -> decision -> policy ->
implicit-emergency safety net -> calibrated routing. Traces hold redacted text, counts and
scores only.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Sequence
from typing import Any

from harness.contract import (
    AcuityItem,
    AcuityPrediction,
    GroundednessItem,
    GroundednessPrediction,
    PhiItem,
    PhiPrediction,
    PipelineConfig,
    PredictedSpan,
    Prediction,
    RefusalItem,
    RefusalPrediction,
    RetrievalItem,
    Trace,
    TriageDecision,
)
from harness.errors import InputError
from pipelines.triage import critical_value, implicit_emergency, policy, same_day_floor
from pipelines.triage.chart import patient_identifiers, slice_chart
from pipelines.triage.decision import (
    STRICTER_SUFFIX,
    SYSTEM_PROMPT,
    Case,
    DeciderOutput,
    LlmDecider,
    LocalDecider,
    fail_closed,
)
from pipelines.triage.judge import judge
from pipelines.triage.redact import Redactor, redact_chart
from pipelines.triage.retrieval import Retriever
from pipelines.triage.retrieval.types import Hit

PIPELINE_NAME = "triage"
CATEGORIES = frozenset({"acuity", "phi", "retrieval", "groundedness", "refusal"})
_LANE_TRACE = 10


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 3)


def _lane(hits: Sequence[Hit]) -> list[dict[str, Any]]:
    return [
        {"chunk_id": h.chunk.chunk_id, "pathway_id": h.chunk.pathway_id, "score": round(h.score, 5)}
        for h in hits[:_LANE_TRACE]
    ]


def _off_corpus_below(options: Any) -> float:
    """The `off_corpus_below` option (see `policy.OFF_CORPUS_BELOW`): a cosine in [0, 1)."""
    value = options.get("off_corpus_below", policy.OFF_CORPUS_BELOW)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
        raise InputError(
            f"triage option off_corpus_below={value!r}: give a cosine in [0, 1) "
            f"(default {policy.OFF_CORPUS_BELOW}; 0 turns the corpus-distance refusal off)"
        )
    return float(value)


class TriagePipeline:
    name = PIPELINE_NAME
    categories = CATEGORIES

    def __init__(self, config: PipelineConfig) -> None:
        self.provider = config.provider
        backend = str(config.options.get("retrieval") or "memory")
        self._redactor = Redactor()
        self._off_corpus_below = _off_corpus_below(config.options)
        self._retriever = Retriever.from_corpus(
            config.corpus, backend=backend, options=config.options
        )
        self._acuity_of = {p.pathway_id: p.acuity for p in self._retriever.corpus.pathways}
        # --- refusal classifier (policy_model): trained or loaded from cache at build time ---
        from pipelines.triage import policy_model

        self._refusal_clf = policy_model.load()
        # --- end refusal classifier ---
        # --- the safety net's learned half (implicit_emergency_model), same cache rules ---
        from pipelines.triage import implicit_emergency_model

        self._net_scorer = implicit_emergency_model.load()
        # --- the same-day floor's learned half (death_wish_model), same cache rules ---
        from pipelines.triage import death_wish_model

        self._death_wish_scorer = death_wish_model.load()
        # --- the net's suicide-plan scorer (suicide_plan_model), same cache rules ---
        from pipelines.triage import suicide_plan_model

        self._plan_scorer = suicide_plan_model.load()
        self._decider: LocalDecider | LlmDecider
        if config.provider == "local":
            from pipelines.triage.training import train

            trained = train(
                self._retriever, self._redactor, progress=lambda m: print(m, file=sys.stderr)
            )
            self._decider = trained.decider
            self._calibrate: Any = trained.calibrator
            self.model = f"{LocalDecider.model_name}@{trained.key}"
            calib = trained.calibrator.sha256
        elif config.provider in ("anthropic", "openai", "replay"):
            from pipelines.llm import make_client

            client = make_client(
                config.provider, model=config.model, cache=config.cache, options=config.options
            )
            self._decider = LlmDecider(client)
            # The LLM states its own confidence; the isotonic head is fitted on the local model.
            self._calibrate = float
            self.model = client.model
            calib = "none"
        else:
            raise InputError(
                f"triage: unknown provider {config.provider!r}: choose local, anthropic, openai "
                "or replay"
            )
        fingerprint = {
            "system": SYSTEM_PROMPT,
            "stricter": STRICTER_SUFFIX,
            "retriever": self._retriever.version,
            "backend": backend,
            "provider": self.provider,
            "model": self.model,
            "calibrator": calib,
            "policy_min_months": policy.PEDIATRIC_MIN_MONTHS,
            "implicit_emergency": implicit_emergency.VERSION,
            "same_day_floor": same_day_floor.VERSION,
            "critical_value": critical_value.VERSION,
            "death_wish_scorer": self._death_wish_scorer.key,
            "suicide_plan_scorer": self._plan_scorer.key,
            "implicit_emergency_scorer": self._net_scorer.key,
            "refusal_classifier": self._refusal_clf.key,
            "off_corpus_below": self._off_corpus_below,
        }
        blob = json.dumps(fingerprint, sort_keys=True).encode()
        self.version = hashlib.sha256(blob).hexdigest()[:16]

    # -- the contract ---------------------------------------------------------------------

    def predict(self, item: Any) -> Prediction:
        if isinstance(item, PhiItem):
            return self._phi(item)
        if isinstance(item, RetrievalItem):
            return self._retrieval(item)
        if isinstance(item, AcuityItem | GroundednessItem | RefusalItem):
            return self._triage(item)
        raise InputError(
            f"triage pipeline got a {getattr(item, 'category', type(item).__name__)!r} item; it "
            f"answers {', '.join(sorted(CATEGORIES))}"
        )

    # -- categories -----------------------------------------------------------------------

    def _phi(self, item: PhiItem) -> Prediction:
        t0 = time.perf_counter()
        red = self._redactor.redact(item.text)
        stages = {"redact": _ms(t0)}
        spans = [PredictedSpan(start=s.start, end=s.end, label=s.label) for s in red.spans]
        ok = red.token_map.restore(red.text) == item.text
        trace = Trace(stages_ms=stages, model="redactor", detail={"redaction_counts": red.counts()})
        return Prediction(PhiPrediction(spans=spans, roundtrip_ok=ok), trace)

    def _retrieval(self, item: RetrievalItem) -> Prediction:
        t0 = time.perf_counter()
        red = self._redactor.redact(item.query)
        t1 = time.perf_counter()
        result = self._retriever.search(red.text)
        stages = {"redact": round((t1 - t0) * 1000, 3)} | {
            f"retrieve.{k}": round(v, 3) for k, v in result.timings_ms.items()
        }
        detail = {
            "redaction_counts": red.counts(),
            "bm25": _lane(result.bm25),
            "dense": _lane(result.dense),
            "fused": _lane(result.fused),
            "reranked": _lane(result.reranked),
        }
        return Prediction(
            result.to_prediction(), Trace(stages_ms=stages, model="retriever", detail=detail)
        )

    def _triage(self, item: AcuityItem | GroundednessItem | RefusalItem) -> Prediction:
        stages: dict[str, float] = {}
        t0 = time.perf_counter()
        # the chart's own identifiers redact the message and the chart's text; from here on the
        # chart carries redacted text only (prompt, decider, policy, trace)
        known = patient_identifiers(item.chart)
        chart = redact_chart(slice_chart(item.chart), known)
        stages["chart"] = _ms(t0)
        t0 = time.perf_counter()
        red = self._redactor.redact(item.message, known)
        stages["redact"] = _ms(t0)
        result = self._retriever.search(red.text)
        for k, v in result.timings_ms.items():
            stages[f"retrieve.{k}"] = round(v, 3)
        case = Case(red.text, chart, result.reranked, self._acuity_of, result.query_vector)
        t0 = time.perf_counter()
        out: DeciderOutput = self._decider.decide(case, self._calibrate)
        stages["decide"] = _ms(t0)
        t0 = time.perf_counter()
        failed_closed = out.decision is None
        decision: TriageDecision = out.decision or fail_closed(case, "invalid model output")
        retrieved = {h.chunk.chunk_id for h in result.reranked}
        # the dense lane's best cosine: how near the (redacted) message comes to any pathway
        relevance = result.dense[0].score if result.dense else None
        # the sender's own thoughts of death: no off-topic refusal, and the same-day floor below
        death_wish = same_day_floor.thinks_of_death(item.message, self._death_wish_scorer)
        verdict = policy.evaluate(
            decision,
            message=item.message,
            chart=chart,
            retrieved_ids=retrieved,
            classifier=self._refusal_clf,
            emergency=self._net_scorer,
            relevance=relevance,
            off_corpus_below=self._off_corpus_below,
            death_wish=death_wish,
        )
        decision = policy.apply(decision, verdict)
        # The safety net runs last so that nothing after it can lower an emergency it found.
        red_flag = implicit_emergency.detect(
            item.message, scorer=self._net_scorer, plan_scorer=self._plan_scorer
        )
        escalated_by_net = red_flag is not None and decision.routing != "escalate"
        decision = implicit_emergency.apply(decision, red_flag)
        # A critical lab value or home reading the sender quotes (potassium 6.4, sats 86%): urgent.
        critical = critical_value.find_critical(item.message)
        escalated_by_critical_value = bool(critical) and decision.routing != "escalate"
        decision = critical_value.apply(decision, critical)
        # Below an emergency, thoughts of death still go to a clinician today.
        floored = same_day_floor.apply(decision, death_wish)
        raised_to_same_day, decision = floored is not decision, floored
        stages["policy"] = _ms(t0)
        detail: dict[str, Any] = {
            "chart_fields_used": chart.fields_used(),
            "redaction_counts": red.counts(),
            "lanes": {
                "bm25": _lane(result.bm25),
                "dense": _lane(result.dense),
                "fused": _lane(result.fused),
            },
            "reranked": _lane(result.reranked),
            "raw_model_output": out.raw_output,
            "raw_confidence": round(out.raw_confidence, 5),
            "attempts": out.attempts,
            "validation_errors": list(out.errors),
            "parsed_decision": decision.model_dump(mode="json"),
            "policy": {
                "refuse": verdict.refuse,
                "reasons": list(verdict.reasons),
                "corpus_relevance": None if relevance is None else round(relevance, 5),
                "two_eye_review": verdict.two_eye_review or red_flag is not None or bool(critical),
                "implicit_emergency": list(red_flag.kinds) if red_flag else [],
                "escalated_by_safety_net": escalated_by_net,
                # analyte, value and the threshold crossed: no identifier
                "critical_values": [c.reason for c in critical],
                "escalated_by_critical_value": escalated_by_critical_value,
                "thoughts_of_death": death_wish,
                "raised_to_same_day": raised_to_same_day,
            },
            "failed_closed": failed_closed,
        }
        output: Any
        if isinstance(item, AcuityItem):
            output = AcuityPrediction(decision=decision, failed_closed=failed_closed)
        elif isinstance(item, RefusalItem):
            output = RefusalPrediction(decision=decision, policy_reasons=list(verdict.reasons))
        else:
            t0 = time.perf_counter()
            supported = []
            for claim in decision.rationale:
                try:
                    evidence = self._retriever.chunk(claim.evidence_id).text
                except KeyError:
                    supported.append(False)
                    continue
                supported.append(judge(claim.claim, evidence).supported)
            on_labels = [judge(lab.claim, lab.evidence).supported for lab in item.judge_labels]
            stages["judge"] = _ms(t0)
            output = GroundednessPrediction(
                decision=decision, claims_supported=supported, judge_on_labels=on_labels
            )
        trace = Trace(
            stages_ms=stages,
            tokens_in=out.tokens_in,
            tokens_out=out.tokens_out,
            model=out.model,
            detail=detail,
        )
        return Prediction(output, trace)


def create(config: PipelineConfig | None = None) -> TriagePipeline:
    """Factory the harness loads by the short name `triage`."""
    return TriagePipeline(config or PipelineConfig())
