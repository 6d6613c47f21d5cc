"""Load the triage pathway corpus: a folder of Markdown files with YAML front matter, or JSONL.

Validates at the boundary (InputError naming the file, line and field) and hashes the content.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from harness.contract import ACUITY_BANDS, ROUTINGS
from harness.errors import InputError

DEFAULT_CORPUS = Path(__file__).resolve().parent / "corpus"
_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,120}$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Files a corpus folder may hold beside the pathways (they describe the folder, not a pathway).
_SKIP_NAMES = frozenset({"readme.md", "licence.md", "license.md"})


@dataclass(frozen=True)
class Pathway:
    """One clinical pathway document."""

    pathway_id: str
    title: str
    text: str
    """The body (Markdown, front matter removed)."""
    source: str
    """Where it came from: `file.md` or `file.jsonl:LINE`, for error messages and traces."""
    acuity: str | None = None
    routing: str | None = None
    red_flags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Corpus:
    """The loaded pathways, in id order, and a hash of their content."""

    pathways: tuple[Pathway, ...]
    sha256: str
    source: Path

    def get(self, pathway_id: str) -> Pathway:
        for p in self.pathways:
            if p.pathway_id == pathway_id:
                return p
        raise KeyError(pathway_id)

    @property
    def ids(self) -> list[str]:
        return [p.pathway_id for p in self.pathways]


def corpus_hash(pathways: Iterable[Pathway]) -> str:
    """sha256 over the pathways sorted by id: id, title, text and metadata of each."""
    h = hashlib.sha256()
    for p in sorted(pathways, key=lambda p: p.pathway_id):
        record = {
            "pathway_id": p.pathway_id,
            "title": p.title,
            "text": p.text,
            "acuity": p.acuity,
            "routing": p.routing,
            "red_flags": list(p.red_flags),
            "keywords": list(p.keywords),
        }
        h.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
        h.update(b"\n")
    return h.hexdigest()


def load_corpus(path: Path | str | None = None) -> Corpus:
    """Load a folder of `*.md` pathways or a `.jsonl` file; None means the shipped corpus."""
    root = Path(path) if path is not None else DEFAULT_CORPUS
    if not root.exists():
        raise InputError(f"corpus {root}: no such file or folder; pass --corpus DIR|FILE.jsonl")
    if root.is_dir():
        files = sorted(f for f in root.glob("*.md") if f.name.lower() not in _SKIP_NAMES)
        if not files:
            raise InputError(f"corpus {root}: no *.md pathway files in this folder")
        pathways = [parse_markdown(f.read_text(encoding="utf-8"), source=str(f)) for f in files]
    elif root.suffix == ".jsonl":
        pathways = _load_jsonl(root)
    else:
        raise InputError(
            f"corpus {root}: expected a folder of *.md files or a .jsonl file of "
            "{pathway_id, title, text}"
        )
    _check_unique(pathways)
    ordered = tuple(sorted(pathways, key=lambda p: p.pathway_id))
    return Corpus(pathways=ordered, sha256=corpus_hash(ordered), source=root)


def parse_markdown(content: str, *, source: str) -> Pathway:
    """One Markdown pathway: YAML front matter between `---` lines, then the body."""
    match = _FRONT_MATTER.match(content)
    if match is None:
        raise InputError(
            f"{source}: no YAML front matter; start the file with a '---' line, the fields "
            "(pathway_id, title, ...) and another '---' line"
        )
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise InputError(f"{source}: front matter is not valid YAML ({exc})") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{source}: front matter must be a mapping of field: value")
    return _pathway(meta, content[match.end() :], source)


def _load_jsonl(path: Path) -> list[Pathway]:
    pathways = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise InputError(f"{source}: expected an object {{pathway_id, title, text}}")
        if "text" not in record:
            raise InputError(f"{source}: missing field 'text' (the pathway body)")
        body = record["text"]
        if not isinstance(body, str) or not body.strip():
            raise InputError(f"{source}: field 'text' must be a non-empty string")
        pathways.append(_pathway(record, body, source))
    if not pathways:
        raise InputError(f"corpus {path}: the file holds no pathways")
    return pathways


def _pathway(meta: dict[str, Any], body: str, source: str) -> Pathway:
    pathway_id = _required_str(meta, "pathway_id", source)
    if not _ID_PATTERN.match(pathway_id):
        raise InputError(
            f"{source}: field 'pathway_id' {pathway_id!r} must be letters, digits, '-', '_', "
            "'.' or ':' (no spaces)"
        )
    title = _required_str(meta, "title", source)
    acuity = _optional_choice(meta, "acuity", ACUITY_BANDS, source)
    routing = _optional_choice(meta, "routing", ROUTINGS, source)
    if not body.strip():
        raise InputError(f"{source}: the pathway body is empty")
    return Pathway(
        pathway_id=pathway_id,
        title=title,
        text=body.strip("\n"),
        source=source,
        acuity=acuity,
        routing=routing,
        red_flags=_str_list(meta, "red_flags", source),
        keywords=_str_list(meta, "keywords", source),
    )


def _required_str(meta: dict[str, Any], name: str, source: str) -> str:
    if name not in meta or meta[name] is None:
        raise InputError(f"{source}: missing field '{name}'; add `{name}: ...` to the pathway")
    value = meta[name]
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{source}: field '{name}' must be a non-empty string")
    return value.strip()


def _optional_choice(
    meta: dict[str, Any], name: str, choices: Sequence[str], source: str
) -> str | None:
    value = meta.get(name)
    if value is None:
        return None
    if value not in choices:
        raise InputError(f"{source}: field '{name}' is {value!r}; use one of {', '.join(choices)}")
    return str(value)


def _str_list(meta: dict[str, Any], name: str, source: str) -> tuple[str, ...]:
    value = meta.get(name)
    if value is None:
        return ()
    # YAML reads a bare `988` or `3.5` as a number; a scalar is still a fine keyword.
    if not isinstance(value, list) or not all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
    ):
        raise InputError(f"{source}: field '{name}' must be a list of strings")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _check_unique(pathways: Sequence[Pathway]) -> None:
    seen: dict[str, str] = {}
    for p in pathways:
        if p.pathway_id in seen:
            raise InputError(
                f"{p.source}: pathway_id {p.pathway_id!r} is already used by "
                f"{seen[p.pathway_id]}; ids must be unique"
            )
        seen[p.pathway_id] = p.source
