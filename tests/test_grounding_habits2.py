"""The second set of model writing habits (`evals/answers/tools/habits2.py`), each read in fresh
sentences: the value the article implies is kept, a value it does not imply is refused.

- `when` as a calendar date ("2027-03-09", "the night of 8-9 March", "8/9 March", "Tuesday,
  9 March", "early on Tuesday morning") read as the article's own date it falls in;
- places transliterated ("Kharkov", "Nikolaev") or as "city of X", "X city", "Xska oblast",
  "X province";
- states as "Russian Federation", "U.S.", "the United States", "Great Britain"; a side as its
  armed force ("Russian Armed Forces", "Ukrainian Air Force");
- quotes cut with "(...)" or "[...]", joined from two adjacent sentences, with digits for a
  number word or American spelling; never a cut across paragraphs;
- counts written as strings ("7"); a weapon model in another common form.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding import align
from summariser.grounding.calendar import written_date

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday

ARTICLE = (
    "Loitering munitions battered the eastern metropolis of Kharkiv overnight into Tuesday, setting a "
    "grain depot ablaze and wounding seven workers on the night shift, the mayor's office reported. "
    "Firefighters needed most of the morning to contain the flames.\n\n"
    "Separately, on Tuesday afternoon an Iskander-M warhead damaged a rail yard in Poltava, where "
    "two guards were hurt, the regional defence council said.\n\n"
    "The Russian Ministry of Defence claimed its crews had shot down 31 Ukrainian unmanned aircraft "
    "above the Kursk region. Emergency crews found no victims in the border villages.\n\n"
    "In Washington, the US and Britain announced a joint package of air-defence interceptors for Kyiv "
    "last week."
)


def _ground(attack: dict | None = None, diplomacy: dict | None = None):
    draft = ArticleDraft.model_validate({"attacks": [attack] if attack else [],
                                         "diplomacy": [diplomacy] if diplomacy else []})
    return draft_to_records(draft, ARTICLE, published=PUBLISHED)


KHARKIV = {"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike", "places": ["Kharkiv"],
           "injured": 7, "evidence": ["Loitering munitions battered the eastern metropolis of Kharkiv overnight into "
                                      "Tuesday, setting a grain depot ablaze and wounding seven workers on the night shift"]}
POLTAVA = {"attacker": "Russia", "target_country": "Ukraine", "kind": "missile_strike", "places": ["Poltava"],
           "injured": 2, "weapons": [{"type": "ballistic_missile", "model": "Iskander-M"}],
           "evidence": ["Separately, on Tuesday afternoon an Iskander-M warhead damaged a rail yard in Poltava, "
                        "where two guards were hurt, the regional defence council said."]}


# --------------------------------------------------------------------------- calendar dates


@pytest.mark.parametrize("when", ["2027-03-08 to 2027-03-09", "the night of 8-9 March", "8/9 March", "2027-03-08"])
def test_a_night_written_as_calendar_dates_is_the_articles_night(when):
    got = _ground({**KHARKIV, "when": when})
    assert got.attacks[0].date is not None
    assert (got.attacks[0].date.start, got.attacks[0].date.end) == (dt.date(2027, 3, 8), dt.date(2027, 3, 9))
    assert not [r for r in got.rejected if r.field.endswith("when")]


@pytest.mark.parametrize("record,when", [(POLTAVA, "Tuesday, 9 March"), (POLTAVA, "on 9 March 2027"),
                                         (POLTAVA, "2027-03-09"), (POLTAVA, "early on Tuesday afternoon"),
                                         (KHARKIV, "2027-03-09")])
def test_a_day_written_as_a_date_is_the_articles_day(record, when):
    got = _ground({**record, "when": when})
    assert got.attacks[0].date is not None and got.attacks[0].date.start == dt.date(2027, 3, 9)


@pytest.mark.parametrize("when", ["2027-03-04", "the night of 2-3 March", "Monday, 9 March", "2027-02-30"])
def test_a_date_the_article_does_not_give_is_refused(when):
    got = _ground({**POLTAVA, "when": when})
    # refused; the record takes its evidence sentence's own day instead (dev13 class A4), `inferred`
    date = got.attacks[0].date
    assert date is not None and (date.start, date.end) == (dt.date(2027, 3, 9), dt.date(2027, 3, 9))
    assert got.attacks[0].support["date"].value == "inferred"
    assert any(r.field == "attacks[0].when" for r in got.rejected)


def test_a_vague_article_date_does_not_ground_a_precise_one():
    # "last week" is a week: a single day inside it is more than the article says
    deal = {"kind": "military_aid", "participants": ["United States", "United Kingdom"], "when": "2027-03-02",
            "status": "held", "evidence": ["the US and Britain announced a joint package of air-defence interceptors"]}
    got = _ground(diplomacy=deal)
    assert got.diplomacy and got.diplomacy[0].date is None


def test_written_dates_are_read_in_every_common_form():
    assert written_date("2027-03-08/09", PUBLISHED).end == dt.date(2027, 3, 9)
    assert written_date("09.03.2027", PUBLISHED).start == dt.date(2027, 3, 9)
    assert written_date("Wednesday, 9 March", PUBLISHED) is None  # the 9th is a Tuesday
    assert written_date("Tuesday, 16 March", PUBLISHED, planned=True).start == dt.date(2027, 3, 16)


# --------------------------------------------------------------------------- places and actors


@pytest.mark.parametrize("place", ["Kharkov", "city of Kharkiv", "Kharkiv city", "Kharkiv, Kharkiv Oblast, Ukraine"])
def test_a_place_in_another_spelling_or_form_is_kept(place):
    got = _ground({**KHARKIV, "places": [place]})
    assert [loc.name for loc in got.attacks[0].locations] == ["Kharkiv"]


@pytest.mark.parametrize("place", ["Kharkivska oblast", "Kharkov province"])
def test_a_region_in_the_adjectival_or_province_form_resolves_to_the_region(place):
    got = _ground({**KHARKIV, "places": [place]})
    assert got.attacks[0].locations and got.attacks[0].locations[0].admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize("place", ["Nikolaev", "Odessa", "city of Dnepr"])
def test_a_transliterated_place_the_article_never_names_is_refused(place):
    got = _ground({**KHARKIV, "places": [place]})
    assert not got.attacks or not got.attacks[0].locations
    assert any(r.field == "attacks[0].places[0]" for r in got.rejected)


@pytest.mark.parametrize("attacker", ["Russian Federation", "Russian Armed Forces", "the Russian Federation"])
def test_a_state_by_another_name_or_its_forces_is_kept(attacker):
    got = _ground({**KHARKIV, "attacker": attacker})
    assert got.attacks[0].attacker == "Russia"


@pytest.mark.parametrize("names,expected", [(["U.S.", "Great Britain"], {"United States", "United Kingdom"}),
                                            (["the United States", "Britain"], {"United States", "United Kingdom"})])
def test_participants_by_other_names_are_kept(names, expected):
    deal = {"kind": "military_aid", "participants": names, "status": "held",
            "evidence": ["the US and Britain announced a joint package of air-defence interceptors for Kyiv"]}
    assert set(_ground(diplomacy=deal).diplomacy[0].participants) == expected


def test_a_state_the_article_never_names_is_refused_in_any_form():
    deal = {"kind": "military_aid", "participants": ["USA", "French Republic"], "status": "held",
            "evidence": ["the US and Britain announced a joint package of air-defence interceptors for Kyiv"]}
    got = _ground(diplomacy=deal)
    assert "France" not in got.diplomacy[0].participants
    assert any(r.field == "diplomacy[0].participants[1]" for r in got.rejected)


# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize("quote", [
    "Loitering munitions battered the eastern metropolis (...) wounding seven workers on the night shift",
    "Loitering munitions battered the eastern metropolis [...] wounding seven workers on the night shift",
    "Loitering munitions battered the eastern metropolis […] wounding seven workers on the night shift",
])
def test_a_quote_cut_with_brackets_aligns_as_an_elision(quote):
    span = align(quote, ARTICLE)
    assert span is not None and span.start == 0 and span.text.endswith("workers on the night shift")


def test_a_cut_never_joins_two_paragraphs():
    assert align("Loitering munitions battered the eastern metropolis [...] where two guards were hurt", ARTICLE) is None


def test_two_adjacent_sentences_joined_in_one_quote_align():
    quote = ("The Russian Ministry of Defence claimed its crews had shot down 31 Ukrainian unmanned aircraft above "
             "the Kursk region. Emergency crews found no victims in the border villages.")
    assert align(quote, ARTICLE) is not None


@pytest.mark.parametrize("quote", [
    "Separately, on Tuesday afternoon an Iskander-M warhead damaged a rail yard in Poltava, where 2 guards were hurt",
    "an Iskander-M warhead damaged a rail yard in Poltava, where two guards were hurt, the regional defense council said.",
])
def test_digits_for_words_and_american_spelling_still_align(quote):
    span = align(quote, ARTICLE)
    assert span is not None and "Poltava" in span.text


def test_a_count_smuggled_through_a_quote_joined_across_paragraphs_is_refused():
    # the Poltava record given Kharkiv's seven, through a cut quote that reaches back to the lead
    forged = {**POLTAVA, "injured": 7, "evidence": [POLTAVA["evidence"][0],
              "wounding seven workers on the night shift [...] an Iskander-M warhead damaged a rail yard in Poltava"]}
    got = _ground(forged)
    assert got.attacks[0].injured is None
    assert any(r.field == "attacks[0].injured" for r in got.rejected)


# --------------------------------------------------------------------------- counts, weapons


def test_a_count_written_as_a_string_is_grounded_like_a_number():
    got = _ground({**KHARKIV, "injured": "7"})
    assert got.attacks[0].injured is not None and got.attacks[0].injured.value == 7


def test_an_invented_count_written_as_a_string_is_refused():
    got = _ground({**KHARKIV, "injured": "12"})
    assert got.attacks[0].injured is None


def test_a_shorter_model_name_is_kept_an_absent_one_dropped():
    kept = _ground({**POLTAVA, "weapons": [{"type": "ballistic_missile", "model": "Iskander"}]})
    assert kept.attacks[0].weapons[0].model == "Iskander"
    dropped = _ground({**POLTAVA, "weapons": [{"type": "ballistic_missile", "model": "Kinzhal"}]})
    assert dropped.attacks[0].weapons[0].model is None
