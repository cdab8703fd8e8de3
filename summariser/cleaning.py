"""Boilerplate removal (placeholder: a helper replaces this with general patterns)."""

from __future__ import annotations

from .records import RemovedSpan


def clean(raw: str) -> tuple[str, list[RemovedSpan]]:
    """Return (cleaned text, removed spans with offsets into `raw`)."""
    text = raw.replace("\r\n", "\n").strip()
    return text, []
