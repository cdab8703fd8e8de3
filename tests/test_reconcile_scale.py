"""Reconciling at archive scale: the streamed path writes what the in-memory path writes, and
the DuckDB (SQL) engine finds the same pairs, edges and events as the Python one."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.errors import InputError
from summariser.records import ArticleMeta, Attack, Count, DateSpan, Diplomacy, Extraction, Location, Weapon
from summariser.reconciler import load_extractions, reconcile, write_events
from summariser.reconciler.archive import reconcile_files
from summariser.reconciler.blocking import candidate_pairs
from summariser.reconciler.clustering import cluster_edges
from summariser.reconciler.engine import duckdb_available, pick_engine, python_edges
from summariser.reconciler.items import features
from summariser.reconciler.recs import Rec
from summariser.reconciler.settings import WINDOW

ROOT = Path(__file__).resolve().parent.parent
DAY0 = dt.date(2025, 3, 1)
TOWNS = [("Kharkiv", "Kharkiv Oblast"), ("Kharkov", None), ("Sumy", "Sumy Oblast"), ("Odesa", "Odesa Oblast"),
         ("Odessa", None), ("Dnipro", None), ("Kherson", "Kherson Oblast"), ("Pokrovsk", "Donetsk Oblast"),
         ("Kramatorsk", "Donetsk Oblast"), ("Zaporizhzhia", None)]
REGIONS = ["Kharkiv Oblast", "Donetsk Oblast", "Sumy Oblast"]
PARTIES = [["United States", "Russia"], ["Ukraine", "Russia"], ["U.S.", "Ukraine"], ["Turkey", "Ukraine", "Russia"],
           ["Washington", "the Kremlin"], ["France", "Germany"]]


def _attack(rng: random.Random, day: dt.date) -> Attack:
    """One noisy report: a town or a round-up of towns or a region; nights; missing fields."""
    shape = rng.random()
    if shape < 0.15:  # overlapping round-ups: "A, B and C" against "C, D and E"
        picks = rng.sample(TOWNS, rng.choice([2, 3]))
        locs = [Location(name=n, admin1=a) for n, a in picks]
    elif shape < 0.25:
        locs = [Location(name=rng.choice(REGIONS), level="region")]
    elif shape < 0.28:
        locs = [Location(name="Ukraine", level="country")]
    else:
        name, admin1 = rng.choice(TOWNS)
        locs = [Location(name=name, admin1=admin1 if rng.random() < 0.5 else None)]
    night = rng.random() < 0.3
    date = None
    if rng.random() > 0.05:
        end = day + dt.timedelta(days=1) if night else day
        date = DateSpan(start=day, end=end, precision="range" if night else "day")
    kind = rng.choice(["air_drone_strike", "missile_strike", "drone_and_missile", "shelling_artillery", "other"])
    weapons = [Weapon(type=w, launched=Count(value=rng.randint(5, 80)) if rng.random() < 0.3 else None)
               for w in rng.sample(["drone", "cruise_missile", "artillery"], rng.randint(0, 2))]
    return Attack(attacker=rng.choice(["Russia", "Russian forces", None, "Ukraine"]), kind=kind, date=date,
                  locations=locs, weapons=weapons,
                  killed=Count(value=rng.randint(0, 9)) if rng.random() < 0.6 else None,
                  injured=Count(value=rng.randint(0, 40)) if rng.random() < 0.5 else None)


def _talks(rng: random.Random, day: dt.date) -> Diplomacy:
    dated = rng.random() > 0.1
    return Diplomacy(kind=rng.choice(["talks", "meeting", "phone_call", "summit", "statement"]),
                     participants=rng.choice(PARTIES),
                     date=DateSpan(start=day, end=day, precision="day") if dated else None,
                     location=Location(name=rng.choice(["Istanbul", "Riyadh", "Geneva"])) if rng.random() < 0.3
                     else None)


def generated(n_articles: int, seed: int, days: int = 6) -> list[Extraction]:
    """Dense reporting over a few days: same towns on neighbouring nights, region-only and
    country-level reports, round-ups that overlap, articles with several records."""
    rng = random.Random(seed)
    out = []
    for k in range(n_articles):
        day = DAY0 + dt.timedelta(days=rng.randrange(days))
        published = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        attacks = [_attack(rng, day + dt.timedelta(days=rng.choice([0, 0, -1]))) for _ in range(rng.choice([1, 1, 2, 3]))]
        talks = [_talks(rng, day) for _ in range(rng.choice([0, 0, 1]))]
        meta = ArticleMeta(id=f"g{seed}-{k:05d}", published=published if rng.random() > 0.05 else None,
                           source=f"outlet {rng.randrange(12)}", path=f"art{k}.txt")
        out.append(Extraction(article=meta, attacks=attacks, diplomacy=talks, backend="test"))
    return out


def _recs(exts: list[Extraction]) -> list[Rec]:
    """Features in reconcile()'s order (by member key), as both engines see them."""
    items = sorted(((f"{e.article.id}/{kind}/{i}", r, e.article)
                    for e in exts for kind, recs in (("attack", e.attacks), ("diplomacy", e.diplomacy))
                    for i, r in enumerate(recs)), key=lambda x: x[0])
    arts: dict[str, int] = {}
    return [features(k, r, meta, arts.setdefault(meta.id, len(arts))) for k, (_, r, meta) in enumerate(items)]


def _write(path: Path, exts: list[Extraction]) -> Path:
    path.write_text("".join(e.model_dump_json() + "\n" for e in exts), encoding="utf-8")
    return path


def _gold_extractions() -> list[Extraction]:
    from summariser.evaluate.gold import load_gold

    return [g.as_extraction() for d in ("evals/gold", "evals/heldout/gold", "evals/controls/gold")
            for g in load_gold(ROOT / d)]


# --------------------------------------------------------------------------- streamed == in memory


@pytest.mark.parametrize("seed", [1, 2])
def test_streamed_file_is_the_in_memory_file_byte_for_byte(tmp_path, seed):
    exts = generated(400, seed)
    exts.append(exts[3])  # an article given twice counts once, as reconcile() does
    src = _write(tmp_path / "records.jsonl", exts)
    write_events(reconcile(load_extractions([src])), tmp_path / "before.jsonl")
    summary = reconcile_files([src], tmp_path / "after.jsonl", engine="python")
    before = (tmp_path / "before.jsonl").read_bytes()
    assert before and (tmp_path / "after.jsonl").read_bytes() == before
    assert summary.events == before.count(b"\n") and summary.articles == 400
    assert not list(tmp_path.glob("*.spool"))


def test_streamed_gold_records_match_the_in_memory_events(tmp_path):
    src = _write(tmp_path / "gold.jsonl", _gold_extractions())
    write_events(reconcile(load_extractions([src])), tmp_path / "before.jsonl")
    reconcile_files([src], tmp_path / "after.jsonl")
    assert (tmp_path / "after.jsonl").read_bytes() == (tmp_path / "before.jsonl").read_bytes()


def test_streamed_path_names_the_bad_line(tmp_path):
    src = _write(tmp_path / "records.jsonl", generated(3, 5))
    with open(src, "a", encoding="utf-8") as fh:
        fh.write('{"article": {"id": "x"}, "attacks": "not a list"}\n')
    with pytest.raises(InputError, match=r"records\.jsonl:4"):
        reconcile_files([src], tmp_path / "events.jsonl")
    assert not (tmp_path / "events.jsonl.spool").exists()


# --------------------------------------------------------------------------- SQL == Python

needs_duckdb = pytest.mark.skipif(not duckdb_available(), reason="duckdb and pyarrow (the export extra) not installed")


def _same_everything(recs: list[Rec], threshold: float = 4.0) -> int:
    from summariser.reconciler.sql import duckdb_edges, duckdb_pairs

    assert duckdb_pairs(recs) == set(candidate_pairs(recs))
    py, sql = python_edges(recs, threshold), duckdb_edges(recs, threshold)
    assert sorted(set(py)) == sql  # the same pairs with the very same float scores
    assert cluster_edges(recs, py, threshold) == cluster_edges(recs, sql, threshold)
    return len(sql)


@needs_duckdb
@pytest.mark.parametrize("seed", [11, 12, 13])
def test_sql_plan_gives_the_python_pairs_scores_and_clusters(seed):
    edges = _same_everything(_recs(generated(500, seed)))
    assert edges > 100  # the data has real matches, not only conflicts


@needs_duckdb
def test_sql_plan_on_near_misses_and_an_oversized_bucket():
    """Same town on two nights, round-ups sharing a town, region-only reports, and one bucket
    past WINDOW so both engines slide the same window."""
    rng = random.Random(3)
    exts = generated(60, 4, days=2)
    night = DAY0 + dt.timedelta(days=1)
    crowd = [Extraction(article=ArticleMeta(id=f"crowd{k:04d}", published=night + dt.timedelta(days=k % 3),
                                            source=f"o{k % 7}"),
                        attacks=[Attack(attacker="Russia", kind="air_drone_strike", locations=[Location(name="Kharkiv")],
                                        date=DateSpan(start=night, end=night, precision="day"),
                                        killed=Count(value=rng.randint(0, 3)))], backend="test")
             for k in range(WINDOW + 40)]
    recs = _recs(exts + crowd)
    assert _same_everything(recs) > 0
    assert _same_everything(recs, threshold=6.5) >= 0  # a stricter threshold: still the same


@needs_duckdb
def test_sql_plan_on_the_eval_sets_records():
    recs = _recs(_gold_extractions())
    _same_everything(recs)
    _same_everything(recs, threshold=2.5)  # more pairs past the threshold: more to agree on


@needs_duckdb
def test_engines_write_the_same_events_file(tmp_path):
    src = _write(tmp_path / "records.jsonl", generated(300, 21))
    reconcile_files([src], tmp_path / "python.jsonl", engine="python")
    summary = reconcile_files([src], tmp_path / "duckdb.jsonl", engine="duckdb")
    assert summary.engine == "duckdb"
    assert (tmp_path / "duckdb.jsonl").read_bytes() == (tmp_path / "python.jsonl").read_bytes()


def test_auto_picks_duckdb_only_for_large_inputs_on_many_cores():
    assert pick_engine("auto", 1_000, cores=32) == "python"
    assert pick_engine("auto", 5_000_000, cores=32) == "duckdb"
    assert pick_engine("auto", 5_000_000, cores=2) == "python"  # measured slower than Python on 2 cores
    with pytest.raises(ValueError, match="unknown engine"):
        pick_engine("spark", 10)


@needs_duckdb
def test_cli_streams_with_either_engine(tmp_path):
    from summariser.cli import main

    src = _write(tmp_path / "records.jsonl", generated(120, 8))
    runner = CliRunner()
    outs = []
    for engine in ("python", "duckdb"):
        out = tmp_path / f"{engine}.jsonl"
        res = runner.invoke(main, ["reconcile", str(src), "--out", str(out), "--engine", engine, "-f", "none"])
        assert res.exit_code == 0, res.output
        assert "articles ->" in res.output
        outs.append(out.read_bytes())
    write_events(reconcile(load_extractions([src])), tmp_path / "memory.jsonl")
    assert outs[0] == outs[1] == (tmp_path / "memory.jsonl").read_bytes()


@needs_duckdb
def test_the_plan_runs_on_a_parquet_table_as_the_docs_say(tmp_path):
    """docs/large-runs.md: features to Parquet, the SQL run by another DuckDB: the same edges."""
    from summariser.reconciler.archive import read_features
    from summariser.reconciler.sql import BLOCKING_SQL, SCORING_SQL, write_features

    src = _write(tmp_path / "records.jsonl", generated(200, 31))
    recs = read_features([src])
    write_features(recs, str(tmp_path / "recs.parquet"))
    import duckdb

    con = duckdb.connect()
    con.execute(f"CREATE TABLE recs AS FROM '{tmp_path / 'recs.parquet'}'")
    con.execute(f"CREATE TABLE candidates AS {BLOCKING_SQL}")
    rows = con.execute(SCORING_SQL, {"threshold": 4.0}).fetchall()
    assert rows and sorted((-s, i, j) for s, i, j in rows) == sorted(set(python_edges(recs, 4.0)))


def _slots(rec: Rec) -> tuple[object, ...]:
    return tuple(getattr(rec, name, None) for name in Rec.__slots__ if name != "idx")


def test_features_read_from_plain_json_are_the_validated_records_features(tmp_path):
    """fastread.py skips pydantic in pass 1: it must see exactly what features() sees, and hand
    anything unusual (a float count, a timestamp, a bad shape) back to pydantic."""
    from summariser.reconciler.fastread import Unusual, line_features

    lines = [e.model_dump_json().encode() for e in generated(150, 41) + _gold_extractions()]
    arts: dict[str, int] = {}
    for raw in lines:
        ext = Extraction.model_validate_json(raw)
        aid, found = line_features(raw, arts)
        art = arts[aid]
        expected = [("attack", i, features(-1, r, ext.article, art)) for i, r in enumerate(ext.attacks)]
        expected += [("diplomacy", i, features(-1, r, ext.article, art)) for i, r in enumerate(ext.diplomacy)]
        assert aid == ext.article.id
        assert [(k, i, _slots(r)) for k, i, r in found] == [(k, i, _slots(r)) for k, i, r in expected]
    for odd in (b'{"article": {"id": "a", "published": "2025-03-01T00:00:00"}, "backend": "x"}',
                b'{"article": {"id": "a"}, "attacks": [{"killed": {"value": 2.0}}], "backend": "x"}',
                b'{"article": {"id": "a"}, "attacks": [{"date": {"start": "2025-03-02", "end": "2025-03-01"}}]}',
                b'{"article": {"id": "a"}, "diplomacy": {"kind": "talks"}}', b'[1, 2]'):
        with pytest.raises(Unusual):
            line_features(odd, {})


# --------------------------------------------------------------------------- events from plain rows

def _rich(n_articles: int, seed: int) -> list[Extraction]:
    """Every field the merge copies, in values that exercise it: revised and disputed tolls,
    children above the total, interceptions above launches, weapon models, damage lists in
    different cases, dates with words, vague precisions, non-ASCII and escaped names."""
    rng = random.Random(seed)
    out = []
    for k in range(n_articles):
        day = DAY0 + dt.timedelta(days=rng.randrange(3))
        attacks = []
        for _ in range(rng.choice([0, 1, 1, 2])):
            a = _attack(rng, day)
            extra = {"target_country": rng.choice([None, "Ukraine"]),
                     "damage": rng.sample(["a school", "A School", "power lines", "flats \"Sonya\""], rng.randint(0, 2)),
                     "reported_by": rng.sample(["the governor", "The Governor", "police of Łódź"], rng.randint(0, 2)),
                     "civilian_targeting": rng.choice([None, True, False])}
            if rng.random() < 0.3:
                extra["children_killed"] = Count(value=rng.randint(0, 12), qualifier=rng.choice(["exact", "about"]))
                if a.killed:
                    extra["killed"] = Count(value=a.killed.value, qualifier="at_least")
            if rng.random() < 0.3:
                launched = rng.randint(5, 30)
                extra["weapons"] = [Weapon(type="drone", model=rng.choice([None, "Shahed", "shahed", ""]),
                                           launched=Count(value=launched),
                                           intercepted=Count(value=rng.randint(0, launched), qualifier="up_to"))]
            if a.date and rng.random() < 0.3:
                extra["date"] = DateSpan(start=a.date.start, end=a.date.end, text=rng.choice(["overnight", "on Tuesday"]),
                                         precision=a.date.precision)
            elif rng.random() < 0.05:
                extra["date"] = DateSpan(text="recently", precision=rng.choice(["unknown", "week"]))
            attacks.append(Attack(**{**dict(a), **extra}))
        talks = []
        for _ in range(rng.choice([0, 1])):
            t = _talks(rng, day)
            talks.append(Diplomacy(**{**dict(t), "status": rng.choice(["held", "planned", "stalled"]),
                                      "outcome": rng.choice([None, "a deal on grain", ""]),
                                      "description": rng.choice(["", "Envoys met in Gen\u00e8ve.", "Talks."])}))
        meta = ArticleMeta(id=f"r{seed}-{k:05d}", published=day + dt.timedelta(days=rng.choice([0, 1, 2])),
                           source=rng.choice(["Kyiv Post", "kyiv post", None, "Ukrainska Pravda"]), path=f"r{k}.txt")
        out.append(Extraction(article=meta, attacks=attacks, diplomacy=talks, backend="test"))
    return out


def _unusual(line: str, rng: random.Random) -> str:
    """The same record in a form pydantic accepts but `summarise extract` never writes."""
    import json

    doc = json.loads(line)
    for a in doc["attacks"]:
        if a.get("killed"):
            a["killed"]["value"] = float(a["killed"]["value"])  # 3.0 for 3
        a.pop("evidence", None)  # a default left out
    if doc["article"].get("published") and rng.random() < 0.5:
        doc["article"]["published"] += "T00:00:00"  # a midnight timestamp for a date
    return json.dumps(doc, ensure_ascii=rng.random() < 0.5)


@pytest.mark.parametrize("parts", [1, 2])
def test_events_built_from_rows_are_the_models_events_byte_for_byte(tmp_path, monkeypatch, parts):
    """build.py (plain rows, one or two processes) against events.py (pydantic models)."""
    from summariser.reconciler import archive

    monkeypatch.setattr(archive, "PARALLEL_RECORDS", 0 if parts == 2 else 10**9)
    rng = random.Random(5)
    exts = _rich(500, 3) + generated(200, 9)
    lines = [e.model_dump_json() for e in exts]
    lines = [_unusual(x, rng) if rng.random() < 0.1 else x for x in lines]
    src = tmp_path / "records.jsonl"
    src.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    write_events(reconcile(load_extractions([src])), tmp_path / "before.jsonl")
    summary = reconcile_files([src], tmp_path / "after.jsonl")
    before = (tmp_path / "before.jsonl").read_bytes()
    assert summary.events == before.count(b"\n") > 300
    assert b'"disputed":["killed"' in before and b"intercepted" in before  # the data has what the test is for
    assert (tmp_path / "after.jsonl").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["after.jsonl", "before.jsonl", "records.jsonl"]


@pytest.mark.parametrize("in_process", [False, True])
def test_a_line_only_full_validation_rejects_stops_the_run(tmp_path, monkeypatch, in_process):
    """The rows read only what events copy; the first pass still checks every line in full (with
    the first pass split over a helper process, or here alone when none can start) and names
    the bad one."""
    from summariser.reconciler import archive, firstpass

    if in_process:
        def refuse(*args, **kwargs):
            raise OSError("no processes here")
        monkeypatch.setattr(firstpass, "run_module", refuse)
    monkeypatch.setattr(firstpass, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(archive, "PARALLEL_RECORDS", 0)
    lines = [e.model_dump_json() for e in generated(40, 6)]
    import json

    doc = json.loads(lines[17])
    doc["attacks"][0]["evidence"] = [{"text": "not in the text", "start": 0, "end": 15}]  # a span the text lacks
    lines[17] = json.dumps(doc)
    src = tmp_path / "records.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"records\.jsonl:18.*not an Extraction"):
        reconcile_files([src], tmp_path / "events.jsonl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.jsonl"]


# --------------------------------------------------------------------------- pass 1 on two cores

def _split_files(tmp_path: Path, rng: random.Random) -> list[Path]:
    """Three files of rich and unusual lines (blank lines too), so the helper's share starts
    inside one file and runs on into the next."""
    lines = [e.model_dump_json() for e in _rich(300, 8) + generated(300, 21)]
    lines = [_unusual(x, rng) if rng.random() < 0.1 else x for x in lines]
    lines.insert(250, lines[40])  # an article given twice, the second time in the helper's share
    paths = []
    for k, (lo, hi) in enumerate(((0, 120), (120, 480), (480, len(lines)))):
        path = tmp_path / f"part{k}.jsonl"
        path.write_text("\n".join(lines[lo:hi]) + "\n\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("helper", ["works", "fails"])
def test_first_pass_split_over_two_processes_writes_the_same_file(tmp_path, monkeypatch, helper):
    """The helper's features (plain tuples, sent back in order) give the very events one
    process reading every line gives; if the helper fails, this process reads its half."""
    from summariser.reconciler import archive, firstpass

    src = _split_files(tmp_path, random.Random(3))
    write_events(reconcile(load_extractions(src)), tmp_path / "before.jsonl")
    split = firstpass.split_point(src, least=0)
    assert split is not None and split[0] == 1 and split[1] > 0  # inside the second file
    monkeypatch.setattr(firstpass, "PARALLEL_BYTES", 0)
    if helper == "fails":
        monkeypatch.setattr(firstpass.FirstPass, "shares", lambda self: None)
    summary = reconcile_files(src, tmp_path / "after.jsonl")
    before = (tmp_path / "before.jsonl").read_bytes()
    assert summary.events == before.count(b"\n") > 300
    assert (tmp_path / "after.jsonl").read_bytes() == before
    assert summary.cpu["reading"] > 0 and "helper: helper reading" in summary.cpu
    assert not [p for p in tmp_path.iterdir() if p.is_dir()]  # the helper's folder is gone


def test_the_helpers_features_are_this_process_features(tmp_path, monkeypatch):
    """Same records, same features, same articles, same first-record table, in the same order."""
    from summariser.reconciler import archive, firstpass

    src = _split_files(tmp_path, random.Random(4))
    alone = archive._read_features(src, lambda *a: None)
    helper = firstpass.FirstPass(src, firstpass.split_point(src, least=0), tmp_path)
    try:
        split = archive._read_features(src, lambda *a: None, helper)
        helper.finish()
        assert helper.cpu["helper reading"] > 0
    finally:
        helper.close()
    assert split[0] == alone[0] and split[2:] == alone[2:]
    assert [(r.art, _slots(r)) for r in split[1]] == [(r.art, _slots(r)) for r in alone[1]]


@pytest.mark.parametrize("bad", ["not json", "full validation"])
def test_a_bad_line_in_the_helpers_share_is_named(tmp_path, monkeypatch, bad):
    """Line numbers in the file the helper starts inside count from the file's start."""
    import json

    from summariser.reconciler import firstpass

    monkeypatch.setattr(firstpass, "PARALLEL_BYTES", 0)
    lines = [e.model_dump_json() for e in generated(60, 6)]
    if bad == "not json":
        lines[50] = '{"article": {"id": "x"}, "attacks": "not a list"}'
    else:
        doc = json.loads(lines[50])
        doc["attacks"][0]["evidence"] = [{"text": "absent from the text", "start": 0, "end": 20}]
        lines[50] = json.dumps(doc)
    src = tmp_path / "records.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    split = firstpass.split_point([src])
    assert split is not None and src.read_bytes()[:split[1]].count(b"\n") < 50  # line 51 is the helper's
    with pytest.raises(InputError, match=r"records\.jsonl:51\b"):
        reconcile_files([src], tmp_path / "events.jsonl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.jsonl"]


def test_the_inlined_scorer_gives_the_noting_scorers_floats():
    """scoring.score (archive runs) against score_pair with notes, on every candidate pair of
    dense generated reporting and on random pairs: the same float or the same conflict."""
    from summariser.reconciler.scoring import score, score_pair

    recs = _recs(generated(400, 5) + generated(200, 6, days=2))
    pairs = list(candidate_pairs(recs))
    rng = random.Random(3)
    pairs += [(rng.randrange(len(recs)), rng.randrange(len(recs))) for _ in range(5000)]
    found = [score(recs[i], recs[j]) for i, j in pairs]
    assert found == [score_pair(recs[i], recs[j], []) for i, j in pairs]
    assert sum(s is not None for s in found) > 500 and sum(s is None for s in found) > 500


def test_an_article_given_again_with_more_or_fewer_records_keeps_each_record_once(tmp_path):
    """Pass 1 knows a repeat by its article's counts so far, not by a set of every key: a copy
    with an extra attack and a meeting adds those two, a copy with fewer records adds none."""
    exts = generated(120, 9)
    rng = random.Random(4)
    longer = exts[5].model_copy(update={"attacks": exts[5].attacks + [_attack(rng, DAY0)],
                                        "diplomacy": exts[5].diplomacy + [_talks(rng, DAY0)]})
    shorter = exts[8].model_copy(update={"attacks": exts[8].attacks[:1], "diplomacy": []})
    exts += [longer, shorter, exts[5]]
    src = _write(tmp_path / "records.jsonl", exts)
    write_events(reconcile(load_extractions([src])), tmp_path / "before.jsonl")
    summary = reconcile_files([src], tmp_path / "after.jsonl", engine="python")
    before = (tmp_path / "before.jsonl").read_bytes()
    assert (tmp_path / "after.jsonl").read_bytes() == before
    assert summary.records == sum(len(e.attacks) + len(e.diplomacy) for e in exts[:120]) + 2
