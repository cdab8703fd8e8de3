"""A place after a passive report verb is where it happened ("strikes were reported in X"); a place
after an active speech verb is where the speaker spoke ("the ministry said in Moscow that ...")."""

from __future__ import annotations

import pytest

from summariser.articles import make_article
from summariser.backends.rules import RulesBackend


def _places(text: str) -> list[list[str]]:
    ext = RulesBackend(None).extract(make_article(text, published="2026-03-04"))
    return [[loc.name for loc in a.locations] for a in ext.attacks]


@pytest.mark.parametrize("text, place", [
    ("Russian drones swept across Ukraine overnight. Hits were also reported in the Chernihiv, Sumy and "
     "Poltava regions.", "Chernihiv Oblast"),
    ("Explosions were reported in Zaporizhzhia shortly after midnight as Russian missiles approached.", "Zaporizhzhia"),
    ("Several blasts were confirmed in Kharkiv overnight during a Russian drone raid, the mayor wrote.", "Kharkiv"),
    ("Drone strikes have been reported in the Odesa region since dawn, local officials said.", "Odesa Oblast"),
    ("Fires caused by Russian drones were reported in Dnipro early on Tuesday.", "Dnipro"),
])
def test_a_passive_report_names_the_place_hit(text: str, place: str) -> None:
    assert any(place in names for names in _places(text)), _places(text)


@pytest.mark.parametrize("text", [
    "The defence ministry said in Moscow that 30 Ukrainian drones had been destroyed overnight.",
    "Speaking in Kyiv on Tuesday, the air force said 52 Russian drones had been shot down overnight.",
])
def test_an_active_speech_verb_names_the_speakers_place(text: str) -> None:
    assert not any(n in ("Moscow", "Kyiv") for names in _places(text) for n in names), _places(text)
