"""An actor a model writes as its code: a state as its ISO 3166-1 alpha-2 or alpha-3 code ("UA",
"TR", "GBR"), as structured-output models often do. The code names the same state as its name,
so it resolves to it; the article must still name that state (in any form) for grounding to keep
it, as for any actor. Only a code written in capitals is read ("ua" or "Tr" is no code).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CODE = re.compile(r"[A-Z]{2,3}")


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    """alpha-3 -> alpha-2, for the states the actor dictionary gives both."""
    from ..knowledge import _data

    return {e["iso3"]: e["code"] for e in _data.load("actors.yaml")["states"] if e.get("iso3")}


def actor_by_code(written: str) -> str | None:
    """The state an ISO code stands for ("UA" -> Ukraine, "TUR" -> Turkey); None for anything else."""
    from ..knowledge.actors import actor

    code = written.strip()
    if not _CODE.fullmatch(code):
        return None
    found = actor(_alpha3().get(code, code))
    return found.name if found is not None and found.kind == "state" else None
