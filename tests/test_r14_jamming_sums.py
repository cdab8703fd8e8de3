"""Round 14 (2 December, afternoon), codebook rule 3: one wave's separate figures for weapons shot down
and for weapons jammed or suppressed by electronic warfare are summed into `intercepted`, on the
rules path and in grounding (a model's summed figure is accepted). A figure only lost from radar or
that did not reach its target, with no defender named, is not added; one combined figure stays.
Fresh sentences, written for these tests."""

from __future__ import annotations

import pytest

from tests.test_r14_counts import _grounded, _weapons

_SUMMED = [
    ("Russia sent 90 drones against Ukraine overnight. Of the 90 drones, 47 were shot down and 26 were "
     "suppressed by electronic warfare.", 73),
    ("Russia launched 64 drones at Ukraine overnight; air defence downed 23 and electronic warfare diverted "
     "14 more.", 37),
    ("Russia launched 50 drones at Ukraine overnight; 31 were jammed and 12 shot down, the air force said.", 43),
    ("Overnight Russia fired 120 Shahed drones at Ukraine: mobile fire groups destroyed 71 of them, while "
     "EW units neutralised 33.", 104),
    ("Russia attacked Ukraine with 45 drones overnight; forty were shot down and three were jammed.", 43),
    ("Russia will have launched 38 drones at Ukraine overnight; 20 were downed by gunners and 11 were "
     "suppressed by EW means.", 31),
]


@pytest.mark.parametrize("text,total", _SUMMED)
def test_rules_sum_shot_down_and_jammed(text, total):
    assert [[w[2] for w in ws] for ws in _weapons(text)] == [[total]]


@pytest.mark.parametrize("text,total", _SUMMED[:4])
def test_grounding_accepts_the_sum(text, total):
    weapons = [{"type": "drone", "intercepted": total}]
    assert _grounded(text, weapons=weapons)[3][0][2] == total


@pytest.mark.parametrize("text,intercepted", [
    ("Russia launched 50 drones at Ukraine overnight; 30 were shot down and 9 were lost from radar.", 30),
    ("Russia launched 50 drones at Ukraine overnight; 30 were shot down and 9 did not reach their targets.", 30),
    ("Russia launched 75 drones at Ukraine overnight; 58 were downed or jammed.", 58),
    ("Russia launched 61 drones at Ukraine overnight; 40 were shot down and 12 failed to reach their targets.", 40),
])
def test_no_sum_without_a_jamming_figure(text, intercepted):
    assert [[w[2] for w in ws] for ws in _weapons(text)] == [[intercepted]]


def test_grounding_refuses_a_sum_with_a_lost_figure():
    text = "Russia launched 50 drones at Ukraine overnight; 30 were shot down and 9 were lost from radar."
    assert _grounded(text, weapons=[{"type": "drone", "intercepted": 39}])[3][0][2] is None


def test_the_sum_is_a_number_the_article_gives():
    from summariser.grounding.derived import implied_values

    assert 37 in implied_values("Air defence downed 23 drones and electronic warfare diverted 14 more.")
    assert 39 not in implied_values("Gunners shot down 30 drones and 9 were lost from radar.")
