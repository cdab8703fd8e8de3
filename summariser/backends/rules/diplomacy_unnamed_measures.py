"""Sanctions told without their noun (class C1): a renewal right after sanctions were named
("EU sanctions expire in January. Hungary approved the renewal last Thursday"), and, in an
article that names sanctions, a numbered package, a new round of restrictions or a
state's matching measures ("The Commission is preparing the 24th package", "Oslo adopted
matching measures on Friday"). Both are sanctions decisions; the sides they take from the
sentence that named sanctions differ (see `unnamed_sanctions`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence

Cue = tuple[DiplomacyKind, re.Match[str]]

# How far back the sanctions a bare renewal refers to may be named, in sentences.
_RENEWAL_REACH = 2
_MEASURE_ANAPHOR = cues.pattern("diplomacy", "measure_anaphor")
# "the next package for Ukraine", "a new package of military aid": a package of aid, not sanctions.
_AID_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:for|to)\s+(?:Ukraine|Kyiv|the\s+Ukrainian)\b"
                        rf"|\s+of\s+(?:[\w-]+\s+)?(?:{cues.alternation('diplomacy', 'measure_anaphor_not')})\b", re.I)

# Words of aid anywhere in the sentence of a bare package: an amount of money, weapons, Ukraine as
# the recipient.
_AID_WORDS = re.compile(rf"[€$£]\s?\d|\d\s*(?:bn|billion|million|mn)\b|\b(?:{cues.alternation('diplomacy', 'measure_anaphor_not')}"
                        rf"|{cues.alternation('diplomacy', 'aid_weapons')})\b|\b(?:for|to)\s+(?:Ukraine|Kyiv)\b", re.I)


def unnamed_sanctions(text: str, sents: list[Sentence], idx: int, sides_of: Callable[[Sentence], list[str]],
                      targets_of: Callable[[Sentence, re.Match[str]], list[str]]) -> tuple[list[Cue], list[str]]:
    """The sanctions cue of a sentence that tells them without the noun, and the sides it borrows
    from the sentence that named them: all of that sentence's sides for a renewal (the bloc and
    the target just told), only the target for a package (its proposer is the sentence's own)."""
    s = sents[idx]
    m = lx.MEASURE_RENEWAL.search(text, s.start, s.end)
    if m is not None:
        named = _named_before(text, sents, idx, _RENEWAL_REACH)
        return ([(DiplomacyKind.sanctions, m)], sides_of(sents[named])) if named is not None else ([], [])
    m = _measure_anaphor(text, s)
    if m is None:
        return [], []
    named = _named_before(text, sents, idx, idx)
    named = _named_after(text, sents, idx, len(sents)) if named is None else named
    if named is None and lx.SANCTIONS_NAMED.search(text, s.start, m.start()):
        named = idx  # r32: named in the sentence itself, before the package ("**Sanctions.** ... adopted their latest package")
    if named is None:
        return [], []  # an article that never names sanctions: "the next package" is anything
    said = lx.SANCTIONS_NAMED.search(text, sents[named].start, sents[named].end)
    return [(DiplomacyKind.sanctions, m)], targets_of(sents[named], said) if said else []


def package_targets(text: str, sents: list[Sentence], idx: int, cue: re.Match[str],
                    targets_of: Callable[[Sentence, re.Match[str]], list[str]]) -> list[str]:
    """The target of a package told without one ("approved the 25th package on Monday"): the
    target of the nearest sentence that names sanctions (before it, else after it)."""
    if not any(m.start() < cue.end() and cue.start() < m.end() for m in _MEASURE_ANAPHOR.finditer(text, cue.start(), cue.end())):
        return []
    named = _named_before(text, sents, idx, idx)
    named = _named_after(text, sents, idx, len(sents)) if named is None else named
    said = lx.SANCTIONS_NAMED.search(text, sents[named].start, sents[named].end) if named is not None else None
    return targets_of(sents[named], said) if named is not None and said else []


def _measure_anaphor(text: str, s: Sentence) -> re.Match[str] | None:
    """"the 24th package", "a fresh round of restrictions", "matching measures", unless an aid
    package is meant ("the next package for Ukraine", "a new package of military aid")."""
    if _AID_WORDS.search(text, s.start, s.end):
        return None  # "the new package, worth €300m, includes air defence": aid
    return next((m for m in _MEASURE_ANAPHOR.finditer(text, s.start, s.end)
                 if not _AID_AFTER.match(text, m.end(), s.end) and not _told_before(text, s, m)), None)


# "the new package", "the latest package": the package the article has told already.
_BOLD_HEADING = re.compile(r"\*\*[^*\n]{1,120}?\*\*")
_THE_TOLD = {"new", "latest"}
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$|[a-z]+(?:teenth|tieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$", re.I)


def _told_before(text: str, s: Sentence, m: re.Match[str]) -> bool:
    """The package is one the article told before: "the new package" after sanctions were named,
    "the 19th package" again; "the next package", "a fresh round" are new ones."""
    word = m.group(0).split()[0].lower()
    if word in _THE_TOLD:  # (r32: a bold heading that names them, "**Sanctions.**", told no package)
        heads = [h.span() for h in _BOLD_HEADING.finditer(text, 0, s.start)]
        return any(not any(a <= n.start() < b for a, b in heads) for n in lx.SANCTIONS_NAMED.finditer(text, 0, s.start))
    return bool(_ORDINAL.match(word)) and re.search(rf"\b{re.escape(word)}\b", text[:s.start], re.I) is not None


def _named_before(text: str, sents: list[Sentence], idx: int, reach: int) -> int | None:
    return next((j for j in range(idx - 1, max(-1, idx - 1 - reach), -1)
                 if lx.SANCTIONS_NAMED.search(text, sents[j].start, sents[j].end)), None)


def _named_after(text: str, sents: list[Sentence], idx: int, reach: int) -> int | None:
    return next((j for j in range(idx + 1, min(len(sents), idx + 1 + reach))
                 if lx.SANCTIONS_NAMED.search(text, sents[j].start, sents[j].end)), None)
