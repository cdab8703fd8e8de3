"""Round 14 (2 December, afternoon): the ages of the people counted, listed after a plural noun,
leave the count as the toll ("Two men, aged 44 and 52, were killed" is killed 2), on the rules path
and in grounding; the ages are no count. Fresh sentences, written for these tests."""

from __future__ import annotations

import pytest

from tests.test_r14_counts import _grounded, _tolls


@pytest.mark.parametrize("text,expected", [
    ("A missile hit Kramatorsk on Monday. Two men, aged 47 and 58, were killed.", (2, None)),
    ("A missile hit Kramatorsk on Monday; two men aged 47 and 58 were killed.", (2, None)),
    ("Two women, 39 and 62, were killed when a drone hit Kherson on Tuesday.", (2, None)),
    ("A drone struck Nikopol on Sunday. Three women aged 64, 71 and 85 were injured.", (None, 3)),
    ("Shelling of Kherson on Friday wounded four pensioners, aged 66, 72, 79 and 90.", (None, 4)),
    ("Shelling of Kherson on Friday killed two residents, aged 51 and 63.", (2, None)),
    ("A glide bomb hit Kupiansk. Five people, aged 23, 30, 41, 56 and 77 years old, were hurt.", (None, 5)),
])
def test_ages_listed_after_the_noun_leave_the_count(text, expected):
    assert [t[:2] for t in _tolls(text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # one person with an age: no plural count to read
    ("A missile hit Kramatorsk on Monday. A man aged 58 was killed.", (1, None)),
    # children by their ages stay children
    ("A glide bomb hit Kupiansk. Two boys, aged 9 and 12, were wounded.", (None, 2)),
    # an age alone is never the toll
    ("A drone hit Sumy on Sunday; a woman, 81, was injured.", (None, 1)),
])
def test_near_misses(text, expected):
    assert [t[:2] for t in _tolls(text)] == [expected]


def test_grounding_accepts_the_count_before_the_ages():
    text = "A missile hit Kramatorsk on Monday. Two men, aged 47 and 58, were killed."
    assert _grounded(text, killed=2)[0] == 2
