"""A strike under a modal or a threat frame, and a justification that names the other side's use of
weapons, open no record (dev22 B3): "cautioned that Russia could use a new weapon against
centres in Kyiv", "threatened to strike government buildings in Kyiv", "an answer to Kyiv's use
of Western missiles". The night's strike told before keeps its own record; a strike told after
the warning is a record. Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

LEAD = ("The war has now entered its fifth year. Russia launched a massive missile attack on Ukraine's energy grid "
        "overnight, hitting Lviv and Ternopil. ")


def _places(text: str) -> list[list[str]]:
    article = make_article(LEAD + text, published="2026-03-04")
    attacks: list[Attack] = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return [[p.name for p in a.locations] for a in attacks]


@pytest.mark.parametrize("text", [
    "Putin called the barrage an answer to Kyiv's use of American long-range missiles inside Russia.",
    "Putin cautioned that Russia could use the new hypersonic weapon against command centres in Kyiv.",
    "Peskov said the strikes were retaliation for Kyiv's firing of long-range missiles at Bryansk.",
    "Medvedev said Russia might aim its new missiles at the government quarter in Kyiv.",
    "The Kremlin warned that its forces would turn the new weapon on Odesa's port if attacks continued.",
    "Russian officials vowed to use Oreshnik missiles against Kharkiv next time.",
    "A Russian general said Moscow may fire ballistic missiles at Dnipro's bridges within days.",
    "Putin said Russia was ready and would launch its new missile at Kyiv if provoked.",
])
def test_a_threat_or_justification_opens_no_record(text: str) -> None:
    assert _places(text) == [["Lviv", "Ternopil"]]


@pytest.mark.parametrize("text, places", [
    ("Hours after the warning, a ballistic missile hit an office building in Kyiv, killing two.",
     [["Lviv", "Ternopil"], ["Kyiv"]]),
    ("On Tuesday a drone hit a depot in Dnipro, wounding three, and officials said more strikes could follow.",
     [["Lviv", "Ternopil"], ["Dnipro"]]),
    ("On Tuesday Russia struck Kharkiv in retaliation for Ukraine's attack on Belgorod, killing three.",
     [["Lviv", "Ternopil"], ["Kharkiv"]]),
])
def test_a_strike_told_beside_a_warning_stays(text: str, places: list[list[str]]) -> None:
    assert _places(text) == places


# r13atk (dev24 B1): a justification fronted in a side's statement ends where the main clause
# begins; the strike the main clause tells is a record, with its own weapons only (quoted or not).
@pytest.mark.parametrize("text, place, weapons", [
    ('The ministry said on Wednesday: "In response to the Kiev regime\'s shelling of Belgorod, the army overnight '
     'carried out a group strike with Kinzhal missiles and Geran drones against energy facilities in the '
     'Dnepropetrovsk region."', "Dnipropetrovsk Oblast", {"ballistic_missile", "drone"}),
    ("As retaliation for drone attacks on Russian refineries, the army struck fuel depots in the Poltava region with "
     "Iskander missiles overnight, the ministry said.", "Poltava Oblast", {"ballistic_missile"}),
    ('The ministry said: "Our forces delivered a precision strike on a military airfield near Starokostiantyniv."',
     "Starokostiantyniv", set()),
    ("In response to attacks on Belgorod, Kursk and Bryansk, Russian forces struck a power plant near Zaporizhzhia "
     "with Kalibr missiles overnight, the ministry said.", "Zaporizhzhia", {"cruise_missile"}),
    ('"In reply to the terrorist attacks on Crimea, our forces dealt a massive blow to military airfields in the '
     'Khmelnytskyi region with Kh-101 missiles," the ministry said.', "Khmelnytskyi Oblast", {"cruise_missile"}),
    ("As payback for the shelling of Donetsk, Ukrainian forces hit an ammunition depot in Horlivka with HIMARS "
     "rockets on Tuesday, the General Staff said.", "Horlivka", None),
    ('The ministry said: "Overnight, a group strike was delivered with Kinzhal missiles and Geran drones on energy '
     'facilities in the Dnipropetrovsk region."', "Dnipropetrovsk Oblast", {"ballistic_missile", "drone"}),
    ('"In response to the terrorist acts in Kursk, a massive strike has been carried out against military airfields '
     'in the Khmelnytskyi region," the ministry said.', "Khmelnytskyi Oblast", None),
])
def test_a_fronted_justification_leaves_the_main_clauses_strike(text: str, place: str, weapons: set[str] | None) -> None:
    article = make_article(LEAD + text, published="2026-03-04")
    attacks = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    record = next(a for a in attacks if [p.name for p in a.locations] == [place])
    if weapons is not None:
        assert {w.type.value for w in record.weapons} == weapons
    assert not any(p.name in ("Belgorod", "Kursk", "Bryansk", "Donetsk", "Crimea") for a in attacks for p in a.locations)


@pytest.mark.parametrize("text, places", [
    ('"In retaliation for the strikes on Kharkiv and Sumy, the army will deliver a crushing blow to Kyiv," the '
     'minister said.', [["Lviv", "Ternopil"]]),
    ("Russian missiles struck Odesa on Tuesday, the ministry said, calling it retaliation for the strikes on "
     "Belgorod, Kursk and Bryansk.", [["Lviv", "Ternopil"], ["Odesa"]]),
    ('"Kharkiv will stand," the mayor said.', [["Lviv", "Ternopil"]]),
])
def test_a_threat_or_a_trailing_justification_keeps_its_places_out(text: str, places: list[list[str]]) -> None:
    assert _places(text) == places
