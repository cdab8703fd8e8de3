"""dev22 A6 on the LLM path: the target country of a record whose community the gazetteer does not
know (a regional official's post, a section under a region heading, a datelined item) is accepted
when every place the article names lies in that one country; a Russian border governor's unknown
village is never given Ukraine, and an article naming places of two countries decides nothing.
Fresh texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft

PUBLISHED = dt.date(2026, 11, 20)


def _target(text: str, evidence: str, place: str, target: str, attacker: str = "Russia") -> str | None:
    draft = {"attacks": [{"kind": "drone", "places": [place], "target_country": target, "attacker": attacker,
                          "evidence": [evidence], "when": None, "injured": 1}]}
    got = draft_to_records(ArticleDraft.model_validate(draft), text, published=PUBLISHED)
    assert got.attacks, got.rejected
    return got.attacks[0].target_country


UKRAINIAN_POSTS = [  # (text, evidence, the unknown community)
    ("Kharkiv regional military administration\n\n▪ Zarichnivka community: a drone hit a tractor near the "
     "fields. The driver was hurt.\n▪ Kupiansk: shelling damaged a shop.",
     "a drone hit a tractor near the fields. The driver was hurt.", "Zarichnivka"),
    ("Zaporizhzhia region. In the last 24 hours a guided bomb struck Mala Verbivka, wounding one man.",
     "a guided bomb struck Mala Verbivka, wounding one man", "Mala Verbivka"),
    ("DNIPROPETROVSK REGION — In Pidhirnivka community a drone wounded one woman, the administration said. "
     "Nikopol was shelled too.", "In Pidhirnivka community a drone wounded one woman", "Pidhirnivka"),
    ("Sumy region governor: a drone hit a farm in Sosnivochka overnight; one worker was injured. Shostka and "
     "Konotop were quiet.", "a drone hit a farm in Sosnivochka overnight; one worker was injured", "Sosnivochka"),
]


@pytest.mark.parametrize("text, evidence, place", UKRAINIAN_POSTS)
def test_an_unknown_community_in_a_one_country_article_keeps_its_target(text, evidence, place):
    assert _target(text, evidence, place, "Ukraine") == "Ukraine"


def test_a_russian_governors_unknown_village_is_never_given_ukraine():
    text = ("Belgorod region governor: a drone hit a barn in Malaya Gorkovka; one man was injured. Shebekino was "
            "shelled.")
    assert _target(text, "a drone hit a barn in Malaya Gorkovka; one man was injured", "Malaya Gorkovka",
                   "Ukraine", attacker="Russia") is None


def test_an_article_of_two_countries_decides_nothing():
    text = ("Kharkiv region: a drone hit a barn in Zarichnivka; one man was injured. Moscow said its drones "
            "struck Kupiansk.")
    assert _target(text, "a drone hit a barn in Zarichnivka; one man was injured", "Zarichnivka", "Ukraine") is None
