"""Counts: a count must be a number the article states, in or next to the record's evidence,
beside a cue that fits the field ("killed five" grounds killed=5, "17 drones" never does).

`count_support` says why a value holds, in order: the number sits beside a cue for the field
(`stated`, or `implied` for "a woman", "its driver"); an explicit nil grounds 0 ("no one was
hurt", `implied`); a number no cue governs is accepted when the clause it sits in (to the
nearest `;`, `:`, bracket or dash, in either direction) holds a cue for the field and none for a
rival field. A number governed by another field's cue is never moved ("killing 3 and injuring 5"
never grounds injured=3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..articles.site_people import NO_SITE_PERSON, SITE_OWNER, site_nils
from ..knowledge import cues as cue_data
from ..lexicon.weapons import PARTITIVE_ASIDE, WEAPON_WORD
from ..numbers import COUNT_RE, NumberMention, parse_number
from ..records import Qualifier, Span, Support
from ..sentences import LIST_BULLET, sentence_at
from . import vocabulary
from .context import Window, _Context, _context
from .derived import derived_hits, list_block
from .hit_counts import hits_told_before
from .cue_gaps import HARD_STOP as _HARD_STOP
from .role_cues import _BACK, _FWD, _FWD_WEAPON, _TOLL, _fits_noun
from .groups import implied_group
from .partitives import coordinated_part
from .asides import aside_hits, among_role
from .brackets import blank_brackets
from .fragments import fragment_hits
from .weapon_rows import row_launch_hits
from .people import _FAMILY, IMPLIED_DETERMINER, NAMED_PERSON, PAIR

if TYPE_CHECKING:
    from typing_extensions import TypeIs  # typing.TypeIs is Python 3.13+

# Which cue role a count field needs.
FIELD_ROLE = {
    "killed": "killed", "children_killed": "killed",
    "injured": "injured", "children_injured": "injured",
    "launched": "launched", "intercepted": "intercepted",
}
CUE_WORDS = {
    "killed": "killed/dead/died",
    "injured": "injured/wounded/hurt",
    "launched": "launched/fired",
    "intercepted": "shot down/intercepted/destroyed",
}


def evidence_windows(spans: Iterable[Span], text: str) -> list[Window]:
    """Character windows covering each evidence span's sentence(s) plus one neighbour each side
    (a numeral alone, as "2." before a numbered item, is no neighbour); the whole list when the
    evidence holds a list's header or one of its items (every item is a sentence of its own)."""
    sents = _context(text).sentences
    if not sents:
        return []
    out: list[Window] = []
    for sp in spans:
        a = sentence_at(sents, sp.start)
        b = sentence_at(sents, max(sp.start, sp.end - 1))
        a = _neighbour(text, sents, a, -1)
        b = _neighbour(text, sents, b, +1)
        out.append(_with_list(text, (sents[a].start, sents[b].end)))
    out.sort()
    merged: list[Window] = []
    for w in out:
        if merged and w[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], w[1]))
        else:
            merged.append(w)
    return merged


_NUMERAL_ONLY = re.compile(r"\s*(?:\d{1,2}[.)]|[-–—•*·▪])\s*")


def _neighbour(text: str, sents: Sequence[Any], i: int, step: int) -> int:
    """The index of the first sentence from i + step that is more than a list numeral."""
    j = i + step
    while 0 <= j + step < len(sents) and _NUMERAL_ONLY.fullmatch(text, sents[j].start, sents[j].end):
        j += step
    return min(max(j, 0), len(sents) - 1)


def _with_list(text: str, window: Window) -> Window:
    """The window grown to the run of lists it touches, when it holds a list line: a header
    ending in a colon followed by items, or an item."""
    lo, hi = window
    for line in re.finditer(r"(?m)^[^\n]*", text[:hi]):
        if line.end() < lo or not line.group(0).strip():
            continue
        header = line.group(0).rstrip().endswith(":") and LIST_BULLET.match(text, line.end() + 1) is not None
        if header or LIST_BULLET.match(line.group(0)):
            a, b = list_block(text, line.start())
            lo, hi = min(lo, a), max(hi, b)
    return lo, hi


def ground_count(value: int, field: str, text: str, window: Window | Sequence[Window], *,
                 qualifier: Qualifier | None = None, near: int | None = None) -> NumberMention | None:
    """The mention that states `value` beside a cue fitting `field` inside `window`, or None.

    `field` may be a path ("weapons[0].launched"). When several mentions fit, the one with
    `qualifier` wins, then the one nearest `near`, then the first in the text.
    """
    hits = _candidates(value, field, _context(text), _windows(window))
    if not hits:
        return None
    return min(hits, key=lambda m: (qualifier is not None and m.qualifier != qualifier,
                                    abs(m.start - near) if near is not None else 0, m.start))


@dataclass(frozen=True)
class CountHit:
    """Where a count's value is read, and how strongly."""

    value: int
    qualifier: Qualifier
    start: int
    end: int
    text: str
    support: Support


# An explicit nil: "no one was hurt", "nobody was killed", "no casualties", "without injuries".
NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_NIL_SUBJECT = re.compile(r"\b(?:no\s+one|no-one|nobody|none|not\s+a\s+single\s+(?:person|one|civilian)"
                          r"|no\s+(?:people|civilians|residents|one\s+else)"
                          # r16: the struck site's own people ("no passengers were hurt", "no staff were injured")
                          rf"|no\s+{NO_SITE_PERSON}(?={SITE_OWNER}\s+(?:were|was|had|have)\b))\b", re.I)
# the modifiers a nil's noun phrase may stack before its weapon noun, past the three free words
# ("not one of the three Iskander ballistic missiles", "none of the six Kh-101 cruise missiles": dev22 A4)
_NIL_MODIFIER = (rf"(?:\s+(?:\d+|{NUMBER_WORDS}|{vocabulary.pattern('weapon_modifiers')}|(?-i:[A-Z])[\w]*-\d[\w-]*)){{0,3}}?")
_NIL_WEAPON = re.compile(r"\b(?:neither|none\s+of\s+(?:the|them|these|those)|not\s+(?:a\s+single|one)|no)"
                         r"(?:\s+[\w-]+){0,3}?" + _NIL_MODIFIER + r"\s+(?:missiles?|drones?|rockets?|bombs?|shaheds?|kalibrs?|kinzhals?"
                         r"|iskanders?(?:-[mk])?|projectiles?|uavs?|gerans?|gerberas?|them"
                         # "not one of which was", "neither of the two was": the wave before it
                         r"|(?:which|these|those|\d+|two|three|four|five|six|seven|eight|nine|ten)"
                         r"(?=\s+(?:was|were|had|has|could|did)\b))\b", re.I)
# "the missiles were not intercepted", "the drones weren't shot down" (never "not all of them").
_NIL_WEAPON_NOT = re.compile(r"\b(?:missiles?|drones?|rockets?|bombs?|shaheds?|projectiles?)\s+(?:were|was|had|have)"
                             r"(?:\s+not|n['’]t)(?!\s+(?:all|every|only|just)\b)", re.I)
# the weapons a nil's "which" may refer to: every weapon term ("four Kh-101s, not one of which") and projectiles
_WAVE_WEAPON = re.compile(rf"{WEAPON_WORD.pattern}|\bprojectiles?\b", re.I)
_WAVE_REFERENCE = re.compile(r"(?:which|these|those|\d+|two|three|four|five|six|seven|eight|nine|ten)$", re.I)


def _of_a_wave(text: str, nil: re.Match[str]) -> bool:
    """A nil told of "which" or "the two" refers to the weapons named last before it ("eight
    Iskanders, not one of which was downed"), never to houses counted after them ("drones hit three
    houses, not one of which was destroyed")."""
    if not _WAVE_REFERENCE.search(nil.group(0)):
        return True
    weapons = list(_WAVE_WEAPON.finditer(text, max(0, nil.start() - 60), nil.start()))
    gap = text[weapons[-1].end():nil.start()] if weapons else ""
    return bool(weapons) and not re.search(r"[;:]", gap) and not COUNT_RE.search(gap)


_NIL_NOUN = {
    "killed": r"deaths?|fatalities|dead|casualties|victims|loss\s+of\s+life",
    "injured": r"injur(?:y|ies)|wounded|casualties|victims|injured",
}
# a nil of both roles: the words of both (cues/casualties.yaml nil_harm_both, read by articles/site_people.py
# too), "harm", or both roles told ("no one was killed or injured")
_NIL_BOTH = re.compile(rf"\b(?:{cue_data.alternation('casualties', 'nil_harm_both')}|harm|killed\s+or\s+(?:injured|wounded|hurt)"
                       r"|(?:injured|wounded|hurt)\s+or\s+killed)\b", re.I)
_NIL_END = re.compile(r",|\b(?:but|while|whereas|although|though)\b", re.I)
_NON_PERSON_AFTER = re.compile(rf"\s+of\s+(?:our|the|their|its|his|her|these|those)\s+(?:[\w-]+\s+)?"
                               rf"(?:{cue_data.alternation('casualties', 'non_person_nouns')})\b", re.I)
_RIVAL = {"killed": "injured", "injured": "killed", "launched": "intercepted", "intercepted": "launched"}
# "air-launched": a kind of missile, never a launch (as `lexicon.LAUNCH_CUES`)
_CUE_RE = {role: re.compile(rf"{'(?<!-)' if role == 'launched' else ''}\b(?:{_FWD[role]}|{_BACK[role]}{'|' + _TOLL if role == 'killed' else ''})\b", re.I)
           for role in _FWD}


def count_support(value: int, field: str, text: str, window: Window | Sequence[Window]) -> list[CountHit]:
    """Every reading of `value` for `field` inside `window`, best first ([] when none)."""
    ctx = _context(text)
    windows = _windows(window)
    hits = [_hit(m, Support.implied if _implied(m) else Support.stated) for m in _candidates(value, field, ctx, windows)
            if not _part_of_rival(m, field, ctx, windows)]
    if hits:
        return [_with_lender(h, ctx) for h in hits]
    found = _nil(field, ctx, windows) if value == 0 else _clause_hits(value, field, ctx, windows)
    role = FIELD_ROLE.get(field.rsplit(".", 1)[-1])
    if not found and role in ("launched", "intercepted"):  # "190 of the drones and 12 of the missiles were downed"
        found = [_hit(m, Support.stated) for m in coordinated_part(value, role, ctx, windows)]
    if not found and value and role == "launched":  # "Attack drones - 142 (118 of them downed)"
        found = [_hit(m, Support.stated) for m in row_launch_hits(value, ctx, windows)]
    if not found and value and role is not None:  # "a couple who lived there were killed", "targeted by 31 drones"
        found = [_hit(m, Support.implied) for m in aside_hits(value, role, field.rsplit(".", 1)[-1].startswith("children_"),
                                                               ctx, windows)]
    if not found and value and role in ("killed", "injured") and field.rsplit(".", 1)[-1].startswith("children_"):
        from .kin_ages import kin_age_hits  # "among them a mother and her daughter, aged 41 and 10": 1 child

        found = [CountHit(value, q, a, b, ctx.text[a:b], Support.implied) for a, b, q in kin_age_hits(value, role, ctx, windows)]
    if not found and value and role in ("killed", "injured") and field.rsplit(".", 1)[-1].startswith("children_"):
        from .aged_lists import aged_child_hits  # "a boy of 9 and his 15-year-old cousin among them": 2 children

        found = [CountHit(value, q, a, b, ctx.text[a:b], Support.implied) for a, b, q in aged_child_hits(value, role, ctx, windows)]
    if not found and value and role == "launched":  # "Jets dropped glide bombs. Three of them, the mayor says."
        found = [_hit(m, Support.stated) for m in fragment_hits(value, ctx, windows)]
    if found or role is None or (field.rsplit(".", 1)[-1].startswith("children_") and value):
        return found
    # implied readings ("all but two were downed", "40 drones headed for", "was not hurt")
    return [CountHit(value, q, a, b, ctx.text[a:b], Support.implied)
            for a, b, q in derived_hits(value, role, ctx, windows, _CUE_RE)]


def _with_lender(h: CountHit, ctx: _Context) -> CountHit:
    """A number whose role a fronted partitive lends ("Nine were hurt. Among them were two
    children."): its evidence starts at the count that lends the role, so it holds the cue."""
    from .fronted_partitives import lender_start

    s = next((s for s in ctx.sentences if s.start <= h.start < s.end), None)
    before = [(x.m.start, x.role) for x in ctx.mentions if x.role in ("killed", "injured")]
    start = lender_start(ctx.grounded, s.start, h.start, before) if s is not None else None
    return h if start is None else CountHit(h.value, h.qualifier, start, h.end, ctx.text[start:h.end], h.support)


def _part_of_rival(m: NumberMention, field: str, ctx: _Context, windows: list[Window]) -> bool:
    """A part the verb after its list reads as the rival field ("fired 30 ... and 20 of the drones
    and 3 of the missiles were downed": 20 is downed, never fired); a child "among" the other count."""
    role = FIELD_ROLE.get(field.rsplit(".", 1)[-1])
    if role in ("killed", "injured"):  # "11 injured, a 9-year-old girl among them": injured, never killed
        return among_role(ctx, m) not in (None, role)
    return role in ("launched", "intercepted") and m in coordinated_part(m.value, _RIVAL[role], ctx, windows)


def _implied(m: NumberMention) -> bool:
    """A count the text gives as people, not a numeral: "a woman" (1), "Halyna" (1, a person named
    after a kill verb), "a father and his three daughters" (4, `people._FAMILY`), "an elderly
    couple" (2, `people.PAIR`)."""
    return (bool(IMPLIED_DETERMINER.match(m.text)) and (m.value == 1 or _FAMILY.fullmatch(m.text) is not None)) \
        or (m.value == 1 and NAMED_PERSON.fullmatch(m.text) is not None and parse_number(m.text) is None) \
        or (m.value == 2 and PAIR.fullmatch(m.text) is not None) or implied_group(m.text)


def _hit(m: NumberMention, support: Support) -> CountHit:
    return CountHit(m.value, m.qualifier, m.start, m.end, m.text, support)


def _clause(ctx: _Context, pos: int) -> tuple[int, int]:
    """The stretch of the sentence around `pos` up to the nearest hard stop on each side; a
    colon before `pos` opens a list of what the clause counts ("launched 653: 579 drones, ...")."""
    lo, hi, _words = _clause_words(ctx, pos)
    return lo, hi


def _clause_words(ctx: _Context, pos: int) -> tuple[int, int, str]:
    """`_clause`, with its words: a closed bracket before the number is an aside of the clause, not its
    edge, and its cue is its own ("Downed or jammed (interim figures, 08:15): 402 targets"); the aside is
    blanked, so offsets hold."""
    s = ctx.sentences[sentence_at(ctx.sentences, pos)]
    a, b = s.start, s.end
    words = blank_brackets(ctx.grounded[s.start:pos]) + ctx.grounded[pos:s.end]
    for stop in _HARD_STOP.finditer(words):
        stop_start, stop_end = s.start + stop.start(), s.start + stop.end()
        if stop_end <= pos:
            a = a if stop.group(0) == ":" or _label_dash(words, stop, pos - s.start) else stop_end
        elif stop_start >= pos:
            b = stop_start
            break
    return a, b, words[a - s.start:b - s.start]


_EVER = re.compile(r"\s+(?:(?:has|have|had|was|were|is|will|would)\s+)?ever\b", re.I)


def _nil(field: str, ctx: _Context, windows: list[Window]) -> list[CountHit]:
    """0 from an explicit nil. Nobody hurt is nobody killed too; nobody killed says nothing of
    the injured. "Neither missile was intercepted", "none of the drones" ground a weapon 0."""
    role = FIELD_ROLE.get(field.rsplit(".", 1)[-1])
    if role is None:
        return []
    if role in ("launched", "intercepted"):
        subject, cues, noun_nil = _NIL_WEAPON, [_CUE_RE[role]], None
    else:
        subject = _NIL_SUBJECT
        cues = [_CUE_RE["injured"], _NIL_BOTH] + ([_CUE_RE["killed"]] if role == "killed" else [])
        nouns = _NIL_NOUN[role] + ("|" + _NIL_NOUN["injured"] if role == "killed" else "")
        # "no injuries", "no reported deaths", "no reports of casualties" (never "no immediate reports")
        noun_nil = re.compile(rf"\b(?:no|without(?:\s+any)?|zero)\s+(?:reported\s+|reports?\s+of\s+)?(?:{nouns})\b", re.I)
    out = []
    for a, b in windows:
        found = list(noun_nil.finditer(ctx.grounded, a, b)) if noun_nil else []
        subjects = [subject] + ([_NIL_WEAPON_NOT] if subject is _NIL_WEAPON else [])
        for m in (m for sub in subjects for m in sub.finditer(ctx.grounded, a, b)):
            if _NON_PERSON_AFTER.match(ctx.grounded, m.end()):
                continue  # r47: "None of our animals was hurt": no person's nil
            clause = ctx.grounded[m.end():_clause(ctx, m.start())[1]]
            clause = _NIL_END.split(clause, 1)[0]  # "nobody was killed, but three were hurt"
            if _EVER.match(clause):
                continue  # r50: "no visitor has ever been hurt by the old guns": a claim over all time, no event's nil
            if any(c.search(clause) for c in cues) and _of_a_wave(ctx.grounded, m):
                found.append(m)
        out += [CountHit(0, Qualifier.exact, m.start(), m.end(), ctx.text[m.start():m.end()], Support.implied)
                for m in sorted(found, key=lambda m: m.start())]
        if role in ("killed", "injured"):
            out += _site_nil_hits(role, ctx, a, b)
    return out


def _site_nil_hits(role: str, ctx: _Context, a: int, b: int) -> list[CountHit]:
    """r22 (dev41 L2): a nil told of the struck site's own people (`articles/site_people`, the
    reader the rules' site_nils use: "its workers were unharmed", "none of the crew was hurt"), save
    where its own sentence counts someone killed or hurt ("the crew were unhurt, but two guards were injured").
    Nobody hurt is nobody killed, as for the plain nil above (the backstop in told_zeros fills
    killed only from a death word)."""
    out = []
    for nil in site_nils(ctx.grounded, a, b):
        s = ctx.sentences[sentence_at(ctx.sentences, nil.start)]
        if any(x.role in ("killed", "injured") and x.m.value > 0 and s.start <= x.m.start < s.end for x in ctx.mentions):
            continue
        out.append(CountHit(0, Qualifier.exact, nil.start, nil.end, ctx.text[nil.start:nil.end], Support.implied))
    return out


def _label_dash(words: str, stop: re.Match[str], pos: int) -> bool:
    """A dash between a figure-less label and its figure opens the figure as a colon would
    ("Shot down in total - 98")."""
    return stop.group(0).strip() in "-\u2013\u2014" and not words[stop.end():pos].strip() \
        and not re.search(r"\d", words[:stop.start()])


def _clause_hits(value: int, field: str, ctx: _Context, windows: list[Window]) -> list[CountHit]:
    """Numbers no cue governs, in a clause holding a cue for this field and none for its rival."""
    base = field.rsplit(".", 1)[-1]
    role = FIELD_ROLE.get(base)
    if role is None:
        return []
    out = []
    for x in ctx.mentions:
        if x.m.value != value or x.role is not None or not _fits_noun(role, x.noun) or x.whole:
            continue  # a whole ("27 of the 30 were downed") is not the part its clause's cue counts
        if base.startswith("children_") and not x.child:
            continue
        if not any(a <= x.m.start and x.m.end <= b for a, b in windows):
            continue
        lo, hi, clause = _clause_words(ctx, x.m.start)
        rival_clause = PARTITIVE_ASIDE.sub("", clause) if not _inside_aside(clause, x.m.start - lo) else clause
        cued = _CUE_RE[role].search(clause) or (role == "launched" and x.noun == "weapon" and _TALLY_RE.search(clause)
                                                and not hits_told_before(ctx.grounded, lo, x.m.start))  # never "hits by 12 drones"
        if cued and not _CUE_RE[_RIVAL[role]].search(rival_clause):  # a part's own verb in its aside (r33)
            out.append(_hit(x.m, Support.implied if _implied(x.m) else Support.stated))
    return out


def _inside_aside(clause: str, pos: int) -> bool:
    """The number stands inside a partitive aside of its clause (the aside's verb is its own)."""
    return any(a.start() <= pos < a.end() for a in PARTITIVE_ASIDE.finditer(clause))


# r27: an air force's tally verb launches every weapon count of its clause ("tracked 12 cruise missiles
# of two types and 40 attack drones": 40 too), as a launch verb does
_TALLY_RE = re.compile(rf"\b(?:{_FWD_WEAPON})\b", re.I)


def _one_window(window: Window | Sequence[Window]) -> TypeIs[Window]:
    """A single (start, end) pair rather than a sequence of them."""
    return len(window) == 2 and all(isinstance(x, int) for x in window)


def _windows(window: Window | Sequence[Window]) -> list[Window]:
    if _one_window(window):
        return [(window[0], window[1])]
    return [(a, b) for a, b in window]


def _candidates(value: int, field: str, ctx: _Context, windows: list[Window]) -> list[NumberMention]:
    base = field.rsplit(".", 1)[-1]
    role = FIELD_ROLE.get(base)
    if role is None:
        return []
    return [x.m for x in ctx.mentions
            if x.m.value == value and x.role == role and (x.child or not base.startswith("children_"))
            and any(a <= x.m.start and x.m.end <= b for a, b in windows)]


def _problem(path: str, value: int, ctx: _Context) -> str:
    base = path.rsplit(".", 1)[-1]
    if value == 0:  # a nil is told in words ("none of them was", "no one was"), never as the digit 0
        return (f"{path}=0: the evidence tells no nil for {base} (\"none of the ...\", \"no one was ...\"); "
                f"quote the sentence that says none, or leave {base} null")
    if not any(x.m.value == value for x in ctx.mentions):
        return (f"{path}={value}: the article never states {value} (as digits or words); "
                f"use a number the article gives or leave {base} null")
    extra = " and a child/children word" if base.startswith("children_") else ""
    cue = CUE_WORDS[FIELD_ROLE[base]]
    return (f"{path}={value} does not appear next to a {cue} cue{extra} in the evidence; "
            f"use the number the article gives for {base} or leave it null")


def _count_items(data: dict[str, Any]) -> list[tuple[str, Any]]:
    items = [(name, data.get(name)) for name in FIELD_ROLE if name not in ("launched", "intercepted")]
    for i, w in enumerate(data.get("weapons") or []):
        if isinstance(w, dict):
            items += [(f"weapons[{i}].{name}", w.get(name)) for name in ("launched", "intercepted")]
    return [(p, v) for p, v in items if v is not None]
