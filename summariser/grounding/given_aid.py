"""Aid told by a giving verb, with no aid noun (dev22 A1): "Norway will give Kyiv NOK 750 million to
rebuild substations", "the Dutch cabinet is allocating 300 million euros to Ukraine for generators",
"Ottawa will make CAD 80 million available to Ukraine", "2 billion kroner has been earmarked by
Copenhagen for Ukrainian power repairs".

A giving verb (every inflection: the aid vocabulary `knowledge/data/cues/aid_giving.yaml`, which the
rules read too) counts when its sentence also names a sum
of money or equipment near it and a recipient state other than the giver: "provide an update",
"gave no figure", "allocated seats" name no sum and no recipient; "Finland allocated EUR 40 million
to its own border guard" names no other state. `events.describes_event` reads it.

r16 (dev29 D1): aid told by a state's nominal promise of weapons or equipment, with no aid noun and no
verb: "a German promise of two more air-defence systems", "Denmark's pledge of three F-16 jets"
(`tells_promised_aid`); never "a promise of peace" (no goods) nor "the opposition's promise of tax
cuts" (no state).

r45 (dev67 L1): goods counted out right after a handing verb, in a sentence that names no giving state
and no receiver ("Her predecessor had handed over three mobile clinics", "the delegation donated 40
laptops"): giver and receiver are the ones the story implies, and the record's participants are grounded
on their own; blows counted out ("the enemy delivered 40 strikes on the port") give nothing, nor do
goods handed to a receiver the sentence names with no state ("to the city's hospitals", r35).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from ..knowledge import cues
from ..numbers import NUMBER

# How far (characters) a sum, equipment or the recipient may stand from the giving verb.
_REACH = 120


_alternation = partial(cues.words_alternation, "aid_giving")


@lru_cache(maxsize=1)
def _giving() -> re.Pattern[str]:
    # a verb split by its object: "will make CAD 80 million available", "set 4 billion yen aside"
    split = r"(?:make|makes|made|making|set|sets|setting)(?:\s+[\w$€£.,-]+){1,6}?\s+(?:available|aside)"
    return re.compile(rf"\b(?:{split}|{_alternation('giving_verbs')})\b", re.I)


@lru_cache(maxsize=1)
def _sum_or_thing() -> re.Pattern[str]:
    number = r"\d[\d.,]*(?:\s*(?:bn|billion|million|mln|mn|m|thousand))?"
    codes = _alternation("currency_codes")
    money = (rf"(?:[$€£]\s?{number}|\b(?:{codes})\s?{number}|\b{number}\s*(?:{codes})\b"
             rf"|\b{number}\s+(?:{_alternation('currency_words')})\b)")
    return re.compile(rf"{money}|\b(?:{_goods()})\b", re.I)


def _goods() -> str:
    """The things a donor hands over besides money: `given_things` and the civil kit of `relief_kit` (the
    rules read that list too)."""
    return f"{_alternation('given_things')}|{_alternation('relief_kit')}"


# a state named as the receiver: right after the verb ("give Kyiv", "provide Ukraine with"), or after
# "to" / "for" ("to Ukraine", "for Ukrainian power repairs", "for Moldova's grid")
_RECEIVER = re.compile(r"(?:^\s*|\b(?:to|for|with)\s+(?:the\s+)?)(?P<name>(?-i:[A-Z])[\w’'-]+)", re.I)
_NAMED = re.compile(r"(?-i:[A-Z])[\w’'-]+")
# r35 (dev57 L1): a receiver told by the place the speaker or story is in, not by its name ("handed
# over 18 boilers to the city", "sent us 12 generators", "delivered generators to our region"):
# another party than a giving state named before the verb
_HERE = re.compile(r"(?:^\s*|\b(?:to|for|with)\s+)(?:us\b|(?:the|our|this)\s+(?:city|town|region|oblast|"
                   r"capital|community|municipality|country)\b)", re.I)


def _state(name: str) -> str | None:
    """The state a name is, or (r27) the state of the city or region it names ("to Kharkiv", "for the
    Odesa region": the aid goes to that state)."""
    from ..knowledge import resolve_actor
    from .complete import resolve_location

    name = re.sub(r"['’]s$", "", name)
    actor = resolve_actor(name)
    if actor is not None:
        return actor.name if actor.kind == "state" else None
    place, known = resolve_location(name)
    return place.country if known and place.country else None


def tells_given_aid(sentence: str) -> bool:
    """Does the sentence tell aid by a giving verb with a sum or equipment and a foreign recipient?"""
    for verb in _giving().finditer(sentence):
        lo, hi = max(0, verb.start() - _REACH), min(len(sentence), verb.end() + _REACH)
        if not _sum_or_thing().search(sentence, lo, hi):
            continue
        givers = {_state(m.group(0)) for m in _NAMED.finditer(sentence, 0, verb.start())} - {None}
        after = sentence[verb.end():hi]
        receivers = {_state(m.group("name")) for m in _RECEIVER.finditer(after)} - {None}
        if receivers - givers or givers and _HERE.search(after):
            return True
    return _counted_out(sentence)


@lru_cache(maxsize=1)
def _counted_out_pattern() -> re.Pattern[str]:
    # "handed over three mobile clinics", "donated a further 40 laptops": the verb, then its count
    more = r"(?:a\s+further|another|some|about|nearly|more\s+than|at\s+least)\s+"
    return re.compile(rf"\b(?:{_alternation('counted_out_verbs')})\s+(?:{more})?(?:{NUMBER})\s+(?P<thing>[\w-]+)", re.I)


def _counted_out(sentence: str) -> bool:
    """r45: goods counted out by a handing verb, in a sentence that names no giving state before it
    and no receiver after them (the things counted no blows): giver and receiver are the ones the story
    implies (a state named as the giver, or a receiver, is read by `tells_given_aid`, which wants a
    foreign receiver)."""
    from ..lexicon import ATTACK_WORDS

    m = _counted_out_pattern().search(sentence)
    if m is None or ATTACK_WORDS.fullmatch(m.group("thing")) is not None:
        return False  # "delivered 40 strikes on the port": blows, not goods
    if _RECEIVER_TOLD.match(sentence, m.end()):
        return False  # "the mayor handed over 18 boilers to the city's hospitals": a receiver named, no state's
    return not any(_state(n.group(0)) for n in _NAMED.finditer(sentence, 0, m.start()))  # no giver named


# the receiver named after the goods, in their clause ("... to the city's hospitals", "... for a school in X")
_RECEIVER_TOLD = re.compile(r"[^,;.]*?\b(?:to|for)\s+(?!be\b)", re.I)


@lru_cache(maxsize=1)
def _promise() -> re.Pattern[str]:
    from . import vocabulary

    goods = f"{_goods()}|{vocabulary.pattern('promised_goods')}"
    return re.compile(r"(?P<giver>(?-i:[A-Z])[\w’'-]+?)(?:['’]s)?\s+(?:[\w-]+\s+)?"
                      rf"(?:{vocabulary.pattern('promise_nouns')})\s+of\s+(?:[\w'’-]+\s+){{0,4}}?(?:{goods})\b", re.I)


def tells_promised_aid(sentence: str) -> bool:
    """Does the sentence tell a state's promise, pledge or offer of weapons or equipment?"""
    return any(_state(m.group("giver")) is not None for m in _promise().finditer(sentence))
