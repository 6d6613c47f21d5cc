"""Fit every model the triage pipeline keeps on disk, two chains side by side, before a run.

Each model is fitted once per content key and cached (model_cache); a pipeline fits whatever
is missing when it is built, one model after another. On a fresh two-core machine that is about
six minutes on one core while the other waits. The models fall into two chains that share no
model: the PHI tagger then the retriever, reranker and decider (whose training redacts with the
tagger), and the text heads (refusal, everyday, foreign, and the safety net's three scorers).
Each chain runs in its own process; a model already on disk is only loaded, so a warm run
costs seconds. The fitted models are the same as a pipeline build's: the same functions, the
same keys.

    python -m pipelines.triage.prefit [--jobs N]     (N = 1 fits in this process)
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from harness.errors import HarnessError


def tagger_and_decider() -> None:
    from pipelines.triage import phi_tagger
    from pipelines.triage.redact import Redactor
    from pipelines.triage.retrieval import Retriever
    from pipelines.triage.training import train

    phi_tagger.default_tagger()
    train(Retriever.from_corpus(), Redactor())


def text_heads() -> None:
    from pipelines.triage import (
        death_wish_model,
        implicit_emergency_model,
        policy_model,
        suicide_plan_model,
    )

    policy_model.load()
    implicit_emergency_model.load()
    death_wish_model.load()
    suicide_plan_model.load()


CHAINS: tuple[Callable[[], None], ...] = (tagger_and_decider, text_heads)


def _timed(chain: Callable[[], None]) -> float:
    start = time.perf_counter()
    chain()
    return time.perf_counter() - start


def run(chains: Sequence[Callable[[], None]], jobs: int) -> list[float]:
    """Run each chain to the end (with jobs > 1, in that many fresh processes); the seconds each
    took."""
    if jobs <= 1:
        return [_timed(chain) for chain in chains]
    # fresh interpreters, not forks: a fork would copy any encoder session or lock already open
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(chains)), mp_context=ctx) as pool:
        futures = [pool.submit(_timed, chain) for chain in chains]
        return [future.result() for future in futures]  # re-raises a chain's error here


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.triage.prefit", description=__doc__)
    parser.add_argument("--jobs", type=int, default=2, help="processes (default 2; 1 = serial)")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error(f"--jobs {args.jobs}: use 1 or more")
    start = time.perf_counter()
    try:
        took = run(CHAINS, args.jobs)
    except HarnessError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    chains = ", ".join(f"{c.__name__} {t:.0f} s" for c, t in zip(CHAINS, took, strict=True))
    print(f"prefit: the triage models are ready in {time.perf_counter() - start:.0f} s ({chains})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
