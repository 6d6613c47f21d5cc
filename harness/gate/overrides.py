"""Signed gate overrides: fenced `gate-override` blocks in CHANGELOG.md, made and checked here.

A block names (metric, prior cut, cut, reason, signer) and carries an Ed25519 signature by a
release-engineer key over exactly those fields, canonically serialised.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from harness.errors import InputError
from harness.gate._files import write_atomic
from harness.goldset.keys import LoadedKey, Signer, sign_bytes, verify_bytes

FENCE = "gate-override"
SIGNING_ROLE = "release-engineer"
_PAYLOAD_KIND = "gate-override/1"
"""Domain tag inside the signed bytes, so a goldset signature can never pass as an override."""

_OPEN = re.compile(r"^```" + re.escape(FENCE) + r"(?:\s+yaml)?\s*$")
_CLOSE = re.compile(r"^```\s*$")


class _Block(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    metric: str = Field(min_length=3)
    prior: str = Field(min_length=1)
    cut: str = Field(min_length=1)
    reason: str = Field(min_length=1)
    signer: str = Field(min_length=1)
    signature: str = Field(min_length=1)


@dataclass(frozen=True)
class OverrideBlock:
    """One parsed block and where it sits in the changelog."""

    metric: str
    prior: str
    cut: str
    reason: str
    signer: str
    signature: str
    line: int
    source: str = "CHANGELOG.md"

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"


@dataclass(frozen=True)
class OverrideCheck:
    """Whether an accepted override exists for one metric and cut pair, and why (not)."""

    accepted: bool
    message: str


def signed_payload(metric: str, prior: str, cut: str, reason: str, signer: str) -> bytes:
    """The exact bytes an override signature covers: canonical JSON of the named fields."""
    fields = {
        "kind": _PAYLOAD_KIND,
        "metric": metric,
        "prior": prior,
        "cut": cut,
        "reason": reason,
        "signer": signer,
    }
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def parse_overrides(text: str, source: str = "CHANGELOG.md") -> list[OverrideBlock]:
    """Every `gate-override` block in the changelog text; a malformed block is exit 2."""
    lines = text.splitlines()
    blocks: list[OverrideBlock] = []
    i = 0
    while i < len(lines):
        if not _OPEN.match(lines[i]):
            i += 1
            continue
        start = i + 1  # 1-based line of the opening fence
        j = i + 1
        while j < len(lines) and not _CLOSE.match(lines[j]):
            j += 1
        if j == len(lines):
            raise InputError(f"{source}:{start}: gate-override block is never closed with ```")
        body = "\n".join(lines[i + 1 : j])
        try:
            data = yaml.safe_load(body)
            parsed = _Block.model_validate(data)
        except yaml.YAMLError as exc:
            raise InputError(f"{source}:{start}: gate-override block is not YAML: {exc}") from exc
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "block"
            raise InputError(
                f"{source}:{start}: gate-override block, field {field}: {err['msg']}; "
                "write blocks with `harness override sign`"
            ) from exc
        blocks.append(OverrideBlock(**parsed.model_dump(), line=start, source=source))
        i = j + 1
    return blocks


def load_overrides(path: Path) -> list[OverrideBlock]:
    """Blocks from a changelog file; a missing changelog holds no overrides."""
    path = Path(path)
    if not path.exists():
        return []
    return parse_overrides(path.read_text(encoding="utf-8"), str(path))


def check_override(
    metric: str,
    prior: str,
    cut: str,
    blocks: Sequence[OverrideBlock],
    signers: Mapping[str, Signer],
) -> OverrideCheck:
    """Find a valid override for exactly this metric and cut pair; otherwise say why none counts."""
    for_metric = [b for b in blocks if b.metric == metric]
    if not for_metric:
        others = sorted({b.metric for b in blocks if b.prior == prior and b.cut == cut})
        extra = f" (this cut pair has overrides only for {', '.join(others)})" if others else ""
        return OverrideCheck(False, f"no override in the changelog names {metric}{extra}")
    for_pair = [b for b in for_metric if b.prior == prior and b.cut == cut]
    if not for_pair:
        b = for_metric[-1]
        return OverrideCheck(
            False,
            f"override at {b.where} is for prior {b.prior} -> cut {b.cut}, "
            f"not prior {prior} -> cut {cut}",
        )
    problems: list[str] = []
    for b in reversed(for_pair):  # the newest block wins when several are valid
        signer = signers.get(b.signer)
        if signer is None:
            problems.append(f"override at {b.where}: signer {b.signer!r} is not in allowed_signers")
            continue
        payload = signed_payload(b.metric, b.prior, b.cut, b.reason, b.signer)
        if not verify_bytes(signer.public_key_b64, payload, b.signature):
            problems.append(
                f"override at {b.where}: signature by {b.signer!r} does not verify over "
                "(metric, prior, cut, reason, signer); was the block edited after signing?"
            )
            continue
        if signer.role != SIGNING_ROLE:
            problems.append(
                f"override at {b.where}: signer {b.signer!r} has role {signer.role}; "
                f"overrides need a {SIGNING_ROLE} key"
            )
            continue
        demo = " (DEMO-ONLY key)" if signer.demo_only else ""
        return OverrideCheck(True, f"overridden by {b.signer}{demo} at {b.where}: {b.reason}")
    return OverrideCheck(False, "; ".join(problems))


def make_block(key: LoadedKey, metric: str, prior: str, cut: str, reason: str) -> OverrideBlock:
    """Sign an override with a loaded private key (the caller checks the signer's role)."""
    reason = reason.strip()
    if not reason:
        raise InputError("--reason is empty: say why this drop is acceptable")
    if "```" in reason:
        raise InputError("--reason must not contain ``` (it would end the fenced block)")
    signature = sign_bytes(key.private_key, signed_payload(metric, prior, cut, reason, key.name))
    return OverrideBlock(metric, prior, cut, reason, key.name, signature, line=0)


def render_block(block: OverrideBlock) -> str:
    """The fenced text for one block; values are JSON strings, which YAML reads back verbatim."""
    fields = {
        "metric": block.metric,
        "prior": block.prior,
        "cut": block.cut,
        "reason": block.reason,
        "signer": block.signer,
        "signature": block.signature,
    }
    body = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items())
    return f"```{FENCE}\n{body}\n```\n"


def append_block(changelog: Path, block: OverrideBlock, *, heading: str) -> None:
    """Append the block under a short heading, atomically (read, write a temp file, rename)."""
    changelog = Path(changelog)
    old = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n"
    sep = "" if old.endswith("\n") else "\n"
    new = f"{old}{sep}\n{heading}\n\n{render_block(block)}"
    write_atomic(changelog, new)


@dataclass(frozen=True)
class OverrideSet:
    """The changelog's blocks and the signer roster they are checked against."""

    blocks: Sequence[OverrideBlock] = ()
    signers: Mapping[str, Signer] | None = None

    def check(self, metric: str, prior: str, cut: str) -> OverrideCheck:
        return check_override(metric, prior, cut, self.blocks, self.signers or {})
