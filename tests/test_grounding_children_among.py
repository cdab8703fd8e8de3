"""Children told in a partitive by a plural age noun ("two of them 14-year-old girls", "three of
the injured were teenagers aged 15 to 17", "among the dead were two boys, 11 and 13") and a child
told singly in an "among the victims" frame ("Among the victims was a boy", "a teenage girl was
among those killed", "the dead included a 12-year-old"): children_killed / children_injured hold.
Adults with ages are no children. Fresh sentences (issue 13, LLM path)."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft


def _children(text: str, field: str, value: int) -> int | None:
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "artillery", "places": ["Kherson"],
                                                      field: value, "evidence": [text]}]})
    records = draft_to_records(draft, text, published=dt.date(2027, 4, 8)).attacks
    got = getattr(records[0], field) if records else None
    return got.value if got else None


PARTITIVES = [
    ("Shelling wounded six people in Kherson, two of them 14-year-old girls.", "children_injured", 2),
    ("Nine were hurt in Kherson; three of the injured were teenagers aged 15 to 17.", "children_injured", 3),
    ("A strike killed five in Kherson. Among the dead were two boys, 11 and 13.", "children_killed", 2),
    ("Shelling injured seven residents of Kherson, 3 of them teenagers aged 16.", "children_injured", 3),
    ("Four people died in Kherson, two of whom were 12-year-old twins.", "children_killed", 2),
    ("The dead in Kherson included two girls, aged 6 and 9, the governor said.", "children_killed", 2),
    ("Eight were wounded in Kherson, among them three schoolboys aged 12, 13 and 15.", "children_injured", 3),
    ("Among those hurt in Kherson were two sisters, 10 and 14.", "children_injured", 2),
    ("Shelling wounded six people in Kherson, 2 of them 16-year-olds.", "children_injured", 2),
    ("Shelling wounded six people in Kherson, two of them girls of 14.", "children_injured", 2),
]

SINGLES = [
    ("Shelling killed three people in Kherson. Among the victims was a boy.", "children_killed", 1),
    ("A teenage girl was among those killed in Kherson on Sunday.", "children_killed", 1),
    ("Four died in Kherson; the dead included a 12-year-old.", "children_killed", 1),
    ("Five residents of Kherson were wounded, and a child was among the injured.", "children_injured", 1),
    ("Among the wounded in Kherson is a 15-year-old girl, officials said.", "children_injured", 1),
    ("Six people were hurt in Kherson; among them was a baby.", "children_injured", 1),
    ("The injured in Kherson include a teenager, the regional head said.", "children_injured", 1),
    ("Two people were killed in Kherson, one of them a 9-year-old boy.", "children_killed", 1),
    ("Shelling wounded five in Kherson; a boy was among the victims.", "children_injured", 1),
    ("Three people were killed in Kherson. One of the victims was a little girl.", "children_killed", 1),
]

ADULTS = [
    ("Shelling wounded six people in Kherson, two of them 54-year-old women.", "children_injured", 2),
    ("A strike killed five in Kherson. Among the dead were two men, 41 and 63.", "children_killed", 2),
    ("Among the victims in Kherson was a 70-year-old man.", "children_killed", 1),
    ("Shelling wounded six people in Kherson, 2 of them 40-year-olds.", "children_injured", 2),
    ("The dead in Kherson included a doctor, the governor said.", "children_killed", 1),
    ("Shelling killed three people in Kherson. Among the victims was a nurse.", "children_killed", 1),
]


@pytest.mark.parametrize("text,field,value", PARTITIVES)
def test_children_by_a_plural_age_noun_in_a_partitive(text, field, value):
    assert _children(text, field, value) == value


@pytest.mark.parametrize("text,field,value", SINGLES)
def test_a_child_told_singly_among_the_victims(text, field, value):
    assert _children(text, field, value) == value


@pytest.mark.parametrize("text,field,value", ADULTS)
def test_adults_with_ages_are_no_children(text, field, value):
    assert _children(text, field, value) is None
