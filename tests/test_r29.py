"""Round 29 (5 December 2026): an exchange agreed at talks held, the negotiating teams as the sides
of the talks told, a district named after a two-word town, tolls and strikes of a month told once,
a list that sums up its towns' paragraphs, missile parts told by a copula, and on the LLM path an
event named "the exchange" dated by the story's own exchange. Fresh sentences, written for these
tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.records import DiplomacyKind, DiplomacyStatus


def _rules(text: str, published: str = "2026-03-11"):
    from summariser import grounding
    from summariser.articles import make_article
    from summariser.backends.rules import RulesBackend

    article = make_article(text, published=published, title="x")
    return grounding.enforce(RulesBackend(None).extract(article), article)


def _diplomacy(text: str, published: str = "2026-03-11"):
    return [(d.kind, sorted(d.participants), d.date and d.date.start, d.status) for d in _rules(text, published).diplomacy]


def _attacks(text: str, published: str = "2026-03-11"):
    return _rules(text, published).attacks


# --------------------------------------------------------------------------- an exchange agreed at talks
@pytest.mark.parametrize("text", [
    "Delegations from Kyiv and Moscow met in Riyadh on Tuesday and agreed to exchange 200 prisoners next week.",
    "Ukrainian and Russian negotiators held talks in Riyadh on Tuesday, agreeing to swap 200 captured soldiers each next week.",
    "Ukraine and Russia held a round of talks in Riyadh on Tuesday and agreed on a new exchange of prisoners next week.",
])
def test_an_exchange_agreed_at_talks_is_planned_beside_the_talks_held(text):
    got = _diplomacy(text)
    held = [g for g in got if g[3] is DiplomacyStatus.held]
    planned = [g for g in got if g[0] is DiplomacyKind.prisoner_exchange]
    assert [g[0] for g in held] == [DiplomacyKind.talks] and held[0][2] == dt.date(2026, 3, 10)
    assert len(planned) == 1 and planned[0][3] is DiplomacyStatus.planned
    assert planned[0][1] == ["Russia", "Ukraine"]  # the host trades no one
    assert planned[0][2] is not None and planned[0][2] >= dt.date(2026, 3, 16)


def test_an_exchange_carried_out_stays_one_held_exchange():
    got = _diplomacy("After talks in Riyadh on Tuesday, Ukraine and Russia swapped 200 prisoners each.")
    assert [(g[0], g[3]) for g in got] == [(DiplomacyKind.prisoner_exchange, DiplomacyStatus.held)]


def test_the_second_thing_agreed_keeps_its_own_day():
    text = ("Kyiv's and Moscow's envoys sat for talks in Geneva on Tuesday, agreeing to trade 300 captives "
            "apiece next week and to come back on 2 April for a further session.")
    exchange = [g for g in _diplomacy(text) if g[0] is DiplomacyKind.prisoner_exchange]
    assert exchange and exchange[0][2] is not None and exchange[0][2] < dt.date(2026, 4, 1)


# --------------------------------------------------------------------------- the teams as the talks' sides
@pytest.mark.parametrize("later", [
    "The delegations will reconvene in Geneva on 3 June, the Swiss foreign ministry said.",
    "All three delegations are due back in Geneva on 3 June.",
    "The negotiators will return to Geneva on 3 June, officials said.",
    "Both teams will meet again in Vienna on 3 June.",
])
def test_the_negotiating_teams_name_the_sides_of_the_talks_told(later):
    text = "Ukrainian and Russian negotiators met in Geneva on Monday with Turkish mediators present. " + later
    planned = [g for g in _diplomacy(text) if g[3] is DiplomacyStatus.planned]
    assert planned and {"Ukraine", "Russia"} <= set(planned[0][1])


def test_an_offer_to_host_is_not_the_gathering_the_teams_held():
    text = ("Envoys of Kyiv and Moscow sat down in Doha on Monday, with Qatar mediating. Riyadh has proposed hosting "
            "a round for the top diplomats of both sides in its capital. Shelling went on as the delegations met.")
    held = [g for g in _diplomacy(text, "2026-11-24") if g[3] is DiplomacyStatus.held]
    assert held and "Saudi Arabia" not in held[0][1]


# --------------------------------------------------------------------------- no event
@pytest.mark.parametrize("text", [
    "Negotiations are a job for diplomats, not for me, the Ukrainian mayor said.",
    "Talks are a matter for politicians, said Ukraine's foreign minister.",
    "Summits are best left to the presidents, Ukraine's ambassador said.",
])
def test_the_business_of_talks_in_general_is_no_event(text):
    assert _diplomacy(text) == []


def test_talks_set_for_a_day_remain_an_event():
    assert _diplomacy("Talks between Ukraine and Russia are set for Friday in Geneva.")


@pytest.mark.parametrize("text", [
    "\"It takes time,\" the Kremlin spokesman said on a conference call.",
    "The Kremlin spokesman told reporters on a daily conference call that contacts would go on.",
])
def test_a_spokesmans_conference_call_is_no_call(text):
    assert _diplomacy(text) == []


def test_a_call_with_a_leader_told_by_the_speaker_stays_a_call():
    assert [g[0] for g in _diplomacy("Zelensky told reporters he had spoken by phone with Macron on Monday.")] == \
        [DiplomacyKind.phone_call]


# --------------------------------------------------------------------------- the fallen and the living
@pytest.mark.parametrize("second", [
    "A day earlier, Russia returned the bodies of 800 soldiers to Ukraine.",
    "A day earlier, the bodies of 800 soldiers killed in the fighting were returned to Ukraine, officials reported.",
    "On Wednesday, the remains of 800 servicemen were handed over to Ukraine.",
])
def test_bodies_returned_the_day_before_a_swap_are_an_exchange_of_their_own(second):
    got = _diplomacy("Ukraine and Russia swapped 300 prisoners each on Thursday. " + second, "2026-04-24")
    days = sorted(g[2] for g in got if g[0] is DiplomacyKind.prisoner_exchange)
    assert days == [dt.date(2026, 4, 22), dt.date(2026, 4, 23)]


def test_a_swap_told_twice_on_its_day_stays_one():
    got = _diplomacy("Ukraine and Russia swapped 300 prisoners each on Thursday. The bodies of 40 soldiers were also "
                     "handed over on Thursday.", "2026-04-24")
    assert len([g for g in got if g[0] is DiplomacyKind.prisoner_exchange]) == 1


# --------------------------------------------------------------------------- venues and gatherings
def test_a_city_the_speaker_did_not_travel_to_is_no_venue():
    (talks,) = _rules("Poland's foreign minister, who could not fly to Oslo, took part in talks by video on Thursday "
                      "with the Danish and Dutch ministers.", "2026-03-06").diplomacy
    assert talks.location is None and "Norway" not in talks.participants


def test_a_city_in_a_later_clause_of_circumstance_is_no_venue():
    (meeting,) = _rules("EU foreign ministers met in Luxembourg on Monday, as Washington pursued its own contacts with "
                        "officials in Moscow.", "2026-03-06").diplomacy
    assert meeting.location is not None and meeting.location.name == "Luxembourg"


@pytest.mark.parametrize("text", [
    "NATO defence chiefs assembled in Brussels on Thursday heard fresh offers of aid for Kyiv.",
    "EU foreign ministers gathered in Luxembourg on Thursday heard appeals for more air defence for Ukraine.",
])
def test_a_gathering_told_as_what_its_members_heard_is_the_gathering(text):
    kinds = [g[0] for g in _diplomacy(text, "2026-03-06")]
    assert kinds == [DiplomacyKind.meeting]


@pytest.mark.parametrize("second", [
    "They also went over plans for the alliance's summit in Vilnius on July 7-8.",
    "They went over the groundwork for the NATO summit in Vilnius on July 7.",
])
def test_a_summit_with_its_own_venue_and_day_is_planned_whatever_frames_it(second):
    got = _diplomacy("NATO defence ministers met in Brussels on Thursday. " + second, "2026-03-06")
    summits = [g for g in got if g[0] is DiplomacyKind.summit]
    assert summits and summits[0][3] is DiplomacyStatus.planned and summits[0][2] == dt.date(2026, 7, 7)


def test_preparations_without_a_day_name_no_summit():
    assert _diplomacy("Ministers discussed preparations for a possible summit.", "2026-03-06") == []


@pytest.mark.parametrize("text", [
    "The release came while Washington's and Moscow's teams prepared for talks in Riyadh next week.",
    "The release came while U.S. and Kremlin envoys prepared for talks in Riyadh next week.",
])
def test_officials_preparing_for_talks_set_for_a_day_tell_the_talks(text):
    got = _diplomacy(text, "2026-03-07")
    assert [(g[0], g[3]) for g in got] == [(DiplomacyKind.talks, DiplomacyStatus.planned)]


@pytest.mark.parametrize("text", ["Moscow is prepared for talks, Peskov said.",
                                  "Russia remains prepared to continue contacts, including talks on Ukraine."])
def test_being_prepared_for_talks_is_a_stance(text):
    assert _diplomacy(text) == []


def test_talks_put_off_with_an_initialled_side_are_stalled():
    (talks,) = _rules("A round between U.S. and Kremlin envoys that had been due in Riyadh on Thursday has been put off, "
                      "officials said on Wednesday, with no new date set.").diplomacy
    assert talks.status is DiplomacyStatus.stalled and talks.date is not None and talks.date.start == dt.date(2026, 3, 12)


def test_a_gathering_named_by_its_city_beside_another_events_day_is_the_one_told():
    text = ("A round between U.S. and Kremlin envoys that had been due in Riyadh on Thursday has been put off. "
            "Officials had sold the Riyadh meeting as a first step, coming after last week's phone call of the leaders.")
    assert len([g for g in _diplomacy(text) if g[0] in (DiplomacyKind.talks, DiplomacyKind.meeting)]) == 1


def test_a_states_own_measures_after_sanctions_are_sanctions():
    text = ("Washington imposed sanctions on 12 Russian oil traders on Wednesday. Canada is to unveil its own restrictions "
            "on the traders on Friday, Ottawa said.")
    ca = [g for g in _diplomacy(text) if "Canada" in g[1]]
    assert ca and ca[0][0] is DiplomacyKind.sanctions and ca[0][3] is DiplomacyStatus.planned


@pytest.mark.parametrize("text,giver", [
    ("Belgium unveiled 150 million euros to buy shells for Ukraine's gunners from Czech plants.", "Belgium"),
    ("Norway announced 300 million euros for Ukrainian drone makers on Thursday.", "Norway"),
])
def test_a_sum_told_by_the_weapons_it_buys_is_aid(text, giver):
    got = _diplomacy(text, "2026-03-06")
    assert [(g[0], giver in g[1]) for g in got] == [(DiplomacyKind.military_aid, True)]


def test_a_firms_purchase_is_no_aid():
    assert _diplomacy("The company announced 30 million euros to buy drones for its farms.") == []


def test_leaders_who_agree_their_negotiators_will_sit_down_plan_talks():
    got = _diplomacy("The American and Russian presidents spoke by phone on Thursday and decided that both teams "
                     "would sit down in Riyadh on March 12.", "2026-03-06")
    assert (DiplomacyKind.talks, ["Russia", "Saudi Arabia", "United States"], dt.date(2026, 3, 12),
            DiplomacyStatus.planned) in got


# --------------------------------------------------------------------------- places
@pytest.mark.parametrize("text,place", [
    ("Drones damaged an electrical substation in the Bila Tserkva district overnight, officials said.", "Bila Tserkva district"),
    ("Overnight Chuhuiv district was hit by drones, officials said.", "Chuhuiv district"),
])
def test_a_district_is_named_after_its_town_of_one_or_two_words(text, place):
    (attack,) = _attacks(text)
    assert [loc.name for loc in attack.locations] == [place]


@pytest.mark.parametrize("text,place", [
    ("A drone struck Mykolaiv's neighbour Ochakiv at dawn on Sunday, wounding a fisherman.", "Ochakiv"),
    ("Kyiv's suburb of Irpin was shelled on Monday.", "Irpin"),
])
def test_the_city_whose_neighbour_was_hit_only_locates_it(text, place):
    (attack,) = _attacks(text)
    assert [loc.name for loc in attack.locations] == [place]


def test_a_city_and_its_neighbour_both_hit_are_both_places():
    (attack,) = _attacks("Drones hit Odesa and its neighbour Chornomorsk overnight.")
    assert {loc.name for loc in attack.locations} == {"Odesa", "Chornomorsk"}


@pytest.mark.parametrize("text", [
    "Moscow's mayor said that 12 drones had been shot down on approach to the capital during the night.",
    "Moscow's mayor wrote that air defences had downed 12 drones heading for the capital overnight.",
])
def test_drones_downed_on_their_way_to_the_capital_are_its_record(text):
    (attack,) = _attacks(text, "2026-03-04")
    assert [loc.name for loc in attack.locations] == ["Moscow"] and attack.weapons[0].intercepted.value == 12


# --------------------------------------------------------------------------- one strike or many
@pytest.mark.parametrize("text", [
    "The raid on the Odesa substation was a heavy blow to the city's grid.",
    "For the region, the hit on the Odesa wells is costly.",
])
def test_a_strike_weighed_as_a_cost_is_the_strike_told(text):
    attacks = _attacks("Russian missiles hit an energy site in Odesa on Tuesday. " + text)
    assert len(attacks) == 1


def test_a_strike_weighed_in_its_own_sentence_with_a_toll_stays():
    (attack,) = _attacks("The strike on Sumy's market on Sunday was a terrible blow, officials said, after two missiles killed 14 people.")
    assert attack.killed is not None and attack.killed.value == 14


@pytest.mark.parametrize("text", [
    "Earlier this month Russian shelling killed three people in Nikopol, regional officials said.",
    "Russian artillery killed three people in Nikopol earlier this month.",
    "Earlier this month shelling killed three people in Nikopol, officials said; the town has been shelled almost daily since the spring.",
])
def test_a_toll_told_earlier_this_month_in_one_town_is_one_strike(text):
    (attack,) = _attacks(text, "2023-12-20")
    assert attack.killed.value == 3 and attack.date is not None and attack.date.start == dt.date(2023, 12, 1)


@pytest.mark.parametrize("text", [
    "Russian shelling killed 30 people in the Kherson region this month.",
    "So far this month, shelling has killed 12 people in Kherson.",
])
def test_a_toll_of_this_month_is_a_tally(text):
    assert _attacks(text, "2023-12-20") == []


@pytest.mark.parametrize("text,place", [
    ("In November, drones hit a grain barge moored at Reni, though nobody aboard was hurt.", "Reni"),
    ("The Saratov refinery was struck last August, when a drone set a distillation column on fire.", "Saratov"),
    ("In early June, a pair of missiles slammed into a fuel depot in Tuapse.", "Tuapse"),
])
def test_one_strike_of_a_past_month_with_its_target_is_a_record(text, place):
    (attack,) = _attacks(text, "2026-03-05")
    assert [loc.name for loc in attack.locations] == [place]


@pytest.mark.parametrize("text", [
    "Refineries in Saratov were hit repeatedly in August.",
    "In January, drones hit dozens of sites in the Kharkiv region.",
    "In January, Russian drones hit a number of substations in Odesa.",
])
def test_strikes_of_a_past_month_on_many_targets_are_no_record(text):
    assert _attacks(text, "2026-03-05") == []


@pytest.mark.parametrize("text", [
    "A missile killed three people in Dnipro and drones damaged a school in Kharkiv overnight.",
    "The summit opened a day after a night raid during which a missile killed three people in Dnipro and drones damaged a school in Kharkiv.",
])
def test_two_clauses_with_their_own_weapons_are_two_strikes(text):
    attacks = _attacks(text, "2026-03-05")
    assert sorted((a.locations[0].name, a.killed and a.killed.value) for a in attacks) == [("Dnipro", 3), ("Kharkiv", None)]


def test_one_barrage_on_two_cities_stays_one_record():
    (attack,) = _attacks("Drones and missiles hit Dnipro and Kharkiv overnight, killing three.", "2026-03-05")
    assert {loc.name for loc in attack.locations} == {"Dnipro", "Kharkiv"}


def test_a_lead_that_sums_up_its_towns_paragraphs_is_no_record_of_its_own():
    attacks = _attacks("Russia attacked Ukraine overnight with drones, killing three people in Dnipro and damaging a "
                       "school in Kharkiv, officials said. In Dnipro, a drone hit a block of flats; three residents died. "
                       "In Kharkiv, a school was damaged.", "2026-03-05")
    assert sorted(a.locations[0].name for a in attacks) == ["Dnipro", "Kharkiv"]


def test_a_leads_toll_not_told_again_keeps_the_list():
    attacks = _attacks("Russia attacked Ukraine overnight with drones, killing five people in Dnipro and Kharkiv, "
                       "officials said. In Dnipro, a drone hit a block of flats. In Kharkiv, a school was damaged.", "2026-03-05")
    assert any(a.killed is not None and a.killed.value == 5 for a in attacks)


def test_crew_members_described_after_a_partitive_are_the_toll():
    (attack,) = _attacks("In Odesa, drones hit the port overnight. Two of its workers, both men in their forties, "
                         "were wounded.", "2026-03-05")
    assert attack.injured is not None and attack.injured.value == 2


@pytest.mark.parametrize("text", [
    "Moscow launched 20 missiles overnight. Twelve of those were Kh-101s and eight were Iskander-Ms, according to Kyiv.",
    "Moscow launched 20 missiles overnight; twelve were Kh-101 cruise missiles and eight were Iskander-M ones.",
])
def test_missile_parts_told_by_a_copula_are_counted(text):
    (attack,) = _attacks(text, "2026-03-05")
    launched = {(w.model or w.type.value): w.launched and w.launched.value for w in attack.weapons}
    assert launched.get("Kh-101") == 12 and launched.get("Iskander-M") == 8


def test_downed_weapons_are_no_part():
    (attack,) = _attacks("Russia launched 40 drones and eight were shot down.", "2026-03-05")
    assert [(w.launched and w.launched.value, w.intercepted and w.intercepted.value) for w in attack.weapons] == [(40, 8)]


# --------------------------------------------------------------------------- the LLM path
def _story(*sentences: str) -> str:
    return " ".join(sentences)


def test_hours_after_the_exchange_is_the_storys_own_exchange():
    from summariser.grounding.event_anchor import named_anchor

    text = _story("Kyiv and Moscow released 150 captives apiece on Friday under a deal Qatar brokered.",
                  "An earlier swap, in late October, brought home 90 soldiers per side.",
                  "Hours after the exchange, a drone hit a market in Sumy, killing two.")
    at = text.index("Hours after")
    day = named_anchor("Hours after the exchange", dt.date(2026, 3, 7), text, (at, at + 24))
    assert day is not None and day.start == dt.date(2026, 3, 6)


def test_the_exchange_told_again_on_its_day_dates_the_moment():
    from summariser.grounding.event_anchor import named_anchor

    text = _story("Kyiv and Moscow released 150 captives apiece on Friday.",
                  "The exchange on Thursday of 40 bodies came first.",
                  "Hours after the exchange, a drone hit a market in Sumy.")
    at = text.index("Hours after")
    day = named_anchor("Hours after the exchange", dt.date(2026, 3, 7), text, (at, at + 24))
    assert day is not None and day.start == dt.date(2026, 3, 5)


@pytest.mark.parametrize("words,expected", [("since late January", "in late January"), ("since March", "in March"),
                                            ("sales since March", None), ("before December", None)])
def test_a_bare_since_a_month_after_a_first_names_that_month(words, expected):
    from summariser.grounding.when_forms import month_words

    assert month_words(words, first_since=True) == expected


@pytest.mark.parametrize("text,dated", [
    ("It was the first phone call between the two leaders since late January.", True),
    ("Moscow has turned down every offer of a truce since late January.", False),
])
def test_since_a_month_dates_an_event_only_after_a_first(text, dated):
    from summariser.grounding.when_forms import month_date

    at = text.index("since")
    found = month_date("since late January", dt.date(2026, 3, 5), text, (at, at + 18))
    assert (found is not None and (found.start.year, found.start.month) == (2026, 1)) if dated else found is None


def test_a_second_missile_part_joined_by_and_is_launched():
    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    text = "Moscow launched 20 missiles overnight; twelve were Kh-101 cruise missiles and eight were Iskander-M ones."
    draft = ArticleDraft.model_validate({"attacks": [{"attacker": "Russia", "kind": "missile_strike", "evidence": [text], "weapons": [
        {"type": "other", "model": "missiles", "launched": 20},
        {"type": "cruise_missile", "model": "Kh-101", "launched": 12},
        {"type": "ballistic_missile", "model": "Iskander-M", "launched": 8}]}]})
    (attack,) = draft_to_records(draft, text, published=dt.date(2026, 3, 5)).attacks
    assert {w.model: w.launched and w.launched.value for w in attack.weapons} == {"missiles": 20, "Kh-101": 12, "Iskander-M": 8}


# --------------------------------------------------------------------------- a journey onward, a day after
@pytest.mark.parametrize("text", [
    "Brazil's president visited Kyiv on Friday and went on to Moscow on Saturday for talks with Putin.",
    "The Indian premier paid a visit to Kyiv on Friday, and then travelled on to Moscow on Saturday to hold talks with Putin.",
])
def test_a_journey_onward_to_talks_is_a_second_event(text):
    got = _diplomacy(text, "2023-06-20")
    assert (DiplomacyKind.talks, sorted({got[0][1][0], "Russia"}), dt.date(2023, 6, 17), DiplomacyStatus.held) in got
    assert got[0][0] is DiplomacyKind.visit and got[0][2] == dt.date(2023, 6, 16)


@pytest.mark.parametrize("published", ["2023-06-24", "2023-06-20"])
def test_a_weekday_after_last_friday_in_its_sentence_is_the_day_after(published):
    got = _diplomacy("Brazil's president was in Kyiv last Friday and went on to Moscow on Saturday for talks "
                     "with Putin.", published)
    talks = [g for g in got if g[0] is DiplomacyKind.talks]
    assert talks and talks[0][2] == dt.date(2023, 6, 17)  # never the Saturday of the report's week


def test_a_weekday_before_the_report_with_no_earlier_day_is_the_last_one():
    got = _diplomacy("Brazil's president held talks with Putin in Moscow on Saturday.", "2023-06-24")
    assert got and got[0][2] == dt.date(2023, 6, 24)


def test_the_llm_paths_weekday_after_a_told_day():
    from summariser.grounding.complete import resolve_when

    text = "Brazil's president was in Kyiv last Friday and went on to Moscow on Saturday for talks with Putin."
    at = text.index("on Saturday")
    day = resolve_when("on Saturday", dt.date(2023, 6, 24), text, (at, at + 11), diplomacy=True)
    assert day.start == dt.date(2023, 6, 17)
    plain = "Brazil's president held talks with Putin in Moscow on Saturday."
    at = plain.index("on Saturday")
    assert resolve_when("on Saturday", dt.date(2023, 6, 24), plain, (at, at + 11), diplomacy=True).start == dt.date(2023, 6, 24)


def test_weapons_coordinated_in_one_subject_are_one_strike():
    (attack,) = _attacks("Artillery and drones hit Nikopol and Marhanets on Thursday, the governor said; a man of 64 "
                         "was hurt in Nikopol.", "2026-03-05")
    assert {loc.name for loc in attack.locations} >= {"Nikopol", "Marhanets"}


def test_states_reviewing_their_own_restrictions_decide_nothing():
    text = ("Washington imposed sanctions on 12 Russian oil traders on Wednesday. Ottawa and Canberra are still "
            "reviewing their own restrictions on such traders, officials said.")
    assert [g[1] for g in _diplomacy(text)] == [["Russia", "United States"]]


def test_an_alert_of_missiles_heading_for_the_capital_hits_nothing():
    assert _attacks("Sirens sounded across Ukraine at dawn as Kyiv's air force reported Iskanders flying towards the capital.",
                    "2026-03-05") == []
