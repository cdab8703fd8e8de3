"""A topic fragment names the place of the strike told right after it (r30, dev52): a live blog's
update opens "Back to Odesa. A drone struck a grain warehouse near the harbour ...", a digest's item
"Back to Kharkiv: a guided bomb fell on ...". The fragment tells no strike and has no verb, so the
strike sentence, which names no place, would otherwise fall to the last record told (the night's
country total). The fragment's openers live in `cues/locative.yaml` (`topic_fragment_openers`).

A day told as the subject of its own sentence dates the strike told right after it the same way
("Friday proved the worst day. Shells rained on the town from dawn ...",
"Tuesday brought no respite. Shells hit ...", r49: "On the night of 3 May it was X's turn"): a story of several
days tells each in its paragraph."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...calendar_days import WD
from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts, PlaceHit

# the fragment, after an update's time stamp ("**14:05 CET** Back to Odesa."; the lexicon's `LIVE_STAMP`)
_FRAGMENT = re.compile(
    rf"^\s*(?:{lx.LIVE_STAMP.pattern})?\s*(?:{cues.alternation('locative', 'topic_fragment_openers')})\s+(?:the\s+)?[^.:;,]{{2,40}}?\s*[.:]\s*$",
    re.I)


def place_of_topic_fragment(f: Facts, before: Facts | None) -> None:
    """Give a placeless strike sentence the one place of the fragment right before it."""
    if f.places or not f.attack_vocab or before is None or before.idx != f.idx - 1 or before.attack_vocab:
        return
    if not _FRAGMENT.match(before.sent.text):
        return
    _take_one_place(f, before)


def _take_one_place(f: Facts, before: Facts) -> None:
    """The one town or region the sentence before names, as the place of `f`."""
    named = [p for p in before.places if p.place.level in (LocationLevel.city, LocationLevel.region)]
    if len(named) == 1:
        f.places = [PlaceHit(named[0].place, named[0].start, named[0].end)]


# r49: a day that was another place's turn ("On the night of 3 May it was the turn of the crews in X.
# A missile set a building on fire"): the strike told next is that day's
_TURN = re.compile(r"\bit\s+was\s+(?:[\w'’-]+\s+){0,5}?turn\b|\bcame\s+the\s+turn\b", re.I)
# "Friday proved the worst day", "Tuesday brought no respite", "Monday saw more shelling"
_DAY_SUBJECT = re.compile(rf"^\W*(?P<wd>{WD})(?:\s+(?:night|morning|afternoon|evening))?\s+"
                          r"(?:was|had\s+been|brought|saw|proved|turned\s+out)\b", re.I)


def day_of_topic_sentence(f: Facts, before: Facts | None) -> None:
    """Give an undated strike sentence the day the sentence right before tells as its subject."""
    if f.date is not None or not f.attack_vocab or before is None or before.idx != f.idx - 1 or before.date is None:
        return
    turn = _TURN.search(before.sent.text) is not None
    if not (_DAY_SUBJECT.match(before.sent.text) or turn and not before.attack_vocab):
        return
    f.date, f.day_subject = before.date, True
    if turn and not f.places:
        _take_one_place(f, before)  # "it was X's turn": that town
