"""Pipeline loading: short names (`triage`, `irae`, `all`) or any `module:attribute` import path.

The attribute is a `Pipeline` or a factory taking `PipelineConfig`; the harness never reaches
inside the object it gets back beyond the contract in `harness.contract.pipeline`.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from typing import Any, cast

from harness.contract import Pipeline, PipelineConfig
from harness.errors import InputError

SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "triage": ("pipelines.triage:create",),
    "irae": ("pipelines.irae:create",),
    "all": ("pipelines.triage:create", "pipelines.irae:create"),
}
"""Short name -> the import paths it stands for."""

_HELP = (
    "valid names: "
    + ", ".join(SHORT_NAMES)
    + ", or an import path 'package.module:attribute' naming a Pipeline or a factory"
    " taking PipelineConfig (e.g. tests.pipelines.echo:create)"
)


def resolve_spec(spec: str) -> tuple[str, ...]:
    """The import paths behind a `--pipeline` value; raises InputError listing valid names."""
    spec = spec.strip()
    if spec in SHORT_NAMES:
        return SHORT_NAMES[spec]
    if ":" not in spec:
        raise InputError(f"--pipeline {spec!r} is not a known pipeline; {_HELP}")
    module, _, attr = spec.partition(":")
    if not module or not attr:
        raise InputError(f"--pipeline {spec!r} must look like 'module:attribute'; {_HELP}")
    return (spec,)


def _import_attr(path: str) -> Any:
    module_name, _, attr = path.partition(":")
    # A user's pipeline usually lives in the folder they run from; the console script does not
    # put that folder on sys.path by itself.
    cwd = os.getcwd()
    if cwd not in sys.path:
        sys.path.insert(0, cwd)
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise InputError(
                f"--pipeline {path!r}: cannot import module {module_name!r} ({exc}); "
                f"check the spelling and that it is importable from {cwd}; {_HELP}"
            ) from exc
        raise InputError(
            f"--pipeline {path!r}: module {module_name!r} failed to import because {exc}; "
            "install the missing package"
        ) from exc
    obj: Any = module
    for part in attr.split("."):
        if not hasattr(obj, part):
            public = sorted(n for n in dir(module) if not n.startswith("_"))
            raise InputError(
                f"--pipeline {path!r}: module {module_name!r} has no attribute {attr!r} "
                f"(it defines: {', '.join(public[:20]) or 'nothing public'}); {_HELP}"
            )
        obj = getattr(obj, part)
    return obj


def _check(obj: Any, path: str) -> Pipeline:
    missing = [
        name
        for name in ("name", "version", "provider", "model", "categories", "predict")
        if not hasattr(obj, name)
    ]
    if missing:
        raise InputError(
            f"--pipeline {path!r} gave a {type(obj).__name__} that is not a Pipeline: it lacks "
            f"{', '.join(missing)} (see harness.contract.Pipeline)"
        )
    return cast(Pipeline, obj)


def load_pipeline(path: str, config: PipelineConfig) -> Pipeline:
    """Import `module:attr` and return the Pipeline it names (calling it if it is a factory)."""
    obj = _import_attr(path)
    # A class has the protocol's attributes too, so it must be treated as a factory.
    if isinstance(obj, Pipeline) and not isinstance(obj, type):
        return obj
    if callable(obj):
        factory = cast(Callable[[PipelineConfig], Any], obj)
        return _check(factory(config), path)
    return _check(obj, path)


def load_pipelines(spec: str, config: PipelineConfig) -> list[Pipeline]:
    """Every pipeline a `--pipeline` value names, in order; names must be unique."""
    pipelines = [load_pipeline(path, config) for path in resolve_spec(spec)]
    names = [p.name for p in pipelines]
    if len(set(names)) != len(names):
        raise InputError(f"--pipeline {spec!r} loads two pipelines with the same name {names}")
    return pipelines
