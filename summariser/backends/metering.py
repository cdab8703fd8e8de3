"""Usage metering of one article's LLM calls: the tokens of every completion, re-asks and retries
included, summed by instructor's hooks into the article's `Usage`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import Usage

if TYPE_CHECKING:
    from instructor.core import Hooks


@dataclass
class Meter:
    """Sums token usage over every completion of one article (re-asks and retries too)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    retries: int = 0
    _reask_pending: bool = False
    notes: list[str] = field(default_factory=list)

    def on_kwargs(self, *_args: Any, **_kwargs: Any) -> None:
        if self._reask_pending:  # this call is a re-ask
            self.retries += 1
            self._reask_pending = False

    def on_response(self, response: Any) -> None:
        self.calls += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
            self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0

    def on_parse_error(self, *_args: Any, **_kwargs: Any) -> None:
        self._reask_pending = True

    def on_error(self, exc: BaseException | None = None, *_args: Any, **_kwargs: Any) -> None:
        # a body that is not JSON fails inside the client, before any parse hook, and
        # instructor asks again: that is a retry too (a transport error is not a ValueError,
        # and tenacity counts its own retries)
        if isinstance(exc, ValueError):
            self._reask_pending = True

    def hooks(self) -> "Hooks":
        from instructor.core import Hooks

        hooks = Hooks()
        hooks.on("completion:kwargs", self.on_kwargs)
        hooks.on("completion:response", self.on_response)
        hooks.on("parse:error", self.on_parse_error)
        hooks.on("completion:error", self.on_error)
        return hooks

    def usage(self) -> Usage:
        return Usage(prompt_tokens=self.prompt_tokens, completion_tokens=self.completion_tokens,
                     calls=self.calls, retries=self.retries)
