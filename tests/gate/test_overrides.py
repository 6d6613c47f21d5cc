"""CHANGELOG.md override blocks: round trip, the shipped changelog parses, malformed blocks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from harness.errors import InputError
from harness.gate import check_override, load_overrides, parse_overrides, signed_payload
from harness.gate.overrides import append_block, make_block
from harness.goldset.keys import LoadedKey, Signer


def test_signed_payload_is_canonical_json_of_exactly_the_fields() -> None:
    payload = signed_payload("irae.f1", "p1", "c1", "why ✓", "rel")
    assert (
        payload
        == (
            '{"cut":"c1","kind":"gate-override/1","metric":"irae.f1","prior":"p1",'
            '"reason":"why ✓","signer":"rel"}'
        ).encode()
    )


def test_append_then_parse_round_trips(
    tmp_path: Path, keys: dict[str, tuple[LoadedKey, Signer]], roster: dict[str, Signer]
) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## 0.1.0\n", encoding="utf-8")
    # reasons with quotes, colons and a newline must come back byte for byte
    reason = 'label fix: "acu-12" re-read\nby the clinical lead'
    block = make_block(keys["rel-eng"][0], "irae.f1", "2026-01-01", "123", reason)
    append_block(changelog, block, heading="### Gate override")
    (parsed,) = load_overrides(changelog)
    assert (parsed.metric, parsed.prior, parsed.cut, parsed.reason) == (
        "irae.f1",
        "2026-01-01",
        "123",
        reason,
    )
    assert parsed.line == 7
    assert check_override("irae.f1", "2026-01-01", "123", [parsed], roster).accepted
    assert changelog.read_text(encoding="utf-8").startswith("# Changelog\n\n## 0.1.0\n")
    # rewritten through a temp file, yet still readable by others like any project file
    umask = os.umask(0)
    os.umask(umask)
    assert changelog.stat().st_mode & 0o777 == 0o666 & ~umask


def test_shipped_changelog_parses(repo_root: Path) -> None:
    blocks = load_overrides(repo_root / "CHANGELOG.md")
    assert all(b.signature for b in blocks)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x\n```gate-override\nmetric: a.b\n", "C.md:2: gate-override block is never closed"),
        (
            "```gate-override\nmetric: a.b\n```\n",
            "C.md:1: gate-override block, field prior: Field required",
        ),
        ("```gate-override\n- a\n```\n", "C.md:1: gate-override block"),
        ("```gate-override yaml\nmetric: [\n```\n", "C.md:1: gate-override block is not YAML"),
    ],
)
def test_malformed_blocks_are_input_errors(text: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_overrides(text, "C.md")
    assert message in str(info.value)


def test_reason_cannot_close_the_fence(keys: dict[str, tuple[LoadedKey, Signer]]) -> None:
    with pytest.raises(InputError, match="must not contain"):
        make_block(keys["rel-eng"][0], "irae.f1", "p", "c", "see ``` here")
