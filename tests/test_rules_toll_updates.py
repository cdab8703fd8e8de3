"""A later toll update joins the record of the town or the official it names, never the national
wave's tally record (dev22 B6): an update of a figure a town's record holds goes to that town
before any country tally told after it; the tally keeps its weapons and takes no casualties.
(The update cues tried this round, "put the toll at", "not N as first reported", "further
bodies", lowered dev15's counts and were withdrawn.) Sentences written for these tests; published 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

LEAD = ("The war has now entered its fifth year. A Russian missile hit an apartment block in Uman overnight, killing "
        "two people, the regional governor said. Russia launched 90 drones and 10 missiles at Ukraine overnight, the "
        "air force said; 80 drones were shot down.\n\n")


def _records(text: str) -> dict[str, Attack]:
    article = make_article(LEAD + text, published="2026-03-04")
    attacks = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return {a.locations[0].name: a for a in attacks}


@pytest.mark.parametrize("text", [
    "Rescuers later found a third body under the rubble, Taburets said.",
    "By evening the governor had updated the death toll to six.",
    "Officials now say four people died in the strike.",
])
def test_an_update_joins_the_towns_record_not_the_national_tally(text: str) -> None:
    records = _records(text)
    assert set(records) == {"Uman", "Ukraine"}
    assert records["Ukraine"].killed is None and records["Ukraine"].injured is None
    assert records["Uman"].killed is not None and records["Uman"].killed.value == 2


@pytest.mark.parametrize("text", [
    "The air force later said 85 drones had been downed in all.",
    "The defence ministry now says 85 drones were shot down.",
])
def test_a_tally_update_stays_on_the_tally(text: str) -> None:
    records = _records(text)
    assert set(records) == {"Uman", "Ukraine"} and records["Uman"].injured is None
