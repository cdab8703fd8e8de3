"""Children told by an age rather than a child word, as casualty reports tell them:

- one person with an age after the noun ("a boy of seven", "a girl aged 12", "her grandson,
  aged 11", "a son (9)"): a count of one that is a child when the age is under 18, and never a
  child when it is 18 or more ("a girl aged 19"); the age itself is no count;
- people counted and then said to be under age ("wounded nine, two of them under 18", "two of
  whom were underage").

The codebook counts under-18s. A parent "of three" is no age ("a mother of three" has three
children, none of them hurt): only the nouns of `vocabulary.yaml` `age_of_nouns` take "of N".
"""

from __future__ import annotations

import re

from ..articles.injuries_had import HAVING
from ..lexicon.casualties import CHILD_AGE_LIMIT
from ..articles.told_ages import ADULT_AGE as _ADULT_AGE, ages_list, parse_age as _age
from ..numbers import NumberMention
from ..records import Qualifier
from ..sentences import Sentence
from . import vocabulary

_AGE_WORD = r"\d{1,3}|[a-z]+(?:-[a-z]+)?"
_AGE_OF_NOUNS = vocabulary.pattern("age_of_nouns")
# "a boy of seven", "the girl, aged 12,", "a young man of 19": one person, then the age
# what follows the person: punctuation, a verb, or (r19, dev36 C3) the verb of an injury had ("a man of 70
# suffered concussion", `articles/injuries_had`)
_END = (r"(?=\s*(?:\)|,|\.|;|$)|\s+(?:and|was|were|who|had|has|is|died|in|at|on|from|among|one\s+of)\b"
        rf"|\s+(?:{HAVING})\b)")
_ONE_OF_AGE = re.compile(
    rf"\b(?:an?|the|his|her|their|another)\s+(?:(?:young|little|teenage|small)\s+)?(?:{_AGE_OF_NOUNS})"
    # r14: an infant's age in months ("a baby of eight months", "an infant of 11 months old")
    rf"\s+of\s+(?P<age>{_AGE_WORD})(?:\s+(?:years?|(?P<months>months?))(?:\s+old)?)?{_END}", re.I)
# an age told straight after one person: ", aged 12", " (9)", ", 14,", " aged 19", ", who is nine"
_AGE_AFTER_ONE = re.compile(
    rf"(?:\s*,\s*(?:who\s+(?:is|was)\s+(?:only\s+|just\s+)?|aged\s+|age\s+)|\s*\(\s*(?:aged\s+)?|\s+aged\s+)(?P<ages>{_AGE_WORD})"
    rf"(?:\s+years?\s+old)?{_END}"
    # a bare age between commas ("a boy, 7, and ...", "her grandson, 9 years old,"): closed by a
    # comma, a bracket or the sentence's end
    # (r49: the person's name between, "our youngest member, Maksym, 17, is among the injured")
    rf"|\s*,\s*(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,\s*)?"
    rf"(?P<bare>\d{{1,2}}|[a-z]+(?:-[a-z]+)?(?=\s+years?\s+old))(?:\s+years?\s+old)?(?=\s*[,.;)]|\s*$)", re.I)
# ages told after a counted noun: "two people, aged 15 and 16", "three children (ages 4, 7 and 12)"
_AGES_AFTER_COUNT = re.compile(
    rf"(?:\s+[\w'’-]+){{0,2}}?\s*,?\s*\(?\s*(?:aged|ages)\s+(?P<ages>(?:{_AGE_WORD})(?:\s*(?:,|and|&)\s*(?:{_AGE_WORD}))+)"
    rf"(?:\s+years?\s+old)?{_END}", re.I)
_AGE_NUMBER_BEFORE = re.compile(rf"\b(?:{_AGE_OF_NOUNS})\s+of\s+$", re.I)
_UNDER_AGE_BEFORE = re.compile(r"\b(?:under|below|younger\s+than)\s+$", re.I)
# "two of them under 18", "two of whom were underage": words after the count, then the phrase
_UNDER_AGE_AFTER = re.compile(
    rf"(?:\s+(?!(?:and|but|while|after|who|which)\b)[\w'’-]+){{0,4}}?\s+(?:{CHILD_AGE_LIMIT}|{vocabulary.pattern('minor_phrases')})(?![\w-])",
    re.I)


def aged_mentions(text: str, s: Sentence) -> list[NumberMention]:
    """One person told with an age after the noun ("a boy of seven"), as a count of one."""
    return [NumberMention(1, Qualifier.exact, m.start(), m.end(), m.start(), m.group(0))
            for m in _ONE_OF_AGE.finditer(text, s.start, s.end) if _age(m.group("age")) is not None]


def told_minor(text: str, m: NumberMention, default: bool, child_word: re.Pattern[str]) -> bool:
    """Is the count `m` children by an age told with it? The ages after it decide when there are
    any (all under 18: children; any adult: not); a phrase of minority after it makes it children,
    and so does a list of people whose every item is a child ("a toddler and a teenager", by
    `child_word` or an age); otherwise `default` (what its nouns say)."""
    ages = _ages_after(text, m)
    if ages:
        return all(a < _ADULT_AGE for a in ages)
    if _UNDER_AGE_AFTER.match(text, m.end):
        return True
    return default or _list_of_children(m, child_word)


def _list_of_children(m: NumberMention, child_word: re.Pattern[str]) -> bool:
    from .groups import LIST, list_items
    from .people import minor

    if m.value < 2 or LIST.fullmatch(m.text) is None:
        return False
    items = list_items(m.text)
    return len(items) >= 2 and all(child_word.search(i) or minor(i) for i in items)


def is_age_number(text: str, m: NumberMention) -> bool:
    """A number that is an age, not a count: "aged 40", "40 years old", "a girl of 12" (the 12),
    "under 18"."""
    before = text[max(0, m.num_start - 30):m.num_start]
    if re.search(r"\b(?:aged|age\s+of)\s*$", before, re.I) or re.match(r"\s+years?\s+old", text[m.end:m.end + 14], re.I):
        return True
    return _AGE_NUMBER_BEFORE.search(before) is not None or \
        (m.value == _ADULT_AGE and _UNDER_AGE_BEFORE.search(before) is not None)


def _ages_after(text: str, m: NumberMention) -> list[int]:
    """The ages told in the mention ("a boy of seven") or straight after it, for a count of
    people: "a girl aged 19", "his two nephews, aged 9 and 16", "a son (9)"."""
    own = _ONE_OF_AGE.fullmatch(m.text)
    if own is not None:
        age = _age(own.group("age"))
        return [age] if age is not None else []
    one = m.value == 1 and re.search(r"[A-Za-z]", m.text) is not None  # "a boy", "her grandson"
    found = (_AGE_AFTER_ONE if one else _AGES_AFTER_COUNT).match(text, m.end)
    if found is None:
        return []
    told = found.groupdict().get("bare") or found.group("ages")
    ages = ages_list(told)
    if ages is None or len(ages) != m.value:
        return []  # ages that do not match the count: no reading
    return list(ages)

