"""A state written as its ISO code ("UA", "TR", "GBR"), as structured-output models often write
it: the same state as its name, kept where the article names that state in any form, refused
where it does not. Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.actor_codes import actor_by_code
from summariser.grounding.names import canonical_actor

TEXT = ("Moldova's foreign minister met his Romanian counterpart in Chisinau on Friday to discuss "
        "energy links, his ministry said.")


def _participants(names: list[str]) -> list[str]:
    draft = ArticleDraft.model_validate({"diplomacy": [{
        "kind": "meeting", "participants": names, "status": "held", "evidence": [TEXT]}]})
    return draft_to_records(draft, TEXT, published=dt.date(2027, 6, 5)).diplomacy[0].participants


@pytest.mark.parametrize("code,state", [("UA", "Ukraine"), ("RU", "Russia"), ("TR", "Turkey"), ("GB", "United Kingdom"),
                                        ("TUR", "Turkey"), ("GBR", "United Kingdom"), ("MD", "Moldova"), ("RO", "Romania")])
def test_an_iso_code_is_its_state(code, state):
    assert canonical_actor(code) == state


@pytest.mark.parametrize("written", ["ua", "Tr", "XX", "ABC", "U", "UKRA", "EU-27"])
def test_what_is_no_state_code_names_no_state(written):
    assert actor_by_code(written) is None


def test_codes_of_states_the_article_names_are_kept():
    assert sorted(_participants(["MD", "RO"])) == ["Moldova", "Romania"]


def test_a_code_of_a_state_the_article_never_names_is_refused():
    assert _participants(["MD", "FR"]) == ["Moldova"]
