"""Figures told of a whole count: "all of them were downed", "all but K were downed", "none of
them was intercepted" (the launch figure they refer to is the weapon counted in the sentence, or
in the sentence before: `weapons.resolve_anaphora`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ... import lexicon as lx
from ...numbers import NumberMention, find_numbers
from ...records import Count, WeaponType
from ...sentences import Sentence
from .common import WeaponHit, same_model, span_of, weapon_class
from .weapon_nils import topic_weapons

if TYPE_CHECKING:
    from .weapon_phrases import Found

_RELATIVE_NIL = re.compile(r"(?:none|not\s+(?:a\s+single\s+)?one)\s+of\s+which\b", re.I)


def k_start(ab: re.Match[str]) -> int:
    return next(ab.start(g) for g in ("k", "k2", "k3") if ab.group(g) is not None)


def all_but_k(text: str, numbers: list[NumberMention], hits: list[WeaponHit], marks: list[re.Match[str]]) -> None:
    """'fired 40 drones; all but six were neutralised': 34 intercepted, when one weapon was launched
    (in the sentence, or in the sentence before: `resolve_anaphora`)."""
    launched = [w for w in hits if w.launched is not None]
    for ab in marks:
        k = next((n for n in numbers if n.start == k_start(ab)), None)
        if k is not None and not launched and not any(w.all_but for w in hits):
            hits.append(WeaponHit(WeaponType.other, None, intercepted=Count(value=k.value, evidence=span_of(
                text, ab.start(), k.end)), anaphoric=True, all_but=k.value, classes=_own_noun_classes(text, k.end)))
            continue
        if k is None or len(launched) != 1 or launched[0].intercepted is not None:
            continue
        total = launched[0].launched
        assert total is not None
        if total.evidence is None or total.evidence.start > ab.start() or k.value >= total.value:
            continue
        launched[0].intercepted = Count(value=total.value - k.value, qualifier=total.qualifier,
                                        evidence=span_of(text, ab.start(), k.end))


# the exception's own noun: "all but three of the Kalibrs", "all but two of the Shaheds"
_OWN_NOUN = re.compile(r"\s+of\s+(?:the|these|those)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)


def _own_noun_classes(text: str, end: int) -> frozenset[str]:
    """The weapon family the exception names ("of the Kalibrs": missile; "of the
    Gerans": drone), so its whole is taken from that family's launch told just before
    (`anaphora.resolve_anaphora`); empty when it names none ("all but two were downed")."""
    own = _OWN_NOUN.match(text, end)
    if own is None:
        return frozenset()
    named = {weapon_class(t) for _, t, _ in lx.iter_weapons(text, own.start(1), own.end(1))}
    return frozenset(named) if len(named) == 1 else frozenset()


def all_downed(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """'25 drones, all of which were destroyed': the one weapon launched was intercepted whole."""
    am = lx.ALL_DOWNED.search(text, s.start, s.end)
    launched = [w for w in hits if w.launched is not None]
    if am is None or len(launched) != 1 or launched[0].intercepted is not None or lx.NOT_INTERCEPTED.search(text, s.start, s.end):
        return
    total = launched[0].launched
    assert total is not None
    if total.evidence is not None and total.evidence.start < am.start():
        launched[0].intercepted = Count(value=total.value, qualifier=total.qualifier, evidence=span_of(text, am.start(), am.end()))


def all_counted(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """A wave told whole by "all N" or "both": downed ("shot down all 31 missiles", "both missiles
    were destroyed") it launched N too; launched ("all 31 missiles fired at the city"), with a downing
    verb right before "all" or after its phrase, it was downed whole."""
    for w in hits:
        count = w.intercepted if w.launched is None else w.launched if w.intercepted is None else None
        ev = count.evidence if count is not None else None
        if count is None or ev is None or not (lx.ALL_BEFORE_COUNT.search(text, max(s.start, ev.start - 20), ev.start)
                                               or text[ev.start:ev.end].lower().startswith("both")):
            continue  # "all 31 missiles", "both missiles": the whole wave
        if count is w.intercepted:  # the wave told before may be restated ("fired two Kalibrs ... downed both")
            w.launched, w.told_whole = Count(value=count.value, qualifier=count.qualifier, evidence=ev), True
        elif lx.all_downed_around(text, ev.start, ev.end, s.end, lx.INTERCEPT_CUES):
            w.intercepted = Count(value=count.value, qualifier=count.qualifier, evidence=ev)


# r21 (dev39 C1): a whole weapon class downed, told by a quantifier on its name with no number: "shot
# down every one of the Kinzhals (and 30 of the Shaheds)", "all of the cruise missiles were destroyed"
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:all|successfully|reportedly)\s+)?", re.I)


def all_named_downed(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """'fired nine Kinzhals and 40 Shaheds; gunners downed all of the Kinzhals': the Kinzhals counted
    launched in the sentence were intercepted whole (the one launched entry of the class named)."""
    from .weapon_phrases import weapon_phrase

    for am in lx.ALL_NAMED.finditer(text, s.start, s.end):
        found, pend = weapon_phrase(text, am.end(), s.end)
        if not found:
            continue
        before = " ".join(text[max(s.start, am.start() - 40):am.start()].split()[-3:])
        passive = _PASSIVE_AFTER.match(text, pend, s.end)
        if not lx.INTERCEPT_CUES.search(before) and not (passive and lx.INTERCEPT_CUES.match(text, passive.end(), s.end)) \
                and not lx.joined_to_downed_part(text, am.start(), am.end()):  # "downed 40 of the drones and all the Kalibrs" (r35)
            continue
        classes = {weapon_class(t) for t, _, _ in found}
        models = {m for _, m, _ in found if m}
        same = [w for w in hits if w.launched is not None and w.launched.evidence is not None
                and w.launched.evidence.end <= am.start() and weapon_class(w.type) in classes
                and (not models or any(same_model(m, w.model) for m in models))]
        if len(same) == 1 and same[0].intercepted is None and same[0].launched is not None:
            total = same[0].launched
            same[0].intercepted = Count(value=total.value, qualifier=total.qualifier,
                                        evidence=span_of(text, am.start(), pend))
        elif not same and not any(weapon_class(w.type) in classes for w in hits if w.launched is not None):
            hits.append(_whole_of_earlier(text, am.start(), pend, found, classes))


def _whole_of_earlier(text: str, start: int, end: int, found: Found, classes: set[str]) -> WeaponHit:
    """"Russia fired 40 drones and six Kalibrs. Each one of the Kalibrs was shot down, as were 30
    drones": the class launched in the sentence before, downed whole (an exception of none, resolved
    by `anaphora.resolve_anaphora` against that sentence's launch of the type and model named)."""
    types = {t for t, _, _ in found}
    models = {m for _, m, _ in found if m}
    named = next(iter(types)) if len(types) == 1 else WeaponType.other
    return WeaponHit(named, next(iter(models)) if len(models) == 1 else None, anaphoric=True, all_but=0,
                     intercepted=Count(value=0, evidence=span_of(text, start, end)), classes=frozenset(classes))


def none_downed(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """'fired two missiles; none of them was intercepted', 'both hit their targets': 0 intercepted of the weapon counted
    (the noun, where told, picks which); with no weapon counted here, of the sentence before."""
    nm = lx.NONE_DOWNED.search(text, s.start, s.end)
    if nm is None and (nm := lx.ALL_HIT.search(text, s.start, s.end)) is not None and _others_through(text, nm):
        return
    if nm is None:
        return
    zero = Count(value=0, evidence=span_of(text, nm.start(), nm.end()))
    launched = [w for w in hits if w.launched is not None]
    named = list(lx.iter_weapons(text, nm.start("noun"), nm.end("noun"))) or topic_weapons(text, s, nm.start())
    if not named and _RELATIVE_NIL.match(nm.group(0)):
        # "12 missiles; they included five Iskanders, none of which was downed": the weapon just before
        before = [w for w in launched if w.launched and w.launched.evidence and w.launched.evidence.end <= nm.start()]
        launched = sorted(before, key=lambda w: w.launched.evidence.end if w.launched and w.launched.evidence else 0)[-1:]
    if named:
        classes = {weapon_class(t) for _, t, _ in named}
        launched = [w for w in launched if weapon_class(w.type) in classes]
        if not launched:  # "none of the missiles": the missiles counted before, by type
            _, wtype, model = named[0]
            whole = _whole_in_noun(text, nm)
            hits.append(WeaponHit(wtype, model, intercepted=zero, classes=frozenset(classes),
                                  launched=whole, told_whole=whole is not None))
            return
    if len(launched) == 1 and launched[0].intercepted is None:
        launched[0].intercepted = zero
        # r14 (dev26 A2): "Every one of the five missiles got through": the wave told before, restated
        launched[0].told_whole = launched[0].told_whole or _restated_in_nil(text, nm, launched[0])
    elif not launched:
        hits.append(WeaponHit(WeaponType.other, None, intercepted=zero, anaphoric=True))


# r13 (dev24 A2): also "all six Kinzhals hit their targets", "both two ..." told by its quantifier
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their)\s+$|^(?:all|both)\s+$", re.I)


# what "all/every one of ..." may name besides a weapon: a number, a pronoun, nothing
_BARE_NOUN = re.compile(r"(?:of\s+(?:the|them|these|those)\s+)?(?:(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten"
                        r"|eleven|twelve)\s+)?", re.I)


def _others_through(text: str, nm: re.Match[str]) -> bool:
    """Of an `ALL_HIT` match, r14: "every one of the crews got through the night": people, not a wave, got through."""
    return _BARE_NOUN.fullmatch(nm.group("noun")) is None and \
        not any(lx.iter_weapons(text, nm.start("noun"), nm.end("noun")))


def _restated_in_nil(text: str, nm: re.Match[str], w: WeaponHit) -> bool:
    """The launch figure read is the definite number inside the nil's own noun ("every one of the
    five missiles"): a wave's size restated, not a new wave."""
    whole = _whole_in_noun(text, nm)
    ev = w.launched.evidence if w.launched else None
    return whole is not None and ev is not None and whole.evidence is not None and ev.start == whole.evidence.start


def _whole_in_noun(text: str, nm: re.Match[str]) -> Count | None:
    """"none of the three cruise missiles aimed at Lutsk was stopped": the three launched, told
    only inside the nil (dev22 A4); None when the nil's noun counts none."""
    n = next(iter(find_numbers(text, nm.start("noun"), nm.end("noun"))), None)
    if n is None or n.value <= 0 or not _DEFINITE_BEFORE.search(text[nm.start():n.start]):
        return None
    return Count(value=n.value, qualifier=n.qualifier, evidence=span_of(text, n.start, n.end))
