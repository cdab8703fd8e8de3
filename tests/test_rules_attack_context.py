"""Event sentences that name no place, and sentences that name a place but tell no strike.
Fresh sentences of our own, in several phrasings, including ones that must not fire."""

from __future__ import annotations

import pytest

from probes import AttackProbe


_attacks = AttackProbe("2026-04-20")


def _names(attacks) -> set[str]:
    return {loc.name for a in attacks for loc in a.locations}


@pytest.mark.parametrize("text", [
    "Students at the Kharkiv Polytechnic Institute said drones were launched at Ukraine in record numbers last spring.",
    "Economists at the Kyiv School of Economics estimate that missile strikes cost the grid billions.",
    "The Moscow Times reported that 30 drones were shot down across Russia overnight.",
])
def test_a_body_named_after_a_city_is_no_place_hit(text):
    assert not ({"Kharkiv", "Kyiv", "Moscow"} & _names(_attacks(text)))


def test_the_city_itself_still_counts_when_hit():
    assert "Kyiv" in _names(_attacks("A missile struck a school in Kyiv overnight, injuring four people."))


@pytest.mark.parametrize("text", [
    "Moscow usually publishes just the tally of downed drones, never how many got through.",
    "Kyiv rarely confirms such drone strikes on Russian refineries.",
    "Moscow often claims it shot down every missile.",
])
def test_a_capital_that_habitually_reports_speaks_for_its_government(text):
    assert not ({"Moscow", "Kyiv"} & _names(_attacks(text)))


@pytest.mark.parametrize("text", [
    "Sumy lies near the border, and Russian guns shell it almost every day.",
    "Russian artillery pounds Kherson day after day from across the river.",
    "The enemy strikes Nikopol each day with drones and mortars.",
])
def test_habitual_fire_without_a_toll_is_background(text):
    assert _attacks(text) == []


def test_habitual_fire_with_a_dated_toll_still_counts():
    attacks = _attacks("Russian artillery shells Nikopol almost every day. On Sunday a shell hit a house in the city, killing two men.")
    assert any(a.killed is not None and a.killed.value == 2 for a in attacks)


def test_a_toll_told_later_by_the_same_official_joins_that_official_s_place():
    text = ("09:00\nA Russian drone hit a depot in Chernihiv overnight, governor Vyacheslav Chaus says.\n\n"
            "09:40\nThe rail operator says trains are delayed.\n\n"
            "10:15\nThe mayor's office confirms the power is back.\n\n"
            "11:30\nChaus now says two people were injured.\n")
    attacks = _attacks(text)
    chernihiv = [a for a in attacks if "Chernihiv" in {loc.name for loc in a.locations}]
    assert chernihiv and chernihiv[0].injured is not None and chernihiv[0].injured.value == 2
    assert all(a.locations[0].level.value != "country" for a in attacks)


@pytest.mark.parametrize("headline, body", [
    ("In Zaporizhzhia, the glide bombs come at dawn",
     "Residents have learned the sirens. On Friday a bomb struck a clinic, killing a man and wounding five people."),
    ("Life under the drones in Sumy",
     "The shops close early. On Tuesday a drone hit a minibus, wounding six passengers."),
])
def test_a_toll_before_any_place_is_the_headline_city(headline, body):
    attacks = _attacks(f"{headline}\n\n{body}\n")
    assert attacks and all(a.locations[0].level.value == "city" for a in attacks)


def test_no_headline_city_when_the_headline_names_two_places():
    attacks = _attacks("Sumy and Odesa brace for another night of drones\n\nOn Tuesday a drone hit a minibus, wounding six passengers.\n")
    assert not ({"Sumy", "Odesa"} & _names(attacks))


@pytest.mark.parametrize("text, town", [
    ("Shelling wounded three men in Vysokopillia, a small village north of the river.", "Vysokopillia"),
    ("A drone set fire to a depot in Zhovtneve in the Mykolaiv region overnight.", "Zhovtneve"),
    ("Artillery hit a farm near Pryvillia, a hamlet on the front line, injuring a tractor driver.", "Pryvillia"),
])
def test_a_locality_named_in_apposition_or_inside_its_region(text, town):
    assert town in _names(_attacks(text))


def test_an_outage_size_is_no_background():
    text = "Russian drones struck a power station in Poltava overnight, leaving tens of thousands of households without power."
    assert "Poltava" in _names(_attacks(text))


@pytest.mark.parametrize("text, field", [
    ("A Russian artillery shell hit a bus in Kherson, killing its driver and injuring six passengers, among them a 15-year-old boy.",
     "children_injured"),
    ("A missile struck a yard in Dnipro, killing three people, among them a little girl.", "children_killed"),
])
def test_the_child_in_an_aside_belongs_to_the_toll_before_it(text, field):
    a = _attacks(text)[0]
    assert getattr(a, field) is not None and getattr(a, field).value == 1


def _toll(text: str) -> dict[str, int]:
    a = _attacks(text)[0]
    return {k: getattr(a, k).value for k in ("killed", "injured", "children_killed", "children_injured")
            if getattr(a, k) is not None}


@pytest.mark.parametrize("text, toll", [
    ("Russian shelling hit Kherson, wounding four people, a 9-year-old boy among them.",
     {"injured": 4, "children_injured": 1}),
    ("Russian shelling hit Kherson. Three people were killed, a baby among them.", {"killed": 3, "children_killed": 1}),
    ("Russian shelling hit Kherson, wounding a woman and her son.", {"injured": 2}),  # the son's age is not said
])
def test_a_child_told_after_the_toll_is_part_of_it(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("Russian drones hit Sumy. A father and his two daughters, aged 7 and 11, were injured.",
     {"injured": 3, "children_injured": 2}),
    ("Russian drones hit Sumy. A grandmother and her grandson, 6, were wounded.", {"injured": 2, "children_injured": 1}),
    ("Russian drones hit Sumy. A woman and her two sons, aged 31 and 35, were injured.", {"injured": 3}),
])
def test_relatives_are_children_by_their_ages(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    ("Russian drones hit Sumy. One man, a 60-year-old watchman, was wounded.", {"injured": 1}),
    ("Russian drones hit Sumy. A woman, the owner of the shop, was killed.", {"killed": 1}),
    ("Russian drones hit Sumy. A man, his wife and their son were injured.", {"injured": 3}),
])
def test_one_person_with_an_apposition(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize("text", [
    "At least 95 civilians were killed in Kharkiv region in August, mostly by glide bombs, monitors said.",
    "Drones killed 40 people in the Kherson region this month, officials said.",
    "Russia fired an average of 150 drones a night last week, of which 130 were shot down.",
    "On average, air defences downed 85 drones per night in July.",
])
def test_a_toll_over_a_month_or_an_average_is_a_statistic(text):
    assert _attacks(text, published="2026-08-10") == []


@pytest.mark.parametrize("text", [
    "In August, a Russian missile struck a hospital in Kharkiv, killing 4 people.",
    "Russia launched 120 drones at Ukraine overnight, the air force said, and 100 were shot down.",
])
def test_a_single_strike_or_one_night_still_counts(text):
    assert len(_attacks(text, published="2026-08-10")) == 1
