"""The output contract: validators refuse impossible records; a valid record round-trips through JSON."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from summariser.records import (
    ArticleMeta, Attack, AttackKind, Count, DateSpan, Diplomacy, DiplomacyKind, Extraction, Location,
    LocationLevel, Qualifier, RemovedSpan, Span, Usage, Weapon, WeaponType,
)

TEXT = "Overnight, at least five people were killed and 32 wounded when 40 drones hit the city; 35 were shot down."


def span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span(text=fragment, start=start, end=start + len(fragment))


def valid_extraction() -> Extraction:
    attack = Attack(
        attacker="Russia", target_country="Ukraine", kind=AttackKind.air_drone_strike,
        locations=[Location(name="Kharkiv", admin1="Kharkiv Oblast", country="Ukraine", level=LocationLevel.city)],
        date=DateSpan(start=dt.date(2025, 4, 3), end=dt.date(2025, 4, 4), text="Overnight", precision="range"),
        weapons=[Weapon(type=WeaponType.drone, model="Shahed",
                        launched=Count(value=40, evidence=span("40 drones")),
                        intercepted=Count(value=35, evidence=span("35 were shot down")))],
        killed=Count(value=5, qualifier=Qualifier.at_least, evidence=span("at least five people were killed")),
        injured=Count(value=32), children_killed=Count(value=0), damage=["residential building"],
        civilian_targeting=True, reported_by=["regional governor"], evidence=[span(TEXT[:-1])],
        sources={"killed": "rules"},
    )
    diplomacy = Diplomacy(
        kind=DiplomacyKind.talks, participants=["Ukraine", "France"], location=Location(name="Kyiv"),
        date=DateSpan(start=dt.date(2025, 4, 4), end=dt.date(2025, 4, 4), precision="day"),
        status="held", description="Military chiefs held talks.", evidence=[span("Overnight")],
    )
    return Extraction(
        article=ArticleMeta(id="0123456789abcdef", path="a.txt", source="Wire", published=dt.date(2025, 4, 4)),
        summary="Drone strike.", attacks=[attack], diplomacy=[diplomacy], backend="rules",
        usage=Usage(prompt_tokens=10, completion_tokens=5, calls=1), warnings=["w"],
        removed=[RemovedSpan(text="Advertisement", start=0, end=13, reason="advertisement")], text=TEXT,
    )


def test_valid_record_round_trips_through_json():
    ext = valid_extraction()
    again = Extraction.model_validate_json(ext.model_dump_json())
    assert again == ext
    assert again.attacks[0].killed.qualifier is Qualifier.at_least
    assert again.attacks[0].date.end == dt.date(2025, 4, 4)


def test_round_trip_through_python_json_mode():
    ext = valid_extraction()
    assert Extraction.model_validate(ext.model_dump(mode="json")) == ext


@pytest.mark.parametrize("value", [-1, -100])
def test_negative_counts_rejected(value):
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        Count(value=value)


def test_negative_count_inside_an_attack_rejected():
    with pytest.raises(ValidationError):
        Attack.model_validate({"killed": {"value": -3, "qualifier": "exact"}})


def test_unknown_qualifier_rejected():
    with pytest.raises(ValidationError):
        Count(value=3, qualifier="roughly")


def test_intercepted_more_than_launched_rejected():
    with pytest.raises(ValidationError, match="intercepted"):
        Weapon(type=WeaponType.drone, launched=Count(value=10), intercepted=Count(value=11))
    # equal is fine
    assert Weapon(type=WeaponType.drone, launched=Count(value=10), intercepted=Count(value=10)).intercepted.value == 10


def test_children_killed_more_than_killed_rejected():
    with pytest.raises(ValidationError, match="children_killed"):
        Attack(killed=Count(value=2), children_killed=Count(value=3))
    with pytest.raises(ValidationError, match="children_injured"):
        Attack(injured=Count(value=1), children_injured=Count(value=4))


def test_children_may_exceed_a_lower_bound_total():
    # "at least 2 killed, including 3 children" is odd but not impossible: the total is a floor
    a = Attack(killed=Count(value=2, qualifier=Qualifier.at_least), children_killed=Count(value=3))
    assert a.children_killed.value == 3


def test_date_end_before_start_rejected():
    with pytest.raises(ValidationError, match="before start"):
        DateSpan(start=dt.date(2025, 4, 4), end=dt.date(2025, 4, 3))


def test_span_whose_length_does_not_match_its_text_rejected():
    with pytest.raises(ValidationError):
        Span(text="five", start=10, end=12)
    with pytest.raises(ValidationError):
        Span(text="", start=5, end=3)


def test_span_whose_offsets_do_not_reproduce_its_text_rejected():
    ext = valid_extraction().model_dump(mode="json")
    ext["attacks"][0]["evidence"] = [{"text": "people", "start": 0, "end": 6}]  # TEXT[0:6] is "Overni"
    with pytest.raises(ValidationError, match="does not reproduce"):
        Extraction.model_validate(ext)


def test_count_evidence_is_checked_too():
    ext = valid_extraction().model_dump(mode="json")
    ext["attacks"][0]["killed"]["evidence"] = {"text": "zzzz", "start": 1, "end": 5}
    with pytest.raises(ValidationError, match="does not reproduce"):
        Extraction.model_validate(ext)


def test_unknown_fields_rejected():
    with pytest.raises(ValidationError):
        Attack.model_validate({"attacker": "Russia", "casualties": 5})
