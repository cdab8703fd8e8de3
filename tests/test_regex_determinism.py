"""Regexes built from sets of names are the same on every run: alternation order decides which of
two overlapping names wins, so it must not follow the hash seed (longest first, then alphabetical)."""
from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]

# Regexes whose alternations come from sets or dicts of names (actor data, cue families).
_NAMES = [
    "summariser.lexicon.diplomacy:COUNTRY_PAIR_RE",
    "summariser.lexicon.diplomacy:POSSESSIVE_PERSON_RE",
    "summariser.lexicon.actors:ACTOR_ADJ_RE",
    "summariser.lexicon.actors:COUNTRY_NOUN_RE",
    "summariser.lexicon.actors:ORG_RE",
    "summariser.lexicon.actors:TITLED_PERSON_RE",
    "summariser.backends.rules.diplomacy_sides:_BODY",
    "summariser.backends.rules.diplomacy_sides:_HOST_STATE",
    "summariser.backends.rules.diplomacy_domestic:_STATE_MET",
    "summariser.backends.rules.diplomacy_groups:_GROUP_END",
    "summariser.backends.rules.event_moments:_MOMENT",
]
_SCRIPT = """
import hashlib, importlib, sys
for spec in sys.argv[1:]:
    mod, name = spec.split(":")
    pat = getattr(importlib.import_module(mod), name).pattern
    print(spec, hashlib.sha256(pat.encode()).hexdigest())
"""


def _patterns(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, *_NAMES], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True, timeout=300)
    return done.stdout


@pytest.mark.slow
def test_set_built_regexes_do_not_depend_on_hash_seed() -> None:
    first, second = _patterns("1"), _patterns("4242")
    assert first.count("\n") == len(_NAMES)
    assert first == second


def test_pair_regex_tries_longest_then_alphabetical() -> None:
    import re

    from summariser.lexicon import diplomacy
    alts = [re.sub(r"\\(.)", r"\1", a) for a in diplomacy._PAIR_WORD.split("|")]
    assert alts == sorted(alts, key=lambda f: (-len(f), f))


def test_pair_regex_reads_overlapping_names() -> None:
    from summariser.lexicon.diplomacy import COUNTRY_PAIR_RE
    m = COUNTRY_PAIR_RE.search("the Russian-Ukrainian talks resumed")
    assert m is not None and (m["a"], m["b"]) == ("Russian", "Ukrainian")
    assert COUNTRY_PAIR_RE.search("a pro-Russian-leaning party") is None
