"""Appending to the goldset: a validated, de-duplicated batch file plus its signed manifest line.

Everything happens under one file lock, and both files are renamed into place only after all
checks pass, so a rejected batch writes nothing and two concurrent adds lose nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock

from harness.contract.items import CATEGORIES, GoldItem
from harness.errors import InputError, VerificationError
from harness.goldset._canonical import GENESIS_PREV, canonical_json, item_hash, line_hash
from harness.goldset._files import RawLine, atomic_write, parse_data, read_lines
from harness.goldset.dedup import item_text, near_duplicate_pairs
from harness.goldset.keys import LoadedKey, Signer, load_signers
from harness.goldset.manifest import (
    MANIFEST_NAME,
    SIGNERS_NAME,
    BatchEntry,
    Entry,
    ItemRef,
    RosterEntry,
    now_iso,
    roster_records,
    signed,
)
from harness.goldset.verify import _scan, _State, summarise

LOCK_NAME = ".goldset.lock"
_PLACEHOLDER_ID = "pending-id-check"
_MAX_ERRORS = 10


@dataclass(frozen=True)
class AddResult:
    file: Path
    """The new batch file."""
    ids: list[str]
    head: str
    """The chain head after the addition."""
    genesis: bool
    """True when this add also wrote the genesis roster line."""


def lock_for(root: Path) -> FileLock:
    return FileLock(str(Path(root) / LOCK_NAME), timeout=300)


def _slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-")
    return slug or "batch"


def _read_input(src: Path, category: str) -> list[tuple[RawLine, dict[str, Any]]]:
    """Decode and schema-check each input line (ids may be missing); errors name file:line:field."""
    try:
        lines = read_lines(src)
    except OSError as exc:
        raise InputError(f"cannot read {src}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{src}: not UTF-8 text ({exc.reason})") from exc
    if not lines:
        raise InputError(f"{src}: no items (expected one JSON object per line)")
    errors: list[str] = []
    out: list[tuple[RawLine, dict[str, Any]]] = []
    for rl in lines:
        if rl.data is None:
            errors.append(f"{src}:{rl.lineno}: {rl.error}")
            continue
        data = dict(rl.data)
        got = data.get("category")
        if isinstance(got, str) and got in CATEGORIES and got != category:
            errors.append(
                f"{src}:{rl.lineno}: field category: is {got!r} but this batch is for {category!r}"
            )
            continue
        probe = data if "id" in data else {**data, "id": _PLACEHOLDER_ID}
        _, err = parse_data(probe)
        if err is not None:
            errors.append(f"{src}:{rl.lineno}: field {err[0]}: {err[1]}")
            continue
        out.append((rl, data))
    if errors:
        more = f"\n  ... and {len(errors) - _MAX_ERRORS} more" if len(errors) > _MAX_ERRORS else ""
        raise InputError(
            f"{len(errors)} invalid item(s); nothing was written. Fix these lines:\n  "
            + "\n  ".join(errors[:_MAX_ERRORS])
            + more
        )
    return out


def _authority(st: _State, genesis: bool) -> dict[str, Signer]:
    if genesis:
        current = load_signers(st.root / SIGNERS_NAME)
        if not current:
            raise InputError(
                f"{st.root / SIGNERS_NAME} lists no signers: create a key with `harness keys new "
                f"NAME --role clinical-lead --signers {st.root / SIGNERS_NAME}` first"
            )
        return current
    return st.roster or {}


def _check_key(key: LoadedKey, authority: dict[str, Signer]) -> None:
    signer = authority.get(key.name)
    if signer is None:
        raise InputError(
            f"key {key.name!r} is not in {SIGNERS_NAME}: only a listed clinical lead can sign"
        )
    if signer.public_key_b64 != key.public_key_b64:
        raise InputError(
            f"key file for {key.name!r} does not match the public key in {SIGNERS_NAME}"
        )
    if signer.role != "clinical-lead":
        raise InputError(f"key {key.name!r} has role {signer.role!r}; signing needs clinical-lead")


def _require_clean(st: _State, allowed: set[str]) -> None:
    bad = [p for p in st.problems if p.code not in allowed]
    if bad:
        raise VerificationError(
            f"the goldset does not verify, so nothing can be appended ({len(bad)} problem(s)):\n"
            f"{summarise(bad)}\nFix it (see `harness goldset verify`) and try again."
        )


def _genesis_roster(key: LoadedKey, authority: dict[str, Signer]) -> RosterEntry:
    entry = RosterEntry(
        seq=1,
        prev=GENESIS_PREV,
        time=now_iso(),
        signer=key.name,
        signers=roster_records(authority),
    )
    out = signed(entry, key.private_key)
    assert isinstance(out, RosterEntry)
    return out


def _commit(st: _State, new_entries: list[Entry], batch: tuple[Path, str] | None) -> str:
    """Rename the batch file, then the extended manifest, into place; return the new head."""
    manifest = st.root / MANIFEST_NAME
    lines = [*st.manifest_lines, *(e.line() for e in new_entries)]
    tmp_manifest = atomic_write(manifest, "\n".join(lines) + "\n")
    tmp_batch = atomic_write(batch[0], batch[1]) if batch else None
    try:
        if batch and tmp_batch:
            tmp_batch.replace(batch[0])
        try:
            tmp_manifest.replace(manifest)
        except BaseException:
            if batch:
                batch[0].unlink(missing_ok=True)
            raise
    finally:
        tmp_manifest.unlink(missing_ok=True)
        if tmp_batch:
            tmp_batch.unlink(missing_ok=True)
    return line_hash(lines[-1])


def add_batch(
    root: Path,
    category: str,
    src: Path,
    key: LoadedKey,
    *,
    threshold: float = 0.9,
    slug: str | None = None,
) -> AddResult:
    """Validate `src`, assign missing ids, reject duplicates, then append it as a signed batch."""
    root = Path(root)
    if category not in CATEGORIES:
        raise InputError(f"unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
    incoming = _read_input(Path(src), category)
    root.mkdir(parents=True, exist_ok=True)
    with lock_for(root):
        st = _scan(root)
        genesis = not st.manifest_lines and not st.stored
        _require_clean(st, {"unsigned"} if genesis else set())
        authority = _authority(st, genesis)
        _check_key(key, authority)

        existing_ids = {s.raw.item_id for s in st.stored if s.raw.item_id}
        pattern = re.compile(rf"^{re.escape(category)}-(\d+)$")
        numbers = [int(m.group(1)) for i in existing_ids if (m := pattern.match(i))]
        numbers += [
            int(m.group(1)) for _, d in incoming if (m := pattern.match(str(d.get("id", ""))))
        ]
        next_no = max(numbers, default=0) + 1

        items: list[tuple[RawLine, GoldItem]] = []
        errors: list[str] = []
        batch_ids: dict[str, int] = {}
        for rl, data in incoming:
            if "id" not in data:
                data = {**data, "id": f"{category}-{next_no:04d}"}
                next_no += 1
            iid = str(data["id"])
            if iid in existing_ids:
                errors.append(f"{src}:{rl.lineno}: field id: {iid} already exists in the goldset")
            elif iid in batch_ids:
                errors.append(f"{src}:{rl.lineno}: field id: {iid} repeats line {batch_ids[iid]}")
            batch_ids[iid] = rl.lineno
            item, err = parse_data(data)
            if item is None:
                fld, msg = err or ("(item)", "invalid")
                errors.append(f"{src}:{rl.lineno}: field {fld}: {msg}")
                continue
            items.append((rl, item))

        old = [s for s in st.stored if s.category == category and s.item is not None]
        new_texts = [item_text(it) for _, it in items]
        for i, j, score in near_duplicate_pairs(
            new_texts, [item_text(s.item) for s in old], threshold=threshold
        ):
            s = old[j]
            errors.append(
                f"{src}:{items[i][0].lineno}: item {items[i][1].id} is a near duplicate "
                f"(similarity {score:.2f}) of {s.raw.item_id} at {st.disp(s.rel)}:{s.raw.lineno}"
            )
        for i, j, score in near_duplicate_pairs(new_texts, new_texts, threshold=threshold):
            if i < j:
                errors.append(
                    f"{src}:{items[j][0].lineno}: item {items[j][1].id} is a near duplicate "
                    f"(similarity {score:.2f}) of line {items[i][0].lineno} of the same file"
                )
        if errors:
            more = (
                f"\n  ... and {len(errors) - _MAX_ERRORS} more" if len(errors) > _MAX_ERRORS else ""
            )
            raise InputError(
                f"{len(errors)} item(s) rejected; nothing was written:\n  "
                + "\n  ".join(errors[:_MAX_ERRORS])
                + more
            )

        folder = root / category
        # Numbers already used on disk or in the manifest (a deleted file must not be reused).
        names = [p.name for p in folder.glob("*.jsonl")]
        names += [f.split("/", 1)[1] for f in st.batches if f.startswith(f"{category}/")]
        taken = [int(m.group(1)) for n in names if (m := re.match(r"^(\d+)-", n))]
        rel = f"{category}/{max(taken, default=0) + 1:04d}-{_slugify(slug or Path(src).stem)}.jsonl"
        stored = [it.model_dump(mode="json") for _, it in items]

        entries: list[Entry] = []
        if genesis:
            roster = _genesis_roster(key, authority)
            entries.append(roster)
            prev, seq = line_hash(roster.line()), 2
        else:
            prev, seq = line_hash(st.manifest_lines[-1]), len(st.manifest_lines) + 1
        batch = BatchEntry(
            seq=seq,
            prev=prev,
            time=now_iso(),
            signer=key.name,
            file=rel,
            category=category,
            items=[ItemRef(id=d["id"], sha256=item_hash(d)) for d in stored],
        )
        entries.append(signed(batch, key.private_key))
        text = "".join(canonical_json(d) + "\n" for d in stored)
        head = _commit(st, entries, (root / rel, text))
    return AddResult(file=root / rel, ids=[d["id"] for d in stored], head=head, genesis=genesis)


def sign_roster(root: Path, key: LoadedKey) -> str | None:
    """Attest the current allowed_signers.yaml in the chain; returns the new head (None: no change).

    The key must already be a clinical lead in the roster the chain attests (or, for the very
    first line, in the file itself: trust on first use).
    """
    root = Path(root)
    with lock_for(root):
        st = _scan(root)
        genesis = not st.manifest_lines
        if genesis and st.stored:
            raise VerificationError(
                f"{root} holds items but no {MANIFEST_NAME}: an unsigned folder cannot be "
                "adopted; add its items with `harness goldset add` into a fresh goldset"
            )
        _require_clean(st, {"roster", "unsigned"})
        current = load_signers(root / SIGNERS_NAME)
        if not any(s.role == "clinical-lead" for s in current.values()):
            raise InputError(f"{root / SIGNERS_NAME} must keep at least one clinical-lead signer")
        authority = current if genesis else (st.roster or {})
        _check_key(key, authority)
        if not genesis and roster_records(current) == roster_records(authority):
            return None
        if genesis:
            return _commit(st, [_genesis_roster(key, current)], None)
        entry = RosterEntry(
            seq=len(st.manifest_lines) + 1,
            prev=line_hash(st.manifest_lines[-1]),
            time=now_iso(),
            signer=key.name,
            signers=roster_records(current),
        )
        return _commit(st, [signed(entry, key.private_key)], None)
