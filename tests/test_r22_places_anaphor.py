"""Round 22 (r22places, dev42 L1/A3): a place told in one sentence, the strike on one of its parts told
in the next through a possessive ("its grounds", "their outskirts", "its eastern districts", "its
cooling towers"), and "the town" of the strike sentence after that.

One anaphor pattern (`lexicon.PART_ANAPHOR`, part nouns in cues/locative.yaml `possessed_parts`) read by
grounding (`region_anaphor.part_told_before`, through `names.place_from_context`) and the rules' place
carry (`place_frame_carry.city_named_before`). Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser import lexicon as lx
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.grounding.names import place_from_context
from summariser.grounding.region_anaphor import part_told_before
from summariser.records import Attack


def _window(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def _attacks(text: str, published: str = "2026-03-04") -> list[Attack]:
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


# --------------------------------------------------------------------------- the pattern

@pytest.mark.parametrize("words", [
    "its grounds", "their outskirts", "its eastern outskirts", "its residential districts", "its perimeter",
    "its cooling towers", "their northern neighbourhoods", "its storage tanks", "its runway", "its premises",
])
def test_part_anaphor_reads_parts_of_a_place(words: str) -> None:
    assert lx.PART_ANAPHOR.search(f"Shells fell on {words} overnight.")


@pytest.mark.parametrize("words", [
    "its operator", "its forces", "its air defences", "their own troops", "its territory", "its statement",
])
def test_part_anaphor_leaves_other_possessions(words: str) -> None:
    assert not lx.PART_ANAPHOR.search(f"The ministry said {words} were ready.")


# --------------------------------------------------------------------------- grounding (LLM path)

@pytest.mark.parametrize("before, strike, name", [
    ("Vovchansk sits five kilometres from the frontier.",
     "Its northern outskirts came under mortar fire on Tuesday.", "Vovchansk"),
    ("Kremenchuk has lost half its population since the invasion.",
     "Guided bombs wrecked its industrial districts overnight, the regional chief wrote.", "Kremenchuk"),
    ("The Zaporizhzhia plant remains under occupation.",
     "Shelling damaged a transformer near its reactor buildings on Sunday, the operator reported.",
     "Zaporizhzhia Nuclear Power Plant"),
    ("Troops have pushed toward Kupiansk since the spring thaw.",
     "On Friday artillery pounded its western neighbourhoods for six hours.", "Kupiansk"),
])
def test_possessive_part_reads_back_to_the_place_before(before: str, strike: str, name: str) -> None:
    text = f"{before} {strike}"
    w = _window(text, strike)
    assert part_told_before(name, text, [w])
    assert place_from_context(name, text, [w], "Ukraine")


@pytest.mark.parametrize("text, strike, name", [
    # the possessive names no part of a place
    ("Russia says Ukraine shelled Enerhodar. Its operator, Rosatom, denied any damage on Monday.",
     "Its operator, Rosatom, denied any damage on Monday.", "Enerhodar"),
    # another paragraph
    ("Vovchansk sits five kilometres from the frontier.\n\nIts outskirts were shelled on Tuesday.",
     "Its outskirts were shelled on Tuesday.", "Vovchansk"),
    # not the place the sentence before names
    ("Vovchansk sits five kilometres from the frontier. Its outskirts were shelled on Tuesday.",
     "Its outskirts were shelled on Tuesday.", "Kharkiv"),
    # the strike sentence names its own place before the possessive
    ("Sumy was quiet on Monday. Drones hit Okhtyrka and its outskirts overnight.",
     "Drones hit Okhtyrka and its outskirts overnight.", "Sumy"),
    # a capital speaking is no antecedent
    ("Kyiv said the convoy had been hit. Its perimeter was sealed off by troops on Sunday.",
     "Its perimeter was sealed off by troops on Sunday.", "Kyiv"),
])
def test_possessive_part_near_misses(text: str, strike: str, name: str) -> None:
    assert not part_told_before(name, text, [_window(text, strike)])


def test_short_site_name_needs_its_city_part() -> None:
    text = "The Kharkiv plant remains closed. Shelling damaged its reactor buildings on Sunday."
    assert not part_told_before("Zaporizhzhia Nuclear Power Plant", text, [_window(text, "Shelling damaged its reactor buildings on Sunday.")])


# --------------------------------------------------------------------------- rules

def test_rules_possessive_part_takes_the_town_named_before() -> None:
    text = ("Vovchansk sits five kilometres from the frontier. Russian artillery shelled its northern outskirts "
            "on Tuesday, killing two people, the regional governor said.")
    attacks = _attacks(text)
    assert [[p.name for p in a.locations] for a in attacks] == [["Vovchansk"]]


def test_rules_part_replaces_the_governors_region() -> None:
    text = ("Across the river from the front, the town of Kupiansk spent another night in basements. Russian troops "
            "fired rockets at its western neighbourhoods on Friday, wounding four people, according to the governor "
            "of the Kharkiv region.")
    attacks = _attacks(text)
    assert [[p.name for p in a.locations] for a in attacks] == [["Kupiansk"]]


def test_rules_the_town_after_the_strike_sentence_joins_it() -> None:
    text = ("The town of Kupiansk spent another night in basements. Russian troops shelled its southern districts "
            "on Friday, wounding four people, the governor said. About thirty shells landed in the town, "
            "he added, damaging a clinic.")
    attacks = _attacks(text)
    assert len(attacks) == 1 and [p.name for p in attacks[0].locations] == ["Kupiansk"]


@pytest.mark.parametrize("text", [
    # another paragraph
    "Drones hit Sumy on Monday.\n\nVovchansk sits five kilometres from the frontier.\n\nRussian artillery shelled "
    "its northern outskirts on Tuesday, killing two people, the regional governor said.",
    # two towns before: whose outskirts is not said
    "Vovchansk and Kupiansk lie close to the frontier. Russian artillery shelled its northern outskirts on Tuesday, "
    "killing two people, the regional governor said.",
])
def test_rules_possessive_part_near_misses(text: str) -> None:
    assert all(not {"Vovchansk", "Kupiansk"} & {p.name for p in a.locations} for a in _attacks(text))
