"""Count the places a transliteration fold would merge (debts18b): for each written form of every
town, region and site in the gazetteer, its key under the first fold (`translit.translit_keys`) and
under the broad one (`translit.broad_keys`); a broad key that gathers two first-fold keys of
different places merges places the first fold keeps apart. `gazetteer._broad_index` drops those
keys; this prints them.

    .venv/bin/python summariser/knowledge/tools/fold_collisions.py
"""

from __future__ import annotations

from summariser.knowledge import gazetteer
from summariser.knowledge._scan import keys
from summariser.knowledge.translit import broad_keys, translit_keys


def collisions() -> dict[tuple[str, ...], set[str]]:
    """Broad keys that would merge places the first fold keeps apart, with the places' keys."""
    first: dict[tuple[str, ...], set[str]] = {}
    broad: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for place in gazetteer.places():
        if place.level in ("city", "region", "site"):
            for written in {place.name, *place.aliases}:
                k = translit_keys(keys(written))
                first.setdefault(k, set()).add(place.key)
                broad.setdefault(broad_keys(k), set()).add(k)
    out: dict[tuple[str, ...], set[str]] = {}
    for b, ks in broad.items():
        places = set().union(*(first[k] for k in ks))
        if len(ks) > 1 and not any(first[k] == places for k in ks):  # no one first key names them all
            out[b] = places
    return out


def main() -> None:
    found = collisions()
    print(f"{len(found)} broad keys would merge places the first fold keeps apart (kept apart):")
    for b, ks in sorted(found.items()):
        named = sorted({(p.name, p.admin1 or "", p.population or 0) for k in ks if (p := gazetteer.by_key(k))})
        print("  ", " ".join(b), "<-", "; ".join(f"{n} ({a}, {pop})" for n, a, pop in named))


if __name__ == "__main__":
    main()
