"""`summarise cache info|clear`: what the response cache holds, and emptying it.

Only files laid out as cache entries (`<2 hex>/<64 hex>.json`, and `.tmp` files an
interrupted write left) are counted or removed, so pointing `--cache-dir` at the wrong
folder cannot delete anything else.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, TypeVar

import click

from .options import GroupedCommand, option, quiet_option

F = TypeVar("F", bound=Callable[..., Any])  # a click command callback

_ENTRY = re.compile(r"[0-9a-f]{64}\.json|[^/]*\.tmp")
_SHARD = re.compile(r"[0-9a-f]{2}")


def _folder(cache_dir: str | None) -> Path:
    from ..config import load_config

    return Path(cache_dir) if cache_dir else load_config().cache_dir


def entries(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(f for shard in folder.iterdir() if shard.is_dir() and _SHARD.fullmatch(shard.name)
                  for f in shard.iterdir() if f.is_file() and _ENTRY.fullmatch(f.name))


def cache_dir_option(fn: F) -> F:
    decorate: Callable[[F], F] = option(  # click.option's decorator, with a help group
        "--cache-dir", group="cache", env="cache_dir", type=click.Path(file_okay=False),
        help="Response cache folder  [default: ~/.cache/summariser]")
    return decorate(fn)


@click.group(short_help="Show or clear the response cache.")
def cache() -> None:
    """The response cache: LLM answers by article text and settings, so reruns are free."""


@cache.command(cls=GroupedCommand, short_help="Where the cache is, and how much it holds.")
@cache_dir_option
def info(cache_dir: str | None) -> None:
    """Print the cache folder, its number of entries and their size."""
    folder = _folder(cache_dir)
    found = entries(folder)
    size = sum(f.stat().st_size for f in found)
    click.echo(f"cache folder: {folder}")
    click.echo(f"entries: {sum(1 for f in found if f.suffix == '.json')}, {size / 2**20:.2f} MiB")


@cache.command(cls=GroupedCommand, short_help="Remove every cache entry.")
@cache_dir_option
@option("-y", "--yes", group="general", is_flag=True, help="Do not ask for confirmation")
@quiet_option
def clear(cache_dir: str | None, yes: bool, quiet: bool) -> None:
    """Remove every cache entry (only files laid out as entries; nothing else in the folder)."""
    folder = _folder(cache_dir)
    found = entries(folder)
    if found and not yes:
        click.confirm(f"remove {len(found)} cache entries from {folder}?", abort=True)
    for f in found:
        f.unlink(missing_ok=True)
    for shard in {f.parent for f in found}:
        try:
            shard.rmdir()
        except OSError:
            pass  # something else lives there: leave it
    if not quiet:
        click.echo(f"removed {len(found)} cache entries from {folder}", err=True)
