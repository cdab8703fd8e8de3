"""Metamorphic probes: the same correct answer, written the way different models write it, must
ground to the same records (same values, dates, places and countries) and must not make the
draft validator ask the model again. The articles and answers are in `model_habit_probes`.

Habits probed: quotes elided, cut, joined, re-cased, re-spaced, curly or straight; places with
their country or region, as oblasts or regions; counts as words or digits, with their qualifier,
implied by "all", by a list of people, or an explicit nil written as "none"; dates as ISO days,
datetimes or the text's own words; participants as roles, ISO codes or full names.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Callable

import pytest

from model_habit_probes import PROBES, Probe, edit, ground, reasks, signature

# --------------------------------------------------------------------------- the ideal answers


@pytest.mark.parametrize("name", sorted(PROBES))
def test_the_ideal_answer_grounds_whole(name):
    """Every value of a perfect answer is kept: no rejection, no re-ask."""
    probe = PROBES[name]
    out = ground(probe, probe.answer)
    assert not out.rejected, [(r.field, r.value, r.reason) for r in out.rejected]
    assert reasks(probe, probe.answer) == []
    assert len(out.attacks) == len(probe.answer["attacks"])
    assert len(out.diplomacy) == len(probe.answer["diplomacy"])


def _same_record(probe: Probe, variant: dict[str, Any]) -> None:
    want = signature(ground(probe, probe.answer))
    got = ground(probe, variant)
    assert signature(got) == want, [(r.field, r.value, r.reason) for r in got.rejected]
    assert reasks(probe, variant) == []


# --------------------------------------------------------------------------- evidence quotes


def _words(q: str) -> list[str]:
    return q.split()


def elide(q: str, mark: str = "…") -> str:
    w = _words(q)
    return q if len(w) < 12 else " ".join(w[:5]) + f" {mark} " + " ".join(w[-4:])


def first_clause(q: str) -> str:
    head = q.split(",")[0]
    return head if len(head.split()) >= 6 else q


QUOTE_HABITS: dict[str, Callable[[str], str]] = {
    "elided with an ellipsis character": elide,
    "elided with three dots": lambda q: elide(q, "..."),
    "elided with a bracketed cut": lambda q: elide(q, "[...]"),
    "cut to its first clause": first_clause,
    "wrapped in curly quotes": lambda q: f"“{q}”",
    "wrapped in straight quotes": lambda q: f'"{q}"',
    "lower-cased": str.lower,
    "upper-cased first word": lambda q: q.split(" ", 1)[0].upper() + " " + q.split(" ", 1)[1],
    "spaces doubled": lambda q: q.replace(" ", "  "),
    "final full stop dropped": lambda q: q.rstrip("."),
    "a line break inside": lambda q: q.replace(", ", ",\n", 1),
    "dashes as hyphens": lambda q: q.replace("—", "-"),
    "apostrophes curled": lambda q: q.replace("'", "’"),
    "number words as digits": lambda q: _swap_words(q, _DIGITS),
    "small numbers as words": lambda q: _swap_words(q, {v: k for k, v in _DIGITS.items()}),
    "American spelling": lambda q: _swap_words(q, _AMERICAN),
    "old transliteration": lambda q: _swap_words(q, {"Kyiv": "Kiev", "Kostiantynivka": "Konstantinovka"}),
    "a word paraphrased": lambda q: _swap_words(q, {"said": "stated", "killing": "leaving dead", "held": "had"}),
    "attribution cut": lambda q: re.sub(r",[^,]*(?:said|added|wrote)[^,]*\.?$", ".", q),
}

_DIGITS = {"four": "4", "three": "3", "two": "2", "Three": "3", "nine": "9"}
_AMERICAN = {"defence": "defense", "neighbour": "neighbor", "storey": "story", "Defence": "Defense"}


def _swap_words(q: str, table: dict[str, str]) -> str:
    return re.sub(r"\b(" + "|".join(map(re.escape, table)) + r")\b", lambda m: table[m.group(1)], q)


def _all_quotes(answer: dict[str, Any], habit: Callable[[str], str]) -> dict[str, Any]:
    out = copy.deepcopy(answer)
    for rec in out["attacks"] + out["diplomacy"]:
        rec["evidence"] = [habit(q) for q in rec["evidence"]]
    return out


@pytest.mark.parametrize("habit", sorted(QUOTE_HABITS))
@pytest.mark.parametrize("name", sorted(PROBES))
def test_quotes_written_differently_keep_the_record(name, habit):
    probe = PROBES[name]
    _same_record(probe, _all_quotes(probe.answer, QUOTE_HABITS[habit]))


def _joined(answer: dict[str, Any]) -> dict[str, Any]:
    """A record's quotes joined into one quote, as one passage."""
    out = copy.deepcopy(answer)
    for rec in out["attacks"] + out["diplomacy"]:
        rec["evidence"] = [" ".join(rec["evidence"])]
    return out


@pytest.mark.parametrize("name", ["wire", "tally", "governor"])
def test_a_records_quotes_joined_into_one_keep_the_record(name):
    probe = PROBES[name]
    _same_record(probe, _joined(probe.answer))


def test_a_quote_that_runs_on_into_the_next_sentence_keeps_the_record():
    probe = PROBES["readout"]
    quote = ("Foreign Minister Andrii Sybiha met in Ankara on 14 April with Hakan Fidan, his Turkish "
             "counterpart, the Ukrainian foreign ministry said … The ministers discussed an exchange of prisoners "
             "of war")
    _same_record(probe, edit(probe.answer, "diplomacy.0.evidence.0", quote))


# --------------------------------------------------------------------------- field values


def _lost(name: str, path: str, value: Any, why: str) -> Any:
    """A faithful variant grounding still loses (a strict xfail: it fails loudly once fixed)."""
    return pytest.param(name, path, value, marks=pytest.mark.xfail(strict=True, reason=why),
                        id=f"{name}:{path}={value}")


FAITHFUL: list[Any] = [
    # places: with the country, as an oblast or region, with its region, as a city named so
    ("wire", "attacks.0.places.0", "Zhytomyr, Ukraine"),
    ("wire", "attacks.0.places.0", "Zhytomyr (Zhytomyr Oblast)"),
    ("wire", "attacks.0.places.0", "Zhytomyr, Zhytomyr Oblast, Ukraine"),
    ("wire", "attacks.0.places.0", "city of Zhytomyr"),
    ("wire", "attacks.1.places.0", "Kyiv Oblast"),
    ("wire", "attacks.1.places.0", "Kyiv region, Ukraine"),
    ("wire", "attacks.1.places.0", "the Kyiv region"),
    ("wire", "attacks.1.places.0", "Kyivska oblast"),
    ("wire", "attacks.1.places.0", "Kiev region"),
    ("governor", "attacks.0.places.0", "Shebekino, Belgorod region"),
    ("governor", "attacks.0.places.0", "Shebekino, Russia"),
    ("governor", "attacks.0.places.0", "outskirts of Shebekino"),
    ("governor", "attacks.0.places.0", "near Shebekino"),
    ("wire", "attacks.1.places.0", "northern Kyiv region"),
    ("live_blog", "attacks.0.places.0", "Kostiantynivka, Donetsk Oblast"),
    ("live_blog", "attacks.0.places.0", "Konstantinovka"),
    ("live_blog", "attacks.0.places.0", "Kostiantynivka (Donetsk)"),
    ("tally", "attacks.0.places.0", "across Ukraine"),
    ("tally", "attacks.0.places.0", "all over Ukraine"),
    ("readout", "diplomacy.0.place", "Ankara, Turkey"),
    ("readout", "diplomacy.0.place", "Ankara, Türkiye"),
    ("live_blog", "diplomacy.0.place", "Kyiv, Ukraine"),
    ("live_blog", "diplomacy.0.place", "Kiev"),
    # counts: words, digits, strings, qualifiers as the text gives them
    ("wire", "attacks.0.killed", "four"),
    ("wire", "attacks.0.killed", "4"),
    ("wire", "attacks.0.killed", "4 people"),
    ("wire", "attacks.0.injured", "more than 20"),
    ("wire", "attacks.0.injured", "20+"),
    ("wire", "attacks.0.injured", "over 20"),
    ("wire", "attacks.0.children_injured", "three"),
    ("wire", "attacks.0.killed", "4 (four)"),
    ("wire", "attacks.0.injured", ">20"),
    ("wire", "attacks.0.injured", "20 (more than)"),
    ("governor", "attacks.0.injured", "3 (the driver and two passengers)"),
    ("live_blog", "attacks.0.killed", "3 (a woman, her husband and their neighbour)"),
    ("oblast", "attacks.0.children_injured", "a child"),
    ("tally", "attacks.0.weapons.0.launched", "87 drones"),
    ("tally", "attacks.0.weapons.1.launched", "four"),
    ("tally", "attacks.0.weapons.1.intercepted", "all 4"),
    # zeros: as a word or a string
    ("wire", "attacks.1.killed", "none"),
    ("wire", "attacks.1.injured", "0"),
    ("wire", "attacks.1.injured", "zero"),
    ("governor", "attacks.0.killed", "none"),
    ("governor", "attacks.0.killed", "no one"),
    # dates: calendar days, datetimes, the text's words re-cased or with extra words
    ("wire", "attacks.0.when", "2027-03-10"),
    ("wire", "attacks.0.when", "2027-03-10T04:00:00Z"),
    ("wire", "attacks.0.when", "Wednesday"),
    ("wire", "attacks.0.when", "early Wednesday (10 March 2027)"),
    ("wire", "attacks.0.when", "March 10, 2027"),
    ("wire", "attacks.0.when", "10 March"),
    ("wire", "attacks.1.when", "overnight into Thursday"),
    ("wire", "attacks.1.when", "night of 10-11 March 2027"),
    ("wire", "attacks.1.when", "overnight Wednesday into Thursday"),
    ("wire", "attacks.1.when", "Wednesday-Thursday night"),
    ("tally", "attacks.0.when", "2027-03-11 (overnight)"),
    ("tally", "attacks.0.when", "Overnight"),
    ("governor", "attacks.0.when", "Monday morning"),
    ("governor", "attacks.0.when", "2027-04-05"),
    ("governor", "attacks.0.when", "Monday, April 5"),
    ("readout", "diplomacy.0.when", "14 April"),
    ("readout", "diplomacy.0.when", "2027-04-14"),
    ("readout", "diplomacy.0.when", "April 14"),
    ("readout", "diplomacy.0.when", "April 14, 2027"),
    ("readout", "diplomacy.1.when", "May 2027"),
    ("readout", "diplomacy.1.when", "2027-05"),
    ("sanctions", "diplomacy.0.when", "Monday"),
    ("sanctions", "diplomacy.0.when", "2027-02-22"),
    ("sanctions", "diplomacy.1.when", "2027-02-22"),
    ("sanctions", "diplomacy.1.when", "on Monday"),
    ("live_blog", "attacks.0.when", "Saturday"),
    ("live_blog", "attacks.0.when", "2027-05-08"),
    # participants and sides: roles, codes, full names, other common names
    ("readout", "diplomacy.0.participants.1", "the Turkish foreign minister"),
    ("readout", "diplomacy.0.participants.1", "Hakan Fidan"),
    ("readout", "diplomacy.0.participants.1", "Türkiye"),
    ("readout", "diplomacy.0.participants.1", "TR"),
    ("readout", "diplomacy.0.participants.1", "Republic of Turkey"),
    ("readout", "diplomacy.0.participants.0", "UA"),
    ("readout", "diplomacy.0.participants.0", "Ukrainian Foreign Minister Andrii Sybiha"),
    ("readout", "diplomacy.0.participants.0", "Ukraine's foreign ministry"),
    ("sanctions", "diplomacy.0.participants.0", "EU"),
    ("sanctions", "diplomacy.0.participants.0", "the European Union"),
    ("sanctions", "diplomacy.0.participants.1", "Russian Federation"),
    ("sanctions", "diplomacy.0.participants.1", "RU"),
    ("sanctions", "diplomacy.1.participants.0", "UK"),
    ("sanctions", "diplomacy.1.participants.0", "Britain"),
    ("sanctions", "diplomacy.1.participants.0", "GB"),
    ("sanctions", "diplomacy.1.participants.0", "the British Foreign Office"),
    ("live_blog", "diplomacy.0.participants.0", "Radoslaw Sikorski"),
    ("live_blog", "diplomacy.0.participants.0", "Polish Foreign Minister Radoslaw Sikorski"),
    ("live_blog", "diplomacy.0.participants.0", "PL"),
    ("wire", "attacks.0.attacker", "Russian forces"),
    ("wire", "attacks.0.attacker", "RU"),
    ("wire", "attacks.0.target_country", "UA"),
    ("governor", "attacks.0.attacker", "Ukrainian forces"),
    ("governor", "attacks.0.target_country", "Russian Federation"),
    # a Russian ministry's tally over regions listed before one region word
    ("mod_ru", "attacks.0.places.0", "Bryansk region"),
    ("mod_ru", "attacks.0.places.1", "Kursk Oblast"),
    ("mod_ru", "attacks.0.places.2", "Oryol Oblast, Russia"),
    ("mod_ru", "attacks.0.places.0", "Bryanskaya oblast"),
    ("mod_ru", "attacks.0.weapons.0.intercepted", "thirty-four"),
    ("mod_ru", "attacks.0.weapons.0.intercepted", "34 drones"),
    ("mod_ru", "attacks.0.when", "2027-06-13 (overnight)"),
    ("mod_ru", "attacks.0.when", "the night of 12-13 June"),
    ("mod_ru", "attacks.0.attacker", "Ukrainian forces"),
    ("mod_ru", "attacks.0.attacker", "Armed Forces of Ukraine"),
    ("mod_ru", "attacks.1.injured", "none"),
    ("mod_ru", "attacks.1.places.0", "Kursk, Russia"),
    # a regional administration's daily report
    ("oblast", "attacks.0.places.0", "Kherson Oblast"),
    ("oblast", "attacks.0.places.0", "Khersonska oblast"),
    ("oblast", "attacks.0.places.0", "Kherson Oblast, Ukraine"),
    ("oblast", "attacks.0.places.0", "Kherson province"),
    ("oblast", "attacks.0.killed", "one"),
    ("oblast", "attacks.0.injured", "seven"),
    ("oblast", "attacks.0.injured", "7 people"),
    ("oblast", "attacks.0.when", "in the past day"),
    ("oblast", "attacks.0.when", "past 24 hours"),
    ("oblast", "attacks.0.attacker", "Russian troops"),
    ("oblast", "attacks.0.attacker", "Russian army"),
    # a call and a proposal, participants as leaders, with titles, in other spellings
    ("call", "diplomacy.0.participants.0", "President Zelensky"),
    ("call", "diplomacy.0.participants.0", "Volodymyr Zelenskyy"),
    ("call", "diplomacy.0.participants.1", "the Turkish president"),
    ("call", "diplomacy.0.participants.1", "Recep Tayyip Erdoğan"),
    ("call", "diplomacy.0.participants.1", "Erdogan"),
    ("call", "diplomacy.0.when", "2027-06-29"),
    ("call", "diplomacy.0.when", "Tuesday, June 29"),
    ("call", "diplomacy.0.when", "Tuesday"),
    ("call", "diplomacy.1.participants.2", "Vladimir Putin"),
    ("call", "diplomacy.1.participants.2", "the Kremlin"),
    ("call", "diplomacy.1.participants.2", "Russian President Vladimir Putin"),
    ("call", "diplomacy.1.place", "Istanbul, Turkey"),
    ("call", "diplomacy.1.place", "Istanbul, Türkiye"),
    # a prisoner exchange with a mediator
    ("exchange", "diplomacy.0.participants.2", "UAE"),
    ("exchange", "diplomacy.0.participants.2", "the Emirates"),
    ("exchange", "diplomacy.0.participants.2", "AE"),
    ("exchange", "diplomacy.0.participants.2", "ARE"),
    ("exchange", "diplomacy.0.participants.0", "Russian Federation"),
    ("exchange", "diplomacy.0.when", "2027-08-20"),
    ("exchange", "diplomacy.0.when", "Friday"),
    ("exchange", "diplomacy.0.when", "August 20, 2027"),
]


@pytest.mark.parametrize("name,path,value", [
    v if hasattr(v, "marks") else pytest.param(*v, id=f"{v[0]}:{v[1]}={v[2]}") for v in FAITHFUL])
def test_a_value_written_another_faithful_way_keeps_the_record(name, path, value):
    probe = PROBES[name]
    _same_record(probe, edit(probe.answer, path, value))


# --------------------------------------------------------------------------- whole records

PARAPHRASED: dict[str, list[list[str]]] = {
    "wire": [["Four people died and over 20 were hurt when Russian missiles hit an apartment block in Zhytomyr."],
             ["Drone debris started a fire at a grain warehouse in the Kyiv region; no casualties were reported."]],
    "readout": [["Sybiha and Fidan held talks in Ankara on 14 April."],
                ["The two ministers agreed to meet again in Kyiv in May."]],
    "sanctions": [["The EU adopted new sanctions against Russia on Monday."],
                  ["Britain imposed parallel sanctions on 12 shipping firms the same day."]],
}


# A diplomacy paraphrase is re-grounded only from a sentence naming two of its participants or
# place literally; one whose sentence names them through people ("Sybiha and Fidan") or names one
# only ("Britain ... 12 shipping firms") is lost: a rule loose enough to take it also takes an
# invented record pinned on a true sentence about the same people (`test_grounding_planted_probes`).
@pytest.mark.parametrize("name", [n if n == "wire" else pytest.param(
    n, marks=pytest.mark.xfail(strict=True, reason="participants not named literally in one sentence"))
    for n in sorted(PARAPHRASED)])
def test_paraphrased_quotes_keep_the_record_from_the_sentences_holding_its_values(name):
    probe = PROBES[name]
    variant = copy.deepcopy(probe.answer)
    for rec, quotes in zip(variant["attacks"] + variant["diplomacy"], PARAPHRASED[name]):
        rec["evidence"] = quotes
    _same_record(probe, variant)


@pytest.mark.parametrize("name", sorted(PROBES))
def test_records_in_another_order_are_the_same_records(name):
    probe = PROBES[name]
    variant = copy.deepcopy(probe.answer)
    variant["attacks"].reverse()
    variant["diplomacy"].reverse()
    got = signature(ground(probe, variant))
    want = signature(ground(probe, probe.answer))
    for kind in ("attacks", "diplomacy"):
        assert sorted(map(repr, got[kind])) == sorted(map(repr, want[kind]))


@pytest.mark.parametrize("name", sorted(PROBES))
def test_a_record_the_model_repeats_is_one_record(name):
    probe = PROBES[name]
    variant = copy.deepcopy(probe.answer)
    variant["attacks"] += variant["attacks"][:1]
    variant["diplomacy"] += variant["diplomacy"][:1]
    _same_record(probe, variant)


def test_a_strike_told_as_two_records_one_per_toll_is_one_record():
    probe = PROBES["wire"]
    variant = copy.deepcopy(probe.answer)
    first = variant["attacks"][0]
    killed_only = {**first, "injured": None, "children_injured": None, "evidence": first["evidence"][:1]}
    injured_only = {**first, "killed": None, "evidence": first["evidence"]}
    variant["attacks"] = [killed_only, injured_only, variant["attacks"][1]]
    _same_record(probe, variant)


def test_an_extra_true_quote_from_another_paragraph_changes_no_value():
    probe = PROBES["wire"]
    extra = "Rescue teams dug through the rubble until dusk."
    variant = edit(probe.answer, "attacks.0.evidence", probe.answer["attacks"][0]["evidence"] + [extra])
    _same_record(probe, variant)


# --------------------------------------------------------------------------- habits together


def _by_probe() -> dict[str, dict[str, list[Any]]]:
    """The faithful values of each probe, by answer path."""
    out: dict[str, dict[str, list[Any]]] = {}
    for v in FAITHFUL:
        name, path, value = (v.values if hasattr(v, "values") else v)[:3]
        out.setdefault(name, {}).setdefault(path, []).append(value)
    return out


@pytest.mark.parametrize("round_", range(6))
@pytest.mark.parametrize("name", sorted(PROBES))
def test_many_habits_at_once_keep_the_records(name, round_):
    """One answer written with a quote habit and, for every value, one of its faithful forms: a
    model has all its habits at once, and one reading must not undo another."""
    probe = PROBES[name]
    habits = sorted(QUOTE_HABITS)
    variant = _all_quotes(probe.answer, QUOTE_HABITS[habits[(round_ * 5 + len(name)) % len(habits)]])
    for path, values in _by_probe().get(name, {}).items():
        variant = edit(variant, path, values[round_ % len(values)])
    _same_record(probe, variant)
