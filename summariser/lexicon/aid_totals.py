"""Aid told as a running total (round 19: dev36 D7, dev35 D8): "Ottawa has so far pledged $4bn to
Kyiv", "the grant comes on top of €700m of military aid already pledged", "its military aid now
totals €2bn", "…, bringing its military support since 2022 to 4 billion crowns". One reader of the
concept, over knowledge/data/cues/aid_totals.yaml; a superlative or ordinal before "so far" ("the
largest package so far") is a milestone of the new decision, not a total (lexicon/milestones, as
diplomacy_milestone reads "since")."""

from __future__ import annotations

import re

from ..knowledge import cues
from .diplomacy import MONEY_AMOUNTS
from .milestones import head_before

__all__ = ["running_aid_total"]

_ADVERB = cues.pattern("aid_totals", "total_adverbs")
_TOTAL_VERB = cues.pattern("aid_totals", "total_verbs")
_ALREADY = cues.pattern("aid_totals", "already_given")
_ON_TOP = cues.pattern("aid_totals", "on_top")
_TOTAL_CLAUSE = cues.pattern("aid_totals", "total_clause_openers")
_FRESH = cues.pattern("aid_totals", "fresh_marks")
_MONEY = re.compile(rf"(?:{MONEY_AMOUNTS})", re.I)
# where a clause ends: a semicolon, colon, dash or bracket, a sentence end; a comma ends it only
# before a clause of total ("…, bringing its total to …") — an aid noun is often followed by
# commas inside its own clause ("$4bn to Kyiv, mostly loans")
_HARD_BREAK = re.compile(r"[;:()\u2014\u2013]|\s-\s|\.\s")


def _clause(text: str, lo: int, hi: int, at: int) -> tuple[int, int]:
    """The clause around `at` within [lo, hi): from the last hard break or total clause before it to
    the next hard break or total clause after it."""
    start, end = lo, hi
    for b in _HARD_BREAK.finditer(text, lo, at):
        start = b.end()
    for c in _TOTAL_CLAUSE.finditer(text, start, at):
        start = c.start()
    after = _HARD_BREAK.search(text, at, hi)
    end = after.start() if after else hi
    opener = _TOTAL_CLAUSE.search(text, at, end)
    if opener is not None and opener.start() > at:
        end = opener.start()
    return start, end


def running_aid_total(text: str, lo: int, hi: int, at: int, end: int) -> bool:
    """The aid told at [at, end) within the sentence [lo, hi) is a running total, not a decision: it
    lies in a clause of total ("…, bringing its aid to €3bn"), after "on top of / in addition to" in
    the same stretch up to a comma, or its clause has an adverb of total (not a milestone's "the
    largest so far", not beside a fresh "new/further/another"), a verb of total after it, or an
    "already given" with a sum."""
    c_lo, c_hi = _clause(text, lo, hi, at)
    if any(m.start() <= at for m in _TOTAL_CLAUSE.finditer(text, c_lo, c_hi)):
        return True
    for m in _ON_TOP.finditer(text, c_lo, at):
        comma = text.find(",", m.end(), at)
        if comma < 0:
            return True
    fresh = _FRESH.search(text, c_lo, c_hi) is not None
    for m in _ADVERB.finditer(text, c_lo, c_hi):
        if not fresh and not head_before(text, c_lo, m.start(), words=8, across_punctuation=True):
            return True
    if _TOTAL_VERB.search(text, end, c_hi):
        return True
    return bool(_ALREADY.search(text, c_lo, c_hi) and _MONEY.search(text, c_lo, c_hi))
