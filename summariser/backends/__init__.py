"""Backends: one file each, behind the tiny `Backend` interface in `base`.

Built-ins and plugins are found the same way: a name maps to "module:Class". Third-party
backends register under the `summariser.backends` entry-point group.
"""

from __future__ import annotations

from .base import Backend, BackendResult, get_backend, register_backend

__all__ = ["Backend", "BackendResult", "get_backend", "register_backend"]
