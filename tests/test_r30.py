"""Round 30 (5 December 2026): a question put about an event's meaning tells no event, a state's name
that is also a given name stands for the person, a partitive toll told across an aside, and a
gathering told by "<people> of <body>". Fresh sentences, written for these tests, with near misses
beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomacy_probes import diplomacy_of
from probes import AttackProbe, draft_records
from summariser.records import DiplomacyKind, DiplomacyStatus

_PUBLISHED = "2026-04-10"  # a Friday
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _diplomacy(text: str, published: str = _PUBLISHED):
    """(kind, sorted participants, start day, status) of each grounded diplomacy record."""
    return [(d.kind, sorted(d.participants), d.date and d.date.start, d.status)
            for d in diplomacy_of(text, published, grounded=True)]


# --------------------------------------------------------------------------- a question is no event
@pytest.mark.parametrize("text", [
    "Several envoys asked what the contacts between the American and Russian leaders would mean for Europe.",
    "Reporters wondered whether a summit between Kyiv and Moscow could still take place.",
    "One diplomat queried how the talks between Washington and Moscow might affect the aid.",
])
def test_a_question_about_an_event_tells_no_event(text):
    assert _diplomacy(text) == []


@pytest.mark.parametrize("text", [
    "Envoys of the United States and Russia held talks in Riyadh on Tuesday, and reporters asked what they would bring.",
    "The presidents of Ukraine and Poland spoke by phone on Tuesday, and ministers asked what the call would mean for the border.",
])
def test_a_dated_event_beside_a_question_stays(text):
    assert len(_diplomacy(text)) == 1


# --------------------------------------------------------------------------- a given name is no state
@pytest.mark.parametrize("text, codes", [
    ("Jordan Bardella told French radio that sanctions on Russia hurt farmers.", ["FR", "RU"]),
    ("Chad Morrison, a spokesman for the charity, said Ukraine needed generators.", ["UA"]),
    ("India Walsh reported from Kyiv for the paper.", ["UA"]),
])
def test_a_state_name_before_a_surname_is_a_person(text, codes):
    from summariser.knowledge.actors import find_actors

    assert [m.actor.code for m in find_actors(text)] == codes


@pytest.mark.parametrize("text, code", [
    ("Jordan hosted talks between the two sides on Monday.", "JO"),
    ("The presidents of Chad and Niger met in N'Djamena.", "TD"),
    ("India and Pakistan exchanged fire.", "IN"),
    ("Jordan King Abdullah met the Ukrainian president.", "JO"),
    ("Talks In Jordan End Without A Deal", "JO"),
])
def test_the_state_itself_stays(text, code):
    from summariser.knowledge.actors import find_actors

    assert code in [m.actor.code for m in find_actors(text)]


# --------------------------------------------------------------------------- a partitive toll across an aside
@pytest.mark.parametrize("text, injured", [
    ("A Russian glide bomb hit a sawmill in Kupiansk on Tuesday. Four of the loggers, all of them local men, were wounded.", 4),
    ("Drones struck a bakery in Nikopol overnight. Two of the employees, including the night manager, were hurt.", 2),
    ("Shelling hit a clinic in Kherson on Monday. Three of the nurses, among them a trainee, were injured.", 3),
])
def test_a_partitive_toll_is_read_across_its_aside(text, injured):
    got = _attacks(text)
    assert len(got) == 1 and got[0].injured is not None and got[0].injured.value == injured


def test_a_lone_person_is_still_counted_when_no_count_stands_before():
    got = _attacks("Drones struck a bakery in Nikopol overnight. A shift manager was hurt.")
    assert got and got[0].injured is not None and got[0].injured.value == 1


# --------------------------------------------------------------------------- people of a body gathering
@pytest.mark.parametrize("text, who", [
    ("Defence chiefs of NATO assembled in Brussels on Thursday to weigh air defence for Ukraine.", ["NATO"]),
    ("Foreign ministers from the EU gathered in Luxembourg on Thursday to discuss the next package.", ["European Union"]),
])
def test_people_of_a_body_gathering_is_its_meeting(text, who):
    got = _diplomacy(text)
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [(DiplomacyKind.meeting, who, dt.date(2026, 4, 9), DiplomacyStatus.held)]


def test_people_of_a_body_who_only_spoke_hold_no_meeting():
    assert _diplomacy("Defence chiefs of NATO said on Thursday that air defence for Ukraine was short.") == []


def test_a_gathering_weighing_aid_for_a_state_names_no_side_for_it():
    got = _diplomacy("Army chiefs of NATO convened in Brussels on Thursday to weigh more shells for Ukraine.")
    assert [g[1] for g in got] == [["NATO"]]


# --------------------------------------------------------------------------- money for the defending state's needs
@pytest.mark.parametrize("text, giver, day", [
    ("The Belgian government announced 40 million euros for the repair of Ukraine's water plants on Tuesday.", "Belgium", 7),
    ("Portugal pledged on Monday a further $25m for Ukraine's school shelters.", "Portugal", 6),
    ("Ireland committed €12 million for generators in Ukrainian hospitals, its foreign minister said on Wednesday.", "Ireland", 8),
    ("Australia said on Thursday it would fund the training of Ukrainian deminers.", "Australia", 9),
])
def test_money_given_for_the_defending_states_needs_is_aid(text, giver, day):
    got = _diplomacy(text)
    assert [(g[0], g[1], g[2]) for g in got] == [(DiplomacyKind.military_aid, sorted([giver, "Ukraine"]), dt.date(2026, 4, day))]


@pytest.mark.parametrize("text", [
    "Russia allocated 3 billion roubles for the reconstruction of Mariupol's theatre.",
    "The government announced 9 million euros for its own coast guard on Tuesday.",
    "Ukraine's cabinet allocated 30 million euros for Ukrainian drone makers on Monday.",
])
def test_money_for_oneself_is_no_aid(text):
    assert _diplomacy(text) == []


# --------------------------------------------------------------------------- a plan put off or called off
def test_a_round_a_host_was_due_to_stage_and_put_off_is_stalled_on_its_day_ahead():
    text = ("A new round of Ukrainian-Russian negotiations that Oman was due to stage in Muscat on Sunday has been "
            "put off, the Omani foreign ministry said on Thursday, without giving another date.")
    got = _diplomacy(text)
    assert [(g[0], g[2], g[3]) for g in got] == [(DiplomacyKind.talks, dt.date(2026, 4, 12), DiplomacyStatus.stalled)]


@pytest.mark.parametrize("text, start", [
    ("The technical session between Kyiv and Moscow envoys scheduled for Vienna next week was cancelled on Tuesday.",
     dt.date(2026, 4, 13)),
    ("A round of talks between Ukraine and Russia planned for Geneva on 22 April was called off late on Monday.",
     dt.date(2026, 4, 22)),
])
def test_a_called_off_plan_is_dated_by_its_plan_not_by_the_calling_off(text, start):
    got = _diplomacy(text)
    assert [(g[0], g[2], g[3]) for g in got] == [(DiplomacyKind.talks, start, DiplomacyStatus.cancelled)]


def test_a_calling_off_with_no_plan_day_keeps_its_own_day():
    got = _diplomacy("Talks between Ukraine and Russia in Vienna were called off on Tuesday.")
    assert [(g[2], g[3]) for g in got] == [(dt.date(2026, 4, 7), DiplomacyStatus.cancelled)]


# --------------------------------------------------------------------------- a live blog's topic fragment and a day as subject
def test_a_topic_fragment_names_the_place_of_the_strike_after_it():
    text = ("**07:40 CET** Russia fired 90 drones at Ukraine overnight, the air force said; 71 were downed.\n\n"
            "**10:15 CET** Back to Zaporizhzhia. A missile struck a warehouse near the river port before dawn, "
            "and two watchmen were killed, the governor said.")
    places = sorted(a.locations[0].name for a in _attacks(text) if a.locations)
    assert "Zaporizhzhia" in places
    town = next(a for a in _attacks(text) if a.locations and a.locations[0].name == "Zaporizhzhia")
    assert town.killed is not None and town.killed.value == 2


def test_a_fragment_naming_two_places_gives_neither():
    text = ("**07:40 CET** Russia fired 90 drones at Ukraine overnight, the air force said; 71 were downed.\n\n"
            "**10:15 CET** More on Sumy and Kherson. A missile struck a warehouse before dawn, the governor said.")
    assert [a.locations[0].name for a in _attacks(text) if a.locations] == ["Ukraine"]


def test_a_day_told_as_subject_dates_the_strike_after_it():
    text = ("Shelling of Kherson began on Friday, when shells hit the river station and wounded a ferryman.\n\n"
            "Saturday brought no respite. Russian gunners pounded the town from noon until dusk, hitting a school "
            "and a pharmacy; three residents were hurt.")
    days = sorted(a.date.start for a in _attacks(text, "2026-04-13") if a.date)
    assert days == [dt.date(2026, 4, 10), dt.date(2026, 4, 11)]


# --------------------------------------------------------------------------- one person told by a possessive
@pytest.mark.parametrize("text, killed, injured", [
    ("Shells hit Beryslav on Monday. An elderly man was killed at his gate and his wife, a retired teacher, was hurt.", 1, 1),
    ("A drone struck a minibus in Kherson on Monday. Its driver, a man of 50, was wounded.", None, 1),
])
def test_one_person_told_by_a_possessive_is_counted(text, killed, injured):
    got = _attacks(text)
    assert len(got) == 1
    assert (got[0].killed.value if got[0].killed else None) == killed
    assert (got[0].injured.value if got[0].injured else None) == injured


# --------------------------------------------------------------------------- a summary list item told nowhere else
def test_a_summary_item_the_body_never_tells_keeps_its_strike():
    text = ("**Main points**\n\n"
            "- Ukrainian drones hit an oil depot in Bryansk overnight on April 11 to 12.\n"
            "- Russian glide bombs struck Kostiantynivka on April 12, killing one man.\n\n"
            "**Strikes**\n\n"
            "Russian glide bombs struck Kostiantynivka on April 12, killing one man and damaging a market, "
            "local officials said.\n")
    places = sorted(a.locations[0].name for a in _attacks(text, "2026-04-13") if a.locations)
    assert places == ["Bryansk", "Kostiantynivka"]


def test_an_embassys_city_is_no_place_hit():
    text = ("The two ministers agreed to rebuild infrastructure damaged by Russian strikes and to keep in touch "
            "through their embassies in Kyiv and Warsaw.")
    assert _attacks(text) == []


# --------------------------------------------------------------------------- put off: the status and the day set
@pytest.mark.parametrize("text", [
    "Ushakov said on April 9 that the session of Russian, American and Ukrainian envoys planned in Riyadh for April 14 is being postponed.",
    "The session of Russian, American and Ukrainian envoys planned in Riyadh for April 14 is \"being postponed\", Ushakov said on April 9.",
])
def test_a_postponed_session_is_stalled_on_the_day_it_was_set_for(text):
    got = _diplomacy(text)
    assert [(g[0], g[2], g[3]) for g in got] == [(DiplomacyKind.talks, dt.date(2026, 4, 14), DiplomacyStatus.stalled)]


def test_a_gathering_that_would_not_be_held_then_postponed_with_no_date_is_stalled():
    text = ("A spokesman told reporters in Ankara that the round between Kyiv and Moscow that had been expected in "
            "Antalya on Monday would not go ahead then. \"We have put it back. Nobody has fixed another day yet,\" he added.")
    got = _diplomacy(text, "2026-04-09")
    assert [(g[0], g[2], g[3]) for g in got] == [(DiplomacyKind.talks, dt.date(2026, 4, 13), DiplomacyStatus.stalled)]


def test_a_measure_is_not_stalled_by_the_next_sentences_postponement():
    text = ("Japan adopted new sanctions on Russia on Wednesday. Canada added that it would follow with its own designations of "
            "Russian oil tankers next week. Talks between Kyiv and Moscow set for Friday have been postponed, giving no new date.")
    canada = [g for g in _diplomacy(text) if g[0] is DiplomacyKind.sanctions and "Canada" in g[1]]
    assert [(g[1], g[3]) for g in canada] == [(["Canada", "Russia"], DiplomacyStatus.planned)]


def test_a_relative_aside_after_the_measure_leaves_its_status_to_its_own_verb():
    text = ("The EU's sanctions package against Russia, which names another forty tankers and two banks, is expected "
            "to be approved by member states on Wednesday, officials said.")
    got = _diplomacy(text, "2026-04-13")
    assert [(g[0], g[2], g[3]) for g in got] == [(DiplomacyKind.sanctions, dt.date(2026, 4, 15), DiplomacyStatus.planned)]


# --------------------------------------------------------------------------- gatherings and their outcomes
def test_progress_towards_sanctions_is_no_sanctions_and_ministers_meeting_is_their_meeting():
    text = ("NATO defence ministers meeting in Brussels on Thursday promised more shells for Kyiv and inched closer to "
            "a joint drone fund.")
    got = _diplomacy(text)
    assert [(g[0], g[2], g[3]) for g in got][0] == (DiplomacyKind.meeting, dt.date(2026, 4, 9), DiplomacyStatus.held)
    assert "NATO" in got[0][1]


def test_aid_announced_at_the_meeting_takes_the_meetings_day():
    text = ("Foreign ministers of the EU met in Luxembourg on Tuesday. Three governments unveiled new support at the "
            "meeting. Denmark said it would provide a package worth 500 million kroner for Ukraine's air defence.")
    aid = [g for g in _diplomacy(text) if g[0] is DiplomacyKind.military_aid]
    assert [(g[1], g[2]) for g in aid] == [(["Denmark", "Ukraine"], dt.date(2026, 4, 7))]


@pytest.mark.parametrize("text, host", [
    ("Kyiv and Moscow are due to send delegations to Doha on Friday for their first meeting since March.", "Qatar"),
    ("Ukrainian and American technical experts will meet in Vienna on April 20 to draft a monitoring plan.", "Austria"),
])
def test_delegations_and_experts_meeting_are_talks(text, host):
    got = _diplomacy(text)
    assert [g[0] for g in got] == [DiplomacyKind.talks] and got[0][3] is DiplomacyStatus.planned and host in got[0][1]


def test_an_agenda_item_is_no_event_and_a_bodys_ministers_at_its_seat_hold_a_meeting():
    text = "NATO's defence chiefs are expected in Brussels for a meeting on Thursday, with a new drone coalition on the agenda."
    got = _diplomacy(text)
    assert [(g[0], g[3]) for g in got] == [(DiplomacyKind.meeting, DiplomacyStatus.planned)] and "NATO" in got[0][1]


def test_the_leaders_of_several_states_meeting_hold_a_summit_with_their_host():
    got = _diplomacy("Baltic leaders who met in Riga on Monday said they would press for tougher sanctions.")
    assert [(g[0], g[1]) for g in got] == [(DiplomacyKind.summit, ["Latvia"])]


def test_one_states_leaders_meeting_stay_a_meeting():
    got = _diplomacy("Ukraine's leaders met in Lviv on Monday.")
    assert all(g[0] is not DiplomacyKind.summit for g in got)


# --------------------------------------------------------------------------- the LLM path: a facility named again, a plan put off
_grounded = draft_records  # the LLM path keeps of one draft


@pytest.mark.parametrize("again", [
    "The depot had already been hit on 3 March, regional officials said.",
    "That depot was also struck on 3 March, according to the same officials.",
])
def test_a_facility_named_again_by_its_noun_keeps_the_town_told_before(again):
    text = ("Ukrainian drones set fire to the Tikhoretsk oil depot in the Krasnodar region on 10 April, officials said. "
            "Firefighters worked through the night. " + again)
    got = _grounded(text, dt.date(2026, 4, 11), attacks=[{
        "attacker": "Ukraine", "target_country": "Russia", "kind": "other", "places": ["Tikhoretsk"],
        "when": "on 3 March", "evidence": [again]}])
    assert [a.locations[0].name for a in got.attacks if a.locations] == ["Tikhoretsk"]


@pytest.mark.parametrize("before, told", [
    ("Drones set fire to the Tikhoretsk oil depot in the Krasnodar region on 10 April.", True),
    ("Drones hit an oil depot in Tikhoretsk and another depot in Armavir on 10 April.", False),
    ("Drones hit a plant in Tikhoretsk on 10 April.", False),
])
def test_the_facility_noun_points_back_to_one_town_only(before, told):
    from summariser.grounding.region_anaphor import site_told_before
    from summariser.knowledge import lookup

    again = "The depot had already been hit on 3 March."
    text = before + " Firefighters worked through the night. " + again
    at = text.index(again)
    assert site_told_before(lookup("Tikhoretsk").key, text, [(at, at + len(again))]) is told


@pytest.mark.parametrize("sentence, when", [
    ("Ushakov told reporters in Moscow that the round of Russian and Ukrainian envoys that had been expected in "
     "Doha on Monday would not be held then.", "on Monday"),
    ("The talks between Kyiv and Moscow that Qatar had offered to host in Doha on Monday have been postponed, "
     "Ushakov said, giving no new date.", "on Monday"),
])
def test_a_plan_put_off_keeps_the_weekday_ahead_it_was_set_for(sentence, when):
    got = _grounded(sentence, dt.date(2026, 4, 9), diplomacy=[{
        "kind": "talks", "participants": ["Russia", "Ukraine", "Qatar"], "place": "Doha", "when": when,
        "status": "stalled", "evidence": [sentence]}])
    assert [d.date.start for d in got.diplomacy if d.date] == [dt.date(2026, 4, 13)]


# --------------------------------------------------------------------------- tolls: a risen death toll, a statistic's details
def test_a_death_toll_risen_after_a_body_found_is_the_whole_toll():
    text = ("The death toll from Tuesday night's drone attack on a hostel in Sumy has climbed to seven, the mayor said, "
            "after rescuers recovered a man's body from the debris.")
    got = _attacks(text)
    assert len(got) == 1 and got[0].killed is not None and got[0].killed.value == 7


def test_the_details_of_a_monthly_statistic_are_no_strikes_toll():
    text = ("Monitors recorded 140 civilians killed and 700 injured across Ukraine in March. The bulk of the casualties "
            "were in the Kharkiv and Donetsk regions. At least 11 of the dead and 60 of the injured were children.\n\n"
            "On 6 April a missile hit a clinic in Poltava, killing two people and injuring nine, including three children.")
    got = _attacks(text)
    assert [(a.locations[0].name, a.children_injured and a.children_injured.value) for a in got] == [("Poltava", 3)]


# --------------------------------------------------------------------------- measures: a proposal beside a demand, a package provided
def test_a_proposal_to_list_names_is_proposed_sanctions_beside_a_demand():
    text = ("Several capitals had urged Brussels to ban Russian aluminium, whereas a European Commission proposal to add "
            "nine Russian insurers to the transaction ban was kept back for another package.")
    got = [g for g in _diplomacy(text) if g[0] is DiplomacyKind.sanctions]
    assert [(g[1], g[3]) for g in got] == [(["European Union", "Russia"], DiplomacyStatus.proposed)]


def test_a_package_provided_with_its_worth_is_aid():
    got = _diplomacy("Norway said on Tuesday it would provide a package worth 800 million kroner for Ukraine's drone forces.")
    assert [(g[0], g[1], g[2]) for g in got] == [(DiplomacyKind.military_aid, ["Norway", "Ukraine"], dt.date(2026, 4, 7))]


def test_a_port_named_again_points_back_to_its_town():
    from summariser.grounding.region_anaphor import site_told_before
    from summariser.knowledge import lookup

    again = "The port had been attacked in March as well."
    text = "Sea drones damaged a tanker at the port of Novorossiysk on Sunday. Loading stopped for a day. " + again
    at = text.index(again)
    assert site_told_before(lookup("Novorossiysk").key, text, [(at, at + len(again))])


# --------------------------------------------------------------------------- the LLM path: prose over its cap
def test_a_summary_over_its_cap_is_cut_at_a_sentence_not_refused():
    from summariser.backends.llm import ArticleDraft

    summary = "Drones hit a depot in Sumy overnight. " * 9 + "The governor wrote that firefighters needed four hours."
    draft = ArticleDraft.model_validate({"summary": summary, "attacks": [{"attacker": "Russia", "places": ["Sumy"]}]})
    assert len(draft.summary) <= 400 and draft.summary.endswith(".") and len(draft.attacks) == 1


def test_a_description_over_its_cap_is_cut_at_a_word():
    from summariser.backends.llm import DiplomacyDraft

    draft = DiplomacyDraft.model_validate({"kind": "talks", "description": "talks " * 60})
    assert len(draft.description) <= 240 and draft.description.endswith("talks")


def test_a_quote_over_its_cap_is_still_refused():
    from pydantic import ValidationError

    from summariser.backends.llm import AttackDraft

    with pytest.raises(ValidationError):
        AttackDraft.model_validate({"evidence": ["word " * 100]})
