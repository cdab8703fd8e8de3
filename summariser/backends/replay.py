"""The `replay` backend: recorded or hand-written model answers, grounded again, with no
network and no key.

    summarise extract seeds/ -b openai -m gpt-4o-mini --record answers/   # pay once
    summarise eval -b replay --answers answers/                            # re-ground for free

For each article the answer is looked up in `--answers DIR` (`answers.AnswerStore`) by
request hash (computed from `--model`, `--mode` and the current prompts, as the openai
backend would send them), then by article id, then by the stem of the article's path, so
hand-written fixtures `DIR/<stem>.json` replay too. Every draft then goes through the same
`ground_drafts` as a live answer. The draft validator's verdict is reported as it would have
been live: a draft it would have re-asked for counts as a retry (`usage.retries`) and says
why in `warnings` — so a test can assert that a set of answers costs no re-ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import BackendError, ConfigError
from ..prompts import PROMPT_VERSION, load_prompts
from ..records import Usage
from ..sentences import chunk
from .answers import AnswerStore, Recorded, article_hash, request_fields, request_hash
from .base import BackendResult
from .llm import ArticleDraft, cross_check_identity, ground_drafts, reask_problems, stated_values

if TYPE_CHECKING:
    from ..articles import Article
    from ..config import Config


class ReplayBackend:
    name = "replay"

    def __init__(self, config: "Config"):
        if not config.answers_dir:
            raise ConfigError("the replay backend needs a folder of answers: pass --answers DIR "
                              "(written by `summarise extract --record DIR`) or set SUMMARISER_ANSWERS")
        self.config = config
        self.store = AnswerStore(config.answers_dir)
        self.model = config.model
        self.prompt_version = PROMPT_VERSION
        self.prompt_hash = load_prompts(PROMPT_VERSION).hash(ArticleDraft.model_json_schema())
        from .openai_clients import resolve_mode

        self.mode = resolve_mode(config.mode, config.base_url)

    def identity(self) -> dict[str, Any]:
        # the answers' content is part of it: an edited fixture must not be served from the cache
        return {"backend": self.name, "answers": str(self.store.directory.resolve()),
                "answers_digest": self.store.digest, "model": self.model, "mode": self.mode,
                "prompt_hash": self.prompt_hash, "chunk_chars": self.config.chunk_chars,
                **cross_check_identity(self.config)}

    def _request_hash(self, article: "Article") -> str:
        fields = request_fields(self.config, self.model, self.mode, self.prompt_version, self.prompt_hash)
        return article_hash([request_hash(fields, article.text[s:e])
                             for s, e in chunk(article.text, self.config.chunk_chars)])

    def find(self, article: "Article") -> Recorded:
        found = self.store.find(self._request_hash(article), article.id, article.path)
        if found is None:
            raise BackendError(f"no recorded answer for {article.path or article.id} in "
                               f"{self.store.directory} (looked up by request hash, article id "
                               "and file stem)", provider=self.name)
        return found

    def extract(self, article: "Article") -> BackendResult:
        found = self.find(article)
        drafts, notes, reasks = [], [], 0
        for start, end, data in found.chunks(article.text):
            try:
                draft = ArticleDraft.model_validate(data)
            except ValueError as exc:
                raise BackendError(f"{found.path.name}: the answer does not fit the draft schema "
                                   f"({' '.join(str(exc).split())[:300]})", provider=self.name) from exc
            problems = reask_problems(draft, stated_values(article.text[start:end]), article.text[start:end])
            if problems:
                reasks += 1
                notes.append(f"replay: the draft validator would have re-asked ({'; '.join(problems)})"[:400])
            drafts.append((start, draft))
        usage = Usage(calls=len(drafts) + reasks, retries=reasks)
        return ground_drafts(self.config, article, drafts, usage, notes)
