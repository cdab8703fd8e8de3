"""Round 22 attack classes (dev42 A1, A2, A6; dev41 D7/A3 attack side), on sentences written for
these tests:

- a "by <later time>" clause after a first figure ("at first put the dead at five; by nightfall crews
  had pulled nine bodies out") is a toll update of the strike told before, never a record of its own;
- the towns where a side's forces or operations are, or whence they withdraw ("pledging to scale down
  operations around A and B, while a strike on C killed four"), are no places hit when the sentence
  names another place: the strike's own, and its restatement in the body joins it;
- a bare past month's "when"-clause that tells one strike at a place ("was shelled over and
  over since April, when a raid set a depot there on fire") is a background record of that month (codebook 5);
- a strike told as the clause of an event's moment ("The trip came hours after Moscow's drones struck
  the city") is dated from the event and joins the strike the article goes on to tell.
"""

from __future__ import annotations

import pytest

from summariser import grounding
from summariser.articles import make_article
from summariser.backends.rules import RulesBackend
from summariser.lexicon import TOLL_UPDATE
from summariser.records import Attack

_WAR = "Russia's full-scale war against Ukraine goes on.\n\n"


def _attacks(text: str, published: str = "2024-05-08") -> list[Attack]:
    article = make_article(text, published=published)
    return grounding.enforce(RulesBackend(None).extract(article), article).attacks


def _places(a: Attack) -> list[str]:
    return [p.name for p in a.locations]


# --- dev42 A1: a later figure "by <time>" after the first one ----------------------------------

@pytest.mark.parametrize("line", [
    "The mayor at first put the dead at five; by Tuesday evening crews had pulled nine bodies from the rubble.",
    "Officials initially spoke of three victims; by Tuesday night the emergency service, which had brought in "
    "two cranes, had recovered nine bodies.",
    "The first reports counted four dead: by nightfall on Tuesday, firefighters had found nine bodies in the basement.",
    "Police first gave two deaths — by the end of the day on Tuesday the rescuers had dug out nine bodies.",
])
def test_later_find_by_a_later_time_updates_the_strike(line: str) -> None:
    text = f"A missile struck a clinic in Zaporizhzhia on Monday morning. {line}"
    recs = _attacks(text)
    assert len(recs) == 1, [(_places(a), a.date) for a in recs]
    assert _places(recs[0]) == ["Zaporizhzhia"]
    assert recs[0].date is not None and str(recs[0].date.start) == "2024-05-06"


@pytest.mark.parametrize("clause", [
    "four were killed at first count; by Sunday the toll had risen to seven",
    "the governor first said two had died; by then rescuers, still searching the cellar, had recovered six bodies",
    "By Sunday evening, rescuers, who worked through the night, had recovered six bodies",
])
def test_as_of_clause_reads_as_update(clause: str) -> None:
    assert TOLL_UPDATE.search(clause) is not None


@pytest.mark.parametrize("clause", [
    # a clause of its own strike: the verb tells no later figure
    "artillery hit the port on Monday; by Tuesday evening Russian forces had shelled the centre as well",
    # "by" as the agent of a hit, not a time
    "the school was hit; by two missiles that had been fired from Crimea",
    "drones struck the depot: by Sunday, residents had left the area",
])
def test_near_misses_are_no_update(clause: str) -> None:
    assert TOLL_UPDATE.search(clause) is None


# --- dev42 A2: where the troops are is not where the strike fell -------------------------------

@pytest.mark.parametrize("text, place", [
    ("Negotiators wrapped up a round in Doha on Monday, with Moscow promising to pull back from around Sumy "
     "and Kharkiv, while a drone strike on Odesa killed four people, officials said. In Odesa, the drone hit "
     "a port warehouse shortly after 6 a.m.", "Odesa"),
    ("As Russian forces near Izium regrouped on Monday, artillery shells hit a market in Kharkiv, wounding six.",
     "Kharkiv"),
    ("Kyiv said Moscow was regrouping its units around Bakhmut, after a glide bomb killed three people in "
     "Kostiantynivka on Monday.", "Kostiantynivka"),
    ("Talks in Riyadh closed on Monday with Russia offering a drawdown of operations near Sumy, even as a "
     "missile struck a bus depot in Dnipro, wounding nine.", "Dnipro"),
])
def test_posture_places_are_not_hit(text: str, place: str) -> None:
    recs = _attacks(_WAR + text)
    assert [_places(a) for a in recs] == [[place]]


@pytest.mark.parametrize("text, place", [
    ("A drone attack near Kharkiv on Monday killed two.", "Kharkiv"),  # a strike near a town is on it
    ("Russian troops near Kupiansk shelled the town on Monday, killing one.", "Kupiansk"),  # the only place
    ("Russia scaled down operations around Kherson, where a missile killed two on Monday.", "Kherson"),
])
def test_posture_near_misses_keep_their_place(text: str, place: str) -> None:
    recs = _attacks(_WAR + text)
    assert [_places(a) for a in recs] == [[place]]


# --- dev42 A6: one strike in the "when"-clause of a place's history ----------------------------

@pytest.mark.parametrize("line, place, month", [
    ("Kherson has been shelled repeatedly since May, when a grain silo there burned down after what Kyiv "
     "said was a strike by three Russian jets.", "Kherson", 5),
    ("Odesa's port has been quiet since March, when a missile destroyed its grain terminal.", "Odesa", 3),
    ("Sumy has come under fire almost every week since April, when a drone raid set the city's bus depot "
     "ablaze.", "Sumy", 4),
])
def test_when_clause_after_a_bare_month_is_a_background_strike(line: str, place: str, month: int) -> None:
    recs = _attacks(_WAR + line, published="2022-07-04")
    assert len(recs) == 1
    assert _places(recs[0]) == [place]
    assert recs[0].date is not None and recs[0].date.start is not None
    assert (recs[0].date.start.year, recs[0].date.start.month) == (2022, month)


@pytest.mark.parametrize("line", [
    "Kharkiv has been shelled almost daily since May.",  # a campaign, no one strike
    "Prices in Kharkiv have risen since April, when the city lost its power plant.",  # no strike told
    "Kharkiv has been shelled almost daily since July, when a missile hit its main station.",  # July not over
])
def test_when_clause_near_misses(line: str) -> None:
    assert _attacks(_WAR + line, published="2022-07-04") == []


# --- dev41 D7/A3: the strike in an event's moment is the article's strike ----------------------

@pytest.mark.parametrize("frame", [
    "The visit came only hours after Russian forces attacked the capital.",
    "Her arrival came just hours after Russian drones struck the capital.",
    "The trip began shortly after the enemy shelled the capital.",
])
def test_moment_clause_joins_the_told_strike(frame: str) -> None:
    text = ("The Dutch prime minister arrived in Kyiv on Thursday for a two-day visit focused on air defence. "
            f"{frame} Drones hit a warehouse in the Sviatoshynskyi district before dawn, injuring two, the "
            "capital's military administration said.")
    recs = _attacks(text, published="2025-04-10")
    assert len(recs) == 1, [(_places(a), a.date) for a in recs]
    assert _places(recs[0]) == ["Kyiv"]
    assert recs[0].injured is not None and recs[0].injured.value == 2


def test_moment_counting_days_dates_the_strike_back() -> None:
    text = ("The Dutch prime minister arrived in Kyiv on Thursday for a two-day visit focused on air defence. "
            "Her arrival came a day after missiles hit Odesa, killing four.")
    recs = _attacks(text, published="2025-04-10")
    assert [(_places(a), str(a.date.start) if a.date else None) for a in recs] == [(["Odesa"], "2025-04-09")]


def test_moment_near_miss_background_talks() -> None:
    text = ("The Dutch prime minister arrived in Kyiv on Thursday for a two-day visit focused on air defence. "
            "The visit came after weeks of talks with Warsaw.")
    assert _attacks(text, published="2025-04-10") == []
