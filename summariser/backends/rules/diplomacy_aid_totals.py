"""Aid cues that tell no decision (round 19): a running total (dev36 D7, dev35 D8: "Ottawa has so far
pledged $4bn to Kyiv", "comes on top of €700m of military aid already pledged", read by
lexicon `running_aid_total`), and aid that is the object of a charge (dev35 D6: "blamed the allies' weapons
shipments for prolonging the war", "accused the allies of supplying Kyiv with drones"). An accusation
in one clause keeps a decision told in a coordinated clause with its own verb ("accused Moscow of
stalling, and on Friday approved a new arms package")."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_modality import clause_start

# an accusation verb (the one list the attack side reads too: nonstrike.yaml `accusation_verbs`),
# then a few words, an optional link ("of", "for"), and the aid cue, in one clause
_ACCUSED_BEFORE = re.compile(
    rf"\b(?:{cues.alternation('nonstrike', 'accusation_verbs')})\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"(?:(?:{cues.alternation('nonstrike', 'accusation_links')})\s+)?(?:the\s+)?$", re.I)


def aid_total(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The aid cue tells a running total, not a decision."""
    return kind is DiplomacyKind.military_aid and lx.running_aid_total(text, s.start, s.end, cue.start(), cue.end())


def accused_aid(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The aid cue is what a speaker blames or accuses someone of, in the cue's own clause."""
    if kind is not DiplomacyKind.military_aid:
        return False
    lo = clause_start(text, max(s.start, cue.start() - 120), cue.start())
    before = _ACCUSED_BEFORE.search(text, lo, cue.start())
    return before is not None and not lx.OWN_VERB_GAP.search(text, before.start(), cue.end())
