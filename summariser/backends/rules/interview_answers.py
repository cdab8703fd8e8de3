"""The answers of a Q&A interview told about strikes (dev27 B4): bold questions alternating with plain
answers, under a title and an intro that name the interviewee's city ("Sumy's mayor on the night",
"X, mayor of Sumy, spoke to us"). An answer that tells a strike with no day of its own tells the day
its question asks about ("**What happened on Tuesday night?** Drones hit the rail yard ..."); "here",
"our city" in an answer is the interviewee's city. The layout is the one `diplomacy_interview` reads
(bold question lines, at least two, one of them asking); a remembered strike the answer dates itself
("On the night of 4 May a missile hit a school here") keeps its own day."""

from __future__ import annotations

import datetime as dt

from ... import lexicon as lx
from ...dates import find_date
from ...knowledge import cues
from .city_heads import one_city
from .common import Facts, PlaceHit
from .diplomacy_interview import question_spans

_HERE = cues.pattern("locative", "interviewee_here")


def read_answers(text: str, facts: list[Facts], published: dt.date | None) -> None:
    """Date each undated answer sentence by its question's day, and place each placeless strike told
    "here" in the interviewee's city."""
    questions = question_spans(text)
    if not questions:
        return
    city = one_city(text, 0, questions[0][0])
    for f in facts:
        asked = [q for q in questions if q[1] <= f.sent.start]
        if not asked:
            continue  # the title and the intro
        q = asked[-1]
        day = find_date(text, q[0], q[1], published) if f.date is None else None
        if day is not None and day.start is not None:
            f.date = day
        here = _HERE.search(text, f.sent.start, f.sent.end) if city is not None and not f.places else None
        if here is not None and city is not None and f.attack_vocab:
            f.places = [PlaceHit(city, here.start(), here.end())]
