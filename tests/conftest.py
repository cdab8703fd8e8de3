"""Shared fixtures. Network is refused by pytest-socket (see pyproject addopts) except
loopback; every test gets its own cache directory so nothing leaks between tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """No user's keys, endpoints, retry counts or cache leak into a test: every variable the
    configuration lists (config.env_vars) is cleared, whatever the developer's shell holds."""
    from summariser.config import env_vars

    for var in env_vars():
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
