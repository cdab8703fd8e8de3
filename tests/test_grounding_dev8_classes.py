"""The dev8 loss classes, each in general form with fresh sentences: a kept implied value and a
refused invented one per phrasing."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.evaluate.fields import count_exact, count_relaxed
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support
from summariser.records import DatePrecision, LocationLevel
from summariser.records import Count


# --------------------------------------------------------------------------- scorer: explicit nils


def test_a_predicted_nil_that_gold_leaves_out_is_not_scored():
    # the codebook codes figures, not nils: "nobody was hurt" coded as 0 is no wrong value
    assert count_exact(None, Count(value=0)) is None
    assert count_relaxed(None, Count(value=0)) is None


def test_a_non_zero_count_gold_leaves_out_stays_wrong():
    assert count_exact(None, Count(value=1)) is False
    assert count_relaxed(None, Count(value=3)) is False


def test_a_predicted_nil_against_a_gold_figure_stays_wrong():
    assert count_exact(Count(value=4), Count(value=0)) is False
    assert count_exact(Count(value=0), None) is False


# --------------------------------------------------------------------------- counts


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# (sentence, field, the stated value) — a bare number after a participle, a preposition next
BARE_AFTER_PARTICIPLE = [
    ("Drones hit Odesa overnight, killing three people and wounding 17 in an attack that cut power.", "injured", 17),
    ("Russia shelled Nikopol, killing two and injuring 17 in a strike on the market.", "injured", 17),
    ("The raid killed one man and wounded 17 during the evening rush hour.", "injured", 17),
    ("A missile struck the port, leaving one dead and injuring 17 at the terminal.", "injured", 17),
]


@pytest.mark.parametrize("text, field, value", BARE_AFTER_PARTICIPLE)
def test_a_bare_number_before_a_preposition_is_counted_by_its_participle(text, field, value):
    assert _kept(value, field, text)
    assert not _kept(value + 3, field, text)  # an invented figure stays refused


def test_a_number_before_an_event_noun_still_counts_events():
    # "in one attack" counts attacks: the preposition stop is only straight after the number
    text = "Nine people have been killed in two attacks on the city this week."
    assert not _kept(2, "killed", text)


# the verb of an interception in quotation marks
QUOTED_CUE = [
    'The ministry said 57 drones had been "intercepted and destroyed" over the regions.',
    "According to the army, 57 drones were \u201cshot down\u201d overnight.",
    "The defence ministry said 57 Ukrainian drones were 'destroyed' above the border.",
]


@pytest.mark.parametrize("text", QUOTED_CUE)
def test_an_interception_verb_in_quotation_marks_still_cues_its_number(text):
    assert _kept(57, "intercepted", text)
    assert not _kept(60, "intercepted", text)
    assert not _kept(57, "launched", text)


# --------------------------------------------------------------------------- date words

PUBLISHED = dt.date(2026, 12, 4)  # a Friday


def _attack_date(text: str, when: str):
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
              "evidence": [text], "when": when}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    assert got.attacks, got.rejected
    return got.attacks[0].date


# the report's day: the words say the day the article reports
REPORT_DAY = [
    ("Shelling hit Nikopol during the day, wounding a woman, the governor said.", "during the day"),
    ("Guided bombs struck Kupiansk throughout the day, officials said.", "throughout the day"),
    ("Drones attacked Kherson in the daytime, the regional head said.", "in the daytime"),
]


@pytest.mark.parametrize("text, when", REPORT_DAY)
def test_during_the_day_is_the_day_of_the_report(text, when):
    date = _attack_date(text, when)
    assert (date.start, date.end, date.precision) == (PUBLISHED, PUBLISHED, DatePrecision.day)


RECENT_DAYS = [
    ("Russian drones have repeatedly struck Sumy in recent days, the mayor said.", "in recent days"),
    ("Glide bombs have pounded the town over the past few days, officials said.", "over the past few days"),
    ("Attacks on the rail line have grown in the last several days, the operator said.", "in the last several days"),
]


@pytest.mark.parametrize("text, when", RECENT_DAYS)
def test_recent_days_are_the_week_ending_at_publication(text, when):
    date = _attack_date(text, when)
    assert (date.start, date.end) == (PUBLISHED - dt.timedelta(days=7), PUBLISHED)


@pytest.mark.parametrize("text, when", REPORT_DAY + RECENT_DAYS)
def test_date_words_the_article_does_not_hold_give_no_date(text, when):
    # the same words with an article that never says them: nothing to read the date from
    other = "Drones struck Sumy, the mayor said."
    date = _attack_date(other, when)
    assert date is None or date.start is None


def test_the_day_before_is_not_the_report_day():
    text = "Drones struck Sumy during the day before the talks, the mayor said."
    date = _attack_date(text, "during the day before the talks")
    assert date is None or date.start != PUBLISHED or date.precision != DatePrecision.day


# --------------------------------------------------------------------------- a put-off weekday

MONDAY_AHEAD, MONDAY_PAST = dt.date(2026, 12, 7), dt.date(2026, 11, 30)


def _talks_date(text: str, when: str, status: str = "stalled"):
    record = {"kind": "talks", "status": status, "participants": ["Russia", "Ukraine"],
              "evidence": [text], "when": when}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)
    assert got.diplomacy, got.rejected
    return got.diplomacy[0].date


# a plan set for a weekday that "has been postponed" had not happened yet: the coming weekday
PUT_OFF = [
    "The Geneva talks, which had been scheduled to begin on Monday, have been postponed, officials said.",
    "A round of talks set to open in Riyadh on Monday has been put off, a spokesman said.",
    "The prisoner exchange, which was due on Monday, has been delayed again, the ombudsman said.",
]


@pytest.mark.parametrize("text", PUT_OFF)
def test_a_weekday_a_postponed_plan_was_set_for_is_the_coming_one(text):
    assert _talks_date(text, "on Monday").start == MONDAY_AHEAD


HELD_OR_TOLD_LATER = [
    "Talks were held in Geneva on Monday, officials said.",
    "Talks that had been scheduled to open on Monday went ahead in Riyadh, a spokesman said.",
    "Talks scheduled to open on Monday were postponed, officials said on Friday.",  # told after the day
]


@pytest.mark.parametrize("text", HELD_OR_TOLD_LATER)
def test_a_weekday_without_a_plan_put_off_now_stays_the_past_one(text):
    assert _talks_date(text, "on Monday").start == MONDAY_PAST


# --------------------------------------------------------------------------- a planned event's day just past

def _plan_date(text: str, when: str, published: dt.date):
    record = {"kind": "military_aid", "status": "planned", "participants": ["Latvia", "Ukraine"],
              "evidence": [text], "when": when}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=published)
    assert got.diplomacy, got.rejected
    return got.diplomacy[0].date


# a plan announced on a day just before publication is dated that day, whatever "next year" the
# sentence also holds: the day-month's year is its own phrase's, not the sentence's
ANNOUNCED_JUST_BEFORE = [
    ("On 2 December, Latvia said it would send more shells to Ukraine next year.", "On 2 December"),
    ("Latvia said on December 2 that it would double its military aid to Ukraine next year.", "on December 2"),
    ("On Dec. 2 the Latvian government pledged new air defence funding for next year.", "On Dec. 2"),
]


@pytest.mark.parametrize("text, when", ANNOUNCED_JUST_BEFORE)
def test_a_planned_record_dated_a_day_just_past_keeps_that_year(text, when):
    assert _plan_date(text, when, PUBLISHED).start == dt.date(2026, 12, 2)


def test_a_planned_day_months_past_is_still_the_coming_one():
    text = "Latvia plans a donors' conference on 10 October to raise money for Ukraine."
    assert _plan_date(text, "on 10 October", PUBLISHED).start == dt.date(2027, 10, 10)


# --------------------------------------------------------------------------- a district keeps its level


def _places(text: str, place: str):
    record = {"attacker": "Ukraine", "target_country": "Russia", "kind": "air_drone_strike",
              "places": [place], "evidence": [text]}
    got = draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=PUBLISHED)
    return [(loc.name, loc.level) for a in got.attacks for loc in a.locations]


DISTRICTS = [
    ("A man was injured when drones struck the Millerovsky district overnight, the governor said.",
     "Millerovsky district"),
    ("A drone hit a farm in the Kamensky district of the Rostov region, the governor said.", "Kamensky district"),
    ("Artillery shelled the Nikopol district overnight, the regional head said.", "Nikopol district"),
]


@pytest.mark.parametrize("text, place", DISTRICTS)
def test_a_district_named_after_a_town_stays_a_district(text, place):
    assert _places(text, place) == [(place, LocationLevel.district)]


@pytest.mark.parametrize("text, place", DISTRICTS)
def test_a_district_the_article_does_not_name_is_refused(text, place):
    assert (place, LocationLevel.district) not in _places("A drone hit a farm in the region, the governor said.", place)


def test_the_town_itself_stays_a_city():
    text = "A drone hit an oil depot in Millerovo, the governor said."
    assert _places(text, "Millerovo") == [("Millerovo", LocationLevel.city)]


# --------------------------------------------------------------------------- "on the first day"

TUESDAY = dt.date(2026, 12, 1)


def _held_date(text: str, when: str):
    record = {"kind": "summit", "status": "held", "participants": ["France", "Ukraine"],
              "evidence": [text], "when": when}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)
    assert got.diplomacy, got.rejected
    return got.diplomacy[0].date


FIRST_DAY = [
    ("A two-day summit opened in Rome on Tuesday; on the first day the leaders signed a pact on Ukraine.",
     "on the first day"),
    ("Leaders met in Rome on Tuesday. The pact on Ukraine was signed on the opening day of the two-day summit.",
     "on the opening day of the two-day summit"),
    ("France and Ukraine began talks on 1 December. The deal was agreed on the first day of the talks.",
     "on the first day of the talks"),
]


@pytest.mark.parametrize("text, when", FIRST_DAY)
def test_the_first_day_is_the_day_the_event_is_dated_just_before(text, when):
    date = _held_date(text, when)
    assert (date.start, date.end) == (TUESDAY, TUESDAY)


def test_the_first_day_with_no_day_near_gives_no_date():
    text = ("Leaders gathered in Rome for a two-day summit on Ukraine. Security was tight. "
            "The pact was signed on the first day of the summit.")
    date = _held_date(text, "on the first day of the summit")
    assert date is None or date.start is None


# --------------------------------------------------------------------------- "another" casualty
# Decided: "Another person was injured" states 1 for its own record. When an earlier count in the
# article makes it cumulative ("three were hurt ... another person was injured"), the record that
# holds the earlier count is the one to update, and grounding cannot tell that from one sentence:
# the stated figure, 1, is what the words say.
ANOTHER = [
    ("Another person was injured when debris fell on a garage, the mayor said.", "injured"),
    ("Another man was wounded in the shelling of the market, officials said.", "injured"),
    ("Another civilian was killed in the village, the governor wrote.", "killed"),
]


@pytest.mark.parametrize("text, field", ANOTHER)
def test_another_person_hurt_states_one(text, field):
    assert _kept(1, field, text)
    assert not _kept(2, field, text)
