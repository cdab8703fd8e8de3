"""Round 34 (5 December 2026). The LLM path: sanctions told by their instrument or a listing's noun, a date
the model wrote with one number changed, "the day before that", a visit named by its noun as the host's. The
rules: a topic's time words are no status of the call that discussed it; "the city" is the city named last; a
list's first item past its model aside; a request's content names no side; a summary list's item with figures
or a town the body never gives; a place told as the one that came under attack; a reproduced post's author;
a village with its raion; a city's named parts; "that Tuesday"; one city's captions; a model before its
class's noun; a region named a territory; listings by designation or instrument; where a target is registered;
a measure taking effect; a people's adjective that brokered; a visit to a city; a pair before the talks.
Fresh sentences, written for these tests, with near misses beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomacy_probes import record_summaries, records_of_kind
from probes import AttackProbe, attacks_of, count_value, draft_records, place_names
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.records import DiplomacyKind, DiplomacyStatus, WeaponType

_PUBLISHED = "2026-08-06"  # a Thursday
_DAY = dt.date(2026, 8, 6)
_attacks = AttackProbe(_PUBLISHED, grounded=True)


def _records(text: str, published: str = _PUBLISHED):
    return record_summaries(text, published)


def _of_kind(text: str, kind: DiplomacyKind, published: str = _PUBLISHED):
    return records_of_kind(text, kind, published)


def _draft_diplomacy(text: str, record: dict, published: dt.date = _DAY):
    return draft_records(text, published, diplomacy=[record])


# --------------------------------------------------------------------------- LLM path
@pytest.mark.parametrize("text", [
    "Wellington listed 12 tankers under its Russia Sanctions Act regulations on Monday.",
    "The council adopted restrictive measures against nine Russian shipping firms on Monday.",
    "Seoul published new designations of 30 Russian suppliers on Monday.",
    "Norway imposed an embargo on Russian seafood on Monday.",
])
def test_sanctions_told_by_their_instrument_are_an_event(text):
    got = _draft_diplomacy(text, {"kind": "sanctions", "participants": ["Russia"], "when": "on Monday",
                                  "status": "held", "evidence": [text]})
    assert len(got.diplomacy) == 1, [r.reason for r in got.rejected]


def test_a_remark_with_no_measure_stays_refused():
    text = "The minister said on Monday that shipping firms would face questions from insurers."
    got = _draft_diplomacy(text, {"kind": "sanctions", "participants": ["Russia"], "when": "on Monday",
                                  "status": "held", "evidence": [text]})
    assert not got.diplomacy


@pytest.mark.parametrize("written", ["on 12 March 2026", "12 March 2026"])
def test_a_date_whose_day_differs_is_no_fuzzy_match_of_another_day(written):
    text = ("On 14 March 2026 the Estonian foreign minister held a call with his Korean colleague. He praised the "
            "sanctions Seoul imposed on Russia on 12 March.")
    got = _draft_diplomacy(text, {"kind": "sanctions", "participants": ["South Korea", "Russia"], "when": written,
                                  "status": "held", "evidence": [text.split(". ")[1]]}, dt.date(2026, 3, 16))
    assert [d.date.start for d in got.diplomacy] == [dt.date(2026, 3, 12)]


@pytest.mark.parametrize("words, day", [("the day before that", dt.date(2026, 7, 23)),
                                        ("a day after that", dt.date(2026, 7, 25)),
                                        ("the day before", dt.date(2026, 7, 23))])
def test_a_day_counted_from_the_one_told_before_that(words, day):
    text = f"The bloc adopted its package on 24 July, and Britain designated 30 more tankers {words}."
    got = _draft_diplomacy(text, {"kind": "sanctions", "participants": ["United Kingdom", "Russia"], "when": words,
                                  "status": "held", "evidence": [text]})
    assert [d.date.start for d in got.diplomacy] == [day]


@pytest.mark.parametrize("text", ["The Dutch prime minister arrived on 3 August for a short visit to Lviv.",
                                  "The Dutch prime minister laid a wreath on 3 August during a trip to Lviv."])
def test_a_visit_to_a_city_names_the_host(text):
    got = _draft_diplomacy(text, {"kind": "visit", "participants": ["Netherlands", "Ukraine"], "place": "Lviv",
                                  "when": "on 3 August", "status": "held", "evidence": [text]})
    assert [sorted(d.participants) for d in got.diplomacy] == [["Netherlands", "Ukraine"]]


def test_a_city_only_passed_through_names_no_host():
    text = "The Dutch prime minister flew home on 3 August after talks in Warsaw, with a stop in Lviv."
    got = _draft_diplomacy(text, {"kind": "visit", "participants": ["Netherlands", "Ukraine"], "when": "on 3 August",
                                  "status": "held", "evidence": [text]})
    assert [d.participants for d in got.diplomacy] in ([["Netherlands"]], [])


# --------------------------------------------------------------------------- rules: a topic's time words
@pytest.mark.parametrize("text", [
    "The Italian premier and Zelensky discussed the upcoming summit in Rome during a phone call on Tuesday.",
    "The Italian premier and Zelensky discussed the summit in Rome, set for October 3, during a phone call on Tuesday.",
    "Zelensky spoke by phone with the Italian premier on Tuesday about the summit in Rome planned for October 3.",
    "Zelensky spoke with the Italian premier on Tuesday about how Europe would back a ceasefire.",
])
def test_a_call_about_a_coming_event_was_held(text):
    calls = _of_kind(text, DiplomacyKind.phone_call)
    assert [(c.status, c.date.start if c.date else None) for c in calls] == [(DiplomacyStatus.held, dt.date(2026, 8, 4))]


@pytest.mark.parametrize("text", ["Talks about the grain corridor are scheduled for Friday in Istanbul.",
                                  "The planned talks on how a truce would be monitored will take place in Geneva next week."])
def test_talks_whose_topic_comes_first_keep_their_own_verb(text):
    assert [t.status for t in _of_kind(text, DiplomacyKind.talks)] == [DiplomacyStatus.planned]


def test_talks_on_a_topic_with_its_own_modal_were_held():
    text = "Talks on how Europe would back a ceasefire were held in Paris on Monday."
    assert [t.status for t in _of_kind(text, DiplomacyKind.talks)] == [DiplomacyStatus.held]


def test_a_call_that_plans_a_topic_is_still_planned():
    text = "Zelensky will speak with the Italian premier on Friday about the summit in Rome."
    assert [c.status for c in _of_kind(text, DiplomacyKind.phone_call)] == [DiplomacyStatus.planned]


# --------------------------------------------------------------------------- rules: "the city" named last
def test_the_city_is_the_one_named_last_not_the_last_struck():
    text = ("Russian drones struck Zaporizhzhia overnight, killing two people, the governor said.\n\n"
            "Hundreds of kilometres away, a drone set fire to a barn outside Kovel that night; no one was injured.\n\n"
            "By noon rescuers had raised the toll in Zaporizhzhia to four.\n\n"
            "The city had not suffered a heavier toll since May 9, when a missile slammed into a tram depot and "
            "killed three workers.")
    past = [a for a in attacks_of(text, _PUBLISHED) if a.date and a.date.start == dt.date(2026, 5, 9)]
    assert [[p.name for p in a.locations] for a in past] == [["Zaporizhzhia"]]


# --------------------------------------------------------------------------- rules: lists of weapons
@pytest.mark.parametrize("aside", ["of the Shahed type", "of the Geran-2 type"])
def test_a_list_s_first_item_past_its_model_aside_shares_the_verb(aside):
    text = (f"Overall, 190 attack drones {aside}, six Kalibr missiles and a pair of Iskanders were fired at Ukraine "
            "in the dark, according to the air force.")
    weapons = {w.type: count_value(w.launched) for a in _attacks(text) for w in a.weapons}
    assert weapons[WeaponType.drone] == 190


@pytest.mark.parametrize("text, n", [("In Sumy, two KAB guided bombs hit a school on Tuesday.", 2),
                                     ("In Sumy, three KAB-500 guided bombs struck a warehouse on Tuesday.", 3)])
def test_a_model_before_its_class_noun_is_that_noun_s_model(text, n):
    weapons = [(w.type, count_value(w.launched)) for a in _attacks(text) for w in a.weapons]
    assert weapons == [(WeaponType.glide_bomb, n)]


def test_a_weapon_word_before_another_class_stays_a_modifier():
    text = "In Sumy, two drone operators were killed by a guided bomb on Tuesday."
    assert all(count_value(w.launched) != 2 for a in _attacks(text) for w in a.weapons)


# --------------------------------------------------------------------------- rules: a request's content
@pytest.mark.parametrize("text", [
    "Zelensky told reporters he had discussed the shelling with Erdogan by phone on Tuesday, and had urged the "
    "Turkish side to press Moscow for a new round of negotiations.",
    "Zelensky spoke with Erdogan by phone on Tuesday, and urged him to host new talks with Moscow.",
])
def test_the_content_of_a_request_names_no_side_of_the_call(text):
    calls = _of_kind(text, DiplomacyKind.phone_call)
    assert calls and all("Russia" not in c.participants for c in calls)


def test_a_call_with_both_named_keeps_both():
    text = "Erdogan spoke by phone with Putin and Zelensky on Tuesday, the Turkish presidency said."
    assert sorted(_of_kind(text, DiplomacyKind.phone_call)[0].participants) == ["Russia", "Turkey", "Ukraine"]


# --------------------------------------------------------------------------- rules: a summary list's items
_TAKEAWAYS = ("**Key takeaways**\n\n"
              "1. Russian forces struck Ukraine overnight on 3 to 4 August, launching nearly 200 Geran-2 drones and "
              "nine missiles, according to Ukrainian military figures.\n\n"
              "2. A cruise missile hit a dormitory in Poltava in the small hours of 4 August, killing five civilians "
              "and injuring 22, local officials said.\n\n"
              "3. Drones from Ukraine set the Syzran refinery ablaze overnight on 4 to 5 August. Samara region "
              "officials said there were no casualties.\n\n"
              "**The night of 3-4 August.** Most drones were shot down, the air force said, though a few missiles "
              "reached Poltava.\n\n"
              "**Strikes on Russia.** Russia's defence ministry said it downed 41 drones over the Samara and Saratov "
              "regions overnight on 4 to 5 August. The refinery at Syzran has been a frequent target.")


def test_an_item_with_figures_the_body_never_gives_is_kept():
    got = attacks_of(_TAKEAWAYS, _PUBLISHED)
    poltava = [a for a in got if "Poltava" in {p.name for p in a.locations}]
    assert [(count_value(a.killed), count_value(a.injured)) for a in poltava] == [(5, 22)]
    assert any(a.locations[0].level.value == "country" and a.attacker == "Russia" for a in got)


def test_an_item_whose_town_the_body_names_only_in_passing_is_kept():
    syzran = [a for a in attacks_of(_TAKEAWAYS, _PUBLISHED) if "Syzran" in {p.name for p in a.locations}]
    assert len(syzran) == 1 and syzran[0].date and syzran[0].date.start == dt.date(2026, 8, 4)


def test_an_undated_item_the_body_tells_stays_an_index():
    text = ("Key takeaways:\n\n- Drones struck the Syzran refinery.\n\n"
            "A fire broke out at the Syzran refinery when Ukrainian drones struck it overnight on 4 to 5 August, the "
            "governor said.")
    assert len([a for a in attacks_of(text, _PUBLISHED) if "Syzran" in {p.name for p in a.locations}]) == 1


# --------------------------------------------------------------------------- rules: posts reproduced under their author
_POSTS = ("Our desk translates the morning's posts of Russian official channels.\n\n"
          "06:40, operational headquarters of the Belgorod region:\n"
          "\"Overnight, Valuyki came under attack by enemy UAVs. A warehouse caught fire. Nobody was injured.\"\n\n"
          "07:55, Russian-installed head of Crimea:\n"
          "\"Overnight, wreckage of a drone downed over Yevpatoria damaged a garage. Nobody was hurt.\"")


def test_a_place_that_came_under_attack_in_a_quoted_post_is_struck():
    valuyki = [a for a in attacks_of(_POSTS, _PUBLISHED) if "Valuyki" in {p.name for p in a.locations}]
    assert [(a.attacker, a.target_country, count_value(a.injured)) for a in valuyki] == [("Ukraine", "Russia", 0)]


def test_a_post_under_an_installed_official_s_name_is_his_report():
    crimea = [a for a in attacks_of(_POSTS, _PUBLISHED) if "Yevpatoria" in {p.name for p in a.locations}]
    assert [(a.attacker, a.target_country) for a in crimea] == [("Ukraine", "Russia")]


def test_a_quote_that_only_mentions_a_place_is_no_strike():
    text = "\"We came under pressure in Valuyki to reopen the market,\" the mayor said."
    assert not attacks_of(text, _PUBLISHED)


# --------------------------------------------------------------------------- rules: places
@pytest.mark.parametrize("text", [
    "This morning in the village of Tetkino, Glushkovo district, an FPV drone hit a car. The driver was wounded.",
    "In the village of Tetkino, Glushkovo district, a drone struck a shop on Monday, wounding a woman.",
])
def test_a_village_with_its_raion_is_one_place(text):
    assert [[p.name for p in a.locations] for a in attacks_of(text, _PUBLISHED)] == [["Tetkino"]]


@pytest.mark.parametrize("text, city", [
    ("Kharkiv lies close to the border.\n\nA glide bomb hit a block in Saltivka on 2 August, killing two.", "Kharkiv"),
    ("Rescuers worked in Kyiv through the day.\n\nA drone hit a block in the Shevchenkivskyi district on 2 August, "
     "wounding four.", "Kyiv"),
    ("Rescuers worked in Odesa through the day.\n\nA drone hit a block in the Kyivskyi district on 2 August, "
     "wounding four.", "Odesa"),
])
def test_a_city_s_named_part_is_the_city(text, city):
    assert place_names(attacks_of(text, _PUBLISHED)) == {city}


def test_a_part_shared_by_cities_with_none_named_is_not_guessed():
    text = "A drone hit a block in the Shevchenkivskyi district on 2 August, wounding four."
    assert "Kyiv" not in place_names(attacks_of(text, _PUBLISHED)) and "Kharkiv" not in place_names(attacks_of(text, _PUBLISHED))


def test_one_city_s_captions_date_a_strike_by_that_weekday():
    text = ("Our photographer spent two weeks in Kharkiv.\n\n"
            "**Picture 1.** Rescuers in Saltivka on 18 July, after a drone hit a block. Two people died.\n\n"
            "**Picture 2.** A forklift driver clears burnt pallets on 24 July. A guided bomb struck the factory's "
            "store that Friday evening; no one was hurt.")
    article = make_article(text, published="2026-08-03", title="A fortnight in Kharkiv")
    got = RulesBackend(None).extract(article).attacks
    assert sorted((a.date.start, [p.name for p in a.locations]) for a in got if a.date) == [
        (dt.date(2026, 7, 18), ["Kharkiv"]), (dt.date(2026, 7, 24), ["Kharkiv"])]


def test_a_region_named_a_territory_gives_its_share_to_its_one_struck_town():
    text = ("Tuapse came under drone attack overnight, regional officials said; no one was hurt. Moscow's defence "
            "ministry reported 64 Ukrainian drones destroyed overnight, 27 of them over the Krasnodar Territory.")
    tuapse = [a for a in attacks_of(text, _PUBLISHED) if "Tuapse" in {p.name for p in a.locations}]
    assert [[count_value(w.intercepted) for w in a.weapons] for a in tuapse] == [[27]]


# --------------------------------------------------------------------------- rules: sanctions
@pytest.mark.parametrize("text, state", [
    ("London designated 35 more shadow-fleet tankers on Thursday.", "United Kingdom"),
    ("Ottawa listed 12 tankers under its special economic measures regulations on Thursday.", "Canada"),
    ("Canberra announced the designation of 20 Russian individuals on Thursday.", "Australia"),
])
def test_a_listing_told_by_designation_or_instrument_is_sanctions(text, state):
    assert [(r[0], state in r[2]) for r in _records(text)] == [(DiplomacyKind.sanctions, True)]


def test_a_designated_area_is_no_listing():
    assert not _of_kind("Evacuees gathered at the designated area near the station on Thursday.", DiplomacyKind.sanctions)


def test_where_a_target_is_registered_is_no_venue_and_no_side():
    text = ("Ottawa listed 12 tankers under its special economic measures regulations on Thursday, along with three "
            "operators registered in Dubai and Hong Kong.")
    recs = _of_kind(text, DiplomacyKind.sanctions)
    assert [(r.location, "Hong Kong" in r.participants) for r in recs] == [(None, False)]


@pytest.mark.parametrize("tail", ["Japan's export controls come into force on 20 August.",
                                  "The Japanese export controls take effect from 20 August."])
def test_a_measure_taking_effect_is_the_measure_told_before(tail):
    text = f"Tokyo imposed new export bans on Russia on Tuesday, freezing the assets of 12 firms. {tail}"
    assert [r[1] for r in _records(text) if r[0] is DiplomacyKind.sanctions] == [DiplomacyStatus.held]


def test_a_measure_first_told_by_its_start_day_stays_planned():
    text = "Britain will impose new sanctions on Russian banks; they take effect on Monday."
    assert [r[1] for r in _records(text) if r[0] is DiplomacyKind.sanctions] == [DiplomacyStatus.planned]


def test_the_thanker_of_sanctions_is_no_side_of_them():
    text = ("On 22 July the Minister and the Japanese foreign minister talked by telephone.\n\n"
            "The Minister thanked Japan for the sanctions package against Russia that Tokyo adopted on 19 July.")
    article = make_article(text, published="2026-07-24", source="Press office, Ministry of Foreign Affairs of Ukraine")
    sanctions = [d for d in RulesBackend(None).extract(article).diplomacy if d.kind is DiplomacyKind.sanctions]
    assert [sorted(d.participants) for d in sanctions] == [["Japan", "Russia"]]


# --------------------------------------------------------------------------- rules: sides and venues
@pytest.mark.parametrize("text", [
    "On Friday Ukraine and Russia traded 150 prisoners apiece under a Qatari-brokered deal, officials said.",
    "On Friday Ukraine and Russia swapped 150 prisoners each in a Saudi-mediated exchange, officials said.",
])
def test_a_people_s_adjective_joined_to_the_verb_names_the_mediator(text):
    swaps = _of_kind(text, DiplomacyKind.prisoner_exchange)
    assert swaps and len(swaps[0].participants) == 3


@pytest.mark.parametrize("text", ["Germany's foreign minister visited Odesa on Monday.",
                                  "Austria's chancellor toured a hospital on Monday during a brief visit to Kharkiv."])
def test_a_visit_to_a_city_is_there_and_hosted_by_its_state(text):
    visits = _of_kind(text, DiplomacyKind.visit)
    assert [(v.location.name if v.location else None, "Ukraine" in v.participants) for v in visits] == [
        (text.split()[-3] if "visited" in text else "Kharkiv", True)]


def test_talks_told_as_a_topic_keep_the_pair_that_names_them():
    text = "The two ministers reviewed the results of the direct Ukrainian-Russian talks in Istanbul on Monday."
    talks = _of_kind(text, DiplomacyKind.talks)
    assert talks and {"Russia", "Ukraine"} <= set(talks[0].participants)
