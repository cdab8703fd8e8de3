"""Never lose a user's work: `--out` is touched only after everything is checked, is locked
against a second writer, never doubles as an input, and `--resume` repairs a torn file.

Issue 12 defects 1 and 4. Real CLI, rules backend, files in tmp_path.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.cli import main
from summariser.records import Extraction

BODY = "A drone struck a fuel depot near Dnipro on Tuesday night, injuring three workers, officials said.\n"
OTHER = "Mortar fire hit a market in the village of Kurakhove on Friday, killing one man, police reported.\n"


def RecordSink(*args, **kw):
    from summariser.output import RecordSink as sink  # imported here: the module is new with this fix

    return sink(*args, **kw)


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def articles(tmp_path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(BODY, encoding="utf-8")
    (d / "b.txt").write_text(OTHER, encoding="utf-8")
    return d


@pytest.fixture
def records(tmp_path, articles) -> Path:
    """A records.jsonl from a real run: two lines."""
    out = tmp_path / "records.jsonl"
    assert run("extract", articles, "-b", "rules", "-o", out, "-f", "none").exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    return out


def ids(path: Path) -> list[str]:
    return [Extraction.model_validate_json(x).article.id for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("bad", [
    ["--published", "last week"],  # a bad option value
    ["--backend", "openai"],  # openai without --model
    ["--backend", "module:Missing"],  # a plugin that does not import
    ["--concurrency", "0"],
])
def test_a_bad_option_leaves_out_untouched_and_exits_2(tmp_path, articles, records, bad):
    before = records.read_bytes()
    result = run("extract", articles, "-b", "rules", "-o", records, "-f", "none", *bad)
    assert result.exit_code == 2, result.output
    assert records.read_bytes() == before
    assert not list(tmp_path.glob("records.jsonl.*"))


def test_a_mistyped_input_path_leaves_out_untouched(tmp_path, articles, records):
    before = records.read_bytes()
    result = run("extract", tmp_path / "artcles", "-b", "rules", "-o", records, "-f", "none")
    assert result.exit_code == 2 and "artcles" in result.stderr
    assert records.read_bytes() == before


def test_stdin_just_to_look_does_not_write_the_default_out(tmp_path, records, monkeypatch):
    monkeypatch.chdir(records.parent)
    before = records.read_bytes()
    for fmt in ("json", "jsonl"):
        result = run("extract", "-", "-b", "rules", "-f", fmt, input=BODY)
        assert result.exit_code == 0, result.output
        assert result.stdout.strip()
    assert records.read_bytes() == before


def test_a_second_writer_is_refused_while_the_first_holds_out(tmp_path, articles, records):
    before = records.read_bytes()
    first = RecordSink(records, resume=True)
    first.open()
    try:
        for extra in ([], ["--resume"]):
            result = run("extract", articles, "-b", "rules", "-o", records, "-f", "none", *extra)
            assert result.exit_code == 2
            assert "another summarise run" in result.stderr
    finally:
        first.close(complete=True)
    assert records.read_bytes() == before
    # once the first run is done, the file is free again
    assert run("extract", articles, "-b", "rules", "-o", records, "-f", "none", "--resume").exit_code == 0


def test_an_input_equal_to_out_is_refused(tmp_path, articles):
    target = articles / "a.txt"
    before = target.read_bytes()
    result = run("extract", target, "-b", "rules", "-o", target, "-f", "none")
    assert result.exit_code == 2 and "also an input" in result.stderr
    assert target.read_bytes() == before


def test_extract_dot_skips_its_own_output(tmp_path, articles, monkeypatch):
    monkeypatch.chdir(articles)
    for _ in range(2):  # the second run finds records.jsonl in the folder it reads
        result = run("extract", ".", "-b", "rules", "-f", "none")
        assert result.exit_code == 0, result.output
        assert "this run's output" in result.stderr
    assert len(ids(articles / "records.jsonl")) == 2


def test_a_folder_skips_other_summariser_outputs(tmp_path, articles, records):
    (articles / "old-records.jsonl").write_bytes(records.read_bytes())
    out = tmp_path / "new.jsonl"
    result = run("extract", articles, "-b", "rules", "-o", out, "-f", "none")
    assert result.exit_code == 0, result.output
    assert len(ids(out)) == 2 and "summariser output" in result.stderr


@pytest.mark.parametrize("command", ["reconcile", "report"])
def test_reconcile_and_report_refuse_out_equal_to_an_input(records, command):
    before = records.read_bytes()
    result = run(command, records, "-o", records)
    assert result.exit_code == 2 and "also an input" in result.stderr
    assert records.read_bytes() == before


def test_an_interrupted_run_keeps_the_old_out_and_resume_keeps_its_records(tmp_path, articles, records):
    before = records.read_bytes()
    sink = RecordSink(records)  # a run without --resume, cut off after one record
    sink.open()
    rec = records.read_text(encoding="utf-8").splitlines()[0]
    sink.write(rec)
    sink.close(complete=False)
    assert records.read_bytes() == before
    assert (tmp_path / "records.jsonl.part").exists()
    result = run("extract", articles, "-b", "rules", "-o", records, "-f", "none", "--resume")
    assert result.exit_code == 0, result.output
    assert "interrupted run" in result.stderr
    assert sorted(ids(records)) == sorted(set(ids(records))) and len(ids(records)) == 2
    assert not (tmp_path / "records.jsonl.part").exists()


def test_resume_moves_a_torn_last_line_aside(tmp_path, articles, records):
    lines = records.read_bytes().splitlines(keepends=True)
    records.write_bytes(lines[0] + lines[1][: len(lines[1]) // 2])  # cut mid-record, no newline
    result = run("extract", articles, "-b", "rules", "-o", records, "-f", "none", "--resume")
    assert result.exit_code == 0, result.output
    assert len(ids(records)) == 2  # the cut record was redone, not glued to the next one
    torn = tmp_path / "records.jsonl.torn"
    assert torn.read_bytes() == lines[1][: len(lines[1]) // 2] + b"\n"
    assert "torn" in result.stderr
    # the repaired file is valid input for reconcile
    assert run("reconcile", records, "-o", tmp_path / "events.jsonl", "-f", "none").exit_code == 0


def test_resume_survives_a_cut_inside_a_utf8_character(tmp_path, articles, records):
    data = records.read_bytes()
    records.write_bytes(data + '{"article": {"id": "caf\u00e9'.encode("utf-8")[:-1])  # half of "é"
    result = run("extract", articles, "-b", "rules", "-o", records, "-f", "none", "--resume")
    assert result.exit_code == 0, result.output
    assert len(ids(records)) == 2
    assert (tmp_path / "records.jsonl.torn").exists()


def test_a_whole_last_record_without_newline_is_kept(tmp_path, articles, records):
    records.write_bytes(records.read_bytes().rstrip(b"\n"))
    result = run("extract", articles, "-b", "rules", "-o", records, "-f", "none", "--resume")
    assert result.exit_code == 0
    assert len(ids(records)) == 2 and not (tmp_path / "records.jsonl.torn").exists()


def test_two_concurrent_resumes_cannot_both_write(tmp_path, articles, records):
    """The lock, not luck: the second --resume on a held file writes nothing at all."""
    lines = records.read_text(encoding="utf-8").splitlines()
    records.write_text(lines[0] + "\n", encoding="utf-8")
    holder = RecordSink(records, resume=True)
    done = holder.open()
    assert len(done) == 1
    second = run("extract", articles, "-b", "rules", "-o", records, "-f", "none", "--resume")
    assert second.exit_code == 2
    holder.close(complete=True)
    assert records.read_text(encoding="utf-8").splitlines() == [lines[0]]
    json.loads(lines[0])


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_out_folder_is_one_clear_error(tmp_path, articles):
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run("extract", articles, "-b", "rules", "-o", locked / "r.jsonl", "-f", "none")
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 2 and "cannot write --out" in result.stderr


def test_out_inside_a_file_is_one_clear_error(tmp_path, articles):
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    result = run("extract", articles, "-b", "rules", "-o", blocker / "r.jsonl", "-f", "none")
    assert result.exit_code == 2 and "cannot write --out" in result.stderr
    assert "Traceback" not in result.output
