"""Round 15 (2 December, evening): weapons counted as the subject of their hit are launched, an exact
count as much as an estimate (codebook 9, ruling of 2 December, afternoon; the older gold relabelled
to it), unless the article gives a larger figure for the same wave. Both paths: the rules backend
reads the launch, grounding keeps a model's, and `grounding/hit_counts.drop_hits_under_totals` (run by
`grounding.enforce`) unsets it under a larger figure. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.base import BackendResult
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.rules import RulesBackend
from summariser.grounding.hit_counts import hits_told_before, passive_hit_before

PUBLISHED = "2026-05-20"


def _v(x):
    return getattr(x, "value", None)


def _rules(text: str) -> list[list[tuple]]:
    article = make_article(text, published=PUBLISHED)
    attacks = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return [[(w.type.value, _v(w.launched)) for w in a.weapons] for a in attacks]


def _answer(text: str, *records: dict) -> list[list[tuple]]:
    """A model's answer, grounded as the pipeline grounds it (drafts, then `enforce`)."""
    drafts = [{"kind": "other", "places": [], "weapons": [], "evidence": [text], **r} for r in records]
    article = make_article(text, published=PUBLISHED)
    recs = draft_to_records(ArticleDraft.model_validate({"attacks": drafts}), article.text,
                            published=dt.date(2026, 5, 20)).attacks
    attacks = grounding.enforce(BackendResult(attacks=recs), article).attacks
    return [[(w.type.value, _v(w.launched)) for w in a.weapons] for a in attacks]


POSITIVES = [
    ("Four drones crashed into a warehouse in Kremenchuk overnight, the mayor said.", ("drone", 4)),
    ("A pair of cruise missiles struck the power plant in Burshtyn on Tuesday.", ("cruise_missile", 2)),
    ("2 ballistic missiles slammed into the port of Izmail on Sunday night.", ("ballistic_missile", 2)),
    ("Six Shaheds hit the substation in Konotop overnight, the governor said.", ("drone", 6)),
    ("The fuel depot in Kremenchuk was hit by three missiles on Friday.", ("missile", 3)),
    ("Seven drones hit a grain terminal in Reni overnight, port officials said.", ("drone", 7)),
    ("Overnight, eleven attack drones struck energy facilities in the Chernihiv region.", ("drone", 11)),
    ("In Kropyvnytskyi, two guided bombs hit a bus depot on Monday.", ("glide_bomb", 2)),
    ("The rail yard in Fastiv was struck by at least five drones before dawn.", ("drone", 5)),
]


@pytest.mark.parametrize("text,weapon", POSITIVES)
def test_rules_read_the_count_that_hit_as_launched(text, weapon):
    assert _rules(text) == [[weapon]]


@pytest.mark.parametrize("text,weapon", POSITIVES)
def test_grounding_keeps_a_launch_told_by_its_hit(text, weapon):
    assert _answer(text, {"weapons": [{"type": weapon[0], "launched": weapon[1]}]}) == [[weapon]]


@pytest.mark.parametrize("text,value", [
    ("Seventeen drone strikes were recorded in the Nikopol district on Monday.", 17),
    ("Russian drones struck eight locations in the Sumy region overnight.", 8),
    ("Three drones were shot down over Poltava overnight, the governor said.", 3),
    ("Hits by 12 drones were recorded at five sites in the Kharkiv region.", 12),
    ("Russia launched 90 drones overnight; 71 were shot down and 19 drones hit targets in seven locations.", 19),
    ("Russia fired 46 missiles at Ukraine overnight, the air force said. In Lutsk, five missiles hit an "
     "industrial area.", 5),
    ("Air defences shot down 52 drones overnight, the air force said. In Shostka, three drones struck a depot.", 3),
])
def test_rules_near_misses_launch_nothing(text, value):
    assert all(w[1] != value for ws in _rules(text) for w in ws)


@pytest.mark.parametrize("text,value", [
    ("Seventeen drone strikes were recorded in the Nikopol district on Monday.", 17),
    ("Russian drones struck eight locations in the Sumy region overnight.", 8),
    ("Three drones were shot down over Poltava overnight, the governor said.", 3),
    ("Hits by 12 drones were recorded at five sites in the Kharkiv region.", 12),
])
def test_grounding_refuses_hits_as_a_launch(text, value):
    assert _answer(text, {"weapons": [{"type": "drone", "launched": value}]}) == [[("drone", None)]]


@pytest.mark.parametrize("total,part,kind,wtype,figure", [
    ("Russia fired 46 missiles at Ukraine overnight, the air force said.",
     "In Lutsk, five missiles hit an industrial area.", "missile_strike", "missile", {"launched": 46}),
    ("Air defences shot down 52 drones overnight, the air force said.",
     "In Shostka, three drones struck a depot.", "air_drone_strike", "drone", {"intercepted": 52}),
    ("Russia sent 130 drones and missiles against Ukraine overnight.",
     "In Uman, four drones slammed into a school.", "air_drone_strike", "drone", {"launched": 130}),
])
def test_a_city_hit_under_the_nights_larger_figure_is_no_launch(total, part, kind, wtype, figure):
    # a combined total of drones and missiles, listed with the types it mixes, is a larger figure for either
    whole = [{"type": "other", "model": "drones and missiles", **figure}, {"type": "drone"}, {"type": "missile"}] \
        if "and missiles" in total else [{"type": wtype, **figure}]
    got = _answer(total + " " + part,
                  {"kind": kind, "places": ["Ukraine"], "when": "overnight", "evidence": [total], "weapons": whole},
                  {"kind": kind, "places": [part.split(",")[0].removeprefix("In ")], "when": "overnight",
                   "evidence": [part], "weapons": [{"type": wtype, "launched": int(_word(part))}]})
    assert got[1] == [(wtype, None)]


def _word(part: str) -> int:
    return {"five": 5, "three": 3, "four": 4}[part.split()[2]]


def test_a_larger_figure_of_another_month_leaves_the_hit_launched():
    text = "Two missiles hit Pavlohrad on Saturday, the governor said. Russia fired 40 missiles at Ukraine in April."
    got = _answer(text, {"kind": "missile_strike", "places": ["Pavlohrad"], "when": "on Saturday",
                         "evidence": [text.split(". ")[0] + "."], "weapons": [{"type": "missile", "launched": 2}]},
                  {"kind": "missile_strike", "places": ["Ukraine"], "when": "in April",
                   "evidence": [text.split(". ")[1]], "weapons": [{"type": "missile", "launched": 40}]})
    assert got[0] == [("missile", 2)]


def test_a_combined_total_of_other_weapons_is_no_larger_figure():
    text = "Russia's navy said it sank five uncrewed boats overnight. In Kherson, three missiles hit a pier."
    got = _answer(text, {"kind": "other", "places": ["Russia"], "when": "overnight", "evidence": [text.split(". ")[0] + "."],
                         "weapons": [{"type": "other", "model": "uncrewed boats", "intercepted": 5}]},
                  {"kind": "missile_strike", "places": ["Kherson"], "when": "overnight", "evidence": [text.split(". ")[1]],
                   "weapons": [{"type": "missile", "launched": 3}]})
    assert got[-1] == [("missile", 3)]


@pytest.mark.parametrize("text,weapons", [
    ("Four missiles hit Kremenchuk on Friday. The army later confirmed these were Kh-101 cruise missiles.",
     [("cruise_missile", 4)]),
    ("Two missiles struck a bridge in Odesa at dawn; both were identified as Kinzhal ballistic missiles.",
     [("ballistic_missile", 2)]),
    ("Russia fired 11 missiles at Kremenchuk on Friday. A cruise missile hit the refinery there.",
     [("missile", 11), ("cruise_missile", None)]),
])
def test_the_missiles_that_hit_named_by_what_they_were(text, weapons):
    assert _rules(text) == [weapons]


def test_a_single_weapon_that_hit_counts_nothing():
    assert _rules("A missile hit the railway station in Lozova on Thursday.") == [[("missile", None)]]


@pytest.mark.parametrize("text,passive,hits", [
    ("the bridge was hit by four drones", True, False),
    ("the mill was struck by some 20 drones", True, False),
    ("hits by four drones were recorded", False, True),
    ("the plant was hit by debris of two drones", False, False),
])
def test_the_passive_hit_is_no_hit_told_as_hits(text, passive, hits):
    pos = next(i for i, w in enumerate(text.split()) if w in ("four", "20", "two"))
    start = len(" ".join(text.split()[:pos])) + 1
    assert (passive_hit_before(text, start), hits_told_before(text, 0, start)) == (passive, hits)


@pytest.mark.parametrize("text,weapons", [
    # a sentence naming no place: the missiles that hit the city told just before, no country total
    ("A ballistic missile struck Kremenchuk on Friday, killing two people. Two missiles hit a grain silo near "
     "the river port.", [("ballistic_missile", 2)]),
    ("Russian drones attacked Konotop overnight, injuring a man. Five drones crashed into a bakery and a garage.",
     [("drone", 5)]),
])
def test_a_placeless_hit_count_stays_with_the_place_told_before(text, weapons):
    assert _rules(text) == [weapons]


def test_rockets_of_a_multiple_launch_rocket_system_are_artillery_and_a_refused_figure_is_no_larger_one():
    text = ("In Kupiansk, three rockets of a multiple launch rocket system slammed into the bus station on Tuesday. "
            "Since the start of the month the Kupiansk district has counted more than 700 shelling incidents.")
    assert [ws for ws in _rules(text) if ws and ws[0][1]] == [[("artillery", 3)]]
