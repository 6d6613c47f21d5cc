"""The irAE pipeline object the harness loads: extractor -> predictor, with a redacted trace.

`predict` is synchronous and thread-safe (no shared mutable state after construction).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from typing import Any

from harness.contract import (
    IraeItem,
    IraeNote,
    IraePrediction,
    PipelineConfig,
    Prediction,
    Trace,
)
from harness.errors import InputError
from pipelines.irae import prompts
from pipelines.irae.extractor import AE_LEXICON, extract
from pipelines.irae.model import shipped_model
from pipelines.irae.predictor import THRESHOLD, LlmPredictor, LocalPredictor, PredictorResult
from pipelines.llm import make_client

PIPELINE_NAME = "irae"


class IraePipeline:
    name = PIPELINE_NAME
    categories = frozenset({"irae"})

    def __init__(self, config: PipelineConfig) -> None:
        self.provider = config.provider
        self._predictor: LocalPredictor | LlmPredictor
        if config.provider == "local":
            mention_model = shipped_model()
            self._predictor = LocalPredictor(mention_model)
            self.model = f"{LocalPredictor.model_name}@{mention_model.data_sha[:12]}"
        elif config.provider in ("anthropic", "openai", "replay"):
            client = make_client(
                config.provider, model=config.model, cache=config.cache, options=config.options
            )
            self._predictor = LlmPredictor(client)
            self.model = client.model
        else:
            raise InputError(
                f"irae: unknown provider {config.provider!r}: choose local, anthropic, openai "
                "or replay"
            )
        fingerprint = {
            "provider": self.provider,
            "model": self.model,
            "threshold": THRESHOLD,
            "lexicon": AE_LEXICON,
            "system": prompts.SYSTEM,
            "stricter": prompts.STRICTER_SUFFIX,
            "schema": prompts.LlmIraeAnswer.model_json_schema(),
        }
        blob = json.dumps(fingerprint, sort_keys=True, default=str).encode()
        self.version = hashlib.sha256(blob).hexdigest()[:16]

    def predict(self, item: Any) -> Prediction:
        if not isinstance(item, IraeItem):
            raise InputError(
                f"irae pipeline got a {getattr(item, 'category', type(item).__name__)!r} item; "
                "it answers the 'irae' category only"
            )
        prediction, _, trace = self.run_notes(item.notes)
        return Prediction(prediction, trace)

    def run_notes(self, notes: Sequence[IraeNote]) -> tuple[IraePrediction, PredictorResult, Trace]:
        """Predict over one patient's notes; also returns the located events for batch output."""
        t0 = time.perf_counter()
        extraction = extract([(n.note_id, n.text) for n in notes])
        t1 = time.perf_counter()
        result = self._predictor.predict(notes, extraction)
        t2 = time.perf_counter()
        # Last line of defence: every emitted quote must sit verbatim at its offsets.
        texts = {n.note_id: n.text for n in notes}
        kept = []
        dropped = list(result.detail.get("dropped_events", []))
        for ev in result.events:
            text = texts.get(ev.event.note_id, "")
            if text[ev.start : ev.end] == ev.event.quote and ev.event.quote:
                kept.append(ev)
            else:
                dropped.append({"ctcae_term": ev.event.ctcae_term, "reason": "offsets mismatch"})
        result.events = kept
        irae = (
            result.irae
            if result.needs_review
            else any(e.event.attribution == "immunotherapy" for e in kept)
        )
        prediction = IraePrediction(
            irae=irae, events=[e.event for e in kept], needs_review=result.needs_review
        )
        detail = {k: v for k, v in result.detail.items() if k != "dropped_events"}
        trace = Trace(
            stages_ms={"extract": (t1 - t0) * 1000.0, "predict": (t2 - t1) * 1000.0},
            tokens_in=result.tokens_in,
            tokens_out=result.tokens_out,
            model=result.model or self.model,
            detail={
                # Offsets and terms only: the trace stays free of note text.
                "exposures": [
                    {
                        "agent": e.agent,
                        "note_id": e.note_id,
                        "start": e.start,
                        "end": e.end,
                        "date": e.date,
                    }
                    for e in extraction.exposures
                ],
                "n_mentions": len(extraction.mentions),
                "events": [
                    {
                        "ctcae_term": e.event.ctcae_term,
                        "grade": e.event.grade,
                        "attribution": e.event.attribution,
                        "note_id": e.event.note_id,
                        "start": e.start,
                        "end": e.end,
                    }
                    for e in kept
                ],
                "dropped_events": dropped,
                "n_dropped_events": len(dropped),
                "needs_review": result.needs_review,
                **detail,
            },
        )
        return prediction, result, trace


def create(config: PipelineConfig | None = None) -> IraePipeline:
    return IraePipeline(config or PipelineConfig())
