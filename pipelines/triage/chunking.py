"""Split pathways into sentence-anchored chunks sized in MiniLM WordPiece tokens.

Chunks never cross a section; each starts with its section's heading line and otherwise holds a
verbatim slice of the section, so a goldset quote found in the pathway is found in a chunk.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harness.errors import InputError

if TYPE_CHECKING:
    from pipelines.triage.corpus import Corpus, Pathway

TOKENIZER_DIR = Path(__file__).resolve().parent / "retrieval" / "minilm"
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
# A sentence ends at . ! or ? followed by space and something that starts a sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9*])")
_WORD = re.compile(r"\S+")

TokenCounter = Callable[[str], int]


@dataclass(frozen=True)
class ChunkingConfig:
    """Chunk size and overlap, in tokenizer tokens (heading included)."""

    size: int = 480
    overlap: int = 80

    def __post_init__(self) -> None:
        if self.size < 16:
            raise InputError(f"chunk size {self.size} is too small; use at least 16 tokens")
        if not 0 <= self.overlap < self.size:
            raise InputError(
                f"chunk overlap {self.overlap} must be >= 0 and smaller than the size {self.size}"
            )

    @property
    def key(self) -> str:
        """Part of cache keys: a change here is a different set of chunks."""
        return f"wordpiece-minilm:size={self.size}:overlap={self.overlap}:v1"


@dataclass(frozen=True)
class Chunk:
    """A retrievable slice of one pathway."""

    chunk_id: str
    pathway_id: str
    title: str
    heading: str
    """The section heading, without the leading '#'s ('' before the first heading)."""
    text: str
    """The heading line, a newline, then a verbatim slice of the section."""
    ordinal: int
    """Position of the chunk within its pathway, from 0."""


def make_chunk_id(pathway_id: str, text: str) -> str:
    """The documented id: 'chunk_' + the first 12 hex digits of sha256(pathway_id + text)."""
    return "chunk_" + hashlib.sha256((pathway_id + text).encode()).hexdigest()[:12]


@cache
def _tokenizer() -> Any:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(TOKENIZER_DIR / "tokenizer.json"))
    # The exported file pads and truncates at 128; counting needs neither.
    tok.no_padding()
    tok.no_truncation()
    return tok


_TOKENIZER_LOCK = threading.Lock()


def count_tokens(text: str) -> int:
    """WordPiece tokens of `text` (no [CLS]/[SEP]) with the MiniLM tokenizer."""
    with _TOKENIZER_LOCK:
        return len(_tokenizer().encode(text, add_special_tokens=False).ids)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in `text`: line breaks and sentence ends split."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        cut = start
        for m in _SENTENCE_END.finditer(line):
            spans.append((cut, start + m.start()))
            cut = start + m.end()
        spans.append((cut, start + len(line.rstrip())))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            out.append((s, e))
    return out


@dataclass(frozen=True)
class _Section:
    heading_line: str
    heading: str
    body: str


def sections(text: str) -> list[_Section]:
    """Markdown sections: the heading line and the text up to the next heading."""
    out: list[_Section] = []
    heading_line, heading = "", ""
    lines: list[str] = []
    for line in text.splitlines(keepends=True):
        m = _HEADING.match(line.rstrip("\r\n"))
        if m:
            out.append(_Section(heading_line, heading, "".join(lines)))
            heading_line, heading = line.rstrip("\r\n"), m.group(2).strip()
            lines = []
        else:
            lines.append(line)
    out.append(_Section(heading_line, heading, "".join(lines)))
    return [s for s in out if s.body.strip()]


def chunk_pathway(
    pathway: Pathway, config: ChunkingConfig, counter: TokenCounter = count_tokens
) -> list[Chunk]:
    """Chunks of one pathway, in document order, duplicates removed."""
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for section in sections(pathway.text):
        prefix = section.heading_line + "\n" if section.heading_line else ""
        budget = max(8, config.size - (counter(prefix) if prefix else 0))
        for s, e in _pack(section.body, budget, config.overlap, counter):
            text = prefix + section.body[s:e]
            cid = make_chunk_id(pathway.pathway_id, text)
            if cid in seen:
                continue
            seen.add(cid)
            chunks.append(
                Chunk(cid, pathway.pathway_id, pathway.title, section.heading, text, len(chunks))
            )
    return chunks


def chunk_corpus(
    corpus: Corpus | Iterable[Pathway],
    config: ChunkingConfig | None = None,
    counter: TokenCounter = count_tokens,
) -> list[Chunk]:
    """Chunks of every pathway, in corpus (id) order."""
    pathways = corpus.pathways if hasattr(corpus, "pathways") else tuple(corpus)
    cfg = config or ChunkingConfig()
    return [c for p in pathways for c in chunk_pathway(p, cfg, counter)]


def _pack(body: str, budget: int, overlap: int, counter: TokenCounter) -> list[tuple[int, int]]:
    """Greedy sentence packing: each window <= budget tokens; the next window starts with the
    trailing sentences of the previous one that fit in `overlap` tokens."""
    units: list[tuple[int, int, int]] = []
    for s, e in split_sentences(body):
        n = counter(body[s:e])
        if n <= budget:
            units.append((s, e, n))
        else:
            units.extend(_split_long(body, s, e, budget, counter))
    windows = []
    i = 0
    while i < len(units):
        j, total = i, 0
        while j < len(units) and (j == i or total + units[j][2] <= budget):
            total += units[j][2]
            j += 1
        windows.append((units[i][0], units[j - 1][1]))
        if j >= len(units):
            break
        k, carried = j, 0
        while k - 1 > i and carried + units[k - 1][2] <= overlap:
            carried += units[k - 1][2]
            k -= 1
        i = k
    return windows


def _split_long(
    body: str, start: int, end: int, budget: int, counter: TokenCounter
) -> list[tuple[int, int, int]]:
    """A sentence longer than the budget, cut at word boundaries into pieces that fit."""
    words = [(start + m.start(), start + m.end()) for m in _WORD.finditer(body[start:end])]
    pieces: list[tuple[int, int, int]] = []
    i = 0
    while i < len(words):
        j, n = i + 1, counter(body[words[i][0] : words[i][1]])
        while j < len(words):
            m = counter(body[words[i][0] : words[j][1]])
            if m > budget:
                break
            j, n = j + 1, m
        pieces.append((words[i][0], words[j - 1][1], n))
        i = j
    return pieces


def chunk_lengths(chunks: Sequence[Chunk], counter: TokenCounter = count_tokens) -> list[int]:
    """Token counts of chunk texts (for tests and the benchmark's summary)."""
    return [counter(c.text) for c in chunks]
