"""The HTML report: segments for overlapping spans, every span drawn, escaping of hostile
articles and values, the events timeline, the eval view, the CLI and the notebook view.

`seed_extractions`, `hostile_extraction` and `sample_events` are reused by
tests/test_report_browser.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.articles import load_articles
from summariser.cli import main
from summariser.records import (
    ArticleMeta, Attack, Count, DateSpan, Diplomacy, Extraction, Location, RemovedSpan, Rejection, Span, Weapon,
)
from summariser.report import (
    Highlight, highlight_text, locate, render_eval_html, render_extractions_html, segments,
)

ROOT = Path(__file__).resolve().parent.parent
HOSTILE_SCRIPT = "<script>window.__pwned = 1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned = 2">'

# --------------------------------------------------------------------------- builders


def _span(text: str, a: int, b: int) -> Span:
    return Span(text=text[a:b], start=a, end=b)


def seed_extraction(article) -> Extraction:
    """Hand-made records over a real article: spans found by shape (sentences, digits,
    capitalised words), so nothing here depends on what a seed says."""
    text = article.text
    sents = [m.span() for m in re.finditer(r"[^.\n]+\.", text)]
    digits = [m for m in re.finditer(r"\b\d{1,4}\b", text)]
    caps = [m for m in re.finditer(r"\b[A-Z][a-z]{3,}\b", text)]
    (a0, b0), (a1, b1), (a2, b2) = sents[:3]
    killed = None
    if digits:
        d = digits[0]
        killed = Count(value=int(d.group()), qualifier="at_least", evidence=_span(text, *d.span()))
    place = caps[1].group() if len(caps) > 1 else "Somewhere"
    mid0, mid1 = (a0 + b0) // 2, (a1 + b1) // 2
    attacks = [
        Attack(attacker="Side A", target_country="Side B", kind="missile_strike", locations=[Location(name=place)],
               date=DateSpan(start=article.published, end=article.published, precision="day"),
               weapons=[Weapon(type="drone", launched=Count(value=40), intercepted=Count(value=30))],
               killed=killed, evidence=[_span(text, a0, b0)],
               sources={"kind": "llm", "locations": "both", "killed": "rules", "weapons[0].launched": "llm"}),
        # crosses the first attack's sentence: the overlap case
        Attack(kind="shelling_artillery", locations=[Location(name=place, country="Country")],
               injured=Count(value=2, qualifier="more_than"), evidence=[_span(text, mid0, mid1)],
               sources={"injured": "llm"}),
    ]
    diplomacy = [Diplomacy(kind="talks", participants=["Side A", "Side B"], description="talks about talks",
                           evidence=[_span(text, a2, b2), _span(text, a0 + 2, a0 + 12)],  # nested inside attack 0
                           sources={"participants": "llm", "kind": "rules"})]
    return Extraction(article=article.meta(), summary=text[:120], attacks=attacks, diplomacy=diplomacy,
                      backend="rules", text=text, removed=list(article.removed),
                      warnings=["a warning about a value"],
                      rejected=[Rejection(field="killed", value="999", reason="not in the article")])


def seed_extractions() -> list[Extraction]:
    return [seed_extraction(a) for a in load_articles([str(ROOT / "seeds")])]


def hostile_extraction() -> Extraction:
    text = (f"Intro {HOSTILE_SCRIPT} and {HOSTILE_IMG} then </mark></div><b>bold</b> & more.\n"
            "Strike killed 7 people in <i>Town</i>.")
    s = text.index("<script>")
    k = text.index("7")
    bad = '"><script>window.__pwned = 3</script>'
    return Extraction(
        article={"id": "hostile'\"><x", "title": f"Title {HOSTILE_SCRIPT}", "source": HOSTILE_IMG,
                 "path": "evil<script>.txt", "url": "javascript:window.__pwned=4"},
        summary=f"summary {HOSTILE_SCRIPT}",
        attacks=[Attack(attacker=bad, locations=[Location(name=f"<b>{bad}</b>")], damage=[HOSTILE_IMG],
                        killed=Count(value=7, evidence=_span(text, k, k + 1)),
                        evidence=[_span(text, s, s + len(HOSTILE_SCRIPT)), _span(text, s + 3, len(text))],
                        sources={f'killed"><img src=x onerror="window.__pwned=5">': "llm", "attacker": "both"})],
        diplomacy=[Diplomacy(description=HOSTILE_SCRIPT, participants=[HOSTILE_IMG],
                             evidence=[_span(text, 0, 5)])],
        backend=f"rules{HOSTILE_SCRIPT}", text=text, warnings=[HOSTILE_SCRIPT],
        rejected=[Rejection(field=HOSTILE_IMG, value=HOSTILE_SCRIPT, reason=HOSTILE_IMG)],
        removed=[RemovedSpan(text=HOSTILE_SCRIPT, start=0, end=len(HOSTILE_SCRIPT), reason=HOSTILE_IMG)],
    )


def sample_events(exts: list[Extraction]) -> list[dict]:
    """Events shaped like `summarise reconcile` output; one merges two articles' attacks."""
    evs = []
    for i, e in enumerate(exts[:3]):
        a = e.attacks[0].model_dump(mode="json")
        evs.append({"event_id": f"ev{i}", "type": "attack", "record": a,
                    "members": [{"article_id": e.article.id, "type": "attack", "index": 0,
                                 "source": e.article.source, "published": str(e.article.published)}],
                    "ranges": {"killed": {"low": 3, "best": 5, "high": 5 + i}}, "disputed": ["killed"] if i else [],
                    "num_articles": 1, "num_sources": 1,
                    "claims": {"killed": [{"article_id": e.article.id, "index": 0, "source": "Outlet <i>X</i>",
                                           "published": "2025-04-04", "value": 5, "qualifier": "about"}]}})
    merged = [{"article_id": e.article.id, "type": "attack", "index": 1, "source": "outlet"} for e in exts[3:5]]
    evs.append({"event_id": "ev-merged", "type": "attack", "record": exts[3].attacks[1].model_dump(mode="json"),
                "members": merged, "ranges": {"injured": {"low": 2, "best": 3, "high": 40}}, "disputed": ["injured"],
                "num_articles": len(merged), "num_sources": 2})
    evs.append({"event_id": "dip", "type": "diplomacy", "record": exts[0].diplomacy[0].model_dump(mode="json"),
                "members": [{"article_id": exts[0].article.id, "type": "diplomacy", "index": 0}]})
    evs.append({"event_id": "<script>window.__pwned=6</script>", "record": {"locations": [{"name": HOSTILE_IMG}]}})
    evs.append({})  # missing every key: still drawn, undated, unknown place
    return evs


# --------------------------------------------------------------------------- HTML inspection


class Tags(HTMLParser):
    """Every element with its attributes, the text inside each <mark>, and script bodies."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.marks: list[tuple[dict, str]] = []
        self.scripts: list[str] = []
        self._in_mark: dict | None = None
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag == "mark":
            self._in_mark = a
            self.marks.append((a, ""))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = None
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_mark is not None:
            a, t = self.marks[-1]
            self.marks[-1] = (a, t + data)
        if self._in_script:
            self.scripts.append(data)


def parse(page: str) -> Tags:
    t = Tags()
    t.feed(page)
    return t


ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "h3", "p", "nav", "ol",
                "ul", "li", "a", "span", "section", "header", "mark", "table", "thead", "tbody", "tr", "th", "td",
                "b", "br", "details", "summary", "pre", "svg", "line", "text", "circle", "script",
                "g", "rect", "polygon"}  # the map's outline (summariser/report/map.py)


# --------------------------------------------------------------------------- segments


def _hl(a, b, rec, sid):
    return Highlight(a, b, rec, sid, f"{rec} {sid}")


def test_segments_cut_crossing_and_nested_spans_at_every_boundary():
    hs = [_hl(2, 8, "A", "s1"), _hl(5, 12, "B", "s2"), _hl(6, 7, "C", "s3")]
    segs = segments(15, hs)
    assert [(s.start, s.end) for s in segs] == [(0, 2), (2, 5), (5, 6), (6, 7), (7, 8), (8, 12), (12, 15)]
    covered = [{h.record for h in s.highlights} for s in segs]
    assert covered == [set(), {"A"}, {"A", "B"}, {"A", "B", "C"}, {"A", "B"}, {"B"}, set()]


def test_segments_ignore_out_of_range_and_empty_spans():
    segs = segments(5, [_hl(3, 9, "A", "s1"), _hl(2, 2, "B", "s2")])
    assert [(s.start, s.end, len(s.highlights)) for s in segs] == [(0, 5, 0)]


def test_every_span_is_drawn_with_its_data_attributes():
    text = "one two three four five six"
    hs = [_hl(0, 13, "A", "s1"), _hl(4, 18, "B", "s2"), _hl(8, 13, "A", "s3"), _hl(19, 19, "B", "s4")]
    out = highlight_text(text, hs, {"A": "red", "B": "blue"})
    marks = parse(out).marks
    for h in hs:
        drawn = "".join(t for a, t in marks if h.span in a["data-spans"].split())
        assert drawn == text[h.start:h.end], h
        assert all(h.record in a["data-records"].split() for a, _ in marks if h.span in a["data-spans"].split())
    overlap = next(a for a, t in marks if t == "two ")
    assert overlap["data-records"].split() == ["A", "B"]
    assert "linear-gradient(red 0% 50%, blue 50% 100%)" in overlap["style"]
    assert re.sub(r"<[^>]+>", "", out) == text  # nothing lost or duplicated


def test_locate_falls_back_to_the_span_text():
    text = "alpha beta gamma beta"
    assert locate(text, {"start": 6, "end": 10, "text": "beta"}) == (6, 10)
    assert locate(text, {"start": 0, "end": 4, "text": "beta"}) == (6, 10)  # wrong offsets
    assert locate(text, {"text": "gamma"}) == (11, 16)
    assert locate(text, {"text": "delta"}) is None


# --------------------------------------------------------------------------- the page


@pytest.fixture(scope="module")
def exts() -> list[Extraction]:
    return [*seed_extractions(), hostile_extraction()]


def test_page_draws_every_evidence_span_of_every_record(exts):
    from summariser.records import iter_spans

    tags = parse(render_extractions_html(exts))
    for idx, ext in enumerate(exts):
        marks = [(a, t) for a, t in tags.marks if a["data-records"].startswith(f"r{idx}")]
        drawn = {}
        for a, t in marks:
            for sid in a["data-spans"].split():
                drawn[sid] = drawn.get(sid, "") + t
        assert sorted(drawn.values()) == sorted(s.text for s in iter_spans(ext))
        cards = {a["data-record"] for tag, a in tags.elements if "card" in a.get("class", "").split()
                 and a["data-record"].startswith(f"r{idx}")}
        assert cards == {f"r{idx}a{i}" for i in range(len(ext.attacks))} | {f"r{idx}d{i}" for i in range(len(ext.diplomacy))}


def test_page_shows_sources_warnings_rejections_and_folded_boilerplate(exts):
    page = render_extractions_html(exts[:1])
    assert '<span class="src src-rules">rules</span>' in page and '<span class="src src-both">both</span>' in page
    assert "a warning about a value" in page and "Rejected by grounding (1)" in page
    if exts[0].removed:
        assert '<details class="removed"><summary>Removed boilerplate' in page


def test_hostile_article_and_values_render_as_text(exts):
    page = render_extractions_html(exts, sample_events(exts))
    tags = parse(page)
    assert {tag for tag, _ in tags.elements} <= ALLOWED_TAGS  # no <img>, <i>, <x> from the article
    assert [tag for tag, _ in tags.elements].count("script") == 1
    assert not any(k.startswith("on") for _, a in tags.elements for k in a)
    assert "__pwned" not in "".join(tags.scripts)
    assert not any(str(a.get("href", "")).startswith("javascript:") for _, a in tags.elements)
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;/mark&gt;&lt;/div&gt;&lt;b&gt;bold&lt;/b&gt; &amp; more." in page


def test_page_is_self_contained_and_its_script_is_the_one_the_policy_allows(exts):
    page = render_extractions_html(exts)
    tags = parse(page)
    assert not any("src" in a or tag == "link" for tag, a in tags.elements)
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", page.replace(exts[-1].article.url or "", ""))
    csp = next(a["content"] for tag, a in tags.elements if a.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(tags.scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp


def test_events_timeline_and_table_link_back_to_records(exts):
    events = sample_events(exts)
    page = render_extractions_html(exts, events)
    tags = parse(page)
    circles = [a for tag, a in tags.elements if tag == "circle" and "data-event" in a]  # the timeline's
    assert len(circles) == len(events)
    ids = {a["id"] for _, a in tags.elements if "id" in a}
    hrefs = [a["href"] for tag, a in tags.elements if tag == "a" and a.get("href", "").startswith("#")]
    assert {c["data-event"] for c in circles} <= ids
    assert all(h[1:] in ids for h in hrefs)  # every anchor resolves
    assert {"#r3a1", "#r4a1", "#r0d0"} <= set(hrefs)  # the merged event links both articles' records
    assert "<b>3</b> / 40" in page and 'class="tag disputed"' in page
    assert "undated" in page and "unknown place" in page
    assert "<td>killed</td><td>~5</td><td>Outlet &lt;i&gt;X&lt;/i&gt; · 2025-04-04</td>" in page


def test_no_events_section_without_events(exts):
    assert '<svg class="timeline"' not in render_extractions_html(exts[:2])
    assert "No reconciled events" in render_extractions_html(exts[:2], [])


def test_eval_page_marks_matches_misses_and_false_positives(exts):
    ext = exts[0]
    gold = {"attacks": [a.model_dump(mode="json") for a in ext.attacks],
            "diplomacy": [{"kind": "talks", "evidence": [{"text": ext.diplomacy[0].evidence[0].text}]}]}
    pred = {"attacks": [ext.attacks[0].model_dump(mode="json")], "diplomacy": [],
            "extra": "ignored"}
    pred["attacks"].append({"kind": "other", "attacker": HOSTILE_SCRIPT, "evidence": [{"text": "not in it", "start": 0, "end": 9}]})
    items = [{"article": {"id": ext.article.id, "path": ext.article.path, "title": HOSTILE_SCRIPT},
              "text": ext.text, "gold": gold, "predicted": pred, "backend": "rules",
              "matches": [{"type": "attack", "gold": 0, "pred": 0, "score": 0.875}]}]
    page = render_eval_html(items)
    tags = parse(page)
    assert {tag for tag, _ in tags.elements} <= ALLOWED_TAGS
    assert page.count('class="tag ok"') == 1 and "matched 0.88" in page
    assert page.count('class="tag miss"') == 2 + 1  # two gold misses, plus the legend
    assert page.count('class="tag fp"') == 1 + 1
    layers = {w for a, _ in tags.marks for w in a["class"].split()}
    assert {"gold", "pred"} <= layers
    row = next(a for tag, a in tags.elements if tag == "tr" and "verdict-ok" in a.get("class", ""))
    assert row["data-record"] == "g0a0 p0a0"
    assert "span not found in the text" in page  # the false positive's bad span is reported, not drawn


# --------------------------------------------------------------------------- CLI and notebook


def test_cli_writes_the_report(tmp_path, exts):
    recs = tmp_path / "records.jsonl"
    recs.write_text("".join(e.model_dump_json() + "\n" for e in exts), encoding="utf-8")
    evs = tmp_path / "events.jsonl"
    evs.write_text("".join(json.dumps(e) + "\n" for e in sample_events(exts)), encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(recs), str(evs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{len(exts)} article(s)" in result.output
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="article') == len(exts) and '<svg class="timeline"' in page


def test_cli_names_the_file_and_the_fix_for_bad_input(tmp_path):
    bad = tmp_path / "records.jsonl"
    bad.write_text('{"not": "an extraction"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(bad), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2  # a bad input file is a usage error (docs/cli.md exit codes)
    assert "records.jsonl: line 1 is not an Extraction" in result.output and "summarise extract" in result.output
    assert not (tmp_path / "r.html").exists()


def test_notebook_view_is_the_report_for_one_article(exts):
    frag = exts[-1]._repr_html_()
    tags = parse(frag)
    assert frag.startswith('<div class="smr">') and tags.marks
    assert {tag for tag, _ in tags.elements} <= ALLOWED_TAGS
    assert "<pre>" in exts[-1].attacks[0]._repr_html_()  # other records still show their JSON


def test_dates_in_events_tolerate_strings_and_missing_dates():
    page = render_extractions_html([], [{"type": "attack", "record": {"date": {"start": "2025-01-02"}}},
                                        {"type": "attack", "members": [{"published": "2025-01-09"}]},
                                        {"type": "diplomacy", "record": {"date": {"start": "garbage"}}}])
    assert "2025-01-02" in page and "2025-01-09" in page and dt.date(2025, 1, 2).isoformat() in page
    assert page.count("<circle") == 3


def test_events_from_the_reconciler_render_and_link_back(exts):
    from summariser.reconciler import reconcile
    events = [json.loads(e.model_dump_json()) for e in reconcile(exts[:-1])]
    tags = parse(render_extractions_html(exts, events))
    assert len([a for tag, a in tags.elements if tag == "circle" and "data-event" in a]) == len(events) > 0
    ids = {a["id"] for _, a in tags.elements if "id" in a}
    hrefs = [a["href"][1:] for tag, a in tags.elements if tag == "a" and a.get("href", "").startswith("#")]
    assert all(h in ids for h in hrefs)
    linked = {h for h in hrefs if re.fullmatch(r"r\d+[ad]\d+", h)}
    assert linked == {f"r{i}{k[0]}{j}" for i, e in enumerate(exts[:-1])
                      for k, recs in (("a", e.attacks), ("d", e.diplomacy)) for j in range(len(recs))}


def test_direction_overrides_in_an_article_are_shown_not_obeyed():
    text = "A file named report\u202etxt.exe was shared. Shelling hit the \u2067market\u2069 at noon."
    ext = Extraction(article=ArticleMeta(id="bidi", title="title \u202eelttit"), backend="rules", text=text)
    page = render_extractions_html([ext])
    assert "\u202e" not in page and "\u2067" not in page and "\u2069" not in page
    assert "report&lt;U+202E&gt;txt.exe" in page and "&lt;U+2067&gt;market" in page


def test_nightly_figures_chart_launched_and_intercepted_per_type_from_the_records():
    text = "Overnight Russia launched 120 drones and 6 cruise missiles at Odesa; air defences shot down 100 drones."
    d, m, s = text.index("120"), text.index("6 cruise"), text.index("100")
    attack = Attack(locations=[Location(name="Odesa")], date=DateSpan(start="2025-03-01", end="2025-03-02", precision="range"),
                    weapons=[Weapon(type="drone", launched=Count(value=120, evidence=_span(text, d, d + 3)),
                                    intercepted=Count(value=100, evidence=_span(text, s, s + 3))),
                             Weapon(type="cruise_missile", launched=Count(value=6, evidence=_span(text, m, m + 1)))],
                    evidence=[_span(text, 0, len(text))])
    ext = Extraction(article=ArticleMeta(id="night"), backend="rules", text=text, attacks=[attack])
    page = render_extractions_html([ext])
    assert "Launched vs intercepted per night" in page
    assert "2025-03-02 · drone launched: 120" in page and "2025-03-02 · drone intercepted: 100" in page
    assert "2025-03-02 · cruise missile launched: 6" in page
    assert "126" not in page  # drones and missiles are never added together
    empty = Extraction(article=ArticleMeta(id="none"), backend="rules", text="No strikes.")
    assert "Nightly figures" not in render_extractions_html([empty])
