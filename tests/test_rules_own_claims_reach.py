"""A side's own claim told far after the strike it confirms, and trend sentences (dev18 B2).

A claim by the attacking side of a strike on a place the article has already told (the place, or
the region that holds it) is evidence of that strike, however many paragraphs of background stand
between; a trend ("has stepped up its raids since the summer") is a tally, no strike and no damage
lent. Sentences written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.records import Attack

# eight sentences of background between the strike and the claim: no place, no strike word
_BACKGROUND = (
    "The war is now well into its fifth year. "
    "Officials in several capitals are weighing new proposals for a ceasefire. "
    "Energy prices in Europe rose again this week. "
    "Analysts expect the winter to be harder than the last. "
    "The refinery employs about two thousand workers. "
    "Local media published photos of a large plume of smoke. "
    "Regional officials closed a nearby highway for several hours. "
    "The plant was built in the 1950s and modernised a decade ago. "
)


_attacks = AttackProbe()


def _keys(attacks: list[Attack]) -> list[tuple[str, ...]]:
    return [tuple(p.name for p in a.locations) for a in attacks]


@pytest.mark.parametrize("lead, claim", [
    ("Drones struck an oil depot in Penza overnight, the regional governor said.",
     "Kyiv's General Staff later stated that its units had hit a fuel facility in the Penza region."),
    ("Drones struck an oil depot in Penza overnight, the regional governor said.",
     "The SBU said its long-range drones attacked the depot in Penza."),
    ("Ukrainian drones set a refinery in Syzran ablaze on Sunday night, the Samara governor said.",
     "Ukraine's military confirmed hitting the refinery in the Samara region."),
    ("A drone hit a fuel terminal in Feodosia overnight, the Russian-installed governor said.",
     "The Ukrainian navy said its drones had struck a logistics site in Crimea."),
    ("A Russian missile struck a railway depot in Kovel overnight, the regional governor said.",
     "Russia's defence ministry said its forces had hit a military logistics hub in the Volyn region."),
    ("Russian missiles hit an energy facility in Kremenchuk on Sunday night, the mayor said.",
     "The Russian defence ministry claimed strikes on energy sites in the Poltava region."),
    ("Drones attacked a chemical plant in Novomoskovsk overnight, the Tula governor said.",
     "Ukraine's General Staff announced that its drones had struck the plant in Novomoskovsk."),
    ("An explosion tore through an ammunition depot in Toropets overnight after a drone attack, the Tver governor said.",
     "Ukraine's army said its forces had destroyed a large arsenal in the Tver region."),
    ("Drones struck an oil depot in Penza overnight, the regional governor said.",
     "According to Ukraine's General Staff, its units hit a fuel facility in the Penza region."),
    ("Drones struck an oil depot in Penza overnight, the regional governor said.",
     "The SBU wrote on Telegram that its drones had struck the depot in Penza."),
    ("A Russian missile struck a railway depot in Kovel overnight, the regional governor said.",
     "Citing its defence ministry, Russian state media said its forces had hit a military logistics hub in the Volyn region."),
])
def test_a_claim_far_after_the_strike_joins_it(lead: str, claim: str) -> None:
    attacks = _attacks(lead + " " + _BACKGROUND + claim)
    assert len(attacks) == 1, _keys(attacks)


def test_a_claim_of_a_place_not_told_before_is_a_strike_of_its_own() -> None:
    text = ("Drones struck an oil depot in Penza overnight, the regional governor said. " + _BACKGROUND
            + "The General Staff stated that its units destroyed an oil depot in the Saratov region.")
    assert len(_attacks(text)) == 2


def test_a_claim_of_another_sides_strike_does_not_join() -> None:
    text = ("Drones struck an oil depot in Penza overnight, the regional governor said. " + _BACKGROUND
            + "Russia's defence ministry said its forces had hit a drone workshop in the Sumy region.")
    assert len(_attacks(text)) == 2


_LEAD = "Drones struck an oil depot in Penza overnight, setting a tank on fire, the regional governor said. "


@pytest.mark.parametrize("trend", [
    "Ukraine has ramped up its raids on Russian oil assets over the autumn.",
    "Kyiv has stepped up its drone strikes on refineries in the Samara region since the summer.",
    "Kyiv has intensified its raids on Russian fuel sites in recent months, destroying several depots.",
    "Russia has escalated its bombardment of cities in the Kharkiv region in recent weeks.",
    "Strikes on refineries in the Volgograd region have become more frequent this year.",
    "Ukrainian drone attacks deep inside Russia have grown in range and frequency, damaging plants in the Saratov region.",
    "Ukraine has been increasing the pace of its attacks on fuel depots in the Bryansk region.",
    "Kyiv has been stepping up strikes on Russian plants, hitting sites in Tatarstan and the Ryazan region.",
])
def test_a_trend_sentence_is_a_tally(trend: str) -> None:
    attacks = _attacks(_LEAD + trend)
    assert _keys(attacks) == [("Penza",)]
    alone = _attacks(_LEAD)
    assert attacks[0].damage == alone[0].damage


@pytest.mark.parametrize("text, place", [
    ("Russia intensified its shelling of Nikopol on Sunday, killing two people.", "Nikopol"),
    ("Russian artillery stepped up attacks on Kupiansk overnight, hitting a school.", "Kupiansk"),
])
def test_a_dated_escalation_with_a_hit_is_a_strike(text: str, place: str) -> None:
    assert (place,) in _keys(_attacks(text))


_TATARSTAN = "Ukrainian drones struck a factory in Tatarstan early on Sunday, according to footage filmed by residents of nearby Yelabuga. "


def test_a_claim_dated_by_its_statement_joins_the_strike_far_before() -> None:
    text = _TATARSTAN + _BACKGROUND + "On Monday, Ukraine's General Staff stated that its units had struck an enterprise in Tatarstan."
    attacks = _attacks(text, published="2026-03-03")
    assert _keys(attacks) == [("Tatarstan",)]


def test_a_claim_far_after_with_a_strike_day_of_its_own_is_another_strike() -> None:
    text = _TATARSTAN + _BACKGROUND + "Ukraine's General Staff said its drones had hit a refinery in Tatarstan on Thursday."
    assert len(_attacks(text, published="2026-03-03")) == 2


def test_the_witnesses_town_is_not_the_town_the_article_is_about() -> None:
    attacks = _attacks(_TATARSTAN + "The plant employs about two thousand workers.", published="2026-03-03")
    assert _keys(attacks) == [("Tatarstan",)]
