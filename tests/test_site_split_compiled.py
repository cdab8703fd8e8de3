"""`site_names._split` compiles each noun's pattern once and skips a noun the name does not hold:
the same (city, group) as matching every noun's pattern in turn, on names built from every noun
in several shapes and on names that hold none."""

from __future__ import annotations

import itertools
import random
import re

from summariser.grounding import site_names


def _split_by_every_pattern(name: str) -> tuple[str, str] | None:
    """The split as written before: every noun's pattern, built and matched in turn."""
    low = " ".join(name.lower().split())
    for group, nouns in site_names._groups().items():
        for noun in nouns:
            m = re.fullmatch(rf"(?:the\s+)?(?P<city>.+?)\s+{re.escape(noun)}"
                             rf"|(?:the\s+)?{re.escape(noun)}\s+(?:of\s+|in\s+)?(?P<city2>.+)", low)
            if m is not None:
                return (m.group("city") or m.group("city2")).strip(), group
    return None


def _names() -> list[str]:
    nouns = [n for group in site_names._groups().values() for n in group]
    cities = ["Brovary", "Nova Kakhovka", "Bila Tserkva", "Pivdennyi", "Staryi Oskil"]
    shapes = ["{c} {n}", "the {c} {n}", "{n} of {c}", "The {N} in {c}", "{n} {c}", "{c}  {N}", "{n}"]
    out = [s.format(c=c, n=n, N=n.upper()) for c, n, s in itertools.product(cities, nouns, shapes)]
    rng = random.Random(7)
    words = ["main", "old", "river", "north", "plant", "power", "of", "the", "in", "station", "rail", "oil"]
    out += [" ".join(rng.choice(words + cities) for _ in range(rng.randint(1, 5))) for _ in range(2000)]
    return out + ["", "   ", "a city hall", "the market", "Kyiv"]


def test_the_compiled_split_equals_matching_every_pattern() -> None:
    names = _names()
    site_names._split.cache_clear()
    differ = [n for n in names if site_names._split(n) != _split_by_every_pattern(n)]
    assert differ == []
    assert sum(site_names._split(n) is not None for n in names) > 500  # the names do hold sites


def test_a_site_name_splits_into_its_city_and_group() -> None:
    assert site_names._split("Brovary NPP") == ("brovary", "nuclear")
    assert site_names._split("the port of Nova Kakhovka") == ("nova kakhovka", "port")
    assert site_names._split("the central market") is None
