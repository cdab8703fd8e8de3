"""A bracket inside a list item belongs to that item: "110 drones (mostly Geran-2) and 10
missiles", "180 drones [including decoys], 14 cruise missiles". Readers of lists blank balanced
brackets (with spaces, so offsets hold) before they look for the list's joints and stops; an
unbalanced bracket still ends a list.
"""

from __future__ import annotations

import re

# one balanced pair, no bracket inside it, short enough to be an aside of one item
_PAIR = re.compile(r"\([^()\[\]]{0,80}\)|\[[^()\[\]]{0,80}\]")


def blank_brackets(text: str) -> str:
    """`text` with each balanced (...) or [...] replaced by as many spaces."""
    return _PAIR.sub(lambda m: " " * len(m.group(0)), text)
