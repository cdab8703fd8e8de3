"""Start-up cost: `summarise --help` and `import summariser`, and which heavy modules they load.

    .venv/bin/python benchmarks/bench_startup.py [--runs 15]

Each command runs N times as a fresh subprocess; the median wall time is reported next to a
bare `python -c pass` (the interpreter's own floor). A heavy module found in sys.modules
after either command is traced with `python -X importtime` to the first import of
`summariser` code that pulled it in. Goal: under 0.3 s, and no heavy module loaded.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from common import REPO, median, print_header, print_table, verdict, console

HEAVY = ("llama_cpp", "pandas", "scipy", "instructor", "openai", "numpy", "pydantic", "rich", "httpx")
# pydantic, rich and httpx are not "heavy" by the definition but are worth seeing
GOAL_S = 0.3


def summarise_exe() -> list[str]:
    exe = Path(sys.executable).with_name("summarise")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("summarise")
    return [found] if found else [sys.executable, "-m", "summariser"]


def timed(cmd: list[str], runs: int) -> float:
    env = _env()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return median(times)


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


PROBE_IMPORT = "import sys, summariser; print(' '.join(sorted(m for m in sys.modules)))"
PROBE_HELP = (
    "import sys\n"
    "from summariser.cli import main\n"
    "try:\n"
    "    main(['--help'], prog_name='summarise', standalone_mode=False)\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(' '.join(sorted(m for m in sys.modules)), file=sys.stderr)\n"
)


def loaded_after(code: str, stream: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=_env(), capture_output=True, text=True, check=True)
    text = out.stdout if stream == "stdout" else out.stderr
    return set(text.split())


def heavy_in(modules: set[str]) -> list[str]:
    return [h for h in HEAVY if h in modules]


def import_chain(code: str, target: str) -> list[str]:
    """The stack of imports open when `target` was first imported, outermost first,
    read from `python -X importtime` (indentation gives the nesting)."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=REPO, env=_env(),
                         capture_output=True, text=True)
    lines = [ln for ln in out.stderr.splitlines() if ln.startswith("import time:")]
    # importtime prints a module after its children: walk backwards from target's line
    parsed = []
    for ln in lines:
        m = re.match(r"import time:\s+(\d+|self \[us\])\s+\|\s+(\d+|cumulative)\s+\|(\s*)(\S+)", ln)
        if m and m.group(1).isdigit():
            parsed.append((len(m.group(3)), m.group(4), int(m.group(2))))
    idx = next((i for i, (_, name, _) in enumerate(parsed) if name == target), None)
    if idx is None:
        return []
    depth, chain = parsed[idx][0], [f"{target} ({parsed[idx][2] / 1000:.0f} ms cumulative)"]
    for d, name, _ in parsed[idx + 1:]:
        if d < depth:
            chain.append(name)
            depth = d
    return list(reversed(chain))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="subprocess runs per command (median reported)")
    args = ap.parse_args()

    print_header("bench_startup: `summarise --help` and `import summariser`")
    help_cmd = summarise_exe() + ["--help"]
    commands = [
        ("python -c pass (interpreter floor)", [sys.executable, "-c", "pass"], None),
        ("python -c 'import summariser'", [sys.executable, "-c", "import summariser"], PROBE_IMPORT),
        ("summarise --help", help_cmd, PROBE_HELP),
        ("summarise extract --help", summarise_exe() + ["extract", "--help"], PROBE_HELP.replace("['--help']", "['extract', '--help']")),
    ]
    rows, traces = [], []
    for label, cmd, probe in commands:
        t = timed(cmd, args.runs)
        heavy = []
        if probe is not None:
            mods = loaded_after(probe, "stdout" if probe == PROBE_IMPORT else "stderr")
            heavy = heavy_in(mods)
            for h in heavy:
                traces.append((label, h, import_chain(probe, h)))
        goal = "" if probe is None else f"< {GOAL_S} s"
        ok = "" if probe is None else verdict(t < GOAL_S and not [h for h in heavy if h in HEAVY[:6]])
        rows.append([label, t, goal, ", ".join(heavy) or "none", ok])
    print_table(f"median wall time of {args.runs} fresh subprocesses (seconds)",
                ["command", "median s", "goal", "watched modules loaded", "goal met"], rows)
    console().print("watched: " + ", ".join(HEAVY) + f" (the goal fails on any of {', '.join(HEAVY[:6])})")
    for label, mod, chain in traces:
        console().print(f"{label}: {mod} imported via " + " -> ".join(chain or ["(not found in -X importtime)"]))


if __name__ == "__main__":
    main()
