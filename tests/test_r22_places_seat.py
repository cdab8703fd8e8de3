"""Round 22 (r22places, dev41 A2): "the <Place>-based <body>" says where an organisation sits, never a
place hit: an analyst's sentence about strikes in general is no strike at the seat. A site named with
its town ("the Kharkiv-based tractor plant") stays in that town. One reader (`lexicon.ORGANISATION_AFTER`)
for the rules' places and grounding's `not_a_town`. Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser import lexicon as lx
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.grounding.names import not_a_town
from summariser.knowledge import find_places
from summariser.records import Attack

_LEAD = "Russian drones struck Kharkiv overnight on Tuesday, injuring five people, the mayor said.\n\n"


def _attacks(text: str, published: str = "2026-03-04") -> list[Attack]:
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


@pytest.mark.parametrize("sentence", [
    "Analysts at a Lviv-based institute said the attacks on power plants aimed to break morale before the contract "
    "expired on 1 March.",
    "Researchers at the Odesa-headquartered maritime council said the repeated raids on grain terminals were meant to "
    "scare off insurers after the deal lapsed on 17 July.",
    "A Dnipro-registered charity said the strikes since autumn had emptied whole streets.",
])
def test_rules_seat_of_a_body_is_no_place_hit(sentence: str) -> None:
    places = {p.name for a in _attacks(_LEAD + sentence) for p in a.locations}
    assert places == {"Kharkiv"}


@pytest.mark.parametrize("sentence, place", [
    ("A drone hit the Kherson-based shipyard on Tuesday, injuring two workers.", "Kherson"),
    ("Two missiles struck the Dnipro-based machine-building plant on Monday, the governor said.", "Dnipro"),
])
def test_rules_site_named_with_its_town_stays(sentence: str, place: str) -> None:
    assert place in {p.name for a in _attacks(sentence) for p in a.locations}


@pytest.mark.parametrize("sentence, town, seat", [
    ("Analysts at the Lviv-based institute said so.", "Lviv", True),
    ("Drones struck a depot in Lviv on Monday.", "Lviv", False),
    ("A Poltava-headquartered firm lost its warehouse.", "Poltava", True),
])
def test_grounding_seat_is_not_a_town(sentence: str, town: str, seat: bool) -> None:
    m = next(m for m in find_places(sentence) if m.place.name == town)
    assert not_a_town(sentence, m) is seat


def test_organisation_after_stays_case_sensitive() -> None:
    assert not lx.ORGANISATION_AFTER.match(" and the school", 0)
