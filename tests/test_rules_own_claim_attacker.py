"""A side's own claim names its attacker, whatever the confirming clause's adjective (dev20 B5, the
family of dev16 B2 / dev18 B2): "<capital/state> said (on <day>) it had used <weapon> against
<city>" makes the speaker the attacker; "Moscow said Ukraine had fired ..."
keeps the accused side. Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

PUBLISHED = "2026-03-04"


_attacks = AttackProbe(PUBLISHED, grounded=True)


@pytest.mark.parametrize("text, attacker", [
    ("Russia said on Tuesday it had used an experimental medium-range missile against Dnipro, and officials "
     "in Ukraine later backed that account.", "Russia"),
    ("Moscow said on Monday it had fired a hypersonic missile at Lviv, which Ukrainian officials confirmed.", "Russia"),
    ("The Kremlin announced on Tuesday that it had launched a new ballistic missile at Kryvyi Rih, "
     "Ukrainian officials confirmed.", "Russia"),
    ("Ukraine said on Monday it had used long-range drones against a refinery in Bryansk, "
     "Russian officials confirmed.", "Ukraine"),
    ("Kyiv said earlier it had fired Neptune missiles at a radar near Belgorod.", "Ukraine"),
    ("Russia's defence ministry said overnight it had deployed glide bombs against Ukrainian positions in "
     "Kupiansk, as Ukrainian officials confirmed.", "Russia"),
    ("Ukraine's General Staff said on Tuesday that it had launched drones at an airfield near Voronezh, "
     "Russian media confirmed.", "Ukraine"),
    ("Moscow said on Tuesday it had employed an experimental missile against Odesa, Ukrainian officials said.", "Russia"),
])
def test_a_side_that_says_it_used_a_weapon_on_a_place_is_the_attacker(text: str, attacker: str) -> None:
    attacks = _attacks(text)
    assert attacks and {a.attacker for a in attacks} == {attacker}


@pytest.mark.parametrize("text, attacker", [
    ("Moscow said Ukraine had fired six ATACMS missiles at Belgorod on Tuesday, wounding three.", "Ukraine"),
    ("Kyiv said Russia had launched a ballistic missile at Kharkiv on Tuesday, injuring five.", "Russia"),
])
def test_a_side_that_accuses_the_other_keeps_the_accused_as_attacker(text: str, attacker: str) -> None:
    assert {a.attacker for a in _attacks(text)} == {attacker}
