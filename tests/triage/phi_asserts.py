"""What a redactor hid, in the terms the PHI tests assert on: span values (after checking the
token map restores the text exactly), and which word tokens a span overlaps (the gate's rule)."""

from __future__ import annotations

import re

from pipelines.triage.redact import Redactor

_WORD = re.compile(r"\w+")


def redacted_values(redactor: Redactor, text: str) -> list[str]:
    """The text of every redacted span; fails if the token map does not round-trip."""
    red = redactor.redact(text)
    assert red.token_map.restore(red.text) == text
    return [text[s.start : s.end] for s in red.spans]


def redacted_words(redactor: Redactor, text: str) -> set[str]:
    """Word tokens of `text` that a redacted span overlaps."""
    spans = redactor.redact(text).spans
    return {
        m.group(0)
        for m in _WORD.finditer(text)
        if any(s.start < m.end() and m.start() < s.end for s in spans)
    }


def covered(redactor: Redactor, text: str, value: str) -> bool:
    """Every word token of `value` (its first occurrence in `text`) is overlapped by a span."""
    spans = redactor.redact(text).spans
    at = text.index(value)
    return all(
        any(s.start < at + m.end() and at + m.start() < s.end for s in spans)
        for m in _WORD.finditer(value)
    )
