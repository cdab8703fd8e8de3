"""Explicit zeros on rules records (dev16 class B5): "nobody was hurt", "no casualties were
reported", "adding that no one had been killed", "air defence could not stop either of them"
state a count of 0 (CODEBOOK rule 6). The LLM path fills them with `grounding.told_zeros` and
`grounding.nil_backstop`; the rules read them with the same two readers, so both paths agree on
which role a nil covers and on nils limited to a group.

A nil is the record's when it lies in the record's own sentences or in the sentence(s) right after
them that tell no strike of their own, name no other place and are no other record's evidence
("A drone hit a shed in X. Nobody was hurt, the mayor added." / a quoted next sentence). A nil
after a sentence about another place stays that place's, and so does a nil that names another
place as its own, even where that place opens no record: "The Y governor said no one was hurt in
his region" is Y's night, not the zero of the X record told before it (round 15, dev27 D1).
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from ...grounding.counts import evidence_windows
from ...grounding.nil_backstop import nil_interception
from ...grounding.told_zeros import told_zero
from ...records import Attack, Count, Origin, Span
from ...sentences import Sentence, opens_list_item
from .common import Facts, span_of
from .events import contributes
from .places import attack_places
from .site_nils import site_zero

_FOLLOWING = 2  # a nil is told at most two sentences after the strike ("... The roof burned. No one was hurt.")


def fill_told_nils(attacks: list[Attack], text: str, sents: list[Sentence], facts: Sequence[Facts]) -> list[Attack]:
    """The records with each null killed / injured count, and each null interception of a launched
    weapon, that their own sentences tell as nil set to 0."""
    owners = [_sentence_indices(a, sents) for a in attacks]
    return [_filled(a, text, sents, own, _attached(text, own, owners, sents, facts, a)) for a, own in zip(attacks, owners)]


def _sentence_indices(attack: Attack, sents: list[Sentence]) -> list[int]:
    return sorted({i for sp in attack.evidence for i, s in enumerate(sents) if s.start <= sp.start < s.end})


def _attached(text: str, own: list[int], owners: list[list[int]], sents: list[Sentence], facts: Sequence[Facts],
              attack: Attack) -> list[int]:
    """The sentences after the record's own that tell nothing of another strike or place."""
    taken = {i for idx in owners if idx is not own for i in idx}
    names = {p.name.lower() for p in attack.locations}
    out: list[int] = []
    for i in own:
        for j in range(i + 1, min(i + 1 + _FOLLOWING, len(sents))):
            if j in own or j in taken or not _neutral(j, facts, names) or _new_item(text, sents, j):
                break
            out.append(j)
    for i in own:  # r39: each paragraph the record is told in (a region's tally the next paragraph lends it
        out += _rest_of_paragraph(text, i, sents, taken)  # leaves the strike's own paragraph and its nil)
    return sorted(j for j in set(out) - set(own) if not _names_another_place(text, sents[j], attack))


def _names_another_place(text: str, s: Sentence, attack: Attack) -> bool:
    """The sentence names a place of its own, by name or by an official's title ("the Y
    governor"), that is neither one of the record's places nor their region: its nil is that
    place's (a place the nil sentence dropped as unhit still says whose night it was)."""
    own = {p.name.lower() for p in attack.locations} | {p.admin1.lower() for p in attack.locations if p.admin1}
    for hit in attack_places(text, s)[0]:
        place = hit.place
        if place.level.value == "country" or place.name.lower() in own:
            continue
        if place.admin1 is None or place.admin1.lower() not in own or place.level.value == "region":
            return True
    return False


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _rest_of_paragraph(text: str, last: int, sents: list[Sentence], taken: set[int]) -> list[int]:
    """dev19 B8: a governor's post closes its paragraph with the nil ("A drone hit a barn. Power
    lines were cut in two villages. There were no casualties."): the sentences after the record's
    last one up to the paragraph's end, unless another record's sentence stands between."""
    out: list[int] = []
    for j in range(last + 1, len(sents)):
        if j in taken or _PARAGRAPH_BREAK.search(text, sents[j - 1].end, sents[j].start) or _new_item(text, sents, j):
            break
        out.append(j)
    return out


def _new_item(text: str, sents: list[Sentence], j: int) -> bool:
    """Sentence `j` opens a bulleted item: a list's items are told apart as paragraphs are, so a
    nil in one item is not another's (a timeline's next bullet, a newsletter's next item)."""
    return opens_list_item(text, sents[j - 1].end, sents[j].start)


def _neutral(idx: int, facts: Sequence[Facts], names: set[str]) -> bool:
    """No strike and no place of its own in sentence `idx`, beyond the record's places."""
    for f in facts:
        if f.idx != idx:
            continue
        if contributes(f) or f.country_strike or any(p.place.name.lower() not in names for p in f.places):
            return False
    return True


def _filled(attack: Attack, text: str, sents: list[Sentence], own: list[int], attached: list[int]) -> Attack:
    spans = [span_of(text, sents[i].start, sents[i].end) for i in sorted(own + attached)]
    if not spans:
        return attack
    update: dict[str, Any] = {}
    sources = dict(attack.sources)
    for name in ("killed", "injured"):
        if getattr(attack, name) is None and (zero := told_zero(name, text, spans)) is not None:
            update[name], sources[name] = zero, Origin.rules
    if attack.killed is None and attack.injured is None:  # dev30 A8: the site's own people, no one else counted
        for name in ("killed", "injured"):
            if name not in update and (zero := site_zero(name, text, [(sp.start, sp.end) for sp in spans])):
                update[name], sources[name] = zero, Origin.rules
    windows = [(sp.start, sp.end) for sp in spans]
    weapons = list(attack.weapons)
    for k, w in enumerate(weapons):
        if w.launched is not None and w.intercepted is None:
            nil = nil_interception(text, windows, w.type, len(weapons) == 1)
            if nil is not None:
                weapons[k] = w.model_copy(update={"intercepted": nil})
                update["weapons"] = weapons
    if not update:
        return attack
    update["sources"] = sources
    update["evidence"] = attack.evidence + _nil_sentences(update, attack.evidence, text, sents)
    return attack.model_copy(update=update)


def _nil_sentences(update: dict[str, Any], evidence: list[Span], text: str, sents: list[Sentence]) -> list[Span]:
    """The sentences the filled nils lie in that grounding would not read: it checks a count
    against the evidence sentences and one neighbour each side, so only a nil two sentences on is
    quoted (quoting more would widen the evidence beyond the strike's own sentences)."""
    windows = evidence_windows(evidence, text)
    starts = [c.evidence.start for c in _counts(update) if c.evidence is not None]
    starts = [p for p in starts if not any(a <= p < b for a, b in windows)]
    return [span_of(text, s.start, s.end) for s in sents if any(s.start <= p < s.end for p in starts)]


def _counts(update: dict[str, Any]) -> list[Count]:
    found: list[Count] = [update[n] for n in ("killed", "injured") if n in update]
    return found + [w.intercepted for w in update.get("weapons", []) if w.intercepted is not None]
