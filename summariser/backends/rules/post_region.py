"""The region a regional official's post is about, for a record told only by "our region" (dev21
B3; the rules' side of dev20 A1, whose grounding half is grounding/post_region.py): "Dear
residents of the Belgorod region! Overnight our region was attacked by 31 drones; 29 were
downed." The post's opening sentence (a greeting, a title, a heading) names the region; a
record whose sentences name no place and say "our region" / "over the oblast" / "the
region was attacked" is that region's, not a country-level record, whether the region's night
opens the post or closes it.

Only when the opening names one region and the article names no other region as such: a second
region makes "our region" ambiguous. Which region a post is about is read by `knowledge/post_region.py`,
the same reader grounding asks."""

from __future__ import annotations

from ... import lexicon as lx
from ...knowledge.post_region import post_region, regions_named_as_such
from ...sentences import Sentence
from .events import Event


def opening_region(text: str, sents: list[Sentence]) -> lx.Place | None:
    """The one region the post's opening sentence names, when the article names no other."""
    return post_region(text, (sents[0].start, sents[0].end), regions_named_as_such) if sents else None


def place_post_region(events: list[Event], text: str, sents: list[Sentence]) -> None:
    """Put each place-less record told by the region anaphor on the post's region."""
    region = None
    for ev in events:
        if ev.places and ev.country_level is None or any(f.places for f in ev.facts) \
                or not any(lx.REGION_ANAPHOR.search(f.sent.text) for f in ev.facts):
            continue
        region = region or opening_region(text, sents)
        if region is None or ev.country_level not in (None, region.country):
            return
        ev.places, ev.country_level = [region], None
        ev.target = ev.target or region.country
