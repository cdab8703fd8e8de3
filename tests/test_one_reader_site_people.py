"""One reader of a nil told of a struck site's own people (`articles/site_people.py`), which the
rules (`backends/rules/site_nils.py`) and grounding (`grounding/told_zeros.py`, `counts.py`) both
call, fed by one list (cues/casualties.yaml site_people_nouns, the union of the two paths' old
lists). Sentences written for these tests."""

from __future__ import annotations

import pytest

from summariser.articles.site_people import site_group_after, site_nils
from summariser.backends.rules.site_nils import site_zero
from summariser.grounding.told_zeros import told_zero
from summariser.records import Span


def _nils(text: str) -> list[tuple[bool, bool]]:
    return [(n.killed, n.injured) for n in site_nils(text, 0, len(text))]


@pytest.mark.parametrize("text, roles", [
    ("A shell landed beside the pumping station, but nobody among its shift workers was injured.", [(False, True)]),
    ("The ferry was hit by a drone at the pier; no deaths among the sailors were reported.", [(True, False)]),
    ("Two rockets struck the depot at dawn. No crewmen were hurt, the railway said.", [(False, True)]),
    ("The tug was struck off the coast; none of the crews was wounded.", [(False, True)]),
    ("A drone crashed into the warehouse roof. The night workforce came out uninjured.", [(False, True)]),
    ("A missile hit the mill at night; there were no casualties among the mill's on-duty staff.", [(True, True)]),
])
def test_the_reader_tells_the_site_nil_and_its_roles(text: str, roles: list[tuple[bool, bool]]) -> None:
    assert _nils(text) == roles


@pytest.mark.parametrize("text", [
    "A shell hit the school yard; no pupils among the wounded were under ten.",
    "Drones struck the barracks; there were no casualties among the conscripts.",
    "The crew of the fire engine said the blaze was out by noon.",
])
def test_no_site_nil_where_the_group_is_no_sites_people(text: str) -> None:
    assert _nils(text) == []


@pytest.mark.parametrize("text, killed, injured", [
    ("A drone set the grain terminal on fire overnight. No casualties among its sailors were reported.", 0, 0),
    ("Rockets fell on the bus depot at six. Nobody among the shift workers was hurt.", None, 0),
])
def test_both_paths_read_the_same_nil(text: str, killed: int | None, injured: int | None) -> None:
    rules = {f: (z.value if (z := site_zero(f, text, [(0, len(text))])) else None) for f in ("killed", "injured")}
    spans = [Span(text=text, start=0, end=len(text))]
    grounded = {f: (z.value if (z := told_zero(f, text, spans)) else None) for f in ("killed", "injured")}
    assert rules == grounded == {"killed": killed, "injured": injured}


@pytest.mark.parametrize("after, site", [
    (" among the crewmen on watch", True),
    (" on board the ship", True),
    (" among the depot's employees", True),
    (" among the crew and the soldiers", False),
    (" among the marines", False),
])
def test_the_group_after_a_nil(after: str, site: bool) -> None:
    text = "there were no casualties" + after
    assert site_group_after(text, len("there were no casualties")) is site
