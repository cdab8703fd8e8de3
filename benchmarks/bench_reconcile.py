"""Reconciler at archive scale: `summarise reconcile` end to end (events written), per engine.

    .venv/bin/python benchmarks/bench_reconcile.py [--sizes 10000,100000,1000000]
        [--engines python,duckdb] [--before] [--seed 7]

Synthetic war reporting: attacks on real Ukrainian and Russian towns (front-line towns
more often), overnight strikes spanning two dates, diplomacy between real parties; each
real event is reported by 1-6 outlets with noisy tolls, spelling variants (Kharkov,
Odessa), region-only mentions, missing attackers and dates, and articles holding several
records. Density is fixed (about `EVENTS_PER_DAY` events a day), so more records means a
longer period, as a growing archive would; blocking cost then grows linearly.

Each size is first written as extraction JSONL (as `summarise extract` writes it, without
article text; cached in the system's temp folder, not timed). The timed part is what
`summarise reconcile FILE --out events.jsonl -f none` runs: reading (and validating) every
line, features, blocking, scoring, clustering, reading the lines again, building every event
and writing the events file (`summariser.reconciler.archive.reconcile_files`). `--before` also times the
in-memory path the command used before (load every Extraction, `reconcile()`,
`write_events`). Each (size, engine) runs in its own subprocess, so the peak resident memory
(ru_maxrss) is that run's alone; it is the main process's (the helper processes an archive run
starts, the first pass's helper and the second event builder, are not in it: a child's ru_maxrss counts
the parent's pages at the fork, so it cannot be read that way). CPU seconds include them. Pairwise precision/recall are read back from the events file
against the synthetic truth. Goal: 1M records in under 60 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import add_repo_to_path, current_rss_mb, peak_rss_mb, print_header, print_table, verdict

add_repo_to_path()

EVENTS_PER_DAY = 40
GOAL_S = 60.0
START = dt.date(2022, 2, 24)

# (spelling variants, admin1 as reported) — front-line towns first, weighted heavier
TOWNS = [
    (["Kharkiv", "Kharkov"], "Kharkiv Oblast"), (["Kherson"], "Kherson Oblast"),
    (["Zaporizhzhia", "Zaporozhye"], "Zaporizhzhia Oblast"), (["Sumy"], "Sumy Oblast"),
    (["Kramatorsk"], "Donetsk Oblast"), (["Sloviansk", "Slavyansk"], "Donetsk Oblast"),
    (["Pokrovsk"], "Donetsk Oblast"), (["Kostiantynivka"], "Donetsk Oblast"), (["Nikopol"], "Dnipropetrovsk Oblast"),
    (["Dnipro", "Dnepr"], "Dnipropetrovsk Oblast"), (["Kryvyi Rih", "Krivoy Rog"], "Dnipropetrovsk Oblast"),
    (["Odesa", "Odessa"], "Odesa Oblast"), (["Mykolaiv", "Nikolaev"], "Mykolaiv Oblast"),
    (["Kyiv", "Kiev"], None), (["Chernihiv"], "Chernihiv Oblast"), (["Poltava"], "Poltava Oblast"),
    (["Kupiansk", "Kupyansk"], "Kharkiv Oblast"), (["Izium"], "Kharkiv Oblast"), (["Shostka"], "Sumy Oblast"),
    (["Kremenchuk"], "Poltava Oblast"), (["Lviv", "Lvov"], "Lviv Oblast"), (["Vinnytsia"], "Vinnytsia Oblast"),
    (["Zhytomyr"], "Zhytomyr Oblast"), (["Bila Tserkva"], "Kyiv Oblast"), (["Brovary"], "Kyiv Oblast"),
    (["Uman"], "Cherkasy Oblast"), (["Khmelnytskyi"], "Khmelnytskyi Oblast"), (["Belgorod"], "Belgorod Oblast"),
    (["Kursk"], "Kursk Oblast"), (["Bryansk"], "Bryansk Oblast"), (["Shebekino"], "Belgorod Oblast"),
    (["Rostov-on-Don"], "Rostov Oblast"), (["Novorossiysk"], "Krasnodar Krai"), (["Moscow"], None),
    (["Melitopol"], "Zaporizhzhia Oblast"), (["Kerch"], "Crimea"), (["Sevastopol"], "Crimea"),
]
# smaller front-line and border settlements, as (name, oblast) — unknown to the gazetteer, so they
# exercise the path where the record's own admin1 decides the block
_SMALL = {
    "Donetsk Oblast": "Toretsk Chasiv-Yar Siversk Kurakhove Vuhledar Avdiivka Selydove Hirnyk Novohrodivka "
                      "Bilozerske Mykolaivka Illinivka Druzhkivka Dobropillia Lyman Myrnohrad Rodynske",
    "Kharkiv Oblast": "Vovchansk Lyptsi Kozacha-Lopan Bohodukhiv Pisochyn Derhachi Slatyne Velykyi-Burluk Borova "
                      "Chuhuiv Balakliia Zolochiv Lozova",
    "Sumy Oblast": "Bilopillia Krasnopillia Velyka-Pysarivka Myropillia Vorozhba Yunakivka Putyvl Okhtyrka Konotop",
    "Zaporizhzhia Oblast": "Stepnohirsk Mala-Tokmachka Vilniansk Komyshuvakha Orikhiv Huliaipole",
    "Kherson Oblast": "Antonivka Bilozerka Stanislav Darivka Chornobaivka Komyshany Sadove Beryslav",
    "Dnipropetrovsk Oblast": "Marhanets Pokrov Chervonohryhorivka Synelnykove Mezhova Pavlohrad Kamianske",
    "Chernihiv Oblast": "Novhorod-Siverskyi Semenivka Horodnia Nizhyn", "Mykolaiv Oblast": "Ochakiv Kutsurub",
    "Odesa Oblast": "Izmail Chornomorsk Pivdenne", "Belgorod Oblast": "Grayvoron Valuyki Novaya-Tavolzhanka",
    "Kursk Oblast": "Sudzha Rylsk Lgov Tetkino Glushkovo Kurchatov", "Bryansk Oblast": "Klintsy Klimovo Sevsk",
}
TOWNS += [([town.replace("-", " ")], oblast) for oblast, towns in _SMALL.items() for town in towns.split()]
RUSSIAN = {"Belgorod", "Kursk", "Bryansk", "Shebekino", "Rostov-on-Don", "Novorossiysk", "Moscow"} | {
    t.replace("-", " ") for o in ("Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast") for t in _SMALL[o].split()}
KINDS = ["air_drone_strike", "missile_strike", "drone_and_missile", "shelling_artillery", "glide_bomb"]
KIND_WEAPONS = {"air_drone_strike": ["drone"], "missile_strike": ["cruise_missile", "ballistic_missile"],
                "drone_and_missile": ["drone", "missile"], "shelling_artillery": ["artillery"],
                "glide_bomb": ["glide_bomb"]}
_STATES = ["United States", "Russia", "Ukraine", "Turkey", "France", "United Kingdom", "European Union", "China",
           "Poland", "Germany", "NATO", "Belarus", "Saudi Arabia", "Qatar", "India", "Hungary", "Japan", "UN"]
PARTIES = [[a, b] for k, a in enumerate(_STATES) for b in _STATES[k + 1:]]
PARTY_VARIANTS = {"United States": ["U.S.", "Washington"], "United Kingdom": ["Britain", "UK"],
                  "Russia": ["Moscow", "the Kremlin"], "Ukraine": ["Kyiv"]}
DIPLOMACY_KINDS = ["talks", "meeting", "phone_call", "visit", "prisoner_exchange", "sanctions", "military_aid"]
OUTLETS = 40


def synthesise(n: int, seed: int):
    """n raw records as (event number, kind, article number, fields) plus the truth."""
    rng = random.Random(seed)
    weights = [1.0 / (k + 1) ** 0.5 for k in range(len(TOWNS))]
    days = max(30, int(n / 2.2 / EVENTS_PER_DAY))
    rows, truth, article, event = [], [], 0, 0
    open_articles: list[int] = []
    taken: set = set()  # (place, day): distinct synthetic events never share place and night
    while len(rows) < n:
        reports = rng.choices([1, 2, 3, 4, 6], weights=[40, 25, 15, 12, 8])[0]
        day = START + dt.timedelta(days=rng.randrange(days))
        make = (_attack if rng.random() < 0.85 else _diplomacy)(rng, weights, day, taken)
        if make is None:
            continue  # that place is busy on those days: draw again
        used: set[int] = set()
        for _ in range(reports):
            if len(rows) >= n:
                break
            # about a third of records share an article with a record of another recent event
            art = open_articles[rng.randrange(len(open_articles))] if open_articles and rng.random() < 0.35 else -1
            if art < 0 or art in used:
                art = article
                article += 1
                open_articles.append(art)
                if len(open_articles) > 50:
                    open_articles.pop(0)
            used.add(art)
            rows.append((art, day + dt.timedelta(days=rng.randrange(2))) + make(rng))
            truth.append(event)
        event += 1
    return rows, truth


def _reserve(taken: set, place, day: dt.date) -> bool:
    slots = [(place, day + dt.timedelta(days=k)) for k in (-1, 0, 1)]
    if any(s in taken for s in slots):
        return False
    taken.update(slots[1:])
    return True


def _attack(rng: random.Random, weights, day: dt.date, taken: set):
    names, admin1 = rng.choices(TOWNS, weights=weights)[0]
    if not _reserve(taken, names[0], day):
        return None
    kind = rng.choice(KINDS)
    overnight = rng.random() < 0.3
    killed = rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 12, 25])
    injured = killed * rng.randint(1, 6) + rng.randint(0, 10)
    country = "Russia" if names[0] in RUSSIAN else "Ukraine"
    attacker = "Ukraine" if country == "Russia" else "Russia"

    def report(rng: random.Random):
        name = rng.choice(names)
        if admin1 and rng.random() < 0.1:
            loc = [(admin1, None, country, "region")]
        else:
            loc = [(name, admin1 if rng.random() < 0.6 else None, None, "city")]  # "Izium, Kharkiv region"
        start = end = day
        if overnight:
            r = rng.random()
            after = day + dt.timedelta(days=1)  # outlets date an overnight strike as a range, or either day
            start, end = (day, after) if r < 0.5 else ((day, day) if r < 0.75 else (after, after))
        if rng.random() < 0.03:
            start = end = None
        k = max(0, killed + rng.choice([0, 0, 0, 1, -1, 2])) if rng.random() < 0.8 else None
        i = max(0, injured + rng.randint(-3, 3)) if rng.random() < 0.7 else None
        return ("attack", dict(start=start, end=end, locations=loc,
                               attacker=rng.choice([attacker, f"{attacker} forces", None]),
                               kind=kind if rng.random() < 0.9 else "other", weapons=KIND_WEAPONS[kind],
                               killed=k, injured=i), rng.randrange(OUTLETS))
    return report


def _diplomacy(rng: random.Random, _weights, day: dt.date, taken: set):
    parties = rng.choice(PARTIES)
    kind = rng.choice(DIPLOMACY_KINDS)
    if not _reserve(taken, tuple(parties), day):
        return None

    def report(rng: random.Random):
        names = [rng.choice([p] + PARTY_VARIANTS.get(p, [])) for p in parties if rng.random() < 0.9] or parties[:1]
        dated = rng.random() > 0.1
        return ("diplomacy", dict(start=day if dated else None, end=day if dated else None, participants=names,
                                  kind=kind), rng.randrange(OUTLETS))
    return report


def write_jsonl(n: int, seed: int) -> tuple[Path, Path]:
    """The synthetic records of size n as extraction JSONL, and their truth (cached)."""
    folder = Path(tempfile.gettempdir()) / "summariser-bench-reconcile"
    folder.mkdir(exist_ok=True)
    path, truth_path = folder / f"records-{n}-{seed}.jsonl", folder / f"truth-{n}-{seed}.json"
    if path.exists() and truth_path.exists():
        return path, truth_path
    rows, truth = synthesise(n, seed)
    arts: dict[int, dict] = {}
    keys = []
    for art, pub, kind, f, outlet in rows:
        ext = arts.setdefault(art, {"article": {"id": f"a{art:08d}", "published": pub.isoformat(),
                                                "source": f"outlet {outlet}"},
                                    "attacks": [], "diplomacy": [], "backend": "synthetic"})
        date = None
        if f["start"]:
            date = {"start": f["start"].isoformat(), "end": f["end"].isoformat(),
                    "precision": "day" if f["start"] == f["end"] else "range"}
        if kind == "attack":
            keys.append(f"a{art:08d}/attack/{len(ext['attacks'])}")
            ext["attacks"].append({
                "attacker": f["attacker"], "kind": f["kind"], "date": date,
                "locations": [{"name": nm, "admin1": a, "country": c, "level": lv} for nm, a, c, lv in f["locations"]],
                "weapons": [{"type": w} for w in f["weapons"]],
                "killed": {"value": f["killed"]} if f["killed"] is not None else None,
                "injured": {"value": f["injured"]} if f["injured"] is not None else None})
        else:
            keys.append(f"a{art:08d}/diplomacy/{len(ext['diplomacy'])}")
            ext["diplomacy"].append({"kind": f["kind"], "participants": f["participants"], "date": date})
    tmp = path.with_suffix(".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        for ext in arts.values():
            fh.write(json.dumps(ext) + "\n")
    tmp.replace(path)
    truth_path.write_text(json.dumps(dict(zip(keys, truth))), encoding="utf-8")
    return path, truth_path


def run_one(n: int, seed: int, engine: str) -> dict:
    """One end-to-end run in this process: `engine` is python, duckdb or before (in memory)."""
    from summariser.reconciler import load_extractions, reconcile, write_events
    from summariser.reconciler.archive import reconcile_files

    path, truth_path = write_jsonl(n, seed)
    out = path.with_name(f"events-{n}-{engine}.jsonl")
    rss_start = current_rss_mb()
    cpu0 = _cpu_s()
    t0 = time.perf_counter()
    stages: dict = {}
    if engine == "before":
        write_events(reconcile(load_extractions([path])), out)
    else:
        stages = reconcile_files([path], out, engine=engine).cpu
    total = time.perf_counter() - t0
    cpu = _cpu_s() - cpu0
    peak = peak_rss_mb()
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    clusters, events = [], 0
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            members = json.loads(line)["members"]
            clusters.append([truth[f"{m['article_id']}/{m['type']}/{m['index']}"] for m in members])
            events += 1
    out.unlink()
    precision, recall = pairwise(clusters)
    return {"n": n, "engine": engine, "total_s": total, "cpu_s": cpu, "events": events, "true_events": len(set(truth.values())),
            "precision": precision, "recall": recall, "rss_start_mb": rss_start, "peak_rss_mb": peak,
            "input_mb": path.stat().st_size / 2**20, "stages": stages, "load": os.getloadavg()[0]}


def _cpu_s() -> float:
    """CPU seconds of this process, its threads and the processes it waited for (the first
    pass's helper and the second event builder of an archive run), user + system: on a loaded machine the
    wall time measures the neighbours, this measures the work (DuckDB's threads and the
    helper processes add up, so on two quiet cores the wall time can be about half of it)."""
    return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def pairwise(clusters: list[list[int]]) -> tuple[float, float]:
    """Pairwise precision/recall of the events (as lists of true event numbers)."""
    def pairs(sizes):
        return sum(s * (s - 1) // 2 for s in sizes)
    predicted = pairs(len(c) for c in clusters)
    true = pairs(Counter(t for c in clusters for t in c).values())
    correct = sum(pairs(Counter(c).values()) for c in clusters)
    return (correct / predicted if predicted else 1.0), (correct / true if true else 1.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated record counts")
    ap.add_argument("--engines", default="python,duckdb", help="comma-separated: python, duckdb")
    ap.add_argument("--before", action="store_true", help="also time the in-memory path (load all, reconcile(), "
                                                          "write_events) the command used before")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # internal: run one size and engine, print JSON
    ap.add_argument("--generate", type=int, help=argparse.SUPPRESS)  # internal: write one size's input
    args = ap.parse_args()
    if args.generate:
        write_jsonl(args.generate, args.seed)
        return
    if args.one:
        print(json.dumps(run_one(int(args.one[0]), args.seed, args.one[1])))
        return
    print_header("summarise reconcile end to end: extraction JSONL in, events JSONL written")
    engines = [e for e in args.engines.split(",") if e] + (["before"] if args.before else [])
    rows, results = [], []
    for n in [int(s) for s in args.sizes.split(",") if s.strip()]:
        # generated in a process of its own: a run's ru_maxrss counts the pages of the process
        # it was forked from, so generating 1M records here (~2.4 GiB) showed as the run's peak
        subprocess.run([sys.executable, __file__, "--generate", str(n), "--seed", str(args.seed)], check=True)
        for engine in engines:
            out = subprocess.run([sys.executable, __file__, "--one", str(n), engine, "--seed", str(args.seed)],
                                 capture_output=True, text=True)
            if out.returncode:
                print(f"{n:,} {engine}: failed\n{out.stderr[-2000:]}")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            results.append(r)
            rows.append([f"{n:,}", engine, r["total_s"], r["cpu_s"], n / r["total_s"], r["peak_rss_mb"], r["input_mb"],
                         f"{r['events']:,} / {r['true_events']:,}", r["precision"], r["recall"]])
    print_table("reconcile end to end (timed: read + match + build + write events; generating the input excluded)",
                ["records", "engine", "seconds", "CPU s", "records/s", "peak RSS MiB", "input MiB", "events / true",
                 "pair P", "pair R"], rows)
    for r in results:
        if r.get("stages"):
            print(f"{r['n']:,} {r['engine']}: CPU s per stage (main process; 'helper:' and 'part 1:' are the "
                  f"other processes), 1-minute load {r['load']:.1f} at the end: "
                  + ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items()))
    for engine in engines:
        big = [r for r in results if r["n"] >= 1_000_000 and r["engine"] == engine]
        if big:
            print(f"goal 1M records < {GOAL_S:.0f} s ({engine}): {verdict(big[0]['total_s'] < GOAL_S)} "
                  f"({big[0]['total_s']:.1f} s)")


if __name__ == "__main__":
    main()
