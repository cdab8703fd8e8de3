"""A toll told as a list of people named by a possessive or "the" ("killing a woman, her husband
and their neighbour", "injuring the driver and two passengers"): the list's length is the count
(`grounding/groups.py`), and the draft validator does not ask the model again for it. Fresh
sentences; a list with a plural and no number states no total."""

from __future__ import annotations

import pytest

from summariser.backends.llm import stated_values
from summariser.grounding import count_support


def _read(value: int, field: str, text: str) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


@pytest.mark.parametrize("text,field,value", [
    ("A shell hit a bus stop in Nikopol, killing a woman, her husband and their neighbour.", "killed", 3),
    ("The drone struck a van near Sudzha, injuring the driver and two passengers.", "injured", 3),
    ("Shrapnel wounded the guard, his son and a passer-by outside the depot.", "injured", 3),
    ("Killed in the strike were a teacher and her two daughters, officials said.", "killed", 3),
    ("The blast injured a medic, the driver and his two sons at the station.", "injured", 4),
    ("A rocket struck a clinic in Nizhyn, injuring a doctor and three patients.", "injured", 4),
    ("A rocket struck a clinic in Nizhyn, injuring a doctor, a nurse and an 80-year-old patient.", "injured", 3),
])
def test_a_list_of_people_named_by_possessives_is_its_length(text, field, value):
    assert _read(value, field, text)
    assert value in stated_values(text)


@pytest.mark.parametrize("text,field,value", [
    ("The drone struck a van near Sudzha, injuring the driver and his passengers.", "injured", 2),
    ("A shell killed a woman; her husband and their neighbour were injured.", "killed", 3),
    ("The strike killed the driver and injured two passengers.", "killed", 3),
    ("The strike killed the driver and injured two passengers.", "injured", 3),
])
def test_a_list_with_no_number_or_split_by_a_verb_is_no_total(text, field, value):
    assert not _read(value, field, text)
