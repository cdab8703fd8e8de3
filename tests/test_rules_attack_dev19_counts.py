"""Attack rules for the count and value classes an analyst found on the unseen set dev19 (issue 13:
B10 and the rules side of A3, B9, B8, a part of a total told by "including", the "known to have
died" family), written as concepts of war reporting (word families, both orders, bullets and
inline lists) and tested with sentences written for these tests (none from seeds/ or evals/),
several phrasings each, with negatives that must not change. Published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, attacks_of, count_value as _value
from summariser.records import Attack, WeaponType

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


def _figures(attack: Attack) -> dict[str, tuple[int | None, int | None]]:
    """(launched, intercepted) of each precise weapon type of the record."""
    return {w.type.value: (_value(w.launched), _value(w.intercepted)) for w in attack.weapons
            if w.type is not WeaponType.other}
_one = _attacks.one


# --------------------------------------------------------------------------- B10 + A3: a tally's bullets

_LEAD = "Air Force: most targets neutralised overnight\n\nRussia attacked Ukraine overnight with drones and missiles, the Air Force said.\n\n"


@pytest.mark.parametrize("body, expected", [
    # "used N means of air attack, namely:" + items with their own launch origin; downing header with a verb pair
    ("On the night of 4 March, the enemy used 70 means of air attack, namely:\n"
     "- 60 Shahed-type attack drones launched from the Kursk and Oryol regions;\n"
     "- 8 Kh-555 cruise missiles fired by Tu-160 long-range jets above the Volgograd region;\n"
     "- 2 Iskander-M ballistic missiles from the Bryansk region.\n\n"
     "As of 09:00, air defence shot down or jammed 55 targets:\n"
     "- 49 Shahed-type attack drones;\n- all but two of the 8 Kh-555 missiles;\n- not one of the 2 Iskander-M missiles.",
     {"drone": (60, 49), "cruise_missile": (8, 6), "ballistic_missile": (2, 0)}),
    # "In total, the enemy sent N ..., as follows:"; "every one except K of the M"; "none of the"
    ("In total, the enemy sent 41 air attack weapons against Ukraine overnight, as follows:\n"
     "• 30 Geran-2 drones from the directions of Millerovo and Primorsko-Akhtarsk;\n"
     "• 9 Kalibr cruise missiles fired from the Black Sea;\n"
     "• 2 Kinzhal missiles released by MiG-31K jets over the Tambov region.\n\n"
     "Air defence destroyed or suppressed the following:\n"
     "• 27 Geran-2 drones;\n• every one except one of the 9 Kalibr missiles;\n• none of the Kinzhal missiles.",
     {"drone": (30, 27), "cruise_missile": (9, 8), "ballistic_missile": (2, 0)}),
    # numbered items; "all save K of its M"; "not a single <model>"
    ("Overnight the enemy launched 37 aerial weapons:\n"
     "1) 25 Shahed drones launched from the area of Kursk;\n"
     "2) 10 Kh-59 guided missiles fired from Su-34 aircraft above the Belgorod region;\n"
     "3) 2 Iskander-M missiles.\n\n"
     "Intercepted and neutralised by morning:\n"
     "1) 21 Shahed drones;\n2) all save three of the 10 Kh-59 missiles;\n3) not a single Iskander-M.",
     {"drone": (25, 21), "cruise_missile": (10, 7), "ballistic_missile": (2, 0)}),
    # "deployed ... including:"; "all except 4 of the 30"
    ("The enemy deployed 44 air attack assets against Ukraine overnight, including:\n"
     "- 30 attack UAVs launched from the occupied Crimea;\n"
     "- 14 Kh-555 missiles, fired by Tu-95 bombers from the Caspian Sea area.\n\n"
     "Shot down or suppressed by 08:30:\n- 26 attack UAVs;\n- all except 4 of the 14 Kh-555 missiles.",
     {"drone": (30, 26), "cruise_missile": (14, 10)}),
])
def test_a_tallys_bullets_take_their_headers_role_in_every_item_form(body: str, expected: dict[str, tuple[int, int]]) -> None:
    a = _one(_LEAD + body)
    assert [p.name for p in a.locations] == ["Ukraine"] and a.target_country == "Ukraine"
    assert {k: v for k, v in _figures(a).items() if k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("Overnight Russia fired 60 drones and missiles at Ukraine. Air defence shot down or jammed 49 of them: "
     "40 Shahed drones, all but two of the 8 Kalibr missiles and not one of the 3 Iskander-M missiles.",
     {"cruise_missile": (None, 6), "ballistic_missile": (None, 0)}),
    ("Overnight Russia fired 50 drones and missiles at Ukraine. Air defence brought down 40 targets: 35 Shahed drones, "
     "every one except one of the 6 Kalibr missiles and no Kinzhals.",
     {"cruise_missile": (None, 5), "ballistic_missile": (None, 0)}),
])
def test_an_inline_list_after_a_downing_verb_reads_exceptions_and_nils(text: str, expected: dict[str, tuple[int | None, int]]) -> None:
    # the whole M inside a downing clause is no launch figure for grounding (no launch cue next to it)
    a = _one(text)
    assert {k: v for k, v in _figures(a).items() if k in expected} == expected


@pytest.mark.parametrize("text, kind", [
    # an item with a verb of its own is a clause, not a verbless item: "none of the 3 reached their targets"
    ("Overnight Russia launched 3 Iskander-M missiles at Ukraine. Air defence reported the following:\n"
     "- none of the 3 Iskander-M missiles reached their targets.", "ballistic_missile"),
    # a nil item under a launch header says nothing of interceptions
    ("Overnight Russia attacked Ukraine with 40 weapons:\n- 40 Shahed drones;\n- no ballistic missiles.", "ballistic_missile"),
    # a header with no role gives its items no interception
    ("Overnight Russia attacked Ukraine with 12 Kalibr missiles. Types seen:\n- all but two of the 12 Kalibr missiles.",
     "cruise_missile"),
])
def test_items_without_a_downing_role_get_no_interception(text: str, kind: str) -> None:
    for a in _attacks(text):
        assert all(w.intercepted is None or w.intercepted.value != 0 and w.intercepted.value != 10
                   for w in a.weapons if w.type.value == kind)


@pytest.mark.parametrize("text", [
    "Overnight drones attacked Sumy. Air defence shot down 12 drones:\n- all but two regions reported debris;\n"
    "- not one of the shelters was damaged.",
    "Overnight drones attacked Sumy. Air defence shot down 12 drones: not one of the shelters was hit.",
])
def test_exception_and_nil_items_that_name_no_weapon_add_nothing(text: str) -> None:
    figures = {(w.type.value, _value(w.launched), _value(w.intercepted)) for a in _attacks(text) for w in a.weapons
               if w.launched or w.intercepted}
    assert figures == {("drone", None, 12)}


@pytest.mark.parametrize("origin", [
    "launched by Tu-160 planes over the Volgograd region",
    "fired from Tu-22M3 aircraft above the Kursk region",
    "released by Su-34 jets from the airspace of the Belgorod region",
    "launched from the Bryansk region",
])
def test_a_launch_origin_in_an_item_is_no_place_hit(origin: str) -> None:
    a = _one(_LEAD + f"Overnight the enemy used 16 means of air attack, namely:\n- 10 Shahed drones;\n"
                     f"- 6 Kh-101 cruise missiles {origin}.")
    assert [p.name for p in a.locations] == ["Ukraine"] and _figures(a)["cruise_missile"] == (6, None)


_NIGHT = ("On the night of 4 March, the enemy used 70 means of air attack, namely:\n- 62 Shahed-type drones;\n"
          "- 8 Kalibr cruise missiles.\n\nAir defence shot down or jammed 60 of them:\n- 54 Shahed-type drones;\n"
          "- all but two of the 8 Kalibr missiles.\n\n")


@pytest.mark.parametrize("aggregate", [
    "Last week, the enemy launched about 1,300 drones, 850 glide bombs and 45 missiles at Ukraine.",
    "Over the previous seven days Russia fired more than 1,100 attack drones and 30 missiles against Ukrainian cities.",
    "In the past month, the enemy sent 4,900 Shahed drones towards Ukraine.",
    "In the week between 23 February and 1 March, Russia used 1,250 drones and 60 missiles.",
])
def test_a_periods_launch_total_opens_no_record_and_lends_nothing(aggregate: str) -> None:
    a = _one("Air Force statement\n\n" + _NIGHT + aggregate)
    assert _figures(a) == {"drone": (62, 54), "cruise_missile": (8, 6)} and a.date is not None
    assert str(a.date.end) == "2026-03-04"


@pytest.mark.parametrize("text, place", [
    ("Last week a Russian missile hit a school in Sumy, killing four people, the governor said.", "Sumy"),
    ("Last week's attack on Odesa involved 40 drones, the mayor said.", "Odesa"),
])
def test_a_strike_dated_by_its_week_keeps_its_record(text: str, place: str) -> None:
    assert [p.name for a in _attacks(text) for p in a.locations] == [place]


@pytest.mark.parametrize("first_lines", [
    "Air Force report\n\nOn the night of 4 March, the enemy used 70 means of air attack against Ukraine's cities, namely:\n",
    "Overnight the enemy attacked Ukraine with 70 means of air attack:\n",
    "Night of 4 March: the enemy used 70 means of air attack against Ukraine's cities, namely:\n",
])
def test_a_tally_header_at_the_top_is_no_headline(first_lines: str) -> None:
    a = _one(first_lines + "- 62 Shahed-type drones;\n- 8 Kalibr cruise missiles.\n\nAir defence shot down 60:\n"
             "- 54 Shahed-type drones;\n- 6 Kalibr missiles.")
    assert _figures(a) == {"drone": (62, 54), "cruise_missile": (8, 6)}


# --------------------------------------------------------------------------- B9: a newest-first live blog


def _toll(a: Attack) -> tuple[int | None, str | None, int | None, int | None]:
    return (_value(a.killed), a.killed.qualifier.value if a.killed else None, _value(a.injured),
            _value(a.children_injured))


_UPDATES = [  # (stamp words, update), oldest first
    ("09:10", "At least four residents died and 19 were injured, including two children, after a Russian missile "
              "struck a block of flats in Dnipro in the morning, the governor said."),
    ("14:15", "Rescue teams are still clearing the rubble. Officials in Dnipro say the injured now number 24."),
    ("19:40", "The death toll in Dnipro has risen to nine, the governor said. Thirty people have been injured, "
              "including five children."),
]


def _blog(stamp: str, newest_first: bool = True) -> str:
    updates = list(reversed(_UPDATES)) if newest_first else list(_UPDATES)
    return "Live: missile strike on Dnipro\n\n" + "\n\n".join(stamp.format(t) + " " + u for t, u in updates)


@pytest.mark.parametrize("stamp", ["**{}** -", "{} -", "[{}]", "{} GMT:", "Updated {} -", "**{} CET** |"])
def test_a_newest_first_blog_takes_the_earliest_updates_figures(stamp: str) -> None:
    a = _one(_blog(stamp))
    assert _toll(a) == (4, "at_least", 19, 2)


@pytest.mark.parametrize("stamp", ["{}am -", "{} am:"])
def test_a_newest_first_blog_with_twelve_hour_stamps(stamp: str) -> None:
    text = ("Live: drones hit Odesa\n\n" + stamp.format("11.20") + " The number of dead in Odesa has risen to six.\n\n"
            + stamp.format("7.05") + " Two people were killed and eight others were wounded when drones hit Odesa overnight, "
            "the mayor said.")
    assert _toll(_one(text))[::2] == (2, 8)


@pytest.mark.parametrize("stamp", ["**{}** -", "{} -"])
def test_a_blog_in_rising_order_keeps_its_first_figures(stamp: str) -> None:
    assert _toll(_one(_blog(stamp, newest_first=False))) == (4, "at_least", 19, 2)


def test_an_article_without_stamps_keeps_its_text_order() -> None:
    a = _one("A Russian missile struck a block of flats in Dnipro on Wednesday morning, killing at least four people "
             "and injuring 19, the governor said. By the evening the death toll had risen to nine.")
    assert _toll(a)[:3] == (4, "at_least", 19)


def test_in_a_newest_first_blog_a_toll_told_as_a_rise_never_beats_the_figure_it_raises() -> None:
    text = ("Live: drones and missiles hit Zaporizhzhia\n\nAt least five people were killed and 20 wounded in "
            "Zaporizhzhia after a Russian missile attack on Wednesday, the governor said.\n\n"
            "**16:30** - The death toll in Zaporizhzhia has risen to seven, the governor said.\n\n"
            "**11:05** - Emergency crews are working at three sites in the city.\n\n"
            "**08:40** - Explosions were heard in Zaporizhzhia as missiles hit the city.")
    assert _toll(_one(text))[:3] == (5, "at_least", 20)


# --------------------------------------------------------------------------- the "known to" frame around a toll


@pytest.mark.parametrize("text, killed, injured", [
    ("A Russian missile hit a hospital in Kherson on Tuesday. At least five people are known to have died, "
     "the governor said.", 5, None),
    ("Russian drones struck a market in Sumy overnight. Three civilians are known to have been killed.", 3, None),
    ("A glide bomb hit a bus station in Kramatorsk on Tuesday. Eleven people are now known to be injured.", None, 11),
    ("A drone slammed into a dormitory in Kharkiv overnight; two students are known to have been wounded.", None, 2),
    ("Ukrainian drones attacked a depot in Bryansk overnight, and two workers are known to have died, "
     "the governor wrote.", 2, None),
    ("Shelling hit the centre of Nikopol on Tuesday. Four residents are known to be dead and seven are known "
     "to be hurt.", 4, 7),
    ("A missile struck a warehouse in Odesa on Tuesday. At least six workers were known to have been killed by "
     "evening.", 6, None),
    ("Russian artillery shelled Kherson's Dniprovskyi district on Tuesday. Nine people are known to have "
     "suffered injuries.", None, 9),
])
def test_a_toll_told_with_known_to_is_the_strikes_toll(text: str, killed: int | None, injured: int | None) -> None:
    a = _one(text)
    assert (_value(a.killed), _value(a.injured)) == (killed, injured)


@pytest.mark.parametrize("text", [
    "The UN says at least 12 aid workers are known to have been killed in the region this year.",
    "Talks resumed in Geneva. Officials said 40 villagers are known to have been killed there since the spring.",
    "A report on the war was published on Tuesday. At least 15 journalists are known to have died.",
])
def test_a_known_to_tally_with_no_strike_opens_no_record(text: str) -> None:
    assert _attacks(text) == []


# --------------------------------------------------------------------------- dev20 B1: a tally's header, launch areas, hits


def _others(a: Attack) -> list[tuple[int | None, int | None]]:
    return [(_value(w.launched), _value(w.intercepted)) for w in a.weapons if w.type is WeaponType.other]


def _raw_one(text: str) -> Attack:
    """The one record of the rules before grounding."""
    attacks = attacks_of(text, PUBLISHED)
    assert len(attacks) == 1, [([p.name for p in a.locations], _figures(a)) for a in attacks]
    return attacks[0]


_OPENING = "Air Force: overnight attack\n\nOn the night of 4 March the enemy attacked Ukraine with drones and missiles.\n\n"


@pytest.mark.parametrize("header", [
    "The following were spotted and followed by radar units:",
    "These were logged by air force radar posts:",
    "Radar crews registered the following:",
    "The following were tracked and recorded by the air force:",
    "Spotted overnight by radar units:",
])
def test_a_passive_or_tally_header_gives_its_bullets_the_launch_role(header: str) -> None:
    # the rules' own records: grounding reads such a header's role on its side (dev20 A2)
    a = _raw_one(_OPENING + header + "\n- 120 Shahed-type drones from the Kursk and Oryol areas;\n- 9 Kalibr cruise missiles.")
    assert _figures(a) == {"drone": (120, None), "cruise_missile": (9, None)}
    assert [p.name for p in a.locations] == ["Ukraine"]


@pytest.mark.parametrize("item", [
    "- 9 Kalibr cruise missiles (Bryansk and Voronezh regions);",
    "- 9 Kalibr cruise missiles (Tu-95 bombers over the Saratov region);",
    "- 9 Kalibr cruise missiles from the Kursk area;",
    "- 9 Kalibr cruise missiles from the directions of Belgorod and Kursk;",
    "- 9 Kalibr missiles (from the Black Sea and the Bryansk region);",
])
def test_launch_areas_in_a_tallys_items_are_no_place_hit(item: str) -> None:
    a = _one(_OPENING + "The enemy launched the following:\n- 120 Shahed-type drones;\n" + item)
    assert [p.name for p in a.locations] == ["Ukraine"] and _figures(a)["cruise_missile"] == (9, None)


@pytest.mark.parametrize("hits", [
    "Hits by three missiles and 25 attack UAVs were registered at nine sites.",
    "Strikes by 12 drones were recorded in four regions.",
    "Impacts of two missiles and 14 drones were recorded at six locations.",
    "Direct hits by 7 Shahed drones were registered in three districts.",
])
def test_weapons_counted_by_their_hits_are_no_launch(hits: str) -> None:
    a = _one(_OPENING + "Overall, the enemy launched 120 Shahed-type drones and 9 Kalibr cruise missiles.\n\n" + hits)
    assert _figures(a) == {"drone": (120, None), "cruise_missile": (9, None)}


def test_a_bullets_split_missile_total_is_a_combined_total_and_two_wordings_of_a_drone_mix_are_one() -> None:
    a = _raw_one(_OPENING + "The following were spotted by radar units:\n- 210 Geran-type attack UAVs and decoys;\n"
             "- 14 missiles: 6 Kinzhal and 8 Kalibr.\n\nAir defence destroyed or suppressed 190 UAVs and 11 missiles, "
             "namely:\n- 190 Geran-type UAVs and decoys;\n- 4 Kinzhal;\n- 7 Kalibr.")
    assert sorted(_others(a)) == [(14, 11), (210, 190)]
    assert {w.type.value for w in a.weapons} == {"other", "drone", "decoy_drone", "ballistic_missile", "cruise_missile"}


# --------------------------------------------------------------------------- dev20 B9: weapon nils and sole weapons


@pytest.mark.parametrize("text, kind", [
    ("A Russian ballistic missile struck Sumy on Tuesday, killing two. No missiles were intercepted, the air force said.",
     "ballistic_missile"),
    ("Drones hit an oil depot in Bryansk overnight. No drones were shot down, the governor admitted.", "drone"),
    ("Russia fired an Iskander-M at Sumy on Tuesday, killing two. Not a single missile was downed, the air force said.",
     "ballistic_missile"),
    ("A cruise missile hit a plant in Lviv on Tuesday. No missiles could be brought down over the region.", "cruise_missile"),
])
def test_a_weapon_told_as_not_stopped_has_a_nil_interception(text: str, kind: str) -> None:
    a = _raw_one(text)
    assert [_value(w.intercepted) for w in a.weapons if w.type.value == kind] == [0]


@pytest.mark.parametrize("text, kind, nil", [
    ("A missile hit Sumy on Tuesday, killing two. The only one launched at the city was an Iskander-M, and it could "
     "not be stopped.", "ballistic_missile", True),
    ("The lone Kinzhal fired at Starokostiantyniv on Tuesday could not be stopped, the air force said.",
     "ballistic_missile", True),
    ("A single ballistic missile was launched at Poltava on Tuesday, the air force said. It hit a warehouse.",
     "ballistic_missile", False),
    ("A lone Shahed drone was launched at Izmail overnight and hit a grain warehouse, the governor said.", "drone", False),
])
def test_a_weapon_told_as_the_only_one_is_a_launch_of_one(text: str, kind: str, nil: bool) -> None:
    a = _raw_one(text)
    w = next(w for w in a.weapons if w.type.value == kind)
    assert _value(w.launched) == 1 and (_value(w.intercepted) == 0) is nil


@pytest.mark.parametrize("text", [
    # (r47: "A single drone hit ..." is counted, launched 1: codebook 9's ruling of 3 December; the indefinite article is not)
    "A drone hit the roof of a school in Sumy on Tuesday.",
    "Russia launched 40 drones at Odesa overnight; 22 drones were not shot down and fell on the port.",
    "No missiles were launched at Kyiv overnight, the air force said, but drones hit Odesa.",
])
def test_hits_parts_and_launch_nils_are_no_sole_launch_and_no_nil(text: str) -> None:
    for a in attacks_of(text, PUBLISHED):
        assert all(_value(w.launched) != 1 and _value(w.intercepted) != 0 for w in a.weapons)


# --------------------------------------------------------------------------- dev20 B8: a reduced relative before the casualty verb


@pytest.mark.parametrize("text, killed, injured", [
    ("A Russian drone hit a pharmacy in Balakliia on Tuesday. Three women queuing at a pharmacy in the town of "
     "Balakliia were injured.", None, 3),
    ("Russian artillery shelled Orikhiv on Tuesday. Two teachers walking to a school on the edge of Orikhiv were "
     "killed.", 2, None),
    ("A drone struck a bus in Kherson on Tuesday. Five passengers travelling from the market to the station in the "
     "Dniprovskyi district were hurt.", None, 5),
    ("A guided bomb hit Kostiantynivka on Tuesday. Four people sheltering in the basement of a block of flats on "
     "the main street were wounded.", None, 4),
    ("A missile struck Zaporizhzhia on Tuesday. Six workers repairing a power line near a village to the south "
     "were killed.", 6, None),
    ("Drones hit Nikopol on Tuesday. Two residents sitting on the bank of the reservoir outside the town were "
     "injured.", None, 2),
    ("Shelling hit Beryslav on Tuesday. Three volunteers delivering water to the residents of a village nearby "
     "were killed.", 3, None),
    ("A drone hit a car in Sumy on Tuesday. Two men standing at a petrol station on the road out of town were "
     "wounded.", None, 2),
])
def test_a_toll_whose_people_carry_a_long_participle_phrase_keeps_its_cue(text: str, killed: int | None,
                                                                        injured: int | None) -> None:
    a = _one(text)
    assert (_value(a.killed), _value(a.injured)) == (killed, injured)


def test_a_participle_phrase_then_a_negated_cue_is_a_nil_not_a_toll() -> None:
    a = _one("A glide bomb hit Kupiansk on Tuesday. Two men waiting at the stop by the old market were not hurt.")
    assert _value(a.injured) in (None, 0)
