"""Two model habits the grounding reads (dev24 minor classes A4 and A5), with fresh sentences:

- A4: a city word on a region's name ("Tatarstan city", "city of Bashkortostan") is the region,
  at the gazetteer's level, when no city of that name exists; a real city keeps its reading.
- A5: a night named as the owner of a report's noun ("the night's figures", "last night's
  attack", "tonight's barrage") is that night, read as the bare night words are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.complete import resolve_when
from summariser.grounding.place_aliases import region_for_city_habit

PUBLISHED = dt.date(2026, 6, 18)


def _places(text: str, place: str, attacker="Ukraine", target="Russia"):
    record = {"attacker": attacker, "target_country": target, "kind": "air_drone_strike", "places": [place],
              "evidence": [text]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    return [(loc.name, loc.level.value) for a in got.attacks for loc in a.locations], got.warnings


# --------------------------------------------------------------------------- A4: "<region> city"

HABITS = [
    ("Drones hit a chemical works in Tatarstan overnight, the Russian defence ministry said.", "Tatarstan city", "Tatarstan"),
    ("A drone struck a refinery in Bashkortostan on Tuesday, local officials said.", "Bashkortostan city", "Bashkortostan"),
    ("Two drones fell on an industrial park in Chuvashia, its head wrote.", "Chuvashia City, Russia", "Chuvashia"),
    ("An oil depot in Tatarstan caught fire after a drone attack early on Monday.", "city of Tatarstan", "Tatarstan"),
    ("In Bashkortostan, a UAV hit the roof of a plant; nobody was hurt.", "Bashkortostan City", "Bashkortostan"),
    ("Officials in Udmurtia said a drone had struck an arms plant there.", "Udmurtia city", "Udmurtia"),
]


@pytest.mark.parametrize("text, answer, region", HABITS)
def test_a_city_word_on_a_regions_name_is_the_region(text, answer, region):
    places, warnings = _places(text, answer)
    assert places == [(region, "region")]
    assert not any("not in the gazetteer" in w for w in warnings)


@pytest.mark.parametrize("written", ["Kharkiv city", "Moscow city", "Kursk city", "city of Odesa", "Tatarstan",
                                     "Springfield city"])
def test_a_real_city_or_an_unknown_name_is_not_rewritten(written):
    assert region_for_city_habit(written) is None


# --------------------------------------------------------------------------- A5: "the night's figures"

TEXT = "Overnight, Russia launched 64 drones at Ukraine, the air force said. Of these, 50 were shot down."


@pytest.mark.parametrize("words", ["the night's figures", "the night's", "The night's air force figures",
                                   "last night's attack", "tonight's barrage", "the night’s toll"])
def test_a_night_owning_a_noun_is_the_reports_night(words):
    got = resolve_when(words, PUBLISHED, TEXT, (0, len(TEXT)))
    assert (got.start, got.end) == (PUBLISHED - dt.timedelta(days=1), PUBLISHED)


@pytest.mark.parametrize("words", ["that night's figures", "a night's rest", "night's figures", "the figures"])
def test_a_night_no_report_owns_stays_unread(words):
    assert resolve_when(words, PUBLISHED, TEXT, (0, len(TEXT))).start is None
