"""What every sentence of one article shares while the rules read its diplomacy: its text and day,
the people it introduces, its actors (read once, when first needed), its date headings, timeline
items and interview, and the warring sides."""

from __future__ import annotations

import datetime as dt

from ...sentences import Sentence
from .diplomacy_article_days import date_headings
from .diplomacy_exchange import war_sides
from .diplomacy_interview import read_interview
from .diplomacy_item_heads import item_heads
from .article_actors import ArticleActors, people_registry


class Article:
    """What every sentence of one article shares: its text and day, the people it introduces,
    its actor mentions (read once, when a sentence first needs them), its date headings and the
    warring sides."""

    def __init__(self, text: str, published: dt.date | None, war: bool, sents: list[Sentence]):
        self.text, self.published, self.sents = text, published, sents
        self.index = {x.start: i for i, x in enumerate(sents)}
        self.borrowed: dict[int, list[str]] = {}  # sentence start -> sides told in an earlier sentence
        self.people = people_registry(text)
        self.sides = war_sides(text) if war else []
        self.war = war
        self.headings = date_headings(text, published)
        self.items = item_heads(text, published)  # "- **Tuesday, 3 March.** …": a timeline's dated items
        self._actors: ArticleActors | None = None
        self.readout: str | None = None  # the state whose institution published the article
        self.author: str | None = None  # the state of the office-holder who wrote it (a post, an op-ed)
        self.whole: dict[int, Sentence] = {}  # a clause's start -> the sentence it was cut from
        self.interview = read_interview(text, lambda a, b: [m.actor.name for m in self.actors().within(a, b) if m.actor.kind == "state"])

    def actors(self) -> ArticleActors:
        if self._actors is None:
            self._actors = ArticleActors(self.text, self.published)
        return self._actors
