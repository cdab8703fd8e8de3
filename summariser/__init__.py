"""summariser: typed, source-grounded records of attacks and diplomacy from war news.

    import summariser
    rec = summariser.extract("seeds/000_2c95fed2a873bf3c.txt", backend="rules")
    for outcome in summariser.extract_many(["seeds/"], backend="rules"): ...
    events = summariser.reconcile(records)

Names are imported lazily so that `import summariser` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names below, for type checkers; at run time they load on first use
    from .articles import Article, load_articles
    from .config import Config, load_config
    from .export import export
    from .frames import to_dataframe
    from .pipeline import Extractor, extract, extract_many
    from .reconciler import reconcile
    from .streaming import Failure
    from .records import Attack, Count, Diplomacy, Extraction, Span

__version__ = "0.2.0"

_EXPORTS = {
    "extract": "summariser.pipeline",
    "extract_many": "summariser.pipeline",
    "Extractor": "summariser.pipeline",
    "Failure": "summariser.streaming",
    "load_articles": "summariser.articles",
    "Article": "summariser.articles",
    "load_config": "summariser.config",
    "Config": "summariser.config",
    "reconcile": "summariser.reconciler",
    "to_dataframe": "summariser.frames",
    "export": "summariser.export",
    "Extraction": "summariser.records",
    "Attack": "summariser.records",
    "Diplomacy": "summariser.records",
    "Count": "summariser.records",
    "Span": "summariser.records",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summariser' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
