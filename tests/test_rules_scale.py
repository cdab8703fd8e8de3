"""Rules extraction stays linear in the article's size: no step rescans what came before."""

from __future__ import annotations

import time

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.backends.rules.places import attack_places
from summariser.sentences import MAX_SENTENCE, split_sentences

# Fresh sentences (not from any seed or evaluation set), stripped of every sentence end.
_RUN_ON = ("Russian drones hit a depot near Kharkiv and the governor of the Sumy region said "
           "three people were hurt in Konotop while air defence downed 40 of them over the Poltava region ")


def test_a_text_with_no_sentence_end_is_cut_into_bounded_pieces():
    text = _RUN_ON * 200  # ~30 KB, one "sentence"
    sents = split_sentences(text)
    assert len(sents) > 10
    assert all(len(s.text) <= MAX_SENTENCE for s in sents)
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert " ".join(s.text for s in sents).split() == text.split()  # nothing lost at the cuts


def test_a_place_far_into_a_long_sentence_keeps_its_context():
    # the window that replaced the prefix scan still sees the words right before each name
    s = split_sentences(("word " * 300) + "talks were held in Kharkiv while a drone struck Odesa")[-1]
    names = [p.place.name for p in attack_places(s.text, s)[0]]
    assert names == ["Odesa"]  # a venue of talks is not a place hit


def _time(text: str) -> float:
    article = make_article(text, published="2026-03-02")
    t0 = time.process_time()  # CPU time: other work on a shared machine does not count
    RulesBackend(None).extract(article)
    return time.process_time() - t0


def test_time_grows_linearly_on_one_long_line():
    small, large = _RUN_ON * 100, _RUN_ON * 400  # ~14 KB and ~57 KB, no line break, no full stop
    _time(small)  # warm the regex cache
    ratio = _time(large) / _time(small)
    assert ratio < 9, ratio  # linear: ~4; the old prefix rescans made it ~16 and more
