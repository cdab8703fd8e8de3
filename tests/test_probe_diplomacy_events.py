"""Metamorphic probes (issue 13, concept 4): one event told in several sentences (announcement,
then details) is one record; two calls or meetings with different counterparts, even the same
day, are two; an earlier meeting recalled for background is not a new event. Fresh sentences."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of, one_record

from summariser.records import DiplomacyKind as K


def _sides(recs):
    return sorted(tuple(sorted(r.participants)) for r in recs)


@pytest.mark.parametrize("text", [
    "Zelensky held talks with Tusk in Warsaw on Sunday. The meeting lasted two hours. "
    "Both leaders said the talks had been constructive.",
    "Tusk hosted Zelensky in Warsaw on Sunday. The two leaders discussed air defence. "
    "At a joint news conference after their meeting, Tusk promised more help.",
    "The Polish prime minister received the Ukrainian president in Warsaw on Sunday. During the talks, Tusk pledged support.",
    "Zelensky met Tusk on Sunday. The meeting took place in Warsaw. Tusk said Poland would keep supporting Ukraine.",
])
def test_a_meeting_told_in_several_sentences_is_one_record(text):
    rec = one_record(text)
    assert rec.kind in (K.meeting, K.talks) and sorted(rec.participants) == ["Poland", "Ukraine"]


@pytest.mark.parametrize("text", [
    "Zelensky spoke with Trump on Sunday. It was their first call since January. Trump described the conversation as very good.",
    "Trump and Putin spoke by phone on Sunday. The call lasted more than two hours, the Kremlin said. "
    "Putin told Trump that Russia wanted a lasting peace.",
])
def test_a_call_told_in_several_sentences_is_one_record(text):
    assert one_record(text).kind is K.phone_call


@pytest.mark.parametrize("text", [
    "Zelensky spoke with Macron on Sunday. He then held a separate call with Merz.",
    "Zelensky spoke by phone with Macron on Sunday. On the same day he spoke with the German chancellor.",
    "Zelensky spoke by phone with Macron on Sunday. Later that day he also spoke with Friedrich Merz.",
    "Zelensky spoke by phone with Macron on Sunday. Separately, he held a call with Merz.",
])
def test_two_calls_the_same_day_are_two_records(text):
    recs = diplomacy_of(text)
    assert [r.kind for r in recs] == [K.phone_call, K.phone_call]
    assert _sides(recs) == [("France", "Ukraine"), ("Germany", "Ukraine")]


@pytest.mark.parametrize("text", [
    "Zelensky met Tusk in Warsaw on Sunday. On Saturday he had met Merz in Berlin.",
    "Zelensky met Tusk in Warsaw on Sunday. A day earlier he was in Berlin for talks with Merz.",
])
def test_two_meetings_on_two_days_are_two_records_with_their_own_sides(text):
    assert _sides(diplomacy_of(text)) == [("Germany", "Ukraine"), ("Poland", "Ukraine")]


@pytest.mark.parametrize("text", [
    "Zelensky met Tusk in Warsaw on Sunday. The two last met in Kyiv in January.",
    "Zelensky met Tusk in Warsaw on Sunday, their first meeting since the talks in Kyiv in January.",
    "Trump and Putin spoke by phone on Sunday. Their summit in Alaska in August produced no deal.",
])
def test_an_earlier_meeting_recalled_is_no_new_event(text):
    recs = diplomacy_of(text)
    assert len(recs) == 1 and recs[0].date is not None and recs[0].date.start.isoformat() == "2026-03-01"


@pytest.mark.parametrize("text, days", [
    ("Zelensky met Tusk in Warsaw on Friday, and spoke with Macron by phone a day later.", ["2026-02-27", "2026-02-28"]),
    ("Zelensky met Tusk in Warsaw on Sunday and later spoke by phone with Macron.", ["2026-03-01", "2026-03-01"]),
    ("Zelensky spoke by phone with Macron on Saturday and met Tusk in Warsaw on Sunday.", ["2026-02-28", "2026-03-01"]),
])
def test_a_meeting_and_a_call_in_one_sentence_are_two_records(text, days):
    recs = sorted(diplomacy_of(text), key=lambda r: r.kind.value)
    assert [r.kind for r in recs] == [K.meeting, K.phone_call]
    assert _sides(recs) == [("France", "Ukraine"), ("Poland", "Ukraine")]
    assert sorted(str(r.date.start) for r in recs) == days


def test_a_meeting_and_talks_with_the_same_side_stay_one_record():
    assert len(diplomacy_of("Zelensky met Tusk in Warsaw on Sunday and held talks with Polish lawmakers.")) == 1


@pytest.mark.parametrize("text", [
    "Trump and Putin met in Anchorage on Sunday. The two presidents talked for three hours.",
    "Zelensky met Tusk in Warsaw on Sunday. The two leaders talked about drone production.",
])
def test_talking_told_after_a_meeting_is_that_meeting(text):
    assert [r.kind for r in diplomacy_of(text)] in ([K.meeting], [K.summit])


def test_a_call_told_after_a_meeting_is_a_call_of_its_own():
    recs = diplomacy_of("Zelensky met Tusk in Warsaw on Sunday. The two leaders spoke again by phone on Monday.")
    assert sorted(r.kind.value for r in recs) == ["meeting", "phone_call"]


@pytest.mark.parametrize("text", [
    "Zelensky arrived in Ankara on Sunday for talks with Erdogan. The visit comes after weeks of shuttle diplomacy.",
    "Zelensky met Tusk in Warsaw on Sunday. The meeting followed a week of tense exchanges over grain.",
    "Zelensky met Tusk in Warsaw on Sunday. The meeting was their first since the autumn.",
    "Zelensky spoke with Macron by phone on Sunday. The call lasted more than an hour.",
])
def test_the_event_told_named_again_in_its_context_is_no_new_event(text):
    assert len(diplomacy_of(text)) == 1


def test_a_new_event_after_the_context_verb_is_still_read():
    recs = diplomacy_of("Zelensky met Tusk in Warsaw on Sunday. "
                        "The meeting lasted two hours; afterwards Zelensky spoke by phone with Macron.")
    assert sorted(r.kind.value for r in recs) == ["meeting", "phone_call"]


@pytest.mark.parametrize("text", [
    "Starmer welcomed Zelensky to Downing Street on Sunday for talks. The two leaders were joined by Macron and Merz.",
    "Starmer hosted Zelensky for talks in London on Sunday. They were later joined by Emmanuel Macron and Friedrich Merz.",
])
def test_leaders_who_joined_the_talks_are_its_sides(text):
    rec = one_record(text)
    assert sorted(rec.participants) == ["France", "Germany", "Ukraine", "United Kingdom"]
