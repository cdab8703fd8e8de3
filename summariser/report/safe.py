"""HTML escaping for everything an article or a model can put on the page.

`escape` is `html.escape` plus one more step: Unicode direction controls (U+202A–U+202E,
U+2066–U+2069, U+200E/U+200F) are shown as visible code points instead of being obeyed, so an
article cannot reorder what the reader sees ("evil\u202Etxt.exe" style spoofing). Offsets are
unaffected: the page shows text, it never computes positions from it.
"""

from __future__ import annotations

import html
import re
from typing import Any, Iterable, Mapping

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(m: re.Match[str]) -> str:
    return f"<U+{ord(m.group()):04X}>"


def escape(text: str, quote: bool = True) -> str:
    return html.escape(BIDI_CONTROLS.sub(_visible, text), quote=quote)


def mapping(v: object) -> Mapping[str, Any]:
    """`v` when it is a mapping (a JSON object), else an empty one."""
    return v if isinstance(v, Mapping) else {}


def unique(xs: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(xs))


def attrs(values: Mapping[str, Any]) -> str:
    """HTML attributes, each value escaped; empty ones left out."""
    return "".join(f' {k}="{escape(str(v), quote=True)}"' for k, v in values.items() if v not in (None, ""))
