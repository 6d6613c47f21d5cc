"""Compare confidence heads on the training pool only (never a held-out set): stage-1 out-of-fold
band probabilities once, then each head scored file by file, fitted without that file.

Run: /work/venv/bin/python -m pipelines.triage.dev.acuity_cv [--rebuild]
"""

from __future__ import annotations

import argparse
import pickle
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

CACHE = Path(tempfile.gettempdir()) / "acuity_cv_pool.pkl"


def load_pool(rebuild: bool = False) -> dict[str, Any]:
    """Cases, bands and file index of the pool (cached in a temp file)."""
    from pipelines.triage import training

    if CACHE.exists() and not rebuild:
        with CACHE.open("rb") as fh:
            cached: dict[str, Any] = pickle.load(fh)  # our own temp file
        return cached
    from pipelines.triage.redact import Redactor
    from pipelines.triage.retrieval import Retriever

    retriever = Retriever.from_corpus(None)
    rows: list[dict[str, Any]] = []
    source: list[int] = []
    for i, f in enumerate(training.POOL_FILES):
        part = training.read_messages(f)
        rows += part
        source += [i] * len(part)
    t0 = time.time()
    cases = training.build_cases(rows, Redactor(), retriever)
    print(f"cases: {len(cases)} in {time.time() - t0:.0f}s", flush=True)
    pool = {"cases": cases, "bands": [r["gold_acuity"] for r in rows], "source": np.array(source)}
    with CACHE.open("wb") as fh:
        pickle.dump(pool, fh)
    return pool


def stage1(pool: dict[str, Any], options: dict[str, Any]) -> np.ndarray:
    """Out-of-fold band probabilities under these LocalDecider.fit options (cached)."""
    import hashlib

    from pipelines.triage import decision, training

    code = hashlib.sha256(Path(decision.__file__).read_bytes()).hexdigest()[:8]
    tag = "-".join(f"{k}{v}" for k, v in sorted(options.items())) + f"-{code}"
    path = CACHE.with_name(f"acuity_cv_oof_{len(pool['cases'])}_{tag}.npy")
    if path.exists():
        return np.load(path)
    t0 = time.time()
    oof = training.out_of_fold_probabilities(pool["cases"], pool["bands"], **options)
    print(f"stage-1 out-of-fold ({tag}): {time.time() - t0:.0f}s", flush=True)
    np.save(path, oof)
    return oof


def score(gold: list[str], pred: list[str], conf: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    from harness.metrics import (
        acuity_precision_at_fpr_score,
        expected_calibration_error,
        unsafe_clear_rate,
    )

    correct = [g == p for g, p in zip(gold, pred, strict=True)]
    return {
        "auc": round(float(roc_auc_score(correct, conf)), 3),
        "p@1%": round(acuity_precision_at_fpr_score(gold, pred, list(conf)), 3),
        "acc": round(float(np.mean(correct)), 3),
        "unsafe": round(unsafe_clear_rate(gold, pred), 3),
        "ece": round(expected_calibration_error(correct, list(conf), n_bins=10), 3),
    }


def main() -> None:
    from pipelines.triage import training
    from pipelines.triage.decision import LocalDecider, correctness_features
    from pipelines.triage.features import ROUTING_OF_BAND

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--chart-scale", type=float, default=2.0)
    ap.add_argument("--emb-scale", type=float, default=1.0)
    ap.add_argument("--heads", action="store_true", help="compare confidence heads too")
    args = ap.parse_args()
    pool = load_pool(args.rebuild)
    options: dict[str, Any] = {
        "c": args.c,
        "chart_scale": args.chart_scale,
        "emb_scale": args.emb_scale,
    }
    oof = stage1(pool, options)
    cases, bands, source = pool["cases"], pool["bands"], pool["source"]
    gold = [ROUTING_OF_BAND[b] for b in bands]
    margin = training.choose_clear_margin(cases, oof, gold)
    routed = [LocalDecider.routed(c, p, margin) for c, p in zip(cases, oof, strict=True)]
    pred = [r[0] for r in routed]
    correct = np.array([p == g for p, g in zip(pred, gold, strict=True)])
    weight = training.calibration_weights(source)
    raw = np.array([r[2] for r in routed])
    x = np.stack(
        [correctness_features(c, p, r[0], r[3]) for c, p, r in zip(cases, oof, routed, strict=True)]
    )
    band_ok = np.mean([b == r[1] for b, r in zip(bands, routed, strict=True)])
    print(options, "band acc", round(float(band_ok), 3))
    heads: dict[str, np.ndarray] = {}
    heads["platt"] = training.platt_out_of_file(
        raw, correct, weight, source, pred, [r[3] for r in routed]
    )
    c, losses = training.choose_head_c(x, correct, weight, source, training.CALIBRATION_SHRINK)
    print("margin", margin, "head C", c, {k: round(v, 4) for k, v in losses.items()})
    for shrink in (0.0, 0.15) if args.heads else (training.CALIBRATION_SHRINK,):
        heads[f"head s={shrink}"] = training.head_out_of_file(
            x, correct, weight, source, c=c, shrink=shrink
        )
    y = correct.astype(float)
    for name, conf in heads.items():
        loss = np.mean(
            [
                training._log_loss(conf[source == f], y[source == f], weight[source == f])
                for f in np.unique(source)
            ]
        )
        print(f"== {name}: per-file log loss {loss:.4f}; all", score(gold, pred, conf))
        for i, f in enumerate(training.POOL_FILES):
            m = source == i
            g = [v for v, k in zip(gold, m, strict=True) if k]
            p = [v for v, k in zip(pred, m, strict=True) if k]
            print(f"   {f.name:28s}", score(g, p, conf[m]))


if __name__ == "__main__":
    main()
