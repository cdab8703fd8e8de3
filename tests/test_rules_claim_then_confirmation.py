"""The same strike told twice in one wire, the attacker's claim first and the struck side's
confirmation second, is one record (dev21 B4's family): "confirmed an attack on the city",
"acknowledged the strike", "confirmed that X had been attacked", with the hits and the toll told
by the confirming official. A confirmation of something else, or of an earlier strike's toll,
opens no record. The confirming official's title with his name between ("Governor X Y of the Z
region") is where he serves, not a second place. Sentences written for these tests; published 4 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

CONTEXT = "The war has now entered its fifth year. "


_attacks = AttackProbe("2026-03-04", grounded=True, lead=CONTEXT)


@pytest.mark.parametrize("text, place, injured", [
    ("The Russian army claimed a strike on an airfield close to Mykolaiv overnight with missiles and drones. "
     "Governor Vitaliy Kim of the Mykolaiv region confirmed an attack on the city, saying four missiles and six "
     "drones had hit and one person was injured.", "Mykolaiv", 1),
    ("Kyiv said its drones set a fuel depot in Engels on fire overnight. Saratov officials confirmed that Engels "
     "had been attacked, saying one worker was hurt.", "Engels", 1),
    ("Moscow's military claimed strikes on rail yards in Zaporizhzhia on Tuesday. The regional governor "
     "acknowledged the strike, adding that three missiles had hit and two people were wounded.", "Zaporizhzhia", 2),
    ("The Russian army said it struck an airfield near Myrhorod with Iskander missiles on Tuesday; Ukrainian "
     "officials later confirmed the attack, saying four servicemen were injured.", "Myrhorod", 4),
    ("MOSCOW, March 3 (Reuters) - Russia said its troops had hit Ukrainian military sites in Nikolaev overnight. "
     "The regional governor confirmed the attack on the city and said that three missiles had hit, injuring one "
     "person.", "Mykolaiv", 1),
    ("MOSCOW, March 3 (Reuters) - Russia said its forces struck a port in Nikolaev overnight. Ukrainian officials "
     "confirmed the strike, saying three missiles and four drones had hit the port and one worker was hurt.",
     "Mykolaiv", 1),
    ("MOSCOW, March 3 (Reuters) - Moscow said it had struck a Ukrainian airfield near Nikolaev.\n\nKim, the "
     "regional governor, confirmed that the city had come under attack, saying four missiles and six drones had "
     "hit. One man was wounded.", "Mykolaiv", 1),
    ("Russia's army said its strikes had hit energy facilities in the city of Nikolaev. The regional governor "
     "confirmed the attack, saying four missiles and six drones had struck the city, injuring one person.",
     "Mykolaiv", 1),
    ("Kyiv's army said its drones hit a refinery in Saratov overnight. Governor Roman Busargin of the Saratov "
     "region confirmed the attack on the city, saying two workers were hurt.", "Saratov", 2),
    ("Russia said it struck energy sites in Odesa overnight. Governor Oleh Kiper of the Odesa region confirmed "
     "strikes on the city, saying three people were wounded.", "Odesa", 3),
])
def test_a_claim_and_its_confirmation_are_one_record(text: str, place: str, injured: int) -> None:
    [a] = _attacks(text)
    assert [p.name for p in a.locations] == [place]
    assert a.injured is not None and a.injured.value == injured


@pytest.mark.parametrize("text, places", [
    ("Officials confirmed that the bridge in Zatoka had reopened after repairs. A drone hit a warehouse in Odesa "
     "on Tuesday, injuring one.", [["Odesa"]]),
    ("A missile hit Lutsk on Monday, killing two. On Wednesday, the governor confirmed the death toll from "
     "Monday's strike on Lutsk had risen to three.", [["Lutsk"]]),
])
def test_a_confirmation_of_something_else_opens_no_record(text: str, places: list[list[str]]) -> None:
    assert [[p.name for p in a.locations] for a in _attacks(text)] == places
