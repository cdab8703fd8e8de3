"""Round 20 (dev37 A5): a later death told with the new total, the verb before the toll ("died on
Sunday, raising the toll to 14"), is an update of the strike told before (codebook 6: evidence,
the first figure stays), never a record of its own dated by the death. Sentences written for these
tests, in several phrasings, with near misses; published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value
from summariser.records import Attack

_attacks = AttackProbe()

_STRIKE = ("A Russian missile struck a cargo vessel in the port of Izmail on Wednesday evening, killing "
           "four crew members, the regional governor said. The ship had been waiting to load sunflower oil. ")


def _names(a: Attack) -> list[str]:
    return [p.name for p in a.locations]


@pytest.mark.parametrize("update", [
    "One of the injured sailors died in hospital on Friday, raising the toll to five, he said.",
    "A wounded deckhand died on Saturday, bringing the toll to five, the governor said.",
    "A crewman hurt in the blast succumbed overnight, taking the number of dead to five.",
    "Another victim died on Sunday, pushing the death toll to five.",
])
def test_a_later_death_with_the_new_total_updates_the_strike(update: str) -> None:
    attacks = _attacks(_STRIKE + update)
    assert len(attacks) == 1
    a = attacks[0]
    assert _names(a) == ["Izmail"] and count_value(a.killed) == 4  # the first figure (codebook 6)


def test_a_new_strike_with_its_own_place_stays_its_own_record() -> None:
    attacks = _attacks(_STRIKE + "On Friday shelling of Kherson killed two residents, bringing the week's dead in the "
                                  "south to six, officials said.")
    assert {tuple(_names(a)) for a in attacks} >= {("Izmail",), ("Kherson",)}


def test_a_toll_brought_down_by_a_reported_error_is_no_raise() -> None:
    # "bringing" with no toll noun after it: the sentence is read as before
    attacks = _attacks(_STRIKE + "Rescuers spent Friday bringing survivors to shore.")
    assert len(attacks) == 1 and count_value(attacks[0].killed) == 4


# ------------------------------------------------ dev37 G2: codebook 6, the first figure the article gives

_HIT = "A missile struck an apartment block in Kryvyi Rih on Wednesday. "


@pytest.mark.parametrize("earlier, later", [
    ("Initially, officials reported four people killed.", "By Thursday the death toll had risen to 12, the mayor said."),
    ("At first, authorities said four people had died.", "The toll later rose to 12."),
    ("An earlier toll put the number of dead at four.", "The death toll has since climbed to 12."),
])
def test_an_earlier_figure_told_first_is_the_first_figure(earlier: str, later: str) -> None:
    a = _attacks.one(_HIT + earlier + " " + later)
    assert count_value(a.killed) == 4


def test_an_earlier_figure_told_after_the_lead_stays_aside() -> None:
    # near miss: the lead gives 12; the earlier figures (and their injured) are no count
    a = _attacks.one("A missile struck an apartment block in Kryvyi Rih on Wednesday, killing 12 people, the mayor "
                     "said on Thursday. Initially, officials reported four killed and ten injured.")
    assert count_value(a.killed) == 12 and count_value(a.injured) is None
