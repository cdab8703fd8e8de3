"""Strict matching, optional-as-required recall, bootstrap intervals and the safety scorer.

Every record and sentence here is invented for these tests; none comes from an article. The
strict cases are the lenient false matches the evaluation issue lists: the right city months
off, a nationwide figure against weekly totals, and a diplomacy record of the same kind with
nothing else known.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser.evaluate import intervals, matching, record_prf, safety
from summariser.records import Attack, Count, DateSpan, Diplomacy, Location, Span, Weapon

TEXT = ("Overnight a Russian drone struck a warehouse in Poltava, wounding four workers, the governor said. "
        "Back in March, a missile hit the same district of Poltava and killed nine people. "
        "Across the country this week, the air force counted more than 700 drones. "
        "Negotiators from both capitals met behind closed doors on Thursday.")


def span(phrase: str, text: str = TEXT) -> Span:
    start = text.index(phrase)
    return Span(text=phrase, start=start, end=start + len(phrase))


def day(start, end=None, precision="day"):
    return DateSpan(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end or start), precision=precision)


def strike(place="Poltava", when="2025-09-04", evidence="a Russian drone struck a warehouse", level="city", **kw):
    kw.setdefault("attacker", "Russia")
    kw.setdefault("target_country", "Ukraine")
    return Attack(kind=kw.pop("kind", "air_drone_strike"), locations=[Location(name=place, level=level)],
                  date=day(when) if isinstance(when, str) else when, evidence=[span(evidence)], **kw)


# --------------------------------------------------------------------------- strict attacks


def test_the_right_city_in_another_month_is_no_strict_match():
    gold = [strike(when="2025-09-04")]
    months_off = [strike(when="2025-03-12", evidence="a missile hit the same district of Poltava")]
    assert matching.align_attacks(gold, months_off, "lenient").tp == 1  # what the old scorer allowed
    strict = matching.align_attacks(gold, months_off)
    assert (strict.tp, strict.fp, strict.fn) == (0, 1, 1)


def test_nationwide_figure_and_weekly_totals_dated_apart_do_not_match():
    week = day("2025-08-28", "2025-09-03", precision="week")
    gold = [strike("Ukraine", level="country", when=week, evidence="Across the country this week")]
    pred = [strike("Ukraine", level="country", when="2025-06-01",
                   evidence="the air force counted more than 700 drones")]
    assert matching.align_attacks(gold, pred, "lenient").tp == 1
    assert matching.align_attacks(gold, pred).tp == 0


def test_overnight_spill_of_one_day_still_matches():
    gold = [strike(when="2025-09-04")]
    assert matching.align_attacks(gold, [strike(when="2025-09-05")]).tp == 1
    assert matching.align_attacks(gold, [strike(when="2025-09-06")]).tp == 0


def test_strict_needs_the_evidence_to_overlap():
    gold = [strike()]
    elsewhere = [strike(evidence="killed nine people")]
    assert matching.align_attacks(gold, elsewhere).tp == 0
    assert matching.align_attacks(gold, [strike(evidence="wounding four workers")]).tp == 0
    assert matching.align_attacks(gold, [strike(evidence="drone struck")]).tp == 1  # inside the gold span


def test_attacker_must_agree_when_both_name_one():
    gold = [strike()]
    assert matching.align_attacks(gold, [strike(attacker="Ukraine")]).tp == 0
    assert matching.align_attacks(gold, [strike(attacker="Russian forces")]).tp == 1
    assert matching.align_attacks(gold, [strike(attacker=None)]).tp == 1  # unknown: nothing to disagree on


@pytest.mark.parametrize("gold_loc, pred_loc, agree", [
    (Location(name="Kharkov"), Location(name="Kharkiv"), True),                               # spelling
    (Location(name="Chuhuiv"), Location(name="Kharkiv Oblast", level="region"), True),        # town in its region
    (Location(name="Chuhuiv"), Location(name="Poltava region", level="region"), False),       # another region
    (Location(name="Kharkiv"), Location(name="Kherson"), False),                              # no substrings
    (Location(name="Kyiv"), Location(name="Ukraine", level="country"), False),                # nationwide vs city
    (Location(name="Ukraine", level="country"), Location(name="Ukraine", level="country"), True),
])
def test_places_agree_through_the_gazetteer(gold_loc, pred_loc, agree):
    assert matching.locations_agree(gold_loc, pred_loc) is agree
    assert matching.locations_agree(pred_loc, gold_loc) is agree


# --------------------------------------------------------------------------- strict diplomacy


def meeting(kind="talks", parties=("Ukraine", "Russia"), when="2025-09-04", evidence="Negotiators from both capitals met"):
    return Diplomacy(kind=kind, participants=list(parties), date=day(when) if when else None, evidence=[span(evidence)])


def test_same_kind_with_nothing_else_known_is_no_strict_match():
    gold = [meeting()]
    bare = [Diplomacy(kind="talks", evidence=[span("behind closed doors on Thursday")])]
    assert matching.align_diplomacy(gold, bare, "lenient").tp == 1
    assert matching.align_diplomacy(gold, bare).tp == 0


def test_diplomacy_kinds_compatible_by_table():
    gold = [meeting(kind="talks")]
    assert matching.align_diplomacy(gold, [meeting(kind="meeting", parties=("Kyiv", "Moscow"))]).tp == 1
    assert matching.align_diplomacy(gold, [meeting(kind="summit")]).tp == 1
    assert matching.align_diplomacy(gold, [meeting(kind="sanctions")]).tp == 0
    assert matching.kinds_compatible("phone_call", "talks") and not matching.kinds_compatible("phone_call", "summit")
    assert matching.kinds_compatible("other", "other") and not matching.kinds_compatible("other", "talks")


def test_diplomacy_needs_a_shared_participant_and_close_dates():
    gold = [meeting()]
    assert matching.align_diplomacy(gold, [meeting(parties=("France",))]).tp == 0
    assert matching.align_diplomacy(gold, [meeting(parties=("the Kremlin",))]).tp == 1
    assert matching.align_diplomacy(gold, [meeting(when="2024-09-04")]).tp == 0  # a year off
    assert matching.align_diplomacy(gold, [meeting(when=None)]).tp == 1  # undated: not a disagreement


# --------------------------------------------------------------------------- optional as required


def test_recall_with_optional_records_counted_as_required():
    gold = [strike(), strike("Sumy", optional=True), strike("Odesa", optional=True)]
    a = matching.align_attacks(gold, [strike(), strike("Sumy")])
    standard, every = record_prf([a]), record_prf([a], optional_as_required=True)
    assert (standard.tp, standard.fn, standard.recall) == (1, 0, 1.0)
    assert (every.tp, every.fn) == (2, 1) and every.recall == pytest.approx(2 / 3)
    assert every.precision == standard.precision == 1.0


# --------------------------------------------------------------------------- intervals


def test_bootstrap_interval_brackets_the_estimate_and_is_seeded():
    articles = [(3, 1, 0), (2, 0, 1), (4, 2, 1), (1, 0, 0), (0, 1, 2), (5, 0, 0)]
    iv = intervals.prf_intervals(articles)
    tp, fp, fn = (sum(col) for col in zip(*articles))
    point = {"precision": tp / (tp + fp), "recall": tp / (tp + fn)}
    for name, value in point.items():
        lo, hi = iv[name]
        assert 0.0 <= lo <= value <= hi <= 1.0 and hi - lo > 0.05
    assert intervals.prf_intervals(articles) == iv  # seeded: the same run gives the same interval
    assert intervals.prf_intervals(articles, seed=7) != iv


def test_bootstrap_interval_is_a_point_when_every_article_agrees_and_none_without_articles():
    assert intervals.prf_intervals([(2, 0, 0)] * 5)["f1"] == [1.0, 1.0]
    assert intervals.prf_intervals([]) is None
    assert intervals.ratio_interval([(1, 2), (1, 2), (1, 2)]) == [0.5, 0.5]
    assert intervals.ratio_interval([(0, 0)]) is None


def test_bootstrap_interval_narrows_with_more_articles():
    few = [(3, 1, 1), (0, 2, 2), (4, 0, 0)]
    many = few * 10
    width = lambda iv: iv["f1"][1] - iv["f1"][0]  # noqa: E731
    assert width(intervals.prf_intervals(many)) < width(intervals.prf_intervals(few))


# --------------------------------------------------------------------------- unsupported numbers

SAFETY_TEXT = ("The shelling on Sunday killed three residents and left 11 others wounded, regional officials said. "
               "A 72-year-old pensioner was among the injured. "
               "The district, home to 40,000 people, lies 25 kilometres from the border. "
               "Air defences shot down 19 of the 23 drones launched overnight.")


def cspan(phrase: str) -> Span:
    return span(phrase, SAFETY_TEXT)


def shelled(**counts):
    return Attack(kind="shelling_artillery", evidence=[cspan("The shelling on Sunday killed three residents")], **counts)


def test_a_count_stated_with_a_cue_in_its_sentence_is_supported():
    rec = shelled(killed=Count(value=3, evidence=cspan("three residents")),
                  injured=Count(value=11, evidence=cspan("11 others")),
                  weapons=[Weapon(type="drone", launched=Count(value=23, evidence=cspan("23 drones")),
                                  intercepted=Count(value=19, evidence=cspan("19 of the 23")))])
    assert safety.unsupported_numbers([rec], SAFETY_TEXT) == []


def test_a_number_elsewhere_in_the_article_no_longer_vouches_for_a_count():
    # 25 (kilometres) and 40,000 (residents) are in the text, but not in the sentence of the evidence
    rec = shelled(killed=Count(value=25), injured=Count(value=40000, evidence=cspan("11 others")))
    found = {(name, value) for name, value, _ in safety.unsupported_numbers([rec], SAFETY_TEXT)}
    assert found == {("killed", 25), ("injured", 40000)}


def test_a_number_in_its_sentence_without_a_cue_for_the_field_is_unsupported():
    # the sentence states 40,000 but says nothing of anyone killed
    rec = shelled(killed=Count(value=40000, evidence=cspan("home to 40,000 people")))
    [(name, value, why)] = safety.unsupported_numbers([rec], SAFETY_TEXT)
    assert (name, value) == ("killed", 40000) and "no cue" in why
    # an age is not a count of children, and an intercept count needs an intercept cue
    aged = shelled(children_injured=Count(value=1, evidence=cspan("A 72-year-old pensioner")))
    assert [n for n, *_ in safety.unsupported_numbers([aged], SAFETY_TEXT)] == ["children_injured"]


@pytest.mark.parametrize("sentence, supported", [
    ("Crews managed to down 41 of the drones before dawn.", True),
    ("Gunners could down 41 drones over the city, the mayor said.", True),
    ("The operator had to shut down 41 substations overnight.", False),
])
def test_down_as_a_verb_of_interception_is_a_cue_and_shut_down_is_not(sentence, supported):
    rec = Attack(kind="air_drone_strike", evidence=[span(sentence, sentence)],
                 weapons=[Weapon(type="drone", intercepted=Count(value=41, evidence=span("41", sentence)))])
    assert (safety.unsupported_numbers([rec], sentence) == []) is supported


def test_a_person_named_in_the_singular_is_one_and_no_one_is_not():
    rec = shelled(injured=Count(value=1, evidence=cspan("A 72-year-old pensioner")))
    assert safety.unsupported_numbers([rec], SAFETY_TEXT) == []
    text = "No one was hurt when debris fell on a garage."
    hurt = Attack(injured=Count(value=1, evidence=Span(text="No one was hurt", start=0, end=15)))
    assert [n for n, *_ in safety.unsupported_numbers([hurt], text)] == ["injured"]


@pytest.mark.parametrize("sentence, values", [
    ("Forty-two shells and a dozen rockets fell.", {42, 12}),
    ("Two hundred homes lost power; 1,350 people were moved.", {200, 1350}),
    ("An elderly woman and another man died.", {1}),
    ("Not one building was spared.", set()),
])
def test_the_scorers_own_number_reader(sentence, values):
    assert values <= safety.numbers_in(sentence)
    if not values:
        assert 1 not in safety.numbers_in(sentence)


def test_sentence_bounds_keep_abbreviations_and_stop_at_line_breaks():
    text = "Headline about a strike\nThe U.S. embassy said two were hurt. Next sentence."
    start = text.index("two")
    assert text[slice(*safety.sentence_bounds(text, start, start + 3))] == "The U.S. embassy said two were hurt."
