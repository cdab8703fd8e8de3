"""Diplomacy classes of round 18 (classes_dev33.md D1, D2, D4, D7's kind; classes_dev34.md C2), in
general terms, with near-misses that must not change. Every sentence is written fresh."""

from __future__ import annotations

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of


def _recs(text, published=WEDNESDAY):
    return [(r.kind.value, r.status.value, sorted(r.participants)) for r in diplomacy_of(text, published)]


def _kinds(text, published=WEDNESDAY):
    return sorted(r.kind.value for r in diplomacy_of(text, published))


_WAR = "The war in Ukraine is in its fourth year. "


# ---------------------------------------------------------------- D1: aid told by its goods, a donation noun, new cargo words

@pytest.mark.parametrize("text, donor", [
    (_WAR + "The first 8,000 mortar rounds paid for by the Dutch fund should reach Ukrainian units by mid-May, the minister said.",
     "Netherlands"),
    (_WAR + "Some 120 Swedish howitzer barrels and 40,000 shells will be on their way to Ukraine within weeks, Stockholm said.",
     "Sweden"),
    (_WAR + "Twelve Finnish air defence systems are due to arrive in Ukraine before winter, Helsinki said.", "Finland"),
    (_WAR + "About 9,000 Polish-made drones funded by Warsaw are already heading to Ukrainian brigades, officials said.", "Poland"),
])
def test_aid_goods_on_their_way_are_aid_held(text, donor):
    assert ("military_aid", "held", sorted([donor, "Ukraine"])) in _recs(text)


@pytest.mark.parametrize("text, donor", [
    (_WAR + "Lisbon will ship 400 rocket motors and spare barrels to Ukraine from army depots, its defence chief said.", "Portugal"),
    (_WAR + "Norway would send 1,500 rockets taken from its own reserves, the minister said.", "Norway"),
    (_WAR + "Greece has promised to hand over 3,000 artillery projectiles to Ukraine.", "Greece"),
])
def test_rockets_and_their_motors_are_aid_cargo(text, donor):
    assert ("military_aid", "held", sorted([donor, "Ukraine"])) in _recs(text)


@pytest.mark.parametrize("text, donor", [
    (_WAR + "Belgium's minister unveiled a fresh donation worth some 600 million euros, chiefly mine-clearing kits and shells.",
     "Belgium"),
    (_WAR + "Spain's defence minister announced a new contribution of €90 million, mostly for drones.", "Spain"),
    (_WAR + "Norway approved its latest gift of 2 billion crowns, largely ammunition, paid partly out of income on immobilised Russian reserves.",
     "Norway"),
])
def test_a_donation_noun_with_its_sum_is_aid(text, donor):
    assert ("military_aid", "held", sorted([donor, "Ukraine"])) in _recs(text)


@pytest.mark.parametrize("text", [
    _WAR + "Rockets hit the port of Izmail overnight.",
    _WAR + "The drones were on their way to Kyiv when they were shot down.",
    _WAR + "Dozens of attack drones are heading to Ukraine from the Black Sea, the air force warned.",
    _WAR + "A church charity collected donations for displaced families.",
    _WAR + "Russian shells reached the outskirts of Kherson.",
    _WAR + "Russia fired 30 rockets at Kharkiv overnight.",
    _WAR + "Russian troops fired rockets that should reach Ukrainian units within minutes, a blogger claimed.",
    _WAR + "The tycoon announced a donation worth 5 million dollars to the city's hospital.",
])
def test_strikes_and_charity_are_no_aid(text):
    assert "military_aid" not in _kinds(text)


# ---------------------------------------------------------------- D2: a gathering that frames an announcement; a group's description

@pytest.mark.parametrize("text, sides", [
    (_WAR + "The chancellor opened the summit in Berlin by announcing that Germany, France and Italy would give Ukraine four more "
     "air-defence systems.", ["France", "Germany", "Italy", "Ukraine"]),
    (_WAR + "Leaders gathered in Madrid on Monday. The prime minister opened the meeting at the royal palace by announcing that "
     "Spain and Portugal would hand Ukraine six more radar units.", ["Portugal", "Spain", "Ukraine"]),
])
def test_the_act_announced_at_a_gathering_is_the_event(text, sides):
    assert ("military_aid", "held", sorted(sides)) in _recs(text)


@pytest.mark.parametrize("text", [
    _WAR + "Defence ministers of the coalition, some forty countries that coordinate arms deliveries to Kyiv, gathered in Brussels "
    "on Thursday for the group's tenth session.",
    _WAR + "Envoys of the Nordic group, about a dozen states which buy shells for Ukraine, met in Oslo on Monday.",
    _WAR + "Ministers of the donor coalition, 30 member states that fund drones for Kyiv, convened in Riga on Friday.",
])
def test_a_counted_description_of_a_group_is_no_aid(text):
    assert _kinds(text) == ["meeting"]


def test_the_chair_of_the_gathering_just_told_joins_it():
    text = (_WAR + "Defence ministers of the coalition, some forty countries that coordinate arms deliveries to Kyiv, gathered in "
            "Brussels on Thursday for the group's tenth session. Britain's defence secretary presided over the session, flanked by "
            "Ukraine's defence minister.")
    recs = _recs(text)
    assert len(recs) == 1 and recs[0][0] == "meeting"
    assert {"United Kingdom", "Ukraine"} <= set(recs[0][2])


@pytest.mark.parametrize("text", [
    _WAR + "The summit opened with a minute's silence.",
    _WAR + "Germany, which on Monday sent two more Patriot units to Ukraine, is one of the largest donors.",
])
def test_no_announcement_no_change(text):
    kinds = _kinds(text)
    assert "summit" not in kinds
    if "Patriot" in text:
        assert kinds == ["military_aid"]


# ---------------------------------------------------------------- D4: stances

@pytest.mark.parametrize("text", [
    _WAR + "Kazakhstan has pitched itself as a neutral host for any future peace talks.",
    _WAR + "Austria is presenting itself as a likely venue for any later negotiations.",
    _WAR + "Qatar has positioned itself as a mediator for talks between the two sides.",
    _WAR + "The new chancellor assured Zelensky that Berlin would maintain its yearly support.",
    _WAR + "The premier told the Ukrainian leader that London intends to keep up its regular military aid.",
    _WAR + "Ottawa's backing will continue at the current level, the minister promised.",
    _WAR + "Rome pledged to sustain its military assistance for as long as it takes.",
])
def test_venue_offers_and_continued_support_are_stances(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text, kind", [
    (_WAR + "Turkey offered to host the next round in Istanbul on 3 May, and both delegations accepted.", "talks"),
    (_WAR + "Britain will send a further 300 million pounds of drones this year.", "military_aid"),
    (_WAR + "Sweden will continue its military aid with a new package of 500 million euros.", "military_aid"),
    (_WAR + "Qatar, which has positioned itself as a mediator, hosted talks between the two sides in Doha on Monday.", "talks"),
])
def test_new_aid_and_real_offers_stay_events(text, kind):
    assert kind in _kinds(text)


# ---------------------------------------------------------------- D7: a working-level trip to see someone is talks

@pytest.mark.parametrize("text", [
    _WAR + "The foreign minister is to travel to Ankara on Thursday to see Turkey's Hakan Fidan.",
    _WAR + "Ukraine's foreign minister will fly to Vilnius on Monday to see his Lithuanian counterpart.",
    _WAR + "The envoy will travel to Riyadh on Friday to see Saudi Arabia's foreign minister.",
])
def test_a_ministers_trip_to_see_someone_is_talks(text):
    kinds = _kinds(text)
    assert "talks" in kinds and "visit" not in kinds


@pytest.mark.parametrize("text", [
    _WAR + "She flew to Kharkiv to see the damage for herself.",
    _WAR + "The defence minister flew to Odesa to see the port for himself.",
    _WAR + "The minister travelled to Bucha to see the mass graves.",
])
def test_a_trip_to_see_a_place_stays_a_visit(text):
    assert _kinds(text) == ["visit"]


# ---------------------------------------------------------------- dev34 C2: an entry ban is sanctions

@pytest.mark.parametrize("text, sides", [
    (_WAR + "Moscow has banned 25 Australian officials from entering the country in response to Canberra's latest restrictions.",
     ["Australia", "Russia"]),
    (_WAR + "Russia closed its borders to 12 Estonian journalists as a countermeasure.", ["Estonia", "Russia"]),
    (_WAR + "Russia barred entry to 63 Japanese citizens, including ministers, in retaliation for Tokyo's sanctions.",
     ["Japan", "Russia"]),
    (_WAR + "Moscow imposed an entry ban on 30 Canadian lawmakers.", ["Canada", "Russia"]),
    (_WAR + "The Russian foreign ministry added 40 British MPs to its stop list.", ["Russia", "United Kingdom"]),
])
def test_an_entry_ban_on_a_states_citizens_is_sanctions(text, sides):
    assert ("sanctions", "held", sorted(sides)) in _recs(text)


@pytest.mark.parametrize("text", [
    _WAR + "The border post barred entry to lorries for safety.",
    _WAR + "Queues for visas stretched for hours at the consulate.",
    _WAR + "The club banned three fans from entering the stadium.",
    _WAR + "Police barred entry to the square during the parade.",
])
def test_other_bans_are_no_sanctions(text):
    assert "sanctions" not in _kinds(text)
