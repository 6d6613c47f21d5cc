"""The eval runner: loads pipelines, runs them over the goldset, journals and reports a cut.

Public entry points: `run_cut` (what `harness run` and `harness ci` call) and `compare_cuts`.
"""

from harness.runner.cache import SqliteResponseCache, cache_dir, cache_key
from harness.runner.compare import compare_cuts
from harness.runner.cut import RunArgs, RunFile, run_cut
from harness.runner.registry import SHORT_NAMES, load_pipeline, load_pipelines, resolve_spec
from harness.runner.retry import RetryPolicy

__all__ = [
    "SHORT_NAMES",
    "RetryPolicy",
    "RunArgs",
    "RunFile",
    "SqliteResponseCache",
    "cache_dir",
    "cache_key",
    "compare_cuts",
    "load_pipeline",
    "load_pipelines",
    "resolve_spec",
    "run_cut",
]
