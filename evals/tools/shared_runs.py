"""Print every 7-word run that one evaluation set's articles share with the project's other text.

    python evals/tools/shared_runs.py dev8

Compared with: seeds/, every other evaluation set's articles (evals/blind/ is never read),
tests/, summariser/ and prompts/. Only the shared run and the file names are printed, never
more of the other text. Run from the repository root; exit 1 when any run is shared.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
N = 7


def runs(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i:i + N]) for i in range(len(words) - N + 1)}


def others(set_name: str):
    for top in ("seeds", "tests", "summariser", "prompts"):
        yield from (p for p in (ROOT / top).rglob("*") if p.is_file())
    for p in (ROOT / "evals").rglob("*"):
        parts = p.relative_to(ROOT / "evals").parts
        if parts[0] in ("blind", set_name) or not p.is_file() or "articles" not in parts:
            continue
        yield p
    shared = Path("/work/shared/seeds")
    if shared.is_dir():
        yield from (p for p in shared.glob("*") if p.is_file())


def main(set_name: str) -> int:
    articles = ROOT / "evals" / set_name / "articles"
    mine = {p: runs(p.read_text(encoding="utf-8")) for p in sorted(articles.glob("*.md"))}
    found = 0
    for other in others(set_name):
        if other.suffix in (".pyc", ".gguf", ".bin", ".safetensors"):
            continue
        try:
            theirs = runs(other.read_text(encoding="utf-8", errors="ignore"))
        except OSError:
            continue
        for path, grams in mine.items():
            for run in sorted(grams & theirs):
                found += 1
                print(f"{path.name}: '{run}' also in {other.relative_to(ROOT) if other.is_relative_to(ROOT) else other}")
    print(f"{found} shared run(s)")
    return 1 if found else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python evals/tools/shared_runs.py <set>   (e.g. dev8)")
    sys.exit(main(sys.argv[1]))
