"""Strikes told only to be refuted (dev30 B2): no event, no place.

- A fact-check's claim block ("Claim: a missile hit X. Verdict: False."): every strike told in a
  block whose verdict says the claim is untrue is a non-event, up to the next claim label or heading.
  A block whose verdict is "True" keeps its strike.
- A report called untrue in its own sentence: "posts saying drones hit X are false", "the claim that
  a missile struck Y never happened" (not when Russia's side calls a report fake: the attacker's
  denial refutes nothing).
- The refuted claim quoted from the posts that carry it, in a fact-check with a false verdict
  ('"… 40 dead," reads the caption', r35).
- A hit denied by its subject: "no hospital in the city had been hit", "none of the depots was
  struck" (the strike words lie only in the denial; "no one was hurt when a drone hit X" stands).

Vocabulary: knowledge/data/cues/eventhood.yaml (claim_labels, false_verdicts, refuting_predicates,
reported_claim_nouns, denied_hits)."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon as lx
from ...knowledge import cues
from .common import Facts

_CLAIM = re.compile(rf"^[ \t]*(?:[*_#]+\s*)?(?:{cues.alternation('eventhood', 'claim_labels')})(?:\s+(?:no\.?\s*)?\d+)?"
                    r"\s*[*_]*\s*[:.–—-]", re.I | re.M)
_VERDICT = re.compile(rf"\b(?:{cues.alternation('eventhood', 'verdict_labels')})\s*[*_]*\s*[:–—-]\s*[*_]*\s*", re.I)
_FALSE = re.compile(rf"(?:{cues.alternation('eventhood', 'false_verdicts')})\b", re.I)
_REFUTING = cues.pattern("eventhood", "refuting_predicates")
_CLAIM_NOUN = cues.pattern("eventhood", "reported_claim_nouns")
_DENIED = cues.pattern("eventhood", "denied_hits")
_CARRIER = cues.pattern("eventhood", "claim_carrier_attributions")
_HEADING = re.compile(r"^(?:#+\s|\*\*[^*\n]{1,60}\*\*\s*$)", re.M)
# the attacker's side calling a report fake refutes nothing
_ATTACKER_DENIES = re.compile(r"\b(?:Moscow|Kremlin|Russia['’]s|Russian\s+(?:officials|ministry|defen[cs]e|foreign|authorities"
                              r"|military|embassy|envoy|state\s+media))\b")


@lru_cache(maxsize=16)
def _refuted_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the claim blocks whose verdict says the claim is untrue."""
    labels = [m.start() for m in _CLAIM.finditer(text)]
    out = []
    for i, start in enumerate(labels):
        end = labels[i + 1] if i + 1 < len(labels) else len(text)
        verdict = _verdict_end(text, start, end)
        heading = next((h.start() for h in _HEADING.finditer(text, start + 1, end) if h.start() > verdict), None)
        if heading is not None:
            end = heading
        v = _VERDICT.search(text, start, min(end, start + 600))
        if v is not None and _FALSE.match(text, v.end()):
            out.append((start, end))
    return tuple(out)


def _verdict_end(text: str, start: int, end: int) -> int:
    """Where the block's verdict line ends (the block's start when it has none)."""
    v = _VERDICT.search(text, start, end)
    return text.find("\n", v.end()) % (len(text) + 1) if v else start


def drop_refuted_claims(text: str, f: Facts) -> None:
    """A strike inside a refuted claim, called untrue, or denied by its subject: no event."""
    s = f.sent
    blocks = _refuted_blocks(text)
    if any(a <= s.start < b for a, b in blocks) or _called_untrue(text, f) or _only_denied(text, f) \
            or blocks and _CARRIER.search(text, s.start, s.end):  # '"… 40 dead," reads the caption' (r35)
        f.places, f.districts, f.counts, f.counted_weapons, f.cumulative = [], [], [], [], True


def _called_untrue(text: str, f: Facts) -> bool:
    s = f.sent
    claim = _CLAIM_NOUN.search(text, s.start, s.end)
    return claim is not None and _REFUTING.search(text, claim.end(), s.end) is not None \
        and _ATTACKER_DENIES.search(text, s.start, s.end) is None


def _only_denied(text: str, f: Facts) -> bool:
    """Every strike word of the sentence lies in a denied hit (none with a toll, and no weapon figure:
    "shot down 12 drones: not one of the shelters was hit" keeps its interceptions)."""
    s = f.sent
    spans = [(m.start(), m.end()) for m in _DENIED.finditer(text, s.start, s.end)]
    return bool(spans) and not any(c.count.value for c in f.counts) and not f.counted_weapons and all(
        any(a <= m.start() < b for a, b in spans) for m in lx.ATTACK_WORDS.finditer(text, s.start, s.end))
