"""Records as plain rows for building events: what the second pass of an archive run reads.

`line_rows` turns one extraction JSON line into the article's (id, source, published, path)
and its records as plain dicts in one canonical form (every field the event copies, defaults
filled in, dates as ISO strings, counts as {"value", "qualifier"}), without building pydantic
models: pydantic-core checks and fills them in Rust (`shape.py`). It accepts a value only in
the form `summarise extract` writes (the form a validated model dumps to); anything else, a
float count or a timestamp, raises `Unusual`, and the caller validates that line with
pydantic and takes `rows_of(extraction)` instead: the validated model dumped to JSON form and
read by the same schema, so both routes give the same rows. The line's validity as a whole was
checked by the first pass (`strict.py`).
"""

from __future__ import annotations

from typing import Any, Optional, Union

from pydantic_core import ValidationError

from ..records import Extraction
from .shape import LINE, Doc, Unusual, shaped

Row = dict[str, Any]  # one record in canonical form (see the module docstring)
Meta = tuple[str, Optional[str], Optional[str], Optional[str]]  # article (id, source, published, path)
Rows = tuple[Meta, list[Row], list[Row]]  # a line: its article, its attacks and its diplomacy as rows
COUNTS = ("killed", "injured", "children_killed", "children_injured")


def _split(doc: Doc) -> Rows:
    article = doc["article"]
    return (article["id"], article["source"], article["published"], article["path"]), doc["attacks"], doc["diplomacy"]


def line_rows(raw: Union[bytes, str]) -> Rows:
    """(article meta, attack rows, diplomacy rows) of one line; raises Unusual when pydantic must read it."""
    return _split(shaped(raw))


def rows_of(ext: Extraction) -> Rows:
    """The rows of a validated Extraction: its JSON form read by the same schema as a line."""
    doc = ext.model_dump(mode="json", include={"article", "attacks", "diplomacy"})
    try:
        return _split(LINE.validate_python(doc))
    except ValidationError as exc:  # pragma: no cover - a validated model always dumps to the canonical form
        raise Unusual from exc
