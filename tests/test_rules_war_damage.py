"""The war's lasting damage is no strike (dev19 B3c): land mined, burnt or ruined by the war, told
with no act of striking, attacker, toll or day, opens no record, in a war article or in a control
about something else. Sentences written for these tests; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

_OPENING = "The harvest in Ukraine was smaller this year because of the war, the farm ministry said. "


_attacks = AttackProbe()


@pytest.mark.parametrize("text", [
    "Many fields near Izium remain mined or burnt.",
    "Vineyards near Beryslav were burned and mined during the occupation.",
    "Orchards around Kupiansk still lie burnt after months of shelling.",
    "Much of the farmland near Kherson is still mined, and many fields near Beryslav were burnt.",
    "Greenhouses outside Mykolaiv remain damaged after years of war, growers said.",
    "Sunflower fields in the Zaporizhzhia region are littered with unexploded ordnance and burnt-out machinery.",
    "Grain silos near Orikhiv lie in ruins after two years of fighting.",
    "Farmers near Kupiansk say their land is still mined and their barns destroyed.",
])
def test_the_wars_lasting_damage_opens_no_record(text: str) -> None:
    assert _attacks(_OPENING + text) == []


@pytest.mark.parametrize("text, town", [
    ("A drone set fire to a field near Izium on Sunday.", "Izium"),
    ("Russian shelling burned fields near Izium overnight.", "Izium"),
])
def test_a_strike_on_farmland_is_a_record(text: str, town: str) -> None:
    assert any(p.name == town for a in _attacks(_OPENING + text) for p in a.locations)
