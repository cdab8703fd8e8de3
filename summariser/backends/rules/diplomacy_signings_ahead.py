"""A signing still ahead told beside a gathering (r20, dev37 D2): "Nordic ministers gathering in Oslo next
week are set to ink a joint pact with Kyiv", "Latvia and Finland are set to ink separate security
deals with Ukraine at the Riga summit". The signing is an agreement record of its own beside the
gathering (codebook 16); two or more signers that each sign their own document ("their own /
separate / respective deals with Kyiv") make one record each, with the counterpart. The modal words
and markers are data (`cues/diplomacy_sequence.yaml`)."""

from __future__ import annotations

import re
from typing import Any

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence
from .participants import participants_of

Cue = tuple[DiplomacyKind, re.Match[str]]

_GATHERINGS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks}
# the modal right before the signing verb (a word of degree may stand between: "are also due to")
_AHEAD = re.compile(rf"\b(?:{cues.alternation('diplomacy_sequence', 'signing_ahead_modals')})\s+$", re.I)
# "is not expected to sign", "will never sign", "will one day sign": no signing ahead
_NOT = re.compile(r"\b(?:not|never|no\s+longer|n['’]t)\b|\bone\s+day\s+$", re.I)
_OWN = re.compile(rf"\b(?:{cues.alternation('diplomacy_sequence', 'own_signing_markers')})\b", re.I)
_REACH = 45  # how far before the signing verb its modal may stand


def signing_ahead(text: str, s: Sentence, cues_: list[Cue], primary: Cue) -> Cue | None:
    """The agreement cue of a signing still ahead told beside the gathering that is the sentence's
    event ("…gathering in Oslo are set to ink a pact with…", "are set to ink deals at the summit"),
    to be a record of its own; else None."""
    if primary[0] not in _GATHERINGS:
        return None
    gathered = primary[1]
    signed = next((c for k, c in cues_ if k is DiplomacyKind.agreement
                   and (c.start() >= gathered.end() or c.end() <= gathered.start())), None)
    return (DiplomacyKind.agreement, signed) if signed is not None and _ahead(text, s, signed) else None


def _ahead(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    lo = max(s.start, cue.start() - _REACH)
    modal = _AHEAD.search(text, lo, cue.start())
    return modal is not None and not _NOT.search(text, lo, cue.start())


def own_signings(ctx: Any, s: Sentence, cue: re.Match[str], rec: Diplomacy) -> list[Diplomacy]:
    """"A and B expect to sign their own agreements with Kyiv": one agreement of each signer with the
    counterpart (the signers named before the signing verb, the counterpart after it); [] unless
    the sentence says each signs its own, names two signers or more and a counterpart besides."""
    if rec.kind is not DiplomacyKind.agreement or not _OWN.search(text := ctx.text, cue.start(), cue.end()):
        return []
    signers = participants_of(text, Sentence(s.start, cue.start(), text[s.start:cue.start()]), ctx.people, ctx.actors())
    others = [p for p in participants_of(text, Sentence(cue.end(), s.end, text[cue.end():s.end]), ctx.people, ctx.actors())
              if p not in signers]
    if len(signers) < 2 or not others:
        return []
    return [rec.model_copy(update={"participants": [signer, *others]}) for signer in signers]


# r21 (classes_dev40 D5): a signing joined to a trip under the trip's modal ("is expected to visit Doha on
# Tuesday and to ink a fisheries pact with Norway"): the conjunct right before the signing verb
# (diplomacy_visits.yaml `signing_conjuncts`), the modal before the trip's verb.
_CONJUNCT = re.compile(rf"(?:{cues.alternation('diplomacy_visits', 'signing_conjuncts')})$", re.I)
_TRIP_AHEAD = re.compile(rf"\b(?:{cues.alternation('diplomacy_sequence', 'signing_ahead_modals')})\s+(?:[\w'’-]+\s+){{0,2}}?$", re.I)
# the signing's object is a guest book or a visitors' book, not a document between parties
_NO_DOCUMENT = re.compile(r"\s+(?:an?\s+|the\s+)?(?:guest|visitors['’]?|condolence|memorial)\s+book\b", re.I)


def signing_beside_trip(text: str, s: Sentence, visit: re.Match[str], signed: re.Match[str]) -> bool:
    """A signing still ahead coordinated with the trip under one modal: the trip's verb after a modal
    ("is expected to visit", "is due in"), the signing verb after a conjunct of the trip's clause."""
    if signed.start() < visit.end() or _NO_DOCUMENT.match(text, signed.start() + len(signed.group(0).split()[0])):
        return False
    ahead = _TRIP_AHEAD.search(text, max(s.start, visit.start() - 40), visit.start()) is not None \
        or re.match(r"(?:is|are)\s+(?:expected|due|set)\b", visit.group(0), re.I) is not None
    return ahead and not _NOT.search(text, max(s.start, visit.start() - 40), visit.start()) \
        and _CONJUNCT.search(text, visit.end(), signed.start()) is not None
