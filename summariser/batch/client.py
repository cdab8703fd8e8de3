"""The provider's files and batches APIs through the official `openai` client.

Works with OpenAI and with any server that implements the same endpoints (the loopback
server in tests/batch_server.py; LiteLLM's proxy). Downloads stream to disk, so a result
file of hundreds of MB never sits in memory.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BackendUnavailable
from .requests import ENDPOINT

if TYPE_CHECKING:
    from openai.types import Batch

    from ..config import Config


class BatchClient:
    def __init__(self, config: "Config"):
        try:
            from openai import OpenAI
        except ImportError as exc:
            raise BackendUnavailable("openai is not installed: pip install 'openai>=1.55'",
                                     provider="batch", cause=exc) from exc
        # uploads and downloads can be large: a generous timeout, the client's own retries
        self.client = OpenAI(base_url=config.base_url, api_key=config.api_key or "not-needed",
                             timeout=max(config.timeout, 600.0), max_retries=3)

    def upload(self, path: Path) -> str:
        with open(path, "rb") as fh:
            return self.client.files.create(file=(path.name, fh), purpose="batch").id

    def create(self, file_id: str, metadata: dict[str, str] | None = None) -> dict[str, Any]:
        batch = self.client.batches.create(input_file_id=file_id, endpoint=ENDPOINT,
                                           completion_window="24h", metadata=metadata)
        return batch_state(batch)

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        return batch_state(self.client.batches.retrieve(batch_id))

    def download(self, file_id: str, dest: Path) -> Path:
        tmp = dest.with_name(dest.name + ".part")
        with self.client.files.with_streaming_response.content(file_id) as response:
            response.stream_to_file(tmp)
        os.replace(tmp, dest)  # a download cut short never looks complete
        return dest


def batch_state(batch: "Batch") -> dict[str, Any]:
    counts = batch.request_counts
    return {"id": batch.id, "status": batch.status,
            "output_file_id": batch.output_file_id, "error_file_id": batch.error_file_id,
            "counts": {"total": counts.total, "completed": counts.completed,
                       "failed": counts.failed} if counts is not None else {}}
