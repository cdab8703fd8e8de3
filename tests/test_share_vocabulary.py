"""Regional shares of a downed total are read from one vocabulary (`knowledge/data/cues/shares.yaml`)
by the rules (a breakdown's regions fold into the country record) and by grounding (a model's
count equal to a share takes the total's role). Fresh sentences of our own."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from probes import attacks_of
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.rules import place_folds
from summariser.grounding import shares
from summariser.knowledge import cues


def _rules_attacks(text: str):
    return attacks_of(text, "2027-03-09")


def _grounded_intercepted(text: str, value: int, place: str) -> int | None:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": [place], "weapons": [
        {"type": "drone", "intercepted": value}], "evidence": [text]}]})
    records = draft_to_records(draft, text, published=dt.date(2027, 3, 9)).attacks
    weapon = records[0].weapons[0] if records and records[0].weapons else None
    return weapon.intercepted.value if weapon and weapon.intercepted else None


@pytest.mark.parametrize("verb", [p.replace(r"\s+", " ") for p in cues.phrases("shares", "fall_verbs")])
def test_every_fall_verb_is_read_by_both_paths(verb):
    assert place_folds._SHARE_FALL.search(f"Nine {verb} over the Tambov region.")
    assert shares._SHARE_PLACE.match(f" drones {verb} over Tambov") is not None


@pytest.mark.parametrize("text,total", [
    ("Russian air defences destroyed 38 Ukrainian drones overnight, the ministry reported. Fourteen were downed "
     "over the Tambov region and ten over the Penza region.", 38),
    ("Air defence units intercepted 29 drones after midnight, Moscow said. Twelve came down over the Kaluga "
     "region, while eight were destroyed above the Tver region.", 29),
])
def test_rules_fold_the_regions_of_a_share_into_the_country_record(text, total):
    # the country record keeps the total; a share with no struck locality told is its region's own
    # record beside it (codebook 3, ruling of 2 December 2026; r17 regional_shares)
    [country] = [a for a in _rules_attacks(text) if [p.level.value for p in a.locations] == ["country"]]
    assert [p.name for p in country.locations] == ["Russia"]
    assert [w.intercepted.value for w in country.weapons if w.intercepted] == [total]


@pytest.mark.parametrize("text,value,place", [
    ("Air defences destroyed 63 drones overnight. Of these, 21 were brought down over Kaluga and 8 over Tver.",
     21, "Kaluga"),
    ("Air defences destroyed 63 drones overnight. Of these, 21 went down over Kaluga and 8 were downed over Tver.",
     8, "Tver"),
])
def test_grounding_reads_a_share_told_with_any_fall_verb(text, value, place):
    assert _grounded_intercepted(text, value, place) == value


def test_a_tally_verb_is_never_searched_for_in_a_whole_sentence_by_the_rules():
    assert not place_folds._SHARE_FALL.search("The drones were launched from the south and were seen by residents.")
    assert re.search(shares._shares("tally_verbs"), "were") is not None
