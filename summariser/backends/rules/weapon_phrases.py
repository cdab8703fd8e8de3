"""What a weapon count counts: the weapon words after a number ('250 Shahed and decoy drones'),
one type and model over several of them, a combined total of drones and decoys, and the models
a bracket or an aside names beside the count."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...numbers import NUMBER_WORD, NumberMention
from ...records import WeaponType
from .common import weapon_class


_MODIFIERS = re.compile(
    r"\s+(?:Russian|Ukrainian|Iranian(?:-made|-designed)?|Russian-made|North\s+Korean(?:-made)?|enemy|"
    r"attack|strike|kamikaze|combat|long-range|unmanned|explosive|additional|other|various|new|more|fixed-wing"
    r"|jet-powered|jet|aircraft-type|aeroplane-type|airplane-type|loitering|suicide"
    r"|[A-Z][\w.]*-(?:made|supplied|built|designed|produced)|American|British|French|German|Western"  # atk8: origin
    rf"|{cues.alternation('weapons', 'platform_modifiers')})(?=\s)")  # r21: "two sea-launched Kalibr missiles"
# r31: a missile's class skipped as a modifier before its model keeps its type where the model tells none
_CLASS_SKIPPED = {"ballistic": WeaponType.ballistic_missile, "cruise": WeaponType.cruise_missile}
# the next item of a list whose head noun the class before it shares ("ballistic and 11 cruise missiles")
_SHARED_HEAD = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\d[\d,]*|{NUMBER_WORD})\s+(?:[\w-]+\s+){{0,2}}?missiles\b", re.I)
# "as well as" starts a new list ("250 drones as well as cruise missiles"): not a conjunct.
_CONJUNCT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")


Found = list[tuple[WeaponType, "str | None", frozenset[str]]]


def weapon_phrase(text: str, pos: int, end: int) -> tuple[Found, int]:
    """Weapons written from `pos`: '250 Shahed and decoy drones' -> [(type, model)], phrase end
    (the end of the last weapon word)."""
    found: Found = []
    last_end = pos
    while True:
        skipped = ""
        while not _weapon_here(text, pos, end) and (mm := _MODIFIERS.match(text, pos, end)):
            pos, skipped = mm.end(), mm.group(0).strip().lower()
        if skipped in _CLASS_SKIPPED and not found and (shared := _SHARED_HEAD.match(text, pos, end)):
            # r33: "three ballistic and 11 cruise missiles": the class's noun told once, on the next item
            found.append((_CLASS_SKIPPED[skipped], None, frozenset({"missile"})))
            return found, pos
        if skipped and (am := re.match(r"\s+and(?=\s)", text[pos:end])):
            pos += am.end()
            if skipped in ("attack", "strike", "kamikaze", "combat"):  # "attack and decoy drones"
                found.append((WeaponType.drone, None, frozenset({"drone"})))
        ws = re.match(r"\s+", text[pos:end])
        p = pos + (ws.end() if ws else 0)
        w = lx.weapon_at(text, p, end)
        named = None
        if w is None and (me := lx.model_name_end(text, p, end)) > p:
            w = _after_model(text, me, end)  # r18 (dev34-A1): "four Magura V5 sea drones"
            named = re.sub(r"\s+", " ", text[p:me]) if w is not None else None
        if w is None:
            agg = lx.AGGREGATE_WEAPON.match(text, p, end) if not found else None
            if agg:  # "145 means of air attack": the article's words are the model (codebook rule 9)
                found.append((WeaponType.other, re.sub(r"\s+", " ", agg.group(0)), frozenset({"drone", "missile"})))
                last_end = agg.end()
            break
        m, wtype, model = w
        if wtype is None or lx.WEAPON_AS_MODIFIER.match(text, m.end(), end):
            break
        m, model = _head_of_model(text, m, wtype, model, end)
        wtype = _CLASS_SKIPPED.get(skipped, wtype) if wtype is WeaponType.missile else wtype  # "two ballistic X missiles"
        model = model or named
        found.append((wtype, model, frozenset({weapon_class(wtype)})))
        pos = last_end = m.end()
        cj = _CONJUNCT.match(text, pos, end)
        if not cj:
            break
        pos = cj.end() - 1  # keep one space for the modifier/whitespace logic
    return found, last_end

def _head_of_model(text: str, m: re.Match[str], wtype: WeaponType, model: str | None,
                   end: int) -> tuple[re.Match[str], str | None]:
    """r34 (dev56): a weapon word followed by its own class's noun is that noun's model ("two KAB guided
    bombs", "KAB bombs"): the phrase ends on the noun, the word before it is the model."""
    ws = re.match(r"(?:-\w+)?\s+", text[m.end():end])  # (past a model number: "KAB-500 guided bombs")
    head = lx.weapon_at(text, m.end() + ws.end(), end) if ws else None
    if head is None or head[1] is None or weapon_class(head[1]) != weapon_class(wtype):
        return m, model
    return head[0], model or head[2] or (m.group(0) if m.group(0)[:1].isupper() else None)


def _after_model(text: str, pos: int, end: int) -> tuple[re.Match[str], WeaponType | None, str | None] | None:
    """The weapon term after a model's name, past its modifiers ("Sea Baby surface drones")."""
    while not _weapon_here(text, pos, end) and (mm := _MODIFIERS.match(text, pos, end)):
        pos = mm.end()
    ws = re.match(r"\s+", text[pos:end])
    return lx.weapon_at(text, pos + (ws.end() if ws else 0), end)


def _weapon_here(text: str, pos: int, end: int) -> bool:
    """A weapon term that starts with a modifier word ("unmanned aerial vehicles"): read it whole."""
    ws = re.match(r"\s+", text[pos:end])
    w = lx.weapon_at(text, pos + (ws.end() if ws else 0), end)
    return w is not None and w[1] is not None and " " in w[0].group(0).strip()


def combine_weapons(found: Found) -> tuple[WeaponType, str | None, frozenset[str]]:
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


def mixed_decoys(text: str, m: NumberMention, found: Found, pend: int, end: int) -> tuple[int, int] | None:
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
        return start, (aside.end("models4") if aside.group("models4") is not None else aside.end())
    return None


# A bracket of model names right after a weapon count: "120 drones (Shahed, Gerbera and others)".
_MODEL_BRACKET = re.compile(r"\s*\(([^()]{1,120})\)")
# The models of a count told in an aside, in any word order: a bracket, "of the A and B types",
# "of the A type and B decoys", ", including A and B".
_MODEL_ASIDE = re.compile(
    r"\s*\((?P<models>[^()]{1,120})\)"
    r"|\s+of\s+the\s+(?P<models2>[^;.()]{1,80}?\btypes?\b(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:decoys?|drones?|UAVs))?)"
    r"|\s*,?\s+(?:including|among\s+them|in\s+particular)\s+(?P<models3>[^;.()]{1,80}?)"
    r"(?=\s*[;.]|\s*$|,\s+(?!and\b)|\s+(?:at|against|on|over|were|was|of\s+which)\b)"
    # r22 (dev41 C3): an apposition between dashes ("90 drones — Geran strike drones along with decoys —")
    r"|\s*[—–]\s*(?P<models4>[^—–;.()]{1,120}?)\s*[—–]", re.I)


def past_model_aside(text: str, pend: int, end: int) -> int:
    """Where a count's weapon phrase ends once the models told after it are passed ("286 drones of the
    Shahed type, nine missiles ...": after "type"); `pend` when none is told."""
    aside = _MODEL_ASIDE.match(text, pend, end)
    return aside.end() if aside and aside.group("models2") is not None else pend


def _models_span(aside: re.Match[str]) -> tuple[int, int]:
    """Where the models of an aside stand, whichever form it took."""
    name = next(n for n in ("models", "models2", "models3", "models4") if aside.group(n) is not None)
    return aside.start(name), aside.end(name)
_SPLIT = re.compile(r"(?<![\w-])\d+(?![\w-])|\b(?:including|of\s+which|among\s+them)\b", re.I)  # a split of the count, not its models


def bracket_models(text: str, wtype: WeaponType, pend: int, end: int) -> tuple[WeaponType, str | None] | None:
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
