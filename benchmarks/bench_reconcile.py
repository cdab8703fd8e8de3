"""Reconciler scale: records/second and peak memory at 10k, 100k and 1M synthetic records.

    .venv/bin/python benchmarks/bench_reconcile.py [--sizes 10000,100000,1000000] [--seed 7]

Synthetic war reporting: attacks on real Ukrainian and Russian towns (front-line towns
more often), overnight strikes spanning two dates, diplomacy between real parties; each
real event is reported by 1-6 outlets with noisy tolls, spelling variants (Kharkov,
Odessa), region-only mentions, missing attackers and dates, and articles holding several
records. Density is fixed (about `EVENTS_PER_DAY` events a day), so more records means a
longer period, as a growing archive would; blocking cost then grows linearly.

The timed part is what `reconcile()` runs on each record: place/actor normalisation
(`make_attack_rec` / `make_diplomacy_rec`), blocking, scoring and clustering
(`summariser.reconciler.cluster`). Building pydantic Events is left out (it is per event,
linear, and measured separately at the smallest size with `--full`). Each size runs in its
own subprocess so that the peak resident memory (ru_maxrss) belongs to that size alone.
Goal: 1M records in under 60 s on a 2-core machine, growing near-linearly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import time
from collections import Counter

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


def run_one(n: int, seed: int) -> dict:
    from summariser.reconciler import DEFAULT_THRESHOLD, cluster, gc_paused, make_attack_rec, make_diplomacy_rec

    t0 = time.perf_counter()
    rows, truth = synthesise(n, seed)
    gen_s = time.perf_counter() - t0
    rss_inputs = current_rss_mb()
    t0 = time.perf_counter()
    with gc_paused():  # as reconcile() does
        recs = []
        for idx, (art, pub, kind, fields, _outlet) in enumerate(rows):
            make = make_attack_rec if kind == "attack" else make_diplomacy_rec
            recs.append(make(idx, art, published=pub, **fields))
        t1 = time.perf_counter()
        clusters, _, _ = cluster(recs, DEFAULT_THRESHOLD)
        t2 = time.perf_counter()
    precision, recall = pairwise(clusters, truth)
    return {"n": n, "gen_s": gen_s, "features_s": t1 - t0, "match_s": t2 - t1, "total_s": t2 - t0,
            "events": len(clusters), "true_events": len(set(truth)), "precision": precision, "recall": recall,
            "rss_inputs_mb": rss_inputs, "peak_rss_mb": peak_rss_mb()}


def pairwise(clusters: list[list[int]], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision/recall of the clusters against the synthetic events."""
    def pairs(sizes):
        return sum(s * (s - 1) // 2 for s in sizes)
    predicted = pairs(len(c) for c in clusters)
    true = pairs(Counter(truth).values())
    correct = sum(pairs(Counter(truth[i] for i in c).values()) for c in clusters)
    return (correct / predicted if predicted else 1.0), (correct / true if true else 1.0)


def run_full(n: int, seed: int) -> float:
    """reconcile() end to end on pydantic Extractions (records/s), for the per-event overhead."""
    from summariser.reconciler import reconcile
    from summariser.records import ArticleMeta, Attack, DateSpan, Diplomacy, Extraction, Location, Weapon, Count

    rows, _ = synthesise(n, seed)
    by_article: dict[int, dict] = {}
    for art, pub, kind, f, outlet in rows:
        meta = ArticleMeta(id=f"a{art:08d}", published=pub, source=f"outlet {outlet}")
        ext = by_article.setdefault(art, {"article": meta, "attacks": [], "diplomacy": [], "backend": "synthetic"})
        date = DateSpan(start=f["start"], end=f["end"], precision="day") if f["start"] else None
        if kind == "attack":
            ext["attacks"].append(Attack(
                attacker=f["attacker"], kind=f["kind"], date=date,
                locations=[Location(name=n, admin1=a, country=c, level=lv) for n, a, c, lv in f["locations"]],
                weapons=[Weapon(type=w) for w in f["weapons"]],
                killed=Count(value=f["killed"]) if f["killed"] is not None else None,
                injured=Count(value=f["injured"]) if f["injured"] is not None else None))
        else:
            ext["diplomacy"].append(Diplomacy(kind=f["kind"], participants=f["participants"], date=date))
    exts = [Extraction(**e) for e in by_article.values()]
    t0 = time.perf_counter()
    reconcile(exts)
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated record counts")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--full", action="store_true", help="also time reconcile() end to end on pydantic records "
                                                        "at the smallest size")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size, print JSON
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.seed)))
        return
    print_header("summarise reconcile: blocking + scoring + clustering on synthetic records")
    rows, results = [], []
    for n in [int(s) for s in args.sizes.split(",") if s.strip()]:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(r)
        rows.append([f"{n:,}", r["total_s"], n / r["total_s"], r["features_s"], r["match_s"], r["peak_rss_mb"],
                     r["rss_inputs_mb"], f"{r['events']:,} / {r['true_events']:,}", r["precision"], r["recall"]])
    print_table("reconcile (timed: features + blocking + scoring + clustering; generation excluded)",
                ["records", "seconds", "records/s", "features s", "match s", "peak RSS MiB",
                 "RSS of inputs MiB", "events / true", "pair P", "pair R"], rows)
    if len(results) > 1:
        a, b = results[0], results[-1]
        growth = (b["total_s"] / a["total_s"]) / (b["n"] / a["n"])
        print(f"growth: time per record at {b['n']:,} is {growth:.2f}x that at {a['n']:,} (1.00 = linear)")
    big = [r for r in results if r["n"] >= 1_000_000]
    if big:
        print(f"goal 1M records < {GOAL_S:.0f} s: {verdict(big[0]['total_s'] < GOAL_S)} ({big[0]['total_s']:.1f} s)")
    if args.full:
        n = min(r["n"] for r in results)
        print(f"reconcile() end to end on {n:,} pydantic records: {run_full(n, args.seed):,.0f} records/s")


if __name__ == "__main__":
    main()
