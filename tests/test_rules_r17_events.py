"""Round 17 (dev31 A1, A6, A7; dev32 B1 part 2, B2 backdrop part): sentences that announce, talk
of, tally or merely frame strikes. Sentences written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack

_attacks = AttackProbe()


def _places(attacks: list[Attack]) -> list[list[str]]:
    return [[p.name for p in a.locations] for a in attacks]


# dev31 A1: "X came under attack." then the strike itself on X: one record, on the strike's day
@pytest.mark.parametrize("text, city", [
    ("Drones attacked Kyiv on Sunday night. The Sumy district again came under fire on Monday. "
     "Shelling damaged homes in Sumy itself on Monday afternoon, the governor said.", "Sumy"),
    ("Drones hit Kyiv overnight. Earlier in the day, the Sumy district was under attack once more. Enemy "
     "guns shelled Sumy and a nearby village with heavy artillery throughout the morning.", "Sumy"),
    ("Drones hit Poltava on Sunday night. On Monday, the Kherson district came under attack as well. Artillery "
     "fire damaged a school in Kherson in the afternoon, the regional governor said.", "Kherson"),
])
def test_announced_strike_folds_into_the_strike_told_next(text: str, city: str) -> None:
    found = [a for a in _attacks(text) if any(city in p.name for p in a.locations)]
    assert _places(found) == [[city]]
    assert found[0].date is not None and str(found[0].date.start) == "2026-03-02"


@pytest.mark.parametrize("text, kept", [
    # another city told next: the announced city keeps its record
    ("Russian drones hit Poltava overnight. Lviv was also attacked. In Izium, a drone destroyed a shop on "
     "Monday morning, killing one.", "Lviv"),
    # a district named after another city
    ("Russian drones hit Poltava overnight. The Sumy district was also attacked. Shelling damaged homes in "
     "Okhtyrka on Monday afternoon, the governor said.", "Sumy district"),
])
def test_announcement_before_another_city_stays(text: str, kept: str) -> None:
    assert [kept] in _places(_attacks(text))


# dev31 A6: a spokesman who will not comment on a strike, and a ministry's stock formula
@pytest.mark.parametrize("text", [
    "A missile strike on Dnipro killed four people overnight, officials said. Peskov refused to discuss the "
    "Dnipro strike, and the ministry said its units had hit a training centre.",
    "A missile strike on Dnipro killed four people overnight, officials said. Moscow would not comment on the "
    "Dnipro attack and said the army reported on its own operations.",
    "A missile strike on Dnipro killed four people overnight. The Kremlin referred all questions about the "
    "Dnipro attack to the army, which said its forces had hit a barracks.",
])
def test_talk_of_a_strike_is_no_evidence_of_it(text: str) -> None:
    attacks = _attacks(text)
    assert _places(attacks) == [["Dnipro"]]
    assert [e.text for e in attacks[0].evidence if "Dnipro strike" in e.text or "Dnipro attack" in e.text] == []


@pytest.mark.parametrize("text", [
    "Ukrainian drones hit Belgorod overnight, the governor said. Russian air defences downed 30 Ukrainian "
    "drones over the Belgorod and Kursk regions, the ministry said. The Russian army, for its part, hit the "
    "Ukrainian military-industrial facilities and the power plants feeding them, the ministry said.",
    "Ukrainian drones hit Belgorod overnight, the governor said. Separately, the defence ministry in Moscow "
    "said its troops had struck enemy military targets with long-range missiles.",
    "Ukrainian drones hit Belgorod overnight, the governor said. Russia's military also said Kinzhal missiles were used "
    "in its combined blow on facilities of the Ukrainian defence industry and all designated "
    "targets were hit.",
])
def test_ministry_formula_opens_no_record_and_lends_nothing(text: str) -> None:
    attacks = _attacks(text)
    assert all(a.attacker == "Ukraine" for a in attacks)
    assert all(w.type.value == "drone" for a in attacks for w in a.weapons)


@pytest.mark.parametrize("text, place", [
    ("Ukraine's General Staff said its drones hit an oil depot in Tuapse overnight, setting it on fire.", "Tuapse"),
    ("Russian missiles struck military-industrial facilities in Zaporizhzhia overnight, injuring three workers.",
     "Zaporizhzhia"),
])
def test_generic_targets_with_a_place_keep_the_strike(text: str, place: str) -> None:
    assert _places(_attacks(text)) == [[place]]


# dev31 A7: a monitor's or a nationwide toll over a month or a quarter is a statistic
@pytest.mark.parametrize("text", [
    "Last week the UN's human rights monitors said 210 civilians had been killed across the country in May, "
    "most of them by shelling.",
    "According to the OHCHR, 98 civilians were killed and 400 injured nationwide last month.",
    "Human rights monitors recorded 57 deaths among children in the first quarter.",
    "Russian attacks killed 75 civilians and wounded 300 throughout Ukraine in October, officials said.",
])
def test_period_toll_of_the_country_is_no_record(text: str) -> None:
    assert _places(_attacks("Russian drones hit Kharkiv overnight. " + text)) == [["Kharkiv"]]


@pytest.mark.parametrize("text, place, killed", [
    ("The UN monitoring mission said a missile strike on Kramatorsk killed 12 people on Sunday.", "Kramatorsk", 12),
    ("Russian drones killed eight people across the city of Odesa overnight, the mayor said.", "Odesa", 8),
])
def test_toll_of_one_strike_stands(text: str, place: str, killed: int) -> None:
    found = [a for a in _attacks(text) if [p.name for p in a.locations] == [place]]
    assert found and found[0].killed is not None and found[0].killed.value == killed


# dev32 B1 (2): a deal struck is no strike
@pytest.mark.parametrize("text", [
    "Negotiators in Kharkiv struck a deal with the city council on Monday.",
    "- **Swap:** 84 servicemen came home on Monday in the second stage of the accord struck in Kharkiv.",
    "The truce that was struck in Odesa last month still holds, both sides say.",
])
def test_deal_struck_is_no_strike(text: str) -> None:
    assert _places(_attacks("Russian drones hit Poltava overnight. " + text)) == [["Poltava"]]


# dev32 B2: the war's backdrop told as a campaign going on
@pytest.mark.parametrize("text", [
    "Odesa's partners met in Brussels on Monday, as Russian bombardment of the east continues.",
    "Two of Kyiv's main partners announced new aid on Monday, while Russia kept up its long drone campaign "
    "on the country's towns.",
    "Kharkiv's twin towns sent generators, as Moscow presses on with its missile campaign against the grid.",
])
def test_campaign_backdrop_is_no_strike(text: str) -> None:
    assert _places(_attacks("Russian drones hit Poltava overnight. " + text)) == [["Poltava"]]


@pytest.mark.parametrize("text, place", [
    ("Russia stepped up its drone attacks on Kharkiv overnight, hitting three houses.", "Kharkiv"),
    ("A drone struck a hall in Zaporizhzhia where the deal was to be signed, injuring two guards.", "Zaporizhzhia"),
])
def test_real_strikes_beside_those_words_stand(text: str, place: str) -> None:
    assert [place] in _places(_attacks(text))


def test_ministry_strike_on_a_night_of_its_own_keeps_its_country_record() -> None:
    """The statement's own news, dated, is a record (as in dev5); only an aside beside other news is not."""
    text = ("Last night, the Russian army launched a large-scale strike on the defence industry of Ukraine with "
            "precision weapons. Every target set was hit, it said.")
    assert _places(_attacks(text)) == [["Ukraine"]]
