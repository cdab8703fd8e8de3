"""The LLM path keeps correct answers apart and reads who and how many from the article itself,
in fresh sentences written for these tests (several phrasings each):

- merging joins only true duplicates: a region's share written with the bare region name stays
  apart from its same-named city's strike, and an earlier hit dated "this month" in the same
  sentence as tonight's stays apart (`backends/merging.py`, `grounding.complete.region_as_written`);
- a person the actor dictionary does not know resolves to the state the article introduces them
  with (`grounding.names.introduced_person`), and stays unresolved when it gives none;
- relations counted and then aged under 18 are children (`grounding.people.kin_minors`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.merging import merge_attacks
from summariser.grounding import count_support
from summariser.grounding.names import ground_actor
from summariser.records import LocationLevel

THURSDAY = dt.date(2026, 4, 16)


def _records(text: str, attacks: list[dict]):
    draft = ArticleDraft.model_validate({"attacks": [
        {"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike", **a} for a in attacks]})
    return merge_attacks(draft_to_records(draft, text, published=THURSDAY).attacks)


# --------------------------------------------------------------------------- region vs city

@pytest.mark.parametrize("share", [
    "Air defences downed 40 drones, 12 of them over the Lipetsk region, officials said overnight.",
    "Of the 40 drones destroyed overnight, 12 were shot down above Lipetsk Oblast, officials said.",
    "Officials said overnight that 12 of 40 drones were destroyed over the region of Lipetsk.",
])
def test_a_regions_share_stays_apart_from_its_same_named_city(share):
    city = "In Lipetsk itself, debris struck a garage overnight and a watchman was hurt."
    text = f"{share} {city}"
    recs = _records(text, [
        {"places": ["Lipetsk"], "when": "overnight", "weapons": [{"type": "drone", "intercepted": 12}],
         "evidence": [share]},
        {"places": ["Lipetsk"], "when": "overnight", "injured": 1, "evidence": [city]},
    ])
    assert sorted(r.locations[0].level.value for r in recs) == ["city", "region"]
    region = next(r for r in recs if r.locations[0].level is LocationLevel.region)
    assert region.weapons[0].intercepted is not None and region.weapons[0].intercepted.value == 12
    assert region.injured is None


def test_one_strike_written_twice_still_merges():
    text = "A drone hit a warehouse in Lipetsk overnight, injuring a guard, the mayor said."
    recs = _records(text, [
        {"places": ["Lipetsk"], "when": "overnight", "evidence": [text]},
        {"places": ["Lipetsk"], "when": "overnight", "injured": 1, "evidence": [text]},
    ])
    assert len(recs) == 1 and recs[0].locations[0].level is LocationLevel.city
    assert recs[0].injured is not None and recs[0].injured.value == 1


# --------------------------------------------------------------------------- two dates, one sentence

@pytest.mark.parametrize("sentence,earlier", [
    ("Drones set a fuel depot in Saratov on fire early on Tuesday, the third such strike this month.",
     "this month"),
    ("The Saratov depot, already hit once this month, was set ablaze again early on Tuesday by drones.",
     "this month"),
    ("Drones struck the Saratov depot early on Tuesday; it had been hit this week as well.", "this week"),
])
def test_an_earlier_hit_in_the_same_sentence_stays_its_own_record(sentence, earlier):
    recs = _records(sentence, [
        {"places": ["Saratov"], "when": "early on Tuesday", "evidence": [sentence]},
        {"places": ["Saratov"], "when": earlier, "evidence": [sentence]},
    ])
    assert len(recs) == 2
    assert {r.date.text for r in recs if r.date} == {"early on Tuesday", earlier}


def test_the_same_day_told_twice_is_one_record():
    sentence = "Drones set a fuel depot in Saratov on fire early on Tuesday, the governor said."
    recs = _records(sentence, [
        {"places": ["Saratov"], "when": "early on Tuesday", "evidence": [sentence]},
        {"places": ["Saratov"], "when": "early on Tuesday", "evidence": [sentence]},
    ])
    assert len(recs) == 1


# --------------------------------------------------------------------------- people by the article

@pytest.mark.parametrize("text,name,state", [
    ("Estonian Prime Minister Kaarel Tammsoo arrived in Vienna for the talks.", "Kaarel Tammsoo", "Estonia"),
    ("Moldova's President Ilinca Vorona said the agreement was close.", "Ilinca Vorona", "Moldova"),
    ("The talks included Hiroshi Nakabayashi, the Japanese foreign minister, and others.",
     "Hiroshi Nakabayashi", "Japan"),
    ("The host greeted Latvia's Ruta Kalnina and Slovakia's Pavol Hrinko at the palace.", "Pavol Hrinko", "Slovakia"),
    ("Estonian Prime Minister Kaarel Tammsoo spoke first. Later Tammsoo left early.", "Tammsoo", "Estonia"),
])
def test_a_person_the_dictionary_lacks_resolves_to_the_state_the_article_gives(text, name, state):
    assert ground_actor(name, text) == (state, "inferred")


@pytest.mark.parametrize("text,name", [
    ("Kaarel Tammsoo, who chairs the committee, spoke to reporters after the vote.", "Kaarel Tammsoo"),
    ("Walter's Tomas Brenner opened the conference with a short speech.", "Tomas Brenner"),
])
def test_a_person_whose_state_the_article_never_gives_stays_unresolved(text, name):
    assert ground_actor(name, text) == (name, "stated")


# --------------------------------------------------------------------------- kin by ages

@pytest.mark.parametrize("text,value,field", [
    ("Shrapnel wounded a cook and his two nephews, aged 9 and 16, outside the canteen.", 2, "children_injured"),
    ("The strike killed his three daughters, aged six, nine and 12, in their beds.", 3, "children_killed"),
    ("Falling glass injured her two grandsons, ages 7 and 11, at the bus stop.", 2, "children_injured"),
])
def test_kin_counted_then_aged_under_18_are_children(text, value, field):
    assert [h.value for h in count_support(value, field, text, (0, len(text)))] == [value]


@pytest.mark.parametrize("text,value,field", [
    ("Shrapnel wounded a cook and his two nephews, aged 19 and 24, outside the canteen.", 2, "children_injured"),
    ("The strike killed his two daughters, aged 12 and 20, at home.", 2, "children_killed"),
    ("Shrapnel wounded a nurse and her two sons outside the clinic.", 2, "children_injured"),
])
def test_kin_with_an_adult_age_or_no_age_are_no_children(text, value, field):
    assert count_support(value, field, text, (0, len(text))) == []
