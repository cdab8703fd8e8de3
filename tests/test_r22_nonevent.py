"""Round 22 (fixer r22nonevent), classes_dev41 D6/D7/D8 and classes_dev42 D2/D7/D8/D9/D11/D12:
diplomacy mentions that tell no event of their own (a stance, a soft future with no day or place),
an after-clause that is no side of the event, and a moved event dated by its new day. Every sentence
is written fresh for the test, in several phrasings, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from summariser.pipeline import extract


def _dip(text: str, published: str = "2024-06-12") -> list[tuple[str, str, list[str], str | None]]:
    out = extract(text + "\n", backend="rules", published=published).diplomacy
    return [(d.kind.value, d.status.value, sorted(d.participants), d.date.start.isoformat() if d.date and d.date.start else None)
            for d in out]


# ------------------------------------------------- dev41 D6: interest and keenness are stances

@pytest.mark.parametrize("text", [
    "The Kremlin said on Monday it was still keen on a fresh round of talks in Istanbul.",
    "Kyiv said it remained interested in a new meeting of the negotiators in Doha.",
    "Beijing says it is interested in another summit with the European Union.",
    "Ankara, the minister said, is intent on a third round of contacts between the two sides.",
])
def test_interest_in_an_event_is_a_stance(text: str) -> None:
    assert _dip(text) == []


def test_interest_near_miss_talks_held_stay() -> None:
    assert [k for k, *_ in _dip("Turkish and Ukrainian negotiators held talks in Ankara on Monday.")] == ["talks"]


# ------------------------------------------------- dev41 D6, dev42 D11: a soft future with no day or place

@pytest.mark.parametrize("text", [
    "Zelensky said again that he would sit down with Putin face to face. No date has been set.",
    "Erdogan told reporters he would meet the Russian leader at some point.",
    "The Moldovan president said she expected to speak with Scholz again in the coming days.",
    "Macron expects to talk to Xi soon, his office said.",
    "The prime minister is likely to visit the Baltic states in the near future, aides said.",
    "Sources said Tusk was expected to hold talks with Zelensky, without giving a date.",
])
def test_a_soft_future_with_no_day_or_place_is_a_stance(text: str) -> None:
    assert _dip(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Trump said he would meet Putin in Budapest.", "meeting"),
    ("The chancellor expects to talk to Erdogan by phone later today.", "phone_call"),
    ("The Indian premier is expected to visit Beijing again next spring.", "visit"),
    ("The Slovak premier said he would visit Kyiv on Thursday.", "visit"),
    ("The chancellor expects to sit down with Erdogan in Ankara in the coming weeks.", "talks"),
])
def test_a_soft_future_with_a_day_or_a_place_stays_planned(text: str, kind: str) -> None:
    got = _dip(text)
    assert [k for k, *_ in got] == [kind]
    assert got[0][1] == "planned"


def test_a_soft_future_of_aid_is_no_stance() -> None:
    # a measure told with "would" is a decision (codebook 16), not a meeting's firm intent
    assert "military_aid" in [k for k, *_ in _dip("Oslo said on Tuesday it would send Ukraine 300 million kroner of air-defence aid.")]


# ------------------------------------------------- dev41 D7: a strike in the after-clause is no side

@pytest.mark.parametrize("text, sides", [
    ("The Czech premier arrived in Kyiv on Tuesday. Her arrival came a day after Moscow shelled the city.",
     ["Czech Republic", "Ukraine"]),
    ("The Dutch premier arrived in Kyiv on Tuesday. The trip came just hours after Russian drones pounded Odesa.",
     ["Netherlands", "Ukraine"]),
    ("Polish and Ukrainian envoys met in Lviv on Monday, hours after Russia struck the city.", ["Poland", "Ukraine"]),
    ("Turkish and Ukrainian ministers held talks in Ankara on Friday, two days after Russia bombarded Odesa.", ["Turkey", "Ukraine"]),
])
def test_the_strike_after_clause_gives_no_side(text: str, sides: list[str]) -> None:
    got = [d for d in _dip(text) if d[0] in ("visit", "talks")]
    assert [d[2] for d in got] == [sorted(sides)]


def test_a_side_named_before_the_after_clause_stays() -> None:
    got = _dip("Envoys of Russia and Ukraine met in Istanbul on Monday, days after Russia struck Sumy.")
    assert [d[0] for d in got] == ["talks"] and "Russia" in got[0][2]


# ------------------------------------------------- dev41 D8: a moved event is planned at its new day

@pytest.mark.parametrize("text, kind, new_day", [
    ("Zelensky also postponed a trip to Qatar that had been scheduled for Thursday; it will now take place on 20 June.",
     "visit", "2024-06-20"),
    ("The Moldovan president put off a trip to Warsaw that had been planned for Friday. Her office said she would now travel to Poland on 28 June.",
     "visit", "2024-06-28"),
    ("The summit of Nordic leaders in Oslo, first set for Monday, has been pushed back to 3 July.", "summit", "2024-07-03"),
    ("Talks between Kyiv and Warsaw officials in Lublin were rescheduled from Tuesday to 24 June.", "talks", "2024-06-24"),
])
def test_a_moved_event_is_planned_at_its_new_day(text: str, kind: str, new_day: str) -> None:
    got = [d for d in _dip(text) if d[0] == kind]
    assert [(d[1], d[3]) for d in got] == [("planned", new_day)]


def test_put_off_with_no_new_day_stays_stalled() -> None:
    got = _dip("The Polish president postponed his visit to Vilnius, which had been planned for Friday. No new date was given.")
    assert [d[1] for d in got] == ["stalled"]


def test_a_held_event_moved_earlier_stays_held() -> None:
    got = _dip("Ukrainian and Polish ministers met in Lublin on Tuesday; the meeting had been moved from Monday.")
    assert [(d[1], d[3]) for d in got] == [("held", "2024-06-11")]


# ------------------------------------------------- dev42 D8: a day in a relative clause on a person

@pytest.mark.parametrize("text, day", [
    ("Tusk, who said after Wednesday that aid must continue, is to speak with Trump by telephone on Friday.", "2025-08-22"),
    ("Sanchez, who since Tuesday has called for a truce, will fly to Kyiv on Sunday.", "2025-08-24"),
    ("The Dutch premier, who met Macron on Monday, will visit Warsaw on Thursday.", "2025-08-21"),
])
def test_a_day_in_a_persons_relative_clause_is_not_the_events(text: str, day: str) -> None:
    got = _dip(text, published="2025-08-20")
    assert [d[1] for d in got] == ["planned"] and got[0][3] == day


def test_the_event_told_inside_the_relative_clause_keeps_its_day() -> None:
    got = _dip("The chancellor, who spoke with Erdogan by phone on Monday, said aid would go on.", published="2025-08-20")
    assert [(d[0], d[3]) for d in got] == [("phone_call", "2025-08-18")]


# ------------------------------------------------- dev42 D2: a speaker heard over a video link is no call

@pytest.mark.parametrize("text", [
    "EU leaders, who listened to Zelensky via video link, approved the package on Thursday.",
    "On Tuesday the Nordic prime ministers heard Zelensky over a secure video line.",
    "The council was addressed by the Moldovan president by video link on Friday.",
])
def test_a_speaker_heard_by_video_is_no_call(text: str) -> None:
    assert "phone_call" not in [d[0] for d in _dip(text)]


def test_a_speaker_heard_by_video_joins_the_gathering_told() -> None:
    got = _dip("G7 leaders met in Elmau on Monday. The seven leaders, who had heard the Ukrainian president by "
               "video link early on Monday, agreed to keep up support.")
    assert [(d[0], "Ukraine" in d[2]) for d in got] == [("summit", True)]


def test_a_video_call_between_two_leaders_stays_a_call() -> None:
    assert [d[0] for d in _dip("Macron and Scholz held a video call on Tuesday.")] == ["phone_call"]
