"""dev16's LLM-path loss classes (round 16), each in general form with fresh sentences written
for this file (several phrasings, places and numbers per class, and negatives that must not change):

- A1: a wave told by a measure of its size ("put the attack at N drones", "the raid was estimated
  at", "the barrage totalled"), and the parts of such a whole ("M missiles, a of them cruise");
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import count_support

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday
D = dt.date


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


def _attack(text: str, published: dt.date = PUBLISHED, **fields):
    record = {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
              "evidence": [fields.pop("evidence", text)], **fields}
    return draft_to_records(ArticleDraft.model_validate({"attacks": [record]}), text, published=published)


# --------------------------------------------------------------------------- A1: a wave measured

MEASURED_WAVES = [  # (sentence, the launched counts it gives)
    ("Radar data put the raid at 212 Shahed drones and six Kalibr missiles, three of them downed over the sea.",
     (212, 6)),
    ("Officials estimated the barrage at some 90 drones, most of them aimed at Kharkiv.", (90,)),
    ("The Ukrainian command put Tuesday's assault at 316 drones and 23 missiles, 15 of them cruise and "
     "eight ballistic.", (316, 23, 15, 8)),
    ("The size of the raid on Sumy was put at 64 UAVs by the regional command.", (64,)),
    ("The assault on Dnipro was initially estimated at 35 Geran drones.", (35,)),
    ("Monitors reckoned last night's salvo at nine ballistic missiles.", (9,)),
    ("The general staff pegged the strike at 120 drones, of which 98 were decoys.", (120,)),
    ("The overnight bombardment of Odesa totalled 47 drones and three missiles.", (47, 3)),
    ("The attack numbered about 70 Shaheds, the air force said.", (70,)),
    ("By Kyiv's count, Moscow's onslaught amounted to 300 drones.", (300,)),
    ("How big was the attack? The air force put it at 61 drones and two Iskander-M missiles.", (61, 2)),
    ("Air force: attack estimated at 102 drones, 4 missiles", (102, 4)),
    ("The Russian defence ministry put the Ukrainian drone raid at 57 UAVs, all of them destroyed.", (57,)),
    ("Sunday night's wave included 25 strike drones and a Kinzhal, the military said.", (25, 1)),
    ("Analysts assessed the barrage at 140 weapons, including 12 Kh-101 missiles.", (140, 12)),
]


@pytest.mark.parametrize("text, counts", MEASURED_WAVES)
def test_a_wave_measured_by_its_size_is_a_launch(text, counts):
    for value in counts:
        assert _kept(value, "weapons[0].launched", text), value


NOT_A_MEASURED_WAVE = [  # (sentence, a number that must not be launched)
    ("The mayor put the damage at 40 million hryvnias.", 40),
    ("Regional officials put the toll at nine dead.", 9),
    ("Analysts estimated the cost of the attack at 50 drones' worth of repairs.", 50),
    ("Intelligence put Russia's monthly production at 2,700 drones.", 2700),
    ("A Kyiv think tank put the total stock at about 900 cruise missiles.", 900),
    ("Western officials estimated Moscow's reserve of Iskanders at 400 missiles.", 400),
    ("The ministry put the launchers at a base 300 kilometres away, with 12 missiles each.", 12),
]


@pytest.mark.parametrize("text, value", NOT_A_MEASURED_WAVE)
def test_a_measure_of_anything_but_a_wave_is_no_launch(text, value):
    assert not _kept(value, "weapons[0].launched", text)


def test_a_measured_wave_survives_grounding_whole_with_its_parts():
    text = ("KYIV, June 17. The air force put the overnight attack on the capital at 280 drones and 19 missiles, "
            "11 of them cruise and eight ballistic. Air defences downed 260 drones.")
    weapons = [{"type": "drone", "launched": 280, "intercepted": 260}, {"type": "cruise_missile", "launched": 11},
               {"type": "ballistic_missile", "launched": 8}]
    got = _attack(text, weapons=weapons, evidence=text)
    assert got.attacks, got.rejected
    assert [w.launched.value for w in got.attacks[0].weapons if w.launched] == [280, 11, 8], got.rejected
