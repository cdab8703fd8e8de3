"""The committed schemas/*.schema.json are exactly what the models export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.cli import main
from summariser.records import SCHEMA_MODELS
from summariser.schemas import drifted, schema_json

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


@pytest.mark.parametrize("name", sorted(SCHEMA_MODELS))
def test_committed_schema_equals_model_export(name):
    committed = (SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(name), f"schemas/{name}.schema.json drifted: run `summarise schema --write`"


def test_no_drift_reported():
    assert drifted(SCHEMAS) == []


def test_schema_check_cli_passes_then_fails_after_an_edit(tmp_path):
    copy = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, copy)
    runner = CliRunner()
    ok = runner.invoke(main, ["schema", "--check", "--dir", str(copy)])
    assert ok.exit_code == 0, ok.output

    path = copy / "attack.schema.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["properties"]["casualties"] = {"type": "integer"}
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    bad = runner.invoke(main, ["schema", "--check", "--dir", str(copy)])
    assert bad.exit_code == 1
    assert "attack.schema.json" in bad.output and "schema --write" in bad.output


def test_schema_check_fails_when_a_file_is_missing(tmp_path):
    copy = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, copy)
    (copy / "diplomacy.schema.json").unlink()
    result = CliRunner().invoke(main, ["schema", "--check", "--dir", str(copy)])
    assert result.exit_code == 1 and "diplomacy.schema.json" in result.output


def test_schema_write_regenerates_files_that_then_check(tmp_path):
    target = tmp_path / "out"
    runner = CliRunner()
    wrote = runner.invoke(main, ["schema", "--write", "--dir", str(target)])
    assert wrote.exit_code == 0
    assert sorted(p.name for p in target.iterdir()) == sorted(f"{n}.schema.json" for n in SCHEMA_MODELS)
    assert runner.invoke(main, ["schema", "--check", "--dir", str(target)]).exit_code == 0


def test_schema_prints_valid_json():
    result = CliRunner().invoke(main, ["schema", "attack"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "Attack"
