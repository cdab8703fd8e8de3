"""Round 20 (dev37 A5): a later death told with the new total, the verb before the toll ("died on
Friday, bringing the toll to nine"), is an update of the strike told before (codebook 6: evidence,
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
