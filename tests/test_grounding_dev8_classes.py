"""The dev8 loss classes, each in general form with fresh sentences: a kept implied value and a
refused invented one per phrasing."""

from __future__ import annotations

from summariser.evaluate.fields import count_exact, count_relaxed
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
