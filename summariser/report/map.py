"""The report's map: an inline SVG of Ukraine and the bordering Russian regions with one point
per event-location, area by toll, each linked to its record card.

The outline is a package file (`assets/outline.json`, coarse hand-drawn polygons); no tiles, no
network. Points come from the export layer's event-locations (the same geocoding as
`summarise export`; a sibling import: both sit above the gazetteer). Places outside the frame
are listed under the map, still linked.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Callable, Sequence, TypedDict

from ..export.columns import Row
from ..export.tables import build
from ..records import Extraction
from .safe import escape
from .values import TYPE_COLOURS

WIDTH = 720


class Frame(TypedDict):
    lon: list[float]  # [west, east]
    lat: list[float]  # [south, north]


class Shape(TypedDict):
    name: str
    country: str
    points: list[tuple[float, float]]  # (lon, lat)


class Outline(TypedDict):
    """assets/outline.json."""

    frame: Frame
    shapes: list[Shape]


@lru_cache(maxsize=1)
def outline() -> Outline:
    text = resources.files(__package__).joinpath("assets").joinpath("outline.json").read_text(encoding="utf-8")
    data: Outline = json.loads(text)
    return data


def _projection(width: int = WIDTH) -> tuple[Callable[[float, float], tuple[float, float]],
                                             Callable[[float, float], bool], float]:
    """Equirectangular, stretched by cos(mid-latitude) so shapes keep their proportions here."""
    frame = outline()["frame"]
    (x0, x1), (y0, y1) = frame["lon"], frame["lat"]
    k = math.cos(math.radians((y0 + y1) / 2))
    scale = width / ((x1 - x0) * k)
    height = (y1 - y0) * scale

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - x0) * k * scale, (y1 - lat) * scale

    def inside(lon: float, lat: float) -> bool:
        return x0 <= lon <= x1 and y0 <= lat <= y1

    return xy, inside, height


def _toll(row: Row) -> int:
    return sum(row[n] or 0 for n in ("killed", "injured")) if row["tolls_on_row"] else 0


def map_section(extractions: Sequence[Extraction]) -> str:
    """The map of every resolved event-location of `extractions` (article i's cards are r{i}...)."""
    index: dict[str, int] = {}
    for i, ext in enumerate(extractions):
        index.setdefault(ext.article.id, i)
    rows = [r for r in build(extractions)["locations"] if r["resolved"]]
    if not rows:
        return ""
    xy, inside, height = _projection()
    shapes = "".join(
        f'<polygon class="land {escape(s["country"].lower())}" points="'
        + " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(*p) for p in s["points"]))
        + f'"><title>{escape(s["name"])}</title></polygon>' for s in outline()["shapes"])
    dots, away = [], []
    for r in sorted(rows, key=lambda r: -_toll(r)):  # big circles first, small ones stay clickable
        key = f"r{index[r['article_id']]}{r['record_type'][:1]}{r['record_index']}"
        tip = escape(f"{r['location']} · {r['kind']} · {r['date_start'] or 'undated'} · "
                     f"killed+injured {_toll(r)} · precision {r['geo_precision']}")
        if not inside(r["lon"], r["lat"]):
            away.append(f'<a href="#{key}" title="{tip}">{escape(r["location"])}</a>')
            continue
        x, y = xy(r["lon"], r["lat"])
        radius = 4 + 2.5 * math.sqrt(_toll(r))
        dots.append(f'<a href="#{key}"><circle class="pt" cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" '
                    f'fill="{TYPE_COLOURS.get(r["record_type"], "#777")}" fill-opacity="0.75" stroke="#fff" '
                    f'data-card="{key}"><title>{tip}</title></circle></a>')
    svg = (f'<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" width="{WIDTH}" '
           f'height="{height:.0f}" role="img" aria-label="Map of event-locations">'
           f'<rect width="{WIDTH}" height="{height:.0f}" fill="#eef3f7"/><g fill="#fbfaf6" stroke="#8a8f98" '
           f'stroke-width="1">{shapes}</g>{"".join(dots)}</svg>')
    note = f'<p class="muted">Outside the map: {", ".join(away)}</p>' if away else ""
    return (f'<section class="map-wrap"><h2>Map ({len(rows)} event-location(s))</h2>{svg}'
            f'<p class="muted">Circle area ∝ killed + injured of the record (drawn at its first place); '
            f"outlines are coarse. Click a point for its record.</p>{note}</section>")
