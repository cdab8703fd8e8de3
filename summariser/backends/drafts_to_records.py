"""Drafts -> grounded records: the part of the LLM path that decides what a model's answer may say.

Every value of an `ArticleDraft` is checked against the article and records why it holds
(`records.Support`): evidence quotes align exactly, normalised, elided ("first words ... last
words") or fuzzily (`Span.alignment`), and a record whose quotes all fail is re-grounded from the
sentences that hold its places and numbers before it is dropped; counts need a number beside a
cue for their field (`grounding.count_support`: stated, implied, an explicit nil); places resolve
through the gazetteer to region, country and level; participants, attackers and targets resolve
to states and organisations, named directly or through a leader or capital (`inferred`); `when`
resolves against the publication date; free text (`damage`, `outcome`, `description`) keeps only
what the article supports. What fails is listed in `rejected` with the reason.
Its parts: `draft_sides` (attacker, target, direction), `draft_dates` (a record's date) and
`draft_diplomacy` (a diplomatic event); this module keeps the grounder and the attack record.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Sequence, TypeVar

from .. import grounding
from ..grounding import free_text
from ..grounding.calendar import implied_date, slipped_weekday, written_date
from ..grounding.complete import region_as_written, resolve_location, resolve_when
from ..grounding.qualified_places import head_name, located_as_written, qualifier_agrees
from ..grounding.context import Window, _context
from ..grounding.adjectival_regions import region_name
from ..grounding.dateline import outside_dateline
from ..grounding.locative import without_locative
from ..grounding.quote_pieces import aligned_pieces
from ..grounding.quote_sentences import sentence_pieces
from ..grounding.framed_homonyms import framed_place, target_namesake
from ..grounding.place_aliases import region_for_city_habit
from ..grounding.live_blog import stamped_day
from ..grounding.nil_backstop import counts_own_family, nil_interception
from ..grounding.told_zeros import fill_told_zeros, told_zero
from ..grounding.weapons import ground_model
from ..grounding.paragraph import paragraph_windows, same_event, sentence_span
from ..grounding.reference import place_by_reference
from ..grounding.scope_country import country_by_scope
from ..grounding.section_place import place_from_section
from ..grounding.site_names import gazetteer_site, site_named
from ..grounding.names import ground_actor
from ..grounding.words_at import within
from .draft_dates import day_before_named_strike, ground_date
from .draft_diplomacy import ground_diplomacy
from .draft_sides import _sides
from ..records import (
    COUNT_FIELDS, Alignment, Attack, Count, DateSpan, Diplomacy, Location, LocationLevel, Origin, Rejection, Span, Support,
    Weapon, WeaponType,
)

if TYPE_CHECKING:
    from .llm import ArticleDraft, AttackDraft, WeaponDraft

RecordT = TypeVar("RecordT", Attack, Diplomacy)

# A re-grounded record needs this many of its values (places, numbers, participants) in one sentence.
MIN_REGROUND_HITS = 2


@dataclass
class Grounded:
    """Records a draft produced, and what grounding refused."""

    attacks: list[Attack] = field(default_factory=list)
    diplomacy: list[Diplomacy] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Grounder:
    def __init__(self, text: str, offset: int, published: dt.date | None = None):
        self.text, self.offset, self.published = text, offset, published
        self.source = ""  # the article's `source:` metadata, where a reporter may be named alone
        self.title = ""  # the article's `title:` metadata, where the place it is about may be named (r21)
        self.masked = grounding.instruction_like_sentences(text)
        self.rejected: list[Rejection] = []
        self.warnings: list[str] = []
        # the record's paragraphs and places, and the sentences a count was read from there
        self.wider: tuple[list[Window], list[str]] = ([], [])
        self.added: list[Span] = []

    def reject(self, field_name: str, value: object, reason: str) -> None:
        self.rejected.append(Rejection(field=field_name, value=str(value)[:200], reason=reason))

    def injected(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.masked)

    def spans(self, quotes: list[str], what: str) -> list[Span]:
        out = []
        for q in quotes:
            span = grounding.align(q, self.text, near=self.offset)
            if span is None:
                self.reject(f"{what}.evidence", q, "quote not found in the article")
            elif self.injected(span.start, span.end):
                self.reject(f"{what}.evidence", q, "quote is an instruction or reader comment embedded in the article")
            elif span not in out:
                out.append(span)
        return out

    def pieces(self, quotes: list[str], what: str) -> list[Span]:
        """A diplomacy quote joined across paragraphs with "…": its pieces that align on their
        own (`grounding.quote_pieces`); a quote of several sentences: its sentences that do
        (`grounding.quote_sentences`, the others listed as refused); outside injected text."""
        out: list[Span] = []
        for q in quotes:
            found = aligned_pieces(q, self.text, near=self.offset)
            if not found:
                found, refused = sentence_pieces(q, self.text, near=self.offset)
                for sentence in refused:
                    self.reject(f"{what}.evidence", sentence, "quote sentence not found in the article")
            out += [sp for sp in found if not self.injected(sp.start, sp.end) and sp not in out]
        if out:
            self.warnings.append(f"{what}: quote aligned as its separate pieces")
        return out[:3]

    def reground(self, names: list[str], numbers: list[int], what: str) -> list[Span]:
        """Sentences holding at least MIN_REGROUND_HITS of the record's values, as evidence. Names
        count as written: one named only through people ("Sybiha and Fidan") or an alias is not
        enough, or an invented record pinned on a true sentence about the same people would stand
        (`test_grounding_planted_probes`; round 18 tried actors through aliases and leaders and
        withdrew it for that)."""
        ctx = _context(self.text)
        out = []
        for s in ctx.sentences:
            if self.injected(s.start, s.end):
                continue
            low = s.text.lower()
            hits = sum(1 for n in names if n and _word_in(n, low))
            hits += sum(1 for x in ctx.mentions if s.start <= x.m.start < s.end and x.m.value in numbers)
            if hits >= MIN_REGROUND_HITS:
                out.append(Span(text=s.text, start=s.start, end=s.end, alignment=Alignment.regrounded))
        if out:
            self.warnings.append(f"{what}: no quote aligned; re-grounded from {len(out[:3])} sentence(s) holding its values")
        return out[:3]

    def count(self, value: int, field_name: str, window: Window | Sequence[Window], path: str,
              weapon: "WeaponDraft | None" = None) -> Count | None:
        hits = [h for h in grounding.count_support(value, field_name, self.text, window)
                if not self.injected(h.start, h.end)] or self.paragraph_count(value, field_name)
        if not hits:
            self.reject(path, value, grounding.count_problem(path, value, self.text))
            return None
        if weapon is not None:  # two weapons with the same figure: each entry's count names its own weapon
            hits.sort(key=lambda h: not counts_own_family(self.text, h.end, weapon.type, weapon.model))
        h = hits[0]
        return Count(value=h.value, qualifier=h.qualifier, support=h.support,
                     evidence=Span(text=self.text[h.start:h.end], start=h.start, end=h.end))

    def paragraph_count(self, value: int, field_name: str) -> list[grounding.CountHit]:
        """The value stated beside its cue elsewhere in the record's paragraphs, in a sentence of
        the same event (`grounding.paragraph`); that sentence joins the record's evidence."""
        windows, places = self.wider
        hits = [h for h in grounding.count_support(value, field_name, self.text, windows) if windows
                and (h.support is Support.stated or value == 0 and self._paragraph_nil(field_name, h, windows))
                and not self.injected(h.start, h.end) and same_event(h.start, self.text, places)] if windows else []
        if hits and (s := sentence_span(hits[0].start, self.text)) not in self.added:
            self.added.append(s)
        return hits

    def _paragraph_nil(self, field_name: str, hit: grounding.CountHit, windows: Sequence[Window]) -> bool:
        """r28 (dev50): a model's 0 for the dead or hurt told later in the record's paragraph ("Five people
        were hurt in X. ... Nobody was killed."), read as the told-zero backstop reads one: it must cover the
        role, and no number for that role may stand in the paragraph."""
        if field_name not in ("killed", "injured"):
            return False
        zero = told_zero(field_name, self.text, [Span(text=self.text[a:b], start=a, end=b) for a, b in windows])
        return zero is not None and zero.evidence is not None and zero.evidence.start == hit.start

    def paragraph_nil(self, kind: WeaponType, alone: bool, launched: int | None, model: str | None) -> Count | None:
        """r21 (dev40 L2): intercepted = 0 told of this entry's weapons elsewhere in the record's
        paragraphs ("Not one of the cruise missiles was downed, the air force admitted."), read by the same
        nil reader as a nil the draft left null (`nil_interception`: the weapon family must be the
        entry's), in a sentence of the same event; that sentence joins the record's evidence."""
        windows, places = self.wider
        nil = nil_interception(self.text, windows, kind, alone, launched, model) if windows else None
        if nil is None or nil.evidence is None or self.injected(nil.evidence.start, nil.evidence.end) \
                or not same_event(nil.evidence.start, self.text, places):
            return None
        if (s := sentence_span(nil.evidence.start, self.text)) not in self.added:
            self.added.append(s)
        return nil

    def place(self, raw: str | None, path: str, windows: list[Window] | None = None,
              spans: list[Span] | None = None, target: str | None = None) -> tuple[Location, Support] | None:
        """The place, resolved; it must be named in the article and, for an attack, within the
        record's evidence windows (a strike elsewhere in the text is another strike), or be read
        from the article's context (`grounding.place_from_context`, support `inferred`)."""
        if not raw or not raw.strip():
            return None
        # "Bryanskaya oblast": the region's name; "outskirts of Shebekino": the place's; "Zaporozhye
        # NPP": the gazetteer's site
        raw = region_name(raw) or without_locative(raw) or gazetteer_site(raw) or region_for_city_habit(raw) or raw
        loc, known = resolve_location(raw)
        # an attack's place is named in its windows, not in the dateline they may open with
        candidates: list[Window | None] = list(outside_dateline(windows, self.text)) if windows else [None]
        named = [w for w in candidates
                 if grounding.ground_place(raw.strip(), self.text, w) or grounding.ground_place(loc.name, self.text, w)
                 or site_named(raw, self.text, w)]  # "Zaporozhye NPP" for the Zaporizhzhia nuclear plant
        if not named and windows and spans and self._told_by_context(raw, loc, spans, target):
            return loc, Support.inferred
        if not named and (head := head_name(raw)) is not None:
            # a qualifier the article does not give ("Nikolskoye (Moscow, Russia)"): the head name
            # as the article gives it, its region read from the article (`qualified_places`)
            heads = [w for w in candidates if grounding.ground_place(head, self.text, w)]
            if heads:
                return located_as_written(head, self.text, [w for w in heads if w is not None] or [(0, len(self.text))]), \
                    Support.stated
        if not named and windows and loc.level is LocationLevel.country and country_by_scope(loc.country, self.text, windows):
            return loc, Support.inferred  # "Across the country that night, ...": the one country of the article (r47)
        if not named:
            where = "near its evidence" if windows else "in the article"
            self.reject(path, raw, f"place not named {where}")
            return None
        if not known and (head := head_name(raw)) is not None and resolve_location(head)[1]:
            # "Kostiantynivka (Donetsk)": a qualifier the gazetteer cannot read; the head name it can
            return located_as_written(head, self.text, [w for w in named if w is not None] or [(0, len(self.text))]), \
                Support.stated
        if not known:
            self.warnings.append(f"{path}: {loc.name!r} is not in the gazetteer; region and country unknown")
        # the record's own sentences say whether the name is the region (its windows add neighbours);
        # a quote cut before "... and Oryol regions" still has its whole sentence
        said = [_widened(sp, self.text) for sp in spans] if spans else [w for w in named if w is not None]
        loc = region_as_written(raw, loc, self.text, said)
        # "Voronezh Oblast" for "a warehouse in Voronezh": the city; a homonym against the frame: the frame's
        loc = framed_place(loc, target, self.text, said, raw) if spans else loc
        # "Primorsk" hit by Ukraine, left by the frame in Ukraine: the town so named in Russia
        return (target_namesake(loc, raw, target) if known else loc), Support.stated

    def _told_by_context(self, raw: str, loc: Location, spans: list[Span], target: str | None) -> bool:
        """Is the place the article's subject, named before by anaphor ("the city") or the heading of
        the evidence's section (`section_place`)? A model's
        qualifier ("Kharkiv (Kharkiv Oblast, Ukraine)") is no part of the article's wording: its
        head name is read instead, when the qualifier agrees with the gazetteer's reading."""
        at = [(s.start, s.end) for s in spans]
        head = head_name(raw)
        names = [raw] + ([head] if head is not None and qualifier_agrees(raw, loc) else [])
        return any(grounding.place_from_context(name, self.text, at, target, self.title, self.source)
                   or place_by_reference(name, self.text, at)
                   or place_from_section(name, self.text, at) for name in names)  # under a heading "KHERSON"

    def actor(self, raw: str | None, path: str) -> tuple[str, Support] | None:
        if not raw or not raw.strip():
            return None
        found = ground_actor(raw, self.text, self.published)
        if found is None:
            self.reject(path, raw, "not named in the article, nor through a leader or capital it names")
            return None
        return found[0], Support(found[1])

    def when(self, words: str | None, near: int, path: str, windows: Sequence[Window] = (),
             own: Sequence[Window] = (), **kind: bool) -> DateSpan | None:
        """The date `words` name, read where they are written: inside the record's own sentences
        (`own`) when they are there (r25: an elided quote leaves its "on Friday" in the gap, and
        "by next Friday" a sentence before is another day), else nearest `near`."""
        if not words or not words.strip():
            return None
        span = next((found for a, b in own if (found := _aligned_within(words, self.text, a, b)) is not None), None) \
            or grounding.align(words, self.text, near=near)
        if span is not None and not _numbers_kept(words, span.text):
            span = None  # r34: "on 21 July 2026" fuzzily aligned to "On 23 July 2026" is another day
        if span is None or self.injected(span.start, span.end):
            return self.calendar_when(words, near, path, windows, **kind)
        return resolve_when(span.text, self.published, self.text, (span.start, span.end), **kind)

    def calendar_when(self, words: str, near: int, path: str, windows: Sequence[Window],
                      **kind: bool) -> DateSpan | None:
        """A date the model wrote as a calendar date ("2026-07-14", "13/14 July"): the article's
        own date it falls in, read near the record's evidence (`grounding.calendar`)."""
        written = written_date(words, self.published, **kind)

        def read(found: str, around: tuple[int, int]) -> DateSpan:
            if self.injected(*around):  # masked text implies nothing
                return DateSpan(text=found)
            return resolve_when(found, self.published, self.text, around, **kind)

        implied = implied_date(written, self.text, windows, near, self.published, read) if written else None
        if implied is None and written is not None:
            implied = stamped_day(written, words, self.text, near, self.published, diplomacy=kind.get("diplomacy", False))
        if implied is None and written is None:
            implied = slipped_weekday(words, self.text, windows, self.published, read, **kind)
        if implied is None:
            self.reject(path, words, "date words not found in the article, nor a date it gives near the evidence")
            return None
        self.warnings.append(f"{path}: {words!r} read as the article's {implied.text!r}")
        return implied

    def valid(self, path: str, build: Callable[[], RecordT]) -> RecordT | None:
        """The record `build` makes, or None with the reason when a cross-field check fails."""
        try:
            return build()
        except ValueError as exc:  # a cross-field check (children > total, ...) failed
            self.reject(path, "record", f"inconsistent: {exc}")
            return None

    def free(self, value: str | None, path: str) -> str:
        if not value:
            return ""
        kept, dropped = free_text.check(value, self.text, title=self.title or "")
        for piece, reason in dropped:
            self.reject(path, piece, reason)
        return kept


def _widened(span: Span, text: str) -> Window:
    """The span with the rest of the sentence it starts in."""
    sentence = sentence_span(span.start, text)
    return min(span.start, sentence.start), max(span.end, sentence.end)


def _word_in(name: str, low: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(name.lower()) + r"(?![\w])", low) is not None


def draft_to_records(draft: "ArticleDraft", text: str, offset: int = 0,
                     published: dt.date | None = None, source: str | None = None,
                     title: str | None = None) -> Grounded:
    """Ground a draft against the whole article text; `offset` is where its chunk starts.
    `source` is the article's `source:` metadata: a reporter named only there is named too;
    `title` its `title:`, where the place the article is about may be named (`place_from_context`)."""
    g = _Grounder(text, offset, published)
    g.source, g.title = source or "", title or ""
    out = Grounded()
    for i, a in enumerate(draft.attacks):
        if (rec := _attack(g, a, f"attacks[{i}]")) is not None:
            out.attacks.append(rec)
    out.attacks = day_before_named_strike(out.attacks, text, published)
    for i, d in enumerate(draft.diplomacy):
        if (talks := ground_diplomacy(g, d, f"diplomacy[{i}]")) is not None:
            out.diplomacy.append(talks)
    out.rejected, out.warnings = g.rejected, g.warnings
    return out


def _attack_values(a: "AttackDraft") -> tuple[list[str], list[int]]:
    names = [p.split(",")[0].strip() for p in a.places]
    numbers = [v for v in (getattr(a, n) for n in COUNT_FIELDS) if v]
    numbers += [v for w in a.weapons for v in (w.launched, w.intercepted) if v]
    return names, numbers


def _attack(g: _Grounder, a: "AttackDraft", path: str) -> Attack | None:
    spans = g.spans(a.evidence, path) or g.reground(*_attack_values(a), path)
    if not spans:
        g.reject(path, ", ".join(a.places) or a.kind.value, "no evidence quote aligns to the article, "
                 "and no sentence holds its places and numbers")
        return None
    window = grounding.evidence_windows(spans, g.text)
    src: dict[str, Origin] = {"kind": Origin.llm}
    sup: dict[str, Support] = {}
    fields: dict[str, Any] = {"kind": a.kind, "evidence": spans}
    g.wider, g.added = (paragraph_windows(spans, g.text), list(a.places)), []
    for name in COUNT_FIELDS:
        value = getattr(a, name)
        if value is not None and (c := g.count(value, name, window, f"{path}.{name}")):
            fields[name], src[name] = c, Origin.llm
    weapons = [_weapon(g, w, window, f"{path}.weapons[{j}]", len(a.weapons) == 1) for j, w in enumerate(a.weapons)]
    fields["evidence"] = spans + [s for s in g.added if s not in spans]
    g.wider = ([], [])
    if weapons:
        fields["weapons"], src["weapons"] = weapons, Origin.llm
    fill_told_zeros(fields, src, g.text, spans)  # a nil the answer left out (CODEBOOK rule 6)
    locations: list[Location] = []
    for j, raw in enumerate(a.places):
        if (found := g.place(raw, f"{path}.places[{j}]", window, spans, a.target_country)) and found[0] not in locations:
            sup[f"locations[{len(locations)}]"] = found[1]
            locations.append(found[0])
    if locations:
        fields["locations"], src["locations"] = locations, Origin.llm
    _sides(g, a, fields, src, sup, path)
    ground_date(g, a.when, spans, fields, src, sup, path)
    damage = [d for j, raw in enumerate(a.damage) if (d := g.free(raw, f"{path}.damage[{j}]"))]
    if damage:
        fields["damage"], src["damage"] = damage, Origin.llm
    reported = []
    for j, raw in enumerate(a.reported_by):
        if raw.strip() and (grounding.ground_name(raw.strip(), g.text)
                            or bool(g.source) and grounding.ground_name(raw.strip(), g.source)):
            reported.append(raw.strip())
        else:
            g.reject(f"{path}.reported_by[{j}]", raw, "not named in the article")
    if reported:
        fields["reported_by"], src["reported_by"] = reported, Origin.llm
    if a.civilian_targeting is not None:
        fields["civilian_targeting"], src["civilian_targeting"] = a.civilian_targeting, Origin.llm
    sup.update(text_values(fields))
    return g.valid(path, lambda: Attack(**fields, sources=src, support=sup))


def text_values(fields: dict[str, Any]) -> dict[str, Support]:
    """Weapon models, damage and sources kept only when the text has them: `stated`."""
    out = {f"weapons[{j}].model": Support.stated for j, w in enumerate(fields.get("weapons", [])) if w.model}
    for name in ("damage", "reported_by"):
        out |= {f"{name}[{j}]": Support.stated for j in range(len(fields.get(name, [])))}
    return out


def _weapon(g: _Grounder, w: "WeaponDraft", window: list[Window], path: str, alone: bool) -> Weapon:
    launched = g.count(w.launched, "launched", window, f"{path}.launched", w) if w.launched is not None else None
    told_nil = w.intercepted == 0 and not grounding.count_support(0, "intercepted", g.text, window)
    nil = g.paragraph_nil(w.type, alone, launched.value if launched else None, w.model) if told_nil else None
    intercepted = nil or (g.count(w.intercepted, "intercepted", window, f"{path}.intercepted", w)
                          if w.intercepted is not None else None)
    if w.intercepted is None and launched is not None:  # "none of the four was intercepted", left null: 0
        intercepted = nil_interception(g.text, window, w.type, alone, launched.value)
    if launched and intercepted and intercepted.value > launched.value:
        g.reject(f"{path}.intercepted", intercepted.value, "exceeds launched")
        intercepted = None
    model = w.model if w.model and (ground_model(w.model, g.text) or grounding.ground_name(w.model, g.text)) else None
    return Weapon(type=w.type, model=model, launched=launched, intercepted=intercepted)


def _numbers_kept(words: str, found: str) -> bool:
    """Every number of the article's words is one the model wrote: an alignment may forgive a
    letter, never a day or a year."""
    return set(re.findall(r"\d+", found)) <= set(re.findall(r"\d+", words))


def _aligned_within(words: str, text: str, start: int, end: int) -> Span | None:
    """`words` aligned inside text[start:end] as plain words, in the article's offsets; None when
    they are not written there."""
    at = within(words, text, start, end)
    if at is None:
        return None
    stop = at + len(" ".join(words.split()))
    return Span(text=text[at:stop], start=at, end=stop)
