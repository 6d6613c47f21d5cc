"""Verifying and loading the signed goldset: manifest chain, signatures, roster, item hashes.

`verify_goldset` reports every problem with file, line and item id; `load_goldset` returns
items only from a goldset that verifies (or, with allow_unsigned, from a plain folder).
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from harness.contract.items import CATEGORIES, GoldItem
from harness.errors import InputError, VerificationError
from harness.goldset._canonical import GENESIS_PREV, line_hash
from harness.goldset._files import RawLine, parse_data, read_lines
from harness.goldset.keys import Signer, load_signers
from harness.goldset.manifest import (
    MANIFEST_NAME,
    SIGNERS_NAME,
    BatchEntry,
    Entry,
    RosterEntry,
    parse_entry,
    roster_records,
)


@dataclass(frozen=True)
class Problem:
    """One reason the goldset does not verify, located as precisely as possible."""

    file: str
    line: int | None
    item_id: str | None
    message: str
    code: str = ""
    """Short kind: chain, seq, signature, signer, role, demo, roster, edited, deleted,
    reordered, unlisted, schema, duplicate, against, ..."""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        item = f" [{self.item_id}]" if self.item_id else ""
        return f"{where}{item}: {self.message}"


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    head: str | None
    """sha256 of the last manifest line (None when there is no manifest)."""
    problems: list[Problem]
    counts: dict[str, int]
    """Items per category, every category present (0 when empty)."""
    signers: dict[str, int] = field(default_factory=dict)
    """Items signed per signer name."""


@dataclass(frozen=True)
class LoadedGoldset:
    items: list[GoldItem]
    head: str | None
    signed: bool


@dataclass(frozen=True)
class StoredItem:
    """An item line as found on disk, with where it lives."""

    rel: str
    category: str
    raw: RawLine
    item: GoldItem | None


@dataclass
class _State:
    """Everything one pass over the store learned; `add` builds on it under the lock."""

    root: Path
    manifest_lines: list[str] = field(default_factory=list)
    head: str | None = None
    roster: dict[str, Signer] | None = None
    roster_line: int | None = None
    batches: dict[str, tuple[int, BatchEntry]] = field(default_factory=dict)
    stored: list[StoredItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    signed_by: Counter[str] = field(default_factory=Counter)

    def disp(self, rel: str) -> str:
        return f"{self.root.name}/{rel}"

    def problem(
        self, rel: str, line: int | None, item_id: str | None, message: str, code: str
    ) -> None:
        self.problems.append(Problem(self.disp(rel), line, item_id, message, code))


def _check_manifest(st: _State, strict: bool) -> None:
    path = st.root / MANIFEST_NAME
    if not path.exists():
        st.problem(
            MANIFEST_NAME,
            None,
            None,
            "no MANIFEST.jsonl: nothing in this goldset is signed. Add items with "
            "`harness goldset add CATEGORY FILE --key KEY` (or run with --allow-unsigned)",
            "unsigned",
        )
        return
    st.manifest_lines = path.read_text(encoding="utf-8").splitlines()
    expected_prev = GENESIS_PREV
    for lineno, text in enumerate(st.manifest_lines, start=1):
        if not text.strip():
            st.problem(MANIFEST_NAME, lineno, None, "blank line in the manifest", "format")
            continue
        here = line_hash(text)
        try:
            entry: Entry = parse_entry(json.loads(text))
        except (json.JSONDecodeError, ValidationError) as exc:
            detail = str(exc).splitlines()[0]
            st.problem(
                MANIFEST_NAME, lineno, None, f"not a valid manifest line ({detail})", "format"
            )
            expected_prev = here
            continue
        if entry.prev != expected_prev:
            st.problem(
                MANIFEST_NAME,
                lineno,
                None,
                f"hash chain broken: prev is {entry.prev[:12]}... but the line before hashes to "
                f"{expected_prev[:12]}...: a manifest line was removed, reordered or edited",
                "chain",
            )
        if entry.seq != lineno:
            st.problem(
                MANIFEST_NAME,
                lineno,
                None,
                f"seq {entry.seq} found at line {lineno}: a manifest line was removed or reordered",
                "seq",
            )
        if text != entry.line():
            st.problem(
                MANIFEST_NAME, lineno, None, "line is not canonical JSON: edited by hand", "format"
            )
        expected_prev = here
        _check_signer(st, lineno, entry, strict)
        if isinstance(entry, RosterEntry):
            st.roster, st.roster_line = entry.roster(), lineno
            continue
        if entry.file in st.batches:
            st.problem(
                MANIFEST_NAME,
                lineno,
                None,
                f"batch file {entry.file} is already listed at line {st.batches[entry.file][0]}",
                "format",
            )
            continue
        folder = entry.file.split("/", 1)[0]
        if entry.category not in CATEGORIES or folder != entry.category:
            st.problem(
                MANIFEST_NAME,
                lineno,
                None,
                f"batch {entry.file} has category {entry.category!r}: it must be one of "
                f"{', '.join(CATEGORIES)} and match the file's folder",
                "format",
            )
        st.batches[entry.file] = (lineno, entry)
        st.signed_by[entry.signer] += len(entry.items)
    st.head = line_hash(st.manifest_lines[-1]) if st.manifest_lines else None


def _check_signer(st: _State, lineno: int, entry: Entry, strict: bool) -> None:
    if isinstance(entry, RosterEntry) and st.roster is None:
        authority = entry.roster()  # genesis roster: trusted on first use
    elif st.roster is None:
        st.problem(
            MANIFEST_NAME,
            lineno,
            None,
            "batch before any roster entry: the chain must start with the signed genesis roster",
            "roster",
        )
        return
    else:
        authority = st.roster
    where = f"the roster attested at {MANIFEST_NAME} line {st.roster_line or lineno}"
    signer = authority.get(entry.signer)
    if signer is None:
        st.problem(
            MANIFEST_NAME,
            lineno,
            None,
            f"signer {entry.signer!r} is not in allowed_signers.yaml ({where})",
            "signer",
        )
        return
    if not entry.signature_ok(signer):
        st.problem(
            MANIFEST_NAME,
            lineno,
            None,
            f"invalid signature by {entry.signer!r}: the line was changed after signing or "
            "signed with another key",
            "signature",
        )
    if signer.role != "clinical-lead":
        st.problem(
            MANIFEST_NAME,
            lineno,
            None,
            f"signer {entry.signer!r} has role {signer.role!r}: goldset additions and roster "
            "changes need a clinical-lead key",
            "role",
        )
    if strict and signer.demo_only:
        st.problem(
            MANIFEST_NAME,
            lineno,
            None,
            f"signer {entry.signer!r} is a DEMO-ONLY key (published with the repository); "
            "--strict accepts only real clinical-lead keys",
            "demo",
        )


def _check_roster_file(st: _State) -> None:
    path = st.root / SIGNERS_NAME
    current = load_signers(path)
    if st.roster is None:
        return
    attested = {r["name"]: r for r in roster_records(st.roster)}
    now = {r["name"]: r for r in roster_records(current)}
    if attested == now:
        return
    changed = sorted(n for n in attested.keys() & now.keys() if attested[n] != now[n])
    parts = []
    if added := sorted(now.keys() - attested.keys()):
        parts.append(f"added {', '.join(added)}")
    if removed := sorted(attested.keys() - now.keys()):
        parts.append(f"removed {', '.join(removed)}")
    if changed:
        parts.append(f"changed {', '.join(changed)}")
    first = (added or changed or [None])[0]
    line = None
    if first is not None and path.exists():
        for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if text.strip().lstrip("- ").strip() in (f"name: {first}", f"name: '{first}'"):
                line = i
                break
    st.problem(
        SIGNERS_NAME,
        line,
        None,
        f"differs from the roster attested at {MANIFEST_NAME} line {st.roster_line} "
        f"({'; '.join(parts)}): a roster change must be signed by a key that is already a "
        "clinical lead: `harness goldset roster --key KEY`",
        "roster",
    )


def _check_files(st: _State) -> None:
    on_disk: dict[str, list[RawLine]] = {}
    for folder in sorted(p for p in st.root.iterdir() if p.is_dir()):
        if folder.name.startswith("."):
            continue
        files = sorted(folder.glob("*.jsonl"))
        if folder.name not in CATEGORIES:
            for f in files:
                st.problem(
                    f"{folder.name}/{f.name}",
                    None,
                    None,
                    f"folder {folder.name!r} is not a category ({', '.join(CATEGORIES)})",
                    "format",
                )
            continue
        for f in files:
            on_disk[f"{folder.name}/{f.name}"] = read_lines(f)

    seen_ids: dict[str, str] = {}
    for category in CATEGORIES:
        for rel in sorted(r for r in on_disk if r.startswith(f"{category}/")):
            lines = on_disk[rel]
            listed = st.batches.get(rel)
            if listed is None:
                for rl in lines:
                    st.problem(
                        rel,
                        rl.lineno,
                        rl.item_id,
                        f"item {rl.item_id or '(no id)'} has no manifest entry: the file "
                        f"{rel} is not listed in {MANIFEST_NAME}",
                        "unlisted",
                    )
            else:
                _compare_batch(st, rel, lines, *listed)
            for rl in lines:
                item: GoldItem | None = None
                if rl.data is not None:
                    item, err = parse_data(rl.data)
                    if err is not None:
                        st.problem(
                            rel, rl.lineno, rl.item_id, f"field {err[0]}: {err[1]}", "schema"
                        )
                    elif item is not None and item.category != category:
                        st.problem(
                            rel,
                            rl.lineno,
                            rl.item_id,
                            f"field category: {item.category!r} in folder {category!r}",
                            "schema",
                        )
                    iid = rl.item_id
                    if iid is not None:
                        if iid in seen_ids:
                            st.problem(
                                rel,
                                rl.lineno,
                                iid,
                                f"duplicate id {iid}: also at {seen_ids[iid]}",
                                "duplicate",
                            )
                        else:
                            seen_ids[iid] = f"{st.disp(rel)}:{rl.lineno}"
                st.stored.append(StoredItem(rel, category, rl, item))
    for rel, (lineno, entry) in st.batches.items():
        if rel not in on_disk:
            for k, ref in enumerate(entry.items, start=1):
                st.problem(
                    rel,
                    k,
                    ref.id,
                    f"item {ref.id} was deleted: the batch file listed at {MANIFEST_NAME} line "
                    f"{lineno} is missing",
                    "deleted",
                )


def _compare_batch(
    st: _State, rel: str, lines: list[RawLine], entry_line: int, entry: BatchEntry
) -> None:
    expected = entry.items
    position = {ref.id: k for k, ref in enumerate(expected)}
    present: set[str] = set()
    mline = f"{MANIFEST_NAME} line {entry_line}"
    for k, rl in enumerate(lines):
        iid = rl.item_id
        if rl.data is None:
            st.problem(
                rel, rl.lineno, None, f"{rl.error}: the line was damaged or edited", "edited"
            )
            continue
        if iid is not None:
            present.add(iid)
        if k < len(expected) and expected[k].id == iid and expected[k].sha256 == rl.sha256:
            continue
        m = position.get(iid) if iid is not None else None
        if m is None:
            st.problem(
                rel,
                rl.lineno,
                iid,
                f"item {iid or '(no id)'} has no manifest entry ({mline} does not list it); "
                "add items only with `harness goldset add`",
                "unlisted",
            )
        elif expected[m].sha256 != rl.sha256:
            st.problem(
                rel,
                rl.lineno,
                iid,
                f"item {iid} was edited: its sha256 no longer matches {mline}",
                "edited",
            )
        else:
            st.problem(
                rel,
                rl.lineno,
                iid,
                f"item {iid} is out of order: {mline} records it as item {m + 1} of the batch, "
                f"found as item {k + 1} (lines reordered)",
                "reordered",
            )
    for m, ref in enumerate(expected):
        if ref.id not in present:
            st.problem(
                rel,
                m + 1,
                ref.id,
                f"item {ref.id} was deleted: {mline} lists it as item {m + 1} of the batch",
                "deleted",
            )


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)


def _check_against(st: _State, ref: str) -> None:
    """Prove the goldset at git `ref` is a prefix of today's: no line there has changed."""
    root = st.root.resolve()
    top = _git(root, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise InputError(f"--against {ref}: {root} is not inside a git repository")
    toplevel = Path(top.stdout.decode().strip()).resolve()
    prefix = root.relative_to(toplevel).as_posix()
    prefix = "" if prefix == "." else prefix + "/"
    if _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise InputError(f"--against {ref}: no such git commit or ref (try `git log --oneline`)")

    def show(rel: str) -> list[str] | None:
        out = _git(toplevel, "show", f"{ref}:{prefix}{rel}")
        if out.returncode != 0:
            return None
        return [x for x in out.stdout.decode("utf-8").splitlines() if x.strip()]

    old_manifest = show(MANIFEST_NAME) or []
    for i, old in enumerate(old_manifest, start=1):
        if i > len(st.manifest_lines):
            st.problem(
                MANIFEST_NAME, i, None, f"line {i} existed at {ref} and has been removed", "against"
            )
        elif st.manifest_lines[i - 1] != old:
            st.problem(
                MANIFEST_NAME, i, None, f"line {i} differs from the same line at {ref}", "against"
            )
    listing = _git(
        toplevel, "ls-tree", "-r", "--name-only", "--full-name", ref, "--", prefix or "."
    )
    for path in listing.stdout.decode("utf-8").splitlines():
        rel = path[len(prefix) :]
        folder = rel.split("/", 1)[0]
        if folder not in CATEGORIES or not rel.endswith(".jsonl"):
            continue
        old_lines = show(rel) or []
        cur_path = st.root / rel
        current = (
            [x for x in cur_path.read_text(encoding="utf-8").splitlines() if x.strip()]
            if cur_path.exists()
            else []
        )
        for k, old in enumerate(old_lines):
            try:
                iid = json.loads(old).get("id")
            except (json.JSONDecodeError, AttributeError):
                iid = None
            if k >= len(current):
                st.problem(
                    rel, k + 1, iid, f"item existed at {ref} and has been deleted", "against"
                )
            elif current[k] != old:
                st.problem(rel, k + 1, iid, f"item differs from the same line at {ref}", "against")


def _scan(root: Path, *, strict: bool = False) -> _State:
    root = Path(root)
    if not root.is_dir():
        raise InputError(f"goldset folder {root} does not exist (expected goldsets/)")
    st = _State(root=root)
    _check_manifest(st, strict)
    _check_roster_file(st)
    _check_files(st)
    return st


def verify_goldset(root: Path, *, against: str | None = None, strict: bool = False) -> VerifyReport:
    """Check the whole store; `against` also proves the goldset at that git ref is a prefix."""
    st = _scan(root, strict=strict)
    if against is not None:
        _check_against(st, against)
    counts = dict.fromkeys(CATEGORIES, 0)
    for s in st.stored:
        if s.raw.data is not None:
            counts[s.category] += 1
    return VerifyReport(
        ok=not st.problems,
        head=st.head,
        problems=list(st.problems),
        counts=counts,
        signers=dict(st.signed_by),
    )


def summarise(problems: Sequence[Problem], limit: int = 20) -> str:
    lines = [f"  {p}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"  ... and {len(problems) - limit} more")
    return "\n".join(lines)


def load_goldset(
    root: Path, *, categories: Sequence[str] | None = None, allow_unsigned: bool = False
) -> LoadedGoldset:
    """Items of a verified goldset in store order (category, batch file, line).

    With allow_unsigned a folder of `<category>/*.jsonl` loads even without a manifest, and the
    result says signed=False; otherwise a goldset that does not verify raises VerificationError.
    """
    wanted = tuple(categories) if categories else CATEGORIES
    unknown = [c for c in wanted if c not in CATEGORIES]
    if unknown:
        raise InputError(
            f"unknown categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)}: "
            f"use {', '.join(CATEGORIES)}"
        )
    st = _scan(Path(root))
    items: list[GoldItem] = []
    for s in st.stored:
        if s.raw.data is None:
            raise InputError(f"{st.disp(s.rel)}:{s.raw.lineno}: {s.raw.error}; fix the line")
        if s.item is None:
            _, err = parse_data(s.raw.data)
            fld, msg = err or ("(item)", "invalid")
            raise InputError(f"{st.disp(s.rel)}:{s.raw.lineno}: field {fld}: {msg}; fix the line")
        if s.category in wanted:
            items.append(s.item)
    signed = not st.problems
    if not signed and not allow_unsigned:
        raise VerificationError(
            f"goldset {root} does not verify ({len(st.problems)} problem(s)):\n"
            f"{summarise(st.problems)}\nRun `harness goldset verify` for details, or pass "
            "--allow-unsigned for a local, unsigned run."
        )
    return LoadedGoldset(items=items, head=st.head if signed else None, signed=signed)
