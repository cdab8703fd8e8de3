"""dev21 A3 and dev22 A2 on the LLM path: a part of a launch total is launched, told in any form
and order — a subset ("The missiles included six Zircons", "among them four Kinzhals", "of which
40 were Shaheds", "Of those, 91 were missiles"), a copular part ("32 of the projectiles were cruise
missiles"), a definite fronted whole ("Of the 60 drones, 41 were jammed"), in its sentence or the
two after the total — and a wave told by its flight or crossing ("the 160 drones that crossed
into the region", "42 drones that flew over"). Downed parts, people, objects, parts larger than
the total and parts with no launch total stay refused. Fresh sentences of our own."""

from __future__ import annotations

import pytest

from summariser.grounding.counts import count_support


def _launched(text: str, value: int) -> bool:
    return bool(count_support(value, "weapons[0].launched", text, (0, len(text))))


PARTS = [  # (text, the part launched)
    ("Moscow launched 52 missiles overnight. The missiles included six Zircon cruise missiles, two of which "
     "were downed.", 6),
    ("Russia sent 30 missiles, among them four Kinzhals, none of which was stopped.", 4),
    ("Moscow hurled a combined 188 drones and missiles toward the grid. 91 of the weapons were missiles, the air "
     "force said.", 91),
    ("Moscow hurled a combined 188 drones and missiles toward the grid. 91 of the weapons were missiles. Of the 97 "
     "drones, 80 were destroyed.", 97),
    ("Russia launched 150 missiles and drones at Lviv. Of those, 91 were missiles.", 91),
    ("Moscow sent 140 drones and missiles against the grid overnight. Thirty-two of the projectiles were "
     "cruise missiles, and 25 of those were downed.", 32),
    ("Russia fired 75 drones and missiles at the west. Of the 60 drones, 41 were jammed and 15 shot down.", 60),
    ("The enemy used 210 aerial weapons overnight. The weapons included 14 Iskander-M ballistic missiles.", 14),
    ("Russia launched 96 drones at Odesa, of which 70 were Shaheds, the navy said.", 70),
    ("Russian forces fired 44 missiles at the capital; among them were 8 Kh-101s.", 8),
    ("Of the 160 drones that crossed into the Chernihiv region overnight, all but 11 were destroyed.", 160),
    ("Air defences downed all but 3 of the 42 drones that flew over the region.", 42),
    ("Some 38 drones entered Moldovan airspace overnight, officials in Chisinau said.", 38),
    ("Moscow hurled a combined 188 drones and missiles overnight, the air command said.\n\n91 of the aerial targets "
     "were missiles.\n\nOf the 97 drones, 80 were destroyed.", 97),
    ("Moscow hurled a combined 188 drones and missiles overnight, the air command said.\n\n91 of the aerial targets "
     "were missiles.", 91),
]


@pytest.mark.parametrize("text, value", PARTS)
def test_a_part_of_a_launch_total_is_launched(text, value):
    assert _launched(text, value)


NOT_PARTS = [  # (text, a number that is no launch)
    ("Russia launched 50 drones. Of the 30 drones shot down, 12 fell over Kyiv.", 30),
    ("Russia launched 50 drones. Of the 30 drones shot down, 12 fell over Kyiv.", 12),
    ("Russia launched 50 drones. 20 of them were shot down by mobile groups.", 20),
    ("Russia launched 50 drones at Sumy. Of the 40 people injured, 12 were children.", 40),
    ("Russia launched 50 drones. The list of targets included four power plants.", 4),
    # (r27: a whole told first, "Of the 60 drones, 41 were jammed", is the wave launched, as "41 of the
    # 60 drones" is: tests/test_r27.py)
    ("Russia launched 50 drones at Kharkiv.\n\nIn a separate report, the regional council said 12 of the "
     "buildings were schools.", 12),
    ("The drones that flew over the border last spring were never found; 14 of the wrecks were Shaheds.", 14),
]


@pytest.mark.parametrize("text, value", NOT_PARTS)
def test_no_part_of_a_launch_total_stays_refused(text, value):
    assert not _launched(text, value)
