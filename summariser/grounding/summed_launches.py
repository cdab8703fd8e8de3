"""r45 (dev67 L3): a barrage's total told after its parts, each read as launched: "127 missiles and 109
drones launched ..., together 236 missiles and drones" (236 launched: a combined total is the number
launched of the record's weapons told as one, codebook 3). The total must be the sum of the run of
launched figures right before it in its sentence, two or more of them; "109 drones, 25 of them over
the capital" sums nothing."""

from __future__ import annotations

from .context import _Context, Window
from ..records import Qualifier


def summed_launch_hits(value: int, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each mention of `value` that sums the launched figures told just before it."""
    out = []
    mentions = list(ctx.mentions)
    for i, x in enumerate(mentions):
        if x.m.value != value or x.role == "launched" or not any(a <= x.m.start and x.m.end <= b for a, b in windows):
            continue
        sentence = next(s for s in ctx.sentences if s.start <= x.m.start < s.end)
        parts = []
        for y in reversed(mentions[:i]):
            if y.m.start < sentence.start or y.role != "launched":
                break
            parts.append(y.m.value)
        if len(parts) >= 2 and sum(parts) == value:
            out.append((x.m.start, x.m.end, Qualifier.exact))
    return out
