"""Places that only speak (r13atk, dev23 B1 and dev24 B2b).

- A capital that seats a national body: "the air force in Kyiv counted 180 drones
  overnight", "defence officials in Moscow said 40 drones were downed", "the air force, headquartered
  in Kyiv, ...", "In Kyiv, the general staff counted ...". The capital is where the
  speaker sits; it was not hit (unless the sentence names it again as hit: "drones hit Kyiv, the
  air force in Kyiv said", whose first Kyiv stays).
- A place that reports in a trailing clause: "drones hit a depot in X, as the neighbouring Y region
  reported outages", "..., while the Z region said it had repelled an attack". The region speaks
  of its own night; with no strike told in that clause, it is no place of this record.

- A person who speaks for a body, placed in the capital and speaking next: "an intelligence officer
  in Kyiv, speaking on condition of anonymity, told the paper ..." (r31).

Vocabulary: knowledge/data/cues/place_roles.yaml (seat_bodies, seat_speakers, seat_body_tails, seat_words,
seat_acts, reporting_clause_openers, repelled_only) and eventhood.yaml (speaker_verbs)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from .capital import capital_names
from .common import Facts, PlaceHit, clause_at

_BODY = (rf"(?:{cues.alternation('place_roles', 'seat_bodies')})"
         rf"(?:['’]s)?(?:\s+(?:{cues.alternation('place_roles', 'seat_body_tails')}))?")
_SEAT_BEFORE = re.compile(
    rf"\b(?:{_BODY}\s+in|{cues.alternation('place_roles', 'seat_words')})\s+(?:the\s+)?$", re.I)
# "In Kyiv, the air force put the total at ...": a fronted seat whose body speaks or tallies next
_SPEAKER_VERBS = cues.alternation("eventhood", "speaker_verbs")
_FRONTED_SEAT_AFTER = re.compile(
    rf",\s+(?:the\s+)?(?:Ukraine['’]s\s+|Russia['’]s\s+|Ukrainian\s+|Russian\s+)?{_BODY}"
    rf"\s+(?:(?:has|have|had|also|later)\s+)?(?:{cues.alternation('place_roles', 'seat_acts')}|{_SPEAKER_VERBS})\b", re.I)
_SENTENCE_OPENS_IN = re.compile(r"\s*In\s+$", re.I)
# r31: "a navy source in Kyiv, speaking anonymously, told ...": a person placed in the capital who speaks
_SPEAKER_IN_BEFORE = re.compile(rf"\b(?:{cues.alternation('place_roles', 'seat_speakers')})\s+in\s+$", re.I)
_SPEAKS_NEXT = re.compile(rf"(?:\s*,\s+(?:who|speaking|talking)\b[^,.;]{{0,80}},)?\s+(?:(?:also|later|had)\s+)?"
                          rf"(?:{_SPEAKER_VERBS}|told|tells)\b", re.I)
_OPENER_BEFORE = re.compile(
    rf",\s*(?:{cues.alternation('place_roles', 'reporting_clause_openers')})\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|adjacent|bordering|southern|northern|eastern|western|wider)\s+)?$", re.I)
_SPEAKS_AFTER = re.compile(
    r"(?:\s+(?:region|oblast|province|district|governor|administration|authorities|officials|mayor))?"
    rf"(?:['’]s\s+[\w\s]{{0,30}}?)?\s+(?:(?:also|later|separately|itself)\s+)?(?:{_SPEAKER_VERBS})\b", re.I)
_REPELLED = cues.pattern("place_roles", "repelled_only")
_DAMAGE_STATE = cues.pattern("eventhood", "damage_states")


def drop_speaking_places(text: str, f: Facts) -> None:
    """Drop the capitals that seat a speaker and the places of a trailing reporting clause."""
    f.places = [p for p in f.places if not (_seat(text, f, p) or _reporting_clause(text, f, p))]


def _seat(text: str, f: Facts, p: PlaceHit) -> bool:
    """'the air force in Kyiv': a capital after a national body and 'in'."""
    if p.place.name not in capital_names():
        return False
    if _SEAT_BEFORE.search(text, max(f.sent.start, p.start - 60), p.start) is not None:
        return True
    if _SPEAKER_IN_BEFORE.search(text, max(f.sent.start, p.start - 30), p.start) and _SPEAKS_NEXT.match(text, p.end, f.sent.end):
        return True
    return _SENTENCE_OPENS_IN.fullmatch(text, f.sent.start, p.start) is not None \
        and _FRONTED_SEAT_AFTER.match(text, p.end, f.sent.end) is not None


def _reporting_clause(text: str, f: Facts, p: PlaceHit) -> bool:
    """', as the neighbouring Y region reported outages': a place that opens a trailing clause and
    speaks, in a clause that tells no strike of its own (what it repelled is none)."""
    s = f.sent
    if p.start == min(q.start for q in f.places) or not _OPENER_BEFORE.search(text, max(s.start, p.start - 40), p.start):
        return False  # the sentence's first place is the lead's, never a trailing speaker
    spoke = _SPEAKS_AFTER.match(text, p.end, s.end)
    if spoke is None:
        return False
    c0, c1 = clause_at(text, s, spoke.end())
    tail = _REPELLED.sub(" ", text[spoke.end():c1])
    # damage it reports ("reported damage to power lines") is its own night's, told as its own
    # record where the article tells that strike; only a strike told in the clause keeps the place
    return not any(_DAMAGE_STATE.fullmatch(m.group(0)) is None for m in lx.ATTACK_WORDS.finditer(tail))
