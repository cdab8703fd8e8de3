"""A post's layout as context: paragraphs headed by a place, sections headed by a weekday, and
tolls written as labels ("Wounded: 4 people"). Fresh sentences of our own, in several phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe


_attacks = AttackProbe("2026-03-12")


def _places(a) -> list[str]:
    return [loc.name for loc in a.locations]


GOVERNOR_POST = """Sumy region: what the shelling left behind over the past day

The head of the regional administration reported the consequences of the attacks.

• Sumy. Around midnight a drone hit a garage block. Wounded: 3 people, including a girl aged 12.

• Shostka. An artillery shell struck a shop. One woman was killed.

• Krasnopillia. Debris of a missile damaged two houses; nobody was hurt.
"""


def test_each_bulleted_place_paragraph_is_its_own_event():
    attacks = _attacks(GOVERNOR_POST)
    by_place = {tuple(_places(a)): a for a in attacks}
    assert ("Sumy",) in by_place and ("Shostka",) in by_place
    assert by_place[("Sumy",)].injured.value == 3 and by_place[("Sumy",)].children_injured.value == 1
    assert by_place[("Shostka",)].killed.value == 1
    assert all(a.locations[0].level.value != "country" for a in attacks)  # no place-less record


def test_a_colon_head_names_the_place_of_its_paragraph():
    text = ("Overnight summary from the Odesa region\n\nIzmail: a drone struck the port. "
            "Two people were injured.\n\nBilhorod-Dnistrovskyi: falling debris broke windows in a school.\n")
    attacks = _attacks(text)
    izmail = [a for a in attacks if "Izmail" in _places(a)]
    assert izmail and izmail[0].injured.value == 2


def test_a_one_word_sentence_that_is_no_place_heads_nothing():
    text = ("Kharkiv, a city of a million, waited.\n\nUpdate. A missile hit a warehouse. "
            "Four workers were wounded, the mayor said.\n")
    for a in _attacks(text):
        assert "Update" not in _places(a)


WEEKLY = """Seven days of the war: a digest

Our weekly round-up, compiled on Saturday.

Monday
A glide bomb hit a clinic in Kramatorsk in the afternoon. Three people were killed.

Thursday
Russia's defence ministry said 40 drones were shot down over the Bryansk region overnight.
"""


def test_weekday_headings_anchor_the_sentences_under_them():
    attacks = _attacks(WEEKLY, published="2026-03-14")  # a Saturday
    kram = next(a for a in attacks if "Kramatorsk" in _places(a))
    assert kram.date.start == dt.date(2026, 3, 9)  # the Monday of that week
    bryansk = next(a for a in attacks if any("Bryansk" in p for p in _places(a)))
    # "overnight" under Thursday: the night into Thursday, not the night before publication
    assert (bryansk.date.start, bryansk.date.end) == (dt.date(2026, 3, 11), dt.date(2026, 3, 12))


def test_a_weekday_inside_a_sentence_is_no_heading():
    text = "On Monday a missile hit Dnipro, killing two people, the governor said.\n"
    a = _attacks(text, published="2026-03-14")[0]
    assert a.date.start == dt.date(2026, 3, 9)


@pytest.mark.parametrize("sentence, field, value", [
    ("A missile hit Poltava overnight. Killed: 2 people.", "killed", 2),
    ("Russian shelling struck Kherson on Sunday. Injured - five civilians.", "injured", 5),
    ("A drone attacked Nikopol. Wounded: 7, among them a baby.", "injured", 7),
])
def test_a_toll_written_as_a_label(sentence, field, value):
    attacks = _attacks(sentence)
    assert any(getattr(a, field) is not None and getattr(a, field).value == value for a in attacks)


def test_a_label_without_a_toll_counts_nothing():
    attacks = _attacks("A drone hit Sumy. Wounded: none, officials said.")
    assert all(a.injured is None for a in attacks)


POST_WITH_ENEMY = """Poltava region after the night

Over the past day the enemy shelled the region four times.

• Kremenchuk. At about 02:10 the enemy hit an oil depot with a missile. Wounded: 2 people.

• Lubny district. Shelling of the village of Zhdanivka damaged a barn; a farmer was injured.

• Myrhorod. A drone hit a garage.
"""


def test_the_enemy_named_once_is_the_attacker_of_every_paragraph():
    attacks = _attacks(POST_WITH_ENEMY, published="2026-03-12")
    assert len(attacks) >= 2
    assert all(a.attacker == "Russia" for a in attacks)


def test_a_village_unknown_to_the_gazetteer_lies_in_the_region_of_its_head():
    attacks = _attacks(POST_WITH_ENEMY, published="2026-03-12")
    village = [loc for a in attacks for loc in a.locations if loc.name == "Zhdanivka"]
    assert village and village[0].country == "Ukraine"


@pytest.mark.parametrize("phrase", ["Over the past day", "In the last 24 hours", "During the past day"])
def test_a_daily_report_period_is_the_day_up_to_the_report(phrase):
    a = _attacks(f"{phrase}, Russian drones struck a depot in Chernihiv.", published="2026-03-12")[0]
    assert (a.date.start, a.date.end) == (dt.date(2026, 3, 11), dt.date(2026, 3, 12))


def test_the_past_days_of_a_feature_are_no_date():
    from summariser.dates import find_dates
    text = "He spent the past days at home."
    assert find_dates(text, 0, len(text), dt.date(2026, 3, 12)) == []
