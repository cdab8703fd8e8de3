"""The one interface every backend implements, and the registry that finds them."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional, Protocol, runtime_checkable

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

    # Read-only to callers (properties here), so a backend whose `model` is always a str fits too.
    @property
    def name(self) -> str: ...

    @property
    def model(self) -> str | None: ...

    @property
    def prompt_version(self) -> str | None: ...

    @property
    def prompt_hash(self) -> str | None: ...

    def extract(self, article: "Article") -> BackendResult: ...

    def identity(self) -> dict[str, Any]: ...


_REGISTRY: dict[str, str] = {
    "rules": "summariser.backends.rules:RulesBackend",
    "openai": "summariser.backends.openai_compat:OpenAIBackend",
    "local": "summariser.backends.local:LocalBackend",
    "replay": "summariser.backends.replay:ReplayBackend",
}


def register_backend(name: str, target: str) -> None:
    """Register a backend class as "module:Class" under `name`; `--backend name` then selects it."""
    _REGISTRY[name] = target


def _plugin_targets() -> dict[str, str]:
    from importlib.metadata import entry_points

    return {ep.name: ep.value for ep in entry_points(group="summariser.backends")}


def available_backends() -> list[str]:
    """Every name `--backend` accepts: the built-ins, registered and entry-point plugins, and auto."""
    return sorted({"auto", *_REGISTRY, *_plugin_targets()})


def backend_name(config: "Config") -> str:
    """The one place that decides which backend runs: `auto` means openai when an endpoint
    or key is configured, else local; any other name is taken as given."""
    if config.backend != "auto":
        return config.backend
    return "openai" if (config.base_url or config.api_key) else "local"


def _target(name: str) -> str:
    target = _REGISTRY.get(name) or _plugin_targets().get(name)
    if target is None and ":" in name:
        target = name  # "module:Class" given directly
    if target is None:
        raise ConfigError(f"--backend {name!r} is not a known backend; choose one of: "
                          f"{', '.join(available_backends())}, or give module:Class")
    return target


# A backend class, or any factory that builds a backend from the configuration.
BackendFactory = Callable[["Config"], Backend]


def _load_class(name: str, target: str) -> BackendFactory:
    module_name, _, cls_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        missing = getattr(exc, "name", None) or module_name
        raise ConfigError(f"--backend {name!r}: cannot import module {module_name!r} "
                          f"({missing} is not installed or not on the path)") from exc
    cls: Optional[BackendFactory] = getattr(module, cls_name, None) if cls_name else None
    if cls is None:
        raise ConfigError(f"--backend {name!r}: module {module_name!r} has no class {cls_name!r}")
    return cls


def get_backend(config: "Config") -> Backend:
    """Instantiate the backend the config names (`auto` resolved), importing it lazily."""
    name = backend_name(config)
    return _load_class(name, _target(name))(config)
