"""Every tamper case makes `harness goldset verify` exit 1, naming the file, line and item.

Each test works on a private copy of the signed seed (manifest: 1 roster, 2 acuity, 3 phi,
4 retrieval, 5 groundedness, 6 refusal, 7 irae).
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from harness.goldset import verify_goldset
from harness.goldset.keys import generate_keypair, load_private_key
from tests.goldset.conftest import DEMO_LEAD, DEMO_RELEASE
from tests.goldset.helpers import (
    PHI_ITEM,
    append_signed_batch,
    manifest_lines,
    resign_line,
    write_lines,
)


def _codes(root: Path, **kw: object) -> set[tuple[str, int | None, str | None, str]]:
    report = verify_goldset(root, **kw)  # type: ignore[arg-type]
    assert not report.ok
    return {(p.file, p.line, p.item_id, p.code) for p in report.problems}


def test_seed_verifies(seed_copy: Path, cli) -> None:
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 0, res.text
    report = verify_goldset(seed_copy)
    assert report.ok
    assert all(n >= 2 for n in report.counts.values())
    assert (
        report.head
        == __import__("hashlib").sha256(manifest_lines(seed_copy)[-1].encode()).hexdigest()
    )


def test_edited_item(seed_copy: Path, cli) -> None:
    path = seed_copy / "acuity" / "0001-seed.jsonl"
    lines = path.read_text().splitlines()
    item = json.loads(lines[1])
    item["gold_routing"] = "escalate"  # was "clear"
    lines[1] = json.dumps(item)
    write_lines(path, lines)
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/acuity/0001-seed.jsonl:2 [acuity-0002]" in res.text
    assert "was edited" in res.text
    assert ("goldsets/acuity/0001-seed.jsonl", 2, "acuity-0002", "edited") in _codes(seed_copy)


def test_deleted_item(seed_copy: Path, cli) -> None:
    path = seed_copy / "phi" / "0001-seed.jsonl"
    lines = path.read_text().splitlines()
    write_lines(path, [lines[0], lines[2]])
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/phi/0001-seed.jsonl:2 [phi-0002]" in res.text
    assert "was deleted" in res.text
    assert ("goldsets/phi/0001-seed.jsonl", 2, "phi-0002", "deleted") in _codes(seed_copy)


def test_deleted_batch_file(seed_copy: Path, cli) -> None:
    (seed_copy / "irae" / "0001-seed.jsonl").unlink()
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    problems = _codes(seed_copy)
    for k in (1, 2, 3):
        assert ("goldsets/irae/0001-seed.jsonl", k, f"irae-{k:04d}", "deleted") in problems


def test_reordered_lines(seed_copy: Path, cli) -> None:
    path = seed_copy / "refusal" / "0001-seed.jsonl"
    lines = path.read_text().splitlines()
    write_lines(path, [lines[1], lines[0], lines[2]])
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/refusal/0001-seed.jsonl:1 [refusal-0002]" in res.text
    assert "out of order" in res.text
    problems = _codes(seed_copy)
    assert ("goldsets/refusal/0001-seed.jsonl", 1, "refusal-0002", "reordered") in problems
    assert ("goldsets/refusal/0001-seed.jsonl", 2, "refusal-0001", "reordered") in problems
    assert not any(p[2] == "refusal-0003" for p in problems)


def test_item_without_manifest_entry_in_signed_file(seed_copy: Path, cli) -> None:
    path = seed_copy / "phi" / "0001-seed.jsonl"
    with path.open("a") as fh:
        fh.write(json.dumps(PHI_ITEM) + "\n")
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/phi/0001-seed.jsonl:4 [phi-9001]" in res.text
    assert "no manifest entry" in res.text
    assert ("goldsets/phi/0001-seed.jsonl", 4, "phi-9001", "unlisted") in _codes(seed_copy)


def test_item_without_manifest_entry_in_new_file(seed_copy: Path, cli) -> None:
    (seed_copy / "phi" / "0002-sneaky.jsonl").write_text(json.dumps(PHI_ITEM) + "\n")
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/phi/0002-sneaky.jsonl:1 [phi-9001]" in res.text
    assert ("goldsets/phi/0002-sneaky.jsonl", 1, "phi-9001", "unlisted") in _codes(seed_copy)


def test_manifest_line_removed(seed_copy: Path, cli) -> None:
    lines = manifest_lines(seed_copy)
    write_lines(seed_copy / "MANIFEST.jsonl", lines[:2] + lines[3:])  # drop the phi batch
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/MANIFEST.jsonl:3" in res.text
    assert "hash chain broken" in res.text
    problems = _codes(seed_copy)
    assert ("goldsets/MANIFEST.jsonl", 3, None, "chain") in problems
    assert ("goldsets/MANIFEST.jsonl", 3, None, "seq") in problems
    assert ("goldsets/phi/0001-seed.jsonl", 1, "phi-0001", "unlisted") in problems


def test_last_manifest_line_removed_is_caught_by_items(seed_copy: Path) -> None:
    lines = manifest_lines(seed_copy)
    write_lines(seed_copy / "MANIFEST.jsonl", lines[:-1])
    problems = _codes(seed_copy)
    assert ("goldsets/irae/0001-seed.jsonl", 1, "irae-0001", "unlisted") in problems


def test_manifest_line_edited(seed_copy: Path, cli) -> None:
    lines = manifest_lines(seed_copy)
    data = json.loads(lines[1])
    data["time"] = "2020-01-01T00:00:00+00:00"
    lines[1] = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    write_lines(seed_copy / "MANIFEST.jsonl", lines)
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/MANIFEST.jsonl:2: invalid signature" in res.text
    problems = _codes(seed_copy)
    assert ("goldsets/MANIFEST.jsonl", 2, None, "signature") in problems
    assert ("goldsets/MANIFEST.jsonl", 3, None, "chain") in problems


def test_manifest_item_hash_edited_to_match_an_edited_item(seed_copy: Path) -> None:
    # Editing an item and patching its hash in the manifest still breaks the signature.
    from harness.goldset import item_hash

    path = seed_copy / "acuity" / "0001-seed.jsonl"
    lines = path.read_text().splitlines()
    item = json.loads(lines[0])
    item["gold_acuity"] = "1-self-care"
    lines[0] = json.dumps(item)
    write_lines(path, lines)
    mlines = manifest_lines(seed_copy)
    entry = json.loads(mlines[1])
    entry["items"][0]["sha256"] = item_hash(item)
    mlines[1] = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    write_lines(seed_copy / "MANIFEST.jsonl", mlines)
    problems = _codes(seed_copy)
    assert ("goldsets/MANIFEST.jsonl", 2, None, "signature") in problems
    assert not any(p[3] == "edited" for p in problems)


def test_broken_chain_with_valid_signature(seed_copy: Path, cli) -> None:
    resign_line(seed_copy, 4, load_private_key(DEMO_LEAD), prev="ab" * 32)
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/MANIFEST.jsonl:4: hash chain broken" in res.text
    problems = _codes(seed_copy)
    assert ("goldsets/MANIFEST.jsonl", 4, None, "chain") in problems
    assert not any(p[3] == "signature" and p[1] == 4 for p in problems)


def test_invalid_signature(seed_copy: Path, cli) -> None:
    lines = manifest_lines(seed_copy)
    last = json.loads(lines[-1])
    last["sig"] = json.loads(lines[-2])["sig"]  # a real signature, over different bytes
    lines[-1] = json.dumps(last, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    write_lines(seed_copy / "MANIFEST.jsonl", lines)
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert f"goldsets/MANIFEST.jsonl:{len(lines)}: invalid signature by 'demo-clinical-lead'" in (
        res.text
    )
    assert _codes(seed_copy) == {("goldsets/MANIFEST.jsonl", len(lines), None, "signature")}


def test_signer_not_in_allowed_signers(seed_copy: Path, tmp_path: Path, cli) -> None:
    generate_keypair("mallory", "clinical-lead", tmp_path / "mallory.key", demo=False)
    line = append_signed_batch(
        seed_copy, load_private_key(tmp_path / "mallory.key"), [PHI_ITEM], "phi/0002-extra.jsonl"
    )
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert f"goldsets/MANIFEST.jsonl:{line}: signer 'mallory' is not in allowed_signers.yaml" in (
        res.text
    )
    assert _codes(seed_copy) == {("goldsets/MANIFEST.jsonl", line, None, "signer")}


def test_signer_claims_a_listed_name_with_another_key(seed_copy: Path, tmp_path: Path) -> None:
    generate_keypair("mallory", "clinical-lead", tmp_path / "mallory.key", demo=False)
    key = load_private_key(tmp_path / "mallory.key")
    line = append_signed_batch(
        seed_copy, key, [PHI_ITEM], "phi/0002-extra.jsonl", signer="demo-clinical-lead"
    )
    assert _codes(seed_copy) == {("goldsets/MANIFEST.jsonl", line, None, "signature")}


def test_signer_without_clinical_lead_role(seed_copy: Path, cli) -> None:
    line = append_signed_batch(
        seed_copy, load_private_key(DEMO_RELEASE), [PHI_ITEM], "phi/0002-extra.jsonl"
    )
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert f"goldsets/MANIFEST.jsonl:{line}: signer 'demo-release-engineer' has role" in res.text
    assert _codes(seed_copy) == {("goldsets/MANIFEST.jsonl", line, None, "role")}


def test_strict_rejects_demo_only_keys(seed_copy: Path, cli) -> None:
    assert cli("goldset", "verify", "--goldsets", seed_copy).code == 0
    res = cli("goldset", "verify", "--strict", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/MANIFEST.jsonl:2: signer 'demo-clinical-lead' is a DEMO-ONLY key" in res.text
    n = len(manifest_lines(seed_copy))
    expected = {("goldsets/MANIFEST.jsonl", k, None, "demo") for k in range(1, n + 1)}
    assert _codes(seed_copy, strict=True) == expected


def test_roster_cannot_be_rewritten_silently(seed_copy: Path, tmp_path: Path, cli) -> None:
    signers_path = seed_copy / "allowed_signers.yaml"
    data = yaml.safe_load(signers_path.read_text())
    mallory = generate_keypair("mallory", "clinical-lead", tmp_path / "mallory.key", demo=False)
    data["signers"].append(mallory.record())
    signers_path.write_text(yaml.safe_dump(data, sort_keys=False))
    res = cli("goldset", "verify", "--goldsets", seed_copy)
    assert res.code == 1
    assert "goldsets/allowed_signers.yaml:" in res.text
    assert "added mallory" in res.text
    problems = _codes(seed_copy)
    assert {p[3] for p in problems} == {"roster"}
    # mallory cannot attest herself: she is not a clinical lead in the attested roster ...
    res = cli("goldset", "roster", "--key", tmp_path / "mallory.key", "--goldsets", seed_copy)
    assert res.code == 2
    assert "not in allowed_signers.yaml" in res.text
    # ... nor can she add items while the roster is unattested.
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(PHI_ITEM) + "\n")
    res = cli(
        "goldset", "add", "phi", src, "--key", tmp_path / "mallory.key", "--goldsets", seed_copy
    )
    assert res.code == 1
    # An existing clinical lead attests the change; then mallory may sign.
    res = cli("goldset", "roster", "--key", DEMO_LEAD, "--goldsets", seed_copy)
    assert res.code == 0, res.text
    assert verify_goldset(seed_copy).ok
    res = cli(
        "goldset", "add", "phi", src, "--key", tmp_path / "mallory.key", "--goldsets", seed_copy
    )
    assert res.code == 0, res.text
    assert verify_goldset(seed_copy).ok


def test_roster_key_swap_is_caught(seed_copy: Path, tmp_path: Path) -> None:
    signers_path = seed_copy / "allowed_signers.yaml"
    data = yaml.safe_load(signers_path.read_text())
    evil = generate_keypair("x", "clinical-lead", tmp_path / "x.key", demo=False)
    for s in data["signers"]:
        if s["name"] == "demo-clinical-lead":
            s["public_key"] = evil.public_key_b64
    signers_path.write_text(yaml.safe_dump(data, sort_keys=False))
    report = verify_goldset(seed_copy)
    assert [(p.file, p.code) for p in report.problems] == [
        ("goldsets/allowed_signers.yaml", "roster")
    ]
    assert "changed demo-clinical-lead" in report.problems[0].message


def test_roster_line_signed_by_non_lead_is_rejected(seed_copy: Path) -> None:
    from harness.goldset import line_hash
    from harness.goldset.manifest import RosterEntry, now_iso, signed

    lines = manifest_lines(seed_copy)
    old = json.loads(lines[0])
    entry = RosterEntry(
        seq=len(lines) + 1,
        prev=line_hash(lines[-1]),
        time=now_iso(),
        signer="demo-release-engineer",
        signers=old["signers"],
    )
    lines.append(signed(entry, load_private_key(DEMO_RELEASE).private_key).line())
    write_lines(seed_copy / "MANIFEST.jsonl", lines)
    assert _codes(seed_copy) == {("goldsets/MANIFEST.jsonl", len(lines), None, "role")}
