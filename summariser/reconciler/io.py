"""Reading extraction JSONL and writing/reading events JSONL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Union

from ..errors import InputError
from ..records import Extraction
from .model import Event


def load_extractions(paths: Iterable[Union[str, Path]]) -> list[Extraction]:
    """Read extraction JSONL files (as `summarise extract` writes them)."""
    out: list[Extraction] = []
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise InputError(str(p), "no such file; pass the JSONL written by `summarise extract --out`")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(Extraction.model_validate_json(line))
            except ValueError as exc:
                first = str(exc).splitlines()[0]
                raise InputError(f"{p}:{n}", f"is not an Extraction ({first}); "
                                             "reconcile reads the JSONL written by `summarise extract`") from exc
    return out


def write_events(events: list[Event], path: Union[str, Path]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for e in events:
            skip = {name for name in ("merges", "near_misses") if getattr(e, name) is None}
            fh.write(e.model_dump_json(exclude=skip) + "\n")


def read_events(path: Union[str, Path]) -> list[Event]:
    return [Event.model_validate(json.loads(line)) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip()]
