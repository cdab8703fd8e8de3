"""The package type-checks under `mypy --strict`, with the configuration in pyproject.toml.

Runs `python -m mypy` as a developer would (no arguments: the `[tool.mypy]` section names the
package and the flags), in a subprocess so that mypy's own state never leaks into the test run.
Slow (about half a minute warm, a few minutes cold), so it runs in CI's full `pytest -q`, not
under `-m "not slow"`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.timeout(900)  # a cold mypy cache on a busy machine may take minutes
def test_mypy_strict_reports_no_error() -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=840)
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert proc.returncode == 0, (
        f"mypy --strict exited {proc.returncode} with {len(errors)} error(s); run `python -m mypy` "
        f"(see CONTRIBUTING.md, Types):\n{proc.stdout}{proc.stderr}")
