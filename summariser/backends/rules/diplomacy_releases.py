"""A mediated release or return told without "exchange", "swap" or "talks" (dev34 class C1): a
ministry's release tells a swap by its result and its mediator ("Riyadh's mediation between the two
sides led to the freeing of 96 prisoners, 48 from each side"; "the Saudi effort secured the release
of 60 captives held by each party"), and children's return by their reunion owed to a mediator
("thanks to Vatican mediation, 11 Ukrainian children have been reunited with their parents"). The
first is a prisoner exchange; the second is `other` (codebook 16), with the mediator and both warring
sides. The mediator's "channel between Moscow and Kyiv" is its route, no talks of the two. Words in
`cues/diplomacy_releases.yaml`."""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DateSpan, Diplomacy, DiplomacyKind
from ...sentences import Sentence

Cue = tuple[DiplomacyKind, re.Match[str]]


def _alt(name: str) -> str:
    return cues.alternation("diplomacy_releases", name)


_RELEASE_OF = rf"(?:{_alt('release_nouns')})\s+of\s+(?:(?:some|about|around|over|more\s+than|another|a\s+further)\s+)?" \
              rf"(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_alt('captive_nouns')})\b"
# "the freeing of 70 POWs, 35 by each side"; "the return of 60 prisoners held by each party"
_BY_EACH = re.compile(rf"\b{_RELEASE_OF}[^.;]{{0,50}}?\b(?:{_alt('each_side')})\b", re.I)
# "mediation between the two sides led to the release of 96 POWs"
_BY_MEDIATION = re.compile(rf"\b(?:{_alt('mediation_nouns')})\b[^.;]{{0,140}}?\b(?:{_alt('result_verbs')})\s+(?:the\s+)?{_RELEASE_OF}", re.I)
_CHILDREN = rf"\b(?:{_alt('child_nouns')})\b"
_REUNION = rf"\b(?:{_alt('reunion_verbs')})"
_OWED = rf"\b(?:{_alt('owed_to')})\s+(?:[\w'’-]+\s+){{0,3}}?(?:mediation|channel|good\s+offices|efforts?|help)\b"
# "children … reunited with their families thanks to Qatar's mediation", either order of its parts
_CHILDREN_BACK = re.compile(rf"{_CHILDREN}[^.;]{{0,100}}?{_REUNION}[^.;]{{0,100}}?{_OWED}"
                            rf"|{_OWED}[^.;]{{0,80}}?{_CHILDREN}[^.;]{{0,80}}?{_REUNION}", re.I)
_ROUTE = re.compile(rf"\b(?:{_alt('mediator_routes')})\s+between\b", re.I)
# what passes along a route: "returned through Qatar's channel between …", "via the Turkish track between …"
_THROUGH = re.compile(r"\b(?:through|via|along|by)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def release_cues(text: str, s: Sentence, cues_: list[Cue]) -> list[Cue]:
    """The sentence's cues with a mediated release (a prisoner exchange) or children's return
    (`other`) added when the sentence tells one and names no exchange already; a talks cue on the
    mediator's route ("came home via the Omani channel between Kyiv and Moscow") is dropped always."""
    cues_ = [(k, c) for k, c in cues_ if not (k is DiplomacyKind.talks and _ROUTE.search(c.group(0))
                                            and _THROUGH.search(text, max(s.start, c.start() - 30), c.start()))]
    if any(k is DiplomacyKind.prisoner_exchange for k, _ in cues_):
        return cues_
    m = _BY_MEDIATION.search(text, s.start, s.end) or _BY_EACH.search(text, s.start, s.end)
    kind = DiplomacyKind.prisoner_exchange
    if m is None:
        m, kind = _CHILDREN_BACK.search(text, s.start, s.end), DiplomacyKind.other
    if m is None:
        return cues_
    return [(kind, m), *cues_]


def release_record(rec: Diplomacy, cue: re.Match[str], sides: Callable[[], list[str]],
                   said_day: Callable[[], DateSpan | None]) -> Diplomacy:
    """A record read from a release cue: its mediator named by a demonym or possessive in the cue
    ("the Saudi effort", "via the Qatari channel") is a side, and no venue ("thanks to Vatican
    mediation"); a children's return is between the warring sides too (`sides`: the two states at
    war the article names); either is dated by the day it was said when it has no day of its own
    ("Oman said on Friday that five boys were home with their parents")."""
    children = rec.kind is DiplomacyKind.other and _CHILDREN_BACK.fullmatch(cue.group(0))
    if not children and not (rec.kind is DiplomacyKind.prisoner_exchange
                             and (_BY_MEDIATION.fullmatch(cue.group(0)) or _BY_EACH.fullmatch(cue.group(0)))):
        return rec
    before = re.search(r"[A-Z][\w-]*(?:['’]s)?\s+$", cue.string[max(0, cue.start() - 30):cue.start()])  # "the Saudi effort"
    words = (before.group(0) if before else "") + cue.group(0)
    named = [state for w in re.findall(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:['’]s)?", words)
             if (state := lx.COUNTRY_ADJECTIVES.get(w.lower()) or lx.canonical_country(re.sub(r"['’]s$", "", w)))]
    parties = rec.participants + [x for x in named + (sides() if children else []) if x not in rec.participants]
    update: dict[str, object] = {"participants": list(dict.fromkeys(parties))}
    if rec.location is not None and any(rec.location.name.startswith(w) or w.startswith(rec.location.name)
                                        for w in re.findall(r"[A-Z][\w-]*", cue.group(0))):
        update["location"] = None  # the mediator, not the venue
    if rec.date is None:
        update["date"] = said_day()
    return rec.model_copy(update=update)
