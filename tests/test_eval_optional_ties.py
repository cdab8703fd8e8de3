"""A prediction that fits a required and an optional gold record equally goes to the required one.

Scorer class: one sentence tells a standing channel as stalled and, in a relative clause, its
last round; gold codes the stalled channel (required) and the past round (optional background).
A prediction of exactly the required record used to be handed to the optional one when the two
tied, turning a true positive into a false negative. Every sentence here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.evaluate import matching
from summariser.records import Attack, DateSpan, Diplomacy, Location, Span

TEXT = ("The Lisbon channel has been frozen since April, when the two delegations last met there. "
        "Talks in Valletta have gone nowhere since the summer round ended in July. "
        "A drone hit a depot in Chernihiv, and a second one fell on the same depot last week.")


def span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(text=phrase, start=start, end=start + len(phrase))


def month(m: int) -> DateSpan:
    start = dt.date(2026, m, 1)
    end = dt.date(2026, m + 1, 1) - dt.timedelta(days=1)
    return DateSpan(start=start, end=end, precision="month")


def talks(evidence: str, status: str = "held", when=None, optional=False, parties=("Ukraine", "Russia")):
    return Diplomacy(kind="talks", participants=list(parties), status=status, date=when,
                     evidence=[span(evidence)], optional=optional)


SENTENCES = ["The Lisbon channel has been frozen since April", "Talks in Valletta have gone nowhere"]
PAST = {SENTENCES[0]: ("the two delegations last met there", 4), SENTENCES[1]: ("the summer round ended in July", 7)}


def _pair(sentence: str):
    past, m = PAST[sentence]
    required = talks(sentence, status="stalled")
    background = talks(past, when=month(m), optional=True)
    # the prediction's evidence runs over the whole sentence, so it overlaps both gold records
    start = TEXT.index(sentence)
    end = TEXT.index(past) + len(past)
    pred = talks(sentence, status="stalled")
    pred = pred.model_copy(update={"evidence": [Span(text=TEXT[start:end], start=start, end=end)]})
    return required, background, pred


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("optional_first", [True, False])
def test_a_tie_goes_to_the_required_record(sentence, optional_first):
    required, background, pred = _pair(sentence)
    gold = [background, required] if optional_first else [required, background]
    out = matching.align_diplomacy(gold, [pred])
    assert (out.tp, out.fp, out.fn, out.optional_tp) == (1, 0, 0, 0)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_status_breaks_a_tie_between_two_required_records(sentence):
    required, background, pred = _pair(sentence)
    held = background.model_copy(update={"optional": False, "date": None})
    out = matching.align_diplomacy([held, required], [pred])
    assert [m.gold for m in out.matches] == [1]


@pytest.mark.parametrize("optional_first", [True, False])
def test_attack_tie_goes_to_the_required_record(optional_first):
    ev = span("A drone hit a depot in Chernihiv")
    today = Attack(kind="air_drone_strike", locations=[Location(name="Chernihiv", level="city")],
                   attacker="Russia", evidence=[ev])
    earlier = today.model_copy(update={"optional": True})
    gold = [earlier, today] if optional_first else [today, earlier]
    out = matching.align_attacks(gold, [today])
    assert (out.tp, out.fn, out.optional_tp) == (1, 0, 0)


# ----------------------------------------------------------------------- near-misses: no change


def test_a_clearly_better_optional_match_still_takes_the_prediction():
    required, background, _ = _pair(SENTENCES[0])
    pred = talks("the two delegations last met there", when=month(4))
    out = matching.align_diplomacy([required, background], [pred])
    assert (out.tp, out.fp, out.fn, out.optional_tp) == (0, 0, 1, 1)


def test_two_predictions_still_fill_both_records():
    required, background, pred = _pair(SENTENCES[1])
    past = talks("the summer round ended in July", when=month(7))
    out = matching.align_diplomacy([background, required], [past, pred])
    assert (out.tp, out.fp, out.fn, out.optional_tp) == (1, 0, 0, 1)


def test_reported_score_is_the_plain_similarity():
    required, background, pred = _pair(SENTENCES[0])
    out = matching.align_diplomacy([background, required], [pred])
    from summariser.evaluate.similarity import diplomacy_similarity
    assert out.matches[0].score == round(diplomacy_similarity(required, pred), 4)


def test_an_inadmissible_required_record_gets_no_bonus():
    required, background, pred = _pair(SENTENCES[0])
    far = required.model_copy(update={"participants": ["France", "Germany"]})
    out = matching.align_diplomacy([far, background], [pred])
    assert (out.tp, out.fn, out.optional_tp) == (0, 1, 1)
