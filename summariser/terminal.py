"""Text that is safe to show on a terminal.

Article text, file names and model answers can carry characters that change what a
terminal shows: direction overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
reorder the characters around them, and control characters (ESC starts a terminal
escape sequence). `for_terminal` replaces each with a visible `<U+XXXX>` marker; tab and
newline stay. Cleaning removes the direction controls from the article text itself
(`cleaning.BIDI_CONTROLS`); this covers everything else shown on screen.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_UNSAFE = re.compile(f"[{BIDI_CONTROLS}\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]")


def for_terminal(text: str) -> str:
    """`text` with direction-control and control characters shown as <U+XXXX>."""
    return _UNSAFE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
