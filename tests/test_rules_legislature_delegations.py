"""A state's senate named by demonym ("a delegation of the Italian Senate", "the Polish senate's
speaker"): the state takes part. Fresh sentences."""

from __future__ import annotations

import pytest

from diplomacy_probes import diplomacy_of


@pytest.mark.parametrize("text, state", [
    ("Zelensky received a delegation of the Italian Senate in Kyiv on Friday.", "Italy"),
    ("On Tuesday Sybiha held talks in Kyiv with members of the Spanish Senate.", "Spain"),
    ("A delegation from the French senate met Ukraine's prime minister in Kyiv on Monday.", "France"),
])
def test_a_senate_named_by_demonym_is_its_state(text: str, state: str) -> None:
    assert any(state in d.participants for d in diplomacy_of(text))
