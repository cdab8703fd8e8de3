"""Round 22 dates (classes_dev41 A1 and L1, classes_dev42 L5), on fresh sentences in several phrasings,
with near-misses that must not fire:

- A1: a holiday is a day in any position ("a New Year's Eve barrage", "the Easter Sunday strike"), read
  by the one holiday table (`knowledge/holidays.py`) for the rules and grounding; a month gives way to
  a day of it told beside it; "since Christmas Day", "for New Year's Eve", "the Christmas truce" are none.
- L5: an attack told after an event that is the clause's subject ("Its approval came hours after a
  drone crashed into ...") is dated by that event's day, found by its words or the verb it comes from,
  moved by the days the span counts (`grounding/event_anchor.inverted_anchor`, shared with the rules).
- L1: a proposal's date is looked ahead only when its clause does not tell it in the past
  (`grounding/exit_dates.told_past`): "the mediators tabled a plan on 4 February" stays February.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.dates import find_date, find_dates
from summariser.grounding.complete import resolve_when
from summariser.grounding.event_anchor import inverted_anchor, named_anchor
from summariser.grounding.exit_dates import told_past
from summariser.knowledge import holidays
from summariser.pipeline import extract
from summariser.records import Span

JAN = dt.date(2025, 1, 20)
MAY = dt.date(2025, 5, 10)

# --------------------------------------------------------------------------- A1: holidays as days


@pytest.mark.parametrize("year,church,day", [
    (2024, "western", dt.date(2024, 3, 31)), (2025, "western", dt.date(2025, 4, 20)), (2026, "western", dt.date(2026, 4, 5)),
    (2023, "orthodox", dt.date(2023, 4, 16)), (2024, "orthodox", dt.date(2024, 5, 5)), (2026, "orthodox", dt.date(2026, 4, 12)),
])
def test_easter_by_the_computus(year, church, day):
    assert holidays.easter(year, church) == day


@pytest.mark.parametrize("sentence,published,day", [
    ("The New Year's Eve barrage knocked out heating in four districts of the city.", JAN, dt.date(2024, 12, 31)),
    ("Russia's Easter Sunday strike on the market killed four shoppers.", MAY, dt.date(2025, 4, 20)),
    ("A Christmas Day salvo of cruise missiles left Odesa without water.", JAN, dt.date(2024, 12, 25)),
    ("Shells fell on the ferry port on Orthodox Christmas Eve, the governor said.", JAN, dt.date(2025, 1, 6)),
    ("At Easter, drones hit a church hall in the suburbs.", MAY, dt.date(2025, 4, 20)),
    ("Last year's Victory Day drone wave reached the capital.", MAY, dt.date(2025, 5, 9)),
    # a month gives way to a day of it told beside it
    ("In late December, a Christmas Day bombardment cut power to the port.", JAN, dt.date(2024, 12, 25)),
    ("Early in April, an Easter Monday raid destroyed the depot.", MAY, dt.date(2025, 4, 21)),
])
def test_a_holiday_is_a_day_in_any_position(sentence, published, day):
    found = find_date(sentence, 0, None, published)
    assert found is not None and found.start == day == found.end, found


@pytest.mark.parametrize("sentence", [
    "Since Christmas Day the district has been shelled every night.",  # the start of a period
    "The Christmas truce proposal was rejected by Moscow.",  # a season's name as a modifier
    "Families in the shelters prepared for New Year's Eve.",  # a target, no day of anything
    "Talks are not expected before Easter Sunday.",  # a deadline
    "Volunteers handed out Christmas parcels in Kherson.",
    "Crews worked through the eve of Christmas Day.",
])
def test_no_holiday_day_where_it_is_no_day_of_an_event(sentence):
    assert not [d for d in find_dates(sentence, 0, None, JAN) if d.kind == "holiday"]


@pytest.mark.parametrize("words,published,day", [
    ("a New Year's Eve barrage", JAN, dt.date(2024, 12, 31)),
    ("the Easter Sunday strike", MAY, dt.date(2025, 4, 20)),
    ("on Christmas Day", JAN, dt.date(2024, 12, 25)),
])
def test_grounding_reads_a_models_holiday_words(words, published, day):
    assert resolve_when(words, published).start == day


def test_a_planned_holiday_is_the_coming_one():
    assert resolve_when("on Orthodox Easter", MAY, planned=True).start == dt.date(2026, 4, 12)


def test_the_rules_date_a_background_strike_by_its_holiday():
    text = ("Drones struck a substation in Kharkiv overnight into Monday, the regional governor said. "
            "In late December, a New Year's Eve barrage of 40 missiles struck power plants in the Odesa region.")
    got = extract(text, backend="rules", published=JAN)
    days = sorted(str(a.date.start) for a in got.attacks if a.date is not None)
    assert "2024-12-31" in days, days


# --------------------------------------------------------------------------- L5: the inverted anchor

SAT = dt.date(2025, 3, 15)  # a Saturday


@pytest.mark.parametrize("text,day", [
    ("The cabinet approved a new sanctions package on Thursday. Its approval came hours after a drone crashed "
     "into an apartment block in Odesa.", dt.date(2025, 3, 13)),
    ("The defence minister resigned on Monday. His resignation followed a day after missiles hit the training "
     "ground near Dnipro.", dt.date(2025, 3, 9)),
    ("Parliament voted on Wednesday to extend martial law. The vote came just hours after a missile struck a "
     "school in Kharkiv.", dt.date(2025, 3, 12)),
    ("The envoy arrived in Kyiv on Tuesday. Her arrival came two days after a Russian strike on the capital's "
     "power station.", dt.date(2025, 3, 9)),
])
def test_an_attack_told_after_the_subjects_event(text, day):
    second = text.index(". ") + 2
    found = inverted_anchor(text, second, len(text), SAT)
    assert found is not None and found.start == day, found
    words = found.text or ""
    at = text.index(words, second)
    assert named_anchor(words, SAT, text, (at, at + len(words))) == found.model_copy(update={"text": words})


@pytest.mark.parametrize("text", [
    "Drones were heard over the city. The decision came only hours after a shell hit Sumy.",  # no dated decision
    "The council decided on Friday to close schools. The decision came after years of debate over shelters.",  # no span
    "The previous decision was taken on Monday. The decision came only hours after a shell hit Sumy.",  # another one
])
def test_no_inverted_anchor_without_the_subjects_own_day(text):
    second = text.index(". ") + 2
    assert inverted_anchor(text, second, len(text), SAT) is None


def test_the_rules_date_the_strike_by_the_subjects_day():
    text = ("The cabinet in Tallinn approved a new sanctions package on Thursday, the prime minister said. "
            "Its approval came hours after a glide bomb tore into a tower block in Odesa, killing three people.")
    got = extract(text, backend="rules", published=SAT)
    assert [str(a.date.start) for a in got.attacks if a.date is not None] == ["2025-03-13"]


# --------------------------------------------------------------------------- L1: a proposal's told time

OCT = dt.date(2026, 10, 24)


def _span(text: str, quote: str) -> list[Span]:
    i = text.index(quote)
    return [Span(text=quote, start=i, end=i + len(quote))]


PAST_PROPOSALS = [  # (text, evidence, when, the day told)
    ("On 4 February the mediators tabled a six-point plan; Moscow has not replied.",
     "the mediators tabled a six-point plan", "On 4 February", dt.date(2026, 2, 4)),
    ("Kyiv accepted the Swiss peace plan on 9 April, but the Kremlin turned it down.",
     "Kyiv accepted the Swiss peace plan on 9 April", "on 9 April", dt.date(2026, 4, 9)),
    ("The truce offer, first floated on 2 May, remains on the table.",
     "The truce offer, first floated on 2 May, remains on the table.", "on 2 May", dt.date(2026, 5, 2)),
    ("**Doha, June.** On 11 June the envoys met in Doha. Kyiv signed up to a Qatari plan for a harvest truce.",
     "Kyiv signed up to a Qatari plan for a harvest truce.", "On 11 June", dt.date(2026, 6, 11)),
    ("Warsaw put forward its own ceasefire map in early March, diplomats recalled.",
     "Warsaw put forward its own ceasefire map in early March", "in early March", dt.date(2026, 3, 1)),
]

AHEAD_PROPOSALS = [  # a target date, or a clause in the future: a coming day
    ("Kyiv proposed a truce from 1 May.", "Kyiv proposed a truce from 1 May.", "from 1 May", dt.date(2027, 5, 1)),
    ("Turkey proposed a summit for 12 January.", "Turkey proposed a summit for 12 January.", "12 January",
     dt.date(2027, 1, 12)),
    ("Ankara will put a grain plan to both sides on 3 March.", "Ankara will put a grain plan to both sides on 3 March.",
     "on 3 March", dt.date(2027, 3, 3)),
    ("Qatar offered talks starting on 2 February.", "Qatar offered talks starting on 2 February.", "on 2 February",
     dt.date(2027, 2, 2)),
    # a past act whose object's own event carries the date: the talks' month, ahead
    ("Oslo's envoy formally laid out a plan for a round of talks in Geneva in January, and the offer was sent to Kyiv.",
     "Oslo's envoy formally laid out a plan for a round of talks in Geneva in January", "in January", dt.date(2027, 1, 1)),
    # a past verb whose object is an event told by a gerund: the date is that event's (round 22 landing)
    ("Norway has suggested hosting a donor conference in Bergen in April.",
     "Norway has suggested hosting a donor conference in Bergen in April.", "in April", dt.date(2027, 4, 1)),
    ("The envoy proposed holding the next round in Geneva on 14 March.",
     "The envoy proposed holding the next round in Geneva on 14 March.", "on 14 March", dt.date(2027, 3, 14)),
]


def _proposal_day(text: str, quote: str, when: str) -> dt.date | None:
    record = {"kind": "proposal", "status": "proposed", "participants": [], "evidence": [quote], "when": when,
              "description": "a plan put forward"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=OCT)
    assert got.diplomacy, got.rejected
    date = got.diplomacy[0].date
    return date.start if date else None


@pytest.mark.parametrize("text,quote,when,day", PAST_PROPOSALS)
def test_a_proposal_told_in_the_past_keeps_its_day(text, quote, when, day):
    assert told_past(when, _span(text, quote), text)
    assert _proposal_day(text, quote, when) == day


@pytest.mark.parametrize("text,quote,when,day", AHEAD_PROPOSALS)
def test_a_proposal_for_a_coming_day_still_looks_ahead(text, quote, when, day):
    assert not told_past(when, _span(text, quote), text)
    assert _proposal_day(text, quote, when) == day
