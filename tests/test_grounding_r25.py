"""Round 25 grounding, on fresh sentences in several phrasings, with near-misses that must not fire:

- a timeline's entry ("May 14 – Geneva again.") is the venue of the talks it tells: the venue's
  state is a participant (`hosts`, CODEBOOK rule 15);
- a calendar day keeps its own day inside a dated timeline: the item's stamp re-anchors relative
  words only, and one day of a listed pair ("April 9 and May 14") is never read as the pair's span
  (`dated_items.names_calendar_day`, `one_of_listed_days`);
- the sentence after the evidence may name the event by a noun the vocabulary lists ("The Oslo
  gathering ran past midnight.": `vocabulary.yaml` `event_anaphor_nouns`);
- the whole of a part told as the subject of a passive verb of stopping ("five of the seven
  missiles were shot down") is the wave launched (`derived._whole_of`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.counts import count_support
from summariser.grounding.dated_items import names_calendar_day, one_of_listed_days

PUBLISHED = dt.date(2026, 9, 14)

TIMELINE = ("A year of contacts, in brief.\n\n"
            "March 3 – Vienna. The two foreign ministers hold their first direct talks since the spring.\n\n"
            "April 9 and May 14 – Geneva again. Two more rounds produce a swap of captives but no truce.\n\n"
            "July 30 – Helsinki. The negotiators meet at a lakeside hotel and agree a prisoner exchange.\n")
TIMELINE_DAY_FIRST = ("Where the talks went.\n\n"
                      "2 February — Doha. Envoys of both sides meet under Qatari mediation.\n\n"
                      "11 March and 27 April — Doha once more. Further rounds end without a deal.\n\n"
                      "6 June — Vienna. Technical teams hold talks on the grain corridor.\n")


def _talks(text: str, quote: str, when: str, participants: list[str], published: dt.date = PUBLISHED):
    record = {"kind": "talks", "status": "held", "participants": participants, "evidence": [quote], "when": when,
              "description": "a round of talks"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=published)
    assert got.diplomacy, got.rejected
    return got.diplomacy[0]


@pytest.mark.parametrize("text,quote,when,day,host", [
    (TIMELINE, "April 9 and May 14 – Geneva again. Two more rounds produce a swap of captives but no truce.", "May 14",
     dt.date(2026, 5, 14), "Switzerland"),
    (TIMELINE, "April 9 and May 14 – Geneva again. Two more rounds produce a swap of captives but no truce.", "April 9",
     dt.date(2026, 4, 9), "Switzerland"),
    (TIMELINE, "July 30 – Helsinki. The negotiators meet at a lakeside hotel and agree a prisoner exchange.", "July 30",
     dt.date(2026, 7, 30), "Finland"),
    (TIMELINE_DAY_FIRST, "11 March and 27 April — Doha once more. Further rounds end without a deal.", "27 April",
     dt.date(2026, 4, 27), "Qatar"),
    (TIMELINE_DAY_FIRST, "6 June — Vienna. Technical teams hold talks on the grain corridor.", "6 June",
     dt.date(2026, 6, 6), "Austria"),
])
def test_a_timeline_entry_keeps_its_own_day_and_its_venue_hosts(text, quote, when, day, host):
    got = _talks(text, quote, when, ["Russia", "Ukraine", host])
    assert got.date is not None and got.date.start == day == got.date.end, got.date
    assert host in got.participants


def test_a_state_no_venue_of_the_entry_names_stays_refused():
    got = _talks(TIMELINE, "March 3 – Vienna. The two foreign ministers hold their first direct talks since the spring.",
                 "March 3", ["Austria", "Turkey"])
    assert got.participants == ["Austria"]


@pytest.mark.parametrize("words,listed,expected", [
    ("July 23", "June 2 and July 23", True),
    ("2 June", "2 June and 23 July", True),
    ("the 5th of May", "the 5th of May and 9 June", True),
    ("July 23", "July 23", False),
    ("on Tuesday", "June 2 and July 23", False),
])
def test_one_of_listed_days(words, listed, expected):
    assert one_of_listed_days(words, listed) is expected


@pytest.mark.parametrize("words,expected", [
    ("on March 3", True), ("14th of February", True), ("Sept. 9", True), ("overnight", False),
    ("on Tuesday", False), ("in May", False), ("early in March", False),
])
def test_names_calendar_day(words, expected):
    assert names_calendar_day(words) is expected


@pytest.mark.parametrize("text,quote", [
    ("The chancellor welcomed the Polish and Czech premiers at the lakeside villa on Friday. "
     "The Oslo gathering ran past midnight, aides said.",
     "The chancellor welcomed the Polish and Czech premiers at the lakeside villa on Friday."),
    ("Two envoys sat side by side in the palace hall on Friday. That two-hour sit-down ended with a handshake.",
     "Two envoys sat side by side in the palace hall on Friday."),
    ("The prime minister and his Finnish counterpart walked along the harbour on Friday. "
     "Their conversation turned to air defence.",
     "The prime minister and his Finnish counterpart walked along the harbour on Friday."),
])
def test_the_next_sentence_may_name_the_event(text, quote):
    record = {"kind": "talks", "status": "held", "participants": [], "evidence": [quote], "when": "on Friday",
              "description": "a meeting"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)
    assert got.diplomacy, got.rejected


@pytest.mark.parametrize("text", [
    "The chancellor strolled along the harbour on Friday. The Oslo weather stayed mild all day.",
    "The chancellor strolled along the harbour on Friday. The evening ended early.",
])
def test_a_next_sentence_naming_no_event_does_not_make_one(text):
    record = {"kind": "talks", "status": "held", "participants": [], "evidence": [text.split(". ")[0] + "."],
              "when": "on Friday", "description": "a meeting"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=PUBLISHED)
    assert not got.diplomacy


@pytest.mark.parametrize("text,value", [
    ("The ministry said five of the seven missiles were shot down over the bay.", 7),
    ("Air defences reported that nine out of 11 drones had been destroyed near the border.", 11),
    ("According to the army, 14 of the 20 Shaheds were intercepted before dawn.", 20),
    ("Officials said two of the three rockets were brought down, and one hit a warehouse.", 3),
])
def test_the_whole_of_a_part_stopped_in_the_passive_is_the_launch(text, value):
    assert [h.text for h in count_support(value, "weapons.launched", text, [(0, len(text))])]


@pytest.mark.parametrize("text,value", [
    ("Medics said four of the seven people were hurt in the blast.", 7),
    ("Five of the seven villages were left without power.", 7),
])
def test_the_whole_of_people_or_places_is_no_launch(text, value):
    assert not count_support(value, "weapons.launched", text, [(0, len(text))])


# --------------------------------------------------------------------------- plans called off, months ahead

SUNDAY = dt.date(2026, 3, 15)  # a Sunday


def _visit_day(text: str, quote: list[str], when: str, status: str, published: dt.date = SUNDAY):
    record = {"kind": "visit", "status": status, "participants": [], "evidence": quote, "when": when,
              "description": "a trip"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=published)
    assert got.diplomacy, got.rejected
    return got.diplomacy[0].date.start if got.diplomacy[0].date else None


@pytest.mark.parametrize("text,when,day", [
    ("The Czech premier had planned to fly to Ankara on Thursday for talks with Erdogan. His spokesman said on "
     "Saturday that the trip had been called off.", "on Thursday", dt.date(2026, 3, 19)),
    ("The foreign minister had intended to visit Baku on Tuesday. On Friday her office announced that the visit "
     "had been scrapped.", "on Tuesday", dt.date(2026, 3, 17)),
])
def test_a_plan_called_off_in_the_next_sentence_lies_after_the_day_told(text, when, day):
    first, second = text.split(". ", 1)
    assert _visit_day(text, [first + ".", second], when, "cancelled") == day


@pytest.mark.parametrize("text,when,day", [
    ("The ombudsman also said that a trip to Oslo he had planned for Tuesday was postponed.", "for Tuesday",
     dt.date(2026, 3, 17)),
    ("Her aides told reporters that the visit to Rome she had scheduled for Wednesday was put off.", "for Wednesday",
     dt.date(2026, 3, 18)),
])
def test_a_postponement_in_reported_speech_is_told_as_now(text, when, day):
    assert _visit_day(text, [text], when, "stalled", published=dt.date(2026, 3, 12)) == day


@pytest.mark.parametrize("words,published,first", [
    ("next July", dt.date(2023, 7, 12), dt.date(2024, 7, 1)),
    ("next March", dt.date(2023, 7, 12), dt.date(2024, 3, 1)),
    ("next October", dt.date(2023, 7, 12), dt.date(2023, 10, 1)),
    ("in May next year", dt.date(2023, 7, 12), dt.date(2024, 5, 1)),
    ("next year in September", dt.date(2023, 7, 12), dt.date(2024, 9, 1)),
])
def test_next_named_month(words, published, first):
    from summariser.grounding.complete import resolve_when

    found = resolve_when(words, published, planned=True, diplomacy=True)
    assert found.start == first and found.precision.value == "month"


@pytest.mark.parametrize("quote,when", [
    ("The defence secretary spoke ... since March, the ministry said", "Friday"),
    ("The defence secretary spoke on Friday with his Turkish counterpart for the first time since March", "Friday"),
    ("The defence secretary spoke on Friday with his Turkish counterpart", "on Friday"),
])
def test_date_words_are_read_in_the_records_own_sentence(quote, when):
    text = ("1. Rome. The coalition will name its new leader by next Friday.\n\n"
            "2. A rare call. The defence secretary spoke on Friday with his Turkish counterpart for the first time "
            "since March, the ministry said.\n")
    record = {"kind": "phone_call", "status": "held", "participants": [], "evidence": [quote], "when": when,
              "description": "a call"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), text, published=dt.date(2026, 3, 14))
    assert got.diplomacy and got.diplomacy[0].date.start == dt.date(2026, 3, 13), (got.diplomacy, got.rejected)
