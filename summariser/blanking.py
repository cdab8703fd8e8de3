"""Blanking parts of a text with spaces: the text keeps its length, so every offset into it still
holds (an injected instruction, an aside or an earlier event's clause read as if not there)."""

from __future__ import annotations

from typing import Iterable


def blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with each (start, end) span replaced by as many spaces."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
