"""JSON Schema export of the record models, and the drift check against schemas/."""

from __future__ import annotations

import json
from pathlib import Path

from .records import SCHEMA_MODELS


def schema_json(name: str) -> str:
    return json.dumps(SCHEMA_MODELS[name].model_json_schema(), indent=2, sort_keys=True) + "\n"


def export_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMA_MODELS:
        path = directory / f"{name}.schema.json"
        path.write_text(schema_json(name), encoding="utf-8")
        written.append(path)
    return written


def drifted(directory: Path) -> list[Path]:
    """Schema files that are missing or differ from what the models export now."""
    stale = []
    for name in SCHEMA_MODELS:
        path = directory / f"{name}.schema.json"
        if not path.is_file() or path.read_text(encoding="utf-8") != schema_json(name):
            stale.append(path)
    return stale
