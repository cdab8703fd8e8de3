"""Help that reads like the tool (issue 12 defect 7, issue 16 item 3): grouped options,
environment variables listed by click from config.ENV, whole one-line descriptions, one
meaning of `-q`, the cache command, "from cache" on reruns, the generated CLI reference,
and the tests' own isolation from the developer's environment (issue 16 item 7)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from stub_server import StubServer, completion, ok, script

from summariser.cli import COMMANDS, main
from summariser.config import ENV

ROOT = Path(__file__).resolve().parent.parent
BODY = "A missile hit an apartment block in Kryvyi Rih on Friday, wounding six residents, the mayor said.\n"


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env=env, catch_exceptions=False)


def test_top_level_help_lists_every_command_with_a_whole_description():
    from summariser.cli import SHORT_HELP

    out = run("--help").output
    for name in COMMANDS:
        line = next(x for x in out.splitlines() if x.strip().startswith(name + " "))
        assert SHORT_HELP[name] in line and "..." not in line


@pytest.mark.parametrize("command", ["extract", "eval"])
def test_backend_options_are_grouped(command):
    out = run(command, "--help").output
    for heading in ("Backend options:", "Model endpoint options:", "Local model options:", "Cache options:"):
        assert heading in out
    assert "env var:" in out


def test_every_config_variable_is_listed_by_click_in_some_help():
    flat = " ".join(" ".join(run(c, "--help").output.split()) for c in ("extract", "eval"))
    for setting, names in ENV.items():
        for name in names:
            assert name in flat, f"{name} (for {setting}) is not listed in `extract/eval --help`"


def test_an_environment_variable_listed_in_help_is_honoured(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(BODY)
    result = run("extract", f, "-o", tmp_path / "o.jsonl", "-f", "none", env={"SUMMARISER_BACKEND": "rules"})
    assert result.exit_code == 0
    bad = run("extract", f, "-o", tmp_path / "o.jsonl", env={"SUMMARISER_MAX_RETRIES": "many"})
    assert bad.exit_code == 2 and "SUMMARISER_MAX_RETRIES" in bad.output


@pytest.mark.parametrize("command", ["extract", "reconcile", "report", "eval", "schema"])
def test_quiet_means_the_same_everywhere(command):
    out = " ".join(run(command, "--help").output.split())
    assert "-q, --quiet Quiet: no progress bar and no summary or 'wrote' lines on standard error." in out


def test_quiet_extract_prints_no_summary_but_still_errors(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(BODY)
    bad.write_bytes(b"")
    result = run("extract", good, bad, "-b", "rules", "-o", tmp_path / "o.jsonl", "-f", "none", "-q")
    assert result.exit_code == 1
    assert [x for x in result.stderr.splitlines() if x.startswith("error ")]
    assert "article(s):" not in result.stderr and "1 of 2 article(s) failed" in result.stderr


def test_json_over_several_articles_is_one_valid_array(tmp_path):
    import json

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(BODY.replace("six", ["six", "seven", "eight"][i]))
    result = run("extract", tmp_path, "-b", "rules", "-f", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 3
    empty = tmp_path / "none"
    empty.mkdir()
    (empty / "blank.txt").write_bytes(b"")
    assert json.loads(run("extract", empty, "-b", "rules", "-f", "json").stdout) == []


def test_cache_info_clear_and_from_cache_on_a_rerun(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(BODY)
    cache = tmp_path / "cache"
    answer = ok(completion('{"summary": "", "attacks": [], "diplomacy": []}'))
    with StubServer(script([answer])) as srv:
        args = ["extract", f, "-b", "openai", "--base-url", srv.base_url, "-m", "stub-model", "--cache-dir", cache,
                "-o", tmp_path / "o.jsonl", "-f", "none"]
        first = run(*args)
        assert first.exit_code == 0, first.output
        assert "from cache" not in first.stderr
        second = run(*args)  # the script has no second answer: the rerun must not ask
        assert second.exit_code == 0 and "1 from cache" in second.stderr
    info = run("cache", "info", "--cache-dir", cache)
    assert info.exit_code == 0 and "entries: 1" in info.output
    (cache / "unrelated.txt").write_text("keep me")
    cleared = run("cache", "clear", "--cache-dir", cache, "--yes")
    assert cleared.exit_code == 0 and "removed 1" in cleared.stderr
    assert "entries: 0" in run("cache", "info", "--cache-dir", cache).output
    assert (cache / "unrelated.txt").read_text() == "keep me"


def test_cli_reference_is_generated_and_current():
    proc = subprocess.run([sys.executable, str(ROOT / "docs" / "tools" / "gen_cli.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_the_tests_clear_every_variable_config_reads():
    """The autouse fixture loops over config.env_vars(): a developer's
    SUMMARISER_MAX_RETRIES=0 (or any other) never reaches a test."""
    from summariser.config import env_vars

    leaked = [v for v in env_vars() if v != "SUMMARISER_CACHE_DIR" and v in os.environ]
    assert leaked == []


def test_config_lists_every_variable_the_package_reads():
    from summariser.config import env_vars

    names = set()
    for path in (ROOT / "summariser").rglob("*.py"):
        names |= set(re.findall(r"[\"'`]((?:SUMMARISER|OPENAI)_[A-Z_]+)[\"'`]", path.read_text(encoding="utf-8")))
    assert names <= set(env_vars()), f"not in config.ENV/OTHER_ENV: {sorted(names - set(env_vars()))}"
