"""A toll told as the first or an earlier figure (atk8): "Initially, officials reported four dead",
"an earlier toll had put the number at three". The report's latest figure ("has risen to 12")
wins, so the earlier figure is no count of the strike: its numbers are dropped. A sentence that
tells the update itself ("rose to 12 from an initial four") keeps its counts for the reader of
updates. The words live in knowledge/data/cues/casualties.yaml."""

from __future__ import annotations

from ...knowledge import cues
from .common import Facts

_SUPERSEDED = cues.pattern("casualties", "superseded_figure")
_UPDATE = cues.pattern("casualties", "toll_update")


def drop_superseded_figures(text: str, f: Facts) -> None:
    """Drop the counts of a sentence that tells an earlier, superseded figure."""
    s = f.sent
    if not f.counts or _UPDATE.search(text, s.start, s.end):
        return
    mark = _SUPERSEDED.search(text, s.start, s.end)
    first = min((c.count.evidence.start for c in f.counts if c.count and c.count.evidence), default=s.end)
    if mark is not None and mark.start() < first:
        f.counts = []  # "Initially, officials reported four dead"; not "killing two, the governor initially said"
