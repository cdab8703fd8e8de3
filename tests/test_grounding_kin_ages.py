"""Children told as coordinated kin or child nouns with their ages (dev13 class A2): "five hurt,
among them twin brothers aged 8", "including a mother and her daughter, aged 41 and 10", "a boy
and his sister, 13 and 6": the children count is the persons whose age is under 18, the role is the
casualty count the aside stands in. Adult ages, or kin who are not among the casualties, are no
children. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft


def _children(text: str, field: str, value: int) -> int | None:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "artillery", "places": ["Nikopol"],
                                                      field: value, "evidence": [text]}]})
    records = draft_to_records(draft, text, published=dt.date(2027, 5, 6)).attacks
    got = getattr(records[0], field) if records else None
    return got.value if got else None


@pytest.mark.parametrize("text,field,value", [
    ("Shelling wounded five people in Nikopol, among them twin brothers aged 8.", "children_injured", 2),
    ("Three residents of Nikopol were hurt, including a mother and her daughter, aged 41 and 10.", "children_injured", 1),
    ("Four people were injured in Nikopol, including a sister and brother, ages 15 and 12.", "children_injured", 2),
    ("Two of the injured in Nikopol are a boy and his sister, 13 and 6, who were in the yard.", "children_injured", 2),
    ("A drone strike on Nikopol killed three people, including a grandmother and her two grandsons, aged 70, 9 and 4.",
     "children_killed", 2),
    ("Six people were wounded in Nikopol, including a son and a daughter aged 7 and 11 and their father.",
     "children_injured", 2),
    ("Two people died in Nikopol: siblings aged 14 and 16.", "children_killed", 2),
    ("Seven civilians were injured in the shelling of Nikopol, among them a girl and her cousin, aged 5 and 9.",
     "children_injured", 2),
    ("Nikopol: shelling wounded three, including a niece and nephew of the mayor, 10 and 12.", "children_injured", 2),
    ("A brother and sister, aged 9 and 12, were injured when a shell hit their house in Nikopol.", "children_injured", 2),
    ("A strike on Nikopol killed four people, among them his daughters, 5 and 8.", "children_killed", 2),
    ("Shelling wounded four in Nikopol, among them 9-year-old twins.", "children_injured", 2),
    ("Shelling wounded six in Nikopol, including 7- and 15-year-old brothers.", "children_injured", 2),
])
def test_kin_with_ages_under_18_in_a_casualty_aside_are_children(text, field, value):
    assert _children(text, field, value) == value


@pytest.mark.parametrize("text,field,value", [
    ("Among the wounded in Nikopol was a brother of the mayor, aged 52.", "children_injured", 1),
    ("Shelling wounded two in Nikopol. Her son and daughter, 30 and 27, were unhurt.", "children_injured", 2),
    ("Shelling wounded two in Nikopol, including two cousins, 19 and 24.", "children_injured", 2),
    ("Shelling wounded five people in Nikopol, among them twin brothers aged 8.", "children_killed", 2),
    ("Shelling wounded two people in Nikopol; their grandchildren, aged 6 and 9, were with neighbours.",
     "children_injured", 2),
    ("Three residents of Nikopol were hurt, including a mother and her daughter, aged 41 and 10.", "children_injured", 2),
    ("Shelling wounded six in Nikopol, including 17- and 19-year-old brothers.", "children_injured", 2),
    ("Shelling wounded six in Nikopol; their 9-year-old twins were at school.", "children_injured", 2),
])
def test_adult_kin_or_kin_outside_the_casualties_are_no_children(text, field, value):
    assert _children(text, field, value) is None
