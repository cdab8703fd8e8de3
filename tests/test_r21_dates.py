"""Round 21 (fixer r21dates): dates and a decision's day.

- dev39 L6: the night told by its two lights ("between dusk and dawn", "from sunset to sunrise") is the
  night, as "overnight"; a strike named by its part of the day alone ("Morning shelling hit ...",
  "Evening drone strikes ...") is dated on the report's day; both paths.
- dev39 A4: a night or a day counted from an event its clause names ("the night after the truce lapsed",
  "two days after the talks broke down") is dated from the day a sentence before it tells that event,
  not from the last date told; a chained "a night later" counts from it; both paths.
- dev40 D4: a sanctions or aid step still to come, decided on a past day ("will add the firms next
  month, after ministers approved the step on Tuesday"): the decision, held, on its day (rules).

Every sentence is written fresh for the test, in several phrasings, with near-misses that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.dates import find_date
from summariser.grounding.complete import resolve_when
from summariser.grounding.event_anchor import day_after_event
from summariser.knowledge.day_parts import named_in_date_words
from summariser.pipeline import extract

PUB = dt.date(2025, 5, 14)  # a Wednesday


def _day(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _span(text: str) -> tuple[str | None, str | None]:
    found = find_date(text, 0, len(text), PUB)
    return (None, None) if found is None else (_day(found.start), _day(found.end))


# --------------------------------------------------------------- L6: the night by its two lights

@pytest.mark.parametrize("text", [
    "Forty drones flew at the south between dusk and dawn, according to the military.",
    "From sunset to sunrise the city's air defence was busy with drones.",
    "Drones circled over the port from nightfall until daybreak, officials said.",
    "Rockets fell on the suburbs from dusk till dawn.",
])
def test_the_night_told_by_its_two_lights_is_the_night(text: str) -> None:
    assert _span(text) == ("2025-05-13", "2025-05-14")


@pytest.mark.parametrize("text", [
    "The talks ran from dusk to the small hours of Friday.",  # no morning light: no night of its own
    "He waited between dusk and the concert's start.",
])
def test_dusk_without_its_dawn_is_no_night(text: str) -> None:
    assert _span(text) != ("2025-05-13", "2025-05-14")


@pytest.mark.parametrize("text,day", [
    ("Morning shelling hit the riverside district and killed a woman.", "2025-05-14"),
    ("Evening drone strikes wounded three people in the town.", "2025-05-14"),
    ("Afternoon artillery shelling damaged a school, the governor said.", "2025-05-14"),
    # its own day told beside it wins
    ("A morning missile strike on Monday hit a fuel depot.", "2025-05-12"),
])
def test_a_strike_named_by_its_day_part_is_dated(text: str, day: str) -> None:
    assert _span(text) == (day, day)


@pytest.mark.parametrize("text", [
    "The Morning Star reported that the school was closed.",
    "The evening news showed the damaged bridge.",
    "The morning briefing was cancelled.",
])
def test_a_day_part_word_that_names_no_strike_dates_nothing(text: str) -> None:
    assert _span(text) == (None, None)


@pytest.mark.parametrize("words,want", [
    ("between dusk and dawn", ("2025-05-13", "2025-05-14")),
    ("from sunset to sunrise", ("2025-05-13", "2025-05-14")),
    ("Morning", ("2025-05-14", "2025-05-14")),
    ("evening", ("2025-05-14", "2025-05-14")),
    ("Morning Star", (None, None)),
])
def test_llm_when_of_day_parts(words: str, want: tuple[str | None, str | None]) -> None:
    found = resolve_when(words, PUB)
    assert (_day(found.start), _day(found.end)) == want


def test_a_light_inside_a_longer_night_phrase_names_no_evening() -> None:
    assert named_in_date_words("between dusk and dawn") == ["night"]
    assert named_in_date_words("from sunset to sunrise") == ["night"]
    assert named_in_date_words("shortly after dusk") == ["evening"]


def test_rules_date_a_digest_night_item_and_a_morning_item() -> None:
    text = ("The main events of Wednesday, 14 May.\n\n"
            "Between dusk and dawn Russia launched 31 drones at the east, the military said.\n\n"
            "In Nikopol, morning shelling killed a man of 64 and wounded two women, the governor said.\n")
    got = sorted((_day(a.date.start), _day(a.date.end)) for a in extract(text + "\n", backend="rules", published=str(PUB)).attacks
                 if a.date)
    assert ("2025-05-13", "2025-05-14") in got
    assert ("2025-05-14", "2025-05-14") in got


# --------------------------------------------------------------- A4: a night after a named event

_TRUCE = ("The Kremlin's refusal on Monday to renew the energy truce has ended months of calm. "
          "The truce was first agreed in Riyadh on 25 March. It was extended in April and again in May. "
          "{moment}, Russia fired 12 missiles and 30 drones at the Odesa region, the air force said. "
          "Drones came back a night later, hitting grain silos in Izmail.")


@pytest.mark.parametrize("moment", [
    "On the night after the truce expired",
    "In the night after the truce lapsed",
    "The night after the truce collapsed",
])
def test_rules_night_after_a_named_end_counts_from_its_day(moment: str) -> None:
    text = _TRUCE.format(moment=moment)
    got = [(_day(a.date.start), _day(a.date.end)) for a in extract(text + "\n", backend="rules", published=str(PUB)).attacks
           if a.date]
    assert ("2025-05-12", "2025-05-13") in got  # Monday's end of the truce, then its night
    assert ("2025-05-13", "2025-05-14") in got  # "a night later"
    assert not any(start and start.startswith("2025-05-0") for start, _ in got)  # never May's extension


@pytest.mark.parametrize("words,want", [
    ("On the night after the truce expired", ("2025-05-12", "2025-05-13")),
    ("the night after the truce lapsed", ("2025-05-12", "2025-05-13")),
    ("a night later", ("2025-05-13", "2025-05-14")),
])
def test_llm_night_after_a_named_end(words: str, want: tuple[str, str]) -> None:
    text = _TRUCE.format(moment="On the night after the truce expired")
    at = text.find(words) if words in text else text.find("On the night after")
    found = resolve_when(words, PUB, text, (at, at + len(words)))
    assert (_day(found.start), _day(found.end)) == want


def test_day_after_named_talks_counts_from_the_talks_day() -> None:
    text = ("Delegations held talks in Geneva on Saturday. Reporters waited outside. "
            "The day after the talks, drones struck a depot in Kharkiv, the mayor said.")
    i = text.index("The day after")
    found = resolve_when("The day after the talks", PUB, text, (i, i + 23))
    assert (_day(found.start), _day(found.end)) == ("2025-05-11", "2025-05-11")
    got = [_day(a.date.start) for a in extract(text + "\n", backend="rules", published=str(PUB)).attacks if a.date]
    assert got == ["2025-05-11"]


def test_two_days_after_the_talks_broke_down() -> None:
    text = ("Talks in Istanbul broke down on Thursday 8 May without a deal. "
            "Two days after the talks broke down, missiles hit a rail yard in Dnipro.")
    i = text.index("Two days after")
    found = resolve_when("Two days after the talks broke down", PUB, text, (i, i + 34))
    assert (_day(found.start), _day(found.end)) == ("2025-05-10", "2025-05-10")


@pytest.mark.parametrize("text", [
    # near-miss: "the night after" with no clause of its own is the other readers' (the nearest date)
    "Talks ended on 3 May. The night after, Russian artillery shelled Kherson, wounding two.",
    # a month tells no night after it
    "The truce expired in April. On the night after the truce expired, drones hit Sumy.",
])
def test_night_after_with_no_named_day_is_not_read(text: str) -> None:
    assert day_after_event(text, 0, len(text), PUB) is None


def test_night_after_an_event_no_sentence_dates_is_left_to_the_other_readers() -> None:
    text = ("The ceasefire has been fragile for weeks. "
            "On the night after the ceasefire expired, drones hit Sumy.")
    i = text.index("On the night after")
    found = resolve_when("On the night after the ceasefire expired", PUB, text, (i, i + 40))
    assert found.start is None


# --------------------------------------------------------------- D4: a decision taken, its effect ahead

def _diplomacy(text: str) -> list[tuple[str, str, str | None]]:
    out = extract(text + "\n", backend="rules", published="2025-02-16").diplomacy  # a Sunday
    return [(d.kind.value, d.status.value, _day(d.date.start) if d.date else None) for d in out]


@pytest.mark.parametrize("text,day", [
    ("Canada will add 40 Russian firms to its sanctions list next month, after ministers approved the step on Tuesday.",
     "2025-02-11"),
    ("Ottawa will impose new sanctions on Russian banks from 1 May, after ministers signed off on them on Thursday.",
     "2025-02-13"),
    ("Tokyo is to impose sanctions on Russian oligarchs within days following a cabinet vote yesterday.", "2025-02-15"),
    # the decision noun's past told by the date reader's own words, not a second list (round 22)
    ("Seoul will impose sanctions on 11 Russian shipping firms from April, following a cabinet vote last Thursday.",
     "2025-02-13"),
    ("Oslo will impose sanctions on three Russian trawler firms next month after a cabinet vote this past Monday.",
     "2025-02-10"),
    ("The EU sanctions package against Russia, approved by the council on Monday, takes effect next week.",
     "2025-02-10"),
])
def test_a_sanctions_step_decided_on_a_past_day_is_the_decision(text: str, day: str) -> None:
    assert _diplomacy(text) and _diplomacy(text)[0][1:] == ("held", day)


def test_aid_decided_on_a_past_day_is_the_decision() -> None:
    text = ("Germany will send Ukraine four more air defence systems next month, after the Bundestag's budget "
            "committee approved the package on Wednesday.")
    assert _diplomacy(text) == [("military_aid", "held", "2025-02-12")]


@pytest.mark.parametrize("text", [
    "Norway will impose sanctions on Russian shipping firms next week, after the cabinet decides on Friday.",
    "Britain will impose sanctions on Russian oil traders next week after a cabinet vote on Friday.",
    "The Netherlands will send Ukraine more artillery shells in March, once parliament has approved the funds.",
])
def test_a_decision_still_to_come_leaves_the_step_planned(text: str) -> None:
    got = _diplomacy(text)
    assert got and got[0][1] == "planned"


@pytest.mark.parametrize("words,past", [
    ("yesterday", True), ("last Tuesday", True), ("this past Monday", True), ("on Tuesday night", True),
    ("last night", True), ("earlier this week", True), ("the day before yesterday", True),
    ("next Tuesday night", False), ("on Tuesday", False), ("on 3 March", False), ("overnight", False),
])
def test_a_date_mention_tells_whether_its_own_words_put_it_in_the_past(words: str, past: bool) -> None:
    from summariser.dates import find_dates, past_by_its_words
    mentions = find_dates(f"after a vote {words}", published=dt.date(2025, 3, 14))
    assert len(mentions) == 1 and past_by_its_words(mentions[0]) is past
