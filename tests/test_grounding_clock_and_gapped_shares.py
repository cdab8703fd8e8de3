"""Regional shares (dev20 A6): a clock phrase in the total's reporting window ("between 8 p.m.
Moscow time and 6 a.m."; "<clock> local / Kyiv / GMT / UTC time") is no place and no
share, so the total before it still gives its shares their role; and a gapped share list after an
explicit one ("The A region accounted for 20 of them, the B region for 18 and C for 14") grounds
each share. Negatives: a clock number is never a share, and a share larger than its total stays
refused. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft


def _intercepted(text: str, value: int, place: str) -> int | None:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": [place], "weapons": [
        {"type": "drone", "intercepted": value}], "evidence": [text]}]})
    records = draft_to_records(draft, text, published=dt.date(2027, 4, 4)).attacks
    weapon = records[0].weapons[0] if records and records[0].weapons else None
    return weapon.intercepted.value if weapon and weapon.intercepted else None


@pytest.mark.parametrize("text,value,place", [
    ("Air defences downed 52 drones between 8 p.m. Moscow time and 6 a.m. on Tuesday. "
     "Of these, 20 were over Bryansk.", 20, "Bryansk"),
    ("Air defence units destroyed 47 drones from 11 p.m. Moscow time until 7 a.m., the ministry said. "
     "Of them, 15 fell over Kursk.", 15, "Kursk"),
    ("Russia's air defences intercepted 38 drones overnight, between 9 p.m. local time and 5 a.m. "
     "Of these, 12 were over the Rostov region.", 12, "Rostov region"),
    ("The ministry said 44 drones were shot down from 10 p.m. GMT to 4 a.m. Of them, 19 were over Belgorod.",
     19, "Belgorod"),
    ("Air defences destroyed 61 drones between 20:00 Kyiv time and 06:00, the ministry said. "
     "Of these, 25 were over the Bryansk region.", 25, "Bryansk region"),
    ("From 9 p.m. Moscow time to midnight, air defences downed 33 drones. Of them, 11 were over Oryol.",
     11, "Oryol"),
])
def test_a_clock_phrase_after_the_total_does_not_hide_it(text, value, place):
    assert _intercepted(text, value, place) == value


@pytest.mark.parametrize("text,value,place", [
    ("Air defences downed 52 drones overnight. The Bryansk region accounted for 20 of them, the Kursk region "
     "for 18 and the Oryol region for 14.", 18, "Kursk region"),
    ("Air defences downed 52 drones overnight. The Bryansk region accounted for 20 of them, the Kursk region "
     "for 18 and the Oryol region for 14.", 14, "Oryol region"),
    ("Russian air defences destroyed 40 drones. Belgorod accounted for 16 of them, Kursk for 13, Voronezh for 11.",
     13, "Kursk"),
    ("Russian air defences destroyed 40 drones. Belgorod accounted for 16 of them, Kursk for 13, Voronezh for 11.",
     11, "Voronezh"),
])
def test_a_gapped_share_after_an_explicit_one_is_a_share(text, value, place):
    assert _intercepted(text, value, place) == value


@pytest.mark.parametrize("text,value,place", [
    ("Air defences downed 52 drones between 8 p.m. Moscow time and 6 a.m. on Tuesday.", 8, "Moscow"),
    ("Air defences downed 52 drones between 8 p.m. Moscow time and 6 a.m. on Tuesday.", 6, "Moscow"),
    ("Air defences downed 12 drones overnight. The Bryansk region accounted for 10 of them, the Kursk region "
     "for 18.", 18, "Kursk region"),
])
def test_a_clock_number_or_an_oversized_share_is_never_a_share(text, value, place):
    assert _intercepted(text, value, place) is None


@pytest.mark.parametrize("text,sentences", [
    ("Drones were downed from 8 p.m. Moscow time to dawn. Of these, 20 were over Bryansk.", 2),
    ("The raid began at 11 p.m. Kyiv time and ended at 4 a.m. local time, officials said.", 1),
    ("Sirens sounded at 2 a.m. GMT across the region. Nothing was hit.", 2),
    ("The raid began at 11 p.m. Kyiv was quiet by dawn.", 2),  # no zone after the clock: a sentence ends
])
def test_a_clock_before_its_time_zone_ends_no_sentence(text, sentences):
    from summariser.sentences import split_sentences
    assert len(split_sentences(text)) == sentences
