"""A meeting named by the heads' plural office is a summit (dev21 class C5; codebook 14): "the Vienna
meeting between the two presidents", "a meeting of both prime ministers", as dev5's "the US and Russian
presidents will meet" already is; since r42 so are two heads named with their offices ("between President A
and President B") or by name where the actor dictionary knows each as a different state's head on the
day ("a meeting of A and B"); a head and a minister stay a meeting. (An announced hosting of a
foreign head, "Erdogan will host the Georgian prime minister", stays a meeting too: dev21's gold reads
it as the guest's visit, an earlier set's gold as a meeting, measured; left to a ruling.) The words
live in `cues/diplomacy_leaders_kind.yaml`."""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence

_HEADS_PLURAL = cues.regex("diplomacy_leaders_kind", "heads_plural")


def leaders_kind(text: str, s: Sentence, cue: re.Match[str], rec: Diplomacy, published: dt.date | None = None) -> Diplomacy:
    """The record as a summit when the heads' plural office follows its meeting noun."""
    if rec.kind is DiplomacyKind.meeting and (_heads_after(text, s, cue) or _named_heads_after(text, s, cue, published)
                                              or _SEVERAL_LEADERS.search(text, max(s.start, cue.start() - 60), cue.start())):
        rec.kind = DiplomacyKind.summit  # (r30: "European leaders who met in Tirana")
        host = _host_of(rec)
        if host is not None and host not in rec.participants:
            rec.participants = [*rec.participants, host]  # the host of a summit takes part (codebook 15)
    return rec


def _heads_after(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The heads' office begins within 40 characters of the meeting noun (r42: two heads named with
    their offices run longer than that: "between President A and President B")."""
    return any(m.start() <= cue.end() + 40 for m in _HEADS_PLURAL.finditer(text, cue.start(), min(s.end, cue.end() + 120)))


# r42: the heads of two states named after the meeting noun ("a meeting of A and B", "a meeting between
# A and B" where the actor dictionary knows each as a state's president, prime minister, chancellor or
# king on the day): the leaders of two states (codebook 14)
_HEAD_ROLES = frozenset({"president", "prime minister", "chancellor", "king"})
_BEFORE_FIRST = re.compile(r"\s+(?:between|of|involving)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}$")
_BETWEEN_HEADS = re.compile(r"\s+and\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}")


def _named_heads_after(text: str, s: Sentence, cue: re.Match[str], published: dt.date | None) -> bool:
    """Two heads of different states, named one after the other right after the meeting noun."""
    from ...knowledge.actors import find_actors

    hi = min(s.end, cue.end() + 90)
    heads = [m for m in find_actors(text[cue.end():hi], published)
             if m.via == "person" and m.actor.kind == "state" and m.actor.role in _HEAD_ROLES]
    if len(heads) < 2 or heads[0].actor.code == heads[1].actor.code:
        return False
    first, second = heads[0], heads[1]
    return _BEFORE_FIRST.fullmatch(text, cue.end(), cue.end() + first.start) is not None \
        and _BETWEEN_HEADS.fullmatch(text, cue.end() + first.end, cue.end() + second.start) is not None


def _host_of(rec: Diplomacy) -> str | None:
    """The summit's host: the organisation whose seat the city is ("Brussels": the EU), else the city's state."""
    from ...knowledge.actors import resolve_actor

    if rec.location is None:
        return None
    seat = resolve_actor(rec.location.name)
    return seat.name if seat is not None and seat.kind == "organisation" else rec.location.country


_SEVERAL_LEADERS = re.compile(rf"\b(?:{cues.alternation('diplomacy_leaders_kind', 'several_leaders_before')})$")


_PURPOSE_TOPIC = re.compile(
    rf"\b(?:{cues.alternation('diplomacy_leaders_kind', 'purpose_topic_before')})\s+(?:[\w'’-]+\s+){{0,8}}?$", re.I)
_GATHERING_FORMS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks}
_FORCE_KINDS = {DiplomacyKind.peacekeeping}


def gathering_for_force(text: str, cues_: list[tuple[DiplomacyKind, re.Match[str]]], kind: DiplomacyKind,
                        m: re.Match[str]) -> tuple[DiplomacyKind, re.Match[str]] | None:
    """The gathering told before a purpose clause that names a force is the event, the force its
    topic, however long the venue, date and attribution between ("will meet in Rome on 20 March, a
    spokesman said, to discuss a reassurance force"; round 14, class C9)."""
    if kind not in _FORCE_KINDS or not _PURPOSE_TOPIC.search(text, max(0, m.start() - 80), m.start()):
        return None
    forms = [(k, c) for k, c in cues_ if k in _GATHERING_FORMS and c.end() <= m.start() and m.start() - c.end() <= 160
             and ";" not in text[c.end():m.start()]]
    return forms[-1] if forms else None
