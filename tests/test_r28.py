"""Round 28 (5 December 2026): one clock-hour reader for rules and grounding; a hit's wave read
through the gazetteer's places; word lists moved from code to the cue files. Fresh sentences,
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.grounding.hit_counts import drop_hits_under_totals
from summariser.knowledge import cues
from summariser.knowledge.day_parts import clock_hour, hour_on_dial
from summariser.records import Attack, Count, Location, LocationLevel, Span, Weapon, WeaponType


# --------------------------------------------------------------------------- one clock-hour reader
@pytest.mark.parametrize("words,hour", [
    ("at 14:30 local time", 14),
    ("shortly after 3 p.m.", 15),
    ("around 11 pm", 23),
    ("at 12 a.m.", 0),
    ("at 12 p.m.", 12),
    ("by 9:15 am on Friday", 9),
    ("at 6.45 a.m.", 6),
    ("from 22:10 to 23:40", 22),  # the first time told
])
def test_a_clock_time_reads_as_its_hour_on_the_dial(words, hour):
    assert clock_hour(words) == hour
    assert clock_hour(words, dotted=False) == hour


@pytest.mark.parametrize("words", [
    "a girl of 12 among the injured",      # "am" inside a word is no a.m.
    "on 3 March",
    "the 40 drones it fired",
    "7 miles from the front",
])
def test_a_bare_number_is_no_clock_time(words):
    assert clock_hour(words) is None


def test_a_dotted_time_in_running_prose_needs_its_am_or_pm():
    assert clock_hour("at 6.45") == 6  # date words: a time
    assert clock_hour("the grid lost 2.50 gigawatts", dotted=False) is None  # prose: a figure
    assert clock_hour("at 6.45 pm the sirens sounded", dotted=False) == 18


def test_a_clock_time_is_read_inside_its_bounds():
    text = "At 10:00 the mayor spoke. At 19:20 drones struck again."
    assert clock_hour(text, text.index("At 19"), len(text)) == 19


@pytest.mark.parametrize("hour,ampm,dial", [(3, "p", 15), (3, "P", 15), (12, "a", 0), (12, "p", 12), (9, None, 9), (21, None, 21)])
def test_an_hour_goes_on_the_24_hour_dial(hour, ampm, dial):
    assert hour_on_dial(hour, ampm) == dial


# --------------------------------------------------------------------------- a hit's wave through the gazetteer
def _count(text: str, figure: str) -> Count:
    """The figure's number, its evidence the number alone, as grounding keeps a count."""
    number = figure.split()[0]
    start = text.index(figure)
    return Count(value=int(number), evidence=Span(text=number, start=start, end=start + len(number)))


def _hit_and_total(total_place: Location, hit_place: Location):
    text = "Russia launched 30 drones at the capital overnight; 3 drones hit a depot on the left bank."
    total = Attack(attacker="Russia", locations=[total_place],
                   weapons=[Weapon(type=WeaponType.drone, launched=_count(text, "30 drones"))])
    hit = Attack(attacker="Russia", locations=[hit_place],
                 weapons=[Weapon(type=WeaponType.drone, launched=_count(text, "3 drones"))])
    return text, [total, hit]


@pytest.mark.parametrize("total_place,hit_place", [
    (Location(name="Kiev"), Location(name="Kyiv")),                                     # one city, two spellings
    (Location(name="Kharkiv Oblast", level=LocationLevel.region), Location(name="Chuhuiv")),  # a town of the region
    (Location(name="Odesa"), Location(name="Odesa")),
])
def test_a_hit_under_a_total_of_its_own_place_is_no_launch(total_place, hit_place):
    text, attacks = _hit_and_total(total_place, hit_place)
    dropped = drop_hits_under_totals(attacks, text)
    assert [path for path, _ in dropped] == ["attacks[1].weapons[0].launched"]
    assert attacks[1].weapons[0].launched is None and attacks[0].weapons[0].launched is not None


@pytest.mark.parametrize("total_place,hit_place", [
    (Location(name="Lviv"), Location(name="Kyiv")),
    (Location(name="Kharkiv Oblast", level=LocationLevel.region), Location(name="Poltava")),
])
def test_a_hit_beside_another_places_total_keeps_its_launch(total_place, hit_place):
    text, attacks = _hit_and_total(total_place, hit_place)
    assert drop_hits_under_totals(attacks, text) == []
    assert attacks[1].weapons[0].launched is not None and attacks[1].weapons[0].launched.value == 3


# --------------------------------------------------------------------------- plain word lists in the cue files
def test_a_plain_word_list_is_escaped_and_tried_longest_first():
    alternation = cues.plain_alternation("anchoring", "anchor_attack_nouns")
    words = alternation.split("|")
    assert words == sorted(words, key=len, reverse=True)
    assert r"air\s+strike" in words  # a space matches any run of spaces


@pytest.mark.parametrize("group,name,word", [
    ("eventhood", "strike_names", "bombardment"),
    ("places_extra", "named_district_nouns", "microdistrict"),
    ("anchoring", "speech_after_part_of_day", "announced"),
])
def test_the_moved_word_lists_are_read_from_their_files(group, name, word):
    assert word in cues.phrases(group, name)


# --------------------------------------------------------------------------- "including all N" after a downing (r28)
def _ground(text: str, weapons: list[dict]):
    import datetime as dt

    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    draft = ArticleDraft.model_validate({"attacks": [{"attacker": "Russia", "kind": "missile_strike", "weapons": weapons,
                                                      "evidence": [text]}]})
    (attack,) = draft_to_records(draft, text, published=dt.date(2026, 5, 12)).attacks
    return [(w.type, w.launched and w.launched.value, w.intercepted and w.intercepted.value) for w in attack.weapons]


@pytest.mark.parametrize("text", [
    "Ukrainian air defences shot down 31 of the 38 missiles, including all five Kinzhals, in the night over Ukraine.",
    "In the night, 31 of 38 missiles fired at Ukraine were brought down, among them all five Kinzhals.",
    "Air defence units destroyed 31 missiles out of 38 overnight across Ukraine, including all five Kinzhal missiles.",
])
def test_all_n_of_a_model_after_a_downed_count_were_launched(text):
    weapons = [{"type": "missile", "launched": 38, "intercepted": 31},
               {"type": "ballistic_missile", "model": "Kinzhal", "launched": 5, "intercepted": 5}]
    assert _ground(text, weapons)[1] == (WeaponType.ballistic_missile, 5, 5)


def test_all_n_of_a_launch_without_a_downing_downs_nothing():
    text = "Russia fired 38 missiles at Ukraine overnight, including all five of its Kinzhals, and 31 were shot down."
    weapons = [{"type": "missile", "launched": 38, "intercepted": 31},
               {"type": "ballistic_missile", "model": "Kinzhal", "launched": 5, "intercepted": 5}]
    assert _ground(text, weapons)[1] == (WeaponType.ballistic_missile, 5, None)


# --------------------------------------------------------------------------- a participle after the whole (r28)
@pytest.mark.parametrize("text", [
    "Overnight, 31 of 38 missiles fired at Ukraine were shot down, the air force said.",
    "The air force said 31 of the 38 missiles launched by Russia overnight had been destroyed.",
    "Overnight 31 of 38 missiles that were launched at Ukraine were brought down.",
    "Air defence units said 31 of the 38 cruise missiles sent against the capital region were destroyed.",
])
def test_a_participle_after_the_whole_launches_the_whole_not_the_part(text):
    weapons = [{"type": "missile", "launched": 38, "intercepted": 31}]
    assert _ground(text, weapons) == [(WeaponType.missile, 38, 31)]


def test_an_including_aside_after_a_part_and_its_whole_is_of_the_part():
    text = "Overnight, 31 of 38 missiles fired at Ukraine were brought down, among them all five Kinzhals."
    weapons = [{"type": "missile", "launched": 38, "intercepted": 31},
               {"type": "ballistic_missile", "model": "Kinzhal", "launched": 5, "intercepted": 5}]
    assert _ground(text, weapons) == [(WeaponType.missile, 38, 31), (WeaponType.ballistic_missile, 5, 5)]


# =========================================================================== rules classes (r28, dev50)
def _rules(text: str, published: str = "2026-03-18"):
    from summariser import grounding
    from summariser.articles import make_article
    from summariser.backends.rules import RulesBackend

    article = make_article(text, published=published, title="x")
    return grounding.enforce(RulesBackend(None).extract(article), article)


@pytest.mark.parametrize("words,start,end", [
    ("during the second week of June", dt.date(2025, 6, 8), dt.date(2025, 6, 14)),
    ("in the first week of March", dt.date(2026, 3, 1), dt.date(2026, 3, 7)),
    ("the last week of February 2024", dt.date(2024, 2, 23), dt.date(2024, 2, 29)),
    ("by the fourth week of January", dt.date(2026, 1, 22), dt.date(2026, 1, 28)),
])
def test_a_week_of_a_month_is_that_week(words, start, end):
    from summariser.dates import find_dates

    (found,) = find_dates(words, 0, len(words), dt.date(2026, 3, 18))
    assert (found.span.start, found.span.end, found.span.precision.value) == (start, end, "week")


def test_last_week_of_a_month_is_never_last_week():
    from summariser.dates import find_dates

    words = "a strike in the last week of November"
    (found,) = find_dates(words, 0, len(words), dt.date(2026, 3, 18))
    assert found.kind == "week_of_month" and found.span.start == dt.date(2025, 11, 24)


@pytest.mark.parametrize("text", [
    "Poland's president will come to Kyiv in the second week of April, his office said.",
    "The Czech prime minister is to visit Kyiv in the second week of April.",
])
def test_a_visit_planned_for_a_week_of_a_coming_month_is_dated_ahead(text):
    (visit,) = [d for d in _rules(text).diplomacy if d.kind.value == "visit"]
    assert visit.status.value == "planned" and visit.date is not None
    assert (visit.date.start, visit.date.end) == (dt.date(2026, 4, 8), dt.date(2026, 4, 14))


@pytest.mark.parametrize("text", [
    "Sanctions must stay in place for as long as Russia keeps shelling Kherson, the minister said.",
    "He said Kyiv will keep asking for jets as long as Moscow continues to bomb Kharkiv.",
    "The embargo stays until Russia stops attacking Odesa's port, she added.",
])
def test_strikes_as_the_condition_of_a_demand_are_no_attack(text):
    assert _rules(text).attacks == []


@pytest.mark.parametrize("text,place,month", [
    ("The oil terminal in Tuapse was last struck by drones in mid-January, officials said.", "Tuapse", 1),
    ("The Kremenchuk refinery has stood idle since a missile strike in February.", "Kremenchuk", 2),
    ("In February three glide bombs killed 11 people in the centre of Kupiansk.", "Kupiansk", 2),
])
def test_one_strike_of_a_past_month_on_a_place_is_a_record(text, place, month):
    attacks = _rules(text, published="2026-05-20").attacks
    assert [(a.locations[0].name, a.date.start.month) for a in attacks if a.locations and a.date] == [(place, month)]


def test_a_month_of_strikes_on_a_region_is_still_a_tally():
    text = "Russian strikes killed 40 civilians in the Donetsk region in February, prosecutors said."
    assert _rules(text, published="2026-05-20").attacks == []


@pytest.mark.parametrize("text", [
    "The likeliest outcome on Friday, diplomats in Geneva say, is another swap of prisoners.",
    "The most likely result of the day, officials believe, would be a further exchange of captives.",
])
def test_an_outcome_foreseen_is_no_event(text):
    assert _rules(text, published="2026-05-20").diplomacy == []


@pytest.mark.parametrize("text,giver", [
    ("On Monday the Norwegian government allocated funds for new bomb shelters in Zaporizhzhia.", "Norway"),
    ("The Dutch cabinet approved money for new pumps for Ukraine's water utilities on Friday.", "Netherlands"),
])
def test_money_approved_for_things_in_the_defending_state_is_aid(text, giver):
    (aid,) = _rules(text, published="2026-05-20").diplomacy
    assert aid.kind.value == "military_aid" and giver in aid.participants


def test_money_a_city_council_approves_is_no_aid():
    assert _rules("The city council approved money for new playgrounds in Lviv on Monday.").diplomacy == []


@pytest.mark.parametrize("text", [
    "The governor spoke to Northern Radio on Monday about the night's strikes.",
    "Ukraine's foreign minister talked to Channel 5 News on Monday.",
    "The mayor spoke to Radio Dnipro on Monday.",
])
def test_an_interview_with_an_outlet_is_no_call(text):
    assert [d for d in _rules(text).diplomacy if d.kind.value == "phone_call"] == []


@pytest.mark.parametrize("text", [
    "All three delegations will reconvene in Geneva on June 3, the Swiss foreign ministry said.",
    "The negotiators will return to Geneva on June 3.",
])
def test_a_round_told_by_its_delegations_is_planned_talks(text):
    (talks,) = _rules(text, published="2026-05-20").diplomacy
    assert (talks.kind.value, talks.status.value, talks.date.start) == ("talks", "planned", dt.date(2026, 6, 3))


def test_a_river_bank_is_no_economic_target():
    text = ("Russia's attack on power plants overnight into Wednesday cut off heat on Kyiv's left bank for hours. "
            "Russia launched 90 attack drones at Ukraine, the air force said.")
    attacks = _rules(text).attacks
    assert {a.locations[0].name for a in attacks if a.locations} == {"Kyiv", "Ukraine"}
    assert all(a.date is not None and a.date.end == dt.date(2026, 3, 18) for a in attacks)


def test_headings_between_a_dated_lead_and_its_figures_are_no_sentences():
    text = ("Russia's barrage on the grid overnight into Wednesday left millions without light. This is what we know so far."
            "\n\n**Figures**\n\nRussia launched 90 attack drones and 12 missiles at Ukraine, the air force said.")
    country = [a for a in _rules(text).attacks if a.locations and a.locations[0].name == "Ukraine"]
    assert country and country[0].date is not None and country[0].date.end == dt.date(2026, 3, 18)


@pytest.mark.parametrize("tail", [
    "; the capital, the air force added, was the main direction of the barrage.",
    "; the capital, officials said, had been the primary axis of the assault.",
])
def test_the_waves_direction_beside_its_figures_keeps_them_the_waves(tail):
    text = ("Russia's night attack on power plants overnight into Wednesday left much of Kyiv without heat. Here is what "
            "is known, as of noon.\n\n**The figures**\n\nRussia launched 90 attack drones and 12 missiles at Ukraine, the air "
            "force said. Air defences downed 70 of the drones and 9 of those missiles" + tail)
    by_place = {a.locations[0].name: {(w.type.value, w.intercepted and w.intercepted.value) for w in a.weapons}
                for a in _rules(text).attacks if a.locations}
    assert by_place["Ukraine"] >= {("drone", 70), ("missile", 9)} and not by_place.get("Kyiv")


# =========================================================================== LLM path classes (r28, dev50)
def _answer(text: str, published: dt.date, attacks: list[dict] = (), diplomacy: list[dict] = ()):
    from summariser.backends.drafts_to_records import draft_to_records
    from summariser.backends.llm import ArticleDraft

    draft = ArticleDraft.model_validate({"attacks": list(attacks), "diplomacy": list(diplomacy)})
    return draft_to_records(draft, text, published=published)


@pytest.mark.parametrize("text,day", [
    ("Kyiv and Moscow swapped 200 prisoners each on Friday, officials said. Some had been captured in 2023.\n\n"
     "A day earlier, the remains of 500 soldiers were handed over to Ukraine.", dt.date(2026, 6, 11)),
    ("Kyiv and Moscow swapped 200 prisoners each on Friday. The buses crossed the border in the afternoon.\n\n"
     "A day earlier, the remains of 500 soldiers were handed over to Ukraine.", dt.date(2026, 6, 11)),
])
def test_a_day_earlier_counts_from_the_day_told_not_a_year_or_a_bare_afternoon(text, day):
    got = _answer(text, dt.date(2026, 6, 13), diplomacy=[{
        "kind": "prisoner_exchange", "participants": ["Ukraine", "Russia"], "when": "A day earlier", "status": "held",
        "evidence": ["A day earlier, the remains of 500 soldiers were handed over to Ukraine."]}])
    (rec,) = got.diplomacy
    assert rec.date is not None and rec.date.start == day


def test_the_next_day_after_a_month_stays_in_that_month():
    text = ("A first round was held at Davos in January. The sides agreed in Bern the next day to keep talking, "
            "the Swiss foreign ministry said.")
    got = _answer(text, dt.date(2026, 6, 13), diplomacy=[{
        "kind": "talks", "participants": ["Ukraine", "Switzerland"], "when": "the next day", "status": "held",
        "evidence": ["The sides agreed in Bern the next day to keep talking, the Swiss foreign ministry said."]}])
    (rec,) = got.diplomacy
    assert rec.date is not None and (rec.date.start, rec.date.end) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))


@pytest.mark.parametrize("later,ok", [
    ("Two of them remain in hospital. No one died.", True),
    ("Two of them remain in hospital. Nobody was killed, the mayor said.", True),
    ("Two of them remain in hospital. Two were killed.", False),     # a count for the role: no nil
])
def test_a_models_zero_told_later_in_its_paragraph(later, ok):
    text = f"Drones struck Sumy overnight.\n\nSix residents were wounded in Sumy, the governor said. {later}\n\nOther news."
    got = _answer(text, dt.date(2026, 6, 13), attacks=[{
        "attacker": "Russia", "kind": "air_drone_strike", "places": ["Sumy"], "when": "overnight", "killed": 0, "injured": 6,
        "weapons": [{"type": "drone"}], "evidence": ["Drones struck Sumy overnight.",
                                                      "Six residents were wounded in Sumy, the governor said."]}])
    (rec,) = got.attacks
    assert (rec.killed is not None and rec.killed.value == 0) is ok


@pytest.mark.parametrize("text", [
    "Russia launched 90 drones and 14 missiles at Ukraine overnight; ten were ballistic missiles and the other four Kalibrs.",
    "Overnight Russia fired 90 drones and 14 missiles at Ukraine: ten were Iskander-M missiles, and the remaining four were Kalibrs.",
])
def test_a_split_told_by_a_copula_and_the_rest_is_launched(text):
    weapons = [{"type": "drone", "launched": 90}, {"type": "other", "launched": 14},
               {"type": "ballistic_missile", "launched": 10}, {"type": "cruise_missile", "model": "Kalibr", "launched": 4}]
    (rec,) = _answer(text, dt.date(2026, 6, 13), attacks=[{"attacker": "Russia", "kind": "drone_and_missile",
                                                           "places": ["Ukraine"], "weapons": weapons, "evidence": [text]}]).attacks
    assert [w.launched and w.launched.value for w in rec.weapons] == [90, 14, 10, 4]


@pytest.mark.parametrize("text,launched", [
    ("In March, three glide bombs killed 11 people in the centre of Kupiansk.", 3),
    ("Two missiles wounded 14 people in Dnipro on Sunday.", 2),
])
def test_a_toll_told_of_the_weapons_launches_them(text, launched):
    (rec,) = _answer(text, dt.date(2026, 6, 13), attacks=[{"attacker": "Russia", "kind": "missile_strike", "places": [],
                                                           "weapons": [{"type": "missile", "launched": launched}],
                                                           "evidence": [text]}]).attacks
    assert rec.weapons[0].launched is not None and rec.weapons[0].launched.value == launched


def test_a_journeys_venue_grounds_its_host():
    text = "The envoys of Ukraine and Russia will return to Geneva on June 3 for a new round, officials said."
    (rec,) = _answer(text, dt.date(2026, 5, 20), diplomacy=[{
        "kind": "talks", "participants": ["Ukraine", "Russia", "Switzerland"], "place": "Geneva", "when": "on June 3",
        "status": "planned", "evidence": [text]}]).diplomacy
    assert rec.participants == ["Ukraine", "Russia", "Switzerland"]


def test_a_month_last_year_without_in_is_that_month():
    from summariser.dates import find_dates

    words = "the largest since October last year"
    (found,) = find_dates(words, 0, len(words), dt.date(2026, 4, 24))
    assert (found.span.start, found.span.end) == (dt.date(2025, 10, 1), dt.date(2025, 10, 31))


def test_an_offer_to_come_is_no_visit():
    text = "Putin said on Monday that Zelensky could come to Moscow any time, a formula Kyiv rejects."
    assert [d for d in _rules(text).diplomacy if d.kind.value == "visit"] == []


def test_a_models_planned_week_of_a_coming_month_is_read_ahead():
    text = "Poland's president will visit Kyiv in the second week of April, his office said on Monday."
    (rec,) = _answer(text, dt.date(2026, 3, 16), diplomacy=[{
        "kind": "visit", "participants": ["Poland", "Ukraine"], "place": "Kyiv", "when": "in the second week of April",
        "status": "planned", "evidence": [text]}]).diplomacy
    assert rec.date is not None and (rec.date.start, rec.date.end) == (dt.date(2026, 4, 8), dt.date(2026, 4, 14))
