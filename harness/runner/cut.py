"""`run_cut`: load pipelines and goldset, run every item, journal results, write the cut report.

A cut folder holds run.json (the arguments, for --resume), results.jsonl and traces.jsonl (the
journal) and report.json (written last). Resuming refuses a changed goldset or pipeline.
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from harness.contract import GoldItem, Pipeline, PipelineConfig
from harness.errors import InputError
from harness.runner.journal import JournalWriter, recover
from harness.runner.retry import LimiterRegistry, RetryPolicy

RUN_FILE = "run.json"
REPORT_FILE = "report.json"


class RunArgs(BaseModel):
    """The arguments of `harness run` as given; `--resume` replays them unchanged."""

    model_config = ConfigDict(extra="forbid")

    pipeline: str
    provider: str
    goldsets: str
    categories: list[str] | None
    corpus: str | None
    concurrency: int = Field(ge=1)
    allow_unsigned: bool
    no_cache: bool
    options: dict[str, Any]


class PipelineInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    version: str
    provider: str
    model: str
    categories: list[str]
    """The categories this pipeline answers in this cut."""


class RunFile(BaseModel):
    """run.json: what a resumed run must reproduce, and what it must find unchanged."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = 1
    cut_id: str
    created_at: str
    args: RunArgs
    categories: list[str]
    goldset_head: str | None
    goldset_signed: bool
    goldset_digest: str
    """sha256 over the run's items; pins an unsigned goldset the way the head pins a signed one."""
    pipelines: list[PipelineInfo]
    policy: dict[str, float]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _new_cut_id(pipeline: str) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    slug = "".join(ch if ch.isalnum() else "-" for ch in pipeline.split(":")[-1])[:24]
    return f"{stamp}-{slug}-{secrets.token_hex(3)}"


def _check_cut_id(cut_id: str) -> str:
    if not cut_id or "/" in cut_id or cut_id.startswith(".") or len(cut_id) > 120:
        raise InputError(
            f"cut id {cut_id!r} must be a plain folder name (no '/', not starting with '.')"
        )
    return cut_id


def _read_run_file(cut_dir: Path) -> RunFile:
    path = cut_dir / RUN_FILE
    if not path.exists():
        raise InputError(
            f"cannot resume: {path} does not exist; give the id of a cut folder under --out "
            "that a previous `harness run` created"
        )
    try:
        return RunFile.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise InputError(f"cannot resume: {path} is not a valid run file ({exc})") from exc


def _select_categories(
    requested: list[str] | None, pipelines: list[Pipeline], present: set[str]
) -> list[str]:
    answered: set[str] = set()
    for p in pipelines:
        answered |= set(p.categories)
    if requested is None:
        chosen = sorted(answered & present)
        if not chosen:
            raise InputError(
                f"the goldset has no items in the categories the pipeline answers "
                f"({', '.join(sorted(answered)) or 'none'}); it has: "
                f"{', '.join(sorted(present)) or 'nothing'}. Point --goldsets at another folder"
            )
        return chosen
    from harness.contract import CATEGORIES

    unknown = [c for c in requested if c not in CATEGORIES]
    if unknown:
        raise InputError(
            f"--categories: unknown {', '.join(unknown)}; valid: {', '.join(CATEGORIES)}"
        )
    unanswered = [c for c in requested if c not in answered]
    if unanswered:
        raise InputError(
            f"--categories: the pipeline does not answer {', '.join(unanswered)} (it answers "
            f"{', '.join(sorted(answered))}); drop them or choose another --pipeline"
        )
    empty = [c for c in requested if c not in present]
    if empty:
        raise InputError(
            f"--categories: the goldset has no {', '.join(empty)} items; add items or drop them"
        )
    return sorted(dict.fromkeys(requested))


def _owner(category: str, pipelines: list[Pipeline]) -> Pipeline:
    return next(p for p in pipelines if category in p.categories)


def run_cut(
    *,
    pipeline: str,
    provider: str,
    goldsets: Path,
    categories: list[str] | None,
    corpus: Path | None,
    concurrency: int,
    out: Path,
    allow_unsigned: bool,
    no_cache: bool,
    options: Mapping[str, Any],
    resume: str | None = None,
    cut_id: str | None = None,
    progress: bool = True,
    policy: RetryPolicy | None = None,
) -> Path:
    """Run a pipeline over the goldset and write a complete cut folder; returns its path.

    - `pipeline`: `triage`, `irae`, `all`, or `module:attr` (a Pipeline or a factory taking
      PipelineConfig). `provider` goes to the pipeline through PipelineConfig.
    - `goldsets`: the goldset folder; `allow_unsigned` runs a folder that does not verify (the
      cut is then marked unsigned). `categories`: None means every category the pipeline
      answers that the goldset holds.
    - `out`: the folder of cuts; the cut is written to `out/<cut_id>` (`cut_id` defaults to a
      timestamped name). `resume=CUT_ID` finishes `out/CUT_ID` with the arguments saved in its
      run.json (the other arguments are then ignored) and refuses if the goldset or the
      pipeline version changed since.
    - `no_cache`: do not give the pipeline the on-disk response cache. `options` become
      PipelineConfig.options (`retrieval`, `dsn`, `--set k=v`, `model`).
    - `policy`: retry and timeout caps (defaults: 5 attempts, 120 s per call, 600 s per item).
    Raises InputError (exit 2) on bad arguments, VerificationError if the goldset does not verify
    and `allow_unsigned` is false. Failed items are recorded as errors, never dropped.
    """
    policy = policy or RetryPolicy()
    if resume is not None:
        cut_dir = out / _check_cut_id(resume)
        saved = _read_run_file(cut_dir)
        args = saved.args
    else:
        if concurrency < 1:
            raise InputError(f"--concurrency must be at least 1 (got {concurrency})")
        args = RunArgs(
            pipeline=pipeline,
            provider=provider,
            goldsets=str(Path(goldsets).resolve()),
            categories=list(categories) if categories else None,
            corpus=str(Path(corpus).resolve()) if corpus is not None else None,
            concurrency=concurrency,
            allow_unsigned=allow_unsigned,
            no_cache=no_cache,
            options=dict(options),
        )
        cut_id = _check_cut_id(cut_id or _new_cut_id(pipeline))
        cut_dir = out / cut_id
        if cut_dir.exists() and any(cut_dir.iterdir()):
            raise InputError(
                f"cut folder {cut_dir} already exists; pick another --cut-id, or finish it "
                f"with --resume {cut_id}"
            )
        saved = None
    return _run(args, cut_dir, saved=saved, policy=policy, progress=progress)


def _run(
    args: RunArgs, cut_dir: Path, *, saved: RunFile | None, policy: RetryPolicy, progress: bool
) -> Path:
    from filelock import FileLock, Timeout

    from harness.goldset import load_goldset
    from harness.runner.cache import SqliteResponseCache
    from harness.runner.registry import load_pipelines

    cache = None if args.no_cache else SqliteResponseCache()
    options = dict(args.options)
    config = PipelineConfig(
        provider=args.provider,
        model=str(options["model"]) if "model" in options else None,
        corpus=Path(args.corpus) if args.corpus else None,
        cache=cache,
        options=options,
    )
    pipelines = load_pipelines(args.pipeline, config)

    goldsets = Path(args.goldsets)
    if not goldsets.is_dir():
        raise InputError(f"--goldsets {goldsets} is not a folder; point it at the goldset root")
    loaded = load_goldset(goldsets, allow_unsigned=args.allow_unsigned)
    present: set[str] = {it.category for it in loaded.items}
    chosen = saved.categories if saved else _select_categories(args.categories, pipelines, present)
    items: list[GoldItem] = sorted(
        (it for it in loaded.items if it.category in chosen), key=lambda it: it.id
    )
    from harness.runner.provenance import items_digest

    digest = items_digest(items)
    infos = [
        PipelineInfo(
            name=p.name,
            version=p.version,
            provider=p.provider,
            model=p.model,
            categories=sorted(c for c in chosen if _owner(c, pipelines) is p),
        )
        for p in pipelines
        if any(c in p.categories for c in chosen)
    ]

    if saved is not None:
        _refuse_changes(saved, loaded.head, digest, infos, cut_dir)
        run = saved
    else:
        run = RunFile(
            cut_id=cut_dir.name,
            created_at=_now(),
            args=args,
            categories=chosen,
            goldset_head=loaded.head,
            goldset_signed=loaded.signed,
            goldset_digest=digest,
            pipelines=infos,
            policy={
                "max_attempts": policy.max_attempts,
                "attempt_timeout_s": policy.attempt_timeout_s,
                "item_deadline_s": policy.item_deadline_s,
            },
        )

    from harness.runner.report import write_json_atomic

    cut_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(cut_dir / ".lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise InputError(
            f"{cut_dir} is being written by another `harness run`; wait for it"
        ) from exc
    try:
        if saved is None:
            write_json_atomic(cut_dir / RUN_FILE, run.model_dump(mode="json"))
        return _execute_and_report(run, cut_dir, items, pipelines, cache, policy, progress)
    finally:
        lock.release()
        if cache is not None:
            cache.close()


def _refuse_changes(
    saved: RunFile, head: str | None, digest: str, infos: list[PipelineInfo], cut_dir: Path
) -> None:
    if saved.goldset_head != head or saved.goldset_digest != digest:
        raise InputError(
            f"cannot resume {cut_dir.name}: the goldset changed since the cut started (head "
            f"{saved.goldset_head} -> {head}); results would mix two goldsets. Start a new cut"
        )
    before = {p.name: p.version for p in saved.pipelines}
    now = {p.name: p.version for p in infos}
    if before != now:
        raise InputError(
            f"cannot resume {cut_dir.name}: the pipeline changed since the cut started "
            f"({before} -> {now}); results would mix two versions. Start a new cut"
        )


def _execute_and_report(
    run: RunFile,
    cut_dir: Path,
    items: list[GoldItem],
    pipelines: list[Pipeline],
    cache: Any,
    policy: RetryPolicy,
    progress: bool,
) -> Path:
    from harness.metrics import score_item
    from harness.runner.execute import ExecStats, Outcome, execute
    from harness.runner.pricing import load_price_card
    from harness.runner.progress import progress_bar
    from harness.runner.provenance import file_sha256, git_state
    from harness.runner.report import build_report, write_json_atomic

    done = recover(cut_dir)
    wanted = {it.id for it in items}
    stray = sorted(set(done) - wanted)
    if stray:
        raise InputError(
            f"{cut_dir / 'results.jsonl'} holds items that are not in this run ({stray[:5]}); "
            "the cut folder belongs to another run. Start a new cut"
        )
    todo = [(_owner(it.category, pipelines), it) for it in items if it.id not in done]
    item_dicts = {it.id: it.model_dump(mode="json") for _, it in todo}
    results: list[dict[str, Any]] = list(done.values())
    stats = ExecStats()
    limiters = LimiterRegistry()
    writer = JournalWriter(cut_dir)

    start = time.monotonic()
    with progress_bar(len(items), len(done), enabled=progress) as bar:

        def on_done(o: Outcome) -> None:
            scores = score_item(o.item.category, item_dicts[o.item.id], o.prediction)
            result = {
                "id": o.item.id,
                "category": o.item.category,
                "pipeline": o.pipeline.name,
                "status": "ok" if o.error is None else "error",
                "error": o.error,
                "prediction": o.prediction,
                "scores": scores,
                "latency_ms": {"total": round(o.wall_ms, 3), **o.stages_ms},
                "tokens_in": o.tokens_in,
                "tokens_out": o.tokens_out,
                "model": o.model,
                "attempts": o.attempts,
            }
            writer.append(result, {"id": o.item.id, "category": o.item.category, "trace": o.trace})
            results.append(result)
            bar.advance(error=o.error is not None)

        try:
            execute(
                todo,
                concurrency=run.args.concurrency,
                policy=policy,
                limiters=limiters,
                on_done=on_done,
                stats=stats,
            )
        finally:
            writer.close()
    wall_s = time.monotonic() - start

    repo = Path.cwd()
    git = git_state(repo)
    provenance = {
        "git_commit": git.commit,
        "git_dirty": git.dirty,
        "thresholds_sha256": file_sha256(repo / "thresholds.yaml"),
    }
    run_stats: dict[str, Any] = {
        "items_this_session": len(todo),
        "resumed_items": len(done),
        "wall_s": round(wall_s, 3),
        "attempts": stats.attempts,
        "retries": stats.retries,
        "concurrency": run.args.concurrency,
        "cache": {
            "enabled": cache is not None,
            "hits": getattr(cache, "hits", 0),
            "misses": getattr(cache, "misses", 0),
        },
    }
    report = build_report(
        run=run.model_dump(mode="json"),
        results=results,
        provenance=provenance,
        price_card=load_price_card(repo / "pricing.yaml"),
        run_stats=run_stats,
        created_at=_now(),
    )
    write_json_atomic(cut_dir / REPORT_FILE, report)
    return cut_dir
