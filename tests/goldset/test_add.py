"""`harness goldset add` and `harness keys new`: validation, ids, duplicates, git, locking."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.errors import InputError, VerificationError
from harness.goldset import add_batch, load_goldset, verify_goldset
from harness.goldset.keys import load_private_key
from tests.goldset.conftest import DEMO_LEAD, REPO
from tests.goldset.helpers import PHI_ITEM, manifest_lines


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def _phi(text: str, **extra: object) -> dict[str, object]:
    return {
        "category": "phi",
        "added": "2026-11-23",
        "source": "test",
        "text": text,
        "spans": [{"start": 0, "end": 3, "label": "NAME"}],
        **extra,
    }


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


# --- schema errors: exit 2, file + line + field named, nothing written -------------------------


@pytest.mark.parametrize(
    ("row", "field", "fragment"),
    [
        ('{"category": "phi", "text": "Ann", ', None, "not valid JSON"),
        ({k: v for k, v in _phi("Ann was here").items() if k != "source"}, "source", "required"),
        ({**_phi("Ann was here"), "category": "vitals"}, "category", "known categories"),
        (
            {**_phi("Ann"), "spans": [{"start": 0, "end": 9, "label": "NAME"}]},
            "spans[0]",
            "beyond the text's end",
        ),
        (
            {**_phi("Ann"), "category": "acuity", "spans": None},
            "category",
            "is 'acuity' but this batch is for 'phi'",
        ),
    ],
    ids=["malformed-json", "missing-field", "unknown-category", "span-beyond-end", "category"],
)
def test_schema_errors_exit_2_and_write_nothing(
    seed_copy: Path, tmp_path: Path, cli, row: object, field: str | None, fragment: str
) -> None:
    src = _write(tmp_path / "new.jsonl", [_phi("Bob Smith called on Monday."), row])
    before = _snapshot(seed_copy)
    res = cli("goldset", "add", "phi", src, "--key", DEMO_LEAD, "--goldsets", seed_copy)
    assert res.code == 2
    assert f"{src}:2:" in res.text
    if field is not None:
        assert f"field {field}:" in res.text
    assert fragment in res.text
    assert _snapshot(seed_copy) == before


def test_wrong_category_for_batch_and_unknown_category_argument(
    seed_copy: Path, tmp_path: Path, cli
) -> None:
    src = _write(tmp_path / "new.jsonl", [_phi("Bob Smith called on Monday.")])
    res = cli("goldset", "add", "acuity", src, "--key", DEMO_LEAD, "--goldsets", seed_copy)
    assert res.code == 2
    assert f"{src}:1: field category: is 'phi' but this batch is for 'acuity'" in res.text
    res = cli("goldset", "add", "vitals", src, "--key", DEMO_LEAD, "--goldsets", seed_copy)
    assert res.code == 2
    assert "unknown category 'vitals'" in res.text


# --- ids, duplicates, near duplicates ----------------------------------------------------------


def test_add_assigns_ids_and_checks_given_ones(seed_copy: Path, tmp_path: Path) -> None:
    src = _write(
        tmp_path / "new.jsonl",
        [
            _phi("Zed Quinn phoned twice about refills."),
            _phi("Amy Lo left a voicemail today.", id="phi-custom-7"),
        ],
    )
    result = add_batch(seed_copy, "phi", src, load_private_key(DEMO_LEAD))
    assert result.ids == ["phi-0004", "phi-custom-7"]
    assert result.file == seed_copy / "phi" / "0002-new.jsonl"
    # Goldset files are public data (unlike key files): readable beyond the owner.
    assert stat.S_IMODE(result.file.stat().st_mode) & 0o044 == 0o044 & ~_umask()
    assert verify_goldset(seed_copy).ok
    # The same id again is a duplicate.
    dup = _write(
        tmp_path / "dup.jsonl", [_phi("Completely different words here now.", id="phi-custom-7")]
    )
    with pytest.raises(InputError, match=r"dup.jsonl:1: field id: phi-custom-7 already exists"):
        add_batch(seed_copy, "phi", dup, load_private_key(DEMO_LEAD))


def test_near_duplicate_of_existing_item_rejected(seed_copy: Path, tmp_path: Path, cli) -> None:
    seed = json.loads((seed_copy / "phi" / "0001-seed.jsonl").read_text().splitlines()[0])
    reworded = seed["text"].replace("call her back", "Call her back!")
    src = _write(tmp_path / "near.jsonl", [_phi(reworded)])
    before = _snapshot(seed_copy)
    res = cli("goldset", "add", "phi", src, "--key", DEMO_LEAD, "--goldsets", seed_copy)
    assert res.code == 2
    assert f"{src}:1: item phi-0004 is a near duplicate (similarity 1.00) of phi-0001" in res.text
    assert "goldsets/phi/0001-seed.jsonl:1" in res.text
    assert _snapshot(seed_copy) == before


def test_near_duplicates_within_batch_rejected(seed_copy: Path, tmp_path: Path) -> None:
    text = "Harriet Vane phoned about her biopsy results and wants a call back after five pm today"
    src = _write(tmp_path / "n.jsonl", [_phi(text), _phi(text + " thanks")])
    with pytest.raises(InputError, match=r"n.jsonl:2: item phi-0005 is a near duplicate"):
        add_batch(seed_copy, "phi", src, load_private_key(DEMO_LEAD))


def test_add_refuses_when_goldset_does_not_verify(seed_copy: Path, tmp_path: Path) -> None:
    (seed_copy / "phi" / "0009-sneaky.jsonl").write_text(json.dumps(PHI_ITEM) + "\n")
    src = _write(tmp_path / "new.jsonl", [_phi("Bob Smith called on Monday.")])
    with pytest.raises(VerificationError, match=r"0009-sneaky\.jsonl:1"):
        add_batch(seed_copy, "phi", src, load_private_key(DEMO_LEAD))


def test_add_refuses_non_lead_key(seed_copy: Path, tmp_path: Path, cli) -> None:
    src = _write(tmp_path / "new.jsonl", [_phi("Bob Smith called on Monday.")])
    key = REPO / "keys" / "demo" / "DEMO-ONLY-release-engineer.key"
    res = cli("goldset", "add", "phi", src, "--key", key, "--goldsets", seed_copy)
    assert res.code == 2
    assert "role 'release-engineer'" in res.text


# --- keys new ----------------------------------------------------------------------------------


def test_keys_new_writes_0600_and_refuses_repo_paths(tmp_path: Path, cli) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    res = cli("keys", "new", "alice", "--role", "clinical-lead", "--out", repo / "alice.key")
    assert res.code == 2
    assert "inside the git repository" in res.text
    assert not (repo / "alice.key").exists()
    res = cli("keys", "new", "alice", "--role", "clinical-lead", "--out", tmp_path / "a.key")
    assert res.code == 0, res.text
    assert stat.S_IMODE((tmp_path / "a.key").stat().st_mode) == 0o600
    key = load_private_key(tmp_path / "a.key")
    assert (key.name, key.demo, key.role) == ("alice", False, "clinical-lead")
    res = cli("keys", "new", "bob", "--role", "nurse", "--out", tmp_path / "b.key")
    assert res.code == 2
    assert "unknown role 'nurse'" in res.text


# --- round trip in a real git repository -------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    out = subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)
    return out.stdout.decode().strip()


def test_round_trip_with_git(tmp_path: Path, cli) -> None:
    repo = tmp_path / "repo"
    gs = repo / "goldsets"
    gs.mkdir(parents=True)
    _git(repo, "init", "-q")
    key = tmp_path / "keys" / "lead.key"
    res = cli(
        "keys",
        "new",
        "dr-lead",
        "--role",
        "clinical-lead",
        "--out",
        key,
        "--signers",
        gs / "allowed_signers.yaml",
    )
    assert res.code == 0, res.text

    first = _write(
        tmp_path / "first.jsonl",
        [_phi("Ann Lee rang about her inhaler."), _phi("Bo Chan asked for a sick note.")],
    )
    assert cli("goldset", "add", "phi", first, "--key", key, "--goldsets", gs).code == 0
    res = cli("goldset", "verify", "--goldsets", gs)
    assert res.code == 0, res.text
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "first")
    first_commit = _git(repo, "rev-parse", "HEAD")

    second = _write(tmp_path / "second.jsonl", [_phi("Cy Dunn needs a repeat blood test.")])
    assert cli("goldset", "add", "phi", second, "--key", key, "--goldsets", gs).code == 0
    res = cli("goldset", "verify", "--against", first_commit, "--goldsets", gs)
    assert res.code == 0, res.text
    assert f"prefix of {first_commit}" in res.text
    loaded = load_goldset(gs)
    assert [i.id for i in loaded.items] == ["phi-0001", "phi-0002", "phi-0003"]
    assert loaded.signed and loaded.head == verify_goldset(gs).head

    # Rewrite history: rebuild the goldset from scratch with an edited first item. The new
    # chain is internally valid, so only --against can tell.
    for p in [gs / "MANIFEST.jsonl", *gs.glob("phi/*.jsonl")]:
        p.unlink()
    edited = _write(
        tmp_path / "first.jsonl",
        [_phi("Ann Lee rang about her new inhaler."), _phi("Bo Chan asked for a sick note.")],
    )
    assert cli("goldset", "add", "phi", edited, "--key", key, "--goldsets", gs).code == 0
    assert verify_goldset(gs).ok
    res = cli("goldset", "verify", "--against", first_commit, "--goldsets", gs)
    assert res.code == 1
    assert "goldsets/MANIFEST.jsonl:2: line 2 differs" in res.text
    assert "goldsets/phi/0001-first.jsonl:1 [phi-0001]: item differs" in res.text
    res = cli("goldset", "verify", "--against", "no-such-ref", "--goldsets", gs)
    assert res.code == 2


# --- concurrency -------------------------------------------------------------------------------


def test_two_concurrent_adds_lose_nothing(seed_copy: Path, tmp_path: Path) -> None:
    batches = []
    for b in range(2):
        rows = [
            _phi(f"Batch {b} note {k}: patient{b}x{k} asked about result set {b * 100 + k}")
            for k in range(30)
        ]
        batches.append(_write(tmp_path / f"b{b}.jsonl", rows))
    cmd = [sys.executable, "-c", "from harness.cli import main; main()", "goldset", "add", "phi"]
    procs = [
        subprocess.Popen(
            [*cmd, str(src), "--key", str(DEMO_LEAD), "--goldsets", str(seed_copy)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for src in batches
    ]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    report = verify_goldset(seed_copy)
    assert report.ok, report.problems
    assert report.counts["phi"] == 3 + 60
    assert len(manifest_lines(seed_copy)) == 7 + 2
    files = sorted(p.name for p in (seed_copy / "phi").glob("*.jsonl"))
    assert files[0] == "0001-seed.jsonl" and len(files) == 3


# --- speed: a content pass adds 100+ items against hundreds ------------------------------------


def test_add_120_against_500_is_fast(tmp_path: Path, cli) -> None:
    import random

    rng = random.Random(7)
    words = [f"w{n}" for n in range(3000)]
    gs = tmp_path / "goldsets"
    gs.mkdir()
    res = cli(
        "keys",
        "new",
        "lead",
        "--role",
        "clinical-lead",
        "--out",
        tmp_path / "k.key",
        "--signers",
        gs / "allowed_signers.yaml",
    )
    assert res.code == 0
    key = load_private_key(tmp_path / "k.key")

    def rows(n: int) -> list[object]:
        return [_phi("Ann " + " ".join(rng.sample(words, 40))) for _ in range(n)]

    add_batch(gs, "phi", _write(tmp_path / "a.jsonl", rows(500)), key)
    start = time.perf_counter()
    result = add_batch(gs, "phi", _write(tmp_path / "b.jsonl", rows(120)), key)
    elapsed = time.perf_counter() - start
    assert len(result.ids) == 120
    assert elapsed < 3.0, f"add of 120 against 500 took {elapsed:.2f}s"
