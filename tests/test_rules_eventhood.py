"""Event-hood before extraction: what is not a strike makes no attack record (fresh sentences)."""

from __future__ import annotations

import pytest

from probes import AttackProbe
from summariser.backends.rules import RulesBackend

# A war word somewhere, so the article gate opens and only event-hood decides.
_WAR = " The war continues."


_attacks = AttackProbe(tail=_WAR)


@pytest.mark.parametrize("text", [
    # aggregate statistics over a month or a country
    "At least 180 civilians were killed and 900 injured in Ukraine in February, the UN monitoring mission said.",
    "In October, Russian attacks killed 210 civilians and injured 980 across Ukraine, UN monitors reported.",
    "Russian drone and missile attacks killed 95 civilians in the Kharkiv region in January, the prosecutor said.",
    "Russian strikes killed at least 140 civilians in Ukraine last month, according to the United Nations.",
    "In February, Russia launched more than 4,000 drones at Ukraine, the air force said.",
    # background strikes without a time anchor of their own
    "Factories in the Kharkiv region have been hit repeatedly since the war began, the plant's director said.",
    "The plant in Kremenchuk was struck by Russian missiles in April and again last year, its owner said.",
    "Last year, drones struck the refinery in Ryazan three times, officials said.",
    # stories that are not about a strike
    "The company now makes 300 attack drones a month for the army, its chief executive said in an interview.",
    "Shakhtar Donetsk beat Dynamo Kyiv 3-1 in Lviv on Sunday, where fans sheltered during an air raid alert.",
    "Ukraine's economy grew 3% in the third quarter despite Russian missile attacks, the central bank said.",
])
def test_no_attack_record(text):
    assert _attacks(text) == []


@pytest.mark.parametrize("text", [
    "In April, a Russian missile strike on the centre of Sumy killed 35 people.",
    "A Russian ballistic missile struck the centre of Sumy in April, killing 35 people.",
])
def test_a_past_strike_with_its_own_toll_is_still_its_own_record(text):
    [attack] = _attacks(text)
    assert attack.killed.value == 35 and attack.date.precision.value == "month" and attack.date.start.month == 4


@pytest.mark.parametrize("text", [
    "A Russian drone hit a house in Sumy on Sunday, injuring two people.",
    "Russian shelling of Kherson on Sunday killed one man, the governor said.",
])
def test_a_strike_this_week_is_an_attack(text):
    assert len(_attacks(text)) == 1


def test_negative_controls_give_no_attack_records():
    """evals/controls: a UN monthly toll, a months-old strike feature, a factory interview, a
    football story with an air raid alert, a budget debate — gold has no attack to code."""
    from pathlib import Path

    from summariser.articles import load_articles

    folder = Path(__file__).resolve().parent.parent / "evals" / "controls" / "articles"
    articles = list(load_articles(sorted(folder.iterdir())))
    assert len(articles) >= 5
    found = {a.path: RulesBackend(None).extract(a).attacks for a in articles}
    assert {p: len(v) for p, v in found.items() if v} == {}
