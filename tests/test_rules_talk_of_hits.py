"""Talk about hits that tells no strike (r13atk, dev24 B2): a reporting policy ("officials in X no
longer disclose where drones hit", "media were banned from showing the sites of strikes") names no
place hit and opens no record. A sentence that also tells a strike, or a toll, keeps it.
Sentences written for these tests; published Wednesday 4 March 2026."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

LEAD = "The war has now entered its fifth year. Drones hit an oil depot in Tuapse overnight, the governor said. "


def _records(text: str) -> list[Attack]:
    article = make_article(LEAD + text, published="2026-03-04")
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


@pytest.mark.parametrize("text", [
    "Officials in Kursk no longer disclose where drones hit.",
    "Local media in Belgorod were banned from showing the sites of strikes.",
    "In Kursk, officials have stopped publishing the locations of the hits.",
    "The Voronezh governor would not say which facilities were struck.",
    "Bloggers in Novorossiysk are forbidden from posting footage of strikes.",
    "Authorities in Belgorod rarely reveal exactly where missiles land.",
    "Officials in Bryansk did not specify what was hit.",
])
def test_talk_of_what_is_disclosed_opens_no_record(text: str) -> None:
    assert [[p.name for p in a.locations] for a in _records(text)] == [["Tuapse"]]


@pytest.mark.parametrize("text, place, injured", [
    ("Officials in Oryol said drones hit a fuel depot overnight.", "Oryol", None),
    ("Drones hit a substation in Kursk, but officials did not disclose where other drones landed.", "Kursk", None),
    ("Officials in Belgorod did not disclose where the drone hit, but two people were wounded.", "Belgorod", 2),
])
def test_a_strike_or_a_toll_beside_such_talk_stays(text: str, place: str, injured: int | None) -> None:
    record = next(a for a in _records(text) if a.locations and a.locations[0].name == place)
    assert (record.injured.value if record.injured else None) == injured


@pytest.mark.parametrize("text", [
    "Officials in Kursk have stopped saying where drones land.",
    "The Belgorod governor no longer names the villages that are hit.",
    "In Bryansk, officials do not make public where missiles strike.",
])
def test_talk_of_hits_in_other_words_opens_no_record(text: str) -> None:
    assert [[p.name for p in a.locations] for a in _records(text)] == [["Tuapse"]]
