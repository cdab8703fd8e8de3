"""Rules extraction time against article size: linear growth from 10 KB to 20 MiB.

    .venv/bin/python benchmarks/bench_article_size.py [--sizes 10K,100K,1M,5M,20M] [--cap 120] [--pipeline]

Three shapes of the same synthetic war reporting (sentences written for this script, with
gazetteer places, numbers, weapons, dates and quotes in them):
  prose     paragraphs of ordinary sentences, a line break every few sentences;
  one-line  the same sentences on a single line (no line break at all);
  run-on    a single line with no sentence end at all (a hostile file: one 20 MiB "sentence").
For each shape and size it times `RulesBackend.extract` (or, with `--pipeline`, the whole
public `summariser.extract`, grounding included) and prints seconds, microseconds per KiB and
the growth factor against the previous size; linear time keeps µs/KiB flat. Growth is judged on
CPU time (`time.process_time`): on a shared machine the wall clock also counts other work. A shape stops at
the first size that takes longer than `--cap` seconds (the figure is printed as over the cap).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import time

from common import add_repo_to_path, print_header, print_table

add_repo_to_path()

# Fresh sentences for this benchmark: places, counts, weapons, dates, quotes and attribution.
_SENTENCES = [
    "Russian forces launched 84 drones and six cruise missiles at Ukraine overnight, the air force said.",
    "Air defence units shot down 71 of the drones over the Kyiv, Sumy and Poltava regions.",
    "In Kharkiv, a guided bomb struck a warehouse on Tuesday evening, injuring four workers.",
    "The governor of the Odesa region, writing on Telegram, said two people were killed in Izmail.",
    "\u201cThe enemy hit residential buildings in Dnipro again,\u201d the mayor told reporters.",
    "Kyiv says the attack damaged a power substation near Bila Tserkva and a school in Brovary.",
    "Moscow said its air defences downed 23 Ukrainian drones over the Belgorod and Kursk regions.",
    "Rescuers worked through the night in Zaporizhzhia, where a nine-storey building partly collapsed.",
    "Officials in Mykolaiv reported shelling of the port area but no casualties on Wednesday.",
    "The foreign ministers of France and Poland met in Warsaw on Monday to discuss air defence.",
]


def make_text(size: int, shape: str) -> str:
    """About `size` characters of the given shape."""
    parts, total = [], 0
    for i, s in enumerate(itertools.cycle(_SENTENCES)):
        if shape == "run-on":
            s = s.replace(".", "").replace(",", "").replace("\u201c", "").replace("\u201d", "")
        sep = "\n\n" if shape == "prose" and i % 5 == 4 else " "
        parts.append(s + sep)
        total += len(s) + len(sep)
        if total >= size:
            break
    return "".join(parts)[:size]


def parse_size(word: str) -> int:
    units = {"K": 1024, "M": 1024 * 1024}
    word = word.strip().upper().removesuffix("IB").removesuffix("B")
    return int(float(word[:-1]) * units[word[-1]]) if word[-1] in units else int(word)


def time_one(text: str, pipeline: bool) -> tuple[float, float]:
    """(CPU seconds, wall seconds). CPU time is what growth is judged on: on a shared machine the
    wall clock also counts other people's work."""
    from summariser.articles import make_article

    article = make_article(text, published=dt.date(2026, 11, 30), source="bench")
    c0, t0 = time.process_time(), time.perf_counter()
    if pipeline:
        import summariser

        summariser.extract(article, backend="rules")
    else:
        from summariser.backends.rules import RulesBackend

        RulesBackend().extract(article)
    return time.process_time() - c0, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10K,40K,200K,1M,5M,20M")
    ap.add_argument("--shapes", default="prose,one-line,run-on")
    ap.add_argument("--cap", type=float, default=120.0, help="stop a shape after a size slower than this (s)")
    ap.add_argument("--pipeline", action="store_true", help="time summariser.extract (grounding included)")
    args = ap.parse_args()
    print_header("Rules extraction time vs article size" + (" (whole pipeline)" if args.pipeline else ""))
    sizes = [parse_size(w) for w in args.sizes.split(",")]
    rows = []
    for shape in args.shapes.split(","):
        prev = None
        for size in sizes:
            secs, wall = time_one(make_text(size, shape), args.pipeline)
            per_kib = secs * 1e6 / (size / 1024)
            growth = f"x{secs / prev[1]:.1f} for x{size / prev[0]:.1f} size" if prev else "-"
            rows.append([shape, f"{size / 1024:,.0f} KiB", secs, wall, per_kib, growth])
            print(f"{shape:9} {size / 1024:>9,.0f} KiB  cpu {secs:8.2f} s  wall {wall:8.2f} s  {per_kib:9,.0f} µs/KiB  "
                  f"{growth}", flush=True)
            prev = (size, secs)
            if wall > args.cap:
                rows.append([shape, "larger sizes", f"skipped (over {args.cap:.0f} s)", "", ""])
                break
    print_table("time vs size", ["shape", "size", "CPU s", "wall s", "CPU µs per KiB", "growth (CPU)"], rows)


if __name__ == "__main__":
    main()
