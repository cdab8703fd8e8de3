"""Round-15 class A4: relative times inside an item that carries its own dated stamp (a photo
gallery's captions, a briefing's dated entries, no clock): "overnight", "in the morning", "on
Tuesday" are told from the stamp's day, not from the publication day. One dated line at the top
of an ordinary story keeps the publication day. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.complete import resolve_when

PUBLISHED = dt.date(2026, 10, 14)  # a Wednesday

GALLERY = [
    # (article, the item's words, the when, the expected start, end)
    ("**1.** KHARKIV, Ukraine – October 9, 2026: Rescuers clear glass from a school hit by a drone overnight.\n\n"
     "**2.** SUMY, Ukraine – October 11, 2026: A woman walks past a burned bus.\n",
     "overnight", "2026-10-08", "2026-10-09"),
    ("SLOVIANSK, Ukraine — 10 October 2026: A mother and child wait outside a clinic damaged by a rocket in the afternoon.\n\n"
     "KRAMATORSK, Ukraine — 12 October 2026: Volunteers hand out bread.\n",
     "in the afternoon", "2026-10-10", "2026-10-10"),
    ("Photo 4 · ODESA, Ukraine, 7 October 2026: Firefighters at a port warehouse.\n"
     "Photo 5 · DNIPRO, Ukraine, 2 October 2026: Smoke rises over a depot struck early in the morning.\n",
     "early in the morning", "2026-10-02", "2026-10-02"),
    ("October 8, 2026 — Shelling cut power to Nikopol last night.\n\nOctober 12, 2026 — Schools reopen in Izium.\n",
     "last night", "2026-10-07", "2026-10-08"),
    ("## 3. ZAPORIZHZHIA – Oct. 6, 2026: Workers inspect a substation hit by a missile this morning.\n"
     "## 4. KHERSON – Oct. 9, 2026: A ferry idles at the pier.\n",
     "this morning", "2026-10-06", "2026-10-06"),
    ("Picture 2: CHERNIHIV, 5 October 2026 - A drone struck a kindergarten overnight; nobody was inside.\n"
     "Picture 3: POLTAVA, 7 October 2026 - Cadets lay flowers.\n",
     "overnight", "2026-10-04", "2026-10-05"),
]


@pytest.mark.parametrize("text, words, start, end", [(t, w, s, e) for t, w, s, e in GALLERY])
def test_relative_words_in_a_dated_item_follow_its_stamp(text, words, start, end):
    at = text.index(words)
    got = resolve_when(words, PUBLISHED, text, (at, at + len(words)))
    assert (str(got.start), str(got.end)) == (start, end)


def test_a_caption_record_is_dated_by_its_caption():
    text = GALLERY[0][0]
    quote = "Rescuers clear glass from a school hit by a drone overnight."
    record = {"kind": "air_drone_strike", "places": ["Kharkiv"], "evidence": [quote], "when": "overnight"}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    assert got.attacks and str(got.attacks[0].date.start) == "2026-10-08"


ONE_DATELINE = [
    ("KHARKIV, Ukraine – October 9, 2026: A drone hit a school overnight, the mayor said.", "overnight",
     "2026-10-13", "2026-10-14"),
    ("A drone hit a school in Kharkiv overnight.\n\nOn October 9, 2026: the first strike on the district.", "overnight",
     "2026-10-13", "2026-10-14"),
    ("KYIV, Oct 14 (Reuters) - A missile hit a depot in the morning.\nKYIV, Oct 12 (Reuters) - Talks went on.",
     "in the morning", "2026-10-14", "2026-10-14"),
]


@pytest.mark.parametrize("text, words, start, end", ONE_DATELINE)
def test_an_ordinary_story_keeps_the_publication_day(text, words, start, end):
    at = text.index(words)
    got = resolve_when(words, PUBLISHED, text, (at, at + len(words)))
    assert (str(got.start), str(got.end)) == (start, end)
