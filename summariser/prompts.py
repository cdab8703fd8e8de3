"""Versioned prompt templates: `prompts/<version>/*.md`, loaded by name, hashed with the schema.

Templates use `{name}` placeholders that are replaced literally (not `str.format`), so an
article full of braces cannot break rendering. The prompt hash covers every template of
the version plus the JSON Schema of the draft models the LLM fills, so editing either
changes every record's `prompt_hash` and invalidates the response cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .language import foreign_language

# v2: v1 plus article_language (non-English articles) and the local questions (kept on disk for
# old cache entries and reports). v3: the article prompt states the codebook's coding rules
# (evals/CODEBOOK.md), its worked example codes ministers meeting as talks (rule 14), and a second
# example shows nationwide and combined totals, an explicit zero, a stance left out and a
# postponement coded stalled; the local backend's sentence and question prompts are v2's.
PROMPT_VERSION = "v3"


PACKAGED = "_prompts"  # where a wheel carries a copy of the top-level prompts/ (setup.py build_py)


def prompts_root() -> Path:
    """`SUMMARISER_PROMPTS_DIR`, else the checkout's `prompts/` beside the package (source and
    editable installs), else the copy a wheel ships inside the package (`summariser/_prompts`)."""
    override = os.environ.get("SUMMARISER_PROMPTS_DIR")
    if override:
        return Path(override)
    package = Path(__file__).resolve().parent
    checkout = package.parent / "prompts"
    return checkout if checkout.is_dir() else package / PACKAGED


@dataclass(frozen=True)
class Prompts:
    version: str
    templates: dict[str, str]

    def get(self, name: str) -> str:
        try:
            return self.templates[name]
        except KeyError:
            raise ConfigError(
                f"prompt template {name!r} is missing from {prompts_root() / self.version}; "
                f"reinstall summariser or set SUMMARISER_PROMPTS_DIR"
            ) from None

    def render(self, name: str, **values: str) -> str:
        text = self.get(name)
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text.strip()

    def hash(self, *schemas: dict[str, Any]) -> str:
        """Short hash of every template of this version and the given JSON Schemas."""
        blob = json.dumps({"v": self.version, "t": self.templates, "s": list(schemas)},
                          sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=8)
def load_prompts(version: str = PROMPT_VERSION) -> Prompts:
    folder = prompts_root() / version
    if not folder.is_dir():
        raise ConfigError(f"prompt folder {folder} does not exist; set SUMMARISER_PROMPTS_DIR "
                          f"to a folder holding {version}/")
    templates = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}
    return Prompts(version, templates)


def language_instruction(prompts: Prompts, text: str) -> str | None:
    """For an article not in English, the instruction to answer in English while quoting evidence
    verbatim in the article's language (template `article_language`); None for an English one."""
    language = foreign_language(text)
    return None if language is None else prompts.render("article_language", language=language)
