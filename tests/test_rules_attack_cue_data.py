"""The attack cue words that used to sit in regexes in code now live in cues/*.yaml: every file
loads, each pattern is built from its file, and the rules read fresh sentences as before."""

from __future__ import annotations

import re

import pytest

from summariser import lexicon as lx
from summariser.backends.rules import places
from summariser.knowledge import cues

NEW_GROUPS = ["weapons", "locative"]


@pytest.mark.parametrize("group", NEW_GROUPS)
def test_the_new_files_load_and_every_phrase_compiles_without_a_group(group):
    data = cues._file(group)
    assert data
    for name in data:
        for phrase in cues.phrases(group, name):
            assert isinstance(phrase, str) and re.compile(phrase).groups == 0, (group, name, phrase)


def test_the_patterns_are_built_from_the_files():
    assert "|".join(cues.phrases("weapons", "weapon_as_modifier")) in lx.WEAPON_AS_MODIFIER.pattern
    assert cues.alternation("weapons", "decoy_drones") in lx.MIXED_DRONES_AFTER.pattern
    assert cues.alternation("weapons", "all_downed_nouns") in lx.ALL_DOWNED.pattern
    assert cues.alternation("casualties", "relation_adverbs") in lx.RELATION_SUBJECT.pattern
    assert cues.alternation("casualties", "relation_determiners") in lx.RELATION_NP_RE.pattern
    assert cues.alternation("locative", "before") in places._LOCATIVE_BEFORE.pattern
    assert cues.alternation("locative", "possessed") in places._LOCATIVE_AFTER.pattern
    # "on" is a YAML boolean unless quoted: the file keeps it a word
    assert "on" in cues.phrases("locative", "before") and "on" in cues.phrases("locative", "after")


@pytest.mark.parametrize("text, fires", [
    ("a shopkeeper and his two nephews were badly hurt", True),
    ("the driver of a tram was reportedly killed", True),
    ("its driver got wounded in the blast", True),
    ("the shopkeeper and his two nephews were questioned by police", False),
])
def test_relation_lists_as_the_subject_of_a_casualty_verb(text, fires):
    assert bool(lx.RELATION_SUBJECT.search(text)) is fires


@pytest.mark.parametrize("after, mixed", [
    (" of several types, including decoys", True),
    (", among them imitation drones", True),
    (" of different types, some of them dummy drone", True),
    (", including two over the port", False),
])
def test_a_drone_total_with_decoys_inside(after, mixed):
    assert bool(lx.MIXED_DRONES_AFTER.match(after)) is mixed


@pytest.mark.parametrize("text, all_down", [
    ("all of these were successfully destroyed", True),
    ("all the UAVs were shot down", True),
    ("crews intercepted them all", True),
    ("all residents were evacuated", False),
])
def test_every_weapon_counted_was_downed(text, all_down):
    assert bool(lx.ALL_DOWNED.search(text)) is all_down


@pytest.mark.parametrize("after, modifier", [
    (" production lines", True), (" operators", True), (" barrages", True), (" overnight", False), (" were", False),
])
def test_a_weapon_word_as_a_modifier(after, modifier):
    assert bool(lx.WEAPON_AS_MODIFIER.match(after)) is modifier


@pytest.mark.parametrize("before, after, locative", [
    ("shelling battered ", " overnight", True),
    ("drones flew towards ", ", the army said", True),
    ("", "'s outskirts came under fire", True),
    ("", " Mayor Ivanenko said", True),
    ("", ": two killed", True),
    ("officials ", " insisted on talks", False),
    ("", " Is", False),  # the words after a name are matched with case
])
def test_a_name_in_a_locative_context(before, after, locative):
    hit = bool(places._LOCATIVE_BEFORE.search(before)) and bool(places._LOCATIVE_AFTER.match(after)) if before \
        else bool(places._LOCATIVE_AFTER.match(after))
    assert hit is locative
