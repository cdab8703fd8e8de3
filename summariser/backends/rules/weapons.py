"""Weapon counts and their attachment: launched / intercepted figures for the weapons a clause names,
and the lists whose items share one verb. What a count counts is read in `weapon_phrases`; a count
written without its weapon in `bare_counts`."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import NUMBER_WORD, NumberMention, is_count_like
from ...records import Count, Qualifier, WeaponType
from ...sentences import Sentence
from .bare_counts import bare_count
from .both_weapons import both_weapons
from .common import WeaponHit, clause_at, count_of, span_of, weapon_class
from .count_cues import (cue_before, cue_for, hit_as_subject, intercept_in, larger_told, part_before, told_as_hits,
                         verb_across_aside, verb_across_ellipsis)
from .inline_lists import opener_role
from .jammed_sums import add_jammed
from .launch_parts import launch_parts
from .list_items import header_role
from .respectively import add_respective, respective_run
from .tally_items import excepted_part, nil_items, nil_whole
from .weapon_nils import passed_unstopped, sole_weapons, weapon_nils
from .weapon_phrases import bracket_models, combine_weapons, mixed_decoys, past_model_aside, weapon_phrase
from .whole_counts import all_but_k, all_counted, all_downed, all_named_downed, k_start, none_downed


# "one weapon" written without a numeral, as a list item or right after its verb: "... and a
# Kinzhal", "fired an Iskander-M". The article word is the count; the weapon follows it.
_ONE_WEAPON = re.compile(r"\b(?:a|an)(?=\s+(?:hypersonic\s+|ballistic\s+|cruise\s+|guided\s+|attack\s+)?"
                         r"(?:Iskander|Kalibr|Kinzhal|Kh-\d|Shahed|Geran|Tomahawk|Neptune|Oreshnik|ATACMS"
                         r"|ballistic\s+missile|cruise\s+missile|glide\s+bomb|missile|drone)\b)", re.I)
_VERB_JUST_BEFORE = re.compile(r"\b(?:launched|fired|sent|unleashed|hurled|flung|lobbed|shot\s+down|intercepted|downed|destroyed)\s+$", re.I)
# dev31-N5: "officials counted 14 downed drones": the figure before its participle is downed
_DOWNED_PARTICIPLE = re.compile(rf"\s+(?:{cues.alternation('rules_counts', 'downed_participles')})(?=\s)", re.I)
# "downed 36 of the drones": a part of weapons already counted.
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those)(?=\s)", re.I)
# An aside inside a list ("of which 40 were shot down", "including 70 Shaheds") and the joint
# between two items: the list's verb carries over to every item.
# dev18 B7: so is a bracket ("120 drones (Shahed, Gerbera) plus 18 missiles"): balanced, skipped whole.
_ASIDE = re.compile(rf"{lx.PARTITIVE_ASIDE.pattern}|\s*\([^()]{{1,120}}\)|^[^()]{{0,120}}\)", re.I)  # (r33: "…, 90 of them downed, …")
# A colon after a counted total opens its breakdown: "145 drones and missiles: 7 Iskander-M and 138 Shahed".
# dev31-N5: an aside may stand in the joint ("..., and, on top of that, six cruise missiles")
_LIST_GAP = (rf"\s*(?:,?\s+and\s*,\s*(?:{cues.alternation('rules_counts', 'list_interjections')})\s*,\s*"
             r"|,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+|\s+as\s+well\s+as\s+|\s*:\s*"
             r"|,?\s+(?:along|together|coupled)\s+with\s+|,?\s+(?:and\s+)?(?:also|another|a\s+further)\s+)")
# A few words may close the first item ("across Ukraine overnight", "at Kyiv"), never a verb.
_LIST_GAP_WORDS = re.compile(rf"(?P<words>(?:\s+[A-Za-z'’-]+){{0,6}}?){_LIST_GAP}", re.I)
_LIST_GAP_VERB = re.compile(rf"{lx.LAUNCH_CUES.pattern}|{lx.INTERCEPT_CUES.pattern}"
                            r"|\b(?:were|was|is|are|had|have|has|killed|injured|wounded|hit|struck)\b", re.I)


# the next item of a weapons list, after a comma ("120 drones, two ballistic and eight cruise missiles were …")
_NEXT_ITEM = re.compile(rf",\s+(?:and\s+)?(?:\d[\d,]*|{NUMBER_WORD})\s+(?:[\w-]+\s+){{0,2}}?(?:{lx.WEAPON_WORD_ALT}|ballistic|cruise)", re.I)
_COMITATIVE_GAP = re.compile(r"(?P<words>(?:\s+[A-Za-z'’-]+){1,6}?),?\s+(?:along|together|coupled)\s+with\s+", re.I)
_HIT_VERBS = r"|\b(?:killed|injured|wounded|hit|struck)\b"
_OTHER_VERB = {"launched": re.compile(lx.INTERCEPT_CUES.pattern + _HIT_VERBS, re.I),
               "intercepted": re.compile(lx.LAUNCH_CUES.pattern + _HIT_VERBS, re.I)}


# "..., and three missiles hit the city": a new clause with its own verb, not a list item (hits are not launches).
_ITEM_IS_SUBJECT = re.compile(r"\s+(?:also\s+)?(?:hit|hits|struck|slammed|landed|crashed|exploded|fell|damaged|destroyed"
                              r"|killed|injured|wounded|targeted|were|was|had|have|has)\b", re.I)


def _single_weapons(text: str, s: Sentence) -> list[NumberMention]:
    return [NumberMention(1, Qualifier.exact, a.start(), a.end(), a.start(), a.group(0))
            for a in _ONE_WEAPON.finditer(text, s.start, s.end)]


def _one_is_counted(text: str, s: Sentence, m: NumberMention, pend: int, listed: str | None,
                    numbers: list[NumberMention]) -> bool:
    """'a Kinzhal' is a count of one only as a list item ('..., and a Kinzhal') or as the first
    item after the verb ('fired a Kinzhal and 40 drones'); 'a missile hit the building' is not."""
    if listed:
        return True
    if not _VERB_JUST_BEFORE.search(text[max(s.start, m.start - 20):m.start]):
        return False
    following = next((n.start for n in numbers if n.start >= pend), pend)
    return _list_role(text, [(pend, "list")], following) is not None


def _list_role(text: str, items: list[tuple[int, str]], pos: int) -> str | None:
    """The role of the list a weapon count at `pos` continues, if it continues one."""
    if not items:
        return None
    end, role = items[-1]
    gap = lx.ATTRIBUTION_ASIDE.sub("", _ASIDE.sub("", text[end:pos]))  # r32: "..., the air force says, and four missiles"
    m = _LIST_GAP_WORDS.fullmatch(gap)  # "55 drones across Ukraine, of which 41 were shot down, and two missiles"
    return role if m and not _LIST_GAP_VERB.search(m.group("words")) else None


def _comitative_role(text: str, items: list[tuple[int, str]], pos: int) -> str | None:
    """r33: the role of a list whose verb stands before a comitative that adds the count at `pos` to its
    subject ("120 drones had been sent overnight, 90 of them downed, along with four cruise missiles"), when
    no verb of another role stands between outside an aside."""
    if not items:
        return None
    end, role = items[-1]
    c = _COMITATIVE_GAP.fullmatch(lx.ATTRIBUTION_ASIDE.sub("", _ASIDE.sub("", text[end:pos])))
    return role if c and not _OTHER_VERB[role].search(c.group("words")) else None


def find_weapon_counts(text: str, s: Sentence, numbers: list[NumberMention], used: set[int]) -> list[WeaponHit]:
    """'Russia launched 120 drones', '95 were shot down': counts with the cue that fits.
    Items of one list share its verb: 'fired 40 Shaheds, three Kalibrs and a Kinzhal'."""
    hits = launch_parts(text, s, numbers)  # "Forty of the weapons were missiles": the parts first
    items: list[tuple[int, str]] = []  # (end of the weapon phrase, role) of each list item so far
    ones = _single_weapons(text, s)
    singles = {m.start for m in ones}
    all_but = list(lx.ALL_BUT.finditer(text, s.start, s.end))
    all_but_ks = {k_start(ab) for ab in all_but}
    nils = [(n.start(), n.end()) for n in lx.NONE_DOWNED.finditer(text, s.start, s.end)]  # "not one of them": no 1
    respective = respective_run(text, s, numbers)
    used = used | {m.start for m in numbers if m.start in all_but_ks or any(a <= m.start < b for a, b in nils)} \
        | {m.start for m in respective} | {h.launched.evidence.start for h in hits if h.launched and h.launched.evidence}
    mentions = sorted([*numbers, *ones, *both_weapons(text, s)], key=lambda m: m.start)  # r18: "both missiles hit"
    for m in mentions:
        if m.start in used or m.value == 0 or not is_count_like(text, m) or lx.VAGUE_QUANTITY.match(m.text):
            continue  # "destroyed dozens of drones": no figure to record
        if lx.UNIVERSAL_ONE_BEFORE.search(text, max(s.start, m.start - 20), m.start):
            continue  # "every one of the Kalibrs": the whole, read by `all_named_downed`, not a count of one
        found, pend = weapon_phrase(text, m.end, s.end)
        partitive = False
        if not found and (ot := _OF_THE.match(text, m.end, s.end)):
            found, pend = weapon_phrase(text, ot.end(), s.end)  # "downed 36 of the drones"
            partitive = bool(found)
        downed_before = False
        if not found and (dp := _DOWNED_PARTICIPLE.match(text, m.end, s.end)):
            found, pend = weapon_phrase(text, dp.end(), s.end)  # "14 downed drones"
            downed_before = bool(found)
        c0, c1 = _across_quotes(text, s, clause_at(text, s, m.start))
        if found and (nxt := _NEXT_ITEM.match(text, past_model_aside(text, pend, s.end), s.end)):  # r33: "120 drones,
            # two ballistic and eight cruise missiles were shot down": the list's verb after it (r34: past "of the X type")
            c1 = max(c1, clause_at(text, s, nxt.end())[1])
        c0 = verb_across_aside(text, s.start, c0)  # r22 (dev42 L3): "downed, the ministry said, three missiles"
        c0 = verb_across_ellipsis(text, s.start, c0, m.start)  # "..., as were 40 of the drones": the verb before
        if found and told_as_hits(text, c0, m):
            continue  # "hits by 25 drones were registered": hits, not a launch (dev20 B1)
        if found:
            wtype, model, classes = combine_weapons(found)
            if (mixed := mixed_decoys(text, m, found, pend, s.end)) is not None:
                wtype, model, pend = WeaponType.other, text[mixed[0]:mixed[1]], mixed[1]
            elif (named := bracket_models(text, wtype, pend, s.end)) is not None:
                wtype, model = named
            cue = cue_for(text, c0, c1, m)  # r14, r15: the weapons counted as the subject of their hit are launched
            by_hit = cue != "intercepted" and hit_as_subject(text, pend, m) and (cue is not None or not larger_told(
                hits, wtype, m.value))
            cue = cue or ("launched" if by_hit else None)
            cue = "intercepted" if downed_before else cue
            listed = _list_role(text, items, m.start) if not _ITEM_IS_SUBJECT.match(text, pend, s.end) else None
            if listed and not cue_before(text, c0, m) and not (partitive and cue):
                # r44: "sent 80 missiles and 120 drones, and 45 of the missiles and 75 of the drones were
                # destroyed": a part of the weapons told takes its own clause's verb, not the list's before it
                cue = listed
            elif not _ITEM_IS_SUBJECT.match(text, pend, s.end) and (joined := _comitative_role(text, items, m.start)):
                cue = joined  # "…, along with two missiles": the list's verb, past its parts' aside (r33)
            if cue is None and not _ITEM_IS_SUBJECT.match(text, pend, s.end):
                cue = header_role(text, s)  # "– 90 drones;" under "Shot down by 08:00:": the header's verb
            if cue is None and not _ITEM_IS_SUBJECT.match(text, pend, s.end):
                cue = opener_role(text, s, m.start)  # "were aimed at Ukraine: 131 Shaheds, ..." (r5atk B3)
            if m.start in singles and not _one_is_counted(text, s, m, pend, listed, numbers):
                continue
            count = count_of(text, m) if m.start not in singles else \
                Count(value=1, evidence=span_of(text, m.start, pend))
            part = part_before(text, numbers, m)
            hit = WeaponHit(wtype, model, classes=classes, by_hit=by_hit)
            if part is not None and cue == "intercepted" and excepted_part(text, c0, part, pend, s.end):
                all_but_ks.add(part.start)  # "- all but two of the 12 Kalibrs;" under "Shot down:" (dev19 A3)
            if part is None and cue == "intercepted" and nil_whole(text, c0, m, pend, s.end):
                # "- not one of the 3 Iskander-M missiles;" under "Shot down:": 3 launched, none stopped (dev19 A3)
                hit.launched, hit.intercepted = count, Count(value=0, evidence=span_of(text, m.start, pend))
                hits.append(hit)
                continue
            if part is not None and part.start in all_but_ks:
                # "shot down all but 12 of the 52 drones": 52 launched, the 12 got through
                hit.launched = count
                if part.value < m.value:
                    hit.intercepted = Count(value=m.value - part.value, qualifier=count.qualifier,
                                            evidence=span_of(text, part.start, pend))
            elif part is not None:
                # "shot down 35 of 49 drones": 49 were launched, 35 intercepted; "64 of the 80 drones
                # Russia fired were intercepted": the part takes the clause's intercept verb wherever it stands
                hit.launched = count
                if (cue == "intercepted" or intercept_in(text, c0, c1)) and part.value <= m.value:
                    hit.intercepted = count_of(text, part)
            elif cue is not None:
                if cue == "intercepted" and lx.SHARE_OF_WHOLE_BEFORE.search(text, max(s.start, m.start - 40), m.start):
                    cue = "launched"  # r20 (dev37 C4): "downed most of the 20 drones": 20 launched, no figure downed
                setattr(hit, cue, count)
                items.append((pend, cue))
            hits.append(hit)
        elif part_before(text, numbers, m) is not None:
            continue  # "40 of the 52 were shot down": the total, read with its part (`_part_of_total`)
        elif (bare := bare_count(text, s, c0, c1, m, hits, numbers)) is not None:
            hits.append(bare)
    all_downed(text, s, hits)
    all_counted(text, s, hits)  # "shot down all 31 missiles": 31 launched (r47 dev69)
    all_named_downed(text, s, hits)  # "shot down all the Kalibrs": the Kalibrs launched (r21 dev39 C1)
    add_respective(text, respective, hits)
    all_but_k(text, numbers, hits, all_but)
    none_downed(text, s, hits)
    nil_items(text, s, hits)  # "- no Kinzhals;" under "Shot down:": 0 stopped (dev19 A3)
    sole_weapons(text, s, hits)  # "the lone Kinzhal fired at X": 1 launched (dev20 B9)
    weapon_nils(text, s, hits)  # "No missiles were intercepted": 0 stopped (dev20 B9)
    passed_unstopped(text, s, hits)  # "all three got through without being intercepted": 0 stopped (dev31-N5)
    add_jammed(text, s, hits)  # "47 shot down and 26 jammed": intercepted 73 (codebook 3, r14)
    return hits


def _across_quotes(text: str, s: Sentence, clause: tuple[int, int]) -> tuple[int, int]:
    """A quoted verb belongs to the clause it stands in: 'had "intercepted and destroyed" 112 drones'."""
    c0, c1 = clause
    for _ in range(2):  # back over the closing quote, then over the opening one
        if c0 > s.start and text[c0 - 1] in '"\u201c\u201d':
            c0 = clause_at(text, s, max(s.start, c0 - 2))[0]
    return c0, c1


def find_weapon_types(text: str, s: Sentence) -> list[WeaponHit]:
    out = []
    for m, wtype, model in lx.iter_weapons(text, s.start, s.end):
        if lx.ALERT_AFTER_WEAPON.match(text, m.end(), s.end):
            continue  # "a missile alarm sounded over X": a warning, no weapon used (r20, dev38 A3)
        out.append(WeaponHit(wtype, model, classes=frozenset({weapon_class(wtype)})))
    return out
