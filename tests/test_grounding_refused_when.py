"""An attack whose model date is refused is dated from its own evidence sentence (dev13 class A4):
the date phrase there ("early on Friday", "on the night of 11 June", "that same night" after a
dated paragraph), resolved as the rules backend reads it, support `inferred`; the refused value is
never kept, and a sentence with no date phrase leaves the record undated. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.records import Support

PUBLISHED = dt.date(2027, 5, 7)  # a Friday


def _dated(text: str, evidence: str, when: str):
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": ["Kstovo"],
                                                      "evidence": [evidence], "when": when}]})
    got = draft_to_records(draft, text, published=PUBLISHED)
    assert got.attacks, got.rejected
    return got.attacks[0]


FIRST = ("Overnight into Wednesday 5 May, drones struck a refinery in Kstovo, the governor said.\n\n")
DATED_FROM_THE_SENTENCE = [
    (FIRST + "That night drones also reached an oil depot near Kstovo.", "That night drones also reached an oil depot",
     "Thursday 6 May", dt.date(2027, 5, 5)),
    (FIRST + "The same night, debris hit a substation near Kstovo.", "debris hit a substation near Kstovo",
     "2027-05-06", dt.date(2027, 5, 5)),
    ("Early on Friday a drone hit a warehouse in Kstovo, officials said.", "a drone hit a warehouse in Kstovo",
     "2027-05-08T00:00Z", dt.date(2027, 5, 7)),
    ("On the night of 3 May, debris damaged a substation near Kstovo.", "debris damaged a substation near Kstovo",
     "yesterday", dt.date(2027, 5, 3)),
    ("A drone hit a fuel tank in Kstovo on Tuesday, the regional governor said.", "A drone hit a fuel tank in Kstovo",
     "Monday 3 May", dt.date(2027, 5, 4)),
    ("Drones attacked the port of Kstovo on 2 May, local officials reported.", "Drones attacked the port of Kstovo",
     "1 May", dt.date(2027, 5, 2)),
    ("Late on Wednesday evening a drone struck a depot in Kstovo.", "a drone struck a depot in Kstovo",
     "on Tuesday evening", dt.date(2027, 5, 5)),
    (FIRST + "Later that night a second wave hit a pumping station near Kstovo.", "a second wave hit a pumping station",
     "the following night", dt.date(2027, 5, 5)),
]


@pytest.mark.parametrize("text, evidence, when, day", DATED_FROM_THE_SENTENCE)
def test_a_refused_model_date_falls_back_to_the_evidence_sentence(text, evidence, when, day):
    record = _dated(text, evidence, when)
    assert record.date is not None and record.date.end == day
    assert record.support.get("date") is Support.inferred


NO_DATE_THERE = [
    ("A drone hit a warehouse in Kstovo, officials said.", "A drone hit a warehouse in Kstovo", "2027-05-08T00:00Z"),
    ("Debris damaged a substation near Kstovo, the governor wrote.", "Debris damaged a substation near Kstovo", "yesterday"),
]


@pytest.mark.parametrize("text, evidence, when", NO_DATE_THERE)
def test_a_refused_model_date_with_no_date_in_the_sentence_stays_undated(text, evidence, when):
    assert _dated(text, evidence, when).date is None


def test_a_model_date_that_holds_keeps_its_stated_support():
    record = _dated("A drone hit a fuel tank in Kstovo on Tuesday.", "A drone hit a fuel tank in Kstovo", "on Tuesday")
    assert record.date is not None and record.date.end == dt.date(2027, 5, 4)
    assert record.support.get("date") is Support.stated
