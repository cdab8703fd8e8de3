"""One reading of a body found, the person in the possessive (`articles/found_bodies.py`), which
the rules (`backends/rules/found_bodies.py`) and grounding (`grounding/people.py`,
`grounding/role_cues.py`) both use, fed by one list (cues/casualties.yaml body_nouns, the union of
the two paths' old lists). Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from summariser.articles.found_bodies import BODIES_AFTER_OWNERS, BODY_AFTER_OWNER, one_body

_ONE = one_body(r"man|woman|farmer|teenager")


@pytest.mark.parametrize("text, person", [
    ("Volunteers dug out a farmer's corpse near the silo.", "a farmer"),
    ("By noon police had located an old woman's charred remains in the cellar.", "an old woman"),
    ("Late on Friday divers recovered another man's lifeless body from the river.", "another man"),
    ("The team found one teenager's body beside the gate.", "one teenager"),
])
def test_one_person_told_by_the_body(text: str, person: str) -> None:
    m = _ONE.search(text)
    assert m is not None and m.group("n") == person


@pytest.mark.parametrize("text", [
    "A farmer's body armour was found in the car.",
    "The man's body shop on the corner burned down.",
    "A woman's bodyguard was hurt by the blast.",
    "A teenager said the bodies of two soldiers lay in the field.",
])
def test_no_person_told_by_a_body(text: str) -> None:
    assert _ONE.search(text) is None


@pytest.mark.parametrize("after, reads", [
    ("' bodies were pulled out", True),
    ("’ dead bodies lay in the yard", True),
    ("' remains were taken away", True),
    ("' body shop", False),
])
def test_people_in_the_plural_possessive(after: str, reads: bool) -> None:
    assert (re.match(BODIES_AFTER_OWNERS, after, re.I) is not None) is reads


def test_the_possessive_needs_its_s() -> None:
    assert re.match(BODY_AFTER_OWNER, "'s corpse", re.I) and not re.match(BODY_AFTER_OWNER, "' corpse", re.I)


# --- both paths: the rules' toll and grounding's count of one -------------------------------------

@pytest.mark.parametrize("text", [
    "A guided bomb hit a barn outside Izium on Sunday. Neighbours later found a farmer's corpse in the yard.",
    "A drone struck a shop in Nikopol on Sunday; a woman's charred remains were recovered from the ruins.",
])
def test_both_paths_read_one_dead(text: str) -> None:
    from probes import AttackProbe, count_value
    from summariser.grounding.people import singular_mentions
    from summariser.sentences import split_sentences

    assert count_value(AttackProbe().one(text).killed) == 1
    assert any(m.value == 1 and m.text.lower().endswith(("farmer", "woman"))
               for s in split_sentences(text) for m in singular_mentions(text, s))
