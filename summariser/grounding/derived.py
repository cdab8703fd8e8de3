"""Counts the article implies without stating them beside a cue, read only when no cue reading
holds (`counts.count_support` falls back here):

- "of the 30 drones aimed at the refinery, all but two were downed": intercepted = 30 - 2
  (the whole and the exception both stated in one sentence, the cue after the exception);
- the items of a list run into a sentence after its launch ("aimed at the country: 80 drones and
  12 missiles": `list_roles`);
- the launched whole of such a sentence, or any weapon count told by its flight ("40 drones
  were heading for the capital", "12 missiles flew towards the port"), when no cue governs it;
- every weapon told as reaching its target ("both missiles hit their targets"): intercepted = 0,
  and the number told in those words is the wave launched ("all six Kinzhals hit their targets");
- a wave told as all downed ("all 12 drones were destroyed", "both missiles were shot down"), or
  the whole a downed part is told of ("shot down 14 of the 16 missiles"): launched = 12, 2, 16;
- one more person told by an ordinal after a count ("killed three and wounded a fourth"):
  injured = 1 (`ordinal_people`);
- a nil told of one person or group ("the driver was not hurt", "the guards escaped
  unharmed"): injured (and killed) = 0, only when the evidence counts no one hurt (or killed).

Each reading is `implied`; a value the text gives no such reading for stays refused.
"""

from __future__ import annotations

import re

from ..knowledge import cues
from ..lexicon.weapons import weapons_one_by_one
from ..numbers import NUMBER, parse_number
from ..records import Qualifier
from ..sentences import LIST_BULLET
from . import vocabulary
from .context import Window, _Context, _context
from .cues import _Mention
from .cue_gaps import INCLUDING
from .exceptions import ALL_BUT, active_cue_before, after_exception, same_weapon

# a loose test for the same words anywhere in the raw text, before the grounding context is built
_ALL_BUT_ANYWHERE = re.compile(r"\b(?:all|every|each)\W+(?:\w+\W+)?(?:but|except|save)\b", re.I)
# weapons told by their flight towards a place: a launch with no launch word ("96 means of air
# attack were directed at", four words between the number and the verb)
# ("the 160 drones that crossed into the region", "42 drones flew over the north", "entered the airspace")
_FLIGHT = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:that\s+|which\s+)?(?:were\s+|was\s+|had\s+|have\s+)?"
                     rf"(?:(?:{vocabulary.pattern('flight_verbs')})"
                     r"\s+(?:at|for|towards?|toward|in\s+the\s+direction\s+of|over|into|across|through)\b"
                     rf"|(?:{vocabulary.pattern('flight_verbs_crossing')})\s+(?:the|into|over|Ukrainian|Russian|Belarusian"
                     r"|Polish|Moldovan|Romanian)\b)", re.I)
_WEAPON_NOUNS = ("weapon", None)
# a person or group said to be unhurt: "was not hurt", "escaped unharmed", "were unscathed"
_UNHURT = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:not|n['’]t)\s+(?:hurt|injured|harmed|wounded)"
                     r"|\bwasn['’]t\s+(?:hurt|injured|harmed|wounded)"
                     r"|\b(?:escaped|was|were|remained|emerged|survived|walked\s+away)\s+(?:\w+\s+)?"
                     rf"(?:{cues.words_alternation('casualties', 'unhurt_words')})\b",
                     re.I)
# every weapon told as reaching its target: none intercepted ("both missiles hit their targets",
# "all six drones struck their targets"; never "not all ...", "all but two ...")
# r14 (dev26 A2): also "every one of the five missiles got through", "every single one of them ..."
_ALL_HIT = re.compile(rf"(?<!not\s)\b(?:both|all|each|(?:every|each)(?:\s+single)?\s+one)\s+(?!but\b|except\b|save\b)"
                      rf"(?:of\s+(?:the|them|these|those)\s+)?"
                      rf"(?:(?:{NUMBER})\s+)?(?:[\w-]+\s+){{0,2}}?(?:{vocabulary.pattern('target_hit_phrases')})\b", re.I)
# none of a wave stopped: "none of the missiles was stopped", "not one of the four was intercepted"
# ("none were intercepted", "neither could be shot down", "none of which got downed": the pronoun
# alone, or "of which")
_NONE_STOPPED = re.compile(r"\b(?:none|neither|not\s+(?:a\s+single\s+)?one)(?:\s+of\s+(?:the|them|these|those|its|their|which)\b"
                           r"[^.;:]{0,40}?)?\s+"
                           rf"(?:was|were|could\s+be|had\s+been|got)\s+(?:{cues.words_alternation('weapons', 'none_downed_verbs')})\b", re.I)
# "was unable to shoot any of them down": the particle after the pronoun
_UNSTOPPED_SPLIT = re.compile(r"\b(?:(?:was|were)\s+(?:unable|not\s+able)\s+to|(?:could|did)\s*(?:not|n['’]t)|failed\s+to)\s+"
                              r"(?:shoot|bring|take)\s+(?:either|any|one|a\s+single\s+one)\s+of\s+(?:them|these|those)\s+down\b",
                              re.I)
# a wave the defences could not stop: "were unable to stop the two missiles", "could not intercept
# the drone", "none of the interceptors could catch the Kinzhal", "the Iskanders got through
# unopposed" (never "could not stop all the drones": some were stopped)
# the weapon nouns a count of a wave is told by (sole_weapons reads the same)
WEAPON_WORDS = r"(?:missiles?|drones?|rockets?|bombs?|shaheds?|kalibrs?|kinzhals?|iskanders?(?:-[mk])?|projectiles?|uavs?)"
# r14: what got through is a wave when a weapon is named or nothing is ("all six got through"), never
# people ("every one of the crews got through the night")
_BARE_WORDS = rf"(?:both|all|each|every|single|one|of|the|them|these|those|{NUMBER})"
_THROUGH_OTHERS = re.compile(rf"^(?:{_BARE_WORDS}\b|\s)*(?!(?:{WEAPON_WORDS}|{_BARE_WORDS})\b)[\w-]+\s+(?:[\w-]+\s+)?"
                             r"(?:got|went|made\s+it|broke)\s+through\b", re.I)


def _a_wave(m: re.Match[str]) -> bool:
    return not _THROUGH_OTHERS.match(m.group(0)) or re.search(rf"\b{WEAPON_WORDS}\b", m.group(0), re.I) is not None


_STOP = vocabulary.pattern("stop_verbs")
_UNSTOPPED = re.compile(
    rf"(?:\b(?:(?:was|were)\s+(?:unable|not\s+able|powerless)\s+to|(?:could|did)\s*(?:not|n['’]t)|failed\s+to)"
    rf"|\bnone\s+of\s+[^.;:]{{0,40}}?\bcould)\s+(?:{_STOP})\s+(?!(?:all|every|each|most|many|some|several|half)\b)"
    rf"(?:[\w'’-]+\s+){{0,4}}?{WEAPON_WORDS}\b"
    rf"|\b{WEAPON_WORDS}\s+(?:all\s+)?(?:got|went|slipped|made\s+it|flew)\s+through\s+(?:{vocabulary.pattern('unopposed_words')})\b",
    re.I)
# the wave left unstopped when the object is a pronoun after the verb: "could not bring down either
# of them", "failed to stop any of them", "did not manage to down a single one", "did not succeed
# in downing any of them" (never "could not confirm any of them": the verb must be one of stopping)
_TRIED = (r"(?:(?:was|were)\s+(?:unable|not\s+able|powerless)\s+to|(?:could|did)\s*(?:not|n['’]t)"
          r"(?:\s+(?:manage\s+to|succeed\s+in))?|failed\s+to|failed\s+in)")
_NONE_OF_WAVE = (r"(?:(?:either|any|a\s+single\s+one|one)\s+of\s+(?:them|these|those|the)\b"
                 r"|(?:either|a\s+single)\s+one\b|(?:either|any)(?=\s*[.,;:!]))")
_UNSTOPPED_ANY = re.compile(
    rf"\b{_TRIED}\s+(?:{_STOP}|{vocabulary.pattern('stop_gerunds')})\s+{_NONE_OF_WAVE}", re.I)
# a nil of both, told as a pair or as avoided: "no deaths or injuries", "casualties were avoided"
_BOTH_NIL = re.compile(r"\bno\s+(?:reported\s+)?(?:deaths?|fatalities|casualties|injur(?:y|ies)|victims)\s+(?:or|and|nor)\s+"
                       r"(?:deaths?|fatalities|casualties|injur(?:y|ies)|victims)\b"
                       r"|\b(?:casualties|deaths|injuries)\s+(?:were|was)\s+avoided\b", re.I)


def derived_hits(value: int, role: str, ctx: _Context, windows: list[Window],
                 cues: dict[str, re.Pattern[str]]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each implied reading of `value` for `role` in the windows."""
    out = _listed(value, role, ctx, windows, cues)
    if role in ("launched", "intercepted"):
        from .list_roles import list_item_hits  # "were aimed at the country: 80 drones, 12 Kalibrs ..."

        out += list_item_hits(value, role, ctx, windows, cues)
    if role in ("launched", "intercepted"):  # "Shot down:" / "- all but two of the 12 Kalibrs;" / "- none of the Kinzhals."
        from .tally_items import tally_item_hits

        out += tally_item_hits(value, role, ctx, windows, cues)
    if role == "intercepted":
        from .whole_wave import whole_wave_hits

        out += _all_but(value, ctx, windows, cues[role]) + whole_wave_hits(value, ctx, windows, cues[role])
    if role == "intercepted":  # "31 of the 36 drones sent overnight towards X were brought down" (r47)
        out += _part_downed_later(value, ctx, windows)
    if role == "intercepted":  # "47 were shot down and 26 jammed": 73 (codebook 3, r14)
        out += _jammed_sums(value, ctx, windows)
    if role in ("launched", "intercepted"):  # "Of these, 22 were over Bryansk": a share of the total before
        from .shares import share_hits

        out += share_hits(value, role, ctx, windows)
    if role == "launched":  # "90 missiles and 60 drones fired ..., together 150" (r45)
        from .summed_launches import summed_launch_hits

        out += summed_launch_hits(value, ctx, windows)
    if role == "launched" and value == 1:  # "the lone missile launched at the port"
        from .sole_weapons import sole_weapon_hits

        out += sole_weapon_hits(ctx, windows)
    if role == "intercepted" and value == 0:  # "the drones could not be stopped"
        from .sole_weapons import unstoppable_hits

        out += unstoppable_hits(ctx, windows)
    if role == "launched":
        from .launch_parts import launch_part_hits  # "The missiles included six Zircons", "Of the 60 drones, ..."

        out += _flown(value, ctx, windows) + _all_downed(value, ctx, windows) + _whole_of(value, ctx, windows)
        out += _all_reached(value, ctx, windows)
        out += launch_part_hits(value, ctx, windows)
        # r19 (dev35 C2): "one drone struck a warehouse and a second slammed into a depot": 2 (lexicon reader)
        out += [(a, b, Qualifier.exact) for w0, w1 in windows for s in ctx.sentences if w0 <= s.start and s.end <= w1
                for a, b, n in weapons_one_by_one(ctx.grounded, s.start, s.end) if n == value]
    if role == "intercepted" and value == 0:
        out += [(m.start(), m.end(), Qualifier.exact) for a, b in windows for pat in (_ALL_HIT, _NONE_STOPPED, _UNSTOPPED, _UNSTOPPED_ANY,
                                                                   _UNSTOPPED_SPLIT)
                for m in pat.finditer(ctx.grounded, a, b) if pat is not _ALL_HIT or _a_wave(m)]
    if role in ("killed", "injured") and value == 1:
        from .ordinal_people import ordinal_hits

        out += ordinal_hits(role, ctx, windows)
    if role in ("killed", "injured") and value > 1:  # "a boy was wounded, and his father was hurt": 2 (r16)
        from .one_by_one import one_by_one_hits

        out += one_by_one_hits(value, role, ctx, windows)
    if role in ("killed", "injured") and value == 0:
        out += _unhurt(role, ctx, windows)
        out += [(m.start(), m.end(), Qualifier.exact) for a, b in windows for m in _BOTH_NIL.finditer(ctx.grounded, a, b)]
    return out


_ITEM = re.compile(LIST_BULLET.pattern + r"\D{0,40}$")
_HEADER_END = re.compile(r":\s*$")
_NOUNS = {"launched": ("weapon", None), "intercepted": ("weapon", None),
          "killed": ("person", "child", None), "injured": ("person", "child", None)}


def _listed(value: int, role: str, ctx: _Context, windows: list[Window],
            cues: dict[str, re.Pattern[str]]) -> list[tuple[int, int, Qualifier]]:
    """An item of a bulleted list under a header line that ends in a colon and whose last cue
    is the field's ("downed or suppressed, namely:" / "- 40 attack drones"): the header's cue
    carries to its items. The run of lists it belongs to must touch the record's windows."""
    out = []
    for x in ctx.mentions:
        if x.m.value != value or x.role is not None or x.noun not in _NOUNS[role]:
            continue
        line_start = ctx.grounded.rfind("\n", 0, x.m.start) + 1
        if not _ITEM.fullmatch(ctx.grounded, line_start, x.m.start):
            continue
        header = _header(ctx.grounded, line_start)
        if header is None or not _touches(list_block(ctx.grounded, line_start), windows):
            continue
        text = ctx.grounded[header[0]:header[1]]
        if _header_role(text, role, cues) == role:
            out.append((x.m.start, x.m.end, x.m.qualifier))
    return out


def _header_role(header: str, role: str, cues: dict[str, re.Pattern[str]]) -> str | None:
    """The role of a header's last cue; for weapons a tally verb is a launch ("The following
    were spotted by radar units:"), never for people ("Injuries recorded:")."""
    if role in ("launched", "intercepted"):
        from .header_roles import header_role

        return header_role(header, cues)
    last = max(((m.end(), r) for r, c in cues.items() for m in c.finditer(header)), default=None)
    return last[1] if last else None


def _list_line(line: str) -> bool:
    """A blank line, a list item, or a list's header (ending in a colon)."""
    return not line.strip() or bool(LIST_BULLET.match(line)) or bool(_HEADER_END.search(line))


def list_block(text: str, line_start: int) -> Window:
    """The run of lists around a list line: their headers, items and the blank lines between
    ("struck with the following:" / items / "downed, namely:" / items) is one tally."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"(?m)^[^\n]*", text)]
    i = next(j for j, (a, _) in enumerate(lines) if a == line_start)
    lo, hi = i, i
    while lo > 0 and _list_line(text[lines[lo - 1][0]:lines[lo - 1][1]]):
        lo -= 1
    while hi + 1 < len(lines) and _list_line(text[lines[hi + 1][0]:lines[hi + 1][1]]):
        hi += 1
    return lines[lo][0], lines[hi][1]


def _touches(block: Window, windows: list[Window]) -> bool:
    return any(a < block[1] and block[0] < b for a, b in windows)


def _header(text: str, line_start: int) -> tuple[int, int] | None:
    """The line above a run of list items, when it ends in a colon."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():  # a blank line between header and list, or between items
            end = start - 1
            continue
        if LIST_BULLET.match(line):
            end = start - 1
            continue
        return (start, end) if _HEADER_END.search(line) else None
    return None


def _inside(start: int, end: int, windows: list[Window]) -> bool:
    return any(a <= start and end <= b for a, b in windows)


def _all_but(value: int, ctx: _Context, windows: list[Window], cue: re.Pattern[str]) -> list[tuple[int, int, Qualifier]]:
    """The rest of a wave its exception leaves: "of the 64 Shaheds, all except nine were downed"
    (55), also past parts coordinated with the exception ("all but 12 of the drones and four of
    the missiles were downed") and across ";". The whole comes before the exception (launched
    or no role), or after it as a launched count ("every drone save three was downed, of the 85
    launched"); its weapon noun must be the exception's when both are said."""
    out = []
    for s in ctx.sentences:
        for m in ALL_BUT.finditer(ctx.grounded, s.start, s.end):
            k = parse_number(m.group("k"))
            verb_at, noun = after_exception(ctx.grounded, m.end())
            after = ctx.grounded[verb_at:min(s.end, verb_at + 60)]
            if k is None or not (cue.search(" ".join(after.split()[:5]))
                                 or active_cue_before(ctx.grounded, s.start, m.start(), cue)):
                continue  # the exception must be of the cue's act: "all but two were shot down", "downed all but two"
            noun = noun or m.group("all").split()[-1]  # "every drone save three"
            for x in ctx.mentions:
                before = s.start <= x.m.start < m.start() and x.role in (None, "launched")
                later = verb_at <= x.m.start < s.end and x.role == "launched"
                later = later or m.end() < x.m.start < verb_at  # its own whole: "all but seven of the 88 Shaheds"
                if (before or later) and x.noun in _WEAPON_NOUNS and x.m.value - k == value \
                        and same_weapon(noun, _weapon_word(ctx.grounded, x.m.end)) \
                        and _inside(min(x.m.start, m.start()), max(x.m.end, m.end()), windows):
                    out.append((min(x.m.start, m.start()), max(x.m.end, m.end()), x.m.qualifier))
    return out


def _weapon_word(text: str, pos: int) -> str | None:
    """The words right after a whole's number ("140 drones" -> "drones")."""
    m = re.match(r"\s+((?:[\w-]+\s+){0,2}[\w-]+)", text[pos:pos + 40])
    return m.group(1) if m else None


def _flown(value: int, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    return [(x.m.start, x.m.end, x.m.qualifier) for x in ctx.mentions
            if x.m.value == value and x.role is None and x.noun == "weapon" and _inside(x.m.start, x.m.end, windows)
            and (_FLIGHT.match(ctx.grounded, x.m.end)
                 or (_AIMED_BEFORE.search(ctx.grounded, max(0, x.m.start - 40), x.m.start)
                     and _AT_AFTER.match(ctx.grounded, x.m.end)))]


# the same told in the active voice: "the enemy aimed 57 weapons at the south"
_AIMED_BEFORE = re.compile(rf"\b(?:{vocabulary.pattern('flight_verbs')})\s+(?:a\s+total\s+of\s+|some\s+|about\s+|over\s+)?$",
                           re.I)
_AT_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:at|against|towards?|toward)\b", re.I)


# "all 12 drones were destroyed", "each of the four missiles was shot down": the whole wave
_ALL_BEFORE = re.compile(r"\b(?:all|each\s+of|every\s+one\s+of)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?$", re.I)


def _all_downed(value: int, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """A wave told as all downed launched that many: the downed count after "all" is the whole."""
    return [(x.m.start, x.m.end, x.m.qualifier) for i, x in enumerate(ctx.mentions)
            if x.m.value == value and x.noun in _WEAPON_NOUNS and _inside(x.m.start, x.m.end, windows)
            and (x.role == "intercepted" or x.role is None and _all_of_a_downing(i, ctx))
            and (_ALL_BEFORE.search(ctx.grounded[max(0, x.m.start - 30):x.m.start])
                 or x.m.text.lower().startswith("both"))]


_INCLUDING_ALL = re.compile(rf"{INCLUDING}\s*(?:all|both)\s+$", re.I)


def _all_of_a_downing(i: int, ctx: _Context) -> bool:
    """r28 (dev49): "shot down 20 of the 26 missiles, including all four Kinzhals": an "including all N"
    aside after a downed count of its sentence. Whether it tells of the 20 downed or the 26 sent,
    every one of the N was sent: the N are launched."""
    x = ctx.mentions[i]
    return bool(_INCLUDING_ALL.search(ctx.grounded, max(0, x.m.start - 40), x.m.start)) and any(
        p.role == "intercepted" and p.sentence == x.sentence and p.noun in _WEAPON_NOUNS for p in ctx.mentions[:i])


def _all_reached(value: int, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """r13 (dev24 A2): "all six Kinzhals hit their targets", "each of the three missiles struck its
    target": the number inside the words is the wave launched (none of it stopped)."""
    return [(x.m.start, x.m.end, x.m.qualifier) for a, b in windows for m in _ALL_HIT.finditer(ctx.grounded, a, b) if _a_wave(m)
            for x in ctx.mentions if x.m.value == value and m.start() <= x.m.start < m.end() and x.noun in _WEAPON_NOUNS]


def _whole_of(value: int, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """The whole a downed part is told of ("shot down 14 of the 16 missiles", "22 drones out of
    25 were destroyed"): the wave launched."""
    out = []
    for part, whole in zip(ctx.mentions, ctx.mentions[1:]):
        if whole.whole and whole.m.value == value and (whole.role in (None, "launched") or _downed_whole(part, whole, ctx.grounded)) \
                and part.sentence == whole.sentence and whole.noun in _WEAPON_NOUNS \
                and _inside(whole.m.start, whole.m.end, windows) \
                and (part.role == "intercepted" and part.noun in _WEAPON_NOUNS or _part_downed_after(part, whole, ctx.grounded)):
            out.append((whole.m.start, whole.m.end, whole.m.qualifier))
    for whole, part in zip(ctx.mentions, ctx.mentions[1:]):  # r27: the whole told first, "Of the 75 drones and
        # missiles, 61 were stopped": the part after it is the downed one
        if whole.m.value == value and part.sentence == whole.sentence and whole.noun in _WEAPON_NOUNS \
                and part.role == "intercepted" and _inside(whole.m.start, whole.m.end, windows) \
                and _FRONTED_OF.search(ctx.grounded, max(0, whole.m.start - 30), whole.m.start) \
                and _FRONTED_GAP.fullmatch(ctx.grounded, whole.m.end, part.m.start):
            out.append((whole.m.start, whole.m.end, whole.m.qualifier))
    return out


# a whole fronted by "Of the", its weapon noun and a comma before the part ("Of the 40 drones launched, 31 ...")
_FRONTED_OF = re.compile(r"(?:^|[.;:!?]\s+|\n\s*|,\s+)(?:[Oo]f|[Oo]ut\s+of)\s+(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?$")
_FRONTED_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*,\s*", re.I)


# "four of the seven rockets were brought down", "nine out of 11 drones had been destroyed": the part is
# the subject of a passive verb of stopping told after the whole's noun
_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?", re.I)
# the passive verbs of stopping both readers below use ("were shot down", "had been destroyed")
_DOWNED_CORE = r"shot\s+down|brought\s+down|downed|intercepted|destroyed|neutrali[sz]ed"
_DOWNED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:were|was|had\s+been|have\s+been|got)\s+(?:all\s+|successfully\s+)?"
                           rf"(?:{_DOWNED_CORE}|taken\s+down|stopped|repelled|repulsed|jammed|suppressed)\b", re.I)


def _downed_whole(part: _Mention, whole: _Mention, text: str) -> bool:
    """r47 (dev69): a whole right after its downed part takes the part's cue ("shot down: 55 of the 88
    drones", the colon's cue reaching both numbers); the whole is what was sent, never what was downed."""
    return whole.role == "intercepted" and part.role == "intercepted" \
        and _OF_THE.fullmatch(text, part.m.end, whole.m.start) is not None


# the passive verb of stopping after the whole's long phrase, in its clause: "31 of the 36 Geran drones sent
# overnight towards the A and B regions were brought down" (r47, dev70)
_DOWNED_LATER = re.compile(r"[^.;:!?,\d]{0,120}?\b(?:were|was|had\s+been|have\s+been)\s+(?:all\s+|successfully\s+)?"
                           rf"(?:{_DOWNED_CORE})\b", re.I)


def _part_downed_later(value: int, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """The part of "K of the N <weapons> ... were downed": K, however long the whole's phrase."""
    return [(part.m.start, part.m.end, part.m.qualifier) for part, whole in zip(ctx.mentions, ctx.mentions[1:])
            if part.m.value == value and part.role is None and whole.whole and whole.noun in _WEAPON_NOUNS
            and part.sentence == whole.sentence and _inside(part.m.start, part.m.end, windows)
            and _OF_THE.fullmatch(ctx.grounded, part.m.end, whole.m.start) is not None
            and _DOWNED_LATER.match(ctx.grounded, whole.m.end) is not None]


def _part_downed_after(part: _Mention, whole: _Mention, text: str) -> bool:
    return part.role is None and _OF_THE.fullmatch(text, part.m.end, whole.m.start) is not None \
        and _DOWNED_AFTER.match(text, whole.m.end) is not None


def _unhurt(role: str, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """A nil for one person or group, only when the windows count no one for the field: "the
    driver was not hurt" says nothing of the others when three were injured."""
    roles = {"injured"} if role == "injured" else {"injured", "killed"}
    found = [m for a, b in windows for m in _UNHURT.finditer(ctx.grounded, a, b)]
    # the unhurt subject itself ("A man was not hurt" reads "a man" beside "hurt") counts no one
    subject = [(max(0, m.start() - 40), m.start()) for m in found]
    if any(x.role in roles and x.m.value > 0 and _inside(x.m.start, x.m.end, windows)
           and not _inside(x.m.start, x.m.end, subject) for x in ctx.mentions):
        return []
    return [(m.start(), m.end(), Qualifier.exact) for m in found]



def _jammed_sums(value: int, ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """The pairs of figures shot down and jammed, in the windows' sentences, that sum to `value`."""
    from .jamming_sums import jam_pairs

    return [(p.start, p.end, Qualifier.exact) for s in ctx.sentences if _inside(s.start, s.end, windows) or
            any(a < s.end and s.start < b for a, b in windows)
            for p in jam_pairs(ctx.grounded, s.start, s.end) if p.total == value and _inside(p.start, p.end, windows)]


def implied_values(text: str) -> frozenset[int]:
    """The differences "all but K" implies (N - K for each number N before it in its sentence, or
    in the sentence before when its own has none), and the sums of a wave's figures shot down and
    jammed (`jamming_sums`):
    numbers the article gives without writing them, so the draft validator asks no re-ask."""
    from ..numbers import find_numbers

    from .jamming_sums import jam_pairs

    sums = {p.total for p in jam_pairs(text, 0, len(text))}  # "47 shot down and 26 jammed": 73 (r14)
    if not _ALL_BUT_ANYWHERE.search(text):  # most articles: skip building the context (~5 ms)
        return frozenset(sums)
    ctx = _context(text)
    out: set[int] = set()
    for i, s in enumerate(ctx.sentences):
        for m in ALL_BUT.finditer(ctx.grounded, s.start, s.end):
            k = parse_number(m.group("k"))
            # the whole before it in its sentence, or else in the sentence before ("fired six. ... all but one")
            # (with its own noun, "all but two of the Kinzhals" after "downed 40 of the drones", the
            # sentence before too: the part before it in its sentence may be another weapon's)
            own = find_numbers(ctx.grounded, s.start, m.start())
            wholes = own if own and not after_exception(ctx.grounded, m.end())[1] else own + \
                (find_numbers(ctx.grounded, ctx.sentences[i - 1].start, ctx.sentences[i - 1].end) if i else [])
            wholes += find_numbers(ctx.grounded, m.end(), after_exception(ctx.grounded, m.end())[0])  # "of the 88"
            if k is not None:
                out |= {n.value - k for n in wholes if n.value > k}
    return frozenset(out | sums)
