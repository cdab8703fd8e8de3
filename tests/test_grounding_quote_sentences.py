"""dev33 class R1: a diplomacy quote of several sentences with one changed token, copied across a
paragraph break, aligns sentence by sentence (`grounding/quote_sentences.py`); re-grounding reads a
participant through its aliases, capital and demonym (`_Grounder.reground`). Fresh sentences."""

from __future__ import annotations

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.quote_sentences import sentence_pieces

ARTICLE = (
    "Doha, 4 May. Forty-two soldiers came home on Monday after months in captivity, the defence "
    "ministry in Kyiv said. In return, Kyiv released 42 captives held in the Sumy region.\n\n"
    "Qatar mediated the swap, the third this spring, its foreign ministry said in a statement.\n\n"
    "Separately, shelling damaged a school in Kherson overnight and cut power to two districts.\n\n"
    "A grain convoy left Odesa at dawn with an escort of two patrol boats and reached the strait by noon."
)
QUOTE = ("Forty-2 soldiers came home on Monday after months in captivity, the defence ministry in Kyiv said. "
         "In return, Kyiv released 42 captives held in the Sumy region. Qatar mediated the swap, the third "
         "this spring, its foreign ministry said in a statement.")


def _grounded(quote: str, participants: list[str]) -> tuple[list[str], list[str]]:
    record = {"kind": "prisoner_exchange", "status": "held", "participants": participants, "evidence": [quote],
              "description": "a prisoner exchange"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), ARTICLE)
    return [s.text for d in got.diplomacy for s in d.evidence], [r.reason for r in got.rejected]


def test_a_three_sentence_quote_with_a_changed_token_aligns_by_sentence():
    spans, refused = sentence_pieces(QUOTE, ARTICLE)
    assert len(spans) == 3 and not refused
    evidence, _ = _grounded(QUOTE, ["Ukraine", "Qatar"])
    assert len(evidence) == 3 and evidence[1].startswith("In return, Kyiv released 42")


def test_an_invented_sentence_is_refused_beside_real_ones():
    quote = ("In return, Kyiv released 42 captives held in the Sumy region. Qatar mediated the swap, the third "
             "this spring, its foreign ministry said in a statement. Both sides agreed to a further exchange "
             "of two hundred wounded before the summer.")
    spans, refused = sentence_pieces(quote, ARTICLE)
    assert len(spans) == 2 and refused == ["Both sides agreed to a further exchange of two hundred wounded before the summer."]
    _, reasons = _grounded(quote, ["Ukraine", "Qatar"])
    assert "quote sentence not found in the article" in reasons


def test_mostly_invented_sentences_are_no_quote():
    quote = ("In return, Kyiv released 42 captives held in the Sumy region. Both sides agreed to a further "
             "exchange of two hundred wounded before the summer. The next round is planned for Istanbul in "
             "the second half of June.")
    assert sentence_pieces(quote, ARTICLE) == ([], [])


def test_sentences_of_far_apart_paragraphs_are_no_quote():
    quote = ("In return, Kyiv released 42 captives held in the Sumy region. A grain convoy left Odesa at dawn "
             "with an escort of two patrol boats and reached the strait by noon.")
    assert sentence_pieces(quote, ARTICLE) == ([], [])


def test_one_sentence_is_no_split():
    assert sentence_pieces("Qatar mediated the swap, the third this spring, its foreign ministry said.",
                           ARTICLE) == ([], [])


REGROUND = ("Bryansk, 2 June. Moscow handed over 30 captured Ukrainian marines in the exchange, the "
            "ministry said.\n\nThe marines were flown to Chernihiv for treatment.")


def _regrounded(participants: list[str]) -> list[str]:
    record = {"kind": "prisoner_exchange", "status": "held", "participants": participants,
              "evidence": ["The two states concluded a large swap of captured servicemen."],  # aligns nowhere
              "description": "a prisoner exchange"}
    got = draft_to_records(ArticleDraft.model_validate({"diplomacy": [record]}), REGROUND)
    return [s.text for d in got.diplomacy for s in d.evidence]


def test_reground_needs_the_states_named_as_written():
    # through a capital and a demonym only, re-grounding would also carry a record invented about
    # the same people (tests/test_grounding_planted_probes.py): the record is lost, not invented
    assert _regrounded(["the Russian Federation", "Ukraine"]) == []


def test_reground_counts_a_state_once_and_needs_two():
    assert _regrounded(["the Russian Federation", "Russia"]) == []  # one state named twice
    assert _regrounded(["the Russian Federation", "Belarus"]) == []  # Belarus is named nowhere
