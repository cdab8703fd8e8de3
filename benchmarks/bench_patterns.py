"""Which compiled patterns grounding and the rules' cross-check spend their time in, and what a
first-character guard (`summariser.regex_guard`) would save on each.

    .venv/bin/python benchmarks/bench_patterns.py [--articles 200] [--top 25]

Every module-level compiled pattern of `summariser` is wrapped in a proxy that counts its calls
and their time while `ground_drafts` + `build` (with the cross-check) run on the synthetic
articles of bench_openai (never seed text). The proxy adds ~1 µs a call, so the times are upper
bounds; the order is what matters. For each of the top patterns the script then times a search
of every sentence with the pattern as it is and with its guarded twin, and checks that both find
the same spans. Patterns only: work done in Python between the searches is not counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from typing import Any

from common import add_repo_to_path, draft_for, print_header, print_table, synthetic_article


class _Counted:
    """A compiled pattern that counts the calls of its methods and their time."""

    def __init__(self, rx: "re.Pattern[str]", label: str, stats: dict[str, list[float]]):
        self._rx, self._label, self._stats = rx, label, stats

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._rx, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            out = attr(*args, **kwargs)
            if name == "finditer":
                out = iter(list(out))  # the scan happens here, not when the caller iterates
            entry = self._stats.setdefault(self._label, [0, 0.0])
            entry[0] += 1
            entry[1] += time.perf_counter() - t0
            return out

        return call


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    print_header("bench_patterns: time per compiled pattern in grounding + the cross-check")
    add_repo_to_path()
    from summariser.articles import Article
    from summariser.backends.llm import ArticleDraft, ground_drafts
    from summariser.backends.openai_compat import OpenAIBackend
    from summariser.config import load_config
    from summariser.grounding import warm  # noqa: F401  (loads what grounding loads on first use)
    from summariser.pipeline import build
    from summariser.records import Usage
    from summariser.regex_guard import guarded
    from summariser.sentences import split_sentences

    stats: dict[str, list[float]] = {}
    originals: dict[str, "re.Pattern[str]"] = {}
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith("summariser"):
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                label = f"{name}.{attr}"
                originals[label] = value
                setattr(module, attr, _Counted(value, label, stats))
    config = load_config(backend="openai", base_url="http://127.0.0.1:9/v1", api_key="sk-bench", model="stub",
                         use_cache=False)
    backend = OpenAIBackend(config)
    texts = [synthetic_article(i) for i in range(7000, 7000 + args.articles)]
    for text in texts:
        article = Article(text=text, source="Synthetic Wire", published=dt.date(2025, 5, 1))
        draft = ArticleDraft.model_validate(draft_for(text))
        build(article, ground_drafts(config, article, [(0, draft)], Usage(), []), backend, 0.0, config)
    spans = [(t, s.start, s.end) for t in texts for s in split_sentences(t)]
    rows = []
    for label, (calls, seconds) in sorted(stats.items(), key=lambda kv: -kv[1][1])[:args.top]:
        rx = originals[label]
        text = guarded(rx.pattern, rx.flags)
        twin = re.compile(text, rx.flags) if text != rx.pattern else None
        plain_us = _search_us(rx, spans)
        twin_us = _search_us(twin, spans) if twin is not None else None
        same = twin is None or all(_span(rx.search(t, s, e)) == _span(twin.search(t, s, e)) for t, s, e in spans)
        rows.append([label.removeprefix("summariser."), f"{1000 * seconds / len(texts):.3f}",
                     f"{calls / len(texts):.1f}", f"{plain_us:.2f}",
                     "-" if twin_us is None else f"{twin_us:.2f}", "yes" if same else "NO"])
    total = sum(seconds for _, seconds in stats.values())
    print_table(f"the {args.top} costliest patterns, {len(texts)} articles ({1000 * total / len(texts):.2f} ms an "
                "article in all patterns, proxy included)",
                ["pattern", "ms/article", "calls/article", "µs/sentence", "guarded µs/sentence", "same spans"], rows)


def _search_us(rx: "re.Pattern[str]", spans: list[tuple[str, int, int]]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for text, start, end in spans:
            rx.search(text, start, end)
        best = min(best, time.process_time() - t0)
    return 1e6 * best / len(spans)


def _span(m: "re.Match[str] | None") -> tuple[int, int] | None:
    return None if m is None else m.span()


if __name__ == "__main__":
    sys.exit(main())
