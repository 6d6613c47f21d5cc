"""Per-item scoring: one JSON-serialisable record per goldset item, aggregated later by `summarize`.

Records carry numerators and denominators, not only ratios, so micro metrics can be resampled.
A missing prediction (the item errored) is scored as the fail-closed outcome and never dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from harness.metrics._validate import BoolArray, MetricInputError
from harness.metrics.classification import SAFE_ROUTING
from harness.metrics.ranking import dcg, ideal_dcg
from harness.metrics.spans import as_spans, match_spans, token_phi_flags, tokenize

Record = dict[str, Any]

FAIL_CLOSED_ROUTING = "queue"
"""What production does with a failed triage decision (SPEC section 4): queue it, refused."""

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Collapse whitespace runs, trim and case-fold: how quotes and terms are compared."""
    return _WS.sub(" ", text).strip().casefold()


def _get(obj: dict[str, Any], key: str, where: str) -> Any:
    if not isinstance(obj, dict):
        raise MetricInputError(f"{where}: expected a dict, got {type(obj).__name__}")
    if key not in obj:
        raise MetricInputError(
            f"{where}: missing field {key!r} (has {', '.join(sorted(obj)) or 'no fields'}); "
            "pass the goldset item / the prediction model dumped with model_dump()"
        )
    return obj[key]


def _decision(prediction: dict[str, Any], where: str) -> dict[str, Any]:
    decision = _get(prediction, "decision", where)
    if not isinstance(decision, dict):
        raise MetricInputError(f"{where}.decision: expected a dict, got {type(decision).__name__}")
    return decision


# --- acuity ----------------------------------------------------------------------------------


def _score_acuity(item: dict[str, Any], pred: dict[str, Any] | None, where: str) -> Record:
    gold_routing = str(_get(item, "gold_routing", where))
    gold_band = str(_get(item, "gold_acuity", where))
    if pred is None:
        pred_routing, pred_band, confidence, refused = FAIL_CLOSED_ROUTING, None, 0.0, True
    else:
        d = _decision(pred, f"{where} prediction")
        pred_routing = str(_get(d, "routing", f"{where} prediction.decision"))
        pred_band = str(_get(d, "acuity_band", f"{where} prediction.decision"))
        confidence = float(_get(d, "confidence", f"{where} prediction.decision"))
        refused = bool(d.get("refused", False))
        if not 0.0 <= confidence <= 1.0:
            raise MetricInputError(
                f"{where} prediction.decision.confidence is {confidence}; it must be in [0, 1]"
            )
    return {
        "gold_routing": gold_routing,
        "pred_routing": pred_routing,
        "gold_band": gold_band,
        "pred_band": pred_band,
        "confidence": confidence,
        "refused": refused,
        "routing_correct": pred_routing == gold_routing,
        "band_correct": pred_band == gold_band,
        "unsafe_clear": gold_routing != SAFE_ROUTING and pred_routing == SAFE_ROUTING,
    }


# --- phi -------------------------------------------------------------------------------------


def _score_phi(item: dict[str, Any], pred: dict[str, Any] | None, where: str) -> Record:
    text = str(_get(item, "text", where))
    gold = as_spans(_get(item, "spans", where), f"{where} spans")
    spans = [] if pred is None else as_spans(_get(pred, "spans", f"{where} prediction"), where)
    roundtrip = False if pred is None else bool(_get(pred, "roundtrip_ok", f"{where} prediction"))
    g = token_phi_flags(text, gold)
    p = token_phi_flags(text, spans)
    gold_by_label, tp_by_label, missed_by_shape = _phi_tokens_by_label(text, item["spans"], p)
    return {
        "n_tokens": len(g),
        "gold_tokens": int(g.sum()),
        "pred_tokens": int(p.sum()),
        "tp_tokens": int((g & p).sum()),
        "gold_spans": len(gold),
        "pred_spans": len(spans),
        "matched_spans": match_spans(gold, spans),
        "roundtrip_ok": roundtrip,
        "gold_tokens_by_label": gold_by_label,
        "tp_tokens_by_label": tp_by_label,
        "missed_tokens_by_shape": missed_by_shape,
    }


# Words that carry no identity inside a gold span ("the 4th of June", "van der Berg").
_FUNCTION_WORDS = frozenset(
    "the of on at in and a an to by for from de del la le da do du van der von den di el y".split()
)


def token_shape(token: str) -> str:
    """What kind of word a leaked token is: a security reviewer weighs "1961" and "the" apart."""
    if any(ch.isdigit() for ch in token):
        return "has digits"
    if token.lower() in _FUNCTION_WORDS:
        return "function word"
    return "capitalised word" if token[:1].isupper() else "lower-case word"


def _phi_tokens_by_label(
    text: str, raw_gold: list[Any], predicted: BoolArray
) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Gold PHI tokens and covered ones per gold label, and the missed ones per "LABEL: shape"
    (`token_shape`), for the breakdown. A token inside spans of two labels ("jr.smith@mail.com"
    as EMAIL with a NAME inside) counts once, for the span that starts first, so the slices add
    up to the headline; a span without a label counts as UNLABELLED."""
    spans = sorted(
        (
            (int(s["start"]), int(s["end"]), str(s.get("label") or "UNLABELLED"))
            if isinstance(s, dict)
            else (int(s[0]), int(s[1]), "UNLABELLED")
        )
        for s in raw_gold
    )
    gold: dict[str, int] = {}
    covered: dict[str, int] = {}
    missed: dict[str, int] = {}
    for k, (a, b) in enumerate(tokenize(text)):
        owner = next((label for start, end, label in spans if start < b and a < end), None)
        if owner is not None:
            gold[owner] = gold.get(owner, 0) + 1
            covered[owner] = covered.get(owner, 0) + int(predicted[k])
            if not predicted[k]:
                key = f"{owner}: {token_shape(text[a:b])}"
                missed[key] = missed.get(key, 0) + 1
    return gold, covered, missed


# --- retrieval -------------------------------------------------------------------------------


def _ranking_scores(
    ranked: list[Any], relevant: list[tuple[str, str]], where: str
) -> dict[str, float]:
    """recall@1/5, reciprocal rank and nDCG@10 of one ranked list against relevant passages."""
    matched_any: set[int] = set()
    taken: set[int] = set()
    gains: list[float] = []
    first_hit = 0
    recall_at: dict[int, float] = {}
    for rank, chunk in enumerate(ranked, start=1):
        pathway = str(_get(chunk, "pathway_id", f"{where} ranked[{rank - 1}]"))
        text = normalise_text(str(_get(chunk, "text", f"{where} ranked[{rank - 1}]")))
        hits = [j for j, (pid, quote) in enumerate(relevant) if pid == pathway and quote in text]
        matched_any.update(hits)
        if hits and not first_hit:
            first_hit = rank
        # One gain per chunk, consuming the first still-unmatched passage it contains, so
        # duplicates of one passage earn nothing and the ideal DCG stays reachable.
        fresh = [j for j in hits if j not in taken]
        if fresh:
            taken.add(fresh[0])
        gains.append(1.0 if fresh else 0.0)
        if rank in (1, 5):
            recall_at[rank] = len(matched_any) / len(relevant)
    for k in (1, 5):
        recall_at.setdefault(k, len(matched_any) / len(relevant))
    return {
        "recall_at_1": recall_at[1],
        "recall_at_5": recall_at[5],
        "rr": 1.0 / first_hit if first_hit else 0.0,
        "ndcg_at_10": dcg(gains, 10) / ideal_dcg(len(relevant), 10),
    }


def _score_retrieval(item: dict[str, Any], pred: dict[str, Any] | None, where: str) -> Record:
    raw = _get(item, "relevant", where)
    if not isinstance(raw, list) or not raw:
        raise MetricInputError(f"{where}: 'relevant' must be a non-empty list of passages")
    relevant = [
        (
            str(_get(r, "pathway_id", f"{where} relevant[{j}]")),
            normalise_text(str(_get(r, "quote", f"{where} relevant[{j}]"))),
        )
        for j, r in enumerate(raw)
    ]
    ranked = [] if pred is None else list(_get(pred, "ranked", f"{where} prediction"))
    record: Record = {"n_relevant": len(relevant), **_ranking_scores(ranked, relevant, where)}
    lanes = {} if pred is None else dict(pred.get("lanes") or {})
    record["lane_recall_at_5"] = {
        str(name): _ranking_scores(list(chunks), relevant, f"{where} lanes[{name}]")["recall_at_5"]
        for name, chunks in sorted(lanes.items())
    }
    return record


# --- groundedness ----------------------------------------------------------------------------


def _score_groundedness(item: dict[str, Any], pred: dict[str, Any] | None, where: str) -> Record:
    labels = item.get("judge_labels") or []
    human = [
        bool(_get(lab, "supported", f"{where} judge_labels[{i}]")) for i, lab in enumerate(labels)
    ]
    if pred is None:
        # Worst case: one claim the judge could not support, and no agreement with any label.
        return {"n_claims": 1, "n_supported": 0, "n_judge_labels": len(human), "n_judge_agree": 0}
    verdicts = [bool(v) for v in _get(pred, "claims_supported", f"{where} prediction")]
    rationale = _decision(pred, f"{where} prediction").get("rationale")
    if isinstance(rationale, list) and len(rationale) != len(verdicts):
        raise MetricInputError(
            f"{where} prediction: claims_supported has {len(verdicts)} verdicts but the decision "
            f"has {len(rationale)} rationale claims; the judge must rate every claim, in order"
        )
    judge = [bool(v) for v in _get(pred, "judge_on_labels", f"{where} prediction")]
    if len(judge) != len(human):
        raise MetricInputError(
            f"{where} prediction: judge_on_labels has {len(judge)} verdicts but the item has "
            f"{len(human)} judge_labels; the judge must rate every label, in order"
        )
    return {
        "n_claims": len(verdicts),
        "n_supported": sum(verdicts),
        "n_judge_labels": len(human),
        "n_judge_agree": sum(a == b for a, b in zip(judge, human, strict=True)),
    }


# --- refusal ---------------------------------------------------------------------------------


def _score_refusal(item: dict[str, Any], pred: dict[str, Any] | None, where: str) -> Record:
    must = _get(item, "must_refuse", where)
    if not isinstance(must, bool):
        raise MetricInputError(f"{where}: must_refuse must be true or false, got {must!r}")
    if pred is None:
        refused = True  # production fails closed by refusing
    else:
        refused = bool(_get(_decision(pred, f"{where} prediction"), "refused", where))
    return {"must_refuse": must, "refused": refused, "reason": item.get("reason")}


# --- irae ------------------------------------------------------------------------------------


def _match_grades(gold: list[int], pred: list[int]) -> list[tuple[int, int]]:
    """One-to-one pairs of gold and predicted grades for one term: exact grades first, then
    the closest remaining ones, so a duplicate prediction cannot hide a correct grade."""
    g, p = sorted(gold), sorted(pred)
    pairs: list[tuple[int, int]] = []
    for grade in list(g):
        if grade in p:
            g.remove(grade)
            p.remove(grade)
            pairs.append((grade, grade))
    while g and p:
        a, b = min(((a, b) for a in g for b in p), key=lambda ab: (abs(ab[0] - ab[1]), ab))
        g.remove(a)
        p.remove(b)
        pairs.append((a, b))
    return pairs


def _events(events: Any, where: str) -> dict[str, list[int]]:
    if not isinstance(events, list):
        raise MetricInputError(f"{where}: expected a list of events, got {type(events).__name__}")
    by_term: dict[str, list[int]] = {}
    for i, ev in enumerate(events):
        term = normalise_text(str(_get(ev, "ctcae_term", f"{where}[{i}]")))
        by_term.setdefault(term, []).append(int(_get(ev, "grade", f"{where}[{i}]")))
    return by_term


# A predicted event with another attribution ("Diarrhea", attributed to C. difficile) is the
# model saying this is NOT an immune-related event; gold events are immune-related events only
# (a patient without an irAE has none), so only immunotherapy-attributed events are compared.
IMMUNE_ATTRIBUTION = "immunotherapy"


def _immune_events(events: Any) -> Any:
    if not isinstance(events, list):
        return events  # _events names the bad field
    return [
        ev
        for ev in events
        if not isinstance(ev, dict)
        or ev.get("attribution", IMMUNE_ATTRIBUTION) == IMMUNE_ATTRIBUTION
    ]


def _score_irae(item: dict[str, Any], pred: dict[str, Any] | None, where: str) -> Record:
    gold_irae = _get(item, "gold_irae", where)
    if not isinstance(gold_irae, bool):
        raise MetricInputError(f"{where}: gold_irae must be true or false, got {gold_irae!r}")
    gold = _events(_get(item, "gold_events", where), f"{where} gold_events")
    if pred is None:
        pred_irae, predicted = False, {}
    else:
        pred_irae = bool(_get(pred, "irae", f"{where} prediction"))
        events = _immune_events(_get(pred, "events", f"{where} prediction"))
        predicted = _events(events, f"{where} events")
    gold_counts = Counter({t: len(v) for t, v in gold.items()})
    pred_counts = Counter({t: len(v) for t, v in predicted.items()})
    pairs = [pair for t in gold for pair in _match_grades(gold[t], predicted.get(t, []))]
    return {
        "gold_irae": gold_irae,
        "pred_irae": pred_irae,
        "gold_events": sum(gold_counts.values()),
        "pred_events": sum(pred_counts.values()),
        "matched_events": sum((gold_counts & pred_counts).values()),
        "grade_exact": sum(a == b for a, b in pairs),
        "grade_within_one": sum(abs(a - b) <= 1 for a, b in pairs),
    }


_SCORERS: dict[str, Callable[[dict[str, Any], dict[str, Any] | None, str], Record]] = {
    "acuity": _score_acuity,
    "phi": _score_phi,
    "retrieval": _score_retrieval,
    "groundedness": _score_groundedness,
    "refusal": _score_refusal,
    "irae": _score_irae,
}


def score_item(category: str, item: dict[str, Any], prediction: dict[str, Any] | None) -> Record:
    """Score one goldset item against its prediction; `prediction=None` means the item errored.

    Returns a JSON-serialisable record with `id`, `errored` and the category's counts. Errored
    items get the fail-closed outcome: acuity queue/no band/confidence 0/refused; phi nothing
    found, roundtrip false; retrieval an empty ranking; groundedness one unsupported claim and
    every judge label a disagreement; refusal refused; irae no irAE and no events.
    """
    if category not in _SCORERS:
        raise MetricInputError(
            f"unknown category {category!r}; expected one of {', '.join(_SCORERS)}"
        )
    if not isinstance(item, dict):
        raise MetricInputError(f"item must be a dict (the goldset item), got {type(item).__name__}")
    item_id = str(_get(item, "id", f"{category} item"))
    where = f"{category} item {item_id!r}"
    if item.get("category", category) != category:
        raise MetricInputError(f"{where} has category {item['category']!r}, not {category!r}")
    if prediction is not None and not isinstance(prediction, dict):
        raise MetricInputError(
            f"{where}: prediction must be a dict (model_dump()) or None, got "
            f"{type(prediction).__name__}"
        )
    record = _SCORERS[category](item, prediction, where)
    return {"id": item_id, "errored": prediction is None, **record}


__all__ = ["FAIL_CLOSED_ROUTING", "Record", "normalise_text", "score_item"]
