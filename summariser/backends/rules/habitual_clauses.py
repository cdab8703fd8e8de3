"""Clauses that tell a habit, the history or the geography of a place, not this strike: "Kramatorsk,
often hit by glide bombs, lost power", "Odesa, a frequent target of missiles and drones, came under
drone attack", "the fleet moved to Novorossiysk after repeated missile strikes on Crimea", "Nikopol,
which faces the nuclear plant across the river", "the bombers were moved to X, out of reach of the
drones" (r18, dev34 B5). Their weapons, places and strike words belong to
no record: the clause runs from its frame to the next comma, semicolon or dash (or the sentence
end), and the sentence keeps only what it tells outside such clauses; with no strike left it is
no event. A dated tally ("Since midnight, 12 drones have been downed") has no such frame.
Vocabulary: knowledge/data/cues/eventhood.yaml (habitual_strike_frames, perfect_strike_verbs, geographic_relative) and
nonstrike.yaml (out_of_reach)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...blanking import blank_spans
from ...knowledge import cues
from .common import Facts
from .eventhood import strike_event
from .weapons import find_weapon_types

# the strike verbs of a perfect passive, one list for the frames' `<perfect_strike_verbs>` and _BARE_PERFECT
_PERFECT_VERBS = cues.alternation("eventhood", "perfect_strike_verbs")
_FRAME = re.compile(rf"\b(?:{cues.alternation('eventhood', 'habitual_strike_frames').replace('<perfect_strike_verbs>', _PERFECT_VERBS)}"
                    rf"|{cues.alternation('eventhood', 'geographic_relative')}"
                    rf"|{cues.alternation('nonstrike', 'out_of_reach')})\b", re.I)


def drop_habitual_clauses(text: str, f: Facts) -> None:
    """Take the weapons, places and strike words of habitual or geographic clauses out of `f`."""
    s = f.sent
    spans = [(m.start(), _clause_end(text, m.end(), s.end)) for m in _FRAME.finditer(text, s.start, s.end)
             if not _dated_perfect(text, m, s.end, f)]
    if not spans:
        return
    rest = blank_spans(text[:s.end], spans)
    f.places = [p for p in f.places if not any(a <= p.start < b for a, b in spans)]
    f.weapon_types = find_weapon_types(rest, s)
    if f.background and not lx.is_background(rest, s.start, s.end):
        f.background = False  # "Odesa, regularly struck by missiles, was hit on Sunday": the habit is the aside's
    if not f.counts and not f.counted_weapons and not f.weapon_types and not strike_event(rest, s):
        f.attack_vocab = False  # only the habit told strikes: no event


# r22 (dev42 A5): a bare perfect passive ("had been shelled by", no habit word) whose own clause tells
# the sentence's event day is that day's strike, reported ("the mayor said X had been struck by rockets
# on Monday night"), not the place's history
_HABIT_WORD = re.compile(r"\b(?:long|often|repeatedly|regularly|frequently|target)", re.I)
_BARE_PERFECT = re.compile(rf"(?:has|have|had)\s+been\s+(?:{_PERFECT_VERBS})\s", re.I)


def _dated_perfect(text: str, m: re.Match[str], end: int, f: Facts) -> bool:
    if not _BARE_PERFECT.match(m.group()) or _HABIT_WORD.search(m.group()) or f.date is None or not f.date.text:
        return False
    return f.date.text in text[m.end():_clause_end(text, m.end(), end)]


def _clause_end(text: str, pos: int, end: int) -> int:
    m = lx.CLAUSE_MARK.search(text, pos, end)
    return m.start() if m else end
