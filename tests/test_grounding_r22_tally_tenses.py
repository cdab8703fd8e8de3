"""dev22 class A3 on the LLM path: a launch, tally or downing verb reads in every inflection, the
simple present of live blogs, broadcast scripts and air-force posts included ("the air command counts
64 drones", "Russia fires 40 missiles", "air defences down 30 of them"); a tally verb still counts
weapons only, and "a record 40 drones" or "records show" are no tally. Fresh sentences of our own."""

from __future__ import annotations

import pytest

from summariser.grounding.counts import count_support


def _holds(text: str, value: int, field: str) -> bool:
    return bool(count_support(value, f"weapons[0].{field}", text, (0, len(text))))


PRESENT = [  # (text, value, field)
    ("The air command counts 64 hostile drones before dawn, a spokesman says.", 64, "launched"),
    ("Update 07:10 — Ukraine's air force registers 58 Shahed drones overnight.", 58, "launched"),
    ("The Polish command tracks four Russian missiles near the border, a spokesman says.", 4, "launched"),
    ("Our monitors detect 120 drones in the air over the north and centre.", 120, "launched"),
    ("Russia fires 40 missiles at the western regions, the air force says.", 40, "launched"),
    ("Moscow sends 90 Shaheds towards Odesa in the small hours.", 90, "launched"),
    ("Russia uses 12 glide bombs against Zaporizhzhia, the governor says.", 12, "launched"),
    ("The enemy deploys 35 attack drones against the grid tonight.", 35, "launched"),
    ("Belarusian radar logs 17 drones crossing from the east.", 17, "launched"),
    ("Air defences down 51 of them, the command says.", 51, "intercepted"),
    ("Mobile fire groups take out 14 drones over the Kyiv region.", 14, "intercepted"),
    ("The army says its units knock down 22 Shaheds before dawn.", 22, "intercepted"),
    ("Electronic warfare jams 9 drones, the air force says.", 9, "intercepted"),
]


@pytest.mark.parametrize("text, value, field", PRESENT)
def test_a_tally_told_in_the_present_counts(text, value, field):
    assert _holds(text, value, field)


NOT_LAUNCHED = [  # (text, value)
    ("The city counts 40 people displaced by the flooding.", 40),
    ("The mayor tracks 12 families still living in the shelter.", 12),
]


@pytest.mark.parametrize("text, value", NOT_LAUNCHED)
def test_a_tally_of_people_is_no_launch(text, value):
    assert not _holds(text, value, "launched")


def test_a_record_number_shot_down_stays_shot_down():
    text = "Air defences shot down a record 40 drones over the capital."
    assert _holds(text, 40, "intercepted") and not _holds(text, 40, "launched")
