"""The scorer's own number reader (`evaluate/safety.py`) reads the general forms grounding
keeps: a count in a bulleted list under a header that carries the cue, "all but K" of N, a nil
told of one person or group, one person named through a possessive. Each form has a case that
must be read as supported and a planted number that must stay flagged. Fresh sentences.
"""

from __future__ import annotations

import pytest

from summariser.evaluate import safety
from summariser.records import Attack, Count, Span, Weapon

LIST_TEXT = ("Overnight the enemy attacked the southern coast with the following:\n"
             "- 37 strike drones;\n"
             "- 4 cruise missiles.\n"
             "\n"
             "Air defence units neutralised the following:\n"
             "- 31 strike drones;\n"
             "- 2 cruise missiles.\n")


def at(text: str, phrase: str) -> Span:
    i = text.index(phrase)
    return Span(text=phrase, start=i, end=i + len(phrase))


def weapon_record(text: str, phrase: str, **counts: int) -> Attack:
    ev = at(text, phrase)
    return Attack(kind="air_drone_strike", evidence=[ev], weapons=[Weapon(type="drone", **{
        k: Count(value=v, evidence=ev) for k, v in counts.items()})])


def harm_record(text: str, phrase: str, **counts: int) -> Attack:
    ev = at(text, phrase)
    return Attack(kind="shelling_artillery", evidence=[ev], **{k: Count(value=v, evidence=ev) for k, v in counts.items()})


def test_a_list_item_takes_its_headers_cue():
    assert safety.unsupported_numbers([weapon_record(LIST_TEXT, "37 strike drones", launched=37)], LIST_TEXT) == []
    assert safety.unsupported_numbers([weapon_record(LIST_TEXT, "31 strike drones", intercepted=31)], LIST_TEXT) == []


@pytest.mark.parametrize("phrase,counts", [
    ("37 strike drones", {"intercepted": 37}),   # under the launch header: no interception cue
    ("31 strike drones", {"launched": 33}),      # a number the item does not state
    ("4 cruise missiles", {"intercepted": 4}),
])
def test_a_planted_number_in_a_list_stays_flagged(phrase, counts):
    assert safety.unsupported_numbers([weapon_record(LIST_TEXT, phrase, **counts)], LIST_TEXT)


def test_a_list_without_a_header_ending_in_a_colon_carries_no_cue():
    text = "The night passed as follows.\n- 12 strike drones;\n"
    assert safety.list_header(text, text.index("- 12")) == ""
    assert safety.unsupported_numbers([weapon_record(text, "12 strike drones", intercepted=12)], text)


ALL_BUT = "Of the 26 drones that headed for the refinery overnight, all but three were brought down by air defences."


def test_all_but_k_of_n_states_the_difference():
    assert 23 in safety.numbers_in(ALL_BUT)
    assert safety.unsupported_numbers([weapon_record(ALL_BUT, "all but three", intercepted=23)], ALL_BUT) == []


@pytest.mark.parametrize("value", [24, 22, 29])
def test_a_planted_difference_stays_flagged(value):
    assert safety.unsupported_numbers([weapon_record(ALL_BUT, "all but three", intercepted=value)], ALL_BUT)


@pytest.mark.parametrize("text,phrase", [
    ("A lorry driver was not hurt when the shell landed beside the depot.", "was not hurt"),
    ("The two night guards escaped unharmed after the strike on the warehouse.", "escaped unharmed"),
    ("Officials said the crew of the ferry had not been injured in the blast.", "had not been injured"),
])
def test_a_nil_told_of_one_person_or_group_states_zero(text, phrase):
    assert safety.unsupported_numbers([harm_record(text, phrase, injured=0)], text) == []


def test_a_planted_count_next_to_a_nil_stays_flagged():
    text = "A lorry driver was not hurt when the shell landed beside the depot."
    assert safety.unsupported_numbers([harm_record(text, "was not hurt", injured=3)], text)
    assert safety.unsupported_numbers([harm_record(text, "was not hurt", killed=2)], text)


def test_one_person_named_through_a_possessive_is_one():
    text = "A missile hit the farmhouse on Monday, killing a shepherd and his 12-year-old grandson, police said."
    rec = harm_record(text, "his 12-year-old grandson", children_killed=1)
    assert safety.unsupported_numbers([rec], text) == []
    assert safety.unsupported_numbers([harm_record(text, "his 12-year-old grandson", children_killed=2)], text)


def test_plural_possessives_state_no_one():
    assert 1 not in safety.numbers_in("The blast wounded their neighbours in the next block, medics said.")


# r49: children told by an age limit ("five of them under eighteen") are a children cue of the scorer's own
@pytest.mark.parametrize("tail", ["five of them under eighteen.", "including five under the age of 18."])
def test_children_told_by_an_age_limit_are_cued(tail):
    text = f"Glide bombs hit a market in Kostiantynivka on Monday, injuring 27 people, {tail}"
    assert safety.unsupported_numbers([harm_record(text, text, injured=27, children_injured=5)], text) == []


def test_an_age_limit_of_grown_people_cues_no_children():
    text = "Glide bombs hit a market in Kostiantynivka on Monday, injuring 27 people, five of them over sixty."
    assert safety.unsupported_numbers([harm_record(text, text, injured=27, children_injured=5)], text)


# r49: one person named through "our" with a child's age after the name
MEMBER = ("On Tuesday evening a missile struck a pizzeria in Kramatorsk; the police count 12 dead and 50 injured. "
          "Our youngest member, Maksym, 17, was hurt too and is now at home.")


def test_a_member_told_by_name_and_a_childs_age_is_one_child():
    assert safety.unsupported_numbers([harm_record(MEMBER, MEMBER, injured=50, children_injured=1)], MEMBER) == []


def test_a_grown_members_age_cues_no_child():
    text = MEMBER.replace("youngest member, Maksym, 17", "oldest member, Petro, 71")
    assert safety.unsupported_numbers([harm_record(text, text, injured=50, children_injured=1)], text)
