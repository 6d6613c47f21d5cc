"""Development numbers for the local provider on our own notes (never the goldset).

`python -m pipelines.irae.evaluate` trains on the training files and scores `data/dev_notes.jsonl`;
`--heldout` instead scores the fixed 20% hash split of the training files. Prints patient-level
F1/precision/sensitivity, grade accuracy, the misclassified patients and notes per second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Sequence
from pathlib import Path

from harness.contract import IraeNote
from pipelines.irae.extractor import extract
from pipelines.irae.model import DEV_NOTES, TRAIN_FILES, MentionModel, TrainPatient, is_heldout
from pipelines.irae.model import load_train as _load_one
from pipelines.irae.predictor import LocalPredictor


def _load(paths: Sequence[Path]) -> list[TrainPatient]:
    return [p for path in paths for p in _load_one(path)]


def score(
    predictor: LocalPredictor, test: Sequence[TrainPatient], verbose: bool = True
) -> dict[str, float]:
    tp = fp = fn = tn = 0
    grade_hits = grade_total = 0
    n_notes = 0
    t0 = time.perf_counter()
    for p in test:
        notes = [
            IraeNote(
                note_id=nid,
                date=dt.date.fromisoformat(p.dates.get(nid, "2024-01-01")),
                type="note",
                text=text,
            )
            for nid, text in p.notes
        ]
        n_notes += len(notes)
        res = predictor.predict(notes, extract(p.notes))
        tp += res.irae and p.irae
        fp += res.irae and not p.irae
        fn += (not res.irae) and p.irae
        tn += (not res.irae) and (not p.irae)
        if res.irae != p.irae and verbose:
            got = [
                (e.event.ctcae_term, e.event.grade)
                for e in res.events
                if e.event.attribution == "immunotherapy"
            ]
            print(f"  {'FP' if res.irae else 'FN'} {p.id}: predicted {got}")
        if res.irae and p.irae:
            predicted = {
                e.event.ctcae_term: e.event.grade
                for e in res.events
                if e.event.attribution == "immunotherapy"
            }
            for ev in p.events:
                grade_total += 1
                hit = predicted.get(ev["ctcae_term"]) == ev["grade"]
                grade_hits += hit
                if not hit and verbose:
                    print(
                        f"  grade {p.id}: {ev['ctcae_term']} gold {ev['grade']} "
                        f"predicted {predicted.get(ev['ctcae_term'])}"
                    )
    elapsed = time.perf_counter() - t0
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
    print(f"patients: {len(test)}; tp={tp} fp={fp} fn={fn} tn={tn}")
    print(f"precision={precision:.3f} sensitivity={recall:.3f} f1={f1:.3f}")
    print(f"grade_accuracy={grade_hits}/{grade_total} (gold events of true-positive patients)")
    print(f"throughput: {n_notes / elapsed:.1f} notes/s ({n_notes} notes in {elapsed:.2f} s)")
    return {"precision": precision, "sensitivity": recall, "f1": f1}


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--train", nargs="+", type=Path, default=list(TRAIN_FILES))
    ap.add_argument("--test", type=Path, default=DEV_NOTES)
    ap.add_argument("--heldout", action="store_true", help="score the 20%% split of --train")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    patients = _load(args.train)
    if args.heldout:
        train = [p for p in patients if not is_heldout(p.id)]
        test = [p for p in patients if is_heldout(p.id)]
    else:
        train, test = patients, _load([args.test])
    print(
        f"train {len(train)} patients from {[p.name for p in args.train]}; "
        f"test {'held-out split' if args.heldout else args.test.name}"
    )
    predictor = LocalPredictor(MentionModel.train(train, "dev"))
    score(predictor, test, verbose=not args.quiet)


if __name__ == "__main__":
    main()
