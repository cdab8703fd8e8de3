"""The rules' attack pass reads each sentence's places once: what `sentence_places` reuses
inside `remembering_places` equals a fresh search, even after the facts' folds reassigned a
hit's place (the cross-check's records must not move)."""

from __future__ import annotations

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.backends.rules.facts import sentence_facts
from summariser.backends.rules.places import attack_places, remembering_places, sentence_places
from summariser.sentences import split_sentences

TEXT = ("Shelling hit the village of Velyka Pysarivka in the Sumy region overnight, wounding four "
        "residents, the regional administration reported. Later on Friday, a drone struck a depot "
        "outside Kharkiv, and emergency crews said two workers were hurt. The Kherson governor said "
        "artillery damaged houses in the town of Beryslav.")


def fresh(text: str) -> list[list[object]]:
    return [[p.place for p in attack_places(text, s)[0]] for s in split_sentences(text)]


def test_remembered_places_equal_a_fresh_search_after_the_folds() -> None:
    sents = split_sentences(TEXT)
    with remembering_places(TEXT):
        for i, s in enumerate(sents):
            sentence_facts(TEXT, s, i, None)  # folds may reassign the places of its hits
        kept = [sentence_places(TEXT, s) for s in sents]
    assert kept == fresh(TEXT)
    assert any(kept), "the test text names places the rules know"


def test_outside_the_block_nothing_is_kept() -> None:
    s = split_sentences(TEXT)[0]
    with remembering_places(TEXT):
        attack_places(TEXT, s)
    assert sentence_places(TEXT, s) == fresh(TEXT)[0]


def test_another_text_is_never_answered_from_the_memo() -> None:
    other = TEXT.replace("Kharkiv", "Poltava")
    with remembering_places(TEXT):
        for s in split_sentences(TEXT):
            attack_places(TEXT, s)
        assert [sentence_places(other, s) for s in split_sentences(other)] == fresh(other)


def test_the_attack_pass_is_unchanged_by_the_memo() -> None:
    article = make_article(TEXT)
    assert RulesBackend().attacks(article) == RulesBackend().extract(article).attacks
