"""The pure scorers, on hand-made cases whose right score is known.

Every record and sentence here is invented for the test; none comes from an article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from summariser import evaluate as scoring
from summariser.evaluate import intervals, matching, safety
from summariser.records import Attack, Count, DateSpan, Diplomacy, Location, Span, Weapon


def loc(name, level="city", admin1=None, country="Ukraine"):
    return Location(name=name, level=level, admin1=admin1, country=country)


def day(start, end=None):
    return DateSpan(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end or start), precision="day")


def attack(place="Kharkiv", date="2025-06-11", kind="air_drone_strike", **kw):
    kw.setdefault("attacker", "Russia")
    kw.setdefault("target_country", "Ukraine")
    return Attack(kind=kind, locations=[loc(place)] if isinstance(place, str) else place, date=day(date), **kw)


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("a,b", [("Kiev", "Kyiv"), ("the city of Kharkov", "Kharkiv"),
                                 ("Dnipropetrovsk Oblast", "Dnipro region"), ("Odessa", "Odesa")])
def test_place_variants_fold_to_one_name(a, b):
    assert scoring.norm_place(a) == scoring.norm_place(b)


@pytest.mark.parametrize("a,b", [("U.S.", "United States"), ("Washington", "United States"), ("the Kremlin", "Russia"),
                                 ("British", "United Kingdom"), ("Kiev", "Ukraine"), ("Russian forces", "Russia")])
def test_actor_variants_fold_to_the_state(a, b):
    assert scoring.norm_actor(a) == scoring.norm_actor(b)


def test_place_names_are_not_read_as_states():
    assert scoring.norm_place("London") == "london"
    assert scoring.norm_place("Kharkiv") != scoring.norm_place("Kherson")


def test_location_similarity_levels():
    assert scoring.loc_similarity(loc("Kyiv"), loc("Kiev")) == 1.0
    assert scoring.loc_similarity(loc("Kyiv"), loc("Kyiv", level="region")) == 0.8
    assert scoring.loc_similarity(loc("Chuhuiv", admin1="Kharkiv Oblast"), loc("Kharkiv region", level="region")) == 0.6
    assert scoring.loc_similarity(loc("Kyiv"), loc("Odesa")) == 0.1  # same country only
    assert scoring.loc_similarity(loc("Kyiv"), loc("Belgorod", country="Russia")) == 0.0


# --------------------------------------------------------------------------- dates


def test_date_distance_between_intervals():
    assert scoring.date_distance(day("2025-06-10", "2025-06-11"), day("2025-06-11")) == 0
    assert scoring.date_distance(day("2025-06-09"), day("2025-06-11")) == 2
    assert scoring.date_distance(None, day("2025-06-11")) is None


def test_date_within_a_day():
    assert scoring.date_within_day(day("2025-06-11"), day("2025-06-12")) is True
    assert scoring.date_within_day(day("2025-06-11"), day("2025-06-13")) is False
    assert scoring.date_within_day(day("2025-06-11"), None) is False
    assert scoring.date_within_day(DateSpan(text="recently"), day("2025-06-11")) is None


# --------------------------------------------------------------------------- alignment


def test_alignment_is_one_to_one_and_ignores_order():
    gold = [attack("Kharkiv"), attack("Kyiv")]
    pred = [attack("Kyiv"), attack("Kharkiv")]
    for mode in matching.MODES:
        a = scoring.align_attacks(gold, pred, mode)
        assert [(m.gold, m.pred) for m in a.matches] == [(0, 1), (1, 0)]
        assert (a.tp, a.fp, a.fn) == (2, 0, 0)


def test_wrong_place_is_no_match_even_with_everything_else_right():
    for mode in matching.MODES:
        a = scoring.align_attacks([attack("Kharkiv")], [attack("Lviv")], mode)
        assert a.matches == [] and (a.tp, a.fp, a.fn) == (0, 1, 1)


def test_duplicate_prediction_is_a_false_positive():
    for mode in matching.MODES:
        a = scoring.align_attacks([attack("Kharkiv")], [attack("Kharkiv"), attack("Kharkiv")], mode)
        assert (a.tp, a.fp, a.fn) == (1, 1, 0)


def test_city_within_region_still_matches():
    gold = [attack([loc("Kharkiv", admin1="Kharkiv")])]
    pred = [attack([loc("Kharkiv Oblast", level="region")])]
    assert scoring.align_attacks(gold, pred).tp == 1 and scoring.align_attacks(gold, pred, "lenient").tp == 1


def test_optional_gold_is_neither_rewarded_nor_punished():
    gold = [attack("Kharkiv"), attack("Kyiv", optional=True), attack("Odesa", optional=True)]
    a = scoring.align_attacks(gold, [attack("Kharkiv"), attack("Kyiv")])
    # Kyiv (optional) matched: not a TP, and its prediction is not an FP; Odesa missed: not an FN
    assert (a.tp, a.fp, a.fn) == (1, 0, 0)


def test_record_prf_known_values():
    prf = scoring.PRF(tp=2, fp=1, fn=1)
    assert prf.precision == pytest.approx(2 / 3) and prf.recall == pytest.approx(2 / 3)
    assert prf.f1 == pytest.approx(2 / 3)
    assert scoring.PRF(0, 0, 3).f1 == 0.0
    total = scoring.record_prf([scoring.align_attacks([attack()], [attack()]), scoring.align_attacks([attack()], [])])
    assert (total.tp, total.fp, total.fn) == (1, 0, 1)


def test_diplomacy_alignment_on_participants():
    gold = [Diplomacy(kind="phone_call", participants=["United States", "Russia"], date=day("2025-07-03")),
            Diplomacy(kind="prisoner_exchange", participants=["Russia", "Ukraine"], date=day("2025-06-10"))]
    pred = [Diplomacy(kind="prisoner_exchange", participants=["Ukraine", "Russia"]),
            Diplomacy(kind="phone_call", participants=["U.S.", "Kremlin"], date=day("2025-07-03"))]
    for mode in matching.MODES:
        a = scoring.align_diplomacy(gold, pred, mode)
        assert [(m.gold, m.pred) for m in a.matches] == [(0, 1), (1, 0)]
    # nobody named on the prediction: lenient calls it unknown, strict needs a shared participant
    nobody = [Diplomacy(kind="prisoner_exchange", date=day("2025-06-10"))]
    assert scoring.align_diplomacy(gold[1:], nobody, "lenient").tp == 1
    assert scoring.align_diplomacy(gold[1:], nobody).tp == 0
    unrelated = [Diplomacy(kind="sanctions", participants=["European Union"], date=day("2025-01-01"))]
    assert scoring.align_diplomacy(gold, unrelated).matches == []


def test_participants_field_reads_the_dictionarys_aliases_but_not_a_demonyms_guess():
    from summariser.evaluate.fields import diplomacy_fields

    def score(gold, pred):
        return diplomacy_fields(Diplomacy(kind="visit", participants=gold), Diplomacy(kind="visit", participants=pred))["participants"]

    assert score(["Holy See", "Russia"], ["Vatican City", "Russia"]) == 1.0
    assert score(["Russia", "Ukraine"], ["Moscow", "Kyiv"]) == 1.0
    # a forum named with "European" is not the EU
    assert score(["European Political Community"], ["European Union"]) == 0.0
    assert score(["Council of Europe", "Ukraine"], ["European Court of Human Rights", "Ukraine"]) == 1.0


# --------------------------------------------------------------------------- fields


def test_count_comparators():
    five, six = Count(value=5, qualifier="at_least"), Count(value=6)
    assert scoring.count_exact(five, six) is False
    assert scoring.count_relaxed(five, six) is True  # within one
    assert scoring.count_relaxed(Count(value=300), Count(value=315)) is True  # within 5 %
    assert scoring.count_relaxed(Count(value=300), Count(value=316)) is False
    assert scoring.count_exact(None, None) is None
    assert scoring.count_exact(five, None) is False and scoring.count_exact(None, five) is False
    assert scoring.qualifier_match(five, six) is False
    assert scoring.qualifier_match(five, None) is None


def test_set_f1_known_values():
    assert scoring.set_f1(["a", "b"], ["a", "c"]) == 0.5
    assert scoring.set_f1([], []) is None
    assert scoring.set_f1(["a"], []) == 0.0


def test_evidence_iou_and_hit():
    gold = [Span(text="x" * 10, start=0, end=10)]
    pred = [Span(text="y" * 10, start=5, end=15)]
    assert scoring.evidence_iou(gold, pred) == pytest.approx(5 / 15)
    assert scoring.evidence_hit(gold, pred) is True
    assert scoring.evidence_hit(gold, [Span(text="z", start=20, end=21)]) is False
    assert scoring.evidence_iou([], pred) is None


def test_attack_fields_on_a_matched_pair():
    g = attack(killed=Count(value=5, qualifier="at_least"), injured=Count(value=30, qualifier="more_than"),
               weapons=[Weapon(type="drone", launched=Count(value=100))])
    p = attack(kind="missile_strike", killed=Count(value=5, qualifier="at_least"), injured=Count(value=32),
               weapons=[Weapon(type="drone", launched=Count(value=103))])
    f = scoring.attack_fields(g, p)
    assert f["kind"] == 0.0 and f["attacker"] == 1.0 and f["locations"] == 1.0 and f["date"] == 1.0
    assert f["killed.exact"] == 1.0 and f["killed.qualifier"] == 1.0
    assert f["injured.exact"] == 0.0 and f["injured.relaxed"] == 0.0 and f["injured.qualifier"] == 0.0
    assert f["weapons.launched.exact"] == 0.0 and f["weapons.launched.relaxed"] == 1.0
    assert f["children_killed.exact"] is None  # nobody stated it: not scored


def test_field_tally_skips_unscored():
    t = scoring.tally_fields([{"a": 1.0, "b": None}, {"a": 0.0}])
    assert t["a"].score == 0.5 and t["a"].n == 2 and "b" not in t


# --------------------------------------------------------------------------- clusters


def test_pairwise_and_b_cubed_known_values():
    gold = [["a", "b"], ["c"]]
    over_merged = [["a", "b", "c"]]
    pw = scoring.pairwise_prf(gold, over_merged)
    assert (pw.tp, pw.fp, pw.fn) == (1, 2, 0)
    b3 = scoring.b_cubed(gold, over_merged)
    assert b3.precision == pytest.approx(5 / 9) and b3.recall == 1.0
    split = scoring.b_cubed(gold, [["a"], ["b"], ["c"]])
    assert split.precision == 1.0 and split.recall == pytest.approx(2 / 3)
    perfect = scoring.pairwise_prf(gold, [["b", "a"], ["c"]])
    assert perfect.f1 == 1.0 and scoring.b_cubed(gold, gold).f1 == 1.0
