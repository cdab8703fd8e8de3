"""r15 (dev27 B4): a Q&A interview's answer that tells a strike with no day of its own happened on the
day its bold question asks about; "here" / "our city" in an answer is the interviewee's city (the one
city the title and intro name). A remembered strike the answer dates keeps its day; an article with
one bold line is no interview; a question with no day lends none. Fresh sentences for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, day_span

_attacks = AttackProbe("2026-06-10")  # a Wednesday
TUESDAY_NIGHT = (dt.date(2026, 6, 9), dt.date(2026, 6, 10))
SUNDAY = (dt.date(2026, 6, 7), dt.date(2026, 6, 7))


def _interview(question: str, answer: str, city: str = "Chernihiv") -> str:
    return (f"{city}'s mayor on the attacks\n\nHanna Petrenko, mayor of {city}, spoke to us by phone.\n\n"
            f"**{question}**\n\n{answer}\n\n**Is the power back?**\n\nMostly, yes. Crews worked all day.\n")


@pytest.mark.parametrize("question, answer, span", [
    ("What happened on Tuesday night?", "Russian drones hit the bus depot here and a driver was injured.", TUESDAY_NIGHT),
    ("How was Tuesday night for you?", "Shahed drones struck our city again; two women were wounded.", TUESDAY_NIGHT),
    ("How bad was Sunday's shelling?", "Artillery shells hit a market here, killing three people.", SUNDAY),
    ("Tell us about the strike on Sunday.", "A missile destroyed a warehouse in our city and wounded a guard.", SUNDAY),
    ("What happened overnight into Wednesday?", "Drones hit a boiler house here, injuring a worker.", TUESDAY_NIGHT),
    ("Were there casualties on Sunday?", "Yes. A glide bomb fell on a school here and killed two teachers.", SUNDAY),
])
def test_an_answer_takes_its_questions_day_and_here_is_the_mayors_city(question: str, answer: str, span) -> None:
    attack = _attacks.one(_interview(question, answer))
    assert [p.name for p in attack.locations] == ["Chernihiv"]
    assert day_span(attack) == span


def test_a_remembered_strike_keeps_its_own_day() -> None:
    text = _interview("Has the city been hit like this before?",
                      "On the night of 2 May a missile hit a school here and killed two teachers.")
    assert day_span(_attacks.one(text)) == (dt.date(2026, 5, 1), dt.date(2026, 5, 2))


def test_a_question_with_no_day_lends_none() -> None:
    text = _interview("How do people cope?", "Russian drones hit the bus depot here and a driver was injured.")
    assert _attacks.one(text).date is None or _attacks.one(text).date.start is None


def test_here_outside_an_interview_names_no_city() -> None:
    text = ("Kharkiv's mayor on the attacks\n\n**What happened on Tuesday night?**\n\n"
            "Russian drones hit the bus depot here and a driver was injured.\n")
    assert all(p.name != "Kharkiv" or a.date is None for a in _attacks(text) for p in a.locations)


def test_here_with_two_cities_in_the_intro_names_neither() -> None:
    text = ("Mayors of Sumy and Chernihiv on the attacks\n\nThe two mayors spoke to us by phone.\n\n"
            "**What happened on Tuesday night?**\n\nRussian drones hit the bus depot here and a driver was injured.\n\n"
            "**Is the power back?**\n\nMostly, yes.\n")
    assert not any(p.name in ("Sumy", "Chernihiv") for a in _attacks(text) for p in a.locations)
