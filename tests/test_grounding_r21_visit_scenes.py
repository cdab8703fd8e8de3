"""dev21 A5 (and the arrival family of C1, dev20's "landed in") on the LLM path: a visit told as a
scene at the host's seat of government ("sat at the long table of the Elysee Palace", "was at the
Kremlin for two hours"), as an arrival in a named place ("landed in Chisinau", "stepped off an
overnight train in Kyiv"), or by a sentence whose next one names the event ("The meeting ran past
midnight") is an event; refugees and cargo arriving, or a scene with no seat, stay none. Fresh
sentences of our own."""

from __future__ import annotations

import pytest

from summariser.grounding.events import describes_event
from summariser.records import Span


def _describes(text: str, quoted: str | None = None) -> bool:
    quoted = quoted or text
    at = text.index(quoted)
    return describes_event([Span(start=at, end=at + len(quoted), text=quoted)], text)


SCENES = [
    "On Tuesday the Moldovan president sat at the long table of the Elysee Palace beside the French president.",
    "Orsolya Bencze, Hungary's foreign minister, was at the Kremlin on Monday for two hours.",
    "The Finnish prime minister stood beside the American president in the Oval Office on Thursday.",
    "The Polish president lunched with the prime minister at Downing Street.",
    "The Irish taoiseach got off an overnight train in Odesa on Monday.",
    "Landing in Chisinau before noon, the Romanian president went straight to the parliament.",
    "The Czech foreign minister touched down in Vilnius late on Sunday.",
    "The Danish premier stepped off the night train in Kyiv early on Wednesday.",
]


@pytest.mark.parametrize("text", SCENES)
def test_a_scene_at_the_hosts_seat_or_an_arrival_is_an_event(text):
    assert _describes(text)


def test_a_scene_whose_next_sentence_names_the_meeting_is_an_event():
    text = "The Latvian president sat in a gilded room across from the Swedish king on Friday. The meeting ran past midnight."
    assert _describes(text, "The Latvian president sat in a gilded room across from the Swedish king on Friday.")


NOT_EVENTS = [
    "Refugees stepped off the train in Przemysl after a long night.",
    "The cargo landed in a field near the village.",
    "The governor sat in his car for an hour outside the hospital.",
    "A drone fell in a field near the airport; debris landed on a roof.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_arrivals_of_people_or_cargo_with_no_place_or_seat_are_none(text):
    assert not _describes(text)


def test_a_scene_whose_next_sentence_is_no_event_is_none():
    text = "The governor sat in a gilded room on Friday. The building dates from 1903."
    assert not _describes(text, "The governor sat in a gilded room on Friday.")
