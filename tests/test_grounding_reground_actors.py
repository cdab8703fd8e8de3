"""A diplomacy record whose quote does not align (joined across a paragraph, paraphrased) is
re-grounded from the sentence that names its participants, in any form the article uses: a
minister for a state, a demonym ("his Turkish counterpart"). A record whose participants no one
sentence names is still dropped. Fresh sentences."""

from __future__ import annotations

import datetime as dt

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft

TEXT = ("Foreign Minister Andrii Sybiha received his Slovak counterpart in Kyiv on Monday for talks on "
        "energy transit, the ministry said.\n\n"
        "Separately, the cabinet approved a new budget for road repairs in the west of the country.")


def _record(participants: list[str], quote: str):
    draft = ArticleDraft.model_validate({"diplomacy": [{
        "kind": "meeting", "participants": participants, "status": "held", "place": "Kyiv", "evidence": [quote]}]})
    return draft_to_records(draft, TEXT, published=dt.date(2027, 8, 4))


def test_a_paraphrased_quote_is_regrounded_from_the_sentence_naming_the_participants_as_the_article_does():
    got = _record(["Ukraine", "Slovakia"], "Ukraine and Slovakia held talks on gas transit in Kyiv this week")
    assert got.diplomacy and sorted(got.diplomacy[0].participants) == ["Slovakia", "Ukraine"]
    assert got.diplomacy[0].evidence[0].text.startswith("Foreign Minister Andrii Sybiha received")


def test_participants_no_sentence_names_leave_no_record():
    got = _record(["Hungary", "Austria"], "Hungary and Austria held talks on gas transit this week")
    assert not got.diplomacy
