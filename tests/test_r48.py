"""Round 48 (7 December 2026, evening). Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import pytest

from probes import AttackProbe, count_value, diplomacy_of

_PUBLISHED = "2025-06-10"  # a Tuesday
_WAR = "Russian drones hit a depot in Sumy overnight, Ukrainian officials reported on Tuesday. "


def _sides(text: str, published: str = _PUBLISHED) -> set[str]:
    (rec,) = diplomacy_of(_WAR + text, published)
    return set(rec.participants)


# --------------------------------------------------------------------------- the warring sides told as a pair
@pytest.mark.parametrize("text", [
    "Both delegations will sit down again in Istanbul on 20 June, Turkish diplomats said.",
    "The negotiators are expected back in Istanbul on 20 June.",
    "A fresh round of direct negotiations scheduled for Istanbul next week has been called off, a Turkish official said.",
    "The two sides will reconvene in Istanbul on 20 June for a further round.",
    "Negotiators for the warring parties are due to meet in Istanbul on 20 June.",
])
def test_talks_told_as_a_pair_are_the_warring_sides(text: str) -> None:
    assert _sides(text) == {"Russia", "Ukraine", "Turkey"}


def test_a_third_state_named_keeps_the_pair_its_own() -> None:
    recs = diplomacy_of(_WAR + "American and Russian negotiators met in Riyadh on Monday, and the two sides will meet "
                        "again in June.", _PUBLISHED)
    assert recs and all("Ukraine" not in r.participants for r in recs)


def test_talks_not_told_as_a_pair_borrow_no_sides() -> None:
    assert "Russia" not in _sides("Kyiv's top diplomat had talks in Istanbul on Monday.")


def test_no_war_no_pair() -> None:
    (rec,) = diplomacy_of("Both delegations will meet again in Geneva on 20 June, the trade ministry said.", _PUBLISHED)
    assert "Russia" not in rec.participants


# --------------------------------------------------------------------------- attacks
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _one(text: str, published: str = _PUBLISHED):  # type: ignore[no-untyped-def]
    (rec,) = _attacks(text, published)
    return rec


def _places(text: str, published: str = _PUBLISHED) -> list[list[str]]:
    return [[p.name for p in r.locations] for r in _attacks(text, published)]


@pytest.mark.parametrize("tail", [", among them the office block across the road.", ", among them a bakery."])
def test_among_them_naming_a_thing_damaged_splits_no_barrage(tail: str) -> None:
    text = ("Before dawn Russia launched ballistic missiles against Kyiv. Air defence destroyed all four missiles heading "
            f"for the capital, but debris damaged houses in the Holosiivskyi district{tail}")
    assert _places(text) == [["Kyiv"]]


def test_among_them_beside_a_town_still_names_one_of_many() -> None:
    text = ("Russia launched 70 drones and 12 missiles at Ukraine overnight, hitting the grid in six regions, Rivne among "
            "them, the air force said. In Rivne a woman was hurt.")
    assert sorted(map(tuple, _places(text))) == [("Rivne",), ("Ukraine",)]


@pytest.mark.parametrize("text", [
    "Shelling hit Kherson on Monday. Our shop in Mykolaiv is closed as well. On Saturday night a drone hit the garage "
    "behind it.",
    "Shelling hit Kherson on Monday. The lyceum in Mykolaiv has reopened. Last Saturday a shell landed right outside it.",
    "Shelling hit Kherson on Monday. From the kitchen of a small café in Mykolaiv. On Saturday a missile destroyed the "
    "café.",
])
def test_a_site_of_the_sentence_before_places_the_strike(text: str) -> None:
    assert ["Mykolaiv"] in _places(text)


def test_a_site_noun_not_introduced_before_places_nothing() -> None:
    text = "Shelling hit Kherson on Monday. Our shop in Mykolaiv is closed. On Saturday a missile destroyed the bridge."
    assert ["Mykolaiv"] not in _places(text)


@pytest.mark.parametrize("text", [
    "Early on Sunday the war came to Poltava itself: a drone hit a block of flats, injuring three.",
    "On Sunday the shelling came to Nikopol once more, wounding two.",
])
def test_the_war_arriving_is_no_visit(text: str) -> None:
    assert diplomacy_of(text, _PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "On Sunday a Russian missile hit a shop in Ridkodub, near Kryvyi Rih, killing four people.",
    "On Sunday a Russian missile hit a shop in Ridkodub, just outside Kryvyi Rih, killing four people.",
])
def test_an_unlisted_village_near_a_town_is_the_place(text: str) -> None:
    assert _places(text)[0][0] == "Ridkodub" and "Kryvyi Rih" not in _places(text)[0]


@pytest.mark.parametrize("verb", ["landed in", "fell on", "exploded near"])
def test_a_weapon_told_by_where_it_came_down_is_the_citys(verb: str) -> None:
    rec = _one(f"Russia fired missiles at Dnipro on Sunday morning. One missile {verb} a courtyard on our street.")
    assert [p.name for p in rec.locations] == ["Dnipro"]


def test_weapons_counted_by_where_they_landed_are_launched() -> None:
    rec = _one("Three shells landed near a school in Nikopol on Sunday, wounding a guard.")
    assert [(w.type.value, count_value(w.launched)) for w in rec.weapons] == [("artillery", 3)]


@pytest.mark.parametrize("text, counts", [
    ("On Sunday Russia attacked the grid; the air force counted 43 missiles and 51 drones shot down.",
     [("missile", None, 43), ("drone", None, 51)]),
    ("On Sunday Russia attacked the grid; the air force counted 43 missiles, 9 guided bombs and 51 drones destroyed.",
     [("missile", None, 43), ("glide_bomb", None, 9), ("drone", None, 51)]),
])
def test_a_tally_closed_by_a_downing_participle_is_intercepted_throughout(text: str, counts: list) -> None:  # type: ignore[type-arg]
    rec = _one(text)
    assert [(w.type.value, count_value(w.launched), count_value(w.intercepted)) for w in rec.weapons] == counts


def test_a_tally_with_its_own_downing_clause_keeps_the_launch() -> None:
    rec = _one("On Sunday Russia attacked the grid; the air force counted 43 missiles and 51 drones, and 40 drones "
               "were shot down.")
    assert count_value(rec.weapons[0].launched) == 43


@pytest.mark.parametrize("text", [
    "Shelling of Kherson on Sunday wounded three people, a boy of nine among them.",
    "Shelling of Kherson on Sunday wounded three people, a girl aged twelve among the injured.",
])
def test_a_child_named_after_the_toll_is_one_of_it(text: str) -> None:
    rec = _one(text)
    assert (count_value(rec.injured), count_value(rec.children_injured)) == (3, 1)


def test_a_grown_person_named_after_the_toll_is_one_of_it_too() -> None:
    rec = _one("Shelling of Kherson on Sunday wounded three people, a man of forty among them.")
    assert (count_value(rec.injured), count_value(rec.children_injured)) == (3, None)


def test_a_district_told_before_its_town_is_the_town() -> None:
    text = ("Overnight Russian drones attacked the Reni district again. The governor said 9 of the 12 drones were shot "
            "down; the rest hit the port in Reni.")
    assert _places(text) == [["Reni"]]


def test_a_district_whose_town_comes_only_in_another_paragraph_stays_a_district() -> None:
    text = "Overnight Russian drones attacked the Reni district. Nine drones were shot down.\n\nIn Izmail, a depot burned."
    assert ["Reni district"] in _places(text)


# --------------------------------------------------------------------------- diplomacy
def test_a_plans_yearless_day_after_new_year_is_next_years() -> None:
    (rec,) = diplomacy_of(_WAR + "The trade ministers of Ukraine and Moldova will meet in Chisinau on 14 January.",
                          "2025-12-20")
    assert rec.date is not None and (rec.date.start.year, rec.status.value) == (2026, "planned")


@pytest.mark.parametrize("moved", ["has been postponed to 14 January", "was put off until 14 January"])
def test_a_meeting_moved_to_a_day_to_come_was_never_held(moved: str) -> None:
    text = (_WAR + "We were to perform in Warsaw on Saturday 13 December, at the reception closing a meeting there between "
            f"the youth ministers of Poland and Ukraine. That meeting {moved}.")
    (rec,) = diplomacy_of(text, "2025-12-20")
    assert (rec.status.value, str(rec.date.start)) == ("planned", "2026-01-14")  # type: ignore[union-attr]


@pytest.mark.parametrize("verb", ["proposed", "put forward", "floated"])
def test_a_call_at_which_something_was_proposed_was_held(verb: str) -> None:
    recs = diplomacy_of(_WAR + f"On Friday the Slovak prime minister held a phone call with the Russian president "
                        f"and {verb} a New Year truce.", _PUBLISHED)
    calls = [r for r in recs if r.kind.value == "phone_call"]
    assert calls and calls[0].status.value == "held"


@pytest.mark.parametrize("clause", ["during which he announced", "in the course of which he pledged"])
def test_a_visit_with_an_act_in_its_relative_clause_is_two_records(clause: str) -> None:
    recs = diplomacy_of(_WAR + f"The students return after the visit of the Dutch prime minister to Odesa on 2 June, "
                        f"{clause} new Dutch military aid worth 300 million euros.", _PUBLISHED)
    assert sorted(r.kind.value for r in recs) == ["military_aid", "visit"]


def test_an_occasion_ahead_is_still_one_record() -> None:
    recs = diplomacy_of(_WAR + "On the eve of her visit to Odesa on 2 June, the Dutch minister announced new military "
                        "aid.", _PUBLISHED)
    assert [r.kind.value for r in recs] == ["military_aid"]


def test_talks_told_as_a_pair_with_no_venue_are_no_record() -> None:
    recs = diplomacy_of("Two people were hurt in a Russian drone strike on Sumy overnight, as both sides step up drone "
                        "warfare amid frozen peace talks.", _PUBLISHED)
    assert recs == []


@pytest.mark.parametrize("aim", ["most of them at Dnipro", "mainly at Dnipro"])
def test_a_city_the_barrage_aimed_at_takes_its_weapon_kinds(aim: str) -> None:
    text = (f"Overnight Russia launched 60 Shahed drones against Ukraine, {aim}; the air force said 52 were shot down. "
            "In the city, officials reported four people injured and homes damaged in the Chechelivskyi district.")
    city = next(r for r in _attacks(text, _PUBLISHED) if [p.name for p in r.locations] == ["Dnipro"])
    assert [w.type.value for w in city.weapons] == ["drone"]


def test_a_city_toll_after_a_barrage_not_aimed_at_it_takes_no_weapon() -> None:
    text = ("Overnight Russia launched 60 Shahed drones against Ukraine; the air force said 52 were shot down. "
            "In Dnipro, officials reported four people injured and homes damaged in the city centre.")
    city = next(r for r in _attacks(text, _PUBLISHED) if [p.name for p in r.locations] == ["Dnipro"])
    assert city.weapons == []


@pytest.mark.parametrize("speaker", ["the governor now gives", "the mayor now cites"])
def test_a_later_figure_in_the_speakers_present_updates_the_strike_told(speaker: str) -> None:
    text = ("08:10. At dawn a Russian missile hit a market in the village of Kivsharivka. Officials say at least 20 people "
            "are dead.\n\n08:40. The air force summary: overnight Russia launched 40 Shahed drones at the Sumy and "
            f"Poltava regions, and 31 of them were destroyed.\n\n09:15. Back with an update: {speaker} 23 dead.")
    recs = _attacks(text, _PUBLISHED)
    village = next(r for r in recs if [p.name for p in r.locations] == ["Kivsharivka"])
    assert count_value(village.killed) in (20, 23)
    assert all(count_value(r.killed) is None for r in recs if r is not village)


@pytest.mark.parametrize("city, country", [("Lublin", "Poland"), ("Tulcea", "Romania"), ("Gomel", "Belarus"),
                                           ("Lodz", "Poland"), ("The Hague", "Netherlands"), ("Gothenburg", "Sweden")])
def test_the_gazetteer_knows_the_european_cities_the_war_names(city: str, country: str) -> None:
    from summariser.knowledge.gazetteer import lookup
    place = lookup(city)
    assert place is not None and place.country == country


@pytest.mark.parametrize("word", ["Reading", "Nice", "Tours", "Bolton", "Van"])
def test_city_names_that_are_mostly_other_words_stay_out(word: str) -> None:
    from summariser.knowledge.gazetteer import lookup
    place = lookup(word)
    assert place is None or place.country_code in ("UA", "RU")


def test_talks_abroad_take_a_european_venue() -> None:
    (rec,) = diplomacy_of(_WAR + "The energy ministers of Ukraine and Poland will meet in Lublin on 20 June.", _PUBLISHED)
    assert rec.location is not None and (rec.location.name, rec.location.country) == ("Lublin", "Poland")


def test_a_visit_named_by_its_noun_takes_its_town() -> None:
    recs = diplomacy_of(_WAR + "Lessons resume after the visit of the Dutch prime minister to Odesa on 2 June, during "
                        "which he announced new Dutch military aid.", _PUBLISHED)
    visit = next(r for r in recs if r.kind.value == "visit")
    assert visit.location is not None and visit.location.name == "Odesa"


@pytest.mark.parametrize("text", [
    "Drones struck Chernihiv on Sunday, and the city counted at least eight people hurt, a boy of 13 one of them.",
    "Shelling of Kherson on Sunday wounded three people, a girl aged 9 one of them.",
])
def test_grounding_reads_a_child_told_as_one_of_the_toll(text: str) -> None:
    from summariser.grounding.counts import count_support
    assert count_support(1, "children_injured", text, (0, len(text)))


def test_grounding_reads_no_child_in_one_of_the_toll_grown() -> None:
    from summariser.grounding.counts import count_support
    text = "Shelling of Kherson on Sunday wounded three people, a man of 40 one of them."
    assert not count_support(1, "children_injured", text, (0, len(text)))


@pytest.mark.parametrize("text", [
    "A meeting between the transport ministers of Moldova and Ukraine will take place in Chisinau on 20 June.",
    "A meeting of the energy ministers of Poland and Ukraine is set for 20 June in Warsaw.",
])
def test_a_meeting_of_two_states_ministers_is_talks(text: str) -> None:
    (rec,) = diplomacy_of(_WAR + text, _PUBLISHED)
    assert rec.kind.value == "talks"


def test_an_organisations_meeting_stays_a_meeting() -> None:
    (rec,) = diplomacy_of(_WAR + "A meeting of NATO defence ministers will take place in Brussels on 20 June.", _PUBLISHED)
    assert rec.kind.value == "meeting"


def test_a_country_scope_reads_its_own_paragraphs_towns() -> None:
    from summariser.grounding.scope_country import country_by_scope
    text = ("Early on Monday drones hit a depot in Rivne. Nationwide that night, the air force said, 40 of the 45 drones "
            "were downed.\n\nOur suppliers near Przemyśl and Chełm are still delivering on time.")
    start = text.index("Nationwide")
    assert country_by_scope("Ukraine", text, [(start, text.index("\n\n"))])


def test_a_country_scope_among_two_countries_towns_is_none() -> None:
    from summariser.grounding.scope_country import country_by_scope
    text = ("Early on Monday drones hit depots in Rivne and near Przemyśl. Nationwide that night, the air force said, 40 of "
            "the 45 drones were downed.")
    start = text.index("Nationwide")
    assert not country_by_scope("Ukraine", text, [(start, len(text))])


def test_a_pair_beside_a_third_state_named_is_not_the_warring_sides() -> None:
    recs = diplomacy_of(_WAR + "Kyiv welcomed an American plan for a grain corridor once the "
                        "two delegations had sat for six hours in Doha on Monday.", _PUBLISHED)
    assert recs and all("Russia" not in r.participants for r in recs)


def test_a_visit_verbs_own_town_beats_a_writers_town_before_it() -> None:
    recs = diplomacy_of(_WAR + "Our twin club in Dresden wrote after Poland's foreign minister visited Kyiv on 2 June and "
                        "announced new military aid worth 200 million euros.", _PUBLISHED)
    places = {r.kind.value: (r.location.name if r.location else None) for r in recs}
    assert places["visit"] == "Kyiv" and places.get("military_aid") != "Dresden"


@pytest.mark.parametrize("city, host", [("The Hague", "Netherlands"), ("Vilnius", "Lithuania")])
def test_an_organisations_summit_in_another_bodys_seat_is_hosted_by_its_state(city: str, host: str) -> None:
    (rec,) = diplomacy_of(_WAR + f"NATO leaders will gather for a summit in {city} on 24-25 June.", _PUBLISHED)
    assert set(rec.participants) == {"NATO", host}


def test_an_organisations_summit_at_its_own_seat_is_its_own() -> None:
    (rec,) = diplomacy_of(_WAR + "NATO leaders will gather for a summit in Brussels on 24-25 June.", _PUBLISHED)
    assert rec.participants == ["NATO"]
