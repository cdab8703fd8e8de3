"""Nightly figures in the report: launched vs intercepted per night and weapon type, and
killed/injured per day, as inline SVG bar charts with the numbers in a table beside them.

The figures come from `export.daily` (reconciled events when given, else records); weapon types
are drawn side by side and never added together.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from ..export.columns import Row
from ..export.daily import TYPES, daily
from .safe import escape

BAR, GAP, HEIGHT = 10, 14, 140
TYPE_COLOURS = {"drone": "#d0342c", "decoy_drone": "#e58a84", "cruise_missile": "#2b6cb0", "ballistic_missile": "#153e75",
                "missile": "#5a8fd0", "glide_bomb": "#8a5a00", "artillery": "#6b6b6b", "other": "#9b59b6"}


def _bars(rows: list[Row], series: list[tuple[str, str, str]], title: str) -> str:
    """One group of bars per day; `series` = (column, label, colour); empty values draw nothing."""
    present = [s for s in series if any(r.get(s[0]) for r in rows)]
    if not present:
        return ""
    top = max(r.get(c) or 0 for r in rows for c, _, _ in present) or 1
    group = len(present) * BAR + GAP
    width = 60 + group * len(rows)
    parts = [f'<svg class="nightly" viewBox="0 0 {width} {HEIGHT + 40}" width="{width}" role="img" '
             f'aria-label="{escape(title)}">']
    for i, row in enumerate(rows):
        x0 = 50 + i * group
        for j, (col, label, fill) in enumerate(present):
            v = row.get(col)
            if not v:
                continue
            h = HEIGHT * v / top
            tip = f"{row['day']} · {label}: {v}"
            parts.append(f'<rect x="{x0 + j * BAR}" y="{HEIGHT - h + 10:.1f}" width="{BAR - 1}" height="{h:.1f}" '
                         f'fill="{fill}"><title>{escape(tip)}</title></rect>')
        parts.append(f'<text x="{x0}" y="{HEIGHT + 26}" class="date">{escape(str(row["day"])[5:])}</text>')
    parts.append(f'<text x="0" y="18" class="date">{top}</text></svg>')
    legend = "".join(f'<span class="legend"><span class="swatch" style="background:{c}"></span>{escape(l)}</span>'
                     for _, l, c in present)
    return f"<h3>{escape(title)}</h3><div>{legend}</div>{''.join(parts)}"


def _weapon_series(kind: str, light: bool) -> list[tuple[str, str, str]]:
    return [(f"{kind}_{t}", f"{t.replace('_', ' ')} {kind}", TYPE_COLOURS.get(t, "#777") + ("88" if light else ""))
            for t in TYPES]


def nightly_section(extractions: Sequence[Any], events: Sequence[Mapping[str, Any]] | None) -> str:
    """The charts, or "" when no dated attack carries a figure."""
    try:
        rows = daily(extractions, events)
    except ValueError:  # events not shaped like `summarise reconcile` output: the page still renders
        rows, events = daily(extractions, None), None
    weapons = [s for pair in zip(_weapon_series("launched", True), _weapon_series("intercepted", False)) for s in pair]
    charts = (_bars(rows, weapons, "Launched vs intercepted per night")
              + _bars(rows, [("killed", "killed", "#111"), ("injured", "injured", "#e6a700")], "Killed and injured per day"))
    if not charts:
        return ""
    basis = "reconciled events" if events is not None else "records (an event told twice counts twice)"
    return (f'<section class="events nightly-figures"><h2>Nightly figures</h2>'
            f'<p class="muted">From {basis}; an event counts on the day its date span ends.</p>{charts}</section>')
