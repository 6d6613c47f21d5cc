"""Chunking: documented ids, size/overlap in WordPiece tokens, sentence and section boundaries."""

from __future__ import annotations

import hashlib
import itertools

import pytest

from harness.errors import InputError
from pipelines.triage.chunking import (
    ChunkingConfig,
    chunk_pathway,
    count_tokens,
    make_chunk_id,
    split_sentences,
)
from pipelines.triage.corpus import Pathway

SENTENCES = [f"Sentence number {i} talks about symptom {i} and what to do next." for i in range(40)]
BODY = (
    "# Title\n\n## Overview\n" + " ".join(SENTENCES) + "\n\n## Self-care\n- Rest.\n- Drink water.\n"
)
PATHWAY = Pathway(pathway_id="demo-path", title="Demo", text=BODY, source="test")


def test_chunk_id_is_the_documented_formula_and_stable() -> None:
    chunks = chunk_pathway(PATHWAY, ChunkingConfig())
    for c in chunks:
        expected = "chunk_" + hashlib.sha256(("demo-path" + c.text).encode()).hexdigest()[:12]
        assert c.chunk_id == expected
        assert c.chunk_id == make_chunk_id(c.pathway_id, c.text)
    again = chunk_pathway(PATHWAY, ChunkingConfig())
    assert [c.chunk_id for c in again] == [c.chunk_id for c in chunks]
    # A fixed value guards against a silent change of the formula or the text layout.
    assert make_chunk_id("p", "## Overview\nHello.") == (
        "chunk_" + hashlib.sha256(b"p## Overview\nHello.").hexdigest()[:12]
    )


def test_sections_keep_their_heading_and_never_mix() -> None:
    chunks = chunk_pathway(PATHWAY, ChunkingConfig())
    # 40 sentences of 15 tokens do not fit in one 480-token chunk: two for the Overview.
    assert [c.heading for c in chunks] == ["Overview", "Overview", "Self-care"]
    assert chunks[0].text.startswith("## Overview\nSentence number 0 ")
    assert chunks[1].text.startswith("## Overview\nSentence number ")
    assert chunks[2].text == "## Self-care\n- Rest.\n- Drink water."
    assert "Title" not in chunks[0].text


def test_size_and_overlap_in_tokens_on_sentence_boundaries() -> None:
    cfg = ChunkingConfig(size=64, overlap=20)
    chunks = [c for c in chunk_pathway(PATHWAY, cfg) if c.heading == "Overview"]
    assert len(chunks) > 5
    for c in chunks:
        assert count_tokens(c.text) <= 64
        body = c.text.removeprefix("## Overview\n")
        assert body.startswith("Sentence number ")  # starts on a sentence
        assert body.endswith("next.")  # ends on a sentence
        assert body in BODY  # a verbatim slice of the source
    for prev, nxt in itertools.pairwise(chunks):
        shared = [s for s in SENTENCES if s in prev.text and s in nxt.text]
        # Each sentence is 15 tokens: one sentence of overlap fits in 20 tokens, two do not;
        # and 4 sentences (60 tokens) + the heading (3) fill a 64-token chunk.
        assert len(shared) == 1
        assert nxt.text.removeprefix("## Overview\n").startswith(shared[0])
    assert count_tokens(chunks[0].text) == 3 + 4 * 15
    covered = " ".join(c.text for c in chunks)
    assert all(s in covered for s in SENTENCES)


def test_no_overlap_and_a_long_sentence_is_split_at_words() -> None:
    chunks = chunk_pathway(PATHWAY, ChunkingConfig(size=64, overlap=0))
    overview = [c.text.removeprefix("## Overview\n") for c in chunks if c.heading == "Overview"]
    assert " ".join(overview) == " ".join(SENTENCES)
    words = [f"alpha{i}" for i in range(150)]  # 2 tokens each
    long = Pathway("p", "T", "## Overview\n" + " ".join(words) + ".", "test")
    pieces = chunk_pathway(long, ChunkingConfig(size=50, overlap=0))
    assert all(count_tokens(c.text) <= 50 for c in pieces)
    # Greedy: each piece is full, i.e. one more word would pass the 47 tokens after the heading.
    for piece, nxt in itertools.pairwise(pieces):
        first_next = nxt.text.removeprefix("## Overview\n").split()[0]
        assert count_tokens(piece.text + " " + first_next) > 50
    assert " ".join(c.text.removeprefix("## Overview\n") for c in pieces) == " ".join(words) + "."


def test_split_sentences_spans() -> None:
    text = "First one. Second one? third stays. Fourth!\n- item one\n- item two"
    parts = [text[s:e] for s, e in split_sentences(text)]
    expected = ["First one.", "Second one? third stays.", "Fourth!", "- item one", "- item two"]
    assert parts == expected


def test_bad_config_is_input_error() -> None:
    with pytest.raises(InputError, match="overlap"):
        ChunkingConfig(size=100, overlap=100)
    with pytest.raises(InputError, match="too small"):
        ChunkingConfig(size=4, overlap=0)
