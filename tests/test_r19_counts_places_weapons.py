"""Round 19 (fixer r19counts), dev35 C1-C3: one person with a long "of <place>" postmodifier, weapons
told one by one, and a partitive of weapons carried across "along with". Every sentence is written fresh
for the test, in several phrasings, with near-misses that must not fire. Both paths are checked: the
rules' record and grounding's support for the value."""

from __future__ import annotations

import pytest

from summariser.grounding.counts import count_support
from summariser.pipeline import extract


def _rules(text: str, field: str) -> list[int]:
    attacks = extract(text + "\n", backend="rules", published="2025-05-14").attacks
    return [getattr(a, field).value for a in attacks if getattr(a, field) is not None]


def _grounds(text: str, field: str, value: int) -> bool:
    return bool(count_support(value, field, text, (0, len(text))))


# --------------------------------------------------------------- C1: a person "of <place ...>"

@pytest.mark.parametrize("text,field", [
    ("A pensioner from the frontline town of Orikhiv in the Zaporizhzhia region was killed by Russian shelling on Monday.",
     "killed"),
    ("A woman of the village of Kozacha Lopan near the border died of her wounds after Russian shelling on Monday.",
     "killed"),
    ("A farmer in the hamlet of Stepove outside Avdiivka was wounded by Russian shelling on Monday.", "injured"),
    ("A resident of Kupiansk was killed by Russian shelling on Monday.", "killed"),
])
def test_a_person_of_a_place_is_one(text: str, field: str) -> None:
    assert _rules(text, field) == [1]
    assert _grounds(text, field, 1)


def test_a_person_of_a_place_who_speaks_is_no_victim() -> None:
    text = "Russian shelling hit Kupiansk on Monday. A resident of the village said two soldiers were killed."
    assert 1 not in _rules(text, "killed")
    assert not _grounds(text, "killed", 1)


def test_a_relative_of_someone_is_no_place() -> None:
    assert not _grounds("Russian shelling hit Kupiansk on Monday. A relative of the victim said he was scared.", "killed", 1)
