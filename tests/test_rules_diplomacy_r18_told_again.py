"""Diplomacy of round 18 (classes_dev33.md D3, D5, D7; classes_dev34.md C1, C3, C4): an event told
again in a visit's programme or a fronted frame clause, a group named again by its common noun, a
season's date, a return reported on a day, a mediated release or children's return told without
"exchange", an act on a visit that takes the visit's place and day, a qualifier between the states
and their delegations, a dateline of two bureaus. Every sentence is written fresh, with near-misses
that must not change."""

from __future__ import annotations

import datetime as dt

import pytest
from diplomacy_probes import WEDNESDAY, diplomacy_of


def _recs(text, published=WEDNESDAY):
    return [(r.kind.value, r.status.value, sorted(r.participants), r.location.name if r.location else None,
             str(r.date.start) if r.date else None) for r in diplomacy_of(text, published)]


def _kinds(text, published=WEDNESDAY):
    return sorted((r.kind.value, r.status.value) for r in diplomacy_of(text, published))


# ---------------------------------------------------------------- dev33 D3a: a meeting told as a step of the visit

_TRIP = ("Portugal's Foreign Minister Paulo Rangel arrived in Kyiv on Tuesday. He toured a repaired hospital in the "
         "city's east. Lisbon has paid for new generators there. It was Rangel's third journey to Ukraine this year. ")


@pytest.mark.parametrize("step", [
    "He placed flowers at a monument, then met Prime Minister Yulia Svyrydenko ahead of the briefing.",
    "After a stop at the cathedral he met President Volodymyr Zelensky before flying home.",
    "Later he met Prime Minister Denys Shmyhal ahead of the signing of a grain accord.",
])
def test_a_meeting_with_the_hosts_several_sentences_on_is_the_visit(step):
    assert _kinds(_TRIP + step) == [("visit", "held")]


@pytest.mark.parametrize("step, kind", [
    ("On Thursday he travels on to Warsaw to meet Polish President Andrzej Duda.", ("visit", "planned")),
    ("He also held separate talks with Prime Minister Denys Shmyhal.", ("talks", "held")),
])
def test_a_meeting_elsewhere_or_talks_of_their_own_stay(step, kind):
    assert kind in _kinds(_TRIP + step)


def test_a_meeting_after_another_event_told_between_stays_apart():
    text = ("Portugal's Foreign Minister Paulo Rangel arrived in Kyiv on Tuesday. He toured a repaired hospital. "
            "On Monday Zelensky spoke by phone with Erdogan about shipping. Turkey offered help with demining. "
            "Rangel met Prime Minister Denys Shmyhal.")
    assert ("meeting", "held") in _kinds(text)


# ---------------------------------------------------------------- dev33 D3b: a fronted frame clause

@pytest.mark.parametrize("text, place", [
    ("EU foreign ministers on Monday approved a new round of sanctions on Russia. "
     "While the ministers were meeting in Luxembourg, Russian drones struck Odesa again.", "Luxembourg"),
    ("Nordic defence ministers held talks on Tuesday on shells for Ukraine. "
     "As the ministers gathered in Helsinki, the Kremlin announced new conscription rules.", "Helsinki"),
    ("G7 foreign ministers on Tuesday agreed new sanctions on Russian oil. "
     "When the foreign ministers met in Rome, Ukrainian drones hit two fuel depots in Russia.", "Rome"),
])
def test_a_frame_clause_is_no_event_and_gives_its_place_to_the_session_told(text, place):
    recs = _recs(text)
    assert len(recs) == 1, recs
    assert recs[0][3] == place


def test_a_frame_clause_of_other_people_gives_no_place():
    text = ("NATO defence ministers held talks on Tuesday on air defence for Ukraine. "
            "As foreign ministers gathered in Oslo, the Kremlin announced new conscription rules.")
    assert [r[3] for r in _recs(text)] == [None]


def test_an_opening_aside_is_no_frame_clause():
    text = ("EU ministers approved new sanctions on Russia on Monday. "
            "As expected, the ministers met in Oslo on Tuesday and agreed a further package of sanctions on Russia.")
    assert any(r[3] == "Oslo" for r in _recs(text))


# ---------------------------------------------------------------- dev33 D5: the group named again, a season

_SESSION = "Ministers from the Ukraine Defense Contact Group met in Brussels on Tuesday. "


@pytest.mark.parametrize("text", [
    _SESSION + "US Defense Secretary Lloyd Austin said the group is to meet again in the autumn, with planning under NATO's roof going on.",
    _SESSION + "Germany's minister said the group will meet again in the autumn.",
])
def test_the_group_meeting_again_is_the_group_dated_by_the_season(text):
    planned = [r for r in _recs(text) if r[1] == "planned"]
    assert planned == [("meeting", "planned", ["Ukraine Defense Contact Group"], None, "2026-09-01")]


def test_a_new_set_called_a_group_keeps_its_own_sides():
    text = _SESSION + "A group of NATO states will meet in Paris in the spring."
    planned = [r for r in _recs(text) if r[1] == "planned"]
    assert planned and planned[0][2] == ["NATO"]


def test_a_season_already_under_way_or_past_gives_the_coming_one():
    text = "Ministers of the Weimar Triangle will meet again in the winter, Poland's foreign minister said."
    recs = [r for r in _recs(text, "2026-07-10") if r[1] == "planned"]
    assert recs and recs[0][4] == "2026-12-01"


# ---------------------------------------------------------------- dev33 D7: a return reported on a day

@pytest.mark.parametrize("text", [
    "Kyiv, 4 March. Sixty Ukrainian soldiers have returned home from Russian captivity, the headquarters said on Tuesday. "
    "In return, Kyiv handed over 60 Russian servicemen.",
    "Forty Russian troops have come back from captivity in Ukraine, the ministry reported on Tuesday. "
    "In exchange, Moscow released 40 captured Ukrainian soldiers.",
])
def test_an_exchange_told_in_the_present_perfect_takes_the_report_day(text):
    recs = _recs(text)
    assert [(r[0], r[4]) for r in recs] == [("prisoner_exchange", "2026-03-03")]


def test_an_exchange_with_its_own_day_keeps_it():
    text = ("Fifty Ukrainian soldiers have returned home in a swap with Russia held last Friday, the headquarters "
            "said on Tuesday.")
    assert [r[4] for r in _recs(text)] == ["2026-02-27"]


# ---------------------------------------------------------------- dev34 C1: a mediated release or return

_WAR = "Russia's war against Ukraine goes on; drones hit Kharkiv overnight. "


@pytest.mark.parametrize("text, mediator", [
    (_WAR + "Riyadh's mediation between the two sides led to the freeing of 96 prisoners, 48 from each side.", "Saudi Arabia"),
    (_WAR + "The Saudi effort secured the release of 60 captives held by each party, the ministry said on Tuesday.", "Saudi Arabia"),
    (_WAR + "Turkey's mediation produced the return of 40 civilians from each side on Tuesday.", "Turkey"),
])
def test_a_mediated_release_from_each_side_is_a_prisoner_exchange(text, mediator):
    recs = [r for r in _recs(text) if r[0] == "prisoner_exchange"]
    assert len(recs) == 1, _recs(text)
    assert set(recs[0][2]) == {mediator, "Russia", "Ukraine"}


@pytest.mark.parametrize("text, mediator", [
    ("Thanks to Vatican mediation, 11 Ukrainian children taken to Russia have been reunited with their parents.", "Vatican City"),
    ("Four more children returned home to Ukraine from Russia via the Qatari channel, the ministry said on Tuesday.", "Qatar"),
    ("Qatar announced on Tuesday that nine children taken from Ukraine to Russia are back with their relatives thanks to its mediation.", "Qatar"),
])
def test_childrens_return_owed_to_a_mediator_is_other_between_the_sides(text, mediator):
    recs = _recs(text)
    assert [r[0] for r in recs] == ["other"], recs
    assert set(recs[0][2]) == {mediator, "Russia", "Ukraine"}
    assert recs[0][3] is None


@pytest.mark.parametrize("text", [
    _WAR + "Russia released the bodies of 500 soldiers to Ukraine.",
    _WAR + "Qatar called for the release of the Ukrainian children held in Russia.",
    _WAR + "Ukrainian special forces freed three hostages in a raid near Kharkiv.",
    _WAR + "The ministry welcomed the release of the report on Russian war crimes in Ukraine.",
    _WAR + "The children of the village returned home after the shelling stopped.",
])
def test_no_release_without_a_mediator_or_both_sides(text):
    assert [r[0] for r in _recs(text)] == []


def test_a_mediators_channel_is_no_talks_and_travelling_children_no_visit():
    text = ("The minister said the children had travelled from Russia to Doha before flying on to Ukraine. "
            "It was the fifth group of children to come home via the Omani channel between Kyiv and Moscow.")
    assert _recs(text) == []


def test_a_leader_reported_as_travelling_is_still_a_visit():
    assert _kinds("The spokesman said the French president travelled to Berlin on Tuesday.") == [("visit", "held")]


# ---------------------------------------------------------------- dev34 C3: an act on the visit

@pytest.mark.parametrize("act", [
    "At a joint news conference, Valtonen and Sybiha signed a memorandum on energy.",
    "Afterwards Valtonen and Ukraine's Andrii Sybiha signed a memorandum on energy.",
    "During the visit Valtonen and Sybiha signed a memorandum on energy.",
])
def test_an_act_on_the_visit_takes_its_place_and_day(act):
    text = ("Finnish Foreign Minister Elina Valtonen came to Kyiv on Tuesday. She met Foreign Minister Andrii Sybiha. "
            + act)
    deal = [r for r in _recs(text) if r[0] == "agreement"]
    assert deal == [("agreement", "held", ["Finland", "Ukraine"], "Kyiv", "2026-03-03")]


@pytest.mark.parametrize("act, place, day", [
    ("Valtonen and Sybiha signed a memorandum on energy in Lviv on Wednesday.", "Lviv", "2026-03-04"),
])
def test_an_act_with_its_own_place_and_day_keeps_them(act, place, day):
    text = "Finnish Foreign Minister Elina Valtonen came to Kyiv on Tuesday. " + act
    deal = [r for r in _recs(text) if r[0] == "agreement"]
    assert [(r[3], r[4]) for r in deal] == [(place, day)]


# ---------------------------------------------------------------- dev34 C4: sides of a qualified delegation; two bureaus

@pytest.mark.parametrize("text, sides", [
    ("Erdogan told Putin that Ankara could receive Russian and Ukrainian technical delegations for talks in Istanbul.",
     {"Turkey", "Russia", "Ukraine"}),
    ("Switzerland proposed talks between Russian and Ukrainian expert delegations in Geneva, its foreign minister said.",
     {"Switzerland", "Russia", "Ukraine"}),
])
def test_each_state_of_a_qualified_delegation_is_a_side(text, sides):
    recs = _recs(text)
    assert recs and set(recs[0][2]) == sides, recs


def test_a_state_named_as_a_side_stays():
    assert _recs("Austrian and Ukrainian delegations met in Vienna on Tuesday.")[0][2] == ["Austria", "Ukraine"]


@pytest.mark.parametrize("text", [
    "Kyiv/Geneva, Mar 4 (XNA) IAEA head Rafael Grossi held talks in Kyiv with Zelensky on Tuesday.",
    "KYIV/BERLIN – IAEA head Rafael Grossi held talks in Kyiv with Zelensky on Tuesday.",
])
def test_a_dateline_of_two_bureaus_names_no_side_and_no_day(text):
    recs = _recs(text)
    assert [(r[2], r[4]) for r in recs] == [(["IAEA", "Ukraine"], "2026-03-03")], recs


def test_a_season_word_in_a_date_reads_as_a_date_span():
    from summariser.backends.rules.diplomacy_seasons import season_ahead
    text = "They will reconvene in early spring."
    span = season_ahead(text, 0, len(text), dt.date(2026, 7, 1))
    assert span is not None and (span.start, span.end) == (dt.date(2027, 3, 1), dt.date(2027, 5, 31))


@pytest.mark.parametrize("text", [
    "Norway will send 40 million crowns in winter clothing to Ukraine.",
    "The ministers discussed spring sowing in the south.",
    "They will meet in the autumn of 2027.",
])
def test_a_season_modifying_a_noun_or_with_its_year_is_no_season_ahead(text):
    from summariser.backends.rules.diplomacy_seasons import season_ahead
    assert season_ahead(text, 0, len(text), dt.date(2026, 7, 1)) is None


def test_aid_for_the_winter_keeps_the_day_it_was_announced():
    recs = _recs("Spain said on Monday it would send 30 million euros in generators to Ukraine for the winter, "
                 "to go through UN agencies.")
    assert [(r[0], r[1], r[4]) for r in recs] == [("military_aid", "held", "2026-03-02")]


def test_a_programme_step_counts_from_the_sentence_that_first_told_the_visit():
    text = (_TRIP + "He placed flowers at a monument, then met Prime Minister Yulia Svyrydenko ahead of the briefing. "
            "Sirens sounded twice in the city during Rangel's visit.")
    assert _kinds(text) == [("visit", "held")]
