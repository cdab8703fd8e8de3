"""Round 20 (fixer r20counts), weapon counts, dev37 C3-C6 and dev38 C3/L2: the wire's throwing verbs as
launches, a vague share over a counted whole, a day-month date right before a count, attempt verbs as
launches, a colon inside a bracket in a list of launched weapons, and weapons named in several words
("unmanned aerial vehicles") as the total of regional shares. Every sentence is written fresh for the
test, in several phrasings, with near-misses that must not fire. Both paths are checked where both read
the concept: the rules' record and grounding's support for the value."""

from __future__ import annotations

import pytest

from summariser.grounding.context import _context
from summariser.grounding.counts import count_support
from summariser.numbers import find_numbers, is_count_like, is_day_of_month
from summariser.pipeline import extract


def _weapons(text: str) -> list[tuple[str, int | None, int | None]]:
    attacks = extract(text + "\n", backend="rules", published="2025-05-20").attacks
    return [(w.type.value, w.launched.value if w.launched else None, w.intercepted.value if w.intercepted else None)
            for a in attacks for w in a.weapons]


def _launched(text: str) -> list[int]:
    return [v for _, v, _ in _weapons(text) if v is not None]


def _grounds(text: str, field: str, value: int, start: int = 0) -> bool:
    return bool(count_support(value, field, text, (start, len(text))))


# --------------------------------------------------------------- C3: throwing verbs launch

@pytest.mark.parametrize("text,values", [
    ("Russia hurled 26 missiles and 44 drones at Ukraine overnight, the air force said.", [26, 44]),
    ("Russia flung 35 attack drones at the Zhytomyr region before dawn.", [35]),
    ("Russian jets lobbed nine guided bombs onto the outskirts of Huliaipole.", [9]),
    ("The enemy rained 70 rockets on the Nikopol district over the weekend.", [70]),
    ("Russia hurled more than 120 drones at western Ukraine on Sunday night.", [120]),
])
def test_throwing_verbs_count_a_launch(text: str, values: list[int]) -> None:
    assert sorted(_launched(text)) == sorted(values)


@pytest.mark.parametrize("text,value", [
    ("Moscow flung 35 drones and seven cruise missiles at Kyiv overnight.", 35),
    ("The enemy rained 70 rockets on the district over the weekend.", 70),
    ("Russia hurled 26 missiles and 44 drones at Ukraine overnight.", 44),
])
def test_throwing_verbs_are_grounded_as_a_launch(text: str, value: int) -> None:
    assert _grounds(text, "weapons[0].launched", value)


@pytest.mark.parametrize("text", [
    "Protesters hurled stones at riot police outside parliament in Tbilisi.",
    "Opposition deputies hurled 30 questions at the defence minister in parliament.",
    "It rained for 12 days in Lviv last month.",
])
def test_throwing_verbs_without_a_weapon_count_nothing(text: str) -> None:
    assert _launched(text) == []


# --------------------------------------------------------------- C4: a vague share over a counted whole

@pytest.mark.parametrize("text,whole", [
    ("Air defences destroyed most of the 16 drones sent against the Chernihiv region overnight.", 16),
    ("Gunners brought down nearly all of the 28 Shaheds aimed at Kyiv.", 28),
    ("The bulk of the 14 missiles fired at the port of Izmail were intercepted, the navy said.", 14),
    ("Crews downed the majority of the 23 drones that entered the Poltava region.", 23),
])
def test_a_vague_share_leaves_the_whole_as_launched(text: str, whole: int) -> None:
    weapons = _weapons(text)
    assert [v for _, v, _ in weapons if v is not None] == [whole]
    assert all(i is None for _, _, i in weapons)  # "most" is no figure of its own


def test_a_numeric_share_still_counts_the_interception() -> None:
    assert _weapons("Air defences shot down 11 of the 16 drones sent against the Chernihiv region.") == \
        [("drone", 16, 11)]


def test_a_vague_share_of_people_counts_no_weapon() -> None:
    assert _weapons("Most of the 12 injured in Kharkiv on Monday were children.") == []


def test_a_vague_share_whole_is_no_interception_in_grounding() -> None:
    text = "Air defences destroyed most of the 16 drones sent against the Chernihiv region overnight."
    assert _grounds(text, "weapons[0].launched", 16)
    assert not _grounds(text, "weapons[0].intercepted", 16)


# --------------------------------------------------------------- C5: a day-month date right before a count

@pytest.mark.parametrize("text,value", [
    ("On 4 June two missiles slammed into a college in Sumy, killing three people.", 2),
    ("On 17 March three drones struck a fuel depot near Kherson.", 3),
    ("On 9 April a pair of Iskanders hit the port of Mykolaiv.", 2),
    ("On 21 Sept four guided bombs hit the centre of Kostiantynivka.", 4),
])
def test_a_day_month_date_before_the_count_keeps_the_count(text: str, value: int) -> None:
    assert _launched(text) == [value]
    assert _grounds(text, "weapons[0].launched", value)


@pytest.mark.parametrize("text,number,day", [
    ("On 4 June two missiles hit", "4", True),
    ("On 4 June two missiles hit", "two", False),
    ("Since June 12 drones have hit the town", "12", True),
    ("in the 3 May strike, 12 drones hit", "3", True),
    ("in the 3 May strike, 12 drones hit", "12", False),
    ("On 3 May 12 drones hit the port", "12", False),  # the date is complete: the 12 is a count
    ("In May two drones hit the port", "two", False),  # days are written in digits
    ("12 Mayors signed the letter", "12", False),  # a month name only with a word end
    ("LVIV, 4 March. 8 people died", "8", False),  # a dateline's full stop ends its sentence
    ("On Nov. 14 the port was hit", "14", True),
])
def test_is_day_of_month(text: str, number: str, day: bool) -> None:
    m = next(n for n in find_numbers(text) if text[n.num_start:n.end] == number)
    assert is_day_of_month(text, m) is day
    assert is_count_like(text, m) is not day


# --------------------------------------------------------------- C6: attempt verbs launch

@pytest.mark.parametrize("text,value", [
    ("Four naval drones attempted to strike the bridge near Zatoka; all were sunk, the navy said.", 4),
    ("Eleven drones tried to break through to Kyiv overnight, the mayor wrote.", 11),
    ("Two missiles sought to hit the airfield near Lutsk but were intercepted.", 2),
    ("Three unmanned boats had tried to reach the port of Izmail and all three were destroyed.", 3),
])
def test_attempt_verbs_count_a_launch(text: str, value: int) -> None:
    assert value in _launched(text)
    assert _grounds(text, "weapons[0].launched", value)


@pytest.mark.parametrize("text", [
    "Two ships tried to reach the port of Izmail despite the blockade.",
    "Troops tried to reach the village of Robotyne on Tuesday.",
])
def test_attempts_without_a_weapon_count_nothing(text: str) -> None:
    assert _launched(text) == []
    assert not _grounds(text, "weapons[0].launched", 2)


# --------------------------------------------------------------- dev38 C3/L2b: a colon inside a bracket

@pytest.mark.parametrize("text,value", [
    ("Overnight Russia attacked Ukraine with 60 drones together with 19 missiles: three Iskander-M "
     "ballistic missiles (launch area: Kursk region) and 16 Kh-101 cruise missiles.", 16),
    ("Overnight the enemy attacked the Kyiv region with 19 missiles: three Iskander-M ballistic missiles (launch area: Kursk "
     "region), 15 Kh-101 cruise missiles (launch area: Caspian Sea) and a Kinzhal.", 15),
])
def test_a_colon_inside_a_bracket_does_not_end_the_list(text: str, value: int) -> None:
    assert _grounds(text, "weapons[0].launched", value)
    assert value in _launched(text)


def test_a_bracketed_colon_opens_no_list_of_its_own() -> None:
    # the bracket's own "(types: ...)" is an aside; its number is no launched item of a list
    text = "Air defences shot down 40 drones (types: Shahed, Gerbera) overnight."
    assert not _grounds(text, "weapons[0].launched", 40)


# --------------------------------------------------------------- dev38 L2a: weapons named in several words

@pytest.mark.parametrize("text,noun", [
    ("Air defences shot down 63 enemy fixed-wing unmanned aerial vehicles before dawn.", "weapon"),
    ("Three uncrewed surface vessels were sunk off Sevastopol.", "weapon"),
    ("The army trained 20 unmanned aerial vehicle operators last year.", "person"),
])
def test_weapons_named_in_several_words(text: str, noun: str) -> None:
    assert [x.noun for x in _context(text).mentions][0] == noun


def test_regional_shares_of_a_total_in_several_words_are_grounded() -> None:
    text = ("Russian gunners shot down 48 fixed-wing unmanned aerial vehicles near the border before dawn. "
            "The Belgorod region accounted for 21 of them, the Kursk region for 17 and the Tula region for 10.")
    start = text.index("The Belgorod")
    assert _grounds(text, "weapons[0].intercepted", 21, start)
    assert _grounds(text, "weapons[0].intercepted", 17, start)


def test_regional_shares_of_people_are_not_grounded() -> None:
    text = ("The academy trained 48 unmanned aerial vehicle operators last year. "
            "The Belgorod region accounted for 21 of them, the Kursk region for 17 and the Tula region for 10.")
    assert not _grounds(text, "weapons[0].intercepted", 21, text.index("The Belgorod"))
