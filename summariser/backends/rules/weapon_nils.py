"""Weapon nils and sole weapons (dev20 B9): the weapon-role side of explicit zeros and ones
(codebook 6: an explicit zero is 0; a weapon told as one is a count of one).

    "No missiles were intercepted"                -> intercepted 0 (lexicon NONE_DOWNED, whole_counts)
    "The lone Kinzhal ... could not be stopped"   -> launched 1, intercepted 0 (Kinzhal)
    "the only one launched at X was an Iskander"  -> launched 1 (Iskander)
    "A single ballistic missile was fired at X"   -> launched 1

A nil with "none of / not a single" is `whole_counts.none_downed`'s; a verbless list item is
`tally_items`'. Vocabulary: cues/weapons.yaml (none_downed_verbs, none_downed_verbs_counted, sole_weapon_words)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import find_numbers
from ...records import Count, WeaponType
from ...sentences import Sentence
from .common import WeaponHit, clause_at, span_of, weapon_class

_STOP_VERBS = cues.alternation("weapons", "none_downed_verbs") + "|" + cues.alternation("weapons", "none_downed_verbs_counted")
# "... could not be stopped", "was not intercepted": told of the weapon that is the clause's subject
_NOT_STOPPED = re.compile(
    rf"\b(?:could\s+not|couldn['’]t|was\s+not|were\s+not|wasn['’]t|weren['’]t|had\s+not)\s+(?:be\s+|been\s+)?"
    rf"(?:{_STOP_VERBS}|stopped)\b", re.I)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|neither|both)\s*$", re.I)
# "the lone Kinzhal", "a single ballistic missile", "its sole Iskander"
_SOLE = re.compile(rf"\b(?:a|the|its|one)\s+(?:{cues.alternation('weapons', 'sole_weapon_words')})\s+(?=\S)", re.I)
# "the only one launched at Sumy was an Iskander-M"
_ONLY_ONE = re.compile(r"\bthe\s+(?:only|single|sole)\s+one\s+(?:fired|launched|used|sent)\b[^.;]{0,60}?\b(?:was|being)\s+"
                       r"(?:an?\s+)?(?=\S)", re.I)


def _zero(hits: list[WeaponHit], wtype: WeaponType, model: str | None, ev: Count) -> None:
    """The weapon of `wtype`'s class takes the nil where it has no interception figure yet."""
    same = [h for h in hits if weapon_class(h.type) == weapon_class(wtype)]
    if any(h.intercepted is not None for h in same):
        return
    if same:
        same[0].intercepted = ev
    else:
        hits.append(WeaponHit(wtype, model, intercepted=ev, classes=frozenset({weapon_class(wtype)})))


def weapon_nils(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """0 intercepted for the one weapon told as not stopped ("the lone Kinzhal could not be
    stopped"); "No missiles were intercepted" is lexicon NONE_DOWNED's (`whole_counts.none_downed`)."""
    sole = _SOLE.search(text, s.start, s.end) or _ONLY_ONE.search(text, s.start, s.end)
    for m in _NOT_STOPPED.finditer(text, s.start, s.end) if sole else ():
        # only of a weapon told as the one fired ("the lone Kinzhal ... could not be stopped"): said
        # of some drones ("drones that were not shot down fell on ...") it is no nil of them all
        c0, _ = clause_at(text, s, m.start())
        named = list(lx.iter_weapons(text, c0, m.start()))
        if not named and _PRONOUN_SUBJECT.search(text, c0, m.start()):
            named = list(lx.iter_weapons(text, s.start, c0))[-1:]  # "..., and it could not be stopped": the weapon just told
        if named and not re.search(r"\b(?:air\s+defen[cs]es?|crews?|forces|units)\b", text[c0:m.start()], re.I) \
                and not find_numbers(text, c0, m.start()):  # "22 drones were not shot down": a part, no nil
            wm, wtype, model = named[-1]  # the subject nearest the verb: "..., but the ballistic missile could not be stopped"
            _zero(hits, wtype, model, Count(value=0, evidence=span_of(text, wm.start(), m.end())))


# dev31-N5: the weapons counted got through "without being intercepted" / "unintercepted": a nil,
# not the interception verb of their count ("the two Kalibrs made it to the port without being shot down")
_WITHOUT = re.compile(rf"\bwithout\s+(?:being\s+|having\s+been\s+|getting\s+)?(?:{_STOP_VERBS}|stopped)\b"
                      r"|\bun(?:intercepted|stopped|challenged)\b", re.I)


def passed_unstopped(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """0 intercepted for the weapons counted in the clause of a "without being intercepted"."""
    for m in _WITHOUT.finditer(text, s.start, s.end):
        c0, _ = clause_at(text, s, m.start())
        for h in hits:
            ev = h.intercepted.evidence if h.intercepted else None
            if h.intercepted and h.intercepted.value and ev is not None and c0 <= ev.start < m.start():
                h.intercepted = Count(value=0, evidence=span_of(text, ev.start, m.end()))


def sole_weapons(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """1 launched for a weapon told as the only one ("the lone Kinzhal fired at X")."""
    for rx in (_SOLE, _ONLY_ONE):
        for m in rx.finditer(text, s.start, s.end):
            w = lx.weapon_at(text, m.end(), s.end)
            if w is None:
                continue
            wm, found, model = w
            if found is None:
                continue
            wtype: WeaponType = found
            if rx is _SOLE and not (lx.LAUNCH_CUES.search(text, *clause_at(text, s, m.start())) or _NOT_STOPPED.search(
                    text, wm.end(), s.end)):
                continue  # "a single drone hit the roof": a hit, no launch figure
            if any(h.type is wtype and h.launched is not None for h in hits):
                continue
            one = Count(value=1, evidence=span_of(text, m.start(), wm.end()))
            same = next((h for h in hits if h.type is wtype and h.launched is None), None)
            if same is not None:
                same.launched = one
            else:
                hits.append(WeaponHit(wtype, model, launched=one, classes=frozenset({weapon_class(wtype)})))


# dev22 A5/B5: a fronted topic names the weapon of a bare nil: "Of the missiles, none was
# intercepted", "As for the Kinzhals, not one was stopped", "The Iskanders were another matter:
# none of them was downed".
_TOPIC = re.compile(rf"(?:\b(?:{cues.alternation('weapons', 'nil_topic_openers')})\s+)?\bthe\s+(?P<topic>[^,:;.]{{1,50}}?)"
                    r"(?:\s+(?:were|was)\s+[^,:;.]{1,30})?\s*[,:\u2014\u2013]\s*(?:but\s+|and\s+)?$", re.I)


def topic_weapons(text: str, s: Sentence, nil_start: int) -> list[tuple[re.Match[str], WeaponType, str | None]]:
    """The weapons of the topic fronted right before a nil that names none ([] when none is)."""
    tm = _TOPIC.search(text[s.start:nil_start])
    if tm is None:
        return []
    return list(lx.iter_weapons(text, s.start + tm.start("topic"), s.start + tm.end("topic")))
