"""Casualty counts: killed / injured (children apart) stated next to their cue."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...articles.clause_asides import aside_before, without_asides
from ...knowledge import cues
from ...numbers import NumberMention, is_count_like
from ...records import Count
from ...sentences import Sentence
from .casualty_ordinals import ordinal_casualties
from .colon_lists import colon_list_children
from .common import CountHit, count_of, span_of, toll_told_before
from .aged_persons import aged_persons, doing_persons
from .children_after_toll import children_after_toll, youngest_of_toll
from .described_children import described_children
from .injuries_had import injuries_had
from .hospital_injuries import hospital_injuries
from .found_bodies import found_bodies
from .one_by_one import further_persons
from .pronoun_casualties import pronoun_casualties
from .partitive_casualties import children_of_group, partitive_casualties
from .postposed_asides import is_postposed_part, postposed_children
from .relations import relation_casualties


_AFTER_CASUALTY = re.compile(
    rf"^(?P<fill>(?:\s+{lx.CASUALTY_FILLER}){{0,5}}?)\s+(?P<cue>{lx.KILLED_AFTER}|{lx.INJURED_AFTER})\b", re.I)
# dev30 A6: "leaving four more residents with wounds", "left two guards with burns"
_LEAVING_BEFORE = re.compile(r"\b(?:left|leaving|leaves|leave)\s+$", re.I)
_LEFT_WITH = re.compile(rf"^(?P<fill>(?:\s+{lx.CASUALTY_FILLER}){{0,4}}?)\s+with\s+"
                        rf"(?:{cues.alternation('casualties', 'wounds_left_with')})\b", re.I)
_BEFORE_KILLED = re.compile(rf"\b(?:{lx.KILLED_BEFORE})\s+$", re.I)
_BEFORE_INJURED = re.compile(rf"\b(?:{lx.INJURED_BEFORE})\s+$", re.I)
_KILLED_WORD = re.compile(rf"^(?:{lx.KILLED_AFTER}|{lx.KILLED_BEFORE}|dead|killed|victims|fatalities)$", re.I)
_FIRST_NOUN = re.compile(r"[A-Za-z]+")
# "N bodies" is a toll only where rescuers recover them from a strike's ruins (B6)
_RECOVERED = cues.regex("casualties", "bodies_recovered")
_WINDOW = 200
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|the\s+age\s+of)\s+$"
                         # r5atk B4: "a boy of 15", "a pensioner of 81": an age, not a count
                         rf"|\b(?:a|an|one)\s+(?:{cues.alternation('casualties', 'single_person_nouns')}"
                         rf"|{lx.PERSON_NOUN_ALT})\s+of\s+$", re.I)
# "the strike left a man dead", "leaving a woman hurt" (dev32-A2), "officials reported one man dead" (r47)
_LEFT_BEFORE = re.compile(rf"\b(?:{cues.alternation('casualties', 'object_complement_verbs')})\s+$", re.I)
# r47 (dev70): a toll's verb shared with the person after "and" ("three soldiers died and a nurse wounded")
_SHARED_VERB_BEFORE = re.compile(r"\b(?:killed|injured|wounded|hurt)\s+and\s+$", re.I)
_INJURY_TOLD_END = re.compile(rf"(?:{lx.INJURY_TOLD_AFTER})$", re.I)  # r14: "a guard was hit by shrapnel"
_LIST_WORDS = {"girl", "boy", "child", "son", "daughter", "husband", "wife", "mother", "father", "teenager"}
_PERSON_WORDS = {*lx.PERSON_NOUNS, "man", "woman", "resident", "pensioner", "driver", "worker"}


def find_casualties(text: str, s: Sentence, numbers: list[NumberMention]) -> tuple[list[CountHit], set[int]]:
    """Counts of killed / injured (children apart) stated next to their cue."""
    hits: list[tuple[int, CountHit]] = []
    told_children: list[tuple[int, CountHit]] = []  # the toll a count of children alone tells
    used: set[int] = set()
    related = [r for r in relation_casualties(text, s) if not is_postposed_part(text, r[1])]  # r5atk B4

    def in_list(pos: int) -> bool:
        return any(a <= pos < b for a, b, _ in related)

    for m in numbers:
        if in_list(m.start):
            used.add(m.start)  # "the driver and two passengers": counted with the list
            continue
        if m.value == 0 or not is_count_like(text, m) or lx.VAGUE_QUANTITY.match(m.text):
            continue  # "dozens of people were hurt": no figure to record
        # a bounded window each side: every cue spans a few words, and a long sentence stays linear
        before, after = text[max(s.start, m.start - _WINDOW):m.start], text[m.end:min(s.end, m.end + _WINDOW)]
        if lx.NEGATED_BEFORE.search(before[-30:]):
            continue  # "none of the 40 passengers were hurt"
        if _AGE_BEFORE.search(before[-20:]):
            continue  # "a woman aged 63 died": an age, not a count
        kind, noun = None, None
        # "Three people, including a child, were killed": the aside stands between the count and its cue
        # "Three women waiting at the bus stop were hurt": the phrase that says who they were stands there too
        am = _AFTER_CASUALTY.match(_ASIDE_AFTER.sub(lambda a: a.group("noun") or "",
                                                    _PHRASE_AFTER_NOUN.sub(lambda a: a.group("noun"), after, count=1),
                                                    count=1))
        if am and am.group("cue").lower() == "bodies" and not _RECOVERED.search(text, s.start, s.end):
            am = None  # "the bodies of 900 soldiers", "12 bodies in a mass grave": no strike's toll
        if am:
            kind, noun = _kind_of(am.group("cue")), _first_noun(am.group("fill"))
        elif (lm := lx.TOLL_LABEL_BEFORE.search(before)) and lx.AFTER_VERB_NUMBER_OK.match(after):
            kind, noun = _kind_of(lm.group("cue")), _first_noun(_own_phrase(after[:40]))  # "Injured: 9 people"
        elif lx.AFTER_VERB_NUMBER_OK.match(after) and (_BEFORE_KILLED.search(verb_side := _verb_side(before))
                                                       or _BEFORE_INJURED.search(verb_side)):
            kind = "killed" if _BEFORE_KILLED.search(verb_side) else "injured"
            noun = _first_noun(_own_phrase(after[:40]))  # "wounding 13, including four children": 13 people
        elif _LEAVING_BEFORE.search(before[-12:]) and (lw := _LEFT_WITH.match(after)):
            kind, noun = "injured", _first_noun(lw.group("fill"))  # "leaving three more people with wounds" (dev30 A6)
        elif lx.TOLL_BEFORE.search(before) or _toll_across_asides(text, s, m):
            kind = "killed"
        elif lx.INJURY_TOLL_BEFORE.search(before):
            kind = "injured"
        elif (rt := _ROLE_TOLL_BEFORE.search(before)) is not None:
            kind = _kind_of(rt.group("cue"))  # "the dead numbered seven", "the injured totalled 12" (dev21 B6)
        elif (amb := lx.AMONG_BEFORE.search(before)) and _is_child(_first_noun(after[:30])):
            kind = "killed" if amb.group("cue").lower() in ("dead", "killed", "victims", "fatalities") else "injured"
            noun = _first_noun(after[:30])
        elif (ama := lx.AMONG_AFTER.match(after)):
            kind = "killed" if ama.group("cue").lower() in ("dead", "killed", "victims") else "injured"
            noun = "children"
        elif (pc := lx.PART_ARE_CHILDREN.match(after)) and (hits or pc.group("toll") or pc.group("toll2")):
            # "wounding 13, four of them children", "13 people, four of whom were children"; "Two of
            # those killed were children" names its toll itself
            toll = pc.group("toll") or pc.group("toll2")
            kind = _kind_of(toll) if toll else hits[-1][1].field.replace("children_", "")
            noun = "children"
        elif hits and (ek := _elided_kind(text, s, hits[-1], m)) is not None:
            kind, noun = ek, _first_noun(_own_phrase(after[:40]))  # "killed three in A and two in B" (r20, dev37 A3)
        elif (ti := lx.TOLL_INCLUDED_BEFORE.search(before)) and _is_child(_first_noun(after[:30])):
            kind, noun = _kind_of(ti.group("cue")), "children"  # "The dead included two children"
        elif lx.INCLUDING_CHILDREN.search(before) and (_is_child(_first_noun(after[:30])) or lx.CHILD_AGE_LIMIT_AFTER.match(after)) and hits:
            kind, noun = hits[-1][1].field.replace("children_", ""), "children"
        if kind is None:
            continue
        name = f"children_{kind}" if _is_child(noun) else kind
        civilian = bool(noun and re.match(r"civilian|resident|passenger|pensioner|villager|inhabitant", noun, re.I))
        hits.append((m.start, CountHit(name, count_of(text, m), civilian or name.startswith("children"))))
        if am and name != kind:
            told_children.append((m.start, CountHit(kind, count_of(text, m), True, described=True)))
        used.add(m.start)
    fields = {h.field for _, h in hits}
    # r13 (dev24 D3): "Three schoolgirls were hurt": the children told are the toll when nothing else counts it
    hits += [(p, h) for p, h in told_children if h.field not in fields]
    fields = {h.field for _, h in hits}
    for a, _, rh in related:
        if rh is not None and rh.field not in fields:  # "three people were killed: a woman and ...": the plural toll says more
            hits.append((a, rh))
    fields = {h.field for _, h in hits}
    singles = [(sm, True) for sm in lx.SINGLE_PERSON.finditer(text, s.start, s.end)]
    singles += [(sm, True) for sm in doing_persons(text, s)]  # "a woman sheltering in her cellar was hurt"
    singles += [(sm, False) for sm in lx.SINGLE_PERSON_OBJECT.finditer(text, s.start, s.end)]
    for sm, subject in singles:
        if in_list(sm.start("n")):
            continue  # one person of a list already counted whole
        if subject and _one_of_several(text[max(s.start, sm.start() - 40):sm.start()]):
            continue  # "a woman and a man dead": one of several, not a count of one
        if re.search(r"^\s+and\s+(?:a|an)\s", text[sm.end("n"):sm.end("n") + 8]):
            continue
        if not _is_child(sm.group("noun")) and _MEMBER_OF_COUNT.search(text, max(s.start, sm.start() - 40), sm.start()):
            continue  # "three of the staff, among them a cook, were hurt": one of the three (r30)
        if subject and not re.search(r"(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+ly\s+)?\w+(?:\s+with\s+.+)?$|(?:died|perished|life)$"
                                     r"|(?:sustained|suffered|received)\s+.*(?:injuries|wounds|burns|concussion)$", sm.group(0)) \
                and not _INJURY_TOLD_END.search(sm.group(0)) \
                and not _LEFT_BEFORE.search(text, max(s.start, sm.start() - 14), sm.start()) \
                and not _SHARED_VERB_BEFORE.search(text, max(s.start, sm.start() - 30), sm.start()):
            continue  # "a man dead" alone is no clause; "left a pensioner dead" is, and so is "killed and a nurse wounded"
        cue = sm.group("cue").lower()
        kind = "killed" if cue in ("killed", "died", "dead", "killing", "perished") or cue.startswith("lost") else "injured"
        name = f"children_{kind}" if _is_child(sm.group("noun")) else kind
        if name in fields or kind in fields:
            continue  # a plural toll in the same sentence says more
        fields.add(name)
        n0, n1 = sm.start("n"), sm.end("n")
        civ = bool(re.match(r"civilian|resident|child|boy|girl|teenager|baby|infant|pensioner", sm.group("noun"), re.I))
        hits.append((n0, CountHit(name, Count(value=1, evidence=span_of(text, n0, n1)), civ)))
        if name != kind and kind not in fields:
            # "injured a 16-year-old": a person counted by age alone is one of the toll, and a child;
            # r13 (dev24 D3): so is a child described ("A 12-year-old boy died in the fire"), unless a
            # figure the record states elsewhere says more
            fields.add(kind)
            hits.append((n0, CountHit(kind, Count(value=1, evidence=span_of(text, n0, n1)), True,
                                      described=not re.match(r"\d", sm.group("noun")))))
    further_persons(text, s, hits)  # "a girl was hurt, and her grandmother, who came out to look, was hurt": 2 (dev30 A1)
    hits += found_bodies(text, s, numbers, fields)  # "rescuers found a woman's body" (dev30 A5)
    hits += injuries_had(text, s, numbers, fields)  # "a courier, 37, has burn wounds" (dev32-A2)
    hits += hospital_injuries(text, s, numbers, fields)  # "the driver is in hospital with shrapnel in his leg" (dev34-A2)
    hits += children_of_group(text, s, numbers, hits, fields)  # "...; one of them is a schoolboy of 13" (r18, dev34-A3)
    hits += partitive_casualties(text, s.end, numbers, fields)  # "killed two of its drivers" (r5atk B6)
    hits += ordinal_casualties(text, s.start, s.end, numbers, fields)  # "killing two and injuring a third"
    hits += colon_list_children(text, s.end, hits, fields)  # "injured four: three women and a 9-year-old girl"
    hits += aged_persons(text, s, hits, fields)  # "among them a 6-year-old girl and a boy of 15" (dev21 B6)
    hits += described_children(text, s, hits, fields)  # "among them a boy and his sister, 13 and 6"
    hits += pronoun_casualties(text, s, fields)  # "a driver and a medic were inside; both were hurt"
    hits += postposed_children(text, s.start, s.end, hits, fields)  # "nine people, a boy of 15 among them"
    _one_child_among(text, s, hits, fields)
    _kin_child_among(text, s, hits, fields)
    hits += children_after_toll(text, s, _ONE_CHILD, fields)  # "... injuring five. Among them is a boy of 9" (r13)
    hits += youngest_of_toll(text, s, _ONE_CHILD, hits, fields)  # "... injuring five. The youngest is a boy of 9" (r40)
    asides = [*_INCLUDING_ONE_CHILD.finditer(text, s.start, s.end), *_ONE_CHILD_AMONG_THEM.finditer(text, s.start, s.end),
              *_INCLUDING_KIN_CHILD.finditer(text, s.start, s.end)]
    for cm in sorted(asides, key=lambda m: m.start()):
        # "wounding three, among them a nine-year-old boy": one of them was a child
        # the toll told nearest before the aside
        whole = toll_told_before(hits, cm.start())
        if whole and f"children_{whole}" not in fields:
            name = f"children_{whole}"
            fields.add(name)
            hits.append((cm.start("n"), CountHit(name, Count(value=1, evidence=span_of(text, cm.start("n"), cm.end("n"))),
                                                  True)))
    hits.sort(key=lambda h: h[0])
    return [h for _, h in hits], used


# a count, then an aside naming one of its members: "Three of the staff, among them a cook,"
_MEMBER_OF_COUNT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some)\b"
                              r"[^.;:]{0,30},\s*(?:among\s+(?:them|whom)|including)\s+$", re.I)


def _verb_side(before: str) -> str:
    """The words before a count with an attribution aside that ends on it taken out (r22, dev42 L3: "shelling
    killed, the governor said, four people"): the verb before the aside governs the count."""
    a = aside_before(before, 0, len(before))
    return before if a is None else before[:a] + " "


def _toll_across_asides(text: str, s: Sentence, m: NumberMention) -> bool:
    """r22 (dev42 C3): a toll noun and its verb set apart by asides (the shared reader's, articles/clause_asides):
    "the toll from the strike on the depot, where some 300 people, mostly drivers, worked, stood on Monday at 9",
    "the number of dead, the governor said, had risen to 14"; the whole clause before the number, however long."""
    words = text[s.start:m.start]
    if not _ASIDE_MARK.search(words) or not _TOLL_WORD.search(words):
        return False
    return bool(lx.TOLL_BEFORE.search(without_asides(words, relative=True)))


_ASIDE_MARK = re.compile(r"[,()—–]|\s-\s")
_TOLL_WORD = re.compile(rf"{lx.TOLL_NOUN}", re.I)


# dev21 B6: a toll told by its role noun and a verb of measure: "the dead numbered seven", "the
# wounded totalled 12", "fatalities stood at four", "the injured rose to 20"
_ROLE_TOLL_BEFORE = re.compile(
    rf"\b(?:the\s+)?(?P<cue>{cues.alternation('casualties', 'toll_role_nouns')})(?:\s+[\w'’-]+){{0,6}}?\s+"
    rf"(?:{cues.alternation('casualties', 'toll_measure_verbs')})\s+(?:(?:at\s+least|some|about|around)\s+)?$", re.I)


# dev30 B10: a comma-closed appositive that says who the people counted were ("Two residents, an
# elderly couple, were hurt", "three guards, all in their fifties, ..."): a determiner or quantifier opens it
_APPOSITIVE = r"(?:\s*,\s*(?:an?|the|all|both|each|most|some|mostly)\s[^,;:.()]{1,40},)"
# a cue that is a verb by itself, told with no auxiliary after a post-modifier ("Two residents of the
# house suffered injuries", "three workers at the mill died")
_VERB_CUE = rf"(?:died|perished|(?:sustained|suffered|received)\s+(?:[\w-]+\s+)?(?:injuries|wounds|burns))"
# A phrase that says which people a number counts, between their noun and the cue: "three women
# **waiting at the bus stop** were injured", "two men **on their way to work** were hurt". A few
# words with no other clause, list or figure in them.
_PHRASE_AFTER_NOUN = re.compile(
    rf"^(?P<noun>\s+(?:[\w-]+\s+)?(?:{lx.PERSON_NOUN_ALT})\b)"
    r"(?:(?:\s+(?!(?:and|or|but|were|was|are|is|have|has|had|been|who|which|that)\b)[A-Za-z'’-]+){1,8}?"
    # dev20 B8: a reduced relative with its place ("queuing at a pharmacy in the town of X") runs longer
    r"|\s+[a-z]+ing(?:\s+(?!(?:and|or|but|were|was|are|is|have|has|had|been|who|which|that)\b)[A-Za-z'’-]+){1,13}?)"
    rf"(?={_APPOSITIVE}?\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got)\s+(?:[a-z]+ly\s+)?"
    rf"(?:{lx.KILLED_AFTER}|{lx.INJURED_AFTER})|{_VERB_CUE})\b)", re.I)


# An aside between a number's noun and its cue: "three people, including a child, were killed",
# "five civilians - among them two teenagers - were hurt", "four people -- two women and two men -- died";
# the noun may be two words before a comma ("three crew members, citizens of ..., were hurt").
_AGE_LIST = r"\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s+(?:and|&)\s+\d{1,3}(?:\s+years?\s+old)?"
_ASIDE_AFTER = re.compile(
    # (r29: a partitive before the noun, "three of the deckhands, all Filipino sailors, were hurt")
    r"^(?P<noun>(?:\s+of\s+(?:its|their|the|his|her|our))?\s+[\w-]{1,20}(?:\s+[\w-]{1,20}(?=\s*,))?)?(?:\s*,\s*(?:including|among\s+them|among\s+whom|[\w-]+\s+of\s+(?:them|whom))\s[^,;:.]{1,40},"
    r"|\s+(?:[\u2014\u2013]|--?)\s*[^\u2014\u2013;:.]{1,60}?\s*(?:[\u2014\u2013]|--?)"
    # r14: the ages of the people counted, listed after their noun ("Two men, aged 44 and 52, were
    # killed", "three women aged 61, 70 and 83 were hurt"): the count is the toll, the ages are not
    r"|\s*,?\s+aged\s+" + _AGE_LIST + r"\s*,?|\s*,\s*" + _AGE_LIST + r"\s*,"
    + "|" + _APPOSITIVE
    # r19 (dev36 C1): who the people were, told in an apposition headed by a people noun ("Two passengers,
    # women aged 52 and 67, were hurt", "three sailors, citizens of Chile and Peru, were injured")
    + "|" + lx.PEOPLE_APPOSITION + r")(?=\s)", re.I)
# a child's age told after its noun: under 18 years, or in months ("aged 9", "of five months")
_CHILD_AGE = (r"(?:(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
              r"|fifteen|sixteen|seventeen)(?!\s*(?:years?\s+old\s+)?(?:and|or)\s+\d)(?![\w-])(?:\s+months?)?"
              r"|(?:\d{1,2}|[a-z]+)\s+months?)")
_CHILD_ONE = (r"(?:a|an|one)\s+(?:\d+-year-old\s+|[a-z]+-year-old\s+|young\s+|little\s+|teenage\s+)?"
              r"(?:child|boy|girl|teenager|baby|infant|toddler|minor|schoolboy|schoolgirl|newborn)"
              # r13 (dev24 D3): any person with a child's age after the noun ("a pupil aged 9", "an infant
              # of five months")
              rf"|(?:a|an|one)\s+[a-z]+\s+(?:aged\s+|of\s+){_CHILD_AGE}")
_ONE_CHILD = re.compile(_CHILD_ONE, re.I)
# One child told as part of a toll: "among the dead was a boy", "a girl was among those injured".
# dev17 B3: the inverted list "Among the wounded were a pupil of nine, then his father" names its
# child first, the verb plural for the list
_AMONG_ONE_CHILD = re.compile(
    # r13 (dev24 D3): also "the dead include an infant of five months"
    rf"\b(?:among\s+(?:the|those)\s+|the\s+(?=\w+\s+includ))(?P<cue>dead|killed|victims|wounded|injured|hurt)\s+"
    rf"(?:was|is|were|are|include[sd]?)\s+(?P<n>{_CHILD_ONE})\b"
    rf"|\b(?P<n2>{_CHILD_ONE})\s+(?:was|is)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){{0,3}}?"
    r"(?P<cue2>dead|killed|victims|wounded|injured|hurt)\b", re.I)


def _one_child_among(text: str, s: Sentence, hits: list[tuple[int, CountHit]], fields: set[str]) -> None:
    """'Among the dead was a ten-year-old boy': children_killed = 1 (the toll itself told elsewhere)."""
    for am in _AMONG_ONE_CHILD.finditer(text, s.start, s.end):
        n = "n" if am.group("n") else "n2"
        cue = (am.group("cue") or am.group("cue2")).lower()
        name = "children_killed" if cue in ("dead", "killed", "victims") else "children_injured"
        if name in fields:
            continue
        fields.add(name)
        hits.append((am.start(n), CountHit(name, Count(value=1, evidence=span_of(text, am.start(n), am.end(n))), True)))


_INCLUDING_ONE_CHILD = re.compile(
    r"\b(?:including|among\s+them(?:\s+(?:is|was|were|are))?|among\s+whom|of\s+whom)\s+(?P<n>"
    rf"(?:a|an|one)\s+[a-z]+\s+(?:aged\s+|of\s+){_CHILD_AGE}"  # r13: "among them a girl aged 11"
    r"|(?:a|an|one)\s+(?:\d+-year-old\s+|[a-z]+-year-old\s+"
    rf"|young\s+|little\s+|teenage\s+)?(?:{lx.CHILD_NOUN_ALT})|(?:a|an|one)\s+"
    r"(?:\d+|[a-z]+)-month-old(?:\s+(?:baby|boy|girl|infant|child))?"
    # "among them a 12-year-old pupil", "including a 15-year-old": a child by the age told
    r"|(?:a|an|one)\s+(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen)-year-old(?:\s+(?!(?:and|or|were|was|in|on|at)\b)[a-z]+)?)\b", re.I)


# atk7: "his 6-year-old daughter", "their baby son": a child told as someone's kin
_KIN_CHILD = (r"(?:her|his|their)\s+(?:young\s+|little\s+|baby\s+|teenage\s+|newborn\s+|(?:[1-9]|1[0-7])-(?:year|month|week)-old\s+)"
              r"(?:son|daughter|child|boy|girl|grandson|granddaughter)")
# "among them an elderly man and his 9-year-old grandson": the child is the aside's kin, after another person
_INCLUDING_KIN_CHILD = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:an?\s+|one\s+)(?:[\w-]+\s+){0,2}?(?:and|with)\s+"
    rf"(?P<n>{_KIN_CHILD})\b", re.I)
# "Among the wounded were two pensioners and their teenage daughter", "His 3-year-old girl is
# among those hurt"
_AMONG_KIN_CHILD = re.compile(
    r"\bamong\s+the\s+(?P<cue>dead|killed|victims|wounded|injured|hurt)\s+(?:were|was|are|is)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?P<n>{_KIN_CHILD})\b"
    rf"|(?P<n2>{_KIN_CHILD})\s+(?:was|is|were)\s+among\s+(?:the\s+|those\s+)?(?P<cue2>dead|killed|victims|wounded|injured|hurt)\b",
    re.I)


def _kin_child_among(text: str, s: Sentence, hits: list[tuple[int, CountHit]], fields: set[str]) -> None:
    for am in _AMONG_KIN_CHILD.finditer(text, s.start, s.end):
        n = "n" if am.group("n") else "n2"
        cue = (am.group("cue") or am.group("cue2")).lower()
        name = "children_killed" if cue in ("dead", "killed", "victims") else "children_injured"
        if name not in fields:
            fields.add(name)
            hits.append((am.start(n), CountHit(name, Count(value=1, evidence=span_of(text, am.start(n), am.end(n))), True)))


# r20 (dev37 A3): a toll shared out over places by ellipsis, "shelling killed three civilians in A and
# two in the village of B", "wounded four in A, one in B and two more in C": the later figures take the
# first figure's verb when each figure is told with its own place
_PLACE_PHRASE = (r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|frontline|front-line)\s+)?"
                 r"(?:(?:village|town|city|settlement|suburb|district)\s+of\s+)?(?-i:[A-Z])")
_ELIDED_BEFORE = re.compile(r"(?:,|,?\s+and)\s+(?:(?:another|a\s+further)\s+)?$", re.I)
_ELIDED_AFTER = re.compile(rf"(?:\s+(?:more|others?|people|civilians|residents|men|women|persons))?{_PLACE_PHRASE}", re.I)
_FIRST_IN_PLACE = re.compile(rf"^\S+(?:\s+[a-z]+){{0,3}}?{_PLACE_PHRASE}[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]+)?", re.I)


def _elided_kind(text: str, s: Sentence, last: tuple[int, CountHit], m: NumberMention) -> str | None:
    """The field of a figure told by ellipsis after a toll told with its place, or None."""
    pos, hit = last
    if hit.field.startswith("children_") or not _ELIDED_BEFORE.search(text, max(s.start, m.start - 20), m.start) \
            or not _ELIDED_AFTER.match(text, m.end, s.end):
        return None
    first = _FIRST_IN_PLACE.match(text[pos:m.start])
    if first is None or not _ELIDED_BEFORE.fullmatch(text, pos + first.end(), m.start) and \
            not re.fullmatch(r"(?:,?\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+[a-z]+){0,2}?"
                             rf"{_PLACE_PHRASE}[\w'’-]*)*(?:,|,?\s+and)\s+(?:(?:another|a\s+further)\s+)?",
                             text[pos + first.end():m.start], re.I):
        return None
    return hit.field


def _kind_of(cue: str) -> str:
    """killed or injured, from the cue word of a toll."""
    return "killed" if _KILLED_WORD.match(cue.split()[0]) or _KILLED_WORD.match(" ".join(cue.split())) or cue.lower().startswith(
        ("lost", "perish", "died", "dead", "death", "fatal")) else "injured"


# The same aside told the other way round: "hurting five, a toddler among them".
_ONE_CHILD_AMONG_THEM = re.compile(rf",\s+(?P<n>{_CHILD_ONE})\s+among\s+(?:them|whom)\b", re.I)


def _own_phrase(after: str) -> str:
    """The words that belong to a number, up to the next comma or list: not an 'including' aside."""
    stop = re.search(r"[,;:()\u2014\u2013]|\s(?:and|including|among)\s", after)
    return after[:stop.start()] if stop else after


def _one_of_several(before: str) -> bool:
    """'a woman and a man', 'a boy, a man': a list of people. 'In the village of X, a man' is not."""
    if (am := re.search(r"\b(\w+)\s+and\s*$", before)):
        # "a woman and a man dead": a list; "a man died and a woman was hurt": two clauses
        return am.group(1).lower() in _PERSON_WORDS or _is_child(am.group(1)) or am.group(1).lower() in _LIST_WORDS
    if re.search(r"\b(?:the|its|his|her|their)\s+\w+,\s*$", before, re.I):
        return False  # "the driver, a 52-year-old man, died": who the driver was, one person
    m = re.search(r"\b(\w+),\s*$", before)
    return bool(m and (m.group(1).lower() in _PERSON_WORDS or _is_child(m.group(1))))


def _first_noun(fill: str | None) -> str | None:
    for w in _FIRST_NOUN.findall(fill or ""):
        lw = str(w).lower()
        if lw in lx.PERSON_NOUNS or lx.CHILD_RE.match(lw):
            return lw
    return None


def _is_child(noun: str | None) -> bool:
    """A child's noun, or an age alone under 18 ("injured a 16-year-old")."""
    age = re.match(r"(\d{1,2})-year-old$", noun or "")
    return bool(noun and (lx.CHILD_RE.match(noun) or age and int(age.group(1)) < 18))
