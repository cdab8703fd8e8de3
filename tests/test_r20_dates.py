"""Round 20 date classes (fresh sentences, several phrasings, near-misses that must not fire):

- "last <Month>" (CODEBOOK rule 11, ruling of 3 December 2026): that month of the year before when the
  article is published in the month named or the two months after it, else the latest such month;
  read by the shared date reader, so the rules and grounding give the same month (dev37 L1);
- a person's tenure told in an aside (", who took over as ... on 1 October,", ", appointed in March,")
  does not date the event of its sentence (rules, dev37 D5);
- "the same day" names the last day told before it, passing over a month told in a background aside
  (grounding, dev38 L1).
"""

from __future__ import annotations

import datetime as dt

import pytest

from diplomacy_probes import one_record
from summariser.dates import find_dates, resolve
from summariser.grounding.complete import resolve_when
from summariser.records import DatePrecision
from summariser.records import DiplomacyStatus as S

D = dt.date


# ---------------------------------------------------------------- "last <Month>" (shared reader)
@pytest.mark.parametrize(("text", "published", "year", "month"), [
    # published in the month named or in the two months after it: the year before
    ("The corridor accord agreed last July expired this week.", D(2025, 8, 6), 2024, 7),
    ("Turkey helped broker the first swap last September.", D(2025, 9, 20), 2024, 9),
    ("Envoys first met in Doha last October, the ministry recalled.", D(2025, 12, 2), 2024, 10),
    ("The sanctions package adopted in last March has been renewed.", D(2025, 5, 30), 2024, 3),
    ("A truce brokered last Dec. collapsed within days.", D(2026, 1, 8), 2025, 12),
    # further off: the latest such month before publication
    ("The frigate was struck last April, officials said.", D(2025, 11, 3), 2025, 4),
    ("Last February the two leaders met in Warsaw.", D(2025, 7, 14), 2025, 2),
    ("The talks begun last November resumed this spring.", D(2025, 4, 2), 2024, 11),
])
def test_last_month_name(text: str, published: dt.date, year: int, month: int) -> None:
    [m] = [d for d in find_dates(text, published=published) if d.kind == "last_named_month"]
    assert (m.span.start, m.span.precision) == (D(year, month, 1), DatePrecision.month)


@pytest.mark.parametrize(("words", "published", "start"), [
    ("last July", D(2025, 8, 6), D(2024, 7, 1)),
    ("in last August", D(2025, 10, 30), D(2024, 8, 1)),
    ("last June", D(2025, 10, 30), D(2025, 6, 1)),
])
def test_grounding_reads_last_month_name_alike(words: str, published: dt.date, start: dt.date) -> None:
    assert resolve_when(words, published).start == resolve(words, published).start == start


@pytest.mark.parametrize("text", [
    "The last May Day parade in the city was cancelled.",   # an ordinal, not a date
    "Their last March rally drew thousands.",
    "The army may strike again, said the last may-be candidate.",
])
def test_last_month_name_near_misses(text: str) -> None:
    assert not [d for d in find_dates(text, published=D(2025, 8, 6)) if d.kind == "last_named_month"]


def test_last_month_name_with_its_day_is_that_day() -> None:
    [m] = find_dates("The ceasefire signed last July 12 held.", published=D(2025, 8, 6))
    assert m.span.start == D(2025, 7, 12)


def test_since_last_month_name_is_no_month() -> None:
    assert not [d for d in find_dates("Prices have doubled since last March.", published=D(2025, 8, 6))
                if d.kind == "last_named_month"]


# ---------------------------------------------------------------- a tenure aside (rules)
@pytest.mark.parametrize(("text", "published", "start", "end"), [
    ("Kallas, who became the bloc's foreign policy chief on 1 December, will chair a meeting of EU "
     "foreign ministers in Brussels next week.", "2024-12-05", D(2024, 12, 9), D(2024, 12, 15)),
    ("The new Chinese envoy, appointed in March, is due in Kyiv on Tuesday for talks with Sybiha.",
     "2024-05-10", D(2024, 5, 14), D(2024, 5, 14)),
    ("Sybiha, named foreign minister on 5 September, will hold talks with his Polish counterpart in Warsaw "
     "on Thursday.", "2024-09-16", D(2024, 9, 19), D(2024, 9, 19)),
    ("The alliance's chief, who took office on 1 October, will host a meeting of defence ministers in "
     "Brussels next week.", "2024-10-11", D(2024, 10, 14), D(2024, 10, 20)),
])
def test_a_tenure_aside_does_not_date_the_event(text: str, published: str, start: dt.date, end: dt.date) -> None:
    rec = one_record(text, published)
    assert rec.status is S.planned and rec.date is not None and (rec.date.start, rec.date.end) == (start, end)


def test_a_relative_clause_that_is_the_event_keeps_its_day() -> None:
    # near-miss: the clause tells the meeting itself, not a tenure
    rec = one_record("Rutte, who met Zelensky in Kyiv on 3 October, said allies would keep up support.", "2024-10-10")
    assert rec.date is not None and rec.date.start == D(2024, 10, 3)


def test_a_tenure_aside_beside_the_events_own_day() -> None:
    rec = one_record("Kallas, who took office on 1 December, met Sybiha in Brussels on Tuesday.", "2024-12-12")
    assert rec.date is not None and rec.date.start == D(2024, 12, 10)


# ---------------------------------------------------------------- "the same day" after a month aside (grounding)
_SAME_DAY = [
    ("On 4 May the Senate approved the accord. The accord, signed in Vienna in March, sets up joint plants. "
     "On the same day, the speaker received a delegation from Estonia.", "On the same day", D(2025, 5, 6), D(2025, 5, 4)),
    ("Parliament backed the loan on 9 June. The loan, first agreed last autumn, funds air defence. "
     "That same day the premier hosted his Finnish counterpart.", "That same day", D(2025, 6, 11), D(2025, 6, 9)),
    ("The envoy arrived in Kyiv on 3 March. The talks, begun in January, cover prisoners. "
     "The same day, he met the foreign minister.", "The same day", D(2025, 3, 6), D(2025, 3, 3)),
]


@pytest.mark.parametrize(("text", "words", "published", "day"), _SAME_DAY)
def test_same_day_passes_over_a_month_aside(text: str, words: str, published: dt.date, day: dt.date) -> None:
    at = text.index(words)
    got = resolve_when(words, published, text, (at, len(text)))
    assert (got.start, got.end, got.precision) == (day, day, DatePrecision.day)


def test_same_day_after_a_month_in_its_own_sentence_stays_undated() -> None:
    # near-miss: the only antecedent in the sentence is a month; no day is invented
    text = "Talks opened on 2 May. In June the ministers signed it in Oslo; the same day, parliament hosted envoys."
    at = text.index("the same day")
    assert resolve_when("the same day", D(2025, 9, 6), text, (at, len(text))).start is None


def test_same_day_after_a_plain_day_unchanged() -> None:
    text = "The minister flew to Riga on 12 April. The same day he met the Latvian president."
    at = text.index("The same day")
    assert resolve_when("The same day", D(2025, 4, 14), text, (at, len(text))).start == D(2025, 4, 12)


# ---------------------------------------------------------------- a weekday in an unrealised plan (grounding)
# published on Thursday 13 March 2025: a plan's Saturday five days back is the coming one once called off
_PLANS = [
    ("The premier had hoped to sign the accord in Warsaw on Saturday, where the presidents were to meet. "
     "That meeting has been put off.", "on Saturday", D(2025, 3, 15)),
    ("She had planned to fly to Ankara on Sunday to see Erdogan. The trip was called off after the quake.",
     "on Sunday", D(2025, 3, 16)),
    ("Kyiv had intended to present its \"energy truce\" draft to the mediators in Jeddah on Saturday. "
     "The round was shelved.", "on Saturday", D(2025, 3, 15)),
]


@pytest.mark.parametrize(("text", "words", "day"), _PLANS)
def test_a_called_off_plans_weekday_is_the_coming_one(text: str, words: str, day: dt.date) -> None:
    got = resolve_when(words, D(2025, 3, 13), text, (0, len(text)), diplomacy=True, forward=True)
    assert got.start == day


def test_a_hoped_for_meeting_that_took_place_keeps_the_past_weekday() -> None:
    # near-miss: the record is no called-off plan; the talks were held that Saturday
    text = "He had hoped to meet Scholz on Saturday, and the talks on Saturday ended without a deal."
    got = resolve_when("on Saturday", D(2025, 3, 13), text, (0, len(text)), diplomacy=True, forward=False)
    assert got.start == D(2025, 3, 8)


# ---------------------------------------------------------------- a past month's wave told as one night (rules)
_GRID = "Russia has pounded Ukraine's power grid since the full-scale invasion. "


@pytest.mark.parametrize(("text", "published", "start"), [
    ("Last November, some 300 drones and more than 30 missiles were fired at Ukraine in a single night.",
     "2026-11-20", D(2025, 11, 1)),
    ("Last September, Russia launched 180 drones at Ukraine in one night, the air force said.", "2026-10-02",
     D(2025, 9, 1)),
    ("Last April, about 200 Russian drones were launched at Ukraine in one night, the air force said.", "2026-10-02",
     D(2026, 4, 1)),
])
def test_a_past_months_one_night_wave_stays_a_strike(text: str, published: str, start: dt.date) -> None:
    from summariser.articles import make_article
    from summariser.backends.rules import RulesBackend

    [a] = RulesBackend(None).extract(make_article(_GRID + text, published=published)).attacks
    assert a.date is not None and (a.date.start, a.date.precision) == (start, DatePrecision.month)


def test_a_past_months_launches_without_one_night_stay_background() -> None:
    from summariser.articles import make_article
    from summariser.backends.rules import RulesBackend

    text = _GRID + "Last September, Russia launched 180 drones at Ukraine, the air force said."
    assert RulesBackend(None).extract(make_article(text, published="2026-10-02")).attacks == []


# ---------------------------------------------------------------- a past round's month never dates a plan told after it (rules)
@pytest.mark.parametrize("text", [
    "A third session, in Riyadh in February, closed with both sides agreeing that Saudi Arabia would host a summit.",
    "A second round, at Doha in March, concluded with a pledge that Qatar would convene the two delegations again.",
    "The previous sitting, held in Malta in October, broke up with envoys saying Malta would host leaders.",
])
def test_a_past_rounds_month_does_not_date_the_plan(text: str) -> None:
    from summariser.backends.rules.diplomacy_dates import diplomacy_date

    got = diplomacy_date(text, 0, len(text), D(2024, 5, 10), S.planned)
    assert got is None or got.start is None or got.start.year == 2024 and got.start.month not in (2, 3, 10)


@pytest.mark.parametrize(("text", "month"), [
    ("The next round, in Geneva in January, will bring the two sides together again.", 1),
    ("A fourth round, in Vienna in February, is expected to close the file.", 2),
])
def test_a_coming_rounds_month_is_still_the_coming_one(text: str, month: int) -> None:
    from summariser.backends.rules.diplomacy_dates import diplomacy_date

    got = diplomacy_date(text, 0, len(text), D(2024, 5, 10), S.planned)
    assert got is not None and got.start == D(2025, month, 1)
