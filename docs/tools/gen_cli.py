"""Write docs/cli.md from the commands' own `--help`, so the reference never drifts.

    python docs/tools/gen_cli.py           # rewrite docs/cli.md
    python docs/tools/gen_cli.py --check   # exit 1 when docs/cli.md differs (tests/test_cli_docs.py runs this)

The help is rendered at a fixed width, so the file does not depend on the terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

WIDTH = 100
TARGET = Path(__file__).resolve().parents[1] / "cli.md"

HEADER = """# Command-line reference

Generated from `summarise --help` by `docs/tools/gen_cli.py`; do not edit by hand
(`python docs/tools/gen_cli.py` rewrites it, and a test fails when it drifts).

Every command exits with the same codes:

| code | meaning |
| --- | --- |
| 0 | everything succeeded |
| 1 | some articles failed: one `error PATH: ...` line each (naming the article and, for model errors, the endpoint), and the count |
| 2 | usage or configuration error (unknown option or backend, bad `--published`, missing `--model`, `--out` that is an input or held by another run): nothing was run, no output touched |
| 130 | interrupted (Ctrl-C): prints `N written, resume with --resume`; what was written is kept |

`-q/--quiet` means the same everywhere: no progress bar and no summary or "wrote" lines on
standard error; results (standard output) and errors still print. Environment variables are
listed with the option they set (`env var:`); an option given on the command line wins.
"""


def _context(cmd: click.Command, name: str, parent: click.Context | None) -> click.Context:
    return click.Context(cmd, info_name=name, parent=parent, terminal_width=WIDTH, max_content_width=WIDTH)


def _sections(cmd: click.Command, name: str, parent: click.Context | None, title: str) -> list[str]:
    ctx = _context(cmd, name, parent)
    out = [f"## `{title}`\n\n```text\n{cmd.get_help(ctx).rstrip()}\n```\n"]
    if isinstance(cmd, click.Group):
        for sub in cmd.list_commands(ctx):
            out += _sections(cmd.get_command(ctx, sub), sub, ctx, f"{title} {sub}")
    return out


def render() -> str:
    from summariser.cli import COMMANDS, main

    root = _context(main, "summarise", None)
    parts = [HEADER] + _sections(main, "summarise", None, "summarise")[:1]
    for name in COMMANDS:
        parts += _sections(main.get_command(root, name), name, root, f"summarise {name}")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run python docs/tools/gen_cli.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
