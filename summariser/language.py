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
# how an instruction to a model names the language (a prompt cannot say "written in not English")
PROMPT_NAMES = {"uk": "Ukrainian", "ru": "Russian", "other": "a language other than English"}


@dataclass(frozen=True)
class Guess:
    code: str  # en | uk | ru | other | unknown (too little text to say)
    evidence: str  # what the guess rests on, for the warning


def _latin_letters(sample: str) -> int:
    """How many characters of `sample` `_LATIN` matches; for ASCII text (most English articles)
    counted by deleting the letters from its bytes, ~50 times faster than a match per letter."""
    if sample.isascii():
        data = sample.encode("ascii")
        return len(data) - len(data.translate(None, _ASCII_LETTERS))
    return len(_LATIN.findall(sample))


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def detect(text: str) -> Guess:
    """The article's language from a sample of its text."""
    sample = text[:_SAMPLE]
    cyr, lat = len(_CYRILLIC.findall(sample)), _latin_letters(sample)
    if cyr + lat < _MIN_LETTERS:
        return Guess("unknown", "too little text")
    if cyr > lat:
        uk, ru = len(_UKRAINIAN_ONLY.findall(sample)), len(_RUSSIAN_ONLY.findall(sample))
        return Guess("uk" if uk >= ru else "ru", f"{cyr / (cyr + lat):.0%} of its letters are Cyrillic")
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


def foreign_language(text: str) -> str | None:
    """The language an LLM should be told the article is in, or None for English (or too little
    text to tell): what decides whether the openai path adds its answer-in-English instruction."""
    return PROMPT_NAMES.get(detect(text).code)


# Ukrainian national transliteration (2010) and its usual Russian counterpart: they give the English
# spelling of most place names ("Харків" -> "Kharkiv", "Белгород" -> "Belgorod").
_COMMON = dict(zip("абвдезклмнопрстуфь'’", ["a", "b", "v", "d", "e", "z", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                                              "u", "f", "", "", ""]))
_TO_LATIN = {
    "uk": {**_COMMON, "г": "h", "ґ": "g", "є": "ie", "ж": "zh", "и": "y", "і": "i", "ї": "i", "й": "i", "х": "kh",
           "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "iu", "я": "ia"},
    "ru": {**_COMMON, "г": "g", "ё": "e", "ж": "zh", "и": "i", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
           "щ": "shch", "ъ": "", "ы": "y", "э": "e", "ю": "yu", "я": "ya"},
}
_WORD_START = {"uk": {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}, "ru": {"е": "ye"}}


def transliterate(text: str, code: str | None = None) -> str:
    """Cyrillic letters in Latin (lower case) by Ukrainian (`uk`) or Russian (`ru`) rules, by default
    the language whose letters the text uses; other characters unchanged. Lengths differ: for
    matching names, not for offsets."""
    code = code or ("uk" if len(_UKRAINIAN_ONLY.findall(text)) >= len(_RUSSIAN_ONLY.findall(text)) else "ru")
    table, start = _TO_LATIN[code], _WORD_START[code]
    out, previous = [], " "
    for ch in text.lower():
        latin = start.get(ch) if not previous.isalpha() else None
        out.append(latin if latin is not None else table.get(ch, ch))
        previous = ch
    return "".join(out)


def cyrillic_names(name: str, text: str) -> bool:
    """Does Cyrillic `text` name the place `name` (in English spelling)? The text is transliterated
    and each word of the name must begin a word there, allowing a case ending on the last two
    letters ("Полтаву", "в Белгороде"): how an English answer's place is found in evidence quoted
    verbatim from a Ukrainian or Russian article."""
    if not _CYRILLIC.search(text):
        return False
    # both rules: a short quote need not hold a letter only one of the languages uses
    words = {w for code in _TO_LATIN for w in re.findall(r"[a-z]+", transliterate(text, code))}
    wanted = [w for w in re.findall(r"[a-z]+", name.lower()) if len(w) >= 4]
    return bool(wanted) and all(any(_stem_fits(w, x) for x in words) for w in wanted)


def _stem_fits(name: str, word: str) -> bool:
    stem = name[:-2] if len(name) >= 6 else name[:-1] if len(name) >= 5 else name
    return word.startswith(stem) and len(word) - len(stem) <= 4
