"""Which language an article is written in, well enough to warn when it is not English.

The rules backend and the English cue vocabularies read English only; an article in Ukrainian or
Russian would otherwise come back as a silent empty result. Detection needs no model: the share
of Cyrillic letters, letters only one of the two languages uses (Ukrainian і ї є ґ, Russian ы э ё
ъ), and for Latin script the share of common English words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэёъЫЭЁЪ]")
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F']+")
# The commonest English function words: in English prose they are a third or more of the words.
_ENGLISH = frozenset(
    "the of and to in a is was were that for on with as by at from it its said has have had be been "
    "are this which or after an their they not but who will would also more than".split())
_SAMPLE = 20_000  # characters read: the share settles long before, and a huge file stays cheap
_MIN_LETTERS = 40
_MIN_WORDS = 40
NAMES = {"en": "English", "uk": "Ukrainian", "ru": "Russian", "other": "not English"}


@dataclass(frozen=True)
class Guess:
    code: str  # en | uk | ru | other | unknown (too little text to say)
    evidence: str  # what the guess rests on, for the warning


def detect(text: str) -> Guess:
    """The article's language from a sample of its text."""
    sample = text[:_SAMPLE]
    cyr, lat = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
    if cyr + lat < _MIN_LETTERS:
        return Guess("unknown", "too little text")
    if cyr > lat:
        share = f"{cyr / (cyr + lat):.0%} of its letters are Cyrillic"
        uk, ru = len(_UKRAINIAN_ONLY.findall(sample)), len(_RUSSIAN_ONLY.findall(sample))
        return Guess("uk" if uk >= ru else "ru", share)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return Guess("en", "short Latin-script text")
    share = sum(w in _ENGLISH for w in words) / len(words)
    if share < 0.08:
        return Guess("other", f"only {share:.0%} of its words are common English words")
    return Guess("en", f"{share:.0%} common English words")


def language_warning(text: str) -> str | None:
    """A warning for a record whose article is not in English, or None."""
    guess = detect(text)
    if guess.code in ("en", "unknown"):
        return None
    return (f"language: the article looks {NAMES[guess.code]} ({guess.evidence}); the rules backend and the "
            "cue words read English only, so records may be missing — translate the article or use an LLM backend")
