"""Round 20 (fixer r20attacks), dev37 A1-A3: a strike told by a clause of its own. A2: a dated strike
after a leading trend clause ("X has lost half its output since March; on 2 May ..."); A1: "in that
town" / "the same city" pointing back to the last town named; A3: one verb's toll shared out over
places by ellipsis ("killed three in A and two in B"). Every sentence is written fresh for the test,
in several phrasings, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from summariser.pipeline import extract


def _attacks(text: str) -> list[tuple[list[str], str | None, dict[str, int]]]:
    out = extract(text + "\n", backend="rules", published="2025-05-14").attacks
    return [([loc.name for loc in a.locations], a.date.start.isoformat() if a.date and a.date.start else None,
             {k: getattr(a, k).value for k in ("killed", "injured") if getattr(a, k) is not None}) for a in out]


# --------------------------------------------------------------- A2: trend clause, then a dated strike

@pytest.mark.parametrize("text,place,day", [
    ("The grid has lost half its output since spring; on 2 May missiles and drones wrecked a power plant in Kharkiv.",
     "Kharkiv", "2025-05-02"),
    ("Ukraine has lost about a third of its generation since the strikes started again in March; on 6 May a barrage of "
     "missiles wrecked a substation in Odesa.", "Odesa", "2025-05-06"),
    ("Attacks on ports have doubled since July — on 9 April a missile gutted a grain terminal in Izmail.",
     "Izmail", "2025-04-09"),
    ("Refinery raids have grown more frequent in recent months; last Friday drones set a fuel depot in Sumy ablaze.",
     "Sumy", "2025-05-09"),
])
def test_a_dated_strike_after_a_trend_clause_is_a_strike(text: str, place: str, day: str) -> None:
    assert [(p, d) for p, d, _ in _attacks(text)] == [([place], day)]


@pytest.mark.parametrize("text", [
    "Strikes on the grid have grown since 11 April; hardly a night passes without one in Kharkiv.",
    "Russia has stepped up its raids on Odesa since the summer; ports are hit almost nightly.",
    "Russia has stepped up its raids on Odesa since the summer; on Monday the city council met to discuss shelters.",
])
def test_a_trend_with_no_dated_strike_stays_a_tally(text: str) -> None:
    assert _attacks(text) == []


# --------------------------------------------------------------- A1: "that town", "the same city"

@pytest.mark.parametrize("text,place", [
    ("Troops are pressing towards Kupiansk. On 3 May a glide bomb hit a market in that town, killing 12.", "Kupiansk"),
    ("Russian units are advancing near Pokrovsk. On 3 May two guided bombs struck a store in that city, "
     "killing nine people.", "Pokrovsk"),
    ("The minister spoke in Sumy on Monday; hours later drones struck a school in the same city.", "Sumy"),
    ("Fighting raged near Toretsk on Monday. Shelling wounded two residents of that town.", "Toretsk"),
])
def test_a_demonstrative_takes_the_last_town_named(text: str, place: str) -> None:
    assert [p for p, _, _ in _attacks(text)] == [[place]]


def test_no_town_named_before_leaves_the_demonstrative_alone() -> None:
    text = "Officials gave no details. On 3 May a glide bomb hit a market in that town, killing 12."
    assert all("Kupiansk" not in p for p, _, _ in _attacks(text))


# --------------------------------------------------------------- A3: tolls by place, by ellipsis

@pytest.mark.parametrize("text,expected", [
    ("Shelling on Monday killed three civilians in Kurakhove and two in the village of Hirnyk.",
     [(["Kurakhove"], {"killed": 3}), (["Hirnyk"], {"killed": 2})]),
    ("Drone strikes on Monday wounded four people in Nikopol, one in Marhanets and two more in Pokrov.",
     [(["Nikopol"], {"injured": 4}), (["Marhanets"], {"injured": 1}), (["Pokrov"], {"injured": 2})]),
    ("Russian artillery on Monday killed five people in Kostiantynivka and another two in Druzhkivka.",
     [(["Kostiantynivka"], {"killed": 5}), (["Druzhkivka"], {"killed": 2})]),
])
def test_a_toll_shared_out_by_ellipsis_is_one_record_per_place(text: str, expected: list[object]) -> None:
    assert sorted(str((p, c)) for p, _, c in _attacks(text)) == sorted(str(e) for e in expected)


@pytest.mark.parametrize("text,expected", [
    # one place, a span of time: no share
    ("Shelling killed 12 people in 24 hours in Kharkiv and its suburbs on Monday.", [(["Kharkiv"], {"killed": 12})]),
    # a part of the toll, not a second place
    ("Shelling on Monday killed three civilians in Kurakhove, two of them women.", [(["Kurakhove"], {"killed": 3})]),
])
def test_no_ellipsis_no_share(text: str, expected: list[object]) -> None:
    assert [(p, c) for p, _, c in _attacks(text)] == expected
