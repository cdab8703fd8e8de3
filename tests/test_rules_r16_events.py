"""Round 16 (dev30 package P4): rules events and counts. A list header parted from its items by a
blank line; trades as a data class of person nouns; a count parted from its verb; people left with
wounds; a body found, told in the possessive; a downing verb split around its object; a nil among
the struck site's own people; a stream of timestamped posts; a weapon told by a pronoun; a dated
strike on "the same" site; casualties told one by one. Sentences written for these tests;
published Monday 2 March 2026. Where grounding (another package) does not yet read a form, the
rules' own reading is tested without it."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, by_place, count_value as _value, place_names
from summariser.backends.rules.list_items import header_role
from summariser.records import WeaponType
from summariser.sentences import split_sentences

_rules = AttackProbe()  # the rules' reading, before grounding
_grounded = AttackProbe(grounded=True)


def _weapons(rec):  # type: ignore[no-untyped-def]
    return {(w.type, _value(w.launched), _value(w.intercepted)) for w in rec.weapons}


# --- B7: a list header, a blank line, its items ---------------------------------------------------

@pytest.mark.parametrize("text, role", [
    ("Overnight the enemy attacked Ukraine with:\n\n- 12 Shahed drones;\n- 2 Kh-59 missiles.\n", "launched"),
    ("Overnight Russia struck Ukraine. Air defence destroyed:\n\n• 12 Shahed drones\n• 2 Kh-59 missiles\n", "intercepted"),
    ("Overnight the enemy attacked Ukraine with:\n\n- 12 Shahed drones;\n\n- 2 Kh-59 missiles.\n", "launched"),
])
def test_b7_a_blank_line_between_header_and_items_keeps_the_header_role(text: str, role: str) -> None:
    rec = _grounded.one(text)
    assert {_value(getattr(w, role)) for w in rec.weapons} == {12, 2}


@pytest.mark.parametrize("text, role", [
    ("Air defence destroyed:\n\n- 12 Shahed drones;", "intercepted"),
    ("The enemy attacked with:\n\n- 12 Shahed drones;\n\n- 2 Kh-59 missiles.", "launched"),
    ("Air defence destroyed:\n\n\n- 12 Shahed drones;", None),  # two blank lines end the list
    ("Air defence destroyed:\n\nThe governor said schools would stay shut.\n\n- 12 Shahed drones;", None),
    ("Air defence destroyed drones over the city.\n\n- 12 Shahed drones;", None),  # no colon: no header
])
def test_b7_header_role_across_one_blank_line_only(text: str, role: str | None) -> None:
    item = next(s for s in split_sentences(text) if "12" in s.text)
    assert header_role(text, item) == role


# --- B11: trades are one data class of person nouns -----------------------------------------------

@pytest.mark.parametrize("text, field, value", [
    ("A drone struck a freight train near Fastiv on Sunday, killing a conductor.", "killed", 1),
    ("A missile hit a supermarket in Sumy on Sunday, killing a cashier and wounding two loaders.", "injured", 2),
    ("A drone hit a power line near Nizhyn on Sunday; a lineman was hurt.", "injured", 1),
    ("Shelling hit a depot in Nikopol on Sunday. A crane operator was killed.", "killed", 1),
    ("A missile hit a cafe in Odesa on Sunday, killing a waitress and injuring three cooks.", "killed", 1),
    ("A missile hit a cafe in Odesa on Sunday, killing a waitress and injuring three cooks.", "injured", 3),
    ("Shells hit a workshop in Kupiansk on Sunday, wounding two welders.", "injured", 2),
])
def test_b11_a_person_named_by_a_trade_is_counted(text: str, field: str, value: int) -> None:
    assert _value(getattr(_grounded.one(text), field)) == value


def test_b11_a_trade_word_that_is_no_casualty_counts_nothing() -> None:
    rec = _grounded.one("Shelling hit Nikopol on Sunday. The operator said the grid was damaged.")
    assert rec.killed is None and rec.injured is None


# --- B10: a count parted from its verb ------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("A drone hit a bakery in Kherson on Sunday. Three workers of the bakery, all women, were wounded.", 3),
    ("A missile hit a house in Zolochiv on Sunday. Two residents, an elderly couple, were injured.", 2),
    ("A missile hit a house in Zolochiv on Sunday. Two residents of the house suffered injuries.", 2),
    ("Shells struck a checkpoint in Nikopol on Sunday. Two guards at the gate, both in their sixties, suffered burns.", 2),
])
def test_b10_a_post_modifier_or_appositive_between_count_and_cue(text: str, value: int) -> None:
    assert _value(_rules.one(text).injured) == value


def test_b10_an_appositive_list_keeps_the_count_and_its_role() -> None:
    rec = _rules.one("A missile hit Zolochiv on Sunday. Two residents, a man and his son, were killed.")
    assert _value(rec.killed) == 2 and rec.injured is None


# --- A6: people left with wounds ------------------------------------------------------------------

@pytest.mark.parametrize("text, killed, injured", [
    ("A missile hit a grain terminal in Izmail on Sunday, killing a guard and leaving three more people with "
     "shrapnel wounds.", 1, 3),
    ("Shells landed in Beryslav on Sunday, killing one pensioner and leaving nine others with injuries.", 1, 9),
    ("A drone struck a bus in Marhanets on Sunday. Two passengers died; another six were left with burns and cuts.", 2, 6),
])
def test_a6_a_count_left_with_wounds_is_injured(text: str, killed: int, injured: int) -> None:
    rec = _rules.one(text)
    assert (_value(rec.killed), _value(rec.injured)) == (killed, injured)


def test_a6_no_count_or_no_injury_noun_adds_nothing() -> None:
    rec = _rules.one("Shells hit Kherson on Sunday, leaving 3,000 homes with no power.")
    assert rec.injured is None


# --- A5: a body found, in the possessive ----------------------------------------------------------

@pytest.mark.parametrize("text, killed, children", [
    ("A drone hit a house in Kupiansk on Sunday. Searchers later found an elderly man's body under the porch.", 1, None),
    ("A missile struck a block of flats in Dnipro on Sunday. Rescuers recovered two workers' bodies from the ruins.", 2, None),
    ("A glide bomb hit Kostiantynivka on Sunday; a teenager's body was pulled from the rubble.", 1, 1),
])
def test_a5_a_body_found_in_the_possessive_is_one_of_the_dead(text: str, killed: int, children: int | None) -> None:
    rec = _rules.one(text)
    assert _value(rec.killed) == killed and _value(rec.children_killed) == children


@pytest.mark.parametrize("text", [
    "A drone hit a garage in Sumy on Sunday, damaging the building's body shop.",
    "A missile hit Dnipro on Sunday. A woman's body was recovered from the rubble on Monday.",  # a find on a day of its own
])
def test_a5_no_person_or_a_find_of_its_own_day_counts_no_dead(text: str) -> None:
    assert all(a.killed is None for a in _rules(text))


# --- A3: a downing verb split around its object ---------------------------------------------------

@pytest.mark.parametrize("text, intercepted", [
    ("Overnight Russia attacked Ukraine with 40 drones. Defence units knocked 27 drones out of the sky.", 27),
    ("Overnight Russia launched 30 drones at Ukraine; 19 of them were blown out of the air over the south.", 19),
])
def test_a3_out_of_the_sky_is_an_interception(text: str, intercepted: int) -> None:
    assert (WeaponType.drone, intercepted) in {(t, i) for t, _, i in _weapons(_rules.one(text))}


def test_a3_knocking_out_power_is_no_interception() -> None:
    rec = _rules.one("Overnight drones hit Odesa and knocked out power to 5,000 homes.")
    assert all(w.intercepted is None for w in rec.weapons)


# --- A8: a nil among the struck site's own people (codebook 6, ruling of 3 December) --------------

@pytest.mark.parametrize("text, killed, injured", [
    ("Overnight a drone struck a power plant in Burshtyn. No casualties among the plant's personnel were reported.", 0, 0),
    ("Overnight a missile hit an oil depot in Smila. None of the depot's workers were hurt, the company said.", None, 0),
    ("A drone struck a freight train near Shostka on Sunday. None of the crew was injured.", None, 0),
    ("Overnight a drone hit a substation in Pavlohrad. The workers on shift escaped unhurt.", None, 0),
])
def test_a8_the_site_people_nil_is_the_strike_zero(text: str, killed: int | None, injured: int | None) -> None:
    rec = _grounded.one(text)
    assert (_value(rec.killed), _value(rec.injured)) == (killed, injured)


@pytest.mark.parametrize("text", [
    "Overnight a drone hit a school in Sumy. There were no children among the injured.",
    "Overnight shells hit Kupiansk. There were no casualties among the rescuers.",
    "Overnight drones hit a base near Yavoriv. There were no casualties among the troops.",
])
def test_a8_a_nil_of_part_of_those_hurt_fills_nothing(text: str) -> None:
    rec = _rules.one(text)
    assert rec.killed is None and rec.injured is None


def test_a8_a_site_nil_beside_a_death_zeroes_only_the_injured() -> None:
    # the passengers' nil is the bus's zero of injured (codebook rule 6); the driver's death stays the toll
    rec = _rules.one("A drone hit a bus near Kherson on Sunday. No passengers were hurt, but the driver died.")
    assert _value(rec.killed) == 1 and _value(rec.injured) == 0


# --- B1: a stream of timestamped posts ------------------------------------------------------------

_STREAM = ("The mayor of Sumy posted updates on his channel through Saturday, 28 February. We give them below, "
           "with the time of each post.\n\n"
           "**00:40**\nSumy is under attack by drones. Stay in shelters!\n\n"
           "**01:10**\nExplosions in the Zarichnyi district. Details are being clarified.\n\n"
           "**02:05**\nTwo residents were hurt, including a girl of nine. A warehouse is on fire. "
           "According to preliminary data, the enemy struck the city with four Shahed drones.\n\n"
           "**11:30**\nOkhtyrka. Artillery shelled the town at about 10:00. A man was wounded.\n")


def test_b1_a_post_stream_carries_its_city_and_day() -> None:
    records = _grounded(_STREAM)
    assert place_names(records) == {"Sumy", "Okhtyrka"}  # no country record for the third post
    sumy = by_place(records)["Sumy"]
    assert _value(sumy.injured) == 2 and _value(sumy.children_injured) == 1
    assert (WeaponType.drone, 4, None) in _weapons(sumy)
    assert all(a.date is not None and a.date.start == dt.date(2026, 2, 28) for a in records)


def test_b1_without_a_day_in_the_introduction_the_posts_are_the_publication_day() -> None:
    records = _grounded(_STREAM.replace(" through Saturday, 28 February", ""))
    assert all(a.date is not None and a.date.start == dt.date(2026, 3, 2) for a in records)


def test_b1_a_post_naming_another_city_is_its_own_record() -> None:
    okhtyrka = by_place(_grounded(_STREAM))["Okhtyrka"]
    assert _value(okhtyrka.injured) == 1


# --- B8: a weapon told by a pronoun ---------------------------------------------------------------

@pytest.mark.parametrize("text, town, wtype", [
    ("Shelling hit Kherson on Sunday, wounding a man. FPV drones hunt cars on the road to the coast. On Monday one "
     "of them hit a minibus near Antonivka, wounding two passengers.", "Antonivka", WeaponType.drone),
    ("Guided bombs fall on the town every day. On Friday two of them struck a school in Kupiansk.", "Kupiansk",
     WeaponType.glide_bomb),
    ("Small drones circle over the river all day. On Tuesday one of these dropped a grenade on a car in Beryslav.",
     "Beryslav", WeaponType.drone),
])
def test_b8_one_of_them_strikes_with_the_weapon_told_before(text: str, town: str, wtype: WeaponType) -> None:
    rec = by_place(_rules(text))[town]
    assert wtype in {w.type for w in rec.weapons}


def test_b8_two_of_them_were_children_is_no_weapon() -> None:
    records = _rules("A missile hit a house in Sumy on Sunday. Four people were inside; two of them were children.")
    assert place_names(records) == {"Sumy"}


# --- B9: a dated strike on the same site ----------------------------------------------------------

@pytest.mark.parametrize("text, town, day", [
    ("Drones struck the oil depot in Smila overnight, starting a fire. The depot is one of the largest in the region. "
     "It was already hit in late January, when a drone attack set fire to the same depot.", "Smila", dt.date(2026, 1, 1)),
    ("Drones struck a power plant in Burshtyn overnight. It had been targeted in December too, when missiles damaged "
     "the same plant and cut its output.", "Burshtyn", dt.date(2025, 12, 1)),
    ("A missile hit the refinery in Kremenchuk on Sunday. In November, drones had set the same refinery on fire.",
     "Kremenchuk", dt.date(2025, 11, 1)),
])
def test_b9_a_dated_strike_on_the_same_site_is_a_record_of_its_city(text: str, town: str, day: dt.date) -> None:
    days = {a.date.start for a in _rules(text) if a.date is not None and town in {p.name for p in a.locations}}
    assert day in days and len(days) == 2


def test_b9_an_undated_earlier_hit_is_no_record() -> None:
    text = "Drones struck the oil depot in Smila overnight. The depot had been hit before, when drones set fire to the same depot."
    assert len(_rules(text)) == 1


# --- A1: casualties told one by one ---------------------------------------------------------------

@pytest.mark.parametrize("text, field, value", [
    ("Shells hit Kherson on Sunday. A 12-year-old girl was hurt by glass in the yard, and her grandmother, who came out "
     "to look, was slightly injured.", "injured", 2),
    ("A missile hit a clinic in Kherson on Sunday. One nurse was wounded in the car park; another, who had run outside "
     "to help, suffered a concussion.", "injured", 2),
])
def test_a1_persons_told_one_by_one_are_summed(text: str, field: str, value: int) -> None:
    assert _value(getattr(_rules.one(text), field)) == value


@pytest.mark.parametrize("text, killed, injured", [
    ("A drone hit a farm near Nikopol on Sunday. A tractor driver died at the wheel, and his co-worker was badly burned.",
     1, None),
    ("A drone hit a farm near Nikopol on Sunday. A tractor driver was wounded, and his son was not hurt.", None, 1),
    ("Shells hit Kherson on Sunday, wounding four people. A woman of 40 was hurt in her kitchen, and a man was wounded "
     "in the street.", None, 4),
])
def test_a1_other_roles_a_nil_or_a_total_told_are_not_summed(text: str, killed: int | None, injured: int | None) -> None:
    rec = _rules.one(text)
    assert (_value(rec.killed), _value(rec.injured)) == (killed, injured)


# --- B3: casualties retold one by one after the lead's total --------------------------------------

@pytest.mark.parametrize("text, town, killed, injured", [
    ("Drones hit Sumy overnight, wounding five people, the regional governor said.\n\nSirens sounded until four in "
     "the morning. Power was cut in several streets. Residents spent hours in shelters. Later a courier was hurt by "
     "flying glass on a side street.", "Sumy", None, 5),
    ("Kherson was shelled all day on Sunday, and one person was killed. The first rounds fell at dawn near the river "
     "port. Shops stayed shut. By evening two more residents had been wounded.", "Kherson", 1, 2),
])
def test_b3_a_toll_retold_after_the_lead_stays_with_the_town(text: str, town: str, killed: int | None,
                                                             injured: int | None) -> None:
    records = _rules(text)
    assert place_names(records) == {town}
    rec = records[0]
    assert (_value(rec.killed), _value(rec.injured)) == (killed, injured)


def test_b3_a_toll_far_after_the_town_or_after_another_place_is_not_the_town_s() -> None:
    far = ("Drones hit Sumy overnight, wounding five people. Sirens sounded for hours. Residents spent the night in "
           "shelters. Power was cut. Schools stayed shut. Buses ran late. Trams stopped. Later two more people were hurt.")
    assert _value(by_place(_rules(far))["Sumy"].injured) == 5
    other = ("Drones hit Sumy overnight, wounding five people. Shelling hit Kherson in the morning. "
             "Later two more people were hurt.")
    assert _value(by_place(_rules(other))["Sumy"].injured) == 5


def test_b8_a_pronoun_weapon_with_no_place_of_its_own_lends_nothing() -> None:
    text = ("Shelling hit Kherson on Sunday, wounding a man. Small drones circle over the river all day. "
            "On Monday one of them dropped a grenade on a car outside the city.")
    assert {w.type for a in _rules(text) for w in a.weapons} == {WeaponType.artillery}


def test_b9_a_site_told_far_before_is_not_the_same_site() -> None:
    text = ("Drones struck the oil depot in Smila overnight. Firefighters worked until dawn. Roads were closed. "
            "Schools stayed shut. It was already hit in January, when drones set fire to the same depot.")
    assert len(_rules(text)) == 1
