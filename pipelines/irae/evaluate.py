"""Development numbers on the held-out 20% of our own training notes (never the goldset).

`python -m pipelines.irae.evaluate` trains on the other 80% and prints patient-level
F1/precision/sensitivity, grade accuracy and notes per second.
"""

from __future__ import annotations

import datetime as dt
import time

from harness.contract import IraeNote
from pipelines.irae.extractor import extract
from pipelines.irae.model import MentionModel, is_heldout, load_train
from pipelines.irae.predictor import LocalPredictor


def main() -> None:
    patients = load_train()
    train = [p for p in patients if not is_heldout(p.id)]
    test = [p for p in patients if is_heldout(p.id)]
    predictor = LocalPredictor(MentionModel.train(train, "dev"))
    tp = fp = fn = tn = 0
    grade_hits = grade_total = 0
    n_notes = 0
    t0 = time.perf_counter()
    for p in test:
        notes = [
            IraeNote(note_id=nid, date=dt.date(2024, 1, 1), type="note", text=text)
            for nid, text in p.notes
        ]
        n_notes += len(notes)
        res = predictor.predict(notes, extract(p.notes))
        tp += res.irae and p.irae
        fp += res.irae and not p.irae
        fn += (not res.irae) and p.irae
        tn += (not res.irae) and (not p.irae)
        if res.irae and p.irae:
            predicted = {
                e.event.ctcae_term: e.event.grade
                for e in res.events
                if e.event.attribution == "immunotherapy"
            }
            for ev in p.events:
                grade_total += 1
                grade_hits += predicted.get(ev["ctcae_term"]) == ev["grade"]
    elapsed = time.perf_counter() - t0
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
    print(f"held-out patients: {len(test)} (train {len(train)}); tp={tp} fp={fp} fn={fn} tn={tn}")
    print(f"precision={precision:.3f} sensitivity={recall:.3f} f1={f1:.3f}")
    print(f"grade_accuracy={grade_hits}/{grade_total} (events of true-positive patients)")
    print(f"throughput: {n_notes / elapsed:.1f} notes/s ({n_notes} notes in {elapsed:.2f} s)")


if __name__ == "__main__":
    main()
