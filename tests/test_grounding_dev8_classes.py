"""The dev8 loss classes, each in general form with fresh sentences: a kept implied value and a
refused invented one per phrasing."""

from __future__ import annotations

import pytest

from summariser.evaluate.fields import count_exact, count_relaxed
from summariser.grounding import count_support
from summariser.records import Count


# --------------------------------------------------------------------------- scorer: explicit nils


def test_a_predicted_nil_that_gold_leaves_out_is_not_scored():
    # the codebook codes figures, not nils: "nobody was hurt" coded as 0 is no wrong value
    assert count_exact(None, Count(value=0)) is None
    assert count_relaxed(None, Count(value=0)) is None


def test_a_non_zero_count_gold_leaves_out_stays_wrong():
    assert count_exact(None, Count(value=1)) is False
    assert count_relaxed(None, Count(value=3)) is False


def test_a_predicted_nil_against_a_gold_figure_stays_wrong():
    assert count_exact(Count(value=4), Count(value=0)) is False
    assert count_exact(Count(value=0), None) is False


# --------------------------------------------------------------------------- counts


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# (sentence, field, the stated value) — a bare number after a participle, a preposition next
BARE_AFTER_PARTICIPLE = [
    ("Drones hit Odesa overnight, killing three people and wounding 17 in an attack that cut power.", "injured", 17),
    ("Russia shelled Nikopol, killing two and injuring 17 in a strike on the market.", "injured", 17),
    ("The raid killed one man and wounded 17 during the evening rush hour.", "injured", 17),
    ("A missile struck the port, leaving one dead and injuring 17 at the terminal.", "injured", 17),
]


@pytest.mark.parametrize("text, field, value", BARE_AFTER_PARTICIPLE)
def test_a_bare_number_before_a_preposition_is_counted_by_its_participle(text, field, value):
    assert _kept(value, field, text)
    assert not _kept(value + 3, field, text)  # an invented figure stays refused


def test_a_number_before_an_event_noun_still_counts_events():
    # "in one attack" counts attacks: the preposition stop is only straight after the number
    text = "Nine people have been killed in two attacks on the city this week."
    assert not _kept(2, "killed", text)


# the verb of an interception in quotation marks
QUOTED_CUE = [
    'The ministry said 57 drones had been "intercepted and destroyed" over the regions.',
    "According to the army, 57 drones were \u201cshot down\u201d overnight.",
    "The defence ministry said 57 Ukrainian drones were 'destroyed' above the border.",
]


@pytest.mark.parametrize("text", QUOTED_CUE)
def test_an_interception_verb_in_quotation_marks_still_cues_its_number(text):
    assert _kept(57, "intercepted", text)
    assert not _kept(60, "intercepted", text)
    assert not _kept(57, "launched", text)
