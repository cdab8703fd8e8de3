"""dev34 class R1: an agreement a party left, withdrew from or suspended (status `cancelled`) is
dated by the exit, which lies in the past: its day or month told without a year is read as written,
not a year on as a called-off event's planned day is (`grounding/exit_dates.py`); "this year" names
the year as a written year does (`dates.looking_ahead`). Fresh sentences, published in late October."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.dates import looking_ahead, resolve
from summariser.grounding.exit_dates import past_exit
from summariser.records import Span

PUBLISHED = dt.date(2026, 10, 24)


def _date(text: str, when: str, status: str = "cancelled", kind: str = "agreement") -> tuple[dt.date | None, dt.date | None]:
    record = {"kind": kind, "status": status, "participants": [], "evidence": [text], "when": when,
              "description": "an agreement left"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)
    assert got.diplomacy, got.rejected
    date = got.diplomacy[0].date
    return (date.start, date.end) if date else (None, None)


EXITS = [  # (sentence, when, the exit's first day)
    ("Moscow quit the ammonia pipeline accord on 3 March, the ministry recalled.", "on 3 March", dt.date(2026, 3, 3)),
    ("Since Hungary suspended its part in the transit scheme in February, lorries have queued for days.",
     "in February", dt.date(2026, 2, 1)),
    ("Ankara pulled out of the fishing accord in May this year, citing unpaid quotas.", "in May this year",
     dt.date(2026, 5, 1)),
    ("The deal collapsed when Kyiv withdrew from it on 9 June.", "on 9 June", dt.date(2026, 6, 9)),
    ("On 4 April, Belgrade tore up the energy memorandum it had signed with Sofia.", "On 4 April", dt.date(2026, 4, 4)),
    ("In August Warsaw walked away from the river fisheries pact.", "In August", dt.date(2026, 8, 1)),
    ("Minsk had withdrawn on 12 July from the border demarcation treaty, officials in Vilnius said.", "on 12 July",
     dt.date(2026, 7, 12)),
    ("Chisinau left the regional energy pact in early June.", "in early June", dt.date(2026, 6, 1)),
]


@pytest.mark.parametrize("text, when, day", EXITS)
def test_an_exit_from_an_agreement_keeps_its_past_date(text, when, day):
    assert _date(text, when)[0] == day


CALLED_OFF = [  # (sentence, when, the planned day, a year on)
    ("The summit set for 12 January was called off.", "12 January", dt.date(2027, 1, 12)),
    ("Talks planned for March were scrapped on Monday.", "March", dt.date(2027, 3, 1)),
    ("Minsk pulled out of the talks set for 3 March.", "3 March", dt.date(2027, 3, 3)),
    ("Hungary abandoned the round of talks planned for 2 February.", "2 February", dt.date(2027, 2, 2)),
]


@pytest.mark.parametrize("text, when, day", CALLED_OFF)
def test_a_called_off_event_still_looks_ahead(text, when, day):
    assert _date(text, when, kind="talks")[0] == day


def test_a_proposal_still_looks_ahead():
    assert _date("Kyiv proposed a truce from 1 May.", "from 1 May", status="proposed", kind="proposal")[0] \
        == dt.date(2027, 5, 1)


NOT_EXITS = [  # (sentence, date words): no active exit verb governs the date
    ("The truce was suspended in May after shelling resumed.", "in May"),  # passive: the thing left
    ("Hungary abandoned the March round of talks.", "March"),  # attributive: the round's month
    ("The envoy left for Ankara on 3 March.", "on 3 March"),  # a journey
    ("Moscow quit the council, which meets in June.", "in June"),  # another clause's date
    ("Belgrade withdrew from the summit and it was cancelled in May.", "in May"),  # the calling-off's verb
    ("Sofia will withdraw from the accord in March.", "in March"),  # not past
]


@pytest.mark.parametrize("text, when", NOT_EXITS)
def test_a_date_no_exit_governs_is_no_exit_date(text, when):
    assert not past_exit(when, [Span(text=text, start=0, end=len(text))], text)


@pytest.mark.parametrize("words", ["on 17 July this year", "in July of this year", "earlier this year, in July"])
def test_this_year_names_the_year(words):
    found = resolve("in July", PUBLISHED)
    assert looking_ahead(found, words, PUBLISHED).start == dt.date(2026, 7, 1)
    assert looking_ahead(found, "in July", PUBLISHED).start == dt.date(2027, 7, 1)  # no year told: a year on


@pytest.mark.parametrize("when", ["2026-05-09", "9 May 2026"])
def test_a_calendar_date_the_model_wrote_reads_the_exit_day(when):
    text = "Sofia pulled out of the river transit accord on 9 May, citing unpaid tolls."
    assert _date(text, when)[0] == dt.date(2026, 5, 9)


def test_a_calendar_date_beside_a_called_off_day_still_looks_ahead():
    text = "The signing planned for 9 May was called off by Sofia."
    assert not past_exit("2026-05-09", [Span(text=text, start=0, end=len(text))], text)
