"""People and weapons counted as a group with no total written (`cues` reads these with the
numbers of each sentence; each count is `implied`):

- a list of people, each one or a number: "a man and a woman" (2), "two men and a woman" (3),
  "a woman, her husband and their neighbour" (3, people named by a possessive or "the"),
  "a husband and wife" (2), "a police officer, a medic and two firefighters" (4). A plural with
  no number in the list ("a man and his children") states no total;
- "both": "both drivers were killed" (2), "both missiles were shot down" (2), "both of them"; never
  "both Russia and Ukraine", "both sides".
"""

from __future__ import annotations

import re

from ..knowledge import cues
from ..lexicon.casualties import TRADE_PLURALS
from ..numbers import NUMBER_WORD, NumberMention, parse_number
from ..records import Qualifier
from ..sentences import Sentence
from . import vocabulary
from .people import told_age

_NOUN = cues.words_alternation("casualties", "single_person_nouns")
# r31: a trade in "-man" counts in "-men" ("two night watchmen", "three linemen"): the lexicon's plural of each trade
_MEN = "|".join(p for p in TRADE_PLURALS if p.endswith("men"))
# one list item: "a man", "an elderly woman", "one rescuer", "two men", "three firefighters"; a
# person named by a possessive or "the" counts too ("a woman, her husband and their neighbour",
# "the driver and two passengers"), as do kin counted after one ("his two sons")
_OWNER = r"(?:the|his|her|their|its)"
# r14: an item may carry its age ("a pupil aged 9 and his teacher", "a girl of 12 and her aunt")
# r26: or a bare age between commas ("the driver, 52, and two passengers")
_ITEM_AGE = (rf"(?:\s+(?:aged|of)\s+(?:\d{{1,2}}|{NUMBER_WORD})(?=\s*,|\s+and\s+(?!\d|(?:{NUMBER_WORD})\b))"
             rf"|\s*,\s*(?:aged\s+(?:\d{{1,2}}|{NUMBER_WORD})|\d{{1,2}})(?=\s*,))?")
_ITEM = (rf"(?:(?:an?|one|another|{_OWNER})\s+(?:[a-z0-9-]+\s+)??(?:{_NOUN})(?![\w'’-]){_ITEM_AGE}"
         rf"|(?:{_OWNER}\s+)?(?:\d+|{NUMBER_WORD})\s+(?:[a-z-]+\s+)??(?:men|women|people|(?:grand|school)?children|(?:{_NOUN})(?:s|es)?"
         rf"|{_MEN})(?![\w'’-]))")
# the second of a pair may go without its article: "a husband and wife", "a mother and son"
_BARE = rf"(?:{_NOUN})(?![\w'’-])"
_JOINT = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
LIST = re.compile(rf"\b(?:{_ITEM})(?:{_JOINT}(?:{_ITEM}))*(?:\s+and\s+{_BARE})?", re.I)
_SINGULAR_VERB = re.compile(r"\s+(?:was|is|has|had\s+been)\b", re.I)
_ONE_ITEM = re.compile(rf"{_ITEM}|(?<=and\s){_BARE}", re.I)

_POSTPOSED_ASIDE = re.compile(rf"(?:\s+(?:of|aged)\s+(?:\d{{1,2}}|{NUMBER_WORD}))?\s*,?\s+(?:{cues.alternation('casualties', 'postposed_aside')})\b",
                              re.I)

# "both" counting people or weapons: the noun after it decides (`cues`: person, child, weapon)
BOTH = re.compile(r"\bboth(?:\s+of\s+(?:the|them|these|those))?\b(?!\s+(?:sides|parties|countries|leaders|of\s+us))", re.I)


def group_mentions(text: str, s: Sentence) -> list[NumberMention]:
    """Lists of two or more people and "both", as counts (the noun after "both" is checked by `cues`)."""
    out = []
    for m in LIST.finditer(text, s.start, s.end):
        if _SINGULAR_VERB.match(text, m.end()):
            continue  # "killed a man, and a woman was injured": the last item has a verb of its own
        if _POSTPOSED_ASIDE.match(text, m.end()):
            continue  # r48: "wounded three people, a boy of nine among them": the boy is one of the three
        total = _total(m.group(0))
        if total is not None:
            out.append(NumberMention(total, Qualifier.exact, m.start(), m.end(), m.start(), m.group(0)))
    out += [NumberMention(2, Qualifier.exact, m.start(), m.end(), m.start(), m.group(0))
            for m in BOTH.finditer(text, s.start, s.end)]
    return out


def list_items(words: str) -> list[str]:
    """The items of a list of people ("a toddler and a teenager": "a toddler", "a teenager"); an
    apposition re-describing the item before it is no item ("the guard, a man of 61, and his son")."""
    found = list(_ONE_ITEM.finditer(words))
    return [m.group(0) for k, m in enumerate(found) if not (k and _apposed(words, found[k - 1], m))]


# "the guard, a man of 61," / "its driver, a local man,": a role named by "the" or a possessive,
# then a bare person noun between commas (with its age) is the same person told again
_APPOSED = re.compile(rf"an?\s+(?:[a-z-]+\s+)?(?:{cues.words_alternation('casualties', 'appositive_person_nouns')})(?![\w'’-])"
                      rf"(?:\s+(?:aged|of)\s+(?:\d{{1,3}}|(?:{NUMBER_WORD})))?\s*,", re.I)


def _apposed(words: str, before: re.Match[str], item: re.Match[str]) -> bool:
    """The item re-describes the definite role just before it, set off by commas on both sides."""
    return (re.match(rf"{_OWNER}\s", before.group(0), re.I) is not None
            and re.fullmatch(r"\s*,\s*", words[before.end():item.start()]) is not None
            and _APPOSED.match(words, item.start()) is not None)


def _total(words: str) -> int | None:
    """The sum of a list's items; None for one item alone (read as itself elsewhere)."""
    items = list_items(words)
    if len(items) < 2:
        return None
    total = 0
    for item in items:
        head = re.sub(rf"^{_OWNER}\s+(?=\d|{NUMBER_WORD})", "", item, flags=re.I).split()[0].lower()
        n = 1 if head in ("a", "an", "one", "another") or told_age(head) \
            or not re.match(rf"\d|{NUMBER_WORD}", head, re.I) else parse_number(head)
        if n is None:
            return None
        total += n
    return total


def implied_group(text: str) -> bool:
    """The mention is a group read here, not a numeral."""
    return LIST.fullmatch(text) is not None and _total(text) is not None or BOTH.fullmatch(text) is not None
