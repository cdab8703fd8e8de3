"""A staff summary's front-line content, which is no attack record (codebook rule 5, ruling of
1 December 2026): ground fighting ("the enemy attacked 23 times near X", "repelled 41
assaults") and the front-wide tally of strikes, bombs and drones ("used 3,000 kamikaze drones
against our positions and settlements", or told right after a count of combat clashes). A strike
on a named town in the same summary stays a strike."""

from __future__ import annotations

from ... import lexicon as lx
from ...records import LocationLevel
from .common import Facts

_LOCAL = (LocationLevel.city, LocationLevel.district, LocationLevel.site)


def drop_front_fighting(text: str, f: Facts) -> None:
    """Ground fighting without a toll adds no record; a front-wide tally with no town of its own
    loses its weapon counts and adds no record."""
    s = f.sent
    if not f.counts and lx.GROUND_FIGHTING.search(text, s.start, s.end):
        f.cumulative = True
        return
    if any(p.place.level in _LOCAL for p in f.places) or f.counts:
        return
    if lx.FRONT_WIDE.search(text, s.start, s.end) or _after_front_tally(text, f):
        f.counted_weapons = []
        f.cumulative = True


def _after_front_tally(text: str, f: Facts) -> bool:
    """The sentence continues a paragraph that opened on the day's combat clashes: its counts are
    the same front-wide tally ("167 combat clashes took place. The enemy carried out 58 air
    strikes ...")."""
    if not f.counted_weapons:
        return False
    para = text.rfind("\n\n", 0, f.sent.start) + 1
    return bool(lx.FRONT_TALLY.search(text, para, f.sent.start) or lx.GROUND_FIGHTING.search(text, para, f.sent.start))
