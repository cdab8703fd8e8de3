"""Rules backend (placeholder)."""
from .base import BackendResult


class RulesBackend:
    name = "rules"
    model = None
    prompt_version = None
    prompt_hash = None

    def __init__(self, config):
        self.config = config

    def extract(self, article):
        return BackendResult(summary=article.text[:200])

    def identity(self):
        return {"backend": "rules"}
