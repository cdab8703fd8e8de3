"""A weapon model's name between a count and its weapon noun (r18, dev33-A4, dev34-A1): "four
Magura V5 sea drones", "five Sea Baby surface drones", "three Kh-59 missiles", "40 Shahed-136/131
UAVs". One reader (`lexicon.model_name_end`) for grounding and the rules: the model's words use
up none of the words between a count and its noun, and its digits are no second count. "Both
missiles hit X" counts two (codebook 9). Sentences written for these tests."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value
from summariser.grounding import count_support
from summariser.lexicon import in_model_name, model_name_end, without_model_names

_attacks = AttackProbe("2026-03-04", grounded=True)


def _grounds(value: int, field: str, text: str) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


@pytest.mark.parametrize("text, model", [
    ("six Magura V7 naval drones", "Magura V7"),
    ("two Sea Baby drones", "Sea Baby"),
    ("40 Shahed-136/131 UAVs", "Shahed-136/131"),
    ("three Kh-22/32 missiles", "Kh-22/32"),
    ("five KN-23 missiles", "KN-23"),
    ("a dozen Lyutyi-2 drones", "Lyutyi-2"),
])
def test_the_reader_reads_the_model_whole(text: str, model: str) -> None:
    start = text.index(model.split()[0].split("-")[0]) - 1
    assert text[start:model_name_end(text, start, len(text))].strip() == model


@pytest.mark.parametrize("text", ["two Russian drones", "four Magura crew members", "Two Children Killed"])
def test_no_model_where_none_is_named(text: str) -> None:
    assert without_model_names(text) == text or "Magura" in text


def test_the_digits_of_a_model_are_no_count() -> None:
    text = "fired 40 Shahed-136/131 drones and two S-300 missiles"
    assert [in_model_name(text, text.index(d)) for d in ("40", "136", "131", "300")] == [False, True, True, True]


@pytest.mark.parametrize("value, field, text", [
    (5, "launched", "The frigate was hit by five Sea Baby surface drones off Sevastopol."),
    (4, "launched", "A patrol ship was struck by four Magura V7 naval drones near Feodosia at dawn."),
    (3, "launched", "Three Kh-59 missiles slammed into the port overnight."),
    (2, "launched", "Two KN-23 missiles struck the outskirts of Zaporizhzhia."),
    (5, "launched", "Five S-400 missiles came down on the suburbs before sunrise."),
    (2, "launched", "Both Shahed-136 drones hit a warehouse in Poltava."),
    (2, "launched", "Both ballistic missiles hit Chernihiv shortly after midnight."),
    (40, "launched", "The enemy attacked with 40 Shahed-136/131 UAVs; air defence destroyed 33 of them."),
    (33, "intercepted", "The enemy attacked with 40 Shahed-136/131 UAVs; air defence destroyed 33 of them."),
])
def test_grounding_reads_a_count_past_its_model(value: int, field: str, text: str) -> None:
    assert _grounds(value, field, text)


@pytest.mark.parametrize("value, field, text", [
    (131, "launched", "The enemy attacked with 40 Shahed-136/131 UAVs overnight."),
    (300, "launched", "Russia fired an S-300 missile at the town."),
    (4, "launched", "Four Magura crew members were rescued from the water."),
    (2, "launched", "Fragments of two Kh-59 missiles fell on a field."),
])
def test_grounding_refuses_a_model_digit_or_a_non_weapon(value: int, field: str, text: str) -> None:
    assert not _grounds(value, field, text)


def test_rules_read_a_count_past_a_two_word_model() -> None:
    a = _attacks.one("A Russian corvette was hit by four Magura V7 sea drones near Feodosia on Tuesday, the navy said.")
    assert [(w.model, count_value(w.launched)) for w in a.weapons] == [("Magura V7", 4)]


def test_rules_keep_the_part_of_a_wave_named_by_a_slashed_model() -> None:
    a = _attacks.one("According to the air force, overnight the enemy attacked with 52 Shahed-136/131 strike drones "
                     "sent from Bryansk. Air defence units destroyed 41 of them over the Chernihiv and Sumy regions.")
    assert [(count_value(w.launched), count_value(w.intercepted)) for w in a.weapons] == [(52, 41)]


@pytest.mark.parametrize("text, model", [
    ("Both ballistic missiles hit Chernihiv on Monday, injuring three people.", None),
    ("Both Kh-59 missiles slammed into the port of Izmail on Monday.", "Kh-59"),
])
def test_rules_count_both_weapons_of_a_hit(text: str, model: str | None) -> None:
    a = _attacks.one(text)
    assert [(w.model, count_value(w.launched)) for w in a.weapons] == [(model, 2)]


@pytest.mark.parametrize("text", [
    # (r47: "Both missiles were shot down over Lviv" now counts its wave, launched and downed 2: codebook 9 counts "both
    # missiles", as grounding's whole-wave reading always has; tests/test_r47.py)
    "Drones hit Poltava on Monday and both buildings were damaged.",
    "Both men were hurt on Monday after a drone struck their van in Nikopol.",
])
def test_rules_count_no_both_without_a_hit_of_weapons(text: str) -> None:
    assert all(w.launched is None for a in _attacks(text) for w in a.weapons)


def test_both_after_a_wave_counts_it_once() -> None:
    a = _attacks.one("Russia fired two Iskander missiles at Chernihiv on Monday. Both missiles hit the city centre.")
    assert [count_value(w.launched) for w in a.weapons] == [2]


def test_a_hit_by_another_named_model_is_no_part_of_the_wave() -> None:
    attacks = _attacks("Overnight Russia launched 30 Kh-101 cruise missiles at Ukraine, the air force said; 22 were shot down. "
                       "In Zaporizhzhia, three S-300 missiles slammed into a residential street on Tuesday morning.")
    launched = {a.locations[0].name: [count_value(w.launched) for w in a.weapons] for a in attacks if a.locations}
    assert launched.get("Zaporizhzhia") == [3]
