"""A toll noun whose complement names the event at length (r18, dev33-A5): "the death toll from
Sunday's Russian drone strike near the bus station rose to six" - the complement reads as one word,
so the verb and its number stay within the toll's reach, also when the sentence goes on to tell an
increment ("... and three more of the wounded died"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from summariser.grounding import count_support
from summariser.grounding.cue_gaps import fwd_distance


def _grounds(value: int, text: str) -> bool:
    return bool(count_support(value, "killed", text, (0, len(text))))


@pytest.mark.parametrize("value, text", [
    (6, "The death toll from Sunday's Russian drone strike near Sumy's bus station rose to six on Monday, officials said, "
        "as crews finished searching the ruins of a shop and three more of the wounded died in hospital."),
    (9, "The toll from Tuesday's glide-bomb raid on a Kharkiv printing works climbed to nine, after two more of the injured "
        "died overnight."),
    (11, "The death toll after last week's Russian missile attack on the Odesa grain terminal has risen to 11, and two "
         "more of those hurt died on Friday."),
    (14, "The number of dead in the city is unchanged, but the toll from Thursday's massive ballistic missile strike on "
         "Poltava's military institute reached 14 by evening."),
])
def test_a_long_toll_complement_keeps_its_number(value: int, text: str) -> None:
    assert _grounds(value, text)


def test_the_complement_is_skipped_only_after_a_toll() -> None:
    gap = " from Sunday's Russian drone strike near Sumy's bus station rose to "
    assert fwd_distance(gap, toll=True) is not None
    assert fwd_distance(gap) is None  # a verb's object may not stand so far off
    assert fwd_distance(" from the 2 strikes near the Kharkiv plant on Sunday and Monday nights rose to ", toll=True) is None
    # r22 (dev42 L2): a non-restrictive clause closed before the toll's verb is an aside of the toll noun
    # (articles/clause_asides); one left open, or holding the toll's verb, still cuts the link
    assert fwd_distance(" from the strike, which hit a crowded market near the station in the morning, rose to ",
                        toll=True) is not None
    assert fwd_distance(" from the strike, which hit a crowded market and rose to ", toll=True) is None


def test_a_number_inside_the_complement_is_no_toll() -> None:
    assert not _grounds(2, "The death toll from the two Russian drone strikes near the Sumy bus station rose to nine on Monday.")
