"""One extracted record with the article it came from, and a garbage-collector pause for bulk work."""

from __future__ import annotations

import gc
from contextlib import contextmanager

from ..records import Extraction
from .model import member_key


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while millions of small, acyclic objects are made:
    its generational passes would otherwise rescan them again and again (superlinear)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _Item:
    """One extracted record with the article it came from."""

    __slots__ = ("ext", "kind", "index", "record", "key")

    def __init__(self, ext: Extraction, kind: str, index: int, record):
        self.ext, self.kind, self.index, self.record = ext, kind, index, record
        self.key = member_key(ext.article.id, kind, index)
