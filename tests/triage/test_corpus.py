"""Corpus loading: Markdown with front matter, JSONL, and the errors that name the file/field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.errors import InputError
from pipelines.triage.corpus import corpus_hash, load_corpus

GOOD = """---
pathway_id: {pid}
title: {title}
acuity: 1-self-care
routing: clear
red_flags: [fever over 39]
keywords: [sore throat, 988]
---
# {title}

## Overview
A sore throat is common. It usually clears in a week.

## Self-care
- Drink warm fluids.
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_folder_loads_in_id_order(tmp_path: Path) -> None:
    _write(tmp_path, "b.md", GOOD.format(pid="zeta", title="Zeta"))
    _write(tmp_path, "a.md", GOOD.format(pid="alpha", title="Alpha"))
    _write(tmp_path, "README.md", "no front matter here, and it is skipped")
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ["alpha", "zeta"]
    alpha = corpus.get("alpha")
    assert alpha.title == "Alpha"
    assert alpha.acuity == "1-self-care"
    assert alpha.routing == "clear"
    assert alpha.red_flags == ("fever over 39",)
    # YAML reads 988 as a number; it is kept as the keyword "988".
    assert alpha.keywords == ("sore throat", "988")
    assert alpha.text.startswith("# Alpha\n\n## Overview\n")
    assert len(corpus.sha256) == 64


def test_missing_pathway_id_names_the_file(tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.md", GOOD.format(pid="x", title="T").replace("pathway_id: x\n", ""))
    with pytest.raises(InputError) as err:
        load_corpus(tmp_path)
    assert str(bad) in str(err.value)
    assert "pathway_id" in str(err.value)


def test_missing_title_and_bad_acuity_name_the_field(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", GOOD.format(pid="a", title="T").replace("title: T\n", ""))
    with pytest.raises(InputError, match=r"a\.md: missing field 'title'"):
        load_corpus(tmp_path)
    _write(tmp_path, "a.md", GOOD.format(pid="a", title="T").replace("1-self-care", "urgent"))
    with pytest.raises(InputError, match=r"a\.md: field 'acuity'"):
        load_corpus(tmp_path)


def test_no_front_matter_and_duplicate_ids(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "## Overview\nNo front matter.\n")
    with pytest.raises(InputError, match=r"a\.md: no YAML front matter"):
        load_corpus(tmp_path)
    _write(tmp_path, "a.md", GOOD.format(pid="same", title="A"))
    _write(tmp_path, "b.md", GOOD.format(pid="same", title="B"))
    with pytest.raises(InputError, match="already used"):
        load_corpus(tmp_path)


def test_jsonl_loads_and_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    rows = [
        {"pathway_id": "p2", "title": "Two", "text": "## Overview\nSecond."},
        {"pathway_id": "p1", "title": "One", "text": "## Overview\nFirst."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    corpus = load_corpus(path)
    assert corpus.ids == ["p1", "p2"]
    assert corpus.get("p1").text == "## Overview\nFirst."

    path.write_text(json.dumps(rows[0]) + "\n" + json.dumps({"title": "x", "text": "y"}) + "\n")
    with pytest.raises(InputError, match=r"c\.jsonl:2: missing field 'pathway_id'"):
        load_corpus(path)
    path.write_text(json.dumps({"pathway_id": "p", "title": "x"}) + "\n")
    with pytest.raises(InputError, match=r"c\.jsonl:1: missing field 'text'"):
        load_corpus(path)


def test_missing_path_and_wrong_kind(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_corpus(tmp_path / "nope")
    other = _write(tmp_path, "corpus.csv", "a,b")
    with pytest.raises(InputError, match="expected a folder"):
        load_corpus(other)


def test_hash_is_order_free_and_content_sensitive(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", GOOD.format(pid="alpha", title="Alpha"))
    _write(tmp_path, "b.md", GOOD.format(pid="beta", title="Beta"))
    corpus = load_corpus(tmp_path)
    assert corpus_hash(reversed(corpus.pathways)) == corpus.sha256
    _write(tmp_path, "b.md", GOOD.format(pid="beta", title="Beta").replace("week", "fortnight"))
    assert load_corpus(tmp_path).sha256 != corpus.sha256
