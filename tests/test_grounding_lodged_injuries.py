"""dev34 class A2 (LLM path): an injury told by a foreign body of war in a body part, after "with" or
"has" ("is in hospital with shrapnel in his shoulder"), is an injured cue for the person before it,
through an apposition (`grounding/role_cues.py` calls the one reader `articles/lodged_injuries`, words
`cues/hospital_injuries.yaml`). A stay in hospital alone, an illness, or fragments in a place are none.
Fresh sentences."""

from __future__ import annotations

import pytest

from summariser import grounding

TOLD = [  # (value, sentence)
    (1, "The baker, 58, is in hospital with shrapnel in his shoulder."),
    (1, "A postwoman remains in hospital with a shard lodged in her neck, the clinic said."),
    (1, "The night watchman, a man of 47, lies in hospital with metal fragments in one hand."),
    (1, "A volunteer has splinters in both legs after the shelling, medics said."),
    (1, "A fisherman was brought to the clinic with a bullet embedded in his thigh."),
    (2, "Two loaders are in hospital with shrapnel in their backs."),
    (3, "Three sappers were evacuated with fragments in the chest."),
]


@pytest.mark.parametrize("value, text", TOLD)
def test_a_foreign_body_in_a_body_part_tells_the_injury(value, text):
    assert grounding.count_support(value, "injured", text, (0, len(text)))


NOT_TOLD = [  # (value, sentence)
    (2, "Two neighbours are in hospital, the mayor said."),  # a stay, no injury told
    (1, "A pensioner is in hospital with a heart attack after the blast."),  # no war injury
    (1, "A porter was visiting his wife in hospital."),
    (1, "A farmer with shrapnel in the yard of his house called the police."),  # a place, no body part
    (1, "A driver loaded his van with fragments in the back of the truck."),  # "the back of"
    (1, "A woman showed reporters a piece of shrapnel in her hand."),  # no "with" or "has"
    (1, "Shrapnel damaged the doors of a neighbour's car."),
]


@pytest.mark.parametrize("value, text", NOT_TOLD)
def test_no_injury_without_a_foreign_body_in_the_body(value, text):
    assert not grounding.count_support(value, "injured", text, (0, len(text)))
