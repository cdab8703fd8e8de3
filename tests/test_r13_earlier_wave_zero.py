"""Round 13 (dev23 D3 + A2): a second-night lead dated against an earlier event named by its wave,
salvo or volley ("hours after an earlier wave left two dead") tells that event's toll, not this
strike's. The rules blank the clause (its noun is in `cues/eventhood.yaml: after_event_nouns`), and
a stated nil for the new strike ("nobody died in the new attack") is the record's: the earlier toll
no longer makes it someone else's, in the rules and in the grounding's nil backstop (codebook 6).
Fresh sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.backends.rules import RulesBackend


def _tolls(text: str) -> list[tuple[list[str], int | None, int | None]]:
    article = make_article(text, published="2026-06-18")
    attacks = grounding.enforce(RulesBackend(None).extract(article), article).attacks
    return [([p.name for p in a.locations], getattr(a.killed, "value", None), getattr(a.injured, "value", None))
            for a in attacks]


@pytest.mark.parametrize("text,place,killed,injured", [
    ("Missiles struck Poltava again on Saturday, the day after an earlier wave had killed five people there.",
     "Poltava", None, None),
    ("Drones returned to Chernihiv on Thursday night, hours after an earlier salvo left three residents dead; "
     "no one was killed or injured this time.", "Chernihiv", 0, 0),
    ("Drones hit Lutsk again on Sunday night, two days after an earlier wave of strikes killed two. "
     "This time nobody was killed or wounded, the governor said.", "Lutsk", 0, 0),
    ("Hours after the last volley had killed six people, drones struck Zhytomyr again on Tuesday; "
     "there were no deaths.", "Zhytomyr", 0, None),
    ("Shelling hit Kherson on Monday, a day after a rocket barrage killed a pensioner in the city. "
     "Nobody was hurt on Monday, officials said.", "Kherson", None, 0),
    ("Russian missiles slammed into Kryvyi Rih overnight, three days after an onslaught of drones killed "
     "seven there. No one was killed or injured in the latest attack.", "Kryvyi Rih", 0, 0),
])
def test_the_earlier_waves_toll_is_not_this_strikes(text, place, killed, injured):
    assert _tolls(text) == [([place], killed, injured)]


@pytest.mark.parametrize("text,place,killed", [
    # the wave is this strike's: its toll stays
    ("A second wave of drones hit Mykolaiv overnight and killed four people, the governor said.", "Mykolaiv", 4),
    ("The wave of drone strikes on Vinnytsia killed nine people overnight, officials said.", "Vinnytsia", 9),
    # the nil is the first wave's; the second killed people
    ("Drones hit Uzhhorod twice overnight. No one died in the opening wave, but the later wave killed two.",
     "Uzhhorod", 2),
])
def test_a_wave_of_this_strike_keeps_its_toll(text, place, killed):
    got = _tolls(text)
    assert [(names, k) for names, k, _ in got] == [([place], killed)]


def _filled(text: str) -> tuple[int | None, int | None]:
    """killed / injured after grounding of an answer that leaves both out."""
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": ["Chernihiv"],
                                                      "weapons": [{"type": "drone"}], "evidence": [text]}]})
    a = draft_to_records(draft, text, published=dt.date(2026, 6, 18)).attacks[0]
    return getattr(a.killed, "value", None), getattr(a.injured, "value", None)


@pytest.mark.parametrize("text,expected", [
    ("Drones struck Chernihiv again on Thursday night, hours after an earlier wave killed one person. "
     "No one was killed or injured this time, the governor said.", (0, 0)),
    ("Drones raided Chernihiv a second time, a day after a missile wave had left four dead; there were no casualties.",
     (0, 0)),
    ("Drones hit Chernihiv on Friday, two days after an earlier salvo killed a farmer; there were no deaths.", (0, None)),
])
def test_grounding_restores_the_stated_nil(text, expected):
    assert _filled(text) == expected


@pytest.mark.parametrize("text", [
    "Drones hit Chernihiv overnight. No troops were killed, while three civilians died.",
    "Drones hit Chernihiv twice overnight. No one died in the opening wave, but the later wave killed two.",
])
def test_grounding_keeps_a_nil_with_a_number_for_its_role(text):
    assert _filled(text)[0] is None
