"""Kinds, statuses and weapon types in a model's own words ("Phone call", "HELD", "drone strike",
"UAV", "drones") read as the schema's values (`grounding/written_kinds.py`); words that name no
value, or could name two, are left for the schema to refuse."""

from __future__ import annotations

from typing import Annotated

import pytest
from pydantic import BaseModel, BeforeValidator, ValidationError

from summariser.backends.llm import ArticleDraft
from summariser.grounding.written_kinds import read_kind, written_kind
from summariser.records import AttackKind, DiplomacyKind, DiplomacyStatus, WeaponType


@pytest.mark.parametrize("written,enum,value", [
    ("Phone call", DiplomacyKind, "phone_call"), ("phone-call", DiplomacyKind, "phone_call"),
    ("PRISONER_EXCHANGE", DiplomacyKind, "prisoner_exchange"), ("prisoner swap", DiplomacyKind, "prisoner_exchange"),
    ("negotiations", DiplomacyKind, "talks"), ("Sanctions", DiplomacyKind, "sanctions"),
    ("Held", DiplomacyStatus, "held"), ("scheduled", DiplomacyStatus, "planned"), ("canceled", DiplomacyStatus, "cancelled"),
    ("drone strike", AttackKind, "air_drone_strike"), ("Missile strike", AttackKind, "missile_strike"),
    ("shelling", AttackKind, "shelling_artillery"), ("Drone and missile", AttackKind, "drone_and_missile"),
    ("UAV", WeaponType, "drone"), ("drones", WeaponType, "drone"), ("Cruise missiles", WeaponType, "cruise_missile"),
    ("glide bombs", WeaponType, "glide_bomb"), ("decoy drones", WeaponType, "decoy_drone"),
])
def test_a_kind_in_other_words_is_the_schemas_value(written, enum, value):
    assert read_kind(written, enum) == value


@pytest.mark.parametrize("written,enum", [
    ("exchange", DiplomacyKind), ("postponed", DiplomacyStatus), ("attack", AttackKind), ("weapon", WeaponType), ("", DiplomacyKind),
])
def test_a_word_that_names_no_single_value_is_left_unchanged(written, enum):
    assert read_kind(written, enum) == written


class _Wired(BaseModel):
    kind: Annotated[DiplomacyKind, BeforeValidator(written_kind(DiplomacyKind))]


def test_the_reader_as_a_pydantic_validator_keeps_the_draft():
    assert _Wired.model_validate({"kind": "Phone call"}).kind is DiplomacyKind.phone_call
    with pytest.raises(ValidationError):
        _Wired.model_validate({"kind": "exchange"})


# The draft's enum fields carry the reader (backends/llm.py): a kind in other words keeps the article.
def test_the_draft_accepts_a_kind_in_other_words():
    got = ArticleDraft.model_validate({"diplomacy": [{"kind": "Phone call", "status": "Held"}],
                                       "attacks": [{"kind": "Drone strike", "weapons": [{"type": "UAVs"}]}]})
    assert got.diplomacy[0].kind is DiplomacyKind.phone_call and got.diplomacy[0].status is DiplomacyStatus.held
    assert got.attacks[0].kind is AttackKind.air_drone_strike and got.attacks[0].weapons[0].type is WeaponType.drone
