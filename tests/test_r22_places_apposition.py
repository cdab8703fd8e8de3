"""Round 22 (r22places): a locality the rules' gazetteer does not hold, told as a place by its own
frame (dev42 A5), and a side's non-claim or denial of a strike told elsewhere (dev42 A4).

- "X, a hamlet by the frontier, was shelled": the apposition closed by its comma tells X is a
  locality (`lexicon.FALLBACK_PLACE_RES`), wherever X stands; "the border village of X", "in the
  settlement of X" were read already. A bare perfect passive whose clause gives the event day
  ("had been struck by rockets on Monday night") is that strike, reported, not the place's
  habit (`habitual_clauses`).
- "In X, officials did not claim the attack", "no one took responsibility for the blast": a sentence
  whose only strike words lie in a non-claim tells no strike (cues/nonstrike.yaml `non_claims`).
Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser import lexicon as lx
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import Attack

_LEAD = "Russian drones struck Kharkiv overnight on Tuesday, injuring five people, the mayor said.\n\n"


def _attacks(text: str, published: str = "2026-03-04") -> list[Attack]:
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _fallback(sentence: str) -> set[str]:
    return {m.group("name") for rx, _ in lx.FALLBACK_PLACE_RES for m in rx.finditer(sentence)
            if m.group("name").lower() not in lx.NOT_PLACE_WORDS}


# --------------------------------------------------------------------------- A5: apposition

@pytest.mark.parametrize("sentence, name", [
    ("The governor said Krasnooktyabrske, a hamlet near the frontier, was shelled on Monday.", "Krasnooktyabrske"),
    ("Zelenyi Hai, a small village close to the river, lost power after the strike.", "Zelenyi Hai"),
    ("Mortars pounded Pavlivka, the border settlement, for an hour on Friday.", "Pavlivka"),
    ("Officials named Bilopillia, a town about 10 km from the border, as the worst hit.", "Bilopillia"),
])
def test_apposition_tells_a_locality(sentence: str, name: str) -> None:
    assert name in _fallback(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Petrenko, a town councillor, said two drones fell.", "Petrenko"),
    ("Meanwhile, a village near the border, was hit.", "Meanwhile"),
    ("Kovalenko, the village head, said nobody was hurt.", "Kovalenko"),
    ("Ivanenko, a village teacher, told reporters the school shook.", "Ivanenko"),
])
def test_apposition_near_misses(sentence: str, name: str) -> None:
    assert name not in _fallback(sentence)


@pytest.mark.parametrize("sentence", [
    "The regional governor said Tetkino, a village on the frontier, had been hit by mortar fire from across the border "
    "on Monday afternoon.",
    "Tetkino, a small village by the border, was shelled on Monday afternoon, the regional governor wrote.",
    "Mortar rounds landed in the border village of Tetkino on Monday afternoon, the governor wrote.",
    "On Monday afternoon shells fell in the settlement of Tetkino, the governor said.",
])
def test_rules_small_border_village_is_the_place(sentence: str) -> None:
    attacks = _attacks(sentence)
    assert [[p.name.replace("ë", "e") for p in a.locations] for a in attacks] == [["Tetkino"]]


@pytest.mark.parametrize("sentence", [
    # the habit, no day told
    "Kramatorsk has been hit by glide bombs since the spring, the mayor said.",
    "Kramatorsk, which has been hit by glide bombs for months, held a concert.",
])
def test_rules_perfect_habit_without_day_stays_a_habit(sentence: str) -> None:
    assert _attacks(sentence) == []


# --------------------------------------------------------------------------- A4: non-claims

@pytest.mark.parametrize("sentence", [
    "In Odesa, the military did not claim the attack.",
    "In Moscow, the ministry has not yet claimed Tuesday's strike.",
    "Kyiv has not claimed the strike.",
    "In Odesa, no one took responsibility for the blast.",
    "In Odesa, the army denied any involvement in the raid.",
    "In Lviv, officials declined to confirm the explosions.",
])
def test_rules_non_claim_tells_no_strike(sentence: str) -> None:
    places = {p.name for a in _attacks(_LEAD + sentence) for p in a.locations}
    assert places == {"Kharkiv"}


@pytest.mark.parametrize("sentence, place", [
    ("In Odesa, an attack on Tuesday killed two people.", "Odesa"),
    ("In Odesa, a drone that no one claimed hit a warehouse on Tuesday, killing one.", "Odesa"),
])
def test_rules_non_claim_near_misses(sentence: str, place: str) -> None:
    assert place in {p.name for a in _attacks(_LEAD + sentence) for p in a.locations}
