"""dev19's LLM-path loss classes (round 19), each in general form with fresh sentences written
for this file (several phrasings, places and numbers per class, and negatives that must not change):

- A5 (broadens dev18 A1): a family where only one member is given an age, in any form (", 9 years
  old,", ", aged 9,", "(9)", ", 9,", ", nine years old,"): that member is a child when under 18,
  and the aside is transparent between the family and its casualty cue;
"""

from __future__ import annotations

import pytest

from summariser.grounding import count_support


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# --------------------------------------------------------------------------- A5: one member aged

ONE_MEMBER_AGED = [  # (sentence, field, count)
    ("A 67-year-old woman and her grandson, 9 years old, were injured in Rylsk.", "children_injured", 1),
    ("A 67-year-old woman and her grandson, 9 years old, were injured in Rylsk.", "injured", 2),
    ("A 54-year-old man and his daughter, 7 years old, were wounded by glass in Kupiansk.", "children_injured", 1),
    ("An elderly woman and her granddaughter, aged 12, were hurt when the roof collapsed.", "children_injured", 1),
    ("Injured were a 40-year-old mother and her son (5).", "children_injured", 1),
    ("A woman and her nephew, 11, were injured in Shebekino.", "children_injured", 1),
    ("A pensioner and her grandson, aged nine, were wounded when a drone hit the yard.", "children_injured", 1),
    ("A woman and her daughter, 4 years old, were killed in the strike on Hlukhiv.", "children_killed", 1),
    ("A 71-year-old man and his granddaughter, eleven years old, were wounded in Nikopol.", "children_injured", 1),
    ("A driver was killed, and a woman and her son, 8 years old, were hurt in Sumy.", "injured", 2),
    ("A driver was killed, and a woman and her son, 8 years old, were hurt in Sumy.", "children_injured", 1),
]


@pytest.mark.parametrize("text, field, value", ONE_MEMBER_AGED)
def test_a_family_with_one_member_aged_counts_its_child(text, field, value):
    assert _kept(value, field, text)


NOT_A_CHILD_MEMBER = [  # (sentence, field, value that must not be read)
    ("A woman and her son, 23 years old, were injured.", "children_injured", 1),
    ("A man and his son, thirty years old, were wounded in Nikopol.", "children_injured", 1),
    ("A man whose daughter, 8, was at school was injured.", "children_injured", 1),
    ("A 67-year-old woman and her grandson, 9 years old, were injured in Rylsk.", "injured", 9),
]


@pytest.mark.parametrize("text, field, value", NOT_A_CHILD_MEMBER)
def test_an_adult_or_absent_member_is_no_child(text, field, value):
    assert not _kept(value, field, text)
