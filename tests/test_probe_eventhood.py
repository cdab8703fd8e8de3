"""Metamorphic probes of event-hood (issue 13): a total over a week, a month, a year or the war
is a statistic and gives no record, however the period is told; a past strike told as background
gives, as evals/CODEBOOK.md rule 5 says, its own record with its own past date when it carries a
count or a place (never the lead's night, never merged into the lead), and none when vague.
Sentences written for these tests (none from seeds/ or evals/); published Monday 2 March 2026."""

from __future__ import annotations

import pytest

from probes import AttackProbe

CONTEXT = "The war has now entered its fifth year. "  # passes the article's war gate, tells no strike
LEAD = "Russian drones struck an apartment block in Poltava overnight, killing two people. "


_attacks = AttackProbe()


@pytest.mark.parametrize("text", [
    "Russia has launched more than 1,200 drones at Ukraine this week, the president said.",
    "Over the past week, Russia launched more than 1,200 drones at Ukraine, the president said.",
    "In the past seven days, Russia has fired 1,200 drones and 40 missiles at Ukraine, the president said.",
    "During the week, Russian forces used about 1,200 drones and 1,000 glide bombs against Ukraine, the president said.",
    "Since the start of the month, Russia has launched 3,000 drones at Ukraine.",
    "In the month to date, Russian strikes have killed 120 civilians in Ukraine.",
    "This year alone, Russia has launched more than 20,000 drones at Ukraine.",
    "Russian strikes have killed more than 12,000 civilians in Ukraine since the full-scale invasion began, the UN says.",
    "The UN monitoring mission said 180 civilians were killed and 900 injured in Ukraine in May, most of them by "
    "Russian missiles and drones.",
])
def test_a_total_over_a_period_gives_no_record(text: str) -> None:
    assert _attacks(CONTEXT + text) == []


@pytest.mark.parametrize("text", [
    "Russian strikes have killed more than 300 people in the Poltava region since 2022.",
    "In May, Russian strikes killed 180 civilians across Ukraine, the UN said.",
    "Poltava has been hit repeatedly since the full-scale invasion began.",
    "Over the past week, Russia launched more than 1,200 drones at Ukraine, the president said.",
])
def test_a_statistic_after_a_strike_leaves_the_strike_alone(text: str) -> None:
    attacks = _attacks(LEAD + text)
    assert len(attacks) == 1 and attacks[0].killed is not None and attacks[0].killed.value == 2
    assert not attacks[0].weapons or all(w.launched is None for w in attacks[0].weapons)


@pytest.mark.parametrize("text, year", [
    ("In 2023, a Russian missile hit a cafe in Kramatorsk, killing 13 people.", 2023),
    ("A Russian missile hit a cafe in Kramatorsk in June 2023, killing 13 people.", 2023),
    ("Last year, a Russian missile hit a cafe in Kramatorsk, killing 13 people.", 2025),
    ("A similar Russian attack on Kramatorsk in January killed 13 people.", 2026),
])
def test_a_past_strike_with_a_toll_is_its_own_record_on_its_own_date(text: str, year: int) -> None:
    attacks = _attacks(LEAD + text)
    past = [a for a in attacks if a.killed is not None and a.killed.value == 13]
    assert len(attacks) == 2 and len(past) == 1
    assert past[0].date is not None and past[0].date.start is not None and past[0].date.start.year == year
    assert past[0].date.start.month != 3 or year != 2026  # not the lead's night


def test_a_vague_earlier_strike_gives_no_record() -> None:
    attacks = _attacks(LEAD + "The city was last hit in a Russian missile attack two weeks ago.")
    assert [a.locations[0].name for a in attacks] == ["Poltava"]


@pytest.mark.parametrize("text", [
    "Russia has launched a massive attack on Kyiv this week, killing 20 people.",
    "A Russian strike on Kyiv this week killed 20 people.",
    "Russia fired 20 missiles at Kyiv during the week of talks, killing 20 people, the mayor said.",
])
def test_one_strike_told_in_a_week_is_still_a_strike(text: str) -> None:
    attacks = _attacks(CONTEXT + text)
    assert [a.locations[0].name for a in attacks] == ["Kyiv"]
    assert attacks[0].killed is not None and attacks[0].killed.value == 20
