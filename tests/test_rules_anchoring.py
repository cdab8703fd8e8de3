"""Anchoring across formats, by concept (fresh sentences written for these tests, several phrasings
each): wire datelines, live-blog time stamps, posts dated by "at night", briefings that frame a
night with "between", the enemy named by its opponent, places named only in a title or a river,
vague plural quantities, weapon lists after a colon, "N of the drones over X", and tallies told
"over the past week"."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe
from summariser.records import Attack


_attacks = AttackProbe("2026-05-06")


def _names(a: Attack) -> set[str]:
    return {loc.name for loc in a.locations}


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize("dateline", [
    "LVIV, May 6 (Harbour Agency) - ",
    "LVIV, Ukraine (HA) — ",
    "LVIV, 6 May 2026 (Harbour Agency) – ",
])
def test_a_dateline_is_where_the_story_was_filed_not_the_place_hit(dateline):
    text = (f"{dateline}Russian drones hit an apartment block in Sumy overnight, wounding seven people, "
            "the regional governor said on Wednesday.")
    [a] = _attacks(text)
    assert _names(a) == {"Sumy"}
    assert (a.date.start, a.date.end) == (dt.date(2026, 5, 5), dt.date(2026, 5, 6))  # the night, not the filing day


def test_a_capitalised_dateline_never_swallows_an_ordinary_sentence():
    [a] = _attacks("Russian missiles struck Poltava on Tuesday - three people were hurt, officials said.")
    assert _names(a) == {"Poltava"}


# --------------------------------------------------------------------------- live blogs


@pytest.mark.parametrize("afternoon", [
    "A Russian missile hit a supermarket in Zhytomyr this afternoon, killing one person and injuring six.",
    "Zhytomyr was struck by a Russian missile in the afternoon; one person died and six were hurt.",
])
def test_an_afternoon_update_after_a_last_night_update_is_the_day_of_publication(afternoon):
    text = ("07:05 Overnight summary\nRussian drones damaged a warehouse in Rivne last night, the governor said.\n\n"
            f"15:20 Strike on Zhytomyr\n{afternoon}")
    recs = {next(iter(_names(a))): a for a in _attacks(text)}
    assert (recs["Rivne"].date.start, recs["Rivne"].date.end) == (dt.date(2026, 5, 5), dt.date(2026, 5, 6))
    assert (recs["Zhytomyr"].date.start, recs["Zhytomyr"].date.end) == (dt.date(2026, 5, 6), dt.date(2026, 5, 6))


# --------------------------------------------------------------------------- posts and briefings


@pytest.mark.parametrize("night", ["at night", "during the night", "in the night"])
def test_a_governors_post_at_night_is_the_night_before_it_and_the_enemy_is_the_opponent(night):
    text = (f"The enemy struck Kremenchuk with drones {night}. A warehouse caught fire. "
            "3 people were injured.")
    [a] = _attacks(text)
    assert a.attacker == "Russia" and _names(a) == {"Kremenchuk"}
    assert (a.date.start, a.date.end) == (dt.date(2026, 5, 5), dt.date(2026, 5, 6))


def test_region_wide_interceptions_stay_on_the_place_the_post_is_about():
    text = ("The occupiers attacked Nikopol with drones at night. Two houses were damaged.\n"
            "Overnight and in the evening, air defence downed 14 UAVs over the region.")
    [a] = _attacks(text)
    assert _names(a) == {"Nikopol"}
    assert [w.intercepted.value for w in a.weapons if w.intercepted] == [14]


@pytest.mark.parametrize("frame", [
    "Between 22:00 on Monday and 05:30 on Tuesday",
    "From 21:00 on Monday until 07:00 on Tuesday",
])
def test_a_briefing_frame_between_two_days_is_one_night(frame):
    text = (f"{frame}, air defence systems intercepted and destroyed 31 Ukrainian fixed-wing unmanned aerial "
            "vehicles over Russian territory, the defence ministry said.")
    [a] = _attacks(text, published="2026-05-05")
    assert (a.date.start, a.date.end) == (dt.date(2026, 5, 4), dt.date(2026, 5, 5))
    assert [w.intercepted.value for w in a.weapons if w.intercepted] == [31]


@pytest.mark.parametrize("vague", ["dozens of", "scores of", "hundreds of"])
def test_a_vague_plural_is_no_count_of_weapons(vague):
    text = f"Russia says its air defences downed {vague} Ukrainian drones over several regions overnight."
    for a in _attacks(text):
        assert not any(w.intercepted or w.launched for w in a.weapons)


@pytest.mark.parametrize("tally", [
    "Over the past week, the Russian army conducted 22 group strikes on Ukrainian energy sites.",
    "During the previous month, the army launched 40 strikes against fuel depots.",
])
def test_a_sentence_opened_by_a_period_is_a_tally_not_an_event(tally):
    assert _attacks(tally + " Odesa and Mykolaiv were among the targets.") == []


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize("title", ["governor", "mayor", "authorities"])
def test_a_place_named_only_in_an_officials_title_gives_way_to_the_town_hit(title):
    text = f"Kursk {title} said a drone hit a grain silo in the village of Glushkovo during the night."
    [a] = _attacks(text)
    assert _names(a) == {"Glushkovo"}
    assert a.locations[0].admin1 == "Kursk Oblast"


@pytest.mark.parametrize("feature", ["River", "reservoir"])
def test_a_river_named_after_a_city_is_not_that_city(feature):
    text = f"Russian artillery shelled Marhanets across the Dnipro {feature} on Friday, wounding a woman."
    [a] = _attacks(text, published="2026-05-08")
    assert _names(a) == {"Marhanets"}


def test_a_city_told_after_its_region_joins_the_regions_record():
    text = ("Ukrainian drones struck a fuel depot in Russia's Voronezh region overnight, the governor said. "
            "A storage tank close to the city of Voronezh caught fire from falling debris, he added.")
    [a] = _attacks(text)
    # one record; a region beside its one struck locality keeps the locality (codebook 1 and 3, round 18)
    assert a.attacker == "Ukraine" and _names(a) & {"Voronezh", "Voronezh Oblast"}


# --------------------------------------------------------------------------- weapon numbers


@pytest.mark.parametrize("text", [
    "Overnight the enemy attacked with 88 air attack means: 6 Kalibr cruise missiles and 82 Shahed drones, "
    "the air force said. Air defence neutralised 70 targets: 5 Kalibr and 65 drones over Kharkiv and Sumy.",
    "The enemy used 88 means of air attack overnight: 6 Kalibr cruise missiles and 82 Shahed drones. "
    "Air defence neutralised 70 targets: 5 Kalibr and 65 drones over Kharkiv and Sumy.",
])
def test_a_colon_after_a_total_opens_its_breakdown(text):
    recs = [a for a in _attacks(text) if a.locations and a.locations[0].level.value == "country"]
    assert recs, _attacks(text)
    by_type = {w.type.value: w for w in recs[0].weapons}
    assert by_type["cruise_missile"].launched.value == 6 and by_type["cruise_missile"].intercepted.value == 5
    assert by_type["drone"].launched.value == 82


@pytest.mark.parametrize("part", [
    "22 of the drones were destroyed above the Poltava region.",
    "Eleven of the drones were shot down over the Poltava region.",
])
def test_n_of_the_drones_over_a_region_is_a_share_of_the_night_on_the_regions_record(part):
    # codebook 3 (ruling of 2 December 2026): a region's share with no struck locality of the region
    # is the region's own record; the night's total stays on the country record
    text = ("Russia launched 60 drones at Ukraine overnight and air defence shot down 45 of them, "
            f"the air force said. {part}")
    recs = _attacks(text)
    assert [a.locations[0].level.value for a in recs] == ["country", "region"]
    assert recs[1].locations[0].name.startswith("Poltava")


def test_guided_bombs_counted_are_launches_of_glide_bombs():
    [a] = _attacks("Russian aircraft dropped four guided bombs on Vovchansk on Sunday, injuring two residents.",
                   published="2026-05-11")
    assert a.kind.value == "glide_bomb"
    assert [w.launched.value for w in a.weapons if w.launched] == [4]
