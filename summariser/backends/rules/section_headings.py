"""A heading line opens a section that runs over several paragraphs (r5atk, dev14 B2): a wire
factbox heads its sections "KHERSON", "Zaporizhzhia", "BELGOROD REGION" on a line of their own, and
every paragraph below tells of that place ("the city was struck again before dawn") until the
next heading. A heading is a short line alone in its paragraph, with no final full stop; a
heading that names no place ("ECONOMY", "DIPLOMACY") ends the section's place. Headings in
capitals are read in title case, so that the gazetteer knows them."""

from __future__ import annotations

import re

from ...sentences import Sentence

_CAPITALS = re.compile(r"[A-Z][A-Z'’ -]{2,40}")
_MAX_WORDS = 4


def capitals_folded(line: str) -> str:
    """A line written in capitals, in title case ("BELGOROD REGION" -> "Belgorod region"); other
    lines as they are."""
    stripped = line.strip()
    if not _CAPITALS.fullmatch(stripped.rstrip(":")):
        return line
    words = line.split(" ")
    return " ".join(w.capitalize() if i == 0 or not w.isupper() or w.lower() not in _ADMIN else w.lower()
                    for i, w in enumerate(words))


_ADMIN = {"district", "region", "oblast", "community", "hromada", "municipality"}


def heading_line(text: str, s: Sentence, starts: list[int]) -> bool:
    """The sentence is a short line alone in its paragraph with no final full stop."""
    line = s.text.strip()
    if not line or line.endswith(".") or len(line.split()) > _MAX_WORDS:
        return False
    following = [p for p in starts if p > s.start]
    para_end = following[0] if following else len(text)
    return not text[s.end:para_end].strip()
