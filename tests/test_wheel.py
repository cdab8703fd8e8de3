"""A wheel works (issue 12 defect 8): it carries the prompts (copied from the top-level
prompts/ by setup.py) and every data file of the package, and the prompts load from it.

The full install-and-run check (fresh venv, openai backend against the stub server) is
in .ci/run; this builds the wheel offline with the venv's own setuptools.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("setuptools")
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (whl,) = out.glob("summariser-*.whl")
    return whl


def test_the_wheel_carries_every_prompt(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    prompts = [p for p in (ROOT / "prompts").rglob("*") if p.is_file()]
    assert prompts
    for p in prompts:
        assert f"summariser/_prompts/{p.relative_to(ROOT / 'prompts').as_posix()}" in names


def test_the_wheel_carries_every_data_file_of_the_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", "summariser"], cwd=ROOT, capture_output=True, text=True).stdout
    data = [n for n in tracked.split() if not n.endswith(".py")]
    assert "summariser/py.typed" in data
    missing = [n for n in data if n not in names]
    assert missing == [], f"package data missing from the wheel: {missing}"


def test_prompts_load_from_an_unpacked_wheel(wheel, tmp_path):
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    code = ("from summariser.prompts import load_prompts, prompts_root; "
            "p = load_prompts(); print(prompts_root()); assert p.templates")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(tmp_path / "site" / "summariser" / "_prompts")


def test_install_hints_point_at_the_checkout_not_the_registry():
    """'summariser' on PyPI is another project: no hint may tell users to install it by name."""
    for path in [*(ROOT / "summariser").rglob("*.py"), ROOT / "install.sh", *(ROOT / "docs").rglob("*.md")]:
        text = path.read_text(encoding="utf-8")
        assert "install 'summariser[" not in text and "install summariser[" not in text, path
