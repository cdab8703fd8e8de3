"""A launch figure told as a row of a table in prose: "Attack drones - 142 (118 of them downed)",
"cruise missiles: 12, of which 9 were destroyed". The row has no launch verb; its weapon label,
its figure and the downed share after the figure make the figure the count launched, as
`rules/weapon_labels.py` reads it (both through `lexicon.weapon_rows`). `counts.count_support`
falls back on `row_launch_hits` when no cue reads the value."""

from __future__ import annotations

from typing import Sequence

from ..lexicon.weapons import weapon_rows
from ..numbers import NumberMention
from .context import Window, _Context


def row_launch_hits(value: int, ctx: _Context, windows: Sequence[Window]) -> list[NumberMention]:
    """The row figures equal to `value` inside `windows` (launched: the figure before the share)."""
    out = []
    for a, b in windows:
        for m, _wtype, _model in weapon_rows(ctx.grounded, a, b):
            x = next((x.m for x in ctx.mentions if x.m.start == m.start("n1")), None)
            if x is not None and x.value == value and x.end <= b:
                out.append(x)
    return out
