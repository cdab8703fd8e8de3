"""Second reads paid (round 23): a concept the code spelled a second time is read from the one data
list both places share. Each mend is behaviour-neutral; these tests pin that the readers take their
words from the data and still read what they read before. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from summariser.articles.site_people import site_nils
from summariser.grounding import counts
from summariser.knowledge import cues


def _nils(text: str) -> list[tuple[bool, bool]]:
    return [(n.killed, n.injured) for n in site_nils(text, 0, len(text))]


# ---------------------------------------------------------------- debt 1: the harm a nil denies, by role

def test_the_site_nil_roles_come_from_the_nil_harm_lists() -> None:
    both = cues.phrases("casualties", "nil_harm_both")
    killed = cues.phrases("casualties", "nil_harm_killed")
    injured = cues.phrases("casualties", "nil_harm_injured")
    assert {"casualties", "victims"} <= set(both) and "deaths" in killed and "hurt" in injured
    for words, roles in ((both, (True, True)), (killed, (True, False)), (injured, (False, True))):
        for word in words:
            assert _nils(f"A drone hit the grain terminal overnight; none of its staff was {word}.") == [roles], word


@pytest.mark.parametrize("text, roles", [
    ("Shells fell near the substation, but there were no victims among the repair crew.", [(True, True)]),
    ("A rocket struck the commuter train. No passengers were harmed, the operator said.", [(True, True)]),
    ("The freighter was hit at anchor; none of the sailors was killed.", [(True, False)]),
    ("A glide bomb hit the foundry, yet no injuries among its workforce were reported.", [(False, True)]),
])
def test_the_site_nil_reads_each_role_in_fresh_phrasings(text: str, roles: list[tuple[bool, bool]]) -> None:
    assert _nils(text) == roles


@pytest.mark.parametrize("text", [
    "A drone hit the warehouse; no damage among the stored grain was found.",  # no harm word
    "Rockets struck the plant; none of the staff was evacuated.",  # a state that is no harm
])
def test_no_site_nil_without_a_harm_word(text: str) -> None:
    assert _nils(text) == []


def test_grounding_nil_of_both_roles_reads_the_same_list() -> None:
    for word in cues.phrases("casualties", "nil_harm_both"):
        assert counts._NIL_BOTH.search(f"there were no {word} at the site")
    assert counts._NIL_BOTH.search("nobody came to harm") and counts._NIL_BOTH.search("no one was killed or injured")
    assert not counts._NIL_BOTH.search("no one was hurt")  # the injured only
    assert not re.search(counts._NIL_BOTH.pattern, "no deaths were recorded", re.I)  # the dead only


# ---------------------------------------------------------------- debt 2: the strike verbs of a perfect passive

def test_the_bare_perfect_and_the_habit_frame_read_one_verb_list() -> None:
    from summariser.backends.rules import habitual_clauses as hc

    for verb in cues.phrases("eventhood", "perfect_strike_verbs"):
        assert hc._BARE_PERFECT.match(f"had been {verb} by rockets"), verb
        assert hc._FRAME.search(f"the port has long been {verb} by drones"), verb
    assert "<perfect_strike_verbs>" not in hc._FRAME.pattern


@pytest.mark.parametrize("text", [
    "has been pounded by artillery",  # a verb of no such list
    "had been warned by the mayor",
    "have been hitting the depots",
])
def test_no_bare_perfect_beyond_the_list(text: str) -> None:
    from summariser.backends.rules import habitual_clauses as hc

    assert hc._BARE_PERFECT.match(text) is None


# ---------------------------------------------------------------- debt 3: aircraft counted as a raid's weapons

def test_aircraft_nouns_class_a_number_as_weapons_from_the_data() -> None:
    from summariser.grounding import cues as gcues

    words = cues.phrases("weapons", "counted_aircraft_nouns")
    assert {"helicopters", "gunships"} <= set(words)
    assert all(gcues._NOUN_CLASS[w] == "weapon" for w in words)
    assert gcues._NOUN_CLASS["warheads"] == "weapon"  # the words after the list keep their class
    assert gcues._NOUN_CLASS["people"] == "person" and gcues._NOUN_CLASS["planes"] == "object"  # near-misses


# ---------------------------------------------------------------- debt 4: the warring sides

def test_the_warring_sides_are_the_knowledge_table_of_sides() -> None:
    from summariser import lexicon as lx
    from summariser.knowledge.sides import OPPONENT, SIDES, WAR_SIDES

    assert WAR_SIDES == frozenset(SIDES.values()) == frozenset(OPPONENT) and lx.WAR_SIDES is WAR_SIDES
    assert "Belarus" not in WAR_SIDES and "United States" not in WAR_SIDES  # near-misses: no side of the war


def test_no_rules_module_spells_the_warring_sides_again() -> None:
    from pathlib import Path

    import summariser.backends.rules as rules

    spelled = re.compile(r"""=\s*\{\s*["'](?:Ukraine|Russia)["']\s*,\s*["'](?:Ukraine|Russia)["']\s*\}""")
    assert [p.name for p in Path(rules.__file__).parent.glob("*.py") if spelled.search(p.read_text(encoding="utf-8"))] == []


# ---------------------------------------------------------------- debt 5: one capitalised place name in participants

@pytest.mark.parametrize("text, near, country", [
    ("will meet in Oslo on Friday", "Oslo", "Oslo"),
    ("held talks in New Delhi", "New Delhi", "New Delhi"),
    ("gathered in the United Arab Emirates", None, "United Arab Emirates"),
    ("met in Buenos Aires Province Hall", "Buenos Aires", "Buenos Aires Province"),
    ("talks in earnest resumed", None, None),  # near-miss: no capitalised name
])
def test_venue_patterns_share_one_name(text: str, near: str | None, country: str | None) -> None:
    from summariser.backends.rules import diplomacy_near_venue as nv, participants as pt

    m = nv._NEAR_PLACE.search(text)  # (r47: the near-venue readers moved to their own module, one name pattern)
    assert (m.group("n") if m else None) == near
    c = pt._COUNTRY_VENUE.search(text)
    assert (c.group("n") if c else None) == country
    assert nv.place_name(1) in nv._NEAR_PLACE.pattern and pt._place_name(2) in pt._COUNTRY_VENUE.pattern


def test_dual_dateline_and_destination_read_the_same_name() -> None:
    from summariser.backends.rules import participants as pt

    assert pt._DUAL_DATELINE.match("Kyiv/Tallinn, March 3 (Wire) -")
    assert pt._DUAL_DATELINE.match("kyiv/tallinn, March 3") is None  # near-miss: not capitalised
    from summariser.backends.rules import diplomacy_near_venue as nv

    d = nv._DESTINATION.match(" Chisinau on Monday")
    assert d is not None and d.group("n") == "Chisinau"
