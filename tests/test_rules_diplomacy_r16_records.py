"""Diplomacy record logic of round 16 (classes_dev29.md D2, D3, D6-D10), in general terms, with
near-misses that must not change. Every sentence is written fresh."""

from __future__ import annotations

import pytest
from diplomacy_probes import diplomacy_of


def _kinds(text, published="2026-03-07"):
    return sorted((r.kind.value, r.status.value) for r in diplomacy_of(text, published))


# ---------------------------------------------------------------- D7: "the first … since the invasion"
# A superlative or ordinal heads the "since": a milestone of a dated event, not a running total.

@pytest.mark.parametrize("text, kind", [
    ("Chancellor Brandt arrived in Odesa on Monday, the first German leader to go there since the full-scale invasion.",
     "visit"),
    ("The Latvian premier flew into Kyiv on Thursday, his first trip since the war began.", "visit"),
    ("Ministers met in Chisinau on Wednesday for the largest gathering of its kind since 2022.", "meeting"),
    ("The Czech president visited Kharkiv on Tuesday, the most senior foreign guest the city has had since the invasion.",
     "visit"),
])
def test_a_milestone_since_keeps_the_dated_event(text, kind):
    assert (kind, "held") in _kinds(text)


@pytest.mark.parametrize("text", [
    "Since the start of the invasion, Norway has delivered 40 howitzers to Ukraine.",
    "Canada has sent aid worth $4 billion to Ukraine since 2022.",
    "NATO leaders have met six times since the war began.",
    "Since the start of the invasion, the first thing Norway did was to send 40 howitzers to Ukraine.",
])
def test_a_running_total_since_is_still_no_event(text):
    assert _kinds(text) == []


# ---------------------------------------------------------------- D6: event nouns that are no event
# A label a reaction pins on the gathering just told, and a forum where a question belongs.

@pytest.mark.parametrize("text", [
    "Leaders of nine states met in Warsaw on Monday. A Kremlin aide dismissed that summit as 'one more meeting of people who want war'.",
    "Leaders met in Riga on Monday. In Minsk, an aide derided the summit as \"just a meeting of vassals\".",
    "Leaders met in Riga on Monday. Moscow described the summit as a meeting of old allies.",
    "Leaders met in Riga on Monday. The Kremlin's spokesman waved off the conference as 'a gathering of warmongers'.",
])
def test_a_label_on_the_gathering_told_is_no_second_event(text):
    assert _kinds(text) == [("meeting", "held")]


@pytest.mark.parametrize("text", [
    "Beijing branded the summit 'a meeting of the bloc's hawks'.",
    "Trade disputes of that kind are a matter for talks in Geneva, the minister replied.",
    "The government replied that farm questions belong to talks in Brussels.",
    "Border issues are best left to talks between the two foreign ministers, Ankara said.",
])
def test_a_label_or_a_forum_in_general_is_no_event(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text, kind", [
    ("The ministers will hold talks in Brussels on Tuesday.", ("talks", "planned")),
    ("The two presidents met in Geneva for talks on Monday.", ("talks", "held")),
    ("The Kremlin welcomed the offer, and Putin will meet Erdogan in Ankara on Friday.", ("meeting", "planned")),
])
def test_events_beside_reactions_and_forums_stay(text, kind):
    assert kind in _kinds(text)


# ---------------------------------------------------------------- D8: names that are no side

def _sides(text, published="2026-03-07"):
    return [(r.kind.value, sorted(r.participants)) for r in diplomacy_of(text, published)]


@pytest.mark.parametrize("text, kind, sides", [
    ("National Security Council secretary Oleh Ivanenko flew to Ankara on Monday for talks with Turkish officials.",
     "talks", ["Turkey"]),
    ("Security council secretary Oleh Ivanenko is due in Ankara on Thursday for talks with Turkish officials.",
     "talks", ["Turkey"]),
    ("EU ambassadors adopted new sanctions against Russia on Friday after Slovakia withheld its approval for weeks.",
     "sanctions", ["European Union", "Russia"]),
    ("EU envoys approved new sanctions on Russia on Friday, after Malta had refused to back an earlier draft.",
     "sanctions", ["European Union", "Russia"]),
    ("NATO defence ministers met in Brussels on Thursday, with energy aid for Moldova high on the agenda.",
     "meeting", ["NATO"]),
    ("Macron travelled to Odesa on Tuesday, the first French president to go there since Russia's full-scale invasion.",
     "visit", ["France", "Ukraine"]),
])
def test_names_that_are_no_side_stay_out(text, kind, sides):
    assert (kind, sides) in _sides(text)


@pytest.mark.parametrize("text, kind, side", [
    ("UN Security Council members met in New York on Monday.", "meeting", "United Nations"),
    ("Security Council secretary Sergei Shoigu met Chinese officials in Beijing on Tuesday.", "talks", "Russia"),
    ("Hungary and the EU signed a gas accord on Monday.", "agreement", "Hungary"),
    ("Russia and Belarus signed a treaty in Minsk on Monday, the largest deal between them since the war began.",
     "agreement", "Russia"),
])
def test_sides_named_in_those_places_otherwise_stay(text, kind, side):
    assert any(k == kind and side in p for k, p in _sides(text))


# ---------------------------------------------------------------- D9: the present simple for today is still ahead

@pytest.mark.parametrize("text, kind", [
    ("Talks open in Riyadh this afternoon.", "talks"),
    ("Ukrainian and Turkish negotiators sit down in Ankara today for a new round of talks.", "talks"),
    ("The two presidents hold talks in Rome tonight.", "talks"),
    ("The Dutch premier visits Kyiv today, his office said.", "visit"),
])
def test_a_present_simple_today_is_planned(text, kind):
    assert (kind, "planned") in _kinds(text, "2026-03-07")


@pytest.mark.parametrize("text, kind", [
    ("Delegations met in Istanbul today for talks.", "talks"),
    ("Talks in Geneva ended today without a deal.", "talks"),
    ("The Dutch premier visited Kyiv today, his office said.", "visit"),
])
def test_a_past_or_progressive_today_stays_held(text, kind):
    assert (kind, "held") in _kinds(text, "2026-03-07")


def test_a_progressive_today_is_no_plan():
    # r17 (dev32 B6): envoys meeting in the progressive on the day of publication: talks under way
    assert _kinds("Envoys are meeting in Doha today.", "2026-03-07") == [("talks", "ongoing")]


# ---------------------------------------------------------------- D10: section datelines and proposed venues

def _venues(text, published="2026-03-07"):
    return [(r.kind.value, r.location.name if r.location else None) for r in diplomacy_of(text, published)]


_ROUNDUP = ("The week in brief.\n\n"
            "VIENNA - Foreign ministers of the OSCE met on Thursday.\n\n"
            "BRUSSELS - EU envoys approved a new round of sanctions on Russia on Wednesday.\n\n"
            "ROME - The Italian and Greek premiers met in Paris on Monday.\n\n"
            "KYIV - Zelensky spoke with Merz by phone on Tuesday.")


def test_a_section_dateline_places_the_gathering_it_opens():
    told = _venues(_ROUNDUP)
    assert ("meeting", "Vienna") in told and ("sanctions", "Brussels") in told


def test_a_section_dateline_yields_to_a_named_venue_and_gives_no_call_a_venue():
    told = _venues(_ROUNDUP)
    assert any(v == "Paris" for _, v in told) and ("phone_call", None) in told
    assert not any(v == "Rome" for _, v in told)


@pytest.mark.parametrize("text, city", [
    ("Turkey offered Istanbul as the venue for a new round of talks between Kyiv and Moscow.", "Istanbul"),
    ("Bern has put forward Lausanne as a possible venue for a meeting between the Armenian and Azerbaijani leaders.",
     "Lausanne"),
    ("Austria has proposed Vienna as the place for talks between the two defence ministers.", "Vienna"),
])
def test_a_city_offered_as_the_venue_is_the_proposed_events_venue(text, city):
    assert any(v == city for _, v in _venues(text))


def test_a_venue_offered_for_something_else_is_no_venue():
    text = "Austria offered Salzburg as the venue for the cup final, and the two defence ministers will hold talks in Vienna on Monday."
    assert [v for _, v in _venues(text)] == ["Vienna"]


# ---------------------------------------------------------------- D2: two events in one sentence

@pytest.mark.parametrize("text, told", [
    ("The two defence ministers of Lithuania and Poland signed a production accord in Vilnius on Monday after talks at the ministry.",
     {("agreement", "held"), ("talks", "held")}),
    ("Following their talks in Rome on Tuesday, the Italian and Greek premiers initialled a memorandum on grain corridors.",
     {("agreement", "held"), ("talks", "held")}),
    ("Macron phoned Tokayev on Friday and they agreed that the two foreign ministers would meet in Astana in March.",
     {("phone_call", "held"), ("talks", "planned")}),
])
def test_two_events_told_in_one_sentence(text, told):
    assert told <= set(_kinds(text))


@pytest.mark.parametrize("text, kinds", [
    ("After talks collapsed on Tuesday, no deal was signed.", set()),
    ("The agreement reached at last year's talks in Oslo remains in force.", set()),
    ("Macron phoned Tokayev on Friday and they agreed that the sanctions would stay.", {("phone_call", "held")}),
])
def test_failed_or_earlier_talks_and_other_agreements_add_nothing(text, kinds):
    assert set(_kinds(text)) == kinds


def test_the_speaker_of_a_quote_is_not_the_counterpart_named_in_it():
    text = ("Ukraine's foreign minister Andrii Sybiha spoke after him.\n\n"
            "\"Russia fired 40 drones at Lviv overnight. I talked by phone earlier today with America's top diplomat, "
            "Marco Rubio, and we decided that our negotiators would meet in Jeddah next week.\"")
    told = {(r.kind.value, r.status.value): sorted(r.participants) for r in diplomacy_of(text, "2026-03-05")}
    assert told[("phone_call", "held")] == ["Ukraine", "United States"]
    assert told[("talks", "planned")] == ["Saudi Arabia", "Ukraine", "United States"]


# ---------------------------------------------------------------- D3: a swap's mediator joins no talks

def test_a_swaps_mediator_does_not_join_the_talks_told_before():
    text = ("The Turkish minister held talks with Lavrov in Moscow on Tuesday. Ukraine brought home 84 soldiers, "
            "the ombudsman said; in his words the UAE had mediated the swap.")
    assert ("talks", ["Russia", "Turkey"]) in _sides(text)


@pytest.mark.parametrize("text, kind, mediator", [
    ("Ukraine and Russia held talks in Istanbul on Tuesday. The talks were mediated by Qatar.", "talks", "Qatar"),
    ("Ukraine and Russia swapped 84 prisoners each on Tuesday. The swap had been brokered by the UAE.",
     "prisoner_exchange", "United Arab Emirates"),
])
def test_a_mediator_still_joins_the_event_it_brokered(text, kind, mediator):
    assert any(k == kind and mediator in p for k, p in _sides(text))


@pytest.mark.parametrize("text, kind, sides", [
    ("Leaders of Europe gathered with Zelensky in Berlin on Thursday at a summit on air defence. Around the long table at the "
     "residence sat Spain's Pedro Sanchez, Greece's premier and Austria's chancellor.",
     "summit", ["Austria", "Germany", "Greece", "Spain", "Ukraine"]),
    ("Leaders of Europe gathered with Zelensky in Berlin on Thursday at a summit. The summit followed a heavy barrage: "
     "Russia fired more than 300 drones at Ukraine overnight.", "summit", ["Germany", "Ukraine"]),
    ("Zelensky met Merz in Berlin on Thursday. Around the table sat no Russian officials.", "meeting", ["Germany", "Ukraine"]),
])
def test_a_roster_joins_and_a_context_attacker_does_not(text, kind, sides):
    assert (kind, sides) in _sides(text)


def test_an_event_noun_judged_in_general_is_no_event():
    text = "Leaders met in Riga on Monday. Moscow said on Tuesday it saw little point in meetings staged for the cameras."
    assert _kinds(text) == [("meeting", "held")]
    assert _kinds("There is no sense in talks with the aggressor, the minister said on Monday.") == []


def test_a_state_that_fires_and_also_meets_stays_a_side():
    assert ("talks", ["China", "Russia"]) in _sides("Russia fired its envoy and held talks with China in Beijing on Monday.")


def _full(text, published="2026-03-07"):
    return [(r.kind.value, r.status.value, r.location.name if r.location else None,
             str(r.date.start) if r.date else None) for r in diplomacy_of(text, published)]


def test_a_meeting_of_two_named_foreign_ministers_is_talks():
    text = "Austria has offered Vienna as a venue for a meeting between Sikorski and Tajani, the two countries' foreign ministers."
    assert [k for k, *_ in _full(text)] == ["talks"]
    # r42: two states' heads, each known to the actor dictionary on the day, meeting: a summit (codebook 14)
    assert [k for k, *_ in _full("There was a meeting between Macron and Merz, the two countries' leaders, in Paris on Monday.")] \
        == ["summit"]


@pytest.mark.parametrize("second, day", [
    ("Its chancellor said on Tuesday the proposal was sent on to both capitals.", "2026-03-03"),
    ("Its chancellor said on Tuesday that a ceasefire was needed.", None),
])
def test_a_proposal_named_again_the_next_sentence_gives_its_day(second, day):
    text = "Austria has put forward Vienna as the venue for talks between the two defence ministers. " + second
    assert _full(text) == [("talks", "proposed", "Vienna", day)]


@pytest.mark.parametrize("text, city", [
    ("OSLO — Leaders of five European states met Zelensky on Wednesday for talks on air defence.", "Oslo"),
    ("LONDON (Wire) — Leaders of five European states met Zelensky on Wednesday for talks on air defence.", None),
])
def test_an_opening_dateline_places_the_gathering_but_a_wire_bureau_in_no_sides_state_does_not(text, city):
    assert ("talks", city) in _venues(text)
