"""The batch run's state on disk (`<out>.batch.sqlite` beside the manifest): a collect that
dies half-way and runs again writes no duplicates (records flushed but not committed, a torn
last line, a death between the commit and the manifest), a submit that dies between the
database and the manifest resumes, a version-1 manifest is migrated on first use, and what
the run holds in memory does not grow with the number of articles."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from summariser.batch import collect as collect_module
from summariser.batch.manifest import Manifest
from summariser.cli import main

from batch_server import BatchServer

SECRET = "sk-state-never-written"
TOWNS = ["Kherson", "Sumy", "Dnipro", "Poltava", "Mykolaiv", "Chernihiv", "Uman", "Lutsk", "Rivne", "Izium"]
SHAPES = [
    "Artillery rounds landed on a depot in {town} on {day}, killing {k} people, the mayor told reporters. "
    "Firefighters needed hours to put out the blaze.",
    "Overnight, {k} drones struck power lines outside {town} and cut electricity to several districts, "
    "the grid operator announced.",
    "Delegations from Romania and Moldova gathered in {town} on {day} for talks about border crossings, "
    "according to a joint statement.",
]
DAYS = ["Monday", "Wednesday", "Thursday", "Saturday"]


def write_inputs(path, n: int):
    """n distinct articles in fresh wording (towns, days and numbers vary)."""
    rows = []
    for i in range(n):
        text = SHAPES[i % 3].format(town=TOWNS[i % len(TOWNS)], day=DAYS[i % 4], k=i + 2)
        rows.append({"text": text, "source": f"wire-{i}", "published": "2026-04-07"})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def cli(*args):
    return CliRunner(env={"COLUMNS": "400"}).invoke(main, list(args), catch_exceptions=False)


def submit(srv, inputs, out, *extra):
    return cli("batch", "submit", str(inputs), "-m", "gpt-4o-mini", "--base-url", srv.base_url,
               "--api-key", SECRET, "--mode", "tools", "--out", str(out), "-q", *extra)


def collect(out, *extra):
    return cli("batch", "collect", "--out", str(out), "--api-key", SECRET, "-q", "--workers", "0", *extra)


def ids_in(out) -> list[str]:
    ids = []
    for line in out.read_text().splitlines():
        try:
            ids.append(json.loads(line)["article"]["id"])
        except ValueError:
            continue
    return ids


@pytest.fixture
def run(tmp_path):
    """A submitted run of 24 articles in 3 parts, every batch completed."""
    out = tmp_path / "records.jsonl"
    with BatchServer() as srv:
        res = submit(srv, write_inputs(tmp_path / "in.jsonl", 24), out, "--max-requests", "8")
        assert res.exit_code == 0, res.output
        yield srv, out


# --------------------------------------------------------------------------- collect, crash, again


def die_after(monkeypatch, records: int) -> None:
    """The collecting process dies after writing `records` records (before its part commits)."""
    write = collect_module._Part._write
    seen = [0]

    def dying(self, job, outcome):
        if seen[0] == records:
            raise RuntimeError("killed")
        seen[0] += 1
        write(self, job, outcome)

    monkeypatch.setattr(collect_module._Part, "_write", dying)


def test_collect_dies_mid_part_and_a_rerun_writes_no_duplicates(run, monkeypatch):
    srv, out = run
    die_after(monkeypatch, 11)  # in the second part: the first is committed, the second not
    res = collect(out)
    assert res.exit_code == 1 and "killed" in res.output
    assert len(ids_in(out)) == 11
    manifest = Manifest.load(Manifest.path_for(out))
    assert [p.collected for p in manifest.parts] == [True, False, False]
    assert manifest.state.written() == 8  # the second part's 3 records are not committed
    manifest.close()
    monkeypatch.undo()
    res = collect(out)
    assert res.exit_code == 0, res.output
    assert "wrote 13 record(s)" in res.output and "3 already there" in res.output
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == 24


def test_a_torn_last_line_is_neither_counted_nor_glued_to_the_next(run, monkeypatch):
    srv, out = run
    die_after(monkeypatch, 5)
    collect(out)
    monkeypatch.undo()
    lines = out.read_text().splitlines(keepends=True)
    torn = lines[-1][: len(lines[-1]) // 2]  # the last record was cut short by the crash
    out.write_text("".join(lines[:-1]) + torn)
    assert collect(out).exit_code == 0
    text = out.read_text().splitlines()
    assert text[4] == torn  # kept as it was, on a line of its own
    ids = ids_in(out)
    assert len(ids) == len(set(ids)) == 24


def test_death_between_the_commit_and_the_manifest_recollects_nothing_twice(run, monkeypatch):
    srv, out = run
    save = Manifest.save

    def dies_on_collected(self):
        if any(p.collected for p in self.parts):
            raise RuntimeError("killed")
        save(self)

    monkeypatch.setattr(Manifest, "save", dies_on_collected)
    assert collect(out).exit_code == 1
    monkeypatch.undo()
    assert len(ids_in(out)) == 8
    res = collect(out)
    assert res.exit_code == 0 and "wrote 16 record(s)" in res.output and "8 already there" in res.output
    assert sorted(ids_in(out)) == sorted(set(ids_in(out)))


def test_a_records_file_replaced_or_cut_is_read_again(run):
    """--out changed behind the run's back (the same size, other records; or cut short):
    the ids it holds are read again from the start, so nothing is lost or doubled."""
    srv, out = run
    assert collect(out).exit_code == 0
    full = out.read_text().splitlines(keepends=True)
    manifest = Manifest.load(Manifest.path_for(out))
    for part in manifest.parts:
        part.collected = False
    manifest.save()
    out.write_text("".join(full[:10]))  # cut short: 14 records lost
    res = collect(out)
    assert res.exit_code == 0 and "wrote 14 record(s)" in res.output, res.output
    assert len(ids_in(out)) == len(set(ids_in(out))) == 24
    # the same size, but the first record's id swapped for one nobody has: it is written again
    text = out.read_text()
    first = json.loads(text.splitlines()[0])["article"]["id"]
    out.write_text(text.replace(first, "x" * len(first), 1))
    manifest = Manifest.load(Manifest.path_for(out))
    manifest.parts[0].collected = False
    manifest.save()
    res = collect(out)
    assert res.exit_code == 0 and "wrote 1 record(s)" in res.output, res.output
    assert ids_in(out).count(first) == 1 and len(ids_in(out)) == 25


# --------------------------------------------------------------------------- submit, crash, again


def test_submit_dies_before_the_manifest_lists_a_part_and_resumes(tmp_path, monkeypatch):
    """The part's articles were committed to the database, but the manifest never listed the
    part: on the next open those rows are dropped, so the re-run writes the part again
    (its articles are not taken as already requested)."""
    out = tmp_path / "records.jsonl"
    inputs = write_inputs(tmp_path / "in.jsonl", 12)
    save, calls = Manifest.save, [0]

    def dies_on_second_part(self):
        if len(self.parts) == 2:
            raise OSError("killed")
        save(self)

    with BatchServer() as srv:
        monkeypatch.setattr(Manifest, "save", dies_on_second_part)
        assert submit(srv, inputs, out, "--max-requests", "6").exit_code == 1
        monkeypatch.undo()
        manifest = Manifest.load(Manifest.path_for(out))
        assert len(manifest.parts) == 1 and manifest.state.articles() == 6
        manifest.close()
        assert submit(srv, inputs, out, "--max-requests", "6").exit_code == 0
        manifest = Manifest.load(Manifest.path_for(out))
        assert len(manifest.parts) == 2 and manifest.state.articles() == 12 and srv.uploads == 2
        manifest.close()
        assert collect(out).exit_code == 0
    assert len(set(ids_in(out))) == 12


# --------------------------------------------------------------------------- version 1 manifests


def as_version_1(out) -> None:
    """Rewrite a run's state the way the version-1 code kept it: everything in the JSON."""
    manifest = Manifest.load(Manifest.path_for(out))
    state = manifest.state
    articles = {aid: state.locate(aid).custom_ids for aid, _ in state.chunks()}
    failures: dict[int, list] = {p.index: [] for p in manifest.parts}
    for row in state.db.execute("SELECT part, article_id, path, reason, row FROM failures ORDER BY part, seq"):
        failures[row[0]].append({"article_id": row[1], "path": row[2], "reason": row[3],
                                 **({"row": json.loads(row[4])} if row[4] else {})})
    data = json.loads(manifest.path.read_text())
    manifest.close()
    for part in data["parts"]:
        part["failures"] = failures[part["index"]]
    data.update(version=1, articles=articles)
    manifest.path.write_text(json.dumps(data, indent=1))
    manifest.db_path.unlink()


def test_a_version_1_manifest_is_migrated_on_first_use(tmp_path):
    out = tmp_path / "records.jsonl"
    with BatchServer(scenarios=["expired"]) as srv:
        assert submit(srv, write_inputs(tmp_path / "in.jsonl", 16), out, "--max-requests", "8").exit_code == 0
        assert collect(out).exit_code == 1  # part 0 expired half-way: 4 failures
        failed = (tmp_path / "records.jsonl.batch" / "failed.jsonl").read_text()
        as_version_1(out)
        manifest = Manifest.load(Manifest.path_for(out))  # migrates
        assert json.loads(manifest.path.read_text())["version"] == 2
        assert "articles" not in json.loads(manifest.path.read_text())
        assert manifest.state.articles() == 16
        manifest.close()
        manifest = Manifest.load(Manifest.path_for(out))
        manifest.parts[1].collected = False  # as if the old run had died before collecting it
        manifest.save()
        manifest.close()
        res = collect(out)
    assert res.exit_code == 1 and "4 failure(s)" in res.output and "already there" in res.output
    assert (tmp_path / "records.jsonl.batch" / "failed.jsonl").read_text() == failed
    assert len(ids_in(out)) == len(set(ids_in(out))) == 12


def test_a_newer_manifest_or_a_lost_database_is_one_line_that_says_what_to_do(run):
    srv, out = run
    path = Manifest.path_for(out)
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "version": 3}))
    res = collect(out)
    assert res.exit_code == 1 and "upgrade it" in res.output and "Traceback" not in res.output
    path.write_text(json.dumps(data))
    Manifest.load(path).db_path.unlink()
    res = collect(out)
    assert res.exit_code == 1 and "is missing" in res.output and "another --out" in res.output


# --------------------------------------------------------------------------- memory does not grow


def test_the_manifest_does_not_grow_with_the_articles(tmp_path):
    sizes = []
    for n in (8, 40):
        out = tmp_path / str(n) / "records.jsonl"
        out.parent.mkdir()
        with BatchServer() as srv:
            assert submit(srv, write_inputs(out.parent / "in.jsonl", n), out).exit_code == 0
            assert collect(out).exit_code == 0
        text = Manifest.path_for(out).read_text().replace(str(out.parent), "")
        sizes.append(len(re.sub(r"\d+", "N", text)))  # counts and sizes differ in digits only
    assert sizes[0] == sizes[1]


def test_collect_holds_no_per_article_structure(tmp_path, monkeypatch):
    """While collecting 60 articles (chunked, the output file reversed, half of one part
    expired) the collector's containers stay at a handful of entries: the answers of the
    article waiting for its other chunk and the grounding window, never the part's articles,
    the ids written or the failures (only the first SHOWN of those are kept for the table)."""
    monkeypatch.setattr(collect_module, "SHOWN", 3)
    sizes: list[int] = []
    finish = collect_module._Part._finish

    def watched(self, article_id, found=None):
        containers = [v for v in vars(self).values() if isinstance(v, (dict, list, set))]
        sizes.append(max([len(c) for c in containers] + [len(self.grounder.pending), len(self.report.shown)]))
        finish(self, article_id, found)

    monkeypatch.setattr(collect_module._Part, "_finish", watched)
    out = tmp_path / "records.jsonl"
    with BatchServer(scenarios=["expired"]) as srv:
        assert submit(srv, write_inputs(tmp_path / "in.jsonl", 60), out, "--chunk-chars", "120",
                      "--max-requests", "60").exit_code == 0
        for part in Manifest.load(Manifest.path_for(out)).parts:
            output = srv.files[srv.batches[part.batch_id]["output_file_id"]]["path"]
            output.write_text("".join(reversed(output.read_text().splitlines(keepends=True))))
        res = collect(out, "--workers", "2")
    assert res.exit_code == 1
    failed = (tmp_path / "records.jsonl.batch" / "failed.jsonl").read_text().splitlines()
    assert len(failed) > 3 and f"{len(failed)} failure(s), the first 3" in res.output
    assert len(set(ids_in(out))) == len(ids_in(out)) == 60 - len(failed)
    assert sizes and max(sizes) <= 16  # the pool's window (8 per worker), not the 60 articles
