"""Gold files: one article's hand-coded attacks and diplomacy, validated and loaded with its text.

A gold folder holds `<stem>.json` per article (`GoldDoc`) and optionally `clusters.json`, which
says which records in different articles are the same real-world event. Any folder laid out
this way can be scored (`summarise eval --gold DIR`); control folders are the same format with
no attacks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from ..articles import Article, load_articles
from ..errors import GoldError, one_line
from ..records import ArticleMeta, Attack, Diplomacy, Extraction

GOLD_SCHEMA_VERSION = "1"
TYPES = ("attack", "diplomacy")
FIELD_OF = {"attack": "attacks", "diplomacy": "diplomacy"}
Record = Attack | Diplomacy  # what a gold file (and an Extraction) holds


class GoldDoc(BaseModel):
    """One gold file: the article and every record a careful analyst codes in it."""

    model_config = ConfigDict(extra="forbid")
    schema_version: str = GOLD_SCHEMA_VERSION
    article: ArticleMeta
    notes: str = ""
    attacks: list[Attack] = Field(default_factory=list)
    diplomacy: list[Diplomacy] = Field(default_factory=list)


@dataclass
class GoldArticle:
    stem: str
    doc: GoldDoc
    article: Article

    def records(self, rtype: str) -> list[Record]:
        records: list[Record] = getattr(self.doc, FIELD_OF[rtype])
        return records

    def as_extraction(self) -> Extraction:
        """The gold labels as an Extraction (for the reconciler and the HTML page)."""
        return Extraction(article=self.article.meta(), attacks=self.doc.attacks, diplomacy=self.doc.diplomacy,
                          backend="gold", text=self.article.text)


def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def load_gold(gold_dir: str | Path) -> list[GoldArticle]:
    """Every gold file in `gold_dir`, validated, with its article loaded and cleaned.

    Raises GoldError when a file does not validate, its article is missing, or an
    evidence span does not reproduce its text in the current cleaned article.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: no such folder; pass --gold with the folder that holds the gold files")
    files = sorted(p for p in gold_dir.glob("*.json") if p.name != "clusters.json")
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.json); pass --gold with the folder that holds them")
    return [_load_one(p) for p in files]


def _load_one(path: Path) -> GoldArticle:
    try:
        doc = GoldDoc.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise GoldError(f"{path}: not a valid gold file ({one_line(exc)})") from exc
    article = _gold_article(doc, path)
    try:
        Extraction(article=article.meta(), attacks=doc.attacks, diplomacy=doc.diplomacy, backend="gold",
                   text=article.text)
    except ValueError as exc:
        raise GoldError(f"{path}: {one_line(exc)}; run `python evals/tools/locate_spans.py` to re-anchor "
                        "the quotes after a change to cleaning") from exc
    if doc.article.id and doc.article.id != article.id:
        raise GoldError(f"{path}: article id {doc.article.id} differs from the cleaned text's {article.id}; "
                        "run `python evals/tools/locate_spans.py`")
    return GoldArticle(stem=path.stem, doc=doc, article=article)


def _gold_article(doc: GoldDoc, path: Path) -> Article:
    if not doc.article.path:
        raise GoldError(f"{path}: article.path is empty; give the article file relative to the repository")
    candidates = [Path(doc.article.path), repo_root() / doc.article.path, path.parent / doc.article.path]
    target = next((c for c in candidates if c.exists()), None)
    if target is None:
        raise GoldError(f"{path}: article {doc.article.path!r} not found")
    loaded = list(load_articles(target))
    if len(loaded) != 1 or not isinstance(loaded[0], Article):
        raise GoldError(f"{path}: article {doc.article.path!r} does not load as one article ({loaded[0]})")
    return loaded[0]


def load_clusters(gold_dir: str | Path) -> Optional[list[set[tuple[str, str, int]]]]:
    """Gold clusters as sets of (article stem, type, index); None when there is no clusters.json."""
    path = Path(gold_dir) / "clusters.json"
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [{(m["article"], m["type"], int(m["index"])) for m in c["members"]} for c in data["clusters"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: expected {{\"clusters\": [{{\"members\": [{{\"article\", \"type\", \"index\"}}]}}]}} "
                        f"({one_line(exc)})") from exc
