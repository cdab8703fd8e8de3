"""The one interface every backend implements, and the registry that finds them."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..errors import ConfigError
from ..records import Attack, Diplomacy, Rejection, Usage

if TYPE_CHECKING:
    from ..articles import Article
    from ..config import Config


@dataclass
class BackendResult:
    """What a backend found in one article, before the pipeline's final grounding pass."""

    summary: str = ""
    attacks: list[Attack] = field(default_factory=list)
    diplomacy: list[Diplomacy] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


@runtime_checkable
class Backend(Protocol):
    """A backend turns one cleaned Article into records.

    `identity()` returns what distinguishes its answers (model, endpoint, prompt hash,
    decoding options) for the cache key; it must never include a secret.
    A backend may also define `async def aextract(article)`; the batch runner then uses
    asyncio for concurrency.
    """

    name: str
    model: str | None
    prompt_version: str | None
    prompt_hash: str | None

    def extract(self, article: "Article") -> BackendResult: ...

    def identity(self) -> dict: ...


_REGISTRY: dict[str, str] = {
    "rules": "summariser.backends.rules:RulesBackend",
    "openai": "summariser.backends.openai_compat:OpenAIBackend",
    "local": "summariser.backends.local:LocalBackend",
    "replay": "summariser.backends.replay:ReplayBackend",
}


def register_backend(name: str, target: str) -> None:
    """Register a backend class as "module:Class" under `name`."""
    _REGISTRY[name] = target


def _plugin_targets() -> dict[str, str]:
    from importlib.metadata import entry_points

    return {ep.name: ep.value for ep in entry_points(group="summariser.backends")}


def get_backend(config: "Config") -> Backend:
    """Instantiate the backend the config names (`auto` resolved), importing it lazily."""
    name = config.resolved_backend
    target = _REGISTRY.get(name) or _plugin_targets().get(name) or (name if ":" in name else None)
    if target is None:
        known = ", ".join(sorted({*_REGISTRY, *_plugin_targets()}))
        raise ConfigError(f"unknown backend {name!r}; choose one of: {known}")
    module_name, _, cls_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), cls_name)
    return cls(config)
