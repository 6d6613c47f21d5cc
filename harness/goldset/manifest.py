"""The lines of goldsets/MANIFEST.jsonl: signed batch entries and signed roster entries.

Each line holds the sha256 of the line before it, so the file is a hash chain; the Ed25519
signature covers the canonical JSON of every field but `sig`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ConfigDict, Field

from harness.goldset._canonical import canonical_json
from harness.goldset.keys import Signer, sign_bytes, verify_bytes

MANIFEST_NAME = "MANIFEST.jsonl"
SIGNERS_NAME = "allowed_signers.yaml"
FORMAT_VERSION = 1


class ItemRef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    v: int = FORMAT_VERSION
    seq: int = Field(ge=1)
    """1-based position in the chain; a gap shows where a line was removed."""
    prev: str = Field(pattern=r"^[0-9a-f]{64}$")
    """sha256 of the previous line (64 zeros for the first)."""
    time: str
    signer: str
    sig: str = ""
    """base64 Ed25519 signature over the canonical JSON of all other fields."""

    def payload(self) -> bytes:
        return canonical_json(self.model_dump(mode="json", exclude={"sig"})).encode("utf-8")

    def line(self) -> str:
        return canonical_json(self.model_dump(mode="json"))

    def signature_ok(self, signer: Signer) -> bool:
        return verify_bytes(signer.public_key_b64, self.payload(), self.sig)


class BatchEntry(_Entry):
    """One signed addition: a batch file and the hash of each of its items, in file order."""

    kind: Literal["batch"] = "batch"
    file: str
    """Path of the batch file relative to the goldset root, e.g. acuity/0001-seed.jsonl."""
    category: str
    items: list[ItemRef]


class RosterEntry(_Entry):
    """The signer roster (allowed_signers.yaml) as attested at this point of the chain."""

    kind: Literal["roster"] = "roster"
    signers: list[dict[str, Any]]
    """Signer records sorted by name: name, role, public_key, demo_only."""

    def roster(self) -> dict[str, Signer]:
        return {
            r["name"]: Signer(r["name"], r["role"], r["public_key"], bool(r.get("demo_only")))
            for r in self.signers
        }


Entry = BatchEntry | RosterEntry


def parse_entry(data: dict[str, Any]) -> Entry:
    """Validate one decoded manifest line (raises pydantic.ValidationError)."""
    if data.get("kind") == "roster":
        return RosterEntry.model_validate(data)
    return BatchEntry.model_validate(data)


def roster_records(signers: dict[str, Signer]) -> list[dict[str, Any]]:
    return [signers[n].record() for n in sorted(signers)]


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def signed(entry: Entry, private_key: Ed25519PrivateKey) -> Entry:
    """A copy of `entry` carrying its signature."""
    return entry.model_copy(update={"sig": sign_bytes(private_key, entry.payload())})
