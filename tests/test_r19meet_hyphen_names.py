"""r19 (dev36 D6a and its LLM twin L5): a group named in its hyphenated attributive form ("a
coalition-of-the-willing call") names the group; grounding's name reader folds hyphens between
words. Fresh sentences only."""

from __future__ import annotations

import pytest

from summariser.grounding.names import ground_actor


@pytest.mark.parametrize("text", [
    "The French president, who will co-chair a coalition-of-the-willing call on Thursday, spoke first.",
    "Officials prepared for the coalition-of-the-willing summit in Paris - the third this year.",
    "A Coalition-of-the-Willing session is due in London next week.",
])
def test_hyphenated_group_name_grounds(text):
    assert ground_actor("coalition of the willing", text) == ("coalition of the willing", "stated")


@pytest.mark.parametrize("text", [
    "The coalition met on Monday - and the willing-to-help states spoke.",
    "Coalition-building talks in the parliament dragged on - the speaker said.",
])
def test_near_misses_do_not_ground(text):
    assert ground_actor("coalition of the willing", text) is None
