"""A2 of an unseen set's LLM losses: date words a model gives that were read to no date, each in
general form with fresh sentences and negatives (`grounding/day_words.py`, `complete.resolve_when`):

- a clock time or a same-day clock span with no day word is the day of the report (a live-blog
  entry's day, else publication); a span across midnight is the night ending on that day;
- "the first / second half of <Month>": the 1st-15th or the 15th-end (month precision);
- a season ("last autumn", "this summer", "in the winter", "spring 2025"): its three months;
- a time phrase copied without its preposition ("the past night", "the early hours").
"""

from __future__ import annotations

import datetime as dt

import pytest

from probes import attacks_of
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.complete import resolve_when

PUBLISHED = dt.date(2026, 3, 20)  # a Friday
D = dt.date


def _span(words: str, published: dt.date = PUBLISHED, **kind) -> tuple[dt.date | None, dt.date | None]:
    found = resolve_when(words, published, **kind)
    return found.start, found.end


def _attack_date(text: str, when: str, place: str, published: dt.date = PUBLISHED):
    draft = ArticleDraft.model_validate({"attacks": [{"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
                                                      "places": [place], "when": when, "evidence": [text]}]})
    [attack] = draft_to_records(draft, text, published=published).attacks
    return attack.date


@pytest.mark.parametrize("when", [
    "shortly before 6 a.m.", "just past 9 p.m.", "at about 14:20", "around 7pm", "from 10:00 to 15:30",
    "From 07:00 to 13:00 Moscow time", "between 11.00 and 13.30 Kyiv time", "10 a.m. to 2 p.m.",
    "in the daytime hours, 10:00 to 15:30", "between 7 am and 11 am",
])
def test_a_clock_time_with_no_day_is_the_report_day(when):
    assert _span(when) == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize("when", ["from 22:00 to 04:00", "between 9 p.m. and 3 a.m.", "between 23.00 and 05.00 Kyiv time"])
def test_a_clock_span_across_midnight_is_the_night_ending_on_the_report_day(when):
    assert _span(when) == (D(2026, 3, 19), PUBLISHED)


def test_a_clock_time_in_a_live_blog_entry_is_that_entrys_day():
    text = ("Live: the war day by day\n\n**Thursday 19 March**\n\n**21:10** - Drones hit a depot in Kovel, the governor said.\n\n"
            "**20:05** - Shortly before 8 p.m. a guided bomb hit a shop in Kramatorsk, police said.\n")
    date = _attack_date(text, "shortly before 8 p.m.", "Kramatorsk", published=D(2026, 3, 20))
    assert date is not None and (date.start, date.end) == (D(2026, 3, 19), D(2026, 3, 19))


@pytest.mark.parametrize(("when", "span"), [
    ("in the first half of March", (D(2026, 3, 1), D(2026, 3, 15))),
    ("the second half of February", (D(2026, 2, 15), D(2026, 2, 28))),
    ("during the first half of January 2025", (D(2025, 1, 1), D(2025, 1, 15))),
    ("the latter half of November", (D(2025, 11, 15), D(2025, 11, 30))),
])
def test_half_a_month_is_its_half(when, span):
    assert _span(when) == span


def test_half_a_month_planned_is_the_coming_one():
    assert _span("the first half of February", planned=True) == (D(2027, 2, 1), D(2027, 2, 15))


@pytest.mark.parametrize(("when", "span"), [
    ("last autumn", (D(2025, 9, 1), D(2025, 11, 30))),
    ("last spring", (D(2025, 3, 1), D(2025, 5, 31))),
    ("this summer", (D(2026, 6, 1), D(2026, 8, 31))),
    ("in the winter", (D(2025, 12, 1), D(2026, 2, 28))),
    ("last winter", (D(2025, 12, 1), D(2026, 2, 28))),
    ("in spring 2024", (D(2024, 3, 1), D(2024, 5, 31))),
    ("the summer of 2025", (D(2025, 6, 1), D(2025, 8, 31))),
    ("last fall", (D(2025, 9, 1), D(2025, 11, 30))),
])
def test_a_season_is_its_three_months(when, span):
    assert _span(when) == span


def test_a_season_planned_is_the_coming_one():
    assert _span("in the autumn", planned=True) == (D(2026, 9, 1), D(2026, 11, 30))


@pytest.mark.parametrize(("when", "span"), [
    ("the past night", (D(2026, 3, 19), PUBLISHED)),
    ("the early hours", (PUBLISHED, PUBLISHED)),
    ("the last 24 hours", (D(2026, 3, 19), PUBLISHED)),
])
def test_a_time_phrase_without_its_preposition_reads_as_with_it(when, span):
    assert _span(when) == span


@pytest.mark.parametrize("when", ["the fall of Bakhmut", "the capital", "the drones", "6 drones", "the 24th package",
                                  "a second half", "the first half",
                                  "the night watchman", "the past", "the early years"])
def test_words_that_name_no_time_stay_unread(when):
    assert _span(when) == (None, None)


def test_a_clock_written_in_the_sentence_dates_the_record_to_the_report_day():
    text = "Shortly before 6 a.m. a guided bomb hit a supermarket in Kostiantynivka, police said."
    date = _attack_date(text, "shortly before 6 a.m.", "Kostiantynivka")
    assert date is not None and (date.start, date.end) == (PUBLISHED, PUBLISHED)


def test_a_season_written_in_the_sentence_dates_the_record():
    text = "Last autumn a shell hit the clinic in Nikopol, killing a nurse, her colleagues recall."
    date = _attack_date(text, "last autumn", "Nikopol")
    assert date is not None and (date.start, date.end) == (D(2025, 9, 1), D(2025, 11, 30))


# --------------------------------------------------------------------------- "the night of D" is the night to D

@pytest.mark.parametrize(("words", "span"), [
    ("on the night of 16 March", (D(2026, 3, 15), D(2026, 3, 16))),
    ("the night of March 9", (D(2026, 3, 8), D(2026, 3, 9))),
    ("during the night of 1 March", (D(2026, 2, 28), D(2026, 3, 1))),
    ("overnight into 16 March", (D(2026, 3, 15), D(2026, 3, 16))),
    # both days named: that night
    ("the night of 16 to 17 March", (D(2026, 3, 16), D(2026, 3, 17))),
    ("the night of March 8-9", (D(2026, 3, 8), D(2026, 3, 9))),
])
def test_the_night_of_a_date_ends_on_that_date(words, span):
    from summariser.dates import resolve

    found = resolve(words, PUBLISHED)
    assert (found.start, found.end) == span
    assert _span(words) == span


def test_the_rules_read_the_night_of_a_date_as_the_night_to_it():
    from summariser.articles import make_article
    from summariser.backends.rules import RulesBackend

    text = "On the night of 12 March, Russian drones struck a depot in Kovel, the governor said."
    [attack] = attacks_of(text, "2026-03-20")
    assert attack.date is not None and (attack.date.start, attack.date.end) == (D(2026, 3, 11), D(2026, 3, 12))


@pytest.mark.parametrize("written", ["2026-03-12 to 2026-03-13", "the night of 12-13 March", "12/13 March"])
def test_the_night_of_a_date_written_as_the_night_after_it_keeps_the_articles_night(written):
    text = "On the night of 12 March, Russian drones struck a depot in Kovel, the governor said."
    date = _attack_date(text, written, "Kovel")
    assert date is not None and (date.start, date.end) == (D(2026, 3, 11), D(2026, 3, 12))


@pytest.mark.parametrize("written", ["2026-03-13 to 2026-03-14", "the night of 10-11 March"])
def test_another_night_than_the_articles_stays_refused(written):
    text = "On the night of 12 March, Russian drones struck a depot in Kovel, the governor said."
    date = _attack_date(text, written, "Kovel")
    # the written night is refused; the sentence's own night dates the record (dev13 class A4)
    assert date is not None and (date.start, date.end) == (D(2026, 3, 11), D(2026, 3, 12))
