"""The real `summarise` command line, with the rules backend (no model, no network).

The rules backend is developed separately; these tests check the command's behaviour
and the records' structure, never particular extraction results.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.cli import COMMANDS, main
from summariser.records import Extraction

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / ".venv" / "bin" / "summarise"
BODY = "Artillery shelling hit the town of Nikopol on Monday, wounding two people, the governor said.\n"


def run(*args, env: dict | None = None, input: str | bytes | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, input=input, catch_exceptions=False)


def read_out(path: Path) -> list[Extraction]:
    return [Extraction.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error ")]


@pytest.fixture
def mixed(tmp_path, seed_paths) -> Path:
    """Two good seed files, one good JSON Lines record, and three bad inputs."""
    d = tmp_path / "mixed"
    d.mkdir()
    for p in seed_paths[:2]:
        (d / p.name).write_bytes(p.read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "batch.jsonl").write_text(json.dumps({"text": BODY, "published": "2025-06-02"}) + "\n{\"text\": oops}\n",
                                   encoding="utf-8")
    return d


def test_seeds_dir_writes_one_valid_record_per_seed(tmp_path, seeds_dir, seed_paths):
    out = tmp_path / "records.jsonl"
    result = run("extract", seeds_dir, "--backend", "rules", "--out", out, "--format", "none")
    assert result.exit_code == 0, result.output
    records = read_out(out)
    assert len(records) == len(seed_paths) == 5
    assert {Path(r.article.path).name for r in records} == {p.name for p in seed_paths}
    for r in records:
        assert r.backend == "rules"
        assert r.article.published is not None  # from the seeds.jsonl sidecar
        assert r.text and all(r.text[s.start : s.end] == s.text for a in r.attacks for s in a.evidence)
    assert any(r.removed for r in records)  # boilerplate removal is recorded in the output
    assert "5 article(s)" in result.stderr


def test_mixed_batch_writes_good_reports_bad_and_exit_1_with_the_count(tmp_path, mixed):
    out = tmp_path / "out.jsonl"
    result = run("extract", mixed, "-b", "rules", "-o", out, "-f", "none")
    records = read_out(out)
    assert len(records) == 3  # two seeds + the good JSON Lines record
    errs = error_lines(result)
    assert len(errs) == 3
    assert result.exit_code == 1  # some articles failed; the count is in the summary
    named = " ".join(errs)
    assert "empty.txt" in named and "binary.txt" in named and "batch.jsonl:2" in named
    summary = result.stderr.splitlines()[-1]  # one line, however long the paths
    assert "3 article(s)" in summary and "3 failed" in summary and str(out) in summary


def test_a_missing_input_path_is_a_usage_error_and_touches_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    result = run("extract", tmp_path / "a.txt", tmp_path / "missing.md", "-b", "rules", "-o", out, "-f", "none")
    assert result.exit_code == 2
    assert "missing.md" in result.stderr
    assert out.read_text(encoding="utf-8") == "kept\n"


def test_only_failures_exit_1_and_leave_out_as_it_was(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    result = run("extract", tmp_path / "a.txt", "-b", "rules", "-o", out, "-f", "none")
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert "1 failed" in result.stderr and "left as it was" in result.stderr


def test_failure_line_keeps_brackets_in_file_names(tmp_path):
    bad = tmp_path / "report[draft].txt"
    bad.write_bytes(b"")
    result = run("extract", bad, "-b", "rules", "-o", tmp_path / "o.jsonl", "-f", "none")
    assert result.exit_code == 1
    (line,) = error_lines(result)
    assert "report[draft].txt" in line


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "table"])
def test_formats(tmp_path, seed_paths, fmt):
    files = seed_paths[:2]
    out = tmp_path / "o.jsonl"
    result = run("extract", *files, "-b", "rules", "-o", out, "-f", fmt)
    assert result.exit_code == 0, result.output
    stdout = result.stdout
    if fmt == "jsonl":
        lines = stdout.splitlines()
        assert len(lines) == 2
        assert [Extraction.model_validate_json(x).article.id for x in lines] == [r.article.id for r in read_out(out)]
    elif fmt == "json":
        objs = [Extraction.model_validate(o) for o in json.loads(stdout)]  # one JSON array
        assert len(objs) == 2
        assert "\n  " in stdout  # indented
    elif fmt == "markdown":
        assert stdout.count("## ") >= 2 and stdout.count("### Attacks") == 2 and stdout.count("### Diplomacy") == 2
    else:
        assert stdout.count("Attacks (") == 2 and stdout.count("Diplomacy (") == 2
        assert files[0].name in stdout


def test_published_option_sets_the_date_of_an_undated_article(tmp_path):
    f = tmp_path / "undated.txt"
    f.write_text(BODY, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = run("extract", f, "-b", "rules", "-o", out, "-f", "none", "--published", "2025-03-07")
    assert result.exit_code == 0, result.output
    (rec,) = read_out(out)
    assert str(rec.article.published) == "2025-03-07"


def test_bad_published_option_is_one_clear_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    result = run("extract", f, "-b", "rules", "-o", tmp_path / "o.jsonl", "--published", "last week")
    assert result.exit_code != 0
    assert "--published" in result.output


def test_resume_skips_articles_already_in_out(tmp_path, seeds_dir):
    out = tmp_path / "o.jsonl"
    first = run("extract", seeds_dir, "-b", "rules", "-o", out, "-f", "none")
    assert first.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    # keep two records, as if the first run had been interrupted
    out.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    again = run("extract", seeds_dir, "-b", "rules", "-o", out, "-f", "jsonl", "--resume")
    assert again.exit_code == 0
    assert len(again.stdout.splitlines()) == 3  # only the missing three were extracted
    ids = [r.article.id for r in read_out(out)]
    assert len(ids) == 5 == len(set(ids))
    # a complete file: nothing left to do
    done = run("extract", seeds_dir, "-b", "rules", "-o", out, "-f", "jsonl", "--resume")
    assert done.stdout.strip() == "" and len(read_out(out)) == 5


def test_without_resume_out_is_overwritten(tmp_path, seed_paths):
    out = tmp_path / "o.jsonl"
    for _ in range(2):
        assert run("extract", seed_paths[0], "-b", "rules", "-o", out, "-f", "none").exit_code == 0
    assert len(read_out(out)) == 1


def test_backend_from_environment(tmp_path, seed_paths):
    out = tmp_path / "o.jsonl"
    result = run("extract", seed_paths[0], "-o", out, "-f", "none", env={"SUMMARISER_BACKEND": "rules"})
    assert result.exit_code == 0, result.output
    assert read_out(out)[0].backend == "rules"


def test_unknown_backend_is_a_clear_usage_error(tmp_path, seed_paths):
    result = run("extract", seed_paths[0], "-b", "nonsense", "-o", tmp_path / "o.jsonl")
    assert result.exit_code == 2
    assert "nonsense" in result.output and "--backend" in result.output
    assert not (tmp_path / "o.jsonl").exists()


def test_stdin(tmp_path):
    out = tmp_path / "o.jsonl"
    result = run("extract", "-", "-b", "rules", "-o", out, "-f", "none", input=BODY)
    assert result.exit_code == 0, result.output
    (rec,) = read_out(out)
    assert rec.article.path == "<stdin>" and rec.text == BODY.strip()


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_help_everywhere(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    short = run(*command, "-h")
    assert short.exit_code == 0 and short.output == result.output


def test_installed_script_runs_on_seeds(tmp_path, seeds_dir):
    if not SCRIPT.exists():
        pytest.skip("no .venv/bin/summarise in this checkout")
    out = tmp_path / "o.jsonl"
    env = {**os.environ, "SUMMARISER_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run([str(SCRIPT), "extract", str(seeds_dir), "-b", "rules", "-o", str(out), "-q"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(read_out(out)) == 5
    assert "Attacks (" in proc.stdout


def test_python_dash_m_help():
    proc = subprocess.run([sys.executable, "-m", "summariser", "--help"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "extract" in proc.stdout and "schema" in proc.stdout
