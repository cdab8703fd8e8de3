"""Round 13: people a toll is told by rather than counted (codebook 6: people described one by one
are counted; a child is under 18).
- dev23 D2: a part of the victim's circle or of those in a place ("wounding three of his
  neighbours", "six of the guests were hurt") is that many people;
- dev24 D3: a child described as the subject of the toll ("A 13-year-old was killed as the roof fell", "Two
  schoolboys died") is the toll too, unless the record states a figure for the role elsewhere; a
  child noun with its age after it ("a schoolboy aged 10", "a pupil of nine") is a child.
Fresh sentences."""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend


def _tolls(text: str) -> list[tuple[int | None, ...]]:
    article = make_article(text, published="2026-09-07")
    return [tuple(getattr(getattr(a, f), "value", None) for f in ("killed", "injured", "children_killed", "children_injured"))
            for a in grounding.enforce(RulesBackend(None).extract(article), article).attacks]


@pytest.mark.parametrize("text,expected", [
    ("A drone struck a home in Irpin overnight, killing a woman and wounding four of her neighbours.", (1, 4, None, None)),
    ("A missile struck a cafe in Odesa on Saturday. Seven of the guests were wounded, the governor said.",
     (None, 7, None, None)),
    ("A glide bomb hit a shop in Kupiansk, injuring three of the shoppers inside.", (None, 3, None, None)),
    ("Shelling hit a yard in Kherson on Sunday; two of his neighbors were killed.", (2, None, None, None)),
    ("A drone struck a wake in Sumy on Tuesday, injuring six of their family members.", (None, 6, None, None)),
    ("A shell landed near a school in Nikopol on Friday, wounding two of her classmates.", (None, 2, None, None)),
])
def test_a_part_of_a_circle_is_that_many_people(text, expected):
    assert _tolls(text) == [expected]


@pytest.mark.parametrize("text", [
    "A drone struck a home in Irpin overnight, and the windows of three neighbours' flats were blown out.",
    "A drone struck a home in Irpin overnight; two of his neighbours carried him to the car.",
    "A missile struck a cafe in Odesa on Saturday; four of the guests had left minutes earlier.",
])
def test_a_circle_not_harmed_is_no_toll(text):
    assert _tolls(text) == [(None, None, None, None)]


@pytest.mark.parametrize("text,expected", [
    ("A drone struck a home in Chernihiv overnight. A 13-year-old girl was killed when it struck her home.",
     (1, None, 1, None)),
    ("Shelling hit Kherson on Monday. Two schoolboys died and a woman was hurt, the governor said.", (2, 1, 2, None)),
    ("A drone killed a teenage boy in Kherson on Sunday, the governor said.", (1, None, 1, None)),
    ("Drones hit Irpin overnight, injuring seven people, among them a schoolboy aged 13.", (None, 7, None, 1)),
    ("A shell hit Nikopol on Monday, wounding four people, including a schoolgirl aged 12.", (None, 4, None, 1)),
    ("A missile hit Dnipro on Friday, killing three people, among them a pupil of nine.", (3, None, 1, None)),
    ("Three children were wounded when a shell hit a playground in Kherson on Saturday.", (None, 3, None, 3)),
    # a fronted "among the wounded was <noun> aged N": the age after the noun tells the child
    ("Drones hit Brovary on Friday, injuring eight people. Among the wounded was a schoolgirl aged 12.", (None, 8, None, 1)),
    ("Shelling hit Kherson on Monday, wounding three. Among the injured is a pupil aged 8.", (None, 3, None, 1)),
])
def test_a_child_described_is_counted(text, expected):
    assert _tolls(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # a plural toll told here wins over the description
    ("A drone hit Sumy overnight, killing four, among them a girl of 7.", (4, None, 1, None)),
    # a stated total elsewhere wins, before or after
    ("Three people were killed in Kherson on Sunday. A 15-year-old boy was killed when the shell hit his yard.",
     (3, None, 1, None)),
    ("A 15-year-old boy was killed when the shell hit his yard in Kherson on Sunday. In all, three people died "
     "in the city.", (3, None, 1, None)),
    # an adult's age is no child
    ("A missile hit Dnipro on Friday, killing three people, among them a man of 70.", (3, None, None, None)),
    ("A missile hit Dnipro on Friday, injuring four people. Among the wounded was a woman aged 45.", (None, 4, None, None)),
])
def test_a_stated_total_or_an_adult_age_wins(text, expected):
    assert _tolls(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # children told in the sentence after their toll, opened by "among them"
    ("Drones hit Brovary overnight, hurting nine people. Among them are three children.", (None, 9, None, 3)),
    ("Drones hit Irpin on Sunday, wounding six people. Among them is a 9-year-old girl.", (None, 6, None, 1)),
    ("A missile hit Uman on Sunday, killing four people. Among them was a schoolgirl aged 13.", (4, None, 1, None)),
    ("Shelling hit Kherson on Monday, wounding three. Among them, a pupil of nine.", (None, 3, None, 1)),
])
def test_children_told_after_their_toll(text, expected):
    assert _tolls(text) == [expected]


@pytest.mark.parametrize("text", [
    # the people before are no toll: evacuated, rescued
    "Rescuers evacuated 40 residents from a block in Bucha after a drone strike. Among them were two children.",
    "A drone hit a block in Bucha overnight; 30 people were moved to a shelter. Among them were five children.",
])
def test_children_among_people_not_harmed_are_no_toll(text):
    assert all(ck is None and ci is None for _, _, ck, ci in _tolls(text))

