"""Who attacked and who reported: the attacker of a strike sentence and the officials or bodies cited."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import resolve_actor
from ...sentences import Sentence


def find_attacker(text: str, s: Sentence) -> str | None:
    found = []
    for rx in (lx.ATTACKER_SUBJ_RE, lx.ATTACKER_CHOICE_RE, lx.ATTACKER_ADJ_RE, lx.ATTACKER_BY_RE, lx.ATTACKER_POSSESSIVE_RE):
        for m in rx.finditer(text, s.start, s.end):
            who = _actor(m.group("a"))
            if who:
                found.append((m.start(), who))
    return min(found)[1] if found else None


def _actor(words: str) -> str | None:
    w = re.sub(r"^the\s+", "", words.strip().lower())
    first = w.split()[0].replace("’", "'")
    mapping = {"kyiv": "Ukraine", "moscow": "Russia"}
    found = mapping.get(first) or lx.country_of(first) or lx.country_of(w)
    if found is None:  # "the Zelensky regime": a leader's name stands for the side
        actor = resolve_actor(words)
        found = actor.name if actor is not None and actor.kind == "state" else None
    return found


def find_reporters(text: str, s: Sentence) -> list[str]:
    if not lx.ATTRIBUTION.search(text, s.start, s.end):
        return []
    found: list[tuple[int, int, str]] = []
    for rx in lx.REPORTER_RES:
        for m in rx.finditer(text, s.start, s.end):
            name = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", m.group(0).strip()), flags=re.I)
            if name:
                found.append((m.start(), m.end(), name))
    found.sort(key=lambda f: -(f[1] - f[0]))
    out: list[tuple[int, int, str]] = []
    for f in found:  # the longest of overlapping mentions ("Sumy Governor X" over "Governor X")
        if any(o[0] < f[1] and f[0] < o[1] for o in out):
            continue
        out.append(f)
    return [name for _, _, name in sorted(out)]
