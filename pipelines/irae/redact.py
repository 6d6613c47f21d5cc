"""Masks direct identifiers in note text before it goes to a remote provider, keeping an offset map.

Quotes the model returns from the masked text are mapped back to exact spans of the original note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("EMAIL", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")),
    ("SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("PHONE", re.compile(r"(?:\(\d{3}\)\s*|\b\d{3}[-.])\d{3}[-.]\d{4}\b")),
    ("MRN", re.compile(r"\b(?:MRN|medical record(?: number)?|MR#)[:#\s]*[A-Z]?\d{5,10}\b", re.I)),
    ("ID", re.compile(r"\b\d{7,10}\b")),
    (
        "NAME",
        re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?"),
    ),
    ("NAME", re.compile(r"(?:(?<=Patient: )|(?<=Name: ))[A-Z][a-z]+(?: [A-Z][a-z]+)+")),
)


@dataclass(frozen=True)
class Redacted:
    text: str
    original: str
    spans: tuple[tuple[int, int, int, int], ...]
    """(red_start, red_end, orig_start, orig_end) for each replaced span, in order."""

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """Map an offset in the masked text to the original; inside a mask, widen to cover it."""
        shift = 0
        for rs, re_, os_, oe in self.spans:
            if pos < rs or (end and pos == rs):
                return pos + shift
            if pos < re_:
                return oe if end else os_
            shift = oe - re_
        return pos + shift


def redact(text: str) -> Redacted:
    hits: list[tuple[int, int, str]] = []
    for label, rx in _PATTERNS:
        for m in rx.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e, _ in hits):
                hits.append((m.start(), m.end(), label))
    hits.sort()
    parts: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    pos = 0
    out_len = 0
    for s, e, label in hits:
        parts.append(text[pos:s])
        out_len += s - pos
        token = f"[{label}]"
        spans.append((out_len, out_len + len(token), s, e))
        parts.append(token)
        out_len += len(token)
        pos = e
    parts.append(text[pos:])
    return Redacted("".join(parts), text, tuple(spans))
