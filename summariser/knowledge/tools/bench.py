"""Time the knowledge layer: loading, `find_places` / `find_actors` on a 1 MB text, `lookup`.

    .venv/bin/python summariser/knowledge/tools/bench.py
"""

from __future__ import annotations

import time
from typing import Callable, TypeVar

from summariser.knowledge import actors, find_actors, find_places, gazetteer, lookup

UNIT = ("Overnight, drones struck an energy facility near Shostka in the Sumy region, the regional governor "
        "said, while debris fell on a warehouse in Brovary outside Kyiv. Russia's defence ministry claimed its air "
        "defences downed 41 drones over the Bryansk, Kursk and Belgorod regions. Turkey's foreign minister Hakan "
        "Fidan spoke with Sergei Lavrov before talks in Istanbul. ")


T = TypeVar("T")


def _timed(label: str, fn: Callable[[], T]) -> T:
    """Wall and CPU seconds: on a shared machine the CPU time is the figure to compare."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    print(f"{label}: {time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s CPU")
    return out


def main() -> None:
    _timed("load both tables", lambda: (gazetteer._index(), actors._index()))
    text = (UNIT * (1_000_000 // len(UNIT) + 1))[:1_000_000]
    places = _timed("find_places, 1 MB", lambda: find_places(text))
    found = _timed("find_actors, 1 MB", lambda: find_actors(text))
    print(f"  ({len(places)} place mentions, {len(found)} actor mentions)")
    forms = ["Kyiv, Ukraine", "Sumy Oblast", "the Odesa region", "Kharkov", "Belgorod Oblast, Russia"] * 2000
    t = time.perf_counter()
    for f in forms:
        lookup.__wrapped__(f)  # past the cache
    print(f"lookup: {(time.perf_counter() - t) / len(forms) * 1e6:.0f} µs per call (uncached forms)")


if __name__ == "__main__":
    main()
