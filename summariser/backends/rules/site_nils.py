"""A nil limited to the people of the struck site is that strike's zero (dev30 A8; codebook rule 6,
ruling of 3 December): "there were no casualties among the staff", "none of the crew was hurt".
The nil is read by `articles/site_people.py` (one reader for both paths); the rules emit it as an
`implied` zero for the field it covers."""

from __future__ import annotations

from typing import Sequence

from ...articles.site_people import site_nils
from ...records import Count, Span, Support


def site_zero(field: str, text: str, windows: Sequence[tuple[int, int]]) -> Count | None:
    """0 for `field` (killed or injured) when a sentence of `windows` tells the site's people's nil."""
    for a, b in windows:
        for nil in site_nils(text, a, b):
            if nil.killed if field == "killed" else nil.injured:
                return Count(value=0, support=Support.implied,
                             evidence=Span(text=text[nil.start:nil.end], start=nil.start, end=nil.end))
    return None
