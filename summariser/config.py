"""One frozen configuration object, built in one place from flags, environment and defaults.

Precedence: explicit argument > environment variable > default. The API key is kept
out of `repr`, logs, caches and reports (`Config.public()` is what may be written).
"""

from __future__ import annotations

import os
import warnings
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

BACKENDS = ("auto", "rules", "local", "openai")  # the built-ins; plugins add to these (backends.base)
MODES = ("auto", "tools", "json", "json_schema", "md_json", "llamacpp")

# option name -> environment variables consulted, first set wins
ENV = {
    "backend": ("SUMMARISER_BACKEND",),
    "model": ("SUMMARISER_MODEL",),
    "base_url": ("SUMMARISER_BASE_URL", "OPENAI_BASE_URL"),
    "api_key": ("SUMMARISER_API_KEY", "OPENAI_API_KEY"),
    "mode": ("SUMMARISER_MODE",),
    "max_retries": ("SUMMARISER_MAX_RETRIES",),
    "timeout": ("SUMMARISER_TIMEOUT",),
    "concurrency": ("SUMMARISER_CONCURRENCY",),
    "workers": ("SUMMARISER_WORKERS",),
    "cache_dir": ("SUMMARISER_CACHE_DIR",),
    "model_path": ("SUMMARISER_MODEL_PATH",),
    "threads": ("SUMMARISER_THREADS",),
    "price_in": ("SUMMARISER_PRICE_IN",),
    "price_out": ("SUMMARISER_PRICE_OUT",),
    "article_timeout": ("SUMMARISER_ARTICLE_TIMEOUT",),
    "record_dir": ("SUMMARISER_RECORD_DIR",),
    "answers_dir": ("SUMMARISER_ANSWERS",),
    "cross_check": ("SUMMARISER_CROSS_CHECK",),
}

# Variables read outside Config (name -> what reads it). Together with ENV this is every
# variable summariser reads: the tests clear them all, and a test greps the package for more.
OTHER_ENV = {
    "SUMMARISER_PROMPTS_DIR": "prompts.prompts_root: a folder of prompt versions to use instead of the shipped ones",
    "SUMMARISER_HTTP_CLIENT": "backends.openai_clients.http_client_name: aiohttp or httpx for async requests",
}


def env_vars() -> list[str]:
    """Every environment variable summariser reads."""
    return sorted({v for names in ENV.values() for v in names} | set(OTHER_ENV))


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "summariser"


@dataclass(frozen=True)
class Config:
    backend: str = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: str = "auto"  # request shape for the openai backend
    max_retries: int = 2  # validation re-asks and transient-error retries, each
    timeout: float = 120.0  # seconds per HTTP request
    concurrency: int = 4
    workers: int | None = None  # processes that ground answers (default: the cores available); 0 = none
    temperature: float = 0.0
    seed: int = 0
    max_tokens: int = 4096  # a capable model's whole answer to a busy article passes 1,500 (docs/backends.md)
    use_cache: bool = True
    cache_dir: Path = field(default_factory=default_cache_dir)
    model_path: str | None = None  # GGUF file for the local backend
    threads: int | None = None  # llama.cpp threads (default: all cores)
    chunk_chars: int = 6000  # articles longer than this are split
    price_in: float | None = None  # USD per million prompt tokens
    price_out: float | None = None  # USD per million completion tokens
    published: str | None = None  # publication date for articles that have none
    article_timeout: float = 600.0  # seconds one article of a batch may take; 0 = no limit
    record_dir: str | None = None  # openai backend: keep each raw model answer here (--record)
    answers_dir: str | None = None  # replay backend: recorded or hand-written answers (--answers)
    # openai/replay: run the rules' attack half on each article to mark the values both agree
    # on as sources "both" (costs about as much CPU as grounding the answer; docs/performance.md)
    cross_check: bool = True

    def __post_init__(self) -> None:
        # the backend name is checked in one place, backends.base.get_backend, which
        # also knows the plugins registered by entry point or register_backend
        if not self.backend or not self.backend.strip():
            raise ConfigError("--backend is empty; name a backend (rules, local, openai, auto or a plugin)")
        if self.mode not in MODES:
            raise ConfigError(f"--mode {self.mode!r} is not one of {', '.join(MODES)}")
        if self.concurrency < 1:
            raise ConfigError("--concurrency must be at least 1")
        if self.workers is not None and self.workers < 0:
            raise ConfigError("--workers must be 0 (ground in the main process) or more")
        if self.max_retries < 0:
            raise ConfigError("--max-retries must be 0 or more")
        if self.article_timeout < 0:
            raise ConfigError("--article-timeout must be 0 (no limit) or more seconds")
        if self.record_dir and self.resolved_backend != "openai":
            raise ConfigError(f"--record keeps the openai backend's raw answers; the {self.resolved_backend} "
                              "backend has none to keep")

    @property
    def resolved_backend(self) -> str:
        """The backend name `auto` stands for here (see backends.base.backend_name)."""
        from .backends.base import backend_name

        return backend_name(self)

    def public(self) -> dict[str, Any]:
        """Settings safe to write to a cache key or report: never the API key."""
        d = asdict(self)
        d.pop("api_key")
        d["cache_dir"] = str(self.cache_dir)
        return d

    def with_(self, **changes: Any) -> Config:  # any field's value: `replace` checks the names
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_config(**overrides: object) -> Config:
    """Build the Config: explicit overrides (None = not given) > environment > defaults."""
    values: dict[str, Any] = {}  # setting -> value, checked by Config itself
    types = {f.name: f.type for f in fields(Config)}
    for name, env_names in ENV.items():
        set_vars = [e for e in env_names if os.environ.get(e)]
        if len(set_vars) > 1 and name == "api_key":
            warnings.warn(f"several API keys are set ({', '.join(set_vars)}); using {set_vars[0]}", stacklevel=2)
        if set_vars:
            values[name] = _coerce(name, types[name], os.environ[set_vars[0]], set_vars[0])
    values.update({k: v for k, v in overrides.items() if v is not None})
    if "cache_dir" in values:
        values["cache_dir"] = Path(values["cache_dir"])
    unknown = set(values) - set(types)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    return Config(**values)


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _coerce(name: str, typ: object, raw: str, source: str) -> bool | int | float | str:
    kind = str(typ)
    if kind.startswith("bool"):  # the words click accepts for a boolean flag's variable
        if raw.strip().lower() in _TRUE + _FALSE:
            return raw.strip().lower() in _TRUE
        raise ConfigError(f"{source}={raw!r} is not a valid {name.replace('_', '-')} "
                          f"(use one of {', '.join(_TRUE + _FALSE)})")
    try:
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
    except ValueError as exc:
        raise ConfigError(f"{source}={raw!r} is not a valid {name.replace('_', '-')}") from exc
    return raw
