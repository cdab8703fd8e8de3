"""Two reads a digest-style article needs, in fresh sentences: "overnight" told under a day
heading is the night before that section's day (not the publication day's), and a further
session of talks told as a "round" with no talks word is a diplomatic event. What must stay:
"overnight" with no heading is the night before publication; a remark that tells no event is
still refused.
"""

from __future__ import annotations

import datetime as dt

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.complete import resolve_when

SATURDAY = dt.date(2027, 5, 15)

DIGEST = (
    "Seven days in review, put together on Saturday.\n\n"
    "Tuesday\n"
    "Air defence units near Belgorod reported 19 drones destroyed overnight, the regional governor wrote.\n\n"
    "Thursday\n"
    "Negotiators from both capitals spent the day in Doha with Qatari mediators. A further round is "
    "expected before the end of June, an official close to the process said.\n"
)


def _at(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return (i, i + len(words))


def test_overnight_under_a_day_heading_is_the_night_before_that_day():
    found = resolve_when("overnight", SATURDAY, DIGEST, _at(DIGEST, "overnight"))
    assert (found.start, found.end) == (dt.date(2027, 5, 10), dt.date(2027, 5, 11))


def test_overnight_without_a_heading_is_the_night_before_publication():
    text = "Air defence units near Belgorod reported 19 drones destroyed overnight, the governor wrote."
    found = resolve_when("overnight", SATURDAY, text, _at(text, "overnight"))
    assert (found.start, found.end) == (dt.date(2027, 5, 14), dt.date(2027, 5, 15))


def test_an_explicit_weekday_under_a_heading_keeps_its_own_reading():
    text = "Thursday\nThe convoy was shelled on Monday near the depot, the police said.\n"
    found = resolve_when("on Monday", SATURDAY, text, _at(text, "on Monday"))
    assert found.start == dt.date(2027, 5, 10)


def _diplomacy(evidence: str) -> ArticleDraft:
    return ArticleDraft.model_validate({"diplomacy": [{
        "kind": "talks", "participants": ["Qatar"], "status": "planned", "when": "before the end of June",
        "evidence": [evidence]}]})


def test_a_further_round_is_a_diplomatic_event():
    draft = _diplomacy("A further round is expected before the end of June, an official close to the process said.")
    assert len(draft_to_records(draft, DIGEST, published=SATURDAY).diplomacy) == 1


def test_a_remark_with_no_event_word_is_still_refused():
    text = DIGEST + "The Qatari minister praised the calm spring weather in Doha.\n"
    got = draft_to_records(_diplomacy("The Qatari minister praised the calm spring weather in Doha."), text,
                           published=SATURDAY)
    assert not got.diplomacy and any("no diplomatic event" in r.reason for r in got.rejected)
