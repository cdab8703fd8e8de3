"""Round 51 (8 December 2026, night). Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, count_value, diplomacy_of, draft_records

_PUBLISHED = "2025-10-08"  # a Wednesday
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _kinds(text: str, published: str = _PUBLISHED) -> list[tuple[str, str]]:
    return [(r.kind.value, r.status.value) for r in diplomacy_of(text, published)]


# --------------------------------------------------------------------------- a conference of states as an object
@pytest.mark.parametrize("text, status", [
    ("Envoys of thirty governments attended a peace conference in Doha on Monday.", "held"),
    ("Norway will host a donor conference for Sudan's hospitals in Oslo next month.", "planned"),
    ("Spain convened the Mediterranean Recovery Conference in Valencia on Tuesday.", "held"),
    ("Ministers from twelve states took part in a reconstruction conference in Vilnius on Monday.", "held"),
])
def test_a_conference_of_states_attended_or_hosted_is_a_summit(text: str, status: str) -> None:
    assert ("summit", status) in _kinds(text)


@pytest.mark.parametrize("text", [
    "The minister held a news conference in Riga on Monday.",
    "The professor attended a medical conference in Vienna on Tuesday.",
    "Our team took part in a software conference in Lisbon on Monday.",
])
def test_a_conference_of_no_states_is_no_summit(text: str) -> None:
    assert all(kind != "summit" for kind, _ in _kinds(text))


# --------------------------------------------------------------------------- civil kit handed over as aid
@pytest.mark.parametrize("text", [
    "Denmark delivered three stone crushers to Chernihiv on Monday to clear the ruins.",
    "Belgium handed over nine fire tenders to Ukraine's rescue service on Tuesday.",
    "Finland gave Ukraine two demining machines and a field hospital on Monday.",
    "The Czech government sent Zaporizhzhia four excavators and a truck crane on Tuesday.",
])
def test_civil_kit_a_state_hands_over_is_aid(text: str) -> None:
    (rec,) = [r for r in diplomacy_of(text, _PUBLISHED) if r.kind.value == "military_aid"]
    assert "Ukraine" in rec.participants and rec.status.value == "held"


@pytest.mark.parametrize("text", [
    "Local volunteers brought two excavators to Chernihiv on Monday.",
    "A drone destroyed three excavators in Chernihiv on Monday.",
    "The council bought four excavators for the quarry on Tuesday.",
])
def test_kit_no_state_hands_over_is_no_aid(text: str) -> None:
    assert all(kind != "military_aid" for kind, _ in _kinds(text))


# --------------------------------------------------------------------------- kin counted by a numeral
@pytest.mark.parametrize("text, field, value", [
    ("Two brothers were killed when a Russian shell hit their yard in Beryslav on Sunday.", "killed", 2),
    ("Three sisters were hurt by a Russian drone strike on Marhanets on Monday.", "injured", 3),
    ("A Russian glide bomb killed two neighbours in Kupiansk on Sunday.", "killed", 2),
])
def test_kin_counted_by_a_numeral_are_a_toll(text: str, field: str, value: int) -> None:
    (attack,) = _attacks(text)
    assert count_value(getattr(attack, field)) == value


def test_kin_named_among_a_toll_add_nobody() -> None:
    (attack,) = _attacks("A Russian drone hit a bus in Kherson on Monday, wounding five people, two sisters among them.")
    assert count_value(attack.injured) == 5 and attack.killed is None


# --------------------------------------------------------------------------- a meeting that readies a later event
@pytest.mark.parametrize("text, status", [
    ("Polish and Ukrainian officials met in Rzeszow on Monday to prepare a donor conference planned for March.", "held"),
    ("Irish and Ukrainian diplomats met in Dublin on Tuesday to lay the groundwork for a summit expected next spring.", "held"),
    ("Latvian and Ukrainian envoys will meet in Riga next week to prepare a summit planned for May.", "planned"),
])
def test_a_meeting_that_readies_a_later_event_keeps_its_own_status(text: str, status: str) -> None:
    talks = [r for r in diplomacy_of(text, _PUBLISHED) if r.kind.value in ("talks", "meeting")]
    assert talks and talks[0].status.value == status


# --------------------------------------------------------------------------- an agreement's day told as "last <weekday>"
@pytest.mark.parametrize("text", [
    "Georgia and Armenia agreed last Friday to reopen the mountain checkpoint.",
    "Serbia and Kosovo agreed last week to restore the rail link.",
    "Chile and Peru had agreed this past Monday to set up a joint border commission.",
])
def test_sides_agreeing_on_a_day_told_before_the_act_is_an_agreement(text: str) -> None:
    assert ("agreement", "held") in _kinds(text)


def test_agreeing_to_meet_on_a_told_day_is_no_agreement() -> None:
    assert ("agreement", "held") not in _kinds("Georgia and Armenia agreed last Friday to meet again in May.")


# --------------------------------------------------------------------------- a wave sized by its tally (LLM path)
def _launched(sentence: str, weapons: list[dict[str, object]]) -> list[int | None]:
    got = draft_records(sentence, dt.date(2024, 3, 14), attacks=[{
        "attacker": "Russia", "target_country": "Ukraine", "kind": "missile_strike", "places": ["Ukraine"],
        "when": "on Tuesday", "weapons": weapons, "evidence": [sentence]}])
    return [count_value(w.launched) for rec in got.attacks for w in rec.weapons]


@pytest.mark.parametrize("sentence, weapons, launched", [
    ("Radar crews tracked 64 missiles and 27 Shahed drones on Tuesday, the air force said.",
     [{"type": "missile", "launched": 64}, {"type": "drone", "launched": 27}], [64, 27]),
    ("On Tuesday the air force logged 38 missiles of several types over the country.",
     [{"type": "missile", "launched": 38}], [38]),
    ("On Tuesday Russia mounted a strike that the general staff later put at 44 missiles.",
     [{"type": "missile", "launched": 44}], [44]),
])
def test_a_wave_sized_by_an_air_force_tally_keeps_its_launch(sentence: str, weapons: list[dict[str, object]],
                                                             launched: list[int]) -> None:
    assert _launched(sentence, weapons) == launched


@pytest.mark.parametrize("sentence", [
    "On Tuesday rescuers counted 44 craters in the fields after the missile strike.",
    "On Tuesday the missile strike that damaged 44 homes was the third this month.",
])
def test_a_tally_of_no_weapons_gives_no_launch(sentence: str) -> None:
    assert _launched(sentence, [{"type": "missile", "launched": 44}]) == [None]


# --------------------------------------------------------------------------- no re-ask for a value grounding reads
def test_a_toll_summed_over_two_clauses_is_no_reason_for_a_reask() -> None:
    from summariser.backends.llm import ArticleDraft, reask_problems, stated_values

    text = "A Russian shell hit a bakery in Nikopol on Monday. Two men were wounded; a girl of nine was also hurt."
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "shelling_artillery", "places": ["Nikopol"], "when": "on Monday",
                                                      "injured": 3, "evidence": [text]}]})
    assert reask_problems(draft, stated_values(text), text) == []
    wrong = ArticleDraft.model_validate({"attacks": [{"kind": "shelling_artillery", "places": ["Nikopol"], "when": "on Monday",
                                                      "injured": 7, "evidence": [text]}]})
    assert reask_problems(wrong, stated_values(text), text)


# --------------------------------------------------------------------------- a venue named by "there"
def test_a_meeting_there_has_the_venue_of_the_sentence_before() -> None:
    text = ("Leaders of the Central Asian states gathered in Almaty on Monday for a regional forum. "
            "Narendra Modi met Xi Jinping there on Monday.")
    got = draft_records(text, dt.date(2025, 6, 4), diplomacy=[{
        "kind": "talks", "status": "held", "participants": ["India", "China", "Kazakhstan"], "place": "Almaty",
        "when": "on Monday", "evidence": ["Narendra Modi met Xi Jinping there on Monday."]}])
    (rec,) = got.diplomacy
    assert "Kazakhstan" in rec.participants, [r.reason for r in got.rejected]


def test_there_of_an_existential_clause_names_no_venue() -> None:
    text = ("Leaders of the Central Asian states gathered in Almaty on Monday for a regional forum. "
            "There were no talks between Narendra Modi and Xi Jinping, who spoke by phone on Monday.")
    got = draft_records(text, dt.date(2025, 6, 4), diplomacy=[{
        "kind": "phone_call", "status": "held", "participants": ["India", "China", "Kazakhstan"],
        "when": "on Monday", "evidence": ["There were no talks between Narendra Modi and Xi Jinping, who spoke by phone on Monday."]}])
    (rec,) = got.diplomacy
    assert "Kazakhstan" not in rec.participants


@pytest.mark.parametrize("city, country", [("Samarkand", "Uzbekistan"), ("Almaty", "Kazakhstan"), ("Busan", "South Korea"),
                                           ("Marrakesh", "Morocco")])
def test_summit_cities_that_are_no_capital_are_in_the_gazetteer(city: str, country: str) -> None:
    from summariser.knowledge import find_places

    (found,) = find_places(f"The ministers met in {city} on Friday.")
    assert found.place.country == country


# --------------------------------------------------------------------------- a place's strike and the country's tally in one sentence
@pytest.mark.parametrize("text", [
    "On Tuesday morning missiles also struck Dnipro, where 12 people were hurt, and the air force reported that "
    "Russia fired 30 missiles across the country, 18 of which were destroyed.",
    "Drones hit Sumy on Tuesday, killing two people, and the general staff reported that 45 drones had been launched "
    "nationwide, 40 of them shot down.",
])
def test_a_place_and_the_countrys_tally_in_one_sentence_are_two_records(text: str) -> None:
    attacks = _attacks(text)
    levels = sorted(a.locations[0].level.value for a in attacks)
    assert levels == ["city", "country"]
    city = next(a for a in attacks if a.locations[0].level.value == "city")
    assert not any(w.launched for w in city.weapons)


def test_a_tally_of_the_same_place_stays_one_record() -> None:
    attacks = _attacks("Drones hit Sumy on Tuesday, killing two people, and the governor said 12 drones had been "
                       "launched at the city.")
    assert len(attacks) == 1


# --------------------------------------------------------------------------- "every one of the N", "tallied"
@pytest.mark.parametrize("text, drones", [
    ("Russia struck Lviv with missiles on Tuesday. Nationwide, the air force tallied 50 missiles plus 16 Shahed drones; "
     "its crews shot down 30 missiles and every one of the 16 drones.", (16, 16)),
    ("On Tuesday Russia sent 16 drones against Poltava; gunners destroyed each one of the 16 drones.", (16, 16)),
    ("On Tuesday Russia sent 16 drones against Poltava; one of the 16 drones was destroyed.", (16, 1)),
])
def test_every_one_of_a_counted_wave_is_the_whole_wave(text: str, drones: tuple[int, int]) -> None:
    wave = next(w for a in _attacks(text) for w in a.weapons if w.type.value == "drone" and w.launched)
    assert (count_value(wave.launched), count_value(wave.intercepted)) == drones


# --------------------------------------------------------------------------- "until Monday" dates no strike
def test_a_pause_until_a_weekday_dates_no_strike_below_it() -> None:
    text = ("**Riverside runs are cancelled until Friday.** Last night a Russian drone hit a warehouse in Sumy. "
            "Two guards were injured.\n\n**Park runs continue.** On Monday a shell fell in a park in Sumy. Nobody was hurt.")
    days = sorted(a.date.start.isoformat() for a in _attacks(text) if a.date)
    assert days == ["2025-10-06", "2025-10-07"]


# --------------------------------------------------------------------------- a town before a "where" clause that strikes a civil site
def test_a_small_town_of_the_articles_region_struck_in_a_where_clause_is_kept() -> None:
    text = ("Russian shelling hit Kryvyi Rih on Monday. Our reporter heads to Zelenodolsk, where shells hit the "
            "school and the market on Thursday night. Two women were injured.")
    places = {(loc.name, loc.country) for a in _attacks(text, "2022-09-17") for loc in a.locations}
    assert ("Zelenodolsk", "Ukraine") in places


def test_a_where_clause_with_no_strike_names_no_place() -> None:
    text = "Russian shelling hit Kryvyi Rih on Monday. Our reporter travels to Zelenodolsk, where the school reopened."
    assert all(loc.name != "Zelenodolsk" for a in _attacks(text, "2022-09-17") for loc in a.locations)


# --------------------------------------------------------------------------- a child among people "also" hurt
@pytest.mark.parametrize("text, injured, children", [
    ("Russian shells hit a clinic in Nikopol on Monday. Three nurses were injured; a girl of 12 was also hurt.", 4, 1),
    ("Russian shells hit a clinic in Nikopol on Monday. Three nurses were injured; a man of 52 was also hurt.", 4, None),
])
def test_a_child_added_to_a_toll_counts_among_its_children(text: str, injured: int, children: int | None) -> None:
    (attack,) = _attacks(text)
    assert (count_value(attack.injured), count_value(attack.children_injured)) == (injured, children)


# --------------------------------------------------------------------------- a toll that stood "by the next morning"
def test_a_toll_standing_by_the_next_morning_is_the_strikes_toll() -> None:
    text = ("On the evening of 5 October a Russian missile struck a hostel in Sumy. Officials counted four people dead "
            "and nine injured by the next morning.")
    (attack,) = _attacks(text)
    assert attack.date.start == dt.date(2025, 10, 5) and count_value(attack.killed) == 4


# --------------------------------------------------------------------------- an event's own day in the possessive
def test_an_events_possessive_day_wins_over_another_date_of_its_sentence() -> None:
    text = ("Captured near Bakhmut in March, she came home in last Saturday's exchange, when Ukraine got back "
            "90 people from Russia.")
    (rec,) = [r for r in diplomacy_of(text, _PUBLISHED) if r.kind.value == "prisoner_exchange"]
    assert rec.date.start == dt.date(2025, 10, 4) and rec.status.value == "held"


# --------------------------------------------------------------------------- a later event named after "ahead of"
@pytest.mark.parametrize("text, status, day", [
    ("Estonia and Ukraine held talks in Tallinn on Monday, ahead of next week's summit.", "held", dt.date(2025, 10, 6)),
    ("Estonia and Ukraine will hold talks in Tallinn on Monday, ahead of next week's summit.", "planned", dt.date(2025, 10, 13)),
])
def test_a_later_event_after_ahead_of_leaves_the_talks_their_own_status(text: str, status: str, day: dt.date) -> None:
    talks = [r for r in diplomacy_of(text, _PUBLISHED) if r.kind.value == "talks"]
    assert talks and (talks[0].status.value, talks[0].date.start) == (status, day)


# --------------------------------------------------------------------------- the other side of a swap told by its people
@pytest.mark.parametrize("text", [
    "Ukraine got back 40 marines in Monday's exchange, in return for 38 Russians.",
    "Kyiv recovered 12 border guards in a swap on Monday, in exchange for nine Russians held since spring.",
])
def test_the_people_handed_over_name_the_other_side_of_a_swap(text: str) -> None:
    (rec,) = [r for r in diplomacy_of(text, _PUBLISHED) if r.kind.value == "prisoner_exchange"]
    assert {"Ukraine", "Russia"} <= set(rec.participants)


# --------------------------------------------------------------------------- "the city" after a sentence naming a city and a day
def test_the_city_after_a_sentence_naming_it_and_a_day_is_struck_that_day() -> None:
    text = ("Overnight drones hit Odesa. Our bakery van could not get to Sumy on Saturday. The town came under fire "
            "all morning, and a man was killed.")
    sumy = [a for a in _attacks(text) if a.locations and a.locations[0].name == "Sumy"]
    assert sumy and sumy[0].date.start == dt.date(2025, 10, 4) and count_value(sumy[0].killed) == 1


def test_the_city_after_a_sentence_naming_two_cities_takes_no_day_from_it() -> None:
    text = ("Overnight drones hit Odesa. Our van went from Sumy to Poltava on Saturday. The town came under fire "
            "all morning, and a man was killed.")
    assert all(a.date.start != dt.date(2025, 10, 4) for a in _attacks(text) if a.date)


# --------------------------------------------------------------------------- the work of the days after
@pytest.mark.parametrize("text", [
    "Missiles hit Dnipro on Tuesday, killing six. On Wednesday students helped clear the rubble in the Chechelivskyi district.",
    "Missiles hit Dnipro on Tuesday, killing six. Crews were still hauling away debris in the city centre on Thursday.",
])
def test_clearing_rubble_days_later_is_no_strike(text: str) -> None:
    assert len(_attacks(text)) == 1


def test_a_strike_told_with_the_clearing_is_kept() -> None:
    text = ("Missiles hit Dnipro on Tuesday, killing six. On Wednesday a drone struck a shop in Dnipro while crews were "
            "clearing rubble.")
    assert len(_attacks(text)) == 2


# --------------------------------------------------------------------------- a warship sunk
@pytest.mark.parametrize("text, place", [
    ("Russian missiles hit Kyiv on Monday. Before dawn on Tuesday, Ukrainian sea drones sank the Russian patrol ship "
     "Sergei Kotov off Feodosia.", "Feodosia"),
    ("Russian missiles hit Kyiv on Monday. On Tuesday Ukrainian naval drones sank a Russian tug off Alupka, "
     "on the Crimean coast.", "Alupka"),
])
def test_a_warship_sunk_by_drones_is_a_strike(text: str, place: str) -> None:
    sunk = [a for a in _attacks(text) if a.locations and a.locations[0].name == place]
    assert sunk and sunk[0].attacker == "Ukraine"


def test_drone_boats_sunk_are_no_warship() -> None:
    from summariser.lexicon import ATTACK_WORDS

    assert not any("sank" in m.group(0) for m in ATTACK_WORDS.finditer("Gunners sank four drone boats."))


def test_counted_crew_under_a_nil_are_no_toll() -> None:
    (attack,) = _attacks("Russian drones struck a grain carrier in Izmail on Monday. None of the carrier's 19 crew "
                         "members was injured.")
    assert count_value(attack.injured) != 19


# --------------------------------------------------------------------------- an event noun opening the clause after a colon
@pytest.mark.parametrize("text, status", [
    ("Plan your trips early: the roads are busy, and talks between the Slovak and Ukrainian transport ministers, "
     "planned for next Tuesday in Kosice, have been put off.", "stalled"),
    ("One more note: the summit of the Baltic and Ukrainian premiers, due in Riga next week, has been called off.",
     "cancelled"),
])
def test_an_event_opening_the_clause_after_a_colon_takes_its_own_verb(text: str, status: str) -> None:
    recs = diplomacy_of(text, _PUBLISHED)
    assert recs and recs[0].status.value == status


# --------------------------------------------------------------------------- "a series of" strikes with a day of its own
def test_a_series_of_strikes_told_with_its_day_keeps_its_weapons() -> None:
    (attack,) = _attacks("In Zaporizhzhia the governor reported 19 people hurt after a series of missile attacks on "
                         "the town early this morning.")
    assert [w.type.value for w in attack.weapons] == ["missile"] and count_value(attack.injured) == 19


def test_a_series_of_strikes_with_no_day_is_the_places_history() -> None:
    assert _attacks("Zaporizhzhia's schools have taught online since a series of rocket attacks on its suburbs.") == []


# --------------------------------------------------------------------------- "held here in X"
def test_talks_held_here_in_a_city_have_that_venue() -> None:
    text = ("Traffic was slow because of the talks between Zelensky and Moldova's president, which were held here in "
            "Chernivtsi on Monday afternoon.")
    (rec,) = diplomacy_of(text, _PUBLISHED)
    assert rec.location is not None and rec.location.name == "Chernivtsi"


# --------------------------------------------------------------------------- a signing in a visit's where-clause beside aid
def test_a_visit_a_signing_in_its_where_clause_and_aid_are_three_records() -> None:
    text = ("On Monday Denmark's prime minister, Mette Frederiksen, was in Odesa, where she and Ukraine's leader signed "
            "a security pact for ten years, and she announced 1.5 billion euros of military aid.")
    kinds = sorted(r.kind.value for r in diplomacy_of(text, _PUBLISHED))
    assert kinds == ["agreement", "military_aid", "visit"]


def test_an_agreement_named_in_a_visitors_remark_is_no_signing() -> None:
    text = ("On Monday Denmark's prime minister, Mette Frederiksen, was in Odesa, where she said Kyiv would reject any "
            "agreement made without it, and she announced 1.5 billion euros of military aid.")
    assert "agreement" not in {r.kind.value for r in diplomacy_of(text, _PUBLISHED)}
