"""Round 49 (7 December 2026, evening). Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, count_value, diplomacy_of, draft_records

_PUBLISHED = "2025-03-05"  # a Wednesday
_WAR = "Russian drones hit a depot in Sumy overnight, Ukrainian officials reported on Wednesday. "
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _one(text: str, published: str = _PUBLISHED):  # type: ignore[no-untyped-def]
    (rec,) = _attacks(text, published)
    return rec


# --------------------------------------------------------------------------- a swap put forward at a call
@pytest.mark.parametrize("text", [
    "On 3 March the Austrian chancellor spoke to the Turkish president by phone and put forward an exchange of prisoners.",
    "On 3 March the Austrian chancellor spoke to the Turkish president by phone and proposed a spring truce and a large "
    "prisoner swap; Kyiv rejected the idea.",
    "On 3 March the Austrian chancellor had a phone call with the Turkish leader, at which he proposed a prisoner swap.",
    "On Monday the Hungarian premier phoned the Turkish leader, suggesting a ceasefire for Easter and a swap of captured "
    "soldiers, which Moscow refused.",
])
def test_a_swap_put_forward_at_a_call_leaves_the_call_held(text: str) -> None:
    recs = diplomacy_of(text, _PUBLISHED)
    assert [(r.kind.value, r.status.value) for r in recs] == [("phone_call", "held")]
    assert "Ukraine" not in recs[0].participants and "Russia" not in recs[0].participants  # the refusal is no side


def test_a_call_to_come_at_which_a_swap_will_be_put_is_planned() -> None:
    (rec,) = diplomacy_of("The Hungarian premier will call the Turkish leader on Friday and propose a swap of prisoners.",
                          _PUBLISHED)
    assert (rec.kind.value, rec.status.value, rec.date.start if rec.date else None) == (
        "phone_call", "planned", dt.date(2025, 3, 7))


def test_a_swap_proposed_with_no_call_stays_the_proposal() -> None:
    (rec,) = diplomacy_of(_WAR + "Kyiv proposed an all-for-all exchange of prisoners on Monday.", _PUBLISHED)
    assert (rec.kind.value, rec.status.value) == ("prisoner_exchange", "proposed")


# --------------------------------------------------------------------------- a number that names a room
@pytest.mark.parametrize("room", ["surgery 2", "Ward 4", "classroom 12", "Building 7"])
def test_a_room_number_leaves_one_missile_on_the_city(room: str) -> None:
    text = ("On Tuesday morning Russia fired ballistic missiles at Poltava. The governor said four people were hurt. "
            f"One of the missiles landed behind our clinic, and the blast broke the windows of {room}.")
    assert [[p.name for p in r.locations] for r in _attacks(text)] == [["Poltava"]]


def test_a_room_number_is_no_count() -> None:
    from summariser.numbers import find_numbers, is_count_like
    text = "The blast broke the windows of surgery 2 and of 3 flats nearby."
    counted = [n.value for n in find_numbers(text) if is_count_like(text, n)]
    assert counted == [3]


# --------------------------------------------------------------------------- children told by an age limit
@pytest.mark.parametrize("tail", [
    "five of them under eighteen.", "five of them under 18.", "five of them aged under 16.",
    "including five under the age of 18.", "five of whom were younger than 14.", "five of them under-18s.",
])
def test_children_told_by_an_age_limit(tail: str) -> None:
    rec = _one(f"On Monday two glide bombs hit a market in Kostiantynivka, injuring 27 people, {tail}")
    assert (count_value(rec.injured), count_value(rec.children_injured)) == (27, 5)


@pytest.mark.parametrize("tail", ["five of them over 60.", "including five under 25.", "five of them under arrest."])
def test_an_age_limit_of_grown_people_is_no_child(tail: str) -> None:
    rec = _one(f"On Monday two glide bombs hit a market in Kostiantynivka, injuring 27 people, {tail}")
    assert count_value(rec.children_injured) is None


def test_grounding_reads_a_child_told_by_an_age_limit() -> None:
    from summariser.grounding.counts import count_support
    text = "Shelling of Nikopol on Sunday killed four people, two of them aged under 16."
    assert count_support(2, "children_killed", text, (0, len(text)))


# --------------------------------------------------------------------------- a region after a locating town
@pytest.mark.parametrize("between", [", near Kupiansk in the Kharkiv region", ", just outside Kharkiv, in the Kharkiv region",
                                     ", 20 km west of Kharkiv in the Kharkiv region"])
def test_a_region_after_a_locating_town_qualifies_the_village(between: str) -> None:
    rec = _one(f"On Thursday a missile struck a shop in Pisochyn{between}, killing three people.", "2023-10-08")
    assert [p.name for p in rec.locations] == ["Pisochyn"]


def test_a_region_listed_beside_a_located_village_stays_its_own() -> None:
    rec = _one("On Thursday missiles struck Pisochyn, near Kharkiv, and the Sumy region, killing three people.", "2023-10-08")
    assert len(rec.locations) == 2


# --------------------------------------------------------------------------- a landmark of the city, another day
@pytest.mark.parametrize("site", ["the Transfiguration Cathedral", "the National Opera Theatre", "the Fine Arts Museum"])
def test_a_named_landmark_damaged_another_day_is_the_city_told(site: str) -> None:
    text = (f"Russian missiles struck the centre of Odesa on Monday. This is not the first time. On 23 July, when Russian "
            f"missiles damaged {site}, our shop windows were blown in as well.")
    days = sorted((r.date.start, [p.name for p in r.locations]) for r in _attacks(text, "2023-11-07") if r.date)
    assert days == [(dt.date(2023, 7, 23), ["Odesa"]), (dt.date(2023, 11, 6), ["Odesa"])]


def test_a_landmark_with_no_name_places_no_strike_of_another_day() -> None:
    text = "Russian missiles struck the centre of Odesa on Monday. On 23 July a missile damaged a theatre."
    assert len(_attacks(text, "2023-11-07")) == 1


# --------------------------------------------------------------------------- one person told with what they were doing
@pytest.mark.parametrize("text", [
    "Drones hit the port of Reni overnight; a lorry driver waiting in the queue at the gate was injured.",
    "Drones hit the port of Reni overnight; a taxi driver walking his dog was hurt.",
    "Drones hit the port of Reni overnight, where a crane operator finishing his shift was wounded.",
])
def test_one_person_of_a_trade_told_doing_something_is_one_hurt(text: str) -> None:
    assert count_value(_one(text, "2023-10-19").injured) == 1


# --------------------------------------------------------------------------- an earlier gathering by its city
@pytest.mark.parametrize("text", [
    "Advisers from 60 countries met in Valletta on 3-4 March, their fourth round after Vienna in May and Doha in July.",
    "Advisers from 60 countries met in Valletta on 3-4 March, a fourth round after Vienna and Doha.",
])
def test_an_earlier_gatherings_city_is_no_side(text: str) -> None:
    (rec,) = diplomacy_of(_WAR + text, _PUBLISHED)
    assert "Austria" not in rec.participants


def test_a_capital_acting_after_after_stays_a_side() -> None:
    (rec,) = diplomacy_of("The two presidents met in Valletta on Monday, after Vienna agreed to send a delegation.",
                          _PUBLISHED)
    assert "Austria" in rec.participants


# --------------------------------------------------------------------------- LLM path
_TEXT_STALLED = ("Polish and Ukrainian border officials were to discuss the new crossing at talks in Lublin on 20 March, "
                 "but those talks have been put off, with no new date agreed.")


@pytest.mark.parametrize("when, year", [("on 20 March", 2025), ("2024-03-20", 2025)])
def test_the_llm_path_reads_a_stalled_talks_day_by_the_articles_words(when: str, year: int) -> None:
    got = draft_records(_TEXT_STALLED, dt.date(2025, 3, 11), diplomacy=[{
        "kind": "talks", "status": "stalled", "participants": ["Poland", "Ukraine"], "place": "Lublin", "when": when,
        "evidence": [_TEXT_STALLED]}])
    (rec,) = got.diplomacy
    assert rec.date is not None and rec.date.start == dt.date(year, 3, 20), [r.reason for r in got.rejected]


@pytest.mark.parametrize("told", ["the Bürgenstock peace summit", "the Geneva security talks"])
def test_the_llm_path_keeps_a_host_named_by_its_venue_before_the_event(told: str) -> None:
    host = "Switzerland"
    text = f"Two of our graduates interpreted at {told} on 15-16 June."
    got = draft_records(text, dt.date(2024, 6, 27), diplomacy=[{
        "kind": "summit", "status": "held", "participants": [host, "Ukraine"], "when": "on 15-16 June",
        "evidence": [text]}])
    (rec,) = got.diplomacy
    assert host in rec.participants, [r.reason for r in got.rejected]


def test_the_llm_path_refuses_a_host_of_another_venue() -> None:
    text = "Two of our graduates interpreted at the Vienna peace summit on 15-16 June."
    got = draft_records(text, dt.date(2024, 6, 27), diplomacy=[{
        "kind": "summit", "status": "held", "participants": ["Switzerland", "Ukraine"], "when": "on 15-16 June",
        "evidence": [text]}])
    assert all("Switzerland" not in r.participants for r in got.diplomacy)


@pytest.mark.parametrize("person", ["our youngest member, Maksym, 17,", "our youngest colleague, Olena Petrenko, 16,"])
def test_the_llm_path_keeps_a_child_told_by_name_and_age(person: str) -> None:
    text = ("On Tuesday evening a missile struck a pizzeria in Kramatorsk; the police count 12 dead and 50 injured. "
            f"Among the injured is {person} who is recovering well.")
    got = draft_records(text, dt.date(2023, 7, 3), attacks=[{
        "kind": "missile_strike", "attacker": "Russia", "target_country": "Ukraine", "places": ["Kramatorsk"],
        "when": "On Tuesday evening", "killed": 12, "injured": 50, "children_injured": 1, "weapons": [{"type": "missile"}],
        "evidence": [text]}])
    (rec,) = got.attacks
    assert count_value(rec.children_injured) == 1, [r.reason for r in got.rejected]


def test_the_llm_path_refuses_a_grown_member_as_a_child() -> None:
    text = ("On Tuesday evening a missile struck a pizzeria in Kramatorsk; the police count 12 dead and 50 injured. "
            "Among the injured is our oldest member, Petro, 71, who is recovering well.")
    got = draft_records(text, dt.date(2023, 7, 3), attacks=[{
        "kind": "missile_strike", "attacker": "Russia", "target_country": "Ukraine", "places": ["Kramatorsk"],
        "when": "On Tuesday evening", "killed": 12, "injured": 50, "children_injured": 1, "weapons": [{"type": "missile"}],
        "evidence": [text]}])
    assert all(r.children_injured is None for r in got.attacks)


_SUMMIT = ("The EU summit that our city hosted on Thursday and Friday brought 27 leaders to Porto. The press conference "
           "was held in the old market hall. {when} the Portuguese government also unveiled a fresh "
           "package of military aid for Ukraine.")


@pytest.mark.parametrize("when", ["During the summit", "On the sidelines of the summit"])
def test_the_llm_path_dates_an_act_during_a_summit_by_the_summits_days(when: str) -> None:
    text = _SUMMIT.format(when=when)
    got = draft_records(text, dt.date(2025, 3, 11), diplomacy=[{
        "kind": "military_aid", "status": "held", "participants": ["Portugal", "Ukraine"], "when": when,
        "evidence": [text.split(". ")[-1]]}])
    (rec,) = got.diplomacy
    assert rec.date is not None and (rec.date.start, rec.date.end) == (dt.date(2025, 3, 6), dt.date(2025, 3, 7))


def test_during_the_night_is_no_gathering() -> None:
    from summariser.grounding.event_anchor import during_event
    text = "The EU summit opened on Thursday. During the night drones hit Sumy."
    at = text.index("During")
    assert during_event("During the night", dt.date(2025, 3, 11), text, (at, at + 16)) is None


# --------------------------------------------------------------------------- round 49, second part
def _days(text: str, published: str) -> list[tuple[list[str], dt.date | None, dt.date | None]]:
    return [([p.name for p in r.locations], r.date.start if r.date else None, r.date.end if r.date else None)
            for r in _attacks(text, published)]


@pytest.mark.parametrize("text", [
    "Before dawn on Friday Lviv's air defence destroyed all nine drones Russia had sent against the city.",
    "On Friday night Lviv's air defences downed nine drones over the city.",
])
def test_a_citys_own_air_defence_downs_the_citys_figures(text: str) -> None:
    rec = _one(text, "2024-09-14")
    assert [p.name for p in rec.locations] == ["Lviv"] and rec.weapons[0].intercepted is not None


def test_a_capitals_own_air_defence_downs_the_capitals_figures() -> None:
    rec = _one("Before dawn on Friday Kyiv's air defence destroyed all nine drones sent against the capital.", "2024-09-14")
    assert [p.name for p in rec.locations] == ["Kyiv"]


def test_a_capitals_air_defence_alone_is_its_states() -> None:
    rec = _one("Overnight Moscow's air defences intercepted 30 Ukrainian drones, officials said.", "2024-09-14")
    assert [p.level.value for p in rec.locations] == ["country"]


def test_a_countrys_air_defence_stays_the_countrys() -> None:
    rec = _one("Overnight Ukraine's air defences shot down 31 of 40 drones, the air force said.", "2024-09-14")
    assert [p.level.value for p in rec.locations] == ["country"]


@pytest.mark.parametrize("site", ["his street", "her home", "their block"])
def test_the_home_of_a_person_placed_in_one_town_is_in_that_town(site: str) -> None:
    text = f"Andrii still teaches piano at a school in Poltava. On Saturday a missile struck near {site}, wounding four."
    assert [p.name for p in _one(text, "2024-09-14").locations] == ["Poltava"]


def test_a_launch_at_targets_in_several_regions_is_the_countrys() -> None:
    text = ("Early on Sunday Russia fired 20 missiles and 30 drones at energy sites in the Lviv and Rivne regions. The "
            "air force said 15 of the missiles and 28 drones were destroyed.")
    (rec,) = _attacks(text, "2024-09-16")
    assert rec.locations and rec.locations[0].level.value in ("country",) or not rec.locations


@pytest.mark.parametrize("text", [
    "Drones hit a substation in Rivne on Monday. Every such attack costs the city another day without heating.",
    "Drones hit a substation in Rivne on Monday. Each new strike on the grid sets repairs back by weeks.",
])
def test_a_strike_of_a_kind_is_no_strike(text: str) -> None:
    assert len(_attacks(text, "2024-09-17")) == 1


def test_a_strike_told_after_every_attack_since_is_kept() -> None:
    text = ("Drones hit a substation in Rivne on Monday. We have kept the bakery open through every attack since drones "
            "first reached the city, on 3 May.")
    assert len(_attacks(text, "2024-09-17")) == 2


@pytest.mark.parametrize("report", [
    "This morning the mayor told reporters four people had died and 11 were hurt.",
    "The count has risen through the day: this morning the governor put it at four dead and 11 hurt.",
])
def test_a_toll_given_this_morning_is_the_strikes_told_before(report: str) -> None:
    text = f"Overnight into Tuesday two missiles hit a block of flats in Sumy. {report}"
    (rec,) = _attacks(text, "2024-09-17")
    assert count_value(rec.injured) == 11


def test_a_strike_this_morning_told_by_its_speaker_stays_its_own() -> None:
    text = "Overnight into Tuesday two missiles hit Sumy. This morning a drone hit a school in Konotop, the governor said."
    assert len(_attacks(text, "2024-09-17")) == 2


def test_the_town_is_the_one_town_of_the_sentence_before() -> None:
    text = ("Drones hit Kharkiv on Saturday. Our drivers are not going to Chuhuiv this week. The town, just east of "
            "the city, came under artillery fire on Sunday, and three residents were hurt.")
    assert (["Chuhuiv"], dt.date(2024, 9, 15), dt.date(2024, 9, 15)) in _days(text, "2024-09-17")


def test_the_city_still_takes_the_city_struck() -> None:
    text = ("Drones hit Kharkiv on Saturday. Our drivers are not going to Chuhuiv this week. The city came under "
            "artillery fire on Sunday, and three residents were hurt.")
    assert any(places == ["Kharkiv"] and start == dt.date(2024, 9, 15) for places, start, _ in _days(text, "2024-09-17"))


def test_the_night_before_is_the_night_before_the_one_told() -> None:
    text = ("Overnight into Thursday drones struck the port of Izmail. It was the second night in a row. The night "
            "before, drones had also hit Izmail's grain terminal, wounding a guard.")
    assert (["Izmail"], dt.date(2024, 9, 10), dt.date(2024, 9, 11)) in _days(text, "2024-09-13")


@pytest.mark.parametrize("verb", ["brought down", "taken out", "knocked out"])
def test_a_fronted_total_takes_every_downing_verb(verb: str) -> None:
    text = f"Drones hit Sumy overnight. Of the 44 drones launched that night, 39 were {verb}."
    recs = _attacks(text, "2024-09-17")
    assert any(w.intercepted is not None and w.intercepted.value == 39 for r in recs for w in r.weapons)


def test_a_launch_at_the_country_is_the_countrys() -> None:
    text = ("On the night of 16 September missiles hit Odesa's port, injuring three. Of the 44 missiles and drones "
            "sent against the country overnight, 30 were taken down, the air force added.")
    levels = {tuple(p.level.value for p in r.locations) for r in _attacks(text, "2024-09-18")}
    assert ("country",) in levels


def test_another_towns_turn_dates_and_places_the_strike_after_it() -> None:
    text = ("Missiles struck Odesa's harbour on the night of 16 September, injuring three. On the night of 17 September "
            "it was Kherson's turn. A missile set a school in the city centre on fire.")
    assert (["Kherson"], dt.date(2024, 9, 16), dt.date(2024, 9, 17)) in _days(text, "2024-09-19")


def test_a_count_of_nights_is_no_strike() -> None:
    text = ("Drones hit Kherson on Monday. Our friend Ivan, who stayed with us in May, says his crew has put out fires in "
            "the city on five nights this month.")
    assert len(_attacks(text, "2024-09-19")) == 1


def test_by_a_day_a_speakers_count_is_the_strikes_told_before() -> None:
    text = ("On Tuesday evening Russian missiles hit a cafe in Sloviansk. By Thursday the Donetsk regional governor, "
            "Vadym Filashkin, was counting nine dead and said 40 had been wounded.")
    (rec,) = _attacks(text, "2024-09-20")
    assert (count_value(rec.killed), count_value(rec.injured)) == (9, 40)


@pytest.mark.parametrize("text", [
    "Iryna was in Sumy visiting her grandmother on Tuesday when drones hit the town.",
    "My colleague spent Tuesday in Sumy visiting his parents, and drones hit the town that night.",
])
def test_a_private_visit_is_no_diplomacy(text: str) -> None:
    assert diplomacy_of(text, "2024-09-20") == []


def test_a_leader_in_a_city_is_still_a_visit() -> None:
    (rec,) = diplomacy_of("Orpo was in Kyiv on Tuesday.", "2024-09-20")
    assert rec.kind.value == "visit"


@pytest.mark.parametrize("text", [
    "Here in Poltava, seven drones flew towards the city overnight. Air defence downed all seven, the regional head "
    "wrote.",
    "Seven drones were heading for Poltava overnight; air defence shot down all seven.",
])
def test_weapons_told_flying_at_a_city_are_launched(text: str) -> None:
    (rec,) = _attacks(text, "2024-09-20")
    assert (rec.weapons[0].launched.value, rec.weapons[0].intercepted.value) == (7, 7)  # type: ignore[union-attr]


def test_one_of_them_wrecking_a_thing_is_no_interception() -> None:
    text = "Last night two missiles came down on Sumy; one of them destroyed a school gym."
    (rec,) = _attacks(text, "2024-09-20")
    assert rec.weapons[0].intercepted is None


def test_one_of_them_downed_is_an_interception() -> None:
    text = "Last night Russia fired two missiles at Sumy; one of them was destroyed by air defence."
    (rec,) = _attacks(text, "2024-09-20")
    assert rec.weapons[0].intercepted is not None


@pytest.mark.parametrize("text, killed", [
    ("On Sunday guided bombs hit Kupiansk; officials said a man had died and three people had been wounded.", 1),
    ("Early on Monday a drone hit a car near Nikopol; a married couple driving past had been killed.", 2),
    ("On Sunday shells hit Kherson, and an elderly couple sitting on a bench were killed.", 2),
])
def test_people_told_with_had_or_what_they_were_doing(text: str, killed: int) -> None:
    assert count_value(_one(text, "2024-09-20").killed) == killed
