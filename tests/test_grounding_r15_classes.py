"""Round-15 loss classes of the LLM path, each in general form with fresh sentences and
negatives: a count opening the sentence after a dateline ending in a month (A1), a phone call
told by an irregular verb (A6), a forward relative day the model wrote as a calendar date (A8).
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support

PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# --------------------------------------------------------------------------- A1: dateline + count

AFTER_DATELINE = [
    ("LVIV, 4 March. Six people died when a drone struck a bakery in the Sykhiv district.", 6, "killed"),
    ("ODESA, 12 January. Two teenagers were injured when debris hit a sports hall.", 2, "injured"),
    ("SUMY, 30 June. 8 civilians were wounded by shelling on the city's northern edge.", 8, "injured"),
    ("Kherson, 9 November. Three residents were killed by a drone dropping explosives.", 3, "killed"),
    ("DNIPRO, Aug. 21 (Ukrinform). Five people were hurt as a missile hit a car park.", 5, "injured"),
    ("POLTAVA, 2 May. Eleven cadets were injured at the academy.", 11, "injured"),
    ("CHERNIHIV, 17 December. 4 men died under the rubble of a shop.", 4, "killed"),
    ("KRAMATORSK, 1 April.\nSeven people were wounded in a glide-bomb strike.", 7, "injured"),
    ("ZAPORIZHZHIA, 25 Feb. Nine people were wounded in a morning missile attack.", 9, "injured"),
]


@pytest.mark.parametrize("text, value, field", AFTER_DATELINE)
def test_a_count_after_a_dateline_month_is_a_count(text, value, field):
    assert _kept(value, field, text)


STILL_DATES = [
    ("The talks are set for Nov. 12 in Geneva, and 40 people were injured.", 12, "injured"),
    ("Shelling resumed on March 9 and 15 people were wounded.", 9, "injured"),
    ("The strike came on Sept. 8 and wounded 30 people.", 8, "injured"),
    ("By July 14 the toll of injured stood at 50.", 14, "injured"),
]


@pytest.mark.parametrize("text, value, field", STILL_DATES)
def test_a_day_after_a_month_stays_a_date(text, value, field):
    assert not _kept(value, field, text)
