"""A backend that finds nothing, for bench_stream.py: with it, what a run costs is the stream
itself (read a line, clean the article, build and write its Extraction).

    summarise extract FILE -b null_backend:NullBackend      (with benchmarks/ on PYTHONPATH)
"""

from __future__ import annotations

from typing import Any

from summariser.backends.base import BackendResult


class NullBackend:
    name = "null"
    model = None
    prompt_version = None
    prompt_hash = None

    def __init__(self, config: Any):
        self.config = config

    def extract(self, article: Any) -> BackendResult:
        return BackendResult()

    def identity(self) -> dict[str, str]:
        return {"backend": self.name}
