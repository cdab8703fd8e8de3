"""Share of gold locations (seeds and held-out set) the gazetteer geocodes to coordinates.

    .venv/bin/python summariser/knowledge/tools/coverage.py
"""

from __future__ import annotations

import glob
import json

from summariser.knowledge import geocode

GOLD = ["evals/gold/*.json", "evals/heldout/gold/*.json"]


def main() -> None:
    total, missed = 0, []
    for path in sorted(f for pattern in GOLD for f in glob.glob(pattern)):
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        locations = [loc for a in doc.get("attacks", []) for loc in a.get("locations", [])]
        locations += [r["location"] for r in doc.get("diplomacy", []) if r.get("location")]
        for loc in locations:
            total += 1
            place = geocode(loc["name"], loc.get("admin1"), loc.get("country"), loc.get("level"))
            if place is None or place.lat is None:
                missed.append((path, loc["name"], loc.get("admin1"), loc.get("level")))
    print(f"geocoded {total - len(missed)}/{total} = {(total - len(missed)) / max(total, 1):.3f}")
    for m in missed:
        print("  unresolved:", m)


if __name__ == "__main__":
    main()
