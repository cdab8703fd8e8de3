"""Round 40 (6 December 2026, afternoon). The LLM path: an air force's tally told as labelled lines, a
bracketed note between the label and its figure ("Shot down (as of 08:30): 44 drones") and a breakdown in a
sentence of its own after its total ("By type: ..."); the youngest of a toll named as a child. The rules: the
same youngest reading, "the enemy" told with a light verb ("carried out a strike"), a within-the-day phrase
under a header that names its day, a sum "in total" told of the one place its sentence names, "over Russia"
as the country's scope, a strike dated by the attack the line before names, a person's apposition before an
injury had; a city naming a gathering ("the Geneva round") is no side, equipment paid for a state's cities is
aid, a city's own executive committee meets in no diplomacy, and a comment clause after a measure ("which will
matter more ...") gives it no status. Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, count_value, day_span, place_names
from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.grounding.counts import count_support
from summariser.records import DiplomacyKind, DiplomacyStatus

_DAY = dt.date(2026, 4, 14)  # a Tuesday
_PUBLISHED = _DAY.isoformat()
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _diplomacy(text: str, published: str = _PUBLISHED):
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article).diplomacy


def _grounds(text: str, field: str, value: int) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


# --------------------------------------------------------------------------- LLM path: a note in brackets
@pytest.mark.parametrize(("text", "field", "value"), [
    ("Shot down (as of 08:30, preliminary): 44 drones.", "intercepted", 44),
    ("Destroyed or suppressed by jamming (figures at 07:00): 212 targets.", "intercepted", 212),
    ("Launched at the country (radar data, 06:45): 73 attack drones.", "launched", 73),
])
def test_a_bracketed_note_between_a_label_and_its_figure_keeps_the_role(text: str, field: str, value: int) -> None:
    assert _grounds(text, field, value)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Shot down (as of 08:30, preliminary): 44 drones.", "launched", 44),
    ("Reports (some shot down at 07:00): 44 drones.", "intercepted", 44),  # the note's cue is its own
])
def test_a_bracketed_note_gives_no_role_of_its_own(text: str, field: str, value: int) -> None:
    assert not _grounds(text, field, value)


# --------------------------------------------------------------------------- LLM path: a breakdown sentence
_LAUNCHES = ("Detected overnight: 146 means of air attack. By type: 120 Geran drones; 19 Kalibr cruise missiles; "
             "7 Iskander-M ballistic missiles.")
_DOWNINGS = ("Neutralised by air defence (interim figures): 131 targets. Of them: 112 drones, 15 cruise missiles, "
             "4 ballistic missiles.")


@pytest.mark.parametrize(("text", "field", "values"), [
    (_LAUNCHES, "launched", (146, 120, 19, 7)),
    (_DOWNINGS, "intercepted", (131, 112, 15, 4)),
    ("Recorded in all: 90 drones and missiles. Breakdown: 84 Shahed drones and 6 Kh-59 missiles.", "launched", (84, 6)),
])
def test_a_breakdown_takes_the_role_of_the_total_before_it(text: str, field: str, values: tuple[int, ...]) -> None:
    assert [v for v in values if not _grounds(text, field, v)] == []


@pytest.mark.parametrize(("text", "field", "value"), [
    (_LAUNCHES, "intercepted", 120),
    (_DOWNINGS, "launched", 112),
    ("The report was issued at nine. By type: 84 drones; 6 missiles.", "launched", 84),  # no total, no role
])
def test_a_breakdown_takes_no_other_role(text: str, field: str, value: int) -> None:
    assert not _grounds(text, field, value)


# --------------------------------------------------------------------------- the youngest of a toll
_YOUNGEST_INJURED = [
    "Glide bombs struck Kupiansk on Monday, injuring seven people. The youngest casualty is a girl of eleven.",
    "Glide bombs struck Kupiansk on Monday, injuring seven people, the youngest a boy aged 9.",
    "Glide bombs struck Kupiansk on Monday and seven people were hurt. The youngest of the injured was a 14-year-old.",
]


@pytest.mark.parametrize("text", _YOUNGEST_INJURED)
def test_the_youngest_of_a_toll_named_as_a_child_is_one_child(text: str) -> None:
    assert _grounds(text, "children_injured", 1)
    assert count_value(_attacks.one(text).children_injured) == 1


@pytest.mark.parametrize(("text", "field"), [
    ("Glide bombs struck Kupiansk on Monday, injuring seven people. The youngest casualty is a man of 19.",
     "children_injured"),  # an adult
    (_YOUNGEST_INJURED[0], "children_killed"),  # the toll is of the injured
    ("Glide bombs struck Kupiansk on Monday, killing two and injuring seven. The youngest of the dead was a boy of 6.",
     "children_injured"),  # the frame names the dead
])
def test_the_youngest_gives_no_child_where_it_does_not_fit(text: str, field: str) -> None:
    assert not _grounds(text, field, 1)


def test_the_youngest_of_children_already_counted_is_no_child_more() -> None:
    text = "Shells hit Kherson on Monday. Of the 12 wounded, two are children, the youngest a girl of three."
    assert count_value(_attacks.one(text).children_injured) != 1


def test_the_youngest_of_the_dead_is_a_child_killed() -> None:
    text = "Glide bombs struck Kupiansk on Monday, killing two and injuring seven. The youngest of the dead was a boy of 6."
    attack = _attacks.one(text)
    assert (count_value(attack.children_killed), count_value(attack.children_injured)) == (1, None)


# --------------------------------------------------------------------------- rules: the enemy, light verbs
@pytest.mark.parametrize("lead", [
    "Overnight the enemy carried out one more heavy strike on Ukraine's energy system.",
    "Overnight the enemy conducted another large-scale strike against Ukraine's power plants.",
])
def test_the_enemy_told_with_a_light_verb_is_the_other_side(lead: str) -> None:
    text = lead + " Tracked in total: 98 attack drones and 11 missiles."
    attack = _attacks.one(text)
    assert (attack.attacker, attack.target_country) == ("Russia", "Ukraine")


# --------------------------------------------------------------------------- rules: a header naming its day
_EVENING = "Evening report for 13 April.\n\nIn total, 26 drones attacked the Kursk Region over the day; 19 were shot down."


def test_a_within_the_day_phrase_under_a_header_naming_its_day_is_that_day() -> None:
    attack = _attacks.one(_EVENING)
    assert day_span(attack) == (dt.date(2026, 4, 13), dt.date(2026, 4, 13))


def test_a_within_the_day_phrase_under_an_as_of_header_is_the_day_before_it() -> None:
    text = _EVENING.replace("Evening report for 13 April.", "Update as of 08:00, 13 April.")
    assert day_span(_attacks.one(text)) == (dt.date(2026, 4, 12), dt.date(2026, 4, 13))


# --------------------------------------------------------------------------- rules: a sum of one place
def test_a_sum_in_total_of_the_one_place_its_sentence_names_is_that_places() -> None:
    assert place_names(_attacks(_EVENING)) == {"Kursk Oblast"}


def test_a_sum_in_total_with_a_share_over_a_place_stays_the_countrys() -> None:
    text = "In total, 140 drones were launched at Ukraine overnight, 30 of them over Odesa."
    assert "Ukraine" in place_names(_attacks(text))


def test_a_figure_over_russia_after_a_regional_tally_is_the_countrys() -> None:
    text = ("In total, 26 drones attacked the Kursk Region over the day; 19 of them were downed above its districts.\n\n"
            "Separately, the Defence Ministry said 61 Ukrainian drones were destroyed over Russia overnight.")
    attacks = _attacks(text)
    assert sorted(place_names(attacks)) == ["Kursk Oblast", "Russia"], [a.locations for a in attacks]


# --------------------------------------------------------------------------- rules: a strike dated by its heading
def test_a_strike_told_after_the_line_naming_its_dated_attack_takes_that_day() -> None:
    text = ("Point 3. On the damage done by the Russian drone raid on the night of 11 to 12 April.\n\n"
            "Reported: drones had hit two substations in Mykolaiv, injuring three workers.")
    assert day_span(_attacks.one(text)) == (dt.date(2026, 4, 11), dt.date(2026, 4, 12))


def test_a_strike_after_a_line_naming_no_attack_keeps_no_borrowed_day() -> None:
    text = ("Point 3. On the heating season plan adopted on 2 March.\n\n"
            "Reported: drones had hit two substations in Mykolaiv on Sunday, injuring three workers.")
    assert day_span(_attacks.one(text)) == (dt.date(2026, 4, 12), dt.date(2026, 4, 12))


# --------------------------------------------------------------------------- rules: an apposition before an injury
@pytest.mark.parametrize("text", [
    "Shells hit Nikopol on Monday. The bus driver, a man of 52, suffered shrapnel wounds to his legs.",
    "Shells hit Nikopol on Monday. A pensioner, a woman aged 80, received cuts to her face.",
])
def test_a_persons_apposition_before_an_injury_had_counts_one(text: str) -> None:
    assert count_value(_attacks.one(text).injured) == 1


# --------------------------------------------------------------------------- rules: diplomacy
@pytest.mark.parametrize("text", [
    "On Monday Macron and Zelensky spoke by phone; the Berlin meeting and energy aid came up.",
    "On Monday Macron and Zelensky spoke by phone about the Warsaw talks.",
])
def test_a_city_naming_a_gathering_is_no_side(text: str) -> None:
    (call,) = _diplomacy(text)
    assert sorted(call.participants) == ["France", "Ukraine"]


@pytest.mark.parametrize("text", [
    "Denmark's government decided on Friday to pay for 120 generators for Kherson and Mykolaiv.",
    "On Friday the Dutch government agreed to finance 40 transformers for Ukraine.",
])
def test_equipment_paid_for_a_states_cities_is_aid(text: str) -> None:
    (aid,) = _diplomacy(text)
    assert (aid.kind, aid.status, "Ukraine" in aid.participants) == (DiplomacyKind.military_aid, DiplomacyStatus.held, True)


def test_equipment_destroyed_is_no_aid() -> None:
    assert _diplomacy("On Friday 120 generators were destroyed in a warehouse fire in Kherson.") == []


def test_a_comment_clause_after_a_measure_gives_it_no_status() -> None:
    text = ("Denmark's government decided on Friday to pay for 120 generators for Kherson, which will count for more "
            "this winter than any speech.")
    (aid,) = _diplomacy(text)
    assert aid.status is DiplomacyStatus.held


def test_a_relative_aside_closed_before_the_main_verb_keeps_the_verbs_status() -> None:
    text = "The bloc's new sanctions package, which would ban imports of Russian fertiliser, is still blocked in Brussels."
    (package,) = _diplomacy(text)
    assert package.status is not DiplomacyStatus.held


@pytest.mark.parametrize("text", [
    "Extraordinary sitting of the Kherson city executive committee, Monday 13 April 2026.",
    "Plenary session of the regional council, Monday 13 April 2026, with deputies from all factions.",
])
def test_a_citys_own_council_in_session_is_no_diplomacy(text: str) -> None:
    assert _diplomacy(text) == []
