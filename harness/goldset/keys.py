"""Ed25519 keys for the goldset and the gate: key files, the signer roster, sign and verify.

The release gate's signed overrides use these same functions, so there is one way to sign.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from harness.errors import InputError
from harness.goldset._files import atomic_write

ROLES: tuple[str, ...] = ("clinical-lead", "release-engineer")
Role = Literal["clinical-lead", "release-engineer"]


@dataclass(frozen=True)
class Signer:
    """One entry of allowed_signers.yaml: who may sign, in which role."""

    name: str
    role: str
    public_key_b64: str
    demo_only: bool = False

    def record(self) -> dict[str, Any]:
        """The form written to YAML and attested in the manifest chain."""
        return {
            "name": self.name,
            "role": self.role,
            "public_key": self.public_key_b64,
            "demo_only": self.demo_only,
        }


@dataclass(frozen=True)
class LoadedKey:
    """A private key read from its file, with the signer name it belongs to."""

    name: str
    private_key: Ed25519PrivateKey
    demo: bool
    role: str = ""

    @property
    def public_key_b64(self) -> str:
        return public_key_b64(self.private_key)


class _SignerEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,80}$")
    role: Role
    public_key: str = Field(min_length=40)
    demo_only: bool = False


class _SignersFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    signers: list[_SignerEntry] = Field(default_factory=list)


class _KeyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    role: Role
    demo: bool
    private_key: str
    public_key: str
    created: str = ""
    warning: str = ""


def public_key_b64(private_key: Ed25519PrivateKey) -> str:
    raw = private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return base64.b64encode(raw).decode("ascii")


def sign_bytes(private_key: Ed25519PrivateKey, data: bytes) -> str:
    """Ed25519 signature over `data`, base64-encoded."""
    return base64.b64encode(private_key.sign(data)).decode("ascii")


def verify_bytes(public_key_b64: str, data: bytes, sig: str) -> bool:
    """True when `sig` (base64) is a valid Ed25519 signature of `data` by that public key."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64, validate=True))
        key.verify(base64.b64decode(sig, validate=True), data)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def _inside_git_repo(path: Path) -> Path | None:
    for parent in [path, *path.parents]:
        if (parent / ".git").exists():
            return parent
    return None


def _write_private(path: Path, text: str) -> None:
    # Created 0600 from the start (not chmod afterwards) so the key is never readable by others.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def generate_keypair(name: str, role: str, out_path: Path, *, demo: bool) -> Signer:
    """Write a new private key file (mode 0600) and return its public roster entry.

    Refuses to write inside a git work tree unless `demo`: real keys must never be committed.
    """
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    try:
        _SignerEntry(name=name, role=role, public_key="x" * 44)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise InputError(
            f"key name {name!r} is not allowed: letters, digits, '_', '.', '@', '-' only"
        ) from exc
    out_path = out_path.expanduser().resolve()
    repo = _inside_git_repo(out_path.parent)
    if repo is not None and not demo:
        raise InputError(
            f"{out_path} is inside the git repository {repo}: a private key must not be "
            "committed. Write it outside the repository (--out ~/.config/...), or pass --demo "
            "for a throwaway demo-only key."
        )
    if out_path.exists():
        raise InputError(f"{out_path} already exists: choose another --out or remove it first")
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    record = _KeyFile(
        name=name,
        role=role,  # type: ignore[arg-type]
        demo=demo,
        private_key=base64.b64encode(raw).decode("ascii"),
        public_key=public_key_b64(key),
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        warning="DEMO-ONLY key: published, never use for real goldset or release signing"
        if demo
        else "private key: keep out of version control",
    )
    _write_private(out_path, json.dumps(record.model_dump(), indent=2) + "\n")
    return Signer(name=name, role=role, public_key_b64=record.public_key, demo_only=demo)


def load_private_key(path: Path) -> LoadedKey:
    """Read a key file written by `generate_keypair` (raises InputError when unreadable)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read key file {path}: {exc.strerror}") from exc
    try:
        record = _KeyFile.model_validate_json(text)
        raw = base64.b64decode(record.private_key, validate=True)
        key = Ed25519PrivateKey.from_private_bytes(raw)
    except (ValidationError, ValueError, binascii.Error) as exc:
        raise InputError(
            f"{path} is not a harness key file (make one with `harness keys new`): {exc}"
        ) from exc
    if public_key_b64(key) != record.public_key:
        raise InputError(f"{path}: public_key does not belong to private_key; the file is damaged")
    return LoadedKey(name=record.name, private_key=key, demo=record.demo, role=record.role)


def parse_signers(text: str, source: str) -> dict[str, Signer]:
    """Parse allowed_signers.yaml text; `source` names the file in error messages."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{source}: not valid YAML: {exc}") from exc
    try:
        parsed = _SignersFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise InputError(f"{source}: field {loc}: {err['msg']}") from exc
    out: dict[str, Signer] = {}
    for entry in parsed.signers:
        if entry.name in out:
            raise InputError(f"{source}: signer {entry.name!r} is listed twice")
        out[entry.name] = Signer(entry.name, entry.role, entry.public_key, entry.demo_only)
    return out


def load_signers(path: Path) -> dict[str, Signer]:
    """Read allowed_signers.yaml into {name: Signer}; a missing file is an empty roster."""
    path = Path(path)
    if not path.exists():
        return {}
    return parse_signers(path.read_text(encoding="utf-8"), str(path))


_SIGNERS_HEADER = """\
# Who may sign goldset additions (clinical-lead) and gate overrides (release-engineer).
# Public keys only (base64 raw Ed25519). demo_only keys are published; `--strict` rejects them.
# Every change to this file must be attested in MANIFEST.jsonl by an existing clinical lead:
#   harness goldset roster --key <clinical-lead key>
"""


def write_signers(path: Path, signers: dict[str, Signer]) -> None:
    """Write the roster atomically, keeping entries in name order."""
    body = yaml.safe_dump(
        {"signers": [signers[n].record() for n in sorted(signers)]},
        sort_keys=False,
        allow_unicode=True,
    )
    tmp = atomic_write(Path(path), _SIGNERS_HEADER + body)
    tmp.replace(path)
