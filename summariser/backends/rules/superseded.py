"""A toll told as the first or an earlier figure (atk8): "Initially, officials reported four dead",
"an earlier toll had put the number at three". Codebook rule 6 counts the first figure the article
gives for the event (usually the lead): told after the lead's own figure ("has risen to 12"), the
earlier figure is no count of the strike and its numbers are set aside, so that a field the lead
did not give ("initially four dead and ten hurt") takes nothing from it. When no figure was told
before it, it is the first figure the article gives, and it counts (r20, dev37 G2: "Initially,
officials reported four dead. By evening the toll had risen to 12." is killed 4). A sentence that
tells the update itself ("rose to 12 from an initial four") keeps its counts for the reader of
updates. In a live page printed newest first, "first" is in time: the earliest update's figures
come first (blog_order.py), and the figures set aside stay aside. The words live in
knowledge/data/cues/casualties.yaml."""

from __future__ import annotations

from ...knowledge import cues
from .common import Facts

_SUPERSEDED = cues.pattern("casualties", "superseded_figure")
_UPDATE = cues.pattern("casualties", "toll_update")


def drop_superseded_figures(text: str, f: Facts) -> None:
    """Set aside the counts of a sentence that tells an earlier, superseded figure."""
    s = f.sent
    if not f.counts or _UPDATE.search(text, s.start, s.end):
        return
    mark = _SUPERSEDED.search(text, s.start, s.end)
    first = min((c.count.evidence.start for c in f.counts if c.count and c.count.evidence), default=s.end)
    if mark is not None and mark.start() < first:
        # "Initially, officials reported four dead"; not "killing two, the governor initially said"
        f.superseded, f.counts = f.counts, []


def keep_first_figures(facts: list[Facts], blog: bool) -> None:
    """Give back the counts set aside when no sentence before told a figure: the article's first
    figure (codebook 6). Not in a newest-first live page, whose text order is not time order."""
    if blog:
        return
    for f in facts:
        if f.counts:
            return  # a figure was told before: the earlier figures after it stay aside
        if f.superseded:
            f.counts, f.superseded = f.superseded, []
            return
