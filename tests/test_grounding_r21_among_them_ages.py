"""dev21 A4 on the LLM path: children counted as listed persons after a count in the sentence
before, framed by a pronoun ("Among them were ...", "They include ...", "Those hurt included ...")
with ages in the whole age family ("aged 7", "of 4", "(5)", "who is six", "now nine", "six years
old", "age 3"); adults, lists with no ages, and a count of another role fill nothing. Fresh
sentences of our own."""

from __future__ import annotations

import pytest

from summariser.grounding.counts import count_support


def _children(text: str, value: int, role: str) -> bool:
    return bool(count_support(value, f"children_{role}", text, (0, len(text))))


LISTS = [  # (text, children, role)
    ("Seven people were wounded in Kramatorsk. Among them were a girl aged 7 and her brother, who is six.", 2, "injured"),
    ("Seven people were wounded in Kramatorsk. Among them were a boy of 4 and his sister, now nine.", 2, "injured"),
    ("Nine civilians were hurt in Nikopol. They include a teenager, 15, and a woman of 60.", 1, "injured"),
    ("Two people died in the strike on Izium. Among them was a schoolgirl who was twelve.", 1, "killed"),
    ("Five residents were injured in Bilopillia. Among them are a boy six years old and his mother, 38.", 1, "injured"),
    ("Eleven people were hurt in Balakliia. Those hurt included a baby, age 1, and two pensioners.", 1, "injured"),
    ("Four people were killed in Pokrovsk. Among them were two sisters aged 8 and 11 and a cousin who was 16.", 3,
     "killed"),
    ("Six were wounded in Kherson overnight. Among those were a girl, 3, and a boy, 5.", 2, "injured"),
]


@pytest.mark.parametrize("text, value, role", LISTS)
def test_a_pronoun_framed_list_after_a_count_counts_its_children(text, value, role):
    assert _children(text, value, role)


NOT_CHILDREN = [  # (text, value, role)
    ("Seven people were wounded in Sumy. Among them were a nurse of 34 and her husband.", 1, "injured"),
    ("Seven people were wounded in Sumy. Among them were several local officials.", 1, "injured"),
    ("Seven people were wounded in Sumy. Among them were a girl aged 7 and her brother, who is six.", 2, "killed"),
    ("Three people were wounded in Sumy. The mayor, who was 9 minutes from the site, said they include a guard.", 1,
     "injured"),
    ("Two people were hurt in Sumy. Among them was a driver who was 60.", 1, "injured"),
]


@pytest.mark.parametrize("text, value, role", NOT_CHILDREN)
def test_adults_unaged_lists_or_another_role_count_no_children(text, value, role):
    assert not _children(text, value, role)
