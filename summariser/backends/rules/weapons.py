"""Weapon counts and their attachment: launched / intercepted figures for the weapons a clause names."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...numbers import NUMBER, NumberMention, is_count_like
from ...records import Count, Qualifier, WeaponType
from ...sentences import Sentence
from .anaphora import anaphoric_hit
from .common import WeaponHit, clause_at, count_of, span_of, weapon_class
from .count_cues import cue_before, cue_for, hit_as_subject, intercept_in, part_before, told_as_hits
from .inline_lists import opener_role
from .launch_parts import launch_parts
from .list_items import header_role
from .respectively import add_respective, respective_run
from .tally_items import excepted_part, nil_items, nil_whole
from .weapon_nils import sole_weapons, weapon_nils
from .whole_counts import all_but_k, all_downed, k_start, none_downed


_MODIFIERS = re.compile(
    r"\s+(?:Russian|Ukrainian|Iranian(?:-made|-designed)?|Russian-made|North\s+Korean(?:-made)?|enemy|"
    r"attack|strike|kamikaze|combat|long-range|unmanned|explosive|additional|other|various|new|more|fixed-wing"
    r"|jet-powered|jet|aircraft-type|aeroplane-type|airplane-type|loitering|suicide"
    r"|[A-Z][\w.]*-(?:made|supplied|built|designed|produced)|American|British|French|German|Western)(?=\s)")  # atk8: origin
# "as well as" starts a new list ("250 drones as well as cruise missiles"): not a conjunct.
_CONJUNCT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")


Found = list[tuple[WeaponType, "str | None", frozenset[str]]]


def _weapon_phrase(text: str, pos: int, end: int) -> tuple[Found, int]:
    """Weapons written from `pos`: '250 Shahed and decoy drones' -> [(type, model)], phrase end
    (the end of the last weapon word)."""
    found: Found = []
    last_end = pos
    while True:
        skipped = ""
        while not _weapon_here(text, pos, end) and (mm := _MODIFIERS.match(text, pos, end)):
            pos, skipped = mm.end(), mm.group(0).strip().lower()
        if skipped and (am := re.match(r"\s+and(?=\s)", text[pos:end])):
            pos += am.end()
            if skipped in ("attack", "strike", "kamikaze", "combat"):  # "attack and decoy drones"
                found.append((WeaponType.drone, None, frozenset({"drone"})))
        ws = re.match(r"\s+", text[pos:end])
        p = pos + (ws.end() if ws else 0)
        w = lx.weapon_at(text, p, end)
        if w is None:
            agg = lx.AGGREGATE_WEAPON.match(text, p, end) if not found else None
            if agg:  # "145 means of air attack": the article's words are the model (codebook rule 9)
                found.append((WeaponType.other, re.sub(r"\s+", " ", agg.group(0)), frozenset({"drone", "missile"})))
                last_end = agg.end()
            break
        m, wtype, model = w
        if wtype is None or lx.WEAPON_AS_MODIFIER.match(text, m.end(), end):
            break
        found.append((wtype, model, frozenset({weapon_class(wtype)})))
        pos = last_end = m.end()
        cj = _CONJUNCT.match(text, pos, end)
        if not cj:
            break
        pos = cj.end() - 1  # keep one space for the modifier/whitespace logic
    return found, last_end

def _weapon_here(text: str, pos: int, end: int) -> bool:
    """A weapon term that starts with a modifier word ("unmanned aerial vehicles"): read it whole."""
    ws = re.match(r"\s+", text[pos:end])
    w = lx.weapon_at(text, pos + (ws.end() if ws else 0), end)
    return w is not None and w[1] is not None and " " in w[0].group(0).strip()


def _combine(found: Found) -> tuple[WeaponType, str | None, frozenset[str]]:
    """One count over several weapon words: same family keeps the first type, mixed is other."""
    if len(found) == 1:
        return found[0]  # one word: its own type and model ("145 means of air attack")
    classes: frozenset[str] = frozenset().union(*(c for _, _, c in found))
    model = next((m for _, m, _ in found if m), None)
    if len(classes) > 1:
        return WeaponType.other, None, classes
    types = {t for t, _, _ in found}
    if classes == {"missile"} and len(types) > 1:
        return WeaponType.missile, model, classes
    return found[0][0], model, classes


def _mixed_decoys(text: str, m: NumberMention, found: Found, pend: int, end: int) -> tuple[int, int] | None:
    """'200 drones and decoys', '90 drones of various types, including imitators': one combined
    total of attack drones and decoys (codebook rule 9), a weapon of type other whose model is
    the article's words. The span of those words, or None."""
    types = {t for t, _, _ in found}
    start = m.end + len(text[m.end:pend]) - len(text[m.end:pend].lstrip())
    if WeaponType.decoy_drone in types and len(types) > 1:
        return start, pend
    if types == {WeaponType.drone} and (mx := lx.MIXED_DRONES_AFTER.match(text, pend, end)):
        return start, mx.end()
    if types == {WeaponType.drone} and (aside := _MODEL_ASIDE.match(text, pend, end)) and \
            WeaponType.decoy_drone in {t for _, t, _ in lx.iter_weapons(text, *_models_span(aside))}:
        # "90 drones (Shahed, Gerbera)", "97 drones of the Geran and Gerbera types", "143 drones,
        # including Shaheds and Gerberas": a decoy named beside them (dev18 B7, rulings D4 and dev19 D2)
        return start, aside.end()
    return None


# A bracket of model names right after a weapon count: "120 drones (Shahed, Gerbera and others)".
_MODEL_BRACKET = re.compile(r"\s*\(([^()]{1,120})\)")
# The models of a count told in an aside, in any word order: a bracket, "of the A and B types",
# "of the A type and B decoys", ", including A and B".
_MODEL_ASIDE = re.compile(
    r"\s*\((?P<models>[^()]{1,120})\)"
    r"|\s+of\s+the\s+(?P<models2>[^;.()]{1,80}?\btypes?\b(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:decoys?|drones?|UAVs))?)"
    r"|\s*,?\s+(?:including|among\s+them|in\s+particular)\s+(?P<models3>[^;.()]{1,80}?)"
    r"(?=\s*[;.]|\s*$|,\s+(?!and\b)|\s+(?:at|against|on|over|were|was|of\s+which)\b)", re.I)


def _models_span(aside: re.Match[str]) -> tuple[int, int]:
    """Where the models of an aside stand, whichever form it took."""
    name = next(n for n in ("models", "models2", "models3") if aside.group(n) is not None)
    return aside.start(name), aside.end(name)
_SPLIT = re.compile(r"(?<![\w-])\d+(?![\w-])|\b(?:including|of\s+which|among\s+them)\b", re.I)  # a split of the count, not its models


def _bracket_models(text: str, wtype: WeaponType, pend: int, end: int) -> tuple[WeaponType, str | None] | None:
    """'12 missiles (Kalibr and Kh-101)': the bracket names the count's models, all of one precise
    type of the same family: that type and the first model (one entry, dev18 B7), else None."""
    br = _MODEL_BRACKET.match(text, pend, end)
    if br is None or wtype not in (WeaponType.missile, WeaponType.drone) or _SPLIT.search(br.group(1)):
        return None
    named = [(t, model) for _, t, model in lx.iter_weapons(text, br.start(1), br.end(1))]
    types = {t for t, _ in named}
    if len(types) != 1 or weapon_class(next(iter(types))) != weapon_class(wtype):
        return None
    return next(iter(types)), next((model for _, model in named if model), None)


# "one weapon" written without a numeral, as a list item or right after its verb: "... and a
# Kinzhal", "fired an Iskander-M". The article word is the count; the weapon follows it.
_ONE_WEAPON = re.compile(r"\b(?:a|an)(?=\s+(?:hypersonic\s+|ballistic\s+|cruise\s+|guided\s+|attack\s+)?"
                         r"(?:Iskander|Kalibr|Kinzhal|Kh-\d|Shahed|Geran|Tomahawk|Neptune|Oreshnik|ATACMS"
                         r"|ballistic\s+missile|cruise\s+missile|glide\s+bomb|missile|drone)\b)", re.I)
_VERB_JUST_BEFORE = re.compile(r"\b(?:launched|fired|sent|unleashed|shot\s+down|intercepted|downed|destroyed)\s+$", re.I)
# "downed 36 of the drones": a part of weapons already counted.
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those)(?=\s)", re.I)
# An aside inside a list ("of which 40 were shot down", "including 70 Shaheds") and the joint
# between two items: the list's verb carries over to every item.
# dev18 B7: so is a bracket ("120 drones (Shahed, Gerbera) plus 18 missiles"): balanced, skipped whole.
_ASIDE = re.compile(r",\s*(?:including|of\s+which|of\s+them|among\s+them)\b[^,;:]*(?=,)|\s*\([^()]{1,120}\)|^[^()]{0,120}\)", re.I)
# A colon after a counted total opens its breakdown: "145 drones and missiles: 7 Iskander-M and 138 Shahed".
_LIST_GAP = (r"\s*(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+|\s+as\s+well\s+as\s+|\s*:\s*"
             r"|,?\s+(?:along|together|coupled)\s+with\s+|,?\s+(?:and\s+)?(?:also|another|a\s+further)\s+)")
# A few words may close the first item ("across Ukraine overnight", "at Kyiv"), never a verb.
_LIST_GAP_WORDS = re.compile(rf"(?P<words>(?:\s+[A-Za-z'’-]+){{0,6}}?){_LIST_GAP}", re.I)
_LIST_GAP_VERB = re.compile(rf"{lx.LAUNCH_CUES.pattern}|{lx.INTERCEPT_CUES.pattern}"
                            r"|\b(?:were|was|is|are|had|have|has|killed|injured|wounded|hit|struck)\b", re.I)


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
    gap = _ASIDE.sub("", text[end:pos])
    m = _LIST_GAP_WORDS.fullmatch(gap)  # "55 drones across Ukraine, of which 41 were shot down, and two missiles"
    return role if m and not _LIST_GAP_VERB.search(m.group("words")) else None


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
    mentions = sorted([*numbers, *ones], key=lambda m: m.start)
    for m in mentions:
        if m.start in used or m.value == 0 or not is_count_like(text, m) or lx.VAGUE_QUANTITY.match(m.text):
            continue  # "destroyed dozens of drones": no figure to record
        found, pend = _weapon_phrase(text, m.end, s.end)
        if not found and (ot := _OF_THE.match(text, m.end, s.end)):
            found, pend = _weapon_phrase(text, ot.end(), s.end)  # "downed 36 of the drones"
        c0, c1 = _across_quotes(text, s, clause_at(text, s, m.start))
        if found and told_as_hits(text, c0, m):
            continue  # "hits by 25 drones were registered": hits, not a launch (dev20 B1)
        if found:
            wtype, model, classes = _combine(found)
            if (mixed := _mixed_decoys(text, m, found, pend, s.end)) is not None:
                wtype, model, pend = WeaponType.other, text[mixed[0]:mixed[1]], mixed[1]
            elif (named := _bracket_models(text, wtype, pend, s.end)) is not None:
                wtype, model = named
            cue = cue_for(text, c0, c1, m) or ("launched" if hit_as_subject(text, pend, m.value) else None)  # r14 D1a
            listed = _list_role(text, items, m.start) if not _ITEM_IS_SUBJECT.match(text, pend, s.end) else None
            if listed and not cue_before(text, c0, m):
                cue = listed
            if cue is None and not _ITEM_IS_SUBJECT.match(text, pend, s.end):
                cue = header_role(text, s)  # "– 90 drones;" under "Shot down by 08:00:": the header's verb
            if cue is None and not _ITEM_IS_SUBJECT.match(text, pend, s.end):
                cue = opener_role(text, s, m.start)  # "were aimed at Ukraine: 131 Shaheds, ..." (r5atk B3)
            if m.start in singles and not _one_is_counted(text, s, m, pend, listed, numbers):
                continue
            count = count_of(text, m) if m.start not in singles else \
                Count(value=1, evidence=span_of(text, m.start, pend))
            part = part_before(text, numbers, m)
            hit = WeaponHit(wtype, model, classes=classes)
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
                setattr(hit, cue, count)
                items.append((pend, cue))
            hits.append(hit)
        elif part_before(text, numbers, m) is not None:
            continue  # "40 of the 52 were shot down": the total, read with its part (`_part_of_total`)
        elif (bare := _bare_count(text, s, c0, c1, m, hits, numbers)) is not None:
            hits.append(bare)
    all_downed(text, s, hits)
    add_respective(text, respective, hits)
    all_but_k(text, numbers, hits, all_but)
    none_downed(text, s, hits)
    nil_items(text, s, hits)  # "- no Kinzhals;" under "Shot down:": 0 stopped (dev19 A3)
    sole_weapons(text, s, hits)  # "the lone Kinzhal fired at X": 1 launched (dev20 B9)
    weapon_nils(text, s, hits)  # "No missiles were intercepted": 0 stopped (dev20 B9)
    return hits


# A number that stands alone, its weapon understood ("destroyed 62.", "62 were downed", "took out
# 62 over the sea"): no noun follows it, only punctuation, a verb or a preposition.
_BARE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:of\s+(?:them|these|those|which)|more|others|over|above|in|across|on|near"
    r"|and|were|was|had|have|by|during|overnight|while|before|after|as|with|from|at|within)\b", re.I)
_INTERCEPT_JUST_BEFORE = re.compile(rf"(?:{lx.INTERCEPT_CUES.pattern})\s+(?:a\s+further\s+|another\s+|all\s+)?$", re.I)
_LAUNCHED_PART = re.compile(rf"^(?:\s+(?:were|had\s+been|have\s+been|was))?\s+(?:{lx.LAUNCH_CUES.pattern})", re.I)
_OUT_OF_BEFORE = re.compile(r"\b(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.I)
# Verbs of interception that also mean destroying anything else: with a bare number they count
# weapons only where air defence is named.
_DESTROY = re.compile(r"destroy|eliminat|t(?:ook|ake|akes|aking|aken)\s+out|knock", re.I)
_AIR_DEFENCE = re.compile(r"\bair[- ]defen[cs]es?|\banti-aircraft|\bair\s+force|\bmobile\s+fire|\binterceptors?\b"
                          r"|\b(?:shot|shoot|brought|bring)\s+down|\bintercept", re.I)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether)\b", re.I)
_OF_A_NUMBER_AFTER = re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+)?(?=(?:{NUMBER})\b|a\s+total)", re.I)
# The total of "N of the M" written without its weapon: "40 of the 52," "40 of the 52 launched",
# "forty of the fifty-two were shot down".
_BARE_TOTAL = re.compile(rf"(?:a\s+total\s+of\s+)?(?:{NUMBER})(?:\s*[,.;:)\u2014\u2013]|\s*$|\s+(?:launched|fired|sent|that|"
                         r"which|it|Russia|Ukraine|were|was|had|have)\b)", re.I)


def _bare_total_after(text: str, pos: int, end: int) -> bool:
    return _BARE_TOTAL.match(text[:end], pos) is not None


def _bare_count(text: str, s: Sentence, c0: int, c1: int, m: NumberMention, hits: list[WeaponHit],
                numbers: list[NumberMention]) -> WeaponHit | None:
    """A count written without its weapon, the weapon counted just before (in the sentence, or
    the sentence before: `resolve_anaphora`): "took out 62", "62 were shot down", "36 of them",
    "shot down 62 out of 80 launched". None when the number is not such a part."""
    if (of_total := _OF_A_NUMBER_AFTER.match(text, m.end, c1)) is not None:
        if not _bare_total_after(text, of_total.end(), c1):
            return None  # "62 out of 80 drones": the total after it carries both figures
        return _part_of_total(text, c1, m, hits, numbers) if cue_for(text, c0, c1, m) == "intercepted" else None
    if lx.NOT_INTERCEPTED.search(text, *_own_stretch(text, c0, c1, m)):
        return None  # "118 were shot down and 20 were lost from radar": only the 20 were lost
    after_ok = _BARE_AFTER.match(text, m.end, s.end) is not None
    verb = _INTERCEPT_JUST_BEFORE.search(text[c0:m.start])
    if verb and _DESTROY.match(verb.group(0)) and not _AIR_DEFENCE.search(text, s.start, s.end):
        verb = None  # "strikes destroyed 12": houses, not drones, unless air defence is the subject
    own = lx.OF_THEM_INTERCEPTED.match(text[m.end:c1])
    if own or (after_ok and (lx.OF_WHICH_BEFORE.search(text[c0:m.start]) or verb)):
        # "Of these, 36 were downed"; "..., claiming 45 were shot down": the number's own verb
        # of downing (never "destroyed", said of houses too) makes it an interception
        if hits or cue_for(text, s.start, s.end, m) == "intercepted" or (own and not _DESTROY.search(own.group(0))):
            return anaphoric_hit(hits, count_of(text, m))
    if _part_of_them(text, c0, c1, m):  # a breakdown by place ("12 of them over X") adds no figure
        return anaphoric_hit(hits, count_of(text, m))
    if _TOTAL_AFTER.match(text, m.end, c1) and (cue := cue_for(text, s.start, s.end, m)):
        return anaphoric_hit(hits, count_of(text, m), cue)  # "drones were downed over A and B, 37 in all"
    if hits and _OUT_OF_BEFORE.search(text[c0:m.start]) and _LAUNCHED_PART.match(text[m.end:c1]):
        last = hits[-1]  # "62 drones were shot down out of 80 launched": the total of the weapon just counted
        if last.launched is None:
            return WeaponHit(last.type, last.model, launched=count_of(text, m), classes=last.classes)
    return None


def _part_of_total(text: str, c1: int, m: NumberMention, hits: list[WeaponHit],
                   numbers: list[NumberMention]) -> WeaponHit:
    """'downed 40 of the 52': the part was downed, the total is the weapons counted before;
    'shot down 40 out of 52 launched (drones)': the total is told here as launched."""
    hit = anaphoric_hit(hits, count_of(text, m))
    total = next((n for n in numbers if n.start > m.end), None)
    launch = _LAUNCHED_PART.match(text[total.end:c1]) if total is not None else None
    if total is None or launch is None:
        return hit
    hit.launched = count_of(text, total)
    found, _ = _weapon_phrase(text, total.end + launch.end(), c1)
    if found:  # "40 out of 52 launched drones"
        hit.type, hit.model, hit.classes = _combine(found)
        hit.anaphoric = False
    return hit


# r9: "118 were shot down and 20 were lost from radar": two figures, each with its own verb
_NEXT_FIGURE = re.compile(r"\s+(?:and|while|but|whereas)\s+(?=(?:another\s+)?\d)", re.I)


def _own_stretch(text: str, c0: int, c1: int, m: NumberMention) -> tuple[int, int]:
    """The part of the clause that belongs to the figure at `m`: up to the next "and <figure>",
    from the last one before it."""
    before = [b.end() for b in _NEXT_FIGURE.finditer(text, c0, m.start)]
    after = _NEXT_FIGURE.search(text, m.end, c1)
    return (before[-1] if before else c0), (after.start() if after else c1)


def _across_quotes(text: str, s: Sentence, clause: tuple[int, int]) -> tuple[int, int]:
    """A quoted verb belongs to the clause it stands in: 'had "intercepted and destroyed" 112 drones'."""
    c0, c1 = clause
    for _ in range(2):  # back over the closing quote, then over the opening one
        if c0 > s.start and text[c0 - 1] in '"\u201c\u201d':
            c0 = clause_at(text, s, max(s.start, c0 - 2))[0]
    return c0, c1


def _part_of_them(text: str, c0: int, c1: int, m: NumberMention) -> bool | None:
    """'shot down 36 of them', '36 of these were intercepted': True for an intercepted part of
    weapons counted before; False for a breakdown by place ('12 of them over the X region', a part
    of a total already given); None when the number is not such a part."""
    om = lx.OF_THEM.match(text, m.end, c1)
    if om is None or lx.NOT_INTERCEPTED.search(text, c0, c1):
        return None
    if lx.BREAKDOWN_AFTER.match(text, om.end(), c1):
        return False
    return True if cue_for(text, c0, c1, m) == "intercepted" else None


def find_weapon_types(text: str, s: Sentence) -> list[WeaponHit]:
    out = []
    for m, wtype, model in lx.iter_weapons(text, s.start, s.end):
        out.append(WeaponHit(wtype, model, classes=frozenset({weapon_class(wtype)})))
    return out
