"""A toll told as the subject of a verb of measure, its number after the verb (round 16, dev29 C1).

"The number of civilians killed when a missile struck the X district on 12 May has climbed to 11"
names its toll before a noun phrase too long for the lexicon's toll readers, and "the number
killed ... rose to eight", "the number of those wounded now stands at 22" name it with no noun
they know. Such a figure is the strike's toll (the first figure an article gives is coded,
codebook 6); told after a first figure it is an update (`Facts.update`), which keeps the first.
A toll a source "put at" a figure, in a sentence that names no place ("by noon the governor put the
toll at 11"), is such an update too: the strike told before keeps its first figure, and
the sentence opens no record of its own. Vocabulary: knowledge/data/cues/subject_tolls.yaml."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...numbers import NumberMention, is_count_like
from .common import CountHit, Facts, count_of

_SUBJECT = cues.pattern("subject_tolls", "toll_subjects")
_MEASURE_END = cues.regex("subject_tolls", "measure_verbs", r"\s+(?:(?:at\s+least|some|about|around|nearly)\s+)?$")
_PUT = cues.pattern("subject_tolls", "toll_put")
_INJURY = re.compile(r"wounded|injured|hurt|injuries", re.I)
_GAP = 240  # the subject's noun phrase: a relative clause with a place and a day fits


def read_subject_tolls(text: str, f: Facts, numbers: list[NumberMention], used: set[int]) -> None:
    """Add the toll a subject noun phrase tells, and mark a toll a source put at a figure as an update."""
    s = f.sent
    if _PUT.search(text, s.start, s.end) and not (f.places or f.districts):
        f.update = True  # a place named: that place's toll, read as before (dev15, measured)
    for m in numbers:
        if m.start in used or m.value == 0 or not is_count_like(text, m):
            continue
        before = text[max(s.start, m.start - _GAP):m.start]
        if not _MEASURE_END.search(before):
            continue
        subject = None
        for subject in _SUBJECT.finditer(before):
            pass
        if subject is None or re.search(r"[;!?]|\.\s", before[subject.end():]):
            continue
        field = "injured" if _INJURY.search(subject.group(0)) else "killed"
        if any(c.field == field and c.count.value >= m.value for c in f.counts):
            continue  # the sentence reads that toll already
        # (r30: a smaller figure of the same field is a part the toll sums up: "the death toll has risen to
        # seven after rescuers recovered a man's body")
        f.counts = [c for c in f.counts if c.field != field]
        f.counts.append(CountHit(field, count_of(text, m)))
        used.add(m.start)
        f.update = True
