"""`regex_guard.guarded` adds a first-character lookahead that must not change a single match:
read from the pattern (so an edit to the pattern cannot leave the guard behind), and left off
where the first characters cannot be told."""

from __future__ import annotations

import random
import re

import pytest

from summariser import numbers
from summariser.numbers import COUNT_PATTERN, COUNT_RE
from summariser.regex_guard import first_characters, guarded


@pytest.mark.parametrize("pattern, first", [
    (r"a|b", {"a", "b"}),
    (r"\bfoo", {"f"}),
    (r"(?:a|\d+)c", {"a", r"\d"}),
    (r"x?y", {"x", "y"}),
    (r"a{0,0}b", {"b"}),
    (r"(?=q)[a-c]z", {"a-c"}),
    (r"\s*-", {r"\s", r"\-"}),
])
def test_first_characters(pattern: str, first: set[str]) -> None:
    assert first_characters(pattern) == first


@pytest.mark.parametrize("pattern", [r"x?", r".a", r"[^a]b", r"(?i:a)b", r"(a)?\1b", r"\b"])
def test_unknown_or_empty_leaves_the_pattern_alone(pattern: str) -> None:
    assert first_characters(pattern) is None
    assert guarded(pattern) == pattern


def test_count_re_is_the_count_pattern_guarded() -> None:
    assert COUNT_RE.pattern == guarded(COUNT_PATTERN, re.I) != COUNT_PATTERN
    assert COUNT_RE.flags & re.I


_WORDS = ["at least", "more than", "some", "nearly", "about", "up to", "no fewer than", "an estimated", "over",
          "one", "two", "three", "twenty-one", "a dozen", "half a dozen", "two dozen", "dozens of", "hundreds of",
          "a hundred", "two hundred and fifty", "a couple of", "scores of", "a pair of", "1,200", "1 200", "1.200",
          "3.5 thousand", "40", "120-odd", "50+", "no one", "not one", "people", "drones", "were", "killed",
          "Kyiv", "by", "the", "wounded", "2024", "ſome", "KILLED", "Ten", "ﬁve", "٣", "\u00a0", "İn"]


def _phrases(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice([" ", ", ", "  ", "\n", "-"]).join(rng.choice(_WORDS) for _ in range(rng.randint(1, 10)))
            for _ in range(n)]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_guarded_count_re_finds_the_same_numbers() -> None:
    plain = re.compile(COUNT_PATTERN, re.I)
    phrases = _phrases(18, 6000)
    phrases += [p.upper() for p in phrases[:1500]] + [p.title() for p in phrases[1500:3000]]
    found = 0
    for text in phrases:
        expected = _matches(plain, text)
        found += len(expected)
        assert _matches(COUNT_RE, text) == expected, text
        assert (COUNT_RE.match(text, 1) is None) == (plain.match(text, 1) is None)
    assert found > 10000  # the phrases hold many numbers, not only words that cannot start one


def test_find_numbers_reads_the_same_mentions_as_the_plain_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [" ".join(_phrases(seed, 40)) for seed in range(30)]
    guarded_mentions = [numbers.find_numbers(t) for t in texts]
    monkeypatch.setattr(numbers, "COUNT_RE", re.compile(COUNT_PATTERN, re.I))
    numbers._numbers_in.cache_clear()
    try:
        assert [numbers.find_numbers(t) for t in texts] == guarded_mentions
    finally:
        numbers._numbers_in.cache_clear()


def test_verbose_and_inline_global_flags_are_left_alone() -> None:
    assert guarded("a  # a comment", re.VERBOSE) == "a  # a comment"
    assert guarded("(?i)abc") == "(?i)abc"


def test_a_class_folds_case_as_the_literal_it_stands_for() -> None:
    # re.I folds some non-ASCII letters onto ASCII ones ("K" Kelvin sign, "ſ" long s): the
    # lookahead's class must accept every character the pattern's own literal accepts
    for letter in "acdefhilmnorstuz":
        literal, klass = re.compile(letter, re.I), re.compile(f"[{letter}]", re.I)
        assert [c for c in map(chr, range(0x3000)) if literal.match(c)] == \
            [c for c in map(chr, range(0x3000)) if klass.match(c)]


def test_grounding_cues_are_the_same_with_the_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    from summariser.grounding import role_cues

    texts = [
        "Two people were killed and nine wounded when a missile hit a warehouse; the death toll rose to four.",
        "Air defences shot down and registered 40 drones of the 52 launched overnight, the air force said.",
        "Rescuers pulled three bodies from the rubble; eleven residents were hospitalised with injuries.",
        "The army said it intercepted 14 missiles, while six struck energy sites and debris fell on a school.",
        "KILLING FIVE AND INJURING 12, THE STRIKE LEFT THE DISTRICT WITHOUT POWER.",
    ] + [" ".join(_phrases(seed, 30)) for seed in range(20)]
    with_guard = [role_cues._find_cues(t) for t in texts]
    assert sum(map(len, with_guard)) > 20
    monkeypatch.setattr(role_cues, "guarded", lambda pattern, flags=0: pattern)
    role_cues._cue_words.cache_clear()
    try:
        assert [role_cues._find_cues(t) for t in texts] == with_guard
    finally:
        role_cues._cue_words.cache_clear()


_VOCABULARIES = [("strike", "attack_words"), ("strike", "launch"), ("strike", "intercept"),
                 ("strike", "damage_cues"), ("eventhood", "background"), ("diplomacy", "hypothetical_modal"),
                 ("diplomacy", "occasion")]


def test_vocabulary_patterns_match_as_without_the_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    from summariser.knowledge import cues

    texts = [
        "Russian forces launched 40 drones and two missiles overnight; air defences shot down 31 of them.",
        "The strike damaged a school and set fire to three houses, the regional administration said.",
        "Ever since last winter the river port has come under artillery fire nearly every week.",
        "Ministers could meet on the sidelines of the summit next week if the talks resume.",
        "AN AIRSTRIKE DESTROYED THE BRIDGE; DEBRIS FELL ON A PARKING LOT.",
    ] + [" ".join(_phrases(seed, 30)) for seed in range(10)]
    guarded_found = {v: [_matches(cues.pattern(*v), t) for t in texts] for v in _VOCABULARIES}
    # a scoped flag ("(?-i:May)") leaves the first characters untold: that vocabulary stays as it is
    assert [v for v in _VOCABULARIES if not cues.pattern(*v).pattern.startswith("(?=[")] == \
        [("diplomacy", "hypothetical_modal")]
    monkeypatch.setattr(cues, "guarded", lambda pattern, flags=0: pattern)
    plain_found = {v: [_matches(cues.pattern(*v), t) for t in texts] for v in _VOCABULARIES}
    assert plain_found == guarded_found
    assert sum(len(m) for found in plain_found.values() for m in found) > 10


def test_a_vocabulary_with_a_template_slot_is_left_unguarded() -> None:
    """A reader fills "<weapons>" into `.pattern` later: a guard read from the slot's "<" would
    refuse every filled-in word (aid told as "its final tanks had reached Ukraine" went unread)."""
    from summariser.knowledge import cues
    slotted = [rx for _, rx in cues.patterns("diplomacy_kinds_more", "kinds") if "<weapons>" in rx.pattern]
    assert slotted and all(not rx.pattern.startswith("(?=[") for rx in slotted)
