"""Round 13 (dev24 D4): a summary that splits a missile total by model and gives a mixed drone total
(strike drones and decoys), then one downing list ("25 of the cruise missiles, two Iskanders and
160 drones"): the drones downed are of the combined total that names drones (codebook 9), not of
the missiles' total told first (where they were dropped as "intercepted > launched"). Fresh
sentences."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend


def _weapons(text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    article = make_article(text, published="2026-12-01")
    [a] = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return [(w.type.value, w.model, getattr(w.launched, "value", None), getattr(w.intercepted, "value", None))
            for w in a.weapons]


def _other(text: str, words: str) -> tuple[int | None, int | None]:
    return next((lau, itc) for t, m, lau, itc in _weapons(text) if t == "other" and m and words in m)


@pytest.mark.parametrize("text,words,expected", [
    ("Overnight Russia fired 33 missiles, including 27 Kh-101 cruise missiles and 6 Iskander-M ballistic missiles, "
     "and 150 strike drones and decoys of the Shahed and Gerbera types at Ukraine. Air defence shot down 21 of the "
     "cruise missiles, two Iskander-Ms and 131 drones.", "drones and decoys", (150, 131)),
    ("Overnight Russia fired 29 missiles, including 24 Kh-101 cruise missiles and five Iskander-M ballistic missiles, "
     "and 205 strike drones and decoys at Ukraine. Air defence destroyed 20 of the cruise missiles, one Iskander-M "
     "and 187 drones.", "drones and decoys", (205, 187)),
    ("Overnight Russia fired 18 missiles, including 14 Kh-101 cruise missiles and 4 Iskander-M ballistic missiles, "
     "and 96 strike drones and decoys of the Shahed and Gerbera types at Ukraine. Air defence shot down 12 of the "
     "cruise missiles, three Iskander-Ms and 80 UAVs.", "drones and decoys", (96, 80)),
])
def test_the_drones_downed_go_to_the_drone_total(text, words, expected):
    assert _other(text, words) == expected


@pytest.mark.parametrize("text,expected", [
    # no mixed drone total: the drones downed stay on the drones
    ("Overnight Russia fired 33 missiles, including 27 Kh-101 cruise missiles and 6 Iskander-M ballistic missiles, "
     "and 150 Shahed drones at Ukraine. Air defence shot down 21 of the cruise missiles, two Iskander-Ms and 131 drones.",
     ("drone", 150, 131)),
    # a combined drone total told first keeps its downing figure
    ("Russia launched 120 drones (Shahed, Gerbera) at Ukraine overnight. Air defences shot down 101 drones.",
     ("other", 120, 101)),
])
def test_other_drone_totals_are_unchanged(text, expected):
    got = [(t, lau, itc) for t, _, lau, itc in _weapons(text) if itc is not None and t in ("drone", "other")]
    assert expected in got
