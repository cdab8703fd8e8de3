"""A reporter an article names only in its front matter (`source:`) is named by the article: the
LLM path keeps it as `reported_by` when `draft_to_records` is given the source; a name in
neither the text nor the source stays refused. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft

FRIDAY = dt.date(2026, 3, 20)


# --------------------------------------------------------------------------- a reporter named only in the source metadata

def _reported(text: str, reporter: str, source: str | None):
    draft = ArticleDraft.model_validate({"attacks": [
        {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike", "places": ["Sumy"],
         "when": "overnight", "reported_by": [reporter], "evidence": [text]}]})
    return draft_to_records(draft, text, published=FRIDAY, source=source)


@pytest.mark.parametrize(("reporter", "source"), [
    ("Sumy regional military administration", "Sumy regional military administration (Telegram)"),
    ("Oleh Hryhorov", "Telegram channel of Oleh Hryhorov, head of the regional administration"),
    ("Ukrinform", "Ukrinform"),
])
def test_a_reporter_named_only_in_the_source_metadata_is_kept(reporter, source):
    text = "Drones struck Sumy overnight, damaging a school; no one was hurt."
    got = _reported(text, reporter, source)
    assert got.attacks and got.attacks[0].reported_by == [reporter]


@pytest.mark.parametrize("source", [None, "Kharkiv regional administration"])
def test_a_reporter_named_neither_in_the_text_nor_the_source_is_refused(source):
    text = "Drones struck Sumy overnight, damaging a school; no one was hurt."
    got = _reported(text, "Oleh Hryhorov", source)
    assert got.attacks and not got.attacks[0].reported_by
    assert any("reported_by" in r.field for r in got.rejected)


def test_the_llm_path_passes_the_article_source_to_grounding():
    # through ground_drafts, as the openai, replay and batch paths call it
    from summariser.articles import Article
    from summariser.backends.llm import ground_drafts
    from summariser.config import Config
    from summariser.records import Usage

    text = "Drones struck Sumy overnight, damaging a school; no one was hurt."
    draft = ArticleDraft.model_validate({"attacks": [
        {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike", "places": ["Sumy"],
         "when": "overnight", "reported_by": ["Ukrinform"], "evidence": [text]}]})
    for source, kept in (("Ukrinform", ["Ukrinform"]), (None, [])):
        article = Article(text=text, source=source, published=FRIDAY)
        got = ground_drafts(Config(cross_check=False), article, [(0, draft)], Usage(), [])
        assert got.attacks and got.attacks[0].reported_by == kept
