"""A diplomacy quote joined across a paragraph break with "…": each piece that aligns on its own is
the record's evidence (`grounding/quote_pieces.py`); a piece made up, or too short to tell, aligns
nothing, and an attack's quote is never read this way (its numbers would cross paragraphs).
Fresh sentences."""

from __future__ import annotations

import datetime as dt

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.quote_pieces import aligned_pieces

TEXT = ("The prime ministers of Estonia and Ukraine signed a memorandum on drone production in Tallinn "
        "on Thursday, the Estonian government said.\n\n"
        "The document foresees joint factories in both countries from next year. Two people were hurt "
        "in an unrelated traffic accident outside the venue.")
JOINED = ("The prime ministers of Estonia and Ukraine signed a memorandum on drone production in Tallinn … "
          "The document foresees joint factories in both countries from next year.")


def _diplomacy(quote: str):
    draft = ArticleDraft.model_validate({"diplomacy": [{
        "kind": "agreement", "participants": ["Estonia", "Ukraine"], "status": "held", "evidence": [quote]}]})
    return draft_to_records(draft, TEXT, published=dt.date(2027, 11, 5))


def test_a_quote_joined_across_paragraphs_aligns_as_its_pieces():
    assert [sp.start for sp in aligned_pieces(JOINED, TEXT)] == [0, TEXT.index("The document")]
    got = _diplomacy(JOINED)
    assert got.diplomacy and len(got.diplomacy[0].evidence) == 2


def test_a_made_up_quote_with_one_true_piece_keeps_only_that_piece():
    quote = JOINED.split(" … ")[0] + " … The two leaders also agreed on a joint air defence fund worth billions."
    assert len(aligned_pieces(quote, TEXT)) == 1


def test_short_pieces_align_nothing():
    assert aligned_pieces("Estonia and Ukraine … next year", TEXT) == []


def test_an_attack_quote_is_not_read_by_pieces():
    quote = ("The prime ministers of Estonia and Ukraine signed a memorandum … Two people were hurt in an "
             "unrelated traffic accident")
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "other", "places": ["Tallinn"], "injured": 2,
                                                      "evidence": [quote]}]})
    got = draft_to_records(draft, TEXT, published=dt.date(2027, 11, 5))
    assert not got.attacks
