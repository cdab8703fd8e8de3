"""Grounding (placeholder: replaced by the real implementation)."""

from __future__ import annotations


def enforce(result, article):
    return result
