"""The gazetteer's place finder on growing text: seconds and microseconds per kilobyte.

    .venv/bin/python benchmarks/bench_places.py [--sizes 200 800 4000 8000] [--runs 3]

The text is one ~170-character sentence of strikes and regions repeated N times. The finder is
one pass over the tokens, so microseconds per kilobyte should stay about flat as N grows (the unit
test `test_find_places_does_work_in_proportion_to_the_text` checks the lines it runs, not time).
Each size reports the fastest of --runs runs: a busy machine's pauses only ever add time.
"""

from __future__ import annotations

import argparse
import time

from common import add_repo_to_path, print_header, print_table

UNIT = ("Overnight strikes hit a depot near Shostka in the Sumy region and a warehouse in Brovary; "
        "air defences downed drones over the Bryansk, Kursk and Belgorod regions. ")


def fastest(find, text: str, runs: int) -> tuple[int, float]:
    best, found = float("inf"), 0
    for _ in range(runs):
        t0 = time.perf_counter()
        found = len(find(text))
        best = min(best, time.perf_counter() - t0)
    return found, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 800, 4000, 8000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    add_repo_to_path()
    from summariser.knowledge import find_places

    print_header("find_places on repeated text")
    find_places(UNIT)  # the gazetteer loads once; not part of any size's time
    rows = []
    for n in args.sizes:
        text = UNIT * n
        found, seconds = fastest(find_places, text, args.runs)
        rows.append([f"{len(text) / 1e6:.2f} MB", found, f"{seconds:.3f}", f"{seconds * 1e6 / (len(text) / 1e3):.1f}"])
    print_table("fastest run per size", ["text", "places", "seconds", "µs per kB"], rows)


if __name__ == "__main__":
    main()
