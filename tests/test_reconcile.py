"""Reconciler: blocking, scoring, no chaining, cannot-link, ranges/claims, explain, CLI, seeds."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from click.testing import CliRunner

from summariser.errors import InputError, UserError
from summariser.records import (ArticleMeta, Attack, Count, DateSpan, Diplomacy, Extraction, Location,
                                Weapon)
from summariser.reconciler import (WINDOW, Claim, best_of, candidate_pairs, event_id_for, make_attack_rec,
                                  read_events, reconcile, write_events)

NIGHT = dt.date(2025, 6, 10)
MORNING = NIGHT + dt.timedelta(days=1)


# --------------------------------------------------------------------------- builders


def article(aid: str, published=MORNING, source=None, attacks=(), diplomacy=()) -> Extraction:
    return Extraction(article=ArticleMeta(id=aid, published=published, source=source, path=f"{aid}.txt"),
                      attacks=list(attacks), diplomacy=list(diplomacy), backend="test")


def strike(place="Kharkiv", start=NIGHT, end=MORNING, killed=None, injured=None, kind="air_drone_strike",
           attacker="Russia", level="city", weapons=("drone",)) -> Attack:
    date = DateSpan(start=start, end=end, precision="range" if start != end else "day") if start else None
    places = [place] if isinstance(place, str) else list(place or [])
    return Attack(attacker=attacker, kind=kind, date=date, locations=[Location(name=p, level=level) for p in places],
                  weapons=[Weapon(type=w) for w in weapons],
                  killed=Count(value=killed) if killed is not None else None,
                  injured=Count(value=injured, qualifier="at_least") if injured is not None else None)


def talks(parties, day=NIGHT, kind="talks", place=None, status="held") -> Diplomacy:
    date = DateSpan(start=day, end=day, precision="day") if day else None
    return Diplomacy(kind=kind, participants=list(parties), date=date, status=status,
                     location=Location(name=place) if place else None)


def member_sets(events):
    return [{(m.article_id, m.type, m.index) for m in e.members} for e in events]


def together(events, *keys) -> bool:
    return any(set(keys) <= s for s in member_sets(events))


# --------------------------------------------------------------------------- the Kharkiv case


def kharkiv_pair():
    a = article("a1", source=None, attacks=[strike(killed=2, injured=60)])
    b = article("a2", source="Outlet B", attacks=[strike(place="Kharkov", killed=3, injured=60)])
    return a, b


def test_two_reports_of_one_strike_merge_with_disputed_toll():
    events = reconcile(kharkiv_pair())
    assert len(events) == 1
    e = events[0]
    assert e.type == "attack" and e.num_articles == 2 and e.num_sources == 2
    assert e.ranges["killed"].model_dump() == {"low": 2, "best": 2, "high": 3}
    assert "killed" in e.disputed and "injured" not in e.disputed
    assert e.ranges["injured"].model_dump() == {"low": 60, "best": 60, "high": 60}
    assert sorted((c.article_id, c.value) for c in e.claims["killed"]) == [("a1", 2), ("a2", 3)]
    assert [c.qualifier for c in e.claims["injured"]] == ["at_least", "at_least"]
    assert {(m.article_id, m.type, m.index) for m in e.members} == {("a1", "attack", 0), ("a2", "attack", 0)}
    assert e.record.killed.value == 2 and e.record.locations[0].name == "Kharkiv"
    assert (e.record.date.start, e.record.date.end) == (NIGHT, MORNING)


def test_different_nights_in_the_same_city_stay_apart():
    a = article("a1", attacks=[strike(start=NIGHT, end=NIGHT, killed=2)])
    b = article("a2", attacks=[strike(start=NIGHT + dt.timedelta(days=1), end=NIGHT + dt.timedelta(days=1), killed=2)])
    c = article("a3", attacks=[strike(start=NIGHT + dt.timedelta(days=7), end=NIGHT + dt.timedelta(days=8), killed=2)])
    assert len(reconcile([a, b, c])) == 3


def test_different_cities_the_same_night_stay_apart():
    exts = [article("a1", attacks=[strike(place="Kharkiv", killed=2)]),
            article("a2", attacks=[strike(place="Odesa", killed=2)]),
            article("a3", attacks=[strike(place="Izium", killed=2)])]  # same region as Kharkiv
    assert len(reconcile(exts)) == 3


def test_city_within_its_region_merges():
    exts = [article("a1", attacks=[strike(place="Kharkiv", killed=2)]),
            article("a2", attacks=[strike(place="Kharkiv Oblast", level="region", killed=2)])]
    events = reconcile(exts, explain=True)
    assert len(events) == 1
    assert "city within region" in events[0].merges[0].features


# --------------------------------------------------------------------------- chaining and cannot-link


def test_no_chaining_through_an_overnight_range():
    # B (night 10->11) matches A (the 10th) and C (the 11th); A and C are different nights
    a = article("a", attacks=[strike(start=NIGHT, end=NIGHT)])
    b = article("b", attacks=[strike(start=NIGHT, end=MORNING)])
    c = article("c", attacks=[strike(start=MORNING, end=MORNING)])
    events = reconcile([a, b, c])
    assert not together(events, ("a", "attack", 0), ("c", "attack", 0))
    assert len(events) == 2


def test_no_chaining_through_a_region_level_report():
    # "Kharkiv region" matches both Kharkiv city and Izium that night: ambiguous, kept apart
    exts = [article("city", attacks=[strike(place="Kharkiv")]),
            article("region", attacks=[strike(place="Kharkiv Oblast", level="region")]),
            article("town", attacks=[strike(place="Izium")])]
    events = reconcile(exts, explain=True)
    assert len(events) == 3
    notes = [n for e in events for n in e.near_misses]
    assert any("ambiguous" in n.reason for n in notes)


def test_records_of_one_article_never_merge():
    same = article("one", attacks=[strike(killed=2), strike(killed=2)])
    assert len(reconcile([same])) == 2
    other = article("two", attacks=[strike(killed=2)])
    events = reconcile([same, other], explain=True)
    assert len(events) == 2
    assert all(len({m.article_id for m in e.members}) == len(e.members) for e in events)
    assert any("cannot-link" in n.reason or "same article" in " ".join(n.conflicts)
               for e in events for n in e.near_misses)


# --------------------------------------------------------------------------- missing data


def test_missing_dates():
    dated = article("dated", published=MORNING, attacks=[strike(killed=2)])
    undated_next_day = article("u1", published=MORNING, attacks=[strike(start=None, killed=2)])
    undated_later = article("u2", published=NIGHT + dt.timedelta(days=30), attacks=[strike(start=None, killed=2)])
    events = reconcile([dated, undated_next_day, undated_later])
    assert together(events, ("dated", "attack", 0), ("u1", "attack", 0))
    assert not together(events, ("u2", "attack", 0), ("dated", "attack", 0))
    no_pub = article("u3", published=None, attacks=[strike(start=None, killed=2)])
    assert len(reconcile([dated, no_pub])) == 2


def test_undated_reports_merge_only_when_published_close():
    a = article("a", published=MORNING, attacks=[strike(start=None)])
    b = article("b", published=MORNING, attacks=[strike(start=None)])
    c = article("c", published=MORNING + dt.timedelta(days=20), attacks=[strike(start=None)])
    events = reconcile([a, b, c])
    assert together(events, ("a", "attack", 0), ("b", "attack", 0))
    assert len(events) == 2


def test_missing_places_never_merge():
    exts = [article("a", attacks=[strike(place=None, killed=2)]), article("b", attacks=[strike(place=None, killed=2)])]
    assert len(reconcile(exts)) == 2


def test_country_level_barrages_merge():
    exts = [article("a", attacks=[strike(place="Ukraine", level="country")]),
            article("b", attacks=[strike(place="Ukraine", level="country")])]
    assert len(reconcile(exts)) == 1


def test_different_attackers_or_kinds_stay_apart():
    exts = [article("a", attacks=[strike(attacker="Russia")]), article("b", attacks=[strike(attacker="Ukraine")]),
            article("c", attacks=[strike(kind="shelling_artillery", weapons=("artillery",))])]
    assert len(reconcile(exts)) == 3


# --------------------------------------------------------------------------- diplomacy


def test_diplomacy_duplicates_merge_across_spellings():
    exts = [article("a", diplomacy=[talks(["U.S.", "Russia"], place="Istanbul")]),
            article("b", diplomacy=[talks(["United States", "the Kremlin"], kind="meeting")]),
            article("c", diplomacy=[talks(["Washington", "Moscow"], status="planned")])]
    events = reconcile(exts)
    assert len(events) == 1
    e = events[0]
    assert e.type == "diplomacy" and e.num_articles == 3
    assert "kind" in e.disputed and "status" in e.disputed
    assert e.record.kind.value == "talks"


def test_diplomacy_different_parties_kinds_or_days_stay_apart():
    exts = [article("a", diplomacy=[talks(["United States", "Russia"])]),
            article("b", diplomacy=[talks(["United States", "Ukraine"])]),
            article("c", diplomacy=[talks(["United States", "Russia"], kind="sanctions")]),
            article("d", diplomacy=[talks(["United States", "Russia"], day=NIGHT + dt.timedelta(days=3))]),
            article("e", diplomacy=[talks(["United States", "Russia"], place="Riyadh")]),
            article("f", diplomacy=[talks(["United States", "Russia"], place="Istanbul")])]
    events = reconcile(exts)
    assert not together(events, ("a", "diplomacy", 0), ("b", "diplomacy", 0))
    assert not together(events, ("a", "diplomacy", 0), ("c", "diplomacy", 0))
    assert not together(events, ("a", "diplomacy", 0), ("d", "diplomacy", 0))
    assert not together(events, ("e", "diplomacy", 0), ("f", "diplomacy", 0))


def test_attacks_and_diplomacy_never_merge():
    ext = [article("a", attacks=[strike()]), article("b", diplomacy=[talks(["Russia", "Ukraine"])])]
    assert sorted(e.type for e in reconcile(ext)) == ["attack", "diplomacy"]


# --------------------------------------------------------------------------- ranges, policy, ids


def test_best_is_the_latest_report_when_publication_dates_differ():
    early = article("early", published=MORNING, attacks=[strike(killed=2)])
    late = article("late", published=MORNING + dt.timedelta(days=1), attacks=[strike(killed=5)])
    e = reconcile([early, late])[0]
    assert e.ranges["killed"].model_dump() == {"low": 2, "best": 5, "high": 5}
    assert e.record.killed.value == 5


def test_best_of_policy():
    c = lambda v, pub, aid: Claim(article_id=aid, index=0, value=v, published=pub)  # noqa: E731
    assert best_of([c(3, MORNING, "a"), c(2, MORNING, "b")]).value == 2  # same day: most conservative
    assert best_of([c(3, MORNING, "a"), c(2, None, "b")]).value == 2  # a date unknown: most conservative
    assert best_of([c(2, NIGHT, "a"), c(7, MORNING, "b"), c(4, MORNING, "c")]).value == 4  # latest day, lowest


def test_weapon_counts_get_ranges():
    w1 = strike(weapons=())
    w1.weapons = [Weapon(type="drone", model="Shahed", launched=Count(value=17))]
    w2 = strike(weapons=())
    w2.weapons = [Weapon(type="drone", model="shahed", launched=Count(value=20), intercepted=Count(value=15))]
    e = reconcile([article("a", attacks=[w1]), article("b", attacks=[w2])])[0]
    assert e.ranges["weapons[0].launched"].model_dump() == {"low": 17, "best": 17, "high": 20}
    assert "weapons[0].launched" in e.disputed and "weapons[0].intercepted" not in e.disputed
    assert e.record.weapons[0].intercepted.value == 15


def test_event_id_is_stable_across_runs_and_input_order():
    exts = [*kharkiv_pair(), article("a3", attacks=[strike(place="Odesa")]),
            article("a4", diplomacy=[talks(["Russia", "Ukraine"])]), article("a5", diplomacy=[talks(["Ukraine", "Russia"])])]
    first = reconcile(exts)
    shuffled = list(reversed(exts))
    random.Random(3).shuffle(shuffled)
    second = reconcile(shuffled)
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert [e.model_dump() for e in first] == [e.model_dump() for e in second]
    for e in first:
        assert e.event_id == event_id_for(m.key for m in e.members)
    assert len(first) == 3


def test_dicts_are_accepted_and_duplicates_count_once():
    a, b = kharkiv_pair()
    events = reconcile([json.loads(a.model_dump_json()), b, a])
    assert len(events) == 1 and len(events[0].members) == 2


def test_threshold_must_be_positive():
    with pytest.raises(UserError, match="threshold"):
        reconcile([], threshold=0)


def test_a_high_threshold_merges_less():
    exts = [article("a", attacks=[strike(place="Kharkiv")]),
            article("b", attacks=[strike(place="Kharkiv Oblast", level="region")])]
    assert len(reconcile(exts)) == 1
    assert len(reconcile(exts, threshold=9)) == 2


# --------------------------------------------------------------------------- explain


def test_explain_reports_merges_and_near_misses():
    exts = [*kharkiv_pair(), article("a3", attacks=[strike(attacker="Ukraine")])]
    events = reconcile(exts, explain=True)
    merged = next(e for e in events if len(e.members) == 2)
    note = merged.merges[0]
    assert note.decision == "merged" and note.score >= 4
    assert note.features["same city"] == 3.0 and "close killed" in note.features
    near = [n for e in events for n in e.near_misses]
    assert near and all(n.decision == "near-miss" for n in near)
    assert any("different attackers" in n.conflicts for n in near)
    assert reconcile(exts)[0].merges is None


# --------------------------------------------------------------------------- scale


def _synthetic_recs(n: int, seed: int = 1):
    """Constant density: n records over n/40 days, 20 towns, ~2 reports per event."""
    rng = random.Random(seed)
    towns = ["Kharkiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Mykolaiv", "Poltava", "Kyiv", "Lviv", "Zhytomyr",
             "Chernihiv", "Kramatorsk", "Sloviansk", "Izium", "Nikopol", "Uman", "Belgorod", "Kursk", "Bryansk", "Rivne"]
    days = max(1, n // 40)
    recs = []
    while len(recs) < n:
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(days))
        town = rng.choice(towns)
        for _ in range(rng.choice([1, 2, 3])):
            recs.append(make_attack_rec(len(recs), len(recs), start=day, end=day, attacker="Russia",
                                        locations=[(town, None, None, "city")], kind="air_drone_strike"))
    return recs[:n]


def test_candidate_generation_grows_linearly():
    small = sum(1 for _ in candidate_pairs(_synthetic_recs(2000)))
    large = sum(1 for _ in candidate_pairs(_synthetic_recs(8000)))
    assert small > 0
    assert large / small < 6  # linear: ~4; all pairs would be 16


def test_an_oversized_bucket_is_windowed():
    recs = [make_attack_rec(i, i, start=NIGHT, end=NIGHT, attacker="Russia", kind="other",
                            locations=[("Kharkiv", None, None, "city")]) for i in range(3 * WINDOW)]
    pairs = list(candidate_pairs(recs))
    assert len(pairs) <= len(recs) * WINDOW
    assert len(pairs) < len(recs) * (len(recs) - 1) // 2
    assert len(set(pairs)) == len(pairs)


# --------------------------------------------------------------------------- files and CLI


def _write_jsonl(path, exts):
    path.write_text("".join(e.model_dump_json() + "\n" for e in exts), encoding="utf-8")


def test_events_round_trip(tmp_path):
    events = reconcile(kharkiv_pair(), explain=True)
    write_events(events, tmp_path / "events.jsonl")
    back = read_events(tmp_path / "events.jsonl")
    assert [e.model_dump() for e in back] == [e.model_dump() for e in events]
    line = json.loads((tmp_path / "events.jsonl").read_text().splitlines()[0])
    assert {"article_id", "type", "index"} <= set(line["members"][0])


def test_cli_reconcile_writes_events_and_explains(tmp_path):
    from summariser.cli import main

    a, b = kharkiv_pair()
    _write_jsonl(tmp_path / "one.jsonl", [a, article("a3", attacks=[strike(place="Odesa")])])
    _write_jsonl(tmp_path / "two.jsonl", [b])
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["reconcile", str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl"),
                                       "--out", str(out), "--explain"])
    assert result.exit_code == 0, result.output
    assert "merged" in result.output and "same city +3" in result.output
    assert "2–3" in result.output and "⚑" in result.output
    events = read_events(out)
    assert len(events) == 2 and sorted(len(e.members) for e in events) == [1, 2]


def test_cli_reconcile_names_a_bad_file(tmp_path):
    from summariser.cli import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"not": "an extraction"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["reconcile", str(bad), "--out", str(tmp_path / "e.jsonl")])
    assert result.exit_code != 0 and "bad.jsonl:1" in result.output
    with pytest.raises(InputError, match="no such file"):
        from summariser.reconciler import load_extractions
        load_extractions([tmp_path / "missing.jsonl"])


# --------------------------------------------------------------------------- the seeds, end to end


@pytest.fixture(scope="module")
def seed_extractions():
    import summariser
    from summariser.pipeline import Failure

    from conftest import SEEDS

    outcomes = list(summariser.extract_many([SEEDS], backend="rules"))
    assert not [o for o in outcomes if isinstance(o, Failure)]
    return outcomes


def _city_keys(event):
    from summariser.places import resolve

    return {resolve(loc.name, loc.admin1, loc.country, loc.level.value).city
            for loc in event.record.locations if loc.level.value in ("city", "district", "site")}


def test_seeds_reconcile_the_kharkiv_strike(seed_extractions):
    events = reconcile(seed_extractions)
    kharkiv = [e for e in events if e.type == "attack" and "kharkiv" in _city_keys(e) and e.num_articles == 2]
    assert len(kharkiv) == 1, [(_city_keys(e), e.num_articles) for e in events if e.type == "attack"]
    e = kharkiv[0]
    assert (e.ranges["killed"].low, e.ranges["killed"].high) == (2, 3) and "killed" in e.disputed
    assert e.num_sources == 2


def test_seeds_merge_nothing_that_is_a_different_event(seed_extractions):
    events = reconcile(seed_extractions)
    by_key = {(ex.article.id, "attack", i): a for ex in seed_extractions for i, a in enumerate(ex.attacks)}
    for e in (e for e in events if e.type == "attack" and len(e.members) > 1):
        recs = [by_key[(m.article_id, m.type, m.index)] for m in e.members]
        cities = [{loc.name for loc in r.locations if loc.level.value == "city"} for r in recs]
        nonempty = [c for c in cities if c]
        assert all(c & nonempty[0] or not c for c in nonempty), cities  # never two different cities
        for x in recs:
            for y in recs:
                if x.date and y.date and x.date.start and y.date.start:
                    assert x.date.start <= y.date.end and y.date.start <= x.date.end  # same night


def test_seeds_end_to_end_from_the_cli(tmp_path, seeds_dir):
    from summariser.cli import main

    records = tmp_path / "records.jsonl"
    runner = CliRunner()
    done = runner.invoke(main, ["extract", str(seeds_dir), "--backend", "rules", "--out", str(records),
                                "--format", "none", "--quiet"])
    assert done.exit_code == 0, done.output
    events_path = tmp_path / "events.jsonl"
    result = runner.invoke(main, ["reconcile", str(records), "--out", str(events_path), "--format", "none"])
    assert result.exit_code == 0, result.output
    events = read_events(events_path)
    assert any(e.num_articles == 2 and "killed" in e.disputed and e.ranges["killed"].high == 3 for e in events)


def test_package_level_call_works_whatever_was_imported_first():
    import summariser
    import summariser.reconciler  # noqa: F401  (the module must not shadow the function)

    events = summariser.reconcile(kharkiv_pair())
    assert len(events) == 1


def test_cli_in_a_fresh_process(tmp_path):
    import subprocess
    import sys

    _write_jsonl(tmp_path / "x.jsonl", kharkiv_pair())
    done = subprocess.run([sys.executable, "-m", "summariser", "reconcile", str(tmp_path / "x.jsonl"),
                           "--out", str(tmp_path / "e.jsonl"), "--format", "jsonl"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[0])["ranges"]["killed"] == {"low": 2, "best": 2, "high": 3}


def test_explain_shows_the_score_that_decided():
    """--explain must report the very score the merge used: every weight it lists is counted."""
    from summariser.reconciler import explain_pair, score_pair

    rng = random.Random(3)
    places = [("Kharkiv", None, None, "city"), ("Kharkiv Oblast", None, None, "region"),
              ("Ukraine", None, "Ukraine", "country"), ("Odesa", None, None, "city")]
    recs = []
    for i in range(200):
        day = NIGHT + dt.timedelta(days=rng.randrange(2))
        recs.append(make_attack_rec(
            i, i, start=day, end=day + dt.timedelta(days=rng.randrange(2)), attacker=rng.choice(["Russia", None]),
            locations=[rng.choice(places)], kind=rng.choice(["air_drone_strike", "drone_and_missile", "other"]),
            weapons=rng.sample(["drone", "cruise_missile"], rng.randrange(3)),
            killed=rng.choice([None, 2, 3, 40]), launched=rng.choice([None, 300, 315, 700])))
    checked = 0
    for i, j in candidate_pairs(recs):
        s = score_pair(recs[i], recs[j])
        if s is not None:
            assert explain_pair(recs[i], recs[j])[0] == pytest.approx(s), (i, j)
            checked += 1
    assert checked > 50


def test_cli_default_threshold_is_the_reconcilers():
    """The CLI copies the default (importing the reconciler would slow `summarise --help`)."""
    from summariser.cli import reconcile as cli_reconcile
    from summariser.reconciler import DEFAULT_THRESHOLD

    assert cli_reconcile.DEFAULT_THRESHOLD == DEFAULT_THRESHOLD


def test_two_round_ups_sharing_one_town_are_two_events_but_a_sub_list_merges():
    from summariser.reconciler import make_attack_rec, score_pair

    def rec(i, art, towns):
        return make_attack_rec(i, art, start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 2), published=dt.date(2025, 5, 2),
                               attacker="Russia", kind="air_drone_strike",
                               locations=[(t, None, "Ukraine", "city") for t in towns], weapons=["drone"],
                               killed=None, injured=None, launched=None, night=True)

    west, south = rec(0, 0, ["Lviv", "Lutsk", "Rivne"]), rec(1, 1, ["Rivne", "Mykolaiv", "Kherson"])
    assert score_pair(west, south) is None
    assert score_pair(west, rec(2, 2, ["Lviv", "Rivne"])) is not None
