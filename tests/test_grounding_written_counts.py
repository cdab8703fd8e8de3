"""Counts a model writes as words for nothing, for "not given" or for every one of a number
("none", "no one", "unknown", "n/a", "all 4"): the draft reads them (0, no value, the number)
instead of failing the whole article on the integer schema, and grounding then decides as for
any count: a 0 stands only where the article states a nil. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.written import written_count

NIL = ("A drone hit the roof of a fire station in Okhtyrka on Tuesday evening. Nobody was hurt, the "
       "town's mayor said.")
TOLL = ("A drone hit the roof of a fire station in Okhtyrka on Tuesday evening, killing two firefighters, "
        "the town's mayor said.")


def _killed(text: str, written: object):
    draft = ArticleDraft.model_validate({"attacks": [{
        "kind": "air_drone_strike", "places": ["Okhtyrka"], "killed": written, "evidence": [text]}]})
    return draft_to_records(draft, text, published=dt.date(2027, 6, 2))


@pytest.mark.parametrize("written", ["none", "None", "no one", "Nobody", "zero", "nil", "none reported"])
def test_a_nil_word_is_a_zero_the_articles_nil_grounds(written):
    assert written_count(written) == 0
    got = _killed(NIL, written)
    assert got.attacks[0].killed is not None and got.attacks[0].killed.value == 0


@pytest.mark.parametrize("written", ["none", "no one", "zero"])
def test_a_nil_word_where_the_article_gives_a_toll_is_refused(written):
    got = _killed(TOLL, written)
    assert got.attacks[0].killed is None
    assert any(r.field == "attacks[0].killed" for r in got.rejected)


@pytest.mark.parametrize("written", ["unknown", "N/A", "not reported", "unclear", "null", "?", ""])
def test_a_word_for_no_figure_reads_as_no_value(written):
    assert written_count(written) is None


# The draft's count reader wraps the Optional (backends/llm.py `DraftCount`): its None is no figure.
@pytest.mark.parametrize("written", ["unknown", "N/A"])
def test_a_word_for_no_figure_keeps_the_record(written):
    got = _killed(TOLL, written)
    assert got.attacks and got.attacks[0].killed is None and got.attacks[0].locations


@pytest.mark.parametrize("written,value", [("all 2", 2), ("all two", 2), ("All 2 firefighters", 2)])
def test_every_one_of_a_number_is_that_number(written, value):
    assert written_count(written) == value
    assert _killed(TOLL, written).attacks[0].killed.value == value


@pytest.mark.parametrize("written,value", [("2 (two)", 2), ("2 (both firefighters)", 2), (">1", 1), ("~2", 2),
                                           ("a firefighter", 1), ("one firefighter", 1), ("a dozen", 12)])
def test_a_note_a_sign_or_an_article_beside_the_count_reads_the_number(written, value):
    assert written_count(written) == value


@pytest.mark.parametrize("written", ["all", "all of them", "no more than", "many", "several", "a lot", "a few"])
def test_words_with_no_number_still_fail_the_schema(written):
    assert written_count(written) == written
