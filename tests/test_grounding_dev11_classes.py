"""Loss classes of an unseen set's LLM answers, each in general form with fresh sentences (several
phrasings, and negatives that must stay refused):

- A6: a wave told by its exception ("all but 12 of the drones ... were downed") when other parts
  are coordinated with the exception, the noun sits between "every" and "save", or the whole is
  told after it; the whole's weapon must be the exception's.
"""

from __future__ import annotations

import pytest

from summariser.grounding import count_support


def _kept(value: int, field: str, text: str) -> bool:
    hits = count_support(value, field, text, (0, len(text)))
    return bool(hits) and hits[0].value == value


# --------------------------------------------------------------------------- A6: "all but N" with coordinated parts

EXCEPTION_WAVES = [
    (128, "Moscow launched 140 drones and six missiles overnight; all but 12 of the drones and four of the missiles were downed."),
    (55, "Of the 64 Shaheds, all except nine and both of the cruise missiles were intercepted."),
    (82, "Every drone save three was neutralised, the air force said of the 85 launched against Lviv."),
    (70, "Russia fired 75 attack drones and three Iskanders at Poltava; all but five of the drones and one of the "
         "Iskanders were shot down."),
    (31, "The enemy sent 33 UAVs towards Rivne, and all the drones except two were brought down by mobile fire groups."),
    (47, "Of the 50 Gerans and four Kh-101s, all but three of the Gerans and two of the Kh-101s were destroyed."),
]


@pytest.mark.parametrize(("value", "text"), EXCEPTION_WAVES)
def test_the_rest_of_a_wave_its_exception_leaves_is_the_downed_count(value, text):
    assert _kept(value, "weapons[0].intercepted", text)


@pytest.mark.parametrize(("value", "text"), [
    # the whole is missiles, the exception drones: 140 - 12 counts nothing
    (128, "Moscow launched 140 missiles and 60 drones; all but 12 of the drones were downed."),
    # no downing verb after the exception
    (38, "Of the 40 drones, all but two reached the outskirts of Sumy."),
    # the exception itself is not the downed count
    (12, "Moscow launched 140 drones overnight; all but 12 of the drones were downed."),
    # a whole told after the exception that is no launch ("hit 85 buildings")
    (82, "Every drone save three was neutralised, though debris hit 85 houses in Lviv."),
])
def test_an_exception_of_another_weapon_or_act_grounds_nothing(value, text):
    assert not _kept(value, "weapons[0].intercepted", text)


def test_the_exception_of_the_drones_still_reads_the_missiles_whole_apart():
    text = "Moscow launched 140 missiles and 60 drones; all but 12 of the drones were downed."
    assert _kept(48, "weapons[0].intercepted", text)
