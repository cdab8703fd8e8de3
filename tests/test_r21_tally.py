"""Round 21 (fixer r21tally): tallies, breakdowns and tolls that belong to another record.

dev39 A1: a region's launched/downed tally told after the lead on its one struck city ("sent 24 drones
towards the region", "launched 12 drones at the X region", tolls told after it) joins that city's record
(codebook 3). dev40 A1: a launch place told as a noun with a copula ("whose launch point was in the X
region") is no hit place, so a by-type breakdown folds into the night's record. dev40 A3: a region's
share told "Of the N downed, M were over the X region" is the region's, and stays on the one town of
the region when only one is told. dev40 A6: a country-scope toll ("across the country", "nationwide")
after a wave and one of its hits is the country's record with the wave's weapons; an earlier event's
relative clause (", which struck X") stays with that event. Every sentence is written fresh for the
test, in several phrasings, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from summariser.pipeline import extract

Row = tuple[str | None, str, list[str], str | None, list[tuple[str, int | None, int | None]], dict[str, int]]


def _attacks(text: str) -> list[Row]:
    out = extract(text + "\n", backend="rules", published="2025-05-14").attacks
    return [(a.attacker, a.kind.value, [loc.name for loc in a.locations],
             a.date.start.isoformat() if a.date and a.date.start else None,
             [(w.type.value, w.launched.value if w.launched else None, w.intercepted.value if w.intercepted else None)
              for w in a.weapons],
             {k: getattr(a, k).value for k in ("killed", "injured") if getattr(a, k) is not None}) for a in out]


def _places(text: str) -> list[list[str]]:
    return [r[2] for r in _attacks(text)]


# ------------------------------------------------- dev40 A1: a launch place told with a copula

_NIGHT = "Russia attacked Ukraine overnight with 60 drones and four missiles, the air force said. "


@pytest.mark.parametrize("middle", [
    "Broken down, Russia deployed 60 Shahed drones and four Iskanders, whose launch point was in the Kursk region.",
    "The launch area of the missiles was near Bryansk, the statement added.",
    "The drones came from the south, while the firing positions of the missiles were in the Belgorod region.",
])
def test_a_launch_place_told_with_a_copula_is_no_target(middle: str) -> None:
    rows = _attacks(_NIGHT + middle + " Air defence shot down 41 drones.")
    assert [(r[0], r[2]) for r in rows] == [("Russia", ["Ukraine"])]
    assert ("drone", 60, 41) in [(t, n, i) for t, n, i in rows[0][4] if t == "drone"]


@pytest.mark.parametrize("text,place", [
    ("Ukrainian drones struck an air base in the Kursk region overnight; it had served as a launch point "
     "for glide bombs, the General Staff said.", "Kursk Oblast"),
    ("Ukrainian drones struck a launch site, and a fuel depot in the Belgorod region was set ablaze overnight, "
     "the governor said.", "Belgorod Oblast"),
])
def test_a_launch_site_that_was_hit_stays_a_target(text: str, place: str) -> None:
    assert [(r[0], r[2]) for r in _attacks(text)] == [("Ukraine", [place])]


def test_launch_sites_hit_later_are_a_strike_of_their_own() -> None:
    rows = _attacks(_NIGHT + "The launch sites were hit by Ukrainian drones in the Kursk region on Tuesday, the General Staff said.")
    assert ("Ukraine", ["Kursk Oblast"]) in [(r[0], r[2]) for r in rows]


# ------------------------------------------------- dev39 A1: the region's tally joins its one struck city

@pytest.mark.parametrize("text,city,weapons,tolls", [
    ("Russian drones struck an oil depot in Mykolaiv overnight, injuring three people.\n\n"
     "Overnight the enemy launched 24 Shahed drones towards the region; 17 of them were destroyed, the air force said.",
     "Mykolaiv", [("drone", 24, 17)], {"injured": 3}),
    ("A Russian missile hit a school in Kharkiv early on Tuesday, killing two people, officials said.\n\n"
     "The air force said Russia launched 12 drones and two S-300 missiles at the Kharkiv region. Nine drones were shot "
     "down, it said. The regional governor put the number of injured at seven.",
     "Kharkiv", [("missile", 2, None), ("drone", 12, 9)], {"killed": 2, "injured": 7}),
    ("Overnight Russian drones set fire to a warehouse in Izmail, the regional administration said.\n\n"
     "The enemy fired 30 Shaheds and three cruise missiles towards the oblast, officials said; 22 drones were downed.",
     "Izmail", [("drone", 30, 22), ("cruise_missile", 3, None)], {}),
])
def test_a_region_tally_joins_its_one_struck_city(text: str, city: str, weapons: list[tuple[str, int, int | None]],
                                                  tolls: dict[str, int]) -> None:
    rows = _attacks(text)
    assert [r[2] for r in rows] == [[city]]
    assert sorted(rows[0][4]) == sorted(weapons)
    assert rows[0][5] == tolls


def test_two_strikes_in_the_region_keep_the_tally_apart() -> None:
    # (r27: both strikes of the night; an afternoon strike after the night is another time, no second town of it)
    text = ("Drones hit Odesa overnight, injuring two people, the governor said. During the same night, a drone struck a "
            "farm near Izmail, wounding a tractor driver.\n\n"
            "The air force said Russia launched 20 drones at the Odesa region, 15 of which were shot down.")
    rows = _attacks(text)
    assert ["Odesa Oblast"] in [r[2] for r in rows]
    assert next(r for r in rows if r[2] == ["Odesa"])[4] == [("drone", None, None)]


def test_drones_sent_towards_a_front_line_are_no_figure_of_the_city() -> None:
    text = ("Russian drones struck an oil depot in Mykolaiv overnight, injuring three people, the mayor said.\n\n"
            "Separately, the army said on Tuesday that Russian forces had sent 40 drones towards the front line near "
            "Bakhmut over the past week.")
    assert [(r[2], r[4]) for r in _attacks(text)] == [(["Mykolaiv"], [("drone", None, None)])]


# ------------------------------------------------- dev40 A3: a region's share of a national tally

@pytest.mark.parametrize("text,region,share", [
    ("Ukrainian drones set a warehouse on fire in Belgorod overnight, and a car burned in Shebekino, the governor said.\n\n"
     "Of the 38 drones destroyed overnight, 12 were over the Belgorod region, the defence ministry said.",
     "Belgorod Oblast", 12),
    ("Ukrainian drones set a warehouse on fire in Kursk overnight, and a shed burned in Kurchatov, the governor said.\n\n"
     "Of the 60 drones downed in the night, 22 were over the Kursk region, according to the ministry.",
     "Kursk Oblast", 22),
    ("Ukrainian drones set a warehouse on fire in Kursk overnight, and a shed burned in Kurchatov, the governor said.\n\n"
     "The defence ministry said 60 drones were downed overnight, 22 of them over the Kursk region.",
     "Kursk Oblast", 22),
])
def test_a_share_over_a_region_of_two_struck_towns_is_the_regions(text: str, region: str, share: int) -> None:
    rows = _attacks(text)
    shares = [r[4] for r in rows if r[2] == [region]]
    assert shares == [[("drone", None, share)]]
    assert not any(r[2] == [region] and r[4][0][2] != share for r in rows)


def test_a_share_over_the_region_of_one_struck_town_stays_the_towns() -> None:
    text = ("Ukrainian drones set a warehouse on fire in Kursk overnight, the governor said.\n\n"
            "The defence ministry said 60 drones were downed overnight, 22 of them over the Kursk region.")
    rows = _attacks(text)
    assert (["Kursk"], [("drone", None, 22)]) in [(r[2], r[4]) for r in rows]
    assert ["Kursk Oblast"] not in [r[2] for r in rows]


# ------------------------------------------------- dev40 A6: a country toll after the wave's local hit

@pytest.mark.parametrize("text,city,day,kind,killed", [
    ("European ministers met in Rome on Wednesday to discuss reconstruction aid.\n\n"
     "The talks came a day after a Russian drone and missile barrage on Ukrainian cities, which damaged a maternity ward "
     "in Dnipro. More than 30 people were killed nationwide on Tuesday, officials said.",
     "Dnipro", "2025-05-13", "drone_and_missile", 30),
    ("Defence ministers agreed a new training mission on Wednesday.\n\n"
     "The meeting opened hours after a Russian missile attack, which hit a school in Zaporizhzhia. At least 12 people "
     "were killed across Ukraine on Tuesday, emergency services said.",
     "Zaporizhzhia", "2025-05-13", "missile_strike", 12),
    ("The sanctions package was adopted two days after a Russian missile strike on Ukrainian towns, which destroyed a "
     "shopping centre in Kremenchuk. Throughout the country, 21 people were killed on Monday, the interior ministry said.",
     "Kremenchuk", "2025-05-12", "missile_strike", 21),
])
def test_a_country_toll_after_the_waves_hit_is_the_countrys(text: str, city: str, day: str, kind: str, killed: int) -> None:
    rows = {r[2][0] if r[2] else None: r for r in _attacks(text)}
    assert set(rows) == {city, "Ukraine"}
    assert (rows[city][1], rows[city][3], rows[city][5]) == (kind, day, {})
    assert (rows["Ukraine"][1], rows["Ukraine"][3], rows["Ukraine"][5]) == (kind, day, {"killed": killed})


def test_a_toll_of_the_lone_city_told_without_a_country_scope_stays_the_citys() -> None:
    text = "The president condemned the attack on Kyiv. Overnight Russia fired 40 drones at the capital of Ukraine; two people were killed."
    assert [(r[2], r[5]) for r in _attacks(text)] == [(["Kyiv"], {"killed": 2})]


def test_a_country_toll_of_another_attack_lends_nothing() -> None:
    text = ("A Russian missile hit a school in Zaporizhzhia on Tuesday, killing three people, the governor said.\n\n"
            "Rescuers worked through the night. Across the country, at least 12 were killed in shelling over the past "
            "day, the prosecutor general said.")
    rows = _attacks(text)
    assert (["Zaporizhzhia"], "missile_strike", {"killed": 3}) in [(r[2], r[1], r[5]) for r in rows]
    assert all(r[1] != "missile_strike" for r in rows if r[2] != ["Zaporizhzhia"])


def test_an_earlier_strikes_relative_clause_is_that_strikes() -> None:
    text = "A drone hit a school in Sumy on Tuesday, hours after a Russian missile strike on Kharkiv, which killed four people."
    rows = {r[2][0]: r for r in _attacks(text)}
    assert rows["Sumy"][5] == {} and rows["Kharkiv"][5] == {"killed": 4}
