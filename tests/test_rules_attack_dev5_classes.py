"""Attack rules for failure classes seen on an unseen set, written as concepts of war reporting
and tested with sentences written for these tests (none from seeds/ or evals/), several phrasings
each, with negatives that must not fire: counts told with a phrase between noun and cue, one
person by occupation, a child by age; a city that only locates the place hit (suburb of, N km
from); an official whose surname spells a town; a strike with no actor on Ukrainian soil; a
village in a named district; a defence ministry's idiom (its strike on a country, its
interceptions, "the Kyiv regime"); US-style nights; live-blog stamps; corrections; a strike
told as "a day after <weapon> hit X"; a feature's toll in its one town; a month-dated strike.
Published Wednesday 4 March 2026 unless a test says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, count_value as _value, place_names as _places
from summariser.records import AttackKind

PUBLISHED = "2026-03-04"
LEAD = "Russian drones struck an apartment block in Poltava overnight, killing two people. "


_attacks = AttackProbe(PUBLISHED)
_one = _attacks.one


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize("text, injured", [
    ("A Russian glide bomb hit a tram depot in Kharkiv on Monday. Three women waiting at the tram stop were injured.", 3),
    ("A Russian drone struck a bakery in Zaporizhzhia on Monday. Two men unloading bread outside were hurt.", 2),
    ("A Russian missile hit a car park in Dnipro on Monday. Four workers on their way home were wounded.", 4),
    ("Russian shelling hit Nikopol on Monday; five residents queuing for water were seriously injured.", 5),
])
def test_a_phrase_between_the_people_and_the_cue_keeps_the_count(text: str, injured: int) -> None:
    assert _value(_one(text).injured) == injured


@pytest.mark.parametrize("text", [
    "A Russian glide bomb hit a tram depot in Kharkiv on Monday. Three trams parked in the depot were destroyed.",
    "A Russian glide bomb hit a tram depot in Kharkiv on Monday. Two men seen near the depot were questioned by police.",
])
def test_a_phrase_without_a_casualty_cue_is_no_count(text: str) -> None:
    a = _one(text)
    assert a.injured is None and a.killed is None


@pytest.mark.parametrize("text, killed, injured", [
    ("Russian shelling hit Kherson on Monday, killing a man; a nurse was wounded.", 1, 1),
    ("Russian shelling hit Kherson on Monday, killing a security guard and wounding a teacher.", 1, 1),
    ("A Russian drone hit a bus in Kherson on Monday. A paramedic was injured, the governor said.", None, 1),
    ("A Russian missile hit Odesa's port on Monday. A security guard was killed at the scene.", 1, None),
])
def test_one_person_told_by_occupation_is_a_count_of_one(text: str, killed: int | None, injured: int | None) -> None:
    a = _one(text)
    assert (_value(a.killed), _value(a.injured)) == (killed, injured)


@pytest.mark.parametrize("text", [
    "A Russian drone attack on Sumy on Monday killed two people, Oksana Melnyk and Petro Hnatiuk, and wounded "
    "six others, among them a 14-year-old schoolboy.",
    "A Russian drone attack on Sumy on Monday wounded six people, including a 15-year-old.",
    "A Russian drone attack on Sumy on Monday wounded six people, including a schoolgirl.",
])
def test_a_child_told_by_age_or_school_is_a_child(text: str) -> None:
    a = _one(text)
    assert _value(a.injured) == 6 and _value(a.children_injured) == 1


def test_an_adult_told_by_age_is_no_child() -> None:
    a = _one("A Russian drone attack on Sumy on Monday wounded six people, including a 45-year-old teacher.")
    assert _value(a.injured) == 6 and a.children_injured is None


@pytest.mark.parametrize("follow", [
    "A 58-year-old man died before medics arrived.",
    "A 71-year-old woman died in hospital.",
    "Rescuers said a 64-year-old pensioner died on the spot.",
])
def test_a_death_told_by_age_in_the_next_sentence_is_the_strike_toll(follow: str) -> None:
    a = _one("Russian drones struck a residential building in Poltava overnight, the governor said. " + follow)
    assert _value(a.killed) == 1


@pytest.mark.parametrize("text", [
    "Overnight, Russia attacked Ukraine with more than a hundred attack drones, the air force said.",
    "Russia launched over one hundred drones at Ukraine overnight, the air force said.",
])
def test_a_hundred_in_words_is_the_launched_figure(text: str) -> None:
    a = _one(text)
    assert any(w.launched is not None and w.launched.value == 100 for w in a.weapons)


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize("text, place", [
    ("A Russian drone hit a house in the Odesa suburb of Tairove on Monday, injuring two.", "Tairove"),
    ("Russian drones struck the Kharkiv suburb of Pisochyn overnight, injuring two.", "Pisochyn"),
    ("A Russian drone hit Bucha, a suburb of Kyiv, on Monday, killing two.", "Bucha"),
])
def test_a_suburb_is_the_place_hit_not_its_city(text: str, place: str) -> None:
    assert _places(_attacks(text)) == {place}


@pytest.mark.parametrize("text", [
    "Russian drones hit the outskirts of Kyiv on Monday, killing two.",
    "Russian drones hit the suburbs of Kyiv on Monday, killing two.",
])
def test_the_city_alone_is_the_place_when_no_suburb_is_named(text: str) -> None:
    assert _places(_attacks(text)) == {"Kyiv"}


@pytest.mark.parametrize("text, place", [
    ("A Russian missile hit Balakliia, about 80 kilometres (50 miles) southeast of Kharkiv, on Monday, killing two.",
     "Balakliia"),
    ("A Russian missile hit Chuhuiv, some 40 km to the south-east of Kharkiv, on Monday, killing two.", "Chuhuiv"),
    ("A Russian missile hit Velykyi Burluk, about 80 kilometres east of Kharkiv, on Monday, killing two.",
     "Velykyi Burluk"),
])
def test_a_place_located_by_distance_keeps_its_reference_out(text: str, place: str) -> None:
    a = _one(text)
    assert _places([a]) == {place} and a.target_country == "Ukraine"


@pytest.mark.parametrize("text", [
    "Drones hit Cheboksary overnight, Chuvashia head Oleg Nikolayev said, adding that two people were injured.",
    "Drones hit Cheboksary overnight, injuring two people, regional head Oleg Nikolayev said. Nikolayev said a "
    "factory roof was damaged.",
    "Drones hit Cheboksary overnight, regional head Oleg Nikolayev said. Two people were injured, according to "
    "Nikolayev.",
])
def test_an_officials_surname_that_spells_a_town_is_no_place(text: str) -> None:
    assert _places(_attacks(text)) == {"Cheboksary"}


def test_a_given_name_before_a_town_makes_a_person() -> None:
    attacks = _attacks("Yuriy Sumy, a local official, said Russian drones hit Okhtyrka overnight, injuring one.")
    assert _places(attacks) == {"Okhtyrka"}


@pytest.mark.parametrize("text, place", [
    ("Russian shelling in Nikolaev killed two people on Monday.", "Mykolaiv"),
    ("Russian drones attacked Sumy overnight, killing two.", "Sumy"),
    ("Russian drones attacked Sumy overnight, killing two, regional head Oleh Hryhorov said.", "Sumy"),
])
def test_a_town_used_as_a_place_stays_a_place(text: str, place: str) -> None:
    assert place in _places(_attacks(text))


@pytest.mark.parametrize("text", [
    "Two guided bombs fell on the village of Velyka Pysarivka in the Sumy district on Tuesday, injuring two people.",
    "A drone hit a house in the village of Khotin in the Sumy district overnight, killing a man.",
])
def test_a_village_in_a_ukrainian_district_is_in_ukraine_and_hit_by_russia(text: str) -> None:
    a = _one(text)
    assert a.target_country == "Ukraine" and a.attacker == "Russia"


@pytest.mark.parametrize("text", [
    "A guided aerial bomb hit a school in Kostiantynivka on Tuesday, wrecking the gym.",
    "\"The drones came at 3 a.m.,\" said Halyna, 70. \"We hid in the basement.\" The drones hit Kherson's "
    "Dniprovskyi district that night, injuring four people.",
])
def test_a_strike_on_ukrainian_soil_with_no_actor_named_is_russias(text: str) -> None:
    assert all(a.attacker == "Russia" for a in _attacks(text)) and _attacks(text)


def test_a_strike_on_russian_soil_in_an_article_naming_no_side_is_ukraines() -> None:
    # atk8: was None; an article that names no attacking side at all leaves only Ukraine striking Russia
    # (codebook rule 4); see tests/test_rules_attack_news_classes.py for the case where Russia is named
    a = _one("Drones hit an oil depot in the Bryansk region overnight, the governor said, injuring one.")
    assert a.target_country == "Russia" and a.attacker == "Ukraine"


# --------------------------------------------------------------------------- a defence ministry's idiom

MOD_STRIKE = ("The Russian Defence Ministry said its forces had launched a massive strike using long-range "
              "precision arms against defence-industry facilities of Ukraine. ")


@pytest.mark.parametrize("interceptions", [
    "Air defence means shot down 48 unmanned aerial vehicles over the past day, the ministry said.",
    "Over the past day, air defence systems destroyed 48 fixed-wing drones, the ministry added.",
])
def test_a_ministry_statement_gives_its_strike_and_the_others_interceptions(interceptions: str) -> None:
    attacks = _attacks(MOD_STRIKE + interceptions)
    sides = {(a.attacker, a.target_country) for a in attacks}
    assert sides == {("Russia", "Ukraine"), ("Ukraine", "Russia")}
    assert all(a.locations[0].name in ("Ukraine", "Russia") for a in attacks)
    downed = next(a for a in attacks if a.target_country == "Russia")
    assert any(w.intercepted is not None and w.intercepted.value == 48 for w in downed.weapons)


@pytest.mark.parametrize("text", [
    "The ministry said its forces struck energy facilities used by the Kyiv regime, and Russian air defences "
    "shot down 30 drones overnight.",
    "Russian air defences shot down 30 drones overnight, the ministry said, blaming the Kyiv regime.",
])
def test_a_regime_named_after_a_capital_is_no_place(text: str) -> None:
    assert "Kyiv" not in _places(_attacks(text))


def test_a_country_strike_with_a_strike_told_in_detail_adds_no_country_record() -> None:
    text = ("Overnight Russian forces carried out a massive strike on Ukraine's power facilities, the military said. "
            "In Kharkiv, a missile hit a power plant, injuring two people.")
    assert _places(_attacks(text)) == {"Kharkiv"}


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said 61 drones had been downed over Russian regions overnight.",
    "Russian air defences shot down 30 drones over the Kursk, Bryansk and Belgorod regions overnight, the "
    "defence ministry said.",
    "Its air defence systems destroyed 61 drones overnight, 20 of them over the Republic of Crimea, Russia's defence "
    "ministry reported.",
])
def test_interceptions_over_russia_are_a_ukrainian_attack_on_russia(text: str) -> None:
    a = _one(text)
    assert (a.attacker, a.target_country, a.locations[0].name) == ("Ukraine", "Russia", "Russia")


# --------------------------------------------------------------------------- dates, stamps, notes


@pytest.mark.parametrize("when", ["overnight on October 8 to 9", "overnight October 8-9", "overnight Oct. 8-9",
                                  "overnight on 8-9 October"])
def test_a_us_style_night_is_that_night(when: str) -> None:
    a = _one(f"Russian drones attacked Odesa {when}, injuring three.", published="2025-10-10")
    assert a.date is not None and (a.date.start, a.date.end) == (dt.date(2025, 10, 8), dt.date(2025, 10, 9))


@pytest.mark.parametrize("stamp", ["02:14 -", "14:05 —", "09:30 –"])
def test_a_live_blog_stamp_is_no_date_words(stamp: str) -> None:
    a = _one(f"Live updates\n\n{stamp} A Russian missile hit Dnipro, killing one person.")
    assert a.date is not None and a.date.start == dt.date(2026, 3, 4) and not (a.date.text or "").strip(" -—–")[:1].isdigit()


@pytest.mark.parametrize("note", [
    "An earlier version of this article wrongly gave the toll in Kharkiv as five dead.",
    "Correction: A previous version of this story misstated that a missile struck Kharkiv, killing five.",
    "This article has been updated to correct the number of people killed in Kharkiv.",
    "Editor's note: the report wrongly said a drone hit Kharkiv on Monday, injuring five.",
])
def test_a_correction_note_is_never_an_event(note: str) -> None:
    assert _places(_attacks(LEAD + note)) == {"Poltava"}


def test_a_strike_that_corrects_itself_in_the_story_is_still_told() -> None:
    attacks = _attacks(LEAD + "Officials later corrected the toll: a Russian missile hit Kharkiv, killing five.")
    assert "Kharkiv" in _places(attacks)


SUMY_LEAD = ("A Russian missile struck a hospital in Sumy on Tuesday morning, killing two people and injuring nine, "
             "the regional governor said. ")


def test_a_weapon_told_as_the_day_before_hit_the_city_is_its_own_record() -> None:
    attacks = _attacks(SUMY_LEAD + "That strike came a day after a glide bomb damaged a kindergarten in the city "
                       "on Monday evening.")
    bomb = [a for a in attacks if a.kind is AttackKind.glide_bomb]
    assert len(attacks) == 2 and len(bomb) == 1 and _places(bomb) == {"Sumy"}
    assert bomb[0].date is not None and bomb[0].date.start == dt.date(2026, 3, 2)


def test_a_strike_days_before_is_dated_from_the_strike_told() -> None:
    attacks = _attacks(SUMY_LEAD + "The strike came two days after a drone hit a bus in the town of Bilopillia, "
                       "wounding four.")
    bus = next(a for a in attacks if _places([a]) == {"Bilopillia"})
    assert bus.date is not None and bus.date.start == dt.date(2026, 3, 1)
    assert (bus.attacker, bus.target_country, _value(bus.injured)) == ("Russia", "Ukraine", 4)


FEATURE = ("Waiting out the war\n\nKOSTIANTYNIVKA, Ukraine — The streets of Kostiantynivka are almost empty now. Most "
           "shops have closed and only a few hundred residents remain.\n\nOlena, 63, still sells potatoes by the "
           "station every morning. \"We got used to it,\" she says.\n\n")


@pytest.mark.parametrize("strike", [
    "On Tuesday afternoon, a guided aerial bomb struck the market square, killing three people and wounding eleven.",
    "A glide bomb hit the market square at about 3 p.m. on Tuesday, killing three people and wounding eleven.",
])
def test_a_features_toll_is_in_its_one_town(strike: str) -> None:
    a = _one(FEATURE + strike)
    assert _places([a]) == {"Kostiantynivka"} and a.kind is AttackKind.glide_bomb and _value(a.killed) == 3


def test_a_feature_naming_two_towns_does_not_guess() -> None:
    text = FEATURE.replace("only a few hundred residents remain", "many left for Dnipro") + \
        "On Tuesday afternoon, a guided aerial bomb struck the market square, killing three people."
    assert "Kostiantynivka" not in _places(_attacks(text)) or "Dnipro" not in _places(_attacks(text))


@pytest.mark.parametrize("text", [
    "In May, Russian missiles struck the centre of Kharkiv, killing 12 people.",
    "In May, Russian missiles hit a shopping mall in Kharkiv, killing 12 people.",
])
def test_a_month_dated_strike_on_a_town_is_a_past_event(text: str) -> None:
    attacks = _attacks(LEAD + text)
    past = [a for a in attacks if _places([a]) == {"Kharkiv"}]
    assert len(past) == 1 and _value(past[0].killed) == 12 and past[0].date is not None
    assert past[0].date.start == dt.date(2025, 5, 1)


@pytest.mark.parametrize("text", [
    "Russian attacks killed 95 civilians in the Kharkiv region in January.",
    "In January, Russian drones hit the Kharkiv region repeatedly, killing 40 people.",
])
def test_a_months_tally_is_no_event(text: str) -> None:
    assert _places(_attacks(LEAD + text)) == {"Poltava"}


@pytest.mark.parametrize("strike", [
    "The Russian armed forces delivered a massive combined strike using precision-guided long-range arms and "
    "strike drones on defence plants of Ukraine.",
    "In response to sabotage by the Kyiv regime, Russian forces carried out a group strike with precision weapons on "
    "energy facilities of Ukraine.",
])
def test_a_ministry_strike_named_by_its_forces_is_a_russian_strike_on_ukraine(strike: str) -> None:
    a = _one("Russia's defence ministry said on Sunday:\n\n" + strike + " All designated targets were hit.")
    assert (a.attacker, a.target_country, a.locations[0].name) == ("Russia", "Ukraine", "Ukraine")


@pytest.mark.parametrize("text", [
    "Russian forces could carry out a massive strike on energy facilities of Ukraine this winter, analysts warned.",
    "Ukrainian officials said the Russian army was preparing a massive strike against energy facilities of Ukraine.",
])
def test_a_country_strike_foreseen_is_no_record(text: str) -> None:
    assert _attacks("The war goes on. " + text) == []


def test_residents_of_a_town_who_speak_keep_the_town() -> None:
    attacks = _attacks("Russian drones attacked the city overnight. Residents of Odesa said two people were injured "
                       "when a drone hit Odesa's port.")
    assert "Odesa" in _places(attacks)


def test_a_strike_with_no_actor_in_an_article_of_ukrainian_strikes_is_not_guessed() -> None:
    text = ("Ukrainian drones struck an oil depot in the Bryansk region overnight, the governor said. "
            "In occupied Horlivka, a drone hit a bus on Monday, injuring three, the Russian-installed mayor said.")
    bus = next(a for a in _attacks(text) if "Horlivka" in _places([a]))
    assert bus.attacker != "Russia"


MINIBUS = "A Russian drone hit a minibus in Kherson on Monday morning. "


@pytest.mark.parametrize("follow, killed, injured", [
    ("The driver, a 52-year-old man, died at the wheel, police said.", 1, None),
    ("Its driver, a local resident, was seriously injured.", None, 1),
    ("A woman aged 63 died at the scene.", 1, None),
    ("A woman was seriously wounded.", None, 1),
    ("A boy, a man and a woman were injured.", None, 3),
])
def test_one_person_told_with_an_aside_or_age_is_one(follow: str, killed: int | None, injured: int | None) -> None:
    a = _one(MINIBUS + follow)
    assert (_value(a.killed), _value(a.injured)) == (killed, injured)


@pytest.mark.parametrize("follow", [
    "A man aged 40 was reportedly detained.",
    "A man, who was driving the bus, was not hurt.",
])
def test_an_age_is_never_a_toll(follow: str) -> None:
    """No age and no aside is a count; "was not hurt" may be read as the nil it tells (0, codebook
    rule 6), never as a number of people."""
    a = _one(MINIBUS + follow)
    assert a.killed is None and _value(a.injured) in (None, 0)
